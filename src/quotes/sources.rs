//! The sources summary: who is quoted how often, and how well the article is sourced.

use std::collections::HashMap;

use super::lexicon::AGENCIES;
use super::{QuoteItem, SpeakerItem};
use crate::analysis::{Source, Sourcing};
use crate::document::Document;

/// Determiners dropped from a description when grouping unnamed sources.
const DETERMINERS: &[&str] = &["the", "a", "an", "one", "another", "some", "several", "two", "three", "many"];

/// The key that groups quotes of one source: the entity, else the surname, else the description.
fn key(speaker: &SpeakerItem) -> Option<String> {
    if let Some(entity) = &speaker.entity {
        return Some(format!("entity:{entity}"));
    }
    if let Some(name) = &speaker.name {
        let last = name.split_whitespace().last().unwrap_or(name).to_lowercase();
        return Some(format!("name:{last}"));
    }
    // An unresolved pronoun has neither name nor description: nobody we can count.
    let description = speaker.description.as_deref()?;
    let words: Vec<String> =
        description.split_whitespace().map(str::to_lowercase).skip_while(|w| DETERMINERS.contains(&w.as_str())).collect();
    (!words.is_empty()).then(|| format!("description:{}", words.join(" ")))
}

/// Groups the quotes by source and computes the sourcing signal.
pub fn summarize(doc: &Document<'_>, quotes: &[QuoteItem]) -> (Vec<Source>, Sourcing) {
    let mut sources: Vec<Source> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    for quote in quotes {
        let Some(speaker) = &quote.speaker else { continue };
        let Some(key) = key(speaker) else { continue };
        // A linked speaker and an unlinked one with the same surname are one source.
        let surname_key =
            speaker.name.as_ref().map(|n| format!("name:{}", n.split_whitespace().last().unwrap_or(n).to_lowercase()));
        let known = index.get(&key).or_else(|| surname_key.as_ref().and_then(|k| index.get(k))).copied();
        let slot = *index.entry(key).or_insert_with(|| {
            if let Some(slot) = known {
                return slot;
            }
            sources.push(Source {
                entity: speaker.entity.clone(),
                name: None,
                anonymous: speaker.anonymous,
                description: None,
                quotes: 0,
                direct: 0,
                indirect: 0,
            });
            sources.len() - 1
        });
        if let Some(surname) = surname_key {
            index.entry(surname).or_insert(slot);
        }
        let source = &mut sources[slot];
        // The longest spelling of the name ("John Kerry" over "Kerry"); the first description.
        if let Some(name) = &speaker.name
            && source.name.as_ref().is_none_or(|n| n.len() < name.len())
        {
            source.name = Some(name.clone());
        }
        if source.description.is_none() {
            source.description.clone_from(&speaker.description);
        }
        source.quotes += 1;
        if quote.kind.is_quoted() {
            source.direct += 1;
        } else {
            source.indirect += 1;
        }
    }
    // Most-quoted first; the sort is stable, so ties keep the order of first appearance.
    sources.sort_by_key(|s| std::cmp::Reverse(s.quotes));
    let sentences = &doc.structure.sentences;
    let mut attributed = vec![false; sentences.len()];
    for quote in quotes {
        let mut s = quote.sentence;
        while s < sentences.len() && sentences[s].0.start < quote.content.end.max(sentences[quote.sentence].0.start + 1) {
            attributed[s] = true;
            s += 1;
        }
    }
    let total: usize = sources.iter().map(|s| s.quotes).sum();
    let share = |part: usize, whole: usize| if whole == 0 { 0.0 } else { round(part as f64 / whole as f64) };
    let sourcing = Sourcing {
        named_sources: sources.iter().filter(|s| s.name.is_some()).count(),
        anonymous_sources: sources.iter().filter(|s| s.anonymous).count(),
        attributed_sentence_share: share(attributed.iter().filter(|a| **a).count(), sentences.len()),
        agencies: agencies(doc.text()),
        top_source_share: share(sources.first().map_or(0, |s| s.quotes), total),
    };
    (sources, sourcing)
}

fn round(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// News agencies named in the text (whole words, case as written), each once, in list order.
///
/// One pass over the words: each word that can start an agency's name is checked against the
/// names starting with it.
fn agencies(text: &str) -> Vec<String> {
    let mut seen = vec![false; AGENCIES.len()];
    let mut first_bytes = [false; 256];
    for (written, _) in AGENCIES {
        first_bytes[usize::from(written.as_bytes()[0])] = true;
    }
    let mut at = 0;
    for word in text.split(|c: char| !c.is_alphanumeric()) {
        let start = at;
        at += word.len() + text[at + word.len()..].chars().next().map_or(0, char::len_utf8);
        if word.is_empty() || !first_bytes[usize::from(word.as_bytes()[0])] {
            continue;
        }
        for (i, (written, _)) in AGENCIES.iter().enumerate() {
            if seen[i] || !written.starts_with(word) {
                continue;
            }
            let after = text[start..].strip_prefix(written).map(|rest| rest.chars().next());
            if let Some(next) = after
                && !next.is_some_and(char::is_alphanumeric)
            {
                seen[i] = true;
            }
        }
    }
    let mut found: Vec<String> = Vec::new();
    for (i, (_, short)) in AGENCIES.iter().enumerate() {
        if seen[i] && !found.iter().any(|f| f == short) {
            found.push((*short).to_string());
        }
    }
    found
}

#[cfg(test)]
mod tests {
    #[test]
    fn agencies_are_whole_words() {
        assert_eq!(super::agencies("WASHINGTON (Reuters) - told the Associated Press; APPLE; AFP."), ["Reuters", "AP", "AFP"]);
        assert!(super::agencies("CAPTAIN Reutersville").is_empty());
    }
}
