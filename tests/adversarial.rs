//! Hostile and odd inputs: each gives a sensible analysis, never a panic.

mod common;

use lede::Options;

fn analyze(text: &str) -> lede::Analysis {
    lede::analyze(text, &Options::default()).expect("text never makes analysis fail")
}

#[test]
fn ten_megabytes_of_news_is_analysed() {
    let article = common::sample();
    let copies = 10 * 1024 * 1024 / article.len();
    let text = article.repeat(copies);
    let analysis = analyze(&text);
    // Between copies, the related headline and the next headline read as article text.
    assert!(analysis.stats.sentences >= 18 * copies, "{}", analysis.stats.sentences);
}

#[test]
fn one_byte_over_the_default_limit_is_refused_clearly() {
    let text = "a".repeat(lede::DEFAULT_MAX_BYTES + 1);
    let error = lede::analyze(&text, &Options::default()).unwrap_err();
    assert_eq!(error.code(), "input_too_large");
}

#[test]
fn a_hundred_thousand_quote_marks() {
    for mark in ["\"", "“", "'", "«"] {
        let text = format!("He said {} and left.", mark.repeat(100_000));
        common::assert_spans_consistent(&text);
    }
}

#[test]
fn deeply_repeated_brackets_and_punctuation() {
    let text = format!("{}Kerry{}. {}", "(".repeat(50_000), ")".repeat(50_000), ". ".repeat(50_000));
    common::assert_spans_consistent(&text);
}

#[test]
fn every_script_and_right_to_left_text() {
    let text = "Ελληνικά κείμενα. Русский текст. العربية نص. עברית טקסט. हिन्दी पाठ। 中文文本。 日本語のテキスト。 한국어 텍스트. ไทย ข้อความ. ქართული ტექსტი. Հայերեն. ᚠᚢᚦ. 𐌰𐌱𐌲. \u{202E}reversed\u{202C} text.";
    let analysis = common::assert_spans_consistent(text);
    assert!(!analysis.sentences.is_empty());
}

#[test]
fn combining_marks_and_emoji_with_modifiers() {
    let text = "Cafe\u{301} owners 👩🏽‍🚀 and 🇺🇸 flags. Z\u{335}\u{30d}a\u{336}l\u{334}g\u{337}o\u{338} text! 👍🏿 Done.";
    let analysis = common::assert_spans_consistent(text);
    assert_eq!(analysis.sentences.len(), 3);
}

#[test]
fn nul_and_control_characters() {
    let text = "\u{0}\u{1}Kerry\u{0} said\u{8} talks failed.\u{7f} Russia\u{1b} disagreed.\u{0}";
    let analysis = common::assert_spans_consistent(text);
    assert!(analysis.warnings.iter().any(|w| w.code == "control_characters_removed"));
}

#[test]
fn pasted_html_source_is_read_as_text_with_a_warning() {
    let text = "<!doctype html><html><head><title>Talks</title><style>p { color: red }</style><script>var x = '<p>';</script></head>\
        <body><h1>Kerry admits ceasefire over</h1><p>By Jane Doe</p><p>WASHINGTON (Reuters) &ndash; Mr. Kerry said talks had &ldquo;failed&rdquo;.</p>\
        <p>Russia disagreed &amp; left.</p></body></html>";
    let analysis = common::assert_spans_consistent(text);
    assert!(analysis.warnings.iter().any(|w| w.code == "html_stripped"));
    assert!(analysis.sentences.iter().all(|s| !s.span.text.contains("color") && !s.span.text.contains("var x")));
    assert_eq!(analysis.document.headline.as_ref().map(|h| h.text.as_str()), Some("Kerry admits ceasefire over"));
    assert!(analysis.sentences.iter().any(|s| s.span.text == "Mr. Kerry said talks had &ldquo;failed&rdquo;."));
}

#[test]
fn prose_that_mentions_tags_is_not_html() {
    let analysis = analyze("The <p> tag starts a paragraph. Use a < b when needed.");
    assert!(analysis.warnings.iter().all(|w| w.code != "html_stripped"));
    assert_eq!(analysis.sentences.len(), 2);
}

#[test]
fn binary_junk() {
    let junk: String = (0u32..200_000).map(|i| char::from_u32((i * 7919) % 0x11_0000).unwrap_or('\u{FFFD}')).collect();
    common::assert_spans_consistent(&junk);
}

#[test]
fn one_megabyte_line_of_periods_and_one_word() {
    common::assert_spans_consistent(&".".repeat(1 << 20));
    common::assert_spans_consistent(&"x".repeat(1 << 20));
    common::assert_spans_consistent(&"Mr. ".repeat(1 << 18));
}

/// Inputs that once crashed the fuzzer (`scripts/fuzz` files them under
/// `fuzz/regressions/TARGET/`), replayed the way the fuzz targets read them.
#[test]
fn fuzz_regressions_stay_fixed() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/regressions");
    for target in ["analyze", "batch"] {
        let Ok(entries) = std::fs::read_dir(dir.join(target)) else { continue };
        for entry in entries.flatten() {
            let data = std::fs::read(entry.path()).unwrap();
            if target == "analyze" {
                let text = String::from_utf8_lossy(data.get(1..).unwrap_or_default());
                for offsets in [lede::OffsetUnit::Utf16, lede::OffsetUnit::Char, lede::OffsetUnit::Byte] {
                    let _ = lede::analyze(&text, &Options { offsets, tokens: true, ..Default::default() });
                }
            } else {
                let mut reader = data.as_slice();
                let mut n = 0;
                while let Ok(Some(raw)) = lede::batch::read_line(&mut reader, 4096) {
                    n += 1;
                    lede::batch::process_line(raw, n, &Options::default());
                }
            }
        }
    }
}
