//! Fuzz `lede::analyze`: the first byte picks the options, the rest is the text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use lede::span::HasSpans;
use lede::{OffsetUnit, Options};

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else { return };
    let text = String::from_utf8_lossy(rest);
    let offsets = [OffsetUnit::Utf16, OffsetUnit::Char, OffsetUnit::Byte][usize::from(selector % 3)];
    let reference_date = (selector & 4 != 0).then(|| "2016-09-23".to_string());
    let options = Options { offsets, reference_date, tokens: selector & 8 != 0, ..Default::default() };
    let Ok(mut analysis) = lede::analyze(&text, &options) else { return };
    // Byte offsets can be checked cheaply against the text itself.
    if offsets == OffsetUnit::Byte {
        analysis.for_each_span(&mut |span| assert_eq!(text.get(span.start..span.end), Some(span.text.as_str())));
    }
    serde_json::to_string(&analysis).expect("an analysis always serializes");
});
