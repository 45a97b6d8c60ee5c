//! The word layer: runs of letters and digits that keep their inner hyphens, apostrophes and
//! acronym full stops ("cease-fire", "al-Khatib", "U.S"), with a possessive `'s` left out, and the
//! key two spellings of a word share. [`Words`] holds them for the headline and every sentence,
//! read once by the structure stage for the stages that weigh words by their keys (keyphrases,
//! summary); each of those read the text with this splitter on its own before.
//!
//! Hand-rolled rather than UAX #29 (`unicode-segmentation`, used by `tokens.rs`) because those
//! word boundaries split "cease-fire" in two, and hyphenated compounds are single terms here.
//! One pass over the characters, no allocation.

use std::ops::Range;

use compact_str::CompactString;

use crate::keyphrases::FastMap;

/// The words of the headline, then of each sentence, with their key ids.
#[derive(Debug, Clone, Default)]
pub struct Words {
    /// Every word of the headline and the sentences, in text order.
    pub words: Vec<Word>,
    /// Each word's key id (an index of `keys`), or [`NUMBER`] for a figure, which has no key.
    pub ids: Vec<u32>,
    /// The keys ([`key`]) by id, numbered in order of first use.
    pub keys: Vec<CompactString>,
    /// Key → id.
    by_key: FastMap<CompactString, u32>,
    /// Where each region's words start in `words` (the headline's, if there is one, then each
    /// sentence's), and the end of the last.
    starts: Vec<usize>,
    /// The first region is the headline.
    has_headline: bool,
}

/// The key id of a word that is a figure.
pub const NUMBER: u32 = u32::MAX;

impl Words {
    /// Reads the words of `headline` and `sentences` in `text`, leaving out those inside `links`
    /// (sorted and disjoint: the structure's web addresses, whose words are not the article's).
    pub fn read<'r>(
        text: &str,
        headline: Option<&'r Range<usize>>,
        sentences: impl Iterator<Item = &'r Range<usize>>,
        links: &[Range<usize>],
    ) -> Words {
        // Sized for a typical article's vocabulary (a word of ~6 bytes, one in four new), so that
        // the map rarely grows; keys inline up to 24 bytes: no heap string per different word.
        let mut layer = Words {
            words: Vec::with_capacity(text.len() / 6),
            by_key: FastMap::with_capacity_and_hasher(text.len() / 24, Default::default()),
            has_headline: headline.is_some(),
            ..Words::default()
        };
        let mut key = String::new();
        for region in headline.into_iter().chain(sentences) {
            layer.starts.push(layer.words.len());
            let mut after_link = false;
            for mut word in words_of(text, region.clone()) {
                if !links.is_empty() && crate::structure::links::overlaps(links, &word.range) {
                    after_link = true;
                    continue;
                }
                // A phrase does not run across a left-out link.
                word.breaks_before |= std::mem::take(&mut after_link);
                let id = if word.number {
                    NUMBER
                } else {
                    key_into(&text[word.range.clone()], word.acronym, &mut key);
                    match layer.by_key.get(key.as_str()) {
                        Some(&id) => id,
                        None => {
                            let id = layer.keys.len() as u32;
                            layer.by_key.insert(key.as_str().into(), id);
                            layer.keys.push(key.as_str().into());
                            id
                        }
                    }
                };
                layer.words.push(word);
                layer.ids.push(id);
            }
        }
        layer.starts.push(layer.words.len());
        layer
    }

    /// The indices of the headline's words (none without a headline).
    pub fn headline(&self) -> Range<usize> {
        if self.has_headline { self.starts[0]..self.starts[1] } else { 0..0 }
    }

    /// The indices of the words of sentence `i`.
    pub fn sentence(&self, i: usize) -> Range<usize> {
        let region = i + usize::from(self.has_headline);
        self.starts[region]..self.starts[region + 1]
    }

    /// The id of `key`, if a word has it.
    pub fn id(&self, key: &str) -> Option<u32> {
        self.by_key.get(key).copied()
    }
}

/// One word of a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// Byte range into the text (possessive `'s` excluded).
    pub range: Range<usize>,
    /// Holds a digit: a figure, not a word.
    pub number: bool,
    /// Starts with an upper-case letter.
    pub capitalized: bool,
    /// Two or more letters, all upper case ("UN", "ISSG").
    pub acronym: bool,
    /// The first word of its sentence (after any opening punctuation).
    pub sentence_initial: bool,
    /// Something other than white space (punctuation, a quote mark) stands between this word and
    /// the one before: a phrase does not run across it.
    pub breaks_before: bool,
}

fn joins(c: char) -> bool {
    matches!(c, '-' | '\'' | '’' | '‐' | '.')
}

/// The words of `text[range]`, in order.
pub fn words_of(text: &str, range: Range<usize>) -> impl Iterator<Item = Word> + '_ {
    let base = range.start;
    let slice = &text[range];
    let bytes = slice.as_bytes();
    // The character at byte `i` and its length: ASCII bytes are read as they are, and only the
    // rest is decoded (this reads every character of the article).
    let char_at = move |i: usize| match bytes.get(i) {
        Some(&b) if b < 0x80 => Some((char::from(b), 1)),
        Some(_) => slice[i..].chars().next().map(|c| (c, c.len_utf8())),
        None => None,
    };
    let mut at = 0;
    let mut first = true;
    let mut gap_has_mark = false;
    std::iter::from_fn(move || {
        loop {
            let (c, len) = char_at(at)?;
            let start = at;
            at += len;
            if !c.is_alphanumeric() {
                if !c.is_whitespace() {
                    gap_has_mark = true;
                }
                continue;
            }
            let mut end = start + len;
            let mut prev = c;
            let mut letters = usize::from(c.is_alphabetic());
            let mut uppers = usize::from(c.is_uppercase());
            let mut number = c.is_numeric();
            // Whether a full stop or an apostrophe was taken inside the word: only then can it be
            // a dotted acronym or end in a possessive, and most words skip those tests.
            let (mut dotted, mut apostrophe) = (false, false);
            while let Some((d, d_len)) = char_at(at) {
                if d.is_alphanumeric() {
                    letters += usize::from(d.is_alphabetic());
                    uppers += usize::from(d.is_uppercase());
                    number |= d.is_numeric();
                    end = at + d_len;
                    prev = d;
                    at += d_len;
                    continue;
                }
                if !joins(d) {
                    break;
                }
                // A joiner stays inside the word only between two letters or digits; a full stop
                // only inside an acronym ("U.S").
                match char_at(at + d_len) {
                    Some((n, _)) if n.is_alphanumeric() && (d != '.' || (prev.is_uppercase() && n.is_uppercase())) => {
                        dotted |= d == '.';
                        apostrophe |= matches!(d, '\'' | '’');
                        at += d_len;
                    }
                    _ => break,
                }
            }
            // An acronym written with full stops keeps its last one ("U.S.", not "U.S").
            if dotted && slice[end..].starts_with('.') {
                end += 1;
            }
            let mut word = &slice[start..end];
            for possessive in ["'s", "’s", "'S", "’S"] {
                if apostrophe && word.len() > possessive.len() && word.ends_with(possessive) {
                    word = &word[..word.len() - possessive.len()];
                    break;
                }
            }
            let initial = first;
            first = false;
            let breaks_before = std::mem::take(&mut gap_has_mark);
            return Some(Word {
                range: base + start..base + start + word.len(),
                number,
                capitalized: c.is_uppercase(),
                acronym: letters >= 2 && uppers == letters,
                sentence_initial: initial,
                breaks_before,
            });
        }
    })
}

/// The key two spellings of one word share: lower case, without hyphens, apostrophes and full
/// stops, a plural `-s` or `-ies` folded ("Cease-fires" → "ceasefire"). An acronym keeps its
/// capitals, so "US" (the country) is not "us" (the pronoun).
pub fn key(word: &str, acronym: bool) -> String {
    let mut key = String::new();
    key_into(word, acronym, &mut key);
    key
}

/// [`key`] into a buffer the caller reuses (no allocation per word once it has grown).
pub fn key_into(word: &str, acronym: bool, key: &mut String) {
    key.clear();
    if word.is_ascii() {
        // Most words: a copy lower-cased in place, the same result as the per-character mapping
        // below at a fraction of its cost (this runs for every word of the article, twice).
        key.push_str(word);
        if !acronym {
            key.make_ascii_lowercase();
        }
        if word.bytes().any(|b| joins(char::from(b))) {
            key.retain(|c| !joins(c));
        }
    } else {
        for c in word.chars().filter(|c| !joins(*c)) {
            if acronym {
                key.push(c);
            } else {
                key.extend(c.to_lowercase());
            }
        }
    }
    if acronym {
        return;
    }
    if key.len() > 4 && key.ends_with("ies") {
        key.truncate(key.len() - 3);
        key.push('y');
    } else if key.len() > 3
        && key.ends_with('s')
        && !key.ends_with("ss")
        && !key.ends_with("us")
        && !key.ends_with("is")
        && !key.ends_with("ews")
    {
        key.pop();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        words_of(text, 0..text.len()).map(|w| &text[w.range]).collect()
    }

    #[test]
    fn keeps_compounds_and_acronyms_and_drops_possessives() {
        assert_eq!(texts("Kerry's cease-fire, U.S. aid (al-Khatib)."), ["Kerry", "cease-fire", "U.S.", "aid", "al-Khatib"]);
        assert_eq!(texts("end. Next 2,000 -- x"), ["end", "Next", "2", "000", "x"]);
    }

    #[test]
    fn flags() {
        let text = "The UN said: “Aleppo burns” today";
        let words: Vec<Word> = words_of(text, 0..text.len()).collect();
        assert!(words[0].sentence_initial && words[0].capitalized && !words[0].acronym);
        assert!(words[1].acronym && !words[1].breaks_before);
        assert!(words[3].breaks_before, "a colon and a quote mark stand before Aleppo");
        assert!(!words[4].breaks_before && !words[4].capitalized);
        assert!(words_of("in 2016 x", 0..9).nth(1).unwrap().number);
    }

    #[test]
    fn keys_fold_spelling_variants() {
        assert_eq!(key("Cease-fires", false), key("ceasefire", false));
        assert_eq!(key("U.S.", true), "US");
        assert_eq!(key("militias", false), "militia");
        assert_eq!(key("countries", false), "country");
        assert_eq!(key("news", false), "news");
        assert_eq!(key("Kerry", false), "kerry");
        assert_eq!(key("crisis", false), "crisis");
    }
}
