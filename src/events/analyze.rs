//! One trigger in its sentence: which reading holds, who acted, against whom, where, when (in the
//! clause), and whether it is negated, hypothetical or reported.

use super::lexicon::{ActorRequirement, Conditions, Form, Lexicon, ObjectKind, Reading};
use super::sentence::{
    C_CHAIN, C_DETERMINER, C_FUNCTION, C_LOCATIVE, C_MODAL, C_REPORTING, GatedList, SentenceView,
    is_dated,
};
use super::{Argument, EventDate, EventDateSource, EventType, Modality};
use crate::document::{Label, Span};
use crate::tokens::Shape;
use crate::words::{self, Case, WordList};

/// What the analysis of one trigger found.
#[derive(Debug)]
pub(crate) struct Analysis {
    pub ty: EventType,
    pub reading: Reading,
    pub actors: Vec<Argument>,
    pub target: Option<Argument>,
    pub location: Option<Argument>,
    pub date: Option<EventDate>,
    pub date_source: Option<EventDateSource>,
    pub negated: bool,
    pub modality: Modality,
    /// Clause token range.
    pub clause: (usize, usize),
    /// A nominal mention with a determiner or possessive ("the assault", "its withdrawal").
    pub definite: bool,
    /// A nominal mention said to be another event ("another attack", "a similar attack", "the
    /// upcoming vote", "ahead of the election").
    pub distinct: bool,
    /// Past tense (simple past or past perfect): may take the narrative's date.
    pub past: bool,
    /// The subject is shared with an earlier verb ("captured X, killed Y").
    pub shares_subject: bool,
    /// The subject is a pronoun ("they have agreed").
    pub pronoun_subject: bool,
    /// An anaphoric place ("the city") to resolve against earlier places, with the kind wanted.
    pub place_anaphor: Option<(Span, PlaceWanted)>,
    /// A place of the sentence outside the clause, used when nothing better is known.
    pub sentence_place: Option<Argument>,
    /// A statement with the clause it reports after it ("said the convoy was attacked") or
    /// before it ("..., the U.N. said"): the dates there are that clause's.
    pub reports_clause: bool,
    /// A definite noun that refers back to an event told before ("for reporting on the
    /// ambush"): the sentence's places are the other verb's.
    pub refers_back: bool,
    /// The trigger is in a relative clause (", who had met ..."): dates outside it are the
    /// main clause's.
    pub relative: bool,
}

/// The kind of place a definite description names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum PlaceWanted {
    City,
    Country,
    Region,
}

/// The word lists of this module, registered as word classes (all compared ignoring case).
pub(crate) const WORD_LISTS: &[WordList] = &[
    (REPORTING, Case::Fold, words::REPORTING),
    (LOCATIVE, Case::Fold, words::LOCATIVE),
    (MODALS, Case::Fold, words::MODAL),
    (MILITARY, Case::Fold, words::MILITARY),
    (NEGATING_BEFORE_TO, Case::Fold, words::NEGATING_BEFORE_TO),
    (
        NOT_FACTIVE_BEFORE_TO,
        Case::Fold,
        words::NOT_FACTIVE_BEFORE_TO,
    ),
    (VERB_LIKE_CHAIN, Case::Fold, words::VERB_LIKE_CHAIN),
    (HYPOTHETICAL_ADJ, Case::Fold, words::HYPOTHETICAL_ADJ),
    (HYPOTHETICAL_NOUNS, Case::Fold, words::HYPOTHETICAL_NOUN),
    (DO_OR_AND, Case::Fold, words::DO_OR_AND),
    (REPORTED_ADVERBS, Case::Fold, words::REPORTED_ADVERB),
    (NEGATIONS, Case::Fold, words::NEGATION),
    (NEGATED_MODALS, Case::Fold, words::NEGATED_MODAL),
    (PASSIVE_AUX, Case::Fold, words::PASSIVE_AUX),
    (TENSE_AUX, Case::Fold, words::TENSE_AUX),
    (LIGHT_VERBS, Case::Fold, words::LIGHT_VERB),
    (PLACE_NOUN_WORDS, Case::Fold, words::PLACE_NOUN),
    (DISTANCE_UNITS, Case::Fold, words::DISTANCE_UNIT),
    (
        TEMPORAL_PREPOSITIONS,
        Case::Fold,
        words::TEMPORAL_PREPOSITION,
    ),
];

/// The gated lists of this module ([`GatedList`]).
#[cfg(test)]
pub(crate) const GATED_LISTS: &[GatedList] = &[
    SAID,
    PREPOSITIONS_BEFORE_NOUN,
    NOT_NEVER_CANNOT,
    DEFINITE,
    INDEFINITE_OR_PREPOSITION,
    NEGATION_OR_ADVERB,
    PERFECT_AUX,
    OF_AND,
];

/// Reporting verbs that take a reported clause right after them ("said the convoy was ...").
const SAID: GatedList = (
    C_REPORTING,
    &[
        "said", "says", "say", "added", "warned", "noted", "insisted", "stated",
    ],
);

/// Whether a lower-case word looks like a plural noun: an -s ending that is no "-ss", "-us"
/// or "-is" singular ("bus", "campus", "crisis", "class" modify a noun trigger: "the bus
/// bombing").
pub(crate) fn looks_plural(w: &str) -> bool {
    w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is")
}

/// Nouns of officials, bodies and staff that an event noun may modify ("disaster agency",
/// "election monitors"; closed class).
const BODY_NOUNS: &[&str] = &[
    "official",
    "officials",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "minister",
    "ministers",
    "ministry",
    "expert",
    "experts",
    "analyst",
    "analysts",
    "chief",
    "chiefs",
    "coordinator",
    "commissioner",
    "officer",
    "officers",
    "agency",
    "agencies",
    "authority",
    "authorities",
    "commission",
    "commissions",
    "committee",
    "committees",
    "board",
    "body",
    "bodies",
    "monitors",
    "observers",
    "workers",
    "staff",
    "management",
    "team",
    "teams",
    "task",
];

/// Words of a vote that removes a leader ([`analyze`]: no coup in a clause with one).
const PARTY_VOTE: &[&str] = &[
    "party-room",
    "no-confidence",
    "caucus",
    "spill",
    "ballot",
    "impeachment",
    "impeached",
];

/// Negations before a verb.
const NOT_NEVER_CANNOT: GatedList = (C_CHAIN, &["not", "never", "cannot"]);

/// Determiners of a definite noun phrase.
const DEFINITE: GatedList = (
    C_DETERMINER,
    &[
        "the", "this", "that", "its", "their", "his", "her", "these", "those",
    ],
);

/// Modifiers of a noun trigger that set it apart from events already mentioned ("another
/// attack", "a similar attack", "an earlier raid").
const OTHER_EVENT: &[&str] = &[
    "another",
    "similar",
    "separate",
    "previous",
    "earlier",
    "prior",
    "upcoming",
    "forthcoming",
];

/// Words that end the walk back over a definite mention's modifiers.
const INDEFINITE_OR_PREPOSITION: GatedList = (
    C_DETERMINER | words::DO_OR_AND | C_FUNCTION,
    &["a", "an", "and", "of", "in", "on", "by"],
);

/// Words between a passive auxiliary and its participle.
const NEGATION_OR_ADVERB: GatedList = (C_CHAIN, &["not", "never", "also", "just"]);

/// Auxiliaries of the perfect.
const PERFECT_AUX: GatedList = (words::TENSE_AUX, &["has", "have", "had"]);

/// Words that end a lower-case phrase after a locative preposition.
const OF_AND: GatedList = (C_FUNCTION | words::DO_OR_AND, &["of", "and"]);

/// "do" forms and coordinators before a verb (not a noun phrase's head).
const DO_OR_AND: &[&str] = &[
    "did", "do", "does", "didn't", "don't", "doesn't", "and", "or",
];

/// Adverbs of reported speech.
const REPORTED_ADVERBS: &[&str] = &[
    "reportedly",
    "allegedly",
    "purportedly",
    "apparently",
    "supposedly",
];

/// Negation words in the auxiliary chain.
const NEGATIONS: &[&str] = &["not", "never", "no", "without", "nor"];

/// Negated modals written as one token.
const NEGATED_MODALS: &[&str] = &[
    "won't",
    "won’t",
    "wouldn't",
    "couldn't",
    "shouldn't",
    "can't",
];

/// Auxiliaries of the passive.
const PASSIVE_AUX: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "got", "get", "gets", "getting",
];

/// Auxiliaries of the perfect and the passive, whose tense dates a participle.
const TENSE_AUX: &[&str] = &["had", "has", "have", "was", "were", "is", "are"];

/// Heads of armed actors and their weapons (closed class): "drones struck" is an attack.
const MILITARY: &[&str] = &[
    "troops",
    "forces",
    "force",
    "soldiers",
    "army",
    "armies",
    "military",
    "militants",
    "fighters",
    "rebels",
    "insurgents",
    "militia",
    "militias",
    "mercenaries",
    "jihadists",
    "peacekeepers",
    "marines",
    "paratroopers",
    "units",
    "unit",
    "battalion",
    "battalions",
    "brigade",
    "brigades",
    "contingent",
    "contingents",
    "convoy",
    "convoys",
    "gunmen",
    "separatists",
    "guerrillas",
    "commandos",
    "navy",
    "warships",
    "tanks",
    "personnel",
    "corps",
    "legion",
    "division",
    "divisions",
    "regiment",
    "squad",
    "squads",
    "police",
    "detachment",
    "garrison",
    "instructors",
    "advisers",
    "advisors",
    "contractors",
    "servicemen",
    "jets",
    "warplanes",
    "helicopters",
    "drones",
    "drone",
    "missile",
    "missiles",
    "rockets",
    "rocket",
    "artillery",
    "aircraft",
    "fleet",
    "vessels",
];

/// Locative prepositions that introduce a place.
pub(crate) const LOCATIVE: &[&str] = &[
    "in",
    "at",
    "from",
    "of",
    "near",
    "into",
    "to",
    "across",
    "outside",
    "inside",
    "around",
    "throughout",
    "toward",
    "towards",
    "within",
    "on",
    "through",
];

/// Verbs that report speech or knowledge.
pub(crate) const REPORTING: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "reported",
    "reports",
    "claimed",
    "claims",
    "alleged",
    "alleges",
    "stated",
    "added",
    "noted",
    "according",
    "confirmed",
    "announced",
    "insisted",
    "believes",
    "believed",
    "suggested",
    "warned",
];

/// Verbs after which "to X" is not a fact ("threatened to attack").
const NOT_FACTIVE_BEFORE_TO: &[&str] = &[
    "began",
    "begun",
    "begin",
    "begins",
    "started",
    "start",
    "starts",
    "continued",
    "continue",
    "continues",
    "managed",
    "manage",
    "went",
    "came",
    "used",
];

/// Negating verbs before "to X".
const NEGATING_BEFORE_TO: &[&str] = &[
    "failed", "fail", "fails", "refused", "refuse", "refuses", "declined", "decline", "declines",
];

pub(crate) const MODALS: &[&str] = &[
    "may", "might", "could", "would", "should", "will", "shall", "can", "must", "cannot", "ll",
];

const HYPOTHETICAL_ADJ: &[&str] = &[
    "possible",
    "potential",
    "planned",
    "proposed",
    "threatened",
    "imminent",
    "future",
    "expected",
    "looming",
    "upcoming",
    "impending",
    "anticipated",
    "prospective",
    "likely",
    "feared",
    "rumored",
    "rumoured",
];

/// Nouns (and the forms of "call") before "of"/"for" and an event noun that is not asserted:
/// "plans for a withdrawal", "called for an immediate ceasefire".
const HYPOTHETICAL_NOUNS: &[&str] = &[
    "plan",
    "plans",
    "threat",
    "threats",
    "risk",
    "fear",
    "fears",
    "prospect",
    "possibility",
    "calls",
    "call",
    "called",
    "calling",
    "demand",
    "demands",
    "proposal",
    "bid",
    "attempt",
    "attempts",
];

/// Analyzes the trigger at `span` with the given readings. `None` when no reading holds or a
/// guard reading matched.
pub(crate) fn analyze(
    lex: &Lexicon,
    s: &SentenceView<'_>,
    span: Span,
    readings: &[Reading],
) -> Option<Analysis> {
    let (a, b) = s.tokens_of(span);
    if a >= b {
        return None;
    }
    // A guard phrase wins over everything.
    if readings.iter().any(|r| r.ty.is_none()) {
        return None;
    }
    // Readings that all need an armed actor ("struck", "hit") hold in no sentence without
    // one (a word-class test before any parsing; an armed organization is named by one).
    if s.classes & words::MILITARY == 0
        && !s.ents.iter().any(|e| e.label == Label::Organization)
        && readings
            .iter()
            .all(|r| lex.conditions[r.cond as usize].actor == ActorRequirement::Military)
    {
        return None;
    }
    // "long-ruling autocrat", "Saudi-led forces": an -ing or -ed word joined to the word
    // before it by a hyphen is part of a compound adjective ("re-elected" keeps its prefix);
    // "anti-coup fighter": a stance toward an event is no event.
    if is_joined_compound(s.text, span) {
        return None;
    }
    // A capitalized trigger inside a run of capitalized words is part of a name, unless the
    // sentence is a title-case headline ("Russian Forces Withdraw From Northern Mali Base"),
    // where only a verb reading is taken.
    let mut headline = false;
    if s.shape(a) == Shape::Capitalized && a > 0 {
        let cap =
            |i: usize| i < s.len() && matches!(s.shape(i), Shape::Capitalized | Shape::AllCaps);
        if cap(a - 1) || cap(b) {
            if !is_title_line(s) {
                return None;
            }
            headline = true;
        }
    }
    // "said" as a determiner-led noun ("the said property") and similar: handled by readings.
    let (lo, hi, opener) = s.clause(a, b);
    let prev = a.checked_sub(1);
    let nominal_context = prev.is_some_and(|p| {
        s.has(p, C_DETERMINER)
            || s.is_punct(p, &['\'', '’'])
            || s.is(p, "s") && p > 0 && s.is_punct(p - 1, &['\'', '’'])
            || s.is_date(p)
            || s.ent(p).is_some_and(|e| e.label == Label::Norp)
            || (s.shape(p) == Shape::Lower
                && (s.is_adverb(p) || p > 0 && s.has(p - 1, C_DETERMINER)))
            // "called for fresh protests", "sparking protests": an adjective after a
            // preposition, or an -ing word, before the trigger.
            || (s.shape(p) == Shape::Lower
                && !s.has(p, words::FUNCTION)
                && (p > 0 && s.is_one_of(p - 1, PREPOSITIONS_BEFORE_NOUN)
                    || s.word(p).len() > 5 && s.word(p).ends_with("ing")))
            // "launched multiple suicide attacks", "more frequent attacks": a lowercase
            // modifier before the trigger; a plural noun there may be its subject
            // ("militants attack").
            || (s.shape(p) == Shape::Lower
                && !s.has(p, words::FUNCTION)
                && !s.is_adverb(p)
                && !looks_plural(s.word(p))
                && !s.word(p).ends_with("men"))
            // "Heavy fighting broke out": an -ing trigger after a capitalized word that opens
            // the sentence and is no name, pronoun or plural noun.
            || (p == s.dateline_end()
                && s.shape(p) == Shape::Capitalized
                && s.word(a).ends_with("ing")
                && s.ent_index(p).is_none()
                && !s.has(p, C_FUNCTION | C_DETERMINER | words::SUBJECT_PRONOUN | C_CHAIN)
                && !looks_plural(s.word(p))
                && !s.word(p).ends_with("men"))
    });
    let verbal_context = prev.is_some_and(|p| {
        s.is(p, "to")
            || s.has(p, C_MODAL)
            || s.has(p, words::DO_OR_AND)
            || s.has(p, words::SUBJECT_PRONOUN)
            || s.is_one_of(p, NOT_NEVER_CANNOT)
            || s.is_adverb(p)
            || s.word(p).ends_with("n't")
            || s.word(p).ends_with("n’t")
    });

    let mut chosen: Option<(&Reading, Vec<Argument>, Subject)> = None;
    // Readings in lexicon order; the first one whose tests hold is taken. Noun and verb
    // readings of one surface are ordered by the context: those that fit it first.
    let mut verb_subject = None;
    let fits = |r: &&Reading| matches!(r.form, Form::Noun | Form::Phrase) == nominal_context;
    let order = readings
        .iter()
        .filter(fits)
        .chain(readings.iter().filter(|r| !fits(r)));
    let has_noun = readings
        .iter()
        .any(|r| matches!(r.form, Form::Noun | Form::Phrase));
    // "shelling by the RSF", "the killing of civilians": an -ing form with an agent or "of"
    // phrase is a noun; "..., attacks rose": an -s form after a comma with no object after
    // it is a plural noun, not a verb sharing the subject before the comma; so is an -s form
    // with an agent ("Recent attacks by the group", the capitalized adjective no subject) or
    // after a number ("in more than 50 attacks").
    let agent_after = || s.is(b, "by") && !is_by_means(s, b) && !s.is_date(b + 1);
    let noun_use = |form: Form| {
        has_noun
            && match form {
                Form::Gerund => s.is(b, "of") || agent_after(),
                Form::Third
                    if agent_after() || prev.is_some_and(|p| s.shape(p) == Shape::Number) =>
                {
                    true
                }
                Form::Third => {
                    prev.is_some_and(|p| s.is_punct(p, &[',']))
                        && b < s.len()
                        && s.ent_index(b).is_none()
                        && !s.has(b, C_DETERMINER)
                        && !matches!(
                            s.shape(b),
                            Shape::Number | Shape::Capitalized | Shape::AllCaps
                        )
                }
                _ => false,
            }
    };
    for r in order {
        let cond = &lex.conditions[r.cond as usize];
        if !conditions_hold(s, cond, a, b, hi) {
            continue;
        }
        if noun_use(r.form) {
            continue;
        }
        // A bare base form with no verbal or subject context is a noun: it needs a noun reading.
        if r.form == Form::Base && !verbal_context {
            let subject_before = prev.is_some_and(|p| {
                s.ent(p).is_some_and(|e| {
                    matches!(
                        e.label,
                        Label::Person | Label::Organization | Label::Location
                    )
                }) || (s.ent_index(p).is_none() && s.shape(p) == Shape::Capitalized && p > 0)
                    // "Gunmen kill 23 in raid", "Floods kill dozens": a plural noun opening
                    // a headline.
                    || (p == s.dateline_end()
                        && s.shape(p) == Shape::Capitalized
                        && s.ent_index(p).is_none()
                        && !s.has(p, C_FUNCTION | C_DETERMINER)
                        && (looks_plural(s.word(p)) || s.word(p).ends_with("men")))
                    || (s.shape(p) == Shape::Lower
                        && s.word(p).ends_with('s')
                        && !s.has(p, C_DETERMINER))
            });
            if !subject_before {
                continue;
            }
        }
        // The same for every verbal reading: found once.
        let subject = if r.form.verbal() {
            *verb_subject.get_or_insert_with(|| subject(s, a, lo, opener))
        } else {
            Subject::None
        };
        let actors = match r.form {
            Form::Noun | Form::Phrase => {
                let mut v = nominal_actors(s, a, b, hi, r.ty);
                if v.is_empty() {
                    if let Some(l) = light_verb_before(s, a, lo) {
                        self::subject(s, l, lo, opener).push_actors(s, &mut v);
                    }
                }
                v
            }
            _ => verbal_actors(
                s,
                a,
                b,
                hi,
                r.form,
                &subject,
                r.ty == Some(EventType::Statement),
            ),
        };
        let ok = match cond.actor {
            ActorRequirement::None => true,
            // ", saying ...": the subject of the verb before the comma (filled in with the
            // sentence).
            ActorRequirement::Any => {
                !actors.is_empty()
                    || subject == Subject::Pronoun
                    || subject == Subject::Shared && r.form == Form::Gerund
                    || quote_final_slot(s, a, subject) && r.ty == Some(EventType::Statement)
            }
            ActorRequirement::Military => actors.iter().any(|x| is_military(s, x.span)),
        };
        if ok {
            chosen = Some((r, actors, subject));
            break;
        }
    }
    let (reading, actors, subject) = chosen?;
    let ty = super::recast::retype(s, a, reading.ty?, &actors)?;
    let form = reading.form;
    // "was ousted from office in a party-room contest": a leader removed by a vote of the
    // party or parliament is no coup.
    if ty == EventType::Coup && (b..hi).any(|k| s.is_any(k, PARTY_VOTE)) {
        return None;
    }
    let nominal = matches!(form, Form::Noun | Form::Phrase);
    // "disaster officials said", "election monitors": a bare noun trigger right before a
    // noun of officials or of a body modifies it and names no event. ("coup leaders",
    // "flood victims" took part in one.)
    if nominal
        && s.shape(b) == Shape::Lower
        && !looks_plural(s.word(b - 1))
        && s.is_any(b, BODY_NOUNS)
    {
        return None;
    }
    // (In a headline, a verb has a subject before it: "After Clashes", "in Coup" are nouns.)
    if headline
        && (nominal
            || form == Form::Gerund
            || prev.is_some_and(|p| s.has(p, C_FUNCTION | C_DETERMINER)))
    {
        return None;
    }
    let passive = form.participle() && is_passive(s, a, b, lo);
    // "A video of the raid was released", "if Conde wasn't released": a passive's subject is
    // the active verb's object, so the reading's object tests apply to it.
    if passive {
        if let Subject::Phrase(x, y) = subject {
            let cond = &lex.conditions[reading.cond as usize];
            let person = || (x..y).any(|i| s.ent(i).is_some_and(|e| e.label == Label::Person));
            // (The head may be before an "of"/"in" phrase: "A video of the president in
            // custody was released"; the clause's first words hold it.)
            let head = || {
                (lo..a.min(lo + 3).max(y)).any(|i| {
                    s.shape(i) == Shape::Lower
                        && !s.has(i, C_FUNCTION | words::SUBJECT_PRONOUN)
                        && s.is_in(i, &cond.not_next)
                })
            };
            if !cond.not_next.is_empty() && head()
                || cond.not_object == Some(ObjectKind::Person) && person()
            {
                return None;
            }
        }
    }
    // "where he met with President Xi Jinping", "talks with the rebels": the other party of a
    // meeting, when it is named, takes part in it.
    let mut actors = actors;
    if ty == EventType::Meeting && !passive && (!nominal || s.is(b, "with")) {
        let k = if s.is(b, "with") { b + 1 } else { b };
        if let Some((x, y)) = s.np_starting_at(k, hi) {
            let named = (x..y).any(|i| {
                s.ent(i)
                    .is_some_and(|e| matches!(e.label, Label::Person | Label::Organization))
            });
            let span = s.span_of(x, y);
            if named && !actors.iter().any(|x| x.span.contains(span)) {
                split_actors(s, x, y, &mut actors);
            }
        }
    }

    // "Nigeria agreed with Niger to reopen the border", "signed a deal with Beta Inc": the
    // other party of an agreement takes part in it.
    if ty == EventType::Agreement && !passive {
        if let Some((x, y)) = super::recast::agreement_partner(s, b, hi) {
            let span = s.span_of(x, y);
            if !actors.iter().any(|x| x.span.overlaps(span)) {
                split_actors(s, x, y, &mut actors);
            }
        }
    }

    let target = target(s, b, hi, ty, form, passive, subject)
        .or_else(|| inverted_passive_target(s, a, b, lo, hi, ty, form))
        .or_else(|| victim_possessor(s, a, ty).filter(|_| nominal));
    // "Ali said the convoy was attacked near Gao on Tuesday": the reported clause's date is
    // its own events', not the statement's. (Its place is kept: where the reported events
    // happened is the best guess for where the statement is about.)
    let reports_clause = ty == EventType::Statement && s.is_one_of(a, SAID) && {
        s.is(b, "that")
            || s.is_word(b)
                && !s.is_date(b)
                && !s.is_date(b + 1)
                && (s.has(b, words::SUBJECT_PRONOUN) || !s.has(b, C_FUNCTION | C_LOCATIVE))
    };
    let own_hi = if reports_clause { b } else { hi };
    // "Rebels killed 70 people on Thursday, the U.N. said": the clause before a trailing
    // attribution is the reported one; its dates are not the statement's either.
    let reports_before = ty == EventType::Statement && !nominal && {
        let c = attribution_start(s, a, lo);
        c > lo && s.is_punct(c - 1, &[',']) && reported_clause_before(s, a, lo, c - 1)
    };
    let place_hi = trailing_time_clause(s, b, hi).unwrap_or(hi);
    let (location, place_anaphor) = location(s, a, b, lo, place_hi, opener, &actors, ty, form);
    let (date, date_source) = clause_date(s, a, b, lo, own_hi, nominal, ty == EventType::Statement);
    let (mut negated, modality) = modality(s, a, b, lo, hi, opener, ty, nominal);
    let (date, date_source) = if reported_future(s, a, modality, date.as_ref()) {
        (None, None)
    } else if date.is_none() {
        let d = days_from_main_date(s, a);
        let source = d.as_ref().map(|_| EventDateSource::Clause);
        (d, source)
    } else {
        (date, date_source)
    };
    // "No group has claimed responsibility": a subject with "no" negates its verb and names
    // no actor.
    if let Subject::Phrase(x, _) = subject {
        if s.is(x, "no") || x > lo && s.is(x - 1, "no") {
            negated = true;
            actors.clear();
        }
    }
    // "the assault", "the April offensive", "Russia's hasty withdrawal", "its withdrawal".
    let definite = nominal && {
        let mut j = a;
        let mut found = false;
        while j > lo && a - j < 4 {
            let p = j - 1;
            if s.is_one_of(p, DEFINITE)
                || (s.is(p, "s") && p > 0 && s.is_punct(p - 1, &['\'', '’']))
            {
                found = true;
                break;
            }
            if !s.is_word(p) || s.is_one_of(p, INDEFINITE_OR_PREPOSITION) || walked_verb(s, p) {
                break;
            }
            j -= 1;
        }
        found
    };
    // "In New York, the council issued a condemnation of the attack": a fronted phrase places
    // the main verb's event; a definite noun refers back to an event placed before.
    let location = location.filter(|l| !(definite && in_fronted_phrase(s, l.span, a)));
    let refers = definite && refers_back(s, a, lo);
    let (location, date, date_source) = if refers {
        let own = |sp: Span| s.tokens_of(sp).0 <= b + 2 && sp.start >= span.end;
        let own_date = date.as_ref().is_some_and(|d| own(d.span));
        (
            location.filter(|l| own(l.span)),
            date.filter(|_| own_date),
            date_source.filter(|_| own_date),
        )
    } else {
        (location, date, date_source)
    };
    // "freeing fighters for offensive operations elsewhere": a bare noun trigger that modifies
    // a plural noun names a kind of event; a date before it is another event's.
    let kind_of_event = nominal
        && !definite
        && s.shape(b) == Shape::Lower
        && !s.has(b, C_FUNCTION)
        && looks_plural(s.word(b))
        && !(lo..a).any(|k| s.has(k, C_DETERMINER) && k + 3 >= a);
    let (date, date_source) =
        if kind_of_event && date.as_ref().is_some_and(|d| d.span.end <= span.start) {
            (None, None)
        } else {
            (date, date_source)
        };
    // "a reprisal for another village attack": up to three words back, within the phrase.
    let distinct = nominal
        && ((lo..a)
            .rev()
            .take(3)
            .take_while(|&p| s.is_word(p))
            .any(|p| s.is_any(p, OTHER_EVENT))
            // "a test ahead of the 2026 presidential election": an event still to come.
            || (lo..a)
                .rev()
                .take(5)
                .any(|p| p > 0 && s.is(p, "of") && s.is(p - 1, "ahead")));
    let past = match form {
        Form::Past => true,
        Form::PastParticiple | Form::Participle => {
            let before = s.skip_chain_left(a, lo);
            let aux = (lo..a).rev().take(3).find(|&i| s.has(i, words::TENSE_AUX));
            match aux {
                Some(i) => s.is_any(i, &["had", "was", "were"]),
                // "remains detained": a state, no past event to date from the narrative.
                None if a > lo && s.remain_before_participle(a - 1, a) => false,
                None => before.is_some(),
            }
        }
        _ => false,
    };
    Some(Analysis {
        ty,
        reading: reading.clone(),
        actors,
        target,
        location,
        date,
        date_source,
        negated,
        modality,
        clause: (lo, hi),
        definite,
        distinct,
        past,
        shares_subject: subject == Subject::Shared,
        pronoun_subject: subject == Subject::Pronoun,
        place_anaphor,
        sentence_place: None,
        reports_clause: reports_clause || reports_before,
        refers_back: refers,
        relative: opener.is_some_and(|o| s.has(o, words::RELATIVE)),
    })
}

fn conditions_hold(s: &SentenceView<'_>, c: &Conditions, a: usize, b: usize, hi: usize) -> bool {
    let next_words = || (b..hi).filter(|&i| s.is_word(i)).take(5);
    if !c.next.is_empty() && !next_words().any(|i| s.is_in(i, &c.next)) {
        return false;
    }
    if !c.not_next.is_empty() && next_words().any(|i| s.is_in(i, &c.not_next)) {
        return false;
    }
    let prev_words = || (a.saturating_sub(2)..a).filter(|&i| s.is_word(i));
    if !c.prev.is_empty() && !prev_words().any(|i| s.is_in(i, &c.prev)) {
        return false;
    }
    if !c.not_prev.is_empty() && prev_words().any(|i| s.is_in(i, &c.not_prev)) {
        return false;
    }
    if c.object.is_some() || c.not_object.is_some() {
        // The entity right after the trigger, past determiners and up to two capitalized
        // titles: "seized (the) Goma", "release (President) Mohamed Bazoum".
        let mut i = b;
        while i < hi && s.has(i, C_DETERMINER) {
            i += 1;
        }
        let mut titles = 0;
        while titles < 2
            && i + 1 < hi
            && s.ent_index(i).is_none()
            && s.shape(i) == Shape::Capitalized
        {
            i += 1;
            titles += 1;
        }
        let kind = s.ent(i).filter(|_| i < hi).and_then(|e| match e.label {
            Label::Location => Some(ObjectKind::Place),
            Label::Person => Some(ObjectKind::Person),
            _ => None,
        });
        if c.object.is_some() && kind != c.object || c.not_object.is_some() && kind == c.not_object
        {
            return false;
        }
    }
    true
}

/// The grammatical subject of a verb trigger.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Subject {
    /// A noun phrase: token range.
    Phrase(usize, usize),
    /// Two names, each with an apposition, joined by "and": their token ranges.
    Two((usize, usize), (usize, usize)),
    /// A pronoun (a speaker exists, but it is not named).
    Pronoun,
    /// Shared with an earlier coordinated verb.
    Shared,
    None,
}

impl Subject {
    /// Adds the subject's actors to `out` (a phrase split at its coordinations).
    fn push_actors(self, s: &SentenceView<'_>, out: &mut Vec<Argument>) {
        match self {
            Subject::Phrase(x, y) => split_actors(s, x, y, out),
            Subject::Two((x1, y1), (x2, y2)) => {
                push_arg(s, x1, y1, out);
                push_arg(s, x2, y2, out);
            }
            Subject::Pronoun | Subject::Shared | Subject::None => {}
        }
    }
}

fn subject(s: &SentenceView<'_>, a: usize, lo: usize, opener: Option<usize>) -> Subject {
    // Relative clause: "Goïta, who had seized power" -> the antecedent.
    let limit = opener.map_or(lo, |o| o + 1);
    // "Russia threatened to withdraw", "the troops were ordered to leave": the infinitive of a
    // control verb has that verb's subject ("the decision to withdraw" has none).
    if a >= limit + 2 && s.is(a - 1, "to") && is_control_verb(s, a - 2) {
        return subject(s, a - 2, lo, opener);
    }
    // "The Allied Democratic Forces (ADF) killed": the name before a parenthetical acronym.
    let end = s
        .skip_chain_left(a, limit)
        .map(|e| s.before_parenthetical(e, limit).unwrap_or(e));
    // "Thiam, who lives in exile, rejected": the antecedent of the closed relative clause.
    if end.is_none() && opener.is_none() && lo >= 1 {
        if let Some((x, y)) = s
            .closed_relative(lo - 1)
            .and_then(|o| relative_antecedent(s, o, |_, _| false))
        {
            return Subject::Phrase(x, y);
        }
    }
    // "dissolved the government after ousting the president": a gerund after a preposition
    // has the main clause's subject.
    if let Some(p) = end.filter(|&p| {
        s.word(a).ends_with("ing") && s.shape(p) == Shape::Lower && s.is_any(p, GERUND_PREPOSITIONS)
    }) {
        // The phrase that opens the clause, up to its first preposition: a name ("Vladimir
        // Putin suggested ... after meeting") or a determiner's phrase ("The junta in Guinea
        // dissolved ... after ousting"); none after a reporting verb ("Officials say the man
        // fell ill after ...").
        let reported = (lo..p).any(|i| s.has(i, C_REPORTING));
        if let Some((x, y)) = s.np_starting_at(lo, p).filter(|_| !reported) {
            let name = (x..y).find_map(|i| {
                s.ent(i)
                    .filter(|e| matches!(e.label, Label::Person | Label::Organization))
            });
            if let Some(e) = name {
                let (ex, ey) = s.tokens_of(e.span);
                return Subject::Phrase(ex.min(x), ey);
            }
            // (One noun, or a number and a plural: "the junta", "the six insurgents"; "the
            // envoy spoke" has its verb in the phrase.)
            let short = y == x + 1 || y == x + 2 && s.word(y - 1).ends_with('s');
            if s.has(lo, C_DETERMINER) && short && !(x..y).any(|i| is_lower_ed(s, i)) {
                return Subject::Phrase(x, y);
            }
        }
    }
    // "Russia denied attacking civilians": a gerund right after a verb has that verb's
    // subject.
    if let Some(v) =
        end.filter(|&v| v > limit && s.word(a).ends_with("ing") && s.is_any(v, DENY) && v + 1 == a)
    {
        if let Some(e) = s.skip_chain_left(v, limit) {
            if let Some((x, y)) = s.np_ending_at(e, limit) {
                return Subject::Phrase(x, y);
            }
        }
    }
    let Some(end) = end else {
        if let Some(o) = opener {
            if s.has(o, words::RELATIVE) && o > 0 {
                // "an air strike near Jilib that killed": not the place (and the phrase it
                // hangs on is too far to tell); "the attack on a city hall that killed": not
                // the target.
                let not_agent = |x: usize, y: usize| {
                    let p = if x > 0 && s.has(x - 1, C_DETERMINER) {
                        x - 1
                    } else {
                        x
                    };
                    p > 0 && s.is_any(p - 1, &["on", "against"]) || is_place_in_pp(s, x, y, 0)
                };
                return match relative_antecedent(s, o, not_agent) {
                    Some((x, y)) => Subject::Phrase(x, y),
                    None => Subject::None,
                };
            }
        }
        return Subject::None;
    };
    if s.has(end, words::SUBJECT_PRONOUN) {
        return Subject::Pronoun;
    }
    if s.is_punct(end, &[',']) && end > limit {
        // "Russia's consul in Cape Town, Ruslan Golubovsky, outlined": an apposition (the
        // whole phrase between the commas, past a determiner; "The group, referring to
        // itself as the Liberation Front, said" names no speaker there), also before an
        // acronym ("the group's branch, the al-Qaeda in the Islamic Maghreb (AQIM), said").
        let last = s.before_parenthetical(end - 1, limit).unwrap_or(end - 1);
        if let Some(e) = s.ent(last) {
            if matches!(e.label, Label::Person | Label::Organization) {
                let (x, y) = s.tokens_of(e.span);
                let mut p = x;
                if p > limit && s.has(p - 1, C_DETERMINER) {
                    p -= 1;
                }
                // "Sudan's army chief, General Abdel Fattah al-Burhan, visited": past a title.
                if e.label == Label::Person {
                    while p > limit
                        && x - p < 4
                        && (s.shape(p - 1) == Shape::Capitalized || s.is_punct(p - 1, &['.']))
                    {
                        p -= 1;
                    }
                }
                if p <= limit || s.is_punct(p - 1, &[',']) {
                    return Subject::Phrase(x, y);
                }
            }
        }
    }
    if s.is_punct(end, &[',']) && end > limit {
        // "Sen. Marco Rubio, R-Fla., said", "Ahmed Ali, a spokesman for the army, said": the
        // name that opens the clause, before an apposition.
        if let Some(h) = apposition_head(s, end, limit) {
            return Subject::Phrase(h.0, h.1);
        }
        // "Deng, chief negotiator of the government, and Gen. Gai, head of the rebel
        // delegation, signed": two such names joined by "and".
        if let Some((first, second)) = coordinated_appositions(s, end, limit) {
            return Subject::Two(first, second);
        }
    }
    if s.is_conjunction(end) {
        return Subject::Shared;
    }
    match s.np_ending_at(end, limit) {
        Some((x, y)) if is_place_in_pp(s, x, y, limit) => match head_before_places(s, x, limit) {
            Some((hx, _)) if object_before_gerund(s, a, hx, limit) => Subject::Shared,
            Some((hx, hy)) => Subject::Phrase(hx, hy),
            None => Subject::None,
        },
        Some((x, y)) => {
            if let Some(h) =
                head_before_modifier_pp(s, x, limit).filter(|_| !s.word(a).ends_with("ing"))
            {
                return Subject::Phrase(h.0, h.1);
            }
            if object_before_gerund(s, a, x, limit) {
                return Subject::Shared;
            }
            // "A journalist covering the withdrawal noted": skip a reduced relative.
            let mut g = x;
            if g > limit && s.has(g - 1, C_DETERMINER) {
                g -= 1;
            }
            if g > limit + 1 && s.word(g - 1).ends_with("ing") && s.shape(g - 1) == Shape::Lower {
                if let Some((x2, y2)) = s.np_ending_at(g - 2, limit) {
                    return Subject::Phrase(x2, y2);
                }
            }
            // (A phrase that opens the clause.)
            if let Some(h) = head_before_of(s, g, x, y, limit)
                .filter(|h| h.0 == limit || h.0 == limit + 1 && s.has(limit, C_DETERMINER))
            {
                return Subject::Phrase(h.0, h.1);
            }
            // "the rebels of the NSF": the head before an "of" phrase is the second conjunct's
            // when "and" comes before it.
            let (g, x) = of_phrase_head(s, g, limit).unwrap_or((g, x));
            // "Chad's government and the rebels signed": a coordination that opens the clause
            // (its second phrase has a determiner).
            if g > limit + 1 && g < x && s.is(g - 1, "and") {
                if let Some((x0, _)) = s.np_ending_at(g - 2, limit) {
                    let opens = x0 == limit || x0 == limit + 1 && s.has(limit, C_DETERMINER);
                    // (A noun phrase, not a clause: "Rebels attack villages and the army
                    // responded"; at most two lower-case words, a plural only as the head.)
                    let possessive =
                        |k: usize| s.is(k, "s") && k > 0 && s.is_punct(k - 1, &['\'', '’']);
                    let lower =
                        (x0..g - 1).filter(|&k| s.shape(k) == Shape::Lower && !possessive(k));
                    let words_ok = lower.clone().count() <= 2
                        && lower.clone().all(|k| {
                            !is_lower_ed(s, k) && (k + 2 == g || !s.word(k).ends_with('s'))
                        });
                    if opens && words_ok {
                        return Subject::Phrase(x0, y);
                    }
                }
            }
            let (x, y) = name_after_common_noun(s, x, y).unwrap_or((x, y));
            Subject::Phrase(x, y)
        }
        None => Subject::None,
    }
}

/// The antecedent of the relative pronoun at `o` ("Goïta, who had seized power"): the name
/// before an apposition the relative clause follows ("Jean Mensa, the head of the
/// commission, who announced the results, said"), else the phrase before the pronoun, or
/// before a comma the head before its "of" phrase ([`head_before_of`]: "Relatives of the
/// victims, who ...").
/// `None` when that phrase is no agent (`not_agent`).
fn relative_antecedent(
    s: &SentenceView<'_>,
    o: usize,
    not_agent: impl Fn(usize, usize) -> bool,
) -> Option<(usize, usize)> {
    let comma = o >= 2 && s.is_punct(o - 1, &[',']);
    if comma {
        if let Some(h) = apposition_head(s, o - 1, s.dateline_end()) {
            return Some(h);
        }
    }
    let k = if comma { o - 2 } else { o.checked_sub(1)? };
    let (x, y) = s.np_ending_at(k, 0)?;
    if not_agent(x, y) {
        return None;
    }
    let g = if x > 0 && s.has(x - 1, C_DETERMINER) {
        x - 1
    } else {
        x
    };
    Some(
        head_before_of(s, g, x, y, 0)
            .filter(|_| comma)
            .unwrap_or((x, y)),
    )
}

/// The name that ends the phrase `[x, y)` after a lower-case common noun, no role word: the
/// noun belongs to another phrase, which the name follows as a reduced relative clause ("a
/// factory town Russia captured", "advances Moscow has claimed") or an apposition ("the head
/// of the Donetsk region Vadym Filashkin said"). A role or title stays on the name ("state
/// prosecutor Claudia Contreras").
fn name_after_common_noun(s: &SentenceView<'_>, x: usize, y: usize) -> Option<(usize, usize)> {
    let e = s.ent(y.checked_sub(1)?).filter(|e| {
        matches!(
            e.label,
            Label::Person | Label::Organization | Label::Location
        )
    })?;
    let (ex, ey) = s.tokens_of(e.span);
    if ey != y || ex <= x {
        return None;
    }
    let k = ex - 1;
    let noun = s.shape(k) == Shape::Lower
        && s.ent_index(k).is_none()
        && s.word(k).len() > 2
        && !s.is_conjunction(k)
        && !is_lower_ed(s, k)
        && !s.word(k).ends_with("ing")
        && !s.has(
            k,
            C_DETERMINER | C_FUNCTION | words::ROLE | words::ROLE_PLURAL | words::ROLE_INITIAL,
        );
    noun.then_some((ex, ey))
}

/// Whether the phrase starting at `x` before the -ing trigger at `a` is the object of an
/// earlier verb ("stormed the base in southern Somalia killing 80 soldiers", also an irregular
/// past: "overran the base ... killing"): then the -ing verb shares that verb's subject. The
/// verb is a lower-case word right before the phrase that is no function word, adverb or
/// -ing word.
fn object_before_gerund(s: &SentenceView<'_>, a: usize, x: usize, limit: usize) -> bool {
    let mut g = x;
    if g > limit && s.has(g - 1, C_DETERMINER) {
        g -= 1;
    }
    s.word(a).ends_with("ing")
        && g > limit + 1
        && s.shape(g - 1) == Shape::Lower
        && !s.has(g - 1, C_FUNCTION | C_DETERMINER)
        && !s.is_adverb(g - 1)
        && !s.word(g - 1).ends_with("ing")
}

/// The longest apposition between a clause-opening name and its verb.
const APPOSITION_TOKENS: usize = 18;

/// When the comma at `end` closes an apposition to a name that opens the clause ("Marco
/// Rubio, R-Fla., said", "Ahmed Ali, a spokesman for the army, said", "Moussa Traore, 45,
/// said"), that name's tokens. The name is a person or organization entity that ends right
/// before the apposition's opening comma and has at most a title ("Sen.", "Gen.") before it,
/// or else the head of the noun phrase that opens the clause ("A medical official in the
/// capital, Mogadishu, says" -> "medical official").
fn apposition_head(s: &SentenceView<'_>, end: usize, limit: usize) -> Option<(usize, usize)> {
    let c = apposition_comma(s, end, limit)?;
    // "The Allied Democratic Forces (ADF), an Islamist group, said": the name before the
    // acronym.
    let n = s.before_parenthetical(c - 1, limit).map_or(c, |k| k + 1);
    let (x, y) = match s
        .ent(n - 1)
        .filter(|e| matches!(e.label, Label::Person | Label::Organization))
    {
        Some(e) => s.tokens_of(e.span),
        // "Reporters without Borders, a press watchdog, says": a capitalized name that the
        // entity layer does not know opens the clause.
        None if unknown_name(s, limit, n) => {
            let x = if s.has(limit, C_DETERMINER) {
                limit + 1
            } else {
                limit
            };
            return Some((x, n));
        }
        // "A medical official in the capital, Mogadishu, says": the phrase that opens the
        // clause, to its head.
        None => {
            let (x, y) = s.np_ending_at(n - 1, limit)?;
            let head = if is_place_in_pp(s, x, y, limit) {
                head_before_places(s, x, limit)
            } else {
                head_before_modifier_pp(s, x, limit)
            };
            let (hx, hy) = head.unwrap_or((x, y));
            let start = if hx > limit && s.has(hx - 1, C_DETERMINER) {
                hx - 1
            } else {
                hx
            };
            return (start == limit && !(hx..hy).any(|i| is_lower_ed(s, i))).then_some((hx, hy));
        }
    };
    if y != n {
        return None;
    }
    // Only a title or a determiner before the name.
    let lead_ok = x >= limit
        && x - limit <= 3
        && (limit..x).all(|i| {
            s.has(i, C_DETERMINER)
                || s.is_punct(i, &['.'])
                || matches!(s.shape(i), Shape::Capitalized | Shape::AllCaps)
        });
    lead_ok.then_some((x, y))
}

/// The comma that opens the apposition which the comma at `end` closes: the nearest comma
/// before it, at most [`APPOSITION_TOKENS`] back, with no clause punctuation between and at
/// least one token inside. A relative pronoun may be inside, after the apposition's head ("X,
/// a former officer who now runs a gang, claimed"), not right after the comma (", who").
fn apposition_comma(s: &SentenceView<'_>, end: usize, limit: usize) -> Option<usize> {
    let mut c = end;
    let mut relative = None;
    loop {
        if c <= limit + 1 || end - c >= APPOSITION_TOKENS {
            return None;
        }
        c -= 1;
        if s.has(c, words::CLAUSE_PUNCT) {
            return None;
        }
        if s.has(c, words::RELATIVE) {
            relative = Some(c);
        }
        if s.is_punct(c, &[',']) {
            break;
        }
    }
    (c + 1 < end && relative.is_none_or(|r| r > c + 2)).then_some(c)
}

/// When the comma at `end` closes the apposition of a person or organization name that
/// follows ", and" (past up to three title tokens: "Gen."), and the comma before "and" closes
/// the apposition of the name that opens the clause ([`apposition_head`]): both names.
/// "Deng, chief negotiator of the government, and Gen. Gai, head of the delegation, signed".
fn coordinated_appositions(
    s: &SentenceView<'_>,
    end: usize,
    limit: usize,
) -> Option<((usize, usize), (usize, usize))> {
    let c = apposition_comma(s, end, limit)?;
    let e = s
        .ent(c - 1)
        .filter(|e| matches!(e.label, Label::Person | Label::Organization))?;
    let (x, y) = s.tokens_of(e.span);
    if y != c {
        return None;
    }
    let mut k = x;
    while k > limit
        && x - k < 3
        && (s.is_punct(k - 1, &['.']) || s.shape(k - 1) == Shape::Capitalized)
    {
        k -= 1;
    }
    if k < limit + 3 || !s.is(k - 1, "and") || !s.is_punct(k - 2, &[',']) {
        return None;
    }
    let first = apposition_head(s, k - 2, limit)?;
    Some((first, (x, y)))
}

/// The head noun before the "of" phrase `[x, y)` (its determiner at `g`), which acts for it:
/// "Residents of the town said" -> "Residents", "An alliance of armed groups said" ->
/// "alliance". Not a quantity or a collective ("hundreds of people", "a group of gunmen", "a
/// wave of attacks"), nor a role, whose institution is the actor ("the head of the army"),
/// and not before a person or organization ("the leader of Hamas"), nor before a name after a
/// common noun ("the head of the Karsk region Ivan Morel").
fn head_before_of(
    s: &SentenceView<'_>,
    g: usize,
    x: usize,
    y: usize,
    limit: usize,
) -> Option<(usize, usize)> {
    if g < limit + 2 || !s.is(g - 1, "of") || s.ent_index(g - 1).is_some() {
        return None;
    }
    let named = (x..y).any(|i| {
        s.ent(i)
            .is_some_and(|e| matches!(e.label, Label::Person | Label::Organization))
    });
    if named || name_after_common_noun(s, x, y).is_some() {
        return None;
    }
    let (hx, hy) = s.np_ending_at(g - 2, limit)?;
    let h = hy - 1;
    let plain = matches!(s.shape(h), Shape::Lower | Shape::Capitalized)
        && s.ent_index(h).is_none()
        && !s.has(
            h,
            words::QUANTIFIER | C_FUNCTION | words::ROLE | words::ROLE_PLURAL,
        )
        && !s.is_any(h, COLLECTIVES)
        && !(hx..hy).any(|i| is_lower_ed(s, i) || s.shape(i) == Shape::Number);
    plain.then_some((hx, hy))
}

/// Nouns of a collection or series, whose "of" phrase names what acts ("a wave of attacks").
const COLLECTIVES: &[&str] = &[
    "wave", "series", "spate", "string", "round", "kind", "type", "lot", "couple", "pair",
    "handful", "total", "band", "crowd", "team", "host", "body", "bodies", "number", "unit",
];

/// "X and the rebels of the NSF": when the phrase whose first token (or determiner) is `g`
/// follows an "of" whose head noun phrase follows "and", that head's start (its determiner
/// included) and first token.
fn of_phrase_head(s: &SentenceView<'_>, g: usize, limit: usize) -> Option<(usize, usize)> {
    if g < limit + 3 || !s.is(g - 1, "of") {
        return None;
    }
    let (hx, _) = s.np_ending_at(g - 2, limit)?;
    let mut h = hx;
    if h > limit && s.has(h - 1, C_DETERMINER) {
        h -= 1;
    }
    (h > limit + 1 && s.is(h - 1, "and")).then_some((h, hx))
}

/// Prefixes that make a verb of the word after their hyphen ("re-elected", "co-signed").
const VERB_PREFIXES: &[&str] = &[
    "re", "co", "pre", "counter", "mis", "un", "de", "over", "out",
];

/// Prefixes that make a modifier of stance of the event noun after their hyphen ("anti-coup").
const STANCE_PREFIXES: &[&str] = &["anti", "pro"];

/// Whether the trigger at `span` is joined by a hyphen to a stance prefix ("anti-coup
/// fighter"), or, as an -ing/-ed word, to a word before it which is no verb prefix
/// ("long-ruling", "Saudi-led"; not "re-elected").
fn is_joined_compound(text: &str, span: Span) -> bool {
    let word = text.get(span.range()).unwrap_or_default();
    let Some(before) = text.get(..span.start).and_then(|t| t.strip_suffix('-')) else {
        return false;
    };
    // (Past the whole separator: it may be a multi-byte character.)
    let prefix_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_alphanumeric())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let prefix = &before[prefix_start..];
    // "an anti-coup fighter", "pro-war rallies": a stance toward the event, not the event.
    if STANCE_PREFIXES
        .iter()
        .any(|p| p.eq_ignore_ascii_case(prefix))
    {
        return true;
    }
    let first = word.split(' ').next().unwrap_or_default();
    if !(first.ends_with("ing") || first.ends_with("ed")) {
        return false;
    }
    !prefix.is_empty() && !VERB_PREFIXES.iter().any(|p| p.eq_ignore_ascii_case(prefix))
}

/// Lower-case words of a title-case headline.
const TITLE_LOWER: &[&str] = &[
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "and", "or", "as", "by", "with",
    "over", "after", "amid", "into", "near", "vs",
];

/// The longest headline, in tokens.
const TITLE_TOKENS: usize = 20;

/// Whether the sentence is a title-case headline: no final period, at least three
/// capitalized words, and no lower-case word but short function words.
fn is_title_line(s: &SentenceView<'_>) -> bool {
    let n = s.len();
    if !(3..=TITLE_TOKENS).contains(&n) || s.is_punct(n - 1, &['.']) {
        return false;
    }
    let mut capitals = 0;
    for i in 0..n {
        match s.shape(i) {
            Shape::Capitalized | Shape::AllCaps => capitals += 1,
            Shape::Lower if !s.is_any(i, TITLE_LOWER) => return false,
            _ => {}
        }
    }
    capitals >= 3
}

/// Lower-case words inside an organization's name ("Reporters without Borders", "Committee
/// to Protect Journalists").
const NAME_CONNECTIVES: &[&str] = &["of", "for", "without", "to", "and", "the", "on", "in"];

/// The longest unknown name taken as a speaker.
const UNKNOWN_NAME_TOKENS: usize = 7;

/// Whether tokens `[x, y)` are a capitalized name that no entity covers: capitalized words
/// (at least two), with lower-case connectives inside, and a determiner at most before it.
fn unknown_name(s: &SentenceView<'_>, x: usize, y: usize) -> bool {
    let x = if x < y && s.has(x, C_DETERMINER) {
        x + 1
    } else {
        x
    };
    if y <= x + 1 || y - x > UNKNOWN_NAME_TOKENS {
        return false;
    }
    let cap = |i: usize| matches!(s.shape(i), Shape::Capitalized | Shape::AllCaps);
    let mut capitals = 0;
    for i in x..y {
        if s.ent_index(i).is_some() {
            return false;
        }
        if cap(i) {
            capitals += 1;
        } else if !(s.shape(i) == Shape::Lower && s.is_any(i, NAME_CONNECTIVES)) {
            return false;
        }
    }
    capitals >= 2 && cap(x) && cap(y - 1)
}

/// Copulas before a hypothetical adjective ("an offensive was imminent").
const COPULAS: &[&str] = &[
    "is", "was", "were", "are", "seemed", "seems", "looked", "looks",
];

/// Present forms of verbs whose subject is their infinitive's ("wants to withdraw"); their
/// past forms are any lower-case "-ed" word ("threatened", "agreed", "refused").
const CONTROL_VERBS: &[&str] = &[
    "wants",
    "want",
    "plans",
    "plan",
    "intends",
    "intend",
    "hopes",
    "hope",
    "promises",
    "promise",
    "threatens",
    "threaten",
    "vows",
    "vow",
    "agrees",
    "agree",
    "decides",
    "decide",
    "refuses",
    "refuse",
    "seeks",
    "seek",
    "aims",
    "aim",
    "tries",
    "try",
];

/// Whether token `i` is a verb whose subject is the subject of the infinitive after it.
fn is_control_verb(s: &SentenceView<'_>, i: usize) -> bool {
    s.shape(i) == Shape::Lower && (s.word(i).ends_with("ed") || s.is_any(i, CONTROL_VERBS))
}

/// Verbs that deny the gerund after them ("denied attacking").
const DENY: &[&str] = &["denied", "denies", "deny", "denying"];

/// Prepositions before a gerund whose subject is the main clause's ("after ousting").
const GERUND_PREPOSITIONS: &[&str] = &["after", "before", "while", "by", "since", "without"];

/// Verbs whose object noun names the event they carry out: "launched attacks", "staged a
/// protest", "began peace talks", "started their withdrawal", "resumed talks".
const LIGHT_VERBS: &[&str] = &[
    "launch",
    "launches",
    "launched",
    "launching",
    "stage",
    "stages",
    "staged",
    "staging",
    "mount",
    "mounts",
    "mounted",
    "mounting",
    "conduct",
    "conducts",
    "conducted",
    "conducting",
    "wage",
    "waged",
    "waging",
    "begin",
    "begins",
    "began",
    "begun",
    "hold",
    "holds",
    "held",
    "holding",
    "complete",
    "completes",
    "completed",
    "completing",
    "announce",
    "announces",
    "announced",
    "announcing",
    "order",
    "orders",
    "ordered",
    "ordering",
    "start",
    "starts",
    "started",
    "starting",
    "resume",
    "resumes",
    "resumed",
    "resuming",
];

/// The light verb whose object is the event noun at `a` (past a determiner and a few
/// modifiers, "and" between them, "one of"): "six gunmen launched multiple suicide attacks" -> "launched"; also "carried
/// out" ("carried out an air strike" -> "carried").
fn light_verb_before(s: &SentenceView<'_>, a: usize, lo: usize) -> Option<usize> {
    let mut j = a;
    let mut skipped = 0;
    while j > lo && skipped < 8 {
        let p = j - 1;
        if s.has(p, words::LIGHT_VERB) {
            return Some(p);
        }
        if s.is(p, "out") && p > lo && s.is_any(p - 1, &["carry", "carries", "carried", "carrying"])
        {
            return Some(p - 1);
        }
        // "placed the president under house arrest": the verb before the object.
        if s.is(p, "under") && skipped == 0 {
            let verb = (lo..p)
                .rev()
                .take(6)
                .take_while(|&k| !s.is_punct(k, &[',', ';']))
                .find(|&k| s.is_any(k, PLACING_VERBS));
            if verb.is_some() {
                return verb;
            }
        }
        // ('launched its "final assault"': past scare quotes, which count as no word.)
        if s.is_scare_quote(p) {
            j = p;
            continue;
        }
        let modifier = s.has(p, C_DETERMINER)
            || s.shape(p) == Shape::Number
            || s.shape(p) == Shape::Lower && !s.has(p, words::FUNCTION)
            // "drone and missile attacks".
            || s.is(p, "and") && p > lo && s.shape(p - 1) == Shape::Lower && skipped > 0
            // "launched one of its largest attacks", "a wave of attacks".
            || s.is(p, "of") && p > lo && (s.is(p - 1, "one") || s.is_any(p - 1, COLLECTIVES));
        if !modifier {
            return None;
        }
        j = p;
        skipped += 1;
    }
    None
}

/// Verbs that put someone under a state ("placed X under house arrest").
const PLACING_VERBS: &[&str] = &[
    "place", "placed", "places", "placing", "put", "puts", "putting", "keep", "kept", "keeps",
];

/// Whether the "by" at `i` gives a means, not an agent: "approved by a vote of 10 to 1", "by
/// decree", "by phone", "by force" (with a determiner "force" is an agent: "by the joint
/// force").
fn is_by_means(s: &SentenceView<'_>, i: usize) -> bool {
    let j = if s.has(i + 1, C_DETERMINER) {
        i + 2
    } else {
        i + 1
    };
    // ("by a razor-thin margin": past up to three lower-case modifier tokens.)
    let mut k = j;
    while k < j + 3
        && !s.is_any(k, BY_MEANS)
        && (s.shape(k) == Shape::Lower && !s.has(k, C_FUNCTION) || s.is_punct(k, &['-']))
    {
        k += 1;
    }
    // ("by force", "by military force" is a means; "by the powerful force" an agent.)
    s.is_any(k, BY_MEANS) && !(j > i + 1 && s.is(k, "force"))
}

/// Nouns of a means after "by" ([`is_by_means`]).
const BY_MEANS: &[&str] = &[
    "vote",
    "margin",
    "majority",
    "decree",
    "phone",
    "telephone",
    "email",
    "video",
    "force",
    "means",
    "show",
    "end",
    "mistake",
    "accident",
    "air",
    "road",
    "sea",
    "land",
    "hand",
];

/// Whether tokens `[x, y)` are a place after a preposition ("in Kordofan", "in the Sagaing
/// region"): a place inside a prepositional phrase, which is no subject.
fn is_place_in_pp(s: &SentenceView<'_>, x: usize, y: usize, limit: usize) -> bool {
    let mut p = x;
    if p > limit && s.has(p - 1, C_DETERMINER) {
        p -= 1;
    }
    // "in eastern Congo": adjectives before the place.
    let x0 = x;
    let mut x = x;
    while x + 1 < y
        && x < x0 + 2
        && s.shape(x) == Shape::Lower
        && s.ent_index(x).is_none()
        && !s.word(x).ends_with('s')
    {
        x += 1;
    }
    p > limit
        && s.has(p - 1, C_LOCATIVE)
        && s.ent(x).is_some_and(|e| {
            let (ex, ey) = s.tokens_of(e.span);
            e.label == Label::Location
                && ex == x
                && ey <= y
                && (ey..y).all(|i| s.shape(i) == Shape::Lower)
        })
}

/// The noun phrase that the prepositional phrases ending with a place (starting at `x`) hang
/// on: "an air strike on a market in Kordofan" -> "air strike", also past a "for" or "over"
/// phrase they end ("the fighting for control of Khartoum" -> "fighting"). `None` when there
/// is none.
fn head_before_places(s: &SentenceView<'_>, x: usize, limit: usize) -> Option<(usize, usize)> {
    let mut head = None;
    let mut at = x;
    for _ in 0..3 {
        let mut p = at;
        if p > limit && s.has(p - 1, C_DETERMINER) {
            p -= 1;
        }
        if p < limit + 2
            || !(s.has(p - 1, C_LOCATIVE) || head.is_some() && s.is_any(p - 1, &["for", "over"]))
        {
            break;
        }
        match s.np_ending_at(p - 2, limit) {
            Some(h) => {
                head = Some(h);
                at = h.0;
            }
            None => break,
        }
    }
    head
}

/// The subject before a "with", "in", "on", "against", "near" or "from" phrase that
/// describes it ("Delegations from Turkey, Qatar and Sudan met" -> "Delegations"),
/// when the noun phrase starting at `x` ends that phrase: "Militants armed with guns,
/// grenades and rockets attacked" -> "Militants"; "police in riot gear occupied" -> "police";
/// "a military airstrike on a village killed" -> "military airstrike".
fn head_before_modifier_pp(s: &SentenceView<'_>, x: usize, limit: usize) -> Option<(usize, usize)> {
    let mut p = x;
    // Back over the earlier items of a list: "guns, grenades and rockets" (a list has an
    // "and" in its last item's phrase; a date before a comma is a fronted phrase's).
    let list = || {
        (x..s.len().min(x + 6))
            .take_while(|&i| s.in_np(i) || s.is(i, "and"))
            .any(|i| s.is(i, "and"))
    };
    // (", and Z": the list's last item after a serial comma.)
    let serial = p > limit + 2 && s.is(p - 1, "and") && s.is_punct(p - 2, &[',']);
    if serial {
        p -= 1;
    }
    let walks = if p > limit + 1 && s.is_punct(p - 1, &[',']) && (serial || list()) {
        4
    } else {
        0
    };
    for _ in 0..walks {
        if p > limit + 1 && s.is_punct(p - 1, &[',']) {
            // (Items of a list, not a clause before the comma: "... killed eight civilians,
            // residents said".)
            match s.np_ending_at(p - 2, limit) {
                Some((x2, _)) if x2 < p - 1 && !(x2..p - 1).any(|i| is_lower_ed(s, i)) => {
                    p = x2;
                    // ("from Qatar, the United States, and Egypt": an item's determiner.)
                    if p > limit + 1 && s.has(p - 1, C_DETERMINER) && s.is_punct(p - 2, &[',']) {
                        p -= 1;
                    }
                }
                _ => break,
            }
        } else {
            break;
        }
    }
    if p > limit && s.has(p - 1, C_DETERMINER) {
        p -= 1;
    }
    if p < limit + 2 || !s.is_any(p - 1, &["with", "in", "on", "against", "near", "from"]) {
        return None;
    }
    let mut k = p - 2;
    // "armed with", "equipped with", "dressed in": a participle between.
    if s.shape(k) == Shape::Lower && s.word(k).ends_with("ed") && k > limit {
        k -= 1;
    }
    // The head is a plain noun phrase: no verb inside ("five others received injuries").
    s.np_ending_at(k, limit).filter(|&(hx, _)| {
        !is_place_in_pp(s, hx, k + 1, limit) && !(hx + 1..=k).any(|i| is_lower_ed(s, i))
    })
}

/// A lower-case word ending in "-ed" (a past verb or participle, roughly).
fn is_lower_ed(s: &SentenceView<'_>, i: usize) -> bool {
    s.shape(i) == Shape::Lower && s.word(i).ends_with("ed")
}

/// Splits a coordinated noun phrase into arguments: "Malian troops and Wagner mercenaries" is
/// two; "Jihadist and Tuareg separatist forces" is one.
fn split_actors(s: &SentenceView<'_>, x: usize, y: usize, out: &mut Vec<Argument>) {
    let mut start = x;
    let mut i = x;
    while i < y {
        // ("Movement for Unity and Jihad": not inside one name.)
        let in_name = i > x && s.ent_index(i).is_some() && s.ent_index(i - 1) == s.ent_index(i);
        if (s.is(i, "and") || s.is_punct(i, &[','])) && i > start && !in_name {
            let last = i - 1;
            // "the government and the rebels": a determiner starts another phrase.
            if s.is(i, "and") && s.has(i + 1, C_DETERMINER) && s.shape(last) != Shape::Punct {
                push_arg(s, start, i, out);
                start = i + 1;
                i += 1;
                continue;
            }
            let noun_like = s.ent(last).is_some_and(|e| {
                matches!(
                    e.label,
                    Label::Person | Label::Organization | Label::Location
                )
            }) || (s.shape(last) == Shape::Lower
                && s.word(last).len() > 3
                && s.word(last).ends_with('s'));
            if noun_like {
                push_arg(s, start, i, out);
                start = i + 1;
            }
        }
        i += 1;
    }
    push_arg(s, start, y, out);
}

fn push_arg(s: &SentenceView<'_>, x: usize, y: usize, out: &mut Vec<Argument>) {
    out.extend(argument(s, x, y));
}

/// Tokens `[x, y)` as an argument, without leading punctuation, determiners and "and" or
/// trailing punctuation; `None` when what is left is empty, a time expression or an adverb.
pub(super) fn argument(s: &SentenceView<'_>, mut x: usize, mut y: usize) -> Option<Argument> {
    while x < y && (s.shape(x) == Shape::Punct || s.has(x, C_DETERMINER) || s.is(x, "and")) {
        x += 1;
    }
    while y > x && s.shape(y - 1) == Shape::Punct {
        y -= 1;
    }
    // A time expression is no actor: "the deployment of monitors by the end of the year".
    if x >= y || s.ent(x).is_some_and(|e| e.label.is_temporal()) {
        return None;
    }
    // An adverb is no actor: "who earlier had met".
    if y == x + 1
        && (s.is_adverb(x)
            || s.is_any(
                x,
                &[
                    "earlier",
                    "later",
                    "then",
                    "now",
                    "again",
                    "already",
                    "also",
                    "still",
                    "soon",
                    "once",
                    "meanwhile",
                ],
            ))
    {
        return None;
    }
    let span = s.span_of(x, y);
    let label = (x..y)
        .rev()
        .filter_map(|i| s.ent(i))
        .find(|e| span.contains(e.span))
        .map(|e| e.label)
        .filter(|l| !l.is_temporal());
    Some(Argument {
        span,
        label,
        inferred: false,
    })
}

fn is_passive(s: &SentenceView<'_>, a: usize, b: usize, lo: usize) -> bool {
    let mut j = a;
    while j > lo && (s.is_adverb(j - 1) || s.is_one_of(j - 1, NEGATION_OR_ADVERB)) {
        j -= 1;
    }
    if j > lo && (s.has(j - 1, words::PASSIVE_AUX) || s.remain_before_participle(j - 1, a)) {
        return true;
    }
    // "wasn't released", "weren't told".
    if j > lo {
        let w = s.word(j - 1);
        let stem = w
            .strip_suffix("n't")
            .or_else(|| w.strip_suffix("n’t"))
            .unwrap_or_default();
        if ["was", "were", "is", "are"]
            .iter()
            .any(|p| p.eq_ignore_ascii_case(stem))
        {
            return true;
        }
    }
    // Reduced relative: "300 men executed by troops".
    s.is(b, "by") && !(j > lo && s.is_one_of(j - 1, PERFECT_AUX)) || headline_passive(s, a, b)
}

/// A headline's passive without its auxiliary: a count that opens the sentence, with at most
/// two lower-case words after it, before the participle at `a` and no object after it ("11
/// arrested over links to bombing", "12 people killed in attack"): the count is the target.
fn headline_passive(s: &SentenceView<'_>, a: usize, b: usize) -> bool {
    let start = s.dateline_end();
    s.shape(start) == Shape::Number
        && a > start
        && a - start <= 3
        && (start + 1..a).all(|k| s.shape(k) == Shape::Lower && !s.has(k, C_FUNCTION))
        && (b >= s.len() || s.has(b, C_FUNCTION) && !s.has(b, C_DETERMINER))
}

fn verbal_actors(
    s: &SentenceView<'_>,
    a: usize,
    b: usize,
    hi: usize,
    form: Form,
    subject: &Subject,
    statement: bool,
) -> Vec<Argument> {
    let mut out = Vec::new();
    if form.participle() && is_passive(s, a, b, 0) {
        if let Some(by) = (b..hi.min(b + 4)).find(|&i| s.is(i, "by") && !is_by_means(s, i)) {
            if let Some((x, y)) = s.np_starting_at(by + 1, hi) {
                split_actors(s, x, y, &mut out);
            }
        }
        return out;
    }
    subject.push_actors(s, &mut out);
    // Quote-final speaker: "..., said Angers." / "said the spokesman". Not the subject of a
    // reported clause: "..., said a full withdrawal would be a mistake".
    // (Not after a gerund or before an infinitive: ", warning residents to leave" names
    // whom the speaker addressed.)
    // ("X, Y, told state television": "told" names its addressee after it.)
    // (Not after a prepositional verb: "calls for help" names what is called for.)
    if statement
        && out.is_empty()
        && b == a + 1
        && form != Form::Gerund
        && !s.is_any(a, &["told", "tells", "tell"])
        && quote_final_slot(s, a, *subject)
    {
        if let Some((x, y)) = s
            .np_starting_at(b, s.len())
            .filter(|&(_, y)| !s.is(y, "to"))
        {
            let clause_follows = (y..s.len().min(y + 5))
                .take_while(|&i| s.shape(i) != Shape::Punct)
                .any(|i| s.has(i, C_CHAIN) && !s.is_adverb(i) || s.is(i, "that"));
            // A speaker is a name ("said Ali Traore"), or a short phrase that ends the clause
            // ("said the spokesman.", "said officials in Gao"); not "said soldiers shot dead
            // five men" (a reported clause with no verb chain).
            let named = (x..y).any(|i| {
                s.ent(i)
                    .is_some_and(|e| matches!(e.label, Label::Person | Label::Organization))
            });
            let short_end = y - x <= 3
                && (y >= s.len()
                    || s.shape(y) == Shape::Punct
                    || s.has(y, C_FUNCTION)
                    || s.is_date(y));
            if !clause_follows && (named || short_end) {
                split_actors(s, x, y, &mut out);
            }
        }
    }
    out
}

/// Whether the verb at `a` follows a quotation or a comma with no subject of its own: where a
/// quote-final speaker may follow ("..., said Angers").
fn quote_final_slot(s: &SentenceView<'_>, a: usize, subject: Subject) -> bool {
    subject != Subject::Pronoun && a > 0 && s.is_punct(a - 1, &[',', '"', '”', '\''])
}

/// Nominal actors: "Russia's withdrawal", "the Russian withdrawal", "the attack by rebels",
/// "the withdrawal of French troops".
fn nominal_actors(
    s: &SentenceView<'_>,
    a: usize,
    b: usize,
    hi: usize,
    ty: Option<EventType>,
) -> Vec<Argument> {
    let mut out = Vec::new();
    let by = (b..hi.min(b + 3))
        .find(|&i| s.is(i, "by") && !is_by_means(s, i))
        .or_else(|| by_after_of_object(s, b, hi));
    if let Some(by) = by {
        if let Some((x, y)) = s.np_starting_at(by + 1, hi) {
            split_actors(s, x, before_present_verb(s, x, y), &mut out);
            return out;
        }
    }
    if ty.is_some_and(intransitive) && s.is(b, "of") {
        if let Some((x, y)) = s.np_starting_at(b + 1, hi) {
            split_actors(s, x, y, &mut out);
            return out;
        }
    }
    // Possessor or modifier right before (skipping adjectives): "Russia's hasty withdrawal".
    // (Not past a preposition: "placed Ali Bongo under house arrest".)
    let mut j = a;
    while j > 0
        && s.shape(j - 1) == Shape::Lower
        && !s.has(j - 1, C_DETERMINER | C_FUNCTION)
        && !s.is(j - 1, "s")
        && a - j < 2
    {
        j -= 1;
    }
    if j >= 2 && s.is(j - 1, "s") && s.is_punct(j - 2, &['\'', '’']) && j >= 3 {
        if let Some(e) = s.ent(j - 3) {
            // ("Bazoum's detention": the person is whom it befell, [`victim_possessor`].)
            let victim = victim_event(ty) && e.label == Label::Person;
            if !e.label.is_temporal() && !victim {
                out.push(Argument {
                    span: e.span,
                    label: Some(e.label),
                    inferred: false,
                });
            }
        }
    } else if let Some(m) = a.checked_sub(1).filter(|&m| {
        m >= j
            && s.has(m, words::MILITARY)
            && !s.word(m).ends_with('s')
            // "a missile attack": the weapon is no agent; "launched" may give one.
            && !super::discourse::is_weapon(s.word(m))
    }) {
        // "A Myanmar military airstrike", "an army raid": the armed force that modifies it
        // (singular: "forces launched air strikes" has its subject there), with the place or
        // group that names it.
        let named = m
            .checked_sub(1)
            .and_then(|p| s.ent(p))
            .filter(|e| matches!(e.label, Label::Location | Label::Norp | Label::Organization))
            .map(|e| s.tokens_of(e.span).0);
        push_arg(s, named.unwrap_or(m), m + 1, &mut out);
    } else if j >= 1 {
        if let Some(e) = s.ent(j - 1) {
            if matches!(e.label, Label::Norp | Label::Organization | Label::Person) {
                out.push(Argument {
                    span: e.span,
                    label: Some(e.label),
                    inferred: false,
                });
            }
        }
    }
    out
}

/// The end of the agent phrase `[x, y)` before a present-tense verb it ran into: a lower-case
/// -s word after a singular lower-case noun and before another lower-case word ("by the
/// Arab-led force raises fears" -> "the Arab-led force").
fn before_present_verb(s: &SentenceView<'_>, x: usize, y: usize) -> usize {
    (x + 1..y.saturating_sub(1))
        .find(|&k| {
            let lower = |i: usize| s.shape(i) == Shape::Lower && !s.has(i, C_FUNCTION);
            lower(k - 1)
                && !s.word(k - 1).ends_with('s')
                && lower(k)
                && looks_plural(s.word(k))
                && lower(k + 1)
        })
        .unwrap_or(y)
}

/// The agent's "by" after a noun trigger's "of" object and an apposition to it: "the capture
/// of El Fasher, the provincial capital, by the paramilitary force".
fn by_after_of_object(s: &SentenceView<'_>, b: usize, hi: usize) -> Option<usize> {
    if !s.is(b, "of") {
        return None;
    }
    let (_, mut k) = s.np_starting_at(b + 1, hi)?;
    if s.is_punct(k, &[',']) {
        k = (k + 1..hi.min(k + 12)).find(|&i| s.is_punct(i, &[',']))? + 1;
    }
    (s.is(k, "by") && !is_by_means(s, k)).then_some(k)
}

/// Types whose noun's possessive person is whom it befell ("Bazoum's detention", "the
/// journalist's killing"), not who did it.
fn victim_event(ty: Option<EventType>) -> bool {
    matches!(
        ty,
        Some(EventType::Arrest | EventType::Abduction | EventType::Killing)
    )
}

/// The target of an arrest, abduction or killing noun at `a` that a person's possessive
/// names ("President Bazoum's detention by the military"), past up to two lower-case words.
fn victim_possessor(s: &SentenceView<'_>, a: usize, ty: EventType) -> Option<Argument> {
    if !victim_event(Some(ty)) {
        return None;
    }
    let mut j = a;
    while j > 0
        && a - j < 2
        && s.shape(j - 1) == Shape::Lower
        && !s.has(j - 1, C_DETERMINER)
        && !s.is(j - 1, "s")
    {
        j -= 1;
    }
    if j < 3 || !s.is(j - 1, "s") || !s.is_punct(j - 2, &['\'', '’']) {
        return None;
    }
    s.ent(j - 3)
        .filter(|e| e.label == Label::Person)
        .map(Argument::of_entity)
}

/// Types whose "X of Y" names the actor, not the target.
fn intransitive(ty: EventType) -> bool {
    matches!(
        ty,
        EventType::Withdrawal
            | EventType::Deployment
            | EventType::Travel
            | EventType::Protest
            | EventType::Resignation
            | EventType::Death
            | EventType::Statement
            | EventType::Launch
            | EventType::Meeting
    )
}

/// Types that act on a target.
fn transitive(ty: EventType) -> bool {
    matches!(
        ty,
        EventType::Attack
            | EventType::Killing
            | EventType::Arrest
            | EventType::Abduction
            | EventType::Expulsion
            | EventType::Appointment
            | EventType::Legal
            | EventType::Coup
    )
}

fn is_military(s: &SentenceView<'_>, span: Span) -> bool {
    let (x, y) = s.tokens_of(span);
    (x..y).any(|i| s.has(i, words::MILITARY))
        || (x..y).any(|i| {
            s.ent(i).is_some_and(|e| {
                e.label == Label::Organization && {
                    let t = &s.text[e.span.range()];
                    [
                        "Army",
                        "Forces",
                        "Force",
                        "Corps",
                        "Brigade",
                        "Militia",
                        "Guard",
                        "Navy",
                        "Legion",
                        "Regiment",
                        "Battalion",
                        "Marines",
                        "Wagner",
                    ]
                    .iter()
                    .any(|w| t.contains(w))
                }
            })
        })
}

#[allow(clippy::too_many_arguments)]
fn target(
    s: &SentenceView<'_>,
    b: usize,
    hi: usize,
    ty: EventType,
    form: Form,
    passive: bool,
    subject: Subject,
) -> Option<Argument> {
    if !transitive(ty) {
        return None;
    }
    if passive {
        // The subject of a passive verb is its target ("at least ten people were killed":
        // with its "at").
        if let Subject::Phrase(x, y) = subject {
            let x = if x > 0 && s.is_any(x, &["least", "most"]) && s.is(x - 1, "at") {
                x - 1
            } else {
                x
            };
            return argument(s, x, y);
        }
    } else if matches!(form, Form::Noun | Form::Phrase) {
        if s.is_any(b, &["on", "against", "of", "in"]) && !(s.is(b, "of") && intransitive(ty)) {
            if let Some((x, y)) = s.np_starting_at(b + 1, hi) {
                if !s.is(b, "in") || s.ent(x).is_some_and(|e| e.label == Label::Location) {
                    return argument(s, x, y);
                }
            }
        }
    } else if let Some((x, y)) = s
        .np_starting_at(b, hi)
        .filter(|_| !s.has(b, C_LOCATIVE) || s.is_any(b + 1, &["least", "most"]))
        // ("Fighting erupted on April 15": a lone -ed word is the verb of a gerund subject.)
        .filter(|&(x, y)| !(y == x + 1 && is_lower_ed(s, x)))
    {
        // ("blew himself up outside a police station": a place phrase is no object; "at
        // least five people" is one.)
        return argument(s, x, y);
    }
    None
}

/// Words that may open a clause before an inverted passive participle ("Also arrested were",
/// "Among those killed were").
const INVERSION_LEAD: &[&str] = &["also", "among", "those", "further", "likewise"];

/// The target of an inverted passive: "Also arrested were two aides", "Arrested on Tuesday
/// were two men", "Among those killed were two soldiers". The participle opens the clause
/// (past adverbs and "among those"), and "was"/"were" follows it within a few words, before
/// any comma; the phrase after it is the target.
#[allow(clippy::too_many_arguments)]
fn inverted_passive_target(
    s: &SentenceView<'_>,
    a: usize,
    b: usize,
    lo: usize,
    hi: usize,
    ty: EventType,
    form: Form,
) -> Option<Argument> {
    if !transitive(ty) || !form.participle() || a - lo > 2 {
        return None;
    }
    if !(lo..a).all(|i| s.is_any(i, INVERSION_LEAD) || s.is_adverb(i)) {
        return None;
    }
    let k = (b..hi.min(b + 5))
        .take_while(|&k| !s.is_punct(k, &[',']))
        .find(|&k| s.is_any(k, &["was", "were"]))?;
    let (x, y) = s.np_starting_at(k + 1, hi)?;
    argument(s, x, y)
}

/// Nouns of an anaphoric place ("the city") and the kind of place each wants.
const PLACE_NOUNS: [(&str, PlaceWanted); 9] = [
    ("city", PlaceWanted::City),
    ("town", PlaceWanted::City),
    ("village", PlaceWanted::City),
    ("capital", PlaceWanted::City),
    ("country", PlaceWanted::Country),
    ("nation", PlaceWanted::Country),
    ("region", PlaceWanted::Region),
    ("province", PlaceWanted::Region),
    ("state", PlaceWanted::Region),
];

/// The words of [`PLACE_NOUNS`], registered as a word class.
const PLACE_NOUN_WORDS: &[&str] = &{
    let mut out = [""; PLACE_NOUNS.len()];
    let mut i = 0;
    while i < out.len() {
        out[i] = PLACE_NOUNS[i].0;
        i += 1;
    }
    out
};

/// The kind of place token `i` names when it is a place noun ("city"), ignoring case.
fn place_noun(s: &SentenceView<'_>, i: usize) -> Option<PlaceWanted> {
    if !s.has(i, words::PLACE_NOUN) {
        return None;
    }
    PLACE_NOUNS
        .iter()
        .find(|(n, _)| s.is(i, n))
        .map(|&(_, w)| w)
}

#[allow(clippy::too_many_arguments)]
fn location(
    s: &SentenceView<'_>,
    a: usize,
    b: usize,
    lo: usize,
    hi: usize,
    opener: Option<usize>,
    actors: &[Argument],
    ty: EventType,
    form: Form,
) -> (Option<Argument>, Option<(Span, PlaceWanted)>) {
    let arg = |span: Span, label: Option<Label>| Argument {
        span,
        label,
        inferred: false,
    };
    let in_actor = |sp: Span| actors.iter().any(|x| x.span.contains(sp));
    // "Moura, where around 300 men were executed": the antecedent of "where".
    if let Some(o) = opener {
        if s.is(o, "where") && o >= 2 && s.is_punct(o - 1, &[',']) {
            let k = o - 2;
            if let Some(e) = s.ent(k) {
                if e.label == Label::Location {
                    return (Some(arg(e.span, Some(e.label))), None);
                }
            } else if s.shape(k) == Shape::Capitalized {
                let mut x = k;
                while x > 0 && s.shape(x - 1) == Shape::Capitalized && s.ent_index(x - 1).is_none()
                {
                    x -= 1;
                }
                return (Some(arg(s.span_of(x, k + 1), None)), None);
            }
        }
    }
    // The place left is the withdrawal's: "troops left Niger in December, ending a deployment
    // in the Sahel", "withdrew from Mali", "pulled out of Afghanistan".
    if ty == EventType::Withdrawal && form.verbal() {
        let mut j = b;
        while j < hi && (s.has(j, C_DETERMINER) || s.is_any(j, &["from", "out", "of"])) {
            j += 1;
        }
        if let Some(e) = s.ent(j).filter(|e| e.label == Label::Location) {
            return (Some(arg(e.span, Some(e.label))), None);
        }
    }
    let mut object_anaphor = None;
    // Objects of attack-like verbs are places: "overran Kidal", "captured the town"; so is
    // what a visit visits ("visited Tacloban").
    if matches!(ty, EventType::Attack | EventType::Travel) && form.verbal() {
        let mut j = b;
        while j < hi && s.has(j, C_DETERMINER) {
            j += 1;
        }
        if let Some(e) = s.ent(j).filter(|e| e.label == Label::Location) {
            return (Some(arg(e.span, Some(e.label))), None);
        }
        let definite = (b..j).any(|k| s.is_one_of(k, DEFINITE));
        let mut k = j;
        while k < hi.min(j + 3) && s.shape(k) == Shape::Lower {
            if let Some(w) = place_noun(s, k) {
                // "the capital Bamako", "the city of Gao": the name is right there.
                let named = if s.is(k + 1, "of") { k + 2 } else { k + 1 };
                if let Some(e) = s.ent(named).filter(|e| e.label == Label::Location) {
                    return (Some(arg(e.span, Some(e.label))), None);
                }
                if definite {
                    object_anaphor = Some((s.span_of(k, k + 1), w));
                }
                break;
            }
            k += 1;
        }
    }
    // A place after a locative preposition in the clause, nearest to the trigger (after it
    // first).
    let mut best: Option<(usize, Span, Option<Label>)> = None;
    let mut anaphor = None;
    // (Only after a locative preposition.)
    let clause = if s.classes & C_LOCATIVE != 0 {
        s.toks.get(lo..hi.min(s.len())).unwrap_or_default()
    } else {
        &[]
    };
    for (i, t) in (lo..).zip(clause) {
        if t.class & C_LOCATIVE == 0
            || i >= a && i < b
            || is_distance_from(s, i)
            || is_origin(s, i, a, ty)
        {
            continue;
        }
        // Not a preposition inside a name that has its own: "in the Democratic Republic of
        // Congo" ("the Bay of Pigs invasion" has only that one).
        if let Some(e) = s.ent(i) {
            let (ex, _) = s.tokens_of(e.span);
            let mut p = ex;
            while p > lo && s.has(p - 1, C_DETERMINER) {
                p -= 1;
            }
            if p > lo && s.has(p - 1, C_LOCATIVE) {
                continue;
            }
        }
        let mut j = i + 1;
        while j < hi && (s.has(j, C_DETERMINER) || (s.shape(j) == Shape::Lower && s.is_adverb(j))) {
            j += 1;
        }
        // "in northern Burkina Faso", "in the restive eastern Congo": adjectives before a place.
        let mut k = j;
        while k < hi && k - j < 2 && s.shape(k) == Shape::Lower && !s.has(k, words::FUNCTION) {
            k += 1;
        }
        if k > j && s.ent(k).is_some_and(|e| e.label == Label::Location) {
            j = k;
        }
        // "in the Kenyan capital Nairobi", "in the northern city of Gao", "in the Bangladesh
        // capital Dhaka": a place noun after adjectives or a country, and its name.
        // (Only in a sentence with a place noun.)
        let place_nouns = s.classes & words::PLACE_NOUN != 0;
        let mut k = j;
        while place_nouns
            && k < hi
            && k - j < 3
            && (s.shape(k) == Shape::Lower
                && !s.has(k, words::FUNCTION)
                && place_noun(s, k).is_none()
                || s.ent(k)
                    .is_some_and(|e| matches!(e.label, Label::Norp | Label::Location)))
        {
            k += 1;
        }
        if k > j && place_noun(s, k).is_some() {
            // "the Qatari capital, Doha": or in apposition.
            let named = if s.is(k + 1, "of") || s.is_punct(k + 1, &[',']) {
                k + 2
            } else {
                k + 1
            };
            if s.ent(named).is_some_and(|e| e.label == Label::Location) {
                j = named;
            }
        }
        // "in the capital, Libreville": the name in apposition to a place noun.
        if place_nouns
            && j > i + 1
            && place_noun(s, j).is_some()
            && s.is_punct(j + 1, &[','])
            && s.ent(j + 2).is_some_and(|e| e.label == Label::Location)
        {
            j += 2;
        }
        // "the northern Malian city of Kidal": the preposition's phrase, up to its head.
        let place = if let Some(e) = s.ent(j).filter(|e| e.label == Label::Location) {
            Some((
                possessed_place(s, e.span, hi).unwrap_or(e.span),
                Some(Label::Location),
            ))
        } else if s.shape(j) == Shape::Capitalized
            && s.ent_index(j).is_none()
            && s.is_any(i, &["in", "at", "near"])
            && !s.has(j, C_DETERMINER)
            && !is_title_line(s)
        {
            // An unknown capitalized name after "in/at/near" ("in Moura").
            let mut k = j;
            while k + 1 < hi && s.shape(k + 1) == Shape::Capitalized && s.ent_index(k + 1).is_none()
            {
                k += 1;
            }
            // "Research in Motion's chief": an unknown name with a possessive ends a company
            // name (a known place would be an entity).
            let possessive = s.is_punct(k + 1, &['\'', '’']) && s.is(k + 2, "s");
            let next_ent = s.ent(k + 1);
            // "in the West African country": an unknown name before "country"/"nation" is
            // its adjective (a country's own name is known); the place is the anaphor.
            let country_noun = place_noun(s, k + 1) == Some(PlaceWanted::Country);
            if country_noun && anaphor.is_none() && (i + 1..j).any(|x| s.is_one_of(x, DEFINITE)) {
                anaphor = Some((s.span_of(k + 1, k + 2), PlaceWanted::Country));
            }
            (next_ent.is_none() && !possessive && !country_noun)
                .then(|| (s.span_of(j, k + 1), None))
        } else {
            None
        };
        if let Some((sp, label)) = place {
            if in_actor(sp) && !s.is_any(i, &["in", "at", "near"]) {
                continue;
            }
            if is_place_modifier(s, sp)
                || locates_previous_place(s, i, lo)
                || modifies_target_noun(s, i, sp)
            {
                continue;
            }
            let d = if i >= b { i - b } else { (a - i) * 2 };
            if best.is_none_or(|(bd, _, _)| d < bd) {
                best = Some((d, sp, label));
            }
        } else if (i + 1..j).any(|k| s.is_one_of(k, DEFINITE)) {
            // "in the city": an anaphoric place ("in a village" is none).
            let mut k = j;
            while k < hi && s.shape(k) == Shape::Lower && !s.is_one_of(k, OF_AND) {
                if let Some(w) = place_noun(s, k) {
                    if !s.is(k + 1, "of") && s.ent_index(k + 1).is_none() && anaphor.is_none() {
                        anaphor = Some((s.span_of(k, k + 1), w));
                    }
                    break;
                }
                k += 1;
            }
        }
    }
    if let Some((_, sp, label)) = best {
        return (Some(arg(sp, label)), None);
    }
    (None, anaphor.or(object_anaphor))
}

/// Whether the place `sp` after the preposition at `i` ("on", "against", "at") only
/// modifies the target noun after it: "an attack on the U.S. embassy compound in Baghdad"
/// (the place is Baghdad). A place noun or part after it ("the Kidal region", "the Gao
/// area") keeps it.
fn modifies_target_noun(s: &SentenceView<'_>, i: usize, sp: Span) -> bool {
    if !s.is_any(i, &["on", "against", "at"]) {
        return false;
    }
    let (x, y) = s.tokens_of(sp);
    x > i + 1
        && s.has(x - 1, C_DETERMINER)
        && s.shape(y) == Shape::Lower
        && !s.has(y, words::FUNCTION)
        && place_noun(s, y).is_none()
        && !s.is_any(y, PLACE_PARTS)
        && !s.is_any(y, &["border", "coast", "frontier"])
}

/// Parts of a place between a place and the larger place that locates it ("in Goma in the
/// east of Congo").
const PLACE_PARTS: &[&str] = &[
    "east",
    "west",
    "north",
    "south",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "centre",
    "center",
    "heart",
    "outskirts",
    "district",
    "area",
];

/// Whether the preposition at `i` ("in", "of") locates the place named right before it:
/// "in North Waziristan in the Khyber Pakhtunkhwa province", "in South Kivu in the east of
/// Congo" (the first place is the more specific). The earlier place follows a locative
/// preposition itself; only determiners and place parts ("the east", "region") come between
/// them ("ambassadors to Iraq met in Baghdad" is two places).
pub(crate) fn locates_previous_place(s: &SentenceView<'_>, i: usize, lo: usize) -> bool {
    if !s.is_any(i, &["in", "of"]) {
        return false;
    }
    let mut k = i;
    while k > lo
        && i - k < 3
        && s.shape(k - 1) == Shape::Lower
        && (s.has(k - 1, C_DETERMINER)
            || s.is_any(k - 1, &["in", "of"])
            || s.is_any(k - 1, PLACE_PARTS)
            || place_noun(s, k - 1).is_some())
    {
        k -= 1;
    }
    let Some(e) = k.checked_sub(1).and_then(|p| s.ent(p)) else {
        return false;
    };
    if e.label != Label::Location {
        return false;
    }
    let (ex, _) = s.tokens_of(e.span);
    ex > lo && s.has(ex - 1, C_LOCATIVE) && !is_distance_from(s, ex - 1)
}

/// The place that a possessive place names: "Gabon's capital, Libreville" -> "Libreville",
/// "Pakistan's northern Khyber Pakhtunkhwa province" -> "Khyber Pakhtunkhwa".
fn possessed_place(s: &SentenceView<'_>, sp: Span, hi: usize) -> Option<Span> {
    let (_, y) = s.tokens_of(sp);
    if !(s.is_punct(y, &['\'', '’']) && s.is(y + 1, "s")) {
        return None;
    }
    let mut k = y + 2;
    while k < hi
        && k - y < 6
        && (s.is_punct(k, &[',']) || s.shape(k) == Shape::Lower && !s.has(k, words::FUNCTION))
    {
        k += 1;
    }
    s.ent(k)
        .filter(|e| e.label == Label::Location && s.tokens_of(e.span).0 == k)
        .map(|e| e.span)
}

/// Whether the preposition at `i` measures a distance ("some 300 km from Lahore"): the place
/// after it is a landmark, not where the event happened.
pub(crate) fn is_distance_from(s: &SentenceView<'_>, i: usize) -> bool {
    i > 0 && s.has(i - 1, words::DISTANCE_UNIT) && s.is_any(i, &["from", "of"])
}

/// Whether the preposition at `i` names where something came from or went, not where the
/// event of type `ty` (its trigger at `a`) happened: "Militants from Afghanistan stormed" (the
/// subject's origin, before the trigger), "advisers arrived in three flights from Niger" (a
/// movement's origin), "calls for help from Russia" (what a statement asks for comes from
/// there), "turned to China for help after seizing power", "the coup leaders turned
/// to China" (a direction, for an event that is no movement; "into" only before the trigger:
/// "fired rockets into Israel" is there). A withdrawal or expulsion from a place is there.
pub(crate) fn is_origin(s: &SentenceView<'_>, i: usize, a: usize, ty: EventType) -> bool {
    if s.is(i, "from") {
        // ("calls for help from Russia": a statement's "from" past its object is where the
        // object comes from; "spoke from Geneva" is there.)
        return i < a || is_movement_to(ty) || ty == EventType::Statement && i > a + 1;
    }
    !is_movement_to(ty) && (s.is_any(i, &["to", "toward", "towards"]) || i < a && s.is(i, "into"))
}

/// Whether the place at `sp` is in a locative phrase that opens the sentence and ends with a
/// comma before the trigger at `a`: "In New York, the council condemned the attack".
pub(crate) fn in_fronted_phrase(s: &SentenceView<'_>, sp: Span, a: usize) -> bool {
    let (x, _) = s.tokens_of(sp);
    let body = s.dateline_end();
    if x >= a || x <= body {
        return false;
    }
    let mut p = x - 1;
    while p > body
        && (s.has(p, C_DETERMINER) || s.shape(p) == Shape::Lower && !s.has(p, C_FUNCTION))
    {
        p -= 1;
    }
    p == body && s.has(p, C_LOCATIVE) && (x..a).any(|k| s.is_punct(k, &[',']))
}

/// Whether an event of type `ty` is a movement whose place is its destination ("deployed to
/// Mali", "flew to Moscow"): the place after "to" is where it happened, the place after
/// "from" its origin.
pub(crate) fn is_movement_to(ty: EventType) -> bool {
    matches!(ty, EventType::Deployment | EventType::Travel)
}

/// Units of distance ([`is_distance_from`]).
const DISTANCE_UNITS: &[&str] = &[
    "km",
    "kms",
    "kilometres",
    "kilometers",
    "miles",
    "mi",
    "metres",
    "meters",
];

/// Whether the place at `sp` only modifies what follows it: "the U.S.-led forces", "US
/// President Joe Biden". Such a place is not where the event happened.
pub(crate) fn is_place_modifier(s: &SentenceView<'_>, sp: Span) -> bool {
    let (_, y) = s.tokens_of(sp);
    (s.is_punct(y, &['-']) && s.shape(y + 1) == Shape::Lower)
        || s.has(y, words::ROLE)
        || s.has(y, words::ROLE_INITIAL)
}

/// The date in the trigger's noun phrase ("the April offensive", "last month's attack") or
/// clause.
fn clause_date(
    s: &SentenceView<'_>,
    a: usize,
    b: usize,
    lo: usize,
    hi: usize,
    nominal: bool,
    statement: bool,
) -> (Option<EventDate>, Option<EventDateSource>) {
    let date_of = |i: usize| {
        s.ent(i).filter(|e| is_dated(e)).map(|e| EventDate {
            span: e.span,
            value: e.value.clone().unwrap_or_default(),
        })
    };
    if nominal && a > 0 {
        // Skip one adjective and a possessive "'s".
        let mut j = a;
        if j > 0
            && s.shape(j - 1) == Shape::Lower
            && !s.has(j - 1, C_DETERMINER)
            && !s.is(j - 1, "s")
        {
            j -= 1;
        }
        if j >= 2 && s.is(j - 1, "s") && s.is_punct(j - 2, &['\'', '’']) {
            j -= 2;
        }
        if j > 0 {
            if let Some(d) = date_of(j - 1) {
                return (Some(d), Some(EventDateSource::Modifier));
            }
        }
    }
    // "deployed on Monday after the attack": the clause's date is the other event's.
    if nominal {
        let mut j = a;
        while j > lo && a - j < 3 && (s.has(j - 1, C_DETERMINER) || s.shape(j - 1) == Shape::Lower)
        {
            j -= 1;
            if s.has(j, words::TEMPORAL_PREPOSITION) {
                // ... unless the noun has its own: "since its launch in 2003", "following
                // negotiations that started on January 4".
                let own = s
                    .is_any(b, &["in", "on"])
                    .then(|| date_of(b + 1))
                    .flatten()
                    .or_else(|| relative_clause_date(s, hi));
                return match own {
                    Some(d) => (Some(d), Some(EventDateSource::Clause)),
                    None => (None, None),
                };
            }
        }
    }
    // "two weeks after the junta accused Paris": a verb whose subject follows "after" is in
    // a subordinate clause that starts there.
    let mut lo = lo;
    if !nominal && s.classes & words::TEMPORAL_PREPOSITION != 0 {
        if let Some((x, _)) = s.skip_chain_left(a, lo).and_then(|e| s.np_ending_at(e, lo)) {
            let mut p = x;
            if p > lo && s.has(p - 1, C_DETERMINER) {
                p -= 1;
            }
            if p > lo && s.has(p - 1, words::TEMPORAL_PREPOSITION) {
                lo = p - 1;
            }
        }
    }
    // "An exchange is planned for next weekend, Zelenskiy said on Thursday": the quote's
    // dates are not the statement's ...
    if statement {
        let c = attribution_start(s, a, lo);
        // ... when the attribution has a date of its own, or follows the clause it reports
        // ("Rebels killed 70 people on Thursday, the U.N. said": the saying is not dated).
        if c > lo
            && s.is_punct(c - 1, &[','])
            && ((b..hi).any(|i| s.is_date(i)) || reported_clause_before(s, a, lo, c - 1))
        {
            lo = c;
        }
    }
    // Nearest date of the clause (by tokens), after the trigger counting slightly closer.
    let since_before = a > lo + 1 && (a.saturating_sub(2).max(lo)..a).any(|k| s.is(k, "since"));
    let mut best: Option<(usize, usize)> = None;
    let clause = if s.ents.iter().any(is_dated) {
        s.ent_of.get(lo..hi.min(s.len())).unwrap_or_default()
    } else {
        &[]
    };
    for (i, &e) in (lo..).zip(clause) {
        if e == u32::MAX || i >= a && i < b || !s.is_date(i) {
            continue;
        }
        if i > lo && s.ent_index(i - 1) == s.ent_index(i) {
            continue; // not the entity's first token
        }
        // "this year's conference": the date belongs to another noun.
        let (_, end) = s.ent(i).map_or((i, i + 1), |e| s.tokens_of(e.span));
        if s.is_punct(end, &['\'', '’']) && s.is(end + 1, "s") && end + 2 != a {
            continue;
        }
        // "withdrew from the 2015 nuclear deal in 2018": a date between a determiner and a
        // lower-case word modifies another noun.
        if i > lo
            && end != a
            && s.has(i - 1, C_DETERMINER)
            && s.shape(end) == Shape::Lower
            && !s.has(end, C_FUNCTION)
        {
            continue;
        }
        if other_clause_date(s, lo, i, end, a) {
            continue;
        }
        // "on the rise ever since the junta took power in 2022": a date after a temporal
        // preposition that opens another clause is that clause's.
        if i > b && s.classes & words::TEMPORAL_PREPOSITION != 0 && after_other_event(s, b, i) {
            continue;
        }
        // "the first direct talks between them since 2022": the date after "since" is the
        // last time before a first or superlative event, not its date.
        if i > b && ranked_since(s, lo, b, i) {
            continue;
        }
        // A date before an "and" that joins the trigger's verb to an earlier one is that
        // verb's first: "seized Goma in January and captured Bukavu, ..., in February".
        let other_conjunct = i < a && !nominal && (end..a).any(|k| s.is_any(k, &["and", "but"]));
        // "launched the offensive on October 27 and have since captured": the date before
        // "since" is when the captures began, not their date.
        if other_conjunct && since_before {
            continue;
        }
        let d = if i >= b {
            i - b
        } else if other_conjunct {
            a - i + 1 + CONJUNCT_PENALTY
        } else {
            a - i + 1
        };
        // "reported a third-quarter loss on Wednesday", "its 2025 targets": a date that
        // modifies another noun dates the verb only when no other date does.
        let modifier = !nominal
            && s.shape(end) == Shape::Lower
            && !s.has(end, C_FUNCTION)
            && (s
                .text
                .get(s.span_of(i, end).range())
                .is_some_and(|t| t.contains('-'))
                || i > lo && s.has(i - 1, C_DETERMINER));
        let d = if modifier { d + MODIFIER_PENALTY } else { d };
        if best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, i));
        }
    }
    if let Some(d) = best.and_then(|(_, i)| date_of(i)) {
        return (Some(d), Some(EventDateSource::Clause));
    }
    // (Not across a temporal preposition: "signed the agreement following negotiations that
    // started on January 4" dates the negotiations.)
    let other_noun = || (b..hi).any(|k| s.has(k, words::TEMPORAL_PREPOSITION));
    if let Some(d) = relative_clause_date(s, hi).filter(|_| nominal && !other_noun()) {
        return (Some(d), Some(EventDateSource::Clause));
    }
    (None, None)
}

/// The first token of the speaker phrase before the statement verb at `a` (past determiners,
/// names and auxiliaries, at most [`ATTRIBUTION_TOKENS`]): ", the U.N. said" -> "the".
fn attribution_start(s: &SentenceView<'_>, a: usize, lo: usize) -> usize {
    let mut c = a;
    while c > lo
        && a - c < ATTRIBUTION_TOKENS
        && (s.in_np(c - 1) || s.has(c - 1, words::CHAIN | C_DETERMINER))
    {
        c -= 1;
    }
    c
}

/// Whether the tokens `lo..comma` before the comma of the trailing attribution of the
/// statement verb at `a` are the clause it reports ("Rebels killed 70 people on Thursday, the
/// U.N. said"), not a fronted phrase of the statement ("On Monday, the army said", "Late last
/// week, ...", "Meanwhile, ..."): at least [`REPORTED_CLAUSE_WORDS`] words, not opened by a
/// preposition, an opener, an adverb, a date or a participle. (A participle statement shares
/// the clause before it: "called for a re-run on June 18, citing flaws".)
fn reported_clause_before(s: &SentenceView<'_>, a: usize, lo: usize, comma: usize) -> bool {
    if s.word(a).ends_with("ing") {
        return false;
    }
    // Any stretch between commas may be the clause ("On Friday, troops arrested three men,
    // police said"; "Gunmen killed 70 villagers, including children, the U.N. said").
    let clause = |x: usize, y: usize| {
        let first = (x..y).find(|&k| s.is_word(k));
        first.is_some_and(|f| {
            (f..y).filter(|&k| s.is_word(k)).count() >= REPORTED_CLAUSE_WORDS
                && !s.has(f, C_FUNCTION | words::OPENER)
                && !s.is_adverb(f)
                && !s.is_date(f)
                && !s.word(f).ends_with("ing")
        })
    };
    let mut x = lo;
    for k in lo..=comma {
        if k == comma || s.is_punct(k, &[',']) && !s.is_date(k) {
            if clause(x, k) {
                return true;
            }
            x = k + 1;
        }
    }
    false
}

/// The fewest words of a reported clause before a trailing attribution
/// ([`reported_clause_before`]).
const REPORTED_CLAUSE_WORDS: usize = 4;

/// "an assault on the town that began on Sunday": the date of the relative clause at `hi`
/// (the end of a noun trigger's clause) whose verb says when its noun happened.
fn relative_clause_date(s: &SentenceView<'_>, hi: usize) -> Option<EventDate> {
    if !(s.has(hi, words::RELATIVE) && !s.is(hi, "who") && s.is_any(hi + 1, EVENT_HAPPENED)) {
        return None;
    }
    let (_, end, _) = s.clause(hi + 1, hi + 2);
    (hi + 2..end).find_map(|i| {
        s.ent(i)
            .filter(|e| s.is_date(i) && is_dated(e))
            .map(|e| EventDate {
                span: e.span,
                value: e.value.clone().unwrap_or_default(),
            })
    })
}

/// Whether the date at `i` follows a temporal preposition after the trigger (ending at `b`)
/// that opens a phrase of its own before the date: "since the junta took power in 2022",
/// "after the attack on Monday" (not "since 2022", "after early January", nor a stretch of
/// time: "after ten days of talks ... on November 2").
fn after_other_event(s: &SentenceView<'_>, b: usize, i: usize) -> bool {
    // ("signed the deal after ten days of talks ... on November 2": a stretch of time ends
    // at the trigger, whose date it is.)
    let lasting = |k: usize| {
        (k + 1..(k + 4).min(i)).any(|t| s.is_any(t, DURATION_UNITS) && s.is(t + 1, "of"))
    };
    (b..i).any(|k| {
        s.has(k, words::TEMPORAL_PREPOSITION)
            && !lasting(k)
            && (k + 1..i).any(|t| {
                !s.is_date(t) && !s.is_any(t, &["early", "late", "mid", "the", "last", "this"])
            })
    })
}

/// Whether the date at `i..end` is not the date of the trigger at `a`, though in its
/// clause: a date after the trigger in a participle phrase of its own (", calling snap polls
/// for June 30"), a date in a closed relative clause before it, a deadline before the trigger ("would cut jobs by 2030 after reaching a deal"
/// dates the cut only), a date before a temporal preposition that opens the trigger's own
/// phrase ("met on Wednesday after the two countries agreed on a deal": the deal came
/// before; not past a comma that closes the phrase: "On Monday, after the attack, troops
/// deployed"), or the start of a period after "since" ([`after_since`]).
fn other_clause_date(s: &SentenceView<'_>, lo: usize, i: usize, end: usize, a: usize) -> bool {
    let mut k = i;
    while k > lo && s.is_any(k - 1, &["early", "late", "mid", "the"]) {
        k -= 1;
    }
    if after_since(s, i, lo) {
        return true;
    }
    if i >= a {
        return (a..i).any(|c| s.is_punct(c, &[',']) && opens_participle_phrase(s, c + 1));
    }
    if k > lo + 1 && s.is(k - 1, "by") {
        return true;
    }
    // "The RSF, which has fought the army since April 2023, denied ...".
    if let Some(c) = (end..a).find(|&c| s.is_punct(c, &[','])) {
        if s.closed_relative(c).is_some_and(|o| o < i) {
            return true;
        }
    }
    // (Past a comma only when the date is not fronted.)
    let fronted = k <= lo + 1;
    s.classes & words::TEMPORAL_PREPOSITION != 0
        && (end..a)
            .rev()
            .take_while(|&p| !fronted || !s.is_punct(p, &[',', ';']))
            .any(|p| s.has(p, words::TEMPORAL_PREPOSITION))
}

/// The date of the trigger at `a` in a "N day(s) after/before" phrase, from the main clause's
/// full-day date right before it: "killed 23 people on Sunday, ..., a day after Hezbollah
/// fired rockets" -> the Saturday. Its span is the "a day after" phrase.
fn days_from_main_date(s: &SentenceView<'_>, a: usize) -> Option<EventDate> {
    if s.classes & words::TEMPORAL_PREPOSITION == 0 {
        return None;
    }
    let p = (0..a)
        .rev()
        .take_while(|&p| !s.is_punct(p, &[',', ';']))
        .find(|&p| s.is_any(p, &["after", "before"]))?;
    if p < 3 || !s.is_any(p - 1, &["day", "days"]) {
        return None;
    }
    let n: i64 = match s.word(p - 2) {
        w if w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("one") => 1,
        w if w.eq_ignore_ascii_case("two") => 2,
        w if w.eq_ignore_ascii_case("three") => 3,
        w => w.parse().ok().filter(|n| (1..=9).contains(n))?,
    };
    // The main clause's date: the nearest full-day date before the phrase.
    let value = (0..p - 2)
        .rev()
        .find_map(|i| s.ent(i).filter(|e| s.is_date(i) && is_dated(e)))?
        .value
        .as_deref()?;
    if value.len() != 10 {
        return None;
    }
    let day = value.parse::<crate::Date>().ok()?;
    let shifted = if s.is(p, "after") {
        day.add_days(-n)?
    } else {
        day.add_days(n)?
    };
    Some(EventDate {
        span: s.span_of(p - 2, p + 1),
        value: shifted.to_string(),
    })
}

/// Whether the word at `k`, after a comma, opens a participle phrase of its own: ",
/// calling snap polls for June 30", ", according to results published on Monday" (not ",
/// including two children", nor a result of the same act: "shelled the camp, killing 30
/// people on Saturday").
fn opens_participle_phrase(s: &SentenceView<'_>, k: usize) -> bool {
    s.shape(k) == Shape::Lower && s.word(k).ends_with("ing") && !s.is_any(k, SAME_ACT_PARTICIPLES)
}

/// Participles after a comma that do not open a phrase of their own event
/// ([`opens_participle_phrase`]).
const SAME_ACT_PARTICIPLES: &[&str] = &[
    "including",
    "excluding",
    "during",
    "killing",
    "leaving",
    "wounding",
    "injuring",
];

/// Whether the date starting at token `i` comes right after "since" (past "early", "late",
/// "mid", "the"; not before `lo`): the start of a period, never an event's date. "Fighting
/// has continued since March", "Since 2019, the group has attacked dozens of villages", "have
/// been killed since October 2023" tell what went on after the date, not what happened on it.
pub(crate) fn after_since(s: &SentenceView<'_>, i: usize, lo: usize) -> bool {
    let mut k = i;
    while k > lo && s.is_any(k - 1, &["early", "late", "mid", "the"]) {
        k -= 1;
    }
    k > lo && s.is(k - 1, "since")
}

/// Whether `date`, before the hypothetical trigger at `a`, is the date of the reporting verb
/// right before it: "Adani said on Thursday it would invest $10 billion" (the saying was on
/// Thursday; the investment is to come).
fn reported_future(
    s: &SentenceView<'_>,
    a: usize,
    modality: Modality,
    date: Option<&EventDate>,
) -> bool {
    let Some(d) = date.filter(|_| modality == Modality::Hypothetical) else {
        return false;
    };
    let (x, end) = s.tokens_of(d.span);
    end <= a && (x.saturating_sub(3)..x).any(|k| s.is_one_of(k, SAID))
}

/// The comma before a trailing time clause after the trigger's words (`b..hi`): ", a day
/// after Hezbollah fired rockets at Haifa", ", hours before ...". Places in it are the other
/// event's.
pub(crate) fn trailing_time_clause(s: &SentenceView<'_>, b: usize, hi: usize) -> Option<usize> {
    if s.classes & words::TEMPORAL_PREPOSITION == 0 {
        return None;
    }
    (b..hi).find(|&k| {
        s.is_punct(k, &[','])
            && (k + 1..hi.min(k + 5)).any(|p| s.has(p, words::TEMPORAL_PREPOSITION))
    })
}

/// Whether the lower-case "-ed" word at `p`, met on the walk back from a noun trigger to its
/// determiner, is a verb: "The union staged warning strikes" (not "the failed coup", where it
/// follows the determiner).
fn walked_verb(s: &SentenceView<'_>, p: usize) -> bool {
    s.shape(p) == Shape::Lower
        && s.word(p).ends_with("ed")
        && p > 0
        && !s.has(p - 1, C_DETERMINER)
        && s.shape(p - 1) == Shape::Lower
}

/// Whether the definite event noun at `a` refers back to an event told before: after a
/// temporal preposition ("fled since the attack") or as what is claimed, condemned or
/// investigated ("claimed responsibility for the massacre in a video posted late Friday").
/// The clause's date and place are then the other verb's, not the event's.
fn refers_back(s: &SentenceView<'_>, a: usize, lo: usize) -> bool {
    let mut p = a;
    while p > lo && a - p < 4 && !s.has(p - 1, C_DETERMINER) {
        p -= 1;
    }
    if p == lo || !s.has(p - 1, C_DETERMINER) {
        return false;
    }
    let before = p - 1;
    before > lo
        && (s.has(before - 1, words::TEMPORAL_PREPOSITION)
            || s.is_any(before - 1, REFERRING_VERBS)
            || before > lo + 1 && s.is(before - 1, "for") && s.is(before - 2, "responsibility")
            // "arrested a journalist for reporting on the ambush", "an inquiry into the
            // killing": the topic of a word of saying or looking into.
            || before > lo + 1
                && s.is_any(before - 1, TOPIC_PREPOSITIONS)
                && s.is_word(before - 2)
                && !s.has(before - 2, C_FUNCTION | C_DETERMINER))
}

/// Prepositions that give the topic of a word ("reporting on", "an inquiry into", "anger
/// over", "questions about").
const TOPIC_PREPOSITIONS: &[&str] = &["on", "about", "into", "over"];

/// Verbs whose object is an event already told (closed class; [`refers_back`]).
const REFERRING_VERBS: &[&str] = &[
    "condemned",
    "condemns",
    "condemning",
    "denounced",
    "denounces",
    "claimed",
    "claims",
    "investigating",
    "investigate",
    "investigates",
    "investigated",
    "mourned",
];

/// Plural units of a stretch of time ("after ten days of talks").
const DURATION_UNITS: &[&str] = &["hours", "days", "weeks", "months", "years", "decades"];

/// Whether the date at `i` (after the trigger ending at `b`) comes right after a "since"
/// (past "early"/"late"/"the") that follows an ordinal or superlative up to
/// [`RANKED_SINCE_TOKENS`] tokens before it in the clause: "the first direct talks between
/// them since 2022", "the deadliest attack since early 2019", "for the first time since 2015".
/// The date is the last time before the event, not its date.
fn ranked_since(s: &SentenceView<'_>, lo: usize, b: usize, i: usize) -> bool {
    let mut k = i;
    while k > b && s.is_any(k - 1, &["early", "late", "mid", "the"]) {
        k -= 1;
    }
    if k <= b || !s.is(k - 1, "since") {
        return false;
    }
    let since = k - 1;
    (lo.max(since.saturating_sub(RANKED_SINCE_TOKENS))..since)
        .any(|p| s.shape(p) == Shape::Lower && s.is_any(p, RANKING))
}

/// How far before "since" the ordinal or superlative may be.
const RANKED_SINCE_TOKENS: usize = 8;

/// Ordinals and ranking words that make "since X" the last time before the event.
const RANKING: &[&str] = &[
    "first",
    "last",
    "only",
    "biggest",
    "largest",
    "worst",
    "deadliest",
    "bloodiest",
    "heaviest",
    "fiercest",
    "highest",
    "most",
    "strongest",
];

/// Prepositions that place one event relative to another ("after the attack").
const TEMPORAL_PREPOSITIONS: &[&str] = &["after", "before", "since", "until", "following"];

/// The longest speaker phrase of a trailing attribution (", the foreign ministry said").
const ATTRIBUTION_TOKENS: usize = 8;

/// How many tokens farther a date counts when it sits in an earlier coordinated verb phrase.
const CONJUNCT_PENALTY: usize = 10;

/// How many tokens farther a date that modifies another noun counts ("a third-quarter loss").
const MODIFIER_PENALTY: usize = 10;

/// Prepositions after which "ADJ TRIGGER" is a noun phrase ("for fresh protests").
const PREPOSITIONS_BEFORE_NOUN: GatedList = (
    C_FUNCTION,
    &[
        "for", "of", "in", "on", "with", "after", "against", "amid", "during", "over", "from",
        "despite", "into",
    ],
);

/// Verbs of a relative clause that give its noun's time: "an attack that began on Sunday".
const EVENT_HAPPENED: &[&str] = &[
    "began", "begun", "started", "took", "occurred", "happened", "erupted", "broke", "unfolded",
    "ended", "came",
];

#[allow(clippy::too_many_arguments)]
fn modality(
    s: &SentenceView<'_>,
    a: usize,
    b: usize,
    lo: usize,
    hi: usize,
    opener: Option<usize>,
    ty: EventType,
    nominal: bool,
) -> (bool, Modality) {
    let mut negated = false;
    let mut hypothetical = false;
    // The auxiliary chain before the trigger.
    let mut j = a;
    let mut steps = 0;
    while j > lo && steps < 4 {
        let t = j - 1;
        let w = s.word(t);
        if s.has(t, words::NEGATION) || w.ends_with("n't") || w.ends_with("n’t") {
            negated = true;
        }
        if s.has(t, C_MODAL | words::NEGATED_MODAL) {
            hypothetical = true;
        }
        // "denied attacking civilians".
        if steps == 0 && s.word(a).ends_with("ing") && s.is_any(t, DENY) {
            negated = true;
            break;
        }
        if s.is(t, "to") {
            // "threatened to attack", "failed to stem", but "began to withdraw".
            let gov = s.skip_chain_left(t, lo);
            match gov {
                Some(g) if s.has(g, words::NEGATING_BEFORE_TO) => negated = true,
                Some(g) if s.has(g, words::NOT_FACTIVE_BEFORE_TO) => {}
                _ if !nominal => hypothetical = true,
                _ => {}
            }
            break;
        }
        if !(s.has(t, words::VERB_LIKE_CHAIN)
            || s.is_adverb(t)
            || w.ends_with("n't")
            || w.ends_with("n’t"))
        {
            // Nominal modifiers: "possible attack", "no withdrawal".
            if nominal && s.has(t, words::HYPOTHETICAL_ADJ) {
                hypothetical = true;
            }
            if !(nominal && s.shape(t) == Shape::Lower && steps == 0) {
                break;
            }
        }
        j = t;
        steps += 1;
    }
    if nominal {
        // "threat of attack", "plans for a withdrawal".
        let mut k = a;
        while k > lo && a - k < 3 && (s.has(k - 1, C_DETERMINER) || s.shape(k - 1) == Shape::Lower)
        {
            k -= 1;
            if k > lo && s.has(k - 1, words::HYPOTHETICAL_NOUN) && s.is_any(k, &["of", "for"]) {
                hypothetical = true;
                break;
            }
        }
        // "agreed to stop attacks on civilians", "foiled a bomb attack", "demand the
        // resignation": an event that is stopped, prevented or asked for is not asserted to
        // happen.
        let mut k = a;
        while k > lo
            && a - k < 3
            && (s.has(k - 1, C_DETERMINER)
                || s.shape(k - 1) == Shape::Lower && !s.has(k - 1, words::FUNCTION))
            && !s.is_any(k - 1, PREVENTING)
            && !s.is_any(k - 1, DEMANDING)
        {
            k -= 1;
        }
        if k > lo && (s.is_any(k - 1, PREVENTING) || s.is_any(k - 1, DEMANDING)) {
            hypothetical = true;
        }
        // "a cessation of hostilities", "an end to the fighting": the noun of a stop and its
        // preposition, then at most two determiners or lower-case words.
        let mut k = a;
        while k > lo + 1 && a - k < 3 {
            if STOPPING_NOUNS
                .iter()
                .any(|&(noun, prep)| s.is(k - 2, noun) && s.is(k - 1, prep))
            {
                hypothetical = true;
                break;
            }
            if !(s.has(k - 1, C_DETERMINER)
                || s.shape(k - 1) == Shape::Lower && !s.has(k - 1, words::FUNCTION))
            {
                break;
            }
            k -= 1;
        }
        // "an offensive was imminent".
        if (b..hi.min(b + 4)).any(|i| s.has(i, words::HYPOTHETICAL_ADJ))
            && (b..hi.min(b + 3)).any(|i| s.is_any(i, COPULAS))
        {
            hypothetical = true;
        }
    }
    if let Some(o) = opener {
        if s.is_any(o, &["if", "unless", "whether"]) {
            hypothetical = true;
        }
    }
    if hypothetical {
        return (negated, Modality::Hypothetical);
    }
    // Reported: an attribution in the sentence and the trigger is not itself the statement.
    // (Each test below looks for a word class: none when the sentence has none of it.)
    let adverb = s.classes & words::REPORTED_ADVERB != 0
        && (lo..hi).any(|i| s.has(i, words::REPORTED_ADVERB));
    let attributed = ty != EventType::Statement && s.classes & C_REPORTING != 0 && {
        let before = || (0..a).any(|i| s.has(i, C_REPORTING) && s.ent_index(i).is_none());
        // "..., officials said."
        let after = || {
            (b..s.len()).any(|i| {
                s.has(i, C_REPORTING)
                    && (i.saturating_sub(4)..i).any(|c| c >= b && s.is_punct(c, &[',', '"', '”']))
            })
        };
        let according = || {
            (0..s.len()).any(|i| s.has(i, C_REPORTING) && s.is(i, "according") && s.is(i + 1, "to"))
        };
        before() || after() || according()
    };
    if adverb || attributed {
        return (negated, Modality::Reported);
    }
    (negated, Modality::Asserted)
}

/// Nouns of a stop and the preposition before the event stopped ("a cessation of hostilities",
/// "an end to the fighting", "a halt to air strikes"): the event is not asserted to happen.
const STOPPING_NOUNS: &[(&str, &str)] = &[
    ("cessation", "of"),
    ("end", "to"),
    ("halt", "to"),
    ("suspension", "of"),
];

/// Verbs that stop or prevent the event named by their object ("agreed to stop attacks",
/// "foiled a bomb attack").
/// ("stopped its offensive" tells that the offensive happened: only the base forms of "stop"
/// and "halt", after "to" or a modal, are listed.)
const PREVENTING: &[&str] = &[
    "stop",
    "halt",
    "prevent",
    "prevents",
    "prevented",
    "preventing",
    "avert",
    "averts",
    "averted",
    "averting",
    "thwart",
    "thwarts",
    "thwarted",
    "thwarting",
    "foil",
    "foils",
    "foiled",
    "foiling",
];

/// Verbs that ask for the event named by their object, which has not happened ("demand the
/// resignation of the president", "sought the release of", "urged a ceasefire").
const DEMANDING: &[&str] = &[
    "demand",
    "demands",
    "demanded",
    "demanding",
    "seek",
    "seeks",
    "sought",
    "seeking",
    "urge",
    "urges",
    "urged",
    "urging",
];

/// The auxiliary chain seen by the modality test.
const VERB_LIKE_CHAIN: &[&str] = &[
    "had", "has", "have", "was", "were", "is", "are", "be", "been", "being", "did", "does", "do",
    "will", "would", "could", "should", "may", "might", "must", "can", "shall", "not", "never",
    "just", "also", "already", "cannot", "ll", "'", "’", "no", "without", "nor", "then", "still",
    "again", "ever", "yet",
];
