//! Actors that another phrase gives: the organization of "its fighters" in what it says, the
//! accused of "accused Rwanda of sending troops", and the earlier actor a speaker pronoun
//! ("He said", "It said") refers to.

use super::analyze::{Analysis, argument};
use super::sentence::{C_DETERMINER, SentenceView};
use super::{Argument, Event, EventType, Modality};
use crate::document::{Entity, Label, Sentence, Span};
use crate::gazetteer::{Gender, given_name_gender};
use crate::words;

/// Sentence stage: "its fighters" in a statement's clause, and the object of "accused X of".
pub(crate) fn link_in_sentence(s: &SentenceView<'_>, events: &mut [(Span, Analysis)]) {
    own_forces(s, events);
    accused_of(s, events);
}

/// "Hezbollah said in a statement that its fighters had ambushed": an actor "its/their"
/// forces (a military head) after a statement of a group is that group.
fn own_forces(s: &SentenceView<'_>, events: &mut [(Span, Analysis)]) {
    for i in 1..events.len() {
        let (head, tail) = events.split_at_mut(i);
        let ev = &mut tail[0].1;
        // (The text before the actor first: most actors have no "its" before them.)
        let Some(k) = ev.actors.iter().position(|x| {
            let before = s.text.as_bytes().get(..x.span.start).unwrap_or_default();
            let possessive = |w: &[u8]| {
                before.len() > w.len()
                    && before[before.len() - w.len()..].eq_ignore_ascii_case(w)
                    && !before[before.len() - w.len() - 1].is_ascii_alphanumeric()
            };
            (possessive(b"its ") || possessive(b"their ")) && {
                let (ax, ay) = s.tokens_of(x.span);
                (ax..ay).any(|t| s.has(t, words::MILITARY))
            }
        }) else {
            continue;
        };
        // ("its" of one group, "their" of a plural or a named group: "the ministry said their
        // troops" names no speaker's forces.)
        let singular = s
            .text
            .get(..ev.actors[k].span.start)
            .map(|t| t.trim_end().as_bytes())
            .is_some_and(|t| t.len() >= 3 && t[t.len() - 3..].eq_ignore_ascii_case(b"its"));
        let speaker = head.iter().rev().find(|(_, p)| {
            p.ty == EventType::Statement
                && !p.actors.is_empty()
                && p.actors.iter().all(|x| {
                    x.label != Some(Label::Person) && group_number_agrees(s.text, x, singular)
                })
        });
        if let Some((_, st)) = speaker {
            ev.actors.splice(k..=k, st.actors.iter().cloned());
        }
    }
}

/// Verbs whose object is the actor of a following "of/for/with V-ing" (closed class), and
/// whether they allege the act.
const ACCUSING: &[(&str, bool)] = &[
    ("accused", true),
    ("accuses", true),
    ("accuse", true),
    ("accusing", true),
    ("blamed", true),
    ("blames", true),
    ("blame", true),
    ("blaming", true),
    ("suspected", true),
    ("suspects", true),
    ("suspect", true),
    ("charged", true),
    ("charges", true),
    ("condemned", false),
    ("condemns", false),
    ("condemning", false),
    ("criticized", false),
    ("criticised", false),
    ("criticizes", false),
    ("criticises", false),
];

/// The longest object between an accusing verb and "of V-ing".
const ACCUSED_TOKENS: usize = 6;

/// "Congo accused Rwanda of sending troops", "blamed the militia for killing 12": the object
/// of the accusing verb is the actor of the -ing trigger after "of", "for" or "with"; an
/// accusation reports the act, not asserts it.
fn accused_of(s: &SentenceView<'_>, events: &mut [(Span, Analysis)]) {
    for (t, ev) in events.iter_mut() {
        let gerund = s
            .text
            .as_bytes()
            .get(..t.end)
            .is_some_and(|w| w.ends_with(b"ing"));
        if !ev.actors.is_empty() || !gerund {
            continue;
        }
        let (a, _) = s.tokens_of(*t);
        if a < 3 || !s.is_any(a - 1, &["of", "for", "with"]) {
            continue;
        }
        // The verb, then the object: words of one noun phrase ("the Rwandan army").
        let Some((v, alleges)) = (a.saturating_sub(ACCUSED_TOKENS + 1)..a - 2)
            .rev()
            .take_while(|&k| s.in_np(k + 1) || s.has(k + 1, C_DETERMINER))
            .find_map(|k| {
                let w = s.word(k);
                ACCUSING
                    .iter()
                    .find(|(x, _)| x.eq_ignore_ascii_case(w))
                    .map(|&(_, alleges)| (k, alleges))
            })
        else {
            continue;
        };
        let (x, y) = (v + 1, a - 1);
        if let Some(arg) = argument(s, x, y) {
            ev.actors.push(arg);
            if alleges && ev.modality == Modality::Asserted {
                ev.modality = Modality::Reported;
            }
        }
    }
}

/// How many sentences back a speaker pronoun looks for its actor.
const PRONOUN_SENTENCES: usize = 2;

/// Words that may stand between a speaker pronoun and its verb ("He also said", "it had
/// killed"); no passive auxiliary ("He is accused" names no accuser).
const PRONOUN_TO_VERB: &[&str] = &[
    "also", "later", "then", "has", "had", "have", "further", "would", "will", "could", "might",
    "may", "not", "never", "already",
];

/// "Defence Minister Amir Peretz visited the base. He said ...", "The army said ... . It said
/// ...": a statement verb whose subject is "he"/"she" takes the last actor naming a person in
/// the two sentences before; "it"/"they" the last actor that names none. Only the nearest
/// candidate is taken, passing over persons known to be of the other gender ("Donald Tusk met
/// Ursula von der Leyen. She said": not Tusk; see [`person_gender`]).
pub(crate) fn pronoun_speakers(
    text: &str,
    sentences: &[Sentence],
    entities: &[Entity],
    events: &mut [Event],
) {
    for i in 0..events.len() {
        let ev = &events[i];
        if ev.event_type != EventType::Statement || !ev.actors.is_empty() || ev.info.nominal {
            continue;
        }
        let sentence = ev.sentence;
        let start = sentences[sentence].span.start;
        // '"We won," he said.': the pronoun right after a quotation that opens the sentence.
        let Some(pronoun) = speaker_pronoun(text, start, ev.trigger.start, WORDS_BEFORE_PRONOUN)
            .or_else(|| {
                let after = after_quotation(text, start, ev.trigger.start)?;
                speaker_pronoun(text, after, ev.trigger.start, 0)
            })
        else {
            continue;
        };
        let (person, singular) = (pronoun.person, pronoun.singular);
        let names_person = |x: &Argument| {
            x.label == Some(Label::Person) || {
                let e = entities.partition_point(|e| e.span.end <= x.span.start);
                entities[e..]
                    .iter()
                    .take_while(|e| e.span.start < x.span.end)
                    .any(|e| e.label == Label::Person)
            }
        };
        let found = events[..i]
            .iter()
            .rev()
            .take_while(|p| p.sentence + PRONOUN_SENTENCES >= sentence)
            .filter(|p| p.sentence < sentence)
            .flat_map(|p| p.actors.iter().rev())
            .filter(|x| !x.inferred)
            .find(|x| {
                pronoun.gender.is_none_or(|g| {
                    !names_person(x) || person_gender(text, entities, x) != Some(g.opposite())
                })
            })
            .filter(|x| names_person(x) == person && !(singular && role_phrase(text, x)))
            .filter(|x| person || group_number_agrees(text, x, singular))
            .filter(|x| !named_after(text, x, ev.trigger.end, sentences[sentence].span.end))
            .cloned();
        // "Boulos conceded defeat on Sunday. He said ...": with no event's actor in the
        // sentence before, the first person it names, when the gender fits.
        let previous = sentence.checked_sub(1).map(|k| sentences[k].span);
        let nearer = |x: &Argument| previous.is_some_and(|p| x.span.start >= p.start);
        let found = match (found, previous) {
            (Some(x), _) if nearer(&x) => Some(x),
            (found, Some(p)) if person => first_person(entities, p)
                .filter(|x| {
                    pronoun
                        .gender
                        .is_none_or(|g| person_gender(text, entities, x) != Some(g.opposite()))
                })
                .filter(|x| !named_after(text, x, ev.trigger.end, sentences[sentence].span.end))
                .or(found),
            (found, _) => found,
        };
        let Some(x) = found else {
            continue;
        };
        // "He said he would visit Kyiv".
        give_speaker(events, i, x, |from, at| {
            speaker_pronoun(text, from, at, usize::MAX) == Some(pronoun)
        });
    }
}

/// Gives statement `i` its speaker `x`, and so the events of its reported clause (after it in
/// its sentence, not asserted, with no actor) whose subject is the same pronoun, as
/// `same_pronoun(from, at)` tells for the text between the statement's trigger and theirs:
/// "He said he would visit Kyiv", "They said they had recovered five bodies".
pub(crate) fn give_speaker(
    events: &mut [Event],
    i: usize,
    x: Argument,
    same_pronoun: impl Fn(usize, usize) -> bool,
) {
    let (sentence, from) = (events[i].sentence, events[i].trigger.end);
    for r in events[i + 1..].iter_mut() {
        if r.sentence != sentence {
            break;
        }
        if r.actors.is_empty()
            && !r.info.nominal
            && r.modality != Modality::Asserted
            && same_pronoun(from, r.trigger.start)
        {
            r.actors.push(x.clone());
        }
    }
    events[i].actors.push(x);
}

/// The last word of an argument.
fn last_word<'t>(text: &'t str, x: &Argument) -> &'t str {
    text.get(x.span.range())
        .and_then(|t| t.rsplit(' ').next())
        .unwrap_or_default()
}

/// Whether a group actor can be "it" (`singular`) or "they": a phrase that is no name agrees
/// by its last word ("the rebels" is "they", "the ministry" is "it"); a named group is either.
fn group_number_agrees(text: &str, x: &Argument, singular: bool) -> bool {
    if matches!(x.label, Some(Label::Organization | Label::Norp)) {
        return true;
    }
    let last = last_word(text, x);
    let plural = last.ends_with('s') && !last.ends_with("ss");
    plural != singular
}

/// A phrase headed by a role noun ("the president", "officials"): a person or persons, not
/// the group "it" or "they" stands for.
fn role_phrase(text: &str, x: &Argument) -> bool {
    x.label.is_none()
        && words::class_of(last_word(text, x).as_bytes()) & (words::ROLE | words::ROLE_PLURAL) != 0
}

/// Whether the candidate's last word is named again between the statement verb and `end` ("He
/// said President Mwanawasa remains ...": he is someone else).
fn named_after(text: &str, x: &Argument, from: usize, end: usize) -> bool {
    let last = last_word(text, x);
    !last.is_empty()
        && text
            .get(from..end)
            .is_some_and(|t| t.split(|c: char| !c.is_alphanumeric()).any(|w| w == last))
}

/// The first person entity inside `span`, as an argument.
fn first_person(entities: &[Entity], span: Span) -> Option<Argument> {
    let first = entities.partition_point(|e| e.span.start < span.start);
    entities[first..]
        .iter()
        .take_while(|e| e.span.end <= span.end)
        .find(|e| e.label == Label::Person)
        .map(Argument::of_entity)
}

/// Where the words after a quotation that opens the sentence at `start` begin, past its
/// closing mark and a comma ('"We won," he said'), if the quotation ends before `at`.
fn after_quotation(text: &str, start: usize, at: usize) -> Option<usize> {
    let s = text.get(start..at)?;
    let opened = s.starts_with(['"', '\u{201c}']);
    if !opened {
        return None;
    }
    let close = s.rfind(['"', '\u{201d}'])?;
    if close == 0 {
        return None;
    }
    let mark = s[close..].chars().next()?.len_utf8();
    let rest = &s[close + mark..];
    let comma = rest.len() - rest.trim_start_matches([',', ' ']).len();
    Some(start + close + mark + comma)
}

/// The most words before a speaker pronoun in its sentence ("But he said", "Earlier, she
/// said"): later in the sentence, a name before it is the likelier antecedent.
const WORDS_BEFORE_PRONOUN: usize = 1;

/// A subject pronoun: whether it names a person ("he", "she"), whether it is singular, and
/// the gender it marks ("she": female; "it", "they": none).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Pronoun {
    person: bool,
    singular: bool,
    gender: Option<Gender>,
}

/// The subject pronoun before a verb starting at byte `at`, past a few adverbs and
/// auxiliaries, after at most `words_before` words from byte `start` (`usize::MAX`: any).
fn speaker_pronoun(text: &str, start: usize, at: usize, words_before: usize) -> Option<Pronoun> {
    let mut words = text.get(start..at)?.split_ascii_whitespace().rev();
    let mut w = words.next()?;
    for _ in 0..3 {
        if !PRONOUN_TO_VERB.iter().any(|x| x.eq_ignore_ascii_case(w)) {
            break;
        }
        w = words.next()?;
    }
    if words_before < usize::MAX && words.count() > words_before {
        return None;
    }
    let is = |x: &str| w.eq_ignore_ascii_case(x);
    let (person, singular, gender) = if is("he") {
        (true, true, Some(Gender::Male))
    } else if is("she") {
        (true, true, Some(Gender::Female))
    } else if is("it") {
        (false, true, None)
    } else if is("they") {
        (false, false, None)
    } else {
        return None;
    };
    Some(Pronoun {
        person,
        singular,
        gender,
    })
}

/// Honorifics and titles before a name that mark a woman ("Mrs. Thatcher", "Queen Rania"),
/// as written (capitalized; abbreviations with their period).
const FEMALE_TITLES: &[&str] = &[
    "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Madam", "Madame", "Mme", "Mme.", "Mlle", "Mlle.", "Queen",
    "Princess", "Dame", "Lady", "Duchess", "Countess", "Baroness", "Empress", "Sheikha", "Begum",
];

/// Honorifics and titles before a name that mark a man ("Mr. Blair", "King Abdullah"). Not
/// "Sheikh", which also opens names ("Sheikh Hasina").
const MALE_TITLES: &[&str] = &[
    "Mr",
    "Mr.",
    "Monsieur",
    "Herr",
    "Sir",
    "King",
    "Prince",
    "Lord",
    "Duke",
    "Earl",
    "Baron",
    "Emperor",
    "Sultan",
    "Emir",
    "Pope",
    "Ayatollah",
];

/// Role nouns in "-man" before a name that mark a man, in any case ("Congressman John
/// Lewis", "spokesman Ned Price"); any such noun in "-woman" marks a woman.
const MALE_ROLE_NOUNS: &[&str] = &[
    "congressman",
    "assemblyman",
    "councilman",
    "spokesman",
    "businessman",
    "policeman",
];

/// Kinship nouns right before a name ("his wife Anna", "her son Luis").
const FEMALE_KIN: &[&str] = &[
    "wife",
    "widow",
    "mother",
    "daughter",
    "stepdaughter",
    "sister",
    "grandmother",
    "granddaughter",
    "aunt",
    "niece",
    "girlfriend",
];
const MALE_KIN: &[&str] = &[
    "husband",
    "widower",
    "father",
    "son",
    "stepson",
    "brother",
    "grandfather",
    "grandson",
    "uncle",
    "nephew",
    "boyfriend",
];

/// The gender a word before a name marks: an honorific or a gendered role noun, and, when
/// `kin`, a kinship noun.
fn marked_gender(w: &str, kin: bool) -> Option<Gender> {
    if FEMALE_TITLES.contains(&w) {
        return Some(Gender::Female);
    }
    if MALE_TITLES.contains(&w) {
        return Some(Gender::Male);
    }
    let ends_with = |suffix: &str| {
        w.len() > suffix.len()
            && w.get(w.len() - suffix.len()..)
                .is_some_and(|t| t.eq_ignore_ascii_case(suffix))
    };
    if ends_with("woman") {
        return Some(Gender::Female);
    }
    if MALE_ROLE_NOUNS.iter().any(|n| n.eq_ignore_ascii_case(w)) {
        return Some(Gender::Male);
    }
    if !kin {
        None
    } else if FEMALE_KIN.contains(&w) {
        Some(Gender::Female)
    } else if MALE_KIN.contains(&w) {
        Some(Gender::Male)
    } else {
        None
    }
}

/// The gender the words before a name mark: the titles from `from` (the start of the
/// argument, "Queen Rania") to the name, the name's own first word ("King Abdullah" as one
/// entity), and the word right before them ("Mrs. Thatcher", "his wife Anna").
fn honorific_gender(text: &str, from: usize, name: Span) -> Option<Gender> {
    let titles = text.get(from..name.start).unwrap_or_default();
    // The name's own first word only before another ("King Abdullah", not "King" for a
    // Billie Jean King).
    let own = text.get(name.range()).and_then(|t| {
        let mut words = t.split_whitespace();
        words.next().filter(|_| words.next().is_some())
    });
    if let Some(g) = titles
        .split_whitespace()
        .chain(own)
        .find_map(|w| marked_gender(w, false))
    {
        return Some(g);
    }
    let before = text.get(..from)?;
    // The word right before, with no punctuation between ("the Queen. Smith said" is none).
    if !before.ends_with(|c: char| c.is_whitespace()) {
        return None;
    }
    marked_gender(before.split_whitespace().next_back()?, true)
}

/// The gender of the person an actor names, or `None` when unknown: an honorific before this
/// mention or another mention of the same person (the same full name, or the same canonical
/// name coreference gave a short mention: "Mrs. Clinton ... Clinton"), else the given name of
/// a name of two words or more (a one-word mention may be a surname).
fn person_gender(text: &str, entities: &[Entity], x: &Argument) -> Option<Gender> {
    let first = entities.partition_point(|e| e.span.end <= x.span.start);
    let entity = entities[first..]
        .iter()
        .take_while(|e| e.span.start < x.span.end)
        .find(|e| e.label == Label::Person);
    let (name, key) = match entity {
        Some(e) => (e.span, e.canonical.as_deref().or(text.get(e.span.range()))),
        None => (x.span, text.get(x.span.range())),
    };
    let key = key?;
    if let Some(g) = honorific_gender(text, x.span.start.min(name.start), name) {
        return Some(g);
    }
    let same = |m: &&Entity| {
        m.label == Label::Person
            && m.span != name
            && m.canonical.as_deref().or(text.get(m.span.range())) == Some(key)
    };
    if let Some(g) = entities
        .iter()
        .filter(same)
        .find_map(|m| honorific_gender(text, m.span.start, m.span))
    {
        return Some(g);
    }
    let mut words = key.split_whitespace();
    let given = words.next()?;
    words.next()?;
    given_name_gender(given)
}
