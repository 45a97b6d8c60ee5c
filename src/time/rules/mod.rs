//! The matching rules of the time stage: token patterns → TIMEX3 type, value and mod.
//!
//! Every rule looks a bounded number of tokens ahead of its start, so [`find`] is linear.

use std::cell::Cell;

use jiff::civil::{Date, ISOWeekDate, Weekday};

use super::TimeType;
use crate::lex::{Kind, Token};

mod dates;
mod durations;
mod gates;
mod periods;
mod words;

use dates::*;
use durations::*;
use gates::*;
use periods::*;
use words::*;

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

    /// The date resolved in this sentence, if any.
    fn previous_in_sentence(&self) -> Option<&Val> {
        self.last_date.as_ref().filter(|d| d.1 == self.stretch).map(|d| &d.0)
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
                    && (1..=2).contains(&next.text.len())
                    && found.value.len() >= 4
                    && let (Ok(first), Ok(second)) = (found.value[..4].parse::<i16>(), next.text.parse::<i16>())
                {
                    // "1998-9" abbreviates to one digit, "2009-10" to two.
                    let year = if next.text.len() == 1 { first - first % 10 + second } else { first - first % 100 + second };
                    // "the winter of 2004-5": a winter spans the two years; the season's value stands.
                    if found.value.len() == 7 && found.value.ends_with("-WI") && year == first + 1 {
                        out.push(Found { end: i + 2, ..found });
                        i += 2;
                        continue;
                    }
                    if found.value.len() == 4 && year > first {
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
                let found = compound_duration(toks, found, st);
                i = i.max(found.end);
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

/// "3 minutes 32 seconds", "two years and six months": a duration followed by one in a smaller
/// unit is one duration (`PT3M32S`, `P2Y6M`), as TimeML marks it.
fn compound_duration(toks: &[Token<'_>], found: Found, st: &mut State) -> Found {
    if found.kind != TimeType::Duration {
        return found;
    }
    let Some((first_rank, first_part)) = duration_part(&found.value) else { return found };
    let next = if toks.get(found.end).is_some_and(|x| x.is("and")) { found.end + 1 } else { found.end };
    // Only numbers: "two hours and a day" is no clock reading.
    if toks.get(next).is_none_or(|x| {
        x.kind != Kind::Number && !x.with_lower(|w| crate::numbers::small_word_number(w).is_some()).unwrap_or(false)
    }) {
        return found;
    }
    let Some(second) = match_at(toks, next, st) else { return found };
    let Some((second_rank, second_part)) = duration_part(&second.value) else { return found };
    if second.kind != TimeType::Duration || second.modifier.is_some() || second_rank <= first_rank || second.start != next {
        return found;
    }
    // Date units go before the "T", clock units after it: P1DT2H, PT3M32S.
    let mut value = String::from("P");
    let time_part = |rank: u8| rank >= 4;
    value.push_str(if time_part(first_rank) { "T" } else { "" });
    value.push_str(first_part);
    if time_part(second_rank) && !time_part(first_rank) {
        value.push('T');
    }
    value.push_str(second_part);
    Found { end: second.end, value, ..found }
}

/// A simple duration value's unit rank (years 0 … seconds 6) and its number and unit letter:
/// `P3Y` → (0, "3Y"), `PT32S` → (6, "32S"). Weeks and underspecified values are not combined.
fn duration_part(value: &str) -> Option<(u8, &str)> {
    let (clock, part) = match value.strip_prefix("PT") {
        Some(rest) => (true, rest),
        None => (false, value.strip_prefix('P')?),
    };
    let (number, unit) = part.split_at(part.len().checked_sub(1)?);
    if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let rank = match (clock, unit) {
        (false, "Y") => 0,
        (false, "M") => 1,
        (false, "D") => 3,
        (true, "H") => 4,
        (true, "M") => 5,
        (true, "S") => 6,
        _ => return None,
    };
    Some((rank, part))
}

/// "April 24 and 25", "on March 3 or 4", "April 13-17": a bare day number joined to a full date is a day of the
/// same month, a date of its own (TimeML marks each day).
fn second_day(toks: &[Token<'_>], found: &Found) -> Option<Found> {
    // The first day: a full date, or one without its year when there is no reference date
    // ("XXXX-04-07"; the second day is then "XXXX-04-09").
    if found.kind != TimeType::Date || found.value.len() != 10 {
        return None;
    }
    let undated_month_day = || -> Option<(i8, i8)> {
        let rest = found.value.strip_prefix("XXXX-")?;
        Some((rest.get(..2)?.parse().ok()?, rest.get(3..5)?.parse().ok()?))
    };
    let (month, first_day) = match found.first_day {
        Some(first) => (first.month(), first.day()),
        None => undated_month_day()?,
    };
    // Only after "Month Day": "24 April and 25" is rare, and a year in between ends the date.
    let last = toks.get(found.end.checked_sub(1)?)?;
    if last.kind != Kind::Number || found.end < found.start + 2 || toks.get(found.end - 2).and_then(month_of).is_none() {
        return None;
    }
    let joint = toks.get(found.end)?;
    // "April 13-17", "Apr. 7–9": a range of days, written tight.
    let dash = (joint.is_char('-') || joint.is_char('–')) && !joint.gap && toks.get(found.end + 1).is_some_and(|x| !x.gap);
    if !(joint.is("and") || joint.is("or") || joint.is("to") || dash) {
        return None;
    }
    let (d, after) = day_number(toks, found.end + 1)?;
    // "April 24 and 25 percent", "May 3 and 4 others": the number counts something else.
    // (A tight range "April 13-17 at the hall" is days whatever follows.)
    if (!dash && toks.get(after).is_some_and(|x| x.kind != Kind::Punct)) || d <= first_day {
        return None;
    }
    let (value, first_day) = match found.first_day {
        Some(first) => Val::Day(Date::new(first.year(), month, d).ok()?).render(),
        // (Any year that has the day: a leap year, for "Feb. 28-29".)
        None => {
            Date::new(2000, month, d).ok()?;
            (format!("XXXX-{month:02}-{d:02}"), None)
        }
    };
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

/// Whether a quotation mark closes right after `t[start..end]` and one opens before it, past only
/// capitalized words, in the middle of a sentence: the end of a quoted title ("NBC's ''Today''
/// show", "on ''Fox News Sunday''"), not a time. A quotation that opens a sentence or follows a
/// comma or colon is speech ("he boomed, ''Today, you proved …''").
fn quoted_title(t: &[Token<'_>], start: usize, end: usize, st: &State) -> bool {
    let is_quote =
        |x: &Token<'_>| x.kind == Kind::Punct && x.text.chars().all(|c| matches!(c, '"' | '“' | '”' | '\'' | '‘' | '’'));
    if st.title_case || !t.get(end.wrapping_sub(1)).is_some_and(|x| x.capitalized()) {
        return false;
    }
    // "the \"Super Tuesday\" states": the quoted name of a voting day is still that day.
    if start > 0 && t[start - 1].text == "Super" {
        return false;
    }
    let title_word = |x: &Token<'_>| {
        x.kind == Kind::Word
            && (x.capitalized()
                || matches!(x.lower().as_str(), "the" | "of" | "to" | "a" | "an" | "in" | "and" | "for" | "on" | "with"))
    };
    // On through the rest of the title ("“Midday with Charlie Sykes,”"), then the closing mark,
    // after a comma or full stop that American style puts inside it.
    let mut k = end;
    while k < end + 6 && t.get(k).is_some_and(title_word) {
        k += 1;
    }
    if t.get(k).is_some_and(|x| x.is_char(',') || x.is_char('.')) {
        k += 1;
    }
    if !t.get(k).is_some_and(is_quote) {
        return false;
    }
    // Back over the title's words: capitalized ones and the short words titles keep in lower
    // case ("Back to the Future"), a few at most.
    let mut b = start;
    while b > 0 && start - b < 6 && title_word(&t[b - 1]) {
        b -= 1;
    }
    // The opening mark (two for the '' of some wires), then a word of the sentence before it.
    let mut q = b;
    while q > 0 && is_quote(&t[q - 1]) && q + 2 > b {
        q -= 1;
    }
    // (Marks that hold the title tight: "” on Wednesday and on “" lies between two titles.)
    q < b && q > 0 && t[q - 1].kind == Kind::Word && !t[b].gap && !t[k].gap
}

fn match_at(t: &[Token<'_>], i: usize, st: &mut State) -> Option<Found> {
    let word = t.get(i)?;
    // Cheap gate: expressions start with a digit, an apostrophe ("'90s") or one of a few words.
    let may_start = match word.kind {
        Kind::Number => true,
        Kind::Punct => word.is_char('\'') || word.is_char('’') || word.is_char('‘'),
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
        // "he speaks later Monday": the Monday the story is telling, the one named just before or
        // else the nearest to the writing (never a week off), whatever the tense says.
        let later_or_earlier = word.is("later") || word.is("earlier");
        let val = match (&c.val, st.previous(), st.reference_date) {
            (Val::Day(d), Some(Val::Day(p)), _) if later_or_earlier && p.weekday() == d.weekday() && p != d => Val::Day(*p),
            (Val::Day(d), _, Some(r)) if later_or_earlier && c.end == after_prefix + 1 => {
                let off = (*d - r).get_days();
                match off {
                    4.. => add_days(*d, -7).map_or(c.val, Val::Day),
                    ..=-4 => add_days(*d, 7).map_or(c.val, Val::Day),
                    _ => c.val,
                }
            }
            _ => c.val,
        };
        best = Some((i, Core { modifier: c.modifier.or(prefix_mod), val, ..c }));
    }
    if best.is_none() {
        best = longest(t, i, st, false).map(|c| (i, c));
    }
    let (start, c) = best?;
    if quoted_title(t, start, c.end, st) {
        return None;
    }
    // "At the end of the day, we need to …": the idiom for "in the end", not an evening.
    if prefix_mod == Some("END")
        && c.end == after_prefix + 2
        && t.get(after_prefix).is_some_and(|x| x.is("the"))
        && t.get(after_prefix + 1).is_some_and(|x| x.is("day"))
        && t.get(c.end).is_some_and(|x| x.is_char(','))
        && {
            // After "at the" (the match may start at "the" or, retried, at "end").
            let at_before = |k: usize| k.checked_sub(1).and_then(|p| t.get(p)).is_some_and(|x| x.is("at"));
            at_before(i) || (i >= 1 && t[i - 1].is("the") && at_before(i - 1))
        }
    {
        return None;
    }
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
    // A named date that cannot be placed moves the narrative somewhere unknown (without a
    // reference date "in March" is XXXX-03 and "three years ago" PAST_REF): "sales in March fell
    // from a year earlier" is not a year after the "1973" of an earlier sentence. (Not a date of
    // the same sentence: "in fiscal 2010 ended Thursday, … from the previous year" is 2009.)
    let unplaced = match &c.val {
        Val::Raw(v) => v.starts_with("XXXX") || (st.reference().is_none() && matches!(v.as_str(), "PAST_REF" | "FUTURE_REF")),
        _ => false,
    };
    if unplaced && st.last_date.as_ref().is_some_and(|d| d.1 != st.stretch) {
        st.last_date = None;
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
        ("over", "the", _) => (None, i),
        ("over", _, _) if over_means_more_than(t, i) => (Some("MORE_THAN"), i + 1),
        // "Over 10 years, deficits would add up …", "$10 trillion over 10 years": across the time.
        ("over", _, _) => (None, i),
        _ => (None, i),
    }
}

/// Whether "over" at `i` before a duration means "more than" ("for over 10 years", "took over a
/// week", "in just over a week", "over 30 years ago") rather than "across" ("Over 10 years,
/// deficits would add up", "$10 trillion over 10 years", "rose 5% over three years"): "more than"
/// after the words that take a length of time, and before "ago".
fn over_means_more_than(t: &[Token<'_>], i: usize) -> bool {
    if t.iter().skip(i + 2).take(3).any(|x| x.is("ago")) {
        return true;
    }
    let Some(previous) = i.checked_sub(1).and_then(|k| t.get(k)) else { return false };
    matches!(
        previous.lower().as_str(),
        "for"
            | "in"
            | "just"
            | "little"
            | "slightly"
            | "well"
            | "of"
            | "to"
            | "after"
            | "within"
            | "took"
            | "take"
            | "takes"
            | "taking"
            | "taken"
            | "lasted"
            | "last"
            | "lasts"
            | "lasting"
            | "spent"
            | "spend"
            | "spends"
            | "waited"
            | "wait"
            | "is"
            | "was"
            | "are"
            | "were"
            | "be"
            | "been"
            | "being"
            | "'s"
            | "’s"
    )
}

/// The longest rule match at `i`. `after_prefix` admits "the year" etc. ("the end of the year").
fn longest(t: &[Token<'_>], i: usize, st: &State, after_prefix: bool) -> Option<Core> {
    let rules: [&dyn Fn() -> Option<Core>; 20] = [
        &|| explicit_date(t, i, st),
        &|| week_of_day(t, i, st),
        &|| week_of_month(t, i, st),
        &|| weekday_of_month(t, i, st),
        &|| part_of_the_day(t, i, st),
        &|| weekday(t, i, st),
        &|| narrative(t, i, st),
        &|| deictic(t, i, st),
        &|| relative(t, i, st, after_prefix),
        &|| ago(t, i, st),
        &|| duration(t, i, st),
        &|| quarter(t, i, st),
        &|| season(t, i, st),
        &|| year_like(t, i, st),
        &|| clock(t, i, st),
        &|| set(t, i, st),
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

/// [`easter`] for the tests of the module above.
#[cfg(test)]
pub(crate) fn easter_for_tests(year: i16) -> Option<Date> {
    easter(year)
}
