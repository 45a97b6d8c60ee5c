//! Stage: entities — people, organizations, places and other names, merged and ranked.
//!
//! A perceptron tagger (`model.rs`, trained on CoNLL-2003 by `src/bin/train-ner.rs`)
//! finds mentions in the headline, the dateline and every sentence. Mentions of one
//! entity are then merged (spelling variants, acronyms, surnames), given a canonical
//! name, the article's own descriptions of people, and a salience (frequency,
//! first position, presence in the headline, being quoted).

pub mod features;
pub mod gazetteer;
pub mod model;
pub mod tokenize;

#[cfg(not(target_arch = "wasm32"))]
pub mod conll;

use std::ops::Range;
use std::sync::OnceLock;

use crate::document::Document;
// Fx hashing, not std's SipHash: these maps are keyed by the article's words and names, looked up
// per token; a collision costs time, never a wrong answer, and no map's order reaches the output.
use crate::keyphrases::{FastMap, FastSet};
use features::{DocumentWords, TokenInfo};
use model::Model;

/// The trained tagger, built by `cargo run --release --bin train-ner` (see `ner.model.md`).
static MODEL_BYTES: &[u8] = include_bytes!("ner.model");

fn model() -> Option<&'static Model> {
    static MODEL: OnceLock<Option<Model>> = OnceLock::new();
    MODEL.get_or_init(|| Model::from_bytes(MODEL_BYTES)).as_ref()
}

/// The CoNLL-2003 entity types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// People (and fictional characters).
    Person,
    /// Companies, institutions, parties, teams, news agencies.
    Organization,
    /// Countries, cities, regions, geographic features.
    Location,
    /// Nationalities, events, works, products, other names.
    Misc,
}

impl Kind {
    /// The name used in the JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Person => "PERSON",
            Kind::Organization => "ORGANIZATION",
            Kind::Location => "LOCATION",
            Kind::Misc => "MISC",
        }
    }

    /// The short CoNLL name (`PER`, `ORG`, `LOC`, `MISC`).
    pub fn conll(self) -> &'static str {
        match self {
            Kind::Person => "PER",
            Kind::Organization => "ORG",
            Kind::Location => "LOC",
            Kind::Misc => "MISC",
        }
    }

    fn from_tag(tag: usize) -> Kind {
        match tag.div_ceil(2) {
            1 => Kind::Person,
            2 => Kind::Organization,
            3 => Kind::Location,
            _ => Kind::Misc,
        }
    }
}

/// One tagged mention: a byte range of the working text and its type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// The mention (names only: no title, no possessive ending).
    pub range: Range<usize>,
    /// Its type as tagged.
    pub kind: Kind,
    /// Whether it lies in the headline.
    pub in_headline: bool,
    /// Whether a verb of saying follows it ("Washington said"): people speak, mostly.
    pub speaks: bool,
}

/// One entity of the document: its mentions merged, named, described and ranked.
#[derive(Debug, Clone)]
pub struct Entity {
    /// The canonical name: the fullest form used in the text.
    pub name: String,
    /// The type (the majority of its mentions).
    pub kind: Kind,
    /// A finer type when known: `country`, `nationality`.
    pub subtype: Option<&'static str>,
    /// Its mentions, in text order.
    pub mentions: Vec<Range<usize>>,
    /// The article's words about who this is (people only), in text order.
    pub descriptions: Vec<Range<usize>>,
    /// How central it is to the article, 0 to 1.
    pub salience: f64,
}

/// The regions of text the tagger reads: headline, dateline, sentences (in text order).
fn regions(doc: &Document<'_>) -> Vec<(Range<usize>, bool)> {
    let s = &doc.structure;
    let mut out: Vec<(Range<usize>, bool)> = Vec::with_capacity(s.sentences.len() + 2);
    if let Some(h) = &s.headline {
        out.push((h.clone(), true));
    }
    if let Some(d) = &s.dateline {
        out.push((d.range.clone(), false));
    }
    out.extend(s.sentences.iter().map(|(r, _)| (r.clone(), false)));
    out.sort_by_key(|(r, _)| r.start);
    out
}

/// A tokenized, tagged region.
struct Tagged {
    tokens: Vec<Range<usize>>,
    tags: Vec<usize>,
    in_headline: bool,
}

/// Tags one region's tokens (an `O` for each when the model is missing).
fn tag_tokens<'a>(text: &'a str, tokens: &[Range<usize>], words: &DocumentWords, cache: &mut TagCache<'a>) -> Vec<usize> {
    let Some(model) = model() else { return vec![0; tokens.len()] };
    let TagCache { infos, sums, lower, sentence, ids, buffers } = cache;
    sentence.clear();
    ids.clear();
    for r in tokens {
        let word = &text[r.clone()];
        let next = infos.len() as u32;
        let &mut (info, id) =
            infos.entry(word).or_insert_with(|| (TokenInfo::new(word, lower).with_document(words, lower), next));
        sentence.push(info);
        ids.push(id);
    }
    model.tag_buffered(sentence, ids, sums, buffers)
}

/// What tagging keeps from one sentence of a document to the next: three in five tokens of an
/// article repeat an earlier word, and a word's description (with what the document says about
/// it) and the weights of the features it gives itself and its neighbours are the same each time.
struct TagCache<'a> {
    /// Each word's description and its number (in order of first appearance), which names it to
    /// the tagger's sums.
    infos: FastMap<&'a str, (TokenInfo, u32)>,
    sums: model::WordSums,
    /// Scratch buffer for a word in lower case.
    lower: String,
    /// Scratch: the descriptions of the sentence being tagged, reused by the next one.
    sentence: Vec<TokenInfo>,
    /// Scratch: the numbers of the sentence's words, reused by the next one.
    ids: Vec<u32>,
    /// Scratch: the tagger's scores and Viterbi tables, reused by the next sentence.
    buffers: model::TagBuffers,
}

/// Turns BIO tags into mentions (token index ranges and types).
pub fn chunks(tags: &[usize]) -> Vec<(Range<usize>, Kind)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tags.len() {
        if tags[i] == 0 {
            i += 1;
            continue;
        }
        let start = i;
        let kind = tags[i].div_ceil(2);
        i += 1;
        while i < tags.len() && tags[i] != 0 && tags[i].is_multiple_of(2) && tags[i].div_ceil(2) == kind {
            i += 1;
        }
        out.push((start..i, Kind::from_tag(tags[start])));
    }
    out
}

/// Finds, merges, describes and ranks the entities of `doc`, most salient first.
pub fn run(doc: &Document<'_>) -> Vec<Entity> {
    let text = doc.text();
    let mut tagged: Vec<Tagged> = regions(doc)
        .into_iter()
        .map(|(range, in_headline)| {
            // About a token in five bytes: sized so that the vector rarely grows.
            let mut tokens = Vec::with_capacity(range.len() / 5 + 1);
            tokenize::tokenize(text, range, &mut tokens);
            Tagged { tokens, tags: Vec::new(), in_headline }
        })
        .collect();
    // Sized for the document's words (about half its tokens are different words), so that the
    // maps rarely grow; the bound keeps a huge paste from reserving more than it will use.
    let distinct = (tagged.iter().map(|t| t.tokens.len()).sum::<usize>() / 2).min(1 << 16);
    let mut words = DocumentWords::with_capacity(distinct);
    for t in &tagged {
        words.add_sentence(t.tokens.iter().map(|r| &text[r.clone()]));
    }
    let dateline_start = doc.structure.dateline.as_ref().map(|d| d.range.start);
    let mut cache = TagCache {
        infos: FastMap::with_capacity_and_hasher(distinct, Default::default()),
        sums: model::WordSums::with_capacity(distinct),
        lower: String::new(),
        sentence: Vec::new(),
        ids: Vec::new(),
        buffers: model::TagBuffers::default(),
    };
    for t in &mut tagged {
        t.tags = tag_tokens(text, &t.tokens, &words, &mut cache);
        join_name_particles(text, t);
        if dateline_start.is_some() && t.tokens.first().map(|r| r.start) == dateline_start {
            place_of_dateline(text, t);
        }
    }
    project_headline(text, &mut tagged);
    tag_known_surnames(text, &mut tagged);
    // An address is not a name, whatever the tagger made of "John.Smith@BBC.co.uk" or "politi.co".
    let links = &doc.structure.links;
    if !links.is_empty() {
        for t in &mut tagged {
            for (tag, token) in t.tags.iter_mut().zip(&t.tokens) {
                if crate::structure::links::overlaps(links, token) {
                    *tag = 0;
                }
            }
        }
    }
    let mut mentions = Vec::new();
    // For each mention: (region, first token, end token).
    let mut places = Vec::new();
    for (ri, t) in tagged.iter().enumerate() {
        for (span, kind) in chunks(&t.tags) {
            let range = t.tokens[span.start].start..t.tokens[span.end - 1].end;
            // A name has letters: the tagger sometimes takes a score in a results table for a team.
            if !text[range.clone()].chars().any(char::is_alphabetic) {
                continue;
            }
            // "Washington said", not "officials in Washington said".
            let speaks = t.tokens.get(span.end).is_some_and(|r| is_speech_verb(&text[r.clone()]))
                && !(span.start > 0
                    && matches!(
                        text[t.tokens[span.start - 1].clone()].to_lowercase().as_str(),
                        "in" | "at" | "from" | "to" | "of" | "for" | "near" | "outside" | "inside" | "across" | "and"
                    ));
            mentions.push(Mention { range, kind, in_headline: t.in_headline, speaks });
            places.push((ri, span));
        }
    }
    let groups = merge(text, &mentions);
    let total = text.len().max(1) as f64;
    let max_count = groups.iter().map(|g| g.len()).max().unwrap_or(1) as f64;
    let mut entities: Vec<Entity> = groups
        .into_iter()
        .map(|members| {
            let kind = majority_kind(&members, &mentions);
            let name = canonical_name(text, &members, &mentions);
            let descriptions = if kind == Kind::Person {
                let mut d: Vec<Range<usize>> = members
                    .iter()
                    .flat_map(|&m| {
                        let (ri, span) = &places[m];
                        let mut found = Vec::new();
                        describe(text, &tagged[*ri], span.clone(), &mut found);
                        found
                    })
                    .collect();
                d.sort_by_key(|r| r.start);
                // The same words said twice are one description (the first time).
                let mut seen = std::collections::HashSet::new();
                d.retain(|r| seen.insert(text[r.clone()].to_lowercase()));
                d
            } else {
                Vec::new()
            };
            let first = members.iter().map(|&m| mentions[m].range.start).min().unwrap_or(0) as f64;
            let headline = members.iter().any(|&m| mentions[m].in_headline);
            // Quoted sources matter to a reader: a mention right before a speech verb
            // ("Kerry said", "Lavrov called") counts as being quoted.
            let quoted = members.iter().any(|&m| mentions[m].speaks);
            let salience = 0.5 * (1.0 + members.len() as f64).ln() / (1.0 + max_count).ln()
                + 0.2 * (1.0 - first / total)
                + if headline { 0.15 } else { 0.0 }
                + if quoted { 0.15 } else { 0.0 };
            let mut ranges: Vec<Range<usize>> = members.iter().map(|&m| mentions[m].range.clone()).collect();
            ranges.sort_by_key(|r| r.start);
            Entity {
                subtype: subtype(kind, &name),
                name,
                kind,
                mentions: ranges,
                descriptions,
                salience: (salience.clamp(0.0, 1.0) * 1000.0).round() / 1000.0,
            }
        })
        .collect();
    entities.sort_by(|a, b| b.salience.total_cmp(&a.salience).then(a.mentions[0].start.cmp(&b.mentions[0].start)));
    entities
}

/// Joins two person names around a lower-case name particle ("Ammar" "al" "Selmo"):
/// the tagger, which learned that lower-case words end names, splits them.
fn join_name_particles(text: &str, t: &mut Tagged) {
    const B_PER: usize = 1;
    const I_PER: usize = 2;
    for i in 1..t.tags.len().saturating_sub(1) {
        let particle = matches!(
            &text[t.tokens[i].clone()],
            "al" | "el"
                | "de"
                | "da"
                | "di"
                | "du"
                | "del"
                | "della"
                | "der"
                | "den"
                | "van"
                | "von"
                | "bin"
                | "ibn"
                | "la"
                | "le"
                | "dos"
                | "das"
        );
        if particle && t.tags[i] == 0 && matches!(t.tags[i - 1], B_PER | I_PER) && t.tags[i + 1] == B_PER {
            t.tags[i] = I_PER;
            t.tags[i + 1] = I_PER;
        }
    }
}

/// The place that opens a dateline ("GENEVA (Reuters)", "BEIRUT, Syria") is a location,
/// whatever the tagger, which reads capitals poorly, made of it.
fn place_of_dateline(text: &str, t: &mut Tagged) {
    const B_LOC: usize = 5;
    const I_LOC: usize = 6;
    let all_caps = |r: &Range<usize>| {
        let w = &text[r.clone()];
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(char::is_lowercase)
    };
    let Some(first) = t.tokens.first() else { return };
    if !all_caps(first) {
        return;
    }
    let mut end = 1;
    while end < t.tokens.len() && all_caps(&t.tokens[end]) && t.tags[end] != 0 && t.tags[end].is_multiple_of(2) {
        end += 1;
    }
    // The place is the tagged chunk at the start, or else the run of words in capitals.
    if t.tags[0] == 0 {
        while end < t.tokens.len() && all_caps(&t.tokens[end]) {
            end += 1;
        }
    }
    // Only a place followed by an agency or a region ("(Reuters)", ", Syria") or one the
    // gazetteer knows: wire headlines such as "SOCCER - …" look like datelines too.
    let followed = t.tokens.get(end).is_some_and(|r| matches!(&text[r.clone()], "(" | ","));
    let known = end == 1 && gazetteer::flags(&text[first.clone()].to_lowercase()) & (gazetteer::COUNTRY | gazetteer::PLACE) != 0;
    if followed || known {
        t.tags[0] = B_LOC;
        t.tags[1..end].iter_mut().for_each(|tag| *tag = I_LOC);
    }
}

/// Tags the surnames of the article's people where the tagger missed them (`"…," Price
/// said`): a capitalized word that is the last word of a person's full name elsewhere in
/// the text, not at the start of a sentence (where "Price rose" is a common word) unless
/// a verb of saying follows.
fn tag_known_surnames(text: &str, tagged: &mut [Tagged]) {
    const B_PER: usize = 1;
    let mut surnames: FastSet<&str> = FastSet::default();
    for t in tagged.iter() {
        for (span, kind) in chunks(&t.tags) {
            if kind == Kind::Person && span.len() > 1 {
                let last = &text[t.tokens[span.end - 1].clone()];
                if last.chars().next().is_some_and(char::is_uppercase) && last.chars().any(char::is_lowercase) {
                    surnames.insert(last);
                }
            }
        }
    }
    if surnames.is_empty() {
        return;
    }
    for t in tagged.iter_mut() {
        for i in 0..t.tokens.len() {
            if t.tags[i] != 0 || !surnames.contains(&text[t.tokens[i].clone()]) {
                continue;
            }
            let next_untagged = t.tags.get(i + 1).is_none_or(|&tag| tag == 0);
            let speaks = t.tokens.get(i + 1).is_some_and(|r| is_speech_verb(&text[r.clone()]));
            let opens = i == 0 || t.tokens[..i].iter().all(|r| !text[r.clone()].chars().any(char::is_alphanumeric));
            if next_untagged && (speaks || !opens) {
                t.tags[i] = B_PER;
            }
        }
    }
}

/// Longest names looked for in a headline.
const MAX_NAME_WORDS: usize = 6;

/// Tags a headline in title case or capitals with the names the article body uses.
///
/// The tagger leans on capitalization, which such headlines lack ("Putin Meets
/// Erdogan in Moscow"); the body says which of their words are names. In a
/// title-case headline only the body's names count; in capitals (the tagger saw many
/// in training) the body's names override overlapping guesses.
fn project_headline(text: &str, tagged: &mut [Tagged]) {
    if !tagged.iter().any(|t| t.in_headline) {
        return;
    }
    let mut names: FastMap<String, usize> = FastMap::default();
    for t in tagged.iter().filter(|t| !t.in_headline) {
        for (span, kind) in chunks(&t.tags) {
            if span.len() > MAX_NAME_WORDS {
                continue;
            }
            let words: Vec<String> = span.clone().map(|i| text[t.tokens[i].clone()].to_lowercase()).collect();
            let begin = t.tags[span.start];
            if kind == Kind::Person && words.len() > 1 {
                names.entry(words[words.len() - 1].clone()).or_insert(begin);
            }
            names.entry(words.join(" ")).or_insert(begin);
        }
    }
    let mut scratch = String::new();
    for t in tagged.iter_mut().filter(|t| t.in_headline && !t.tags.is_empty()) {
        let infos: Vec<TokenInfo> = t.tokens.iter().map(|r| TokenInfo::new(&text[r.clone()], &mut scratch)).collect();
        let words = t.tokens.iter().filter(|r| text[(*r).clone()].chars().any(char::is_alphabetic)).count();
        let capitalized = infos.iter().filter(|i| i.is_capitalized()).count();
        // Capitals as the tagger's training saw them; title case by a looser measure than
        // the tagger's, since headlines keep short words in lower case ("in", "as").
        let case = match features::sentence_case(&infos) {
            1 => 1,
            _ if words >= 3 && capitalized * 10 >= words * 6 => 2,
            _ => continue,
        };
        let lower: Vec<String> = t.tokens.iter().map(|r| text[r.clone()].to_lowercase()).collect();
        let n = lower.len();
        let mut found: Vec<(Range<usize>, usize)> = Vec::new();
        let mut i = 0;
        while i < n {
            let hit =
                (1..=MAX_NAME_WORDS.min(n - i)).rev().find_map(|len| names.get(&lower[i..i + len].join(" ")).map(|&b| (len, b)));
            match hit {
                Some((len, begin)) => {
                    found.push((i..i + len, begin));
                    i += len;
                }
                None => i += 1,
            }
        }
        if case == 2 {
            // Only single words the gazetteer knows as places or nationalities keep the tagger's tag.
            for (span, _) in chunks(&t.tags) {
                let known = span.len() == 1
                    && gazetteer::flags(&lower[span.start]) & (gazetteer::COUNTRY | gazetteer::PLACE | gazetteer::NATIONALITY)
                        != 0;
                if !known {
                    t.tags[span].iter_mut().for_each(|tag| *tag = 0);
                }
            }
        } else {
            for (span, _) in chunks(&t.tags) {
                if found.iter().any(|(f, _)| f.start < span.end && span.start < f.end) {
                    t.tags[span].iter_mut().for_each(|tag| *tag = 0);
                }
            }
        }
        for (span, begin) in found {
            t.tags[span.start] = begin;
            t.tags[span.start + 1..span.end].iter_mut().for_each(|tag| *tag = begin + 1);
        }
    }
}

fn majority_kind(members: &[usize], mentions: &[Mention]) -> Kind {
    let mut counts: Vec<(Kind, usize)> = Vec::new();
    for &m in members {
        match counts.iter_mut().find(|(k, _)| *k == mentions[m].kind) {
            Some((_, n)) => *n += 1,
            None => counts.push((mentions[m].kind, 1)),
        }
    }
    // The first-seen type wins ties (`max_by_key` keeps the last maximum, so reverse).
    counts.iter().rev().max_by_key(|(_, n)| *n).map_or(Kind::Misc, |(k, _)| *k)
}

/// The fullest form: most words, then most characters; mixed case preferred over all capitals.
fn canonical_name(text: &str, members: &[usize], mentions: &[Mention]) -> String {
    members
        .iter()
        .map(|&m| &text[mentions[m].range.clone()])
        .max_by_key(|s| {
            let mixed = s.chars().any(char::is_lowercase);
            let acronym = !s.contains(' ') && !mixed;
            (!acronym, s.split_whitespace().count(), mixed, s.len())
        })
        .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
        .unwrap_or_default()
}

fn subtype(kind: Kind, name: &str) -> Option<&'static str> {
    let key = key_of(name);
    match kind {
        Kind::Location
            if alias(&key).is_some_and(|a| !matches!(a, "united nations" | "european union"))
                || gazetteer::flags(&key) & gazetteer::COUNTRY != 0 =>
        {
            Some("country")
        }
        Kind::Location if is_country_name(&key) => Some("country"),
        Kind::Location if gazetteer::flags(&key) & gazetteer::PLACE != 0 => {
            Some(if gazetteer::REGIONS.contains(&key.as_str()) { "region" } else { "city" })
        }
        Kind::Misc if gazetteer::flags(&key) & gazetteer::NATIONALITY != 0 => Some("nationality"),
        _ => None,
    }
}

fn is_country_name(key: &str) -> bool {
    // "South Korea", "Republic of Ireland"; not "New Mexico".
    key.split(' ').next_back().is_some_and(|w| gazetteer::flags(w) & gazetteer::COUNTRY != 0)
        && key.split(' ').count() <= 3
        && !key.starts_with("new ")
}

/// Lower case, full stops dropped, spaces single: the key that spelling variants share.
fn key_of(name: &str) -> String {
    let mut key = String::with_capacity(name.len());
    for word in name.split_whitespace() {
        if !key.is_empty() {
            key.push(' ');
        }
        key.extend(word.chars().filter(|c| *c != '.').flat_map(char::to_lowercase).map(|c| if c == '’' { '\'' } else { c }));
    }
    key
}

/// Other names of one state, mapped to one key.
fn alias(key: &str) -> Option<&'static str> {
    Some(match key {
        "us" | "usa" | "united states" | "united states of america" | "america" => "united states",
        "uk" | "britain" | "great britain" | "united kingdom" => "united kingdom",
        "russian federation" | "russia" => "russia",
        "un" | "united nations" => "united nations",
        "eu" | "european union" => "european union",
        "uae" | "united arab emirates" => "united arab emirates",
        "prc" | "people's republic of china" => "china",
        "dprk" | "north korea" => "north korea",
        _ => return None,
    })
}

/// Words skipped when reading an acronym off a name.
fn is_minor(word: &str) -> bool {
    matches!(word, "of" | "for" | "the" | "and" | "on" | "in" | "de" | "du" | "&" | "to" | "at")
}

fn initials(key: &str) -> String {
    key.split(' ').filter(|w| !is_minor(w)).filter_map(|w| w.chars().next()).collect()
}

/// Groups mention indices into entities.
fn merge(text: &str, mentions: &[Mention]) -> Vec<Vec<usize>> {
    let keys: Vec<String> = mentions.iter().map(|m| key_of(&text[m.range.clone()])).collect();
    let mut group_of_key: FastMap<String, usize> = FastMap::default();
    let mut groups: Vec<Vec<usize>> = Vec::new();
    // 1. Full person names (two words or more), then everything else by its key.
    let mut person_suffixes: FastMap<String, Vec<(usize, usize)>> = FastMap::default();
    let mut assigned: Vec<Option<usize>> = vec![None; mentions.len()];
    for (m, key) in keys.iter().enumerate() {
        if mentions[m].kind == Kind::Person && key.contains(' ') {
            let g = *group_of_key.entry(key.clone()).or_insert_with(|| {
                groups.push(Vec::new());
                groups.len() - 1
            });
            groups[g].push(m);
            assigned[m] = Some(g);
            let words: Vec<&str> = key.split(' ').collect();
            for k in 1..words.len() {
                let suffix = words[k..].join(" ");
                let list = person_suffixes.entry(suffix).or_default();
                if !list.iter().any(|&(_, lg)| lg == g) {
                    list.push((mentions[m].range.start, g));
                }
            }
            // The first name alone can refer to the person too (less often: only if unambiguous).
            person_suffixes.entry(format!("first:{}", words[0])).or_default().push((mentions[m].range.start, g));
        }
    }
    for (m, key) in keys.iter().enumerate() {
        if assigned[m].is_some() {
            continue;
        }
        let mention = &mentions[m];
        let place_word = gazetteer::flags(key) & (gazetteer::COUNTRY | gazetteer::PLACE | gazetteer::NATIONALITY) != 0;
        // A one-word mention that is a known person's surname is theirs even when the
        // tagger typed it otherwise (it is least sure of lone words), unless it is a place.
        let person_like = mention.kind == Kind::Person || (!key.contains(' ') && (!place_word || mention.speaks));
        let by_person = if person_like {
            person_suffixes.get(key.as_str()).and_then(|list| {
                // The nearest full name before the mention, else the first after it.
                list.iter().rev().find(|(at, _)| *at <= mention.range.start).or(list.first()).map(|&(_, g)| g)
            })
        } else {
            None
        }
        .or_else(|| {
            if mention.kind != Kind::Person {
                return None;
            }
            let list = person_suffixes.get(&format!("first:{key}"))?;
            let first = list.first()?.1;
            list.iter().all(|&(_, g)| g == first).then_some(first)
        });
        let g = by_person.unwrap_or_else(|| {
            // Same words, other type: another entity (Washington the city, Washington the
            // player); variants of one name of one type share a key.
            let mut k = alias(key).map_or_else(|| key.clone(), str::to_string);
            k.push('\t');
            k.push_str(mention.kind.conll());
            *group_of_key.entry(k).or_insert_with(|| {
                groups.push(Vec::new());
                groups.len() - 1
            })
        });
        groups[g].push(m);
        assigned[m] = Some(g);
    }
    // 2. Acronyms: an all-capitals single word whose letters are the initials of a longer name.
    // Group order (first mention first), not hash order, so the output is deterministic.
    let mut keyed: Vec<(usize, &str)> = group_of_key.iter().map(|(key, &g)| (g, key.split('\t').next().unwrap_or(key))).collect();
    keyed.sort_unstable();
    let mut by_initials: FastMap<String, usize> = FastMap::default();
    for &(g, key) in &keyed {
        if key.contains(' ') && groups[g].iter().all(|&m| mentions[m].kind != Kind::Person) {
            by_initials.entry(initials(key)).or_insert(g);
        }
    }
    let mut target: Vec<usize> = (0..groups.len()).collect();
    for &(g, key) in &keyed {
        let first = groups[g][0];
        let surface = &text[mentions[first].range.clone()];
        let letters: String = surface.chars().filter(|c| *c != '.').collect();
        if !key.contains(' ')
            && (2..=6).contains(&letters.chars().count())
            && letters.chars().all(|c| c.is_uppercase())
            && let Some(&long) = by_initials.get(key)
            && long != g
        {
            target[g] = long;
        }
    }
    // 3. A name and the same name after a country ("Senate" and "U.S. Senate"): one body.
    for &(g, key) in &keyed {
        let Some((first, rest)) = key.split_once(' ') else { continue };
        let place = alias(first).is_some() || gazetteer::flags(first) & (gazetteer::COUNTRY | gazetteer::NATIONALITY) != 0;
        let kind = mentions[groups[g][0]].kind;
        if place
            && kind != Kind::Person
            && let Some(&short) = group_of_key.get(&format!("{rest}\t{}", kind.conll()))
            && target[short] == short
            && target[g] == g
        {
            target[short] = g;
        }
    }
    let mut merged: Vec<Vec<usize>> = vec![Vec::new(); groups.len()];
    for (g, members) in groups.into_iter().enumerate() {
        merged[target[g]].extend(members);
    }
    merged.retain(|g| !g.is_empty());
    merged
}

fn is_speech_verb(word: &str) -> bool {
    matches!(
        word,
        "said" | "says" | "told" | "added" | "argued" | "asked" | "replied" | "wrote" | "explained" | "insisted" | "noted"
    )
}

/// Words allowed inside a title before a name ("United Nations special envoy to Syria").
fn is_title_filler(word: &str) -> bool {
    matches!(
        word,
        "of" | "to"
            | "for"
            | "the"
            | "and"
            | "special"
            | "deputy"
            | "former"
            | "acting"
            | "senior"
            | "top"
            | "foreign"
            | "defence"
            | "defense"
            | "interior"
            | "finance"
            | "prime"
            | "general"
            | "assistant"
            | "state"
            | "vice"
            | "chief"
            | "executive"
            | "national"
            | "security"
            | "chairman"
            | "new"
            | "then"
            | "incoming"
            | "outgoing"
            | "interim"
            | "first"
            | "lady"
            | "de"
            | "facto"
            | "opposition"
            | "rebel"
            | "military"
            | "u.s."
            | "us"
    )
}

fn is_title_word(word: &str) -> bool {
    gazetteer::flags(word) & gazetteer::TITLE != 0
        || matches!(
            word,
            "spokesperson"
                | "secretary-general"
                | "envoy"
                | "adviser"
                | "advisor"
                | "aide"
                | "official"
                | "speaker"
                | "expert"
                | "professor"
                | "researcher"
                | "scientist"
                | "founder"
                | "correspondent"
                | "editor"
                | "actor"
                | "actress"
                | "singer"
                | "author"
        )
}

/// The article's words about who a person is, next to one of their mentions, into `out`:
/// an appositive after the name ("Hamza al-Khatib, the director of …,"), one before it
/// ("the Russian Foreign Minister, Sergei Lavrov,") or a title before it ("US Secretary
/// of State John Kerry"); a name can have an appositive and a title at once.
fn describe(text: &str, region: &Tagged, span: Range<usize>, out: &mut Vec<Range<usize>>) {
    let tokens = &region.tokens;
    let word = |i: usize| &text[tokens[i].clone()];
    let lower = |i: usize| word(i).to_lowercase();
    const MAX: usize = 16;
    // After: ", the director of a hospital in the rebel-held east,"
    if span.end + 2 < tokens.len() && word(span.end) == "," {
        let start = span.end + 1;
        let mut end = start;
        while end < tokens.len()
            && end - start <= MAX
            && !matches!(word(end), "," | "." | ";" | ":" | "(" | ")" | "\"" | "“" | "”")
        {
            end += 1;
        }
        let first = lower(start);
        let closed = end < tokens.len() && matches!(word(end), "," | "." | ";");
        if closed && end > start + 1 && end - start <= MAX && matches!(first.as_str(), "the" | "a" | "an") {
            out.push(tokens[start].start..tokens[end - 1].end);
        }
    }
    // Before, as an appositive: "the Russian Foreign Minister, Sergei Lavrov,"
    if span.start >= 3 && word(span.start - 1) == "," {
        let end = span.start - 1;
        let mut start = end;
        while start > 0 && end - start < MAX && !matches!(word(start - 1), "," | ";" | ":" | "(" | ")" | "\"" | "“" | "”") {
            start -= 1;
            let w = lower(start);
            if matches!(w.as_str(), "the" | "a" | "an") {
                let boundary = start == 0
                    || matches!(word(start - 1), "," | ";")
                    || matches!(lower(start - 1).as_str(), "while" | "and" | "but" | "as" | "when" | "said" | "says");
                let after = span.end >= tokens.len() || matches!(word(span.end), "," | "." | ";");
                if boundary && after && end - start >= 2 {
                    out.push(tokens[start].start..tokens[end - 1].end);
                    break;
                }
            }
        }
    }
    // Before, as a title: walk back over capitalized words, title words and fillers.
    let mut start = span.start;
    let mut has_title = false;
    while start > 0 && span.start - start < MAX {
        let w = word(start - 1);
        let l = w.to_lowercase();
        let capitalized = w.chars().next().is_some_and(char::is_uppercase);
        if is_title_word(&l) {
            has_title = true;
        } else if !(capitalized || is_title_filler(&l)) || matches!(w, "," | "." | "\"" | "“" | "”") {
            break;
        }
        start -= 1;
    }
    // Fillers at the edge are not part of the title ("the", "of").
    while start < span.start && is_title_filler(&lower(start)) && !word(start).chars().next().is_some_and(char::is_uppercase) {
        start += 1;
    }
    while start < span.start && matches!(lower(start).as_str(), "the" | "a" | "an") {
        start += 1;
    }
    // A bare honorific ("Mr.") is a title, not a description.
    let only_honorific =
        span.start - start == 1 && (word(start).ends_with('.') || matches!(lower(start).as_str(), "mr" | "mrs" | "ms" | "dr"));
    if has_title && start < span.start && !only_honorific {
        out.push(tokens[start].start..tokens[span.start - 1].end);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Mentions of `text` at the given words, with types.
    fn mentions_of(text: &str, words: &[(&str, usize, Kind)]) -> Vec<Mention> {
        words
            .iter()
            .map(|&(word, nth, kind)| {
                let start = text.match_indices(word).nth(nth).map(|(i, _)| i).unwrap();
                Mention { range: start..start + word.len(), kind, in_headline: false, speaks: false }
            })
            .collect()
    }

    fn names(text: &str, mentions: &[Mention]) -> Vec<Vec<String>> {
        merge(text, mentions)
            .into_iter()
            .map(|g| g.into_iter().map(|m| text[mentions[m].range.clone()].to_string()).collect())
            .collect()
    }

    #[test]
    fn merging_rules() {
        let text = "U.S. Senate; Senate; Bill Clinton; Hillary Clinton; Clinton; Hillary; UN; United Nations; \
            Washington; George Washington; Washington";
        let found = mentions_of(
            text,
            &[
                ("U.S. Senate", 0, Kind::Organization),
                ("Senate", 1, Kind::Organization),
                ("Bill Clinton", 0, Kind::Person),
                ("Hillary Clinton", 0, Kind::Person),
                ("Clinton", 2, Kind::Person),
                ("Hillary", 1, Kind::Person),
                ("UN", 0, Kind::Organization),
                ("United Nations", 0, Kind::Organization),
                ("Washington", 0, Kind::Location),
                ("George Washington", 0, Kind::Person),
                ("Washington", 2, Kind::Location),
            ],
        );
        let groups = names(text, &found);
        let has = |members: &[&str]| groups.iter().any(|g| g == members);
        assert!(has(&["U.S. Senate", "Senate"]), "{groups:?}");
        assert!(has(&["Bill Clinton"]), "{groups:?}");
        assert!(has(&["Hillary Clinton", "Clinton", "Hillary"]), "{groups:?}");
        assert!(has(&["UN", "United Nations"]), "{groups:?}");
        assert!(has(&["Washington", "Washington"]), "the city stays a city: {groups:?}");
        assert!(has(&["George Washington"]), "{groups:?}");
    }

    #[test]
    fn skipping_plain_stretches_tags_as_scoring_every_token() {
        // The sample article, its lines as sentences, with and without the tagger's shortcut.
        let text = include_str!("../../../shared/data/samples/syria-ceasefire-2016.txt");
        let model = model().expect("the model loads");
        let mut scratch = String::new();
        let mut tokens = Vec::new();
        let mut start = 0;
        let mut tagged = 0;
        for line in text.split_inclusive('\n') {
            tokens.clear();
            tokenize::tokenize(text, start..start + line.len(), &mut tokens);
            start += line.len();
            let infos: Vec<TokenInfo> = tokens.iter().map(|r| TokenInfo::new(&text[r.clone()], &mut scratch)).collect();
            let tags = model.tag(&infos);
            assert_eq!(tags, model.tag_every_token(&infos), "{line}");
            tagged += tags.iter().filter(|&&t| t != 0).count();
        }
        assert!(tagged > 50, "the sample names many entities: {tagged}");
    }

    #[test]
    fn canonical_names_and_keys() {
        assert_eq!(key_of("U.S.  Senate"), "us senate");
        assert_eq!(alias(&key_of("U.S.")), Some("united states"));
        assert_eq!(initials("international syria support group"), "issg");
        assert!(allowed_chunks_are_bio());
    }

    fn allowed_chunks_are_bio() -> bool {
        // B-PER I-PER O B-LOC I-ORG(invalid, starts a new chunk) → three chunks.
        chunks(&[1, 2, 0, 5, 4]).len() == 3
    }
}
