//! PERSON rules: titles, given names, role nouns, appositions, bylines, and evidence after a name.
//!
//! Every rule reads a *name*: one to five capitalized words, with initials ("John F. Kennedy"),
//! name particles ("Osama bin Laden", "Nouri al-Maliki", "Luiz Inacio Lula da Silva", "Karl
//! zu Brandtfeld", two in a row: "Rodrigo de la Cruz"), a regnal number ("John Paul II"), a
//! generational suffix ("Martin Luther King Jr.") or a surname in capitals ("Edwin KOLOMBANA")
//! inside it, and never a weekday, a month, a capitalized function word, a title, a
//! nationality after its first word or a capitalized verb of a headline ("Lena Marsh
//! Narrates"). The rules differ in the evidence they need that the words name a person.
//!
//! | id | evidence |
//! |---|---|
//! | `rule:person.title_name` | a title right before ("President", "Consul General", "Mr."); titles in a row are one title, and so is a title with a capitalized role noun ("Chief Prosecutor"); after a title or role, "Sheikh" before one word is part of the name ("prime minister Sheikh Hasina") |
//! | `rule:person.given_name` | the first word is a known given name (or two joined by a hyphen: "Nancy-Amelia"), and the name has two words or more; not "Al" before no known surname ("Al Jazeera"), not a plural after "the" ("the Dixie Chicks") |
//! | `rule:person.role_name` | a lower-case role noun right before ("army commander Ratko Mladic") |
//! | `rule:person.apposition` | a role noun, a comma, the name ("Mali's new president, Assimi Goïta,") |
//! | `rule:person.byline` | "By" opening a line or "Reporting by"/"Editing by" in a credit line, each name closing at the line's end, a comma, "and", a semicolon or "in" + a place |
//! | `rule:person.says` | a name of two or three words, then a verb of saying ("Jan Kowal said", "Jan Kowal also told"); or one known surname that the gazetteer knows only as another city's spelling, opening a clause ("Ivanov said"); or a small town's name after a quote's verb of saying ("..., said Zongo.") |
//! | `rule:person.subject` | one known given name or surname opening a sentence before a verb only people do ("Malik met with", "Jane telephoned") or before a verb that a "his"/"her" later in the sentence refers back to ("Rogers also says ... his book") |
//! | `rule:person.who` | a name of two or three words, then ", who" or ", whose" |
//! | `rule:person.apposed_role` | a name of two or three words, then a comma, a determiner and a role noun ("Jan Kowal, the party's leader,") or "citizen", "national" or "native" closing the phrase ("Jan Kowal, a Polish national,") |
//! | `rule:person.as_role` | a name of two or three words, then "as", an optional "the" or possessive, a role noun and "of", "for", "at" or a stop ("confirmed Jan Kowal as director of the agency") |
//! | `rule:person.age` | a name of two or three words, then an age between commas ("Jan Kowal, 45,") |
//! | `rule:person.lineage` | a name with "bin"/"ibn"/"bint" or an "al-" word inside ("Hamid al-Rashidi"), not opening with a group or place noun ("Jaish", "Ras") |
//! | `rule:person.leader_of` | "the", a known surname alone, then "administration", "government", "regime"...; before "administration" or "presidency" also an unknown word or a small town's name ("the Obama administration") |
//! | `rule:person.surname` | two words, the first in no gazetteer, the second a known surname ("Qarvash Hussein"), not before a plural of people ("Deutsche Welle journalists") |
//! | `rule:person.nickname` | a known given name, a nickname of one or two words in quotes, a surname ("Rodolfo "Rudy" Delgado") |
//! | `rule:person.coordinated` | a name of two or three plain words joined by "and" to a name found by another rule ("Jihad Ghannam and Khalil Hamdan") |
//! | `rule:person.appellation` | "the", a word known only as a city, then a title that is no English role noun and no name after it ("the Dalai Lama said") |
//! | `rule:person.scorer` | "with", a name of two or three plain words, then a verb of scoring ("with Jan Kowal scoring the winner") |
//! | `rule:person.led_by` | "led by", "headed by" or "commanded by", a name of two or three plain words whose last word recurs later alone before a verb of saying or with "his"/"her" ("the gang, led by Jan Kowal, ... Kowal said his men") |
//! | `rule:person.syllable_name` | a short capitalized word, then a given name of two romanized East Asian syllables joined by a hyphen ("Ban Ki-moon", "Tsai Ing-wen") |
//!
//! The rules from `says` to `surname` (but `leader_of`) read names with no cue before them, so
//! every word must be a plain capitalized word: no title, no part of a gazetteer place,
//! nationality or organization, no noun of things; no such name follows a noun for a kind of
//! organization ("the company Bilfinger Berger"); only a first word that is only a small
//! town's name may open a name that a known surname and the evidence after it vouch for ("Hun
//! Sen said"). `syllable_name` reads its surname the same way (or a small town's name).
//!
//! On a title-case line (a headline: "Rebels Seize Town As Army Pulls Back") capitals say
//! nothing, so the given-name and title rules there also need a known surname or given name in
//! the name, and the role rules do not run.

use super::{Context, push};
use crate::document::{Label, PlaceKind, Source, Span};
use crate::gazetteer::EntryKind;
use crate::resolve::Candidate;
use crate::tokens::Shape;
use crate::words::{self, Case, WordList};

/// Runs the PERSON rules.
pub(super) fn find(ctx: &Context<'_>, out: &mut Vec<Candidate>) {
    let from = out.len();
    // Most specific evidence first: at equal spans, the first proposed names the rule.
    after_title(ctx, out);
    appellation(ctx, out);
    byline(ctx, out);
    after_role(ctx, out);
    given_name(ctx, out);
    nickname(ctx, out);
    bare_names(ctx, out);
    syllable_names(ctx, out);
    leader_of(ctx, out);
    town_surname_says(ctx, out);
    name_subject(ctx, out);
    led_by(ctx, out);
    coordinated(ctx, from, out);
    // "analyst Jane Doe of Edward Jones": the name after the person's "of" is their employer;
    // "beat Aston Villa 3-1": a name before a score is a team.
    let bytes = ctx.text.as_bytes();
    let mut k = from;
    while k < out.len() {
        let e = &out[k].entity;
        // Byte tests first: "of " before the name, a space and a digit after it.
        let of_before =
            e.span.start >= 3 && bytes.get(e.span.start - 3..e.span.start) == Some(b"of ");
        let digit_after = bytes.get(e.span.end) == Some(&b' ')
            && bytes.get(e.span.end + 1).is_some_and(u8::is_ascii_digit);
        if e.label == Label::Person
            && (of_before && employer_of(ctx, ctx.token_at(e.span.start))
                || digit_after && score_after(ctx, ctx.token_at(e.span.end)))
        {
            out.remove(k);
        } else {
            k += 1;
        }
    }
}

/// `rule:person.coordinated`: a name of two or three plain words joined by "and" to a name the
/// rules above found ("identified as Jihad Ghannam and Khalil Hamdan"): each word a capitalized
/// word in no gazetteer place, nationality or organization, and the name a whole capitalized run
/// after no function word ("the Ministry of External Affairs and X"). A comma is no joiner: it
/// sets off appositions too ("the firm X Y, Jane Doe, said"). Reads the candidates from `from`
/// on.
#[inline(never)]
fn coordinated(ctx: &Context<'_>, from: usize, out: &mut Vec<Candidate>) {
    let toks = ctx.tokens;
    let plain = |name: Name| {
        (2..=3).contains(&name.words)
            && name.end - name.start == name.words
            && (name.start..name.end).all(|j| bare_name_word(ctx, j))
            && !name.thing(ctx)
            && !name.place(ctx)
            && !arabic_article(ctx, name)
            && toks
                .get(name.end)
                .is_none_or(|t| !t.is_upper_initial() || !ctx.spaced(name.end - 1))
    };
    for c in from..out.len() {
        let e = &out[c].entity;
        if e.label != Label::Person || !matches!(e.source, Source::Rule(_)) {
            continue;
        }
        let (s, end) = (ctx.token_at(e.span.start), ctx.token_at(e.span.end));
        // Before: "A B and <name>"; the run of capitals ends right before the joiner.
        if s >= 3 && ctx.word(s - 1) == "and" && ctx.spaced(s - 1) {
            let last = s - 2;
            let mut first = last;
            while first > 0
                && last - first < 3
                && toks[first - 1].shape == Shape::Capitalized
                && ctx.spaced(first - 1)
            {
                first -= 1;
            }
            // "joined by Justices A B and <name>": a title, or a plural title, before the name
            // is no word of it.
            let titled = first < last && (title_at(ctx, first) || plural_title(ctx, first));
            if titled {
                first += 1;
            }
            // "the Ministry of External Affairs and X": a run after a function word or a noun
            // for a kind of organization is (part of) another name.
            let opens_run = first == 0
                || titled
                || !(toks[first - 1].is_upper_initial()
                    || matches!(ctx.word(first - 1), "of" | "for" | "to" | "the" | "&")
                    || after_type_noun(ctx, first));
            if let Some(name) = read_name(ctx, first).filter(|n| n.end == last + 1) {
                if opens_run && plain(name) && !title_case_line(ctx, toks[first].span.start) {
                    push(
                        out,
                        name.span(ctx),
                        Label::Person,
                        "rule:person.coordinated",
                    );
                }
            }
        }
        // After: "<name> and A B".
        if end + 1 < toks.len() && ctx.word(end) == "and" && ctx.spaced(end) {
            if let Some(name) = read_name(ctx, end + 1) {
                if plain(name) && !title_case_line(ctx, toks[end + 1].span.start) {
                    push(
                        out,
                        name.span(ctx),
                        Label::Person,
                        "rule:person.coordinated",
                    );
                }
            }
        }
    }
}

/// Whether token `i` is the plural of a one-word title ("Justices", "Senators", "Generals").
fn plural_title(ctx: &Context<'_>, i: usize) -> bool {
    let word = ctx.word(i);
    word.len() > 3
        && word.ends_with('s')
        && ctx
            .gazetteer
            .entries_for(&word[..word.len() - 1])
            .any(|e| e.kind == EntryKind::Title)
}

/// Lower-case nouns of what a leader heads, named after the leader ("the Karvel administration").
const LED: &[&str] = &[
    "administration",
    "cabinet",
    "campaign",
    "era",
    "government",
    "presidency",
    "regime",
];

/// The nouns of [`LED`] that only a head of government names ("the Trump administration"; "the
/// Communist regime" is no person's).
const LED_BY_PERSON: &[&str] = &["administration", "presidency"];

/// Endings of adjectives that name a party or a creed before [`LED_BY_PERSON`] nouns ("the
/// Republican administration", "the Democratic presidency", "the Conservative administration").
const ADJECTIVE_ENDINGS: &[&str] = &["al", "an", "ic", "ist", "ive"];

/// The population below which a town that shares a surname is no reading to weigh before
/// "administration" ("the Obama administration"; Obama is a Japanese town).
const SMALL_TOWN: u64 = 100_000;

/// Words between "the" and a leader's name that count a leader's terms or place them in time
/// ("the first Trump administration", "the previous Karvel government").
const TERM_WORDS: &[&str] = &[
    "current", "first", "former", "new", "previous", "second", "third",
];

/// `rule:person.leader_of`: "the" (and one word of [`TERM_WORDS`]), a known surname alone, then
/// a noun of [`LED`] ("the Karvel administration"); not a place, nationality or organization ("the Mali government"). Before
/// "administration" or "presidency" an unknown word does too ("the Trump administration"), and
/// so does a word that is only a small town ("the Obama administration").
#[inline(never)]
fn leader_of(ctx: &Context<'_>, out: &mut Vec<Candidate>) {
    let toks = ctx.tokens;
    for &i in &ctx.starts.capitalized {
        if i + 1 >= toks.len() {
            break;
        }
        // Shapes and lengths first, the texts after. "the first Trump administration": one
        // ordinal or time adjective of [`TERM_WORDS`] may stand after "the".
        let the = if i > 1 && TERM_WORDS.contains(&ctx.word(i - 1)) {
            i - 2
        } else {
            i.wrapping_sub(1)
        };
        if i == 0
            || toks[i + 1].shape != Shape::Lower
            || toks[the].span.len() != 3
            || !matches!(ctx.word(the), "the" | "The")
            || !ctx.spaced(i)
            || !LED.contains(&ctx.word(i + 1))
        {
            continue;
        }
        let known = ctx.name_part(i).surname && bare_name_word(ctx, i);
        let unknown = || {
            LED_BY_PERSON.contains(&ctx.word(i + 1))
                && name_word(ctx, i)
                && ctx.word(i).chars().all(char::is_alphabetic)
                && !title_at(ctx, i)
                && !org_word(ctx, i)
                && !ADJECTIVE_ENDINGS.iter().any(|e| ctx.word(i).ends_with(e))
                && only_small_town(ctx, i)
        };
        if known || unknown() {
            push(out, toks[i].span, Label::Person, "rule:person.leader_of");
        }
    }
}

/// Whether token `i` is a known given name or surname that the gazetteer knows only as a city
/// of any size, in a match of its own ("Bello", a surname and a city of 390,000): it may open
/// a bare name when a known given name follows ("Bello Mohammed, whose"; not "Washington Post
/// said").
fn named_city(ctx: &Context<'_>, i: usize) -> bool {
    let part = ctx.name_part(i);
    let t = ctx.tokens[i];
    (part.given || part.surname)
        && ctx.match_covering(t.span.start).is_some_and(|m| {
            m.span == t.span
                && ctx
                    .gazetteer
                    .entries_of(m.pattern)
                    .all(|e| e.kind == EntryKind::Place(PlaceKind::City))
        })
}

/// Whether token `i` is in the gazetteer only as another spelling of cities ("Kash" for
/// Kashgar): weaker evidence of a place than a city's own name, so a known surname after it
/// and evidence after the name make a person ("Kash Patel told reporters").
fn city_alias(ctx: &Context<'_>, i: usize) -> bool {
    let t = ctx.tokens[i];
    ctx.match_covering(t.span.start).is_some_and(|m| {
        m.span == t.span
            && ctx.gazetteer.entries_of(m.pattern).all(|e| {
                e.kind == EntryKind::Place(PlaceKind::City)
                    && e.canonical.as_deref().is_some_and(|c| c != &*e.surface)
            })
    })
}

/// `rule:person.says` for one word: a known surname that is no given name and in the gazetteer
/// only another spelling of a city ("Ivanov" for Ivanovo, "Banda"), opening a clause (no word
/// before it but punctuation) before a verb of saying ("Ivanov said"). Surnames in no
/// gazetteer ("Bloomberg said") and small towns' own names ("Goodyear said", "Honda said")
/// stay out: companies bear those. After a quote's verb of saying, a small town's name closing
/// the sentence or clause is the speaker too ("..., said Zongo.").
#[inline(never)]
fn town_surname_says(ctx: &Context<'_>, out: &mut Vec<Candidate>) {
    let toks = ctx.tokens;
    for &i in &ctx.starts.capitalized {
        if i + 1 >= toks.len() {
            break;
        }
        // "..., said Zongo.": a town's name closing a quote's verb of saying is its speaker.
        if i >= 2
            && toks[i - 1].shape == Shape::Lower
            && toks[i - 1].class & words::SAYS != 0
            && (matches!(ctx.word(i - 2), "," | "\"" | "\u{201d}"))
            && matches!(ctx.word(i + 1), "." | ",")
            && name_word(ctx, i)
            && ctx.match_covering(toks[i].span.start).is_some()
            && only_small_town(ctx, i)
        {
            push(out, toks[i].span, Label::Person, "rule:person.says");
            continue;
        }
        // Shapes first: a capitalized word before a lower-case one, after no word.
        if toks[i + 1].shape != Shape::Lower
            || i > 0 && matches!(toks[i - 1].shape, Shape::Lower | Shape::Capitalized)
            || !ctx.spaced(i)
        {
            continue;
        }
        let part = ctx.name_part(i);
        if !part.surname || part.given || !name_word(ctx, i) || title_at(ctx, i) {
            continue;
        }
        let start = toks[i].span.start;
        let town = ctx.match_covering(start).is_some_and(|m| {
            m.span == toks[i].span
                && ctx.gazetteer.entries_of(m.pattern).all(|e| {
                    e.kind == EntryKind::Place(PlaceKind::City)
                        && e.canonical.as_deref().is_some_and(|c| c != &*e.surface)
                })
        });
        if town && after_name(ctx, i + 1) == Some("rule:person.says") {
            push(out, toks[i].span, Label::Person, "rule:person.says");
        }
    }
}

/// Words that may stand between a one-word subject and its verb in [`name_subject`] (sorted).
const SUBJECT_ADVERBS: &[&str] = &[
    "also",
    "had",
    "has",
    "is",
    "later",
    "reportedly",
    "then",
    "was",
];

/// Verbs that only people do, after a one-word subject in [`name_subject`] (sorted): "met" only
/// before "with" (a company "met expectations"); "told" is a company's too ("Ford told
/// dealers").
const PERSON_VERBS: &[&str] = &["met", "telephoned"];

/// The most tokens [`name_subject`] reads after the verb for a pronoun.
const MAX_PRONOUN_DISTANCE: usize = 12;

/// `rule:person.subject`: a known given name or surname alone in no gazetteer match, opening a
/// sentence as the subject of a verb only people do ("Malik met with the envoys") or of a verb a "his" or "her" later in the sentence refers back to ("Rogers
/// also says the abuses in his book ...", "Ruiz has refused to give up her seat").
#[inline(never)]
fn name_subject(ctx: &Context<'_>, out: &mut Vec<Candidate>) {
    let toks = ctx.tokens;
    for &i in &ctx.starts.capitalized {
        if i + 2 >= toks.len() {
            break;
        }
        // Shapes and the sentence opening first.
        if i > 0 && toks[i - 1].shape != Shape::Punct
            || toks[i + 1].shape != Shape::Lower
            || !ctx.spaced(i)
            || i > 0 && !matches!(ctx.word(i - 1), "." | "!" | "?")
            || toks[i].class & words::ROLE_INITIAL != 0
        {
            continue;
        }
        let part = ctx.name_part(i);
        if !(part.given || part.surname)
            || !bare_name_word(ctx, i)
            || title_at(ctx, i)
            || ctx.word(i).ends_with("ing")
        {
            continue;
        }
        if subject_evidence(ctx, i + 1) && !title_case_line(ctx, toks[i].span.start) {
            push(out, toks[i].span, Label::Person, "rule:person.subject");
        }
    }
}

/// Whether the words from token `k`, right after a name opening a sentence, make the name a
/// person's ([`name_subject`], and plain names of two or three words in [`bare_names`]): a
/// verb only people do ("met with"), or a verb (after an auxiliary, a verb of saying, a past
/// form) that a "his" or "her" later in the sentence refers back to.
fn subject_evidence(ctx: &Context<'_>, k: usize) -> bool {
    let toks = ctx.tokens;
    let mut v = k;
    while v < k + 2 && v < toks.len() && SUBJECT_ADVERBS.binary_search(&ctx.word(v)).is_ok() {
        v += 1;
    }
    if v >= toks.len() || toks[v].shape != Shape::Lower {
        return false;
    }
    let verb = ctx.word(v);
    if PERSON_VERBS.binary_search(&verb).is_ok() && (verb != "met" || ctx.word(v + 1) == "with") {
        return true;
    }
    let verb_like = v > k && matches!(ctx.word(v - 1), "had" | "has" | "is" | "was")
        || toks[v].class & words::SAYS != 0
        || verb.len() > 4 && verb.ends_with("ed");
    verb_like
        && toks[v + 1..]
            .iter()
            .take(MAX_PRONOUN_DISTANCE)
            .take_while(|t| !matches!(&ctx.text[t.span.range()], "." | "!" | "?"))
            .any(|t| {
                matches!(
                    &ctx.text[t.span.range()],
                    "his" | "her" | "himself" | "herself"
                )
            })
}

/// Whether token `i` is no known name part and in a gazetteer match of its own that is only a
/// first-level division or a city ("Sabah", a Malaysian state): it may open a three-word name
/// whose second word is a known given name ("Sabah Abdullahi Mohamed, the commissioner").
fn only_place(ctx: &Context<'_>, i: usize) -> bool {
    let part = ctx.name_part(i);
    let t = ctx.tokens[i];
    !(part.given || part.surname)
        && ctx.match_covering(t.span.start).is_some_and(|m| {
            m.span == t.span
                && ctx.gazetteer.entries_of(m.pattern).all(|e| {
                    matches!(
                        e.kind,
                        EntryKind::Place(PlaceKind::City | PlaceKind::Admin1)
                    )
                })
        })
}

/// Whether token `i` is in no gazetteer match, or only in a match of its own that is a town
/// below [`SMALL_TOWN`] people.
fn only_small_town(ctx: &Context<'_>, i: usize) -> bool {
    let t = ctx.tokens[i];
    ctx.match_covering(t.span.start).is_none_or(|m| {
        m.span == t.span
            && ctx.gazetteer.entries_of(m.pattern).all(|e| {
                e.kind == EntryKind::Place(PlaceKind::City)
                    && e.place
                        .as_ref()
                        .is_some_and(|p| p.population.unwrap_or(0) < SMALL_TOWN)
            })
    })
}

/// The word lists of this module, registered as word classes ([`crate::words`]): compared as
/// written, like the searches they replace.
pub(super) const WORD_LISTS: &[WordList] = &[
    (NOT_NAME, Case::Exact, words::NOT_NAME),
    (ROLES, Case::Exact, words::ROLE),
    (ROLES, Case::Initial, words::ROLE_INITIAL),
    (ROLES_PLURAL, Case::Exact, words::ROLE_PLURAL),
    (NAME_VERBS, Case::Exact, words::NAME_VERB),
    (SAYS, Case::Exact, words::SAYS),
    (PARTICLES, Case::Exact, words::PARTICLE),
    (FAITHS, Case::Exact, words::FAITH),
    (PLACE_NOUNS, Case::Exact, words::PERSON_PLACE_NOUN),
    (THING_NOUNS, Case::Exact, words::THING_NOUN),
    (TITLE_CASE_LOWER, Case::Exact, words::TITLE_CASE_LOWER),
];

/// The most words a name may have.
const MAX_WORDS: usize = 5;

/// Capitalized words that never start or continue a name: weekdays, months, function words
/// that open sentences, the nouns of party members ("Billionaire Democrat Jim Justice") and the
/// generational suffixes, which only close one ([`SUFFIXES`]). Sorted, for binary search.
const NOT_NAME: &[&str] = &[
    "A",
    "About",
    "After",
    "Against",
    "All",
    "Also",
    "Among",
    "An",
    "And",
    "Any",
    "April",
    "As",
    "At",
    "August",
    "Before",
    "Between",
    "Both",
    "But",
    "By",
    "Conservative",
    "December",
    "Democrat",
    "Democrats",
    "Despite",
    "During",
    "Each",
    "Earlier",
    "Every",
    "February",
    "For",
    "Friday",
    "From",
    "He",
    "Her",
    "Here",
    "His",
    "How",
    "I",
    "If",
    "In",
    "Into",
    "It",
    "Its",
    "January",
    "Jnr",
    "Jr",
    "July",
    "June",
    "Last",
    "Later",
    "Liberal",
    "Libertarian",
    "March",
    "May",
    "Meanwhile",
    "Monday",
    "More",
    "Most",
    "My",
    "New",
    "No",
    "Nor",
    "Not",
    "November",
    "Now",
    "October",
    "Of",
    "On",
    "Once",
    "One",
    "Only",
    "Or",
    "Our",
    "Over",
    "Republican",
    "Republicans",
    "Saturday",
    "September",
    "She",
    "Since",
    "Snr",
    "So",
    "Some",
    "Sr",
    "Sunday",
    "That",
    "The",
    "Their",
    "Then",
    "There",
    "These",
    "They",
    "This",
    "Those",
    "Through",
    "Thursday",
    "To",
    "Today",
    "Tomorrow",
    "Toward",
    "Towards",
    "Tuesday",
    "Under",
    "Until",
    "Up",
    "Upon",
    "Via",
    "We",
    "Wednesday",
    "What",
    "When",
    "Where",
    "Which",
    "While",
    "Who",
    "Why",
    "With",
    "Within",
    "Without",
    "Yesterday",
    "You",
    "Your",
];

/// Name particles written as separate lower-case words ("bin Laden", "da Silva", "van Gogh").
const PARTICLES: &[&str] = &[
    "al", "ben", "bin", "bint", "da", "das", "de", "del", "della", "den", "der", "di", "do", "dos",
    "du", "el", "ibn", "la", "le", "ould", "ter", "van", "von", "zu",
];

/// Prefixes of hyphenated particles written as one token ("al-Maliki", "el-Sisi", "bin-Laden").
const HYPHEN_PARTICLES: &[&str] = &[
    "abd", "abu", "ad", "al", "an", "ar", "as", "ash", "az", "bin", "el", "ul",
];

/// Lower-case nouns for roles that introduce a person's name ("rebel leader X", "his lawyer, X").
/// Sorted, for binary search. A closed class, like titles.
const ROLES: &[&str] = &[
    "activist",
    "actor",
    "actress",
    "administrator",
    "adviser",
    "advisor",
    "aide",
    "ambassador",
    "analyst",
    "anchor",
    "archbishop",
    "artist",
    "astronaut",
    "athlete",
    "attorney",
    "aunt",
    "author",
    "banker",
    "billionaire",
    "bishop",
    "boss",
    "boxer",
    "boyfriend",
    "brother",
    "businessman",
    "businesswoman",
    "candidate",
    "captain",
    "ceo",
    "chairman",
    "chairperson",
    "chairwoman",
    "challenger",
    "champion",
    "chancellor",
    "chief",
    "cleric",
    "coach",
    "colonel",
    "commander",
    "commentator",
    "commissioner",
    "composer",
    "congressman",
    "congresswoman",
    "coordinator",
    "correspondent",
    "cosmonaut",
    "councillor",
    "councilor",
    "counterpart",
    "cousin",
    "cyclist",
    "daughter",
    "defendant",
    "defender",
    "deputy",
    "dictator",
    "diplomat",
    "director",
    "dissident",
    "doctor",
    "driver",
    "drummer",
    "economist",
    "editor",
    "emir",
    "engineer",
    "entrepreneur",
    "envoy",
    "ex-president",
    "executive",
    "expert",
    "eyewitness",
    "farmer",
    "father",
    "fiancee",
    "filmmaker",
    "fisherman",
    "footballer",
    "founder",
    "general",
    "girlfriend",
    "goalkeeper",
    "golfer",
    "governor",
    "granddaughter",
    "grandson",
    "guitarist",
    "head",
    "herder",
    "historian",
    "husband",
    "imam",
    "incumbent",
    "inspector",
    "inventor",
    "investor",
    "journalist",
    "judge",
    "king",
    "lawmaker",
    "lawyer",
    "leader",
    "lecturer",
    "legend",
    "legislator",
    "lieutenant",
    "manager",
    "mayor",
    "mediator",
    "medic",
    "midfielder",
    "militant",
    "minister",
    "monarch",
    "mother",
    "motorcyclist",
    "musician",
    "negotiator",
    "nephew",
    "niece",
    "nominee",
    "novelist",
    "nurse",
    "officer",
    "official",
    "opponent",
    "owner",
    "parent",
    "photographer",
    "physician",
    "pilot",
    "player",
    "poet",
    "politician",
    "premier",
    "president",
    "priest",
    "prince",
    "princess",
    "producer",
    "professor",
    "prosecutor",
    "queen",
    "rabbi",
    "relative",
    "reporter",
    "representative",
    "researcher",
    "resident",
    "rider",
    "ruler",
    "scientist",
    "secretary",
    "senator",
    "sergeant",
    "shopkeeper",
    "singer",
    "sister",
    "soldier",
    "son",
    "speaker",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "star",
    "striker",
    "strongman",
    "student",
    "successor",
    "surgeon",
    "survivor",
    "suspect",
    "teacher",
    "terrorist",
    "trader",
    "trumpeter",
    "tycoon",
    "uncle",
    "vendor",
    "veteran",
    "victim",
    "villager",
    "volunteer",
    "warlord",
    "widow",
    "widower",
    "wife",
    "witness",
    "writer",
];

/// Plurals of [`ROLES`], for appositions after a group ("one of the negotiators, X,")
/// (sorted).
const ROLES_PLURAL: &[&str] = &[
    "activists",
    "actors",
    "actresses",
    "administrators",
    "advisers",
    "advisors",
    "aides",
    "ambassadors",
    "analysts",
    "anchors",
    "archbishops",
    "artists",
    "astronauts",
    "athletes",
    "attorneys",
    "aunts",
    "authors",
    "bankers",
    "billionaires",
    "bishops",
    "bosses",
    "boxers",
    "boyfriends",
    "brothers",
    "businessmen",
    "businesswomen",
    "candidates",
    "captains",
    "ceos",
    "chairmen",
    "chairpersons",
    "chairwomen",
    "challengers",
    "champions",
    "chancellors",
    "chiefs",
    "clerics",
    "coaches",
    "colonels",
    "commanders",
    "commentators",
    "commissioners",
    "composers",
    "congressmen",
    "congresswomen",
    "coordinators",
    "correspondents",
    "cosmonauts",
    "councillors",
    "councilors",
    "counterparts",
    "cousins",
    "cyclists",
    "daughters",
    "defendants",
    "defenders",
    "deputies",
    "dictators",
    "diplomats",
    "directors",
    "dissidents",
    "doctors",
    "drivers",
    "drummers",
    "economists",
    "editors",
    "emirs",
    "engineers",
    "entrepreneurs",
    "envoys",
    "ex-presidents",
    "executives",
    "experts",
    "eyewitnesses",
    "farmers",
    "fathers",
    "fiancees",
    "filmmakers",
    "fishermen",
    "footballers",
    "founders",
    "generals",
    "girlfriends",
    "goalkeepers",
    "golfers",
    "governors",
    "granddaughters",
    "grandsons",
    "guitarists",
    "heads",
    "herders",
    "historians",
    "husbands",
    "imams",
    "incumbents",
    "inspectors",
    "inventors",
    "investors",
    "journalists",
    "judges",
    "kings",
    "lawmakers",
    "lawyers",
    "leaders",
    "lecturers",
    "legends",
    "legislators",
    "lieutenants",
    "managers",
    "mayors",
    "mediators",
    "medics",
    "midfielders",
    "militants",
    "ministers",
    "monarches",
    "mothers",
    "motorcyclists",
    "musicians",
    "negotiators",
    "nephews",
    "nieces",
    "nominees",
    "novelists",
    "nurses",
    "officers",
    "officials",
    "opponents",
    "owners",
    "parents",
    "photographers",
    "physicians",
    "pilots",
    "players",
    "poets",
    "politicians",
    "premiers",
    "presidents",
    "priests",
    "princes",
    "princesses",
    "producers",
    "professors",
    "prosecutors",
    "queens",
    "rabbis",
    "relatives",
    "reporters",
    "representatives",
    "researchers",
    "residents",
    "riders",
    "rulers",
    "scientists",
    "secretaries",
    "senators",
    "sergeants",
    "shopkeepers",
    "singers",
    "sisters",
    "soldiers",
    "sons",
    "speakers",
    "spokesmen",
    "spokespeople",
    "spokeswomen",
    "stars",
    "strikers",
    "strongmen",
    "students",
    "successors",
    "surgeons",
    "survivors",
    "suspects",
    "teachers",
    "terrorists",
    "traders",
    "trumpeters",
    "tycoons",
    "uncles",
    "vendors",
    "veterans",
    "victims",
    "villagers",
    "volunteers",
    "warlords",
    "widowers",
    "widows",
    "witnesses",
    "wives",
    "writers",
];

/// Religions and sects (and their plurals), which open and close group names ("Sunni Arab
/// leaders", "Roman Catholics"), never a person's name (sorted).
const FAITHS: &[&str] = &[
    "Buddhist",
    "Buddhists",
    "Catholic",
    "Catholics",
    "Christian",
    "Christians",
    "Hindu",
    "Hindus",
    "Jewish",
    "Muslim",
    "Muslims",
    "Orthodox",
    "Protestant",
    "Protestants",
    "Shi'ite",
    "Shi'ites",
    "Shia",
    "Shiite",
    "Shiites",
    "Sikh",
    "Sikhs",
    "Sunni",
    "Sunnis",
];

/// Lower-case nouns of places and facilities: a name right before one names the place
/// ("Kennedy airport", "Al Anbar province", "the Kerem Shalom crossing") (sorted).
const PLACE_NOUNS: &[&str] = &[
    "airport",
    "area",
    "base",
    "bridge",
    "camp",
    "checkpoint",
    "complex",
    "county",
    "crossing",
    "crossings",
    "district",
    "hospital",
    "junction",
    "province",
    "region",
    "square",
    "stadium",
    "state",
    "street",
    "town",
    "valley",
    "village",
];

/// Capitalized nouns of things, never a word of a person's name: a name that holds one names a
/// flight, a show, a building or a company ("Adam Air Flight", "Everett Factory") (sorted).
const THING_NOUNS: &[&str] = &[
    "Accord",
    "Accords",
    "Act",
    "Agreement",
    "Air",
    "Aircraft",
    "Airlines",
    "Airport",
    "Airways",
    "Avenue",
    "Award",
    "Boulevard",
    "Brigade",
    "Brigades",
    "Cathedral",
    "Center",
    "Centre",
    "Church",
    "City",
    "Club",
    "Cup",
    "Cyclone",
    "Day",
    "Factory",
    "Festival",
    "Flight",
    "Games",
    "Hotel",
    "Hurricane",
    "Hurricanes",
    "Law",
    "Mall",
    "Market",
    "Martyrs",
    "Masjid",
    "Mosque",
    "Museum",
    "Pact",
    "Palace",
    "Plant",
    "Prize",
    "Program",
    "Programme",
    "Road",
    "Show",
    "Stadium",
    "State",
    "Station",
    "Storm",
    "Temple",
    "Tower",
    "Town",
    "Treaty",
    "Typhoon",
];

/// Words that close a street's name ("Fall Lane", "Peregrine Way") and may be surnames
/// elsewhere (sorted).
const STREETS: &[&str] = &[
    "Avenue",
    "Boulevard",
    "Close",
    "Crescent",
    "Drive",
    "Lane",
    "Road",
    "Row",
    "Street",
    "Terrace",
    "Way",
];

/// Prepositions before a street's name ("off Fall Lane", "on Elm Street") (sorted).
const STREET_PREPOSITIONS: &[&str] = &[
    "along", "at", "down", "in", "into", "near", "off", "on", "onto", "up",
];

/// Titles that are also adjectives opening other names ("General Electric", "Major League").
const AMBIGUOUS_TITLES: &[&str] = &["Chief", "General", "Major", "Private", "Senior"];

/// Verbs of saying that may follow a one-word name introduced by a role noun.
const SAYS: &[&str] = &[
    "acknowledged",
    "added",
    "admitted",
    "announced",
    "argued",
    "asked",
    "believes",
    "claimed",
    "denied",
    "explained",
    "insisted",
    "noted",
    "replied",
    "reported",
    "reports",
    "said",
    "says",
    "spoke",
    "stated",
    "stressed",
    "tells",
    "thinks",
    "told",
    "urged",
    "warned",
    "wrote",
];

/// Capitalized verbs that end a name on a headline-like line ("Amy Katz Narrates", "Jon Lind
/// Reports"): never a word of a name after its first word (sorted).
const NAME_VERBS: &[&str] = &[
    "Announces",
    "Asks",
    "Calls",
    "Denies",
    "Dies",
    "Explains",
    "Meets",
    "Narrates",
    "Reports",
    "Resigns",
    "Said",
    "Says",
    "Speaks",
    "Talks",
    "Tells",
    "Urges",
    "Visits",
    "Warns",
    "Wins",
    "Writes",
];

/// Whether a lower-case word is a name particle ("bin", "da", "van").
pub(crate) fn particle(w: &str) -> bool {
    PARTICLES.contains(&w)
}

/// Whether a capitalized word is never part of a name (weekday, month, function word): one
/// look-up in the word classes ([`words::NOT_NAME`], registered from [`NOT_NAME`] as written),
/// not a search of the list. (The classes read a word zero-padded: a word holding a NUL byte
/// is in no list.)
pub(crate) fn not_name_word(w: &str) -> bool {
    words::class_of(w.as_bytes()) & words::NOT_NAME != 0 && !w.as_bytes().contains(&0)
}

/// The word after a hyphenated name particle ("al-Rashidi", "Al-Rashidi": "Rashidi"), if `w` is
/// one.
#[inline]
pub(crate) fn particle_tail(w: &str) -> Option<&str> {
    // Every particle has two or three letters, and a tail two or more: a hyphen at byte 2 or 3
    // of a word of five bytes or more, or none. This runs for every token: the test is inlined,
    // the rest is not.
    let b = w.as_bytes();
    if b.len() < 5 || (b[2] != b'-' && b[3] != b'-') {
        return None;
    }
    hyphenated_tail(w)
}

/// [`particle_tail`] for a word with a hyphen at byte 2 or 3.
#[inline(never)]
fn hyphenated_tail(w: &str) -> Option<&str> {
    // The first hyphen, if it ends a particle of up to 3 bytes.
    let k = w.bytes().take(4).position(|b| b == b'-')?;
    let (pre, rest) = (&w[..k], &w[k + 1..]);
    let known = pre.len() <= 3 && HYPHEN_PARTICLES.iter().any(|p| p.eq_ignore_ascii_case(pre));
    (known && rest.len() >= 2 && rest.starts_with(|c: char| c.is_uppercase())).then_some(rest)
}

/// Whether token `i` is a capitalized word that may be a given name next to a known surname:
/// a name word that is no title and no part of a gazetteer place, nationality or organization.
pub(crate) fn bare_name_word(ctx: &Context<'_>, i: usize) -> bool {
    if !name_word(ctx, i) {
        return false;
    }
    // [`title_at`], [`entity_word`] and [`org_word`] in one look-up and one pass over the
    // covering match's entries.
    let start = ctx.tokens[i].span.start;
    ctx.match_covering(start).is_none_or(|m| {
        !ctx.gazetteer.entries_of(m.pattern).any(|e| match e.kind {
            EntryKind::Title => m.span.start == start,
            EntryKind::Place(_)
            | EntryKind::Nationality
            | EntryKind::Organization
            | EntryKind::OrgHead
            | EntryKind::OrgSuffix => true,
            _ => false,
        })
    })
}

/// Whether token `i` may be a word of a name.
fn name_word(ctx: &Context<'_>, i: usize) -> bool {
    let t = ctx.tokens[i];
    if t.shape != Shape::Capitalized {
        return false;
    }
    // A byte loop: words are short, no memchr set-up.
    t.class & words::NOT_NAME == 0 && ctx.word(i).bytes().all(|b| b != b'.')
}

/// Whether token `i` is an initial: one capital letter and a touching period ("F.").
fn initial(ctx: &Context<'_>, i: usize) -> bool {
    let w = ctx.word(i);
    w.len() == 1
        && w.as_bytes()[0].is_ascii_uppercase()
        && i + 1 < ctx.tokens.len()
        && ctx.touching(i)
        && ctx.word(i + 1) == "."
}

/// Whether token `i` is an abbreviated "Saint" ("St", "Ste") with its touching period, then a
/// name word ("St. Louis"): inside a name, a surname of its own ("Martin St. Louis").
fn saint(ctx: &Context<'_>, i: usize) -> bool {
    matches!(ctx.word(i), "St" | "Ste")
        && i + 2 < ctx.tokens.len()
        && ctx.touching(i)
        && ctx.word(i + 1) == "."
        && ctx.spaced(i + 1)
        && name_word(ctx, i + 2)
}

/// Whether token `i` is the Irish "O" with a touching apostrophe, then a space and a name word
/// ("Michael O' Leary", as some wires write "O'Leary").
fn spaced_o_apostrophe(ctx: &Context<'_>, i: usize) -> bool {
    ctx.word(i) == "O"
        && i + 2 < ctx.tokens.len()
        && ctx.touching(i)
        && matches!(ctx.word(i + 1), "'" | "\u{2019}")
        && ctx.spaced(i + 1)
        && name_word(ctx, i + 2)
}

/// Whether token `i` is a one-token particle name ("al-Maliki").
fn hyphen_particle(ctx: &Context<'_>, i: usize) -> bool {
    let w = ctx.word(i);
    // A particle has two or three letters: the first hyphen is byte 2 or 3, or no particle.
    let b = w.as_bytes();
    if b.len() < 4 || (b[2] != b'-' && b[3] != b'-') {
        return false;
    }
    let Some((pre, rest)) = w.split_once('-') else {
        return false;
    };
    HYPHEN_PARTICLES.contains(&pre) && rest.chars().next().is_some_and(char::is_uppercase)
}

/// Whether token `i` is a surname written in capitals after a capitalized name word ("Allan
/// KEMAKEZA", a convention of reference works): four letters or more with a vowel, not a
/// gazetteer entry (an acronym) nor a known place in title case, and neither neighbour in
/// capitals (an all-caps line says nothing).
fn caps_surname(ctx: &Context<'_>, i: usize) -> bool {
    let toks = ctx.tokens;
    let w = ctx.word(i);
    toks[i].shape == Shape::AllCaps
        && i > 0
        && toks[i - 1].shape == Shape::Capitalized
        && w.len() >= 4
        && w.bytes().all(|b| b.is_ascii_uppercase())
        && w.bytes()
            .any(|b| matches!(b, b'A' | b'E' | b'I' | b'O' | b'U' | b'Y'))
        && toks.get(i + 1).is_none_or(|t| t.shape != Shape::AllCaps)
        && ctx.match_covering(toks[i].span.start).is_none()
        // "By Jane Doe CHARLESTON, S.C.": a known place in capitals is a dateline's.
        && !super::dateline::caps_place(ctx, i)
}

/// Whether token `i` is a regnal number ("II", "XVI").
fn roman(ctx: &Context<'_>, i: usize) -> bool {
    let w = ctx.word(i);
    w.len() <= 5 && w.len() >= 2 && w.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'))
}

/// Generational suffixes that close a name ("Martin Luther King Jr.", "John Smith Sr.").
const SUFFIXES: &[&str] = &["Jnr", "Jr", "Snr", "Sr"];

/// Whether token `i` is a generational suffix ([`SUFFIXES`]).
fn suffix(ctx: &Context<'_>, i: usize) -> bool {
    SUFFIXES.contains(&ctx.word(i))
}

/// Whether token `i` begins a title match (the title's own words are not a name).
fn title_at(ctx: &Context<'_>, i: usize) -> bool {
    let start = ctx.tokens[i].span.start;
    ctx.match_covering(start)
        .is_some_and(|m| m.span.start == start && ctx.has_kind(m, EntryKind::Title))
}

/// Whether a title word at token `i` ends a name as a surname ("Martin Luther King", "John
/// King", "Prime Minister Hun Sen"): it is a known surname, no capitalized word but a suffix
/// ("King Jr.") follows, and two name words come before it, or one that is a known given name
/// or follows a title; or one name word comes before it and the evidence of [`after_name`]
/// after it, which follows no title ("Hun Sen said", "Hun Sen, who"); or, after one known given
/// name, any title that is no English role noun, then that evidence ("Muhammad Shehu said").
fn title_surname(ctx: &Context<'_>, i: usize, words: usize) -> bool {
    (words >= 2
        || (words == 1
            && i > 0
            && (ctx.name_part(i - 1).given
                || (i > 1
                    && ctx.covered_by(ctx.tokens[i - 2].span.start, |k| k == EntryKind::Title)))))
        && ctx.name_part(i).surname
        && ctx
            .tokens
            .get(i + 1)
            .is_none_or(|t| !t.is_upper_initial() || !ctx.spaced(i) || suffix(ctx, i + 1))
        || words == 1 && after_name(ctx, i + 1).is_some() && ctx.name_part(i).surname
        // "spokesperson Muhammad Shehu said": after a known given name, a title that is no
        // English role noun, then the evidence of [`after_name`], is the surname.
        || words == 1
            && i > 0
            && ctx.name_part(i - 1).given
            && ctx.tokens[i].class & (words::ROLE | words::ROLE_INITIAL) == 0
            && after_name(ctx, i + 1).is_some()
}

/// Honorifics that Arabic, Somali and South Asian names carry inside them, between two name
/// words ("Hassan Sheikh Mohamud", "Sharif Sheikh Ahmed", "Sikandar Sultan Raja", "Abdi Hajji
/// Farah").
const INNER_TITLES: &[&str] = &["Hajji", "Shaikh", "Sheik", "Sheikh", "Sultan"];

/// Whether the title word at token `i` is a word of the name being read: one of
/// [`INNER_TITLES`] after a name word, before another name word that is no title.
fn inner_title(ctx: &Context<'_>, i: usize, words: usize) -> bool {
    words > 0
        && INNER_TITLES.contains(&ctx.word(i))
        && i + 1 < ctx.tokens.len()
        && ctx.spaced(i)
        && ctx.tokens[i + 1].shape == Shape::Capitalized
        && name_word(ctx, i + 1)
        && !title_at(ctx, i + 1)
}

/// Whether token `i` is (inside) an organization head word match ("Motors", "Party").
fn org_word(ctx: &Context<'_>, i: usize) -> bool {
    ctx.covered_by(ctx.tokens[i].span.start, |k| {
        matches!(
            k,
            EntryKind::OrgHead | EntryKind::OrgSuffix | EntryKind::Organization
        )
    })
}

/// Whether a nationality match starts at token `i` ("Tony Blair Russian ...": not part of the
/// name).
fn nationality_at(ctx: &Context<'_>, i: usize) -> bool {
    let start = ctx.tokens[i].span.start;
    ctx.match_covering(start).is_some_and(|m| {
        m.span.start == start
            && ctx
                .gazetteer
                .entries_of(m.pattern)
                .any(|e| e.kind == EntryKind::Nationality)
    })
}

/// Whether token `i` is (inside) a place, nationality or organization match.
fn entity_word(ctx: &Context<'_>, i: usize) -> bool {
    ctx.covered_by(ctx.tokens[i].span.start, |k| {
        matches!(
            k,
            EntryKind::Place(_) | EntryKind::Nationality | EntryKind::Organization
        )
    })
}

/// Whether a given name at token `i` is more likely something else: a nationality, an
/// organization, a country or world region, or the start of a longer place name ("San Diego").
/// Towns and provinces that are also given names ("Paul", "Regina", "Georgia") stay names.
fn not_given(ctx: &Context<'_>, i: usize) -> bool {
    let t = ctx.tokens[i];
    if t.class & words::FAITH != 0 {
        return true;
    }
    ctx.match_covering(t.span.start).is_some_and(|m| {
        m.span != t.span
            && ctx
                .gazetteer
                .entries_of(m.pattern)
                .any(|e| e.kind.is_entity())
            || ctx.gazetteer.entries_of(m.pattern).any(|e| {
                matches!(
                    e.kind,
                    EntryKind::Nationality
                        | EntryKind::Organization
                        | EntryKind::Place(
                            PlaceKind::Country | PlaceKind::Region | PlaceKind::Continent
                        )
                )
            })
    })
}

/// The population above which a city that is also a given name ("London", "Paris") opens a
/// person's name only with a known surname after it.
const BIG_CITY: u64 = 500_000;

/// Whether token `i` is a big city in the gazetteer ("London Heathrow" is a place, "Paris
/// Hilton" a person only by her surname).
fn big_place(ctx: &Context<'_>, i: usize) -> bool {
    let t = ctx.tokens[i];
    ctx.match_covering(t.span.start).is_some_and(|m| {
        ctx.gazetteer.entries_of(m.pattern).any(|e| {
            e.place
                .as_ref()
                .is_some_and(|p| p.kind == PlaceKind::City && p.population.unwrap_or(0) >= BIG_CITY)
        })
    })
}

/// A name read from token `start`: the end token (exclusive) and its number of words.
#[derive(Clone, Copy, Debug)]
struct Name {
    start: usize,
    end: usize,
    words: usize,
}

/// Whether token `i` is a country's name and not a known surname ("Indonesia", not "Jordan").
fn country_not_surname(ctx: &Context<'_>, i: usize) -> bool {
    let info = ctx.word_info(i);
    !info.name.surname
        && ctx
            .gazetteer
            .entries_of_word(info)
            .any(|e| e.kind == EntryKind::Place(PlaceKind::Country))
}

impl Name {
    fn span(self, ctx: &Context<'_>) -> Span {
        Span::new(
            ctx.tokens[self.start].span.start,
            ctx.tokens[self.end - 1].span.end,
        )
    }

    /// Whether a word of the name is a known given name or surname.
    fn known(self, ctx: &Context<'_>) -> bool {
        (self.start..self.end).any(|i| {
            let p = ctx.name_part(i);
            p.given || p.surname
        })
    }

    /// Whether a place or facility noun follows the name ("Kennedy airport").
    fn place(self, ctx: &Context<'_>) -> bool {
        self.end < ctx.tokens.len()
            && ctx.tokens[self.end].shape == Shape::Lower
            && ctx.tokens[self.end].class & words::PERSON_PLACE_NOUN != 0
    }

    /// Whether the name ends in an organization word ("General Motors") or is all places and
    /// nationalities ("Sunni Arab").
    fn looks_like_other(self, ctx: &Context<'_>) -> bool {
        self.thing(ctx) || self.all_entities(ctx)
    }

    /// Whether the name holds a noun of things or, after its first word, an organization word
    /// ("Philippine Military Academy Class"), or ends in a faith
    /// ("Roman Catholic"), a country that is no known surname ("Garuda Indonesia", an
    /// airline; "Michael Jordan" stays a name) or a street word after a preposition of place.
    fn thing(self, ctx: &Context<'_>) -> bool {
        let last = self.end - 1;
        (self.start..self.end).any(|i| ctx.tokens[i].class & words::THING_NOUN != 0)
            || (self.start + 1..=last).any(|i| org_word(ctx, i))
            || (last > self.start && ctx.tokens[last].class & words::FAITH != 0)
            || (last > self.start && country_not_surname(ctx, last))
            || (last > self.start && self.street(ctx))
    }

    /// Whether the name ends in a street word and follows a preposition of place ("off Fall
    /// Lane", "at Peregrine Way"): surnames such as "Lane" and "Street" name the street there.
    fn street(self, ctx: &Context<'_>) -> bool {
        self.start > 0
            && STREETS.binary_search(&ctx.word(self.end - 1)).is_ok()
            && ctx.tokens[self.start - 1].shape == Shape::Lower
            && STREET_PREPOSITIONS
                .binary_search(&ctx.word(self.start - 1))
                .is_ok()
    }

    /// Whether every word of the name is a place, nationality or organization.
    fn all_entities(self, ctx: &Context<'_>) -> bool {
        (self.start..self.end).all(|i| !name_word(ctx, i) || entity_word(ctx, i))
    }

    /// Whether the name ends in a known surname that is no country, region or nationality
    /// ("Ron Redmond"), or holds a particle name ("Hassan al-Amiri"): evidence of a person that
    /// outweighs places sharing its words.
    fn surname_evidence(self, ctx: &Context<'_>) -> bool {
        let last = self.end - 1;
        (ctx.tokens[last].shape == Shape::Capitalized
            && ctx.name_part(last).surname
            && !not_given(ctx, last))
            || (self.start + 1..self.end).any(|i| hyphen_particle(ctx, i))
    }
}

/// Reads a name starting at token `i` (words separated by single spaces), once per token: the
/// name read is kept in the document's [`super::Starts`].
fn read_name(ctx: &Context<'_>, i: usize) -> Option<Name> {
    let Some(slot) = ctx.starts.names.get(i) else {
        return read_name_at(ctx, i);
    };
    // 0: not read yet; 1: no name; otherwise the name's token count, its word count and 2.
    match slot.get() {
        0 => {}
        1 => return None,
        v => {
            return Some(Name {
                start: i,
                end: i + (v >> 16) as usize,
                words: ((v >> 2) & 0x3fff) as usize,
            });
        }
    }
    let name = read_name_at(ctx, i);
    let packed = match name {
        None => Some(1),
        Some(n) => u32::try_from(n.end - n.start)
            .ok()
            .filter(|&len| len <= 0xffff && n.words <= 0x3fff)
            .map(|len| len << 16 | (n.words as u32) << 2 | 2),
    };
    if let Some(v) = packed {
        slot.set(v);
    }
    name
}

/// [`read_name`] itself.
fn read_name_at(ctx: &Context<'_>, i: usize) -> Option<Name> {
    let toks = ctx.tokens;
    let (mut j, mut words, mut end) = (i, 0, i);
    while j < toks.len() && words < MAX_WORDS {
        if j > i && !ctx.spaced(j - 1) {
            break;
        }
        if words > 0 && end == j && (saint(ctx, j) || spaced_o_apostrophe(ctx, j)) {
            // "Martin St. Louis", "Yves St. Laurent": the abbreviated "Saint" and its word are
            // one word of the name; so are "O'" and the word after it ("Michael O' Leary").
            j += 3;
            words += 1;
            end = j;
        } else if initial(ctx, j) {
            // "F." counts once the name goes on after it.
            j += 2;
            words += 1;
        } else if words > 0
            && (toks[j].class & words::NAME_VERB != 0
                || (may_go_on(ctx, j) && nationality_at(ctx, j)))
        {
            break;
        } else if (name_word(ctx, j)
            && (!title_at(ctx, j) || title_surname(ctx, j, words) || inner_title(ctx, j, words)))
            || (words > 0 && end == j && hyphen_particle(ctx, j))
        {
            j += 1;
            words += 1;
            end = j;
        } else if words > 0 && end == j && toks[j].class & words::PARTICLE != 0 {
            // "da Silva"; two particles in a row: "de la Cruz", "van der Berg".
            let k = if j + 2 < toks.len()
                && ctx.spaced(j)
                && toks[j + 1].class & words::PARTICLE != 0
            {
                j + 1
            } else {
                j
            };
            if k + 1 < toks.len() && ctx.spaced(k) && name_word(ctx, k + 1) {
                j = k + 2;
                words += 1;
                end = j;
            } else {
                break;
            }
        } else if words > 0 && end == j && suffix(ctx, j) {
            // "Robert F. Kennedy Jr.": the suffix and its period close the name ("Marcos Jr."
            // has two words).
            words += 1;
            end = j + 1;
            if j + 1 < toks.len() && ctx.touching(j) && ctx.word(j + 1) == "." {
                end += 1;
            }
            break;
        } else if words > 0 && end == j && caps_surname(ctx, j) {
            end = j + 1;
            words += 1;
            break;
        } else if words > 0 && end == j && roman(ctx, j) {
            end = j + 1;
            break;
        } else {
            break;
        }
    }
    (end > i).then_some(Name {
        start: i,
        end,
        words,
    })
}

/// Whether token `i` may go on a name in [`read_name`] after its first word: a capitalized
/// word, a word in capitals, a particle or a particle name. The costlier tests of a name's end
/// run only for these; every other word ends the name anyway.
fn may_go_on(ctx: &Context<'_>, i: usize) -> bool {
    let t = ctx.tokens[i];
    matches!(t.shape, Shape::Capitalized | Shape::AllCaps)
        || t.class & words::PARTICLE != 0
        || hyphen_particle(ctx, i)
        || roman(ctx, i)
}

/// The longest line, in bytes, read as a possible headline.
const MAX_HEADLINE: usize = 200;

/// Lower-case words a title-case line may keep (sorted).
const TITLE_CASE_LOWER: &[&str] = &[
    "a", "amid", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of", "on",
    "or", "over", "s", "the", "to", "vs", "with",
];

/// Whether the line holding byte `at` is in title case: four capitalized words or more, every
/// lower-case word a short function word ("Rebels Seize Town as Army Pulls Back").
pub(super) fn title_case_line(ctx: &Context<'_>, at: usize) -> bool {
    let bytes = ctx.text.as_bytes();
    // The line holding `at`, [start, end) (`end` its line break or the end of the text): the
    // last line read ([`super::Starts`] keeps it: rules ask candidate after candidate), or
    // searched for. Headlines are short: a line reaching more than `MAX_HEADLINE` bytes before
    // or after `at` is not one, and the search stays within that.
    let (start, end, known) = match ctx.starts.headline.get() {
        Some((start, end, known)) if start <= at && at <= end => (start, end, known),
        _ => {
            let lo = at.saturating_sub(MAX_HEADLINE);
            let hi = (at + MAX_HEADLINE).min(bytes.len());
            let start = match memchr::memrchr(b'\n', &bytes[lo..at]) {
                Some(p) => lo + p + 1,
                None if lo == 0 => 0,
                None => return false,
            };
            let end = match memchr::memchr(b'\n', &bytes[at..hi]) {
                Some(p) => at + p,
                None if hi == bytes.len() => hi,
                None => return false,
            };
            (start, end, None)
        }
    };
    // A line read before may reach too far from this `at`.
    let near_start = match start {
        0 => at <= MAX_HEADLINE,
        _ => start > at.saturating_sub(MAX_HEADLINE),
    };
    let near_end = end < at + MAX_HEADLINE || end == bytes.len() && at + MAX_HEADLINE >= end;
    if !(near_start && near_end) {
        ctx.starts.headline.set(Some((start, end, known)));
        return false;
    }
    let title_case = known.unwrap_or_else(|| {
        let mut capitals = 0;
        // The line's tokens: from the first starting in it, while they start before its end.
        let line = &ctx.tokens[ctx.token_at(start)..];
        for t in line.iter().take_while(|t| t.span.start < end) {
            match t.shape {
                Shape::Capitalized | Shape::AllCaps => capitals += 1,
                Shape::Lower if t.class & words::TITLE_CASE_LOWER == 0 => return false,
                _ => {}
            }
        }
        capitals >= 4
    });
    ctx.starts
        .headline
        .set(Some((start, end, Some(title_case))));
    title_case
}

/// The first token from `i` on that is no capitalized role noun: "Chief Prosecutor Jane Doe",
/// "Deputy Commissioner Jane Doe", "Spokesman Jane Doe": the role nouns belong to the title.
fn past_roles(ctx: &Context<'_>, mut i: usize) -> usize {
    while i + 1 < ctx.tokens.len()
        && ctx.tokens[i].class & words::ROLE_INITIAL != 0
        && ctx.spaced(i)
    {
        i += 1;
    }
    i
}

/// `rule:person.title_name`: a title followed by a name ("Consul General Ruslan Golubovsky",
/// "Mr. Cheney"). The title is left out of the span.
#[inline(never)]
fn after_title(ctx: &Context<'_>, out: &mut Vec<Candidate>) {
    for m in ctx
        .matches
        .iter()
        .filter(|m| ctx.has_kind(m, EntryKind::Title))
    {
        let i = ctx.token_at(m.span.end);
        if i == 0 || i >= ctx.tokens.len() || !ctx.spaced(i - 1) || title_at(ctx, i) {
            continue;
        }
        let Some(name) = read_name(ctx, past_roles(ctx, i)) else {
            continue;
        };
        if org_word(ctx, name.end - 1) {
            continue;
        }
        // "General Motors", "Major League": a title word that is also an adjective, then one
        // unknown word.
        let adjective = AMBIGUOUS_TITLES.contains(&&ctx.text[m.span.range()]);
        // "General Musharraf said": a verb of saying after one plain word makes it a name
        // ("General Dynamics said" stays out: a plural).
        let says = || {
            bare_name_word(ctx, name.start)
                && !ctx.word(name.start).ends_with('s')
                && after_name(ctx, name.end) == Some("rule:person.says")
        };
        // "the General Staff said": after "the" the title word is an adjective of a body.
        let the_before = m.span.start >= 4
            && ctx.text.as_bytes()[m.span.start - 4..m.span.start].eq_ignore_ascii_case(b"the ");
        if adjective && name.words == 1 && !name.known(ctx) && (the_before || !says()) {
            continue;
        }
        if title_case_line(ctx, m.span.start) && !name.known(ctx) {
            continue;
        }
        // "Assistant Tabasco state Attorney General": a place noun after an unknown name makes
        // it a place that qualifies the title.
        if name.place(ctx) && !name.known(ctx) {
            continue;
        }
        // "prime minister Sheikh Hasina": after a title or role, "Sheikh" before one word is
        // part of the name, not a second title.
        let span = name.span(ctx);
        let span = if name.words == 1 && honorific_after_role(ctx, m.span) {
            Span::new(m.span.start, span.end)
        } else {
            span
        };
        push(out, span, Label::Person, "rule:person.title_name");
    }
}

/// Honorifics that are also part of names (Arabic and South Asian: "Sheikh Hasina").
const NAME_HONORIFICS: &[&str] = &["Shaikh", "Sheik", "Sheikh"];

/// Whether the title match `title` is a [`NAME_HONORIFICS`] word right after another title or
/// a role noun ("prime minister Sheikh Hasina", "Prime Minister Sheikh Hasina").
fn honorific_after_role(ctx: &Context<'_>, title: Span) -> bool {
    let toks = ctx.tokens;
    let t = ctx.token_at(title.start);
    if t == 0 || t >= toks.len() || toks[t].span != title || !ctx.spaced(t - 1) {
        return false;
    }
    NAME_HONORIFICS.contains(&ctx.word(t))
        && (toks[t - 1].class & (words::ROLE | words::ROLE_INITIAL) != 0
            || ctx.match_covering(toks[t - 1].span.start).is_some_and(|m| {
                m.span.end == toks[t - 1].span.end && ctx.has_kind(m, EntryKind::Title)
            }))
}

/// `rule:person.appellation`: "the", a word the gazetteer knows only as a city, then a one-word
/// title that is no English role noun and no name after it ("the Dalai Lama said", "the
/// Panchen Lama"): the two words are a fixed title standing for a person, not a place and a
/// title. A role noun after the place keeps the place ("the Kabul Governor said").
#[inline(never)]
fn appellation(ctx: &Context<'_>, out: &mut Vec<Candidate>) {
    let toks = ctx.tokens;
    let bytes = ctx.text.as_bytes();
    // The place's match, then the title's one space after it: a test on offsets first.
    for pair in ctx.matches.windows(2) {
        let (p, m) = (&pair[0], &pair[1]);
        if m.span.start != p.span.end + 1
            || bytes.get(p.span.end) != Some(&b' ')
            || !ctx.has_kind(m, EntryKind::Title)
        {
            continue;
        }
        let t = ctx.token_at(m.span.start);
        if t < 2
            || ctx.token_at(m.span.end) != t + 1
            || toks[t - 1].span != p.span
            || toks[t].class & (words::ROLE | words::ROLE_INITIAL) != 0
            || !ctx.spaced(t - 2)
            || !matches!(ctx.word(t - 2), "the" | "The")
            || toks[t - 1].shape != Shape::Capitalized
            || toks
                .get(t + 1)
                .is_some_and(|n| n.is_upper_initial() && ctx.spaced(t))
        {
            continue;
        }
        let only_city = ctx.match_covering(p.span.start).is_some_and(|c| {
            c.span == p.span
                && ctx
                    .gazetteer
                    .entries_of(c.pattern)
                    .all(|e| matches!(e.kind, EntryKind::Place(PlaceKind::City)))
        });
        if only_city && !title_case_line(ctx, p.span.start) {
            let span = Span::new(p.span.start, m.span.end);
            push(out, span, Label::Person, "rule:person.appellation");
        }
    }
}

/// Endings of English nouns for people ("Designer", "Director", "Activist", "Guardian").
const AGENT_ENDINGS: &[&str] = &["ant", "ent", "er", "ess", "ian", "ist", "man", "or"];

/// Whether token `i - 1`, before the known given name at token `i`, is an unknown given name
/// opening the name ("Abdikadir" in "Governor, Abdikadir Mohamed Noor Sidii", "Mudasir Omar
/// Bashir"): a plain capitalized word of four letters or more in no gazetteer match and no
/// name list, no title, role or word that is never a name, opening its capitalized run after
/// a comma or a lower-case word that is no preposition, conjunction or determiner ("the
/// Nile", "Drugs and Crime"), or after other punctuation when it does not end like an English
/// noun for a person ("Designer Yvonne St. Clair").
fn unknown_first_name(ctx: &Context<'_>, i: usize) -> bool {
    let toks = ctx.tokens;
    if i == 0 || !ctx.spaced(i - 1) {
        return false;
    }
    let j = i - 1;
    let w = ctx.word(j);
    let part = ctx.name_part(j);
    // After a comma or a lower-case word, or opening a sentence when it does not end like an
    // English noun for a person ("Designer Yvonne St. Clair", "Activist ...").
    let agent_noun = AGENT_ENDINGS.iter().any(|e| w.ends_with(e));
    let opens_run = if j == 0 {
        !agent_noun
    } else {
        match toks[j - 1].shape {
            Shape::Lower => true,
            Shape::Punct => ctx.word(j - 1) == "," || !agent_noun,
            _ => false,
        }
    };
    // "Office on Drugs and Crime Antonio Maria Costa": after "and", "of"... the word ends a
    // longer name.
    let after_function_word = j > 0
        && (matches!(ctx.word(j - 1), "and" | "or" | "of" | "for" | "on" | "&")
            || toks[j - 1].shape == Shape::Lower
                && toks[j - 1].class & (words::FUNCTION | words::DETERMINER | words::LOCATIVE)
                    != 0);
    name_word(ctx, j)
        && opens_run
        && !after_function_word
        && w.len() >= 4
        && w.chars().all(char::is_alphabetic)
        && !part.given
        && !part.surname
        && toks[j].class & words::ROLE_INITIAL == 0
        && ctx.match_covering(toks[j].span.start).is_none()
        && !w.ends_with("ing")
        && !w.ends_with("ed")
        && !w.ends_with("ly")
}

/// Spanish articles that open names of weather patterns, places and newspapers ("El Niño",
/// "La Niña", "Los Zetas", "El Universal said"), not people's: the given-name rule and the
/// rules of bare names do not start a name with them (the name lists know "El" as a given
/// name).
const ARTICLES: &[&str] = &["El", "La", "Las", "Los"];

/// `rule:person.given_name`: a known given name followed by more name words ("Thomas Ullman"),
/// unless the first word is also a place, nationality or organization ("Sunni Arab").
#[inline(never)]
fn given_name(ctx: &Context<'_>, out: &mut Vec<Candidate>) {
    let toks = ctx.tokens;
    // The token a name read last ends before: the next name starts at or after it.
    let mut next = 0;
    for &i in &ctx.starts.capitalized {
        if i + 1 >= toks.len() {
            break;
        }
        if i < next {
            continue;
        }
        // "Nancy-Amelia Collins": two given names joined by a hyphen are one, whatever place
        // shares the first ("Nancy").
        let double = double_given(ctx, i);
        if !(double || ctx.name_part(i).given)
            || !name_word(ctx, i)
            || (!double && not_given(ctx, i))
            || title_at(ctx, i)
            || ARTICLES.contains(&ctx.word(i))
            || after_type_noun(ctx, i)
        {
            continue;
        }
        let name = read_name(ctx, i);
        // "Florida Republican Jane Doe": a place that is also a given name, a word that is no
        // name, then a given name: the name starts there.
        if let Some(name) = name.filter(|n| n.end - n.start >= 3) {
            let place = ctx.covered_by(toks[i].span.start, |k| matches!(k, EntryKind::Place(_)));
            let second = ctx.name_part(i + 1);
            if place && !second.given && !second.surname {
                if let Some(k) = (i + 2..name.end).find(|&k| ctx.name_part(k).given) {
                    next = k;
                    continue;
                }
            }
        }
        // "the Florida Keys", "the Georgia Dome": a place after "the" opens a place's name.
        let the_place = i > 0
            && matches!(ctx.word(i - 1), "the" | "The")
            && ctx.covered_by(toks[i].span.start, |k| matches!(k, EntryKind::Place(_)));
        match name {
            Some(name)
                if name.words >= 2
                    && !the_place
                    && !arabic_article(ctx, name)
                    && !band(ctx, name)
                    && !name.thing(ctx)
                    && !name.place(ctx)
                    && (name.surname_evidence(ctx)
                        || !(name.all_entities(ctx) || big_place(ctx, i))) =>
            {
                let headline = title_case_line(ctx, toks[i].span.start);
                let last = ctx.name_part(name.end - 1);
                if !headline || last.surname {
                    // "Governor, Abdikadir Mohamed Noor": an unknown word opening the run is
                    // the first given name.
                    let mut span = name.span(ctx);
                    if name.words >= 2 && !headline && unknown_first_name(ctx, i) {
                        span.start = toks[i - 1].span.start;
                    }
                    push(out, span, Label::Person, "rule:person.given_name");
                }
                next = name.end;
            }
            _ => {}
        }
    }
}

/// Whether token `i` is two known given names joined by one hyphen ("Nancy-Amelia",
/// "Marie-Claire"), each of two letters or more and capitalized.
fn double_given(ctx: &Context<'_>, i: usize) -> bool {
    let w = ctx.word(i);
    // Most words hold no hyphen: one byte loop (words are short: no memchr set-up), no look-up.
    let Some(k) = w.bytes().position(|b| b == b'-') else {
        return false;
    };
    let (a, b) = (&w[..k], &w[k + 1..]);
    a.len() >= 2
        && b.len() >= 2
        && b.starts_with(|c: char| c.is_ascii_uppercase())
        && !b.contains('-')
        && ctx.gazetteer.name_part(a).given
        && ctx.gazetteer.name_part(b).given
}

/// Whether token `i` follows a lower-case noun for a kind of organization that is no role
/// noun ("the company Bilfinger Berger", "German firm X", "the group Wildlife Direct"): the
/// name after it is the organization's, not a person's ("film producer X" stays a person).
fn after_type_noun(ctx: &Context<'_>, i: usize) -> bool {
    i > 0
        && ctx.tokens[i - 1].shape == Shape::Lower
        && ctx.tokens[i - 1].class & words::TYPE_NOUN != 0
        && ctx.tokens[i - 1].class & words::ROLE == 0
        && ctx.spaced(i - 1)
}

/// Whether the name opens with the Arabic article "Al" written apart and ends in no known
/// surname ("Al Jazeera", "Al Arabiya", "Al Shabaab"; "Al Gore" stays a person).
fn arabic_article(ctx: &Context<'_>, name: Name) -> bool {
    ctx.word(name.start) == "Al" && !ctx.name_part(name.end - 1).surname
}

/// Whether the name follows "the" and ends in a plural that is no known surname: a band's or a
/// team's name ("the Dixie Chicks", "the Jonas Brothers").
fn band(ctx: &Context<'_>, name: Name) -> bool {
    let last = ctx.word(name.end - 1);
    name.start > 0
        && matches!(ctx.word(name.start - 1), "the" | "The")
        && last.ends_with('s')
        && !last.ends_with("ss")
        && !ctx.name_part(name.end - 1).surname
}

/// Whether token `i` is an opening (`open`) or closing quotation mark.
fn quote(ctx: &Context<'_>, i: usize, open: bool) -> bool {
    match ctx.word(i) {
        "\"" => true,
        "\u{201c}" => open,
        "\u{201d}" => !open,
        _ => false,
    }
}

/// `rule:person.nickname`: a known given name, a nickname of one or two capitalized words in
/// quotation marks, then one or two name words closing the name ("Earvin \"Magic\" Johnson"):
/// one person, whose surname alone may follow later.
#[inline(never)]
fn nickname(ctx: &Context<'_>, out: &mut Vec<Candidate>) {
    let toks = ctx.tokens;
    for &i in &ctx.starts.capitalized {
        if i + 4 >= toks.len() {
            break;
        }
        // The opening quotation mark first: it is rare.
        if !quote(ctx, i + 1, true)
            || !ctx.spaced(i)
            || !ctx.name_part(i).given
            || !bare_name_word(ctx, i)
            || not_given(ctx, i)
        {
            continue;
        }
        // The nickname: one or two name words right inside the quotes.
        let mut k = i + 2;
        while k < toks.len() && k - (i + 2) < 2 && name_word(ctx, k) {
            k += 1;
        }
        if k == i + 2 || k + 1 >= toks.len() || !quote(ctx, k, false) || !ctx.spaced(k) {
            continue;
        }
        let Some(surname) = read_name(ctx, k + 1).filter(|n| n.words <= 2) else {
            continue;
        };
        if surname.looks_like_other(ctx) || title_case_line(ctx, toks[i].span.start) {
            continue;
        }
        let span = Span::new(toks[i].span.start, toks[surname.end - 1].span.end);
        push(out, span, Label::Person, "rule:person.nickname");
    }
}

/// `rule:person.role_name` and `rule:person.apposition`: a lower-case role noun, then a name,
/// directly ("army commander Ratko Mladic") or after a comma ("Mali's new president, Assimi
/// Goïta,"). A one-word name needs a comma, period or verb of saying after it, or to be a known
/// name part.
#[inline(never)]
fn after_role(ctx: &Context<'_>, out: &mut Vec<Candidate>) {
    let toks = ctx.tokens;
    for &r in &ctx.starts.roles {
        if r + 1 >= toks.len() {
            break;
        }
        let role = match toks[r].shape {
            Shape::Lower => lower_role(ctx, r),
            // "Spokeswoman Jane Doe said" opening a sentence, "National Security Adviser Jane
            // Doe" inside one; not the first word of a longer title ("Chief Justice X": the
            // title rule reads the name after the whole title).
            Shape::Capitalized => {
                toks[r].class & words::ROLE_INITIAL != 0
                    && ctx.match_covering(toks[r].span.start).is_none_or(|m| {
                        m.span.end <= toks[r].span.end || !ctx.has_kind(m, EntryKind::Title)
                    })
            }
            _ => false,
        };
        if !role {
            continue;
        }
        let opening = r == 0 || matches!(ctx.word(r - 1), "." | "!" | "?");
        let capital = toks[r].shape == Shape::Capitalized;
        // "the foreign minister of Tajikistan, Jan Kowal,": the role's phrase, then the name.
        let phrase_end = (toks[r].shape == Shape::Lower && toks[r].class & words::ROLE != 0)
            .then(|| role_phrase_end(ctx, r + 1))
            .flatten();
        let (i, rule) = if ctx.word(r + 1) == "," {
            (r + 2, "rule:person.apposition")
        } else if let Some(comma) = phrase_end {
            (comma + 1, "rule:person.apposition")
        } else if ctx.spaced(r) {
            (r + 1, "rule:person.role_name")
        } else {
            continue;
        };
        if i >= toks.len() || (i > r + 1 && !ctx.spaced(i - 1)) {
            continue;
        }
        let i = past_roles(ctx, i);
        let Some(name) = read_name(ctx, i) else {
            continue;
        };
        // A known place, nationality or organization right after the role ("the Mali
        // president"), unless the name goes on past it ("leader Abu Bakr al-Rashidi"). Set off
        // by commas after the role, two words starting with a country are a person's name ("the
        // defence minister, Jordan Velk,"; not "a congressman, Florida Republican Jane Doe,").
        let end = toks[name.end - 1].span.end;
        let closed_by_comma = toks
            .get(name.end)
            .is_some_and(|t| matches!(&ctx.text[t.span.range()], "," | "."));
        // "activist, Maya Jensen,": a nationality that is also a given name opens one.
        let apposed_pair = rule == "rule:person.apposition"
            && name.words == 2
            && closed_by_comma
            && (!nationality_at(ctx, i) || ctx.name_part(i).given);
        // After a role's phrase only a name of two words or more set off by commas counts.
        if phrase_end.is_some() && !(name.words >= 2 && closed_by_comma) {
            continue;
        }
        if entity_word(ctx, i)
            && ctx.match_covering(toks[i].span.start).is_some_and(|m| {
                m.span.end >= end
                    || name.words < 2
                    || (!apposed_pair
                        && ctx
                            .gazetteer
                            .entries_of(m.pattern)
                            .any(|e| !matches!(e.kind, EntryKind::Place(PlaceKind::City))))
            })
        {
            continue;
        }
        if name.looks_like_other(ctx) && !(name.words >= 2 && name.surname_evidence(ctx)) {
            continue;
        }
        if title_case_line(ctx, toks[r].span.start) {
            continue;
        }
        // Inside a sentence a capitalized role noun is part of a longer title ("National
        // Security Adviser"): only a name of two words or more, with no role word in it, counts.
        let capital_apposition = rule == "rule:person.apposition" && closed_by_comma;
        if capital
            && !opening
            && (!(rule == "rule:person.role_name" || capital_apposition)
                || name.words < 2
                || !(name.known(ctx) || capital_apposition)
                || (name.start..name.end).any(|j| toks[j].class & words::ROLE_INITIAL != 0))
        {
            continue;
        }
        if name.words < 2 {
            let next = toks.get(name.end).map(|t| &ctx.text[t.span.range()]);
            let closed = matches!(next, None | Some("," | "." | ";" | ")"));
            let says = toks
                .get(name.end)
                .is_some_and(|t| t.class & words::SAYS != 0);
            let apposed = closed && rule == "rule:person.apposition";
            // "the parents, Christian missionaries from ...": after a comma, one word before a
            // lower-case word that is no verb of saying modifies it ("his wife Jill are" stays).
            let modifier = rule == "rule:person.apposition"
                && !says
                && toks.get(name.end).is_some_and(|t| t.shape == Shape::Lower);
            if modifier || !(apposed || says || name.known(ctx)) {
                continue;
            }
        }
        push(out, name.span(ctx), Label::Person, rule);
    }
}

/// Whether the lower-case token `r` is a role noun ("analyst", "officials") or an "-ist" noun
/// for a person ("economist").
fn lower_role(ctx: &Context<'_>, r: usize) -> bool {
    let t = &ctx.tokens[r];
    t.class & (words::ROLE | words::ROLE_PLURAL) != 0
        || compound_role(ctx.word(r).as_bytes())
        // An "-ist" noun has seven bytes or more and ends in "ist" or "ists": the length and
        // the ending's bytes before the text.
        || (t.span.len() >= 7
            && ends_ist(&ctx.text.as_bytes()[t.span.range()])
            && ist_noun(ctx.word(r)))
}

/// Whether a match score ("3-1", "2 - 0") opens at token `k`, right after a name: the name is a
/// team's ("beat Aston Villa 3-1"), not a person's.
fn score_after(ctx: &Context<'_>, k: usize) -> bool {
    let toks = ctx.tokens;
    let digits = |j: usize| {
        toks.get(j).is_some_and(|t| {
            let w = &ctx.text[t.span.range()];
            (1..=2).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit())
        })
    };
    if !(k > 0 && k < toks.len() && ctx.spaced(k - 1)) {
        return false;
    }
    // One token: "3-1".
    let one = ctx
        .word(k)
        .split_once(['-', '\u{2013}'])
        .is_some_and(|(a, b)| {
            (1..=2).contains(&a.len())
                && (1..=2).contains(&b.len())
                && a.bytes().chain(b.bytes()).all(|c| c.is_ascii_digit())
        });
    let dash = toks
        .get(k + 1)
        .is_some_and(|t| matches!(&ctx.text[t.span.range()], "-" | "\u{2013}"));
    one || digits(k) && dash && digits(k + 2)
}

/// The longest name read before "of" by [`employer_of`], in tokens.
const MAX_EMPLOYEE_NAME: usize = 4;

/// Whether token `i` opens the employer of a person named with a role right before "of"
/// ("analyst Jane Doe of Edward Jones", "economist Jan Kowal of Morgan Stanley"): a company
/// named like a person, not a person.
fn employer_of(ctx: &Context<'_>, i: usize) -> bool {
    let toks = ctx.tokens;
    if i < 4 || ctx.word(i - 1) != "of" {
        return false;
    }
    let mut s = i - 2;
    while s > 0 && i - 1 - s < MAX_EMPLOYEE_NAME && toks[s].shape == Shape::Capitalized {
        if toks[s - 1].shape != Shape::Capitalized {
            return s + 1 < i - 1
                && toks[s - 1].shape == Shape::Lower
                && lower_role(ctx, s - 1)
                && (s..i - 1).all(|j| ctx.spaced(j));
        }
        s -= 1;
    }
    false
}

/// The longest phrase after a role noun read before an apposed name, in tokens.
const MAX_ROLE_PHRASE: usize = 8;

/// The comma that closes a role's prepositional phrase starting at token `p` ("of Tajikistan,",
/// "of Iran's Atomic Energy Organization,", "on Afghan peace talks,"), if it closes within
/// [`MAX_ROLE_PHRASE`] tokens of words, possessives and hyphens.
fn role_phrase_end(ctx: &Context<'_>, p: usize) -> Option<usize> {
    let toks = ctx.tokens;
    if p + 1 >= toks.len() || !matches!(ctx.word(p), "of" | "for" | "on" | "to") {
        return None;
    }
    let end = (p + 1 + MAX_ROLE_PHRASE).min(toks.len());
    for (j, t) in toks.iter().enumerate().take(end).skip(p + 1) {
        match &ctx.text[t.span.range()] {
            "," => return (j > p + 1).then_some(j),
            "'" | "\u{2019}" | "-" | "&" => {}
            _ if matches!(t.shape, Shape::Lower | Shape::Capitalized | Shape::AllCaps)
                && t.class & words::SAYS == 0 => {}
            _ => return None,
        }
    }
    None
}

/// Words that may stand between a name and its verb of saying ("X also said", "X has told").
const BEFORE_SAYS: &[&str] = &[
    "also",
    "earlier",
    "had",
    "has",
    "later",
    "previously",
    "recently",
    "then",
];

/// Lower-case words that may open a role right after a name's comma ("X, acting minister for
/// ...", "X, former head of ...") (sorted).
const ROLE_MODIFIERS: &[&str] = &[
    "acting",
    "assistant",
    "deputy",
    "former",
    "incoming",
    "interim",
    "outgoing",
];

/// Words that introduce an apposition after a name ("X, the ... leader").
const APPOSITION_DETERMINERS: &[&str] = &["a", "an", "her", "his", "its", "the", "their"];

/// The oldest age read in "X, 45,".
const MAX_AGE: u32 = 115;

/// `rule:person.says`, `rule:person.who`, `rule:person.apposed_role`, `rule:person.as_role`,
/// `rule:person.age` and `rule:person.scorer`: names of plain capitalized words with evidence
/// after them (and "with" before a scorer's).
#[inline(never)]
fn bare_names(ctx: &Context<'_>, out: &mut Vec<Candidate>) {
    let toks = ctx.tokens;
    // The token a name read last ends before: the next name starts at or after it.
    let mut next = 0;
    for &i in &ctx.starts.capitalized {
        if i + 2 >= toks.len() {
            break;
        }
        let t = toks[i];
        if i < next || t.class & words::ROLE_INITIAL != 0 {
            continue;
        }
        // Only at the start of a capitalized run.
        // A name starts a capitalized run, or follows a role word or a word with a lower-case
        // hyphenated tail closing a title ("Spokeswoman", "Arafat-allies").
        let after_title = i > 0
            && toks[i - 1].is_upper_initial()
            && ctx.spaced(i - 1)
            && !(toks[i - 1].class & words::ROLE_INITIAL != 0 || lower_tail(ctx.word(i - 1)));
        // "Hun Sen said": a first word that is only a small town's name opens a name when a
        // known surname and evidence after the name follow ([`town_first_name`]).
        // The town test only for a word a spaced capitalized word follows.
        let bare = !after_title && bare_name_word(ctx, i);
        let town_first = !after_title
            && !bare
            && toks[i + 1].shape == Shape::Capitalized
            && ctx.spaced(i)
            && name_word(ctx, i);
        let small_town = town_first && only_small_town(ctx, i);
        // "Bello Mohammed, whose wife ...": a bigger city's name that is a known name part opens
        // a name when a known given name follows in it ([`named_city`]).
        let named = town_first && !small_town && named_city(ctx, i);
        // "Sabah Abdullahi Mohamed, the commissioner": a place's name that is no name part
        // opens a three-word name whose second word is a known given name ([`only_place`]).
        let place_first = town_first && !small_town && !named && only_place(ctx, i);
        let town_first = small_town || named || place_first;
        if after_title
            || !(bare || town_first)
            || lower_tail(ctx.word(i))
            || ARTICLES.contains(&ctx.word(i))
            || after_type_noun(ctx, i)
        {
            continue;
        }
        // "Committee to Protect Journalists said": before a verb of saying, a run after a
        // function word is a longer name.
        let inside = i > 0 && matches!(ctx.word(i - 1), "of" | "for" | "to" | "the" | "and" | "&");
        let Some(name) = read_name(ctx, i).filter(|&n| !arabic_article(ctx, n)) else {
            continue;
        };
        if town_first {
            let given_after = || (name.start + 1..name.end).any(|j| ctx.name_part(j).given);
            let place_name = || {
                name.words == 3
                    && ctx.name_part(name.start + 1).given
                    && (i == 0 || !matches!(ctx.word(i - 1), "in" | "of" | "from" | "to" | "at"))
            };
            if town_first_name(ctx, name)
                && (!named || given_after() || city_alias(ctx, i))
                && (!place_first || place_name())
                && !title_case_line(ctx, t.span.start)
            {
                if let Some(rule) = after_name(ctx, name.end).filter(|_| !inside) {
                    push(out, name.span(ctx), Label::Person, rule);
                }
            }
            next = name.end;
            continue;
        }
        let plain = (2..=3).contains(&name.words)
            && (name.start..name.end).all(|j| {
                toks[j].shape != Shape::Capitalized
                    || bare_name_word(ctx, j)
                    || toks[j].class & words::PARTICLE != 0
            })
            && !name.thing(ctx)
            && !name.place(ctx)
            // A plural last word is a surname only if known ("Affairs", "Journalists").
            && (!ctx.word(name.end - 1).ends_with('s')
                || ctx.gazetteer.name_part(ctx.word(name.end - 1)).surname)
            && toks
                .get(name.end)
                .is_none_or(|n| !(n.is_upper_initial() && ctx.spaced(name.end - 1)));
        // "two Deutsche Welle journalists": a pair before a plural of people names their
        // employer, not a person.
        let employer = toks
            .get(name.end)
            .is_some_and(|n| n.shape == Shape::Lower && n.class & words::ROLE_PLURAL != 0);
        if plain && name.words == 2 && surname_pair(ctx, name.start) {
            if !(employer || title_case_line(ctx, t.span.start)) {
                push(out, name.span(ctx), Label::Person, "rule:person.surname");
            }
        } else if plain && lineage(ctx, name) && !(i > 0 && ctx.word(i - 1) == "the") {
            if !title_case_line(ctx, t.span.start) {
                push(out, name.span(ctx), Label::Person, "rule:person.lineage");
            }
        } else if plain {
            let opening = i == 0 || matches!(ctx.word(i - 1), "." | "!" | "?");
            if let Some(rule) = after_name(ctx, name.end)
                .or_else(|| scorer(ctx, i, name.end))
                .or_else(|| {
                    // "Designer Yvonne St. Clair showed her ...": a known given name after
                    // the first word makes the first a noun before the name.
                    (opening
                        && !inside
                        && (name.start + 1..name.end).all(|j| !ctx.name_part(j).given)
                        && subject_evidence(ctx, name.end))
                    .then_some("rule:person.subject")
                })
            {
                if !(title_case_line(ctx, t.span.start) || inside && rule == "rule:person.says") {
                    push(out, name.span(ctx), Label::Person, rule);
                }
            }
        }
        next = name.end;
    }
}

/// Whether a name whose first word is only a small town's name ("Hun" in "Hun Sen said") reads
/// as a person's: two or three words, the others plain name words (the last may be a title that
/// is a known surname: "Sen"), one of them a known surname, and the whole no place or thing.
fn town_first_name(ctx: &Context<'_>, name: Name) -> bool {
    (2..=3).contains(&name.words)
        && name.end - name.start == name.words
        && (name.start + 1..name.end)
            .all(|j| bare_name_word(ctx, j) || (j + 1 == name.end && title_at(ctx, j)))
        && (name.start + 1..name.end).any(|j| ctx.name_part(j).surname)
        && !name.thing(ctx)
        && !name.place(ctx)
}

/// Initial consonants of a romanized Korean or Chinese syllable (Revised Romanization,
/// McCune-Reischauer, Wade-Giles, Pinyin), longest first; a syllable may also open with its
/// vowel.
const SYLLABLE_INITIALS: &[&str] = &[
    "ch", "hs", "jj", "kk", "pp", "sh", "ss", "ts", "tt", "zh", "b", "c", "d", "f", "g", "h", "j",
    "k", "l", "m", "n", "p", "q", "r", "s", "t", "w", "x", "y", "z",
];

/// Vowels of a romanized Korean or Chinese syllable, longest first.
const SYLLABLE_VOWELS: &[&str] = &[
    "iao", "ieh", "yeo", "ae", "ai", "ao", "ei", "eo", "eu", "ia", "ie", "io", "iu", "oe", "oi",
    "oo", "ou", "ua", "ue", "ui", "uo", "a", "e", "i", "o", "u",
];

/// Final consonants of a romanized Korean or Chinese syllable, longest first.
const SYLLABLE_FINALS: &[&str] = &["ng", "k", "l", "m", "n", "p", "t"];

/// Whether the ASCII lower-case word `w` is one romanized Korean or Chinese syllable ("moon",
/// "yeol", "wen", "ying"): an optional initial, a vowel, an optional final, and nothing more;
/// English words with consonant clusters or a silent "e" ("wife", "stop", "chair") are none.
/// Returns the final.
fn syllable(w: &str) -> Option<&'static str> {
    let starts = SYLLABLE_INITIALS
        .iter()
        .filter_map(|i| w.strip_prefix(i))
        .chain(std::iter::once(w));
    for rest in starts {
        for v in SYLLABLE_VOWELS {
            let Some(tail) = rest.strip_prefix(v) else {
                continue;
            };
            if tail.is_empty() {
                return Some("");
            }
            if let Some(f) = SYLLABLE_FINALS.iter().find(|f| **f == tail) {
                return Some(f);
            }
        }
    }
    None
}

/// Whether `w` is a given name of two romanized syllables joined by a hyphen, the first
/// capitalized ("Ki-moon", "Jae-in", "Ing-wen"), five letters or more ("Wi-fi", "Hi-fi" are
/// none), and no reduplication ("Yo-yo"; rhyming: "Hip-hop", "Ping-pong": two syllables with
/// one final).
pub(crate) fn syllable_given_name(w: &str) -> bool {
    if !(6..=12).contains(&w.len()) {
        return false;
    }
    // A byte loop: words are short, no searcher set-up.
    let Some(h) = w.bytes().position(|b| b == b'-') else {
        return false;
    };
    if !w.is_ascii() {
        return false;
    }
    let (head, tail) = (&w[..h], &w[h + 1..]);
    let mut head_lower = [0u8; 12];
    let head_lower = &mut head_lower[..head.len()];
    head_lower.copy_from_slice(head.as_bytes());
    head_lower.make_ascii_lowercase();
    let Ok(head_lower) = std::str::from_utf8(head_lower) else {
        return false;
    };
    head.len() >= 2
        && head.as_bytes()[0].is_ascii_uppercase()
        && head.bytes().skip(1).all(|b| b.is_ascii_lowercase())
        && tail.len() >= 2
        && tail.bytes().all(|b| b.is_ascii_lowercase())
        && head_lower != tail
        && match (syllable(head_lower), syllable(tail)) {
            (Some(a), Some(b)) => a.is_empty() || a != b,
            _ => false,
        }
}

/// `rule:person.syllable_name`: a capitalized word of two to five letters (a surname: no title
/// and no gazetteer entry but a small town), then a [`syllable_given_name`] ("Ban Ki-moon",
/// "Moon Jae-in", "Tsai Ing-wen"). Not on a title-case line.
fn syllable_names(ctx: &Context<'_>, out: &mut Vec<Candidate>) {
    let toks = ctx.tokens;
    for &k in &ctx.starts.capitalized {
        if k == 0 {
            continue;
        }
        let t = toks[k];
        // The cheap tests first: two capitalized tokens, then the hyphen.
        let s = k - 1;
        if toks[s].shape != Shape::Capitalized
            || t.span.len() < 4
            || !(2..=5).contains(&toks[s].span.len())
            || !ctx.spaced(s)
            || !syllable_given_name(ctx.word(k))
            || !(bare_name_word(ctx, s) || name_word(ctx, s) && only_small_town(ctx, s))
            || title_case_line(ctx, t.span.start)
        {
            continue;
        }
        push(
            out,
            Span::new(toks[s].span.start, t.span.end),
            Label::Person,
            "rule:person.syllable_name",
        );
    }
}

/// "-ist" words that are mostly adjectives before a name ("communist Warsaw Pact countries")
/// (sorted).
const IDEOLOGIES: &[&str] = &[
    "capitalist",
    "centrist",
    "communist",
    "extremist",
    "fascist",
    "federalist",
    "imperialist",
    "islamist",
    "leftist",
    "loyalist",
    "marxist",
    "militarist",
    "modernist",
    "nationalist",
    "populist",
    "rightist",
    "royalist",
    "separatist",
    "socialist",
    "unionist",
    "zionist",
];

/// Whether a lower-case word is a noun of a person's trade or cause in "-ist" ("environmentalist",
/// "guitarists"), not a verb ("insist", "persist").
fn ist_noun(w: &str) -> bool {
    let stem = w.strip_suffix('s').unwrap_or(w);
    stem.len() >= 7
        && stem.ends_with("ist")
        && !matches!(stem, "consist" | "persist" | "subsist")
        && IDEOLOGIES.binary_search(&stem).is_err()
}

/// Whether a word's bytes end in "ist" or "ists", as every [`ist_noun`] does.
/// Whether a lower-case word (its bytes) may be an "-ist" noun: seven bytes or more, ending in
/// "ist" or "ists" ([`after_role`] reads the word).
pub(super) fn ist_shaped(w: &[u8]) -> bool {
    w.len() >= 7 && ends_ist(w)
}

/// Whether a lower-case word (its bytes) is a role noun, a hyphen and "general", "elect" or
/// "designate" ("director-general", "president-elect"): a role itself ([`after_role`] reads the word).
#[inline]
pub(super) fn compound_role(w: &[u8]) -> bool {
    // Every lower-case word of a text comes here: its last byte picks the one tail to test.
    let tail: &[u8] = match w.last() {
        Some(b'l') => b"general",
        Some(b't') => b"elect",
        Some(b'e') => b"designate",
        _ => return false,
    };
    let Some(h) = w.len().checked_sub(tail.len() + 1).filter(|&h| h > 0) else {
        return false;
    };
    w[h] == b'-'
        && w.ends_with(tail)
        && std::str::from_utf8(&w[..h]).is_ok_and(|head| ROLES.binary_search(&head).is_ok())
}

fn ends_ist(w: &[u8]) -> bool {
    w.ends_with(b"ist") || w.ends_with(b"ists")
}

/// Whether a capitalized word has a hyphenated lower-case tail ("Arafat-allies",
/// "Muslim-majority"), which names no person.
fn lower_tail(w: &str) -> bool {
    // The last hyphen, found by a byte loop (words are short: no memrchr set-up). A hyphen and a
    // tail of four bytes or more need five bytes.
    w.len() >= 5
        && w.bytes().rposition(|b| b == b'-').is_some_and(|k| {
            let tail = &w[k + 1..];
            tail.len() > 3 && tail.starts_with(|c: char| c.is_lowercase())
        })
}

/// Arabic common nouns that open names of groups and places before an "al-" word ("Jaish
/// al-Mahdi", "Ras al-Khaimah", "Deir al-Balah") (sorted).
const ARABIC_NOUNS: &[&str] = &[
    "Ahl", "Ahrar", "Ain", "Ansar", "Asaib", "Bab", "Bayt", "Beit", "Bir", "Dar", "Deir", "Eid",
    "Harakat", "Hay", "Hayat", "Hizb", "Jabal", "Jabhat", "Jaish", "Jamaat", "Jebel", "Jisr",
    "Jund", "Kafr", "Kataib", "Khirbet", "Liwa", "Maarat", "Madinat", "Majlis", "Marj", "Masjid",
    "Nahr", "Qasr", "Ras", "Saraya", "Sharm", "Souk", "Suq", "Tal", "Tanzim", "Tel", "Tell", "Umm",
    "Wadi",
];

/// Whether a name says its bearer's lineage: a given name, then "bin"/"ibn"/"bint" and a name,
/// or a particle name ("Hamid al-Rashidi"), and its first word opens no group or place name.
fn lineage(ctx: &Context<'_>, name: Name) -> bool {
    let toks = ctx.tokens;
    let nasab = (name.start + 1..name.end)
        .any(|j| toks[j].shape == Shape::Lower && matches!(ctx.word(j), "bin" | "ibn" | "bint"));
    (nasab || (name.start + 1..name.end).any(|j| hyphen_particle(ctx, j)))
        && ARABIC_NOUNS.binary_search(&ctx.word(name.start)).is_err()
}

/// Whether tokens `i` and `i + 1` are an unknown word and a known surname ("Saddam Hussein"): the
/// first in no gazetteer at all, the second a surname that is in no gazetteer place,
/// nationality or organization.
fn surname_pair(ctx: &Context<'_>, i: usize) -> bool {
    let toks = ctx.tokens;
    toks[i + 1].shape == Shape::Capitalized
        && ctx.match_covering(toks[i].span.start).is_none()
        && ctx.word(i).len() >= 3
        // "Feeling Good", "Third Reich", "Great Dane": participles and ordinal or degree
        // adjectives open titles and names of things.
        && !ctx.word(i).ends_with("ing")
        && !matches!(
            ctx.word(i),
            "First" | "Second" | "Third" | "Fourth" | "Fifth" | "Great" | "Greater" | "Grand" | "Little"
        )
        && {
            let first = ctx.gazetteer.name_part(ctx.word(i));
            !first.given && !first.surname
        }
        && ctx.gazetteer.name_part(ctx.word(i + 1)).surname
        && !entity_word(ctx, i + 1)
}

/// Present participles of scoring in a match report ("with Jan Kowal scoring the winner").
const SCORING: &[&str] = &["grabbing", "hitting", "netting", "scoring"];

/// `rule:person.scorer` for a name from token `i` to before `k`: "with" before it and a verb of
/// [`SCORING`] after it ("..., with Jan Kowal netting twice").
fn scorer(ctx: &Context<'_>, i: usize, k: usize) -> Option<&'static str> {
    (i > 0
        && ctx.word(i - 1) == "with"
        && ctx.tokens.get(k).is_some_and(|t| t.shape == Shape::Lower)
        && SCORING.contains(&ctx.word(k)))
    .then_some("rule:person.scorer")
}

/// Past participles whose "by" names a group's leader ("the gang, led by X").
const LEAD_VERBS: &[&str] = &["commanded", "headed", "led"];

/// `rule:person.led_by`: "led by", "headed by" or "commanded by", then a name of two or three
/// plain words ("the gang, led by Jan Kowal,") whose last word recurs later as a person of its
/// own ([`recurs_as_person`]). The "by" tokens come from the byline start list.
fn led_by(ctx: &Context<'_>, out: &mut Vec<Candidate>) {
    let toks = ctx.tokens;
    for &b in &ctx.starts.bylines {
        let i = b + 1;
        if b == 0
            || i >= toks.len()
            || ctx.word(b) != "by"
            || !LEAD_VERBS.contains(&ctx.word(b - 1))
            || toks[i].shape != Shape::Capitalized
            || !bare_name_word(ctx, i)
        {
            continue;
        }
        let Some(name) = read_name(ctx, i) else {
            continue;
        };
        if (2..=3).contains(&name.words)
            && name.end - name.start == name.words
            && (name.start..name.end).all(|j| bare_name_word(ctx, j))
            && !name.thing(ctx)
            && !name.place(ctx)
            && !title_case_line(ctx, toks[i].span.start)
            && recurs_as_person(ctx, name.end - 1)
        {
            push(out, name.span(ctx), Label::Person, "rule:person.led_by");
        }
    }
}

/// Whether the word at token `last` recurs after it as a capitalized word of its own before a
/// lower-case verb of saying ("Kowal said") or with "his"/"her" in the next two words ("Kowal
/// and his men"). Reads only the capitalized words after `last`.
fn recurs_as_person(ctx: &Context<'_>, last: usize) -> bool {
    let toks = ctx.tokens;
    let word = |j: usize| toks.get(j).map_or("", |t| &ctx.text[t.span.range()]);
    let key = ctx.word(last);
    let caps = &ctx.starts.capitalized;
    let from = caps.partition_point(|&j| j <= last);
    caps[from..].iter().any(|&j| {
        ctx.word(j) == key
            && toks.get(j + 1).is_some_and(|t| {
                t.shape == Shape::Lower && t.class & words::SAYS != 0
                    || matches!(word(j + 1), "his" | "her")
                    || t.shape == Shape::Lower && matches!(word(j + 2), "his" | "her")
            })
    })
}

/// The rule whose evidence follows a name ending before token `k`, if any.
fn after_name(ctx: &Context<'_>, k: usize) -> Option<&'static str> {
    let toks = ctx.tokens;
    let word = |j: usize| toks.get(j).map_or("", |t| &ctx.text[t.span.range()]);
    let lower = |j: usize| toks.get(j).is_some_and(|t| t.shape == Shape::Lower);
    // "confirmed Jan Kowal as director of the agency": a name serving as a role.
    if word(k) == "as" {
        let r = if matches!(word(k + 1), "the" | "its" | "his" | "her" | "their") {
            k + 2
        } else {
            k + 1
        };
        return (toks
            .get(r)
            .is_some_and(|t| t.shape == Shape::Lower && t.class & words::ROLE != 0)
            && matches!(word(r + 1), "of" | "for" | "at" | "," | "."))
        .then_some("rule:person.as_role");
    }
    if lower(k) {
        let verb = if BEFORE_SAYS.contains(&word(k)) {
            k + 1
        } else {
            k
        };
        return (toks.get(verb).is_some_and(|t| t.class & words::SAYS != 0) && lower(verb))
            .then_some("rule:person.says");
    }
    if word(k) != "," {
        return None;
    }
    match word(k + 1) {
        "who" | "whose" => Some("rule:person.who"),
        // "X, minister of transport," "X, spokesman for the army,", "X, acting minister for
        // the presidency,".
        w if {
            let r = if ROLE_MODIFIERS.binary_search(&w).is_ok() {
                k + 2
            } else {
                k + 1
            };
            toks.get(r)
                .is_some_and(|t| t.shape == Shape::Lower && t.class & words::ROLE != 0)
                && matches!(word(r + 1), "of" | "for" | "at" | "," | "and")
        } =>
        {
            Some("rule:person.apposed_role")
        }
        w if APPOSITION_DETERMINERS.contains(&w) => {
            // A role noun among the next few lower-case words: "the party's new leader".
            let mut j = k + 2;
            while j < toks.len() && j < k + 7 {
                let t = toks[j];
                if t.shape == Shape::Lower && t.class & words::ROLE != 0 {
                    return Some("rule:person.apposed_role");
                }
                // "X, a Somali national,", "X, a British citizen,": a noun of belonging to a
                // country, closing the phrase (not "the national oil company").
                if t.shape == Shape::Lower
                    && matches!(word(j), "citizen" | "national" | "native")
                    && matches!(word(j + 1), "," | "." | "of" | "who" | "and")
                {
                    return Some("rule:person.apposed_role");
                }
                if !matches!(t.shape, Shape::Lower | Shape::Capitalized)
                    && !matches!(word(j), "'" | "-")
                {
                    return None;
                }
                j += 1;
            }
            None
        }
        w if toks.get(k + 1).is_some_and(|t| t.shape == Shape::Number)
            && w.len() <= 3
            && w.parse::<u32>().is_ok_and(|age| age <= MAX_AGE)
            && word(k + 2) == "," =>
        {
            Some("rule:person.age")
        }
        _ => None,
    }
}

/// `rule:person.byline`: the names of a byline, "By Jane Doe" opening a line, or of a wire
/// story's credit line ("Reporting by Jane Doe; Editing by John Roe"). One name or several,
/// joined by commas, "and" or semicolons, each closing at the line's end, a comma, "and", a
/// semicolon or "in" + a place ("By Ruth Dorsey and Jason Lowe in Nairobi").
#[inline(never)]
fn byline(ctx: &Context<'_>, out: &mut Vec<Candidate>) {
    let toks = ctx.tokens;
    let bytes = ctx.text.as_bytes();
    for &b in &ctx.starts.bylines {
        if b + 1 >= toks.len() {
            break;
        }
        let span = toks[b].span;
        let opens = match &bytes[span.range()] {
            b"By" | b"BY" => {
                // Only blanks between the line start and "By".
                let before = bytes[..toks[b].span.start]
                    .iter()
                    .rev()
                    .find(|&&c| c != b' ' && c != b'\t');
                before.is_none_or(|&c| c == b'\n')
            }
            b"by" => b > 0 && CREDIT_WORDS.binary_search(&ctx.word(b - 1)).is_ok(),
            _ => false,
        };
        if opens && ctx.spaced(b) {
            credited_names(ctx, b + 1, out);
        }
    }
}

/// Words before "by" that open a credit line ("Reporting by", "Additional reporting by")
/// (sorted).
const CREDIT_WORDS: &[&str] = &[
    "Compiled",
    "Editing",
    "Reported",
    "Reporting",
    "Writing",
    "compiled",
    "editing",
    "reporting",
    "writing",
];

/// Newsroom words that credit a desk, not a person ("By Newser Editors and Wire Services", "By
/// Staff Reporters"): a byline name holding one is no name (sorted).
const NEWSROOM_WORDS: &[&str] = &[
    "Agencies",
    "Bureau",
    "Correspondent",
    "Correspondents",
    "Desk",
    "Editor",
    "Editors",
    "Reporter",
    "Reporters",
    "Services",
    "Staff",
    "Staffers",
    "Team",
    "Wire",
    "Wires",
    "Writer",
    "Writers",
];

/// The most names one byline or credit line is read for.
const MAX_CREDITED: usize = 8;

/// Proposes the names of a byline or credit line, the first starting at token `i`.
fn credited_names(ctx: &Context<'_>, mut i: usize, out: &mut Vec<Candidate>) {
    let toks = ctx.tokens;
    for _ in 0..MAX_CREDITED {
        let Some(mut name) = read_name(ctx, i) else {
            return;
        };
        // "Reporting by Jane Doe Editing by John Roe": the next credit's word, capitalized
        // with no semicolon before it, ends the name, and its own "by" opens the next name.
        if let Some(k) = (name.start + 2..name.end).find(|&k| {
            k + 1 < toks.len()
                && ctx.word(k + 1) == "by"
                && CREDIT_WORDS.binary_search(&ctx.word(k)).is_ok()
        }) {
            name.words = name.words.saturating_sub(name.end - k);
            name.end = k;
            if name.looks_like_other(ctx) {
                return;
            }
            push(out, name.span(ctx), Label::Person, "rule:person.byline");
            i = k + 2;
            continue;
        }
        if name.words < 2
            || name.looks_like_other(ctx)
            || (name.start..name.end).any(|k| NEWSROOM_WORDS.binary_search(&ctx.word(k)).is_ok())
        {
            return;
        }
        let end = toks[name.end - 1].span.end;
        let rest = ctx.text[end..].trim_start_matches([' ', '\t']);
        // What may follow a credited name, and where the next name starts.
        let next = if rest.is_empty() || rest.starts_with(['\n', '\r']) {
            None
        } else if toks
            .get(name.end)
            .is_some_and(|t| t.shape == Shape::AllCaps)
        {
            // "By Jane Doe CHARLESTON, S.C. (Reuters) -": the dateline closes the byline.
            None
        } else if rest.starts_with("in ") {
            // "in Nairobi": the place closes the line.
            let j = name.end + 1;
            if toks.get(j).is_none_or(|t| !t.is_upper_initial()) {
                return;
            }
            None
        } else if rest.starts_with("and ") {
            Some(name.end + 1)
        } else if rest.starts_with([',', ';']) {
            // ", and Jane Doe", "; Editing by John Roe"
            let mut j = name.end + 1;
            if toks.get(j).is_some_and(|_| ctx.word(j) == "and") {
                j += 1;
            }
            if j + 1 < toks.len()
                && ctx.word(j + 1) == "by"
                && CREDIT_WORDS.binary_search(&ctx.word(j)).is_ok()
            {
                // The next credit's own "by" opens it.
                push(out, name.span(ctx), Label::Person, "rule:person.byline");
                return;
            }
            Some(j)
        } else {
            return;
        };
        push(out, name.span(ctx), Label::Person, "rule:person.byline");
        match next {
            Some(j) if j < toks.len() => i = j,
            _ => return,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_lists_are_sorted() {
        for list in [
            ROLE_MODIFIERS,
            STREETS,
            STREET_PREPOSITIONS,
            NOT_NAME,
            ROLES,
            ROLES_PLURAL,
            NAME_VERBS,
            SUBJECT_ADVERBS,
            PERSON_VERBS,
            IDEOLOGIES,
            ARABIC_NOUNS,
            SAYS,
            TITLE_CASE_LOWER,
            CREDIT_WORDS,
            FAITHS,
            PLACE_NOUNS,
            THING_NOUNS,
        ] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
    }
}
