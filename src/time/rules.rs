//! The matching rules of the time stage: token patterns → TIMEX3 type, value and mod.
//!
//! Every rule looks a bounded number of tokens ahead of its start, so [`find`] is linear.

use std::cell::Cell;

use jiff::civil::{Date, ISOWeekDate, Weekday};

use super::TimeType;
use super::lex::{Kind, Token};

/// What a rule found: token indices `start..end` and the TIMEX3 attributes.
#[derive(Debug, Clone)]
pub(crate) struct Found {
    pub start: usize,
    pub end: usize,
    pub kind: TimeType,
    pub value: String,
    pub modifier: Option<&'static str>,
    pub first_day: Option<Date>,
    /// The value it was resolved against: the reference date, or an earlier expression's value.
    pub anchor: Option<String>,
}

/// What the rules remember across sentences.
pub(crate) struct State {
    reference_date: Option<Date>,
    /// Set when a rule reads the reference date: its result is then anchored on it.
    used_reference: Cell<bool>,
    /// The last fiscal quarter named ("the third quarter"): "a year ago" then means that quarter a year before.
    last_quarter: Option<(i16, i8, usize)>,
    /// The last date or time resolved, with its stretch: "a year later", "the following month" and
    /// "that day" count from it, as TimeML anchors them on the narrative's previous time.
    last_date: Option<(Val, usize)>,
    /// How many stretches (sentences) [`find`] has seen: a quarter anchors only the next few.
    stretch: usize,
    /// Whether the current stretch is in title case (a headline): its capitals say nothing of names.
    title_case: bool,
}

impl State {
    pub fn new(reference: Option<Date>) -> Self {
        State {
            reference_date: reference,
            used_reference: Cell::new(false),
            last_quarter: None,
            last_date: None,
            stretch: 0,
            title_case: false,
        }
    }

    /// The reference date, noting that the rule asking depends on it.
    fn reference(&self) -> Option<Date> {
        self.used_reference.set(true);
        self.reference_date
    }

    /// The date resolved in this or the previous two sentences, if any.
    fn previous(&self) -> Option<&Val> {
        self.last_date.as_ref().filter(|d| self.stretch - d.1 <= 2).map(|d| &d.0)
    }

    /// The date resolved in this or the previous five sentences: "the following month" can only
    /// be told from the narrative, which may have named its month a paragraph before.
    fn previous_in_narrative(&self) -> Option<&Val> {
        self.last_date.as_ref().filter(|d| self.stretch - d.1 <= 5).map(|d| &d.0)
    }

    /// The quarter named in this sentence.
    fn quarter_in_stretch(&self) -> Option<(i16, i8)> {
        self.last_quarter.filter(|q| q.2 == self.stretch).map(|(y, q, _)| (y, q))
    }

    /// The quarter named in this or the eight previous sentences: an earnings report keeps talking
    /// about the quarter it reports ("a year earlier", "the year-ago period") for paragraphs.
    fn recent_quarter(&self) -> Option<(i16, i8)> {
        self.last_quarter.filter(|q| self.stretch - q.2 <= 8).map(|(y, q, _)| (y, q))
    }
}

/// A resolved (or underspecified) value, before it is written as a TIMEX3 string.
#[derive(Debug, Clone)]
pub(crate) enum Val {
    Day(Date),
    Month(i16, i8),
    Year(i16),
    Decade(i16),
    Century(i16),
    Quarter(i16, i8),
    Half(i16, i8),
    Season(i16, u8),
    Week(i16, i8),
    Weekend(i16, i8),
    /// A part of a day: `MO`, `AF`, `EV`, `NI`.
    Part(Date, &'static str),
    /// A clock time, on a day when known.
    Clock(Option<Date>, i8, i8),
    Raw(String),
}

const SEASONS: [&str; 4] = ["SP", "SU", "FA", "WI"];

impl Val {
    fn render(&self) -> (String, Option<Date>) {
        match self {
            Val::Day(d) => (format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day()), Some(*d)),
            Val::Month(y, m) => (format!("{y:04}-{m:02}"), Date::new(*y, *m, 1).ok()),
            Val::Year(y) => (format!("{y:04}"), Date::new(*y, 1, 1).ok()),
            Val::Decade(d) => (format!("{d:03}"), Date::new(d.saturating_mul(10), 1, 1).ok()),
            Val::Century(c) => (format!("{c:02}"), Date::new(c.saturating_mul(100), 1, 1).ok()),
            Val::Quarter(y, q) => (format!("{y:04}-Q{q}"), Date::new(*y, (q - 1) * 3 + 1, 1).ok()),
            Val::Half(y, h) => (format!("{y:04}-H{h}"), Date::new(*y, (h - 1) * 6 + 1, 1).ok()),
            Val::Season(y, s) => {
                (format!("{y:04}-{}", SEASONS[usize::from(*s) % 4]), Date::new(*y, [3, 6, 9, 12][usize::from(*s) % 4], 21).ok())
            }
            Val::Week(y, w) => (format!("{y:04}-W{w:02}"), week_monday(*y, *w)),
            Val::Weekend(y, w) => {
                (format!("{y:04}-W{w:02}-WE"), week_monday(*y, *w).and_then(|d| d.checked_add(jiff::Span::new().days(5)).ok()))
            }
            Val::Part(d, p) => (format!("{:04}-{:02}-{:02}T{p}", d.year(), d.month(), d.day()), Some(*d)),
            Val::Clock(Some(d), h, m) => (format!("{:04}-{:02}-{:02}T{h:02}:{m:02}", d.year(), d.month(), d.day()), Some(*d)),
            Val::Clock(None, h, m) => (format!("XXXX-XX-XXT{h:02}:{m:02}"), None),
            Val::Raw(s) => (s.clone(), None),
        }
    }
}

fn week_monday(year: i16, week: i8) -> Option<Date> {
    ISOWeekDate::new(year, week, Weekday::Monday).ok().map(|w| w.date())
}

fn week_of(d: Date) -> Val {
    let w = d.iso_week_date();
    Val::Week(w.year(), w.week())
}

fn add_days(d: Date, n: i64) -> Option<Date> {
    d.checked_add(jiff::Span::new().days(n)).ok()
}

fn add_months(d: Date, n: i64) -> Option<Date> {
    d.checked_add(jiff::Span::new().months(n)).ok()
}

fn quarter_of(d: Date) -> i8 {
    (d.month() - 1) / 3 + 1
}

/// A rule's match before the start (prefixes) is settled.
struct Core {
    end: usize,
    kind: TimeType,
    val: Val,
    modifier: Option<&'static str>,
    /// Set by rules that resolve against an earlier expression (its value).
    anchor: Option<String>,
}

fn core(end: usize, kind: TimeType, val: Val) -> Option<Core> {
    Some(Core { end, kind, val, modifier: None, anchor: None })
}

/// A match resolved against the earlier expression `anchor`.
fn anchored(end: usize, kind: TimeType, val: Val, anchor: &Val) -> Option<Core> {
    Some(Core { end, kind, val, modifier: None, anchor: Some(anchor.render().0) })
}

fn raw(s: &str) -> Val {
    Val::Raw(s.into())
}

/// Finds the time expressions among `toks` (one sentence).
pub(crate) fn find(toks: &[Token<'_>], st: &mut State) -> Vec<Found> {
    st.stretch += 1;
    st.title_case = title_case(toks);
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match match_at(toks, i, st) {
            Some(found) => {
                i = found.end.max(i + 1);
                // "2009-10", "1990–91": the second year of a range.
                if let (Some(dash), Some(next), TimeType::Date) = (toks.get(i), toks.get(i + 1), found.kind)
                    && (dash.is_char('-') || dash.is_char('–'))
                    && !dash.gap
                    && !next.gap
                    && next.kind == Kind::Number
                    && next.text.len() == 2
                    && found.value.len() == 4
                    && let (Ok(first), Ok(second)) = (found.value.parse::<i16>(), next.text.parse::<i16>())
                {
                    let year = first - first % 100 + second;
                    if year > first {
                        out.push(found);
                        out.push(Found {
                            start: i + 1,
                            end: i + 2,
                            kind: TimeType::Date,
                            value: format!("{year:04}"),
                            modifier: None,
                            first_day: Date::new(year, 1, 1).ok(),
                            anchor: None,
                        });
                        i += 2;
                        continue;
                    }
                }
                let second = second_day(toks, &found);
                out.push(found);
                if let Some(day) = second {
                    i = day.end;
                    out.push(day);
                }
            }
            None => i += 1,
        }
    }
    out
}

/// "April 24 and 25", "on March 3 or 4": a bare day number joined to a full date is a day of the
/// same month, a date of its own (TimeML marks each day).
fn second_day(toks: &[Token<'_>], found: &Found) -> Option<Found> {
    let first = found.first_day.filter(|_| found.kind == TimeType::Date && found.value.len() == 10)?;
    // Only after "Month Day": "24 April and 25" is rare, and a year in between ends the date.
    let last = toks.get(found.end.checked_sub(1)?)?;
    if last.kind != Kind::Number || found.end < found.start + 2 || toks.get(found.end - 2).and_then(month_of).is_none() {
        return None;
    }
    let joint = toks.get(found.end)?;
    if !(joint.is("and") || joint.is("or") || joint.is("to")) {
        return None;
    }
    let (d, after) = day_number(toks, found.end + 1)?;
    // "April 24 and 25 percent", "May 3 and 4 others": the number counts something else.
    if toks.get(after).is_some_and(|x| x.kind != Kind::Punct) || d <= first.day() {
        return None;
    }
    let date = Date::new(first.year(), first.month(), d).ok()?;
    let (value, first_day) = Val::Day(date).render();
    Some(Found {
        start: found.end + 1,
        end: after,
        kind: TimeType::Date,
        value,
        modifier: None,
        first_day,
        anchor: found.anchor.clone(),
    })
}

/// Whether most longer words of `t` are capitalized, as in a title-case headline.
fn title_case(t: &[Token<'_>]) -> bool {
    let (words, capitalized) = t
        .iter()
        .filter(|x| x.kind == Kind::Word && x.text.len() > 3)
        .fold((0, 0), |(n, c), x| (n + 1, c + usize::from(x.capitalized())));
    words >= 4 && capitalized * 4 >= words * 3
}

/// A time word written with a capital inside a sentence ("ABC's \"This Week\"", "CBS's \"60
/// Minutes\"", "VOA Today"): the name of a programme or paper, not a time.
fn name_capital(tok: Option<&Token<'_>>, st: &State) -> bool {
    tok.is_some_and(|x| x.capitalized()) && !st.title_case
}

fn match_at(t: &[Token<'_>], i: usize, st: &mut State) -> Option<Found> {
    let word = t.get(i)?;
    // Cheap gate: expressions start with a digit, an apostrophe ("'90s") or one of a few words.
    let may_start = match word.kind {
        Kind::Number => true,
        Kind::Punct => word.is_char('\'') || word.is_char('’'),
        Kind::Word => word.with_lower(starts_time).unwrap_or(false),
    };
    if !may_start {
        return None;
    }
    // Second gate, for the function words that start expressions ("the", "a", "at", "more"): a
    // time word must follow within a few tokens, else no rule can match. Most "the"s end here,
    // before any rule allocates.
    // ("this year as last": the elided unit is before it.)
    let compared = word.is("last") && i.checked_sub(1).and_then(|k| t.get(k)).is_some_and(|p| p.is("as") || p.is("than"));
    if word.kind == Kind::Word
        && word.with_lower(function_word).unwrap_or(false)
        && !compared
        && !t.iter().skip(i + 1).take(6).any(core_time_token)
    {
        return None;
    }
    let (prefix_mod, after_prefix) = prefix(t, i);
    let mut best: Option<(usize, Core)> = None;
    let hedge = matches!(prefix_mod, Some("APPROX" | "LESS_THAN" | "MORE_THAN" | "EQUAL_OR_MORE" | "EQUAL_OR_LESS"));
    if after_prefix > i
        && let Some(c) = longest(t, after_prefix, st, true)
        // "over the weekend", "about Monday": hedges qualify amounts, not dates.
        && (!hedge
            || c.kind == TimeType::Duration
            || t.get(c.end - 1).is_some_and(|x| matches!(x.lower().as_str(), "ago" | "earlier" | "later")))
    {
        best = Some((i, Core { modifier: c.modifier.or(prefix_mod), ..c }));
    }
    if best.is_none() {
        best = longest(t, i, st, false).map(|c| (i, c));
    }
    let (start, c) = best?;
    let (value, first_day) = c.val.render();
    // Only a quarter named outright anchors later "a year ago"s, not one computed from an anchor.
    let computed = t
        .get(i..c.end)
        .is_some_and(|span| span.iter().any(|x| matches!(x.lower().as_str(), "ago" | "earlier" | "later" | "before")));
    // "the 1988 quarter" names the reported quarter's year-ago twin, not a new quarter.
    let twin = c.end >= 2 && year_number(t, c.end - 2).is_some();
    // Only a quarter already over can be the one reported: "the fourth quarter" written in October
    // is a forecast, and "a year ago" after it still means the quarter just reported.
    let over = |y: i16, q: i8| st.reference_date.is_none_or(|r| (y, q) < (r.year(), quarter_of(r)));
    // An earlier quarter named in passing ("after a flat second quarter") does not displace the
    // one reported.
    let newer = |y: i16, q: i8| st.recent_quarter().is_none_or(|reported| (y, q) >= reported);
    if let Val::Quarter(y, q) = c.val
        && !computed
        && !twin
        && over(y, q)
        && newer(y, q)
    {
        st.last_quarter = Some((y, q, st.stretch));
    }
    // "the nine months", "the first six months": an earnings report turns from the quarter to the
    // year to date, and its "a year earlier" from then on means last year.
    if c.kind == TimeType::Duration
        && matches!(value.as_str(), "P6M" | "P9M")
        && t.get(start).is_some_and(|x| x.is("the") || x.is("first"))
    {
        st.last_quarter = None;
        if matches!(st.last_date, Some((Val::Quarter(..), _))) {
            st.last_date = None;
        }
    }
    // Comparisons ("a year earlier") do not move the narrative's time; named times do.
    if !computed && matches!(c.kind, TimeType::Date | TimeType::Time) && !matches!(c.val, Val::Raw(_) | Val::Clock(None, ..)) {
        st.last_date = Some((c.val.clone(), st.stretch));
    }
    Some(Found { start, end: c.end, kind: c.kind, value, modifier: c.modifier, first_day, anchor: c.anchor })
}

/// "early", "late", "mid-", "the end of", "about", "more than", … → (mod, index after it).
fn prefix(t: &[Token<'_>], i: usize) -> (Option<&'static str>, usize) {
    let w = |k: usize| t.get(i + k).map(|x| x.lower()).unwrap_or_default();
    let (a, b, c) = (w(0), w(1), w(2));
    let hyphen = t.get(i + 1).is_some_and(|x| x.is_char('-') && !x.gap);
    match (a.as_str(), b.as_str(), c.as_str()) {
        ("the", "end" | "close", "of") => (Some("END"), i + 3),
        ("the", "beginning" | "start", "of") => (Some("START"), i + 3),
        ("the", "middle", "of") => (Some("MID"), i + 3),
        ("end" | "beginning" | "start" | "middle", "of", _) => (
            Some(if a == "end" {
                "END"
            } else if a == "middle" {
                "MID"
            } else {
                "START"
            }),
            i + 2,
        ),
        ("more" | "less" | "fewer", "than", _) => (Some(if a == "more" { "MORE_THAN" } else { "LESS_THAN" }), i + 2),
        ("at", "least", _) => (Some("EQUAL_OR_MORE"), i + 2),
        ("up", "to", _) | ("at", "most", _) => (Some("EQUAL_OR_LESS"), i + 2),
        // "the early summer", "the late 1970s", "the mid-1990s": the article belongs to the
        // expression, unless a hyphenated month makes it an adjective ("the late-November trip").
        ("the", "early" | "mid" | "late", _)
            if !(c == "-" && t.get(i + 3).and_then(month_of).is_some() && !t.get(i + 2).is_some_and(|x| x.gap)) =>
        {
            prefix(t, i + 1)
        }
        ("early" | "mid" | "late", _, _) if hyphen => (
            Some(if a == "early" {
                "START"
            } else if a == "mid" {
                "MID"
            } else {
                "END"
            }),
            i + 2,
        ),
        ("early", _, _) => (Some("START"), i + 1),
        ("late", _, _) => (Some("END"), i + 1),
        ("mid", _, _) => (Some("MID"), i + 1),
        ("earlier" | "later", _, _) => (None, i + 1),
        ("about" | "around" | "roughly" | "approximately" | "some", _, _) => (Some("APPROX"), i + 1),
        ("nearly" | "almost" | "under", _, _) => (Some("LESS_THAN"), i + 1),
        ("over", "the" | "a" | "an", _) => (None, i),
        ("over", _, _) => (Some("MORE_THAN"), i + 1),
        _ => (None, i),
    }
}

/// The longest rule match at `i`. `after_prefix` admits "the year" etc. ("the end of the year").
fn longest(t: &[Token<'_>], i: usize, st: &State, after_prefix: bool) -> Option<Core> {
    let rules: [&dyn Fn() -> Option<Core>; 16] = [
        &|| explicit_date(t, i, st),
        &|| weekday(t, i, st),
        &|| narrative(t, i, st),
        &|| deictic(t, i, st),
        &|| relative(t, i, st, after_prefix),
        &|| ago(t, i, st),
        &|| duration(t, i, st),
        &|| quarter(t, i, st),
        &|| season(t, i, st),
        &|| year_like(t, i),
        &|| clock(t, i, st),
        &|| set(t, i),
        &|| holiday(t, i, st),
        &|| month_alone(t, i, st),
        &|| running_count(t, i, st),
        &|| day_next_to(t, i, st),
    ];
    let mut best: Option<Core> = None;
    for rule in rules {
        st.used_reference.set(false);
        let Some(mut c) = rule() else { continue };
        // A value computed from the reference date is anchored on it (durations and sets are not).
        if c.anchor.is_none()
            && st.used_reference.get()
            && matches!(c.kind, TimeType::Date | TimeType::Time)
            && !matches!(&c.val, Val::Raw(v) if v.ends_with("_REF"))
            && let Some(r) = st.reference_date
        {
            c.anchor = Some(r.to_string());
        }
        if best.as_ref().is_none_or(|b| c.end > b.end) {
            best = Some(c);
        }
    }
    best
}

// ---------------------------------------------------------------- word tables

fn month_of(tok: &Token<'_>) -> Option<i8> {
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

fn weekday_of(tok: &Token<'_>) -> Option<Weekday> {
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

fn day_part(tok: Option<&Token<'_>>) -> Option<&'static str> {
    match tok?.lower().as_str() {
        "morning" => Some("MO"),
        "afternoon" => Some("AF"),
        "evening" => Some("EV"),
        "night" => Some("NI"),
        _ => None,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unit {
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

fn unit_of(tok: Option<&Token<'_>>) -> Option<(Unit, bool)> {
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
fn duration_value(n: Option<f64>, unit: Unit) -> String {
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
fn amount(t: &[Token<'_>], i: usize) -> Option<(Option<f64>, usize)> {
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
        return (v < 10_000.0).then_some((Some(v), i + 1));
    }
    let lower = tok.lower();
    let next = t.get(i + 1).map(|x| x.lower()).unwrap_or_default();
    match lower.as_str() {
        "a" | "an" if next == "few" => return Some((None, i + 2)),
        "a" | "an" if next == "couple" && t.get(i + 2).is_some_and(|x| x.is("of")) => return Some((Some(2.0), i + 3)),
        "a" | "an" if next == "half" => return Some((Some(0.5), i + 2)),
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
    Some((Some(n), i + 1))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tense {
    Past,
    Future,
    Unknown,
}

/// The tense of the clause around token `i`: the nearest tense cue, looking left first.
///
/// Cues: auxiliaries and modals ("will", "was"), past forms (irregular or in "-ed", unless a
/// passive after "be"/"is"/"are" whose auxiliary decides), intentions ("planned", "is to
/// resume", "likely to buy", "set for", "as early as"), and schedule verbs in the present
/// ("they meet Monday").
fn tense(t: &[Token<'_>], i: usize) -> Tense {
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
            "until" | "till" | "effective" | "payable" if left && i.saturating_sub(k) <= 2 && !tok.capitalized() => Tense::Future,
            // "Protesters planned a demonstration on Saturday."
            // "It had been due to expire Friday", "had been scheduled for Monday": a plan in the
            // past, so a time that has gone.
            "due" | "scheduled" | "expected" | "set" | "supposed" | "planned" | "slated"
                if lower_at(k.wrapping_sub(1)) == "been" && lower_at(k.wrapping_sub(2)) == "had" =>
            {
                Tense::Past
            }
            "planned" if matches!(lower_at(k + 1).as_str(), "a" | "an" | "for") => Tense::Future,
            // "supposed to conclude by May".
            "supposed" if lower_at(k + 1) == "to" => Tense::Future,
            // "The offer was extended to Nov. 16": the new deadline is ahead.
            "extended" | "extend" | "extends" if matches!(lower_at(k + 1).as_str(), "to" | "until" | "through") => Tense::Future,
            // A dividend's "holders of record Dec. 21": the record date is ahead.
            "record" if left && i.saturating_sub(k) == 1 && lower_at(k.wrapping_sub(1)) == "of" => Tense::Future,
            // "next to the embassy" is a place.
            "next" if lower_at(k + 1) == "to" => Tense::Unknown,
            "will" | "shall" | "'ll" | "’ll" | "tomorrow" | "next" | "upcoming" | "scheduled" | "expected" | "expects"
            | "expect" | "due" | "coming" | "going" | "would" | "may" | "might" | "should" | "soon" | "plans" | "planning"
            | "slated" | "postponed" | "delayed" | "adjourned" | "rescheduled" => Tense::Future,
            // Schedule verbs in the present: "they meet Monday" (not "to meet demand").
            "meet" | "meets" | "begins" | "opens" | "resumes" | "expires" | "arrives" | "convenes"
                if lower_at(k.wrapping_sub(1)) != "to" =>
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
            | "fled" | "quit" | "earned" => Tense::Past,
            // An adjective after a determiner ("the reduced dividend") is no verb, nor are the
            // negated participles that only serve as adjectives ("a still unspecified date").
            _ if w.len() > 4
                && w.ends_with("ed")
                && !matches!(
                    w.as_str(),
                    "need"
                        | "speed"
                        | "indeed"
                        | "united"
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
                && !matches!(
                    lower_at(k.wrapping_sub(1)).as_str(),
                    "the" | "a" | "an" | "its" | "their" | "his" | "her" | "this"
                ) =>
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
    for k in 1..=14 {
        let Some(j) = i.checked_sub(k) else { break };
        let Some(tok) = t.get(j) else { break };
        if tok.is_char('.') || tok.is_char(';') || tok.is_char(':') || tok.is_char('?') || tok.is_char('!') {
            break;
        }
        let c = cue(j, true);
        if c != Tense::Unknown {
            return c;
        }
    }
    for k in 1..=12 {
        if i + k >= t.len() {
            break;
        }
        let c = cue(i + k, false);
        if c != Tense::Unknown {
            return c;
        }
    }
    Tense::Unknown
}

fn number_value(tok: Option<&Token<'_>>) -> Option<i32> {
    let tok = tok?;
    if tok.kind != Kind::Number || tok.text.len() > 4 || tok.text.contains([',', '.', ':']) {
        return None;
    }
    tok.text.parse().ok()
}

/// A day of the month at `i` ("23", "23rd"): (day, next index).
fn day_number(t: &[Token<'_>], i: usize) -> Option<(i8, usize)> {
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
fn year_number(t: &[Token<'_>], i: usize) -> Option<i16> {
    let tok = t.get(i)?;
    if tok.text.len() != 4 {
        return None;
    }
    let y = number_value(Some(tok))?;
    (1000..2200).contains(&y).then_some(y as i16)
}

/// A year in words, as transcripts write it: "nineteen ninety-six", "two thousand", "two thousand
/// and one" → (year, next index).
fn spelled_year(t: &[Token<'_>], i: usize) -> Option<(i16, usize)> {
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

fn skip_comma(t: &[Token<'_>], i: usize) -> usize {
    if t.get(i).is_some_and(|x| x.is_char(',')) { i + 1 } else { i }
}

// ---------------------------------------------------------------- rules

/// "Sep 23, 2016", "Monday, Sept. 19", "23 September 2016", "September 2016", "9/23/2016", "2016-09-23".
fn explicit_date(t: &[Token<'_>], i: usize, st: &State) -> Option<Core> {
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
            let val = match st.reference() {
                Some(r) => Val::Day(Date::new(month_year(r, m, tense(t, j)), m, d).ok()?),
                None => Val::Raw(format!("XXXX-{m:02}-{d:02}")),
            };
            return core(after, TimeType::Date, val);
        }
        // "July last year", "March next year"
        if t.get(j + 2).is_some_and(|x| x.is("year"))
            && let Some(shift) = t.get(j + 1).and_then(|x| match x.lower().as_str() {
                "last" => Some(-1),
                "this" => Some(0),
                "next" => Some(1),
                _ => None,
            })
        {
            let val = st.reference().map_or(Val::Raw(format!("XXXX-{m:02}")), |r| Val::Month(r.year() + shift, m));
            return core(j + 3, TimeType::Date, val);
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
                Some(r) => Val::Day(Date::new(month_year(r, m, tense(t, j)), m, d).ok()?),
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
        && let Some(y) = year_number(t, j + 4)
    {
        let (m, d) = if a > 12 { (b, a) } else { (a, b) };
        return Date::new(y, i8::try_from(m).ok()?, i8::try_from(d).ok()?)
            .ok()
            .and_then(|date| core(j + 5, TimeType::Date, Val::Day(date)));
    }
    None
}

/// The year of month `m` as meant in a clause of tense `tense` written on `r`: the same year,
/// unless the tense points the other way (a past month more than two months ahead, a future month
/// already gone). Without a tense cue news mostly looks back, except just across the new year.
fn month_year(r: Date, m: i8, tense: Tense) -> i16 {
    let ahead = m - r.month();
    match tense {
        // A past event in a month well ahead of this one was last year's, and a future event in an
        // earlier month next year's.
        Tense::Past if ahead > 2 => r.year() - 1,
        Tense::Future if ahead < 0 => r.year() + 1,
        // Without a cue: a month more than half a year ahead is last year's; one four or fewer
        // months ahead across the new year ("by February", written in October) is next year's.
        Tense::Unknown if ahead > 6 => r.year() - 1,
        Tense::Unknown if ahead <= -8 => r.year() + 1,
        _ => r.year(),
    }
}

/// "Monday", "Thursday night", "Monday morning"; tense-aware.
fn weekday(t: &[Token<'_>], i: usize, st: &State) -> Option<Core> {
    let wd = weekday_of(t.get(i)?)?;
    let part = day_part(t.get(i + 1));
    let end = if part.is_some() { i + 2 } else { i + 1 };
    let val = match st.reference() {
        Some(r) => {
            // "Wednesday's ruling" reports something done.
            let possessive = t.get(end).is_some_and(|x| x.is("'s") || x.is("’s"));
            let tense = if possessive { Tense::Past } else { tense(t, i) };
            let date = resolve_weekday(r, wd, tense, Relation::None)?;
            part.map_or(Val::Day(date), |p| Val::Part(date, p))
        }
        None => part.map_or(raw("XXXX-XX-XX"), |p| Val::Raw(format!("XXXX-XX-XXT{p}"))),
    };
    core(end, TimeType::Date, val)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Relation {
    None,
    Last,
    Next,
    This,
}

fn resolve_weekday(r: Date, wd: Weekday, tense: Tense, relation: Relation) -> Option<Date> {
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
        },
    };
    add_days(r, days)
}

/// today, tonight, yesterday, tomorrow (+ part of day), now, currently, recently, the future, …
fn deictic(t: &[Token<'_>], i: usize, st: &State) -> Option<Core> {
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
fn narrative(t: &[Token<'_>], i: usize, st: &State) -> Option<Core> {
    let the = t.get(i).is_some_and(|x| x.is("the"));
    // "that same day" is "that day".
    let that_same = !the && t.get(i).is_some_and(|x| x.is("that")) && t.get(i + 1).is_some_and(|x| x.is("same"));
    let j = if the || that_same { i + 1 } else { i };
    let word = t.get(j)?.lower();
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
    let val = match st.recent_quarter() {
        // "that quarter" in an earnings report: the quarter named last.
        Some((y, q)) if n == 0 && unit == Unit::Quarter => Val::Quarter(y, q),
        _ if n == 0 => same(prev, unit)?,
        _ => shift(prev, unit, n)?,
    };
    anchored(j + 2, TimeType::Date, val, prev)
}

/// The `unit` containing `prev` ("that year" after "March 2011" is 2011).
fn same(prev: &Val, unit: Unit) -> Option<Val> {
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
        Unit::Day => Val::Day(day?),
        _ => return None,
    })
}

/// this/last/next/past/coming + week, month, year, quarter, weekend, decade, season, month name, weekday;
/// "this morning", "last night"; "the year" after "the end of".
fn relative(t: &[Token<'_>], i: usize, st: &State, after_prefix: bool) -> Option<Core> {
    let tok = t.get(i)?;
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
                    Relation::This => month_year(r, m, tense(t, i)),
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
    if plural || (lower == "past" || (lower == "the" && !after_prefix && unit != Unit::Weekend)) || name_capital(Some(target), st)
    {
        return None;
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
fn comparison_before(t: &[Token<'_>], i: usize) -> bool {
    (1..=8)
        .map_while(|k| i.checked_sub(k).and_then(|j| t.get(j)))
        .take_while(|x| !x.is_char('.') && !x.is_char(';'))
        .any(|x| x.with_lower(|w| matches!(w, "compared" | "from" | "versus" | "vs" | "than")).unwrap_or(false))
}

fn season_of(tok: &Token<'_>) -> Option<u8> {
    match tok.lower().as_str() {
        "spring" => Some(0),
        "summer" => Some(1),
        "fall" | "autumn" => Some(2),
        "winter" => Some(3),
        _ => None,
    }
}

fn current_season(r: Date) -> u8 {
    match r.month() {
        3..=5 => 0,
        6..=8 => 1,
        9..=11 => 2,
        _ => 3,
    }
}

/// The year a season of `r` is counted in: January and February belong to the winter that began in December.
fn season_year(r: Date) -> i16 {
    if r.month() <= 2 { r.year() - 1 } else { r.year() }
}

/// "two years ago", "a week earlier", "three days later", "year-earlier", "a year ago" (after a quarter: that quarter).
fn ago(t: &[Token<'_>], i: usize, st: &State) -> Option<Core> {
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
    let word = t.get(k)?.lower();
    let sign: i64 = match word.as_str() {
        "ago" | "earlier" | "before" => -1,
        "later" | "after" | "hence" => 1,
        "from" if t.get(k + 1).is_some_and(|x| x.is("now")) => {
            k += 1;
            1
        }
        _ => return None,
    };
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
    let Some(r) = st.reference() else {
        return core(end, TimeType::Date, raw(if sign < 0 { "PAST_REF" } else { "FUTURE_REF" }));
    };
    let Some(n) = n else {
        // "A few days later, the company announced...": told from the narrative, not from now, so
        // not FUTURE_REF; what it says is a stretch of a few days (TimeML marks it so, `PXD`).
        if matches!(word.as_str(), "later" | "earlier") && unit_at > i {
            return core(unit_at + 1, TimeType::Duration, Val::Raw(duration_value(None, unit)));
        }
        return core(end, TimeType::Date, raw(if sign < 0 { "PAST_REF" } else { "FUTURE_REF" }));
    };
    if n.fract() != 0.0 {
        return None;
    }
    let n = sign * n as i64;
    // "a year earlier", "three days later" count from the narrative's previous time when there is
    // one ("In 2010 … a year later"); "ago" and "from now" from the reference date.
    if matches!(word.as_str(), "earlier" | "later" | "before" | "after")
        // "year-earlier results" compares with the period being reported.
        && unit_at > i
        && !the
        && !(unit == Unit::Year && st.recent_quarter().is_some())
        && let Some(prev) = st.previous()
        && let Some(val) = shift(prev, unit, n)
    {
        return anchored(end, TimeType::Date, val, prev);
    }
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
fn shift(prev: &Val, unit: Unit, n: i64) -> Option<Val> {
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
                _ => Val::Year(day?.year() + k),
            }
        }
        Unit::Month => {
            let first = match prev {
                Val::Month(y, m) => Date::new(*y, *m, 1).ok()?,
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

/// "only one week", "the past two months", "the first nine months", "two-year", "for years", "a year and a half".
fn duration(t: &[Token<'_>], i: usize, st: &State) -> Option<Core> {
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
        // "two to three weeks", "three or four days": the first amount of a range is a stretch of
        // the unit named after the second (TimeML marks the two apart).
        if !hyphen
            && j == i
            && t.get(after).is_some_and(|x| x.is("to") || x.is("or"))
            && let Some((Some(_), second_end)) = amount(t, after + 1)
            && let Some((unit, true)) = unit_of(t.get(second_end))
            && !matches!(unit, Unit::Weekend)
            && n.is_some_and(|v| v > 1.0)
        {
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
        let sub_day_later =
            matches!(unit, Unit::Hour | Unit::Minute | Unit::Second) && (later_at(unit_at + 1) || later_at(unit_at + 4));
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
            if unit == Unit::Second || !takes_a_span {
                return None;
            }
        }
        // "one year" / "two year" agree loosely; "a years" does not.
        if plural && n == Some(1.0) && !t.get(j).is_some_and(|x| x.kind == Kind::Number) {
            return None;
        }
        let mut end = unit_at + 1;
        // Ages belong to quantities: "30-year-old", "30 years old".
        if t.get(end).is_some_and(|x| x.is_char('-')) && t.get(end + 1).is_some_and(|x| x.is("old"))
            || t.get(end).is_some_and(|x| x.is("old"))
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
        // Ago-phrases are dates, handled by `ago`, except the hours and minutes of "an hour later".
        let sub_day = matches!(unit, Unit::Hour | Unit::Minute | Unit::Second);
        if t.get(end).is_some_and(|x| match x.lower().as_str() {
            "ago" | "hence" => true,
            "earlier" | "later" => !sub_day,
            _ => false,
        }) {
            return None;
        }
        // A bare "a"/"an"/"one" + "day" after "one" like "one day" is often "some day"; keep it (TimeML marks it).
        return core(end, TimeType::Duration, Val::Raw(duration_value(n, unit)));
    }
    // "for years", "over decades", "in months", "for the past decade".
    let (unit, plural) = unit_of(t.get(j))?;
    // "day-long", "decades-long", "years-old" (a slump): one unit, or an unspecified number.
    if j == i
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
        return core(j + 1, TimeType::Duration, Val::Raw(duration_value(Some(1.0), unit)));
    }
    None
}

/// "the day before last Tuesday's hearing", "the day after Christmas": one day off a date.
fn day_next_to(t: &[Token<'_>], i: usize, st: &State) -> Option<Core> {
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
fn running_count(t: &[Token<'_>], i: usize, st: &State) -> Option<Core> {
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

fn ordinal_word(tok: Option<&Token<'_>>) -> Option<i8> {
    match tok?.lower().as_str() {
        "first" => Some(1),
        "second" => Some(2),
        "third" => Some(3),
        "fourth" => Some(4),
        _ => None,
    }
}

/// "the third quarter", "third-quarter", "the first half", "the fourth quarter of 1989", "Q3 2016", "the quarter".
fn quarter(t: &[Token<'_>], i: usize, st: &State) -> Option<Core> {
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
        let half = match t.get(u).map(|x| x.lower()).as_deref() {
            _ if named_half.is_some() => true,
            Some("quarter") => false,
            Some("half") if k <= 2 => true,
            _ => return None,
        };
        let mut end = u + 1;
        if t.get(end).is_some_and(|x| x.is("of")) && year_number(t, end + 1).is_some() {
            year = year_number(t, end + 1);
            end += 2;
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
            Some(if later && tense(t, j) == Tense::Past { r.year() - 1 } else { r.year() })
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
fn season(t: &[Token<'_>], i: usize, st: &State) -> Option<Core> {
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
            let y = match tense(t, j) {
                Tense::Past if s > current_season(r) => r.year() - 1,
                Tense::Future if s < current_season(r) => r.year() + 1,
                _ => r.year(),
            };
            Val::Season(y, s)
        }
        None => Val::Raw(format!("XXXX-{}", SEASONS[usize::from(s)])),
    };
    core(j + 1, TimeType::Date, val)
}

/// Years ("2012", "fiscal 1989", "mid-2016"), decades ("the 1990s", "the '90s") and centuries ("the 20th century").
fn year_like(t: &[Token<'_>], i: usize) -> Option<Core> {
    let mut j = i;
    if t.get(j).is_some_and(|x| x.is("the")) {
        j += 1;
    }
    // "the '90s", "the 90s"
    let apostrophe = t.get(j).is_some_and(|x| x.is_char('\'') || x.is_char('’'));
    let k = if apostrophe { j + 1 } else { j };
    if let (Some(num), Some(s)) = (t.get(k), t.get(k + 1))
        && !s.gap
        && s.text == "s"
        && let Some(n) = number_value(Some(num))
        && n % 10 == 0
    {
        // "in his 30s", "their 20s": an age.
        if num.text.len() == 2
            && j == i
            && i.checked_sub(1).and_then(|p| t.get(p)).is_some_and(|p| {
                p.with_lower(|w| matches!(w, "his" | "her" | "their" | "my" | "your" | "our" | "its")).unwrap_or(false)
            })
        {
            return None;
        }
        let decade = match num.text.len() {
            4 => n / 10,
            2 => {
                if n >= 30 {
                    190 + n / 10
                } else {
                    200 + n / 10
                }
            }
            _ => return None,
        };
        return core(k + 2, TimeType::Date, Val::Decade(decade as i16));
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
    // "the nineties", "the late sixties": decades of the twentieth century.
    if (j > i || i.checked_sub(1).and_then(|k| t.get(k)).is_some_and(|x| x.is("early") || x.is("late") || x.is("mid")))
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
fn looks_like_year(t: &[Token<'_>], k: usize) -> bool {
    let previous = k.checked_sub(1).and_then(|p| t.get(p));
    if let Some(p) = previous {
        if p.kind == Kind::Punct && !p.gap && (p.is_char('$') || p.is_char('£') || p.is_char('€') || p.is_char('#')) {
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
            !count_noun && (verbish || !w.ends_with('s') || w.len() <= 2)
        }
        _ => true,
    }
}

/// "10:30 a.m.", "5 p.m. EDT", "noon", "midnight", "9 o'clock"; the day is the reference day
/// (or the weekday/today right before: "Friday at 5 p.m." is left to two expressions).
fn clock(t: &[Token<'_>], i: usize, st: &State) -> Option<Core> {
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
    if tok.kind != Kind::Number {
        return None;
    }
    let (h, m) = match tok.text.split_once([':', '.']) {
        Some((h, m)) if m.len() == 2 => (h.parse::<i8>().ok()?, m.parse::<i8>().ok()?),
        Some(_) => return None,
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
        "gmt" | "utc" | "bst" | "est" | "edt" | "cet" | "pst" | "pdt" | "cst" | "cdt" if tok.text.contains(':') => (h, i + 1),
        _ => return None,
    };
    if t.get(end).is_some_and(|x| {
        matches!(x.lower().as_str(), "gmt" | "utc" | "bst" | "est" | "edt" | "cet" | "pst" | "pdt" | "cst" | "cdt")
    }) {
        end += 1;
    }
    // "10:35 a.m. (0735 GMT) Friday": the wire's conversion to GMT in brackets, then the day; the
    // expression stays the local time, on that day.
    if t.get(end).is_some_and(|x| x.is_char('('))
        && let Some(close) = (end + 1..end + 6).find(|&k| t.get(k).is_some_and(|x| x.is_char(')')))
        && let Some(wd) = t.get(close + 1).and_then(weekday_of)
    {
        let day = st.reference().and_then(|r| resolve_weekday(r, wd, tense(t, i), Relation::None));
        return core(end, TimeType::Time, Val::Clock(day, h, m));
    }
    // "9 a.m. Tuesday", "noon Thursday", "5 p.m. EST, Nov. 9": the clock time on that day.
    let mut day = st.reference();
    if let Some(date) = explicit_date(t, skip_comma(t, end), st)
        && let Val::Day(d) = date.val
    {
        return core(date.end, TimeType::Time, Val::Clock(Some(d), h, m));
    }
    if let Some(wd) = t.get(end).and_then(weekday_of) {
        day = st.reference().and_then(|r| resolve_weekday(r, wd, tense(t, i), Relation::None));
        end += 1;
    } else if let Some(shift) = t.get(end).and_then(|x| match x.lower().as_str() {
        "today" => Some(0),
        "yesterday" => Some(-1),
        "tomorrow" => Some(1),
        _ => None,
    }) {
        day = st.reference().and_then(|r| add_days(r, shift));
        end += 1;
    }
    core(end, TimeType::Time, Val::Clock(day, h, m))
}

/// "daily", "weekly", "every day", "each July", "every Monday".
fn set(t: &[Token<'_>], i: usize) -> Option<Core> {
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
fn holiday(t: &[Token<'_>], i: usize, st: &State) -> Option<Core> {
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
        ("easter", "sunday") => (4, 0, i + 2, Movable::Easter),
        ("easter", _) => (4, 0, i + 1, Movable::Easter),
        ("good", "friday") => (4, 0, i + 2, Movable::GoodFriday),
        _ => return None,
    };
    let val = match st.reference() {
        Some(r) => {
            let y = month_year(r, month, tense(t, i));
            let date = match rule {
                Movable::Fixed => Date::new(y, month, day).ok()?,
                Movable::Thanksgiving => Date::new(y, 11, 1).ok()?.nth_weekday_of_month(4, Weekday::Thursday).ok()?,
                // The Tuesday after the first Monday of November.
                Movable::ElectionDay => add_days(Date::new(y, 11, 1).ok()?.nth_weekday_of_month(1, Weekday::Monday).ok()?, 1)?,
                Movable::MemorialDay => Date::new(y, 5, 1).ok()?.nth_weekday_of_month(-1, Weekday::Monday).ok()?,
                Movable::LaborDay => Date::new(y, 9, 1).ok()?.nth_weekday_of_month(1, Weekday::Monday).ok()?,
                Movable::Easter => easter(y)?,
                Movable::GoodFriday => add_days(easter(y)?, -2)?,
            };
            Val::Day(date)
        }
        None if day == 0 => Val::Raw(format!("XXXX-{month:02}-XX")),
        None => Val::Raw(format!("XXXX-{month:02}-{day:02}")),
    };
    core(end, TimeType::Date, val)
}

/// How a holiday's day is found.
#[derive(Clone, Copy)]
enum Movable {
    Fixed,
    Thanksgiving,
    ElectionDay,
    MemorialDay,
    LaborDay,
    Easter,
    GoodFriday,
}

/// Western Easter Sunday of `year` (the anonymous Gregorian computus; jiff has no church calendar).
fn easter(year: i16) -> Option<Date> {
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
fn month_alone(t: &[Token<'_>], i: usize, st: &State) -> Option<Core> {
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
    let dated_context = dated_context || adjectival;
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
    let val = match st.reference() {
        Some(r) => Val::Month(month_year(r, m, tense(t, i)), m),
        None => Val::Raw(format!("XXXX-{m:02}")),
    };
    core(i + 1, TimeType::Date, val)
}

/// Nouns for people or things at large that "today's" dates to the present age ("today's youth").
fn generic_present_noun(w: &str) -> bool {
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
fn function_word(w: &str) -> bool {
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
fn core_time_token(tok: &Token<'_>) -> bool {
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
fn starts_time(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "this"
            | "that"
            | "last"
            | "past"
            | "previous"
            | "preceding"
            | "same"
            | "next"
            | "coming"
            | "following"
            | "current"
            | "early"
            | "earlier"
            | "late"
            | "later"
            | "mid"
            | "end"
            | "beginning"
            | "start"
            | "middle"
            | "more"
            | "less"
            | "fewer"
            | "at"
            | "up"
            | "about"
            | "around"
            | "roughly"
            | "approximately"
            | "some"
            | "nearly"
            | "almost"
            | "under"
            | "over"
            | "today"
            | "tonight"
            | "yesterday"
            | "tomorrow"
            | "now"
            | "currently"
            | "presently"
            | "nowadays"
            | "these"
            | "recently"
            | "lately"
            | "recent"
            | "soon"
            | "a"
            | "an"
            | "one"
            | "half"
            | "several"
            | "few"
            | "many"
            | "numerous"
            | "couple"
            | "dozen"
            | "first"
            | "second"
            | "third"
            | "fourth"
            | "final"
            | "initial"
            | "remaining"
            | "fiscal"
            | "noon"
            | "midday"
            | "midnight"
            | "daily"
            | "nightly"
            | "weekly"
            | "monthly"
            | "annually"
            | "yearly"
            | "hourly"
            | "every"
            | "each"
            | "christmas"
            | "new"
            | "halloween"
            | "valentine"
            | "election"
            | "memorial"
            | "labor"
            | "labour"
            | "easter"
            | "good"
            | "thanksgiving"
            | "spring"
            | "summer"
            | "fall"
            | "autumn"
            | "winter"
            | "q"
            | "year"
            | "years"
            | "month"
            | "months"
            | "week"
            | "weeks"
            | "day"
            | "days"
            | "decade"
            | "decades"
            | "century"
            | "centuries"
            | "hours"
            | "minutes"
            | "quarter"
            | "quarters"
    ) || crate::numbers::small_word_number(w).is_some()
        || month_name(w)
        || matches!(
            w,
            "monday"
                | "tuesday"
                | "wednesday"
                | "thursday"
                | "friday"
                | "saturday"
                | "sunday"
                | "mon"
                | "tue"
                | "tues"
                | "wed"
                | "thu"
                | "thur"
                | "thurs"
                | "fri"
                | "sat"
                | "sun"
        )
}

fn month_name(w: &str) -> bool {
    matches!(
        w,
        "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
    )
}

/// [`easter`] for the tests of the module above.
#[cfg(test)]
pub(crate) fn easter_for_tests(year: i16) -> Option<Date> {
    easter(year)
}
