//! The time rules: durations ("three years", "a few days later") and running counts ("the second day of").

use super::*;

/// "only one week", "the past two months", "the first nine months", "two-year", "for years", "a year and a half".
pub(super) fn duration(t: &[Token<'_>], i: usize, st: &State) -> Option<Core> {
    // "for a while", "after a while": a stretch of no stated unit (TimeML `PXX`).
    if t.get(i).is_some_and(|x| x.is("a"))
        && t.get(i + 1).is_some_and(|x| x.is("while"))
        && i.checked_sub(1).and_then(|k| t.get(k)).is_some_and(|x| x.is("for") || x.is("after") || x.is("in"))
    {
        return core(i + 2, TimeType::Duration, raw("PXX"));
    }
    let mut j = i;
    if t.get(j).is_some_and(|x| x.is("the")) {
        j += 1;
    }
    if t.get(j).is_some_and(|x| {
        matches!(
            x.lower().as_str(),
            "past" | "last" | "next" | "first" | "coming" | "previous" | "following" | "final" | "initial" | "remaining"
        )
    }) {
        j += 1;
    }
    if let Some((n, after)) = amount(t, j)
        // "the 1988 quarter" is a date.
        && year_number(t, j).is_none()
    {
        // "two-year", "99-year": an adjective, unless it is an age ("30-year-old").
        let hyphen = t.get(after).is_some_and(|x| x.is_char('-') && !x.gap);
        // "the two-week truce": the adjective alone is the duration.
        if hyphen && j > i {
            return None;
        }
        // "two to three weeks", "three or four days", "20 and 50 years ago": the first amount of a
        // range or a pair is a stretch of the unit named after the second (TimeML marks the two apart).
        if !hyphen
            && j == i
            && t.get(after).is_some_and(|x| x.is("to") || x.is("or") || x.is("and"))
            && let Some((Some(_), second_end)) = amount(t, after + 1)
            && let Some((unit, true)) = unit_of(t.get(second_end))
            && !matches!(unit, Unit::Weekend)
            && n.is_some_and(|v| v > 1.0)
            // "27 and 29 years old": ages, the quantities' own.
            && !t.get(second_end + 1).is_some_and(|x| x.is("old"))
        {
            // "six to eight weeks ago": then each bound is a date, the first told back from now like
            // the second (the rule for "ago" read over the amount, the unit and the "ago").
            if t.get(second_end + 1).is_some_and(|x| x.is("ago") || x.is("earlier") || x.is("later")) {
                let elided = [t[i].clone(), t[second_end].clone(), t[second_end + 1].clone()];
                return super::dates::ago(&elided, 0, st).filter(|c| c.end == 3).map(|c| Core { end: after, ..c });
            }
            return core(after, TimeType::Duration, Val::Raw(duration_value(n, unit)));
        }
        let mut unit_at = if hyphen { after + 1 } else { after };
        // "two more weeks", "an additional year", "four straight years": the amount still counts
        // units of time.
        if !hyphen
            && t.get(unit_at).is_some_and(|x| {
                matches!(x.lower().as_str(), "more" | "additional" | "extra" | "further" | "straight" | "consecutive")
            })
            && unit_of(t.get(unit_at + 1)).is_some()
        {
            unit_at += 1;
        }
        // "eight trading days", "ten business days".
        if !hyphen
            && t.get(unit_at).is_some_and(|x| x.is("trading") || x.is("business") || x.is("working"))
            && t.get(unit_at + 1).is_some_and(|x| x.is("days") || x.is("day"))
        {
            unit_at += 1;
        }
        let (unit, plural) = unit_of(t.get(unit_at))?;
        if unit == Unit::Weekend || name_capital(t.get(unit_at), st) {
            return None;
        }
        let amount_word = t.get(j).map(|x| x.lower()).unwrap_or_default();
        // "a zero day flaw", "zero-hour": no stretch of time is ever written in the singular of zero.
        if n == Some(0.0) && !plural {
            return None;
        }
        let single = matches!(amount_word.as_str(), "a" | "an" | "one");
        // "a quarter of", "three-quarters": fractions, not quarters of a year ("several quarters of
        // losses" can be nothing else).
        if unit == Unit::Quarter && n.is_some() && (single || hyphen || t.get(unit_at + 1).is_some_and(|x| x.is("of"))) {
            return None;
        }
        // "24 hours a day", "seven days a week": always, not a stretch of time.
        if let (Some(a), Some((per, _))) = (t.get(unit_at + 1), unit_of(t.get(unit_at + 2)))
            && (a.is("a") || a.is("an"))
            && matches!(
                (n, unit, per),
                (Some(24.0), Unit::Hour, Unit::Day)
                    | (Some(7.0), Unit::Day, Unit::Week)
                    | (Some(365.0), Unit::Day, Unit::Year)
                    | (Some(52.0), Unit::Week, Unit::Year)
                    | (Some(12.0), Unit::Month, Unit::Year)
            )
        {
            return None;
        }
        // "a day", "a second", "one year": durations only after words that take one ("for a year");
        // the adjective "one-day" is one anyway.
        // "a minute and a half later" is a stretch however it starts.
        let later_at = |k: usize| t.get(k).is_some_and(|x| x.is("later") || x.is("earlier"));
        let sub_day_later = matches!(unit, Unit::Hour | Unit::Minute | Unit::Second)
            && (later_at(unit_at + 1) || later_at(unit_at + 3) || later_at(unit_at + 4));
        if single && j == i && !hyphen && !sub_day_later {
            let previous = i.checked_sub(1).and_then(|k| t.get(k)).map(|x| x.lower()).unwrap_or_default();
            // "as long as a month".
            let as_long_as = previous == "as" && i >= 2 && t.get(i - 2).is_some_and(|x| x.is("long"));
            let takes_a_span = as_long_as
                || matches!(
                    previous.as_str(),
                    "for"
                        | "in"
                        | "within"
                        | "than"
                        | "after"
                        | "only"
                        | "just"
                        | "least"
                        | "about"
                        | "nearly"
                        | "almost"
                        | "over"
                        | "under"
                        | "around"
                        | "some"
                        | "take"
                        | "takes"
                        | "took"
                        | "spent"
                        | "lasted"
                        | "entire"
                        | "whole"
                        | "full"
                        | "half"
                        | "barely"
                        | "roughly"
                        | "exactly"
                        | "precisely"
                        | "approximately"
                        | "merely"
                        // "offered him a week", "gave them a year": the time given.
                        | "him"
                        | "her"
                        | "them"
                        | "us"
                        | "me"
                );
            // "One year after the release", "a month into his term", "one year removed from": a
            // stretch measured from an event.
            let from_an_event =
                t.get(unit_at + 1).is_some_and(|x| x.is("after") || x.is("before") || x.is("into") || x.is("removed"));
            if unit == Unit::Second || !(takes_a_span || from_an_event) {
                return None;
            }
        }
        // "one year" / "two year" agree loosely; "a years" does not.
        if plural && n == Some(1.0) && !t.get(j).is_some_and(|x| x.kind == Kind::Number) {
            return None;
        }
        let mut end = unit_at + 1;
        // Ages belong to quantities: "30-year-old", "30 years old".
        if t.get(end).is_some_and(|x| x.is_char('-')) && t.get(end + 1).is_some_and(|x| x.is("old") || x.is("olds"))
            || t.get(end).is_some_and(|x| x.is("old"))
        {
            return None;
        }
        // "5 year-round homes", "a day-to-day job", "year-on-year growth": the unit word opens an
        // adjective, and the number counts what follows.
        if t.get(end).is_some_and(|x| x.is_char('-') && !x.gap)
            && t.get(end + 1).is_some_and(|x| !x.gap && (x.is("round") || x.is("to") || x.is("on") || x.is("over")))
        {
            return None;
        }
        let mut n = n;
        // "a year and a half"
        if t.get(end).is_some_and(|x| x.is("and"))
            && t.get(end + 1).is_some_and(|x| x.is("a"))
            && t.get(end + 2).is_some_and(|x| x.is("half"))
        {
            n = n.map(|v| v + 0.5);
            end += 3;
        }
        // "for a week or so": the same stretch, approximately.
        let or_so = t.get(end).is_some_and(|x| x.is("or")) && t.get(end + 1).is_some_and(|x| x.is("so"));
        let after_or_so = if or_so { end + 2 } else { end };
        // Ago-phrases are dates, handled by `ago`, except the hours and minutes of "an hour later".
        let sub_day = matches!(unit, Unit::Hour | Unit::Minute | Unit::Second);
        if t.get(after_or_so).is_some_and(|x| match x.lower().as_str() {
            "ago" | "hence" => true,
            "earlier" | "later" => !sub_day,
            _ => false,
        }) {
            return None;
        }
        let value = Val::Raw(duration_value(n, unit));
        if or_so {
            return Some(Core { modifier: Some("APPROX"), ..core(after_or_so, TimeType::Duration, value)? });
        }
        // A bare "a"/"an"/"one" + "day" after "one" like "one day" is often "some day"; keep it (TimeML marks it).
        return core(end, TimeType::Duration, value);
    }
    // "for years", "over decades", "in months", "for the past decade".
    let (unit, plural) = unit_of(t.get(j))?;
    // "day-long", "decades-long", "years-old" (a slump): one unit, or an unspecified number.
    // (Not after a number: "then 29-years-old" is an age, the quantities' own.)
    let after_number = i.checked_sub(1).and_then(|k| t.get(k)).is_some_and(|x| x.is_char('-') && !t[i].gap)
        && i.checked_sub(2).is_some_and(|k| amount(t, k).is_some_and(|(_, end)| end == i - 1));
    if j == i
        && !after_number
        && t.get(j + 1).is_some_and(|x| x.is_char('-') && !x.gap)
        && t.get(j + 2).is_some_and(|x| x.is("long") || (plural && x.is("old")))
    {
        return core(j + 3, TimeType::Duration, Val::Raw(duration_value(if plural { None } else { Some(1.0) }, unit)));
    }
    let previous = i.checked_sub(1).and_then(|k| t.get(k)).map(|x| x.lower()).unwrap_or_default();
    if j == i && plural && matches!(previous.as_str(), "for" | "over" | "within" | "in" | "took" | "lasted") {
        return core(j + 1, TimeType::Duration, Val::Raw(duration_value(None, unit)));
    }
    // "over the years", "in the years that followed", "in the weeks ahead": a stretch of unsaid
    // length. ("The weeks before the shooting" is left out: TimeBank makes it a date.)
    if plural && j == i + 1 && t.get(i).is_some_and(|x| x.is("the")) {
        let after = t.get(j + 1).map(|x| x.lower()).unwrap_or_default();
        let stretch = match previous.as_str() {
            "over" | "through" => !matches!(after.as_str(), "of" | "-"),
            "in" | "during" => matches!(after.as_str(), "that" | "since" | "ahead" | "to"),
            _ => after == "ahead",
        };
        if stretch {
            let end = if after == "ahead" { j + 2 } else { j + 1 };
            return core(end, TimeType::Duration, Val::Raw(duration_value(None, unit)));
        }
    }
    // "the past decade", "the next year" — one unit ("the past year" is a date: see `relative`).
    if j > i && !plural && t.get(j - 1).is_some_and(|x| matches!(x.lower().as_str(), "past" | "last" | "next" | "coming")) {
        if !t.get(i).is_some_and(|x| x.is("the")) && !t.get(j - 1).is_some_and(|x| x.is("past")) {
            return None;
        }
        // ("the past decade and a half": one and a half units.)
        if t.get(j + 1).is_some_and(|x| x.is("and"))
            && t.get(j + 2).is_some_and(|x| x.is("a"))
            && t.get(j + 3).is_some_and(|x| x.is("half"))
        {
            return core(j + 4, TimeType::Duration, Val::Raw(duration_value(Some(1.5), unit)));
        }
        return core(j + 1, TimeType::Duration, Val::Raw(duration_value(Some(1.0), unit)));
    }
    None
}

/// "the day before last Tuesday's hearing", "the day after Christmas": one day off a date.
pub(super) fn day_next_to(t: &[Token<'_>], i: usize, st: &State) -> Option<Core> {
    let j = if t.get(i).is_some_and(|x| x.is("the")) { i + 1 } else { i };
    if !t.get(j).is_some_and(|x| x.is("day")) {
        return None;
    }
    let shift = match t.get(j + 1)?.lower().as_str() {
        "before" => -1,
        "after" => 1,
        _ => return None,
    };
    // The date rules alone, not `longest`: "day after day after day" must not nest.
    let k = j + 2;
    let date = [explicit_date(t, k, st), weekday(t, k, st), relative(t, k, st, false), deictic(t, k, st), holiday(t, k, st)]
        .into_iter()
        .flatten()
        .filter(|c| matches!(c.val, Val::Day(_)))
        .max_by_key(|c| c.end)?;
    let Val::Day(d) = date.val else { return None };
    let anchor = date.val.render().0;
    Some(Core { end: date.end, kind: TimeType::Date, val: Val::Day(add_days(d, shift)?), modifier: None, anchor: Some(anchor) })
}

/// "today is the eighth day of Desert Shield", "it's the second day of an offensive", "this is
/// the third year of the drought": the count of something still running names the present day,
/// week, month or year.
pub(super) fn running_count(t: &[Token<'_>], i: usize, st: &State) -> Option<Core> {
    // "is", or its contraction after a pronoun ("it's"; "Clinton's second year of office" is a
    // possessive, told of any time).
    let word_at = |k: Option<usize>| k.and_then(|k| t.get(k)).map(|x| x.lower()).unwrap_or_default();
    let before = word_at(i.checked_sub(1));
    let copula = before == "is"
        || ((before == "'s" || before == "’s") && matches!(word_at(i.checked_sub(2)).as_str(), "it" | "that" | "today" | "this"));
    if !copula {
        return None;
    }
    let j = if t.get(i).is_some_and(|x| x.is("the")) { i + 1 } else { i };
    let ordinal = t.get(j)?.with_lower(|w| {
        matches!(w, "first" | "second" | "third" | "fourth" | "fifth" | "sixth" | "seventh" | "eighth" | "ninth" | "tenth")
    })?;
    let (unit, plural) = unit_of(t.get(j + 1))?;
    if !ordinal || plural || !t.get(j + 2).is_some_and(|x| x.is("of")) {
        return None;
    }
    let r = st.reference()?;
    let val = match unit {
        Unit::Day => Val::Day(r),
        Unit::Week => week_of(r),
        Unit::Month => Val::Month(r.year(), r.month()),
        Unit::Year => Val::Year(r.year()),
        _ => return None,
    };
    core(j + 2, TimeType::Date, val)
}

pub(super) fn ordinal_word(tok: Option<&Token<'_>>) -> Option<i8> {
    match tok?.lower().as_str() {
        "first" => Some(1),
        "second" => Some(2),
        "third" => Some(3),
        "fourth" => Some(4),
        _ => None,
    }
}
