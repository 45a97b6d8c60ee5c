use super::*;

fn signals_of(text: &str) -> (Vec<Signal>, String) {
    let doc = crate::document(text, None);
    (doc.signals.clone(), doc.text().to_string())
}

fn find<'a>(signals: &'a [Signal], code: &str) -> Option<&'a Signal> {
    signals.iter().find(|s| s.code == code)
}

fn evidence(signal: &Signal, text: &str) -> Vec<String> {
    signal.ranges.iter().map(|r| text[r.clone()].to_string()).collect()
}

fn sample() -> Option<String> {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data/samples/syria-ceasefire-2016.txt")).ok()
}

#[test]
fn sample_article_signals() {
    let Some(text) = sample() else { return };
    let (signals, normalized) = signals_of(&text);
    let variants = find(&signals, "spelling_variants").expect("spelling variants");
    let words = evidence(variants, &normalized);
    assert!(words.contains(&"ceasefire".to_string()) && words.contains(&"cease-fire".to_string()), "{words:?}");
    let anonymous = find(&signals, "anonymous_sources").expect("anonymous sources");
    assert!(evidence(anonymous, &normalized).contains(&"the source".to_string()));
    let dateline = find(&signals, "mid_text_dateline").expect("mid-text dateline");
    assert_eq!(evidence(dateline, &normalized), ["Sep 23, 2016"]);
    assert_eq!(dateline.level, Level::Warning);
    // Nothing the sample does not show.
    for code in ["duplicate_text", "no_attribution", "mixed_spelling", "long_sentences"] {
        assert!(find(&signals, code).is_none(), "{code}");
    }
    // Warnings first, then notices, then infos; every signal has evidence.
    assert!(signals.windows(2).all(|w| w[0].level <= w[1].level));
    assert!(signals.iter().all(|s| !s.ranges.is_empty() && !s.message.is_empty()));
}

#[test]
fn duplicated_paragraphs_and_mid_text_agency_datelines() {
    let paragraph = "The ministry said the new road would open next year after a long delay.";
    let text = format!(
        "Road to open\n\nLONDON (Reuters) - {paragraph}\n\nWork began in 2019.\n\n{paragraph}\n\n\
         PARIS (Reuters) - French officials said a bridge would follow."
    );
    let (signals, normalized) = signals_of(&text);
    let duplicate = find(&signals, "duplicate_text").expect("duplicate");
    assert_eq!(duplicate.ranges.len(), 2);
    assert!(evidence(duplicate, &normalized).iter().all(|e| e.contains("new road")));
    let dateline = find(&signals, "mid_text_dateline").expect("dateline");
    assert_eq!(evidence(dateline, &normalized), ["PARIS (Reuters)"]);
}

#[test]
fn an_agency_dateline_inside_a_paragraph() {
    let text = "BEIRUT (Reuters) - Fighting resumed on Monday in the north of the country. DAMASCUS (Reuters) - The government said it had retaken the town.";
    let (signals, normalized) = signals_of(text);
    let dateline = find(&signals, "mid_text_dateline").expect("dateline");
    assert_eq!(evidence(dateline, &normalized), ["DAMASCUS (Reuters)"]);
}

#[test]
fn british_and_american_spelling() {
    let text = "The organisation said the colour of the flag was chosen by the labor union. \
                Its defense minister will organize a parade, the spokesman said.";
    let (signals, normalized) = signals_of(text);
    let mixed = find(&signals, "mixed_spelling").expect("mixed");
    let words = evidence(mixed, &normalized);
    for w in ["organisation", "colour", "labor", "defense", "organize"] {
        assert!(words.contains(&w.to_string()), "{w}: {words:?}");
    }
    // "organisation" and "organize" are one term spelled two ways.
    let variants = find(&signals, "spelling_variants").expect("variants");
    assert!(evidence(variants, &normalized).contains(&"organize".to_string()));
    // One consistent variety, and names, are no signal.
    let (signals, _) = signals_of("The Ministry of Defence said the organisation would honour its colour scheme, he said.");
    assert!(find(&signals, "mixed_spelling").is_none() && find(&signals, "spelling_variants").is_none());
}

#[test]
fn a_possessive_is_no_other_spelling() {
    // "Dodd-Frank's" is "Dodd-Frank" possessed, not a variant of it.
    let text = "The Dodd-Frank law passed, he said. Dodd-Frank's rules bind banks. Critics of Dodd-Frank spoke.";
    let (signals, _) = signals_of(text);
    assert!(find(&signals, "spelling_variants").is_none(), "{signals:?}");
    // A real variant is shown without the possessive.
    let (signals, normalized) = signals_of("Aides said Milband spoke. They said Miliband’s speech was long.");
    let variants = find(&signals, "spelling_variants").expect("variants");
    assert!(variants.message.contains("“Miliband”"), "{}", variants.message);
    assert_eq!(evidence(variants, &normalized), ["Milband", "Miliband"]);
}

#[test]
fn transliterated_names() {
    let text = "Al Qaeda claimed the attack, officials said. Experts said al-Qaida had grown. Iraq and Iraqi forces said little.";
    let (signals, normalized) = signals_of(text);
    let variants = find(&signals, "spelling_variants").expect("variants");
    let words = evidence(variants, &normalized);
    assert!(words.contains(&"Al Qaeda".to_string()) && words.contains(&"al-Qaida".to_string()), "{words:?}");
    assert!(!words.iter().any(|w| w.starts_with("Iraq")), "{words:?}");
}

#[test]
fn truncated_lines_and_broken_words() {
    let text = "Talks end\n\nThe two-week summit ended on Saturday without an agreement on the financing of the\n\n\
                poorer nations, whose delegates left early. The negoti-\nations will resume in June, officials said.";
    let (signals, normalized) = signals_of(text);
    let truncated = find(&signals, "truncated_lines").expect("truncated");
    let words = evidence(truncated, &normalized);
    assert!(words.iter().any(|w| w.ends_with("financing of the")), "{words:?}");
    assert!(words.contains(&"negoti-\nations".to_string()), "{words:?}");
}

#[test]
fn long_sentences_figures_and_no_attribution() {
    let long = format!("The plan {} was approved.", "and the other plan ".repeat(14));
    let text = format!(
        "{long} The budget is $5 billion this year. Costs rose 40 percent. Prices fell by 12 percent. \
         The city has 300,000 residents. Nobody knows more."
    );
    let (signals, normalized) = signals_of(&text);
    assert_eq!(find(&signals, "long_sentences").map(|s| s.ranges.len()), Some(1));
    let figures = find(&signals, "unattributed_figures").expect("figures");
    assert_eq!(figures.level, Level::Notice);
    assert!(evidence(figures, &normalized).contains(&"$5 billion".to_string()));
    assert!(find(&signals, "no_attribution").is_some());
    // An attributed figure is not flagged.
    let (signals, _) = signals_of("About 300 people died, the ministry said. Officials said more would follow.");
    assert!(find(&signals, "unattributed_figures").is_none());
}

#[test]
fn hostile_input() {
    for text in ["", " ", "(Reuters) -", "X (Reuters) -", "-\n", "a-\nb", "Al", "Al Q", "(((((((", "\u{301}-\ná"] {
        let _ = signals_of(text);
    }
    let big = "ceasefire cease-fire colour color (Reuters) - ".repeat(20_000);
    let start = std::time::Instant::now();
    let _ = signals_of(&big);
    assert!(start.elapsed().as_secs() < 10);
}
