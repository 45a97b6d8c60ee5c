//! The reading aids end to end on the sample article: keyphrases, summary and lede.

fn sample() -> lede::Analysis {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data/samples/syria-ceasefire-2016.txt");
    let text = std::fs::read_to_string(path).expect("the sample article");
    lede::analyze(&text, &lede::Options::default()).expect("analysis")
}

#[test]
fn keyphrases_name_the_story() {
    let a = sample();
    let top: Vec<String> = a.keyphrases.iter().take(10).map(|k| k.text.to_lowercase()).collect();
    for wanted in ["ceasefire", "aleppo", "syria", "kerry"] {
        assert!(top.iter().any(|t| t.contains(wanted)), "{wanted} missing from {top:?}");
    }
    let ceasefire = a.keyphrases.iter().find(|k| k.text == "ceasefire").expect("ceasefire");
    assert!(ceasefire.mentions.iter().any(|m| m.text == "cease-fire"), "spelling variants are merged");
    assert!(a.keyphrases.len() >= 10 && a.keyphrases.len() <= 20);
}

#[test]
fn summary_is_three_news_sentences_in_order() {
    let a = sample();
    assert_eq!(a.summary.len(), 3);
    assert!(a.summary.windows(2).all(|w| w[0].start < w[1].start));
    for s in &a.summary {
        assert!(a.sentences.iter().any(|x| x.span == *s), "a summary sentence is one of the sentences");
        assert!(!s.text.starts_with(['“', '"']), "bare quote {}", s.text);
    }
    let lede = a.lede.expect("a lede");
    assert_eq!(lede, a.sentences[0].span);
}

#[test]
fn empty_text_has_no_reading_aids() {
    let a = lede::analyze("", &lede::Options::default()).unwrap();
    assert!(a.keyphrases.is_empty() && a.summary.is_empty() && a.lede.is_none());
}

/// The article's date is taken from a line about it, never from an event's date inside a sentence.
#[test]
fn reference_date_from_a_date_line_not_an_event() {
    let reference = |text: &str| {
        let analysis = lede::analyze(text, &lede::Options::default()).unwrap();
        (analysis.document.reference_date.value.clone(), analysis.document.reference_date.source.clone())
    };
    let event = "Giants fan hospitalized\n\nA fan was beaten after Thursday's opener, police said on Friday. \
                 The West Coast rivalry began on April 18, 1958, the first game played in California.\n\nMore follows.";
    assert_eq!(reference(event), (None, "none".to_string()));
    let short = "On July 6, 2015, Sanders said this:\n\nThe senator spoke at length about trade.\n\nMore follows.";
    assert_eq!(reference(short).0, None);
    let line = "Giants fan hospitalized\n\nUpdated April 2, 2011 10:41 am\n\nA fan was beaten on Thursday, police said.";
    assert_eq!(reference(line), (Some("2011-04-02".to_string()), "text".to_string()));
}
