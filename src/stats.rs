//! Counts and readability of the article text.
//!
//! Words are whitespace-separated pieces that hold a letter or digit
//! ("al-Khatib" and "32,736" are one word each), as in the readability
//! literature and in `textstat`. Syllables are estimated by rule: no
//! dictionary ships in the wasm.

use crate::analysis::{Readability, Stats};
use crate::document::Document;

/// Average adult silent reading speed for non-fiction, words per minute (Brysbaert 2019).
const WORDS_PER_MINUTE: f64 = 238.0;

/// Estimates the syllables of one word.
pub fn syllables(word: &str) -> usize {
    // This runs for every word of the text: the word's letters are lowered into a buffer on the
    // stack (a vector only for a very long word) and read as characters from there, not decoded
    // again for every rule.
    let mut buffer = ['\0'; 48];
    let heap: Vec<char>;
    let letters: &[char] = if word.is_ascii() && word.len() <= buffer.len() {
        let mut n = 0;
        for b in word.bytes().filter(u8::is_ascii_alphabetic) {
            buffer[n] = char::from(b.to_ascii_lowercase());
            n += 1;
        }
        &buffer[..n]
    } else {
        heap = word.chars().filter(|c| c.is_alphabetic()).flat_map(char::to_lowercase).collect();
        &heap
    };
    syllables_of_lower(letters)
}

/// `word` without `suffix` (ASCII), if it ends with it.
fn strip_suffix<'w>(word: &'w [char], suffix: &str) -> Option<&'w [char]> {
    let head = word.len().checked_sub(suffix.len())?;
    word[head..].iter().zip(suffix.bytes()).all(|(&c, b)| c == char::from(b)).then(|| &word[..head])
}

/// [`syllables`] of a word already reduced to its letters in lower case.
fn syllables_of_lower(lower: &[char]) -> usize {
    if lower.is_empty() {
        return 0;
    }
    if lower.len() <= 3 {
        return 1;
    }
    let mut stem = lower;
    // A final silent "e" ("make"), "es" ("makes") or "ed" ("baked") adds no syllable,
    // except after the consonants that make them sound ("table", "wanted", "boxes").
    for (suffix, keep_after) in [("es", &["s", "x", "z", "c", "g", "sh", "ch"][..]), ("ed", &["t", "d"][..]), ("e", &["l"][..])] {
        if let Some(head) = strip_suffix(stem, suffix)
            && !keep_after.iter().any(|k| strip_suffix(head, k).is_some())
            && head.iter().any(|&c| is_vowel(c))
        {
            stem = head;
            break;
        }
    }
    let mut count = 0;
    let mut previous_vowel = false;
    for &c in stem {
        let vowel = is_vowel(c);
        if vowel && !previous_vowel {
            count += 1;
        }
        previous_vowel = vowel;
    }
    count += split_vowel_pairs(stem);
    // A silent "e" before a suffix: "immediately", "announcement", "hopeful".
    for suffix in ["ely", "ement", "eful", "eness", "eless"] {
        if let Some(head) = strip_suffix(stem, suffix)
            && head.last().is_some_and(|&c| !is_vowel(c))
        {
            count = count.saturating_sub(1);
        }
    }
    count.max(1)
}

/// Vowel pairs the group count takes as one syllable but are two:
/// "Syria", "violence", "situation", "quiet", "flying" — except the
/// one-syllable "-cial", "-tion", "-sion", "-lion", "quality".
fn split_vowel_pairs(chars: &[char]) -> usize {
    let mut extra = 0;
    for i in 1..chars.len() {
        let (before, first, second) = (if i >= 2 { chars[i - 2] } else { ' ' }, chars[i - 1], chars[i]);
        extra += match (first, second) {
            ('i', 'a') if !matches!(before, 'c' | 's' | 't' | 'g') => 1,
            ('i', 'o') if !matches!(before, 'c' | 's' | 't' | 'x' | 'g' | 'l') => 1,
            ('u', 'a') if !matches!(before, 'q' | 'g') => 1,
            ('i', 'e') if chars.get(i + 1) == Some(&'t') || (chars.get(i + 1) == Some(&'r') && i + 2 == chars.len()) => 1,
            ('y', 'i') if i >= 2 && !is_vowel(before) => 1,
            ('u', 'o') => 1,
            _ => 0,
        };
    }
    extra
}

/// Gunning's "complex word": three or more syllables, but not a proper noun
/// and not a hyphenated compound. (Gunning also discounts -es, -ed and -ing;
/// textstat does not, and neither do we, so the two agree.)
fn is_complex_for_fog(word: &str, position_in_sentence: usize) -> bool {
    let proper_noun =
        position_in_sentence > 0 && word.trim_start_matches(|c: char| !c.is_alphanumeric()).starts_with(char::is_uppercase);
    !proper_noun && !word.contains('-')
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'à'..='æ' | 'è'..='ï' | 'ò'..='ö' | 'ù'..='ü')
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// Computes the statistics of `doc` (its structure must be filled).
pub fn run(doc: &Document<'_>) -> Stats {
    let structure = &doc.structure;
    let mut words = 0usize;
    let mut letters = 0usize;
    let mut syllable_count = 0usize;
    let mut polysyllables = 0usize;
    let mut complex_words = 0usize;
    for (range, _) in &structure.sentences {
        let sentence_words = doc.slice(range).split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric));
        for (position, word) in sentence_words.enumerate() {
            words += 1;
            letters += word.chars().filter(|c| c.is_alphanumeric()).count();
            let s = syllables(word);
            syllable_count += s;
            if s >= 3 {
                polysyllables += 1;
                if is_complex_for_fog(word, position) {
                    complex_words += 1;
                }
            }
        }
    }
    let sentences = structure.sentences.len();
    let mut stats = Stats {
        characters: doc.original.chars().count(),
        words,
        sentences,
        paragraphs: structure.paragraphs.len(),
        syllables: syllable_count,
        reading_time_seconds: (words as f64 / WORDS_PER_MINUTE * 60.0).round() as u64,
        ..Stats::default()
    };
    if words == 0 || sentences == 0 {
        return stats;
    }
    let (w, s) = (words as f64, sentences as f64);
    let words_per_sentence = w / s;
    let syllables_per_word = syllable_count as f64 / w;
    stats.average_sentence_length = round2(words_per_sentence);
    stats.average_word_length = round2(letters as f64 / w);
    stats.readability = Readability {
        flesch_reading_ease: round2(206.835 - 1.015 * words_per_sentence - 84.6 * syllables_per_word),
        flesch_kincaid_grade: round2(0.39 * words_per_sentence + 11.8 * syllables_per_word - 15.59),
        gunning_fog: round2(0.4 * (words_per_sentence + 100.0 * complex_words as f64 / w)),
        smog: round2(1.043 * (polysyllables as f64 * 30.0 / s).sqrt() + 3.1291),
        coleman_liau: round2(0.0588 * (letters as f64 / w * 100.0) - 0.296 * (s / w * 100.0) - 15.8),
        automated_readability_index: round2(4.71 * (letters as f64 / w) + 0.5 * words_per_sentence - 21.43),
    };
    stats
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syllable_estimates() {
        let cases = [
            ("the", 1),
            ("ceasefire", 3),
            ("Syria", 3),
            ("table", 2),
            ("wanted", 2),
            ("baked", 1),
            ("annihilation", 5),
            ("significant", 4),
            ("immediate", 4),
            ("Aleppo", 3),
            ("45", 0),
            ("quiet", 2),
            ("violence", 3),
            ("officials", 3),
            ("special", 2),
            ("situation", 4),
            ("immediately", 5),
            ("announcement", 3),
            ("flying", 2),
            ("earlier", 3),
            ("nation", 2),
            ("million", 2),
            ("quality", 3),
        ];
        for (word, expected) in cases {
            assert_eq!(syllables(word), expected, "{word}");
        }
    }
}
