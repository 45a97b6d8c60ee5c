use super::*;
use crate::document::Document;

fn compound(text: &str) -> f64 {
    score(text).compound
}

fn layer_of(text: &str) -> (Document<'_>, ToneLayer) {
    let mut doc = Document::new(text);
    crate::structure::run(&mut doc);
    let layer = run(&doc);
    (doc, layer)
}

fn texts<'a>(doc: &'a Document<'_>, ranges: &[Range<usize>]) -> Vec<&'a str> {
    ranges.iter().map(|r| doc.slice(r)).collect()
}

#[test]
fn lexicon_loads_and_scores_words() {
    assert_eq!(lexicon::lookup("good").valence, Some(1.9));
    assert_eq!(lexicon::lookup("violence").valence, Some(-3.1));
    assert_eq!(lexicon::lookup("table").valence, None);
    assert!(lexicon::WORDS.len() > 7000);
    // VADER: "The book was good." → 0.4404.
    assert!((compound("The book was good.") - 0.4404).abs() < 1e-4);
    assert_eq!(compound("The table is in the room."), 0.0);
}

#[test]
fn negation_flips_and_shrinks() {
    assert!(compound("The plan is not good.") < 0.0);
    assert!(compound("The plan isn't good.") < 0.0);
    // Within three words: "not" … "good".
    assert!(compound("It was not a very good plan.") < 0.0);
    // "not bad" is mildly positive, less than "good" is.
    let not_bad = compound("The result was not bad.");
    assert!(not_bad > 0.0 && not_bad < compound("The result was good."));
}

#[test]
fn boosters_and_dampeners() {
    let plain = compound("The talks were good.");
    assert!(compound("The talks were very good.") > plain);
    assert!(compound("The talks were slightly good.") < plain);
    assert!(compound("The talks were very bad.") < compound("The talks were bad."));
}

#[test]
fn but_shifts_weight_to_what_follows() {
    // VADER: "The plot was good, but the characters are uncompelling and the dialog is not great." → −0.7042.
    let c = compound("The plot was good, but the characters are uncompelling and the dialog is not great.");
    assert!((c - -0.7042).abs() < 1e-4, "{c}");
    assert!(compound("The food was bad but the service was great.") > 0.0);
    assert!(compound("The food was great but the service was bad.") < 0.0);
}

#[test]
fn capitals_and_exclamations_stress() {
    let plain = compound("The deal is good.");
    assert!(compound("The deal is GOOD.") > plain);
    assert!(compound("The deal is good!") > plain);
    assert!(compound("The deal is good!!!") > compound("The deal is good!"));
    // All capitals stress nothing: there is no difference to read.
    assert_eq!(compound("THE DEAL IS GOOD."), plain);
    // pip vaderSentiment 3.3.2: "VADER is VERY SMART, handsome, and FUNNY!!!" → 0.9342.
    assert!((compound("VADER is VERY SMART, handsome, and FUNNY!!!") - 0.9342).abs() < 1e-4);
}

#[test]
fn normalization_is_vaders() {
    assert_eq!(normalize(0.0), 0.0);
    assert!((normalize(4.0) - 4.0 / 31f64.sqrt()).abs() < 1e-12);
    assert!(normalize(1e9) <= 1.0 && normalize(-1e9) >= -1.0);
}

#[test]
fn news_words_are_not_slang_idioms() {
    // VADER scores "the bomb" +3 (slang praise); in news it is a bomb.
    assert!(compound("Officials said the bomb killed 12 people.") < -0.5);
}

#[test]
fn markers_with_spans() {
    let text = "Regime thugs slams protest\n\nThe regime’s so-called reforms may reportedly be the worst in a decade, \
                officials said. It is believed the most violent attack was extremely costly. \
                Most people left, at least 40 of them. The May talks appeared in court.";
    let (doc, layer) = layer_of(text);
    assert_eq!(texts(&doc, &layer.loaded), ["Regime", "thugs", "slams", "regime", "so-called"]);
    assert_eq!(texts(&doc, &layer.hedges), ["may", "reportedly", "It is believed"]);
    assert_eq!(texts(&doc, &layer.intensifiers), ["extremely"]);
    assert_eq!(texts(&doc, &layer.superlatives), ["worst", "most violent"]);
    assert_eq!(layer.sentences.len(), doc.structure.sentences.len());
}

#[test]
fn appear_hedges_only_before_to_or_that() {
    let (doc, layer) = layer_of("The minister appears to have resigned. He appeared in court on Monday.");
    assert_eq!(texts(&doc, &layer.hedges), ["appears"]);
}

#[test]
fn empty_and_junk_input() {
    for text in ["", "   ", "!!!!????", "----", "no", "not", "but but but", "least", "kind of"] {
        let (_, layer) = layer_of(text);
        assert!(layer.compound.is_finite());
        assert!((-1.0..=1.0).contains(&layer.compound));
    }
    let long = "very ".repeat(50_000) + "bad";
    let (_, layer) = layer_of(&long);
    assert!(layer.compound < 0.0);
    assert_eq!(layer.intensifiers.len(), 50_000);
}

#[test]
fn sample_article_is_negative_and_marked() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data/samples/syria-ceasefire-2016.txt");
    let Ok(text) = std::fs::read_to_string(path) else { return };
    let (doc, layer) = layer_of(&text);
    assert!(layer.compound < -THRESHOLD, "{}", layer.compound);
    assert_eq!(label(layer.compound), "negative");
    assert!(layer.negative > layer.positive);
    assert_eq!(layer.sentences.len(), doc.structure.sentences.len());
    let loaded = texts(&doc, &layer.loaded);
    for word in ["admits", "regime", "annihilation", "terrorists"] {
        assert!(loaded.contains(&word), "{word} not in {loaded:?}");
    }
    let hedges = texts(&doc, &layer.hedges);
    for word in ["suggested", "may", "could"] {
        assert!(hedges.contains(&word), "{word} not in {hedges:?}");
    }
    // Only lower-case "may" hedges.
    assert!(hedges.iter().all(|h| h.chars().next().is_some_and(char::is_lowercase)));
    // The closing sentence ("a long, painful, difficult, and disappointing meeting") is strongly negative,
    // exactly as pip vaderSentiment scores it (−0.7579); "short-lived cease-fire" is two words, not "fire".
    let last = doc.structure.sentences.iter().position(|(r, _)| doc.slice(r).contains("disappointing meeting")).unwrap();
    assert!((layer.sentences[last] - -0.7579).abs() < 1e-4, "{}", layer.sentences[last]);
    // Only the sentences on "government bombing" and Kerry's frustration read more negative.
    assert_eq!(layer.sentences.iter().filter(|&&c| c < layer.sentences[last]).count(), 2);
    // VADER's lexicon lacks "annihilation", so "rescue" (+2.3) made this sentence positive; Lede's news
    // additions rate it (−3.2) and the sentence reads negative, as a reader takes it.
    let rescue = doc.structure.sentences.iter().position(|(r, _)| doc.slice(r).contains("annihilation")).unwrap();
    assert!(layer.sentences[rescue] < -0.05, "{}", layer.sentences[rescue]);
    // Text order.
    for list in [&layer.loaded, &layer.hedges, &layer.intensifiers, &layer.superlatives] {
        assert!(list.windows(2).all(|w| w[0].start < w[1].start));
    }
}

#[test]
fn hyphenated_compounds_are_one_word() {
    // "fire" is −1.4 and "rebel" −0.6 in the lexicon; the compounds are not in it.
    assert_eq!(compound("The cease-fire held in rebel-held areas."), 0.0);
    assert!(compound("Officials denied a cover-up.") < compound("Officials denied a report."));
    // A dash between spaced words joins nothing.
    assert!(compound("The fire - officials said - spread.") < 0.0);
}

#[test]
fn sample_article_through_analyze() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data/samples/syria-ceasefire-2016.txt");
    let Ok(text) = std::fs::read_to_string(path) else { return };
    let analysis = crate::analyze(&text, &crate::Options::default()).unwrap();
    let tone = &analysis.tone;
    assert_eq!(tone.overall.label, "negative");
    assert!(tone.overall.negative > tone.overall.positive);
    let shares = tone.overall.positive + tone.overall.negative + tone.overall.neutral;
    assert!((shares - 1.0).abs() < 0.002, "{shares}");
    assert_eq!(tone.sentences.len(), analysis.sentences.len());
    assert!(tone.sentences.iter().enumerate().all(|(i, s)| s.sentence == i && (-1.0..=1.0).contains(&s.compound)));
    let loaded: Vec<&str> = tone.loaded.iter().map(|s| s.text.as_str()).collect();
    // "admits" is in the headline; "regime" twice in the body.
    assert_eq!(loaded, ["admits", "regime", "annihilation", "terrorists", "regime"]);
    let hedges: Vec<&str> = tone.hedges.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(hedges, ["suggested", "may", "could"]);
    // Spans point into the original text (UTF-16 offsets by default; the sample's curly quotes are one unit each).
    let utf16: Vec<u16> = text.encode_utf16().collect();
    for span in tone.loaded.iter().chain(&tone.hedges) {
        assert_eq!(String::from_utf16_lossy(&utf16[span.start..span.end]), span.text);
    }
}

#[test]
fn news_additions_are_sorted_and_never_override_vader() {
    assert!(super::lexicon::NEWS_VALENCES.windows(2).all(|w| w[0].0 < w[1].0));
    for &(word, value) in super::lexicon::NEWS_VALENCES {
        assert_eq!(super::lexicon::lookup(word).valence, Some(value), "{word} is rated by VADER already");
    }
}
