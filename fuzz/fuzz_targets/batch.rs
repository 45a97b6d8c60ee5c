//! Fuzz the batch reader and line processor: any bytes give one output per line.
#![no_main]

use libfuzzer_sys::fuzz_target;
use lede::Options;
use lede::batch::{RawLine, process_line, read_line};

fuzz_target!(|data: &[u8]| {
    let mut reader = data;
    let base = Options { max_bytes: 4096, ..Default::default() };
    let mut line_number = 0;
    while let Ok(Some(raw)) = read_line(&mut reader, 4096) {
        line_number += 1;
        if let RawLine::Line(bytes) = &raw
            && bytes.is_empty()
        {
            continue;
        }
        let line = process_line(raw, line_number, &base).to_json();
        let out: serde_json::Value = serde_json::from_slice(&line).expect("an output line is JSON");
        assert!(out.get("analysis").is_some() || out.get("error").is_some());
    }
});
