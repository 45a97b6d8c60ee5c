//! The shared document model every stage reads and adds a layer to.

use std::ops::Range;

use crate::analysis::{Language, Source, Sourcing, Stats, Warning};
use crate::normalize::Normalized;
use crate::span::Span;
use crate::structure::Structure;

/// One text under analysis: the original, its normalized working copy and the layers found so far.
///
/// Architecture invariant: every range stored here is a byte range into
/// [`Document::text`] (the normalized text). Only [`Document::span`] turns one
/// into a [`Span`] of the original input.
pub struct Document<'a> {
    /// The input exactly as the caller gave it.
    pub original: &'a str,
    /// The normalized working copy and its map back to `original`.
    pub normalized: Normalized,
    /// Headline, byline, dateline, boilerplate, paragraphs, sentences.
    pub structure: Structure,
    /// People, organizations, places and other names, most salient first (the entities stage).
    pub entities: Vec<crate::entities::Entity>,
    /// The day relative dates resolve against: the option, else the dateline's or the head's date.
    pub reference_date: Option<jiff::civil::Date>,
    /// Where `reference_date` came from: `option`, `dateline`, `text` or `none`.
    pub reference_date_source: &'static str,
    /// Warnings the stages raise about the text (e.g. `not_english`); the output puts them after
    /// the input's own warnings.
    pub warnings: Vec<Warning>,
    /// The detected language (the language stage).
    pub language: Option<Language>,
    /// Counts and readability (the stats stage).
    pub stats: Stats,
    /// Time expressions in text order (the time stage).
    pub times: Vec<crate::time::TimeExpr>,
    /// Figures in text order (the quantities stage).
    pub quantities: Vec<crate::quantities::Figure>,
    /// Quotes in text order, speakers linked to entities (the quotes stage).
    pub quotes: Vec<crate::quotes::QuoteItem>,
    /// The quoted sources, most quoted first (the quotes stage).
    pub sources: Vec<Source>,
    /// How well the article is sourced (the quotes stage).
    pub sourcing: Sourcing,
    /// Key phrases, best first (the keyphrases stage).
    pub keyphrases: Vec<crate::keyphrases::Keyphrase>,
    /// Summary sentences and the lede (the summary stage).
    pub summary: crate::summary::Summary,
    /// Sentiment and loaded words, hedges, intensifiers, superlatives (the tone stage).
    pub tone: crate::tone::ToneLayer,
    /// The main event, 5W1H (the event stage).
    pub event: crate::event::Event,
    /// Signals, warnings first (the signals stage).
    pub signals: Vec<crate::signals::Signal>,
}

impl<'a> Document<'a> {
    /// Normalizes `original`; the structure layer is still empty.
    pub fn new(original: &'a str) -> Self {
        Document {
            original,
            normalized: Normalized::new(original),
            structure: Structure::default(),
            entities: Vec::new(),
            reference_date: None,
            reference_date_source: "none",
            warnings: Vec::new(),
            language: None,
            stats: Stats::default(),
            times: Vec::new(),
            quantities: Vec::new(),
            quotes: Vec::new(),
            sources: Vec::new(),
            sourcing: Sourcing::default(),
            keyphrases: Vec::new(),
            summary: Default::default(),
            tone: Default::default(),
            event: Default::default(),
            signals: Vec::new(),
        }
    }

    /// The normalized working text all ranges point into.
    pub fn text(&self) -> &str {
        &self.normalized.text
    }

    /// The slice of the working text a range covers.
    pub fn slice(&self, range: &Range<usize>) -> &str {
        &self.normalized.text[range.clone()]
    }

    /// Converts a range of the working text into a span of the original input.
    pub fn span(&self, range: &Range<usize>) -> Span {
        let start = self.normalized.to_original_start(range.start);
        let end = self.normalized.to_original_end(range.end).max(start);
        Span::new(self.original, start, end)
    }
}

/// Shrinks `range` of `text` so it neither starts nor ends with whitespace.
pub fn trim_range(text: &str, range: Range<usize>) -> Range<usize> {
    let slice = &text[range.clone()];
    let start = range.start + (slice.len() - slice.trim_start().len());
    let end = range.start + slice.trim_end().len();
    start..end.max(start)
}
