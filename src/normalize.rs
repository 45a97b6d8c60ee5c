//! Stage 1: normalize pasted text into a clean working copy that maps back to the original.
//!
//! Real pastes carry Windows line endings, non-breaking and other exotic spaces,
//! soft hyphens, zero-width characters, a byte-order mark and stray control
//! characters. Later stages read [`Normalized::text`], where these are gone or
//! made plain, and every offset they find is mapped back with
//! [`Normalized::to_original_start`] / [`Normalized::to_original_end`].

/// The normalized working text and its mapping to the original input.
#[derive(Debug, Clone)]
pub struct Normalized {
    /// The working text: `\n` line ends, plain spaces, no invisible characters.
    pub text: String,
    /// Runs where the two texts advance together, sorted, starting at `(0, 0)`.
    /// Between runs, characters were removed or resized.
    runs: Vec<Run>,
    /// How many control characters (other than tab and line breaks) were removed.
    pub control_characters_removed: usize,
    /// The input looked like HTML source: tags were skipped and entities decoded.
    pub html_stripped: bool,
}

/// Where the two texts realign after a removed or resized character.
#[derive(Debug, Clone, Copy)]
struct Run {
    normalized: usize,
    original: usize,
    /// The gap before this run left nothing in the normalized text.
    after_removal: bool,
}

/// What to do with one character of the input.
enum Action {
    Keep,
    Replace(char),
    Remove,
    RemoveControl,
}

fn action(ch: char, next: Option<char>) -> Action {
    match ch {
        '\r' if next == Some('\n') => Action::Remove,
        '\r' | '\u{2028}' | '\u{2029}' | '\u{85}' | '\u{0B}' | '\u{0C}' => Action::Replace('\n'),
        '\t' | '\n' => Action::Keep,
        // Soft hyphen, zero-width space, word joiner, BOM / zero-width no-break space.
        '\u{AD}' | '\u{200B}' | '\u{2060}' | '\u{FEFF}' => Action::Remove,
        c if c.is_control() => Action::RemoveControl,
        // Every other space separator (no-break, thin, figure, ideographic …) becomes a space.
        '\u{A0}' | '\u{1680}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => Action::Replace(' '),
        _ => Action::Keep,
    }
}

/// Whether a UTF-8 byte can begin a character that [`action`] changes: ASCII
/// controls and the lead bytes of U+0080–U+00BF, U+1680, U+2000–U+206F,
/// U+3000 and U+FEFF. Everything else is copied without decoding.
fn may_need_action(byte: u8, html: bool) -> bool {
    (html && byte == b'<') || byte == b'&' || may_need_plain_action(byte)
}

fn may_need_plain_action(byte: u8) -> bool {
    (byte < 0x20 && byte != b'\n' && byte != b'\t') || matches!(byte, 0x7F | 0xC2 | 0xE1 | 0xE2 | 0xE3 | 0xEF)
}

impl Normalized {
    /// Normalizes `original`.
    pub fn new(original: &str) -> Normalized {
        let mut text = String::with_capacity(original.len());
        let mut runs = vec![Run { normalized: 0, original: 0, after_removal: false }];
        let mut control_characters_removed = 0;
        let html = crate::html::looks_like_html(original);
        let mut html_scanner = crate::html::Scanner::default();
        let bytes = original.as_bytes();
        let mut copied_up_to = 0;
        let mut index = 0;
        while index < bytes.len() {
            // Fast path: bytes that can never start a character we change are copied in runs.
            if !may_need_action(bytes[index], html) {
                index += 1;
                continue;
            }
            let Some(ch) = original[index..].chars().next() else { break };
            let next = original[index + ch.len_utf8()..].chars().next();
            // Entities are decoded in plain text too: scraped text often keeps a few ("&#039;Bones&#039;",
            // "AT&amp;T") without any tag, and a reader means the character.
            let markup = if html {
                html_scanner.markup_at(original, index)
            } else if ch == '&' {
                crate::html::entity_at(&original[index..])
            } else {
                None
            };
            let (consumed, replacement, control) = match (markup, action(ch, next)) {
                (Some((consumed, stands_for)), _) => (consumed, stands_for, false),
                (None, Action::Keep) => {
                    index += ch.len_utf8();
                    continue;
                }
                (None, Action::Replace(with)) => (ch.len_utf8(), Some(with), false),
                (None, Action::Remove) => (ch.len_utf8(), None, false),
                (None, Action::RemoveControl) => (ch.len_utf8(), None, true),
            };
            text.push_str(&original[copied_up_to..index]);
            copied_up_to = index + consumed;
            control_characters_removed += usize::from(control);
            if let Some(with) = replacement {
                text.push(with);
                if with.len_utf8() == consumed {
                    index = copied_up_to;
                    continue;
                }
            }
            let after_removal = replacement.is_none();
            // The two texts realign after this character.
            runs.push(Run { normalized: text.len(), original: copied_up_to, after_removal });
            index = copied_up_to;
        }
        text.push_str(&original[copied_up_to..]);
        Normalized { text, runs, control_characters_removed, html_stripped: html }
    }

    fn run_at(&self, offset: usize) -> usize {
        self.runs.partition_point(|run| run.normalized <= offset) - 1
    }

    /// Maps a normalized offset that starts a span to the original text.
    ///
    /// Removed characters just before the offset are left out of the span.
    pub fn to_original_start(&self, offset: usize) -> usize {
        let run = self.runs[self.run_at(offset)];
        run.original + (offset - run.normalized)
    }

    /// Maps a normalized offset that ends a span to the original text.
    ///
    /// Removed characters just after the span are left out of it.
    pub fn to_original_end(&self, offset: usize) -> usize {
        let mut index = self.run_at(offset);
        // Removals that begin exactly here belong after the span: use the run
        // that was in force before them.
        while index > 0 && self.runs[index].after_removal && self.runs[index].normalized == offset {
            index -= 1;
        }
        let run = self.runs[index];
        run.original + (offset - run.normalized)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn original_of(original: &str, normalized: &Normalized, start: usize, end: usize) -> String {
        let s = normalized.to_original_start(start);
        let e = normalized.to_original_end(end).max(s);
        original[s..e].to_string()
    }

    #[test]
    fn crlf_nbsp_and_invisible_characters_map_back() {
        let original = "Head\u{AD}line\r\n\u{FEFF}Mr.\u{A0}Smith\u{200B}\u{200B} said.\r";
        let n = Normalized::new(original);
        assert_eq!(n.text, "Headline\nMr. Smith said.\n");
        let word = n.text.find("Smith").unwrap();
        assert_eq!(original_of(original, &n, word, word + 5), "Smith");
        assert_eq!(original_of(original, &n, 0, 8), "Head\u{AD}line");
        let mr = n.text.find("Mr.").unwrap();
        assert_eq!(original_of(original, &n, mr, n.text.len() - 1), "Mr.\u{A0}Smith\u{200B}\u{200B} said.");
        assert_eq!(original_of(original, &n, mr, mr + 4), "Mr.\u{A0}");
        assert_eq!(original_of(original, &n, word, word + 5), "Smith");
    }

    #[test]
    fn html_source_maps_back_to_the_tags() {
        let original = "<html><body><h1>Talks fail</h1><p>Kerry said &ldquo;no&rdquo; &amp; left.</p></body></html>";
        let n = Normalized::new(original);
        assert!(n.html_stripped);
        assert_eq!(n.text.trim(), "Talks fail\n\nKerry said “no” & left.");
        let quote = n.text.find("“no”").unwrap();
        assert_eq!(original_of(original, &n, quote, quote + "“no”".len()), "&ldquo;no&rdquo;");
        let plain = Normalized::new("a < b & c");
        assert!(!plain.html_stripped);
        assert_eq!(plain.text, "a < b & c");
    }

    #[test]
    fn entities_in_plain_text_are_decoded() {
        // Scraped text without tags still carries entities: the reader means the characters.
        let original = "&#039;Bones&#039; star joins AT&amp;T; R&D; Q&A &bogus; &#1114112; done";
        let n = Normalized::new(original);
        assert!(!n.html_stripped);
        assert_eq!(n.text, "'Bones' star joins AT&T; R&D; Q&A &bogus; &#1114112; done");
        let bones = n.text.find("Bones").unwrap();
        assert_eq!(original_of(original, &n, bones - 1, bones + 6), "&#039;Bones&#039;");
        let star = n.text.find("star").unwrap();
        assert_eq!(original_of(original, &n, star, star + 4), "star");
    }

    #[test]
    fn control_characters_are_counted() {
        let n = Normalized::new("a\u{0}b\u{7}c");
        assert_eq!(n.text, "abc");
        assert_eq!(n.control_characters_removed, 2);
        assert_eq!(n.to_original_start(1), 2);
        assert_eq!(n.to_original_end(1), 1);
    }
}
