//! Dates: `Date` parsing and arithmetic, and time-expression normalization against any document
//! date (given, or found in a dateline).
#![no_main]

use chronicle::{Date, Extractor, Input};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (i32, u32, u32, i64, &str)| {
    let (y, m, d, shift, text) = input;
    // Parsing: a date parses iff it prints back to the same string.
    if let Ok(date) = text.parse::<Date>() {
        assert_eq!(date.to_string(), text);
    }
    let given = text.get(..10).and_then(|s| s.parse::<Date>().ok());
    if let Some(date) = Date::new(y, m, d).or(given) {
        assert_eq!(date.to_string().parse::<Date>().unwrap(), date);
        let days = date.days_since_epoch();
        assert_eq!(Date::from_days_since_epoch(days), Some(date));
        assert!((1..=7).contains(&date.weekday()));
        let (_, week) = date.iso_week();
        assert!((1..=53).contains(&week));
        if let Some(later) = date.add_days(shift) {
            assert_eq!(later.days_since_epoch() - days, shift);
        }
        // Normalization against this date, over the text.
        let doc = Extractor::default().extract_with(Input::new(text).with_document_date(date));
        chronicle_fuzz::check_document(&doc, text);
        for e in &doc.entities {
            if let Some(v) = &e.value {
                assert!(!v.is_empty() && v.is_ascii(), "odd TIMEX value {v:?}");
            }
        }
    }
    // No given date: the dateline finder picks one from the text, or none.
    let doc = Extractor::default().extract(text);
    chronicle_fuzz::check_document(&doc, text);
});
