//! Tokens: words, numbers, punctuation and symbols of each sentence (UAX #29 word boundaries).

use std::ops::Range;

use compact_str::CompactString;

use unicode_segmentation::UnicodeSegmentation;

/// `word` in lower case, inline (no heap allocation) up to 24 bytes: the word stages lower-case
/// every word they read, and a heap `String` each was a large part of their cost.
pub fn lowercase(word: &str) -> CompactString {
    if word.is_ascii() {
        let mut lower = CompactString::from(word);
        lower.make_ascii_lowercase();
        lower
    } else {
        CompactString::from(word.to_lowercase())
    }
}

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Number,
    Punct,
    Symbol,
}

impl TokenKind {
    /// The name used in the JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            TokenKind::Word => "word",
            TokenKind::Number => "number",
            TokenKind::Punct => "punct",
            TokenKind::Symbol => "symbol",
        }
    }
}

fn kind_of(token: &str) -> TokenKind {
    if token.chars().any(char::is_alphabetic) {
        TokenKind::Word
    } else if token.chars().any(char::is_numeric) {
        TokenKind::Number
    } else if token.chars().all(|c| c.is_ascii_punctuation() || is_unicode_punctuation(c)) {
        TokenKind::Punct
    } else {
        TokenKind::Symbol
    }
}

fn is_unicode_punctuation(c: char) -> bool {
    matches!(
        c,
        '“' | '”'
            | '‘'
            | '’'
            | '«'
            | '»'
            | '„'
            | '–'
            | '—'
            | '…'
            | '·'
            | '‹'
            | '›'
            | '¿'
            | '¡'
            | '。'
            | '、'
            | '，'
    )
}

/// The non-space tokens of `text[range]`, with their kinds.
pub fn tokens(text: &str, range: Range<usize>) -> impl Iterator<Item = (Range<usize>, TokenKind)> + '_ {
    let slice = &text[range.clone()];
    // Most sentences of English news are ASCII plus curly quotes and dashes: those take the fast
    // path, which gives exactly the UAX #29 tokens (a property test checks it against the crate).
    let fast = slice.is_ascii() || slice.chars().all(|c| c.is_ascii() || simple_class(c).is_some());
    let (mut fast_tokens, mut general) = if fast {
        (Some(SimpleWords { text: slice.as_bytes(), at: 0 }), None)
    } else {
        (None, Some(slice.split_word_bound_indices().filter(|(_, token)| !token.trim().is_empty())))
    };
    std::iter::from_fn(move || match (&mut fast_tokens, &mut general) {
        (Some(words), _) => words.next(),
        (None, Some(words)) => words.next().map(|(offset, token)| (offset..offset + token.len(), kind_of(token))),
        (None, None) => None,
    })
    .map(move |(token, kind)| (range.start + token.start..range.start + token.end, kind))
}

/// The UAX #29 Word_Break classes that occur in [`SimpleWords`]' text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum WordClass {
    Letter,
    Numeric,
    ExtendNumLet,
    MidLetter,
    MidNum,
    MidNumLet,
    CarriageReturn,
    Newline,
    Space,
    Other,
}

/// The Word_Break class of an ASCII character, or of one of the few other characters common in
/// English news (curly quotes, dashes, the ellipsis); `None` for any other.
const fn simple_class(c: char) -> Option<WordClass> {
    use WordClass::*;
    Some(match c {
        'a'..='z' | 'A'..='Z' => Letter,
        '0'..='9' => Numeric,
        '_' => ExtendNumLet,
        ':' => MidLetter,
        ',' | ';' => MidNum,
        '.' | '\'' | '‘' | '’' => MidNumLet,
        '\r' => CarriageReturn,
        '\n' | '\u{0B}' | '\u{0C}' => Newline,
        ' ' => Space,
        '\0'..='\u{7F}' | '“' | '”' | '–' | '—' | '…' => Other,
        _ => return None,
    })
}

/// [`simple_class`] of every ASCII byte, looked up rather than matched per character.
const ASCII_CLASS: [WordClass; 128] = {
    let mut table = [WordClass::Other; 128];
    let mut b = 0;
    while b < 128 {
        if let Some(class) = simple_class(b as u8 as char) {
            table[b] = class;
        }
        b += 1;
    }
    table
};

/// UAX #29 word boundaries for text whose every character has a [`simple_class`]. Hand-written
/// because `unicode-segmentation` looks up every character in its full Unicode tables, which
/// made tokenizing a third of the tone stage; here the rules reduce to a few comparisons. It reads
/// bytes: the only characters beyond ASCII here are three-byte ones starting E2 80, of which only
/// the single curly quotes join words (as `MidNumLet`).
struct SimpleWords<'a> {
    text: &'a [u8],
    at: usize,
}

impl SimpleWords<'_> {
    #[inline]
    fn class_at(&self, i: usize) -> Option<(WordClass, usize)> {
        let &b = self.text.get(i)?;
        if b < 0x80 {
            return Some((ASCII_CLASS[b as usize], 1));
        }
        // ‘ and ’ are E2 80 98 and E2 80 99; “ ” – — … are the other E2 80 xx allowed.
        let class = if matches!(self.text.get(i + 2), Some(0x98 | 0x99)) { WordClass::MidNumLet } else { WordClass::Other };
        Some((class, 3))
    }
}

impl Iterator for SimpleWords<'_> {
    /// The token's byte range in the text and its kind; white space is skipped.
    type Item = (Range<usize>, TokenKind);

    fn next(&mut self) -> Option<Self::Item> {
        use WordClass::*;
        loop {
            let start = self.at;
            let (class, len) = self.class_at(start)?;
            let mut end = start + len;
            let kind = match class {
                // WB3: CR × LF; white space is no token.
                CarriageReturn | Newline => {
                    if class == CarriageReturn && self.text.get(end) == Some(&b'\n') {
                        end += 1;
                    }
                    None
                }
                // WB3d: spaces stay together.
                Space => {
                    while self.text.get(end) == Some(&b' ') {
                        end += 1;
                    }
                    None
                }
                // WB5, WB8–WB10, WB13a–b join letters, digits and underscores; WB6–7 and WB11–12
                // join a middle character between two letters or two digits.
                Letter | Numeric | ExtendNumLet => {
                    let mut last = class;
                    let (mut letter, mut digit) = (class == Letter, class == Numeric);
                    while let Some((next, next_len)) = self.class_at(end) {
                        if matches!(next, Letter | Numeric | ExtendNumLet) {
                            letter |= next == Letter;
                            digit |= next == Numeric;
                            last = next;
                            end += next_len;
                            continue;
                        }
                        let joins = match (last, next) {
                            (Letter, MidLetter | MidNumLet) => Letter,
                            (Numeric, MidNum | MidNumLet) => Numeric,
                            _ => break,
                        };
                        match self.class_at(end + next_len) {
                            Some((after, after_len)) if after == joins => {
                                end += next_len + after_len;
                                last = after;
                            }
                            _ => break,
                        }
                    }
                    // As `kind_of` reads it: a letter makes a word, else a digit a number; a run
                    // of underscores is punctuation.
                    Some(if letter {
                        TokenKind::Word
                    } else if digit {
                        TokenKind::Number
                    } else {
                        TokenKind::Punct
                    })
                }
                // WB3a–b and WB999: everything else stands alone. Beyond ASCII these are all
                // quotes, dashes and the ellipsis: punctuation.
                _ if len > 1 => Some(TokenKind::Punct),
                _ => {
                    let b = self.text[start];
                    if b.is_ascii_whitespace() || b == 0x0B {
                        None
                    } else if b.is_ascii_punctuation() {
                        Some(TokenKind::Punct)
                    } else {
                        Some(TokenKind::Symbol)
                    }
                }
            };
            self.at = end;
            if let Some(kind) = kind {
                return Some((start..end, kind));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_numbers_and_punctuation() {
        let text = "Kerry's 45 deaths — “annihilation”.";
        let found: Vec<(&str, TokenKind)> = tokens(text, 0..text.len()).map(|(r, k)| (&text[r], k)).collect();
        assert_eq!(found[0], ("Kerry's", TokenKind::Word));
        assert_eq!(found[1], ("45", TokenKind::Number));
        assert_eq!(found[3], ("—", TokenKind::Punct));
        assert_eq!(found.last().unwrap(), &(".", TokenKind::Punct));
    }

    fn uax29(text: &str) -> Vec<(Range<usize>, TokenKind)> {
        text.split_word_bound_indices()
            .filter(|(_, token)| !token.trim().is_empty())
            .map(|(offset, token)| (offset..offset + token.len(), kind_of(token)))
            .collect()
    }

    #[test]
    fn the_fast_path_splits_as_uax29_does() {
        for text in [
            "don’t stop 3.5, 1,000 a.m. U.S. e-mail _x_ 2:30 it's “so” — …",
            "a\r\nb\r\rc\n\td\u{0B}e",
            "x.y.z 1.2.3 a'b' 'c ,5 5, a:b: ::",
        ] {
            assert!(text.chars().all(|c| c.is_ascii() || simple_class(c).is_some()));
            assert_eq!(tokens(text, 0..text.len()).collect::<Vec<_>>(), uax29(text), "{text:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn the_fast_path_matches_unicode_segmentation(text in "[a-zA-Z0-9_:,;.'‘’\r\n\u{0B}\u{0C} \t\"!?()“”–—…-]{0,40}") {
            proptest::prop_assert_eq!(tokens(&text, 0..text.len()).collect::<Vec<_>>(), uax29(&text));
        }

        #[test]
        fn any_ascii_matches_unicode_segmentation(text in "[\\x00-\\x7F]{0,40}") {
            proptest::prop_assert_eq!(tokens(&text, 0..text.len()).collect::<Vec<_>>(), uax29(&text));
        }
    }
}
