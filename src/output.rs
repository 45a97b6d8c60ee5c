//! The output boundary: turns the document's layers into an [`Analysis`] and
//! converts every span, once, into the caller's offset unit.

use jiff::civil::Date;

use crate::analysis::{
    Analysis, Boilerplate, Byline, Dateline, DocumentInfo, ReferenceDate, SCHEMA_VERSION, Sentence, Token, Warning,
};
use crate::document::Document;
use crate::options::Options;
use crate::span::{HasSpans, OffsetMapper};
use crate::{language, stats, tokens};

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

fn reference_date(doc: &Document<'_>, option: Option<Date>) -> ReferenceDate {
    let structure = &doc.structure;
    let (value, source) = if let Some(date) = option {
        (Some(date), "option")
    } else if let Some(date) = structure.dateline.as_ref().and_then(|d| d.date) {
        (Some(date), "dateline")
    } else if let Some(date) = structure.date_in_text {
        (Some(date), "text")
    } else {
        (None, "none")
    };
    ReferenceDate { value: value.map(|d| d.to_string()), source: source.into() }
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
        reference_date: reference_date(doc, reference_date_option),
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
        language,
        document,
        paragraphs: structure.paragraphs.iter().map(|r| doc.span(r)).collect(),
        sentences: structure.sentences.iter().map(|(r, p)| Sentence { span: doc.span(r), paragraph: *p }).collect(),
        tokens: token_layer,
        stats: stats::run(doc),
        entities: Vec::new(),
        quotes: Vec::new(),
        times: Vec::new(),
        quantities: Vec::new(),
        keyphrases: Vec::new(),
        summary: Vec::new(),
        signals: serde_json::Map::new(),
    };
    let mapper = OffsetMapper::new(doc.original, options.offsets);
    analysis.for_each_span(&mut |span| mapper.convert_span(span));
    analysis
}
