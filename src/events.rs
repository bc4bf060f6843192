//! Events: triggers -> typed events with actors, place and date.
//!
//! Triggers come from a lexicon (`lexicons/event_triggers.tsv`, embedded; users may add files
//! through [`ExtractorBuilder::event_lexicon_file`](crate::ExtractorBuilder::event_lexicon_file)),
//! matched whole-word and ASCII-case-insensitively by one automaton. Arguments are then attached
//! from the sentence's entities.

use std::fmt;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

use crate::document::{Entity, Label, Sentence, Span};
use crate::error::Error;
use crate::gazetteer::is_whole_word;

/// The embedded default trigger lexicon.
pub(crate) const EMBEDDED_LEXICON: (&str, &str) = (
    "event_triggers.tsv",
    include_str!("../lexicons/event_triggers.tsv"),
);

/// An event type (ACLED/ACE-inspired), serialized upper-case.
///
/// ```
/// use chronicle::EventType;
/// assert_eq!("WITHDRAWAL".parse::<EventType>().unwrap(), EventType::Withdrawal);
/// assert_eq!(EventType::Coup.as_str(), "COUP");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[allow(missing_docs)]
pub enum EventType {
    Attack,
    Killing,
    Arrest,
    Coup,
    Election,
    Deployment,
    Withdrawal,
    Expulsion,
    Protest,
    Agreement,
    Meeting,
    Statement,
    Appointment,
    Resignation,
}

impl EventType {
    /// Every event type.
    pub const ALL: [EventType; 14] = [
        EventType::Attack,
        EventType::Killing,
        EventType::Arrest,
        EventType::Coup,
        EventType::Election,
        EventType::Deployment,
        EventType::Withdrawal,
        EventType::Expulsion,
        EventType::Protest,
        EventType::Agreement,
        EventType::Meeting,
        EventType::Statement,
        EventType::Appointment,
        EventType::Resignation,
    ];

    /// The type's name in records.
    pub const fn as_str(self) -> &'static str {
        match self {
            EventType::Attack => "ATTACK",
            EventType::Killing => "KILLING",
            EventType::Arrest => "ARREST",
            EventType::Coup => "COUP",
            EventType::Election => "ELECTION",
            EventType::Deployment => "DEPLOYMENT",
            EventType::Withdrawal => "WITHDRAWAL",
            EventType::Expulsion => "EXPULSION",
            EventType::Protest => "PROTEST",
            EventType::Agreement => "AGREEMENT",
            EventType::Meeting => "MEETING",
            EventType::Statement => "STATEMENT",
            EventType::Appointment => "APPOINTMENT",
            EventType::Resignation => "RESIGNATION",
        }
    }
}

impl fmt::Display for EventType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for EventType {
    type Err = Error;

    fn from_str(s: &str) -> Result<EventType, Error> {
        EventType::ALL
            .into_iter()
            .find(|t| t.as_str() == s)
            .ok_or_else(|| Error::invalid_data(format!("unknown event type {s:?}")))
    }
}

/// An argument of an event: a span of the text, with the entity label if it is an entity.
#[derive(Clone, Debug, PartialEq)]
pub struct Argument {
    /// Byte span.
    pub span: Span,
    /// Label of the entity at this span, if it is one.
    pub label: Option<Label>,
    /// True when the argument was not stated in the event's clause but inferred (e.g. the
    /// document's dominant place).
    pub inferred: bool,
}

/// The date an event is tied to.
#[derive(Clone, Debug, PartialEq)]
pub struct EventDate {
    /// Span of the time expression.
    pub span: Span,
    /// Its TIMEX3 value.
    pub value: String,
}

/// How an event's date was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EventDateSource {
    /// A time expression in the trigger's clause.
    Clause,
    /// A date modifying the trigger noun ("the April offensive").
    Modifier,
    /// The last date of the narrative, in the same paragraph.
    Narrative,
}

impl EventDateSource {
    /// The name written in records.
    pub const fn as_str(self) -> &'static str {
        match self {
            EventDateSource::Clause => "clause",
            EventDateSource::Modifier => "modifier",
            EventDateSource::Narrative => "narrative",
        }
    }
}

/// Whether an event is stated as fact.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Modality {
    /// Stated as having happened or happening.
    Asserted,
    /// Possible, threatened, planned or future.
    Hypothetical,
    /// Attributed to a source ("officials said ... attacked").
    Reported,
}

impl Modality {
    /// The name written in records.
    pub const fn as_str(self) -> &'static str {
        match self {
            Modality::Asserted => "asserted",
            Modality::Hypothetical => "hypothetical",
            Modality::Reported => "reported",
        }
    }
}

/// An event mention.
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    /// The event type.
    pub event_type: EventType,
    /// The trigger word or phrase.
    pub trigger: Span,
    /// Index of the sentence of the trigger.
    pub sentence: usize,
    /// Who acted.
    pub actors: Vec<Argument>,
    /// Where, if the text says.
    pub location: Option<Argument>,
    /// When, if the text says.
    pub date: Option<EventDate>,
    /// How `date` was found.
    pub date_source: Option<EventDateSource>,
    /// "did not attack".
    pub negated: bool,
    /// Asserted, hypothetical or reported.
    pub modality: Modality,
    /// Event id; mentions of the same event share it.
    pub id: usize,
}

/// The trigger lexicon: one automaton over all trigger phrases.
#[derive(Debug)]
pub(crate) struct Lexicon {
    automaton: AhoCorasick,
    types: Vec<EventType>,
}

impl Lexicon {
    /// Parses `trigger<TAB>TYPE` rows from each `(name, contents)` file.
    pub(crate) fn build(files: &[(String, String)]) -> Result<Lexicon, Error> {
        let mut phrases = Vec::new();
        let mut types = Vec::new();
        for (name, contents) in files {
            for (i, line) in contents.lines().enumerate() {
                let line = line.strip_suffix('\r').unwrap_or(line);
                if line.trim().is_empty() || line.starts_with('#') {
                    continue;
                }
                let err = |msg: String| {
                    Error::invalid_data(msg)
                        .with_path(name.as_str())
                        .with_line(i + 1)
                };
                let Some((phrase, ty)) = line.split_once('\t') else {
                    return Err(err("expected `trigger<TAB>TYPE`".into()));
                };
                if phrase.trim().is_empty() || phrase.trim() != phrase {
                    return Err(err(format!("bad trigger {phrase:?}")));
                }
                let ty: EventType = ty.parse().map_err(|e: Error| err(e.to_string()))?;
                phrases.push(phrase.to_string());
                types.push(ty);
            }
        }
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(AhoCorasickKind::DFA))
            .ascii_case_insensitive(true)
            .build(&phrases)
            .map_err(|e| Error::invalid_data(format!("cannot build trigger automaton: {e}")))?;
        Ok(Lexicon { automaton, types })
    }

    /// Events for the triggers in `text`, with arguments from `entities`.
    pub(crate) fn find(
        &self,
        text: &str,
        sentences: &[Sentence],
        entities: &[Entity],
        out: &mut Vec<Event>,
    ) {
        for m in self.automaton.find_iter(text) {
            if !is_whole_word(text, m.start(), m.end()) {
                continue;
            }
            let trigger = Span::new(m.start(), m.end());
            let Some(sentence) = crate::resolve::sentence_of(sentences, trigger) else {
                continue;
            };
            let sent = sentences[sentence].span;
            // Entities of the sentence.
            let lo = entities.partition_point(|e| e.span.start < sent.start);
            let hi = entities.partition_point(|e| e.span.start < sent.end);
            let in_sentence = &entities[lo..hi];
            if in_sentence.iter().any(|e| e.span.overlaps(trigger)) {
                continue; // a trigger word inside a name ("the Offensive" in a title)
            }
            let actors = in_sentence
                .iter()
                .rev()
                .find(|e| {
                    e.span.end <= trigger.start
                        && matches!(e.label, Label::Person | Label::Organization | Label::Norp)
                })
                .map(|e| Argument {
                    span: e.span,
                    label: Some(e.label),
                    inferred: false,
                })
                .into_iter()
                .collect();
            let location = in_sentence
                .iter()
                .filter(|e| e.label == Label::Location)
                .min_by_key(|e| distance(e.span, trigger))
                .map(|e| Argument {
                    span: e.span,
                    label: Some(e.label),
                    inferred: false,
                });
            let date = in_sentence
                .iter()
                .filter(|e| e.label == Label::Date && e.value.is_some())
                .min_by_key(|e| distance(e.span, trigger))
                .map(|e| EventDate {
                    span: e.span,
                    value: e.value.clone().unwrap_or_default(),
                });
            let id = out.len();
            out.push(Event {
                event_type: self.types[m.pattern().as_usize()],
                trigger,
                sentence,
                actors,
                location,
                date_source: date.as_ref().map(|_| EventDateSource::Clause),
                date,
                negated: false,
                modality: Modality::Asserted,
                id,
            });
        }
    }
}

fn distance(a: Span, b: Span) -> usize {
    if a.end <= b.start {
        b.start - a.end
    } else {
        a.start.saturating_sub(b.end)
    }
}
