//! Stage 2: structure — boilerplate, headline, byline, dateline, paragraphs, sentences.
//!
//! Reads the normalized text; writes [`Structure`] onto the [`Document`].

pub mod boilerplate;
pub mod header;
pub mod links;
pub mod paragraphs;
pub mod sentences;

use std::ops::Range;

use jiff::civil::Date;

use crate::document::Document;
use boilerplate::Kind;

/// How many paragraphs from the top may hold the headline and byline.
const HEAD_PARAGRAPHS: usize = 8;

/// The structure layer. All ranges are into the normalized text.
#[derive(Debug, Clone, Default)]
pub struct Structure {
    /// Paragraphs of article text, in order.
    pub paragraphs: Vec<Range<usize>>,
    /// Sentences of article text, each with its index in `paragraphs`.
    pub sentences: Vec<(Range<usize>, usize)>,
    /// Paragraphs that are page furniture, with their kind, in order.
    pub boilerplate: Vec<(Range<usize>, Kind)>,
    /// The headline paragraph.
    pub headline: Option<Range<usize>>,
    /// The byline and the names in it.
    pub byline: Option<(Range<usize>, Vec<Range<usize>>)>,
    /// The first dateline of the story.
    pub dateline: Option<header::DatelineMatch>,
    /// The first full date written in the head of the page (byline, timestamp, first paragraphs).
    pub date_in_text: Option<Date>,
    /// The words of the headline and the sentences with their keys, read once for the stages that
    /// count words (keyphrases, summary).
    pub words: crate::words::Words,
    /// Web and e-mail addresses and handles written out in the text, sorted and disjoint
    /// ([`links::links`]). The stages that read words, figures and times skip them.
    pub links: Vec<Range<usize>>,
}

/// What one paragraph of the page turned out to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Body,
    Boilerplate(Kind),
    Headline,
    Byline,
}

/// Finds the structure of `doc` and stores it in `doc.structure`.
pub fn run(doc: &mut Document<'_>) {
    let text = doc.text();
    let candidates = paragraphs::paragraphs(text);
    let mut roles: Vec<Role> = candidates
        .iter()
        .map(|range| boilerplate::classify(&text[range.clone()]).map_or(Role::Body, Role::Boilerplate))
        .collect();
    mark_trailing_furniture(text, &candidates, &mut roles);

    let mut structure = Structure { links: links::links(text), ..Structure::default() };
    mark_head(text, &candidates, &mut roles, &mut structure);

    for (range, role) in candidates.iter().zip(&roles) {
        match role {
            Role::Boilerplate(kind) => structure.boilerplate.push((range.clone(), *kind)),
            Role::Body => {
                let index = structure.paragraphs.len();
                structure.paragraphs.push(range.clone());
                let mut from = range.start;
                if structure.dateline.is_none()
                    && let Some(found) = header::dateline(text, range)
                {
                    from = found.body_start;
                    structure.dateline = Some(found);
                }
                structure.sentences.extend(sentences::sentences(text, from..range.end).into_iter().map(|s| (s, index)));
            }
            Role::Headline | Role::Byline => {}
        }
    }
    structure.date_in_text = date_in_head(text, &candidates, &roles);
    structure.words = crate::words::Words::read(
        text,
        structure.headline.as_ref(),
        structure.sentences.iter().map(|(r, _)| r),
        &structure.links,
    );
    doc.structure = structure;
}

/// Title-like lines after the story are related headlines; a last line cut mid-sentence is truncated.
fn mark_trailing_furniture(text: &str, candidates: &[Range<usize>], roles: &mut [Role]) {
    let body_count = roles.iter().filter(|r| **r == Role::Body).count();
    // A text of one or two paragraphs has no trailing furniture to speak of.
    if body_count < 3 {
        return;
    }
    for (range, role) in candidates.iter().zip(roles.iter_mut()).rev() {
        let paragraph = &text[range.clone()];
        match role {
            Role::Boilerplate(_) => continue,
            _ if boilerplate::is_title_like(paragraph) => *role = Role::Boilerplate(Kind::RelatedHeadline),
            _ if boilerplate::is_cut_off(paragraph) => {
                *role = Role::Boilerplate(Kind::TruncatedLine);
                break;
            }
            _ => break,
        }
    }
}

/// Finds the headline and byline among the first paragraphs.
fn mark_head(text: &str, candidates: &[Range<usize>], roles: &mut [Role], structure: &mut Structure) {
    let body_count = roles.iter().filter(|r| **r == Role::Body).count();
    let mut seen_body = 0;
    for (range, role) in candidates.iter().zip(roles.iter_mut()).take(HEAD_PARAGRAPHS) {
        if *role != Role::Body {
            continue;
        }
        if structure.byline.is_none()
            && let Some(found) = header::byline(text, range)
        {
            structure.byline = Some(found);
            *role = Role::Byline;
            continue;
        }
        let paragraph = &text[range.clone()];
        // The headline is the first line of text, and only if an article follows it.
        if seen_body == 0
            && structure.headline.is_none()
            && body_count >= 2
            && header::is_headline(paragraph)
            && header::dateline(text, range).is_none()
        {
            structure.headline = Some(range.clone());
            *role = Role::Headline;
            continue;
        }
        seen_body += 1;
    }
}

/// The first full date in the byline, a timestamp line or the first few paragraphs.
///
/// In a paragraph of the article a date counts only where a page puts its own date: a short line
/// ("Updated Sep 23, 2016 10:41 am"), the start of a paragraph, or right after "published",
/// "updated" or "posted". A date inside a sentence ("the rivalry began on April 18, 1958", "the
/// highest level since September 25, 2008") is an event's: taking it would resolve every
/// "yesterday" of the article against it, which is worse than leaving them unresolved.
fn date_in_head(text: &str, candidates: &[Range<usize>], roles: &[Role]) -> Option<Date> {
    candidates.iter().zip(roles).take(HEAD_PARAGRAPHS).find_map(|(range, role)| {
        let paragraph = &text[range.clone()];
        let (at, date) = header::first_full_date(paragraph)?;
        match role {
            Role::Byline | Role::Boilerplate(Kind::Timestamp) => Some(date),
            Role::Body if is_date_line(paragraph, at.start) => Some(date),
            _ => None,
        }
    })
}

/// The longest paragraph that is taken as a line about the article ("Published 12:30 PM ET, Fri
/// September 23, 2016 | By Staff") rather than part of it, and how far into a paragraph its date may
/// start ("Sep 23, 2016 —", "Thursday, 22 September 2016").
const DATE_LINE_BYTES: usize = 100;
const DATE_LINE_START: usize = 40;

/// Whether the date starting at byte `date_at` of `paragraph` is the page's own date.
fn is_date_line(paragraph: &str, date_at: usize) -> bool {
    let mut from = date_at.saturating_sub(DATE_LINE_START);
    while !paragraph.is_char_boundary(from) {
        from -= 1;
    }
    let before = paragraph[from..date_at].to_ascii_lowercase();
    if ["published", "updated", "posted", "last modified"].iter().any(|cue| before.contains(cue)) {
        return true;
    }
    // "On July 6, 2011, the two countries signed": a sentence's date, however short.
    let last_word = before.trim_end().rsplit(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
    if matches!(last_word, "on" | "since" | "until" | "till" | "by" | "before" | "after" | "from" | "through" | "of" | "in") {
        return false;
    }
    paragraph.len() <= DATE_LINE_BYTES || date_at <= DATE_LINE_START
}
