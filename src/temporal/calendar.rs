//! Calendar arithmetic for normalization: partial dates ([`Point`]), the direction policies, ISO
//! weeks, quarters and seasons, and TIMEX3 value formatting.

use std::fmt::Write;

use super::date::Date;
use super::lex::Unit;

/// Which way an incompletely specified date ("in April", "on Tuesday") is placed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Dir {
    /// The latest such date on or before the anchor.
    Past,
    /// The earliest such date on or after the anchor.
    Future,
    /// Whichever is nearer (past on ties).
    Nearest,
}

/// A calendar value of year, month or day precision (`m`/`d` are 0 when absent).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Point {
    pub y: i32,
    pub m: u32,
    pub d: u32,
}

impl Point {
    pub(super) fn day(d: Date) -> Point {
        Point {
            y: d.year(),
            m: d.month(),
            d: d.day(),
        }
    }

    pub(super) fn date(self) -> Option<Date> {
        if self.d == 0 {
            None
        } else {
            Date::new(self.y, self.m, self.d)
        }
    }

    /// Parses the calendar prefix of a TIMEX3 value: `YYYY`, `YYYY-MM`, `YYYY-MM-DD...`.
    pub(super) fn parse(v: &str) -> Option<Point> {
        let b = v.as_bytes();
        if b.len() < 4 || !b[..4].iter().all(u8::is_ascii_digit) {
            return None;
        }
        if b.len() > 4 && b[4] != b'-' {
            return None;
        }
        let y: i32 = v[..4].parse().ok()?;
        let two = |s: usize| -> Option<u32> {
            let p = b.get(s..s + 2)?;
            if p.iter().all(u8::is_ascii_digit) {
                v[s..s + 2].parse().ok()
            } else {
                None
            }
        };
        let m = if b.len() >= 7 { two(5) } else { None };
        let Some(m) = m else {
            return if b.len() == 4 {
                Some(Point { y, m: 0, d: 0 })
            } else {
                None
            };
        };
        if !(1..=12).contains(&m) {
            return None;
        }
        let d = if b.len() >= 10 && b[7] == b'-' {
            two(8).unwrap_or(0)
        } else {
            0
        };
        Some(Point { y, m, d })
    }

    /// The value at this point's own precision.
    pub(super) fn value(self) -> String {
        if self.m == 0 {
            year(self.y)
        } else if self.d == 0 {
            format!("{}-{:02}", year(self.y), self.m)
        } else {
            format!("{}-{:02}-{:02}", year(self.y), self.m, self.d)
        }
    }
}

/// A four-digit year (negative or huge years are clamped into the printable range), built
/// digit by digit rather than by `format!`: every year expression the scan finds makes one.
pub(super) fn year(y: i32) -> String {
    let y = y.clamp(0, 9999) as u32;
    [y / 1000, y / 100 % 10, y / 10 % 10, y % 10]
        .into_iter()
        .map(|d| char::from(b'0' + d as u8))
        .collect()
}

pub(super) fn ym(y: i32, m: u32) -> String {
    format!("{}-{m:02}", year(y))
}

pub(super) fn month_index(y: i32, m: u32) -> i64 {
    i64::from(y) * 12 + i64::from(m) - 1
}

pub(super) fn from_month_index(i: i64) -> (i32, u32) {
    (i.div_euclid(12) as i32, (i.rem_euclid(12) + 1) as u32)
}

/// `YYYY-Www` of the ISO week containing `d`.
pub(super) fn week(d: Date) -> String {
    let (y, w) = d.iso_week();
    format!("{}-W{w:02}", year(y))
}

/// The year of `m` (1-12) placed relative to the month `(y, am)` in direction `dir`.
pub(super) fn place_month(y: i32, am: u32, m: u32, dir: Dir) -> i32 {
    let past = if m <= am { y } else { y - 1 };
    let future = if m >= am { y } else { y + 1 };
    match dir {
        Dir::Past => past,
        Dir::Future => future,
        Dir::Nearest => {
            let a = month_index(y, am);
            let dp = a - month_index(past, m);
            let df = month_index(future, m) - a;
            if df < dp { future } else { past }
        }
    }
}

/// The date of month-day `(m, d)` placed relative to `anchor` in direction `dir`.
pub(super) fn place_month_day(anchor: Date, m: u32, d: u32, dir: Dir) -> Option<Date> {
    let y = anchor.year();
    // Candidates in the years around the anchor (February 29 exists only in leap years).
    let past = (0..8).find_map(|k| Date::new(y - k, m, d).filter(|c| *c <= anchor));
    let future = (0..8).find_map(|k| Date::new(y + k, m, d).filter(|c| *c >= anchor));
    match dir {
        Dir::Past => past,
        Dir::Future => future,
        Dir::Nearest => match (past, future) {
            (Some(p), Some(f)) => {
                let a = anchor.days_since_epoch();
                if f.days_since_epoch() - a < a - p.days_since_epoch() {
                    Some(f)
                } else {
                    Some(p)
                }
            }
            (p, f) => p.or(f),
        },
    }
}

/// Day `d` of a month placed relative to `anchor` ("on the 12th"): in the anchor's month or
/// one of the two months around it, in direction `dir` (the anchor's month when nearest).
pub(super) fn place_day(anchor: Date, d: u32, dir: Dir) -> Option<Date> {
    let index = month_index(anchor.year(), anchor.month());
    let in_month = |k: i64| {
        let (y, m) = from_month_index(index + k);
        Date::new(y, m, d)
    };
    match dir {
        Dir::Past => (0..3).find_map(|k| in_month(-k).filter(|c| *c <= anchor)),
        Dir::Future => (0..3).find_map(|k| in_month(k).filter(|c| *c >= anchor)),
        Dir::Nearest => in_month(0),
    }
}

/// The date of weekday `wd` (Monday = 1) placed relative to `anchor`.
pub(super) fn place_weekday(anchor: Date, wd: u32, dir: Dir) -> Option<Date> {
    let cur = i64::from(anchor.weekday());
    let back = (cur - i64::from(wd)).rem_euclid(7);
    let fwd = (i64::from(wd) - cur).rem_euclid(7);
    let off = match dir {
        Dir::Past => -back,
        Dir::Future => fwd,
        Dir::Nearest => {
            if fwd < back {
                fwd
            } else {
                -back
            }
        }
    };
    anchor.add_days(off)
}

/// Season codes, spring first (spring from March, summer from June, autumn from September,
/// winter from December: a winter belongs to the year it starts in).
pub(super) const SEASONS: [&str; 4] = ["SP", "SU", "FA", "WI"];

/// The season instance (year, index) that contains month `(y, m)`.
pub(super) fn season_of(y: i32, m: u32) -> (i32, u8) {
    match m {
        3..=5 => (y, 0),
        6..=8 => (y, 1),
        9..=11 => (y, 2),
        12 => (y, 3),
        _ => (y - 1, 3),
    }
}

fn season_index(y: i32, s: u8) -> i64 {
    i64::from(y) * 4 + i64::from(s)
}

/// The season `s` placed relative to the season current at `(y, m)`.
pub(super) fn place_season(y: i32, m: u32, s: u8, dir: Dir) -> i32 {
    let (cy, cs) = season_of(y, m);
    let past = if s <= cs { cy } else { cy - 1 };
    let future = if s >= cs { cy } else { cy + 1 };
    match dir {
        Dir::Past => past,
        Dir::Future => future,
        Dir::Nearest => {
            let c = season_index(cy, cs);
            if season_index(future, s) - c < c - season_index(past, s) {
                future
            } else {
                past
            }
        }
    }
}

/// "last summer" (-1), "this summer" (0), "next summer" (1) at month `(y, m)`.
pub(super) fn shift_season(y: i32, m: u32, s: u8, shift: i64) -> i32 {
    let (cy, cs) = season_of(y, m);
    match shift {
        0 => {
            // "this winter" in January is the winter that began in December.
            if s == 3 && m <= 2 { cy } else { y }
        }
        s_ if s_ < 0 => {
            if s < cs {
                cy
            } else {
                cy - 1
            }
        }
        _ => {
            if s > cs {
                cy
            } else {
                cy + 1
            }
        }
    }
}

/// The quarter (1-4) of month `m`.
pub(super) fn quarter_of(m: u32) -> u32 {
    (m.clamp(1, 12) - 1) / 3 + 1
}

/// A duration amount: a number, or unspecified ("several").
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Amount {
    N(f64),
    X,
}

fn push_num(out: &mut String, n: f64) {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        let _ = write!(out, "{}", n as i64);
    } else {
        let mut s = format!("{n:.3}");
        while s.ends_with('0') {
            s.pop();
        }
        if s.ends_with('.') {
            s.pop();
        }
        out.push_str(&s);
    }
}

/// The TIMEX3 duration value: `P3D`, `PT30M`, `P2.5Y`, `PXY`.
pub(super) fn duration(amount: Amount, unit: Unit) -> String {
    let mut out = String::with_capacity(8);
    let (time, mul, code) = match unit {
        Unit::Second => (true, 1.0, "S"),
        Unit::Minute => (true, 1.0, "M"),
        Unit::Hour => (true, 1.0, "H"),
        Unit::Day => (false, 1.0, "D"),
        Unit::Week => (false, 1.0, "W"),
        Unit::Fortnight => (false, 2.0, "W"),
        Unit::Month => (false, 1.0, "M"),
        Unit::Quarter => (false, 3.0, "M"),
        Unit::Year => (false, 1.0, "Y"),
        Unit::Decade => (false, 10.0, "Y"),
        Unit::Century => (false, 100.0, "Y"),
        Unit::Weekend => (false, 1.0, "WE"),
    };
    out.push('P');
    if time {
        out.push('T');
    }
    match amount {
        Amount::X => {
            out.push('X');
            out.push_str(match unit {
                Unit::Decade => "DE",
                Unit::Century => "CE",
                _ => code,
            });
        }
        Amount::N(n) => {
            let n = n * mul;
            // Halves of a unit are written in the next smaller unit where that is exact.
            if n.fract() != 0.0 && n < 1.0 {
                let smaller = match code {
                    "Y" => Some((12.0, false, "M")),
                    "D" => Some((24.0, true, "H")),
                    "H" => Some((60.0, true, "M")),
                    "M" if time => Some((60.0, true, "S")),
                    _ => None,
                };
                if let Some((k, t2, c2)) = smaller {
                    let m = n * k;
                    if m.fract() == 0.0 {
                        out.truncate(1);
                        if t2 {
                            out.push('T');
                        }
                        push_num(&mut out, m);
                        out.push_str(c2);
                        return out;
                    }
                }
            }
            push_num(&mut out, n);
            out.push_str(code);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn points_parse_values() {
        assert_eq!(
            Point::parse("2026-05-22"),
            Some(Point {
                y: 2026,
                m: 5,
                d: 22
            })
        );
        assert_eq!(
            Point::parse("2021-12"),
            Some(Point {
                y: 2021,
                m: 12,
                d: 0
            })
        );
        assert_eq!(Point::parse("2013").unwrap().value(), "2013");
        assert_eq!(Point::parse("2026-W19"), None);
        assert_eq!(Point::parse("P3D"), None);
        assert_eq!(Point::parse("199X"), None);
    }

    #[test]
    fn month_policies() {
        assert_eq!(place_month(2026, 5, 4, Dir::Past), 2026);
        assert_eq!(place_month(2026, 5, 6, Dir::Past), 2025);
        assert_eq!(place_month(2026, 5, 5, Dir::Past), 2026);
        assert_eq!(place_month(2026, 5, 4, Dir::Future), 2027);
        assert_eq!(place_month(2026, 1, 12, Dir::Nearest), 2025);
        assert_eq!(place_month(2026, 11, 2, Dir::Nearest), 2027);
    }

    #[test]
    fn weekday_policies() {
        // 2026-05-22 is a Friday.
        let a = d("2026-05-22");
        assert_eq!(place_weekday(a, 2, Dir::Past).unwrap(), d("2026-05-19"));
        assert_eq!(place_weekday(a, 5, Dir::Past).unwrap(), a);
        assert_eq!(place_weekday(a, 2, Dir::Future).unwrap(), d("2026-05-26"));
        assert_eq!(place_weekday(a, 7, Dir::Nearest).unwrap(), d("2026-05-24"));
    }

    #[test]
    fn years_are_four_clamped_digits() {
        for (y, want) in [
            (2026, "2026"),
            (7, "0007"),
            (980, "0980"),
            (0, "0000"),
            (-44, "0000"),
            (9999, "9999"),
            (12345, "9999"),
        ] {
            assert_eq!(year(y), want, "{y}");
            assert_eq!(year(y), format!("{:04}", y.clamp(0, 9999)), "{y}");
        }
    }

    #[test]
    fn leap_days_find_a_leap_year() {
        let a = d("2026-05-22");
        assert_eq!(
            place_month_day(a, 2, 29, Dir::Past).unwrap(),
            d("2024-02-29")
        );
        assert_eq!(
            place_month_day(a, 2, 29, Dir::Future).unwrap(),
            d("2028-02-29")
        );
    }

    #[test]
    fn durations() {
        assert_eq!(duration(Amount::N(3.0), Unit::Day), "P3D");
        assert_eq!(duration(Amount::N(30.0), Unit::Minute), "PT30M");
        assert_eq!(duration(Amount::N(2.5), Unit::Year), "P2.5Y");
        assert_eq!(duration(Amount::N(0.5), Unit::Year), "P6M");
        assert_eq!(duration(Amount::N(0.5), Unit::Hour), "PT30M");
        assert_eq!(duration(Amount::N(1.0), Unit::Decade), "P10Y");
        assert_eq!(duration(Amount::X, Unit::Decade), "PXDE");
        assert_eq!(duration(Amount::X, Unit::Hour), "PTXH");
        assert_eq!(duration(Amount::N(2.0), Unit::Fortnight), "P4W");
    }

    #[test]
    fn seasons() {
        assert_eq!(season_of(2026, 1), (2025, 3));
        assert_eq!(shift_season(2026, 5, 1, -1), 2025); // last summer, in May
        assert_eq!(shift_season(2026, 10, 1, -1), 2026); // last summer, in October
        assert_eq!(shift_season(2026, 5, 0, -1), 2025); // last spring, in spring
        assert_eq!(shift_season(2026, 5, 3, -1), 2025); // last winter, in May
        assert_eq!(place_season(2026, 5, 1, Dir::Past), 2025);
        assert_eq!(place_season(2026, 5, 1, Dir::Future), 2026);
    }
}
