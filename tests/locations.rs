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
    (
        "Militants ambushed a patrol near Belkoun in the Tillaberi region.",
        &[
            (
                "Belkoun",
                Label::Location,
                "rule:location.place_comma_country",
            ),
            ("Tillaberi", Label::Location, "gazetteer:"),
        ],
    ),
    (
        "Clashes broke out in Vorandi, in South Kivu province, on Monday.",
        &[
            (
                "Vorandi",
                Label::Location,
                "rule:location.place_comma_country",
            ),
            ("South Kivu", Label::Location, "gazetteer:"),
        ],
    ),
    (
        "The convoy was attacked near Belkoun, in western Niger.",
        &[
            (
                "Belkoun",
                Label::Location,
                "rule:location.place_comma_country",
            ),
            ("Niger", Label::Location, "gazetteer:"),
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
    // An unknown name, a comma and a known first-level division, after a preposition of
    // motion, a possessive or a list's comma.
    (
        "Relief flights went to Marvale, Iowa, on Friday.",
        &[
            (
                "Marvale",
                Label::Location,
                "rule:location.place_comma_country",
            ),
            ("Iowa", Label::Location, "gazetteer:"),
        ],
    ),
    (
        "He toured Boston, Quarrytown, Vermont and Maine.",
        &[
            ("Boston", Label::Location, "gazetteer:"),
            (
                "Quarrytown",
                Label::Location,
                "rule:location.place_comma_country",
            ),
            ("Vermont", Label::Location, "gazetteer:"),
            ("Maine", Label::Location, "gazetteer:"),
        ],
    ),
    // A given name alone is a place before or after a settlement or division noun.
    (
        "Two shepherds were hurt in Moses village on Friday.",
        &[("Moses", Label::Location, "rule:location.place_type")],
    ),
    (
        "Curfews were lifted in the southern province of Van.",
        &[("Van", Label::Location, "rule:location.place_of")],
    ),
    // "America" alone is the country; inside a longer name it is not.
    (
        "Many migrants still believe that life in America is easier.",
        &[("America", Label::Location, "rule:location.america")],
    ),
    (
        "The rally called America's allies to act.",
        &[("America", Label::Location, "rule:location.america")],
    ),
];

/// "America" inside a longer name is not the country: after a capitalized word or "X of", or
/// before a capitalized word or its possessive and one.
#[test]
fn america_inside_a_name_is_no_place() {
    for text in [
        "The crew trained hard for the America's Cup.",
        "Listeners tuned in to the Voice of America each night.",
        "Shares of America Movil rose.",
        "Growth slowed across Latin America.",
    ] {
        let doc = Extractor::default().extract(text);
        assert!(
            doc.entities_with(Label::Location)
                .all(|e| e.text(text) != "America"),
            "{text}"
        );
    }
}

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

/// A dateline place: its text and country code.
type DatelinePlace = (&'static str, Option<&'static str>);

/// Regression: the place of an all-caps wire dateline ("BAMAKO, March 4 (Reuters) -") was
/// missed or guessed as an organization acronym. (text, dateline places with their country).
const DATELINES: &[(&str, &[DatelinePlace])] = &[
    (
        "BAMAKO, March 4 (Reuters) - Gunmen attacked an army post.",
        &[("BAMAKO", Some("ML"))],
    ),
    (
        "PORT SUDAN/CAIRO, June 12 (Reuters) - Shelling resumed.",
        &[("PORT SUDAN", Some("SD")), ("CAIRO", Some("EG"))],
    ),
    (
        "Headline here\n\nBERLIN (AP) — The coalition agreed a budget.",
        &[("BERLIN", Some("DE"))],
    ),
    (
        "RIO DE JANEIRO, May 2 - Police raided a favela.",
        &[("RIO DE JANEIRO", Some("BR"))],
    ),
    // a known country or state in capitals after the comma is a place too
    (
        "KANO, NIGERIA (Reuters) - Gunmen killed five people overnight.",
        &[("KANO", Some("NG")), ("NIGERIA", Some("NG"))],
    ),
    (
        "GENEVA, SWITZERLAND, March 3 (Reuters) - Talks resumed.",
        &[("GENEVA", Some("CH")), ("SWITZERLAND", Some("CH"))],
    ),
    (
        "WATERLOO, Ont. — The company's shares fell.",
        &[("WATERLOO", Some("CA"))],
    ),
    // An unknown town, with the rest of a dateline after it.
    (
        "KERVALE FALLS, Ill. (AP) — A former mayor was jailed.",
        &[("KERVALE FALLS", None)],
    ),
    // Story labels, shouted headlines and unknown words without a dateline are no places.
    ("ANALYSIS - Climate talks head into overtime.", &[]),
    ("EXCLUSIVE: Bank weighs sale of unit.", &[]),
    ("KERVALE - Talks stall again.", &[]),
    ("GUNMEN KILL SOLDIERS IN RAID ON ARMY POST\n", &[]),
    // Not at a line start: no dateline.
    ("Officials said BAMAKO, the capital, was calm.", &[]),
];

#[test]
fn dateline_places() {
    for (text, want) in DATELINES {
        let doc = Extractor::default().extract(text);
        check_invariants(&doc);
        let got: Vec<(&str, Option<&str>)> = doc
            .entities_with(Label::Location)
            .filter(|e| e.source.to_string() == "rule:location.dateline")
            .map(|e| (e.text(text), e.country.as_ref().map(|c| c.as_str())))
            .collect();
        assert_eq!(&got, want, "{text}");
        // The bracketed agency is the one organization on a dateline.
        assert!(
            want.is_empty()
                || doc
                    .entities_with(Label::Organization)
                    .all(|e| e.source.to_string() == "rule:org.dateline_agency"
                        && matches!(e.text(text), "Reuters" | "AP")),
            "{text}: {:?}",
            doc.entities
        );
    }
}

/// Regression: the agency of a dateline ("(Reuters)", "(AP)") was not an organization.
#[test]
fn dateline_agencies() {
    for (text, agency) in [
        (
            "BAMAKO, March 4 (Reuters) - Gunmen attacked.",
            Some("Reuters"),
        ),
        ("KERVALE FALLS, Ill. (AP) — A mayor was jailed.", Some("AP")),
        ("BERLIN (AP) — The coalition agreed.", Some("AP")),
        ("BERLIN, March 4 - Talks (Round 2) ended.", None),
    ] {
        let doc = Extractor::default().extract(text);
        let got = doc
            .entities_with(Label::Organization)
            .find(|e| e.source.to_string() == "rule:org.dateline_agency")
            .map(|e| e.text(text));
        assert_eq!(got, agency, "{text}");
    }
}

/// Regression: an airport, air base, dam or square was missed, or only the city inside its name
/// was found ("Changi International Airport", "Portland" of "Portland International Airport").
/// (text, expected LOCATION entities).
const FACILITIES: &[(&str, &[&str])] = &[
    (
        "Travel through Singapore's Changi International Airport recovered.",
        &["Singapore", "Changi International Airport"],
    ),
    (
        "The jet left Portland International Airport for John F. Kennedy International Airport.",
        &[
            "Portland International Airport",
            "John F. Kennedy International Airport",
        ],
    ),
    (
        "Troops left Bagram Air Base before protesters filled Tahrir Square.",
        &["Bagram Air Base", "Tahrir Square"],
    ),
    (
        "Engineers inspected the Mosul Dam and the Brooklyn Bridge.",
        &["Mosul Dam", "Brooklyn Bridge"],
    ),
    (
        "Poachers killed two gorillas in Tembaro National Park last week.",
        &["Tembaro National Park"],
    ),
    // A name before a lower-case airfield noun: the name alone; a known place keeps its entry.
    (
        "The jet landed at Heathrow airport after leaving Bagram air base.",
        &["Heathrow", "Bagram"],
    ),
    ("Flights resumed at Baghdad airport.", &["Baghdad"]),
    // So is a name before "crossing".
    (
        "Trucks queued at the Vesnik crossing overnight.",
        &["Vesnik"],
    ),
    (
        "Thousands fled to Dadaab refugee camps in northeastern Kenya.",
        &["Dadaab", "Kenya"],
    ),
    ("Police guarded the Israeli airport.", &[]),
    // A head word inside a longer name, or alone, is no facility.
    ("The Karvel Airport Authority raised fees.", &[]),
    ("The Airport reopened on Monday.", &[]),
];

#[test]
fn facility_names_are_places() {
    for (text, want) in FACILITIES {
        let doc = Extractor::default().extract(text);
        check_invariants(&doc);
        let got: Vec<&str> = doc
            .entities_with(Label::Location)
            .map(|e| e.text(text))
            .collect();
        assert_eq!(&got, want, "{text}: {:?}", doc.entities);
    }
}

/// Regression: the place inside a treaty's name was reported as a LOCATION ("Kyoto" of "Kyoto
/// Protocol"); the treaty is MISC. (text, expected MISC entities).
const TREATIES: &[(&str, &[&str])] = &[
    (
        "Negotiators recalled the Kyoto Protocol and the Paris Agreement.",
        &["Kyoto Protocol", "Paris Agreement"],
    ),
    (
        "The Treaty of Versailles ended the war; the Oslo Accords came later.",
        &["Treaty of Versailles", "Oslo Accords"],
    ),
    (
        "Both sides said the Geneva Conventions applied.",
        &["Geneva Conventions"],
    ),
    // A head word that does not end the name: an organization.
    (
        "The North Atlantic Treaty Organization met in Brussels.",
        &[],
    ),
];

#[test]
fn treaty_names_are_not_places() {
    for (text, want) in TREATIES {
        let doc = Extractor::default().extract(text);
        check_invariants(&doc);
        let got: Vec<&str> = doc
            .entities_with(Label::Misc)
            .map(|e| e.text(text))
            .collect();
        assert_eq!(&got, want, "{text}: {:?}", doc.entities);
        for place in doc.entities_with(Label::Location) {
            assert!(
                !want.iter().any(|w| w.contains(place.text(text))),
                "{text}: place {:?} inside a treaty",
                place.text(text)
            );
        }
    }
}

/// Regression: a demonym that the gazetteer also listed as a small place ("German", an admin1
/// of the Isle of Man; "Somali", a region of Ethiopia; "Thai", an old name of Alor Setar) was
/// reported as a LOCATION instead of a NORP.
#[test]
fn demonyms_are_not_places() {
    for (text, demonym) in [
        ("German officials said the economy shrank.", "German"),
        ("The talks were held in the Somali capital.", "Somali"),
        ("Thai police arrested two men on Monday.", "Thai"),
    ] {
        let doc = Extractor::default().extract(text);
        check_invariants(&doc);
        let e = doc.entities.iter().find(|e| e.text(text) == demonym);
        assert_eq!(
            e.map(|e| e.label),
            Some(Label::Norp),
            "{text}: {:?}",
            doc.entities
        );
    }
}

/// Regression: a district named like a person ("Zinda Jan district") became a PERSON
/// everywhere once a later bare mention was read as a name; the place evidence now wins, and
/// the later mention is the place too.
#[test]
fn place_evidence_beats_a_person_reading() {
    for text in [
        "Zinda Jan district was the worst hit. Aid groups set up clinics in Zinda Jan.",
        "Troops entered Musa Qala district. Residents fled Musa Qala on foot.",
    ] {
        let doc = Extractor::default().extract(text);
        check_invariants(&doc);
        let labels: Vec<(&str, Label)> = doc
            .entities
            .iter()
            .filter(|e| e.label != Label::Organization)
            .map(|e| (e.text(text), e.label))
            .collect();
        assert_eq!(labels.len(), 2, "{text}: {labels:?}");
        assert!(
            labels.iter().all(|&(_, l)| l == Label::Location),
            "{text}: {labels:?}"
        );
    }
}

/// Regression (a one-word place found once by its context was missed when it recurred): "the
/// town of Vremka" vouches for every later mention of "Vremka"; a name the text also writes in
/// lower case ("the town of Marsh", then "the marsh") is not repeated.
#[test]
fn place_found_by_its_context_recurs() {
    let extractor = Extractor::default();
    for (text, name, mentions) in [
        (
            "Rebels captured the town of Vremka on Tuesday. Fighters entered Vremka after \
             heavy fighting, and residents fled Vremka for the hills.",
            "Vremka",
            3,
        ),
        (
            "Floods hit the Velkora district. Velkora was cut off for two days.",
            "Velkora",
            2,
        ),
        // After a sentence-opening "The", the name stands alone too.
        (
            "Troops shelled the town of Dravnik. The Dravnik attack killed six.",
            "Dravnik",
            2,
        ),
        (
            "Volunteers reached the town of Marsh on Monday. Marsh roads were closed, and the \
             marsh was flooded.",
            "Marsh",
            1,
        ),
    ] {
        let doc = extractor.extract(text);
        check_invariants(&doc);
        let found = doc
            .entities
            .iter()
            .filter(|e| e.label == Label::Location && e.text(text) == name)
            .count();
        assert_eq!(found, mentions, "{text}: {:?}", doc.entities);
    }
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

/// Regression (small divisions named like given names read as places): the Isle of Man
/// sheadings "Michael", "Patrick" and "Andreas" made every "Michael ..." a LOCATION; divisions
/// that many people live in ("Victoria", "Alberta", "Brittany") stay places.
#[test]
fn small_divisions_named_like_given_names() {
    crate::common::check_not_found(&[
        (
            "Michael Jordan said the team would win.",
            "Michael",
            Label::Location,
        ),
        (
            "Michael Jordan said the team would win.",
            "Jordan",
            Label::Location,
        ),
        (
            "Patrick Dunmore was charged with fraud on Monday.",
            "Patrick",
            Label::Location,
        ),
        (
            "Andreas Kovel, a local farmer, said the river rose overnight.",
            "Andreas",
            Label::Location,
        ),
    ]);
    crate::common::check_found(&[
        (
            "Michael Jordan said the team would win.",
            "Michael Jordan",
            Label::Person,
            "rule:person.",
        ),
        (
            "Bushfires burned across Victoria on Monday.",
            "Victoria",
            Label::Location,
            "gazetteer:",
        ),
        (
            "Heavy snow fell in Alberta overnight.",
            "Alberta",
            Label::Location,
            "gazetteer:",
        ),
        (
            "Storms battered the coast of Brittany.",
            "Brittany",
            Label::Location,
            "gazetteer:",
        ),
    ]);
}

/// Regression (given name + surname "Lake" read as a lake): "Kari Lake" and "Veronica Lake" are
/// people; after a preposition of place ("in Crystal Lake") or with an unknown first word
/// ("Tana Lake") the head word still makes a place.
#[test]
fn given_name_before_a_head_word_surname() {
    crate::common::check_found(&[
        (
            "Kari Lake said she would appeal the ruling.",
            "Kari Lake",
            Label::Person,
            "rule:person.",
        ),
        (
            "The film starred Veronica Lake and two newcomers.",
            "Veronica Lake",
            Label::Person,
            "rule:person.",
        ),
        (
            "Fishing is banned in Crystal Lake this summer.",
            "Crystal Lake",
            Label::Location,
            "rule:location.feature",
        ),
        (
            "The storm flooded farms around Tana Lake.",
            "Tana Lake",
            Label::Location,
            "rule:location.feature",
        ),
    ]);
    crate::common::check_not_found(&[(
        "Kari Lake said she would appeal the ruling.",
        "Kari Lake",
        Label::Location,
    )]);
}

/// Regression (US state abbreviation after a city missed): "Oak Harbor, Wash.", "Winston-Salem,
/// N.C." and the dateline "FAYETTEVILLE, Ark. —" gave no place for the state; a person's
/// suffix, a legal form or a full state name ending the sentence is no abbreviation.
#[test]
fn state_abbreviation_after_a_city() {
    crate::common::check_found(&[
        (
            "He grew up in Oak Harbor, Wash., and joined the Navy.",
            "Wash.",
            Label::Location,
            "rule:location.state_abbreviation",
        ),
        (
            "The plant in Winston-Salem, N.C., will close in May.",
            "N.C.",
            Label::Location,
            "rule:location.state_abbreviation",
        ),
        (
            "The rally in Washington, D.C., drew thousands.",
            "D.C.",
            Label::Location,
            "rule:location.state_abbreviation",
        ),
        (
            "FAYETTEVILLE, Ark. — A man was arrested on Monday.",
            "Ark.",
            Label::Location,
            "rule:location.state_abbreviation",
        ),
    ]);
    crate::common::check_not_found(&[
        (
            "The factory moved to Columbus, Ohio.",
            "Ohio.",
            Label::Location,
        ),
        (
            "The shares of Houston, Inc. fell sharply.",
            "Inc.",
            Label::Location,
        ),
    ]);
}

/// Regression (South Carolina read as a legal form): "Charleston, S.C." gave ORGANIZATION
/// "Charleston, S.C." because "S.C." was a legal suffix; the dotted initials of a two-word US
/// state after a city are the state, in a dateline too.
#[test]
fn two_word_state_initials_after_a_city() {
    crate::common::check_found(&[
        (
            "She lived in Charleston, S.C., for ten years.",
            "S.C.",
            Label::Location,
            "rule:location.state_abbreviation",
        ),
        (
            "She lived in Charleston, S.C., for ten years.",
            "Charleston",
            Label::Location,
            "gazetteer:",
        ),
        (
            "CHARLESTON, S.C. (Reuters) - A former sheriff pleaded guilty.",
            "S.C.",
            Label::Location,
            "rule:location.state_abbreviation",
        ),
    ]);
    crate::common::check_not_found(&[(
        "She lived in Charleston, S.C., for ten years.",
        "Charleston, S.C.",
        Label::Organization,
    )]);
}

/// Regression (armed group's province read as a place): "Islamic State West Africa Province"
/// gave LOCATION "State West Africa Province" (the run cut to its last words) and "Islamic
/// State Sahel Province" a LOCATION by `rule:location.feature`. A creed word in the run, or a
/// run longer than a place name read there, makes it some other name; places still are read.
#[test]
fn creed_word_or_long_run_before_a_feature_head() {
    let extractor = Extractor::default();
    for sentence in [
        "Fighters from Islamic State West Africa Province attacked a base on Sunday.",
        "The Islamic State Sahel Province claimed the ambush in a statement.",
        "A Christian Mission Valley school reopened after the floods.",
        "Gunmen of the Ansaroul Kidal Gao Menaka Province faction fled.",
    ] {
        let doc = extractor.extract(sentence);
        check_invariants(&doc);
        let feature: Vec<_> = doc
            .entities
            .iter()
            .filter(|e| e.source.to_string() == "rule:location.feature")
            .map(|e| e.text(sentence))
            .collect();
        assert!(feature.is_empty(), "{sentence:?}: {feature:?}");
    }
    crate::common::check_found(&[
        (
            "Boats capsized on the Tana River near the coast.",
            "Tana River",
            Label::Location,
            "rule:location.feature",
        ),
        (
            "Troops were sent to Koulikoro Lake Province after the raid.",
            "Koulikoro Lake Province",
            Label::Location,
            "rule:location.feature",
        ),
    ]);
}

/// Regression (a place name wrapped at a line break): "the mayor of Los\nAngeles" gave
/// LOCATION "Angeles" alone, the line break read as a sentence end and the gazetteer walking
/// spaces only. A single line break between the words of a known name is a space, and the
/// sentence goes on; a blank line still parts them.
#[test]
fn known_name_wrapped_at_a_line_break() {
    let extractor = Extractor::default();
    let cases: &[(&str, Option<&str>, usize)] = &[
        (
            "The mayor of Los\nAngeles said the city would recover.",
            Some("Los\nAngeles"),
            1,
        ),
        (
            "Flights from Hong\nKong were cancelled on Monday.",
            Some("Hong\nKong"),
            1,
        ),
        (
            "Investors in New\nZealand sold shares as prices\nfell.",
            Some("New\nZealand"),
            1,
        ),
        ("The mayor of Los\n\nAngeles said nothing.", None, 2),
    ];
    for &(text, want, sentences) in cases {
        let doc = extractor.extract(text);
        check_invariants(&doc);
        let places: Vec<_> = doc
            .entities
            .iter()
            .filter(|e| e.label == Label::Location && e.text(text).contains('\n'))
            .map(|e| e.text(text))
            .collect();
        assert_eq!(places, want.into_iter().collect::<Vec<_>>(), "{text:?}");
        assert_eq!(doc.sentences.len(), sentences, "{text:?}");
    }
}

/// Regression (a nickname read as the biggest city bearing it): "Garden City", a GeoNames
/// alternate name of Singapore, gave LOCATION with country SG in "Garden City, Kansas". A
/// nickname of English words that other cities bear as their own name is theirs.
#[test]
fn nickname_that_other_cities_bear_as_their_name() {
    let extractor = Extractor::default();
    for text in [
        "He left Garden City, Kansas, for Chicago in May.",
        "The mayor of Garden City said the road would reopen.",
    ] {
        let doc = extractor.extract(text);
        check_invariants(&doc);
        let e = doc
            .entities
            .iter()
            .find(|e| e.text(text) == "Garden City")
            .unwrap_or_else(|| panic!("{text:?}: {:?}", doc.entities));
        assert_eq!(e.label, Label::Location, "{text:?}");
        assert_eq!(
            e.country.map(|c| c.as_str().to_string()),
            Some("US".to_string()),
            "{text:?}"
        );
    }
}

/// Regression (a territory's name cut to a known alias): "the Federal Capital Territory" gave
/// LOCATION "Federal Capital" (an alternate name of Washington). "Territory" is a geographic
/// head word like "Province": the capitalized words before it make the place's name.
#[test]
fn name_before_territory_head() {
    crate::common::check_found(&[
        (
            "The minister of the Federal Capital Territory expressed shock on Monday.",
            "Federal Capital Territory",
            Label::Location,
            "rule:location.feature",
        ),
        (
            "Floods cut roads across the Koulen Territory last week.",
            "Koulen Territory",
            Label::Location,
            "rule:location.feature",
        ),
    ]);
    crate::common::check_not_found(&[(
        "The minister of the Federal Capital Territory expressed shock on Monday.",
        "Federal Capital",
        Label::Location,
    )]);
}

/// Regression (administrative or sea-feature head cut off): "in Kharkiv Oblast" gave LOCATION
/// "Kharkiv", "near Scarborough Shoal" nothing. "Oblast", "Governorate", "Prefecture",
/// "Shoal", "Reef" end a place name like "Province"; "State" and "Region" do so only after a
/// known first-level division outside the United States ("Rakhine State", not "Ohio State").
#[test]
fn admin_and_sea_feature_heads() {
    crate::common::check_found(&[
        (
            "Fighting raged in Kharkiv Oblast on Monday.",
            "Kharkiv Oblast",
            Label::Location,
            "rule:location.feature",
        ),
        (
            "Boats were blocked near Scarborough Shoal last week.",
            "Scarborough Shoal",
            Label::Location,
            "rule:location.feature",
        ),
        (
            "The army seized a town in Rakhine State on Sunday.",
            "Rakhine State",
            Label::Location,
            "rule:location.feature",
        ),
    ]);
    crate::common::check_not_found(&[
        (
            "Fans of Ohio State cheered on Saturday.",
            "Ohio State",
            Label::Location,
        ),
        (
            "Fighters of the Islamic State fled.",
            "Islamic State",
            Label::Location,
        ),
    ]);
}

/// Regression (dateline of an unknown town before a country): "KUPIANSK, Ukraine — Russian
/// forces ..." gave no place for the town; a known country or province then a dash or a
/// bracket completes a dateline like a month does.
#[test]
fn dateline_town_before_a_country_and_a_dash() {
    crate::common::check_found(&[
        (
            "KUPIANSK, Ukraine — Russian forces shelled the town overnight.",
            "KUPIANSK",
            Label::Location,
            "rule:location.dateline",
        ),
        (
            "ZUWAIDA, Gaza Strip (AP) — Two people were killed.",
            "ZUWAIDA",
            Label::Location,
            "rule:location.dateline",
        ),
    ]);
    crate::common::check_not_found(&[(
        "UPDATE, Ukraine — Russian forces shelled the town overnight.",
        "UPDATE",
        Label::Location,
    )]);
}

/// Regression (demonym read as its country): "Ukrainian officials said" gave LOCATION
/// "Ukrainian", a "strong" country name in rigour's data, and no NORP; rigour's one-word
/// demonyms are dropped from the country names, so i18n-nationality's entry stands.
#[test]
fn demonyms_are_norp_not_countries() {
    for (sentence, word) in [
        (
            "Ukrainian officials said drones struck a depot.",
            "Ukrainian",
        ),
        ("Qatari mediators met both sides on Monday.", "Qatari"),
        ("Thousands of Ukrainians fled west.", "Ukrainians"),
        ("Estonian troops joined the exercise.", "Estonian"),
    ] {
        crate::common::check_found(&[(sentence, word, Label::Norp, "gazetteer:")]);
        crate::common::check_not_found(&[(sentence, word, Label::Location)]);
    }
}

/// Regression (a surname read as a big city's alternate name): "The interim leader Yunus
/// promised" gave LOCATION "Yunus" (an alternate name of Khan Yunis), "drafted by Gutierrez and
/// Salazar" two places (alternates of Tuxtla and N'dalatando). A city's alternate name that is
/// a common person's name and no spelling nor word of the city's own name is dropped.
#[test]
fn person_name_alternates_of_cities_are_no_places() {
    crate::common::check_not_found(&[
        (
            "The interim leader Yunus promised elections.",
            "Yunus",
            Label::Location,
        ),
        (
            "The plan was drafted by Gutierrez and Salazar.",
            "Gutierrez",
            Label::Location,
        ),
        (
            "The plan was drafted by Gutierrez and Salazar.",
            "Salazar",
            Label::Location,
        ),
    ]);
    crate::common::check_found(&[
        (
            "Shelling hit Odessa overnight.",
            "Odessa",
            Label::Location,
            "gazetteer:",
        ),
        (
            "The talks moved to Rio on Monday.",
            "Rio",
            Label::Location,
            "gazetteer:",
        ),
    ]);
}

/// Regression (accented full city name cut short): "the mayor of Tuxtla Gutiérrez" gave
/// LOCATION "Tuxtla" (GeoNames lists the full name only as an ASCII alternate); an accented
/// alternate whose fold is a full name starting with the city's name is in the gazetteer.
#[test]
fn accented_full_city_name() {
    crate::common::check_found(&[
        (
            "The mayor of Tuxtla Gutiérrez said the roads were closed.",
            "Tuxtla Gutiérrez",
            Label::Location,
            "gazetteer:",
        ),
        (
            "Protesters marched through Oaxaca de Juárez on Sunday.",
            "Oaxaca de Juárez",
            Label::Location,
            "gazetteer:",
        ),
    ]);
}

/// Regression (settlement noun after an unknown name): "entered Myin Thar village", "in Pabedan
/// township", "in the Bouroum neighborhood" gave no place; "village(s)", "township(s)" and
/// "neighborhood" after capitalized words name a place like "province" does. A known given name
/// alone stays out.
#[test]
fn name_before_a_settlement_noun() {
    crate::common::check_found(&[
        (
            "Troops entered Kyin Lat village on Thursday.",
            "Kyin Lat",
            Label::Location,
            "rule:location.place_type",
        ),
        (
            "Gunmen raided Hmaw Zin and Tet Kone villages overnight.",
            "Tet Kone",
            Label::Location,
            "rule:location.place_type",
        ),
        (
            "Shots were heard in Okpara township at dawn.",
            "Okpara",
            Label::Location,
            "rule:location.place_type",
        ),
        (
            "The patrol was ambushed in the Gourga neighborhood.",
            "Gourga",
            Label::Location,
            "rule:location.place_type",
        ),
    ]);
    crate::common::check_not_found(&[(
        "Soldiers searched the Maria village for weapons.",
        "Maria",
        Label::Location,
    )]);
}

/// Regression (Arabic article spellings of known places): "an assault on al-Fasher", "el-Obeid",
/// "al-Mukalla", "in Deir el-Balah" gave no place (GeoNames writes "El Fasher", "Al Obayyid",
/// "Mukalla", "Dayr al Balah"); the name is looked up with the other forms of the article (or
/// none) and keeps the entry's GeoNames link. Lineage names ("Bashar al-Assad", "Moqtada
/// al-Sadr" though Sadr is a place) and groups ("al-Qaeda") stay what they were.
#[test]
fn arabic_article_spelling_of_a_known_place() {
    let cases: &[(&str, &str, u32)] = &[
        (
            "The militia launched an assault on al-Fasher on Thursday.",
            "al-Fasher",
            379_555,
        ),
        ("Shelling hit el-Fasher again.", "el-Fasher", 379_555),
        (
            "El-Fasher has been under siege since May.",
            "El-Fasher",
            379_555,
        ),
        (
            "Aid trucks reached El Fashir at dawn.",
            "El Fashir",
            379_555,
        ),
        ("Convoys left el-Obeid for the west.", "el-Obeid", 379_003),
        (
            "Separatists took control of al-Mukalla port.",
            "al-Mukalla",
            78_754,
        ),
        (
            "An air strike hit a school in Deir el-Balah.",
            "Deir el-Balah",
            281_141,
        ),
        // A context rule reading the same name does not take the entry away.
        (
            "Residents fled the Sudanese city of El-Fasher.",
            "El-Fasher",
            379_555,
        ),
    ];
    let extractor = Extractor::default();
    for &(sentence, want, geonames_id) in cases {
        let doc = extractor.extract(sentence);
        check_invariants(&doc);
        let hit = doc.entities.iter().find(|e| e.text(sentence) == want);
        let Some(e) = hit else {
            panic!("{sentence:?}: no entity {want:?}; got {:?}", doc.entities);
        };
        assert_eq!(e.label, Label::Location, "{sentence:?}");
        assert_eq!(
            e.place.and_then(|p| p.geonames_id),
            Some(geonames_id),
            "{sentence:?}"
        );
    }
    crate::common::check_not_found(&[
        (
            "Syrian leader Bashar al-Assad spoke.",
            "al-Assad",
            Label::Location,
        ),
        (
            "Cleric Moqtada al-Sadr called for calm.",
            "al-Sadr",
            Label::Location,
        ),
        (
            "Cleric Moqtada al-Sadr called for calm.",
            "Moqtada al-Sadr",
            Label::Location,
        ),
        (
            "The attack was claimed by al-Qaeda.",
            "al-Qaeda",
            Label::Location,
        ),
        (
            "He told Al Jazeera he would stay.",
            "Al Jazeera",
            Label::Location,
        ),
    ]);
}

/// Regression (province cut before a Spanish compass word): "in Davao del Norte" gave LOCATION
/// "Davao" (the city), when the gazetteer had no second-level divisions; a Spanish or Portuguese
/// compass word after a name, joined by "del"/"do" or not, ends the place. A name the gazetteer
/// knows whole keeps its entry (the Philippine provinces now); "Oriental" after no place names
/// no place.
#[test]
fn spanish_compass_word_ends_a_province() {
    crate::common::check_found(&[
        (
            "Gunmen attacked a village in Karvakia del Norte on Sunday.",
            "Karvakia del Norte",
            Label::Location,
            "rule:location.compass_suffix",
        ),
        (
            "Floods hit Zarnak Sur overnight.",
            "Zarnak Sur",
            Label::Location,
            "rule:location.compass_suffix",
        ),
        (
            "Gunmen attacked a village in Davao del Norte on Sunday.",
            "Davao del Norte",
            Label::Location,
            "gazetteer:",
        ),
        (
            "The governor of Ilocos Norte resigned.",
            "Ilocos Norte",
            Label::Location,
            "gazetteer:",
        ),
        (
            "Farmers in Rio Grande do Sul lost their crops.",
            "Rio Grande do Sul",
            Label::Location,
            "gazetteer:",
        ),
    ]);
    crate::common::check_not_found(&[
        (
            "Gunmen attacked a village in Davao del Norte on Sunday.",
            "Davao",
            Label::Location,
        ),
        (
            "He stayed at the Mandarin Oriental downtown.",
            "Mandarin Oriental",
            Label::Location,
        ),
    ]);
}

/// Regression (Philippine village nouns): "in Barangay Mother Tuayan" gave PERSON 'Tuayan'
/// ("Mother" read as a title), "in Sitio Tinulasan" nothing; "Barangay" (village) and "Sitio"
/// (hamlet) open a place name like "Mount" does.
#[test]
fn philippine_village_noun_opens_a_place() {
    crate::common::check_found(&[
        (
            "Soldiers clashed with gunmen in Barangay Mother Kalibo on Monday.",
            "Barangay Mother Kalibo",
            Label::Location,
            "rule:location.feature",
        ),
        (
            "The firefight erupted in Sitio Malugan before dawn.",
            "Sitio Malugan",
            Label::Location,
            "rule:location.feature",
        ),
    ]);
    crate::common::check_not_found(&[(
        "Soldiers clashed with gunmen in Barangay Mother Kalibo on Monday.",
        "Kalibo",
        Label::Person,
    )]);
}

/// Regression (Spanish saint's name cut to its first word): "the municipalities of San
/// Calixto" gave LOCATION 'San' (a town in Mali), "the town of Puerto Jordan" 'Jordan'; a
/// saint's title or "Puerto" opening a capitalized run makes one place with the word after it.
/// "Santa" before a known given name names a person or a figure; names the gazetteer knows
/// whole keep their entry.
#[test]
fn saint_word_opens_a_place() {
    crate::common::check_found(&[
        (
            "Clashes displaced families in San Calixto last week.",
            "San Calixto",
            Label::Location,
            "rule:location.saint_place",
        ),
        (
            "Guerrillas attacked a base near Puerto Jordan on Monday.",
            "Puerto Jordan",
            Label::Location,
            "rule:location.saint_place",
        ),
        (
            "The mayor of San Antonio said the roads were open.",
            "San Antonio",
            Label::Location,
            "gazetteer:",
        ),
    ]);
    crate::common::check_not_found(&[
        (
            "Clashes displaced families in San Calixto last week.",
            "San",
            Label::Location,
        ),
        (
            "Children queued to meet Santa Claus downtown.",
            "Santa Claus",
            Label::Location,
        ),
        (
            "Opposition leader Aung San Suu Kyi spoke.",
            "San Suu",
            Label::Location,
        ),
    ]);
}

/// Regression (lists of places cut to one item): "invaded Makera, Akuzo and Usu villages" gave
/// only 'Usu', "the towns of Tawila, Mellit and Kebkabiya" missed 'Kebkabiya', "the
/// municipalities of San Calixto, El Tarra and Teorama" gave 'San' only. Before a plural place
/// noun, or after one and "of", every name of a list joined by commas and "and" is a place
/// (known places among them keep their entries and do not end the list).
#[test]
fn list_of_places_around_a_plural_place_noun() {
    crate::common::check_found(&[
        (
            "Bandits raided Korama, Dabaki and Tusu villages overnight.",
            "Korama",
            Label::Location,
            "rule:location.place_type",
        ),
        (
            "Bandits raided Korama, Dabaki and Tusu villages overnight.",
            "Dabaki",
            Label::Location,
            "rule:location.place_type",
        ),
        (
            "Families fled to the towns of Tawila, Mellit and Kebkabiya.",
            "Kebkabiya",
            Label::Location,
            "rule:location.place_of",
        ),
        (
            "Fighting spread to the municipalities of San Calixto, El Tarra and Teorama.",
            "El Tarra",
            Label::Location,
            "rule:location.place_of",
        ),
        (
            "Fighting spread to the municipalities of San Calixto, El Tarra and Teorama.",
            "Teorama",
            Label::Location,
            "rule:location.place_of",
        ),
    ]);
    crate::common::check_not_found(&[(
        "Bandits raided Korama and Dabaki villages, police said, and Smith and Jones left.",
        "Smith",
        Label::Location,
    )]);
}

/// Regression (known first word of an unknown place): "in the Hamar Weyne neighborhood" gave
/// LOCATION 'Hamar' (a town in Ethiopia). Before a place noun, a known place followed by
/// capitalized words in no gazetteer match is one place; after a compass word it is not
/// ("northern Syria Assad's forces").
#[test]
fn known_place_opening_an_unknown_name_before_a_place_noun() {
    crate::common::check_found(&[(
        "Gunfire was heard in the Hamar Weyne neighborhood on Sunday.",
        "Hamar Weyne",
        Label::Location,
        "rule:location.place_type",
    )]);
    crate::common::check_not_found(&[
        (
            "Gunfire was heard in the Hamar Weyne neighborhood on Sunday.",
            "Hamar",
            Label::Location,
        ),
        (
            "Shelling in northern Syria Assad forces said nothing.",
            "Syria Assad",
            Label::Location,
        ),
    ]);
}

/// Regression (capitalized settlement heads): "in Sagaing Region's Kani Township" gave PERSON
/// 'Kani Township', "at Yay Lae Kyaun Village" LOCATION 'Lae' (a city in Papua New Guinea);
/// "Township", "Village" and "District" end a place name like "Province" does, when they end
/// the capitalized run ("District Court" is no place).
#[test]
fn capitalized_settlement_head_ends_a_place() {
    crate::common::check_found(&[
        (
            "Jets bombed villages in Mintha Township on Monday.",
            "Mintha Township",
            Label::Location,
            "rule:location.feature",
        ),
        (
            "Fighters attacked the camp at Yay Lae Kyaun Village overnight.",
            "Yay Lae Kyaun Village",
            Label::Location,
            "rule:location.feature",
        ),
        (
            "Floods cut roads in Rutshuru District last week.",
            "Rutshuru District",
            Label::Location,
            "rule:location.feature",
        ),
    ]);
    crate::common::check_not_found(&[
        (
            "Jets bombed villages in Mintha Township on Monday.",
            "Mintha Township",
            Label::Person,
        ),
        (
            "The Kampala District Court ruled on Monday.",
            "Kampala District",
            Label::Location,
        ),
    ]);
}

/// Regression (plural place-type nouns): "in Bannu and Lakki Marwat districts" gave 'Lakki' (a
/// town) and no district; "districts", "provinces", "regions" and "counties" after names read
/// like their singulars, and each name of the list is a place.
#[test]
fn names_before_a_plural_place_type() {
    crate::common::check_found(&[
        (
            "Militants attacked posts in Bannu and Lakki Marwat districts overnight.",
            "Lakki Marwat",
            Label::Location,
            "rule:location.place_type",
        ),
        (
            "Clashes spread to Kabarto and Dunzo provinces.",
            "Kabarto",
            Label::Location,
            "rule:location.place_type",
        ),
        (
            "Floods swept Kwale and Kilifi counties on Monday.",
            "Kwale",
            Label::Location,
            "",
        ),
    ]);
    crate::common::check_not_found(&[(
        "Militants attacked posts in Bannu and Lakki Marwat districts overnight.",
        "Lakki",
        Label::Location,
    )]);
}

/// Regression (a known place describing an apposed place noun): "in Galcad, a central Somalia
/// town" was missed; the words between the determiner and the noun may be known places or
/// nationalities as well as lower-case words. An unknown word there still stops the rule.
#[test]
fn apposed_place_noun_described_by_a_known_place() {
    crate::common::check_found(&[
        (
            "Gunmen struck in Warsheekh, a central Somalia town, killing six soldiers.",
            "Warsheekh",
            Label::Location,
            "rule:location.apposed_place",
        ),
        (
            "Floods hit Tsaunawa, a northern Nigerian village near the border.",
            "Tsaunawa",
            Label::Location,
            "rule:location.apposed_place",
        ),
    ]);
    crate::common::check_not_found(&[(
        "Gunmen struck in Warsheekh, a Kelvara Mining town, killing six soldiers.",
        "Warsheekh",
        Label::Location,
    )]);
}

/// A compass point of a bearing names the place after "of": "12 miles southwest of Tarvenka".
#[test]
fn unknown_name_after_a_compass_bearing() {
    crate::common::check_found(&[
        (
            "The convoy was ambushed 12 miles southwest of Tarvenka on Sunday.",
            "Tarvenka",
            Label::Location,
            "rule:location.place_of",
        ),
        (
            "Police found the graves near Olmeda, a town north of Quilpaya.",
            "Quilpaya",
            Label::Location,
            "rule:location.place_of",
        ),
    ]);
    crate::common::check_not_found(&[(
        "The troops moved north of the river under Dragan Velkov's command.",
        "Dragan Velkov",
        Label::Location,
    )]);
}

/// Regression: pinyin county names ending in "-ian" ("Ludian county", "the county of Ludian",
/// "Minxian and Zhangxian counties") were dropped as adjectives of origin. A word of one or two
/// pinyin syllables is a name; "Parisian", "Canadian" stay adjectives.
#[test]
fn pinyin_names_ending_in_ian_are_places() {
    crate::common::check_labelled_found(
        &[
            ("The quake struck Ludian county on Sunday.", "Ludian"),
            (
                "Rescuers reached the county of Ludian by nightfall.",
                "Ludian",
            ),
            (
                "Aftershocks shook Minxian and Zhangxian counties.",
                "Minxian",
            ),
            (
                "Aftershocks shook Minxian and Zhangxian counties.",
                "Zhangxian",
            ),
            (
                "Residents of Wenxian county fled as the river rose.",
                "Wenxian",
            ),
        ],
        Label::Location,
        "rule:location.",
    );
    crate::common::check_not_found(&[
        (
            "Crews reached the Parisian suburbs.",
            "Parisian",
            Label::Location,
        ),
        (
            "Snow closed the Canadian county roads.",
            "Canadian",
            Label::Location,
        ),
    ]);
}

/// Regression: "the port of Ponta da Madeira" gave LOCATION 'Ponta' and 'Madeira': a lower-case
/// particle between two capitalized words goes on an unknown place's name.
#[test]
fn particle_inside_a_place_name() {
    crate::common::check_labelled_found(
        &[
            (
                "Ships left the port of Ponta da Madeira on Monday.",
                "Ponta da Madeira",
            ),
            (
                "Police raided the town of Tapuio do Morro overnight.",
                "Tapuio do Morro",
            ),
        ],
        Label::Location,
        "rule:location.place_of",
    );
    crate::common::check_not_found(&[(
        "Ships left the port of Ponta da Madeira on Monday.",
        "Ponta",
        Label::Location,
    )]);
}

/// Regression: "a ferry capsized on the Meghna river" missed the river: a lower-case river,
/// island or valley after an unknown capitalized word names a place, as "district" does; the
/// plural names a list.
#[test]
fn lower_case_feature_noun_after_a_name() {
    crate::common::check_labelled_found(
        &[
            (
                "A ferry capsized on the Zorvani river on Sunday.",
                "Zorvani",
            ),
            ("Troops landed on Tarbassi island at dawn.", "Tarbassi"),
            ("Patrols moved up the Kelvash valley overnight.", "Kelvash"),
            ("Floods swept the Ondra and Velka rivers.", "Ondra"),
            ("Floods swept the Ondra and Velka rivers.", "Velka"),
        ],
        Label::Location,
        "rule:location.place_type",
    );
}

/// Regression: "the districts of San Juan de Lurigancho" gave LOCATION 'San Juan': a known
/// place that a particle and a capitalized word continue is the start of a longer name; alone
/// it keeps its entry.
#[test]
fn known_place_continued_by_a_particle() {
    crate::common::check_labelled_found(
        &[(
            "Observers watched the recount in the districts of San Juan de Lurigancho and Comas.",
            "San Juan de Lurigancho",
        )],
        Label::Location,
        "rule:location.place_of",
    );
    crate::common::check_labelled_found(
        &[("The city of San Juan was calm on Monday.", "San Juan")],
        Label::Location,
        "gazetteer:",
    );
}

/// Regression: "in the Depsang and Demchok areas of eastern Ladakh" gave nothing: names before
/// "area"/"areas" (coordinated before the plural) are places.
#[test]
fn names_before_area_are_places() {
    crate::common::check_labelled_found(
        &[
            (
                "Troops pulled back from the Tarvosk and Kelmin areas of the plateau.",
                "Tarvosk",
            ),
            (
                "Troops pulled back from the Tarvosk and Kelmin areas of the plateau.",
                "Kelmin",
            ),
            ("Shelling hit the Vardelo area overnight.", "Vardelo"),
        ],
        Label::Location,
        "rule:location.place_type",
    );
}

/// One word shaped like an English common noun before "area" names a part of a building or a
/// business ("the Sales area"), not a place.
#[test]
fn common_nouns_before_area_are_no_places() {
    for text in [
        "Staff moved into the Sales area on Monday.",
        "The Reception area was closed after the alarm.",
        "Guards searched the Parking area.",
    ] {
        let doc = Extractor::default().extract(text);
        assert!(
            doc.entities_with(Label::Location).next().is_none(),
            "{text}"
        );
    }
}
