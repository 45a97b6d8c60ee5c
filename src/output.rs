//! The output boundary: turns the document's layers into an [`Analysis`] and
//! converts every span, once, into the caller's offset unit.

use crate::analysis::{
    Analysis, Boilerplate, Byline, Dateline, DocumentInfo, Entity, Event, EventPart, Keyphrase, ReferenceDate, SCHEMA_VERSION,
    Sentence, Signal, Signals, Token, Warning,
};
use crate::document::Document;
use crate::options::Options;
use crate::span::{HasSpans, OffsetMapper};
use crate::{quotes, tokens};

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

/// The event layer in output form.
fn event(doc: &Document<'_>) -> Event {
    let part = |p: &Option<crate::event::Part>| {
        p.as_ref().map(|p| EventPart {
            text: p.text.clone(),
            spans: p.ranges.iter().map(|r| doc.span(r)).collect(),
            confidence: p.confidence,
            value: p.value.clone(),
        })
    };
    let e = &doc.event;
    Event {
        who: part(&e.who),
        what: part(&e.what),
        when: part(&e.when),
        r#where: part(&e.where_),
        why: part(&e.why),
        how: part(&e.how),
    }
}

/// Builds the [`Analysis`] of a document whose layers are all filled.
pub fn assemble(doc: &Document<'_>, options: &Options) -> Analysis {
    let structure = &doc.structure;
    let mut warnings = input_warnings(doc);
    warnings.extend(doc.warnings.iter().cloned());
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
        reference_date: ReferenceDate {
            value: doc.reference_date.map(|d| d.to_string()),
            source: doc.reference_date_source.into(),
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
    let mut analysis = Analysis {
        schema_version: SCHEMA_VERSION,
        lede_version: crate::VERSION.into(),
        offsets: options.offsets.as_str().into(),
        warnings,
        language: doc.language.clone(),
        document,
        paragraphs: structure.paragraphs.iter().map(|r| doc.span(r)).collect(),
        sentences: structure.sentences.iter().map(|(r, p)| Sentence { span: doc.span(r), paragraph: *p }).collect(),
        tokens: token_layer,
        stats: doc.stats.clone(),
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
        quotes: quotes::to_output(doc, &doc.quotes),
        sources: doc.sources.clone(),
        times: crate::time::to_output(doc, &doc.times),
        timeline: crate::time::timeline(doc, &doc.times),
        quantities: crate::quantities::to_output(doc, &doc.quantities),
        keyphrases: doc
            .keyphrases
            .iter()
            .map(|k| Keyphrase {
                text: k.text.clone(),
                score: k.score,
                mentions: k.mentions.iter().map(|r| doc.span(r)).collect(),
            })
            .collect(),
        summary: doc.summary.sentences.iter().map(|&i| doc.span(&structure.sentences[i].0)).collect(),
        lede: doc.summary.lede.map(|i| doc.span(&structure.sentences[i].0)),
        tone: crate::tone::to_output(doc, &doc.tone),
        event: event(doc),
        signals: Signals {
            sourcing: doc.sourcing.clone(),
            items: doc
                .signals
                .iter()
                .map(|s| Signal {
                    code: s.code.into(),
                    level: s.level.as_str().into(),
                    message: s.message.clone(),
                    spans: s.ranges.iter().map(|r| doc.span(r)).collect(),
                })
                .collect(),
        },
    };
    let mapper = OffsetMapper::new(doc.original, options.offsets);
    analysis.for_each_span(&mut |span| mapper.convert_span(span));
    analysis
}
