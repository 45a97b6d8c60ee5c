//! Evaluates the quotes layer on PolNeAR dev (`../shared/data/polnear/dev`, read in place).
//!
//! `cargo run --release --example eval_quotes [DIR]`; `EVAL_VERBOSE=1` also lists misses.
//!
//! What counts. PolNeAR annotates every attribution — direct and partial quotes, reported
//! speech, and also reported thoughts, intentions and findings ("polls show …") — as Source,
//! Cue and Content spans; one annotator's file per article (the first by name) is the gold.
//! A predicted quote matches a gold attribution when their contents, with quote marks and
//! edge punctuation trimmed from both, overlap:
//! - `ggt`: by at least 30 % of the gold content (the Gender Gap Tracker's convention);
//! - `half`: by at least half of the longer of the two (the rule of issue 4);
//! - `exact`: the trimmed contents are equal.
//!
//! A prediction that joins several quotations (“A,” she said. “B.”) counts as its quoted `parts`, as
//! PolNeAR's discontinuous contents count as their fragments: the attribution between is not content.
//! The first block printed is the rule (`half`), with speaker and cue accuracy on its matches;
//! the other rules follow for comparison. `EVAL_ARTICLE=NAME` prints one article's gold and predictions;
//! `EVAL_TEXT="…"` prints the quotes of a text.
//!
//! Matching is one-to-one (each gold takes the unmatched prediction that overlaps it most).
//! "All attributions" scores every prediction against every gold attribution. "Direct quotes"
//! scores predictions of kind `direct` against gold attributions whose content opens with a
//! quote mark (recall) — a direct prediction that matches any gold attribution is correct
//! (precision). Cue P/R/F1 counts a predicted cue correct when it overlaps a gold cue.
//! Speaker accuracy: among matched pairs (ggt rule) whose gold has a Source, the share whose
//! predicted speaker span overlaps the gold Source; cue accuracy likewise for gold cues.
//!
//! "Allowing split contents": PolNeAR joins a quotation and its continuation ("“A,” she said.
//! “B.”") into one attribution with a discontinuous content, where Lede gives two quotes (a
//! content is one span). Under one-to-one matching the second counts as a false positive; this
//! line also counts as correct a prediction that lies at least half inside some gold content.
//! Recall is unchanged.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use lede::{OffsetUnit, Options};

type Range = (usize, usize);

struct Gold {
    /// Fragments of the content (PolNeAR spans may be discontinuous), trimmed.
    fragments: Vec<Range>,
    content: Range,
    raw_content: String,
    cue: Option<Range>,
    source: Option<Range>,
}

struct Pred {
    kind: String,
    content: Range,
    /// The quoted pieces of a quote that joins several (else just the content).
    parts: Vec<Range>,
    cue: Option<Range>,
    speaker: Option<Range>,
}

fn is_mark(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '”' | '‘' | '’' | '«' | '»' | '„')
}

/// Trims quote marks, whitespace and edge punctuation from a char range of `chars`.
fn trim(chars: &[char], (mut s, mut e): Range) -> Range {
    let edge = |c: char| c.is_whitespace() || is_mark(c) || matches!(c, ',' | '.' | ';' | ':' | '—' | '-');
    while s < e && edge(chars[s]) {
        s += 1;
    }
    while e > s && edge(chars[e - 1]) {
        e -= 1;
    }
    (s, e)
}

fn overlap(a: Range, b: Range) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

fn parse_ann(path: &Path) -> Vec<Gold> {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let mut spans: HashMap<String, Range> = HashMap::new();
    let mut pieces: HashMap<String, Vec<Range>> = HashMap::new();
    let mut texts: HashMap<String, String> = HashMap::new();
    let mut golds = Vec::new();
    for line in text.lines() {
        let fields: Vec<&str> = line.split('\t').collect();
        if line.starts_with('T') && fields.len() >= 2 {
            let mut parts = fields[1].splitn(2, ' ');
            let _kind = parts.next();
            let offsets = parts.next().unwrap_or("");
            let numbers: Vec<usize> = offsets.split([' ', ';']).filter_map(|n| n.parse().ok()).collect();
            pieces.insert(fields[0].to_string(), numbers.chunks(2).filter(|c| c.len() == 2).map(|c| (c[0], c[1])).collect());
            if let (Some(min), Some(max)) = (numbers.iter().min(), numbers.iter().max()) {
                spans.insert(fields[0].to_string(), (*min, *max));
                texts.insert(fields[0].to_string(), fields.get(2).unwrap_or(&"").to_string());
            }
        }
    }
    for line in text.lines().filter(|l| l.starts_with('E')) {
        let fields: Vec<&str> = line.split('\t').collect();
        let mut roles: HashMap<&str, &str> = HashMap::new();
        for part in fields.get(1).unwrap_or(&"").split(' ') {
            if let Some((role, id)) = part.split_once(':') {
                roles.insert(role, id);
            }
        }
        let get = |role: &str| roles.get(role).and_then(|id| spans.get(*id)).copied();
        if let Some(content) = get("Content") {
            let raw_content = roles.get("Content").and_then(|id| texts.get(*id)).cloned().unwrap_or_default();
            let fragments = roles.get("Content").and_then(|id| pieces.get(*id)).cloned().unwrap_or_else(|| vec![content]);
            golds.push(Gold { fragments, content, raw_content, cue: get("Cue"), source: get("Source") });
        }
    }
    golds
}

#[derive(Default)]
struct Counts {
    tp_pred: usize,
    pred: usize,
    tp_gold: usize,
    gold: usize,
}

impl Counts {
    fn line(&self, label: &str) {
        let p = self.tp_pred as f64 / self.pred.max(1) as f64;
        let r = self.tp_gold as f64 / self.gold.max(1) as f64;
        let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
        println!(
            "{label:<34} P {p:.3}  R {r:.3}  F1 {f:.3}   ({}/{} predicted, {}/{} gold)",
            self.tp_pred, self.pred, self.tp_gold, self.gold
        );
    }
}

/// One-to-one matching: returns, per gold, the index of the matched prediction.
/// `ok(overlap, gold length, predicted length)` decides a match.
fn matching(chars: &[char], golds: &[Gold], preds: &[Pred], ok: &dyn Fn(usize, usize, usize) -> bool) -> Vec<Option<usize>> {
    let mut taken = vec![false; preds.len()];
    golds
        .iter()
        .map(|g| {
            let fragments: Vec<Range> = g.fragments.iter().map(|f| trim(chars, *f)).collect();
            let gold_len: usize = fragments.iter().map(|f| f.1 - f.0).sum();
            // A prediction's content is its quoted pieces when it joins several.
            let over = |p: &Pred| {
                p.parts
                    .iter()
                    .map(|&r| trim(chars, r))
                    .map(|r| fragments.iter().map(|f| overlap(*f, r)).sum::<usize>())
                    .sum::<usize>()
            };
            let len = |p: &Pred| p.parts.iter().map(|&r| trim(chars, r)).map(|r| r.1 - r.0).sum::<usize>();
            let best = (0..preds.len())
                .filter(|&i| !taken[i])
                .filter(|&i| ok(over(&preds[i]), gold_len, len(&preds[i])))
                .max_by_key(|&i| over(&preds[i]));
            if let Some(i) = best {
                taken[i] = true;
            }
            best
        })
        .collect()
}

fn main() {
    // `EVAL_TEXT="…"`: print the quotes of one text instead (for looking at a case).
    if let Ok(text) = std::env::var("EVAL_TEXT") {
        for q in lede::analyze(&text, &Options::default()).map(|a| a.quotes).unwrap_or_default() {
            let speaker = q.speaker.map(|s| (s.span.text, s.name, s.anonymous));
            println!("{} {:?} [{}] {:?}", q.kind, speaker, q.cue.map(|c| c.text).unwrap_or_default(), q.content.text);
        }
        return;
    }
    let dir = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/polnear/dev"));
    let verbose = std::env::var("EVAL_VERBOSE").is_ok();
    let mut names: Vec<PathBuf> = std::fs::read_dir(dir.join("text"))
        .expect("the PolNeAR dev directory")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    names.sort();
    let mut anns: Vec<PathBuf> =
        std::fs::read_dir(dir.join("attributions")).expect("attributions").filter_map(|e| e.ok().map(|e| e.path())).collect();
    anns.sort();
    let options = Options { offsets: OffsetUnit::Char, ..Options::default() };
    type Rule = Box<dyn Fn(usize, usize, usize) -> bool>;
    let rules: [(&str, Rule); 3] = [
        ("ggt (>= 30% of gold)", Box::new(|o, g, _| o * 10 >= 3 * g.max(1))),
        ("half (>= 50% of longer)", Box::new(|o, g, p| o * 2 >= g.max(p).max(1))),
        ("exact", Box::new(|o, g, p| o == g && o == p && o > 0)),
    ];
    let mut all: Vec<Counts> = (0..3).map(|_| Counts::default()).collect();
    let mut direct: Vec<Counts> = (0..3).map(|_| Counts::default()).collect();
    let mut cues = Counts::default();
    let (mut speaker_ok, mut speaker_n, mut cue_ok, mut cue_n) = (0, 0, 0, 0);
    // Speaker and cue accuracy on the pairs the rule (`half`) matches: (ok, n) each.
    let (mut half_speaker, mut half_cue) = ((0, 0), (0, 0));
    let mut by_kind: HashMap<String, (usize, usize)> = HashMap::new();
    let mut articles = 0;
    let (mut split_ok, mut split_direct_ok) = (0, 0);
    for path in &names {
        let stem = path.file_stem().unwrap().to_string_lossy().to_string();
        let Some(ann) = anns.iter().find(|a| {
            a.file_name().is_some_and(|f| {
                let f = f.to_string_lossy();
                f.starts_with(&format!("{stem}_")) && f.ends_with(".ann")
            })
        }) else {
            continue;
        };
        articles += 1;
        let text = std::fs::read_to_string(path).unwrap();
        let chars: Vec<char> = text.chars().collect();
        let golds = parse_ann(ann);
        let analysis = lede::analyze(&text, &options).unwrap();
        let preds: Vec<Pred> = analysis
            .quotes
            .iter()
            .map(|q| Pred {
                kind: q.kind.clone(),
                content: (q.content.start, q.content.end),
                parts: if q.parts.is_empty() {
                    vec![(q.content.start, q.content.end)]
                } else {
                    q.parts.iter().map(|p| (p.start, p.end)).collect()
                },
                cue: q.cue.as_ref().map(|c| (c.start, c.end)),
                speaker: q.speaker.as_ref().map(|s| (s.span.start, s.span.end)),
            })
            .collect();
        if std::env::var("EVAL_ARTICLE").is_ok_and(|a| stem.contains(&a)) {
            let show = |r: Range| chars[r.0..r.1].iter().collect::<String>().replace('\n', "¶");
            for g in &golds {
                let parts: Vec<String> = g.fragments.iter().map(|f| show(*f)).collect();
                println!("GOLD {:?} [{}] {:?}", g.source.map(show), g.cue.map(show).unwrap_or_default(), parts);
            }
            for p in &preds {
                println!(
                    "PRED {} {:?} [{}] {}",
                    p.kind,
                    p.speaker.map(show),
                    p.cue.map(show).unwrap_or_default(),
                    show(p.content)
                );
            }
        }
        for (r, (_, rule)) in rules.iter().enumerate() {
            let m = matching(&chars, &golds, &preds, rule.as_ref());
            let matched_preds = m.iter().flatten().count();
            all[r].tp_pred += matched_preds;
            all[r].tp_gold += matched_preds;
            all[r].pred += preds.len();
            all[r].gold += golds.len();
            let is_direct_gold = |g: &Gold| g.raw_content.trim_start().starts_with(is_mark);
            direct[r].gold += golds.iter().filter(|g| is_direct_gold(g)).count();
            direct[r].tp_gold +=
                golds.iter().zip(&m).filter(|(g, p)| is_direct_gold(g) && p.is_some_and(|i| preds[i].kind == "direct")).count();
            direct[r].pred += preds.iter().filter(|p| p.kind == "direct").count();
            direct[r].tp_pred += m.iter().flatten().filter(|&&i| preds[i].kind == "direct").count();
            if r == 1 {
                for (g, p) in golds.iter().zip(&m) {
                    let Some(i) = p else { continue };
                    if let Some(src) = g.source {
                        half_speaker.1 += 1;
                        half_speaker.0 += usize::from(preds[*i].speaker.is_some_and(|s| overlap(s, src) > 0));
                    }
                    if let Some(cue) = g.cue {
                        half_cue.1 += 1;
                        half_cue.0 += usize::from(preds[*i].cue.is_some_and(|c| overlap(c, cue) > 0));
                    }
                }
            }
            if r == 1 && verbose {
                // Direct golds the rule misses: show the prediction overlapping them most.
                for (g, p) in golds.iter().zip(&m) {
                    if p.is_some() || !g.raw_content.trim_start().starts_with(is_mark) {
                        continue;
                    }
                    let show = |r: Range| chars[r.0..r.1].iter().collect::<String>().replace('\n', "¶");
                    let best = preds.iter().max_by_key(|p| g.fragments.iter().map(|f| overlap(*f, p.content)).sum::<usize>());
                    if let Some(b) = best.filter(|b| g.fragments.iter().any(|f| overlap(*f, b.content) > 0)) {
                        let parts: Vec<String> = g.fragments.iter().map(|f| show(*f)).collect();
                        println!("HALF {stem}\n  gold {parts:?}\n  pred [{}] {}", b.kind, show(b.content));
                    }
                }
            }
            if r == 0 {
                for (g, p) in golds.iter().zip(&m) {
                    if let Some(i) = p {
                        if verbose && g.raw_content.trim_start().starts_with(is_mark) && preds[*i].kind != "direct" {
                            let show = |r: Range| chars[r.0..r.1].iter().collect::<String>();
                            println!(
                                "DKIND {stem} [{}]: gold {} || pred {}",
                                preds[*i].kind,
                                show(g.content).chars().take(100).collect::<String>(),
                                show(preds[*i].content).chars().take(100).collect::<String>()
                            );
                        }
                        let e = by_kind.entry(preds[*i].kind.clone()).or_default();
                        e.0 += 1;
                        if let Some(src) = g.source {
                            speaker_n += 1;
                            if preds[*i].speaker.is_some_and(|s| overlap(s, src) > 0) {
                                speaker_ok += 1;
                            } else if verbose {
                                let show = |r: Option<Range>| r.map(|(a, b)| chars[a..b].iter().collect::<String>());
                                println!(
                                    "SPEAKER {stem}: gold {:?} [{}] pred {:?} [{} {}] | {}",
                                    show(Some(src)),
                                    show(g.cue).unwrap_or_default(),
                                    show(preds[*i].speaker),
                                    preds[*i].kind,
                                    show(preds[*i].cue).unwrap_or_default(),
                                    show(Some(g.content)).unwrap_or_default().chars().take(80).collect::<String>()
                                );
                            }
                        }
                        if let Some(cue) = g.cue {
                            cue_n += 1;
                            if preds[*i].cue.is_some_and(|c| overlap(c, cue) > 0) {
                                cue_ok += 1;
                            }
                        }
                    } else if verbose {
                        let c: String = chars[g.content.0..g.content.1].iter().collect();
                        let cue: String = g.cue.map(|(a, b)| chars[a..b].iter().collect()).unwrap_or_default();
                        println!("MISS {stem} [{cue}]: {}", c.chars().take(120).collect::<String>());
                    }
                }
                let matched: Vec<usize> = m.iter().flatten().copied().collect();
                // Split tolerance: a prediction that is not matched one-to-one but lies at least half
                // inside some gold content (a quote PolNeAR joins with its continuation) is not wrong.
                for (i, p) in preds.iter().enumerate() {
                    let pc = trim(&chars, p.content);
                    let inside = golds
                        .iter()
                        .map(|g| g.fragments.iter().map(|f| overlap(trim(&chars, *f), pc)).sum::<usize>())
                        .max()
                        .unwrap_or(0);
                    if matched.contains(&i) || inside * 2 >= (pc.1 - pc.0).max(1) {
                        split_ok += 1;
                        if p.kind == "direct" {
                            split_direct_ok += 1;
                        }
                    }
                }
                for (i, p) in preds.iter().enumerate() {
                    by_kind.entry(p.kind.clone()).or_default().1 += 1;
                    if verbose && !matched.contains(&i) {
                        let c: String = chars[p.content.0..p.content.1].iter().collect();
                        println!("FALSE {stem} [{}]: {}", p.kind, c.chars().take(120).collect::<String>());
                    }
                }
                let gold_cues: Vec<Range> = golds.iter().filter_map(|g| g.cue).collect();
                let pred_cues: Vec<Range> = preds.iter().filter_map(|p| p.cue).collect();
                cues.pred += pred_cues.len();
                cues.gold += gold_cues.len();
                cues.tp_pred += pred_cues.iter().filter(|p| gold_cues.iter().any(|g| overlap(**p, *g) > 0)).count();
                cues.tp_gold += gold_cues.iter().filter(|g| pred_cues.iter().any(|p| overlap(*p, **g) > 0)).count();
            }
        }
    }
    println!(
        "PolNeAR {}: {articles} articles (first annotator per article)\n",
        dir.file_name().map_or("?".into(), |d| d.to_string_lossy())
    );
    let rate = |(ok, n): (usize, usize)| ok as f64 / n.max(1) as f64;
    println!("Issue 4's rule (content overlap >= half of the longer; a joined quote's content is its quoted parts):");
    direct[1].line("  direct quotes");
    all[1].line("  all attributions");
    println!(
        "  speaker accuracy                 {:.3} ({}/{} matched gold with a Source)\n  cue accuracy                     {:.3} ({}/{})\n",
        rate(half_speaker),
        half_speaker.0,
        half_speaker.1,
        rate(half_cue),
        half_cue.0,
        half_cue.1
    );
    println!("Other rules, for comparison:");
    for (r, (label, _)) in rules.iter().enumerate() {
        all[r].line(&format!("all attributions, {label}"));
    }
    for (r, (label, _)) in rules.iter().enumerate() {
        direct[r].line(&format!("direct quotes, {label}"));
    }
    let f1 = |p: f64, r: f64| if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    let (split_all, split_direct) =
        (split_ok as f64 / all[0].pred.max(1) as f64, split_direct_ok as f64 / direct[0].pred.max(1) as f64);
    let (recall_all, recall_direct) =
        (all[0].tp_gold as f64 / all[0].gold.max(1) as f64, direct[0].tp_gold as f64 / direct[0].gold.max(1) as f64);
    println!(
        "allowing split contents (ggt):     all P {split_all:.3} F1 {:.3}; direct P {split_direct:.3} F1 {:.3}",
        f1(split_all, recall_all),
        f1(split_direct, recall_direct)
    );
    cues.line("cues (overlap)");
    println!(
        "speaker accuracy on matched (ggt): {:.3} ({speaker_ok}/{speaker_n})\ncue accuracy on matched (ggt):     {:.3} ({cue_ok}/{cue_n})",
        speaker_ok as f64 / speaker_n.max(1) as f64,
        cue_ok as f64 / cue_n.max(1) as f64
    );
    let mut kinds: Vec<_> = by_kind.into_iter().collect();
    kinds.sort();
    for (kind, (matched, predicted)) in kinds {
        println!("  {kind:<9} predicted {predicted:>5}, matched {matched:>5}");
    }
}
