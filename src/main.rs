//! `lede`: the command-line face of the Lede core.
//!
//! `lede analyze [FILE|-]` prints one Analysis as JSON; `lede batch` reads
//! JSON Lines (`{"id", "text", "reference_date"?}`) and writes one line per
//! input line, in order, using every core.

use std::collections::BTreeMap;
use std::io::{self, BufWriter, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::{Mutex, mpsc};

use clap::{Parser, Subcommand};

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
    let written = written.map_err(io::Error::from).and_then(|()| writeln!(out)).and_then(|()| out.flush());
    written.or_else(output_closed)
}

/// How many lines may be read ahead of the last one written, per worker: enough to keep every
/// worker busy while one slow line holds up the output, little enough to bound memory.
const LINES_AHEAD_PER_WORKER: usize = 16;

/// `lede batch`: a pipeline of one reader thread, `jobs` workers and this thread as the writer.
///
/// Reading, analysing and writing overlap (the earlier version read 64 lines, analysed them, then
/// wrote them while the cores waited), and each worker serializes its own output line. The writer
/// puts lines back in input order; the reader stops when it is `LINES_AHEAD_PER_WORKER × jobs`
/// lines ahead of the writer.
fn run_batch(common: CommonOptions, jobs: Option<usize>) -> Result<(), String> {
    let jobs = match jobs {
        Some(n) if n > 0 => n,
        _ => std::thread::available_parallelism().map_or(1, usize::from),
    };
    let base = options_from(&common, None);
    // A JSON-escaped text can be up to 6 times longer than the text (\uXXXX).
    let line_limit = common.max_bytes.saturating_mul(6).saturating_add(4096);
    let window = LINES_AHEAD_PER_WORKER * jobs;

    let (line_tx, line_rx) = mpsc::sync_channel::<(usize, usize, RawLine)>(window);
    let line_rx = Mutex::new(line_rx);
    let (done_tx, done_rx) = mpsc::channel::<(usize, Vec<u8>)>();
    // One credit a line: the writer gives one back for every line it writes.
    let (credit_tx, credit_rx) = mpsc::channel::<()>();
    for _ in 0..window {
        let _ = credit_tx.send(());
    }

    std::thread::scope(|scope| {
        let reader = scope.spawn(move || -> Result<(), String> {
            let stdin = io::stdin();
            let mut input = stdin.lock();
            let (mut index, mut line_number) = (0, 0);
            loop {
                let raw = match read_line(&mut input, line_limit).map_err(|e| format!("cannot read standard input: {e}"))? {
                    None => return Ok(()),
                    Some(RawLine::Line(bytes)) if bytes.iter().all(u8::is_ascii_whitespace) => {
                        line_number += 1;
                        continue;
                    }
                    Some(raw) => raw,
                };
                line_number += 1;
                if credit_rx.recv().is_err() || line_tx.send((index, line_number, raw)).is_err() {
                    return Ok(()); // the writer stopped (it reports why)
                }
                index += 1;
            }
        });
        for _ in 0..jobs {
            let (line_rx, done_tx, base) = (&line_rx, done_tx.clone(), &base);
            scope.spawn(move || {
                loop {
                    // The lock is held only to take the next line, never while analysing.
                    let next = line_rx.lock().map_err(drop).and_then(|rx| rx.recv().map_err(drop));
                    let Ok((index, line_number, raw)) = next else { return };
                    if done_tx.send((index, process_line(raw, line_number, base).to_json())).is_err() {
                        return;
                    }
                }
            });
        }
        drop(done_tx);

        let written = write_in_order(&done_rx, &credit_tx);
        // Unblock the reader and the workers if the writer stopped early.
        drop(credit_tx);
        drop(done_rx);
        let read = reader.join().unwrap_or_else(|_| Err("the input reader failed".to_string()));
        written.and(read)
    })
}

/// A write to standard output failed: when its reader has gone (`lede batch … | head`), stop quietly
/// with success, as other Unix filters do; any other failure is an error.
fn output_closed(error: io::Error) -> Result<(), String> {
    if error.kind() == io::ErrorKind::BrokenPipe { Ok(()) } else { Err(format!("cannot write output: {error}")) }
}

/// Writes the workers' lines to standard output in input order, flushing whenever the next line is
/// not ready yet (so a reader of the output sees each line as soon as it can be given).
fn write_in_order(done: &mpsc::Receiver<(usize, Vec<u8>)>, credits: &mpsc::Sender<()>) -> Result<(), String> {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut waiting: BTreeMap<usize, Vec<u8>> = BTreeMap::new();
    let mut next = 0;
    loop {
        while let Some(line) = waiting.remove(&next) {
            if let Err(e) = out.write_all(&line).and_then(|()| out.write_all(b"\n")) {
                return output_closed(e);
            }
            next += 1;
            let _ = credits.send(());
        }
        let received = match done.try_recv() {
            Ok(received) => received,
            Err(mpsc::TryRecvError::Empty) => {
                if let Err(e) = out.flush() {
                    return output_closed(e);
                }
                match done.recv() {
                    Ok(received) => received,
                    Err(_) => break,
                }
            }
            Err(mpsc::TryRecvError::Disconnected) => break,
        };
        waiting.insert(received.0, received.1);
    }
    if let Err(e) = out.flush() {
        return output_closed(e);
    }
    if waiting.is_empty() { Ok(()) } else { Err("a batch worker stopped before its line was written".to_string()) }
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
