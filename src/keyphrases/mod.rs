//! Stage: keyphrases — what the article is about, as up to [`MAX_PHRASES`] phrases of one to
//! three words, best first, each with every place it occurs.
//!
//! Single-document, statistical and unsupervised, after YAKE (Campos et al., *Information
//! Sciences* 2020): every word gets a score from its casing, position, frequency, how many
//! different words surround it (a word that goes with everything is a function word, not a topic)
//! and how many sentences it is spread over; a phrase's score combines its words' scores (their
//! geometric mean, where YAKE multiplies them and so favours long phrases seen once) with its own
//! frequency. A phrase of several words must occur twice. Lower raw scores are better, as in YAKE;
//! the output's `score` is the best raw score divided by the phrase's, so the top phrase scores 1.
//!
//! Words are compared by a *key*: lower case, without hyphens, full stops or apostrophes, and
//! with a plural `-s` / `-ies` folded ("cease-fire" and "ceasefires" share the key of
//! "ceasefire"). Near-duplicates merge into the better-ranked phrase: one whose words hold the
//! other's ("ceasefire agreement" into "ceasefire"); a phrase takes a longer one's text when the
//! longer one accounts for most of its uses ("Federation" → "Russian Federation"). Names are
//! allowed, but while topics remain at most [`MAX_NAME_SHARE`] of the list are names (words the
//! article only ever capitalizes), so topics are not crowded out.
//!
//! Linear in the input: one pass to collect words, one over the candidate phrases (at most three
//! per word), a sort of those, and a merge that only compares with the phrases already kept.

pub mod stopwords;

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;

use crate::document::Document;
use crate::words::{NUMBER, Word};
use stopwords::is_stopword;

/// The most phrases returned.
pub const MAX_PHRASES: usize = 15;
/// The longest phrase, in words.
const MAX_WORDS: usize = 3;
/// At most this share of the phrases may be names (every word capitalized).
const MAX_NAME_SHARE: f64 = 0.5;
/// A longer phrase replaces a shorter one it holds when it accounts for this share of its uses.
const TOGETHER: f64 = 0.6;

/// A key phrase: its text, score and the ranges where it (or a phrase merged into it) occurs.
#[derive(Debug, Clone, PartialEq)]
pub struct Keyphrase {
    /// The phrase as the article writes it (its most usual spelling in running text).
    pub text: String,
    /// 0–1, higher is better; the best phrase scores 1.
    pub score: f64,
    /// Byte ranges into the normalized text, in text order.
    pub mentions: Vec<Range<usize>>,
}

/// Statistics of one word key over the document.
#[derive(Default)]
struct WordStat {
    tf: f64,
    /// Occurrences written with a capital that do not open a sentence.
    upper: f64,
    /// Occurrences written in capitals (acronyms).
    acronym: f64,
    /// Occurrences written in lower case.
    lower: f64,
    stop: bool,
    /// The last sentence it was seen in.
    last_sentence: Option<u32>,
    /// How many sentences it occurs in.
    spread: u32,
    /// The median of those sentences' indices (the middle one, the later of two), filled in once
    /// all words are read, from [`run`]'s list of (word, sentence) pairs: one list for the whole
    /// document rather than a vector allocated per word.
    median: u32,
    /// Different words seen just before and just after it.
    left: f64,
    right: f64,
    left_total: f64,
    right_total: f64,
}

/// FxHash (the rustc hasher): the maps here are keyed by small integers and short words, and std's
/// SipHash (built against hash flooding) was a third of this stage's time. Hand-rolled rather than a
/// dependency: it is a multiply and a rotate. Flooding is no worry here: a collision costs time,
/// never a wrong answer, and all work stays within one input.
#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher(u64);

impl Hasher for FxHasher {
    /// Eight bytes a step, little endian, the last step zero-padded. The tail is gathered byte by
    /// byte rather than copied into a padded buffer: that copy was a `memcpy` call for every key
    /// hashed (the same hash values either way).
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            self.add(rest.iter().rev().fold(0u64, |word, &b| word << 8 | u64::from(b)));
        }
    }
    /// As `write(&[n])` would hash it (a `str` key ends with one), without the slice.
    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n));
    }
    fn write_u32(&mut self, n: u32) {
        self.add(u64::from(n));
    }
    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

/// A hash map with [`FxHasher`] (also used by the summary and entities stages).
pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;
/// A hash set with [`FxHasher`] (also used by the entities stage).
pub(crate) type FastSet<K> = HashSet<K, BuildHasherDefault<FxHasher>>;

/// A candidate phrase: up to three word keys.
#[derive(Clone)]
struct Candidate {
    keys: [u32; MAX_WORDS],
    len: usize,
    tf: f64,
    /// The first mention, kept apart so a phrase seen once (most of them) allocates nothing.
    first: Range<usize>,
    /// The other mentions.
    rest: Vec<Range<usize>>,
    /// A mention that does not open a sentence, for the display text.
    inner: Option<Range<usize>>,
    /// Every word is a name word (see [`is_name`]).
    name: bool,
    raw: f64,
}

/// Finds the key phrases of `doc`: headline and article sentences (boilerplate, byline and
/// dateline are not article text).
pub fn run(doc: &Document<'_>) -> Vec<Keyphrase> {
    let text = doc.text();
    let structure = &doc.structure;
    // The headline is title case more often than not: its capitals say nothing about names.
    let layer = &structure.words;
    let regions = structure
        .headline
        .iter()
        .map(|_| (layer.headline(), true))
        .chain((0..structure.sentences.len()).map(|i| (layer.sentence(i), false)));

    // Adjacent word pairs seen so far, to count each word's different neighbours.
    let mut pairs: FastSet<(u32, u32)> = FastSet::with_capacity_and_hasher(text.len() / 8, Default::default());
    // The words' keys come numbered from the word layer; a stopword can only be a lower-case key
    // ("US" keeps its capitals in its key).
    let mut stats: Vec<WordStat> =
        layer.keys.iter().map(|key| WordStat { stop: is_stopword(key), ..WordStat::default() }).collect();
    // Chunks: runs of words with nothing but spaces between them; each word with its key id. All
    // chunks' words lie in one vector, each chunk a range of it, rather than a vector per chunk.
    let mut all_words: Vec<(Word, u32)> = Vec::with_capacity(text.len() / 8);
    let mut chunks: Vec<Range<usize>> = Vec::new();
    // (word id, sentence) for each sentence a word occurs in, in text order.
    let mut word_sentences: Vec<(u32, u32)> = Vec::with_capacity(text.len() / 8);
    let mut sentence_count = 0u32;
    // The first word of the chunk being read; it ends at `all_words.len()`.
    let mut chunk_start = 0;
    let mut close_chunk = |chunk_start: &mut usize, end: usize| {
        if *chunk_start < end {
            chunks.push(*chunk_start..end);
        }
        *chunk_start = end;
    };
    for (sentence, (region, headline)) in regions.enumerate() {
        let sentence = sentence as u32;
        sentence_count = sentence + 1;
        for (word, &id) in layer.words[region.clone()].iter().zip(&layer.ids[region]) {
            if word.breaks_before {
                close_chunk(&mut chunk_start, all_words.len());
            }
            if id == NUMBER {
                // Figures are not topics, and a phrase does not run across them.
                close_chunk(&mut chunk_start, all_words.len());
                continue;
            }
            let mut word = word.clone();
            word.sentence_initial |= headline;
            let stat = &mut stats[id as usize];
            stat.tf += 1.0;
            if word.acronym {
                stat.acronym += 1.0;
            } else if word.capitalized && !word.sentence_initial {
                stat.upper += 1.0;
            } else if !word.capitalized {
                stat.lower += 1.0;
            }
            if stat.last_sentence != Some(sentence) {
                stat.last_sentence = Some(sentence);
                stat.spread += 1;
                word_sentences.push((id, sentence));
            }
            if let Some(&(_, prev)) = all_words[chunk_start..].last() {
                if pairs.insert((prev, id)) {
                    stats[id as usize].left += 1.0;
                    stats[prev as usize].right += 1.0;
                }
                stats[id as usize].left_total += 1.0;
                stats[prev as usize].right_total += 1.0;
            }
            all_words.push((word, id));
        }
        close_chunk(&mut chunk_start, all_words.len());
    }
    // Each word's median sentence: its occurrence number spread / 2, counting in text order.
    let mut counted = vec![0u32; stats.len()];
    for &(id, sentence) in &word_sentences {
        let stat = &mut stats[id as usize];
        if counted[id as usize] == stat.spread / 2 {
            stat.median = sentence;
        }
        counted[id as usize] += 1;
    }
    let weights = word_weights(&stats, sentence_count);

    // Candidate phrases: 1–3 consecutive words of a chunk, neither starting nor ending with a stopword.
    let mut candidates: Vec<Candidate> = Vec::new();
    // About one distinct candidate per word: sized so that the map rarely grows.
    let mut index: FastMap<([u32; MAX_WORDS], usize), usize> =
        FastMap::with_capacity_and_hasher(all_words.len(), Default::default());
    let of = layer.id("of");
    for chunk in chunks.iter().map(|r| &all_words[r.clone()]) {
        for start in 0..chunk.len() {
            for len in 1..=MAX_WORDS.min(chunk.len() - start) {
                let words = &chunk[start..start + len];
                let first = &stats[words[0].1 as usize];
                let last = &stats[words[len - 1].1 as usize];
                // Inside a phrase the only stopword is "of" ("Secretary of State"): "Kutcher and
                // Justin" is two phrases.
                let inner_ok = words.iter().all(|(_, id)| !stats[*id as usize].stop || of == Some(*id));
                if first.stop || last.stop || !inner_ok || !words.iter().all(|(w, _)| usable(text, w)) {
                    continue;
                }
                let mut keys = [u32::MAX; MAX_WORDS];
                for (slot, (_, id)) in keys.iter_mut().zip(words) {
                    *slot = *id;
                }
                let range = words[0].0.range.start..words[len - 1].0.range.end;
                let at = *index.entry((keys, len)).or_insert_with(|| {
                    candidates.push(Candidate {
                        keys,
                        len,
                        tf: 0.0,
                        first: range.clone(),
                        rest: Vec::new(),
                        inner: None,
                        name: false,
                        raw: 0.0,
                    });
                    candidates.len() - 1
                });
                let candidate = &mut candidates[at];
                candidate.tf += 1.0;
                if candidate.inner.is_none() && !words[0].0.sentence_initial {
                    candidate.inner = Some(range.clone());
                }
                if candidate.tf > 1.0 {
                    candidate.rest.push(range);
                }
            }
        }
    }
    // A phrase of several words must recur to count: once is a turn of phrase, not a topic. A
    // common word before a name is a title or description of it ("actress Luisana"), not a phrase.
    candidates.retain(|c| {
        if c.len == 1 {
            return true;
        }
        // Whether each content word is a name, in a fixed array (a phrase has at most three words)
        // rather than a vector allocated per candidate.
        let mut content = [false; MAX_WORDS];
        let mut n = 0;
        for s in c.keys[..c.len].iter().map(|&id| &stats[id as usize]).filter(|s| !s.stop) {
            content[n] = is_name(s);
            n += 1;
        }
        c.tf >= 2.0 && !content[..n].windows(2).any(|w| !w[0] && w[1])
    });
    for c in &mut candidates {
        // YAKE multiplies its words' scores, which favours long phrases whatever their frequency;
        // the geometric mean (and the mean in the denominator) compares phrases of any length.
        let (mut product, mut sum, mut n) = (1.0f64, 0.0, 0.0);
        for &id in &c.keys[..c.len] {
            if !stats[id as usize].stop {
                product *= weights[id as usize];
                sum += weights[id as usize];
                n += 1.0;
            }
        }
        let n = f64::max(n, 1.0);
        c.raw = product.powf(1.0 / n) / (c.tf * (1.0 + sum / n));
    }
    candidates.sort_by(|a, b| a.raw.total_cmp(&b.raw).then(a.first.start.cmp(&b.first.start)));
    // A word that nearly always stands inside one longer phrase ("Federation" in "Russian
    // Federation", "Buenos" in "Buenos Aires") is better shown as that phrase.
    let mut fuller: FastMap<u32, usize> = FastMap::default();
    for (i, c) in candidates.iter().enumerate().filter(|(_, c)| c.len > 1) {
        for &id in &c.keys[..c.len] {
            let best = fuller.entry(id).or_insert(i);
            if candidates[*best].tf < c.tf {
                *best = i;
            }
        }
    }
    let upgrade: Vec<Option<usize>> = candidates
        .iter()
        .map(|c| {
            let longer = *fuller.get(&c.keys[0]).filter(|_| c.len == 1)?;
            (candidates[longer].tf >= TOGETHER * c.tf && uniform(&stats, &candidates[longer])).then_some(longer)
        })
        .collect();
    // Where the entities stage found a name, a capital at the start of a sentence is the name's own.
    let name_starts: HashSet<usize> = doc.entities.iter().flat_map(|e| e.mentions.iter().map(|r| r.start)).collect();
    select(text, &stats, candidates, &upgrade, &name_starts)
}

/// A word that may stand in a phrase: letters, and more than one of them.
fn usable(text: &str, word: &Word) -> bool {
    let s = &text[word.range.clone()];
    s.chars().filter(|c| c.is_alphabetic()).count() >= 2
}

/// YAKE's word score H: relatedness × position over casing + frequency/relatedness +
/// spread/relatedness. Lower is more important.
fn word_weights(stats: &[WordStat], sentences: u32) -> Vec<f64> {
    let content: Vec<f64> = stats.iter().filter(|s| !s.stop).map(|s| s.tf).collect();
    let n = content.len().max(1) as f64;
    let mean = content.iter().sum::<f64>() / n;
    let std = (content.iter().map(|tf| (tf - mean).powi(2)).sum::<f64>() / n).sqrt();
    let max_tf = stats.iter().map(|s| s.tf).fold(1.0, f64::max);
    let sentences = f64::from(sentences.max(1));
    stats
        .iter()
        .map(|s| {
            let tf = s.tf.max(1.0);
            let casing = s.upper.max(s.acronym) / (1.0 + tf.ln());
            let median = s.median;
            let position = (3.0 + f64::from(median)).ln().ln();
            let frequency = tf / (mean + std).max(1.0);
            let left = if s.left_total > 0.0 { s.left / s.left_total } else { 0.0 };
            let right = if s.right_total > 0.0 { s.right / s.right_total } else { 0.0 };
            let relatedness = 1.0 + (left + right) * tf / max_tf;
            let spread = f64::from(s.spread) / sentences;
            (relatedness * position) / (casing + frequency / relatedness + spread / relatedness)
        })
        .collect()
}

/// Takes the best candidates, merging near-duplicates and keeping names from crowding out topics.
fn select(
    text: &str,
    stats: &[WordStat],
    candidates: Vec<Candidate>,
    upgrade: &[Option<usize>],
    name_starts: &HashSet<usize>,
) -> Vec<Keyphrase> {
    let (share, together) = (MAX_NAME_SHARE, TOGETHER);
    let mut kept: Vec<Candidate> = Vec::new();
    // Names over their share wait here, best first, for a place further down.
    let mut waiting: Vec<Candidate> = Vec::new();
    let mut names = 0usize;
    // Each candidate is read (and copied) once at most: the loop stops when the list is full.
    for i in 0..candidates.len() {
        if kept.len() >= MAX_PHRASES {
            break;
        }
        let candidate = match upgrade[i] {
            Some(longer) => Candidate { raw: candidates[i].raw, ..candidates[longer].clone() },
            None => candidates[i].clone(),
        };
        let keys = &candidate.keys[..candidate.len];
        let overlaps = |k: &Candidate| contains(&k.keys[..k.len], keys) || contains(keys, &k.keys[..k.len]);
        if let Some(at) = kept.iter().position(overlaps) {
            if absorb(stats, &mut kept[at], candidate, together) {
                fold_into(&mut kept, at, &mut waiting);
                names = kept.iter().filter(|c| c.name).count();
            }
            continue;
        }
        if let Some(at) = waiting.iter().position(overlaps) {
            if absorb(stats, &mut waiting[at], candidate, together) {
                fold_into(&mut waiting, at, &mut kept);
                names = kept.iter().filter(|c| c.name).count();
            }
            continue;
        }
        let name = keys.iter().filter(|&&id| !stats[id as usize].stop).all(|&id| is_name(&stats[id as usize]));
        let mut candidate = candidate;
        candidate.name = name;
        // Names may fill at most `share` of every prefix of the list (and always the first two places).
        let allowed = |kept: usize, names: usize| (names + 1) as f64 <= (share * (kept + 1) as f64).max(2.0);
        if name && !allowed(kept.len(), names) {
            // More waiting names than places would never be shown; the cap keeps the scans short.
            if waiting.len() < MAX_PHRASES {
                waiting.push(candidate);
            }
            continue;
        }
        names += usize::from(name);
        kept.push(candidate);
        while !waiting.is_empty() && kept.len() < MAX_PHRASES && allowed(kept.len(), names) {
            kept.push(waiting.remove(0));
            names += 1;
        }
    }
    for candidate in waiting {
        if kept.len() >= MAX_PHRASES {
            break;
        }
        kept.push(candidate);
    }
    let best = kept.iter().map(|c| c.raw).fold(f64::INFINITY, f64::min);
    let mut previous = 1.0f64;
    kept.into_iter()
        .map(|mut c| {
            let mut all = std::mem::take(&mut c.rest);
            all.push(c.first.clone());
            all.sort_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
            all.dedup();
            // Of overlapping mentions (a merged phrase inside its host's), the first, longer one stays.
            let mut mentions: Vec<Range<usize>> = Vec::with_capacity(all.len());
            for m in all {
                match mentions.last() {
                    Some(last) if m.start < last.end => {}
                    _ => mentions.push(m),
                }
            }
            let shown = c.inner.clone().unwrap_or_else(|| mentions[0].clone());
            // Names moved down the list keep the order they are shown in: scores never rise.
            let score = if c.raw > 0.0 && best.is_finite() { (best / c.raw).min(previous) } else { previous };
            previous = score;
            let score = (score * 1000.0).round() / 1000.0;
            let lower = c.inner.is_none() && !name_starts.contains(&shown.start);
            Keyphrase { text: display(&text[shown], lower, stats, &c.keys[..c.len]), score, mentions }
        })
        .collect()
}

/// Merges `candidate` into `host`, a phrase that holds it or that it holds. A longer phrase that
/// nearly always stands where its shorter host does ("Buenos Aires" for "Buenos") becomes the
/// host's text; otherwise the host stays as it is and gains the shorter phrase's mentions.
/// Returns true when the host took the longer phrase's text.
fn absorb(stats: &[WordStat], host: &mut Candidate, candidate: Candidate, together: f64) -> bool {
    if candidate.len > host.len {
        if candidate.tf >= together * host.tf && uniform(stats, &candidate) {
            host.keys = candidate.keys;
            host.len = candidate.len;
            host.inner = candidate.inner;
            host.first = candidate.first;
            host.rest = candidate.rest;
            return true;
        }
    } else {
        host.rest.push(candidate.first);
        host.rest.extend(candidate.rest);
    }
    false
}

/// After `list[at]` grew into a longer phrase, the other phrases it now holds ("Buble" once
/// "Michael" became "Michael Buble"), in `list` or in `other`, merge into it. Both lists are short.
fn fold_into(list: &mut Vec<Candidate>, at: usize, other: &mut Vec<Candidate>) {
    let keys: Vec<u32> = list[at].keys[..list[at].len].to_vec();
    let mut folded = Vec::new();
    let mut i = 0;
    let mut at = at;
    while i < list.len() {
        if i != at && contains(&keys, &list[i].keys[..list[i].len]) {
            let gone = list.remove(i);
            folded.push(gone.first);
            folded.extend(gone.rest);
            if i < at {
                at -= 1;
            }
        } else {
            i += 1;
        }
    }
    other.retain_mut(|c| {
        let inside = contains(&keys, &c.keys[..c.len]);
        if inside {
            folded.push(c.first.clone());
            folded.append(&mut c.rest);
        }
        !inside
    });
    list[at].rest.extend(folded);
}

/// A phrase of names only ("Buenos Aires") or of common words only ("aid convoy"): one a shorter
/// phrase may grow into. A mix ("actress Luisana") is a name with a word that happens to precede it.
fn uniform(stats: &[WordStat], c: &Candidate) -> bool {
    let mut content = c.keys[..c.len].iter().map(|&id| &stats[id as usize]).filter(|s| !s.stop);
    let Some(first) = content.next() else { return false };
    let name = is_name(first);
    content.all(|s| is_name(s) == name)
}

/// A word the article only ever capitalizes (and capitalizes at least once mid-sentence).
fn is_name(s: &WordStat) -> bool {
    s.lower == 0.0 && s.upper + s.acronym > 0.0
}

/// True when `inner` occurs as consecutive keys in `outer`.
fn contains(outer: &[u32], inner: &[u32]) -> bool {
    inner.len() <= outer.len() && outer.windows(inner.len()).any(|w| w == inner)
}

/// The phrase as shown: whitespace collapsed; the capital of a phrase only ever seen at the start of
/// a sentence (or in the headline) is lowered unless its first word is a name ([`is_name`]) or an
/// acronym, or `may_lower` is false (the entities stage found a name there).
fn display(surface: &str, may_lower: bool, stats: &[WordStat], keys: &[u32]) -> String {
    let collapsed = surface.split_whitespace().collect::<Vec<_>>().join(" ");
    let first = &stats[keys[0] as usize];
    if may_lower && !is_name(first) && first.acronym == 0.0 {
        let mut chars = collapsed.chars();
        if let Some(c) = chars.next() {
            return c.to_lowercase().chain(chars).collect();
        }
    }
    collapsed
}

#[cfg(test)]
mod tests;
