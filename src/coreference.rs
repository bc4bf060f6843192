//! Name coreference inside one document, the way GATE's orthomatcher links "Goïta" to "Assimi
//! Goïta".
//!
//! After a first resolution, every PERSON entity of two words or more (or one word a title
//! introduced: "Mr. Cheney") lends its last word as a *key*. Every later or earlier mention of a
//! key, as a capitalized word of its own, becomes a PERSON candidate (`rule:coref.person_name`)
//! with the full name as its canonical name and [`Priority::Coreference`], so it also wins over a
//! one-word gazetteer place or organization of the same span ("Obama" the Japanese town).
//!
//! It never creates entities from words no name rule vouched for: keys come only from PERSON
//! entities, a key must be a capitalized word of two letters or more that is not a weekday,
//! month or function word, and a mention that is part of a longer capitalized run ("the Bush
//! Administration") or inside a longer entity is left alone.

use std::sync::Arc;

use crate::document::{Entity, Label, Source, Span};
use crate::resolve::{Candidate, Priority};
use crate::tokens::{Shape, Token};

/// The rule id of coreference candidates.
pub(crate) const RULE: &str = "rule:coref.person_name";

/// Appends a candidate for every mention of a known person's last name in `tokens`.
///
/// `entities` are the first resolution's entities, sorted by start.
pub(crate) fn find(text: &str, tokens: &[Token], entities: &[Entity], out: &mut Vec<Candidate>) {
    // (key, index of the entity it comes from), sorted by key then entity order.
    let mut keys: Vec<(&str, usize)> = Vec::new();
    for (n, e) in entities.iter().enumerate() {
        if e.label != Label::Person {
            continue;
        }
        let first = tokens.partition_point(|t| t.span.start < e.span.start);
        let last = tokens.partition_point(|t| t.span.start < e.span.end);
        let words = &tokens[first..last];
        let Some(key) = words.iter().rev().find(|t| t.shape == Shape::Capitalized) else {
            continue;
        };
        let key_text = &text[key.span.range()];
        let single = words.len() == 1;
        let titled = matches!(e.source, Source::Rule("rule:person.title_name"));
        if (single && !titled) || !usable_key(key_text) {
            continue;
        }
        keys.push((key_text, n));
    }
    if keys.is_empty() {
        return;
    }
    // A word the document also writes in lower case is a common word ("Will", "Rose"). One
    // binary search per lower-case token over the keys in ASCII-folded order; keys with a
    // non-ASCII initial ("Élan") are compared one by one, and are rare.
    keys.sort_by(|a, b| folded(a.0, b.0));
    let mut common = vec![false; keys.len()];
    let non_ascii = keys.iter().any(|(k, _)| !k.as_bytes()[0].is_ascii());
    for t in tokens.iter().filter(|t| t.shape == Shape::Lower) {
        let w = &text[t.span.range()];
        let lo = keys.partition_point(|(k, _)| folded(k, w).is_lt());
        let hi = lo + keys[lo..].partition_point(|(k, _)| folded(k, w).is_eq());
        common[lo..hi].iter_mut().for_each(|c| *c = true);
        if non_ascii {
            for (n, (k, _)) in keys.iter().enumerate() {
                common[n] |= lower_form(k, w);
            }
        }
    }
    let mut n = 0;
    keys.retain(|_| {
        n += 1;
        !common[n - 1]
    });
    if keys.is_empty() {
        return;
    }
    keys.sort_by(|a, b| a.0.cmp(b.0).then(a.1.cmp(&b.1)));
    keys.dedup_by(|b, a| a.0 == b.0);

    for (i, t) in tokens.iter().enumerate() {
        if t.shape != Shape::Capitalized {
            continue;
        }
        let word = &text[t.span.range()];
        let Ok(k) = keys.binary_search_by(|(key, _)| (*key).cmp(word)) else {
            continue;
        };
        // Part of a longer capitalized run: a different name, or an organization.
        let joined = |a: &Token, b: &Token| {
            a.shape == Shape::Capitalized
                && b.shape == Shape::Capitalized
                && text[a.span.end..b.span.start] == *" "
        };
        if tokens.get(i + 1).is_some_and(|n| joined(t, n)) {
            continue;
        }
        if i > 0 && joined(&tokens[i - 1], t) {
            continue;
        }
        let at = entities.partition_point(|e| e.span.end <= t.span.start);
        if let Some(e) = entities.get(at).filter(|e| e.span.overlaps(t.span)) {
            let replaceable = e.span == t.span
                && matches!(e.label, Label::Location | Label::Organization | Label::Norp)
                && matches!(e.source, Source::Gazetteer { .. });
            if !replaceable {
                continue;
            }
        }
        let full = &entities[keys[k].1];
        let canonical: Arc<str> = match &full.canonical {
            Some(c) => c.clone(),
            None => Arc::from(full.text(text)),
        };
        // "bin Laden", "da Silva": the particle belongs to the mention.
        let start = match i.checked_sub(1).map(|p| &tokens[p]) {
            Some(p)
                if p.shape == Shape::Lower
                    && text[p.span.end..t.span.start] == *" "
                    && crate::patterns::particle(&text[p.span.range()]) =>
            {
                p.span.start
            }
            _ => t.span.start,
        };
        let mut e = Entity::new(
            Span::new(start, t.span.end),
            Label::Person,
            Source::Rule(RULE),
        );
        e.canonical = Some(canonical);
        out.push(Candidate {
            entity: e,
            priority: Priority::Coreference,
        });
    }
}

/// Compares two words ASCII-case-insensitively.
fn folded(a: &str, b: &str) -> std::cmp::Ordering {
    a.bytes()
        .map(|c| c.to_ascii_lowercase())
        .cmp(b.bytes().map(|c| c.to_ascii_lowercase()))
}

/// Whether lower-case `w` is `key` with its first letter lowered (non-ASCII keys: "Élan", "élan").
fn lower_form(key: &str, w: &str) -> bool {
    let mut k = key.chars();
    let mut l = w.chars();
    match (k.next(), l.next()) {
        (Some(a), Some(b)) if !a.is_ascii() => a.to_lowercase().eq(std::iter::once(b)) && k.eq(l),
        _ => false,
    }
}

/// Whether a word may stand for a whole name.
fn usable_key(w: &str) -> bool {
    w.chars().count() >= 2 && !crate::patterns::not_name_word(w)
}
