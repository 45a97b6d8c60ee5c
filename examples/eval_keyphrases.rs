//! Measures the keyphrases stage on 500N-KPCrowd (`../shared/data/kpcrowd`: `docs/NAME.txt`,
//! gold `keys/NAME.key`, one phrase a line).
//!
//! Protocol (issue 8): the top 10 phrases of each article against all its gold phrases, both
//! sides lower-cased and stemmed word by word (Snowball English, i.e. Porter2, from
//! `rust-stemmers`), then exact match; P@10, R@10 and F1@10 are computed per article and
//! macro-averaged (F1@10 is the mean of the per-article F1s). Duplicates after stemming count once
//! on each side.
//!
//! `cargo run --release --example eval_keyphrases [-- DATA_DIR] [--yake FILE]`: with `--yake`, a
//! file of `NAME<TAB>phrase<TAB>phrase…` lines (what `scripts/yake-kpcrowd.py` prints) is scored
//! the same way beside Lede. `scripts/eval-keyphrases` runs both.

use std::collections::{HashMap, HashSet};
use std::fs;
use std::path::PathBuf;

use rust_stemmers::{Algorithm, Stemmer};

const TOP: usize = 10;

/// Lower-cases, strips punctuation at word edges and stems each word.
fn normal(stemmer: &Stemmer, phrase: &str) -> String {
    phrase
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
        .filter(|w| !w.is_empty())
        .map(|w| stemmer.stem(&w).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

#[derive(Default)]
struct Score {
    p: f64,
    r: f64,
    f: f64,
    n: usize,
}

impl Score {
    fn add(&mut self, predicted: &[String], gold: &HashSet<String>) {
        let mut seen = HashSet::new();
        let predicted: Vec<&String> = predicted.iter().filter(|p| !p.is_empty() && seen.insert(*p)).take(TOP).collect();
        let hits = predicted.iter().filter(|p| gold.contains(p.as_str())).count() as f64;
        let p = if predicted.is_empty() { 0.0 } else { hits / predicted.len() as f64 };
        let r = if gold.is_empty() { 0.0 } else { hits / gold.len() as f64 };
        self.p += p;
        self.r += r;
        self.f += if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
        self.n += 1;
    }

    fn line(&self, name: &str) -> String {
        let n = self.n.max(1) as f64;
        format!("{name:<6} P@10 {:.3}  R@10 {:.3}  F1@10 {:.3}  ({} articles)", self.p / n, self.r / n, self.f / n, self.n)
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let mut dir = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data/kpcrowd"));
    let mut yake_file = None;
    let mut show = 0usize;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--yake" => yake_file = args.next(),
            "--show" => show = args.next().and_then(|s| s.parse().ok()).unwrap_or(3),
            _ => dir = PathBuf::from(arg),
        }
    }
    let stemmer = Stemmer::create(Algorithm::English);
    let yake: HashMap<String, Vec<String>> = yake_file
        .map(|f| fs::read_to_string(&f).unwrap_or_else(|e| panic!("{f}: {e}")))
        .unwrap_or_default()
        .lines()
        .filter_map(|line| {
            let mut parts = line.split('\t');
            let name = parts.next()?.to_string();
            Some((name, parts.map(|p| normal(&stemmer, p)).collect()))
        })
        .collect();
    let mut names: Vec<String> = fs::read_dir(dir.join("docs"))
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter_map(|n| n.strip_suffix(".txt").map(str::to_string))
        .collect();
    names.sort();
    let (mut lede, mut baseline) = (Score::default(), Score::default());
    for (i, name) in names.iter().enumerate() {
        let text = fs::read_to_string(dir.join("docs").join(format!("{name}.txt"))).unwrap_or_default();
        let keys = fs::read_to_string(dir.join("keys").join(format!("{name}.key"))).unwrap_or_default();
        let gold: HashSet<String> = keys.lines().map(|k| normal(&stemmer, k)).filter(|k| !k.is_empty()).collect();
        let mut doc = lede::document::Document::new(&text);
        lede::structure::run(&mut doc);
        doc.entities = lede::entities::run(&doc);
        let found: Vec<String> = lede::keyphrases::run(&doc).iter().map(|k| k.text.clone()).collect();
        if i < show {
            println!("{name}: {found:?}");
        }
        lede.add(&found.iter().map(|k| normal(&stemmer, k)).collect::<Vec<_>>(), &gold);
        if let Some(predicted) = yake.get(name) {
            baseline.add(predicted, &gold);
        }
    }
    println!("{}", lede.line("Lede"));
    if baseline.n > 0 {
        println!("{}", baseline.line("YAKE"));
    }
}
