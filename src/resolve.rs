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

use crate::document::{Entity, Sentence, Source, Span};

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
    let (accepted, verdicts) = select(candidates, sentences);
    let entities = accepted
        .into_iter()
        .map(|(i, sentence)| {
            let mut e = candidates[i].entity.clone();
            e.sentence = sentence;
            e
        })
        .collect();
    (entities, verdicts)
}

/// [`resolve`] for candidates not needed afterwards: each entity kept is moved out of
/// `candidates` (which keeps a bare entity with the same span and label in its place), not
/// cloned.
pub(crate) fn resolve_taking(
    candidates: &mut [Candidate],
    sentences: &[Sentence],
) -> (Vec<Entity>, Vec<Verdict>) {
    let (accepted, verdicts) = select(candidates, sentences);
    let entities = accepted
        .into_iter()
        .map(|(i, sentence)| {
            let kept = &mut candidates[i].entity;
            let bare = Entity::new(kept.span, kept.label, Source::Rule(""));
            let mut e = std::mem::replace(kept, bare);
            e.sentence = sentence;
            e
        })
        .collect();
    (entities, verdicts)
}

/// The first of the extractor's two resolutions, before coreference: the candidates kept, as
/// (index, sentence) in order of start, and each candidate's verdict. Their entities are read
/// in place, then [`take_kept`] moves them out if no second resolution follows.
pub(crate) fn select_kept(
    candidates: &[Candidate],
    sentences: &[Sentence],
) -> (Vec<(usize, usize)>, Vec<Verdict>) {
    select(candidates, sentences)
}

/// The entities of the candidates [`select_kept`] kept, moved out of `candidates` as in
/// [`resolve_taking`] (or cloned, when `keep` says the candidates are still needed: for an
/// explanation), each with its sentence.
pub(crate) fn take_kept(
    candidates: &mut [Candidate],
    accepted: &[(usize, usize)],
    keep: bool,
) -> Vec<Entity> {
    accepted
        .iter()
        .map(|&(i, sentence)| {
            let kept = &mut candidates[i].entity;
            let mut e = if keep {
                kept.clone()
            } else {
                let bare = Entity::new(kept.span, kept.label, Source::Rule(""));
                std::mem::replace(kept, bare)
            };
            e.sentence = sentence;
            e
        })
        .collect()
}

/// The policy of [`resolve`]: the candidates kept, as (index, sentence) in order of start, and
/// each candidate's verdict.
fn select(candidates: &[Candidate], sentences: &[Sentence]) -> (Vec<(usize, usize)>, Vec<Verdict>) {
    let mut verdicts = vec![Verdict::Kept; candidates.len()];
    let span_of = |i: usize| candidates[i].entity.span;
    // Candidates in order of start (then as given): most are found by passes that each go
    // through the text in order, so this sort mostly merges a few sorted runs.
    let by_start = by_start(candidates);
    // Each candidate's sentence, dropping those that cross a boundary. In order of start, the
    // sentence is found by walking the sentences along when they are in order and disjoint
    // (the segmenter's always are), by a binary search otherwise.
    let in_order = sentences.iter().all(|s| s.span.start <= s.span.end)
        && sentences
            .windows(2)
            .all(|w| w[0].span.end <= w[1].span.start);
    let mut placed: Vec<(usize, usize)> = Vec::with_capacity(by_start.len());
    let mut next = 0;
    for &(start, i) in &by_start {
        let span = span_of(i);
        let sentence = if in_order {
            while sentences.get(next).is_some_and(|s| s.span.end <= start) {
                next += 1;
            }
            sentences
                .get(next)
                .filter(|s| s.span.contains(span) && !span.is_empty())
                .map(|_| next)
        } else {
            sentence_of(sentences, span)
        };
        match sentence {
            Some(sentence) => placed.push((i, sentence)),
            None => verdicts[i] = Verdict::CrossesSentence,
        }
    }
    // Only overlapping candidates compete, so the policy is applied to each cluster of
    // candidates linked by overlaps alone (clusters, in order of start, cover disjoint bytes,
    // so the outcome is the one of applying it to all at once): a candidate that overlaps no
    // other is kept as it is, without being sorted or marked.
    let mut accepted: Vec<(usize, usize)> = Vec::with_capacity(placed.len());
    let mut owner: Vec<u32> = Vec::new();
    let mut members: Vec<(usize, usize)> = Vec::new();
    let mut k = 0;
    while k < placed.len() {
        let lo = span_of(placed[k].0).start;
        let mut hi = span_of(placed[k].0).end;
        let mut end = k + 1;
        while let Some(&(j, _)) = placed.get(end) {
            let span = span_of(j);
            if span.start >= hi {
                break;
            }
            hi = hi.max(span.end);
            end += 1;
        }
        if end == k + 1 {
            accepted.push(placed[k]);
            k = end;
            continue;
        }
        // Longest first, the highest priority, the earliest start, the order given (every key
        // is distinct, so an unstable sort gives the one order).
        members.clear();
        members.extend_from_slice(&placed[k..end]);
        members.sort_unstable_by_key(|&(i, _)| {
            let span = span_of(i);
            let priority = u8::MAX - candidates[i].priority as u8;
            (usize::MAX - span.len(), priority, span.start, i)
        });
        // `owner[b - lo]` is 1 + the position in `accepted` of the accepted span covering byte
        // `b` of the cluster (0: none yet); the marks are cleared when the cluster is done.
        if owner.len() < hi - lo {
            owner.resize(hi - lo, 0);
        }
        let first = accepted.len();
        for &(i, sentence) in &members {
            let span = span_of(i);
            let at = (span.start - lo)..(span.end - lo);
            // Accepted spans never overlap: the one holding the last taken byte of `span` is
            // the overlapping one that starts last.
            if let Some(back) = owner[at.clone()].iter().rev().position(|&o| o != 0) {
                let o = owner[at.end - 1 - back];
                let j = match o {
                    u32::MAX => {
                        // Past 2^32 - 2 accepted spans (texts of many gigabytes): searched.
                        let b = span.end - 1 - back;
                        accepted[first..]
                            .iter()
                            .map(|&(j, _)| j)
                            .find(|&j| span_of(j).contains(Span::new(b, b + 1)))
                            .unwrap_or(i)
                    }
                    _ => accepted[o as usize - 1].0,
                };
                let other = &candidates[j].entity;
                verdicts[i] = Verdict::LostTo(other.span, other.label.as_str());
                continue;
            }
            let mark = u32::try_from(accepted.len() + 1).unwrap_or(u32::MAX);
            owner[at].fill(mark);
            accepted.push((i, sentence));
        }
        // Back to all zeros for the next cluster: only the spans accepted were marked.
        for &(j, _) in &accepted[first..] {
            let span = span_of(j);
            owner[span.start - lo..span.end - lo].fill(0);
        }
        accepted[first..].sort_unstable_by_key(|&(i, _)| span_of(i).start);
        k = end;
    }
    (accepted, verdicts)
}

/// `(start, index)` of every candidate, in order of start then index.
///
/// The pairs are sorted packed into one `u64` each (start in the high half), by an unstable sort
/// (every key is distinct, so it gives the one order): one integer comparison per step instead
/// of two, and no merge buffer. Past 2^32 bytes or candidates the pairs are sorted as they are.
fn by_start(candidates: &[Candidate]) -> Vec<(usize, usize)> {
    const LIMIT: usize = 1 << 32;
    let packable =
        candidates.len() <= LIMIT && candidates.iter().all(|c| c.entity.span.start < LIMIT);
    if !packable {
        let mut pairs: Vec<(usize, usize)> = candidates
            .iter()
            .enumerate()
            .map(|(i, c)| (c.entity.span.start, i))
            .collect();
        pairs.sort_unstable();
        return pairs;
    }
    let mut keys: Vec<u64> = candidates
        .iter()
        .enumerate()
        .map(|(i, c)| (c.entity.span.start as u64) << 32 | i as u64)
        .collect();
    keys.sort_unstable();
    keys.iter()
        .map(|&k| ((k >> 32) as usize, (k & 0xffff_ffff) as usize))
        .collect()
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
    fn taking_gives_what_cloning_gives() {
        let sentences = [
            Sentence {
                span: Span::new(0, 30),
            },
            Sentence {
                span: Span::new(31, 60),
            },
        ];
        let mut cands = vec![
            cand(33, 38, Label::Location, Priority::Gazetteer),
            cand(0, 4, Label::Location, Priority::Gazetteer),
            cand(0, 10, Label::Organization, Priority::Rule),
            cand(28, 33, Label::Person, Priority::Rule),
            cand(40, 45, Label::Date, Priority::Temporal),
        ];
        cands[4].entity.value = Some("2026-05".into());
        let cloned = resolve(&cands, &sentences);
        let taken = resolve_taking(&mut cands, &sentences);
        assert_eq!(taken, cloned);
        // Every candidate keeps its span and label; a kept one loses its other attributes.
        let left: Vec<(usize, Label)> = cands
            .iter()
            .map(|c| (c.entity.span.start, c.entity.label))
            .collect();
        assert_eq!(
            left,
            [
                (33, Label::Location),
                (0, Label::Location),
                (0, Label::Organization),
                (28, Label::Person),
                (40, Label::Date)
            ]
        );
        assert!(cands[4].entity.value.is_none());
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
    /// The policy stated plainly (every accepted span compared with every candidate), to check
    /// the byte-owner bookkeeping of [`resolve`] against.
    fn resolve_plainly(cands: &[Candidate], sentences: &[Sentence]) -> (Vec<Span>, Vec<Verdict>) {
        let mut verdicts = vec![Verdict::Kept; cands.len()];
        let mut order: Vec<usize> = (0..cands.len()).collect();
        order.sort_by_key(|&i| {
            let e = &cands[i].entity;
            (
                std::cmp::Reverse(e.span.len()),
                std::cmp::Reverse(cands[i].priority),
                e.span.start,
                i,
            )
        });
        let mut accepted: Vec<usize> = Vec::new();
        for i in order {
            let span = cands[i].entity.span;
            if sentence_of(sentences, span).is_none() {
                verdicts[i] = Verdict::CrossesSentence;
                continue;
            }
            let winner = accepted
                .iter()
                .filter(|&&j| cands[j].entity.span.overlaps(span))
                .max_by_key(|&&j| cands[j].entity.span.start);
            match winner {
                Some(&j) => {
                    let e = &cands[j].entity;
                    verdicts[i] = Verdict::LostTo(e.span, e.label.as_str());
                }
                None => accepted.push(i),
            }
        }
        let mut spans: Vec<Span> = accepted.iter().map(|&i| cands[i].entity.span).collect();
        spans.sort_by_key(|s| s.start);
        (spans, verdicts)
    }

    #[test]
    fn overlaps_resolved_as_the_policy_states() {
        // The segmenter's kind (disjoint), and overlapping ones (resolved together).
        let layouts = [[(0, 40), (41, 90)], [(0, 40), (30, 90)]];
        let labels = [
            Label::Person,
            Label::Location,
            Label::Organization,
            Label::Date,
        ];
        let priorities = [
            Priority::Gazetteer,
            Priority::Rule,
            Priority::Coreference,
            Priority::Temporal,
        ];
        let mut seed: u64 = 7;
        let mut next = |n: u64| {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            ((seed >> 33) % n) as usize
        };
        for round in 0..400 {
            let sentences = layouts[round % 2].map(|(a, b)| Sentence {
                span: Span::new(a, b),
            });
            let cands: Vec<Candidate> = (0..5 + round % 40)
                .map(|_| {
                    let start = next(88);
                    let end = (start + 1 + next(9)).min(90);
                    cand(start, end, labels[next(4)], priorities[next(4)])
                })
                .collect();
            let (ents, verdicts) = resolve(&cands, &sentences);
            let (spans, expected) = resolve_plainly(&cands, &sentences);
            assert_eq!(
                ents.iter().map(|e| e.span).collect::<Vec<_>>(),
                spans,
                "round {round}"
            );
            assert_eq!(verdicts, expected, "round {round}");
            for e in &ents {
                assert_eq!(Some(e.sentence), sentence_of(&sentences, e.span));
            }
        }
    }
}
