//! The entities layer: the sample article's cast, merging and non-merging, headline case.

mod common;

use lede::analysis::Entity;
use lede::{Analysis, Options};

fn analyze(text: &str) -> Analysis {
    lede::analyze(text, &Options::default()).unwrap()
}

fn find<'a>(analysis: &'a Analysis, name: &str) -> &'a Entity {
    analysis
        .entities
        .iter()
        .find(|e| e.name == name)
        .unwrap_or_else(|| panic!("no entity {name:?} in {:?}", analysis.entities.iter().map(|e| &e.name).collect::<Vec<_>>()))
}

fn mentions(entity: &Entity) -> Vec<&str> {
    entity.mentions.iter().map(|m| m.text.as_str()).collect()
}

#[test]
fn the_sample_article_has_its_cast() {
    let analysis = analyze(&common::sample());
    let kerry = find(&analysis, "John Kerry");
    assert_eq!(kerry.kind, "PERSON");
    assert_eq!(mentions(kerry), ["John Kerry", "Kerry", "John Kerry", "John Kerry", "Kerry"]);
    assert_eq!(kerry.descriptions[0].text, "US Secretary of State");
    assert_eq!(analysis.entities[0].name, "John Kerry", "the most salient entity");
    assert_eq!(find(&analysis, "Sergei Lavrov").descriptions[0].text, "the Russian Foreign Minister");
    let envoy = find(&analysis, "Staffan de Mistura");
    assert_eq!(envoy.descriptions[0].text, "United Nations special envoy to Syria");
    let doctor = find(&analysis, "Hamza al-Khatib");
    assert_eq!(doctor.descriptions[0].text, "the director of a hospital in the rebel-held east");
    assert_eq!(
        find(&analysis, "Ammar al Selmo").descriptions[0].text,
        "The head of the civil defence rescue service in eastern Aleppo"
    );
    for place in ["Aleppo", "Syria", "Moscow", "Washington"] {
        assert_eq!(find(&analysis, place).kind, "LOCATION", "{place}");
    }
    assert_eq!(find(&analysis, "Aleppo").subtype.as_deref(), Some("city"));
    let russia = find(&analysis, "Russian Federation");
    assert_eq!(russia.kind, "LOCATION");
    assert!(mentions(russia).contains(&"Russia"), "Russia and the Russian Federation are one state");
    assert_eq!(russia.subtype.as_deref(), Some("country"));
    for organization in ["International Syria Support Group", "Syrian Observatory for Human Rights", "Reuters"] {
        assert_eq!(find(&analysis, organization).kind, "ORGANIZATION", "{organization}");
    }
    assert_eq!(find(&analysis, "Syrian").subtype.as_deref(), Some("nationality"));
    // Salience is in [0, 1] and falls down the list.
    assert!(analysis.entities.windows(2).all(|w| w[0].salience >= w[1].salience));
    assert!(analysis.entities.iter().all(|e| (0.0..=1.0).contains(&e.salience)));
    // Nothing from the boilerplate ("Russia Says Coalition Drone …" is a related headline).
    assert!(analysis.entities.iter().flat_map(|e| &e.mentions).all(|m| !m.text.contains("Coalition")));
}

#[test]
fn merges_surnames_acronyms_variants_and_possessives() {
    let text = "Talks collapse in Geneva\n\n\
        GENEVA (Reuters) - Foreign ministers of the International Syria Support Group (ISSG) met on Tuesday. \
        U.S. Secretary of State John Kerry said the ISSG would meet again. Kerry's aides said the \
        United States wanted a truce, and the US Treasury agreed.\n\n\
        Later, Kerry flew home.";
    let analysis = analyze(text);
    let kerry = find(&analysis, "John Kerry");
    assert_eq!(mentions(kerry), ["John Kerry", "Kerry", "Kerry"], "the possessive ending is not part of the name");
    let group = find(&analysis, "International Syria Support Group");
    assert_eq!(mentions(group), ["International Syria Support Group", "ISSG", "ISSG"]);
    let states = find(&analysis, "United States");
    assert!(mentions(states).contains(&"U.S."), "{:?}", mentions(states));
    let geneva = find(&analysis, "Geneva");
    assert_eq!(mentions(geneva), ["Geneva", "GENEVA"]);
}

#[test]
fn finds_titles_but_not_bare_abbreviations() {
    let text = "The Senate passed the bill on Friday. \
        Speaker J.R. Miller said the House would vote soon. He thanked Sen. Jones.";
    let analysis = analyze(text);
    assert_eq!(find(&analysis, "J.R. Miller").descriptions[0].text, "Speaker");
    assert!(find(&analysis, "Jones").descriptions.is_empty(), "a bare abbreviated title is not a description");
}

#[test]
fn finds_surnames_the_tagger_missed() {
    let text = "Hydrology expert Tom Price said the figures were alarming. \
        \"The government knows this,\" Price said. Price rises would follow, traders said.";
    let analysis = analyze(text);
    let price = find(&analysis, "Tom Price");
    assert_eq!(mentions(price), ["Tom Price", "Price"], "not the common word opening a sentence");
    assert_eq!(price.descriptions[0].text, "Hydrology expert");
}

#[test]
fn keeps_apart_people_who_share_a_surname() {
    let text = "Bill Clinton spoke first. Then Hillary Clinton spoke for an hour. \
        Clinton said the campaign had only begun. Reporters left.";
    let analysis = analyze(text);
    assert_eq!(mentions(find(&analysis, "Bill Clinton")), ["Bill Clinton"]);
    assert_eq!(mentions(find(&analysis, "Hillary Clinton")), ["Hillary Clinton", "Clinton"], "the nearest one before");
}

#[test]
fn keeps_the_city_apart_from_the_person() {
    let text = "Officials in Washington said on Monday that the plan would go ahead. \
        Denzel Washington, the actor, praised it. Washington said he was proud.";
    let analysis = analyze(text);
    let city = analysis.entities.iter().find(|e| e.kind == "LOCATION" && e.name == "Washington").expect("the city");
    assert_eq!(mentions(city), ["Washington"]);
    let actor = find(&analysis, "Denzel Washington");
    assert_eq!(mentions(actor), ["Denzel Washington", "Washington"]);
    assert_eq!(actor.descriptions[0].text, "the actor");
}

#[test]
fn tags_all_capitals_and_title_case_headlines() {
    let text = "RUSSIA AND TURKEY AGREE ON SYRIA TALKS IN MOSCOW\n\n\
        Russia and Turkey agreed on Monday to hold talks on Syria in Moscow, officials said. \
        Vladimir Putin and Recep Tayyip Erdogan spoke by phone.";
    let analysis = analyze(text);
    let russia = find(&analysis, "Russia");
    assert_eq!(mentions(russia), ["RUSSIA", "Russia"]);
    assert_eq!(mentions(find(&analysis, "Moscow")), ["MOSCOW", "Moscow"]);
    let text = "Putin Meets Merkel in Moscow as Syria Talks Stall\n\n\
        Vladimir Putin met German Chancellor Angela Merkel in Moscow on Monday. Putin said talks would go on.";
    let analysis = analyze(text);
    assert_eq!(mentions(find(&analysis, "Vladimir Putin")), ["Putin", "Vladimir Putin", "Putin"]);
    let merkel = find(&analysis, "Angela Merkel");
    assert_eq!(mentions(merkel), ["Merkel", "Angela Merkel"], "the headline mention is hers");
    assert_eq!(merkel.descriptions[0].text, "German Chancellor");
    assert!(analysis.entities.iter().all(|e| !e.name.contains("Meets")), "no headline words glued into a name");
}

#[test]
fn the_place_of_a_dateline_is_a_location() {
    let text = "Shelling resumes near the front\n\n\
        KHARKIV (Reuters) - Shelling resumed on Tuesday, officials said. Residents fled west.";
    let analysis = analyze(text);
    let place = find(&analysis, "KHARKIV");
    assert_eq!(place.kind, "LOCATION");
    assert_eq!(find(&analysis, "Reuters").kind, "ORGANIZATION");
}

#[test]
fn no_entities_in_empty_or_junk_text() {
    for text in ["", "   ", "1 2 3 4 5 6 7", ")))(((,,,;;;", "\u{FFFD}\u{FFFD}"] {
        assert!(analyze(text).entities.is_empty(), "{text:?}");
    }
}
