//! The overlap policy, in one place.
//!
//! Every recognizer (gazetteers, rules, time expressions) proposes [`Candidate`]s, which may
//! overlap. [`resolve`] keeps a set of non-overlapping entities, each inside one sentence:
//!
//! 1. a candidate that crosses a sentence boundary is dropped;
//! 2. among overlapping candidates, the longer span wins;
//! 3. at equal length, the higher [`Priority`] wins (rules that saw context beat plain list look-ups,
//!    time expressions beat names: "May 22" is a date, not a person);
//! 4. then the earlier start, then the order in which candidates were proposed.
//!
//! Some cases are settled before this policy, by the rule that would propose a wrong span:
//!
//! - a head-word rule does not propose a span the gazetteer names exactly as a place, unless
//!   the place is weak (an alternate name or a small city: "White House") or the gazetteer also
//!   lists the span as an organization. So "West Bank" stays a place although "Bank" heads
//!   organization names, at the cost of places whose name is also an institution's;
//! - a longer rule span beats the gazetteer's shorter name inside it by rule 2, which is how
//!   "Apple Computer" and "Air France" win over "Apple" and "France", and how a product ("Airbus
//!   A380", MISC) or a meeting ("Worldwide Developers Conference", MISC) keeps the company or
//!   head word inside it from being an organization.
//!
//! Losers are not thrown away silently: [`resolve`] reports each with the candidate that beat it,
//! which `extract --explain` prints (with each candidate's rule and priority).
//!
//! The extractor resolves twice. After the first pass, name coreference proposes a PERSON
//! candidate for each later (or earlier) one-word mention of a person's last name ("Goïta" after
//! "Assimi Goïta") at [`Priority::Coreference`], carrying the full name as its canonical name,
//! and a LOCATION candidate for each other mention of a place name a place rule found ("Zinda
//! Jan" after "Zinda Jan district"); the second pass, over every candidate, gives the final
//! entities. Rule order is part of the policy:
//! organization rules, then place context rules ("the town of X"), are proposed before person rules, and the person rules
//! with the most specific evidence (title, byline, role noun) before the given-name rule, so at
//! equal span and priority the more specific rule names the source.
//!
//! ```
//! let doc = chronicle::Extractor::default()
//!     .extract("Coach Mark Houston praised the players. Houston said they had improved.");
//! let houston = doc.entities.iter().filter(|e| e.text(&doc.text) == "Houston").last().unwrap();
//! assert_eq!(houston.label, chronicle::Label::Person); // not the city: the coach named before
//! assert_eq!(houston.canonical.as_deref(), Some("Mark Houston"));
//! ```

use std::collections::BTreeMap;

use crate::document::{Entity, Sentence, Span};

/// How strongly a recognizer vouches for a candidate; breaks ties between equal-length spans.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Priority {
    /// A weak guess (a capitalized word with little evidence).
    Guess = 0,
    /// A gazetteer entry matched as is.
    Gazetteer = 1,
    /// A rule that used context (titles, head words, prepositions).
    Rule = 2,
    /// A name the document already established (coreference).
    Coreference = 3,
    /// A time expression.
    Temporal = 4,
    /// An entry from a user's own gazetteer or pattern file.
    User = 5,
}

/// A proposed entity.
#[derive(Clone, Debug, PartialEq)]
pub struct Candidate {
    /// The entity, with its attributes (its `sentence` is set by [`resolve`]).
    pub entity: Entity,
    /// Tie-breaker between spans of equal length.
    pub priority: Priority,
}

/// Why a candidate did not become an entity.
#[derive(Clone, Debug, PartialEq)]
pub enum Verdict {
    /// It became an entity.
    Kept,
    /// It crosses a sentence boundary.
    CrossesSentence,
    /// A longer (or equally long, stronger or earlier) candidate overlapping it won.
    LostTo(Span, &'static str),
}

/// Resolves `candidates` into sorted, non-overlapping entities, each inside one sentence.
///
/// Returns the entities and, in the order the candidates were given, each one's verdict.
pub fn resolve(candidates: &[Candidate], sentences: &[Sentence]) -> (Vec<Entity>, Vec<Verdict>) {
    let mut verdicts = vec![Verdict::Kept; candidates.len()];
    let mut order: Vec<usize> = Vec::with_capacity(candidates.len());
    for (i, c) in candidates.iter().enumerate() {
        if sentence_of(sentences, c.entity.span).is_some() {
            order.push(i);
        } else {
            verdicts[i] = Verdict::CrossesSentence;
        }
    }
    order.sort_by(|&a, &b| {
        let (ca, cb) = (&candidates[a], &candidates[b]);
        cb.entity
            .span
            .len()
            .cmp(&ca.entity.span.len())
            .then(cb.priority.cmp(&ca.priority))
            .then(ca.entity.span.start.cmp(&cb.entity.span.start))
            .then(a.cmp(&b))
    });
    // Accepted spans keyed by start; non-overlapping, so a neighbour check suffices.
    let mut accepted: BTreeMap<usize, usize> = BTreeMap::new();
    for i in order {
        let span = candidates[i].entity.span;
        let before = accepted.range(..span.end).next_back();
        if let Some((_, &j)) = before {
            let other = candidates[j].entity.span;
            if other.overlaps(span) {
                verdicts[i] = Verdict::LostTo(other, candidates[j].entity.label.as_str());
                continue;
            }
        }
        accepted.insert(span.start, i);
    }
    let entities = accepted
        .into_values()
        .map(|i| {
            let mut e = candidates[i].entity.clone();
            e.sentence = sentence_of(sentences, e.span).unwrap_or(0);
            e
        })
        .collect();
    (entities, verdicts)
}

/// Index of the sentence that wholly contains `span`, if any.
pub(crate) fn sentence_of(sentences: &[Sentence], span: Span) -> Option<usize> {
    let i = sentences.partition_point(|s| s.span.end <= span.start);
    let s = sentences.get(i)?;
    (s.span.contains(span) && !span.is_empty()).then_some(i)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Label, Source};

    fn cand(start: usize, end: usize, label: Label, priority: Priority) -> Candidate {
        Candidate {
            entity: Entity::new(Span::new(start, end), label, Source::Rule("rule:test")),
            priority,
        }
    }

    #[test]
    fn longest_then_priority_then_earliest() {
        let sentences = [Sentence {
            span: Span::new(0, 100),
        }];
        let cands = [
            cand(0, 4, Label::Location, Priority::Gazetteer),
            cand(0, 10, Label::Organization, Priority::Rule),
            cand(20, 25, Label::Person, Priority::Gazetteer),
            cand(20, 25, Label::Date, Priority::Temporal),
            cand(30, 35, Label::Location, Priority::Gazetteer),
            cand(33, 38, Label::Location, Priority::Gazetteer),
        ];
        let (ents, verdicts) = resolve(&cands, &sentences);
        let got: Vec<(usize, Label)> = ents.iter().map(|e| (e.span.start, e.label)).collect();
        assert_eq!(
            got,
            [
                (0, Label::Organization),
                (20, Label::Date),
                (30, Label::Location)
            ]
        );
        assert_eq!(
            verdicts[0],
            Verdict::LostTo(Span::new(0, 10), "ORGANIZATION")
        );
        assert_eq!(verdicts[5], Verdict::LostTo(Span::new(30, 35), "LOCATION"));
    }

    #[test]
    fn never_across_sentences() {
        let sentences = [
            Sentence {
                span: Span::new(0, 10),
            },
            Sentence {
                span: Span::new(11, 20),
            },
        ];
        let cands = [
            cand(8, 13, Label::Person, Priority::Rule),
            cand(12, 14, Label::Person, Priority::Rule),
        ];
        let (ents, verdicts) = resolve(&cands, &sentences);
        assert_eq!(ents.len(), 1);
        assert_eq!(ents[0].sentence, 1);
        assert_eq!(verdicts[0], Verdict::CrossesSentence);
    }
}
