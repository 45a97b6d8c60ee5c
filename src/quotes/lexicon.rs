//! Word lists the attribution rules use: cue verbs, pronouns, titles, anonymous heads.
//!
//! Small, hand-made lists of news English (the Gender Gap Tracker and citron use lists of the
//! same kind); kept here so the rules read as rules.

/// How a cue relates to its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueKind {
    /// A verb of saying: content follows ("said that …", "said: “…”") or precedes ("“…,” he said").
    Speech,
    /// A participle continuing the subject's statement: ", saying …", ", adding …".
    Participle,
    /// "according to X": the source follows the cue.
    According,
    /// A naming verb ("called", "described … as"): the quoted words after it are partial quotes.
    Naming,
}

/// Verbs of saying that introduce reported speech (any position).
const SPEECH: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "tell",
    "added",
    "adds",
    "declared",
    "declares",
    "stated",
    "states",
    "explained",
    "explains",
    "noted",
    "notes",
    "warned",
    "warns",
    "argued",
    "argues",
    "claimed",
    "claims",
    "insisted",
    "insists",
    "announced",
    "announces",
    "wrote",
    "writes",
    "tweeted",
    "tweets",
    "replied",
    "replies",
    "responded",
    "responds",
    "answered",
    "acknowledged",
    "acknowledges",
    "admitted",
    "admits",
    "conceded",
    "concedes",
    "confirmed",
    "confirms",
    "denied",
    "denies",
    "predicted",
    "predicts",
    "suggested",
    "suggests",
    "urged",
    "urges",
    "recalled",
    "recalls",
    "remarked",
    "observed",
    "continued",
    "concluded",
    "emphasized",
    "emphasised",
    "stressed",
    "stresses",
    "complained",
    "complains",
    "quipped",
    "joked",
    "boasted",
    "countered",
    "contended",
    "contends",
    "alleged",
    "alleges",
    "maintained",
    "maintains",
    "agreed",
    "agrees",
    "promised",
    "promises",
    "vowed",
    "vows",
    "threatened",
    "revealed",
    "disclosed",
    "testified",
    "cautioned",
    "shouted",
    "yelled",
    "asserted",
    "asserts",
    "reported",
    "mentioned",
    "pledged",
    "echoed",
    "estimated",
    "estimates",
    "wondered",
    "asked",
    "asks",
    "reiterated",
    "underscored",
    "charged",
    "retorted",
    "posted",
    "wrote",
    "believes",
    "believed",
    "thinks",
    "argued",
    "cited",
    "found",
    "finds",
    "showed",
    "shows",
    "commented",
    "yells",
    "yelled",
    "chanted",
    "screamed",
    "screams",
    "recounted",
    "recounts",
    "elaborated",
    "interjected",
    "scoffed",
    "snapped",
    "lamented",
    "boasts",
    "sings",
    "sang",
    "reports",
    "demanded",
    "scolded",
    "pleaded",
    "fumed",
    "mused",
    "exclaimed",
];

/// Verbs that report speech only before a clause, a quotation or punctuation.
const NEEDS_CLAUSE: &[&str] = &[
    "demanded",
    "scolded",
    "found",
    "finds",
    "showed",
    "shows",
    "cited",
    "estimated",
    "estimates",
    "announced",
    "announces",
    "confirmed",
    "confirms",
    "denied",
    "denies",
    "revealed",
    "disclosed",
    "mentioned",
    "pledged",
    "threatened",
    "echoed",
    "asked",
    "asks",
    "posted",
    "testified",
    "predicted",
    "predicts",
    "agreed",
    "agrees",
    "promised",
    "promises",
    "reported",
    "wrote",
    "writes",
    "tweeted",
    "tweets",
    "continued",
    "answered",
    "responded",
    "responds",
    "replied",
    "replies",
    "acknowledged",
    "admitted",
    "admits",
    "recalled",
    "recalls",
    "charged",
    "maintained",
    "maintains",
];

/// Participles that continue a statement: ", saying …".
const PARTICIPLES: &[&str] = &[
    "saying",
    "adding",
    "noting",
    "arguing",
    "telling",
    "warning",
    "claiming",
    "insisting",
    "explaining",
    "declaring",
    "stating",
    "citing",
    "calling",
    "suggesting",
    "stressing",
    "urging",
    "asking",
    "chanting",
    "commenting",
    "writing",
    "tweeting",
    "recalling",
    "predicting",
    "promising",
    "vowing",
    "acknowledging",
    "admitting",
    "complaining",
];

/// Naming verbs: what X called a “…”.
const NAMING: &[&str] = &["called", "calls", "call", "described", "describes", "dubbed", "labeled", "labelled", "termed"];

/// The cue starting at `words[0]` (lower-cased words of the unit), if any, and how many words it takes.
/// `quote_near` says whether a quotation follows within a few tokens (naming verbs need one).
pub fn cue_at(words: &[&str], quote_near: bool) -> Option<(CueKind, usize)> {
    cue_after(words, quote_near, false)
}

/// [`cue_at`], where `after_quote` says a quotation closed just before (then "recalled of …",
/// "confirmed on Monday" attribute it too).
pub fn cue_after(words: &[&str], quote_near: bool, after_quote: bool) -> Option<(CueKind, usize)> {
    let first = *words.first()?;
    let second = words.get(1).copied().unwrap_or("");
    if first == "according" && second == "to" {
        return Some((CueKind::According, 2));
    }
    if first == "pointed" && second == "out" || first == "put" && second == "it" && (after_quote || quote_near) {
        return Some((CueKind::Speech, 2));
    }
    // One hash lookup per word: this runs for every word of the article.
    let flags = cue_words().get(first).copied().unwrap_or(0);
    if flags == 0 {
        return None;
    }
    let in_list = |flag: u8| flags & flag != 0;
    if in_list(IS_NAMING) {
        if matches!(second, "for" | "on") {
            return Some((CueKind::Speech, 2));
        }
        return quote_near.then_some((CueKind::Naming, 1));
    }
    if in_list(IS_PARTICIPLE) {
        return Some((CueKind::Participle, 1));
    }
    if in_list(IS_SPEECH) {
        if first == "pointed" || first == "went" {
            return None;
        }
        // These verbs report speech only before a "that" clause, a quotation or punctuation
        // ("announced that …", "“…,” the ministry confirmed."); "announced a new offensive" is an act.
        if in_list(NEEDS_A_CLAUSE) && !after_quote && !matches!(second, "that" | "") {
            return None;
        }
        return Some((CueKind::Speech, 1));
    }
    None
}

const IS_SPEECH: u8 = 1;
const IS_PARTICIPLE: u8 = 2;
const IS_NAMING: u8 = 4;
const NEEDS_A_CLAUSE: u8 = 8;

/// Every cue word with the lists it is in, built once.
///
/// Fx hashing rather than the standard SipHash: it is looked up for every word of the article, and
/// the keys are this file's words, so there is no flooding to defend against.
fn cue_words() -> &'static crate::keyphrases::FastMap<&'static str, u8> {
    static WORDS: std::sync::OnceLock<crate::keyphrases::FastMap<&'static str, u8>> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        let mut map = crate::keyphrases::FastMap::default();
        for (list, flag) in
            [(SPEECH, IS_SPEECH), (PARTICIPLES, IS_PARTICIPLE), (NAMING, IS_NAMING), (NEEDS_CLAUSE, NEEDS_A_CLAUSE)]
        {
            for word in list {
                *map.entry(*word).or_insert(0) |= flag;
            }
        }
        map
    })
}

/// The word lists a word is in, as bits of [`super::words::Tok::lists`]: a token's lower-case form
/// is looked up once when it is read, rather than each list of dozens of words being scanned by
/// every rule that asks about it.
pub mod list {
    pub const STOP: u16 = 1;
    pub const PRONOUNS: u16 = 1 << 1;
    pub const TITLES: u16 = 1 << 2;
    pub const NOT_NAMES: u16 = 1 << 3;
    pub const NAME_PARTICLES: u16 = 1 << 4;
    pub const TAIL_STARTS: u16 = 1 << 5;
    pub const BETWEEN: u16 = 1 << 6;
    pub const ANONYMOUS_HEADS: u16 = 1 << 7;
    pub const LISTENERS: u16 = 1 << 8;
    pub const ROLES: u16 = 1 << 9;
}

/// The [`list`] bits of a lower-case word.
pub fn lists_of(lower: &str) -> u16 {
    static LISTS: std::sync::OnceLock<crate::keyphrases::FastMap<&'static str, u16>> = std::sync::OnceLock::new();
    let map = LISTS.get_or_init(|| {
        let mut map = crate::keyphrases::FastMap::default();
        for (words, bit) in [
            (STOP, list::STOP),
            (PRONOUNS, list::PRONOUNS),
            (TITLES, list::TITLES),
            (NOT_NAMES, list::NOT_NAMES),
            (NAME_PARTICLES, list::NAME_PARTICLES),
            (TAIL_STARTS, list::TAIL_STARTS),
            (BETWEEN, list::BETWEEN),
            (ANONYMOUS_HEADS, list::ANONYMOUS_HEADS),
            (LISTENERS, list::LISTENERS),
            (super::ROLES, list::ROLES),
        ] {
            for word in words {
                *map.entry(*word).or_insert(0) |= bit;
            }
        }
        map
    });
    map.get(lower).copied().unwrap_or(0)
}

/// Personal and relative pronouns that can be a speaker.
/// Upper-case labels that open a line with a colon ("WARNING: …", "EDITOR'S NOTE: …") but name
/// no speaker, unlike a transcript's "WALLACE: …".
pub const LABELS: &[&str] = &[
    "UPDATE",
    "UPDATED",
    "BREAKING",
    "EXCLUSIVE",
    "WATCH",
    "READ",
    "PHOTOS",
    "PHOTO",
    "VIDEO",
    "NOTE",
    "EDITOR'S NOTE",
    "CORRECTION",
    "CLARIFICATION",
    "EDITOR’S NOTE",
    "ADVERTISEMENT",
    "RELATED",
    "SOURCE",
    "SOURCES",
    "WARNING",
    "ALERT",
    "LIVE",
    "ANALYSIS",
    "OPINION",
];

pub const PRONOUNS: &[&str] = &["he", "she", "they", "it", "i", "we", "you", "who", "which"];

/// Words that may stand between a speaker and the cue: "he also said", "she has repeatedly said".
pub const BETWEEN: &[&str] = &[
    "also",
    "has",
    "have",
    "had",
    "later",
    "then",
    "previously",
    "earlier",
    "again",
    "once",
    "recently",
    "reportedly",
    "repeatedly",
    "publicly",
    "privately",
    "would",
    "will",
    "could",
    "might",
    "may",
    "did",
    "does",
    "do",
    "further",
    "often",
    "frequently",
    "explicitly",
    "flatly",
    "simply",
    "quickly",
    "first",
    "last",
    "subsequently",
    "separately",
    "finally",
    "angrily",
    "bluntly",
    "long",
    "initially",
    "never",
    "always",
    "not",
    "once",
];

/// Words that end a speaker phrase when walking back from the cue.
pub const STOP: &[&str] = &[
    "that",
    "which",
    "what",
    "when",
    "where",
    "while",
    "because",
    "but",
    "or",
    "as",
    "if",
    "than",
    "so",
    "is",
    "was",
    "were",
    "are",
    "be",
    "been",
    "being",
    "not",
    "since",
    "after",
    "before",
    "although",
    "though",
    "whether",
    "how",
    "why",
    "yet",
    "until",
    "unless",
    "once",
    "and",
    "also",
    "said",
    "says",
    "told",
    "to",
    "there",
    "here",
    "it's",
    "has",
    "have",
    "had",
    "will",
    "would",
    "could",
    "can",
    "should",
    "must",
    "did",
    "does",
    "do",
    "let",
    "including",
];

/// Words at the head of an unnamed source: "a source", "officials said", "residents said".
pub const ANONYMOUS_HEADS: &[&str] = &[
    "neighbours",
    "neighbors",
    "neighbour",
    "neighbor",
    "source",
    "sources",
    "official",
    "officials",
    "resident",
    "residents",
    "witness",
    "witnesses",
    "people",
    "person",
    "aide",
    "aides",
    "insider",
    "insiders",
    "diplomat",
    "diplomats",
    "someone",
    "observers",
    "activists",
    "activist",
    "workers",
    "worker",
    "staffers",
    "staffer",
    "members",
    "member",
    "individuals",
    "individual",
    "critics",
    "supporters",
    "others",
    "many",
    "some",
    "several",
    "analysts",
    "experts",
    "investigators",
    "locals",
    "doctors",
    "medics",
];

/// Capitalised words that are not names (sentence-initial determiners and the like).
pub const NOT_NAMES: &[&str] = &[
    "the",
    "a",
    "an",
    "several",
    "some",
    "many",
    "most",
    "other",
    "another",
    "both",
    "all",
    "two",
    "three",
    "four",
    "five",
    "his",
    "her",
    "their",
    "its",
    "our",
    "this",
    "that",
    "these",
    "those",
    "one",
    "he",
    "she",
    "they",
    "it",
    "i",
    "we",
    "you",
    "but",
    "and",
    "in",
    "on",
    "at",
    "after",
    "before",
    "when",
    "while",
    "if",
    "as",
    "so",
    "yet",
    "still",
    "however",
    "meanwhile",
    "according",
    "earlier",
    "later",
    "last",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "who",
    "which",
    "what",
    "there",
    "senior",
    "top",
    "former",
    "local",
    "rebel",
    "government",
];

/// Titles before a name, dropped from the name: "US Secretary of State John Kerry" → "John Kerry".
pub const TITLES: &[&str] = &[
    "president",
    "secretary",
    "state",
    "minister",
    "foreign",
    "prime",
    "vice",
    "sen.",
    "senator",
    "rep.",
    "representative",
    "gov.",
    "governor",
    "mr.",
    "mrs.",
    "ms.",
    "dr.",
    "gen.",
    "general",
    "prof.",
    "professor",
    "rev.",
    "judge",
    "mayor",
    "chairman",
    "chairwoman",
    "director",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "envoy",
    "ambassador",
    "chief",
    "justice",
    "attorney",
    "lt.",
    "col.",
    "capt.",
    "sgt.",
    "king",
    "queen",
    "prince",
    "pope",
    "sheikh",
    "candidate",
    "nominee",
    "leader",
    "commissioner",
    "chancellor",
    "premier",
    "speaker",
    "officer",
    "u.s.",
    "us",
    "u.n.",
    "un",
    "special",
    "democratic",
    "republican",
    "gop",
    "former",
    "sir",
    "lord",
    "lady",
    "senior",
    "deputy",
    "defense",
    "defence",
    "interior",
    "health",
    "finance",
    "treasury",
    "house",
    "white",
    "press",
    "russian",
    "syrian",
    "american",
    "british",
    "french",
    "german",
    "chinese",
    "israeli",
    "iranian",
    "nations",
    "united",
    "reverend",
];

/// Lower-case particles inside names: "Staffan de Mistura", "Ammar al Selmo".
pub const NAME_PARTICLES: &[&str] =
    &["de", "del", "della", "di", "da", "du", "van", "von", "der", "den", "al", "el", "bin", "ibn", "la", "le"];

/// Words after a cue that start an adverbial tail rather than the content: "he said on Monday".
pub const TAIL_STARTS: &[&str] = &[
    "on",
    "in",
    "at",
    "during",
    "after",
    "before",
    "last",
    "this",
    "yesterday",
    "today",
    "tonight",
    "earlier",
    "later",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "recently",
    "afterward",
    "afterwards",
    "from",
    "via",
    "by",
    "outside",
    "inside",
    "while",
    "when",
    "as",
    "then",
    "too",
    "also",
    "again",
    "privately",
    "publicly",
    "of",
    "about",
    "sarcastically",
    "simply",
    "flatly",
    "bluntly",
    "angrily",
    "quietly",
    "firmly",
    "later",
];

/// Listeners after "told"/"asked": "told Reuters", "told reporters".
pub const LISTENERS: &[&str] = &[
    "reporters",
    "journalists",
    "him",
    "her",
    "them",
    "me",
    "us",
    "you",
    "lawmakers",
    "supporters",
    "voters",
    "the",
    "a",
    "an",
    "his",
    "their",
    "an",
    "audience",
    "crowd",
    "congress",
    "parliament",
];

/// News agencies whose citation the sourcing summary reports (written as in the text).
pub const AGENCIES: &[(&str, &str)] = &[
    ("Reuters", "Reuters"),
    ("Associated Press", "AP"),
    ("AP", "AP"),
    ("Agence France-Presse", "AFP"),
    ("AFP", "AFP"),
    ("Bloomberg", "Bloomberg"),
    ("Xinhua", "Xinhua"),
    ("TASS", "TASS"),
    ("Interfax", "Interfax"),
    ("RIA Novosti", "RIA Novosti"),
    ("Anadolu", "Anadolu"),
    ("Kyodo", "Kyodo"),
    ("Yonhap", "Yonhap"),
    ("Press Trust of India", "PTI"),
    ("UPI", "UPI"),
    ("dpa", "dpa"),
    ("EFE", "EFE"),
    ("ANSA", "ANSA"),
];
