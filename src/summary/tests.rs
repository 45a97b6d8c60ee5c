use super::*;

fn summarize(text: &str) -> (Vec<String>, Option<String>) {
    let mut doc = Document::new(text);
    crate::structure::run(&mut doc);
    doc.entities = crate::entities::run(&doc);
    let summary = run(&doc, &[]);
    let sentence = |i: usize| doc.slice(&doc.structure.sentences[i].0).to_string();
    (summary.sentences.iter().map(|&i| sentence(i)).collect(), summary.lede.map(sentence))
}

#[test]
fn cue_list_is_sorted() {
    assert!(CUES.windows(2).all(|w| w[0] < w[1]));
}

#[test]
fn sample_article_summary_is_news_not_bare_quotes() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data/samples/syria-ceasefire-2016.txt"));
    let Ok(text) = text else { return };
    let (summary, lede) = summarize(&text);
    eprintln!("{summary:#?}\nlede: {lede:?}");
    assert_eq!(summary.len(), 3);
    for s in &summary {
        assert!(!s.starts_with(['“', '"']), "bare quote: {s}");
    }
    assert!(summary.iter().any(|s| s.contains("Kerry") || s.contains("ceasefire")), "{summary:?}");
    assert!(lede.unwrap().starts_with("The rebels and the Syrian Observatory"));
}

#[test]
fn bare_quotes_and_fragments_are_skipped() {
    let text = "Storm hits coast\n\n“We have lost everything we owned in this terrible storm tonight.”\n\n\
                The storm hit the northern coast on Monday, destroying hundreds of homes in three towns.\n\n\
                Photo: AP.\n\n\
                “It is the worst storm we have seen here in decades of living by the sea,” said Mayor Ann Lee.\n\n\
                Officials said the storm damage to homes would take months to repair across the coast.";
    let (summary, lede) = summarize(text);
    assert!(summary.iter().all(|s| !s.starts_with("“We have lost")), "{summary:?}");
    assert!(summary.iter().all(|s| s != "Photo: AP."), "{summary:?}");
    assert_eq!(lede.as_deref(), Some("The storm hit the northern coast on Monday, destroying hundreds of homes in three towns."));
    assert!(summary.len() <= 2, "a short text gets fewer sentences: {summary:?}");
}

#[test]
fn bare_quote_detection() {
    let cue = |s: &str| {
        s.split_whitespace().any(|w| CUES.contains(&w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase().as_str()))
    };
    let bare = |s: &str| is_bare_quote(s, cue(s));
    assert!(bare("“What’s happening now is annihilation.”"));
    assert!(bare("We will not stop until it ends.”"));
    assert!(!bare("“It is over,” Kerry said."));
    assert!(!bare("The ceasefire is over, officials said."));
}

#[test]
fn empty_and_junk_give_nothing() {
    assert_eq!(summarize(""), (vec![], None));
    assert_eq!(summarize("!!! ... ???").0.len(), 0);
    let long = "word ".repeat(100_000);
    assert_eq!(summarize(&long).0.len(), 0, "a run-on paste is no sentence to summarize with");
}
