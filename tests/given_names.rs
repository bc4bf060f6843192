//! Given names from PyPI nomquamgender (`gazetteers/build/generate.py`, `build_nqg_given`) and
//! the place policy that uses its widespread names, table-driven on sentences written for
//! these tests.

use chronicle::Label;

use crate::common::{check_found, check_not_found};

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
    let cases: Vec<_> = FOUND
        .iter()
        .map(|&(sentence, name)| (sentence, name, Label::Person, "rule:person.given_name"))
        .collect();
    check_found(&cases);
}

#[test]
fn nqg_given_names_not_found() {
    check_not_found(NOT_FOUND);
}
