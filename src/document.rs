//! The document model: what [`Extractor::extract`](crate::Extractor::extract) returns.
//!
//! Every position is a byte [`Span`] into the text exactly as it was given. Later stages never
//! rewrite offsets; code-point offsets are computed once, when a document is serialized
//! (see [`crate::record`]).
//!
//! Invariants of a [`Document`] (checked by the test suite on real and random text):
//! - sentences are in order, do not overlap, are trimmed of surrounding whitespace and together
//!   cover every non-whitespace character of the text;
//! - entities are sorted by `start`, never overlap, lie on character boundaries and each lies
//!   inside the sentence its `sentence` index names;
//! - every span of an event (trigger, actors, place, date) lies inside the text.

use std::fmt;
use std::sync::Arc;

use crate::temporal::Date;

/// A half-open byte range `start..end` into a document's text.
///
/// `Span` is `Copy` and converts to a `Range<usize>`, so `&text[span.range()]` is the spanned text.
///
/// ```
/// use chronicle::Span;
/// let text = "Troops left Kidal.";
/// let span = Span::new(12, 17);
/// assert_eq!(&text[span.range()], "Kidal");
/// assert_eq!(span.len(), 5);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// A span from `start` (inclusive) to `end` (exclusive).
    ///
    /// ```
    /// assert_eq!(chronicle::Span::new(3, 8).end, 8);
    /// ```
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// Length in bytes.
    ///
    /// ```
    /// assert_eq!(chronicle::Span::new(3, 8).len(), 5);
    /// ```
    pub const fn len(self) -> usize {
        self.end - self.start
    }

    /// Whether the span is empty.
    ///
    /// ```
    /// assert!(chronicle::Span::new(4, 4).is_empty());
    /// ```
    pub const fn is_empty(self) -> bool {
        self.start >= self.end
    }

    /// The span as a `Range`, for slicing.
    ///
    /// ```
    /// assert_eq!(&"abcdef"[chronicle::Span::new(1, 3).range()], "bc");
    /// ```
    pub const fn range(self) -> std::ops::Range<usize> {
        self.start..self.end
    }

    /// Whether `other` lies entirely inside this span.
    ///
    /// ```
    /// use chronicle::Span;
    /// assert!(Span::new(0, 10).contains(Span::new(2, 10)));
    /// assert!(!Span::new(0, 10).contains(Span::new(8, 11)));
    /// ```
    pub const fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share at least one byte.
    ///
    /// ```
    /// use chronicle::Span;
    /// assert!(Span::new(0, 5).overlaps(Span::new(4, 6)));
    /// assert!(!Span::new(0, 5).overlaps(Span::new(5, 6)));
    /// ```
    pub const fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

impl From<std::ops::Range<usize>> for Span {
    fn from(r: std::ops::Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

/// An entity label. Serialized as the upper-case names of `SCHEMA.md`.
///
/// ```
/// assert_eq!(chronicle::Label::Location.as_str(), "LOCATION");
/// assert_eq!("NORP".parse::<chronicle::Label>().unwrap(), chronicle::Label::Norp);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Label {
    /// People, real or fictional, by name.
    Person,
    /// Countries, regions, cities and natural places.
    Location,
    /// Companies, armed groups, agencies, institutions.
    Organization,
    /// Nationalities and religious or political groups ("Malian", "Tuareg").
    Norp,
    /// Calendar dates and periods, with a TIMEX3 `value`.
    Date,
    /// Times of day ("10 a.m.", "Tuesday morning"), with a TIMEX3 `value`.
    Time,
    /// Lengths of time ("three days": `P3D`).
    Duration,
    /// Recurring times ("every year": `P1Y`).
    Set,
    /// Other names (events, laws, works).
    Misc,
}

impl Label {
    /// Every label, in a fixed order.
    pub const ALL: [Label; 9] = [
        Label::Person,
        Label::Location,
        Label::Organization,
        Label::Norp,
        Label::Date,
        Label::Time,
        Label::Duration,
        Label::Set,
        Label::Misc,
    ];

    /// The label's name as written in records.
    ///
    /// ```
    /// assert_eq!(chronicle::Label::Organization.as_str(), "ORGANIZATION");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Label::Person => "PERSON",
            Label::Location => "LOCATION",
            Label::Organization => "ORGANIZATION",
            Label::Norp => "NORP",
            Label::Date => "DATE",
            Label::Time => "TIME",
            Label::Duration => "DURATION",
            Label::Set => "SET",
            Label::Misc => "MISC",
        }
    }

    /// Whether this label is a time expression that carries a TIMEX3 value.
    ///
    /// ```
    /// assert!(chronicle::Label::Date.is_temporal());
    /// assert!(!chronicle::Label::Person.is_temporal());
    /// ```
    pub const fn is_temporal(self) -> bool {
        matches!(
            self,
            Label::Date | Label::Time | Label::Duration | Label::Set
        )
    }
}

impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for Label {
    type Err = crate::Error;

    fn from_str(s: &str) -> Result<Label, crate::Error> {
        Label::ALL
            .into_iter()
            .find(|l| l.as_str() == s)
            .ok_or_else(|| crate::Error::invalid_data(format!("unknown label {s:?}")))
    }
}

/// What kind of place a LOCATION is.
///
/// ```
/// assert_eq!(chronicle::PlaceKind::Admin1.as_str(), "admin1");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PlaceKind {
    /// A sovereign country or dependency.
    Country,
    /// A first-level administrative division (state, province, region).
    Admin1,
    /// A populated place.
    City,
    /// A world region (the Sahel, the Middle East).
    Region,
    /// A continent.
    Continent,
}

impl PlaceKind {
    /// The kind as written in records and gazetteer files.
    ///
    /// ```
    /// assert_eq!(chronicle::PlaceKind::City.as_str(), "city");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            PlaceKind::Country => "country",
            PlaceKind::Admin1 => "admin1",
            PlaceKind::City => "city",
            PlaceKind::Region => "region",
            PlaceKind::Continent => "continent",
        }
    }

    /// Parses a gazetteer `kind` column.
    ///
    /// ```
    /// assert_eq!(chronicle::PlaceKind::parse("country"), Some(chronicle::PlaceKind::Country));
    /// assert_eq!(chronicle::PlaceKind::parse("village"), None);
    /// ```
    pub fn parse(s: &str) -> Option<PlaceKind> {
        Some(match s {
            "country" => PlaceKind::Country,
            "admin1" => PlaceKind::Admin1,
            "city" => PlaceKind::City,
            "region" => PlaceKind::Region,
            "continent" => PlaceKind::Continent,
            _ => return None,
        })
    }
}

/// An ISO 3166-1 alpha-2 country code, stored inline.
///
/// ```
/// let ml = chronicle::CountryCode::parse("ML").unwrap();
/// assert_eq!(ml.as_str(), "ML");
/// assert!(chronicle::CountryCode::parse("Mali").is_none());
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CountryCode([u8; 2]);

impl CountryCode {
    /// Parses two ASCII upper-case letters.
    pub fn parse(s: &str) -> Option<CountryCode> {
        match s.as_bytes() {
            [a, b] if a.is_ascii_uppercase() && b.is_ascii_uppercase() => {
                Some(CountryCode([*a, *b]))
            }
            _ => None,
        }
    }

    /// The two letters.
    pub(crate) fn letters(self) -> [u8; 2] {
        self.0
    }

    /// The code as a string slice.
    pub fn as_str(&self) -> &str {
        // Both bytes are ASCII upper-case letters by construction.
        std::str::from_utf8(&self.0).unwrap_or("??")
    }
}

impl fmt::Debug for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.as_str())
    }
}

impl fmt::Display for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A place's link to GeoNames, carried by gazetteer LOCATION entities.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Place {
    /// Country, region, city...
    pub kind: PlaceKind,
    /// GeoNames feature id, where known.
    pub geonames_id: Option<u32>,
    /// Latitude in degrees, where known.
    pub lat: Option<f64>,
    /// Longitude in degrees, where known.
    pub lon: Option<f64>,
    /// Population, where known (used to choose between places of the same name).
    pub population: Option<u64>,
}

/// Which rule or gazetteer entry produced an entity.
///
/// Displayed as `gazetteer:FILE:LINE` for gazetteer entries, as the rule's stable id
/// (`pattern:date.month_day_year`, `rule:person.title_name`, ...) for rules and as
/// `spacy:FILE:LINE` (`regexner:`, `gate:`) for imported patterns.
///
/// ```
/// let s = chronicle::Source::Rule("pattern:date.iso");
/// assert_eq!(s.to_string(), "pattern:date.iso");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Source {
    /// An entry of a gazetteer file, by file name and 1-based line.
    Gazetteer {
        /// File name as loaded (`places.tsv` for the embedded files).
        file: Arc<str>,
        /// 1-based line number of the entry.
        line: u32,
    },
    /// A built-in rule, by its stable id.
    Rule(&'static str),
    /// An entry of an imported pattern file (spaCy JSONL, CoreNLP RegexNER, GATE list), by
    /// format, file name and 1-based line; displayed as `spacy:FILE:LINE`.
    Import {
        /// `spacy`, `regexner` or `gate`.
        format: &'static str,
        /// File name as loaded.
        file: Arc<str>,
        /// 1-based line number of the pattern.
        line: u32,
    },
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Gazetteer { file, line } => write!(f, "gazetteer:{file}:{line}"),
            Source::Rule(id) => f.write_str(id),
            Source::Import { format, file, line } => write!(f, "{format}:{file}:{line}"),
        }
    }
}

/// A named entity or time expression found in the text.
#[derive(Clone, Debug, PartialEq)]
pub struct Entity {
    /// Byte span of the mention.
    pub span: Span,
    /// Its label.
    pub label: Label,
    /// Index of the sentence that contains it.
    pub sentence: usize,
    /// The rule or gazetteer entry that produced it.
    pub source: Source,
    /// Canonical name (gazetteer canonical form, or the full name a short mention refers to).
    pub canonical: Option<Arc<str>>,
    /// Country (ISO 3166-1 alpha-2) of a place or nationality.
    pub country: Option<CountryCode>,
    /// GeoNames link of a place.
    pub place: Option<Place>,
    /// TIMEX3 value of a time expression (`2026-04`, `P3D`, `PRESENT_REF`).
    pub value: Option<String>,
    /// TIMEX3 `mod` of a time expression (`START`, `MID`, `END`, `APPROX`...).
    pub modifier: Option<&'static str>,
}

impl Entity {
    /// A bare entity with no attributes.
    ///
    /// ```
    /// use chronicle::{Entity, Label, Source, Span};
    /// let e = Entity::new(Span::new(0, 4), Label::Location, Source::Rule("rule:test"));
    /// assert_eq!(e.sentence, 0);
    /// assert!(e.value.is_none());
    /// ```
    pub fn new(span: Span, label: Label, source: Source) -> Entity {
        Entity {
            span,
            label,
            sentence: 0,
            source,
            canonical: None,
            country: None,
            place: None,
            value: None,
            modifier: None,
        }
    }

    /// The entity's text, given the document text it was found in.
    ///
    /// ```
    /// let doc = chronicle::Extractor::default().extract("Troops left Bamako.");
    /// let e = doc.entities.iter().find(|e| e.label == chronicle::Label::Location).unwrap();
    /// assert_eq!(e.text(&doc.text), "Bamako");
    /// ```
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.span.range()]
    }
}

/// A sentence, by byte span.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// Byte span, trimmed of surrounding whitespace.
    pub span: Span,
}

/// Where a document's anchor date came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateSource {
    /// Given by the caller ([`Input::document_date`](crate::Input::document_date)).
    Given,
    /// Found in a dateline or byline near the top of the text.
    Dateline,
}

impl DateSource {
    /// The name written in records.
    ///
    /// ```
    /// assert_eq!(chronicle::DateSource::Dateline.as_str(), "dateline");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            DateSource::Given => "given",
            DateSource::Dateline => "dateline",
        }
    }
}

/// The result of extraction on one text.
#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    /// The caller's id for the document, if any.
    pub id: Option<String>,
    /// The text, exactly as given.
    pub text: String,
    /// The anchor for relative dates, if one was given or found.
    pub document_date: Option<Date>,
    /// Where `document_date` came from.
    pub document_date_source: Option<DateSource>,
    /// Sentences in order.
    pub sentences: Vec<Sentence>,
    /// Entities, sorted by start, non-overlapping.
    pub entities: Vec<Entity>,
    /// Events, in order of their triggers.
    pub events: Vec<crate::Event>,
}

impl Document {
    /// Entities with the given label, in order.
    ///
    /// ```
    /// use chronicle::{Extractor, Label};
    /// let doc = Extractor::default().extract("Troops left Bamako and Kidal.");
    /// let places: Vec<&str> = doc.entities_with(Label::Location).map(|e| e.text(&doc.text)).collect();
    /// assert_eq!(places, ["Bamako", "Kidal"]);
    /// ```
    pub fn entities_with(&self, label: Label) -> impl Iterator<Item = &Entity> + '_ {
        self.entities.iter().filter(move |e| e.label == label)
    }

    /// The text of a span.
    ///
    /// ```
    /// let doc = chronicle::Extractor::default().extract("Hello there.");
    /// assert_eq!(doc.slice(doc.sentences[0].span), "Hello there.");
    /// ```
    pub fn slice(&self, span: Span) -> &str {
        &self.text[span.range()]
    }
}
