//! Evaluates the time stage on TempEval-3 TBAQ (TimeBank + AQUAINT), TimeML with gold TIMEX3.
//!
//! ```text
//! cargo run --release --example eval_time [-- DIR] [--errors | --all-errors | --dump]
//! ```
//!
//! DIR defaults to `../shared/data/tempeval3/TBAQ-cleaned`. For each `.tml` file the `<TEXT>`
//! section is stripped of its tags (entities decoded), the `<DCT>` date is passed as
//! `reference_date`, and the predicted `times` are scored against the gold TIMEX3s as in
//! TempEval-3: strict extent (same span), relaxed extent (overlap), type and value (a relaxed
//! match with the same type / value), each as precision, recall and F1 over all predictions and
//! all gold, overall and per sub-corpus (TimeBank, AQUAINT). `--errors` prints the wrong values,
//! missed and spurious expressions to stderr, grouped by pattern (the shape of the gold and
//! predicted values, digits written `9`) with counts and examples in context, the biggest groups
//! first (`--all-errors`: every example, not six a group).
//! `--dump` prints every gold expression and every spurious prediction to stdout, one a line
//! (`ok`, `wrong`, `missed` or `spurious`, then file, expression and context), to grep and diff.

use std::fs;
use std::path::{Path, PathBuf};

struct Gold {
    start: usize,
    end: usize,
    kind: String,
    value: String,
}

fn attr(tag: &str, name: &str) -> String {
    let key = format!("{name}=\"");
    tag.find(&key).and_then(|i| tag[i + key.len()..].split('"').next()).unwrap_or_default().to_string()
}

/// Strips the tags of a TimeML `<TEXT>` body: the plain text and the gold TIMEX3s in byte offsets.
fn strip(body: &str) -> (String, Vec<Gold>) {
    let mut text = String::new();
    let mut gold = Vec::new();
    let mut open: Option<(usize, String, String)> = None;
    let mut rest = body;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix('<') {
            let close = after.find('>').unwrap_or(after.len());
            let tag = &after[..close];
            if tag.starts_with("TIMEX3") {
                open = Some((text.len(), attr(tag, "type"), attr(tag, "value")));
            } else if tag.starts_with("/TIMEX3")
                && let Some((start, kind, value)) = open.take()
            {
                gold.push(Gold { start, end: text.len(), kind, value });
            }
            rest = after.get(close + 1..).unwrap_or("");
        } else if rest.starts_with('&') {
            let (entity, decoded) = [("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&apos;", "'")]
                .into_iter()
                .find(|(e, _)| rest.starts_with(e))
                .unwrap_or(("&", "&"));
            text.push_str(decoded);
            rest = &rest[entity.len()..];
        } else {
            let c = rest.chars().next().unwrap_or(' ');
            text.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    (text, gold)
}

/// The text around `from..to` on one line, the expression in brackets.
fn context(text: &str, from: usize, to: usize) -> String {
    let mut a = from.saturating_sub(80);
    while !text.is_char_boundary(a) {
        a -= 1;
    }
    let mut b = (to + 50).min(text.len());
    while !text.is_char_boundary(b) {
        b += 1;
    }
    format!("{}[{}]{}", &text[a..from], &text[from..to], &text[to..b]).replace('\n', " ")
}

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "tml") {
            out.push(path);
        }
    }
}

#[derive(Default, Clone)]
struct Counts {
    predicted: usize,
    gold: usize,
    strict: usize,
    relaxed_pred: usize,
    relaxed_gold: usize,
    kind: usize,
    value: usize,
}

impl Counts {
    /// Adds what `now` counted since `before` (one document's counts).
    fn add_since(&mut self, now: &Counts, before: &Counts) {
        self.predicted += now.predicted - before.predicted;
        self.gold += now.gold - before.gold;
        self.strict += now.strict - before.strict;
        self.relaxed_pred += now.relaxed_pred - before.relaxed_pred;
        self.relaxed_gold += now.relaxed_gold - before.relaxed_gold;
        self.kind += now.kind - before.kind;
        self.value += now.value - before.value;
    }
}

fn f1(hits_p: usize, hits_r: usize, c: &Counts) -> (f64, f64, f64) {
    let p = hits_p as f64 / c.predicted.max(1) as f64;
    let r = hits_r as f64 / c.gold.max(1) as f64;
    (p, r, if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 })
}

fn prf(name: &str, hits_p: usize, hits_r: usize, c: &Counts) {
    let (p, r, f) = f1(hits_p, hits_r, c);
    println!("{name:<16} P {p:.3}  R {r:.3}  F1 {f:.3}");
}

/// The shape of a value: digits as `9` ("2016-W38" → "9999-W99"), to group errors by convention.
fn shape(value: &str) -> String {
    value.chars().map(|c| if c.is_ascii_digit() { '9' } else { c }).collect()
}

/// Error groups: pattern → (count, examples).
#[derive(Default)]
struct Groups {
    groups: std::collections::BTreeMap<String, (usize, Vec<String>)>,
    /// Keep every example, not only the first few of each group.
    all: bool,
}

impl Groups {
    fn add(&mut self, key: String, example: String) {
        let entry = self.groups.entry(key).or_default();
        entry.0 += 1;
        if self.all || entry.1.len() < 6 {
            entry.1.push(example);
        }
    }

    fn print(&self) {
        let mut groups: Vec<_> = self.groups.iter().collect();
        groups.sort_by(|a, b| b.1.0.cmp(&a.1.0).then(a.0.cmp(b.0)));
        for (key, (count, examples)) in groups {
            eprintln!("{count:4}  {key}");
            for e in examples {
                eprintln!("        {e}");
            }
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let all_errors = args.iter().any(|a| a == "--all-errors");
    let show_errors = all_errors || args.iter().any(|a| a == "--errors");
    let dump = args.iter().any(|a| a == "--dump");
    let dir =
        args.iter().find(|a| !a.starts_with("--")).cloned().unwrap_or_else(|| "../shared/data/tempeval3/TBAQ-cleaned".into());
    let mut paths = Vec::new();
    files(Path::new(&dir), &mut paths);
    paths.sort();
    if paths.is_empty() {
        eprintln!("no .tml files under {dir}");
        std::process::exit(1);
    }
    let mut c = Counts::default();
    let mut groups = Groups { all: all_errors, ..Groups::default() };
    let started = std::time::Instant::now();
    let mut bytes = 0;
    // Counts per sub-corpus (the folder a file is in: TimeBank, AQUAINT).
    let mut parts: std::collections::BTreeMap<String, Counts> = Default::default();
    for path in &paths {
        let before = c.clone();
        let Ok(xml) = fs::read_to_string(path) else { continue };
        let dct = xml
            .split("<DCT>")
            .nth(1)
            .map(|d| attr(d, "value"))
            .map(|v| v.chars().take(10).collect::<String>())
            .unwrap_or_default();
        let body = xml.split("<TEXT>").nth(1).and_then(|b| b.split("</TEXT>").next()).unwrap_or("");
        let (text, gold) = strip(body);
        bytes += text.len();
        let options = lede::Options {
            reference_date: (dct.len() == 10).then_some(dct.clone()),
            offsets: lede::OffsetUnit::Byte,
            ..lede::Options::default()
        };
        let analysis = match lede::analyze(&text, &options) {
            Ok(a) => a,
            Err(e) => {
                eprintln!("{}: {e}", path.display());
                continue;
            }
        };
        let pred = &analysis.times;
        c.predicted += pred.len();
        c.gold += gold.len();
        let overlaps = |g: &Gold, p: &lede::analysis::Time| p.span.start < g.end && g.start < p.span.end;
        for g in &gold {
            if pred.iter().any(|p| p.span.start == g.start && p.span.end == g.end) {
                c.strict += 1;
            }
            let matched: Vec<&lede::analysis::Time> = pred.iter().filter(|p| overlaps(g, p)).collect();
            if !matched.is_empty() {
                c.relaxed_gold += 1;
            }
            if matched.iter().any(|p| p.kind == g.kind) {
                c.kind += 1;
            }
            let correct = matched.iter().any(|p| p.value == g.value);
            if dump {
                let name = path.file_name().map(|f| f.to_string_lossy()).unwrap_or_default();
                println!(
                    "{}\t{name}\t{}\t{:?}={}\t{}\t{}",
                    if correct {
                        "ok"
                    } else if matched.is_empty() {
                        "missed"
                    } else {
                        "wrong"
                    },
                    dct,
                    &text[g.start..g.end],
                    g.value,
                    matched.iter().map(|p| format!("{:?}={}", p.span.text, p.value)).collect::<Vec<_>>().join(" "),
                    context(&text, g.start, g.end)
                );
            }
            if correct {
                c.value += 1;
            } else if show_errors {
                let name = path.file_name().map(|f| f.to_string_lossy()).unwrap_or_default();
                let example = format!(
                    "{name} (DCT {dct}): gold {:?}={} got {} | {}",
                    &text[g.start..g.end],
                    g.value,
                    if matched.is_empty() {
                        "nothing".to_string()
                    } else {
                        matched.iter().map(|p| format!("{:?}={}", p.span.text, p.value)).collect::<Vec<_>>().join(" ")
                    },
                    context(&text, g.start, g.end)
                );
                let key = match matched.first() {
                    None => format!("missing {} {}", g.kind, shape(&g.value)),
                    Some(p) => format!("value {} -> {}", shape(&g.value), shape(&p.value)),
                };
                groups.add(key, example);
            }
        }
        for p in pred {
            if gold.iter().any(|g| overlaps(g, p)) {
                c.relaxed_pred += 1;
                continue;
            }
            let name = path.file_name().map(|f| f.to_string_lossy()).unwrap_or_default();
            if dump {
                println!(
                    "spurious\t{name}\t{dct}\t\t{:?}={}\t{}",
                    p.span.text,
                    p.value,
                    context(&text, p.span.start, p.span.end)
                );
            }
            if show_errors {
                groups.add(
                    format!("spurious {} {:?}", shape(&p.value), p.span.text.to_lowercase()),
                    format!("{name} (DCT {dct}): {}", context(&text, p.span.start, p.span.end)),
                );
            }
        }
        let part = path.parent().and_then(|d| d.file_name()).map(|d| d.to_string_lossy().into_owned()).unwrap_or_default();
        parts.entry(part).or_default().add_since(&c, &before);
    }
    if show_errors {
        groups.print();
    }
    let seconds = started.elapsed().as_secs_f64();
    println!("TempEval-3 TBAQ: {} documents, {} gold TIMEX3, {} predicted", paths.len(), c.gold, c.predicted);
    prf("strict extent", c.strict, c.strict, &c);
    prf("relaxed extent", c.relaxed_pred, c.relaxed_gold, &c);
    // Type and value: a relaxed match with the gold type/value, over all predictions and all gold.
    prf("type", c.kind, c.kind, &c);
    prf("value", c.value, c.value, &c);
    println!("type accuracy on relaxed matches: {:.3}", c.kind as f64 / c.relaxed_gold.max(1) as f64);
    if parts.len() > 1 {
        for (name, part) in &parts {
            let f = |hits_p, hits_r| f1(hits_p, hits_r, part).2;
            println!(
                "{name}: {} gold, F1 strict {:.3}  relaxed {:.3}  type {:.3}  value {:.3}",
                part.gold,
                f(part.strict, part.strict),
                f(part.relaxed_pred, part.relaxed_gold),
                f(part.kind, part.kind),
                f(part.value, part.value)
            );
        }
    }
    println!("{:.1} MB/s (whole pipeline, {:.1} MB)", bytes as f64 / 1e6 / seconds.max(1e-9), bytes as f64 / 1e6);
}
