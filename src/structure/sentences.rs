//! Sentence boundaries inside a paragraph.
//!
//! Written by hand because the Unicode rule (UAX #29, as in
//! unicode-segmentation) breaks after every "Mr." and "Gen." and cannot know
//! news abbreviations; this splitter knows them and still breaks on the
//! common shapes of news prose: closing quotes after the full stop, ellipses,
//! quotes that open the next sentence.

use std::ops::Range;

/// Abbreviations after which a full stop does not end the sentence (lower-cased, without the dot).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "adm", "cmdr", "gov", "sen", "rep",
    "rev", "hon", "pres", "supt", "insp", "det", "st", "mt", "ft", "jr", "sr", "messrs", "mme", "mlle", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat",
    "sun", "no", "nos", "vol", "vs", "v", "etc", "approx", "est", "dept", "univ", "assn", "bros", "ave", "blvd", "rd", "fig",
    "al", "cf", "e.g", "i.e", "a.m", "p.m", "inc", "corp", "ltd", "co", "u.s", "u.n", "u.k", "e.u", "d.c", "no",
];

/// Words that, capitalised after an abbreviation such as "U.S." or "Inc.", show a new sentence began.
const SENTENCE_STARTERS: &[&str] = &[
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "You",
    "This",
    "That",
    "These",
    "Those",
    "But",
    "And",
    "In",
    "On",
    "At",
    "His",
    "Her",
    "Its",
    "Their",
    "There",
    "Our",
    "After",
    "Before",
    "When",
    "While",
    "If",
    "As",
    "Some",
    "Many",
    "Most",
    "Officials",
    "However",
    "Meanwhile",
    "Still",
    "Yet",
    "So",
];

/// Abbreviations that often end a sentence too ("… in the U.S. The …"): they break before a sentence starter.
const AMBIGUOUS: &[&str] =
    &["u.s", "u.n", "u.k", "e.u", "d.c", "inc", "corp", "ltd", "co", "etc", "jr", "sr", "a.m", "p.m", "no"];

fn is_closing(ch: char) -> bool {
    matches!(ch, '"' | '\'' | '”' | '’' | '»' | ')' | ']' | '}' | '›')
}

fn is_opening(ch: char) -> bool {
    matches!(ch, '"' | '\'' | '“' | '‘' | '«' | '(' | '[' | '‹' | '„' | '¿' | '¡')
}

/// The word just before byte `dot` in `text` (letters, digits and inner dots).
fn word_before(text: &str, dot: usize) -> &str {
    let head = &text[..dot];
    let start = head
        .rfind(|c: char| !(c.is_alphanumeric() || c == '.' || c == '-'))
        .map_or(0, |i| i + head[i..].chars().next().map_or(1, char::len_utf8));
    &head[start..]
}

/// The word starting at byte `at` (skipping opening quotes).
fn word_after(text: &str, at: usize) -> &str {
    let tail = text[at..].trim_start_matches(is_opening);
    let end = tail.find(|c: char| !c.is_alphanumeric()).unwrap_or(tail.len());
    &tail[..end]
}

/// Whether a full stop at byte `dot`, followed by text starting at `next`, ends a sentence.
fn period_ends_sentence(text: &str, dot: usize, next: usize) -> bool {
    let word = word_before(text, dot);
    let lower = word.to_lowercase();
    let following = word_after(text, next);
    let first = following.chars().next();
    // A lower-case continuation never starts a sentence in news prose.
    if first.is_some_and(char::is_lowercase) {
        return false;
    }
    // Initials: "John F. Kennedy", "J.K. Rowling".
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    if letters == 1 && word.chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    if ABBREVIATIONS.contains(&lower.as_str()) {
        if AMBIGUOUS.contains(&lower.as_str()) {
            return SENTENCE_STARTERS.contains(&following);
        }
        // "No. 10" and "Sept. 23" go on; "No." at the end of a quote ends it.
        return false;
    }
    // Dotted acronyms not in the list ("U.A.E.") behave like the ambiguous ones.
    if word.contains('.') && letters <= 4 {
        return SENTENCE_STARTERS.contains(&following);
    }
    true
}

/// Splits `text[paragraph]` into trimmed sentence ranges.
pub fn sentences(text: &str, paragraph: Range<usize>) -> Vec<Range<usize>> {
    let mut result = Vec::new();
    let mut start = paragraph.start;
    let body = &text[..paragraph.end];
    let mut chars = body[paragraph.start..].char_indices().map(|(i, c)| (i + paragraph.start, c)).peekable();
    while let Some((index, ch)) = chars.next() {
        if !matches!(ch, '.' | '!' | '?' | '…' | '。' | '！' | '？') {
            continue;
        }
        // Take the whole run of terminal marks and closing quotes/brackets.
        let mut end = index + ch.len_utf8();
        while let Some(&(i, c)) = chars.peek() {
            if matches!(c, '.' | '!' | '?' | '…') || is_closing(c) {
                end = i + c.len_utf8();
                chars.next();
            } else {
                break;
            }
        }
        // A boundary needs whitespace next, then something that can open a sentence.
        let rest = &body[end..];
        let trimmed = rest.trim_start();
        if trimmed.len() == rest.len() || trimmed.is_empty() {
            continue;
        }
        let next = end + (rest.len() - trimmed.len());
        let next_char = trimmed.chars().next().unwrap_or(' ');
        if !(next_char.is_uppercase()
            || next_char.is_numeric()
            || is_opening(next_char)
            || !next_char.is_alphabetic() && !next_char.is_ascii_punctuation())
        {
            continue;
        }
        let ends = match ch {
            '.' if end == index + 1 => period_ends_sentence(body, index, next),
            // An ellipsis followed by a capital usually ends a sentence; "…" inside
            // a quotation followed by lower case was already skipped above.
            _ => true,
        };
        if ends {
            result.push(start..end);
            start = next;
        }
    }
    if start < paragraph.end {
        result.push(start..paragraph.end);
    }
    result.into_iter().map(|r| crate::document::trim_range(text, r)).filter(|r| !r.is_empty()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text, 0..text.len()).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn abbreviations_initials_and_decimals_do_not_split() {
        assert_eq!(
            split("Mr. Smith met Gen. Jones on Sept. 23 at 3.5 p.m. local time. They talked."),
            ["Mr. Smith met Gen. Jones on Sept. 23 at 3.5 p.m. local time.", "They talked."]
        );
        assert_eq!(
            split("John F. Kennedy visited the U.S. Embassy. It rained."),
            ["John F. Kennedy visited the U.S. Embassy.", "It rained."]
        );
        assert_eq!(split("He lives in the U.S. The rest do not."), ["He lives in the U.S.", "The rest do not."]);
        assert_eq!(split("Dr. No. 10 Downing St. is busy."), ["Dr. No. 10 Downing St. is busy."]);
    }

    #[test]
    fn quotes_and_ellipses() {
        assert_eq!(split("He said: “It is over.” Then he left."), ["He said: “It is over.”", "Then he left."]);
        assert_eq!(split("“Is it?” she asked. “Yes!” he said."), ["“Is it?” she asked.", "“Yes!” he said."]);
        assert_eq!(split("a “long, painful … meeting”. Next one."), ["a “long, painful … meeting”.", "Next one."]);
        assert_eq!(split("It ended... Then war."), ["It ended...", "Then war."]);
    }

    #[test]
    fn no_terminal_punctuation() {
        assert_eq!(split("a headline without a stop"), ["a headline without a stop"]);
        assert!(split("").is_empty());
    }
}
