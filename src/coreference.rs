//! Name coreference inside one document, the way GATE's orthomatcher links "Goïta" to "Assimi
//! Goïta".
//!
//! After a first resolution, every PERSON entity of two words or more (or one word a title
//! introduced: "Mr. Cheney") lends its last word as a *key* (the word before a generational
//! suffix: "Marcos" in "Ferdinand Marcos Jr."), a name of three words or more ending in two
//! surnames also its first surname ("Sheinbaum" in "Claudia Sheinbaum Pardo"), and a titled
//! name whose first word is no known given name, or a name that opens with a known surname and
//! closes with none or with a hyphenated syllable given name, also its first word ("Xi" in "Xi
//! Jinping", "Yoon" in "Yoon Suk Yeol", "Ban" in "Ban Ki-moon"). Every later or earlier
//! mention of a key, as a capitalized word of its own, becomes a PERSON candidate
//! (`rule:coref.person_name`) with the full name as its canonical name and
//! [`Priority::Coreference`], so it also wins over a one-word gazetteer place or organization of
//! the same span ("Obama" the Japanese town).
//!
//! A key written with a name particle ("al-Rashidi") is the word after the particle, and its
//! mentions are "Rashidi" and "al-Rashidi"; a key with accented letters ("Condé") also matches
//! its ASCII spelling ("Conde"). Two more links use the names found:
//!
//! - a full name of two words or more found once is a PERSON wherever it recurs, even where a
//!   place shares its first words ("Aung San" in "Aung San Suu Kyi"), unless a place rule
//!   found the same name with its own evidence ("Zinda Jan district");
//! - a key that closes a run of one or two capitalized name words ("Mr. Dorsan" found, then "Emil
//!   Dorsan") makes the run a PERSON, when none of the words is a title, a weekday, a function
//!   word or part of a gazetteer place, nationality or organization.
//!
//! A place name of two words or more that a place context rule found ("Zinda Jan district"), or
//! of one word that a place noun vouched for ("the town of Minova") and the text never writes
//! in lower case, is a LOCATION wherever else it stands alone (`rule:coref.place_name`), and is
//! never propagated as a person.
//!
//! It never creates entities from words no name rule vouched for: keys come only from PERSON
//! entities, a key must be a capitalized word of two letters or more that is not a weekday,
//! month or function word, and a mention that is followed by more capitalized words ("the Bush
//! Administration") or inside a longer entity is left alone.

use std::sync::Arc;

use crate::document::{Entity, Label, Source, Span};
use crate::patterns::{Context, bare_name_word, particle_tail, syllable_given_name};
use crate::resolve::{Candidate, Priority};
use crate::tokens::{Shape, Token};
use crate::words;

/// The rule id of coreference candidates.
pub(crate) const RULE: &str = "rule:coref.person_name";

/// The rule id of place-name coreference candidates.
const PLACE_RULE: &str = "rule:coref.place_name";

/// The most distinct place names a document's other mentions are searched for.
const MAX_PLACE_NAMES: usize = 64;

/// Appends a candidate for every mention of a known person's last name in `tokens`.
///
/// `entities` are the first resolution's entities, sorted by start (read in place among the
/// candidates: their `sentence` is not set yet, and is not read).
pub(crate) fn find(ctx: &Context<'_>, entities: &[&Entity], out: &mut Vec<Candidate>) {
    let (text, tokens) = (ctx.text, ctx.tokens);
    let placed = placed_names(text, entities);
    place_names(ctx, entities, &placed, out);
    full_names(ctx, entities, &placed, out);
    let keys = keys(ctx, entities);
    if keys.is_empty() {
        return;
    }

    // "Conde" for "Alpha Condé": accented keys also match their ASCII spelling (few keys have
    // accents; each is folded once).
    let mut ascii_keys: Vec<(String, usize)> = keys
        .iter()
        .filter(|(k, _)| !k.is_ascii())
        .filter_map(|&(k, n)| ascii_fold(k).map(|f| (f, n)))
        .collect();
    ascii_keys.sort_unstable();
    let filter = KeyFilter::new(keys.iter().map(|(k, _)| *k));
    // The keys of up to 16 bytes packed ([`words::packed`]), sorted: a word is searched as one
    // integer; a longer word by its text.
    let mut packed: Vec<(u128, usize)> = keys
        .iter()
        .filter_map(|&(k, n)| words::packed(k.as_bytes()).map(|p| (p, n)))
        .collect();
    packed.sort_unstable();
    // Only capitalized words and words with a particle ("al-Rashidi": article-shaped) mention a
    // key.
    for &i in ctx.starts.mentions() {
        let t = &tokens[i];
        if !matches!(t.shape, Shape::Capitalized | Shape::Lower) {
            continue;
        }
        let word = &text[t.span.range()];
        // "Rashidi", or "al-Rashidi" for the key "Rashidi".
        let word = match (t.shape, particle_tail(word)) {
            (_, Some(tail)) => tail,
            (Shape::Capitalized, None) => word,
            _ => continue,
        };
        let exact = if !filter.may_match(word.as_bytes()) {
            None
        } else if word.len() <= 16 {
            // The word (or its particle's tail) ends where the token ends.
            let p = words::packed_at(text.as_bytes(), t.span.end - word.len(), t.span.end);
            packed
                .binary_search_by(|&(k, _)| k.cmp(&p))
                .ok()
                .map(|k| packed[k].1)
        } else {
            keys.binary_search_by(|(key, _)| (*key).cmp(word))
                .ok()
                .map(|k| keys[k].1)
        };
        let found = exact.or_else(|| {
            (!ascii_keys.is_empty() && word.is_ascii())
                .then(|| {
                    ascii_keys
                        .binary_search_by(|(key, _)| key.as_str().cmp(word))
                        .ok()
                })
                .flatten()
                .map(|k| ascii_keys[k].1)
        });
        let Some(of) = found else {
            continue;
        };
        // Part of a longer capitalized run: a different name, or an organization.
        let joined = |a: &Token, b: &Token| {
            a.shape == Shape::Capitalized
                && (b.shape == Shape::Capitalized || particle_tail(&text[b.span.range()]).is_some())
                && text.as_bytes()[a.span.end..b.span.start] == *b" "
        };
        if tokens.get(i + 1).is_some_and(|n| joined(t, n)) {
            continue;
        }
        // A capitalized word that never names ("But", "Later", "Monday") does not join the run:
        // "On Monday Obama left" mentions the key alone.
        let named_before = |a: &Token, b: &Token| joined(a, b) && a.class & words::NOT_NAME == 0;
        // Closing a run of capitalized words: the key's own name with another given name
        // ("Emil Dorsan" after "Mr. Dorsan"), or a different name.
        let mut run = i;
        while run > 0 && i - run < 3 && named_before(&tokens[run - 1], &tokens[run]) {
            run -= 1;
        }
        // A key from a one-word name ("Mr. Dorsan") takes one or two plain name words; a key
        // from a longer name one ("Aliza" before "Olmert").
        let full = &entities[of];
        let from_one_word = !full.text(text).contains(' ');
        if run < i
            && (i - run > 2
                || (run > 0 && named_before(&tokens[run - 1], &tokens[run]))
                || !(run..i).all(|j| bare_name_word(ctx, j))
                || !(from_one_word || i - run == 1))
        {
            continue;
        }
        let at = entities.partition_point(|e| e.span.end <= tokens[run].span.start);
        if let Some(e) = entities
            .get(at)
            .filter(|e| e.span.start < t.span.end && tokens[run].span.start < e.span.end)
        {
            let replaceable = e.span == t.span
                && matches!(e.label, Label::Location | Label::Organization | Label::Norp)
                && matches!(e.source, Source::Gazetteer { .. });
            if !replaceable {
                continue;
            }
        }
        let canonical: Arc<str> = if run < i {
            Arc::from(&text[tokens[run].span.start..t.span.end])
        } else {
            match &full.canonical {
                Some(c) => c.clone(),
                None => Arc::from(full.text(text)),
            }
        };
        // "bin Laden", "da Silva": the particle belongs to the mention.
        let start = match run.checked_sub(1).map(|p| &tokens[p]) {
            _ if run < i => tokens[run].span.start,
            Some(p)
                if p.shape == Shape::Lower
                    && text.as_bytes()[p.span.end..t.span.start] == *b" "
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

/// The keys of the PERSON entities: (key, index of the first entity it comes from), sorted by
/// key, one per key, without the keys the document also writes in lower case.
#[inline(never)]
fn keys<'t>(ctx: &Context<'t>, entities: &[&Entity]) -> Vec<(&'t str, usize)> {
    let (text, tokens) = (ctx.text, ctx.tokens);
    let mut keys: Vec<(&str, usize)> = Vec::new();
    for (n, e) in entities.iter().enumerate() {
        if e.label != Label::Person {
            continue;
        }
        let first = tokens.partition_point(|t| t.span.start < e.span.start);
        let last = tokens.partition_point(|t| t.span.start < e.span.end);
        let words = &tokens[first..last];
        // A generational suffix ("Jr.") is no key: the surname before it is.
        let words = match words {
            [rest @ .., w, dot]
                if &text[dot.span.range()] == "." && suffix(&text[w.span.range()]) =>
            {
                rest
            }
            [rest @ .., w] if suffix(&text[w.span.range()]) => rest,
            _ => words,
        };
        // The last capitalized word, or the word after a particle closing the name ("Abu Omar
        // al-Rashidi": "Rashidi").
        let (key_text, at) = match words
            .last()
            .and_then(|t| particle_tail(&text[t.span.range()]))
        {
            Some(tail) if words.len() > 1 => (tail, words.len() - 1),
            _ => match words.iter().rposition(|t| t.shape == Shape::Capitalized) {
                Some(k) => (&text[words[k].span.range()], k),
                None => continue,
            },
        };
        let single = words.len() == 1;
        let titled = matches!(e.source, Source::Rule("rule:person.title_name"));
        if (single && !titled) || !usable_key(key_text) {
            continue;
        }
        keys.push((key_text, n));
        if let Some(first) = first_surname(ctx, first, words, at) {
            keys.push((first, n));
        }
        if let Some(lead) = leading_name(ctx, first, words, titled) {
            keys.push((lead, n));
        }
    }
    // One key per text, from its first entity: whether a key is a common word depends on its
    // text alone.
    keys.sort_by(|a, b| a.0.cmp(b.0).then(a.1.cmp(&b.1)));
    keys.dedup_by(|b, a| a.0 == b.0);
    if keys.is_empty() {
        return keys;
    }
    // A word the document also writes in lower case is a common word ("Will", "Rose"). Keys of
    // up to 16 bytes are compared packed and ASCII-lower-cased ([`words::lower_packed`]): one
    // binary search over integers per lower-case token the filter lets through. Longer keys are
    // compared byte by byte, and keys with a non-ASCII initial ("Élan") one by one: both are rare.
    let mut common = vec![false; keys.len()];
    let mut packed: Vec<(u128, usize)> = Vec::with_capacity(keys.len());
    let mut long: Vec<usize> = Vec::new();
    for (n, (k, _)) in keys.iter().enumerate() {
        match words::packed(k.as_bytes()) {
            Some(p) => packed.push((words::lower_packed(p), n)),
            None => long.push(n),
        }
    }
    packed.sort_unstable();
    let non_ascii: Vec<usize> = (0..keys.len())
        .filter(|&n| !keys[n].0.as_bytes()[0].is_ascii())
        .collect();
    // Most tokens differ from every key in length or initial: two bit tests skip them.
    let filter = KeyFilter::new(keys.iter().map(|(k, _)| *k));
    for t in tokens.iter().filter(|t| t.shape == Shape::Lower) {
        let may_match = filter.may_match_at(text.as_bytes(), t.span);
        if !may_match && non_ascii.is_empty() {
            continue;
        }
        let w = &text[t.span.range()];
        if may_match && w.len() <= 16 {
            let p =
                words::lower_packed(words::packed_at(text.as_bytes(), t.span.start, t.span.end));
            let lo = packed.partition_point(|&(k, _)| k < p);
            for &(_, n) in packed[lo..].iter().take_while(|&&(k, _)| k == p) {
                common[n] = true;
            }
        } else if may_match {
            for &n in &long {
                common[n] |= keys[n].0.eq_ignore_ascii_case(w);
            }
        }
        for &n in &non_ascii {
            common[n] |= lower_form(keys[n].0, w);
        }
    }
    // Still sorted by key.
    let mut n = 0;
    keys.retain(|_| {
        n += 1;
        !common[n - 1]
    });
    keys
}

/// The first of two surnames ending a name of three words or more, as a second key
/// ("Claudia Sheinbaum Pardo": "Sheinbaum"; "Andrés Manuel López Obrador": "López"): the
/// capitalized word before the last surname (and its particle: "da Silva"), after a first
/// word, when it is no known given name that is no surname as well ("Fernando Henrique
/// Cardoso" keeps only "Cardoso") and no title, place, nationality or organization.
/// `first` is the token index of `words[0]`; `at` indexes the last surname in `words`.
fn first_surname<'t>(
    ctx: &Context<'t>,
    first: usize,
    words: &[Token],
    at: usize,
) -> Option<&'t str> {
    let particle_before = at >= 1
        && words[at - 1].shape == Shape::Lower
        && crate::patterns::particle(&ctx.text[words[at - 1].span.range()]);
    let k = at.checked_sub(1 + usize::from(particle_before))?;
    if k < 1 || words[k].shape != Shape::Capitalized || words[k - 1].shape != Shape::Capitalized {
        return None;
    }
    let w = &ctx.text[words[k].span.range()];
    let part = ctx.gazetteer.name_part(w);
    ((!part.given || part.surname) && usable_key(w) && bare_name_word(ctx, first + k)).then_some(w)
}

/// The first word of a name of two words or more, as one more key, when the name reads
/// surname first: the name news repeats alone where the given name comes last or the person
/// goes by one name, and no title, place, nationality or organization. Either the name was
/// found after a title (`titled`: "President Xi Jinping") and its first word is no known given
/// name ("Xi", "Abiy" in "Abiy Ahmed"; without a title a role noun may stand before other
/// capitalized words: "the militant Palestinian Islamic group"), or its first word is a known
/// surname and its last word none ("Yoon Suk Yeol": "Yoon"; "Li Qiang": "Li"; "John Smith"
/// keeps only "Smith"), or its last word is a hyphenated given name of two romanized syllables
/// ("Ban Ki-moon": "Ban"). `first` is the token index of `words[0]`.
fn leading_name<'t>(
    ctx: &Context<'t>,
    first: usize,
    words: &[Token],
    titled: bool,
) -> Option<&'t str> {
    if words.len() < 2
        || words[0].shape != Shape::Capitalized
        || words[1].shape != Shape::Capitalized
    {
        return None;
    }
    let w = &ctx.text[words[0].span.range()];
    let part = ctx.gazetteer.name_part(w);
    let surname_first = || {
        let last = words[words.len() - 1];
        let last = &ctx.text[last.span.range()];
        syllable_given_name(last)
            || part.surname
                && words[words.len() - 1].shape == Shape::Capitalized
                && !ctx.gazetteer.name_part(last).surname
    };
    ((titled && !part.given || surname_first()) && usable_key(w) && bare_name_word(ctx, first))
        .then_some(w)
}

/// Whether `w` is a generational suffix ("Jr", "Sr").
fn suffix(w: &str) -> bool {
    matches!(w, "Jr" | "Sr" | "Jnr" | "Snr")
}

/// Proposes every recurrence of a PERSON name of two words or more, as a whole, token for
/// token ("Aung San Suu Kyi" again, where "Aung San" alone is a place).
/// `placed` are the names place rules found ([`placed_names`]).
fn full_names(ctx: &Context<'_>, entities: &[&Entity], placed: &[&str], out: &mut Vec<Candidate>) {
    let (text, tokens) = (ctx.text, ctx.tokens);
    // (first word, token range of the name), sorted by first word.
    let mut names: Vec<(&str, usize, usize)> = Vec::new();
    for e in entities.iter().filter(|e| e.label == Label::Person) {
        let first = tokens.partition_point(|t| t.span.start < e.span.start);
        let last = tokens.partition_point(|t| t.span.start < e.span.end);
        if last - first >= 2 && tokens[first].shape == Shape::Capitalized {
            names.push((&text[tokens[first].span.range()], first, last));
        }
    }
    // A name that a place rule found elsewhere with its own evidence ("Zinda Jan district") is
    // a place, not a person to propagate.
    if !placed.is_empty() {
        names.retain(|&(_, first, last)| {
            let name = &text[tokens[first].span.start..tokens[last - 1].span.end];
            placed.binary_search(&name).is_err()
        });
    }
    if names.is_empty() {
        return;
    }
    names.sort_by(|a, b| a.0.cmp(b.0).then(a.1.cmp(&b.1)));
    // One entry per distinct name, its first occurrence: a name repeated N times would
    // otherwise be tried N times at each of its N mentions. Only names with the same first
    // word are compared, in place.
    let name_text = |&(_, first, last): &(&str, usize, usize)| {
        &text[tokens[first].span.start..tokens[last - 1].span.end]
    };
    let (mut kept, mut group) = (0, 0);
    for r in 0..names.len() {
        let n = names[r];
        if kept == 0 || names[kept - 1].0 != n.0 {
            group = kept;
        }
        if !names[group..kept]
            .iter()
            .any(|k| name_text(k) == name_text(&n))
        {
            names[kept] = n;
            kept += 1;
        }
    }
    names.truncate(kept);
    let same = |a: usize, b: usize| text[tokens[a].span.range()] == text[tokens[b].span.range()];
    let filter = KeyFilter::new(names.iter().map(|n| n.0));
    for &i in ctx.starts.capitalized() {
        let t = &tokens[i];
        if !filter.may_match_at(text.as_bytes(), t.span) {
            continue;
        }
        let word = &text[t.span.range()];
        let lo = names.partition_point(|n| n.0 < word);
        for &(_, first, last) in names[lo..].iter().take_while(|n| n.0 == word) {
            let len = last - first;
            if first == i
                || i + len > tokens.len()
                || !(1..len).all(|k| {
                    same(first + k, i + k)
                        && text[tokens[first + k - 1].span.end..tokens[first + k].span.start]
                            == text[tokens[i + k - 1].span.end..tokens[i + k].span.start]
                })
            {
                continue;
            }
            // Not followed by more of a longer name.
            let end = i + len;
            if tokens.get(end).is_some_and(|n| {
                n.is_upper_initial()
                    && text.as_bytes()[tokens[end - 1].span.end..n.span.start] == *b" "
            }) {
                continue;
            }
            let span = Span::new(t.span.start, tokens[end - 1].span.end);
            let at = entities.partition_point(|e| e.span.end <= span.start);
            if entities
                .get(at)
                .is_some_and(|e| e.span == span && e.label == Label::Person)
            {
                break;
            }
            let full = Span::new(tokens[first].span.start, tokens[last - 1].span.end);
            let source = entities.partition_point(|e| e.span.start < full.start);
            let mut e = Entity::new(span, Label::Person, Source::Rule(RULE));
            e.canonical = entities.get(source).and_then(|e| e.canonical.clone());
            out.push(Candidate {
                entity: e,
                priority: Priority::Coreference,
            });
            break;
        }
    }
}

/// The texts of the LOCATION entities a place context rule (`rule:location.*`) found, sorted.
fn placed_names<'t>(text: &'t str, entities: &[&Entity]) -> Vec<&'t str> {
    let mut placed: Vec<&str> = entities
        .iter()
        .filter(|e| {
            e.label == Label::Location
                && matches!(e.source, Source::Rule(r) if r.starts_with("rule:location."))
        })
        .map(|e| &text[e.span.range()])
        .collect();
    placed.sort_unstable();
    placed.dedup();
    placed
}

/// Proposes every other mention of a name a place context rule found ("Zinda Jan district",
/// then "in Zinda Jan") as a LOCATION (`rule:coref.place_name`), where it stands alone: not
/// inside a longer capitalized run. A PERSON rule's guess at the same words loses to it.
fn place_names(ctx: &Context<'_>, entities: &[&Entity], placed: &[&str], out: &mut Vec<Candidate>) {
    let (text, tokens) = (ctx.text, ctx.tokens);
    // Names of two words or more, and one-word names a place noun vouched for ("the town of
    // Minova", "Ludian county") that the text never writes in lower case ("the town of Marsh",
    // then "the marsh"): one word is otherwise too often something else as well. Each name is
    // searched in the whole text: a bounded number of them.
    let vouched_word = |name: &str| {
        !name.contains(' ')
            && entities.iter().any(|e| {
                matches!(
                    e.source,
                    Source::Rule("rule:location.place_of" | "rule:location.place_type")
                ) && text[e.span.range()] == *name
            })
            && !has_lower_case_use(text, name)
    };
    for &name in placed
        .iter()
        .filter(|n| n.contains(' ') || vouched_word(n))
        .take(MAX_PLACE_NAMES)
    {
        for (start, end) in whole_word_matches(text, name) {
            let i = tokens.partition_point(|t| t.span.start < start);
            let j = tokens.partition_point(|t| t.span.start < end);
            if i >= tokens.len() || tokens[i].span.start != start || j == 0 {
                continue;
            }
            // "The Srebrenica killings": a capitalized function word, weekday or month ("The",
            // "In", "Monday") joins no name.
            let joined = |a: &Token, b: &Token| {
                a.is_upper_initial()
                    && b.is_upper_initial()
                    && (a.class | b.class) & words::NOT_NAME == 0
                    && text[a.span.end..b.span.start] == *" "
            };
            if (i > 0 && joined(&tokens[i - 1], &tokens[i]))
                || tokens.get(j).is_some_and(|n| joined(&tokens[j - 1], n))
            {
                continue;
            }
            let span = Span::new(start, end);
            let at_entity = entities.partition_point(|e| e.span.end <= start);
            if entities
                .get(at_entity)
                .is_some_and(|e| e.span == span && e.label == Label::Location)
            {
                continue;
            }
            out.push(Candidate {
                entity: Entity::new(span, Label::Location, Source::Rule(PLACE_RULE)),
                priority: Priority::Coreference,
            });
        }
    }
}

/// Whether `text` holds `name` with a lower-case first letter as a word of its own ("marsh"
/// for "Marsh").
fn has_lower_case_use(text: &str, name: &str) -> bool {
    let mut lower = name.to_owned();
    let Some(first) = lower.get_mut(..1) else {
        return false;
    };
    first.make_ascii_lowercase();
    lower != name && whole_word_matches(text, &lower).next().is_some()
}

/// The (start, end) byte ranges of the non-overlapping occurrences of `word` in `text` that
/// stand as whole words.
fn whole_word_matches<'t>(
    text: &'t str,
    word: &'t str,
) -> impl Iterator<Item = (usize, usize)> + 't {
    memchr::memmem::find_iter(text.as_bytes(), word.as_bytes())
        .map(move |start| (start, start + word.len()))
        .filter(|&(start, end)| crate::gazetteer::is_whole_word(text, start, end))
}

/// The (length, ASCII-folded first byte) pairs of the keys, as a bit set: a word of another
/// length and initial is no key, in any ASCII case. Lengths from 31 bytes on share a bit, and
/// so do first bytes with the same low five bits (a letter's two cases among them).
struct KeyFilter {
    bits: [u64; 16],
}

impl KeyFilter {
    fn new<'a>(keys: impl Iterator<Item = &'a str>) -> KeyFilter {
        let mut f = KeyFilter { bits: [0; 16] };
        for k in keys {
            if let Some(at) = Self::bit(k.as_bytes()) {
                f.bits[at / 64] |= 1 << (at % 64);
            }
        }
        f
    }

    /// The bit of a word: 32 lengths for each of 32 first-byte values.
    #[inline]
    fn bit(w: &[u8]) -> Option<usize> {
        Some(Self::bit_of(*w.first()?, w.len()))
    }

    /// The bit of a word of `len` bytes starting with byte `first`.
    #[inline]
    fn bit_of(first: u8, len: usize) -> usize {
        usize::from(first & 31) << 5 | len.min(31)
    }

    /// Whether the word `w` (its bytes) may equal a key ignoring ASCII case.
    #[inline]
    fn may_match(&self, w: &[u8]) -> bool {
        Self::bit(w).is_some_and(|at| self.test(at))
    }

    /// [`KeyFilter::may_match`] of the word `text[span]` (not empty), reading its first byte
    /// and length only.
    #[inline]
    fn may_match_at(&self, text: &[u8], span: Span) -> bool {
        text.get(span.start)
            .is_some_and(|&b| self.test(Self::bit_of(b, span.len())))
    }

    #[inline]
    fn test(&self, at: usize) -> bool {
        self.bits[at / 64] & (1 << (at % 64)) != 0
    }
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

/// `w` with its accented Latin letters written in ASCII ("Condé": "Conde", "Łukasz":
/// "Lukasz"), or `None` when a letter has no such spelling here.
pub(crate) fn ascii_fold(w: &str) -> Option<String> {
    w.chars()
        .map(|c| {
            if c.is_ascii() {
                return Some(c);
            }
            let lower = c.to_lowercase().next()?;
            let a = match lower {
                'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
                'ç' | 'ć' | 'č' => 'c',
                'ď' | 'đ' => 'd',
                'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' => 'e',
                'ğ' => 'g',
                'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' => 'i',
                'ł' => 'l',
                'ñ' | 'ń' | 'ň' => 'n',
                'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
                'ř' => 'r',
                'ś' | 'ş' | 'š' | 'ș' => 's',
                'ť' | 'ţ' | 'ț' => 't',
                'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
                'ý' | 'ÿ' => 'y',
                'ź' | 'ż' | 'ž' => 'z',
                _ => return None,
            };
            Some(if c.is_uppercase() {
                a.to_ascii_uppercase()
            } else {
                a
            })
        })
        .collect()
}

/// Whether a word may stand for a whole name.
fn usable_key(w: &str) -> bool {
    w.chars().nth(1).is_some() && !crate::patterns::not_name_word(w)
}
