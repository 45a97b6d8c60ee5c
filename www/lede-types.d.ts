// TypeScript declarations for Lede's output: what `analyze()` returns (JSON contract, schema
// version 1, described field by field in docs/json.md; in Rust, src/analysis.rs).
//
// scripts/package-pkg.mjs copies this file into pkg/ and types `analyze` with it in pkg/lede.d.ts.
// tests/wasm/types.test.mjs type-checks real outputs against it with the TypeScript compiler
// (excess fields, missing fields and wrong types all fail), so it cannot drift from the Rust
// types: when a field is added there, add it here.
//
// Optional (`?`) fields are left out of the JSON when empty; `| null` fields are always there.

/** A piece of the input: `input.slice(start, end) === text` in the unit of `Analysis.offsets`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** The unit of every offset. `utf16` (the default) suits JavaScript strings. */
export type OffsetUnit = 'utf16' | 'char' | 'byte';

/** The options `analyze(text, options)` accepts; an unknown or invalid one throws. */
export interface Options {
  /** `YYYY-MM-DD`: the publication day relative dates resolve against (overrides the article's). */
  reference_date?: string | null;
  /** The unit of all offsets (default `utf16`). */
  offsets?: OffsetUnit;
  /** Longer input (in UTF-8 bytes) is refused; default 10485760. */
  max_bytes?: number;
  /** Include the `tokens` layer (default false). */
  tokens?: boolean;
}

/** Everything Lede found in one text. */
export interface Analysis {
  schema_version: 1;
  lede_version: string;
  offsets: OffsetUnit;
  /** Problems with the input that did not stop the analysis. */
  warnings: Warning[];
  /** The detected language; null when the text is too short to tell. */
  language: Language | null;
  document: DocumentInfo;
  /** Paragraphs of article text (boilerplate, headline and byline excluded). */
  paragraphs: Span[];
  sentences: Sentence[];
  /** Only with the `tokens` option. */
  tokens?: Token[];
  stats: Stats;
  /** People, organizations, places and other names, merged, most salient first. */
  entities: Entity[];
  /** Direct, partial, indirect and mixed quotes, in text order. */
  quotes: Quote[];
  /** The quoted sources, most quoted first. */
  sources: Source[];
  /** Time expressions (TIMEX3), in text order. */
  times: Time[];
  /** The resolved dates in calendar order. */
  timeline: TimelineEntry[];
  /** Figures: numbers, money, percentages, measures, ordinals, ages. */
  quantities: Quantity[];
  /** What the article is about: up to 15 phrases of one to three words, best first. */
  keyphrases: Keyphrase[];
  /** The 3 sentences (fewer for short texts) that best summarize the article, in document order. */
  summary: Span[];
  /** The article's first real news sentence, or null. */
  lede: Span | null;
  /** The main event, 5W1H (Giveme5W1H-like); each part null when not found. */
  event: Event;
  /** How the article is told: sentiment per sentence and overall, loaded words, hedges, intensifiers, superlatives. */
  tone: Tone;
  signals: Signals;
}

export type WarningCode =
  | 'empty_input' | 'control_characters_removed' | 'replacement_characters' | 'invalid_utf8' | 'not_english'
  | 'html_stripped';

export interface Warning {
  code: WarningCode;
  message: string;
}

export interface Language {
  /** ISO 639-3, e.g. `eng`. */
  code: string;
  /** English name, e.g. `English`. */
  name: string;
  /** 0 to 1. */
  confidence: number;
}

export interface DocumentInfo {
  headline: Span | null;
  byline: Byline | null;
  dateline: Dateline | null;
  reference_date: ReferenceDate;
  /** Whole lines that are page furniture, in order. */
  boilerplate: Boilerplate[];
}

export interface Byline extends Span {
  /** Each author's name. */
  names: Span[];
}

export interface Dateline extends Span {
  /** `YYYY-MM-DD` when the dateline states day, month and year. */
  date: string | null;
}

export interface ReferenceDate {
  /** `YYYY-MM-DD`, or null when unknown. */
  value: string | null;
  source: 'option' | 'dateline' | 'text' | 'none';
}

export type BoilerplateKind =
  | 'share' | 'advertisement' | 'related_headline' | 'truncated_line' | 'newsletter' | 'photo_credit'
  | 'caption' | 'read_more' | 'cookie_notice' | 'copyright' | 'timestamp' | 'navigation' | 'credits';

export interface Boilerplate extends Span {
  kind: BoilerplateKind;
}

export interface Sentence extends Span {
  /** Index into `paragraphs`. */
  paragraph: number;
}

export interface Token extends Span {
  kind: 'word' | 'number' | 'punct' | 'symbol';
  /** Index into `sentences`. */
  sentence: number;
}

export interface Stats {
  /** Unicode scalar values in the whole input. */
  characters: number;
  words: number;
  sentences: number;
  paragraphs: number;
  /** Estimated by rule. */
  syllables: number;
  /** At 238 words a minute. */
  reading_time_seconds: number;
  /** Words per sentence. */
  average_sentence_length: number;
  /** Letters and digits per word. */
  average_word_length: number;
  readability: Readability;
}

/** All 0 when there are no words. */
export interface Readability {
  flesch_reading_ease: number;
  flesch_kincaid_grade: number;
  gunning_fog: number;
  smog: number;
  coleman_liau: number;
  automated_readability_index: number;
}

export type EntityType = 'PERSON' | 'ORGANIZATION' | 'LOCATION' | 'MISC';

export interface Entity {
  /** `e1`, `e2`, … in output order. */
  id: string;
  /** The fullest form used in the text, without titles or possessive endings. */
  name: string;
  type: EntityType;
  /** A finer type when known: `country`, `city`, `region` (a LOCATION), `nationality` (a MISC). */
  subtype?: 'country' | 'city' | 'region' | 'nationality';
  /** Every mention, in text order. */
  mentions: Span[];
  /** The article's own words about who a person is (appositives, titles). */
  descriptions: Span[];
  /** 0 to 1. */
  salience: number;
}

export interface Quote {
  /** `q1`, `q2`, … in text order. */
  id: string;
  kind: 'direct' | 'partial' | 'indirect' | 'mixed';
  /** The quoted or reported words, without the quote marks. */
  content: Span;
  /** The verb or phrase that attributes it ("said", "according to"). */
  cue: Span | null;
  speaker: Speaker | null;
  /** Index into `sentences` of the sentence the content starts in. */
  sentence: number;
  /** The quoted pieces when the quote joins several (“A,” she said, “B.”); empty for one piece. */
  parts: Span[];
}

export interface Speaker extends Span {
  /** Id of the entity it refers to (pronouns resolved). */
  entity: string | null;
  name: string | null;
  /** An unnamed source ("officials"). */
  anonymous: boolean;
  description: string | null;
}

export interface Source {
  entity: string | null;
  /** Null for unnamed sources. */
  name: string | null;
  anonymous: boolean;
  description: string | null;
  /** Quotes attributed to the source. */
  quotes: number;
  /** Of those, with words in quote marks. */
  direct: number;
  /** Of those, reported speech. */
  indirect: number;
}

export interface Time extends Span {
  type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  /** TIMEX3 value: `2016-09-19`, `2016-W38`, `P1W`, `PRESENT_REF`, `XXXX-XX-XX`, … */
  value: string;
  /** TIMEX3 mod: "early" is START, "about" APPROX, "at least" EQUAL_OR_MORE, … */
  mod?: 'START' | 'MID' | 'END' | 'APPROX' | 'MORE_THAN' | 'LESS_THAN' | 'EQUAL_OR_MORE' | 'EQUAL_OR_LESS';
  /**
   * What a relative date was resolved against: the reference date (`2016-09-23`) or the value of the
   * earlier time expression ("a year later" after "in 2010" → `2010`). Absent for absolute dates,
   * durations, sets and `*_REF` values.
   */
  anchor?: string;
  /** Index into `sentences`; null in the headline or dateline. */
  sentence: number | null;
}

export interface TimelineEntry extends Span {
  /** The first day of the period named, `YYYY-MM-DD`. */
  date: string;
  /** The expression's TIMEX3 value. */
  value: string;
  /** Index into `times`. */
  time: number;
  /** The sentence the event is told in; null in the headline or dateline. */
  sentence: Span | null;
}

/** A key phrase and every place it (or a variant merged into it) occurs. */
export interface Keyphrase {
  /** The phrase as the article writes it. */
  text: string;
  /** 0–1, the best phrase 1; never rises down the list. */
  score: number;
  mentions: Span[];
}

export interface Quantity extends Span {
  /** The number (a range's low end). */
  value: number;
  /** `USD`, `GBP`, `EUR`, … for money; `percent`; `km`, `kg`, … for measures; `year` for ages. */
  unit?: string;
  kind: 'number' | 'money' | 'percent' | 'measure' | 'ordinal' | 'age';
  approx?: 'approx' | 'more_than' | 'less_than' | 'at_least' | 'at_most';
  /** `[low, high]` for a range. */
  range?: [number, number];
  /** What the figure counts ("people"). */
  counted?: Span;
  /** Index into `sentences`; null in the headline or dateline. */
  sentence: number | null;
}

/** How the article is told (VADER-style sentiment and the words that colour it). */
export interface Tone {
  overall: ToneOverall;
  /** One per entry of `sentences`, same order. */
  sentences: SentenceTone[];
  /** Loaded or emotive words ("annihilation", "regime"), in text order. */
  loaded: Span[];
  /** Hedges ("may", "reportedly", "it is believed"), in text order. */
  hedges: Span[];
  /** Intensifying adverbs ("very", "extremely"), in text order. */
  intensifiers: Span[];
  /** Superlatives ("worst", "the most violent"), in text order. */
  superlatives: Span[];
}

export interface ToneOverall {
  /** −1 to 1: the mean of the sentences' compounds. */
  compound: number;
  /** 0 to 1: shares of positive, negative and neutral words (VADER's weighting). */
  positive: number;
  negative: number;
  neutral: number;
  /** From `compound`: ≤ −0.05 negative, ≥ 0.05 positive. */
  label: 'negative' | 'neutral' | 'positive';
}

export interface SentenceTone {
  /** Index into `sentences`. */
  sentence: number;
  /** −1 to 1 (VADER's compound). */
  compound: number;
}

/** What the text itself gives away: the sourcing summary and the signals found. */
export interface Signals {
  sourcing: Sourcing;
  /** Warnings first, then notices, then infos; within a level in text order. */
  items: Signal[];
}

export type SignalCode =
  | 'anonymous_sources' | 'dominant_source' | 'unattributed_figures' | 'no_attribution' | 'spelling_variants'
  | 'mixed_spelling' | 'duplicate_text' | 'truncated_lines' | 'boilerplate' | 'mid_text_dateline' | 'long_sentences'
  | 'readability';

/** One thing the text gives away, with its evidence. Signals describe; they never judge an article. */
export interface Signal {
  code: SignalCode;
  level: 'warning' | 'notice' | 'info';
  /** A plain English sentence for a journalist. */
  message: string;
  /** The evidence, in text order. */
  spans: Span[];
}

/** The main event of the article: who, what, when, where, why, how. */
export interface Event {
  who: EventPart | null;
  what: EventPart | null;
  /** `value` is the time expression's TIMEX3 value. */
  when: (EventPart & { value: string }) | null;
  where: EventPart | null;
  why: EventPart | null;
  how: EventPart | null;
}

export interface EventPart {
  /** The answer: an entity's name (who, where) or the words of the text. */
  text: string;
  /** The evidence, in text order. */
  spans: Span[];
  /** 0 to 1, heuristic. */
  confidence: number;
}

export interface Sourcing {
  named_sources: number;
  anonymous_sources: number;
  /** 0 to 1. */
  attributed_sentence_share: number;
  /** News agencies named in the text. */
  agencies: string[];
  /** 0 to 1. */
  top_source_share: number;
}
