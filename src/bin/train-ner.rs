//! Trains the entity tagger on CoNLL-2003 and writes `src/entities/ner.model`.
//!
//! `cargo run --release --bin train-ner [-- TRAIN DEV EPOCHS OUT]`
//! (defaults: `../shared/data/conll2003/train.txt`, `../shared/data/conll2003/dev.txt`,
//! 12 epochs, `src/entities/ner.model`). Prints the tagger's F1 on DEV with gold
//! tokens (with `FLOAT_CHECK=1`, also with the unquantized weights, to see what
//! quantization costs); `eval-ner` measures the whole pipeline on raw text.

use std::collections::HashMap;

use lede::entities::conll::{self, ConllDoc};
use lede::entities::features::{DocumentWords, TokenInfo, features, sentence_case};
use lede::entities::model::{Model, train::Trainer};
use lede::entities::{Kind, chunks};

/// Features seen fewer times than this in training are dropped (noise, and size).
const MIN_COUNT: u32 = 3;
/// Features whose quantized weights (−127…127) all stay within this are dropped (size).
const MIN_WEIGHT: i8 = 1;

type Sentence = (Vec<Vec<u32>>, Vec<usize>);

fn document_words(doc: &ConllDoc) -> DocumentWords {
    let mut words = DocumentWords::default();
    for sentence in &doc.sentences {
        words.add_sentence(sentence.iter().map(|(w, _)| w.as_str()));
    }
    words
}

fn infos(sentence: &[(String, usize)], words: &DocumentWords) -> Vec<TokenInfo> {
    let mut scratch = String::new();
    sentence.iter().map(|(w, _)| TokenInfo::new(w, &mut scratch).with_document(words, &scratch)).collect()
}

fn sentence_features(sentence: &[(String, usize)], words: &DocumentWords) -> Sentence {
    let infos = infos(sentence, words);
    let case = sentence_case(&infos);
    let feats = (0..infos.len())
        .map(|i| {
            let mut fs = Vec::with_capacity(40);
            features(&infos, case, i, &mut |f| fs.push(f));
            fs
        })
        .collect();
    (feats, sentence.iter().map(|(_, t)| *t).collect())
}

fn load(path: &str) -> Vec<ConllDoc> {
    let content = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    conll::parse(&content)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let train_path = args.get(1).map_or("../shared/data/conll2003/train.txt", String::as_str);
    let dev_path = args.get(2).map_or("../shared/data/conll2003/dev.txt", String::as_str);
    let epochs: usize = args.get(3).and_then(|e| e.parse().ok()).unwrap_or(12);
    let out_path = args.get(4).map_or("src/entities/ner.model", String::as_str);

    let mut data: Vec<Sentence> = load(train_path)
        .iter()
        .flat_map(|d| {
            let words = document_words(d);
            d.sentences.iter().map(|s| sentence_features(s, &words)).collect::<Vec<_>>()
        })
        .collect();
    let mut counts: HashMap<u32, u32> = HashMap::new();
    for (feats, _) in &data {
        for f in feats.iter().flatten() {
            *counts.entry(*f).or_default() += 1;
        }
    }
    for (feats, _) in &mut data {
        for fs in feats.iter_mut() {
            fs.retain(|f| counts[f] >= MIN_COUNT);
        }
    }
    eprintln!(
        "{} sentences, {} features ({} kept)",
        data.len(),
        counts.len(),
        counts.values().filter(|&&c| c >= MIN_COUNT).count()
    );

    let mut trainer = Trainer::new();
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    for epoch in 0..epochs {
        // Fisher–Yates with xorshift: a fixed seed, so training is reproducible.
        for i in (1..data.len()).rev() {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            data.swap(i, (seed % (i as u64 + 1)) as usize);
        }
        let mut errors = 0;
        for (feats, gold) in &data {
            if trainer.predict(feats) != *gold {
                errors += 1;
            }
            trainer.learn(feats, gold);
        }
        eprintln!("epoch {}: {} sentences wrong", epoch + 1, errors);
    }
    trainer.average();
    let bytes = trainer.to_bytes(MIN_WEIGHT);
    std::fs::write(out_path, &bytes).unwrap_or_else(|e| panic!("cannot write {out_path}: {e}"));
    eprintln!("wrote {out_path}: {} bytes", bytes.len());

    // The written (pruned, quantized) model on DEV with gold tokens.
    let model = Model::from_bytes(&bytes).expect("the model just written reads back");
    let (mut correct, mut predicted, mut gold_count) = (0, 0, 0);
    let mut per_type: HashMap<&str, (usize, usize, usize)> = HashMap::new();
    for doc in load(dev_path) {
        let words = document_words(&doc);
        for sentence in &doc.sentences {
            let tags = model.tag(&infos(sentence, &words));
            let gold_tags: Vec<usize> = sentence.iter().map(|(_, t)| *t).collect();
            let p: Vec<(std::ops::Range<usize>, Kind)> = chunks(&tags);
            let g = chunks(&gold_tags);
            correct += p.iter().filter(|x| g.contains(x)).count();
            for x in &p {
                let e = per_type.entry(x.1.conll()).or_default();
                e.1 += 1;
                if g.contains(x) {
                    e.0 += 1;
                }
            }
            for x in &g {
                per_type.entry(x.1.conll()).or_default().2 += 1;
            }
            predicted += p.len();
            gold_count += g.len();
        }
    }
    let (p, r, f) = conll::prf(correct, predicted, gold_count);
    if std::env::var("FLOAT_CHECK").is_ok() {
        let (mut c2, mut p2, mut g2) = (0, 0, 0);
        for doc in load(dev_path) {
            let words = document_words(&doc);
            for sentence in &doc.sentences {
                let (feats, gold_tags) = sentence_features(sentence, &words);
                let p = chunks(&trainer.predict(&feats));
                let g = chunks(&gold_tags);
                c2 += p.iter().filter(|x| g.contains(x)).count();
                p2 += p.len();
                g2 += g.len();
            }
        }
        println!("float weights: {:?}", conll::prf(c2, p2, g2));
    }
    let mut types: Vec<_> = per_type.into_iter().collect();
    types.sort();
    for (name, (c, pr, g)) in types {
        let (p, r, f) = conll::prf(c, pr, g);
        println!("  {name:<5} precision {p:.4} recall {r:.4} F1 {f:.4}");
    }
    println!("dev (gold tokens): precision {p:.4} recall {r:.4} F1 {f:.4}");
}
