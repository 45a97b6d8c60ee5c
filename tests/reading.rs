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

/// Web and e-mail addresses and handles are the page's, not the story's: their digits are no
/// years or figures, and their words no names or key phrases (scraped articles end with
/// "2016 delegate tracker: http://politi.co/2176fPm").
#[test]
fn links_yield_no_times_figures_names_or_keyphrases() {
    let text = "Cruz won the Wisconsin primary on Tuesday, officials said.\n\n\
        Cruz won 36 delegates and Trump won six, the party said.\n\n\
        2016 delegate tracker: http://politi.co/2176fPm.\n\n\
        See nytimes.com/2012/11/09/us/politics-1999.html, write to John.Smith1988@BBC.co.uk or follow @Reuters2020 on Twitter.\n";
    let a = lede::analyze(text, &lede::Options::default()).unwrap();
    let times: Vec<&str> = a.times.iter().map(|t| t.span.text.as_str()).collect();
    assert_eq!(times, ["Tuesday", "2016"], "no year from a link");
    let figures: Vec<&str> = a.quantities.iter().map(|q| q.span.text.as_str()).collect();
    assert_eq!(figures, ["36", "six"], "no figure from a link");
    for e in &a.entities {
        assert!(!e.name.contains('@') && !e.name.contains(".co"), "{} is an address, not a name", e.name);
    }
    for k in &a.keyphrases {
        let word = k.text.to_lowercase();
        assert!(!["http", "co", "com", "politi", "nytimes", "www", "reuters2020"].contains(&word.as_str()), "key phrase {word}");
    }
    // The address's own words stay in the text: only the stages skip them.
    assert!(a.sentences.iter().any(|s| s.span.text.contains("http://politi.co/2176fPm")));
}
