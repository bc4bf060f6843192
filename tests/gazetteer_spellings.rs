//! Gazetteer coverage of the spellings news uses for divisions and cities, on sentences written
//! for these tests: each must resolve to the right country and GeoNames id.

use chronicle::{Extractor, Label};

use crate::common::check_invariants;

/// (sentence, place text, country, GeoNames id when the place has one).
type Spelling = (&'static str, &'static str, &'static str, Option<u32>);

/// Regression (news spellings of divisions missing): GeoNames names the divisions officially
/// ("Ingushetiya Republic", "North Ossetia–Alania", "South Waziristan Agency", "Republic of
/// Tyva") and had no second-level divisions, so "Ingushetia", "North Ossetia", "South
/// Waziristan", "Davao del Norte" and the breakaway regions were no places. The alternate
/// names of the GeoNames subdivisions, the names stripped of official prefixes, suffixes and
/// dual-name parts, second-level divisions, rigour's sub-national territories and city
/// alternates without the Arabic article now give them.
const SPELLINGS: &[Spelling] = &[
    (
        "Gunmen attacked a police post in Ingushetia on Tuesday.",
        "Ingushetia",
        "RU",
        Some(556_349),
    ),
    (
        "Officials in North Ossetia said the border crossing was closed.",
        "North Ossetia",
        "RU",
        Some(519_969),
    ),
    (
        "Voters in Tyva went to the polls on Sunday.",
        "Tyva",
        "RU",
        Some(1_488_873),
    ),
    (
        "A drone strike killed four militants in South Waziristan, officials said.",
        "South Waziristan",
        "PK",
        Some(1_164_536),
    ),
    (
        "The army launched an operation in North Waziristan last year.",
        "North Waziristan",
        "PK",
        Some(1_168_875),
    ),
    (
        "Militants attacked a convoy in Balochistan on Monday.",
        "Balochistan",
        "PK",
        Some(1_183_606),
    ),
    (
        "Flooding displaced thousands of families in Davao del Norte.",
        "Davao del Norte",
        "PH",
        Some(1_715_347),
    ),
    (
        "Warplanes struck the port of Hodeidah overnight.",
        "Hodeidah",
        "YE",
        Some(79_415),
    ),
    (
        "Russian troops remain in South Ossetia, the monitors said.",
        "South Ossetia",
        "GE",
        None,
    ),
    (
        "Separatists in Transnistria held a parade on Sunday.",
        "Transnistria",
        "MD",
        Some(858_889),
    ),
];

#[test]
fn news_spellings_of_divisions_and_cities() {
    let extractor = Extractor::default();
    for &(text, place, country, id) in SPELLINGS {
        let doc = extractor.extract(text);
        check_invariants(&doc);
        let e = doc
            .entities
            .iter()
            .find(|e| e.text(text) == place)
            .unwrap_or_else(|| panic!("{text:?}: no {place:?} in {:?}", doc.entities));
        assert_eq!(e.label, Label::Location, "{text:?}");
        assert_eq!(
            e.country.map(|c| c.as_str().to_string()).as_deref(),
            Some(country),
            "{text:?}"
        );
        assert_eq!(e.place.and_then(|p| p.geonames_id), id, "{text:?}");
    }
}

/// Regression (a county's name without its type word read as a place): "Adams County" and
/// "Kern County" are second-level divisions; "Adams" and "Kern" alone are surnames. A
/// one-word district name is a place only with its type word.
#[test]
fn one_word_county_names_need_their_type_word() {
    let extractor = Extractor::default();
    for (text, name) in [
        ("Sheriff Tom Adams said the roads were closed.", "Adams"),
        ("The report by Kern was published on Friday.", "Kern"),
    ] {
        let doc = extractor.extract(text);
        check_invariants(&doc);
        assert!(
            !doc.entities
                .iter()
                .any(|e| e.text(text) == name && e.label == Label::Location),
            "{text:?}: {:?}",
            doc.entities
        );
    }
}

/// Regression (an alternate made of part of a division's name): GeoNames lists "Kashmir" among
/// the alternate names of India's Jammu and Kashmir; taken as a division spelling it would give
/// every "Kashmir" the country IN. An alternate made of only some of the name's words names a
/// larger area: "Kashmir" stays the region, with no country.
#[test]
fn part_of_a_division_name_is_no_spelling_of_it() {
    let extractor = Extractor::default();
    let text = "Troops exchanged fire along the border in Kashmir on Friday.";
    let doc = extractor.extract(text);
    check_invariants(&doc);
    let e = doc
        .entities
        .iter()
        .find(|e| e.text(text) == "Kashmir")
        .unwrap_or_else(|| panic!("{text:?}: {:?}", doc.entities));
    assert_eq!(e.label, Label::Location, "{text:?}");
    assert_eq!(e.country, None, "{text:?}");
}
