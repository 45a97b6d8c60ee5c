//! The entity tagger: an averaged structured perceptron over BIO tags with
//! first-order Viterbi decoding, and its trainer.
//!
//! Hand-rolled because no crate offers a perceptron/CRF tagger that compiles to a
//! small wasm without a runtime; the whole tagger is this file and `features.rs`.
//!
//! Model file (`ner.model`, little endian): magic `LNER1`, tag count (u8), weight
//! scale (f32), transition scores ((T+1)×T f32, the first row from the sentence
//! start), feature count (u32), the sorted feature hashes as LEB128 deltas, then T
//! weights per feature as i8 (score = weight × scale).

use super::features::{NEIGHBOURS, Neighbour, Part, TokenInfo, features_part, neighbour_features, sentence_case};
use crate::keyphrases::FastMap;

/// The BIO tags, in model order.
pub const TAGS: [&str; 9] = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];
/// Number of tags.
pub const T: usize = TAGS.len();
// The weight table packs the first eight tags' weights in a `u64` and the ninth apart ([`Slot`]).
const _: () = assert!(T == 9);

/// Whether tag `to` may follow tag `from` (`None`: the sentence start) in BIO.
pub fn allowed(from: Option<usize>, to: usize) -> bool {
    if to == 0 || !to.is_multiple_of(2) {
        return true;
    }
    // An I- tag continues a B- or I- of its own type.
    matches!(from, Some(f) if f != 0 && f.div_ceil(2) == to.div_ceil(2))
}

/// A trained model, ready to tag.
pub struct Model {
    scale: f32,
    transitions: Vec<[f32; T]>,
    /// Open-addressing table of features with their weights inline: tagging looks up ~35 features
    /// a token in a table larger than the cache, so one 16-byte slot per probe (four to a cache line)
    /// instead of separate key, row and weight arrays cuts the cache misses that dominate the stage.
    slots: Vec<Slot>,
}

/// One slot of [`Model::slots`]: a feature hash (0 = empty) and its weight per tag, each stored
/// biased by 128 (as `w + 128`, 0–255) so that eight of them add as one `u64` (see [`Sums`]).
#[derive(Clone, Copy, Default)]
#[repr(C, align(16))]
struct Slot {
    key: u32,
    /// The last tag's biased weight.
    last: u8,
    /// The first eight tags' biased weights, tag `k` in byte `k` (little endian).
    first: u64,
}

/// Eight 8-bit lanes spread into 16-bit ones: even tags in one word, odd tags in the other.
const EVEN_BYTES: u64 = 0x00FF_00FF_00FF_00FF;

/// A token's weight sums, added eight tags at a time ("SIMD within a register"): adding the nine
/// weights one by one was the tagger's largest cost. Each 16-bit lane holds at most 255 × the
/// number of features added, so it cannot overflow below 257 features (a token has ~35).
#[derive(Clone, Copy, Default)]
struct Sums {
    even: u64,
    odd: u64,
    last: u32,
    count: i32,
}

impl Sums {
    #[inline]
    fn add(&mut self, slot: &Slot) {
        self.even += slot.first & EVEN_BYTES;
        self.odd += (slot.first >> 8) & EVEN_BYTES;
        self.last += u32::from(slot.last);
        self.count += 1;
    }

    /// Both sums together.
    #[inline]
    fn plus(self, other: Sums) -> Sums {
        Sums {
            even: self.even + other.even,
            odd: self.odd + other.odd,
            last: self.last + other.last,
            count: self.count + other.count,
        }
    }

    /// The exact integer sums of the (unbiased) weights, per tag.
    fn totals(&self) -> [i32; T] {
        debug_assert!(self.count < 257, "16-bit lanes overflow past 256 features");
        let bias = 128 * self.count;
        std::array::from_fn(|k| {
            let lane = if k == T - 1 {
                self.last as i32
            } else {
                let word = if k % 2 == 0 { self.even } else { self.odd };
                ((word >> (16 * (k / 2))) & 0xFFFF) as i32
            };
            lane - bias
        })
    }
}

#[inline]
fn slot(key: u32, mask: usize) -> usize {
    (key.wrapping_mul(0x9E37_79B1) as usize) & mask
}

fn read_u32(bytes: &[u8], at: &mut usize) -> Option<u32> {
    let b = bytes.get(*at..*at + 4)?;
    *at += 4;
    Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
}

impl Model {
    /// Reads a model file; `None` if it is malformed.
    pub fn from_bytes(bytes: &[u8]) -> Option<Model> {
        if bytes.get(..5)? != b"LNER1" || *bytes.get(5)? as usize != T {
            return None;
        }
        let mut at = 6;
        let scale = f32::from_bits(read_u32(bytes, &mut at)?);
        let mut transitions = vec![[0f32; T]; T + 1];
        for row in &mut transitions {
            for v in row.iter_mut() {
                *v = f32::from_bits(read_u32(bytes, &mut at)?);
            }
        }
        let n = read_u32(bytes, &mut at)? as usize;
        let mut hashes = Vec::with_capacity(n);
        let mut previous = 0u32;
        for _ in 0..n {
            let (mut value, mut shift) = (0u32, 0);
            loop {
                let b = *bytes.get(at)?;
                at += 1;
                value |= u32::from(b & 0x7f).checked_shl(shift)?;
                shift += 7;
                if b & 0x80 == 0 {
                    break;
                }
            }
            previous = previous.wrapping_add(value);
            hashes.push(previous);
        }
        let raw = bytes.get(at..at + n * T)?;
        // A load factor between 1/6 and 1/3: most look-ups are of features the model does not have,
        // and a miss probes until an empty slot (~1/(1−load)² slots). At 0.61 full (the 1 MB table of
        // the ~40 K-feature model) that cost 15.5 M instructions more on the PolNeAR dev articles and
        // ran the entity stage 12–18% slower natively; in wasm the 2 MB table is as fast and 1 MiB more.
        let capacity = (n * 3).next_power_of_two().max(16);
        let mask = capacity - 1;
        let mut slots = vec![Slot::default(); capacity];
        for (&key, row) in hashes.iter().zip(raw.chunks_exact(T)) {
            let mut s = slot(key, mask);
            while slots[s].key != 0 {
                s = (s + 1) & mask;
            }
            // The file's i8 weights, biased: flipping the sign bit maps -128..=127 to 0..=255.
            let biased = |k: usize| row[k] ^ 0x80;
            let first = u64::from_le_bytes(std::array::from_fn(biased));
            slots[s] = Slot { key, last: biased(T - 1), first };
        }
        Some(Model { scale, transitions, slots })
    }

    #[inline]
    fn row(&self, key: u32) -> Option<&Slot> {
        let mask = self.slots.len() - 1;
        let mut s = slot(key, mask);
        loop {
            let entry = &self.slots[s];
            match entry.key {
                0 => return None,
                k if k == key => return Some(entry),
                _ => s = (s + 1) & mask,
            }
        }
    }

    /// The summed weights of the features that `n` gives the token at offset [`NEIGHBOURS`]`[k]`
    /// from it.
    fn neighbour_sum(&self, k: usize, n: Neighbour) -> Sums {
        let mut sums = Sums::default();
        neighbour_features(k, n, &mut |f| {
            if let Some(slot) = self.row(f) {
                sums.add(slot);
            }
        });
        sums
    }

    /// What a word gives the tokens around it, at each offset of [`NEIGHBOURS`].
    fn neighbour_sums(&self, n: Neighbour) -> [Sums; NEIGHBOURS.len()] {
        std::array::from_fn(|k| self.neighbour_sum(k, n))
    }

    /// The best tag sequence for a sentence's tokens.
    pub fn tag(&self, tokens: &[TokenInfo]) -> Vec<usize> {
        // Every token its own word: always right, merely without sharing sums between them.
        let ids: Vec<u32> = (0..tokens.len() as u32).collect();
        self.tag_with(tokens, &ids, &mut WordSums::default())
    }

    /// [`Model::tag`], keeping the weight sums of words' features in `words` for the next
    /// sentences of the same document. `ids[i]` names the word of `tokens[i]` (see
    /// [`Model::tag_buffered`]).
    pub fn tag_with(&self, tokens: &[TokenInfo], ids: &[u32], words: &mut WordSums) -> Vec<usize> {
        self.tag_buffered(tokens, ids, words, &mut TagBuffers::default())
    }

    /// [`Model::tag_with`], with the per-token scores and the Viterbi tables in `buffers`, which the
    /// next sentence reuses: a document's sentences then allocate them once, not each.
    ///
    /// `ids[i]` names the description `tokens[i]`: within the sentences that share `words`, tokens
    /// with the same id must have equal descriptions (ids from the caller's own table of words,
    /// small numbers from 0: `words` keeps a slot for every number up to the largest).
    pub fn tag_buffered(&self, tokens: &[TokenInfo], ids: &[u32], words: &mut WordSums, buffers: &mut TagBuffers) -> Vec<usize> {
        self.tag_scored::<true>(tokens, ids, words, buffers)
    }

    /// [`Model::tag`] scoring every token, even those [`Model::tag_buffered`] knows to be O: the
    /// reference the shortcut is tested against.
    #[cfg(test)]
    pub fn tag_every_token(&self, tokens: &[TokenInfo]) -> Vec<usize> {
        let ids: Vec<u32> = (0..tokens.len() as u32).collect();
        self.tag_scored::<false>(tokens, &ids, &mut WordSums::default(), &mut TagBuffers::default())
    }

    fn tag_scored<const SKIP_PLAIN: bool>(
        &self,
        tokens: &[TokenInfo],
        ids: &[u32],
        words: &mut WordSums,
        buffers: &mut TagBuffers,
    ) -> Vec<usize> {
        assert_eq!(tokens.len(), ids.len(), "one id per token");
        let case = sentence_case(tokens);
        let TagBuffers { scores, around, best, back } = buffers;
        // A token whose whole context window (two on each side, as wide as any feature reads) is
        // small letters and punctuation is outside every name: the model, scoring it, tags it O in
        // every one of the 1,374 PolNeAR and KPCrowd articles (`docs/performance.md`; on CoNLL-2003
        // dev one false ORG of the full scoring goes, F1 0.8912 -> 0.8913). Its scores are not
        // computed (a third of all tokens). (Viterbi still walks all nine tags for it: a loop of
        // variable length there cost more than it saved.)
        let quiet = |i: usize| (i.saturating_sub(2)..(i + 3).min(tokens.len())).all(|k| tokens[k].is_plain());
        // What each position from two before the sentence to two after it gives its neighbours,
        // once per position rather than once per token reading it (each is read up to four times).
        // Position `j` is `around[j + 2]`.
        around.clear();
        // Positions outside the sentence stand in by their distance from its first token only
        // (`Neighbour::at`), so they are cached by it like words.
        let mut boundary = |j: isize| {
            let at = j.unsigned_abs();
            if at >= words.boundaries.len() {
                words.boundaries.resize(at + 1, None);
            }
            *words.boundaries[at].get_or_insert_with(|| self.neighbour_sums(Neighbour::at(tokens, j)))
        };
        let end = tokens.len() as isize;
        let (before, after) = ([-2, -1].map(&mut boundary), [end, end + 1].map(&mut boundary));
        around.extend(before);
        for (t, &id) in tokens.iter().zip(ids) {
            let id = id as usize;
            if id >= words.neighbours.len() {
                words.neighbours.resize(id + 1, None);
            }
            around.push(*words.neighbours[id].get_or_insert_with(|| self.neighbour_sums(Neighbour::of(t))));
        }
        around.extend(after);
        scores.clear();
        scores.extend((0..tokens.len()).map(|i| {
            if SKIP_PLAIN && quiet(i) {
                return ONLY_O;
            }
            let add = |part: Part| {
                let mut sums = Sums::default();
                features_part(tokens, case, i, part, &mut |f| {
                    if let Some(slot) = self.row(f) {
                        sums.add(slot);
                    }
                });
                sums
            };
            // Integer sums are exact, so adding the parts in any order gives the same total as
            // adding every feature in turn.
            let key = OwnKey { id: ids[i], case, first: i == 0 };
            let own = *words.own.entry(key).or_insert_with(|| add(Part::Own));
            let mut sums = own.plus(add(Part::Pairs));
            for (k, offset) in NEIGHBOURS.into_iter().enumerate() {
                sums = sums.plus(around[(i as isize + 2 + offset) as usize][k]);
            }
            sums.totals().map(|s| s as f32 * self.scale)
        }));
        viterbi_buffered(scores, &self.transitions, best, back)
    }
}

/// What [`Model::tag_buffered`] reuses from one sentence to the next: per-token scores, what each
/// position gives its neighbours, and the Viterbi tables (best score and back pointer per token
/// and tag).
#[derive(Default)]
pub struct TagBuffers {
    scores: Vec<[f32; T]>,
    around: Vec<[Sums; NEIGHBOURS.len()]>,
    best: Vec<[f32; T]>,
    back: Vec<[u8; T]>,
}

/// Weight sums kept across a document's sentences, by word (the ids of [`Model::tag_buffered`]):
/// three in five tokens of an article repeat an earlier word, so this saves most of the lookups.
#[derive(Default)]
pub struct WordSums {
    /// Sums of tokens' own features ([`Part::Own`]) by word, sentence case and first position.
    own: FastMap<OwnKey, Sums>,
    /// By word: sums of the single-neighbour features ([`Part::Neighbours`]) that it gives the
    /// token at each offset of [`NEIGHBOURS`] from it, once it has been seen. Indexed, not hashed:
    /// a lookup per token is what this saves.
    neighbours: Vec<Option<[Sums; NEIGHBOURS.len()]>>,
    /// The same for the positions outside a sentence, by distance from its first token.
    boundaries: Vec<Option<[Sums; NEIGHBOURS.len()]>>,
}

impl WordSums {
    /// Room for `words` different words without growing.
    pub fn with_capacity(words: usize) -> WordSums {
        WordSums {
            own: FastMap::with_capacity_and_hasher(words, Default::default()),
            neighbours: Vec::with_capacity(words),
            boundaries: Vec::new(),
        }
    }
}

/// The key of [`WordSums::own`]: a word, the sentence's case, whether the token opens it.
#[derive(PartialEq, Eq)]
struct OwnKey {
    id: u32,
    case: u32,
    first: bool,
}

impl std::hash::Hash for OwnKey {
    /// The three in one integer: one step of the hasher rather than three.
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        state.write_u64(u64::from(self.id) << 3 | u64::from(self.case) << 1 | u64::from(self.first));
    }
}

/// The scores of a token that can only be O: every other tag −∞, so no path tags it otherwise.
const ONLY_O: [f32; T] = {
    let mut only = [f32::NEG_INFINITY; T];
    only[0] = 0.0;
    only
};

/// First-order Viterbi over per-token scores and transition scores (row 0: from the start).
pub fn viterbi(scores: &[[f32; T]], transitions: &[[f32; T]]) -> Vec<usize> {
    viterbi_buffered(scores, transitions, &mut Vec::new(), &mut Vec::new())
}

/// [`viterbi`] with its tables in `best` and `back` (cleared and sized here), kept by the caller
/// for the next sentence.
fn viterbi_buffered(
    scores: &[[f32; T]],
    transitions: &[[f32; T]],
    best: &mut Vec<[f32; T]>,
    back: &mut Vec<[u8; T]>,
) -> Vec<usize> {
    let n = scores.len();
    if n == 0 {
        return Vec::new();
    }
    // Disallowed BIO transitions score −∞ once here, so the inner loop is plain arithmetic.
    let mut allowed_transitions = [[f32::NEG_INFINITY; T]; T + 1];
    for (from, row) in allowed_transitions.iter_mut().enumerate() {
        for (to, score) in row.iter_mut().enumerate() {
            if allowed(from.checked_sub(1), to) {
                *score = transitions[from][to];
            }
        }
    }
    // The same scores by destination tag: `into[k][j]` is the score of going from tag `j` to `k`,
    // so the inner loop below walks two contiguous slices (no index arithmetic, no bounds checks).
    let into: [[f32; T]; T] = std::array::from_fn(|k| std::array::from_fn(|j| allowed_transitions[j + 1][k]));
    best.clear();
    best.resize(n, [f32::NEG_INFINITY; T]);
    back.clear();
    back.resize(n, [0u8; T]);
    for k in 0..T {
        best[0][k] = allowed_transitions[0][k] + scores[0][k];
    }
    for i in 1..n {
        let previous = best[i - 1];
        for k in 0..T {
            let mut top = f32::NEG_INFINITY;
            let mut arg = 0;
            // An I- tag only follows its own B- or I- tag: every other way in scores −∞ and never
            // wins, so only those two are compared (in the same order: ties go the same way). O
            // and B- tags follow anything. This skips a third of the loop.
            let from = if k != 0 && k.is_multiple_of(2) { k - 1 } else { 0 };
            let to = if from == 0 { T } else { k + 1 };
            for (j, (&score, &step)) in previous[from..to].iter().zip(&into[k][from..to]).enumerate() {
                let s = score + step;
                if s > top {
                    top = s;
                    arg = from + j;
                }
            }
            best[i][k] = top + scores[i][k];
            back[i][k] = arg as u8;
        }
    }
    let mut k = (0..T).max_by(|&a, &b| best[n - 1][a].total_cmp(&best[n - 1][b])).unwrap_or(0);
    let mut tags = vec![0; n];
    for i in (0..n).rev() {
        tags[i] = k;
        k = back[i][k] as usize;
    }
    tags
}

/// The trainer: averaged structured perceptron (Collins 2002) over the same features.
#[cfg(not(target_arch = "wasm32"))]
pub mod train {
    use std::collections::HashMap;

    use super::*;

    /// Weights being learned, with the running sums needed for averaging.
    #[derive(Default)]
    pub struct Trainer {
        index: HashMap<u32, usize>,
        w: Vec<[f32; T]>,
        u: Vec<[f32; T]>,
        tw: Vec<[f32; T]>,
        tu: Vec<[f32; T]>,
        c: f32,
    }

    impl Trainer {
        /// A trainer with all weights zero.
        pub fn new() -> Trainer {
            Trainer { tw: vec![[0.0; T]; T + 1], tu: vec![[0.0; T]; T + 1], c: 1.0, ..Trainer::default() }
        }

        fn scores(&self, feats: &[Vec<u32>]) -> Vec<[f32; T]> {
            feats
                .iter()
                .map(|fs| {
                    let mut s = [0f32; T];
                    for f in fs {
                        if let Some(&r) = self.index.get(f) {
                            for (total, w) in s.iter_mut().zip(&self.w[r]) {
                                *total += w;
                            }
                        }
                    }
                    s
                })
                .collect()
        }

        /// Tags a sentence given its features with the current (not averaged) weights.
        pub fn predict(&self, feats: &[Vec<u32>]) -> Vec<usize> {
            viterbi(&self.scores(feats), &self.tw)
        }

        fn bump(&mut self, f: u32, tag: usize, delta: f32) {
            let next = self.w.len();
            let r = *self.index.entry(f).or_insert(next);
            if r == next {
                self.w.push([0.0; T]);
                self.u.push([0.0; T]);
            }
            self.w[r][tag] += delta;
            self.u[r][tag] += self.c * delta;
        }

        /// One perceptron step on a sentence.
        pub fn learn(&mut self, feats: &[Vec<u32>], gold: &[usize]) {
            let predicted = self.predict(feats);
            if predicted != gold {
                for i in 0..gold.len() {
                    if predicted[i] != gold[i] {
                        for &f in &feats[i] {
                            self.bump(f, gold[i], 1.0);
                            self.bump(f, predicted[i], -1.0);
                        }
                    }
                    let (gp, pp) = if i == 0 { (0, 0) } else { (gold[i - 1] + 1, predicted[i - 1] + 1) };
                    if gp != pp || gold[i] != predicted[i] {
                        self.tw[gp][gold[i]] += 1.0;
                        self.tu[gp][gold[i]] += self.c;
                        self.tw[pp][predicted[i]] -= 1.0;
                        self.tu[pp][predicted[i]] -= self.c;
                    }
                }
            }
            self.c += 1.0;
        }

        /// Replaces the weights by their averages (call once, after training).
        pub fn average(&mut self) {
            let c = self.c;
            for (w, u) in self.w.iter_mut().zip(&self.u).chain(self.tw.iter_mut().zip(&self.tu)) {
                for k in 0..T {
                    w[k] -= u[k] / c;
                }
            }
        }

        /// Writes the model file, keeping features with a quantized weight above `min_weight` (in
        /// absolute value): the many features with only tiny weights barely change a decision.
        pub fn to_bytes(&self, min_weight: i8) -> Vec<u8> {
            // The scale comes from the largest weight: clipping the few large weights
            // (to give the many small ones more resolution) costs far more F1 than it gains.
            let top = self.w.iter().flat_map(|w| w.iter().map(|v| v.abs())).fold(0f32, f32::max);
            let scale = (top / 127.0).max(1e-9);
            let mut kept: Vec<(u32, [i8; T])> = self
                .index
                .iter()
                .map(|(&f, &r)| (f, self.w[r].map(|v| (v / scale).round().clamp(-127.0, 127.0) as i8)))
                .filter(|(_, q)| q.iter().any(|&v| v.unsigned_abs() > min_weight.unsigned_abs()))
                .collect();
            kept.sort_by_key(|(f, _)| *f);
            let mut out = b"LNER1".to_vec();
            out.push(T as u8);
            out.extend(scale.to_bits().to_le_bytes());
            for row in &self.tw {
                for v in row {
                    out.extend(v.to_bits().to_le_bytes());
                }
            }
            out.extend((kept.len() as u32).to_le_bytes());
            let mut previous = 0u32;
            for (f, _) in &kept {
                let mut delta = f - previous;
                previous = *f;
                loop {
                    let b = (delta & 0x7f) as u8;
                    delta >>= 7;
                    if delta == 0 {
                        out.push(b);
                        break;
                    }
                    out.push(b | 0x80);
                }
            }
            for (_, q) in &kept {
                out.extend(q.iter().map(|v| v.to_le_bytes()[0]));
            }
            out
        }
    }
}
