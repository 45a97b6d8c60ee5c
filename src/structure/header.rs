//! The head of a story: headline, byline, dateline, and the dates they state.

use std::ops::Range;
use std::sync::LazyLock;

use jiff::civil::Date;
use regex_lite::{Captures, Regex};

const MONTH: &str = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?";

/// Capital-letter datelines: "WASHINGTON (Reuters) -", "BEIRUT, Syria —",
/// "LONDON, Sept 23 (Reuters) -", "Sep 23, 2016-", "Beirut (AFP) -".
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    let date = format!(r"(?:{MONTH} \d{{1,2}}(?:st|nd|rd|th)?(?:,? \d{{4}})?|\d{{1,2}} {MONTH}(?:,? \d{{4}})?)");
    let agency = r"\([A-Z][A-Za-z&.]*(?: [A-Za-z&.]+){0,3}\)";
    let caps_place = r"[A-Z][A-Z'.\-]{2,}(?:[ \-][A-Z][A-Z'.\-]+){0,3}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2})?";
    let mixed_place = r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?:, [A-Z][a-z]+)?";
    let pattern = format!(
        r"^(?:{caps_place}(?:,? (?P<d1>{date}))?(?: {agency})?|(?P<d2>{date})(?: {agency})?|{mixed_place} {agency})(?P<sep>\s*(?:--|-|–|—|:)\s*)"
    );
    Regex::new(&pattern).expect("dateline pattern")
});

/// A full date written out: "September 23, 2016", "23 Sept. 2016", "2016-09-23".
static FULL_DATE: LazyLock<Regex> = LazyLock::new(|| {
    let pattern = format!(
        r"\b(?:(?P<m1>{MONTH}) (?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,? (?P<y1>\d{{4}})|(?P<d2>\d{{1,2}}) (?P<m2>{MONTH}),? (?P<y2>\d{{4}})|(?P<y3>\d{{4}})-(?P<m3>\d{{2}})-(?P<d3>\d{{2}}))\b"
    );
    Regex::new(&pattern).expect("date pattern")
});

static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:By|BY|Written by|Words by|Story by|Reporting by|Text by)\s+(?P<rest>.+)$").expect("byline pattern")
});

/// The longest dateline looked for, with the text that must follow it.
const DATELINE_MAX_BYTES: usize = 120;

/// A dateline found at the start of a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatelineMatch {
    /// The dateline without its closing dash or colon.
    pub range: Range<usize>,
    /// The date it states, when it gives day, month and year.
    pub date: Option<Date>,
    /// Where the story text begins after it.
    pub body_start: usize,
}

fn month_number(name: &str) -> Option<i8> {
    let key = name.trim_end_matches('.').get(..3)?.to_ascii_lowercase();
    let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    months.iter().position(|m| *m == key).map(|i| i as i8 + 1)
}

fn date_from(year: &str, month: i8, day: &str) -> Option<Date> {
    Date::new(year.parse().ok()?, month, day.parse().ok()?).ok()
}

fn date_in_captures(caps: &Captures<'_>) -> Option<Date> {
    if let (Some(m), Some(d), Some(y)) = (caps.name("m1"), caps.name("d1"), caps.name("y1")) {
        return date_from(y.as_str(), month_number(m.as_str())?, d.as_str());
    }
    if let (Some(m), Some(d), Some(y)) = (caps.name("m2"), caps.name("d2"), caps.name("y2")) {
        return date_from(y.as_str(), month_number(m.as_str())?, d.as_str());
    }
    let (y, m, d) = (caps.name("y3")?, caps.name("m3")?, caps.name("d3")?);
    date_from(y.as_str(), m.as_str().parse().ok()?, d.as_str())
}

/// The first full, valid calendar date written in `text`, with its range.
///
/// Every full date holds a four-digit year, so the pattern only runs on a short window around each
/// run of exactly four digits: the NFA regex costs ~2,000 instructions a byte, and most text has
/// no year in it at all.
pub fn first_full_date(text: &str) -> Option<(Range<usize>, Date)> {
    let bytes = text.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        if !bytes[at].is_ascii_digit() {
            at += 1;
            continue;
        }
        let run_start = at;
        while at < bytes.len() && bytes[at].is_ascii_digit() {
            at += 1;
        }
        if at - run_start == 4
            && let Some(found) = full_date_around(text, run_start)
        {
            return Some(found);
        }
    }
    None
}

/// The longest text a full date puts before its year ("September 23rd, ") and after it ("-09-23"),
/// with room for the character the closing `\b` looks at.
const BEFORE_YEAR: usize = 32;
const AFTER_YEAR: usize = 4 + 6 + 4;

/// A full date whose year is the four digits at `year`.
fn full_date_around(text: &str, year: usize) -> Option<(Range<usize>, Date)> {
    let mut start = year.saturating_sub(BEFORE_YEAR);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = (year + AFTER_YEAR).min(text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    // `captures_at` sees the text before `start`, so `\b` there means what it means in the whole text.
    let haystack = &text[..end];
    let mut from = start;
    while let Some(caps) = FULL_DATE.captures_at(haystack, from) {
        let whole = caps.get(0)?;
        if whole.start() <= year
            && year + 4 <= whole.end()
            && let Some(date) = date_in_captures(&caps)
        {
            return Some((whole.range(), date));
        }
        from = whole.end().max(from + 1);
        if from >= haystack.len() {
            break;
        }
    }
    None
}

/// Finds a dateline at the start of `text[paragraph]`.
pub fn dateline(text: &str, paragraph: &Range<usize>) -> Option<DatelineMatch> {
    let body = &text[paragraph.clone()];
    // A dateline is short; matching only the paragraph's head keeps this stage
    // linear however long the paragraph is.
    let mut head_end = body.len().min(DATELINE_MAX_BYTES);
    while !body.is_char_boundary(head_end) {
        head_end -= 1;
    }
    let head = &body[..head_end];
    // Tests every dateline passes, cheap beside the (NFA) pattern at ~10,000 instructions a
    // paragraph: it holds a dash or a colon, and it opens with a place in capitals (a capital, then
    // a capital, apostrophe, full stop or hyphen), with a date (a digit or a month's name), or else
    // names an agency in brackets ("Beirut (AFP) -"). Most paragraphs of text fail them.
    let bytes = head.as_bytes();
    let caps_place = bytes.len() >= 2 && bytes[0].is_ascii_uppercase() && matches!(bytes[1], b'A'..=b'Z' | b'\'' | b'.' | b'-');
    let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let date = head.chars().next().is_some_and(char::is_numeric) || months.iter().any(|m| head.starts_with(m));
    if !(caps_place || date || head.contains('(')) || !head.contains(['-', '–', '—', ':']) {
        return None;
    }
    let caps = DATELINE.captures(head)?;
    let whole = caps.get(0)?;
    let separator = caps.name("sep")?;
    // An editor's label in capitals is no place: "UPDATE: 5/12 —", "CORRECTION:", "WATCH:".
    let label = head[..separator.start()].trim();
    if [
        "UPDATE",
        "UPDATED",
        "CORRECTION",
        "EDITOR'S NOTE",
        "EDITOR’S NOTE",
        "BREAKING",
        "WATCH",
        "VIDEO",
        "PHOTOS",
        "EXCLUSIVE",
        "OPINION",
        "ANALYSIS",
        "READ MORE",
        "RELATED",
    ]
    .iter()
    .any(|l| label.eq_ignore_ascii_case(l) || label.split([':', ' ']).next().is_some_and(|w| w.eq_ignore_ascii_case(l)))
    {
        return None;
    }
    // The story must go on after the dash, starting like a sentence.
    let next = body[whole.end()..].chars().next()?;
    if !(next.is_uppercase() || next.is_ascii_digit() || matches!(next, '"' | '“' | '‘' | '\'')) {
        return None;
    }
    let stated = caps.name("d1").or(caps.name("d2")).map(|d| d.as_str());
    let date = stated.and_then(|d| first_full_date(d).map(|(_, date)| date));
    Some(DatelineMatch {
        range: paragraph.start..paragraph.start + separator.start(),
        date,
        body_start: paragraph.start + whole.end(),
    })
}

/// Words that look like names in a byline but are titles or outlets.
const NOT_A_NAME: &[&str] = &[
    "staff",
    "reporter",
    "writer",
    "correspondent",
    "editor",
    "news",
    "reuters",
    "associated",
    "press",
    "agency",
    "times",
    "post",
    "published",
    "updated",
    "senior",
    "chief",
    "political",
    "foreign",
    "in",
    "for",
    "the",
    "and",
    "bbc",
    "cnn",
    "afp",
];

fn is_name(candidate: &str) -> bool {
    let words: Vec<&str> = candidate.split_whitespace().collect();
    let particles = ["el", "de", "van", "von", "der", "den", "al", "bin", "la", "le", "da", "del", "du", "di", "dos", "ter"];
    (2..=5).contains(&words.len())
        && words.iter().all(|w| {
            let lower = w.to_lowercase();
            let prefixed = w.split_once('-').is_some_and(|(head, tail)| {
                particles.contains(&head.to_lowercase().as_str()) && tail.chars().next().is_some_and(char::is_uppercase)
            });
            (w.chars().next().is_some_and(char::is_uppercase) && !NOT_A_NAME.contains(&lower.trim_end_matches('.')))
                || particles.contains(&lower.as_str())
                || prefixed
        })
        && words.first().is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// Finds a byline ("By Jane Doe and John Roe, Reuters") filling `text[paragraph]`;
/// returns its range and the range of each name in it.
pub fn byline(text: &str, paragraph: &Range<usize>) -> Option<(Range<usize>, Vec<Range<usize>>)> {
    let line = &text[paragraph.clone()];
    if line.len() > 160 || line.ends_with('.') && !line.ends_with(" Jr.") {
        return None;
    }
    let rest = BYLINE.captures(line)?.name("rest")?;
    let mut names = Vec::new();
    let offset = rest.start();
    // Names are separated by commas, "and", "&", "|" or "/"; the first piece
    // that is not a name (an outlet, a title, a date) ends the list.
    for piece in split_keeping_offsets(rest.as_str()) {
        let (start, candidate) = piece;
        let trimmed = candidate.trim();
        if trimmed.is_empty() {
            continue;
        }
        if !is_name(trimmed) {
            break;
        }
        let lead = candidate.len() - candidate.trim_start().len();
        let begin = paragraph.start + offset + start + lead;
        names.push(begin..begin + trimmed.len());
    }
    (!names.is_empty()).then(|| (paragraph.clone(), names))
}

fn split_keeping_offsets(s: &str) -> Vec<(usize, &str)> {
    let mut pieces = Vec::new();
    let mut start = 0;
    let separators = [", ", " and ", " & ", " | ", " / ", "|", ";"];
    let mut i = 0;
    while i < s.len() {
        if let Some(sep) = separators.iter().find(|sep| s[i..].starts_with(**sep)) {
            pieces.push((start, &s[start..i]));
            i += sep.len();
            start = i;
        } else {
            i += s[i..].chars().next().map_or(1, char::len_utf8);
        }
    }
    pieces.push((start, &s[start..]));
    pieces
}

/// Whether `paragraph` can be the headline: a short line without a closing full stop.
pub fn is_headline(paragraph: &str) -> bool {
    let words = paragraph.split_whitespace().count();
    let closing = paragraph.trim_end_matches(['"', '”', '’', '\'', ')']);
    (2..=30).contains(&words)
        && paragraph.len() <= 300
        && !closing.ends_with(['.', ',', ';', ':'])
        && paragraph.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '“' | '‘'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dateline_of(text: &str) -> Option<(String, Option<String>, String)> {
        let m = dateline(text, &(0..text.len()))?;
        Some((text[m.range].to_string(), m.date.map(|d| d.to_string()), text[m.body_start..].to_string()))
    }

    #[test]
    fn datelines_of_many_shapes() {
        let (line, date, body) = dateline_of("Sep 23, 2016- The Syrian military has announced").unwrap();
        assert_eq!((line.as_str(), date.as_deref(), &body[..3]), ("Sep 23, 2016", Some("2016-09-23"), "The"));
        assert_eq!(dateline_of("WASHINGTON (Reuters) - The U.S. said").unwrap().0, "WASHINGTON (Reuters)");
        assert_eq!(dateline_of("BEIRUT, Syria — Rebels said").unwrap().0, "BEIRUT, Syria");
        let (line, date, _) = dateline_of("LONDON, Sept. 23, 2016 (Reuters) -- Oil rose").unwrap();
        assert_eq!((line.as_str(), date.as_deref()), ("LONDON, Sept. 23, 2016 (Reuters)", Some("2016-09-23")));
        assert_eq!(dateline_of("Beirut (AFP) - Syrian forces").unwrap().0, "Beirut (AFP)");
        assert_eq!(dateline_of("NEW YORK: Stocks fell").unwrap().0, "NEW YORK");
    }

    #[test]
    fn sentences_are_not_datelines() {
        assert_eq!(dateline_of("The U.S. - and Russia - agreed."), None);
        assert_eq!(dateline_of("Kerry said - again - that it was over."), None);
        assert_eq!(dateline_of("NATO - the alliance - met."), None);
        // An editor's label is no place.
        assert_eq!(dateline_of("UPDATE: 5/12 — The website was down."), None);
        assert_eq!(dateline_of("CORRECTION: An earlier version misspelled it."), None);
    }

    #[test]
    fn bylines_and_their_names() {
        let text = "By Jane Doe and Hamza al-Khatib, Reuters";
        let (_, names) = byline(text, &(0..text.len())).unwrap();
        let names: Vec<&str> = names.into_iter().map(|r| &text[r]).collect();
        assert_eq!(names, ["Jane Doe", "Hamza al-Khatib"]);
        assert!(byline("By the end of the week, talks had failed.", &(0..41)).is_none());
    }

    #[test]
    fn full_dates() {
        assert_eq!(first_full_date("Published 23 September 2016 at 10:00").unwrap().1.to_string(), "2016-09-23");
        assert_eq!(first_full_date("on Sept. 3, 2016.").unwrap().1.to_string(), "2016-09-03");
        assert!(first_full_date("February 30, 2016").is_none());
        // The windowed search finds what a search of the whole text finds.
        for text in [
            "Updated: Friday, September 23rd, 2016 at 10:00, and then on 2016-09-24",
            "In 12016 Sept. 9, 2016x then 10 October, 2015.",
            "Código: 2016-09-23T10:00 é — February 29, 2016 ünd",
            "Feb 30, 2016 and 31 Sep 2016 then Sep 30 2016",
            "room 1234 on Jan 2, 20160 then 1999-12-31",
        ] {
            let whole = FULL_DATE.captures_iter(text).find_map(|caps| Some((caps.get(0)?.range(), date_in_captures(&caps)?)));
            assert_eq!(first_full_date(text), whole, "{text}");
        }
    }

    #[test]
    fn headlines() {
        assert!(is_headline("John Kerry admits Syria ceasefire over as violence increases"));
        assert!(is_headline("Is the ceasefire over?"));
        assert!(!is_headline("The government already controls the city’s western half."));
    }
}
