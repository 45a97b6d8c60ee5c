//! Language identification (whatlang trigram profiles).

use crate::analysis::{Language, Warning};

/// Enough text to identify a language reliably (whatlang is confident from a
/// few hundred characters); more only costs time.
const SAMPLE_BYTES: usize = 1_500;

/// The first pieces of text, joined by spaces, up to about [`SAMPLE_BYTES`].
pub fn sample_of<'a>(pieces: impl Iterator<Item = &'a str>) -> String {
    let mut sample = String::new();
    for piece in pieces {
        if sample.len() >= SAMPLE_BYTES {
            break;
        }
        if !sample.is_empty() {
            sample.push(' ');
        }
        sample.push_str(piece);
    }
    sample
}

/// Identifies the language of `text` and warns when it is not English.
pub fn detect(text: &str, warnings: &mut Vec<Warning>) -> Option<Language> {
    let mut end = text.len().min(SAMPLE_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let info = whatlang::detect(&text[..end])?;
    let language = Language {
        code: info.lang().code().to_string(),
        name: info.lang().eng_name().to_string(),
        confidence: (info.confidence() * 100.0).round() / 100.0,
    };
    if info.lang() != whatlang::Lang::Eng && info.is_reliable() {
        warnings.push(Warning {
            code: "not_english".into(),
            message: format!(
                "the text looks like {} ({}), not English; Lede's analysis is built for English and may miss or misread things",
                language.name, language.code
            ),
        });
    }
    Some(language)
}
