use super::*;

fn event_of(text: &str) -> Event {
    crate::document(text, None).event
}

fn answer(part: &Option<Part>) -> &str {
    part.as_ref().map_or("", |p| p.text.as_str())
}

fn sample() -> Option<String> {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data/samples/syria-ceasefire-2016.txt")).ok()
}

#[test]
fn sample_article_event() {
    let Some(text) = sample() else { return };
    let event = event_of(&text);
    let who = answer(&event.who);
    assert!(who == "John Kerry" || who.contains("Russia") && who.contains("Syria"), "{event:#?}");
    let what = answer(&event.what);
    assert!(what.contains("ceasefire") && what.contains("over") && what.contains("violence"), "{what}");
    assert!(matches!(answer(&event.where_), "Aleppo" | "Syria"), "{event:#?}");
    let when = event.when.as_ref().and_then(|w| w.value.as_deref());
    assert!(matches!(when, Some("2016-09-23" | "2016-W38")), "{when:?}");
    // Every answer points at its evidence, and the evidence is in the text.
    let doc = crate::document(&text, None);
    for part in [&event.who, &event.what, &event.when, &event.where_, &event.why].into_iter().flatten() {
        assert!(!part.ranges.is_empty() && part.confidence > 0.0 && part.confidence <= 1.0, "{part:?}");
        assert!(part.ranges.iter().all(|r| r.end <= doc.text().len() && r.start < r.end));
    }
    assert!(event.who.as_ref().unwrap().confidence > 0.8);
}

#[test]
fn the_subject_after_an_opening_clause_acts() {
    let text = "Talks fail\n\nAfter the meeting broke up, Secretary of State John Kerry said Washington would not give up. \
                Kerry met the Russian foreign minister Sergei Lavrov in New York on Thursday.";
    let event = event_of(text);
    assert_eq!(answer(&event.who), "John Kerry", "{event:#?}");
    assert!(answer(&event.what).starts_with("said Washington"), "{event:#?}");
    assert_eq!(answer(&event.where_), "New York", "{event:#?}");
}

#[test]
fn causes_and_means() {
    let text = "Ministers quit over scandal\n\nThree ministers resigned on Monday because of the bribery scandal. \
                Protesters blocked the main road by burning tyres, police said. The deal collapsed after only one week.";
    let event = event_of(text);
    assert_eq!(answer(&event.why), "because of the bribery scandal", "{event:#?}");
    assert_eq!(answer(&event.how), "by burning tyres", "{event:#?}");
    // "after only one week" is a time, not a cause.
    let text = "The deal collapsed after only one week. Nobody was surprised by the outcome of the talks.";
    assert!(event_of(text).why.is_none());
}

#[test]
fn dateline_place_and_time() {
    let text = "Senate passes budget\n\nWASHINGTON, Sept 23, 2016 (Reuters) - The U.S. Senate passed a budget deal on Friday. \
                Senators from both parties voted for it.";
    let event = event_of(text);
    assert_eq!(answer(&event.who), "Senate", "{event:#?}");
    assert_eq!(answer(&event.where_), "Washington", "{event:#?}");
    assert_eq!(event.when.as_ref().and_then(|w| w.value.as_deref()), Some("2016-09-23"), "{event:#?}");
}

#[test]
fn nothing_for_text_in_another_language_or_no_text() {
    let french = "Le gouvernement annonce un nouveau plan\n\nPARIS - Le gouvernement a annoncé mardi un nouveau plan pour \
                  l'emploi des jeunes, a déclaré le ministre du Travail devant la presse. Les syndicats ont salué une avancée.";
    assert_eq!(event_of(french), Event::default());
    assert_eq!(event_of(""), Event::default());
}

#[test]
fn hostile_input_is_bounded() {
    let long = "word ".repeat(200_000);
    let start = std::time::Instant::now();
    let event = event_of(&long);
    assert!(start.elapsed().as_secs() < 5);
    if let Some(what) = &event.what {
        assert!(what.text.split_whitespace().count() <= MAX_CLAUSE_WORDS);
    }
    for text in ["After, because due to amid", "by", "“After", "Al-", "a\u{301}fter the storm, it rained."] {
        let _ = event_of(text);
    }
}

#[test]
fn names_in_capitals_read_in_title_case() {
    assert_eq!(display_name("WASHINGTON"), "Washington");
    assert_eq!(display_name("NEW YORK"), "New York");
    assert_eq!(display_name("UN"), "UN");
    assert_eq!(display_name("John Kerry"), "John Kerry");
}
