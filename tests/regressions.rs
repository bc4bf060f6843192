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
