//! Property tests: for any input, analysis never panics and every span is its slice in every unit.

mod common;

use proptest::prelude::*;

/// Text that looks like news more often than uniform random strings do.
fn newsy_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "Mr.",
        "U.S.",
        "said",
        "“",
        "”",
        "\"",
        "'",
        "‘",
        "’",
        ".",
        "!",
        "?",
        "…",
        "\n",
        "\n\n",
        "\r\n",
        " ",
        "\u{A0}",
        "\u{AD}",
        "\u{200B}",
        "\u{0}",
        "Share",
        "Advertisement",
        "By Jane Doe",
        "WASHINGTON (Reuters) -",
        "Sep 23, 2016-",
        "😀",
        "👩🏽‍🚀",
        "e\u{301}",
        "مرحبا",
        "שלום",
        "中文",
        "Kerry",
        "45",
        "3.5",
        "—",
        "(",
        ")",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn any_string_analyses_with_consistent_spans(text in any::<String>()) {
        common::assert_spans_consistent(&text);
    }

    #[test]
    fn newsy_strings_analyse_with_consistent_spans(text in newsy_text()) {
        let analysis = common::assert_spans_consistent(&text);
        // Sentences are ordered and lie inside their paragraphs.
        for pair in analysis.sentences.windows(2) {
            prop_assert!(pair[0].span.end <= pair[1].span.start);
            prop_assert!(pair[0].paragraph <= pair[1].paragraph);
        }
        for sentence in &analysis.sentences {
            let paragraph = &analysis.paragraphs[sentence.paragraph];
            prop_assert!(paragraph.start <= sentence.span.start && sentence.span.end <= paragraph.end);
        }
    }
}

#[test]
fn a_megabyte_without_punctuation_or_spaces() {
    let no_punctuation = "word ".repeat(200_000);
    let analysis = common::assert_spans_consistent(&no_punctuation);
    assert_eq!(analysis.sentences.len(), 1);
    let one_word = "a".repeat(1 << 20);
    let analysis = lede::analyze(&one_word, &lede::Options::default()).unwrap();
    assert_eq!(analysis.stats.words, 1);
}

#[test]
fn empty_and_whitespace_inputs_warn() {
    for text in ["", "   \n\t \r\n"] {
        let analysis = lede::analyze(text, &lede::Options::default()).unwrap();
        assert_eq!(analysis.warnings[0].code, "empty_input");
        assert!(analysis.sentences.is_empty() && analysis.paragraphs.is_empty());
    }
}

#[test]
fn control_characters_are_reported_and_offsets_stay_true() {
    let text = "Kerry\u{0} said\u{7} it is over.\u{1b} Russia disagreed.";
    let analysis = common::assert_spans_consistent(text);
    assert!(analysis.warnings.iter().any(|w| w.code == "control_characters_removed"));
    assert_eq!(analysis.sentences.len(), 2);
}

#[test]
fn input_over_the_limit_is_an_error_that_names_it() {
    let options = lede::Options { max_bytes: 10, ..Default::default() };
    let error = lede::analyze("This text is longer than ten bytes.", &options).unwrap_err();
    assert_eq!(error.code(), "input_too_large");
    assert!(error.to_string().contains("10 bytes"), "{error}");
}
