//! Stage: the main event, 5W1H (who, what, when, where, why, how), in the manner of Giveme5W1H.
//!
//! Giveme5W1H (Hamborg et al., 2019) extracts candidates from the headline and the first
//! sentences with a constituency parser and scores them by position, frequency and type. No
//! parser fits in the wasm budget, so this stage reads a shallow clause shape instead: an optional
//! opening clause ("After the meeting broke up, …"), a subject, the first finite verb (auxiliaries,
//! a list of common news verbs, and `-ed`/`-s` forms in verb position), and the rest. The other
//! layers do the heavy lifting: entities (who, where), time expressions (when), cue phrases (why,
//! how). Each answer carries the spans it rests on and a heuristic confidence (0–1) that grows
//! with how early and how typical its evidence is.

use std::ops::Range;

use compact_str::CompactString;

use crate::document::Document;
use crate::entities::Kind;

#[cfg(test)]
mod tests;

/// How many article sentences after the headline are read for candidates.
const CANDIDATE_SENTENCES: usize = 8;
/// The longest stretch of a candidate sentence read, in bytes: a megabyte without punctuation is
/// one "sentence", and no clause shape is found that far in anyway.
const MAX_SENTENCE_BYTES: usize = 1_500;
/// A subject longer than this many words means the clause shape was misread.
const MAX_SUBJECT_WORDS: usize = 14;
/// The longest `what`, `why` or `how` clause, in words.
const MAX_CLAUSE_WORDS: usize = 28;

/// One answer of the 5W1H: its text, the ranges it rests on and a confidence.
#[derive(Debug, Clone, PartialEq)]
pub struct Part {
    /// The answer as written (an entity's canonical name for `who` and `where`).
    pub text: String,
    /// Byte ranges of the evidence in the normalized text, in text order.
    pub ranges: Vec<Range<usize>>,
    /// 0–1.
    pub confidence: f64,
    /// For `when`: the TIMEX3 value of the time expression.
    pub value: Option<String>,
}

/// The main event of the article; every part may be missing.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Event {
    /// The acting entity.
    pub who: Option<Part>,
    /// What happened: the verb phrase (or, after a verb of saying in the headline, what was said).
    pub what: Option<Part>,
    /// The best resolved time expression.
    pub when: Option<Part>,
    /// The place.
    pub where_: Option<Part>,
    /// The cause: an "after …", "because …", "due to …", "amid …" clause.
    pub why: Option<Part>,
    /// The means or manner: a "by …ing", "using …", "with the help of …" clause.
    pub how: Option<Part>,
}

/// A word of a candidate sentence.
#[derive(Debug, Clone)]
struct Word {
    range: Range<usize>,
    /// Inline up to 24 bytes (nearly every word): no heap string per word.
    lower: CompactString,
    capitalized: bool,
}

/// The words of `text[range]` (letters and digits, joined by inner hyphens, apostrophes and dots),
/// read up to [`MAX_SENTENCE_BYTES`].
fn words(text: &str, range: &Range<usize>) -> Vec<Word> {
    let mut end = range.end.min(range.start + MAX_SENTENCE_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let slice = &text[range.start..end];
    let mut out = Vec::with_capacity(slice.len() / 6 + 1);
    let mut start: Option<usize> = None;
    let bytes = slice.as_bytes();
    // The character at byte `i` and its length: ASCII bytes are read as they are, and only the
    // rest is decoded.
    let char_at = |i: usize| match bytes.get(i) {
        Some(&b) if b < 0x80 => Some((char::from(b), 1)),
        Some(_) => slice[i..].chars().next().map(|c| (c, c.len_utf8())),
        None => None,
    };
    let mut i = 0;
    while let Some((c, len)) = char_at(i) {
        let inner =
            matches!(c, '-' | '\'' | '’' | '.') && start.is_some() && char_at(i + len).is_some_and(|(n, _)| n.is_alphanumeric());
        if c.is_alphanumeric() || inner {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            out.push(word(slice, s, i, range.start));
        }
        i += len;
    }
    if let Some(s) = start {
        out.push(word(slice, s, slice.len(), range.start));
    }
    out
}

fn word(slice: &str, start: usize, end: usize, offset: usize) -> Word {
    let surface = &slice[start..end];
    Word {
        range: offset + start..offset + end,
        lower: crate::tokens::lowercase(surface),
        capitalized: surface.chars().next().is_some_and(char::is_uppercase),
    }
}

/// Auxiliaries and copulas: always finite verbs.
const AUXILIARIES: &[&str] = &[
    "am", "are", "can", "could", "did", "does", "had", "has", "have", "is", "may", "might", "must", "shall", "should", "was",
    "were", "will", "would",
];

/// Common news verbs whose form the `-ed`/`-s` rules miss (irregular pasts, base forms after plural
/// subjects) or that headlines use in the present.
const VERBS: &[&str] = &[
    "accuse",
    "accuses",
    "admit",
    "admits",
    "agree",
    "agrees",
    "announce",
    "announces",
    "ask",
    "asks",
    "attack",
    "attacks",
    "became",
    "began",
    "blame",
    "blames",
    "bought",
    "broke",
    "brought",
    "call",
    "calls",
    "came",
    "caught",
    "chose",
    "claim",
    "claims",
    "condemn",
    "condemns",
    "confirm",
    "confirms",
    "cut",
    "declare",
    "declares",
    "deny",
    "denies",
    "drove",
    "fell",
    "find",
    "finds",
    "fled",
    "fought",
    "found",
    "gave",
    "give",
    "gives",
    "go",
    "goes",
    "grew",
    "held",
    "hit",
    "hits",
    "kill",
    "kills",
    "knew",
    "launch",
    "launches",
    "led",
    "left",
    "lost",
    "made",
    "meet",
    "meets",
    "met",
    "paid",
    "plan",
    "plans",
    "put",
    "quit",
    "ran",
    "rose",
    "said",
    "sank",
    "sank",
    "saw",
    "say",
    "says",
    "see",
    "sees",
    "sent",
    "set",
    "shot",
    "sold",
    "spent",
    "spoke",
    "stood",
    "strike",
    "strikes",
    "struck",
    "take",
    "takes",
    "tell",
    "tells",
    "thought",
    "threw",
    "told",
    "took",
    "urge",
    "urges",
    "vow",
    "vows",
    "want",
    "wants",
    "warn",
    "warns",
    "went",
    "win",
    "wins",
    "won",
    "wrote",
];

/// Verbs of saying, admitting and thinking: after one in the headline, the event is what was said.
const SAYING: &[&str] = &[
    "acknowledged",
    "acknowledges",
    "added",
    "adds",
    "admit",
    "admits",
    "admitted",
    "announced",
    "announces",
    "argued",
    "argues",
    "believe",
    "believes",
    "claim",
    "claimed",
    "claims",
    "concede",
    "conceded",
    "concedes",
    "confirm",
    "confirmed",
    "confirms",
    "declare",
    "declared",
    "declares",
    "denied",
    "denies",
    "deny",
    "insist",
    "insisted",
    "insists",
    "rule",
    "ruled",
    "rules",
    "said",
    "say",
    "says",
    "stated",
    "states",
    "told",
    "tells",
    "warn",
    "warned",
    "warns",
];

/// Words before which an `-ed` or `-s` word is an adjective or a noun, not a verb.
const NOT_BEFORE_VERB: &[&str] = &[
    "a", "about", "across", "after", "against", "among", "an", "and", "as", "at", "before", "between", "by", "every", "for",
    "from", "her", "his", "in", "into", "its", "many", "more", "most", "my", "no", "of", "on", "or", "our", "over", "some",
    "such", "than", "that", "the", "their", "these", "this", "those", "through", "to", "under", "very", "with", "without",
    "your",
];

/// Words that open a clause the subject of the sentence is not in ("After the meeting broke up, …").
const SUBORDINATORS: &[&str] = &[
    "after",
    "although",
    "amid",
    "as",
    "at",
    "because",
    "before",
    "despite",
    "during",
    "following",
    "if",
    "in",
    "on",
    "since",
    "though",
    "under",
    "until",
    "when",
    "whereas",
    "while",
    "with",
];

/// Sentence openers to skip before the subject.
const OPENERS: &[&str] = &["and", "but", "however", "meanwhile", "so", "still", "yet"];

/// Pronouns are no answer to "who".
const PRONOUNS: &[&str] = &["he", "i", "it", "she", "they", "this", "we", "you", "that", "there"];

/// Base forms that news headlines and plural subjects put in verb position ("Floods force
/// thousands from homes", "Talks on river dam collapse"). Many are also nouns, so they count only
/// after a plural or coordinated subject.
const BASE_VERBS: &[&str] = &[
    "agree", "approve", "back", "ban", "call", "clash", "close", "collapse", "cut", "demand", "deny", "die", "drop", "end",
    "face", "fail", "fall", "fight", "flee", "force", "grow", "halt", "hit", "join", "kill", "launch", "leave", "lose", "make",
    "meet", "open", "pass", "plan", "plunge", "protest", "quit", "reach", "reject", "resume", "return", "rise", "say", "seek",
    "sign", "slam", "soar", "stall", "strike", "surge", "take", "threaten", "trade", "urge", "vote", "vow", "warn", "win",
];

/// An -s form that is plural rather than a verb's third person: "talks", "rebels", but not "crisis".
fn plural_like(lower: &str) -> bool {
    lower.len() > 3
        && lower.ends_with('s')
        && !(lower.ends_with("ss") || lower.ends_with("us") || lower.ends_with("is") || lower.ends_with("ics"))
}

/// Whether the words from `from` to before `i` make a plural subject: a plural word, "and", "they".
fn plural_subject(words: &[Word], from: usize, i: usize) -> bool {
    words[from..i]
        .iter()
        .any(|w| matches!(w.lower.as_str(), "and" | "they" | "we" | "you" | "i") || !w.capitalized && plural_like(&w.lower))
        || words[i - 1].capitalized && plural_like(&words[i - 1].lower)
}

fn is_finite_verb(words: &[Word], from: usize, i: usize, headline: bool) -> bool {
    let w = &words[i];
    let lower = w.lower.as_str();
    if AUXILIARIES.contains(&lower) {
        return true;
    }
    let prev = &words[i - 1];
    if NOT_BEFORE_VERB.contains(&prev.lower.as_str()) || AUXILIARIES.contains(&prev.lower.as_str()) {
        return false;
    }
    if VERBS.contains(&lower) || SAYING.contains(&lower) {
        return true;
    }
    if BASE_VERBS.contains(&lower) && plural_subject(words, from, i) {
        return true;
    }
    // Title-case headlines capitalize every word: only the lists are trusted there.
    if w.capitalized || !lower.chars().all(char::is_alphabetic) {
        return false;
    }
    if lower.len() > 4 && lower.ends_with("ed") {
        return true;
    }
    // "Kerry admits", "Russia says": an -s form right after a name is a present-tense verb, unless
    // a base form follows ("Climate talks end": "talks" is the plural subject).
    let next_is_base = words.get(i + 1).is_some_and(|n| BASE_VERBS.contains(&n.lower.as_str()));
    plural_like(lower) && !next_is_base && (prev.capitalized || headline && i <= 4)
}

/// A candidate sentence read as subject + finite verb + rest.
#[derive(Debug, Clone)]
struct Clause {
    /// The sentence (or headline) range.
    sentence: Range<usize>,
    /// Its position weight: headline 1, then falling with the sentence index.
    weight: f64,
    subject: Option<Range<usize>>,
    /// After a verb of saying: the words said; else the verb and what follows.
    what: Option<Range<usize>>,
    /// Its words, kept for the why and the how, which read them again.
    words: Vec<Word>,
}

fn clause(text: &str, sentence: Range<usize>, weight: f64, headline: bool) -> Clause {
    let ws = words(text, &sentence);
    let mut out = read_clause(text, sentence, weight, headline, &ws);
    out.words = ws;
    out
}

/// The subject and the what of the clause whose words are `ws`.
fn read_clause(text: &str, sentence: Range<usize>, weight: f64, headline: bool, ws: &[Word]) -> Clause {
    let mut out = Clause { sentence: sentence.clone(), weight, subject: None, what: None, words: Vec::new() };
    let mut from = 0;
    while from < ws.len() && OPENERS.contains(&ws[from].lower.as_str()) {
        from += 1;
    }
    // An opening subordinate clause ends at its comma: the subject starts after it.
    if ws.get(from).is_some_and(|w| SUBORDINATORS.contains(&w.lower.as_str())) {
        let comma = text[sentence.start..ws.last().map_or(sentence.start, |w| w.range.end)].find(',');
        match comma.and_then(|c| ws.iter().position(|w| w.range.start > sentence.start + c)) {
            Some(next) => from = next,
            None => return out,
        }
    }
    let limit = ws.len().min(from + MAX_SUBJECT_WORDS + 1);
    let Some(v) = (from + 1..limit).find(|&i| is_finite_verb(ws, from, i, headline)) else { return out };
    out.subject = Some(ws[from].range.start..ws[v - 1].range.end);
    let rest_start = if SAYING.contains(&ws[v].lower.as_str()) && headline {
        // "Kerry admits Syria ceasefire over": the event is what was admitted.
        let skip = if ws.get(v + 1).is_some_and(|w| w.lower == "that") { v + 2 } else { v + 1 };
        if skip + 1 < ws.len() { skip } else { v }
    } else {
        v
    };
    out.what = clause_end(text, ws, rest_start, sentence.end, false);
    out
}

/// The clause from word `start` to the end of the sentence or the first clause break (a semicolon,
/// a spaced dash, or with `stop_at_comma` a comma), at most [`MAX_CLAUSE_WORDS`] words, without
/// closing punctuation.
fn clause_end(text: &str, ws: &[Word], start: usize, sentence_end: usize, stop_at_comma: bool) -> Option<Range<usize>> {
    let first = ws.get(start)?;
    let mut last = start;
    for i in start + 1..ws.len().min(start + MAX_CLAUSE_WORDS) {
        let gap = &text[ws[i - 1].range.end..ws[i].range.start];
        if gap.contains([';', ':', '—', '–', '(']) || gap.contains(" - ") || stop_at_comma && gap.contains(',') {
            break;
        }
        last = i;
    }
    let mut end = ws[last].range.end;
    // Keep a closing quote mark when the clause holds its opening one.
    let tail = &text[end..sentence_end.max(end)];
    let opened = text[first.range.start..end].matches(['“', '"']).count() % 2 == 1;
    if opened && let Some(c) = tail.chars().next().filter(|&c| matches!(c, '”' | '"')) {
        end += c.len_utf8();
    }
    Some(first.range.start..end)
}

/// The position weight of article sentence `index` (the headline weighs 1).
fn sentence_weight(index: usize) -> f64 {
    0.9 / (1.0 + 0.3 * index as f64)
}

/// The candidate clauses: the headline and the first sentences, the lede among them.
fn candidates(doc: &Document<'_>) -> Vec<Clause> {
    let text = doc.text();
    let structure = &doc.structure;
    let mut out = Vec::new();
    if let Some(h) = &structure.headline {
        out.push(clause(text, h.clone(), 1.0, true));
    }
    let lede = doc.summary.lede;
    let mut indices: Vec<usize> = (0..structure.sentences.len().min(CANDIDATE_SENTENCES)).collect();
    if let Some(l) = lede.filter(|&l| l >= CANDIDATE_SENTENCES) {
        indices.push(l);
    }
    for i in indices {
        // The lede is the first real news sentence: it weighs like the first sentence.
        let weight = if Some(i) == lede { sentence_weight(0) } else { sentence_weight(i) };
        out.push(clause(text, structure.sentences[i].0.clone(), weight, false));
    }
    out
}

/// How likely an entity type is the actor of a news event.
fn actor_weight(kind: Kind, subtype: Option<&str>) -> f64 {
    match (kind, subtype) {
        (Kind::Person, _) => 1.0,
        (Kind::Organization, _) => 0.9,
        (Kind::Location, Some("country")) => 0.7,
        (Kind::Location, _) => 0.4,
        (Kind::Misc, _) => 0.3,
    }
}

/// A name for reading: a dateline's capitals ("WASHINGTON") in title case; acronyms kept.
fn display_name(name: &str) -> String {
    let letters = name.chars().filter(|c| c.is_alphabetic()).count();
    if letters <= 3 || name.chars().any(char::is_lowercase) {
        return name.to_string();
    }
    let mut out = String::with_capacity(name.len());
    let mut word_start = true;
    for c in name.chars() {
        if word_start {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        word_start = !c.is_alphabetic();
    }
    out
}

fn round(x: f64) -> f64 {
    (x.clamp(0.0, 1.0) * 100.0).round() / 100.0
}

/// Who acted, and the clause in which they did (index into `clauses`).
fn who(doc: &Document<'_>, clauses: &[Clause]) -> (Option<Part>, Option<usize>) {
    let text = doc.text();
    // Per entity: total score, best single score, the subject mentions and the best clause.
    let mut scores: Vec<(f64, f64, Vec<Range<usize>>, usize)> = vec![(0.0, 0.0, Vec::new(), 0); doc.entities.len()];
    // The best subject without a name at its head ("Talks on the dam", "The council"): score, clause.
    let mut phrase: Option<(f64, usize)> = None;
    for (c, clause) in clauses.iter().enumerate() {
        let Some(subject) = &clause.subject else { continue };
        let mut named_head = false;
        for (e, entity) in doc.entities.iter().enumerate() {
            let Some(mention) = entity.mentions.iter().find(|m| m.start >= subject.start && m.end <= subject.end) else {
                continue;
            };
            // The head of the subject acts; a name further in ("the director of a hospital in X") less so.
            // Titles before the name keep it at the head: "US Secretary of State John Kerry".
            let before = &text[subject.start..mention.start];
            let titles = before.split_whitespace().all(|w| w.starts_with(char::is_uppercase) || matches!(w, "of" | "the"));
            let at_head = titles || before.split_whitespace().count() <= 2;
            named_head |= at_head;
            let head = if at_head { 1.0 } else { 0.25 };
            let score = clause.weight * head * actor_weight(entity.kind, entity.subtype) * (0.5 + 0.5 * entity.salience);
            let slot = &mut scores[e];
            if score > slot.1 {
                slot.1 = score;
                slot.3 = c;
            }
            slot.0 += score;
            slot.2.push(mention.clone());
        }
        let words = &text[subject.clone()];
        let pronoun = PRONOUNS.contains(&words.to_lowercase().as_str());
        if !named_head && !pronoun && words.split_whitespace().count() <= 6 {
            let score = 0.35 * clause.weight;
            if phrase.is_none_or(|(s, _)| score > s) {
                phrase = Some((score, c));
            }
        }
    }
    let best = (0..scores.len()).filter(|&e| scores[e].0 > 0.0).max_by(|&a, &b| scores[a].0.total_cmp(&scores[b].0));
    let phrase_wins = |e: usize| phrase.is_some_and(|(s, _)| s > scores[e].0);
    if let Some(e) = best.filter(|&e| !phrase_wins(e)) {
        let (total, single, mut ranges, c) = scores[e].clone();
        let entity = &doc.entities[e];
        let subject = clauses[c].subject.clone().unwrap_or(0..0);
        // "Moscow and Washington", "Russia and Syria": a subject made of names joined by "and" is the answer.
        let coordinated = is_coordination(doc, &subject);
        let text_answer = if coordinated { text[subject.clone()].to_string() } else { display_name(&entity.name) };
        if coordinated {
            ranges = vec![subject];
        }
        ranges.sort_by_key(|r| r.start);
        ranges.dedup();
        let confidence = round(0.3 + 0.5 * single + 0.2 * (total - single).min(1.0));
        return (Some(Part { text: text_answer, ranges, confidence, value: None }), Some(c));
    }
    // No name acts early: the subject phrase, with low confidence.
    let Some((score, c)) = phrase else { return (None, None) };
    let Some(subject) = clauses[c].subject.clone() else { return (None, None) };
    let part =
        Part { text: text[subject.clone()].to_string(), ranges: vec![subject], confidence: round(0.1 + score), value: None };
    (Some(part), Some(c))
}

/// Whether `range` is only entity names joined by "and", "," or "&" (determiners allowed).
fn is_coordination(doc: &Document<'_>, range: &Range<usize>) -> bool {
    let text = doc.text();
    let mentions: Vec<&Range<usize>> =
        doc.entities.iter().flat_map(|e| e.mentions.iter()).filter(|m| m.start >= range.start && m.end <= range.end).collect();
    if mentions.len() < 2 {
        return false;
    }
    let mut rest = text[range.clone()].to_string();
    let mut sorted = mentions;
    sorted.sort_by_key(|m| std::cmp::Reverse(m.start));
    for m in sorted {
        rest.replace_range(m.start - range.start..m.end - range.start, " ");
    }
    rest.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty()).all(|w| matches!(w, "and" | "&" | "the"))
}

/// The best time expression: a resolved date or time early in the article (the dateline's counts).
fn when(doc: &Document<'_>) -> Option<Part> {
    let text = doc.text();
    let dateline = doc.structure.dateline.as_ref().map(|d| d.range.clone());
    let headline = doc.structure.headline.clone();
    let mut best: Option<(f64, &crate::time::TimeExpr)> = None;
    for t in &doc.times {
        if !matches!(t.kind, crate::time::TimeType::Date | crate::time::TimeType::Time) {
            continue;
        }
        // Unresolved ("Tuesday" with no date to count from, value `XXXX-XX-XX`) or vague
        // (`PAST_REF`) expressions are answers of last resort.
        let resolved = if t.first_day.is_some() {
            1.0
        } else if t.value.starts_with('X') {
            0.5
        } else {
            continue;
        };
        let position = match t.sentence {
            Some(i) if i < CANDIDATE_SENTENCES * 2 => sentence_weight(i),
            Some(_) => continue,
            None if headline.as_ref().is_some_and(|h| h.start <= t.range.start && t.range.end <= h.end) => 1.0,
            // The dateline's date is the day of the report: the event's day unless the text says otherwise.
            None if dateline.as_ref().is_some_and(|d| d.start <= t.range.start && t.range.end <= d.end) => 0.6,
            None => 0.3,
        };
        // A day is a better answer than a month, a month than a year.
        let precision = match t.value.len() {
            n if n >= 10 => 1.0,
            8 => 0.9, // 2016-W38
            7 => 0.6,
            _ => 0.3,
        };
        let score = position * precision * resolved;
        if best.is_none_or(|(s, _)| score > s) {
            best = Some((score, t));
        }
    }
    let (score, t) = best?;
    Some(Part {
        text: text[t.range.clone()].to_string(),
        ranges: vec![t.range.clone()],
        confidence: round(0.2 + 0.8 * score),
        value: Some(t.value.clone()),
    })
}

/// Prepositions that put a place name in the role of a place.
const LOCATIVE: &[&str] = &["in", "at", "near", "outside", "inside", "across", "throughout", "around", "from", "into"];

/// The place: a LOCATION entity in the dateline, the headline, or after "in"/"at"/"near" early on.
fn where_(doc: &Document<'_>, clauses: &[Clause]) -> Option<Part> {
    let text = doc.text();
    let structure = &doc.structure;
    let dateline = structure.dateline.as_ref().map(|d| d.range.clone());
    let headline = structure.headline.clone();
    let subjects: Vec<Range<usize>> = clauses.iter().filter_map(|c| c.subject.clone()).collect();
    let sentences = &structure.sentences;
    let mut best: Option<(f64, f64, usize, Vec<Range<usize>>)> = None;
    for (e, entity) in doc.entities.iter().enumerate() {
        if entity.kind != Kind::Location {
            continue;
        }
        let granularity = match entity.subtype {
            Some("city") => 1.0,
            Some("region") => 0.9,
            _ => 0.8,
        };
        let (mut total, mut single, mut ranges) = (0.0, 0.0_f64, Vec::new());
        for m in &entity.mentions {
            let within = |r: &Option<Range<usize>>| r.as_ref().is_some_and(|r| r.start <= m.start && m.end <= r.end);
            let index = sentences.partition_point(|(r, _)| r.end <= m.start);
            let position = if within(&headline) || within(&dateline) {
                1.0
            } else if index < sentences.len() && sentences[index].0.start <= m.start {
                sentence_weight(index)
            } else {
                0.3
            };
            // The two words before: "in eastern Aleppo", "in rebel-held eastern Aleppo".
            let mut from = m.start.saturating_sub(40);
            while !text.is_char_boundary(from) {
                from += 1;
            }
            let before = &text[from..m.start];
            let locative = before
                .split_whitespace()
                .rev()
                .take(3)
                .any(|w| LOCATIVE.contains(&w.to_lowercase().trim_matches(|c: char| !c.is_alphabetic())));
            // A country that acts ("Russia refused") is an actor, not the place.
            let acting = subjects.iter().any(|s| s.start <= m.start && m.end <= s.end);
            let role = if within(&dateline) || locative {
                1.0
            } else if within(&headline) {
                0.8
            } else if acting {
                0.05
            } else {
                0.2
            };
            let score = position * role * granularity;
            total += score;
            single = single.max(score);
            if role >= 0.8 {
                ranges.push(m.clone());
            }
        }
        if best.as_ref().is_none_or(|(t, ..)| total > *t) && !ranges.is_empty() {
            best = Some((total, single, e, ranges));
        }
    }
    let (total, single, e, ranges) = best?;
    Some(Part {
        text: display_name(&doc.entities[e].name),
        ranges: ranges.into_iter().take(5).collect(),
        confidence: round(0.2 + 0.5 * single + 0.3 * (total - single).min(1.0)),
        value: None,
    })
}

/// Cue phrases of a cause, with how surely each marks one.
const WHY: &[(&str, f64)] = &[
    ("because of", 1.0),
    ("because", 1.0),
    ("due to", 1.0),
    ("owing to", 0.9),
    ("as a result of", 1.0),
    ("in response to", 0.9),
    ("in retaliation for", 0.9),
    ("in protest against", 0.8),
    ("in protest at", 0.8),
    ("in protest over", 0.8),
    ("amid", 0.8),
    ("after", 0.6),
    ("following", 0.6),
];

/// Whether a cause clause explains a source's anonymity rather than the event.
fn is_anonymity_excuse(clause: &str) -> bool {
    let lower = clause.to_lowercase();
    ["authorized to", "authorised to", "anonymity", "to be named", "to be identified", "publicly"]
        .iter()
        .any(|w| lower.contains(w))
}

/// Words that make "after …" a time ("after a third day of talks", "after two years").
const TIME_UNITS: &[&str] = &[
    "day", "days", "decade", "decades", "hour", "hours", "minute", "minutes", "month", "months", "night", "nights", "week",
    "weekend", "weeks", "year", "years",
];

/// Cue phrases of a means or manner.
const HOW: &[(&str, f64)] = &[
    ("by means of", 1.0),
    ("with the help of", 0.9),
    ("with the aid of", 0.9),
    ("using", 0.8),
    ("via", 0.7),
    ("by", 0.8), // only before an -ing form: "by cutting", "by bombing"
];

/// The best clause opened by one of `cues` in the candidate sentences.
fn cue_clause(doc: &Document<'_>, clauses: &[Clause], cues: &[(&str, f64)], is_how: bool) -> Option<Part> {
    let text = doc.text();
    let mut best: Option<(f64, Range<usize>)> = None;
    // Split once: this runs for every word of every clause.
    let cues: Vec<(&str, Vec<&str>, f64)> =
        cues.iter().map(|&(cue, strength)| (cue, cue.split(' ').collect(), strength)).collect();
    for (clause, ws) in clauses.iter().map(|c| (c, &c.words)) {
        for i in 0..ws.len() {
            for (cue, cue_words, strength) in &cues {
                let (cue, strength, n) = (*cue, *strength, cue_words.len());
                if i + n >= ws.len() || !cue_words.iter().zip(&ws[i..]).all(|(c, w)| *c == w.lower) {
                    continue;
                }
                // In a title-case headline "After" and "By" are capitalized words of a phrase, not cues.
                if i > 0 && ws[i].capitalized {
                    continue;
                }
                let next = &ws[i + n];
                if is_how && cue == "by" && !(next.lower.len() > 4 && next.lower.ends_with("ing")) {
                    continue;
                }
                // "the following day", "after only one week": time, not cause.
                if !is_how && matches!(cue, "after" | "following") {
                    let window_end = ws[(i + n + 3).min(ws.len() - 1)].range.end;
                    let timed = doc.times.iter().any(|t| t.range.start >= next.range.start && t.range.start < window_end);
                    let determiner_before = i > 0 && matches!(ws[i - 1].lower.as_str(), "the" | "a");
                    let unit = ws[i + n..].iter().take(4).any(|w| TIME_UNITS.contains(&w.lower.as_str()));
                    if timed || unit || determiner_before || next.lower.ends_with("ing") && cue == "following" {
                        continue;
                    }
                }
                let Some(range) = clause_end(text, ws, i, clause.sentence.end, true) else { continue };
                // "… because he was not authorized to speak": why the source is unnamed, not why it happened.
                let mut look = clause.sentence.end.min(range.end + 80);
                while !text.is_char_boundary(look) {
                    look -= 1;
                }
                if !is_how && is_anonymity_excuse(&text[range.start..look.max(range.start)]) {
                    continue;
                }
                // A cue with one word after it is not a clause.
                if text[range.clone()].split_whitespace().count() < n + 2 {
                    continue;
                }
                let score = strength * clause.weight;
                if best.as_ref().is_none_or(|(s, _)| score > *s) {
                    best = Some((score, range));
                }
                break;
            }
        }
    }
    let (score, range) = best?;
    Some(Part { text: text[range.clone()].to_string(), ranges: vec![range], confidence: round(0.2 + 0.7 * score), value: None })
}

/// Finds the main event of `doc`. Needs the structure, entities, times and summary layers.
pub fn run(doc: &Document<'_>) -> Event {
    // The clause rules and cue words are English: on text reliably in another language they would
    // read function words as verbs.
    if doc.warnings.iter().any(|w| w.code == "not_english") {
        return Event::default();
    }
    let text = doc.text();
    let clauses = candidates(doc);
    let (who, who_clause) = who(doc, &clauses);
    // What the actor did, in the clause where they act; else in the first clause read.
    let what_clause = who_clause.filter(|&c| clauses[c].what.is_some()).or_else(|| clauses.iter().position(|c| c.what.is_some()));
    let what = what_clause.and_then(|c| {
        let clause = &clauses[c];
        let range = clause.what.clone()?;
        let paired = Some(c) == who_clause;
        let confidence = round(clause.weight * if paired { 0.9 } else { 0.5 });
        Some(Part { text: text[range.clone()].to_string(), ranges: vec![range], confidence, value: None })
    });
    Event {
        who,
        what,
        when: when(doc),
        where_: where_(doc, &clauses),
        why: cue_clause(doc, &clauses, WHY, false),
        how: cue_clause(doc, &clauses, HOW, true),
    }
}
