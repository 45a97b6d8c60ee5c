//! Lede analyzes a news article: its structure (headline, byline, dateline,
//! boilerplate, paragraphs, sentences), statistics and readability — and, as
//! later stages land, its entities, quotes, times, figures and signals.
//!
//! ```
//! let text = "Kerry admits ceasefire over\n\nWASHINGTON (Reuters) - Mr. Kerry said talks failed. Russia disagreed.\n\nAdvertisement\n\nThe U.N. envoy called it painful.";
//! let analysis = lede::analyze(text, &lede::Options::default()).unwrap();
//! assert_eq!(analysis.document.headline.unwrap().text, "Kerry admits ceasefire over");
//! assert_eq!(analysis.document.dateline.unwrap().span.text, "WASHINGTON (Reuters)");
//! assert_eq!(analysis.document.boilerplate[0].kind, "advertisement");
//! assert_eq!(analysis.sentences[0].span.text, "Mr. Kerry said talks failed.");
//! ```
//!
//! # Numbering
//!
//! Every [`Span`] has `start` and `end` offsets into the **original** input
//! (never a cleaned copy) and the exact `text` between them. The unit is chosen
//! with [`Options::offsets`]: UTF-16 code units by default (what JavaScript's
//! `String.prototype.slice` takes), Unicode scalar values (`char`) or UTF-8
//! bytes (`byte`). `start` is inclusive and `end` exclusive.
//!
//! # Pipeline
//!
//! normalize → structure → language → stats → entities → time → quantities →
//! quotes → keyphrases → summary → tone → event → signals. Each stage is a module with one public
//! function that reads the [`Document`](document::Document) and adds its
//! layer; the output boundary only converts the layers; see `ARCHITECTURE.md`. Time and quantities
//! read one shared lexed layer ([`lex::Lexed`]), lexed once between them.

pub mod analysis;
#[cfg(not(target_arch = "wasm32"))]
pub mod batch;
pub mod document;
pub mod entities;
pub mod error;
pub mod event;
pub mod html;
pub mod keyphrases;
pub mod language;
pub mod lex;
pub mod normalize;
pub mod numbers;
pub mod options;
pub mod quantities;
pub mod quotes;
pub mod signals;
pub mod span;
pub mod stats;
pub mod structure;
pub mod summary;
pub mod time;
pub mod tokens;
pub mod tone;
pub mod words;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

mod output;

pub use analysis::{Analysis, SCHEMA_VERSION, Warning};
pub use error::Error;
pub use options::{DEFAULT_MAX_BYTES, Options};
pub use span::{OffsetUnit, Span};

/// Lede's version, as in `Cargo.toml`.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Analyzes `text`.
///
/// Text never makes this fail: empty, junk or foreign input gives an
/// [`Analysis`] with `warnings`. Only invalid options and input longer than
/// `options.max_bytes` are errors.
pub fn analyze(text: &str, options: &Options) -> Result<Analysis, Error> {
    let reference_date = options.reference_date()?;
    if text.len() > options.max_bytes {
        return Err(Error::InputTooLarge { bytes: text.len(), max_bytes: options.max_bytes });
    }
    let doc = document(text, reference_date);
    Ok(output::assemble(&doc, options))
}

/// Runs every stage over `text`: the document with all its layers, before the output boundary.
pub(crate) fn document(text: &str, reference_date: Option<jiff::civil::Date>) -> document::Document<'_> {
    let mut doc = document::Document::new(text);
    structure::run(&mut doc);
    let sample = language::sample_of(doc.structure.sentences.iter().map(|(r, _)| doc.slice(r)));
    doc.language = language::detect(&sample, &mut doc.warnings);
    doc.stats = stats::run(&doc);
    doc.entities = entities::run(&doc);
    (doc.reference_date, doc.reference_date_source) = resolve_reference_date(&doc, reference_date);
    // The time and quantities stages read the same units through the same lexer: lexed once for both.
    let lexed = lex::Lexed::new(&doc);
    let times = time::run_lexed(&lexed, doc.reference_date);
    let figures = quantities::run_lexed(&doc, &lexed, &times);
    drop(lexed);
    (doc.times, doc.quantities) = (times, figures);
    doc.quotes = quotes::run(&doc, &entity_mentions(&doc));
    (doc.sources, doc.sourcing) = quotes::summarize(&doc, &doc.quotes);
    // Keyphrases rest on an English stopword list: for text reliably in another language they would
    // be its function words ("le", "la"), so there are none.
    if !doc.warnings.iter().any(|w| w.code == "not_english") {
        doc.keyphrases = keyphrases::run(&doc);
    }
    // A sentence holding quoted words whose cue is in another sentence is a bare quote: not for the summary.
    let quoted_without_cue: Vec<usize> =
        doc.quotes.iter().filter(|q| q.cue.is_none() && q.kind != quotes::QuoteKind::Indirect).map(|q| q.sentence).collect();
    doc.summary = summary::run(&doc, &quoted_without_cue);
    // The valence lexicon is English: text reliably in another language gets no tone.
    doc.tone = if doc.warnings.iter().any(|w| w.code == "not_english") {
        tone::neutral(doc.structure.sentences.len())
    } else {
        tone::run(&doc)
    };
    doc.event = event::run(&doc);
    doc.signals = signals::run(&doc);
    doc
}

/// The day relative dates resolve against, and where it came from: the option, else the dateline's
/// date, else the first full date in the head of the page.
pub(crate) fn resolve_reference_date(
    doc: &document::Document<'_>,
    option: Option<jiff::civil::Date>,
) -> (Option<jiff::civil::Date>, &'static str) {
    let structure = &doc.structure;
    if let Some(date) = option {
        (Some(date), "option")
    } else if let Some(date) = structure.dateline.as_ref().and_then(|d| d.date) {
        (Some(date), "dateline")
    } else if let Some(date) = structure.date_in_text {
        (Some(date), "text")
    } else {
        (None, "none")
    }
}

/// The entities' mentions in the shape the quotes stage links speakers to (ids `e1`, `e2`, … as in
/// the output).
fn entity_mentions(doc: &document::Document<'_>) -> Vec<quotes::EntityMention> {
    doc.entities
        .iter()
        .enumerate()
        .flat_map(|(i, e)| {
            e.mentions.iter().map(move |r| quotes::EntityMention {
                range: r.clone(),
                entity: format!("e{}", i + 1),
                name: e.name.clone(),
                person: e.kind.as_str() == "PERSON",
                organization: e.kind.as_str() == "ORGANIZATION",
            })
        })
        .collect()
}
