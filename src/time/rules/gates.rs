//! The time rules: the cheap gates: which words may start or hold a time expression.

use std::sync::LazyLock;

use super::*;
use crate::keyphrases::FastSet;

/// Nouns for people or things at large that "today's" dates to the present age ("today's youth").
pub(super) fn generic_present_noun(w: &str) -> bool {
    matches!(
        w,
        "world"
            | "youth"
            | "society"
            | "generation"
            | "children"
            | "kids"
            | "teenagers"
            | "students"
            | "parents"
            | "families"
            | "women"
            | "men"
            | "people"
            | "consumers"
            | "workers"
            | "economy"
            | "culture"
            | "technology"
            | "computers"
            | "standards"
    )
}

/// Words that start time expressions but name no time themselves ("the", "more", "first"): after
/// one, [`match_at`] looks for a [`core_time_token`] before trying the rules.
pub(super) fn function_word(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "at"
            | "up"
            | "more"
            | "less"
            | "fewer"
            | "over"
            | "under"
            | "some"
            | "about"
            | "around"
            | "nearly"
            | "almost"
            | "roughly"
            | "approximately"
            | "end"
            | "beginning"
            | "start"
            | "middle"
            | "early"
            | "late"
            | "mid"
            | "earlier"
            | "later"
            | "this"
            | "that"
            | "these"
            | "last"
            | "previous"
            | "preceding"
            | "next"
            | "coming"
            | "following"
            | "same"
            | "new"
            | "good"
            | "first"
            | "second"
            | "third"
            | "fourth"
            | "final"
            | "initial"
            | "remaining"
            | "several"
            | "few"
            | "many"
            | "numerous"
            | "couple"
            | "half"
            | "each"
            | "every"
            | "one"
            | "fiscal"
    )
}

/// A token that can carry a time expression's meaning: a number, an apostrophe ("the '90s") or a
/// time word (a unit, month, weekday, season, "today", "future", "morning", …).
pub(super) fn core_time_token(tok: &Token<'_>) -> bool {
    match tok.kind {
        Kind::Number => true,
        Kind::Punct => tok.is_char('\'') || tok.is_char('’'),
        Kind::Word => tok
            .with_lower(|w| {
                (!function_word(w) && starts_time(w))
                    || matches!(
                        w,
                        "future"
                            | "term"
                            | "period"
                            | "weekend"
                            | "weekends"
                            | "morning"
                            | "afternoon"
                            | "evening"
                            | "night"
                            | "nights"
                            | "hour"
                            | "minute"
                            | "seconds"
                            | "fortnight"
                            | "fortnights"
                            | "yr"
                            | "yrs"
                            | "hrs"
                            | "mins"
                            | "secs"
                            | "present"
                            | "while"
                            | "date"
                            | "overnight"
                            | "twenties"
                            | "thirties"
                            | "forties"
                            | "fifties"
                            | "sixties"
                            | "seventies"
                            | "eighties"
                            | "nineties"
                    )
            })
            .unwrap_or(false),
    }
}

/// Words a time expression can start with (lowercase, no dot): the gate of [`match_at`].
pub(super) fn starts_time(w: &str) -> bool {
    // One hash look-up rather than comparing with each of some 150 words: this gate reads every
    // word of the text.
    static WORDS: LazyLock<FastSet<&'static str>> = LazyLock::new(|| {
        STARTS.iter().chain(&crate::numbers::ONES).chain(&crate::numbers::TENS).chain(MONTHS).chain(WEEKDAYS).copied().collect()
    });
    WORDS.contains(w)
}

/// The words of [`starts_time`] besides number words, month names and weekdays.
const STARTS: &[&str] = &[
    "the",
    "this",
    "that",
    "last",
    "past",
    "previous",
    "preceding",
    "same",
    "next",
    "coming",
    "following",
    "current",
    "early",
    "earlier",
    "late",
    "later",
    "mid",
    "end",
    "beginning",
    "start",
    "middle",
    "more",
    "less",
    "fewer",
    "at",
    "up",
    "about",
    "around",
    "roughly",
    "approximately",
    "some",
    "nearly",
    "almost",
    "under",
    "over",
    "today",
    "tonight",
    "yesterday",
    "tomorrow",
    "now",
    "currently",
    "presently",
    "nowadays",
    "these",
    "recently",
    "lately",
    "recent",
    "soon",
    "then",
    "a",
    "an",
    "one",
    "half",
    "several",
    "few",
    "many",
    "numerous",
    "couple",
    "dozen",
    "first",
    "second",
    "third",
    "fourth",
    "final",
    "initial",
    "remaining",
    "fiscal",
    "noon",
    "midday",
    "midnight",
    "daily",
    "nightly",
    "weekly",
    "monthly",
    "annually",
    "yearly",
    "hourly",
    "every",
    "each",
    "christmas",
    "new",
    "halloween",
    "valentine",
    "election",
    "memorial",
    "labor",
    "labour",
    "easter",
    "good",
    "thanksgiving",
    "spring",
    "summer",
    "fall",
    "autumn",
    "winter",
    "q",
    "year",
    "years",
    "month",
    "months",
    "week",
    "weeks",
    "day",
    "days",
    "decade",
    "decades",
    "century",
    "centuries",
    "hours",
    "minutes",
    "quarter",
    "quarters",
];

/// Month names and their abbreviations.
const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// Weekdays, their plurals (sets: "on Sundays") and their abbreviations.
const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mondays",
    "tuesdays",
    "wednesdays",
    "thursdays",
    "fridays",
    "saturdays",
    "sundays",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
];
