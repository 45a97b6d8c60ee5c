//! Links written out in the text: web addresses, e-mail addresses and social-media handles.
//!
//! Scraped articles end with "Read more: http://politi.co/2176fPm" and cite
//! "nytimes.com/2016/11/09/us/politics.html". The digits and words of such a link are not the
//! story's years, figures, names or key phrases, so the stages that read words skip these ranges
//! (see [`crate::structure::Structure::links`]).
//!
//! URLs and e-mail addresses are found by the `linkify` crate, which gets their ends right
//! around punctuation and brackets. Handles ("@AP") are matched by hand: linkify has no notion
//! of them and the rule is one line.

use std::ops::Range;

use linkify::{LinkFinder, LinkKind};

/// The links of `text`, sorted and disjoint, as byte ranges.
///
/// A URL counts when it has a scheme (`https://…`), starts with `www.`, or is a host with a
/// path (`politi.co/2176fPm`): a bare `Amazon.com` is the company's name, and `said.The` (a
/// missing space) is no link at all.
pub fn links(text: &str) -> Vec<Range<usize>> {
    let mut found: Vec<Range<usize>> = Vec::new();
    let mut finder = LinkFinder::new();
    finder.url_must_have_scheme(false);
    let bytes = text.as_bytes();
    // Every link kept has a '/', an '@' or "www." in it, and most lines of news have none: only
    // the lines with one are handed to the finder (which stops at every full stop to look for a
    // domain). memchr finds those characters many bytes at a time.
    let mut lines: Vec<Range<usize>> = Vec::new();
    // Each iterator gives its hits in order; a hit inside the line last taken is skipped, so every
    // byte is searched for line ends at most once per iterator (a megabyte on one line stays linear).
    let mut add_lines = |hits: &mut dyn Iterator<Item = usize>| {
        let mut taken_to = 0;
        for hit in hits {
            if hit < taken_to {
                continue;
            }
            let start = memchr::memrchr(b'\n', &bytes[taken_to..hit]).map_or(taken_to, |i| taken_to + i + 1);
            let end = memchr::memchr(b'\n', &bytes[hit..]).map_or(bytes.len(), |i| hit + i);
            lines.push(start..end);
            taken_to = end;
        }
    };
    add_lines(&mut memchr::memchr2_iter(b'/', b'@', bytes));
    add_lines(&mut memchr::memmem::find_iter(bytes, b"www."));
    lines.sort_by_key(|l| l.start);
    lines.dedup();
    for line in lines {
        let offset = line.start;
        let line = &text[line];
        for link in finder.links(line) {
            let keep = match link.kind() {
                LinkKind::Email => true,
                LinkKind::Url => is_web_address(link.as_str()),
                _ => false,
            };
            if keep {
                found.push(offset + link.start()..offset + link.end());
            }
        }
        found.extend(handles(line).map(|r| offset + r.start..offset + r.end));
    }
    found.sort_by_key(|r| r.start);
    // Disjoint, should a handle ever fall inside a web address.
    found.dedup_by(|later, earlier| later.start < earlier.end);
    found
}

/// Whether a URL the finder found (with or without a scheme) is a web address rather than a name
/// with a dot in it.
fn is_web_address(url: &str) -> bool {
    if url.contains("://") || url.get(..4).is_some_and(|p| p.eq_ignore_ascii_case("www.")) {
        return true;
    }
    // Without a scheme: a host whose last label is a lower-case top-level domain, then a path.
    let Some((host, _path)) = url.split_once('/') else { return false };
    let tld = host.rsplit('.').next().unwrap_or_default();
    host.contains('.') && tld.len() >= 2 && tld.bytes().all(|b| b.is_ascii_lowercase())
}

/// Social-media handles: `@` after a space or an opening bracket, then 1–30 letters, digits or
/// underscores with at least one letter.
fn handles(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let bytes = text.as_bytes();
    text.match_indices('@').filter_map(move |(at, _)| {
        let before = text[..at].chars().next_back();
        if before.is_some_and(|c| !(c.is_whitespace() || matches!(c, '(' | '[' | '"' | '“' | '\''))) {
            return None;
        }
        let name = bytes[at + 1..].iter().take_while(|b| b.is_ascii_alphanumeric() || **b == b'_').count();
        let letters = bytes[at + 1..at + 1 + name].iter().any(u8::is_ascii_alphabetic);
        (1..=30).contains(&name).then_some(at..at + 1 + name).filter(|_| letters)
    })
}

/// Whether `range` overlaps one of `links` (sorted and disjoint, as [`links`] returns them).
pub fn overlaps(links: &[Range<usize>], range: &Range<usize>) -> bool {
    let first_ending_after = links.partition_point(|l| l.end <= range.start);
    links.get(first_ending_after).is_some_and(|l| l.start < range.end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        links(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn finds_web_and_mail_addresses_and_handles() {
        assert_eq!(found("2016 delegate tracker: http://politi.co/2176fPm."), ["http://politi.co/2176fPm"]);
        assert_eq!(
            found("see nytimes.com/2016/11/09/us/politics.html, www.bbc.co.uk and (https://en.wikipedia.org/wiki/Link_(Zelda))."),
            ["nytimes.com/2016/11/09/us/politics.html", "www.bbc.co.uk", "https://en.wikipedia.org/wiki/Link_(Zelda)"]
        );
        assert_eq!(
            found("Write to John.Smith2016@BBC.co.uk or follow @AP_Politics2016."),
            ["John.Smith2016@BBC.co.uk", "@AP_Politics2016"]
        );
    }

    #[test]
    fn leaves_names_abbreviations_and_missing_spaces() {
        assert!(found("Amazon.com Inc. said.The U.S./Mexico border, 3.5/4, a.m./p.m. and Mr.Smith at 5 @ 6.").is_empty());
        assert!(found("me@ and @ and x@2016").is_empty());
    }

    #[test]
    fn overlaps_is_a_search_over_sorted_links() {
        let links = [3..8, 12..20];
        assert!(overlaps(&links, &(0..4)));
        assert!(overlaps(&links, &(7..12)));
        assert!(!overlaps(&links, &(8..12)));
        assert!(!overlaps(&links, &(20..30)));
        assert!(overlaps(&links, &(0..30)));
    }
}
