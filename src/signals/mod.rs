//! Stage: signals — what the text itself gives away about how it was written, sourced and pasted.
//!
//! Each signal has a stable code, a level (`warning`, `notice`, `info`), a plain sentence for a
//! journalist and the ranges of its evidence. Signals describe; they never label an article true
//! or fake. Three groups, one file each: `sourcing.rs` (anonymous share, a dominant source,
//! unattributed figures, no attribution), `spelling.rs` (variants of one term, British and American
//! spelling mixed) and `layout.rs` (duplicated text, truncated lines, boilerplate, a dateline in the
//! middle, very long sentences, readability extremes).

use std::ops::Range;

use crate::document::Document;

mod layout;
mod sourcing;
mod spelling;

#[cfg(test)]
mod tests;

/// How much a signal deserves a reader's attention.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    /// Worth checking before relying on the text.
    Warning,
    /// Worth knowing.
    Notice,
    /// A description of the text.
    Info,
}

impl Level {
    /// The name used in the output.
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Warning => "warning",
            Level::Notice => "notice",
            Level::Info => "info",
        }
    }
}

/// One signal, internally (byte ranges into the normalized text).
#[derive(Debug, Clone, PartialEq)]
pub struct Signal {
    /// Stable code, e.g. `spelling_variants`.
    pub code: &'static str,
    /// Warning, notice or info.
    pub level: Level,
    /// A plain English sentence for a journalist.
    pub message: String,
    /// The evidence, in text order.
    pub ranges: Vec<Range<usize>>,
}

impl Signal {
    fn new(code: &'static str, level: Level, message: String, mut ranges: Vec<Range<usize>>) -> Self {
        ranges.sort_by_key(|r| (r.start, r.end));
        ranges.dedup();
        Signal { code, level, message, ranges }
    }
}

/// Finds the signals of `doc`: warnings first, then notices, then infos; within a level by the
/// first piece of evidence. Needs the structure, stats, quantities and quotes layers.
pub fn run(doc: &Document<'_>) -> Vec<Signal> {
    let mut out = Vec::new();
    sourcing::run(doc, &mut out);
    spelling::run(doc, &mut out);
    layout::run(doc, &mut out);
    out.sort_by_key(|s| (s.level, s.ranges.first().map_or(usize::MAX, |r| r.start)));
    out
}

/// "1 sentence", "3 sentences".
fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// A piece of text for a message: at most `max` characters, in curly quotes.
fn quoted(text: &str, max: usize) -> String {
    let trimmed = text.trim();
    if trimmed.chars().count() <= max {
        format!("“{trimmed}”")
    } else {
        let cut: String = trimmed.chars().take(max).collect();
        format!("“{}…”", cut.trim_end())
    }
}

/// "a", "a and b", "a, b and c".
fn list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}
