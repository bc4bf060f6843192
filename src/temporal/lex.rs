//! A small lexer for the window around a trigger: words, numbers and punctuation, each with its
//! byte span, whether whitespace precedes it, and a precomputed class.
//!
//! Only the few dozen bytes around a candidate are lexed, never the whole text. Words keep a
//! lower-cased ASCII copy of up to [`KEY`] bytes for comparisons, so nothing is allocated.

/// Longest word kept for comparisons; longer words never match a keyword.
pub(super) const KEY: usize = 14;

/// The kind of a token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    /// Letters (ASCII or not), possibly followed by digits ("FY2024", "Q3").
    Word,
    /// Digits, possibly followed by letters ("22nd", "10am", "1990s").
    Num,
    /// One punctuation character.
    Punct,
}

/// Letter case of a word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Case {
    /// Starts with a lower-case letter.
    Lower,
    /// Starts with an upper-case letter, not all capitals.
    Title,
    /// All capitals (two letters or more).
    Upper,
}

/// What a number token's letter suffix is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Suffix {
    None,
    /// st, nd, rd, th.
    Ordinal,
    /// "1990s".
    S,
    /// "10am".
    Am,
    /// "3pm".
    Pm,
    /// Anything else ("5km", "3G").
    Other,
}

/// A time unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Fortnight,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
    Weekend,
}

/// Part of a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Pod {
    Morning,
    Afternoon,
    Evening,
    Night,
}

impl Pod {
    pub(super) fn code(self) -> &'static str {
        match self {
            Pod::Morning => "MO",
            Pod::Afternoon => "AF",
            Pod::Evening => "EV",
            Pod::Night => "NI",
        }
    }
}

/// The class of a word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Class {
    Other,
    /// Month 1-12; `abbr` for "Jan", "Sept"...
    Month {
        m: u32,
        abbr: bool,
    },
    /// Weekday, Monday = 1; `abbr` for "Mon", "Tues"...; `plural` for "Mondays".
    Weekday {
        wd: u32,
        abbr: bool,
        plural: bool,
    },
    /// A time unit, singular or plural.
    Unit {
        unit: Unit,
        plural: bool,
    },
    /// A cardinal number word ("three", "twenty").
    Cardinal(u32),
    /// An ordinal word ("third", "twentieth"). "second" is also a unit.
    Ordinal(u32),
    /// Spring = 0, summer, autumn/fall, winter.
    Season(u8),
    /// Morning, afternoon, evening, night.
    Pod(Pod),
    /// "nineties" -> 9.
    DecadeWord(u32),
}

/// A token.
#[derive(Clone, Copy, Debug)]
pub(super) struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// Whitespace precedes the token.
    pub space: bool,
    /// Lower-cased ASCII text of a word or a number's suffix (first `len` bytes, zeros after).
    pub key: [u8; 16],
    pub len: u8,
    pub case: Case,
    pub class: Class,
    /// A number's digits' value (saturating) and digit count.
    pub num: u32,
    pub digits: u8,
    pub suffix: Suffix,
    /// A punctuation token's byte (0 for non-ASCII punctuation).
    pub punct: u8,
}

impl Tok {
    /// The lower-cased word (empty when longer than [`KEY`] or not a word).
    pub(super) fn low(&self) -> &[u8] {
        &self.key[..usize::from(self.len)]
    }

    /// [`Tok::low`] packed into a `u128` as [`packed`] packs words (0 when empty).
    #[inline(always)]
    pub(super) fn packed(&self) -> u128 {
        u128::from_le_bytes(self.key)
    }
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// Lexes `text[start..end]` (both on character boundaries) into `out` (cleared first).
#[cfg(test)]
pub(super) fn lex(text: &str, start: usize, end: usize, out: &mut Vec<Tok>) {
    out.clear();
    lex_append(text, start, end, out);
}

/// Lexes `text[start..end]` (both on character boundaries) onto the end of `out`, as if
/// whitespace preceded `start`.
pub(super) fn lex_append(text: &str, start: usize, end: usize, out: &mut Vec<Tok>) {
    let bytes = text.as_bytes();
    let mut i = start;
    let mut space = true;
    while i < end {
        let b = bytes[i];
        if is_space(b) {
            space = true;
            i += 1;
            continue;
        }
        if b >= 0x80 {
            let c = text[i..].chars().next().unwrap_or(' ');
            if c.is_whitespace() {
                space = true;
                i += c.len_utf8();
                continue;
            }
            if !c.is_alphanumeric() {
                let n = c.len_utf8();
                out.push(punct(i, i + n, 0, space));
                space = false;
                i += n;
                continue;
            }
        }
        if b.is_ascii_digit() {
            let s = i;
            let mut num: u32 = 0;
            while i < end && bytes[i].is_ascii_digit() {
                num = num
                    .saturating_mul(10)
                    .saturating_add(u32::from(bytes[i] - b'0'));
                i += 1;
            }
            let digits = (i - s).min(255) as u8;
            let sfx_start = i;
            i = word_end(text, i, end);
            let i2 = i.min(end);
            let mut t = blank(s, i2, Kind::Num, space);
            t.num = num;
            t.digits = digits;
            // A suffix that is not kept (not ASCII, too long) is none.
            const ST: u128 = packed(b"st");
            const ND: u128 = packed(b"nd");
            const RD: u128 = packed(b"rd");
            const TH: u128 = packed(b"th");
            const S: u128 = packed(b"s");
            const AM: u128 = packed(b"am");
            const PM: u128 = packed(b"pm");
            t.suffix = match fill_key(&mut t, bytes, sfx_start, i2) {
                0 => Suffix::None,
                ST | ND | RD | TH => Suffix::Ordinal,
                S => Suffix::S,
                AM => Suffix::Am,
                PM => Suffix::Pm,
                _ => Suffix::Other,
            };
            out.push(t);
            space = false;
            i = i2;
            continue;
        }
        if b.is_ascii_alphabetic() || b >= 0x80 {
            let s = i;
            i = word_end(text, i, end);
            let i2 = i.min(end);
            let mut t = blank(s, i2, Kind::Word, space);
            let key = fill_key(&mut t, bytes, s, i2);
            let wb = &bytes[s..i2];
            t.case = if !wb[0].is_ascii_uppercase() {
                Case::Lower
            } else if wb[1..].iter().any(u8::is_ascii_lowercase) {
                // Capitalized words end the search at their second letter.
                Case::Title
            } else if wb[1..].iter().any(u8::is_ascii_uppercase) {
                Case::Upper
            } else {
                Case::Title
            };
            t.class = if key == 0 {
                Class::Other
            } else {
                classify_key(key, t.case)
            };
            out.push(t);
            space = false;
            i = i2;
            continue;
        }
        out.push(punct(i, i + 1, b, space));
        space = false;
        i += 1;
    }
}

/// Whether each byte is an ASCII letter or digit (one load per byte in the word loop).
static ASCII_ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// The end of the letters and digits (ASCII or not) from byte `i` on, not after `end`: ASCII
/// runs byte by byte, other characters decoded.
#[inline(always)]
fn word_end(text: &str, mut i: usize, end: usize) -> usize {
    let bytes = &text.as_bytes()[..end];
    loop {
        while i < bytes.len() && ASCII_ALNUM[usize::from(bytes[i])] {
            i += 1;
        }
        if i < bytes.len() && bytes[i] >= 0x80 && starts_alpha(text, i) {
            i += utf8_len(bytes[i]);
        } else {
            return i;
        }
    }
}

fn starts_alpha(text: &str, i: usize) -> bool {
    text.get(i..)
        .and_then(|s| s.chars().next())
        .is_some_and(char::is_alphanumeric)
}

fn utf8_len(b: u8) -> usize {
    match b {
        0x00..=0x7f => 1,
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xff => 4,
        _ => 1,
    }
}

fn blank(start: usize, end: usize, kind: Kind, space: bool) -> Tok {
    Tok {
        start,
        end,
        kind,
        space,
        key: [0; 16],
        len: 0,
        case: Case::Lower,
        class: Class::Other,
        num: 0,
        digits: 0,
        suffix: Suffix::None,
        punct: 0,
    }
}

fn punct(start: usize, end: usize, b: u8, space: bool) -> Tok {
    let mut t = blank(start, end, Kind::Punct, space);
    t.punct = b;
    t
}

/// Keeps the lower-cased `text[start..end]` in `t` when it is ASCII and at most [`KEY`] bytes,
/// and returns it packed (0 when not kept).
#[inline(always)]
fn fill_key(t: &mut Tok, text: &[u8], start: usize, end: usize) -> u128 {
    let len = end - start;
    if len == 0 || len > KEY {
        return 0;
    }
    // Read in place 8 or 16 bytes at once, lower-cased together.
    let raw = crate::words::packed_at(text, start, end);
    if raw & u128::from_le_bytes([0x80; 16]) != 0 {
        return 0;
    }
    let low = crate::words::lower_packed(raw);
    t.key = low.to_le_bytes();
    t.len = len as u8;
    low
}

/// Whether `word` is a month name or abbreviation written in title case ("March", "Jan",
/// "Sept"), as the lexer reads them.
pub(crate) fn is_month_name(word: &str) -> bool {
    let b = word.as_bytes();
    let mut low = [0u8; 9];
    if b.len() > low.len()
        || !b.first().is_some_and(u8::is_ascii_uppercase)
        || b[1..].iter().any(u8::is_ascii_uppercase)
    {
        return false;
    }
    for (l, c) in low.iter_mut().zip(b) {
        *l = c.to_ascii_lowercase();
    }
    matches!(classify(&low[..b.len()], Case::Title), Class::Month { .. })
}

/// Classifies a lower-cased word; month and weekday names must be capitalized.
fn classify(w: &[u8], case: Case) -> Class {
    if w.is_empty() || w.len() > KEY {
        return Class::Other;
    }
    classify_key(packed(w), case)
}

/// [`classify`] of the word packed into `key` (as [`packed`] packs it): one look-up
/// in [`SLOTS`] instead of a chain of comparisons.
#[inline(always)]
fn classify_key(key: u128, case: Case) -> Class {
    let mut i = slot(key);
    loop {
        let k = SLOTS[i];
        if k == 0 {
            return Class::Other;
        }
        let (w, class) = CLASSES[usize::from(k - 1)];
        if w == key {
            return match class {
                Class::Month { .. } | Class::Weekday { .. } if case == Case::Lower => Class::Other,
                _ => class,
            };
        }
        i = (i + 1) & (SLOTS.len() - 1);
    }
}

/// Up to 16 bytes packed into a `u128`, zero-padded, as `fill_key` keeps words.
pub(super) const fn packed(w: &[u8]) -> u128 {
    let mut key = 0u128;
    let mut i = 0;
    while i < w.len() {
        key |= (w[i] as u128) << (8 * i);
        i += 1;
    }
    key
}

/// The first slot tried for a [`packed`] word in an open-addressing table of `1 << bits`
/// slots ([`SLOTS`] here, the trigger forms in `trigger.rs`).
#[inline(always)]
pub(super) const fn hash_slot(key: u128, bits: u32) -> usize {
    let h = (key as u64 ^ (key >> 64) as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (h >> (64 - bits)) as usize
}

/// The first slot of [`SLOTS`] (512) tried for a packed word.
#[inline(always)]
const fn slot(key: u128) -> usize {
    hash_slot(key, 9)
}

/// The classes of the listed lower-cased words (month and weekday names count only when
/// capitalized, see [`classify_key`]).
const WORDS: &[(&[u8], Class)] = &[
    (b"january", month(1, false)),
    (b"february", month(2, false)),
    (b"march", month(3, false)),
    (b"april", month(4, false)),
    (b"may", month(5, false)),
    (b"june", month(6, false)),
    (b"july", month(7, false)),
    (b"august", month(8, false)),
    (b"september", month(9, false)),
    (b"october", month(10, false)),
    (b"november", month(11, false)),
    (b"december", month(12, false)),
    (b"jan", month(1, true)),
    (b"feb", month(2, true)),
    (b"mar", month(3, true)),
    (b"apr", month(4, true)),
    (b"jun", month(6, true)),
    (b"jul", month(7, true)),
    (b"aug", month(8, true)),
    (b"sep", month(9, true)),
    (b"sept", month(9, true)),
    (b"oct", month(10, true)),
    (b"nov", month(11, true)),
    (b"dec", month(12, true)),
    (b"monday", weekday(1, false, false)),
    (b"tuesday", weekday(2, false, false)),
    (b"wednesday", weekday(3, false, false)),
    (b"thursday", weekday(4, false, false)),
    (b"friday", weekday(5, false, false)),
    (b"saturday", weekday(6, false, false)),
    (b"sunday", weekday(7, false, false)),
    (b"mondays", weekday(1, false, true)),
    (b"tuesdays", weekday(2, false, true)),
    (b"wednesdays", weekday(3, false, true)),
    (b"thursdays", weekday(4, false, true)),
    (b"fridays", weekday(5, false, true)),
    (b"saturdays", weekday(6, false, true)),
    (b"sundays", weekday(7, false, true)),
    (b"mon", weekday(1, true, false)),
    (b"tue", weekday(2, true, false)),
    (b"tues", weekday(2, true, false)),
    (b"wed", weekday(3, true, false)),
    (b"thu", weekday(4, true, false)),
    (b"thur", weekday(4, true, false)),
    (b"thurs", weekday(4, true, false)),
    (b"fri", weekday(5, true, false)),
    (b"sat", weekday(6, true, false)),
    (b"sun", weekday(7, true, false)),
    (b"seconds", unit(Unit::Second, true)),
    (b"minute", unit(Unit::Minute, false)),
    (b"minutes", unit(Unit::Minute, true)),
    (b"hour", unit(Unit::Hour, false)),
    (b"hours", unit(Unit::Hour, true)),
    (b"day", unit(Unit::Day, false)),
    (b"days", unit(Unit::Day, true)),
    (b"week", unit(Unit::Week, false)),
    (b"weeks", unit(Unit::Week, true)),
    (b"fortnight", unit(Unit::Fortnight, false)),
    (b"fortnights", unit(Unit::Fortnight, true)),
    (b"month", unit(Unit::Month, false)),
    (b"months", unit(Unit::Month, true)),
    (b"quarter", unit(Unit::Quarter, false)),
    (b"quarters", unit(Unit::Quarter, true)),
    (b"year", unit(Unit::Year, false)),
    (b"years", unit(Unit::Year, true)),
    (b"decade", unit(Unit::Decade, false)),
    (b"decades", unit(Unit::Decade, true)),
    (b"century", unit(Unit::Century, false)),
    (b"centuries", unit(Unit::Century, true)),
    (b"weekend", unit(Unit::Weekend, false)),
    (b"weekends", unit(Unit::Weekend, true)),
    (b"one", Class::Cardinal(1)),
    (b"two", Class::Cardinal(2)),
    (b"three", Class::Cardinal(3)),
    (b"four", Class::Cardinal(4)),
    (b"five", Class::Cardinal(5)),
    (b"six", Class::Cardinal(6)),
    (b"seven", Class::Cardinal(7)),
    (b"eight", Class::Cardinal(8)),
    (b"nine", Class::Cardinal(9)),
    (b"ten", Class::Cardinal(10)),
    (b"eleven", Class::Cardinal(11)),
    (b"twelve", Class::Cardinal(12)),
    (b"thirteen", Class::Cardinal(13)),
    (b"fourteen", Class::Cardinal(14)),
    (b"fifteen", Class::Cardinal(15)),
    (b"sixteen", Class::Cardinal(16)),
    (b"seventeen", Class::Cardinal(17)),
    (b"eighteen", Class::Cardinal(18)),
    (b"nineteen", Class::Cardinal(19)),
    (b"twenty", Class::Cardinal(20)),
    (b"thirty", Class::Cardinal(30)),
    (b"forty", Class::Cardinal(40)),
    (b"fifty", Class::Cardinal(50)),
    (b"sixty", Class::Cardinal(60)),
    (b"seventy", Class::Cardinal(70)),
    (b"eighty", Class::Cardinal(80)),
    (b"ninety", Class::Cardinal(90)),
    (b"hundred", Class::Cardinal(100)),
    (b"first", Class::Ordinal(1)),
    (b"second", Class::Ordinal(2)),
    (b"third", Class::Ordinal(3)),
    (b"fourth", Class::Ordinal(4)),
    (b"fifth", Class::Ordinal(5)),
    (b"sixth", Class::Ordinal(6)),
    (b"seventh", Class::Ordinal(7)),
    (b"eighth", Class::Ordinal(8)),
    (b"ninth", Class::Ordinal(9)),
    (b"tenth", Class::Ordinal(10)),
    (b"eleventh", Class::Ordinal(11)),
    (b"twelfth", Class::Ordinal(12)),
    (b"thirteenth", Class::Ordinal(13)),
    (b"fourteenth", Class::Ordinal(14)),
    (b"fifteenth", Class::Ordinal(15)),
    (b"sixteenth", Class::Ordinal(16)),
    (b"seventeenth", Class::Ordinal(17)),
    (b"eighteenth", Class::Ordinal(18)),
    (b"nineteenth", Class::Ordinal(19)),
    (b"twentieth", Class::Ordinal(20)),
    (b"thirtieth", Class::Ordinal(30)),
    (b"spring", Class::Season(0)),
    (b"summer", Class::Season(1)),
    (b"autumn", Class::Season(2)),
    (b"fall", Class::Season(2)),
    (b"winter", Class::Season(3)),
    (b"morning", Class::Pod(Pod::Morning)),
    (b"afternoon", Class::Pod(Pod::Afternoon)),
    (b"evening", Class::Pod(Pod::Evening)),
    (b"night", Class::Pod(Pod::Night)),
    (b"twenties", Class::DecadeWord(2)),
    (b"thirties", Class::DecadeWord(3)),
    (b"forties", Class::DecadeWord(4)),
    (b"fifties", Class::DecadeWord(5)),
    (b"sixties", Class::DecadeWord(6)),
    (b"seventies", Class::DecadeWord(7)),
    (b"eighties", Class::DecadeWord(8)),
    (b"nineties", Class::DecadeWord(9)),
];

const fn month(m: u32, abbr: bool) -> Class {
    Class::Month { m, abbr }
}

const fn weekday(wd: u32, abbr: bool, plural: bool) -> Class {
    Class::Weekday { wd, abbr, plural }
}

const fn unit(unit: Unit, plural: bool) -> Class {
    Class::Unit { unit, plural }
}

/// [`WORDS`] with their words packed.
static CLASSES: [(u128, Class); WORDS.len()] = {
    let mut t = [(0, Class::Other); WORDS.len()];
    let mut k = 0;
    while k < WORDS.len() {
        t[k] = (packed(WORDS[k].0), WORDS[k].1);
        k += 1;
    }
    t
};

/// Open addressing over [`CLASSES`]: `k + 1` for entry `k`, 0 for an empty slot.
static SLOTS: [u8; 512] = {
    let mut t = [0u8; 512];
    let mut k = 0;
    while k < WORDS.len() {
        let mut i = slot(packed(WORDS[k].0));
        while t[i] != 0 {
            i = (i + 1) & (t.len() - 1);
        }
        t[i] = (k + 1) as u8;
        k += 1;
    }
    t
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexes_numbers_words_and_punctuation() {
        let text = "On May 22nd, 2026 at 10am—Goïta's 1990s\u{a0}FY2024";
        let mut toks = Vec::new();
        lex(text, 0, text.len(), &mut toks);
        let got: Vec<(&str, Kind)> = toks
            .iter()
            .map(|t| (&text[t.start..t.end], t.kind))
            .collect();
        assert_eq!(
            got,
            [
                ("On", Kind::Word),
                ("May", Kind::Word),
                ("22nd", Kind::Num),
                (",", Kind::Punct),
                ("2026", Kind::Num),
                ("at", Kind::Word),
                ("10am", Kind::Num),
                ("—", Kind::Punct),
                ("Goïta", Kind::Word),
                ("'", Kind::Punct),
                ("s", Kind::Word),
                ("1990s", Kind::Num),
                ("FY2024", Kind::Word),
            ]
        );
        assert_eq!(toks[1].class, Class::Month { m: 5, abbr: false });
        assert_eq!(toks[2].suffix, Suffix::Ordinal);
        assert_eq!(toks[2].num, 22);
        assert_eq!(toks[6].suffix, Suffix::Am);
        assert_eq!(toks[11].suffix, Suffix::S);
        assert!(toks[12].space, "NBSP counts as space");
        assert!(!toks[3].space);
    }

    /// Keys are the lower-cased word when ASCII and at most `KEY` bytes, else empty: at the end
    /// of a text (fewer than 16 bytes left), inside a longer one, in every length up to 16.
    #[test]
    fn keys_are_lower_cased_ascii_words() {
        let words = [
            "SEPTEMBER",
            "Tues",
            "a",
            "Goïta",
            "EightByt",
            "NineBytes",
            "FourteenLetter",
            "FifteenLetterss",
            "QuiteLongWordHere",
        ];
        for w in words {
            for text in [w.to_string(), format!("{w} and more words after it")] {
                let mut toks = Vec::new();
                lex(&text, 0, w.len(), &mut toks);
                let want = if w.is_ascii() && w.len() <= KEY {
                    w.to_ascii_lowercase()
                } else {
                    String::new()
                };
                assert_eq!(toks[0].low(), want.as_bytes(), "{text:?}");
            }
        }
        let mut toks = Vec::new();
        lex("22ND of", 0, 7, &mut toks);
        assert_eq!(
            (toks[0].low(), toks[0].suffix),
            (&b"nd"[..], Suffix::Ordinal)
        );
    }

    #[test]
    fn month_names_in_title_case() {
        for w in ["March", "Jan", "Sept", "May", "December"] {
            assert!(is_month_name(w), "{w}");
        }
        for w in ["march", "MARCH", "Marching", "Mayor", "Septembers", ""] {
            assert!(!is_month_name(w), "{w}");
        }
    }

    /// Every listed word gets its class through the table, in lower case and capitalized
    /// (month and weekday names only capitalized); a letter more or less is no listed word.
    #[test]
    fn listed_words_classify_through_the_table() {
        for (k, (w, class)) in WORDS.iter().enumerate() {
            assert!(
                WORDS[..k].iter().all(|(v, _)| v != w),
                "listed twice: {w:?}"
            );
            let name = matches!(class, Class::Month { .. } | Class::Weekday { .. });
            let lower = if name { Class::Other } else { *class };
            assert_eq!(classify(w, Case::Lower), lower, "{w:?}");
            assert_eq!(classify(w, Case::Title), *class, "{w:?}");
            let mut longer = w.to_vec();
            longer.push(b'x');
            assert_eq!(classify(&longer, Case::Title), Class::Other, "{w:?}");
            if let Some((_, shorter)) = w.split_last() {
                if !WORDS.iter().any(|(v, _)| v == &shorter) {
                    assert_eq!(classify(shorter, Case::Title), Class::Other, "{w:?}");
                }
            }
        }
    }

    #[test]
    fn month_names_need_a_capital() {
        let text = "may March";
        let mut toks = Vec::new();
        lex(text, 0, text.len(), &mut toks);
        assert_eq!(toks[0].class, Class::Other);
        assert_eq!(toks[1].class, Class::Month { m: 3, abbr: false });
    }
}
