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

/// Bytes per block of the mapper: one bit of a `u64` mask per byte.
const BLOCK_BYTES: usize = 64;

/// Converts byte offsets of one text into another unit in constant time.
///
/// For every 64-byte block it keeps the converted offset at the block's start and a mask with a
/// bit for each byte where an output unit starts; a conversion is the block's offset plus the
/// population count of the mask below the byte. (Counting the bytes from a sparser checkpoint
/// instead cost ~1,600 instructions a span, the most of any step of the output boundary.)
/// Memory is 16 bytes per 64 bytes of text, only for the UTF-16 and char units.
pub struct OffsetMapper {
    unit: OffsetUnit,
    /// Units before each block's first byte, then one entry for the end of the text.
    bases: Vec<usize>,
    /// Per block, bit `i` set where byte `i` of the block starts a unit.
    masks: Vec<u64>,
}

impl OffsetMapper {
    /// Prepares conversions of offsets into `text` to `unit`.
    pub fn new(text: &str, unit: OffsetUnit) -> Self {
        let (mut bases, mut masks) = (Vec::new(), Vec::new());
        if unit != OffsetUnit::Byte {
            let bytes = text.as_bytes();
            let blocks = bytes.len() / BLOCK_BYTES + 1;
            bases.reserve(blocks + 1);
            masks.reserve(blocks);
            // A unit starts at each byte that does not continue a UTF-8 sequence; in UTF-16 a
            // four-byte sequence (lead byte ≥ 0xF0) is two units, the second counted on its next
            // byte, which lies inside the same character, so every char boundary sees both.
            let mut carry = 0u64;
            let mut total = 0usize;
            for chunk in bytes.chunks(BLOCK_BYTES) {
                let mut mask = carry;
                carry = 0;
                for (i, &b) in chunk.iter().enumerate() {
                    mask |= u64::from((b as i8) >= -0x40) << i;
                    if unit == OffsetUnit::Utf16 && b >= 0xF0 {
                        if i + 1 < BLOCK_BYTES {
                            mask |= 1 << (i + 1);
                        } else {
                            carry = 1;
                        }
                    }
                }
                bases.push(total);
                masks.push(mask);
                total += mask.count_ones() as usize;
            }
            // An empty block where the text ends on a block boundary (its mask is empty: a carry
            // would mean a character cut at the end of the text, which a `&str` cannot hold).
            if bytes.len().is_multiple_of(BLOCK_BYTES) {
                bases.push(total);
                masks.push(0);
            }
        }
        OffsetMapper { unit, bases, masks }
    }

    /// Converts a byte offset (on a char boundary, at most the text's length) into the mapper's unit.
    pub fn convert(&self, byte: usize) -> usize {
        if self.unit == OffsetUnit::Byte {
            return byte;
        }
        let block = byte / BLOCK_BYTES;
        let below = (1u64 << (byte % BLOCK_BYTES)) - 1;
        self.bases[block] + (self.masks[block] & below).count_ones() as usize
    }

    /// Converts a span in place.
    pub fn convert_span(&self, span: &mut Span) {
        span.start = self.convert(span.start);
        span.end = self.convert(span.end);
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

    fn unit_len(ch: char, unit: OffsetUnit) -> usize {
        match unit {
            OffsetUnit::Utf16 => ch.len_utf16(),
            OffsetUnit::Char => 1,
            OffsetUnit::Byte => ch.len_utf8(),
        }
    }

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
        // Texts ending exactly on a block boundary, and an astral character straddling one.
        check_all_units(&"a".repeat(64));
        check_all_units(&"a".repeat(128));
        check_all_units(&format!("{}😀b", "a".repeat(62)));
        check_all_units(&format!("{}😀", "a".repeat(60)));
        check_all_units(&format!("{}😀", "a".repeat(63)));
    }
}
