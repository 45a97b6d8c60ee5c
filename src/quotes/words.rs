//! The tokens the attribution rules look at: words, punctuation and whole quotations.
//!
//! Hand-rolled rather than `crate::tokens` (UAX #29) because the rules need a quotation as
//! one token, "Mr." and "U.S." as one word, and only a few bits per word.

use std::ops::Range;

use compact_str::CompactString;

use super::marks::Quoted;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A word (letters, digits and inner - ' ’ .).
    Word,
    /// One punctuation character.
    Punct(char),
    /// A whole quotation, marks included; the index into the unit's quotes.
    Quote(usize),
}

/// One token of a unit.
#[derive(Debug, Clone)]
pub struct Tok {
    /// Byte range in the text.
    pub range: Range<usize>,
    /// What it is.
    pub kind: Kind,
    /// Lower-cased text (words only; empty otherwise). Inline up to 24 bytes: one heap string
    /// per token was the stage's largest allocation cost.
    pub lower: CompactString,
    /// Starts with an upper-case letter.
    pub cap: bool,
    /// The word lists its lower-case form is in ([`super::lexicon::list`]; none unless a word).
    pub lists: u16,
}

impl Tok {
    /// Whether this is the word `w` (lower case).
    pub fn is(&self, w: &str) -> bool {
        self.kind == Kind::Word && self.lower == w
    }
    /// Whether this is a word.
    pub fn word(&self) -> bool {
        self.kind == Kind::Word
    }
    /// Whether this is the punctuation `c`.
    pub fn punct(&self, c: char) -> bool {
        self.kind == Kind::Punct(c)
    }
    /// Whether this is a word in the lists `lists` (bits of [`super::lexicon::list`]).
    pub fn is_in(&self, lists: u16) -> bool {
        self.lists & lists != 0
    }
    /// Whether this is a quotation.
    pub fn quote(&self) -> Option<usize> {
        match self.kind {
            Kind::Quote(i) => Some(i),
            _ => None,
        }
    }
}

/// Short capitalised abbreviations whose full stop belongs to the word.
const DOTTED: &[&str] = &[
    "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "st", "jr", "sr", "lt", "col", "sgt", "prof", "rev", "capt", "adm",
    "maj", "cpl", "pres", "atty", "supt", "det", "insp", "hon",
];

fn is_dash_or_ellipsis(c: char) -> bool {
    matches!(c, '—' | '–' | '―' | '‒' | '…' | '•' | '·' | '«' | '»' | '„' | '\u{a0}')
}

/// Tokens of `text[range]`, with each quotation in `quotes` (sorted, inside `range`) as one token.
pub fn tokenize(text: &str, range: Range<usize>, quotes: &[Quoted]) -> Vec<Tok> {
    // About a token in five bytes: sized so that the vector rarely grows.
    let mut toks = Vec::with_capacity(range.len() / 5 + 1);
    let mut q = 0;
    let mut pos = range.start;
    while pos < range.end {
        while q < quotes.len() && quotes[q].outer.start < pos {
            q += 1;
        }
        if q < quotes.len() && quotes[q].outer.start == pos {
            let end = quotes[q].outer.end.min(range.end).max(pos + 1);
            toks.push(Tok { range: pos..end, kind: Kind::Quote(q), lower: CompactString::default(), cap: false, lists: 0 });
            pos = end;
            while !text.is_char_boundary(pos) {
                pos += 1;
            }
            q += 1;
            continue;
        }
        let Some(ch) = text[pos..range.end].chars().next() else { break };
        if ch.is_whitespace() {
            pos += ch.len_utf8();
            continue;
        }
        if !ch.is_alphanumeric() {
            toks.push(Tok {
                range: pos..pos + ch.len_utf8(),
                kind: Kind::Punct(ch),
                lower: CompactString::default(),
                cap: false,
                lists: 0,
            });
            pos += ch.len_utf8();
            continue;
        }
        // A word: alphanumerics joined by - ' ’ . when another alphanumeric follows.
        let limit = quotes.get(q).map_or(range.end, |next| next.outer.start.min(range.end));
        let mut end = pos;
        let mut iter = text[pos..limit].char_indices().peekable();
        while let Some((i, c)) = iter.next() {
            // Letters, digits, and other non-ASCII symbols glued to them (mojibake such as "FranÃÂ§ois").
            if c.is_alphanumeric() || !c.is_ascii() && !c.is_whitespace() && !super::marks::is_mark(c) && !is_dash_or_ellipsis(c)
            {
                end = pos + i + c.len_utf8();
            } else if matches!(c, '-' | '\'' | '’' | '.' | '&') && iter.peek().is_some_and(|&(_, n)| n.is_alphanumeric()) {
                continue;
            } else {
                break;
            }
        }
        let word = &text[pos..end];
        let lower = crate::tokens::lowercase(word);
        let cap = word.chars().next().is_some_and(char::is_uppercase);
        // "Mr." "U.S." "J." keep their full stop.
        if text[end..limit].starts_with('.')
            && cap
            && (DOTTED.contains(&lower.as_str())
                || word.contains('.')
                || word.chars().count() == 1
                // A party and state: "R-Ky.", "D-Wis."
                || word.contains('-') && word.len() <= 6)
        {
            end += 1;
        }
        let lists = super::lexicon::lists_of(&lower);
        toks.push(Tok { range: pos..end, kind: Kind::Word, lower, cap, lists });
        pos = end;
    }
    toks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_abbreviations_and_quotes() {
        let text = "“Go,” said Mr. Smith of the U.S. al-Khatib’s team.";
        let quotes = super::super::marks::find(text, 0..text.len(), false);
        let toks = tokenize(text, 0..text.len(), &quotes);
        let shown: Vec<&str> = toks.iter().map(|t| &text[t.range.clone()]).collect();
        assert_eq!(shown, ["“Go,”", "said", "Mr.", "Smith", "of", "the", "U.S.", "al-Khatib’s", "team", "."]);
        assert_eq!(toks[0].quote(), Some(0));
    }
}
