//! A proleptic Gregorian calendar date, with the arithmetic that normalization needs.

use std::fmt;

use crate::error::{Error, ErrorKind};

/// A calendar date (year, month, day), validated on construction.
///
/// ```
/// use chronicle::Date;
/// let d: Date = "2026-05-22".parse().unwrap();
/// assert_eq!((d.year(), d.month(), d.day()), (2026, 5, 22));
/// assert_eq!(d.to_string(), "2026-05-22");
/// assert!("2026-02-30".parse::<Date>().is_err());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

impl Date {
    /// A date, if `month` and `day` exist in `year`.
    ///
    /// ```
    /// assert!(chronicle::Date::new(2024, 2, 29).is_some());
    /// assert!(chronicle::Date::new(2023, 2, 29).is_none());
    /// ```
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        if !(1..=9999).contains(&year) {
            return None;
        }
        Some(Date {
            year,
            month: month as u8,
            day: day as u8,
        })
    }

    /// The year.
    pub fn year(self) -> i32 {
        self.year
    }

    /// The month, 1-12.
    pub fn month(self) -> u32 {
        u32::from(self.month)
    }

    /// The day of the month, 1-31.
    pub fn day(self) -> u32 {
        u32::from(self.day)
    }

    /// Days since 1970-01-01 (negative before).
    ///
    /// ```
    /// assert_eq!(chronicle::Date::new(1970, 1, 2).unwrap().days_since_epoch(), 1);
    /// ```
    pub fn days_since_epoch(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` days since 1970-01-01, if inside years 1..=9999.
    ///
    /// ```
    /// use chronicle::Date;
    /// let d = Date::new(2024, 2, 28).unwrap();
    /// assert_eq!(Date::from_days_since_epoch(d.days_since_epoch() + 1).unwrap().to_string(), "2024-02-29");
    /// ```
    pub fn from_days_since_epoch(days: i64) -> Option<Date> {
        let z = days.checked_add(719_468)?;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = yoe + era * 400 + i64::from(m <= 2);
        Date::new(i32::try_from(y).ok()?, m as u32, d as u32)
    }

    /// The date `n` days later (earlier if negative).
    ///
    /// ```
    /// let d: chronicle::Date = "2026-03-01".parse().unwrap();
    /// assert_eq!(d.add_days(-1).unwrap().to_string(), "2026-02-28");
    /// ```
    pub fn add_days(self, n: i64) -> Option<Date> {
        Date::from_days_since_epoch(self.days_since_epoch().checked_add(n)?)
    }

    /// Day of the week, Monday = 1 ... Sunday = 7.
    ///
    /// ```
    /// assert_eq!("2026-05-22".parse::<chronicle::Date>().unwrap().weekday(), 5); // a Friday
    /// ```
    pub fn weekday(self) -> u32 {
        // 1970-01-01 was a Thursday (4).
        ((self.days_since_epoch() + 3).rem_euclid(7) + 1) as u32
    }

    /// ISO 8601 week-numbering year and week.
    ///
    /// ```
    /// let d: chronicle::Date = "2026-05-08".parse().unwrap();
    /// assert_eq!(d.iso_week(), (2026, 19));
    /// let d: chronicle::Date = "2021-01-03".parse().unwrap();
    /// assert_eq!(d.iso_week(), (2020, 53));
    /// ```
    pub fn iso_week(self) -> (i32, u32) {
        let thursday = self.add_days(4 - i64::from(self.weekday())).unwrap_or(self);
        let jan1 = Date::new(thursday.year, 1, 1).unwrap_or(thursday);
        let week = (thursday.days_since_epoch() - jan1.days_since_epoch()) / 7 + 1;
        (thursday.year, week as u32)
    }
}

/// Number of days in `month` of `year`.
pub(crate) fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

pub(crate) fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl std::str::FromStr for Date {
    type Err = Error;

    /// Parses `YYYY-MM-DD`. The error says whether the form is wrong or the day does not exist.
    ///
    /// ```
    /// let err = "2026-02-30".parse::<chronicle::Date>().unwrap_err();
    /// assert_eq!(err.to_string(), "\"2026-02-30\" is not a calendar date: 2026-02 has 28 days");
    /// let err = "30/02/2026".parse::<chronicle::Date>().unwrap_err();
    /// assert_eq!(err.to_string(), "\"30/02/2026\" is not a date in YYYY-MM-DD form");
    /// ```
    fn from_str(s: &str) -> Result<Date, Error> {
        let bad = || {
            Error::new(
                ErrorKind::InvalidDate,
                format!("{s:?} is not a date in YYYY-MM-DD form"),
            )
        };
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(bad());
        }
        let num = |r: std::ops::Range<usize>| -> Result<u32, Error> {
            let part = &s[r];
            if !part.bytes().all(|c| c.is_ascii_digit()) {
                return Err(bad());
            }
            part.parse().map_err(|_| bad())
        };
        let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
        let no_such = |why: String| {
            Error::new(
                ErrorKind::InvalidDate,
                format!("{s:?} is not a calendar date: {why}"),
            )
        };
        if !(1..=12).contains(&m) {
            return Err(no_such(format!("there is no month {m}")));
        }
        if y == 0 {
            return Err(no_such("years run from 0001 to 9999".into()));
        }
        let days = days_in_month(y as i32, m);
        Date::new(y as i32, m, d).ok_or_else(|| no_such(format!("{y:04}-{m:02} has {days} days")))
    }
}
