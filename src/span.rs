//! Spans: ranges of the original input, and their conversion to the caller's offset unit.
//!
//! Inside the core every span is a byte range into the **original** text. The
//! [`OffsetMapper`] converts them once, at the output boundary, into UTF-16 code
//! units, Unicode scalar values or bytes.

use serde::{Deserialize, Serialize};

/// A range of the original input with the text it covers.
///
/// While the pipeline runs, `start` and `end` are byte offsets; after
/// [`crate::analyze`] returns they are in the unit chosen by
/// [`crate::Options::offsets`]. `text` is always the exact slice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    /// Start offset (inclusive).
    pub start: usize,
    /// End offset (exclusive).
    pub end: usize,
    /// The covered text, exactly as in the input.
    pub text: String,
}

impl Span {
    /// Builds a span over `original[start..end]` (byte offsets on char boundaries).
    pub fn new(original: &str, start: usize, end: usize) -> Span {
        Span { start, end, text: original[start..end].to_string() }
    }
}

/// The unit in which output offsets are counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OffsetUnit {
    /// UTF-16 code units: what JavaScript's `String.prototype.slice` uses.
    #[default]
    Utf16,
    /// Unicode scalar values (Python's `str` indices, Rust's `chars()`).
    Char,
    /// UTF-8 bytes.
    Byte,
}

impl OffsetUnit {
    /// The name used in options and in the output.
    pub fn as_str(self) -> &'static str {
        match self {
            OffsetUnit::Utf16 => "utf16",
            OffsetUnit::Char => "char",
            OffsetUnit::Byte => "byte",
        }
    }
}

/// How many bytes lie between two checkpoints of the mapper.
const CHECKPOINT_BYTES: usize = 256;

/// Converts byte offsets of one text into another unit in near-constant time.
///
/// It keeps the converted offset at every 256th byte and counts the rest, so
/// memory is 1/32 of the text and a lookup reads at most 256 bytes.
pub struct OffsetMapper<'a> {
    text: &'a str,
    unit: OffsetUnit,
    checkpoints: Vec<usize>,
}

impl<'a> OffsetMapper<'a> {
    /// Prepares conversions of offsets into `text` to `unit`.
    pub fn new(text: &'a str, unit: OffsetUnit) -> Self {
        let mut checkpoints = Vec::new();
        if unit != OffsetUnit::Byte {
            checkpoints.reserve(text.len() / CHECKPOINT_BYTES + 1);
            let mut converted = 0;
            let mut next_checkpoint = 0;
            for (index, ch) in text.char_indices() {
                while next_checkpoint <= index {
                    // A checkpoint that falls inside a character records the
                    // count at the next character's start; `convert` starts there.
                    checkpoints.push(converted);
                    next_checkpoint += CHECKPOINT_BYTES;
                }
                converted += unit_len(ch, unit);
            }
            while next_checkpoint <= text.len() {
                checkpoints.push(converted);
                next_checkpoint += CHECKPOINT_BYTES;
            }
        }
        OffsetMapper { text, unit, checkpoints }
    }

    /// Converts a byte offset (on a char boundary) into the mapper's unit.
    pub fn convert(&self, byte: usize) -> usize {
        if self.unit == OffsetUnit::Byte {
            return byte;
        }
        let slot = byte / CHECKPOINT_BYTES;
        let Some(&base) = self.checkpoints.get(slot) else {
            // Past the last checkpoint only when byte == text.len() on a boundary.
            return self.count(0, byte);
        };
        let mut from = slot * CHECKPOINT_BYTES;
        while !self.text.is_char_boundary(from) {
            from += 1;
        }
        base + self.count(from, byte)
    }

    /// Units in `text[from..to]`, counted on bytes: every byte that does not continue a UTF-8
    /// sequence starts a character, and a four-byte sequence is two UTF-16 units. This loop has no
    /// branches and vectorizes, where decoding `chars()` costs several times more.
    fn count(&self, from: usize, to: usize) -> usize {
        let bytes = &self.text.as_bytes()[from..to];
        let starts = || bytes.iter().filter(|&&b| (b as i8) >= -0x40).count();
        match self.unit {
            OffsetUnit::Byte => bytes.len(),
            OffsetUnit::Char => starts(),
            OffsetUnit::Utf16 => starts() + bytes.iter().filter(|&&b| b >= 0xF0).count(),
        }
    }

    /// Converts a span in place.
    pub fn convert_span(&self, span: &mut Span) {
        span.start = self.convert(span.start);
        span.end = self.convert(span.end);
    }
}

fn unit_len(ch: char, unit: OffsetUnit) -> usize {
    match unit {
        OffsetUnit::Utf16 => ch.len_utf16(),
        OffsetUnit::Char => 1,
        OffsetUnit::Byte => ch.len_utf8(),
    }
}

/// Anything in the output that holds spans, so that the boundary can convert them all.
pub trait HasSpans {
    /// Calls `f` on every span inside `self`.
    fn for_each_span(&mut self, f: &mut dyn FnMut(&mut Span));
}

impl HasSpans for Span {
    fn for_each_span(&mut self, f: &mut dyn FnMut(&mut Span)) {
        f(self)
    }
}

impl<T: HasSpans> HasSpans for Vec<T> {
    fn for_each_span(&mut self, f: &mut dyn FnMut(&mut Span)) {
        for item in self {
            item.for_each_span(f);
        }
    }
}

impl<T: HasSpans> HasSpans for Option<T> {
    fn for_each_span(&mut self, f: &mut dyn FnMut(&mut Span)) {
        if let Some(item) = self {
            item.for_each_span(f);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_all_units(text: &str) {
        for unit in [OffsetUnit::Utf16, OffsetUnit::Char, OffsetUnit::Byte] {
            let mapper = OffsetMapper::new(text, unit);
            for (byte, _) in text.char_indices().chain([(text.len(), ' ')]) {
                let expected: usize = text[..byte].chars().map(|c| unit_len(c, unit)).sum();
                assert_eq!(mapper.convert(byte), expected, "unit {unit:?} byte {byte}");
            }
        }
    }

    #[test]
    fn converts_ascii_astral_and_mixed_text() {
        check_all_units("");
        check_all_units("plain ascii");
        check_all_units("😀 Dr. Smith said “hi”. 𝒜lpha");
        let long: String = "aé😀中".repeat(300);
        check_all_units(&long);
    }
}
