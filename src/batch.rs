//! `lede batch`: one JSON Lines record in, one out. The CLI drives it; the
//! fuzzer and tests call it directly. Native only (not part of the wasm).

use std::io::{self, BufRead, Read};

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::{Analysis, Options, Warning};

/// Decodes bytes as UTF-8, replacing invalid sequences, and says whether it had to.
pub fn decode(bytes: Vec<u8>) -> (String, bool) {
    match String::from_utf8(bytes) {
        Ok(text) => (text, false),
        Err(error) => (String::from_utf8_lossy(error.as_bytes()).into_owned(), true),
    }
}

/// The warning added when input bytes were not UTF-8.
pub fn invalid_utf8_warning() -> Warning {
    Warning {
        code: "invalid_utf8".into(),
        message: "the input was not valid UTF-8; invalid bytes were replaced with U+FFFD and offsets refer to the decoded text"
            .into(),
    }
}

/// One line of batch input.
#[derive(Deserialize)]
struct BatchInput {
    #[serde(default)]
    id: Value,
    text: String,
    #[serde(default)]
    reference_date: Option<String>,
}

/// One line of batch output: `{"id", "analysis"}` or `{"id", "error": {"code", "message"}}`.
///
/// Serialized straight from the [`Analysis`] (no `serde_json::Value` tree in between), so its fields
/// keep the order of `lede analyze` and `docs/json.md`, with the `id` first.
#[derive(Debug, Serialize)]
#[serde(untagged)]
pub enum BatchOutput {
    /// The line was analysed.
    Analysis {
        /// The input line's `id`, as given (null when it had none).
        id: Value,
        /// The line's analysis.
        analysis: Box<Analysis>,
    },
    /// The line could not be analysed; the rest of the batch goes on.
    Error {
        /// The input line's `id` when it could be read, else null.
        id: Value,
        /// Why the line has no analysis.
        error: LineError,
    },
}

/// Why a batch line has no analysis.
#[derive(Debug, Serialize)]
pub struct LineError {
    /// A stable code: `line_too_large`, `invalid_line`, `internal_error` or an [`crate::Error::code`].
    pub code: &'static str,
    /// A sentence for people.
    pub message: String,
}

impl BatchOutput {
    /// The output line as JSON, without its line ending.
    pub fn to_json(&self) -> Vec<u8> {
        // Plain data with string keys: serializing it cannot fail.
        serde_json::to_vec(self)
            .unwrap_or_else(|_| br#"{"id":null,"error":{"code":"internal_error","message":"unserializable"}}"#.to_vec())
    }
}

fn error_line(id: Value, code: &'static str, message: String) -> BatchOutput {
    BatchOutput::Error { id, error: LineError { code, message } }
}

/// What the reader hands to the workers: a line, or why it could not be read.
pub enum RawLine {
    /// The line's bytes, without its line ending.
    Line(Vec<u8>),
    /// The line was longer than the limit and was skipped.
    TooLong {
        /// How long it was.
        bytes: usize,
    },
}

/// Analyzes one line of batch input with `base` options (the line may set `reference_date`).
pub fn process_line(raw: RawLine, line_number: usize, base: &Options) -> BatchOutput {
    let bytes = match raw {
        RawLine::Line(bytes) => bytes,
        RawLine::TooLong { bytes } => {
            return error_line(
                Value::Null,
                "line_too_large",
                format!("line {line_number} is over {bytes} bytes, more than max_bytes allows; it was skipped"),
            );
        }
    };
    let (line, lossy) = decode(bytes);
    let input: BatchInput = match serde_json::from_str(&line) {
        Ok(input) => input,
        Err(error) => {
            // Keep the id when the line is JSON with an id but, say, no text.
            let id = serde_json::from_str::<Value>(&line).ok().and_then(|v| v.get("id").cloned()).unwrap_or(Value::Null);
            return error_line(
                id,
                "invalid_line",
                format!("line {line_number} is not a JSON object with a string `text`: {error}"),
            );
        }
    };
    let options = Options { reference_date: input.reference_date, ..base.clone() };
    let id = input.id;
    let outcome = std::panic::catch_unwind(|| crate::analyze(&input.text, &options));
    match outcome {
        Ok(Ok(mut analysis)) => {
            if lossy {
                analysis.warnings.insert(0, invalid_utf8_warning());
            }
            BatchOutput::Analysis { id, analysis: Box::new(analysis) }
        }
        Ok(Err(error)) => error_line(id, error.code(), error.to_string()),
        Err(_) => {
            error_line(id, "internal_error", format!("line {line_number} hit a bug in Lede; please report it with the text"))
        }
    }
}

/// Reads one line of at most `limit` bytes; longer lines are drained and reported.
pub fn read_line(reader: &mut impl BufRead, limit: usize) -> io::Result<Option<RawLine>> {
    let mut buffer = Vec::new();
    let read = reader.by_ref().take(limit as u64 + 1).read_until(b'\n', &mut buffer)?;
    if read == 0 {
        return Ok(None);
    }
    if buffer.last() == Some(&b'\n') || buffer.len() <= limit {
        while matches!(buffer.last(), Some(b'\n' | b'\r')) {
            buffer.pop();
        }
        return Ok(Some(RawLine::Line(buffer)));
    }
    // Drain the rest of the over-long line without keeping it.
    let mut skipped = buffer.len();
    loop {
        let chunk = reader.fill_buf()?;
        if chunk.is_empty() {
            break;
        }
        match chunk.iter().position(|b| *b == b'\n') {
            Some(at) => {
                reader.consume(at + 1);
                skipped += at;
                break;
            }
            None => {
                let n = chunk.len();
                reader.consume(n);
                skipped += n;
            }
        }
    }
    Ok(Some(RawLine::TooLong { bytes: skipped }))
}
