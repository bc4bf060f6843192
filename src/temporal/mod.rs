//! Time expressions: recognition and TIMEX3 normalization against the document date.
//!
//! # How it works
//!
//! 1. A word-by-word search (`trigger`) finds the words every time expression contains: digits,
//!    month and weekday names, time units, "today", "now", seasons, parts of the day... Nothing
//!    else of the text is looked at.
//! 2. Around each trigger, a few words either side are lexed (`lex`) and the grammar (`rules`)
//!    reads the longest expression that contains the trigger, leftmost first.
//! 3. The expression is normalized to a TIMEX3 value against the context: the document creation
//!    time (DCT), the narrative's last mentioned date (for "that May", "a week later"), the
//!    clause's tense (for "on Tuesday", "in April") and the [`TemporalConfig`].
//!
//! Without a DCT, relative expressions keep an underspecified value (`XXXX-04`, `PAST_REF`,
//! `XXXX-WXX-2`): output never depends on the day the code runs.
//!
//! # Policies
//!
//! - **Incomplete dates** ("in April", "on Tuesday", "June 5", "the third quarter"): placed by
//!   [`DatePolicy`]. The default, [`DatePolicy::News`], takes the latest such date on or before the
//!   DCT (news reports past events), unless the clause speaks of the future ("will", "is
//!   scheduled to", "plans to", "vowed to retake ... in March", "has until"...), then the
//!   earliest on or after it. A weekday equal to the DCT's weekday is the DCT itself.
//! - **Numeric dates** ("5/6/2026"): month first by default ([`NumericDateOrder`]); a first number
//!   above 12 makes it day first, and dotted dates ("22.05.2026") are always day first.
//! - **Anaphora** ("that May", "the following year", "a week later", "the same day"): relative
//!   to the last calendar date mentioned before it (initially the DCT). A shift "later" that
//!   the DCT would put after the DCT in a past-tense clause ("the talks ended two days later",
//!   nothing dated before it) gets no calendar value (`XXXX-XX-XX`) rather than a wrong one.
//! - **A day alone** ("on the 12th", "until the 30th"): in the month of the last date the text
//!   named, unless the clause's tense puts it on the other side of the DCT; else placed from
//!   the DCT like a weekday ("until" looks ahead). A noun after it ("the 12th floor") rules it
//!   out.
//! - **Ranges** that name their month once ("March 3 to 5", "3 and 4 March", "May 2-4, 2026")
//!   are one expression, valued as their first day, as GMB and MEANTIME mark them.
//! - **Extents** follow TimeML: leading prepositions are left out ("in early 2022" gives "early
//!   2022"), determiners and modifiers are kept ("the past decade", "last month", "about three
//!   years").

mod calendar;
mod date;
mod dct;
mod lex;
mod rules;
mod space;
mod trigger;

use std::borrow::Cow;
use std::cell::Cell;
use std::ops::ControlFlow;

pub use date::Date;

pub(crate) use calendar::Point;
pub(crate) use dct::{find_dct, find_dct_resumable};
pub(crate) use lex::is_month_name;

use crate::document::{Label, Sentence, Span};

/// How to place a date the text leaves incomplete: "in April", "on Tuesday", "June 5".
///
/// ```
/// use chronicle::{DatePolicy, Extractor, Input};
/// let text = "Talks resumed in June.";
/// let dct = "2026-05-22".parse().unwrap();
/// let value = |policy| {
///     let ex = Extractor::builder().date_policy(policy).build().unwrap();
///     let doc = ex.extract_with(Input::new(text).with_document_date(dct));
///     doc.entities.iter().find(|e| e.text(text) == "June").unwrap().value.clone().unwrap()
/// };
/// assert_eq!(value(DatePolicy::News), "2025-06"); // past tense: last June
/// assert_eq!(value(DatePolicy::Future), "2026-06");
/// assert_eq!(value(DatePolicy::Nearest), "2026-06"); // one month away, not eleven
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum DatePolicy {
    /// The latest such date on or before the document date, unless the clause speaks of the
    /// future ("will", "is to", "scheduled", "plans to", a promise's infinitive: "vowed to retake
    /// the town in March", "has until Nov. 6 to", the present of a scheduling verb: "the
    /// president visits China on Wednesday"...), then the earliest on or after it. A clause
    /// with neither a past nor a future marker ("Parliament is in recess until Sept. 10") takes
    /// the nearer of the two, except a weekday, which stays in the past, and a deadline after
    /// "by" ("a ruling by late June"), which lies ahead.
    #[default]
    News,
    /// Always the latest on or before the document date.
    Past,
    /// Always the earliest on or after the document date.
    Future,
    /// Whichever is nearer to the document date (the past one on ties).
    Nearest,
}

/// How to read all-numeric dates such as "5/6/2026".
///
/// Whatever the setting, a first number above 12 is a day ("22/5/2026") and a second number
/// above 12 is a day ("5/22/2026"); dotted dates ("22.05.2026") are always day first.
///
/// ```
/// use chronicle::{Extractor, Input, NumericDateOrder};
/// let text = "The deal was signed on 5/6/2026.";
/// let ex = Extractor::builder().numeric_date_order(NumericDateOrder::DayFirst).build().unwrap();
/// let doc = ex.extract(text);
/// let d = doc.entities.iter().find(|e| e.text(text) == "5/6/2026").unwrap();
/// assert_eq!(d.value.as_deref(), Some("2026-06-05"));
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum NumericDateOrder {
    /// 5/6/2026 is May 6 (US usage).
    #[default]
    MonthFirst,
    /// 5/6/2026 is June 5 (European usage).
    DayFirst,
}

/// Settings of time-expression normalization, set through
/// [`ExtractorBuilder`](crate::ExtractorBuilder).
///
/// ```
/// let cfg = chronicle::TemporalConfig::default();
/// assert_eq!(cfg.policy, chronicle::DatePolicy::News);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct TemporalConfig {
    /// How incomplete dates are placed.
    pub policy: DatePolicy,
    /// How all-numeric dates are read.
    pub numeric_order: NumericDateOrder,
}

/// A recognized time expression.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Timex {
    pub span: Span,
    pub label: Label,
    pub value: String,
    pub modifier: Option<&'static str>,
    pub rule: &'static str,
}

/// Words looked at on each side of a trigger.
const WORDS_BEFORE: usize = 7;
const WORDS_AFTER: usize = 12;
/// Words of the short window lexed first on the right of a trigger (most parses read no
/// further).
const WORDS_SHORT: usize = 3;

#[derive(Clone)]
struct Found {
    timex: Timex,
    sentence: usize,
    pending_day: bool,
}

/// Where a scan over a document's triggers stands: what it found so far and where it goes on.
///
/// The dateline search ([`find_dct`]) scans the head of a document without a DCT; when it finds
/// none, the document's own scan is the same scan over the same sentences, so it resumes from
/// the state the dateline search reached at the end of the last whole head sentence instead of
/// doing that work again.
#[derive(Clone, Default)]
pub(crate) struct Resume {
    found: Vec<Found>,
    /// End of the last expression.
    pos: usize,
    /// Current sentence.
    si: usize,
    narrative: Option<Point>,
    /// Where the search for the next trigger starts.
    next: usize,
}

/// Appends the time expressions of `text` to `out`, in order and non-overlapping.
///
/// `sentences` are the document's sentences (expressions never cross them); `dct` anchors
/// relative expressions.
pub(crate) fn find(
    text: &str,
    sentences: &[Sentence],
    dct: Option<Date>,
    config: TemporalConfig,
    out: &mut Vec<Timex>,
) {
    find_from(text, sentences, dct, config, None, out);
}

/// [`find`], resuming from `resume` when given: a state that a scan of the same `text` with the
/// same `sentences` (up to the one it stands in), no DCT and the default configuration reached.
pub(crate) fn find_from(
    text: &str,
    sentences: &[Sentence],
    dct: Option<Date>,
    config: TemporalConfig,
    resume: Option<Resume>,
    out: &mut Vec<Timex>,
) {
    let mut state = resume.unwrap_or_else(|| Resume {
        narrative: dct.map(Point::day),
        ..Resume::default()
    });
    scan(
        text,
        sentences,
        dct,
        config,
        &mut state,
        &mut Scratch::new(Snapshot::None),
        usize::MAX,
    );
    finish(state.found, dct, out);
}

/// Where the dateline search's scan copies its state: `Pending(at, slot)` takes the state just
/// before the first trigger at or after byte `at` (or at the end, if there is none).
///
/// Expressions found are only ever appended, so the copy leaves out `found` and keeps its
/// length (`Taken(slot, len)`): [`Snapshot::hand_over`] moves the first `len` into the slot once
/// the scan is done with them, instead of cloning them while it goes on.
enum Snapshot<'a> {
    None,
    Pending(usize, &'a mut Option<Resume>),
    Taken(&'a mut Option<Resume>, usize),
}

impl<'a> Snapshot<'a> {
    /// Copies `st` (all but its expressions) into the slot, with `next` as where it goes on; a
    /// snapshot already taken stays as it is.
    fn take(&mut self, st: &Resume, next: usize) {
        if !matches!(self, Snapshot::Pending(..)) {
            return;
        }
        if let Snapshot::Pending(_, slot) = std::mem::replace(self, Snapshot::None) {
            *slot = Some(Resume {
                found: Vec::new(),
                pos: st.pos,
                si: st.si,
                narrative: st.narrative,
                next,
            });
            *self = Snapshot::Taken(slot, st.found.len());
        }
    }

    /// Gives the slot its expressions: the first ones of `st`, the scan's final state.
    fn hand_over(self, mut st: Resume) {
        if let Snapshot::Taken(Some(slot), len) = self {
            st.found.truncate(len);
            slot.found = st.found;
        }
    }
}

/// What a scan keeps from one call to the next besides its [`Resume`] state.
struct Scratch<'a> {
    /// The tokens of the current sentence lexed so far: `text[lexed.0..lexed.1]` of sentence
    /// `lexed.2`. Windows move forward, so each trigger lexes only what its window adds.
    buf: Vec<lex::Tok>,
    lexed: (usize, usize, usize),
    snapshot: Snapshot<'a>,
    triggers: trigger::Finder,
}

impl<'a> Scratch<'a> {
    fn new(snapshot: Snapshot<'a>) -> Self {
        Scratch {
            buf: Vec::with_capacity(64),
            lexed: (0, 0, usize::MAX),
            snapshot,
            triggers: trigger::Finder::default(),
        }
    }
}

/// Runs the trigger scan from `st` to the end of `sentences`, or up to the first trigger at or
/// after byte `stop`, which the next call starts with; returns whether it reached the end. With a
/// snapshot in `scratch`, the state is copied into its slot as [`Snapshot`] says (its
/// expressions are handed over after the scan).
fn scan(
    text: &str,
    sentences: &[Sentence],
    dct: Option<Date>,
    config: TemporalConfig,
    st: &mut Resume,
    scratch: &mut Scratch<'_>,
    stop: usize,
) -> bool {
    let Scratch {
        buf,
        lexed,
        snapshot,
        triggers,
    } = scratch;
    while let Some((start, end)) = triggers.find_at(text, st.next) {
        if start >= stop {
            // A trigger starts a word: the search from its start finds it again.
            st.next = start;
            return false;
        }
        let m = Span::new(start, end);
        if let Snapshot::Pending(at, _) = snapshot {
            if m.start >= *at {
                snapshot.take(st, m.start);
            }
        }
        st.next = m.end;
        if m.start < st.pos {
            continue;
        }
        while st.si < sentences.len() && sentences[st.si].span.end <= m.start {
            st.si += 1;
        }
        let si = st.si;
        let Some(sentence) = sentences.get(si).map(|s| s.span) else {
            break;
        };
        if m.start < sentence.start {
            continue;
        }
        let left = words_back(text, m.start, sentence.start, WORDS_BEFORE);
        // A short window first, the whole one only when a rule read past the short one's end
        // (`past_end`): the parses read the same tokens either way.
        let mut right = words_on(text, m.end, sentence.end, WORDS_SHORT);
        let hit = loop {
            let toks = window(text, (left, right, si), buf, lexed);
            // Tokens are in text order, their starts and ends increasing: binary searches.
            let trig = toks.partition_point(|t| t.end <= m.start);
            if trig == toks.len() {
                // The trigger's chunk is in every window: no token from it in either.
                break None;
            }
            let first = toks.partition_point(|t| t.start < st.pos);
            let ctx = rules::Ctx {
                text,
                dct,
                policy: config.policy,
                order: config.numeric_order,
                narrative: st.narrative,
                sentence,
                trigger: m,
                dir_cache: Cell::new(None),
            };
            let parser = rules::Parser {
                t: toks,
                ctx: &ctx,
                past_end: Cell::new(false),
            };
            let mut best = None;
            for (i, t) in toks[..=trig].iter().enumerate().skip(first) {
                if !rules::can_start(t) {
                    debug_assert!(parser.parse_at(i).is_none(), "{t:?}");
                    continue;
                }
                if let Some(h) = parser.parse_at(i) {
                    if h.end > trig {
                        best = Some(h);
                        break;
                    }
                }
            }
            if parser.past_end.get() {
                let whole = words_on(text, m.end, sentence.end, WORDS_AFTER);
                if whole > right {
                    right = whole;
                    continue;
                }
            }
            break best.map(|h| (Span::new(toks[h.start].start, toks[h.end - 1].end), h));
        };
        let Some((span, h)) = hit else { continue };
        if !h.pending_day && matches!(h.label, Label::Date | Label::Time) {
            if let Some(p) = Point::parse(&h.value) {
                // "declared on Wednesday ... this year ... A day earlier": a period that holds
                // the narrative's day does not replace it.
                let holds_day = st.narrative.is_some_and(|n| {
                    n.d != 0 && p.d == 0 && n.y == p.y && (p.m == 0 || p.m == n.m)
                });
                if !holds_day {
                    st.narrative = Some(p);
                }
            }
        }
        st.pos = span.end;
        st.found.push(Found {
            timex: Timex {
                span,
                label: h.label,
                value: h.value,
                modifier: h.modifier,
                rule: h.rule,
            },
            sentence: si,
            pending_day: h.pending_day,
        });
    }
    snapshot.take(st, text.len());
    true
}

/// The tokens of `text[left..right]` in sentence `si`, which the caller's `buf` holds the lexed
/// part `lexed = (start, end, si)` of: only what lies beyond the lexed part is lexed.
///
/// `left` is the start and `right` the end of a whitespace-separated chunk (or the sentence's
/// bounds), so no token crosses either and the tokens are those of lexing the window alone; the
/// lexed part ends at such a chunk end too, so lexing on from it is lexing in one go.
fn window<'b>(
    text: &str,
    (left, right, si): (usize, usize, usize),
    buf: &'b mut Vec<lex::Tok>,
    lexed: &mut (usize, usize, usize),
) -> &'b [lex::Tok] {
    if lexed.2 != si || left < lexed.0 || left >= lexed.1 {
        buf.clear();
        lex::lex_append(text, left, right, buf);
        *lexed = (left, right, si);
    } else if right > lexed.1 {
        if buf.len() > 256 {
            // Keep the buffer to about a window's tokens in long sentences.
            let k = buf.partition_point(|t| t.start < left);
            buf.drain(..k);
            lexed.0 = left;
        }
        lex::lex_append(text, lexed.1, right, buf);
        lexed.1 = right;
    }
    let a = buf.partition_point(|t| t.start < left);
    let b = buf.partition_point(|t| t.start < right);
    &buf[a..b]
}

/// [`find`] without a DCT and with the default configuration, as the dateline search runs it,
/// handing each expression's span and final value to `visit` in text order, as soon as the scan
/// is past its sentence: `visit` breaking ends the scan there. `slot` receives the scan's state
/// just before the first trigger at or after byte `at`, if the scan gets that far.
pub(crate) fn scan_visiting(
    text: &str,
    sentences: &[Sentence],
    at: usize,
    slot: &mut Option<Resume>,
    mut visit: impl FnMut(Span, &str) -> ControlFlow<()>,
) {
    let mut st = Resume::default();
    let mut scratch = Scratch::new(Snapshot::Pending(at, slot));
    let mut seen = 0;
    'scan: for (k, s) in sentences.iter().enumerate() {
        // Expressions belong to the sentence of their trigger: once the scan stops at the first
        // trigger past sentence `k`, those of sentences up to `k` are all found.
        let stop = if k + 1 < sentences.len() {
            s.span.end
        } else {
            usize::MAX
        };
        let ended = scan(
            text,
            sentences,
            None,
            TemporalConfig::default(),
            &mut st,
            &mut scratch,
            stop,
        );
        for i in seen..st.found.len() {
            let f = &st.found[i];
            let value = match settled_day(&st.found, i, None) {
                Some(day) => Cow::Owned(format!("{day}{}", f.timex.value)),
                None => Cow::Borrowed(f.timex.value.as_str()),
            };
            if visit(f.timex.span, &value).is_break() {
                break 'scan;
            }
        }
        seen = st.found.len();
        if ended {
            break;
        }
    }
    scratch.snapshot.hand_over(st);
}

/// How many sentences back a time of day looks for its day when its own sentence has none.
const TIME_DAY_SENTENCES: usize = 2;

/// The day a time of day `found[k]` takes, if it waits for one: that of the nearest
/// day-precise date in its sentence, else of the last one in the two sentences before, else
/// the DCT's.
fn settled_day(found: &[Found], k: usize, dct: Option<Date>) -> Option<String> {
    if !found[k].pending_day {
        return None;
    }
    let s = found[k].sentence;
    let at = found[k].timex.span.start;
    let day = found
        .iter()
        .filter(|f| f.sentence == s && !f.pending_day)
        .filter_map(|f| {
            let p = Point::parse(&f.timex.value)?;
            p.date()?;
            Some((f.timex.span.start.abs_diff(at), p))
        })
        .min_by_key(|(d, _)| *d)
        .map(|(_, p)| p.value())
        // "struck on Thursday evening. The quake hit at 4:43 p.m.": the day of the last
        // day-precise date of the sentences just before.
        .or_else(|| {
            found[..k]
                .iter()
                .rev()
                .take_while(|f| f.sentence + TIME_DAY_SENTENCES >= s)
                .filter(|f| !f.pending_day)
                .find_map(|f| Point::parse(&f.timex.value).filter(|p| p.d != 0))
                .map(|p| p.value())
        });
    Some(
        day.or_else(|| dct.map(|d| d.to_string()))
            .unwrap_or_else(|| "XXXX-XX-XX".into()),
    )
}

/// Gives times of day their day and appends the expressions to `out`.
fn finish(mut found: Vec<Found>, dct: Option<Date>, out: &mut Vec<Timex>) {
    // Times of day take the day of the nearest day-precise date in their sentence, else of the
    // sentences just before, else the DCT.
    for k in 0..found.len() {
        if let Some(day) = settled_day(&found, k, dct) {
            let tail = std::mem::take(&mut found[k].timex.value);
            found[k].timex.value = format!("{day}{tail}");
        }
    }
    out.extend(found.into_iter().map(|f| f.timex));
}

#[inline]
fn is_space(b: u8) -> bool {
    SPACE[usize::from(b)]
}

/// ASCII whitespace bytes (space, tab, line feed, carriage return, vertical tab, form feed), one
/// load per byte in the word-window scans.
static SPACE: [bool; 256] = {
    let mut t = [false; 256];
    let mut k = 0;
    let spaces = [b' ', b'\t', b'\n', b'\r', 0x0b, 0x0c];
    while k < spaces.len() {
        t[spaces[k] as usize] = true;
        k += 1;
    }
    t
};

/// The start of the `n`th whitespace-separated chunk before `at`, not before `floor`.
fn words_back(text: &str, at: usize, floor: usize, n: usize) -> usize {
    let b = text.as_bytes();
    let mut i = at;
    for _ in 0..n {
        while i > floor && is_space(b[i - 1]) {
            i -= 1;
        }
        if i <= floor {
            return floor;
        }
        i = floor + space::after_prev_space(&b[floor..], i - floor);
    }
    // `i` follows an ASCII space or is `floor`: a character boundary either way.
    i.max(floor)
}

/// The end of the `n`th whitespace-separated chunk after `at`, not after `ceil`.
fn words_on(text: &str, at: usize, ceil: usize, n: usize) -> usize {
    let b = text.as_bytes();
    let mut i = at.min(ceil);
    for _ in 0..n {
        i = space::next_space(&b[..ceil], i);
        while i < ceil && is_space(b[i]) {
            i += 1;
        }
        if i >= ceil {
            return ceil;
        }
    }
    // Back to the end of the last chunk: `i` is at a non-space byte after a space.
    while i > at && is_space(b[i - 1]) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str, dct: &str) -> Vec<(String, String, Label)> {
        let sentences: Vec<Sentence> = crate::segment::split(text)
            .into_iter()
            .map(|span| Sentence { span })
            .collect();
        let mut out = Vec::new();
        find(
            text,
            &sentences,
            dct.parse().ok(),
            TemporalConfig::default(),
            &mut out,
        );
        out.into_iter()
            .map(|t| (text[t.span.range()].to_string(), t.value, t.label))
            .collect()
    }

    /// The document scan resumed from the dateline search's state finds exactly what a fresh
    /// scan finds: heads cut inside a sentence, times of day, relative dates after a date,
    /// triggers in the gap between sentences, and no head at all.
    #[test]
    fn resumed_scan_equals_fresh_scan() {
        let long_line =
            "The council met at 9 a.m. on March 3, 2019 and again the next day. ".repeat(40);
        let many_lines = "Talks resumed on Monday.\nA deal came two weeks later.\n".repeat(10);
        let texts = [
            "Rebels attacked Gao on March 3, 2019. The next day, troops arrived at 6 pm."
                .to_string(),
            format!("Headline\n\n{long_line}"),
            format!(
                "{many_lines}On May 5, 2020 at noon, the army left. Three days later it came back."
            ),
            "Posted on May 22, 2026\n\nTroops left last month.".to_string(),
            "1990s 2001 2002 -- 5 6 7 in 2003, the 1980s.".to_string(),
            String::new(),
        ];
        for text in &texts {
            let sentences: Vec<Sentence> = crate::segment::split(text)
                .into_iter()
                .map(|span| Sentence { span })
                .collect();
            let mut resume = None;
            let dct = find_dct_resumable(text, &sentences, &mut resume);
            let mut fresh = Vec::new();
            find(text, &sentences, dct, TemporalConfig::default(), &mut fresh);
            let mut resumed = Vec::new();
            let resume = resume.filter(|_| dct.is_none());
            find_from(
                text,
                &sentences,
                dct,
                TemporalConfig::default(),
                resume,
                &mut resumed,
            );
            assert_eq!(resumed, fresh, "{text:?}");
            if text.contains("1990s") || text.contains("Gao") {
                assert!(!fresh.is_empty(), "{text:?} has dates");
            }
        }
    }

    #[test]
    fn windows_stay_on_boundaries() {
        let t = "Goïta — déjà vu — in May 2026 ü";
        let got = run(t, "2026-05-22");
        assert_eq!(got[0].0, "May 2026");
        assert_eq!(
            words_back(t, t.find("May").unwrap(), 0, 3),
            t.find("vu").unwrap()
        );
    }

    /// Expressions that open with a capitalized word or an apostrophe are still read now that
    /// the scan skips start positions no rule opens with (debug builds also check each skip).
    #[test]
    fn capitalized_and_apostrophe_openings() {
        let cases = [
            ("Last year the council met twice.", "Last year"),
            ("Earlier this month, troops withdrew.", "Earlier this month"),
            ("About three years passed.", "About three years"),
            ("Several weeks went by.", "Several weeks"),
            ("The past decade was hard.", "The past decade"),
            ("Every Monday, the market opens.", "Every Monday"),
            ("Christmas Day was quiet.", "Christmas Day"),
            ("Good Friday was quiet.", "Good Friday"),
            ("New Year's Eve was quiet.", "New Year's Eve"),
            ("Thanksgiving was quiet.", "Thanksgiving"),
            ("Q3 2024 sales rose.", "Q3 2024"),
            ("FY2024 sales rose.", "FY2024"),
            ("Songs from '90s bands returned.", "'90s"),
            ("Songs from \u{2019}90s bands returned.", "\u{2019}90s"),
            ("Now the talks resume.", "Now"),
            ("Mid-May, the rains came.", "Mid-May"),
        ];
        for (text, want) in cases {
            let got = run(text, "2026-05-22");
            assert!(got.iter().any(|(t, _, _)| t == want), "{text:?}: {got:?}");
        }
    }

    /// Expressions that run on more than [`WORDS_SHORT`] words past their first trigger are
    /// read whole: a rule reading past the short window has the whole window lexed.
    #[test]
    fn expressions_longer_than_the_short_window() {
        let cases = [
            (
                "He was born on the 5th of May , 2001 in Gao.",
                "the 5th of May , 2001",
            ),
            (
                "Talks ran March 3 to 5, 2026 in Algiers.",
                "March 3 to 5, 2026",
            ),
            (
                "The truce lasted two and a half years.",
                "two and a half years",
            ),
        ];
        for (text, want) in cases {
            let got = run(text, "2026-05-22");
            assert!(got.iter().any(|(t, _, _)| t == want), "{text:?}: {got:?}");
        }
    }

    #[test]
    fn seed_sentence() {
        let t = "Russian-backed forces arrived in Mali in December 2021. They were invited by a president who had seized power in a coup that May.";
        let got = run(t, "2026-05-22");
        let vals: Vec<(&str, &str)> = got
            .iter()
            .map(|(a, b, _)| (a.as_str(), b.as_str()))
            .collect();
        assert_eq!(
            vals,
            [("December 2021", "2021-12"), ("that May", "2021-05")]
        );
    }
}
