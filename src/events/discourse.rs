//! What needs more than one trigger: subjects shared by coordinated verbs, a date left alone in
//! the sentence, anaphoric places ("the city"), event coreference, the narrative's date and the
//! document's dominant place.

use std::collections::BTreeMap;

use super::analyze::{Analysis, PlaceWanted, looks_plural};
use super::lexicon::Form;
use super::sentence::{C_DETERMINER, C_FUNCTION, C_LOCATIVE, GatedList, SentenceView, is_dated};
use super::{Argument, Event, EventDate, EventDateSource, EventType, Modality};
use crate::document::{Entity, Label, PlaceKind, Sentence, Span};
use crate::tokens::Shape;
use crate::words;

/// Per-mention facts kept for the document stage.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Info {
    /// "the assault", "its withdrawal": a mention that can refer back.
    pub definite: bool,
    /// "another attack": a mention that starts its own chain.
    pub distinct: bool,
    /// Simple past or past perfect.
    pub past: bool,
    /// A noun or phrase trigger (not a verb).
    pub nominal: bool,
    /// "the city": resolve to an earlier place of this kind.
    pub place_anaphor: Option<(Span, PlaceWanted)>,
    /// A place named in the sentence, outside the clause.
    pub sentence_place: Option<Argument>,
}

/// Sentence-level completion: shared subjects, and a date of the sentence that no clause took
/// (other than an opening dateline's or a closed relative clause's) goes to the nearest event
/// without one.
pub(crate) fn finish_sentence(s: &SentenceView<'_>, events: &mut Vec<(Span, Analysis)>) {
    for i in 0..events.len() {
        if events[i].1.shares_subject && events[i].1.actors.is_empty() {
            let (head, tail) = events.split_at_mut(i);
            if let Some((_, prev)) = head.iter().rev().find(|(_, p)| !p.actors.is_empty()) {
                tail[0].1.actors = prev.actors.clone();
            } else if let Some(name) = opening_name(s, tail[0].1.clause.0, tail[0].0) {
                // "Mnangagwa replaced Mugabe in 2017 and won an election": the first verb is
                // no trigger; its subject is the name that opens the clause.
                tail[0].1.actors.push(name);
            }
        }
    }
    // "Rebels say they have agreed", "Trump said he deployed the troops": a pronoun subject
    // of a reported clause is the speaker.
    // (Not in a relative clause of a place or time: "visited Russia, where he met Putin".)
    for i in 1..events.len() {
        let lo = events[i].1.clause.0;
        let place_or_time_clause = s.is_any(lo, &["where", "when", "whereby"]);
        if events[i].1.pronoun_subject && events[i].1.actors.is_empty() && !place_or_time_clause {
            let (head, tail) = events.split_at_mut(i);
            if let Some((_, st)) = head
                .iter()
                .rev()
                .find(|(_, p)| p.ty == EventType::Statement && !p.actors.is_empty())
            {
                // ... when the pronoun agrees: "Soldiers said ... after he was declared the
                // winner" is not the soldiers'.
                let (a, _) = s.tokens_of(tail[0].0);
                let pronoun = (lo..a).rev().find(|&k| s.has(k, words::SUBJECT_PRONOUN));
                let singular_person = pronoun.is_some_and(|k| s.is_any(k, &["he", "she"]));
                let plural = pronoun.is_some_and(|k| s.is_any(k, &["they", "we"]));
                let agrees = st.actors.iter().all(|x| {
                    let person = x.label == Some(Label::Person);
                    let last = s.text.get(x.span.range()).unwrap_or_default();
                    let last = last.rsplit(' ').next().unwrap_or_default();
                    !(singular_person && !person && looks_plural(last) || plural && person)
                });
                if agrees {
                    tail[0].1.actors = st.actors.clone();
                }
            }
        }
    }
    // (After the shared subjects: ", killing four" takes the subject, then both drop it when
    // it is a weapon.)
    super::actor_links::link_in_sentence(s, events);
    agents_only(s, events);
    let events = events.as_mut_slice();
    claimed_events(s, events);
    share_linked(s, events);
    distinct_event_dates(events);
    // Dates of the sentence that no event took; a dateline's date is the document's.
    let body = s.span_of(s.dateline_end(), s.len().max(1)).start;
    for e in s
        .ents
        .iter()
        .filter(|e| is_dated(e) && e.span.start >= body)
    {
        let used = events.iter().any(|(_, a)| {
            a.date.as_ref().is_some_and(|d| d.span == e.span) || {
                let (lo, hi) = a.clause;
                lo < hi && s.span_of(lo, hi).contains(e.span)
            }
        });
        // ("since March" starts a period: no event's date.)
        if used
            || in_closed_relative(s, e.span)
            || super::analyze::after_since(s, s.tokens_of(e.span).0, 0)
        {
            continue;
        }
        let nearest = events
            .iter_mut()
            .filter(|(_, a)| {
                a.date.is_none()
                    && a.modality != Modality::Hypothetical
                    && !a.reports_clause
                    && !a.relative
            })
            .min_by_key(|(t, _)| distance(*t, e.span));
        if let Some((_, a)) = nearest {
            a.date = Some(EventDate {
                span: e.span,
                value: e.value.clone().unwrap_or_default(),
            });
            a.date_source = Some(EventDateSource::Clause);
        }
    }
    // A place of the sentence after a locative preposition, for events with none in the clause.
    if !s.ents.iter().any(|e| e.label == Label::Location) {
        return;
    }
    for (t, a) in events.iter_mut() {
        if a.location.is_some() || a.place_anaphor.is_some() || a.refers_back {
            continue;
        }
        let mut best: Option<(usize, &Entity)> = None;
        for (i, tok) in s.toks.iter().enumerate() {
            let Some(e) = s.ent(i).filter(|e| e.label == Label::Location) else {
                continue;
            };
            if tok.span.start != e.span.start
                || i == 0
                || !s.has(i - 1, C_LOCATIVE)
                || super::analyze::is_distance_from(s, i - 1)
                || super::analyze::locates_previous_place(s, i - 1, 0)
                || !locates_outside_clause(s, place_noun_preposition(s, i - 1), a.ty)
                || past_time_clause(s, *t, i)
            {
                continue;
            }
            if a.actors.iter().any(|x| x.span.contains(e.span))
                || super::analyze::is_place_modifier(s, e.span)
                || a.definite && super::analyze::in_fronted_phrase(s, e.span, s.tokens_of(*t).0)
            {
                continue;
            }
            let d = distance(*t, e.span);
            if best.is_none_or(|(bd, _)| d < bd) {
                best = Some((d, e));
            }
        }
        if let Some((_, e)) = best {
            a.sentence_place = Some(Argument::of_entity(e));
        } else {
            a.sentence_place = possessor_place(s, &a.actors, a.ty);
        }
    }
}

/// The preposition that governs the place after the "of" at `p`: "to" in "to the coastal city
/// of Saint-Marc"; `p` itself otherwise.
fn place_noun_preposition(s: &SentenceView<'_>, p: usize) -> usize {
    if !s.is(p, "of") {
        return p;
    }
    let mut k = p;
    while k > 0 && p - k < 4 && (s.has(k - 1, C_DETERMINER) || s.shape(k - 1) == Shape::Lower) {
        k -= 1;
        if s.has(k, C_LOCATIVE) {
            return k;
        }
    }
    p
}

/// Whether the place at token `i` is in a trailing time clause after the trigger `t` (", a
/// day after Hezbollah fired rockets at Haifa"): the other event's place.
fn past_time_clause(s: &SentenceView<'_>, t: Span, i: usize) -> bool {
    let (_, b) = s.tokens_of(t);
    b < i && super::analyze::trailing_time_clause(s, b, i).is_some()
}

/// Whether the entity at `span` is inside a non-restrictive relative clause (", which has
/// fought the army since May 2022,"): its date is that clause's, not another verb's.
fn in_closed_relative(s: &SentenceView<'_>, span: Span) -> bool {
    let (x, y) = s.tokens_of(span);
    (y..s.len())
        .find(|&c| s.is_punct(c, &[',']))
        .and_then(|c| s.closed_relative(c))
        .is_some_and(|o| o < x)
}

/// Whether the preposition at `p`, outside an event's clause, places an event of type `ty`:
/// "from" never there ("turned to China for help after seizing power": help from a country is
/// not where a coup was), "to", "into" and "toward" only for a movement to the place.
fn locates_outside_clause(s: &SentenceView<'_>, p: usize, ty: EventType) -> bool {
    if s.is(p, "from") {
        return matches!(ty, EventType::Withdrawal | EventType::Expulsion);
    }
    !s.is_any(p, &["to", "into", "toward", "towards"]) || super::analyze::is_movement_to(ty)
}

/// "The attack was a reprisal for another attack in August": a date right after a mention
/// of another event ([`Analysis::distinct`]) is that event's alone, not the date of the other
/// events of the sentence.
fn distinct_event_dates(events: &mut [(Span, Analysis)]) {
    for i in 0..events.len() {
        let (t, a) = &events[i];
        let Some(d) = a.date.as_ref().map(|d| d.span).filter(|_| a.distinct) else {
            continue;
        };
        if d.start < t.end {
            continue;
        }
        for (j, (_, b)) in events.iter_mut().enumerate() {
            if j != i && b.date.as_ref().is_some_and(|x| x.span == d) {
                b.date = None;
                b.date_source = None;
            }
        }
    }
}

/// Weapons (closed class): a subject that strikes or kills but is no agent.
const WEAPONS: &[&str] = &[
    "drone",
    "drones",
    "missile",
    "missiles",
    "rocket",
    "rockets",
    "artillery",
    "jets",
    "warplanes",
    "helicopters",
    "aircraft",
    "shell",
    "shells",
    "bomb",
    "bombs",
    "mortar",
    "mortars",
    "grenade",
    "grenades",
    "mine",
    "mines",
    "landmine",
    "landmines",
    "projectile",
    "projectiles",
    "explosives",
];

/// Whether `word` is a weapon noun ([`WEAPONS`]), in any case.
pub(super) fn is_weapon(word: &str) -> bool {
    WEAPONS.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Nouns of conflicts and situations that are no trigger of their own (closed class): "a
/// guerrilla war which killed", "violence killed" name no agent.
const CAUSE_NOUNS: &[&str] = &[
    "war",
    "conflict",
    "violence",
    "unrest",
    "insurgency",
    "crossfire",
    "crisis",
    "fighting",
    "shootout",
    "gunfight",
];

/// Abstract nouns of plans and disputes (closed class): "the plan threatened jobs", "talks that
/// had threatened strikes" name no agent.
const ABSTRACT_NOUNS: &[&str] = &[
    "talks",
    "negotiations",
    "plan",
    "plans",
    "proposal",
    "proposals",
    "dispute",
    "row",
    "standoff",
    "deadlock",
    "impasse",
    "shortage",
    "shortages",
    "tariffs",
    "cuts",
];

/// A trigger that names people ("protesters", "demonstrators", "militants"): an agent.
fn is_agent_noun(w: &[u8]) -> bool {
    w.ends_with(b"ers") || w.ends_with(b"ors") || w.ends_with(b"ists") || w.ends_with(b"ants")
}

/// Actors are agents: an actor phrase around another event's trigger ("a military airstrike
/// killed", "killed by the worst flooding") or headed by a weapon ("drones struck") is
/// replaced by that event's actors ("an airstrike by the junta") or the group it names
/// ("Russian drones" -> "Russian"), else dropped; so is one headed by a conflict noun ("a
/// guerrilla war which killed"). A reporting verb whose subject is no agent is no statement
/// ("talks that had threatened strikes", "the crisis threatens jobs"); one whose subject is
/// another statement is ("the statement said").
fn agents_only(s: &SentenceView<'_>, events: &mut Vec<(Span, Analysis)>) {
    let mut no_speaker: Vec<usize> = Vec::new();
    for i in 0..events.len() {
        // Most actors pass: test them without building anything.
        let not_agent = |x: &Argument| non_agent(s, events, i, x).is_some();
        if !events[i].1.actors.iter().any(not_agent) {
            continue;
        }
        let mut kept: Vec<Argument> = Vec::new();
        let mut by_statement = false;
        for x in &events[i].1.actors {
            let Some(inside) = non_agent(s, events, i, x) else {
                kept.push(x.clone());
                continue;
            };
            by_statement |= inside.is_some_and(|f| f.ty == EventType::Statement);
            if let Some(f) = inside {
                // ("A Myanmar military airstrike killed": its modifier "Myanmar military".)
                kept.extend(f.actors.iter().filter(|y| y.span != x.span).cloned());
            }
            // The group the phrase names: "Russian drones", "an Israeli airstrike".
            let (ax, ay) = s.tokens_of(x.span);
            for k in ax..ay {
                if let Some(e) = s.ent(k).filter(|e| {
                    matches!(e.label, Label::Norp | Label::Organization | Label::Person)
                        && x.span.contains(e.span)
                }) {
                    if !kept.iter().any(|y| y.span == e.span) {
                        kept.push(Argument::of_entity(e));
                    }
                }
            }
        }
        let ev = &mut events[i].1;
        if kept.is_empty()
            && !by_statement
            && ev.ty == EventType::Statement
            && ev.reading.form.verbal()
        {
            no_speaker.push(i);
        }
        ev.actors = kept;
    }
    for &i in no_speaker.iter().rev() {
        events.remove(i);
    }
}

/// Whether actor `x` of event `i` is no agent: `Some(Some(f))` when it is the phrase of
/// another event `f` of the sentence, `Some(None)` when a weapon or conflict noun heads it,
/// `None` when it is
/// an agent.
fn non_agent<'a>(
    s: &SentenceView<'_>,
    events: &'a [(Span, Analysis)],
    i: usize,
    x: &Argument,
) -> Option<Option<&'a Analysis>> {
    let text = s.text.get(x.span.range()).unwrap_or_default();
    // (One word compared per actor.)
    let last = text.rsplit(' ').next().unwrap_or_default();
    if is_weapon(last)
        || CAUSE_NOUNS.iter().any(|w| w.eq_ignore_ascii_case(last))
        || ABSTRACT_NOUNS.iter().any(|w| w.eq_ignore_ascii_case(last))
    {
        return Some(None);
    }
    if events.len() < 2 {
        return None;
    }
    // (The trigger heads the phrase, or only participles follow it: "a military statement
    // released"; "the election commission" is an agent. A plural read as a verb heads the
    // phrase too: "Clashes in the north killed".)
    let (_, ay) = s.tokens_of(x.span);
    events
        .iter()
        .enumerate()
        .find(|(j, (t, f))| {
            *j != i
                && x.span.contains(*t)
                && matches!(f.reading.form, Form::Noun | Form::Phrase | Form::Third)
                && !is_agent_noun(s.text[t.range()].as_bytes())
                && (s.tokens_of(*t).1..ay)
                    .all(|k| s.shape(k) == Shape::Lower && s.word(k).ends_with("ed"))
        })
        .map(|(_, (_, f))| Some(f))
}

/// The place that possesses an actor ("Mali's junta" -> Mali), for an event with no place of
/// its own; for a resignation or appointment, also the country of an official's title
/// ("Papua New Guinea Prime Minister Peter O'Neill has resigned" -> Papua New Guinea,
/// inferred: an office is held in its country).
fn possessor_place(s: &SentenceView<'_>, actors: &[Argument], ty: EventType) -> Option<Argument> {
    let office = matches!(ty, EventType::Resignation | EventType::Appointment);
    actors.iter().find_map(|x| {
        let (ax, ay) = s.tokens_of(x.span);
        let e = s.ent(ax).filter(|e| e.label == Label::Location)?;
        let (_, ey) = s.tokens_of(e.span);
        if ey + 2 < ay && s.is_punct(ey, &['\'', '’']) && s.is(ey + 1, "s") {
            return Some(Argument::of_entity(e));
        }
        // ("Prime Minister", "Interior Minister": the role noun within two words.)
        let title = (ey..ay.min(ey + 2))
            .take_while(|&k| k + 1 < ay)
            .any(|k| s.has(k, words::ROLE | words::ROLE_INITIAL));
        (office && title && e.place.is_some_and(|p| p.kind == PlaceKind::Country)).then(|| {
            Argument {
                inferred: true,
                ..Argument::of_entity(e)
            }
        })
    })
}

/// Prepositions that put an event inside an event noun ("killed in a rebel attack").
const IN_DURING: GatedList = (C_FUNCTION, &["in", "during"]);

/// Conjunctions that tie a death to the event that caused it ("left 20 dead after the dam
/// collapsed").
const AFTER_WHEN: GatedList = (
    crate::words::TEMPORAL_PREPOSITION | crate::words::OPENER,
    &["after", "when"],
);

/// Pronouns of a restrictive relative clause.
const THAT_WHICH: GatedList = (crate::words::RELATIVE, &["that", "which"]);

/// The gated lists of this module ([`GatedList`]).
#[cfg(test)]
pub(crate) const GATED_LISTS: &[GatedList] = &[IN_DURING, THAT_WHICH, AFTER_WHEN];

/// Events that the sentence ties to one occasion take each other's date and place when they
/// have none: an event "in" or "during" an event noun ("six policemen were killed and 12
/// wounded in a rebel attack"), and an event noun and the verb of its restrictive relative
/// clause of the same type ("an attack that targeted a post in Kidal on March 16").
fn share_linked(s: &SentenceView<'_>, events: &mut [(Span, Analysis)]) {
    let n = events.len();
    if n < 2 {
        return; // nothing to tie
    }
    // "left 20 dead after the dam collapsed on Sunday", "killed when the building
    // collapsed": deaths share the date and place of the attack or disaster that caused them,
    // and a killing with no agent of its own has the attackers'.
    for i in 0..n - 1 {
        if !matches!(events[i].1.ty, EventType::Death | EventType::Killing) {
            continue;
        }
        let (_, ib) = s.tokens_of(events[i].0);
        // ("were killed and another injured when": past a short coordinated participle.)
        let Some(link) = (ib..s.len().min(ib + 5))
            .take_while(|&k| !s.is_punct(k, &[',']))
            .find(|&k| s.is_one_of(k, AFTER_WHEN))
        else {
            continue;
        };
        // (The cause's verb may be farther in the clause "when" opens: "when gunmen, dressed
        // in army uniforms, attacked".)
        let cause = (i + 1..n).find(|&j| {
            matches!(events[j].1.ty, EventType::Attack | EventType::Disaster)
                && (s.tokens_of(events[j].0).0 <= link + 6 || events[j].1.clause.0 == link)
        });
        if let Some(j) = cause {
            let (x, y) = events.split_at_mut(j);
            fill_from(&mut x[i].1, &y[0].1);
            // "Ten people were killed when gunmen attacked": the attackers killed them.
            let (to, from) = (&mut x[i].1, &y[0].1);
            if to.ty == EventType::Killing && to.actors.is_empty() && from.ty == EventType::Attack {
                to.actors.clone_from(&from.actors);
            }
        }
    }
    // "a series of attacks by gang members in which four officers were killed": deaths in a
    // relative clause on an attack noun share its date, place and attackers.
    for i in 1..n {
        if !matches!(events[i].1.ty, EventType::Death | EventType::Killing) {
            continue;
        }
        let (ia, _) = s.tokens_of(events[i].0);
        let Some(w) = (events[i].1.clause.0..ia).find(|&k| s.is(k, "which")) else {
            continue;
        };
        if w == 0 || !s.is_any(w - 1, &["in", "during"]) {
            continue;
        }
        let cause = (0..i).rev().find(|&j| {
            let (_, jb) = s.tokens_of(events[j].0);
            events[j].1.ty == EventType::Attack && jb < w && w - jb <= WHICH_NOUN_TOKENS
        });
        if let Some(j) = cause {
            let (x, y) = events.split_at_mut(i);
            fill_from(&mut y[0].1, &x[j].1);
            share_attackers(&mut y[0].1, &x[j].1);
        }
    }
    // Two rounds: the verb dates the noun, the noun the killing "in" it.
    for _ in 0..2 {
        for j in 0..n {
            let nj = &events[j].1;
            if !matches!(nj.reading.form, Form::Noun | Form::Phrase)
                || nj.ty == EventType::Statement
                || nj.modality == Modality::Hypothetical
            {
                continue;
            }
            let jty = nj.ty;
            let (ja, jb) = s.tokens_of(events[j].0);
            // Back over the noun's determiner and modifiers to the word before its phrase.
            let mut p = ja;
            while p > 0
                && ja - p < 4
                && (s.has(p - 1, C_DETERMINER)
                    || s.shape(p - 1) == Shape::Lower && !s.has(p - 1, C_FUNCTION))
            {
                p -= 1;
            }
            let in_noun = p > 0 && s.is_one_of(p - 1, IN_DURING);
            let relative = s.is_one_of(jb, THAT_WHICH);
            if !in_noun && !relative {
                continue; // ties nothing
            }
            for i in 0..n {
                let ni = &events[i].1;
                if i == j || ni.ty == EventType::Statement || ni.modality == Modality::Hypothetical
                {
                    continue;
                }
                let (ia, ib) = s.tokens_of(events[i].0);
                let tied = (in_noun && ib < p && p - ib <= 8)
                    || (relative && ia == jb + 1 && ni.ty == jty);
                if !tied {
                    continue;
                }
                let (a, b) = if i < j {
                    let (x, y) = events.split_at_mut(j);
                    (&mut x[i].1, &mut y[0].1)
                } else {
                    let (x, y) = events.split_at_mut(i);
                    (&mut y[0].1, &mut x[j].1)
                };
                fill_from(a, b);
                fill_from(b, a);
                // "Militants killed two soldiers in a bomb attack", "were killed in a rebel
                // attack": the killers are the attackers.
                share_attackers(a, b);
                share_attackers(b, a);
            }
        }
    }
}

/// The most tokens of a date that opens a clause before its subject ("Last month the
/// government ...").
const OPENING_DATE_TOKENS: usize = 4;

/// The person or organization name that opens the clause at `lo` (past a determiner or a
/// title) as the subject of a past verb right after it ("President Mnangagwa replaced", "The
/// junta has expelled"), or else a short plural noun phrase there ("Police fired", "Armed men
/// stormed") or a definite one ("The government scrapped", "Nigeria's president sacked"),
/// past a fronted date, before the trigger at `trigger`.
fn opening_name(s: &SentenceView<'_>, lo: usize, trigger: Span) -> Option<Argument> {
    let mut x = if s.has(lo, C_DETERMINER) { lo + 1 } else { lo };
    // ("President Emmerson Mnangagwa": past a title outside the name.)
    while x < lo + 3 && s.ent_index(x).is_none() && s.shape(x) == Shape::Capitalized {
        x += 1;
    }
    let e = s
        .ent(x)
        .filter(|e| matches!(e.label, Label::Person | Label::Organization));
    let (ex, ey) = match e {
        Some(e) => s.tokens_of(e.span),
        // "Police fired tear gas at protesters, killing two": a plural noun or "police" with
        // at most one modifier (a nationality may be one) and no name.
        None => {
            // ("Last month the government scrapped": past a fronted date.)
            let mut x = lo;
            while x < lo + OPENING_DATE_TOKENS && s.is_date(x) {
                x += 1;
            }
            if x > lo && s.is_punct(x, &[',']) {
                x += 1;
            }
            let det = s.has(x, C_DETERMINER);
            let x = if det { x + 1 } else { x };
            let (nx, ny) = s.np_starting_at(x, s.tokens_of(trigger).0)?;
            let head = s.word(ny - 1);
            let plural = looks_plural(head) || head.ends_with("men");
            // (An active verb: "The bus was crowded with people, traveling" has none.)
            if s.is_any(ny, &["was", "were", "is", "are", "been", "be"]) {
                return None;
            }
            let plain =
                ny - nx <= 2 && (nx..ny).all(|k| s.ent(k).is_none_or(|e| e.label == Label::Norp));
            // "The government scrapped ..., citing costs", "Nigeria's president sacked ... and
            // appointed": a definite lower-case head, after a determiner or a place's or
            // group's possessive.
            let possessed = ny - nx == 4
                && s.ent(nx).is_some_and(|e| {
                    matches!(e.label, Label::Location | Label::Norp | Label::Organization)
                })
                && s.is_punct(nx + 1, &['\'', '’'])
                && s.is(nx + 2, "s");
            let definite = (det && plain || possessed)
                && s.shape(ny - 1) == Shape::Lower
                && !s.has(ny - 1, C_FUNCTION);
            if !(nx == x && (plain && (plural || s.is_any(ny - 1, &["police"])) || definite)) {
                return None;
            }
            (nx, ny)
        }
    };
    let mut v = ey;
    if s.has(v, words::TENSE_AUX) {
        v += 1;
    }
    let past_verb = s.shape(v) == Shape::Lower
        && !s.has(v, C_FUNCTION)
        && s.word(v).len() > 4
        && s.word(v).ends_with("ed");
    let arg = match e {
        Some(e) => Argument::of_entity(e),
        None => Argument {
            span: s.span_of(ex, ey),
            label: None,
            inferred: false,
        },
    };
    let opens = e.is_none() || ex == x;
    (opens && past_verb && s.span_of(v, v + 1).end <= trigger.start).then_some(arg)
}

/// "JNIM claimed responsibility for a deadly assault on the base", "the group claimed the
/// attack", "took responsibility for the assault": the event claimed has the claimer as its actor when it names none itself.
fn claimed_events(s: &SentenceView<'_>, events: &mut [(Span, Analysis)]) {
    for i in 0..events.len() {
        let (ia, ib) = s.tokens_of(events[i].0);
        let claim = events[i].1.ty == EventType::Statement
            && !events[i].1.actors.is_empty()
            && !events[i].1.negated
            && (s
                .word(ia)
                .get(..5)
                .is_some_and(|w| w.eq_ignore_ascii_case("claim"))
                || (ia..ib).any(|k| s.is(k, "responsibility")));
        if !claim {
            continue;
        }
        // The claimed event's noun: past "for", determiners and up to three modifiers.
        let mut k = ib;
        if s.is(k, "for") {
            k += 1;
        }
        while k < s.len() && k - ib < CLAIMED_NOUN_TOKENS && !s.is_punct(k, &[',']) {
            let Some(j) = events.iter().position(|(t, _)| s.tokens_of(*t).0 == k) else {
                let modifier = s.has(k, C_DETERMINER)
                    || s.shape(k) == Shape::Number
                    || s.shape(k) == Shape::Lower && !s.has(k, C_FUNCTION);
                if !modifier {
                    break;
                }
                k += 1;
                continue;
            };
            let nominal = matches!(events[j].1.reading.form, Form::Noun | Form::Phrase);
            // ("claimed the attack had been thwarted": the noun is the subject of a reported
            // clause, not what was claimed.)
            let (_, jb) = s.tokens_of(events[j].0);
            let reported = s.has(
                jb,
                words::TENSE_AUX | words::PASSIVE_AUX | words::MODAL | words::CHAIN,
            );
            if nominal
                && !reported
                && events[j].1.ty != EventType::Statement
                && events[j].1.actors.is_empty()
            {
                // ("Houthi military spokesman Yahya Saree claimed the attack": the group the
                // spokesman speaks for.)
                let actors = events[i]
                    .1
                    .actors
                    .iter()
                    .map(|a| spokesman_group(s, a).unwrap_or_else(|| a.clone()))
                    .collect();
                events[j].1.actors = actors;
            }
            break;
        }
    }
}

/// The most tokens between an attack noun and the "in which" of its relative clause.
const WHICH_NOUN_TOKENS: usize = 10;

/// The most tokens between "claimed (responsibility)" and the event noun claimed.
const CLAIMED_NOUN_TOKENS: usize = 5;

/// Nouns of one who speaks for a group (closed class).
const SPOKESPERSON: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "spokesmen",
    "spokespeople",
];

/// The group a claimer speaks for, when the claimer is its spokesperson: "Houthi military
/// spokesman Yahya Saree" -> "Houthi" (the capitalized words that open the phrase, before its
/// lower-case modifiers), "a spokesman for the Houthis, Yahya Saree," -> "Houthis" (the
/// phrase after "for"/"of" in the apposition's head before the name).
fn spokesman_group(s: &SentenceView<'_>, actor: &Argument) -> Option<Argument> {
    let (x, y) = s.tokens_of(actor.span);
    let cap = |i: usize| matches!(s.shape(i), Shape::Capitalized | Shape::AllCaps);
    if let Some(k) = (x..y).find(|&i| s.is_any(i, SPOKESPERSON)) {
        let mut e = k;
        while e > x && s.shape(e - 1) == Shape::Lower && !s.has(e - 1, C_FUNCTION) {
            e -= 1;
        }
        let mut b = x;
        if b < e && s.has(b, C_DETERMINER) {
            b += 1;
        }
        return (b < e && (b..e).all(cap)).then(|| Argument {
            span: s.span_of(b, e),
            label: s.ent(b).map(|e| e.label),
            inferred: false,
        });
    }
    // "a spokesman for the Houthis, Yahya Saree,": back over the comma to the group's phrase.
    let c = x.checked_sub(1).filter(|&c| s.is_punct(c, &[',']))?;
    let (gx, gy) = s.np_ending_at(c.checked_sub(1)?, 0)?;
    let mut p = gx;
    if p > 0 && s.has(p - 1, C_DETERMINER) {
        p -= 1;
    }
    let ok = p >= 2 && s.is_any(p - 1, &["for", "of"]) && s.is_any(p - 2, SPOKESPERSON);
    let e = s
        .ent(gy - 1)
        .filter(|e| ok && matches!(e.label, Label::Organization | Label::Norp))?;
    Some(Argument::of_entity(e))
}

/// A killing or attack with no actor takes those of the attack or killing it is tied to.
fn share_attackers(to: &mut Analysis, from: &Analysis) {
    let violent = |t: EventType| matches!(t, EventType::Attack | EventType::Killing);
    if violent(to.ty) && violent(from.ty) && to.actors.is_empty() {
        to.actors.clone_from(&from.actors);
    }
}

/// `to` takes the date and place of `from` that it lacks.
fn fill_from(to: &mut Analysis, from: &Analysis) {
    if to.date.is_none() && from.date.is_some() {
        to.date = from.date.clone();
        to.date_source = from.date_source;
    }
    if to.location.is_none() && to.place_anaphor.is_none() && from.location.is_some() {
        to.location = from.location.clone();
    }
}

fn distance(a: Span, b: Span) -> usize {
    if a.end <= b.start {
        b.start - a.end
    } else {
        a.start.saturating_sub(b.end)
    }
}

/// Document-level completion of `events` (in text order): anaphoric places, coreference (ids),
/// narrative dates, the dominant place.
/// How many sentences back the document stage looks for an antecedent (the city of "the
/// city", a chain for a coreferent mention). News stories are shorter than this; the bound keeps
/// a huge single document linear.
const LOOKBACK_SENTENCES: usize = 100;

/// The most entities the place anaphor ("the city") looks back over.
const LOOKBACK_ENTITIES: usize = 500;

/// The most coreference chains open at once: the least recently mentioned is closed first.
const OPEN_CHAINS: usize = 64;

/// The most actor spans a coreference chain remembers.
const CHAIN_ACTORS: usize = 16;

/// Drops a passive verbal coup ("he was ousted from office") when the next sentence tells of
/// a party or parliamentary vote ("Party lawmakers backed a no-confidence motion"): the
/// leader was voted out (the sentence's own vote words are checked by the analysis).
/// Renumbers the events' ids.
pub(crate) fn drop_voted_out_coups(text: &str, sentences: &[Sentence], events: &mut Vec<Event>) {
    if !events.iter().any(|e| e.event_type == EventType::Coup) {
        return;
    }
    let voted_out = |e: &Event| {
        let before = text.get(..e.trigger.start).unwrap_or_default().trim_end();
        let passive = ["was", "were", "been", "being"].iter().any(|w| {
            before.len() >= w.len()
                && before.is_char_boundary(before.len() - w.len())
                && before[before.len() - w.len()..].eq_ignore_ascii_case(w)
        });
        let next = sentences
            .get(e.sentence + 1)
            .and_then(|n| text.get(n.span.start..n.span.end))
            .unwrap_or_default();
        e.event_type == EventType::Coup
            && !e.info.nominal
            && passive
            && next
                .split(|c: char| !(c.is_alphanumeric() || c == '-'))
                .any(|w| NEXT_SENTENCE_VOTE.iter().any(|v| w.eq_ignore_ascii_case(v)))
    };
    let before = events.len();
    events.retain(|e| !voted_out(e));
    if events.len() != before {
        for (i, e) in events.iter_mut().enumerate() {
            e.id = i;
        }
    }
}

/// Words of a party or parliamentary vote that removes a leader, in the sentence after a
/// passive coup verb ([`drop_voted_out_coups`]; not "ballot" or "vote": a junta promises them).
const NEXT_SENTENCE_VOTE: &[&str] = &[
    "party-room",
    "no-confidence",
    "caucus",
    "spill",
    "impeachment",
    "impeached",
    "leadership",
];

/// "Soldiers seized power ... France condemned the takeover": a definite "takeover" up to six
/// sentences after a coup is that coup, not a company's purchase.
fn takeover_after_coup(text: &str, events: &mut [Event]) {
    for i in 1..events.len() {
        let (head, tail) = events.split_at_mut(i);
        let ev = &mut tail[0];
        let takeover = ev.event_type == EventType::Transaction
            && ev.info.nominal
            && ev.info.definite
            && text
                .get(ev.trigger.range())
                .is_some_and(|t| t.eq_ignore_ascii_case("takeover"));
        if takeover
            && head
                .iter()
                .rev()
                .take_while(|p| p.sentence + 6 >= ev.sentence)
                .any(|p| p.event_type == EventType::Coup && p.modality != Modality::Hypothetical)
        {
            ev.event_type = EventType::Coup;
        }
    }
}

pub(crate) fn finish_document(
    text: &str,
    sentences: &[Sentence],
    entities: &[Entity],
    events: &mut [Event],
) {
    let paragraph = paragraphs(text, sentences);
    // "the city" -> the last city named before it, within the paragraph or three sentences.
    for ev in events.iter_mut() {
        if ev.location.is_some() {
            continue;
        }
        let Some((span, wanted)) = ev.info.place_anaphor else {
            continue;
        };
        let before = entities.partition_point(|e| e.span.end <= span.start);
        let found = entities[..before]
            .iter()
            .rev()
            .take_while(|e| ev.sentence - e.sentence <= LOOKBACK_SENTENCES)
            .take(LOOKBACK_ENTITIES)
            .find(|e| {
                e.label == Label::Location
                    && (paragraph[e.sentence] == paragraph[ev.sentence]
                        || ev.sentence - e.sentence <= 3)
                    && e.place.is_some_and(|p| match wanted {
                        PlaceWanted::City => p.kind == PlaceKind::City,
                        PlaceWanted::Country => p.kind == PlaceKind::Country,
                        PlaceWanted::Region => {
                            matches!(p.kind, PlaceKind::Admin1 | PlaceKind::Region)
                        }
                    })
            });
        if let Some(e) = found {
            ev.location = Some(Argument::of_entity(e));
        }
    }

    they_of_unnamed_speakers(text, sentences, events);
    super::actor_links::pronoun_speakers(text, sentences, entities, events);
    takeover_after_coup(text, events);
    coreference(text, entities, events);
    relative_clause_deaths(text, events);

    // The narrative's date: for a past-tense, asserted or reported event with no date of its
    // own, the latest date before it in the same paragraph, at most two sentences back, when
    // that date is itself the stated date of an earlier event (so the story is being told in
    // order, and a dateline or a date of something else does not count). Statements are left
    // alone: they are dated by their own words or not at all.
    for i in 0..events.len() {
        let ev = &events[i];
        if ev.date.is_some()
            || !ev.info.past
            || ev.negated
            || ev.modality != Modality::Asserted
            || ev.event_type == EventType::Statement
        {
            continue;
        }
        let before = entities.partition_point(|e| e.span.end <= ev.trigger.start);
        // Only the last two sentences count, so the scan stops there.
        let Some(d) = entities[..before]
            .iter()
            .rev()
            .take_while(|e| e.sentence + 2 >= ev.sentence)
            .find(|e| is_dated(e))
        else {
            continue;
        };
        if paragraph[d.sentence] != paragraph[ev.sentence]
            || d.sentence == ev.sentence
            || ev.sentence - d.sentence > 2
        {
            continue;
        }
        // A clause or modifier date is in its event's sentence: look back to `d`'s sentence only.
        let stated = events[..i]
            .iter()
            .rev()
            .take_while(|p| p.sentence >= d.sentence)
            .any(|p| {
                p.date.as_ref().is_some_and(|x| x.span == d.span)
                    && matches!(
                        p.date_source,
                        Some(EventDateSource::Clause | EventDateSource::Modifier)
                    )
            });
        if !stated
            || !d
                .value
                .as_deref()
                .is_some_and(|v| v.as_bytes()[0].is_ascii_digit())
        {
            continue;
        }
        let date = EventDate {
            span: d.span,
            value: d.value.clone().unwrap_or_default(),
        };
        let id = ev.id;
        // The whole coreference chain takes it, where it has no date of its own.
        for other in events.iter_mut().filter(|o| o.id == id && o.date.is_none()) {
            other.date = Some(date.clone());
            other.date_source = Some(EventDateSource::Narrative);
        }
    }

    for ev in events.iter_mut() {
        if ev.location.is_none() {
            ev.location = ev.info.sentence_place.take();
        }
    }

    // The dominant place: the place most often introduced by a locative preposition ("in
    // Mali"), at least twice; marked inferred.
    if events.iter().any(|e| e.location.is_none()) {
        if let Some(place) = dominant_place(text, sentences, entities) {
            for ev in events.iter_mut().filter(|e| e.location.is_none()) {
                ev.location = Some(Argument {
                    span: place.span,
                    label: Some(Label::Location),
                    inferred: true,
                });
            }
        }
    }

    // The dateline's country ("LUSAKA, May 4 (Reuters) -" and Zambia named in the text), for
    // events still without a place; marked inferred.
    if events.iter().any(|e| e.location.is_none()) {
        if let Some(place) = dateline_country(text, entities) {
            for ev in events.iter_mut().filter(|e| e.location.is_none()) {
                ev.location = Some(Argument {
                    span: place.span,
                    label: Some(Label::Location),
                    inferred: true,
                });
            }
        }
    }
}

/// Words between a sentence-opening "they" and its statement verb ("They also said", "They
/// had said").
const THEY_TO_VERB: &[&str] = &[
    "also", "later", "then", "further", "had", "have", "earlier", "would", "will", "could",
];

/// Plural speakers that end in no "-s" (closed class).
const GROUP_SPEAKERS: &[&str] = &["police", "personnel", "staff", "people", "media"];

/// "Officials said the rebels attacked the town. They said ...": a statement whose subject
/// opens its sentence as "they", after a statement of the sentence before whose speaker is
/// unnamed people ("officials", "police", "witnesses"), is theirs: the speakers go on
/// speaking, and no actor the first statement reported ("the rebels") is the speaker.
fn they_of_unnamed_speakers(text: &str, sentences: &[Sentence], events: &mut [Event]) {
    for i in 1..events.len() {
        let ev = &events[i];
        if ev.event_type != EventType::Statement || !ev.actors.is_empty() || ev.info.nominal {
            continue;
        }
        // ("They said", "But they said": at most one word before the pronoun.)
        let start = sentences[ev.sentence].span.start;
        if they_before(text, start, ev.trigger.start).is_none_or(|n| n > 1) {
            continue;
        }
        let sentence = ev.sentence;
        let Some(speaker) = events[..i]
            .iter()
            .rev()
            .take_while(|p| p.sentence + 1 >= sentence)
            .filter(|p| p.sentence < sentence)
            .find(|p| p.event_type == EventType::Statement && !p.actors.is_empty())
            .and_then(|p| p.actors.last())
            .filter(|x| !x.inferred && x.label.is_none())
            .filter(|x| {
                let last = text
                    .get(x.span.range())
                    .and_then(|t| t.rsplit(' ').next())
                    .unwrap_or_default();
                looks_plural(&last.to_ascii_lowercase())
                    || GROUP_SPEAKERS.iter().any(|g| g.eq_ignore_ascii_case(last))
            })
            .cloned()
        else {
            continue;
        };
        // "They said they had recovered five bodies".
        super::actor_links::give_speaker(events, i, speaker, |from, at| {
            they_before(text, from, at).is_some()
        });
    }
}

/// When the verb starting at byte `at` has the subject "they" (past a few adverbs and
/// auxiliaries), after text from byte `from`: how many words come before the pronoun.
fn they_before(text: &str, from: usize, at: usize) -> Option<usize> {
    let mut words = text.get(from..at)?.split_ascii_whitespace().rev();
    let mut w = words.next()?;
    let mut skipped = 0;
    while skipped < 3 && THEY_TO_VERB.iter().any(|x| x.eq_ignore_ascii_case(w)) {
        w = words.next()?;
        skipped += 1;
    }
    w.eq_ignore_ascii_case("they").then(|| words.count())
}

/// "Sunday's bombing, which killed 42 people": a killing or death in a relative clause right
/// after an event noun is that event's toll, where it happened and when (known once the noun
/// has its chain's place and date).
fn relative_clause_deaths(text: &str, events: &mut [Event]) {
    for i in 1..events.len() {
        let (head, tail) = events.split_at_mut(i);
        let (prev, ev) = (&head[i - 1], &mut tail[0]);
        if !matches!(ev.event_type, EventType::Killing | EventType::Death)
            || prev.sentence != ev.sentence
            || !prev.info.nominal
            || prev.trigger.end > ev.trigger.start
        {
            continue;
        }
        let between = text[prev.trigger.end..ev.trigger.start].trim();
        let Some(rest) = between.strip_prefix(',') else {
            continue;
        };
        if !matches!(rest.trim(), "which" | "that") {
            continue;
        }
        if ev.location.is_none() {
            ev.location.clone_from(&prev.location);
        }
        if ev.date.is_none() && prev.date.is_some() {
            ev.date.clone_from(&prev.date);
            ev.date_source = Some(EventDateSource::Narrative);
        }
    }
}

/// How many sentences from the start a dateline may open (after a headline and a byline).
const DATELINE_SENTENCES: usize = 3;

/// The country of a dateline's place, where the text names that country: the first mention
/// of it. The dateline's place is a place in capitals at the start of a line, in the first
/// [`DATELINE_SENTENCES`] sentences, followed by a comma, a bracket or a dash ("LUSAKA, May
/// 4", "MALE (Reuters)", "KANO, Nigeria -"). The city itself is not the events' place (the
/// reporter's city is often not where things happened), but its country is.
fn dateline_country<'e>(text: &str, entities: &'e [Entity]) -> Option<&'e Entity> {
    let locations = || entities.iter().filter(|e| e.label == Label::Location);
    let dateline = locations()
        .take_while(|e| e.sentence < DATELINE_SENTENCES)
        .find(|e| {
            let name = &text[e.span.range()];
            let line_start = text[..e.span.start]
                .trim_end_matches([' ', '\t'])
                .ends_with('\n')
                || e.span.start == 0;
            let after = text[e.span.end..].trim_start_matches(' ');
            line_start
                && name.bytes().any(|b| b.is_ascii_uppercase())
                && !name.bytes().any(|b| b.is_ascii_lowercase())
                && (after.starts_with(',')
                    || after.starts_with('(')
                    || after.starts_with('-')
                    || after.starts_with('\u{2013}')
                    || after.starts_with('\u{2014}'))
        })?;
    let country = dateline.country?;
    locations().find(|e| {
        e.country == Some(country) && e.place.is_some_and(|p| p.kind == PlaceKind::Country)
    })
}

/// Paragraph number of each sentence: a blank line between two sentences starts a paragraph.
fn paragraphs(text: &str, sentences: &[Sentence]) -> Vec<usize> {
    let mut out = Vec::with_capacity(sentences.len());
    let mut p = 0;
    let mut prev_end = 0;
    for s in sentences {
        let gap = &text[prev_end..s.span.start];
        if prev_end > 0 && gap.bytes().filter(|&b| b == b'\n').count() >= 2 {
            p += 1;
        }
        out.push(p);
        prev_end = s.span.end;
    }
    out
}

/// Prepositions that place what is told in the place after them ("in Mali", "across the
/// Sahel"); not "to", "from" or "of" ("turned to Russia", "help from Russia", "the president of
/// France" are about other places).
const TRUE_LOCATIVES: &[&str] = &[
    "in",
    "at",
    "near",
    "inside",
    "outside",
    "across",
    "throughout",
    "within",
    "around",
];

/// The place the text is about: the place most often introduced by a true locative preposition
/// ([`TRUE_LOCATIVES`]), at least twice. A country that opens the first or second sentence as
/// its subject ("Burkina Faso has suffered two coups") counts twice.
fn dominant_place<'e>(
    text: &str,
    sentences: &[Sentence],
    entities: &'e [Entity],
) -> Option<&'e Entity> {
    // name -> (count, first mention)
    let mut counts: BTreeMap<&str, (usize, &Entity)> = BTreeMap::new();
    for e in entities.iter().filter(|e| e.label == Label::Location) {
        let before = text[..e.span.start].trim_end();
        let word_start = before.rfind(|c: char| !c.is_alphabetic()).map_or(0, |i| {
            i + before[i..].chars().next().map_or(1, char::len_utf8)
        });
        let prev = &before[word_start..];
        let weight = if TRUE_LOCATIVES.iter().any(|w| prev.eq_ignore_ascii_case(w)) {
            1
        } else if opening_subject_country(text, sentences, e) {
            2
        } else {
            continue;
        };
        counts.entry(&text[e.span.range()]).or_insert((0, e)).0 += weight;
    }
    // The most frequent; on ties, the one mentioned first.
    let (count, first) = counts
        .into_values()
        .max_by(|a, b| a.0.cmp(&b.0).then(b.1.span.start.cmp(&a.1.span.start)))?;
    (count >= 2).then_some(first)
}

/// Whether `e` is a country that opens the first or second sentence as its subject: a
/// lower-case word follows it ("Burkina Faso has suffered", not "Russia's envoy" or "Mali,
/// Niger and Chad").
fn opening_subject_country(text: &str, sentences: &[Sentence], e: &Entity) -> bool {
    e.sentence < 2
        && e.place.is_some_and(|p| p.kind == PlaceKind::Country)
        && sentences
            .get(e.sentence)
            .is_some_and(|s| text[s.span.start..e.span.start].trim().is_empty())
        && text[e.span.end..]
            .strip_prefix(' ')
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_lowercase()))
}

/// What a coreference chain knows so far (its type and modality are with it in the list of
/// open chains).
struct Chain {
    id: usize,
    place: Option<Span>,
    /// The date's span and the index of the event whose date it is (for its value).
    date: Option<(Span, usize)>,
    actors: ChainActors,
    last_sentence: usize,
    /// Index of the last mention.
    last: usize,
    /// Whether any mention is nominal.
    nominal: bool,
}

/// The actor spans of a chain: up to [`CHAIN_ACTORS`] in place, without an allocation per chain;
/// only a first mention with more actors than that keeps them all, in a vector.
struct ChainActors {
    inline: [Span; CHAIN_ACTORS],
    len: usize,
    /// All of them, when the first mention had more than [`CHAIN_ACTORS`].
    more: Vec<Span>,
}

impl ChainActors {
    fn new(first: &[Argument]) -> ChainActors {
        let mut actors = ChainActors {
            inline: [Span::default(); CHAIN_ACTORS],
            len: 0,
            more: Vec::new(),
        };
        if first.len() > CHAIN_ACTORS {
            actors.more = first.iter().map(|a| a.span).collect();
        } else {
            actors.extend(first);
        }
        actors
    }

    fn as_slice(&self) -> &[Span] {
        if self.more.is_empty() {
            &self.inline[..self.len]
        } else {
            &self.more
        }
    }

    /// Adds the first of `args` while there is room.
    fn extend(&mut self, args: &[Argument]) {
        if !self.more.is_empty() {
            return; // already more than the room
        }
        for a in args.iter().take(CHAIN_ACTORS - self.len) {
            self.inline[self.len] = a.span;
            self.len += 1;
        }
    }
}

/// The entity with exactly this span (entities are sorted and do not overlap).
fn entity_at(entities: &[Entity], span: Span) -> Option<&Entity> {
    let i = entities.partition_point(|e| e.span.start < span.start);
    entities.get(i).filter(|e| e.span == span)
}

/// Whether the place at `span` is a country entity.
fn is_place(entities: &[Entity], span: Span) -> bool {
    entity_at(entities, span).is_some_and(|e| e.label == Label::Location)
}

fn is_country(entities: &[Entity], span: Span) -> bool {
    entity_at(entities, span)
        .and_then(|e| e.place)
        .is_some_and(|p| p.kind == PlaceKind::Country)
}

fn same_place(text: &str, entities: &[Entity], a: Span, b: Span) -> bool {
    if text[a.range()].eq_ignore_ascii_case(&text[b.range()]) {
        return true;
    }
    let find = |s: Span| {
        entity_at(entities, s)
            .and_then(|e| e.place)
            .and_then(|p| p.geonames_id)
    };
    find(a).is_some_and(|x| find(b) == Some(x))
}

fn same_actor(text: &str, entities: &[Entity], a: Span, b: Span) -> bool {
    let (x, y) = (text[a.range()].as_bytes(), text[b.range()].as_bytes());
    if contains_ignore_ascii_case(x, y) || contains_ignore_ascii_case(y, x) {
        return true;
    }
    // "Russia" and "Russian troops": one country.
    let country = |s: Span| {
        let lo = entities.partition_point(|e| e.span.end <= s.start);
        entities[lo..]
            .iter()
            .take_while(|e| e.span.start < s.end)
            .find_map(|e| e.country)
    };
    country(a).is_some_and(|c| country(b) == Some(c))
}

/// Whether the bare noun trigger of `ev` modifies a plural noun right after it ("offensive
/// operations elsewhere"): a kind of event, not the one the sentence tells of.
fn modifies_plural(text: &str, ev: &Event) -> bool {
    if !ev.info.nominal || ev.info.definite {
        return false;
    }
    let next = text[ev.trigger.end..]
        .strip_prefix(' ')
        .and_then(|r| r.split(|c: char| !c.is_ascii_alphabetic()).next())
        .unwrap_or_default();
    next.len() > 3
        && next.bytes().all(|b| b.is_ascii_lowercase())
        && next.ends_with('s')
        && !next.ends_with("ss")
        && !next.ends_with("us")
        && !next.ends_with("is")
}

/// Whether `needle` occurs in `hay` ignoring ASCII case (what comparing their
/// `to_ascii_lowercase` copies with `contains` answers, without the copies).
fn contains_ignore_ascii_case(hay: &[u8], needle: &[u8]) -> bool {
    let Some(first) = needle.first().map(u8::to_ascii_lowercase) else {
        return true;
    };
    // The first byte before the whole window.
    hay.windows(needle.len())
        .any(|w| w[0].to_ascii_lowercase() == first && w.eq_ignore_ascii_case(needle))
}

/// Whether two TIMEX3 values can name one time: one is a prefix of the other ("2024-05" and
/// "2024-05-03"), or a day falls in the other's week ("2009-10-18" and the weekend
/// "2009-W42-WE").
fn dates_agree(a: &str, b: &str) -> bool {
    a.starts_with(b) || b.starts_with(a) || day_in_week(a, b) || day_in_week(b, a)
}

/// Whether the day `day` ("2009-10-18") is in the ISO week `week` ("2009-W42", or its weekend
/// "2009-W42-WE").
fn day_in_week(day: &str, week: &str) -> bool {
    let Some((year, rest)) = week.split_once("-W") else {
        return false;
    };
    let (num, weekend) = match rest.strip_suffix("-WE") {
        Some(n) => (n, true),
        None => (rest, false),
    };
    let (Ok(year), Ok(num)) = (year.parse::<i32>(), num.parse::<u32>()) else {
        return false;
    };
    let Some(Ok(d)) = day
        .get(..10)
        .filter(|_| day.len() == 10)
        .map(str::parse::<crate::Date>)
    else {
        return false;
    };
    d.iso_week() == (year, num) && (!weekend || d.weekday() >= 6)
}

/// Links mentions of one event: same type, agreeing place, date and actors, and either a
/// definite mention referring back ("the assault"), or the same sentence, or the same stated
/// place or date. Mentions of a chain share its id and fill in each other's missing date and
/// place.
fn coreference(text: &str, entities: &[Entity], events: &mut [Event]) {
    let mut chains: Vec<Chain> = Vec::with_capacity(events.len());
    // Chains mentioned within the last `LOOKBACK_SENTENCES` sentences, by index, with what a
    // mention must share with them: type, hypothetical, negated.
    let mut active: Vec<((EventType, bool, bool), usize)> = Vec::new();
    for i in 0..events.len() {
        // Earlier mentions (whose dates the chains point to), and this one.
        let (earlier, rest) = events.split_at_mut(i);
        let Some(ev) = rest.first_mut() else {
            break;
        };
        let date_value = |(_, k): (Span, usize)| -> &str {
            earlier
                .get(k)
                .and_then(|e| e.date.as_ref())
                .map_or("", |d| &d.value)
        };
        // (No chain is that far back before sentence `LOOKBACK_SENTENCES`.)
        if ev.sentence > LOOKBACK_SENTENCES {
            active.retain(|&(_, c)| chains[c].last_sentence + LOOKBACK_SENTENCES >= ev.sentence);
        }
        let place = ev.location.as_ref().map(|l| l.span);
        let date = ev.date.as_ref().map(|d| (d.span, i));
        let value = ev.date.as_ref().map_or("", |d| &d.value);
        let hypothetical = ev.modality == Modality::Hypothetical;
        let mut best: Option<(u8, usize, usize)> = None;
        let key = (ev.event_type, hypothetical, ev.negated);
        // "offensive operations elsewhere": a kind of event joins no chain.
        let kind = modifies_plural(text, ev);
        for &(c_key, c_idx) in &active {
            if c_key != key || ev.info.distinct || kind {
                continue;
            }
            let c = &chains[c_idx];
            if let (Some(a), Some(b)) = (place, c.place) {
                if !same_place(text, entities, a, b) {
                    continue;
                }
            }
            if let (Some(_), Some(d)) = (date, c.date) {
                if !dates_agree(value, date_value(d)) {
                    continue;
                }
            }
            if !ev.actors.is_empty()
                && !c.actors.as_slice().is_empty()
                && !ev.actors.iter().any(|a| {
                    c.actors
                        .as_slice()
                        .iter()
                        .any(|&b| same_actor(text, entities, a.span, b))
                })
            {
                continue;
            }
            // Two verbs of one sentence are two events ("insurgents have killed two clerics,
            // days after a bomb killed a mullah").
            if c.last_sentence == ev.sentence && !c.nominal && !ev.info.nominal {
                continue;
            }
            // "Suriname's elections": the country that holds an election is where it is.
            if let (None, Some(cp), EventType::Election) = (place, c.place, ev.event_type) {
                let mut places = ev
                    .actors
                    .iter()
                    .filter(|a| is_place(entities, a.span))
                    .peekable();
                if places.peek().is_some()
                    && !places.any(|a| same_place(text, entities, a.span, cp))
                {
                    continue;
                }
            }
            // A country alone is too wide to tie two mentions ("a drone strike in northern
            // Mali", "fighting in central Mali since 2015").
            let place_match = place.is_some_and(|p| !is_country(entities, p)) && c.place.is_some();
            let date_match = date.is_some() && c.date.is_some();
            // In one sentence, a verb and a noun ("seized power in a coup").
            let same_sentence = c.last_sentence == ev.sentence && (c.nominal || ev.info.nominal);
            let allowed = if ev.event_type == EventType::Statement {
                ev.info.definite
            } else {
                ev.info.definite || same_sentence || place_match || date_match
            };
            if !allowed {
                continue;
            }
            let score = u8::from(place_match) * 2 + u8::from(date_match);
            // Best agreement, then the most recently mentioned.
            if best.is_none_or(|(s, last, _)| (score, c.last) > (s, last)) {
                best = Some((score, c.last, c_idx));
            }
        }
        match best {
            Some((_, _, c_idx)) => {
                let c = &mut chains[c_idx];
                if c.place.is_none() {
                    c.place = place;
                }
                if c.date.is_none() {
                    c.date = date;
                }
                c.actors.extend(&ev.actors);
                c.last_sentence = ev.sentence;
                c.last = i;
                c.nominal |= ev.info.nominal;
                ev.id = c.id;
            }
            None => {
                let id = chains.len();
                if active.len() == OPEN_CHAINS {
                    let oldest = (0..active.len()).min_by_key(|&k| chains[active[k].1].last);
                    active.swap_remove(oldest.unwrap_or(0));
                }
                active.push((key, id));
                chains.push(Chain {
                    id,
                    place,
                    date,
                    actors: ChainActors::new(&ev.actors),
                    last_sentence: ev.sentence,
                    last: i,
                    nominal: ev.info.nominal,
                });
                ev.id = id;
            }
        }
    }
    // Fill in missing places and dates from the chain.
    for i in 0..events.len() {
        let c = &chains[events[i].id];
        // The date's value, from the event it was stated for (which kept it).
        let value = || {
            let (_, k) = c.date?;
            events.get(k)?.date.as_ref().map(|d| d.value.clone())
        };
        let value = if events[i].date.is_none() {
            value()
        } else {
            None
        };
        let ev = &mut events[i];
        if ev.location.is_none() {
            if let Some(p) = c.place {
                let label = entity_at(entities, p).map(|e| e.label);
                ev.location = Some(Argument {
                    span: p,
                    label,
                    inferred: false,
                });
            }
        }
        if ev.date.is_none() {
            if let (Some((span, _)), Some(value)) = (c.date, value) {
                ev.date = Some(EventDate { span, value });
                ev.date_source = Some(EventDateSource::Narrative);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::dates_agree;

    #[test]
    fn a_day_agrees_with_its_week_and_weekend() {
        // (a, b, agree)
        for (a, b, agree) in [
            ("2009-10-18", "2009-W42-WE", true),
            ("2009-W42", "2009-10-14", true),
            ("2009-10-14", "2009-W42-WE", false),
            ("2009-10-19", "2009-W42", false),
            ("2009-10", "2009-10-19", true),
            ("2009-W42-WE", "2009-11", false),
        ] {
            assert_eq!(dates_agree(a, b), agree, "{a} {b}");
        }
    }

    use super::*;

    #[test]
    fn actor_containment_ignores_ascii_case_like_lowercased_copies() {
        let words = [
            "",
            "Russian troops",
            "russia",
            "RUSSIA",
            "Wagner",
            "the Wagner group",
            "Goïta",
            "GOïTA",
            "troops",
            "Troop",
            "a",
        ];
        for x in words {
            for y in words {
                let expected = x.to_ascii_lowercase().contains(&y.to_ascii_lowercase());
                assert_eq!(
                    contains_ignore_ascii_case(x.as_bytes(), y.as_bytes()),
                    expected,
                    "{x:?} contains {y:?}"
                );
            }
        }
    }
}
