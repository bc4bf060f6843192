//! Given names from PyPI nomquamgender (`gazetteers/build/generate.py`, `build_nqg_given`) and
//! the place policy that uses its widespread names, table-driven on sentences written for
//! these tests.

use chronicle::{Extractor, Label};

use crate::common::check_invariants;

/// (sentence, person it must find): the first name is only in the nomquamgender list (not in
/// the US census or faker lists), so only the given-name cue finds the person.
const FOUND: &[(&str, &str)] = &[
    (
        "Chukwuemeka Obiora signed the lease for the warehouse.",
        "Chukwuemeka Obiora",
    ),
    (
        "Thandiwe Mokoena won the seat with 52 percent of the vote.",
        "Thandiwe Mokoena",
    ),
    (
        "Abdulkadir Warsame arrived in the capital late on Tuesday.",
        "Abdulkadir Warsame",
    ),
    (
        "Takeshi Morimura resigned after the vote on the budget.",
        "Takeshi Morimura",
    ),
    (
        "Xiaoming Qu signed the agreement for the provincial government.",
        "Xiaoming Qu",
    ),
];

/// (sentence, text, label it must not have).
const NOT_FOUND: &[(&str, &str, Label)] = &[
    // small cities named like a widespread given name are no longer places (Kai, Japan;
    // Deva, Romania; fewer than 100,000 people and not a national capital)
    (
        "The striker, Kai, scored twice in the second half.",
        "Kai",
        Label::Location,
    ),
    (
        "Deva told the court she had not seen the letter.",
        "Deva",
        Label::Location,
    ),
];

#[test]
fn nqg_given_names_found() {
    let extractor = Extractor::default();
    for &(sentence, want) in FOUND {
        let doc = extractor.extract(sentence);
        check_invariants(&doc);
        let hit = doc.entities.iter().find(|e| e.text(sentence) == want);
        let Some(e) = hit else {
            panic!("{sentence:?}: no entity {want:?}; got {:?}", doc.entities);
        };
        assert_eq!(e.label, Label::Person, "{sentence:?}: {want:?}");
        assert!(
            e.source.to_string() == "rule:person.given_name",
            "{sentence:?}: {want:?} from {}",
            e.source
        );
    }
}

#[test]
fn nqg_given_names_not_found() {
    let extractor = Extractor::default();
    for &(sentence, text, label) in NOT_FOUND {
        let doc = extractor.extract(sentence);
        check_invariants(&doc);
        assert!(
            !doc.entities
                .iter()
                .any(|e| e.label == label && e.text(sentence) == text),
            "{sentence:?}: unexpected {label:?} {text:?}: {:?}",
            doc.entities
        );
    }
}
