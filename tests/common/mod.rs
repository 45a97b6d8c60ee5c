//! Helpers shared by the integration tests.

#![allow(dead_code)]

use lede::span::HasSpans;
use lede::{Analysis, OffsetUnit, Options};

/// The founding sample article, read from the shared data folder beside the repository.
pub fn sample() -> String {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data/samples/syria-ceasefire-2016.txt");
    std::fs::read_to_string(path).expect("../shared/data/samples/syria-ceasefire-2016.txt must exist beside the repository")
}

/// The input seen in one offset unit, so that slicing is cheap.
pub enum Units {
    Bytes(String),
    Chars(Vec<char>),
    Utf16(Vec<u16>),
}

impl Units {
    pub fn new(text: &str, unit: OffsetUnit) -> Units {
        match unit {
            OffsetUnit::Byte => Units::Bytes(text.to_string()),
            OffsetUnit::Char => Units::Chars(text.chars().collect()),
            OffsetUnit::Utf16 => Units::Utf16(text.encode_utf16().collect()),
        }
    }

    /// The slice between two offsets, or None when they do not fall inside the text on boundaries.
    pub fn slice(&self, start: usize, end: usize) -> Option<String> {
        if start > end {
            return None;
        }
        match self {
            Units::Bytes(text) => text.get(start..end).map(str::to_string),
            Units::Chars(chars) => chars.get(start..end).map(|c| c.iter().collect()),
            Units::Utf16(units) => units.get(start..end).and_then(|slice| String::from_utf16(slice).ok()),
        }
    }
}

/// Analyzes `text` in every offset unit and asserts that every span's text is its slice.
pub fn assert_spans_consistent(text: &str) -> Analysis {
    let mut last = None;
    for unit in [OffsetUnit::Utf16, OffsetUnit::Char, OffsetUnit::Byte] {
        let options = Options { offsets: unit, tokens: true, ..Default::default() };
        let mut analysis = lede::analyze(text, &options).expect("text never makes analysis fail");
        let units = Units::new(text, unit);
        analysis.for_each_span(&mut |span| {
            let slice = units.slice(span.start, span.end);
            assert_eq!(slice.as_deref(), Some(span.text.as_str()), "span {}..{} in {unit:?}", span.start, span.end);
        });
        last = Some(analysis);
    }
    last.expect("three units")
}
