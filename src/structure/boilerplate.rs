//! Page furniture: share buttons, advertisements, newsletter prompts, related headlines.
//!
//! Each kind is recognised by the whole paragraph matching a pattern, so a
//! sentence that merely mentions "advertisement" is never removed.

use std::sync::LazyLock;

use regex_lite::Regex;

/// The kinds of boilerplate, as written in the output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Share,
    Advertisement,
    RelatedHeadline,
    TruncatedLine,
    Newsletter,
    PhotoCredit,
    Caption,
    ReadMore,
    CookieNotice,
    Copyright,
    Timestamp,
    Navigation,
    Credits,
}

impl Kind {
    /// The name used in the JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Share => "share",
            Kind::Advertisement => "advertisement",
            Kind::RelatedHeadline => "related_headline",
            Kind::TruncatedLine => "truncated_line",
            Kind::Newsletter => "newsletter",
            Kind::PhotoCredit => "photo_credit",
            Kind::Caption => "caption",
            Kind::ReadMore => "read_more",
            Kind::CookieNotice => "cookie_notice",
            Kind::Copyright => "copyright",
            Kind::Timestamp => "timestamp",
            Kind::Navigation => "navigation",
            Kind::Credits => "credits",
        }
    }
}

const MONTH: &str = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";

static PATTERNS: LazyLock<Vec<(Kind, Regex)>> = LazyLock::new(|| {
    let share_word = r"(?:share(?: this(?: article| story| page)?| on (?:facebook|twitter|x|whatsapp|linkedin|email))?|tweet|email|e-mail|print|facebook|twitter|whatsapp|linkedin|pinterest|reddit|messenger|copy link|comments?|save|gift (?:this )?article)";
    let table = [
        (Kind::Share, format!(r"^(?:{share_word})(?:[\s|/·•,]+(?:{share_word}))*[\s|/·•,]*$")),
        // "Follow Pam Key on Twitter @pamkeyNEN.": the writer's social account, not the story.
        (
            Kind::Share,
            r"^follow\b.{0,60}\bon (?:twitter|x|facebook|instagram|threads|bluesky|tiktok|linkedin|mastodon)\b.{0,60}$".into(),
        ),
        (
            Kind::Advertisement,
            r"^(?:advertisements?|ad|ads|sponsored(?: content| links?)?|promoted(?: stories)?|story continues below(?: this)? advertisement|continue reading(?: the main story)?(?: below)?|skip advertisement|article continues (?:below|after (?:this )?advertisement)|scroll to continue(?: with content)?|paid (?:post|content))\.?$".into(),
        ),
        (
            Kind::Newsletter,
            r"^(?:.{0,80}\b(?:sign up|subscribe|get (?:our|the)|delivered to your inbox)\b.{0,80}\b(?:newsletters?|inbox|updates|alerts|briefing)\b.{0,80}|newsletters?|subscribe(?: now)?|sign up(?: now)?)$".into(),
        ),
        (
            Kind::PhotoCredit,
            r"^(?:(?:photo(?:graph)?|image|picture|video)(?: credit)?s?:.{0,120}|\(?(?:photo|image|picture)\)?:? ?(?:by )?[A-Z].{0,60}/ ?(?:reuters|afp|ap|getty(?: images)?|epa|shutterstock).{0,30}|(?:getty images|reuters|afp|ap photo|epa|shutterstock)(?:/[a-z .-]+)?)$".into(),
        ),
        (Kind::Caption, r"^(?:image caption|media caption|caption|pictured|above|top|left|right|main image)\s*[:|-].{0,300}$".into()),
        (
            Kind::ReadMore,
            r"^(?:read (?:more|next|also|the full story)|more:|related(?: articles?| stories| coverage| content)?|see also|also read|recommended(?: stories| for you)?|most (?:read|popular|viewed)|trending(?: now)?|more (?:on|from) (?:this|the)\b.{0,60}|you (?:may|might) also like|watch:.{0,120}|listen:.{0,120}|live updates?)(?:\s*[:»>|-].{0,160})?$".into(),
        ),
        // A notice addresses the reader about this site; an article about cookie law does not.
        (
            Kind::CookieNotice,
            r"^.{0,200}\b(?:we use|this (?:site|website)|our (?:site|website)|by (?:continuing|using))\b.{0,200}\bcookies?\b.{0,200}$|^(?:accept(?: all)?(?: cookies)?|cookie (?:settings|policy|preferences)|manage cookies)$".into(),
        ),
        (Kind::Copyright, r"^(?:©|copyright\b|\(c\) ?\d{4}|all rights reserved).{0,200}$|^.{0,120}\ball rights reserved\.?$".into()),
        (
            Kind::Timestamp,
            format!(r"^(?:(?:published|updated|posted|last updated|first published|modified)(?: on| at)?:?\s+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?:{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\s+{MONTH},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})(?:[,\s]+(?:at\s+)?\d{{1,2}}[:.]\d{{2}}(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{{2,4}})?)?(?:\s*(?:\||·|-)\s*(?:updated|published).{{0,60}})?$"),
        ),
        (
            Kind::Navigation,
            r"^(?:home|menu|search|log ?in|sign in|skip to (?:main )?content|back to top|next article|previous article|close|open|toggle navigation)(?:\s*[|>/›»]\s*[a-z &]{1,30}){0,8}$".into(),
        ),
    ];
    let credits = (
        Kind::Credits,
        r"^\(?(?:additional )?(?:reporting|writing|editing|compiled|research|graphics?) by [^.]{1,200}\)?\.?$".to_string(),
    );
    table
        .into_iter()
        .chain([credits])
        .map(|(kind, pattern)| (kind, Regex::new(&format!("(?i){pattern}")).expect("boilerplate pattern")))
        .collect()
});

/// A cheap test that must pass before a kind's pattern runs: most paragraphs
/// are article text, and the patterns are the slow part of the structure stage.
fn may_be(kind: Kind, lower: &str) -> bool {
    let has_any = |words: &[&str]| words.iter().any(|w| lower.contains(w));
    let opens_with = |words: &[&str]| words.iter().any(|w| lower.starts_with(w));
    match kind {
        Kind::Share => lower.len() <= 150,
        Kind::Advertisement => lower.len() <= 80,
        Kind::Newsletter => has_any(&["newsletter", "subscribe", "sign up", "inbox"]),
        // These two patterns are anchored on the words they open with: testing the start, not
        // every position of the paragraph, keeps ordinary text ("top", "left") from reaching them.
        Kind::PhotoCredit => {
            lower.len() <= 200
                && opens_with(&[
                    "photo",
                    "image",
                    "picture",
                    "video",
                    "(photo",
                    "(image",
                    "(picture",
                    "getty images",
                    "reuters",
                    "afp",
                    "ap photo",
                    "epa",
                    "shutterstock",
                ])
        }
        Kind::Caption => {
            opens_with(&["image caption", "media caption", "caption", "pictured", "above", "top", "left", "right", "main image"])
        }
        Kind::ReadMore | Kind::Navigation => lower.len() <= 200,
        Kind::CookieNotice => lower.contains("cookie"),
        Kind::Copyright => has_any(&["©", "copyright", "(c)", "rights reserved"]),
        Kind::Timestamp => lower.len() <= 120 && lower.bytes().any(|b| b.is_ascii_digit()),
        Kind::Credits => lower.contains(" by "),
        Kind::RelatedHeadline | Kind::TruncatedLine => false,
    }
}

/// The kind of boilerplate `paragraph` is, judged on its own text.
pub fn classify(paragraph: &str) -> Option<Kind> {
    // Real paragraphs of boilerplate are short; a long paragraph is article text
    // even if it happens to match a loose pattern.
    if paragraph.len() > 600 {
        return None;
    }
    // Pasted transcripts open every paragraph with a quote mark, furniture included.
    let paragraph = paragraph.trim_matches(|c: char| matches!(c, '"' | '“' | '”' | '\'' | '‘' | '’') || c.is_whitespace());
    let lower = paragraph.to_lowercase();
    PATTERNS.iter().find(|(kind, pattern)| may_be(*kind, &lower) && pattern.is_match(paragraph)).map(|(kind, _)| *kind)
}

/// Whether `paragraph` reads like a title: short, no closing full stop, mostly capitalised words.
pub fn is_title_like(paragraph: &str) -> bool {
    let trimmed = paragraph.trim_end_matches(['"', '”', '’', '\'']);
    if trimmed.ends_with(['.', ',', ';', ':']) || paragraph.contains('\n') {
        return false;
    }
    let words: Vec<&str> = paragraph.split_whitespace().collect();
    if words.len() < 3 || words.len() > 20 {
        return false;
    }
    let long: Vec<&&str> = words.iter().filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() > 3).collect();
    let capitalised = long.iter().filter(|w| w.chars().next().is_some_and(char::is_uppercase)).count();
    !long.is_empty() && capitalised * 4 >= long.len() * 3
}

/// Whether `paragraph` stops mid-sentence: the scraper cut it off.
pub fn is_cut_off(paragraph: &str) -> bool {
    let last = paragraph.chars().next_back().unwrap_or('.');
    let words = paragraph.split_whitespace().count();
    words >= 4 && (last.is_alphanumeric() || matches!(last, ',' | '-' | '–'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_common_furniture() {
        let cases = [
            ("Share", Kind::Share),
            ("Share this article", Kind::Share),
            ("Facebook Twitter Email", Kind::Share),
            ("\"Follow Pam Key on Twitter @pamkeyNEN.\"", Kind::Share),
            ("Follow us on Facebook", Kind::Share),
            ("Advertisement", Kind::Advertisement),
            ("Story continues below advertisement", Kind::Advertisement),
            ("Sign up for our daily newsletter", Kind::Newsletter),
            ("Photo: John Smith/Reuters", Kind::PhotoCredit),
            ("Image caption: Rescue workers in Aleppo", Kind::Caption),
            ("Read more: Syria talks collapse", Kind::ReadMore),
            ("RELATED", Kind::ReadMore),
            ("We use cookies to improve your experience. Accept", Kind::CookieNotice),
            ("© 2016 Reuters. All rights reserved.", Kind::Copyright),
            ("Updated September 23, 2016 10:32 BST", Kind::Timestamp),
            ("Sep 23, 2016", Kind::Timestamp),
            ("Reporting by Jane Doe; Editing by Sam Roe", Kind::Credits),
            ("(Additional reporting by Tom Perry in Beirut)", Kind::Credits),
        ];
        for (text, kind) in cases {
            assert_eq!(classify(text), Some(kind), "{text}");
        }
    }

    #[test]
    fn leaves_article_sentences_alone() {
        for text in [
            "The advertisement ran for three weeks before it was withdrawn.",
            "Share prices fell sharply on Monday.",
            "Kerry said he would print the statement.",
            "He shared the photo: a crater in Aleppo.",
            "Regulators said the cookie consent rules would be tightened.",
        ] {
            assert_eq!(classify(text), None, "{text}");
        }
    }

    #[test]
    fn titles_and_cut_lines() {
        assert!(is_title_like("Russia Says Coalition Drone Was in Area When Syria Aid Convoy"));
        assert!(!is_title_like("The government already controls the city’s western half."));
        assert!(is_cut_off("The agreement, however, disintegrated after only one"));
        assert!(!is_cut_off("It ended."));
    }
}
