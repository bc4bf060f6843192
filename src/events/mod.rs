//! Events: triggers -> typed events with actors, target, place, date and modality.
//!
//! Stages, one file each:
//! - [`lexicon`]: trigger rows (`lexicons/event_triggers.tsv`, embedded; users may add files
//!   through [`ExtractorBuilder::event_lexicon_file`](crate::ExtractorBuilder::event_lexicon_file))
//!   with inflections generated from lemmas, matched whole-word and ASCII-case-insensitively by
//!   one automaton ([`scan`]);
//! - [`sentence`]: the trigger's sentence as tokens and entities, clause bounds, noun phrases;
//! - [`analyze`]: the reading that holds (guards and context tests), actors (subject, passive
//!   by-agent, relative-clause antecedent, possessor), target, place, the clause's date,
//!   negation and modality;
//! - [`recast`]: a reading's type checked against its phrase and actors ("said in a
//!   statement" is one statement; a security mission that arrives is deployed);
//! - [`actor_links`]: actors another phrase gives ("its fighters" of a speaking group, "accused
//!   X of V-ing", a speaker pronoun's earlier actor);
//! - [`discourse`]: what needs the whole document: a date left alone in the sentence, the
//!   narrative's date, anaphoric places ("the city"), event coreference, the dominant place;
//! - [`csv`]: the ACLED-style flat export.

use std::fmt;
use std::sync::Arc;

use crate::document::{Entity, Label, Sentence, Span};
use crate::error::Error;
use crate::gazetteer::is_whole_word;

mod actor_links;
mod analyze;
mod csv;
mod discourse;
mod lexicon;
mod recast;
mod scan;
mod sentence;

pub use csv::{COLUMNS as EVENTS_CSV_COLUMNS, date_precision};
pub(crate) use lexicon::Lexicon;

/// The events layer's word lists, registered as word classes ([`crate::words`]).
pub(crate) const WORD_LISTS: &[&[crate::words::WordList]] =
    &[sentence::WORD_LISTS, analyze::WORD_LISTS];

/// The events layer's lists searched only in tokens of a word class that holds them
/// ([`sentence::GatedList`]).
#[cfg(test)]
const GATED_LISTS: &[&[sentence::GatedList]] = &[
    sentence::GATED_LISTS,
    analyze::GATED_LISTS,
    discourse::GATED_LISTS,
];

/// The embedded default trigger lexicon.
pub(crate) const EMBEDDED_LEXICON: (&str, &str) = (
    "event_triggers.tsv",
    include_str!("../../lexicons/event_triggers.tsv"),
);

/// An event type (ACLED/ACE-inspired), serialized upper-case.
///
/// The first fourteen are those of `SCHEMA.md`. The next six are added for business and general
/// news (documented in `lexicons/README.md`): `TRAVEL` (visits, arrivals and flights of people
/// and vehicles that are not troops), `TRANSACTION` (sales, purchases, deliveries, mergers,
/// contracts won), `LAUNCH` (products and services launched, unveiled, released), `DISASTER`
/// (crashes, accidents, natural disasters), `DEATH` (deaths not said to be killings) and
/// `LEGAL` (lawsuits, charges, trials, verdicts). The last, `ABDUCTION` (kidnappings,
/// abductions, hostage-taking), is ACLED's "abduction/forced disappearance".
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
    Travel,
    Transaction,
    Launch,
    Disaster,
    Death,
    Legal,
    Abduction,
}

impl EventType {
    /// Every event type.
    pub const ALL: [EventType; 21] = [
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
        EventType::Travel,
        EventType::Transaction,
        EventType::Launch,
        EventType::Disaster,
        EventType::Death,
        EventType::Legal,
        EventType::Abduction,
    ];

    /// The type's name in records.
    ///
    /// ```
    /// assert_eq!(chronicle::EventType::Killing.as_str(), "KILLING");
    /// ```
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
            EventType::Travel => "TRAVEL",
            EventType::Transaction => "TRANSACTION",
            EventType::Launch => "LAUNCH",
            EventType::Disaster => "DISASTER",
            EventType::Death => "DEATH",
            EventType::Legal => "LEGAL",
            EventType::Abduction => "ABDUCTION",
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
///
/// ```
/// let doc = chronicle::Extractor::default().extract("Rebels attacked the army base near Gao.");
/// let ev = &doc.events[0];
/// assert_eq!(doc.slice(ev.actors[0].span), "Rebels");
/// assert_eq!(doc.slice(ev.location.as_ref().unwrap().span), "Gao");
/// ```
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

impl Argument {
    fn of_entity(e: &Entity) -> Argument {
        Argument {
            span: e.span,
            label: Some(e.label),
            inferred: false,
        }
    }
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
///
/// ```
/// use chronicle::{Extractor, Input, EventType, Modality};
/// let text = "Rebels did not attack Gao. The army said it may withdraw from Kidal.";
/// let doc = Extractor::default().extract(text);
/// let attack = doc.events.iter().find(|e| e.event_type == EventType::Attack).unwrap();
/// assert!(attack.negated);
/// let withdrawal = doc.events.iter().find(|e| e.event_type == EventType::Withdrawal).unwrap();
/// assert_eq!(withdrawal.modality, Modality::Hypothetical);
/// ```
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
    /// Who or what was acted on ("expelled French forces"), where the text says.
    pub target: Option<Argument>,
    /// Where, if the text says (or, marked `inferred`, the document's dominant place).
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
    /// The lexicon row of the trigger.
    pub source: TriggerSource,
    /// What the document-level stage needs to know about the mention.
    pub(crate) info: discourse::Info,
}

/// The lexicon row a trigger came from, displayed as `lexicon:FILE:LINE`.
///
/// ```
/// let doc = chronicle::Extractor::default().extract("Troops withdrew from Gao.");
/// assert!(doc.events[0].source.to_string().starts_with("lexicon:event_triggers.tsv:"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct TriggerSource {
    /// File name as loaded (`event_triggers.tsv` for the embedded lexicon).
    pub file: Arc<str>,
    /// 1-based line of the row.
    pub line: u32,
}

impl fmt::Display for TriggerSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "lexicon:{}:{}", self.file, self.line)
    }
}

impl Lexicon {
    /// Events for the triggers in `text`, with arguments from `entities` (sorted, as resolved).
    ///
    /// `tokens` are the tokens of every sentence, in order (as [`crate::tokens::tokenize`] gives
    /// them sentence by sentence): each sentence with a trigger takes its slice of them.
    pub(crate) fn find(
        &self,
        text: &str,
        sentences: &[Sentence],
        tokens: &[crate::tokens::Token],
        entities: &[Entity],
        out: &mut Vec<Event>,
    ) {
        let mut scratch = FindScratch::take();
        let FindScratch {
            raws,
            ent_of,
            analyses,
        } = &mut *scratch;
        // Trigger matches, whole-word, outside names.
        self.automaton
            .for_each_match(text.as_bytes(), |pattern, start, end| {
                if !is_whole_word(text, start, end) {
                    return;
                }
                let span = Span::new(start, end);
                let Some(sentence) = crate::resolve::sentence_of(sentences, span) else {
                    return;
                };
                let i = entities.partition_point(|e| e.span.end <= span.start);
                if entities.get(i).is_some_and(|e| e.span.overlaps(span)) {
                    return; // a trigger word inside a name ("the Offensive" in a title)
                }
                raws.push((span, pattern, sentence));
            });
        if raws.is_empty() {
            scratch.keep();
            return;
        }
        out.reserve(raws.len()); // at most one event per trigger
        let mut k = 0;
        while k < raws.len() {
            let sentence = raws[k].2;
            let group_end = k + raws[k..].iter().take_while(|r| r.2 == sentence).count();
            let sent = sentences[sentence].span;
            let toks = {
                let a = tokens.partition_point(|t| t.span.start < sent.start);
                let b = a + tokens[a..].partition_point(|t| t.span.start < sent.end);
                &tokens[a..b]
            };
            let lo = entities.partition_point(|e| e.span.start < sent.start);
            let hi = entities.partition_point(|e| e.span.start < sent.end);
            let ents = &entities[lo..hi];
            let classes = sentence::SentenceView::map_entities(toks, ents, ent_of);
            let view = sentence::SentenceView {
                text,
                toks,
                ents,
                ent_of,
                classes,
            };
            analyses.clear();
            for &(span, pattern, _) in &raws[k..group_end] {
                if let Some(a) = analyze::analyze(self, &view, span, &self.readings[pattern]) {
                    analyses.push((span, a));
                }
            }
            if !analyses.is_empty() {
                discourse::finish_sentence(&view, analyses);
            }
            for (span, a) in analyses.drain(..) {
                let source = TriggerSource {
                    file: self.files[a.reading.file as usize].clone(),
                    line: a.reading.line,
                };
                out.push(Event {
                    event_type: a.ty,
                    trigger: span,
                    sentence,
                    actors: a.actors,
                    target: a.target,
                    location: a.location,
                    date: a.date,
                    date_source: a.date_source,
                    negated: a.negated,
                    modality: a.modality,
                    id: out.len(),
                    source,
                    info: discourse::Info {
                        definite: a.definite,
                        distinct: a.distinct,
                        past: a.past,
                        nominal: matches!(
                            a.reading.form,
                            lexicon::Form::Noun | lexicon::Form::Phrase
                        ),
                        place_anaphor: a.place_anaphor,
                        sentence_place: a.sentence_place,
                    },
                });
            }
            k = group_end;
        }
        scratch.keep();
        discourse::drop_voted_out_coups(text, sentences, out);
        discourse::finish_document(text, sentences, entities, out);
    }
}

/// The buffers of [`Lexicon::find`], kept by each thread between documents: a document's
/// vectors are cleared, not allocated, grown and freed again.
#[derive(Default)]
struct FindScratch {
    /// Trigger matches: span, automaton pattern, sentence.
    raws: Vec<(Span, usize, usize)>,
    /// Per token of the sentence: its entity ([`sentence::SentenceView::ent_of`]).
    ent_of: Vec<u32>,
    /// The sentence's analyses.
    analyses: Vec<(Span, analyze::Analysis)>,
}

thread_local! {
    /// The thread's [`FindScratch`] between documents.
    static FIND_SCRATCH: std::cell::Cell<Option<Box<FindScratch>>> =
        const { std::cell::Cell::new(None) };
}

impl FindScratch {
    /// Buffers longer than this are not kept (not to hold the memory of a huge document).
    const KEEP_BELOW: usize = 1 << 14;

    /// The thread's buffers, empty (new ones the first time).
    fn take() -> Box<FindScratch> {
        FIND_SCRATCH.take().unwrap_or_default()
    }

    /// Empties the buffers and keeps them for the thread's next document, unless one grew
    /// past [`FindScratch::KEEP_BELOW`] items.
    fn keep(mut self: Box<FindScratch>) {
        if self.raws.capacity().max(self.ent_of.capacity()) >= FindScratch::KEEP_BELOW {
            return;
        }
        self.raws.clear();
        self.ent_of.clear();
        self.analyses.clear();
        FIND_SCRATCH.set(Some(self));
    }
}

#[cfg(test)]
mod tests {
    /// A gated list's class holds every word of the list, in any ASCII casing: the class test
    /// before the list search never turns a listed word away.
    #[test]
    fn gated_lists_are_inside_their_classes() {
        for &(class, list) in super::GATED_LISTS.iter().copied().flatten() {
            for w in list {
                for v in [w.to_string(), w.to_ascii_uppercase(), {
                    let mut c = w.to_string();
                    c[..1].make_ascii_uppercase();
                    c
                }] {
                    assert_ne!(
                        crate::words::class_of(v.as_bytes()) & class,
                        0,
                        "{v:?} is not in the class of its list"
                    );
                }
            }
        }
    }
}
