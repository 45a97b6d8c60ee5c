//! Stage: quotes — who said what. Direct, partial, indirect and mixed quotes, each with its
//! content, cue and speaker, and the article's sourcing summary.
//!
//! [`run`] reads the paragraphs and sentences of the structure layer. It pairs quotation
//! marks per paragraph ([`marks`]), groups sentences into units (a sentence, or the
//! sentences one quotation spans), tokenizes each unit with every quotation as one token
//! ([`words`]), and applies the attribution rules ([`attribute`]). Speakers link to entities
//! when the caller passes entity mentions (see [`EntityMention`]); without them `entity` is
//! null and `name` is the proper name written in (or resolved for) the speaker.
//!
//! Every step looks at one paragraph or a bounded window of tokens: linear in the input.

mod attribute;
mod lexicon;
pub mod marks;
mod sources;
mod words;

use std::ops::Range;

use crate::analysis::{Quote, Source, Sourcing, Speaker};
use crate::document::Document;
use attribute::Found;

pub use sources::summarize;

/// How a statement is reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuoteKind {
    /// A quotation in quote marks that is the statement.
    Direct,
    /// Quoted words inside the reporter's sentence.
    Partial,
    /// Reported speech without quote marks.
    Indirect,
    /// A reported clause that contains quoted words.
    Mixed,
}

impl QuoteKind {
    /// The name used in the output.
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
            QuoteKind::Indirect => "indirect",
            QuoteKind::Mixed => "mixed",
        }
    }

    /// Whether the statement carries words in quote marks.
    pub fn is_quoted(self) -> bool {
        self != QuoteKind::Indirect
    }
}

/// An entity mention the speakers can link to, as produced by an entities layer.
///
/// Kept as plain data so this stage compiles and runs without the entities stage; the
/// caller maps its own mentions into this shape.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntityMention {
    /// Byte range of the mention in the normalized text.
    pub range: Range<usize>,
    /// The entity's id.
    pub entity: String,
    /// The entity's name.
    pub name: String,
    /// Whether the entity is a person (pronouns "he"/"she" resolve only to persons).
    pub person: bool,
    /// Whether the entity is an organization. Speakers link only to persons and organizations
    /// ("The Syrian military" does not become the nationality "Syrian").
    pub organization: bool,
}

/// A speaker, internally (byte ranges into the normalized text).
#[derive(Debug, Clone, PartialEq)]
pub struct SpeakerItem {
    /// The speaker as written next to the cue (or in the sentence the quote continues).
    pub range: Range<usize>,
    /// The linked entity's id.
    pub entity: Option<String>,
    /// The entity's name, or the proper name written in or resolved for the speaker.
    pub name: Option<String>,
    /// An unnamed source.
    pub anonymous: bool,
    /// What the text says the source is, for unnamed or described sources.
    pub description: Option<String>,
    /// The pronoun, lower-cased, when the speaker is one.
    pub pronoun: Option<String>,
}

/// One quote, internally (byte ranges into the normalized text).
#[derive(Debug, Clone, PartialEq)]
pub struct QuoteItem {
    /// Direct, partial, indirect or mixed.
    pub kind: QuoteKind,
    /// The quoted or reported words, without the enclosing quote marks.
    pub content: Range<usize>,
    /// The cue ("said", "according to").
    pub cue: Option<Range<usize>>,
    /// Who said it.
    pub speaker: Option<SpeakerItem>,
    /// Index into the structure's sentences of the sentence the content starts in.
    pub sentence: usize,
    /// The quoted pieces when the content joins several (“A,” she said. “B.”), else empty.
    pub parts: Vec<Range<usize>>,
}

/// Builds a speaker; "he"/"she" refer to the speaker of the sentence just before when there is
/// one (`adjacent`), else to the last named person.
fn speaker_item(found: Found, last_person: Option<&str>, adjacent: Option<&SpeakerItem>) -> SpeakerItem {
    let singular = adjacent.filter(|s| !s.anonymous && s.pronoun.as_deref().is_none_or(|p| matches!(p, "he" | "she" | "i")));
    let (name, description) = match found.pronoun.as_deref() {
        Some("he" | "she" | "i") => match singular {
            Some(s) if s.name.is_some() || s.description.is_some() => (s.name.clone(), s.description.clone()),
            _ => (last_person.map(str::to_string), None),
        },
        Some("who" | "which") => (found.antecedent.clone(), found.description),
        _ => (found.name.clone(), found.description),
    };
    SpeakerItem { range: found.range, entity: None, name, anonymous: found.anonymous, description, pronoun: found.pronoun }
}

/// Finds the quotes of `doc`. `entities` may be empty; when given, speakers link to them.
pub fn run(doc: &Document<'_>, entities: &[EntityMention]) -> Vec<QuoteItem> {
    let text = doc.text();
    let structure = &doc.structure;
    let sentences = &structure.sentences;
    let mut out: Vec<QuoteItem> = Vec::new();
    let mut sentence_index = 0;
    // The last named speaker, and the last person-like name seen, for pronoun speakers.
    let mut last_person: Option<String> = None;
    let mut last_seen: Option<String> = None;
    // Persons among the entity mentions, in text order, and the last one named in the unit before.
    let mut persons: Vec<&EntityMention> = entities.iter().filter(|m| m.person).collect();
    persons.sort_by_key(|m| m.range.start);
    let mut next_person = 0;
    let mut prev_person: Option<(Range<usize>, usize)> = None;
    // Full names of named speakers by lower-case surname.
    let mut full_names: std::collections::HashMap<String, String> = std::collections::HashMap::new();
    // Persons named with a role ("Interior Minister Carla Diaz"), by role word, for "the minister said".
    let mut roles: std::collections::HashMap<String, String> = std::collections::HashMap::new();
    // The speaker of the previous unit, and that unit's number, for quotes that continue it.
    let mut previous: Option<(SpeakerItem, usize)> = None;
    let mut announced: Option<(SpeakerItem, Range<usize>, usize)> = None;
    let mut chain: Option<SpeakerItem> = None;
    let mut unit_number = 0usize;
    // Where the quotes of the previous unit start in `out`.
    let mut previous_unit_start = 0usize;
    for (pi, paragraph) in structure.paragraphs.iter().enumerate() {
        let next_opens = structure.paragraphs.get(pi + 1).is_some_and(|next| marks::starts_with_mark(text, next.clone()));
        let quotes = marks::find(text, paragraph.clone(), next_opens);
        while sentence_index < sentences.len() && sentences[sentence_index].1 < pi {
            sentence_index += 1;
        }
        let first_sentence = sentence_index;
        while sentence_index < sentences.len() && sentences[sentence_index].1 == pi {
            sentence_index += 1;
        }
        let paragraph_sentences = first_sentence..sentence_index;
        // A transcript turn, "WALLACE: Let's start …": the whole paragraph is the speaker's.
        if let Some(turn) = transcript_turn(text, paragraph.clone()) {
            previous_unit_start = out.len();
            out.push(QuoteItem {
                kind: QuoteKind::Direct,
                sentence: first_sentence.min(sentences.len().saturating_sub(1)),
                ..turn
            });
            unit_number += 1;
            continue;
        }
        let reopened = chain.take();
        let mut qi = 0;
        let mut k = paragraph_sentences.start;
        while k < paragraph_sentences.end {
            let unit_first = k;
            let unit_start = sentences[k].0.start;
            let mut unit_end = sentences[k].0.end;
            let mut qj = qi;
            let mut reach = unit_end;
            loop {
                while qj < quotes.len() && quotes[qj].outer.start < unit_end {
                    reach = reach.max(quotes[qj].outer.end);
                    qj += 1;
                }
                // "“…” ― Carla Sanchez.": a sentence opening with a dash names the speaker of the last.
                let dash_next = k + 1 < paragraph_sentences.end && text[sentences[k + 1].0.clone()].starts_with(['―', '—', '–']);
                let frame_next =
                    k + 1 < paragraph_sentences.end && frame_follows(text, sentences[k].0.clone(), sentences[k + 1].0.clone());
                if (reach > unit_end || dash_next || frame_next) && k + 1 < paragraph_sentences.end {
                    k += 1;
                    unit_end = sentences[k].0.end;
                } else {
                    break;
                }
            }
            let unit_last = k;
            k += 1;
            let unit_quotes: Vec<marks::Quoted> =
                quotes[qi..qj].iter().filter(|q| q.outer.start >= unit_start).cloned().collect();
            qi = qj;
            let toks = words::tokenize(text, unit_start..unit_end, &unit_quotes);
            let found = attribute::unit(text, &toks, &unit_quotes);
            let unattributed_from = previous_unit_start;
            previous_unit_start = out.len();
            let mut unit_speaker: Option<SpeakerItem> = None;
            for attr in found.attrs {
                let adjacent = previous.as_ref().filter(|(_, n)| n + 1 >= unit_number).map(|(s, _)| s);
                let mut speaker = attr.speaker.map(|f| {
                    speaker_item(f, last_person.as_deref().or(last_seen.as_deref()), unit_speaker.as_ref().or(adjacent))
                });
                if let Some(s) = speaker.as_mut() {
                    resolve_role(text, s, &mut roles);
                }
                let mut cue = attr.cue;
                if speaker.is_none() && cue.is_none() {
                    let continues_chain =
                        attr.quote.is_some_and(|q| unit_first == paragraph_sentences.start && q == 0) && reopened.is_some();
                    if continues_chain {
                        speaker = reopened.clone();
                    } else if let Some((s, c, n)) = &announced
                        && *n + 1 == unit_number
                    {
                        speaker = Some(s.clone());
                        cue = Some(c.clone());
                    } else if let Some((s, n)) = &previous
                        && *n + 1 == unit_number
                        && matches!(attr.kind, QuoteKind::Direct | QuoteKind::Partial)
                    {
                        speaker = Some(s.clone());
                    } else if let Some((s, n)) = &previous
                        && *n + 2 == unit_number
                        && prev_person.is_none()
                        && attr.kind == QuoteKind::Direct
                    {
                        // "“A,” Obama said. He didn't suggest retaliation. “B.”": a sentence between
                        // that names nobody else leaves the speaker in place.
                        speaker = Some(s.clone());
                    } else if let Some((r, n)) = &prev_person
                        && *n + 1 == unit_number
                        && attr.kind == QuoteKind::Direct
                    {
                        // "Clinton spoke in Ohio. “We will win.”": the person just named.
                        speaker = Some(SpeakerItem {
                            range: r.clone(),
                            entity: None,
                            name: Some(text[r.clone()].to_string()),
                            anonymous: false,
                            description: None,
                            pronoun: None,
                        });
                    }
                }
                if let Some(s) = speaker.as_mut()
                    && s.pronoun.is_none()
                    && let Some(name) = s.name.as_mut()
                {
                    // "Price" after "Tom Price": the surname alone names the same person.
                    let surname = name.split_whitespace().last().unwrap_or_default().to_lowercase();
                    if !name.contains(' ') {
                        if let Some(full) = full_names.get(&surname) {
                            name.clone_from(full);
                        }
                    } else {
                        full_names.entry(surname).or_insert_with(|| name.clone());
                    }
                }
                if let Some(s) = &speaker {
                    if s.pronoun.is_none() && !s.anonymous && s.name.is_some() {
                        last_person.clone_from(&s.name);
                    }
                    unit_speaker = Some(s.clone());
                }
                if let Some(q) = attr.quote
                    && unit_quotes.get(q).is_some_and(|quoted| quoted.continues)
                {
                    chain.clone_from(&speaker);
                }
                let sentence = (unit_first..=unit_last).find(|&s| sentences[s].0.end > attr.content.start).unwrap_or(unit_first);
                let kind = if attr.kind == QuoteKind::Partial && sentence_like(&text[attr.content.clone()]) {
                    QuoteKind::Direct
                } else {
                    attr.kind
                };
                out.push(QuoteItem { kind, content: attr.content, cue, speaker, sentence, parts: Vec::new() });
            }
            if let Some(s) = unit_speaker {
                previous = Some((s, unit_number));
            }
            // "“…?” | Clinton said.": the speaker of a bare frame goes to the quotes just before.
            if let Some((found_speaker, cue)) = found.trailing {
                let item = speaker_item(found_speaker, last_person.as_deref().or(last_seen.as_deref()), None);
                for quote in out.iter_mut().skip(unattributed_from) {
                    // Overrides a guessed continuation: the frame names the speaker outright.
                    if quote.cue.is_none() && quote.kind == QuoteKind::Direct {
                        quote.speaker = Some(item.clone());
                        quote.cue = Some(cue.clone());
                    }
                }
                previous = Some((item, unit_number));
            }
            if let Some((found, cue)) = found.announces {
                announced = Some((speaker_item(found, last_person.as_deref().or(last_seen.as_deref()), None), cue, unit_number));
            }
            // The last person named in this unit: the speaker of a bare quotation right after it.
            let mut person: Option<Range<usize>> = None;
            while next_person < persons.len() && persons[next_person].range.start < unit_end {
                if persons[next_person].range.start >= unit_start {
                    person = Some(persons[next_person].range.clone());
                }
                next_person += 1;
            }
            learn_roles(text, &toks, &mut roles);
            let run = last_name_run(&toks);
            if let Some(r) = &run {
                last_seen = Some(text[r.clone()].to_string());
            }
            let named = if persons.is_empty() { run } else { person };
            prev_person = named.map(|r| (r, unit_number));
            unit_number += 1;
        }
    }
    let mut out = join_continuations(text, out);
    link_entities(&mut out, entities);
    out
}

/// Joins a direct quotation and the quotations that continue it into one quote, the way
/// readers (and annotated corpora such as PolNeAR) take one attributed stretch: “A,” she said,
/// “B.” / “A,” she said. “B.” “C.” — content from A to C, `parts` the pieces in quote marks.
/// A continuation is a direct quotation of the same speaker, either without a cue of its own
/// (it inherited the speaker) or sharing the cue (“A,” she said, “B.”), close behind.
fn join_continuations(text: &str, quotes: Vec<QuoteItem>) -> Vec<QuoteItem> {
    let mut out: Vec<QuoteItem> = Vec::with_capacity(quotes.len());
    for quote in quotes {
        if quote.kind == QuoteKind::Direct
            && let Some(speaker) = &quote.speaker
        {
            // The quotation this one continues: the last direct one, past statements of the same
            // speaker reported in between (“A,” Buchanan said, noting that …. “B.”).
            let mut k = out.len();
            // (A few at most: the walk stays linear.)
            while k > 0
                && out.len() - k < 4
                && out[k - 1].kind != QuoteKind::Direct
                && out[k - 1].speaker.as_ref().is_some_and(|s| s.range == speaker.range)
            {
                k -= 1;
            }
            if let Some(prev) = k.checked_sub(1).map(|k| &out[k])
                && prev.kind == QuoteKind::Direct
                && prev.content.end <= quote.content.start
                && prev.speaker.as_ref().is_some_and(|s| s.range == speaker.range)
                && (quote.cue.is_none() || quote.cue == prev.cue)
                && quote.content.start - prev.content.end <= 400
                && (continues_across(&text[prev.content.end..quote.content.start]))
            {
                let prev = &mut out[k - 1];
                if prev.parts.is_empty() {
                    prev.parts.push(prev.content.clone());
                }
                prev.parts.push(quote.content.clone());
                prev.content.end = quote.content.end;
                continue;
            }
        }
        out.push(quote);
    }
    out
}

/// Whether the text between two quotations lets the second continue the first: within one
/// paragraph, or across a paragraph break with nothing but the marks (the multi-paragraph convention).
fn continues_across(gap: &str) -> bool {
    !gap.contains('\n') || gap.trim_matches(|c: char| marks::is_mark(c) || c.is_whitespace() || c == '.' || c == ',').is_empty()
}

/// Role words by which a description names someone introduced before: "the minister said" after
/// "Interior Minister Carla Diaz", "the negotiator" after "Maria Lopez, the chief negotiator".
pub(crate) const ROLES: &[&str] = &[
    "president",
    "secretary",
    "minister",
    "senator",
    "governor",
    "mayor",
    "judge",
    "chairman",
    "chairwoman",
    "director",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "envoy",
    "ambassador",
    "chief",
    "attorney",
    "candidate",
    "nominee",
    "commissioner",
    "chancellor",
    "premier",
    "officer",
    "professor",
    "general",
    "representative",
    "congressman",
    "congresswoman",
    "sheriff",
    "prosecutor",
    "negotiator",
    "economist",
    "analyst",
    "manager",
    "strategist",
    "founder",
    "executive",
    "lawyer",
    "coach",
    "author",
    "owner",
    "commander",
    "inspector",
    "superintendent",
    "pastor",
    "bishop",
];

/// Records the persons this unit names after a role word ("Interior Minister Carla Diaz",
/// "Secretary of State John Kerry").
fn learn_roles(text: &str, toks: &[words::Tok], roles: &mut std::collections::HashMap<String, String>) {
    let n = toks.len();
    for i in 0..n {
        if !(toks[i].word() && toks[i].cap && toks[i].is_in(lexicon::list::ROLES)) {
            continue;
        }
        let mut j = i + 1;
        // Past "of State", "General" and other title words.
        while j < n && j < i + 4 {
            let t = &toks[j];
            let title = t.word() && t.cap && t.is_in(lexicon::list::TITLES);
            let of_title = t.is("of") && toks.get(j + 1).is_some_and(|u| u.cap && u.is_in(lexicon::list::TITLES));
            if !(title || of_title) {
                break;
            }
            j += 1;
        }
        let start = j;
        while j < n
            && j < start + 3
            && toks[j].word()
            && toks[j].cap
            && !toks[j].is_in(lexicon::list::TITLES | lexicon::list::NOT_NAMES)
        {
            j += 1;
        }
        if j >= start + 2 {
            roles.insert(toks[i].lower.to_string(), text[toks[start].range.start..toks[j - 1].range.end].to_string());
        }
    }
}

/// Names a speaker written as a role ("the minister", "the foreign minister") after the person
/// last introduced with that role; records the role of a named speaker's description ("Maria
/// Lopez, the chief negotiator") for later.
fn resolve_role(text: &str, speaker: &mut SpeakerItem, roles: &mut std::collections::HashMap<String, String>) {
    if speaker.pronoun.is_some() {
        return;
    }
    match (&speaker.name, &speaker.description) {
        (Some(name), Some(description)) => {
            let head = description.split_whitespace().take_while(|w| !matches!(*w, "of" | "for" | "at" | "in" | "with" | "who"));
            if let Some(role) = head.map(|w| w.to_lowercase()).filter(|w| ROLES.contains(&w.as_str())).last() {
                roles.insert(role, name.clone());
            }
        }
        (None, _) => {
            let written = text[speaker.range.clone()].to_lowercase();
            let words: Vec<&str> = written.split_whitespace().collect();
            if words.len() <= 4
                && words.first() == Some(&"the")
                && let Some(name) = words.last().and_then(|w| roles.get(*w))
            {
                speaker.name = Some(name.clone());
                speaker.anonymous = false;
            }
        }
        _ => {}
    }
}

/// Whether the sentence `next` attributes the quotation that ends `sentence` after "?" or "!":
/// “What do I have here?” Trump asked, looking pleased. (The splitter ends a sentence there.)
/// The next sentence must start with its speaker and cue within a few words, or in lower case.
fn frame_follows(text: &str, sentence: Range<usize>, next: Range<usize>) -> bool {
    let body = text[sentence].trim_end();
    let Some(last) = body.chars().next_back() else { return false };
    let before = body[..body.len() - last.len_utf8()].chars().next_back();
    if !(marks::is_mark(last) && matches!(before, Some('?' | '!'))) {
        return false;
    }
    let words: Vec<String> = text[next.clone()]
        .split_whitespace()
        .take(5)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
        .collect();
    let lower_start = text[next].chars().next().is_some_and(char::is_lowercase);
    lower_start
        || (0..words.len().min(4)).any(|i| {
            let pair: Vec<&str> = words[i..].iter().take(2).map(String::as_str).collect();
            matches!(lexicon::cue_after(&pair, true, true), Some((lexicon::CueKind::Speech, _)))
        })
}

/// Whether quoted words read as a whole statement rather than a phrase lifted into the
/// reporter's sentence: a capital first, and a sentence's end or six words or more
/// (“I will fight for you, and I will win for you!” is a direct quotation wherever it sits).
fn sentence_like(content: &str) -> bool {
    let starts_upper = content.chars().find(|c| c.is_alphanumeric()).is_some_and(char::is_uppercase);
    let ends = content.trim_end_matches(|c: char| marks::is_mark(c) || c == ')').ends_with(['.', '!', '?']);
    let words = content.split_whitespace().count();
    // "Sharknado 3: Oh Hell No!": a title, every word capitalised.
    let title = content.split_whitespace().filter(|w| w.len() > 3).all(|w| !w.starts_with(char::is_lowercase));
    starts_upper && words >= 4 && (ends || words >= 6) && !title
}

/// A paragraph that is one turn of a transcript: an upper-case name (one to three words,
/// "WALLACE", "SEN. KAINE"), a colon and the words, maybe inside an opening quote mark.
fn transcript_turn(text: &str, paragraph: Range<usize>) -> Option<QuoteItem> {
    let body = &text[paragraph.clone()];
    let lead = body.len() - body.trim_start_matches(|c: char| marks::is_mark(c) || c.is_whitespace()).len();
    let colon = lead + body[lead..].find(':')?;
    let name = &body[lead..colon];
    let words = name.split_whitespace().count();
    let upper = name.chars().any(char::is_alphabetic)
        && name.chars().all(|c| c.is_uppercase() || c == ' ' || c == '.' || c == '-' || c == '\'');
    if !(1..=3).contains(&words) || !upper || name.chars().filter(|c| c.is_alphabetic()).count() < 2 {
        return None;
    }
    if lexicon::LABELS.contains(&name.trim()) {
        return None;
    }
    let mut content = crate::document::trim_range(text, paragraph.start + colon + 1..paragraph.end);
    // The turn may sit inside quote marks left open or closed at the paragraph's end.
    while content.end > content.start && text[..content.end].ends_with(|c: char| marks::is_mark(c)) {
        content.end -= text[..content.end].chars().next_back().map_or(1, char::len_utf8);
    }
    let content = crate::document::trim_range(text, content);
    if content.is_empty() {
        return None;
    }
    let start = paragraph.start + lead;
    Some(QuoteItem {
        kind: QuoteKind::Direct,
        content,
        cue: Some(paragraph.start + colon..paragraph.start + colon + 1),
        speaker: Some(SpeakerItem {
            range: start..paragraph.start + colon,
            entity: None,
            name: None,
            anonymous: false,
            description: None,
            pronoun: None,
        }),
        sentence: 0,
        parts: Vec::new(),
    })
}

/// The last run of two or more capitalised words outside quotations ("John Kerry"), if any:
/// a fallback antecedent for "he" and "she" when no named speaker came before.
fn last_name_run(toks: &[words::Tok]) -> Option<Range<usize>> {
    let mut best: Option<Range<usize>> = None;
    let mut run: Option<(usize, usize)> = None;
    for (i, t) in toks.iter().enumerate() {
        // The word lists are read only for capitalised words (most tokens are not).
        let name_like = t.word() && t.cap && i > 0 && !t.is_in(lexicon::list::NOT_NAMES);
        if name_like && !t.is_in(lexicon::list::TITLES) {
            let start = run.map_or(i, |(s, _)| s);
            run = Some((start, i + 1));
            if i + 1 - start >= 2 {
                best = Some(toks[start].range.start..t.range.end);
            }
        } else {
            run = None;
        }
    }
    best
}

/// Links speakers to entity mentions: a speaker span that overlaps a mention takes its entity;
/// a pronoun takes the most recent person mentioned before it.
///
/// Linear: quotes and mentions are both walked in text order (mentions sorted here).
pub fn link_entities(quotes: &mut [QuoteItem], mentions: &[EntityMention]) {
    if mentions.is_empty() {
        return;
    }
    let mut sorted: Vec<&EntityMention> = mentions.iter().filter(|m| m.person || m.organization).collect();
    sorted.sort_by_key(|m| m.range.start);
    let mut order: Vec<usize> = (0..quotes.len()).filter(|&i| quotes[i].speaker.is_some()).collect();
    order.sort_by_key(|&i| quotes[i].speaker.as_ref().map_or(0, |s| s.range.start));
    let mut m = 0;
    let mut last_person: Option<&EntityMention> = None;
    // Mentions already read that may still overlap a later speaker (speakers can repeat).
    let mut open: Vec<&EntityMention> = Vec::new();
    let mut by_name: std::collections::HashMap<String, &EntityMention> = std::collections::HashMap::new();
    // Persons mentioned so far by entity name, for speakers named through their role ("the minister").
    let mut seen: std::collections::HashMap<&str, &EntityMention> = std::collections::HashMap::new();
    for i in order {
        let Some(speaker) = quotes[i].speaker.as_mut() else { continue };
        open.retain(|x| x.range.end > speaker.range.start);
        while m < sorted.len() && sorted[m].range.start < speaker.range.end {
            let x = sorted[m];
            if x.range.end <= speaker.range.start {
                if x.person {
                    last_person = Some(x);
                    seen.insert(x.name.as_str(), x);
                }
            } else {
                open.push(x);
            }
            m += 1;
        }
        // Of the mentions inside the speaker, a person first ("Sen. Rob Portman (R-Ohio)"), else the last.
        let inside = || open.iter().rev().filter(|x| x.range.start < speaker.range.end && x.range.end > speaker.range.start);
        let overlapping = inside().find(|x| x.person).or_else(|| inside().next()).copied();
        // A pronoun goes to the speaker the text-level resolution chose ("he" after Kerry spoke),
        // else to the person mentioned last.
        let linked = match (overlapping, speaker.pronoun.as_deref()) {
            (Some(x), _) => Some(x),
            // Resolved to an unnamed speaker ("The foreign minister … He added"): no person to link.
            (None, Some("he" | "she" | "i")) if speaker.name.is_none() && speaker.description.is_some() => None,
            (None, Some("he" | "she" | "i")) => {
                speaker.name.as_ref().and_then(|n| by_name.get(n.as_str()).copied()).or(last_person)
            }
            (None, Some("who")) => speaker.name.as_ref().and_then(|n| by_name.get(n.as_str()).copied()),
            (None, None) => speaker.name.as_deref().and_then(|n| seen.get(n).copied()),
            _ => None,
        };
        if let (Some(x), Some(name), None) = (linked, speaker.name.as_ref(), speaker.pronoun.as_ref()) {
            by_name.insert(name.clone(), x);
        }
        if let Some(x) = linked {
            speaker.entity = Some(x.entity.clone());
            speaker.name = Some(x.name.clone());
            speaker.anonymous = false;
            if x.person {
                last_person = Some(x);
            }
        }
    }
}

/// Converts the quotes into output form (spans of the original text, ids `q1`, `q2`, …).
pub fn to_output(doc: &Document<'_>, quotes: &[QuoteItem]) -> Vec<Quote> {
    quotes
        .iter()
        .enumerate()
        .map(|(i, q)| Quote {
            id: format!("q{}", i + 1),
            kind: q.kind.as_str().into(),
            content: doc.span(&q.content),
            cue: q.cue.as_ref().map(|c| doc.span(c)),
            speaker: q.speaker.as_ref().map(|s| Speaker {
                span: doc.span(&s.range),
                entity: s.entity.clone(),
                name: s.name.clone(),
                anonymous: s.anonymous,
                description: s.description.clone(),
            }),
            sentence: q.sentence,
            parts: q.parts.iter().map(|p| doc.span(p)).collect(),
        })
        .collect()
}

/// Runs the stage and builds its three outputs: the quotes, the sources and the sourcing signal.
pub fn layer(doc: &Document<'_>, entities: &[EntityMention]) -> (Vec<Quote>, Vec<Source>, Sourcing) {
    let quotes = run(doc, entities);
    let (sources, sourcing) = summarize(doc, &quotes);
    (to_output(doc, &quotes), sources, sourcing)
}

#[cfg(test)]
mod tests;
