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
//! normalize → structure → language → stats. Each stage is a module with one
//! public function that reads the [`Document`](document::Document) and adds
//! its layer; see `ARCHITECTURE.md`.

pub mod analysis;
#[cfg(not(target_arch = "wasm32"))]
pub mod batch;
pub mod document;
pub mod entities;
pub mod error;
pub mod html;
pub mod keyphrases;
pub mod language;
pub mod normalize;
pub mod numbers;
pub mod options;
pub mod quantities;
pub mod quotes;
pub mod span;
pub mod stats;
pub mod structure;
pub mod summary;
pub mod time;
pub mod tokens;

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
    let mut doc = document::Document::new(text);
    structure::run(&mut doc);
    doc.entities = entities::run(&doc);
    doc.reference_date = output::reference_date(&doc, reference_date).0;
    doc.times = time::run(&doc, doc.reference_date);
    doc.quantities = quantities::run(&doc, &doc.times);
    Ok(output::assemble(&doc, options, reference_date))
}
