//! Signals of how the text was put together and pasted: duplicated passages, lines cut off,
//! page furniture, a dateline in the middle, very long sentences, readability extremes.

use std::ops::Range;

use super::{Level, Signal, list, plural, quoted};
use crate::document::Document;
use crate::structure::boilerplate::Kind;
use crate::structure::header;

/// A sentence longer than this many words is hard to follow.
const LONG_SENTENCE_WORDS: usize = 50;
/// Readability is judged on at least this many words.
const READABILITY_MIN_WORDS: usize = 100;
/// Flesch reading ease below this is very hard (university graduates), …
const HARD: f64 = 30.0;
/// … above this very easy (an 11-year-old reads it).
const EASY: f64 = 80.0;
/// Passages shorter than this many words repeat innocently ("He declined to comment.").
const DUPLICATE_MIN_WORDS: usize = 8;
/// Agencies whose name in brackets ends a dateline: "BEIRUT (Reuters) -".
const AGENCIES: &[&str] =
    &["AFP", "ANI", "AP", "Bloomberg", "CNN", "IANS", "Kyodo", "PTI", "Reuters", "TASS", "UPI", "Xinhua", "Yonhap", "dpa"];

pub(super) fn run(doc: &Document<'_>, out: &mut Vec<Signal>) {
    duplicates(doc, out);
    truncated(doc, out);
    furniture(doc, out);
    mid_text_datelines(doc, out);
    long_sentences(doc, out);
    readability(doc, out);
}

/// Words of a passage hashed case- and punctuation-insensitively (64-bit FNV-1a: a collision
/// between two passages of one article is negligible), and how many there are.
fn fingerprint(passage: &str) -> (u64, usize) {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut words = 0;
    let mut in_word = false;
    let mut feed = |b: u8| hash = (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    for c in passage.chars() {
        if c.is_alphanumeric() {
            if !in_word {
                words += 1;
                feed(b' ');
            }
            in_word = true;
            if c.is_ascii() {
                feed(c.to_ascii_lowercase() as u8);
            } else {
                let mut buffer = [0; 4];
                for lower in c.to_lowercase() {
                    lower.encode_utf8(&mut buffer).bytes().for_each(&mut feed);
                }
            }
        } else {
            in_word = false;
        }
    }
    (hash, words)
}

/// Sentences or paragraphs that appear more than once.
fn duplicates(doc: &Document<'_>, out: &mut Vec<Signal>) {
    let text = doc.text();
    let structure = &doc.structure;
    // Each sentence is read once; a paragraph's fingerprint combines its sentences' (the text
    // between them is spaces and line breaks).
    let sentence_prints: Vec<(u64, usize)> = structure.sentences.iter().map(|(r, _)| fingerprint(&text[r.clone()])).collect();
    let mut paragraph_prints: Vec<(u64, usize)> = vec![(0xcbf2_9ce4_8422_2325, 0); structure.paragraphs.len()];
    for ((_, p), (hash, words)) in structure.sentences.iter().zip(&sentence_prints) {
        if let Some(slot) = paragraph_prints.get_mut(*p) {
            slot.0 = (slot.0 ^ hash).wrapping_mul(0x0100_0000_01b3);
            slot.1 += words;
        }
    }
    let repeated = |ranges: &mut dyn Iterator<Item = (Range<usize>, (u64, usize))>| {
        // Sorted by fingerprint (stably: text order within one) rather than a map of vectors, so
        // that the many passages seen once cost no allocation each.
        let mut prints: Vec<(u64, Range<usize>)> =
            ranges.filter(|(_, (_, words))| *words >= DUPLICATE_MIN_WORDS).map(|(r, (hash, _))| (hash, r)).collect();
        prints.sort_by_key(|(hash, _)| *hash);
        let mut groups: Vec<Vec<Range<usize>>> = prints
            .chunk_by(|a, b| a.0 == b.0)
            .filter(|run| run.len() >= 2)
            .map(|run| run.iter().map(|(_, r)| r.clone()).collect())
            .collect();
        groups.sort_by_key(|g| g[0].start);
        groups
    };
    let paragraphs = repeated(&mut structure.paragraphs.iter().cloned().zip(paragraph_prints));
    let mut repeated_paragraphs: Vec<&Range<usize>> = paragraphs.iter().flatten().collect();
    repeated_paragraphs.sort_by_key(|p| p.start);
    let in_repeated_paragraph = |r: &Range<usize>| {
        let i = repeated_paragraphs.partition_point(|p| p.end <= r.start);
        repeated_paragraphs.get(i).is_some_and(|p| p.start <= r.start && r.end <= p.end)
    };
    // Sentences repeated outside repeated paragraphs (a paragraph of one sentence counts once).
    let sentences: Vec<Vec<Range<usize>>> =
        repeated(&mut structure.sentences.iter().map(|(r, _)| r.clone()).zip(sentence_prints))
            .into_iter()
            .filter(|g| !g.iter().all(in_repeated_paragraph))
            .collect();
    let count = paragraphs.len() + sentences.len();
    if count == 0 {
        return;
    }
    let first = paragraphs.iter().chain(&sentences).min_by_key(|g| g[0].start).map(|g| g[0].clone()).unwrap_or(0..0);
    let what = match (paragraphs.len(), sentences.len()) {
        (0, s) => plural(s, "sentence appears", "sentences appear"),
        (p, 0) => plural(p, "paragraph appears", "paragraphs appear"),
        (p, s) => format!("{} and {}", plural(p, "paragraph", "paragraphs"), plural(s, "sentence", "sentences")) + " appear",
    };
    out.push(Signal::new(
        "duplicate_text",
        Level::Warning,
        format!(
            "{what} more than once, e.g. {}: the text may have been pasted twice or joined from several versions.",
            quoted(&text[first], 60)
        ),
        paragraphs.into_iter().chain(sentences).flatten().collect(),
    ));
}

/// Whether a paragraph ends the way a finished sentence does.
fn ends_finished(paragraph: &str) -> bool {
    paragraph
        .trim_end()
        .chars()
        .next_back()
        .is_none_or(|c| matches!(c, '.' | '!' | '?' | '…' | '"' | '”' | '“' | '’' | '\'' | ')' | ']' | ':' | '»' | '*'))
}

/// Lines cut off mid-sentence and words broken at a line end (PDF and print leftovers).
fn truncated(doc: &Document<'_>, out: &mut Vec<Signal>) {
    let text = doc.text();
    let structure = &doc.structure;
    let mut ranges: Vec<Range<usize>> =
        structure.boilerplate.iter().filter(|(_, k)| *k == Kind::TruncatedLine).map(|(r, _)| r.clone()).collect();
    let paragraphs = &structure.paragraphs;
    for (i, p) in paragraphs.iter().enumerate() {
        let body = &text[p.clone()];
        if ends_finished(body) {
            continue;
        }
        // Only the words after the last finished sentence: "“…” ― Sonya Herridge" is an attribution line.
        let last_end =
            body.rfind(['.', '!', '?', '…', '”', '"']).map_or(0, |i| i + body[i..].chars().next().map_or(1, char::len_utf8));
        let words = body[last_end..].split_whitespace().take(8).count();
        // A subheading is short; a paragraph cut off mid-sentence is long or goes on in lower case.
        let next_lower = paragraphs.get(i + 1).and_then(|n| text[n.clone()].chars().next()).is_some_and(|c| c.is_lowercase());
        if words >= 8 || words >= 3 && next_lower {
            // The evidence is the paragraph's last words.
            let tail = body.trim_end();
            let mut start = tail.len().saturating_sub(60);
            while !tail.is_char_boundary(start) {
                start += 1;
            }
            let start = tail[start..].find(' ').map_or(start, |s| start + s + 1);
            ranges.push(p.start + start..p.start + tail.len());
        }
    }
    // "negoti-\nations": a word broken by a hyphen at a line end.
    for p in paragraphs {
        let body = &text[p.clone()];
        for (at, _) in body.match_indices("-\n") {
            let before = body[..at].chars().next_back().is_some_and(char::is_alphabetic);
            let after = body[at + 2..].chars().next().is_some_and(char::is_lowercase);
            if before && after {
                // The broken word's two halves, each at most a few dozen letters.
                let start =
                    body[..at].char_indices().rev().take(40).take_while(|(_, c)| c.is_alphabetic()).last().map_or(at, |(i, _)| i);
                let end = body[at + 2..]
                    .char_indices()
                    .take(40)
                    .take_while(|(_, c)| c.is_alphabetic())
                    .last()
                    .map_or(at + 2, |(i, c)| at + 2 + i + c.len_utf8());
                ranges.push(p.start + start..p.start + end);
            }
        }
    }
    if ranges.is_empty() {
        return;
    }
    out.push(Signal::new(
        "truncated_lines",
        Level::Notice,
        format!(
            "{} mid-sentence or break a word at the line end: the text may have been copied from a PDF or cut short.",
            plural(ranges.len(), "line stops", "lines stop")
        ),
        ranges,
    ));
}

/// Page furniture set aside from the article text.
fn furniture(doc: &Document<'_>, out: &mut Vec<Signal>) {
    let found: Vec<&(Range<usize>, Kind)> = doc.structure.boilerplate.iter().filter(|(_, k)| *k != Kind::TruncatedLine).collect();
    if found.is_empty() {
        return;
    }
    let mut kinds: Vec<(&str, usize)> = Vec::new();
    for (_, kind) in &found {
        let name = kind.as_str();
        match kinds.iter_mut().find(|(k, _)| *k == name) {
            Some((_, n)) => *n += 1,
            None => kinds.push((name, 1)),
        }
    }
    let described: Vec<String> = kinds
        .iter()
        .map(|(k, n)| {
            let k = k.replace('_', " ");
            if *n == 1 { k } else { format!("{k} ×{n}") }
        })
        .collect();
    out.push(Signal::new(
        "boilerplate",
        Level::Info,
        format!(
            "{} of page furniture ({}) were set aside and are not read as article text.",
            plural(found.len(), "line", "lines"),
            list(&described)
        ),
        found.iter().map(|(r, _)| r.clone()).collect(),
    ));
}

/// Datelines after the start of the story: "Sep 23, 2016- …" in paragraph 9, or a second
/// "BEIRUT (Reuters) -" inside the text.
fn mid_text_datelines(doc: &Document<'_>, out: &mut Vec<Signal>) {
    let text = doc.text();
    let paragraphs = &doc.structure.paragraphs;
    let first_dateline = doc.structure.dateline.as_ref().map(|d| d.range.start);
    let mut found: Vec<(Range<usize>, usize)> = Vec::new();
    let mut words_before = 0;
    for (i, p) in paragraphs.iter().enumerate() {
        if i > 0
            && let Some(d) = header::dateline(text, p)
            && is_plausible_dateline(text, &d)
        {
            // The story's own dateline may follow a subtitle or a teaser; it is "in the middle" only
            // after a real stretch of article text. Any later dateline is.
            let later = first_dateline.is_some_and(|f| f < d.range.start);
            if later || i >= 3 && words_before >= 100 {
                found.push((d.range, i));
                words_before += text[p.clone()].split_whitespace().count();
                continue;
            }
        }
        words_before += text[p.clone()].split_whitespace().count();
        // An agency dateline inside a paragraph (paragraphs run together when pasted).
        let body = &text[p.clone()];
        for (at, _) in body.match_indices('(') {
            let Some(range) = agency_dateline(body, at) else { continue };
            let range = p.start + range.start..p.start + range.end;
            // One at the start of a paragraph is the paragraph's dateline, judged above; one after a
            // line that is not a finished sentence follows a title ("Ireland wants …\nDUBLIN (AP) -").
            let after_sentence = text[p.start..range.start]
                .trim_end()
                .chars()
                .next_back()
                .is_some_and(|c| matches!(c, '.' | '!' | '?' | '"' | '”' | '’'));
            if range.start == p.start || !after_sentence || first_dateline == Some(range.start) {
                continue;
            }
            found.push((range, i));
        }
    }
    if found.is_empty() {
        return;
    }
    let (first, paragraph) = found[0].clone();
    out.push(Signal::new(
        "mid_text_dateline",
        Level::Warning,
        format!(
            "A dateline, {}, stands in the middle of the text (paragraph {} of {}){}: the text may join several stories or several versions of one.",
            quoted(&text[first], 40),
            paragraph + 1,
            paragraphs.len(),
            if found.len() > 1 { format!(", and {} more", plural(found.len() - 1, "dateline", "datelines")) } else { String::new() }
        ),
        found.into_iter().map(|(r, _)| r).collect(),
    ));
}

/// Whether a dateline found at a paragraph start is one and not a subheading in capitals
/// ("QUESTIONABLE MEDICAL CLAIMS –", "CLARIFICATION:"): it gives a date, an agency or a state
/// ("FAIRVIEW, W.Va."), or it is a place of one or two words closed by a dash.
fn is_plausible_dateline(text: &str, d: &header::DatelineMatch) -> bool {
    let written = &text[d.range.clone()];
    let separator = text.get(d.range.end..d.body_start).unwrap_or("");
    written.contains(|c: char| c.is_ascii_digit() || c == '(' || c == ',')
        || written.split_whitespace().count() <= 2 && separator.contains(['-', '–', '—'])
}

/// "BEIRUT (Reuters) -" whose bracket opens at `at` in `body`: the range from the place to the
/// closing bracket.
fn agency_dateline(body: &str, at: usize) -> Option<Range<usize>> {
    let after = &body[at + 1..];
    let agency = AGENCIES.iter().find(|a| after.starts_with(**a) && after[a.len()..].starts_with(')'))?;
    let close = at + 1 + agency.len() + 1;
    let rest = body[close..].trim_start_matches(' ');
    if !rest.starts_with(['-', '–', '—']) {
        return None;
    }
    // The place before it, written in capitals: "BEIRUT", "NEW YORK", "WASHINGTON/MOSCOW".
    let before = body[..at].trim_end_matches(' ');
    let place_start = before
        .char_indices()
        .rev()
        .take(40)
        .take_while(|(_, c)| c.is_uppercase() || matches!(c, ' ' | '/' | '.' | '\'' | '-'))
        .last()
        .map(|(i, _)| i)?;
    let place = before[place_start..].trim_start_matches(|c: char| !c.is_uppercase());
    if place.chars().filter(|c| c.is_uppercase()).count() < 3 {
        return None;
    }
    Some(before.len() - place.len()..close)
}

/// Sentences of more than [`LONG_SENTENCE_WORDS`] words.
fn long_sentences(doc: &Document<'_>, out: &mut Vec<Signal>) {
    let text = doc.text();
    let sentences = &doc.structure.sentences;
    let long: Vec<(Range<usize>, usize)> = sentences
        .iter()
        .map(|(r, _)| (r.clone(), text[r.clone()].split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count()))
        .filter(|(_, n)| *n > LONG_SENTENCE_WORDS)
        .collect();
    if long.is_empty() {
        return;
    }
    let level = if long.len() >= 3 || long.len() * 10 >= sentences.len() { Level::Notice } else { Level::Info };
    let longest = long.iter().map(|(_, n)| *n).max().unwrap_or(0);
    out.push(Signal::new(
        "long_sentences",
        level,
        format!(
            "{} more than {LONG_SENTENCE_WORDS} words (the longest {longest}); readers lose the thread in sentences that long.",
            plural(long.len(), "sentence has", "sentences have")
        ),
        long.into_iter().map(|(r, _)| r).collect(),
    ));
}

/// Very hard or very easy text by the Flesch reading ease.
fn readability(doc: &Document<'_>, out: &mut Vec<Signal>) {
    let stats = &doc.stats;
    let ease = stats.readability.flesch_reading_ease;
    if stats.words < READABILITY_MIN_WORDS || (HARD..=EASY).contains(&ease) {
        return;
    }
    let text = doc.text();
    let hard = ease < HARD;
    // The evidence: the three longest sentences for hard text, the three shortest for easy text.
    let mut by_length: Vec<(usize, Range<usize>)> =
        doc.structure.sentences.iter().map(|(r, _)| (text[r.clone()].split_whitespace().count(), r.clone())).collect();
    by_length.sort_by_key(|(n, r)| if hard { (usize::MAX - n, r.start) } else { (*n, r.start) });
    let ranges: Vec<Range<usize>> = by_length.into_iter().take(3).map(|(_, r)| r).collect();
    let message = if hard {
        format!(
            "Very hard to read: Flesch reading ease {ease:.0} (below {HARD:.0}: university level), {:.0} words a sentence on average.",
            stats.average_sentence_length
        )
    } else {
        format!(
            "Very easy to read: Flesch reading ease {ease:.0} (above {EASY:.0}), {:.0} words a sentence on average.",
            stats.average_sentence_length
        )
    };
    out.push(Signal::new("readability", if hard { Level::Notice } else { Level::Info }, message, ranges));
}
