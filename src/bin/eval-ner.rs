//! Evaluates the entities layer on CoNLL-2003 as raw text.
//!
//! `cargo run --release --bin eval-ner [-- FILE]` (default `../shared/data/conll2003/dev.txt`).
//! Each document is rebuilt as printed text (see `lede::entities::conll::rebuild`),
//! run through `lede::analyze`, and every entity mention is compared with the gold
//! mentions by exact character span and type. Prints precision, recall and F1 per
//! type and overall. With `NER_ERRORS=FILE`, writes the misses and false alarms there;
//! with `NER_DUMP=FILE`, writes each rebuilt document and its gold mentions as JSON lines
//! (`{"text", "gold": [[start, end, type]]}`, UTF-16 offsets) for other taggers
//! (`scripts/eval-ner-compromise.mjs`).

use std::collections::{BTreeMap, HashSet};
use std::fmt::Write as _;

use lede::entities::conll;
use lede::{OffsetUnit, Options};

fn main() {
    let path = std::env::args().nth(1).unwrap_or_else(|| "../shared/data/conll2003/dev.txt".into());
    let content = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    let docs = conll::parse(&content);
    let options = Options { offsets: OffsetUnit::Byte, ..Options::default() };
    // type → (correct, predicted, gold)
    let mut counts: BTreeMap<String, (usize, usize, usize)> = BTreeMap::new();
    let mut errors = String::new();
    let mut dump = String::new();
    let mut bytes = 0;
    let started = std::time::Instant::now();
    for doc in &docs {
        let (text, gold) = conll::rebuild(doc);
        bytes += text.len();
        let utf16 = |at: usize| text[..at].encode_utf16().count();
        let line = serde_json::json!({
            "text": text,
            "gold": gold.iter().map(|(r, k)| serde_json::json!([utf16(r.start), utf16(r.end), k])).collect::<Vec<_>>(),
        });
        dump.push_str(&line.to_string());
        dump.push('\n');
        let analysis = match lede::analyze(&text, &options) {
            Ok(a) => a,
            Err(e) => panic!("analyze failed: {e}"),
        };
        let predicted: HashSet<(usize, usize, &'static str)> = analysis
            .entities
            .iter()
            .flat_map(|e| {
                let kind = match e.kind.as_str() {
                    "PERSON" => "PER",
                    "ORGANIZATION" => "ORG",
                    "LOCATION" => "LOC",
                    _ => "MISC",
                };
                e.mentions.iter().map(move |m| (m.start, m.end, kind))
            })
            .collect();
        let gold: HashSet<(usize, usize, &'static str)> = gold.into_iter().map(|(r, k)| (r.start, r.end, k)).collect();
        for &(s, e, k) in &predicted {
            let c = counts.entry(k.to_string()).or_default();
            c.1 += 1;
            if gold.contains(&(s, e, k)) {
                c.0 += 1;
            } else {
                let _ = writeln!(errors, "FALSE {k}\t{}", &text[s..e]);
            }
        }
        for &(s, e, k) in &gold {
            counts.entry(k.to_string()).or_default().2 += 1;
            if !predicted.contains(&(s, e, k)) {
                let _ = writeln!(errors, "MISS  {k}\t{}", &text[s..e]);
            }
        }
    }
    let elapsed = started.elapsed().as_secs_f64();
    if let Ok(file) = std::env::var("NER_DUMP") {
        std::fs::write(&file, &dump).unwrap_or_else(|e| panic!("cannot write {file}: {e}"));
    }
    if let Ok(file) = std::env::var("NER_ERRORS") {
        std::fs::write(&file, &errors).unwrap_or_else(|e| panic!("cannot write {file}: {e}"));
    }
    println!("{path}: {} documents, exact character span and type", docs.len());
    println!("{:<8} {:>9} {:>9} {:>9} {:>7}", "type", "precision", "recall", "F1", "gold");
    let (mut c, mut p, mut g) = (0, 0, 0);
    for (kind, (ck, pk, gk)) in &counts {
        let (pr, re, f) = conll::prf(*ck, *pk, *gk);
        println!("{kind:<8} {pr:>9.4} {re:>9.4} {f:>9.4} {gk:>7}");
        c += ck;
        p += pk;
        g += gk;
    }
    let (pr, re, f) = conll::prf(c, p, g);
    println!("{:<8} {pr:>9.4} {re:>9.4} {f:>9.4} {g:>7}", "overall");
    println!("whole pipeline: {:.1} MB/s ({bytes} bytes in {elapsed:.2} s)", bytes as f64 / elapsed / 1e6);
}
