//! The grammar: recognizers over the tokens of a small window, each producing a [`Hit`] with its
//! TIMEX3 value, normalized against the context ([`Ctx`]: document date, the narrative's last
//! date, the clause's tense and the configured policies).
//!
//! Each recognizer starts at one token and returns the longest expression it can read there;
//! [`Parser::parse_at`] keeps the longest of all. Rule ids (`pattern:date.month_day_year`...) are
//! stable: they appear in records as the entity's `source`.

use std::cell::Cell;

use super::calendar::{self, Amount, Dir, Point};
use super::date::Date;
use super::lex::{Case, Class, Kind, Pod, Suffix, Tok, Unit};
use super::{DatePolicy, NumericDateOrder};
use crate::document::{Label, Span};

/// A recognized expression, by token indices into the window.
#[derive(Clone, Debug)]
pub(super) struct Hit {
    pub start: usize,
    pub end: usize,
    pub label: Label,
    pub value: String,
    pub modifier: Option<&'static str>,
    pub rule: &'static str,
    /// `value` is a time of day ("T10:00") still waiting for its day.
    pub pending_day: bool,
}

/// What normalization may read.
pub(super) struct Ctx<'a> {
    pub text: &'a str,
    pub dct: Option<Date>,
    pub policy: DatePolicy,
    pub order: NumericDateOrder,
    /// The narrative's last mentioned date (starts as the document date).
    pub narrative: Option<Point>,
    pub sentence: Span,
    /// Byte span of the trigger, for the tense of its clause.
    pub trigger: Span,
    pub dir_cache: Cell<Option<Dir>>,
}

impl Ctx<'_> {
    /// The direction in which to place an incomplete date, from the policy and the clause.
    fn dir(&self) -> Dir {
        if let Some(d) = self.dir_cache.get() {
            return d;
        }
        let d = match self.policy {
            DatePolicy::Past => Dir::Past,
            DatePolicy::Future => Dir::Future,
            DatePolicy::Nearest => Dir::Nearest,
            DatePolicy::News => match clause_tense(self.text, self.sentence, self.trigger) {
                Some(Dir::Future) => Dir::Future,
                Some(_) => Dir::Past,
                // "setting up a ruling by late June": with no tense marker, a deadline lies
                // ahead.
                None if after_by(self.text, self.trigger) => Dir::Future,
                None => Dir::Nearest,
            },
        };
        self.dir_cache.set(Some(d));
        d
    }

    fn month(&self, m: u32) -> String {
        match self.dct {
            Some(a) => calendar::ym(calendar::place_month(a.year(), a.month(), m, self.dir()), m),
            None => format!("XXXX-{m:02}"),
        }
    }

    fn month_day(&self, m: u32, d: u32) -> String {
        match self
            .dct
            .and_then(|a| calendar::place_month_day(a, m, d, self.dir()))
        {
            Some(date) => date.to_string(),
            None => format!("XXXX-{m:02}-{d:02}"),
        }
    }

    /// "on the 12th": the day in the month of the narrative's last date when the text named
    /// one and the clause's tense agrees, else placed from the document date by that tense.
    fn day_of_month(&self, d: u32, ahead: bool) -> String {
        let dir = if ahead { Dir::Future } else { self.day_dir() };
        let dct = self.dct.map(Point::day);
        if let Some(n) = self.narrative.filter(|n| n.m != 0 && Some(*n) != dct) {
            let date = Date::new(n.y, n.m, d);
            // ... unless the clause's tense puts it on the other side of the document date.
            let against_tense = match (date, self.dct) {
                (Some(date), Some(a)) => match dir {
                    Dir::Past => date > a,
                    Dir::Future => date < a,
                    Dir::Nearest => false,
                },
                _ => false,
            };
            if !against_tense {
                return match date {
                    Some(date) => date.to_string(),
                    None => format!("XXXX-XX-{d:02}"),
                };
            }
        }
        match self.dct.and_then(|a| calendar::place_day(a, d, dir)) {
            Some(date) => date.to_string(),
            None => format!("XXXX-XX-{d:02}"),
        }
    }

    /// A shift "later" that lands after the document date in a past-tense clause ("the talks
    /// ended two days later" with no earlier date in the text): the anchor is not the document
    /// date, and no value is better than a wrong one.
    fn later_than_document(&self, value: &str) -> bool {
        let (Some(a), Some(p)) = (self.dct, Point::parse(value)) else {
            return false;
        };
        let after = match p.date() {
            Some(date) => date > a,
            None => (p.y, p.m) > (a.year(), if p.m == 0 { 0 } else { a.month() }),
        };
        after && self.dir() == Dir::Past
    }

    fn weekday_date(&self, wd: u32) -> Option<Date> {
        // Without a document date there is nothing to place the day from: the clause's tense
        // (a walk over its words) is not read.
        let dct = self.dct?;
        calendar::place_weekday(dct, wd, self.day_dir())
    }

    /// The direction for a weekday or a day of the month: in a clause with no tense marker a
    /// past one in news ("in the early hours of Saturday"): news tells of days just gone far
    /// more than of days to come.
    fn day_dir(&self) -> Dir {
        match (self.dir(), self.policy) {
            (Dir::Nearest, DatePolicy::News) => Dir::Past,
            (d, _) => d,
        }
    }

    fn weekday(&self, wd: u32) -> String {
        match self.weekday_date(wd) {
            Some(d) => d.to_string(),
            None => unplaced_weekday(wd),
        }
    }

    /// "last/this/next" + unit, relative to the document date.
    fn relative(&self, unit: Unit, n: i64) -> Option<String> {
        let Some(a) = self.dct else {
            return Some(
                match n {
                    0 => "PRESENT_REF",
                    n if n < 0 => "PAST_REF",
                    _ => "FUTURE_REF",
                }
                .into(),
            );
        };
        Some(match unit {
            Unit::Year => calendar::year(a.year() + n as i32),
            Unit::Month => {
                let (y, m) =
                    calendar::from_month_index(calendar::month_index(a.year(), a.month()) + n);
                calendar::ym(y, m)
            }
            Unit::Week => calendar::week(a.add_days(7 * n)?),
            Unit::Weekend => format!("{}-WE", calendar::week(a.add_days(7 * n)?)),
            Unit::Day => a.add_days(n)?.to_string(),
            Unit::Quarter => {
                let q =
                    i64::from(a.year()) * 4 + i64::from(calendar::quarter_of(a.month())) - 1 + n;
                format!(
                    "{}-Q{}",
                    calendar::year(q.div_euclid(4) as i32),
                    q.rem_euclid(4) + 1
                )
            }
            Unit::Decade => format!("{:03}X", a.year().div_euclid(10) + n as i32),
            Unit::Century => format!("{:02}", a.year().div_euclid(100) + n as i32),
            _ => return None,
        })
    }

    /// "N units ago" (`sign` -1) or "N units from now" (+1), relative to the document date.
    fn ago(&self, unit: Unit, amount: Amount, sign: i64) -> String {
        let reference = if sign < 0 { "PAST_REF" } else { "FUTURE_REF" };
        let (Some(a), Amount::N(n)) = (self.dct, amount) else {
            return reference.into();
        };
        shift(Point::day(a), unit, n * sign as f64, true).unwrap_or_else(|| reference.into())
    }

    /// An anaphoric shift from the narrative's last date: "a week later", "the following year".
    fn narrative_shift(&self, unit: Unit, n: f64, day_precise: bool) -> String {
        let base = self.narrative.or(self.dct.map(Point::day));
        match base.and_then(|b| shift(b, unit, n, day_precise)) {
            Some(v) => v,
            None if day_precise => "XXXX-XX-XX".into(),
            None => underspecified(unit).into(),
        }
    }
}

/// "XXXX-WXX-" and the day's number (1 Monday, 7 Sunday): a weekday no date places, built
/// without the formatting machinery (most documents scanned for a dateline have no date yet).
fn unplaced_weekday(wd: u32) -> String {
    match char::from_digit(wd, 10) {
        Some(c) => {
            let mut s = String::with_capacity(10);
            s.push_str("XXXX-WXX-");
            s.push(c);
            s
        }
        None => format!("XXXX-WXX-{wd}"),
    }
}

fn underspecified(unit: Unit) -> &'static str {
    match unit {
        Unit::Year | Unit::Decade | Unit::Century => "XXXX",
        Unit::Month | Unit::Quarter => "XXXX-XX",
        Unit::Week | Unit::Weekend | Unit::Fortnight => "XXXX-WXX",
        _ => "XXXX-XX-XX",
    }
}

/// `base` shifted by `n` units, at the unit's precision (days for day and week units when
/// `day_precise`, ISO weeks otherwise). A base coarser than the unit is returned as is.
fn shift(base: Point, unit: Unit, n: f64, day_precise: bool) -> Option<String> {
    let whole = n.fract() == 0.0;
    let days = |k: f64| -> Option<String> {
        match base.date() {
            Some(d) => {
                let d2 = d.add_days((k).round() as i64)?;
                Some(if day_precise {
                    d2.to_string()
                } else {
                    calendar::week(d2)
                })
            }
            None => Some(base.value()),
        }
    };
    let months = |k: f64| -> Option<String> {
        if base.m == 0 {
            return Some(calendar::year(base.y + (k / 12.0).round() as i32));
        }
        let (y, m) =
            calendar::from_month_index(calendar::month_index(base.y, base.m) + k.round() as i64);
        Some(calendar::ym(y, m))
    };
    match unit {
        Unit::Day => {
            if base.date().is_some() {
                let d = base.date()?.add_days(n.round() as i64)?;
                Some(d.to_string())
            } else {
                Some(base.value())
            }
        }
        Unit::Week => days(7.0 * n),
        Unit::Fortnight => days(14.0 * n),
        Unit::Month => months(n),
        Unit::Quarter => months(3.0 * n),
        Unit::Year if whole => Some(calendar::year(base.y + n as i32)),
        Unit::Year => months(12.0 * n),
        Unit::Decade => Some(calendar::year(base.y + (10.0 * n).round() as i32)),
        Unit::Century => Some(calendar::year(base.y + (100.0 * n).round() as i32)),
        Unit::Hour | Unit::Minute | Unit::Second => base.date().map(|d| d.to_string()),
        Unit::Weekend => None,
    }
}

/// Whether the clause around `at` speaks of the future or the past, from the nearest marker word
/// before it (up to 12 words back), else after it (up to 6 words on).
fn clause_tense(text: &str, sentence: Span, at: Span) -> Option<Dir> {
    let b = text.as_bytes();
    let word = |c: u8| c.is_ascii_alphanumeric();
    let mut i = at.start.min(b.len());
    let lo = sentence.start.min(i);
    for _ in 0..16 {
        while i > lo && !word(b[i - 1]) {
            i -= 1;
        }
        let e = i;
        while i > lo && word(b[i - 1]) {
            i -= 1;
        }
        if i == e {
            break;
        }
        if let Some(d) = tense_marker(text, i, e) {
            // "pledged on Wednesday to deliver ... by the end of June": a promise's infinitive
            // before the date looks ahead.
            if d == Dir::Past && commits_to(&text[i..e], &text[e..at.start.max(e)]) {
                return Some(Dir::Future);
            }
            // "to be held", "is to be released": an infinitive looks ahead; "has been" and
            // "will be held" are decided by the auxiliary before them.
            let before = text[lo..i].trim_end();
            // "were the first to be arrested": an infinitive after an ordinal or "only" says
            // who, not when; the verb before it decides.
            if d == Dir::Past && before.ends_with(" to be") && !after_ordinal(before) {
                return Some(Dir::Future);
            }
            if d == Dir::Past && (before.ends_with(" be") || before.ends_with(" being")) {
                continue;
            }
            return Some(d);
        }
    }
    let hi = sentence.end.min(b.len());
    let mut i = at.end.min(hi);
    for _ in 0..6 {
        while i < hi && !word(b[i]) {
            i += 1;
        }
        let s = i;
        while i < hi && word(b[i]) {
            i += 1;
        }
        if i == s {
            break;
        }
        if let Some(d) = tense_marker(text, s, i) {
            return Some(d);
        }
    }
    None
}

/// The last word of `before` (an apostrophe kept: "didn't").
fn last_word(before: &str) -> &str {
    before
        .trim_end()
        .rsplit(|c: char| !c.is_alphanumeric() && c != '\'')
        .next()
        .unwrap_or("")
}

/// Whether `before` ends with a determiner or possessive ("the", "its"): the next word is a
/// noun.
fn after_determiner(before: &str) -> bool {
    let word = last_word(before);
    DETERMINERS.iter().any(|d| d.eq_ignore_ascii_case(word))
}

/// Whether the date at `at` follows "by" ("by late June", "by the end of March").
fn after_by(text: &str, at: Span) -> bool {
    let mut before = text[..at.start.min(text.len())].trim_end();
    for part in ["late", "early", "mid", "mid-"] {
        if let Some(b) = before.strip_suffix(part) {
            before = b.trim_end();
            break;
        }
    }
    let before = before
        .strip_suffix("the end of")
        .or_else(|| before.strip_suffix("the start of"))
        .unwrap_or(before)
        .trim_end();
    before
        .rsplit(|c: char| !c.is_ascii_alphabetic())
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("by"))
}

/// Whether `before` (text ending in " to be") has "first", "last", "only", "second"... just
/// before the "to": "the first to be arrested".
fn after_ordinal(before: &str) -> bool {
    let head = before[..before.len() - " to be".len()].trim_end();
    let word = head.rsplit(' ').next().unwrap_or("");
    ["first", "last", "only", "second", "third", "latest"]
        .iter()
        .any(|w| w.eq_ignore_ascii_case(word))
}

/// Verbs of promising, deciding and urging whose infinitive speaks of the future ("vowed to
/// retake", "urged supporters to march").
const COMMITMENT_VERBS: &[&str] = &[
    "pledged",
    "promised",
    "vowed",
    "agreed",
    "threatened",
    "decided",
    "ordered",
    "undertook",
    "committed",
    "resolved",
    "voted",
    "urged",
    "asked",
    "invited",
];

/// Whether `verb` is a verb of commitment or appeal and `between` (the text from it to the
/// date) holds its infinitive: "to" and a word that is not a determiner ("vowed to retake", not
/// "agreed to a deal"); or "called for" ("called for protests on Wednesday").
fn commits_to(verb: &str, between: &str) -> bool {
    // "called for fresh protests on Wednesday".
    if verb.eq_ignore_ascii_case("called") && between.starts_with(" for ") {
        return true;
    }
    if !COMMITMENT_VERBS
        .iter()
        .any(|v| v.eq_ignore_ascii_case(verb))
    {
        return false;
    }
    let mut words = between
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty());
    while let Some(w) = words.next() {
        if w == "to" {
            return words.next().is_some_and(|n| {
                n.bytes().all(|b| b.is_ascii_lowercase())
                    && !matches!(
                        n,
                        "a" | "an" | "the" | "its" | "their" | "his" | "her" | "this"
                    )
            });
        }
    }
    false
}

fn tense_marker(text: &str, s: usize, e: usize) -> Option<Dir> {
    let w = &text[s..e];
    if w.len() > 12 || !w.as_bytes()[0].is_ascii_lowercase() {
        return None;
    }
    let mut buf = [0u8; 12];
    for (k, c) in buf.iter_mut().zip(w.bytes()) {
        *k = c.to_ascii_lowercase();
    }
    let lw = &buf[..w.len()];
    let after = &text[e..];
    // "outlined the plan on Friday": the noun is no marker.
    if matches!(lw, b"plan" | b"plans") && after_determiner(&text[..s]) {
        return None;
    }
    match lw {
        b"will" | b"shall" | b"ll" | b"scheduled" | b"expected" | b"due" | b"plans" | b"plan"
        | b"planned" | b"planning" | b"intends" | b"intend" | b"upcoming" | b"would" | b"aims"
        | b"slated" => Some(Dir::Future),
        b"going" if after.starts_with(" to ") => Some(Dir::Future),
        // "The council has until Nov. 6 to confirm the results."
        b"until"
            if text[..s].trim_end().ends_with(" has")
                || text[..s].trim_end().ends_with(" have") =>
        {
            Some(Dir::Future)
        }
        b"set" if after.starts_with(" to ") => Some(Dir::Future),
        b"won" if after.starts_with("'t") || after.starts_with("\u{2019}t") => Some(Dir::Future),
        b"said" | b"was" | b"were" | b"had" | b"did" | b"been" | b"ago" | b"began" | b"came"
        | b"went" | b"took" | b"made" | b"met" | b"saw" | b"told" | b"gave" | b"left" | b"held"
        | b"won" | b"lost" | b"fled" | b"fought" | b"struck" | b"sent" | b"led" | b"rose"
        | b"fell" | b"broke" | b"brought" | b"bought" | b"chose" | b"drove" | b"flew"
        | b"found" | b"got" | b"grew" | b"kept" | b"knew" | b"overran" | b"ran" | b"sold"
        | b"spoke" | b"stood" | b"swore" | b"thought" | b"threw" | b"wrote" | b"became"
        | b"paid" | b"seized" | b"shot" | b"hit" => Some(Dir::Past),
        _ if lw.len() >= 5 && lw.ends_with(b"ed") && !lw.ends_with(b"eed") && lw != b"hundred" => {
            Some(Dir::Past)
        }
        _ => schedule_present(lw, &text[..s]),
    }
}

/// Present-tense verbs of a scheduled event, third person ("The president visits China on
/// Wednesday") and plain ("Talks resume on Monday"): in news the present of these verbs tells
/// of a coming day. Only verbs rarely read as nouns in that place are listed.
const SCHEDULE_PRESENT: &[&[u8]] = &[
    b"visits",
    b"travels",
    b"meets",
    b"hosts",
    b"arrives",
    b"begins",
    b"resumes",
    b"convenes",
    b"reconvenes",
    b"testifies",
    b"tours",
    b"attends",
    b"departs",
    b"unveils",
    b"goes",
    b"flies",
    b"resume",
    b"meet",
    b"begin",
    b"convene",
    b"reconvene",
    b"arrive",
    b"gather",
    b"go",
    b"fly",
];

/// Whether lower-case word `lw`, after the text `before`, is the present of a scheduling verb
/// ([`SCHEDULE_PRESENT`]) with a subject before it: not after a determiner, a possessive or a
/// preposition ("his visits", "for visits"), and a plain form not after "to", "did" or "not",
/// whose verb is the one that tells the time ("failed to meet", "did not meet").
fn schedule_present(lw: &[u8], before: &str) -> Option<Dir> {
    if !SCHEDULE_PRESENT.contains(&lw) {
        return None;
    }
    let prev = last_word(before);
    let blocked = [
        "of", "for", "in", "on", "at", "with", "to", "did", "didn't", "not", "never", "n't",
        "could", "couldn't", "would", "wouldn't",
    ];
    if prev.is_empty()
        || after_determiner(before)
        || blocked.iter().any(|w| w.eq_ignore_ascii_case(prev))
    {
        return None;
    }
    Some(Dir::Future)
}

/// Words that, before a bare month name, show it is a date ("in May", "last March").
const MONTH_EVIDENCE: &[&str] = &[
    "in",
    "since",
    "until",
    "till",
    "by",
    "during",
    "from",
    "through",
    "throughout",
    "before",
    "after",
    "last",
    "next",
    "this",
    "early",
    "mid",
    "late",
    "of",
    "between",
    "each",
    "every",
    "the",
    "on",
    "for",
    "around",
];

/// Nouns after which a number is an identifier, not a year ("Resolution 2085", "Flight 1549").
const NUMBERED_THINGS: &[&str] = &[
    "no",
    "nos",
    "number",
    "resolution",
    "resolutions",
    "flight",
    "route",
    "article",
    "articles",
    "room",
    "highway",
    "section",
    "chapter",
    "decree",
    "page",
    "pages",
    "pp",
    "bus",
    "model",
    "code",
    "paragraph",
    "item",
    "volume",
    "vol",
    "rule",
    "lot",
    "unit",
    "exit",
    "box",
    "suite",
    "apartment",
    "building",
    "block",
    "plot",
    "channel",
    "batch",
    "serial",
    "ref",
    "grade",
    "level",
    "category",
    "version",
    "bill",
    "platform",
    "gate",
    "seat",
    "pier",
];

/// Words before a number that make it a quantity ("more than 2000", "at least 1800").
const QUANTITY_BEFORE: &[&str] = &[
    "than",
    "least",
    "most",
    "nearly",
    "almost",
    "approximately",
    "roughly",
    "estimated",
    "total",
    "totaling",
    "totalling",
    "some",
];

/// Plural-looking words that are not counted nouns.
const NOT_PLURAL_NOUNS: &[&str] = &[
    "was",
    "has",
    "is",
    "as",
    "its",
    "this",
    "thus",
    "plus",
    "less",
    "unless",
    "across",
    "always",
    "perhaps",
    "towards",
    "afterwards",
    "whereas",
    "besides",
    "his",
    "hers",
    "ours",
    "yours",
    "theirs",
    "us",
    "yes",
    "various",
    "previous",
    "famous",
    "serious",
    "nervous",
    "gas",
    "vs",
    "versus",
    "status",
    "bonus",
    "census",
    "campus",
    "focus",
    "virus",
    "crisis",
    "basis",
    "analysis",
    "thesis",
    "series",
    "species",
    "news",
    "headquarters",
    "means",
    "politics",
    "economics",
    "elections",
    "olympics",
    "games",
    "does",
    "goes",
    "remains",
    "saw",
];

/// Nouns that count things ("2000 people").
const COUNT_NOUNS: &[&str] = &[
    "people",
    "men",
    "women",
    "children",
    "police",
    "personnel",
    "staff",
    "feet",
    "cattle",
    "sheep",
    "fish",
    "km",
    "kg",
    "mm",
    "cm",
    "m",
    "ft",
    "mph",
    "kph",
    "mw",
    "gw",
    "bpd",
    "mi",
    "lb",
    "lbs",
    "hectares",
    "acres",
    "tonnes",
    "tons",
    "percent",
    "per",
    "pc",
    "more",
    "other",
    "new",
    "additional",
    "million",
    "billion",
    "thousand",
    "hundred",
    "trillion",
];

/// Determiners and possessives: a word after one is a noun ("the plan", "his visits").
const DETERMINERS: &[&str] = &[
    "the", "its", "their", "his", "her", "our", "this", "that", "these", "those", "a", "an", "s",
    "whose", "my", "your",
];

/// Function words after which "the past", "the future" end ("in the past, ...").
const FUNCTION_AFTER: &[&str] = &[
    "and", "or", "but", "to", "in", "of", "that", "when", "where", "is", "was", "has", "have",
    "had", "will", "would", "as", "for", "with", "at", "on", "by", "than", "it", "they", "he",
    "she", "we", "i", "you", "there", "this", "these", "are", "were", "been", "be", "not",
];

/// Parses the tokens of one window.
pub(super) struct Parser<'a> {
    pub t: &'a [Tok],
    pub ctx: &'a Ctx<'a>,
    /// Set when a rule asked for a token past the end of `t`. Every token is read through
    /// [`Parser::get`], so a parse that leaves it unset read nothing past `t`: it gives the same
    /// with any tokens after them (the scan lexes a short window first and the whole window
    /// only when this is set).
    pub past_end: Cell<bool>,
}

/// Whether [`Parser::parse_at`] can find anything starting at `t`: false for punctuation other
/// than an apostrophe ("'90s", the decade rule's only opening), and for words of no class that
/// no rule opens with. The scan skips those start positions.
///
/// The rules compare a word's lower-cased form, so the same list answers for any case; only the
/// holidays, quarters ("Q3") and fiscal years ("FY2024") need a capital. Keep the words in step
/// with those the rules test at their first token (debug builds check every skipped start, so
/// the tests catch a missing word).
#[inline(always)]
pub(super) fn can_start(t: &Tok) -> bool {
    match t.kind {
        Kind::Num => return true,
        // `punct` is 0 for non-ASCII punctuation, which may be a typographic apostrophe.
        Kind::Punct => return matches!(t.punct, b'\'' | 0),
        Kind::Word => {}
    }
    if t.class != Class::Other || t.len == 0 {
        return true;
    }
    // One look-up in a table rather than a chain of comparisons.
    match opener(t.packed()) {
        ANY_CASE => true,
        CAPITALIZED => t.case != Case::Lower,
        _ => {
            let l = t.low();
            t.case != Case::Lower && (matches!(l, [b'q', b'1'..=b'4']) || l.starts_with(b"fy"))
        }
    }
}

/// The words a rule opens with besides those of a class, in any case...
const OPEN_ANY_CASE: &[&str] = &[
    // duration (amounts, "half a year")
    "a",
    "an",
    "half",
    "several",
    "few",
    "many",
    "numerous",
    "couple",
    "dozen",
    // the, season, century, day_month, decade, quarter, fiscal, part_of
    "the",
    // relative, fiscal
    "last",
    "next",
    "coming",
    "this",
    "past",
    "current",
    "fiscal",
    // deictic
    "today",
    "yesterday",
    "tomorrow",
    "tonight",
    // reference
    "now",
    "currently",
    "presently",
    "nowadays",
    "recently",
    "lately",
    "these",
    // anaphoric
    "later",
    "earlier",
    "that",
    // set
    "annual",
    "annually",
    "yearly",
    "monthly",
    "weekly",
    "daily",
    "nightly",
    "hourly",
    "quarterly",
    "every",
    "each",
    "per",
    // noon
    "noon",
    "midday",
    "midnight",
    // approximate
    "about",
    "around",
    "approximately",
    "roughly",
    "some",
    "nearly",
    "almost",
    "more",
    "fewer",
    "less",
    "at",
    "over",
    // part_of
    "early",
    "mid",
    "middle",
    "late",
];

/// ...and those that need a capital (holidays; "Q3" and "FY2024" are tested apart).
const OPEN_CAPITALIZED: &[&str] = &[
    "christmas",
    "new",
    "easter",
    "good",
    "halloween",
    "valentine",
    "boxing",
    "thanksgiving",
];

const ANY_CASE: u8 = 1;
const CAPITALIZED: u8 = 2;

/// [`OPEN_ANY_CASE`] and [`OPEN_CAPITALIZED`] packed as [`Tok::packed`] packs words, in an
/// open-addressing table, each with [`ANY_CASE`] or [`CAPITALIZED`] (0: an empty slot).
static OPENERS: [(u128, u8); 256] = {
    let mut t = [(0u128, 0u8); 256];
    let lists: [(&[&str], u8); 2] = [(OPEN_ANY_CASE, ANY_CASE), (OPEN_CAPITALIZED, CAPITALIZED)];
    let mut l = 0;
    while l < lists.len() {
        let mut k = 0;
        while k < lists[l].0.len() {
            let key = super::lex::packed(lists[l].0[k].as_bytes());
            let mut i = opener_slot(key);
            while t[i].1 != 0 {
                i = (i + 1) & (t.len() - 1);
            }
            t[i] = (key, lists[l].1);
            k += 1;
        }
        l += 1;
    }
    t
};

#[inline(always)]
const fn opener_slot(key: u128) -> usize {
    let h = (key as u64 ^ (key >> 64) as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (h >> 56) as usize
}

/// [`ANY_CASE`] or [`CAPITALIZED`] for a packed listed opener, else 0.
#[inline(always)]
fn opener(key: u128) -> u8 {
    let mut i = opener_slot(key);
    loop {
        let (k, kind) = OPENERS[i];
        if kind == 0 || k == key {
            return kind;
        }
        i = (i + 1) & (OPENERS.len() - 1);
    }
}

fn better(best: &mut Option<Hit>, h: Option<Hit>) {
    if let Some(h) = h {
        if best.as_ref().is_none_or(|b| h.end > b.end) {
            *best = Some(h);
        }
    }
}

impl Parser<'_> {
    // ---- token access -------------------------------------------------------------------

    /// Token `i`: the one way the rules read tokens (see [`Parser::past_end`]).
    #[inline(always)]
    fn get(&self, i: usize) -> Option<&Tok> {
        let t = self.t.get(i);
        if t.is_none() {
            self.past_end.set(true);
        }
        t
    }

    fn tok(&self, i: usize) -> Option<&Tok> {
        self.get(i)
    }

    fn low(&self, i: usize) -> &[u8] {
        match self.get(i) {
            Some(t) if t.kind == Kind::Word => t.low(),
            _ => b"",
        }
    }

    fn is(&self, i: usize, w: &str) -> bool {
        self.low(i) == w.as_bytes()
    }

    fn any(&self, i: usize, ws: &[&str]) -> bool {
        let l = self.low(i);
        !l.is_empty() && ws.iter().any(|w| w.as_bytes() == l)
    }

    fn punct(&self, i: usize, c: u8) -> bool {
        self.get(i)
            .is_some_and(|t| t.kind == Kind::Punct && t.punct == c)
    }

    /// Token `i` exists and no whitespace precedes it.
    fn glued(&self, i: usize) -> bool {
        self.get(i).is_some_and(|t| !t.space)
    }

    fn is_word(&self, i: usize) -> bool {
        self.get(i).is_some_and(|t| t.kind == Kind::Word)
    }

    fn case(&self, i: usize) -> Option<Case> {
        self.get(i).filter(|t| t.kind == Kind::Word).map(|t| t.case)
    }

    fn class(&self, i: usize) -> Class {
        self.get(i).map_or(Class::Other, |t| t.class)
    }

    /// The word before token `i`, skipping a hyphen glued to both ("mid-May" -> "mid").
    fn prev_word(&self, i: usize) -> Option<usize> {
        let p = i.checked_sub(1)?;
        if self.punct(p, b'-') && self.glued(i) && self.glued(p) {
            return p.checked_sub(1).filter(|&q| self.is_word(q));
        }
        Some(p)
    }

    fn hit(
        &self,
        start: usize,
        end: usize,
        label: Label,
        value: String,
        rule: &'static str,
    ) -> Option<Hit> {
        Some(Hit {
            start,
            end,
            label,
            value,
            modifier: None,
            rule,
            pending_day: false,
        })
    }

    // ---- small readers --------------------------------------------------------------------

    /// A month name (abbreviations with their period): (month, next index, abbreviated).
    fn month_tok(&self, i: usize) -> Option<(u32, usize, bool)> {
        match self.class(i) {
            Class::Month { m, abbr } => {
                if abbr && self.punct(i + 1, b'.') && self.glued(i + 1) {
                    Some((m, i + 2, true))
                } else {
                    Some((m, i + 1, abbr))
                }
            }
            _ => None,
        }
    }

    /// A day of the month, 1-31, plain or ordinal ("22", "22nd").
    fn day_tok(&self, i: usize) -> Option<(u32, usize)> {
        let t = self.tok(i)?;
        if t.kind != Kind::Num
            || t.digits > 2
            || !matches!(t.suffix, Suffix::None | Suffix::Ordinal)
            || !(1..=31).contains(&t.num)
        {
            return None;
        }
        if self.number_continues(i) || self.is_percent(i + 1) {
            return None;
        }
        Some((t.num, i + 1))
    }

    /// A four-digit year.
    fn year_tok(&self, i: usize) -> Option<(i32, usize)> {
        let t = self.tok(i)?;
        if t.kind != Kind::Num || t.digits != 4 || t.suffix != Suffix::None {
            return None;
        }
        if self.number_continues(i) || self.is_percent(i + 1) {
            return None;
        }
        Some((t.num as i32, i + 1))
    }

    /// The number at `i` goes on with a glued separator and digits ("3.5", "10:30", "1,000").
    fn number_continues(&self, i: usize) -> bool {
        matches!(self.tok(i + 1), Some(t) if t.kind == Kind::Punct && !t.space && matches!(t.punct, b'.' | b',' | b':'))
            && matches!(self.tok(i + 2), Some(t) if t.kind == Kind::Num && !t.space)
    }

    /// The number at `i` continues a number before it ("1,000" at "000").
    fn number_precedes(&self, i: usize) -> bool {
        i >= 2
            && self.glued(i)
            && matches!(self.tok(i - 1), Some(t) if t.kind == Kind::Punct && matches!(t.punct, b'.' | b',' | b':' | b'/'))
            && self.glued(i - 1)
            && matches!(self.tok(i - 2), Some(t) if t.kind == Kind::Num)
    }

    fn is_percent(&self, i: usize) -> bool {
        self.punct(i, b'%') || self.any(i, &["percent", "pc", "per"])
    }

    fn is_currency(&self, i: usize) -> bool {
        let Some(t) = self.tok(i) else { return false };
        if t.kind == Kind::Punct {
            return t.punct == b'$'
                || matches!(&self.ctx.text[t.start..t.end], "€" | "£" | "¥" | "₦");
        }
        self.any(i, &["us", "usd", "eur", "gbp", "rs", "cfa"]) && self.glued(i + 1)
    }

    /// A cardinal amount at `i`: digits ("3", "1.5"), number words ("twenty-five"), "a"/"an"
    /// (when `article`), or vague amounts ("several", "a few", "a couple of"). Returns the amount
    /// and the next index.
    fn amount(&self, i: usize, article: bool) -> Option<(Amount, usize)> {
        let t = self.tok(i)?;
        if t.kind == Kind::Num {
            if t.suffix != Suffix::None || self.number_precedes(i) {
                return None;
            }
            // A decimal: "1.5".
            if self.punct(i + 1, b'.')
                && self.glued(i + 1)
                && matches!(self.tok(i + 2), Some(n) if n.kind == Kind::Num && !n.space && n.suffix == Suffix::None)
            {
                let frac = self.tok(i + 2)?;
                let text = &self.ctx.text[t.start..frac.end];
                let v: f64 = text.parse().ok()?;
                return Some((Amount::N(v), i + 3));
            }
            if self.number_continues(i) {
                return None;
            }
            return Some((Amount::N(f64::from(t.num)), i + 1));
        }
        if let Class::Cardinal(n) = t.class {
            // "twenty-five", "twenty five".
            if (20..100).contains(&n) && n % 10 == 0 {
                let j = if self.punct(i + 1, b'-') && self.glued(i + 1) && self.glued(i + 2) {
                    i + 2
                } else {
                    i + 1
                };
                if let Class::Cardinal(k) = self.class(j) {
                    if k < 10 {
                        return Some((Amount::N(f64::from(n + k)), j + 1));
                    }
                }
            }
            if n == 100 {
                return None;
            }
            if self.is(i + 1, "hundred") {
                return Some((Amount::N(f64::from(n * 100)), i + 2));
            }
            return Some((Amount::N(f64::from(n)), i + 1));
        }
        let l = t.low();
        match l {
            b"a" | b"an" if article => {
                if self.is(i + 1, "few") {
                    return Some((Amount::X, i + 2));
                }
                if self.is(i + 1, "couple") && self.is(i + 2, "of") {
                    return Some((Amount::N(2.0), i + 3));
                }
                if self.is(i + 1, "hundred") {
                    return Some((Amount::N(100.0), i + 2));
                }
                if self.is(i + 1, "dozen") {
                    return Some((Amount::N(12.0), i + 2));
                }
                Some((Amount::N(1.0), i + 1))
            }
            b"several" | b"few" | b"many" | b"numerous" => Some((Amount::X, i + 1)),
            b"couple" if self.is(i + 1, "of") => Some((Amount::N(2.0), i + 2)),
            b"dozen" => Some((Amount::N(12.0), i + 1)),
            _ => None,
        }
    }

    /// A unit word at `i`, taking "-long" after it into account elsewhere.
    fn unit_tok(&self, i: usize) -> Option<(Unit, bool)> {
        match self.class(i) {
            Class::Unit { unit, plural } => Some((unit, plural)),
            Class::Ordinal(2) if self.is(i, "second") => Some((Unit::Second, false)),
            _ => None,
        }
    }

    // ---- dispatch -------------------------------------------------------------------------

    /// The longest expression starting at token `i`, with its modifiers.
    pub(super) fn parse_at(&self, i: usize) -> Option<Hit> {
        let mut best = None;
        better(&mut best, self.approximate(i));
        better(&mut best, self.part_of(i));
        better(&mut best, self.core(i));
        best
    }

    /// Expressions without a leading modifier.
    fn core(&self, i: usize) -> Option<Hit> {
        let t = self.tok(i)?;
        let mut best = None;
        match t.kind {
            Kind::Num => {
                better(&mut best, self.iso(i));
                better(&mut best, self.numeric(i));
                better(&mut best, self.day_month(i));
                better(&mut best, self.day_range_month(i));
                better(&mut best, self.decade(i));
                better(&mut best, self.century(i));
                better(&mut best, self.year(i));
                better(&mut best, self.year_quarter(i));
                better(&mut best, self.clock(i));
                better(&mut best, self.duration(i));
            }
            Kind::Word => {
                if t.low() == b"the" {
                    better(&mut best, self.day_month(i));
                    better(&mut best, self.century(i));
                    better(&mut best, self.season(i));
                }
                match t.class {
                    Class::Month { .. } => {
                        better(&mut best, self.month_day(i));
                        better(&mut best, self.month_year(i));
                        better(&mut best, self.month_alone(i));
                    }
                    Class::Weekday { .. } => better(&mut best, self.weekday(i)),
                    Class::Season(_) => better(&mut best, self.season(i)),
                    Class::Unit { .. } => {
                        better(&mut best, self.bare_units(i));
                    }
                    Class::Ordinal(_) => {
                        better(&mut best, self.quarter(i));
                        better(&mut best, self.century(i));
                    }
                    _ => {}
                }
                better(&mut best, self.duration(i));
                better(&mut best, self.the(i));
                better(&mut best, self.relative(i));
                better(&mut best, self.deictic(i));
                better(&mut best, self.reference(i));
                better(&mut best, self.anaphoric(i));
                better(&mut best, self.set(i));
                better(&mut best, self.fiscal(i));
                better(&mut best, self.quarter(i));
                better(&mut best, self.holiday(i));
                better(&mut best, self.noon(i));
                better(&mut best, self.decade(i));
            }
            Kind::Punct => {
                better(&mut best, self.decade(i));
            }
        }
        best
    }

    // ---- calendar dates -------------------------------------------------------------------

    /// `date.iso`: 2026-05-22, 2026/05/22, with an optional time (T10:30, T10:30Z).
    fn iso(&self, i: usize) -> Option<Hit> {
        let (y, j) = {
            let t = self.tok(i)?;
            if t.kind != Kind::Num || t.digits != 4 || t.suffix != Suffix::None {
                return None;
            }
            (t.num as i32, i + 1)
        };
        let sep = self.tok(j)?;
        if sep.kind != Kind::Punct || !matches!(sep.punct, b'-' | b'/') || sep.space {
            return None;
        }
        let m = self.tok(j + 1)?;
        if m.kind != Kind::Num || m.digits != 2 || m.space || m.suffix != Suffix::None {
            return None;
        }
        if !self.punct(j + 2, sep.punct) || !self.glued(j + 2) {
            return None;
        }
        let d = self.tok(j + 3)?;
        if d.kind != Kind::Num || d.digits != 2 || d.space {
            return None;
        }
        let date = Date::new(y, m.num, d.num)?;
        match d.suffix {
            Suffix::None => self.hit(i, j + 4, Label::Date, date.to_string(), "pattern:date.iso"),
            Suffix::Other if d.low().first() == Some(&b't') => {
                // "2026-05-22T10:30".
                let hh: u32 = std::str::from_utf8(&d.low()[1..]).ok()?.parse().ok()?;
                if hh > 24 || !self.punct(j + 4, b':') || !self.glued(j + 4) {
                    return None;
                }
                let mm = self.tok(j + 5)?;
                if mm.kind != Kind::Num || mm.digits != 2 || mm.num > 59 || mm.space {
                    return None;
                }
                let z = mm.low() == b"z";
                let mut v = format!("{date}T{hh:02}:{:02}", mm.num);
                if z {
                    v.push('Z');
                }
                self.hit(i, j + 6, Label::Time, v, "pattern:time.iso")
            }
            _ => None,
        }
    }

    /// `date.numeric`: 5/22/2026, 22/5/2026, 22.05.2026, 7/8/07 (see [`NumericDateOrder`]).
    fn numeric(&self, i: usize) -> Option<Hit> {
        let a = self.tok(i)?;
        if a.kind != Kind::Num
            || a.digits > 2
            || a.suffix != Suffix::None
            || self.number_precedes(i)
        {
            return None;
        }
        let s1 = self.tok(i + 1)?;
        if s1.kind != Kind::Punct || s1.space || !matches!(s1.punct, b'/' | b'-' | b'.') {
            return None;
        }
        let b = self.tok(i + 2)?;
        if b.kind != Kind::Num || b.digits > 2 || b.space || b.suffix != Suffix::None {
            return None;
        }
        if !self.punct(i + 3, s1.punct) || !self.glued(i + 3) {
            return None;
        }
        let c = self.tok(i + 4)?;
        if c.kind != Kind::Num || c.space || c.suffix != Suffix::None || !matches!(c.digits, 2 | 4)
        {
            return None;
        }
        if self.number_continues(i + 4) {
            return None;
        }
        // Another separator and number after: a longer code, not a date.
        if matches!(self.tok(i + 5), Some(t) if t.kind == Kind::Punct && !t.space && t.punct == s1.punct)
            && matches!(self.tok(i + 6), Some(t) if t.kind == Kind::Num && !t.space)
        {
            return None;
        }
        let y = if c.digits == 4 {
            c.num as i32
        } else {
            let yy = c.num as i32;
            match self.ctx.dct {
                // The century that puts the year nearest the document date, at most 10 years on.
                Some(d) => {
                    let base = d.year() - d.year().rem_euclid(100);
                    let cand = base + yy;
                    if cand > d.year() + 10 {
                        cand - 100
                    } else {
                        cand
                    }
                }
                None => {
                    if yy <= 30 {
                        2000 + yy
                    } else {
                        1900 + yy
                    }
                }
            }
        };
        let (x, z) = (a.num, b.num);
        let day_first = s1.punct == b'.' || self.ctx.order == NumericDateOrder::DayFirst;
        let (m, d) = if x > 12 && z <= 12 {
            (z, x)
        } else if z > 12 && x <= 12 {
            (x, z)
        } else if day_first {
            (z, x)
        } else {
            (x, z)
        };
        let date = Date::new(y, m, d)?;
        self.hit(
            i,
            i + 5,
            Label::Date,
            date.to_string(),
            "pattern:date.numeric",
        )
    }

    /// `date.month_day_year` / `date.month_day`: "May 22, 2026", "Jan. 5", "May 22nd".
    fn month_day(&self, i: usize) -> Option<Hit> {
        let (m, j, _) = self.month_tok(i)?;
        let (d, k) = self.day_tok(j)?;
        if !self.tok(j)?.space {
            return None;
        }
        // "March 3 to 5", "May 2-4, 2026": one expression for the range, valued as its first
        // day (GMB and MEANTIME mark a range as one expression).
        let (k, rule) = match self.range_end(k, d) {
            Some((_, e)) if self.unit_tok(e).is_none() && !self.any(e, COUNT_NOUNS) => {
                (e, "pattern:date.month_day_range")
            }
            _ => (k, "pattern:date.month_day"),
        };
        let k2 = if self.punct(k, b',') { k + 1 } else { k };
        if let Some((y, e)) = self.year_tok(k2) {
            let date = Date::new(y, m, d)?;
            let rule = if rule == "pattern:date.month_day" {
                "pattern:date.month_day_year"
            } else {
                rule
            };
            return self.hit(i, e, Label::Date, date.to_string(), rule);
        }
        Date::new(2000, m, d)?;
        // "May 5" with a following number of people or unit is not a date.
        if self.unit_tok(k).is_some() || self.any(k, COUNT_NOUNS) {
            return None;
        }
        self.hit(i, k, Label::Date, self.ctx.month_day(m, d), rule)
    }

    /// A range's second day after `k` (the token after the first day `d`): "to 5", "-5", "and
    /// 4", "through 7". Returns (second day, index after it).
    fn range_end(&self, k: usize, d: u32) -> Option<(u32, usize)> {
        let link = self.any(k, &["to", "through", "and", "until", "till"])
            || self.punct(k, b'-') && self.glued(k) && self.glued(k + 1);
        if !link {
            return None;
        }
        let (d1, e) = self.day_tok(k + 1)?;
        // "May 2 and 10 soldiers": a lower-case word after the number counts something.
        let counted = self.case(e) == Some(Case::Lower) && !self.any(e, FUNCTION_AFTER);
        (d < d1 && !counted).then_some((d1, e))
    }

    /// `date.day_range_month`: "3 and 4 March", "3-5 May 2026": one expression for the range,
    /// valued as its first day (GMB and MEANTIME mark a range as one expression).
    fn day_range_month(&self, i: usize) -> Option<Hit> {
        let (d, k) = self.day_tok(i)?;
        if self.number_precedes(i) {
            return None;
        }
        let (_, l) = self.range_end(k, d)?;
        let (m, e, abbr) = self.month_tok(l)?;
        if abbr && !self.punct(e - 1, b'.') {
            return None;
        }
        let e2 = if self.punct(e, b',') { e + 1 } else { e };
        if let Some((y, ye)) = self.year_tok(e2) {
            let date = Date::new(y, m, d)?;
            return self.hit(
                i,
                ye,
                Label::Date,
                date.to_string(),
                "pattern:date.day_range_month",
            );
        }
        Date::new(2000, m, d)?;
        self.hit(
            i,
            e,
            Label::Date,
            self.ctx.month_day(m, d),
            "pattern:date.day_range_month",
        )
    }

    /// `date.day_month_year` / `date.day_month`: "22 May 2026", "the 22nd of May", "11 December".
    fn day_month(&self, i: usize) -> Option<Hit> {
        let the = self.is(i, "the");
        let j = if the { i + 1 } else { i };
        let (d, k) = self.day_tok(j)?;
        if self.number_precedes(j) {
            return None;
        }
        let ordinal = self.tok(j)?.suffix == Suffix::Ordinal;
        if the && !ordinal {
            return None;
        }
        let of = self.is(k, "of");
        let k = if of { k + 1 } else { k };
        let Some((m, l, abbr)) = self.month_tok(k) else {
            return if the && !of {
                self.day_alone(i, d, k)
            } else {
                None
            };
        };
        let l2 = if self.punct(l, b',') { l + 1 } else { l };
        if let Some((y, e)) = self.year_tok(l2) {
            let date = Date::new(y, m, d)?;
            return self.hit(
                i,
                e,
                Label::Date,
                date.to_string(),
                "pattern:date.day_month_year",
            );
        }
        Date::new(2000, m, d)?;
        // "5 May" needs the month's full name or its period; "May" then needs no more evidence.
        if abbr && !self.punct(l - 1, b'.') {
            return None;
        }
        self.hit(
            i,
            l,
            Label::Date,
            self.ctx.month_day(m, d),
            "pattern:date.day_month",
        )
    }

    /// `date.day`: "on the 12th", "by the 3rd": an ordinal day of the month after a
    /// preposition of time, with no month and no noun after it ("on the 12th floor").
    fn day_alone(&self, i: usize, d: u32, k: usize) -> Option<Hit> {
        let p = self.prev_word(i)?;
        if !self.any(p, &["on", "by", "until", "till", "since", "from"]) {
            return None;
        }
        // "on the 12th floor", "the 18th Street": a word after the day must be a connective.
        if self.is_word(k)
            && !self.any(
                k,
                &[
                    "and", "or", "but", "when", "after", "before", "at", "in", "as", "while", "to",
                    "until", "with", "for", "because", "amid", "during",
                ],
            )
        {
            return None;
        }
        // "holds until the 30th": with no tense marker, the end of a span lies ahead.
        let ahead = self.any(p, &["until", "till"]) && self.ctx.dir() == Dir::Nearest;
        let value = self.ctx.day_of_month(d, ahead);
        self.hit(i, k, Label::Date, value, "pattern:date.day")
    }

    /// `date.month_year`: "December 2021", "Dec. 2021", "December of 2021".
    fn month_year(&self, i: usize) -> Option<Hit> {
        let (m, j, _) = self.month_tok(i)?;
        let of = self.is(j, "of");
        let j = if of || self.punct(j, b',') { j + 1 } else { j };
        // "March of last year", "April of that year", "June of the following year".
        if of && self.tok(j).is_some_and(|t| t.kind == Kind::Word) {
            let year = self.core(j).filter(|h| {
                h.label == Label::Date
                    && h.start == j
                    && h.value.len() == 4
                    && h.value.bytes().all(|b| b.is_ascii_digit())
            })?;
            let y: i32 = year.value.parse().ok()?;
            return self.hit(
                i,
                year.end,
                Label::Date,
                calendar::ym(y, m),
                "pattern:date.month_of_year",
            );
        }
        let (y, e) = self.year_tok(j)?;
        if !(1000..=2999).contains(&y) {
            return None;
        }
        self.hit(
            i,
            e,
            Label::Date,
            calendar::ym(y, m),
            "pattern:date.month_year",
        )
    }

    /// `date.month`: a month name alone, when the context shows it is a date ("in April",
    /// "the April offensive"). "May" and "March" need a preposition or determiner before them.
    fn month_alone(&self, i: usize) -> Option<Hit> {
        let (m, j, abbr) = self.month_tok(i)?;
        if abbr {
            return None;
        }
        let prev = self.prev_word(i);
        let evidence = prev.is_some_and(|p| {
            if self.any(p, MONTH_EVIDENCE) {
                return true;
            }
            // "April and May", "from April to June".
            self.any(p, &["and", "or", "to", "through"])
                && p.checked_sub(1)
                    .is_some_and(|q| matches!(self.class(q), Class::Month { .. }))
        });
        let next_capitalized = matches!(self.case(j), Some(Case::Title | Case::Upper))
            && !matches!(self.class(j), Class::Month { .. } | Class::Weekday { .. });
        let ambiguous = matches!(m, 3 | 5);
        if ambiguous {
            if !evidence {
                return None;
            }
            // "the March/May" must be followed by a noun it modifies ("the May elections").
            if prev.is_some_and(|p| self.is(p, "the")) {
                let ok = self.case(j) == Some(Case::Lower)
                    && !self.any(j, FUNCTION_AFTER)
                    && !self.any(j, &["from", "into", "across", "toward", "towards"]);
                if !ok {
                    return None;
                }
            }
        } else if !evidence && next_capitalized {
            return None;
        }
        // "April Ryan", "June Carter": a month followed by a surname-like word, after "the" too.
        if next_capitalized
            && !prev.is_some_and(|p| {
                self.any(
                    p,
                    &[
                        "in", "since", "until", "by", "during", "of", "last", "next", "this",
                        "early", "mid", "late",
                    ],
                )
            })
        {
            return None;
        }
        self.hit(i, j, Label::Date, self.ctx.month(m), "pattern:date.month")
    }

    /// `date.year`: a bare year, 1800-2099, that is not part of a number, an amount, or an
    /// identifier ("Resolution 2085"), and not followed by a unit or counted noun.
    fn year(&self, i: usize) -> Option<Hit> {
        let (y, e) = self.year_tok(i)?;
        if !(1800..=2099).contains(&y) {
            return None;
        }
        if let Some(p) = i.checked_sub(1) {
            if self.is_currency(p) || self.any(p, NUMBERED_THINGS) || self.punct(p, b'#') {
                return None;
            }
            // "No. 2013".
            if self.punct(p, b'.')
                && p.checked_sub(1)
                    .is_some_and(|q| self.any(q, NUMBERED_THINGS))
            {
                return None;
            }
            if self.any(p, QUANTITY_BEFORE) {
                return None;
            }
            if self.number_precedes(i) {
                return None;
            }
            // "2009-2011" is a range of years, "mid-2011" a year; "3-2013" is not a year.
            if self.punct(p, b'-') && self.glued(i) && self.glued(p) {
                let ok = p.checked_sub(1).is_none_or(|q| {
                    self.tok(q).is_some_and(|t| {
                        t.kind == Kind::Word
                            || (t.kind == Kind::Num
                                && t.digits == 4
                                && (1800..=2099).contains(&t.num))
                    })
                });
                if !ok {
                    return None;
                }
            }
        }
        // "2013-14" (a season or fiscal year written short), "2013-year", "2000-strong".
        if self.punct(e, b'-') && self.glued(e) && self.glued(e + 1) {
            let n = self.tok(e + 1)?;
            if n.kind != Kind::Num || n.digits != 4 {
                return None;
            }
        }
        if self.is_percent(e) || self.unit_tok(e).is_some() || self.any(e, COUNT_NOUNS) {
            return None;
        }
        if self.any(e, &["gmt", "utc", "hrs", "hours", "local"]) {
            return None;
        }
        // A plural noun after the number counts things, unless a determiner makes the number a
        // modifier ("the 2020 elections").
        if self.case(e) == Some(Case::Lower) {
            let l = self.low(e);
            let plural = l.len() >= 3 && l.ends_with(b"s") && !self.any(e, NOT_PLURAL_NOUNS);
            let det = i
                .checked_sub(1)
                .is_some_and(|p| self.any(p, DETERMINERS) || self.punct(p, b'\''));
            if plural && !det {
                return None;
            }
        }
        self.hit(i, e, Label::Date, calendar::year(y), "pattern:date.year")
    }

    /// `date.decade`: "the 1990s", "1990's", "the '90s", "the nineties".
    fn decade(&self, i: usize) -> Option<Hit> {
        let the = self.is(i, "the");
        let j = if the { i + 1 } else { i };
        let t = self.tok(j)?;
        let (value, end) = match t.kind {
            Kind::Num if t.digits == 4 && t.num % 10 == 0 => {
                if t.suffix == Suffix::S {
                    (format!("{:03}X", t.num / 10), j + 1)
                } else if t.suffix == Suffix::None
                    && self.punct(j + 1, b'\'')
                    && self.glued(j + 1)
                    && self.is(j + 2, "s")
                    && self.glued(j + 2)
                {
                    (format!("{:03}X", t.num / 10), j + 3)
                } else {
                    return None;
                }
            }
            Kind::Num if t.digits == 2 && t.suffix == Suffix::S && t.num % 10 == 0 && the => {
                (format!("{}X", century_for(t.num) * 10 + t.num / 10), j + 1)
            }
            Kind::Punct
                if matches!(t.punct, b'\'') || self.ctx.text[t.start..t.end] == *"\u{2019}" =>
            {
                let n = self.tok(j + 1)?;
                if n.kind != Kind::Num
                    || n.digits != 2
                    || n.suffix != Suffix::S
                    || n.space
                    || n.num % 10 != 0
                {
                    return None;
                }
                (format!("{}X", century_for(n.num) * 10 + n.num / 10), j + 2)
            }
            Kind::Word => match t.class {
                Class::DecadeWord(d) if the => (format!("19{d}X"), j + 1),
                _ => return None,
            },
            _ => return None,
        };
        self.hit(i, end, Label::Date, value, "pattern:date.decade")
    }

    /// `date.century`: "the 19th century", "the twenty-first century".
    fn century(&self, i: usize) -> Option<Hit> {
        let the = self.is(i, "the");
        let j = if the { i + 1 } else { i };
        let (n, k) = self.ordinal(j)?;
        if !self.is(k, "century") || !(1..=30).contains(&n) {
            return None;
        }
        self.hit(
            i,
            k + 1,
            Label::Date,
            format!("{:02}", n - 1),
            "pattern:date.century",
        )
    }

    /// An ordinal: "19th", "third", "twenty-first".
    fn ordinal(&self, i: usize) -> Option<(u32, usize)> {
        let t = self.tok(i)?;
        if t.kind == Kind::Num && t.suffix == Suffix::Ordinal && t.digits <= 2 {
            return Some((t.num, i + 1));
        }
        match t.class {
            Class::Ordinal(n) => Some((n, i + 1)),
            Class::Cardinal(n) if n >= 20 && n % 10 == 0 => {
                let j = if self.punct(i + 1, b'-') {
                    i + 2
                } else {
                    i + 1
                };
                match self.class(j) {
                    Class::Ordinal(k) if k < 10 => Some((n + k, j + 1)),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// `date.season`: "summer 2020", "the summer of 2020", "in the spring", "last winter" is
    /// relative.
    fn season(&self, i: usize) -> Option<Hit> {
        let the = self.is(i, "the");
        let j = if the { i + 1 } else { i };
        let Class::Season(s) = self.class(j) else {
            return None;
        };
        let code = calendar::SEASONS[usize::from(s)];
        let k = if self.is(j + 1, "of") || self.punct(j + 1, b',') {
            j + 2
        } else {
            j + 1
        };
        if let Some((y, e)) = self.year_tok(k) {
            return self.hit(
                i,
                e,
                Label::Date,
                format!("{}-{code}", calendar::year(y)),
                "pattern:date.season_year",
            );
        }
        let prev = self.prev_word(i);
        let fall = self.is(j, "fall");
        // "the fall of Kabul".
        if self.is(j + 1, "of") {
            return None;
        }
        let evidence = if the {
            prev.is_some_and(|p| {
                self.any(
                    p,
                    &[
                        "in",
                        "during",
                        "by",
                        "until",
                        "since",
                        "over",
                        "through",
                        "throughout",
                        "this",
                        "that",
                        "for",
                    ],
                )
            })
        } else {
            !fall
                && prev.is_some_and(|p| {
                    self.any(
                        p,
                        &[
                            "in",
                            "during",
                            "by",
                            "until",
                            "since",
                            "over",
                            "through",
                            "throughout",
                            "early",
                            "late",
                            "mid",
                        ],
                    )
                })
        };
        if !evidence {
            return None;
        }
        let value = match self.ctx.dct {
            Some(a) => format!(
                "{}-{code}",
                calendar::year(calendar::place_season(
                    a.year(),
                    a.month(),
                    s,
                    self.ctx.dir()
                ))
            ),
            None => format!("XXXX-{code}"),
        };
        self.hit(i, j + 1, Label::Date, value, "pattern:date.season")
    }

    /// `date.quarter`: "the third quarter of 2024", "third-quarter", "Q3 2024", "the first half
    /// of 2024".
    fn quarter(&self, i: usize) -> Option<Hit> {
        let the = self.is(i, "the");
        let j = if the { i + 1 } else { i };
        // "Q3", "Q3 2024".
        if let Some(t) = self.tok(j) {
            let l = t.low();
            if t.kind == Kind::Word
                && l.len() == 2
                && l[0] == b'q'
                && (b'1'..=b'4').contains(&l[1])
                && t.case != Case::Lower
            {
                let q = u32::from(l[1] - b'0');
                let k = if self.is(j + 1, "of") { j + 2 } else { j + 1 };
                if let Some((y, e)) = self.year_tok(k) {
                    return self.hit(
                        i,
                        e,
                        Label::Date,
                        format!("{}-Q{q}", calendar::year(y)),
                        "pattern:date.quarter",
                    );
                }
                return self.hit(
                    i,
                    j + 1,
                    Label::Date,
                    self.placed_quarter(q),
                    "pattern:date.quarter",
                );
            }
        }
        let (n, k) = if self.any(j, &["final", "last"]) && the {
            (4, j + 1)
        } else {
            self.ordinal(j)?
        };
        let hyphen = self.punct(k, b'-') && self.glued(k) && self.glued(k + 1);
        let k = if hyphen { k + 1 } else { k };
        let half = self.is(k, "half");
        if !(self.is(k, "quarter") || half) {
            return None;
        }
        let (part, max) = if half { ('H', 2) } else { ('Q', 4) };
        if !(1..=max).contains(&n) {
            return None;
        }
        let e = k + 1;
        // "of 2024", "of last year", "of the year", "of fiscal 2024".
        if self.is(e, "of") {
            let f = e + 1;
            if let Some((y, g)) = self.year_tok(f) {
                return self.hit(
                    i,
                    g,
                    Label::Date,
                    format!("{}-{part}{n}", calendar::year(y)),
                    "pattern:date.quarter",
                );
            }
            if self.is(f, "fiscal") {
                if let Some((y, g)) = self.year_tok(f + 1) {
                    return self.hit(
                        i,
                        g,
                        Label::Date,
                        format!("FY{}-{part}{n}", calendar::year(y)),
                        "pattern:date.quarter",
                    );
                }
            }
            let shift = if self.is(f, "last") {
                Some(-1)
            } else if self.is(f, "this") || (self.is(f, "the") && self.is(f + 1, "year")) {
                Some(0)
            } else if self.is(f, "next") {
                Some(1)
            } else {
                None
            };
            if let Some(s) = shift {
                let g = if self.is(f, "the") { f + 2 } else { f + 1 };
                if !self.is(g.saturating_sub(1).max(f + 1), "year") && !self.is(g, "year") {
                    return None;
                }
                let g = if self.is(g, "year") { g + 1 } else { g };
                let value = match self.ctx.dct {
                    Some(a) => format!("{}-{part}{n}", calendar::year(a.year() + s)),
                    None => format!("XXXX-{part}{n}"),
                };
                return self.hit(i, g, Label::Date, value, "pattern:date.quarter");
            }
            // "the second half of the match": not a date.
            return None;
        }
        if half {
            return None;
        }
        // A bare quarter: "the third quarter", "third-quarter profit".
        if !the && !hyphen {
            return None;
        }
        self.hit(
            i,
            e,
            Label::Date,
            self.placed_quarter(n),
            "pattern:date.quarter",
        )
    }

    fn placed_quarter(&self, q: u32) -> String {
        match self.ctx.dct {
            Some(a) => {
                let cur = calendar::quarter_of(a.month());
                let y = match self.ctx.dir() {
                    Dir::Future => {
                        if q >= cur {
                            a.year()
                        } else {
                            a.year() + 1
                        }
                    }
                    _ => {
                        if q <= cur {
                            a.year()
                        } else {
                            a.year() - 1
                        }
                    }
                };
                format!("{}-Q{q}", calendar::year(y))
            }
            None => format!("XXXX-Q{q}"),
        }
    }

    /// "2024 Q3", "2024-Q3".
    fn year_quarter(&self, i: usize) -> Option<Hit> {
        let (y, j) = self.year_tok(i)?;
        let j = if self.punct(j, b'-') && self.glued(j) {
            j + 1
        } else {
            j
        };
        let t = self.tok(j)?;
        let l = t.low();
        if t.kind == Kind::Word && l.len() == 2 && l[0] == b'q' && (b'1'..=b'4').contains(&l[1]) {
            return self.hit(
                i,
                j + 1,
                Label::Date,
                format!("{}-Q{}", calendar::year(y), l[1] - b'0'),
                "pattern:date.quarter",
            );
        }
        None
    }

    /// `date.fiscal_year`: "fiscal 2024", "fiscal year 2024", "FY2024", "FY24", "the fiscal
    /// year", "the 2024 fiscal year".
    fn fiscal(&self, i: usize) -> Option<Hit> {
        let t = self.tok(i)?;
        let l = t.low();
        // "FY2024", "FY24".
        if l.len() >= 4
            && l.starts_with(b"fy")
            && l[2..].iter().all(u8::is_ascii_digit)
            && t.case != Case::Lower
        {
            let n: i32 = std::str::from_utf8(&l[2..]).ok()?.parse().ok()?;
            let y = match l.len() - 2 {
                2 => 2000 + n,
                4 => n,
                _ => return None,
            };
            return self.hit(
                i,
                i + 1,
                Label::Date,
                format!("FY{}", calendar::year(y)),
                "pattern:date.fiscal_year",
            );
        }
        if l == b"fy" && t.case == Case::Upper {
            let (y, e) = self.year_tok(i + 1)?;
            return self.hit(
                i,
                e,
                Label::Date,
                format!("FY{}", calendar::year(y)),
                "pattern:date.fiscal_year",
            );
        }
        if l == b"fiscal" {
            let j = if self.is(i + 1, "year") || (self.punct(i + 1, b'-') && self.is(i + 2, "year"))
            {
                if self.is(i + 1, "year") { i + 2 } else { i + 3 }
            } else {
                i + 1
            };
            if let Some((y, e)) = self.year_tok(j) {
                return self.hit(
                    i,
                    e,
                    Label::Date,
                    format!("FY{}", calendar::year(y)),
                    "pattern:date.fiscal_year",
                );
            }
            return None;
        }
        if matches!(l, b"last" | b"next" | b"this" | b"current")
            && self.any(i + 1, &["fiscal", "financial"])
            && self.is(i + 2, "year")
        {
            let shift = match l {
                b"last" => -1,
                b"next" => 1,
                _ => 0,
            };
            let value = match self.ctx.dct {
                Some(a) => format!("FY{}", calendar::year(a.year() + shift)),
                None => "FYXXXX".into(),
            };
            return self.hit(i, i + 3, Label::Date, value, "pattern:date.fiscal_year");
        }
        if l == b"the" {
            // "the 2024 fiscal year".
            if let Some((y, j)) = self.year_tok(i + 1) {
                if self.any(j, &["fiscal", "financial"]) && self.is(j + 1, "year") {
                    return self.hit(
                        i,
                        j + 2,
                        Label::Date,
                        format!("FY{}", calendar::year(y)),
                        "pattern:date.fiscal_year",
                    );
                }
                return None;
            }
            let (shift, j) = match self.low(i + 1) {
                b"current" | b"this" => (0, i + 2),
                b"last" | b"previous" | b"past" => (-1, i + 2),
                b"next" | b"coming" => (1, i + 2),
                _ => (0, i + 1),
            };
            if self.any(j, &["fiscal", "financial"]) && self.is(j + 1, "year") {
                if self.is(j + 2, "of") || self.year_tok(j + 2).is_some() {
                    if let Some((y, e)) = self.year_tok(j + 2) {
                        return self.hit(
                            i,
                            e,
                            Label::Date,
                            format!("FY{}", calendar::year(y)),
                            "pattern:date.fiscal_year",
                        );
                    }
                    return None;
                }
                let value = match self.ctx.dct {
                    Some(a) => format!("FY{}", calendar::year(a.year() + shift)),
                    None => "FYXXXX".into(),
                };
                return self.hit(i, j + 2, Label::Date, value, "pattern:date.fiscal_year");
            }
        }
        None
    }

    /// `date.holiday`: Christmas, New Year's Day, Easter... with an optional year.
    fn holiday(&self, i: usize) -> Option<Hit> {
        if self.case(i) == Some(Case::Lower) {
            return None;
        }
        let (kind, e) = match self.low(i) {
            b"christmas" => {
                if self.is(i + 1, "eve") {
                    (Holiday::Fixed(12, 24), i + 2)
                } else if self.is(i + 1, "day") {
                    (Holiday::Fixed(12, 25), i + 2)
                } else {
                    (Holiday::Fixed(12, 25), i + 1)
                }
            }
            b"new" if self.is(i + 1, "year") => {
                // "New Year's Day", "New Year's Eve", "New Year".
                let mut j = i + 2;
                let apostrophe = self.punct(j, b'\'')
                    || self
                        .ctx
                        .text
                        .get(self.tok(j).map_or(0, |t| t.start)..)
                        .is_some_and(|s| s.starts_with('\u{2019}'));
                if apostrophe && self.is(j + 1, "s") {
                    j += 2;
                }
                if self.is(j, "eve") {
                    (Holiday::Fixed(12, 31), j + 1)
                } else if self.is(j, "day") {
                    (Holiday::Fixed(1, 1), j + 1)
                } else if self.case(i + 1) != Some(Case::Lower) {
                    (Holiday::Fixed(1, 1), i + 2)
                } else {
                    return None;
                }
            }
            b"easter" => {
                if self.is(i + 1, "sunday") {
                    (Holiday::Easter(0), i + 2)
                } else if self.is(i + 1, "monday") {
                    (Holiday::Easter(1), i + 2)
                } else {
                    (Holiday::Easter(0), i + 1)
                }
            }
            b"good" if self.is(i + 1, "friday") => (Holiday::Easter(-2), i + 2),
            b"halloween" => (Holiday::Fixed(10, 31), i + 1),
            b"valentine"
                if self.punct(i + 1, b'\'') && self.is(i + 2, "s") && self.is(i + 3, "day") =>
            {
                (Holiday::Fixed(2, 14), i + 4)
            }
            b"boxing" if self.is(i + 1, "day") => (Holiday::Fixed(12, 26), i + 2),
            b"thanksgiving" => {
                if self.is(i + 1, "day") {
                    (Holiday::Thanksgiving, i + 2)
                } else {
                    (Holiday::Thanksgiving, i + 1)
                }
            }
            _ => return None,
        };
        let date_in = |y: i32| -> Option<Date> {
            match kind {
                Holiday::Fixed(m, d) => Date::new(y, m, d),
                Holiday::Easter(off) => easter(y)?.add_days(off),
                Holiday::Thanksgiving => {
                    let nov1 = Date::new(y, 11, 1)?;
                    let first_thu = (4 + 7 - nov1.weekday() as i64) % 7;
                    nov1.add_days(first_thu + 21)
                }
            }
        };
        let k = if self.punct(e, b',') { e + 1 } else { e };
        if let Some((y, f)) = self.year_tok(k) {
            let d = date_in(y)?;
            return self.hit(i, f, Label::Date, d.to_string(), "pattern:date.holiday");
        }
        let value = match self.ctx.dct {
            Some(a) => {
                let dir = self.ctx.dir();
                let past = (0..2)
                    .filter_map(|k| date_in(a.year() - k))
                    .find(|d| *d <= a);
                let future = (0..2)
                    .filter_map(|k| date_in(a.year() + k))
                    .find(|d| *d >= a);
                let pick = match dir {
                    Dir::Future => future.or(past),
                    Dir::Past => past.or(future),
                    Dir::Nearest => match (past, future) {
                        (Some(p), Some(f)) => {
                            if f.days_since_epoch() - a.days_since_epoch()
                                < a.days_since_epoch() - p.days_since_epoch()
                            {
                                Some(f)
                            } else {
                                Some(p)
                            }
                        }
                        (p, f) => p.or(f),
                    },
                };
                pick?.to_string()
            }
            None => match kind {
                Holiday::Fixed(m, d) => format!("XXXX-{m:02}-{d:02}"),
                _ => "XXXX-XX-XX".into(),
            },
        };
        self.hit(i, e, Label::Date, value, "pattern:date.holiday")
    }

    // ---- weekdays, deictic and relative dates -----------------------------------------------

    /// `date.weekday`: "Tuesday", "Friday, May 22, 2026", "Tuesday morning" (TIME), "Mondays" (SET).
    fn weekday(&self, i: usize) -> Option<Hit> {
        let Class::Weekday { wd, abbr, plural } = self.class(i) else {
            return None;
        };
        let mut j = i + 1;
        if abbr && self.punct(j, b'.') && self.glued(j) {
            j += 1;
        }
        // With a date: the date gives the value.
        let k = if self.punct(j, b',') { j + 1 } else { j };
        let date = self.month_day(k).or_else(|| self.day_month(k));
        if let Some(h) = date {
            return Some(Hit {
                start: i,
                rule: "pattern:date.weekday_date",
                ..h
            });
        }
        if abbr {
            return None;
        }
        if plural {
            return self.hit(
                i,
                j,
                Label::Set,
                unplaced_weekday(wd),
                "pattern:set.weekday",
            );
        }
        if let Class::Pod(p) = self.class(j) {
            let day = self.ctx.weekday(wd);
            return self.hit(
                i,
                j + 1,
                Label::Time,
                format!("{day}T{}", p.code()),
                "pattern:time.weekday_part_of_day",
            );
        }
        self.hit(
            i,
            j,
            Label::Date,
            self.ctx.weekday(wd),
            "pattern:date.weekday",
        )
    }

    /// `date.deictic`: today, yesterday, tomorrow, tonight (TIME), "yesterday morning" (TIME).
    fn deictic(&self, i: usize) -> Option<Hit> {
        let shift = match self.low(i) {
            b"today" => 0,
            b"yesterday" => -1,
            b"tomorrow" => 1,
            b"tonight" => {
                let v = match self.ctx.dct {
                    Some(a) => format!("{a}TNI"),
                    None => "XXXX-XX-XXTNI".into(),
                };
                return self.hit(i, i + 1, Label::Time, v, "pattern:time.tonight");
            }
            _ => return None,
        };
        let day = match self.ctx.dct.and_then(|a| a.add_days(shift)) {
            Some(d) => d.to_string(),
            None if shift == 0 => "PRESENT_REF".into(),
            None => "XXXX-XX-XX".into(),
        };
        if let Class::Pod(p) = self.class(i + 1) {
            let base = if day == "PRESENT_REF" {
                "XXXX-XX-XX"
            } else {
                &day
            };
            return self.hit(
                i,
                i + 2,
                Label::Time,
                format!("{base}T{}", p.code()),
                "pattern:time.deictic_part_of_day",
            );
        }
        self.hit(i, i + 1, Label::Date, day, "pattern:date.deictic")
    }

    /// `date.relative`: last/this/next/coming + unit, month, weekday or season; "last night";
    /// "this morning"; "next five years" (DURATION).
    fn relative(&self, i: usize) -> Option<Hit> {
        let (mut shift, mut j) = match self.low(i) {
            b"last" => (-1, i + 1),
            b"next" | b"coming" => (1, i + 1),
            b"this" => (0, i + 1),
            b"past" => (-1, i + 1),
            _ => return None,
        };
        let past_word = self.is(i, "past");
        if self.is(i, "this") && self.is(j, "past") {
            shift = -1;
            j += 1;
        } else if self.is(i, "this") && self.is(j, "coming") {
            shift = 1;
            j += 1;
        }
        // Durations: "last two years", "past few months", "next five years".
        if let Some(h) = self.duration(j) {
            let counted = matches!(self.class(j), Class::Cardinal(_))
                || self.tok(j).is_some_and(|t| t.kind == Kind::Num)
                || self.any(j, &["few", "several"]);
            if counted && h.label == Label::Duration {
                return Some(Hit { start: i, ..h });
            }
        }
        match self.class(j) {
            Class::Unit {
                unit,
                plural: false,
            } => {
                if past_word {
                    // "past year": a duration.
                    if matches!(unit, Unit::Quarter | Unit::Weekend) {
                        let v = self.ctx.relative(unit, -1)?;
                        return self.hit(i, j + 1, Label::Date, v, "pattern:date.relative");
                    }
                    return self.hit(
                        i,
                        j + 1,
                        Label::Duration,
                        calendar::duration(Amount::N(1.0), unit),
                        "pattern:duration.relative",
                    );
                }
                if matches!(
                    unit,
                    Unit::Day | Unit::Hour | Unit::Minute | Unit::Second | Unit::Fortnight
                ) {
                    return None;
                }
                // "last year's", "this week"; not "the last week of May".
                if self.is(j + 1, "of") && shift != 0 {
                    return None;
                }
                let v = self.ctx.relative(unit, shift)?;
                self.hit(i, j + 1, Label::Date, v, "pattern:date.relative")
            }
            Class::Unit { unit, plural: true } if self.is(i, "coming") || past_word => {
                if matches!(unit, Unit::Quarter | Unit::Weekend) {
                    return None;
                }
                self.hit(
                    i,
                    j + 1,
                    Label::Duration,
                    calendar::duration(Amount::X, unit),
                    "pattern:duration.relative",
                )
            }
            Class::Month { m, abbr: false } if !past_word => {
                let v = match self.ctx.dct {
                    Some(a) => {
                        let cur = calendar::month_index(a.year(), a.month());
                        let y = a.year();
                        let target = match shift {
                            0 => calendar::month_index(y, m),
                            s if s < 0 => {
                                let t = calendar::month_index(y, m);
                                if t < cur { t } else { t - 12 }
                            }
                            _ => {
                                let t = calendar::month_index(y, m);
                                if t > cur { t } else { t + 12 }
                            }
                        };
                        let (y2, m2) = calendar::from_month_index(target);
                        calendar::ym(y2, m2)
                    }
                    None => format!("XXXX-{m:02}"),
                };
                self.hit(i, j + 1, Label::Date, v, "pattern:date.relative_month")
            }
            Class::Weekday {
                wd,
                abbr: false,
                plural: false,
            } if !past_word => {
                let v = match self.ctx.dct {
                    Some(a) => {
                        let cur = i64::from(a.weekday());
                        let w = i64::from(wd);
                        let off = match shift {
                            0 => w - cur,
                            s if s < 0 => -((cur - w - 1).rem_euclid(7) + 1),
                            _ => (w - cur - 1).rem_euclid(7) + 1,
                        };
                        a.add_days(off)?.to_string()
                    }
                    None => unplaced_weekday(wd),
                };
                if let Class::Pod(p) = self.class(j + 1) {
                    return self.hit(
                        i,
                        j + 2,
                        Label::Time,
                        format!("{v}T{}", p.code()),
                        "pattern:time.weekday_part_of_day",
                    );
                }
                self.hit(i, j + 1, Label::Date, v, "pattern:date.relative_weekday")
            }
            Class::Season(s) if !past_word => {
                if self.is(j, "fall") && shift == 0 && !self.is(i, "this") {
                    return None;
                }
                let code = calendar::SEASONS[usize::from(s)];
                let v = match self.ctx.dct {
                    Some(a) => format!(
                        "{}-{code}",
                        calendar::year(calendar::shift_season(a.year(), a.month(), s, shift))
                    ),
                    None => format!("XXXX-{code}"),
                };
                self.hit(i, j + 1, Label::Date, v, "pattern:date.relative_season")
            }
            Class::Pod(p) if !past_word => {
                // "last night", "this morning", "this evening".
                let day_shift = match (shift, p) {
                    (-1, Pod::Night | Pod::Evening) => -1,
                    (0, _) => 0,
                    _ => return None,
                };
                let v = match self.ctx.dct.and_then(|a| a.add_days(day_shift)) {
                    Some(d) => format!("{d}T{}", p.code()),
                    None => format!("XXXX-XX-XXT{}", p.code()),
                };
                self.hit(
                    i,
                    j + 1,
                    Label::Time,
                    v,
                    "pattern:time.relative_part_of_day",
                )
            }
            _ => None,
        }
    }

    /// Expressions that start with "the".
    fn the(&self, i: usize) -> Option<Hit> {
        if !self.is(i, "the") {
            return None;
        }
        let j = i + 1;
        let w = self.low(j);
        match w {
            // "the past", "the future", "the present".
            b"past" | b"future" | b"present" if self.is_word_end(j + 1) => {
                let v = match w {
                    b"past" => "PAST_REF",
                    b"future" => "FUTURE_REF",
                    _ => "PRESENT_REF",
                };
                self.hit(i, j + 1, Label::Date, v.into(), "pattern:date.reference")
            }
            // Durations: "the past three years", "the next four years", "the first two days",
            // "the past decade", "the past few months", "the coming weeks".
            b"past" | b"last" | b"next" | b"coming" | b"first" | b"final" | b"previous"
            | b"following" | b"recent" => {
                let k = j + 1;
                if let Some(h) = self.duration(k) {
                    if h.label == Label::Duration && !self.is(k, "a") && !self.is(k, "an") {
                        return Some(Hit { start: i, ..h });
                    }
                }
                if let Class::Unit { unit, plural } = self.class(k) {
                    if self.is(k + 1, "of") {
                        return None;
                    }
                    if plural {
                        if matches!(unit, Unit::Quarter | Unit::Weekend) {
                            return None;
                        }
                        if matches!(
                            w,
                            b"past"
                                | b"last"
                                | b"next"
                                | b"coming"
                                | b"recent"
                                | b"following"
                                | b"previous"
                        ) {
                            return self.hit(
                                i,
                                k + 1,
                                Label::Duration,
                                calendar::duration(Amount::X, unit),
                                "pattern:duration.relative",
                            );
                        }
                        return None;
                    }
                    return match (w, unit) {
                        (b"past" | b"last", Unit::Quarter) => {
                            let v = self.ctx.relative(unit, -1)?;
                            self.hit(i, k + 1, Label::Date, v, "pattern:date.relative")
                        }
                        (
                            b"past" | b"last",
                            Unit::Day
                            | Unit::Week
                            | Unit::Month
                            | Unit::Year
                            | Unit::Decade
                            | Unit::Century
                            | Unit::Hour
                            | Unit::Fortnight,
                        ) => self.hit(
                            i,
                            k + 1,
                            Label::Duration,
                            calendar::duration(Amount::N(1.0), unit),
                            "pattern:duration.relative",
                        ),
                        (
                            b"next" | b"coming",
                            Unit::Week
                            | Unit::Month
                            | Unit::Year
                            | Unit::Quarter
                            | Unit::Weekend
                            | Unit::Decade,
                        ) => {
                            let v = self.ctx.relative(unit, 1)?;
                            self.hit(i, k + 1, Label::Date, v, "pattern:date.relative")
                        }
                        (b"next" | b"following", Unit::Day) => {
                            let v = self.ctx.narrative_shift(Unit::Day, 1.0, true);
                            self.hit(i, k + 1, Label::Date, v, "pattern:date.anaphoric")
                        }
                        (b"following", _) => {
                            let v = self.ctx.narrative_shift(unit, 1.0, false);
                            self.hit(i, k + 1, Label::Date, v, "pattern:date.anaphoric")
                        }
                        (b"previous", _) => {
                            let v = self.ctx.narrative_shift(unit, -1.0, unit == Unit::Day);
                            self.hit(i, k + 1, Label::Date, v, "pattern:date.anaphoric")
                        }
                        _ => None,
                    };
                }
                if let Class::Pod(p) = self.class(k) {
                    // "the next morning", "the following night".
                    if matches!(w, b"next" | b"following") {
                        let d = self.ctx.narrative_shift(Unit::Day, 1.0, true);
                        return self.hit(
                            i,
                            k + 1,
                            Label::Time,
                            format!("{d}T{}", p.code()),
                            "pattern:time.anaphoric_part_of_day",
                        );
                    }
                }
                if let Class::Weekday {
                    wd,
                    abbr: false,
                    plural: false,
                } = self.class(k)
                {
                    if matches!(w, b"following" | b"next") {
                        let base = self.ctx.narrative.and_then(Point::date).or(self.ctx.dct);
                        let v = match base {
                            Some(b) => {
                                let off =
                                    (i64::from(wd) - i64::from(b.weekday()) - 1).rem_euclid(7) + 1;
                                b.add_days(off)?.to_string()
                            }
                            None => unplaced_weekday(wd),
                        };
                        return self.hit(i, k + 1, Label::Date, v, "pattern:date.anaphoric");
                    }
                }
                None
            }
            // "over the years", "through the decades".
            b"years" | b"decades" | b"months" | b"centuries"
                if i.checked_sub(1).is_some_and(|p| {
                    self.any(p, &["over", "through", "across", "during", "throughout"])
                }) =>
            {
                let (unit, _) = self.unit_tok(j)?;
                self.hit(
                    i,
                    j + 1,
                    Label::Duration,
                    calendar::duration(Amount::X, unit),
                    "pattern:duration.unspecified",
                )
            }
            // "the same day", "the same year".
            b"same" => {
                let (unit, _) = self.unit_tok(j + 1)?;
                let v = self.same(unit)?;
                self.hit(i, j + 2, Label::Date, v, "pattern:date.anaphoric")
            }
            // "the day before", "the day after tomorrow", "the year before".
            b"day" | b"week" | b"month" | b"year" => {
                let (unit, _) = self.unit_tok(j)?;
                if self.is(j + 1, "before") && self.is(j + 2, "yesterday") && unit == Unit::Day {
                    let v = self.ctx.relative(Unit::Day, -2)?;
                    return self.hit(i, j + 3, Label::Date, v, "pattern:date.deictic");
                }
                if self.is(j + 1, "after") && self.is(j + 2, "tomorrow") && unit == Unit::Day {
                    let v = self.ctx.relative(Unit::Day, 2)?;
                    return self.hit(i, j + 3, Label::Date, v, "pattern:date.deictic");
                }
                let sign = if self.is(j + 1, "before") {
                    -1.0
                } else if self.is(j + 1, "after") {
                    1.0
                } else {
                    return None;
                };
                // Only when nothing follows ("the day before, ..."): else it is anchored to an
                // event ("the day before the vote").
                if !self.is_clause_end(j + 2) {
                    return None;
                }
                let v = self.ctx.narrative_shift(unit, sign, unit == Unit::Day);
                self.hit(i, j + 2, Label::Date, v, "pattern:date.anaphoric")
            }
            // "the weekend".
            b"weekend" => {
                let a = self.ctx.dct;
                let v = match a {
                    Some(a) => {
                        let wd = a.weekday();
                        let shift = match self.ctx.dir() {
                            Dir::Future => 0,
                            _ => {
                                if wd >= 6 {
                                    0
                                } else {
                                    -1
                                }
                            }
                        };
                        self.ctx.relative(Unit::Weekend, shift)?
                    }
                    None => "XXXX-WXX-WE".into(),
                };
                self.hit(i, j + 1, Label::Date, v, "pattern:date.weekend")
            }
            // "the morning of May 5".
            b"morning" | b"afternoon" | b"evening" | b"night" if self.is(j + 1, "of") => {
                let Class::Pod(p) = self.class(j) else {
                    return None;
                };
                let k = j + 2;
                let h = self
                    .month_day(k)
                    .or_else(|| self.day_month(k))
                    .or_else(|| self.weekday(k))?;
                if h.label != Label::Date || h.value.len() != 10 && !h.value.starts_with("XXXX") {
                    return None;
                }
                self.hit(
                    i,
                    h.end,
                    Label::Time,
                    format!("{}T{}", h.value, p.code()),
                    "pattern:time.part_of_day_of",
                )
            }
            _ => None,
        }
    }

    /// Whether token `i` ends a noun phrase: end of window, punctuation, or a function word.
    fn is_word_end(&self, i: usize) -> bool {
        match self.tok(i) {
            None => true,
            Some(t) if t.kind == Kind::Punct => true,
            Some(_) => self.any(i, FUNCTION_AFTER),
        }
    }

    fn is_clause_end(&self, i: usize) -> bool {
        match self.tok(i) {
            None => true,
            Some(t) if t.kind == Kind::Punct => t.punct != b'\'',
            Some(_) => self.any(
                i,
                &["and", "but", "or", "when", "as", "while", "after", "before"],
            ),
        }
    }

    /// The narrative's current day, month, week or year.
    fn same(&self, unit: Unit) -> Option<String> {
        let base = self.ctx.narrative.or(self.ctx.dct.map(Point::day));
        let Some(b) = base else {
            return Some(underspecified(unit).into());
        };
        Some(match unit {
            Unit::Day => b.value(),
            Unit::Week => match b.date() {
                Some(d) => calendar::week(d),
                None => b.value(),
            },
            Unit::Month => {
                if b.m == 0 {
                    b.value()
                } else {
                    calendar::ym(b.y, b.m)
                }
            }
            Unit::Year => calendar::year(b.y),
            _ => return None,
        })
    }

    /// `date.anaphoric`: "that May", "that year", "that day", "that night" (TIME), "later that
    /// day", "earlier this year".
    fn anaphoric(&self, i: usize) -> Option<Hit> {
        let (j, later) = if self.any(i, &["later", "earlier"]) {
            (i + 1, true)
        } else {
            (i, false)
        };
        if later && self.any(j, &["this", "next", "last"]) {
            // "earlier this year", "later this month".
            let shift = match self.low(j) {
                b"this" => 0,
                b"next" => 1,
                _ => -1,
            };
            let (unit, plural) = self.unit_tok(j + 1)?;
            if plural || !matches!(unit, Unit::Year | Unit::Month | Unit::Week | Unit::Quarter) {
                return None;
            }
            let v = self.ctx.relative(unit, shift)?;
            return self.hit(i, j + 2, Label::Date, v, "pattern:date.relative");
        }
        if self.is(j, "that") || (later && self.is(j, "the") && self.is(j + 1, "same")) {
            // "that May", "that same day", "later the same day".
            let k = if self.is(j, "the") || self.is(j + 1, "same") {
                j + 2
            } else {
                j + 1
            };
            match self.class(k) {
                Class::Month { m, abbr: false } => {
                    let v = match self.ctx.narrative.or(self.ctx.dct.map(Point::day)) {
                        Some(b) => calendar::ym(b.y, m),
                        None => format!("XXXX-{m:02}"),
                    };
                    return self.hit(i, k + 1, Label::Date, v, "pattern:date.anaphoric_month");
                }
                Class::Unit {
                    unit,
                    plural: false,
                } => {
                    let v = self.same(unit)?;
                    return self.hit(i, k + 1, Label::Date, v, "pattern:date.anaphoric");
                }
                Class::Pod(p) => {
                    let d = self.same(Unit::Day)?;
                    return self.hit(
                        i,
                        k + 1,
                        Label::Time,
                        format!("{d}T{}", p.code()),
                        "pattern:time.anaphoric_part_of_day",
                    );
                }
                Class::Season(s) if !self.is(k, "fall") => {
                    let code = calendar::SEASONS[usize::from(s)];
                    let v = match self.ctx.narrative.or(self.ctx.dct.map(Point::day)) {
                        Some(b) => format!("{}-{code}", calendar::year(b.y)),
                        None => format!("XXXX-{code}"),
                    };
                    return self.hit(i, k + 1, Label::Date, v, "pattern:date.anaphoric");
                }
                _ => {}
            }
        }
        None
    }

    // ---- modifiers --------------------------------------------------------------------------

    /// `early|mid|late` + a date ("early 2022", "mid-May", "the late 1990s", "late last year"),
    /// and "the beginning|start|middle|end of" + a date.
    fn part_of(&self, i: usize) -> Option<Hit> {
        let the = self.is(i, "the");
        let j = if the { i + 1 } else { i };
        let (modifier, k) = match self.low(j) {
            b"early" => ("START", j + 1),
            b"mid" | b"middle" if !self.is(j + 1, "of") => ("MID", j + 1),
            b"late" => ("END", j + 1),
            b"beginning" | b"start" | b"middle" | b"end" | b"close" if the => {
                let k = j + 1;
                if !self.is(k, "of") {
                    return None;
                }
                let m = match self.low(j) {
                    b"beginning" | b"start" => "START",
                    b"middle" => "MID",
                    _ => "END",
                };
                return self.part_of_the(i, m, k + 1);
            }
            b"very"
                if the
                    && self.any(j + 1, &["beginning", "start", "end"])
                    && self.is(j + 2, "of") =>
            {
                let m = if self.is(j + 1, "end") {
                    "END"
                } else {
                    "START"
                };
                return self.part_of_the(i, m, j + 3);
            }
            _ => return None,
        };
        // "the early hours of Sunday", "the early hours of March 3": the start of that day.
        if modifier == "START" && self.is(k, "hours") && self.is(k + 1, "of") {
            let base = self.core(k + 2)?;
            if base.label != Label::Date || base.value.ends_with("_REF") {
                return None;
            }
            return Some(Hit {
                start: i,
                modifier: Some(modifier),
                rule: "pattern:date.early_hours",
                ..base
            });
        }
        let k = if self.punct(k, b'-') && self.glued(k) {
            k + 1
        } else {
            k
        };
        let base = self.core(k)?;
        if !matches!(base.label, Label::Date | Label::Time) || base.value.ends_with("_REF") {
            return None;
        }
        // "the early 1990s", "the late 19th century"; but "the mid-August evacuation" starts at
        // "mid".
        if the && !matches!(base.rule, "pattern:date.decade" | "pattern:date.century") {
            return None;
        }
        Some(Hit {
            start: i,
            modifier: Some(modifier),
            ..base
        })
    }

    /// "... of the year", "of 2022", "of May", "of the financial year", "of last year".
    fn part_of_the(&self, i: usize, modifier: &'static str, k: usize) -> Option<Hit> {
        if self.is(k, "the") {
            if self.any(k + 1, &["fiscal", "financial"]) && self.is(k + 2, "year") {
                let v = match self.ctx.dct {
                    Some(a) => format!("FY{}", calendar::year(a.year())),
                    None => "FYXXXX".into(),
                };
                return Some(Hit {
                    modifier: Some(modifier),
                    ..self.hit(i, k + 3, Label::Date, v, "pattern:date.part_of")?
                });
            }
            if let Some((unit, false)) = self.unit_tok(k + 1) {
                if matches!(
                    unit,
                    Unit::Year
                        | Unit::Month
                        | Unit::Week
                        | Unit::Quarter
                        | Unit::Decade
                        | Unit::Century
                ) {
                    // "the end of the year" in news: this year.
                    let v = self.ctx.relative(unit, 0)?;
                    return Some(Hit {
                        modifier: Some(modifier),
                        ..self.hit(i, k + 2, Label::Date, v, "pattern:date.part_of")?
                    });
                }
            }
            // Otherwise a date after "the": "the end of the second quarter" ("second" is also a
            // unit), "the end of the 1990s".
        }
        let base = self.core(k)?;
        if base.label != Label::Date || base.value.ends_with("_REF") {
            return None;
        }
        Some(Hit {
            start: i,
            modifier: Some(modifier),
            rule: "pattern:date.part_of",
            ..base
        })
    }

    /// "about three years", "more than a week", "nearly two decades ago": the modifier is part of
    /// the extent and sets `mod`.
    fn approximate(&self, i: usize) -> Option<Hit> {
        let (modifier, j) = match self.low(i) {
            b"about" | b"around" | b"approximately" | b"roughly" | b"some" => ("APPROX", i + 1),
            b"nearly" | b"almost" => ("LESS_THAN", i + 1),
            b"more" | b"fewer" | b"less" if self.is(i + 1, "than") => (
                if self.is(i, "more") {
                    "MORE_THAN"
                } else {
                    "LESS_THAN"
                },
                i + 2,
            ),
            b"at" if self.is(i + 1, "least") => ("EQUAL_OR_MORE", i + 2),
            b"at" if self.is(i + 1, "most") => ("EQUAL_OR_LESS", i + 2),
            // "over the years", "over several months": a preposition before a vague amount.
            b"over"
                if !(self.any(
                    i + 1,
                    &[
                        "the", "several", "few", "many", "some", "recent", "past", "next", "coming",
                    ],
                ) || self.is(i + 1, "a") && self.is(i + 2, "few")) =>
            {
                ("MORE_THAN", i + 1)
            }
            _ => return None,
        };
        let base = self.duration(j)?;
        let modifier = if base.label == Label::Date {
            "APPROX"
        } else {
            modifier
        };
        if base.label == Label::Set {
            return None;
        }
        Some(Hit {
            start: i,
            modifier: Some(modifier),
            ..base
        })
    }

    // ---- durations, sets, references ----------------------------------------------------------

    /// `duration.*`: "three days", "18 months", "a week", "two and a half years", "a year and a
    /// half", "fifty-year", "several years", "decades-long"; with "ago" a DATE relative to the
    /// document date, with "later"/"earlier" a DATE relative to the narrative, with "from now" a
    /// future DATE; "a year" after an amount ("15 a year") is a SET.
    fn duration(&self, i: usize) -> Option<Hit> {
        let t = self.tok(i)?;
        // "half a year", "half an hour".
        let (amount, mut j) = if self.is(i, "half") && self.any(i + 1, &["a", "an"]) {
            (Amount::N(0.5), i + 2)
        } else {
            self.amount(i, true)?
        };
        let article = self.any(i, &["a", "an"]);
        if t.kind == Kind::Num && self.is_currency_before(i) {
            return None;
        }
        // "two and a half years".
        let mut amount = amount;
        if self.is(j, "and") && self.is(j + 1, "a") && self.is(j + 2, "half") {
            if let Amount::N(n) = amount {
                amount = Amount::N(n + 0.5);
                j += 3;
            }
        }
        // "two more years", "a full year", "three long years".
        if self.any(
            j,
            &[
                "more",
                "additional",
                "full",
                "long",
                "straight",
                "consecutive",
                "whole",
                "extra",
            ],
        ) {
            j += 1;
        }
        let hyphen = self.punct(j, b'-') && self.glued(j) && self.glued(j + 1);
        let u = if hyphen { j + 1 } else { j };
        let (unit, plural) = self.unit_tok(u)?;
        if unit == Unit::Quarter || unit == Unit::Weekend {
            return None;
        }
        let one = matches!(amount, Amount::N(n) if n == 1.0);
        // Number agreement: "a years" and "several year" are not durations. A count with a
        // singular unit is kept ("a two year deal" is written without its hyphen too).
        if !hyphen && ((article && one && plural) || (amount == Amount::X && !plural)) {
            return None;
        }
        // "a second" is an ordinal more often than a unit.
        if unit == Unit::Second && !plural && article {
            return None;
        }
        let mut e = u + 1;
        // "a year and a half".
        if self.is(e, "and") && self.is(e + 1, "a") && self.is(e + 2, "half") {
            if let Amount::N(n) = amount {
                amount = Amount::N(n + 0.5);
                e += 3;
            }
        }
        // Ages are not durations: "27-year-old", "55 years old".
        if self.punct(e, b'-') && self.glued(e) && self.any(e + 1, &["old", "olds"]) {
            return None;
        }
        if self.any(e, &["old", "older", "younger", "young"]) {
            return None;
        }
        // "decades-long".
        if self.punct(e, b'-') && self.glued(e) && self.is(e + 1, "long") && self.glued(e + 1) {
            e += 2;
        }
        let value = calendar::duration(amount, unit);
        // SET: "15 a year", "twice a week", "$5 a day", "per year" (handled in `set`).
        // ... but "2.9% a year earlier" is a date.
        let anchored = self.any(e, &["ago", "earlier", "later", "before", "after"]);
        if article && one && !hyphen && !anchored {
            if let Some(p) = i.checked_sub(1) {
                let after_amount = self.tok(p).is_some_and(|t| t.kind == Kind::Num)
                    || self.any(p, &["once", "twice", "thrice", "times", "percent"])
                    || self.punct(p, b'%')
                    || matches!(self.class(p), Class::Cardinal(_))
                    || self.any(
                        p,
                        &[
                            "million", "billion", "thousand", "hundred", "dollars", "euros",
                            "pounds",
                        ],
                    );
                if after_amount {
                    return self.hit(i, e, Label::Set, value, "pattern:set.per_unit");
                }
            }
        }
        // What follows decides: "ago", "later", "earlier", "from now".
        if self.is(e, "ago") {
            let v = self.ctx.ago(unit, amount, -1);
            return self.hit(i, e + 1, Label::Date, v, "pattern:date.ago");
        }
        if self.is(e, "from") && self.is(e + 1, "now") {
            let v = self.ctx.ago(unit, amount, 1);
            return self.hit(i, e + 2, Label::Date, v, "pattern:date.from_now");
        }
        if self.any(e, &["later", "earlier"]) && !self.is(e + 1, "than") && !hyphen {
            if let Amount::N(n) = amount {
                let sign = if self.is(e, "later") { 1.0 } else { -1.0 };
                let day_precise = matches!(unit, Unit::Day | Unit::Week | Unit::Fortnight);
                let mut v = self.ctx.narrative_shift(unit, sign * n, day_precise);
                if sign > 0.0 && self.ctx.later_than_document(&v) {
                    v = if day_precise {
                        "XXXX-XX-XX"
                    } else {
                        underspecified(unit)
                    }
                    .into();
                }
                return self.hit(i, e + 1, Label::Date, v, "pattern:date.anaphoric_shift");
            }
        }
        self.hit(i, e, Label::Duration, value, "pattern:duration.amount")
    }

    fn is_currency_before(&self, i: usize) -> bool {
        i.checked_sub(1).is_some_and(|p| self.is_currency(p))
    }

    /// "for years", "in recent years", "decades of war", "over the years": unspecified durations.
    fn bare_units(&self, i: usize) -> Option<Hit> {
        let (unit, plural) = self.unit_tok(i)?;
        if !plural || matches!(unit, Unit::Quarter | Unit::Weekend | Unit::Second) {
            return None;
        }
        let prev = i.checked_sub(1);
        let long = self.punct(i + 1, b'-') && self.glued(i + 1) && self.is(i + 2, "long");
        let ok = long
            || prev
                .is_some_and(|p| self.any(p, &["for", "in", "within", "after", "over", "recent"]))
            || (self.is(i + 1, "of")
                && prev.is_none_or(|p| {
                    !self.any(p, &["the", "those", "these", "their", "its", "his", "her"])
                }));
        if !ok {
            return None;
        }
        let mut start = i;
        if prev.is_some_and(|p| self.is(p, "recent")) {
            start = i - 1;
        }
        let mut e = i + 1;
        if self.punct(e, b'-') && self.glued(e) && self.is(e + 1, "long") {
            e += 2;
        }
        self.hit(
            start,
            e,
            Label::Duration,
            calendar::duration(Amount::X, unit),
            "pattern:duration.unspecified",
        )
    }

    /// `set.*`: "every year", "each week", "every two years", "every Monday", "annually",
    /// "daily", "per year".
    fn set(&self, i: usize) -> Option<Hit> {
        let l = self.low(i);
        let lower = self.case(i) == Some(Case::Lower);
        let simple = |v: &str| self.hit(i, i + 1, Label::Set, v.into(), "pattern:set.adverb");
        match l {
            b"annual" | b"annually" | b"yearly" if lower => return simple("P1Y"),
            b"monthly" if lower => return simple("P1M"),
            b"weekly" if lower => return simple("P1W"),
            b"daily" | b"nightly" if lower => return simple("P1D"),
            b"hourly" if lower => return simple("PT1H"),
            b"quarterly" if lower => return simple("P3M"),
            b"every" | b"each" | b"per" => {}
            _ => return None,
        }
        let j = i + 1;
        if self.is(i, "per") {
            let (unit, false) = self.unit_tok(j)? else {
                return None;
            };
            return self.hit(
                i,
                j + 1,
                Label::Set,
                calendar::duration(Amount::N(1.0), unit),
                "pattern:set.per_unit",
            );
        }
        // "every other week".
        if self.is(j, "other") {
            let (unit, false) = self.unit_tok(j + 1)? else {
                return None;
            };
            return self.hit(
                i,
                j + 2,
                Label::Set,
                calendar::duration(Amount::N(2.0), unit),
                "pattern:set.every",
            );
        }
        match self.class(j) {
            Class::Unit {
                unit,
                plural: false,
            } if unit != Unit::Quarter || self.is(i, "every") => {
                return self.hit(
                    i,
                    j + 1,
                    Label::Set,
                    calendar::duration(Amount::N(1.0), unit),
                    "pattern:set.every",
                );
            }
            Class::Weekday {
                wd, abbr: false, ..
            } => {
                return self.hit(
                    i,
                    j + 1,
                    Label::Set,
                    unplaced_weekday(wd),
                    "pattern:set.every",
                );
            }
            Class::Month { m, abbr: false } => {
                return self.hit(
                    i,
                    j + 1,
                    Label::Set,
                    format!("XXXX-{m:02}"),
                    "pattern:set.every",
                );
            }
            Class::Season(s) => {
                return self.hit(
                    i,
                    j + 1,
                    Label::Set,
                    format!("XXXX-{}", calendar::SEASONS[usize::from(s)]),
                    "pattern:set.every",
                );
            }
            Class::Pod(p) => {
                return self.hit(
                    i,
                    j + 1,
                    Label::Set,
                    format!("T{}", p.code()),
                    "pattern:set.every",
                );
            }
            _ => {}
        }
        // "every two years", "every few months".
        if self.is(i, "every") {
            let (amount, k) = self.amount(j, false)?;
            let (unit, true) = self.unit_tok(k)? else {
                return None;
            };
            return self.hit(
                i,
                k + 1,
                Label::Set,
                calendar::duration(amount, unit),
                "pattern:set.every",
            );
        }
        None
    }

    /// `date.reference`: now, currently, recently, nowadays, these days.
    fn reference(&self, i: usize) -> Option<Hit> {
        let v = match self.low(i) {
            b"now" => {
                // "now that" is a conjunction; "now-defunct" an adjective.
                if self.is(i + 1, "that") || (self.punct(i + 1, b'-') && self.glued(i + 1)) {
                    return None;
                }
                "PRESENT_REF"
            }
            b"currently" | b"presently" | b"nowadays" => "PRESENT_REF",
            b"recently" | b"lately" => "PAST_REF",
            b"these" if self.is(i + 1, "days") => {
                return self.hit(
                    i,
                    i + 2,
                    Label::Date,
                    "PRESENT_REF".into(),
                    "pattern:date.reference",
                );
            }
            _ => return None,
        };
        self.hit(i, i + 1, Label::Date, v.into(), "pattern:date.reference")
    }

    // ---- times of day ---------------------------------------------------------------------------

    /// `time.clock`: "10 a.m.", "10:30am", "18:00 UTC", "1800 GMT", "at 22:15".
    fn clock(&self, i: usize) -> Option<Hit> {
        let t = self.tok(i)?;
        if self.number_precedes(i) || self.is_currency_before(i) {
            return None;
        }
        let mut h;
        let mut m = 0;
        let mut e;
        let mut ampm: Option<bool> = None; // Some(true) = pm
        let mut explicit_minutes = false;
        if t.digits == 4 && t.suffix == Suffix::None {
            // "1800 GMT", "0630 hours".
            h = t.num / 100;
            m = t.num % 100;
            e = i + 1;
            if !self.any(e, &["gmt", "utc", "hrs", "hours", "local", "z"]) || h > 24 || m > 59 {
                return None;
            }
            explicit_minutes = true;
        } else {
            if t.digits > 2 || t.num > 24 {
                return None;
            }
            h = t.num;
            e = i + 1;
            match t.suffix {
                Suffix::Am => ampm = Some(false),
                Suffix::Pm => ampm = Some(true),
                Suffix::None => {
                    if self.punct(e, b':') && self.glued(e) {
                        let mt = self.tok(e + 1)?;
                        if mt.kind != Kind::Num || mt.digits != 2 || mt.num > 59 || mt.space {
                            return None;
                        }
                        m = mt.num;
                        explicit_minutes = true;
                        e += 2;
                        match mt.suffix {
                            Suffix::Am => ampm = Some(false),
                            Suffix::Pm => ampm = Some(true),
                            Suffix::None => {}
                            _ => return None,
                        }
                        // Seconds.
                        if self.punct(e, b':')
                            && self.glued(e)
                            && matches!(self.tok(e + 1), Some(s) if s.kind == Kind::Num && s.digits == 2 && !s.space)
                        {
                            e += 2;
                        }
                    } else if self.punct(e, b'.')
                        && self.glued(e)
                        && matches!(self.tok(e + 1), Some(mt) if mt.kind == Kind::Num && mt.digits == 2 && !mt.space && matches!(mt.suffix, Suffix::Am | Suffix::Pm))
                    {
                        // "10.30pm".
                        let mt = self.tok(e + 1)?;
                        m = mt.num;
                        if m > 59 {
                            return None;
                        }
                        ampm = Some(mt.suffix == Suffix::Pm);
                        explicit_minutes = true;
                        e += 2;
                    }
                }
                _ => return None,
            }
            if ampm.is_none() {
                // "a.m.", "p.m.", "am", "pm", "AM".
                if self.any(e, &["a", "p"])
                    && self.punct(e + 1, b'.')
                    && self.glued(e + 1)
                    && self.is(e + 2, "m")
                    && self.glued(e + 2)
                {
                    ampm = Some(self.is(e, "p"));
                    e += 3;
                    if self.punct(e, b'.') && self.glued(e) {
                        e += 1;
                    }
                } else if self.any(e, &["am", "pm"]) {
                    ampm = Some(self.is(e, "pm"));
                    e += 1;
                } else if self.is(e, "o") && self.punct(e + 1, b'\'') && self.is(e + 2, "clock") {
                    e += 3;
                    explicit_minutes = true;
                }
            }
        }
        if let Some(pm) = ampm {
            if h == 0 || h > 12 {
                return None;
            }
            if pm && h < 12 {
                h += 12;
            } else if !pm && h == 12 {
                h = 0;
            }
        }
        // Time zone.
        let mut z = false;
        if self.any(e, &["gmt", "utc", "z"]) && self.case(e) != Some(Case::Lower) {
            z = true;
            e += 1;
        } else if self.any(
            e,
            &[
                "est", "edt", "cst", "cdt", "pst", "pdt", "et", "pt", "bst", "cet", "cest", "eat",
                "wat", "ist", "jst",
            ],
        ) && self.case(e) == Some(Case::Upper)
        {
            e += 1;
        } else if self.is(e, "local") && self.is(e + 1, "time") {
            e += 2;
        } else if self.any(e, &["hrs", "hours"]) && t.digits == 4 {
            e += 1;
        }
        if ampm.is_none() {
            // A bare "10:30" is a time only after "at"/"by"... or with a time zone.
            let prev_ok = i.checked_sub(1).is_some_and(|p| {
                self.any(
                    p,
                    &[
                        "at",
                        "by",
                        "from",
                        "until",
                        "till",
                        "before",
                        "after",
                        "around",
                        "about",
                        "since",
                        "to",
                        "approximately",
                    ],
                )
            });
            if !(explicit_minutes && (prev_ok || z || e > i + 3)) {
                return None;
            }
        }
        let mut tail = format!("T{h:02}:{m:02}");
        if z {
            tail.push('Z');
        }
        Some(Hit {
            start: i,
            end: e,
            label: Label::Time,
            value: tail,
            modifier: None,
            rule: "pattern:time.clock",
            pending_day: true,
        })
    }

    /// `time.noon`: noon, midday, midnight.
    fn noon(&self, i: usize) -> Option<Hit> {
        let tail = match self.low(i) {
            b"noon" | b"midday" => "T12:00",
            b"midnight" => "T24:00",
            _ => return None,
        };
        Some(Hit {
            start: i,
            end: i + 1,
            label: Label::Time,
            value: tail.into(),
            modifier: None,
            rule: "pattern:time.noon",
            pending_day: true,
        })
    }
}

enum Holiday {
    Fixed(u32, u32),
    Easter(i64),
    Thanksgiving,
}

/// Easter Sunday of year `y` (anonymous Gregorian algorithm).
fn easter(y: i32) -> Option<Date> {
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::new(y, month as u32, day as u32)
}

/// The century digits for a two-digit decade ("'90s" -> 19, "'20s" -> 20... by a fixed pivot).
fn century_for(n: u32) -> u32 {
    if n <= 20 { 20 } else { 19 }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The openers count in any case, holidays only capitalized or in capitals, quarters and
    /// fiscal years only with a capital; a letter more or less is no opener.
    #[test]
    fn openers_by_case() {
        let first = |w: &str| {
            let mut toks = Vec::new();
            super::super::lex::lex_append(w, 0, w.len(), &mut toks);
            can_start(&toks[0])
        };
        let title = |w: &str| format!("{}{}", w[..1].to_ascii_uppercase(), &w[1..]);
        for w in OPEN_ANY_CASE {
            for v in [w.to_string(), title(w), w.to_ascii_uppercase()] {
                assert!(first(&v), "{v:?}");
            }
            assert!(!first(&format!("{w}z")), "{w:?}");
        }
        for w in OPEN_CAPITALIZED {
            assert!(!first(w), "{w:?}");
            assert!(first(&title(w)) && first(&w.to_ascii_uppercase()), "{w:?}");
            assert!(!first(&title(&format!("{w}z"))), "{w:?}");
        }
        for (w, want) in [
            ("Q3", true),
            ("q3", false),
            ("Q5", false),
            ("FY2024", true),
            ("fy2024", false),
            ("Said", false),
            ("thes", false),
            ("ab", false),
        ] {
            assert_eq!(first(w), want, "{w:?}");
        }
    }

    #[test]
    fn easter_dates() {
        assert_eq!(easter(2024).unwrap().to_string(), "2024-03-31");
        assert_eq!(easter(2026).unwrap().to_string(), "2026-04-05");
        assert_eq!(easter(2019).unwrap().to_string(), "2019-04-21");
    }

    #[test]
    fn tense_markers() {
        let t = "The trial is set to begin on Wednesday.";
        let at = Span::new(t.find("Wednesday").unwrap(), t.len() - 1);
        assert_eq!(
            clause_tense(t, Span::new(0, t.len()), at),
            Some(Dir::Future)
        );
        let t = "Apple announced on Monday that it will sell phones.";
        let s = t.find("Monday").unwrap();
        assert_eq!(
            clause_tense(t, Span::new(0, t.len()), Span::new(s, s + 6)),
            Some(Dir::Past)
        );
    }
}
