//! Runs `lede::analyze` over every article of a folder of `.txt` files, `--rounds N` times (default 1),
//! and prints the bytes read and the seconds taken.
//!
//! For profilers: `valgrind --tool=callgrind target/release/examples/analyze_corpus` counts the
//! instructions of each stage on the PolNeAR dev articles (`docs/performance.md`).

use std::path::PathBuf;
use std::time::Instant;

#[path = "common/corpus.rs"]
mod corpus;

fn main() {
    let mut args = std::env::args().skip(1);
    let mut dir = corpus::default_dir();
    let mut rounds = 1;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--rounds" => rounds = args.next().and_then(|n| n.parse().ok()).expect("--rounds N"),
            other => dir = PathBuf::from(other),
        }
    }
    let texts = corpus::read(&dir);
    let bytes: usize = texts.iter().map(String::len).sum();
    let options = lede::Options::default();
    let started = Instant::now();
    for _ in 0..rounds {
        for text in &texts {
            std::hint::black_box(lede::analyze(text, &options).expect("analysis"));
        }
    }
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "{} articles × {rounds}, {bytes} bytes, {seconds:.3} s, {:.2} MB/s",
        texts.len(),
        (bytes * rounds) as f64 / 1e6 / seconds
    );
}
