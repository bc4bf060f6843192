//! LOCATION context rules, on sentences written for these tests.

use chronicle::{Extractor, Label};

use crate::common::check_invariants;

/// An expected entity: text, label, source prefix.
type Want = (&'static str, Label, &'static str);

/// (sentence, expected entities other than dates).
const RULES: &[(&str, &[Want])] = &[
    (
        "Fighting spread to the town of Tessoumbou on Monday.",
        &[("Tessoumbou", Label::Location, "rule:location.place_of")],
    ),
    (
        "Clashes continued in northern Karvakia overnight.",
        &[("Karvakia", Label::Location, "rule:location.compass")],
    ),
    (
        "Troops moved into Zarnak province last week.",
        &[("Zarnak", Label::Location, "rule:location.place_type")],
    ),
    (
        "Troops patrolled the South Vellum tribal region.",
        &[("South Vellum", Label::Location, "rule:location.place_type")],
    ),
    (
        "The ambush happened near Belkoun, Mali, at dawn.",
        &[
            (
                "Belkoun",
                Label::Location,
                "rule:location.place_comma_country",
            ),
            ("Mali", Label::Location, "gazetteer:"),
        ],
    ),
    // Geographic head words.
    (
        "Floods spread along the Tamsor River overnight.",
        &[("Tamsor River", Label::Location, "rule:location.feature")],
    ),
    (
        "Climbers reached the summit of Mount Keravel.",
        &[("Mount Keravel", Label::Location, "rule:location.feature")],
    ),
    (
        "Tankers crossed the Gulf of Varnos.",
        &[("Gulf of Varnos", Label::Location, "rule:location.feature")],
    ),
    // A possessive before a noun only places have.
    (
        "Tessoumbou's regional governor fled.",
        &[("Tessoumbou", Label::Location, "rule:location.possessive")],
    ),
    ("Okonkwora's lawyer objected.", &[]),
    // A known place keeps its gazetteer entry (and its GeoNames link).
    (
        "Clashes continued in northern Mali.",
        &[("Mali", Label::Location, "gazetteer:")],
    ),
    // Nationalities and regional adjectives are not places.
    (
        "Gunmen attacked northern Malian towns.",
        &[("Malian", Label::Norp, "gazetteer:")],
    ),
    ("Prisons in several eastern European countries closed.", &[]),
    // Organizations, persons and weekdays are not read as places.
    ("Officials in the city of Monday Harbor met.", &[]),
    // A capitalized compass word and an unknown name after a preposition.
    (
        "Fighting continued in South Kordovan for a third day.",
        &[(
            "South Kordovan",
            Label::Location,
            "rule:location.compass_name",
        )],
    ),
    (
        "Shares rose in South Korean trading.",
        &[("South Korean", Label::Norp, "gazetteer:")],
    ),
    ("He was born in North Quarvel Terrace.", &[]),
    (
        "Aid workers in South Ravelle Valley Authority offices waited.",
        &[(
            "South Ravelle Valley Authority",
            Label::Organization,
            "rule:org.",
        )],
    ),
    // A compass point standing for a region after "the", unless it opens a longer name.
    (
        "Ministers sought closer ties with the West after talks on the North's missiles.",
        &[
            ("West", Label::Location, "rule:location.the_compass"),
            ("North", Label::Location, "rule:location.the_compass"),
        ],
    ),
    // Planets: Earth alone, the others after a preposition; a name that goes on is no planet.
    (
        "The probe sent pictures of Earth and landed on Mars in May.",
        &[
            ("Earth", Label::Location, "rule:location.planet"),
            ("Mars", Label::Location, "rule:location.planet"),
        ],
    ),
    ("Engineers said Mars Voyager was ready.", &[]),
    // An unknown name with a place noun in apposition.
    (
        "The toll rose to 200 in Zhenqiao, a mountain town in the north.",
        &[("Zhenqiao", Label::Location, "rule:location.apposed_place")],
    ),
    (
        "Police questioned Dorvalek, a town councillor, on Monday.",
        &[],
    ),
    // A particle name goes on a place name; more nouns read as "NOUN of X".
    (
        "Tourists left the resort town of Sharm al-Qadim.",
        &[("Sharm al-Qadim", Label::Location, "rule:location.place_of")],
    ),
    (
        "Protesters in the republic of Tavrenia marched.",
        &[("Tavrenia", Label::Location, "rule:location.place_of")],
    ),
];

#[test]
fn location_rules() {
    for (text, want) in RULES {
        let doc = Extractor::default().extract(text);
        check_invariants(&doc);
        let got: Vec<(&str, Label, String)> = doc
            .entities
            .iter()
            .filter(|e| e.label != Label::Date)
            .map(|e| (e.text(text), e.label, e.source.to_string()))
            .collect();
        assert_eq!(got.len(), want.len(), "{text}: {got:?}");
        for ((gt, gl, gs), (wt, wl, ws)) in got.iter().zip(want.iter()) {
            assert!(
                gt == wt && gl == wl && gs.starts_with(ws),
                "{text}: got {got:?}, want {want:?}"
            );
        }
    }
}

/// Regression: "eastern European" and "central Asian" were read as places by the compass rule.
#[test]
fn compass_skips_regional_adjectives() {
    for text in [
        "Ministers from central Asian states met.",
        "Several eastern European governments objected.",
    ] {
        let doc = Extractor::default().extract(text);
        assert!(
            doc.entities_with(Label::Location).next().is_none(),
            "{text}"
        );
    }
}

/// Regression: one-word adjectives that the gazetteer lists as short names of longer places
/// ("Jewish" for the Jewish Autonomous Oblast, "Australian" for the Australian Capital Territory)
/// were reported as LOCATION.
#[test]
fn adjectives_are_not_short_place_names() {
    for text in [
        "Jewish groups welcomed the ruling.",
        "Australian troops arrived on Monday.",
    ] {
        let doc = Extractor::default().extract(text);
        assert!(
            doc.entities_with(Label::Location).next().is_none(),
            "{text}: {:?}",
            doc.entities
        );
    }
}

/// Regression: the "US" of "US$40" was reported as a LOCATION.
#[test]
fn currency_prefixes_are_not_places() {
    let text = "The contract is worth US$40 billion.";
    let doc = Extractor::default().extract(text);
    assert!(
        doc.entities_with(Label::Location).next().is_none(),
        "{:?}",
        doc.entities
    );
}

/// A geographic head word inside a longer capitalized run is not a place.
#[test]
fn feature_word_inside_a_longer_name() {
    let text = "The Tamsor Valley Authority raised prices.";
    let doc = Extractor::default().extract(text);
    assert!(
        doc.entities_with(Label::Location).next().is_none(),
        "{:?}",
        doc.entities
    );
}

/// Regression (camp names missed): the name before "refugee camp(s)" or "camp" is a place
/// ("in Valdoor refugee camps", "the Zamzam camp": a given name may name a camp); a surname
/// before a bare "camp" is a political camp, an organization's camp is no place.
#[test]
fn names_before_refugee_camps_are_places() {
    crate::common::check_found(&[
        (
            "Many families live in Valdoor refugee camps in northeastern Kenya.",
            "Valdoor",
            Label::Location,
            "rule:location.camp",
        ),
        (
            "The Zamzam camp is sheltering thousands of displaced people.",
            "Zamzam",
            Label::Location,
            "rule:location.camp",
        ),
        (
            "About 5,000 people fled to the Kordel IDP camp on Sunday.",
            "Kordel",
            Label::Location,
            "rule:location.camp",
        ),
    ]);
    crate::common::check_not_found(&[
        (
            "Aides in the Dorsey camp said the senator would run.",
            "Dorsey",
            Label::Location,
        ),
        (
            "Militants trained at a Taliban camp near the border.",
            "Taliban",
            Label::Location,
        ),
    ]);
}

/// Regression (county truncated to its place): "Fresno County" and "Valdorne County" are one
/// place, not "Fresno" alone; a county office is an organization and keeps its whole name.
#[test]
fn county_names_keep_the_head_word() {
    crate::common::check_found(&[
        (
            "A former Fresno County deputy was arrested on Monday.",
            "Fresno County",
            Label::Location,
            "rule:location.feature",
        ),
        (
            "Floods closed roads across Valdorne County, officials said.",
            "Valdorne County",
            Label::Location,
            "rule:location.feature",
        ),
    ]);
    crate::common::check_not_found(&[
        (
            "A former Fresno County deputy was arrested on Monday.",
            "Fresno",
            Label::Location,
        ),
        (
            "The Valdorne County Sheriff's Office opened an inquiry.",
            "Valdorne County",
            Label::Location,
        ),
    ]);
}
