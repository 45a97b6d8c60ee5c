//! The time rules: the word tables, tense and number readers the rules share.

use super::*;

pub(super) fn month_of(tok: &Token<'_>) -> Option<i8> {
    if tok.kind != Kind::Word {
        return None;
    }
    let lower = tok.lower();
    let full = [
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
    ];
    // Month names are capitalized: "may", "march" are words.
    if !tok.capitalized() {
        return None;
    }
    if let Some(m) = full.iter().position(|m| *m == lower) {
        return Some(m as i8 + 1);
    }
    let m = match lower.as_str() {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" | "sept" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => return None,
    };
    Some(m)
}

pub(super) fn weekday_of(tok: &Token<'_>) -> Option<Weekday> {
    if tok.kind != Kind::Word || !tok.capitalized() {
        return None;
    }
    let lower = tok.lower();
    // "Sun", "Sat", "Wed" are words or names without their dot.
    if lower.len() <= 5 && !lower.ends_with("day") && !tok.text.ends_with('.') {
        return None;
    }
    Some(match lower.as_str() {
        "monday" | "mon" => Weekday::Monday,
        "tuesday" | "tue" | "tues" => Weekday::Tuesday,
        "wednesday" | "wed" => Weekday::Wednesday,
        "thursday" | "thu" | "thur" | "thurs" => Weekday::Thursday,
        "friday" | "fri" => Weekday::Friday,
        "saturday" | "sat" => Weekday::Saturday,
        "sunday" | "sun" => Weekday::Sunday,
        _ => return None,
    })
}

pub(super) fn day_part(tok: Option<&Token<'_>>) -> Option<&'static str> {
    match tok?.lower().as_str() {
        "morning" => Some("MO"),
        "afternoon" => Some("AF"),
        "evening" => Some("EV"),
        "night" => Some("NI"),
        _ => None,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Fortnight,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
    Weekend,
}

pub(super) fn unit_of(tok: Option<&Token<'_>>) -> Option<(Unit, bool)> {
    let tok = tok?;
    if tok.kind != Kind::Word {
        return None;
    }
    let lower = tok.lower();
    let (singular, plural) = match lower.strip_suffix('s') {
        Some(s) if lower != "hrs" && lower != "yrs" && lower != "mins" && lower != "secs" => (s, true),
        _ => (lower.as_str(), false),
    };
    let unit = match singular {
        "second" | "sec" => Unit::Second,
        "minute" | "min" => Unit::Minute,
        "hour" | "hr" => Unit::Hour,
        "day" => Unit::Day,
        "night" => Unit::Day,
        "week" => Unit::Week,
        "fortnight" => Unit::Fortnight,
        "month" => Unit::Month,
        "quarter" => Unit::Quarter,
        "year" | "yr" => Unit::Year,
        "decade" => Unit::Decade,
        "weekend" => Unit::Weekend,
        _ => match lower.as_str() {
            "centuries" => return Some((Unit::Century, true)),
            "century" => Unit::Century,
            "hrs" => return Some((Unit::Hour, true)),
            "yrs" => return Some((Unit::Year, true)),
            "mins" => return Some((Unit::Minute, true)),
            "secs" => return Some((Unit::Second, true)),
            _ => return None,
        },
    };
    Some((unit, plural))
}

/// TIMEX3 duration value for `n` units; `None` amount → `X`.
pub(super) fn duration_value(n: Option<f64>, unit: Unit) -> String {
    let num = |k: f64| match n {
        Some(v) => {
            let v = v * k;
            if v.fract() == 0.0 { format!("{}", v as i64) } else { format!("{v}") }
        }
        None => "X".into(),
    };
    // "2 1/2 years" is `P2Y6M`, "5 1/2 hours" `PT5H30M`: TimeML writes whole numbers of the next
    // smaller unit rather than decimals.
    if let Some(v) = n
        && v.fract() != 0.0
        && let Some((per, small, time)) = match unit {
            Unit::Year => Some((12.0, "M", false)),
            Unit::Day => Some((24.0, "H", true)),
            Unit::Hour => Some((60.0, "M", true)),
            Unit::Minute => Some((60.0, "S", true)),
            _ => None,
        }
        && (v.fract() * per).fract() == 0.0
    {
        let (whole, rest) = (v.trunc() as i64, (v.fract() * per) as i64);
        let big = match unit {
            Unit::Year => "Y",
            Unit::Day => "D",
            Unit::Hour => "H",
            _ => "M",
        };
        let head = if whole > 0 { format!("{whole}{big}") } else { String::new() };
        return match (unit, time) {
            (Unit::Day, _) => format!("P{head}T{rest}{small}"),
            (_, true) => format!("PT{head}{rest}{small}"),
            _ => format!("P{head}{rest}{small}"),
        };
    }
    match unit {
        Unit::Second => format!("PT{}S", num(1.0)),
        Unit::Minute => format!("PT{}M", num(1.0)),
        Unit::Hour => format!("PT{}H", num(1.0)),
        Unit::Day => format!("P{}D", num(1.0)),
        Unit::Week => format!("P{}W", num(1.0)),
        Unit::Fortnight => format!("P{}W", num(2.0)),
        Unit::Month => format!("P{}M", num(1.0)),
        Unit::Quarter => format!("P{}Q", num(1.0)),
        Unit::Year => format!("P{}Y", num(1.0)),
        // TimeBank writes decades and centuries in years ("P20Y"), unspecified ones as `PXDE`/`PXCE`.
        Unit::Decade if n.is_some() => format!("P{}Y", num(10.0)),
        Unit::Century if n.is_some() => format!("P{}Y", num(100.0)),
        Unit::Decade => "PXDE".into(),
        Unit::Century => "PXCE".into(),
        Unit::Weekend => format!("P{}WE", num(1.0)),
    }
}

/// An amount before a unit: "two", "25", "twenty-five", "a", "several", "a few", "a couple of".
/// `None` inside means unspecified (`X`).
pub(super) fn amount(t: &[Token<'_>], i: usize) -> Option<(Option<f64>, usize)> {
    let tok = t.get(i)?;
    if tok.kind == Kind::Number {
        if tok.text.contains([',', ':']) {
            return None;
        }
        let v: f64 = tok.text.parse().ok()?;
        // "2 1/2 years"
        if let (Some(n), Some(slash), Some(d)) = (t.get(i + 1), t.get(i + 2), t.get(i + 3))
            && n.kind == Kind::Number
            && n.gap
            && slash.is_char('/')
            && !slash.gap
            && !d.gap
            && let (Ok(n), Ok(d)) = (n.text.parse::<f64>(), d.text.parse::<f64>())
            && d > n
            && n > 0.0
        {
            return (v < 10_000.0).then_some((Some(v + n / d), i + 4));
        }
        if let Some(end) = and_a_half(t, i + 1) {
            return (v < 10_000.0).then_some((Some(v + 0.5), end));
        }
        // "2½ years", "a 2½-year high".
        if let Some(f) = t.get(i + 1).filter(|x| !x.gap).and_then(|x| crate::numbers::vulgar_fraction(x.text)) {
            return (v < 10_000.0).then_some((Some(v + f), i + 2));
        }
        return (v < 10_000.0).then_some((Some(v), i + 1));
    }
    let lower = tok.lower();
    let next = t.get(i + 1).map(|x| x.lower()).unwrap_or_default();
    // "half a dozen", "a half-dozen", "half-dozen": six.
    let dozen_at = |k: usize| t.get(k).is_some_and(|x| x.is("dozen"));
    let tight_dash = |k: usize| t.get(k).is_some_and(|x| x.is_char('-') && !x.gap) && t.get(k + 1).is_some_and(|x| !x.gap);
    let half_at = if lower == "half" {
        Some(i)
    } else if matches!(lower.as_str(), "a" | "an") && next == "half" {
        Some(i + 1)
    } else {
        None
    };
    if let Some(h) = half_at {
        if dozen_at(h + 1) {
            return Some((Some(6.0), h + 2));
        }
        if tight_dash(h + 1) && dozen_at(h + 2) {
            return Some((Some(6.0), h + 3));
        }
        if h == i && t.get(h + 1).is_some_and(|x| x.is("a") || x.is("an")) && dozen_at(h + 2) {
            return Some((Some(6.0), h + 3));
        }
    }
    match lower.as_str() {
        "a" | "an" if next == "few" => return Some((None, i + 2)),
        "a" | "an" if next == "dozen" => return Some((Some(12.0), i + 2)),
        "a" | "an" if next == "couple" && t.get(i + 2).is_some_and(|x| x.is("of")) => return Some((Some(2.0), i + 3)),
        "a" | "an" if next == "half" => return Some((Some(0.5), i + 2)),
        // "a quarter-century", "a quarter century", "a quarter of a century": a fourth of the unit
        // after it (the caller needs one; "a quarter" alone is no amount).
        "a" | "an" if next == "quarter" => {
            let of_a = t.get(i + 2).is_some_and(|x| x.is("of")) && t.get(i + 3).is_some_and(|x| x.is("a"));
            let end = if tight_dash(i + 2) {
                i + 3
            } else if of_a {
                i + 4
            } else {
                i + 2
            };
            return t.get(end).is_some_and(|x| x.is("century") || x.is("hour")).then_some((Some(0.25), end));
        }
        "half" if next == "a" || next == "an" => return Some((Some(0.5), i + 2)),
        // "a hundred years", "a thousand days".
        "a" | "an" | "one" if next == "hundred" => return Some((Some(100.0), i + 2)),
        "a" | "an" | "one" if next == "thousand" => return Some((Some(1000.0), i + 2)),
        "a" | "an" | "one" => return Some((Some(1.0), i + 1)),
        "several" | "few" | "many" | "some" | "numerous" => return Some((None, i + 1)),
        "couple" if next == "of" => return Some((Some(2.0), i + 2)),
        "dozen" => return Some((Some(12.0), i + 1)),
        _ => {}
    }
    let n = crate::numbers::small_word_number(&lower)?;
    // "twenty-five"
    if n >= 20.0
        && let (Some(dash), Some(unit)) = (t.get(i + 1), t.get(i + 2))
        && dash.is_char('-')
        && !dash.gap
        && let Some(u) = crate::numbers::small_word_number(&unit.lower())
        && u < 10.0
    {
        return Some((Some(n + u), i + 3));
    }
    // "twenty four hours", as transcripts write it without the hyphen.
    if n >= 20.0
        && n % 10.0 == 0.0
        && let Some(u) = t.get(i + 1).filter(|x| x.kind == Kind::Word).and_then(|x| crate::numbers::small_word_number(&x.lower()))
        && (1.0..10.0).contains(&u)
    {
        return Some((Some(n + u), i + 2));
    }
    if let Some(end) = and_a_half(t, i + 1) {
        return Some((Some(n + 0.5), end));
    }
    Some((Some(n), i + 1))
}

/// "and a half" or "-and-a-half" at `i` (after "two", "4"): the index after it.
fn and_a_half(t: &[Token<'_>], i: usize) -> Option<usize> {
    let hyphenated = t.get(i).is_some_and(|x| x.is_char('-') && !x.gap);
    let words = if hyphenated { [i + 1, i + 3, i + 5] } else { [i, i + 1, i + 2] };
    let joined = !hyphenated || [i + 2, i + 4].iter().all(|&k| t.get(k).is_some_and(|x| x.is_char('-') && !x.gap));
    (joined && t.get(words[0])?.is("and") && t.get(words[1])?.is("a") && t.get(words[2])?.is("half")).then_some(words[2] + 1)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Tense {
    Past,
    Future,
    Unknown,
    /// A plan told in the past ("was scheduled to leave Tuesday"): ahead of the writing or behind
    /// it, so the nearest such day.
    Nearest,
}

/// Whether a lowercase word looks like a regular past form ("bombed", "agreed"): it ends in
/// "-ed", but not in the "-eed" of present verbs ("succeed", "proceed", "need", "feed").
pub(super) fn looks_past_ed(w: &str) -> bool {
    w.len() > 4
        && w.ends_with("ed")
        && (!w.ends_with("eed") || matches!(w, "agreed" | "disagreed" | "freed" | "guaranteed" | "decreed" | "refereed"))
        && !matches!(w, "indeed" | "ahead")
}

/// Whether token `k` follows a preposition and comes before a lowercase word, as an adjective does
/// ("with marinated pork").
fn between_preposition_and_noun(t: &[Token<'_>], k: usize) -> bool {
    k.checked_sub(1)
        .and_then(|p| t.get(p))
        .is_some_and(|p| p.with_lower(|w| matches!(w, "with" | "of" | "for" | "from" | "into")).unwrap_or(false))
        && t.get(k + 1).is_some_and(|x| x.kind == Kind::Word && !x.capitalized())
}

/// Whether a past verb stands in the clause before token `k`, within eight words ("kept going
/// until", "lasted until", "stayed open until", "had been paying rent until").
fn past_before(t: &[Token<'_>], k: usize) -> bool {
    // Within the clause: "had been paying $35,000 a month for until May" is over too.
    let clause_start = (k.saturating_sub(8)..k)
        .rev()
        .find(|&p| t.get(p).is_some_and(|x| x.is_char('.') || x.is_char(';') || x.is_char(',') || x.is_char(':')))
        .map_or(k.saturating_sub(8), |p| p + 1);
    // A deferral sets a new time ahead: "postponed until Tuesday morning", "extended its deadline
    // until 9 a.m. Tuesday" are no finished stretch.
    let deferred = (clause_start..k).any(|p| {
        t.get(p).is_some_and(|x| {
            x.kind == Kind::Word
                && x.with_lower(|w| {
                    ["postpon", "delay", "extend", "adjourn", "defer", "suspend", "recess"].iter().any(|stem| w.starts_with(stem))
                })
                .unwrap_or(false)
        })
    });
    !deferred
        && (clause_start..k).any(|p| {
            t.get(p).is_some_and(|x| {
                let w = x.lower();
                x.kind == Kind::Word
                    && (looks_past_ed(&w)
                        || matches!(
                            w.as_str(),
                            "was"
                                | "were"
                                | "had"
                                | "kept"
                                | "went"
                                | "ran"
                                | "stood"
                                | "stayed"
                                | "sat"
                                | "held"
                                | "lasted"
                                | "paid"
                        ))
            })
        })
}

/// The tense of the clause around token `i`: the nearest tense cue, looking left first.
///
/// Cues: auxiliaries and modals ("will", "was"), past forms (irregular or in "-ed", unless a
/// passive after "be"/"is"/"are" whose auxiliary decides), intentions ("planned", "is to
/// resume", "likely to buy", "set for", "as early as"), and schedule verbs in the present
/// ("they meet Monday").
pub(super) fn tense(t: &[Token<'_>], i: usize) -> Tense {
    let lower_at = |k: usize| t.get(k).filter(|x| x.kind == Kind::Word).map(|x| x.lower()).unwrap_or_default();
    let cue = |k: usize, left: bool| -> Tense {
        let Some(tok) = t.get(k) else { return Tense::Unknown };
        if tok.kind != Kind::Word {
            return Tense::Unknown;
        }
        let w = tok.lower();
        match w.as_str() {
            // "May" is a month; "may" a modal.
            "may" if tok.capitalized() => Tense::Unknown,
            // After the expression these are mostly nouns ("On Friday, she set aside vacation plans").
            "plans" | "planning" if !left => Tense::Unknown,
            // A deadline or a start: "have until 9 a.m. Tuesday", "effective Feb. 1".
            // (Not after a past verb: "kept going until nearly 2 a.m. Friday" is over.)
            "until" | "till" if left && i.saturating_sub(k) <= 2 && !tok.capitalized() && past_before(t, k) => Tense::Past,
            "until" | "till" | "effective" | "payable" if left && i.saturating_sub(k) <= 2 && !tok.capitalized() => Tense::Future,
            // "Protesters planned a demonstration on Saturday."
            // "It had been due to expire Friday", "had been scheduled for Monday": a plan in the
            // past, so a time that has gone.
            "due" | "scheduled" | "expected" | "set" | "supposed" | "planned" | "slated"
                if lower_at(k.wrapping_sub(1)) == "been" && lower_at(k.wrapping_sub(2)) == "had" =>
            {
                Tense::Past
            }
            // "He was scheduled to leave late Tuesday" (written on Wednesday), "was scheduled to speak
            // Saturday" (written on Friday): a plan told in the past, ahead of the writing or behind it.
            "due" | "scheduled" | "expected" | "set" | "supposed" | "slated"
                if matches!(lower_at(k.wrapping_sub(1)).as_str(), "was" | "were") =>
            {
                Tense::Nearest
            }
            // "He said he was going to get back to work on Wednesday morning" (written on Thursday):
            // a plan told in the past, like "was scheduled to".
            // ("Intel was planning to hold a fund-raiser on Thursday night", written on Friday.)
            "going" | "planning" | "preparing" | "hoping"
                if matches!(lower_at(k.wrapping_sub(1)).as_str(), "was" | "were") && lower_at(k + 1) == "to" =>
            {
                Tense::Nearest
            }
            "planned" if matches!(lower_at(k + 1).as_str(), "a" | "an" | "for") => Tense::Future,
            // "supposed to conclude by May".
            "supposed" if lower_at(k + 1) == "to" => Tense::Future,
            // "The offer was extended to Nov. 16": the new deadline is ahead.
            "extended" | "extend" | "extends" if matches!(lower_at(k + 1).as_str(), "to" | "until" | "through") => Tense::Future,
            // A dividend's "holders of record Dec. 21": the record date is ahead.
            "record" if left && i.saturating_sub(k) == 1 && lower_at(k.wrapping_sub(1)) == "of" => Tense::Future,
            // "a tight race ahead of the Iowa caucuses on Monday": what is ahead of the writing.
            // Only before an event ("ahead of the vote", "ahead of New York's primary", "ahead of
            // Tuesday's vote"), not a rival ("40 points ahead of Sanders").
            "ahead"
                if left
                    && lower_at(k + 1) == "of"
                    && (k + 2 == i
                        || matches!(lower_at(k + 2).as_str(), "the" | "a" | "an" | "next" | "this" | "voting")
                        || (k + 3..=k + 4).any(|p| t.get(p).is_some_and(|x| x.is("'s") || x.is("’s")))) =>
            {
                Tense::Future
            }
            // "Looking ahead to the fall", "ahead to November": what is looked forward to.
            "ahead" if left && lower_at(k + 1) == "to" => Tense::Future,
            // "going to meet", "going into November", but not "going from 40 percent on July 14 to
            // 46 percent".
            "going"
                if !((lower_at(k + 1) == "to" && t.get(k + 2).is_some_and(|x| x.kind == Kind::Word))
                    || matches!(lower_at(k + 1).as_str(), "into" | "forward")) =>
            {
                Tense::Unknown
            }
            // "next to the embassy" is a place.
            "next" if lower_at(k + 1) == "to" => Tense::Unknown,
            // "His next speech, on May 28, was delivered": "next" of a noun orders things; the verb
            // tells when.
            "next" if left && t.get(k + 1).is_some_and(|x| x.kind == Kind::Word && !x.capitalized()) && i > k + 1 => {
                Tense::Unknown
            }
            // "the looming showdown in July": an adjective of what is ahead ("with New York's primary
            // looming, de Blasio on Monday intervened" is another clause's).
            "looming" | "impending" | "forthcoming" => {
                if t.get(k + 1).is_some_and(|x| x.kind == Kind::Word) { Tense::Future } else { Tense::Unknown }
            }
            "will" | "shall" | "'ll" | "’ll" | "tomorrow" | "next" | "upcoming" | "scheduled" | "expected" | "expects"
            | "expect" | "due" | "coming" | "going" | "would" | "may" | "might" | "should" | "soon" | "plans" | "planning"
            | "slated" | "postponed" | "delayed" | "adjourned" | "rescheduled" => Tense::Future,
            // Schedule verbs in the present: "they meet Monday" (not "to meet demand").
            "meet" | "meets" | "begins" | "opens" | "resumes" | "expires" | "arrives" | "convenes"
                if lower_at(k.wrapping_sub(1)) != "to" =>
            {
                Tense::Future
            }
            // News tells a schedule in the simple present: "The trial starts Monday", "Polls close at
            // 8 p.m. Tuesday", "Wisconsin holds its primary on Tuesday", "the fiscal year, which ends Sept. 30", "Iowans kick off the
            // voting Monday". These words are nouns too ("congressional report on Wednesday", "radio
            // host Hugh Hewitt on Wednesday"), so only third-person forms (and a few plurals) after a
            // name, a relative pronoun or a noun of an event.
            "starts" | "ends" | "resumes" | "closes" | "votes" | "heads" | "travels" | "returns" | "leaves" | "holds"
            | "kicks" | "launches" | "debuts" | "airs" | "premieres" | "testifies" | "takes" | "goes" | "resume" | "kick"
            | "head" | "reopens" | "begin" | "start" | "open" | "close" | "reopen" | "end"
                if left
                    && i.saturating_sub(k) <= 6
                    && t.get(k.wrapping_sub(1)).is_some_and(|p| {
                        p.kind == Kind::Word
                            && ((p.capitalized()
                                && p.with_lower(|v| {
                                    !matches!(
                                        v,
                                        "the" | "a" | "an" | "he" | "she" | "it" | "they" | "we" | "you" | "i" | "this" | "that"
                                    )
                                })
                                .unwrap_or(false))
                                || p.with_lower(|v| {
                                    matches!(
                                        v,
                                        "which"
                                            | "that"
                                            | "who"
                                            // "New Jersey, which also holds its primary Tuesday"
                                            | "also"
                                            | "trial"
                                            | "session"
                                            | "meeting"
                                            | "talks"
                                            | "polls"
                                            | "season"
                                            | "court"
                                            | "conference"
                                            | "summit"
                                            | "hearing"
                                            | "festival"
                                            | "tour"
                                            | "game"
                                            | "series"
                                            | "year"
                                            | "term"
                                            | "campaign"
                                            | "convention"
                                            | "voting"
                                            | "sale"
                                            | "markets"
                                            | "hearings"
                                            | "classes"
                                            | "schools"
                                            | "doors"
                                            | "negotiations"
                                            | "deliberations"
                                    )
                                })
                                .unwrap_or(false))
                    }) =>
            {
                Tense::Future
            }
            // "set to resume", "set for Monday".
            "set" if matches!(lower_at(k + 1).as_str(), "to" | "for") => Tense::Future,
            // "as early as Tuesday", "as soon as Monday".
            "early" if lower_at(k.wrapping_sub(1)) == "as" && lower_at(k + 1) == "as" => Tense::Future,
            // "is to resume", "likely to buy", "agreed to meet": an intention.
            // "had been due to expire Friday": the plan is in the past (see "due" above).
            "to" if lower_at(k.wrapping_sub(2)) == "been"
                && lower_at(k.wrapping_sub(3)) == "had"
                && matches!(
                    lower_at(k.wrapping_sub(1)).as_str(),
                    "due" | "scheduled" | "expected" | "set" | "supposed" | "planned" | "slated"
                ) =>
            {
                Tense::Past
            }
            // "was scheduled to leave late Tuesday": the plan is told in the past (see above).
            "to" if matches!(lower_at(k.wrapping_sub(2)).as_str(), "was" | "were")
                && matches!(
                    lower_at(k.wrapping_sub(1)).as_str(),
                    "due" | "scheduled" | "expected" | "set" | "supposed" | "slated"
                ) =>
            {
                Tense::Nearest
            }
            // ("a rule that was to be issued on Wednesday", "Biden, who was to travel to Ohio on
            // Wednesday", written on Thursday: a plan told in the past too.)
            "to" if matches!(lower_at(k.wrapping_sub(1)).as_str(), "going" | "planning" | "was" | "were")
                && matches!(lower_at(k.wrapping_sub(2)).as_str(), "was" | "were")
                || (matches!(lower_at(k.wrapping_sub(1)).as_str(), "was" | "were")
                    && t.get(k + 1).is_some_and(|x| x.kind == Kind::Word && !x.capitalized())) =>
            {
                Tense::Nearest
            }
            // "As Trump prepared to speak in Wisconsin on Tuesday, a girl was pepper-sprayed"
            // (written on Wednesday): the past of getting ready, so the nearest day (but "is
            // prepared to pay", an adjective, looks ahead).
            "to" if lower_at(k.wrapping_sub(1)) == "prepared"
                && !matches!(lower_at(k.wrapping_sub(2)).as_str(), "is" | "are" | "am" | "be" | "'re" | "’re" | "not") =>
            {
                Tense::Nearest
            }
            // "guidelines to be published in November", "to be completed by Dec. 15".
            "to" if lower_at(k + 1) == "be" && lower_at(k + 2).ends_with("ed") => Tense::Future,
            "to" if t.get(k + 1).is_some_and(|x| x.kind == Kind::Word && !x.capitalized())
                && !matches!(
                    lower_at(k + 1).as_str(),
                    "the" | "a" | "an" | "his" | "her" | "its" | "their" | "this" | "that"
                )
                && matches!(
                    lower_at(k.wrapping_sub(1)).as_str(),
                    "is" | "are"
                        | "was"
                        | "were"
                        | "likely"
                        | "unlikely"
                        | "agreed"
                        | "decided"
                        | "ready"
                        | "intends"
                        | "intend"
                        | "hopes"
                        | "hope"
                        | "hoped"
                        | "wants"
                        | "want"
                        | "wanted"
                        | "promised"
                        | "vowed"
                        | "threatened"
                        | "about"
                        | "prepared"
                        | "preparing"
                        | "poised"
                        | "able"
                        | "trying"
                        | "seeking"
                        | "seeks"
                        // "an excellent chance to win it on Tuesday"
                        | "chance"
                        | "chances"
                        | "expected"
                        | "scheduled"
                        | "due"
                        | "set"
                        | "going"
                        | "planned"
                        | "plans"
                        | "plan"
                ) =>
            {
                Tense::Future
            }
            // "Cruz can win in November".
            "can" if !matches!(lower_at(k + 1).as_str(), "have" | "not" | "n't") => Tense::Future,
            // "a number that could be higher on Saturday": a possibility ahead (as "might" above).
            // Not "could not be located Wednesday", "could have", the past ability of "could see the
            // smoke on Monday", nor a search reported ("Neither he nor his parents could be located
            // Wednesday").
            "could" if could_looks_ahead(&lower_at(k + 1), &lower_at(k + 2)) => Tense::Future,
            // "the favorite to win the election come November": "come" before a date is ahead.
            "come" if left && k + 1 == i => Tense::Future,
            // "his chances of winning in November".
            "chances" | "chance" if left && lower_at(k + 1) == "of" => Tense::Future,
            // "The vote is on Tuesday", "Her funeral is Saturday": an event told in the present
            // copula is ahead (a past one "was").
            "is" | "are"
                if left
                    && (k + 1 == i || (k + 2 == i && lower_at(k + 1) == "on"))
                    && t.get(i).is_some_and(|x| weekday_of(x).is_some()) =>
            {
                Tense::Future
            }
            // "said it is holding a meeting on Monday", "they are meeting Tuesday": the present
            // progressive tells an arrangement ahead.
            _ if left
                && i.saturating_sub(k) <= 6
                && w.len() > 4
                && w.ends_with("ing")
                && matches!(lower_at(k.wrapping_sub(1)).as_str(), "is" | "are" | "am" | "'re" | "’re") =>
            {
                Tense::Future
            }
            // "we won't see a rally Thursday" (after the time it is as often another clause's:
            // "in July, RT is ''providing a perspective you won't get''").
            "won't" | "won’t" if left => Tense::Future,
            // "may last into January", "will last through": the verb, whose modal further left decides.
            "last"
                if matches!(
                    lower_at(k.wrapping_sub(1)).as_str(),
                    "will" | "may" | "might" | "could" | "would" | "should" | "can" | "to" | "won't" | "won’t" | "not"
                ) =>
            {
                Tense::Unknown
            }
            "was" | "were" | "had" | "did" | "ago" | "last" | "yesterday" | "since" => Tense::Past,
            // A passive or adjective after "be"/"is"/"are" ("is heard in May", "will be named"):
            // the auxiliary further left decides.
            _ if matches!(lower_at(k.wrapping_sub(1)).as_str(), "be" | "been" | "being" | "is" | "are" | "am" | "not") => {
                Tense::Unknown
            }
            "said" | "told" | "came" | "went" | "began" | "took" | "made" | "gave" | "met" | "left" | "won" | "lost" | "held"
            | "saw" | "fell" | "rose" | "hit" | "struck" | "broke" | "ran" | "spoke" | "wrote" | "got" | "became" | "brought"
            | "fought" | "sent" | "shot" | "killed" | "read" | "led" | "paid" | "sold" | "bought" | "found" | "felt" | "kept"
            | "thought" | "stood" | "knew" | "grew" | "drew" | "threw" | "flew" | "chose" | "rode" | "spent" | "built"
            | "fled" | "quit" | "earned"
            // Past forms too short for the "-ed" rule below: "Nancy Reagan, who died Sunday".
            | "died" | "sued" | "used" | "owed" | "eyed" | "tied" | "lied" | "vied" | "axed" | "aged" => Tense::Past,
            // An adjective after a determiner ("the reduced dividend") is no verb, nor is a
            // compound's ("well-organized rival", "so-called"), nor are the negated participles that
            // only serve as adjectives ("a still unspecified date").
            _ if looks_past_ed(&w)
                && !t.get(k.wrapping_sub(1)).is_some_and(|p| p.is_char('-') && !p.gap)
                && !matches!(
                    w.as_str(),
                    "united"
                        | "unspecified"
                        | "undisclosed"
                        | "unidentified"
                        | "unnamed"
                        | "unexpected"
                        | "unprecedented"
                        | "unconfirmed"
                        | "unexplained"
                        | "unresolved"
                        | "unchanged"
                )
                // (Nor after a preposition, before its noun: "with marinated pork".)
                && !matches!(
                    lower_at(k.wrapping_sub(1)).as_str(),
                    "the" | "a" | "an" | "its" | "their" | "his" | "her" | "this"
                )
                && !between_preposition_and_noun(t, k) =>
            {
                Tense::Past
            }
            _ => {
                if w.ends_with("'ll") || w.ends_with("’ll") {
                    Tense::Future
                } else {
                    Tense::Unknown
                }
            }
        }
    };
    // The verb usually comes before its time adjunct ("was bombed on Monday"): look left within the
    // clause first, then right ("On Monday, the convoy was bombed").
    let mut conditional = false;
    // A time that opens its sentence ("In January, a week after the anniversary of the ruling, a
    // bombing killed a guard") waits for the main clause's verb, which may come late. (`t` is one
    // sentence's tokens.)
    let fronted = i < 3;
    for k in 1..=14 {
        let Some(j) = i.checked_sub(k) else { break };
        let Some(tok) = t.get(j) else { break };
        if tok.is_char('.') || tok.is_char(';') || tok.is_char(':') || tok.is_char('?') || tok.is_char('!') {
            break;
        }
        // A condition is met ahead ("If Cruz wins Wisconsin's contest Tuesday", written on the
        // Saturday before), unless a verb after the time tells otherwise ("If October's debate
        // represented …"). Reached only when no verb nearer the time gave a tense ("asked if he
        // attended the meeting Monday" stops at "attended").
        // "If he follows up his Tuesday wins": a day a possessive names is an event already known.
        // A relative clause opens with the time inside it ("the critics who on Sunday cast
        // Trump's responses as inappropriate"): the verb outside ("should ignore") is not its own.
        // (Only with the time right after the pronoun: "which means that by early September" goes
        // on with the sentence's own verb.)
        if (tok.is("who") || tok.is("which"))
            && (k == 1 || (k == 2 && t.get(j + 1).is_some_and(|x| x.is("on") || x.is("in") || x.is("at") || x.is("last"))))
        {
            break;
        }
        if tok.is("if") || tok.is("unless") {
            let possessed = i
                .checked_sub(1)
                .and_then(|p| t.get(p))
                .is_some_and(|x| ["his", "her", "their", "its", "our", "my", "your"].iter().any(|d| x.is(d)));
            conditional = !possessed;
            break;
        }
        let c = cue(j, true);
        if c != Tense::Unknown {
            return c;
        }
    }
    let reach = if fronted { 30 } else { 12 };
    for k in 1..=reach {
        if i + k >= t.len() {
            break;
        }
        // A condition's verb tells nothing of this time: "at the July confab if he does not secure
        // the delegates needed".
        if t[i + k].is("if") || t[i + k].is("unless") {
            break;
        }
        if k > 12 {
            // Past the usual reach only the main clause's own verb counts: not a subordinate
            // clause's ("toward which they were leaning"), what follows a colon, nor an adjective
            // such as "next".
            let tok = &t[i + k];
            if tok.is_char(':')
                || tok.is_char(';')
                || ["which", "who", "whom", "whose", "that", "because", "as", "while", "where"].iter().any(|w| tok.is(w))
            {
                break;
            }
            let c = cue(i + k, false);
            let verb = tok.with_lower(|w| matches!(w, "will" | "would" | "'ll" | "’ll")).unwrap_or(false);
            // An aside's participle ("independents -- always exaggerated to begin with") is no
            // main verb.
            let aside = t[i + k - 1].kind != Kind::Word && !t[i + k - 1].is_char(',')
                || t[i + k - 1].with_lower(|w| w == "always" || w == "never" || w.ends_with("ly")).unwrap_or(false);
            if (c == Tense::Past && !aside) || (c == Tense::Future && verb) {
                return c;
            }
            continue;
        }
        let c = cue(i + k, false);
        if c != Tense::Unknown {
            return c;
        }
    }
    if conditional { Tense::Future } else { Tense::Unknown }
}

/// Whether "could" followed by `next` and `after` tells a possibility ahead.
fn could_looks_ahead(next: &str, after: &str) -> bool {
    let negated_perfect_or_sense = matches!(
        next,
        "have" | "not" | "n't" | "never" | "only" | "see" | "hear" | "feel" | "smell" | "tell" | "barely" | "hardly"
    );
    let search = next == "be" && matches!(after, "reached" | "located" | "contacted" | "found");
    !negated_perfect_or_sense && !search
}

/// True when the date at `i` names a vote ("the November election", "the Nov. 8 general
/// election", "the March 15 primary"): told without a tense, it is this year's, past or coming.
pub(super) fn names_a_vote(t: &[Token<'_>], i: usize) -> bool {
    for k in i + 1..=i + 5 {
        let Some(x) = t.get(k) else { return false };
        if x.kind != Kind::Word {
            // "Nov. 8": the day and the abbreviation's full stop.
            if x.kind == Kind::Number || (x.is_char('.') && !x.gap) {
                continue;
            }
            return false;
        }
        let w = x.lower();
        match w.as_str() {
            "general" | "presidential" | "special" | "midterm" | "congressional" | "gubernatorial" | "mayoral" | "local"
            | "national" | "state" | "runoff" | "primary" | "primaries" | "democratic" | "republican" => {
                if matches!(w.as_str(), "runoff" | "primary" | "primaries")
                    && !t.get(k + 1).is_some_and(|n| n.is("election") || n.is("elections") || n.is("vote"))
                {
                    return true;
                }
            }
            "election" | "elections" | "vote" | "ballot" | "referendum" | "caucus" | "caucuses" | "midterms" => return true,
            // "the Nov. 8 U.S. presidential election"
            "u.s" | "u.s." | "u" | "s" | "american" | "federal" | "county" | "municipal" | "parliamentary" | "legislative" => {}
            _ => return false,
        }
    }
    false
}

pub(super) fn number_value(tok: Option<&Token<'_>>) -> Option<i32> {
    let tok = tok?;
    if tok.kind != Kind::Number || tok.text.len() > 4 || tok.text.contains([',', '.', ':']) {
        return None;
    }
    tok.text.parse().ok()
}

/// A day of the month at `i` ("23", "23rd"): (day, next index).
pub(super) fn day_number(t: &[Token<'_>], i: usize) -> Option<(i8, usize)> {
    let d = number_value(t.get(i))?;
    if !(1..=31).contains(&d) || t.get(i)?.text.len() > 2 {
        return None;
    }
    let mut end = i + 1;
    if let Some(suffix) = t.get(end)
        && !suffix.gap
        && matches!(suffix.lower().as_str(), "st" | "nd" | "rd" | "th")
    {
        end += 1;
    }
    Some((d as i8, end))
}

/// A four-digit year at `i` (1000–2199).
pub(super) fn year_number(t: &[Token<'_>], i: usize) -> Option<i16> {
    let tok = t.get(i)?;
    if tok.text.len() != 4 {
        return None;
    }
    let y = number_value(Some(tok))?;
    (1000..2200).contains(&y).then_some(y as i16)
}

/// A year in words, as transcripts write it: "nineteen ninety-six", "two thousand", "two thousand
/// and one" → (year, next index).
pub(super) fn spelled_year(t: &[Token<'_>], i: usize) -> Option<(i16, usize)> {
    let word = |k: usize| t.get(k).filter(|x| x.kind == Kind::Word).map(|x| x.lower()).unwrap_or_default();
    let small = |k: usize| crate::numbers::small_word_number(&word(k));
    match word(i).as_str() {
        "eighteen" | "nineteen" => {
            let century = if word(i) == "eighteen" { 1800 } else { 1900 };
            let tens = small(i + 1).filter(|n| (20.0..=90.0).contains(n) && n % 10.0 == 0.0)?;
            if t.get(i + 2).is_some_and(|x| x.is_char('-') && !x.gap)
                && let Some(unit) = small(i + 3).filter(|n| (1.0..=9.0).contains(n))
            {
                return Some((century + (tens + unit) as i16, i + 4));
            }
            Some((century + tens as i16, i + 2))
        }
        "two" if word(i + 1) == "thousand" => {
            let k = if word(i + 2) == "and" { i + 3 } else { i + 2 };
            match small(k).filter(|n| (1.0..=19.0).contains(n)) {
                Some(n) => Some((2000 + n as i16, k + 1)),
                None => Some((2000, i + 2)),
            }
        }
        _ => None,
    }
}

pub(super) fn skip_comma(t: &[Token<'_>], i: usize) -> usize {
    if t.get(i).is_some_and(|x| x.is_char(',')) { i + 1 } else { i }
}
