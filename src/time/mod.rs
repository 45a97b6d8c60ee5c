//! Stage: time — TIMEX3-style time expressions resolved against the reference date.
//!
//! [`run`] finds dates ("Sep 23, 2016", "Monday", "last week", "two years ago",
//! "the 1990s"), times ("10:30 a.m.", "Thursday night"), durations ("only one
//! week", "the past two months") and sets ("every day") in the headline,
//! dateline and sentences, and gives each a TimeML `type` and `value`.
//!
//! The matcher is hand-written over [`crate::lex`] tokens rather than a regex table:
//! it needs look-ahead over a few tokens, tense cues from the clause and
//! calendar arithmetic (jiff), and a table of regexes would cost more wasm and
//! time than these few hundred lines. Each token is looked at a bounded number
//! of times, so the work is linear in the text.

mod rules;

use std::ops::Range;

use jiff::civil::Date;

use crate::analysis::{Time, TimelineEntry};
use crate::document::Document;
use crate::lex::{Lexed, Token};

/// The TimeML type of a time expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeType {
    /// A calendar date or period: `2016-09-23`, `2016-W38`, `2016`, `PRESENT_REF`.
    Date,
    /// A time of day: `2016-09-23T14:30`.
    Time,
    /// A length of time: `P1W`.
    Duration,
    /// A recurrence: `P1D` ("daily"), `XXXX-WXX-1` ("every Monday").
    Set,
}

impl TimeType {
    /// The name used in the JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            TimeType::Date => "DATE",
            TimeType::Time => "TIME",
            TimeType::Duration => "DURATION",
            TimeType::Set => "SET",
        }
    }
}

/// One time expression found in the document. Ranges are into the working text.
#[derive(Debug, Clone, PartialEq)]
pub struct TimeExpr {
    /// The expression.
    pub range: Range<usize>,
    /// DATE, TIME, DURATION or SET.
    pub kind: TimeType,
    /// The TIMEX3 value (`2016-09-23`, `P1W`, `PRESENT_REF`, `XXXX-XX-XX` when unresolved).
    pub value: String,
    /// TIMEX3 `mod`: `START`, `MID`, `END`, `APPROX`, `MORE_THAN`, `LESS_THAN`, …
    pub modifier: Option<&'static str>,
    /// Index of the sentence it is in; `None` in the headline or dateline.
    pub sentence: Option<usize>,
    /// The first day of the period it names, when it resolves to one (orders the timeline).
    pub first_day: Option<Date>,
    /// What it was resolved against: the reference date or an earlier expression's value.
    pub anchor: Option<String>,
}

/// Finds the time expressions of `doc`, resolving relative ones against `reference` (the day the
/// article is taken to be published; `None` keeps them underspecified, e.g. `XXXX-XX-XX`).
pub fn run(doc: &Document<'_>, reference: Option<Date>) -> Vec<TimeExpr> {
    run_lexed(&Lexed::new(doc), reference)
}

/// [`run`] over a document's lexed layer (its headline, dateline and sentences as tokens), which the
/// quantities stage reads too: the pipeline lexes the text once for both.
pub fn run_lexed(lexed: &Lexed<'_>, reference: Option<Date>) -> Vec<TimeExpr> {
    let mut state = rules::State::new(reference);
    let mut out = Vec::new();
    let mut scan = |toks: &[Token<'_>], sentence: Option<usize>, out: &mut Vec<TimeExpr>| {
        for found in rules::find(toks, &mut state) {
            let (Some(first), Some(last)) = (toks.get(found.start), toks.get(found.end.saturating_sub(1))) else {
                continue;
            };
            out.push(TimeExpr {
                range: first.range.start..last.range.end,
                kind: found.kind,
                value: found.value,
                modifier: found.modifier,
                sentence,
                first_day: found.first_day,
                anchor: found.anchor,
            });
        }
    };
    if let Some(headline) = lexed.headline() {
        scan(headline, None, &mut out);
    }
    if let Some(dateline) = lexed.dateline() {
        scan(dateline, None, &mut out);
    }
    for (index, toks) in lexed.sentences().enumerate() {
        scan(toks, Some(index), &mut out);
    }
    out.sort_by_key(|t| t.range.start);
    out
}

/// The `times` layer as output: one [`Time`] per expression.
pub fn to_output(doc: &Document<'_>, times: &[TimeExpr]) -> Vec<Time> {
    times
        .iter()
        .map(|t| Time {
            span: doc.span(&t.range),
            kind: t.kind.as_str().into(),
            value: t.value.clone(),
            modifier: t.modifier.map(Into::into),
            anchor: t.anchor.clone(),
            sentence: t.sentence,
        })
        .collect()
}

/// The `timeline`: the resolved dates and times in calendar order (stable for ties), each with its
/// expression and sentence. Durations, sets and unresolved values are left out.
pub fn timeline(doc: &Document<'_>, times: &[TimeExpr]) -> Vec<TimelineEntry> {
    let mut entries: Vec<(Date, usize)> = times
        .iter()
        .enumerate()
        .filter(|(_, t)| matches!(t.kind, TimeType::Date | TimeType::Time))
        .filter_map(|(i, t)| t.first_day.map(|d| (d, i)))
        .collect();
    entries.sort_by_key(|&(date, i)| (date, i));
    entries
        .into_iter()
        .map(|(date, i)| {
            let t = &times[i];
            TimelineEntry {
                date: date.to_string(),
                value: t.value.clone(),
                time: i,
                span: doc.span(&t.range),
                sentence: t.sentence.and_then(|s| doc.structure.sentences.get(s)).map(|(r, _)| doc.span(r)),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests;
