//! Lines and paragraphs.
//!
//! Pasted news comes in two shapes: one paragraph per line (web pages) or
//! paragraphs separated by blank lines with hard-wrapped lines inside (PDFs,
//! e-mail). A line break is kept as a paragraph break unless the line is
//! clearly wrapped mid-sentence.

use std::ops::Range;

use crate::document::trim_range;

/// The non-blank lines of `text`, trimmed, each with whether a blank line (or the start) precedes it.
fn lines(text: &str) -> Vec<(Range<usize>, bool)> {
    let mut lines = Vec::new();
    let mut after_blank = true;
    let mut start = 0;
    for piece in text.split('\n') {
        let range = trim_range(text, start..start + piece.len());
        start += piece.len() + 1;
        if range.is_empty() {
            after_blank = true;
        } else {
            lines.push((range, after_blank));
            after_blank = false;
        }
    }
    lines
}

/// Whether the line break between `previous` and `next` falls inside one sentence.
fn is_wrapped(previous: &str, next: &str) -> bool {
    let last = previous.chars().next_back().unwrap_or(' ');
    let first = next.chars().next().unwrap_or(' ');
    let hyphenated = last == '-' && previous.chars().rev().nth(1).is_some_and(char::is_alphabetic);
    first.is_lowercase() || matches!(last, ',' | ';') || hyphenated
}

/// Splits `text` into trimmed paragraph ranges, in order.
pub fn paragraphs(text: &str) -> Vec<Range<usize>> {
    let mut paragraphs: Vec<Range<usize>> = Vec::new();
    for (line, after_blank) in lines(text) {
        if let Some(last) = paragraphs.last_mut().filter(|_| !after_blank)
            && is_wrapped(&text[last.clone()], &text[line.clone()])
        {
            last.end = line.end;
            continue;
        }
        paragraphs.push(line);
    }
    paragraphs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        paragraphs(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn one_paragraph_per_line_and_blank_lines() {
        assert_eq!(
            texts("Title\n\n  First para.  \nSecond para.\n\n\nThird."),
            ["Title", "First para.", "Second para.", "Third."]
        );
    }

    #[test]
    fn wrapped_lines_join() {
        assert_eq!(
            texts(
                "The minister said the talks,\nwhich began on Monday, would go on and\non until a deal was reached.\nNext paragraph."
            ),
            [
                "The minister said the talks,\nwhich began on Monday, would go on and\non until a deal was reached.",
                "Next paragraph."
            ]
        );
    }

    #[test]
    fn empty_text_has_no_paragraphs() {
        assert!(paragraphs("").is_empty());
        assert!(paragraphs(" \n\t\n").is_empty());
    }
}
