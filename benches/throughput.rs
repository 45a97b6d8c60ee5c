//! Native throughput of the whole analysis and of each stage, single core.
//!
//! `cargo bench --bench throughput` (or `./scripts/bench`). It reads the
//! PolNeAR dev articles from `../shared/data/polnear/dev/text` and prints
//! MB/s and articles/s; it never fails on a timing.

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use lede::Options;
use lede::document::Document;

fn corpus() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/polnear/dev/text");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths.into_iter().map(|p| std::fs::read_to_string(p).unwrap()).collect()
}

/// Runs `work` over the corpus repeatedly for about a second; returns the median seconds per pass.
fn measure(texts: &[String], mut work: impl FnMut(&str)) -> f64 {
    let mut passes = Vec::new();
    let started = Instant::now();
    while passes.len() < 5 || started.elapsed() < Duration::from_secs(1) {
        let pass = Instant::now();
        for text in texts {
            work(text);
        }
        passes.push(pass.elapsed().as_secs_f64());
    }
    passes.sort_by(f64::total_cmp);
    passes[passes.len() / 2]
}

fn main() {
    let texts = corpus();
    let bytes: usize = texts.iter().map(String::len).sum();
    let mb = bytes as f64 / 1e6;
    println!("corpus: {} PolNeAR dev articles, {:.1} KB", texts.len(), bytes as f64 / 1e3);
    let report = |name: &str, seconds: f64| {
        println!("{name:<24} {:>8.1} MB/s {:>9.0} articles/s", mb / seconds, texts.len() as f64 / seconds);
    };
    report("normalize", measure(&texts, |t| drop(black_box(Document::new(t)))));
    report(
        "normalize+structure",
        measure(&texts, |t| {
            let mut doc = Document::new(t);
            lede::structure::run(&mut doc);
            black_box(&doc.structure);
        }),
    );
    let structured: Vec<Document> = texts
        .iter()
        .map(|t| {
            let mut doc = Document::new(t);
            lede::structure::run(&mut doc);
            doc
        })
        .collect();
    let per_document = |work: &dyn Fn(&Document)| {
        measure(&texts[..1], |_| {
            for doc in &structured {
                work(doc);
            }
        })
    };
    report(
        "  stats only",
        per_document(&|doc| {
            black_box(lede::stats::run(doc));
        }),
    );
    report(
        "  language only",
        per_document(&|doc| {
            let sample = lede::language::sample_of(doc.structure.sentences.iter().map(|(r, _)| doc.slice(r)));
            drop(black_box(lede::language::detect(&sample, &mut Vec::new())));
        }),
    );
    report("  entities only", per_document(&|doc| drop(black_box(lede::entities::run(doc)))));
    let reference = jiff::civil::Date::new(2016, 9, 23).ok();
    report("  time only", per_document(&|doc| drop(black_box(lede::time::run(doc, reference)))));
    report(
        "  quantities only",
        per_document(&|doc| {
            let times = lede::time::run(doc, reference);
            drop(black_box(lede::quantities::run(doc, &times)));
        }),
    );
    report(
        "  quotes only",
        per_document(&|doc| {
            let quotes = lede::quotes::run(doc, &[]);
            black_box(lede::quotes::summarize(doc, &quotes));
        }),
    );
    report("  keyphrases only", per_document(&|doc| drop(black_box(lede::keyphrases::run(doc)))));
    report("  summary only", per_document(&|doc| drop(black_box(lede::summary::run(doc, &[])))));
    report("  tone only", per_document(&|doc| drop(black_box(lede::tone::run(doc)))));
    // Event and signals read the other stages' layers: measure them on fully layered documents.
    let layered: Vec<Document> = texts
        .iter()
        .map(|t| {
            let mut doc = Document::new(t);
            lede::structure::run(&mut doc);
            doc.stats = lede::stats::run(&doc);
            doc.entities = lede::entities::run(&doc);
            doc.times = lede::time::run(&doc, reference);
            doc.quantities = lede::quantities::run(&doc, &doc.times);
            doc.quotes = lede::quotes::run(&doc, &[]);
            (doc.sources, doc.sourcing) = lede::quotes::summarize(&doc, &doc.quotes);
            doc.summary = lede::summary::run(&doc, &[]);
            doc
        })
        .collect();
    let per_layered = |work: &dyn Fn(&Document)| {
        measure(&texts[..1], |_| {
            for doc in &layered {
                work(doc);
            }
        })
    };
    report("  event only", per_layered(&|doc| drop(black_box(lede::event::run(doc)))));
    report("  signals only", per_layered(&|doc| drop(black_box(lede::signals::run(doc)))));
    let options = Options::default();
    report("analyze (all stages)", measure(&texts, |t| drop(black_box(lede::analyze(t, &options)))));
    report("analyze + JSON", measure(&texts, |t| drop(black_box(serde_json::to_string(&lede::analyze(t, &options).unwrap())))));
}
