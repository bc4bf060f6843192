//! Inputs that once broke something, replayed as ordinary tests, named after the bug. Fuzz crash
//! inputs are kept as files in `tests/data/fuzz/<target>/` and replayed by the `fuzz_*` tests.

use chronicle::{Extractor, Label};

use crate::common::check_invariants;

fn extract_checked(text: &str) -> chronicle::Document {
    let doc = Extractor::default().extract(text);
    check_invariants(&doc);
    doc
}

/// An organization head word glued to the end of the text's last token ("Al-Corps") made the
/// head-word rule index one past the token list.
#[test]
fn org_head_word_inside_the_last_token() {
    extract_checked("Al-Corps");
    let text = "Officials said Sahel Defence Corps units arrived. Troops of the Al-Corps left.";
    let doc = extract_checked(text);
    let orgs: Vec<&str> = doc
        .entities_with(Label::Organization)
        .map(|e| e.text(text))
        .collect();
    assert!(orgs.contains(&"Sahel Defence Corps"), "{orgs:?}");
}

/// `Date::add_days` and `Date::from_days_since_epoch` overflowed `i64` (a panic in debug builds)
/// on offsets near `i64::MAX`; they now return `None` like any other out-of-range result.
/// Found by reading the code while writing the `date` fuzz target.
#[test]
fn date_arithmetic_far_out_of_range() {
    use chronicle::Date;
    let d: Date = "2026-05-22".parse().unwrap();
    for n in [
        i64::MAX,
        i64::MAX - 1_000_000,
        i64::MIN,
        i64::MIN + 1,
        3_000_000,
        -800_000,
    ] {
        assert_eq!(d.add_days(n), None, "{n}");
    }
    for days in [i64::MAX, i64::MIN, i64::MAX - 700_000] {
        assert_eq!(Date::from_days_since_epoch(days), None, "{days}");
    }
    assert_eq!(d.add_days(-1).unwrap().to_string(), "2026-05-21");
}
