//! Pasted HTML source: recognise it, skip its tags and decode its entities.
//!
//! People paste page source by mistake. Rather than analysing `<div class=…>`
//! as prose, normalization drops tags (block tags become line breaks),
//! skips `<script>`/`<style>` bodies and comments, and decodes entities, all
//! while offsets keep pointing into the pasted source. A full HTML parser
//! (html5ever) would add hundreds of KB to the wasm for no gain here: the
//! text, not the tree, is what Lede needs.

/// Tags whose boundaries separate paragraphs.
const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "br",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "tr",
    "table",
    "article",
    "section",
    "header",
    "footer",
    "blockquote",
    "figure",
    "figcaption",
    "main",
    "aside",
    "nav",
    "hr",
    "title",
    "body",
    "html",
    "head",
    "dd",
    "dt",
];

/// The longest tag or entity considered; a `<` without a `>` this close is plain text.
const MAX_MARKUP_BYTES: usize = 2_000;

/// Whether `text` looks like HTML source rather than prose that mentions a tag.
pub fn looks_like_html(text: &str) -> bool {
    let head = &text.as_bytes()[..text.len().min(100_000)];
    let mut tags = 0;
    for (index, window) in head.windows(3).enumerate() {
        if window[0] == b'<' && (window[1].is_ascii_alphabetic() || window[1] == b'/' || window[1] == b'!') {
            let name: Vec<u8> = head[index + 1..]
                .iter()
                .skip_while(|b| **b == b'/')
                .take_while(|b| b.is_ascii_alphanumeric())
                .map(u8::to_ascii_lowercase)
                .collect();
            let name = String::from_utf8_lossy(&name);
            if BLOCK_TAGS.contains(&name.as_ref())
                || matches!(name.as_ref(), "span" | "a" | "script" | "style" | "meta" | "link" | "img")
            {
                tags += 1;
                if tags >= 3 {
                    return true;
                }
            }
        }
    }
    false
}

/// Remembers where the next `</script`, `</style` and `</head` are, so that many
/// unclosed `<script>` tags cost one scan, not one scan each.
#[derive(Debug, Default)]
pub struct Scanner {
    /// For `script`, `style` and `head`: the next closing tag found by the last search
    /// (None inside: there is none), valid for positions up to it.
    next_close: [Option<Option<usize>>; 3],
}

impl Scanner {
    /// What the markup starting at `index` becomes: how many bytes it covers and
    /// the character that stands for it (None: nothing). None when no markup starts there.
    pub fn markup_at(&mut self, text: &str, index: usize) -> Option<(usize, Option<char>)> {
        let rest = &text[index..];
        let window = &rest[..floor_boundary(rest, MAX_MARKUP_BYTES)];
        match rest.as_bytes().first()? {
            b'<' => self.tag_at(text, index, window),
            b'&' => entity_at(window),
            _ => None,
        }
    }

    fn tag_at(&mut self, text: &str, index: usize, window: &str) -> Option<(usize, Option<char>)> {
        if let Some(comment) = window.strip_prefix("<!--") {
            return comment.find("-->").map(|end| (4 + end + 3, None));
        }
        let second = *window.as_bytes().get(1)?;
        if !(second.is_ascii_alphabetic() || second == b'/' || second == b'!' || second == b'?') {
            return None;
        }
        let close = window.find('>')?;
        let name: String = window[1..close]
            .trim_start_matches('/')
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect::<String>()
            .to_ascii_lowercase();
        // Script and style bodies are code, not text, and the head holds only
        // metadata (its title repeats the headline): skip to the closing tag.
        let raw = match name.as_str() {
            "script" => Some(0),
            "style" => Some(1),
            "head" => Some(2),
            _ => None,
        };
        if let Some(slot) = raw.filter(|_| second != b'/') {
            let cached = self.next_close[slot].filter(|found| found.is_none_or(|at| at >= index));
            let found = cached.unwrap_or_else(|| find_closing(text, index, &name));
            self.next_close[slot] = Some(found);
            if let Some(at) = found {
                let after = text[at..].find('>').map_or(text.len(), |i| at + i + 1);
                return Some((after - index, Some('\n')));
            }
        }
        let stands_for = BLOCK_TAGS.contains(&name.as_str()).then_some('\n');
        Some((close + 1, stands_for))
    }
}

/// The byte offset of the first `</name` (any case) at or after `from`.
fn find_closing(text: &str, from: usize, name: &str) -> Option<usize> {
    text[from..].match_indices("</").map(|(i, _)| from + i).find(|&at| {
        text.as_bytes().get(at + 2..at + 2 + name.len()).is_some_and(|candidate| candidate.eq_ignore_ascii_case(name.as_bytes()))
    })
}

fn floor_boundary(s: &str, at: usize) -> usize {
    let mut at = at.min(s.len());
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The character reference at the start of `window` ("&amp;", "&#039;", "&#x2019;"): how many
/// bytes it covers and the character it stands for. None when `window` does not start with one
/// this reader knows.
pub fn entity_at(window: &str) -> Option<(usize, Option<char>)> {
    if !window.starts_with('&') {
        return None;
    }
    let end = window[..floor_boundary(window, 12)].find(';')?;
    let name = &window[1..end];
    let ch = if let Some(number) = name.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse().ok()?,
        };
        char::from_u32(code).filter(|c| !c.is_control() || *c == '\n')?
    } else {
        match name {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            "nbsp" => ' ',
            "lsquo" => '‘',
            "rsquo" => '’',
            "ldquo" => '“',
            "rdquo" => '”',
            "laquo" => '«',
            "raquo" => '»',
            "mdash" => '—',
            "ndash" => '–',
            "hellip" => '…',
            "eacute" => 'é',
            "euro" => '€',
            "pound" => '£',
            "copy" => '©',
            _ => return None,
        }
    };
    Some((end + 1, Some(ch)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_html_but_not_prose_about_tags() {
        assert!(looks_like_html("<html><body><p>Kerry said.</p><p>More.</p></body></html>"));
        assert!(!looks_like_html("Use the <p> tag, he said. The a < b rule holds."));
    }

    fn markup_at(text: &str, index: usize) -> Option<(usize, Option<char>)> {
        Scanner::default().markup_at(text, index)
    }

    #[test]
    fn many_unclosed_scripts_are_plain_tags() {
        let text = "<script>x ".repeat(10_000);
        let mut scanner = Scanner::default();
        let mut index = 0;
        while let Some((consumed, _)) = scanner.markup_at(&text, index) {
            assert_eq!(consumed, 8);
            index += consumed + 2;
            if index >= text.len() {
                break;
            }
        }
        assert_eq!(index, text.len());
    }

    #[test]
    fn tags_and_entities() {
        assert_eq!(markup_at("<p class=\"x\">Hi", 0), Some((13, Some('\n'))));
        assert_eq!(markup_at("<b>Hi", 0), Some((3, None)));
        assert_eq!(markup_at("&amp; more", 0), Some((5, Some('&'))));
        assert_eq!(markup_at("&#8220;x", 0), Some((7, Some('“'))));
        assert_eq!(markup_at("&nosuch; x", 0), None);
        assert_eq!(markup_at("a < b", 2), None);
        assert_eq!(markup_at("<script>var a = '<p>';</script>After", 0), Some((31, Some('\n'))));
        assert_eq!(markup_at("<!-- note -->x", 0), Some((13, None)));
    }
}
