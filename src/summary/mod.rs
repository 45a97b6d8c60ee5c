//! Stage: summary — the three sentences (fewer for short texts) that best summarize the article,
//! in document order, and the lede: the first real news sentence.
//!
//! Extractive, after the centroid method (Radev et al. 2004): the article's centre is the set of
//! content words it uses more than once; a sentence scores by how much of that centre it holds
//! (per square root of its length, so long sentences do not win by size), by how many of the
//! headline's words it repeats, by the salience of the entities it names, and by its position
//! (news puts what matters first). Sentences are picked best first, skipping one that mostly
//! repeats a sentence already picked.
//!
//! Never picked: boilerplate (not among the sentences at all), sentences under
//! [`MIN_WORDS`] or over [`MAX_WORDS`] words, and bare quotes — quoted words whose sentence does
//! not say who speaks (their cue and speaker are in another sentence, or nowhere).
//!
//! Linear: only the first [`MAX_SENTENCES`] sentences are candidates, each read once.

use std::collections::HashSet;

use crate::document::Document;
use crate::keyphrases::stopwords::is_stopword;
use crate::words::NUMBER;

/// Sentences considered: a summary comes from the body of an article, not from page 40 of a paste.
pub const MAX_SENTENCES: usize = 200;
/// Shorter sentences are fragments, captions or sign-offs.
pub const MIN_WORDS: usize = 6;
/// Longer "sentences" are run-on pastes without punctuation.
pub const MAX_WORDS: usize = 70;
/// The lede is a full news sentence: at least this many words.
const LEDE_MIN_WORDS: usize = 8;
/// Two sentences sharing more than this share of their content words say the same thing.
const REDUNDANT: f64 = 0.6;

/// The summary layer: indices into `doc.structure.sentences`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    /// The summary sentences, in document order.
    pub sentences: Vec<usize>,
    /// The first real news sentence.
    pub lede: Option<usize>,
}

/// Reporting words that put a speaker in the sentence itself.
const CUES: &[&str] = &[
    "according",
    "acknowledged",
    "added",
    "admitted",
    "announced",
    "argued",
    "asked",
    "claimed",
    "confirmed",
    "declared",
    "denied",
    "explained",
    "insisted",
    "noted",
    "recalled",
    "replied",
    "reported",
    "said",
    "say",
    "says",
    "stated",
    "tell",
    "tells",
    "told",
    "warned",
    "wrote",
];

fn is_quote_mark(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '‘' | '’' | '«' | '»' | '„' | '\'')
}

/// Quoted words with no one saying them in this sentence: it opens or closes with a quote mark,
/// or holds an unpaired one (a piece of a longer quotation), and has no reporting word.
fn is_bare_quote(sentence: &str, has_cue: bool) -> bool {
    let trimmed = sentence.trim();
    let opens = trimmed.starts_with(is_quote_mark);
    let closes = trimmed.trim_end_matches(['.', '!', '?', ')']).ends_with(|c: char| is_quote_mark(c) && c != '\'');
    let double_marks = sentence.chars().filter(|&c| matches!(c, '"' | '“' | '”' | '«' | '»' | '„')).count();
    let quoted = opens || closes || double_marks % 2 == 1;
    quoted && !has_cue
}

struct Candidate {
    index: usize,
    /// Its content words (ids), sorted, each once.
    keys: Vec<u32>,
    words: usize,
    eligible: bool,
    bare: bool,
}

/// Picks the summary sentences and the lede of `doc`. `quoted_without_cue` lists sentences the
/// quotes stage found quoted words in whose cue is elsewhere; they are never picked.
pub fn run(doc: &Document<'_>, quoted_without_cue: &[usize]) -> Summary {
    let text = doc.text();
    let sentences = &doc.structure.sentences;
    let quoted_without_cue: HashSet<usize> = quoted_without_cue.iter().copied().collect();
    let mut candidates = Vec::new();
    // Every word key is looked at once for what it is: a content word's id (ids count content
    // words only, in order of first use, as they index `frequency`), or none for a stopword or a
    // single character; and whether it is a reporting cue. Keys come numbered from the word
    // layer; remembering what each is by its number is cheaper than searching the stopword and
    // cue lists for every word.
    let layer = &doc.structure.words;
    let mut known: Vec<Option<(Option<u32>, bool)>> = vec![None; layer.keys.len()];
    let mut frequency: Vec<f64> = Vec::new();
    let mut content = |key: u32, frequency: &mut Vec<f64>| {
        if let Some(known) = known[key as usize] {
            return known;
        }
        let text = layer.keys[key as usize].as_str();
        let cue = CUES.binary_search(&text).is_ok();
        let id = if is_stopword(text) || text.chars().nth(1).is_none() {
            None
        } else {
            frequency.push(0.0);
            Some(frequency.len() as u32 - 1)
        };
        known[key as usize] = Some((id, cue));
        (id, cue)
    };
    for (index, (range, _)) in sentences.iter().enumerate().take(MAX_SENTENCES) {
        let mut keys = Vec::new();
        let mut has_cue = false;
        let words = layer.sentence(index).len();
        for &key in layer.ids[layer.sentence(index)].iter().filter(|&&key| key != NUMBER) {
            let (id, cue) = content(key, &mut frequency);
            has_cue |= cue;
            keys.extend(id);
        }
        keys.sort_unstable();
        keys.dedup();
        for &id in &keys {
            frequency[id as usize] += 1.0;
        }
        let sentence = &text[range.clone()];
        let bare = quoted_without_cue.contains(&index) || is_bare_quote(sentence, has_cue);
        let eligible = !bare && (MIN_WORDS..=MAX_WORDS).contains(&words) && sentence.chars().any(char::is_lowercase);
        candidates.push(Candidate { index, keys, words, eligible, bare });
    }
    let mut headline: Vec<u32> = layer.ids[layer.headline()]
        .iter()
        .filter(|&&key| key != NUMBER)
        .filter_map(|&key| content(key, &mut frequency).0)
        .collect();
    headline.sort_unstable();
    headline.dedup();
    let entity = entity_weights(doc, candidates.len());

    let central: Vec<f64> = candidates
        .iter()
        .map(|c| {
            // Words used once are not the article's centre.
            let weight: f64 = c.keys.iter().map(|&k| frequency[k as usize]).filter(|&f| f >= 2.0).sum();
            weight / (c.keys.len().max(1) as f64).sqrt()
        })
        .collect();
    let max_central = central.iter().copied().fold(0.0, f64::max).max(f64::MIN_POSITIVE);
    let max_entity = entity.iter().copied().fold(0.0, f64::max).max(f64::MIN_POSITIVE);
    let mut ranked: Vec<(f64, usize)> = candidates
        .iter()
        .enumerate()
        .filter(|(_, c)| c.eligible)
        .map(|(i, c)| {
            let in_headline = if headline.is_empty() { 0.0 } else { shared(&c.keys, &headline) as f64 / headline.len() as f64 };
            let position = 1.0 / (1.0 + c.index as f64 / 3.0);
            let score = 0.4 * central[i] / max_central + 0.2 * in_headline + 0.15 * entity[i] / max_entity + 0.25 * position;
            (score, i)
        })
        .collect();
    ranked.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));

    let eligible = candidates.iter().filter(|c| c.eligible).count();
    let wanted = match eligible {
        0..=2 => eligible.min(1),
        3..=5 => 2,
        _ => 3,
    };
    let mut picked: Vec<usize> = Vec::new();
    for &(_, i) in &ranked {
        if picked.len() >= wanted {
            break;
        }
        let repeats = picked.iter().any(|&p| {
            let (a, b) = (&candidates[p].keys, &candidates[i].keys);
            let shared = shared(a, b) as f64;
            shared > REDUNDANT * a.len().min(b.len()).max(1) as f64
        });
        if !repeats {
            picked.push(i);
        }
    }
    picked.sort_unstable();
    let lede = candidates.iter().take(10).find(|c| c.eligible && !c.bare && c.words >= LEDE_MIN_WORDS).map(|c| c.index);
    Summary { sentences: picked.into_iter().map(|i| candidates[i].index).collect(), lede }
}

/// How many ids two sorted, deduplicated lists share (a merge, linear in their lengths).
fn shared(a: &[u32], b: &[u32]) -> usize {
    let (mut i, mut j, mut count) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                count += 1;
                i += 1;
                j += 1;
            }
        }
    }
    count
}

/// For each of the first `count` sentences, the summed salience of the entities it names.
fn entity_weights(doc: &Document<'_>, count: usize) -> Vec<f64> {
    let starts: Vec<usize> = doc.structure.sentences.iter().take(count).map(|(r, _)| r.start).collect();
    let mut weights = vec![0.0; count];
    let mut seen: HashSet<(usize, usize)> = HashSet::new();
    for (e, entity) in doc.entities.iter().enumerate() {
        for mention in &entity.mentions {
            // The sentence that starts at or before the mention (mentions in the headline fall before all).
            let at = starts.partition_point(|&s| s <= mention.start);
            if at == 0 || at > count {
                continue;
            }
            let sentence = at - 1;
            if doc.structure.sentences[sentence].0.end >= mention.end && seen.insert((sentence, e)) {
                weights[sentence] += entity.salience;
            }
        }
    }
    weights
}

#[cfg(test)]
mod tests;
