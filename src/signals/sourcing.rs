//! Sourcing signals: unnamed sources, one dominant source, figures nobody vouches for, no
//! attribution at all. They read the quotes stage's layers (`quotes`, `sources`, `sourcing`).

use std::ops::Range;

use super::{Level, Signal, list, plural, quoted};
use crate::document::Document;
use crate::quotes::{QuoteItem, SpeakerItem};

/// An article this long that attributes nothing is worth a word.
const NO_ATTRIBUTION_MIN_SENTENCES: usize = 5;
/// The most-quoted source dominates from this share of the attributed quotes…
const DOMINANT_SHARE: f64 = 0.6;
/// …when there are at least this many attributed quotes.
const DOMINANT_MIN_QUOTES: usize = 4;
/// Small counts written as words ("two sides") are rarely statistics.
const SMALL_NUMBER: f64 = 10.0;

/// Words that attribute a figure in the sentence itself, beyond the quotes the quotes stage found.
const ATTRIBUTING: &[&str] = &[
    "according",
    "census",
    "data",
    "estimate",
    "estimated",
    "estimates",
    "figures",
    "poll",
    "reported",
    "reports",
    "research",
    "said",
    "say",
    "says",
    "showed",
    "shows",
    "statistics",
    "study",
    "survey",
    "told",
];

pub(super) fn run(doc: &Document<'_>, out: &mut Vec<Signal>) {
    let text = doc.text();
    let sentences = &doc.structure.sentences;
    let quotes = &doc.quotes;
    let attributed: Vec<&QuoteItem> = quotes.iter().filter(|q| q.speaker.is_some()).collect();

    // Unnamed sources: "the source", "officials", "residents".
    let anonymous: Vec<&SpeakerItem> = attributed.iter().filter_map(|q| q.speaker.as_ref()).filter(|s| s.anonymous).collect();
    if !anonymous.is_empty() {
        let share = anonymous.len() as f64 / attributed.len() as f64;
        let level = if share >= 0.5 && anonymous.len() >= 2 {
            Level::Warning
        } else if share >= 0.2 {
            Level::Notice
        } else {
            Level::Info
        };
        let mut names: Vec<String> = Vec::new();
        for s in &anonymous {
            let name = quoted(&text[s.range.clone()], 40);
            if !names.contains(&name) && names.len() < 4 {
                names.push(name);
            }
        }
        out.push(Signal::new(
            "anonymous_sources",
            level,
            format!(
                "{} of {} attributed statements ({:.0}%) come from unnamed sources: {}.",
                anonymous.len(),
                attributed.len(),
                share * 100.0,
                list(&names)
            ),
            anonymous.iter().map(|s| s.range.clone()).collect(),
        ));
    }

    // One source carrying most of the story.
    let total: usize = doc.sources.iter().map(|s| s.quotes).sum();
    if let Some(top) = doc.sources.first()
        && total >= DOMINANT_MIN_QUOTES
        && top.quotes as f64 / total as f64 >= DOMINANT_SHARE
        && !(top.name.is_none() && top.description.is_none())
    {
        let surname = |n: &str| n.split_whitespace().last().unwrap_or(n).to_lowercase();
        let theirs = |s: &SpeakerItem| match (&top.entity, &s.entity, &top.name, &s.name) {
            (Some(a), Some(b), _, _) => a == b,
            // "Bill Clinton" is not "Hillary Clinton"; "Clinton" may be either.
            (_, _, Some(a), Some(b)) if a.contains(' ') && b.contains(' ') => a.eq_ignore_ascii_case(b),
            (_, _, Some(a), Some(b)) => surname(a) == surname(b),
            _ => top.description.is_some() && top.description == s.description,
        };
        let ranges: Vec<Range<usize>> =
            attributed.iter().filter_map(|q| q.speaker.as_ref()).filter(|s| theirs(s)).map(|s| s.range.clone()).collect();
        let who = match (&top.name, &top.description) {
            (Some(name), _) => name.clone(),
            (None, Some(description)) => format!("An unnamed source (“{description}”)"),
            (None, None) => String::new(),
        };
        out.push(Signal::new(
            "dominant_source",
            Level::Notice,
            format!(
                "{who} carries {} of the {total} attributed statements ({:.0}%): one source dominates the reporting.",
                top.quotes,
                top.quotes as f64 / total as f64 * 100.0
            ),
            ranges,
        ));
    }

    // Figures in sentences that attribute nothing.
    let mut sentence_attributed = vec![false; sentences.len()];
    for q in quotes {
        for r in std::iter::once(&q.content).chain(q.cue.iter()) {
            let first = sentences.partition_point(|(s, _)| s.end <= r.start);
            for (i, (s, _)) in sentences[first..].iter().enumerate() {
                if s.start >= r.end {
                    break;
                }
                sentence_attributed[first + i] = true;
            }
        }
    }
    let mut figures: Vec<Range<usize>> = Vec::new();
    let mut figure_sentences = 0;
    let mut unattributed_sentences = 0;
    let mut last_sentence = None;
    // Whether the current sentence attributes; read once a sentence, not once a figure, or a long
    // sentence full of figures costs quadratic time.
    let mut attributed = false;
    for figure in &doc.quantities {
        let Some(i) = figure.sentence.filter(|&i| i < sentences.len()) else { continue };
        let kind = figure.kind.as_str();
        if matches!(kind, "ordinal" | "age") || kind == "number" && figure.value.abs() <= SMALL_NUMBER {
            continue;
        }
        let new_sentence = last_sentence != Some(i);
        last_sentence = Some(i);
        if new_sentence {
            figure_sentences += 1;
            attributed = sentence_attributed[i] || has_attributing_word(&text[sentences[i].0.clone()]);
        }
        if attributed {
            continue;
        }
        if new_sentence {
            unattributed_sentences += 1;
        }
        figures.push(figure.range.clone());
    }
    if !figures.is_empty() {
        let level = if unattributed_sentences >= 3 && unattributed_sentences * 2 >= figure_sentences {
            Level::Notice
        } else {
            Level::Info
        };
        let shown: Vec<String> = figures.iter().take(3).map(|r| quoted(&text[r.clone()], 30)).collect();
        out.push(Signal::new(
            "unattributed_figures",
            level,
            format!(
                "{unattributed_sentences} of the {} with figures {} no source for them ({}).",
                plural(figure_sentences, "sentence", "sentences"),
                if unattributed_sentences == 1 { "gives" } else { "give" },
                list(&shown)
            ),
            figures,
        ));
    }

    // Nothing attributed at all.
    if quotes.is_empty() && sentences.len() >= NO_ATTRIBUTION_MIN_SENTENCES {
        let whole = sentences[0].0.start..sentences[sentences.len() - 1].0.end;
        out.push(Signal::new(
            "no_attribution",
            Level::Warning,
            format!(
                "None of the {} sentences attributes anything to a source: no quotes and no reported statements.",
                sentences.len()
            ),
            vec![whole],
        ));
    }
}

/// Whether the sentence holds a word that names where a figure comes from ("according to", "data").
fn has_attributing_word(sentence: &str) -> bool {
    sentence.split(|c: char| !c.is_alphabetic()).any(|w| w.len() >= 3 && ATTRIBUTING.iter().any(|a| a.eq_ignore_ascii_case(w)))
}
