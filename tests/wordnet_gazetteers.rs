//! Gazetteer rows generated from WordNet 3.0 (`gazetteers/build/wordnet.py`) and the
//! place-name ambiguity policy, table-driven on sentences written for these tests.

use chronicle::Label;

use crate::common::{check_found, check_not_found};

/// (sentence, entity text, label it must have, source prefix it must come from).
const FOUND: &[(&str, &str, Label, &str)] = &[
    // organizations: proper-named WordNet synsets under organization, movements, ...
    (
        "Taliban fighters attacked a checkpoint near the border on Sunday.",
        "Taliban",
        Label::Organization,
        "gazetteer:",
    ),
    (
        "A senior al Qaeda commander was killed in the strike.",
        "al Qaeda",
        Label::Organization,
        "gazetteer:",
    ),
    (
        "Officials said al-Qaida had claimed the bombing.",
        "al-Qaida",
        Label::Organization,
        "gazetteer:",
    ),
    (
        "Hezbollah said its members had left the area.",
        "Hezbollah",
        Label::Organization,
        "gazetteer:",
    ),
    // "Hamas" is also a GeoNames alternate name of the German city Hamm: the
    // organization wins.
    (
        "The Hamas leadership rejected the proposal on Tuesday.",
        "Hamas",
        Label::Organization,
        "gazetteer:",
    ),
    // seats of government named for the government (metonymy policy)
    (
        "The Kremlin said the talks had been useful.",
        "Kremlin",
        Label::Organization,
        "gazetteer:",
    ),
    // a country's alternate name ending in a governing-body noun names the body, not the land
    (
        "The Palestinian Authority said it would pay the salaries next month.",
        "Palestinian Authority",
        Label::Organization,
        "rule:org.",
    ),
    // places: WordNet instances that the GeoNames data lacks
    (
        "Fighting resumed in Darfur last week.",
        "Darfur",
        Label::Location,
        "gazetteer:",
    ),
    (
        "Refugees from Bosnia arrived by train on Friday.",
        "Bosnia",
        Label::Location,
        "gazetteer:",
    ),
    (
        "Two tankers crossed the Atlantic in March.",
        "Atlantic",
        Label::Location,
        "gazetteer:",
    ),
    // a country's long name without its inner article, as news writes it
    (
        "Aid convoys reached the Democratic Republic of Congo on Monday.",
        "Democratic Republic of Congo",
        Label::Location,
        "gazetteer:",
    ),
    // GeoNames "Northern Darfur", as news writes it
    (
        "Clashes were reported in North Darfur overnight.",
        "North Darfur",
        Label::Location,
        "gazetteer:",
    ),
    // peoples and believers
    (
        "Thousands of Kurds marched through the city.",
        "Kurds",
        Label::Norp,
        "gazetteer:",
    ),
    (
        "Shiites and Sunnis prayed together on Friday.",
        "Shiites",
        Label::Norp,
        "gazetteer:",
    ),
    (
        "Agents of the Federal Bureau of Investigation searched the house.",
        "Federal Bureau of Investigation",
        Label::Organization,
        "",
    ),
];

/// (sentence, text that must not be an entity with this label).
const NOT_FOUND: &[(&str, &str, Label)] = &[
    // one-word aliases that are common English words never enter ("Base" for al-Qaeda)
    (
        "Base camp was set up at dawn by the climbers.",
        "Base",
        Label::Organization,
    ),
    // "Constantinople" names a church council in WordNet, but it is a place name there too
    (
        "Pilgrims reached Constantinople after a long voyage.",
        "Constantinople",
        Label::Organization,
    ),
    // a small town whose name is a common given name is not a place by itself
    (
        "Adam said he would return to the village soon.",
        "Adam",
        Label::Location,
    ),
    // a three-letter clipping of a city's name is not the city ("Sam" for Damascus)
    (
        "Sam told reporters the deal was done.",
        "Sam",
        Label::Location,
    ),
    // a small town named like an adjective
    (
        "Olympic officials praised the new stadium.",
        "Olympic",
        Label::Location,
    ),
];

#[test]
fn wordnet_entities_found() {
    check_found(FOUND);
}

#[test]
fn wordnet_entities_not_found() {
    check_not_found(NOT_FOUND);
}
