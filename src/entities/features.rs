//! Features of a token in its sentence, as 32-bit hashes (the "hashing trick").
//!
//! The trainer (`src/bin/train-ner.rs`) and the tagger call the same code, so a
//! model always sees the features it was trained on.

use super::gazetteer;

/// FNV-1a over bytes, seeded.
fn fnv(seed: u32, bytes: &[u8]) -> u32 {
    let mut h = 0x811c_9dc5u32 ^ seed.wrapping_mul(0x0100_0193);
    for &b in bytes {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}

/// Mixes a template number and two values into one feature hash (never 0: 0 marks empty slots).
#[inline]
fn mix(template: u32, a: u32, b: u32) -> u32 {
    let mut x = (u64::from(template) << 56) ^ (u64::from(a) << 24) ^ u64::from(b) ^ (u64::from(b) << 40);
    x ^= x >> 33;
    x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
    x ^= x >> 33;
    x = x.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    x ^= x >> 33;
    (x as u32).max(1)
}

const F_INIT_CAP: u16 = 1;
const F_ALL_CAPS: u16 = 2;
const F_HAS_DIGIT: u16 = 4;
const F_HAS_HYPHEN: u16 = 8;
const F_HAS_PERIOD: u16 = 16;
const F_ALL_DIGIT: u16 = 32;
const F_NO_ALPHA: u16 = 64;
const F_MIXED: u16 = 128;

/// What the features need to know about one token, computed once.
///
/// Equality and hashing cover every field, so two equal descriptions give the same features.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct TokenInfo {
    lower: u32,
    word: u32,
    shape: u32,
    short_shape: u32,
    prefixes: [u32; 4],
    suffixes: [u32; 4],
    flags: u16,
    gazetteer: u8,
    document: u8,
}

impl TokenInfo {
    /// Describes `word`; `lower` is a scratch buffer.
    pub fn new(word: &str, lower: &mut String) -> TokenInfo {
        lower.clear();
        if word.is_ascii() {
            // Most tokens: the same result as the per-character mapping below, several times cheaper.
            lower.push_str(word);
            lower.make_ascii_lowercase();
        } else {
            lower.extend(word.chars().flat_map(char::to_lowercase));
        }
        let mut shape = [0u8; 16];
        let mut shape_len = 0;
        let mut short = [0u8; 16];
        let mut short_len = 0;
        let (mut upper, mut lowers, mut digits, mut alpha) = (0, 0, 0, 0);
        // Hyphens and full stops noted in the same pass rather than by two more scans of the word.
        let (mut hyphen, mut period) = (false, false);
        for c in word.chars() {
            hyphen |= c == '-';
            period |= c == '.';
            let s = if c.is_uppercase() {
                upper += 1;
                alpha += 1;
                b'X'
            } else if c.is_alphabetic() {
                lowers += 1;
                alpha += 1;
                b'x'
            } else if c.is_numeric() {
                digits += 1;
                b'd'
            } else if c.is_ascii() {
                c as u8
            } else {
                b'~'
            };
            if shape_len < shape.len() {
                shape[shape_len] = s;
                shape_len += 1;
            }
            if (short_len == 0 || short[short_len - 1] != s) && short_len < short.len() {
                short[short_len] = s;
                short_len += 1;
            }
        }
        let first_upper = word.chars().next().is_some_and(char::is_uppercase);
        let mut flags = 0;
        if first_upper {
            flags |= F_INIT_CAP;
        }
        if upper > 0 && lowers == 0 {
            flags |= F_ALL_CAPS;
        }
        if digits > 0 {
            flags |= F_HAS_DIGIT;
        }
        if hyphen {
            flags |= F_HAS_HYPHEN;
        }
        if period {
            flags |= F_HAS_PERIOD;
        }
        if digits > 0 && alpha == 0 && digits == word.chars().filter(|c| c.is_numeric()).count() {
            flags |= F_ALL_DIGIT;
        }
        if alpha == 0 {
            flags |= F_NO_ALPHA;
        }
        if upper > 0 && lowers > 0 && !(first_upper && upper == 1) {
            flags |= F_MIXED;
        }
        // Byte offsets of the first five and the last five character starts, without allocating.
        let bytes = lower.as_bytes();
        let mut heads = [0usize; 5];
        let mut n = 0;
        for (i, (at, _)) in lower.char_indices().enumerate() {
            if i < 5 {
                heads[i] = at;
            }
            n = i + 1;
        }
        let mut tails = [0usize; 5];
        for (i, (at, _)) in lower.char_indices().rev().take(5).enumerate() {
            tails[i] = at;
        }
        let mut prefixes = [0; 4];
        let mut suffixes = [0; 4];
        for k in 1..=4 {
            if n > k {
                prefixes[k - 1] = fnv(10 + k as u32, &bytes[..heads[k]]);
                suffixes[k - 1] = fnv(20 + k as u32, &bytes[tails[k - 1]..]);
            }
        }
        TokenInfo {
            lower: fnv(1, lower.as_bytes()),
            word: fnv(2, word.as_bytes()),
            shape: fnv(3, &shape[..shape_len]),
            short_shape: fnv(4, &short[..short_len]),
            prefixes,
            suffixes,
            flags,
            gazetteer: gazetteer::flags(lower),
            document: 0,
        }
    }

    /// Adds what the rest of the document says about this word (see [`DocumentWords`]).
    pub fn with_document(mut self, words: &DocumentWords, lower: &str) -> TokenInfo {
        self.document = words.bits(lower);
        self
    }

    /// Whether the token starts with a capital letter.
    pub fn is_capitalized(&self) -> bool {
        self.flags & F_INIT_CAP != 0
    }

    /// Whether the token has capitals and no small letters.
    pub fn is_all_caps(&self) -> bool {
        self.flags & F_ALL_CAPS != 0
    }

    /// Whether nothing in how the token is written or listed hints at a name: small letters or
    /// punctuation only, in no gazetteer list. (See [`super::model::Model::tag_buffered`].)
    pub fn is_plain(&self) -> bool {
        self.flags & (F_INIT_CAP | F_ALL_CAPS | F_HAS_DIGIT | F_MIXED) == 0
    }

    fn has_letters(&self) -> bool {
        self.flags & F_NO_ALPHA == 0
    }
}

/// How the whole sentence is cased: normal, all capitals (wire headlines) or title case.
pub fn sentence_case(tokens: &[TokenInfo]) -> u32 {
    // Counted in one pass, without collecting the words: this runs for every sentence.
    let (mut words, mut caps, mut initial) = (0, 0, 0);
    for t in tokens.iter().filter(|t| t.has_letters()) {
        words += 1;
        caps += usize::from(t.is_all_caps());
        initial += usize::from(t.is_capitalized());
    }
    if words < 3 {
        return 0;
    }
    if caps * 10 >= words * 8 {
        1
    } else if initial * 10 >= words * 8 {
        2
    } else {
        0
    }
}

/// How each word is written across the whole document: a capitalized word that the
/// article also writes in lower case is probably not a name, and a word in a
/// headline in capitals that the body writes capitalized mid-sentence probably is.
#[derive(Debug, Default)]
pub struct DocumentWords {
    /// Fx hashing (eight bytes a step) rather than [`FnvBuild`] (one): this map is read per token.
    /// Keys inline up to 24 bytes: one heap string per different word was most of the stage's allocations.
    words: crate::keyphrases::FastMap<compact_str::CompactString, u8>,
}

/// FNV-1a for the per-token hash maps: the standard SipHash costs more than the lookup
/// it serves, and these keys come from the text, not from an attacker who gains by collisions.
#[derive(Debug, Clone, Copy, Default)]
pub struct FnvBuild;

/// The hasher of [`FnvBuild`].
pub struct FnvHasher(u64);

impl std::hash::BuildHasher for FnvBuild {
    type Hasher = FnvHasher;
    fn build_hasher(&self) -> FnvHasher {
        FnvHasher(0xcbf2_9ce4_8422_2325)
    }
}

impl std::hash::Hasher for FnvHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// Seen in lower case.
const SEEN_LOWER: u8 = 1;
/// Seen capitalized (not all capitals) after the first word of a sentence.
const SEEN_CAPITALIZED: u8 = 2;

impl DocumentWords {
    /// Room for `words` different words without growing.
    pub fn with_capacity(words: usize) -> DocumentWords {
        DocumentWords { words: crate::keyphrases::FastMap::with_capacity_and_hasher(words, Default::default()) }
    }

    /// Notes one sentence's words.
    pub fn add_sentence<'a>(&mut self, words: impl Iterator<Item = &'a str>) {
        // One buffer for the lower-cased words: only a word not seen before is copied into the map.
        let mut lower = String::new();
        for (i, word) in words.enumerate() {
            let mut chars = word.chars();
            let Some(first) = chars.next() else { continue };
            let bit = if first.is_lowercase() {
                SEEN_LOWER
            } else if i > 0 && first.is_uppercase() && chars.any(char::is_lowercase) {
                SEEN_CAPITALIZED
            } else {
                continue;
            };
            lower.clear();
            if word.is_ascii() {
                lower.push_str(word);
                lower.make_ascii_lowercase();
            } else {
                lower.push_str(&word.to_lowercase());
            }
            match self.words.get_mut(lower.as_str()) {
                Some(bits) => *bits |= bit,
                None => {
                    self.words.insert(lower.as_str().into(), bit);
                }
            }
        }
    }

    fn bits(&self, lower: &str) -> u8 {
        self.words.get(lower).copied().unwrap_or(0)
    }
}

/// Stands for a token outside the sentence (plus its position, for the words' hashes).
const BOUNDARY: u32 = 0x5eed;
/// Stands for the gazetteer flags of a token outside the sentence.
const BOUNDARY_GAZETTEER: u32 = 99;

/// Which of a token's features [`features_part`] gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// All of them (what [`features`] gives).
    All,
    /// Those that depend only on the token's own [`TokenInfo`], the sentence's case and whether
    /// the token opens the sentence: the same for every occurrence of a word in those conditions,
    /// so the tagger can add their weights up once per word (`model::OwnSums`).
    Own,
    /// Those that read one neighbouring token and nothing else: the features of each neighbour
    /// as [`neighbour_features`] gives them for its offset.
    Neighbours,
    /// Those that read the token and a neighbour, or two tokens together.
    Pairs,
}

/// The offsets from a token of the neighbours that single-neighbour features read, in the order
/// [`features`] gives their features. [`neighbour_features`] takes an index into this list.
pub const NEIGHBOURS: [isize; 4] = [-1, 1, -2, 2];

/// What the single-neighbour features know of a token: its lower-case hash and gazetteer flags.
/// A position outside the sentence has its own stand-ins. Equal values give equal features.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Neighbour {
    lower: u32,
    gazetteer: u32,
}

impl Neighbour {
    /// Token `j` of `tokens`, or the stand-in for position `j` when it is outside the sentence.
    #[inline]
    pub fn at(tokens: &[TokenInfo], j: isize) -> Neighbour {
        match usize::try_from(j).ok().and_then(|j| tokens.get(j)) {
            Some(t) => Neighbour::of(t),
            // Outside the sentence the hash depends on the position (both before and after it).
            None => Neighbour { lower: BOUNDARY + j.unsigned_abs() as u32, gazetteer: BOUNDARY_GAZETTEER },
        }
    }

    /// A token of the sentence.
    #[inline]
    pub fn of(t: &TokenInfo) -> Neighbour {
        Neighbour { lower: t.lower, gazetteer: u32::from(t.gazetteer) }
    }
}

/// The template of the single-neighbour feature on the lower-case word of neighbour `k` (an index
/// into [`NEIGHBOURS`]): 7–10.
#[inline]
fn neighbour_word(k: usize, n: Neighbour) -> u32 {
    mix(7 + k as u32, n.lower, 0)
}

/// Neighbours whose gazetteer flags are a feature: the first two of [`NEIGHBOURS`] (-1 and +1).
const GAZETTEER_NEIGHBOURS: usize = 2;

/// The template of the single-neighbour feature on the gazetteer flags of neighbour `k` (an index
/// into [`NEIGHBOURS`], below [`GAZETTEER_NEIGHBOURS`]): 18–19.
#[inline]
fn neighbour_gazetteer(k: usize, n: Neighbour) -> u32 {
    mix(18 + k as u32, n.gazetteer, 0)
}

/// Calls `emit` with the features that a token standing at offset [`NEIGHBOURS`]`[k]` of another
/// gives that other token, and that depend on nothing else ([`Part::Neighbours`]). They are the
/// same wherever the word stands, so the tagger adds their weights up once per word and offset.
#[inline]
pub fn neighbour_features(k: usize, n: Neighbour, emit: &mut impl FnMut(u32)) {
    emit(neighbour_word(k, n));
    if k < GAZETTEER_NEIGHBOURS {
        emit(neighbour_gazetteer(k, n));
    }
}

/// Calls `emit` with every feature of token `i` of a sentence whose case is `case`.
pub fn features(tokens: &[TokenInfo], case: u32, i: usize, emit: &mut impl FnMut(u32)) {
    features_part(tokens, case, i, Part::All, emit);
}

/// Calls `emit` with the features of token `i` in `part`, in the order [`features`] gives them
/// (one list of templates, so the parts always add up to the whole). [`Part::Neighbours`] gives
/// here the same features as [`neighbour_features`] for each neighbour.
#[inline]
pub fn features_part(tokens: &[TokenInfo], case: u32, i: usize, part: Part, emit: &mut impl FnMut(u32)) {
    let own = matches!(part, Part::All | Part::Own);
    let single = matches!(part, Part::All | Part::Neighbours);
    let pairs = matches!(part, Part::All | Part::Pairs);
    let t = &tokens[i];
    let at = |j: isize| -> Option<&TokenInfo> { usize::try_from(j).ok().and_then(|j| tokens.get(j)) };
    let first = u32::from(i == 0);
    let i = i as isize;
    let neighbour = |k: usize| Neighbour::at(tokens, i + NEIGHBOURS[k]);
    let shape_at = |j: isize| at(j).map_or(BOUNDARY, |t| t.short_shape);
    let doc = u32::from(t.document);
    if own {
        emit(mix(0, 0, 0));
        emit(mix(1, t.lower, 0));
        emit(mix(2, t.word, case));
        emit(mix(3, t.shape, case));
        emit(mix(4, t.short_shape, case));
        for k in 0..4 {
            if t.prefixes[k] != 0 {
                emit(mix(5, t.prefixes[k], 0));
            }
            if t.suffixes[k] != 0 {
                emit(mix(6, t.suffixes[k], 0));
            }
        }
    }
    if single {
        for k in 0..NEIGHBOURS.len() {
            emit(neighbour_word(k, neighbour(k)));
        }
    }
    if pairs {
        let (p1, n1) = (neighbour(0).lower, neighbour(1).lower);
        emit(mix(11, p1, t.lower));
        emit(mix(12, t.lower, n1));
        emit(mix(13, shape_at(i - 1), t.short_shape));
        emit(mix(14, t.short_shape, shape_at(i + 1)));
    }
    if own {
        emit(mix(15, u32::from(t.flags), case * 2 + first));
        emit(mix(16, t.short_shape, first));
        emit(mix(17, u32::from(t.gazetteer), u32::from(t.flags & F_INIT_CAP)));
    }
    if single {
        for k in 0..GAZETTEER_NEIGHBOURS {
            emit(neighbour_gazetteer(k, neighbour(k)));
        }
    }
    if pairs {
        let (p1, n1, p2, n2) = (neighbour(0).lower, neighbour(1).lower, neighbour(2).lower, neighbour(3).lower);
        emit(mix(20, shape_at(i - 1), shape_at(i + 1)));
        emit(mix(21, p1, t.short_shape));
        emit(mix(22, n1, t.short_shape));
        emit(mix(23, p2, p1));
        emit(mix(24, n1, n2));
    }
    if own {
        emit(mix(25, doc, u32::from(t.flags & (F_INIT_CAP | F_ALL_CAPS)) * 4 + case));
        emit(mix(26, doc, first * 2 + u32::from(t.gazetteer != 0)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The features of token `i` as [`features`] gives them, and as the tagger assembles them
    /// from its own, each neighbour's and the pairwise ones, each sorted (multisets).
    fn both_ways(tokens: &[TokenInfo], case: u32, i: usize) -> (Vec<u32>, Vec<u32>) {
        let mut all = Vec::new();
        features(tokens, case, i, &mut |f| all.push(f));
        let mut parts = Vec::new();
        features_part(tokens, case, i, Part::Own, &mut |f| parts.push(f));
        features_part(tokens, case, i, Part::Pairs, &mut |f| parts.push(f));
        let mut single = Vec::new();
        for (k, offset) in NEIGHBOURS.into_iter().enumerate() {
            neighbour_features(k, Neighbour::at(tokens, i as isize + offset), &mut |f| single.push(f));
        }
        // The part as `features_part` gives it is the same multiset as each neighbour's features.
        let mut from_part = Vec::new();
        features_part(tokens, case, i, Part::Neighbours, &mut |f| from_part.push(f));
        from_part.sort_unstable();
        parts.extend(&single);
        single.sort_unstable();
        assert_eq!(from_part, single);
        all.sort_unstable();
        parts.sort_unstable();
        (all, parts)
    }

    #[test]
    fn parts_add_up_to_all_features() {
        let sentences: &[&[&str]] = &[
            &["Hello"],
            &["Obama", "said"],
            &["U.S.", "forces"],
            &["The", "president", "met", "Angela", "Merkel", "in", "Berlin", "."],
            &["WIRE", "HEADLINE", "IN", "CAPITALS", "TODAY"],
            &["Title", "Case", "Headline", "For", "Tests"],
            &["Zürich", "and", "Łódź", "reported", "3.5", "%", "growth", "in", "2016-17"],
            &["the", "the", "the", "the", "the", "the"],
            &["a", "b", "c"],
        ];
        let mut words = DocumentWords::default();
        for sentence in sentences {
            words.add_sentence(sentence.iter().copied());
        }
        let mut lower = String::new();
        let mut checked = 0;
        for sentence in sentences {
            let tokens: Vec<TokenInfo> = sentence
                .iter()
                .map(|w| {
                    let info = TokenInfo::new(w, &mut lower);
                    info.with_document(&words, &lower)
                })
                .collect();
            for case in [sentence_case(&tokens), 0, 1, 2] {
                for i in 0..tokens.len() {
                    let (all, parts) = both_ways(&tokens, case, i);
                    assert_eq!(all, parts, "token {i} of {sentence:?}, case {case}");
                    // Sums' 16-bit lanes must not overflow (model::Sums).
                    assert!(all.len() < 257);
                    checked += 1;
                }
            }
        }
        assert!(checked > 100);
    }

    #[test]
    fn boundaries_depend_on_the_position() {
        // The stand-ins for positions outside the sentence hash their position, as the model was
        // trained: the one after a 2-token sentence differs from the one after a 3-token one.
        let mut lower = String::new();
        let tokens: Vec<TokenInfo> = ["a", "b", "c"].iter().map(|w| TokenInfo::new(w, &mut lower)).collect();
        assert_eq!(Neighbour::at(&tokens, -1), Neighbour::at(&tokens[..2], -1));
        assert_ne!(Neighbour::at(&tokens, 3), Neighbour::at(&tokens[..2], 2));
        assert_ne!(Neighbour::at(&tokens, -1), Neighbour::at(&tokens, -2));
        assert_eq!(Neighbour::at(&tokens, 1), Neighbour::of(&tokens[1]));
    }
}
