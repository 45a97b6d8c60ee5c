//! Tokens: words, numbers, punctuation and symbols of each sentence (UAX #29 word boundaries).

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

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
    text[range.clone()].split_word_bound_indices().filter(|(_, token)| !token.trim().is_empty()).map(move |(offset, token)| {
        let start = range.start + offset;
        (start..start + token.len(), kind_of(token))
    })
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
}
