//! Language identification (whatlang trigram profiles).

use crate::analysis::{Language, Warning};

/// Enough text to identify a language reliably (whatlang is confident from a
/// few hundred characters); more only costs time.
const SAMPLE_BYTES: usize = 1_500;

/// Fewer words than this give no language.
const MIN_WORDS: usize = 5;

/// Very frequent English words that other languages written in Latin script rarely use. English
/// news has about 40% of its words among them, French or German text under 5%; a quarter or more
/// is English beyond doubt. The check costs a few hundred instructions, where whatlang scores the
/// trigrams of every Latin-script language, ~450,000 instructions a call whatever the length.
const ENGLISH_FUNCTION_WORDS: &[&str] = &[
    "a", "about", "after", "and", "are", "as", "at", "be", "been", "but", "by", "for", "from", "had", "has", "have", "he", "his",
    "is", "it", "its", "not", "of", "on", "said", "she", "that", "the", "their", "they", "this", "to", "was", "were", "which",
    "who", "will", "with", "would",
];

/// How many words `sample` has, and how many of them are [`ENGLISH_FUNCTION_WORDS`].
fn english_function_words(sample: &str) -> (usize, usize) {
    let mut words = 0;
    let mut hits = 0;
    for word in sample.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()) {
        words += 1;
        if word.len() <= 5 && word.is_ascii() {
            let mut lower = [0u8; 5];
            lower[..word.len()].copy_from_slice(word.as_bytes());
            lower.make_ascii_lowercase();
            let lower = &lower[..word.len()];
            hits += usize::from(ENGLISH_FUNCTION_WORDS.binary_search_by(|w| w.as_bytes().cmp(lower)).is_ok());
        }
    }
    (words, hits)
}

/// The first pieces of text, joined by spaces, up to about [`SAMPLE_BYTES`].
pub fn sample_of<'a>(pieces: impl Iterator<Item = &'a str>) -> String {
    let mut sample = String::new();
    for piece in pieces {
        if sample.len() >= SAMPLE_BYTES {
            break;
        }
        if !sample.is_empty() {
            sample.push(' ');
        }
        sample.push_str(piece);
    }
    sample
}

/// Identifies the language of `text` and warns when it is not English.
pub fn detect(text: &str, warnings: &mut Vec<Warning>) -> Option<Language> {
    let mut end = text.len().min(SAMPLE_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let sample = &text[..end];
    let (words, function_words) = english_function_words(sample);
    // Too few words to tell a language apart (whatlang's own guess there is noise).
    if words < MIN_WORDS {
        return None;
    }
    // Plainly English text skips the trigram scoring: see [`ENGLISH_FUNCTION_WORDS`].
    if function_words * 4 >= words {
        return Some(Language { code: "eng".into(), name: "English".into(), confidence: 1.0 });
    }
    let info = whatlang::detect(sample)?;
    let language = Language {
        code: info.lang().code().to_string(),
        name: info.lang().eng_name().to_string(),
        confidence: (info.confidence() * 100.0).round() / 100.0,
    };
    if info.lang() != whatlang::Lang::Eng && info.is_reliable() {
        warnings.push(Warning {
            code: "not_english".into(),
            message: format!(
                "the text looks like {} ({}), not English; Lede's analysis is built for English and may miss or misread things",
                language.name, language.code
            ),
        });
    }
    Some(language)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(text: &str) -> Option<String> {
        detect(text, &mut Vec::new()).map(|l| l.code)
    }

    #[test]
    fn function_words_are_sorted_for_binary_search() {
        assert!(ENGLISH_FUNCTION_WORDS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn english_by_its_function_words_and_others_by_trigrams() {
        assert_eq!(english_function_words("The talks in Geneva, he said, had failed."), (8, 4));
        assert_eq!(
            code("The ceasefire is over, the secretary of state said on Thursday as the bombing went on.").as_deref(),
            Some("eng")
        );
        let french = "Le cessez-le-feu est terminé, a déclaré le secrétaire d'État jeudi alors que les bombardements continuaient sur la ville.";
        assert_eq!(code(french).as_deref(), Some("fra"));
        let german =
            "Die Waffenruhe ist vorbei, sagte der Außenminister am Donnerstag, während die Bombardierung der Stadt weiterging.";
        assert_eq!(code(german).as_deref(), Some("deu"));
        assert_eq!(code("Hello there."), None);
    }
}
