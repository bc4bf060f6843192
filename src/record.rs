//! The wire format: serde types matching `../shared/SCHEMA.md`, separate from the core types.
//!
//! A [`Record`] borrows a [`Document`] and serializes it; code-point offsets (`char_start`,
//! `char_end`) are computed here, once, in one forward pass over the text.
//!
//! ```
//! let doc = chronicle::Extractor::default().extract("Troops left Bamako last month.");
//! let json: serde_json::Value = serde_json::from_str(&doc.to_json()).unwrap();
//! assert_eq!(json["entities"][0]["text"], "Bamako");
//! assert_eq!(json["entities"][0]["label"], "LOCATION");
//! assert!(json["document_date"].is_null());
//! ```

use std::io::Write as _;

use serde::Serialize;

use crate::document::{Document, Label, Source, Span};
use crate::events::{Event, EventType, Modality};

/// A document as serialized. Build one with [`Document::record`].
#[derive(Serialize, Debug)]
pub struct Record<'a> {
    /// The caller's id, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<&'a str>,
    /// `YYYY-MM-DD` or null.
    pub document_date: Option<String>,
    /// `"given"`, `"dateline"` or null.
    pub document_date_source: Option<&'static str>,
    /// Sentences, byte and code-point offsets.
    pub sentences: Vec<SpanRecord>,
    /// Entities.
    pub entities: Vec<EntityRecord<'a>>,
    /// Events.
    pub events: Vec<EventRecord<'a>>,
}

/// A sentence as serialized.
#[derive(Serialize, Debug)]
pub struct SpanRecord {
    /// Byte start.
    pub start: usize,
    /// Byte end (exclusive).
    pub end: usize,
    /// Code-point start.
    pub char_start: usize,
    /// Code-point end (exclusive).
    pub char_end: usize,
}

/// An entity as serialized.
#[derive(Serialize, Debug)]
pub struct EntityRecord<'a> {
    /// The text of the span.
    pub text: &'a str,
    /// The label.
    pub label: &'static str,
    /// Byte start.
    pub start: usize,
    /// Byte end (exclusive).
    pub end: usize,
    /// Code-point start.
    pub char_start: usize,
    /// Code-point end (exclusive).
    pub char_end: usize,
    /// Index of the sentence.
    pub sentence: usize,
    /// The rule or gazetteer entry that produced it (serialized as its `Display` string).
    pub source: &'a Source,
    /// Canonical name, when it differs from the text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub canonical: Option<&'a str>,
    /// Place kind (`country`, `admin1`, `city`, `region`, `continent`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<&'static str>,
    /// ISO 3166-1 alpha-2 country.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<&'a str>,
    /// GeoNames id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub geonames_id: Option<u32>,
    /// Latitude.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lat: Option<f64>,
    /// Longitude.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lon: Option<f64>,
    /// TIMEX3 value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<&'a str>,
    /// TIMEX3 mod.
    #[serde(rename = "mod", skip_serializing_if = "Option::is_none")]
    pub modifier: Option<&'static str>,
}

/// A span of text inside an event record.
#[derive(Serialize, Debug)]
pub struct TextSpan<'a> {
    /// The text.
    pub text: &'a str,
    /// Byte start.
    pub start: usize,
    /// Byte end (exclusive).
    pub end: usize,
}

/// An event argument as serialized.
#[derive(Serialize, Debug)]
pub struct ArgumentRecord<'a> {
    /// The text.
    pub text: &'a str,
    /// Byte start.
    pub start: usize,
    /// Byte end (exclusive).
    pub end: usize,
    /// Entity label, if the argument is an entity.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<&'static str>,
    /// Whether the argument was inferred rather than stated.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub inferred: bool,
}

/// An event date as serialized.
#[derive(Serialize, Debug)]
pub struct DateRecord<'a> {
    /// The text.
    pub text: &'a str,
    /// TIMEX3 value.
    pub value: &'a str,
    /// Byte start.
    pub start: usize,
    /// Byte end (exclusive).
    pub end: usize,
}

/// An event as serialized.
#[derive(Serialize, Debug)]
pub struct EventRecord<'a> {
    /// Event type.
    #[serde(rename = "type")]
    pub event_type: &'static str,
    /// Trigger.
    pub trigger: TextSpan<'a>,
    /// Sentence index.
    pub sentence: usize,
    /// Date, or null.
    pub date: Option<DateRecord<'a>>,
    /// Place, or null.
    pub location: Option<ArgumentRecord<'a>>,
    /// Actors.
    pub actors: Vec<ArgumentRecord<'a>>,
    /// Who or what was acted on, or null.
    pub target: Option<ArgumentRecord<'a>>,
    /// `"clause"`, `"modifier"`, `"narrative"` or null.
    pub date_source: Option<&'static str>,
    /// Negated.
    pub negated: bool,
    /// `"asserted"`, `"hypothetical"` or `"reported"`.
    pub modality: &'static str,
    /// Event id; coreferent mentions share it.
    pub id: usize,
    /// The lexicon row of the trigger (`lexicon:event_triggers.tsv:42`).
    pub source: String,
}

/// A source is written as its display string (`gazetteer:places.tsv:30498`), without building
/// the string first.
impl Serialize for Source {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// Byte -> code-point offsets, by a forward cursor (restarting if asked to go back).
struct CharIndex<'t> {
    text: &'t str,
    ascii: bool,
    byte: usize,
    chars: usize,
}

impl<'t> CharIndex<'t> {
    fn new(text: &'t str) -> CharIndex<'t> {
        CharIndex {
            text,
            ascii: text.is_ascii(),
            byte: 0,
            chars: 0,
        }
    }

    fn at(&mut self, byte: usize) -> usize {
        if self.ascii {
            return byte;
        }
        if byte < self.byte {
            self.byte = 0;
            self.chars = 0;
        }
        let between = &self.text.as_bytes()[self.byte..byte];
        // Count bytes that start a character (not continuation bytes 10xxxxxx).
        self.chars += between.iter().filter(|&&b| (b as i8) >= -0x40).count();
        self.byte = byte;
        self.chars
    }
}

impl Document {
    /// The serializable view of this document.
    ///
    /// ```
    /// let doc = chronicle::Extractor::default().extract("Mali’s army left Kidal.");
    /// let rec = doc.record();
    /// let kidal = rec.entities.iter().find(|e| e.text == "Kidal").unwrap();
    /// assert_eq!((kidal.start, kidal.char_start), (19, 17));
    /// ```
    pub fn record(&self) -> Record<'_> {
        let text = self.text.as_str();
        let mut idx = CharIndex::new(text);
        let sentences = self
            .sentences
            .iter()
            .map(|s| SpanRecord {
                start: s.span.start,
                end: s.span.end,
                char_start: idx.at(s.span.start),
                char_end: idx.at(s.span.end),
            })
            .collect();
        let mut idx = CharIndex::new(text);
        let entities = self
            .entities
            .iter()
            .map(|e| EntityRecord {
                text: &text[e.span.range()],
                label: e.label.as_str(),
                start: e.span.start,
                end: e.span.end,
                char_start: idx.at(e.span.start),
                char_end: idx.at(e.span.end),
                sentence: e.sentence,
                source: &e.source,
                canonical: e.canonical.as_deref(),
                kind: e.place.map(|p| p.kind.as_str()),
                country: e.country.as_ref().map(|c| c.as_str()),
                geonames_id: e.place.and_then(|p| p.geonames_id),
                lat: e.place.and_then(|p| p.lat),
                lon: e.place.and_then(|p| p.lon),
                value: e.value.as_deref(),
                modifier: e.modifier,
            })
            .collect();
        let events = self
            .events
            .iter()
            .map(|ev| event_record(text, ev))
            .collect();
        Record {
            id: self.id.as_deref(),
            document_date: self.document_date.map(|d| d.to_string()),
            document_date_source: self.document_date_source.map(|s| s.as_str()),
            sentences,
            entities,
            events,
        }
    }

    /// The record as compact JSON (one line: JSON Lines).
    ///
    /// ```
    /// let doc = chronicle::Extractor::default().extract("Hello.");
    /// assert!(!doc.to_json().contains('\n'));
    /// ```
    pub fn to_json(&self) -> String {
        let mut out = Vec::with_capacity(self.text.len() * 4 + 128);
        self.append_json(&mut out);
        // Only whole UTF-8 strings and ASCII were written.
        String::from_utf8(out).unwrap_or_default()
    }

    /// The record as indented JSON.
    ///
    /// ```
    /// let doc = chronicle::Extractor::default().extract("Hello.");
    /// assert!(doc.to_json_pretty().contains("\n  \"sentences\""));
    /// ```
    pub fn to_json_pretty(&self) -> String {
        serde_json::to_string_pretty(&self.record()).unwrap_or_default()
    }

    /// Writes the record as one JSON line (with a trailing newline) to `w`.
    ///
    /// ```
    /// let doc = chronicle::Extractor::default().extract("Hello.");
    /// let mut buf = Vec::new();
    /// doc.write_json_line(&mut buf).unwrap();
    /// assert!(buf.ends_with(b"}\n"));
    /// ```
    pub fn write_json_line<W: std::io::Write>(&self, mut w: W) -> std::io::Result<()> {
        let mut out = Vec::with_capacity(self.text.len() * 4 + 128);
        self.append_json_line(&mut out);
        w.write_all(&out)
    }

    /// Appends the record as one JSON line (with a trailing newline) to a byte buffer: the
    /// fastest way to write many records (reuse the buffer, write it out in large pieces).
    ///
    /// The bytes are exactly those of `serde_json::to_writer(&doc.record())` plus `\n`, written
    /// without going through serde for the sentences and entities.
    ///
    /// ```
    /// let doc = chronicle::Extractor::default().extract("Troops left Kidal.");
    /// let mut buf = Vec::new();
    /// doc.append_json_line(&mut buf);
    /// let expected = serde_json::to_string(&doc.record()).unwrap() + "\n";
    /// assert_eq!(buf, expected.as_bytes());
    /// ```
    pub fn append_json_line(&self, out: &mut Vec<u8>) {
        self.append_json(out);
        out.push(b'\n');
    }

    /// The compact record. Field order, names and skipping rules are those of [`Record`] and
    /// [`EntityRecord`]: keep them in sync (the `json_line_matches_serde` test checks).
    fn append_json(&self, out: &mut Vec<u8>) {
        let text = self.text.as_str();
        out.push(b'{');
        if let Some(id) = &self.id {
            out.extend_from_slice(b"\"id\":");
            json_str(out, id);
            out.push(b',');
        }
        out.extend_from_slice(b"\"document_date\":");
        match self.document_date {
            Some(d) => {
                // A `Date` displays as YYYY-MM-DD: nothing to escape.
                let _ = write!(out, "\"{d}\"");
            }
            None => out.extend_from_slice(b"null"),
        }
        out.extend_from_slice(b",\"document_date_source\":");
        match self.document_date_source {
            Some(s) => json_plain(out, s.as_str()),
            None => out.extend_from_slice(b"null"),
        }
        out.extend_from_slice(b",\"sentences\":");
        let mut idx = CharIndex::new(text);
        // The first item opens the list: `[` before it, `,` before the next ones.
        let mut sep = b'[';
        for s in &self.sentences {
            let mut head = *b"[{\"start\":";
            head[0] = sep;
            out.extend_from_slice(&head);
            offsets_from_start(out, s.span, &mut idx);
            out.push(b'}');
            sep = b',';
        }
        close_list(out, sep);
        out.extend_from_slice(b",\"entities\":");
        let mut idx = CharIndex::new(text);
        let mut files = FileNames::default();
        let mut floats = Floats::take();
        let mut sep = b'[';
        for e in &self.entities {
            let mut head = *b"[{\"text\":\"";
            head[0] = sep;
            out.extend_from_slice(&head);
            json_span_contents(out, text, e.span);
            LABEL_FIELDS[e.label as usize].put(out);
            offsets_from_start(out, e.span, &mut idx);
            key_num(out, b",\"sentence\":", Num::new(e.sentence));
            match &e.source {
                Source::Gazetteer { file, line } => {
                    out.extend_from_slice(b",\"source\":\"gazetteer:");
                    files.append(out, file);
                    out.push(b':');
                    num(out, *line as usize);
                }
                // Built-in rule ids are a closed set of plain names.
                Source::Rule(id) => {
                    out.extend_from_slice(b",\"source\":\"");
                    json_plain_contents(out, id);
                }
                other => {
                    out.extend_from_slice(b",\"source\":\"");
                    json_str_contents(out, &other.to_string());
                }
            }
            out.push(b'"');
            if let Some(c) = &e.canonical {
                out.extend_from_slice(b",\"canonical\":");
                json_str(out, c);
            }
            if let Some(p) = &e.place {
                out.extend_from_slice(b",\"kind\":");
                json_plain(out, p.kind.as_str());
            }
            if let Some(c) = e.country {
                // Two ASCII capitals: one constant-size write.
                let mut field = *b",\"country\":\"XX\"";
                field[12..14].copy_from_slice(&c.letters());
                out.extend_from_slice(&field);
            }
            if let Some(p) = &e.place {
                if let Some(id) = p.geonames_id {
                    key_num(out, b",\"geonames_id\":", Num::new(id as usize));
                }
                if let Some(lat) = p.lat {
                    out.extend_from_slice(b",\"lat\":");
                    floats.append(out, lat);
                }
                if let Some(lon) = p.lon {
                    out.extend_from_slice(b",\"lon\":");
                    floats.append(out, lon);
                }
            }
            if let Some(v) = &e.value {
                out.extend_from_slice(b",\"value\":");
                json_str(out, v);
            }
            if let Some(m) = e.modifier {
                out.extend_from_slice(b",\"mod\":");
                json_plain(out, m);
            }
            out.push(b'}');
            sep = b',';
        }
        close_list(out, sep);
        Floats::keep(floats);
        out.extend_from_slice(b",\"events\":[");
        for (i, ev) in self.events.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            append_event(out, text, ev, &mut files);
        }
        out.extend_from_slice(b"]}");
    }
}

/// An event as [`EventRecord`] serializes it (same field order and rules).
fn append_event<'a>(out: &mut Vec<u8>, text: &str, ev: &'a Event, files: &mut FileNames<'a>) {
    EVENT_HEADS[ev.event_type as usize].put(out);
    json_span_contents(out, text, ev.trigger);
    start_end(out, b"\",\"start\":", ev.trigger);
    key_num(out, b"},\"sentence\":", Num::new(ev.sentence));
    out.extend_from_slice(b",\"date\":");
    match &ev.date {
        Some(d) => {
            out.extend_from_slice(b"{\"text\":\"");
            json_span_contents(out, text, d.span);
            out.extend_from_slice(b"\",\"value\":");
            json_str(out, &d.value);
            start_end(out, b",\"start\":", d.span);
            out.push(b'}');
        }
        None => out.extend_from_slice(b"null"),
    }
    out.extend_from_slice(b",\"location\":");
    append_argument(out, text, ev.location.as_ref());
    out.extend_from_slice(b",\"actors\":[");
    for (i, a) in ev.actors.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        append_argument(out, text, Some(a));
    }
    out.extend_from_slice(b"],\"target\":");
    append_argument(out, text, ev.target.as_ref());
    out.extend_from_slice(b",\"date_source\":");
    match ev.date_source {
        Some(s) => json_plain(out, s.as_str()),
        None => out.extend_from_slice(b"null"),
    }
    let modality = match ev.modality {
        Modality::Asserted => 0,
        Modality::Hypothetical => 1,
        Modality::Reported => 2,
    };
    MODALITY_FIELDS[usize::from(ev.negated)][modality].put(out);
    num(out, ev.id);
    out.extend_from_slice(b",\"source\":\"lexicon:");
    files.append(out, &ev.source.file);
    out.push(b':');
    num(out, ev.source.line as usize);
    out.extend_from_slice(b"\"}");
}

/// An event argument as [`ArgumentRecord`] serializes it, or `null`.
fn append_argument(out: &mut Vec<u8>, text: &str, a: Option<&crate::events::Argument>) {
    let Some(a) = a else {
        out.extend_from_slice(b"null");
        return;
    };
    out.extend_from_slice(b"{\"text\":\"");
    json_span_contents(out, text, a.span);
    start_end(out, b"\",\"start\":", a.span);
    if let Some(l) = a.label {
        out.extend_from_slice(b",\"label\":");
        json_plain(out, l.as_str());
    }
    if a.inferred {
        out.extend_from_slice(b",\"inferred\":true");
    }
    out.push(b'}');
}

/// Appends `key` (ending in `"start":`), then `N,"end":N` for a byte span.
#[inline(always)]
fn start_end<const K: usize>(out: &mut Vec<u8>, key: &[u8; K], span: Span) {
    key_num(out, key, Num::new(span.start));
    key_num(out, b",\"end\":", Num::new(span.end));
}

/// Appends `S,"end":E,"char_start":C,"char_end":D` for a byte span and its character
/// offsets (the `"start":` key is written with what comes before it). A character offset equal
/// to its byte offset (all ASCII before it) is written with the byte offset's digits, not
/// formatted again.
#[inline(always)]
fn offsets_from_start(out: &mut Vec<u8>, span: Span, idx: &mut CharIndex<'_>) {
    let (start, end) = (Num::new(span.start), Num::new(span.end));
    start.write(out);
    key_num(out, b",\"end\":", end);
    let char_start = match idx.at(span.start) {
        c if c == span.start => start,
        c => Num::new(c),
    };
    key_num(out, b",\"char_start\":", char_start);
    let char_end = match idx.at(span.end) {
        c if c == span.end => end,
        c => Num::new(c),
    };
    key_num(out, b",\"char_end\":", char_end);
}

/// Closes a list whose items were each written after `sep` (`[` before the first, `,` after):
/// `[]` when there was none.
#[inline]
fn close_list(out: &mut Vec<u8>, sep: u8) {
    if sep == b'[' {
        out.extend_from_slice(b"[]");
    } else {
        out.push(b']');
    }
}

/// Appends a key (with its punctuation, at most 16 bytes) and a number in one constant-size
/// copy, cut back to their length.
#[inline(always)]
fn key_num<const K: usize>(out: &mut Vec<u8>, key: &[u8; K], n: Num) {
    const { assert!(K <= 16) };
    if n.len == 0 {
        out.extend_from_slice(key);
        n.write(out);
        return;
    }
    let mut buf = [0u8; 24];
    buf[..K].copy_from_slice(key);
    buf[K..K + 8].copy_from_slice(&n.ascii.to_le_bytes());
    let at = out.len();
    out.extend_from_slice(&buf);
    out.truncate(at + K + n.len);
}

/// A constant piece of JSON (keys with a closed-set value between them), padded to a fixed size:
/// appended as one constant-size copy cut back to its length, not as several short appends.
struct Piece {
    bytes: [u8; PIECE],
    len: usize,
}

/// The padded size of a [`Piece`].
const PIECE: usize = 48;

impl Piece {
    const EMPTY: Piece = Piece::new(&[]);

    /// The concatenation of `parts` (a compile error past [`PIECE`] bytes).
    const fn new(parts: &[&str]) -> Piece {
        let mut bytes = [0u8; PIECE];
        let mut len = 0;
        let mut p = 0;
        while p < parts.len() {
            let part = parts[p].as_bytes();
            let mut k = 0;
            while k < part.len() {
                bytes[len] = part[k];
                len += 1;
                k += 1;
            }
            p += 1;
        }
        Piece { bytes, len }
    }

    #[inline(always)]
    fn put(&self, out: &mut Vec<u8>) {
        let at = out.len();
        out.extend_from_slice(&self.bytes);
        out.truncate(at + self.len);
    }
}

/// Per [`Label`] (by its discriminant): what follows an entity's text up to its start offset.
static LABEL_FIELDS: [Piece; Label::ALL.len()] = {
    let mut t = [Piece::EMPTY; Label::ALL.len()];
    let mut i = 0;
    while i < Label::ALL.len() {
        let label = Label::ALL[i];
        t[label as usize] = Piece::new(&["\",\"label\":\"", label.as_str(), "\",\"start\":"]);
        i += 1;
    }
    t
};

/// Per [`EventType`] (by its discriminant): an event's record up to its trigger's text.
static EVENT_HEADS: [Piece; EventType::ALL.len()] = {
    let mut t = [Piece::EMPTY; EventType::ALL.len()];
    let mut i = 0;
    while i < EventType::ALL.len() {
        let ty = EventType::ALL[i];
        t[ty as usize] = Piece::new(&["{\"type\":\"", ty.as_str(), "\",\"trigger\":{\"text\":\""]);
        i += 1;
    }
    t
};

/// Per negation (false, true) and modality (asserted, hypothetical, reported): an event's
/// fields from `negated` to the `id` key.
static MODALITY_FIELDS: [[Piece; 3]; 2] = {
    const fn field(negated: &str, modality: Modality) -> Piece {
        Piece::new(&[
            ",\"negated\":",
            negated,
            ",\"modality\":\"",
            modality.as_str(),
            "\",\"id\":",
        ])
    }
    const fn modalities(negated: &str) -> [Piece; 3] {
        [
            field(negated, Modality::Asserted),
            field(negated, Modality::Hypothetical),
            field(negated, Modality::Reported),
        ]
    }
    [modalities("false"), modalities("true")]
};

/// Appends a decimal number.
#[inline]
fn num(out: &mut Vec<u8>, n: usize) {
    Num::new(n).write(out);
}

/// A number formatted for [`num`], to be written once or more.
///
/// Numbers below 10^8 (every offset of a document under 100 MB) are turned into 8 ASCII digits
/// in one `u64` (SWAR), shifted past their leading zeros and appended as a constant-size copy
/// that is then cut back to the number's length: no `memcpy` call, no division loop.
#[derive(Clone, Copy)]
struct Num {
    n: usize,
    /// The digits, most significant in byte 0 (when `len` > 0).
    ascii: u64,
    /// Number of digits; 0 for numbers of 10^8 and more, formatted by `itoa` when written.
    len: usize,
}

impl Num {
    #[inline]
    fn new(n: usize) -> Num {
        if n >= 100_000_000 {
            return Num {
                n,
                ascii: 0,
                len: 0,
            };
        }
        let digits = digits8(n as u64);
        // Byte 0 is the most significant digit: leading zeros are the low zero bytes.
        let zeros = (digits.trailing_zeros() / 8).min(7);
        Num {
            n,
            ascii: (digits + u64::from_le_bytes([b'0'; 8])) >> (8 * zeros),
            len: 8 - zeros as usize,
        }
    }

    #[inline]
    fn write(self, out: &mut Vec<u8>) {
        if self.len == 0 {
            out.extend_from_slice(itoa::Buffer::new().format(self.n).as_bytes());
            return;
        }
        let start = out.len();
        out.extend_from_slice(&self.ascii.to_le_bytes());
        out.truncate(start + self.len);
    }
}

/// The 8 decimal digits of `n` (< 10^8), one per byte, most significant in byte 0.
#[inline]
fn digits8(n: u64) -> u64 {
    // Most offsets have at most 4 digits: one half, in the high lane (the low one is zeros).
    if n < 10_000 {
        let high = (n * 10_486) >> 20;
        let quarters = ((n - 100 * high) << 16) + high;
        let tens = ((quarters * 103) >> 10) & 0x000F_000F;
        return (tens + ((quarters - 10 * tens) << 8)) << 32;
    }
    // Two 4-digit halves in the two 32-bit lanes (first half in the low lane).
    let halves = (n / 10_000) | ((n % 10_000) << 32);
    // Each half into two 2-digit quarters in 16-bit lanes (x * 10486 >> 20 == x / 100 for x < 10^4).
    let high = ((halves * 10_486) >> 20) & 0x0000_007F_0000_007F;
    let quarters = ((halves - 100 * high) << 16) + high;
    // Each quarter into two digits in bytes (x * 103 >> 10 == x / 10 for x < 100).
    let tens = ((quarters * 103) >> 10) & 0x000F_000F_000F_000F;
    tens + ((quarters - 10 * tens) << 8)
}

/// Appends a string of a closed set of names (labels, types, country codes, rule ids: ASCII
/// letters, digits and punctuation other than `"` and `\\`), quoted: nothing in them needs an
/// escape, so they are not scanned.
#[inline]
fn json_plain(out: &mut Vec<u8>, s: &str) {
    out.push(b'"');
    json_plain_contents(out, s);
    out.push(b'"');
}

/// [`json_plain`] without the quotes.
#[inline]
fn json_plain_contents(out: &mut Vec<u8>, s: &str) {
    debug_assert!(!s.bytes().any(needs_escape), "{s:?}");
    out.extend_from_slice(s.as_bytes());
}

/// Appends file names (of gazetteers, lexicons) escaped, remembering the last one that needed
/// no escape: a document's sources share a few `Arc<str>` names, so each is scanned about once
/// per document instead of once per entity or event.
#[derive(Default)]
struct FileNames<'a> {
    clean: Option<&'a str>,
}

impl<'a> FileNames<'a> {
    #[inline]
    fn append(&mut self, out: &mut Vec<u8>, name: &'a str) {
        if self.clean.is_some_and(|c| std::ptr::eq(c, name)) {
            out.extend_from_slice(name.as_bytes());
            return;
        }
        let at = out.len();
        json_str_contents(out, name);
        // An escape always writes more bytes than it replaces.
        if out.len() - at == name.len() {
            self.clean = Some(name);
        }
    }
}

/// Appends floats (coordinates) as serde_json writes them, remembering the last ones: the same
/// places are named again and again, in a document and across the documents of a thread (see
/// [`Floats::take`]), so most floats are formatted once, not once per mention.
struct Floats {
    /// Direct-mapped by the float's bits ([`FLOAT_SLOTS`] of them): (bits, length of the JSON,
    /// 0 for none; the JSON).
    slots: Vec<(u64, u8, [u8; 24])>,
}

/// Number of floats a [`Floats`] remembers (a power of two): about 40 KB.
const FLOAT_SLOTS: usize = 1024;

impl Default for Floats {
    fn default() -> Floats {
        Floats {
            slots: vec![(0, 0, [0; 24]); FLOAT_SLOTS],
        }
    }
}

thread_local! {
    /// The thread's [`Floats`], kept between records.
    static FLOATS: std::cell::Cell<Option<Box<Floats>>> = const { std::cell::Cell::new(None) };
}

impl Floats {
    /// The thread's remembered floats (new ones the first time); [`Floats::keep`] gives them back.
    fn take() -> Box<Floats> {
        FLOATS.take().unwrap_or_default()
    }

    /// Keeps `floats` for the thread's next record.
    fn keep(floats: Box<Floats>) {
        FLOATS.set(Some(floats));
    }

    #[inline]
    fn append(&mut self, out: &mut Vec<u8>, x: f64) {
        let bits = x.to_bits();
        let index = (bits.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 54) as usize & (FLOAT_SLOTS - 1);
        let Some(slot) = self.slots.get_mut(index) else {
            let _ = serde_json::to_writer(&mut *out, &x);
            return;
        };
        let at = out.len();
        if slot.1 != 0 && slot.0 == bits {
            out.extend_from_slice(&slot.2);
            out.truncate(at + usize::from(slot.1));
            return;
        }
        let _ = serde_json::to_writer(&mut *out, &x);
        let written = &out[at..];
        if let Some(json) = slot.2.get_mut(..written.len()) {
            json.copy_from_slice(written);
            *slot = (bits, written.len() as u8, slot.2);
        }
    }
}

/// Appends a JSON string, quoted.
#[inline]
fn json_str(out: &mut Vec<u8>, s: &str) {
    out.push(b'"');
    json_str_contents(out, s);
    out.push(b'"');
}

/// Appends the text of `span`, quoted and escaped: what `json_str(out, &text[span.range()])`
/// appends, faster for the short spans of entities and event arguments.
#[cfg(test)]
fn json_span(out: &mut Vec<u8>, text: &str, span: Span) {
    out.push(b'"');
    json_span_contents(out, text, span);
    out.push(b'"');
}

/// [`json_span`] without the quotes.
///
/// A span of at most 16 bytes with 16 bytes of text from its start is tested in two 8-byte
/// words (the bytes past its end read as spaces, which need no escape) and, when clean, copied
/// as all 16 bytes (a constant-size copy, no `memcpy` call) then cut back to its length.
#[inline]
fn json_span_contents(out: &mut Vec<u8>, text: &str, span: Span) {
    const SPACES: u64 = u64::from_le_bytes([b' '; 8]);
    /// The low `k` bytes of a word (all 8 from `k` = 8 on).
    fn low_bytes(k: usize) -> u64 {
        if k >= 8 {
            u64::MAX
        } else {
            (1u64 << (8 * k)) - 1
        }
    }
    let len = span.end.saturating_sub(span.start);
    let window = text
        .as_bytes()
        .get(span.start..)
        .and_then(|rest| rest.first_chunk::<16>());
    match window {
        Some(window) if len <= 16 => {
            let (lo, hi) = window.split_at(8);
            let word = |bytes: &[u8], keep: u64| {
                let x = u64::from_le_bytes(bytes.try_into().expect("8 bytes"));
                (x & keep) | (SPACES & !keep)
            };
            let lo = word(lo, low_bytes(len));
            let hi = word(hi, low_bytes(len.saturating_sub(8)));
            if needs_escape8(lo) || needs_escape8(hi) {
                json_str_contents(out, &text[span.range()]);
            } else {
                let at = out.len();
                out.extend_from_slice(window);
                out.truncate(at + len);
            }
        }
        _ => json_str_contents(out, &text[span.range()]),
    }
}

/// Appends the escaped contents of a JSON string, byte for byte as serde_json escapes them.
#[inline]
fn json_str_contents(out: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    // Most strings need no escape: tested 8 bytes at a time (the last 8 overlapping the
    // chunks before them; a string under 8 bytes byte by byte), then copied whole.
    let word = |c: &[u8]| u64::from_le_bytes(c.try_into().expect("8 bytes"));
    let clean = match bytes.last_chunk::<8>() {
        // The last 8 bytes cover the remainder of the whole chunks.
        Some(last) => {
            !needs_escape8(u64::from_le_bytes(*last))
                && bytes.chunks_exact(8).all(|c| !needs_escape8(word(c)))
        }
        None => !bytes.iter().any(|&b| needs_escape(b)),
    };
    if clean {
        out.extend_from_slice(bytes);
        return;
    }
    // Runs of bytes that need no escape are copied whole.
    let mut run = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if !needs_escape(b) {
            continue;
        }
        out.extend_from_slice(&bytes[run..i]);
        run = i + 1;
        escape_byte(out, b);
    }
    out.extend_from_slice(&bytes[run..]);
}

/// Whether byte `b` is a control character, `"` or `\\`.
#[inline]
fn needs_escape(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\'
}

/// Whether one of 8 packed bytes is a control character, `"` or `\\` (UTF-8 bytes of other
/// characters, 0x80 and up, are not).
#[inline]
fn needs_escape8(x: u64) -> bool {
    const ONES: u64 = u64::from_le_bytes([1; 8]);
    const HIGH: u64 = ONES * 0x80;
    let zero_in = |y: u64| y.wrapping_sub(ONES) & !y & HIGH;
    let control = x.wrapping_sub(ONES * 0x20) & !x & HIGH;
    control | zero_in(x ^ (ONES * u64::from(b'"'))) | zero_in(x ^ (ONES * u64::from(b'\\'))) != 0
}

/// Appends the JSON escape of `b` (a control character, `"` or `\\`).
fn escape_byte(out: &mut Vec<u8>, b: u8) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    match b {
        b'"' => out.extend_from_slice(b"\\\""),
        b'\\' => out.extend_from_slice(b"\\\\"),
        b'\n' => out.extend_from_slice(b"\\n"),
        b'\r' => out.extend_from_slice(b"\\r"),
        b'\t' => out.extend_from_slice(b"\\t"),
        0x08 => out.extend_from_slice(b"\\b"),
        0x0C => out.extend_from_slice(b"\\f"),
        _ => out.extend_from_slice(&[
            b'\\',
            b'u',
            b'0',
            b'0',
            HEX[usize::from(b >> 4)],
            HEX[usize::from(b & 0xF)],
        ]),
    }
}

fn text_span(text: &str, span: Span) -> TextSpan<'_> {
    TextSpan {
        text: &text[span.range()],
        start: span.start,
        end: span.end,
    }
}

fn event_record<'a>(text: &'a str, ev: &'a Event) -> EventRecord<'a> {
    let arg = |a: &crate::events::Argument| ArgumentRecord {
        text: &text[a.span.range()],
        start: a.span.start,
        end: a.span.end,
        label: a.label.map(|l| l.as_str()),
        inferred: a.inferred,
    };
    EventRecord {
        event_type: ev.event_type.as_str(),
        trigger: text_span(text, ev.trigger),
        sentence: ev.sentence,
        date: ev.date.as_ref().map(|d| DateRecord {
            text: &text[d.span.range()],
            value: &d.value,
            start: d.span.start,
            end: d.span.end,
        }),
        location: ev.location.as_ref().map(arg),
        actors: ev.actors.iter().map(arg).collect(),
        target: ev.target.as_ref().map(arg),
        date_source: ev.date_source.map(|s| s.as_str()),
        negated: ev.negated,
        modality: ev.modality.as_str(),
        id: ev.id,
        source: ev.source.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use crate::{Extractor, Input};

    /// `append_json_line` writes by hand what serde writes from [`super::Record`]: any field
    /// added to the record types must be added there too, or this fails.
    #[test]
    fn string_escapes_match_serde() {
        let mut texts: Vec<String> = (0u8..0x80).map(|b| format!("a{}b", b as char)).collect();
        // Every position of an escape inside and across 8-byte chunks.
        for n in 0..20 {
            for c in ['"', '\\', '\n', '\u{1}', 'é', '\u{7f}'] {
                texts.push(format!("{}{c}{}", "x".repeat(n), "y".repeat(19 - n)));
            }
        }
        texts.extend(
            [
                "",
                "\"",
                "\\\\",
                "x\n\ny",
                "Goïta \u{1F600}\t\"q\"\u{7f}",
                "\u{0}\u{1f}end",
            ]
            .map(String::from),
        );
        for t in &texts {
            let mut ours = b"\"".to_vec();
            super::json_str_contents(&mut ours, t);
            ours.push(b'"');
            assert_eq!(
                String::from_utf8(ours).unwrap(),
                serde_json::to_string(t).unwrap(),
                "{t:?}"
            );
        }
    }

    /// Spans of every length up to past the 16-byte window, at every distance from the end of
    /// the text, with and without a character to escape inside or just outside the span.
    #[test]
    fn span_escapes_match_serde() {
        let texts = [
            "Troops of the Malian army left Kidal and Gao on Tuesday.",
            "He said \"we left\"\tthen\nGoïta, 14\\15 \u{1}x \u{7f} the end",
        ];
        for text in texts {
            for start in 0..text.len() {
                for end in start..=text.len().min(start + 24) {
                    if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
                        continue;
                    }
                    let span = crate::document::Span { start, end };
                    let mut ours = Vec::new();
                    super::json_span(&mut ours, text, span);
                    let want = serde_json::to_string(&text[start..end]).unwrap();
                    assert_eq!(String::from_utf8(ours).unwrap(), want, "{start}..{end}");
                }
            }
        }
    }

    /// A coordinate written again (from the cache) is written as serde_json writes it.
    #[test]
    fn floats_match_serde_written_once_or_again() {
        let xs = [
            17.570_692,
            -3.996_166,
            0.0,
            -0.0,
            12.5,
            1e-300,
            -2.225_073_858_507_201_4e-308,
            f64::MAX,
            f64::NAN,
            f64::INFINITY,
        ];
        let mut floats = super::Floats::default();
        for round in 0..3 {
            for x in xs {
                let mut out = b"x".to_vec();
                floats.append(&mut out, x);
                let want = format!("x{}", serde_json::to_string(&x).unwrap());
                assert_eq!(String::from_utf8(out).unwrap(), want, "{x} round {round}");
            }
        }
    }

    #[test]
    fn numbers_match_their_decimal_string() {
        let mut ns: Vec<usize> = vec![0, 7, 10, 42, 99, 100, 101, 999, 1000, 65_535, 12_345_678];
        ns.extend([98_765_432, 99_999_999, 100_000_000, usize::MAX]);
        ns.extend((0..20).map(|k| 10usize.pow(k)));
        ns.extend((1..20).map(|k| 10usize.pow(k) - 1));
        for n in ns {
            let mut out = b"x".to_vec();
            super::num(&mut out, n);
            assert_eq!(String::from_utf8(out).unwrap(), format!("x{n}"));
        }
    }

    #[test]
    fn json_line_matches_serde() {
        let sample = include_str!("../examples/data/sample-news.txt");
        let odd = "Posted on May 22, 2026\n\n\"Quoted\" Goïta met Kanye \\ West in Bamako\u{1}\tlast month; \
                   early 2024 the Acme \"Widgets\" Ltd. and Gen. Ann Smith left Paris for the DPRK.\r\nNorthwind Traders rose.";
        let user = Extractor::builder()
            .gazetteer_str("we\"ird\\name.tsv", "Northwind Traders\tORGANIZATION\n")
            .build()
            .unwrap();
        let docs = [
            Extractor::default().extract(sample),
            Extractor::default().extract_with(Input::new(odd).with_id("id \"1\"\n")),
            user.extract(odd),
            Extractor::default().extract(""),
        ];
        let mut fields = std::collections::BTreeSet::new();
        for doc in &docs {
            let mut got = Vec::new();
            doc.append_json_line(&mut got);
            let want = serde_json::to_string(&doc.record()).unwrap() + "\n";
            assert_eq!(String::from_utf8(got).unwrap(), want);
            let v: serde_json::Value = serde_json::from_str(&want).unwrap();
            for e in v["entities"].as_array().unwrap() {
                fields.extend(e.as_object().unwrap().keys().cloned());
            }
        }
        // The documents exercise every optional entity field.
        for f in [
            "canonical",
            "kind",
            "country",
            "geonames_id",
            "lat",
            "lon",
            "value",
            "mod",
        ] {
            assert!(fields.contains(f), "no entity with {f}");
        }
    }
}
