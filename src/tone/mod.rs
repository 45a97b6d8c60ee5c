//! Stage: tone — how the article is told: sentiment per sentence and overall, and the loaded
//! words, hedges, intensifiers and superlatives it uses, with their spans.
//!
//! Sentiment follows VADER 3.3.2 (Hutto & Gilbert 2014) rule for rule, over its MIT-licensed
//! lexicon (`valence.txt`, built by `scripts/build-tone-lexicon`): each word's valence, raised by a
//! booster before it ("very") or lowered by a dampener ("slightly"), flipped and shrunk by a negation
//! up to three words before it ("not good" is −0.74 × "good"), raised in ALL CAPS among words that
//! are not, weighted ×0.5 before the first "but" and ×1.5 after it; the sum, plus up to four
//! exclamation marks, is normalized to −1 … 1 by `x / √(x² + 15)`. Hand-ported rather than a crate:
//! the ports on crates.io (`vader_sentiment`, `vader-parity`) embed VADER's whole lexicon file with
//! its raw ratings plus the emoji lexicon (several times this data, and the wasm must stay small)
//! and split words on whitespace as the Python does, which misses every word beside a curly quote
//! ("“no", "terrorists’"); here the words are `src/tokens.rs`'s, a hyphenated compound kept whole
//! as VADER keeps it. Other differences from the Python: a possessive "'s" is dropped before lookup
//! ("Syria's failure" scores "failure"), the scored idioms "the bomb" and "the shit" (+3: slang
//! praise) are left out because in news "the bomb" is a bomb, and the "but" weighting goes by word
//! position (the Python finds a word's position by its value, so equal values share one).
//!
//! Overall, `compound` is the mean of the sentences' compounds, as VADER's README scores a
//! paragraph (the compound of a whole article's summed valences is nearly always close to ±1);
//! the shares pool every sentence's words.
//!
//! The markers (loaded words, hedges, intensifiers, superlatives) are read in the headline and the
//! sentences; sentiment only in the sentences. One hash lookup per token; linear.

mod lexicon;
#[cfg(test)]
mod tests;

use std::ops::Range;

use lexicon::{
    B_INCR, C_INCR, Entry, HEDGE, INTENSIFIER, LOADED, N_SCALAR, PHRASE_SECOND, PHRASE_START, PHRASES, PhraseKind, SPECIAL,
    SUPERLATIVE,
};

use crate::analysis::{SentenceTone, Tone, ToneOverall};
use crate::document::Document;
use crate::keyphrases::stopwords::is_stopword;
use crate::tokens::{self, TokenKind};

/// A compound at or above this is positive, at or below its negative negative (VADER's thresholds).
pub const THRESHOLD: f64 = 0.05;

/// The tone layer: byte ranges into `doc.text()`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ToneLayer {
    /// Mean of the sentence compounds.
    pub compound: f64,
    /// Share of positive words over all sentences (VADER's weighting; 0 when there are no words).
    pub positive: f64,
    /// Share of negative words, likewise.
    pub negative: f64,
    /// Share of neutral words and numbers, likewise.
    pub neutral: f64,
    /// One compound per sentence of `doc.structure.sentences`.
    pub sentences: Vec<f64>,
    /// Loaded or emotive words, in text order.
    pub loaded: Vec<Range<usize>>,
    /// Hedges, in text order.
    pub hedges: Vec<Range<usize>>,
    /// Intensifying adverbs, in text order.
    pub intensifiers: Vec<Range<usize>>,
    /// Superlatives ("worst", "most powerful"), in text order.
    pub superlatives: Vec<Range<usize>>,
}

/// VADER's sentiment scores of one piece of text.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Scores {
    /// Normalized sum, −1 … 1.
    pub compound: f64,
    /// VADER's positive sum (each positive word + 1, plus punctuation emphasis when it leads).
    pub positive_sum: f64,
    /// The negative sum's magnitude, likewise.
    pub negative_sum: f64,
    /// Words with no sentiment.
    pub neutral_count: f64,
}

/// One word or number of the text being read.
#[derive(Debug, Clone)]
struct Word {
    /// The token, possessive "'s" excluded.
    range: Range<usize>,
    /// Its lower-case form in [`Scratch::lower`] ('’' written as '\'').
    key: Range<usize>,
    /// Written in capitals (it has upper-case letters and no lower-case ones).
    upper: bool,
    entry: Entry,
}

/// Buffers reused from one sentence to the next.
#[derive(Default)]
struct Scratch {
    words: Vec<Word>,
    lower: String,
    valences: Vec<f64>,
}

impl Scratch {
    /// Word `i` is one of the [`lexicon::SPECIAL`] words.
    #[inline]
    fn special(&self, i: usize) -> bool {
        self.words[i].entry.flags & SPECIAL != 0
    }

    #[inline]
    fn key(&self, i: usize) -> &str {
        &self.lower[self.words[i].key.clone()]
    }

    /// Reads the words of `text[range]`; returns its counts of '!' and '?'.
    fn read(&mut self, text: &str, range: Range<usize>) -> (usize, usize) {
        self.words.clear();
        self.lower.clear();
        let (mut exclamations, mut questions) = (0, 0);
        // The end of the last token when it was a word, and of a hyphen right after it.
        let (mut word_end, mut hyphen_end) = (None, None);
        for (range, kind) in tokens::tokens(text, range) {
            let token = &text[range.clone()];
            if !matches!(kind, TokenKind::Word | TokenKind::Number) {
                exclamations += token.matches('!').count();
                questions += token.matches('?').count();
                hyphen_end = (token == "-" && word_end == Some(range.start)).then_some(range.end);
                word_end = None;
                continue;
            }
            word_end = Some(range.end);
            // A hyphenated compound is one word, as VADER reads it: "cease-fire" is not "fire",
            // "rebel-held" not "rebel".
            if hyphen_end == Some(range.start)
                && let Some(last) = self.words.last_mut()
                && last.key.end == self.lower.len()
            {
                self.lower.push('-');
                push_lower(&mut self.lower, token);
                last.key.end = self.lower.len();
                last.range.end = range.end;
                let whole = &text[last.range.clone()];
                last.upper = is_upper(whole);
                last.entry = lexicon::lookup(&self.lower[last.key.clone()]);
                hyphen_end = None;
                continue;
            }
            hyphen_end = None;
            let start = self.lower.len();
            push_lower(&mut self.lower, token);
            let mut range = range;
            let mut end = self.lower.len();
            if end - start > 2 && self.lower[start..end].ends_with("'s") {
                end -= 2;
                let apostrophe = token[..token.len() - 1].chars().next_back().map_or(1, char::len_utf8);
                range.end -= 1 + apostrophe;
            }
            let upper = is_upper(token);
            let entry = lexicon::lookup(&self.lower[start..end]);
            self.words.push(Word { range, key: start..end, upper, entry });
        }
        (exclamations, questions)
    }

    /// VADER's score of the words just read.
    fn score(&mut self, exclamations: usize, questions: usize) -> Scores {
        let n = self.words.len();
        let upper = self.words.iter().filter(|w| w.upper).count();
        // VADER's "cap differential": capitals stress a word only when not every word is in capitals.
        let cap_diff = upper > 0 && upper < n;
        let mut valences = std::mem::take(&mut self.valences);
        valences.clear();
        for i in 0..n {
            let booster = self.words[i].entry.booster != 0.0;
            let kind_of = self.special(i) && self.key(i) == "kind" && i + 1 < n && self.key(i + 1) == "of";
            valences.push(if booster || kind_of { 0.0 } else { self.valence(i, cap_diff) });
        }
        // "but" shifts the weight to what follows it.
        if let Some(but) = (0..n).find(|&i| self.special(i) && self.key(i) == "but") {
            for (i, v) in valences.iter_mut().enumerate() {
                *v *= if i < but {
                    0.5
                } else if i > but {
                    1.5
                } else {
                    1.0
                };
            }
        }
        let scores = sift(&valences, exclamations, questions);
        self.valences = valences;
        scores
    }

    /// VADER's `sentiment_valence` for word `i`.
    fn valence(&self, i: usize, cap_diff: bool) -> f64 {
        let words = &self.words;
        let Some(lexical) = words[i].entry.valence else { return 0.0 };
        let key = |j: usize| self.key(j);
        let in_lexicon = |j: usize| words[j].entry.valence.is_some();
        let mut v = lexical;
        if key(i) == "no" && i + 1 < words.len() && in_lexicon(i + 1) {
            // "no" before a sentiment word negates it instead of counting itself.
            v = 0.0;
        }
        if (i > 0 && key(i - 1) == "no")
            || (i > 1 && key(i - 2) == "no")
            || (i > 2 && key(i - 3) == "no" && matches!(key(i - 1), "or" | "nor"))
        {
            v = lexical * N_SCALAR;
        }
        if words[i].upper && cap_diff {
            v += if v > 0.0 { C_INCR } else { -C_INCR };
        }
        for back in 0..3 {
            if i > back && !in_lexicon(i - back - 1) {
                let before = &words[i - back - 1];
                let mut s = before.entry.booster;
                if s != 0.0 {
                    if v < 0.0 {
                        s = -s;
                    }
                    if before.upper && cap_diff {
                        s += if v > 0.0 { C_INCR } else { -C_INCR };
                    }
                    s *= [1.0, 0.95, 0.9][back];
                }
                v += s;
                v = self.negation_check(v, back, i);
                if back == 2 {
                    v = self.idioms_check(v, i);
                }
            }
        }
        // "least" before a word negates it, except in "at least" and "very least".
        if i > 1 && !in_lexicon(i - 1) && key(i - 1) == "least" {
            if key(i - 2) != "at" && key(i - 2) != "very" {
                v *= N_SCALAR;
            }
        } else if i > 0 && !in_lexicon(i - 1) && key(i - 1) == "least" {
            v *= N_SCALAR;
        }
        v
    }

    fn negated(&self, j: usize) -> bool {
        self.words[j].entry.flags & lexicon::NEGATION != 0 || self.key(j).contains("n't")
    }

    /// VADER's `_negation_check` for the word `back + 1` places before word `i`.
    fn negation_check(&self, v: f64, back: usize, i: usize) -> f64 {
        let key = |j: usize| self.key(j);
        match back {
            0 if self.negated(i - 1) => v * N_SCALAR,
            1 if key(i - 2) == "never" && matches!(key(i - 1), "so" | "this") => v * 1.25,
            1 if key(i - 2) == "without" && key(i - 1) == "doubt" => v,
            1 if self.negated(i - 2) => v * N_SCALAR,
            2 if (key(i - 3) == "never" && matches!(key(i - 2), "so" | "this")) || matches!(key(i - 1), "so" | "this") => {
                v * 1.25
            }
            2 if key(i - 3) == "without" && (key(i - 2) == "doubt" || key(i - 1) == "doubt") => v,
            2 if self.negated(i - 3) => v * N_SCALAR,
            _ => v,
        }
    }

    /// VADER's `_special_idioms_check` (word `i` has three words before it).
    fn idioms_check(&self, mut v: f64, i: usize) -> f64 {
        let n = self.words.len();
        let key = |j: usize| self.key(j);
        let pairs = [(key(i - 1), key(i)), (key(i - 2), key(i - 1)), (key(i - 3), key(i - 2))];
        let triples = [(key(i - 2), key(i - 1), key(i)), (key(i - 3), key(i - 2), key(i - 1))];
        // Python's order: "w-1 w", "w-2 w-1 w", "w-2 w-1", "w-3 w-2 w-1", "w-3 w-2"; the first found wins.
        let before = [idiom2(pairs[0]), idiom3(triples[0]), idiom2(pairs[1]), idiom3(triples[1]), idiom2(pairs[2])];
        if let Some(value) = before.into_iter().flatten().next() {
            v = value;
        }
        if i + 1 < n
            && let Some(value) = idiom2((key(i), key(i + 1)))
        {
            v = value;
        }
        if i + 2 < n
            && let Some(value) = idiom3((key(i), key(i + 1), key(i + 2)))
        {
            v = value;
        }
        // Two-word dampeners before the word.
        for (a, b) in [(key(i - 3), key(i - 2)), (key(i - 2), key(i - 1))] {
            if matches!((a, b), ("just", "enough") | ("kind", "of") | ("sort", "of")) {
                v -= B_INCR;
            }
        }
        v
    }
}

/// Written in capitals: upper-case letters and no lower-case ones (Python's `str.isupper`).
fn is_upper(token: &str) -> bool {
    if token.is_ascii() {
        let bytes = token.as_bytes();
        bytes.iter().any(u8::is_ascii_uppercase) && !bytes.iter().any(u8::is_ascii_lowercase)
    } else {
        token.chars().any(char::is_uppercase) && !token.chars().any(char::is_lowercase)
    }
}

/// Appends `token` in lower case, with '’' and '‘' as '\''.
fn push_lower(buffer: &mut String, token: &str) {
    if token.is_ascii() {
        let start = buffer.len();
        buffer.push_str(token);
        buffer[start..].make_ascii_lowercase();
        return;
    }
    for c in token.chars() {
        match c {
            '’' | '‘' => buffer.push('\''),
            c if c.is_ascii() => buffer.push(c.to_ascii_lowercase()),
            c => buffer.extend(c.to_lowercase()),
        }
    }
}

/// VADER's two-word idioms with a set valence ("the bomb" and "the shit" left out: see the module docs).
fn idiom2(pair: (&str, &str)) -> Option<f64> {
    match pair {
        ("bad", "ass") => Some(1.5),
        ("bus", "stop") => Some(0.0),
        ("yeah", "right") => Some(-2.0),
        ("beating", "heart") => Some(3.5),
        _ => None,
    }
}

/// VADER's three-word idioms with a set valence.
fn idiom3(triple: (&str, &str, &str)) -> Option<f64> {
    match triple {
        ("kiss", "of", "death") => Some(-1.5),
        ("to", "die", "for") => Some(3.0),
        _ => None,
    }
}

/// VADER's `score_valence`: the compound and the sums behind the shares.
fn sift(valences: &[f64], exclamations: usize, questions: usize) -> Scores {
    if valences.is_empty() {
        return Scores::default();
    }
    let emphasis = exclamations.min(4) as f64 * 0.292
        + match questions {
            0 | 1 => 0.0,
            2 | 3 => questions as f64 * 0.18,
            _ => 0.96,
        };
    let mut sum: f64 = valences.iter().sum();
    if sum > 0.0 {
        sum += emphasis;
    } else if sum < 0.0 {
        sum -= emphasis;
    }
    let compound = normalize(sum);
    let (mut positive_sum, mut negative_sum, mut neutral_count) = (0.0, 0.0, 0.0);
    for &v in valences {
        if v > 0.0 {
            positive_sum += v + 1.0;
        } else if v < 0.0 {
            negative_sum += 1.0 - v;
        } else {
            neutral_count += 1.0;
        }
    }
    if positive_sum > negative_sum {
        positive_sum += emphasis;
    } else if positive_sum < negative_sum {
        negative_sum += emphasis;
    }
    Scores { compound, positive_sum, negative_sum, neutral_count }
}

/// VADER's normalization of a valence sum to −1 … 1: `x / √(x² + 15)`.
pub fn normalize(sum: f64) -> f64 {
    (sum / (sum * sum + 15.0).sqrt()).clamp(-1.0, 1.0)
}

/// VADER's scores of one sentence, for tests and comparisons.
pub fn score(text: &str) -> Scores {
    let mut scratch = Scratch::default();
    let (exclamations, questions) = scratch.read(text, 0..text.len());
    scratch.score(exclamations, questions)
}

/// Finds the tone of `doc`'s sentences and the markers in its headline and sentences.
pub fn run(doc: &Document<'_>) -> ToneLayer {
    let text = doc.text();
    let structure = &doc.structure;
    let mut layer = ToneLayer { sentences: Vec::with_capacity(structure.sentences.len()), ..ToneLayer::default() };
    let mut scratch = Scratch::default();
    if let Some(headline) = &structure.headline {
        scratch.read(text, headline.clone());
        markers(text, &scratch, &mut layer);
    }
    let (mut positive, mut negative, mut neutral) = (0.0, 0.0, 0.0);
    for (range, _) in &structure.sentences {
        let (exclamations, questions) = scratch.read(text, range.clone());
        let scores = scratch.score(exclamations, questions);
        layer.sentences.push(scores.compound);
        positive += scores.positive_sum;
        negative += scores.negative_sum;
        neutral += scores.neutral_count;
        markers(text, &scratch, &mut layer);
    }
    if !layer.sentences.is_empty() {
        layer.compound = layer.sentences.iter().sum::<f64>() / layer.sentences.len() as f64;
    }
    let total = positive + negative + neutral;
    if total > 0.0 {
        (layer.positive, layer.negative, layer.neutral) = (positive / total, negative / total, neutral / total);
    }
    // The headline comes first in the text but may follow a dateline or byline: keep text order.
    for list in [&mut layer.loaded, &mut layer.hedges, &mut layer.intensifiers, &mut layer.superlatives] {
        list.sort_by_key(|r| r.start);
    }
    layer
}

/// Adds the loaded words, hedges, intensifiers and superlatives of the words just read.
fn markers(text: &str, scratch: &Scratch, layer: &mut ToneLayer) {
    let words = &scratch.words;
    let n = words.len();
    let key = |j: usize| scratch.key(j);
    let mut i = 0;
    while i < n {
        let flags = words[i].entry.flags;
        if flags & PHRASE_START != 0
            && i + 1 < n
            && words[i + 1].entry.flags & PHRASE_SECOND != 0
            && let Some((len, kind)) = PHRASES
                .iter()
                .find(|(phrase, _)| i + phrase.len() <= n && phrase.iter().enumerate().all(|(k, w)| key(i + k) == *w))
                .map(|(phrase, kind)| (phrase.len(), *kind))
        {
            let range = words[i].range.start..words[i + len - 1].range.end;
            match kind {
                PhraseKind::Loaded => layer.loaded.push(range),
                PhraseKind::Hedge => layer.hedges.push(range),
            }
            i += len;
            continue;
        }
        let range = words[i].range.clone();
        if flags & LOADED != 0 {
            layer.loaded.push(range.clone());
        }
        if flags & HEDGE != 0 && is_hedge(text, scratch, i) {
            layer.hedges.push(range.clone());
        }
        if flags & INTENSIFIER != 0 {
            layer.intensifiers.push(range.clone());
        }
        if flags & SUPERLATIVE != 0 {
            layer.superlatives.push(range);
        } else if flags & SPECIAL != 0 && matches!(key(i), "most" | "least") && i + 1 < n && is_superlative_degree(scratch, i) {
            layer.superlatives.push(range.start..words[i + 1].range.end);
            i += 2;
            continue;
        }
        i += 1;
    }
}

/// A hedge word in context: "may" only in lower case (not the month or a name), "appear(s/ed)"
/// only before "to" or "that" ("appeared in court" hedges nothing).
fn is_hedge(text: &str, scratch: &Scratch, i: usize) -> bool {
    match scratch.key(i) {
        "may" => &text[scratch.words[i].range.clone()] == "may",
        "appear" | "appears" | "appeared" => i + 1 < scratch.words.len() && matches!(scratch.key(i + 1), "to" | "that"),
        _ => true,
    }
}

/// "most"/"least" making a superlative of the next word: "the most powerful", "most violent", not
/// "most people", "most of", "at least".
fn is_superlative_degree(scratch: &Scratch, i: usize) -> bool {
    let next = scratch.key(i + 1);
    if is_stopword(next) || next.len() < 3 || !next.chars().all(char::is_alphabetic) {
        return false;
    }
    let before = if i > 0 { scratch.key(i - 1) } else { "" };
    if before == "at" {
        return false;
    }
    if before == "the" {
        return true;
    }
    const ADJECTIVE_ENDINGS: &[&str] = &["ful", "ous", "ive", "able", "ible", "ic", "less", "ant", "ed", "ly", "al"];
    ADJECTIVE_ENDINGS.iter().any(|e| next.ends_with(e))
        || (next.ends_with("ent") && !next.ends_with("ment"))
        || scratch.words[i + 1].entry.valence.is_some()
}

/// VADER's label of a compound.
pub fn label(compound: f64) -> &'static str {
    if compound >= THRESHOLD {
        "positive"
    } else if compound <= -THRESHOLD {
        "negative"
    } else {
        "neutral"
    }
}

fn round(x: f64, places: i32) -> f64 {
    let scale = 10f64.powi(places);
    (x * scale).round() / scale
}

/// The output of the layer: compounds to 4 decimals, shares to 3 (as VADER rounds), spans.
pub fn to_output(doc: &Document<'_>, layer: &ToneLayer) -> Tone {
    let spans = |ranges: &[Range<usize>]| ranges.iter().map(|r| doc.span(r)).collect();
    Tone {
        overall: ToneOverall {
            compound: round(layer.compound, 4),
            positive: round(layer.positive, 3),
            negative: round(layer.negative, 3),
            neutral: round(layer.neutral, 3),
            label: label(layer.compound).into(),
        },
        sentences: layer
            .sentences
            .iter()
            .enumerate()
            .map(|(sentence, &compound)| SentenceTone { sentence, compound: round(compound, 4) })
            .collect(),
        loaded: spans(&layer.loaded),
        hedges: spans(&layer.hedges),
        intensifiers: spans(&layer.intensifiers),
        superlatives: spans(&layer.superlatives),
    }
}

/// The layer for text the lexicon cannot read (not English): every sentence neutral, no markers.
pub fn neutral(sentences: usize) -> ToneLayer {
    ToneLayer { sentences: vec![0.0; sentences], ..ToneLayer::default() }
}
