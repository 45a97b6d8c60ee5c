//! The output: [`Analysis`], the JSON contract documented in `docs/json.md`.
//!
//! These types are what callers see. Each stage fills its own layer; the
//! boundary then converts every [`Span`] into the requested offset unit.

use serde::{Deserialize, Serialize};

use crate::span::{HasSpans, Span};

/// The version of the JSON contract. It changes only when a field changes meaning or disappears.
pub const SCHEMA_VERSION: u32 = 1;

/// Everything Lede found in one text.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Analysis {
    /// [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The version of Lede that produced this.
    pub lede_version: String,
    /// The unit of every offset: `utf16`, `char` or `byte`.
    pub offsets: String,
    /// Problems with the input that did not stop the analysis.
    pub warnings: Vec<Warning>,
    /// The detected language, or null when the text is too short to tell.
    pub language: Option<Language>,
    /// Headline, byline, dateline, reference date and boilerplate.
    pub document: DocumentInfo,
    /// Paragraphs of article text (boilerplate excluded).
    pub paragraphs: Vec<Span>,
    /// Sentences of article text, each with the index of its paragraph.
    pub sentences: Vec<Sentence>,
    /// Word and punctuation tokens; only with `Options::tokens`.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub tokens: Option<Vec<Token>>,
    /// Counts and readability.
    pub stats: Stats,
    /// Reserved for the entities stage (empty for now).
    pub entities: Vec<serde_json::Value>,
    /// Reserved for the quotes stage (empty for now).
    pub quotes: Vec<serde_json::Value>,
    /// Reserved for the time stage (empty for now).
    pub times: Vec<serde_json::Value>,
    /// Reserved for the quantities stage (empty for now).
    pub quantities: Vec<serde_json::Value>,
    /// Reserved for the keyphrases stage (empty for now).
    pub keyphrases: Vec<serde_json::Value>,
    /// Reserved for the summary stage (empty for now).
    pub summary: Vec<serde_json::Value>,
    /// Reserved for the signals stage (an empty object for now).
    pub signals: serde_json::Map<String, serde_json::Value>,
}

/// A problem with the input that did not stop the analysis.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Warning {
    /// Stable machine-readable code, e.g. `empty_input`, `not_english`.
    pub code: String,
    /// A sentence for people.
    pub message: String,
}

/// The detected language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Language {
    /// ISO 639-3 code, e.g. `eng`.
    pub code: String,
    /// English name of the language.
    pub name: String,
    /// 0 to 1.
    pub confidence: f64,
}

/// The parts of a news page around the article text.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct DocumentInfo {
    /// The article's title line.
    pub headline: Option<Span>,
    /// The "By …" line and the names in it.
    pub byline: Option<Byline>,
    /// The place and/or date that opens the story ("WASHINGTON (Reuters) -").
    pub dateline: Option<Dateline>,
    /// The day the article is taken to be published, and where that came from.
    pub reference_date: ReferenceDate,
    /// Lines of the page that are not article text.
    pub boilerplate: Vec<Boilerplate>,
}

/// A byline and the author names in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Byline {
    /// The whole byline.
    #[serde(flatten)]
    pub span: Span,
    /// Each author's name.
    pub names: Vec<Span>,
}

/// A dateline and the date it states, if any.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dateline {
    /// The dateline, without the dash or colon that ends it.
    #[serde(flatten)]
    pub span: Span,
    /// The stated date as `YYYY-MM-DD`, when it gives day, month and year.
    pub date: Option<String>,
}

/// The date relative expressions are resolved against.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReferenceDate {
    /// `YYYY-MM-DD`, or null when unknown.
    pub value: Option<String>,
    /// `option`, `dateline`, `text` or `none`.
    pub source: String,
}

impl Default for ReferenceDate {
    fn default() -> Self {
        ReferenceDate { value: None, source: "none".into() }
    }
}

/// A line that is page furniture rather than article text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Boilerplate {
    /// The line.
    #[serde(flatten)]
    pub span: Span,
    /// What it is: `share`, `advertisement`, `related_headline`, … (see docs/json.md).
    pub kind: String,
}

/// A sentence and the paragraph it belongs to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    /// The sentence, from its first character to its final punctuation or closing quote.
    #[serde(flatten)]
    pub span: Span,
    /// Index into `paragraphs`.
    pub paragraph: usize,
}

/// A word, number, punctuation mark or symbol.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Token {
    /// The token.
    #[serde(flatten)]
    pub span: Span,
    /// `word`, `number`, `punct` or `symbol`.
    pub kind: String,
    /// Index into `sentences`.
    pub sentence: usize,
}

/// Counts and readability of the article text (boilerplate excluded).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Stats {
    /// Unicode scalar values in the whole input.
    pub characters: usize,
    /// Words in the article's sentences.
    pub words: usize,
    /// Sentences of article text.
    pub sentences: usize,
    /// Paragraphs of article text.
    pub paragraphs: usize,
    /// Syllables in those words (estimated by rule).
    pub syllables: usize,
    /// At 238 words a minute, the average adult silent reading speed.
    pub reading_time_seconds: u64,
    /// Words per sentence.
    pub average_sentence_length: f64,
    /// Letters per word.
    pub average_word_length: f64,
    /// The classic readability formulas.
    pub readability: Readability,
}

/// Readability scores; all 0 when there are no words.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Readability {
    /// Flesch reading ease: higher is easier (60–70 is plain English).
    pub flesch_reading_ease: f64,
    /// Flesch–Kincaid grade level (US school grade).
    pub flesch_kincaid_grade: f64,
    /// Gunning fog index.
    pub gunning_fog: f64,
    /// SMOG grade.
    pub smog: f64,
    /// Coleman–Liau index.
    pub coleman_liau: f64,
    /// Automated readability index.
    pub automated_readability_index: f64,
}

macro_rules! has_spans_via_field {
    ($($type:ty),*) => {$(
        impl HasSpans for $type {
            fn for_each_span(&mut self, f: &mut dyn FnMut(&mut Span)) {
                f(&mut self.span)
            }
        }
    )*};
}
has_spans_via_field!(Dateline, Boilerplate, Sentence, Token);

impl HasSpans for Byline {
    fn for_each_span(&mut self, f: &mut dyn FnMut(&mut Span)) {
        f(&mut self.span);
        self.names.for_each_span(f);
    }
}

impl HasSpans for Analysis {
    fn for_each_span(&mut self, f: &mut dyn FnMut(&mut Span)) {
        self.document.headline.for_each_span(f);
        self.document.byline.for_each_span(f);
        self.document.dateline.for_each_span(f);
        self.document.boilerplate.for_each_span(f);
        self.paragraphs.for_each_span(f);
        self.sentences.for_each_span(f);
        self.tokens.for_each_span(f);
    }
}
