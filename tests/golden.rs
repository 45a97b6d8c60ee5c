//! Golden tests: each `tests/fixtures/NAME.txt` is analysed and compared with
//! the reviewed `tests/fixtures/NAME.json`.
//!
//! After a deliberate change, regenerate with `LEDE_UPDATE_GOLDEN=1 cargo test --test golden`
//! and review the diff before committing it.

use std::path::Path;

fn check(name: &str) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let text = std::fs::read_to_string(dir.join(format!("{name}.txt"))).expect("fixture text");
    let options = lede::Options { tokens: false, ..Default::default() };
    let analysis = lede::analyze(&text, &options).expect("analysis");
    let actual = serde_json::to_string_pretty(&analysis).expect("json") + "\n";
    let expected_path = dir.join(format!("{name}.json"));
    if std::env::var_os("LEDE_UPDATE_GOLDEN").is_some() {
        std::fs::write(&expected_path, &actual).expect("write golden");
        return;
    }
    let expected = std::fs::read_to_string(&expected_path)
        .unwrap_or_else(|_| panic!("missing {}; run with LEDE_UPDATE_GOLDEN=1 and review it", expected_path.display()));
    if actual != expected {
        let first_difference = actual.lines().zip(expected.lines()).enumerate().find(|(_, (a, e))| a != e);
        panic!("{name}: output differs from {}; first difference: {first_difference:?}", expected_path.display());
    }
}

#[test]
fn reuters_dateline() {
    check("reuters-dateline");
}

#[test]
fn messy_paste() {
    check("messy-paste");
}

#[test]
fn pdf_wrapped() {
    check("pdf-wrapped");
}

#[test]
fn single_paragraph() {
    check("single-paragraph");
}

#[test]
fn quote_patterns() {
    check("quote-patterns");
}

#[test]
fn quote_speakers() {
    check("quote-speakers");
}

#[test]
fn french() {
    check("french");
}
