//! Quotation marks: pairs them up inside one paragraph.
//!
//! Hand-rolled because no crate pairs news quote marks: every style (“ ” ‘ ’ " ' « » „ ‚) and
//! their mixes from pasted text, apostrophes that look like closing single quotes, and the
//! multi-paragraph convention (a paragraph left unclosed, the next reopened). One pass over
//! the paragraph, so it is linear; a mark that never closes is dropped at the paragraph's
//! end, so an unbalanced mark can never swallow the rest of the article.

use std::ops::Range;

/// One quotation found in a paragraph. All ranges are byte ranges into the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quoted {
    /// From the opening mark to the end of the closing mark (or of the paragraph when open).
    pub outer: Range<usize>,
    /// The quoted words, without the marks, trimmed.
    pub content: Range<usize>,
    /// True when the quote runs on into the next paragraph (left unclosed, next reopened).
    pub continues: bool,
}

/// The longest single-quoted passage taken as a quotation (longer ones are apostrophes gone astray).
const MAX_SINGLE_BYTES: usize = 1200;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Style {
    Double,
    Single,
}

fn double_mark(ch: char) -> bool {
    matches!(ch, '"' | '“' | '”' | '„' | '«' | '»' | '‟' | '〝' | '〞' | '＂')
}

fn single_mark(ch: char) -> bool {
    matches!(ch, '\'' | '‘' | '’' | '‚' | '‹' | '›' | '‛')
}

/// Whether `ch` is any quotation mark this module knows.
pub fn is_mark(ch: char) -> bool {
    double_mark(ch) || single_mark(ch)
}

fn opens_before(prev: Option<char>) -> bool {
    // A comma too: "Ryan said,“Look, …" (a space lost in pasting).
    prev.is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':' | ',') || is_mark(c))
}

fn closes_after(next: Option<char>) -> bool {
    next.is_none_or(|c| !c.is_alphanumeric())
}

/// Finds the quotations of `text[paragraph]`. `next_opens` says whether the next paragraph
/// starts with an opening mark (then an unclosed quote here continues there).
pub fn find(text: &str, paragraph: Range<usize>, next_opens: bool) -> Vec<Quoted> {
    let mut found = Vec::new();
    let Some(body) = text.get(paragraph.clone()) else { return found };
    // (style, start of the opening mark, end of the opening mark)
    let mut open: Option<(Style, usize, usize)> = None;
    let mut prev: Option<char> = None;
    // The character before `prev`.
    let mut prev2: Option<char> = None;
    let mut chars = body.char_indices().peekable();
    while let Some((i, ch)) = chars.next() {
        let at = paragraph.start + i;
        let mut end = at + ch.len_utf8();
        let mut next = chars.peek().map(|&(_, c)| c);
        // Two apostrophes stand for one double mark (''like this'' in some wire copy).
        let doubled = ch == '\'' && next == Some('\'');
        if doubled {
            chars.next();
            end += 1;
            next = chars.peek().map(|&(_, c)| c);
        }
        let ch = if doubled { '"' } else { ch };
        if double_mark(ch) {
            let can_open = opens_before(prev) && next.is_some_and(|c| !c.is_whitespace()) || matches!(ch, '«' | '„');
            // "… 'a flight to quality,' " he said": a space between the closing single and double marks.
            let spaced = prev.is_some_and(char::is_whitespace) && prev2.is_some_and(single_mark) && closes_after(next);
            let can_close = prev.is_some_and(|c| !c.is_whitespace()) && closes_after(next) || ch == '»' || spaced;
            match open {
                Some((Style::Double, start, inner)) if can_close || matches!(ch, '”' | '»') && !can_open => {
                    push(text, &mut found, start, inner, at, end);
                    open = None;
                }
                // A new opening mark while one is open: the earlier one was stray; start again here.
                _ if can_open && !matches!(ch, '”' | '»') || matches!(ch, '“' | '„' | '«') && open.is_some() => {
                    open = Some((Style::Double, at, end));
                }
                _ => {}
            }
        } else if single_mark(ch) {
            let can_open = opens_before(prev) && next.is_some_and(char::is_alphanumeric) && ch != '’' && ch != '›';
            let can_close =
                prev.is_some_and(|c| !c.is_whitespace() && !is_mark(c)) && closes_after(next) && ch != '‘' && ch != '‹';
            match open {
                Some((Style::Single, start, inner)) if can_close => {
                    // "the voters’ choice": a plural possessive, not the end of the quote.
                    let possessive = prev == Some('s') && next == Some(' ') && {
                        let after = &text[end..paragraph.end];
                        after.trim_start().chars().next().is_some_and(char::is_lowercase)
                    };
                    if !possessive {
                        if at - inner <= MAX_SINGLE_BYTES {
                            push(text, &mut found, start, inner, at, end);
                        }
                        open = None;
                    }
                }
                None if can_open => open = Some((Style::Single, at, end)),
                _ => {}
            }
        }
        prev2 = prev;
        prev = Some(ch);
    }
    if let Some((Style::Double, start, inner)) = open
        && next_opens
    {
        let content = crate::document::trim_range(text, inner..paragraph.end);
        if !content.is_empty() {
            found.push(Quoted { outer: start..paragraph.end, content, continues: true });
        }
    }
    found
}

fn push(text: &str, found: &mut Vec<Quoted>, start: usize, inner: usize, close: usize, end: usize) {
    let content = crate::document::trim_range(text, inner..close);
    // Strip the comma or full stop news style puts inside the closing mark (“…,” he said).
    let mut content_end = content.end;
    while content_end > content.start && text[..content_end].ends_with([',', ';']) {
        content_end -= 1;
    }
    let content = content.start..content_end;
    if text[content.clone()].chars().any(char::is_alphanumeric) {
        found.push(Quoted { outer: start..end, content, continues: false });
    }
}

/// Whether the paragraph `text[range]` opens with a quotation mark.
pub fn starts_with_mark(text: &str, range: Range<usize>) -> bool {
    text.get(range).and_then(|p| p.trim_start().chars().next()).is_some_and(|c| double_mark(c) && c != '”' && c != '»')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contents(text: &str, next_opens: bool) -> Vec<&str> {
        find(text, 0..text.len(), next_opens).into_iter().map(|q| &text[q.content]).collect()
    }

    #[test]
    fn every_style() {
        assert_eq!(contents("He said “go now,” and left.", false), ["go now"]);
        assert_eq!(contents("He said \"go now\" and 'stay'.", false), ["go now", "stay"]);
        assert_eq!(contents("Il a dit « allez » hier.", false), ["allez"]);
        assert_eq!(contents("Er sagte „geh“ dann.", false), ["geh"]);
        assert_eq!(contents("‘We will fight,’ he said.", false), ["We will fight"]);
        assert_eq!(contents("''It is fine,'' she said.", false), ["It is fine"]);
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert_eq!(contents("Syria’s army and the voters’ choice don't matter.", false), Vec::<&str>::new());
        assert_eq!(contents("He called it ‘the voters’ choice’ today.", false), ["the voters’ choice"]);
    }

    #[test]
    fn nested_single_inside_double() {
        assert_eq!(contents("“He told me ‘never’ again,” she said.", false), ["He told me ‘never’ again"]);
    }

    #[test]
    fn pasted_spacing() {
        assert_eq!(contents("Ryan said,“Look, no place.” Then", false), ["Look, no place."]);
        assert_eq!(
            contents("\"What I see is what they call 'a flight to quality,' \" he said.", false),
            ["What I see is what they call 'a flight to quality,'"]
        );
    }

    #[test]
    fn unbalanced_marks_do_not_swallow() {
        assert_eq!(contents("A stray “ mark. Then “real words” here.", false), ["real words"]);
        assert_eq!(contents("“Never closed and no more.", false), Vec::<&str>::new());
        assert_eq!(contents("“Runs on into the next paragraph.", true), ["Runs on into the next paragraph."]);
    }

    #[test]
    fn many_marks_are_linear_and_safe() {
        let text = "“".repeat(100_000) + &"\"'‘’”".repeat(20_000);
        let found = find(&text, 0..text.len(), false);
        assert!(found.len() < 100_000);
    }
}
