//! Names that end in a closed-class head word of a built place or of a document: the place or
//! the city inside them is not the entity.
//!
//! | id | label | evidence |
//! |---|---|---|
//! | `rule:location.facility` | LOCATION | capitalized words ending in a facility head: "Changi International Airport", "Bagram Air Base", "Mosul Dam", "Tahrir Square", "Virunga National Park"; or a name before a lower-case airfield or crossing noun, without the noun: "Heathrow" of "Heathrow airport", "Erez" of "the Erez crossing" |
//! | `rule:misc.treaty` | MISC | capitalized words ending in a document head, or such a head with an `of`/`on` tail: "Kyoto Protocol", "Paris Agreement", "Oslo Accords", "Treaty of Versailles" |
//!
//! Which facilities are places: transport and civil-engineering works and public squares, which
//! news locates things at and never quotes ([`FACILITY_HEADS`]), are LOCATION, as MEANTIME
//! annotates airports (OntoNotes' FAC has no label of its own here). Institutions housed in a
//! building (hospitals, universities, schools, hotels, prisons) act and speak ("the hospital
//! said"): they stay organizations, or unlabelled, as the organization rules decide.
//!
//! Treaties, accords and declarations are MISC, as in CoNLL and OntoNotes (LAW): "Kyoto" in
//! "Kyoto Protocol" is not a place the story is about.
//!
//! Both rules read at most [`MAX_WORDS`] capitalized words before the head (initials such as
//! "John F. Kennedy" included), stopping at a sentence-opening function word ("The", "In") or
//! a possessive ("Singapore's Changi International Airport": the airport alone). The head must
//! end the capitalized run ("Airport Authority", "Treaty Organization" are organizations), the
//! span must not be one the gazetteer names already ("Pearl Harbor", "Warsaw Pact"), and on a
//! title-case line (a headline) one word at most is read before the head.

use super::person::title_case_line;
use super::{Context, push};
use crate::document::{Label, Span};
use crate::resolve::Candidate;
use crate::tokens::Shape;
use crate::words::{self, Case, WordList};

/// The most capitalized words read before a head word.
const MAX_WORDS: usize = 5;

/// The most capitalized words read in an `of`/`on` tail after a document head.
const MAX_TAIL: usize = 4;

/// Heads of facility names that are places (sorted).
const FACILITY_HEADS: &[&str] = &[
    "Airbase", "Airfield", "Airport", "Bridge", "Canal", "Crossing", "Dam", "Harbor", "Harbour",
    "Square", "Stadium", "Tunnel",
];

/// Words before "Base" that make it a military base's head ("Bagram Air Base") (sorted).
const BASE_KINDS: &[&str] = &["Air", "Military", "Naval"];

/// Words before "Park" that make it a protected area's head ("Virunga National Park"), not a
/// surname ("President Park") (sorted).
const PARK_KINDS: &[&str] = &["National"];

/// Heads of treaty and accord names (sorted).
const DOCUMENT_HEADS: &[&str] = &[
    "Accord",
    "Accords",
    "Agreement",
    "Agreements",
    "Convention",
    "Conventions",
    "Declaration",
    "Protocol",
    "Treaty",
];

/// Lower-case airfield and border-crossing nouns after a name: "Heathrow airport", "the Erez
/// crossing" (sorted). "air base" is read as well; camps are `rule:location.camp`'s
/// ([`super::location`]).
const AIRFIELD_NOUNS: &[&str] = &["airbase", "airfield", "airport", "airstrip", "crossing"];

/// The word lists of this module, registered as one word class ([`words::FACILITY`]): a token
/// outside it starts no facility or treaty name, so most tokens cost one bit test.
pub(super) const WORD_LISTS: &[WordList] = &[(&START_WORDS, Case::Exact, words::FACILITY)];

/// Every word the rules start from: facility, treaty and airfield heads and "Base"/"base".
const START_WORDS: [&str; START_LEN] = words::concat(&[
    FACILITY_HEADS,
    DOCUMENT_HEADS,
    AIRFIELD_NOUNS,
    &["Base", "Park", "base"],
]);

const START_LEN: usize = FACILITY_HEADS.len() + DOCUMENT_HEADS.len() + AIRFIELD_NOUNS.len() + 3;

/// Runs both rules.
pub(super) fn find(ctx: &Context<'_>, out: &mut Vec<Candidate>) {
    let toks = ctx.tokens;
    for &i in &ctx.starts.facilities {
        if toks[i].shape == Shape::Lower {
            airfield_name(ctx, i, out);
            continue;
        }
        if toks[i].shape != Shape::Capitalized {
            continue;
        }
        let word = ctx.word(i);
        let facility = FACILITY_HEADS.binary_search(&word).is_ok();
        // "Air Base": the name is read before "Air".
        let base = word == "Base"
            && i > 0
            && ctx.spaced(i - 1)
            && BASE_KINDS.binary_search(&ctx.word(i - 1)).is_ok();
        // "National Park": the name is read before "National".
        let park = word == "Park"
            && i > 0
            && ctx.spaced(i - 1)
            && PARK_KINDS.binary_search(&ctx.word(i - 1)).is_ok();
        let base = base || park;
        let document = DOCUMENT_HEADS.binary_search(&word).is_ok();
        if !(facility || base || document) {
            continue;
        }
        // The head ends the capitalized run.
        if toks
            .get(i + 1)
            .is_some_and(|t| t.is_upper_initial() && ctx.spaced(i))
        {
            continue;
        }
        let head = if base { i - 1 } else { i };
        let start = name_start(ctx, head);
        let end = if document { tail_end(ctx, i) } else { i + 1 };
        if start == head && end == i + 1 {
            continue;
        }
        let span = Span::new(toks[start].span.start, toks[end - 1].span.end);
        if named_by_gazetteer(ctx, span) {
            continue;
        }
        if document {
            push(out, span, Label::Misc, "rule:misc.treaty");
        } else {
            push(out, span, Label::Location, "rule:location.facility");
        }
    }
}

/// `rule:location.facility` before a lower-case airfield noun at token `i` ("Heathrow
/// airport", "Bagram air base"): the name alone is the place, as GMB and CoNLL leave a common
/// noun out. A name the gazetteer knows as a whole ("Baghdad airport") keeps its entry, and a
/// name opening with a nationality or an organization ("Israeli airport") is left alone.
fn airfield_name(ctx: &Context<'_>, i: usize, out: &mut Vec<Candidate>) {
    let toks = ctx.tokens;
    let word = ctx.word(i);
    // "air base": the name is read before "air".
    let head = if i > 0 && ctx.spaced(i - 1) && word == "base" && ctx.word(i - 1) == "air" {
        i - 1
    } else if AIRFIELD_NOUNS.binary_search(&word).is_ok() {
        i
    } else {
        return;
    };
    if head == 0 || !ctx.spaced(head - 1) || toks[head - 1].shape != Shape::Capitalized {
        return;
    }
    let start = name_start(ctx, head);
    if start == head {
        return;
    }
    let span = Span::new(toks[start].span.start, toks[head - 1].span.end);
    let other = ctx.match_covering(span.start).is_some_and(|m| {
        m.span == span
            || ctx.gazetteer.entries_of(m.pattern).any(|e| {
                matches!(
                    e.kind,
                    crate::gazetteer::EntryKind::Nationality
                        | crate::gazetteer::EntryKind::Organization
                        | crate::gazetteer::EntryKind::OrgHead
                )
            })
    });
    if !other {
        push(out, span, Label::Location, "rule:location.facility");
    }
}

/// The first token of the name before token `head`: up to [`MAX_WORDS`] capitalized words
/// (or initials: "F."), separated by single spaces; `head` itself when there is none.
fn name_start(ctx: &Context<'_>, head: usize) -> usize {
    let toks = ctx.tokens;
    let mut start = head;
    let mut words_read = 0;
    let limit = if title_case_line(ctx, toks[head].span.start) {
        1
    } else {
        MAX_WORDS
    };
    while start > 0 && words_read < limit {
        let prev = start - 1;
        // An initial: "F" + "." right before a spaced word.
        if ctx.word(prev) == "."
            && prev > 0
            && ctx.spaced(prev)
            && ctx.touching(prev - 1)
            && ctx.word(prev - 1).len() == 1
            && toks[prev - 1].is_upper_initial()
        {
            start = prev - 1;
            words_read += 1;
            continue;
        }
        let t = toks[prev];
        if !ctx.spaced(prev)
            || !t.is_upper_initial()
            || t.class & (words::LEADING_STOP | words::NOT_NAME) != 0
        {
            break;
        }
        start = prev;
        words_read += 1;
    }
    start
}

/// The end (exclusive) of a document head's `of`/`on` tail ("Treaty of Versailles",
/// "Convention on the Rights of the Child" up to "Rights"), or `head + 1` without one.
fn tail_end(ctx: &Context<'_>, head: usize) -> usize {
    let toks = ctx.tokens;
    let mut j = head + 1;
    if j + 1 >= toks.len() || !matches!(ctx.word(j), "of" | "on") || !ctx.spaced(head) {
        return head + 1;
    }
    j += 1;
    if ctx.word(j) == "the" && j + 1 < toks.len() && ctx.spaced(j - 1) {
        j += 1;
    }
    let first = j;
    while j < toks.len()
        && j - first < MAX_TAIL
        && toks[j].shape == Shape::Capitalized
        && ctx.spaced(j - 1)
        && toks[j].class & words::NOT_NAME == 0
    {
        j += 1;
    }
    if j == first { head + 1 } else { j }
}

/// Whether a gazetteer entity names exactly `span` ("Pearl Harbor", "Warsaw Pact").
fn named_by_gazetteer(ctx: &Context<'_>, span: Span) -> bool {
    ctx.match_covering(span.start).is_some_and(|m| {
        m.span == span
            && ctx
                .gazetteer
                .entries_of(m.pattern)
                .any(|e| e.kind.is_entity())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted() {
        for list in [FACILITY_HEADS, BASE_KINDS, DOCUMENT_HEADS, AIRFIELD_NOUNS] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
    }
}
