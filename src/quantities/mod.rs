//! Stage: quantities — the figures an article cites, with value, unit, hedge and what they count.
//!
//! [`run`] reads numbers in digits and words ("45", "32,736", "1.5 million", "a quarter of a
//! million", "two dozen", "hundreds"), percentages, money, ordinals, measures, ages and ranges.
//! Years, dates, clock times and durations belong to the time stage: a figure inside a time
//! expression is skipped.
//!
//! Hand-written over the shared lexer (see `crate::lex`) rather than regexes: a figure is a short
//! token pattern with look-ahead and look-behind (hedges, currency, scale, unit, what it counts),
//! and a few tables keep the wasm small. The work is linear: each token starts at most one match
//! and every look-around is bounded.

use std::ops::Range;

use crate::analysis::Quantity;
use crate::document::Document;
use crate::lex::{Kind, Lexed, Token};
use crate::time::TimeExpr;

/// The kind of a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuantityKind {
    Number,
    Money,
    Percent,
    Measure,
    Ordinal,
    Age,
}

impl QuantityKind {
    /// The name used in the JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            QuantityKind::Number => "number",
            QuantityKind::Money => "money",
            QuantityKind::Percent => "percent",
            QuantityKind::Measure => "measure",
            QuantityKind::Ordinal => "ordinal",
            QuantityKind::Age => "age",
        }
    }
}

/// One figure found in the document. Ranges are into the working text.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// The figure with its hedge, currency and unit.
    pub range: Range<usize>,
    /// Its value (the low end of a range).
    pub value: f64,
    /// Currency code, `percent`, a measure unit or `year` (ages).
    pub unit: Option<&'static str>,
    pub kind: QuantityKind,
    /// `approx`, `more_than`, `less_than`, `at_least`, `at_most`.
    pub approx: Option<&'static str>,
    /// Low and high ends of a range.
    pub range_values: Option<[f64; 2]>,
    /// What it counts.
    pub counted: Option<Range<usize>>,
    /// Index of its sentence; `None` in the headline.
    pub sentence: Option<usize>,
}

/// Finds the figures of `doc`, leaving out numbers inside the time expressions `times`
/// (sorted by start, as [`crate::time::run`] returns them).
pub fn run(doc: &Document<'_>, times: &[TimeExpr]) -> Vec<Figure> {
    run_lexed(doc, &Lexed::new(doc), times)
}

/// [`run`] over `lexed`, the lexed layer of `doc` (its headline and sentences as tokens), which the
/// time stage reads too: the pipeline lexes the text once for both.
pub fn run_lexed(doc: &Document<'_>, lexed: &Lexed<'_>, times: &[TimeExpr]) -> Vec<Figure> {
    let mut out = Vec::new();
    let mut time_ranges: Vec<Range<usize>> = times.iter().map(|t| t.range.clone()).collect();
    time_ranges.sort_by_key(|r| r.start);
    if let (Some(headline), Some(toks)) = (&doc.structure.headline, lexed.headline()) {
        scan(toks, headline.clone(), None, &time_ranges, &mut out);
    }
    // The layer holds one unit of tokens per sentence, in the structure's order.
    for (index, ((range, _), toks)) in doc.structure.sentences.iter().zip(lexed.sentences()).enumerate() {
        scan(toks, range.clone(), Some(index), &time_ranges, &mut out);
    }
    out.sort_by_key(|f| f.range.start);
    out
}

/// The `quantities` layer as output.
pub fn to_output(doc: &Document<'_>, figures: &[Figure]) -> Vec<Quantity> {
    figures
        .iter()
        .map(|f| Quantity {
            span: doc.span(&f.range),
            value: f.value,
            unit: f.unit.map(Into::into),
            kind: f.kind.as_str().into(),
            approx: f.approx.map(Into::into),
            range: f.range_values,
            counted: f.counted.as_ref().map(|r| doc.span(r)),
            sentence: f.sentence,
        })
        .collect()
}

/// The figures among `toks`, the tokens of the unit `range` of the working text.
fn scan(toks: &[Token<'_>], range: Range<usize>, sentence: Option<usize>, times: &[Range<usize>], out: &mut Vec<Figure>) {
    // Times of this stretch only: a binary search keeps the whole scan linear-ish (log per sentence).
    let first = times.partition_point(|t| t.end <= range.start);
    let local: Vec<&Range<usize>> = times[first..].iter().take_while(|t| t.start < range.end).collect();
    // Figures come in text order, so one pointer walks the times (linear even in a megabyte sentence).
    let mut next_time = 0;
    // The last figure of this stretch and the token after it, for `share_unit`.
    let mut last_end: Option<usize> = None;
    let scan_start = out.len();
    // The token range of each figure pushed by this scan, for `share_unit_in_list`.
    let mut tok_spans: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if let Some(m) = figure_at(toks, i) {
            let span = toks[m.start].range.start..toks[m.end - 1].range.end;
            let core = toks[m.core].range.clone();
            while local.get(next_time).is_some_and(|t| t.end <= core.start) {
                next_time += 1;
            }
            let in_time = local.get(next_time).is_some_and(|t| t.start < core.end);
            if !in_time {
                share_unit_in_list(toks, &tok_spans, &mut out[scan_start..], &m);
                tok_spans.push((m.start, m.end));
                if let Some(end) = last_end
                    && out.len() > scan_start
                    && let Some(previous) = out.last_mut()
                {
                    share_unit(toks, end, previous, &m);
                }
                last_end = Some(m.end);
                out.push(Figure {
                    range: span,
                    value: m.value,
                    unit: m.unit,
                    kind: m.kind,
                    approx: m.approx,
                    range_values: m.range_values,
                    counted: m.counted.map(|(a, b)| toks[a].range.start..toks[b - 1].range.end),
                    sentence,
                });
                i = m.end;
                continue;
            }
        }
        i += 1;
    }
}

/// "35 to 12 percent", "from 10 to 15 million people": a bare number joined by "to" or a dash to the
/// next figure (which did not make a range with it: a change or a score) is in that figure's unit and
/// scale, and counts the same thing. `end` is the token after `previous`.
fn share_unit(t: &[Token<'_>], end: usize, previous: &mut Figure, next: &Match) {
    // "by 5 and 10 percentage points, respectively": "and" joins two figures of a unit named once.
    let and_unit = t.get(end).is_some_and(|x| x.is("and"))
        && next.unit.is_some()
        && matches!(next.kind, QuantityKind::Percent | QuantityKind::Measure);
    let joined = next.start == end + 1
        && t.get(end).is_some_and(|x| x.is("to") || and_unit || ((x.is_char('-') || x.is_char('–')) && !x.gap));
    // "$5 to $7 billion": the same currency said twice, the scale once.
    let same_money = previous.kind == QuantityKind::Money && previous.unit.is_some() && previous.unit == next.unit;
    if !joined
        || !(same_money || (previous.unit.is_none() && previous.kind == QuantityKind::Number))
        || previous.approx.is_some()
        || previous.range_values.is_some()
        || matches!(next.kind, QuantityKind::Age | QuantityKind::Ordinal)
    {
        return;
    }
    // The low figure must be digits alone ("35", "1.2"), so that "six to 12 percent" and
    // "10 million to 12 percent" keep what they say.
    let Some(low) = t
        .get(end - 1)
        .filter(|x| x.kind == Kind::Number && previous.range.end == x.range.end)
        .filter(|x| same_money || previous.range == x.range)
        .and_then(|x| x.text.replace(',', "").parse::<f64>().ok())
        .filter(|&n| n == previous.value)
    else {
        return;
    };
    // "from 1.2 to 1.5 million": the high figure's scale word applies to the low one, unless the
    // low one is far above the high one's digits ("from 900 to 1.2 million" is 900).
    let high_digits = t.get(next.core).and_then(|x| x.text.replace(',', "").parse::<f64>().ok()).filter(|&n| n > 0.0);
    if let Some(digits) = high_digits
        && next.kind != QuantityKind::Percent
        && next.value > digits
        && low <= 10.0 * digits
    {
        previous.value = low * (next.value / digits);
    }
    if next.unit.is_some() {
        previous.unit = next.unit;
        previous.kind = next.kind;
    }
    if previous.counted.is_none() {
        previous.counted = next.counted.map(|(a, b)| t[a].range.start..t[b - 1].range.end);
    }
}

/// "rose 7, 8, 10 percent", "by 5, 6 or 7 points": bare numbers listed before a percentage or a
/// measure share its unit (two or more of them, so that "Of those 30, 5 percent" keeps its 30).
/// `spans` are the token ranges of `previous`, the figures found before `next` in its stretch.
fn share_unit_in_list(t: &[Token<'_>], spans: &[(usize, usize)], previous: &mut [Figure], next: &Match) {
    if next.unit.is_none() || !matches!(next.kind, QuantityKind::Percent | QuantityKind::Measure) || next.approx.is_some() {
        return;
    }
    let mut listed = 0;
    let mut after = next.start;
    for (k, &(a, b)) in spans.iter().enumerate().rev() {
        let figure = &previous[k];
        let bare = b == a + 1
            && t[a].kind == Kind::Number
            && figure.kind == QuantityKind::Number
            && figure.unit.is_none()
            && figure.approx.is_none()
            && figure.range_values.is_none();
        // Commas between the items, and "or"/"and" (after a comma or not) before the last one.
        let joiner: Vec<&Token<'_>> = t[b..after].iter().collect();
        let joined = match joiner.as_slice() {
            [c] => c.is_char(',') || (listed == 0 && (c.is("or") || c.is("and"))),
            [c, w] => listed == 0 && c.is_char(',') && (w.is("or") || w.is("and")),
            _ => false,
        };
        if !bare || !joined {
            break;
        }
        listed += 1;
        after = a;
    }
    if listed < 2 {
        return;
    }
    let first = previous.len() - listed;
    for figure in &mut previous[first..] {
        figure.unit = next.unit;
        figure.kind = next.kind;
        figure.counted = next.counted.map(|(a, b)| t[a].range.start..t[b - 1].range.end);
    }
}

/// A match: token indices, the index of its first number token, and what it means.
struct Match {
    start: usize,
    end: usize,
    core: usize,
    value: f64,
    unit: Option<&'static str>,
    kind: QuantityKind,
    approx: Option<&'static str>,
    range_values: Option<[f64; 2]>,
    counted: Option<(usize, usize)>,
}

impl Match {
    /// A rank over tokens `start..end` ("45th", "first", "No. 2"), counting what follows `end`.
    fn ordinal(t: &[Token<'_>], start: usize, end: usize, core: usize, value: f64) -> Match {
        Match {
            start,
            end,
            core,
            value,
            unit: None,
            kind: QuantityKind::Ordinal,
            approx: None,
            range_values: None,
            counted: counted_after(t, end),
        }
    }
}

/// True when the token at `i` is the word `w` (ASCII, any case), without allocating.
fn is_word(t: &[Token<'_>], i: usize, w: &str) -> bool {
    t.get(i).is_some_and(|x| x.kind == Kind::Word && x.text.trim_end_matches('.').eq_ignore_ascii_case(w))
}

fn word(t: &[Token<'_>], i: usize) -> compact_str::CompactString {
    t.get(i).filter(|x| x.kind == Kind::Word).map(|x| x.lower()).unwrap_or_default()
}

/// A hedge before a figure: (approx code, tokens it takes).
fn hedge(t: &[Token<'_>], i: usize) -> Option<(&'static str, usize)> {
    // Allocation-free gate: most candidates are digits.
    let may_hedge = t.get(i).filter(|x| x.kind == Kind::Word).and_then(|x| {
        x.with_lower(|w| {
            matches!(
                w,
                "more"
                    | "greater"
                    | "upwards"
                    | "just"
                    | "less"
                    | "fewer"
                    | "at"
                    | "as"
                    | "up"
                    | "close"
                    | "an"
                    | "about"
                    | "around"
                    | "roughly"
                    | "approximately"
                    | "some"
                    | "nearly"
                    | "almost"
                    | "estimated"
                    | "approx"
                    | "circa"
                    | "ca"
                    | "over"
                    | "above"
                    | "under"
                    | "below"
            )
        })
    });
    if may_hedge != Some(true) {
        return None;
    }
    let (a, b) = (word(t, i), word(t, i + 1));
    let two = match (a.as_str(), b.as_str()) {
        ("more" | "greater", "than") | ("upwards", "of") | ("just", "over") => Some("more_than"),
        ("less" | "fewer", "than") | ("just", "under") => Some("less_than"),
        ("at", "least") => Some("at_least"),
        // "as many as 50,000 may have died" is an upper estimate, like "up to".
        ("up", "to") | ("at", "most") | ("as", "many") | ("as", "much") => Some("at_most"),
        ("close", "to") | ("an", "estimated") => Some("approx"),
        _ => None,
    };
    if let Some(code) = two {
        // "as many as" takes three tokens.
        let n = if a == "as" && word(t, i + 2) == "as" { 3 } else { 2 };
        return Some((code, n));
    }
    let one = match a.as_str() {
        "about" | "around" | "roughly" | "approximately" | "some" | "nearly" | "almost" | "estimated" | "approx" | "circa"
        | "ca" => "approx",
        "over" | "above" => "more_than",
        "under" | "below" => "less_than",
        _ => return None,
    };
    Some((one, 1))
}

fn currency_symbol(t: &[Token<'_>], i: usize) -> Option<(&'static str, usize)> {
    let tok = t.get(i)?;
    let next_dollar = t.get(i + 1).is_some_and(|x| x.is_char('$') && !x.gap);
    if tok.kind == Kind::Word && next_dollar {
        let code = match tok.text {
            "US" => "USD",
            "C" | "CA" => "CAD",
            "A" | "AU" => "AUD",
            "HK" => "HKD",
            "NZ" => "NZD",
            "S" => "SGD",
            _ => return None,
        };
        return Some((code, 2));
    }
    if tok.kind == Kind::Word {
        let code = match tok.text {
            "USD" => "USD",
            "EUR" => "EUR",
            "GBP" => "GBP",
            "JPY" => "JPY",
            "CNY" => "CNY",
            "CHF" => "CHF",
            "Rs" | "Rs." => "INR",
            _ => return None,
        };
        return Some((code, 1));
    }
    // Australian and New Zealand style: the country after the sign ("$US108", "$A2 billion").
    if tok.is_char('$')
        && let Some(country) = t.get(i + 1).filter(|x| x.kind == Kind::Word && !x.gap)
        && t.get(i + 2).is_some_and(|x| x.kind == Kind::Number && !x.gap)
    {
        let code = match country.text {
            "US" => "USD",
            "A" | "AU" => "AUD",
            "NZ" => "NZD",
            "C" | "CA" => "CAD",
            "HK" => "HKD",
            "S" => "SGD",
            _ => return None,
        };
        return Some((code, 2));
    }
    let code = match tok.text {
        "$" => "USD",
        "£" => "GBP",
        "€" => "EUR",
        "¥" => "JPY",
        "₹" => "INR",
        "₽" => "RUB",
        _ => return None,
    };
    Some((code, 1))
}

fn currency_word(w: &str) -> Option<&'static str> {
    Some(match w {
        "dollar" | "dollars" | "usd" => "USD",
        "euro" | "euros" | "eur" => "EUR",
        "pound" | "pounds" | "sterling" | "gbp" => "GBP",
        "yen" | "jpy" => "JPY",
        "yuan" | "renminbi" | "cny" => "CNY",
        "rupee" | "rupees" => "INR",
        "rouble" | "roubles" | "ruble" | "rubles" => "RUB",
        "franc" | "francs" | "chf" => "CHF",
        _ => return None,
    })
}

fn scale_word(w: &str, after_currency: bool, gapless: bool) -> Option<f64> {
    Some(match w {
        "hundred" => 1e2,
        "thousand" => 1e3,
        "k" if gapless => 1e3,
        "million" | "mln" | "mn" => 1e6,
        "m" if after_currency || gapless => 1e6,
        "billion" | "bln" | "bn" => 1e9,
        "b" if after_currency && gapless => 1e9,
        "trillion" | "tn" => 1e12,
        _ => return None,
    })
}

fn measure_word(w: &str, gapless: bool) -> Option<&'static str> {
    Some(match w {
        "km" | "kilometre" | "kilometres" | "kilometer" | "kilometers" => "km",
        "mile" | "miles" => "mi",
        "m" if gapless => "m",
        "metre" | "metres" | "meter" | "meters" => "m",
        "cm" | "centimetre" | "centimetres" | "centimeter" | "centimeters" => "cm",
        "mm" | "millimetre" | "millimetres" | "millimeter" | "millimeters" => "mm",
        "kg" | "kilogram" | "kilograms" | "kilo" | "kilos" => "kg",
        "g" if gapless => "g",
        "gram" | "grams" => "g",
        "tonne" | "tonnes" | "ton" | "tons" => "t",
        "lb" | "lbs" => "lb",
        "ft" | "foot" | "feet" => "ft",
        "inch" | "inches" => "in",
        "hectare" | "hectares" => "ha",
        "acre" | "acres" => "acre",
        "litre" | "litres" | "liter" | "liters" => "l",
        "gallon" | "gallons" => "gal",
        "barrel" | "barrels" => "bbl",
        "degree" | "degrees" => "deg",
        "mph" => "mph",
        "kph" => "km/h",
        "mw" | "megawatt" | "megawatts" => "MW",
        "gw" | "gigawatt" | "gigawatts" => "GW",
        "kw" | "kilowatt" | "kilowatts" => "kW",
        "kwh" => "kWh",
        "gb" | "gigabyte" | "gigabytes" => "GB",
        "mb" | "megabyte" | "megabytes" => "MB",
        "tb" | "terabyte" | "terabytes" => "TB",
        "gigabit" | "gigabits" | "gbit" => "Gbit",
        "megabit" | "megabits" | "mbit" => "Mbit",
        "gbps" => "Gbit/s",
        "mbps" => "Mbit/s",
        "yard" | "yards" => "yd",
        "ounce" | "ounces" | "oz" => "oz",
        "knot" | "knots" => "kn",
        _ => return None,
    })
}

fn ones(w: &str) -> Option<f64> {
    crate::numbers::small_word_number(w)
}

fn ordinal_word(w: &str) -> Option<f64> {
    const ORD: [&str; 12] =
        ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"];
    ORD.iter().position(|x| *x == w).map(|n| n as f64 + 1.0)
}

/// A number at `i` in digits or words, with its scale: (value, end, approx from "hundreds of").
fn number(t: &[Token<'_>], i: usize, after_currency: bool) -> Option<(f64, usize, Option<&'static str>)> {
    let tok = t.get(i)?;
    if tok.kind == Kind::Number {
        if tok.text.contains(':') {
            return None;
        }
        // Thousands separators are commas in groups of three; a single dot is a decimal point.
        let clean: String = tok.text.chars().filter(|c| *c != ',').collect();
        if tok.text.contains(',') && tok.text.split(',').skip(1).any(|g| g.len() != 3 && !g.contains('.')) {
            return None;
        }
        let mut value: f64 = clean.parse().ok()?;
        let mut end = i + 1;
        // Vulgar fractions: "1/2" alone, "15 1/2" after a whole number.
        let fraction_at = |k: usize| -> Option<f64> {
            let (n, slash, d) = (t.get(k)?, t.get(k + 1)?, t.get(k + 2)?);
            if !slash.is_char('/') || slash.gap || d.gap || d.kind != Kind::Number || n.kind != Kind::Number {
                return None;
            }
            let (n, d): (u32, u32) = (n.text.parse().ok()?, d.text.parse().ok()?);
            (n > 0 && n < d && matches!(d, 2 | 3 | 4 | 5 | 8 | 10)).then(|| f64::from(n) / f64::from(d))
        };
        if let Some(f) = fraction_at(i) {
            return Some((f, i + 3, None));
        }
        // A fraction character glued to the whole number: "2½", "7¾".
        if clean.bytes().all(|b| b.is_ascii_digit())
            && let Some(f) = t.get(end).filter(|x| !x.gap).and_then(|x| crate::numbers::vulgar_fraction(x.text))
        {
            value += f;
            end += 1;
        }
        // "2 and a half million", "4-and-a-half"
        if clean.bytes().all(|b| b.is_ascii_digit())
            && let Some(after) = and_a_half(t, end)
        {
            value += 0.5;
            end = after;
        }
        if clean.bytes().all(|b| b.is_ascii_digit())
            && t.get(end).is_some_and(|x| x.gap)
            && let Some(f) = fraction_at(end)
        {
            return Some((value + f, end + 3, None));
        }
        // "a $2-billion deal", "an 85-bn-euro bailout": a scale joined by a hyphen (spelled out
        // or abbreviated, not a lone letter: "a 5-m wall" is a length).
        if t.get(end).is_some_and(|x| x.is_char('-') && !x.gap)
            && let Some(s) = t.get(end + 1)
            && s.kind == Kind::Word
            && !s.gap
            && s.text.len() > 1
            && let Some(scale @ 1e3..) = scale_word(&s.lower(), false, false)
        {
            return Some((value * scale, end + 2, None));
        }
        if let Some(s) = t.get(end)
            && s.kind == Kind::Word
            && let Some(scale) = scale_word(&s.lower(), after_currency, !s.gap)
        {
            value *= scale;
            end += 1;
            // "1.5 million" followed by "billion"? no; but "2 hundred thousand".
            if scale == 1e2
                && let Some(s2) = t.get(end)
                && let Some(scale2 @ 1e3..) = scale_word(&s2.lower(), after_currency, false)
            {
                value *= scale2;
                end += 1;
            }
        }
        return Some((value, end, None));
    }
    if tok.kind != Kind::Word {
        return None;
    }
    let w = tok.lower();
    let w1 = word(t, i + 1);
    // Only "tens of …" and "hundreds of …" look two words ahead: no allocation otherwise.
    let w2 = if w1 == "of" { word(t, i + 2) } else { compact_str::CompactString::default() };
    // "hundreds", "thousands of", "tens of thousands", "dozens"
    let vague = |w: &str| match w {
        "dozens" => Some(12.0),
        "scores" => Some(20.0),
        "hundreds" => Some(100.0),
        "thousands" => Some(1e3),
        "millions" => Some(1e6),
        "billions" => Some(1e9),
        _ => None,
    };
    if w == "tens" && w1 == "of" && matches!(w2.as_str(), "thousands" | "millions" | "billions") {
        return Some((10.0 * vague(&w2).unwrap_or(1.0), i + 3, Some("more_than")));
    }
    // "each time he scores a big win": a verb, unless "scores of".
    if w == "scores" && w1 != "of" {
        return None;
    }
    if let Some(v) = vague(&w) {
        if w1 == "of" && matches!(w2.as_str(), "thousands" | "millions" | "billions") {
            return Some((v * vague(&w2).unwrap_or(1.0), i + 3, Some("more_than")));
        }
        return Some((v, i + 1, Some("more_than")));
    }
    // Fractions: of a scale ("a quarter of a million", "half a million", "three quarters of a
    // billion"), or a share ("a third of voters", "half of them", "two-thirds").
    let fraction = |w: &str| match w {
        "half" => Some(0.5),
        "quarter" => Some(0.25),
        "third" => Some(1.0 / 3.0),
        "fifth" => Some(0.2),
        "quarters" => Some(0.75),
        _ => None,
    };
    // "two-thirds", "one-quarter", "three-fifths": unambiguous, whatever follows.
    let hyphenated = ones(&w).filter(|n| (1.0..10.0).contains(n)).and_then(|n| {
        let glued = |k: usize| t.get(k).is_some_and(|x| !x.gap);
        let dash = t.get(i + 1).is_some_and(|x| x.is_char('-')) && glued(i + 1) && glued(i + 2);
        let denominator = match word(t, i + 2).as_str() {
            "half" | "halves" => 2.0,
            "third" | "thirds" => 3.0,
            "quarter" | "quarters" | "fourth" | "fourths" => 4.0,
            "fifth" | "fifths" => 5.0,
            "sixth" | "sixths" => 6.0,
            "eighth" | "eighths" => 8.0,
            "tenth" | "tenths" => 10.0,
            _ => return None,
        };
        (dash && n < denominator).then_some(n / denominator)
    });
    let (frac, k) = match (w.as_str(), w1.as_str()) {
        _ if hyphenated.is_some() => (hyphenated, i + 3),
        ("a" | "one", f) if fraction(f).is_some() && f != "quarters" => (fraction(f), i + 2),
        ("three", "quarters") => (Some(0.75), i + 2),
        ("half", _) => (Some(0.5), i + 1),
        _ => (None, i),
    };
    if let Some(frac) = frac {
        let share_end = k;
        // "half of 1 percent", "one-eighth of a percentage point": one percentage, the share of it.
        if word(t, k) == "of"
            && let Some(n) = t.get(k + 1).and_then(|x| match x.kind {
                Kind::Number => x.text.parse::<f64>().ok(),
                _ => matches!(x.lower().as_str(), "one" | "a").then_some(1.0),
            })
            && t.get(k + 2)
                .is_some_and(|x| x.is_char('%') || x.with_lower(|w| matches!(w, "percent" | "percentage")).unwrap_or(false))
        {
            return Some((frac * n, k + 2, None));
        }
        let mut k = k;
        if word(t, k) == "of" {
            k += 1;
        }
        if matches!(word(t, k).as_str(), "a" | "an") {
            k += 1;
        }
        if let Some(scale) = scale_word(&word(t, k), false, false).filter(|s| *s >= 1e3) {
            return Some((frac * scale, k + 1, None));
        }
        // A share: "a third of independents" (not "a third man", an ordinal), "half of them" (not
        // "the western half of the city", a place, nor "the first half of the game").
        let place = w == "half"
            && i.checked_sub(1).is_some_and(|p| {
                matches!(
                    word(t, p).as_str(),
                    "the"
                        | "this"
                        | "that"
                        | "its"
                        | "his"
                        | "her"
                        | "their"
                        | "our"
                        | "first"
                        | "second"
                        | "latter"
                        | "other"
                        | "western"
                        | "eastern"
                        | "northern"
                        | "southern"
                        | "upper"
                        | "lower"
                        | "bottom"
                        | "top"
                        | "back"
                        | "front"
                )
            });
        // "about 40 percent nationally and a third in New Hampshire": a share standing alone, before a
        // preposition of place or the end of a clause ("a third term", "a third in a row" are ranks).
        let alone = matches!(w.as_str(), "a" | "one")
            && matches!(w1.as_str(), "third" | "fifth")
            && t.get(share_end).is_none_or(|x| {
                x.is_char(',')
                    || x.is_char('.')
                    || x.is_char(';')
                    || x.with_lower(|w| {
                        // "Nearly a third say they don't know": a share of those asked.
                        matches!(
                            w,
                            "among" | "across" | "in" | "say" | "said" | "believe" | "think" | "agree" | "support" | "oppose"
                        )
                    })
                    .unwrap_or(false)
            })
            && !(word(t, share_end + 1) == "a" && word(t, share_end + 2) == "row");
        if hyphenated.is_some() || alone || (word(t, share_end) == "of" && !place) {
            return Some((frac, share_end, None));
        }
        return None;
    }
    // Word numbers: "twenty-five", "two hundred and fifty thousand", "a million", "two dozen".
    let mut total = 0.0;
    let mut current = 0.0;
    let mut seen = false;
    let mut k = i;
    let mut end = i;
    while let Some(tok) = t.get(k) {
        let w = if tok.kind == Kind::Word { tok.lower() } else { compact_str::CompactString::default() };
        if let Some(n) = ones(&w) {
            if seen && current % 100.0 != 0.0 && !(current % 10.0 == 0.0 && n < 10.0) {
                break;
            }
            current += n;
            seen = true;
            k += 1;
            end = k;
            // "twenty-five"
            if n >= 20.0
                && t.get(k).is_some_and(|x| x.is_char('-') && !x.gap)
                && let Some(u) = t.get(k + 1).map(|x| x.lower()).and_then(|x| ones(&x))
                && u < 10.0
            {
                current += u;
                k += 2;
                end = k;
            }
            // "six-million people": a scale joined by a hyphen (read by the scale rule below).
            if t.get(k).is_some_and(|x| x.is_char('-') && !x.gap)
                && t.get(k + 1).is_some_and(|x| {
                    !x.gap && x.with_lower(|s| scale_word(s, false, false).is_some_and(|v| v >= 1e3)).unwrap_or(false)
                })
            {
                k += 1;
            }
            continue;
        }
        if (w == "a" || w == "an") && !seen {
            let next = word(t, k + 1);
            if matches!(next.as_str(), "hundred" | "thousand" | "million" | "billion" | "trillion" | "dozen") {
                current = 1.0;
                seen = true;
                k += 1;
                continue;
            }
            break;
        }
        if w == "dozen" && seen {
            current *= 12.0;
            k += 1;
            end = k;
            continue;
        }
        if w == "hundred" && seen {
            current *= 100.0;
            k += 1;
            end = k;
            continue;
        }
        if let Some(scale) = scale_word(&w, false, false).filter(|s| *s >= 1e3)
            && seen
        {
            total += current * scale;
            current = 0.0;
            k += 1;
            end = k;
            continue;
        }
        if w == "and" && seen && ones(&word(t, k + 1)).is_some() && (total > 0.0 || current >= 100.0) {
            k += 1;
            continue;
        }
        break;
    }
    if !seen || end == i {
        return None;
    }
    // "one and a half million", "two-and-a-half": the half belongs to the number before it,
    // and a scale after it multiplies both.
    if let Some(after) = and_a_half(t, end) {
        current += 0.5;
        end = after;
        if let Some(scale) = scale_word(&word(t, end), false, false).filter(|s| *s >= 1e3) {
            total += current * scale;
            current = 0.0;
            end += 1;
        }
    }
    Some((total + current, end, None))
}

/// Whether the words around token `k` are in title case (a headline): three in four of the longer
/// words within eight tokens capitalized. A window, so a megabyte sentence stays linear.
fn title_case_around(t: &[Token<'_>], k: usize) -> bool {
    let window = &t[k.saturating_sub(8)..(k + 9).min(t.len())];
    let (mut long, mut capitalized) = (0, 0);
    for x in window.iter().filter(|x| x.kind == Kind::Word && x.text.len() > 3) {
        long += 1;
        capitalized += usize::from(x.capitalized());
    }
    capitalized * 4 >= long * 3
}

/// The temperature scale named at `i` after "degrees": `degC` or `degF`.
fn temperature_scale(t: &[Token<'_>], i: usize) -> Option<&'static str> {
    match t.get(i)?.text {
        "Celsius" | "celsius" | "centigrade" | "Centigrade" | "C" => Some("degC"),
        "Fahrenheit" | "fahrenheit" | "F" => Some("degF"),
        _ => None,
    }
}

/// The unit of area of a unit of length ("square feet" → `ft2`); other units stay as they are.
fn square_unit(u: &'static str) -> &'static str {
    match u {
        "km" => "km2",
        "mi" => "mi2",
        "m" => "m2",
        "ft" => "ft2",
        other => other,
    }
}

/// True when the capitalized words ending at `last` follow "said" or "says": "said Carla Cruz".
fn said_before_name(t: &[Token<'_>], last: usize) -> bool {
    let mut k = last;
    // (Up to five tokens: "said Ms. Carla Cruz", the title's full stop being one.)
    for _ in 0..5 {
        let Some(x) = t.get(k) else { return false };
        let name_word = x.kind == Kind::Word && x.capitalized();
        let title_stop = x.is_char('.') && !x.gap;
        if !(name_word || title_stop) {
            return false;
        }
        let Some(p) = k.checked_sub(1) else { return false };
        if is_word(t, p, "said") || is_word(t, p, "says") {
            return true;
        }
        k = p;
    }
    false
}

/// "and a half" or "-and-a-half" at `i`: the index after it.
fn and_a_half(t: &[Token<'_>], i: usize) -> Option<usize> {
    let dash = |k: usize| t.get(k).is_some_and(|x| x.is_char('-') && !x.gap);
    let glued = |k: usize, w: &str| is_word(t, k, w) && t.get(k).is_some_and(|x| !x.gap);
    if dash(i) {
        (glued(i + 1, "and") && dash(i + 2) && glued(i + 3, "a") && dash(i + 4) && glued(i + 5, "half")).then_some(i + 6)
    } else {
        (is_word(t, i, "and") && is_word(t, i + 1, "a") && is_word(t, i + 2, "half")).then_some(i + 3)
    }
}

/// Words that end what a figure counts.
fn is_stop(w: &str) -> bool {
    if matches!(
        w,
        "against"
            // "my two favorite accessories both by Hunter", "the first permanent dwelling ever"
            | "both"
            | "ever"
            // "Seventy-two percent now believe", "Georgia's 11th Congressional District perhaps
            // best embodied": adverbs of the clause.
            | "now"
            | "perhaps"
            // "will come first once again"
            | "once"
            | "again"
            // Dimensions after a measure: "6'3\" tall", "10 feet wide".
            | "tall"
            | "wide"
            | "deep"
            | "thick"
            | "instead"
            | "without"
            | "within"
            | "through"
            | "toward"
            | "towards"
            | "around"
            | "near"
            | "behind"
            | "beyond"
            | "via"
            | "despite"
            | "like"
            | "unlike"
            | "amid"
            | "along"
            | "upon"
            | "onto"
            | "inside"
            | "outside"
            | "until"
            // Prepositions in -ing: "16 involving business activity".
            | "involving"
            | "regarding"
            | "concerning"
            | "according"
            | "excluding"
            // "the two companies already have ties", "dozens of them", "two or three jobs just to
            // pay their bills", "millions even work nights": adverbs of the clause.
            | "already"
            | "just"
            | "even"
            | "never"
            | "always"
            | "often"
            | "sometimes"
            | "too"
            | "yet"
            | "soon"
            | "them"
            // "will turn 18 prior to the election", "60 days prior", "30 minutes beforehand".
            | "prior"
            | "beforehand"
            | "afterward"
            | "afterwards"
            | "whose"
            | "what"
            // Adverbs of place and manner after a figure: "2 miles away", "190 km southwest",
            // "six straight", "2,000 times faster".
            | "away"
            | "ahead"
            | "apart"
            | "straight"
            | "back"
            | "later"
            | "earlier"
            | "times"
            | "north"
            | "south"
            | "east"
            | "west"
            | "northeast"
            | "northwest"
            | "southeast"
            | "southwest"
            | "above"
            | "below"
            // "a two percent plus or minus margin of error"
            | "plus"
            | "minus"
    ) {
        return true;
    }
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "of"
            | "in"
            | "on"
            | "at"
            | "to"
            | "for"
            | "from"
            | "by"
            | "with"
            | "and"
            | "or"
            | "but"
            | "was"
            | "were"
            | "is"
            | "are"
            | "be"
            | "been"
            | "have"
            | "has"
            | "had"
            | "will"
            | "would"
            | "could"
            | "can"
            | "may"
            | "might"
            | "said"
            | "says"
            | "who"
            | "which"
            | "that"
            | "this"
            | "these"
            | "those"
            | "than"
            | "as"
            | "after"
            | "before"
            | "since"
            | "during"
            | "while"
            | "when"
            | "where"
            | "into"
            | "over"
            | "under"
            | "per"
            | "each"
            | "more"
            | "less"
            | "about"
            | "across"
            | "including"
            | "following"
            | "according"
            | "between"
            | "among"
            | "it"
            | "its"
            | "their"
            | "his"
            | "her"
            | "they"
            | "he"
            | "she"
            | "we"
            | "i"
            | "you"
            | "not"
            | "no"
            | "also"
            | "still"
            | "so"
            | "there"
            | "here"
            | "out"
            | "up"
            | "down"
            | "off"
            | "because"
            | "if"
            | "then"
            | "did"
            | "do"
            | "does"
            | "a.m."
            | "p.m."
            | "last"
            | "next"
            | "ago"
            | "every"
            | "year"
            | "years"
    )
}

/// What the figure counts, after it: "people", "new cases" (up to three words, stopping at
/// function words, verbs in -ed/-ing and punctuation).
fn counted_after(t: &[Token<'_>], i: usize) -> Option<(usize, usize)> {
    let mut k = i;
    // "hundreds of people", "45% of voters", "a quarter of a million people"
    let via_of = word(t, k) == "of";
    if via_of {
        k += 1;
        // "of those surveyed", "of those killed": the pronoun and its participle are what is counted.
        if word(t, k) == "those" && word(t, k + 1).ends_with("ed") {
            return Some((k, k + 2));
        }
        if matches!(word(t, k).as_str(), "the" | "a" | "an" | "its" | "their" | "those" | "these") {
            k += 1;
        }
    }
    // "15 percent of the roughly 54,000 pages": a hedge on the whole's figure.
    if via_of
        && matches!(word(t, k).as_str(), "roughly" | "about" | "nearly" | "some" | "approximately" | "almost" | "around")
        && t.get(k + 1).is_some_and(|x| x.kind == Kind::Number)
    {
        k += 1;
    }
    // "seven of the previous nine finals", "three of the last four games": an adjective of order
    // before the whole's figure.
    let number_at =
        |k: usize| t.get(k).is_some_and(|x| x.kind == Kind::Number || x.with_lower(|w| ones(w).is_some()).unwrap_or(false));
    if via_of
        && matches!(word(t, k).as_str(), "previous" | "last" | "past" | "first" | "next" | "other" | "remaining" | "top")
        && number_at(k + 1)
    {
        k += 1;
    }
    // "four of five states": the whole's figure is not what is counted, its noun is.
    if via_of && number_at(k) && t.get(k + 1).is_some_and(|x| x.kind == Kind::Word && !is_stop(&x.lower())) {
        k += 1;
        // ("of the 18 million viewers": the scale is the figure's too.)
        if word(t, k).as_str() == "million" || matches!(word(t, k).as_str(), "billion" | "trillion" | "thousand" | "hundred") {
            k += 1;
        }
    }
    let mut start = k;
    // Tokens of hyphenated compounds past their first word, which count as one word of the three.
    let mut joined = 0;
    // "Almost 650 18-hole golf courses", "two 10-year bonds": a figure in a compound modifier is
    // part of what the first figure counts.
    if !via_of
        && t.get(k).is_some_and(|x| x.kind == Kind::Number)
        && t.get(k + 1).is_some_and(|x| x.is_char('-') && !x.gap)
        && t.get(k + 2).is_some_and(|x| x.kind == Kind::Word && !x.gap && !is_stop(&x.lower()))
        && t.get(k + 3).is_some_and(|x| x.kind == Kind::Word && !is_stop(&x.lower()))
    {
        k += 3;
        joined += 2;
    }
    // "1 million more votes than", "four million fewer players": the difference counts the votes,
    // the players ("two more in Florida" counts nothing said here).
    if !via_of
        && matches!(word(t, k).as_str(), "more" | "fewer" | "less")
        && t.get(k + 1).is_some_and(|x| {
            x.kind == Kind::Word
                && !is_stop(&x.lower())
                // "14 more ready to be confirmed": an adjective of the figure itself.
                && !matches!(x.lower().as_str(), "ready" | "likely" | "able" | "willing" | "expected" | "set" | "due")
        })
    {
        k += 1;
        start = k;
    }
    while k < start + 3 + joined {
        let Some(tok) = t.get(k) else { break };
        if tok.kind != Kind::Word {
            break;
        }
        let w = tok.lower();
        // "the first time Republicans and BLM agreed": "time" is the whole of what is ranked; a
        // clause follows it without "that".
        if k == start && w == "time" {
            return Some((k, k + 1));
        }
        // Two modifiers joined: "dozens of private and public golf courses", "thousands of Syrian
        // and Iraqi refugees", "hundreds of men and women": what is counted runs to the plural
        // noun after "and" (not "three children and their parents": a determiner starts another).
        if (w == "and" || w == "or")
            && k == start + 1
            && let Some(end) = coordinated_plural(t, k + 1, &t[start])
        {
            return Some((start, end));
        }
        // Adjectives in -ly that often qualify what is counted ("1,000 likely voters").
        let ly = w.ends_with("ly")
            && !matches!(w.as_str(), "likely" | "elderly" | "early" | "daily" | "weekly" | "monthly" | "yearly")
            // Nouns in -ly: "the first ethnic family", "two rallies", "a key ally".
            && !matches!(
                w.as_str(),
                "family" | "rally" | "ally" | "supply" | "reply" | "assembly" | "monopoly" | "anomaly" | "tally" | "belly" | "fly"
            );
        // An adverb before the adjective of what is counted is not part of it: "five reasonably
        // viable candidates", "three highly trained officers" (but "two quickly left": a verb).
        // Sentence adverbs ("23 percent, only four points below") start another phrase.
        let sentence_adverb = matches!(
            w.as_str(),
            "only"
                | "nearly"
                | "roughly"
                | "approximately"
                | "exactly"
                | "merely"
                | "barely"
                | "respectively"
                | "reportedly"
                | "allegedly"
                | "apparently"
                | "currently"
                | "recently"
                | "previously"
                | "finally"
                | "initially"
                | "eventually"
                | "really"
                | "actually"
                | "usually"
                | "probably"
                | "possibly"
        );
        if k == start && ly && !sentence_adverb && !via_of && t.get(k + 1).is_some_and(|x| x.kind == Kind::Word) {
            let next = t[k + 1].lower();
            if !is_stop(&next)
                && ones(&next).is_none()
                && !is_irregular_verb(&next)
                && !is_past_only_verb(&next)
                && !next.ends_with("ing")
            {
                start = k + 1;
                k += 1;
                continue;
            }
        }
        // "the first ever conference": the adverb stands before what is ranked; "five straight
        // presidential contests" before what is counted ("six straight" alone counts nothing).
        if k == start
            && matches!(w.as_str(), "ever" | "straight")
            && t.get(k + 1).is_some_and(|x| x.kind == Kind::Word && (w == "ever" || !is_stop(&x.lower())))
        {
            k += 1;
            start = k;
            continue;
        }
        // A negated auxiliary ("wasn't", "won’t") is the verb of the clause, never what is counted.
        let negated_verb = w.ends_with("n't") || w.ends_with("n’t");
        // A comparative is not what is counted: "6.5 percentage points higher than Bunds" (but "a
        // 14 percent lower risk" counts the risk, and "two longer-shot candidates" the candidates).
        let comparative = k == start
            && t.get(k + 1).is_none_or(|x| x.kind != Kind::Word || is_stop(&x.lower()))
            && !t.get(k + 1).is_some_and(|x| x.is_char('-') && !x.gap)
            && is_comparative(&w);
        // ("about 10 points higher than in 2004": the comparative after the noun is the clause's.)
        let comparative_after = k > start
            && is_comparative(&w)
            && t.get(k + 1).is_none_or(|x| x.kind != Kind::Word || x.is("than") || is_stop(&x.lower()));
        if comparative || comparative_after {
            break;
        }
        // A single letter is never what is counted: "the 501 c3 organization".
        // ("90,000 T-shirts", "e-mails": a letter in a compound is a word.)
        if tok.text.len() == 1 && !t.get(k + 1).is_some_and(|x| x.is_char('-') && !x.gap) {
            break;
        }
        // Another figure starts: "$40 of cocaine three or four times a week", "rose 5 percent two
        // days ago".
        let another_figure = ones(&w).is_some()
            && (k > start
                || (!via_of
                    && i.checked_sub(1).is_some_and(|p| {
                        ordinal_word(&word(t, p)).is_none() && !matches!(word(t, p).as_str(), "st" | "nd" | "rd" | "th")
                    })
                    && matches!(
                        word(t, k + 1).as_str(),
                        "days" | "weeks" | "months" | "years" | "hours" | "minutes" | "decades" | "times"
                    )));
        // A verb after the noun: "three made key decisions", "55 percent price reduction puts".
        // "paid" and "spent" are adjectives too ("197 paid employees"): verbs only before what is paid.
        let paid_verb =
            matches!(w.as_str(), "paid" | "spent") && t.get(k + 1).is_none_or(|x| x.kind != Kind::Word || is_stop(&x.lower()));
        // A reporting verb is never what is counted, even first: "three-fourths say the government".
        let reporting = matches!(
            w.as_str(),
            "say"
                | "tell"
                | "write"
                | "argue"
                | "believe"
                | "think"
                | "agree"
                | "insist"
                | "contend"
                | "want"
                // "The two admit that …"
                | "admit"
                | "acknowledge"
                | "concede"
                | "predict"
                | "warn"
                | "explain"
                | "recall"
        )
            // Nor a linking verb ("by 3 percent becomes much weaker", "20 percent seems high").
            || matches!(w.as_str(), "becomes" | "seems" | "appears" | "remains" | "means" | "happens");
        // A verb right before its object is the clause's verb: "millions lost their homes" (not
        // before "a": "5.50 runs an over").
        let verb_before_object = (is_irregular_verb(&w) || (w.len() > 4 && w.ends_with("ed")))
            && t.get(k + 1).is_some_and(|x| {
                // (and before its agent: "or one chosen by Mrs. Clinton")
                matches!(x.lower().as_str(), "their" | "his" | "her" | "its" | "our" | "my" | "your" | "the" | "by")
            });
        // A word between a plural noun and a determiner is a verb: "Two other emails highlight the
        // extent" (a noun does not stand before "the").
        let verb_before_determiner = k > start
            && t[k - 1]
                .with_lower(|p| p.len() > 3 && p.ends_with('s') && !p.ends_with("ss") && !p.ends_with("us"))
                .unwrap_or(false)
            && !tok.capitalized()
            && t.get(k + 1).is_some_and(|x| {
                x.with_lower(|v| matches!(v, "the" | "a" | "an" | "their" | "his" | "her" | "its" | "our")).unwrap_or(false)
            });
        // A verb in the present after a plural noun: "70% of adults live with their parents",
        // "35 percent of Mexican jobs depend on exports" (first, these are nouns: "three support
        // staff").
        // ("millions of people use every day", "polls show": irregular plurals too.)
        let present_after_plural = k > start
            && t[k - 1]
                .with_lower(|p| {
                    (p.len() > 3 && p.ends_with('s') && !p.ends_with("ss"))
                        || matches!(p, "people" | "children" | "men" | "women" | "police")
                        // "59 percent of those surveyed disapprove"
                        || matches!(p, "surveyed" | "polled" | "questioned" | "interviewed" | "asked")
                })
                .unwrap_or(false)
            && matches!(
                w.as_str(),
                "depend"
                    | "use"
                    | "show"
                    | "suggest"
                    | "indicate"
                    | "find"
                    | "live"
                    | "support"
                    | "oppose"
                    | "favor"
                    | "prefer"
                    | "approve"
                    | "disapprove"
                    | "want"
                    | "need"
                    | "expect"
                    | "plan"
                    | "own"
                    | "remain"
                    | "lack"
                    | "face"
                    | "hold"
                    | "work"
                    | "vote"
                    | "feel"
                    | "see"
                    | "know"
                    | "like"
                    | "fear"
                    | "worry"
                    | "trust"
                    | "identify"
                    | "consider"
                    | "receive"
                    | "die"
            );
        // Before "ages 3 to 17", "aged 18-24" the age starts: "45 children ages 3 to 17".
        let age_marker =
            k > start && matches!(w.as_str(), "ages" | "aged" | "age") && t.get(k + 1).is_some_and(|x| x.kind == Kind::Number);
        // After a hyphenated modifier the head noun follows: "five opening-day wins" (a verb's
        // subject is a noun, not a compound adjective).
        let after_compound = k >= start + 2 && t[k - 2].is_char('-') && !t[k - 2].gap && !t[k - 1].gap;
        let verb = present_after_plural
            || verb_before_determiner
            || age_marker
            || (k > start && is_irregular_verb(&w) && !after_compound)
            || (k > start && w.contains(['\'', '’']))
            || is_past_only_verb(&w)
            || paid_verb
            || reporting
            || verb_before_object;
        // Inside a capitalized name a number or a compass word is part of it: "four Final Four
        // appearances", "four Big East championships" (a name's own stop words are rarer: "the").
        let in_capitalized_name = k > start
            && tok.capitalized()
            && t.get(k - 1).is_some_and(|x| x.kind == Kind::Word && x.capitalized())
            && (ones(&w).is_some() || matches!(w.as_str(), "north" | "south" | "east" | "west"));
        // "burning two civilians alive", "$5 apiece": an adjective or adverb after the noun.
        // ("$3.2 billion in income taxes worldwide", "14,000 government jobs nationwide")
        let post_modifier = k > start
            && matches!(
                w.as_str(),
                "alive"
                    | "apiece"
                    | "worldwide"
                    | "nationwide"
                    | "statewide"
                    | "globally"
                    | "overall"
                    | "annually"
                    | "available"
                    | "short"
            );
        // After a rank, what is ranked is singular, so a word in -ing after a singular modifier is
        // its noun: "her first national security briefing", "the second public hearing" (a
        // participle follows a plural: "the first 500 people waiting").
        // (Only the common nouns in -ing: "the first TV ad talking about" is a participle.)
        let noun_in_ing = k > start
            && matches!(
                w.as_str(),
                "briefing"
                    | "hearing"
                    | "meeting"
                    | "ruling"
                    | "building"
                    | "funding"
                    | "offering"
                    | "filing"
                    | "outing"
                    | "wedding"
                    | "reading"
                    | "opening"
                    | "signing"
                    | "shooting"
                    | "bombing"
                    | "killing"
                    | "uprising"
                    | "gathering"
                    | "screening"
                    | "recording"
                    | "painting"
                    | "inning"
                    | "dwelling"
                    | "ranking"
                    | "rating"
                    | "warning"
                    | "setting"
                    | "landing"
                    | "sitting"
            )
            && i.checked_sub(1)
                .is_some_and(|p| ordinal_word(&word(t, p)).is_some() || matches!(word(t, p).as_str(), "st" | "nd" | "rd" | "th"))
            && t[k - 1].with_lower(|p| !p.ends_with('s')).unwrap_or(false);
        // "four Republican nominating contests", "two competing bills": a modifier in -ing before
        // the plural noun that ends the phrase.
        // (After a plural noun it is a participle: "16 states holding contests", "1,400 jobs
        // making furnaces".)
        // ("Nine in 10 Democratic registered voters", "two heavily armed men": a participle in -ed
        // too.)
        let ing_modifier = k > start
            && (w.ends_with("ing") || (w.len() > 4 && w.ends_with("ed")))
            && t[k - 1].with_lower(|p| !p.ends_with('s') || p.ends_with("ss")).unwrap_or(false)
            && t.get(k + 1).is_some_and(|x| {
                x.kind == Kind::Word
                    && !x.capitalized()
                    && x.with_lower(|v| v.len() > 3 && v.ends_with('s') && !v.ends_with("ss") && !is_stop(v)).unwrap_or(false)
            })
            && t.get(k + 2).is_none_or(|x| {
                x.kind != Kind::Word
                    || x.with_lower(|v| is_stop(v) || is_auxiliary(v) || is_irregular_verb(v) || v.ends_with("ed"))
                        .unwrap_or(false)
            });
        // A participle right after a plural count starts a clause: "tens of millions flowing into
        // races", "with 22 percent saying they", "250,000 coming to the country". Only after a
        // plural count ("millions", "250,000", "four"), not a percentage, an ordinal, money or a
        // score ("a 45 percent holding", "the first inning", "$1.2 million in funding", "a 4-4
        // ruling"), and only before a function word ("two polling stations", "six agonizing
        // years" go on to their noun).
        let participle = k == start
            && !via_of
            && w.len() > 4
            && w.ends_with("ing")
            && !w.ends_with("thing")
            && t.get(k + 1).is_none_or(|x| {
                (x.kind != Kind::Word && (x.gap || !x.is_char('-')))
                    || x.with_lower(|n| {
                        matches!(
                            n,
                            "in" | "into"
                                | "on"
                                | "at"
                                | "to"
                                | "from"
                                | "the"
                                | "a"
                                | "an"
                                | "their"
                                | "his"
                                | "her"
                                | "its"
                                | "for"
                                | "by"
                                | "with"
                                | "up"
                                | "out"
                                | "off"
                                | "through"
                                | "across"
                                | "over"
                                | "around"
                                | "they"
                                | "she"
                                | "he"
                                | "it"
                                | "we"
                                | "you"
                                | "them"
                                | "that"
                                | "against"
                                | "away"
                                | "back"
                        )
                    })
                    .unwrap_or(false)
                    || object_name_after(t, k + 1)
            })
            && plural_count_before(t, i);
        if !in_capitalized_name
            && (is_stop(&w)
                || negated_verb
                || another_figure
                || verb
                || is_month_or_weekday(&w)
                || post_modifier
                || participle
                || (k > start && (((w.ends_with("ed") || w.ends_with("ing")) && !noun_in_ing && !ing_modifier) || ly)))
        {
            break;
        }
        // A possessive name starts another phrase: "nine of Houston's 11 points", "20,000 of
        // Saudi Arabia's 70,000 mosques"; after "of" it owns what is counted: "24 percent of
        // Hillary Clinton's contributors" counts the contributors.
        let owner_end = if k == start && tok.capitalized() {
            (k..k + 3)
                .take_while(|&n| t.get(n).is_some_and(|x| x.kind == Kind::Word && x.capitalized()))
                .find(|&n| t.get(n + 1).is_some_and(|x| !x.gap && matches!(x.text, "'s" | "’s")))
                .map(|n| n + 2)
        } else {
            None
        };
        if let Some(after_owner) = owner_end {
            if via_of && t.get(after_owner).is_some_and(|x| x.kind == Kind::Word) {
                k = after_owner;
                start = k;
                continue;
            }
            break;
        }
        // A participle naming it starts a clause: "including one called therapeutic cloning".
        if k == start
            && matches!(w.as_str(), "called" | "named" | "dubbed" | "titled" | "labeled" | "labelled" | "known")
            && !k.checked_sub(1).and_then(|p| t.get(p)).is_some_and(|x| x.is_char('-'))
        {
            break;
        }
        // "millions of the billionaire’s voters": the voters are counted, not their owner.
        if k == start
            && via_of
            && !tok.capitalized()
            && t.get(k + 1).is_some_and(|x| !x.gap && matches!(x.text, "'s" | "’s"))
            && t.get(k + 2).is_some_and(|x| x.kind == Kind::Word)
        {
            k += 2;
            start = k;
            continue;
        }
        // A name after the noun that is the subject of a verb starts a clause: "one less vote
        // Clinton must match", "the 154 meetings Clinton had" ("four brave Americans" stays).
        // (Not a people's or a party's name, which is what is counted: "one senior Democrat said",
        // "all Americans viewed", "two super PACs are".)
        let people = tok.text.ends_with('s') || ["an", "at", "ese", "ish", "i"].iter().any(|e| tok.text.ends_with(e));
        if k > start && tok.capitalized() && !people && !t[k - 1].capitalized() && t[k - 1].kind == Kind::Word {
            let mut after = k + 1;
            while t.get(after).is_some_and(|x| x.kind == Kind::Word && x.capitalized()) {
                after += 1;
            }
            let verb = t.get(after).is_some_and(|x| {
                x.kind == Kind::Word
                    && x.with_lower(|v| {
                        is_auxiliary(v)
                            || is_irregular_verb(v)
                            || is_past_only_verb(v)
                            || (v.len() > 4 && v.ends_with("ed"))
                            || matches!(v, "said" | "says")
                    })
                    .unwrap_or(false)
            });
            if verb {
                break;
            }
        }
        if k == start
            && ((ly && !via_of)
                || w.ends_with("ed")
                    && w.len() > 4
                    && !t.get(k + 1).is_some_and(|x| x.kind == Kind::Word && !is_stop(&x.lower())))
        {
            break;
        }
        k += 1;
        // "major-party candidates", "well-known people": a hyphenated compound is one word.
        while t.get(k).is_some_and(|x| x.is_char('-') && !x.gap) && t.get(k + 1).is_some_and(|x| x.kind == Kind::Word && !x.gap) {
            k += 2;
            joined += 2;
        }
    }
    // Three words are the usual reach, but a longer compound ends in its head noun: "three major
    // cable television news networks", "two of the most infamous Muslim extremists". Past the
    // third word, take up to two more only if they are plain small-letter words that end the
    // phrase in a plural before a stop word or punctuation (and not when a plural is already
    // among the three: "NH towns cast first votes" has its noun).
    let plural = |n: usize| {
        t.get(n).is_some_and(|x| {
            x.kind == Kind::Word
                && x.with_lower(|v| {
                    v.len() > 3
                        && v.ends_with('s')
                        && !v.ends_with("ss")
                        && !v.ends_with("us")
                        && !v.ends_with("is")
                        && !matches!(v, "says" | "does" | "goes" | "has" | "was" | "gets" | "makes" | "takes" | "wants" | "needs")
                })
                .unwrap_or(false)
        })
    };
    if k == start + 3 + joined && !(start..k).any(plural) {
        let plain = |n: usize| {
            t.get(n).is_some_and(|x| {
                x.kind == Kind::Word
                    && x.text.bytes().all(|b| b.is_ascii_lowercase())
                    && x.with_lower(is_plain_noun_word).unwrap_or(false)
            })
        };
        let ends_phrase = |n: usize| t.get(n).is_none_or(|x| x.kind != Kind::Word || is_stop(&x.lower()));
        if let Some(end) = (k..k + 2).take_while(|&n| plain(n)).find(|&n| plural(n) && ends_phrase(n + 1)) {
            k = end + 1;
        }
    }
    // After an adverb one word alone is likely a verb: "only 3 really matter".
    let after_adverb = start > i && t.get(start - 1).is_some_and(|x| x.kind == Kind::Word && x.lower().ends_with("ly"));
    (k > start && (!after_adverb || k - start >= 2)).then_some((start, k))
}

/// Whether a lowercase word may be part of a noun phrase's tail: no stop word, verb, number or
/// word in -ed, -ing or -ly.
fn is_plain_noun_word(v: &str) -> bool {
    !is_stop(v)
        && !is_irregular_verb(v)
        && !is_past_only_verb(v)
        && !is_auxiliary(v)
        && ones(v).is_none()
        && !v.ends_with("ed")
        && !v.ends_with("ing")
        && !v.ends_with("ly")
}

/// After "and" at `k - 1`, which follows the single word `first`: one to three plain words
/// ending in a plural noun that ends the phrase ("private and public golf courses", "Syrian and
/// Iraqi refugees"), or after a plural noun a second one alone ("migrants and refugees"): the index
/// after that noun. Capitals follow capitals only ("delegates and Bernie Sanders" is a clause).
fn coordinated_plural(t: &[Token<'_>], k: usize, first: &Token<'_>) -> Option<usize> {
    let is_plural = |v: &str| {
        (v.len() > 3 && v.ends_with('s') && !v.ends_with("ss") && !v.ends_with("us") && !v.ends_with("is"))
            || matches!(v, "men" | "women" | "children" | "people")
    };
    let first_plural = first.with_lower(is_plural).unwrap_or(false);
    let plain = |n: usize| {
        t.get(n).is_some_and(|x| {
            x.kind == Kind::Word
                && (first.capitalized() || !x.capitalized())
                && x.with_lower(|v| {
                    is_plain_noun_word(v) && !matches!(v, "thousands" | "millions" | "billions" | "hundreds" | "dozens")
                })
                .unwrap_or(false)
        })
    };
    let plural_noun = |n: usize| t.get(n).is_some_and(|x| x.with_lower(is_plural).unwrap_or(false));
    // (A verb may follow: "men and women marched", "golf courses are".)
    let ends_phrase = |n: usize| {
        t.get(n).is_none_or(|x| {
            x.kind != Kind::Word
                || x.with_lower(|v| {
                    is_stop(v) || is_auxiliary(v) || is_irregular_verb(v) || is_past_only_verb(v) || v.ends_with("ed")
                })
                .unwrap_or(false)
        })
    };
    // (A plural noun before a determiner is a verb: "eight states and receives a majority".)
    let before_determiner = |n: usize| {
        t.get(n)
            .is_some_and(|x| x.with_lower(|v| matches!(v, "a" | "an" | "the" | "his" | "her" | "its" | "their")).unwrap_or(false))
    };
    let reach = if first_plural { 1 } else { 3 };
    (k..k + reach)
        .take_while(|&n| plain(n))
        .find(|&n| plural_noun(n) && ends_phrase(n + 1) && !before_determiner(n + 1))
        .map(|n| n + 1)
}

/// A floor or ceiling after a figure: "65 and older", "ages 12 and up", "18 or younger".
/// Whether the figure ending at token `i` (exclusive) is a plural count: a plural scale word
/// ("millions", "hundreds", "dozens") or a cardinal of two or more in digits or words ("250,000",
/// "four"), not part of a score ("a 4-4 ruling").
/// Whether token `k` opens a participle's object that is a name's possessive or a day: "263
/// entering Tuesday's primary", "thousands marking Obama's speech", "dozens protesting Monday".
fn object_name_after(t: &[Token<'_>], k: usize) -> bool {
    let Some(x) = t.get(k).filter(|x| x.kind == Kind::Word && x.capitalized()) else { return false };
    x.with_lower(is_month_or_weekday).unwrap_or(false) || t.get(k + 1).is_some_and(|p| !p.gap && matches!(p.text, "'s" | "’s"))
}

fn plural_count_before(t: &[Token<'_>], i: usize) -> bool {
    let Some(last) = i.checked_sub(1).and_then(|k| t.get(k)) else { return false };
    let score = (2..=3).any(|back| i.checked_sub(back).and_then(|k| t.get(k)).is_some_and(|x| x.is_char('-') && !x.gap));
    if score {
        return false;
    }
    let w = last.lower();
    match last.kind {
        Kind::Number => w.replace(',', "").parse::<f64>().is_ok_and(|v| v >= 2.0),
        Kind::Word => {
            matches!(w.as_str(), "millions" | "billions" | "thousands" | "hundreds" | "dozens" | "scores")
                || ones(&w).is_some_and(|v| v >= 2.0)
        }
        _ => false,
    }
}

fn and_older(t: &[Token<'_>], end: usize) -> Option<&'static str> {
    // ("3 and over time", "10 or under par": a preposition before its noun.)
    if word(t, end + 1) == "up" && word(t, end + 2) == "to" {
        return None;
    }
    let then_noun = t.get(end + 2).is_some_and(|x| x.kind == Kind::Number || (x.kind == Kind::Word && !is_stop(&x.lower())));
    if then_noun && !matches!(word(t, end + 1).as_str(), "older" | "younger") {
        return None;
    }
    match (word(t, end).as_str(), word(t, end + 1).as_str()) {
        ("and" | "or", "older" | "over" | "above" | "up") => Some("at_least"),
        ("and" | "or", "younger" | "under" | "below") => Some("at_most"),
        _ => None,
    }
}

/// Comparatives and words of position that follow a difference: "6.5 points higher", "3 feet below".
fn is_comparative(w: &str) -> bool {
    matches!(
        w,
        "higher"
            | "lower"
            | "greater"
            | "bigger"
            | "smaller"
            | "larger"
            | "better"
            | "worse"
            | "faster"
            | "slower"
            | "longer"
            | "shorter"
            | "older"
            | "younger"
            | "cheaper"
            | "dearer"
            | "stronger"
            | "weaker"
            | "richer"
            | "poorer"
            | "wider"
            | "narrower"
            | "above"
            | "below"
            | "ahead"
            | "behind"
    )
}

/// Common verbs whose past or present forms end in neither "-ed" nor "-ing", which the word
/// shape alone cannot tell from a noun ("two board games came", "fans left"). A list, not a
/// tagger: the quantities stage reads words only, and these are the forms seen ending counted
/// phrases wrongly in news.
fn is_irregular_verb(w: &str) -> bool {
    matches!(
        w,
        "made"
            | "makes"
            | "kept"
            | "keeps"
            | "left"
            | "came"
            | "come"
            | "comes"
            | "went"
            | "goes"
            | "took"
            | "takes"
            | "gave"
            | "gives"
            | "put"
            | "puts"
            | "got"
            | "gets"
            | "told"
            | "tells"
            | "found"
            | "finds"
            | "saw"
            | "sees"
            | "became"
            | "becomes"
            | "began"
            | "begins"
            | "ran"
            | "runs"
            | "won"
            | "wins"
            | "lost"
            | "loses"
            | "held"
            | "holds"
            | "paid"
            | "pays"
            | "sold"
            | "sells"
            | "bought"
            | "buys"
            | "brought"
            | "brings"
            | "thought"
            | "thinks"
            | "felt"
            | "feels"
            | "burst"
            | "bursts"
            | "met"
            | "meets"
            | "led"
            | "leads"
            | "spent"
            | "spends"
            | "stood"
            | "stands"
            | "sent"
            | "sends"
            | "built"
            | "builds"
            | "knew"
            | "knows"
            | "needs"
            | "wants"
            | "seems"
            | "remain"
            | "remains"
            | "include"
            | "includes"
            // Reporting verbs after a plural subject: "three plaintiffs write", "two officials say".
            | "say"
            | "tell"
            | "write"
            | "wrote"
            | "argue"
            | "believe"
            | "think"
            | "agree"
            | "claim"
            | "insist"
            | "contend"
            | "drew"
            // Other common past forms: "One shadow grew darker", "two men fled", "three rose".
            | "grew"
            | "fled"
            | "rose"
            | "fell"
            | "struck"
            | "spoke"
    )
}

/// Past forms that are never nouns: even right after the figure they are its verb ("a total of 91
/// came off the last 10 overs"), unlike "runs" or "left", which can be what is counted.
fn is_past_only_verb(w: &str) -> bool {
    matches!(
        w,
        "came"
            | "went"
            | "took"
            | "gave"
            | "got"
            | "told"
            | "saw"
            | "became"
            | "began"
            | "ran"
            | "knew"
            | "brought"
            | "bought"
            | "sold"
            | "sent"
            | "made"
            | "am"
            | "cannot"
            | "must"
            | "should"
            | "shall"
    )
}

/// Verbs of change before "to"/"at" whose subject is what the figure counts ("the toll rose to 45").
fn is_change_verb(w: &str) -> bool {
    matches!(
        w,
        "rose"
            | "risen"
            | "rise"
            | "rises"
            | "climbed"
            | "climb"
            | "climbs"
            | "jumped"
            | "jumps"
            | "increased"
            | "fell"
            | "fallen"
            | "fall"
            | "falls"
            | "dropped"
            | "drops"
            | "dipped"
            | "slipped"
            | "sank"
            | "sunk"
            | "sinks"
            | "surged"
            | "plunged"
            | "tumbled"
            | "stood"
            | "stands"
            | "grew"
            | "soared"
            | "declined"
            | "edged"
            | "increases"
            | "decreased"
            | "decreases"
            | "gained"
    )
}

/// What the figure counts, before it: "the death toll was 45", "the number of dead rose to 45",
/// "cut the unemployment rate to 8.8 percent".
fn counted_before(t: &[Token<'_>], i: usize) -> Option<(usize, usize)> {
    let mut k = i;
    let back = |k: usize| k.checked_sub(1);
    let prev = |k: usize| back(k).map(|j| word(t, j)).unwrap_or_default();
    // A content word: not a stop word, and not a name (a capital is allowed first in the sentence).
    // A possessive ("Ireland's reached 10.1 percent") owns what is counted, which is left unsaid.
    let content = |j: usize| {
        t.get(j).is_some_and(|tok| {
            tok.kind == Kind::Word
                && (j == 0 || !tok.capitalized())
                && !is_stop(&tok.lower())
                // "one of three $50,000 prizes": another figure, not what is counted.
                && ones(&tok.lower()).is_none()
                && !tok.text.ends_with("'s")
                && !tok.text.ends_with("’s")
        })
    };
    // "the mother of three": her children, unsaid.
    if prev(k) == "of"
        && back(k).is_some_and(|b| {
            matches!(
                prev(b).as_str(),
                "mother" | "father" | "parent" | "parents" | "mom" | "dad" | "grandmother" | "grandfather" | "grandparents"
            )
        })
    {
        return None;
    }
    match prev(k).as_str() {
        "was" | "is" | "were" | "are" | "reached" | "hit" | "topped" | "of" | "stands" => k = back(k)?,
        // "jobs increased by 96,500"
        "by" if back(k).is_some_and(|b| is_change_verb(&prev(b))) => k = back(back(k)?)?,
        "to" | "at" => {
            let to = back(k)?;
            if !is_change_verb(&prev(to)) {
                // "cut the unemployment rate to 8.8 percent": a verb, a determiner, the noun phrase.
                let end = to;
                let mut start = end;
                while start > end.saturating_sub(3) && back(start).is_some_and(content) {
                    start -= 1;
                }
                let mut v = start;
                if matches!(prev(v).as_str(), "the" | "its" | "their" | "his" | "her") {
                    v -= 1;
                }
                let moved =
                    matches!(prev(v).as_str(), "cut" | "raised" | "lowered" | "pushed" | "brought" | "lifted" | "reduced");
                return (start < end && moved).then_some((start, end));
            }
            k = back(to)?;
        }
        _ => return None,
    }
    // Skip "has"/"had" in "has risen to".
    if matches!(prev(k).as_str(), "has" | "had" | "have") {
        k = back(k)?;
    }
    // An adverb before the verb is the clause's: "funding … actually decreased by about 9%".
    if matches!(
        prev(k).as_str(),
        "actually"
            | "really"
            | "reportedly"
            | "sharply"
            | "slightly"
            | "steadily"
            | "dramatically"
            | "significantly"
            | "recently"
    ) {
        k = back(k)?;
    }
    let mut end = k;
    // "the death toll from that attack rose to 10", "unemployment in Spain rose to 20 percent":
    // a prepositional phrase after the subject's head says where or of what; the head, before
    // it, is what rose.
    let mut p = end;
    while p > end.saturating_sub(3)
        && back(p).is_some_and(|j| t[j].kind == Kind::Word && !is_stop(&t[j].lower()) || t[j].capitalized())
    {
        p -= 1;
    }
    if p < end
        && matches!(prev(p).as_str(), "that" | "this" | "the" | "these" | "those")
        && back(p).is_some_and(|d| matches!(prev(d).as_str(), "from" | "in" | "at"))
    {
        p -= 1;
    }
    // (Only after a verb: "the crowd of 41,237" counts the crowd; nor past a participle, "Latinos
    // born in California was 18".)
    let head_is_noun = |j: usize| {
        content(j)
            && !t[j]
                .with_lower(|w| w.ends_with("ed") || w.ends_with("ing") || is_irregular_verb(w) || w == "born")
                .unwrap_or(true)
    };
    if prev(i) != "of"
        && p < end
        && matches!(prev(p).as_str(), "from" | "in" | "at")
        && back(p).and_then(back).is_some_and(head_is_noun)
    {
        end = back(p)?;
    }
    let mut start = end;
    while start > end.saturating_sub(3) && back(start).is_some_and(content) {
        start -= 1;
    }
    // "short-term borrowing costs hit 5.8 percent": a hyphenated compound is taken whole.
    while start < end
        && start >= 2
        && t[start - 1].is_char('-')
        && !t[start - 1].gap
        && !t[start].gap
        && t[start - 2].kind == Kind::Word
        && !t[start - 2].capitalized()
    {
        start -= 2;
    }
    (start < end).then_some((start, end))
}

/// Words a figure can start with (lowercase): hedges, currency codes, number words.
fn starts_figure(w: &str) -> bool {
    matches!(
        w,
        "more"
            | "greater"
            | "upwards"
            | "just"
            | "less"
            | "fewer"
            | "at"
            | "as"
            | "up"
            | "close"
            | "an"
            | "a"
            | "about"
            | "around"
            | "roughly"
            | "approximately"
            | "some"
            | "nearly"
            | "almost"
            | "estimated"
            | "approx"
            | "circa"
            | "ca"
            | "over"
            | "above"
            | "under"
            | "below"
            | "between"
            | "us"
            | "c"
            | "ca$"
            | "au"
            | "hk"
            | "nz"
            | "s"
            | "usd"
            | "eur"
            | "gbp"
            | "jpy"
            | "cny"
            | "chf"
            | "rs"
            | "half"
            | "three"
            | "tens"
            | "dozens"
            | "scores"
            | "hundreds"
            | "thousands"
            | "millions"
            | "billions"
            | "aged"
            | "age"
            | "ages"
    ) || ones(w).is_some()
        || ordinal_word(w).is_some()
        || w == "minus"
}

/// Auxiliaries and modals: after "one" they make it a pronoun ("the Democratic one would").
fn is_auxiliary(w: &str) -> bool {
    matches!(
        w,
        "is" | "are"
            | "am"
            | "was"
            | "were"
            | "would"
            | "will"
            | "can"
            | "could"
            | "should"
            | "may"
            | "might"
            | "must"
            | "shall"
            | "cannot"
            | "has"
            | "have"
            | "had"
            | "does"
            | "did"
    ) || w.ends_with("n't")
        || w.ends_with("n’t")
}

fn is_month_or_weekday(w: &str) -> bool {
    matches!(
        w,
        // Days named from now: "only one debate tonight".
        "today"
            | "tonight"
            | "tomorrow"
            | "yesterday"
            | "january"
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
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
    )
}

/// True when the number at `k` is one of three or more numbers joined by hyphens: a phone or
/// serial number ("303-954-2359"), not a figure. Looks at most three numbers each way.
fn in_number_chain(t: &[Token<'_>], k: usize) -> bool {
    let joined = |a: usize, b: usize| {
        t.get(a).is_some_and(|x| x.kind == Kind::Number)
            && t.get(a + 1).is_some_and(|x| x.is_char('-') && !x.gap)
            && t.get(b).is_some_and(|x| x.kind == Kind::Number && !x.gap)
    };
    let mut count = 1;
    let mut j = k;
    while count < 3 && joined(j, j + 2) {
        count += 1;
        j += 2;
    }
    let mut j = k;
    while count < 3 && j >= 2 && joined(j - 2, j) {
        count += 1;
        j -= 2;
    }
    count >= 3
}

/// True when the number at `k` is part of a phone-like group: it starts with a zero followed by a
/// digit, or it stands among three or more numbers separated by spaces only ("0300 333 4444",
/// "+44 20 7946 0958"). Running prose never writes figures that way.
fn in_digit_group(t: &[Token<'_>], k: usize) -> bool {
    let is_number = |j: usize| t.get(j).is_some_and(|x| x.kind == Kind::Number);
    let leading_zero = |j: usize| {
        t.get(j).is_some_and(|x| {
            x.kind == Kind::Number && x.text.len() > 1 && x.text.starts_with('0') && x.text.as_bytes()[1].is_ascii_digit()
        })
    };
    // The run of numbers around `k`, each separated from the last by white space alone.
    let mut first = k;
    while first > 0 && is_number(first - 1) && t[first].gap && k - first < 4 {
        first -= 1;
    }
    let mut last = k;
    while is_number(last + 1) && t[last + 1].gap && last - k < 4 {
        last += 1;
    }
    (first..=last).any(leading_zero) || last - first >= 2
}

/// "pounds" after the figure at `core..end` is money (not a weight) when a scale word is part of the
/// figure ("5 million pounds") or a word of paying comes just before it ("paid 500 pounds").
fn pounds_are_money(t: &[Token<'_>], core: usize, end: usize) -> bool {
    let scaled = end > core + 1;
    let paying = (core.saturating_sub(3)..core).any(|k| {
        matches!(
            word(t, k).as_str(),
            "cost"
                | "costs"
                | "paid"
                | "pay"
                | "pays"
                | "worth"
                | "fined"
                | "fine"
                | "spent"
                | "spend"
                | "price"
                | "priced"
                | "raised"
                | "earn"
                | "earned"
                | "earns"
                | "salary"
                | "fee"
                | "bill"
                | "sold"
                | "bought"
        )
    });
    scaled || paying
}

/// After a number at `k - 1`: a street address ("400 South and 700 East", "1600 Pennsylvania Avenue").
/// A compass word counts only when nothing capitalized follows ("400 South Koreans" is a figure).
fn is_street_number(t: &[Token<'_>], k: usize) -> bool {
    let Some(next) = t.get(k).filter(|x| x.kind == Kind::Word && x.capitalized()) else { return false };
    let compass = matches!(next.text, "North" | "South" | "East" | "West")
        && t.get(k + 1).is_none_or(|x| x.kind != Kind::Word || !x.capitalized());
    let street = t.get(k + 1).is_some_and(|x| {
        matches!(
            x.text.trim_end_matches('.'),
            "Street" | "St" | "Avenue" | "Ave" | "Road" | "Rd" | "Boulevard" | "Blvd" | "Drive" | "Lane" | "Place"
        )
    });
    compass || street
}

/// Nouns for a person that an age in apposition follows ("the policeman, 25,", "a woman, 40,").
fn is_person_noun(w: &str) -> bool {
    matches!(
        w,
        "man"
            | "woman"
            | "boy"
            | "girl"
            | "son"
            | "daughter"
            | "mother"
            | "father"
            | "wife"
            | "husband"
            | "brother"
            | "sister"
            | "victim"
            | "suspect"
            | "driver"
            | "officer"
            | "policeman"
            | "policewoman"
            | "soldier"
            | "teenager"
            | "student"
            | "resident"
            | "worker"
            | "gunman"
            | "pilot"
            | "patient"
            | "presenter"
            | "singer"
            | "actor"
            | "actress"
            | "star"
            | "player"
            | "coach"
            | "author"
            | "lawyer"
            | "doctor"
            | "nurse"
            | "teacher"
            | "farmer"
            | "businessman"
            | "businesswoman"
            | "journalist"
            | "reporter"
            | "athlete"
            | "veteran"
            | "retiree"
            | "widow"
            | "widower"
            | "grandmother"
            | "grandfather"
            | "mom"
            | "dad"
            | "child"
            | "baby"
            | "model"
            | "founder"
            | "owner"
            | "neighbor"
            | "neighbour"
            | "friend"
    )
}

/// A whole number at `k` that belongs to a name: after a capitalized word inside a sentence and
/// before a verb ("a super PAC called Future 45 ran ads", "Apollo 11 landed") or, in a sentence
/// that is not in title case, another capitalized word ("a way of managing Type 2 Diabetes").
/// Scores ("West Ham United 2 Manchester United 4"), polls ("Clinton 52, Sanders 48") and title-case
/// headlines ("Rooney Scores 3 Goals") keep their figures.
fn in_name(t: &[Token<'_>], k: usize) -> bool {
    if !t.get(k).is_some_and(|x| x.gap && x.text.bytes().all(|b| b.is_ascii_digit())) {
        return false;
    }
    // (A brand in camel case names too: "iPhone 5", "iPad 2".)
    let name = k.checked_sub(1).and_then(|p| t.get(p)).filter(|x| {
        x.kind == Kind::Word
            && (x.capitalized()
                || (x.text.starts_with(|c: char| c.is_ascii_lowercase())
                    && x.text.chars().skip(1).any(|c| c.is_ascii_uppercase())))
    });
    let Some(name) = name else { return false };
    // Mid-sentence: a word before the capitalized one ("called Future 45"), so it is a name, not an
    // opening word ("Yesterday 45 people …").
    // (A possessive counts as such a word: "Forbes’ Under 30 Summit".)
    let Some(before) = k
        .checked_sub(2)
        .and_then(|p| t.get(p))
        .filter(|x| x.kind == Kind::Word || (matches!(x.text, "'" | "’") && k >= 3 && t[k - 3].kind == Kind::Word && !x.gap))
    else {
        return false;
    };
    let name_lower = name.lower();
    // (Not after a Roman numeral: "Stalag Luft III 76 allied soldiers" lost its full stop.)
    let roman = name.text.bytes().all(|b| b"IVXLCDM".contains(&b));
    if roman || is_month_or_weekday(&name_lower) || name.text.len() < 2 || currency_word(&name_lower).is_some() {
        return false;
    }
    // A separate word after the number: "3G" and "10-K" are codes of their own.
    let Some(next) = t.get(k + 1).filter(|x| x.kind == Kind::Word && x.gap) else { return false };
    let next_lower = next.lower();
    if next.capitalized() {
        return !before.capitalized() && !is_month_or_weekday(&next_lower);
    }
    // A singular noun after the number is a thing of the name's: "Radio 4 presenter", "Fortune
    // 500 company", "Boeing 737 jet" (a count would take a plural: "Iowa 3 people" aside).
    let singular_noun = next_lower.len() > 2
        && !next_lower.ends_with('s')
        && next.text.bytes().all(|b| b.is_ascii_lowercase())
        && !is_stop(&next_lower)
        && !matches!(
            next_lower.as_str(),
            "people" | "children" | "men" | "women" | "police" | "staff" | "personnel" | "cattle" | "year" | "percent"
        )
        && ones(&next_lower).is_none();
    singular_noun
        || (next_lower.len() > 4 && next_lower.ends_with("ed"))
        || is_irregular_verb(&next_lower)
        || is_past_only_verb(&next_lower)
        || is_auxiliary(&next_lower)
}

/// Labels that make the number after them an identifier ("Resolution 2254", "Flight 17").
fn is_label(w: &str) -> bool {
    matches!(
        w,
        "resolution"
            | "article"
            | "flight"
            | "route"
            | "chapter"
            | "section"
            | "room"
            | "highway"
            | "interstate"
            | "paragraph"
            | "number"
            | "no"
            | "page"
            | "platform"
            | "gate"
            | "row"
            | "level"
            | "phase"
            | "grade"
            | "windows"
            | "iphone"
            | "ipad"
            | "ipod"
            | "version"
            | "covid"
            | "g"
            | "update"
            // "U.S. Code 18, Section 1001", "Title 42".
            | "code"
            | "title"
            // "School 21", "P.S. 122", "District 9".
            | "school"
            | "ps"
            | "district"
            | "precinct"
            | "ward"
            // "The Hangover Part 2", "Part 1 of a series".
            | "part"
            // Stock indexes: "Russell 2000", "FTSE 100", "Nikkei 225", "Fortune 500" ("S&P 500" below).
            | "russell"
            | "ftse"
            | "nikkei"
            | "fortune"
            | "dax"
            | "cac"
            | "stoxx"
            // A union's branch: "Service Employees International Union Local 1021".
            | "local"
            // Rules and ballot measures: "Rule 40", "Proposition 8", "Measure 91", "Question 1".
            | "rule"
            | "proposition"
            | "prop"
            | "measure"
            | "question"
            | "amendment"
            | "exhibit"
            // "Sirius XM Patriot Channel 125", "Channel 4 News", "Air Force One"-style call signs.
            | "channel"
            | "studio"
            | "stage"
    )
}

fn figure_at(t: &[Token<'_>], i: usize) -> Option<Match> {
    let first = t.get(i)?;
    // Cheap gate before any allocation: a figure starts with a digit, a currency sign or one of a few words.
    let may_start = match first.kind {
        Kind::Number => true,
        Kind::Punct => currency_symbol(t, i).is_some(),
        Kind::Word => first.with_lower(starts_figure).unwrap_or(false),
    };
    if !may_start {
        return None;
    }
    let mut j = i;
    let mut approx = None;
    let mut between = false;
    if let Some((code, n)) = hedge(t, j) {
        approx = Some(code);
        j += n;
    } else if is_word(t, j, "between") {
        between = true;
        j += 1;
    }
    // "aged 30", "under age 40", "ages 15-44": the marker is part of the figure.
    let age_marker = t.get(j + 1).is_some_and(|x| x.kind == Kind::Number)
        && !between
        && (is_word(t, j, "aged") || is_word(t, j, "age") || is_word(t, j, "ages"));
    if age_marker {
        j += 1;
    }
    // "minus 5 degrees"
    // ("plus or minus 4 points" is a margin, not a negative figure.)
    let negative = is_word(t, j, "minus") && !(j >= 2 && is_word(t, j - 2, "plus") && is_word(t, j - 1, "or"));
    if negative {
        j += 1;
    }
    let mut unit = None;
    let mut kind = QuantityKind::Number;
    if let Some((code, n)) = currency_symbol(t, j) {
        unit = Some(code);
        kind = QuantityKind::Money;
        j += n;
    }
    let core = j;
    let core_tok = t.get(core)?;
    // Sections of a code: "a 501(c)(3) organization" (the section and its subsections).
    let glued_at = |k: usize, text: &str| t.get(k).is_some_and(|x| !x.gap && x.text == text);
    if core_tok.kind == Kind::Number
        && ((glued_at(core + 1, "(") && t.get(core + 2).is_some_and(|x| !x.gap && x.text.len() == 1 && x.kind == Kind::Word))
            || (glued_at(core.wrapping_sub(1), "(") && glued_at(core.wrapping_sub(2), ")")))
    {
        return None;
    }
    // Identifiers: "COVID-19", "G20", "F-16", "Resolution 2254".
    if let Some(p) = core.checked_sub(1).and_then(|k| t.get(k)) {
        // (Not the country of "$US108": the sign before it makes it money.)
        if core_tok.kind == Kind::Number && !core_tok.gap && p.kind == Kind::Word && unit.is_none() {
            return None;
        }
        if core_tok.kind == Kind::Number
            && !core_tok.gap
            && p.is_char('-')
            && core.checked_sub(2).and_then(|k| t.get(k)).is_some_and(|x| x.kind == Kind::Word && !x.is("top"))
            // (The second side of a size is a figure: "8-by-11-inch".)
            && !(t[core - 2].is("by") && core.checked_sub(3).and_then(|k| t.get(k)).is_some_and(|x| x.is_char('-') && !x.gap))
        {
            return None;
        }
        // The second half of a docket number, "No. 14-915".
        if core_tok.kind == Kind::Number
            && !core_tok.gap
            && p.is_char('-')
            && core.checked_sub(4).and_then(|k| t.get(k)).is_some_and(|x| x.text == "No")
            && core.checked_sub(3).and_then(|k| t.get(k)).is_some_and(|x| x.is_char('.'))
        {
            return None;
        }
        if core_tok.kind == Kind::Number
            && p.kind == Kind::Word
            && is_label(&p.lower())
            && (p.capitalized()
                || matches!(
                    p.text,
                    "paragraph" | "page" | "chapter" | "section" | "article" | "precinct" | "iPhone" | "iPad" | "iPod"
                ))
        {
            return None;
        }
        // "the Standard & Poor's 500 index".
        if (p.is("'s") || p.is("’s")) && core.checked_sub(2).and_then(|k| t.get(k)).is_some_and(|x| x.text == "Poor") {
            return None;
        }
        // "the Group of 8", "Group of Seven": a club of nations by name.
        if p.is("of") && core.checked_sub(2).and_then(|k| t.get(k)).is_some_and(|x| x.text == "Group") {
            return None;
        }
        // "from Day One", "on day one": the very start, an idiom.
        if p.is("day") && core_tok.text.eq_ignore_ascii_case("one") {
            return None;
        }
        // "S&P 500", and The Times's "S.&P. 500".
        let letter_at = if p.is_char('.') { core.checked_sub(2) } else { core.checked_sub(1) };
        if core_tok.kind == Kind::Number
            && letter_at.and_then(|k| t.get(k)).is_some_and(|x| x.text == "P" || x.text == "P.")
            && letter_at.and_then(|k| k.checked_sub(1)).and_then(|k| t.get(k)).is_some_and(|x| x.is_char('&'))
        {
            return None;
        }
    }
    // A rank: "the No. 2 official", "at No. 2 in the draft" (the sign is part of the figure; "No. 10
    // Downing Street" is an address).
    if core_tok.kind == Kind::Number
        && unit.is_none()
        && approx.is_none()
        && i == core
        // ("our No.1 geopolitical foe": with or without the space.)
        && core_tok.text.bytes().all(|b| b.is_ascii_digit())
        && core.checked_sub(1).and_then(|k| t.get(k)).is_some_and(|x| x.is_char('.') && !x.gap)
        && core.checked_sub(2).and_then(|k| t.get(k)).is_some_and(|x| x.text == "No")
        && !is_street_number(t, core + 1)
    {
        // "Zubik v. Burwell, No. 14-1418": a docket number.
        if t.get(core + 1).is_some_and(|x| x.is_char('-') && !x.gap)
            && t.get(core + 2).is_some_and(|x| x.kind == Kind::Number && !x.gap)
        {
            return None;
        }
        return Some(Match::ordinal(t, core - 2, core + 1, core, core_tok.text.parse().ok()?));
    }
    // "a 911 call", "999 operators": an emergency number, no figure.
    if matches!(core_tok.text, "911" | "999" | "112")
        && i == core
        && matches!(
            word(t, core + 1).as_str(),
            "call"
                | "calls"
                | "caller"
                | "callers"
                | "dispatcher"
                | "dispatchers"
                | "operator"
                | "operators"
                | "system"
                | "center"
                | "centre"
                | "tapes"
                | "recording"
                | "recordings"
        )
    {
        return None;
    }
    // "reasons: 1) Unlike Cruz … and 2) Kasich": the numbers of a list, not figures.
    if core_tok.kind == Kind::Number
        && unit.is_none()
        && i == core
        && core_tok.text.len() <= 2
        && t.get(core + 1).is_some_and(|x| x.is_char(')') && !x.gap)
        && core
            .checked_sub(1)
            .and_then(|k| t.get(k))
            .is_none_or(|x| x.is_char(':') || x.is_char(';') || x.is("and") || x.is("or"))
        && !t[core.saturating_sub(8)..core].iter().any(|x| x.is_char('('))
    {
        return None;
    }
    // An attribute of scraped markup: timestamp="1470067200".
    if core_tok.kind == Kind::Number
        && !core_tok.gap
        && core.checked_sub(1).and_then(|k| t.get(k)).is_some_and(|x| matches!(x.text, "\"" | "'"))
        && core.checked_sub(2).and_then(|k| t.get(k)).is_some_and(|x| x.is_char('=') && !x.gap)
    {
        return None;
    }
    // A title in quotation marks that is a number alone: the film ""Nine."", "“Seven”".
    let is_quote = |x: &Token<'_>| x.kind == Kind::Punct && x.text.chars().all(|c| matches!(c, '"' | '“' | '”' | '\''));
    if core_tok.kind == Kind::Word
        && core_tok.capitalized()
        && core.checked_sub(1).and_then(|k| t.get(k)).is_some_and(|x| is_quote(x) && !core_tok.gap)
        && t.get(core + 1).is_some_and(|x| {
            !x.gap && (is_quote(x) || ((x.is_char('.') || x.is_char(',')) && t.get(core + 2).is_some_and(is_quote)))
        })
    {
        return None;
    }
    // Phone and serial numbers: three or more numbers joined by hyphens ("303-954-2359") or set side
    // by side ("0300 333 4444"), or a number with a leading zero ("020 7946 0958", "0800").
    if core_tok.kind == Kind::Number && (in_number_chain(t, core) || in_digit_group(t, core)) {
        return None;
    }
    // Ordinals: "45th", "first".
    if core_tok.kind == Kind::Number
        && let Some(s) = t.get(core + 1)
        && !s.gap
        && matches!(s.lower().as_str(), "st" | "nd" | "rd" | "th")
        && unit.is_none()
    {
        let v: f64 = core_tok.text.replace(',', "").parse().ok()?;
        return Some(Match::ordinal(t, core, core + 2, core, v));
    }
    if core_tok.kind == Kind::Word
        && unit.is_none()
        && approx.is_none()
        && !between
        && let Some(v) = ordinal_word(&core_tok.lower())
    {
        // "second" is also a unit of time and a verb: only after a determiner or in a compound
        // ("second-largest", "second- and first-order").
        let previous = core.checked_sub(1).map(|k| word(t, k)).unwrap_or_default();
        let determiner = matches!(previous.as_str(), "the" | "a" | "its" | "his" | "her" | "their" | "our" | "my" | "your");
        let compound = t.get(core + 1).is_some_and(|x| x.is_char('-') && !x.gap);
        // "first" as an adverb: "where the unrest first erupted", "was first asked".
        let next = word(t, core + 1);
        // "which first found evidence", "researchers first have to identify": before a verb form.
        let adverb = v == 1.0
            && !determiner
            && ((next.len() > 4 && next.ends_with("ed"))
                || is_irregular_verb(&next)
                || is_past_only_verb(&next)
                || is_auxiliary(&next)
                // ("which first heard about him", "when they first met")
                || matches!(next.as_str(), "heard" | "met" | "saw" | "won" | "ran" | "got" | "felt" | "fell" | "spoke"));
        // Compounds that name a kind, not a rank: "third-party", "first-hand", "second-hand".
        let idiom = compound && matches!(word(t, core + 2).as_str(), "party" | "parties" | "hand");
        // Titles and set phrases: "first lady Michelle Obama", "first responders", "first aid".
        let idiom = idiom
            || (v == 1.0 && matches!(word(t, core + 1).as_str(), "lady" | "ladies" | "responder" | "responders" | "aid"))
            // "first of all", "first and foremost", "at first": adverbs; "the Third World" is a name.
            || (v == 1.0 && word(t, core + 1) == "of" && word(t, core + 2) == "all")
            || (v == 1.0 && word(t, core + 1) == "and" && word(t, core + 2) == "foremost")
            // ("at first glance", "at first sight" too; not the bases of "at first base", "runners
            // at first and second").
            || (v == 1.0
                && core.checked_sub(1).is_some_and(|k| word(t, k) == "at")
                && !matches!(word(t, core + 1).as_str(), "base" | "and"))
            || (core_tok.capitalized() && t.get(core + 1).is_some_and(|x| x.text == "World"))
            // Inside a sentence a capitalized ordinal before a capitalized word is a name's: "the
            // Second Amendment", "the think tank Third Way", "Fifth Avenue" (a title-case headline's
            // "Wins Third Straight Race" has a capital before it).
            || (core_tok.capitalized()
                && t.get(core + 1).is_some_and(|x| x.kind == Kind::Word && x.capitalized())
                && core.checked_sub(1).and_then(|k| t.get(k)).is_some_and(|x| {
                    // (After a possessive only outside a title-case headline: "Alabama's Fifth
                    // Congressional District" is a name, "South Pole's First Building Blown Up" a rank.)
                    let possessive = matches!(x.text, "'s" | "’s");
                    x.kind == Kind::Word && !x.capitalized() && (!possessive || !title_case_around(t, core))
                }));
        // A capitalized ordinal after a capitalized word inside a sentence ends a name: "I want
        // America First", "the Pittsburgh Second Avenue" (not in a title-case headline).
        let idiom = idiom
            || (core_tok.capitalized()
                && core.checked_sub(1).and_then(|k| t.get(k)).is_some_and(|x| x.kind == Kind::Word && x.capitalized())
                && core.checked_sub(2).and_then(|k| t.get(k)).is_some_and(|x| x.kind == Kind::Word && !x.capitalized())
                && !title_case_around(t, core));
        // "First, Trump attacked …", "Second, …": a point of an argument opening its sentence.
        let enumerating = !determiner
            && t.get(core + 1).is_some_and(|x| x.is_char(','))
            && core.checked_sub(1).and_then(|k| t.get(k)).is_none_or(|x| x.kind == Kind::Punct);
        if (v != 2.0 || determiner || compound) && !adverb && !idiom && !enumerating {
            return Some(Match::ordinal(t, core, core + 1, core, v));
        }
        return None;
    }
    // Ages: "aged 30", "age 30".
    let previous = core.checked_sub(1).map(|k| word(t, k)).unwrap_or_default();
    // "by more than half": a hedge makes a bare "half" a figure.
    let (mut value, mut end, vague) = number(t, core, unit.is_some())
        .or_else(|| (approx.is_some() && word(t, core) == "half").then_some((0.5, core + 1, None)))?;
    // Street numbers: "400 South and 1600 West", "10 Downing Street".
    if core_tok.kind == Kind::Number && unit.is_none() && end == core + 1 && is_street_number(t, end) {
        return None;
    }
    // (A capitalized "Under" inside a sentence is a name's word too: "Forbes’ Under 30 Summit".)
    let name_word_before = approx.is_none() || (i + 1 == core && t[i].capitalized());
    if core_tok.kind == Kind::Number && unit.is_none() && name_word_before && end == core + 1 && in_name(t, core) {
        return None;
    }
    // Codes that start with a number: "a 10-K report", "3-D movies" (a capital letter joined by a
    // hyphen), "612.332.TIPS" (a number joined by a full stop to a word).
    if core_tok.kind == Kind::Number && unit.is_none() && end == core + 1 {
        let tight = |k: usize| t.get(k).is_some_and(|x| !x.gap);
        let joiner = |k: usize, c: char| t.get(k).is_some_and(|x| x.is_char(c) && !x.gap);
        let letter = t.get(end + 1).is_some_and(|x| x.kind == Kind::Word && x.text.len() == 1 && x.capitalized());
        // Only after a number that has a full stop of its own: "nearly 1000.Watch the video" is a
        // figure whose sentence lost its space.
        let dotted =
            core_tok.text.contains('.') && t.get(end + 1).is_some_and(|x| x.kind == Kind::Word || x.kind == Kind::Number);
        if tight(end + 1) && ((joiner(end, '-') && letter) || (joiner(end, '.') && dotted)) {
            return None;
        }
        // "the anti-EU 5-Star Movement and …": a name, capitalized on, then back to lower case. A
        // title-case headline's "in 50-Car Crash in Abu Dhabi" stays a figure: most longer words
        // around it are capitalized (a window, so a megabyte sentence stays linear).
        let capital = |k: usize| t.get(k).is_some_and(|x| x.kind == Kind::Word && x.capitalized());
        let lower = |k: usize| t.get(k).is_some_and(|x| x.kind == Kind::Word && !x.capitalized());
        if tight(end + 1)
            && joiner(end, '-')
            && capital(end + 1)
            && capital(end + 2)
            && lower(end + 3)
            && !title_case_around(t, core)
        {
            return None;
        }
    }
    if negative {
        value = -value;
    }
    // "<tweet id=\"771156540103417856\">", account and phone numbers: a run of a dozen or more
    // digits without separators is an identifier, not a figure.
    if core_tok.kind == Kind::Number && core_tok.text.len() >= 12 && core_tok.text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let core_word = core_tok.lower();
    // "one" as a pronoun ("one of them", "no one"), "a" alone, "some" alone are not figures.
    // ("that one in 45 children has autism": a rate, whatever comes before it.)
    let rate = word(t, end) == "in" && t.get(end + 1).is_some_and(|x| x.kind == Kind::Number || ones(&x.lower()).is_some());
    if core_tok.kind == Kind::Word && end == core + 1 && core_word == "one" && !rate {
        let next = word(t, end);
        // ("one of every nine voters" is a ratio.)
        if (matches!(next.as_str(), "of" | "another" | "and" | "who" | "that" | "which" | "day" | "thing" | "way")
            && !(next == "of" && word(t, end + 1) == "every"))
            // "one or the other" ("one or two days" is a range).
            || (next == "or" && ones(&word(t, end + 1)).is_none())
            || is_auxiliary(&next)
            || t.get(end).is_none_or(|x| x.kind != Kind::Word)
            || matches!(previous.as_str(), "no" | "any" | "every" | "each" | "the" | "this" | "that" | "either" | "neither")
            // "the latest one by the budget office", "a new one", "the other one": an adjective
            // makes it a pronoun ("at least one" stays a count).
            || (previous.ends_with("est") && previous != "least")
            || matches!(
                previous.as_str(),
                "new" | "old" | "other" | "same" | "right" | "wrong" | "big" | "bigger" | "small" | "smaller" | "real" | "good"
                    | "better" | "bad" | "worse" | "little" | "younger" | "older" | "last" | "main" | "key" | "final"
                    | "current" | "previous" | "next"
            )
            // "the only one with experience" ("only one candidate" is a count).
            || (previous == "only" && core.checked_sub(2).is_some_and(|k| word(t, k) == "the"))
            // "At one point, Cruz coached Trump": a moment of the story, not a count.
            || (previous == "at" && matches!(next.as_str(), "point" | "time" | "stage" | "moment"))
            // "one seeking to consolidate conservatives and the other favored", "her organization,
            // one built on the lessons of 2008": a pronoun before its participle phrase.
            // (Not "one evening in June": an -ing word only before "to" or an object.)
            || (next.len() > 4
                && next.ends_with("ing")
                && matches!(word(t, end + 1).as_str(), "to" | "the" | "a" | "an" | "his" | "her" | "their"))
            || ((next.len() > 4 && next.ends_with("ed") || matches!(next.as_str(), "built" | "made" | "led" | "run" | "known"))
                && matches!(word(t, end + 1).as_str(), "to" | "on" | "by" | "in" | "for" | "with" | "from" | "as"))
            // "The endorsement was one the campaign had long coveted", "The race is one he can
            // win": a pronoun before a relative clause.
            || (matches!(previous.as_str(), "is" | "was" | "are" | "were" | "be" | "been" | "'s" | "’s")
                && matches!(next.as_str(), "the" | "he" | "she" | "they" | "we" | "you" | "i" | "his" | "her" | "their" | "our"))
        {
            return None;
        }
    }
    // A spelled number ending a name ("on Air Force Two, where", "Formula One.") or numbering a
    // point ("Number two, between 2003 and 2012"): no count. A title-case headline's "Wins Two
    // States" goes on capitalized, so it stays a figure.
    if core_tok.kind == Kind::Word && end == core + 1 && unit.is_none() && approx.is_none() {
        let after_name = core_tok.capitalized()
            // (A name in mixed case: "… SHOOTING Three people have been detained" ran on from a headline.)
            && core.checked_sub(1).and_then(|k| t.get(k)).is_some_and(|x| {
                x.kind == Kind::Word && x.capitalized() && x.text.chars().any(char::is_lowercase)
            })
            && core.checked_sub(2).and_then(|k| t.get(k)).is_some_and(|x| x.kind == Kind::Word)
            && t.get(end).is_none_or(|x| x.kind != Kind::Word || !x.capitalized());
        let numbering = previous == "number" && t.get(end).is_some_and(|x| x.is_char(',') || x.is_char(':'));
        // A spelled number opening a name mid-sentence: "the progressive group One Wisconsin Now",
        // "director of One Wisconsin Now" (a small word before it, a capitalized one after, and no
        // title-case headline around; a plural after it is counted: "she earns Three Pinocchios").
        let opens_name = core_tok.capitalized()
            && core.checked_sub(1).and_then(|k| t.get(k)).is_some_and(|x| x.kind == Kind::Word && !x.capitalized())
            && t.get(end).is_some_and(|x| {
                x.kind == Kind::Word
                    && x.capitalized()
                    && !x.text.bytes().all(|b| b.is_ascii_uppercase())
                    && !x.text.ends_with('s')
            })
            && !title_case_around(t, core);
        if after_name || numbering || opens_name {
            return None;
        }
    }
    // "a six-figure ad buy", "a seven-figure salary": a size named by its digits, not a count of
    // figures (nor the sum itself, which it leaves open).
    if t.get(core + 1).is_some_and(|x| x.is_char('-') && !x.gap)
        && t.get(core + 2)
            .is_some_and(|x| !x.gap && x.with_lower(|w| matches!(w, "figure" | "figures" | "digit" | "digits")).unwrap_or(false))
    {
        return None;
    }
    // "a zero day flaw", "zero-day exploits", "zero-interest rates", "zero-sum": a kind of thing,
    // not a count.
    if core_word == "zero" && {
        let hyphen = t.get(core + 1).is_some_and(|x| x.is_char('-') && !x.gap);
        let k = if hyphen { core + 2 } else { core + 1 };
        word(t, k) == "day" || (hyphen && t.get(k).is_some_and(|x| x.kind == Kind::Word && !x.gap))
    } {
        return None;
    }
    // "put one foot in front of the other", "one foot out the door": a body's foot, not 0.3 m
    // ("one foot in diameter" is a length).
    if core_word == "one"
        && word(t, core + 1) == "foot"
        && ({
            let next = word(t, core + 2);
            // "With one foot propping her board": a verb of the foot.
            matches!(next.as_str(), "in" | "out" | "on" | "into") || (next.len() > 5 && next.ends_with("ing"))
        })
        && !matches!(word(t, core + 3).as_str(), "diameter" | "length" | "height" | "width" | "depth" | "size")
    {
        return None;
    }
    // "the five-and-dime": a shop.
    if core_word == "five"
        && t.get(core + 1).is_some_and(|x| x.is_char('-') && !x.gap)
        && word(t, core + 2) == "and"
        && word(t, core + 4) == "dime"
    {
        return None;
    }
    // "took time to high-five passersby": a greeting, not five of anything.
    if core_word == "five"
        && core.checked_sub(1).and_then(|k| t.get(k)).is_some_and(|x| x.is_char('-') && !x.gap)
        && core.checked_sub(2).is_some_and(|k| word(t, k) == "high")
    {
        return None;
    }
    if vague.is_some() && approx.is_none() {
        approx = vague;
    }
    // Ages: after a marker ("aged 30", "between the ages of 15 and 44"), or set off by commas after
    // a name ("Steven Leonard, 63, was shot").
    let before = |n: usize| core.checked_sub(n).and_then(|k| t.get(k));
    // "died at 60", "He was 60." (an obituary's phrases): a person's age.
    let small_whole = core_tok.text.bytes().all(|b| b.is_ascii_digit()) && (1.0..=120.0).contains(&value);
    let died_at = i == core
        && previous == "at"
        && core.checked_sub(2).is_some_and(|k| matches!(word(t, k).as_str(), "died" | "dies" | "dead" | "death"));
    // "He was 60.", "Lewis, who was 19 at the time, pleaded guilty", "Smith, who is 45, said".
    // ("who will be 86 on Tuesday": an age to come.)
    let subject_at = if previous == "be" && core.checked_sub(2).is_some_and(|k| word(t, k) == "will") { 3 } else { 2 };
    let pronoun_was = i == core
        && matches!(previous.as_str(), "was" | "is" | "be")
        && core.checked_sub(subject_at).is_some_and(|k| matches!(word(t, k).as_str(), "he" | "she" | "who"))
        && t.get(end).is_some_and(|x| {
            x.is_char('.')
                || x.is_char(',')
                || x.is_char(';')
                || x.is("when")
                || (x.is("at") && word(t, end + 1) == "the" && word(t, end + 2) == "time")
                || (subject_at == 3 && x.is("on"))
        });
    // "children under 18 were killed", "people over 65": an age limit of the people before it.
    let people_limit = small_whole
        && ((i < core && matches!(word(t, i).as_str(), "under" | "over")) || (i == core && and_older(t, end).is_some()))
        && i.checked_sub(1).is_some_and(|k| {
            matches!(
                word(t, k).as_str(),
                "children"
                    | "kids"
                    | "youths"
                    | "minors"
                    | "teens"
                    | "teenagers"
                    | "people"
                    | "adults"
                    | "those"
                    | "anyone"
                    | "everyone"
                    | "voters"
                    | "women"
                    | "men"
                    | "girls"
                    | "boys"
                    | "residents"
                    | "americans"
                    | "patients"
                    | "drivers"
                    | "blacks"
                    | "whites"
                    | "hispanics"
                    | "latinos"
                    | "seniors"
            )
        })
        && t.get(end).is_none_or(|x| {
            x.kind != Kind::Word
                || x.with_lower(|w| is_stop(w) || w == "and" || w == "or" || w.ends_with("ed") || is_irregular_verb(w))
                    .unwrap_or(false)
        });
    // "voters were 45 or older": only an age is older.
    let older =
        i == core && small_whole && matches!(word(t, end + 1).as_str(), "older" | "younger") && and_older(t, end).is_some();
    let is_age = age_marker
        || people_limit
        || older
        || (small_whole && (died_at || pronoun_was))
        || (core_tok.kind == Kind::Number
            && (matches!(previous.as_str(), "aged" | "age" | "ages")
                || (previous == "of" && core.checked_sub(2).is_some_and(|k| word(t, k) == "ages"))
                || (i == core
                    // "Mr. Sperling, then 38, said": the age at the time of the story.
                    && {
                        let comma = if previous == "then" { 2 } else { 1 };
                        // "John Floyd Thomas Jr., 74,": the suffix's full stop before the comma.
                        let name_at = if before(comma + 1).is_some_and(|x| x.is_char('.'))
                            && before(comma + 2).is_some_and(|x| x.is("Jr") || x.is("Sr"))
                        {
                            comma + 2
                        } else {
                            comma + 1
                        };
                        before(comma).is_some_and(|x| x.is_char(','))
                            && before(name_at).is_some_and(|x| {
                                x.kind == Kind::Word
                                    && ((x.capitalized() && !is_month_or_weekday(&x.lower()))
                                        // "The policeman, 25, was killed": a person named by a noun.
                                        || x.with_lower(is_person_noun).unwrap_or(false))
                            })
                    }
                    && core_tok.text.bytes().all(|b| b.is_ascii_digit())
                    && (1.0..=120.0).contains(&value)
                    && t.get(end).is_some_and(|x| {
                        // "Crutcher, 40 ― a father", "Smith, 63 — who": a dash closes it as well.
                        x.is_char(',') || x.is_char(')') || x.is_char('—') || x.is_char('―') || x.is_char('–')
                            // "said Carla Cruz, 24.": the speaker's age closes the sentence.
                            || (x.is_char('.') && said_before_name(t, core.saturating_sub(2)))
                    }))));
    let marker_before = !age_marker && i == core && matches!(previous.as_str(), "aged" | "age" | "ages");
    // "ratio": "four in 10", "one in five", "Three-in-five GOP insiders".
    let glued_dash = |k: usize| t.get(k).is_some_and(|x| x.is_char('-') && !x.gap);
    // Also "two in every three", "one of every nine voters", "one out of five", and the pollster's
    // "eight of 10" (of 10 or 100 only: "three of nine primaries" counts primaries).
    let (w1, w2) = (word(t, end), word(t, end + 1));
    let mut whole_of_ten_only = false;
    let whole_at = match (w1.as_str(), w2.as_str()) {
        ("in" | "of", "every") => end + 2,
        ("out", "of") if word(t, end + 2) == "every" => end + 3,
        ("out", "of") => end + 2,
        ("in", _) => end + 1,
        ("of", _) => {
            whole_of_ten_only = true;
            end + 1
        }
        _ if glued_dash(end) && w2 == "in" && glued_dash(end + 2) => end + 3,
        _ => usize::MAX,
    };
    if unit.is_none()
        && let Some(next) = t.get(whole_at)
        && (next.kind == Kind::Number || ones(&next.lower()).is_some())
        && let Some((whole, whole_end, None)) = number(t, whole_at, false)
        && (whole == 100.0
            || whole == 1000.0
            || (2.0..=10.0).contains(&whole)
            // "one in 45 children", "1 in 68 Americans": a rate of one in any whole before what it
            // counts (a four-digit whole may be a year: "won one in 2012").
            || (value == 1.0
                && w1 == "in"
                && whole.fract() == 0.0
                && (11.0..1000.0).contains(&whole)
                && counted_after(t, whole_end).is_some())
            // "the odds … come out to 1 in 64": odds, a rate whatever follows.
            || (value == 1.0
                && w1 == "in"
                && whole.fract() == 0.0
                && (11.0..=1e6).contains(&whole)
                && (i.saturating_sub(8)..i).any(|k| {
                    t[k].with_lower(|w| matches!(w, "odds" | "chance" | "chances" | "probability" | "risk" | "likelihood"))
                        .unwrap_or(false)
                })))
        // (And only before what it is a share of: a shooter's "4 of 10 for 10 points" is two counts.)
        && (!whole_of_ten_only
            || ((whole == 10.0 || whole == 100.0)
                && t.get(whole_at).is_some_and(|x| x.kind == Kind::Number)
                && counted_after(t, whole_end).is_some()))
        && value < whole
        && value.fract() == 0.0
    {
        value /= whole;
        end = whole_end;
    }
    let mut range_values = None;
    // Ranges: "40-50", "40 to 50", "between 40 and 50", "$5-6 billion".
    // "from 20 to 1,500" is a change, two figures; "20 to 1,500" and "between 40 and 50" are ranges.
    // ("anywhere from one to three", "ranging from 5 to 10 years" name a range, not a change.)
    let after_from = i.checked_sub(1).is_some_and(|k| word(t, k) == "from")
        && !i.checked_sub(2).is_some_and(|k| {
            matches!(
                word(t, k).as_str(),
                "anywhere" | "ranging" | "range" | "ranges" | "ranged" | "varying" | "vary" | "varies" | "varied"
            )
        });
    // "75 percent to 80 percent", "1% to 3%": the unit said twice, still one range (undone below
    // when no range comes of it).
    let percent_at = |k: usize| t.get(k).is_some_and(|x| x.is_char('%') || x.is("percent"));
    let unit_twice = unit.is_none()
        && percent_at(end)
        && ((word(t, end + 1) == "to" && !after_from) || t.get(end + 1).is_some_and(|x| x.is_char('-') && !x.gap))
        && t.get(end + 2).is_some_and(|x| x.kind == Kind::Number)
        && percent_at(end + 3)
        // (A poll's split is two figures: "(30 percent to 60 percent)", "a 42%-49% approval rating",
        // "lost the state 36 percent to 51 percent"; so is a change: "rose 7 percent to 33 percent".)
        && !i.checked_sub(1).and_then(|k| t.get(k)).is_some_and(|x| x.is_char('('))
        && !t[i.saturating_sub(4)..i].iter().any(|x| {
            x.with_lower(|w| {
                is_change_verb(w)
                    || matches!(w, "lost" | "won" | "beat" | "led" | "leads" | "lead" | "trailed" | "trails" | "defeated" | "topped")
            })
            .unwrap_or(false)
        })
        && !matches!(word(t, end + 4).as_str(), "approval" | "disapproval" | "favorability" | "rating" | "margin");
    if unit_twice {
        end += 1;
    }
    let joiner = t.get(end);
    let is_dash = joiner.is_some_and(|x| (x.is_char('-') || x.is_char('–')) && !x.gap);
    // "between the ages of 25 and 30": the marker stands between "between" and the figure.
    let between_ages = i == core
        && previous == "of"
        && core.checked_sub(2).is_some_and(|k| word(t, k) == "ages")
        && core.checked_sub(4).is_some_and(|k| word(t, k) == "between");
    let is_word_joiner =
        ((between || between_ages) && matches!(word(t, end).as_str(), "and" | "to")) || (word(t, end) == "to" && !after_from);
    // "three or four sectors", "a 20 or 30 percent premium": a range when the two are close (below).
    // (Not in a list, "100,000, 200,000 or 250,000", nor after "either": alternatives.)
    let is_or = !between
        && word(t, end) == "or"
        && end == core + 1
        && !i.checked_sub(1).and_then(|k| t.get(k)).is_some_and(|x| x.is_char(',') || x.is("either"));
    // The high end may repeat the currency: "$10 to $20".
    let high_at = match currency_symbol(t, end + 1) {
        Some((code, n)) if unit == Some(code) && !is_or => end + 1 + n,
        _ => end + 1,
    };
    if (is_dash || is_word_joiner || is_or)
        && t.get(high_at).is_some_and(|x| x.kind == Kind::Number || ones(&x.lower()).is_some())
        && let Some((high, high_end, _)) = number(t, high_at, unit.is_some())
    {
        let low_scaled = end > core + 1;
        let high_scaled = high_end > high_at + 1;
        // The high end's scale word: "billion" of "6 billion", "million" of "three million".
        let high_scale = high_end
            .checked_sub(1)
            .and_then(|k| t.get(k).filter(|x| x.kind == Kind::Word).map(|x| (x, k)))
            .and_then(|(x, k)| scale_word(&x.lower(), unit.is_some(), !x.gap && k > high_at));
        let low = match high_scale {
            // "$5-6 billion", "two or three million": the scale applies to both.
            Some(scale) if !low_scaled && high_scaled => value * scale,
            _ => value,
        };
        // "or" joins close alternatives only ("5 or 6", "20 or 30"), not a choice of any two numbers.
        let close = !is_or || (low > 0.0 && high <= 10.0 * low && value.fract() == 0.0);
        if high > low && close {
            range_values = Some([low, high]);
            value = low;
            end = high_end;
        }
    }
    if unit_twice && range_values.is_none() {
        end -= 1;
    }
    // "between 40" without its second figure: the figure alone (no recursion: "between between …" is junk).
    let start = if between && range_values.is_none() { i + 1 } else { i };
    if is_age
        && approx.is_none()
        && range_values.is_none()
        && let Some(code) = and_older(t, end)
    {
        approx = Some(code);
        end += 2;
    }
    if is_age {
        return Some(Match {
            start: if marker_before { core - 1 } else { start },
            end,
            core,
            value,
            unit: Some("year"),
            kind: QuantityKind::Age,
            approx,
            range_values,
            counted: None,
        });
    }
    // Ages: "30-year-old", "30 years old", "a 3-month-old baby", "17-year-olds", and the first of
    // "16- and 17-year-olds".
    {
        let hy = |k: usize| t.get(k).is_some_and(|x| x.is_char('-') && !x.gap);
        let old = |k: usize| matches!(word(t, k).as_str(), "old" | "olds");
        let age_unit = |k: usize| -> Option<&'static str> {
            match word(t, k).as_str() {
                "year" | "years" => Some("year"),
                "month" | "months" => Some("month"),
                "week" | "weeks" => Some("week"),
                "day" | "days" => Some("day"),
                _ => None,
            }
        };
        let age = |end: usize, unit: &'static str| Match {
            start,
            end,
            core,
            value,
            unit: Some(unit),
            kind: QuantityKind::Age,
            approx,
            range_values,
            counted: None,
        };
        // ("29-years-old", a common misspelling, too.)
        if hy(end)
            && hy(end + 2)
            && old(end + 3)
            && let Some(unit) = age_unit(end + 1)
        {
            return Some(age(end + 4, unit));
        }
        if let Some(unit) = age_unit(end).filter(|_| word(t, end + 1) == "old") {
            return Some(age(end + 2, unit));
        }
        // "16- and 17-year-olds", "six and seven-year-olds": the first age takes the unit of the
        // second; "18-to-34-year-olds", "18- to 24-year-old" are one range of ages.
        let hanging = t.get(end).is_some_and(|x| x.is_char('-'));
        let joint = end + usize::from(hanging);
        let connector = word(t, joint);
        if matches!(connector.as_str(), "and" | "or" | "to") {
            let second_at = joint + 1 + usize::from(hy(joint + 1));
            if let Some((second, after, _)) = number(t, second_at, false)
                && hy(after)
                && hy(after + 2)
                && old(after + 3)
                && let Some(unit) = age_unit(after + 1)
            {
                if connector == "to" && second > value {
                    return Some(Match { range_values: Some([value, second]), ..age(after + 4, unit) });
                }
                return Some(age(end, unit));
            }
        }
    }
    // Units after the number.
    let after = t.get(end);
    if let Some(a) = after {
        let w = a.lower();
        if a.is_char('%') || w == "percent" || w == "pct" {
            unit = Some("percent");
            kind = QuantityKind::Percent;
            end += 1;
        } else if a.is_char('-')
            && !a.gap
            && t.get(end + 1).is_some_and(|x| !x.gap && x.with_lower(|n| matches!(n, "percent" | "pct")).unwrap_or(false))
        {
            // "a 5.8-percent interest rate", "a 12.5-percent tax".
            unit = Some("percent");
            kind = QuantityKind::Percent;
            end += 2;
        } else if w == "per" && word(t, end + 1) == "cent" {
            unit = Some("percent");
            kind = QuantityKind::Percent;
            end += 2;
        } else if w == "percentage" && matches!(word(t, end + 1).as_str(), "point" | "points") {
            unit = Some("percentage_point");
            kind = QuantityKind::Percent;
            end += 2;
        } else if unit.is_none()
            && let Some(code) = currency_word(&w)
            && (code != "GBP" || !w.starts_with("pound") || pounds_are_money(t, core, end))
        {
            unit = Some(code);
            kind = QuantityKind::Money;
            end += 1;
        } else if unit.is_none() && (w == "pound" || w == "pounds") {
            // "280 pounds": a weight (money takes "£", a scale or a verb of paying).
            unit = Some("lb");
            kind = QuantityKind::Measure;
            end += 1;
        } else if unit.is_none()
            && matches!(w.as_str(), "cents" | "cent" | "pence" | "penny" | "p")
            && (w != "p" || (!a.gap && a.text == "p"))
        {
            // Hundredths of the currency: "65 cents" is 0.65 USD, "4.6 pence" 0.046 GBP.
            unit = Some(if w.starts_with('c') { "USD" } else { "GBP" });
            kind = QuantityKind::Money;
            value /= 100.0;
            range_values = range_values.map(|[a, b]| [a / 100.0, b / 100.0]);
            end += 1;
        } else if unit.is_none()
            && (w == "square" || w == "sq")
            && let Some(u) = measure_word(&word(t, end + 1), false)
        {
            unit = Some(square_unit(u));
            kind = QuantityKind::Measure;
            end += 2;
        } else if a.text == "G" && !a.gap {
            // "4G network", "3G phones": a generation of mobile networks, no figure (grams are "g").
            return None;
        } else if unit.is_none()
            && w == "stone"
            && t.get(end + 1).is_none_or(|x| {
                x.kind != Kind::Word
                    || x.with_lower(|n| matches!(n, "or" | "and" | "in" | "to" | "of" | "lighter" | "heavier" | "overweight"))
                        .unwrap_or(false)
            })
        {
            // The British weight of a person: "lost three stone", "three stone or more to lose"
            // (not "two stone lions").
            unit = Some("st");
            kind = QuantityKind::Measure;
            end += 1;
        } else if unit.is_none()
            && let Some(u) = measure_word(&w, !a.gap)
        {
            unit = Some(u);
            kind = QuantityKind::Measure;
            end += 1;
            // "2 degrees Celsius", "98.6 degrees Fahrenheit": the scale is part of the unit, not what is counted.
            if u == "deg"
                && let Some(scale) = temperature_scale(t, end)
            {
                unit = Some(scale);
                end += 1;
            }
        } else if unit.is_none()
            && matches!(a.text, "'" | "’" | "′")
            && !a.gap
            && t.get(core).is_some_and(|x| x.text.len() == 1)
            && let Some(inches) = t
                .get(end + 1)
                .filter(|x| !x.gap && x.kind == Kind::Number)
                .and_then(|x| x.text.parse::<u8>().ok())
                .filter(|n| *n < 12)
            && t.get(end + 2).is_some_and(|x| !x.gap && matches!(x.text, "\"" | "”" | "″" | "''"))
        {
            // A height in feet and inches: "6'3\"" is 6.25 ft.
            value += f64::from(inches) / 12.0;
            unit = Some("ft");
            kind = QuantityKind::Measure;
            end += 3;
        } else if a.is_char('°') {
            unit = Some("deg");
            kind = QuantityKind::Measure;
            end += 1;
            if matches!(t.get(end).map(|x| x.text), Some("C" | "F")) && !t.get(end).is_some_and(|x| x.gap) {
                unit = Some(if t.get(end).is_some_and(|x| x.text == "C") { "degC" } else { "degF" });
                end += 1;
            }
        } else if unit.is_none()
            && a.is_char('-')
            && !a.gap
            && word(t, end + 1) == "square"
            && t.get(end + 2).is_some_and(|x| x.is_char('-') && !x.gap)
            && t.get(end + 3).is_some_and(|x| !x.gap)
            && let Some(u) = measure_word(&word(t, end + 3), false)
        {
            // "a 150,000-square-foot activities center".
            unit = Some(square_unit(u));
            kind = QuantityKind::Measure;
            end += 4;
        } else if unit.is_none()
            && a.is_char('-')
            && !a.gap
            && t.get(end + 1).is_some_and(|x| !x.gap && x.kind == Kind::Word)
            && let Some(u) = measure_word(&word(t, end + 1), false)
        {
            // "a 40-yard dash", "a 10-mile walk".
            unit = Some(u);
            kind = QuantityKind::Measure;
            end += 2;
            // A height in feet and inches: "5-foot-11" is 5 ft 11 in (in feet, 5.92).
            if u == "ft"
                && t.get(end).is_some_and(|x| x.is_char('-') && !x.gap)
                && let Some(inches) = t
                    .get(end + 1)
                    .filter(|x| !x.gap && x.kind == Kind::Number)
                    .and_then(|x| x.text.parse::<u8>().ok())
                    .filter(|n| *n < 12)
            {
                value += f64::from(inches) / 12.0;
                end += 2;
            }
        } else if unit.is_none()
            && a.is_char('-')
            && !a.gap
            && word(t, end + 1) == "pound"
            && t.get(end + 1).is_some_and(|x| !x.gap)
            && !matches!(word(t, end + 2).as_str(), "note" | "notes" | "coin" | "coins" | "fine" | "bill" | "bills")
        {
            // "an 800-pound gorilla", "a 250-pound lineman": a weight (a sum in pounds is "£800" or
            // "800 pounds"; "a 10-pound note" stays money below).
            unit = Some("lb");
            kind = QuantityKind::Measure;
            end += 2;
        } else if unit.is_none()
            && a.is_char('-')
            && !a.gap
            && t.get(end + 1).is_some_and(|x| !x.gap)
            && let Some(code) = currency_word(&word(t, end + 1))
        {
            // "a billion-dollar machine", "a 10-euro note".
            unit = Some(code);
            kind = QuantityKind::Money;
            end += 2;
        } else if a.kind == Kind::Word && !a.gap && core_tok.kind == Kind::Number {
            // "3D", "5G", "4x4": glued letters make a name, not a figure.
            return None;
        }
    }
    // "our 50-plus population": the figure or more.
    if approx.is_none()
        && t.get(end).is_some_and(|x| x.is_char('-') && !x.gap)
        && word(t, end + 1) == "plus"
        && t.get(end + 1).is_some_and(|x| !x.gap)
    {
        approx = Some("at_least");
        end += 2;
    }
    // A hedge after the figure: "$3 million or more", "40 or so".
    if approx.is_none()
        && let Some(code) = and_older(t, end)
    {
        approx = Some(code);
        end += 2;
    }
    if approx.is_none() && word(t, end) == "or" {
        let code = match word(t, end + 1).as_str() {
            "more" | "higher" | "above" | "over" | "older" => Some("at_least"),
            "less" | "fewer" | "lower" | "under" | "younger" => Some("at_most"),
            "so" => Some("approx"),
            _ => None,
        };
        if let Some(code) = code {
            approx = Some(code);
            end += 2;
        }
    }
    // Money written after a currency code: "500 USD" handled above; "5 million euros" likewise.
    // In a compound adjective the noun after the hyphen is what is counted: "a two-goal deficit".
    let compound =
        t.get(end).is_some_and(|x| x.is_char('-') && !x.gap) && t.get(end + 1).is_some_and(|x| x.kind == Kind::Word && !x.gap);
    // "decided by 5-to-4 votes", "a 4-to-4 tie": a split, counting the noun after it.
    let split = compound
        && word(t, end + 1) == "to"
        && t.get(end + 2).is_some_and(|x| x.is_char('-') && !x.gap)
        && t.get(end + 3).is_some_and(|x| x.kind == Kind::Number && !x.gap);
    // "an 8-by-11-inch sheet": the first side of a size, in the unit named after the second, and
    // counting what the size is of.
    let side = compound
        && unit.is_none()
        && word(t, end + 1) == "by"
        && t.get(end + 2).is_some_and(|x| x.is_char('-') && !x.gap)
        && t.get(end + 3).is_some_and(|x| x.kind == Kind::Number && !x.gap);
    if side
        && t.get(end + 4).is_some_and(|x| x.is_char('-') && !x.gap)
        && let Some(u) = t.get(end + 5).filter(|x| !x.gap).and_then(|x| measure_word(&x.lower(), false))
    {
        unit = Some(u);
        kind = QuantityKind::Measure;
        return Some(Match { start, end, core, value, unit, kind, approx, range_values, counted: counted_after(t, end + 6) });
    }
    let counted = match kind {
        QuantityKind::Number if split => counted_after(t, end + 4),
        QuantityKind::Number if side => None,
        QuantityKind::Number if compound => Some((end + 1, end + 2)),
        QuantityKind::Number | QuantityKind::Percent | QuantityKind::Measure => {
            // "is almost 50 percent higher than": a difference, which counts nothing before it.
            let difference = t.get(end).is_some_and(|x| is_comparative(&x.lower()));
            // (A measure after a name is the person's height or weight, not a count of them:
            // "Bowers is 6-feet-3".)
            let of_a_name = kind == QuantityKind::Measure
                && counted_before(t, start).is_some_and(|(a, b)| t[a..b].iter().all(|x| x.kind != Kind::Word || x.capitalized()));
            // "15% enthusiastic and 24% satisfied": an adjective after a percentage says what
            // they are, not what is counted ("a 5 percent economic growth" goes on to its noun).
            let adjective_after_percent = kind == QuantityKind::Percent
                && t.get(end).is_some_and(|x| {
                    x.kind == Kind::Word
                        && x.with_lower(|v| {
                            ["ic", "ive", "ous", "ful", "able", "ible"].iter().any(|e| v.ends_with(e))
                                && !matches!(v, "public" | "music" | "traffic" | "republic")
                        })
                        .unwrap_or(false)
                })
                && t.get(end + 1).is_none_or(|x| x.kind != Kind::Word || x.with_lower(is_stop).unwrap_or(false));
            // ("Of those 30, 5 percent left": a verb right after a percentage is the clause's.)
            let verb_after_percent = kind == QuantityKind::Percent
                && t.get(end).is_some_and(|x| {
                    x.with_lower(|v| {
                        is_irregular_verb(v)
                                // (nouns too: "Bernie's 51% claim", "a 5 percent lead")
                                && !matches!(v, "claim" | "runs" | "wins" | "leads" | "remains" | "needs" | "stands" | "holds")
                    })
                    .unwrap_or(false)
                });
            if verb_after_percent || adjective_after_percent {
                None
            } else {
                counted_after(t, end).or_else(|| if difference || of_a_name { None } else { counted_before(t, start) })
            }
        }
        QuantityKind::Money => {
            if word(t, end) == "of" {
                counted_after(t, end)
            } else if word(t, end) == "in" {
                // ("$250 million in fixing up the resort": a verb, what the money went to; "$2
                // million in funding for" is counted.)
                let gerund = word(t, end + 1).ends_with("ing")
                    && matches!(
                        word(t, end + 2).as_str(),
                        "up" | "out" | "down" | "off" | "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our"
                    );
                counted_after(t, end + 1).filter(|(a, _)| *a == end + 1 && !gerund)
            } else {
                None
            }
        }
        _ => None,
    };
    Some(Match { start, end, core, value, unit, kind, approx, range_values, counted })
}

#[cfg(test)]
mod tests;
