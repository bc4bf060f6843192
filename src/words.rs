//! Closed word classes, computed once per token.
//!
//! Every rule layer tests tokens against short hand lists (titles' role nouns, months, clause
//! openers, compass adjectives...). Instead of each layer searching its lists for each token, the
//! tokenizer looks every word up once in one table that knows all the lists, and stores the
//! answer on the token as a bit set ([`Class`]). The lists stay where they are, next to the
//! rules that use them: each module registers them with a bit ([`WordList`]).
//!
//! The table is keyed by the word's bytes, ASCII-lower-cased and packed into a `u128` (words of
//! 1 to 16 bytes; longer words are in no list). A list is matched either ignoring ASCII case
//! ([`Case::Fold`]) or exactly as written ([`Case::Exact`]: all-lower-case and capitalized list
//! words only), so a class bit answers exactly what the list search it replaces answered.

use std::sync::LazyLock;

/// A set of word classes: one bit per registered list.
pub(crate) type Class = u64;

/// How a list's words are compared with a token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Case {
    /// Ignoring ASCII case (`eq_ignore_ascii_case`).
    Fold,
    /// Byte for byte (`==`). The list's words are all lower-case ("said") or capitalized
    /// ("Monday").
    Exact,
    /// Byte for byte with the list word's first letter upper-cased ("President" for "president").
    Initial,
}

/// A hand list registered as a word class.
pub(crate) type WordList = (&'static [&'static str], Case, Class);

/// The words of `lists` in one array, for a class that gates several lists (a class answers
/// for one list: the `classes_match_the_lists` test checks each list against its bit). `N` must
/// be the lists' total length.
pub(crate) const fn concat<const N: usize>(lists: &[&[&'static str]]) -> [&'static str; N] {
    let mut out = [""; N];
    let mut n = 0;
    let mut l = 0;
    while l < lists.len() {
        let mut i = 0;
        while i < lists[l].len() {
            out[n] = lists[l][i];
            n += 1;
            i += 1;
        }
        l += 1;
    }
    assert!(n == N, "N is the lists' total length");
    out
}

// One bit per class. A new class takes a free bit and goes into `ALL` below, which checks at
// compile time that no two classes share a bit (the `classes_match_the_lists` test also fails
// then: a list would answer for another list's words).

// Events (`crate::events`): all compared ignoring case.
/// Function words that end a noun phrase.
pub(crate) const FUNCTION: Class = 1 << 0;
/// Determiners and possessive pronouns.
pub(crate) const DETERMINER: Class = 1 << 1;
/// Auxiliaries and adverbs between a subject and its verb.
pub(crate) const CHAIN: Class = 1 << 2;
/// Verbs of reporting.
pub(crate) const REPORTING: Class = 1 << 3;
/// Locative prepositions.
pub(crate) const LOCATIVE: Class = 1 << 4;
/// Modal verbs.
pub(crate) const MODAL: Class = 1 << 5;
/// Words that open a clause.
pub(crate) const OPENER: Class = 1 << 6;
/// Subordinators.
pub(crate) const SUBORDINATOR: Class = 1 << 7;
/// Quantifier heads ("hundreds of").
pub(crate) const QUANTIFIER: Class = 1 << 8;
/// Relative pronouns.
pub(crate) const RELATIVE: Class = 1 << 9;
/// Subject pronouns.
pub(crate) const SUBJECT_PRONOUN: Class = 1 << 10;
/// Heads of armed actors.
pub(crate) const MILITARY: Class = 1 << 11;
/// Negating verbs before "to".
pub(crate) const NEGATING_BEFORE_TO: Class = 1 << 12;
/// Verbs after which "to X" is not a fact.
pub(crate) const NOT_FACTIVE_BEFORE_TO: Class = 1 << 13;
/// Verb-like words of a hypothetical chain.
pub(crate) const VERB_LIKE_CHAIN: Class = 1 << 14;
/// Hypothetical adjectives.
pub(crate) const HYPOTHETICAL_ADJ: Class = 1 << 15;
/// Hypothetical nouns.
pub(crate) const HYPOTHETICAL_NOUN: Class = 1 << 16;
/// "do" forms and coordinators.
pub(crate) const DO_OR_AND: Class = 1 << 17;
/// Adverbs of reported speech.
pub(crate) const REPORTED_ADVERB: Class = 1 << 18;
/// Negation words.
pub(crate) const NEGATION: Class = 1 << 19;
/// Negated modals in one token ("won't").
pub(crate) const NEGATED_MODAL: Class = 1 << 40;
/// Auxiliaries of the passive.
pub(crate) const PASSIVE_AUX: Class = 1 << 41;
/// Auxiliaries that date a participle.
pub(crate) const TENSE_AUX: Class = 1 << 42;
/// Punctuation that ends a clause.
pub(crate) const CLAUSE_PUNCT: Class = 1 << 43;
/// Light verbs whose object names an event ("launched attacks").
pub(crate) const LIGHT_VERB: Class = 1 << 55;
/// Nouns of an anaphoric place ("the city").
pub(crate) const PLACE_NOUN: Class = 1 << 56;
/// Units of distance ("300 km from").
pub(crate) const DISTANCE_UNIT: Class = 1 << 57;
/// Prepositions that place one event relative to another ("after the attack").
pub(crate) const TEMPORAL_PREPOSITION: Class = 1 << 61;

// Person rules (`crate::patterns::person`): exact.
/// Capitalized words never in a name (weekdays, months, function words).
pub(crate) const NOT_NAME: Class = 1 << 20;
/// Lower-case role nouns.
pub(crate) const ROLE: Class = 1 << 21;
/// Role nouns with a capital initial.
pub(crate) const ROLE_INITIAL: Class = 1 << 22;
/// Verbs of saying.
pub(crate) const SAYS: Class = 1 << 23;
/// Name particles ("bin", "da").
pub(crate) const PARTICLE: Class = 1 << 24;
/// Religions and sects.
pub(crate) const FAITH: Class = 1 << 25;
/// Place and facility nouns after a name.
pub(crate) const PERSON_PLACE_NOUN: Class = 1 << 26;
/// Capitalized nouns of things.
pub(crate) const THING_NOUN: Class = 1 << 27;
/// Lower-case words a title-case line may keep.
pub(crate) const TITLE_CASE_LOWER: Class = 1 << 28;
/// Plurals of role nouns.
pub(crate) const ROLE_PLURAL: Class = 1 << 29;
/// Capitalized verbs that end a name ("Narrates").
pub(crate) const NAME_VERB: Class = 1 << 30;

// Location rules (`crate::patterns::location`): exact.
/// Geographic heads ending a place name.
pub(crate) const FEATURE_AFTER: Class = 1 << 32;
/// Geographic words opening a place name.
pub(crate) const FEATURE_BEFORE: Class = 1 << 33;
/// Geographic words read as "WORD of X".
pub(crate) const FEATURE_OF: Class = 1 << 34;
/// Capitalized administrative words ending a known division's name ("Rakhine State").
pub(crate) const ADMIN_AFTER: Class = 1 << 35;
/// Nouns read as "NOUN of X".
pub(crate) const PLACE_OF: Class = 1 << 36;
/// Compass adjectives.
pub(crate) const COMPASS: Class = 1 << 37;
/// Administrative nouns read as "X NOUN".
pub(crate) const PLACE_TYPE: Class = 1 << 38;
/// Prepositions of place.
pub(crate) const PLACE_PREPOSITION: Class = 1 << 39;

// Organization rules (`crate::patterns::organization`): exact.
/// Capitalized function words that never start an organization name.
pub(crate) const LEADING_STOP: Class = 1 << 44;
/// Institutions named alone.
pub(crate) const INSTITUTION: Class = 1 << 45;
/// Institutions named alone without "the".
pub(crate) const BARE_INSTITUTION: Class = 1 << 46;
/// Words after a name that make it an organization.
pub(crate) const AFTER_CUE: Class = 1 << 47;
/// Religious adjectives.
pub(crate) const RELIGION: Class = 1 << 48;
/// Nouns for kinds of organization before a name.
pub(crate) const TYPE_NOUN: Class = 1 << 49;
/// Capitalized date words.
pub(crate) const DATE_WORD: Class = 1 << 50;
/// First words of the cue pairs before a name ("spokesman for").
pub(crate) const BEFORE_CUE: Class = 1 << 51;

// Sentence splitting (`crate::segment`): exact.
/// Titles after which a period never ends a sentence.
pub(crate) const SEG_TITLE: Class = 1 << 58;
/// Abbreviations that rarely end a sentence.
pub(crate) const SEG_WEAK: Class = 1 << 59;
/// Words that commonly open a sentence.
pub(crate) const SEG_OPENER: Class = 1 << 60;
/// Head words beyond the gazetteer's: industry, event, newspaper, division and compound heads.
pub(crate) const EXTRA_HEAD: Class = 1 << 52;

// Facility and treaty rules (`crate::patterns::facility`): exact.
/// Facility, base, airfield and treaty head words: the only tokens those rules start from.
pub(crate) const FACILITY: Class = 1 << 53;
/// Club words of the sports-club rule (`crate::patterns::organization`): exact.
pub(crate) const CLUB: Class = 1 << 54;
/// Words that open the rarer organization rules ("told", "news", company possessions, club
/// roles, group nouns): exact.
pub(crate) const ORG_RARE_CUE: Class = 1 << 62;
/// The first words of the organization before-cues in any case ("Shares of X" opening a
/// sentence): folded.
pub(crate) const BEFORE_CUE_ANY_CASE: Class = 1 << 63;

/// Every class bit above, checked at compile time to be distinct (helpers add classes
/// concurrently: a bit used twice would merge two lists).
const ALL: &[Class] = &[
    FUNCTION,
    DETERMINER,
    CHAIN,
    REPORTING,
    LOCATIVE,
    MODAL,
    OPENER,
    SUBORDINATOR,
    QUANTIFIER,
    RELATIVE,
    SUBJECT_PRONOUN,
    MILITARY,
    NEGATING_BEFORE_TO,
    NOT_FACTIVE_BEFORE_TO,
    VERB_LIKE_CHAIN,
    HYPOTHETICAL_ADJ,
    HYPOTHETICAL_NOUN,
    DO_OR_AND,
    REPORTED_ADVERB,
    NEGATION,
    NEGATED_MODAL,
    PASSIVE_AUX,
    TENSE_AUX,
    CLAUSE_PUNCT,
    LIGHT_VERB,
    PLACE_NOUN,
    DISTANCE_UNIT,
    TEMPORAL_PREPOSITION,
    NOT_NAME,
    ROLE,
    ROLE_INITIAL,
    SAYS,
    PARTICLE,
    FAITH,
    PERSON_PLACE_NOUN,
    THING_NOUN,
    TITLE_CASE_LOWER,
    ROLE_PLURAL,
    NAME_VERB,
    FEATURE_AFTER,
    FEATURE_BEFORE,
    FEATURE_OF,
    ADMIN_AFTER,
    PLACE_OF,
    COMPASS,
    PLACE_TYPE,
    PLACE_PREPOSITION,
    LEADING_STOP,
    INSTITUTION,
    BARE_INSTITUTION,
    AFTER_CUE,
    RELIGION,
    TYPE_NOUN,
    DATE_WORD,
    BEFORE_CUE,
    EXTRA_HEAD,
    FACILITY,
    CLUB,
    ORG_RARE_CUE,
    BEFORE_CUE_ANY_CASE,
    SEG_TITLE,
    SEG_WEAK,
    SEG_OPENER,
];

const _: () = {
    let mut i = 0;
    while i < ALL.len() {
        assert!(ALL[i].count_ones() == 1, "one bit per class");
        let mut j = i + 1;
        while j < ALL.len() {
            assert!(ALL[i] != ALL[j], "two word classes share a bit");
            j += 1;
        }
        i += 1;
    }
};

/// The class bits of a word (its bytes; 0 for words in no list).
pub(crate) fn class_of(word: &[u8]) -> Class {
    TABLE.get(word)
}

/// The class bits of the token `text[start..end]`, reading the text in place.
#[cfg(test)]
pub(crate) fn class_at(text: &[u8], start: usize, end: usize) -> Class {
    table().class_at(text, start, end)
}

/// The class table, for a caller that looks up word after word (the tokenizer): the table's
/// one-time initialization is checked once, not per word.
pub(crate) fn table() -> &'static Table {
    &TABLE
}

/// The 1 to 16 bytes `text[start..end]` zero-padded into a `u128`, read in place.
#[inline(always)]
pub(crate) fn packed_at(text: &[u8], start: usize, end: usize) -> u128 {
    let len = end - start;
    let rest = &text[start..];
    // Read 8 or 16 bytes at once and keep the word's (most words fit in 8).
    if len <= 8 {
        match rest.first_chunk::<8>() {
            Some(b) => u128::from(u64::from_le_bytes(*b) & (u64::MAX >> (64 - len * 8))),
            None => pack(&rest[..len]),
        }
    } else {
        match rest.first_chunk::<16>() {
            Some(b) => u128::from_le_bytes(*b) & (u128::MAX >> (128 - len * 8)),
            None => pack(&rest[..len]),
        }
    }
}

/// The class bits of the one-byte token `b` (ASCII punctuation: "'" is an auxiliary's part).
#[inline]
pub(crate) fn ascii_class(b: u8) -> Class {
    static ASCII: LazyLock<[Class; 128]> =
        LazyLock::new(|| std::array::from_fn(|b| TABLE.lookup(b as u128)));
    ASCII.get(usize::from(b)).copied().unwrap_or(0)
}

static TABLE: LazyLock<Table> = LazyLock::new(|| {
    let mut lists: Vec<WordList> = Vec::new();
    for l in crate::events::WORD_LISTS
        .iter()
        .chain(crate::patterns::WORD_LISTS)
        .chain(&[crate::segment::WORD_LISTS])
    {
        lists.extend_from_slice(l);
    }
    Table::new(&lists)
});

/// Open-addressing table from packed lower-cased words to their class bits.
pub(crate) struct Table {
    slots: Vec<Slot>,
    shift: u32,
}

/// A word of the table (0: an empty slot) and its class bits: matched ignoring case, of exact
/// lower-case words, of exact capitalized words (side by side: a hit reads one slot).
#[derive(Clone, Copy, Default)]
struct Slot {
    key: u128,
    bits: [Class; 3],
}

impl Table {
    fn new(lists: &[WordList]) -> Table {
        let n: usize = lists.iter().map(|(l, _, _)| l.len()).sum();
        let size = (n * 4).next_power_of_two().max(16);
        let mut table = Table {
            slots: vec![Slot::default(); size],
            shift: 64 - size.trailing_zeros(),
        };
        for &(list, case, bit) in lists {
            for w in list {
                assert!(
                    !w.is_empty() && w.len() <= 16 && (case == Case::Fold || w.is_ascii()),
                    "listed words are 1 to 16 bytes, ASCII unless folded: {w:?}"
                );
                assert!(
                    !w.as_bytes()[0].is_ascii_digit(),
                    "numbers are not classified: {w:?}"
                );
                let mut raw = pack(w.as_bytes());
                if case == Case::Initial {
                    raw = (raw & !0xff) | u128::from(w.as_bytes()[0].to_ascii_uppercase());
                }
                let low = lower_packed(raw);
                let kind = match case {
                    Case::Fold => 0,
                    _ if raw == low => 1,
                    _ if raw ^ low == 0x20 => 2,
                    _ => panic!("exact list words are lower-case or capitalized: {w:?}"),
                };
                let mut i = table.slot(low);
                while table.slots[i].key != 0 && table.slots[i].key != low {
                    i = (i + 1) & (size - 1);
                }
                table.slots[i].key = low;
                table.slots[i].bits[kind] |= bit;
            }
        }
        table
    }

    fn slot(&self, key: u128) -> usize {
        let h = (key as u64 ^ (key >> 64) as u64 ^ (key >> 97) as u64)
            .wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (h >> self.shift) as usize
    }

    /// The class bits of the token `text[start..end]`, reading the text in place (inlined into
    /// the tokenizer, its one caller per token).
    #[inline(always)]
    pub(crate) fn class_at(&self, text: &[u8], start: usize, end: usize) -> Class {
        let len = end - start;
        if len == 0 || len > 16 {
            return 0;
        }
        self.lookup(packed_at(text, start, end))
    }

    fn get(&self, word: &[u8]) -> Class {
        if word.is_empty() || word.len() > 16 {
            return 0;
        }
        self.lookup(pack(word))
    }

    /// The bits of the packed word `raw` (not lower-cased).
    #[inline(always)]
    fn lookup(&self, raw: u128) -> Class {
        let low = lower_packed(raw);
        let mask = self.slots.len() - 1;
        let mut i = self.slot(low);
        loop {
            let slot = &self.slots[i & mask];
            let k = slot.key;
            if k == low {
                let [fold, lower, capitalized] = slot.bits;
                let mut bits = fold;
                if raw == low {
                    bits |= lower;
                } else if raw ^ low == 0x20 {
                    bits |= capitalized;
                }
                return bits;
            }
            if k == 0 {
                return 0;
            }
            i = (i + 1) & mask;
        }
    }
}

/// The 1 to 16 bytes of `word` zero-padded into a `u128`, as [`packed_at`] reads a word in
/// place; `None` for an empty or a longer word.
pub(crate) fn packed(word: &[u8]) -> Option<u128> {
    (1..=16).contains(&word.len()).then(|| pack(word))
}

/// Up to 16 bytes zero-padded into a `u128` (words never hold NUL bytes).
fn pack(word: &[u8]) -> u128 {
    let mut buf = [0u8; 16];
    buf[..word.len()].copy_from_slice(word);
    u128::from_le_bytes(buf)
}

/// ASCII lower-casing of 16 packed bytes at once.
#[inline]
pub(crate) fn lower_packed(k: u128) -> u128 {
    let hi = (k >> 64) as u64;
    let lo = lower_u64(k as u64);
    if hi == 0 {
        u128::from(lo)
    } else {
        u128::from(lo) | u128::from(lower_u64(hi)) << 64
    }
}

/// ASCII lower-casing of 8 packed bytes at once.
#[inline]
fn lower_u64(k: u64) -> u64 {
    // For each byte b: add 0x80 - 'A' then 0x80 - ('Z' + 1) to find 'A'..='Z', only for ASCII.
    const ONES: u64 = u64::from_le_bytes([1; 8]);
    let ascii = !k & (ONES * 0x80);
    let ge_a = (k & (ONES * 0x7f)) + ONES * (0x80 - b'A' as u64);
    let gt_z = (k & (ONES * 0x7f)) + ONES * (0x80 - b'Z' as u64 - 1);
    let upper = ge_a & !gt_z & ascii;
    k | (upper >> 2)
}

/// [`lower_packed`] as one 128-bit computation (the reference of the test).
#[cfg(test)]
fn lower_packed_128(k: u128) -> u128 {
    // For each byte b: add 0x80 - 'A' then 0x80 - ('Z' + 1) to find 'A'..='Z', only for ASCII.
    const ONES: u128 = u128::from_le_bytes([1; 16]);
    let ascii = !k & (ONES * 0x80);
    let ge_a = (k & (ONES * 0x7f)) + ONES * (0x80 - b'A' as u128);
    let gt_z = (k & (ONES * 0x7f)) + ONES * (0x80 - b'Z' as u128 - 1);
    let upper = ge_a & !gt_z & ascii;
    k | (upper >> 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every registered list answers through the table exactly as a search of the list does,
    /// for its words in several casings and for near misses.
    #[test]
    fn classes_match_the_lists() {
        let mut lists: Vec<WordList> = Vec::new();
        for l in crate::events::WORD_LISTS
            .iter()
            .chain(crate::patterns::WORD_LISTS)
            .chain(&[crate::segment::WORD_LISTS])
        {
            lists.extend_from_slice(l);
        }
        let mut probes: Vec<String> = Vec::new();
        for (list, _, _) in &lists {
            for w in *list {
                probes.extend([
                    w.to_string(),
                    w.to_ascii_lowercase(),
                    w.to_ascii_uppercase(),
                    format!("{w}s"),
                ]);
                if w.is_ascii() {
                    let mut cap = w.to_string();
                    cap[..1].make_ascii_uppercase();
                    let mut low_initial = w.to_string();
                    low_initial[..1].make_ascii_lowercase();
                    probes.extend([cap, low_initial, w[..w.len() - 1].to_string()]);
                }
            }
        }
        probes.extend(["", "x", "0", "abcdefghijklmnopq"].map(String::from));
        for p in &probes {
            let got = class_of(p.as_bytes());
            // Also through the in-place reader, at the end of a text and inside a longer one.
            let inside = format!("{p} and more words after it");
            assert_eq!(class_at(p.as_bytes(), 0, p.len()), got, "{p:?}");
            assert_eq!(class_at(inside.as_bytes(), 0, p.len()), got, "{p:?}");
            if let &[b] = p.as_bytes() {
                assert_eq!(ascii_class(b), got, "{p:?}");
            }
            for &(list, case, bit) in &lists {
                let listed = list.iter().any(|w| match case {
                    Case::Fold => w.eq_ignore_ascii_case(p),
                    Case::Exact => w == p,
                    Case::Initial => {
                        let mut c = w.to_string();
                        c[..1].make_ascii_uppercase();
                        c == *p
                    }
                });
                assert_eq!(got & bit != 0, listed, "{p:?} in {list:?} ({case:?})");
            }
        }
    }

    #[test]
    fn lower_packed_lowers_ascii_letters_only() {
        let s = "AZaz@[`{É09-'.";
        let mut b = [0u8; 16];
        b[..s.len()].copy_from_slice(s.as_bytes());
        let low = lower_packed(u128::from_le_bytes(b)).to_le_bytes();
        assert_eq!(&low[..s.len()], "azaz@[`{É09-'.".as_bytes());
        for k in [0, 1, u128::MAX, 0x4142_5a5b_6061_7a7b_c380_c39f_2d2e_3039] {
            for k in [k, k.rotate_left(8), k.rotate_left(64), k >> 64] {
                assert_eq!(lower_packed(k), lower_packed_128(k), "{k:x}");
            }
        }
    }
}
