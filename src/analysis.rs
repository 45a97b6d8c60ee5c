//! The output: [`Analysis`], the JSON contract documented in `docs/json.md`.
//!
//! These types are what callers see. Each stage fills its own layer; the
//! boundary then converts every [`Span`] into the requested offset unit.

use serde::{Deserialize, Serialize};

use crate::span::{HasSpans, Span};

/// The version of the JSON contract. It changes only when a field changes meaning or disappears.
pub const SCHEMA_VERSION: u32 = 1;

/// Everything Lede found in one text.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Analysis {
    /// [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The version of Lede that produced this.
    pub lede_version: String,
    /// The unit of every offset: `utf16`, `char` or `byte`.
    pub offsets: String,
    /// Problems with the input that did not stop the analysis.
    pub warnings: Vec<Warning>,
    /// The detected language, or null when the text is too short to tell.
    pub language: Option<Language>,
    /// Headline, byline, dateline, reference date and boilerplate.
    pub document: DocumentInfo,
    /// Paragraphs of article text (boilerplate excluded).
    pub paragraphs: Vec<Span>,
    /// Sentences of article text, each with the index of its paragraph.
    pub sentences: Vec<Sentence>,
    /// Word and punctuation tokens; only with `Options::tokens`.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub tokens: Option<Vec<Token>>,
    /// Counts and readability.
    pub stats: Stats,
    /// People, organizations, places and other names, merged and ranked, most salient first.
    pub entities: Vec<Entity>,
    /// Direct, partial, indirect and mixed quotes with their cue and speaker, in text order.
    pub quotes: Vec<Quote>,
    /// The quoted sources: one entry per person, organization or unnamed source, most quoted first.
    pub sources: Vec<Source>,
    /// Time expressions (TIMEX3 type, value, mod), in text order.
    pub times: Vec<Time>,
    /// The resolved dates and times in calendar order, each with its expression and sentence.
    pub timeline: Vec<TimelineEntry>,
    /// Figures: numbers, money, percentages, measures, ordinals, ages, with what they count.
    pub quantities: Vec<Quantity>,
    /// What the article is about: up to 15 phrases of one to three words, best first.
    pub keyphrases: Vec<Keyphrase>,
    /// The three sentences (fewer for short texts) that best summarize the article, in document order.
    pub summary: Vec<Span>,
    /// The article's first real news sentence, or null when there is none.
    #[serde(default)]
    pub lede: Option<Span>,
    /// The main event, 5W1H: who, what, when, where, why, how; each null when not found.
    #[serde(default)]
    pub event: Event,
    /// How the article is told: sentiment per sentence and overall, loaded words, hedges, intensifiers, superlatives.
    #[serde(default)]
    pub tone: Tone,
    /// What the text itself gives away: the sourcing summary and the list of signals.
    pub signals: Signals,
}

/// A problem with the input that did not stop the analysis.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Warning {
    /// Stable machine-readable code, e.g. `empty_input`, `not_english`.
    pub code: String,
    /// A sentence for people.
    pub message: String,
}

/// The detected language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Language {
    /// ISO 639-3 code, e.g. `eng`.
    pub code: String,
    /// English name of the language.
    pub name: String,
    /// 0 to 1.
    pub confidence: f64,
}

/// The parts of a news page around the article text.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct DocumentInfo {
    /// The article's title line.
    pub headline: Option<Span>,
    /// The "By …" line and the names in it.
    pub byline: Option<Byline>,
    /// The place and/or date that opens the story ("WASHINGTON (Reuters) -").
    pub dateline: Option<Dateline>,
    /// The day the article is taken to be published, and where that came from.
    pub reference_date: ReferenceDate,
    /// Lines of the page that are not article text.
    pub boilerplate: Vec<Boilerplate>,
}

/// A byline and the author names in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Byline {
    /// The whole byline.
    #[serde(flatten)]
    pub span: Span,
    /// Each author's name.
    pub names: Vec<Span>,
}

/// A dateline and the date it states, if any.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dateline {
    /// The dateline, without the dash or colon that ends it.
    #[serde(flatten)]
    pub span: Span,
    /// The stated date as `YYYY-MM-DD`, when it gives day, month and year.
    pub date: Option<String>,
}

/// The date relative expressions are resolved against.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReferenceDate {
    /// `YYYY-MM-DD`, or null when unknown.
    pub value: Option<String>,
    /// `option`, `dateline`, `text` or `none`.
    pub source: String,
}

impl Default for ReferenceDate {
    fn default() -> Self {
        ReferenceDate { value: None, source: "none".into() }
    }
}

/// A line that is page furniture rather than article text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Boilerplate {
    /// The line.
    #[serde(flatten)]
    pub span: Span,
    /// What it is: `share`, `advertisement`, `related_headline`, … (see docs/json.md).
    pub kind: String,
}

/// A sentence and the paragraph it belongs to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    /// The sentence, from its first character to its final punctuation or closing quote.
    #[serde(flatten)]
    pub span: Span,
    /// Index into `paragraphs`.
    pub paragraph: usize,
}

/// A word, number, punctuation mark or symbol.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Token {
    /// The token.
    #[serde(flatten)]
    pub span: Span,
    /// `word`, `number`, `punct` or `symbol`.
    pub kind: String,
    /// Index into `sentences`.
    pub sentence: usize,
}

/// Counts and readability of the article text (boilerplate excluded).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Stats {
    /// Unicode scalar values in the whole input.
    pub characters: usize,
    /// Words in the article's sentences.
    pub words: usize,
    /// Sentences of article text.
    pub sentences: usize,
    /// Paragraphs of article text.
    pub paragraphs: usize,
    /// Syllables in those words (estimated by rule).
    pub syllables: usize,
    /// At 238 words a minute, the average adult silent reading speed.
    pub reading_time_seconds: u64,
    /// Words per sentence.
    pub average_sentence_length: f64,
    /// Letters per word.
    pub average_word_length: f64,
    /// The classic readability formulas.
    pub readability: Readability,
}

/// Readability scores; all 0 when there are no words.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Readability {
    /// Flesch reading ease: higher is easier (60–70 is plain English).
    pub flesch_reading_ease: f64,
    /// Flesch–Kincaid grade level (US school grade).
    pub flesch_kincaid_grade: f64,
    /// Gunning fog index.
    pub gunning_fog: f64,
    /// SMOG grade.
    pub smog: f64,
    /// Coleman–Liau index.
    pub coleman_liau: f64,
    /// Automated readability index.
    pub automated_readability_index: f64,
}

/// A time expression (TimeML TIMEX3): `type`, `value` and `mod` resolved against the reference date.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Time {
    /// The expression ("on Monday" gives "Monday").
    #[serde(flatten)]
    pub span: Span,
    /// `DATE`, `TIME`, `DURATION` or `SET`.
    #[serde(rename = "type")]
    pub kind: String,
    /// ISO-style TIMEX3 value: `2016-09-19`, `2016-09`, `2016-W38`, `2016-Q3`, `201` (a decade),
    /// `2016-09-22TNI`, `P1W`, `PRESENT_REF`; `X`s where the reference date is unknown (`XXXX-XX-XX`).
    pub value: String,
    /// TIMEX3 `mod`: `START`, `MID`, `END`, `APPROX`, `MORE_THAN`, `LESS_THAN`, `EQUAL_OR_MORE`, `EQUAL_OR_LESS`.
    #[serde(rename = "mod", skip_serializing_if = "Option::is_none", default)]
    pub modifier: Option<String>,
    /// What a relative expression was resolved against: the reference date (`2016-09-23`) for
    /// "Monday" or "last week", or the value of the earlier time expression for "a year later" or
    /// "the following month" (`2010`). Absent for absolute expressions, durations and sets.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub anchor: Option<String>,
    /// Index into `sentences`; null in the headline or dateline.
    pub sentence: Option<usize>,
}

/// One entry of the timeline: a resolved date or time, in calendar order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimelineEntry {
    /// The first day of the period the expression names, `YYYY-MM-DD` (the sort key).
    pub date: String,
    /// The expression's TIMEX3 value.
    pub value: String,
    /// Index into `times`.
    pub time: usize,
    /// The time expression.
    #[serde(flatten)]
    pub span: Span,
    /// The sentence the event is told in; null in the headline or dateline.
    pub sentence: Option<Span>,
}

/// A figure the article cites.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    /// The figure with its qualifier and unit ("more than 300 people" gives "more than 300").
    #[serde(flatten)]
    pub span: Span,
    /// The number (for a range, its low end): "a quarter of a million" is 250000, "$5bn" 5000000000.
    pub value: f64,
    /// `USD`, `GBP`, `EUR`, … for money; `percent`; `km`, `kg`, … for measures; `year` for ages.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub unit: Option<String>,
    /// `number`, `money`, `percent`, `measure`, `ordinal` or `age`.
    pub kind: String,
    /// How the figure is hedged: `approx` ("about"), `more_than`, `less_than`, `at_least`, `at_most`.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub approx: Option<String>,
    /// `[low, high]` for a range ("between 40 and 50", "40-50").
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub range: Option<[f64; 2]>,
    /// What the figure counts ("people", "death toll").
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub counted: Option<Span>,
    /// Index into `sentences`; null in the headline or dateline.
    pub sentence: Option<usize>,
}

impl HasSpans for Time {
    fn for_each_span(&mut self, f: &mut dyn FnMut(&mut Span)) {
        f(&mut self.span)
    }
}

impl HasSpans for TimelineEntry {
    fn for_each_span(&mut self, f: &mut dyn FnMut(&mut Span)) {
        f(&mut self.span);
        self.sentence.for_each_span(f);
    }
}

impl HasSpans for Quantity {
    fn for_each_span(&mut self, f: &mut dyn FnMut(&mut Span)) {
        f(&mut self.span);
        self.counted.for_each_span(f);
    }
}

macro_rules! has_spans_via_field {
    ($($type:ty),*) => {$(
        impl HasSpans for $type {
            fn for_each_span(&mut self, f: &mut dyn FnMut(&mut Span)) {
                f(&mut self.span)
            }
        }
    )*};
}
has_spans_via_field!(Dateline, Boilerplate, Sentence, Token);

impl HasSpans for Byline {
    fn for_each_span(&mut self, f: &mut dyn FnMut(&mut Span)) {
        f(&mut self.span);
        self.names.for_each_span(f);
    }
}

/// An entity: all its mentions merged, with a canonical name, the article's descriptions and a salience.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// `e1`, `e2`, … in output order (most salient first).
    pub id: String,
    /// The canonical name: the fullest form used in the text, without titles or possessive endings.
    pub name: String,
    /// `PERSON`, `ORGANIZATION`, `LOCATION` or `MISC` (CoNLL-2003 guidelines).
    #[serde(rename = "type")]
    pub kind: String,
    /// A finer type when known: `country`, `city`, `region` (a LOCATION), `nationality` (a MISC).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub subtype: Option<String>,
    /// Every mention, in text order (headline and dateline included).
    pub mentions: Vec<Span>,
    /// The article's own words about who a person is: appositives and titles, in text order.
    pub descriptions: Vec<Span>,
    /// How central the entity is, 0 to 1 (mention count, first position, headline).
    pub salience: f64,
}

impl HasSpans for Entity {
    fn for_each_span(&mut self, f: &mut dyn FnMut(&mut Span)) {
        self.mentions.for_each_span(f);
        self.descriptions.for_each_span(f);
    }
}

/// A statement the article reports: what was said, the cue that attributes it, and who said it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// `q1`, `q2`, … in text order.
    pub id: String,
    /// `direct`, `partial`, `indirect` or `mixed`.
    pub kind: String,
    /// The quoted or reported words, without the enclosing quote marks.
    pub content: Span,
    /// The verb or phrase that attributes it ("said", "told", "according to"), if any.
    pub cue: Option<Span>,
    /// Who said it, if known.
    pub speaker: Option<Speaker>,
    /// Index into `sentences` of the sentence the content starts in.
    pub sentence: usize,
    /// When the quote joins several quotations (“A,” she said. “B.”): each quoted piece, in
    /// order; `content` then runs from the first to the last. Empty for a single piece.
    pub parts: Vec<Span>,
}

/// The source of a quote, as written in the text, linked to an entity when possible.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Speaker {
    /// The speaker as written next to the cue ("Kerry", "he", "the source").
    #[serde(flatten)]
    pub span: Span,
    /// Id of the entity it refers to (pronouns resolved), when known.
    pub entity: Option<String>,
    /// The entity's name, or the proper name written in or resolved for the speaker.
    pub name: Option<String>,
    /// An unnamed source ("a source", "officials", "residents").
    pub anonymous: bool,
    /// The article's words about the source: an appositive, or the group or role named.
    pub description: Option<String>,
}

/// One quoted source and how often it is quoted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Source {
    /// Id of the entity, when linked.
    pub entity: Option<String>,
    /// The source's name (the fullest spelling used), or null for unnamed sources.
    pub name: Option<String>,
    /// An unnamed source.
    pub anonymous: bool,
    /// The first description given of the source.
    pub description: Option<String>,
    /// Quotes attributed to the source.
    pub quotes: usize,
    /// Of those, quotes carrying words in quote marks (direct, partial, mixed).
    pub direct: usize,
    /// Of those, reported speech without quote marks.
    pub indirect: usize,
}

/// How well the article is sourced: `signals.sourcing`.
///
/// Fields in alphabetical order: the JSON keeps the key order it had when `signals` was a JSON map.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Sourcing {
    /// News agencies named in the text (`Reuters`, `AP`, `AFP`, …).
    pub agencies: Vec<String>,
    /// Distinct unnamed sources.
    pub anonymous_sources: usize,
    /// Share (0–1) of sentences that carry an attribution.
    pub attributed_sentence_share: f64,
    /// Distinct named sources.
    pub named_sources: usize,
    /// Share (0–1) of attributed quotes that belong to the most-quoted source.
    pub top_source_share: f64,
}

impl HasSpans for Speaker {
    fn for_each_span(&mut self, f: &mut dyn FnMut(&mut Span)) {
        f(&mut self.span)
    }
}

impl HasSpans for Quote {
    fn for_each_span(&mut self, f: &mut dyn FnMut(&mut Span)) {
        f(&mut self.content);
        self.parts.for_each_span(f);
        self.cue.for_each_span(f);
        self.speaker.for_each_span(f);
    }
}

/// A key phrase: what the article is about, with every place it occurs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Keyphrase {
    /// The phrase as the article writes it.
    pub text: String,
    /// 0–1, the best phrase 1; never rises down the list.
    pub score: f64,
    /// Every occurrence (spelling variants and phrases merged into it included), in text order.
    pub mentions: Vec<Span>,
}

impl HasSpans for Keyphrase {
    fn for_each_span(&mut self, f: &mut dyn FnMut(&mut Span)) {
        self.mentions.for_each_span(f);
    }
}

/// How the article is told: sentiment per sentence and overall, and the words that colour it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Tone {
    /// The article's sentiment.
    pub overall: ToneOverall,
    /// One entry per entry of `sentences`, same order.
    pub sentences: Vec<SentenceTone>,
    /// Loaded or emotive words ("annihilation", "regime", "massacre"), in text order.
    pub loaded: Vec<Span>,
    /// Hedges ("may", "reportedly", "it is believed"), in text order.
    pub hedges: Vec<Span>,
    /// Intensifying adverbs ("very", "extremely"), in text order.
    pub intensifiers: Vec<Span>,
    /// Superlatives ("worst", "the most powerful"), in text order.
    pub superlatives: Vec<Span>,
}

/// The article's sentiment (VADER-style).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ToneOverall {
    /// −1 … 1: the mean of the sentences' compounds.
    pub compound: f64,
    /// 0–1: share of the sentences' words (weighted by valence) that are positive.
    pub positive: f64,
    /// 0–1: likewise negative.
    pub negative: f64,
    /// 0–1: likewise neutral.
    pub neutral: f64,
    /// `negative` (compound ≤ −0.05), `neutral` or `positive` (≥ 0.05).
    pub label: String,
}

/// The sentiment of one sentence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SentenceTone {
    /// Index into `sentences`.
    pub sentence: usize,
    /// −1 … 1 (VADER's compound).
    pub compound: f64,
}

impl HasSpans for Tone {
    fn for_each_span(&mut self, f: &mut dyn FnMut(&mut Span)) {
        self.loaded.for_each_span(f);
        self.hedges.for_each_span(f);
        self.intensifiers.for_each_span(f);
        self.superlatives.for_each_span(f);
    }
}

/// The main event of the article, 5W1H, in the manner of Giveme5W1H.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// The acting person, organization or country.
    pub who: Option<EventPart>,
    /// What happened: the actor's verb phrase, or what they said when the headline reports a statement.
    pub what: Option<EventPart>,
    /// When: the best resolved time expression; `value` is its TIMEX3 value.
    pub when: Option<EventPart>,
    /// Where: a place entity.
    pub r#where: Option<EventPart>,
    /// Why: a cause clause ("after …", "because …", "due to …", "amid …", "in response to …").
    pub why: Option<EventPart>,
    /// How: a means or manner clause ("by …ing", "using …", "with the help of …").
    pub how: Option<EventPart>,
}

/// One answer of the 5W1H.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventPart {
    /// The answer: an entity's name (who, where) or the words of the text.
    pub text: String,
    /// The evidence in the text, in text order.
    pub spans: Vec<Span>,
    /// 0–1, heuristic: higher when the evidence is early (headline, lede) and typical.
    pub confidence: f64,
    /// Only in `when`: the TIMEX3 value of the time expression.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub value: Option<String>,
}

impl HasSpans for EventPart {
    fn for_each_span(&mut self, f: &mut dyn FnMut(&mut Span)) {
        self.spans.for_each_span(f);
    }
}

impl HasSpans for Event {
    fn for_each_span(&mut self, f: &mut dyn FnMut(&mut Span)) {
        for part in [&mut self.who, &mut self.what, &mut self.when, &mut self.r#where, &mut self.why, &mut self.how] {
            part.for_each_span(f);
        }
    }
}

/// `signals`: the sourcing summary and the signals found in the text.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Signals {
    /// How well the article is sourced.
    pub sourcing: Sourcing,
    /// Signals, warnings first, then notices, then infos; within a level in text order.
    #[serde(default)]
    pub items: Vec<Signal>,
}

/// One thing the text gives away, with the evidence. Signals describe; they never judge an article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Signal {
    /// Stable code: `anonymous_sources`, `dominant_source`, `unattributed_figures`, `no_attribution`,
    /// `spelling_variants`, `mixed_spelling`, `duplicate_text`, `truncated_lines`, `boilerplate`,
    /// `mid_text_dateline`, `long_sentences`, `readability`.
    pub code: String,
    /// `warning`, `notice` or `info`.
    pub level: String,
    /// A plain English sentence for a journalist.
    pub message: String,
    /// The evidence, in text order.
    pub spans: Vec<Span>,
}

impl HasSpans for Signal {
    fn for_each_span(&mut self, f: &mut dyn FnMut(&mut Span)) {
        self.spans.for_each_span(f);
    }
}

impl HasSpans for Signals {
    fn for_each_span(&mut self, f: &mut dyn FnMut(&mut Span)) {
        self.items.for_each_span(f);
    }
}

impl HasSpans for Analysis {
    fn for_each_span(&mut self, f: &mut dyn FnMut(&mut Span)) {
        self.event.for_each_span(f);
        self.tone.for_each_span(f);
        self.signals.for_each_span(f);
        self.keyphrases.for_each_span(f);
        self.summary.for_each_span(f);
        self.lede.for_each_span(f);
        self.quotes.for_each_span(f);
        self.entities.for_each_span(f);
        self.document.headline.for_each_span(f);
        self.document.byline.for_each_span(f);
        self.document.dateline.for_each_span(f);
        self.document.boilerplate.for_each_span(f);
        self.paragraphs.for_each_span(f);
        self.sentences.for_each_span(f);
        self.tokens.for_each_span(f);
        self.times.for_each_span(f);
        self.timeline.for_each_span(f);
        self.quantities.for_each_span(f);
    }
}
