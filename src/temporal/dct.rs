//! The document creation time (DCT) from a dateline or byline near the top of the text.
//!
//! Only the head of the document is read: its first [`HEAD_LINES`] non-empty lines, within
//! [`HEAD_BYTES`] bytes. A full date there (year, month and day) is the DCT when its line is
//! - a date alone on a line, perhaps with a weekday, a time, or a `|` separated tail
//!   ("March 01, 2008", "Friday, May 22, 2026 10:32 GMT");
//! - a byline or header line: a word such as "Posted", "Published", "Updated", "By", "Date" comes
//!   before the date ("Posted By Thomas Ullman on May 22, 2026", "Date: 2026-05-22");
//! - a news dateline: upper-case place names and a comma before the date, a bracket or dash after
//!   it ("WASHINGTON, Jan. 5, 2024 (Reuters) -"). A dateline without a year ("WASHINGTON, Jan. 5
//!   (Reuters) -") takes its year from a full date or year elsewhere in the head, if any.
//!
//! A date inside a sentence of the body is never taken for the DCT.

use std::ops::ControlFlow;

use super::Date;
use crate::document::{Sentence, Span};

/// Non-empty lines of the head.
const HEAD_LINES: usize = 12;
/// Bytes of the head.
const HEAD_BYTES: usize = 2000;
/// The head never reaches past this, even when its last line is longer.
const HEAD_MAX: usize = 4 * HEAD_BYTES;
/// Bytes of a line looked at after a date.
const LINE_TAIL: usize = 4096;

/// Words that make a line a byline or dateline ("Posted by ... on May 22, 2026"); the first
/// [`KEYWORD_COUNT`] of them mark it on their own, the rest only join such a line.
const BYLINE_WORDS: &[&str] = &[
    "posted",
    "published",
    "updated",
    "by",
    "date",
    "dated",
    "filed",
    "released",
    "created",
    "modified",
    "written",
    "last",
    "on",
    "at",
];

/// How many of [`BYLINE_WORDS`] are keywords on their own.
const KEYWORD_COUNT: usize = 11;

const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
];

/// The DCT found in the head of `text`, if any.
pub(crate) fn find_dct(text: &str, sentences: &[Sentence]) -> Option<Date> {
    find_dct_resumable(text, sentences, &mut None)
}

/// [`find_dct`], also leaving in `resume` the state of its time-expression scan at the end of
/// the last sentence wholly inside the head: the document's own scan (no DCT, default settings)
/// can go on from there (see [`super::Resume`]).
pub(crate) fn find_dct_resumable(
    text: &str,
    sentences: &[Sentence],
    resume: &mut Option<super::Resume>,
) -> Option<Date> {
    let head_end = head_end(text);
    if head_end == 0 {
        return None;
    }
    let head: Vec<Sentence> = sentences
        .iter()
        .filter(|s| s.span.start < head_end)
        .map(|s| Sentence {
            span: Span::new(s.span.start, s.span.end.min(head_end)),
        })
        .collect();
    // Sentences wholly inside the head are the document's own; the last one may be cut.
    let whole = sentences
        .iter()
        .take_while(|s| s.span.end <= head_end)
        .count();
    let at = whole.checked_sub(1).map_or(0, |k| sentences[k].span.end);
    // The expressions are judged in text order as the scan finds them, and the first that
    // makes a DCT ends the scan. A dateline without a year takes the first year anywhere in
    // the head: once one is met before any year, the rest are kept and judged at the end.
    let mut lines = Lines::default();
    let mut year_so_far: Option<i32> = None;
    let mut verdict: Option<Option<Date>> = None;
    let mut kept: Option<Vec<(Span, String)>> = None;
    super::scan_visiting(text, &head, at, resume, |span, value| {
        if verdict.is_some() {
            return ControlFlow::Continue(());
        }
        if let Some(kept) = kept.as_mut() {
            kept.push((span, value.to_string()));
            return ControlFlow::Continue(());
        }
        match judge(text, &mut lines, span, value) {
            Verdict::Dct(d) => {
                verdict = Some(Some(d));
                return ControlFlow::Break(());
            }
            Verdict::Unreadable => verdict = Some(None),
            Verdict::Yearless(m, d) => match year_so_far {
                Some(y) => {
                    if let Some(date) = Date::new(y, m, d) {
                        verdict = Some(Some(date));
                        return ControlFlow::Break(());
                    }
                }
                None => kept = Some(vec![(span, value.to_string())]),
            },
            Verdict::No => {}
        }
        if year_so_far.is_none() {
            year_so_far = year_of(value);
        }
        ControlFlow::Continue(())
    });
    if let Some(v) = verdict {
        return v;
    }
    // No year before the first yearless dateline: the first year after it is the head's.
    let kept = kept?;
    let year_in_head = kept.iter().find_map(|(_, v)| year_of(v));
    let mut lines = Lines::default();
    for (span, value) in &kept {
        match judge(text, &mut lines, *span, value) {
            Verdict::Dct(d) => return Some(d),
            Verdict::Unreadable => return None,
            Verdict::Yearless(m, d) => {
                if let Some(date) = year_in_head.and_then(|y| Date::new(y, m, d)) {
                    return Some(date);
                }
            }
            Verdict::No => {}
        }
    }
    None
}

/// What an expression of the head says of the DCT.
enum Verdict {
    /// A full date on a dateline or byline: the DCT.
    Dct(Date),
    /// A dateline's month `.0` and day `.1` without a year.
    Yearless(u32, u32),
    /// A yearless dateline whose month or day does not read: the head has no DCT.
    Unreadable,
    No,
}

/// The verdict on the expression at `span` valued `value` (lines asked for in text order).
fn judge(text: &str, lines: &mut Lines, span: Span, value: &str) -> Verdict {
    let full = full_date(value);
    let yearless = value.starts_with("XXXX-") && value.len() == 10;
    if full.is_none() && !yearless {
        // Neither a full date nor a day without a year ("2024", "P3Y"): its line is not read.
        return Verdict::No;
    }
    let (line_start, line_end) = lines.of(text, span);
    let prefix = text[line_start..span.start].trim();
    let suffix = text[span.end..line_end].trim();
    let dateline = is_dateline_prefix(prefix) && dateline_suffix(suffix);
    if let Some(d) = full {
        if (only_weekday(prefix) && tail_ok(suffix))
            || (has_keyword(prefix) && line_end - line_start <= 200)
            || dateline
        {
            return Verdict::Dct(d);
        }
    } else if dateline && yearless {
        // "WASHINGTON, Jan. 5 (Reuters) -": the year from elsewhere in the head.
        return match (value[5..7].parse(), value[8..10].parse()) {
            (Ok(m), Ok(d)) => Verdict::Yearless(m, d),
            _ => Verdict::Unreadable,
        };
    }
    Verdict::No
}

/// The date a value starts with ("2024-01-05", "2024-01-05T10:30").
///
/// Only a `YYYY-MM-DD` shape is parsed: most values ("2024", "P3Y", "XXXX-WXX-3") are not
/// dates, and a failed parse would build its error message for nothing.
fn full_date(value: &str) -> Option<Date> {
    let v = value.get(..10)?;
    let shaped = v.bytes().enumerate().all(|(k, c)| {
        if k == 4 || k == 7 {
            c == b'-'
        } else {
            c.is_ascii_digit()
        }
    });
    if !shaped {
        return None;
    }
    v.parse().ok()
}

/// The year a value starts with ("2024-01-05", "2024").
fn year_of(value: &str) -> Option<i32> {
    let v = value.as_bytes();
    (v.len() >= 4 && v[..4].iter().all(u8::is_ascii_digit))
        .then(|| value[..4].parse::<i32>().ok())
        .flatten()
}

fn head_end(text: &str) -> usize {
    let b = text.as_bytes();
    let mut lines = 0;
    let mut i = 0;
    while i < b.len() && i < HEAD_BYTES {
        let end = memchr_nl(b, i);
        if !text[i..end].trim().is_empty() {
            lines += 1;
        }
        i = end + 1;
        if lines >= HEAD_LINES {
            break;
        }
    }
    // A line that runs far past the head (a text without line breaks) is cut, so that the
    // head, and the work on it, stay bounded.
    let mut end = i.min(text.len());
    if end > HEAD_MAX {
        end = HEAD_MAX;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
    }
    end
}

fn memchr_nl(b: &[u8], from: usize) -> usize {
    memchr::memchr(b'\n', &b[from..]).map_or(b.len(), |p| from + p)
}

/// The lines around the expressions of a head, asked for in text order: each byte is searched
/// for a line break at most once, however many expressions a long line holds.
#[derive(Default)]
struct Lines {
    /// No line break in `text[start_from..]` up to the last position asked for.
    start_from: usize,
    /// The start of the line of the last position asked for.
    start: usize,
    /// No line break in `text[end_from..end_to]`.
    end_from: usize,
    end_to: usize,
}

impl Lines {
    /// The line around `span`; its end is looked for at most [`LINE_TAIL`] bytes past the span
    /// (the tests on the rest of the line need no more), so a huge line costs no more than a
    /// short one.
    fn of(&mut self, text: &str, span: Span) -> (usize, usize) {
        let b = text.as_bytes();
        if span.start < self.start_from {
            *self = Lines::default();
        }
        if let Some(p) = memchr::memrchr(b'\n', &b[self.start_from..span.start]) {
            self.start = self.start_from + p + 1;
        }
        self.start_from = span.start;
        let mut limit = (span.end + LINE_TAIL).min(b.len());
        while !text.is_char_boundary(limit) {
            limit -= 1;
        }
        let from = if (self.end_from..=self.end_to).contains(&span.end) {
            self.end_to
        } else {
            self.end_from = span.end;
            span.end
        };
        let end = memchr_nl(&b[..limit.max(from)], from);
        self.end_to = end;
        (self.start, end.min(limit))
    }
}

fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// Whether `word` is one of the lower-case `list` in any ASCII case.
fn listed(list: &[&str], word: &str) -> bool {
    list.iter().any(|l| l.eq_ignore_ascii_case(word))
}

/// Nothing but a weekday, punctuation and "on"/"at" before the date.
fn only_weekday(prefix: &str) -> bool {
    words(prefix).all(|w| listed(WEEKDAYS, w) || w.eq_ignore_ascii_case("on"))
}

/// Whether a byline or header word comes before the date.
fn has_keyword(prefix: &str) -> bool {
    let any = words(prefix).any(|w| listed(&BYLINE_WORDS[..KEYWORD_COUNT], w));
    // "By Thomas Ullman on", "Posted on", "Date:" ... and nothing that looks like a sentence.
    any && words(prefix).all(|w| {
        listed(BYLINE_WORDS, w)
            || listed(WEEKDAYS, w)
            || w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_numeric())
    })
}

/// After a date alone on its line: nothing, a time, or a separated tail.
fn tail_ok(suffix: &str) -> bool {
    suffix.is_empty()
        || suffix.starts_with([
            '|', '(', '-', '\u{2014}', '\u{2013}', '/', '\u{00b7}', '\u{2022}',
        ])
        || (suffix.len() <= 40
            && words(suffix).all(|w| {
                let l = w.to_ascii_lowercase();
                w.bytes().all(|c| c.is_ascii_digit())
                    || matches!(
                        l.as_str(),
                        "am" | "pm"
                            | "a"
                            | "p"
                            | "m"
                            | "gmt"
                            | "utc"
                            | "et"
                            | "est"
                            | "edt"
                            | "bst"
                            | "cet"
                            | "local"
                            | "time"
                            | "updated"
                            | "at"
                    )
            }))
}

/// "WASHINGTON,", "BAMAKO, Mali,", "NEW YORK (Reuters) --" style: capitalized words and commas.
fn is_dateline_prefix(prefix: &str) -> bool {
    if prefix.is_empty() || prefix.len() > 60 || !prefix.ends_with(',') {
        return false;
    }
    let body = &prefix[..prefix.len() - 1];
    let mut any_upper = false;
    for w in words(body) {
        let first = w.chars().next().unwrap_or('a');
        if !first.is_uppercase() {
            return false;
        }
        if w.chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
        {
            any_upper = true;
        }
    }
    any_upper
}

fn dateline_suffix(suffix: &str) -> bool {
    suffix.is_empty() || suffix.starts_with(['(', '-', '\u{2014}', '\u{2013}', ':', '/'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dct(text: &str) -> Option<String> {
        let sentences: Vec<Sentence> = crate::segment::split(text)
            .into_iter()
            .map(|span| Sentence { span })
            .collect();
        find_dct(text, &sentences).map(|d| d.to_string())
    }

    /// Values read as a date exactly when they parse as one: the shape test only saves the
    /// failed parses.
    #[test]
    fn full_dates_are_the_values_that_parse() {
        for (value, want) in [
            ("2024-01-05", Some("2024-01-05")),
            ("2024-01-05T10:30", Some("2024-01-05")),
            ("2024-02-30", None),
            ("2024", None),
            ("XXXX-01-05", None),
            ("2024-W05-1", None),
            ("2024-01", None),
            ("P3Y", None),
            ("2024-01-0é", None),
        ] {
            let got = full_date(value);
            assert_eq!(got.map(|d| d.to_string()).as_deref(), want, "{value}");
            let parsed: Option<Date> = value.get(..10).and_then(|v| v.parse().ok());
            assert_eq!(got, parsed, "{value}");
        }
    }

    #[test]
    fn datelines_and_bylines() {
        assert_eq!(
            dct("Title\n\nPosted By Thomas Ullman on May 22, 2026\n\nBody text.").as_deref(),
            Some("2026-05-22")
        );
        assert_eq!(
            dct("Headline here\nMarch 01, 2008\nBody.").as_deref(),
            Some("2008-03-01")
        );
        assert_eq!(
            dct("WASHINGTON, Jan. 5, 2024 (Reuters) - The economy grew.").as_deref(),
            Some("2024-01-05")
        );
        assert_eq!(
            dct("Date: 2026-05-22\nSubject: talks\n\nThe talks began.").as_deref(),
            Some("2026-05-22")
        );
        assert_eq!(
            dct("Report\n© 2023 News Agency\nWASHINGTON, Jan. 5 (Reuters) - Talks began.")
                .as_deref(),
            Some("2023-01-05")
        );
    }

    /// A yearless dateline takes the head's first year even when that year comes later, on a
    /// byline that is a DCT of its own: the scan stops at the first DCT only when no yearless
    /// dateline waits for a year.
    #[test]
    fn yearless_dateline_waits_for_a_later_year() {
        assert_eq!(
            dct("WASHINGTON, Jan. 5 (Reuters) - Talks began.\nPosted on May 22, 2026\nMore.")
                .as_deref(),
            Some("2026-01-05")
        );
        assert_eq!(
            dct("Talks began in March 2019.\nWASHINGTON, Jan. 5 (Reuters) - Talks resumed.\nPosted on May 22, 2026\n")
                .as_deref(),
            Some("2019-01-05")
        );
        assert_eq!(
            dct("Posted on May 22, 2026\nWASHINGTON, Jan. 5 (Reuters) - In 2019 talks began.")
                .as_deref(),
            Some("2026-05-22")
        );
    }

    /// Weekdays and byline words count in any case; a value that is no date is never a DCT.
    #[test]
    fn byline_words_in_any_case() {
        let cases = [
            ("Headline\nFRIDAY, May 22, 2026\nBody.", Some("2026-05-22")),
            (
                "Headline\nPOSTED ON May 22, 2026\nBody.",
                Some("2026-05-22"),
            ),
            (
                "Headline\nposted on: May 22, 2026\nBody.",
                Some("2026-05-22"),
            ),
            ("Headline\nPosted on 2026\nBody.", None),
            ("Headline\nPosted three years ago\nBody.", None),
        ];
        for (text, want) in cases {
            assert_eq!(dct(text).as_deref(), want, "{text:?}");
        }
    }

    #[test]
    fn body_dates_are_not_datelines() {
        assert_eq!(
            dct("On March 3, 2019, rebels attacked the town of Gao and killed four people."),
            None
        );
        assert_eq!(dct("WASHINGTON, Jan. 5 (Reuters) - Talks began."), None);
    }
}
