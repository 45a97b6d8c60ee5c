//! `lede`: the command-line face of the Lede core.
//!
//! `lede analyze [FILE|-]` prints one Analysis as JSON; `lede batch` reads
//! JSON Lines (`{"id", "text", "reference_date"?}`) and writes one line per
//! input line, in order, using every core.

use std::io::{self, BufWriter, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use rayon::prelude::*;
use serde_json::Value;

use lede::batch::{RawLine, decode, invalid_utf8_warning, process_line, read_line};
use lede::{Analysis, OffsetUnit, Options};

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

/// How many lines are analysed in parallel before their results are written, in order.
const BATCH_CHUNK_LINES: usize = 64;

fn run_batch(common: CommonOptions, jobs: Option<usize>) -> Result<(), String> {
    let pool = rayon::ThreadPoolBuilder::new().num_threads(jobs.unwrap_or(0)).build().map_err(|e| e.to_string())?;
    // A JSON-escaped text can be up to 6 times longer than the text (\uXXXX).
    let base = options_from(&common, None);
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
        let results: Vec<Value> = pool.install(|| chunk.into_par_iter().map(|(n, raw)| process_line(raw, n, &base)).collect());
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
