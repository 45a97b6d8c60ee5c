use super::*;

fn phrases(text: &str) -> Vec<Keyphrase> {
    let mut doc = Document::new(text);
    crate::structure::run(&mut doc);
    run(&doc)
}

#[test]
fn sample_article_is_about_the_ceasefire() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data/samples/syria-ceasefire-2016.txt"));
    let Ok(text) = text else { return };
    let found = phrases(&text);
    let top: Vec<String> = found.iter().take(10).map(|k| k.text.to_lowercase()).collect();
    eprintln!("{top:?}");
    assert!(top.iter().any(|t| t.contains("ceasefire")), "{top:?}");
    assert!(top.iter().any(|t| t.contains("aleppo")), "{top:?}");
    assert!((found[0].score - 1.0).abs() < 1e-9);
    assert!(found.windows(2).all(|w| w[0].score >= w[1].score));
    for k in &found {
        assert!(!k.mentions.is_empty());
        assert!(k.mentions.windows(2).all(|w| w[0].end <= w[1].start), "mentions ordered, not overlapping");
    }
}

#[test]
fn spelling_variants_merge() {
    let text = "Truce talk\n\nThe ceasefire held in the north. A cease-fire was agreed by the rebels. \
                The ceasefire agreement was signed. Rebels welcomed the ceasefires. Fighting went on in the south.";
    let found = phrases(text);
    let cease: Vec<&Keyphrase> = found.iter().filter(|k| k.text.to_lowercase().replace('-', "").contains("ceasefire")).collect();
    assert_eq!(cease.len(), 1, "{found:?}");
    assert_eq!(cease[0].mentions.len(), 4, "{found:?}");
}

#[test]
fn names_do_not_crowd_out_topics() {
    let companies =
        ["Alpha Corp", "Beta Inc", "Gamma Ltd", "Delta Group", "Epsilon Bank", "Zeta Air", "Eta Rail", "Theta Oil", "Iota Gas"];
    let mut text = String::from("Summit\n\n");
    for name in companies {
        text.push_str(&format!("Officials from {name} met {name} staff about the merger and tariffs. "));
    }
    let found = phrases(&text);
    let is_name = |k: &&Keyphrase| companies.iter().any(|c| c.split(' ').any(|w| k.text.contains(w)));
    // Names wait for a place while topics remain; after the last topic they may fill the list.
    let last_topic = found.iter().rposition(|k| !is_name(&k)).unwrap_or(0);
    for prefix in 1..=last_topic + 1 {
        let names = found[..prefix].iter().filter(is_name).count();
        assert!(names <= 2 || names as f64 <= prefix as f64 * MAX_NAME_SHARE + 1.0, "{prefix}: {found:?}");
    }
    assert!(found.iter().take(3).any(|k| k.text.contains("merger")), "{found:?}");
}

#[test]
fn junk_and_empty_give_no_panic() {
    assert!(phrases("").is_empty());
    assert!(phrases("12 345 ... !!! “ ” '").is_empty());
    let long = "word ".repeat(50_000);
    assert_eq!(phrases(&long).len(), 1);
}

#[test]
fn a_name_and_its_surname_are_one_phrase() {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data/kpcrowd/docs/art_and_culture-20893614.txt"));
    let Ok(text) = text else { return };
    let found = phrases(&text);
    let texts: Vec<&str> = found.iter().map(|k| k.text.as_str()).collect();
    assert_eq!(texts.iter().filter(|t| t.contains("Buble")).count(), 1, "{texts:?}");
}

#[test]
fn many_distinct_names_stay_cheap() {
    // Thousands of different capitalized words and no topic: names wait, but only a list's worth.
    let name = |mut i: usize| {
        let mut word = String::from("Q");
        for _ in 0..4 {
            word.push((b'a' + (i % 26) as u8) as char);
            i /= 26;
        }
        word
    };
    let text: String = (0..20_000).map(|i| format!("{} {} met. ", name(i % 5000), name(i % 3000 + 7000))).collect();
    let found = phrases(&text);
    assert!(found.len() <= MAX_PHRASES);
}

#[test]
fn fx_hashes_as_zero_padded_chunks() {
    use std::hash::Hasher;
    // The definition: eight bytes a step, little endian, the last step zero-padded.
    let reference = |bytes: &[u8]| {
        let mut hasher = super::FxHasher::default();
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            hasher.add(u64::from_le_bytes(word));
        }
        hasher.finish()
    };
    for len in 0..40 {
        let bytes: Vec<u8> = (0..len).map(|i| (i * 37 + 200) as u8).collect();
        let mut hasher = super::FxHasher::default();
        hasher.write(&bytes);
        assert_eq!(hasher.finish(), reference(&bytes), "{len} bytes");
    }
    let mut hasher = super::FxHasher::default();
    hasher.write_u8(0xff);
    assert_eq!(hasher.finish(), reference(&[0xff]));
}
