//! The output boundary: turns the document's layers into an [`Analysis`] and
//! converts every span, once, into the caller's offset unit.

use jiff::civil::Date;

use crate::analysis::{
    Analysis, Boilerplate, Byline, Dateline, DocumentInfo, Entity, Keyphrase, ReferenceDate, SCHEMA_VERSION, Sentence, Token,
    Warning,
};
use crate::document::Document;
use crate::options::Options;
use crate::span::{HasSpans, OffsetMapper};
use crate::{language, quotes, stats, tokens};

fn warning(code: &str, message: String) -> Warning {
    Warning { code: code.into(), message }
}

fn input_warnings(doc: &Document<'_>) -> Vec<Warning> {
    let mut warnings = Vec::new();
    if doc.original.trim().is_empty() {
        let message = if doc.original.is_empty() { "the text is empty" } else { "the text holds only whitespace" };
        warnings.push(warning("empty_input", format!("{message}; paste an article to analyze")));
    }
    let removed = doc.normalized.control_characters_removed;
    if removed > 0 {
        warnings.push(warning(
            "control_characters_removed",
            format!("{removed} control character(s) such as NUL were ignored; offsets still point into the original text"),
        ));
    }
    if doc.normalized.html_stripped {
        warnings.push(warning(
            "html_stripped",
            "the text looks like HTML source: tags were ignored and entities decoded; offsets still point into the source".into(),
        ));
    }
    if doc.original.contains('\u{FFFD}') {
        warnings.push(warning(
            "replacement_characters",
            "the text holds U+FFFD replacement characters: it was not valid Unicode (invalid UTF-8 or lone surrogates) where they stand".into(),
        ));
    }
    warnings
}

/// The day relative dates resolve against, and where it came from: the option, else the dateline's
/// date, else the first full date in the head of the page. Computed once in `analyze` for the stages.
pub(crate) fn reference_date(doc: &Document<'_>, option: Option<Date>) -> (Option<Date>, &'static str) {
    let structure = &doc.structure;
    if let Some(date) = option {
        (Some(date), "option")
    } else if let Some(date) = structure.dateline.as_ref().and_then(|d| d.date) {
        (Some(date), "dateline")
    } else if let Some(date) = structure.date_in_text {
        (Some(date), "text")
    } else {
        (None, "none")
    }
}

/// Builds the [`Analysis`] of a document whose layers are all filled.
pub fn assemble(doc: &Document<'_>, options: &Options, reference_date_option: Option<Date>) -> Analysis {
    let structure = &doc.structure;
    let mut warnings = input_warnings(doc);
    let language = language::detect(&language::sample_of(structure.sentences.iter().map(|(r, _)| doc.slice(r))), &mut warnings);
    let document = DocumentInfo {
        headline: structure.headline.as_ref().map(|r| doc.span(r)),
        byline: structure
            .byline
            .as_ref()
            .map(|(range, names)| Byline { span: doc.span(range), names: names.iter().map(|r| doc.span(r)).collect() }),
        dateline: structure
            .dateline
            .as_ref()
            .map(|d| Dateline { span: doc.span(&d.range), date: d.date.map(|date| date.to_string()) }),
        reference_date: {
            let (value, source) = reference_date(doc, reference_date_option);
            ReferenceDate { value: value.map(|d| d.to_string()), source: source.into() }
        },
        boilerplate: structure
            .boilerplate
            .iter()
            .map(|(r, kind)| Boilerplate { span: doc.span(r), kind: kind.as_str().into() })
            .collect(),
    };
    let token_layer = options.tokens.then(|| {
        structure
            .sentences
            .iter()
            .enumerate()
            .flat_map(|(index, (range, _))| tokens::tokens(doc.text(), range.clone()).map(move |(r, kind)| (r, kind, index)))
            .map(|(r, kind, sentence)| Token { span: doc.span(&r), kind: kind.as_str().into(), sentence })
            .collect()
    });
    // Speakers link to the entities' mentions (ids `e1`, `e2`, … as in the output).
    let mentions: Vec<quotes::EntityMention> = doc
        .entities
        .iter()
        .enumerate()
        .flat_map(|(i, e)| {
            e.mentions.iter().map(move |r| quotes::EntityMention {
                range: r.clone(),
                entity: format!("e{}", i + 1),
                name: e.name.clone(),
                person: e.kind.as_str() == "PERSON",
                organization: e.kind.as_str() == "ORGANIZATION",
            })
        })
        .collect();
    let (quotes, sources, sourcing) = quotes::layer(doc, &mentions);
    // A sentence holding quoted words whose cue is in another sentence is a bare quote: not for the summary.
    let quoted_without_cue: Vec<usize> =
        quotes.iter().filter(|q| q.cue.is_none() && q.kind != "indirect").map(|q| q.sentence).collect();
    let summary = crate::summary::run(doc, &quoted_without_cue);
    // Keyphrases rest on an English stopword list: for text reliably in another language they would
    // be its function words ("le", "la"), so there are none.
    let keyphrases = if warnings.iter().any(|w| w.code == "not_english") { Vec::new() } else { crate::keyphrases::run(doc) };
    let mut signals = serde_json::Map::new();
    if let Ok(value) = serde_json::to_value(&sourcing) {
        signals.insert("sourcing".into(), value);
    }
    let mut analysis = Analysis {
        schema_version: SCHEMA_VERSION,
        lede_version: crate::VERSION.into(),
        offsets: options.offsets.as_str().into(),
        warnings,
        language,
        document,
        paragraphs: structure.paragraphs.iter().map(|r| doc.span(r)).collect(),
        sentences: structure.sentences.iter().map(|(r, p)| Sentence { span: doc.span(r), paragraph: *p }).collect(),
        tokens: token_layer,
        stats: stats::run(doc),
        entities: doc
            .entities
            .iter()
            .enumerate()
            .map(|(i, e)| Entity {
                id: format!("e{}", i + 1),
                name: e.name.clone(),
                kind: e.kind.as_str().into(),
                subtype: e.subtype.map(str::to_string),
                mentions: e.mentions.iter().map(|r| doc.span(r)).collect(),
                descriptions: e.descriptions.iter().map(|r| doc.span(r)).collect(),
                salience: e.salience,
            })
            .collect(),
        quotes,
        sources,
        times: crate::time::to_output(doc, &doc.times),
        timeline: crate::time::timeline(doc, &doc.times),
        quantities: crate::quantities::to_output(doc, &doc.quantities),
        keyphrases: keyphrases
            .into_iter()
            .map(|k| Keyphrase { text: k.text, score: k.score, mentions: k.mentions.iter().map(|r| doc.span(r)).collect() })
            .collect(),
        summary: summary.sentences.iter().map(|&i| doc.span(&structure.sentences[i].0)).collect(),
        lede: summary.lede.map(|i| doc.span(&structure.sentences[i].0)),
        signals,
    };
    let mapper = OffsetMapper::new(doc.original, options.offsets);
    analysis.for_each_span(&mut |span| mapper.convert_span(span));
    analysis
}
