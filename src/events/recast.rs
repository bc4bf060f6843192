//! A reading's type checked against the trigger's phrase and actors: the noun of "said in a
//! statement" repeats the verb's statement, an armed force that "would respond" makes no
//! statement, a security mission that arrives is deployed, one party that "agreed to" do
//! something consents (no agreement), one who "agreed with" a view or a person holds an
//! opinion, and an agreement or meeting revoked, left or called off is no event.

use super::sentence::{C_DETERMINER, C_REPORTING, SentenceView};
use super::{Argument, EventType};
use crate::document::Label;
use crate::tokens::Shape;
use crate::words;

/// The type of the trigger at token `a` read as `ty` with `actors`, or `None` when the
/// trigger is no event of its own.
pub(crate) fn retype(
    s: &SentenceView<'_>,
    a: usize,
    ty: EventType,
    actors: &[Argument],
) -> Option<EventType> {
    match ty {
        EventType::Statement if statement_of_reporting_verb(s, a) => None,
        EventType::Statement if armed_response(s, a, actors) => None,
        EventType::Travel if security_mission(s, a, actors) => Some(EventType::Deployment),
        EventType::Agreement if one_party_consent(s, a, actors) || agreed_with_view(s, a) => None,
        EventType::Agreement | EventType::Meeting if cancelled(s, a) => None,
        _ => Some(ty),
    }
}

/// The most tokens between a reporting verb and "in a statement" ("said on Friday in a
/// statement", "told reporters in a statement").
const VERB_TO_IN_TOKENS: usize = 4;

/// "Hezbollah said in a statement that ...", "In a statement, the ministry said ...": the noun
/// `statement` at `a` is the statement the reporting verb reports, no second one.
fn statement_of_reporting_verb(s: &SentenceView<'_>, a: usize) -> bool {
    if !s.is_any(a, &["statement", "statements"]) {
        return false;
    }
    // "in a statement", "in a written statement", "in its joint statement".
    let Some(d) = (a.saturating_sub(2)..a)
        .rev()
        .find(|&k| s.has(k, C_DETERMINER))
    else {
        return false;
    };
    if d == 0 || !s.is(d - 1, "in") {
        return false;
    }
    let p = d - 1;
    // The verb before: "said in a statement".
    if (p.saturating_sub(VERB_TO_IN_TOKENS)..p).any(|k| s.has(k, C_REPORTING)) {
        return true;
    }
    // The phrase opens the sentence, the verb after it: "In a statement, the army said".
    p == 0
        && s.is_punct(a + 1, &[','])
        && (a + 2..s.len().min(a + 12)).any(|k| s.has(k, C_REPORTING))
}

/// "The army would respond", "troops responded with artillery": "respond" of an armed force
/// is an action (at most a threat of one), no statement.
fn armed_response(s: &SentenceView<'_>, a: usize, actors: &[Argument]) -> bool {
    s.word(a)
        .get(..7)
        .is_some_and(|w| w.eq_ignore_ascii_case("respond"))
        && actors.iter().any(|x| {
            let (ax, ay) = s.tokens_of(x.span);
            (ax..ay).any(|k| s.has(k, words::MILITARY))
        })
}

/// Words that make a "mission" an armed one (closed class).
const ARMED_MISSION: &[&str] = &[
    "security",
    "peacekeeping",
    "peace-keeping",
    "military",
    "multinational",
    "stabilization",
    "stabilisation",
    "police",
    "intervention",
];

/// "A Kenyan-led multinational security mission, which arrived in Haiti": a mission of armed
/// forces or police that arrives is deployed.
fn security_mission(s: &SentenceView<'_>, a: usize, actors: &[Argument]) -> bool {
    s.is_any(a, &["arrived", "arrive", "arrives", "arriving", "arrival"])
        && actors.iter().any(|x| {
            let (x, y) = s.tokens_of(x.span);
            y > x
                && s.is_any(y - 1, &["mission", "missions"])
                && (x..y - 1).any(|k| s.is_any(k, ARMED_MISSION))
        })
}

/// Nouns that "agreed to" takes without a determiner as the thing agreed (closed class):
/// "agreed to terms", "agreed to ceasefire talks".
const AGREED_TO_NOUNS: &[&str] = &[
    "terms",
    "talks",
    "ceasefire",
    "cease-fire",
    "truce",
    "peace",
    "demands",
    "negotiations",
    "mediation",
    "arbitration",
    "conditions",
    "compromise",
    "proposals",
    "dialogue",
];

/// Words of an actor phrase that name two or more parties (closed class): "the two sides
/// agreed to resume talks".
const PARTIES: &[&str] = &[
    "both",
    "two",
    "three",
    "sides",
    "parties",
    "countries",
    "nations",
    "governments",
    "neighbours",
    "neighbors",
    "allies",
    "rivals",
];

/// "The Supreme Court agreed to decide whether ...", "the firm agreed to pay $5 million": one
/// party that "agreed to" a bare verb consents to act; no agreement. Two parties ("Russia and
/// Ukraine agreed to swap prisoners", "the two sides agreed to resume talks", "met the
/// unions and agreed to drop the tax") and a thing agreed ("agreed to a ceasefire", "agreed to
/// terms") keep it.
fn one_party_consent(s: &SentenceView<'_>, a: usize, actors: &[Argument]) -> bool {
    if !s.is_any(a, &["agree", "agreed", "agrees", "agreeing"]) || !s.is(a + 1, "to") {
        return false;
    }
    let v = a + 2;
    let bare_verb = v < s.len()
        && s.shape(v) == Shape::Lower
        && !s.has(v, C_DETERMINER)
        && !s.is_any(v, AGREED_TO_NOUNS)
        && !s.word(v).ends_with("ed")
        && !s.word(v).ends_with("ing");
    let parties = actors.len() >= 2
        || actors.iter().any(|x| {
            let (x, y) = s.tokens_of(x.span);
            (x..y).any(|k| s.is_any(k, PARTIES) || s.is(k, "and"))
        });
    // "met opposition leaders and agreed to drop the tax": with those it met.
    let met = (0..a).any(|k| s.is_any(k, &["met", "meeting", "talks", "negotiations"]));
    bare_verb && !parties && !met
}

/// Verbs and participles that end or leave an agreement (closed class): "revoked the defence
/// agreement", "the scrapped deal", "tore up the accord".
const CANCELLING: &[&str] = &[
    "revoke",
    "revoked",
    "revokes",
    "revoking",
    "scrap",
    "scrapped",
    "scraps",
    "scrapping",
    "cancel",
    "cancelled",
    "canceled",
    "cancels",
    "cancelling",
    "canceling",
    "suspend",
    "suspended",
    "suspends",
    "suspending",
    "terminate",
    "terminated",
    "terminates",
    "terminating",
    "annul",
    "annulled",
    "annuls",
    "annulling",
    "abrogate",
    "abrogated",
    "abrogates",
    "abrogating",
    "rescind",
    "rescinded",
    "rescinds",
    "rescinding",
    "repudiate",
    "repudiated",
    "repudiates",
    "repudiating",
    "nullify",
    "nullified",
    "nullifies",
    "void",
    "voided",
    "abandon",
    "abandoned",
    "abandons",
    "abandoning",
    "ditch",
    "ditched",
    "ditches",
    "ditching",
    "quit",
    "quits",
    "quitting",
    "exit",
    "exited",
    "exits",
    "exiting",
    "renounce",
    "renounced",
    "renounces",
    "renouncing",
    "cancellation",
    "termination",
    "suspension",
    "revocation",
    "annulment",
    "abrogation",
];

/// Verbs of leaving before "from"/"out of" ("withdrew from the deal", "pulled out of the
/// accord", "walked away from the agreement").
const LEAVING: &[&str] = &[
    "withdraw",
    "withdrew",
    "withdrawn",
    "withdraws",
    "withdrawing",
    "withdrawal",
    "pull",
    "pulled",
    "pulls",
    "pulling",
    "pullout",
    "back",
    "backed",
    "backs",
    "backing",
    "walk",
    "walked",
    "walks",
    "walking",
    "away",
    "exit",
];

/// Verbs before "up" that tear up an agreement.
const TEARING: &[&str] = &["tear", "tore", "torn", "tears", "tearing", "rip", "ripped"];

/// How many words of the agreement noun's phrase are walked back over ("its 2015 defence
/// cooperation agreement").
const AGREEMENT_PHRASE_TOKENS: usize = 6;

/// "The junta revoked the defence agreement with France", "cancelled its distribution deal",
/// "withdrew from the accord", "the cancellation of the treaty", "the pact was scrapped",
/// "suspended talks": the agreement or meeting noun at `a` names one that is ended, left or
/// called off, no event of its type.
fn cancelled(s: &SentenceView<'_>, a: usize) -> bool {
    // Back over the noun's phrase: determiners, modifiers, names, numbers, possessives.
    // "the pact was scrapped", "the deal has been cancelled".
    let mut j = a + 1;
    while j < s.len() && j <= a + 3 && s.has(j, words::CHAIN) {
        j += 1;
    }
    if j > a + 1 && s.word(j).ends_with("ed") && s.is_any(j, CANCELLING) {
        return true;
    }
    let mut p = a;
    while p > 0 && a - p < AGREEMENT_PHRASE_TOKENS {
        let k = p - 1;
        if s.is_any(k, CANCELLING) || s.is(k, "up") && k > 0 && s.is_any(k - 1, TEARING) {
            return true;
        }
        // (A lower-case "-ed" or "-ing" word ends the walk: "signed a new deal".)
        let modifier = s.has(k, C_DETERMINER)
            || s.in_np(k)
                && !s.has(k, words::CHAIN)
                && !(s.shape(k) == Shape::Lower
                    && (s.word(k).ends_with("ed") || s.word(k).ends_with("ing")));
        if !modifier {
            break;
        }
        p = k;
    }
    let Some(k) = p.checked_sub(1) else {
        return false;
    };
    // "of the treaty" after a noun of ending; "from the deal", "out of the accord" after a
    // verb of leaving; "tore up the pact".
    let before = |w: &[&str]| k > 0 && s.is_any(k - 1, w);
    if s.is(k, "of")
        && (before(CANCELLING)
            || k > 1 && s.is(k - 1, "out") && {
                let v = k - 2;
                s.is_any(v, LEAVING)
            })
    {
        return true;
    }
    s.is(k, "from") && before(LEAVING)
}

/// Heads of a party to an agreement that are no name (closed class): "agreed with the
/// government to ...", "signed a deal with its lenders".
const PARTY_NOUNS: &[&str] = &[
    "government",
    "governments",
    "opposition",
    "union",
    "unions",
    "junta",
    "lenders",
    "creditors",
    "bondholders",
    "company",
    "companies",
    "firm",
    "firms",
    "group",
    "groups",
    "authorities",
    "administration",
    "neighbour",
    "neighbor",
    "neighbours",
    "neighbors",
    "partners",
    "allies",
    "states",
    "countries",
    "movement",
    "coalition",
    "bloc",
    "alliance",
    "parties",
    "side",
];

/// The most tokens between an agreement trigger and the "with" of its other party ("signed
/// a new supply agreement with").
const TRIGGER_TO_WITH_TOKENS: usize = 6;

/// The other party of the agreement whose trigger ends before `b`: the phrase after a "with" right
/// after the trigger or its object ("agreed with Niger to reopen the border", "signed a supply
/// agreement with Hanil Steel", "a deal with its lenders"), when it is a name (person,
/// organization, place, group) or is headed by a party noun. `[x, y)`, before `hi`.
pub(crate) fn agreement_partner(
    s: &SentenceView<'_>,
    b: usize,
    hi: usize,
) -> Option<(usize, usize)> {
    let w = (b..hi.min(b + TRIGGER_TO_WITH_TOKENS))
        .take_while(|&k| k == b || s.has(k, C_DETERMINER) || s.in_np(k) || s.is(k, "with"))
        .find(|&k| s.is(k, "with"))?;
    // ("agreed with" right after the verb; after an object, only an agreement's noun: "signed
    // a deal with", not "signed the bill with fanfare".)
    if w > b && !(b..w).any(|k| s.is_any(k, AGREEMENT_NOUNS)) {
        return None;
    }
    let (x, y) = s.np_starting_at(w + 1, hi)?;
    let named = (x..y).any(|i| {
        s.ent(i).is_some_and(|e| {
            matches!(
                e.label,
                Label::Person | Label::Organization | Label::Location | Label::Norp
            )
        })
    });
    let group = s.has(y - 1, words::MILITARY | words::ROLE_PLURAL) || s.is_any(y - 1, PARTY_NOUNS);
    (named || group).then_some((x, y))
}

/// Nouns of an agreement that an agreement verb takes as its object ("signed a deal with").
const AGREEMENT_NOUNS: &[&str] = &[
    "agreement",
    "agreements",
    "deal",
    "deals",
    "accord",
    "accords",
    "pact",
    "pacts",
    "treaty",
    "treaties",
    "contract",
    "contracts",
    "memorandum",
    "ceasefire",
    "cease-fire",
    "truce",
    "settlement",
    "partnership",
    "understanding",
    "compromise",
];

/// Words after the other party of "agreed with" that make it an agreement ("agreed with Niger
/// to reopen the border", "agreed with the IMF on a loan").
const AGREED_WITH_NEXT: &[&str] = &["to", "on", "over", "in", "at", "for"];

/// "The judge agreed with the assessment", "Ali agreed with Trump that ...": "agreed with" a
/// view, or with a party and then no terms ("to ...", "on ..."), is an opinion, no agreement.
fn agreed_with_view(s: &SentenceView<'_>, a: usize) -> bool {
    if !s.is_any(a, &["agree", "agreed", "agrees", "agreeing"]) || !s.is(a + 1, "with") {
        return false;
    }
    match agreement_partner(s, a + 1, s.len()) {
        Some((_, y)) => !s.is_any(y, AGREED_WITH_NEXT),
        None => true,
    }
}
