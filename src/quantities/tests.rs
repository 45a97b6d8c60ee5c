use jiff::civil::Date;

use super::{Figure, QuantityKind};
use crate::document::Document;

/// The figures of `text` with their text and counted text (the time stage runs first, as in `analyze`).
fn figures(text: &str) -> Vec<(String, Figure, Option<String>)> {
    let mut doc = Document::new(text);
    crate::structure::run(&mut doc);
    let times = crate::time::run(&doc, Date::new(2016, 9, 23).ok());
    super::run(&doc, &times)
        .into_iter()
        .map(|f| {
            let counted = f.counted.as_ref().map(|r| doc.slice(r).to_string());
            (doc.slice(&f.range).to_string(), f, counted)
        })
        .collect()
}

fn one(text: &str, expr: &str) -> (Figure, Option<String>) {
    let found = figures(text);
    found
        .iter()
        .find(|(t, _, _)| t == expr)
        .map(|(_, f, c)| (f.clone(), c.clone()))
        .unwrap_or_else(|| panic!("{expr:?} not found in {text:?}: {:?}", found.iter().map(|f| &f.0).collect::<Vec<_>>()))
}

fn value(text: &str, expr: &str, expected: f64) -> Figure {
    let (f, _) = one(text, expr);
    assert!((f.value - expected).abs() < 1e-6 * expected.abs().max(1.0), "{expr:?}: {} ≠ {expected}", f.value);
    f
}

#[test]
fn empty() {
    let mut doc = Document::new("");
    crate::structure::run(&mut doc);
    assert!(super::run(&doc, &[]).is_empty());
}

const SAMPLE: &str = include_str!("../../../shared/data/samples/syria-ceasefire-2016.txt");

#[test]
fn the_sample_article() {
    let (toll, counted) = one(SAMPLE, "45");
    assert_eq!(toll.value, 45.0);
    assert_eq!(counted.as_deref(), Some("death toll"));
    let (siege, counted) = one(SAMPLE, "a quarter of a million");
    assert_eq!(siege.value, 250_000.0);
    assert_eq!(counted.as_deref(), Some("people"));
    // "only one week" is a duration (a time), and years and dates are times too.
    let texts: Vec<String> = figures(SAMPLE).into_iter().map(|f| f.0).collect();
    for not_figure in ["one", "one week", "2012", "23", "2016"] {
        assert!(!texts.iter().any(|t| t == not_figure), "{not_figure:?} in {texts:?}");
    }
}

#[test]
fn numbers_in_digits_and_words() {
    value("The survey covered 32,736 households.", "32,736", 32_736.0);
    value("It costs 1.5 million.", "1.5 million", 1.5e6);
    value("There were two dozen protesters.", "two dozen", 24.0);
    value("Twenty-five people were hurt.", "Twenty-five", 25.0);
    value("He counted two hundred and fifty thousand votes.", "two hundred and fifty thousand", 250_000.0);
    value("Half a million people marched.", "Half a million", 500_000.0);
    value("A million people marched.", "A million", 1e6);
    let f = value("Hundreds of people fled.", "Hundreds", 100.0);
    assert_eq!(f.approx, Some("more_than"));
    let f = value("Tens of thousands of people fled.", "Tens of thousands", 10_000.0);
    assert_eq!(f.approx, Some("more_than"));
    let (_, counted) = one("Tens of thousands of people fled.", "Tens of thousands");
    assert_eq!(counted.as_deref(), Some("people"));
}

#[test]
fn money_percent_measures() {
    let f = value("The deal is worth $5bn.", "$5bn", 5e9);
    assert_eq!((f.kind, f.unit), (QuantityKind::Money, Some("USD")));
    let f = value("It raised £2.3 million.", "£2.3 million", 2.3e6);
    assert_eq!(f.unit, Some("GBP"));
    let f = value("He paid 500 euros.", "500 euros", 500.0);
    assert_eq!((f.kind, f.unit), (QuantityKind::Money, Some("EUR")));
    let f = value("It cost US$12 billion.", "US$12 billion", 12e9);
    assert_eq!(f.unit, Some("USD"));
    let f = value("Turnout was 45% of voters.", "45%", 45.0);
    assert_eq!((f.kind, f.unit), (QuantityKind::Percent, Some("percent")));
    assert_eq!(one("Turnout was 45% of voters.", "45%").1.as_deref(), Some("voters"));
    let f = value("Prices rose 3.2 per cent.", "3.2 per cent", 3.2);
    assert_eq!(f.kind, QuantityKind::Percent);
    let f = value("The convoy drove 40 km south.", "40 km", 40.0);
    assert_eq!((f.kind, f.unit), (QuantityKind::Measure, Some("km")));
    let f = value("A 10km race.", "10km", 10.0);
    assert_eq!(f.unit, Some("km"));
    let f = value("It covers 300 square miles.", "300 square miles", 300.0);
    assert_eq!(f.unit, Some("mi2"));
}

#[test]
fn hedges_ranges_ordinals_ages() {
    let f = value("More than 300 people died.", "More than 300", 300.0);
    assert_eq!(f.approx, Some("more_than"));
    assert_eq!(one("More than 300 people died.", "More than 300").1.as_deref(), Some("people"));
    assert_eq!(value("At least 12 were hurt.", "At least 12", 12.0).approx, Some("at_least"));
    assert_eq!(value("Nearly 40 homes burned.", "Nearly 40", 40.0).approx, Some("approx"));
    assert_eq!(value("Up to 5,000 troops.", "Up to 5,000", 5000.0).approx, Some("at_most"));
    // "as many as" is an upper estimate, like "up to".
    assert_eq!(value("As many as 50,000 may have died.", "As many as 50,000", 50000.0).approx, Some("at_most"));
    assert_eq!(value("It cost as much as $2 million.", "as much as $2 million", 2e6).approx, Some("at_most"));
    assert_eq!(value("about 20 villages", "about 20", 20.0).approx, Some("approx"));
    let f = value("Between 40 and 50 people were hurt.", "Between 40 and 50", 40.0);
    assert_eq!(f.range_values, Some([40.0, 50.0]));
    let f = value("Some 40-50 people were hurt.", "Some 40-50", 40.0);
    assert_eq!(f.range_values, Some([40.0, 50.0]));
    let f = value("It costs $5-6 billion.", "$5-6 billion", 5e9);
    assert_eq!(f.range_values, Some([5e9, 6e9]));
    let f = value("It is the 45th attack.", "45th", 45.0);
    assert_eq!(f.kind, QuantityKind::Ordinal);
    let f = value("the third attack this month", "third", 3.0);
    assert_eq!(f.kind, QuantityKind::Ordinal);
    let f = value("A 30-year-old man was arrested.", "30-year-old", 30.0);
    assert_eq!((f.kind, f.unit), (QuantityKind::Age, Some("year")));
    let f = value("The man, 30 years old, was arrested.", "30 years old", 30.0);
    assert_eq!(f.kind, QuantityKind::Age);
    let f = value("A man aged 30 was arrested.", "aged 30", 30.0);
    assert_eq!(f.kind, QuantityKind::Age);
}

#[test]
fn what_is_not_a_figure() {
    let texts: Vec<String> = figures(
        "On March 3, 2011 at 10:30 a.m. COVID-19 and G20 leaders met under Resolution 2254. One of them left. \
         Talks lasted two weeks.",
    )
    .into_iter()
    .map(|f| f.0)
    .collect();
    assert!(texts.is_empty(), "{texts:?}");
}

#[test]
fn junk_does_not_panic() {
    for text in ["$", "$$$ 5-", "between and", "a quarter of a", "1,2,3,4", "9999999999999999999999999 people", "٣ ٤"] {
        let _ = figures(text);
    }
}

#[test]
fn long_junk_stays_linear() {
    // One sentence of a hundred thousand alternating years and figures, and a run of "between"s.
    let text = "2012 5 ".repeat(100_000) + &"between ".repeat(100_000) + "40 people.";
    let started = std::time::Instant::now();
    let found = figures(&text);
    assert!(found.iter().any(|(t, f, _)| t == "40" && f.value == 40.0));
    assert!(started.elapsed().as_secs() < 20, "took {:?}", started.elapsed());
}

#[test]
fn cents_pence_and_minus() {
    let f = value("It paid 65 cents a share.", "65 cents", 0.65);
    assert_eq!((f.kind, f.unit), (QuantityKind::Money, Some("USD")));
    let f = value("The dividend is 4.6 pence.", "4.6 pence", 0.046);
    assert_eq!(f.unit, Some("GBP"));
    let f = value("It fell to minus 5 degrees.", "minus 5 degrees", -5.0);
    assert_eq!(f.unit, Some("deg"));
    // The scale is the unit's, not what is counted.
    let text = "limited to well below 2 degrees Celsius (3.6 degrees Fahrenheit).";
    let (f, counted) = one(text, "below 2 degrees Celsius");
    assert_eq!((f.unit, counted), (Some("degC"), None));
    let f = value(text, "3.6 degrees Fahrenheit", 3.6);
    assert_eq!(f.unit, Some("degF"));
    let f = value("It was 30 degrees C in the shade.", "30 degrees C", 30.0);
    assert_eq!(f.unit, Some("degC"));
}

#[test]
fn shares_ratios_and_fractions() {
    let f = value("Fewer than two-thirds of adults work.", "Fewer than two-thirds", 2.0 / 3.0);
    assert_eq!((f.kind, f.approx), (QuantityKind::Number, Some("less_than")));
    assert_eq!(one("It touches a third of voters.", "a third").1.as_deref(), Some("voters"));
    value("Slightly more than a third of independents agree.", "more than a third", 1.0 / 3.0);
    value("Half of Medicare beneficiaries are ill.", "Half", 0.5);
    value("Issuance fell by more than half from a year ago.", "more than half", 0.5);
    value("Almost four in 10 have a positive view.", "Almost four in 10", 0.4);
    value("1 in 5 patients return.", "1 in 5", 0.2);
    value("He led with 15 1/2 sacks.", "15 1/2", 15.5);
    // Not shares: an ordinal after "a", and a half that is a place.
    assert_eq!(one("Police arrested a third man.", "third").0.kind, QuantityKind::Ordinal);
    let texts: Vec<String> = figures("The government controls the western half of the city.").into_iter().map(|f| f.0).collect();
    assert!(texts.is_empty(), "{texts:?}");
}

#[test]
fn ages_in_apposition_and_with_hedges() {
    let f = value("Steven Leonard, 63, was shot.", "63", 63.0);
    assert_eq!((f.kind, f.unit), (QuantityKind::Age, Some("year")));
    let f = value("Crutcher, 40 ― a father and student ― was shot.", "40", 40.0);
    assert_eq!((f.kind, f.unit), (QuantityKind::Age, Some("year")));
    let f = value("Mr. Sperling, then 38, said he was advised to find a deputy.", "38", 38.0);
    assert_eq!((f.kind, f.unit), (QuantityKind::Age, Some("year")));
    let f = value("The policeman, 25, was killed in Omagh.", "25", 25.0);
    assert_eq!((f.kind, f.unit), (QuantityKind::Age, Some("year")));
    // A title is no rank: "first lady".
    assert!(figures("It has been a lot to be first lady of the state.").is_empty());
    for text in [
        "He later flew back to Washington on Air Force Two, where he spoke.",
        "That's crap. Number two, corporate America made money.",
        "But first of all, there is a need for it.",
        "\u{201c}First and foremost,\u{201d} she told Hewitt, \u{201c}I would never want that.",
        "At first, the plan seemed to work.",
        "The deal looked, at first glance, like a win.",
        "He will stop the mass importation of the Third World.",
    ] {
        let texts: Vec<String> = figures(text).into_iter().map(|f| f.0).collect();
        assert!(texts.is_empty(), "{text:?}: {texts:?}");
    }
    value("Trump Wins Two States in the West.", "Two", 2.0);
    value("He was safe at first base in the ninth.", "first", 1.0);
    // A participle after a plural count starts a clause, not what is counted.
    for (text, expr) in [
        ("It left out the tens of millions flowing into races.", "tens of millions"),
        ("He spoke to millions watching at home.", "millions"),
        ("Voters shrugged, with three in 10 saying it would not matter.", "three in 10"),
    ] {
        assert_eq!(counted_of(text, expr), None, "{text:?}");
    }
    assert_eq!(
        counted_of("There were about 290,000 smoking-related deaths.", "about 290,000").as_deref(),
        Some("smoking-related deaths")
    );
    assert_eq!(counted_of("It was her third wedding in 2005.", "third").as_deref(), Some("wedding"));
    assert_eq!(counted_of("She restored the $1.2 million in funding for it.", "$1.2 million").as_deref(), Some("funding"));
    value("TWO DEAD IN NIGHTCLUB SHOOTING Three people have been detained.", "Three", 3.0);
    let f = value("Birth rates for women aged 15-44 fell.", "aged 15-44", 15.0);
    assert_eq!((f.kind, f.range_values), (QuantityKind::Age, Some([15.0, 44.0])));
    let f = value("It fell for all women under age 40.", "under age 40", 40.0);
    assert_eq!((f.kind, f.approx), (QuantityKind::Age, Some("less_than")));
    // Scores after a name are not ages.
    let f = value("Avalanche 4, Coyotes 3: a shootout.", "4", 4.0);
    assert_eq!(f.kind, QuantityKind::Number);
}

#[test]
fn identifiers_are_not_figures() {
    let texts: Vec<String> = figures(
        "It happened near 400 South and 1600 West. Call 303-954-2359. UPDATE 1-Bank of America led. \
         The S&P 500 and the Russell 2000 rose. The drug 17P was cheap. He lives at 10 Downing Street.",
    )
    .into_iter()
    .map(|f| f.0)
    .collect();
    assert!(texts.is_empty(), "{texts:?}");
    // A compass word before a name is not an address.
    value("400 South Koreans left.", "400", 400.0);
}

#[test]
fn units_ranges_and_trailing_hedges() {
    let f = value("It weighs 280 pounds.", "280 pounds", 280.0);
    assert_eq!((f.kind, f.unit), (QuantityKind::Measure, Some("lb")));
    let f = value("He paid 500 pounds for it.", "500 pounds", 500.0);
    assert_eq!((f.kind, f.unit), (QuantityKind::Money, Some("GBP")));
    let f = value("His 40-yard dash was slow.", "40-yard", 40.0);
    assert_eq!(f.unit, Some("yd"));
    let f = value("from 10 Gigabit pipes", "10 Gigabit", 10.0);
    assert_eq!(f.unit, Some("Gbit"));
    let f = value("It was a billion-dollar machine.", "a billion-dollar", 1e9);
    assert_eq!(f.unit, Some("USD"));
    let f = value("It cost $10 to $20 a dose.", "$10 to $20", 10.0);
    assert_eq!(f.range_values, Some([10.0, 20.0]));
    // A change is two figures.
    value("The price rose from $20 to $1,500 a dose.", "$20", 20.0);
    value("The price rose from $20 to $1,500 a dose.", "$1,500", 1500.0);
    let f = value("Donors gave $3 million or more apiece.", "$3 million or more", 3e6);
    assert_eq!(f.approx, Some("at_least"));
    let f = value("a margin of error of plus or minus 4 percentage points", "4 percentage points", 4.0);
    assert_eq!(f.unit, Some("percentage_point"));
}

#[test]
fn what_figures_count() {
    let counted = |text: &str, expr: &str| one(text, expr).1;
    assert_eq!(counted("Jobless rate falls to 8.8%", "8.8%").as_deref(), Some("Jobless rate"));
    assert_eq!(counted("Hiring cut the unemployment rate to 8.8 percent.", "8.8 percent").as_deref(), Some("unemployment rate"));
    assert_eq!(counted("Payroll jobs increased by 96,500 in May.", "96,500").as_deref(), Some("Payroll jobs"));
    assert_eq!(counted("Coyotes rallied from a two-goal deficit.", "two").as_deref(), Some("goal"));
    assert_eq!(counted("The poll of 1,000 likely voters ended.", "1,000").as_deref(), Some("likely voters"));
    assert_eq!(counted("For Trump, 38% of likely voters would be scared.", "38%").as_deref(), Some("likely voters"));
    assert_eq!(
        counted("Brewer spent $1.7 million of the stimulus money on it.", "$1.7 million").as_deref(),
        Some("stimulus money")
    );
    assert_eq!(counted("He was held about 2 miles away.", "about 2 miles"), None);
    assert_eq!(counted("He scored nine of Houston's 11 points.", "nine"), None);
    // A negated auxiliary is the clause's verb, not part of what is counted.
    assert_eq!(counted("At least one Democrat wasn’t quite as on board.", "At least one").as_deref(), Some("Democrat"));
    assert_eq!(counted("Three voters didn't vote.", "Three").as_deref(), Some("voters"));
    // So does a verb that no suffix gives away.
    assert_eq!(counted("At least three members made key decisions.", "At least three").as_deref(), Some("members"));
    assert_eq!(counted("Thousands of baseball fans left early.", "Thousands").as_deref(), Some("baseball fans"));
    assert_eq!(counted("It was the first time I've heard it.", "first").as_deref(), Some("time"));
    // Another figure ends it.
    assert_eq!(counted("He buys $40 of cocaine three or four times a week.", "$40").as_deref(), Some("cocaine"));
}

#[test]
fn and_a_half() {
    value("Nearly one and a half million people fled.", "Nearly one and a half million", 1.5e6);
    value("They raised 2 and a half million dollars.", "2 and a half million dollars", 2.5e6);
    value("we have over four-and-a-half, five years", "over four-and-a-half", 4.5);
    value("She ate one and a half pies.", "one and a half", 1.5);
}

#[test]
fn numeric_dates_are_times_not_figures() {
    assert!(figures("After the 9/11 attacks, he spoke.").is_empty());
    assert!(figures("Obama spoke in Washington DC (9/17/16).").is_empty());
}

#[test]
fn pronoun_one_and_adverb_first() {
    let texts: Vec<String> = figures(
        "People who aren't looking for one aren't counted. The Democratic one would leave them fearful. \
         The unrest first erupted in Deraa.",
    )
    .into_iter()
    .map(|f| f.0)
    .collect();
    assert!(texts.is_empty(), "{texts:?}");
    assert_eq!(one("It was the second- and first-order births.", "second").0.kind, QuantityKind::Ordinal);
}

#[test]
fn phone_numbers_and_entities_are_not_figures() {
    for text in
        ["Call the team on 0300 333 4444 today.", "Ring +44 20 7946 0958 or 0800 555 now.", "Its &#039;Bones&#039; star is back."]
    {
        let texts: Vec<String> = figures(text).into_iter().map(|f| f.0).collect();
        assert!(texts.is_empty(), "{text:?}: {texts:?}");
    }
    // Numbers in names: a PAC, a spacecraft, a rule, a disease.
    for text in [
        "A super PAC called Future 45 ran ads.",
        "The rocket Apollo 11 landed on the moon.",
        "He said that Rule 40 is something the party can change.",
        "It is a new way of managing Type 2 Diabetes.",
    ] {
        let texts: Vec<String> = figures(text).into_iter().map(|f| f.0).collect();
        assert!(texts.is_empty(), "{text:?}: {texts:?}");
    }
    for text in [
        "Renzi rallies a coalition against the anti-EU 5-Star Movement and the League.",
        "She was his liaison to the Group of 8 industrial nations.",
        "The committee has faced delays from Day One at their hands.",
    ] {
        let texts: Vec<String> = figures(text).into_iter().map(|f| f.0).collect();
        assert!(texts.is_empty(), "{text:?}: {texts:?}");
    }
    // Scores, polls and title-case headlines keep theirs.
    value("West Ham United 2 Manchester United 4: match report.", "2", 2.0);
    value("The poll has Clinton 52, Sanders 48.", "52", 52.0);
    value("Rooney Scores 3 Goals for United.", "3", 3.0);
    value("Dozens Injured in 50-Car Crash in Abu Dhabi.", "50", 50.0);
    value("It held Stalag Luft III 76 allied soldiers.", "76", 76.0);
    // Two figures side by side stay figures: "in 2010 2,000 people" is a date and a count.
    value("By then 40 30-year-olds had left.", "40", 40.0);
}

#[test]
fn fraction_characters_and_country_dollars() {
    value("Prices hit 2½ times the old level.", "2½", 2.5);
    let f = value("Oil rose to $US108 a barrel.", "$US108", 108.0);
    assert_eq!(f.unit, Some("USD"));
    let f = value("It cost $A2 billion.", "$A2 billion", 2e9);
    assert_eq!(f.unit, Some("AUD"));
}

#[test]
fn verbs_and_modals_end_what_is_counted() {
    let counted = |text: &str, expr: &str| one(text, expr).1;
    assert_ne!(counted("A total of 91 came off the last 10 overs.", "91").as_deref(), Some("came"));
    // (A pronoun names nothing: "two of them" counts nothing said here.)
    assert_eq!(counted("So at least two of them cannot be zero.", "at least two"), None);
    // "paid" is the verb before what is paid, an adjective before a noun.
    assert_eq!(counted("The top 1 percent paid 25.4 percent of taxes.", "1 percent"), None);
    assert_eq!(counted("It had 197 paid employees.", "197").as_deref(), Some("paid employees"));
    // A poll's margin of error counts nothing.
    assert_eq!(counted("It has a two percent plus or minus margin of error.", "two percent"), None);
    // "one" before "am" is a pronoun: "I for one am happy".
    assert!(figures("I for one am happy to wait.").is_empty());
    // "first" as an adverb before a verb, and compounds that name a kind.
    let texts: Vec<String> = figures(
        "Websense, which first found evidence, said so. Researchers first have to identify it. \
         Some third-party sites and second-hand cars.",
    )
    .into_iter()
    .map(|f| f.0)
    .collect();
    assert!(texts.is_empty(), "{texts:?}");
    assert_eq!(one("The first reported case was mild.", "first").0.kind, QuantityKind::Ordinal);
}

#[test]
fn a_bare_number_before_to_takes_the_unit_of_the_next_figure() {
    // A score and a change are two figures, the first in the second's unit.
    let low = value("Trump beat Cruz 35 to 12 percent in the state.", "35", 35.0);
    assert_eq!((low.unit, low.kind), (Some("percent"), QuantityKind::Percent));
    assert_eq!(value("Support rose from 10 to 15 percent.", "10", 10.0).unit, Some("percent"));
    // The scale word said once applies to both, unless the first is far above its digits.
    value("The population grew from 1.2 to 1.5 million people.", "1.2", 1_200_000.0);
    assert_eq!(one("The population grew from 1.2 to 1.5 million people.", "1.2").1.as_deref(), Some("people"));
    value("It fell from 900 to 1.2 million.", "900", 900.0);
    let money = value("Sales rose from $5 to $7 billion.", "$5", 5e9);
    assert_eq!(money.unit, Some("USD"));
    // What the next figure counts, the first counts too.
    assert_eq!(one("The toll rose from 20 to 30 people.", "20").1.as_deref(), Some("people"));
    // A range stays one figure; a word number keeps what it says.
    assert_eq!(value("Prices rose 10-15 percent.", "10-15 percent", 10.0).range_values, Some([10.0, 15.0]));
    assert_eq!(value("It went from six to 12 percent.", "six", 6.0).unit, None);
}

#[test]
fn adverbs_and_compounds_in_what_is_counted() {
    let counted = |text: &str, expr: &str| one(text, expr).1;
    assert_eq!(
        counted("There are five reasonably viable Republican candidates.", "five").as_deref(),
        Some("viable Republican candidates")
    );
    assert_eq!(counted("Four newly elected members joined.", "Four").as_deref(), Some("elected members"));
    // One word after an adverb is a verb; a sentence adverb starts another phrase.
    assert_eq!(counted("Only 3 really matter.", "3"), None);
    assert_eq!(counted("Johnson's 23 percent only four points below.", "23 percent"), None);
    // A hyphenated compound is one word of what is counted.
    assert_eq!(counted("There are two major-party candidates.", "two").as_deref(), Some("major-party candidates"));
    assert_eq!(counted("It killed 40 well-known people.", "40").as_deref(), Some("well-known people"));
    // "year-round" is an adjective, not a duration of five years.
    value("He has 5 year-round homes.", "5", 5.0);
    // A longer compound reaches its plural head noun; a verb after a plural does not extend it.
    assert_eq!(
        counted("They counted guests on three major cable television news networks: CNN, Fox News and MSNBC.", "three")
            .as_deref(),
        Some("major cable television news networks")
    );
    assert_eq!(
        counted("The mosque was attended by two of the most infamous Muslim extremists with U.S. roots.", "two").as_deref(),
        Some("most infamous Muslim extremists")
    );
    assert!(!counted("3 NH towns cast first votes.", "3").unwrap_or_default().contains("votes"));
    assert!(!counted("There are two primary reasons Israel refuses to stand.", "two").unwrap_or_default().contains("refuses"));
}

#[test]
fn differences_possessives_and_compounds_before_a_figure() {
    let counted = |text: &str, expr: &str| one(text, expr).1;
    // A difference counts nothing; a comparative before a noun is part of what is counted.
    assert_eq!(counted("Ireland's reached 10.1 percent, nearly 6.5 percentage points higher than Bunds.", "10.1 percent"), None);
    assert_eq!(
        counted(
            "Ireland's reached 10.1 percent, nearly 6.5 percentage points higher than Bunds.",
            "nearly 6.5 percentage points"
        ),
        None
    );
    assert_eq!(counted("Their rate is almost 50 percent higher than for others.", "almost 50 percent"), None);
    assert_eq!(counted("It carries a 14 percent lower risk.", "14 percent").as_deref(), Some("lower risk"));
    assert_eq!(counted("There are two longer-shot candidates.", "two").as_deref(), Some("longer-shot candidates"));
    // A hyphenated compound before the figure is taken whole.
    assert_eq!(
        counted("Portugal short-term borrowing costs hit 5.8 percent.", "5.8 percent").as_deref(),
        Some("short-term borrowing costs")
    );
    // "mother of three": her children, unsaid.
    assert_eq!(counted("The 34-year-old mother of three replied.", "three"), None);
}

#[test]
fn moments_greetings_and_points_of_an_argument_are_no_figures() {
    for text in [
        "At one point, Cruz coached Trump to breathe.",
        "The newlyweds took time to high-five passersby.",
        "First, Donald Trump attacked Mitt Romney.",
        "\"Second, we lower taxes,\" he said.",
        "The best use a ''zero day'' flaw.",
        "It found zero-day exploits.",
        "It filed a 10-K report.",
        "They saw 3-D movies.",
        "C.J. is at 612.332.TIPS or by mail.",
    ] {
        let found: Vec<String> = figures(text).into_iter().map(|f| f.0).collect();
        assert!(found.is_empty(), "no figure expected in {text:?}, found {found:?}");
    }
    // A count and a rank still are.
    value("One point was scored at one minute.", "One", 1.0);
    value("She finished first, he finished second.", "first", 1.0);
    value("Five passersby waved.", "Five", 5.0);
    value("It brings the total to nearly 1000.Watch the video.", "nearly 1000", 1000.0);
}

#[test]
fn one_after_an_adjective_is_a_pronoun_and_long_digit_runs_are_identifiers() {
    for text in [
        "It shows in forecasts like the latest one by the budget office.",
        "Cut up your card and give me a new one where you can't buy as much.",
        "He was the only one to graduate from high school.",
        "One horse cheats and the other one eats oats.",
        "<tweet id=\"771156540103417856\" author=\"@cspan\">Giuliani wore a hat.</tweet>",
    ] {
        assert!(figures(text).iter().all(|f| f.0 != "one" && !f.0.starts_with("77")), "{text}: {:?}", figures(text));
    }
    // Counts stay counts.
    assert_eq!(one("There is only one candidate with that record.", "one").1.as_deref(), Some("candidate"));
    assert_eq!(one("At least one commentator objected.", "At least one").0.value, 1.0);
    assert_eq!(one("The fund holds 1,384,119 shares.", "1,384,119").0.value, 1_384_119.0);
}

#[test]
fn a_foot_walked_and_a_capitalized_under_in_a_name_are_no_figures() {
    assert!(figures("But we put one foot in front of the other.").is_empty());
    assert!(figures("He has one foot out the door.").is_empty());
    assert_eq!(one("The pipe is one foot in diameter.", "one foot").0.unit, Some("ft"));
    let texts: Vec<String> =
        figures("It met at Forbes’ Under 30 Summit, with nearly 700 of the young founders.").into_iter().map(|f| f.0).collect();
    assert_eq!(texts, ["nearly 700"]);
    // A year is the time layer's, not a count of hopefuls.
    assert!(figures("He is better than any of the Republican 2016 hopefuls.").is_empty());
}

#[test]
fn index_and_union_local_numbers_are_names_and_a_suffix_keeps_an_age() {
    let texts: Vec<String> =
        figures("The Standard & Poor's 500 index added 6.58 points. John Bulgaro of Teamsters Local 294, the union, spoke.")
            .into_iter()
            .map(|f| f.0)
            .collect();
    assert_eq!(texts, ["6.58"]);
    assert_eq!(one("John Floyd Thomas Jr., 74, pleaded guilty.", "74").0.kind, QuantityKind::Age);
}

#[test]
fn ranks_after_a_number_sign_are_ordinals_and_list_markers_and_dockets_are_not_figures() {
    let (rank, counted) = one("Senator John Cornyn, the No. 2 Republican in the Senate, said so.", "No. 2");
    assert_eq!((rank.kind, rank.value, counted.as_deref()), (QuantityKind::Ordinal, 2.0, Some("Republican")));
    assert_eq!(one("He was picked at No. 2 by many analysts.", "No. 2").0.kind, QuantityKind::Ordinal);
    // A docket number is an identifier, both halves.
    assert!(figures("In Zubik v. Burwell, No. 14-1418, the court ruled.").is_empty());
    // The numbers of a list.
    let texts: Vec<String> =
        figures("Rubio will come on strong for two reasons: 1) Unlike Cruz, he lives there and 2) Kasich is weak.")
            .into_iter()
            .map(|f| f.0)
            .collect();
    assert_eq!(texts, ["two"]);
    // In brackets a number stays a figure.
    assert_eq!(one("The votes (4 and 5) were close.", "5").0.value, 5.0);
}

#[test]
fn close_alternatives_joined_by_or_are_ranges() {
    let f = one("There are three or four sectors that outperform.", "three or four");
    assert_eq!(f.0.range_values, Some([3.0, 4.0]));
    assert_eq!(f.1.as_deref(), Some("sectors"));
    let f = one("Homeowners paid a 20 or 30 percent premium.", "20 or 30 percent");
    assert_eq!((f.0.unit, f.0.range_values), (Some("percent"), Some([20.0, 30.0])));
    let f = value("They spent two or three million dollars.", "two or three million dollars", 2e6);
    assert_eq!(f.range_values, Some([2e6, 3e6]));
    assert_eq!(one("We would like to get one or two.", "one or two").0.range_values, Some([1.0, 2.0]));
    // Alternatives of a list or of "either … or" stay apart, and "one or the other" is a pronoun.
    assert_eq!(figures("It is not admitting 100,000, 200,000 or 250,000 refugees.").len(), 3);
    assert_eq!(figures("They are each worth either $43 billion or $55 billion.").len(), 2);
    assert!(figures("It is one or the other.").is_empty());
    // Far apart, they are a choice, not a range.
    assert_eq!(figures("Pick 3 or 170.").len(), 2);
}

#[test]
fn ratios_shares_areas_ages_and_differences() {
    assert_eq!(value("Three-in-five GOP insiders agreed.", "Three-in-five", 0.6).kind, QuantityKind::Number);
    value("About 40 percent nationally and a third in New Hampshire said so.", "a third", 1.0 / 3.0);
    assert_eq!(one("He won a third term.", "third").0.kind, QuantityKind::Ordinal);
    let f = one("It is a 150,000-square-foot activities center.", "150,000-square-foot");
    assert_eq!((f.0.unit, f.1.as_deref()), (Some("ft2"), Some("activities center")));
    assert_eq!(one("''This is a sisterhood,'' said Carla Cruz, 24. ''Right here.''", "24").0.kind, QuantityKind::Age);
    assert_eq!(one("He visited Ohio, 24. Then he left.", "24").0.kind, QuantityKind::Number);
    assert_eq!(one("I have 1 million more votes than Donald Trump.", "1 million").1.as_deref(), Some("votes"));
    assert_eq!(one("There are about four million fewer players.", "about four million").1.as_deref(), Some("players"));
    assert_eq!(one("He has 14 more ready to be confirmed.", "14").1, None);
    assert!(figures("With one foot propping her board, she looked out.").is_empty());
}

#[test]
fn what_is_counted_skips_an_owner_and_stops_at_a_verb_or_a_clause() {
    let counted = |text: &str, expr: &str| one(text, expr).1;
    assert_eq!(counted("It contradicts millions of the billionaire’s voters.", "millions").as_deref(), Some("voters"));
    assert_eq!(counted("He won all 66 of the state's delegates.", "66").as_deref(), Some("delegates"));
    assert_eq!(counted("Only three plaintiffs write in their objection.", "three").as_deref(), Some("plaintiffs"));
    assert_eq!(counted("Still, 52 percent of registered voters say so.", "52 percent").as_deref(), Some("registered voters"));
    assert_eq!(counted("He excluded the 154 meetings Clinton had with donors.", "154").as_deref(), Some("meetings"));
    assert_eq!(counted("It was the first time Phoenix won without him.", "first").as_deref(), Some("time"));
    // A people's or a party's name is what is counted.
    assert_eq!(counted("The race, one senior Democrat said, is open.", "one").as_deref(), Some("senior Democrat"));
    assert_eq!(counted("And two super PACs are trying to help.", "two").as_deref(), Some("super PACs"));
    assert_eq!(counted("Seventy-two percent now believe he could win.", "Seventy-two percent"), None);
    // "first" before a verb is an adverb.
    assert!(figures("That is what first drew Samantha Olivieri to it.").is_empty());
    // A part of a series is its name, and so is a numbered school or ward.
    assert!(figures("The Hangover Part 2 trailer is out.").is_empty());
    assert!(figures("She teaches at School 21 in Paterson, near Ward 8.").is_empty());
}

#[test]
fn a_hyphenated_age_in_years_is_an_age() {
    let f = value("In 1962 Viguerie, then 29-years-old, was named.", "29-years-old", 29.0);
    assert_eq!((f.kind, f.unit), (QuantityKind::Age, Some("year")));
}

#[test]
fn ages_in_months_weeks_days_plural_and_with_a_hanging_hyphen() {
    for (text, expr, v, unit) in [
        ("The judge ruled that 17-year-olds can vote.", "17-year-olds", 17.0, "year"),
        ("A 3-month-old baby was found.", "3-month-old", 3.0, "month"),
        ("Her six-week-old puppy barked.", "six-week-old", 6.0, "week"),
        ("The 10-day-old girl is well.", "10-day-old", 10.0, "day"),
        ("Our 16- and 17-year-olds vote.", "16", 16.0, "year"),
        ("Our 16- and 17-year-olds vote.", "17-year-olds", 17.0, "year"),
    ] {
        let f = value(text, expr, v);
        assert_eq!((f.kind, f.unit), (QuantityKind::Age, Some(unit)), "{text}");
    }
}

#[test]
fn prior_and_beforehand_are_not_what_a_figure_counts() {
    assert_eq!(one("17-year-olds who will turn 18 prior to the election.", "18").1, None);
    assert_eq!(one("40 percent before and 31 percent afterward.", "31 percent").1, None);
}

#[test]
fn obituary_ages_person_nouns_and_network_generations() {
    for (text, expr) in [
        ("Larry Finch dies at 60 in Memphis.", "60"),
        ("He has died. He was 60.", "60"),
        ("He wanted to fly since he was 5, a friend said.", "5"),
        ("The TV presenter, 32, who gave birth, is well.", "32"),
    ] {
        let f = value(text, expr, expr.parse().unwrap());
        assert_eq!(f.kind, QuantityKind::Age, "{text}");
    }
    assert_eq!(one("He was 60 percent sure.", "60 percent").0.kind, QuantityKind::Percent);
    // "4G" is a generation of mobile networks; "5g" is five grams.
    assert!(figures("Sprint's 4G network is slower than 3G phones.").is_empty());
    assert!(figures("Mateen said in a 911 call that he was there.").is_empty());
    assert_eq!(value("It weighs 5g.", "5g", 5.0).unit, Some("g"));
}

#[test]
fn from_ranges_ranks_without_a_space_and_possessive_owners() {
    // "anywhere from", "ranging from" name a range; a bare "from … to" is a change.
    let f = value("He may get anywhere from one to three appointments.", "one to three", 1.0);
    assert_eq!(f.range_values, Some([1.0, 3.0]));
    let f = value("Tariffs ranging from 5 percent to 25 percent.", "5 percent to 25 percent", 5.0);
    assert_eq!(f.range_values, Some([5.0, 25.0]));
    value("Turnout rose from 40 to 50 percent.", "40", 40.0);
    let f = value("Romney called Russia our No.1 geopolitical foe.", "No.1", 1.0);
    assert_eq!(f.kind, QuantityKind::Ordinal);
    // A possessive name owns what is counted after "of", and ends the phrase otherwise.
    assert_eq!(
        one("Only 24 percent of Hillary Clinton's contributors are small donors.", "24 percent").1.as_deref(),
        Some("contributors")
    );
    assert_eq!(one("It monitors 20,000 of Saudi Arabia's 70,000 mosques.", "20,000").1, None);
    assert_eq!(one("He backed a ban, including one called therapeutic cloning.", "one").1, None);
    // A capitalized name keeps its number and compass word; "alive" follows what is counted.
    assert_eq!(one("She led them to four Big East championships.", "four").1.as_deref(), Some("Big East championships"));
    assert_eq!(one("She led them to four Final Four appearances.", "four").1.as_deref(), Some("Final Four appearances"));
    assert_eq!(one("They burned two civilians alive.", "two").1.as_deref(), Some("civilians"));
    assert_eq!(one("Sanders says millions lost their homes.", "millions").1, None);
    // A split counts the noun after it; a pronoun, "already" and "involving" are not counted.
    assert_eq!(one("Cases were decided by 5-to-4 votes.", "5").1.as_deref(), Some("votes"));
    assert_eq!(one("About 20 of them played.", "About 20").1, None);
    assert_eq!(one("The two companies already have ties.", "two").1.as_deref(), Some("companies"));
    assert_ne!(one("At risk are 16 involving business activity.", "16").1.as_deref(), Some("involving business activity"));
    assert_eq!(one("It was 28% of all US women.", "28%").1.as_deref(), Some("all US women"));
    assert_eq!(one("India was chasing 5.50 runs an over.", "5.50").1.as_deref(), Some("runs"));
}

#[test]
fn a_share_of_one_percent_is_a_percentage_and_vague_scales_multiply() {
    let f = value("Christians make up less than half of 1 percent of the Syrians.", "less than half of 1 percent", 0.5);
    assert_eq!((f.unit, f.approx), (Some("percent"), Some("less_than")));
    assert_eq!(value("They are getting one-eighth of 1 percent.", "one-eighth of 1 percent", 0.125).unit, Some("percent"));
    let f = value("The rate ticked down one-tenth of a percentage point.", "one-tenth of a percentage point", 0.1);
    assert_eq!(f.unit, Some("percentage_point"));
    let (f, counted) = one("It would cost hundreds of billions of dollars.", "hundreds of billions");
    assert_eq!((f.value, counted.as_deref()), (1e11, Some("dollars")));
    value("Obama has not spent tens of billions of dollars.", "tens of billions", 1e10);
    // Compounds and names that are no counts, and what is counted stops at "tonight".
    assert!(figures("The Fed's zero-interest rates and a zero-sum game.").is_empty());
    assert!(figures("It has become the main one now.").is_empty());
    assert!(figures("Agents are looking at U.S. Code 18, Section 1001.").is_empty());
    assert_eq!(one("There is only one debate tonight.", "one").1.as_deref(), Some("debate"));
}

#[test]
fn ratios_with_every_and_out_of_and_a_verb_of_scoring() {
    value("Nearly eight of 10 voters agree.", "Nearly eight of 10", 0.8);
    value("One out of five people agree.", "One out of five", 0.2);
    let (f, counted) = one("About one of every nine voters this fall is Latino.", "About one of every nine");
    assert!((f.value - 1.0 / 9.0).abs() < 1e-9);
    assert_eq!(counted.as_deref(), Some("voters"));
    value("Two in every three adults agree.", "Two in every three", 2.0 / 3.0);
    // "of" makes a ratio only with 10 or 100: "three of nine primaries" counts primaries.
    value("He won three of nine primaries.", "three", 3.0);
    // "scores" alone is a verb or a noun of tests, not a score of things.
    assert!(figures("Each time he scores a big win, and credit scores rise.").is_empty());
    value("Scores of people died.", "Scores", 20.0);
    // "by 5 and 10 percentage points, respectively": the unit named once is both's.
    assert_eq!(one("They won by 5 and 10 percentage points, respectively.", "5").0.unit, Some("percentage_point"));
}

#[test]
fn a_shooters_four_of_ten_is_two_counts() {
    let texts: Vec<String> = figures("He was only 4 of 10 for 10 points in the first half.").into_iter().map(|f| f.0).collect();
    assert_eq!(texts, ["4", "10", "10", "first"]);
}

#[test]
fn a_percentage_range_said_twice_names_and_markup_attributes() {
    let f = one("Cruz garnered just 1% to 3% support.", "1% to 3%").0;
    assert_eq!((f.unit, f.range_values), (Some("percent"), Some([1.0, 3.0])));
    assert_eq!(
        one("Of it, 75 percent to 80 percent takes place at ridges.", "75 percent to 80 percent").0.range_values,
        Some([75.0, 80.0])
    );
    // A poll's split and a change stay two figures.
    assert_eq!(figures("She lost the state 36 percent to 51 percent.").len(), 2);
    assert_eq!(figures("Its market share rose 7 percent to 33 percent.").len(), 2);
    assert_eq!(figures("Trump is far below (30 percent to 60 percent).").len(), 2);
    // Capitalized ordinals inside a sentence before a capitalized word are names' ("First" of a
    // possessive's title-case headline stays).
    assert!(figures("He supports the Second Amendment and the think tank Third Way.").is_empty());
    assert_eq!(figures("South Pole's First Building Blown Up").len(), 1);
    // A markup attribute, a quoted title, a lowercase paragraph number, "instead".
    assert!(figures("<tweet timestamp=\"1470067200\">").is_empty());
    assert!(figures("She starred in \"Blow\" and \"Nine.\" Next up is a comedy.").is_empty());
    assert!(figures("Corrects a name in paragraph 5.").is_empty());
    assert_eq!(one("It used two cameras instead of one.", "two").1.as_deref(), Some("cameras"));
}

#[test]
fn fourths_shares_before_a_reporting_verb_and_district_names() {
    let f = value("As many as three-fourths of them tell pollsters so.", "As many as three-fourths", 0.75);
    assert_eq!(f.approx, Some("at_most"));
    value("Nearly a third say they don't know.", "Nearly a third", 1.0 / 3.0);
    assert_eq!(one("One in five say that won't be true.", "One in five").1, None);
    assert_eq!(one("Bernie's 51% claim was true.", "51%").1.as_deref(), Some("claim"));
    assert!(figures("He represented Alabama's Fifth Congressional District, he said.").is_empty());
    assert!(figures("He works in precinct 78 near the old five-and-dime.").is_empty());
}

#[test]
fn a_decimal_without_its_zero_is_below_one() {
    assert_eq!(value("It clocked 1.19 Mbps down and .39 Mbps up.", ".39 Mbps", 0.39).unit, Some("Mbit/s"));
    assert_eq!(value("A stamp cost $.50 then.", "$.50", 0.5).unit, Some("USD"));
    value("A career .284 hitter, he retired.", ".284", 0.284);
}

#[test]
fn an_age_range_with_years_old_is_one_age() {
    let young = value("A survey of those 18 to 35 years old shows a divide.", "18 to 35 years old", 18.0);
    assert_eq!((young.unit, young.kind, young.range_values), (Some("year"), QuantityKind::Age, Some([18.0, 35.0])));
    let men = value("The two were men between the ages of 25 and 30 who were eating.", "25 and 30", 25.0);
    assert_eq!((men.kind, men.range_values), (QuantityKind::Age, Some([25.0, 30.0])));
}

#[test]
fn a_subject_with_a_place_or_source_after_it_counts_its_head() {
    let counted = |text: &str, expr: &str| one(text, expr).1;
    assert_eq!(counted("The death toll from that attack rose to 10 Friday.", "10").as_deref(), Some("death toll"));
    assert_eq!(
        counted("Smartphone sales in the U.S. were 25 million in January.", "25 million").as_deref(),
        Some("Smartphone sales")
    );
    // Not after "of", nor back past a participle.
    assert_eq!(counted("He got an ovation from the crowd of 41,237.", "41,237").as_deref(), Some("crowd"));
    assert_ne!(counted("The average age of Latinos born in California was 18.", "18").as_deref(), Some("Latinos"));
}

#[test]
fn a_present_verb_or_an_age_ends_what_is_counted_and_one_in_any_whole_is_a_rate() {
    let counted = |text: &str, expr: &str| one(text, expr).1;
    assert_eq!(counted("Some 35 percent of Mexican jobs depend on exports.", "Some 35 percent").as_deref(), Some("Mexican jobs"));
    assert_eq!(counted("63 percent of Americans want the Senate to act.", "63 percent").as_deref(), Some("Americans"));
    assert_eq!(counted("There are three support staff.", "three").as_deref(), Some("support staff"));
    let (rate, counted) = one("The CDC estimates that one in 45 children ages 3 to 17 has autism.", "one in 45");
    assert!((rate.value - 1.0 / 45.0).abs() < 1e-9);
    assert_eq!(counted.as_deref(), Some("children"));
    // "four of five states", "15 of the 19 hijackers": the part counts the whole's noun.
    assert_eq!(
        counted_of("Black voters are the majority in four of five states going to the polls.", "four").as_deref(),
        Some("states")
    );
    assert_eq!(counted_of("Although 15 of the 19 hijackers were Saudis, it held.", "15").as_deref(), Some("hijackers"));
    assert_eq!(
        counted_of("It got less than half of the 18 million viewers for CNN.", "less than half").as_deref(),
        Some("viewers")
    );
    assert_eq!(counted_of("About 4 in 10 want one with political experience.", "About 4 in 10"), None);
    // A preposition in -ing is not what is counted.
    assert_eq!(counted_of("Trump rose from 40 percent to 42 percent following the convention.", "42 percent"), None);
    // Another figure is not what is counted.
    assert_eq!(counted_of("It is the deadline for one of three $50,000 prizes.", "three"), None);
    // A year is no whole of a rate.
    assert!(figures("He won one in 2012.").iter().all(|f| f.0 != "one in 2012"));
}

fn counted_of(text: &str, expr: &str) -> Option<String> {
    one(text, expr).1
}

#[test]
fn a_spelled_number_opening_a_name_and_an_index_with_stops() {
    for text in [
        "The progressive group One Wisconsin Now unearthed the columns.",
        "It is part of USA TODAY's One Nation initiative.",
        "The S.&P. 500 closed the week down slightly.",
        "Sony revealed the camera of the iPhone 5 this morning.",
        "The surprise is that the iPad 2 is being resold.",
        "It was at the gallery, which first heard about him in Paris.",
        "But as Radio 4 presenter Jenni Murray admitted, it is hard.",
        "\u{201c}I want America First - so do voters!\u{201d}",
        "\u{201c}I don\u{2019}t think either one helped themselves,\u{201d} he said.",
        "He flies on his Boeing 757 jet to rallies.",
        "Google won't give the Windows Phone 7 team the data.",
    ] {
        let texts: Vec<String> = figures(text).into_iter().map(|f| f.0).collect();
        assert!(texts.is_empty(), "{text:?}: {texts:?}");
    }
    // A plural after it is counted; a sentence's first word is no name's.
    value("For her testimony, she earns Three Pinocchios.", "Three", 3.0);
    value("One person died.", "One", 1.0);
}

#[test]
fn an_age_in_a_relative_clause() {
    for (text, expr) in [
        ("Lewis, who was 19 at the time, pleaded guilty.", "19"),
        ("Bamberg, who is 28, said he decided to support him.", "28"),
        ("Ronald Reagan, who was 69 when he took office.", "69"),
        ("Mr. Dambier, who will be 86 on Tuesday, captured all of this.", "86"),
    ] {
        let f = value(text, expr, expr.parse().unwrap());
        assert_eq!((f.kind, f.unit), (QuantityKind::Age, Some("year")), "{text}");
    }
    let f = value("The team, which was 4 games back, lost.", "4", 4.0);
    assert_eq!(f.kind, QuantityKind::Number);
}

#[test]
fn age_limits_and_floors_of_people() {
    let age = |text: &str, expr: &str, v: f64, approx: Option<&str>| {
        let f = value(text, expr, v);
        assert_eq!((f.kind, f.unit, f.approx), (QuantityKind::Age, Some("year"), approx), "{text}");
    };
    age("It estimates 994 children and youths under 18 were killed.", "under 18", 18.0, Some("less_than"));
    age("Sanders led among voters under 30 and Clinton among others.", "under 30", 30.0, Some("less_than"));
    age("Those aged 65 and older voted.", "aged 65 and older", 65.0, Some("at_least"));
    age("An ID card for all New Yorkers age 14 and up.", "age 14 and up", 14.0, Some("at_least"));
    age("In March, 74 percent of voters were 45 or older.", "45 or older", 45.0, Some("at_least"));
    age("Only men aged 69 or under were screened.", "aged 69 or under", 69.0, Some("at_most"));
    // Not a floor: "and up to" is another figure's hedge; "under" before a noun is a preposition.
    value("She chose between the two and up to 20 percent may not vote.", "up to 20 percent", 20.0);
    let f = value("Everyone else is at 2 percent or below.", "2 percent or below", 2.0);
    assert_eq!(f.approx, Some("at_most"));
    let f = value("He scored 3 and over time he won.", "3", 3.0);
    assert_eq!((f.kind, f.approx), (QuantityKind::Number, None));
}

#[test]
fn a_scale_or_a_percent_joined_by_a_hyphen() {
    let f = value("The Dodgers opened with an $83-million payroll.", "$83-million", 83e6);
    assert_eq!((f.kind, f.unit), (QuantityKind::Money, Some("USD")));
    let f = value("It was rescued with a huge 85-bn-euro bailout.", "85-bn-euro", 85e9);
    assert_eq!((f.kind, f.unit), (QuantityKind::Money, Some("EUR")));
    value("It was a ($115-bn) package.", "$115-bn", 115e9);
    value("He built a $400-million-a-year business.", "$400-million", 400e6);
    let f = value("It must pay the average 5.8-percent interest.", "5.8-percent", 5.8);
    assert_eq!((f.kind, f.unit), (QuantityKind::Percent, Some("percent")));
    assert_eq!(
        counted_of("It raised the cherished 12.5-percent corporation tax rate in 2003.", "12.5-percent").as_deref(),
        Some("corporation tax rate")
    );
    let f = value("That settles it, said six-million people who lost insurance.", "six-million", 6e6);
    assert_eq!(
        counted_of("That settles it, said six-million people who lost insurance.", "six-million").as_deref(),
        Some("people")
    );
    assert_eq!(f.kind, QuantityKind::Number);
    // "six-figure" sizes a sum without saying it: no figure.
    assert!(figures("The PAC made a six-figure digital ad buy.").is_empty());
    // A lone letter after the hyphen is no scale: "a 5-m wall" is not five million.
    assert!(figures("They built a 5-m wall.").iter().all(|f| f.1.value < 1e6));
}

#[test]
fn an_adverb_or_a_verb_right_after_the_count() {
    assert_eq!(
        counted_of("Republicans have won the last five straight presidential contests.", "five").as_deref(),
        Some("presidential contests")
    );
    assert_eq!(counted_of("The Cubs have won six straight.", "six"), None);
    assert_eq!(
        counted_of("They saw a streak of five straight opening-day wins snapped.", "five").as_deref(),
        Some("opening-day wins")
    );
    assert_eq!(counted_of("The two  admit that it will not be easy.", "two"), None);
    assert_eq!(counted_of("Three acknowledge the risk.", "Three"), None);
}

#[test]
fn one_as_a_pronoun_before_a_relative_clause() {
    assert!(figures("The endorsement was one the Clinton campaign had long coveted.").is_empty());
    assert!(figures("The race is one he can win.").is_empty());
    // A count stays a count: "He won one the year before" is not after a copula.
    assert_eq!(figures("He won one the year before.").len(), 1);
}

#[test]
fn stone_as_a_weight() {
    let f = value("Dieters with three stone or more to lose eat soup.", "three stone or more", 3.0);
    assert_eq!((f.kind, f.unit), (QuantityKind::Measure, Some("st")));
    value("She lost five stone.", "five stone", 5.0);
    // A material, not a weight.
    let (f, counted) = one("The gate has two stone lions.", "two");
    assert_eq!((f.unit, counted.as_deref()), (None, Some("stone lions")));
}

#[test]
fn what_a_sample_or_a_sum_counts() {
    assert_eq!(
        counted_of("The poll of 2047 registered voters was released Wednesday.", "2047").as_deref(),
        Some("registered voters")
    );
    assert_eq!(
        counted_of("It found that 59 percent of those surveyed disapprove of Obama.", "59 percent").as_deref(),
        Some("those surveyed")
    );
    assert_eq!(counted_of("He invested about $250 million in fixing up the resort.", "about $250 million"), None);
    assert_eq!(counted_of("The city got $2 million in funding for parks.", "$2 million").as_deref(), Some("funding"));
}

#[test]
fn two_modifiers_joined_before_what_is_counted() {
    let text = "Dozens of private and public golf courses are in transition.";
    assert_eq!(counted_of(text, "Dozens").as_deref(), Some("private and public golf courses"));
    let text = "Hundreds of men and women marched.";
    assert_eq!(counted_of(text, "Hundreds").as_deref(), Some("men and women"));
    let text = "The three children and their parents left.";
    assert_eq!(counted_of(text, "three").as_deref(), Some("children"));
    let text = "Two Republican and three Democratic senators voted no.";
    assert_eq!(counted_of(text, "three").as_deref(), Some("Democratic senators"));
}

#[test]
fn an_adverb_or_adjective_after_what_is_counted() {
    let text = "Georgia's 11th Congressional District perhaps best embodied his struggles.";
    assert_eq!(counted_of(text, "11th").as_deref(), Some("Congressional District"));
    let text = "It gave Cruz nine of the Wyoming delegates available in the caucuses.";
    assert_eq!(counted_of(text, "nine").as_deref(), Some("Wyoming delegates"));
}

#[test]
fn a_modifier_in_ing_and_a_numbered_rule() {
    let text = "With four Republican nominating contests in the books, Rubio has finished second to fifth.";
    assert_eq!(counted_of(text, "four").as_deref(), Some("Republican nominating contests"));
    // A participle after the noun still ends it.
    let text = "There were 300 people waiting outside.";
    assert_eq!(counted_of(text, "300").as_deref(), Some("people"));
    let text = "It did well in many of the 16 states holding contests on or before March 1.";
    assert_eq!(counted_of(text, "16").as_deref(), Some("states"));
    assert!(figures("It does not consider that Rule 40 works as intended.").is_empty());
}

#[test]
fn a_height_in_feet_and_inches() {
    let f = value("Ms. Sherry, blond and 5-foot-11, has four children.", "5-foot-11", 5.0 + 11.0 / 12.0);
    assert_eq!((f.kind, f.unit), (QuantityKind::Measure, Some("ft")));
    value("He built a 10-foot wall.", "10-foot", 10.0);
    let f = value("Trump is 6'3\" tall and weighs 236 pounds.", "6'3\"", 6.25);
    assert_eq!(f.unit, Some("ft"));
    assert_eq!(counted_of("Trump is 6'3\" tall and weighs 236 pounds.", "6'3\""), None);
    // A height after a name is the person's, not a count of them.
    assert_eq!(counted_of("Bowers is 6-feet-3, 280 pounds and a force.", "6-feet-3"), None);
    assert_eq!(
        counted_of("Oil exports of 1 million barrels per week could come.", "1 million barrels").as_deref(),
        Some("Oil exports")
    );
}

#[test]
fn a_noun_in_ly_a_hedged_whole_and_a_verb_before_its_object() {
    assert_eq!(counted_of("The Schifanos were the first ethnic family to move in.", "first").as_deref(), Some("ethnic family"));
    assert_eq!(
        counted_of("He urged it to process 15 percent of the roughly 54,000 pages by July 31.", "15 percent").as_deref(),
        Some("pages")
    );
    assert_eq!(counted_of("Two other emails highlight the extent of her involvement.", "Two").as_deref(), Some("other emails"));
    assert_eq!(counted_of("The agency fell about 2,000 pages short of its goal.", "about 2,000").as_deref(), Some("pages"));
}

#[test]
fn the_first_time_before_a_clause() {
    let text = "It might be the first time Republicans and the movement have agreed on anything.";
    assert_eq!(counted_of(text, "first").as_deref(), Some("time"));
}

#[test]
fn odds_a_pronoun_one_and_a_comparative_after_the_noun() {
    value("The odds of winning all six come out to 1 in 64, or 1.56 percent.", "1 in 64", 1.0 / 64.0);
    assert!(figures("It is a classic, one seeking to consolidate conservatives and the other favored.").is_empty());
    assert!(figures("She trusted her organization, one built on the lessons of her campaign.").is_empty());
    assert_eq!(counted_of("Both are about 10 points higher than in 2004.", "about 10").as_deref(), Some("points"));
    // A count before a participle stays a count, and so does a time of day.
    assert_eq!(figures("Only one building collapsed.").len(), 1);
    assert_eq!(figures("Early one evening in June, the park was full.").len(), 1);
}

#[test]
fn a_product_generation_is_no_figure() {
    assert!(figures("Apple has yet to reveal its official sales numbers for the iPad 2.").is_empty());
    assert!(figures("Sales of the iPad 2 tablets rose.").is_empty());
}

#[test]
fn once_again_is_no_counted_thing() {
    assert_eq!(counted_of("The American people will come first once again.", "first"), None);
    // A participle before a name is a modifier: "the two leading Republicans".
    assert_eq!(
        counted_of("But the two leading Republicans, Trump and Cruz, differ.", "two").as_deref(),
        Some("leading Republicans")
    );
}

#[test]
fn numbers_listed_before_a_unit_share_it() {
    let text = "If you can clear 7, 8, 10 percent, you're lucky.";
    assert_eq!(one(text, "7").0.unit, Some("percent"));
    assert_eq!(one(text, "8").0.kind, QuantityKind::Percent);
    let text = "Rates rose by 5, 6, and 7 percentage points.";
    assert_eq!(one(text, "5").0.unit, Some("percentage_point"));
    assert_eq!(counted_of("In 2014, 5, 6 and 7 percent of voters agreed.", "5").as_deref(), Some("voters"));
    // Two numbers joined by a comma alone are no list: "Of those 30, 5 percent".
    assert_eq!(one("Of those 30, 5 percent left.", "30").0.unit, None);
}

#[test]
fn a_size_a_figure_in_a_compound_and_verbs_after_a_count() {
    let text = "The campaign distributed an 8-by-11-inch sheet with his image.";
    let (side, counted) = one(text, "8");
    assert_eq!((side.unit, counted.as_deref()), (Some("in"), Some("sheet")));
    assert_eq!(one(text, "11-inch").0.unit, Some("in"));
    assert_eq!(counted_of("Almost 650 18-hole golf courses have closed.", "Almost 650").as_deref(), Some("18-hole golf courses"));
    // A participle before a name's possessive or a day starts a clause.
    // (The change verb before it makes its subject what is counted.)
    assert_eq!(counted_of("The gap stood at 263 entering Tuesday's primary.", "263").as_deref(), Some("gap"));
    assert_eq!(counted_of("Delegates: 263 entering Tuesday's primary.", "263"), None);
    // A verb right after a percentage is the clause's ("Bernie's 51% claim" is a noun).
    assert_eq!(counted_of("While 9 percent found it a deterrent, most did not.", "9 percent"), None);
    assert_eq!(counted_of("The richest 1 percent grew richer.", "1 percent"), None);
    assert_eq!(counted_of("Bernie's 51% claim was true.", "51%").as_deref(), Some("claim"));
}

#[test]
fn a_time_after_a_figure_is_not_what_it_counts() {
    assert_eq!(counted_of("Shares rose 5 or 6 percent two days ago.", "5 or 6 percent"), None);
    // (An ordinal before a count ranks what that counts.)
    assert_eq!(counted_of("He was suspended for the first three games.", "first").as_deref(), Some("three games"));
}

#[test]
fn an_adjective_after_a_percentage_and_a_channel_number() {
    let text = "Almost four in 10 have a positive reaction: 15% enthusiastic and 24% satisfied.";
    assert_eq!(counted_of(text, "15%"), None);
    assert_eq!(counted_of("Clinton is underwater at 41 percent favorable and 56 percent unfavorable.", "41 percent"), None);
    assert_eq!(counted_of("It has grown 5 percent economic growth.", "5 percent").as_deref(), Some("economic growth"));
    assert!(figures("She spoke on Sirius XM Patriot Channel 125 about her race.").is_empty());
}

#[test]
fn adverbs_letters_and_code_sections_are_not_counted() {
    assert_eq!(counted_of("They work two or three jobs just to pay their bills.", "two or three").as_deref(), Some("jobs"));
    assert_eq!(counted_of("Millions even work nights.", "Millions"), None);
    assert_eq!(counted_of("We will wind down the 501 c3 organization.", "501"), None);
    assert_eq!(counted_of("They sold 90,000 T-shirts.", "90,000").as_deref(), Some("T-shirts"));
    assert!(figures("They wind down the 501(c)(3) organization and a 501(c)(4) group.").is_empty());
}

#[test]
fn a_participle_in_ed_before_the_plural_noun_is_a_modifier() {
    let text = "Nine in 10 Democratic registered voters say she could win.";
    assert_eq!(counted_of(text, "Nine in 10").as_deref(), Some("Democratic registered voters"));
    assert_eq!(
        counted_of("At least half of all registered voters agree.", "At least half").as_deref(),
        Some("all registered voters")
    );
    // After a plural noun it is a verb: "three men armed themselves".
    assert_eq!(counted_of("Three men armed with knives fled.", "Three").as_deref(), Some("men"));
}

#[test]
fn a_pound_compound_is_a_weight_and_plus_is_at_least() {
    let (f, counted) = one("You are wrestling with an 800-pound government gorilla.", "800-pound");
    assert_eq!((f.unit, f.kind, counted.as_deref()), (Some("lb"), QuantityKind::Measure, Some("government gorilla")));
    assert_eq!(one("He paid with a 10-pound note.", "10-pound").0.unit, Some("GBP"));
    let (f, counted) = one("The needs of our 50-plus population grew.", "50-plus");
    assert_eq!((f.approx, counted.as_deref()), (Some("at_least"), Some("population")));
    assert_eq!(counted_of("Funding for the elderly actually decreased by about 9%.", "about 9%").as_deref(), Some("elderly"));
}
