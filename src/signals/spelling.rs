//! Spelling signals: one term spelled several ways ("ceasefire" / "cease-fire", "defence" /
//! "defense", "Al Qaeda" / "al-Qaida"), and British and American spelling mixed in one text.
//!
//! The British/American table is a compact hand-made list of the regular patterns (-our/-or,
//! -ise/-ize, -yse/-yze, -re/-er, -ence/-ense, doubled -l-, ae/oe) over common news words;
//! hand-rolled because the spelling crates are dictionaries (megabytes) that would not fit the
//! wasm budget, and only words spelled differently on the two sides matter here. Words that are
//! British in one sense and American-neutral in another (program, meter, license, practice,
//! check, tire) are left out, and only lower-case words count: "Ministry of Defence" is a name.

use std::ops::Range;
use std::sync::LazyLock;

use super::{Level, Signal, list};
use crate::document::Document;
use crate::keyphrases::FastMap;

/// -our/-or stems and the endings they take.
const OUR: &[&str] = &[
    "ardour",
    "armour",
    "behaviour",
    "candour",
    "clamour",
    "colour",
    "endeavour",
    "favour",
    "fervour",
    "flavour",
    "harbour",
    "honour",
    "humour",
    "labour",
    "neighbour",
    "odour",
    "parlour",
    "rigour",
    "rumour",
    "saviour",
    "savour",
    "splendour",
    "tumour",
    "valour",
    "vapour",
    "vigour",
];
const OUR_ENDINGS: &[&str] =
    &["", "s", "ed", "ing", "ful", "less", "able", "ably", "ite", "ites", "er", "ers", "hood", "hoods", "al", "ist"];

/// -ise/-ize stems (British form) and the endings they take. Verbs spelled -ise on both sides
/// (advertise, compromise, exercise, surprise, supervise, …) are not here.
const ISE: &[&str] = &[
    "apologis",
    "authoris",
    "capitalis",
    "categoris",
    "centralis",
    "characteris",
    "civilis",
    "colonis",
    "criminalis",
    "criticis",
    "democratis",
    "destabilis",
    "dramatis",
    "emphasis",
    "familiaris",
    "finalis",
    "globalis",
    "harmonis",
    "hospitalis",
    "industrialis",
    "jeopardis",
    "legalis",
    "legitimis",
    "marginalis",
    "maximis",
    "memoris",
    "minimis",
    "mobilis",
    "modernis",
    "monopolis",
    "nationalis",
    "neutralis",
    "normalis",
    "optimis",
    "organis",
    "penalis",
    "polaris",
    "politicis",
    "popularis",
    "prioritis",
    "privatis",
    "publicis",
    "radicalis",
    "rationalis",
    "realis",
    "recognis",
    "revolutionis",
    "sanitis",
    "scrutinis",
    "socialis",
    "specialis",
    "stabilis",
    "standardis",
    "subsidis",
    "summaris",
    "symbolis",
    "sympathis",
    "terroris",
    "trivialis",
    "urbanis",
    "utilis",
    "vandalis",
    "victimis",
    "visualis",
    "weaponis",
    "westernis",
];
const ISE_ENDINGS: &[&str] = &["e", "es", "ed", "ing", "ation", "ations", "er", "ers"];
/// -yse/-yze stems; "analysis" is the same on both sides, so only the verb endings.
const YSE: &[&str] = &["analys", "catalys", "paralys"];
/// Not "-es": "analyses" is also the plural of "analysis", on both sides.
const YSE_ENDINGS: &[&str] = &["e", "ed", "ing"];

/// Other pairs, British first, every form written out.
const PAIRS: &[(&str, &str)] = &[
    ("ageing", "aging"),
    ("aluminium", "aluminum"),
    ("anaemia", "anemia"),
    ("artefact", "artifact"),
    ("artefacts", "artifacts"),
    ("calibre", "caliber"),
    ("cancelled", "canceled"),
    ("cancelling", "canceling"),
    ("catalogue", "catalog"),
    ("catalogues", "catalogs"),
    ("centre", "center"),
    ("centred", "centered"),
    ("centres", "centers"),
    ("channelled", "channeled"),
    ("counsellor", "counselor"),
    ("counsellors", "counselors"),
    ("defence", "defense"),
    ("defences", "defenses"),
    ("diarrhoea", "diarrhea"),
    ("enrolment", "enrollment"),
    ("fibre", "fiber"),
    ("fibres", "fibers"),
    ("foetus", "fetus"),
    ("fuelled", "fueled"),
    ("fuelling", "fueling"),
    ("fulfil", "fulfill"),
    ("grey", "gray"),
    ("haemorrhage", "hemorrhage"),
    ("instalment", "installment"),
    ("jewellery", "jewelry"),
    ("labelled", "labeled"),
    ("labelling", "labeling"),
    ("levelled", "leveled"),
    ("litre", "liter"),
    ("litres", "liters"),
    ("manoeuvre", "maneuver"),
    ("manoeuvres", "maneuvers"),
    ("marvellous", "marvelous"),
    ("modelled", "modeled"),
    ("modelling", "modeling"),
    ("mould", "mold"),
    ("moustache", "mustache"),
    ("oestrogen", "estrogen"),
    ("offence", "offense"),
    ("offences", "offenses"),
    ("paediatric", "pediatric"),
    ("plough", "plow"),
    ("pretence", "pretense"),
    ("pyjamas", "pajamas"),
    ("quarrelled", "quarreled"),
    ("sceptic", "skeptic"),
    ("sceptical", "skeptical"),
    ("scepticism", "skepticism"),
    ("sceptics", "skeptics"),
    ("signalled", "signaled"),
    ("signalling", "signaling"),
    ("skilful", "skillful"),
    ("sombre", "somber"),
    ("spectre", "specter"),
    ("theatre", "theater"),
    ("theatres", "theaters"),
    ("totalled", "totaled"),
    ("totalling", "totaling"),
    ("travelled", "traveled"),
    ("traveller", "traveler"),
    ("travellers", "travelers"),
    ("travelling", "traveling"),
    ("wilful", "willful"),
];

/// Every British and American form: the word → (its pair's number, whether it is the British form).
static VARIETIES: LazyLock<FastMap<String, (u16, bool)>> = LazyLock::new(|| {
    let mut map = FastMap::default();
    let mut id: u16 = 0;
    let mut add = |uk: String, us: String, id: u16| {
        map.insert(uk, (id, true));
        map.insert(us, (id, false));
    };
    for stem in OUR {
        let us_stem = format!("{}or", &stem[..stem.len() - 3]);
        for ending in OUR_ENDINGS {
            add(format!("{stem}{ending}"), format!("{us_stem}{ending}"), id);
        }
        id += 1;
    }
    for (stems, endings) in [(ISE, ISE_ENDINGS), (YSE, YSE_ENDINGS)] {
        for stem in stems {
            let us_stem = format!("{}z", &stem[..stem.len() - 1]);
            for ending in endings {
                add(format!("{stem}{ending}"), format!("{us_stem}{ending}"), id);
            }
            id += 1;
        }
    }
    for (uk, us) in PAIRS {
        add((*uk).into(), (*us).into(), id);
        id += 1;
    }
    map
});

/// Name particles written apart or joined ("Al Qaeda", "al-Qaida").
const PARTICLES: &[&str] = &["al", "el", "ad", "ar", "as", "ash", "abu", "bin", "ibn", "abd"];

/// A word of article text.
struct Word {
    range: Range<usize>,
    /// Holds an inner hyphen.
    hyphen: bool,
    /// Holds a capital letter.
    upper: bool,
    /// Opens its sentence (so a capital says nothing).
    first: bool,
}

/// The article's words (the structure's word layer: headline and sentences, web addresses left
/// out) with what this stage asks of each; read once there rather than split again here.
fn words_of(text: &str, layer: &crate::words::Words) -> Vec<Word> {
    layer
        .words
        .iter()
        .map(|w| {
            let surface = &text[w.range.clone()];
            let upper = w.capitalized
                || if surface.is_ascii() {
                    surface.bytes().any(|b| b.is_ascii_uppercase())
                } else {
                    surface.chars().any(char::is_uppercase)
                };
            Word { range: w.range.clone(), hyphen: surface.contains('-'), upper, first: w.sentence_initial }
        })
        .collect()
}

/// Lower-cased letters and digits only ("Cease-fire" → "ceasefire"), possessive dropped.
fn letters_key(word: &str, out: &mut String) {
    out.clear();
    let word = word.strip_suffix("'s").or_else(|| word.strip_suffix("’s")).unwrap_or(word);
    if word.is_ascii() {
        out.extend(word.bytes().filter(u8::is_ascii_alphanumeric).map(|b| char::from(b.to_ascii_lowercase())));
    } else {
        out.extend(word.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase));
    }
}

/// The consonants of a name, doubled letters once: "alqaeda" and "alqaida" both give "lqd".
fn skeleton(key: &str) -> String {
    let mut out = String::new();
    for c in key.chars().filter(|c| !matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y')) {
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

/// Whether two names (keys with equal skeletons) differ by one vowel or one doubled letter, not by
/// an ending ("Iraq" / "Iraqi" is a country and its people).
fn one_vowel_apart(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    // Same first and last letter: "Yummy" / "Mummy", "Phones" / "iPhones" and "Argentina" /
    // "Argentine" are different words.
    if a.first() != b.first() || a.last() != b.last() {
        return false;
    }
    if a.len() == b.len() {
        return a.iter().zip(&b).filter(|(x, y)| x != y).count() == 1;
    }
    let (short, long) = if a.len() < b.len() { (&a, &b) } else { (&b, &a) };
    if long.len() != short.len() + 1 || long.starts_with(short) {
        return false;
    }
    let at = short.iter().zip(long.iter()).position(|(x, y)| x != y).unwrap_or(short.len());
    short[at..] == long[at + 1..]
}

/// The British and the American occurrences of one pair.
type Sides = (Vec<Range<usize>>, Vec<Range<usize>>);

/// Spellings of names sharing a skeleton: letters key, first surface, ranges.
type Spellings = Vec<(String, String, Vec<Range<usize>>)>;

/// One group of spellings of one term: each spelling (as first written) with its ranges.
type Group = Vec<(String, Vec<Range<usize>>)>;

fn add_to_group(group: &mut Group, spelling: &str, range: Range<usize>) {
    match group.iter_mut().find(|(s, _)| s.to_lowercase() == spelling.to_lowercase()) {
        Some((_, ranges)) => ranges.push(range),
        None => group.push((spelling.to_string(), vec![range])),
    }
}

pub(super) fn run(doc: &Document<'_>, out: &mut Vec<Signal>) {
    let text = doc.text();
    let structure = &doc.structure;
    let words = words_of(text, &structure.words);
    let mut key = String::new();

    // British and American forms, per pair: (British ranges, American ranges).
    let mut varieties: FastMap<u16, Sides> = FastMap::default();
    // Hyphenated words by their letters ("cease-fire" → "ceasefire").
    let mut hyphenated: FastMap<String, Group> = FastMap::default();
    for w in &words {
        let surface = &text[w.range.clone()];
        if w.hyphen {
            letters_key(surface, &mut key);
            if key.len() >= 5 {
                add_to_group(hyphenated.entry(key.clone()).or_default(), surface, w.range.clone());
            }
        } else if !w.upper
            && surface.len() >= 4
            && let Some(&(id, british)) = VARIETIES.get(surface)
        {
            let entry = varieties.entry(id).or_default();
            if british { entry.0.push(w.range.clone()) } else { entry.1.push(w.range.clone()) }
        }
    }
    let mut groups: Vec<Group> = Vec::new();
    // Closed forms of the hyphenated words ("ceasefire" beside "cease-fire").
    if !hyphenated.is_empty() {
        // A closed form has as many bytes as the key (letters only): most words are skipped unhashed.
        let mut lengths = [false; 64];
        for k in hyphenated.keys() {
            lengths[k.len().min(63)] = true;
        }
        for w in words.iter().filter(|w| !w.hyphen && lengths[(w.range.end - w.range.start).min(63)]) {
            let surface = &text[w.range.clone()];
            letters_key(surface, &mut key);
            if let Some(group) = hyphenated.get_mut(key.as_str()) {
                add_to_group(group, surface, w.range.clone());
            }
        }
        let mut found: Vec<Group> = hyphenated.into_values().filter(|g| g.len() >= 2).collect();
        found.sort_by_key(|g| g.iter().flat_map(|(_, r)| r.iter().map(|r| r.start)).min());
        groups.extend(found);
    }
    // British and American forms of one word.
    let mut pairs: Vec<&Sides> = varieties.values().filter(|(uk, us)| !uk.is_empty() && !us.is_empty()).collect();
    pairs.sort_by_key(|(uk, us)| uk[0].start.min(us[0].start));
    for (uk, us) in pairs {
        let mut group = Group::new();
        for r in uk.iter().chain(us) {
            add_to_group(&mut group, &text[r.clone()], r.clone());
        }
        groups.push(group);
    }
    groups.extend(name_variants(doc, &words));

    // Each term's spellings in order of first use.
    for group in &mut groups {
        group.sort_by_key(|(_, r)| r.iter().map(|r| r.start).min());
    }
    if !groups.is_empty() {
        let described: Vec<String> = groups
            .iter()
            .take(3)
            .map(|g| {
                let forms: Vec<String> = g.iter().map(|(s, r)| format!("“{s}” ({}×)", r.len())).collect();
                list(&forms)
            })
            .collect();
        let more = if groups.len() > 3 { format!(" and {} more", groups.len() - 3) } else { String::new() };
        let ranges = groups.iter().flat_map(|g| g.iter().flat_map(|(_, r)| r.iter().cloned())).collect();
        out.push(Signal::new(
            "spelling_variants",
            Level::Notice,
            format!(
                "The text spells {} in more than one way: {}{more}. Copy editing usually makes one spelling consistent; texts stitched from several sources often are not.",
                if groups.len() == 1 { "a term" } else { "some terms" },
                described.join("; ")
            ),
            ranges,
        ));
    }

    // British spelling in some words, American in others.
    let british: Vec<&Vec<Range<usize>>> = varieties.values().map(|(uk, _)| uk).filter(|r| !r.is_empty()).collect();
    let american: Vec<&Vec<Range<usize>>> = varieties.values().map(|(_, us)| us).filter(|r| !r.is_empty()).collect();
    if !british.is_empty() && !american.is_empty() && varieties.len() >= 2 {
        let examples = |side: &[&Vec<Range<usize>>]| {
            let mut firsts: Vec<&Range<usize>> = side.iter().map(|r| &r[0]).collect();
            firsts.sort_by_key(|r| r.start);
            let words: Vec<String> = firsts.iter().take(3).map(|r| format!("“{}”", &text[(*r).clone()])).collect();
            list(&words)
        };
        let ranges = varieties.values().flat_map(|(uk, us)| uk.iter().chain(us).cloned()).collect();
        out.push(Signal::new(
            "mixed_spelling",
            Level::Notice,
            format!(
                "The text mixes British spelling ({}) and American spelling ({}): parts of it may come from different sources or editors.",
                examples(&british),
                examples(&american)
            ),
            ranges,
        ));
    }
}

/// Names written two ways: "Al Qaeda" / "al-Qaida", "Assad" / "Asad".
fn name_variants(doc: &Document<'_>, words: &[Word]) -> Vec<Group> {
    let text = doc.text();
    // Mentions of entities, sorted, for "is this capitalized sentence opener a name?".
    let mut mentions: Vec<&Range<usize>> = doc.entities.iter().flat_map(|e| e.mentions.iter()).collect();
    mentions.sort_by_key(|r| r.start);
    let is_mention = |r: &Range<usize>| {
        let i = mentions.partition_point(|m| m.end <= r.start);
        mentions.get(i).is_some_and(|m| m.start <= r.start)
    };
    // skeleton → spellings (letters key → group entry)
    let mut by_skeleton: FastMap<String, Spellings> = FastMap::default();
    let mut key = String::new();
    let mut i = 0;
    while i < words.len() {
        let w = &words[i];
        let mut range = w.range.clone();
        let surface = &text[w.range.clone()];
        // "Al Qaeda": a particle and a capitalized word written apart are one name.
        if surface.len() <= 3
            && PARTICLES.iter().any(|p| p.eq_ignore_ascii_case(surface))
            && let Some(next) = words.get(i + 1)
            && next.upper
            && &text[w.range.end..next.range.start] == " "
        {
            range = w.range.start..next.range.end;
            i += 1;
        } else if !w.upper || w.first && !is_mention(&w.range) {
            i += 1;
            continue;
        }
        i += 1;
        let surface = &text[range.clone()];
        letters_key(surface, &mut key);
        if key.chars().count() < 5 || key.chars().any(|c| c.is_numeric()) {
            continue;
        }
        let spellings = by_skeleton.entry(skeleton(&key)).or_default();
        match spellings.iter().position(|(k, ..)| *k == key) {
            Some(at) => spellings[at].2.push(range),
            // A bounded number of spellings per skeleton keeps the pairwise check small.
            None if spellings.len() < 8 => spellings.push((key.clone(), surface.to_string(), vec![range])),
            None => {}
        }
    }
    let mut groups: Vec<Group> = Vec::new();
    for spellings in by_skeleton.values() {
        let mut group = Group::new();
        for (a, (key_a, surface_a, ranges_a)) in spellings.iter().enumerate() {
            let paired = spellings.iter().enumerate().any(|(b, (key_b, ..))| a != b && one_vowel_apart(key_a, key_b));
            if paired {
                group.push((surface_a.clone(), ranges_a.clone()));
            }
        }
        if group.len() >= 2 {
            groups.push(group);
        }
    }
    groups.sort_by_key(|g| g.iter().flat_map(|(_, r)| r.iter().map(|r| r.start)).min());
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vowel_variants_but_not_endings() {
        assert!(one_vowel_apart("alqaeda", "alqaida"));
        assert!(one_vowel_apart("assad", "asad"));
        assert!(!one_vowel_apart("iraq", "iraqi"));
        assert!(!one_vowel_apart("britain", "briton"));
        assert!(!one_vowel_apart("yummy", "mummy"));
        assert!(!one_vowel_apart("argentina", "argentine"));
        assert!(!one_vowel_apart("phones", "iphones"));
        assert_eq!(skeleton("alqaeda"), skeleton("alqaida"));
    }

    #[test]
    fn table_pairs_forms() {
        assert_eq!(VARIETIES.get("organised").map(|v| v.1), Some(true));
        assert_eq!(VARIETIES.get("organized").map(|v| v.1), Some(false));
        assert_eq!(VARIETIES.get("organised").map(|v| v.0), VARIETIES.get("organized").map(|v| v.0));
        assert_eq!(VARIETIES.get("colours").map(|v| v.1), Some(true));
        assert_eq!(VARIETIES.get("defense").map(|v| v.1), Some(false));
        // Same on both sides: never a variety.
        for word in ["analysis", "emphasis", "advertise", "program", "license", "meter"] {
            assert!(!VARIETIES.contains_key(word), "{word}");
        }
    }
}
