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

impl Normalized {
    /// Normalizes `original`.
    pub fn new(original: &str) -> Normalized {
        let mut text = String::with_capacity(original.len());
        let mut runs = vec![Run { normalized: 0, original: 0, after_removal: false }];
        let mut control_characters_removed = 0;
        let mut chars = original.char_indices().peekable();
        while let Some((index, ch)) = chars.next() {
            let next = chars.peek().map(|&(_, c)| c);
            let after_removal = match action(ch, next) {
                Action::Keep => {
                    text.push(ch);
                    continue;
                }
                Action::Replace(with) => {
                    text.push(with);
                    if with.len_utf8() == ch.len_utf8() {
                        continue;
                    }
                    false
                }
                Action::Remove => true,
                Action::RemoveControl => {
                    control_characters_removed += 1;
                    true
                }
            };
            // The two texts realign after this character.
            runs.push(Run { normalized: text.len(), original: index + ch.len_utf8(), after_removal });
        }
        Normalized { text, runs, control_characters_removed }
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
    fn control_characters_are_counted() {
        let n = Normalized::new("a\u{0}b\u{7}c");
        assert_eq!(n.text, "abc");
        assert_eq!(n.control_characters_removed, 2);
        assert_eq!(n.to_original_start(1), 2);
        assert_eq!(n.to_original_end(1), 1);
    }
}
