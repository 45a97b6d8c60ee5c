//! The lexed layer: a small word lexer shared by the time and quantities stages, and [`Lexed`], the
//! tokens of the headline, dateline and every sentence, lexed once per analysis.
//!
//! Hand-written rather than a regex table: the matchers in these stages walk
//! tokens with look-ahead, and a lexer of a few dozen lines keeps the wasm
//! small and the work linear. Both stages read the same units, so lexing them
//! once for both halves the lexing (it was ~18 M instructions a stage on the
//! PolNeAR dev articles).

use std::ops::Range;

use compact_str::CompactString;

use crate::document::Document;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters (with inner apostrophes, and the dots of `a.m.`, `Sept.`, `U.S.`).
    Word,
    /// Digits, with inner `,` `.` `:` between digits (`32,736`, `1.5`, `10:30`).
    Number,
    /// Any other single character that is not whitespace.
    Punct,
}

/// One token of the working text.
#[derive(Debug, Clone)]
pub(crate) struct Token<'t> {
    /// Byte range into the working text.
    pub range: Range<usize>,
    /// The token's text.
    pub text: &'t str,
    pub kind: Kind,
    /// True when whitespace separates it from the previous token.
    pub gap: bool,
}

impl Token<'_> {
    /// Case-insensitive equality with an ASCII word.
    pub fn is(&self, word: &str) -> bool {
        self.text.eq_ignore_ascii_case(word)
    }

    /// The word without a trailing abbreviation dot, lowercased when short (for table look-ups).
    ///
    /// A `CompactString`, inline up to 24 bytes: the matchers ask for it many times a sentence, and
    /// a heap string each time was the stage's largest allocation cost.
    pub fn lower(&self) -> CompactString {
        let mut lower = CompactString::from(self.text.trim_end_matches('.'));
        lower.make_ascii_lowercase();
        lower
    }

    /// Calls `f` with the ASCII-lowercased token (without a trailing dot) when it is a short ASCII
    /// word, without allocating: the fast gate the matchers use before any real work.
    pub fn with_lower<R>(&self, f: impl FnOnce(&str) -> R) -> Option<R> {
        let word = self.text.trim_end_matches('.');
        let mut buf = [0u8; 16];
        if word.len() > buf.len() || !word.is_ascii() {
            return None;
        }
        // Lowered byte by byte as it is copied: a `copy_from_slice` of a variable length was a
        // `memcpy` call for every word.
        for (to, from) in buf.iter_mut().zip(word.bytes()) {
            *to = from.to_ascii_lowercase();
        }
        std::str::from_utf8(&buf[..word.len()]).ok().map(f)
    }

    /// True for a token of one character `c`.
    pub fn is_char(&self, c: char) -> bool {
        self.kind == Kind::Punct && self.text.starts_with(c) && self.text.len() == c.len_utf8()
    }

    /// Starts with an uppercase letter.
    pub fn capitalized(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }
}

/// Abbreviations that keep their dot (months, weekdays, and a few that follow figures).
const DOTTED: &[&str] = &[
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu",
    "thur", "thurs", "fri", "sat", "sun", "approx", "mr", "mrs", "ms", "dr", "vs", "ft", "lb", "lbs", "oz", "sq",
];

/// The tokens of the units the time and quantities stages read (headline, dateline, each sentence),
/// each unit lexed on its own as [`tokens`] would, all in one vector.
///
/// Built once per analysis from the structure layer and handed to [`crate::time::run_lexed`] and
/// [`crate::quantities::run_lexed`]; it borrows the document's working text.
#[derive(Debug, Clone, Default)]
pub struct Lexed<'t> {
    /// The tokens of every unit, in the order headline, dateline, sentences.
    tokens: Vec<Token<'t>>,
    /// Token indices of the headline, when there is one.
    headline: Option<Range<usize>>,
    /// Token indices of the dateline, when there is one.
    dateline: Option<Range<usize>>,
    /// Token indices of each sentence, in the structure's order.
    sentences: Vec<Range<usize>>,
}

impl<'t> Lexed<'t> {
    /// Lexes the headline, the dateline and every sentence of `doc` (its structure layer must be built).
    pub fn new(doc: &'t Document<'_>) -> Self {
        let text = doc.text();
        let structure = &doc.structure;
        let headline = structure.headline.clone();
        let dateline = structure.dateline.as_ref().map(|d| d.range.clone());
        let sentences = || structure.sentences.iter().map(|(r, _)| r.clone());
        // One reservation for all units, at the lexer's estimate of a token in six bytes.
        let bytes: usize = headline.iter().chain(&dateline).map(Range::len).chain(sentences().map(|r| r.len())).sum();
        let mut lexed = Lexed {
            tokens: Vec::with_capacity(bytes / 6 + structure.sentences.len() + 2),
            headline: None,
            dateline: None,
            sentences: Vec::with_capacity(structure.sentences.len()),
        };
        let links = &structure.links;
        lexed.headline = headline.map(|r| lexed.push(text, r, links));
        lexed.dateline = dateline.map(|r| lexed.push(text, r, links));
        for range in sentences() {
            let unit = lexed.push(text, range, links);
            lexed.sentences.push(unit);
        }
        lexed
    }

    /// Lexes one unit onto the end; returns its token indices.
    fn push(&mut self, text: &'t str, range: Range<usize>, links: &[Range<usize>]) -> Range<usize> {
        let start = self.tokens.len();
        tokens_into(text, range, links, &mut self.tokens);
        start..self.tokens.len()
    }

    /// The headline's tokens, when there is a headline.
    pub(crate) fn headline(&self) -> Option<&[Token<'t>]> {
        self.headline.clone().map(|r| &self.tokens[r])
    }

    /// The dateline's tokens, when there is a dateline.
    pub(crate) fn dateline(&self) -> Option<&[Token<'t>]> {
        self.dateline.clone().map(|r| &self.tokens[r])
    }

    /// The tokens of each sentence, in the structure's order.
    pub(crate) fn sentences(&self) -> impl Iterator<Item = &[Token<'t>]> {
        self.sentences.iter().map(|r| &self.tokens[r.clone()])
    }
}

/// Splits `text[range]` into tokens, appending them to `out` (the first token has `gap` set, as at
/// the start of a text). The parts of `links` (sorted and disjoint) in the range are skipped as if
/// they were white space: the digits of "politi.co/2176fPm" are no year, nor its path a figure.
fn tokens_into<'t>(text: &'t str, range: Range<usize>, links: &[Range<usize>], out: &mut Vec<Token<'t>>) {
    let bytes = text.as_bytes();
    let mut i = range.start;
    let end = range.end.min(text.len());
    let mut gap = true;
    let mut links = &links[links.partition_point(|l| l.end <= i)..];
    while i < end {
        if let Some(link) = links.first()
            && link.start <= i
        {
            i = link.end.max(i);
            links = &links[1..];
            gap = true;
            continue;
        }
        // The usual separator, without decoding a character.
        if bytes[i] == b' ' {
            gap = true;
            i += 1;
            continue;
        }
        let Some(c) = text[i..end].chars().next() else { break };
        if c.is_whitespace() {
            gap = true;
            i += c.len_utf8();
            continue;
        }
        let start = i;
        let kind;
        // A decimal written without its zero (".39 Mbps", "$.50") starts at its point: after a
        // space or a currency sign, never inside a word or after a number ("No.1", "2.5").
        let bare_decimal =
            c == '.' && bytes.get(i + 1).is_some_and(u8::is_ascii_digit) && (gap || text[..i].ends_with(['$', '£', '€', '(']));
        if c.is_ascii_digit() || bare_decimal {
            kind = Kind::Number;
            i += 1;
            while i < end {
                let b = bytes[i];
                if b.is_ascii_digit() {
                    i += 1;
                } else if matches!(b, b',' | b'.' | b':') && i + 1 < end && bytes[i + 1].is_ascii_digit() {
                    i += 2;
                } else {
                    break;
                }
            }
        } else if c.is_alphabetic() {
            kind = Kind::Word;
            i += c.len_utf8();
            while i < end {
                // ASCII letters, most of every word, need no decoding and never join.
                if bytes[i].is_ascii_alphabetic() {
                    i += 1;
                    continue;
                }
                let Some(d) = text[i..end].chars().next() else { break };
                let joins = matches!(d, '\'' | '’' | '.')
                    && text[i + d.len_utf8()..end].chars().next().is_some_and(char::is_alphabetic)
                    // "a.m.", "U.S.": a dot only after a single letter.
                    && (d != '.' || text[start..i].rsplit('.').next().is_some_and(|seg| seg.chars().count() == 1));
                if d.is_alphabetic() || joins {
                    i += d.len_utf8();
                } else {
                    break;
                }
            }
            // A trailing dot belongs to an abbreviation ("Sept.", "a.m.").
            if i < end && bytes[i] == b'.' {
                let word = &text[start..i];
                if word.contains('.') || DOTTED.iter().any(|d| word.eq_ignore_ascii_case(d)) {
                    i += 1;
                }
            }
        } else {
            kind = Kind::Punct;
            i += c.len_utf8();
        }
        // The possessive is a token of its own: "last year's", "Thursday's".
        let word = &text[start..i];
        let possessive = if kind == Kind::Word { word.strip_suffix("'s").or_else(|| word.strip_suffix("’s")) } else { None };
        match possessive {
            Some(base) if !base.is_empty() => {
                let cut = start + base.len();
                out.push(Token { range: start..cut, text: &text[start..cut], kind, gap });
                out.push(Token { range: cut..i, text: &text[cut..i], kind, gap: false });
            }
            _ => out.push(Token { range: start..i, text: &text[start..i], kind, gap }),
        }
        gap = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<&str> {
        let mut toks = Vec::new();
        tokens_into(s, 0..s.len(), &[], &mut toks);
        toks.into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn splits_numbers_words_and_abbreviations() {
        assert_eq!(
            texts("On Sept. 23, 2016 at 10:30 a.m. 32,736 people"),
            ["On", "Sept.", "23", ",", "2016", "at", "10:30", "a.m.", "32,736", "people"]
        );
        assert_eq!(
            texts("the 1990s, 30-year-old U.S. man's $5bn."),
            ["the", "1990", "s", ",", "30", "-", "year", "-", "old", "U.S.", "man", "'s", "$", "5", "bn", "."]
        );
        assert_eq!(texts("end."), ["end", "."]);
    }

    #[test]
    fn a_decimal_without_its_zero_keeps_its_point() {
        assert_eq!(texts("up .39 Mbps, $.50 (.5)"), ["up", ".39", "Mbps", ",", "$", ".50", "(", ".5", ")"]);
        // Not inside a word or after a number, nor a sentence's full stop before a digit.
        assert_eq!(texts("No.1 won 2.5 in 2016.5 more"), ["No", ".", "1", "won", "2.5", "in", "2016.5", "more"]);
        assert_eq!(texts("end.5 more"), ["end", ".", "5", "more"]);
    }
}
