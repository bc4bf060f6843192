//! The trigger search: the words every time expression contains (digits, month and weekday
//! names, time units, "today", "now", seasons, parts of the day...), found word by word.
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
/// one regex) by the tests; [`LENGTHS`] is built from them.
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

/// The first trigger starting at or after byte `from` of `text`, as a byte range. A word that
/// `from` falls inside of is not looked at (a trigger starts a word).
pub(super) fn find_at(text: &str, from: usize) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    let mut i = from;
    if i > 0 && i < b.len() && is_word(b[i - 1]) {
        i = word_end(b, i);
    }
    loop {
        while i < b.len() && !is_word(b[i]) {
            i += 1;
        }
        if i >= b.len() {
            return None;
        }
        let s = i;
        i = word_end(b, i);
        let w = &b[s..i];
        if w[0].is_ascii_digit() {
            return Some((s, s + 1));
        }
        if is_trigger_word(w) {
            return Some((s, i));
        }
        if w == b"New"
            && b.get(i..i + 5) == Some(b" Year")
            && !b.get(i + 5).is_some_and(|&c| is_word(c))
        {
            return Some((s, i + 5));
        }
    }
}

/// Whether a whole word is a trigger: a listed lower-case word with a lower- or upper-case
/// initial ("today", "Today"), a name in the case it is listed in ("March", "MARCH", "Sept"),
/// "Q1" to "Q4", or "FY" and digits.
fn is_trigger_word(w: &[u8]) -> bool {
    if w.len() < 2 || w.len() > 12 {
        return w.len() > 12 && w.starts_with(b"FY") && w[2..].iter().all(u8::is_ascii_digit);
    }
    // Most words ("the", "said") have a first byte and length no trigger has.
    if LENGTHS[usize::from(w[0])] & (1 << w.len()) == 0 {
        return false;
    }
    let mut low = [0u8; 12];
    low[..w.len()].copy_from_slice(w);
    low[0] = low[0].to_ascii_lowercase();
    is_lower_trigger(&low[..w.len()]) || is_name_trigger(w)
}

/// The lower-case trigger words (plurals included), with their initial lower-cased.
fn is_lower_trigger(w: &[u8]) -> bool {
    matches!(
        w,
        b"today"
            | b"tonight"
            | b"yesterday"
            | b"tomorrow"
            | b"now"
            | b"currently"
            | b"presently"
            | b"nowadays"
            | b"recently"
            | b"lately"
            | b"recent"
            | b"past"
            | b"future"
            | b"present"
            | b"seconds"
            | b"minute"
            | b"minutes"
            | b"hour"
            | b"hours"
            | b"day"
            | b"days"
            | b"week"
            | b"weeks"
            | b"weekend"
            | b"weekends"
            | b"fortnight"
            | b"fortnights"
            | b"month"
            | b"months"
            | b"quarter"
            | b"quarters"
            | b"year"
            | b"years"
            | b"decade"
            | b"decades"
            | b"century"
            | b"centuries"
            | b"spring"
            | b"summer"
            | b"autumn"
            | b"fall"
            | b"winter"
            | b"morning"
            | b"afternoon"
            | b"evening"
            | b"night"
            | b"noon"
            | b"midday"
            | b"midnight"
            | b"annual"
            | b"annually"
            | b"yearly"
            | b"monthly"
            | b"weekly"
            | b"daily"
            | b"nightly"
            | b"hourly"
            | b"quarterly"
            | b"fiscal"
            | b"financial"
            | b"half"
            | b"second"
            | b"twenties"
            | b"thirties"
            | b"forties"
            | b"fifties"
            | b"sixties"
            | b"seventies"
            | b"eighties"
            | b"nineties"
    )
}

/// The trigger names, exactly as written: months, their abbreviations, weekdays, holidays,
/// quarters and "FY".
fn is_name_trigger(w: &[u8]) -> bool {
    matches!(
        w,
        b"January"
            | b"February"
            | b"March"
            | b"April"
            | b"May"
            | b"June"
            | b"July"
            | b"August"
            | b"September"
            | b"October"
            | b"November"
            | b"December"
            | b"JANUARY"
            | b"FEBRUARY"
            | b"MARCH"
            | b"APRIL"
            | b"MAY"
            | b"JUNE"
            | b"JULY"
            | b"AUGUST"
            | b"SEPTEMBER"
            | b"OCTOBER"
            | b"NOVEMBER"
            | b"DECEMBER"
            | b"Jan"
            | b"Feb"
            | b"Mar"
            | b"Apr"
            | b"Jun"
            | b"Jul"
            | b"Aug"
            | b"Sep"
            | b"Sept"
            | b"Oct"
            | b"Nov"
            | b"Dec"
            | b"Monday"
            | b"Tuesday"
            | b"Wednesday"
            | b"Thursday"
            | b"Friday"
            | b"Saturday"
            | b"Sunday"
            | b"Mondays"
            | b"Tuesdays"
            | b"Wednesdays"
            | b"Thursdays"
            | b"Fridays"
            | b"Saturdays"
            | b"Sundays"
            | b"MONDAY"
            | b"TUESDAY"
            | b"WEDNESDAY"
            | b"THURSDAY"
            | b"FRIDAY"
            | b"SATURDAY"
            | b"SUNDAY"
            | b"Christmas"
            | b"Easter"
            | b"Halloween"
            | b"Thanksgiving"
            | b"Valentine"
            | b"Boxing"
            | b"Q1"
            | b"Q2"
            | b"Q3"
            | b"Q4"
    ) || (w.starts_with(b"FY") && w[2..].iter().all(u8::is_ascii_digit))
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
        find: impl Fn(&str, usize) -> Option<(usize, usize)>,
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
            for at in (0..t.len()).filter(|&k| t.is_char_boundary(k)) {
                assert_eq!(find_at(t, at), by_regex(t, at), "{t:?} from {at}");
            }
        }
    }
}
