//! The time rules: quarters, seasons, years and decades, clock times, sets, holidays and bare months.

use super::*;

/// Whether sentence `t` tells of a game (a foul, a touchdown, a lead) and not of accounts (earnings,
/// sales, percent): its quarters and halves are the game's.
fn of_a_game(t: &[Token<'_>]) -> bool {
    let mut game = false;
    for x in t.iter().filter(|x| x.kind == Kind::Word || x.is_char('%')) {
        let fiscal = x.is_char('%')
            || x.with_lower(|w| {
                matches!(
                    w,
                    "earnings"
                        | "profit"
                        | "profits"
                        | "revenue"
                        | "revenues"
                        | "sales"
                        | "fiscal"
                        | "quarterly"
                        | "results"
                        | "gdp"
                        | "economy"
                        | "growth"
                        | "income"
                        | "loss"
                        | "losses"
                        | "shares"
                        | "company"
                        | "percent"
                        | "million"
                        | "billion"
                        | "dividend"
                        | "forecast"
                )
            })
            .unwrap_or(false);
        if fiscal {
            return false;
        }
        game = game
            || x.with_lower(|w| {
                matches!(
                    w,
                    "scored"
                        | "basket"
                        | "touchdown"
                        | "touchdowns"
                        | "rebounds"
                        | "assists"
                        | "foul"
                        | "fouled"
                        | "fouls"
                        | "quarterback"
                        | "halftime"
                        | "overtime"
                        | "layup"
                        | "dunk"
                        | "interception"
                        | "fumble"
                        | "shoved"
                        | "pointer"
                        | "3-pointer"
                        | "buzzer"
                        | "timeout"
                        | "goal"
                        | "goals"
                        | "penalty"
                        | "whistle"
                        | "lead"
                        | "led"
                        | "trailed"
                        | "game"
                        | "court"
                )
            })
            .unwrap_or(false);
    }
    game
}

/// "the third quarter", "third-quarter", "the first half", "the fourth quarter of 1989", "Q3 2016", "the quarter".
pub(super) fn quarter(t: &[Token<'_>], i: usize, st: &State) -> Option<Core> {
    let mut j = i;
    if t.get(j).is_some_and(|x| x.is("the")) {
        j += 1;
    }
    let mut year = None;
    if let Some(y) = year_number(t, j) {
        year = Some(y);
        j += 1;
    } else if t.get(j).is_some_and(|x| x.is("fiscal")) && year_number(t, j + 1).is_some() {
        year = year_number(t, j + 1);
        j += 2;
    }
    let r = st.reference();
    // "the 1988 quarter", "the 1989 period": that year's quarter of the one being reported.
    if let Some(y) = year
        && j > i
        && t.get(i).is_some_and(|x| x.is("the"))
        && t.get(j).is_some_and(|x| x.is("quarter") || x.is("period"))
    {
        let val = st.recent_quarter().map_or(Val::Year(y), |(_, q)| Val::Quarter(y, q));
        return core(j + 1, TimeType::Date, val);
    }
    // "Q3", "Q3 2016"
    if let (Some(q), Some(n)) = (t.get(j), t.get(j + 1))
        && q.text == "Q"
        && !n.gap
        && let Some(qn @ 1..=4) = number_value(Some(n))
    {
        let mut end = j + 2;
        let y = if let Some(y) = year_number(t, end) {
            end += 1;
            Some(y)
        } else {
            year.or(r.map(|r| r.year()))
        };
        let val = y.map_or(Val::Raw(format!("XXXX-Q{qn}")), |y| Val::Quarter(y, qn as i8));
        return core(end, TimeType::Date, val);
    }
    // "the last half of 1989", "the first two quarters of 1990": halves of the year.
    let two_quarters = t.get(j + 1).is_some_and(|x| x.is("two")) && t.get(j + 2).is_some_and(|x| x.is("quarters"));
    let named_half = match t.get(j).map(|x| x.lower()).as_deref() {
        Some("first") if two_quarters => Some((1, j + 2)),
        Some("last") if two_quarters => Some((2, j + 2)),
        Some("last") if t.get(j + 1).is_some_and(|x| x.is("half")) => Some((2, j + 1)),
        _ => None,
    };
    let ordinal = ordinal_word(t.get(j)).map(|k| {
        let hyphen = t.get(j + 1).is_some_and(|x| x.is_char('-') && !x.gap);
        (k, if hyphen { j + 2 } else { j + 1 })
    });
    if let Some((k, u)) = named_half.or(ordinal) {
        // "early in the fourth quarter after Terry shoved Blake", "a 48 lead in the third quarter":
        // a game's quarter or half, no date (unless a year says otherwise).
        if year.is_none() && of_a_game(t) {
            return None;
        }
        let half = match t.get(u).map(|x| x.lower()).as_deref() {
            _ if named_half.is_some() => true,
            Some("quarter") => false,
            Some("half") if k <= 2 => true,
            _ => return None,
        };
        let mut end = u + 1;
        // "of the year", "of last year": one expression with the year it is part of.
        let year_shift = (t.get(end).is_some_and(|x| x.is("of")) && t.get(end + 2).is_some_and(|x| x.is("year")))
            .then(|| t.get(end + 1).map(|x| x.lower()))
            .flatten()
            .and_then(|w| match w.as_str() {
                "the" => Some(None),
                "this" => Some(Some(0)),
                "last" => Some(Some(-1)),
                "next" => Some(Some(1)),
                _ => None,
            });
        if t.get(end).is_some_and(|x| x.is("of")) && year_number(t, end + 1).is_some() {
            year = year_number(t, end + 1);
            end += 2;
        } else if let Some(shift) = year_shift {
            if let Some(n) = shift {
                year = r.map(|r| r.year() + n);
            }
            end += 3;
        } else if half
            && t.get(end).is_some_and(|x| x.is("of"))
            && !(t.get(end + 1).is_some_and(|x| matches!(x.lower().as_str(), "the" | "this" | "next" | "last"))
                && t.get(end + 2).is_some_and(|x| x.is("year")))
        {
            // "the second half of the match", "the last half of the '80s": halves of something else.
            return None;
        }
        let y = year.or_else(|| {
            let r = r?;
            // A quarter still to come this year was most likely last year's in a past-tense report.
            let later = if half { k > (r.month() - 1) / 6 + 1 } else { k > quarter_of(r) };
            // So is one whose results are reported ("was to report fourth quarter earnings on
            // Wednesday", written in February): a report follows its quarter.
            let reported = (end..end + 2).any(|n| {
                t.get(n).is_some_and(|x| {
                    x.with_lower(|w| {
                        matches!(w, "earnings" | "results" | "profit" | "profits" | "revenue" | "report" | "numbers")
                    })
                    .unwrap_or(false)
                })
            });
            Some(if later && (reported || tense(t, j) == Tense::Past) { r.year() - 1 } else { r.year() })
        });
        let val = match (y, half) {
            (Some(y), false) => Val::Quarter(y, k),
            (Some(y), true) => Val::Half(y, k),
            (None, false) => Val::Raw(format!("XXXX-Q{k}")),
            (None, true) => Val::Raw(format!("XXXX-H{k}")),
        };
        return core(end, TimeType::Date, val);
    }
    // "the quarter", "the latest quarter", "the latest period": the quarter just reported.
    if t.get(i).is_some_and(|x| x.is("the")) {
        let mut u = j;
        if t.get(u).is_some_and(|x| matches!(x.lower().as_str(), "latest" | "recent" | "most")) {
            u += 1;
            if t.get(u).is_some_and(|x| x.is("recent")) {
                u += 1;
            }
        }
        let latest = u > j;
        if (t.get(u).is_some_and(|x| x.is("quarter")) || (latest && t.get(u).is_some_and(|x| x.is("period"))))
            // "the quarter-to-quarter comparison" is no quarter.
            && !t.get(u + 1).is_some_and(|x| x.is("of") || x.is("century") || (x.is_char('-') && !x.gap))
        {
            // "the quarter ended July 31": the three months before that day, named as the calendar
            // quarter that holds most of them (May–July is the second).
            if t.get(u + 1).is_some_and(|x| x.is("ended") || x.is("ending"))
                && let Some(Core { val: Val::Day(last), .. }) = explicit_date(t, u + 2, st)
                && let Some(middle) = add_months(last, -1)
            {
                return core(u + 1, TimeType::Date, Val::Quarter(middle.year(), quarter_of(middle)));
            }
            let val = match r {
                Some(r) => {
                    let d = add_months(r, -3)?;
                    Val::Quarter(d.year(), quarter_of(d))
                }
                None => raw("XXXX-QX"),
            };
            return core(u + 1, TimeType::Date, val);
        }
    }
    None
}

/// "this summer" is in `relative`; here "summer 2016", "the summer of 2016", "in the spring".
pub(super) fn season(t: &[Token<'_>], i: usize, st: &State) -> Option<Core> {
    let mut j = i;
    if t.get(j).is_some_and(|x| x.is("the")) {
        j += 1;
    }
    let s = season_of(t.get(j)?)?;
    let k = if t.get(j + 1).is_some_and(|x| x.is("of")) { j + 2 } else { j + 1 };
    if let Some(y) = year_number(t, k) {
        return core(k + 1, TimeType::Date, Val::Season(y, s));
    }
    if let Some((y, end)) = spelled_year(t, k) {
        return core(end, TimeType::Date, Val::Season(y, s));
    }
    // A bare season ("in the spring") only with its article or a preposition before it, or after
    // "early", "late" ("the low levels of the early summer").
    let previous = i.checked_sub(1).and_then(|k| t.get(k)).map(|x| x.lower()).unwrap_or_default();
    if j == i && !matches!(previous.as_str(), "in" | "by" | "until" | "during" | "since" | "early" | "late" | "mid") {
        return None;
    }
    if t.get(j).is_some_and(|x| x.is("fall")) && j == i {
        return None;
    }
    let val = match st.reference() {
        Some(r) => {
            // January and February end the winter that began in December: from there the coming
            // spring is this year's, and the winter past the one of last year.
            let y = match tense(t, j) {
                Tense::Past if s > current_season(r) => season_year(r) - 1,
                Tense::Past => season_year(r),
                Tense::Future if s < current_season(r) => season_year(r) + 1,
                Tense::Future => season_year(r),
                _ => r.year(),
            };
            Val::Season(y, s)
        }
        None => Val::Raw(format!("XXXX-{}", SEASONS[usize::from(s)])),
    };
    core(j + 1, TimeType::Date, val)
}

/// Whether a possessive stands before token `i`, past an "early", "mid", "mid-" or "late":
/// "his 30s", "their early 20s", "her mid-forties" are ages, not decades.
fn after_possessive(t: &[Token<'_>], i: usize) -> bool {
    let mut k = i;
    if k > 0 && t.get(k - 1).is_some_and(|x| x.is_char('-')) {
        k -= 1;
    }
    if k > 0 && t.get(k - 1).is_some_and(|x| x.is("early") || x.is("mid") || x.is("late")) {
        k -= 1;
    }
    k.checked_sub(1)
        .and_then(|p| t.get(p))
        .is_some_and(|p| p.with_lower(|w| matches!(w, "his" | "her" | "their" | "my" | "your" | "our" | "its")).unwrap_or(false))
}

/// Whether a two-digit "50s" at `i` (or "the 50s") is a level of a measure: after "low", "high" or
/// "upper", or near a word of ratings, polls or weather.
fn level_not_decade(t: &[Token<'_>], i: usize) -> bool {
    let mut k = i;
    // Back over "mid-", "the", "early": to the word that sets the level.
    while k > 0 && t.get(k - 1).is_some_and(|x| x.is_char('-') || x.is("the") || x.is("mid")) {
        k -= 1;
    }
    let before = k.checked_sub(1).and_then(|p| t.get(p));
    if before.is_some_and(|x| x.is("low") || x.is("high") || x.is("upper") || x.is("lower")) {
        return true;
    }
    let from = i.saturating_sub(20);
    // "improved to the low 40s …, while Trump's remains in the 30s": a level named just before.
    let level_before = (from..i).any(|p| {
        (t[p].is("low") || t[p].is("high") || t[p].is("upper"))
            && t.get(p + 1).is_some_and(|x| x.kind == Kind::Number && x.text.len() == 2)
            && t.get(p + 2).is_some_and(|x| x.text == "s" && !x.gap)
    });
    let window = &t[from..(i + 8).min(t.len())];
    level_before
        || window.iter().any(|x| {
            x.is_char('%')
                || x.with_lower(|w| {
                    matches!(
                        w,
                        "rating"
                            | "ratings"
                            | "approval"
                            | "percent"
                            | "poll"
                            | "polls"
                            | "polling"
                            | "favorability"
                            | "degrees"
                            | "temperature"
                            | "temperatures"
                            | "highs"
                            | "lows"
                            | "mph"
                            | "score"
                            | "scores"
                    )
                })
                .unwrap_or(false)
        })
}

/// Years ("2012", "fiscal 1989", "mid-2016"), decades ("the 1990s", "the '90s") and centuries ("the 20th century").
pub(super) fn year_like(t: &[Token<'_>], i: usize, st: &State) -> Option<Core> {
    let mut j = i;
    if t.get(j).is_some_and(|x| x.is("the")) {
        j += 1;
    }
    // "the '90s", "the 90s"
    let apostrophe = t.get(j).is_some_and(|x| x.is_char('\'') || x.is_char('’') || x.is_char('‘'));
    let k = if apostrophe { j + 1 } else { j };
    // "in ’08 and ’12": a year cut to two digits after an apostrophe (written either way round).
    if apostrophe
        && j == i
        && t.get(i).is_some_and(|x| x.gap || i == 0)
        && let Some(num) = t.get(k).filter(|x| x.kind == Kind::Number && !x.gap && x.text.len() == 2)
        && !t.get(k + 1).is_some_and(|x| !x.gap && x.kind != Kind::Punct)
        && let Some(n) = number_value(Some(num))
    {
        // Read near the present: ’08 is 2008, ’68 is 1968.
        let year = if n <= 30 { 2000 + n } else { 1900 + n };
        return core(k + 1, TimeType::Date, Val::Year(year as i16));
    }
    // ("the 1980’s", "the 90's": the possessive spelling, after "the" only, since "2000's budget"
    // is the year's.)
    let is_apostrophe = |x: &Token<'_>| !x.gap && matches!(x.text, "'" | "’");
    let possessive_s = j > i && t.get(k + 1).is_some_and(is_apostrophe) && t.get(k + 2).is_some_and(|x| !x.gap && x.text == "s");
    let s_at = if possessive_s { k + 2 } else { k + 1 };
    if let (Some(num), Some(s)) = (t.get(k), t.get(s_at))
        && !s.gap
        && s.text == "s"
        && let Some(n) = number_value(Some(num))
        && n % 10 == 0
    {
        // "a handful of $20s": banknotes.
        if i.checked_sub(1).and_then(|p| t.get(p)).is_some_and(|x| x.text.chars().all(|c| matches!(c, '$' | '£' | '€' | '¥')))
            || j.checked_sub(1).and_then(|p| t.get(p)).is_some_and(|x| x.text.chars().all(|c| matches!(c, '$' | '£' | '€' | '¥')))
        {
            return None;
        }
        // "in his 30s", "their early 20s": an age.
        if num.text.len() == 2 && j == i && after_possessive(t, i) {
            return None;
        }
        // "an approval rating in the low 50s", "the mid-20s" of a poll, "highs in the 70s": a level,
        // not a decade (which news writes "the 1950s" or "the '50s").
        if num.text.len() == 2 && !apostrophe && level_not_decade(t, i) {
            return None;
        }
        let decade = match num.text.len() {
            4 => n / 10,
            // "the '20s": the latest such decade begun by the writing, so the 1920s in 2016 and
            // the 2020s in 2026.
            2 => {
                let now = i32::from(st.reference_date.map_or(YEAR_WITHOUT_REFERENCE, |r| r.year()));
                let start = now / 100 * 100 + n;
                (if start > now { start - 100 } else { start }) / 10
            }
            _ => return None,
        };
        return core(s_at + 1, TimeType::Date, Val::Decade(i16::try_from(decade).ok()?));
    }
    // "the 20th century"
    if let (Some(num), Some(suffix), Some(century)) = (t.get(j), t.get(j + 1), t.get(j + 2))
        && !suffix.gap
        && matches!(suffix.lower().as_str(), "st" | "nd" | "rd" | "th")
        && century.is("century")
        && let Some(n @ 1..=30) = number_value(Some(num))
    {
        return core(j + 3, TimeType::Date, Val::Century(n as i16 - 1));
    }
    // "the nineties", "the late sixties": decades of the twentieth century ("her late sixties"
    // is an age).
    if (j > i
        || i.checked_sub(1).and_then(|k| t.get(k)).is_some_and(|x| x.is("early") || x.is("late") || x.is("mid"))
            && !after_possessive(t, i))
        && let Some(n) = t.get(j).and_then(|x| {
            x.with_lower(|w| match w {
                "twenties" => Some(2),
                "thirties" => Some(3),
                "forties" => Some(4),
                "fifties" => Some(5),
                "sixties" => Some(6),
                "seventies" => Some(7),
                "eighties" => Some(8),
                "nineties" => Some(9),
                _ => None,
            })
            .flatten()
        })
    {
        return core(j + 1, TimeType::Date, Val::Decade(190 + n));
    }
    // "nineteen ninety-six", "the year two thousand"
    let named = t.get(j).is_some_and(|x| x.is("year")) && j > i;
    if let Some((y, end)) = spelled_year(t, if named { j + 1 } else { j })
        && (named || j == i)
        // "two thousand people" is a count.
        && (y != 2000 || named)
    {
        return core(end, TimeType::Date, Val::Year(y));
    }
    if j > i {
        // "the 2012 …" is a modifier of something else, not a time of its own.
        return None;
    }
    let fiscal = t.get(j).is_some_and(|x| x.is("fiscal"));
    let k = if fiscal { if t.get(j + 1).is_some_and(|x| x.is("year")) { j + 2 } else { j + 1 } } else { j };
    let y = year_number(t, k)?;
    if !fiscal && !looks_like_year(t, k) {
        return None;
    }
    core(k + 1, TimeType::Date, Val::Year(y))
}

/// Whether a four-digit number at `k` reads as a year rather than a count ("2000 people").
pub(super) fn looks_like_year(t: &[Token<'_>], k: usize) -> bool {
    let previous = k.checked_sub(1).and_then(|p| t.get(p));
    // News rarely dates anything before 1500, and round numbers below it are mostly counts
    // ("brings the total to 1000"): such a year needs a preposition that takes one, and no noun
    // after it ("in 1215", not "in 1000 cases").
    if year_number(t, k).is_some_and(|y| y < 1500) {
        let dated = previous.is_some_and(|p| ["in", "since", "circa", "year", "until", "by"].iter().any(|w| p.is(w)));
        let noun_after = t.get(k + 1).is_some_and(|x| x.kind == Kind::Word);
        return dated && !noun_after;
    }
    // "Jamesson u2013 fag": a Unicode escape of a dash or quote mark (U+2013, U+2019) whose
    // backslash a scraper lost. (Other glued years stay: "#Trump2016", "a1998 bombing".)
    if let Some(p) = previous
        && p.is("u")
        && t.get(k).is_some_and(|x| !x.gap)
    {
        return false;
    }
    if let Some(p) = previous {
        if p.kind == Kind::Punct && !p.gap && (p.is_char('$') || p.is_char('£') || p.is_char('€') || p.is_char('#')) {
            return false;
        }
        // "No. 14-1418", "case 13-1999": a docket or serial number, not a year after another number
        // (a year range, "2009-2010", starts with a year; "11/2016" is a month of the year).
        if (p.is_char('-') || p.is_char('/'))
            && !p.gap
            && t.get(k).is_some_and(|x| !x.gap)
            && let Some(before) = k.checked_sub(2).and_then(|q| t.get(q))
            && before.kind == Kind::Number
            && year_number(t, k - 2).is_none()
            // "11/2016" is a month of that year.
            && !number_value(Some(before)).is_some_and(|m| (1..=12).contains(&m))
        {
            return false;
        }
        // "post-1959 politics", "pre-1990 levels": the year the times are told from.
        if p.is_char('-')
            && !p.gap
            && t.get(k).is_some_and(|x| !x.gap)
            && k.checked_sub(2).and_then(|q| t.get(q)).is_some_and(|x| x.is("pre") || x.is("post"))
        {
            return true;
        }
        let w = p.lower();
        // "a poll of 2047 registered voters", "a survey of 1500 adults": a sample's size.
        if w == "of"
            && k.checked_sub(2).and_then(|q| t.get(q)).is_some_and(|x| {
                x.with_lower(|v| matches!(v, "poll" | "survey" | "sample" | "study" | "census" | "total" | "group" | "panel"))
                    .unwrap_or(false)
            })
            && t.get(k + 1).is_some_and(|x| x.kind == Kind::Word && !x.capitalized())
        {
            return false;
        }
        if matches!(
            w.as_str(),
            "in" | "since"
                | "by"
                | "until"
                | "till"
                | "from"
                | "through"
                | "during"
                | "before"
                | "after"
                | "of"
                | "early"
                | "late"
                | "mid"
                | "fiscal"
                | "between"
                | "circa"
                | "around"
                | "spring"
                | "summer"
                | "autumn"
                | "winter"
        ) {
            return true;
        }
        if matches!(
            w.as_str(),
            "about"
                | "nearly"
                | "some"
                | "than"
                | "over"
                | "under"
                | "almost"
                | "approximately"
                | "roughly"
                | "no"
                | "number"
                | "page"
                | "route"
                | "flight"
                | "room"
                | "model"
                | "top"
                | "fortune"
                | "russell"
                | "ftse"
                | "dow"
        ) {
            return false;
        }
    }
    match t.get(k + 1) {
        Some(next) if next.is_char('%') => false,
        // "400 South and 1600 West", "1600 Pennsylvania Avenue": a street address.
        Some(_) if street_address(t, k) => false,
        Some(next) if next.kind == Kind::Word && !next.capitalized() => {
            let w = next.lower();
            let verbish = matches!(
                w.as_str(),
                "is" | "was"
                    | "has"
                    | "as"
                    | "this"
                    | "its"
                    | "his"
                    | "us"
                    | "thus"
                    | "plus"
                    | "levels"
                    | "elections"
                    | "results"
                    | "games"
                    | "olympics"
                    | "figures"
                    | "sales"
                    | "earnings"
                    | "profits"
                    | "revenues"
                    // "the Republican 2016 hopefuls", "the 2018 midterms": what a year is of.
                    | "hopefuls"
                    | "candidates"
                    | "contenders"
                    | "nominees"
                    | "races"
                    | "campaigns"
                    | "primaries"
                    | "caucuses"
                    | "midterms"
                    | "polls"
                    | "budgets"
                    | "playoffs"
                    | "finals"
                    | "championships"
                    | "awards"
                    | "attacks"
                    | "protests"
                    | "riots"
                    | "floods"
                    | "graduates"
                    | "rankings"
                    | "standings"
                    | "models"
                    | "estimates"
                    | "forecasts"
                    | "projections"
                    | "numbers"
                    | "totals"
                    | "rates"
                    | "taxes"
                    | "returns"
                    | "filings"
                    | "reports"
            );
            let count_noun = matches!(
                w.as_str(),
                "people"
                    | "men"
                    | "women"
                    | "children"
                    | "police"
                    | "staff"
                    | "personnel"
                    | "feet"
                    | "troops"
                    | "kilometres"
                    | "miles"
                    | "metres"
                    | "meters"
                    | "tons"
                    | "tonnes"
                    | "dollars"
                    | "euros"
                    | "pounds"
                    | "shares"
            );
            // "the 2008 and 2012 cycles": a number joined to a year by "and"/"or" is one too.
            let joined_to_year = previous.is_some_and(|p| p.is("and") || p.is("or"))
                && k.checked_sub(2).is_some_and(|q| year_number(t, q).is_some() && t[q].kind == Kind::Number);
            // "the 2012 attacks", "all 2016 campaigns", "the Republican 2016 hopefuls": a recent
            // year between a determiner or a name and its noun (counts this size take a comma).
            let determined = previous.is_some_and(|p| {
                p.capitalized() && p.kind == Kind::Word
                    || ["the", "all", "its", "their", "his", "her", "whose", "our"].iter().any(|w| p.is(w))
            }) && year_number(t, k).is_some_and(|y| (1950..=2039).contains(&y));
            !count_noun && (verbish || joined_to_year || determined || !w.ends_with('s') || w.len() <= 2)
        }
        _ => true,
    }
}

/// Whether the number at `k` is a house or grid number: "1600 West" (a compass point not opening a
/// name: "the 2008 South Carolina primary" is a year), "1600 Pennsylvania Avenue", "2200 Main St.".
fn street_address(t: &[Token<'_>], k: usize) -> bool {
    let street = |x: &Token<'_>| {
        x.capitalized()
            && x.with_lower(|w| {
                matches!(w, "street" | "st" | "avenue" | "ave" | "road" | "rd" | "boulevard" | "blvd" | "drive" | "lane")
            }) == Some(true)
    };
    let Some(next) = t.get(k + 1) else { return false };
    let compass = next.capitalized() && next.with_lower(|w| matches!(w, "west" | "east" | "north" | "south")) == Some(true);
    (compass && !t.get(k + 2).is_some_and(|x| x.kind == Kind::Word && x.capitalized()))
        || street(next)
        || (next.capitalized() && t.get(k + 2).is_some_and(street))
}

/// "10:30 a.m.", "5 p.m. EDT", "noon", "midnight", "9 o'clock"; the day is the reference day
/// (or the weekday/today right before: "Friday at 5 p.m." is left to two expressions).
pub(super) fn clock(t: &[Token<'_>], i: usize, st: &State) -> Option<Core> {
    let tok = t.get(i)?;
    let lower = tok.lower();
    // "High Noon" is a film, "high noon" an idiom.
    if (lower == "noon" || lower == "midday" || lower == "midnight")
        && !i.checked_sub(1).and_then(|k| t.get(k)).is_some_and(|x| x.is("high"))
    {
        let h = if lower == "midnight" { 24 } else { 12 };
        if let Some(wd) = t.get(i + 1).and_then(weekday_of) {
            let day = st.reference().and_then(|r| resolve_weekday(r, wd, tense(t, i), Relation::None));
            return core(i + 2, TimeType::Time, Val::Clock(day, h, 0));
        }
        return core(i + 1, TimeType::Time, Val::Clock(st.reference(), h, 0));
    }
    // "4 in the morning", "four in the afternoon", "ten at night": the hour and a part of the day.
    if let Some((hour, part_end)) = hour_in_words(t, i) {
        let day = match bracket_weekday(t, part_end) {
            Some(wd) => st.reference().and_then(|r| resolve_weekday(r, wd, tense(t, i), Relation::None)),
            // "will leave at 4 in the morning": said of today it would be "this morning", so a
            // future "in the …" is tomorrow's.
            None if t.get(part_end - 2).is_some_and(|x| x.is("the")) && tense(t, i) == Tense::Future => {
                st.reference().and_then(|r| add_days(r, 1))
            }
            None => st.reference(),
        };
        return core(part_end, TimeType::Time, Val::Clock(day, hour, 0));
    }
    if tok.kind != Kind::Number {
        return None;
    }
    let zone = |x: &Token<'_>| {
        matches!(
            x.lower().as_str(),
            "gmt" | "utc" | "bst" | "est" | "edt" | "cet" | "cest" | "pst" | "pdt" | "cst" | "cdt" | "hrs"
        )
    };
    // "0840 GMT", "1430 BST": the wires' 24-hour clock, four digits and a zone.
    let military = tok.text.len() == 4 && tok.text.bytes().all(|b| b.is_ascii_digit()) && t.get(i + 1).is_some_and(zone);
    let (h, m) = match tok.text.split_once([':', '.']) {
        Some((h, m)) if m.len() == 2 => (h.parse::<i8>().ok()?, m.parse::<i8>().ok()?),
        Some(_) => return None,
        None if military => (tok.text[..2].parse::<i8>().ok()?, tok.text[2..].parse::<i8>().ok()?),
        None => (tok.text.parse::<i8>().ok()?, 0),
    };
    if !(0..=24).contains(&h) || !(0..60).contains(&m) {
        return None;
    }
    let next = t.get(i + 1);
    let marker = next.map(|x| x.lower().replace('.', "")).unwrap_or_default();
    let (h, mut end) = match marker.as_str() {
        "am" | "pm" if h <= 12 => {
            let h = if marker == "pm" && h < 12 {
                h + 12
            } else if marker == "am" && h == 12 {
                0
            } else {
                h
            };
            (h, i + 2)
        }
        "o'clock" | "o’clock" => (h, i + 2),
        // ("kick-off 12.45 GMT": the British stop between hours and minutes.)
        _ if (tok.text.contains([':', '.']) || military) && next.is_some_and(zone) => (h, i + 1),
        _ => return None,
    };
    if t.get(end).is_some_and(zone) {
        end += 1;
    }
    // "6 o'clock this afternoon", "7 tonight": the part of the day sets the half of it (when no
    // a.m. or p.m. did) and belongs to the expression.
    let (h, mut end) = match this_part_of_day(t, end) {
        Some((afternoon, after)) => {
            let h = if afternoon && !matches!(marker.as_str(), "am" | "pm") && (1..12).contains(&h) { h + 12 } else { h };
            (h, after)
        }
        None => (h, end),
    };
    // "10:35 a.m. (0735 GMT) Friday": the wire's conversion to GMT in brackets, then the day; the
    // expression stays the local time, on that day.
    if let Some(wd) = bracket_weekday(t, end) {
        let day = st.reference().and_then(|r| resolve_weekday(r, wd, tense(t, i), Relation::None));
        return core(end, TimeType::Time, Val::Clock(day, h, m));
    }
    // "(0735 GMT) Friday": the bracketed conversion itself falls on the day after the bracket.
    if i.checked_sub(1).and_then(|k| t.get(k)).is_some_and(|x| x.is_char('('))
        && t.get(end).is_some_and(|x| x.is_char(')'))
        && let Some(wd) = t.get(end + 1).and_then(weekday_of)
    {
        let day = st.reference().and_then(|r| resolve_weekday(r, wd, tense(t, i), Relation::None));
        return core(end, TimeType::Time, Val::Clock(day, h, m));
    }
    // "after their 6 a.m.-to-4:30 p.m. shift", "the day shift starts around 6 a.m.": the hours of
    // a working day, any day, not one on the timeline.
    if of_a_shift(t, i, end) {
        return core(end, TimeType::Time, Val::Clock(None, h, m));
    }
    // "9 a.m. Tuesday", "noon Thursday", "5 p.m. EST, Nov. 9": the clock time on that day. Without
    // one, a past event's clock time falls on the day the story last named, when it named one
    // before the reference day in this or the two previous sentences ("Sanders won Tuesday's
    // primary … polls closed at 8 p.m."); else on the reference day.
    let narrative_day = match st.previous() {
        Some(Val::Day(d) | Val::Part(d, _) | Val::Clock(Some(d), ..)) => Some(*d),
        _ => None,
    };
    if let Some(date) = explicit_date(t, skip_comma(t, end), st)
        && let Val::Day(d) = date.val
    {
        return core(date.end, TimeType::Time, Val::Clock(Some(d), h, m));
    }
    let day = if let Some(wd) = t.get(end).and_then(weekday_of) {
        end += 1;
        st.reference().and_then(|r| resolve_weekday(r, wd, tense(t, i), Relation::None))
    } else if t.get(end).is_some_and(|x| x.is("on"))
        && let Some(wd) = t.get(end + 1).and_then(weekday_of)
    {
        // "5:30 p.m. on Friday": the time is on that day; the weekday stays its own expression.
        st.reference().and_then(|r| resolve_weekday(r, wd, tense(t, i), Relation::None))
    } else if t.get(end).is_some_and(|x| x.is("on"))
        && let Some(date) = explicit_date(t, end + 1, st).or_else(|| weekday_of_month(t, end + 1, st))
        && let Val::Day(d) = date.val
    {
        // ("2 p.m. on the last Friday in August" too.)
        Some(d)
    } else if let Some(shift) = t.get(end).and_then(|x| match x.lower().as_str() {
        "today" => Some(0),
        "yesterday" => Some(-1),
        "tomorrow" => Some(1),
        _ => None,
    }) {
        end += 1;
        st.reference().and_then(|r| add_days(r, shift))
    } else if let Some(Val::Day(d) | Val::Part(d, _) | Val::Clock(Some(d), ..)) = st.previous_in_sentence()
        && day_named_just_before(t, i)
    {
        // "On the November 24 show … from 6AM to 9AM": the day this sentence named, in the same
        // clause ("caucusing Monday night, Ebeling and her husband set out just after 2 p.m." is
        // another day's clock).
        let d = *d;
        return anchored(end, TimeType::Time, Val::Clock(Some(d), h, m), &Val::Day(d));
    } else if let (Some(d), Some(r)) = (narrative_day, st.reference_date)
        && d < r
        && tense(t, i) == Tense::Past
    {
        return anchored(end, TimeType::Time, Val::Clock(Some(d), h, m), &Val::Day(d));
    } else {
        st.reference()
    };
    core(end, TimeType::Time, Val::Clock(day, h, m))
}

/// Whether the clock time at `i..end` tells the hours of a shift: "shift" follows within six
/// tokens ("6 a.m.-to-4:30 p.m. shift"), or stands three to six tokens before it, before a verb
/// of its course ("the day shift starts around 6 a.m. and finishes about 4 p.m.").
fn of_a_shift(t: &[Token<'_>], i: usize, end: usize) -> bool {
    let shift = |x: &Token<'_>| x.is("shift") || x.is("shifts");
    let stop = |x: &Token<'_>| x.is_char('.') || x.is_char(',') || x.is_char(';');
    let after = t.iter().skip(end).take(6).take_while(|x| !stop(x) || x.is_char('.') && !x.gap).any(shift);
    let before = (i.saturating_sub(8)..i).any(|k| {
        shift(&t[k])
            && t.get(k + 1).is_some_and(|v| {
                v.with_lower(|w| matches!(w, "starts" | "begins" | "ends" | "finishes" | "runs" | "start" | "begin" | "end"))
                    .unwrap_or(false)
            })
            && !t[k..i].iter().any(stop)
    });
    after || before
}

/// Whether a day or another time is named within the sixteen tokens before `i`, with no "and",
/// "but", "while", "when" or ";" between (another clause).
fn day_named_just_before(t: &[Token<'_>], i: usize) -> bool {
    for k in (i.saturating_sub(16)..i).rev() {
        let x = &t[k];
        if x.is("and") || x.is("but") || x.is("while") || x.is("when") || x.is_char(';') {
            return false;
        }
        if month_of(x).is_some() || weekday_of(x).is_some() || x.is("day") || (x.kind == Kind::Number && x.text.contains(':')) {
            return true;
        }
        if x.kind == Kind::Number
            && t.get(k + 1)
                .is_some_and(|n| n.with_lower(|w| matches!(w, "am" | "pm" | "a.m" | "p.m" | "a.m." | "p.m.")).unwrap_or(false))
        {
            return true;
        }
    }
    false
}

/// "this morning", "this afternoon", "this evening" or "tonight" at `i` → (whether it is the
/// afternoon or later, the index after it).
fn this_part_of_day(t: &[Token<'_>], i: usize) -> Option<(bool, usize)> {
    if t.get(i)?.is("tonight") {
        return Some((true, i + 1));
    }
    if !t.get(i)?.is("this") {
        return None;
    }
    let afternoon = t.get(i + 1)?.with_lower(|w| match w {
        "morning" => Some(false),
        "afternoon" | "evening" => Some(true),
        _ => None,
    })??;
    Some((afternoon, i + 2))
}

/// The weekday of a bracket right after a clock time: after it ("10:35 a.m. (0735 GMT) Friday")
/// or closing it ("4 in the morning (4 a.m. EDT Thursday)"), the day the time falls on.
fn bracket_weekday(t: &[Token<'_>], end: usize) -> Option<Weekday> {
    if !t.get(end)?.is_char('(') {
        return None;
    }
    let close = (end + 1..end + 7).find(|&k| t.get(k).is_some_and(|x| x.is_char(')')))?;
    t.get(close + 1).and_then(weekday_of).or_else(|| t.get(close - 1).and_then(weekday_of))
}

/// An hour 1–12 (in digits or words, with or without "o'clock") followed by "in the
/// morning/afternoon/evening" or "at night", or an hour in words with "o'clock":
/// (hour on the 24-hour clock, index after the expression).
fn hour_in_words(t: &[Token<'_>], i: usize) -> Option<(i8, usize)> {
    let tok = t.get(i)?;
    let h = match tok.kind {
        Kind::Number if tok.text.len() <= 2 => tok.text.parse::<i8>().ok()?,
        Kind::Word => crate::numbers::small_word_number(&tok.lower()).and_then(|n| (n.fract() == 0.0).then_some(n as i8))?,
        _ => return None,
    };
    if !(1..=12).contains(&h) {
        return None;
    }
    let w = |k: usize| t.get(i + k).map(|x| x.lower()).unwrap_or_default();
    // "three o'clock in the morning"; "three o'clock" alone (digits with "o'clock" are the caller's).
    let oclock = usize::from(matches!(w(1).as_str(), "o'clock" | "o’clock"));
    // Without "o'clock" the number must read as an hour: "at 4 in the morning", "it was ten at night",
    // not "the Dow was up 12 in the morning session".
    let before = i.checked_sub(1).and_then(|k| t.get(k)).map(|x| x.lower()).unwrap_or_default();
    let hour_cue = matches!(
        before.as_str(),
        "at" | "about"
            | "around"
            | "until"
            | "till"
            | "by"
            | "before"
            | "after"
            | "from"
            | "to"
            | "past"
            | "since"
            | "was"
            | "is"
            | "'s"
            | "’s"
    );
    if oclock == 0 && !hour_cue {
        return None;
    }
    let (part, end) = match (w(1 + oclock).as_str(), w(2 + oclock).as_str(), w(3 + oclock).as_str()) {
        ("in", "the", "morning" | "afternoon" | "evening") => (w(3 + oclock), i + 4 + oclock),
        // "at 7 this evening", "6 o'clock this afternoon", "at 7 tonight"
        ("this", "morning" | "afternoon" | "evening", _) => (w(2 + oclock), i + 3 + oclock),
        ("tonight", _, _) => ("evening".into(), i + 2 + oclock),
        ("at", "night", _) => (w(2 + oclock), i + 3 + oclock),
        _ if oclock == 1 && tok.kind == Kind::Word => return Some((h, i + 2)),
        _ => return None,
    };
    let h = match part.as_str() {
        "morning" => h % 12,
        // "ten at night" is 22:00, "two at night" 02:00.
        "night" if h < 5 || h == 12 => h % 12,
        _ if h < 12 => h + 12,
        _ => h,
    };
    Some((h, end))
}

/// "daily", "weekly", "every day", "each July", "every Monday".
pub(super) fn set(t: &[Token<'_>], i: usize, st: &State) -> Option<Core> {
    let tok = t.get(i)?;
    let lower = tok.lower();
    let simple = match lower.as_str() {
        "daily" | "nightly" => Some("P1D"),
        "weekly" => Some("P1W"),
        "monthly" => Some("P1M"),
        "annually" | "yearly" | "annual" => Some("P1Y"),
        "hourly" => Some("PT1H"),
        _ => None,
    };
    if let Some(v) = simple {
        // "annual" only as "annual report"-like adjective is not a set; keep adverbs and "daily".
        if lower == "annual" {
            return None;
        }
        // A newspaper, not a frequency: "French daily Les Echos", "the weekly Der Spiegel", "the
        // daily reported", or part of a title ("the Daily Mail", "AAA Daily Fuel Gauge").
        let next = t.get(i + 1);
        // ("Breitbart News Daily: A World at War", "Business Daily": after a word of a masthead,
        // even in a title-case headline, where "Smoking Yearly" is still a frequency.)
        let after_name = tok.capitalized()
            && i.checked_sub(1).and_then(|k| t.get(k)).is_some_and(|p| {
                matches!(p.text, "News" | "Business" | "Post" | "Times" | "Herald" | "Star" | "Mirror" | "Express" | "Wire")
            });
        let names_paper = (i > 0 && name_capital(Some(tok), st))
            || after_name
            || next.is_some_and(|x| {
                (x.kind == Kind::Word && x.capitalized() && weekday_of(x).is_none() && month_of(x).is_none())
                    || matches!(x.lower().as_str(), "said" | "says" | "reported" | "reports" | "wrote" | "quoted" | "cited")
            });
        if names_paper && lower != "annually" && lower != "hourly" {
            return None;
        }
        return core(i + 1, TimeType::Set, raw(v));
    }
    if !matches!(lower.as_str(), "every" | "each") {
        return None;
    }
    let mut j = i + 1;
    if t.get(j).is_some_and(|x| x.is("other")) {
        j += 1;
    }
    let target = t.get(j)?;
    let every_other = j > i + 1;
    let step = if every_other { 2 } else { 1 };
    if let Some(wd) = weekday_of(target) {
        return core(j + 1, TimeType::Set, Val::Raw(format!("XXXX-WXX-{}", wd.to_monday_one_offset())));
    }
    if let Some(m) = month_of(target) {
        return core(j + 1, TimeType::Set, Val::Raw(format!("XXXX-{m:02}")));
    }
    let (unit, plural) = unit_of(Some(target))?;
    if plural {
        return None;
    }
    core(j + 1, TimeType::Set, Val::Raw(duration_value(Some(f64::from(step)), unit)))
}

/// Fixed holidays: Christmas, New Year's Day, Thanksgiving, …
pub(super) fn holiday(t: &[Token<'_>], i: usize, st: &State) -> Option<Core> {
    let tok = t.get(i)?;
    if !tok.capitalized() {
        return None;
    }
    let next = t.get(i + 1).map(|x| x.lower()).unwrap_or_default();
    let day_after = |k: usize| t.get(k).is_some_and(|x| x.is("day"));
    // Movable feasts are coded by a day of 0 and a rule.
    let (month, day, end, rule): (i8, i8, usize, Movable) = match (tok.lower().as_str(), next.as_str()) {
        ("christmas", "eve") => (12, 24, i + 2, Movable::Fixed),
        ("christmas", "day") => (12, 25, i + 2, Movable::Fixed),
        ("christmas", _) => (12, 25, i + 1, Movable::Fixed),
        ("new", "year") if t.get(i + 2).is_some_and(|x| x.is("'s") || x.is("’s")) => {
            let fourth = t.get(i + 3).map(|x| x.lower()).unwrap_or_default();
            match fourth.as_str() {
                "eve" => (12, 31, i + 4, Movable::Fixed),
                "day" => (1, 1, i + 4, Movable::Fixed),
                _ => return None,
            }
        }
        ("valentine", "'s" | "’s") if day_after(i + 2) => (2, 14, i + 3, Movable::Fixed),
        ("halloween", _) => (10, 31, i + 1, Movable::Fixed),
        ("thanksgiving", _) => (11, 0, if next == "day" { i + 2 } else { i + 1 }, Movable::Thanksgiving),
        ("election", "day") => (11, 0, i + 2, Movable::ElectionDay),
        ("memorial", "day") => (5, 0, i + 2, Movable::MemorialDay),
        ("labor" | "labour", "day") => (9, 0, i + 2, Movable::LaborDay),
        ("easter", "sunday" | "week") => (4, 0, i + 2, Movable::Easter),
        ("easter", _) => (4, 0, i + 1, Movable::Easter),
        ("good", "friday") => (4, 0, i + 2, Movable::GoodFriday),
        _ => return None,
    };
    // "Easter Seals", "Christmas Island", "Labor Day Parade Committee": a name the holiday opens.
    if name_capital(t.get(end).filter(|x| x.kind == Kind::Word), st) {
        return None;
    }
    // "the Rockefeller Center Christmas tree", "Christmas cards", "an Easter egg hunt": a thing of
    // the holiday, not its date.
    if t.get(end).is_some_and(|x| {
        x.with_lower(|w| {
            matches!(
                w,
                "tree"
                    | "trees"
                    | "card"
                    | "cards"
                    | "lights"
                    | "carol"
                    | "carols"
                    | "decorations"
                    | "ornament"
                    | "ornaments"
                    | "sweater"
                    | "sweaters"
                    | "stocking"
                    | "stockings"
                    | "egg"
                    | "eggs"
                    | "bunny"
                    | "candy"
                    | "costume"
                    | "costumes"
                    | "turkey"
                    | "song"
                    | "songs"
                    | "movie"
                    | "movies"
                    | "music"
                    | "spirit"
                    | "wish"
                    | "list"
            )
        })
        .unwrap_or(false)
    }) {
        return None;
    }
    let val = match st.reference() {
        // "Working backward from Election Day" in April of an election year: the election news
        // speaks of is the coming one, unless the clause is in the past.
        Some(r)
            if matches!(rule, Movable::ElectionDay)
                && tense(t, i) != Tense::Past
                && let Some(coming) = election_day(r.year()).filter(|d| *d >= r) =>
        {
            Val::Day(coming)
        }
        Some(r) => {
            let y = month_year(r, month, tense(t, i));
            let date = match rule {
                Movable::Fixed => Date::new(y, month, day).ok()?,
                Movable::Thanksgiving => Date::new(y, 11, 1).ok()?.nth_weekday_of_month(4, Weekday::Thursday).ok()?,
                Movable::ElectionDay => election_day(y)?,
                Movable::MemorialDay => Date::new(y, 5, 1).ok()?.nth_weekday_of_month(-1, Weekday::Monday).ok()?,
                Movable::LaborDay => Date::new(y, 9, 1).ok()?.nth_weekday_of_month(1, Weekday::Monday).ok()?,
                Movable::Easter => easter(y)?,
                Movable::GoodFriday => add_days(easter(y)?, -2)?,
            };
            // "as Easter week began": the (ISO, Holy) week that ends on Easter Sunday.
            if next == "week" { week_of(date) } else { Val::Day(date) }
        }
        None if next == "week" => raw("XXXX-WXX"),
        None if day == 0 => Val::Raw(format!("XXXX-{month:02}-XX")),
        None => Val::Raw(format!("XXXX-{month:02}-{day:02}")),
    };
    core(end, TimeType::Date, val)
}

/// The American Election Day of `year`: the Tuesday after the first Monday of November.
fn election_day(year: i16) -> Option<Date> {
    add_days(Date::new(year, 11, 1).ok()?.nth_weekday_of_month(1, Weekday::Monday).ok()?, 1)
}

/// How a holiday's day is found.
#[derive(Clone, Copy)]
pub(super) enum Movable {
    Fixed,
    Thanksgiving,
    ElectionDay,
    MemorialDay,
    LaborDay,
    Easter,
    GoodFriday,
}

/// Western Easter Sunday of `year` (the anonymous Gregorian computus; jiff has no church calendar).
pub(super) fn easter(year: i16) -> Option<Date> {
    let y = i32::from(year);
    let (a, b, c) = (y % 19, y / 100, y % 100);
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::new(year, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()
}

/// A month name alone ("in January", "late November"), resolved to the year its tense points to.
/// "May" and "March" are also words: they need a preposition or a modifier before them.
pub(super) fn month_alone(t: &[Token<'_>], i: usize, st: &State) -> Option<Core> {
    let tok = t.get(i)?;
    let m = month_of(tok)?;
    if !tok.capitalized() {
        return None;
    }
    let previous = i.checked_sub(1).and_then(|k| t.get(k)).map(|x| x.lower()).unwrap_or_default();
    let dated_context = matches!(
        previous.as_str(),
        "in" | "since"
            | "by"
            | "until"
            | "till"
            | "of"
            | "from"
            | "through"
            | "during"
            | "before"
            | "after"
            | "early"
            | "late"
            | "mid"
            | "last"
            | "next"
            | "this"
            | "each"
            | "every"
            | "and"
            | "or"
            | "to"
            | "between"
            | "-"
    );
    // "the March accession", "the May elections": a month naming when its noun happens ("the
    // March of Dimes", "the march on Rome" are no months).
    let adjectival = previous == "the"
        && t.get(i + 1).is_some_and(|x| {
            x.kind == Kind::Word
                && !x.capitalized()
                && !matches!(
                    x.lower().as_str(),
                    "of" | "on" | "to" | "through" | "for" | "in" | "from" | "across" | "against" | "into" | "toward" | "towards"
                )
        });
    // "Drew Ivers, Jill June, Lori Jungling": a surname after a capitalized first name ("In June"
    // and "Early June" open with a word of time, "Sunday, June 5" is a full date).
    let after_name = !dated_context
        && i.checked_sub(1).and_then(|k| t.get(k)).is_some_and(|p| {
            p.kind == Kind::Word
                && p.capitalized()
                && p.text.len() > 1
                && weekday_of(p).is_none()
                && month_of(p).is_none()
                && !p.with_lower(function_word).unwrap_or(true)
        })
        // (Inside a sentence: after a comma or a word, not opening it: "The April survey".)
        && i.checked_sub(2).and_then(|k| t.get(k)).is_some_and(|x| x.kind == Kind::Word || x.is_char(','));
    if after_name {
        return None;
    }
    let dated_context = dated_context || adjectival;
    // "the Coalition to Stop Trump and March on the RNC", "a March on Washington": a march on a
    // place or a body ("in January and March on the bill" has a lower-case noun).
    let word_at = |k: usize| t.get(k).map(|x| x.lower()).unwrap_or_default();
    let capital_at = |k: usize| t.get(k).is_some_and(|x| x.kind == Kind::Word && x.capitalized());
    if m == 3
        && matches!(word_at(i + 1).as_str(), "on" | "against")
        && (capital_at(i + 2) || (word_at(i + 2) == "the" && capital_at(i + 3)))
    {
        return None;
    }
    let short = tok.lower().len() <= 3 && !tok.text.ends_with('.');
    if (m == 5 || m == 3 || short) && !dated_context {
        return None;
    }
    // "Jan Kavan", "and June Carter": a first name ("in January President Obama said" stays a month).
    if (short || !matches!(previous.as_str(), "in" | "since" | "by" | "until" | "till" | "from" | "through" | "during"))
        && t.get(i + 1).is_some_and(|x| x.kind == Kind::Word && x.capitalized() && month_of(x).is_none())
    {
        return None;
    }
    // "from September to December 2014", "between March and June 2015": the year the range ends in
    // (the year before it when the range crosses the new year).
    let joined_year = t
        .get(i + 1)
        .filter(|x| x.is("to") || x.is("through") || x.is("until") || x.is("and") || (x.is_char('-') && !x.gap))
        .and_then(|_| t.get(i + 2).and_then(month_of).filter(|_| t[i + 2].capitalized()))
        .and_then(|m2| year_number(t, skip_comma(t, i + 3)).map(|y| if m2 < m { y - 1 } else { y }));
    // (The range's own year: no reference date is read, so none anchors it.)
    // "McGovern lost to Nixon that November", after "In 1972": the month of the narrative's year.
    if joined_year.is_none()
        && previous == "that"
        && let Some(prev) = st.previous_in_narrative()
        && let Some(Val::Year(y)) = super::dates::same(prev, Unit::Year)
    {
        return anchored(i + 1, TimeType::Date, Val::Month(y, m), prev);
    }
    // "ads reserved in December and January", written in November: the month after a month
    // still ahead comes after it ("in December and January" is one winter, not two years). (After
    // a month gone by, the clause's tense decides as for any month.)
    let after_month = matches!(previous.as_str(), "and" | "or" | "to" | "through" | "until" | "-")
        && st
            .reference_date
            .is_some_and(|r| matches!(st.previous_in_sentence(), Some(Val::Month(y, pm)) if (*y, *pm) >= (r.year(), r.month())))
        && i.checked_sub(2)
            .and_then(|k| t.get(k))
            .filter(|x| x.capitalized())
            .and_then(month_of)
            .is_some_and(|m1| matches!(st.previous_in_sentence(), Some(Val::Month(_, pm)) if *pm == m1));
    let joined_year = match (joined_year, st.previous_in_sentence()) {
        (None, Some(Val::Month(y, m1))) if after_month => Some(if m < *m1 { y + 1 } else { *y }),
        (found, _) => found,
    };
    let val = match joined_year {
        Some(y) => Val::Month(y, m),
        None => match st.reference() {
            Some(r) => Val::Month(super::dates::year_of_month(r, m, t, i), m),
            None => Val::Raw(format!("XXXX-{m:02}")),
        },
    };
    core(i + 1, TimeType::Date, val)
}
