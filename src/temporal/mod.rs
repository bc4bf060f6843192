//! Time expressions: recognition and TIMEX3 normalization against the document date.
//!
//! [`find`] runs one ASCII-mode regex over the text; each match is normalized by the rule that
//! produced it, relative to the document creation time (DCT) where the expression is relative.
//! Without a DCT, relative expressions keep an underspecified value (`XXXX-04`, `PAST_REF`):
//! output never depends on the day the code runs.

mod date;

use std::sync::LazyLock;

use regex::Regex;

pub use date::Date;

use crate::document::{Label, Span};

/// A recognized time expression.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Timex {
    pub span: Span,
    pub label: Label,
    pub value: String,
    pub modifier: Option<&'static str>,
    pub rule: &'static str,
}

const MONTH: &str = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)";

static DATE_RE: LazyLock<Regex> = LazyLock::new(|| {
    let m = MONTH;
    let pattern = format!(
        r"(?x-u)
        \b(?P<mdy>{m}\ (?P<mdy_d>[0-3]?[0-9])(?:st|nd|rd|th)?,?\ (?P<mdy_y>[12][0-9]{{3}}))\b
        | \b(?P<dmy>(?P<dmy_d>[0-3]?[0-9])\ (?P<dmy_m>{m})\ (?P<dmy_y>[12][0-9]{{3}}))\b
        | \b(?P<iso>(?P<iso_y>[12][0-9]{{3}})-(?P<iso_m>[01][0-9])-(?P<iso_d>[0-3][0-9]))\b
        | \b(?P<my>(?P<my_m>{m})\ (?P<my_y>[12][0-9]{{3}}))\b
        | \b(?P<part>(?P<part_w>early|mid|late|Early|Mid|Late)[\ -](?P<part_y>[12][0-9]{{3}}))\b
        | \b(?P<rel>(?P<rel_w>[Ll]ast|[Nn]ext|[Tt]his)\ (?P<rel_u>week|month|year))\b
        | \b(?P<ago>(?P<ago_n>one|two|three|four|five|six|seven|eight|nine|ten|[0-9]{{1,2}})\ (?P<ago_u>day|week|month|year)s?\ ago)\b
        | \b(?P<deictic>[Yy]esterday|[Tt]oday|[Tt]omorrow)\b
        | \b(?P<that>[Tt]hat\ (?P<that_m>{m}))
        | \b(?P<year>(?:19|20)[0-9]{{2}})\b
        "
    );
    Regex::new(&pattern).expect("date regex is valid")
});

/// Appends the time expressions of `text` to `out`. `dct` anchors relative expressions.
pub(crate) fn find(text: &str, dct: Option<Date>, out: &mut Vec<Timex>) {
    let mut last: Option<(i32, u32)> = None; // the narrative's last (year, month)
    for caps in DATE_RE.captures_iter(text) {
        let Some(whole) = caps.get(0) else { continue };
        let span = Span::new(whole.start(), whole.end());
        let get = |name: &str| caps.name(name).map(|m| m.as_str());
        let num = |name: &str| get(name).and_then(|s| s.parse::<u32>().ok());
        let (value, rule, modifier): (Option<String>, &'static str, Option<&'static str>) =
            if get("mdy").is_some() {
                let (y, m, d) = (num("mdy_y"), get("mdy").and_then(month_of), num("mdy_d"));
                (ymd(y, m, d), "pattern:date.month_day_year", None)
            } else if get("dmy").is_some() {
                let (y, m, d) = (num("dmy_y"), get("dmy_m").and_then(month_of), num("dmy_d"));
                (ymd(y, m, d), "pattern:date.day_month_year", None)
            } else if get("iso").is_some() {
                (
                    ymd(num("iso_y"), num("iso_m"), num("iso_d")),
                    "pattern:date.iso",
                    None,
                )
            } else if get("my").is_some() {
                let (y, m) = (num("my_y"), get("my_m").and_then(month_of));
                (
                    y.zip(m).map(|(y, m)| format!("{y:04}-{m:02}")),
                    "pattern:date.month_year",
                    None,
                )
            } else if get("part").is_some() {
                let modifier = match get("part_w").map(str::to_ascii_lowercase).as_deref() {
                    Some("early") => "START",
                    Some("mid") => "MID",
                    _ => "END",
                };
                (
                    num("part_y").map(|y| y.to_string()),
                    "pattern:date.part_of_year",
                    Some(modifier),
                )
            } else if get("rel").is_some() {
                let shift = match get("rel_w").map(str::to_ascii_lowercase).as_deref() {
                    Some("last") => -1,
                    Some("next") => 1,
                    _ => 0,
                };
                let unit = get("rel_u").unwrap_or("");
                (
                    Some(relative_unit(dct, unit, shift)),
                    "pattern:date.relative_unit",
                    None,
                )
            } else if get("ago").is_some() {
                let n = get("ago_n").and_then(number_word).unwrap_or(1) as i64;
                let unit = get("ago_u").unwrap_or("day");
                (Some(ago(dct, unit, n)), "pattern:date.ago", None)
            } else if let Some(w) = get("deictic") {
                let shift = match w.to_ascii_lowercase().as_str() {
                    "yesterday" => -1,
                    "tomorrow" => 1,
                    _ => 0,
                };
                let value = match dct.and_then(|d| d.add_days(shift)) {
                    Some(d) => d.to_string(),
                    None if shift == 0 => "PRESENT_REF".to_string(),
                    None => "XXXX-XX-XX".to_string(),
                };
                (Some(value), "pattern:date.deictic", None)
            } else if get("that").is_some() {
                let m = get("that_m").and_then(month_of);
                let y = last.map(|(y, _)| y);
                let value = match (y, m) {
                    (Some(y), Some(m)) => format!("{y:04}-{m:02}"),
                    (None, Some(m)) => format!("XXXX-{m:02}"),
                    _ => continue,
                };
                (Some(value), "pattern:date.anaphoric_month", None)
            } else if get("year").is_some() {
                (get("year").map(str::to_string), "pattern:date.year", None)
            } else {
                continue;
            };
        let Some(value) = value else { continue };
        if let Some(y) = value.get(..4).and_then(|s| s.parse::<i32>().ok()) {
            let m = value
                .get(5..7)
                .and_then(|s| s.parse::<u32>().ok())
                .unwrap_or(0);
            last = Some((y, m));
        }
        out.push(Timex {
            span,
            label: Label::Date,
            value,
            modifier,
            rule,
        });
    }
}

/// The document date from a dateline or byline near the top of the text, if any.
pub(crate) fn find_dct(text: &str) -> Option<Date> {
    let head_end = text.char_indices().nth(600).map_or(text.len(), |(i, _)| i);
    let head = &text[..head_end];
    let mut found = Vec::new();
    find(head, None, &mut found);
    found
        .into_iter()
        .filter(|t| t.value.len() == 10)
        .find_map(|t| t.value.parse().ok())
}

fn ymd(y: Option<u32>, m: Option<u32>, d: Option<u32>) -> Option<String> {
    let date = Date::new(y? as i32, m?, d?)?;
    Some(date.to_string())
}

fn month_of(s: &str) -> Option<u32> {
    const NAMES: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let s = s.trim_start_matches(|c: char| !c.is_ascii_uppercase());
    NAMES
        .iter()
        .position(|n| s.starts_with(n))
        .map(|i| i as u32 + 1)
}

fn number_word(s: &str) -> Option<u32> {
    const WORDS: [&str; 10] = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    WORDS
        .iter()
        .position(|w| *w == s)
        .map(|i| i as u32 + 1)
        .or_else(|| s.parse().ok())
}

fn relative_unit(dct: Option<Date>, unit: &str, shift: i64) -> String {
    let Some(d) = dct else {
        return match (unit, shift) {
            (_, 0) => "PRESENT_REF".into(),
            (_, s) if s < 0 => "PAST_REF".into(),
            _ => "FUTURE_REF".into(),
        };
    };
    match unit {
        "year" => format!("{:04}", i64::from(d.year()) + shift),
        "month" => {
            let total = i64::from(d.year()) * 12 + i64::from(d.month()) - 1 + shift;
            format!(
                "{:04}-{:02}",
                total.div_euclid(12),
                total.rem_euclid(12) + 1
            )
        }
        _ => match d.add_days(7 * shift) {
            Some(w) => {
                let (y, n) = w.iso_week();
                format!("{y:04}-W{n:02}")
            }
            None => "XXXX-WXX".into(),
        },
    }
}

fn ago(dct: Option<Date>, unit: &str, n: i64) -> String {
    let Some(d) = dct else {
        return "PAST_REF".into();
    };
    match unit {
        "day" => d.add_days(-n).map_or("PAST_REF".into(), |d| d.to_string()),
        "week" => d
            .add_days(-7 * n)
            .map_or("PAST_REF".into(), |d| d.to_string()),
        "month" => relative_unit(dct, "month", -n),
        _ => relative_unit(dct, "year", -n),
    }
}
