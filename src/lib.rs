//! # chronicle
//!
//! Turns English news and report text into structured records: **who** (people,
//! organizations), **where** (places linked to GeoNames with coordinates), **when** (dates
//! normalized to TIMEX3 values against the document's date) and **what happened** (dated events
//! with actors and places). Rule-based and fast: no model, no GPU, hundreds of MB per second.
//!
//! ## Example: entities, dates and events
//!
//! ```
//! use chronicle::{Extractor, Input, Label};
//!
//! let extractor = Extractor::default(); // embedded gazetteers; build once, reuse everywhere
//! let text = "Posted on May 22, 2026\n\nRussian troops withdrew from Kidal last month.";
//! let doc = extractor.extract(text);
//!
//! // The document date came from the dateline; "last month" is normalized against it.
//! assert_eq!(doc.document_date.unwrap().to_string(), "2026-05-22");
//! let last_month = doc.entities.iter().find(|e| e.text(text) == "last month").unwrap();
//! assert_eq!(last_month.value.as_deref(), Some("2026-04"));
//!
//! // Kidal is linked to GeoNames.
//! let kidal = doc.entities_with(Label::Location).next().unwrap();
//! assert_eq!(kidal.country.unwrap().as_str(), "ML");
//! assert!(kidal.place.unwrap().geonames_id.is_some());
//! ```
//!
//! ## Example: JSON records
//!
//! [`Document::to_json`] and [`Document::write_json_line`] write the record format of
//! `SCHEMA.md`: byte offsets (`start`, `end`) and code-point offsets (`char_start`, `char_end`,
//! what Python and spaCy use) on every entity.
//!
//! ```
//! let doc = chronicle::Extractor::default().extract("Goïta met officials in Bamako.");
//! let json: serde_json::Value = serde_json::from_str(&doc.to_json()).unwrap();
//! let bamako = &json["entities"].as_array().unwrap().last().unwrap();
//! assert_eq!(bamako["text"], "Bamako");
//! assert_eq!(bamako["start"], 24);      // bytes: "ï" is two bytes
//! assert_eq!(bamako["char_start"], 23); // code points
//! ```
//!
//! ## Example: your own data
//!
//! ```
//! let ex = chronicle::Extractor::builder()
//!     .gazetteer_str("clients.tsv", "Northwind Traders\tORGANIZATION\n")
//!     .build()?;
//! let doc = ex.extract("Northwind Traders opened an office in Dakar.");
//! assert_eq!(doc.entities[0].label, chronicle::Label::Organization);
//! # Ok::<(), chronicle::Error>(())
//! ```
//!
//! ## Other tools' formats
//!
//! [`export`] writes a document as brat standoff, CoNLL BIO, TimeML, spaCy displaCy JSON or a
//! self-contained HTML page; [`import`] loads spaCy EntityRuler patterns, CoreNLP RegexNER
//! mappings and GATE gazetteer lists through the builder.
//!
//! ```
//! let ex = chronicle::Extractor::builder()
//!     .spacy_patterns_str("ruler.jsonl", r#"{"label": "ORG", "pattern": [{"LOWER": "heron"}, {"LOWER": "freight"}]}"#)
//!     .build()?;
//! let doc = ex.extract("Heron Freight moved to Dakar.");
//! let mut ann = Vec::new();
//! chronicle::export::brat(&doc, &mut ann)?;
//! assert!(String::from_utf8(ann).unwrap().starts_with("T1\tORGANIZATION 0 13\tHeron Freight\n"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! ## How it works
//!
//! `segment` splits sentences; the [gazetteer](Extractor::gazetteer_len) automaton, the context
//! rules and the time-expression patterns propose candidates; [`resolve`] keeps non-overlapping
//! entities by one documented policy (longest span, then priority, then earliest), a second time
//! after name coreference has linked short mentions ("Goïta") to full names; the event
//! layer ties trigger words to the sentence's actors, places and dates. Every entity says which
//! rule or gazetteer line produced it (`source`), and [`Extractor::explain`] shows every
//! candidate with the reason it lost.
//!
//! Extraction never fails: any string gives a [`Document`]. Errors ([`Error`], with a
//! [`kind`](Error::kind)) come only from building an extractor from data, and from reading files.

#![deny(missing_docs)]

pub mod batch;
mod coreference;
mod document;
mod error;
mod events;
pub mod export;
mod extractor;
mod gazetteer;
pub mod import;
pub mod jsonl;
mod patterns;
pub mod record;
pub mod resolve;
pub mod segment;
mod temporal;
mod tokens;
mod words;

pub use document::{
    CountryCode, DateSource, Document, Entity, Label, Place, PlaceKind, Sentence, Source, Span,
};
pub use error::{Error, ErrorKind};
pub use events::{
    Argument, EVENTS_CSV_COLUMNS, Event, EventDate, EventDateSource, EventType, Modality,
    TriggerSource, date_precision,
};
pub use extractor::{Explanation, Extractor, ExtractorBuilder, Input};
pub use temporal::{Date, DatePolicy, NumericDateOrder, TemporalConfig};
