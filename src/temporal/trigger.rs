//! The trigger search: the words every time expression contains (digits, month and weekday
//! names, time units, "today", "now", seasons, parts of the day...), found word by word (the
//! words read from 64-byte masks of word bytes, see [`Finder`]).
//!
//! A word here is a run of ASCII letters, digits and `_` (what `\b` separates in an ASCII-mode
//! regex): a trigger is the first digit of a word that starts with one, a whole word of
//! [`is_trigger_word`], "FY" followed by digits only, or "New Year". Nothing else of the text is
//! looked at.

/// Whether each byte is a word byte: an ASCII letter or digit, or `_`.
static WORD: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphanumeric() || b == b'_' as usize;
        b += 1;
    }
    t
};

#[inline]
fn is_word(b: u8) -> bool {
    WORD[usize::from(b)]
}

/// The end of the word that continues at byte `i`.
#[inline]
fn word_end(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && is_word(b[i]) {
        i += 1;
    }
    i
}

/// The triggers as regex alternatives (`?`: optional last letter; `[1-4]`, `[0-9]*`): lower-case
/// words, either initial...
const LOWER: &[&str] = &[
    "today",
    "tonight",
    "yesterday",
    "tomorrow",
    "now",
    "currently",
    "presently",
    "nowadays",
    "recently",
    "lately",
    "recent",
    "past",
    "future",
    "present",
    "seconds",
    "minutes?",
    "hours?",
    "days?",
    "weeks?",
    "weekends?",
    "fortnights?",
    "months?",
    "quarters?",
    "years?",
    "decades?",
    "century",
    "centuries",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "morning",
    "afternoon",
    "evening",
    "night",
    "noon",
    "midday",
    "midnight",
    "annual",
    "annually",
    "yearly",
    "monthly",
    "weekly",
    "daily",
    "nightly",
    "hourly",
    "quarterly",
    "fiscal",
    "financial",
    "half",
    "second",
    "twenties",
    "thirties",
    "forties",
    "fifties",
    "sixties",
    "seventies",
    "eighties",
    "nineties",
];
/// ...and names, exactly as written. The search's word tests are checked against these (as
/// one regex) by the tests; [`LENGTHS`] and [`FORMS`] are built from them.
const NAMES: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "JANUARY",
    "FEBRUARY",
    "MARCH",
    "APRIL",
    "MAY",
    "JUNE",
    "JULY",
    "AUGUST",
    "SEPTEMBER",
    "OCTOBER",
    "NOVEMBER",
    "DECEMBER",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sept?",
    "Oct",
    "Nov",
    "Dec",
    "Mondays?",
    "Tuesdays?",
    "Wednesdays?",
    "Thursdays?",
    "Fridays?",
    "Saturdays?",
    "Sundays?",
    "MONDAY",
    "TUESDAY",
    "WEDNESDAY",
    "THURSDAY",
    "FRIDAY",
    "SATURDAY",
    "SUNDAY",
    "Christmas",
    "Easter",
    "Halloween",
    "Thanksgiving",
    "Valentine",
    "Boxing",
    "New Year",
    "Q[1-4]",
    "FY[0-9]*",
];

/// Per first byte: bit `n` set when some trigger of `n` bytes (2 to 15) starts with it.
static LENGTHS: [u16; 256] = {
    let mut t = [0u16; 256];
    let lists: [&[&str]; 2] = [LOWER, NAMES];
    let mut l = 0;
    while l < 2 {
        let mut k = 0;
        while k < lists[l].len() {
            let w = lists[l][k].as_bytes();
            let n = w.len();
            let (first, bits) = if n > 2 && w[n - 1] == b'?' {
                // "minutes?": 6 or 7 bytes.
                (w[0], 3u16 << (n - 2))
            } else if n > 2 && w[n - 1] == b']' {
                // "Q[1-4]": 2 bytes.
                (w[0], 1 << 2)
            } else if n > 2 && w[n - 1] == b'*' {
                // "FY[0-9]*": 2 bytes or more.
                (w[0], !3)
            } else {
                (w[0], 1 << n)
            };
            t[first as usize] |= bits;
            if l == 0 {
                t[first.to_ascii_uppercase() as usize] |= bits;
            }
            k += 1;
        }
        l += 1;
    }
    t
};

/// Per first byte: bit `n` set when a word of `n` bytes (1 to 15) starting with it may be or
/// start a trigger: [`LENGTHS`], any word starting with a digit, and "New" (of "New Year").
static CANDIDATES: [u16; 256] = {
    let mut t = LENGTHS;
    let mut d = b'0';
    while d <= b'9' {
        t[d as usize] = u16::MAX;
        d += 1;
    }
    t[b'N' as usize] |= 1 << 3;
    t
};

/// The first trigger starting at or after byte `from` of `text`, as a byte range. A word that
/// `from` falls inside of is not looked at (a trigger starts a word).
#[cfg(test)]
pub(super) fn find_at(text: &str, from: usize) -> Option<(usize, usize)> {
    Finder::default().find_at(text, from)
}

/// The trigger search over one text, keeping the last block it read.
///
/// The text is read 64 bytes at a time as a bit mask of its word bytes ([`word_mask`]): the
/// words of a block are taken from the mask's runs of ones, so skipping a word that is no
/// trigger costs a few bit operations and no byte-by-byte loop. The next search, which starts
/// past the trigger found, takes up the same block.
pub(super) struct Finder {
    /// Where the block starts (`usize::MAX`: none yet); the byte before it is no word byte.
    at: usize,
    mask: u64,
    /// The last trigger found (start `usize::MAX`: none yet): a search from its start, as the
    /// scan makes when it stops at a sentence end and goes on, finds it again.
    last: (usize, usize),
}

impl Default for Finder {
    fn default() -> Self {
        Finder {
            at: usize::MAX,
            mask: 0,
            last: (usize::MAX, 0),
        }
    }
}

impl Finder {
    /// The first trigger starting at or after byte `from` of `text` (the text of every call),
    /// as a byte range. A word that `from` falls inside of is not looked at (a trigger starts a
    /// word).
    pub(super) fn find_at(&mut self, text: &str, from: usize) -> Option<(usize, usize)> {
        if from == self.last.0 {
            return Some(self.last);
        }
        let b = text.as_bytes();
        let mut i = from;
        if i > 0 && i < b.len() && is_word(b[i - 1]) {
            i = word_end(b, i);
        }
        // From here on, `i` never falls inside a word: it is 0, the end, or follows a non-word
        // byte.
        while i < b.len() {
            if !(self.at <= i && i - self.at < 64) {
                self.at = i;
                self.mask = word_mask(b, i);
            }
            let (at, m) = (self.at, self.mask);
            // The first byte of each word from `i` on: a word byte after a non-word one (the
            // bytes before `at` and `i` are none).
            let mut starts = m & !(m << 1) & (u64::MAX << (i - at));
            let mut next = at + 64;
            while starts != 0 {
                let k = starts.trailing_zeros();
                starts &= starts - 1;
                let s = at + k as usize;
                let run = (!(m >> k)).trailing_zeros();
                let e = if k + run < 64 {
                    s + run as usize
                } else {
                    // The word runs on past the block: the next block starts at its end.
                    next = word_end(b, at + 64);
                    next
                };
                // Most words are rejected by their first byte and length alone.
                let len = e - s;
                if len < 16 && CANDIDATES[usize::from(b[s])] & (1 << len) == 0 {
                    continue;
                }
                if let Some(t) = trigger_at(b, s, e) {
                    self.last = t;
                    return Some(t);
                }
            }
            i = next;
        }
        None
    }
}

/// The trigger that the word `b[s..e]` is or starts, if any.
#[inline(always)]
fn trigger_at(b: &[u8], s: usize, e: usize) -> Option<(usize, usize)> {
    let w = &b[s..e];
    if w[0].is_ascii_digit() {
        return Some((s, s + 1));
    }
    if is_trigger_word(b, s, e) {
        return Some((s, e));
    }
    if w == b"New"
        && b.get(e..e + 5) == Some(b" Year")
        && !b.get(e + 5).is_some_and(|&c| is_word(c))
    {
        return Some((s, e + 5));
    }
    None
}

const ONES: u64 = u64::from_le_bytes([1; 8]);
const HIGH: u64 = ONES * 0x80;

/// Per byte of `v` (all below 0x80): the byte's high bit set when it lies in `lo..=hi` (other
/// bits are noise, for the caller to mask off).
#[inline(always)]
const fn in_range(v: u64, lo: u8, hi: u8) -> u64 {
    // `v + 0x80 - lo` reaches 0x80 exactly when `v >= lo`, and never carries into the next
    // byte (at most 0x7f + 0x80).
    (v + ONES * (0x80 - lo as u64)) & !(v + ONES * (0x7f - hi as u64))
}

/// Bit `k` set when byte `k` of the little-endian `x` is a word byte.
#[inline(always)]
const fn word_bits(x: u64) -> u64 {
    let v = x & !HIGH;
    let letter = in_range(v | (ONES * 0x20), b'a', b'z');
    let digit = in_range(v, b'0', b'9');
    let under = in_range(v, b'_', b'_');
    let high = (letter | digit | under) & !x & HIGH;
    // The eight high bits gathered into the top byte, byte `k`'s as bit `56 + k`.
    high.wrapping_mul(0x0002_0408_1020_4081) >> 56
}

/// Bit `k` set when `b[i + k]` is a word byte, for the 64 bytes from `i` (none past the end).
#[inline(always)]
fn word_mask(b: &[u8], i: usize) -> u64 {
    let block = |bytes: &[u8]| {
        let mut m = 0;
        for (c, chunk) in bytes.chunks_exact(8).enumerate() {
            let x = u64::from_le_bytes(chunk.try_into().expect("8 bytes"));
            m |= word_bits(x) << (8 * c);
        }
        m
    };
    match b.get(i..i + 64) {
        Some(bytes) => block(bytes),
        None => {
            let mut pad = [0u8; 64];
            let rest = b.get(i..).unwrap_or_default();
            pad[..rest.len()].copy_from_slice(rest);
            block(&pad)
        }
    }
}

/// Whether the whole word `b[s..e]` is a trigger: a listed lower-case word with a lower- or
/// upper-case initial ("today", "Today"), a name in the case it is listed in ("March", "MARCH",
/// "Sept"), "Q1" to "Q4", or "FY" and digits.
#[inline(always)]
fn is_trigger_word(b: &[u8], s: usize, e: usize) -> bool {
    let w = &b[s..e];
    if w.len() < 2 || w.len() > 12 {
        return w.len() > 12 && is_fiscal_year(w);
    }
    // Most words ("the", "said") have a first byte and length no trigger has.
    if LENGTHS[usize::from(w[0])] & (1 << w.len()) == 0 {
        return false;
    }
    // Most of the rest ("have", "with", "from") have a second letter no trigger of their
    // first byte and length has.
    if SECONDS[shape(w[0], w.len())] & (1 << SECOND_BIT[usize::from(w[1])]) == 0 {
        return false;
    }
    // Read in place: no copy.
    let key = crate::words::packed_at(b, s, e);
    let mut i = slot(key);
    loop {
        let k = FORMS[i];
        if k == key {
            return true;
        }
        if k == 0 {
            return is_fiscal_year(w);
        }
        i = (i + 1) & (FORMS.len() - 1);
    }
}

/// The index in [`SECONDS`] of words of first byte `first` and `len` bytes (2 to 12).
#[inline(always)]
const fn shape(first: u8, len: usize) -> usize {
    (first as usize) << 4 | len
}

/// Per second byte of a word: a bit number, the same for both cases of a letter ("a" and "A":
/// 0), 26 for digits and 27 for the rest.
static SECOND_BIT: [u8; 256] = {
    let mut t = [27u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        if c.is_ascii_alphabetic() {
            t[b] = c.to_ascii_lowercase() - b'a';
        } else if c.is_ascii_digit() {
            t[b] = 26;
        }
        b += 1;
    }
    t
};

/// Per first byte and length ([`shape`]): the [`SECOND_BIT`]s of the second bytes of the
/// trigger words ([`FORMS`]) of that shape, and "FY" with digits.
static SECONDS: [u32; 256 * 16] = {
    let mut t = [0u32; 256 * 16];
    let mut i = 0;
    while i < FORMS.len() {
        let key = FORMS[i];
        if key != 0 {
            let mut len = 0;
            while len < 16 && (key >> (8 * len)) & 0xff != 0 {
                len += 1;
            }
            let first = (key & 0xff) as u8;
            let second = ((key >> 8) & 0xff) as usize;
            t[shape(first, len)] |= 1 << SECOND_BIT[second];
        }
        i += 1;
    }
    let mut len = 2;
    while len <= 12 {
        t[shape(b'F', len)] |= 1 << SECOND_BIT[b'Y' as usize];
        len += 1;
    }
    t
};

/// "FY" and digits only ("FY", "FY2024").
fn is_fiscal_year(w: &[u8]) -> bool {
    w.starts_with(b"FY") && w[2..].iter().all(u8::is_ascii_digit)
}

/// Every trigger word of [`LOWER`] and [`NAMES`] spelled out exactly as it may be written
/// ("today", "Today", "minute", "Minutes", "Sept", "Q3", "FY"), packed into a `u128` as
/// [`crate::words::packed_at`] reads words (little-endian, zero-padded), in an open-addressing
/// table (0: an empty slot). "New Year" and "FY" with digits are tested apart.
static FORMS: [u128; 1024] = {
    let mut t = [0u128; 1024];
    let lists: [&[&str]; 2] = [LOWER, NAMES];
    let mut l = 0;
    while l < 2 {
        let mut k = 0;
        while k < lists[l].len() {
            let w = lists[l][k].as_bytes();
            let n = w.len();
            // (bytes kept, digit range of a last `[a-b]`): "minutes?" gives "minutes" and
            // "minute", "Q[1-4]" gives "Q1" to "Q4".
            if n > 2 && w[n - 1] == b'?' {
                add_cases(&mut t, w, n - 1, l == 0, 0);
                add_cases(&mut t, w, n - 2, l == 0, 0);
            } else if n > 2 && w[n - 1] == b']' {
                let mut d = w[n - 4];
                while d <= w[n - 2] {
                    add_cases(&mut t, w, n - 5, l == 0, d);
                    d += 1;
                }
            } else if n > 2 && w[n - 1] == b'*' {
                // "FY[0-9]*": "FY" itself.
                add_cases(&mut t, w, n - 6, l == 0, 0);
            } else if !has_space(w) {
                add_cases(&mut t, w, n, l == 0, 0);
            }
            k += 1;
        }
        l += 1;
    }
    t
};

/// Adds `w[..n]`, followed by the byte `then` unless 0, to `t`; with its initial upper-cased
/// too when `both_cases`.
const fn add_cases(t: &mut [u128; 1024], w: &[u8], n: usize, both_cases: bool, then: u8) {
    let mut key = super::lex::packed(w.split_at(n).0);
    if then != 0 {
        key |= (then as u128) << (8 * n);
    }
    insert(t, key);
    if both_cases {
        insert(t, (key & !0xff) | (w[0].to_ascii_uppercase() as u128));
    }
}

const fn insert(t: &mut [u128; 1024], key: u128) {
    let mut i = slot(key);
    while t[i] != 0 && t[i] != key {
        i = (i + 1) & (t.len() - 1);
    }
    t[i] = key;
}

const fn has_space(w: &[u8]) -> bool {
    let mut i = 0;
    while i < w.len() {
        if w[i] == b' ' {
            return true;
        }
        i += 1;
    }
    false
}

/// The first slot of [`FORMS`] (1024) tried for a packed word.
#[inline(always)]
const fn slot(key: u128) -> usize {
    super::lex::hash_slot(key, 10)
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex::Regex;

    /// The regex the search replaces: every alternative with `\b` either side, ASCII mode.
    fn oracle() -> Regex {
        let mut alts: Vec<String> = LOWER
            .iter()
            .map(|w| format!("[{}{}]{}", &w[..1], w[..1].to_ascii_uppercase(), &w[1..]))
            .collect();
        alts.extend(NAMES.iter().map(|s| s.to_string()));
        Regex::new(&format!(r"(?-u)\b(?:[0-9]|(?:{})\b)", alts.join("|"))).unwrap()
    }

    /// Every alternative spelled out, with near misses ("Q5", "FY12").
    fn spelled() -> Vec<String> {
        let mut out = Vec::new();
        for a in LOWER.iter().chain(NAMES) {
            let a = a.replace("[1-4]", "2").replace("[0-9]*", "12");
            match a.strip_suffix('?') {
                Some(stem) => {
                    out.push(stem.to_string());
                    out.push(stem[..stem.len() - 1].to_string());
                }
                None => out.push(a),
            }
        }
        out.extend(["Q5", "FY", "Q"].map(String::from));
        out
    }

    fn all(
        text: &str,
        mut find: impl FnMut(&str, usize) -> Option<(usize, usize)>,
    ) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut at = 0;
        while let Some((s, e)) = find(text, at) {
            out.push((s, e));
            at = e;
        }
        out
    }

    /// The word-by-word search finds exactly what the trigger regex finds: in news text, around
    /// every trigger word in every casing, with word bytes, digits and non-ASCII letters on
    /// either side, and from every starting byte.
    #[test]
    fn same_triggers_as_the_regex() {
        let re = oracle();
        let by_regex = |t: &str, at: usize| re.find_at(t, at).map(|m| (m.start(), m.end()));
        let mut texts = vec![
            include_str!("../../examples/data/sample-news.txt").to_string(),
            "New Year New Years New  Year New Year's FY FY2024 FY24a Q3 Q5 q3 Q34 3Q".into(),
            "mid-2020 1990s 22nd_May May_ é2026 x5 _5 Sept. Septs SEPT today's TODAY ToDay".into(),
            "FY20242024202420242024 FY2024202420242024x NewYear New\tYear".into(),
        ];
        // Words across the 64-byte blocks the search reads, and words longer than a block.
        for shift in 55..66 {
            let pad = "x".repeat(shift);
            texts.push(format!("{pad} Monday 2026 {pad}9 New Year {pad}today"));
            texts.push(format!("{}today March", " ".repeat(shift)));
        }
        for w in spelled() {
            let cap = format!("{}{}", w[..1].to_ascii_uppercase(), &w[1..]);
            for v in [
                w.clone(),
                cap,
                w.to_ascii_uppercase(),
                w.to_ascii_lowercase(),
            ] {
                for (a, z) in [
                    ("", ""),
                    (" ", "s"),
                    ("x", " "),
                    ("_", ""),
                    ("é", "é"),
                    ("(", "9"),
                ] {
                    texts.push(format!("{a}{v}{z} {v}, {v}"));
                }
            }
        }
        for t in &texts {
            assert_eq!(all(t, find_at), all(t, by_regex), "{t:?}");
            // One search going on through the text, as the scan runs it, searching again from
            // each trigger's start as it does at sentence ends.
            let mut finder = Finder::default();
            assert_eq!(
                all(t, |t, at| {
                    let found = finder.find_at(t, at);
                    if let Some((s, _)) = found {
                        assert_eq!(finder.find_at(t, s), found, "{t:?} again from {s}");
                    }
                    found
                }),
                all(t, by_regex),
                "{t:?}"
            );
            for at in (0..t.len()).filter(|&k| t.is_char_boundary(k)) {
                assert_eq!(find_at(t, at), by_regex(t, at), "{t:?} from {at}");
            }
        }
    }
}
