//! `lede`: the command-line face of the Lede core.
//!
//! `lede analyze [FILE|-]` prints one Analysis as JSON; `lede batch` reads
//! JSON Lines (`{"id", "text", "reference_date"?}`) and writes one line per
//! input line, in order, using every core.

use std::io::{self, BufRead, BufWriter, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use rayon::prelude::*;
use serde::Deserialize;
use serde_json::{Value, json};

use lede::{Analysis, OffsetUnit, Options, Warning};

#[derive(Parser)]
#[command(name = "lede", version, about = "Analyze news articles: structure, statistics and more, as JSON")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Args, Clone)]
struct CommonOptions {
    /// Unit of every offset in the output.
    #[arg(long, value_enum, default_value = "char")]
    offsets: Offsets,
    /// Include the tokens layer.
    #[arg(long)]
    tokens: bool,
    /// Refuse inputs larger than this many bytes.
    #[arg(long, default_value_t = lede::DEFAULT_MAX_BYTES)]
    max_bytes: usize,
}

#[derive(clap::ValueEnum, Clone, Copy)]
enum Offsets {
    Utf16,
    Char,
    Byte,
}

impl From<Offsets> for OffsetUnit {
    fn from(o: Offsets) -> Self {
        match o {
            Offsets::Utf16 => OffsetUnit::Utf16,
            Offsets::Char => OffsetUnit::Char,
            Offsets::Byte => OffsetUnit::Byte,
        }
    }
}

#[derive(Subcommand)]
enum Command {
    /// Analyze one text (a file, or standard input with `-` or no FILE) and print its Analysis as JSON.
    Analyze {
        /// The text file to analyze; `-` or nothing reads standard input.
        file: Option<PathBuf>,
        /// The day the article was published (YYYY-MM-DD).
        #[arg(long)]
        reference_date: Option<String>,
        /// Indent the JSON.
        #[arg(long)]
        pretty: bool,
        #[command(flatten)]
        common: CommonOptions,
    },
    /// Analyze JSON Lines from standard input ({"id", "text", "reference_date"?} per line); write {"id", "analysis"} or {"id", "error"} lines.
    Batch {
        #[command(flatten)]
        common: CommonOptions,
        /// Worker threads (default: all cores).
        #[arg(long)]
        jobs: Option<usize>,
    },
}

fn options_from(common: &CommonOptions, reference_date: Option<String>) -> Options {
    Options { reference_date, offsets: common.offsets.into(), max_bytes: common.max_bytes, tokens: common.tokens }
}

/// Decodes bytes as UTF-8, replacing invalid sequences, and says whether it had to.
fn decode(bytes: Vec<u8>) -> (String, bool) {
    match String::from_utf8(bytes) {
        Ok(text) => (text, false),
        Err(error) => (String::from_utf8_lossy(error.as_bytes()).into_owned(), true),
    }
}

fn invalid_utf8_warning() -> Warning {
    Warning {
        code: "invalid_utf8".into(),
        message: "the input was not valid UTF-8; invalid bytes were replaced with U+FFFD and offsets refer to the decoded text"
            .into(),
    }
}

fn analyze_decoded(bytes: Vec<u8>, options: &Options) -> Result<Analysis, lede::Error> {
    let (text, lossy) = decode(bytes);
    let mut analysis = lede::analyze(&text, options)?;
    if lossy {
        analysis.warnings.insert(0, invalid_utf8_warning());
    }
    Ok(analysis)
}

fn run_analyze(file: Option<PathBuf>, reference_date: Option<String>, pretty: bool, common: CommonOptions) -> Result<(), String> {
    let options = options_from(&common, reference_date);
    let mut bytes = Vec::new();
    match file.as_deref() {
        None => io::stdin().lock().read_to_end(&mut bytes).map_err(|e| format!("cannot read standard input: {e}"))?,
        Some(path) if path.as_os_str() == "-" => {
            io::stdin().lock().read_to_end(&mut bytes).map_err(|e| format!("cannot read standard input: {e}"))?
        }
        Some(path) => {
            bytes = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            bytes.len()
        }
    };
    let analysis = analyze_decoded(bytes, &options).map_err(|e| e.to_string())?;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let written =
        if pretty { serde_json::to_writer_pretty(&mut out, &analysis) } else { serde_json::to_writer(&mut out, &analysis) };
    written.map_err(|e| format!("cannot write output: {e}"))?;
    writeln!(out).and_then(|_| out.flush()).map_err(|e| format!("cannot write output: {e}"))
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

fn error_line(id: Value, code: &str, message: String) -> Value {
    json!({ "id": id, "error": { "code": code, "message": message } })
}

/// What the reader hands to the workers: a line, or why it could not be read.
enum RawLine {
    Line(Vec<u8>),
    TooLong { bytes: usize },
}

fn process_line(raw: RawLine, line_number: usize, common: &CommonOptions) -> Value {
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
    let options = options_from(common, input.reference_date);
    let id = input.id;
    let outcome = std::panic::catch_unwind(|| lede::analyze(&input.text, &options));
    match outcome {
        Ok(Ok(mut analysis)) => {
            if lossy {
                analysis.warnings.insert(0, invalid_utf8_warning());
            }
            json!({ "id": id, "analysis": analysis })
        }
        Ok(Err(error)) => error_line(id, error.code(), error.to_string()),
        Err(_) => {
            error_line(id, "internal_error", format!("line {line_number} hit a bug in Lede; please report it with the text"))
        }
    }
}

/// Reads one line of at most `limit` bytes; longer lines are drained and reported.
fn read_line(reader: &mut impl BufRead, limit: usize) -> io::Result<Option<RawLine>> {
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

/// How many lines are analysed in parallel before their results are written, in order.
const BATCH_CHUNK_LINES: usize = 64;

fn run_batch(common: CommonOptions, jobs: Option<usize>) -> Result<(), String> {
    let pool = rayon::ThreadPoolBuilder::new().num_threads(jobs.unwrap_or(0)).build().map_err(|e| e.to_string())?;
    // A JSON-escaped text can be up to 6 times longer than the text (\uXXXX).
    let line_limit = common.max_bytes.saturating_mul(6).saturating_add(4096);
    let stdin = io::stdin();
    let mut reader = stdin.lock();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut line_number = 0;
    loop {
        let mut chunk = Vec::with_capacity(BATCH_CHUNK_LINES);
        while chunk.len() < BATCH_CHUNK_LINES {
            match read_line(&mut reader, line_limit).map_err(|e| format!("cannot read standard input: {e}"))? {
                Some(RawLine::Line(bytes)) if bytes.iter().all(u8::is_ascii_whitespace) => line_number += 1,
                Some(raw) => {
                    line_number += 1;
                    chunk.push((line_number, raw));
                }
                None => break,
            }
        }
        if chunk.is_empty() {
            break;
        }
        let results: Vec<Value> = pool.install(|| chunk.into_par_iter().map(|(n, raw)| process_line(raw, n, &common)).collect());
        for result in results {
            serde_json::to_writer(&mut out, &result).map_err(|e| format!("cannot write output: {e}"))?;
            out.write_all(b"\n").map_err(|e| format!("cannot write output: {e}"))?;
        }
        out.flush().map_err(|e| format!("cannot write output: {e}"))?;
    }
    Ok(())
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Analyze { file, reference_date, pretty, common } => run_analyze(file, reference_date, pretty, common),
        Command::Batch { common, jobs } => run_batch(common, jobs),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("lede: {message}");
            ExitCode::FAILURE
        }
    }
}
