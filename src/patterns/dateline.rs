//! `rule:location.dateline`: the place name in capitals that opens a wire story.
//!
//! News agencies open a story with its dateline, the place it was filed from, in capitals:
//! "BAMAKO, March 4 (Reuters) -", "PORT SUDAN/CAIRO, June 12 (Reuters) -", "BERLIN (AP) —",
//! "WATERLOO, Ont. —". The gazetteer matches case-sensitively, so it does not see "BAMAKO", and
//! the acronym rule would guess an organization. This rule reads, at the start of a line, one
//! to [`MAX_WORDS`] all-caps words (several places joined by "/"), ended by a comma, a bracket,
//! a colon or a spaced dash, and proposes each place as a LOCATION:
//!
//! - a place the gazetteer knows in title case ("Bamako", "Port Sudan", "Rio de Janeiro") takes
//!   that entry's canonical name (else the title-cased name: "Toronto"), country and GeoNames link (among several, a place's own name
//!   before another's alternate name, then the most populous);
//! - an unknown name ("OAK BROOK, Ill. (AP) —") needs the rest of a dateline after it: a month,
//!   a state abbreviation ("OAK BROOK, Ill.") or a known country or province then a dash or a
//!   bracket ("KUPIANSK, Ukraine —") after the comma, or a bracketed agency. The
//!   state abbreviation is a place too (`rule:location.state_abbreviation`).
//!
//! The one capitalized word in brackets right after the place ("(Reuters)", "(AP)") is the news
//! agency that filed the story: an ORGANIZATION (`rule:org.dateline_agency`).
//!
//! Story labels written the same way ("ANALYSIS -", "UPDATE 2-", "EXCLUSIVE:") are not places.

use super::Context;
use crate::document::{Entity, Label, PlaceKind, Source, Span};
use crate::gazetteer::EntryKind;
use crate::resolve::{Candidate, Priority};
use crate::tokens::Shape;

/// The rule id.
const RULE: &str = "rule:location.dateline";

/// The rule id of the news agency named in brackets after a dateline's place.
const AGENCY_RULE: &str = "rule:org.dateline_agency";

/// The most words one dateline place may have ("RIO DE JANEIRO").
const MAX_WORDS: usize = 4;

/// The most places one dateline may join with "/".
const MAX_PLACES: usize = 4;

/// The most bytes a title-cased dateline place may have.
const MAX_BYTES: usize = 64;

/// Story labels that open a line like a dateline but are no place (sorted).
const SLUGS: &[&str] = &[
    "ADVISORY",
    "ALERT",
    "ANALYSIS",
    "BREAKING",
    "COLUMN",
    "COMMENT",
    "COMMENTARY",
    "CORRECTED",
    "CORRECTION",
    "EDITORIAL",
    "EXCLUSIVE",
    "FACTBOX",
    "FEATURE",
    "FLASH",
    "INSIGHT",
    "INTERVIEW",
    "NEWS",
    "NOTE",
    "OPINION",
    "PHOTOS",
    "PREVIEW",
    "PROFILE",
    "QUOTES",
    "REFILE",
    "REPEAT",
    "REPORT",
    "RPT",
    "SPECIAL",
    "TIMELINE",
    "UPDATE",
    "UPDATED",
    "URGENT",
    "VIDEO",
    "WATCH",
    "WRAPUP",
];

/// Lower-case words inside place names, written in lower case in the title-cased form tried
/// second ("Rio de Janeiro", "Port-au-Prince") (sorted).
const PARTICLES: &[&str] = &[
    "al", "au", "da", "de", "del", "des", "di", "do", "dos", "du", "el", "en", "es", "la", "le",
    "les", "of", "on", "sur", "upon",
];

/// Runs the rule at every all-caps token that starts a line.
pub(super) fn find(ctx: &Context<'_>, out: &mut Vec<Candidate>) {
    let toks = ctx.tokens;
    for &i in &ctx.starts.upper {
        let t = &toks[i];
        if t.shape != Shape::AllCaps {
            continue;
        }
        // Tokens cover every other character, so the gap before one holds only white space.
        let line_start = match i.checked_sub(1) {
            None => true,
            Some(p) => ctx.text.as_bytes()[toks[p].span.end..t.span.start].contains(&b'\n'),
        };
        if line_start || after_byline(ctx, i) {
            dateline(ctx, i, out);
        }
    }
}

/// The most name words between "By" and a dateline on the byline's line.
const MAX_BYLINE_WORDS: usize = 4;

/// Whether token `i` follows a byline on its line: "By" opening the line, then two to
/// [`MAX_BYLINE_WORDS`] capitalized words ("By Jane Doe CHARLESTON, S.C. (Reuters) -").
fn after_byline(ctx: &Context<'_>, i: usize) -> bool {
    let toks = ctx.tokens;
    let mut b = i;
    while b > 0 && i - b <= MAX_BYLINE_WORDS && toks[b - 1].shape == Shape::Capitalized {
        if !ctx.spaced(b - 1) {
            return false;
        }
        b -= 1;
    }
    if i - b < 3 || ctx.word(b) != "By" {
        return false;
    }
    let before = &ctx.text.as_bytes()[..toks[b].span.start];
    before
        .iter()
        .rev()
        .find(|&&c| c != b' ' && c != b'\t')
        .is_none_or(|&c| c == b'\n')
}

/// Whether the all-caps token `i` is a place the gazetteer knows in title case ("CHARLESTON").
pub(super) fn caps_place(ctx: &Context<'_>, i: usize) -> bool {
    known_place(ctx, ctx.tokens[i].span).is_some()
}

/// Reads the dateline that may start at token `i` and proposes its places.
fn dateline(ctx: &Context<'_>, i: usize, out: &mut Vec<Candidate>) {
    let toks = ctx.tokens;
    // The places: runs of all-caps words [start, end) joined by touching "/".
    let mut places: [(usize, usize); MAX_PLACES] = [(0, 0); MAX_PLACES];
    let mut n = 0;
    let mut j = i;
    loop {
        let start = j;
        while j < toks.len()
            && toks[j].shape == Shape::AllCaps
            && (j == start || ctx.spaced(j - 1))
            && j - start <= MAX_WORDS
        {
            j += 1;
        }
        if j - start > MAX_WORDS || n == MAX_PLACES {
            return;
        }
        places[n] = (start, j);
        n += 1;
        let slash = j + 1 < toks.len()
            && ctx.word(j) == "/"
            && ctx.touching(j - 1)
            && ctx.touching(j)
            && toks[j + 1].shape == Shape::AllCaps;
        if !slash {
            break;
        }
        j += 1;
    }
    // `j` is the token after the last place: what ends the dateline's place part.
    let Some(end) = toks.get(j) else { return };
    let marker = ctx.word(j);
    let spaced_before = toks[j - 1].span.end < end.span.start;
    let ends_place = match marker {
        "," | ":" => ctx.touching(j - 1),
        "(" => spaced_before,
        "-" | "—" | "–" => spaced_before && j + 1 < toks.len() && ctx.spaced(j),
        _ => false,
    };
    if !ends_place
        || places[..n]
            .iter()
            .any(|&(a, b)| (a..b).any(|k| SLUGS.binary_search(&ctx.word(k)).is_ok()))
    {
        return;
    }
    // A state or province abbreviation after the comma: "Ill.", "Ont.", "Calif.", "N.C.".
    let state = match marker {
        "," => super::location::abbreviation_end(ctx, j + 1),
        _ => None,
    };
    let rest_of_dateline = match marker {
        "," => {
            j + 1 < toks.len()
                && (crate::temporal::is_month_name(ctx.word(j + 1))
                    || state.is_some()
                    || country_then_dash(ctx, j + 1))
        }
        "(" => {
            toks.get(j + 1).is_some_and(|t| t.is_upper_initial())
                && j + 2 < toks.len()
                && ctx.word(j + 2) == ")"
        }
        _ => false,
    };
    agency(ctx, j, out);
    for &(a, b) in &places[..n] {
        push_place(ctx, a, b, rest_of_dateline, out);
    }
    if let Some(end) = state {
        let span = Span::new(toks[j + 1].span.start, toks[end - 1].span.end);
        out.push(Candidate {
            entity: Entity::new(
                span,
                Label::Location,
                Source::Rule(super::location::STATE_RULE),
            ),
            priority: Priority::Rule,
        });
    }
    // "KANO, NIGERIA (AFP) -": a known place in capitals after the comma (the country or
    // state) is a place too.
    if marker == "," {
        let start = j + 1;
        let mut k = start;
        while k < toks.len()
            && toks[k].shape == Shape::AllCaps
            && (k == start || ctx.spaced(k - 1))
            && k - start < MAX_WORDS
        {
            k += 1;
        }
        if k > start && (k == toks.len() || toks[k].shape != Shape::AllCaps) {
            push_place(ctx, start, k, false, out);
        }
    }
}

/// Whether a known country or first-level division in title case starts at token `i` and a
/// spaced dash or a bracket follows it: the rest of a dateline ("KUPIANSK, Ukraine —",
/// "KHAN YOUNIS, Gaza Strip (AP) —").
fn country_then_dash(ctx: &Context<'_>, i: usize) -> bool {
    let toks = ctx.tokens;
    let Some(m) = ctx.match_covering(toks[i].span.start) else {
        return false;
    };
    let k = ctx.token_at(m.span.end);
    m.span.start == toks[i].span.start
        && k < toks.len()
        && k > i
        && toks[k - 1].span.end == m.span.end
        && match ctx.word(k) {
            "(" => true,
            "-" | "—" | "–" => k + 1 < toks.len() && ctx.spaced(k - 1) && ctx.spaced(k),
            _ => false,
        }
        && ctx.gazetteer.entries_of(m.pattern).any(|e| {
            matches!(
                e.kind,
                EntryKind::Place(PlaceKind::Country | PlaceKind::Admin1)
            )
        })
}

/// Proposes the all-caps words `[a, b)` as a dateline place: with the gazetteer's link when it
/// knows the title-cased name, else only when `unknown_ok` (the rest of the line is a dateline).
fn push_place(ctx: &Context<'_>, a: usize, b: usize, unknown_ok: bool, out: &mut Vec<Candidate>) {
    let toks = ctx.tokens;
    let span = Span::new(toks[a].span.start, toks[b - 1].span.end);
    let mut e = Entity::new(span, Label::Location, Source::Rule(RULE));
    match known_place(ctx, span) {
        Some((entry, name)) => {
            e.canonical = Some(entry.canonical.clone().unwrap_or_else(|| name.into()));
            e.country = entry.country;
            e.place = entry.place;
        }
        None if unknown_ok => {}
        None => return,
    }
    out.push(Candidate {
        entity: e,
        priority: Priority::Rule,
    });
}

/// The most tokens between a dateline's place and its agency ("OAK BROOK, Ill., Jan. 4 (AP)").
const MAX_TO_AGENCY: usize = 10;

/// `rule:org.dateline_agency`: "(Reuters)", "(AP)" on the dateline's line, from token `j`
/// on, the bracket closed right before a dash or a colon.
fn agency(ctx: &Context<'_>, j: usize, out: &mut Vec<Candidate>) {
    let toks = ctx.tokens;
    let end = (j + MAX_TO_AGENCY).min(toks.len());
    for k in j..end {
        if k > j && ctx.text[toks[k - 1].span.end..toks[k].span.start].contains('\n') {
            return;
        }
        if ctx.word(k) != "(" {
            continue;
        }
        let closes = k + 3 < toks.len()
            && toks[k + 1].is_upper_initial()
            && ctx.word(k + 2) == ")"
            && matches!(ctx.word(k + 3), "-" | "—" | "–" | ":");
        if closes {
            out.push(Candidate {
                entity: Entity::new(
                    toks[k + 1].span,
                    Label::Organization,
                    Source::Rule(AGENCY_RULE),
                ),
                priority: Priority::Rule,
            });
        }
        return;
    }
}

/// The gazetteer place named by the all-caps `span` in title case, and that title-cased name.
fn known_place<'g>(ctx: &Context<'g>, span: Span) -> Option<(&'g crate::gazetteer::Entry, String)> {
    let caps = &ctx.text[span.range()];
    if caps.len() > MAX_BYTES {
        return None;
    }
    let mut best: Option<&crate::gazetteer::Entry> = None;
    let mut buf = String::with_capacity(caps.len());
    for lower_particles in [false, true] {
        title_case(caps, lower_particles, &mut buf);
        for e in ctx.gazetteer.entries_for(&buf) {
            if !matches!(e.kind, EntryKind::Place(_)) {
                continue;
            }
            // A place's own name before another's alternate name ("Waterloo" is also an old
            // name of Austin), then the larger population.
            let rank = |e: &crate::gazetteer::Entry| {
                let own = e.canonical.as_deref().is_none_or(|c| c == &*e.surface);
                (own, e.place.and_then(|p| p.population))
            };
            if best.is_none_or(|b| rank(e) > rank(b)) {
                best = Some(e);
            }
        }
        if let Some(e) = best {
            return Some((e, buf));
        }
    }
    None
}

/// Writes `caps` into `out` with each word, and each part of a word after a hyphen or an
/// apostrophe, capitalized ("PORT-AU-PRINCE" -> "Port-Au-Prince"); with `lower_particles`,
/// particles other than the first part stay lower-case ("Port-au-Prince", "Rio de Janeiro").
fn title_case(caps: &str, lower_particles: bool, out: &mut String) {
    out.clear();
    let mut first = true;
    for part in caps.split_inclusive([' ', '-', '\'', '’']) {
        let (word, sep) = match part.char_indices().next_back() {
            Some((k, ' ' | '-' | '\'' | '’')) => (&part[..k], &part[k..]),
            _ => (part, ""),
        };
        let particle = !first
            && lower_particles
            && word.len() <= 4
            && PARTICLES
                .iter()
                .any(|p| p.eq_ignore_ascii_case(word) && p.len() == word.len());
        let mut chars = word.chars();
        if let Some(c) = chars.next() {
            if particle {
                out.extend(c.to_lowercase());
            } else {
                out.push(c);
            }
            out.extend(chars.flat_map(char::to_lowercase));
        }
        out.push_str(sep);
        first = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_cases_dateline_places() {
        let mut out = String::new();
        for (caps, lower, want) in [
            ("BAMAKO", false, "Bamako"),
            ("PORT SUDAN", false, "Port Sudan"),
            ("RIO DE JANEIRO", true, "Rio de Janeiro"),
            ("PORT-AU-PRINCE", true, "Port-au-Prince"),
            ("N'DJAMENA", false, "N'Djamena"),
            ("ÉVRY", false, "Évry"),
        ] {
            title_case(caps, lower, &mut out);
            assert_eq!(out, want);
        }
    }

    #[test]
    fn lists_are_sorted() {
        assert!(SLUGS.windows(2).all(|w| w[0] < w[1]), "{SLUGS:?}");
    }
}
