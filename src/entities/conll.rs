//! Reading CoNLL-2003 files, and rebuilding each document as the text a newspaper
//! would print, for the trainer and the evaluation (native builds only).

use std::ops::Range;

/// One CoNLL document: sentences of (word, BIO tag index).
#[derive(Debug, Default)]
pub struct ConllDoc {
    /// Sentences of tokens with their tag indices (see `model::TAGS`).
    pub sentences: Vec<Vec<(String, usize)>>,
}

fn tag_index(tag: &str) -> usize {
    super::model::TAGS.iter().position(|t| *t == tag).unwrap_or(0)
}

/// Parses a CoNLL-2003 file (`word POS chunk tag`, IOB2 or IOB1 tags).
pub fn parse(content: &str) -> Vec<ConllDoc> {
    let mut docs = vec![ConllDoc::default()];
    let mut sentence: Vec<(String, usize)> = Vec::new();
    let flush = |docs: &mut Vec<ConllDoc>, sentence: &mut Vec<(String, usize)>| {
        if !sentence.is_empty()
            && let Some(d) = docs.last_mut()
        {
            d.sentences.push(std::mem::take(sentence));
        }
    };
    for line in content.lines() {
        let line = line.trim();
        if line.is_empty() {
            flush(&mut docs, &mut sentence);
            continue;
        }
        let parts: Vec<&str> = line.split_whitespace().collect();
        if parts[0] == "-DOCSTART-" {
            flush(&mut docs, &mut sentence);
            docs.push(ConllDoc::default());
            continue;
        }
        let tag = parts.last().copied().unwrap_or("O");
        // IOB1 → IOB2: an I- that starts a chunk becomes B-.
        let mut index = tag_index(tag);
        if index != 0 && index.is_multiple_of(2) {
            let previous = sentence.last().map_or(0, |(_, t)| *t);
            if previous == 0 || previous.div_ceil(2) != index.div_ceil(2) {
                index -= 1;
            }
        }
        sentence.push((parts[0].to_string(), index));
    }
    flush(&mut docs, &mut sentence);
    docs.retain(|d| !d.sentences.is_empty());
    docs
}

/// Whether a token attaches to the one before it with no space.
fn no_space_before(token: &str) -> bool {
    matches!(token, "," | "." | ";" | ":" | ")" | "]" | "}" | "!" | "?" | "%" | "'")
        || token.starts_with('\'') && token.len() <= 3
        || token.eq_ignore_ascii_case("n't")
}

/// Rebuilds a document as printed text: one line per sentence, a blank line between
/// (so the headline and the dateline stand on their own lines), tokens joined with
/// normal spacing. Returns the text and each gold mention's byte range and CoNLL type.
pub fn rebuild(doc: &ConllDoc) -> (String, Vec<(Range<usize>, &'static str)>) {
    let mut text = String::new();
    let mut gold = Vec::new();
    for sentence in &doc.sentences {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        let mut open: Option<(usize, usize)> = None;
        let mut previous: Option<&str> = None;
        let mut starts = Vec::with_capacity(sentence.len());
        let mut ends = Vec::with_capacity(sentence.len());
        for (word, _) in sentence {
            if let Some(p) = previous
                && !no_space_before(word)
                && !matches!(p, "(" | "[" | "$")
            {
                text.push(' ');
            }
            starts.push(text.len());
            text.push_str(word);
            ends.push(text.len());
            previous = Some(word);
        }
        for (i, (_, tag)) in sentence.iter().enumerate() {
            let tag = *tag;
            let continues = tag != 0 && tag.is_multiple_of(2) && open.is_some_and(|(_, t)| t.div_ceil(2) == tag.div_ceil(2));
            if !continues {
                if let Some((s, t)) = open.take() {
                    gold.push((starts[s]..ends[i - 1], kind_name(t)));
                }
                if tag != 0 {
                    open = Some((i, tag));
                }
            }
        }
        if let Some((s, t)) = open.take() {
            gold.push((starts[s]..ends[sentence.len() - 1], kind_name(t)));
        }
    }
    (text, gold)
}

fn kind_name(tag: usize) -> &'static str {
    ["PER", "ORG", "LOC", "MISC"][(tag.div_ceil(2)).clamp(1, 4) - 1]
}

/// Precision, recall and F1 from counts.
pub fn prf(correct: usize, predicted: usize, gold: usize) -> (f64, f64, f64) {
    let p = if predicted == 0 { 0.0 } else { correct as f64 / predicted as f64 };
    let r = if gold == 0 { 0.0 } else { correct as f64 / gold as f64 };
    let f = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
    (p, r, f)
}
