use jiff::civil::Date;

use crate::document::Document;

fn times_in(text: &str, reference: Option<Date>) -> Vec<(String, &'static str, String)> {
    let mut doc = Document::new(text);
    crate::structure::run(&mut doc);
    super::run(&doc, reference).into_iter().map(|t| (doc.slice(&t.range).to_string(), t.kind.as_str(), t.value)).collect()
}

fn day(y: i16, m: i8, d: i8) -> Option<Date> {
    Date::new(y, m, d).ok()
}

/// The (text, value) pairs found in `text` resolved against `reference`.
fn values(text: &str, reference: Option<Date>) -> Vec<(String, String)> {
    times_in(text, reference).into_iter().map(|(t, _, v)| (t, v)).collect()
}

fn has(text: &str, reference: Option<Date>, expr: &str, value: &str) {
    let found = values(text, reference);
    assert!(found.iter().any(|(t, v)| t == expr && v == value), "expected {expr:?} = {value:?} in {text:?}, found {found:?}");
}

#[test]
fn empty_and_junk() {
    assert!(values("", day(2016, 9, 23)).is_empty());
    assert!(values("- - ' 1990s", None).len() <= 1);
}

fn typed(text: &str, reference: Option<Date>, expr: &str) -> (&'static str, String, Option<&'static str>) {
    let mut doc = Document::new(text);
    crate::structure::run(&mut doc);
    let found = super::run(&doc, reference);
    found
        .iter()
        .find(|t| doc.slice(&t.range) == expr)
        .map(|t| (t.kind.as_str(), t.value.clone(), t.modifier))
        .unwrap_or_else(|| panic!("{expr:?} not found in {text:?}: {found:?}"))
}

const SAMPLE: &str = include_str!("../../../shared/data/samples/syria-ceasefire-2016.txt");

#[test]
fn the_sample_article() {
    let r = day(2016, 9, 23);
    has(SAMPLE, r, "Sep 23, 2016", "2016-09-23");
    has(SAMPLE, r, "Monday", "2016-09-19");
    has(SAMPLE, r, "Thursday night", "2016-09-22TNI");
    has(SAMPLE, r, "this month", "2016-09");
    has(SAMPLE, r, "earlier this month", "2016-09");
    has(SAMPLE, r, "2012", "2012");
    has(SAMPLE, r, "yesterday", "2016-09-22");
    assert_eq!(typed(SAMPLE, r, "one week"), ("DURATION", "P1W".into(), None));
    // Without an option the dateline gives the same day.
    let mut doc = Document::new(SAMPLE);
    crate::structure::run(&mut doc);
    assert_eq!(crate::resolve_reference_date(&doc, None), (day(2016, 9, 23), "dateline"));
}

#[test]
fn weekdays_follow_the_tense_of_their_clause() {
    let r = day(2016, 9, 23); // a Friday
    has("An aid convoy was bombed on Monday.", r, "Monday", "2016-09-19");
    has("The ministers will meet on Monday.", r, "Monday", "2016-09-26");
    has("They said on Friday that talks failed.", r, "Friday", "2016-09-23");
    has("Wednesday's ruling stands, he says.", r, "Wednesday", "2016-09-21");
    has("The vote is scheduled for next Tuesday.", r, "next Tuesday", "2016-09-27");
    has("He resigned last Friday.", r, "last Friday", "2016-09-16");
    // A condition is met ahead, unless a verb after the time tells otherwise.
    let saturday = day(2016, 4, 2);
    has("If Cruz wins Wisconsin's contest Tuesday, Trump needs 60 percent.", saturday, "Tuesday", "2016-04-05");
    has("The party could lose if Trump is on the ticket in November.", day(2016, 3, 24), "November", "2016-11");
    has("If October's debate represented her best night, the campaign did not say so.", day(2015, 11, 16), "October", "2015-10");
    has("They asked if he attended the meeting Monday.", saturday, "Monday", "2016-03-28");
    // A time that opens its sentence waits for the main verb past a long aside, but not for a
    // subordinate clause's, an aside's participle or what follows a colon.
    let october = day(1998, 10, 25);
    has(
        "In January, a week after the 25th anniversary of the Roe vs. Wade Supreme Court decision, a clinic bombing in Birmingham, Ala., killed a security guard.",
        october,
        "January",
        "1998-01",
    );
    has(
        "After Tuesday night, Bernie Sanders's infinitesimal chance of winning the nomination rests on one possibility: that superdelegates will overturn the will of the voters.",
        day(2016, 6, 9),
        "Tuesday night",
        "2016-06-07TNI",
    );
    has(
        "As Election Day nears, Stone says, the number of real independents -- always exaggerated to begin with -- shrinks.",
        day(2016, 2, 18),
        "Election Day",
        "2016-11-08",
    );
    has("Looking ahead to the fall, Mr. Manafort was joined by Rick Wiley.", day(2016, 4, 23), "the fall", "2016-FA");
    // A single unit measured from an event is a stretch: "One year after the release".
    assert_eq!(typed("One year after the release, it stalled.", r, "One year"), ("DURATION", "P1Y".into(), None));
    assert_eq!(typed("He was fired a day after he drew criticism.", r, "a day"), ("DURATION", "P1D".into(), None));
    assert_eq!(typed("A few days before the vote, he left.", r, "A few days"), ("DURATION", "PXD".into(), None));
    // The nth weekday of a month is that day; a weekday in a year alone leaves its week unsaid.
    let january = day(2016, 1, 20);
    has("At 2 p.m. on the last Friday in August, the board convened.", january, "the last Friday in August", "2015-08-28");
    has("At 2 p.m. on the last Friday in August, the board convened.", january, "2 p.m.", "2015-08-28T14:00");
    has("The first Monday of March 2016 was cold.", january, "The first Monday of March 2016", "2016-03-07");
    has("One Sunday in late 2001, she sat in her study.", january, "One Sunday in late 2001", "2001-WXX-7");
    // "going from … on July 14" is no plan; "going into November" is ahead.
    has("Her support has risen, going from 40 percent on July 14 to 46 percent.", day(2016, 8, 1), "July 14", "2016-07-14");
    has("It is not a pathway going into November.", day(2016, 3, 2), "November", "2016-11");
    // A deferral's "until" sets a time ahead; a finished stretch's is behind.
    let thursday = day(2000, 3, 30);
    has(
        "Officials postponed until Tuesday morning any action on the boy's permit.",
        thursday,
        "Tuesday morning",
        "2000-04-04TMO",
    );
    has("The agency extended its deadline until 9 a.m. Tuesday.", thursday, "9 a.m. Tuesday", "2000-04-04T09:00");
    has("The party kept going until 2 a.m. Tuesday.", thursday, "2 a.m. Tuesday", "2000-03-28T02:00");
    // "his Tuesday wins" is a known event, not the condition's time.
    has("If he follows up his Tuesday wins with a victory, he gains.", day(2016, 3, 23), "Tuesday", "2016-03-22");
    // "can" looks ahead, and so do "could" and "might" unless negated, perfect, a sense or a search.
    let january = day(2016, 1, 19);
    has("Not only can Ted Cruz win in November, he is the best.", january, "November", "2016-11");
    has("He is upbeat about Cruz's chances of winning in November.", january, "November", "2016-11");
    has("He feels he can win the Tuesday primary.", day(2016, 2, 8), "Tuesday", "2016-02-09");
    has("Neither he nor his family could be located Wednesday.", day(2000, 1, 6), "Wednesday", "2000-01-05");
    has("A number that could be higher on Saturday.", day(2016, 2, 18), "Saturday", "2016-02-20");
    has("He could win California on Tuesday and still lose.", day(2016, 6, 5), "Tuesday", "2016-06-07");
    has("It might push the ruling until after the November election.", day(2016, 7, 13), "November", "2016-11");
    has("He could not be reached Wednesday.", day(2016, 9, 23), "Wednesday", "2016-09-21");
    has("From the roof she could see the smoke on Monday.", day(2016, 9, 23), "Monday", "2016-09-19");
    // A vote named by its month without a tense is this year's, not last year's.
    let april = day(2016, 4, 15);
    has("It asks the court to review the plan for the November election.", april, "November", "2016-11");
    has("It aims to spend $900 million before the November elections.", april, "November", "2016-11");
    has("His showing in Miami in the March 15 primary speaks volumes.", day(2016, 7, 18), "March 15", "2016-03-15");
    has("New Hampshire, whose Feb. 9 primary election is the first.", day(2015, 12, 10), "Feb. 9", "2016-02-09");
    has("Turnout in the November election was low.", april, "November", "2015-11");
    // Short past forms: "died" is past even inside a condition's sentence.
    let monday = day(2016, 3, 7);
    has("If we remember nothing else about Nancy Reagan, who died Sunday at age 94, it is that.", monday, "Sunday", "2016-03-06");
    has("Antonin Scalia died in February and the seat is empty.", day(2016, 7, 13), "February", "2016-02");
    // News tells a schedule in the simple present, after a name, a relative or an event's noun.
    has("Talks resume Monday.", r, "Monday", "2016-09-26");
    has("The trial starts Monday.", r, "Monday", "2016-09-26");
    // A compound's participle is an adjective, and a condition's verb tells nothing of the time.
    let april = day(2016, 4, 15);
    has(
        "Trump wants the nomination before the party’s convention in July, but well-organized rival Ted Cruz has been outmaneuvering him.",
        april,
        "July",
        "2016-07",
    );
    has(
        "Cruz has been on a poaching mission, reportedly winning over enough delegates to prevent the tycoon from prevailing at the July confab if he does not secure the delegates needed to win.",
        april,
        "July",
        "2016-07",
    );
    // Plural subjects: "Polls close", "Talks begin", "Markets open".
    has("Polls close at 8 p.m. Tuesday in most states.", r, "8 p.m. Tuesday", "2016-09-27T20:00");
    has("Talks begin Monday.", r, "Monday", "2016-09-26");
    has("Markets open Thursday.", r, "Thursday", "2016-09-29");
    has("Markets opened Thursday.", r, "Thursday", "2016-09-22");
    has("Wisconsin holds its presidential primary on Tuesday.", r, "Tuesday", "2016-09-27");
    has("The deficit for this fiscal year, which ends Sept. 30, is large.", day(2016, 1, 12), "Sept. 30", "2016-09-30");
    // An event told with a present copula is ahead; the day itself stays the day.
    let wednesday = day(2016, 9, 21);
    has("The vote is on Tuesday.", wednesday, "Tuesday", "2016-09-27");
    has("Her funeral is Saturday.", wednesday, "Saturday", "2016-09-24");
    has("The meeting is Wednesday.", wednesday, "Wednesday", "2016-09-21");
    // The same words as nouns tell nothing.
    has("Officials cited a congressional report on Wednesday.", r, "Wednesday", "2016-09-21");
    has("He told radio host Hugh Hewitt on Wednesday that it was a joke.", r, "Wednesday", "2016-09-21");
    has("Clinton won the votes Tuesday.", r, "Tuesday", "2016-09-20");
    // The present progressive tells an arrangement ahead, even after "said".
    has("The company said it is holding a meeting on Monday.", r, "Monday", "2016-09-26");
    has("Officials said they are meeting Tuesday.", r, "Tuesday", "2016-09-27");
    has("He said it is calling for the redemption on Dec. 7.", r, "Dec. 7", "2016-12-07");
    // (Near the time only: "is continuing to try to sell itself, under a June agreement".)
    has("It said it is continuing to try to sell itself, under a June agreement.", day(1989, 10, 27), "June", "1989-06");
    // "this November" is this year's, whatever the verb; "this January" in December the next one.
    has(
        "They want a party that can win the support of the people this November, his office said.",
        day(2016, 5, 6),
        "this November",
        "2016-11",
    );
    has("To win in this November election, the party must unite.", january, "this November", "2016-11");
    has("The law takes effect this January, officials said.", day(2016, 12, 2), "this January", "2017-01");
}

#[test]
fn relative_days_weeks_months_years() {
    let r = day(2016, 9, 23);
    has("Prices rose yesterday.", r, "yesterday", "2016-09-22");
    has("Results come tomorrow.", r, "tomorrow", "2016-09-24");
    has("Prices rose last week.", r, "last week", "2016-W37");
    has("Prices rose this week.", r, "this week", "2016-W38");
    has("Prices rose last month.", r, "last month", "2016-08");
    has("Prices fell last year.", r, "last year", "2015");
    has("It happened two years ago.", r, "two years ago", "2014");
    has("It happened three days ago.", r, "three days ago", "2016-09-20");
    has("He left a week earlier.", r, "a week earlier", "2016-W37");
    has("They will vote next spring.", r, "next spring", "2017-SP");
    has("It was hot last summer.", r, "last summer", "2016-SU");
    has("It was wet last fall.", day(2017, 2, 1), "last fall", "2016-FA");
    has("Sales rose in the third quarter.", r, "the third quarter", "2016-Q3");
    has("Sales rose in the first half of 2015.", r, "the first half of 2015", "2015-H1");
    has("Music of the 1990s.", r, "the 1990s", "199");
    has("Music of the '80s.", r, "the '80s", "198");
    has("They met this morning.", r, "this morning", "2016-09-23TMO");
    has("They met last night.", r, "last night", "2016-09-22TNI");
    has("It opens at 10:30 a.m. today.", r, "10:30 a.m. today", "2016-09-23T10:30");
    has("It opens at 5 p.m.", r, "5 p.m.", "2016-09-23T17:00");
    assert_eq!(typed("He said it now.", r, "now"), ("DATE", "PRESENT_REF".into(), None));
    has("It was common in the past.", r, "the past", "PAST_REF");
}

#[test]
fn explicit_dates_ranges_and_modifiers() {
    let r = day(2016, 9, 23);
    has("It began on March 3, 2011.", r, "March 3, 2011", "2011-03-03");
    has("It began on 3 March 2011.", r, "3 March 2011", "2011-03-03");
    has("It began in September 2015.", r, "September 2015", "2015-09");
    has("It began on Sept. 12.", r, "Sept. 12", "2016-09-12");
    has("Filed 2016-09-01 in court.", r, "2016-09-01", "2016-09-01");
    has("The war lasted from 2009-2010.", r, "2009", "2009");
    has("The war lasted from 2009-2010.", r, "2010", "2010");
    has("The 2009-10 season.", r, "10", "2010");
    // "the year" in apposition to a year is that year.
    has("He founded the movement in 2008, the year he returned to teaching.", r, "the year", "2008");
    has("Sales rose during the year.", r, "the year", "2016");
    // A relative clause opening with the time has its own verb, not the sentence's.
    has(
        "He should ignore the critics who on Sunday cast his responses as inappropriate.",
        day(2016, 6, 13),
        "Sunday",
        "2016-06-12",
    );
    // A month alone takes the year its range ends in.
    has("It estimated that from September to December 2014, accounts were used.", r, "September", "2014-09");
    has("It fell between November and February 2015.", r, "November", "2014-11");
    // One digit abbreviates too, and a winter across two years keeps the season's value.
    has("A response to the Wall Street collapse of 2008-9.", r, "9", "2009");
    has("After the uprising in the winter of 2004-5 that became known.", r, "the winter of 2004-5", "2004-WI");
    // A part of a day named alone is that of the day the sentence named before it.
    has(
        "Obama said Saturday at the White House after spending the early afternoon playing golf.",
        day(2015, 12, 13),
        "the early afternoon",
        "2015-12-12TAF",
    );
    assert_eq!(typed("It ends in late November.", r, "late November"), ("DATE", "2016-11".into(), Some("END")));
    assert_eq!(typed("It ends in mid-2017.", r, "mid-2017"), ("DATE", "2017".into(), Some("MID")));
    assert_eq!(typed("It ended early last year.", r, "early last year"), ("DATE", "2015".into(), Some("START")));
    assert_eq!(typed("It lasted more than two years.", r, "more than two years"), ("DURATION", "P2Y".into(), Some("MORE_THAN")));
    assert_eq!(typed("It happens every Monday.", r, "every Monday"), ("SET", "XXXX-WXX-1".into(), None));
    assert_eq!(typed("It is published daily.", r, "daily"), ("SET", "P1D".into(), None));
    assert_eq!(typed("Qantas plans daily flights to Bombay.", r, "daily"), ("SET", "P1D".into(), None));
    // A daily newspaper is not a frequency.
    for paper in ["The French daily Les Echos said so.", "He wrote in the Daily Mail.", "The daily reported it."] {
        assert!(values(paper, r).is_empty(), "{paper:?}: {:?}", values(paper, r));
    }
    assert_eq!(typed("a 10-year plan", r, "10-year"), ("DURATION", "P10Y".into(), None));
    assert_eq!(typed("for two decades", r, "two decades"), ("DURATION", "P20Y".into(), None));
    assert_eq!(typed("It lasted 18 months.", r, "18 months"), ("DURATION", "P18M".into(), None));
    assert_eq!(typed("It took a year and a half.", r, "a year and a half"), ("DURATION", "P1Y6M".into(), None));
}

#[test]
fn calendar_boundaries_and_leap_years() {
    // New Year: weeks and months cross the year.
    let r = day(2017, 1, 2); // a Monday, ISO week 2017-W01
    has("Prices rose last week.", r, "last week", "2016-W52");
    has("Prices rose last month.", r, "last month", "2016-12");
    has("It happened yesterday.", r, "yesterday", "2017-01-01");
    has("He resigned on Friday.", r, "Friday", "2016-12-30");
    has("Sales fell in the fourth quarter.", r, "the fourth quarter", "2016-Q4");
    has("It snowed last winter.", r, "last winter", "2015-WI");
    // Leap day.
    has("It happened yesterday.", day(2016, 3, 1), "yesterday", "2016-02-29");
    has("It opened a year ago.", day(2016, 2, 29), "a year ago", "2015");
    has("It closed four years ago.", day(2016, 2, 29), "four years ago", "2012");
    // ISO week 53.
    has("Prices rose this week.", day(2021, 1, 1), "this week", "2020-W53");
    has("Prices rose last week.", day(2021, 1, 8), "last week", "2020-W53");
    // Month ends: one month before 31 March is February.
    has("Prices rose last month.", day(2016, 3, 31), "last month", "2016-02");
}

#[test]
fn without_a_reference_date_values_stay_underspecified() {
    has("An aid convoy was bombed on Monday.", None, "Monday", "XXXX-WXX-1");
    has("They met on Sunday night.", None, "Sunday night", "XXXX-WXX-7TNI");
    has("Prices rose last month.", None, "last month", "XXXX-XX");
    has("It happened two years ago.", None, "two years ago", "PAST_REF");
    has("It began in March 2011.", None, "March 2011", "2011-03");
    has("Music of the 1990s.", None, "the 1990s", "199");
    has("They met last night.", None, "last night", "XXXX-XX-XXTNI");
}

#[test]
fn not_times() {
    let r = day(2016, 9, 23);
    let found =
        values("The Sun reported that 2000 people marched. May we go? He is a 30-year-old man. Most 17-year-olds can vote.", r);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_programme_title_after_its_network_is_no_time() {
    let r = day(2016, 9, 26);
    let found = values("Robby Mook told CBS This Morning on Monday that it was fine.", r);
    assert_eq!(found.iter().map(|(t, _)| t.as_str()).collect::<Vec<_>>(), ["Monday"], "{found:?}");
    has("Clinton Said This Week She Would Run.", r, "This Week", "2016-W39");
    has("Trump Slams Clinton This Morning.", r, "This Morning", "2016-09-26TMO");
    // "Current" capitalized after a word is a name; opening a sentence it is the present.
    assert!(values("He anchored from Current TV in stiletto Current/Elliott jeans.", r).is_empty());
    has("Current law allows it.", r, "Current", "PRESENT_REF");
    // Shows and a paper's credit line.
    assert!(values("She hosted Saturday Night Live and Monday Night Football.", r).is_empty());
    assert!(values("He is a member of USA TODAY's Board of Contributors.", r).is_empty());
    has("They met Saturday night.", r, "Saturday night", "2016-09-24TNI");
}

#[test]
fn a_two_digit_decade_has_begun_and_come_looks_ahead() {
    // "the '20s" is the latest such decade begun by the writing.
    let r = day(2016, 6, 23);
    has("Germany in the ‘20s, or Zimbabwe in the '90s.", r, "the ‘20s", "192");
    has("Back in the '10s.", r, "the '10s", "201");
    has("Life in the '20s is fast.", day(2026, 12, 4), "the '20s", "202");
    // Banknotes are no decade.
    assert!(values("A cashier who steals a handful of $20s is held accountable.", r).is_empty());
    has("The favorite to win the election come November.", day(2016, 6, 15), "November", "2016-11");
    // "later Monday" is the Monday the story tells.
    let text = "Clinton went on offense on Monday. He may face a skeptical audience when he speaks later Monday.";
    has(text, day(2016, 3, 22), "later Monday", "2016-03-21");
    has("He may face a skeptical audience when he speaks later Monday.", day(2016, 3, 22), "later Monday", "2016-03-21");
    has("He will speak later Friday.", day(2016, 3, 22), "later Friday", "2016-03-25");
    // A quoted title runs on past the time word; two titles' marks do not make one.
    let found = values("Ryan said Tuesday on WTMJ’s “Midday with Charlie Sykes,” that it was wrong.", day(2016, 7, 5));
    assert_eq!(found.iter().map(|(t, _)| t.as_str()).collect::<Vec<_>>(), ["Tuesday"], "{found:?}");
    has("She sings on \"The Tonight Show\" on Wednesday and on \"Ellen\" on April 11.", None, "Wednesday", "XXXX-WXX-3");
    // An editor's note dated month/day.
    has("He sold the gun. UPDATE: 5/12 — The website was down.", day(2016, 5, 12), "5/12", "2016-05-12");
    has("Updated 6/1: more details.", day(2016, 5, 12), "6/1", "2016-06-01");
    // "until" after a past verb in its clause is over; otherwise a deadline ahead.
    let august = day(2016, 8, 23);
    has("The campaign had been paying $35,000 a month for until May.", august, "May", "2016-05");
    has("Talks will run until May.", august, "May", "2017-05");
    // "won't" looks ahead; "last" after a modal is the verb, not "last Monday".
    let wednesday = day(2015, 12, 16);
    has("We won't see a rally Wednesday or Thursday.", wednesday, "Thursday", "2015-12-17");
    has("A rally that will last through the end of the year, maybe even into January.", wednesday, "January", "2016-01");
    has("The campaign expects the fight to last into the spring.", day(2016, 2, 9), "the spring", "2016-SP");
    // A past narrative of an earlier year runs on into a day named without its year.
    let text = "On March 2, 2015, the Times revealed the account. On March 25, the firm wiped the server.";
    has(text, day(2016, 9, 7), "March 25", "2015-03-25");
    let text = "On March 2, 2015, the Times revealed the account. On March 25, the firm will wipe the server.";
    has(text, day(2016, 9, 7), "March 25", "2017-03-25");
    has("He ran in 2012. On March 25, the firm wiped the server.", day(2016, 9, 7), "March 25", "2016-03-25");
    // The possessive spelling of a decade, after "the".
    has("He went to college in the 1970’s.", r, "the 1970’s", "197");
    has("Still four years to go in the 90's.", r, "the 90's", "199");
}

#[test]
fn timeline_is_in_calendar_order() {
    let text = "Talks collapsed on Monday. The truce began on Sept. 12. Fighting has raged since 2012.";
    let mut doc = Document::new(text);
    crate::structure::run(&mut doc);
    let times = super::run(&doc, day(2016, 9, 23));
    let line = super::timeline(&doc, &times);
    let order: Vec<&str> = line.iter().map(|e| e.span.text.as_str()).collect();
    assert_eq!(order, ["2012", "Sept. 12", "Monday"]);
    assert_eq!(line[0].sentence.as_ref().map(|s| s.text.as_str()), Some("Fighting has raged since 2012."));
}

#[test]
fn through_analyze_with_utf16_offsets() {
    // A non-BMP character before the expressions shifts UTF-16 offsets by two per character.
    let text = "🙂 Rebels said an aid convoy was bombed on Monday, killing 45 people.";
    let options = crate::Options { reference_date: Some("2016-09-23".into()), ..Default::default() };
    let analysis = crate::analyze(text, &options).unwrap();
    let utf16: Vec<u16> = text.encode_utf16().collect();
    let monday = &analysis.times[0];
    assert_eq!((monday.kind.as_str(), monday.value.as_str()), ("DATE", "2016-09-19"));
    assert_eq!(String::from_utf16_lossy(&utf16[monday.span.start..monday.span.end]), "Monday");
    assert_eq!(analysis.timeline[0].span.text, "Monday");
    let figure = &analysis.quantities[0];
    assert_eq!((figure.span.text.as_str(), figure.value), ("45", 45.0));
    let counted = figure.counted.as_ref().unwrap();
    assert_eq!(String::from_utf16_lossy(&utf16[counted.start..counted.end]), "people");
    let json = serde_json::to_value(&analysis).unwrap();
    assert_eq!(json["times"][0]["type"], "DATE");
    assert!(json["times"][0].get("mod").is_none());
}

/// The `anchor` of the expression `expr` in `text`.
fn anchor_of(text: &str, reference: Option<Date>, expr: &str) -> Option<String> {
    let mut doc = Document::new(text);
    crate::structure::run(&mut doc);
    let found = super::run(&doc, reference);
    found
        .iter()
        .find(|t| doc.slice(&t.range) == expr)
        .unwrap_or_else(|| panic!("{expr:?} not found in {text:?}: {found:?}"))
        .anchor
        .clone()
}

#[test]
fn every_value_shape_of_the_issue() {
    let r = day(2016, 9, 23);
    has("It was signed on Sep 23, 2016.", r, "Sep 23, 2016", "2016-09-23");
    has("It began in September 2016.", r, "September 2016", "2016-09");
    has("It began in 2016.", r, "2016", "2016");
    has("Prices rose this week.", r, "this week", "2016-W38");
    has("Sales rose in the third quarter.", r, "the third quarter", "2016-Q3");
    has("It was hot in the summer of 2016.", r, "the summer of 2016", "2016-SU");
    has("Music of the 2010s.", r, "the 2010s", "201");
    has("It was hit on Thursday night.", r, "Thursday night", "2016-09-22TNI");
    has("It opened at 2:30 p.m. today.", r, "2:30 p.m. today", "2016-09-23T14:30");
    assert_eq!(typed("The truce lasted only one week.", r, "one week"), ("DURATION", "P1W".into(), None));
    assert_eq!(typed("The talks took three days.", r, "three days"), ("DURATION", "P3D".into(), None));
    assert_eq!(typed("They have waited for months.", r, "months"), ("DURATION", "PXM".into(), None));
    has("It is cold in winter.", None, "winter", "XXXX-WI");
    has("It is over now.", r, "now", "PRESENT_REF");
    has("It has risen recently.", r, "recently", "PAST_REF");
    has("It will rise in the future.", r, "the future", "FUTURE_REF");
    assert_eq!(typed("It began early last year.", r, "early last year").2, Some("START"));
    assert_eq!(typed("It ends in mid-2017.", r, "mid-2017").2, Some("MID"));
    assert_eq!(typed("It ends in late November.", r, "late November").2, Some("END"));
    assert_eq!(typed("It lasted about two years.", r, "about two years").2, Some("APPROX"));
    assert_eq!(typed("It lasted less than a year.", r, "less than a year").2, Some("LESS_THAN"));
    assert_eq!(typed("It lasted more than two years.", r, "more than two years").2, Some("MORE_THAN"));
}

#[test]
fn every_phrase_of_the_issue() {
    let r = day(2016, 9, 23); // a Friday
    has("An aid convoy was bombed on Monday.", r, "Monday", "2016-09-19");
    has("The ministers will meet on Monday.", r, "Monday", "2016-09-26");
    has("Prices rose yesterday.", r, "yesterday", "2016-09-22");
    has("Prices rose last week.", r, "last week", "2016-W37");
    has("It was agreed earlier this month.", r, "earlier this month", "2016-09");
    has("It happened two years ago.", r, "two years ago", "2014");
    has("They will vote next spring.", r, "next spring", "2017-SP");
    has("Music of the 1990s.", r, "the 1990s", "199");
    has("The war lasted from 2009-2010.", r, "2009", "2009");
    has("The war lasted from 2009-2010.", r, "2010", "2010");
    has("They met this morning.", r, "this morning", "2016-09-23TMO");
    has("Fighting has raged since 2012.", r, "2012", "2012");
}

#[test]
fn weekday_tense_cues() {
    let r = day(2016, 9, 21); // a Wednesday
    // Intentions and schedules look ahead, even after a past-tense verb.
    has("The team planned to leave Nairobi on Thursday.", r, "Thursday", "2016-09-22");
    has("Shares are to resume trading in Paris Tuesday.", r, "Tuesday", "2016-09-27");
    has("He could come as early as Tuesday.", r, "Tuesday", "2016-09-27");
    has("He and Arafat meet separately Monday with the envoy.", r, "Monday", "2016-09-26");
    has("The relatives have until 9 a.m. Tuesday to sign.", r, "9 a.m. Tuesday", "2016-09-27T09:00");
    has("Protesters planned a large demonstration on Saturday.", r, "Saturday", "2016-09-24");
    has("The reduced dividend is payable Jan. 2 to holders.", day(1989, 11, 2), "Jan. 2", "1990-01-02");
    // "next to" is a place, not the future; a passive's auxiliary decides.
    has("A bomb exploded next to the U.S. embassy in Nairobi, Kenya on Friday.", r, "Friday", "2016-09-16");
    has(
        "He will be named commander of the Space Shuttle Columbia for a mission in December.",
        day(2016, 3, 4),
        "December",
        "2016-12",
    );
    has("The case is heard in May in the appeals court.", day(2016, 3, 29), "May", "2016-05");
    // Plans, deadlines and record dates look ahead; a plan told in the past perfect has gone by.
    has("The talks are supposed to end on Friday.", r, "Friday", "2016-09-23");
    has("The accession was planned for Friday.", r, "Friday", "2016-09-23");
    has("The offer was extended to Friday.", r, "Friday", "2016-09-23");
    has("The board declared a dividend to holders of record Friday.", r, "Friday", "2016-09-23");
    has("He said guidelines to be published Friday were ready.", r, "Friday", "2016-09-23");
    has("They expect the deal to close Friday.", r, "Friday", "2016-09-23");
    has("The offer had been due to expire Monday evening.", day(1989, 10, 31), "Monday evening", "1989-10-30TEV");
    has("The offer had been scheduled to expire Monday.", day(1989, 10, 31), "Monday", "1989-10-30");
    // "unspecified" is an adjective, not a past verb.
    has("It will be paid on a still unspecified date in January.", day(1989, 10, 26), "January", "1990-01");
}

#[test]
fn months_without_a_tense_cue() {
    // A month four or fewer months ahead across the new year is next year's; one more than half a
    // year ahead is last year's; otherwise this year's.
    has("The loans run through January.", day(1989, 10, 26), "January", "1990-01");
    has("Costs peaked in March, analysts say.", day(1989, 10, 30), "March", "1989-03");
    has("Costs peaked in November, analysts say.", day(2016, 3, 1), "November", "2015-11");
}

#[test]
fn narrative_anchors() {
    let r = day(2016, 9, 23);
    let text = "The company was founded in 2010. A year later it went public. The following year it failed.";
    has(text, r, "A year later", "2011");
    has(text, r, "The following year", "2011");
    assert_eq!(anchor_of(text, r, "A year later").as_deref(), Some("2010"));
    let text = "Rebels entered the city in March 2011. The following month the army struck back.";
    has(text, r, "The following month", "2011-04");
    let text = "The convoy was hit on Monday. The next day aid was suspended. Later that day talks resumed.";
    has(text, r, "The next day", "2016-09-20");
    has(text, r, "Later that day", "2016-09-20");
    let text = "He was arrested in 1998. Later that year he was freed.";
    has(text, r, "Later that year", "1998");
    let text = "Shares fell 5% on Oct. 20. They had risen 2% the previous Friday.";
    has(text, r, "the previous Friday", "2016-10-14");
    // "ago" always counts from the reference date.
    has("He was arrested in 1998. Two years ago he was freed.", r, "Two years ago", "2014");
    // Without an earlier time, "a year later" counts from the reference date.
    has("A year later, it will be different.", r, "A year later", "2017");
}

#[test]
fn anchors_name_the_reference_date_or_the_earlier_expression() {
    let r = day(2016, 9, 23);
    assert_eq!(anchor_of("An aid convoy was bombed on Monday.", r, "Monday").as_deref(), Some("2016-09-23"));
    assert_eq!(anchor_of("Prices rose last week.", r, "last week").as_deref(), Some("2016-09-23"));
    assert_eq!(anchor_of("It began on March 3, 2011.", r, "March 3, 2011"), None);
    assert_eq!(anchor_of("The truce lasted only one week.", r, "one week"), None);
    assert_eq!(anchor_of("It is over now.", r, "now"), None);
    assert_eq!(anchor_of("An aid convoy was bombed on Monday.", None, "Monday"), None);
}

#[test]
fn other_conventions() {
    let r = day(1989, 10, 26);
    has("It rose over the past year.", r, "the past year", "1988");
    assert_eq!(typed("It should close by year end.", r, "year end"), ("DATE", "1989".into(), Some("END")));
    has("The bomb shocked the games in nineteen ninety-six.", r, "nineteen ninety-six", "1996");
    has("January nineteen ninety-seven. Atlanta again.", r, "January nineteen ninety-seven", "1997-01");
    has("It will be ready by the year two thousand.", r, "the year two thousand", "2000");
    assert_eq!(typed("Sales fell in recent weeks.", r, "recent weeks"), ("DURATION", "PXW".into(), None));
    assert_eq!(typed("Sales will fall in coming months.", r, "coming months"), ("DURATION", "PXM".into(), None));
    has("Rates will stay low in the near future.", r, "the near future", "FUTURE_REF");
    assert_eq!(typed("a one-day trip", r, "one-day"), ("DURATION", "P1D".into(), None));
    assert_eq!(typed("a decades-long battle", r, "decades-long"), ("DURATION", "PXDE".into(), None));
    has(
        "Net rose to $5 million from $4 million in the 1988 quarter, after the third quarter.",
        r,
        "the third quarter",
        "1989-Q3",
    );
    has("Net in the third quarter rose. It was $4 million in the 1988 period.", r, "the 1988 period", "1988-Q3");
    // "soon" is not marked.
    assert!(values("Talks will resume soon.", r).is_empty());
}

#[test]
fn holidays() {
    let r = day(2016, 9, 23);
    has("Polls open on Election Day.", r, "Election Day", "2016-11-08");
    has("Shops closed on Labor Day.", r, "Labor Day", "2016-09-05");
    has("It was quiet over Christmas.", r, "Christmas", "2015-12-25");
    has("Crowds gathered at Easter.", r, "Easter", "2016-03-27");
    has("Crowds gathered on Good Friday.", day(2019, 5, 1), "Good Friday", "2019-04-19");
    has("They met on Valentine's Day.", r, "Valentine's Day", "2016-02-14");
    has("Families gathered on Thanksgiving.", day(2016, 12, 1), "Thanksgiving", "2016-11-24");
    has("Polls open on Election Day.", None, "Election Day", "XXXX-11-XX");
    // Leap years and the computus' extremes.
    assert_eq!(super::rules::easter_for_tests(2038), Date::new(2038, 4, 25).ok());
    assert_eq!(super::rules::easter_for_tests(2285), Date::new(2285, 3, 22).ok());
    assert_eq!(super::rules::easter_for_tests(2000), Date::new(2000, 4, 23).ok());
}

#[test]
fn names_and_idioms_are_not_times() {
    let r = day(1999, 3, 13);
    let found = values("The ministers of Hungary and Jan Kavan of the Czech Republic signed. High Noon was shown.", r);
    assert!(found.is_empty(), "{found:?}");
    has("In January President Havel spoke.", r, "January", "1999-01");
    // A thing of a holiday is no date; the holiday is.
    let found = values("He went to see the Christmas tree and sent Christmas cards.", r);
    assert!(found.is_empty(), "{found:?}");
    has("He will be home for Christmas.", r, "Christmas", "1999-12-25");
    // A surname that is a month's name, in a list of people.
    let found = values("The panel: Drew Ivers, Jill June, Lori Jungling and Jeff Kaufmann.", r);
    assert!(found.is_empty(), "{found:?}");
    has("The April survey found Clinton ahead.", r, "April", "1999-04");
    // Programmes and papers named with a time word.
    for text in [
        "Baker, speaking on ABC News' \"This Week,\" said the request helps.",
        "Gonzalez said on CBS's \"60 Minutes.\"",
        "This is VOA Today.",
    ] {
        assert!(values(text, r).is_empty(), "{text}: {:?}", values(text, r));
    }
    // A title-case headline keeps its times.
    has("Talks Will Resume This Week In Geneva", r, "This Week", "1999-W10");
    // The present age, the future at large, a discourse "Now,", an age, a rate of always.
    for text in [
        "The case is for today's youth what the blockade was for their parents.",
        "If I were choosing the people of tomorrow, I would choose them.",
        "Now, he says, it looks different.",
        "Her stepmother married his father when he was in his 30s.",
        "The quarter-to-quarter comparison was enhanced.",
        "An officer must be stationed there 24 hours a day.",
    ] {
        assert!(values(text, r).is_empty(), "{text}: {:?}", values(text, r));
    }
    has("The offer, advertised in today's editions, is open.", r, "today", "1999-03-13");
    has("It depends on the results of tomorrow's vote.", r, "tomorrow", "1999-03-14");
    has("Now officials are investigating.", r, "Now", "PRESENT_REF");
    has("Guards stayed for 24 hours.", r, "24 hours", "PT24H");
    has("It grew fast in the 30s.", r, "the 30s", "193");
}

#[test]
fn units_of_work_and_quarters_of_losses() {
    let r = day(1989, 10, 30);
    has("Eight trading days after Oct. 12, the index fell.", r, "Eight trading days", "P8D");
    has("It turned a profit after several quarters of losses.", r, "several quarters", "PXQ");
    assert!(values("He won three quarters of the vote.", r).is_empty());
    // An earlier quarter named in passing does not displace the one reported.
    let text = "Net rose in the third quarter. After a flat second quarter, sales grew. A year ago, net was $2 million.";
    has(text, r, "A year ago", "1988-Q3");
}

#[test]
fn decades_in_words() {
    let r = day(1998, 3, 3);
    has("Prices were high in the nineties.", r, "the nineties", "199");
    assert_eq!(typed("It began in the late sixties.", r, "the late sixties"), ("DATE", "196".into(), Some("END")));
    assert!(values("She is in her sixties.", r).is_empty());
}

#[test]
fn earnings_reports_compare_with_the_reported_quarter() {
    let r = day(1989, 10, 26);
    // The reported quarter stays the subject for several paragraphs.
    let text = "Net rose 5% in the third quarter. Sales were flat. Costs fell. Margins widened. Debt fell. \
                A year earlier, net was $2 million.";
    has(text, r, "A year earlier", "1988-Q3");
    // The nine months to date turn the comparison to the year.
    let text = "Net rose 5% in the third quarter. For the nine months, net was $9 million, up from $8 million a year earlier.";
    has(text, r, "a year earlier", "1988");
    // A quarter not yet over is a forecast, not the quarter reported.
    let text = "Net rose in the third quarter. It expects a loss in the fourth quarter. Sales were $5 million a year ago.";
    has(text, r, "a year ago", "1988-Q3");
    let text = "Net rose in the third quarter. U.K. sales for last year's quarter were $3 million.";
    has(text, r, "last year's quarter", "1988-Q3");
    has("It could be effective as early as next year's first quarter.", r, "next year's first quarter", "1990-Q1");
    // A figure compared with "last year" in a sentence about a quarter is that quarter's.
    has(
        "In the latest quarter, it lost $23 million, compared with earnings of $33 million last year.",
        r,
        "last year",
        "1988-Q3",
    );
    has("Sales were $5 million, up from $4 million last year.", r, "last year", "1988");
    // Before any quarter is named, "the year-ago quarter" is the one just ended, a year before.
    has("In the year-ago quarter, it earned $1 million.", r, "the year-ago quarter", "1988-Q3");
}

#[test]
fn fractions_halves_and_parts_of_days() {
    let r = day(1989, 11, 2);
    // Fractions of a unit are whole numbers of the next smaller one.
    has("They lived in camps for 2 1/2 years.", r, "2 1/2 years", "P2Y6M");
    has("The visit took 5 1/2 hours.", r, "5 1/2 hours", "PT5H30M");
    has("The strike lasted for a year and a half.", r, "a year and a half", "P1Y6M");
    // Halves of a year, and halves of something else.
    has("It will last through the first two quarters of 1990.", r, "the first two quarters of 1990", "1990-H1");
    has("Earnings will fall in the last half of 1989.", r, "the last half of 1989", "1989-H2");
    assert!(values("He scored in the second half of the match.", r).is_empty());
    // Parts of days named by the words around them.
    has("In London at mid-afternoon yesterday, shares were up.", r, "mid-afternoon yesterday", "1989-11-01TAF");
    has("By mid afternoon, officials were saying it was over.", r, "mid afternoon", "1989-11-02TAF");
    assert!(values("The afternoon session was calm.", r).is_empty());
    // Hours and minutes "later" are stretches.
    has("Just over an hour later, he was declared dead.", r, "over an hour", "PT1H");
    has("But a minute and a half later, a pilot calls in.", r, "a minute and a half", "PT1M30S");
}

#[test]
fn a_second_day_joined_to_a_date() {
    let r = day(1999, 2, 10);
    let text = "The summit will be held on April 24 and 25.";
    has(text, r, "April 24", "1999-04-24");
    has(text, r, "25", "1999-04-25");
    has("Voting is on March 3 or 4.", r, "4", "1999-03-04");
    // A number after the date that counts something else is no day.
    assert_eq!(values("On April 24 and 25 percent of them voted.", r).len(), 1);
    assert_eq!(values("Sales rose on Jan. 5 and 3 others fell.", r).len(), 1);
    // Without a reference date the second day keeps the month and leaves the year open.
    has("Ministers meet in Budapest on April 7-9, the paper said.", None, "9", "XXXX-04-09");
    has("They met on Feb. 28 and 29.", None, "29", "XXXX-02-29");
}

#[test]
fn stretches_of_unsaid_length_and_single_units() {
    let r = day(2000, 4, 3);
    assert_eq!(typed("Over the years, many more patients died.", r, "the years"), ("DURATION", "PXY".into(), None));
    has("In the years that followed, the rebels waged war.", r, "the years", "PXY");
    has("Funds must pay investors in the weeks ahead.", r, "the weeks ahead", "PXW");
    // "The weeks before the shooting" is a time told from an event, not a stretch.
    assert!(values("His car was seen in the weeks before the shooting.", r).is_empty());
    // One unit after a hedge, "as long as" or the one it is given to.
    has("The move comes barely a month after the cuts.", r, "a month", "P1M");
    has("The appeal could take as long as a month or two.", r, "a month", "P1M");
    has("He offered him a week to withdraw.", r, "a week", "P1W");
    // A single unit measured from an event is a stretch too (TimeML's "one year after he was
    // killed": P1Y).
    has("The talks were held a week after the vote.", r, "a week", "P1W");
    assert!(values("The talks were held a week.", r).is_empty());
}

#[test]
fn more_units_and_hundreds_of_them() {
    let r = day(2000, 6, 1);
    has("He will remain for at least two more weeks.", r, "at least two more weeks", "P2W");
    has("The loan may be extended for an additional year.", r, "an additional year", "P1Y");
    has("Profits doubled for four straight years.", r, "four straight years", "P4Y");
    has("It has been so for almost a hundred years.", r, "almost a hundred years", "P100Y");
    assert_eq!(typed("They will live without power for a while.", r, "a while"), ("DURATION", "PXX".into(), None));
    // "two more" that are not units, and a "while" that is a conjunction.
    assert!(values("Two more people were hurt while a crowd watched.", r).is_empty());
}

#[test]
fn a_clock_time_takes_the_day_after_its_gmt_conversion() {
    let r = day(1998, 8, 8);
    let text = "The blast occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a building.";
    assert_eq!(typed(text, r, "10:35 a.m."), ("TIME", "1998-08-07T10:35".into(), None));
    has("The blast occurred at 10:35 a.m. (local time).", r, "10:35 a.m.", "1998-08-08T10:35");
}

#[test]
fn the_following_month_is_told_from_a_month_named_paragraphs_before() {
    let r = day(1989, 10, 27);
    let text = "In March, the company received an offer. It also was considering a restructuring. \
                A group urged the company to take some steps. \
                The following month, the company put itself up for sale.";
    has(text, r, "The following month", "1989-04");
    // Without any earlier date it is still the month after the reference date.
    has("The following month, the plant will close.", r, "following month", "1989-11");
}

#[test]
fn fiscal_years_named_from_the_reference() {
    let r = day(1989, 11, 2);
    has("It expects sales in the current fiscal year to rise.", r, "current fiscal year", "1989");
    has("Sales fell in the last fiscal year.", r, "last fiscal year", "1988");
    has("It will pay next calendar year.", r, "next calendar year", "1990");
    // A fiscal word before anything but a year or quarter changes nothing.
    has("The current fiscal policy is tight.", r, "current", "PRESENT_REF");
}

#[test]
fn the_count_of_something_still_running_is_the_present() {
    let r = day(1998, 3, 6);
    has("It's the second day of an offensive by the police.", r, "the second day", "1998-03-06");
    has("Today is the eighth day of Desert Shield.", r, "the eighth day", "1998-03-06");
    has("This is the third year of the drought.", r, "the third year", "1998");
    // Told in the past, or without a copula, the count names no day we know.
    assert!(values("It was the second day of the strike.", r).is_empty());
    assert!(values("He spent the second day of the trip asleep.", r).is_empty());
    assert!(values("It happened in Clinton's second year of office.", r).is_empty());
}

#[test]
fn early_and_late_with_their_article() {
    let r = day(1989, 10, 26);
    assert_eq!(
        typed("Orders rose from the low levels of the early summer.", r, "the early summer"),
        ("DATE", "1989-SU".into(), Some("START"))
    );
    has("The group held power in the late 1970s.", r, "the late 1970s", "197");
    has("It aims at half the market by the mid-1990s.", r, "the mid-1990s", "199");
    // A hyphenated month before a noun is an adjective: the article is the noun's.
    has("She made the late-November trip.", r, "late-November", "1989-11");
}

#[test]
fn unsaid_amounts_later_and_later_dates() {
    let r = day(1989, 10, 27);
    // Told from the narrative, "a few days later" is no FUTURE_REF: it says a few days passed.
    let text = "In January, it hired a new chief. A few days later, it announced lower earnings.";
    assert_eq!(typed(text, r, "A few days"), ("DURATION", "PXD".into(), None));
    assert!(!values(text, r).iter().any(|(_, v)| v == "FUTURE_REF"));
    has("It may raise more money at a later date.", r, "a later date", "FUTURE_REF");
    has("Terms will be set at some future date.", r, "some future date", "FUTURE_REF");
    assert!(values("The date was a later one.", r).is_empty());
}

#[test]
fn a_month_before_its_noun() {
    let r = day(1999, 2, 10);
    has("The March accession will let them join.", r, "March", "1999-03");
    has("Polls ahead of the May elections show a close race.", r, "May", "1999-05");
    assert!(values("The March of Dimes raised money.", r).is_empty());
    assert!(values("They joined the March on Washington.", r).is_empty());
}

#[test]
fn the_year_compared_and_the_year_of_a_figure() {
    let r = day(1989, 10, 27);
    has("The gain means twice as high a dividend this year as last.", r, "last", "1988");
    has("Sales were higher this month than last.", r, "last", "1989-09");
    // "last" before its own noun is no elided year.
    assert!(!values("It was bigger this year than last time.", r).iter().any(|(t, _)| t == "last"));
    has("The stock rose to a high for the year of $42.875 a share.", r, "the year", "1989");
    assert!(values("He was named man of the year of the club.", r).is_empty());
}

#[test]
fn a_year_after_pre_or_post() {
    let r = day(2000, 2, 24);
    has("The post-1959 politics have split families.", r, "1959", "1959");
    has("Sales fell in 11/2016, the firm said.", r, "2016", "2016");
    has("Output is back to pre-1990 levels.", r, "1990", "1990");
    assert!(values("It sold 1990 units.", r).is_empty());
}

#[test]
fn the_day_before_a_date() {
    let r = day(2000, 2, 24);
    has("The day before last Tuesday's hearing, he went home.", r, "The day before last Tuesday", "2000-02-21");
    has("Shops opened the day after Christmas.", r, "the day after Christmas", "1999-12-26");
    // "the day before the vote" names no date we know.
    assert!(values("He left the day before the vote.", r).is_empty());
}

#[test]
fn that_same_day_is_that_day() {
    let r = day(1999, 2, 6);
    let text = "He was killed on Oct. 23. His name was crossed out that same day.";
    has(text, r, "that same day", "1998-10-23");
    // After a month, it is a day of that month, which one unsaid.
    let text = "He was killed last October. His name was crossed out that same day.";
    has(text, r, "that same day", "1998-10-XX");
    assert!(values("Funds fell in September. You have strong redemptions that day.", r).len() == 1);
    assert!(values("He looks to the primaries in March. The strategy was outlined that day.", r).len() == 1);
}

#[test]
fn the_quarter_ended_on_a_day() {
    let r = day(1989, 10, 30);
    has("In the quarter ended July 31, it had 5.6 million shares.", r, "the quarter", "1989-Q2");
    has("For the quarter ended Sept. 30, it earned $1 million.", r, "the quarter", "1989-Q3");
    // Without an end day it is the quarter just over.
    has("In the quarter, it earned $1 million.", r, "the quarter", "1989-Q3");
}

#[test]
fn ranges_of_units_mark_both_ends() {
    let r = day(1989, 10, 30);
    let text = "Shipments will resume within two to three weeks.";
    has(text, r, "two", "P2W");
    has(text, r, "three weeks", "P3W");
    has("Patients wait three or four days.", r, "three", "P3D");
    // A range of something else is no time.
    assert!(values("He scored two to three goals.", r).is_empty());
}

#[test]
fn day_after_day_does_not_nest() {
    let r = day(2000, 2, 24);
    let text = "day after ".repeat(2000) + "Christmas.";
    // Linear work: one expression at most, found without recursing through the chain.
    assert!(values(&text, r).len() <= 2);
}

#[test]
fn numeric_dates_with_two_digit_years_and_without_a_year() {
    let r = day(2016, 9, 19);
    has("Obama spoke in Washington DC (9/17/16).", r, "9/17/16", "2016-09-17");
    // The century that puts a two-digit year at most ten years after the article's date.
    has("The deal was signed 3/2/99.", r, "3/2/99", "1999-03-02");
    has("The lease ends 12/31/26.", r, "12/31/26", "2026-12-31");
    // "9/11" names the 2001 attacks, whatever the article's date.
    has("After the 9/11 attacks, Bush kept the homeland safe.", r, "9/11", "2001-09-11");
    has("Americans vote on 11/8.", r, "11/8", "2016-11-08");
    // Elsewhere a month/day pair is too often a fraction or a score to be a date.
    assert!(values("The Spurs won 3/4 of their games.", r).is_empty());
    assert!(values("He went 4/5 from the line.", r).is_empty());
}

#[test]
fn and_a_half() {
    let r = day(2016, 9, 19);
    has("He waited two and a half years.", r, "two and a half years", "P2Y6M");
    has("It took 2 and a half hours.", r, "2 and a half hours", "PT2H30M");
    has("a four-and-a-half-month delay", r, "four-and-a-half-month", "P4.5M");
}

#[test]
fn ages_in_decades_are_not_decades() {
    let r = day(2011, 3, 31);
    assert!(values("Women in their early 20s wear them, and women in their 50s too.", r).is_empty());
    assert!(values("She is in her mid-30s; he is in his late sixties.", r).is_empty());
    has("The boom ended in the late sixties.", r, "the late sixties", "196");
}

#[test]
fn clock_times_with_a_part_of_the_day() {
    let r = day(2016, 9, 12);
    has("The plan should be ready by 6 o’clock this afternoon.", r, "6 o’clock this afternoon", "2016-09-12T18:00");
    has("We meet at 7 tonight.", r, "7 tonight", "2016-09-12T19:00");
    has("He left at 4 in the morning.", r, "4 in the morning", "2016-09-12T04:00");
    // Said of today it would be "this morning": a future "in the morning" is tomorrow's.
    has("He will leave at 4 in the morning.", r, "4 in the morning", "2016-09-13T04:00");
    // A bare number needs the part of the day to be a time.
    assert!(values("He scored 4 in the game.", r).is_empty());
}

#[test]
fn until_then_is_the_time_last_named() {
    let r = day(1989, 10, 30);
    let text = "The rights will terminate on Nov. 30. Until then, the stock remains convertible.";
    has(text, r, "then", "1989-11-30");
    assert_eq!(anchor_of(text, r, "then").as_deref(), Some("1989-11-30"));
    // Without a time named before, and "then" as "next", it is no time.
    assert_eq!(values("Until then, the stock remains convertible.", r).len(), 0);
    assert_eq!(values("It fell on Monday and then rose.", r).len(), 1);
}

#[test]
fn the_week_of_a_day_and_easter_week() {
    let r = day(2000, 2, 24);
    has("It may be resolved in a hearing the week of March 6, he said.", r, "the week of March 6", "2000-W10");
    has("Protesters prayed as Easter week began.", day(2000, 4, 17), "Easter week", "2000-W16");
    has("Protesters prayed on Easter.", day(2000, 4, 17), "Easter", "2000-04-23");
}

#[test]
fn in_the_morning_is_that_part_of_the_day_last_named() {
    let r = day(1989, 10, 30);
    let text = "Hopes were dashed Friday. Dealers placed heavy buy orders in the morning to start trading.";
    has(text, r, "the morning", "1989-10-27TMO");
    assert_eq!(anchor_of(text, r, "the morning").as_deref(), Some("1989-10-27"));
    has("Dealers sold during the afternoon.", r, "the afternoon", "1989-10-30TAF");
    // A past event is not on a day named ahead.
    let text = "The primary is on Nov. 7. Four rivals debated earlier in the evening.";
    has(text, r, "the evening", "1989-10-30TEV");
    // "the night of Oct. 23" is the date's; "the morning session" names no part of a day.
    assert!(!values("He was shot in the night of Oct. 23.", r).iter().any(|(t, _)| t.contains("night")));
    assert!(values("Shares rose in the morning session.", r).is_empty());
}

#[test]
fn an_hour_in_words_and_the_day_in_its_bracket() {
    let r = day(2000, 4, 5); // a Wednesday
    let text = "This father will leave at 4 in the morning (4 a.m. EDT Thursday), Castro said.";
    has(text, r, "4 in the morning", "2000-04-06T04:00");
    has(text, r, "4 a.m. EDT Thursday", "2000-04-06T04:00");
    has("The shots came at ten at night.", r, "ten at night", "2000-04-05T22:00");
    has("They met at three in the afternoon.", r, "three in the afternoon", "2000-04-05T15:00");
    has("They met at 12 in the morning.", r, "12 in the morning", "2000-04-05T00:00");
    has("He tweets at three o’clock in the morning.", r, "three o’clock in the morning", "2000-04-05T03:00");
    has("They met at five o'clock.", r, "five o'clock", "2000-04-05T05:00");
    // A number that is no hour: points, votes.
    assert!(!values("The Dow was up 12 in the morning session.", r).iter().any(|(t, _)| t.contains("12")));
}

#[test]
fn tens_and_units_in_words_without_a_hyphen() {
    let r = day(1998, 1, 8);
    has("In the last twenty four hours, the market has fallen.", r, "the last twenty four hours", "PT24H");
    has("It took twenty-five days.", r, "twenty-five days", "P25D");
    // Only a tens word takes a unit after it: "fifteen four" is no number.
    has("Fifteen four-day trips.", r, "four-day", "P4D");
}

#[test]
fn plural_weekdays_and_their_nights_are_sets() {
    let r = day(1998, 2, 13);
    let text = "Two flights would leave Bombay on Monday and Tuesday nights from March 30.";
    assert_eq!(typed(text, r, "Monday"), ("SET", "XXXX-WXX-1TNI".into(), None));
    assert_eq!(typed(text, r, "Tuesday nights"), ("SET", "XXXX-WXX-2TNI".into(), None));
    assert_eq!(typed("The shop is closed on Sundays.", r, "Sundays"), ("SET", "XXXX-WXX-7".into(), None));
    // One weekday and its night stay a date.
    has("They met on Monday and Tuesday night.", r, "Monday", "1998-02-09");
}

#[test]
fn day_ranges_and_fraction_characters() {
    let r = day(2011, 4, 1);
    has("Three Sisters runs from April 13-17.", r, "April 13", "2011-04-13");
    has("Three Sisters runs from April 13-17.", r, "17", "2011-04-17");
    has("It plays Apr. 7–9 at the hall.", r, "9", "2011-04-09");
    has("Crude hit fresh 2½-year highs.", r, "2½-year", "P2Y6M");
    has("He waited 2½ years.", r, "2½ years", "P2Y6M");
}

#[test]
fn wire_clock_times_and_title_case_sets() {
    // The British stop between hours and minutes, before a zone.
    has("At Upton Park on Saturday, kick-off 12.45 GMT.", day(2011, 4, 2), "12.45 GMT", "2011-04-02T12:45");
    let r = day(2011, 4, 1);
    has("A man drove up at about 0840 BST and leapt out.", r, "0840 BST", "2011-04-01T08:40");
    has("He was arrested at 0330 GMT.", r, "0330 GMT", "2011-04-01T03:30");
    // "on Friday" after a clock time gives its day; the weekday stays its own expression.
    has("The shooting occurred around 5:30 p.m. on Tuesday.", r, "5:30 p.m.", "2011-03-29T17:30");
    has("The shooting occurred around 5:30 p.m. on Tuesday.", r, "Tuesday", "2011-03-29");
    has("They met at 9 a.m. on March 3.", r, "9 a.m.", "2011-03-03T09:00");
    // A street address, a docket number or a phone number's last part is not a year.
    for text in [
        "It happened near 400 South and 1600 West.",
        "He lived at 1600 Pennsylvania Avenue.",
        "The court sent back Zubik v. Burwell, No. 14-1418, to the lower courts.",
        "Call Andy Vuong at 303-954-1209 for details.",
    ] {
        assert!(values(text, r).is_empty(), "{text:?}: {:?}", values(text, r));
    }
    // The bracketed conversion falls on the weekday after the bracket, like the local time.
    has("It occurred at 10:35 a.m. (0735 GMT) Tuesday.", r, "0735 GMT", "2011-03-29T07:35");
    // Years cut to two digits, after an apostrophe either way round.
    has("That's what he did in ’08 and ’12.", r, "’08", "2008");
    has("That's what he did in ’08 and ’12.", r, "’12", "2012");
    has("Electing Obama in ‘08 mattered.", r, "‘08", "2008");
    has("The crash of '87 hurt.", r, "'87", "1987");
    // In a title-case headline a capital does not make a name.
    has("Half a Million Die From Smoking Yearly in U.S.", r, "Yearly", "P1Y");
}

#[test]
fn the_day_before_and_the_year_before_follow_the_narrative() {
    let r = day(2000, 2, 24);
    let text = "He was arrested on Tuesday, Feb. 22. The day before, he fled. The year before, sales fell.";
    has(text, r, "The day before", "2000-02-21");
    has(text, r, "The year before", "1999");
    // Before a noun phrase or a clause it is told from an event, which has no date here.
    for text in [
        "He was arrested on Feb. 22. The day after the vote, he quit.",
        "He was arrested on Feb. 22. The day before he died, he wrote.",
    ] {
        assert!(!values(text, r).iter().any(|(t, _)| t.starts_with("The day")), "{text:?}: {:?}", values(text, r));
    }
}

#[test]
fn named_days_plans_in_the_past_and_clock_times_of_the_story() {
    let r = day(2016, 2, 10);
    // Super Tuesday is the first Tuesday of March of an American election year; other named days
    // are not the weekday of this week.
    has("Eleven states vote on March 1, known as Super Tuesday.", r, "Tuesday", "2016-03-01");
    has("They vote on Super Tuesday.", day(2020, 1, 15), "Tuesday", "2020-03-03");
    assert!(values("Shoppers crowded stores on Black Friday.", r).is_empty());
    // "was scheduled to" tells a plan in the past: the nearest such day (here the day before).
    has("He was scheduled to leave New Hampshire late Tuesday.", r, "late Tuesday", "2016-02-09");
    has("Palin was scheduled to speak Saturday morning.", day(2016, 4, 15), "Saturday morning", "2016-04-16TMO");
    // "until" after a past verb is over: written on a Sunday, the Friday before.
    has("They kept going until nearly 2 a.m. Friday in defiance.", day(2016, 9, 25), "2 a.m. Friday", "2016-09-23T02:00");
    has("You have until 9 a.m. Tuesday to file.", day(2016, 9, 25), "9 a.m. Tuesday", "2016-09-27T09:00");
    // "six to eight weeks ago" is one time, approximately (`two_numbers_joined_by_or_are_one_time_approximately`).
    has("It would have been drafted six to eight weeks ago.", day(2016, 7, 20), "six to eight weeks ago", "2016-W21");
    // "was going to" as well: written on a Thursday, the Wednesday before; on a Monday, the one after.
    let thursday = day(2016, 4, 21);
    has("He said he was going to go back to work on Wednesday morning.", thursday, "Wednesday morning", "2016-04-20TMO");
    has("They said they were going to vote on Wednesday.", day(2016, 4, 18), "Wednesday", "2016-04-20");
    // "next" of a noun orders things, the verb tells when.
    has("His next speech, on May 28, was delivered in Texas.", day(2015, 12, 15), "May 28", "2015-05-28");
    // A past event's clock time falls on the day the story last named.
    let text =
        "Sanders won the primary on Tuesday. Clinton conceded when polls closed at 8 p.m., aides said. Polls open at 7 a.m.";
    has(text, r, "8 p.m.", "2016-02-09T20:00");
    has(text, r, "7 a.m.", "2016-02-10T07:00");
}

#[test]
fn weeks_of_a_month_half_dozens_and_months_of_last_year() {
    let r = day(2016, 4, 10);
    // The ISO week holding the middle of that seven-day stretch of the month.
    has("Clinton's peak came the last week of October.", r, "the last week of October", "2015-W44");
    has("The first week of June was hot.", r, "The first week of June", "2016-W22");
    has("Talks resume in the second week of May 2017.", r, "the second week of May 2017", "2017-W19");
    has("Sanders stumbled over the past half-dozen days.", r, "the past half-dozen days", "P6D");
    has("He spoke for half a dozen days.", r, "half a dozen days", "P6D");
    has("It happened in a dozen days.", r, "a dozen days", "P12D");
    has("Since June of last year, Trump has posted.", r, "June of last year", "2015-06");
    has("Obama won the 2008 and 2012 cycles.", r, "2012", "2012");
    // Election news speaks of the coming election unless the clause is in the past.
    has("Working backward from Election Day, the time is fast approaching.", r, "Election Day", "2016-11-08");
    has("Turnout was low on Election Day.", day(2016, 12, 1), "Election Day", "2016-11-08");
}

#[test]
fn names_that_hold_a_time_word_are_no_times() {
    let r = day(2016, 6, 29);
    for text in [
        "The group Easter Seals sent a letter this week.",
        "He said so, according to the Las Vegas Sun.",
        "The best use a ''zero day'' flaw.",
        "It found a zero-day vulnerability.",
    ] {
        let found = values(text, r);
        assert!(found.iter().all(|(t, _)| t == "this week"), "no time but 'this week' expected in {text:?}, found {found:?}");
    }
    // Quoted titles of shows: their time word is no time; quoted speech keeps its times.
    for text in [
        "Bush is joining the ''Today'' show as an anchor.",
        "She is not the first to land a job on \"Today.\" Nor the last.",
        "He stumbled three times on ''Fox News Sunday'' about whom he would call.",
        "They argued over whether to add a clip from \"Back to the Future\" or a lava lamp.",
    ] {
        assert!(values(text, r).is_empty(), "no time expected in {text:?}, found {:?}", values(text, r));
    }
    has("Staff went to all of the \"Super Tuesday\" states.", day(2016, 1, 31), "Tuesday", "2016-03-01");
    has("She boomed, ''Today, you proved once again there is no place like home.''", r, "Today", "2016-06-29");
    has("He said: \"We will meet Sunday.\"", r, "Sunday", "2016-07-03");
    // The holiday itself, and a weekday's short form where listings write it, still are.
    has("It was held on Easter.", r, "Easter", "2016-03-27");
    has("The fair opens Sun., July 3.", r, "Sun., July 3", "2016-07-03");
}

#[test]
fn a_short_weekday_after_an_acronym_is_a_day() {
    let found = values("Larry Page takes over as CEO Mon., replacing Eric Schmidt.", None);
    assert_eq!(found, [("Mon.".to_string(), "XXXX-WXX-1".to_string())]);
}

#[test]
fn at_the_end_of_the_day_is_an_idiom() {
    let r = day(2016, 9, 26);
    assert!(values("\"At the end of the day, we need to step away,\" he said.", r).is_empty());
    has("Talks must finish by the end of the day.", r, "the end of the day", "2016-09-26");
}

#[test]
fn seasons_from_january_and_february_and_days_a_future_possesses() {
    let feb = day(2016, 2, 10);
    has("The race could stretch well into the spring.", feb, "the spring", "2016-SP");
    has("Sales fell in the spring.", feb, "the spring", "2015-SP");
    has("It was cold during the winter.", feb, "the winter", "2015-WI");
    has("He will vote at the convention this summer.", feb, "this summer", "2016-SU");
    has("It is cold this winter.", feb, "this winter", "2015-WI");
    has("They met last summer.", feb, "last summer", "2015-SU");
    has("They meet next summer.", feb, "next summer", "2016-SU");
    let r = day(2016, 9, 23); // a Friday
    has("Trump will probably use Monday's encounter to make news.", r, "Monday", "2016-09-26");
    has("Wednesday's ruling stands, he said.", r, "Wednesday", "2016-09-21");
}

#[test]
fn numbers_below_1500_are_years_only_where_a_date_is_taken() {
    let r = day(2016, 9, 23);
    assert!(values("It brings the total to 1000.", r).is_empty());
    assert!(values("In 1000 cases the court ruled.", r).is_empty());
    has("Magna Carta was sealed in 1215.", r, "1215", "1215");
    // A number glued to letters is a code.
    assert!(values("He posted Jamesson u2013 again.", r).is_empty());
}

#[test]
fn this_past_week_dates_of_last_year_and_what_is_ahead() {
    let r = day(2016, 5, 24); // a Tuesday
    has("He raised money for another this past week.", r, "this past week", "2016-W20");
    has("We met this past Sunday.", r, "this past Sunday", "2016-05-22");
    has("It began on June 16th of last year.", r, "June 16th of last year", "2015-06-16");
    assert_eq!(typed("He said the past week was hard.", r, "the past week").1, "P1W");
    let friday = day(2016, 1, 29);
    has("She is in a tight race ahead of the Iowa caucuses on Monday.", friday, "Monday", "2016-02-01");
    has("The race turned nasty ahead of New York's Tuesday primary.", day(2016, 4, 15), "Tuesday", "2016-04-19");
    // A lead over a rival is no event ahead.
    has("She was 40 points ahead of Sanders in polls taken in December.", day(2016, 2, 20), "December", "2015-12");
}

#[test]
fn over_a_length_of_time_is_more_than_or_across() {
    let r = day(2016, 1, 20);
    // "more than" after the words that take a length of time, and before "ago".
    assert_eq!(typed("He has lived there for over 10 years.", r, "over 10 years").2, Some("MORE_THAN"));
    assert_eq!(typed("The war lasted over a week.", r, "over a week").2, Some("MORE_THAN"));
    assert_eq!(typed("In just over a week, the shop raised money.", r, "over a week").2, Some("MORE_THAN"));
    assert_eq!(typed("He left over 30 years ago.", r, "over 30 years ago").2, Some("MORE_THAN"));
    // "across" at the start of a sentence, after a figure, after a verb of change.
    assert_eq!(
        typed("Over 10 years, through fiscal year 2025, deficits would add up.", r, "10 years"),
        ("DURATION", "P10Y".into(), None)
    );
    assert_eq!(typed("It would cost about $10 trillion over 10 years.", r, "10 years").2, None);
    assert_eq!(typed("The wage would climb gradually over six years.", r, "six years").2, None);
    assert_eq!(typed("It left a hole in the budget over a decade.", r, "a decade").2, None);
}

#[test]
fn a_weekday_that_is_some_such_day_or_a_paper() {
    let r = day(2016, 4, 12); // a Tuesday
    has("He was killed on a Sunday in May.", r, "Sunday", "XXXX-WXX-7");
    has("It happened on a Friday night.", r, "Friday night", "XXXX-WXX-5TNI");
    // "at a Tuesday rally" is this week's.
    has("It's amazing, he said at a Tuesday rally.", r, "Tuesday", "2016-04-12");
    has("Trump coined the phrase during a Saturday rally in Watertown.", r, "Saturday", "2016-04-09");
    // "the Sunday Times" is a paper; "the Sunday TV shows" are the day's.
    assert!(values("He told reporters that he writes a column for the Sunday Times.", r).is_empty());
    assert!(values("Speaking to The Sunday Telegraph, he added that it was safe.", r).is_empty());
    assert_eq!(values("Guest lineup for the Sunday TV news shows.", r).len(), 1);
}

#[test]
fn later_counts_from_the_story_time_a_paragraph_back() {
    let r = day(2016, 9, 8);
    let text = "On Nov. 11, 2014, the two sealed their agreement.\n\n\"By locking in China,\" Mr. Obama said, \
                \"it allowed me to go to India. Look. We do not expect them to do the same. They said so.\"\n\n\
                A little more than a year later, in Paris, the United States led the talks.";
    has(text, r, "more than a year later", "2015");
}

#[test]
fn a_recent_year_between_a_determiner_and_its_noun_is_a_year() {
    let r = day(2016, 4, 8);
    has("Two Americans were killed in the 2012 attacks on a compound.", r, "2012", "2012");
    has("He is better than any of the Republican 2016 hopefuls.", r, "2016", "2016");
    has("Advocates lean on all 2016 campaigns to act.", r, "2016", "2016");
    has("He regretted it after the 2012 loss to Obama.", r, "2012", "2012");
    // Counts stay counts.
    assert!(values("The 2000 people who came were fed.", r).is_empty());
    assert!(values("They sent about 1990 troops.", r).is_empty());
}

#[test]
fn a_decade_later_than_a_decade() {
    let r = day(2011, 4, 1);
    has("The murders came in two waves, during the mid-1970s and the other a decade later.", r, "a decade later", "198");
    has("Prices fell in the 1990s and rose two decades later.", r, "two decades later", "201");
}

#[test]
fn levels_in_the_fifties_and_hyphenated_ages_are_not_times() {
    let r = day(2016, 8, 10);
    let text = "Obama's approval rating has risen to the low 50s. Clinton has improved to the low 40s, \
                while Trump's remains in the 30s. Bush's approval rating dipped into the mid-20s. Highs will be in the 70s.";
    let found = values(text, r);
    assert!(found.is_empty(), "{found:?}");
    // A decade stays one: with its century, its apostrophe, or no measure near.
    has("He grew up in the 1950s and in the '60s.", r, "the 1950s", "195");
    has("He grew up in the 50s, in Ohio.", r, "the 50s", "195");
    // "then 29-years-old" is an age, the quantities' own.
    assert_eq!(values("In 1962 Viguerie, then 29-years-old, was named.", r), [("1962".to_string(), "1962".to_string())]);
    has("The years-old slump ended.", r, "years-old", "PXY");
}

#[test]
fn a_month_of_that_year_is_in_the_year_named_last() {
    let r = day(2016, 2, 5);
    let text = "Unemployment was at 7.8 percent when Obama took office in January 2009 and peaked at 10 percent in \
                October of that year. It fell in 2010. In March of the following year, it rose.";
    has(text, r, "October of that year", "2009-10");
    has(text, r, "March of the following year", "2011-03");
    // With no year named just before, the month stands alone.
    has("It began in January of that year.", r, "January", "2016-01");
}

#[test]
fn a_month_just_ahead_with_a_past_verb_close_by_is_last_years() {
    let r = day(2016, 1, 12);
    has("Mr. Cruz first stirred Iowa crowds in March at a Pastors and Pews event.", r, "March", "2015-03");
    has("The changes came after the Washington Post asked about them in February.", r, "February", "2015-02");
    has("It was a process that began in May and concluded Monday.", day(2016, 3, 3), "May", "2015-05");
    // Not a participle after a noun, a compound, or a deadline.
    has("About 70% of the ads reserved in February are negative.", r, "February", "2016-02");
    has("Then comes the delegate-packed April 19 New York primary.", day(2016, 3, 23), "April 19", "2016-04-19");
    has("It said it would extend its bid, due to expire last Thursday, to Nov. 6.", day(1989, 10, 30), "Nov. 6", "1989-11-06");
}

#[test]
fn a_half_or_a_quarter_of_the_year_is_one_expression() {
    let r = day(2016, 1, 29);
    has("It raised more in the second half of the year than in the first.", r, "the second half of the year", "2015-H2");
    has("Sales rose in the first half of last year.", r, "the first half of last year", "2015-H1");
    has("In the second half of this year, it will grow.", r, "the second half of this year", "2016-H2");
    has("Profit fell in the third quarter of last year.", r, "the third quarter of last year", "2015-Q3");
    // Halves of something else stay apart.
    assert!(values("He scored in the second half of the match.", r).is_empty());
}

#[test]
fn or_so_is_the_same_time_approximately() {
    let r = day(2000, 2, 24);
    assert_eq!(typed("Then, a week or so ago, he left.", r, "a week or so ago"), ("DATE", "2000-W07".into(), Some("APPROX")));
    assert_eq!(typed("He stayed for a week or so.", r, "a week or so"), ("DURATION", "P1W".into(), Some("APPROX")));
    assert_eq!(typed("It took 10 minutes or so.", r, "10 minutes or so"), ("DURATION", "PT10M".into(), Some("APPROX")));
    assert_eq!(typed("An hour or so later, he left.", r, "An hour or so"), ("DURATION", "PT1H".into(), Some("APPROX")));
    // Told from the narrative's previous time, as "two days later".
    assert_eq!(typed("He was arrested on Feb. 20. Two days or so later he left.", r, "Two days or so later").1, "2000-02-22");
}

#[test]
fn a_pair_of_amounts_shares_its_unit_and_an_age_range_is_no_stretch() {
    let r = day(2016, 11, 7);
    has("He is asked about incidents that happened 20 and 50 years ago.", r, "20", "1996");
    has("He is asked about incidents that happened 20 and 50 years ago.", r, "50 years ago", "1966");
    // Ages belong to the figures: "those 18 to 35 years old" is no stretch of 18 years.
    assert!(values("A survey of those 18 to 35 years old, and of Sarah and Tim, 27 and 29 years old.", r).is_empty());
}

#[test]
fn back_said_for_ago() {
    let r = day(2011, 4, 2);
    has("Thompson showed Depp the draft 15 years back, while Depp was shooting.", r, "15 years back", "1996");
    has("A few years back, he left the firm.", r, "A few years back", "PAST_REF");
    // "back to" goes somewhere: a stretch.
    has("It took us two years back to the start.", r, "two years", "P2Y");
}

#[test]
fn getting_ready_told_in_the_past() {
    let r = day(2016, 3, 30);
    has("As Trump prepared to speak in Wisconsin on Tuesday, a girl was pepper-sprayed.", r, "Tuesday", "2016-03-29");
    has("He is prepared to testify on Tuesday.", r, "Tuesday", "2016-04-05");
}

#[test]
fn narrative_anchors_without_a_reference_date() {
    let text = "They took place during the mid-1970s and the other a decade later.";
    has(text, None, "a decade later", "198");
    has("In 2008 he left; two years later he returned.", None, "two years later", "2010");
    // Without an earlier time, what "two years later" says is the stretch.
    has("Two years later he returned.", None, "Two years", "P2Y");
    // A date that cannot be placed moves the narrative away from the last year named.
    let text = "It was the sharpest drop since 1973. Three years ago he won, only to leave a year later.";
    has(text, None, "a year", "P1Y");
    let text = "Sales fell the most since 1973. Sales in March plunged 23.5 percent from a year earlier.";
    has(text, None, "a year earlier", "PAST_REF");
    // (A weekday in the same sentence as the year keeps it: fiscal 2010 ended on a Thursday.)
    let text = "In fiscal 2010 ended Thursday, sales fell 5.7 percent from the previous year.";
    has(text, None, "the previous year", "2009");
}

#[test]
fn a_fraction_of_a_year_ago() {
    has("The series began 2 1/2 years ago.", day(2011, 4, 2), "2 1/2 years ago", "2008-10");
    has("The series began 2 1/2 years ago.", None, "2 1/2 years ago", "PAST_REF");
}

#[test]
fn current_without_its_noun_is_no_time() {
    let r = day(2011, 4, 2);
    assert!(values("Joining the list are Bloomberg, Sprout, Hallmark Movie, Current, and TruTV.", r).is_empty());
    has("Neither agency sees the need to change current policy.", r, "current", "PRESENT_REF");
    has("Current and former officials said so.", r, "Current", "PRESENT_REF");
    has("She wants to raise it from the current $7.25 to $12.", r, "current", "PRESENT_REF");
    assert!(values("Why not try something a bit more current?", r).is_empty());
}

#[test]
fn an_event_ahead_named_by_its_day() {
    // Written on Friday 2016-06-03.
    let r = day(2016, 6, 3);
    has("He barnstorms there ahead of Tuesday's primary.", r, "Tuesday", "2016-06-07");
    has("We stand an excellent chance to win it on Tuesday.", r, "Tuesday", "2016-06-07");
    has("She was in California rather than New Jersey, which also holds its primary Tuesday.", r, "Tuesday", "2016-06-07");
    // Told in the past, the nearer day: written on Wednesday, Tuesday's primaries are over.
    let r = day(2016, 3, 16);
    has("Clinton had twice as many delegates heading into Tuesday's primaries.", r, "Tuesday", "2016-03-15");
    // Written on Sunday: Friday's meeting has been held.
    let r = day(2016, 9, 18);
    has("Ahead of Friday's meeting, France and Germany unveiled a plan.", r, "Friday", "2016-09-16");
}

#[test]
fn that_month_of_the_narrative_and_a_march_on_a_place() {
    let r = day(2016, 4, 26);
    let text = "In 1972, McGovern thrilled primary voters. But McGovern lost to Richard Nixon that November.";
    has(text, r, "November", "1972-11");
    assert_eq!(values("He leads the Coalition to Stop Trump and March on the RNC.", r).len(), 0);
    assert_eq!(values("The Women's March on Washington drew crowds.", r).len(), 0);
    has("The house met in January and March on the bill.", r, "March", "2016-03");
    // A passive past a month or two ahead of the writing is last year's.
    has("The company was sold in December.", day(1989, 10, 27), "December", "1988-12");
}

#[test]
fn months_after_a_season() {
    let r = day(2016, 7, 5);
    let text = "He called his publisher last summer. Eight months later, when Mr. Trump swept the primaries, they agreed.";
    has(text, r, "Eight months later", "2016-03");
    let text = "The talks began in the winter of 2014. Two months later they collapsed.";
    has(text, r, "Two months later", "2015-03");
}

#[test]
fn later_with_nothing_to_count_from_is_a_stretch() {
    // Written 2016-04-23; no time of the narrative before: not four days after the writing.
    let r = day(2016, 4, 23);
    has("The court voted to stall the plan. Justice Scalia died four days later.", r, "four days", "P4D");
    has("And a decade later, HP remains a firm on the brink.", r, "a decade", "P10Y");
    // With a time to count from, the date.
    has("The court voted on Feb. 9. Justice Scalia died four days later.", r, "four days later", "2016-02-13");
}

#[test]
fn a_present_verb_in_eed_is_no_past() {
    // "succeed", "proceed", "exceed" end in "-ed" but tell no past.
    let r = day(2016, 3, 7);
    has("Can he succeed in mobilizing new voters in November?", r, "November", "2016-11");
    has("The talks will proceed in November.", r, "November", "2016-11");
    // Past forms in "-eed" still do.
    has("The two sides agreed in November to a truce.", r, "November", "2015-11");
}

#[test]
fn a_duration_in_two_units_is_one() {
    let r = day(2016, 3, 21);
    has("It captured the debate in 3 minutes 32 seconds.", r, "3 minutes 32 seconds", "PT3M32S");
    has("He served two years and six months in prison.", r, "two years and six months", "P2Y6M");
    has("The flight took one day 10 hours.", r, "one day 10 hours", "P1DT10H");
    // A larger unit after a smaller one is another expression: "10 hours a day".
    let found = values("Her shifts can run 10 hours a day, six days in a row.", r);
    assert!(found.iter().any(|(t, v)| t == "10 hours" && v == "PT10H"), "{found:?}");
}

#[test]
fn a_sample_size_is_no_year() {
    let r = day(2015, 12, 10);
    let found = values("The Huffington Post-Morning Consult poll of 2047 registered voters was released Wednesday.", r);
    assert!(found.iter().all(|(t, _)| t != "2047"), "{found:?}");
    has("It was the survey of 2015, not of 2014.", r, "2015", "2015");
}

#[test]
fn a_vote_or_an_attack_named_by_its_day() {
    let r = day(2016, 7, 31);
    has(
        "Experts said they believed Russia engineered the release to influence the Nov. 8 U.S. presidential election.",
        r,
        "Nov. 8",
        "2016-11-08",
    );
    has("The nominee for the Nov. 8 election later said he was sarcastic.", r, "Nov. 8", "2016-11-08");
    has("He won the March 15 primary.", r, "March 15", "2016-03-15");
    has("He spoke about the Sept. 11 attacks.", r, "Sept. 11", "2001-09-11");
    has("The Sept. 11 anniversary falls on a Sunday this year.", r, "Sept. 11", "2016-09-11");
    // "looming" looks ahead.
    has("But he was not hopeful about the looming showdown in July.", day(2016, 4, 17), "July", "2016-07");
}

#[test]
fn an_adjective_looking_ahead_only_before_its_noun() {
    let r = day(2016, 4, 5);
    has("With New York's April 19 primary looming, Mayor Bill de Blasio on Monday intervened.", r, "Monday", "2016-04-04");
    // A singular attack on September 11 may be another year's (Benghazi, 2012).
    let found = values("He spoke days after the September 11 attack, which left four Americans dead.", r);
    assert!(found.iter().all(|(_, v)| v != "2001-09-11"), "{found:?}");
    has("He spoke of the Sept. 11 terrorist attacks.", r, "Sept. 11", "2001-09-11");
}

#[test]
fn a_game_quarter_is_no_date() {
    let r = day(2011, 3, 26);
    let found = values("The pushing began early in the fourth quarter after Terry shoved Steve Blake down on the court.", r);
    assert!(found.is_empty(), "{found:?}");
    let found = values("Boston led 60-48 in the third quarter.", r);
    assert!(found.is_empty(), "{found:?}");
    // Accounts keep their quarters, even with a "lead".
    has("Its lead in sales grew in the fourth quarter.", r, "the fourth quarter", "2010-Q4");
    has("Earnings rose in the third quarter.", r, "the third quarter", "2010-Q3");
}

#[test]
fn the_end_of_the_month_just_named() {
    let r = day(2015, 12, 31);
    has(
        "It will be adding this missing data in January 2016 and expects to be done by the end of the month.",
        r,
        "the end of the month",
        "2016-01",
    );
    has("We will be done by the end of the month.", r, "the end of the month", "2015-12");
}

#[test]
fn a_quarter_or_half_a_century() {
    let r = day(2016, 7, 27);
    has("It is no longer the party he reinvented a quarter-century ago.", r, "a quarter-century ago", "1991");
    has("It happened half a century ago.", r, "half a century ago", "1966");
    has("He served for a quarter century.", r, "a quarter century", "P25Y");
    has("It happened a quarter of a century ago.", r, "a quarter of a century ago", "1991");
    has("It took a quarter hour.", r, "a quarter hour", "PT15M");
    // "a quarter" alone is no amount of time.
    assert!(values("Sales fell a quarter earlier.", r).is_empty());
}

#[test]
fn a_clock_time_on_the_day_its_sentence_named() {
    let r = day(2015, 11, 23);
    has("On the November 24 show from 6AM to 9AM EST, Bannon will interview guests.", r, "6AM", "2015-11-24T06:00");
    has("On the November 24 show from 6AM to 9AM EST, Bannon will interview guests.", r, "9AM EST", "2015-11-24T09:00");
}

#[test]
fn a_clock_time_in_another_clause_keeps_its_own_day() {
    let r = day(2016, 1, 31);
    let found = values(
        "After a session on where they need to be caucusing Monday night, Ebeling and her husband set out just after 2 p.m.",
        r,
    );
    assert!(found.iter().any(|(t, v)| t == "2 p.m." && v == "2016-01-31T14:00"), "{found:?}");
}

#[test]
fn a_programme_named_daily() {
    let found = values("Breitbart News Daily: A World at War.", day(2015, 11, 23));
    assert!(found.is_empty(), "{found:?}");
    has("The paper is published daily.", day(2015, 11, 23), "daily", "P1D");
}

#[test]
fn a_participle_after_a_preposition_is_an_adjective() {
    let r = day(2015, 12, 18);
    has(
        "Celebrating Christmas Eve with marinated pork and then watching the Dolphins on New Year's Day.",
        r,
        "New Year's Day",
        "2016-01-01",
    );
}

#[test]
fn the_past_decade_and_a_half() {
    has("He blamed Clinton for the past decade and a half of policies.", day(2016, 7, 22), "the past decade and a half", "P15Y");
}

#[test]
fn two_numbers_joined_by_or_are_one_time_approximately() {
    let r = day(2016, 7, 16);
    assert_eq!(
        typed("Menendez said he approached Corker three or four months ago.", r, "three or four months ago"),
        ("DATE", "2016-03".to_string(), Some("APPROX"))
    );
    assert_eq!(
        typed("It would have been drafted six to eight weeks ago.", r, "six to eight weeks ago"),
        ("DATE", "2016-W20".to_string(), Some("APPROX"))
    );
    has("The numbers will define her standing two or three months from now.", r, "two or three months from now", "2016-10");
    // A bare "week-later" counts from something told, not from the writing: no time of its own.
    assert!(values("iPad 2 review: the week-later edition", r).is_empty());
    has("Year-earlier results were restated.", r, "Year-earlier", "2015");
}

#[test]
fn a_decade_ago_is_a_year() {
    let r = day(2016, 8, 2);
    has("He was elected a decade ago.", r, "a decade ago", "2006");
    has("It began a century ago.", r, "a century ago", "1916");
    assert_eq!(
        typed("It was founded nearly two decades ago.", r, "nearly two decades ago"),
        ("DATE", "1996".to_string(), Some("LESS_THAN"))
    );
    // Told from the story, a decade stays a decade: the year it counts from is seldom the last named.
    let text = "Last year she spoke in Washington. And a decade later, HP remains a firm on the brink.";
    has(text, r, "a decade", "P10Y");
}

#[test]
fn a_month_after_a_month_still_ahead_follows_it() {
    let r = day(2015, 11, 27);
    let text = "About 70% of the ads reserved in December and January come from super PACs.";
    has(text, r, "December", "2015-12");
    has(text, r, "January", "2016-01");
    // After a month gone by, the tense decides as before.
    has("It ran from October through March.", r, "March", "2015-03");
}

#[test]
fn a_fronted_month_before_a_past_clause_is_last_years() {
    let r = day(2016, 9, 6);
    has("In October, Mrs. Clinton, the Democratic presidential nominee, proposed a no-fly zone.", r, "October", "2015-10");
    has("In October, the Fed will raise rates.", r, "October", "2016-10");
}

#[test]
fn an_award_of_the_year_is_no_time() {
    let r = day(2016, 5, 10);
    assert!(values("He was the two-time defensive player of the year.", r).is_empty());
    assert!(values("Time named Merkel its Person of the Year.", r).is_empty());
    has("It was the hottest day of the year.", r, "the year", "2016");
}

#[test]
fn a_shifts_hours_are_any_days_and_a_plan_told_in_the_past_is_the_nearest_day() {
    let r = day(2016, 3, 21);
    let text = "On a rainy Thursday afternoon this month, after their 6 a.m.-to-4:30 p.m. shift, a dozen workers met.";
    has(text, r, "6 a.m.", "XXXX-XX-XXT06:00");
    has(text, r, "4:30 p.m.", "XXXX-XX-XXT16:30");
    has("The day shift starts around 6 a.m. and finishes about 4 p.m.", r, "4 p.m.", "XXXX-XX-XXT16:00");
    has("Polls close at 8 p.m. Tuesday.", r, "8 p.m. Tuesday", "2016-03-22T20:00");
    // Written on a Friday: "was planning to … on Thursday night" is the night before.
    let friday = day(2016, 6, 3);
    has("Intel was planning to hold a fund-raiser on Thursday night.", friday, "Thursday night", "2016-06-02TNI");
    has("Intel is planning to hold a fund-raiser on Thursday.", friday, "Thursday", "2016-06-09");
}

#[test]
fn a_reported_quarter_and_an_expected_days_event() {
    let r = day(2016, 2, 8);
    has("Days before it was to report fourth quarter earnings on Wednesday, it spoke.", r, "fourth quarter", "2015-Q4");
    has("The company expects growth in the third quarter.", r, "the third quarter", "2016-Q3");
    let sunday = day(2016, 9, 25);
    has("A majority of voters expect Clinton to win Monday's debate.", sunday, "Monday", "2016-09-26");
    has("As they prepare for Tuesday's primary, candidates rally.", sunday, "Tuesday", "2016-09-27");
    has("Wednesday's ruling was a blow.", sunday, "Wednesday", "2016-09-21");
}

#[test]
fn was_to_is_a_plan_told_in_the_past() {
    let r = day(2016, 5, 19);
    has(
        "Under a regulation that was to be issued by the Labor Department on Wednesday, workers gain.",
        r,
        "Wednesday",
        "2016-05-18",
    );
    has("Biden, who was to travel to Columbus, Ohio, on Wednesday to promote the rules, spoke.", r, "Wednesday", "2016-05-18");
    has("Mr. Netanyahu was to arrive at the White House on Monday.", day(2015, 11, 10), "Monday", "2015-11-09");
    // A plan in the present still looks ahead.
    has("Biden is to travel to Columbus on Wednesday.", r, "Wednesday", "2016-05-25");
}
