//! Tokens for the entity tagger, cut the way CoNLL-2003 (Penn Treebank style) cuts them.
//!
//! The tagger was trained on those tokens, so raw text must be cut the same way:
//! punctuation apart, `'s` and `n't` split off, but "U.S.", "Corp." and "1,000" whole.
//! The crate's UAX #29 tokens (`crate::tokens`) keep "Kerry's" whole and cut "U.S."
//! in two, which is why this is hand-rolled.

use std::ops::Range;

/// Words that keep their final full stop (abbreviations), lower case, without the stop.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "maj", "st", "jr",
    "sr", "inc", "corp", "co", "ltd", "plc", "bros", "no", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "mt", "ft", "pres", "rev", "hon", "messrs", "fr", "dept", "univ", "ave", "blvd", "approx",
    "est", "fig", "vol", "ca", "cf",
];

fn is_split_punct(c: char) -> bool {
    matches!(
        c,
        ',' | ';'
            | ':'
            | '!'
            | '?'
            | '('
            | ')'
            | '['
            | ']'
            | '{'
            | '}'
            | '"'
            | '“'
            | '”'
            | '‘'
            | '’'
            | '\''
            | '«'
            | '»'
            | '—'
            | '–'
            | '…'
            | '|'
            | '*'
    )
}

/// Whether `word` (without its final stop) is an abbreviation that keeps the stop.
fn keeps_stop(word: &str) -> bool {
    if word.is_empty() {
        return false;
    }
    // "U.S", "a.m", "J" (an initial).
    if word.contains('.') && word.chars().all(|c| c.is_alphabetic() || c == '.') {
        return true;
    }
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return c.is_alphabetic() && c.is_uppercase();
    }
    word.len() <= 7 && ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word))
}

/// Cuts `text[range]` into tokens (byte ranges into `text`).
pub fn tokenize(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let slice = &text[range.clone()];
    let mut chunk_start: Option<usize> = None;
    for (i, c) in slice.char_indices().chain(std::iter::once((slice.len(), ' '))) {
        if c.is_whitespace() {
            if let Some(s) = chunk_start.take() {
                split_chunk(text, range.start + s, range.start + i, out);
            }
        } else if chunk_start.is_none() {
            chunk_start = Some(i);
        }
    }
}

/// Splits one whitespace-free chunk into tokens.
fn split_chunk(text: &str, mut start: usize, end: usize, out: &mut Vec<Range<usize>>) {
    // Leading punctuation, one character at a time.
    while start < end {
        let c = text[start..end].chars().next().unwrap_or(' ');
        if is_split_punct(c) {
            out.push(start..start + c.len_utf8());
            start += c.len_utf8();
        } else {
            break;
        }
    }
    // Trailing punctuation: peeled off the end first, pushed after the word. Every trailing token
    // is one character, so they are the characters of `text[word_end..end]` in order (no buffer).
    let mut word_end = end;
    while start < word_end {
        let word = &text[start..word_end];
        let c = word.chars().next_back().unwrap_or(' ');
        if c == '.' {
            if word.len() > 1 && word[..word.len() - 1].ends_with('.') {
                // "..." or "U.S.." : peel one stop.
                word_end -= 1;
                continue;
            }
            if keeps_stop(&word[..word.len() - 1]) {
                break;
            }
            word_end -= 1;
        } else if is_split_punct(c) {
            // An apostrophe ending a plural possessive ("rebels'") is its own token too.
            word_end -= c.len_utf8();
        } else {
            break;
        }
    }
    if start < word_end {
        let word = &text[start..word_end];
        match clitic_len(word) {
            Some(n) => {
                out.push(start..word_end - n);
                out.push(word_end - n..word_end);
            }
            None => out.push(start..word_end),
        }
    }
    out.extend(text[word_end..end].char_indices().map(|(i, c)| word_end + i..word_end + i + c.len_utf8()));
}

/// The length of a clitic ending `word`: "Kerry's" → "Kerry" "'s", "don't" → "do" "n't".
fn clitic_len(word: &str) -> Option<usize> {
    // Every clitic holds an apostrophe (`'`, or `’`, whose last UTF-8 byte is 0x99) in the last
    // five bytes: most words are settled by that test alone.
    let tail = &word.as_bytes()[word.len().saturating_sub(5)..];
    if !tail.iter().any(|&b| b == b'\'' || b == 0x99) {
        return None;
    }
    ["'s", "’s", "'S", "’S", "'ve", "’ve", "'re", "’re", "'ll", "’ll", "'d", "’d", "'m", "’m"]
        .iter()
        .find(|s| word.len() > s.len() && word.ends_with(*s))
        .map(|s| s.len())
        .or_else(|| {
            // "n't" in any case ("DON'T"): compared ignoring ASCII case, without a lower-cased copy.
            ["n't", "n’t"]
                .iter()
                .find(|s| word.len() > s.len() + 1 && word.as_bytes()[word.len() - s.len()..].eq_ignore_ascii_case(s.as_bytes()))
                .map(|s| s.len())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        tokenize(text, 0..text.len(), &mut out);
        out.into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn cuts_like_conll() {
        assert_eq!(
            toks("Kerry's U.S. trip (to Moscow), Mr. Lavrov said: \"don't\"."),
            [
                "Kerry", "'s", "U.S.", "trip", "(", "to", "Moscow", ")", ",", "Mr.", "Lavrov", "said", ":", "\"", "do", "n't",
                "\"", "."
            ]
        );
        assert_eq!(toks("It rose 1,000 points in 1996-08-22."), ["It", "rose", "1,000", "points", "in", "1996-08-22", "."]);
        assert_eq!(toks("the rebels' city… “Yes”"), ["the", "rebels", "'", "city", "…", "“", "Yes", "”"]);
        assert_eq!(toks(""), Vec::<&str>::new());
    }
}
