//! Evaluates the quantities stage on the hand-annotated gold set in `tests/fixtures/quantities-gold`.
//!
//! ```text
//! cargo run --release --example eval_quantities [-- [GOLD_DIR] [--data DIR] [--verbose]]
//! ```
//!
//! Each gold file names an article under `../shared/data` (or `--data DIR`) and the SHA-256 of its
//! bytes; a changed or missing article stops the evaluation. The article goes through
//! `lede::analyze` with byte offsets, and its `quantities` are matched one to one with the gold
//! figures: a prediction matches a gold figure when their spans overlap (relaxed; the pair with the
//! most overlap first), strictly when the spans are equal. Printed: precision, recall and F1, relaxed
//! and strict, overall and per topic; over the relaxed matches, the accuracy of the value
//! (|pred − gold| ≤ 1e-6·|gold|), unit, kind and hedge; and of what the figure counts (over matches
//! whose gold names it: the predicted `counted` overlaps the gold one). `--verbose` lists every
//! miss, false alarm and wrong field with its context.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use lede::analysis::Quantity;
use serde_json::Value;
use sha2::{Digest, Sha256};

/// One gold figure.
struct Gold {
    start: usize,
    end: usize,
    value: f64,
    unit: Option<String>,
    kind: String,
    approx: Option<String>,
    counted: Option<(usize, usize)>,
}

fn read_gold(entry: &Value) -> Option<Gold> {
    let num = |k: &str| entry.get(k).and_then(Value::as_u64).map(|n| n as usize);
    let string = |k: &str| entry.get(k).and_then(Value::as_str).map(str::to_string);
    Some(Gold {
        start: num("start")?,
        end: num("end")?,
        value: entry.get("value")?.as_f64()?,
        unit: string("unit"),
        kind: string("kind")?,
        approx: string("approx"),
        counted: num("counted_start").zip(num("counted_end")),
    })
}

#[derive(Default, Clone, Copy)]
struct Counts {
    gold: usize,
    predicted: usize,
    relaxed: usize,
    strict: usize,
    value: usize,
    unit: usize,
    kind: usize,
    approx: usize,
    counted_gold: usize,
    counted_right: usize,
    counted_extra: usize,
}

impl Counts {
    fn add(&mut self, o: &Counts) {
        self.gold += o.gold;
        self.predicted += o.predicted;
        self.relaxed += o.relaxed;
        self.strict += o.strict;
        self.value += o.value;
        self.unit += o.unit;
        self.kind += o.kind;
        self.approx += o.approx;
        self.counted_gold += o.counted_gold;
        self.counted_right += o.counted_right;
        self.counted_extra += o.counted_extra;
    }

    fn prf(&self, hits: usize) -> (f64, f64, f64) {
        let p = hits as f64 / self.predicted.max(1) as f64;
        let r = hits as f64 / self.gold.max(1) as f64;
        let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
        (p, r, f)
    }
}

fn overlap(a: (usize, usize), b: (usize, usize)) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// A few words around `from..to`, on one line, the span in brackets.
fn context(text: &str, from: usize, to: usize) -> String {
    let mut a = from.saturating_sub(50);
    while !text.is_char_boundary(a) {
        a -= 1;
    }
    let mut b = (to + 40).min(text.len());
    while !text.is_char_boundary(b) {
        b += 1;
    }
    format!("{}[{}]{}", &text[a..from], &text[from..to], &text[to..b]).replace(['\n', '\r'], " ")
}

fn describe(q: &Quantity) -> String {
    let mut s = format!("{:?} = {} {} {}", q.span.text, q.value, q.unit.as_deref().unwrap_or("-"), q.kind);
    if let Some(a) = &q.approx {
        s += &format!(" ({a})");
    }
    if let Some(c) = &q.counted {
        s += &format!(" counts {:?}", c.text);
    }
    s
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let verbose = args.iter().any(|a| a == "--verbose");
    let data =
        args.iter().position(|a| a == "--data").and_then(|i| args.get(i + 1)).cloned().unwrap_or_else(|| "../shared/data".into());
    let gold_dir = args
        .iter()
        .enumerate()
        .find(|(i, a)| !a.starts_with("--") && (*i == 0 || args[i - 1] != "--data"))
        .map(|(_, a)| a.clone())
        .unwrap_or_else(|| "tests/fixtures/quantities-gold".into());
    let mut paths: Vec<PathBuf> = fs::read_dir(&gold_dir)
        .map(|d| d.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "json")).collect())
        .unwrap_or_default();
    paths.sort();
    if paths.is_empty() {
        eprintln!("no gold files in {gold_dir}");
        std::process::exit(1);
    }
    let options = lede::Options { offsets: lede::OffsetUnit::Byte, ..lede::Options::default() };
    let mut total = Counts::default();
    let mut by_topic: BTreeMap<String, Counts> = BTreeMap::new();
    let mut by_split: BTreeMap<String, Counts> = BTreeMap::new();
    let mut failed = false;
    for path in &paths {
        let name = path.file_name().map(|f| f.to_string_lossy().to_string()).unwrap_or_default();
        let doc: Value = match fs::read_to_string(path)
            .map_err(|e| e.to_string())
            .and_then(|s| serde_json::from_str(&s).map_err(|e| e.to_string()))
        {
            Ok(v) => v,
            Err(e) => {
                eprintln!("{name}: {e}");
                failed = true;
                continue;
            }
        };
        let source = doc["source"].as_str().unwrap_or_default();
        let bytes = match fs::read(Path::new(&data).join(source)) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("{name}: cannot read {data}/{source}: {e}");
                failed = true;
                continue;
            }
        };
        if sha256_hex(&bytes) != doc["sha256"].as_str().unwrap_or_default() {
            eprintln!("{name}: {source} has changed since it was annotated (SHA-256 differs); offsets would be wrong");
            failed = true;
            continue;
        }
        let Ok(text) = String::from_utf8(bytes) else {
            eprintln!("{name}: {source} is not UTF-8");
            failed = true;
            continue;
        };
        let gold: Vec<Gold> = doc["quantities"].as_array().into_iter().flatten().filter_map(read_gold).collect();
        let analysis = match lede::analyze(&text, &options) {
            Ok(a) => a,
            Err(e) => {
                eprintln!("{name}: {e}");
                failed = true;
                continue;
            }
        };
        let pred = &analysis.quantities;
        let mut c = Counts { gold: gold.len(), predicted: pred.len(), ..Counts::default() };

        // One-to-one matching: every overlapping pair, most overlap first (exact spans win ties).
        let mut pairs: Vec<(usize, bool, usize, usize)> = Vec::new();
        for (gi, g) in gold.iter().enumerate() {
            for (pi, p) in pred.iter().enumerate() {
                let o = overlap((g.start, g.end), (p.span.start, p.span.end));
                if o > 0 {
                    pairs.push((o, g.start == p.span.start && g.end == p.span.end, gi, pi));
                }
            }
        }
        pairs.sort_by(|a, b| b.1.cmp(&a.1).then(b.0.cmp(&a.0)));
        let mut gold_match: Vec<Option<usize>> = vec![None; gold.len()];
        let mut pred_used = vec![false; pred.len()];
        for (_, _, gi, pi) in pairs {
            if gold_match[gi].is_none() && !pred_used[pi] {
                gold_match[gi] = Some(pi);
                pred_used[pi] = true;
            }
        }
        let topic = doc["topic"].as_str().unwrap_or("other").to_string();
        for (g, m) in gold.iter().zip(&gold_match) {
            let Some(pi) = *m else {
                if verbose {
                    println!(
                        "{name}\tMISS\t{} = {} {} {}\t{}",
                        &text[g.start..g.end],
                        g.value,
                        g.unit.as_deref().unwrap_or("-"),
                        g.kind,
                        context(&text, g.start, g.end)
                    );
                }
                continue;
            };
            let p = &pred[pi];
            c.relaxed += 1;
            let mut wrong = Vec::new();
            if p.span.start == g.start && p.span.end == g.end {
                c.strict += 1;
            } else {
                wrong.push("span");
            }
            if (p.value - g.value).abs() <= 1e-6 * g.value.abs() {
                c.value += 1;
            } else {
                wrong.push("value");
            }
            if p.unit == g.unit {
                c.unit += 1;
            } else {
                wrong.push("unit");
            }
            if p.kind == g.kind {
                c.kind += 1;
            } else {
                wrong.push("kind");
            }
            if p.approx == g.approx {
                c.approx += 1;
            } else {
                wrong.push("approx");
            }
            match (g.counted, &p.counted) {
                (Some(gc), Some(pc)) if overlap(gc, (pc.start, pc.end)) > 0 => {
                    c.counted_gold += 1;
                    c.counted_right += 1;
                }
                (Some(_), _) => {
                    c.counted_gold += 1;
                    wrong.push("counted");
                }
                (None, Some(_)) => {
                    c.counted_extra += 1;
                    wrong.push("counted (none in gold)");
                }
                (None, None) => {}
            }
            if verbose && !wrong.is_empty() {
                let counted = g.counted.map(|(a, b)| format!(" counts {:?}", &text[a..b])).unwrap_or_default();
                println!(
                    "{name}\tWRONG {}\tgold {:?} = {} {} {}{}{counted}\tgot {}\t{}",
                    wrong.join(","),
                    &text[g.start..g.end],
                    g.value,
                    g.unit.as_deref().unwrap_or("-"),
                    g.kind,
                    g.approx.as_deref().map(|a| format!(" ({a})")).unwrap_or_default(),
                    describe(p),
                    context(&text, g.start, g.end)
                );
            }
        }
        if verbose {
            for (p, used) in pred.iter().zip(&pred_used) {
                if !used {
                    println!("{name}\tFALSE\t{}\t{}", describe(p), context(&text, p.span.start, p.span.end));
                }
            }
        }
        total.add(&c);
        by_topic.entry(topic).or_default().add(&c);
        by_split.entry(doc["split"].as_str().unwrap_or("dev").to_string()).or_default().add(&c);
    }
    if failed {
        eprintln!("some gold files could not be evaluated");
        std::process::exit(1);
    }
    println!("Quantities gold set: {} articles, {} gold figures, {} predicted", paths.len(), total.gold, total.predicted);
    for (label, hits) in [("relaxed (overlap)", total.relaxed), ("strict (same span)", total.strict)] {
        let (p, r, f) = total.prf(hits);
        println!("{label:<20} P {p:.3}  R {r:.3}  F1 {f:.3}");
    }
    let acc = |n: usize, d: usize| n as f64 / d.max(1) as f64;
    println!("over {} relaxed matches:", total.relaxed);
    println!("  value accuracy   {:.3}", acc(total.value, total.relaxed));
    println!("  unit accuracy    {:.3}", acc(total.unit, total.relaxed));
    println!("  kind accuracy    {:.3}", acc(total.kind, total.relaxed));
    println!("  hedge accuracy   {:.3}", acc(total.approx, total.relaxed));
    println!(
        "  counted accuracy {:.3} (of {} matches whose gold names what is counted; {} other matches name something)",
        acc(total.counted_right, total.counted_gold),
        total.counted_gold,
        total.counted_extra
    );
    println!("by split (dev: the articles the rules were tuned on; heldout: annotated after tuning, see docs/accuracy.md):");
    for (split, c) in &by_split {
        let (p, r, f) = c.prf(c.relaxed);
        let (_, _, sf) = c.prf(c.strict);
        println!(
            "  {split:<10} {:>3} gold  relaxed P {p:.3}  R {r:.3}  F1 {f:.3}  strict F1 {sf:.3}  value acc {:.3}",
            c.gold,
            acc(c.value, c.relaxed)
        );
    }
    println!("relaxed F1 by topic:");
    for (topic, c) in &by_topic {
        let (p, r, f) = c.prf(c.relaxed);
        println!("  {topic:<10} {:>3} gold  P {p:.3}  R {r:.3}  F1 {f:.3}  value acc {:.3}", c.gold, acc(c.value, c.relaxed));
    }
}
