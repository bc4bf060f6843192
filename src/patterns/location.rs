//! LOCATION rules for places the gazetteers do not know, each needing context that says "place".
//!
//! | id | evidence |
//! |---|---|
//! | `rule:location.place_of` | "the city of X", "the province of X", "the town of X"; a bearing: "10 miles north of X" |
//! | `rule:location.compass` | a lower-case compass adjective: "northern X", "south-western X" |
//! | `rule:location.place_type` | a lower-case administrative or settlement noun, or river, island or valley, after the name: "X province", "X tribal region", "X village", "X township", "X river", "the X and Y areas" |
//! | `rule:location.place_comma_country` | "in/near/outside X, COUNTRY" with a known country or province after the comma, after ", in (the)" or after "in (the)" ("near Tassia in the Tillaberi region"); also "X, STATE" with a known first-level division after "at", "to", "from", "of", "the", a possessive or a list's comma ("flew to Marvale, Iowa") |
//! | `rule:location.compass_name` | "in/near/outside" + a capitalized compass word + one unknown word: "in South Kordovan" |
//! | `rule:location.america` | "America" alone: no capitalized word or "X of" before it, none after it or its possessive ("in America", not "Latin America", "Voice of America", "America's Cup") |
//! | `rule:location.the_compass` | "the West", "the North's", "the Gulf": a compass point or "Gulf" alone after "the" |
//! | `rule:location.planet` | "Earth", or another planet after "on", "of", "to", "orbiting"...: "life on Mars" |
//! | `rule:location.camp` | a name before "(refugee) camp(s)": "Dadaab refugee camps", "the Zamzam camp" |
//! | `rule:location.state_abbreviation` | "Oak Harbor, Wash.", "Winston-Salem, N.C.": an abbreviation after a known US or Canadian city and a comma |
//! | `rule:location.apposed_place` | "X, a (mining) town in ...": an unknown name, a comma, a determiner and a place noun |
//! | `rule:location.saint_place` | "San Calixto", "São Félix do Xingu": a Spanish or Portuguese saint's or port word opening a name the gazetteer does not know |
//! | `rule:location.compass_suffix` | a Spanish or Portuguese compass word after a name: "Davao del Norte", "Ilocos Sur", "Rio Grande do Norte" |
//! | `rule:location.article_place` | "al-Fasher", "el-Obeid", "Deir el-Balah": a gazetteer place spelled with another form of the Arabic article (or none) |
//!
//! None of them fires on a nationality, an organization or a known given name alone, nor on a
//! title-case line (a headline), where capitals say nothing.

use super::person::title_case_line;
use super::{Context, push};
use crate::document::{Entity, Label, PlaceKind, Source, Span};
use crate::gazetteer::EntryKind;
use crate::resolve::{Candidate, Priority};
use crate::tokens::Shape;
use crate::words::{self, Case, WordList};

/// Runs the LOCATION rules.
pub(super) fn find(ctx: &Context<'_>, out: &mut Vec<Candidate>) {
    // The lists are word classes of the tokens: no look-up here.
    let toks = ctx.tokens;
    // First, so that a known place spelled with another article keeps its entry where a context
    // rule reads the same name ("the city of El-Fasher").
    let bytes = ctx.text.as_bytes();
    for &i in &ctx.starts.articles {
        article_place(ctx, i, out);
    }
    // Every token the rules below may open on, in order.
    for &i in &ctx.starts.places {
        let t = &toks[i];
        match t.shape {
            Shape::Capitalized => {
                // Each rule below opens on a few words only: their first letters sort them
                // out before any of them reads the word.
                let first = bytes.get(t.span.start).copied().unwrap_or(0);
                if matches!(first, b'P' | b'S') {
                    saint_place(ctx, i, out);
                }
                if matches!(first, b'N' | b'O' | b'S') {
                    compass_suffix(ctx, i, out);
                }
                if t.class & FEATURE_CUES != 0 {
                    feature(ctx, i, out);
                }
                if let Some(run) = capitalized_run_end(ctx, i) {
                    possessive(ctx, i, run, out);
                    apposed_place(ctx, i, run, out);
                }
                if matches!(first, b'E' | b'J' | b'M' | b'N' | b'S' | b'U' | b'V') {
                    planet(ctx, i, out);
                }
                if matches!(first, b'E' | b'G' | b'N' | b'S' | b'W') {
                    the_compass(ctx, i, out);
                }
                if first == b'A' {
                    america(ctx, i, out);
                }
            }
            Shape::Punct if t.span.len() == 1 && bytes.get(t.span.start) == Some(&b',') => {
                state_abbreviation(ctx, i, out);
                comma_state(ctx, i, out);
            }
            Shape::Lower => lower_cue(ctx, i, out),
            _ => {}
        }
    }
}

/// The classes of capitalized words [`feature`] acts on.
const FEATURE_CUES: crate::words::Class =
    words::FEATURE_AFTER | words::ADMIN_AFTER | words::FEATURE_BEFORE | words::FEATURE_OF;

/// The rules opened by the lower-case token `i`: "camp(s)" and the cue words of [`CUES`].
fn lower_cue(ctx: &Context<'_>, i: usize, out: &mut Vec<Candidate>) {
    let toks = ctx.tokens;
    let cue = toks[i].class;
    if matches!(toks[i].span.len(), 4 | 5) && matches!(ctx.word(i), "camp" | "camps") {
        camp(ctx, i, out);
    }
    if cue & CUES == 0 {
        return;
    }
    if cue & words::PLACE_OF != 0
        && i + 2 < toks.len()
        && ctx.word(i + 1) == "of"
        && ctx.spaced(i)
        && ctx.spaced(i + 1)
    {
        let given = GIVEN_NAME_PLACES.binary_search(&ctx.word(i)).is_ok();
        if let Some(end) = read_place_given(ctx, i + 2, given) {
            let span = Span::new(toks[i + 2].span.start, toks[end - 1].span.end);
            push(out, span, Label::Location, "rule:location.place_of");
        }
        // "the towns of Tawila, Mellit and Kebkabiya": a plural noun names a list.
        if ctx.word(i).ends_with('s') {
            if let Some(end) = item_end(ctx, i + 2) {
                places_after(ctx, end, out);
            }
        }
    }
    if cue & words::PLACE_TYPE != 0 && i > 0 {
        place_type(ctx, i, out);
    }
    if i + 1 < toks.len() && ctx.spaced(i) {
        if cue & words::COMPASS != 0 {
            place_name(ctx, i + 1, "rule:location.compass", out);
        } else if cue & words::PLACE_PREPOSITION != 0 {
            comma_country(ctx, i + 1, out);
            compass_name(ctx, i + 1, out);
        }
    }
}

/// Capitalized geographic head words that end a place name ("Tana River") (sorted).
const FEATURE_AFTER: &[&str] = &[
    "Basin",
    "Bay",
    "Channel",
    "County",
    "Delta",
    "Desert",
    "District",
    "Governorate",
    "Gulf",
    "Highlands",
    "Island",
    "Islands",
    "Lake",
    "Mountains",
    "Oblast",
    "Ocean",
    "Peninsula",
    "Plateau",
    "Prefecture",
    "Province",
    "Range",
    "Reef",
    "River",
    "Sea",
    "Shoal",
    "Strait",
    "Territory",
    "Township",
    "Valley",
    "Village",
];

/// Spanish and Portuguese words that open place names: a saint's title, "Puerto" (sorted).
const SAINT_WORDS: &[&str] = &["Puerto", "San", "Santa", "Santo", "São"];

/// `rule:location.saint_place`, tried at every capitalized token `i`: a word of [`SAINT_WORDS`]
/// opening a capitalized run, one capitalized word that opens no gazetteer name with the first
/// word (after "Santa" or "Santo", no known given name: "Santa Claus", "Santa Anna"), and
/// optionally
/// "de"/"del"/"do"/"da" and one more capitalized word ("San Calixto", "San Vicente del
/// Caguán", "Puerto Jordan"). Such names are places the gazetteer misses; read alone, "San" is
/// a town in Mali and "Jordan" a country. Names the gazetteer knows whole ("San Antonio") keep
/// their entry.
fn saint_place(ctx: &Context<'_>, i: usize, out: &mut Vec<Candidate>) {
    let toks = ctx.tokens;
    let w = ctx.word(i);
    if !w.starts_with(['P', 'S'])
        || SAINT_WORDS.binary_search(&w).is_err()
        || i + 1 >= toks.len()
        || toks[i + 1].shape != Shape::Capitalized
        || toks[i + 1].class & words::NOT_NAME != 0
        || !ctx.spaced(i)
        || (i > 0
            && toks[i - 1].is_upper_initial()
            && ctx.spaced(i - 1)
            && toks[i - 1].class & words::NOT_NAME == 0)
        || (w.starts_with("Sant") && ctx.name_part(i + 1).given)
        || ctx
            .match_covering(toks[i + 1].span.start)
            .is_some_and(|m| m.span.start < toks[i + 1].span.start)
        || title_case_line(ctx, toks[i].span.start)
    {
        return;
    }
    let mut end = i + 2;
    if end + 1 < toks.len()
        && matches!(ctx.word(end), "de" | "del" | "do" | "da")
        && ctx.spaced(end - 1)
        && ctx.spaced(end)
        && toks[end + 1].shape == Shape::Capitalized
        && toks[end + 1].class & words::NOT_NAME == 0
    {
        end += 2;
    }
    // The run must end there ("Santa Claus Parade" names no place either way).
    if toks
        .get(end)
        .is_some_and(|t| t.is_upper_initial() && ctx.spaced(end - 1))
    {
        return;
    }
    let span = Span::new(toks[i].span.start, toks[end - 1].span.end);
    push(out, span, Label::Location, "rule:location.saint_place");
}

/// Spanish and Portuguese compass words that end the names of provinces and states ("Davao del
/// Norte", "Ilocos Sur", "Rio Grande do Norte", "Negros Occidental") (sorted).
const COMPASS_SUFFIXES: &[&str] = &["Norte", "Occidental", "Oriental", "Sul", "Sur"];

/// `rule:location.compass_suffix`, tried at every capitalized token `i`: a word of
/// [`COMPASS_SUFFIXES`] after one or two capitalized words, joined by "del", "de" or "do" or
/// not. The whole is one place: the gazetteer often knows only its first words ("Davao", a
/// city). Without a joining word, "Occidental" and "Oriental" need a known place before them
/// ("Mandarin Oriental" is a hotel).
fn compass_suffix(ctx: &Context<'_>, i: usize, out: &mut Vec<Candidate>) {
    let toks = ctx.tokens;
    let w = ctx.word(i);
    if i < 1 || !w.starts_with(['N', 'O', 'S']) || COMPASS_SUFFIXES.binary_search(&w).is_err() {
        return;
    }
    // A name the gazetteer knows whole ("Rio Grande do Sul") keeps its entry; "Sur" alone (a
    // town in Oman) does not stop the longer name.
    if ctx
        .match_covering(toks[i].span.start)
        .is_some_and(|m| m.span.start < toks[i].span.start)
    {
        return;
    }
    let joined = i >= 2 && matches!(ctx.word(i - 1), "del" | "de" | "do") && ctx.spaced(i - 1);
    let last = if joined { i - 2 } else { i - 1 };
    if !ctx.spaced(last) {
        return;
    }
    let Some(first) = name_run_ending_at(ctx, last) else {
        return;
    };
    let known_place = ctx.covered_by(toks[last].span.start, |k| matches!(k, EntryKind::Place(_)));
    let words_ok = (first..=last)
        .all(|j| toks[j].class & words::NOT_NAME == 0 && !named_otherwise(ctx, toks[j].span.start));
    if words_ok
        && (joined || known_place || !w.starts_with('O'))
        && !title_case_line(ctx, toks[first].span.start)
    {
        let span = Span::new(toks[first].span.start, toks[i].span.end);
        push(out, span, Label::Location, "rule:location.compass_suffix");
    }
}

/// Capitalized administrative words that end a place name only after a known first-level
/// division outside the United States ("Rakhine State", "Borno State", "Tigray Region"; not
/// "Ohio State", a university, nor "Islamic State") (sorted).
const ADMIN_AFTER: &[&str] = &["Region", "State"];

/// Capitalized geographic words that open a place name: "Mount X", "Lake X", the Philippine
/// "Barangay X" (village) and "Sitio X" (hamlet) (sorted).
const FEATURE_BEFORE: &[&str] = &["Barangay", "Cape", "Lake", "Mount", "Sitio"];

/// Capitalized geographic words read as "WORD of X": "Gulf of Sirte" (sorted).
const FEATURE_OF: &[&str] = &["Bay", "Gulf", "Isle", "Sea", "Strait"];

/// `rule:location.feature`, tried at every capitalized token `i`.
fn feature(ctx: &Context<'_>, i: usize, out: &mut Vec<Candidate>) {
    let toks = ctx.tokens;
    let class = toks[i].class;
    // The head must end the capitalized run ("Coast Guard", "Valley Authority" are not places).
    let run_ends =
        |j: usize| j + 1 >= toks.len() || !(toks[j + 1].is_upper_initial() && ctx.spaced(j));
    if class & words::FEATURE_AFTER != 0 && i > 0 && ctx.spaced(i - 1) && run_ends(i) {
        let mut first = i;
        while first > 0
            && i - first < MAX_WORDS
            && toks[first - 1].shape == Shape::Capitalized
            && ctx.spaced(first - 1)
            && toks[first - 1].class & words::NOT_NAME == 0
        {
            first -= 1;
        }
        // A longer capitalized run than a place name read here may have is some other name
        // ("Islamic State West Africa Province"): not cut down to its last words.
        let run_goes_on = first > 0
            && i - first == MAX_WORDS
            && toks[first - 1].shape == Shape::Capitalized
            && ctx.spaced(first - 1)
            && toks[first - 1].class & words::NOT_NAME == 0;
        // A creed word ("Islamic State Sahel Province") makes it an armed group's or a
        // church's name, not a place's.
        let words_ok = !run_goes_on
            && (first..i).all(|j| {
                toks[j].class & words::RELIGION == 0 && !named_otherwise(ctx, toks[j].span.start)
            });
        // "Kari Lake": one known given name, no place, before a head word that is also a known
        // surname names a person, unless a preposition of place comes first ("in Crystal Lake").
        let person = i - first == 1
            && ctx.name_part(first).given
            && ctx.name_part(i).surname
            && !ctx.covered_by(toks[first].span.start, |k| matches!(k, EntryKind::Place(_)))
            && (first == 0 || toks[first - 1].class & words::LOCATIVE == 0);
        if first < i && words_ok && !person && !title_case_line(ctx, toks[first].span.start) {
            let span = Span::new(toks[first].span.start, toks[i].span.end);
            push(out, span, Label::Location, "rule:location.feature");
            return;
        }
    }
    if class & words::ADMIN_AFTER != 0 && i > 0 && ctx.spaced(i - 1) && run_ends(i) {
        admin_after(ctx, i, out);
        return;
    }
    let name_at = if class & words::FEATURE_BEFORE != 0 && i + 1 < toks.len() && ctx.spaced(i) {
        i + 1
    } else if class & words::FEATURE_OF != 0
        && i + 2 < toks.len()
        && ctx.word(i + 1) == "of"
        && ctx.spaced(i)
        && ctx.spaced(i + 1)
    {
        i + 2
    } else {
        return;
    };
    let mut end = name_at;
    while end < toks.len()
        && end - name_at < MAX_WORDS
        && toks[end].shape == Shape::Capitalized
        && (end == name_at || ctx.spaced(end - 1))
        && toks[end].class & words::NOT_NAME == 0
    {
        end += 1;
    }
    if end > name_at && !title_case_line(ctx, toks[i].span.start) {
        let span = Span::new(toks[i].span.start, toks[end - 1].span.end);
        push(out, span, Label::Location, "rule:location.feature");
    }
}

/// `rule:location.feature` for an [`ADMIN_AFTER`] word at token `i` ("Rakhine State"): the
/// capitalized run before it must be exactly one known first-level division outside the United
/// States.
fn admin_after(ctx: &Context<'_>, i: usize, out: &mut Vec<Candidate>) {
    let toks = ctx.tokens;
    let Some(m) = ctx.match_covering(toks[i - 1].span.start) else {
        return;
    };
    let first = ctx.token_at(m.span.start);
    let whole_run = m.span.end == toks[i - 1].span.end
        && toks[first].span.start == m.span.start
        && (first == 0 || !(toks[first - 1].is_upper_initial() && ctx.spaced(first - 1)));
    let division = || {
        ctx.gazetteer.entries_of(m.pattern).any(|e| {
            e.kind == EntryKind::Place(PlaceKind::Admin1)
                && e.country.is_some_and(|c| c.as_str() != "US")
        })
    };
    if whole_run && division() && !title_case_line(ctx, m.span.start) {
        let span = Span::new(m.span.start, toks[i].span.end);
        push(out, span, Label::Location, "rule:location.feature");
    }
}

/// `rule:location.state_abbreviation`, tried at every comma `k`: after a known city of the
/// United States or Canada and the comma, an abbreviation is its state or province ("Oak
/// Harbor, Wash.", "Winston-Salem, N.C.", "Waterloo, Ont.").
fn state_abbreviation(ctx: &Context<'_>, k: usize, out: &mut Vec<Candidate>) {
    let toks = ctx.tokens;
    if k == 0 || k + 1 >= toks.len() || !ctx.touching(k - 1) || !ctx.spaced(k) {
        return;
    }
    let city = toks[k - 1];
    let north_american = ctx.match_covering(city.span.start).is_some_and(|m| {
        m.span.end == city.span.end
            && ctx.gazetteer.entries_of(m.pattern).any(|e| {
                e.kind == EntryKind::Place(PlaceKind::City)
                    && e.country.is_some_and(|c| matches!(c.as_str(), "US" | "CA"))
            })
    });
    if !north_american {
        return;
    }
    if let Some(end) = abbreviation_end(ctx, k + 1) {
        let span = Span::new(toks[k + 1].span.start, toks[end - 1].span.end);
        push(out, span, Label::Location, STATE_RULE);
    }
}

/// The rule id of state and province abbreviations, here and on datelines.
pub(super) const STATE_RULE: &str = "rule:location.state_abbreviation";

/// The most letters of a state or province abbreviation ("Calif.").
const MAX_ABBREVIATION: usize = 5;

/// The end (exclusive) of the state or province abbreviation at token `i`, if it is one: a
/// capitalized word of two to [`MAX_ABBREVIATION`] letters and a touching period ("Wash.",
/// "Ill."), or dotted initials ("N.C.", "B.C."); not a title, a legal form or a known place
/// ("Sr.", "Inc.", "Ohio.").
pub(super) fn abbreviation_end(ctx: &Context<'_>, i: usize) -> Option<usize> {
    let toks = ctx.tokens;
    let t = toks.get(i)?;
    let w = ctx.word(i);
    let word = t.shape == Shape::Capitalized;
    let end = if word
        && (2..=MAX_ABBREVIATION).contains(&w.len())
        && w.bytes().all(|b| b.is_ascii_alphabetic())
        && i + 1 < toks.len()
        && ctx.word(i + 1) == "."
        && ctx.touching(i)
    {
        i + 2
    } else if (4..=6).contains(&w.len())
        && w.ends_with('.')
        && w.bytes().all(|b| b.is_ascii_uppercase() || b == b'.')
        && !w.contains("..")
    {
        i + 1
    } else {
        return None;
    };
    // "Columbus, Ohio.": a place the gazetteer knows ends the sentence, its period apart.
    // Dotted initials that are also a legal form ("S.C.") stay states after a city.
    let named = ctx.covered_by(t.span.start, |k| {
        matches!(
            k,
            EntryKind::Title | EntryKind::Organization | EntryKind::Place(_)
        ) || (word && k == EntryKind::OrgSuffix)
    });
    (!named).then_some(end)
}

/// Capitalized compass words that open a place name after a preposition ("in South Kordovan").
const COMPASS_NAMES: &[&str] = &[
    "East", "Eastern", "North", "Northern", "South", "Southern", "West", "Western",
];

/// `rule:location.compass_name`: after "in", "near" or "outside", a capitalized compass word and
/// one unknown capitalized word closing the run ("fighting in South Kordovan").
fn compass_name(ctx: &Context<'_>, i: usize, out: &mut Vec<Candidate>) {
    let toks = ctx.tokens;
    if i + 1 >= toks.len()
        || toks[i].shape != Shape::Capitalized
        || !COMPASS_NAMES.contains(&ctx.word(i))
        || !ctx.spaced(i)
        || toks[i + 1].shape != Shape::Capitalized
        || toks
            .get(i + 2)
            .is_some_and(|t| t.is_upper_initial() && ctx.spaced(i + 1))
        || ctx.gazetteer.name_part(ctx.word(i + 1)).given
    {
        return;
    }
    if read_place(ctx, i) == Some(i + 2) {
        let span = Span::new(toks[i].span.start, toks[i + 1].span.end);
        push(out, span, Label::Location, "rule:location.compass_name");
    }
}

/// Words that may follow the noun of an apposed place ("a town in", "a village near").
const AFTER_PLACE_NOUN: &[&str] = &[
    ",",
    ".",
    "about",
    "in",
    "near",
    "north",
    "northeast",
    "northwest",
    "of",
    "on",
    "south",
    "southeast",
    "southwest",
    "east",
    "west",
];

/// The end of the run of capitalized words (at most [`MAX_WORDS`]) that starts at token `i`, or
/// `None` when `i` does not start a run (a capitalized word stands right before it).
fn capitalized_run_end(ctx: &Context<'_>, i: usize) -> Option<usize> {
    let toks = ctx.tokens;
    if i > 0 && toks[i - 1].is_upper_initial() && ctx.spaced(i - 1) {
        return None;
    }
    let mut run = i + 1;
    while run < toks.len() && run - i < MAX_WORDS && toks[run].shape == Shape::Capitalized {
        run += 1;
    }
    Some(run)
}

/// `rule:location.apposed_place`: an unknown capitalized name starting at token `i`, a comma,
/// "a"/"an"/"the", at most two lower-case words or known places or nationalities, then a noun of [`PLACE_OF`] and a preposition or
/// a compass word ("Zhenqiao, a mountain town in the north").
fn apposed_place(ctx: &Context<'_>, i: usize, run: usize, out: &mut Vec<Candidate>) {
    let toks = ctx.tokens;
    // Cheap test first: a comma then a determiner right after the capitalized run.
    if run + 2 >= toks.len()
        || ctx.word(run) != ","
        || !matches!(ctx.word(run + 1), "a" | "an" | "the")
    {
        return;
    }
    let Some(end) = read_place(ctx, i) else {
        return;
    };
    if end != run {
        return;
    }
    let mut n = run + 2;
    // Lower-case words, or a known place or nationality describing the noun ("a central Somalia
    // town", "a northern Nigerian village").
    while n < toks.len()
        && n < run + 5
        && (toks[n].shape == Shape::Lower
            || (toks[n].shape == Shape::Capitalized
                && ctx.covered_by(toks[n].span.start, |k| {
                    matches!(k, EntryKind::Place(_) | EntryKind::Nationality)
                })))
    {
        if toks[n].class & words::PLACE_OF != 0 {
            let next = toks.get(n + 1).map_or(".", |t| &ctx.text[t.span.range()]);
            if AFTER_PLACE_NOUN.contains(&next) {
                let span = Span::new(toks[i].span.start, toks[end - 1].span.end);
                push(out, span, Label::Location, "rule:location.apposed_place");
            }
            return;
        }
        n += 1;
    }
}

/// `rule:location.planet`: "Earth", or another planet after a preposition or "planet" ("on
/// Mars", "the surface of Saturn"), as a word of its own (not "Mars Odyssey", "Venus Williams").
fn planet(ctx: &Context<'_>, i: usize, out: &mut Vec<Candidate>) {
    let toks = ctx.tokens;
    let w = ctx.word(i);
    let earth = w == "Earth";
    if !earth
        && !matches!(
            w,
            "Jupiter" | "Mars" | "Mercury" | "Neptune" | "Saturn" | "Uranus" | "Venus"
        )
    {
        return;
    }
    let joined_after = toks
        .get(i + 1)
        .is_some_and(|t| t.is_upper_initial() && ctx.spaced(i));
    let joined_before = i > 0 && toks[i - 1].is_upper_initial() && ctx.spaced(i - 1);
    let cue = i > 0
        && matches!(
            ctx.word(i - 1),
            "of" | "on"
                | "to"
                | "around"
                | "orbit"
                | "orbiting"
                | "planet"
                | "from"
                | "toward"
                | "towards"
        );
    if !joined_after
        && !joined_before
        && (earth || cue)
        && !title_case_line(ctx, toks[i].span.start)
    {
        push(out, toks[i].span, Label::Location, "rule:location.planet");
    }
}

/// `rule:location.the_compass`: "the" and a capitalized compass point or "Gulf" standing alone for
/// a region ("talks with the West", "the North's nuclear program"), not opening a longer name
/// ("the West Bank").
fn the_compass(ctx: &Context<'_>, i: usize, out: &mut Vec<Candidate>) {
    let toks = ctx.tokens;
    if i == 0
        || !matches!(ctx.word(i), "East" | "Gulf" | "North" | "South" | "West")
        || ctx.word(i - 1) != "the"
        || toks
            .get(i + 1)
            .is_some_and(|t| t.is_upper_initial() && ctx.spaced(i))
        || title_case_line(ctx, toks[i].span.start)
    {
        return;
    }
    push(
        out,
        toks[i].span,
        Label::Location,
        "rule:location.the_compass",
    );
}

/// `rule:location.america`: "America" standing alone for the country ("the streets in America",
/// "America's allies"), which the gazetteers leave out because the continents share the word.
/// Not inside a longer name: no capitalized word right before it ("Latin America", "North
/// America") or before an "of" that opens it ("Voice of America", "Bank of America"), none
/// right after it ("America Movil") or after its possessive ("America's Cup").
fn america(ctx: &Context<'_>, i: usize, out: &mut Vec<Candidate>) {
    let toks = ctx.tokens;
    if ctx.word(i) != "America" {
        return;
    }
    let capital = |j: usize| toks.get(j).is_some_and(|t| t.is_upper_initial());
    let before = i > 0 && capital(i - 1) && ctx.spaced(i - 1)
        || i > 1 && ctx.word(i - 1) == "of" && capital(i - 2);
    let next = i + 1;
    let after = next < toks.len()
        && (capital(next) && ctx.spaced(i)
            || matches!(ctx.word(next), "'" | "\u{2019}")
                && next + 2 < toks.len()
                && ctx.word(next + 1) == "s"
                && capital(next + 2)
                && ctx.spaced(next + 1));
    if before || after || title_case_line(ctx, toks[i].span.start) {
        return;
    }
    push(out, toks[i].span, Label::Location, "rule:location.america");
}

/// Nouns that only places have, read as "X's NOUN" (sorted).
const POSSESSED: &[&str] = &[
    "airport",
    "governor",
    "harbor",
    "harbour",
    "mayor",
    "outskirts",
    "port",
    "residents",
    "streets",
    "suburbs",
];

/// `rule:location.possessive`: "Tessalit's regional governor": an unknown capitalized word
/// starting at token `i` (the start of its run), a possessive, at most one lower-case adjective,
/// then a noun of [`POSSESSED`].
fn possessive(ctx: &Context<'_>, i: usize, run: usize, out: &mut Vec<Candidate>) {
    let toks = ctx.tokens;
    // Cheap test first: a possessive right after the capitalized run.
    if !toks
        .get(run)
        .is_some_and(|t| matches!(&ctx.text[t.span.range()], "'" | "’"))
    {
        return;
    }
    let Some(end) = read_place(ctx, i) else {
        return;
    };
    // "'s" or "’s" touching the name.
    if end + 2 >= toks.len()
        || !matches!(ctx.word(end), "'" | "’")
        || ctx.word(end + 1) != "s"
        || !ctx.touching(end - 1)
    {
        return;
    }
    let mut n = end + 2;
    if toks[n].shape == Shape::Lower && POSSESSED.binary_search(&ctx.word(n)).is_err() {
        n += 1; // one adjective: "regional", "northern"
    }
    let possessed = toks
        .get(n)
        .is_some_and(|t| t.shape == Shape::Lower && POSSESSED.binary_search(&ctx.word(n)).is_ok());
    if possessed && !ctx.name_part(end - 1).surname {
        let span = Span::new(toks[i].span.start, toks[end - 1].span.end);
        push(out, span, Label::Location, "rule:location.possessive");
    }
}

/// The word lists of this module, registered as word classes ([`crate::words`]): compared as
/// written, like the searches they replace.
pub(super) const WORD_LISTS: &[WordList] = &[
    (FEATURE_AFTER, Case::Exact, words::FEATURE_AFTER),
    (FEATURE_BEFORE, Case::Exact, words::FEATURE_BEFORE),
    (FEATURE_OF, Case::Exact, words::FEATURE_OF),
    (ADMIN_AFTER, Case::Exact, words::ADMIN_AFTER),
    (PLACE_OF, Case::Exact, words::PLACE_OF),
    (PLACE_TYPE, Case::Exact, words::PLACE_TYPE),
    (COMPASS, Case::Exact, words::COMPASS),
    (PREPOSITIONS, Case::Exact, words::PLACE_PREPOSITION),
];

/// The classes of lower-case cue words [`find`] acts on.
pub(super) const CUES: crate::words::Class =
    words::PLACE_OF | words::PLACE_TYPE | words::COMPASS | words::PLACE_PREPOSITION;

/// Nouns read as "NOUN of X", and the compass points of a bearing ("16 kilometres northwest of
/// X", "a town north of X") (sorted).
const PLACE_OF: &[&str] = &[
    "capital",
    "cities",
    "city",
    "counties",
    "county",
    "district",
    "districts",
    "east",
    "emirate",
    "enclave",
    "governorate",
    "island",
    "municipalities",
    "municipality",
    "neighborhood",
    "neighbourhood",
    "north",
    "northeast",
    "northwest",
    "oblast",
    "port",
    "prefecture",
    "province",
    "provinces",
    "region",
    "republic",
    "south",
    "southeast",
    "southwest",
    "suburb",
    "town",
    "towns",
    "township",
    "village",
    "villages",
    "west",
];

/// Compass adjectives (sorted).
const COMPASS: &[&str] = &[
    "central",
    "eastern",
    "north-eastern",
    "north-western",
    "northeastern",
    "northern",
    "northwestern",
    "south-eastern",
    "south-western",
    "southeastern",
    "southern",
    "southwestern",
    "western",
];

/// Administrative and settlement nouns, and natural features written in lower case, read as "X
/// NOUN" ("Myin Thar village", "Pabedan township", "the Bouroum neighborhood", "Hnan Khar and
/// Htet Hlaw villages", "the Meghna river", "Jolo island", "the Depsang and Demchok areas")
/// (sorted).
const PLACE_TYPE: &[&str] = &[
    "area",
    "areas",
    "counties",
    "county",
    "district",
    "districts",
    "governorate",
    "island",
    "islands",
    "neighborhood",
    "neighbourhood",
    "prefecture",
    "province",
    "provinces",
    "region",
    "regions",
    "river",
    "rivers",
    "township",
    "townships",
    "valley",
    "village",
    "villages",
];

/// Prepositions of place (sorted).
const PREPOSITIONS: &[&str] = &["in", "near", "outside"];

/// Whether a place entry's surface is an adjective standing for a longer name: one word that
/// is the first word of its canonical name and ends like an adjective of nationality ("Jewish"
/// for "Jewish Autonomous Oblast", "Australian" for "Australian Capital Territory"). In text
/// such a word is an adjective, not the place.
pub(crate) fn adjective_alias(e: &crate::gazetteer::Entry) -> bool {
    let Some(canonical) = e.canonical.as_deref() else {
        return false;
    };
    let s: &str = &e.surface;
    matches!(e.kind, EntryKind::Place(_))
        && !s.contains(' ')
        && canonical.len() > s.len()
        && canonical.starts_with(s)
        && canonical.as_bytes()[s.len()] == b' '
        && ADJECTIVE_ENDINGS.iter().any(|end| s.ends_with(end))
}

/// Endings of adjectives of nationality and origin.
const ADJECTIVE_ENDINGS: &[&str] = &["ian", "ean", "ese", "ish", "ic"];

/// Pinyin initials, two-letter ones first.
const PINYIN_INITIALS: &[&str] = &[
    "zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r",
    "z", "c", "s", "y", "w",
];

/// Pinyin finals.
const PINYIN_FINALS: &[&str] = &[
    "a", "ai", "an", "ang", "ao", "e", "ei", "en", "eng", "er", "i", "ia", "ian", "iang", "iao",
    "ie", "in", "ing", "iong", "iu", "o", "ong", "ou", "u", "ua", "uai", "uan", "uang", "ui", "un",
    "uo",
];

/// Whether `s` (lower-case) is one pinyin syllable: an initial and a final, or a final opening
/// with a, o or e alone. Finals with an "i" glide ("ian", "ing") follow only the initials that
/// take them ("dian", "xian"; not "sian").
fn pinyin_syllable(s: &str) -> bool {
    let initial = PINYIN_INITIALS
        .iter()
        .find(|i| s.starts_with(**i))
        .map_or("", |i| i);
    let fin = &s[initial.len()..];
    if !PINYIN_FINALS.contains(&fin) {
        return false;
    }
    match initial {
        "" => fin.starts_with(['a', 'o', 'e']),
        "b" | "p" | "m" | "d" | "t" | "n" | "l" | "j" | "q" | "x" => true,
        "y" | "w" => !fin.starts_with('i') || fin == "i" || fin == "in" || fin == "ing",
        _ => !fin.starts_with('i') || (fin == "i" && !"gkhf".contains(initial)),
    }
}

/// The longest word [`pinyin_name`] reads, in bytes.
const MAX_PINYIN: usize = 12;

/// Whether the capitalized ASCII `word` is a romanized Chinese name of one or two pinyin
/// syllables ("Ludian", "Minxian", "Zhangxian"). English adjectives of origin in "-ian" have
/// more syllables or syllables pinyin lacks ("Canadian", "Indian", "Parisian").
fn pinyin_name(word: &str) -> bool {
    let mut buf = [0u8; MAX_PINYIN];
    let b = word.as_bytes();
    if b.len() > MAX_PINYIN || !b.iter().all(u8::is_ascii_alphabetic) {
        return false;
    }
    for (d, s) in buf.iter_mut().zip(b) {
        *d = s.to_ascii_lowercase();
    }
    let Ok(w) = std::str::from_utf8(&buf[..b.len()]) else {
        return false;
    };
    pinyin_syllable(w) || (1..w.len()).any(|k| pinyin_syllable(&w[..k]) && pinyin_syllable(&w[k..]))
}

/// The most words a place name read by these rules may have (a particle inside is not counted).
const MAX_WORDS: usize = 3;

/// The end (exclusive) of the run of up to [`MAX_WORDS`] capitalized words at token `i`, if the
/// run is a plausible unknown place name: not a nationality, organization, title or known given
/// name alone, not a weekday or month.
fn read_place(ctx: &Context<'_>, i: usize) -> Option<usize> {
    read_place_given(ctx, i, false)
}

/// Settlement and division nouns that vouch for a known given name alone as a place's name
/// ("Kel village", "the province of Van"): no person is called a village.
const GIVEN_NAME_PLACES: &[&str] = &[
    "counties",
    "county",
    "district",
    "districts",
    "governorate",
    "municipality",
    "oblast",
    "prefecture",
    "province",
    "provinces",
    "town",
    "towns",
    "township",
    "townships",
    "village",
    "villages",
];

/// [`read_place`], where `given` lets a known given name alone be the name (after or before a
/// [`GIVEN_NAME_PLACES`] noun).
fn read_place_given(ctx: &Context<'_>, i: usize, given: bool) -> Option<usize> {
    let toks = ctx.tokens;
    let (mut j, mut particles) = (i, 0);
    while j < toks.len() && j - i - particles < MAX_WORDS {
        // "Sharm al-Sheikh": a particle name goes on a place name.
        let particle = j > i && super::particle_tail(ctx.word(j)).is_some();
        // "the port of Ponta da Madeira", "San Juan de Lurigancho": one lower-case particle
        // between two capitalized words, not counted as a word.
        if j > i
            && particles == 0
            && toks[j].shape == Shape::Lower
            && toks[j].class & words::PARTICLE != 0
            && ctx.spaced(j - 1)
            && ctx.spaced(j)
            && toks
                .get(j + 1)
                .is_some_and(|t| t.shape == Shape::Capitalized)
        {
            j += 1;
            particles += 1;
            continue;
        }
        if (j > i && !ctx.spaced(j - 1))
            || !(toks[j].shape == Shape::Capitalized || particle)
            || toks[j].class & words::NOT_NAME != 0
        {
            break;
        }
        j += 1;
    }
    while j > i && toks[j - 1].shape == Shape::Lower && toks[j - 1].class & words::PARTICLE != 0 {
        j -= 1;
    }
    if j == i || toks.get(j).is_some_and(|_| ctx.word(j) == "of") {
        return None;
    }
    // Adjectives of place ("eastern European", "Southeast Asian", "Muslim-majority") are not
    // places.
    let last = ctx.word(j - 1);
    let hyphen_lower = last
        .rsplit_once('-')
        .is_some_and(|(_, tail)| tail.starts_with(|c: char| c.is_lowercase()));
    // "Ludian", "Minxian": a romanized Chinese name of one or two syllables ending in "-ian" is
    // no adjective of origin.
    if hyphen_lower || (ADJECTIVE_ENDINGS.iter().any(|s| last.ends_with(s)) && !pinyin_name(last)) {
        return None;
    }
    let start = toks[i].span.start;
    let other = named_otherwise(ctx, start)
        || ctx.covered_by(toks[j - 1].span.start, |k| {
            matches!(k, EntryKind::OrgHead | EntryKind::OrgSuffix)
        });
    // A known place keeps its gazetteer entry (and GeoNames link), unless a particle and a
    // capitalized word go on past it ("the districts of San Juan de Lurigancho").
    let known = ctx.covered_by(start, |k| matches!(k, EntryKind::Place(_)))
        && !ctx.match_covering(start).is_some_and(|m| {
            (i + 1..j).any(|k| {
                toks[k].span.start > m.span.end
                    && toks[k].shape == Shape::Lower
                    && toks[k].class & words::PARTICLE != 0
            })
        });
    // Two letters are too few to vouch for ("El", "Al": articles too).
    let person = j == i + 1 && ctx.name_part(i).given && !(given && toks[i].span.len() > 2);
    (!other && !known && !person && !title_case_line(ctx, start)).then_some(j)
}

fn place_name(ctx: &Context<'_>, i: usize, rule: &'static str, out: &mut Vec<Candidate>) {
    if let Some(end) = read_place(ctx, i) {
        let span = Span::new(ctx.tokens[i].span.start, ctx.tokens[end - 1].span.end);
        push(out, span, Label::Location, rule);
    }
}

/// "Kunar province", "South Waziristan tribal region": the capitalized words before the noun
/// (one lower-case adjective may stand between).
fn place_type(ctx: &Context<'_>, noun: usize, out: &mut Vec<Candidate>) {
    let toks = ctx.tokens;
    let mut last = noun - 1;
    if toks[last].shape == Shape::Lower && last > 0 && ctx.word(last).ends_with("al") {
        last -= 1; // "tribal", "provincial", "federal"
    }
    let Some(first) = name_run_ending_at(ctx, last) else {
        return;
    };
    // "the Sales area", "the Reception area": one word shaped like an English common noun
    // names a part of a building or a business, not a place.
    if first == last && ctx.word(noun) == "area" && common_noun_shaped(ctx.word(first)) {
        return;
    }
    // "in Kel village", not "the Maria village" (a name modifying the noun).
    let given = last + 1 == noun
        && GIVEN_NAME_PLACES.binary_search(&ctx.word(noun)).is_ok()
        && (first == 0 || ctx.word(first - 1) != "the");
    let unknown = read_place_given(ctx, first, given) == Some(last + 1)
        || known_then_unknown(ctx, first, last);
    if unknown {
        let span = Span::new(toks[first].span.start, toks[last].span.end);
        push(out, span, Label::Location, "rule:location.place_type");
    }
    // "Makera, Akuzo and Usu villages": a plural noun names a list.
    if ctx.word(noun).ends_with('s') && (unknown || item_end(ctx, first) == Some(last + 1)) {
        places_before(ctx, first, out);
    }
}

/// Endings of English common nouns (plurals, abstract and verbal nouns) that one-word place
/// names rarely have.
const COMMON_NOUN_ENDINGS: &[&str] = &["ance", "ence", "ing", "ity", "ment", "s", "sion", "tion"];

/// Whether a capitalized word ends like an English common noun ([`COMMON_NOUN_ENDINGS`]):
/// "Sales", "Finance", "Parking", "Security", "Management", "Reception".
fn common_noun_shaped(w: &str) -> bool {
    COMMON_NOUN_ENDINGS
        .iter()
        .any(|e| w.len() > e.len() + 2 && w.ends_with(e))
}

/// Whether tokens `first..=last` before a place noun are a known place's name followed by
/// capitalized words in no gazetteer match ("Hamar Weyne neighborhood", where "Hamar" alone is
/// a town in Ethiopia): the whole run names the place. Read only before a place noun: after a
/// compass word, "northern Syria Assad" is two names.
fn known_then_unknown(ctx: &Context<'_>, first: usize, last: usize) -> bool {
    let toks = ctx.tokens;
    let start = toks[first].span.start;
    let Some(m) = ctx.match_covering(start) else {
        return false;
    };
    let k = ctx.token_at(m.span.end);
    m.span.start == start
        && k > first
        && k <= last
        && toks[k - 1].span.end == m.span.end
        && ctx
            .gazetteer
            .entries_of(m.pattern)
            .any(|e| matches!(e.kind, EntryKind::Place(_)))
        && (k..=last).all(|t| {
            toks[t].shape == Shape::Capitalized
                && ctx.spaced(t - 1)
                && toks[t].class & words::NOT_NAME == 0
                && ctx.match_covering(toks[t].span.start).is_none()
        })
        && !title_case_line(ctx, start)
}

/// The end (exclusive) of the place name at token `i`: an unknown one [`read_place`] accepts,
/// or a run of capitalized words that a gazetteer place opens ("San Calixto").
fn item_end(ctx: &Context<'_>, i: usize) -> Option<usize> {
    read_place(ctx, i).or_else(|| {
        let start = ctx.tokens[i].span.start;
        let m = ctx.match_covering(start)?;
        let place = m.span.start == start
            && ctx
                .gazetteer
                .entries_of(m.pattern)
                .any(|e| matches!(e.kind, EntryKind::Place(_)));
        if place {
            capitalized_run_end(ctx, i)
        } else {
            None
        }
    })
}

/// The most items of a list of places read before or after a plural place noun.
const MAX_LIST_ITEMS: usize = 12;

/// The token after the list separator at token `j` ("," or "and"/"or", or ", and"), if one
/// stands there, spaced from the item after it.
fn separator_end(ctx: &Context<'_>, mut j: usize) -> Option<usize> {
    let toks = ctx.tokens;
    let mut seen = false;
    if toks.get(j).is_some_and(|_| ctx.word(j) == ",") {
        j += 1;
        seen = true;
    }
    if toks
        .get(j)
        .is_some_and(|_| matches!(ctx.word(j), "and" | "or"))
    {
        j += 1;
        seen = true;
    }
    (seen && j < toks.len() && j > 0 && ctx.spaced(j - 1)).then_some(j)
}

/// `rule:location.place_of` for the items after the first of a list of places ("the
/// municipalities of San Calixto, El Tarra and Teorama"): each capitalized name after a comma
/// or "and" that [`read_place`] accepts, until one is neither that nor a known place.
fn places_after(ctx: &Context<'_>, mut end: usize, out: &mut Vec<Candidate>) {
    let toks = ctx.tokens;
    for _ in 0..MAX_LIST_ITEMS {
        let Some(j) = separator_end(ctx, end) else {
            return;
        };
        if toks[j].shape != Shape::Capitalized {
            return;
        }
        match read_place(ctx, j) {
            Some(e) => {
                let span = Span::new(toks[j].span.start, toks[e - 1].span.end);
                push(out, span, Label::Location, "rule:location.place_of");
                end = e;
            }
            None => match item_end(ctx, j) {
                Some(e) => end = e,
                None => return,
            },
        }
    }
}

/// `rule:location.place_type` for the items before the last of a list of places ("Makera,
/// Akuzo and Usu villages", `first` at "Usu"): each run of capitalized words before a comma or
/// "and" that [`read_place`] accepts whole, until one is neither that nor a known place.
fn places_before(ctx: &Context<'_>, mut first: usize, out: &mut Vec<Candidate>) {
    let toks = ctx.tokens;
    for _ in 0..MAX_LIST_ITEMS {
        // The separator: "and", ",", or ", and" before `first`.
        let mut k = first;
        if k > 0 && matches!(ctx.word(k - 1), "and" | "or") && ctx.spaced(k - 1) {
            k -= 1;
        }
        if k > 0 && ctx.word(k - 1) == "," {
            k -= 1;
        }
        if k == first || k == 0 || toks[k - 1].shape != Shape::Capitalized {
            return;
        }
        // A separator word must stand apart from the item before it ("Akuzo and").
        if ctx.word(k) != "," && !ctx.spaced(k - 1) {
            return;
        }
        let last = k - 1;
        let f = name_run_start(ctx, last);
        if read_place(ctx, f) == Some(last + 1) {
            let span = Span::new(toks[f].span.start, toks[last].span.end);
            push(out, span, Label::Location, "rule:location.place_type");
        } else if item_end(ctx, f) != Some(last + 1) {
            return;
        }
        first = f;
    }
}

/// The first token of the run of capitalized words (at most [`MAX_WORDS`]) that ends at token
/// `last`, which must be a capitalized word followed by a space; function words that open a
/// sentence ("In", "The") are left out of the run.
fn name_run_ending_at(ctx: &Context<'_>, last: usize) -> Option<usize> {
    if ctx.tokens[last].shape != Shape::Capitalized || !ctx.spaced(last) {
        return None;
    }
    Some(name_run_start(ctx, last))
}

/// The first token of the run of capitalized words (at most [`MAX_WORDS`], spaced apart) that
/// ends at token `last`, leaving out function words that open a sentence ("In", "The").
fn name_run_start(ctx: &Context<'_>, last: usize) -> usize {
    let toks = ctx.tokens;
    let mut first = last;
    while first > 0
        && last - first + 1 < MAX_WORDS
        && toks[first - 1].shape == Shape::Capitalized
        && ctx.spaced(first - 1)
    {
        first -= 1;
    }
    while first < last && toks[first].class & words::NOT_NAME != 0 {
        first += 1;
    }
    first
}

/// Words between a camp's name and "camp(s)" ("Dadaab refugee camps", "Bentiu IDP camp").
const CAMP_MODIFIERS: &[&str] = &["IDP", "displacement", "refugee", "transit"];

/// `rule:location.camp`: the capitalized words before "camp" or "camps" at token `noun`,
/// optionally with a [`CAMP_MODIFIERS`] word between ("Dadaab refugee camps", "the Zamzam
/// camp"): a place the gazetteer does not know, under the checks of [`read_place`], except that
/// one given name may name a camp. Before a bare "camp" a surname says a political camp ("the
/// Dorsey camp"), not a place.
fn camp(ctx: &Context<'_>, noun: usize, out: &mut Vec<Candidate>) {
    let toks = ctx.tokens;
    if noun == 0 {
        return;
    }
    let mut last = noun - 1;
    if CAMP_MODIFIERS.contains(&ctx.word(last)) && last > 0 && ctx.spaced(last) {
        last -= 1;
    }
    let Some(first) = name_run_ending_at(ctx, last) else {
        return;
    };
    if last + 1 == noun && (first..=last).any(|k| ctx.name_part(k).surname) {
        return;
    }
    let start = toks[first].span.start;
    let given_alone = first == last
        && toks[first].class & words::NOT_NAME == 0
        && !named_otherwise(ctx, start)
        && !ctx.covered_by(start, |k| matches!(k, EntryKind::Place(_)))
        && !title_case_line(ctx, start)
        && toks
            .get(last + 1)
            .is_none_or(|_| ctx.word(last + 1) != "of");
    if read_place(ctx, first) == Some(last + 1) || given_alone {
        let span = Span::new(start, toks[last].span.end);
        push(out, span, Label::Location, "rule:location.camp");
    }
}

/// "near Walikale, Congo": an unknown name after a preposition, then a known country or
/// first-level division after a comma ("near Walikale, Congo"), after a comma and "in" ("in
/// Belanda, in South Kivu province", "near Tassia, in western Niger") or after "in" alone ("near
/// Tassia in the Tillaberi region").
fn comma_country(ctx: &Context<'_>, i: usize, out: &mut Vec<Candidate>) {
    let toks = ctx.tokens;
    let Some(end) = read_place(ctx, i) else {
        return;
    };
    let mut k = end;
    if k >= toks.len() {
        return;
    }
    let comma = ctx.word(k) == ",";
    if comma {
        k += 1;
    }
    if k < toks.len() && ctx.word(k) == "in" {
        k += 1;
        if k < toks.len() && ctx.word(k) == "the" {
            k += 1;
        }
        if k < toks.len() && toks[k].class & words::COMPASS != 0 && ctx.word(k).ends_with("ern") {
            k += 1;
        }
    } else if !comma {
        return;
    }
    if k >= toks.len() {
        return;
    }
    let country = ctx.covered_by(toks[k].span.start, |k| {
        matches!(k, EntryKind::Place(PlaceKind::Country | PlaceKind::Admin1))
    });
    if country {
        let span = Span::new(toks[i].span.start, toks[end - 1].span.end);
        push(
            out,
            span,
            Label::Location,
            "rule:location.place_comma_country",
        );
    }
}

/// Whether the word at byte `at` is part of a listed nationality, organization, organization head
/// word or suffix, or title: such words never make up a place name.
/// Words before an unknown name that [`comma_state`] reads as naming a place: a possessive's
/// "s" ("Bush's Crawford, Texas ranch"), a list's comma, an article or a preposition of place
/// or motion (sorted). "in", "near" and "outside" are [`comma_country`]'s.
const BEFORE_TOWN_STATE: &[&str] = &[",", "at", "from", "of", "s", "the", "to"];

/// `rule:location.place_comma_country` at the comma `k` of "X, STATE": an unknown name after one
/// of [`BEFORE_TOWN_STATE`], a comma, then a known first-level division ("visited Crawford,
/// Texas", "New York City, Shanksville, Pennsylvania and ..."), not going on with a capitalized
/// word ("Dallas, Texas Instruments").
fn comma_state(ctx: &Context<'_>, k: usize, out: &mut Vec<Candidate>) {
    let toks = ctx.tokens;
    if k < 2 || k + 1 >= toks.len() || !ctx.touching(k - 1) || !ctx.spaced(k) {
        return;
    }
    if toks[k - 1].shape != Shape::Capitalized {
        return;
    }
    let first = name_run_start(ctx, k - 1);
    if first == 0 {
        return;
    }
    let before = ctx.word(first - 1);
    let possessive = before == "s"
        && first >= 2
        && ctx.touching(first - 2)
        && matches!(ctx.word(first - 2), "'" | "\u{2019}");
    if !(possessive || before != "s" && BEFORE_TOWN_STATE.binary_search(&before).is_ok())
        || read_place(ctx, first) != Some(k)
    {
        return;
    }
    let state = toks[k + 1];
    let Some(m) = ctx.match_covering(state.span.start) else {
        return;
    };
    let division = m.span.start == state.span.start
        && ctx
            .gazetteer
            .entries_of(m.pattern)
            .any(|e| e.kind == EntryKind::Place(PlaceKind::Admin1));
    let after = ctx.token_at(m.span.end);
    let goes_on =
        after < toks.len() && after > 0 && toks[after].is_upper_initial() && ctx.spaced(after - 1);
    if division && !goes_on {
        let span = Span::new(toks[first].span.start, toks[k - 1].span.end);
        push(
            out,
            span,
            Label::Location,
            "rule:location.place_comma_country",
        );
    }
}

fn named_otherwise(ctx: &Context<'_>, at: usize) -> bool {
    ctx.covered_by(at, |k| {
        matches!(
            k,
            EntryKind::Nationality
                | EntryKind::Organization
                | EntryKind::OrgHead
                | EntryKind::OrgSuffix
                | EntryKind::Title
        )
    })
}

/// Forms of the Arabic article that open a hyphenated place name in news ("al-Fasher",
/// "el-Obeid", "ar-Raqqa", "az-Zawiya"); compared ignoring the case of the first letter.
const ARTICLES: &[&str] = &[
    "ad", "al", "an", "ar", "as", "ash", "at", "az", "ed", "el", "er", "es", "et", "ez",
];

/// Spellings of the Arabic nouns that open place names, one group per noun: news writes
/// "Deir el-Balah" where GeoNames has "Dayr al Balah".
const NOUN_SPELLINGS: &[&[&str]] = &[
    &["Bayt", "Beit"],
    &["Dair", "Dayr", "Deir"],
    &["Jabal", "Jebel"],
    &["Kafr", "Kfar"],
    &["Khirbat", "Khirbet"],
    &["Tal", "Tall", "Tel", "Tell"],
];

/// The cheap test [`article_place`]'s words pass, on their bytes: a hyphen at byte 2 or 3 with
/// two more bytes after it, or two bytes the second of which is "l" ("Al"/"El").
pub(super) fn article_shaped(b: &[u8]) -> bool {
    let hyphen_at = |k: usize| b.len() > k + 2 && b[k] == b'-';
    hyphen_at(2) || hyphen_at(3) || b.len() == 2 && b[1] == b'l'
}

/// The longest name [`article_place`] looks up, in bytes.
const MAX_ARTICLE_NAME: usize = 96;

/// `rule:location.article_place`, tried at every capitalized or lower-case token `i`: a place
/// the gazetteer knows, written with another form of the Arabic article. News writes
/// "al-Fasher", "el-Fasher", "El-Fasher" or "El Fashir" where GeoNames has "El Fasher" or "Al
/// Fashir", "al-Mukalla" for "Mukalla", "Deir el-Balah" for "Dayr al Balah". The name (an
/// article, a hyphen and a capitalized word, or "Al"/"El" and a capitalized word) is looked up
/// with the article as "Al"/"El"/"al"/"el" (or as written) and a space or a hyphen, then, if its
/// word is no known name part, without the article; only a place entry counts, and the entity
/// carries its GeoNames attributes.
///
/// A capitalized word right before the article must join it in the looked-up name ("Deir",
/// also under its other spellings, [`NOUN_SPELLINGS`]); otherwise the article is a lineage
/// name's ("Bashar al-Assad", "Moqtada al-Sadr", though "Sadr" is a place) and nothing is
/// proposed. Groups ("al-Qaeda") and names ("al-Assad") are in no place entry.
fn article_place(ctx: &Context<'_>, i: usize, out: &mut Vec<Candidate>) {
    let toks = ctx.tokens;
    let w = ctx.word(i);
    // The article and the word after it; `end` is the token after the name.
    let (article, rest, end) = match w.find('-') {
        // Every article has two or three letters.
        Some(k @ 2..=3) if w.len() > k + 2 => (&w[..k], &w[k + 1..], i + 1),
        None if matches!(w, "Al" | "El")
            && i + 1 < toks.len()
            && toks[i + 1].shape == Shape::Capitalized
            && ctx.spaced(i) =>
        {
            (w, ctx.word(i + 1), i + 2)
        }
        _ => return,
    };
    let Some(article) = ARTICLES.iter().find(|a| a.eq_ignore_ascii_case(article)) else {
        return;
    };
    if !rest.starts_with(|c: char| c.is_uppercase())
        || rest.contains('-')
        || title_case_line(ctx, toks[i].span.start)
    {
        return;
    }
    // A gazetteer name already there ("El Salvador", "Al-Hasakah", "Al Jazeera", "Deir
    // ez-Zor") stands.
    if ctx.match_covering(toks[i].span.start).is_some() {
        return;
    }
    let before = (i > 0
        && toks[i - 1].shape == Shape::Capitalized
        && ctx.spaced(i - 1)
        && toks[i - 1].class & words::NOT_NAME == 0)
        .then(|| i - 1);
    let found = match before {
        Some(b) => {
            let noun = ctx.word(b);
            let spellings = NOUN_SPELLINGS
                .iter()
                .find(|g| g.contains(&noun))
                .map_or(std::slice::from_ref(&noun), |g| *g);
            spellings
                .iter()
                .find_map(|n| article_entry(ctx, n, article, rest))
                .map(|e| (b, e))
        }
        None => article_entry(ctx, "", article, rest)
            .or_else(|| {
                let name = ctx.gazetteer.word_info(rest).name;
                (!name.given && !name.surname)
                    .then(|| best_place(ctx, rest))
                    .flatten()
            })
            .map(|e| (i, e)),
    };
    let Some((first, entry)) = found else {
        return;
    };
    let span = Span::new(toks[first].span.start, toks[end - 1].span.end);
    let mut e = Entity::new(
        span,
        Label::Location,
        Source::Rule("rule:location.article_place"),
    );
    e.canonical = entry.canonical.clone();
    e.country = entry.country;
    e.place = entry.place;
    out.push(Candidate {
        entity: e,
        priority: Priority::Rule,
    });
}

/// The place entry of `noun` (with a space, if any), the article `article` or "al"/"el", written
/// lower-case or capitalized, a space or a hyphen, and `word`: the first such name the gazetteer
/// knows, read in the order above ("Al Fashir", "Dayr al Balah", "Al-Hasakah").
fn article_entry<'g>(
    ctx: &Context<'g>,
    noun: &str,
    article: &str,
    word: &str,
) -> Option<&'g crate::gazetteer::Entry> {
    let mut buf = [0u8; MAX_ARTICLE_NAME];
    let articles = [article, "al", "el"];
    for (k, art) in articles.iter().enumerate() {
        if articles[..k].contains(art) {
            continue;
        }
        for capital in [true, false] {
            for sep in [b' ', b'-'] {
                let mut len = 0;
                let mut put = |bytes: &[u8]| {
                    let room = buf.len().saturating_sub(len);
                    let n = bytes.len().min(room);
                    buf[len..len + n].copy_from_slice(&bytes[..n]);
                    len += n;
                    n == bytes.len()
                };
                let head = art.as_bytes();
                let first = if capital {
                    head[0].to_ascii_uppercase()
                } else {
                    head[0]
                };
                let fits = (noun.is_empty() || put(noun.as_bytes()) && put(b" "))
                    && put(&[first])
                    && put(&head[1..])
                    && put(&[sep])
                    && put(word.as_bytes());
                if !fits {
                    return None;
                }
                // The pieces are whole UTF-8 strings and ASCII bytes.
                let Ok(key) = std::str::from_utf8(&buf[..len]) else {
                    return None;
                };
                if let Some(e) = best_place(ctx, key) {
                    return Some(e);
                }
            }
        }
    }
    None
}

/// The place entry of the gazetteer surface `surface` with the most people, if any (adjectives
/// that are aliases of places left out, as in the gazetteer scan).
fn best_place<'g>(ctx: &Context<'g>, surface: &str) -> Option<&'g crate::gazetteer::Entry> {
    ctx.gazetteer
        .entries_for(surface)
        .filter(|e| {
            e.label == Label::Location
                && matches!(e.kind, EntryKind::Place(_))
                && !adjective_alias(e)
        })
        .max_by_key(|e| e.place.and_then(|p| p.population).unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_lists_are_sorted() {
        for list in [
            PLACE_OF,
            GIVEN_NAME_PLACES,
            COMPASS,
            PLACE_TYPE,
            PREPOSITIONS,
            FEATURE_AFTER,
            FEATURE_BEFORE,
            FEATURE_OF,
            ADMIN_AFTER,
            POSSESSED,
            BEFORE_TOWN_STATE,
            COMMON_NOUN_ENDINGS,
        ] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
    }
}
