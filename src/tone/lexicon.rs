//! The tone stage's word lists, folded into one map built once: a word's valence (VADER's lexicon,
//! `valence.txt`) and what else it is (booster, negation, loaded, hedge, intensifier, superlative).
//! One hash lookup per token answers every question the stage asks about it.

use std::sync::LazyLock;

use crate::keyphrases::FastMap;

/// VADER's empirically derived increase for a booster word ("very good").
pub const B_INCR: f64 = 0.293;
/// VADER's decrease for a dampener ("slightly good").
pub const B_DECR: f64 = -0.293;
/// VADER's increase for a sentiment word in ALL CAPS among words that are not.
pub const C_INCR: f64 = 0.733;
/// VADER's factor for a negated sentiment word ("not good").
pub const N_SCALAR: f64 = -0.74;

/// What one lower-case word is to the tone stage.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Entry {
    /// Mean valence, −4 … +4, when the word is in VADER's lexicon.
    pub valence: Option<f64>,
    /// VADER's booster (> 0) or dampener (< 0) increment; 0 for other words.
    pub booster: f64,
    /// Bit set of the `NEGATION`, `LOADED`, … flags below.
    pub flags: u16,
}

/// A negation word of VADER's list ("not", "never", "without"; any word with "n't" also negates).
pub const NEGATION: u16 = 1;
/// A loaded or emotive word.
pub const LOADED: u16 = 1 << 1;
/// A hedge.
pub const HEDGE: u16 = 1 << 2;
/// An intensifying adverb.
pub const INTENSIFIER: u16 = 1 << 3;
/// A superlative adjective or adverb ("worst").
pub const SUPERLATIVE: u16 = 1 << 4;
/// The first word of a multi-word entry of [`PHRASES`].
pub const PHRASE_START: u16 = 1 << 5;
/// The second word of a multi-word entry of [`PHRASES`] (checked first: most first words are common).
pub const PHRASE_SECOND: u16 = 1 << 6;
/// "but", "kind", "most" or "least": words the scorer treats apart (flags spare it string compares).
pub const SPECIAL: u16 = 1 << 7;

/// VADER 3.3.2's negation words (its `NEGATE` list).
const NEGATIONS: &[&str] = &[
    "aint",
    "arent",
    "cannot",
    "cant",
    "couldnt",
    "darent",
    "didnt",
    "doesnt",
    "ain't",
    "aren't",
    "can't",
    "couldn't",
    "daren't",
    "didn't",
    "doesn't",
    "dont",
    "hadnt",
    "hasnt",
    "havent",
    "isnt",
    "mightnt",
    "mustnt",
    "neither",
    "don't",
    "hadn't",
    "hasn't",
    "haven't",
    "isn't",
    "mightn't",
    "mustn't",
    "neednt",
    "needn't",
    "never",
    "none",
    "nope",
    "nor",
    "not",
    "nothing",
    "nowhere",
    "oughtnt",
    "shant",
    "shouldnt",
    "uhuh",
    "wasnt",
    "werent",
    "oughtn't",
    "shan't",
    "shouldn't",
    "uh-uh",
    "wasn't",
    "weren't",
    "without",
    "wont",
    "wouldnt",
    "won't",
    "wouldn't",
    "rarely",
    "seldom",
    "despite",
];

/// VADER 3.3.2's one-word boosters (its `BOOSTER_DICT` with [`B_INCR`]).
const BOOSTERS: &[&str] = &[
    "absolutely",
    "amazingly",
    "awfully",
    "completely",
    "considerable",
    "considerably",
    "decidedly",
    "deeply",
    "effing",
    "enormous",
    "enormously",
    "entirely",
    "especially",
    "exceptional",
    "exceptionally",
    "extreme",
    "extremely",
    "fabulously",
    "flipping",
    "flippin",
    "frackin",
    "fracking",
    "fricking",
    "frickin",
    "frigging",
    "friggin",
    "fully",
    "fuckin",
    "fucking",
    "fuggin",
    "fugging",
    "greatly",
    "hella",
    "highly",
    "hugely",
    "incredible",
    "incredibly",
    "intensely",
    "major",
    "majorly",
    "more",
    "most",
    "particularly",
    "purely",
    "quite",
    "really",
    "remarkably",
    "so",
    "substantially",
    "thoroughly",
    "total",
    "totally",
    "tremendous",
    "tremendously",
    "uber",
    "unbelievably",
    "unusually",
    "utter",
    "utterly",
    "very",
];

/// VADER 3.3.2's one-word dampeners (its `BOOSTER_DICT` with [`B_DECR`]; "kind of", "sort of" and
/// "just enough" are handled as word pairs by the scorer).
const DAMPENERS: &[&str] = &[
    "almost",
    "barely",
    "hardly",
    "kinda",
    "kindof",
    "less",
    "little",
    "marginal",
    "marginally",
    "occasional",
    "occasionally",
    "partly",
    "scarce",
    "scarcely",
    "slight",
    "slightly",
    "somewhat",
    "sorta",
    "sortof",
];

/// Loaded or emotive words: words that carry the writer's (or a quoted side's) judgement where a
/// plainer word states the same fact — "regime" for government, "slaughter" or "massacre" for
/// killing, "thugs" for men, "admits" for says, "annihilation" for bombing. Curated by hand from
/// the wire services' style guidance on loaded terms (Reuters, AP: "regime", "terrorist",
/// "so-called", "admit") and the emotive vocabulary of conflict and crime reporting; a general
/// subjectivity lexicon would flag every "good" and "bad" and drown these. Inflected forms are
/// listed (no stemmer: "regimental" is not "regime"). Context decides whether a word is quoted
/// or the reporter's own: the spans let a reader see which.
const LOADED_WORDS: &[&str] = &[
    "admits",
    "annihilate",
    "annihilated",
    "annihilating",
    "annihilation",
    "atrocities",
    "atrocity",
    "barbaric",
    "barbarism",
    "barbarity",
    "bloodbath",
    "bloodthirsty",
    "brutal",
    "brutality",
    "brutally",
    "brutish",
    "butcher",
    "butchered",
    "butchers",
    "butchery",
    "carnage",
    "catastrophe",
    "catastrophic",
    "cowardly",
    "cronies",
    "crony",
    "demonic",
    "despot",
    "despotic",
    "despots",
    "devastating",
    "diabolical",
    "dictator",
    "dictators",
    "dictatorship",
    "disgrace",
    "disgraced",
    "disgraceful",
    "draconian",
    "evil",
    "extremist",
    "extremists",
    "fanatic",
    "fanatical",
    "fanatics",
    "genocidal",
    "genocide",
    "heinous",
    "henchman",
    "henchmen",
    "hordes",
    "horrendous",
    "horrific",
    "horrifying",
    "illegals",
    "inhuman",
    "inhumane",
    "invaders",
    "junta",
    "lunatic",
    "lunatics",
    "madman",
    "massacre",
    "massacred",
    "massacres",
    "massacring",
    "menace",
    "monster",
    "monsters",
    "monstrous",
    "murderous",
    "nightmare",
    "nightmarish",
    "obliterate",
    "obliterated",
    "obliteration",
    "onslaught",
    "outrage",
    "outraged",
    "outrageous",
    "pogrom",
    "propaganda",
    "puppet",
    "puppets",
    "rampage",
    "rampaging",
    "regime",
    "regimes",
    "ruthless",
    "savage",
    "savagely",
    "savagery",
    "scandal",
    "scandalous",
    "shameful",
    "shameless",
    "sinister",
    "slams",
    "so-called",
    "slaughter",
    "slaughtered",
    "slaughtering",
    "slaughters",
    "terror",
    "terrorist",
    "terrorists",
    "thug",
    "thuggery",
    "thuggish",
    "thugs",
    "tyrannical",
    "tyranny",
    "tyrant",
    "tyrants",
    "vicious",
    "vile",
    "villain",
    "villains",
    "zealot",
    "zealots",
];

/// Hedges: words that soften a claim or put its truth at a distance ("may", "reportedly").
/// "may" counts only written in lower case (not the month, not a name), and "appear(s/ed)" only
/// before "to" or "that" ("appeared in court" hedges nothing): the scorer checks both.
const HEDGE_WORDS: &[&str] = &[
    "allegedly",
    "alleged",
    "appear",
    "appeared",
    "appears",
    "apparently",
    "arguably",
    "could",
    "likely",
    "may",
    "maybe",
    "might",
    "perhaps",
    "possibly",
    "presumably",
    "probably",
    "purported",
    "purportedly",
    "reportedly",
    "rumored",
    "rumoured",
    "seem",
    "seemed",
    "seemingly",
    "seems",
    "speculated",
    "suggest",
    "suggested",
    "suggesting",
    "suggests",
    "supposedly",
    "unconfirmed",
    "unlikely",
    "unverified",
];

/// Intensifying adverbs: words that turn up the degree of what follows ("extremely", "hugely").
const INTENSIFIER_WORDS: &[&str] = &[
    "absolutely",
    "awfully",
    "completely",
    "considerably",
    "decidedly",
    "deeply",
    "desperately",
    "dramatically",
    "drastically",
    "enormously",
    "entirely",
    "especially",
    "exceedingly",
    "exceptionally",
    "extraordinarily",
    "extremely",
    "fiercely",
    "greatly",
    "highly",
    "hugely",
    "immensely",
    "incredibly",
    "intensely",
    "massively",
    "overwhelmingly",
    "particularly",
    "profoundly",
    "quite",
    "really",
    "remarkably",
    "severely",
    "sharply",
    "staggeringly",
    "strikingly",
    "substantially",
    "terribly",
    "thoroughly",
    "totally",
    "tremendously",
    "truly",
    "unbelievably",
    "unusually",
    "utterly",
    "vastly",
    "very",
    "wildly",
];

/// Superlative adjectives and adverbs. A list, not the ending "-est": "interest", "protest",
/// "arrest", "honest" and "west" end so too. Neutral time words ("latest", "earliest") are left
/// out: "the latest talks" claims nothing. "most"/"least" + adjective is found by the scorer.
const SUPERLATIVE_WORDS: &[&str] = &[
    "best",
    "biggest",
    "bitterest",
    "bloodiest",
    "boldest",
    "bravest",
    "brightest",
    "broadest",
    "busiest",
    "cheapest",
    "cleanest",
    "clearest",
    "closest",
    "coldest",
    "costliest",
    "craziest",
    "cruelest",
    "cruellest",
    "darkest",
    "deadliest",
    "dearest",
    "deepest",
    "dirtiest",
    "driest",
    "easiest",
    "fastest",
    "fattest",
    "fiercest",
    "finest",
    "firmest",
    "freshest",
    "fullest",
    "gravest",
    "greatest",
    "greediest",
    "happiest",
    "hardest",
    "harshest",
    "healthiest",
    "heaviest",
    "highest",
    "hottest",
    "hugest",
    "largest",
    "lightest",
    "loneliest",
    "longest",
    "loudest",
    "lowest",
    "luckiest",
    "mightiest",
    "narrowest",
    "nicest",
    "noblest",
    "oldest",
    "poorest",
    "proudest",
    "purest",
    "quickest",
    "quietest",
    "rarest",
    "richest",
    "riskiest",
    "roughest",
    "rudest",
    "saddest",
    "safest",
    "scariest",
    "severest",
    "sharpest",
    "shortest",
    "sickest",
    "simplest",
    "slightest",
    "slowest",
    "smallest",
    "smartest",
    "softest",
    "steepest",
    "strangest",
    "strictest",
    "strongest",
    "stupidest",
    "sweetest",
    "tallest",
    "tightest",
    "toughest",
    "ugliest",
    "warmest",
    "weakest",
    "wealthiest",
    "weirdest",
    "wettest",
    "widest",
    "wildest",
    "wisest",
    "worst",
    "youngest",
];

/// What a multi-word entry of [`PHRASES`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhraseKind {
    /// A loaded phrase ("lashed out").
    Loaded,
    /// A hedging phrase ("it is believed").
    Hedge,
}

/// Multi-word loaded words and hedges, as lower-case words (punctuation between them is skipped).
/// Longest first where one begins another.
pub const PHRASES: &[(&[&str], PhraseKind)] = &[
    (&["so", "called"], PhraseKind::Loaded),
    (&["lashed", "out"], PhraseKind::Loaded),
    (&["lashes", "out"], PhraseKind::Loaded),
    (&["wiped", "out"], PhraseKind::Loaded),
    (&["wipe", "out"], PhraseKind::Loaded),
    (&["it", "is", "believed"], PhraseKind::Hedge),
    (&["it", "is", "thought"], PhraseKind::Hedge),
    (&["it", "is", "understood"], PhraseKind::Hedge),
    (&["it", "is", "alleged"], PhraseKind::Hedge),
    (&["it", "appears"], PhraseKind::Hedge),
    (&["it", "seems"], PhraseKind::Hedge),
    (&["is", "believed", "to"], PhraseKind::Hedge),
    (&["are", "believed", "to"], PhraseKind::Hedge),
    (&["was", "believed", "to"], PhraseKind::Hedge),
    (&["were", "believed", "to"], PhraseKind::Hedge),
    (&["is", "thought", "to"], PhraseKind::Hedge),
    (&["are", "thought", "to"], PhraseKind::Hedge),
    (&["is", "said", "to"], PhraseKind::Hedge),
    (&["are", "said", "to"], PhraseKind::Hedge),
    (&["was", "said", "to"], PhraseKind::Hedge),
    (&["were", "said", "to"], PhraseKind::Hedge),
    (&["is", "understood", "to"], PhraseKind::Hedge),
    (&["are", "understood", "to"], PhraseKind::Hedge),
    (&["to", "some", "extent"], PhraseKind::Hedge),
    (&["more", "or", "less"], PhraseKind::Hedge),
];

/// The valences, `word<TAB>valence` per line (see `valence.md`).
const VALENCES: &str = include_str!("valence.txt");

/// Lede's additions to VADER's valences: words of conflict and disaster news that VADER's lexicon, rated
/// from social-media text, lacks, so that "What's happening now is annihilation" is not scored by
/// "rescue" alone. Each value sits on VADER's −4..+4 scale beside its nearest rated neighbours (kill −3.7,
/// killed −3.5, violence −3.1, war −2.9, death −2.9, destruction −2.7, bomb −2.2, attack −2.1, injured
/// −1.7). They only add words VADER does not rate; they never change a VADER rating.
pub(super) const NEWS_VALENCES: &[(&str, f64)] = &[
    ("airstrike", -2.1),
    ("airstrikes", -2.1),
    ("annihilation", -3.2),
    ("atrocities", -3.4),
    ("atrocity", -3.4),
    ("besieged", -1.8),
    ("bombardment", -2.4),
    ("bombed", -2.2),
    ("bombing", -2.4),
    ("bombings", -2.4),
    ("carnage", -3.3),
    ("casualties", -2.6),
    ("displaced", -1.5),
    ("dying", -2.9),
    ("explosion", -1.9),
    ("famine", -2.9),
    ("genocide", -3.8),
    ("massacre", -3.6),
    ("massacred", -3.6),
    ("massacres", -3.6),
    ("shelling", -2.3),
    ("siege", -2.0),
    ("starvation", -2.9),
    ("wounded", -2.1),
];

/// Every word the stage knows, lower case, built on first use.
pub static WORDS: LazyLock<FastMap<&'static str, Entry>> = LazyLock::new(|| {
    let mut map: FastMap<&'static str, Entry> = FastMap::default();
    map.reserve(7600);
    for line in VALENCES.lines().filter(|l| !l.starts_with('#')) {
        if let Some((word, value)) = line.split_once('\t')
            && let Ok(value) = value.trim().parse::<f64>()
        {
            map.entry(word).or_default().valence = Some(value);
        }
    }
    for &(word, value) in NEWS_VALENCES {
        map.entry(word).or_default().valence.get_or_insert(value);
    }
    let mut flag = |words: &[&'static str], bit: u16| {
        for &word in words {
            map.entry(word).or_default().flags |= bit;
        }
    };
    flag(NEGATIONS, NEGATION);
    flag(&["but", "kind", "most", "least"], SPECIAL);
    flag(LOADED_WORDS, LOADED);
    flag(HEDGE_WORDS, HEDGE);
    flag(INTENSIFIER_WORDS, INTENSIFIER);
    flag(SUPERLATIVE_WORDS, SUPERLATIVE);
    for (words, _) in PHRASES {
        flag(&words[..1], PHRASE_START);
        flag(&words[1..2], PHRASE_SECOND);
    }
    for &word in BOOSTERS {
        map.entry(word).or_default().booster = B_INCR;
    }
    for &word in DAMPENERS {
        map.entry(word).or_default().booster = B_DECR;
    }
    map
});

/// The entry of a lower-case word; the default (nothing) for unknown words.
pub fn lookup(word: &str) -> Entry {
    WORDS.get(word).copied().unwrap_or_default()
}
