//! Reports what the event and signals stages find on PolNeAR dev (`../shared/data/polnear/dev/text`,
//! read in place) and on the founding sample. There is no gold 5W1H or signal annotation for these
//! articles, so this prints coverage (how often each answer is found), mean confidence, how often
//! each signal fires, and every article's who/what/when/where for review; it fails if an answer or a
//! signal lacks evidence.
//!
//! `cargo run --release --example eval_event_signals [-- --quiet]`

use std::collections::BTreeMap;
use std::path::Path;

fn main() {
    let quiet = std::env::args().any(|a| a == "--quiet");
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data");
    let mut files: Vec<_> = std::fs::read_dir(root.join("polnear/dev/text"))
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.sort();
    files.push(root.join("samples/syria-ceasefire-2016.txt"));
    let options = lede::Options::default();
    let mut found: BTreeMap<&str, (usize, f64)> = BTreeMap::new();
    let mut codes: BTreeMap<String, usize> = BTreeMap::new();
    let mut articles = 0;
    for path in &files {
        let Ok(text) = std::fs::read_to_string(path) else { continue };
        let analysis = lede::analyze(&text, &options).expect("analysis");
        articles += 1;
        let event = &analysis.event;
        let parts = [
            ("who", &event.who),
            ("what", &event.what),
            ("when", &event.when),
            ("where", &event.r#where),
            ("why", &event.why),
            ("how", &event.how),
        ];
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("?");
        if !quiet {
            println!("{name}");
        }
        for (label, part) in parts {
            let Some(part) = part else { continue };
            assert!(!part.spans.is_empty(), "{name}: {label} without evidence");
            let entry = found.entry(label).or_default();
            entry.0 += 1;
            entry.1 += part.confidence;
            if !quiet && label != "how" {
                let shown: String = part.text.chars().take(90).collect();
                println!(
                    "  {label:5} {:.2} {shown}{}",
                    part.confidence,
                    part.value.as_ref().map_or(String::new(), |v| format!(" [{v}]"))
                );
            }
        }
        for signal in &analysis.signals.items {
            assert!(!signal.spans.is_empty(), "{name}: {} without evidence", signal.code);
            *codes.entry(signal.code.clone()).or_default() += 1;
        }
    }
    println!("\n{articles} articles (PolNeAR dev + the sample)");
    println!("answer  found  share  mean confidence");
    for label in ["who", "what", "when", "where", "why", "how"] {
        let (n, sum) = found.get(label).copied().unwrap_or_default();
        let mean = if n == 0 { 0.0 } else { sum / n as f64 };
        println!("{label:6} {n:6} {:6.2} {mean:8.2}", n as f64 / articles.max(1) as f64);
    }
    println!("\nsignal                 articles");
    for (code, n) in &codes {
        println!("{code:22} {n:6}");
    }
}
