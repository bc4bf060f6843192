//! Acronyms: definitions in brackets and unknown acronyms with supporting evidence.
//!
//! Rule ids (reported in `source`):
//!
//! - `rule:acronym.definition`: "the African Union (AU)" defines "AU"; every mention of "AU" in
//!   the document takes the label of its expansion (LOCATION when the gazetteer names the
//!   expansion as a place, ORGANIZATION otherwise) and the expansion as its canonical name.
//! - `rule:acronym.expansion`: the expansion itself, as an organization, when it is not a place.
//!   Its words may be written with lower-case Arabic particles, which give the initial of their
//!   capitalized part ("Jama'at Nusrat al-Islam wal-Muslimin (JNIM)"); such a word after the
//!   first makes the expansion a transliterated organization name; so does a religious
//!   adjective before its last word ("Islamic State of West Africa Province (ISWAP)"), an
//!   organization rule's finding the acronym elsewhere ("ISWAP fighters") or the expansion's
//!   opening with an acronym found as an organization ("IS in West Africa Province (ISWAP)").
//!   An expansion may open with an Arabic article ("al-Qaeda in the Islamic Maghreb (AQIM)").
//! - `rule:org.acronym`: an unknown all-caps word of 3 to 6 letters ("FEMA", "PKK") is a weak
//!   organization guess (any other candidate of the same span wins); a second all-caps part of
//!   two or three letters joined by a slash without spaces is part of it ("RFE/RL"; not
//!   "KABUL/GENEVA"), unless the gazetteer knows it
//!   ("NATO/EU" joins two bodies). Left alone: gazetteer
//!   surfaces, common non-organization acronyms ("GDP", "CEO"), model designations after a
//!   number or model code ("737 MAX"), acronyms the document defines as
//!   something that is not a name, all-caps runs (shouted headlines), all-caps words inside
//!   capitalized names ("KIM Jong Il") and, anywhere in the document, a word it writes as a
//!   surname after a title or before a given name ("the elder KIM's death" after "President KIM
//!   Il Sung").

use std::sync::Arc;

use super::Context;
use super::organization::is_word;
use crate::document::{Entity, Label, Source, Span};
use crate::resolve::{Candidate, Priority};
use crate::tokens::Shape;

/// The most tokens an expansion may have.
const MAX_EXPANSION: usize = 12;

/// The most letters an acronym may have.
const MAX_LETTERS: usize = 8;

/// Lower-case words an expansion may contain ("Economic Community of West African States",
/// "Jama'a Nusrat ul-Islam wa al-Muslimin": Arabic "wa", "and").
const CONNECTIVES: &[&str] = &[
    "and", "de", "des", "du", "for", "in", "la", "of", "on", "the", "wa", "wal", "&",
];

/// All-caps words that are not organizations: units, currencies, time zones, titles, diseases,
/// technical terms, numerals and emphasised English words.
const NOT_ORGS: &[&str] = &[
    "AIDS", "ALL", "AND", "APR", "ATM", "BREAKING", "CCTV", "CEO", "CFO", "COO", "COVID", "CPI",
    "CPU", "DNA", "EDT", "EST", "ETF", "EUR", "FALSE", "FAQ", "FOR", "GBP", "GDP", "GMT", "GNP",
    "GPS", "HIV", "ICBM", "ICU", "IED", "III", "IPO", "LNG", "LPG", "MVP", "NEW", "NEWS", "NGO",
    "NICU", "NOT", "PDF", "PST", "RAM", "RNA", "RPG", "SARS", "SMS", "SUV", "THE", "TRUE", "UAV",
    "UFO", "UPDATE", "URL", "USB", "USD", "UTC", "VAT", "VII", "VIII", "VIP", "WMD", "WWI", "WWII",
    "XII", "XIII",
];

/// Above this many unknown all-caps words, a document is treated as shouting and left alone.
const MAX_UNKNOWN: usize = 256;

/// Runs the acronym rules.
/// `upper` lists the capitalized and all-caps tokens, `marks` the one-byte ",", "&" and "("
/// tokens.
pub(super) fn find(ctx: &Context<'_>, upper: &[usize], marks: &[usize], out: &mut Vec<Candidate>) {
    let mut not_names: Vec<&str> = Vec::new();
    definitions(ctx, marks, out, &mut not_names);
    unknown(ctx, upper, out, &not_names);
}

fn text_of<'a>(ctx: &Context<'a>, i: usize) -> &'a str {
    &ctx.text[ctx.tokens[i].span.range()]
}

/// The upper-case letters of an acronym ("AfDB" -> A D B), or `None` if it has more than
/// [`MAX_LETTERS`] or fewer than two.
fn letters(word: &str) -> Option<([u8; MAX_LETTERS], usize)> {
    let mut out = [0u8; MAX_LETTERS];
    let mut n = 0;
    for c in word.chars() {
        if c.is_ascii_uppercase() {
            if n == MAX_LETTERS {
                return None;
            }
            out[n] = c as u8;
            n += 1;
        } else if !(c.is_ascii_lowercase() || c == '.' || c == '&' || c == '-') {
            return None;
        }
    }
    (n >= 2).then_some((out, n))
}

/// Whether the words `tokens[lo..=hi]` spell `letters[..n]` by their initials (connectives may
/// be skipped; a hyphenated word may give one initial or one per capitalized part, its
/// lower-case parts skipped: "Tehrik-i-Taliban" -> T T; an all-caps word inside may give all
/// its letters or be skipped: "UN High Commissioner for Refugees" -> U N H C R, "Office of the
/// UN High Commissioner for Human Rights" -> O H C H R). Returns the first token of the
/// expansion.
fn spell(ctx: &Context<'_>, lo: usize, hi: usize, letters: &[u8], n: usize) -> Option<usize> {
    // Read right to left: the last letter comes from the word just before the bracket.
    fn go(ctx: &Context<'_>, lo: usize, w: usize, letters: &[u8], n: usize) -> Option<usize> {
        let word = text_of(ctx, w);
        let connective = CONNECTIVES.contains(&word) || possessive_part(ctx, w);
        // An acronym inside the expansion ("UN", "EU"): all its letters, or none.
        let acronym = ctx.tokens[w].shape == Shape::AllCaps
            && word.len() >= 2
            && word.bytes().all(|b| b.is_ascii_uppercase());
        if acronym && word.len() <= n && word.as_bytes() == &letters[n - word.len()..n] {
            if word.len() == n {
                return Some(w);
            }
            if w > lo {
                if let Some(s) = go(ctx, lo, w - 1, letters, n - word.len()) {
                    return Some(s);
                }
            }
        }
        // A hyphenated word giving one initial per part, its later lower-case parts skipped
        // ("Asia-Pacific" -> A P, "Lashkar-e-Taiba" -> L T).
        if !connective && word.contains('-') {
            let initials = || {
                word.split('-')
                    .enumerate()
                    .filter_map(|(k, p)| p.as_bytes().first().map(|&b| (k, b)))
                    .filter(|&(k, b)| k == 0 || b.is_ascii_uppercase())
                    .map(|(_, b)| b.to_ascii_uppercase())
            };
            let parts = initials().count();
            if parts >= 2 && parts <= n {
                let ok = initials().zip(&letters[n - parts..n]).all(|(p, &l)| p == l);
                if ok {
                    if parts == n {
                        return Some(w);
                    }
                    if w > lo {
                        if let Some(s) = go(ctx, lo, w - 1, letters, n - parts) {
                            return Some(s);
                        }
                    }
                }
            }
        }
        // Consume one letter with this word's initial ("al-Islam": I).
        let initial = particle_initial(word).unwrap_or(word.as_bytes()[0].to_ascii_uppercase());
        if initial == letters[n - 1] {
            if n == 1 {
                if !connective {
                    return Some(w);
                }
            } else if w > lo {
                if let Some(s) = go(ctx, lo, w - 1, letters, n - 1) {
                    return Some(s);
                }
            }
        }
        // Skip a connective, or an acronym inside the expansion (neither its first nor its
        // last word).
        if (connective || (acronym && n < letters.len())) && w > lo {
            return go(ctx, lo, w - 1, letters, n);
        }
        None
    }
    go(ctx, lo, hi, letters, n)
}

/// Whether token `i` is a possessive's apostrophe or its "s" ("People's Alliance (PA)": the
/// expansion reads on across it and spells nothing with it).
fn possessive_part(ctx: &Context<'_>, i: usize) -> bool {
    let toks = ctx.tokens;
    match text_of(ctx, i) {
        "'" | "’" => i > 0 && toks[i - 1].span.end == toks[i].span.start,
        "s" => {
            i > 0
                && matches!(text_of(ctx, i - 1), "'" | "’")
                && toks[i - 1].span.end == toks[i].span.start
        }
        _ => false,
    }
}

/// Whether a gazetteer title covers token `i` ("President", "Sheikh").
fn title_at(ctx: &Context<'_>, i: usize) -> bool {
    ctx.covered_by(ctx.tokens[i].span.start, |k| {
        k == crate::gazetteer::EntryKind::Title
    })
}

/// `rule:acronym.definition` and `rule:acronym.expansion`.
/// Acronyms defined by something that is not a name go to `not_names`. `marks` lists the
/// one-byte ",", "&" and "(" tokens: a definition opens with "(".
#[inline(never)]
fn definitions<'a>(
    ctx: &Context<'a>,
    marks: &[usize],
    out: &mut Vec<Candidate>,
    not_names: &mut Vec<&'a str>,
) {
    let toks = ctx.tokens;
    for &i in marks {
        if i == 0 || i + 2 >= toks.len() || !is_word(ctx, i, "(") || !is_word(ctx, i + 2, ")") {
            continue;
        }
        let acr = toks[i + 1];
        let word = text_of(ctx, i + 1);
        let Some((lets, n)) =
            letters(word).filter(|_| acr.shape == Shape::AllCaps || word.len() > 3)
        else {
            continue;
        };
        // The expansion's words: capitalized words and connectives before the bracket.
        let mut lo = i;
        while lo > 0 && i - lo < MAX_EXPANSION {
            let t = toks[lo - 1];
            let w = text_of(ctx, lo - 1);
            if t.is_upper_initial()
                || CONNECTIVES.contains(&w)
                || particle_initial(w).is_some()
                || possessive_part(ctx, lo - 1)
            {
                lo -= 1;
            } else {
                break;
            }
        }
        if lo == i
            || !(toks[i - 1].is_upper_initial() || particle_initial(text_of(ctx, i - 1)).is_some())
        {
            continue;
        }
        let Some(start) = spell(ctx, lo, i - 1, &lets[..n], n) else {
            // "Worldwide Developers Conference (WWDC)": a meeting's acronym, even where the
            // spelling does not follow the words, is no organization guess.
            if super::organization::is_event_head(text_of(ctx, i - 1)) {
                not_names.push(word);
            }
            continue;
        };
        // "al-Qaeda in the Islamic Maghreb (AQIM)": an Arabic article may open the name.
        if !toks[start].is_upper_initial() && particle_initial(text_of(ctx, start)).is_none() {
            continue;
        }
        let expansion = Span::new(toks[start].span.start, toks[i - 1].span.end);
        let label = match gazetteer_label(ctx, expansion) {
            Some(label) => label,
            // "Worldwide Developers Conference (WWDC)": a meeting, not an organization.
            None if super::organization::is_event_head(text_of(ctx, i - 1)) => Label::Misc,
            None if ends_in_head(ctx, i - 1) => Label::Organization,
            // "UN High Commissioner for Refugees (UNHCR)", "Office of the UN High Commissioner
            // for Human Rights (OHCHR)", "Tehrik-i-Taliban Pakistan (TTP)".
            None if names_organization(ctx, start, i - 1) => Label::Organization,
            // "National League for Democracy (NLD)": an organization rule named the expansion,
            // or the acronym itself elsewhere ("ISWAP fighters"), or an acronym the expansion
            // opens with ("IS in West Africa Province (ISWAP)" after "the Islamic State (IS)").
            None if out.iter().any(|c| {
                c.entity.label == Label::Organization
                    && (c.entity.span == expansion
                        || &ctx.text[c.entity.span.range()] == word
                        || (ctx.tokens[start].shape == Shape::AllCaps
                            && c.entity.span.len() == ctx.tokens[start].span.len()
                            && ctx.text[c.entity.span.range()] == *text_of(ctx, start)))
            }) =>
            {
                Label::Organization
            }
            // "Software Development Kit (SDK)": not a name.
            None => {
                not_names.push(word);
                continue;
            }
        };
        let canonical: Arc<str> = Arc::from(&ctx.text[expansion.range()]);
        if label == Label::Organization {
            out.push(Candidate {
                entity: Entity::new(expansion, label, Source::Rule("rule:acronym.expansion")),
                priority: Priority::Rule,
            });
        }
        // Every whole-word mention of the acronym in the document.
        let mut at = 0;
        while let Some(k) = ctx.text[at..].find(word) {
            let s = at + k;
            let e = s + word.len();
            at = e;
            if crate::gazetteer::is_whole_word(ctx.text, s, e) {
                let mut ent = Entity::new(
                    Span::new(s, e),
                    label,
                    Source::Rule("rule:acronym.definition"),
                );
                ent.canonical = Some(canonical.clone());
                out.push(Candidate {
                    entity: ent,
                    priority: Priority::Coreference,
                });
            }
        }
    }
}

/// The label of the gazetteer entity whose surface is exactly `span` (places first).
fn gazetteer_label(ctx: &Context<'_>, span: Span) -> Option<Label> {
    let k = ctx.matches.partition_point(|m| m.span.start < span.start);
    let m = ctx.matches.get(k).filter(|m| m.span == span)?;
    let mut labels = ctx
        .gazetteer
        .entries_of(m.pattern)
        .filter(|e| e.kind.is_entity())
        .map(|e| e.label);
    let first = labels.next()?;
    Some(
        if first == Label::Location || labels.any(|l| l == Label::Location) {
            Label::Location
        } else {
            first
        },
    )
}

/// Whether token `i` is an organization head word ("Union", "Front").
fn ends_in_head(ctx: &Context<'_>, i: usize) -> bool {
    let t = ctx.tokens[i];
    let k = ctx.matches.partition_point(|m| m.span.start < t.span.start);
    ctx.matches
        .get(k)
        .is_some_and(|m| m.span == t.span && ctx.has_kind(m, crate::gazetteer::EntryKind::OrgHead))
}

/// Whether the expansion `tokens[start..=end]` has a word that makes it a name: a head word
/// anywhere ("Office of ..."), a known organization ("UN"), or a transliterated word whose
/// short lower-case middle joins capitalized parts ("Tehrik-i-Taliban", "Lashkar-e-Taiba"), a
/// word with lower-case particles after the first ("wal-Muslimin") or a religious adjective
/// before the last word ("Islamic State").
fn names_organization(ctx: &Context<'_>, start: usize, end: usize) -> bool {
    (start..=end).any(|k| {
        ends_in_head(ctx, k)
            || is_organization(ctx, k)
            || transliterated(text_of(ctx, k))
            || (k > start && particle_initial(text_of(ctx, k)).is_some())
            // "Islamic State of West Africa Province (ISWAP)": a creed naming a body.
            || (k < end && ctx.tokens[k].class & crate::words::RELIGION != 0)
    })
}

/// The initial of a word written with lower-case Arabic particles before its capitalized part
/// ("al-Islam" -> I, "wal-Muslimin" -> M), or `None` for other words: one to three lower-case
/// letters before each hyphen, then a capital.
fn particle_initial(word: &str) -> Option<u8> {
    let first = *word.as_bytes().first()?;
    if !first.is_ascii_lowercase() {
        return None;
    }
    let mut parts = word.split('-');
    let mut prefixes = 0;
    for part in parts.by_ref() {
        match part.as_bytes().first() {
            Some(b) if b.is_ascii_uppercase() => {
                return (prefixes > 0 && part.len() >= 2).then_some(*b);
            }
            Some(_) if part.len() <= 3 && part.bytes().all(|b| b.is_ascii_lowercase()) => {
                prefixes += 1;
            }
            _ => return None,
        }
    }
    None
}

/// Whether the gazetteer names token `i` exactly as an organization.
fn is_organization(ctx: &Context<'_>, i: usize) -> bool {
    let t = ctx.tokens[i];
    let k = ctx.matches.partition_point(|m| m.span.start < t.span.start);
    ctx.matches.get(k).is_some_and(|m| {
        m.span == t.span && ctx.has_kind(m, crate::gazetteer::EntryKind::Organization)
    })
}

/// Whether `word` is capitalized parts joined by a short lower-case particle ("Tehrik-i-Taliban",
/// "Hizb-ut-Tahrir", "Jaish-e-Mohammed").
fn transliterated(word: &str) -> bool {
    let (Some(first), Some(last)) = (word.split('-').next(), word.rsplit('-').next()) else {
        return false;
    };
    let inner = word.split('-').skip(1);
    let count = word.split('-').count();
    count >= 3
        && capitalized(first)
        && capitalized(last)
        && inner
            .take(count - 2)
            .all(|p| (1..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_lowercase()))
}

fn capitalized(part: &str) -> bool {
    part.chars().next().is_some_and(char::is_uppercase)
}

/// Whether any gazetteer surface covers token `i`.
fn covered(ctx: &Context<'_>, i: usize) -> bool {
    let span = ctx.tokens[i].span;
    let k = ctx.matches.partition_point(|m| m.span.end <= span.start);
    ctx.matches.get(k).is_some_and(|m| {
        m.span.start <= span.start
            && m.span.end >= span.end
            && ctx.gazetteer.entries_of(m.pattern).next().is_some()
    })
}

/// The token of a second all-caps part of two or three letters joined to the acronym at token
/// `i` by a slash with no spaces ("RFE/RL": one outlet's name), when that part is no gazetteer
/// name ("NATO/EU" joins two bodies) and no common acronym ("HIV/AIDS"). Longer parts are words
/// of shouted datelines ("KABUL/GENEVA (Reuters)").
fn slash_partner(ctx: &Context<'_>, i: usize) -> Option<usize> {
    let toks = ctx.tokens;
    let j = i + 2;
    let touching = |k: usize| toks[k].span.end == toks[k + 1].span.start;
    (j < toks.len()
        && text_of(ctx, i + 1) == "/"
        && touching(i)
        && touching(i + 1)
        && toks[j].shape == Shape::AllCaps
        && (2..=3).contains(&text_of(ctx, j).len())
        && text_of(ctx, j).bytes().all(|b| b.is_ascii_uppercase())
        && !NOT_ORGS.contains(&text_of(ctx, j))
        && !covered(ctx, j))
    .then_some(j)
}

/// `rule:org.acronym`. `upper` lists the capitalized and all-caps tokens.
#[inline(never)]
fn unknown(ctx: &Context<'_>, upper: &[usize], out: &mut Vec<Candidate>, not_names: &[&str]) {
    let toks = ctx.tokens;
    let mut found: Vec<usize> = Vec::new();
    // Words the document writes as a person's surname in capitals ("President KIM Il Sung"):
    // their other mentions are that person ("the elder KIM's death"), not an acronym.
    let mut surnames: Vec<&str> = Vec::new();
    for &i in upper {
        let t = &toks[i];
        if t.shape != Shape::AllCaps {
            continue;
        }
        let word = text_of(ctx, i);
        if !(3..=6).contains(&word.len())
            || !word.bytes().all(|b| b.is_ascii_uppercase())
            || NOT_ORGS.contains(&word)
            || not_names.contains(&word)
        {
            continue;
        }
        // All-caps runs are shouting or headlines, not names; an all-caps word inside a run of
        // capitalized words is a surname in a name ("KIM Jong Il", "Sheikh HASINA").
        let near = |j: usize| {
            let t = toks[j];
            // "The NLD won": the article is not a name's word ("A WOLF" in a fable stays
            // shouting: an organization's acronym rarely follows "A").
            if j < i && text_of(ctx, j) == "The" {
                return false;
            }
            let gap =
                &ctx.text[t.span.end.min(toks[i].span.end)..t.span.start.max(toks[i].span.start)];
            gap.bytes().all(|b| b == b' ')
                && (t.shape == Shape::Capitalized
                    || t.shape == Shape::AllCaps && text_of(ctx, j).len() > 1)
        };
        if (i > 0 && near(i - 1)) || (i + 1 < toks.len() && near(i + 1)) {
            let title_before = i > 0 && near(i - 1) && title_at(ctx, i - 1);
            let given_after = i + 1 < toks.len()
                && near(i + 1)
                && ctx.name_part(i + 1).given
                && !title_at(ctx, i + 1);
            if (title_before || given_after) && surnames.len() < MAX_UNKNOWN {
                surnames.push(word);
            }
            continue;
        }
        // "737 MAX", "A350 XWB": a model designation after a number or a model code.
        if i > 0
            && toks[i - 1].span.end + 1 == t.span.start
            && text_of(ctx, i - 1).bytes().any(|b| b.is_ascii_digit())
        {
            continue;
        }
        if covered(ctx, i) {
            continue;
        }
        found.push(i);
        if found.len() > MAX_UNKNOWN {
            return;
        }
    }
    for &i in &found {
        if surnames.contains(&text_of(ctx, i)) {
            continue;
        }
        let span = match slash_partner(ctx, i) {
            Some(j) => Span::new(toks[i].span.start, toks[j].span.end),
            None => toks[i].span,
        };
        out.push(Candidate {
            entity: Entity::new(span, Label::Organization, Source::Rule("rule:org.acronym")),
            priority: Priority::Guess,
        });
    }
}
