//! spaCy displaCy "manual" JSON.

use std::io::{self, Write};

use serde::Serialize;

use super::CharOffsets;
use crate::document::Document;

#[derive(Serialize)]
struct Manual<'a> {
    text: &'a str,
    ents: Vec<Ent>,
    title: Option<&'a str>,
}

#[derive(Serialize)]
struct Ent {
    start: usize,
    end: usize,
    label: &'static str,
}

/// Writes `doc` as one line of spaCy displaCy "manual" JSON (with a trailing newline):
/// `{"text": ..., "ents": [{"start", "end", "label"}], "title": id-or-null}`, with **code-point**
/// offsets as Python slices strings, entities in order and never overlapping. Labels are
/// chronicle's (`PERSON`, `LOCATION`, `ORGANIZATION`, `NORP`, `DATE`...).
///
/// In Python, for one document (or one line of a file with several):
///
/// ```text
/// from spacy import displacy
/// doc = json.loads(line)
/// html = displacy.render(doc, style="ent", manual=True)
/// ```
///
/// ```
/// let doc = chronicle::Extractor::default().extract("Goïta met officials in Bamako.");
/// let mut out = Vec::new();
/// chronicle::export::displacy(&doc, &mut out)?;
/// let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
/// let last = v["ents"].as_array().unwrap().last().unwrap();
/// assert_eq!((last["start"].as_u64(), last["end"].as_u64()), (Some(23), Some(29)));
/// assert_eq!(last["label"], "LOCATION");
/// # Ok::<(), std::io::Error>(())
/// ```
pub fn displacy<W: Write>(doc: &Document, mut w: W) -> io::Result<()> {
    let offsets = CharOffsets::new(&doc.text);
    let manual = Manual {
        text: &doc.text,
        ents: doc
            .entities
            .iter()
            .map(|e| Ent {
                start: offsets.at(e.span.start),
                end: offsets.at(e.span.end),
                label: e.label.as_str(),
            })
            .collect(),
        title: doc.id.as_deref(),
    };
    serde_json::to_writer(&mut w, &manual)?;
    w.write_all(b"\n")
}
