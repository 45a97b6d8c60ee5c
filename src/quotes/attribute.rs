//! The attribution rules: inside one unit (a sentence, or the sentences one quotation spans),
//! find the cues, their speakers and their content, and sort the quotations into
//! direct, partial and mixed quotes.
//!
//! Rule-based (in the manner of the Gender Gap Tracker's syntactic rules, without a parser):
//! every rule looks at a bounded window of tokens, so a unit costs time linear in its length.

use std::ops::Range;

use super::QuoteKind;
use super::lexicon::{ANONYMOUS_HEADS, CueKind, LABELS, cue_after, cue_at, list};
use super::marks::Quoted;
use super::words::{Kind, Tok};

/// The longest speaker phrase, in tokens.
const MAX_SPEAKER_TOKENS: usize = 10;

/// A speaker as found in the text (byte ranges).
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    /// The speaker as written next to the cue.
    pub range: Range<usize>,
    /// The proper name inside it ("John Kerry" in "US Secretary of State John Kerry").
    pub name: Option<String>,
    /// The pronoun, lower-cased, when the speaker is one.
    pub pronoun: Option<String>,
    /// An unnamed source ("a source", "officials").
    pub anonymous: bool,
    /// An appositive or the descriptive words ("the director of a hospital …").
    pub description: Option<String>,
    /// For "who"/"which": the name of the phrase it refers to.
    pub antecedent: Option<String>,
}

/// One attribution found in a unit.
#[derive(Debug, Clone)]
pub struct Attr {
    /// Direct, partial, indirect or mixed.
    pub kind: QuoteKind,
    /// The content, byte range, without enclosing quote marks.
    pub content: Range<usize>,
    /// The cue, byte range.
    pub cue: Option<Range<usize>>,
    /// The speaker.
    pub speaker: Option<Found>,
    /// Index of the quotation this attribution is (direct/partial), if any.
    pub quote: Option<usize>,
}

/// What a unit yields: its attributions, and whether it ends by announcing a quote ("X said:").
#[derive(Debug, Default)]
pub struct UnitResult {
    /// The attributions, in text order of their content.
    pub attrs: Vec<Attr>,
    /// A speaker announced at the end of the unit with a colon and no content.
    pub announces: Option<(Found, Range<usize>)>,
    /// A unit that is only a speaker and a cue ("Clinton said."): it attributes the quotation
    /// of the unit before (the splitter ends a sentence after “…?”).
    pub trailing: Option<(Found, Range<usize>)>,
}

struct Frame {
    kind: CueKind,
    cue: Range<usize>,
    /// Token range of the speaker; may lie before the frame (inherited subject).
    speaker: Option<Range<usize>>,
    appositive: Option<Range<usize>>,
    /// First and one-past-last token of the frame itself (speaker + cue).
    start: usize,
    end: usize,
    inverted: bool,
}

fn bytes(toks: &[Tok], r: &Range<usize>) -> Range<usize> {
    toks[r.start].range.start..toks[r.end - 1].range.end
}

fn is_word_in(t: &Tok, list: &[&str]) -> bool {
    t.word() && list.contains(&t.lower.as_str())
}

fn is_end_punct(t: &Tok) -> bool {
    matches!(t.kind, Kind::Punct('.' | '!' | '?' | ';' | ')' | '…'))
}

/// Walks back from token `end` (exclusive) over a noun phrase, and over a parenthesis closing
/// it ("Sen. Jack Reed (D-R.I.)") or a share of people ("61 percent", "43 %").
fn phrase_before(toks: &[Tok], end: usize) -> Range<usize> {
    if end >= 2
        && toks[end - 1].punct(')')
        && let Some(open) = (end.saturating_sub(8)..end - 1).rev().find(|&k| toks[k].punct('('))
    {
        let np = noun_phrase_before(toks, open);
        return if np.is_empty() { end..end } else { np.start..end };
    }
    if end >= 2 && toks[end - 1].punct('%') && toks[end - 2].lower.starts_with(|c: char| c.is_ascii_digit()) {
        return end - 2..end;
    }
    // "more than 4 in 10", "three in 10"
    if end >= 3 && toks[end - 2].is("in") && toks[end - 1].lower.starts_with(|c: char| c.is_ascii_digit()) {
        let mut start = end - 3;
        while start > 0
            && end - start < 6
            && is_word_in(&toks[start - 1], &["than", "more", "less", "fewer", "about", "nearly", "almost", "roughly"])
        {
            start -= 1;
        }
        return start..end;
    }
    let np = noun_phrase_before(toks, end);
    // "61 percent", "four in 10", "half": numbers of people polled speak too.
    if np.is_empty()
        && end >= 2
        && toks[end - 1].word()
        && matches!(toks[end - 1].lower.as_str(), "percent" | "half" | "majority" | "third" | "quarter")
    {
        let mut start = end - 1;
        while start > 0
            && end - start < 6
            && toks[start - 1].word()
            && !is_word_in(&toks[start - 1], &["and", "but", "that", "while", "whereas"])
            && !toks[start - 1].cap
        {
            start -= 1;
        }
        return start..end;
    }
    np
}

/// Walks back from token `end` (exclusive) over a noun phrase.
fn noun_phrase_before(toks: &[Tok], end: usize) -> Range<usize> {
    let mut start = end;
    while start > 0 && end - start < MAX_SPEAKER_TOKENS {
        let t = &toks[start - 1];
        // "Rebel officials and rescue workers": "and" joins two nouns inside a phrase already begun.
        let joins = t.is("and") && start < end && start >= 2 && toks[start - 2].word() && !toks[start - 2].is_in(list::STOP);
        if !joins && (!t.word() || t.is_in(list::STOP) || !t.cap && cue_at(&[t.lower.as_str()], false).is_some()) {
            break;
        }
        if t.is_in(list::PRONOUNS) {
            if start == end {
                start -= 1;
            }
            break;
        }
        start -= 1;
    }
    // A phrase starts with a determiner, a capital or a plain noun, never with a preposition.
    while start < end && is_word_in(&toks[start], &["of", "in", "for", "from", "with", "by", "on", "at", "to"]) {
        start += 1;
    }
    // Nor with the time it happened: "Later the negotiator", "Last week the Huffington Post".
    while start + 1 < end
        && !is_word_in(&toks[start], DETERMINERS)
        && (is_word_in(&toks[start], INTRO)
            || opens_an_adverbial(&toks[start])
            || is_word_in(&toks[start], &["week", "month", "year", "night", "morning", "evening"]))
    {
        start += 1;
    }
    if looks_like_a_source(toks, &(start..end)) { start..end } else { end..end }
}

/// Cue words that are nouns as often as verbs.
const NOUN_OR_VERB: &[&str] = &[
    "claims",
    "notes",
    "states",
    "calls",
    "reports",
    "promises",
    "vows",
    "estimates",
    "tweets",
    "charges",
    "answers",
    "replies",
    "comments",
    "posts",
];

/// Words that open a noun phrase.
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those", "some", "several",
    "many", "most", "other", "another", "both", "all", "two", "three", "four", "five", "six", "ten", "dozens", "hundreds",
];

/// Whether a phrase found before a cue can be its source: it names someone (a capital, a
/// pronoun), is determined ("the ministry"), or has a head like "officials" or "experts".
/// Rejects verb phrases swept up from the clause before: "stripping out a", "derogatory".
fn looks_like_a_source(toks: &[Tok], r: &Range<usize>) -> bool {
    let Some(head) = r.clone().last().map(|i| &toks[i]) else { return true };
    let first = &toks[r.start];
    if first.word() && (!first.cap && first.lower.ends_with("ing") || is_word_in(first, &["having", "being"]))
        || is_word_in(head, &["of", "to", "for", "in", "on", "at", "with", "by", "from", "a", "an", "the"])
        || is_word_in(head, DETERMINERS) && r.len() > 1
    {
        return false;
    }
    toks[r.clone()].iter().any(|t| t.cap || t.is_in(list::PRONOUNS) || is_word_in(t, DETERMINERS))
        || head.is_in(list::ANONYMOUS_HEADS)
        || head.lower.len() > 3 && head.lower.ends_with('s') && !head.lower.ends_with("ss")
}

/// Reads a noun phrase forward from `start`: "the source", "Kerry", "a spokesman for the ministry".
fn phrase_after(toks: &[Tok], start: usize, stop: usize) -> Range<usize> {
    let mut end = start;
    while end < stop && end - start < MAX_SPEAKER_TOKENS {
        let t = &toks[end];
        if !t.word() || (t.is_in(list::STOP) && !(end == start && t.is_in(list::PRONOUNS))) {
            break;
        }
        if end > start && (cue_at(&[t.lower.as_str()], false).is_some() || is_word_in(t, &["who", "whose", "which", "that"])) {
            break;
        }
        end += 1;
        // "Rep. G.K. Butterfield (D-N.C.)": a parenthesis after a name belongs to it.
        if end < stop
            && toks[end].punct('(')
            && let Some(close) = (end + 1..stop.min(end + 8)).find(|&k| toks[k].punct(')'))
        {
            end = close + 1;
            break;
        }
        if end - start == 1 && t.is_in(list::PRONOUNS) {
            break;
        }
    }
    start..end
}

/// An appositive after token `at` (a comma): ", the title of Y" up to the next comma or the end.
fn appositive_after(toks: &[Tok], at: usize, stop: usize) -> Option<Range<usize>> {
    if !(at < stop && toks[at].punct(',')) {
        return None;
    }
    let first = toks.get(at + 1)?;
    let descriptive = is_word_in(first, &["the", "a", "an", "his", "her", "their", "its", "who", "which", "whose", "one"])
        || first.is_in(list::TITLES)
        || first.word() && !first.cap;
    if !descriptive || first.is_in(list::STOP) && !is_word_in(first, &["who", "which"]) {
        return None;
    }
    let mut end = at + 1;
    while end < stop
        && end - at <= 20
        && (toks[end].word() || matches!(toks[end].kind, Kind::Punct('(' | ')' | '-' | '\'' | '’')))
    {
        end += 1;
    }
    (end < stop && !matches!(toks[end].kind, Kind::Punct(',' | '.' | ';' | '!' | '?')))
        .then_some(())
        .map_or(Some(at + 1..end), |_| None)
}

/// Words that open a sentence before its subject: "In August, …", "On Thursday, however, …".
const INTRO: &[&str] = &[
    "once",
    "in",
    "on",
    "at",
    "after",
    "before",
    "during",
    "since",
    "for",
    "with",
    "when",
    "while",
    "as",
    "last",
    "this",
    "earlier",
    "later",
    "but",
    "and",
    "yet",
    "still",
    "however",
    "following",
    "meanwhile",
    "if",
    "although",
    "though",
    "because",
    "despite",
    "even",
    "instead",
    "now",
    "then",
    "so",
    "also",
    "by",
    "from",
    "over",
    "under",
    "amid",
    "until",
];

/// Whether a sentence's first word opens an adverbial or participial phrase rather than its
/// subject: "Hours after …,", "Outside,", "Having announced …,", "Speaking to reporters,".
fn opens_an_adverbial(t: &Tok) -> bool {
    const TIME_AND_PLACE: &[&str] = &[
        "early",
        "outside",
        "inside",
        "hours",
        "days",
        "weeks",
        "months",
        "years",
        "minutes",
        "moments",
        "shortly",
        "soon",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "yesterday",
        "today",
        "tonight",
        "asked",
        "pressed",
        "speaking",
        "having",
        "addressing",
        "writing",
        "responding",
        "appearing",
        "according",
    ];
    let w = t.lower.as_str();
    t.word() && (TIME_AND_PLACE.contains(&w) || w.len() > 5 && (w.ends_with("ing") || w.ends_with("ly")))
}

/// The subject of the unit, for cues whose own subject is elided ("… and said", ", saying"):
/// "The head of the rescue service, Ammar al Selmo, …" (the name speaks, the rest describes),
/// "On Thursday, however, Trump spoke …", "“…,” Blige sings …".
fn subject(toks: &[Tok], before: usize) -> Option<(Range<usize>, Option<Range<usize>>)> {
    let mut start = 0;
    // Past a quotation that opens the sentence: "“…,” Blige sings to Clinton before asking her".
    while start < before && (toks[start].quote().is_some() || toks[start].punct(',')) {
        start += 1;
    }
    // Past opening phrases, each ending with a comma.
    let mut guard = 0;
    while start < before && guard < 3 && (is_word_in(&toks[start], INTRO) || opens_an_adverbial(&toks[start])) {
        let comma = (start..before.min(start + 12)).find(|&k| toks[k].punct(','))?;
        start = comma + 1;
        guard += 1;
        // "At a campaign event in Ames, Iowa, on Sunday, …": the place and time run on.
        // A segment of capitals only ("Iowa,") or a short time phrase ("on Sunday,").
        while let Some(next) = (start..before.min(start + 4)).find(|&k| toks[k].punct(','))
            && next > start
            && toks[start..next].iter().all(|t| t.word() && (t.cap || is_word_in(t, INTRO)))
            && (toks[start..next].iter().all(|t| t.cap) || is_word_in(&toks[start], INTRO) && !toks[start].cap)
        {
            start = next + 1;
        }
    }
    let first = toks.get(start).filter(|_| start < before)?;
    // "former Secretary of State Hillary Clinton", "conservative activist Bob Klaus": lower-case
    // words before a name.
    let titled = (start + 1..before.min(start + 4))
        .take_while(|&k| toks[k].word() && !toks[k].is_in(list::STOP))
        .any(|k| toks[k].cap && !toks[k].is_in(list::NOT_NAMES));
    if !first.word()
        || !first.cap && !titled && !is_word_in(first, &["the", "a", "an"])
        || is_word_in(first, INTRO)
        || first.is_in(list::STOP)
    {
        return None;
    }
    // "Having …", "Recently, …", "Chastened by …": an opening participle or adverb, not a subject.
    let w = first.lower.as_str();
    if w.len() > 5 && (w.ends_with("ing") || w.ends_with("ly") || w.ends_with("ed")) {
        return None;
    }
    let named = first.cap && !first.is_in(list::NOT_NAMES);
    let mut end = start;
    while end < before && end - start < 14 && toks[end].word() && !(end > start && toks[end].is_in(list::STOP)) {
        let t = &toks[end];
        if end > start && !t.cap && cue_at(&[t.lower.as_str()], false).is_some() {
            break;
        }
        // A name is its run of capitals; a described subject runs to its verb ("… identified").
        if named && end > start && !(t.cap || t.is_in(list::NAME_PARTICLES)) {
            break;
        }
        if !named && end > start + 1 && !t.cap && t.lower.len() > 3 && t.lower.ends_with("ed") {
            break;
        }
        end += 1;
    }
    if end == start {
        return None;
    }
    // "…, Name Name," right after: the name is the speaker, the rest describes them.
    if end < before && toks[end].punct(',') {
        let mut name_end = end + 1;
        while name_end < before && toks[name_end].word() && (toks[name_end].cap || toks[name_end].is_in(list::NAME_PARTICLES)) {
            name_end += 1;
        }
        if name_end > end + 1 && name_end < before && toks[name_end].punct(',') {
            return Some((end + 1..name_end, Some(start..end)));
        }
    }
    Some((start..end, None))
}

fn find_frames(toks: &[Tok]) -> Vec<Frame> {
    let mut frames: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !toks[i].word() {
            i += 1;
            continue;
        }
        let second = toks.get(i + 1).map_or("", |t| t.lower.as_str());
        let words = [toks[i].lower.as_str(), second];
        let quote_near = toks[i + 1..(i + 5).min(toks.len())].iter().any(|t| t.quote().is_some());
        // A capitalised cue word inside the sentence is a name ("the United States"); after a
        // determiner it is a noun ("his claims", "the call").
        // After "to" it is an infinitive ("too early to tell", "declined to say").
        let named =
            i > 0 && (toks[i].cap || is_word_in(&toks[i - 1], DETERMINERS) && !toks[i - 1].is("that") || toks[i - 1].is("to"));
        // "wrote in an email: “…”": a colon and a quotation soon after stand for the clause.
        let colon_quote =
            (i + 1..(i + 9).min(toks.len().saturating_sub(1))).any(|k| toks[k].punct(':') && toks[k + 1].quote().is_some());
        let after_quote = toks[i.saturating_sub(8)..i].iter().any(|t| t.quote().is_some()) || colon_quote;
        // "claims", "notes", "calls": nouns as often as verbs; as verbs a clause, a quotation or
        // a pronoun follows ("Trump claims that …", "“…,” she notes.").
        let noun_like = NOUN_OR_VERB.contains(&toks[i].lower.as_str())
            && toks.get(i + 1).is_some_and(|t| {
                t.word()
                    && !is_word_in(t, &["that", "he", "she", "they", "it", "we", "i", "the", "a", "an", "his", "her", "their"])
                    && !t.cap
            });
        if noun_like {
            i += 1;
            continue;
        }
        let Some((kind, len)) = cue_after(&words, quote_near, after_quote).filter(|_| !named) else {
            i += 1;
            continue;
        };
        // "said" inside a speaker phrase already taken ("the so-called …") is not a cue.
        let cue = i..i + len;
        let frame = build_frame(toks, kind, cue, &frames);
        i = frame.end.max(i + len);
        frames.push(frame);
    }
    frames
}

fn build_frame(toks: &[Tok], kind: CueKind, cue: Range<usize>, frames: &[Frame]) -> Frame {
    let n = toks.len();
    let previous_end = frames.last().map_or(0, |f| f.end);
    let mut frame =
        Frame { kind, cue: cue.clone(), speaker: None, appositive: None, start: cue.start, end: cue.end, inverted: false };
    if kind == CueKind::According {
        let np = phrase_after(toks, cue.end, n);
        if !np.is_empty() {
            frame.end = np.end;
            frame.speaker = Some(np);
        }
        return frame;
    }
    // "Figueroa told USA Today." — the listener belongs to the frame when nothing follows it.
    if kind == CueKind::Speech {
        let after = listener_end(toks, &cue, n);
        if after > cue.end && (after >= n || !toks[after].word() || toks[after].is_in(list::TAIL_STARTS)) {
            frame.end = after;
        }
    }
    let mut j = cue.start;
    loop {
        while j > previous_end
            && (toks[j - 1].is_in(list::BETWEEN)
                || toks[j - 1].word() && !toks[j - 1].cap && toks[j - 1].lower.len() > 4 && toks[j - 1].lower.ends_with("ly"))
        {
            j -= 1;
        }
        // "Rep. Gwen Moore (D-Wis.) said": step over a parenthesis.
        if j > previous_end + 1
            && toks[j - 1].punct(')')
            && let Some(open) = (j.saturating_sub(10).max(previous_end)..j - 1).rev().find(|&k| toks[k].punct('('))
        {
            j = open;
            continue;
        }
        break;
    }
    let np = phrase_before(toks, j);
    let np = if np.start < previous_end { previous_end.min(np.end)..np.end } else { np };
    if !np.is_empty() && kind != CueKind::Participle {
        frame.start = np.start;
        frame.speaker = Some(np);
        return frame;
    }
    let lead = j.checked_sub(1).map(|k| &toks[k]);
    let inherit = kind == CueKind::Participle || lead.is_some_and(|t| is_word_in(t, &["and", "but", "then", "also"]));
    // "Sen. Jack Reed (D-R.I.), said": a comma after a party and state.
    if !inherit && lead.is_some_and(|t| t.punct(',')) && j >= 3 && toks[j - 2].punct(')') {
        let np = phrase_before(toks, j - 1);
        if !np.is_empty() && np.start >= previous_end {
            frame.start = np.start;
            frame.speaker = Some(np);
            return frame;
        }
    }
    if !inherit && lead.is_some_and(|t| t.punct(',')) && j >= 2 {
        // "Hamza al-Khatib, the director of a hospital, told …": skip back over the appositive
        // (or two: "Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said").
        let mut comma = j - 1;
        let mut k = comma;
        while k > previous_end && comma - k <= 16 && !toks[k - 1].punct(',') && toks[k - 1].word() {
            k -= 1;
        }
        if k > previous_end + 1 && toks[k - 1].punct(',') && k < comma && is_word_in(&toks[k], &["one", "a", "an", "the"]) {
            let mut k2 = k - 1;
            while k2 > previous_end && k - 1 - k2 <= 16 && !toks[k2 - 1].punct(',') && toks[k2 - 1].word() {
                k2 -= 1;
            }
            if k2 > previous_end + 1 && toks[k2 - 1].punct(',') && k2 < k - 1 {
                comma = k - 1;
                k = k2;
            }
        }
        if k > previous_end + 1 && toks[k - 1].punct(',') && k < comma {
            let opens = &toks[k];
            let name_only = toks[k..comma].iter().all(|t| t.word() && (t.cap || t.is_in(list::NAME_PARTICLES)))
                && !opens.is_in(list::NOT_NAMES);
            if name_only && comma - k <= 4 {
                // "the Russian Foreign Minister, Sergei Lavrov, called …": the name speaks, the rest describes.
                let before = phrase_before(toks, k - 1);
                frame.start = if before.is_empty() || before.start < previous_end { k } else { before.start };
                frame.speaker = Some(k..comma);
                frame.appositive = (!before.is_empty() && before.start >= previous_end).then_some(before);
                return frame;
            }
        }
        // "Leonard E. Burman, director of the centrist Tax Policy Center and a professor at
        // Syracuse University, said": find the nearest "Name," before the comma whose
        // following words describe (lower case, a determiner or a title), a proper name first.
        let mut best: Option<(Range<usize>, usize)> = None;
        let mut c = j - 1;
        while c > previous_end + 1 && j - 1 - c <= 40 {
            c -= 1;
            let t = &toks[c];
            if t.quote().is_some() || matches!(t.kind, Kind::Punct('.' | ';' | ':' | '!' | '?')) {
                break;
            }
            if !t.punct(',') || c + 1 >= j - 1 {
                continue;
            }
            let opens = &toks[c + 1];
            // "R-Ky." / "D-Ore.": a party and state after a legislator's name.
            let party = opens.word() && opens.cap && opens.lower.len() <= 7 && opens.lower.chars().nth(1) == Some('-');
            // "Trump's campaign manager": a possessive opens a description too.
            let possessive = opens.word() && (opens.lower.ends_with("'s") || opens.lower.ends_with("’s"));
            let describes = party
                || possessive
                || is_word_in(opens, &["the", "a", "an", "his", "her", "its", "their", "one"])
                || opens.is_in(list::TITLES)
                || opens.word() && !opens.cap && !opens.is_in(list::STOP)
                || opens.word() && opens.lower.chars().all(|ch| ch.is_ascii_digit());
            if !describes {
                continue;
            }
            let np = phrase_before(toks, c);
            if np.is_empty() || np.start < previous_end {
                continue;
            }
            let named = toks[np.start].cap && !toks[np.start].is_in(list::NOT_NAMES);
            if named {
                best = Some((np, c));
                break;
            }
            if best.is_none() {
                best = Some((np, c));
            }
        }
        if let Some((np, c)) = best {
            frame.start = np.start;
            frame.speaker = Some(np);
            frame.appositive = Some(c + 1..j - 1);
            return frame;
        }
    }
    let after_quote_or_comma =
        lead.is_some_and(|t| t.quote().is_some() || t.punct(',') || t.punct('—')) || (j == 0 && toks[cue.start].cap);
    if kind == CueKind::Speech && after_quote_or_comma {
        // "“…,” said Kerry, the top US diplomat."
        let np = phrase_after(toks, cue.end, n);
        let starts_well = np.clone().next().is_some_and(|s| {
            toks[s].cap && !toks[s].is_in(list::NOT_NAMES)
                || is_word_in(&toks[s], &["the", "a", "an", "one", "another", "his", "her", "their"])
                // "said retired neurosurgeon Ben Carson"
                || (s + 1..np.end.min(s + 4)).any(|k| toks[k].cap && !toks[k].is_in(list::NOT_NAMES))
        });
        let app = appositive_after(toks, np.end, n);
        let after = app.as_ref().map_or(np.end, |a| a.end);
        let ends = after >= n
            || matches!(toks[after].kind, Kind::Punct('.' | ',' | '!' | '?' | ';' | ':'))
            || toks[after].quote().is_some()
            // "said a former official who oversaw …"
            || is_word_in(&toks[after], &["who", "whose"]);
        if !np.is_empty() && starts_well && ends {
            frame.end = np.end;
            frame.inverted = true;
            if let Some(app) = appositive_after(toks, np.end, n) {
                frame.end = app.end;
                frame.appositive = Some(app);
            }
            frame.speaker = Some(np);
            return frame;
        }
    }
    if inherit {
        if let Some(prev) = frames.iter().rev().find(|f| f.speaker.is_some()) {
            frame.speaker = prev.speaker.clone();
            frame.appositive = prev.appositive.clone();
        } else if let Some((np, description)) = subject(toks, cue.start) {
            frame.speaker = Some(np);
            frame.appositive = description;
        }
    }
    frame
}

fn name_in(toks: &[Tok], r: &Range<usize>) -> Option<Range<usize>> {
    // The last run of capitalised words (with particles and initials), at most two full names long,
    // before a parenthesis ("Rep. Gwen Moore (D-Wis.)").
    let mut end = r.end;
    if end > r.start + 1
        && toks[end - 1].punct(')')
        && let Some(open) = (r.start..end - 1).rev().find(|&k| toks[k].punct('('))
    {
        end = open;
    }
    while end > r.start && (!toks[end - 1].cap || toks[end - 1].is_in(list::NOT_NAMES)) {
        end -= 1;
    }
    if end == r.start {
        return None;
    }
    let mut start = end - 1;
    let mut full = 1;
    while start > r.start {
        let t = &toks[start - 1];
        let initial = t.cap && t.lower.len() <= 2 && t.lower.ends_with('.');
        let particle = t.is_in(list::NAME_PARTICLES) && toks[start].cap;
        if !(t.cap || particle) || t.is_in(list::NOT_NAMES) || t.is_in(list::TITLES) {
            break;
        }
        if !(initial || particle) {
            if full == 2 {
                break;
            }
            full += 1;
        }
        start -= 1;
    }
    while start < end
        && (toks[start].is_in(list::TITLES) || toks[start].is_in(list::NAME_PARTICLES) || is_word_in(&toks[start], INTRO))
    {
        start += 1;
    }
    if start == end {
        return None;
    }
    let words: Vec<&str> = toks[start..end].iter().map(|t| t.lower.as_str()).collect();
    // A lone upper-case title or organisation word is not a person's name on its own.
    if words.iter().all(|w| ANONYMOUS_HEADS.contains(w)) {
        return None;
    }
    Some(toks[start].range.start..toks[end - 1].range.end)
}

fn describe(text: &str, toks: &[Tok], speaker: &Range<usize>, appositive: Option<&Range<usize>>) -> Found {
    let range = bytes(toks, speaker);
    let single = speaker.len() == 1;
    let pronoun = (single && toks[speaker.start].is_in(list::PRONOUNS)).then(|| toks[speaker.start].lower.to_string());
    let head = toks[speaker.clone()]
        .iter()
        .take_while(|t| !is_word_in(t, &["of", "for", "from", "with", "at", "in"]))
        .last()
        .unwrap_or(&toks[speaker.end - 1]);
    let anonymous = pronoun.is_none() && head.is_in(list::ANONYMOUS_HEADS);
    let name = if pronoun.is_some() || anonymous { None } else { name_in(toks, speaker).map(|r| text[r].to_string()) };
    let description = match appositive {
        Some(app) if !app.is_empty() => Some(text[bytes(toks, app)].to_string()),
        _ if name.is_none() && pronoun.is_none() => Some(text[range.clone()].to_string()),
        _ => None,
    };
    let antecedent = match pronoun.as_deref() {
        // "Roffman, who estimates …" / "commentators who have suggested …": the speaker is written
        // "who"; its name is the phrase before.
        Some("who" | "which") if speaker.start >= 1 => {
            let end = if toks[speaker.start - 1].punct(',') { speaker.start - 1 } else { speaker.start };
            let np = phrase_before(toks, end);
            let pronoun = np.len() == 1 && toks[np.start].is_in(list::PRONOUNS);
            (!np.is_empty() && !pronoun).then(|| describe(text, toks, &np, None)).and_then(|f| f.name.or(f.description))
        }
        _ => None,
    };
    Found { range, name, pronoun, anonymous, description, antecedent }
}

/// Trims punctuation tokens off both ends of a token range, and a dangling conjunction at its end
/// ("…, while" before the next speaker's clause).
fn trim_punct(toks: &[Tok], mut r: Range<usize>) -> Range<usize> {
    while r.start < r.end && matches!(toks[r.start].kind, Kind::Punct(_)) {
        r.start += 1;
    }
    while r.end > r.start
        && (matches!(toks[r.end - 1].kind, Kind::Punct(_))
            || is_word_in(&toks[r.end - 1], &["while", "and", "but", "as", "because", "or", "so", "whereas", "though"]))
    {
        r.end -= 1;
    }
    r
}

/// Where the listener after "told"/"asked" ends ("told Reuters", "told reporters"); `cue.end` when none.
fn listener_end(toks: &[Tok], cue: &Range<usize>, stop: usize) -> usize {
    let mut s = cue.end;
    let cue_word = toks[cue.start].lower.as_str();
    if matches!(cue_word, "told" | "tells" | "tell" | "telling" | "asked" | "asks" | "asking" | "urged" | "urging" | "warned")
        && s < stop
    {
        // "told “Fox News Sunday”": a programme's title in quotes is the listener.
        if toks[s].quote().is_some() && toks[s].range.len() < 40 && toks.get(s + 1).is_some_and(|t| !t.punct(':')) {
            return s + 1;
        }
        if toks[s].cap && toks[s].word() && !toks[s].is_in(list::PRONOUNS) {
            while s < stop
                && toks[s].word()
                && (toks[s].cap || is_word_in(&toks[s], &["of", "the"]) && toks.get(s + 1).is_some_and(|t| t.cap))
                && s - cue.end < 5
            {
                s += 1;
            }
        } else if toks[s].is_in(list::LISTENERS) {
            let det = is_word_in(&toks[s], &["the", "a", "an", "his", "their"]);
            s += 1;
            if det {
                while s < stop && s - cue.end < 4 && toks[s].word() && !is_word_in(&toks[s], &["that", "he", "she", "they", "it"])
                {
                    s += 1;
                }
            }
        }
    }
    s
}

/// Where the content after a cue starts: past a listener ("told Reuters"), "that", a colon.
fn content_start(toks: &[Tok], frame: &Frame, stop: usize) -> (usize, bool) {
    let mut s = listener_end(toks, &frame.cue, stop).max(frame.end);
    // "says of Clinton, “…”" / "saying during the debate last week, “…”": skip to the quotation.
    if s < stop
        && (toks[s].is_in(list::TAIL_STARTS) || toks[s].is("of"))
        && let Some(k) = (s..stop.min(s + 12))
            .take_while(|&k| {
                // "said Wednesday night that under Obama, “…”": a clause begins at "that".
                !toks[k].is("that") && (toks[k].word() || matches!(toks[k].kind, Kind::Punct(',' | ':' | '.' | '\'' | '’')))
            })
            .find(|&k| matches!(toks[k].kind, Kind::Punct(',' | ':')) && toks.get(k + 1).is_some_and(|t| t.quote().is_some()))
    {
        s = k;
    }
    // "said on Monday that …": jump to "that" when it comes soon.
    if s < stop
        && (toks[s].is("that") || toks[s].is_in(list::TAIL_STARTS))
        && let Some(k) = (s..stop.min(s + 7)).take_while(|&k| toks[k].word() || toks[k].punct(',')).find(|&k| toks[k].is("that"))
    {
        s = k + 1;
    }
    let mut colon = false;
    while s < stop && matches!(toks[s].kind, Kind::Punct(':' | ',' | '—' | '–' | '-')) {
        colon |= toks[s].punct(':') || toks[s].punct(',');
        s += 1;
    }
    (s, colon)
}

fn word_count(toks: &[Tok], r: &Range<usize>) -> usize {
    toks[r.clone()].iter().filter(|t| t.word()).count()
}

fn quote_content(quotes: &[Quoted], q: usize) -> Range<usize> {
    quotes[q].content.clone()
}

/// Whether words read as a title or a name: two words or more, each longer than three letters
/// capitalised, and no sentence's end ("Fox News Sunday", "Make Your Kid a Millionaire").
fn is_title(words: &str) -> bool {
    let words = words.trim_end_matches(|c: char| c == ',' || c.is_whitespace());
    words.split_whitespace().count() >= 2
        && !words.ends_with(['.', '!', '?'])
        && words.split_whitespace().filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() > 3).count() >= 1
        && words
            .split_whitespace()
            .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() > 3)
            .all(|w| w.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_uppercase))
}

fn starts_lower(text: &str, r: &Range<usize>) -> bool {
    text[r.clone()].chars().find(|c| c.is_alphanumeric()).is_some_and(char::is_lowercase)
}

/// Finds the attributions of one unit. `toks` are its tokens, `quotes` its quotations.
pub fn unit(text: &str, toks: &[Tok], quotes: &[Quoted]) -> UnitResult {
    let mut result = UnitResult::default();
    let n = toks.len();
    // A transcript line: "WALLACE: Let's start …" — an upper-case name and a colon open the unit.
    let lead = toks.iter().take_while(|t| matches!(t.kind, Kind::Punct(_))).count().min(2);
    if let Some(colon) = toks.iter().take(lead + 4).position(|t| t.punct(':'))
        && colon > lead
        && colon + 1 < n
        && toks[lead..colon]
            .iter()
            .all(|t| t.word() && t.cap && t.lower.chars().count() > 1 && text[t.range.clone()].chars().all(|c| !c.is_lowercase()))
        && !LABELS.contains(&&text[toks[lead].range.start..toks[colon - 1].range.end])
    {
        let speaker = describe(text, toks, &(lead..colon), None);
        let body = trim_punct(toks, colon + 1..n);
        if !body.is_empty() {
            let content = match (toks[body.start].quote(), body.len()) {
                (Some(q), 1) => quotes[q].content.clone(),
                _ => bytes(toks, &body),
            };
            result.attrs.push(Attr {
                kind: QuoteKind::Direct,
                content,
                cue: Some(toks[colon].range.clone()),
                speaker: Some(speaker),
                quote: toks[body.start].quote(),
            });
            return result;
        }
    }
    let frames = find_frames(toks);
    let mut used = vec![false; quotes.len()];
    let mut nested = vec![false; frames.len()];
    for (fi, frame) in frames.iter().enumerate() {
        if nested[fi] {
            continue;
        }
        let speaker = frame.speaker.as_ref().map(|s| describe(text, toks, s, frame.appositive.as_ref()));
        let cue = Some(bytes(toks, &frame.cue));
        let next_start = frames.get(fi + 1).map_or(n, |f| f.start);
        let prev_end = if fi == 0 { 0 } else { frames[fi - 1].end };
        let lead = frame.start.checked_sub(1).map(|k| &toks[k]);
        let emit = |kind: QuoteKind, content: Range<usize>, quote: Option<usize>, result: &mut UnitResult| {
            result.attrs.push(Attr { kind, content, cue: cue.clone(), speaker: speaker.clone(), quote });
        };
        match frame.kind {
            CueKind::Naming => {
                for tok in &toks[frame.end..(frame.end + 4).min(next_start).max(frame.end)] {
                    if let Some(q) = tok.quote() {
                        used[q] = true;
                        emit(QuoteKind::Partial, quote_content(quotes, q), Some(q), &mut result);
                    }
                }
                continue;
            }
            CueKind::According => {
                let at_start = trim_punct(toks, 0..frame.start).is_empty();
                let range =
                    if at_start { trim_punct(toks, frame.end..next_start) } else { trim_punct(toks, prev_end..frame.start) };
                emit_content(text, toks, quotes, range, &mut used, &mut |k, c, q| emit(k, c, q, &mut result));
                continue;
            }
            _ => {}
        }
        // Content before ("“…,” he said." / "…, officials said.") or after ("he said that …").
        let tail = frame.end;
        let told = matches!(toks[frame.cue.start].lower.as_str(), "told" | "tells" | "asked" | "asks");
        let tail_is_end = tail >= next_start
            || (told && (tail..next_start.min(tail + 6)).take_while(|&k| toks[k].word()).count() + tail < next_start && {
                let k = tail + (tail..next_start.min(tail + 6)).take_while(|&k| toks[k].word()).count();
                is_end_punct(&toks[k]) || toks[k].punct(',')
            })
            || is_end_punct(&toks[tail])
            || toks[tail].punct(',')
            || (toks[tail].is_in(list::TAIL_STARTS)
                && (tail..next_start.min(tail + 9)).any(|k| is_end_punct(&toks[k]) || toks[k].punct(','))
                && !(tail..next_start.min(tail + 9)).any(|k| toks[k].is("that")));
        // Right after a quotation, the cue closes it unless a colon, "that" or another quotation follows:
        // "“…,” Gowdy said sarcastically." / "“…,” X said after Pagliano failed to show up."
        let after_quote = lead.is_some_and(|t| t.quote().is_some())
            && !(tail < next_start && (toks[tail].punct(':') || toks[tail].quote().is_some() || toks[tail].is("that")));
        // "On this weekend’s broadcast of “Fox News Sunday,” Pence said …": a capitalised quotation that
        // a word of the reporter's sentence leads into is a name or a title, not the statement.
        let embedded_lead = lead.and_then(Tok::quote).is_some_and(|q| {
            let mut first = frame.start - 1;
            while first > prev_end && toks[first - 1].quote().is_some() {
                first -= 1;
            }
            first > prev_end
                && toks[first - 1].word()
                && toks[prev_end..first].iter().all(|t| t.quote().is_none())
                && !starts_lower(text, &quotes[q].content)
        }) || lead
            .and_then(Tok::quote)
            .is_some_and(|q| is_title(&text[quotes[q].content.clone()]) && frame.start - 1 > prev_end);
        // "When someone shouted, “Cruz,” Beck joked, “Amen, brother!”": a quotation an earlier cue
        // claimed is not this one's statement; its statement follows.
        let lead_claimed = lead.and_then(Tok::quote).is_some_and(|q| used[q]);
        let content_before = frame.kind == CueKind::Speech
            && !embedded_lead
            && !lead_claimed
            && (frame.inverted || tail_is_end || after_quote)
            && lead.is_some_and(|t| t.quote().is_some() || t.punct(',') || t.punct('—'));
        if content_before {
            let lead_index = frame.start - 1;
            let lead_quote = toks[lead_index].quote();
            let clause = trim_punct(toks, prev_end..lead_index);
            if let Some(q) = lead_quote
                && starts_lower(text, &quotes[q].content)
                && !clause.is_empty()
                && toks[clause.clone()].iter().all(|t| t.quote().is_none())
                && word_count(toks, &clause) >= 1
            {
                // "Teachers … are “very, very pro-Bernie,” Kilfoyle said.": the quoted words finish
                // the reporter's clause, which is the statement.
                used[q] = true;
                let content = toks[clause.start].range.start..quotes[q].outer.end;
                emit(QuoteKind::Mixed, content, Some(q), &mut result);
            } else if let Some(q) = lead_quote {
                // The run of quotations just before: “A.” “B,” he said.
                let mut first = lead_index;
                while first > prev_end && toks[first - 1].quote().is_some() {
                    first -= 1;
                }
                for tok in &toks[first..=lead_index] {
                    let Some(q) = tok.quote() else { continue };
                    used[q] = true;
                    emit(QuoteKind::Direct, quote_content(quotes, q), Some(q), &mut result);
                }
                let _ = q;
            } else {
                let mut range = trim_punct(toks, prev_end..lead_index);
                // "The museum, Mr. Obama said, would make visitors face uncomfortable truths": the
                // statement runs on both sides of the frame; the content is the longer side.
                if tail < next_start && toks[tail].punct(',') && toks.get(tail + 1).is_some_and(|t| t.quote().is_none()) {
                    let end = (tail + 1..next_start).find(|&k| toks[k].punct(';')).unwrap_or(next_start);
                    let after = trim_punct(toks, tail + 1..end);
                    // An opening adverbial ("As a phone rang, he said, …") is not the statement.
                    let adverbial = range.clone().next().is_some_and(|k| is_word_in(&toks[k], INTRO));
                    // "“You squeezed employees” to drive up the price, she said, referencing the bank's
                    // sales drive": a participle after the frame describes the saying; the quoted
                    // words before are the statement.
                    let participle = after.clone().next().is_some_and(|k| toks[k].word() && toks[k].lower.ends_with("ing"))
                        && toks[range.clone()].iter().any(|t| t.quote().is_some());
                    if !participle && (adverbial || word_count(toks, &after) > word_count(toks, &range)) {
                        range = after;
                    }
                }
                emit_content(text, toks, quotes, range, &mut used, &mut |k, c, q| emit(k, c, q, &mut result));
            }
            // “A,” he said, “B.” / “A,” Trump said during a rally in Kenansville, N.C., “but B.”
            let resumes = (tail..n.min(tail + 16))
                .take_while(|&k| toks[k].word() || matches!(toks[k].kind, Kind::Punct(',' | ':' | '(' | ')' | '-' | '.')))
                .find(|&k| {
                    matches!(toks[k].kind, Kind::Punct(',' | ':')) && toks.get(k + 1).is_some_and(|t| t.quote().is_some())
                });
            if let Some(k) = resumes
                && frames.get(fi + 1).is_none_or(|f| f.start > k)
                && let Some(q) = toks[k + 1].quote()
                && !used[q]
            {
                used[q] = true;
                emit(QuoteKind::Direct, quote_content(quotes, q), Some(q), &mut result);
            }
            continue;
        }
        let (mut start, mut separated) = content_start(toks, frame, next_start);
        // "The Times reported that Trump had claimed …": the inner report is part of the content.
        let mut next_start = next_start;
        if start >= next_start
            && start > 0
            && toks[start - 1].is("that")
            && frames.get(fi + 1).is_some_and(|f| f.start == start && !f.inverted)
        {
            nested[fi + 1] = true;
            next_start = frames.get(fi + 2).map_or(n, |f| f.start);
            (start, separated) = content_start(toks, frame, next_start);
        }
        if start >= next_start || trim_punct(toks, start..next_start).is_empty() {
            // "X said:" closing the unit announces the quotation that follows.
            if let (Some(s), Some(last)) = (speaker.clone(), toks.get(n.saturating_sub(1)))
                && last.punct(':')
            {
                result.announces = Some((s, bytes(toks, &frame.cue)));
            } else if let Some(s) = speaker.clone()
                && frame.start == 0
            {
                result.trailing = Some((s, bytes(toks, &frame.cue)));
            }
            continue;
        }
        // "he said “budget reforms” and the collection of unpaid taxes would help": quoted words
        // opening a longer reported clause are part of it.
        let clause_after = toks[start].quote().is_some_and(|q| {
            !text[quotes[q].content.clone()]
                .trim_end_matches(|c: char| super::marks::is_mark(c) || c == ',')
                .ends_with(['.', '?', '!'])
        }) && (!separated || start >= 2 && toks[start - 2].is("that"))
            && {
                let end = (start + 1..next_start).find(|&k| toks[k].punct(';')).unwrap_or(next_start);
                let rest = trim_punct(toks, start + 1..end);
                word_count(toks, &rest) >= 4 && !toks[rest.start].punct(',') && toks[rest.start].word()
            };
        if let Some(q) = toks[start].quote()
            && !clause_after
        {
            used[q] = true;
            let content = quote_content(quotes, q);
            let rest = trim_punct(toks, start + 1..next_start);
            // "Protesters chanted “What curfew?” and kept going": a whole sentence, capital to stop.
            let whole = !starts_lower(text, &content)
                && text[content.clone()].trim_end_matches(|c: char| super::marks::is_mark(c)).ends_with(['.', '?', '!']);
            let kind = if separated || whole || rest.is_empty() && !starts_lower(text, &content) {
                QuoteKind::Direct
            } else {
                QuoteKind::Partial
            };
            emit(kind, content, Some(q), &mut result);
            continue;
        }
        let mut end = next_start;
        if let Some(k) = (start..next_start).find(|&k| toks[k].punct(';')) {
            end = k;
        }
        let range = trim_punct(toks, start..end);
        let called_for = frame.cue.len() == 2 && matches!(toks[frame.cue.start].lower.as_str(), "called" | "calls" | "call");
        if called_for {
            for k in range.clone() {
                if let Some(q) = toks[k].quote() {
                    used[q] = true;
                    emit(QuoteKind::Partial, quote_content(quotes, q), Some(q), &mut result);
                }
            }
            if toks[range.clone()].iter().any(|t| t.quote().is_some()) {
                continue;
            }
        }
        emit_content(text, toks, quotes, range, &mut used, &mut |k, c, q| emit(k, c, q, &mut result));
    }
    // Quotations no cue claimed.
    let all_quotes = toks.iter().all(|t| t.quote().is_some() || matches!(t.kind, Kind::Punct(_)));
    for (q, quoted) in quotes.iter().enumerate() {
        if used[q] {
            continue;
        }
        let Some(k) = toks.iter().position(|t| t.quote() == Some(q)) else { continue };
        // "(CROSSTALK.)", "[Applause]": a transcript's stage direction, not speech.
        let inner = text[quoted.content.clone()].trim_end_matches(['.', ' ']);
        if (inner.starts_with('(') && inner.ends_with(')')) || (inner.starts_with('[') && inner.ends_with(']')) {
            continue;
        }
        // "“…” ― Carla Sanchez." / "“…” — John Smith, a voter": a dash names the speaker.
        if toks.get(k + 1).is_some_and(|t| matches!(t.kind, Kind::Punct('―' | '—' | '–')))
            && toks.get(k + 2).is_some_and(|t| t.word() && t.cap)
        {
            let np = phrase_after(toks, k + 2, n);
            let app = appositive_after(toks, np.end, n);
            let after = app.as_ref().map_or(np.end, |a| a.end);
            if !np.is_empty() && (after >= n || is_end_punct(&toks[after])) {
                let speaker = describe(text, toks, &np, app.as_ref());
                result.attrs.push(Attr {
                    kind: QuoteKind::Direct,
                    content: quoted.content.clone(),
                    cue: Some(toks[k + 1].range.clone()),
                    speaker: Some(speaker),
                    quote: Some(q),
                });
                continue;
            }
        }
        // "“Go back,” Trump barked." / "He jokes, “It’s a never ending line!”" / "Gillibrand: ‘I think
        // she will.’": a quotation framed by a speaker and a verb the lexicon does not know.
        if let Some((speaker, cue)) = unknown_verb_frame(text, toks, quoted, k) {
            result.attrs.push(Attr {
                kind: QuoteKind::Direct,
                content: quoted.content.clone(),
                cue: Some(cue),
                speaker: Some(describe(text, toks, &speaker.0, speaker.1.as_ref())),
                quote: Some(q),
            });
            continue;
        }
        if all_quotes {
            result.attrs.push(Attr {
                kind: QuoteKind::Direct,
                content: quoted.content.clone(),
                cue: None,
                speaker: None,
                quote: Some(q),
            });
            continue;
        }
        // "an episode of “The Steve Harvey Morning Show”": a title inside the reporter's prose is a name,
        // not quoted speech.
        if is_title(&text[quoted.content.clone()]) && !is_title(&text[bytes(toks, &(0..n))]) {
            continue;
        }
        // Embedded quoted words: take the nearest frame of the unit, else keep longer ones unattributed.
        let frame = frames.iter().rev().find(|f| f.end <= k).or_else(|| frames.first());
        let words = text[quoted.content.clone()].split_whitespace().count();
        // "… her answer: “Of course I believe in the devil.”": a whole sentence in quote marks after a
        // colon or comma, ending the unit, is a direct quotation even when no cue introduces it.
        let whole_sentence = k > 0
            && matches!(toks[k - 1].kind, Kind::Punct(':' | ','))
            && trim_punct(toks, k + 1..n).is_empty()
            && !starts_lower(text, &quoted.content)
            && words >= 2;
        let kind = if whole_sentence { QuoteKind::Direct } else { QuoteKind::Partial };
        match frame {
            Some(f) => {
                let speaker = f.speaker.as_ref().map(|s| describe(text, toks, s, f.appositive.as_ref()));
                result.attrs.push(Attr {
                    kind,
                    content: quoted.content.clone(),
                    cue: Some(bytes(toks, &f.cue)),
                    speaker,
                    quote: Some(q),
                });
            }
            // "Hollande condemned the “attack whose terrorist nature cannot be denied”": no cue, but
            // the subject's own verb frames the quoted words; the subject is their source.
            None if let Some((np, description, verb)) = subject_and_verb(toks, k) => result.attrs.push(Attr {
                kind,
                content: quoted.content.clone(),
                cue: Some(toks[verb].range.clone()),
                speaker: Some(describe(text, toks, &np, description.as_ref())),
                quote: Some(q),
            }),
            // "… a new campaign message: “It's about me.”": a short whole sentence after a colon too.
            None if words >= 4 || whole_sentence && toks[k - 1].punct(':') => {
                result.attrs.push(Attr { kind, content: quoted.content.clone(), cue: None, speaker: None, quote: Some(q) })
            }
            None => {}
        }
    }
    result.attrs.sort_by_key(|a| a.content.start);
    result
}

/// The subject of the unit, when a verb follows it right away and the quotation at token `k`
/// comes within a dozen tokens after that verb: (subject, its description, the verb's token).
#[allow(clippy::type_complexity)]
fn subject_and_verb(toks: &[Tok], k: usize) -> Option<(Range<usize>, Option<Range<usize>>, usize)> {
    let (mut np, description) = subject(toks, k)?;
    let first = &toks[np.start];
    if first.is_in(list::PRONOUNS) {
        np.end = np.start + 1;
    }
    // "It", "There", "This": no source.
    if is_word_in(first, &["it", "there", "this", "that", "which", "who", "you", "we", "i"]) {
        return None;
    }
    let after = np.end.max(description.as_ref().map_or(0, |d| d.end));
    let verb = toks.get(after).filter(|t| t.word() && !t.cap && !t.is_in(list::STOP))?;
    let verbal = verb.lower.ends_with("ed") || verb.lower.ends_with('s') && !verb.lower.ends_with("ss");
    (verbal && k > after && k - after <= 12).then_some((np, description, after))
}

/// A speaker (token range, appositive) and a cue (byte range) framing the quotation at token `k`
/// with a verb outside the lexicon, in the two shapes news uses for a whole quoted statement:
/// the quotation opens the unit and ends with a comma, "?" or "!" inside its marks, then a
/// speaker and a verb ("“…,” Trump barked") or a verb and a speaker ("“…,” reads an editorial");
/// or the quotation closes the unit after a subject, maybe a verb, and a comma or colon
/// ("He jokes, “…”", "Gillibrand: “…”").
#[allow(clippy::type_complexity)]
fn unknown_verb_frame(
    text: &str,
    toks: &[Tok],
    quoted: &Quoted,
    k: usize,
) -> Option<((Range<usize>, Option<Range<usize>>), Range<usize>)> {
    let n = toks.len();
    let opens_unit = toks[..k].iter().all(|t| matches!(t.kind, Kind::Punct(_)));
    let closing = text.get(quoted.content.end..quoted.outer.end).unwrap_or("");
    let statement_end = closing.contains([',', '?', '!']) || text[quoted.content.clone()].ends_with(['?', '!']);
    let verb_like = |t: &Tok| t.word() && !t.cap && t.lower.len() >= 3 && !t.is_in(list::STOP) && !is_word_in(t, DETERMINERS);
    if opens_unit && statement_end && k + 2 < n {
        let first = &toks[k + 1];
        let np_start = first.cap && !first.is_in(list::NOT_NAMES) || is_word_in(first, &["he", "she", "they", "we", "i", "the"]);
        if np_start {
            // The speaker: a pronoun, a run of capitals ("Trump", "Sen. Ben Sasse"), or "the" and a
            // few words up to the verb ("the candidate's wife").
            let mut end = k + 2;
            if first.cap && !first.is_in(list::PRONOUNS) {
                while end < n && toks[end].word() && (toks[end].cap || toks[end].is_in(list::NAME_PARTICLES)) {
                    end += 1;
                }
            } else if first.is("the") {
                while end < n
                    && end < k + 6
                    && toks[end].word()
                    && !(end > k + 2
                        && verb_like(&toks[end])
                        && (toks[end].lower.ends_with("ed") || toks[end].lower.ends_with('s')))
                {
                    end += 1;
                }
            }
            let np = k + 1..end;
            if np.end < n && verb_like(&toks[np.end]) {
                let cue = toks[np.end].range.clone();
                return Some(((np, None), cue));
            }
        } else if verb_like(first) && (first.lower.ends_with("ed") || first.lower.ends_with('s')) {
            let np = phrase_after(toks, k + 2, n);
            let head = toks.get(k + 2);
            let starts_well = head.is_some_and(|t| t.cap && !t.is_in(list::NOT_NAMES) || is_word_in(t, &["the", "a", "an"]));
            let ends = np.end >= n || matches!(toks[np.end].kind, Kind::Punct('.' | ',' | '!' | '?'));
            if !np.is_empty() && starts_well && ends {
                let app = appositive_after(toks, np.end, n);
                return Some(((np, app), first.range.clone()));
            }
        }
    }
    // "… — Frank Newport and Jim Harter: “We found …”": names and a colon right before the quotation.
    if k >= 2 && toks[k - 1].punct(':') && toks[k - 2].cap {
        let mut start = k - 1;
        while start > 0 && k - 1 - start < 6 && toks[start - 1].word() && (toks[start - 1].cap || toks[start - 1].is("and")) {
            start -= 1;
        }
        let bounded = start == 0 || matches!(toks[start - 1].kind, Kind::Punct('-' | '—' | '–' | '―' | '.' | ',' | ';'));
        if bounded && !toks[start].is("and") && !toks[start].is_in(list::NOT_NAMES) {
            return Some(((start..k - 1, None), toks[k - 1].range.clone()));
        }
    }
    let closes_unit = trim_punct(toks, k + 1..n).is_empty();
    if closes_unit && k >= 2 && matches!(toks[k - 1].kind, Kind::Punct(':' | ',')) && !starts_lower(text, &quoted.content) {
        let (mut np, description) = subject(toks, k - 1)?;
        if toks[np.start].is_in(list::PRONOUNS) {
            np.end = np.start + 1;
        }
        let after = np.end.max(description.as_ref().map_or(0, |d| d.end));
        let cue = if after + 1 == k {
            Some(toks[k - 1].range.clone())
        } else {
            toks.get(after).filter(|t| verb_like(t)).map(|t| t.range.clone())
        };
        // Only the subject, its verb and a few words may stand before the mark.
        if let Some(cue) = cue
            && k - 1 - after <= 6
        {
            return Some(((np, description), cue));
        }
    }
    None
}

/// Emits reported content: indirect without quotation marks, mixed with them.
fn emit_content(
    text: &str,
    toks: &[Tok],
    quotes: &[Quoted],
    range: Range<usize>,
    used: &mut [bool],
    emit: &mut dyn FnMut(QuoteKind, Range<usize>, Option<usize>),
) {
    if range.is_empty() {
        return;
    }
    let inside: Vec<usize> = toks[range.clone()].iter().filter_map(Tok::quote).collect();
    let words = word_count(toks, &range);
    // "said pointedly, with a smile: “Can happen when you’re 45.”": a whole quotation closing the
    // content after a colon or comma is the statement; the words before it frame it.
    if let Some(k) = (range.clone()).rev().find(|&k| toks[k].quote().is_some())
        && k > range.start
        && matches!(toks[k - 1].kind, Kind::Punct(':' | ','))
        && trim_punct(toks, k + 1..range.end).is_empty()
        && let Some(q) = toks[k].quote()
        && !starts_lower(text, &quotes[q].content)
    {
        for &other in &inside {
            used[other] = true;
        }
        emit(QuoteKind::Direct, quotes[q].content.clone(), Some(q));
        return;
    }
    if inside.len() == 1 && words == 0 {
        let q = inside[0];
        used[q] = true;
        emit(QuoteKind::Direct, quotes[q].content.clone(), Some(q));
        return;
    }
    // "to leave", "or not", "It was": too short to be a statement.
    if words < 3 && inside.is_empty() {
        return;
    }
    for &q in &inside {
        used[q] = true;
    }
    let kind = if inside.is_empty() { QuoteKind::Indirect } else { QuoteKind::Mixed };
    let mut content = bytes(toks, &range);
    // A clause that opens and closes with the quotation marks of one quote keeps them outside.
    if let (Some(first), Some(last)) = (toks[range.start].quote(), toks[range.end - 1].quote())
        && first == last
    {
        content = quotes[first].content.clone();
    }
    emit(kind, content, inside.first().copied());
}
