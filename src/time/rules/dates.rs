//! The time rules: dates: explicit, weekdays, deictic ("yesterday", "last week"), narrative ("that day"), relative and "ago".

use super::*;

/// "Sep 23, 2016", "Monday, Sept. 19", "23 September 2016", "September 2016", "9/23/2016", "2016-09-23".
pub(super) fn explicit_date(t: &[Token<'_>], i: usize, st: &State) -> Option<Core> {
    let mut j = i;
    if weekday_of(t.get(j)?).is_some() {
        j = skip_comma(t, j + 1);
    }
    if let Some(m) = t.get(j).and_then(month_of) {
        // Month Day[, Year]
        if let Some((d, after)) = day_number(t, j + 1) {
            let k = skip_comma(t, after);
            if let Some(y) = year_number(t, k) {
                return Date::new(y, m, d).ok().and_then(|date| core(k + 1, TimeType::Date, Val::Day(date)));
            }
            // "June 16th of last year", "March 3 next year".
            let of = usize::from(t.get(after).is_some_and(|x| x.is("of")));
            if t.get(after + 1 + of).is_some_and(|x| x.is("year"))
                && let Some(shift) = t.get(after + of).and_then(|x| match x.lower().as_str() {
                    "last" => Some(-1),
                    "this" => Some(0),
                    "next" => Some(1),
                    _ => None,
                })
            {
                let val = match st.reference() {
                    Some(r) => Val::Day(Date::new(r.year() + shift, m, d).ok()?),
                    None => Val::Raw(format!("XXXX-{m:02}-{d:02}")),
                };
                return core(after + 2 + of, TimeType::Date, val);
            }
            let val = match st.reference() {
                Some(r) => Val::Day(day_of_month(r, m, d, t, j, st)?),
                None => Val::Raw(format!("XXXX-{m:02}-{d:02}")),
            };
            return core(after, TimeType::Date, val);
        }
        // "July last year", "March next year", "June of last year"
        let of = usize::from(t.get(j + 1).is_some_and(|x| x.is("of")));
        if t.get(j + 2 + of).is_some_and(|x| x.is("year"))
            && let Some(shift) = t.get(j + 1 + of).and_then(|x| match x.lower().as_str() {
                "last" => Some(-1),
                "this" => Some(0),
                "next" => Some(1),
                _ => None,
            })
        {
            let val = st.reference().map_or(Val::Raw(format!("XXXX-{m:02}")), |r| Val::Month(r.year() + shift, m));
            return core(j + 3 + of, TimeType::Date, val);
        }
        // "October of that year", "in March of the following year": the month in the year the
        // narrative named last (not the reference date's).
        if t.get(j + 1).is_some_and(|x| x.is("of")) {
            let word_at = |k: usize| t.get(k).map(|x| x.lower()).unwrap_or_default();
            let (shift_by, year_at) = match (word_at(j + 2).as_str(), word_at(j + 3).as_str()) {
                ("that", "same") | ("the", "same") => (Some(0), j + 4),
                ("that", _) => (Some(0), j + 3),
                ("the", "following" | "next") => (Some(1), j + 4),
                ("the", "previous" | "preceding") => (Some(-1), j + 4),
                _ => (None, 0),
            };
            if let Some(n) = shift_by
                && t.get(year_at).is_some_and(|x| x.is("year"))
            {
                let prev = if n == 0 { st.previous()? } else { st.previous_in_narrative()? };
                let Val::Year(y) = same(prev, Unit::Year)? else { return None };
                return anchored(year_at + 1, TimeType::Date, Val::Month(y + n as i16, m), prev);
            }
        }
        // Month [of|,] Year
        let k = if t.get(j + 1).is_some_and(|x| x.is("of")) { j + 2 } else { skip_comma(t, j + 1) };
        if let Some(y) = year_number(t, k) {
            return core(k + 1, TimeType::Date, Val::Month(y, m));
        }
        if let Some((y, end)) = spelled_year(t, k) {
            return core(end, TimeType::Date, Val::Month(y, m));
        }
        return None;
    }
    // Day Month [Year]
    if let Some((d, after)) = day_number(t, j) {
        let after = if t.get(after).is_some_and(|x| x.is("of")) { after + 1 } else { after };
        if let Some(m) = t.get(after).and_then(month_of) {
            let k = skip_comma(t, after + 1);
            if let Some(y) = year_number(t, k) {
                return Date::new(y, m, d).ok().and_then(|date| core(k + 1, TimeType::Date, Val::Day(date)));
            }
            let val = match st.reference() {
                Some(r) => Val::Day(day_of_month(r, m, d, t, j, st)?),
                None => Val::Raw(format!("XXXX-{m:02}-{d:02}")),
            };
            return core(after + 1, TimeType::Date, val);
        }
    }
    // Numeric: 2016-09-23, 9/23/2016, 23/9/2016.
    let sep = |k: usize, c: char| t.get(k).is_some_and(|x| x.is_char(c) && !x.gap) && t.get(k + 1).is_some_and(|x| !x.gap);
    let n = |k: usize| number_value(t.get(k));
    if let Some(y) = year_number(t, j)
        && sep(j + 1, '-')
        && sep(j + 3, '-')
        && let (Some(m), Some(d)) = (n(j + 2), n(j + 4))
    {
        return Date::new(y, i8::try_from(m).ok()?, i8::try_from(d).ok()?)
            .ok()
            .and_then(|date| core(j + 5, TimeType::Date, Val::Day(date)));
    }
    if let (Some(a), Some(b)) = (n(j), n(j + 2))
        && sep(j + 1, '/')
        && sep(j + 3, '/')
        && let Some(y) = year_number(t, j + 4).or_else(|| two_digit_year(t.get(j + 4), st.reference()))
    {
        let (m, d) = if a > 12 { (b, a) } else { (a, b) };
        return Date::new(y, i8::try_from(m).ok()?, i8::try_from(d).ok()?)
            .ok()
            .and_then(|date| core(j + 5, TimeType::Date, Val::Day(date)));
    }
    // Month/day without a year. "9/11" is the name of the 2001 attacks wherever it stands (a
    // day that is meant is written "Sept. 11"); any other is a date only after a preposition
    // that takes one ("polls close on 11/8"), since "3/4" is as often a fraction or a score.
    if let (Some(m), Some(d)) = (n(j), n(j + 2))
        && sep(j + 1, '/')
        && !t.get(j + 3).is_some_and(|x| (x.is_char('/') || x.is_char('-')) && !x.gap)
        && t.get(j).is_some_and(|x| x.text.len() <= 2)
        && t.get(j + 2).is_some_and(|x| x.text.len() <= 2)
    {
        if (m, d) == (9, 11) {
            return core(j + 3, TimeType::Date, Val::Day(Date::new(2001, 9, 11).ok()?));
        }
        let after_preposition = j.checked_sub(1).and_then(|k| t.get(k)).is_some_and(|x| {
            matches!(
                x.lower().as_str(),
                "on" | "since" | "until" | "till" | "through" | "by" | "before" | "after" | "updated" | "posted" | "published"
            )
        })
            // "UPDATE: 5/12 — The website …": an editor's note dated.
            || (j >= 2
                && t[j - 1].is_char(':')
                && matches!(t[j - 2].lower().as_str(), "update" | "updated" | "correction" | "editor's note"));
        if after_preposition && (1..=12).contains(&m) && (1..=31).contains(&d) {
            let (m, d) = (i8::try_from(m).ok()?, i8::try_from(d).ok()?);
            let val = match st.reference() {
                Some(r) => Val::Day(day_of_month(r, m, d, t, j, st)?),
                None => Val::Raw(format!("XXXX-{m:02}-{d:02}")),
            };
            return core(j + 3, TimeType::Date, val);
        }
    }
    None
}

/// The year two-digit years are read near when the article's date is unknown: the analysis
/// must not depend on the day it runs, so this is fixed (the year this rule was written).
pub(super) const YEAR_WITHOUT_REFERENCE: i16 = 2026;

/// The year of a two-digit year in a numeric date ("9/17/16"): the one in the century that puts
/// it at most ten years after the reference date, as a reader would (without one, at most ten
/// years after [`YEAR_WITHOUT_REFERENCE`]).
fn two_digit_year(tok: Option<&Token<'_>>, reference: Option<Date>) -> Option<i16> {
    let tok = tok?;
    if tok.text.len() != 2 {
        return None;
    }
    let yy = i16::try_from(number_value(Some(tok))?).ok()?;
    let pivot = reference.map_or(YEAR_WITHOUT_REFERENCE, |r| r.year()) + 10;
    let year = pivot / 100 * 100 + yy;
    Some(if year > pivot { year - 100 } else { year })
}

/// The date of day `d` of month `m`, named without a year at token `i` of `t` and written on `r`:
/// in the year [`year_of_month`] gives, unless a past narrative of an earlier year runs on: "On
/// March 2, 2015, the Times revealed it … On March 25, the firm wiped the server" is 2015's, when
/// the previous date (two sentences at most) is of that earlier year and a few months before.
fn day_of_month(r: Date, m: i8, d: i8, t: &[Token<'_>], i: usize, st: &State) -> Option<Date> {
    // "the Sept. 11 attacks", "the September 11 hijackers": the day of 2001 that news names
    // without its year.
    if (m, d) == (9, 11)
        && r.year() > 2001
        && let Some(k) = (i + 1..(i + 5).min(t.len())).find(|&k| t[k].kind == Kind::Word)
        // (Plural: "the September 11 attack, which left four Americans dead" is Benghazi's, 2012.)
        && (t[k].is("attacks")
            || t[k].is("hijackers")
            || t[k].is("commission")
            || ((t[k].is("terrorist") || t[k].is("terror")) && t.get(k + 1).is_some_and(|x| x.is("attacks"))))
    {
        return Date::new(2001, 9, 11).ok();
    }
    let year = year_of_month(r, m, t, i);
    if let Some(Val::Day(previous)) = st.previous()
        && previous.year() < year
        && (m, d) >= (previous.month(), previous.day())
        && m - previous.month() <= 6
        && tense(t, i) == Tense::Past
        && let Ok(date) = Date::new(previous.year(), m, d)
    {
        return Some(date);
    }
    Date::new(year, m, d).ok()
}

/// The year of month `m` named at token `i` of `t`, written on `r`: as [`month_year`] says, and a
/// month just ahead of `r` (one or two months) is last year's when a past verb governs it closely
/// ("sales rose in October", written in September). Farther past cues ("said", "last", a verb
/// a clause away) are too weak for that: "said it would extend its bid, due to expire last
/// Thursday, to Nov. 6" is ahead.
pub(super) fn year_of_month(r: Date, m: i8, t: &[Token<'_>], i: usize) -> i16 {
    let tense = tense(t, i);
    if tense == Tense::Past && (1..=2).contains(&(m - r.month())) && (past_verb_near(t, i) || fronted_before_past(t, i)) {
        return r.year() - 1;
    }
    // "the plan for the November election", written in April: the vote of this year, not last
    // year's (news names past years' votes with their year); "the Feb. 9 primary", written in
    // December, is still next year's.
    let year = month_year(r, m, tense);
    if tense == Tense::Unknown && year < r.year() && names_a_vote(t, i) {
        return r.year();
    }
    // "influence the Nov. 8 presidential election", "the nominee for the Nov. 8 election later
    // said": a vote named by its date is the nearest such day, whatever the clause's tense.
    if tense == Tense::Past && t.get(i.wrapping_sub(1)).is_some_and(|x| x.is("the")) && names_a_vote(t, i) {
        return month_year(r, m, Tense::Nearest);
    }
    year
}

/// Whether the month at `i` opens its sentence in a phrase of its own ("In October, Mrs.
/// Clinton, the Democratic nominee, proposed …") and the clause after the comma is told in the
/// past: its first verb is a past form, before any word of the present or the future.
fn fronted_before_past(t: &[Token<'_>], i: usize) -> bool {
    let opens = i.checked_sub(1).and_then(|k| t.get(k)).is_some_and(|x| x.is("in"))
        && i.checked_sub(2).and_then(|k| t.get(k)).is_none_or(|x| x.kind == Kind::Punct);
    if !opens || !t.get(i + 1).is_some_and(|x| x.is_char(',')) {
        return false;
    }
    for x in t.iter().skip(i + 2).take(14) {
        if x.is_char('.') || x.is_char(';') {
            return false;
        }
        let Some(past) = x
            .with_lower(|w| match w {
                "will" | "would" | "is" | "are" | "has" | "have" | "plans" | "expects" | "to" | "may" | "could" => Some(false),
                "was" | "were" | "had" | "said" | "told" | "made" | "took" | "came" | "went" | "gave" | "won" | "lost"
                | "met" | "held" | "began" | "sent" | "led" => Some(true),
                _ if super::words::looks_past_ed(w) => Some(true),
                _ => None,
            })
            .flatten()
        else {
            continue;
        };
        return past;
    }
    false
}

/// Whether a past verb stands within four words before token `i`, with only a preposition, an
/// article or an adverb between ("rose sharply in October", "was killed on Oct. 23").
fn past_verb_near(t: &[Token<'_>], i: usize) -> bool {
    for k in (i.saturating_sub(4)..i).rev() {
        let Some(x) = t.get(k) else { return false };
        if x.kind != Kind::Word {
            return false;
        }
        let w = x.lower();
        // A deadline or an intention: "extended to Nov. 6", "until mid-November", "planned for December".
        if matches!(w.as_str(), "to" | "until" | "till" | "through" | "by" | "for" | "before" | "next" | "this" | "said" | "told")
        {
            return false;
        }
        let irregular = matches!(
            w.as_str(),
            "came"
                | "went"
                | "rose"
                | "fell"
                | "died"
                | "won"
                | "lost"
                | "began"
                | "took"
                | "made"
                | "held"
                | "hit"
                | "struck"
                | "broke"
                | "ran"
                | "sold"
                | "bought"
                | "paid"
                | "grew"
                | "met"
                | "fought"
                | "led"
                | "sent"
                | "shot"
                | "spent"
                | "built"
                | "fled"
                | "was"
                | "were"
        );
        let regular = super::words::looks_past_ed(&w)
            && !matches!(
                w.as_str(),
                "expected" | "scheduled" | "planned" | "slated" | "needed" | "proposed" | "intended" | "united" | "unexpected"
            );
        // A verb, not a participle: after a subject ("the Post asked", "a process that began",
        // "Mr. Cruz first stirred"), not after a plain noun ("ads reserved in December" may be
        // ahead) or in a compound ("the delegate-packed April 19 primary").
        if irregular || regular {
            let mut p = k;
            while p > 0
                && t[p - 1].with_lower(|v| v.ends_with("ly") || matches!(v, "first" | "also" | "then" | "just")).unwrap_or(false)
            {
                p -= 1;
            }
            return p.checked_sub(1).and_then(|q| t.get(q)).is_some_and(|s| {
                s.kind == Kind::Word
                    && (s.capitalized()
                        || s.with_lower(|v| {
                            matches!(
                                v,
                                "he" | "she"
                                    | "it"
                                    | "they"
                                    | "we"
                                    | "i"
                                    | "you"
                                    | "that"
                                    | "which"
                                    | "who"
                                    | "had"
                                    | "has"
                                    | "have"
                                    // A passive in the past: "the company was sold in December".
                                    | "was"
                                    | "were"
                            )
                        })
                        .unwrap_or(false))
            });
        }
    }
    false
}

/// The year of month `m` as meant in a clause of tense `tense` written on `r`: the same year,
/// unless the tense points the other way (a past month more than two months ahead, a future month
/// already gone). Without a tense cue news mostly looks back, except just across the new year.
pub(super) fn month_year(r: Date, m: i8, tense: Tense) -> i16 {
    let ahead = m - r.month();
    match tense {
        // A past event in a month well ahead of this one was last year's, and a future event in an
        // earlier month next year's.
        Tense::Past if ahead > 2 => r.year() - 1,
        Tense::Future if ahead < 0 => r.year() + 1,
        // Without a cue: a month more than half a year ahead is last year's; one four or fewer
        // months ahead across the new year ("by February", written in October) is next year's.
        Tense::Unknown | Tense::Nearest if ahead > 6 => r.year() - 1,
        Tense::Unknown | Tense::Nearest if ahead <= -8 => r.year() + 1,
        _ => r.year(),
    }
}

/// The tense of an event named "ahead of Tuesday's primary" or "heading into Tuesday's primaries":
/// ahead, unless its clause is told in the past, when it may have gone by the time of writing or
/// still be ahead, whichever day is nearer ("Clinton had more delegates than Sanders heading into
/// Tuesday's primaries", written on Wednesday; "Ahead of Friday's meeting, France and Germany
/// unveiled a plan", on Sunday). The clause is the stretch back to the last clause mark, or, for
/// a fronted phrase, the words after its comma.
fn told_in_past_around(t: &[Token<'_>], i: usize) -> Tense {
    let is_past = |x: &Token<'_>| {
        x.kind == Kind::Word
            && x.with_lower(|w| {
                matches!(w, "had" | "was" | "were" | "said" | "told" | "met" | "held" | "made" | "took")
                    || (super::words::looks_past_ed(w) && w != "headed")
            })
            .unwrap_or(false)
    };
    let is_mark = |x: &Token<'_>| [".", ";", ":", "?", "!"].iter().any(|m| x.is(m));
    let left = t[..i].iter().rev().take(16).take_while(|x| !is_mark(x) && !x.is(","));
    let fronted =
        t[..i].iter().rev().take(16).take_while(|x| !is_mark(x)).count() == i.min(16) && t[..i].iter().all(|x| !x.is(","));
    let mut left = left.peekable();
    let past_left = left.any(is_past);
    let past_right =
        fronted && t[i..].iter().skip_while(|x| !x.is(",")).skip(1).take(10).take_while(|x| !is_mark(x)).any(is_past);
    if past_left || past_right { Tense::Nearest } else { Tense::Future }
}

/// "Monday", "Thursday night", "Monday morning"; tense-aware.
pub(super) fn weekday(t: &[Token<'_>], i: usize, st: &State) -> Option<Core> {
    if let Some(set) = weekday_set(t, i) {
        return Some(set);
    }
    let wd = weekday_of(t.get(i)?)?;
    // "the Las Vegas Sun.", "the Baltimore Sun.": a short form after a capitalized word is a name's
    // last word (listings write "Sun., Nov. 8", after a comma or alone; "takes over as CEO Mon."
    // follows an acronym).
    let short = !t[i].text.to_ascii_lowercase().contains("day");
    if short
        && i.checked_sub(1)
            .and_then(|k| t.get(k))
            .is_some_and(|p| p.kind == Kind::Word && p.capitalized() && p.text.chars().any(char::is_lowercase))
    {
        return None;
    }
    // "Super Tuesday", "Black Friday", "Bloody Sunday": a day's name, not the weekday of this week.
    let named_by = i.checked_sub(1).and_then(|k| t.get(k)).filter(|p| p.capitalized() && t[i].capitalized());
    if let Some(name) = named_by.and_then(|p| p.with_lower(|w| w.to_string())) {
        match name.as_str() {
            // "Super Tuesday 2" (March 15 of 2016) is read as the weekday it is.
            "super" if t.get(i + 1).is_some_and(|x| x.kind == Kind::Number || x.is("II")) => {}
            // The American primaries' Super Tuesday: the first Tuesday of March of a presidential
            // election year (2012, 2016, 2020, 2024), told from the reference date's year.
            "super" if wd == Weekday::Tuesday => {
                let year = st.reference()?.year();
                if year % 4 != 0 {
                    return None;
                }
                let first = Date::new(year, 3, 1).ok()?;
                let day = first.nth_weekday_of_month(1, Weekday::Tuesday).ok()?;
                return core(i + 1, TimeType::Date, Val::Day(day));
            }
            "super" | "black" | "cyber" | "bloody" | "ash" | "fat" | "holy" | "maundy" | "giving" => return None,
            _ => {}
        }
    }
    let part = day_part(t.get(i + 1));
    let end = if part.is_some() { i + 2 } else { i + 1 };
    // "Saturday Night Live", "Monday Night Football", "Friday Night Lights": a show's title.
    if part.is_some()
        && t.get(i + 1).is_some_and(|x| x.capitalized())
        && t.get(i + 2).is_some_and(|x| {
            x.kind == Kind::Word
                && matches!(x.text, "Live" | "Football" | "Lights" | "Fever" | "Futures" | "Baseball" | "Raw" | "Massacre")
        })
    {
        return None;
    }
    let before = i.checked_sub(1).and_then(|k| t.get(k));
    // "The Sunday Times", "the Sunday Telegraph": "the", the day and a capitalized word name a paper
    // ("the Sunday TV shows" are the day's).
    if part.is_none()
        && !st.title_case
        && before.is_some_and(|x| x.is("the"))
        && t.get(i + 1).is_some_and(|x| {
            x.kind == Kind::Word && x.capitalized() && x.text.chars().any(char::is_lowercase) && month_of(x).is_none()
        })
    {
        return None;
    }
    // "on a Sunday in May", "killed on a Friday night": some such day, not this week's ("at a
    // Tuesday rally" is this week's).
    let unspecified = before.is_some_and(|x| x.is("a"))
        && (i >= 2 && t[i - 2].is("on")
            || t.get(end)
                .is_none_or(|x| x.kind != Kind::Word || matches!(x.lower().as_str(), "in" | "when" | "after" | "before")));
    let val = match if unspecified { None } else { st.reference() } {
        Some(r) => {
            // "Wednesday's ruling" reports something done, unless a plain future governs it
            // ("Trump will probably use Monday's encounter").
            let possessive = t.get(end).is_some_and(|x| x.is("'s") || x.is("’s"));
            // (Nor an expectation or a preparation: "voters expect Clinton to win Monday's debate",
            // "as they prepare for Tuesday's primary".)
            let will = (1..=4)
                .filter_map(|k| i.checked_sub(k).and_then(|j| t.get(j)))
                .any(|x| x.is("will") || x.is("shall") || x.text.ends_with("'ll") || x.text.ends_with("’ll"));
            let expected = (1..=6).filter_map(|k| i.checked_sub(k).and_then(|j| t.get(j))).any(|x| {
                x.with_lower(|w| {
                    matches!(
                        w,
                        "expect" | "expects" | "prepare" | "prepares" | "preparing" | "await" | "awaits" | "awaiting" | "preview"
                    )
                })
                .unwrap_or(false)
            });
            // ("ahead of Tuesday's primary", "heading into Monday's vote": the event is ahead.)
            let word_before = |k: usize| i.checked_sub(k).and_then(|j| t.get(j)).map(|x| x.lower()).unwrap_or_default();
            let ahead = word_before(1) == "of" && word_before(2) == "ahead"
                || (word_before(1) == "into" && matches!(word_before(2).as_str(), "heading" | "going" | "headed"));
            let tense = if possessive && ahead {
                told_in_past_around(t, i)
            } else if possessive && expected {
                Tense::Future
            } else if possessive && !will {
                Tense::Past
            } else {
                tense(t, i)
            };
            let date = resolve_weekday(r, wd, tense, Relation::None)?;
            part.map_or(Val::Day(date), |p| Val::Part(date, p))
        }
        // No reference date: which Monday is unknown, but that it is a Monday is not.
        None => {
            let part = part.map(|p| format!("T{p}")).unwrap_or_default();
            Val::Raw(format!("XXXX-WXX-{}{part}", wd.to_monday_one_offset()))
        }
    };
    core(end, TimeType::Date, val)
}

/// "Mondays", "Tuesday nights", "on Monday and Tuesday nights": every such day (or part of it), a
/// set. The part said once after two weekdays belongs to both.
fn weekday_set(t: &[Token<'_>], i: usize) -> Option<Core> {
    let tok = t.get(i)?;
    let plural_part = |k: usize| {
        t.get(k).and_then(|x| match x.lower().as_str() {
            "mornings" => Some("MO"),
            "afternoons" => Some("AF"),
            "evenings" => Some("EV"),
            "nights" => Some("NI"),
            _ => None,
        })
    };
    let set = |wd: Weekday, part: Option<&str>, end: usize| {
        let value = format!("XXXX-WXX-{}{}", wd.to_monday_one_offset(), part.map(|p| format!("T{p}")).unwrap_or_default());
        core(end, TimeType::Set, Val::Raw(value))
    };
    if let Some(wd) = weekday_of(tok) {
        if let Some(part) = plural_part(i + 1) {
            return set(wd, Some(part), i + 2);
        }
        let joined = t.get(i + 1).is_some_and(|x| x.is("and") || x.is("or")) && t.get(i + 2).and_then(weekday_of).is_some();
        return if joined { plural_part(i + 3).and_then(|part| set(wd, Some(part), i + 1)) } else { None };
    }
    // "Mondays": the plural of a weekday's full name.
    let singular = tok.text.strip_suffix('s').filter(|s| s.ends_with("day") && tok.capitalized())?;
    let wd = weekday_of(&Token { text: singular, range: tok.range.clone(), kind: tok.kind, gap: tok.gap })?;
    set(wd, plural_part(i + 1), if plural_part(i + 1).is_some() { i + 2 } else { i + 1 })
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Relation {
    None,
    Last,
    Next,
    This,
}

pub(super) fn resolve_weekday(r: Date, wd: Weekday, tense: Tense, relation: Relation) -> Option<Date> {
    let today = i64::from(r.weekday().to_monday_zero_offset());
    let target = i64::from(wd.to_monday_zero_offset());
    let back = (today - target).rem_euclid(7);
    let forward = (target - today).rem_euclid(7);
    let days = match relation {
        Relation::Last => -(if back == 0 { 7 } else { back }),
        Relation::Next => {
            if forward == 0 {
                7
            } else {
                forward
            }
        }
        _ if back == 0 => 0,
        _ => match tense {
            Tense::Future => forward,
            Tense::Past => -back,
            // A bare weekday in a present-tense clause: news reports mostly look back.
            Tense::Unknown if relation == Relation::This => forward,
            Tense::Unknown => -back,
            Tense::Nearest if forward < back => forward,
            Tense::Nearest => -back,
        },
    };
    add_days(r, days)
}

/// today, tonight, yesterday, tomorrow (+ part of day), now, currently, recently, the future, …
pub(super) fn deictic(t: &[Token<'_>], i: usize, st: &State) -> Option<Core> {
    let tok = t.get(i)?;
    if tok.kind != Kind::Word {
        return None;
    }
    let lower = tok.lower();
    let next = t.get(i + 1).map(|x| x.lower()).unwrap_or_default();
    let previous = i.checked_sub(1).and_then(|k| t.get(k));
    // "(mid-)afternoon yesterday", "by mid afternoon": a part of a day named by the words around it.
    if let Some(part) = day_part(Some(tok)) {
        let shift = match next.as_str() {
            "today" => Some(0),
            "yesterday" => Some(-1),
            "tomorrow" => Some(1),
            _ => None,
        };
        let modified = previous.is_some_and(|p| {
            p.is("mid")
                || p.is("early")
                || p.is("late")
                || (p.is_char('-') && i.checked_sub(2).and_then(|k| t.get(k)).is_some_and(|q| q.is("mid")))
        });
        if shift.is_none() && !modified {
            return None;
        }
        let end = if shift.is_some() { i + 2 } else { i + 1 };
        // "said Saturday … after spending the early afternoon playing golf": that day's
        // afternoon, when the sentence named a day before it.
        if shift.is_none()
            && let Some(prev @ (Val::Day(d) | Val::Part(d, _))) = st.previous_in_sentence()
        {
            return anchored(end, TimeType::Time, Val::Part(*d, part), prev);
        }
        let val = match st.reference().and_then(|r| add_days(r, shift.unwrap_or(0))) {
            Some(d) => Val::Part(d, part),
            None => Val::Raw(format!("XXXX-XX-XXT{part}")),
        };
        return core(end, TimeType::Time, val);
    }
    if matches!(lower.as_str(), "today" | "tonight" | "tomorrow" | "yesterday") {
        // "VOA Today", "USA Today": a capitalized name runs into it.
        if name_capital(Some(tok), st) && previous.is_some_and(|p| p.kind == Kind::Word && p.capitalized()) {
            return None;
        }
        // "Greg Toppo, USA TODAY": the paper's credit line, in capitals.
        if previous.is_some_and(|p| p.text == "USA") && tok.capitalized() {
            return None;
        }
        // "today's youth", "today's personal computers": the present age, not the day (TimeBank
        // leaves these out).
        if lower == "today"
            && (next == "'s" || next == "’s")
            && (i + 2..=i + 3).any(|k| t.get(k).and_then(|x| x.with_lower(generic_present_noun)).unwrap_or(false))
        {
            return None;
        }
        // "the people of tomorrow": the future at large, not the next day.
        if lower == "tomorrow" && previous.is_some_and(|p| p.is("of")) && next != "'s" && next != "’s" {
            return None;
        }
    }
    let shift = match lower.as_str() {
        "today" => Some(0),
        "yesterday" => Some(-1),
        "tomorrow" => Some(1),
        "tonight" => {
            return core(i + 1, TimeType::Time, st.reference().map_or(raw("XXXX-XX-XXTNI"), |r| Val::Part(r, "NI")));
        }
        _ => None,
    };
    if let Some(days) = shift {
        let part = day_part(t.get(i + 1));
        let end = if part.is_some() { i + 2 } else { i + 1 };
        let val = match (st.reference().and_then(|r| add_days(r, days)), part) {
            (Some(d), Some(p)) => Val::Part(d, p),
            (Some(d), None) => Val::Day(d),
            (None, Some(p)) => Val::Raw(format!("XXXX-XX-XXT{p}")),
            (None, None) => raw("XXXX-XX-XX"),
        };
        return core(end, TimeType::Date, val);
    }
    let reference = |s: &str, end: usize| core(end, TimeType::Date, raw(s));
    match (lower.as_str(), next.as_str()) {
        // "Now, he says, ...": a discourse marker opening the sentence, not a time.
        ("now", ",") if tok.capitalized() => None,
        ("now" | "currently" | "presently" | "nowadays", _) => reference("PRESENT_REF", i + 1),
        // ("Current/Elliott jeans", "the Current TV network": capitalized after a word, a name.)
        ("current", _) if tok.capitalized() && i.checked_sub(1).and_then(|p| t.get(p)).is_some_and(|p| p.kind == Kind::Word) => {
            None
        }
        // An adjective needs its noun: "Hallmark Movie, Current, and TruTV" lists a channel.
        ("current", _)
            if t.get(i + 1).is_none_or(|x| [",", ".", ";", ":", "?", "!", ")"].iter().any(|p| x.is(p)))
                || (tok.capitalized()
                    && matches!(next.as_str(), "and" | "or")
                    && i.checked_sub(1).and_then(|p| t.get(p)).is_some_and(|p| p.is(","))) =>
        {
            None
        }
        ("current", _) if !matches!(next.as_str(), "account" | "affairs" | "events") => reference("PRESENT_REF", i + 1),
        ("at", "present") => reference("PRESENT_REF", i + 2),
        ("these", "days") => reference("PRESENT_REF", i + 2),
        ("recently" | "lately", _) => reference("PAST_REF", i + 1),
        // "twice as high this year as last", "more this month than last": the unit compared,
        // left unsaid after "last".
        ("last", _)
            if previous.is_some_and(|p| p.is("than") || p.is("as"))
                && !t.get(i + 1).is_some_and(|x| x.kind == Kind::Word || x.kind == Kind::Number) =>
        {
            let this = (i.saturating_sub(8)..i).find(|&k| t.get(k).is_some_and(|x| x.is("this")))?;
            let r = st.reference()?;
            let val = match unit_of(t.get(this + 1))? {
                (Unit::Year, false) => Val::Year(r.year() - 1),
                (Unit::Month, false) => {
                    let d = add_months(r, -1)?;
                    Val::Month(d.year(), d.month())
                }
                (Unit::Week, false) => week_of(add_days(r, -7)?),
                _ => return None,
            };
            core(i + 1, TimeType::Date, val)
        }
        // "at a later date", "at some future date": a time after now, unnamed.
        ("a" | "some", "later" | "future") if t.get(i + 2).is_some_and(|x| x.is("date")) => reference("FUTURE_REF", i + 3),
        // "the year", "the full year", "the fiscal year": the reference year (not "the year before").
        ("the", "year" | "full" | "fiscal" | "calendar") => {
            let end = if next == "year" { i + 2 } else { i + 3 };
            if next != "year" && !t.get(i + 2).is_some_and(|x| x.is("year")) {
                return None;
            }
            let after = t.get(end).map(|x| x.lower()).unwrap_or_default();
            // "the year-ago quarter", "the year ended March 31" (a fiscal year: a duration), "the year two thousand".
            if matches!(after.as_str(), "ended" | "ending") {
                return core(end, TimeType::Duration, raw("P1Y"));
            }
            // "a high for the year of $42.875": the "of" is the figure's.
            let of_figure = after == "of" && t.get(end + 1).is_some_and(|x| x.kind == Kind::Number || x.is_char('$'));
            if !of_figure
                && (matches!(
                    after.as_str(),
                    "ago" | "before" | "after" | "earlier" | "later" | "'s" | "’s" | "of" | "when" | "that" | "-" | "two" | "one"
                ) || t.get(end).is_some_and(|x| x.kind == Kind::Number || x.is_char('-')))
            {
                return None;
            }
            // "defensive player of the year", "Time's Person of the Year": an award's title, not a
            // time ("the hottest day of the year" is one).
            let award = next == "year"
                && i.checked_sub(1).is_some_and(|k| t[k].is("of"))
                && i.checked_sub(2).and_then(|k| t.get(k)).is_some_and(|x| {
                    x.with_lower(|w| {
                        matches!(
                            w,
                            "player"
                                | "person"
                                | "man"
                                | "woman"
                                | "coach"
                                | "rookie"
                                | "manager"
                                | "pitcher"
                                | "executive"
                                | "athlete"
                                | "album"
                                | "song"
                                | "record"
                                | "driver"
                                | "teacher"
                                | "comeback"
                                | "sportsman"
                                | "sportswoman"
                                | "newcomer"
                                | "entertainer"
                                | "artist"
                                | "director"
                                | "actor"
                                | "actress"
                                | "businessman"
                                | "businesswoman"
                        )
                    })
                    .unwrap_or(false)
                });
            if award {
                return None;
            }
            // "in 2008, the year he returned to teaching": the year just named, in apposition.
            if let Some(y) = i.checked_sub(2).filter(|&k| t[k + 1].is_char(',')).and_then(|k| year_number(t, k)) {
                return core(end, TimeType::Date, Val::Year(y));
            }
            core(end, TimeType::Date, st.reference().map_or(raw("XXXX"), |r| Val::Year(r.year())))
        }
        // "recent years" is the past at large; "recent weeks", "coming months" are spans of
        // unspecified length, as TimeBank marks them (`PXW`, `PXM`).
        ("recent", "years" | "decades") => reference("PAST_REF", i + 2),
        ("recent" | "coming", "months" | "weeks" | "days" | "quarters" | "hours") | ("coming", "years" | "decades") => {
            let (unit, _) = unit_of(t.get(i + 1))?;
            core(i + 2, TimeType::Duration, Val::Raw(duration_value(None, unit)))
        }
        // "the near future", "the foreseeable future", "the near term", "in the short term".
        ("the", "near" | "foreseeable" | "short") if t.get(i + 2).is_some_and(|x| x.is("future") || x.is("term")) => {
            reference("FUTURE_REF", i + 3)
        }
        // The adjective "recent" alone ("recent attacks") is left out: TimeBank marks fewer than half.
        ("recent", _) => None,
        // "by year end", "year-end", "by year's end": the end of the reference year.
        ("year", "end" | "-" | "'s" | "’s")
            if next == "end" || t.get(i + 2).is_some_and(|x| x.is("end")) && (next != "-" || !t.get(i + 1)?.gap) =>
        {
            let end = if next == "end" { i + 2 } else { i + 3 };
            let val = st.reference().map_or(raw("XXXX"), |r| Val::Year(r.year()));
            Some(Core { end, kind: TimeType::Date, val, modifier: Some("END"), anchor: None })
        }
        // "over the past year" is the year before, as TimeBank marks it ("the past two years" is a span).
        ("the", "past") if t.get(i + 2).is_some_and(|x| x.is("year")) && !t.get(i + 3).is_some_and(|x| x.is_char('-')) => {
            core(i + 3, TimeType::Date, st.reference().map_or(raw("XXXX"), |r| Val::Year(r.year() - 1)))
        }
        ("the", "past" | "future") => {
            // "the past two months" is a duration; "in the past" is PAST_REF.
            if amount(t, i + 2).is_some() || unit_of(t.get(i + 2)).is_some() {
                return None;
            }
            reference(if next == "past" { "PAST_REF" } else { "FUTURE_REF" }, i + 2)
        }
        // "soon" is left out: TimeBank marks it in only a quarter of its uses.
        _ => None,
    }
}

/// "the following year", "the previous day", "the next morning", "that year", "the same day": times
/// told from the narrative's previous time, as TimeML anchors them. Without one, `None` (the
/// reference-date rules take "following year" and the like).
pub(super) fn narrative(t: &[Token<'_>], i: usize, st: &State) -> Option<Core> {
    // "terminate on Nov. 30. Until then, ...": the time last named (only after "until": "since
    // then" and "then" alone are mostly not marked, and "then" is mostly "next").
    if t.get(i).is_some_and(|x| x.is("then"))
        && i.checked_sub(1).and_then(|k| t.get(k)).is_some_and(|p| p.is("until") || p.is("till"))
    {
        let prev = st.previous()?;
        return anchored(i + 1, TimeType::Date, prev.clone(), prev);
    }
    let the = t.get(i).is_some_and(|x| x.is("the"));
    // "that same day" is "that day".
    let that_same = !the && t.get(i).is_some_and(|x| x.is("that")) && t.get(i + 1).is_some_and(|x| x.is("same"));
    let j = if the || that_same { i + 1 } else { i };
    let word = t.get(j)?.lower();
    // "the day before, he had fled", "the year before": one unit before or after the narrative's
    // last time. Not before a noun phrase or a clause ("the day before the vote", "the day after
    // he died"), which anchor on an event Lede does not date.
    if the
        && !that_same
        && let Some(after) = t.get(j + 1).and_then(|x| {
            x.with_lower(|w| match w {
                "before" | "earlier" => Some(-1),
                "after" | "later" => Some(1),
                _ => None,
            })
            .flatten()
        })
        && let Some((unit @ (Unit::Day | Unit::Week | Unit::Month | Unit::Year), false)) = unit_of(Some(t.get(j)?))
        && t.get(j + 2).is_none_or(|x| {
            x.kind == Kind::Punct
                || x.with_lower(|w| matches!(w, "and" | "but" | "when" | "as" | "at" | "in" | "on")) == Some(true)
        })
    {
        let prev = st.previous_in_narrative()?;
        return anchored(j + 2, TimeType::Date, shift(prev, unit, after)?, prev);
    }
    let n: i64 = match word.as_str() {
        "following" | "next" => 1,
        "previous" | "preceding" => -1,
        "same" if the || that_same => 0,
        "that" if !the => 0,
        _ => return None,
    };
    // "next year" counts from the reference date; "the next day" from the narrative.
    if word == "next" && !the {
        return None;
    }
    // "The following month" names the narrative's next month however far back that was named;
    // "that year" and "next" (without "the") need a date close by.
    let prev = if the && n != 0 { st.previous_in_narrative()? } else { st.previous()? };
    let target = t.get(j + 1)?;
    // "the previous Friday", "the following Monday": the weekday before or after the previous date.
    if let Some(wd) = weekday_of(target)
        && n != 0
        && the
    {
        let day = match prev {
            Val::Day(d) | Val::Part(d, _) | Val::Clock(Some(d), ..) => *d,
            _ => return None,
        };
        let relation = if n < 0 { Relation::Last } else { Relation::Next };
        return anchored(j + 2, TimeType::Date, Val::Day(resolve_weekday(day, wd, Tense::Unknown, relation)?), prev);
    }
    if let Some(part) = day_part(Some(target)) {
        let day = match prev {
            Val::Day(d) | Val::Part(d, _) | Val::Clock(Some(d), ..) => *d,
            _ => return None,
        };
        return anchored(j + 2, TimeType::Time, Val::Part(add_days(day, n)?, part), prev);
    }
    let (unit, plural) = unit_of(Some(target))?;
    // "the next year" is mostly a span ("within the next year").
    if plural || (word == "next" && unit != Unit::Day) || t.get(j + 2).is_some_and(|x| x.is_char('-')) {
        return None;
    }
    // "that day" in a month is a day of the narrative's past; in the present it is any day ("you
    // have strong redemptions that day"), and a month still ahead is no past one ("the March
    // primaries … the strategy outlined that day", written in January).
    if let Val::Month(y, m) = prev
        && unit == Unit::Day
        && (tense(t, i) != Tense::Past || st.reference_date.is_some_and(|r| (*y, *m) > (r.year(), r.month())))
    {
        return None;
    }
    let val = match st.recent_quarter() {
        // "that quarter" in an earnings report: the quarter named last.
        Some((y, q)) if n == 0 && unit == Unit::Quarter => Val::Quarter(y, q),
        _ if n == 0 => same(prev, unit)?,
        _ => shift(prev, unit, n)?,
    };
    anchored(j + 2, TimeType::Date, val, prev)
}

/// "(dealers sold Friday …) in the morning", "during the afternoon": that part of the day last
/// named, or of the reference day when no time was named just before.
pub(super) fn part_of_the_day(t: &[Token<'_>], i: usize, st: &State) -> Option<Core> {
    let after_preposition = i.checked_sub(1).and_then(|k| t.get(k)).is_some_and(|p| p.is("in") || p.is("during"));
    if !(after_preposition && t.get(i).is_some_and(|x| x.is("the"))) {
        return None;
    }
    let target = t.get(i + 1)?;
    // "the night of Oct. 23" is the date's; "in the morning hours" names no part of a day.
    let part = day_part(Some(target)).filter(|p| *p != "NI")?;
    if t.get(i + 2).is_some_and(|x| {
        x.kind == Kind::Word && !x.capitalized() && !matches!(x.lower().as_str(), "to" | "and" | "before" | "after")
    }) {
        return None;
    }
    // A past event was not on a day still ahead ("the Feb. 9 primary. … debated earlier in the
    // evening", written in January): then the day is the reference day.
    let ahead = |d: &Date| st.reference_date.is_some_and(|r| *d > r) && tense(t, i) == Tense::Past;
    match st.previous() {
        Some(prev @ (Val::Day(d) | Val::Part(d, _) | Val::Clock(Some(d), ..))) if !ahead(d) => {
            anchored(i + 2, TimeType::Time, Val::Part(*d, part), prev)
        }
        _ => core(i + 2, TimeType::Time, st.reference().map_or(Val::Raw(format!("XXXX-XX-XXT{part}")), |r| Val::Part(r, part))),
    }
}

/// "the week of March 6": the (ISO) week holding that day.
pub(super) fn week_of_day(t: &[Token<'_>], i: usize, st: &State) -> Option<Core> {
    let j = if t.get(i).is_some_and(|x| x.is("the")) { i + 1 } else { i };
    if !(t.get(j).is_some_and(|x| x.is("week")) && t.get(j + 1).is_some_and(|x| x.is("of"))) {
        return None;
    }
    let date = explicit_date(t, j + 2, st)?;
    match date.val {
        Val::Day(d) => core(date.end, TimeType::Date, week_of(d)),
        _ => None,
    }
}

/// The place a word gives in a month's run of weeks or weekdays: "first" 1 … "fourth" 4, "last" -1.
fn place_in_month(w: &str) -> Option<i8> {
    match w {
        "first" => Some(1),
        "second" => Some(2),
        "third" => Some(3),
        "fourth" => Some(4),
        "last" | "final" => Some(-1),
        _ => None,
    }
}

/// "the last Friday in August", "the first Monday of March 2016": that day of the month; and "one
/// Sunday in late 2001", "a Friday in 1999": a day of a week not said, in that year.
pub(super) fn weekday_of_month(t: &[Token<'_>], i: usize, st: &State) -> Option<Core> {
    let j = if t.get(i).is_some_and(|x| x.is("the")) { i + 1 } else { i };
    let nth = t.get(j)?.with_lower(|w| match w {
        "one" | "a" => Some(0),
        _ => place_in_month(w),
    })??;
    // "the one Sunday" is no such day; "one Sunday" has no "the".
    if (nth == 0) == (j > i) {
        return None;
    }
    let wd = t.get(j + 1).and_then(weekday_of).filter(|_| t[j + 1].capitalized())?;
    if !t.get(j + 2).is_some_and(|x| x.is("in") || x.is("of")) {
        return None;
    }
    let mut k = j + 3;
    if nth == 0 {
        // "in late 2001", "in 1999".
        if t.get(k).is_some_and(|x| x.is("early") || x.is("late") || x.is("mid")) {
            k += 1;
        }
        let year = year_number(t, k)?;
        return core(k + 1, TimeType::Date, Val::Raw(format!("{year:04}-WXX-{}", wd.to_monday_one_offset())));
    }
    let m = t.get(k).and_then(month_of).filter(|_| t[k].capitalized())?;
    let after = skip_comma(t, k + 1);
    let (year, end) = match year_number(t, after) {
        Some(y) => (y, after + 1),
        None => (month_year(st.reference()?, m, tense(t, k)), k + 1),
    };
    let date = Date::new(year, m, 1).ok()?.nth_weekday_of_month(nth, wd).ok()?;
    core(end, TimeType::Date, Val::Day(date))
}

/// "the first week of June", "the last week of October 2015": the ISO week holding the middle of
/// that seven-day stretch of the month (days 1–7, 8–14, …; the last seven days), so the week
/// meant is the one most of whose days are in it.
pub(super) fn week_of_month(t: &[Token<'_>], i: usize, st: &State) -> Option<Core> {
    let j = if t.get(i).is_some_and(|x| x.is("the")) { i + 1 } else { i };
    // (The last is 0 here: the last seven days.)
    let nth = i64::from(t.get(j)?.with_lower(place_in_month)??.max(0));
    if !(t.get(j + 1).is_some_and(|x| x.is("week")) && t.get(j + 2).is_some_and(|x| x.is("of"))) {
        return None;
    }
    let m = t.get(j + 3).and_then(month_of).filter(|_| t[j + 3].capitalized())?;
    let k = skip_comma(t, j + 4);
    let (year, end) = match year_number(t, k) {
        Some(y) => (y, k + 1),
        None => (month_year(st.reference()?, m, tense(t, j + 3)), j + 4),
    };
    let first = Date::new(year, m, 1).ok()?;
    let middle = if nth == 0 { add_days(first.last_of_month(), -3)? } else { add_days(first, 7 * (nth - 1) + 3)? };
    core(end, TimeType::Date, week_of(middle))
}

/// The `unit` containing `prev` ("that year" after "March 2011" is 2011).
pub(super) fn same(prev: &Val, unit: Unit) -> Option<Val> {
    let day = match prev {
        Val::Day(d) | Val::Part(d, _) | Val::Clock(Some(d), ..) => Some(*d),
        _ => None,
    };
    let year = match prev {
        Val::Year(y) | Val::Month(y, _) | Val::Quarter(y, _) | Val::Half(y, _) | Val::Season(y, _) => Some(*y),
        Val::Week(y, _) | Val::Weekend(y, _) => Some(*y),
        _ => day.map(|d| d.year()),
    };
    Some(match unit {
        Unit::Year => Val::Year(year?),
        Unit::Month => match prev {
            Val::Month(y, m) => Val::Month(*y, *m),
            _ => Val::Month(year?, day?.month()),
        },
        Unit::Quarter => match prev {
            Val::Quarter(y, q) => Val::Quarter(*y, *q),
            Val::Month(y, m) => Val::Quarter(*y, (m - 1) / 3 + 1),
            _ => Val::Quarter(year?, quarter_of(day?)),
        },
        Unit::Week => match prev {
            Val::Week(y, w) => Val::Week(*y, *w),
            _ => week_of(day?),
        },
        // "last October … crossed out that same day": a day of that month, which one unsaid.
        Unit::Day => match prev {
            Val::Month(y, m) => Val::Raw(format!("{y:04}-{m:02}-XX")),
            _ => Val::Day(day?),
        },
        _ => return None,
    })
}

/// this/last/next/past/coming + week, month, year, quarter, weekend, decade, season, month name, weekday;
/// "this morning", "last night"; "the year" after "the end of".
pub(super) fn relative(t: &[Token<'_>], i: usize, st: &State, after_prefix: bool) -> Option<Core> {
    // "this past week", "this past Sunday": the last one (not the duration "the past week").
    let this_past = t.get(i).is_some_and(|x| x.is("this")) && t.get(i + 1).is_some_and(|x| x.is("past"));
    let i = if this_past { i + 1 } else { i };
    let tok = t.get(i)?;
    // "told CBS This Morning", "on ABC's This Week": a programme's title after its network's name.
    if tok.is("this")
        && tok.capitalized()
        && t.get(i + 1).is_some_and(|x| x.kind == Kind::Word && x.capitalized())
        && i.checked_sub(1).and_then(|p| t.get(p)).is_some_and(|p| {
            // (An acronym, not any capitalized word: "Clinton Slams Trump This Morning" is a headline.)
            (p.kind == Kind::Word && p.text.len() >= 2 && p.text.bytes().all(|b| b.is_ascii_uppercase()))
                || p.is("'s")
                || p.is("’s")
        })
    {
        return None;
    }
    let lower = tok.lower();
    let relation = match lower.as_str() {
        "this" | "current" => Relation::This,
        "the" if after_prefix => Relation::This,
        "the" if t.get(i + 1).is_some_and(|x| x.is("weekend")) => Relation::This,
        "last" | "past" | "previous" => Relation::Last,
        "next" | "coming" | "following" => Relation::Next,
        _ => return None,
    };
    // "the current fiscal year", "last fiscal year", "next calendar year": the year it falls in
    // (TimeML writes a fiscal year as the calendar year).
    let fiscal = usize::from(
        t.get(i + 1).is_some_and(|x| x.is("fiscal") || x.is("calendar"))
            && t.get(i + 2).is_some_and(|x| x.is("year") || x.is("quarter")),
    );
    // "the past week" is a duration (handled there); "past" alone here only before a weekday/month.
    let target = t.get(i + 1 + fiscal)?;
    let r = st.reference();
    if let Some(wd) = weekday_of(target) {
        let val = match r {
            Some(r) => Val::Day(resolve_weekday(r, wd, tense(t, i), relation)?),
            None => raw("XXXX-XX-XX"),
        };
        return core(i + 2, TimeType::Date, val);
    }
    if let Some(m) = month_of(target) {
        // "last Oct. 23" is a full date; the explicit-date rule reads it.
        if day_number(t, i + 2).is_some() {
            return None;
        }
        let val = match r {
            Some(r) => {
                let y = match relation {
                    Relation::Last if m >= r.month() => r.year() - 1,
                    Relation::Next if m <= r.month() => r.year() + 1,
                    // "this November" is this year's whatever the verb ("said the party can unite
                    // this November"), but "this January" written in December the next one.
                    Relation::This if m - r.month() <= -8 => r.year() + 1,
                    Relation::This => r.year(),
                    _ => r.year(),
                };
                Val::Month(y, m)
            }
            None => Val::Raw(format!("XXXX-{m:02}")),
        };
        return core(i + 2, TimeType::Date, val);
    }
    if let Some(s) = season_of(target) {
        let val = match r {
            Some(r) => {
                let now = current_season(r);
                let base = season_year(r);
                let y = match relation {
                    Relation::Last if s >= now => base - 1,
                    Relation::Next if s <= now => base + 1,
                    // In January and February the season now is last year's winter; "this summer"
                    // is the coming one, of this calendar year.
                    Relation::This if s != now && r.month() <= 2 => base + 1,
                    _ => base,
                };
                Val::Season(y, s)
            }
            None => Val::Raw(format!("XXXX-{}", SEASONS[usize::from(s)])),
        };
        return core(i + 2, TimeType::Date, val);
    }
    let target_lower = target.lower();
    if let Some(p) = day_part(Some(target))
        && relation != Relation::Next
    {
        // "this morning", "last night" (the night before).
        if relation == Relation::Last && target_lower != "night" {
            return None;
        }
        let val = match r {
            Some(r) => Val::Part(add_days(r, if relation == Relation::Last { -1 } else { 0 })?, p),
            None => Val::Raw(format!("XXXX-XX-XXT{p}")),
        };
        return core(i + 2, TimeType::Time, val);
    }
    let (unit, plural) = unit_of(Some(target))?;
    if plural
        || ((lower == "past" && !this_past) || (lower == "the" && !after_prefix && unit != Unit::Weekend))
        || name_capital(Some(target), st)
    {
        return None;
    }
    // "be adding this data in January 2016 and expect to be done by the end of the month": the
    // month just named in the sentence.
    if lower == "the"
        && unit == Unit::Month
        && let Some(prev @ Val::Month(..)) = st.previous_in_sentence()
    {
        return anchored(i + 2, TimeType::Date, prev.clone(), prev);
    }
    let n: i64 = match relation {
        Relation::Last => -1,
        Relation::Next => 1,
        _ => 0,
    };
    let end = i + 2 + fiscal;
    let Some(r) = r else {
        let v = match unit {
            Unit::Day => "XXXX-XX-XX",
            Unit::Week | Unit::Weekend => "XXXX-WXX",
            Unit::Month => "XXXX-XX",
            Unit::Quarter => "XXXX-QX",
            Unit::Year => "XXXX",
            Unit::Decade => "XXX",
            Unit::Century => "XX",
            _ => return None,
        };
        return core(end, TimeType::Date, raw(v));
    };
    let val = match unit {
        Unit::Day => Val::Day(add_days(r, n)?),
        Unit::Week => week_of(add_days(r, 7 * n)?),
        Unit::Weekend => {
            // "last weekend" and a past-tense "the weekend" are the one just past (seen from a
            // weekday); "this"/"next weekend" and a present or future one are this week's.
            let past = relation == Relation::Last || (relation == Relation::This && tense(t, i) == Tense::Past);
            let base =
                if r.weekday().to_monday_zero_offset() < 5 && past { add_days(r, -7)? } else { add_days(r, 7 * n.max(0))? };
            let w = base.iso_week_date();
            Val::Weekend(w.year(), w.week())
        }
        Unit::Month => {
            let d = add_months(r, n)?;
            Val::Month(d.year(), d.month())
        }
        // An earnings report's "this quarter" is the one it reports.
        Unit::Quarter if lower == "this" && st.recent_quarter().is_some() => {
            let (y, q) = st.recent_quarter()?;
            Val::Quarter(y, q)
        }
        Unit::Quarter => {
            let d = add_months(r, 3 * n)?;
            Val::Quarter(d.year(), quarter_of(d))
        }
        Unit::Year => {
            let year = r.year() + n as i16;
            // "last year's quarter", "next year's first quarter", "last year's third-quarter results".
            if t.get(end).is_some_and(|x| x.is("'s") || x.is("’s")) {
                let ordinal = ordinal_word(t.get(end + 1));
                let mut u = if ordinal.is_some() { end + 2 } else { end + 1 };
                if ordinal.is_some() && t.get(u).is_some_and(|x| x.is_char('-') && !x.gap) {
                    u += 1;
                }
                if t.get(u).is_some_and(|x| x.is("quarter"))
                    && let Some(q) = ordinal.or(st.recent_quarter().map(|(_, q)| q))
                {
                    return core(u + 1, TimeType::Date, Val::Quarter(year, q));
                }
            }
            // "a loss of $3 million last year", "up from last year's $1.55 billion" in a sentence
            // about a quarter: the figure is that quarter's, a year before.
            if n != 0
                && let Some((_, q)) = st.quarter_in_stretch()
                && comparison_before(t, i)
            {
                return core(end, TimeType::Date, Val::Quarter(year, q));
            }
            Val::Year(year)
        }
        Unit::Decade => Val::Decade(r.year() / 10 + n as i16),
        Unit::Century => Val::Century(r.year() / 100 + n as i16),
        _ => return None,
    };
    core(end, TimeType::Date, val)
}

/// Whether a comparison ("compared with", "from", "versus", "than") comes shortly before token `i`
/// in its clause: "a loss of $3 million [last year]".
pub(super) fn comparison_before(t: &[Token<'_>], i: usize) -> bool {
    (1..=8)
        .map_while(|k| i.checked_sub(k).and_then(|j| t.get(j)))
        .take_while(|x| !x.is_char('.') && !x.is_char(';'))
        .any(|x| x.with_lower(|w| matches!(w, "compared" | "from" | "versus" | "vs" | "than")).unwrap_or(false))
}

pub(super) fn season_of(tok: &Token<'_>) -> Option<u8> {
    match tok.lower().as_str() {
        "spring" => Some(0),
        "summer" => Some(1),
        "fall" | "autumn" => Some(2),
        "winter" => Some(3),
        _ => None,
    }
}

pub(super) fn current_season(r: Date) -> u8 {
    match r.month() {
        3..=5 => 0,
        6..=8 => 1,
        9..=11 => 2,
        _ => 3,
    }
}

/// The year a season of `r` is counted in: January and February belong to the winter that began in December.
pub(super) fn season_year(r: Date) -> i16 {
    if r.month() <= 2 { r.year() - 1 } else { r.year() }
}

/// "two years ago", "a week earlier", "three days later", "year-earlier", "a year ago" (after a quarter: that quarter);
/// "a week or so ago" is the same time, approximately.
pub(super) fn ago(t: &[Token<'_>], i: usize, st: &State) -> Option<Core> {
    // "three or four months ago", "two to three years earlier": one time, approximately, counted
    // by the farther of the two.
    if let Some((Some(_), next)) = amount(t, i)
        && next > i
        && t.get(next).is_some_and(|x| x.is("or") || x.is("to"))
        && let Some((Some(_), after)) = amount(t, next + 1)
        && after > next + 1
        && let Some(found) = ago_exactly(t, next + 1, st)
    {
        return Some(Core { modifier: found.modifier.or(Some("APPROX")), ..found });
    }
    let found = ago_exactly(t, i, st)?;
    let or_so = (i..found.end).any(|k| t[k].is("or") && t.get(k + 1).is_some_and(|x| x.is("so")));
    Some(if or_so { Core { modifier: found.modifier.or(Some("APPROX")), ..found } } else { found })
}

fn ago_exactly(t: &[Token<'_>], i: usize, st: &State) -> Option<Core> {
    // "year-earlier", "year-ago"
    let (n, unit_at) = match amount(t, i) {
        Some((n, next)) => (n, next),
        None => (Some(1.0), i),
    };
    // "the year-ago quarter": the article belongs to it.
    let the = t.get(i).is_some_and(|x| x.is("the")) && t.get(i + 2).is_some_and(|x| x.is_char('-'));
    let unit_at = if the { i + 1 } else { unit_at };
    let (unit, _) = unit_of(t.get(unit_at))?;
    let mut k = unit_at + 1;
    if unit_at == i || the {
        // The bare form needs its hyphen: "year-earlier".
        if !t.get(k).is_some_and(|x| x.is_char('-') && !x.gap) {
            return None;
        }
        k += 1;
    }
    // "a week or so ago", "two days or so later": the same time, approximately.
    let or_so = unit_at > i && t.get(k).is_some_and(|x| x.is("or")) && t.get(k + 1).is_some_and(|x| x.is("so"));
    if or_so {
        k += 2;
    }
    let word = t.get(k)?.lower();
    let sign: i64 = match word.as_str() {
        "ago" | "earlier" | "before" => -1,
        // "15 years back, while …": "ago" said informally (not "two years back to the start").
        "back"
            if unit_at > i
                && t.get(k + 1).is_none_or(|x| x.kind == Kind::Punct || x.is("when") || x.is("and") || x.is("but")) =>
        {
            -1
        }
        "later" | "after" | "hence" => 1,
        "from" if t.get(k + 1).is_some_and(|x| x.is("now")) => {
            k += 1;
            1
        }
        _ => return None,
    };
    // "the week-later edition": a week after something the text tells, not after the writing.
    if unit_at == i && matches!(word.as_str(), "later" | "after" | "hence") {
        return None;
    }
    // "an hour later", "a minute and a half later": TimeML marks the stretch itself (see `duration`).
    if matches!(unit, Unit::Hour | Unit::Minute | Unit::Second) && matches!(word.as_str(), "later" | "earlier") {
        return None;
    }
    // "before"/"after" head a clause ("two days before the vote"): only "ago"-like when nothing follows.
    if matches!(word.as_str(), "before" | "after") && t.get(k + 1).is_some_and(|x| x.kind == Kind::Word || x.kind == Kind::Number)
    {
        return None;
    }
    let mut end = k + 1;
    // "year-ago quarter", "year-earlier third quarter", "year-ago period"
    if unit_at == i || the {
        let mut q = end;
        if ordinal_word(t.get(q)).is_some() {
            q += 1;
        }
        if t.get(q).is_some_and(|x| x.is("quarter") || x.is("period")) {
            end = q + 1;
        } else if the {
            return None;
        }
    }
    let word = if word == "back" { "ago".into() } else { word };
    let Some(n) = n else {
        // "A few days later, the company announced...": told from the narrative, not from now, so
        // not FUTURE_REF; what it says is a stretch of a few days (TimeML marks it so, `PXD`).
        if st.reference().is_some() && matches!(word.as_str(), "later" | "earlier") && unit_at > i {
            return core(unit_at + 1, TimeType::Duration, Val::Raw(duration_value(None, unit)));
        }
        return core(end, TimeType::Date, raw(if sign < 0 { "PAST_REF" } else { "FUTURE_REF" }));
    };
    // "2 1/2 years ago": a year and a half is 18 months; other fractions leave the day open.
    // ("half a century ago", "a quarter-century ago": 50 and 25 years.)
    // "a decade ago", written in 2016, is 2006 (TimeML marks it as that year, not the 2000s), and
    // "a century ago" 1916. ("A decade later" told from the story stays a decade: which year of
    // the story it counts from is seldom the last one named.)
    let from_writing = matches!(word.as_str(), "ago" | "from" | "hence");
    let (n, unit) = match unit {
        Unit::Century if from_writing && (n * 100.0).fract() == 0.0 => (n * 100.0, Unit::Year),
        Unit::Decade if from_writing && (n * 10.0).fract() == 0.0 => (n * 10.0, Unit::Year),
        _ if n.fract() == 0.0 => (n, unit),
        Unit::Year if (n * 12.0).fract() == 0.0 => (n * 12.0, Unit::Month),
        _ => (n, unit),
    };
    if n.fract() != 0.0 {
        return core(end, TimeType::Date, raw(if sign < 0 { "PAST_REF" } else { "FUTURE_REF" }));
    }
    let n = sign * n as i64;
    // "a year earlier", "three days later" count from the narrative's previous time when there is
    // one ("In 2010 … a year later"), with or without a reference date; "ago" and "from now" from
    // the reference date.
    if matches!(word.as_str(), "earlier" | "later" | "before" | "after")
        // "year-earlier results" compares with the period being reported.
        && unit_at > i
        && !the
        && !(unit == Unit::Year && st.recent_quarter().is_some())
        // "A little more than a year later, in Paris, …" opens a paragraph after a quotation: the
        // story's time may be five sentences back.
        && let Some(prev) = if matches!(word.as_str(), "later") { st.previous_in_narrative() } else { st.previous() }
        && let Some(val) = shift(prev, unit, n)
    {
        return anchored(end, TimeType::Date, val, prev);
    }
    // "Justice Scalia died four days later", "a decade later, HP remains a firm on the brink":
    // later than an event the text names, not than the writing (the writing date plus four days
    // is a day still to come). With no time of the narrative to count from, what is said is the
    // stretch, as TimeML marks "Three days later" (`P3D`).
    // (A future clause counts from the writing: "A year later, it will be different.")
    if matches!(word.as_str(), "later" | "after") && unit_at > i && !or_so && sign > 0 && tense(t, i) != Tense::Future {
        return core(unit_at + 1, TimeType::Duration, Val::Raw(duration_value(Some(n.unsigned_abs() as f64), unit)));
    }
    let Some(r) = st.reference() else {
        return core(end, TimeType::Date, raw(if sign < 0 { "PAST_REF" } else { "FUTURE_REF" }));
    };
    let val = match unit {
        Unit::Day => Val::Day(add_days(r, n)?),
        Unit::Week => week_of(add_days(r, 7 * n)?),
        Unit::Month => {
            let d = add_months(r, n)?;
            Val::Month(d.year(), d.month())
        }
        Unit::Quarter => {
            let d = add_months(r, 3 * n)?;
            Val::Quarter(d.year(), quarter_of(d))
        }
        Unit::Year => match st.recent_quarter() {
            // Earnings reports: "a year ago" is the same quarter a year before.
            Some((y, q)) if word != "ago" || n == -1 => Val::Quarter(y + n as i16, q),
            // "the year-ago quarter" before any quarter is named: the one just ended, a year before.
            _ if t.get(end - 1).is_some_and(|x| x.is("quarter")) => {
                let d = add_months(r, -3)?;
                Val::Quarter(d.year() + n as i16, quarter_of(d))
            }
            _ => Val::Year(r.year() + n as i16),
        },
        Unit::Decade => Val::Decade(r.year() / 10 + n as i16),
        Unit::Century => Val::Century(r.year() / 100 + n as i16),
        Unit::Hour | Unit::Minute | Unit::Second => Val::Day(r),
        _ => return None,
    };
    core(end, TimeType::Date, val)
}

/// `prev` moved by `n` units, at the unit's granularity (a year's shift keeps a month, quarter or
/// season); `None` when `prev` is too
/// coarse for the unit ("three days after 2010").
pub(super) fn shift(prev: &Val, unit: Unit, n: i64) -> Option<Val> {
    let day = match prev {
        Val::Day(d) | Val::Part(d, _) | Val::Clock(Some(d), ..) => Some(*d),
        _ => None,
    };
    Some(match unit {
        Unit::Year => {
            let k = i16::try_from(n).ok()?;
            match prev {
                Val::Year(y) => Val::Year(y + k),
                Val::Month(y, m) => Val::Month(y + k, *m),
                Val::Quarter(y, q) => Val::Quarter(y + k, *q),
                Val::Half(y, h) => Val::Half(y + k, *h),
                Val::Season(y, s) => Val::Season(y + k, *s),
                // "a year later" than a day is that year, as TimeBank writes it.
                Val::Week(y, _) | Val::Weekend(y, _) => Val::Year(y + k),
                // "in the mid-1970s and the other a decade later": the 1980s.
                Val::Decade(d) if k % 10 == 0 => Val::Decade(d + k / 10),
                _ => Val::Year(day?.year() + k),
            }
        }
        Unit::Decade => match prev {
            Val::Decade(d) => Val::Decade(d + i16::try_from(n).ok()?),
            _ => return None,
        },
        Unit::Month => {
            let first = match prev {
                Val::Month(y, m) => Date::new(*y, *m, 1).ok()?,
                // "last summer … Eight months later": from the season's middle month (winter's
                // is January of the year after the one it starts in).
                Val::Season(y, s) => match s {
                    0 => Date::new(*y, 4, 1).ok()?,
                    1 => Date::new(*y, 7, 1).ok()?,
                    2 => Date::new(*y, 10, 1).ok()?,
                    _ => Date::new(y + 1, 1, 1).ok()?,
                },
                _ => day?,
            };
            let d = add_months(first, n)?;
            Val::Month(d.year(), d.month())
        }
        Unit::Week => match prev {
            Val::Week(y, w) => week_of(add_days(week_monday(*y, *w)?, 7 * n)?),
            _ => week_of(add_days(day?, 7 * n)?),
        },
        Unit::Day => Val::Day(add_days(day?, n)?),
        Unit::Hour | Unit::Minute | Unit::Second => Val::Day(day?),
        _ => return None,
    })
}
