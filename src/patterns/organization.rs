//! Organization rules: head words, legal-form suffixes, institutions named alone, news-English
//! context cues and repeated mentions; and the rules that keep organization names out of
//! products and events. Acronyms are in [`super::acronym`].
//!
//! Rule ids (reported in `source`):
//!
//! - `rule:org.head_word`: capitalized words ending in a head word, optionally followed by an
//!   `of`/`for` phrase of capitalized words, or a `for` phrase then an `of` phrase ("Wagner Group", "Ministry of Defence",
//!   "People's Liberation Army", "Organization of the Petroleum Exporting Countries") or a `to`
//!   phrase ("Committee to Protect Journalists"). A leading capitalized function word ("The",
//!   "A", "In") is left out of the span; so is a nationality before a state's own institution
//!   ("Russian Foreign Ministry": whose ministry) or alone before any head word but an
//!   airline's ("the Turkish Federation"; "British Airways" stays), while before a longer name
//!   it is part of the name ("American Diabetes Association"). On a title-case line (a
//!   headline) one word at most is read before the head word. Head words are the gazetteer's,
//!   industry words after any name ("Douglas Aircraft", "Boeing Commercial Airplanes", "Fox News"; not in headlines), division
//!   words after a known company ("Sony Pictures"), "Force" ("Air Force", "International
//!   Security Assistance Force"), plural heads ("Popular Resistance Committees", "Revolutionary
//!   Guards"), "Democrats" after one qualifying word, a creed too ("Social Democrats", "Christian
//!   Democrats"), "Government" after two ("National Unity Government"), legislatures after a word of their name ("State Duma", "Verkhovna Rada"), compound
//!   heads ("Geological Survey", "Toronto Stock Exchange", "Reporters Without Borders"),
//!   "Exchange" after a place ("Singapore Exchange") and newspaper title words after a place or a day word ("Washington Post",
//!   "Sunday Telegraph"; no of/for tail). No name is proposed where the gazetteer names the whole span as a place that is not
//!   weak ("West Bank"), where the head word modifies a facility ("Changi International
//!   Airport"), or for one common word before a weak head ("Delivery Center").
//! - `rule:org.legal_suffix`: capitalized words ending in a legal-form suffix ("Acme Holdings
//!   Ltd.", "Apple Inc.", "Kanver Co.", "Acme Corp" without the full stop); the suffix is part of the span, and so are words before a
//!   lower-case connective inside the name ("Research in Motion Ltd.").
//! - `rule:org.airline`: "Air" before a place or nationality ("Air France", "Air India"); one
//!   to three capitalized words before "Flight" and a number ("Garuda Indonesia Flight 200").
//! - `rule:org.place_brand`: a country, city or nationality + "Eastern", "Pacific"... as a
//!   two-word name ("China Eastern", "Cathay Pacific"): geography puts the compass word first.
//! - `rule:org.broadcaster`: "Radio" before capitalized words ("Radio Free Asia").
//! - `rule:org.name_opener`: "Deutsche" before capitalized words ("Deutsche Welle"): the German
//!   adjective opens only names of German bodies in English text.
//! - `rule:org.arabic_head`: an Arabic or Urdu organization head word ("Jaish" army, "Jabhat"
//!   front, "Harakat" movement, "Hizb" party, "Kata'ib" brigades, "Hay'at" committee, "Jama'at"
//!   group, "Lashkar" army...) before one to five name words ("Jaish al-Adl", "Harakat
//!   al-Nujaba", "Jama'at Nusrat al-Islam wal-Muslimin"). A head that is also a personal or
//!   place name ("Hayat", "Ansar", "Liwa") opens a name only before an Arabic-article word and
//!   no given name ("Hayat Tahrir al-Sham", not "Hayat Mohammed"); not after a name word
//!   ("Omar Hayat Khan"). "Tahrir" (liberation) is no head: "Tahrir Square".
//! - `rule:org.franchise`: a known organization, optionally "in (the)", then one to three
//!   capitalized words and "Province" ("Islamic State West Africa Province", "Islamic State in
//!   Sahel Province"): a group's regional branch, not the place it names.
//! - `rule:org.sports_club`: a place and up to two more capitalized words before a club word
//!   that ends the name ("Manchester United", "Queens Park Rangers", "Bolton Wanderers"; "City"
//!   and "Town" after a city's name the gazetteer does not know whole with them: "Leicester
//!   City", not "Gaza City"), or a club word before a place ("Real Madrid", "Dynamo Kyiv",
//!   "Sporting Lisbon"): the club, not the place.
//! - `rule:org.court`: a figure ordinal or a seat ("D.C.", "Federal"), an optional "U.S." and
//!   "Circuit", with "Court of Appeals" when it follows ("the 8th Circuit", "the D.C. Circuit",
//!   "the 9th U.S. Circuit Court of Appeals"): a federal appeals court.
//! - `rule:org.institution`: a legislature or armed-service head word used alone ("the Senate",
//!   "Congress", "Senate approval", "three Marines"), also after a nationality ("the Afghan
//!   Army": the nationality says whose).
//! - `rule:org.context`: a capitalized name in an organization slot of news English ("a
//!   spokesman for X", "X spokesman", "X militants", "M23 rebels" (before "rebels" only a code-shaped name or an acronym), "the X group", "the X movement", "the X union", "X news agency", "militant group X", "shares of X" (also "Shares of X" opening a sentence), "energy
//!   giant X", "news agency X", "the state gas company, X.", "an analyst with X", "an
//!   economist at X", "a merger with X", "the acquisition of X", "a stake in X", "a unit of X",
//!   "chief executive of X", "shares in X", "charity X", "media group X", "pollster X", "told Xinhua", "speaking to Xinhua", "according to Dealogic", "Xinhua quoted" (also opening a sentence), ", Interfax reported",
//!   "X, the world's largest maker of ...", "X, Europe's biggest budget airline", "X, a private
//!   equity firm that ...", "X, one of the ... companies", "the X daily/magazine/television/
//!   channel/account", "working for X", "a reporter for X", "the British newspaper, The X.";
//!   after a type noun a surname alone may be the name: "automaker Chrysler", and two or more
//!   words that do not start with a given name ("the German firm Vantrel Hoffer"),
//!   and after an employee or deal noun a name that does not start with a given name: "an analyst
//!   with Brenholt Hayes", "the merger with McDonnell Douglas"). A name that goes on past a lower-case "in"/"of"/"and"/"the" after a
//!   type noun or a cue is taken whole through one to three capitalized words that are no
//!   known entity ("maker Research in Motion", "shares of Research in Motion", "the charity
//!   Save the Children"), and left alone where it goes on further: its end is unknown. Known places,
//!   nationalities, titles and religious adjectives are not names here, nor is one word shaped
//!   like a demonym before a group's people ("Palestinian militants", "Tibetan leader").
//! - `rule:org.club_role`: one or two capitalized words before a club or company role noun (or
//!   "chief executive") and a person's name ("Newcastle boss Rafa Benitez", "Chelsea attacker Armando Broja"): the club,
//!   also where the words name a city; not a country, region or nationality ("England striker").
//!   A body's head role ("Korvagaz chief Alexei Miller", "Dovana president Ana Ruiz") takes no
//!   place and no adjective-shaped word ("Republican chairman"). A word and a city side by side
//!   name a club here and beside a score ("Bayern Munich coach X").
//! - `rule:org.company_signal`: a plain name before a possessive and a noun only companies have
//!   ("Veltrix's shares", "Veltrix's board"), or a club's role noun, there also a city's name
//!   ("Sunderland's manager"; not a country's: "Brazil's coach" is the national side's).
//! - `rule:org.ampersand`: capitalized words joined by "&" ("Bed Bath & Beyond"); not places
//!   ("Trinidad & Tobago") nor single letters ("R&D").
//! - `rule:org.apposed_group`: the name set off by commas after an armed group noun ("a newly
//!   formed militant group, X, claimed", "the rebel group, X.", "an armed faction, X (AB)"),
//!   up to five name words, including transliterated ones ("Harakat-e", "al-Fajr") and known
//!   given names ("Jaish-e Muhammad"); not a known place or nationality that is not weak.
//! - `rule:org.known_as`: the name after a group noun and "known as", "called" or "named" ("a
//!   self-defense group known as X", "allied militias known as X", "the agency, known as X", "a
//!   firm called X"), up to five name words,
//!   known given names included: a group's name, never a person's; not a gazetteer place or
//!   nationality that is not weak.
//! - `rule:org.national_name`: a nationality right before an organization the gazetteer names
//!   with two or more words ("American Red Cross", "Inter-American Commission on Human
//!   Rights"); not before a state's own institution nor a one-word name ("Lebanese Hezbollah").
//! - `rule:org.match_score`: the names beside a match score ("Norwich 1-0 Arsenal",
//!   "Southampton beat Liverpool 3-1", "lost to Leeds 2-1"): teams, also where they name a city
//!   or a state; not a country (its national side stays a place), not a person, not beside a
//!   tennis set ("6-4").
//! - `rule:org.camel_case`: one camel-case word the gazetteer does not know ("BlackBerry",
//!   "WikiLeaks") is a weak organization guess; not after a surname particle ("McCain",
//!   "DeLay"), not a known personal name, not before a number or model code (a product).
//! - `rule:org.coordinated`: one capitalized word the gazetteer does not know, joined by
//!   "and"/"or" to a known or proposed organization and ending there ("according to CNBC and
//!   Reuters", "Reuters and CNBC reported"): news English coordinates like with like.
//! - `rule:org.the`: a capitalized "The" inside a sentence, after a lower-case word or a comma,
//!   right before an organization the gazetteer or a rule names, opens its name ("a report in
//!   The Washington Post").
//! - `rule:org.repeat`: a later mention with exactly the text of an organization a rule found
//!   earlier in the document.
//! - `rule:org.short_form`: a later mention of "X" alone after "X Group" (or another company
//!   head word) was found ("Wagner mercenaries" after "the Wagner Group"); canonical "X Group".
//! - `rule:misc.event` (MISC): a head-word name ending in "Conference" or "Summit" without an
//!   of/for tail is a meeting, not an organization ("Worldwide Developers Conference"); as in
//!   OntoNotes, events are not organizations.
//! - `rule:misc.product` (MISC): a known company right before a model code ("Airbus A380",
//!   "Boeing 787"): the product, not the company.

use super::{Context, push};
use crate::document::{Label, PlaceKind, Span};
use crate::gazetteer::{EntryKind, Match};
use crate::resolve::{Candidate, Priority};
use crate::tokens::Shape;
use crate::words::{self, Case, WordList};

/// The most capitalized words a rule reads before a head word or suffix.
const MAX_NAME_WORDS: usize = 8;

/// The most capitalized words read after "of"/"for" behind a head word.
const MAX_TAIL_WORDS: usize = 6;

/// Capitalized function words and numbers that start sentences but never organization names.
const LEADING_STOP: &[&str] = &[
    "A",
    "After",
    "All",
    "Also",
    "An",
    "And",
    "As",
    "At",
    "Before",
    "Both",
    "But",
    "By",
    "During",
    "Earlier",
    "Eight",
    "Elsewhere",
    "Five",
    "For",
    "Four",
    "From",
    "However",
    "If",
    "In",
    "Its",
    "Later",
    "Many",
    "Meantime",
    "Meanwhile",
    "Most",
    "Nine",
    "Now",
    "Of",
    "On",
    "Or",
    "Separately",
    "Seven",
    "Several",
    "Since",
    "Six",
    "So",
    "Some",
    "Ten",
    "That",
    "The",
    "Their",
    "These",
    "This",
    "Those",
    "Three",
    "Today",
    "Two",
    "Under",
    "When",
    "While",
    "With",
    "Yesterday",
];

/// Head words that name one institution when used alone, after "the" or bare.
const INSTITUTIONS: &[&str] = &[
    "Army",
    "Congress",
    "Marines",
    "Navy",
    "Parliament",
    "Senate",
];

/// Head words of a state's own institutions: a nationality before them says whose institution
/// it is and stays out of the name ("Russian Foreign Ministry", "French Army"); before other
/// head words it is part of the name ("American Diabetes Association").
const STATE_HEADS: &[&str] = &[
    "Army",
    "Battalion",
    "Brigade",
    "Cabinet",
    "Command",
    "Congress",
    "Consulate",
    "Corps",
    "Court",
    "Department",
    "Division",
    "Embassy",
    "Force",
    "Forces",
    "Government",
    "Guard",
    "Guards",
    "Marines",
    "Ministry",
    "Navy",
    "Parliament",
    "Police",
    "Regiment",
    "Senate",
];

/// Industry words that head company names after any capitalized name ("Douglas Aircraft",
/// "Boeing Commercial Airplanes", "Fox News", "Nortel Networks", "Zun Yuan Technology", "Channel
/// Four Television"; and the all-caps "TV": "Press TV"); not on title-case lines, where every
/// word is capitalized.
const INDUSTRY_HEADS: &[&str] = &[
    "Aerospace",
    "Aircraft",
    "Airplanes",
    "Automotive",
    "Chemicals",
    "Computer",
    "Computers",
    "Logistics",
    "Mining",
    "Networks",
    "News",
    "Petroleum",
    "Pharma",
    "Securities",
    "Semiconductor",
    "Semiconductors",
    "Shipbuilding",
    "Shipping",
    "Software",
    "Technology",
    "Telecom",
    "Television",
];

/// Words that extend a known company's name into a division's or an older name ("Apple
/// Computer" is covered by [`INDUSTRY_HEADS`]; "Exxon Energy", "Sony Pictures").
const COMPANY_WORDS: &[&str] = &[
    "Capital",
    "Energy",
    "Entertainment",
    "Financial",
    "Foods",
    "Insurance",
    "Media",
    "Oil",
    "Pictures",
    "Records",
    "Steel",
];

/// A weak head word and the word that must come right before it to make it a head ("Air
/// Lines", "Geological Survey", "Reporters Without Borders", "Medecins Sans Frontieres"); alone
/// these words head no name.
const COMPOUND_HEADS: &[(&str, &str)] = &[
    ("Air", "Lines"),
    ("Geological", "Survey"),
    ("Mercantile", "Exchange"),
    ("Ordnance", "Survey"),
    ("Stock", "Exchange"),
    ("Futures", "Exchange"),
    ("Sans", "Frontieres"),
    ("Without", "Borders"),
];

/// Capitalized facility nouns: a head word right before one modifies the facility's name
/// ("Changi International Airport"), it does not end an organization name.
const FACILITIES: &[&str] = &[
    "Airport", "Airfield", "Arena", "Bridge", "Building", "Campus", "Complex", "Hotel", "Mall",
    "Park", "Square", "Stadium", "Station", "Terminal", "Tower", "Towers",
];

/// Head words of airline names: a nationality before one is the airline's own name ("British
/// Airways", "American Airlines"), not whose airline it is.
const AIRLINE_HEADS: &[&str] = &["Airlines", "Airways"];

/// Head words that need more than one word before them (or an of/for tail) unless that word is
/// a known name: one common word before them is a unit, a venue or a scheme, not an
/// organization ("Delivery Center", "Development Program", "Book Club"; "Carter Center",
/// "World Food Program", "National Press Club" and "Centers for Disease Control" stay).
const WEAK_HEADS: &[&str] = &[
    "Center",
    "Club",
    "Centers",
    "Centre",
    "Centres",
    "Program",
    "Programme",
];

/// Newspaper title words: they head a name after a place or a day word ("Washington Post",
/// "Sunday Telegraph", "Wall Street Journal"), not after any word ("Border Post").
const NEWS_HEADS: &[&str] = &[
    "Gazette",
    "Herald",
    "Journal",
    "Post",
    "Telegraph",
    "Tribune",
];

/// Words that open newspaper titles before a [`NEWS_HEADS`] word.
const NEWS_OPENERS: &[&str] = &["Daily", "Evening", "Morning", "Street", "Sunday"];

/// Head words of meetings: names ending in them are events, labelled MISC ("Worldwide
/// Developers Conference", "Ibero-American Summit"), unless an of/for tail follows.
const EVENT_HEADS: &[&str] = &["Conference", "Summit"];

/// Whether `word` heads the names of meetings ([`EVENT_HEADS`]): an acronym such a name
/// defines is an event too.
pub(super) fn is_event_head(word: &str) -> bool {
    EVENT_HEADS.contains(&word)
}

/// Lower-case words after a number that make it a count, not a model ("Boeing 300 jobs").
const COUNT_NOUNS: &[&str] = &[
    "billion",
    "employees",
    "jobs",
    "million",
    "people",
    "percent",
    "per",
    "staff",
    "thousand",
    "times",
    "workers",
];

/// Institutions that are capitalized alone without "the" in news English.
const BARE_INSTITUTIONS: &[&str] = &[
    "Army",
    "Congress",
    "Marines",
    "Navy",
    "Parliament",
    "Senate",
];

/// Words after a name that make it an organization ("Hamas militants", "X airline", "the X
/// newspaper", "the Houthi movement", "the Mai-Mai militia", "the Barisan Nasional coalition");
/// the name alone is the entity, as in GMB ("Fatah movement" -> "Fatah"). Not "rebels" or
/// "militias": they follow adjectives for peoples and creeds as often as names ("Kurdish
/// rebels", "Maoist rebels", "Arab militias"). Not "party" or "alliance" (GMB labels the names
/// before them as places as often as organizations: left for a convention).
const AFTER_CUES: &[&str] = &[
    "account",
    "airline",
    "airlines",
    "channel",
    "coalition",
    "commander",
    "commanders",
    "daily",
    "fighters",
    "guerrillas",
    "group",
    "gunmen",
    "insurgents",
    "jihadists",
    "leader",
    "leaders",
    "magazine",
    "members",
    "militants",
    "militia",
    "militiamen",
    "movement",
    "network",
    "newspaper",
    "officials",
    "operatives",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "television",
    "union",
    "weekly",
];

/// The cues of [`AFTER_CUES`] for a company or an outlet, which people do not name: before
/// these a name of two or more words that does not start with a given name is the company's even
/// where a later word is also a personal name ("the Corvel Azur airline", "the Hanna Post
/// daily").
const COMPANY_AFTER_CUES: &[&str] = &[
    "airline",
    "airlines",
    "daily",
    "magazine",
    "newspaper",
    "television",
    "weekly",
];

/// The cues of [`AFTER_CUES`] for news outlets: one word before them may be a language, which
/// says what the outlet is written in, not which it is ("an Urdu daily", "Hebrew television").
const OUTLET_CUES: &[&str] = &[
    "account",
    "channel",
    "daily",
    "magazine",
    "newspaper",
    "television",
    "weekly",
];

/// Language names (a closed class) that news English writes before an outlet noun ("an Urdu
/// daily") and that no gazetteer lists as a people.
const LANGUAGES: &[&str] = &[
    "Amharic", "Arabic", "Bengali", "Creole", "Dari", "English", "Farsi", "French", "Hebrew",
    "Hindi", "Kurdish", "Pashto", "Persian", "Russian", "Spanish", "Swahili", "Urdu",
];

/// The cues of [`AFTER_CUES`] that name an armed group's members: before these a name of two
/// or more words is the group's even where it holds a listed given name or surname ("Boko Haram
/// fighters": "Haram" is also a given name); people lead fighters, they do not name them.
const ARMED_MEMBERS: &[&str] = &[
    "fighters",
    "guerrillas",
    "gunmen",
    "insurgents",
    "jihadists",
    "militants",
    "militia",
    "militiamen",
];

/// Cues after which only a code-shaped name ("M23 rebels") or an acronym is a group's: before
/// them a capitalized word is as often a people's ("Tuareg rebels", "Houthi rebels").
const REBEL_CUES: &[&str] = &["rebel", "rebels"];

/// The cues of [`AFTER_CUES`] for a body as a whole ("the X group", "the X movement").
const COLLECTIVE_CUES: &[&str] = &["coalition", "group", "militia", "movement", "network"];

/// Religious adjectives: before "militants" they describe, not name ("Islamist militants").
const RELIGIONS: &[&str] = &[
    "Buddhist",
    "Catholic",
    "Christian",
    "Hindu",
    "Islamic",
    "Islamist",
    "Jewish",
    "Muslim",
    "Protestant",
    "Shi'ite",
    "Shia",
    "Shiite",
    "Sikh",
    "Sunni",
];

/// Lower-case nouns for kinds of organization that news English puts right before a name
/// ("energy giant Gazprom", "news agency Interfax", "automaker Chrysler").
const TYPE_NOUNS: &[&str] = &[
    "agency",
    "airframer",
    "airline",
    "automaker",
    "bank",
    "broadcaster",
    "brokerage",
    "carmaker",
    "carrier",
    "channel",
    "charity",
    "chipmaker",
    "company",
    "conglomerate",
    "daily",
    "drugmaker",
    "exporter",
    "firm",
    "giant",
    "group",
    "insurer",
    "lender",
    "magazine",
    "maker",
    "manufacturer",
    "miner",
    "monopoly",
    "network",
    "newspaper",
    "operator",
    "organisation",
    "organization",
    "outfit",
    "planemaker",
    "pollster",
    "producer",
    "provider",
    "regulator",
    "retailer",
    "site",
    "start-up",
    "startup",
    "station",
    "steelmaker",
    "supplier",
    "tabloid",
    "watchdog",
    "website",
];

/// Capitalized words that are dates, not names, after a type noun ("the company Tuesday").
const DATE_WORDS: &[&str] = &[
    "April",
    "August",
    "December",
    "February",
    "Friday",
    "January",
    "July",
    "June",
    "March",
    "May",
    "Monday",
    "November",
    "October",
    "Saturday",
    "September",
    "Sunday",
    "Thursday",
    "Tuesday",
    "Wednesday",
];

/// Words before a name (with an optional "the") that make it an organization.
const BEFORE_CUES: &[(&str, &str)] = &[
    ("spokesman", "for"),
    ("spokeswoman", "for"),
    ("spokesperson", "for"),
    ("shares", "of"),
    ("shares", "in"),
    ("fighters", "of"),
    ("leader", "of"),
    ("leaders", "of"),
    ("linked", "to"),
    ("loyal", "to"),
    ("members", "of"),
    ("militants", "of"),
    ("militant", "group"),
    ("rebel", "group"),
    ("Islamist", "group"),
    ("armed", "group"),
    ("extremist", "group"),
    ("insurgent", "group"),
    ("jihadist", "group"),
    ("separatist", "group"),
    ("terrorist", "group"),
    ("analyst", "at"),
    ("analyst", "with"),
    ("analysts", "at"),
    ("analysts", "with"),
    ("economist", "at"),
    ("economist", "with"),
    ("economists", "at"),
    ("researcher", "at"),
    ("researcher", "with"),
    ("strategist", "at"),
    ("strategist", "with"),
    ("acquisition", "of"),
    ("executive", "of"),
    ("merged", "with"),
    ("merger", "with"),
    ("stake", "in"),
    ("subsidiary", "of"),
    ("takeover", "of"),
    ("unit", "of"),
    ("working", "for"),
    ("works", "for"),
    ("worked", "for"),
    ("reporter", "for"),
    ("reporters", "for"),
    ("correspondent", "for"),
];

/// Cue words of [`BEFORE_CUES`] for people's employers ("an analyst with X"): a person is not
/// named there, so a surname-like word may be a company's ("an analyst with Brenholt Hayes");
/// a name starting with a known given name is still left alone.
const EMPLOYEE_CUES: &[&str] = &[
    "analyst",
    "analysts",
    "economist",
    "economists",
    "researcher",
    "strategist",
];

/// Cue words of [`BEFORE_CUES`] for companies' deals and parts ("a merger with X", "a stake in
/// X", "a unit of X", "chief executive of X"): as after [`EMPLOYEE_CUES`], a surname-like word
/// may be a company's ("the merger with McKellan Dorsey"), a name starting with a known given
/// name is left alone.
const DEAL_CUES: &[&str] = &[
    "acquisition",
    "executive",
    "merged",
    "merger",
    "stake",
    "subsidiary",
    "takeover",
    "unit",
];

/// The word lists of this module, registered as word classes ([`crate::words`]): compared as
/// written, like the searches they replace.
pub(super) const WORD_LISTS: &[WordList] = &[
    (LEADING_STOP, Case::Exact, words::LEADING_STOP),
    (INSTITUTIONS, Case::Exact, words::INSTITUTION),
    (BARE_INSTITUTIONS, Case::Exact, words::BARE_INSTITUTION),
    (AFTER_CUES, Case::Exact, words::AFTER_CUE),
    (RELIGIONS, Case::Exact, words::RELIGION),
    (TYPE_NOUNS, Case::Exact, words::TYPE_NOUN),
    (DATE_WORDS, Case::Exact, words::DATE_WORD),
    (&BEFORE_CUE_FIRST, Case::Exact, words::BEFORE_CUE),
    (&EXTRA_HEADS, Case::Exact, words::EXTRA_HEAD),
    (&CLUB_WORDS, Case::Exact, words::CLUB),
    (&RARE_CUES, Case::Exact, words::ORG_RARE_CUE),
    (&BEFORE_CUE_FIRST, Case::Fold, words::BEFORE_CUE_ANY_CASE),
];

/// The words the rarer rules start from ([`words::ORG_RARE_CUE`]): every other token skips them
/// on one bit test.
const RARE_CUES: [&str; RARE_CUES_LEN] = words::concat(&[
    &[
        "news",
        "told",
        "quoted",
        "reported",
        "speaking",
        "Speaking",
        "according",
        "According",
        "party",
    ],
    REBEL_CUES,
    COMPANY_POSSESSIONS,
    CLUB_ROLES,
    CORPORATE_ROLES,
    GROUP_NOUNS,
]);
const RARE_CUES_LEN: usize = 9
    + REBEL_CUES.len()
    + COMPANY_POSSESSIONS.len()
    + CLUB_ROLES.len()
    + CORPORATE_ROLES.len()
    + GROUP_NOUNS.len();

/// Every word [`head_kind`] looks for beyond the gazetteer's head words: one class bit tells
/// whether a token needs the lists searched.
const EXTRA_HEADS: [&str; EXTRA_LEN] = words::concat(&[
    EVENT_HEADS,
    INDUSTRY_HEADS,
    NEWS_HEADS,
    COMPANY_WORDS,
    WEAK_HEADS,
    &COMPOUND_SECONDS,
    PLAIN_HEADS,
    QUALIFIED_HEADS,
    COURT_HEADS,
    FLIGHT_WORDS,
    PARTY_PLURALS,
]);

/// The head words of [`COMPOUND_HEADS`] ("Survey" of "Geological Survey").
const COMPOUND_SECONDS: [&str; COMPOUND_HEADS.len()] = {
    let mut out = [""; COMPOUND_HEADS.len()];
    let mut i = 0;
    while i < out.len() {
        out[i] = COMPOUND_HEADS[i].1;
        i += 1;
    }
    out
};

const EXTRA_LEN: usize = EVENT_HEADS.len()
    + INDUSTRY_HEADS.len()
    + WEAK_HEADS.len()
    + NEWS_HEADS.len()
    + COMPANY_WORDS.len()
    + COMPOUND_HEADS.len()
    + PLAIN_HEADS.len()
    + QUALIFIED_HEADS.len()
    + COURT_HEADS.len()
    + FLIGHT_WORDS.len()
    + PARTY_PLURALS.len();

/// Head words beyond the gazetteer's that head a name like its own: "Marines", "Force" ("Air
/// Force"), "Institution" ("Brookings Institution"), "Observatory" ("Syrian Observatory for
/// Human Rights"), the plural heads of armed and political bodies ("Popular Resistance
/// Committees", "Revolutionary Guards") and the names of legislatures that follow a word of
/// their own ("State Duma", "Verkhovna Rada"; "Duma" alone is also a town).
const PLAIN_HEADS: &[&str] = &[
    "Committees",
    "Duma",
    "Force",
    "Guards",
    "Institution",
    "Marines",
    "Observatory",
    "Rada",
];

/// Plural names of a party's members that a word of the party's name qualifies ("Social
/// Democrats", "Christian Democrats", "Free Democrats"): with that word they name the party;
/// alone they name its members.
const PARTY_PLURALS: &[&str] = &["Democrats"];

/// Whether the [`PARTY_PLURALS`] word at token `i` follows one adjacent capitalized name word
/// that does not open the sentence and is no function word, title or nationality (a creed is:
/// "Christian Democrats"; "American Democrats" are members).
fn qualified_party(ctx: &Context<'_>, i: usize) -> bool {
    let k = i.wrapping_sub(1);
    i > 0
        && adjacent(ctx, k)
        && name_word(ctx, k)
        && !sentence_initial(ctx, k)
        && (!has(ctx, k, words::LEADING_STOP) || has(ctx, k, words::RELIGION))
        && !is_kind_at(ctx, k, EntryKind::Title)
        && nationality_len(ctx, k, i) == 0
}

/// Head words that name one body only after two qualifying name words of their own ("National
/// Unity Government", "Transitional Federal Government"): alone or after one word ("the
/// Government", "the Federal Government", "the Iraqi Government") they are any state's.
const QUALIFIED_HEADS: &[&str] = &["Government"];

/// Whether the [`QUALIFIED_HEADS`] word at token `i` follows two adjacent name words that are no
/// known entity, nationality or title ("National Unity Government"; not "Hong Kong Government").
fn qualified_head(ctx: &Context<'_>, i: usize) -> bool {
    i >= 2
        && (i - 2..i).all(|k| {
            adjacent(ctx, k)
                && name_word(ctx, k)
                && !has(ctx, k, words::LEADING_STOP)
                && !gazetteer_entity_at(ctx, k)
                && !is_kind_at(ctx, k, EntryKind::Title)
        })
}

/// The word that names a United States federal appeals court after its number or seat ("the 8th
/// Circuit", "the D.C. Circuit"); alone it heads no name ("a circuit court", "Circuit Judge").
const COURT_HEADS: &[&str] = &["Circuit"];

/// Words that name an appeals circuit by its seat or its reach before [`COURT_HEADS`] ("the
/// D.C. Circuit", "the Federal Circuit").
const CIRCUIT_SEATS: &[&str] = &["D.C.", "Federal"];

/// Whether `word` is an ordinal written in figures ("8th", "2nd", "11th").
fn figure_ordinal(word: &str) -> bool {
    let digits = word.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && digits <= 2 && matches!(&word[digits..], "st" | "nd" | "rd" | "th")
}

/// `rule:org.court`: a figure ordinal or a seat ([`CIRCUIT_SEATS`]), an optional "U.S." and
/// "Circuit", with "Court of Appeals" after it when it follows ("the 8th Circuit", "the D.C.
/// Circuit", "the 9th U.S. Circuit Court of Appeals"): the court, numbered as no other body is.
/// Token `i` is the [`COURT_HEADS`] word; [`head_word`] calls this for it.
fn court_at(ctx: &Context<'_>, i: usize, out: &mut Vec<Candidate>) {
    let toks = ctx.tokens;
    let mut s = i;
    if s > 0 && adjacent(ctx, s - 1) && text_of(ctx, s - 1) == "U.S." {
        s -= 1;
    }
    if s == 0 || !adjacent(ctx, s - 1) {
        return;
    }
    let seat = text_of(ctx, s - 1);
    if !figure_ordinal(seat) && !CIRCUIT_SEATS.contains(&seat) {
        return;
    }
    s -= 1;
    let mut e = i + 1;
    if e + 2 < toks.len()
        && (e - 1..e + 2).all(|k| adjacent(ctx, k))
        && text_of(ctx, e) == "Court"
        && text_of(ctx, e + 1) == "of"
        && text_of(ctx, e + 2) == "Appeals"
    {
        e += 3;
    }
    push(
        out,
        span_of(ctx, s, e),
        Label::Organization,
        "rule:org.court",
    );
}

/// The first words of [`BEFORE_CUES`].
const BEFORE_CUE_FIRST: [&str; BEFORE_CUES.len()] = {
    let mut out = [""; BEFORE_CUES.len()];
    let mut i = 0;
    while i < out.len() {
        out[i] = BEFORE_CUES[i].0;
        i += 1;
    }
    out
};

/// Whether token `i` is in a word class of `bits`.
fn has(ctx: &Context<'_>, i: usize, bits: words::Class) -> bool {
    ctx.tokens[i].class & bits != 0
}

/// Lower-case words that make the next group noun an armed group ("militant group").
const ARMED_MODIFIERS: &[&str] = &[
    "armed",
    "extremist",
    "guerrilla",
    "insurgent",
    "jihadi",
    "jihadist",
    "militant",
    "paramilitary",
    "rebel",
    "separatist",
    "terrorist",
];

/// Nouns for groups that an apposed name follows ("militant group, X,").
const GROUP_NOUNS: &[&str] = &[
    "faction",
    "group",
    "militia",
    "movement",
    "organisation",
    "organization",
    "outfit",
];

/// The most words of a name apposed to a group noun.
const MAX_APPOSED_WORDS: usize = 5;

/// The class bits of the cue words [`context_cue`], [`club_role`] and [`company_signals`]
/// start from.
pub(super) const CUE_CLASSES: words::Class = words::AFTER_CUE
    | words::TYPE_NOUN
    | words::BEFORE_CUE
    | words::ORG_RARE_CUE
    | words::BEFORE_CUE_ANY_CASE;

/// Runs the organization rules.
pub(super) fn find(ctx: &Context<'_>, out: &mut Vec<Candidate>) {
    let first = out.len();
    let starts = ctx.starts;
    let upper = &starts.upper;
    head_word(ctx, upper, out);
    legal_suffix(ctx, upper, out);
    airline(ctx, upper, out);
    place_brand(ctx, upper, out);
    sports_club(ctx, upper, out);
    broadcaster(ctx, upper, out);
    product(ctx, out);
    institution(ctx, upper, out);
    context_cue(ctx, &starts.cues, upper, out);
    club_role(ctx, &starts.cues, out);
    company_signals(ctx, &starts.cues, upper, out);
    ampersand(ctx, &starts.marks, out);
    apposed_group(ctx, &starts.marks, out);
    known_as_group(ctx, &starts.capitalized, out);
    // After the cued rules: a cued or apposed group name keeps its cue's rule id.
    arabic_head(ctx, upper, out);
    franchise(ctx, upper, out);
    national_name(ctx, out);
    shaped_words(ctx, &starts.shaped, out);
    super::acronym::find(ctx, upper, &starts.marks, out);
    // After the acronyms: a branch its acronym defines keeps that rule's id.
    franchise_in(ctx, out);
    coordinated(ctx, upper, first, out);
    repeat(ctx, first, out);
    short_form(ctx, first, out);
    the_name(ctx, &starts.capitalized, first, out);
}

/// `rule:org.the`: a capitalized "The" inside a sentence, right before an organization the
/// gazetteer or a rule of this pass names, is the first word of the name ("a report in The
/// Washington Post", "a meeting sponsored by The World Bank"): written lower-case it would
/// not be. Only after a lower-case word or a comma; not on a title-case line (a headline),
/// where every word is capitalized. `caps` lists the capitalized tokens.
fn the_name(ctx: &Context<'_>, caps: &[usize], first: usize, out: &mut Vec<Candidate>) {
    let toks = ctx.tokens;
    let found = out.len();
    for &i in caps {
        if i == 0
            || i + 1 >= toks.len()
            || !is_word(ctx, i, "The")
            || !adjacent(ctx, i)
            || !adjacent(ctx, i - 1)
            || sentence_initial(ctx, i)
            || !(toks[i - 1].shape == Shape::Lower || text_of(ctx, i - 1) == ",")
        {
            continue;
        }
        let at = toks[i + 1].span.start;
        let ruled = out[first..found]
            .iter()
            .filter(|c| c.entity.label == Label::Organization && c.entity.span.start == at)
            .map(|c| c.entity.span.end)
            .max();
        let listed = match_at(ctx, at)
            .filter(|m| ctx.has_kind(m, EntryKind::Organization))
            .map(|m| m.span.end);
        let Some(end) = ruled.max(listed) else {
            continue;
        };
        if super::person::title_case_line(ctx, toks[i].span.start) {
            continue;
        }
        let mut cand = Candidate {
            entity: crate::document::Entity::new(
                Span::new(toks[i].span.start, end),
                Label::Organization,
                crate::document::Source::Rule("rule:org.the"),
            ),
            priority: Priority::Rule,
        };
        cand.entity.canonical = Some(ctx.text[at..end].into());
        out.push(cand);
    }
}

fn text_of<'a>(ctx: &Context<'a>, i: usize) -> &'a str {
    &ctx.text[ctx.tokens[i].span.range()]
}

/// Whether token `i` is exactly `word`. The lengths are compared first, so the test costs an
/// ordinary token no string compare: for the per-token loops that look for one word.
pub(super) fn is_word(ctx: &Context<'_>, i: usize, word: &str) -> bool {
    let span = ctx.tokens[i].span;
    span.len() == word.len() && &ctx.text.as_bytes()[span.range()] == word.as_bytes()
}

/// Whether only spaces separate tokens `i` and `i + 1`.
fn adjacent(ctx: &Context<'_>, i: usize) -> bool {
    let (a, b) = (ctx.tokens[i].span.end, ctx.tokens[i + 1].span.start);
    ctx.text.as_bytes()[a..b].iter().all(|&c| c == b' ')
}

/// The gazetteer match that starts exactly at `byte`, if any.
fn match_at<'a>(ctx: &Context<'a>, byte: usize) -> Option<&'a Match> {
    // The match covering `byte`, from the per-byte table: no match starts at a byte none
    // covers, and one that starts at `byte` is the first to, when it is the covering one.
    if let Some(cover) = ctx.starts.cover.get(byte) {
        match ctx.matches.get(*cover as usize) {
            None => return None,
            Some(m) if m.span.start == byte => return Some(m),
            Some(_) => {}
        }
    }
    let k = ctx.matches.partition_point(|m| m.span.start < byte);
    ctx.matches.get(k).filter(|m| m.span.start == byte)
}

/// Whether a gazetteer entity (place, nationality, organization) starts at token `i`.
fn gazetteer_entity_at(ctx: &Context<'_>, i: usize) -> bool {
    match_at(ctx, ctx.tokens[i].span.start).is_some_and(|m| {
        ctx.gazetteer
            .entries_of(m.pattern)
            .any(|e| e.kind.is_entity())
    })
}

/// Whether token `i` is a known given name or surname.
fn is_person_name(ctx: &Context<'_>, i: usize) -> bool {
    let part = ctx.name_part(i);
    part.given || part.surname
}

fn is_kind_at(ctx: &Context<'_>, i: usize, kind: EntryKind) -> bool {
    let t = ctx.tokens[i];
    match_at(ctx, t.span.start).is_some_and(|m| m.span == t.span && ctx.has_kind(m, kind))
}

/// Whether a known given name comes right before token `i` ("Etienne Kavumba's": the
/// possessor is a person even when the surname is unknown).
fn after_given_name(ctx: &Context<'_>, i: usize) -> bool {
    i > 0
        && adjacent(ctx, i - 1)
        && ctx.tokens[i - 1].shape == Shape::Capitalized
        && ctx.name_part(i - 1).given
}

/// The first token of the capitalized name that ends just before token `end` (exclusive), read
/// leftwards: capitalized words, "Lord's"-style possessives of non-places, and "and"/"&" between
/// capitalized words. Returns `end` when there is none.
fn name_start(ctx: &Context<'_>, end: usize) -> usize {
    let toks = ctx.tokens;
    let mut i = end;
    let mut words = 0;
    let mut possessive = false;
    // The first word after a "'s" possessive read across, and the possessor's last word.
    let mut owned = None;
    while i > 0 && words < MAX_NAME_WORDS {
        let k = i - 1;
        if !adjacent(ctx, k) {
            break;
        }
        if name_word(ctx, k) {
            // "Boeing-Air Force": a known name joined by a hyphen is a pairing, not a word of
            // this name.
            if text_of(ctx, k).contains('-')
                && match_at(ctx, toks[k].span.start).is_some_and(|m| {
                    m.span.end < toks[k].span.end
                        && ctx
                            .gazetteer
                            .entries_of(m.pattern)
                            .any(|e| e.kind.is_entity())
                })
            {
                break;
            }
            i = k;
            words += 1;
            continue;
        }
        // Possessive "People's": tokens [People] ['] [s]. One per name, and never a person's
        // name ("Blair's Labour Party", "Etienne Kavumba's Union for Democracy"), a place's
        // ("United Kingdom's Royal Air Force") or a day's ("Tuesday's Morning Post"); a known
        // name that goes on past the possessive is read on ("Sudan People's Liberation Army").
        if k >= 2
            && !possessive
            && text_of(ctx, k) == "s"
            && matches!(text_of(ctx, k - 1), "'" | "’")
            && toks[k - 2].shape == Shape::Capitalized
            && toks[k - 2].span.end == toks[k - 1].span.start
            && !entity_ends_at(ctx, k - 2)
            && !is_person_name(ctx, k - 2)
            && !after_given_name(ctx, k - 2)
            && !has(ctx, k - 2, words::DATE_WORD)
        {
            owned = Some((k + 1, k - 2));
            i = k - 2;
            words += 1;
            possessive = true;
            continue;
        }
        // Plural possessive "Martyrs' Brigades", "Workers' Party": tokens [Martyrs] [']. Not
        // a known name's ("Airbus' Delivery Center").
        if k >= 1
            && !possessive
            && matches!(text_of(ctx, k), "'" | "’")
            && toks[k - 1].shape == Shape::Capitalized
            && toks[k - 1].span.end == toks[k].span.start
            && text_of(ctx, k - 1).ends_with('s')
            && !ctx.covered_by(toks[k - 1].span.start, EntryKind::is_entity)
            && !is_person_name(ctx, k - 1)
        {
            i = k - 1;
            words += 1;
            possessive = true;
            continue;
        }
        // "al Shabaab militants", "the al Aqsa Martyrs Brigades": a lower-case Arabic article
        // opens the name it stands before.
        if i < end && matches!(text_of(ctx, k), "al" | "el") {
            i = k;
            break;
        }
        // "Research and Development Alliance": a connective between capitalized words. Not
        // after a personal name, unless "the" comes right before it or it opens the sentence:
        // "the Justice and Equality Movement" ("Justice" is also a surname) names one body.
        // Nor after a title ("Vice Prime Minister and Labor Party leader": two roles). After
        // "ruling", "opposition"... a party's name opens ("the ruling Justice and Development
        // Party").
        if k >= 1
            && i < end
            && matches!(text_of(ctx, k), "and" | "&")
            && toks[k - 1].is_upper_initial()
            && adjacent(ctx, k - 1)
            && !is_head(ctx, k - 1)
            && ((k >= 2
                && adjacent(ctx, k - 2)
                && (matches!(text_of(ctx, k - 2), "the" | "The")
                    || PARTY_OPENERS.contains(&text_of(ctx, k - 2))))
                || sentence_initial(ctx, k - 1)
                || (!ctx.covered_by(toks[k - 1].span.start, |kind| kind == EntryKind::Title)
                    && !is_person_name(ctx, k - 1)))
            && !gazetteer_entity_at(ctx, k + 1)
        {
            i = k - 1;
            words += 1;
            continue;
        }
        break;
    }
    // Leading function words and connectives are not part of a name.
    while i < end && (has(ctx, i, words::LEADING_STOP) || matches!(text_of(ctx, i), "and" | "&")) {
        i += 1;
    }
    // "President Thomas Boni Yayi's Cauri Forces", "Henri Konan Bedie's Democratic Party": a
    // possessor after a title, or a full name opening with a given name, is a person; the name
    // starts after the possessive.
    if let Some((after, owner)) = owned {
        if i <= owner
            && ((i..=owner).any(|k| is_kind_at(ctx, k, EntryKind::Title))
                || (i < owner && ctx.name_part(i).given && !gazetteer_entity_at(ctx, i)))
        {
            return after;
        }
    }
    i
}

/// Whether a gazetteer entity (place, nationality, organization) covers token `i` and ends with
/// it: a possessive after it is the entity's ("United Kingdom's"), not a word of a longer name
/// the gazetteer knows ("People's Liberation Army").
fn entity_ends_at(ctx: &Context<'_>, i: usize) -> bool {
    let t = ctx.tokens[i];
    ctx.match_covering(t.span.start).is_some_and(|m| {
        m.span.end <= t.span.end
            && ctx
                .gazetteer
                .entries_of(m.pattern)
                .any(|e| e.kind.is_entity())
    })
}

/// The end (exclusive token index) of an "of"/"for" phrase of capitalized words after token
/// `head`, or `head + 1` when there is none ("Ministry of Defence", "Bank of the Sahel"). An
/// "of" phrase may be followed by one "for" phrase ("Office of the UN High Commissioner for
/// Refugees"), and a "for" phrase by one "of" phrase ("Office for the Coordination of
/// Humanitarian Affairs", "National Council for the Safeguard of the Homeland"). A mission's name takes an "in" phrase ("African Union Mission in Somalia"); not
/// a "to" phrase, which names where a delegation goes ("the IMF Mission to Greece").
fn tail_end(ctx: &Context<'_>, head: usize) -> usize {
    let connectives: &[&str] = if text_of(ctx, head) == "Mission" {
        &["of", "for", "in"]
    } else {
        &["of", "for"]
    };
    let end = phrase_end(ctx, head, connectives);
    if end > head + 1 && end < ctx.tokens.len() {
        match (text_of(ctx, head + 1), text_of(ctx, end)) {
            ("of", "for") => return phrase_end(ctx, end - 1, &["for"]),
            ("for", "of") => return phrase_end(ctx, end - 1, &["of"]),
            _ => {}
        }
    }
    end
}

/// One phrase of capitalized words after token `head`, opened by one of `connectives`
/// ([`tail_end`]).
fn phrase_end(ctx: &Context<'_>, head: usize, connectives: &[&str]) -> usize {
    let toks = ctx.tokens;
    let n = toks.len();
    let mut i = head + 1;
    if i + 1 >= n || !adjacent(ctx, head) || !connectives.contains(&text_of(ctx, i)) {
        return head + 1;
    }
    i += 1;
    if i + 1 < n && text_of(ctx, i) == "the" && adjacent(ctx, i - 1) {
        i += 1;
    }
    let start = i;
    let mut end = head + 1;
    while i < n && i - start < MAX_TAIL_WORDS && adjacent(ctx, i - 1) {
        // "the House of Commons Wednesday": a day or a month ends the name.
        if name_word(ctx, i) && !has(ctx, i, words::DATE_WORD) {
            i += 1;
            end = i;
        } else if matches!(text_of(ctx, i), "and" | "&")
            && i > start
            && toks.get(i + 1).is_some_and(|n| n.is_upper_initial())
            && adjacent(ctx, i)
        {
            i += 1;
        } else {
            break;
        }
    }
    end
}

/// The end (exclusive token index) of a "to" phrase of two or three capitalized words after
/// token `head` ("Committee to Protect Journalists", "Group to Support Islam and Muslims"), or
/// `head + 1` when there is none.
fn to_tail_end(ctx: &Context<'_>, head: usize) -> usize {
    let n = ctx.tokens.len();
    let s = head + 2;
    if s + 1 >= n || !adjacent(ctx, head) || text_of(ctx, head + 1) != "to" {
        return head + 1;
    }
    // Up to three name words, and "and" between two of them ("Group to Support Islam and
    // Muslims").
    let (mut e, mut words) = (s, 0);
    while e < n && words < 3 && adjacent(ctx, e - 1) {
        if name_word(ctx, e) {
            e += 1;
            words += 1;
        } else if words > 0
            && text_of(ctx, e) == "and"
            && e + 1 < n
            && adjacent(ctx, e)
            && name_word(ctx, e + 1)
        {
            e += 1;
        } else {
            break;
        }
    }
    if words >= 2 { e } else { head + 1 }
}

/// Whether token `i` can be a word of a name: an upper-case initial, and not a compound such as
/// "Taliban-linked" or "U.S.-backed" whose last part is lower-case.
fn name_word(ctx: &Context<'_>, i: usize) -> bool {
    let t = ctx.tokens[i];
    let bytes = &ctx.text.as_bytes()[t.span.range()];
    if !t.is_upper_initial() {
        // "al-Aqsa Martyrs Brigades": an Arabic article before a capitalized word.
        return (bytes.starts_with(b"al-") || bytes.starts_with(b"el-"))
            && ctx.text[t.span.start + 3..t.span.end]
                .chars()
                .next()
                .is_some_and(char::is_uppercase);
    }
    // An upper-case initial is no lower-case letter: only the last part of a hyphenated word
    // may start with one ("Taliban-linked").
    memchr::memrchr(b'-', bytes).is_none_or(|p| {
        ctx.text[t.span.start + p + 1..t.span.end]
            .chars()
            .next()
            .is_none_or(|c| !c.is_lowercase())
    })
}

fn span_of(ctx: &Context<'_>, i: usize, j: usize) -> Span {
    Span::new(ctx.tokens[i].span.start, ctx.tokens[j - 1].span.end)
}

/// Whether the token `i` is an organization head word ("Corps", "House"), also where a longer
/// gazetteer surface covers it ("White House" is a place name too).
fn is_head(ctx: &Context<'_>, i: usize) -> bool {
    head_kind(ctx, i).is_some()
}

/// What kind of head word token `i` is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Head {
    /// A head word of the gazetteer, "Marines", or a compound head ("Air Force").
    Plain,
    /// An industry word ([`INDUSTRY_HEADS`]).
    Industry,
    /// A word that extends a known company's name ([`COMPANY_WORDS`]); the name starts where
    /// the company's gazetteer match starts.
    Company(usize),
    /// A meeting ([`EVENT_HEADS`]).
    Event,
}

fn head_kind(ctx: &Context<'_>, i: usize) -> Option<Head> {
    match ctx.tokens[i].shape {
        Shape::Capitalized => {}
        // "Press TV", "Geo TV": the one all-caps industry word.
        Shape::AllCaps => {
            return (ctx.tokens[i].span.len() == 2
                && text_of(ctx, i) == "TV"
                && !company_product(ctx, i))
            .then_some(Head::Industry);
        }
        _ => return None,
    }
    // Most capitalized words are in no list of head words: one bit test, without their text.
    if !has(ctx, i, words::EXTRA_HEAD) {
        return ctx.word_info(i).org_head.then_some(Head::Plain);
    }
    let word = text_of(ctx, i);
    if EVENT_HEADS.contains(&word) {
        return Some(Head::Event);
    }
    if INDUSTRY_HEADS.contains(&word) {
        return (word != "Television" || !company_product(ctx, i)).then_some(Head::Industry);
    }
    if NEWS_HEADS.contains(&word) {
        return (i > 0 && adjacent(ctx, i - 1) && news_opener(ctx, i - 1)).then_some(Head::Plain);
    }
    if QUALIFIED_HEADS.contains(&word) {
        return qualified_head(ctx, i).then_some(Head::Plain);
    }
    if PARTY_PLURALS.contains(&word) {
        return qualified_party(ctx, i).then_some(Head::Plain);
    }
    if PLAIN_HEADS.contains(&word) || WEAK_HEADS.contains(&word) || ctx.word_info(i).org_head {
        return Some(Head::Plain);
    }
    if i > 0 && adjacent(ctx, i - 1) {
        let prev = text_of(ctx, i - 1);
        if COMPOUND_HEADS.iter().any(|&(a, b)| a == prev && b == word) {
            return Some(Head::Plain);
        }
        // "Singapore Exchange": a place's exchange is a market operator.
        if word == "Exchange" && place_ends_at(ctx, i - 1) {
            return Some(Head::Plain);
        }
        if COMPANY_WORDS.contains(&word) {
            return company_before(ctx, i).map(Head::Company);
        }
    }
    None
}

/// Whether a known organization ends right before the television word at token `i`: a
/// company's product or service ("Apple TV"), not a broadcaster's name.
fn company_product(ctx: &Context<'_>, i: usize) -> bool {
    i > 0
        && adjacent(ctx, i - 1)
        && ctx
            .match_covering(ctx.tokens[i - 1].span.start)
            .is_some_and(|m| {
                m.span.end == ctx.tokens[i - 1].span.end && ctx.has_kind(m, EntryKind::Organization)
            })
}

/// Whether token `i` may open a newspaper's title word: a place the gazetteer names ending
/// there, or a day or street word.
fn news_opener(ctx: &Context<'_>, i: usize) -> bool {
    ctx.tokens[i].is_upper_initial()
        && (NEWS_OPENERS.contains(&text_of(ctx, i)) || place_ends_at(ctx, i))
}

/// Whether a place the gazetteer names ends with token `i`.
fn place_ends_at(ctx: &Context<'_>, i: usize) -> bool {
    let t = ctx.tokens[i];
    ctx.match_covering(t.span.start).is_some_and(|m| {
        m.span.end == t.span.end
            && ctx
                .gazetteer
                .entries_of(m.pattern)
                .any(|e| matches!(e.kind, EntryKind::Place(_)))
    })
}

/// The first token of a gazetteer organization that ends right before token `i`, if any.
fn company_before(ctx: &Context<'_>, i: usize) -> Option<usize> {
    let prev = ctx.tokens[i - 1];
    let m = ctx.match_covering(prev.span.start)?;
    (m.span.end == prev.span.end
        && ctx
            .gazetteer
            .entries_of(m.pattern)
            .any(|e| e.kind == EntryKind::Organization))
    .then(|| ctx.token_at(m.span.start))
}

/// The number of tokens of a nationality the gazetteer names exactly from token `i` ("Russian",
/// "South Korean"), or 0.
fn nationality_len(ctx: &Context<'_>, i: usize, limit: usize) -> usize {
    let Some(m) = match_at(ctx, ctx.tokens[i].span.start) else {
        return 0;
    };
    if !nationality_match(ctx, m) {
        return 0;
    }
    let mut j = i;
    while j < limit && ctx.tokens[j].span.end < m.span.end {
        j += 1;
    }
    if j < limit && ctx.tokens[j].span.end == m.span.end {
        j + 1 - i
    } else {
        0
    }
}

/// Whether a nationality the gazetteer names ends right before token `i` ("Afghan Army").
fn nationality_before(ctx: &Context<'_>, i: usize) -> bool {
    let prev = ctx.tokens[i - 1];
    adjacent(ctx, i - 1)
        && ctx
            .match_covering(prev.span.start)
            .is_some_and(|m| m.span.end == prev.span.end && nationality_match(ctx, m))
}

/// Whether a gazetteer match reads as a nationality: its entities are nationalities, or it is
/// one word ending like an adjective of nationality that the gazetteer lists only as another
/// name of a place ("Ukrainian" for Ukraine).
fn nationality_match(ctx: &Context<'_>, m: &Match) -> bool {
    let surface = &ctx.text[m.span.range()];
    let adjective = !surface.contains(' ')
        && ["ian", "ean", "ese", "ish"]
            .iter()
            .any(|end| surface.ends_with(end));
    let mut any = false;
    let all = ctx
        .gazetteer
        .entries_of(m.pattern)
        .filter(|e| e.kind.is_entity())
        .all(|e| {
            any = true;
            e.kind == EntryKind::Nationality
                || (adjective
                    && matches!(e.kind, EntryKind::Place(_))
                    && e.canonical.as_deref().is_some_and(|c| c != surface))
        });
    any && all
}

/// Whether the gazetteer names tokens `[i, j)` exactly as a place that is not weak (see
/// [`weak_place_at`]) and not also an organization: the place wins over a head word ("West
/// Bank", "Gaza Strip"), a weak one gives way ("White House").
fn strong_place(ctx: &Context<'_>, i: usize, j: usize) -> bool {
    let span = span_of(ctx, i, j);
    match_at(ctx, span.start).is_some_and(|m| {
        m.span == span
            && ctx
                .gazetteer
                .entries_of(m.pattern)
                .any(|e| matches!(e.kind, EntryKind::Place(_)))
            && !ctx.has_kind(m, EntryKind::Organization)
            && !weak_place_at(ctx, i)
    })
}

/// `rule:org.head_word` (and `rule:misc.event` for meetings).
#[inline(never)]
/// `upper` lists the capitalized and all-caps tokens: a head word is one ([`head_kind`]).
fn head_word(ctx: &Context<'_>, upper: &[usize], out: &mut Vec<Candidate>) {
    let toks = ctx.tokens;
    for &head in upper {
        let Some(kind) = head_kind(ctx, head) else {
            // The rarer words that head no name but open another rule (one bit test first).
            if has(ctx, head, words::EXTRA_HEAD) {
                match text_of(ctx, head) {
                    "Circuit" => court_at(ctx, head, out),
                    "Flight" => flight_airline_at(ctx, head, out),
                    _ => {}
                }
            }
            continue;
        };
        // "Changi International Airport": the head word modifies a facility's name.
        if head + 1 < toks.len()
            && adjacent(ctx, head)
            && toks[head + 1].shape == Shape::Capitalized
            && FACILITIES.contains(&text_of(ctx, head + 1))
        {
            continue;
        }
        // Read once, and only where a test below needs it.
        let title_case = std::cell::OnceCell::new();
        let headline = || {
            *title_case.get_or_init(|| super::person::title_case_line(ctx, toks[head].span.start))
        };
        let mut start = match kind {
            Head::Company(s) => s,
            _ => name_start(ctx, head),
        };
        // "says Sunday Okay Airways is ...": a day or a month opens no name but a newspaper's
        // ("Sunday Telegraph").
        if start + 1 < head
            && has(ctx, start, words::DATE_WORD)
            && !NEWS_HEADS.contains(&text_of(ctx, head))
        {
            start += 1;
        }
        if kind == Head::Industry && headline() && company_before(ctx, head).is_none() {
            continue;
        }
        // On a title-case line (a headline) every word is capitalized: read one word at most
        // before the head ("Rebels Seize Town As Government Forces Retreat").
        if start + 1 < head && headline() && !matches!(kind, Head::Company(_)) {
            start = head - 1;
        }
        // Newspaper titles take no of/for tail ("the Jersey Journal of Jersey City").
        let mut end = if NEWS_HEADS.contains(&text_of(ctx, head)) {
            head + 1
        } else {
            tail_end(ctx, head)
        };
        // "Russian Foreign Ministry": a nationality before a state's institution says whose it
        // is; before other head words it is part of the name ("American Diabetes Association"),
        // but one nationality alone before the head describes ("the Turkish Federation"),
        // except before an airline's head ("British Airways", "Turkish Airlines") or an of/for
        // tail ("Syrian Observatory for Human Rights").
        let head_word = text_of(ctx, head);
        if STATE_HEADS.contains(&head_word)
            || (start + 1 == head && !AIRLINE_HEADS.contains(&head_word) && end == head + 1)
        {
            loop {
                let n = nationality_len(ctx, start, head);
                if n == 0 {
                    break;
                }
                start += n;
            }
        }
        // "Committee to Protect Journalists": a "to" + capitalized verb phrase, not in headlines.
        if end == head + 1 && kind == Head::Plain && !headline() {
            end = to_tail_end(ctx, head);
        }
        // "Christian Democrats": the creed that names the party stays ([`qualified_party`]).
        if start == head && PARTY_PLURALS.contains(&head_word) {
            start = head - 1;
        }
        if start == head && end == head + 1 {
            continue;
        }
        // "Chief Cabinet Secretary X", "Prime Cabinet Secretary": titles before the head and a
        // title after it make one compound title, no organization.
        if end == head + 1
            && head + 1 < toks.len()
            && adjacent(ctx, head)
            && toks[head + 1].shape == Shape::Capitalized
            && is_kind_at(ctx, head + 1, EntryKind::Title)
            && (start..head).all(|k| is_kind_at(ctx, k, EntryKind::Title))
        {
            continue;
        }
        // "Delivery Center": one common word before a weak head names a unit or a venue.
        if WEAK_HEADS.contains(&text_of(ctx, head))
            && end == head + 1
            && start + 1 == head
            && !is_person_name(ctx, start)
            && !gazetteer_entity_at(ctx, start)
        {
            continue;
        }
        if strong_place(ctx, start, end) {
            continue;
        }
        if kind == Head::Event && end == head + 1 {
            // "Apple Worldwide Developers Conference": the organizer is not the event.
            if let Some(m) = match_at(ctx, toks[start].span.start) {
                let after = ctx.token_at(m.span.end);
                if after < head
                    && ctx
                        .gazetteer
                        .entries_of(m.pattern)
                        .any(|e| e.kind == EntryKind::Organization)
                {
                    start = after;
                }
            }
            push(
                out,
                span_of(ctx, start, end),
                Label::Misc,
                "rule:misc.event",
            );
            continue;
        }
        push(
            out,
            span_of(ctx, start, end),
            Label::Organization,
            "rule:org.head_word",
        );
    }
}

/// `rule:org.legal_suffix`.
#[inline(never)]
/// `upper` lists the capitalized and all-caps tokens.
fn legal_suffix(ctx: &Context<'_>, upper: &[usize], out: &mut Vec<Candidate>) {
    let suffixes = ctx
        .matches
        .iter()
        .filter(|m| ctx.has_kind(m, EntryKind::OrgSuffix))
        .map(|m| m.span)
        .chain(company_abbreviations(ctx, upper));
    for suffix in suffixes {
        let first = ctx.token_at(suffix.start);
        if ctx
            .tokens
            .get(first)
            .is_none_or(|t| t.span.start != suffix.start)
            || first == 0
        {
            continue;
        }
        // "Acme Holdings, Inc.": an optional comma before the suffix.
        let mut before = first;
        if text_of(ctx, first - 1) == "," && first >= 2 {
            before = first - 1;
        } else if !adjacent(ctx, first - 1) {
            continue;
        }
        let start = name_start(ctx, before);
        if start == before {
            continue;
        }
        let start = across_connective(ctx, start);
        push(
            out,
            Span::new(ctx.tokens[start].span.start, suffix.end),
            Label::Organization,
            "rule:org.legal_suffix",
        );
    }
}

/// Title-case company abbreviations the suffix gazetteer lists only in capitals or with a full
/// stop: "Co." right after a name ("Kanver Co.", "Hewlett-Packard Co."), the full stop included,
/// and "Co" or "Corp" without one, as wire copy writes them ("Campbell Soup Co, the soup
/// maker", "Acme Corp said"); not after a comma, where "Co." opens an Irish county ("Tralee, Co.
/// Kerry"), nor before a capitalized word ("Co Kerry"). `upper` lists the capitalized and
/// all-caps tokens.
fn company_abbreviations<'a>(
    ctx: &'a Context<'_>,
    upper: &'a [usize],
) -> impl Iterator<Item = Span> + 'a {
    let toks = ctx.tokens;
    upper.iter().copied().filter_map(move |i| {
        // Cheap test first: a capitalized word of two or four bytes.
        if i == 0 || toks[i].shape != Shape::Capitalized || !matches!(toks[i].span.len(), 2 | 4) {
            return None;
        }
        let word = text_of(ctx, i);
        if !matches!(word, "Co" | "Corp") || is_word(ctx, i - 1, ",") {
            return None;
        }
        let next = toks.get(i + 1);
        let stop =
            next.is_some_and(|n| n.span.start == toks[i].span.end && text_of(ctx, i + 1) == ".");
        if stop && word == "Co" {
            return Some(Span::new(toks[i].span.start, toks[i + 1].span.end));
        }
        // "Corp." is the gazetteer's; bare, the word must not open a longer name.
        let bare = !stop && next.is_none_or(|n| !(n.is_upper_initial() && adjacent(ctx, i)));
        bare.then_some(toks[i].span)
    })
}

/// Lower-case words inside company names ("Research in Motion", "Bank of Nova Scotia").
const NAME_CONNECTIVES: &[&str] = &["and", "in", "of"];

/// Whether a capitalized name that ends before token `e` goes on past a lower-case connective
/// or "the" into capitalized words that are no known entity ("Research in Motion", "Save the
/// Children"): where the name ends is unknown, so a rule reading only its first words proposes
/// nothing. "Acme of Germany" ends before the place.
fn name_goes_on(ctx: &Context<'_>, e: usize) -> bool {
    e + 1 < ctx.tokens.len()
        && e > 0
        && adjacent(ctx, e - 1)
        && adjacent(ctx, e)
        && (NAME_CONNECTIVES.contains(&text_of(ctx, e)) || text_of(ctx, e) == "the")
        && name_word(ctx, e + 1)
        && !gazetteer_entity_at(ctx, e + 1)
}

/// Where a name that goes on past a connective at token `e` ([`name_goes_on`]) ends: after one
/// to three capitalized words that are no known entity or title ("Research in Motion", "Save
/// the Children"); at `e` where a date follows ("Dravix in March") or where "and" joins two
/// names of two words or more ("Itau BBA and XP Investimentos"); `None` where it goes on
/// further still.
fn through_connective(ctx: &Context<'_>, e: usize) -> Option<usize> {
    let toks = ctx.tokens;
    let s = e + 1;
    if has(ctx, s, words::DATE_WORD) {
        return Some(e);
    }
    let mut f = s;
    while f < toks.len() && f - s < 3 && name_word(ctx, f) && (f == s || adjacent(ctx, f - 1)) {
        f += 1;
    }
    let goes_on = f < toks.len()
        && adjacent(ctx, f - 1)
        && (name_word(ctx, f)
            || NAME_CONNECTIVES.contains(&text_of(ctx, f))
            || text_of(ctx, f) == "the");
    // "analysts at Itau BBA and XP Investimentos": "and" between two names of two words or
    // more each joins two names; a one-word side is one name's ("Marks and Spencer").
    if f - s >= 2
        && is_word(ctx, e, "and")
        && e >= 2
        && name_word(ctx, e - 2)
        && adjacent(ctx, e - 2)
    {
        return Some(e);
    }
    (f > s
        && !goes_on
        && plain_name_where(ctx, s, f, false)
        && !(s..f).any(|k| has(ctx, k, words::DATE_WORD)))
    .then_some(f)
}

/// The first token of a company name that a legal-form suffix ends, read on leftwards across
/// a lower-case connective from `start` ("Research in Motion Ltd.", "Bank of Nova Scotia
/// Corp."). Not across titles or all-caps words ("CEO of Acme Inc."), nor from one
/// sentence-initial plural, a common noun ("Shares of Acme Ltd.", "Investors in Acme Ltd.").
fn across_connective(ctx: &Context<'_>, start: usize) -> usize {
    let toks = ctx.tokens;
    if start < 2
        || !NAME_CONNECTIVES.contains(&text_of(ctx, start - 1))
        || !adjacent(ctx, start - 1)
        || !adjacent(ctx, start - 2)
    {
        return start;
    }
    let first = name_start(ctx, start - 1);
    let plural_opener =
        first + 2 == start && sentence_initial(ctx, first) && text_of(ctx, first).ends_with('s');
    if first + 1 >= start
        || plural_opener
        || (first..start - 1)
            .any(|k| toks[k].shape != Shape::Capitalized || is_kind_at(ctx, k, EntryKind::Title))
    {
        return start;
    }
    first
}

/// `rule:org.broadcaster`: "Radio" before one to three capitalized words ("Radio Shabelle",
/// "Radio Free Asia"), and `rule:org.name_opener`: the same after "Deutsche", a German adjective
/// that English text writes only in the names of German bodies ("Deutsche Welle", "Deutsche
/// Bahn"); not on a title-case line. `upper` lists the capitalized and all-caps tokens.
#[inline(never)]
fn broadcaster(ctx: &Context<'_>, upper: &[usize], out: &mut Vec<Candidate>) {
    let toks = ctx.tokens;
    for &i in upper {
        let radio = is_word(ctx, i, "Radio");
        if i + 1 >= toks.len()
            || toks[i].shape != Shape::Capitalized
            || !(radio || is_word(ctx, i, "Deutsche"))
            || (i > 0
                && adjacent(ctx, i - 1)
                && name_word(ctx, i - 1)
                && !has(ctx, i - 1, words::LEADING_STOP))
        {
            continue;
        }
        let s = i + 1;
        let mut e = s;
        while e < toks.len() && e - s < 3 && adjacent(ctx, e - 1) && name_word(ctx, e) {
            e += 1;
        }
        if e == s
            || has(ctx, s, words::DATE_WORD)
            || super::person::title_case_line(ctx, toks[i].span.start)
        {
            continue;
        }
        let rule = if radio {
            "rule:org.broadcaster"
        } else {
            "rule:org.name_opener"
        };
        push(out, span_of(ctx, i, e), Label::Organization, rule);
    }
}

/// The most capitalized words read between an organization and "Province".
const MAX_PROVINCE_WORDS: usize = 3;

/// `rule:org.franchise`: a gazetteer organization, optionally "in" or "in the", then one to
/// [`MAX_PROVINCE_WORDS`] capitalized words and "Province" ("Islamic State West Africa
/// Province"). `upper` lists the capitalized and all-caps tokens.
#[inline(never)]
fn franchise(ctx: &Context<'_>, upper: &[usize], out: &mut Vec<Candidate>) {
    let toks = ctx.tokens;
    for &p in upper {
        if p < 2 || !is_word(ctx, p, "Province") {
            continue;
        }
        // The first capitalized word of the place before "Province".
        let mut s = p;
        while s > 0 && p - s < MAX_PROVINCE_WORDS && adjacent(ctx, s - 1) && name_word(ctx, s - 1) {
            if organization_ends_at(ctx, s - 1) {
                break;
            }
            s -= 1;
        }
        if s == p || s == 0 || !adjacent(ctx, s - 1) {
            continue;
        }
        // "in" or "in the" between the organization and the place.
        let mut k = s - 1;
        if text_of(ctx, k) == "the" && k > 0 && text_of(ctx, k - 1) == "in" {
            k -= 1;
        }
        if text_of(ctx, k) == "in" {
            if k == 0 || !adjacent(ctx, k - 1) {
                continue;
            }
            k -= 1;
        }
        if !organization_ends_at(ctx, k) {
            continue;
        }
        let Some(m) = ctx.match_covering(toks[k].span.start) else {
            continue;
        };
        push(
            out,
            Span::new(m.span.start, toks[p].span.end),
            Label::Organization,
            "rule:org.franchise",
        );
    }
}

/// The most capitalized words read for one place of a franchise name ("Indian Subcontinent").
const MAX_FRANCHISE_PLACE_WORDS: usize = 3;

/// `rule:org.franchise`: an organization the gazetteer names, spelled out (not an acronym),
/// then "in", an optional "the" and a region's name, or a place, "and the" and a region's name
/// ("Al-Qaeda in the Arabian Peninsula", "Islamic State in the Great Sahara", "Islamic State
/// in Iraq and the Levant"): an armed group's regional branch is named so, as one
/// organization. The last place read must end in a word the gazetteer knows as a world region
/// (kind region: Sahara, Levant, Maghreb; a country or a city after "in" says where the body
/// acts: "Hamas in Gaza", "the Taliban in Afghanistan"), and no lower-case place noun may
/// follow ("in the Lake Chad region"). Starts from the gazetteer's matches, only those
/// followed by " in ".
#[inline(never)]
fn franchise_in(ctx: &Context<'_>, out: &mut Vec<Candidate>) {
    let toks = ctx.tokens;
    let bytes = ctx.text.as_bytes();
    for m in ctx.matches {
        if bytes
            .get(m.span.end..m.span.end + 4)
            .is_none_or(|b| b != b" in ")
            || ctx.text[m.span.range()]
                .bytes()
                .all(|b| !b.is_ascii_lowercase())
            || !ctx
                .gazetteer
                .entries_of(m.pattern)
                .any(|e| e.kind == EntryKind::Organization)
        {
            continue;
        }
        let in_at = ctx.token_at(m.span.end + 1);
        if in_at + 2 >= toks.len() || !is_word(ctx, in_at, "in") || !adjacent(ctx, in_at) {
            continue;
        }
        let Some(end) = franchise_places(ctx, in_at + 1) else {
            continue;
        };
        push(
            out,
            Span::new(m.span.start, toks[end - 1].span.end),
            Label::Organization,
            "rule:org.franchise",
        );
    }
}

/// The end (exclusive token index) of the places of a franchise name read from token `s`:
/// "(the) X" or "(the) X and the Y", where the last place ends in a world region
/// ([`franchise_in`]).
fn franchise_places(ctx: &Context<'_>, s: usize) -> Option<usize> {
    let toks = ctx.tokens;
    let place = |from: usize| -> Option<usize> {
        let mut k = from;
        if k < toks.len() && is_word(ctx, k, "the") && adjacent(ctx, k) {
            k += 1;
        }
        let first = k;
        while k < toks.len()
            && k - first < MAX_FRANCHISE_PLACE_WORDS
            && toks[k].is_upper_initial()
            && (k == first || adjacent(ctx, k - 1))
        {
            k += 1;
        }
        (k > first).then_some(k)
    };
    let mut end = place(s)?;
    if end + 1 < toks.len() && is_word(ctx, end, "and") && adjacent(ctx, end - 1) {
        if let Some(e) = place(end + 1).filter(|&e| is_word(ctx, end + 1, "the") && e > end + 2) {
            end = e;
        }
    }
    let region = ctx
        .match_covering(toks[end - 1].span.start)
        .is_some_and(|m| {
            m.span.end == toks[end - 1].span.end
                && ctx
                    .gazetteer
                    .entries_of(m.pattern)
                    .any(|e| e.place.is_some_and(|p| p.kind == PlaceKind::Region))
        });
    let noun_after = end < toks.len()
        && toks[end].shape == Shape::Lower
        && toks[end].class & (words::PLACE_TYPE | words::PLACE_OF) != 0;
    (region && !noun_after).then_some(end)
}

/// Arabic and Urdu organization head words that open a name (a closed class): army, front,
/// movement, party, brigade(s), committee, group, organization, council, companies, corps,
/// supporters, soldiers' host.
const ARABIC_HEADS: &[&str] = &[
    "Ansar",
    "Faylaq",
    "Harakat",
    "Harkat",
    "Hay'at",
    "Hay\u{2019}at",
    "Hayat",
    "Hizb",
    "Jabhat",
    "Jaish",
    "Jama'a",
    "Jama'at",
    "Jama\u{2019}at",
    "Jamaat",
    "Jaysh",
    "Jemaah",
    "Kata'ib",
    "Kata\u{2019}ib",
    "Kataib",
    "Lashkar",
    "Liwa",
    "Majlis",
    "Saraya",
    "Tanzim",
    "Tehreek",
    "Tehrik",
];

/// The most name words read after an Arabic head word.
const MAX_ARABIC_NAME_WORDS: usize = 5;

/// Whether token `i` may be a word of a transliterated name after an Arabic head word: a name
/// word ([`name_word`]: "Tahrir", "al-Sham") or a word whose short lower-case prefix joins a
/// capitalized word ("wal-Muslimin", "ut-Tahrir").
fn arabic_name_word(ctx: &Context<'_>, i: usize) -> bool {
    if name_word(ctx, i) {
        return true;
    }
    let word = text_of(ctx, i);
    word.find('-').is_some_and(|k| {
        (1..=3).contains(&k)
            && word[..k].bytes().all(|b| b.is_ascii_lowercase())
            && word[k + 1..].starts_with(|c: char| c.is_uppercase())
    })
}

/// Whether token `i` opens with the Arabic article or another hyphenated particle ("al-Sham",
/// "ash-Sham", "ul-Mujahideen"), or is a spaced "al"/"el".
fn arabic_article_word(ctx: &Context<'_>, i: usize) -> bool {
    let word = text_of(ctx, i);
    super::particle_tail(word).is_some() || matches!(word, "al" | "el" | "Al" | "El")
}

/// `rule:org.arabic_head`: an Arabic organization head word ([`ARABIC_HEADS`]) before the name
/// words of a group ("Jaish al-Adl", "Hayat Tahrir al-Sham"). `upper` lists the capitalized
/// and all-caps tokens.
#[inline(never)]
fn arabic_head(ctx: &Context<'_>, upper: &[usize], out: &mut Vec<Candidate>) {
    let toks = ctx.tokens;
    for &i in upper {
        // Cheap test first: every head opens with one of these capitals.
        let b = ctx.text.as_bytes()[toks[i].span.start];
        if !matches!(
            b,
            b'A' | b'F' | b'H' | b'J' | b'K' | b'L' | b'M' | b'S' | b'T'
        ) || i + 1 >= toks.len()
            || toks[i].shape != Shape::Capitalized
            || !ARABIC_HEADS.contains(&text_of(ctx, i))
            || (i > 0
                && adjacent(ctx, i - 1)
                && name_word(ctx, i - 1)
                && !has(ctx, i - 1, words::LEADING_STOP))
        {
            continue;
        }
        let mut e = i + 1;
        let mut article = false;
        let mut given = false;
        while e < toks.len()
            && e - i <= MAX_ARABIC_NAME_WORDS
            && adjacent(ctx, e - 1)
            && !has(ctx, e, words::LEADING_STOP | words::DATE_WORD)
        {
            // A spaced "al" joins the capitalized word after it ("Jaish al Adl").
            let spaced_article = matches!(text_of(ctx, e), "al" | "el")
                && e + 1 < toks.len()
                && adjacent(ctx, e)
                && toks[e + 1].is_upper_initial();
            if !(spaced_article || arabic_name_word(ctx, e)) {
                break;
            }
            // "Ansar Allah", "Jund Allah": "of God" after the head names a group as an
            // article word does; no personal name goes on so.
            let allah = is_word(ctx, e, "Allah");
            article |= allah || arabic_article_word(ctx, e);
            given |= !allah && toks[e].is_upper_initial() && ctx.name_part(e).given;
            e += 1;
        }
        if e == i + 1 || text_of(ctx, e - 1) == "al" || text_of(ctx, e - 1) == "el" {
            continue;
        }
        // "Hayat", "Ansar", "Liwa": a personal or place name too, so only before an
        // Arabic-article word (or "Allah") and no given name is it a head.
        let part = ctx.name_part(i);
        let ambiguous = part.given || part.surname || gazetteer_entity_at(ctx, i);
        if ambiguous && (!article || given) {
            continue;
        }
        push(
            out,
            span_of(ctx, i, e),
            Label::Organization,
            "rule:org.arabic_head",
        );
    }
}

/// Words that make a brand after a country, city or nationality: geography writes "eastern
/// China", never "China Eastern".
const BRAND_TAILS: &[&str] = &[
    "Atlantic", "Eastern", "Northern", "Pacific", "Southern", "Western",
];

/// `rule:org.place_brand`: a country, city or nationality and one of [`BRAND_TAILS`] as a
/// two-word capitalized run ("China Eastern", "Cathay Pacific", "Canadian Pacific", "Texas
/// Southern"): a company or a school, not the place. Not on a title-case line, not where the
/// gazetteer names the pair ("Asia Pacific" is a region) or the first word is a region or
/// continent. `upper` lists the capitalized and all-caps tokens.
#[inline(never)]
fn place_brand(ctx: &Context<'_>, upper: &[usize], out: &mut Vec<Candidate>) {
    let toks = ctx.tokens;
    for &i in upper {
        // Cheap test first: the tails are seven or eight letters long.
        if i == 0
            || toks[i].shape != Shape::Capitalized
            || !matches!(toks[i].span.len(), 7 | 8)
            || !BRAND_TAILS.iter().any(|tail| is_word(ctx, i, tail))
            || toks[i - 1].shape != Shape::Capitalized
            || !adjacent(ctx, i - 1)
            || toks
                .get(i + 1)
                .is_some_and(|t| t.is_upper_initial() && adjacent(ctx, i))
            || (i >= 2 && toks[i - 2].is_upper_initial() && adjacent(ctx, i - 2))
        {
            continue;
        }
        let Some(m) = match_at(ctx, toks[i - 1].span.start) else {
            continue;
        };
        let place_or_people = m.span.end == toks[i - 1].span.end
            && ctx.gazetteer.entries_of(m.pattern).any(|e| {
                matches!(
                    e.kind,
                    EntryKind::Place(PlaceKind::Country | PlaceKind::City) | EntryKind::Nationality
                )
            })
            && !ctx.gazetteer.entries_of(m.pattern).any(|e| {
                matches!(
                    e.kind,
                    EntryKind::Place(PlaceKind::Region | PlaceKind::Continent)
                )
            });
        if !place_or_people || super::person::title_case_line(ctx, toks[i].span.start) {
            continue;
        }
        push(
            out,
            span_of(ctx, i - 1, i + 1),
            Label::Organization,
            "rule:org.place_brand",
        );
    }
}

/// The word between an airline's name and a flight number ("Garuda Indonesia Flight 200").
const FLIGHT_WORDS: &[&str] = &["Flight"];

/// The most name words read before [`FLIGHT_WORDS`].
const MAX_AIRLINE_WORDS: usize = 3;

/// `rule:org.airline`: one to [`MAX_AIRLINE_WORDS`] capitalized words before "Flight" and a
/// flight number ("Adam Air Flight 574", "Garuda Indonesia Flight 200"): only an airline numbers
/// flights. Not a place alone ("Lagos Flight 12" names no carrier), a title or a date. Token
/// `i` is the [`FLIGHT_WORDS`] word; [`head_word`] calls this for it.
fn flight_airline_at(ctx: &Context<'_>, i: usize, out: &mut Vec<Candidate>) {
    let toks = ctx.tokens;
    if i == 0
        || i + 1 >= toks.len()
        || !adjacent(ctx, i)
        || !text_of(ctx, i + 1).starts_with(|c: char| c.is_ascii_digit())
    {
        return;
    }
    let mut s = i;
    while s > 0
        && i - s < MAX_AIRLINE_WORDS
        && adjacent(ctx, s - 1)
        && name_word(ctx, s - 1)
        && !has(ctx, s - 1, words::LEADING_STOP | words::DATE_WORD)
        && !is_kind_at(ctx, s - 1, EntryKind::Title)
    {
        s -= 1;
    }
    if s == i || strong_place(ctx, s, i) || nationality_len(ctx, s, i) == i - s {
        return;
    }
    push(
        out,
        span_of(ctx, s, i),
        Label::Organization,
        "rule:org.airline",
    );
}

/// `rule:org.airline`: "Air" right before a place or nationality ("Air France", "Air India",
/// "Air New Zealand"): the airline, not the place. "Air" must be capitalized and the place
/// must not be the start of a longer capitalized name ("Air Force", "Air quality" never match).
/// `upper` lists the capitalized and all-caps tokens.
#[inline(never)]
fn airline(ctx: &Context<'_>, upper: &[usize], out: &mut Vec<Candidate>) {
    let toks = ctx.tokens;
    for &i in upper {
        if i + 1 >= toks.len()
            || toks[i].shape != Shape::Capitalized
            || !is_word(ctx, i, "Air")
            || !adjacent(ctx, i)
        {
            continue;
        }
        let Some(m) = match_at(ctx, toks[i + 1].span.start) else {
            continue;
        };
        let place = ctx
            .gazetteer
            .entries_of(m.pattern)
            .any(|e| matches!(e.kind, EntryKind::Place(_) | EntryKind::Nationality));
        if !place {
            continue;
        }
        let next = ctx.token_at(m.span.end);
        if next < toks.len()
            && adjacent(ctx, next - 1)
            && toks[next].is_upper_initial()
            && !is_head(ctx, next)
        {
            continue;
        }
        push(
            out,
            Span::new(toks[i].span.start, m.span.end),
            Label::Organization,
            "rule:org.airline",
        );
    }
}

/// Club words that end a football club's name after a place ("Leeds United", "Bristol Rovers")
/// (sorted), and "FC" ([`is_club_after`]). "County" is left out: it ends a US county's name
/// ("Dallas County").
const CLUB_AFTER: &[&str] = &[
    "Albion",
    "Athletic",
    "City",
    "Hotspur",
    "Rangers",
    "Rovers",
    "Town",
    "United",
    "Wanderers",
];

/// The club words of [`CLUB_AFTER`] that also end place names ("Gaza City", "Cape Town"): a club
/// only after a city's name, and only where the gazetteer does not name the whole span as a place
/// ("Leicester City", "Ipswich Town"; not "Quezon City", "Mexico City").
const CLUB_PLACE_WORDS: &[&str] = &["City", "Town"];

/// The words [`sports_club`] starts from (but "FC").
const CLUB_WORDS: [&str; CLUB_AFTER.len() + CLUB_BEFORE.len()] =
    words::concat(&[CLUB_AFTER, CLUB_BEFORE]);

/// Whether `word` ends a club's name: a [`CLUB_AFTER`] word or "FC" (all capitals, so not in the
/// exact word class).
fn is_club_after(word: &str) -> bool {
    word == "FC" || CLUB_AFTER.contains(&word)
}

/// Lower-case words that make "X City"/"X Town" before them the place, not a club: its
/// administration and people ("Taichung City officials", "Town council") (sorted).
const CIVIC_AFTER: &[&str] = &[
    "administration",
    "authorities",
    "council",
    "government",
    "hall",
    "limits",
    "mayor",
    "officials",
    "police",
    "residents",
];

/// Whether tokens `i..j` are a "City"/"Town" club ([`CLUB_PLACE_WORDS`]): the gazetteer's
/// longest match at `i` is a city's name, not a country's, and ends right before the club word,
/// so the whole span is no place it knows ("Gaza City" is matched whole); and neither "in"
/// before it nor a civic noun after it ([`CIVIC_AFTER`]) says it is the city.
fn city_club(ctx: &Context<'_>, i: usize, j: usize) -> bool {
    let in_before = i > 0 && adjacent(ctx, i - 1) && text_of(ctx, i - 1) == "in";
    let civic_after =
        j < ctx.tokens.len() && adjacent(ctx, j - 1) && CIVIC_AFTER.contains(&text_of(ctx, j));
    if in_before || civic_after {
        return false;
    }
    match_at(ctx, ctx.tokens[i].span.start).is_some_and(|m| {
        m.span.end == ctx.tokens[j - 2].span.end
            && ctx
                .gazetteer
                .entries_of(m.pattern)
                .any(|e| e.kind == EntryKind::Place(PlaceKind::City))
            && !ctx.has_kind(m, EntryKind::Place(PlaceKind::Country))
    })
}

/// Club words that open a club's name before a place ("Real Madrid", "Atletico Madrid",
/// "Eintracht Frankfurt") (sorted).
const CLUB_BEFORE: &[&str] = &[
    "Atletico",
    "Borussia",
    "Deportivo",
    "Dinamo",
    "Dynamo",
    "Eintracht",
    "Fortuna",
    "Inter",
    "Lokomotiv",
    "Olympique",
    "Racing",
    "Real",
    "Slavia",
    "Sparta",
    "Spartak",
    "Sporting",
];

/// `rule:org.sports_club`: see the module documentation. The club word must end the
/// capitalized run ("United Nations", "Rangers Football Club" are left to other rules) and the
/// run must start with a place the gazetteer knows; a line in title case proposes nothing.
/// `upper` lists the capitalized and all-caps tokens: club words and "FC" are among them.
#[inline(never)]
fn sports_club(ctx: &Context<'_>, upper: &[usize], out: &mut Vec<Candidate>) {
    let toks = ctx.tokens;
    let place_at = |i: usize| {
        match_at(ctx, toks[i].span.start).is_some_and(|m| {
            ctx.gazetteer
                .entries_of(m.pattern)
                .any(|e| matches!(e.kind, EntryKind::Place(_)))
        })
    };
    for &i in upper {
        // Only club words start the rule.
        if !has(ctx, i, words::CLUB) && !is_word(ctx, i, "FC") {
            continue;
        }
        let word = text_of(ctx, i);
        let run_ends = i + 1 >= toks.len() || !(adjacent(ctx, i) && name_word(ctx, i + 1));
        let span = if is_club_after(word) && i > 0 && run_ends {
            // The place may be followed by one or two more words ("Queens Park Rangers").
            let mut first = i;
            while first > 0
                && i - first < 3
                && adjacent(ctx, first - 1)
                && toks[first - 1].shape == Shape::Capitalized
                && !has(ctx, first - 1, words::LEADING_STOP)
            {
                first -= 1;
            }
            let Some(p) = (first..i).find(|&p| place_at(p)) else {
                continue;
            };
            if p != first || (CLUB_PLACE_WORDS.contains(&word) && !city_club(ctx, first, i + 1)) {
                continue;
            }
            span_of(ctx, first, i + 1)
        } else if CLUB_BEFORE.contains(&word) && i + 1 < toks.len() && adjacent(ctx, i) {
            let Some(m) = match_at(ctx, toks[i + 1].span.start) else {
                continue;
            };
            let end = ctx.token_at(m.span.end);
            if !place_at(i + 1)
                || (end < toks.len() && adjacent(ctx, end - 1) && name_word(ctx, end))
            {
                continue;
            }
            Span::new(toks[i].span.start, m.span.end)
        } else {
            continue;
        };
        if super::person::title_case_line(ctx, span.start) {
            continue;
        }
        push(out, span, Label::Organization, "rule:org.sports_club");
    }
}

/// Whether token `i` is a product model code: letters and digits ("A380", "F-35",
/// "A330-200", "7E7") or a three-digit number ("737"); not a year or a count.
fn model_code(ctx: &Context<'_>, i: usize) -> bool {
    let b = text_of(ctx, i).as_bytes();
    if b.len() > 10
        || !b.iter().any(u8::is_ascii_digit)
        || !b.iter().all(|&c| c.is_ascii_alphanumeric() || c == b'-')
        || !(b[0].is_ascii_uppercase() || b[0].is_ascii_digit())
    {
        return false;
    }
    let count = ctx
        .tokens
        .get(i + 1)
        .is_some_and(|_| adjacent(ctx, i) && COUNT_NOUNS.contains(&text_of(ctx, i + 1)));
    if b.iter().all(u8::is_ascii_digit) {
        return b.len() == 3 && !count;
    }
    !count
}

/// `rule:misc.product`: a known company right before a model code, with at most one
/// capitalized word between ("Airbus A380", "Boeing 787", "Rolls-Royce Trent 900") names a
/// product (MISC), not the company.
#[inline(never)]
fn product(ctx: &Context<'_>, out: &mut Vec<Candidate>) {
    let toks = ctx.tokens;
    for m in ctx.matches {
        if !ctx
            .gazetteer
            .entries_of(m.pattern)
            .any(|e| e.kind == EntryKind::Organization)
        {
            continue;
        }
        let mut k = ctx.token_at(m.span.end);
        if k == 0 || k >= toks.len() || toks[k - 1].span.end != m.span.end || !adjacent(ctx, k - 1)
        {
            continue;
        }
        if toks[k].shape == Shape::Capitalized
            && !model_code(ctx, k)
            && !is_head(ctx, k)
            && k + 1 < toks.len()
            && adjacent(ctx, k)
        {
            k += 1;
        }
        if model_code(ctx, k) {
            push(
                out,
                Span::new(m.span.start, toks[k].span.end),
                Label::Misc,
                "rule:misc.product",
            );
        }
    }
}

/// `rule:org.institution`. `upper` lists the capitalized and all-caps tokens.
#[inline(never)]
fn institution(ctx: &Context<'_>, upper: &[usize], out: &mut Vec<Candidate>) {
    let toks = ctx.tokens;
    for &i in upper {
        let t = &toks[i];
        if t.shape != Shape::Capitalized || t.class & words::INSTITUTION == 0 {
            continue;
        }
        // Part of a longer capitalized name: the head-word rule decides.
        let next_cap = i + 1 < toks.len() && toks[i + 1].is_upper_initial() && adjacent(ctx, i);
        let prev_cap = i > 0
            && toks[i - 1].is_upper_initial()
            && adjacent(ctx, i - 1)
            && !has(ctx, i - 1, words::LEADING_STOP);
        if next_cap {
            continue;
        }
        // "the Afghan Army": a nationality says whose; the institution is the name.
        if prev_cap {
            if nationality_before(ctx, i) {
                push(out, t.span, Label::Organization, "rule:org.institution");
            }
            continue;
        }
        let after_the = i > 0 && text_of(ctx, i - 1) == "the";
        if after_the || (t.class & words::BARE_INSTITUTION != 0 && i > 0) {
            push(out, t.span, Label::Organization, "rule:org.institution");
        }
    }
}

/// Whether tokens `[i, j)` form a name a context cue may label: capitalized (a lower-case name
/// particle may join two words: "Shabab al Mujahideen"), not a known place, nationality or
/// title.
fn plain_name(ctx: &Context<'_>, i: usize, j: usize) -> bool {
    plain_name_where(ctx, i, j, true)
}

/// [`plain_name`], with person names allowed when `no_person` is false.
fn plain_name_where(ctx: &Context<'_>, i: usize, j: usize, no_person: bool) -> bool {
    (j > i + 1 || text_of(ctx, i).len() > 2)
        && !(j == i + 1 && has(ctx, i, words::RELIGION))
        && (i..j).all(|k| {
            name_word(ctx, k)
                    || (k > i && k + 1 < j && super::particle(text_of(ctx, k)))
                    // "al Shabaab": an Arabic article opening the name.
                    || (k == i && j > i + 1 && matches!(text_of(ctx, k), "al" | "el"))
        })
        && !(i..j).any(|k| {
            (gazetteer_entity_at(ctx, k) && !weak_place_at(ctx, k))
                || is_kind_at(ctx, k, EntryKind::Title)
                || (no_person && is_person_name(ctx, k))
        })
}

/// Whether tokens `[i, j)` may name a news outlet before "news agency"/"news service" ("the
/// Fars news agency", "The Mehr news agency"): capitalized words, none a nationality ("the
/// French news agency" is any French agency), a country or a title. Agencies are named after
/// provinces and people as often as not, so known places below a country and known personal
/// names are allowed, unlike [`plain_name`].
fn outlet_name(ctx: &Context<'_>, i: usize, j: usize) -> bool {
    (i..j).all(|k| name_word(ctx, k) && !is_kind_at(ctx, k, EntryKind::Title))
        && !(i..j).any(|k| {
            match_at(ctx, ctx.tokens[k].span.start).is_some_and(|m| {
                nationality_match(ctx, m)
                    || ctx.gazetteer.entries_of(m.pattern).any(|e| {
                        matches!(
                            e.kind,
                            EntryKind::Nationality
                                | EntryKind::Place(PlaceKind::Country | PlaceKind::Continent)
                        )
                    })
            })
        })
}

/// Cities smaller than this give way to organization context cues ("Xinhua reported").
const WEAK_CITY_POPULATION: u64 = 100_000;

/// Whether the gazetteer match at token `i` is only a weak place: cities whose surface is an
/// alternate name (not the city's name or its ASCII form) or that are small. Context cues may
/// override those ("Hamas militants": "Hamas" is also an alternate name of Hamm).
fn weak_place_at(ctx: &Context<'_>, i: usize) -> bool {
    let Some(m) = match_at(ctx, ctx.tokens[i].span.start) else {
        return false;
    };
    let surface = &ctx.text[m.span.range()];
    let mut any = false;
    let all_weak = ctx
        .gazetteer
        .entries_of(m.pattern)
        .filter(|e| e.kind.is_entity())
        .all(|e| {
            any = true;
            let Some(place) = e.place.filter(|p| p.kind == PlaceKind::City) else {
                return false;
            };
            let alternate = e.canonical.as_deref().is_some_and(|c| {
                // Not the city's name, nor its ASCII form ("Segou" for "Ségou").
                c != surface && (c.is_ascii() || c.len() < surface.len())
            });
            alternate || place.population.unwrap_or(0) < WEAK_CITY_POPULATION
        });
    any && all_weak
}

/// `rule:org.context`. `cues` lists the tokens in a class of [`CUE_CLASSES`]: no other word
/// is a cue; `upper` the capitalized and all-caps tokens ([`NameEnds::of`]).
#[inline(never)]
fn context_cue(ctx: &Context<'_>, cues: &[usize], upper: &[usize], out: &mut Vec<Candidate>) {
    let toks = ctx.tokens;
    let mut name_ends = None;
    for &i in cues {
        let class = toks[i].class;
        // Cheap test first: "news" is the only cue word not in a class, and a cue that opens
        // a sentence is capitalized ("Shares of X rose").
        let opening = opening_before_cue(ctx, i);
        if class & (words::AFTER_CUE | words::TYPE_NOUN | words::BEFORE_CUE) == 0
            && !(class & words::ORG_RARE_CUE != 0
                && matches!(
                    text_of(ctx, i),
                    "news"
                        | "told"
                        | "rebel"
                        | "rebels"
                        | "quoted"
                        | "reported"
                        | "speaking"
                        | "Speaking"
                        | "according"
                        | "According"
                        | "party"
                ))
            && opening.is_none()
        {
            continue;
        }
        let word = opening.unwrap_or_else(|| text_of(ctx, i));
        if word == "told" {
            told(
                ctx,
                i,
                name_ends.get_or_insert_with(|| NameEnds::of(upper)),
                out,
            );
            continue;
        }
        // "Speaking to Xinhua", "according to Dealogic": as after "told", a name alone there
        // is an outlet's or a firm's; people are cited by their full names.
        if matches!(word, "speaking" | "Speaking" | "according" | "According") {
            if i + 2 < toks.len() && adjacent(ctx, i) && text_of(ctx, i + 1) == "to" {
                told(
                    ctx,
                    i + 1,
                    name_ends.get_or_insert_with(|| NameEnds::of(upper)),
                    out,
                );
            }
            continue;
        }
        // "Xinhua quoted an official as saying": news outlets quote; people are quoted.
        if matches!(word, "quoted" | "reported") {
            quoted(
                ctx,
                i,
                name_ends.get_or_insert_with(|| NameEnds::of(upper)),
                out,
            );
            continue;
        }
        if word == "party" {
            party(ctx, i, out);
            continue;
        }
        // "X militants", "X spokesman", "X news agency": the name ends just before the cue;
        // only "news agency" is evidence enough at the start of a sentence.
        let news_agency = word == "news"
            && i + 1 < toks.len()
            && matches!(text_of(ctx, i + 1), "agency" | "service");
        // "M23 rebels", "M23 fighters": a code-shaped name is a group's, also opening a
        // sentence; before "rebels" only such a name or an acronym that names no place is.
        let code = i > 0 && adjacent(ctx, i - 1) && code_name(ctx, i - 1);
        if REBEL_CUES.contains(&word) {
            let acronym = i > 0
                && adjacent(ctx, i - 1)
                && toks[i - 1].shape == Shape::AllCaps
                && !gazetteer_entity_at(ctx, i - 1)
                && !sentence_initial(ctx, i - 1);
            if code || acronym {
                push(
                    out,
                    span_of(ctx, i - 1, i),
                    Label::Organization,
                    "rule:org.context",
                );
            }
            continue;
        }
        if (class & words::AFTER_CUE != 0 || news_agency) && i > 0 && adjacent(ctx, i - 1) {
            let start = name_start(ctx, i);
            let armed = i - start >= 2 && ARMED_MEMBERS.contains(&word);
            // "the Ansarul Islam group": between "the" and a collective noun, a name of two or
            // more words that does not start with a given name is the body's, even where a
            // later word is also a surname ("Islam").
            let collective = i - start >= 2
                && COLLECTIVE_CUES.contains(&word)
                && start > 0
                && matches!(text_of(ctx, start - 1), "the" | "The")
                && !ctx.name_part(start).given;
            // "the Palestinian Islamic group Hamas", "Tibetan Buddhist leader": a creed before
            // the cue describes; so does one word shaped like an adjective of a people or a
            // compass point ("European leaders", "Kurdish officials", "Western leaders").
            let creed = has(ctx, i - 1, words::RELIGION)
                || (i - start == 1
                    && if OUTLET_CUES.contains(&word) {
                        people_adjective(text_of(ctx, start))
                    } else {
                        demonym_adjective(text_of(ctx, start))
                    });
            // "the Corvel Azur airline": a company's or an outlet's name, not a person's.
            let company = i - start >= 2
                && COMPANY_AFTER_CUES.contains(&word)
                && employer_name(ctx, start, i);
            let language = i - start == 1
                && OUTLET_CUES.contains(&word)
                && LANGUAGES.contains(&text_of(ctx, start));
            // "GE officials say": an unknown acronym is a body's, also opening a sentence.
            let acronym = i - start == 1 && unknown_acronym(ctx, start);
            let name = if news_agency {
                outlet_name(ctx, start, i)
            } else {
                (plain_name_where(ctx, start, i, !(armed || collective)) || company || acronym)
                    && !language
            };
            if start < i
                && !creed
                && name
                && (news_agency
                    || (code && start == i - 1)
                    || acronym
                    || (start > 0 && !sentence_initial(ctx, start)))
            {
                push(
                    out,
                    span_of(ctx, start, i),
                    Label::Organization,
                    "rule:org.context",
                );
            }
        }
        // "energy giant Gazprom": a type noun right before a capitalized name, or before a
        // comma and a name that a comma or a full stop closes ("gas company, Gazprom.").
        let comma = class & words::TYPE_NOUN != 0
            && i + 3 < toks.len()
            && text_of(ctx, i + 1) == ","
            && adjacent(ctx, i + 1)
            && matches!(text_of(ctx, i + 3), "," | ".");
        // "the British newspaper, The Sentinel.": a capitalized "The" after the comma opens
        // the title, and the title's one to three words are read up to the comma or full stop.
        if class & words::TYPE_NOUN != 0 && !comma {
            if let Some(e) = the_title_after_comma(ctx, i) {
                push(
                    out,
                    span_of(ctx, i + 2, e),
                    Label::Organization,
                    "rule:org.context",
                );
                continue;
            }
        }
        if class & words::TYPE_NOUN != 0 && i + 1 < toks.len() && (adjacent(ctx, i) || comma) {
            let s = if comma { i + 2 } else { i + 1 };
            let mut e = s;
            while e < toks.len() && e - s < 3 && name_word(ctx, e) {
                if e > s && !adjacent(ctx, e - 1) {
                    break;
                }
                e += 1;
            }
            // One word that is only a surname may be a company ("automaker Chrysler").
            let surname = e == s + 1 && {
                let part = ctx.name_part(s);
                part.surname && !part.given && plain_name_where(ctx, s, e, false)
            };
            // "maker Research in Motion": the whole name, or nothing where its end is unknown.
            let end = if name_goes_on(ctx, e) {
                through_connective(ctx, e)
            } else {
                Some(e)
            };
            // "the German firm Vantrel Hoffer": two or more words that do not start with a
            // given name are the company's, also where a later one is a surname.
            let firm = e > s + 1 && employer_name(ctx, s, e);
            if let Some(end) = end.filter(|_| {
                e > s
                    && !has(ctx, s, words::DATE_WORD)
                    && (plain_name(ctx, s, e) || surname || firm)
            }) {
                push(
                    out,
                    span_of(ctx, s, end),
                    Label::Organization,
                    "rule:org.context",
                );
            }
        }
        // "spokesman for (the) X", "shares of X", "militant group X".
        if i + 2 < toks.len() && adjacent(ctx, i) {
            let next = text_of(ctx, i + 1);
            if !BEFORE_CUES.iter().any(|&(a, b)| a == word && b == next) {
                continue;
            }
            let mut s = i + 2;
            if text_of(ctx, s) == "the" && s + 1 < toks.len() && adjacent(ctx, s) {
                s += 1;
            }
            if !adjacent(ctx, s - 1) {
                continue;
            }
            let mut e = s;
            // Capitalized words, and name particles after the first ("Jaish al-Adl", "Shabab al
            // Mujahideen").
            while e < toks.len()
                && e - s < 4
                && (toks[e].is_upper_initial()
                    || (e > s && super::particle_tail(text_of(ctx, e)).is_some())
                    || (e > s
                        && e + 1 < toks.len()
                        && super::particle(text_of(ctx, e))
                        && adjacent(ctx, e)
                        && toks[e + 1].is_upper_initial()))
            {
                if e > s && !adjacent(ctx, e - 1) {
                    break;
                }
                e += 1;
            }
            let employer = (EMPLOYEE_CUES.contains(&word) || DEAL_CUES.contains(&word))
                && e > s
                && employer_name(ctx, s, e);
            // After "militant group" a name is the group's, even if its words are also
            // personal names ("Ansarul Islam"). "Shares of Research in Motion": the whole
            // name, or nothing where its end is unknown.
            let end = if e > s && name_goes_on(ctx, e) {
                through_connective(ctx, e)
            } else {
                Some(e)
            };
            if let Some(end) =
                end.filter(|_| e > s && (plain_name_where(ctx, s, e, next != "group") || employer))
            {
                push(
                    out,
                    span_of(ctx, s, end),
                    Label::Organization,
                    "rule:org.context",
                );
            }
        }
    }
}

/// Function words written in capitals on an all-caps line: no acronyms.
const CAPITAL_FUNCTION_WORDS: &[&str] = &[
    "AN", "AND", "AS", "AT", "BUT", "BY", "FOR", "HE", "IN", "IS", "IT", "OF", "ON", "OR", "SHE",
    "THE", "TO", "WE",
];

/// Whether token `i` is an acronym the gazetteer does not know: two to five capital letters
/// ("GE", "LRA"), no place, nationality, organization or title, and no function word.
fn unknown_acronym(ctx: &Context<'_>, i: usize) -> bool {
    let word = text_of(ctx, i);
    (2..=5).contains(&word.len())
        && word.bytes().all(|b| b.is_ascii_uppercase())
        && !CAPITAL_FUNCTION_WORDS.contains(&word)
        && match_at(ctx, ctx.tokens[i].span.start).is_none()
}

/// The end (exclusive token index) of a title opened by a capitalized "The" after type noun
/// `i` and a comma ("the British newspaper, The Sentinel.", "a Kenyan daily, The Morning
/// Star,"): one to three name words that are no known place, nationality, title or date, closed
/// by a comma or a full stop.
fn the_title_after_comma(ctx: &Context<'_>, i: usize) -> Option<usize> {
    let toks = ctx.tokens;
    let s = i + 3;
    if s >= toks.len()
        || text_of(ctx, i + 1) != ","
        || !adjacent(ctx, i)
        || !adjacent(ctx, i + 1)
        || !is_word(ctx, i + 2, "The")
        || !adjacent(ctx, i + 2)
    {
        return None;
    }
    let mut e = s;
    while e < toks.len() && e - s < 3 && name_word(ctx, e) && (e == s || adjacent(ctx, e - 1)) {
        e += 1;
    }
    (e > s
        && e < toks.len()
        && matches!(text_of(ctx, e), "," | ".")
        && !(s..e).any(|k| has(ctx, k, words::DATE_WORD))
        && plain_name_where(ctx, s, e, false))
    .then_some(e)
}

/// Words before a party's name and a lower-case "party" that make it a party's name ("the
/// opposition Labor party", "the ruling Liberal party"); a bare "the" does not ("the Sunni Arab
/// party" describes).
const PARTY_OPENERS: &[&str] = &["governing", "opposition", "rival", "ruling"];

/// Lower-case nouns that a party's name and "party" modify ("a Liberal party leadership battle",
/// "the Tory party conference", "Labour party members"): after "party" they make the words
/// before it a party's name without an opener of [`PARTY_OPENERS`].
const PARTY_COMPOUNDS: &[&str] = &[
    "boss",
    "chairman",
    "chief",
    "conference",
    "congress",
    "convention",
    "headquarters",
    "leader",
    "leaders",
    "leadership",
    "member",
    "members",
    "primary",
    "spokesman",
    "spokeswoman",
];

/// The most words of a party's name read before "party".
const MAX_PARTY_WORDS: usize = 3;

/// "the opposition X party", "the ruling X party": one to [`MAX_PARTY_WORDS`] capitalized words
/// between a word of [`PARTY_OPENERS`] and a lower-case "party" (token `i`) name a party; the
/// name alone is the entity, as in GMB ("the rival Fatah party" -> "Fatah"). The words must
/// be a plain name ([`plain_name`]: no known place, nationality, title or personal name). A
/// noun of [`PARTY_COMPOUNDS`] after "party" does without the opener ([`party_compound`]). One
/// word shaped like a people's adjective describes ("the Kurdish party headquarters").
fn party(ctx: &Context<'_>, i: usize, out: &mut Vec<Candidate>) {
    if i < 2 || !adjacent(ctx, i - 1) {
        return;
    }
    let start = name_start(ctx, i);
    if start == i
        || start == 0
        || i - start > MAX_PARTY_WORDS
        || !adjacent(ctx, start - 1)
        || !(PARTY_OPENERS.contains(&text_of(ctx, start - 1)) || party_compound(ctx, start, i))
        || !plain_name(ctx, start, i)
        || (i - start == 1 && people_adjective(text_of(ctx, start)))
    {
        return;
    }
    push(
        out,
        span_of(ctx, start, i),
        Label::Organization,
        "rule:org.context",
    );
}

/// Whether the lower-case "party" at token `i` comes before a noun of [`PARTY_COMPOUNDS`] and
/// the name before it at `start` does not open its sentence ("a tumultuous Liberal party
/// leadership battle"; not "Party leaders met", whose capital tells nothing).
fn party_compound(ctx: &Context<'_>, start: usize, i: usize) -> bool {
    i + 1 < ctx.tokens.len()
        && adjacent(ctx, i)
        && PARTY_COMPOUNDS.contains(&text_of(ctx, i + 1))
        && !sentence_initial(ctx, start)
}

/// The most words of a name read after "told".
const MAX_TOLD_WORDS: usize = 3;

/// "told (the) X": news English tells people by their full names or titles and a news outlet by
/// its name alone ("told Xinhua by phone", "told the Telvora Courier"), so one to three capitalized
/// words there that are no known personal name, place, nationality, title or date, and that
/// no other capitalized word continues, name an organization. One word that ended a longer
/// capitalized name earlier in the document is a surname ("Colonel Ama Kessle ... told Kessle").
fn told(ctx: &Context<'_>, i: usize, name_ends: &NameEnds<'_>, out: &mut Vec<Candidate>) {
    let toks = ctx.tokens;
    let mut s = i + 1;
    if s + 1 < toks.len() && adjacent(ctx, i) && text_of(ctx, s) == "the" {
        s += 1;
    }
    if s >= toks.len() || !adjacent(ctx, s - 1) {
        return;
    }
    let mut e = s;
    while e < toks.len()
        && e - s <= MAX_TOLD_WORDS
        && name_word(ctx, e)
        && !has(ctx, e, words::DATE_WORD)
        && (e == s || adjacent(ctx, e - 1))
    {
        e += 1;
    }
    if e > s
        && e - s <= MAX_TOLD_WORDS
        && plain_name(ctx, s, e)
        && !name_ends.surname_alone(ctx, s, e)
    {
        push(
            out,
            span_of(ctx, s, e),
            Label::Organization,
            "rule:org.context",
        );
    }
}

/// "X quoted", "X reported": news English has outlets quote people ("Xinhua quoted a local
/// official", "Interfax quoted him as saying") and report ("..., Interfax reported."), so one
/// to three capitalized words right before the verb that are no known personal name, place,
/// nationality, title or date and no surname standing alone, name an organization; before
/// "quoted" also opening a sentence, before "reported" not ("Residents reported": a capital
/// there tells nothing). Not before "as" ("Smith quoted as saying" is a passive) nor after
/// "was"/"were".
fn quoted(ctx: &Context<'_>, i: usize, name_ends: &NameEnds<'_>, out: &mut Vec<Candidate>) {
    let toks = ctx.tokens;
    if i == 0 || i + 1 >= toks.len() || !adjacent(ctx, i - 1) || text_of(ctx, i + 1) == "as" {
        return;
    }
    let s = name_start(ctx, i);
    if s == i
        || i - s > MAX_TOLD_WORDS
        || has(ctx, s, words::LEADING_STOP)
        || (s > 0 && matches!(text_of(ctx, s - 1), "was" | "were"))
        || (text_of(ctx, i) == "reported" && sentence_initial(ctx, s))
        || !plain_name(ctx, s, i)
        || name_ends.surname_alone(ctx, s, i)
    {
        return;
    }
    push(
        out,
        span_of(ctx, s, i),
        Label::Organization,
        "rule:org.context",
    );
}

/// The words that end a longer capitalized name in a document ("Kessle" of "Ama Kessle"): read
/// from the capitalized and all-caps tokens when a "told X" or "X's shares" asks, a scan of the
/// few before X (a map of them all cost more than the few questions a document asks).
struct NameEnds<'u> {
    upper: &'u [usize],
}

impl<'u> NameEnds<'u> {
    /// `upper` lists the capitalized and all-caps tokens: a name's words are among them.
    fn of(upper: &'u [usize]) -> NameEnds<'u> {
        NameEnds { upper }
    }

    /// Whether tokens `[s, e)` are one word that ended a longer name earlier in the document: a
    /// surname standing alone ("Colonel Ama Kessle ... told Kessle").
    fn surname_alone(&self, ctx: &Context<'_>, s: usize, e: usize) -> bool {
        if e != s + 1 {
            return false;
        }
        let word = text_of(ctx, s);
        let before = self.upper.partition_point(|&j| j < s);
        self.upper[..before].iter().any(|&j| {
            ctx.tokens[j].span.len() == word.len()
                && text_of(ctx, j) == word
                && j > 0
                && adjacent(ctx, j - 1)
                && name_word(ctx, j - 1)
                && !has(ctx, j - 1, words::LEADING_STOP)
        })
    }
}

/// Whether tokens `[s, e)` may name a company after an employee or deal cue ("an analyst with
/// X", "a merger with X"): a plain name ([`plain_name_where`], personal names allowed) whose first
/// word is no known given name; words after the first may be places, which a longer name holds
/// ("the merger with McDonnell Douglas").
fn employer_name(ctx: &Context<'_>, s: usize, e: usize) -> bool {
    e > s
        && !ctx.name_part(s).given
        && (plain_name_where(ctx, s, e, false)
            || (e > s + 1
                && plain_name_where(ctx, s, s + 1, false)
                && (s + 1..e).all(|k| name_word(ctx, k) && !is_kind_at(ctx, k, EntryKind::Title))))
}

/// Whether token `i` is a code-shaped name: a capital, then letters and digits with at least
/// one digit, eight characters at most ("M23", "FDLR2"); no gazetteer entity.
fn code_name(ctx: &Context<'_>, i: usize) -> bool {
    let b = text_of(ctx, i).as_bytes();
    b.len() >= 2
        && b.len() <= 8
        && b[0].is_ascii_uppercase()
        && b.iter().all(u8::is_ascii_alphanumeric)
        && b.iter().any(u8::is_ascii_digit)
        && !gazetteer_entity_at(ctx, i)
}

/// Whether `word` is shaped like an adjective of a people, region or party ("European",
/// "Kurdish", "Democratic") or of a compass point ("Western"): six letters or more ending in
/// "ean", "ern", "ic" or "ish".
fn people_adjective(word: &str) -> bool {
    word.len() >= 6
        && ["ean", "ern", "ic", "ish"]
            .iter()
            .any(|end| word.ends_with(end))
}

/// [`people_adjective`], or shaped like a demonym or a creed's adjective ("Palestinian",
/// "Sudanese", "Maoist"): six letters or more ending in "ian", "ese" or "ist", or seven or more
/// ending in "an" ("Tibetan", "African"). Before a noun for a group's people ("Palestinian
/// militants", "Tibetan leader") such a word describes them; organizations' one-word names are
/// seldom so shaped, and the gazetteer knows those that are ("Taliban"). Not before an outlet
/// noun, where a newspaper's name may be ("the Guardian newspaper").
fn demonym_adjective(word: &str) -> bool {
    people_adjective(word)
        || (word.len() >= 6
            && (["ian", "ese", "ist"].iter().any(|end| word.ends_with(end))
                || (word.len() >= 7 && word.ends_with("an"))))
}

/// The lower-case cue of [`BEFORE_CUES`] that token `i` writes with a capital at the start of
/// a sentence ("Shares of X rose", "Members of X said"), if any.
fn opening_before_cue(ctx: &Context<'_>, i: usize) -> Option<&'static str> {
    if !has(ctx, i, words::BEFORE_CUE_ANY_CASE)
        || ctx.tokens[i].shape != Shape::Capitalized
        || !sentence_initial(ctx, i)
    {
        return None;
    }
    let word = text_of(ctx, i);
    BEFORE_CUE_FIRST
        .iter()
        .copied()
        .find(|cue| cue.eq_ignore_ascii_case(word))
}

/// Nouns after a possessive that only a company has ("Veltrix's shares", "Veltrix's board").
const COMPANY_POSSESSIONS: &[&str] = &["board", "shareholders", "shares", "stock", "subsidiary"];

/// `rule:org.company_signal`: a name before a possessive and a noun that only a company has
/// ("X's shares", "X's board", "X's stock", "X's shareholders", "X's subsidiary"; unlike "X said
/// in a statement", which people say too), or a club's role noun of [`CLUB_ROLES`] ("Sunderland's
/// manager"). The name is a plain one (no known personal name, place, nationality or title; before
/// a role noun also a city's or a state's, as beside a match score: [`team_name`]) and, when it is
/// one word, no surname the document used before; it may open the sentence. `cues` lists the
/// tokens in a class of [`CUE_CLASSES`]: the nouns are rare cues; `upper` the capitalized and
/// all-caps tokens ([`NameEnds::of`]).
#[inline(never)]
fn company_signals(ctx: &Context<'_>, cues: &[usize], upper: &[usize], out: &mut Vec<Candidate>) {
    let toks = ctx.tokens;
    let mut name_ends = None;
    for &i in cues {
        if i < 2 || !has(ctx, i, words::ORG_RARE_CUE) || toks[i].shape != Shape::Lower {
            continue;
        }
        // "Sunderland's manager": a club's role; "Veltrix's shares": a company's possession.
        let role = CLUB_ROLES.contains(&text_of(ctx, i));
        if !role && !COMPANY_POSSESSIONS.contains(&text_of(ctx, i)) {
            continue;
        }
        // [name] ['] [s] [noun]
        let (apostrophe, s_tok) = (i - 2, i - 1);
        if !matches!(text_of(ctx, apostrophe), "'" | "’")
            || text_of(ctx, s_tok) != "s"
            || !adjacent(ctx, s_tok)
            || apostrophe == 0
            || toks[apostrophe - 1].span.end != toks[apostrophe].span.start
            || toks[apostrophe].span.end != toks[s_tok].span.start
        {
            continue;
        }
        let end = apostrophe;
        let mut start = end;
        while start > 0
            && end - start < 3
            && name_word(ctx, start - 1)
            && (start == end || adjacent(ctx, start - 1))
            && !has(ctx, start - 1, words::LEADING_STOP)
        {
            start -= 1;
        }
        if start == end
            || (start > 0 && adjacent(ctx, start - 1) && name_word(ctx, start - 1))
            || !(plain_name(ctx, start, end) || (role && team_name(ctx, start, end)))
            || has(ctx, start, words::DATE_WORD)
            || name_ends
                .get_or_insert_with(|| NameEnds::of(upper))
                .surname_alone(ctx, start, end)
        {
            continue;
        }
        push(
            out,
            span_of(ctx, start, end),
            Label::Organization,
            "rule:org.company_signal",
        );
    }
}

/// Word classes that may follow a one-word name coordinated with a known organization: the
/// name ends there ("CNBC and Reuters reported", "Reuters and CNBC said").
const AFTER_NAME_CLASSES: words::Class = words::FUNCTION
    | words::REPORTING
    | words::MODAL
    | words::TENSE_AUX
    | words::PASSIVE_AUX
    | words::SUBORDINATOR
    | words::RELATIVE
    | words::LOCATIVE
    | words::TEMPORAL_PREPOSITION
    | words::SAYS;

/// Whether a gazetteer organization ends with token `i`.
fn organization_ends_at(ctx: &Context<'_>, i: usize) -> bool {
    let t = ctx.tokens[i];
    ctx.match_covering(t.span.start)
        .is_some_and(|m| m.span.end == t.span.end && ctx.has_kind(m, EntryKind::Organization))
}

/// Whether a gazetteer organization starts with token `i`.
fn organization_starts_at(ctx: &Context<'_>, i: usize) -> bool {
    match_at(ctx, ctx.tokens[i].span.start)
        .is_some_and(|m| ctx.has_kind(m, EntryKind::Organization))
}

/// `rule:org.coordinated`: one capitalized word the gazetteer does not know at all (no place,
/// name, title or organization) joined by "and"/"or" to an organization it knows ("according
/// to CNBC and Reuters", "Reuters and CNBC reported"): news English coordinates like with like.
/// The word must end the name: the next token is punctuation or a function word ("NATO and
/// Allied forces" stays out). On the right of the known name, the word before it must be a
/// lower-case word (not a sentence opener: "Soldiers and Hezbollah fighters"). `upper` lists
/// the capitalized and all-caps tokens; the known organization is the gazetteer's or one the
/// rules proposed (`out[first..]`: "CNBC").
#[inline(never)]
fn coordinated(ctx: &Context<'_>, upper: &[usize], first: usize, out: &mut Vec<Candidate>) {
    let toks = ctx.tokens;
    let n = toks.len();
    // The byte spans of the organizations the rules proposed, sorted by start: gathered once,
    // at the first coordination site.
    let mut found: Option<Vec<Span>> = None;
    let mut hits: Vec<usize> = Vec::new();
    for &i in upper {
        if toks[i].shape != Shape::Capitalized
            || i == 0
            || ctx.match_covering(toks[i].span.start).is_some()
            || is_person_name(ctx, i)
            || has(
                ctx,
                i,
                words::LEADING_STOP | words::DATE_WORD | words::NOT_NAME,
            )
            // A byte loop: words are short, no memchr set-up.
            || text_of(ctx, i).bytes().any(|b| b == b'-')
        {
            continue;
        }
        // A possessive goes on into a longer name ("Women's NBA").
        let ends_name = i + 1 == n
            || (toks[i + 1].shape == Shape::Punct && !matches!(text_of(ctx, i + 1), "'" | "’"))
            || (toks[i + 1].shape == Shape::Lower
                && (has(ctx, i + 1, AFTER_NAME_CLASSES)
                    || matches!(text_of(ctx, i + 1), "and" | "or")));
        if !ends_name {
            continue;
        }
        let conj = |k: usize| matches!(text_of(ctx, k), "and" | "or");
        let left_site = i >= 2 && conj(i - 1) && adjacent(ctx, i - 2) && adjacent(ctx, i - 1);
        let right_site = i + 2 < n
            && toks[i - 1].shape == Shape::Lower
            && adjacent(ctx, i - 1)
            && conj(i + 1)
            && adjacent(ctx, i)
            && adjacent(ctx, i + 1);
        if !left_site && !right_site {
            continue;
        }
        let spans = found.get_or_insert_with(|| {
            let mut v: Vec<Span> = out[first..]
                .iter()
                .filter(|c| c.entity.label == Label::Organization)
                .map(|c| c.entity.span)
                .collect();
            v.sort_unstable_by_key(|s| (s.start, s.end));
            v
        });
        let proposed = |pred: &dyn Fn(&Span) -> bool, at: usize| {
            let k = spans.partition_point(|s| s.start < at);
            spans[k.saturating_sub(8)..spans.len().min(k + 8)]
                .iter()
                .any(pred)
        };
        let prev = toks[i.saturating_sub(2)].span;
        let next = toks[(i + 2).min(n - 1)].span;
        let left = left_site
            && (organization_ends_at(ctx, i - 2)
                || proposed(&|s: &Span| s.end == prev.end, prev.start));
        let right = right_site
            && (organization_starts_at(ctx, i + 2)
                || proposed(&|s: &Span| s.start == next.start, next.start));
        if left || right {
            hits.push(i);
        }
    }
    for i in hits {
        push(
            out,
            span_of(ctx, i, i + 1),
            Label::Organization,
            "rule:org.coordinated",
        );
    }
}

/// The most capitalized words read on each side of an ampersand.
const MAX_AMPERSAND_WORDS: usize = 3;

/// `rule:org.ampersand`: capitalized words joined by "&" ("Bed Bath & Beyond", "Halvik &
/// Dorne"): news English joins people and places with "and", firms and partnerships with "&".
/// `marks` lists the one-byte ",", "&" and "(" tokens.
/// Each side has one to three name words of two letters or more ("R&D", "AT&T" are left to the
/// gazetteer); not when a side ends or starts with a place that is not weak ("Trinidad &
/// Tobago"), nor on a title-case line.
#[inline(never)]
fn ampersand(ctx: &Context<'_>, marks: &[usize], out: &mut Vec<Candidate>) {
    let toks = ctx.tokens;
    for &i in marks {
        if i == 0
            || i + 1 >= toks.len()
            || !is_word(ctx, i, "&")
            || !adjacent(ctx, i - 1)
            || !adjacent(ctx, i)
        {
            continue;
        }
        let word_ok = |k: usize| name_word(ctx, k) && text_of(ctx, k).chars().count() >= 2;
        let mut s = i;
        while s > 0
            && i - s < MAX_AMPERSAND_WORDS
            && word_ok(s - 1)
            && adjacent(ctx, s - 1)
            && !has(ctx, s - 1, words::LEADING_STOP)
        {
            s -= 1;
        }
        let mut e = i + 1;
        while e < toks.len()
            && e - i - 1 < MAX_AMPERSAND_WORDS
            && word_ok(e)
            && adjacent(ctx, e - 1)
        {
            e += 1;
        }
        if s == i || e == i + 1 {
            continue;
        }
        let place = |k: usize| {
            match_at(ctx, toks[k].span.start).is_some_and(|m| {
                ctx.gazetteer
                    .entries_of(m.pattern)
                    .any(|en| matches!(en.kind, EntryKind::Place(_) | EntryKind::Nationality))
            }) && !weak_place_at(ctx, k)
        };
        if place(i - 1)
            || place(i + 1)
            || (s..e).any(|k| k != i && is_kind_at(ctx, k, EntryKind::Title))
            || super::person::title_case_line(ctx, toks[i].span.start)
        {
            continue;
        }
        // The gazetteer's own entry keeps its source ("Procter & Gamble").
        let span = span_of(ctx, s, e);
        if match_at(ctx, span.start).is_some_and(|m| m.span == span) {
            continue;
        }
        push(out, span, Label::Organization, "rule:org.ampersand");
    }
}

/// Role nouns of a club's or a company's people that news English writes between the club and
/// the person's name ("Newcastle boss Rafa Benitez", "Chelsea attacker Armando Broja", "Stifel
/// analyst Eric Lamont").
const CLUB_ROLES: &[&str] = &[
    "analyst",
    "attacker",
    "boss",
    "captain",
    "coach",
    "defender",
    "economist",
    "goalkeeper",
    "manager",
    "midfielder",
    "skipper",
    "strategist",
    "striker",
    "winger",
];

/// Role nouns of a body's heads that news English writes between the body and the person's name
/// ("Korvagaz chief Alexei Miller", "Dovana president Ana Ruiz", "Tellmark founder Tom Hale"). A
/// country's or a party's head is written so too ("Kenya president", "Republican chairman"), so
/// before these no place and no word shaped like an adjective of a people or a creed is the body.
const CORPORATE_ROLES: &[&str] = &[
    "chairman",
    "chairwoman",
    "chief",
    "co-founder",
    "founder",
    "head",
    "president",
];

/// Whether the one word `word` is shaped like an adjective of a people, a party or a creed
/// ("Olympic", "Republican", "Anglican"): before a role noun of [`CORPORATE_ROLES`] it says
/// whose side, not which body.
fn adjective_shaped(word: &str) -> bool {
    demonym_adjective(word) || (word.len() >= 6 && word.ends_with("can"))
}

/// `rule:org.club_role`: one or two capitalized words, a role noun of [`CLUB_ROLES`] or
/// [`CORPORATE_ROLES`] (or "chief executive") and a capitalized name ("Southampton manager Ralph Hasenhuttl", "Tesco boss Dave
/// Lewis", "Velmora chief executive Tom Hale"): the words
/// before the role name the club or company the person works for, also where they are a city's
/// name. Not a country, a region or a nationality (a national side is the country's: "England
/// striker Harry Kane"), not a title or a date. `cues` lists the tokens in a class of
/// [`CUE_CLASSES`]: the role nouns are rare cues.
#[inline(never)]
fn club_role(ctx: &Context<'_>, cues: &[usize], out: &mut Vec<Candidate>) {
    let toks = ctx.tokens;
    for &cue in cues {
        // "Velmora chief executive Tom Hale": the two-word role is read from its first word.
        let chief = cue > 1
            && text_of(ctx, cue) == "executive"
            && text_of(ctx, cue - 1) == "chief"
            && adjacent(ctx, cue - 1);
        let i = if chief { cue - 1 } else { cue };
        let corporate = !chief
            && has(ctx, i, words::ORG_RARE_CUE)
            && CORPORATE_ROLES.contains(&text_of(ctx, i));
        if i == 0
            || cue + 1 >= toks.len()
            || toks[i].shape != Shape::Lower
            || !(chief
                || corporate
                || (has(ctx, i, words::ORG_RARE_CUE) && CLUB_ROLES.contains(&text_of(ctx, i))))
            || !adjacent(ctx, cue)
            || !adjacent(ctx, i - 1)
            || !toks[cue + 1].is_upper_initial()
            || !name_word(ctx, cue + 1)
        {
            continue;
        }
        let mut s = i;
        while s > 0
            && i - s < 2
            && name_word(ctx, s - 1)
            && (s == i || adjacent(ctx, s - 1))
            && !has(ctx, s - 1, words::LEADING_STOP)
        {
            s -= 1;
        }
        if s == i || (s > 0 && adjacent(ctx, s - 1) && name_word(ctx, s - 1)) {
            continue;
        }
        // "Former Dellmart boss": a sentence's first word that the gazetteer does not know
        // is an ordinary word written with a capital.
        let opener = sentence_initial(ctx, s)
            && !is_person_name(ctx, s)
            && match_at(ctx, toks[s].span.start).is_none();
        // An employee's firm ("Stifel analyst Eric Lamont") is no place, and an unknown word
        // opening the sentence may describe the employee ("Senior economist John Smith"), so
        // where the firm's name starts is unknown.
        let employee = chief || corporate || EMPLOYEE_CUES.contains(&text_of(ctx, i));
        // "Former Korvagaz chief X": a body's head is no describing word, so a capitalized
        // opener before one more word is read as an ordinary word.
        if employee && opener && !(corporate && s + 1 < i) {
            continue;
        }
        if s + 1 < i && opener {
            s += 1;
        }
        if corporate && s + 1 == i && adjective_shaped(text_of(ctx, s)) {
            continue;
        }
        let plain = (!employee && club_with_city(ctx, s, i))
            || (s..i).all(|k| {
                !is_kind_at(ctx, k, EntryKind::Title)
                    && !has(ctx, k, words::DATE_WORD | words::RELIGION)
                    && !match_at(ctx, toks[k].span.start).is_some_and(|m| {
                        ctx.gazetteer.entries_of(m.pattern).any(|e| {
                            matches!(
                                e.kind,
                                EntryKind::Nationality
                                    | EntryKind::Place(
                                        PlaceKind::Country
                                            | PlaceKind::Admin1
                                            | PlaceKind::Region
                                            | PlaceKind::Continent
                                    )
                            ) || (employee && matches!(e.kind, EntryKind::Place(_)))
                        })
                    })
            });
        if plain {
            push(
                out,
                span_of(ctx, s, i),
                Label::Organization,
                "rule:org.club_role",
            );
        }
    }
}

/// `rule:org.national_name`: a nationality right before an organization the gazetteer names
/// with two or more words ("American Red Cross", "Palestinian Islamic Jihad"): the nationality
/// is part of the name, as before a head word ("American Diabetes Association"). Not before a
/// state's own institution ([`STATE_HEADS`]: "the Russian Security Forces"), nor before a
/// one-word name, which a nationality describes ("Lebanese Hezbollah"); not on title-case lines.
/// A nationality ending a hyphenated word takes the whole word ("Inter-American Commission on
/// Human Rights"). Reads the gazetteer's matches, not the tokens.
#[inline(never)]
fn national_name(ctx: &Context<'_>, out: &mut Vec<Candidate>) {
    for pair in ctx.matches.windows(2) {
        let (nat, org) = (&pair[0], &pair[1]);
        let gap = &ctx.text.as_bytes()[nat.span.end.min(org.span.start)..org.span.start];
        if gap != b" "
            || !ctx.text[org.span.range()].contains(' ')
            || !ctx.has_kind(org, EntryKind::Organization)
            || !nationality_match(ctx, nat)
        {
            continue;
        }
        // "Inter-American Commission on Human Rights": the nationality may end a hyphenated
        // token, whose capitalized first part opens the name.
        let first = ctx.tokens.partition_point(|t| t.span.end <= nat.span.start);
        let Some(&tok) = ctx.tokens.get(first) else {
            continue;
        };
        let last = ctx.token_at(org.span.end) - 1;
        if (tok.span.start < nat.span.start
            && (ctx.text.as_bytes()[nat.span.start - 1] != b'-' || !tok.is_upper_initial()))
            || STATE_HEADS.contains(&text_of(ctx, last))
            || super::person::title_case_line(ctx, nat.span.start)
        {
            continue;
        }
        push(
            out,
            Span::new(tok.span.start.min(nat.span.start), org.span.end),
            Label::Organization,
            "rule:org.national_name",
        );
    }
}

/// Verbs of a match result between the winner and the loser ("Southampton beat Liverpool 3-1").
const RESULT_VERBS: &[&str] = &[
    "beat", "beats", "crushed", "defeated", "defeats", "edged", "hammered", "routed", "stunned",
    "thrashed",
];

/// Words before "to"/"with"/"over" that make the next name a match opponent ("lost to X 2-1",
/// "drew with X 1-1", "a win over X 2-0").
const RESULT_NOUNS: &[&str] = &["draw", "drew", "lost", "victory", "win", "won"];

/// The most capitalized words of a team's name beside a score.
const MAX_TEAM_WORDS: usize = 3;

/// Whether token `i` is a match score: one or two digits, a hyphen, one or two digits ("1-0",
/// "24-17"); not a year range ("1990-91": four digits), nor a tennis set (a 6 or a 7 on one
/// side: "6-4").
fn is_score(ctx: &Context<'_>, i: usize) -> bool {
    let b = text_of(ctx, i).as_bytes();
    let Some(dash) = b.iter().position(|&c| c == b'-') else {
        return false;
    };
    let (l, r) = (&b[..dash], &b[dash + 1..]);
    if !(1..=2).contains(&l.len())
        || !(1..=2).contains(&r.len())
        || !l.iter().chain(r).all(u8::is_ascii_digit)
    {
        return false;
    }
    // A tennis set ("6-4", "7-5") is won by players, not teams.
    let set = |d: &[u8]| d.len() == 1 && matches!(d[0], b'6' | b'7');
    !(set(l) || set(r))
}

/// The capitalized run of at most [`MAX_TEAM_WORDS`] words that ends right before token `end`,
/// as `start`; `None` where a longer run or no run ends there.
fn team_before(ctx: &Context<'_>, end: usize) -> Option<usize> {
    let mut s = end;
    while s > 0 && end - s < MAX_TEAM_WORDS && name_word(ctx, s - 1) && adjacent(ctx, s - 1) {
        s -= 1;
    }
    (s < end && !(s > 0 && adjacent(ctx, s - 1) && name_word(ctx, s - 1))).then_some(s)
}

/// Whether tokens `s..e` can name a team beside a score: a city or a state the gazetteer knows
/// (its club: "Norwich"), or a plain name that holds no known place, nationality, title or personal name
/// ("Arsenal"). A country, region or nationality is its national side and stays a place; a
/// person ("Nadal beat Federer 6-4") is no team.
fn team_name(ctx: &Context<'_>, s: usize, e: usize) -> bool {
    if has(ctx, s, words::DATE_WORD | words::LEADING_STOP) {
        return false;
    }
    if club_with_city(ctx, s, e) {
        return true;
    }
    if let Some(m) = match_at(ctx, ctx.tokens[s].span.start) {
        return m.span.end == ctx.tokens[e - 1].span.end
            && ctx.gazetteer.entries_of(m.pattern).any(|e| {
                matches!(
                    e.kind,
                    EntryKind::Place(PlaceKind::City | PlaceKind::Admin1)
                )
            })
            && !ctx.gazetteer.entries_of(m.pattern).any(|e| {
                matches!(
                    e.kind,
                    EntryKind::Nationality
                        | EntryKind::Place(
                            PlaceKind::Country | PlaceKind::Region | PlaceKind::Continent
                        )
                )
            });
    }
    plain_name_where(ctx, s, e, true)
}

/// Whether tokens `s..e` are one word and a city the gazetteer knows ("Bayern Munich", "Hertha
/// Berlin", "Dynamo Kyiv"): English writes two places side by side only with a comma ("Munich,
/// Bavaria"), so beside a score or before a club's role noun they name a club. The first word
/// may be a state's name or a company's, not a country's, a region's, a nationality, a title, a
/// given name or a date; the gazetteer must not know the two words as one place.
fn club_with_city(ctx: &Context<'_>, s: usize, e: usize) -> bool {
    if e != s + 2 || !adjacent(ctx, s) || !name_word(ctx, s) {
        return false;
    }
    let city = is_kind_at(ctx, s + 1, EntryKind::Place(PlaceKind::City));
    let first_ok = !has(ctx, s, words::DATE_WORD | words::LEADING_STOP)
        && !is_kind_at(ctx, s, EntryKind::Title)
        && !ctx.name_part(s).given
        && match_at(ctx, ctx.tokens[s].span.start).is_none_or(|m| {
            m.span == ctx.tokens[s].span
                && !ctx.gazetteer.entries_of(m.pattern).any(|e| {
                    matches!(
                        e.kind,
                        EntryKind::Nationality
                            | EntryKind::Title
                            | EntryKind::Place(
                                PlaceKind::Country | PlaceKind::Region | PlaceKind::Continent
                            )
                    )
                })
        });
    city && first_ok
}

/// `rule:org.match_score`: the names beside a match score are teams ("Norwich 1-0 Arsenal",
/// "Southampton beat Liverpool 3-1", "lost to Everton 2-1"), also where they name cities: the
/// club, not the place. `i` is a number token ([`shaped_words`]); only a score goes on.
fn match_score(ctx: &Context<'_>, i: usize, out: &mut Vec<Candidate>) {
    let toks = ctx.tokens;
    if i == 0 || !adjacent(ctx, i - 1) || !is_score(ctx, i) {
        return;
    }
    let mut push_team = |s: usize, e: usize| {
        if team_name(ctx, s, e) {
            push(
                out,
                span_of(ctx, s, e),
                Label::Organization,
                "rule:org.match_score",
            );
        }
    };
    let Some(s) = team_before(ctx, i) else {
        return;
    };
    // "Norwich 1-0 Arsenal": a team on each side.
    if i + 1 < toks.len() && adjacent(ctx, i) && name_word(ctx, i + 1) {
        let mut e = i + 1;
        while e < toks.len() && e - i <= MAX_TEAM_WORDS && name_word(ctx, e) && adjacent(ctx, e - 1)
        {
            e += 1;
        }
        if e - i <= MAX_TEAM_WORDS && !(e < toks.len() && adjacent(ctx, e - 1) && name_word(ctx, e))
        {
            push_team(s, i);
            push_team(i + 1, e);
        }
        return;
    }
    // "X beat Y 3-1", "X lost to Y 2-1": the loser before the score, the winner (or the other
    // side) before the verb.
    if s < 2 || !adjacent(ctx, s - 1) {
        return;
    }
    let before = text_of(ctx, s - 1);
    let verb = if RESULT_VERBS.contains(&before) {
        s - 1
    } else if matches!(before, "to" | "with" | "over")
        && adjacent(ctx, s - 2)
        && RESULT_NOUNS.contains(&text_of(ctx, s - 2))
    {
        s - 2
    } else {
        return;
    };
    push_team(s, i);
    if verb > 0 && adjacent(ctx, verb - 1) {
        if let Some(w) = team_before(ctx, verb) {
            if !sentence_initial(ctx, w)
                || w + 1 < verb
                || match_at(ctx, toks[w].span.start).is_some()
            {
                push_team(w, verb);
            }
        }
    }
}

/// Surname particles that a capital follows inside one word ("McCain", "MacArthur", "DeLay",
/// "ElBaradei", "LaGuardia", "VanDyke"): such a word is a person's name, not a company's.
const NAME_PARTICLES: &[&str] = &[
    "Abu", "Ben", "Da", "De", "Del", "Della", "Di", "Du", "El", "La", "Le", "Mac", "Mc", "St",
    "Van", "Von",
];

/// Whether `word` is written in camel case: a capital, lower-case letters, a capital and more
/// lower-case letters, letters only ("BlackBerry", "WikiLeaks"); not after a surname particle
/// ([`NAME_PARTICLES`]).
fn camel_word(word: &str) -> bool {
    let b = word.as_bytes();
    if b.len() < 5 || !b.iter().all(u8::is_ascii_alphabetic) || !b[1].is_ascii_lowercase() {
        return false;
    }
    let Some(inner) = b[2..]
        .iter()
        .position(u8::is_ascii_uppercase)
        .map(|k| k + 2)
    else {
        return false;
    };
    inner + 1 < b.len()
        && b[inner + 1].is_ascii_lowercase()
        && !NAME_PARTICLES.contains(&&word[..inner])
}

/// `rule:org.camel_case`: one camel-case word ([`camel_word`]) that the gazetteer does not
/// know and that is no known personal name is a weak organization guess ("BlackBerry",
/// "KindHearts", "WikiLeaks"): brands and firms write their names so, people and places
/// rarely. Any other candidate of the span wins; a word before a number or model code is a
/// product ("PowerBook G4"). `i` is a capitalized token ([`shaped_words`]); only one with a
/// capital inside goes on.
fn camel_case(ctx: &Context<'_>, i: usize, out: &mut Vec<Candidate>) {
    let toks = ctx.tokens;
    // Cheap test first, on the bytes: five or more, a capital after the second.
    let span = toks[i].span;
    if span.len() < 5
        || !ctx.text.as_bytes()[span.start + 2..span.end]
            .iter()
            .any(u8::is_ascii_uppercase)
    {
        return;
    }
    let word = text_of(ctx, i);
    if !camel_word(word)
        || is_person_name(ctx, i)
        || match_at(ctx, toks[i].span.start).is_some()
        || (i + 1 < toks.len()
            && adjacent(ctx, i)
            && (toks[i + 1].shape == Shape::Number || model_code(ctx, i + 1)))
    {
        return;
    }
    out.push(Candidate {
        entity: crate::document::Entity::new(
            toks[i].span,
            Label::Organization,
            crate::document::Source::Rule("rule:org.camel_case"),
        ),
        priority: Priority::Guess,
    });
}

/// The rules that start from a token's shape alone, in one pass over the capitalized words and
/// numbers (`shaped`): camel-case words ([`camel_case`]) and match scores ([`match_score`]).
#[inline(never)]
fn shaped_words(ctx: &Context<'_>, shaped: &[usize], out: &mut Vec<Candidate>) {
    for &i in shaped {
        match ctx.tokens[i].shape {
            Shape::Capitalized => {
                camel_case(ctx, i, out);
                team_nickname(ctx, i, out);
            }
            Shape::Number => match_score(ctx, i, out),
            _ => {}
        }
    }
}

/// Capitalized plurals after a place that name no team: events, land forms, planets, parties'
/// members, believers and other people (a closed class; peoples' names the gazetteer knows are left out
/// by it, demonym-shaped ones by their ending).
const NOT_NICKNAMES: &[&str] = &[
    "Accords",
    "Affairs",
    "Alps",
    "Awards",
    "Buddhists",
    "Catholics",
    "Championships",
    "Conservatives",
    "Conventions",
    "Democrats",
    "Falls",
    "Games",
    "Greens",
    "Heights",
    "Highlands",
    "Hills",
    "Hindus",
    "Islands",
    "Isles",
    "Jews",
    "Keys",
    "Mars",
    "Lakes",
    "Liberals",
    "Mountains",
    "Muslims",
    "Olympics",
    "Plains",
    "Protestants",
    "Rapids",
    "Residents",
    "Sikhs",
    "Springs",
    "States",
    "Talks",
    "Territories",
    "Tories",
    "Trials",
    "Venus",
];

/// `rule:org.sports_club`: a city's, a state's or a region's name and one capitalized plural
/// that ends the run ("Seattle Seahawks", "San Diego Chargers", "New England Patriots"): North
/// American teams are named so. Not after a country (a nation's people: "Iraq Veterans"), not
/// a plural of [`NOT_NICKNAMES`], none the gazetteer knows and none shaped like a demonym
/// ("Jerusalem Palestinians"); not where the gazetteer names the whole run as a place, nor on a
/// title-case line. Token `i` is the plural.
fn team_nickname(ctx: &Context<'_>, i: usize, out: &mut Vec<Candidate>) {
    let toks = ctx.tokens;
    let word = text_of(ctx, i);
    if i == 0
        || word.len() < 4
        || !word.ends_with('s')
        || word.ends_with("ss")
        || !adjacent(ctx, i - 1)
        || toks[i - 1].shape != Shape::Capitalized
        || (i + 1 < toks.len() && adjacent(ctx, i) && name_word(ctx, i + 1))
        || NOT_NICKNAMES.contains(&word)
        || demonym_adjective(&word[..word.len() - 1])
        || word.ends_with("ians")
        || word.ends_with("ites")
        || ctx.match_covering(toks[i].span.start).is_some()
        || is_person_name(ctx, i)
    {
        return;
    }
    // The place ends right before the plural and starts the capitalized run.
    let Some(m) = ctx.match_covering(toks[i - 1].span.start) else {
        return;
    };
    let start = ctx.token_at(m.span.start);
    if m.span.end != toks[i - 1].span.end
        || start >= i
        || (start > 0
            && adjacent(ctx, start - 1)
            && name_word(ctx, start - 1)
            && !has(ctx, start - 1, words::LEADING_STOP))
    {
        return;
    }
    let entries = || ctx.gazetteer.entries_of(m.pattern);
    let place = entries().any(|e| {
        matches!(
            e.kind,
            EntryKind::Place(PlaceKind::City | PlaceKind::Admin1 | PlaceKind::Region)
        )
    });
    let nation = entries().any(|e| {
        matches!(
            e.kind,
            EntryKind::Nationality | EntryKind::Place(PlaceKind::Country | PlaceKind::Continent)
        )
    });
    if !place || nation || super::person::title_case_line(ctx, toks[start].span.start) {
        return;
    }
    // A weak guess: a person's name of the same span ("Florence Aubenas": a city that is also
    // a given name) wins; a place inside the span does not.
    out.push(Candidate {
        entity: crate::document::Entity::new(
            span_of(ctx, start, i + 1),
            Label::Organization,
            crate::document::Source::Rule("rule:org.sports_club"),
        ),
        priority: Priority::Guess,
    });
}

/// `rule:org.apposed_group`: "(a) militant group, X," — an armed-group noun, a comma, then
/// capitalized name words closed by a comma, a full stop or an opening bracket. `marks` lists
/// the one-byte ",", "&" and "(" tokens: the rule reads the word before each comma.
#[inline(never)]
fn apposed_group(ctx: &Context<'_>, marks: &[usize], out: &mut Vec<Candidate>) {
    let toks = ctx.tokens;
    for &comma in marks {
        if comma + 2 < toks.len() && is_word(ctx, comma, ",") {
            apposed_company(ctx, comma, out);
        }
        // The group noun is at `i`, right before the comma.
        if comma < 2 || comma + 2 >= toks.len() || !is_word(ctx, comma, ",") {
            continue;
        }
        ranked_company(ctx, comma, out);
        let i = comma - 1;
        if ctx.tokens[i].shape != Shape::Lower
            || !GROUP_NOUNS.contains(&text_of(ctx, i))
            || !ARMED_MODIFIERS.contains(&text_of(ctx, i - 1))
            || !adjacent(ctx, i - 1)
        {
            continue;
        }
        let s = i + 2;
        let mut e = s;
        while e < toks.len() && e - s < MAX_APPOSED_WORDS && apposed_word(ctx, e) {
            if e > s && !adjacent(ctx, e - 1) {
                break;
            }
            e += 1;
        }
        let closed = e > s && e < toks.len() && matches!(text_of(ctx, e), "," | "." | "(");
        let plain = (e > s + 1 || text_of(ctx, s).len() > 2)
            && !(s..e).any(|k| {
                (gazetteer_entity_at(ctx, k) && !weak_place_at(ctx, k))
                    || is_kind_at(ctx, k, EntryKind::Title)
                    || has(ctx, k, words::DATE_WORD | words::LEADING_STOP)
            });
        if closed && plain {
            push(
                out,
                span_of(ctx, s, e),
                Label::Organization,
                "rule:org.apposed_group",
            );
        }
    }
}

/// Nouns for groups and bodies whose name "known as", "called" or "named" introduces ("a militia known as X", "the
/// agency, known as X"); their plurals in "-s" too ("militias known as X").
const KNOWN_AS_NOUNS: &[&str] = &[
    "agency",
    "alliance",
    "coalition",
    "company",
    "faction",
    "firm",
    "gang",
    "group",
    "militia",
    "movement",
    "network",
    "organisation",
    "organization",
    "outfit",
    "unit",
];

/// `rule:org.known_as`: a noun of [`KNOWN_AS_NOUNS`] (or its plural), an optional comma, "known
/// as", "called" or "named", then one to
/// [`MAX_APPOSED_WORDS`] name words ("a self-defense group known as Jean Denis Tetou"). `caps`
/// lists the capitalized words: the rule reads the three words before each.
#[inline(never)]
fn known_as_group(ctx: &Context<'_>, caps: &[usize], out: &mut Vec<Candidate>) {
    let toks = ctx.tokens;
    let mut next = 0;
    for &s in caps {
        if s < 2 || s < next {
            continue;
        }
        // "known as X", or "called X"/"named X" ("a firm called X").
        let p = if is_word(ctx, s - 1, "as") && is_word(ctx, s - 2, "known") {
            s - 2
        } else if is_word(ctx, s - 1, "called") || is_word(ctx, s - 1, "named") {
            s - 1
        } else {
            continue;
        };
        // "The agency, known as X,": a comma may set the participle off.
        let n = match p.checked_sub(1) {
            Some(c) if c > 0 && is_word(ctx, c, ",") => c - 1,
            Some(n) => n,
            None => continue,
        };
        let noun = text_of(ctx, n);
        let group = KNOWN_AS_NOUNS.contains(&noun)
            || noun
                .strip_suffix('s')
                .is_some_and(|n| KNOWN_AS_NOUNS.contains(&n));
        if !group || toks[n].shape != Shape::Lower {
            continue;
        }
        let mut e = s;
        while e < toks.len() && e - s < MAX_APPOSED_WORDS && apposed_word(ctx, e) {
            if e > s && !adjacent(ctx, e - 1) {
                break;
            }
            e += 1;
        }
        next = e;
        let plain = e > s
            && (e > s + 1 || text_of(ctx, s).len() > 2)
            && !(s..e).any(|k| {
                (gazetteer_entity_at(ctx, k) && !weak_place_at(ctx, k))
                    || is_kind_at(ctx, k, EntryKind::Title)
                    || has(ctx, k, words::DATE_WORD | words::LEADING_STOP)
            });
        if plain {
            push(
                out,
                span_of(ctx, s, e),
                Label::Organization,
                "rule:org.known_as",
            );
        }
    }
}

/// Ranking words after "the world's" that are no superlative in "-est" ("the world's top
/// miner", "Europe's leading carmaker").
const RANKS: &[&str] = &["leading", "No.", "top"];

/// The most tokens between a ranking word and the type noun it ranks ("the world's biggest
/// listed oil and gas company").
const MAX_RANKED_GAP: usize = 5;

/// `rule:org.context`: a name set off by a comma before "the world's", "the country's" or a
/// place's possessive, a superlative or ranking word and a type noun of [`TYPE_NOUNS`]
/// ("Bremont, the world's largest maker of ball bearings, said"; "Kalvo, Europe's biggest
/// budget airline"): only a company is ranked by its trade. Token `comma` is the comma;
/// [`apposed_group`] calls this for each.
fn ranked_company(ctx: &Context<'_>, comma: usize, out: &mut Vec<Candidate>) {
    let toks = ctx.tokens;
    let mut k = comma + 1;
    if k < toks.len() && text_of(ctx, k) == "the" {
        k += 1;
    }
    // Cheap tests first: the possessive's apostrophe and "s".
    if comma == 0
        || k + 3 >= toks.len()
        || !matches!(text_of(ctx, k + 1), "'" | "’")
        || text_of(ctx, k + 2) != "s"
    {
        return;
    }
    let owner_ok = matches!(text_of(ctx, k), "world" | "country" | "nation")
        || (toks[k].is_upper_initial() && gazetteer_entity_at(ctx, k));
    let rank = text_of(ctx, k + 3);
    if !owner_ok || !(rank.ends_with("est") || RANKS.contains(&rank)) {
        return;
    }
    let typed = (k + 4..toks.len().min(k + 5 + MAX_RANKED_GAP))
        .take_while(|&j| toks[j].shape == Shape::Lower || is_word(ctx, j, "-"))
        .any(|j| has(ctx, j, words::TYPE_NOUN));
    let start = name_start(ctx, comma);
    if typed && start < comma && plain_name(ctx, start, comma) {
        push(
            out,
            span_of(ctx, start, comma),
            Label::Organization,
            "rule:org.context",
        );
    }
}

/// Nouns for a company or a body that an apposition after a name ends in ("Kelvar Capital, a
/// private equity firm that owns ..."); nouns that also name people's trades ("producer",
/// "operator", "supplier") are not among them.
const APPOSED_BODIES: &[&str] = &[
    "agency",
    "airline",
    "alliance",
    "bank",
    "broadcaster",
    "carmaker",
    "carrier",
    "chain",
    "charity",
    "coalition",
    "company",
    "conglomerate",
    "consortium",
    "corporation",
    "daily",
    "division",
    "faction",
    "firm",
    "group",
    "insurer",
    "lender",
    "militia",
    "movement",
    "network",
    "newspaper",
    "organisation",
    "organization",
    "party",
    "startup",
    "subsidiary",
    "union",
    "venture",
];

/// The most words between the article and the body noun of an apposition ("a Romanian civil
/// rights group").
const MAX_APPOSED_GAP: usize = 4;

/// `rule:org.context`: a name set off by a comma before "a", "an" or "the", up to
/// [`MAX_APPOSED_GAP`] lower-case or hyphenated modifiers and a body noun of [`APPOSED_BODIES`]
/// that ends the apposition ("Kelvar Capital, a private equity firm that owns ...", "Pro
/// Lumina, a Romanian civil rights group, says", "Trenco, a division of Vantage", "Telvex, a
/// joint venture funded by ..."): the name is the body's. The noun must be followed by
/// punctuation, a relative word or a participle of ownership or leadership, so that it heads
/// the apposition ("Smith, a company spokesman" does not); after
/// "division" or "subsidiary" also "of". The name is a plain one (no known place, nationality or
/// title) that starts with no function word nor a given name; a later word may be a surname,
/// as in a company's name ([`employer_name`]). Token `comma` is the comma.
fn apposed_company(ctx: &Context<'_>, comma: usize, out: &mut Vec<Candidate>) {
    let toks = ctx.tokens;
    let a = comma + 1;
    if comma == 0 || a + 2 >= toks.len() {
        return;
    }
    if is_word(ctx, a, "one") {
        if let Some(noun) = one_of_bodies(ctx, a) {
            apposed_name(ctx, comma, noun, out);
        }
        return;
    }
    if !matches!(text_of(ctx, a), "a" | "an" | "the") {
        return;
    }
    let mut k = a + 1;
    let noun = loop {
        if k >= toks.len() || k - a > MAX_APPOSED_GAP + 1 || !adjacent(ctx, k - 1) {
            return;
        }
        let t = toks[k];
        if t.shape == Shape::Lower && APPOSED_BODIES.contains(&text_of(ctx, k)) {
            break k;
        }
        // Modifiers: lower-case words, hyphenated ones ("U.S.-based", "state-owned") and
        // nationalities ("a Romanian civil rights group").
        let hyphenated = text_of(ctx, k).contains('-') && !toks[k].is_upper_initial();
        let lower = t.shape == Shape::Lower
            || hyphenated
            || text_of(ctx, k).ends_with("-based")
            || is_kind_at(ctx, k, EntryKind::Nationality);
        if !lower {
            return;
        }
        k += 1;
    };
    apposed_name(ctx, comma, noun, out);
}

/// Plural nouns for companies and bodies after "one of" in an apposition ("Vexa, one of the
/// country's biggest lenders, said").
const APPOSED_PLURALS: &[&str] = &[
    "agencies",
    "airlines",
    "automakers",
    "banks",
    "broadcasters",
    "carmakers",
    "carriers",
    "companies",
    "conglomerates",
    "corporations",
    "factions",
    "firms",
    "groups",
    "insurers",
    "lenders",
    "militias",
    "movements",
    "networks",
    "newspapers",
    "organisations",
    "organizations",
    "parties",
    "unions",
];

/// The most tokens between "one of" and the plural body noun ("one of the Internet's most
/// successful companies").
const MAX_ONE_OF_GAP: usize = 7;

/// The plural body noun of [`APPOSED_PLURALS`] in "one of ... companies" opening at token
/// `one`, if any: "one of", then up to [`MAX_ONE_OF_GAP`] words and possessives (no comma or
/// full stop).
fn one_of_bodies(ctx: &Context<'_>, one: usize) -> Option<usize> {
    let toks = ctx.tokens;
    if one + 2 >= toks.len() || !is_word(ctx, one + 1, "of") || !adjacent(ctx, one) {
        return None;
    }
    let mut k = one + 2;
    while k < toks.len() && k - one - 2 <= MAX_ONE_OF_GAP && adjacent(ctx, k - 1) {
        let word = text_of(ctx, k);
        if toks[k].shape == Shape::Lower && APPOSED_PLURALS.contains(&word) {
            return Some(k);
        }
        if matches!(
            word,
            "," | "." | ";" | ":" | "(" | ")" | "\"" | "and" | "or"
        ) {
            return None;
        }
        k += 1;
    }
    None
}

/// Proposes the name that ends before `comma` when the apposition's body noun at `noun` ends
/// the apposition ([`apposed_company`]).
fn apposed_name(ctx: &Context<'_>, comma: usize, noun: usize, out: &mut Vec<Candidate>) {
    let toks = ctx.tokens;
    let Some(next) = toks.get(noun + 1) else {
        return;
    };
    let after = &ctx.text[next.span.range()];
    let closes = matches!(
        after,
        "," | "."
            | ";"
            | ")"
            | "that"
            | "which"
            | "whose"
            | "with"
            | "based"
            | "backed"
            | "controlled"
            | "formed"
            | "founded"
            | "funded"
            | "headed"
            | "led"
            | "owned"
            | "run"
    ) || (after == "of" && matches!(text_of(ctx, noun), "division" | "subsidiary"));
    if !closes {
        return;
    }
    let start = name_start(ctx, comma);
    if start == comma
        || !adjacent(ctx, comma - 1)
        || has(ctx, start, words::DATE_WORD)
        || text_of(ctx, start).ends_with("ly")
        || !(plain_name(ctx, start, comma) || employer_name(ctx, start, comma))
    {
        return;
    }
    push(
        out,
        span_of(ctx, start, comma),
        Label::Organization,
        "rule:org.context",
    );
}

/// Whether token `i` may be a word of a group's apposed name: a name word ([`name_word`]) or a
/// transliterated word whose lower-case parts are short particles ("Harakat-e", "Hizb-ut").
fn apposed_word(ctx: &Context<'_>, i: usize) -> bool {
    if name_word(ctx, i) {
        return true;
    }
    let word = text_of(ctx, i);
    ctx.tokens[i].shape == Shape::Capitalized
        && word.contains('-')
        && word.split('-').skip(1).all(|p| {
            p.chars().next().is_some_and(char::is_uppercase)
                || ((1..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_lowercase()))
        })
}

/// Whether token `i` starts its sentence (or line): its capital tells nothing.
fn sentence_initial(ctx: &Context<'_>, i: usize) -> bool {
    if i == 0 {
        return true;
    }
    let prev = ctx.tokens[i - 1];
    let gap = &ctx.text[prev.span.end..ctx.tokens[i].span.start];
    gap.contains('\n')
        || matches!(text_of(ctx, i - 1), "." | "!" | "?" | "\"" | "“")
        || after_dateline_dash(ctx, i)
}

/// Whether token `i` follows the dash that closes a dateline: "(AP) — Gang members ...",
/// "KABUL - Gunmen ...". The story's first sentence opens there.
fn after_dateline_dash(ctx: &Context<'_>, i: usize) -> bool {
    i >= 2
        && matches!(text_of(ctx, i - 1), "—" | "–" | "-" | "--")
        && (text_of(ctx, i - 2) == ")" || ctx.tokens[i - 2].shape == Shape::AllCaps)
}

/// Company head words a later mention may drop ("Wagner Group" -> "Wagner", "Acme Holdings"
/// -> "Acme"). Not "Bank", "Party" or "Foundation": their first word is often a common word or
/// another organization's name ("World Bank", "Democratic Party", "Ford Foundation").
const SHORT_FORM_HEADS: &[&str] = &[
    "Airlines",
    "Airways",
    "Corp",
    "Corporation",
    "Enterprises",
    "Group",
    "Holdings",
    "Industries",
    "Motors",
    "Systems",
    "Technologies",
];

/// `rule:org.short_form`: after a two-word organization "X Head" found by the head-word rule,
/// where the head is a company word ([`SHORT_FORM_HEADS`]) and X is no known place or
/// nationality (or the head is "International" and X is distinctive, as below: "Amnesty" after
/// "Amnesty International"), later mentions of "X" alone not followed by another capitalized word ("Wagner
/// mercenaries" after "Wagner Group"), with the full name as canonical. The same for a
/// two-word company the gazetteer lists ("Lockheed" after "Lockheed Martin"), when X is a word
/// of four letters or more that the gazetteer knows only as a surname, if at all, that is in no
/// closed word class and that the document never writes in lower case.
#[inline(never)]
fn short_form(ctx: &Context<'_>, first: usize, out: &mut Vec<Candidate>) {
    let found = out.len();
    let mut seen: Vec<&str> = Vec::new();
    // Per word, whether it is distinctive: the test reads the whole document, so it runs once
    // per word however often the company is named.
    let mut distinctive: crate::import::FxMap<&str, bool> = crate::import::FxMap::default();
    for c in 0..found {
        let e = &out[c].entity;
        if e.label != Label::Organization || seen.len() >= MAX_REPEATED {
            continue;
        }
        let i = ctx.token_at(e.span.start);
        if i + 2 > ctx.tokens.len()
            || ctx.tokens[i + 1].span.end != e.span.end
            || ctx.tokens[i].shape != Shape::Capitalized
            || has(ctx, i, words::LEADING_STOP)
        {
            continue;
        }
        let eligible = if c >= first {
            // "Amnesty" after "Amnesty International": there X must be distinctive, as below.
            let head = text_of(ctx, i + 1);
            e.source == crate::document::Source::Rule("rule:org.head_word")
                && (SHORT_FORM_HEADS.contains(&head) || head == "International")
                && !gazetteer_entity_at(ctx, i)
                && (head != "International"
                    || *distinctive
                        .entry(text_of(ctx, i))
                        .or_insert_with(|| distinctive_company_word(ctx, i)))
        } else {
            // "Lockheed Martin", not "European Union" or "Delphi Corporation" (the head-word
            // case above).
            matches!(e.source, crate::document::Source::Gazetteer { .. })
                && ctx.tokens[i + 1].shape == Shape::Capitalized
                && adjacent(ctx, i)
                && !is_head(ctx, i + 1)
                && *distinctive
                    .entry(text_of(ctx, i))
                    .or_insert_with(|| distinctive_company_word(ctx, i))
        };
        let name = text_of(ctx, i);
        if !eligible || seen.contains(&name) {
            continue;
        }
        seen.push(name);
        let canonical: std::sync::Arc<str> = match &e.canonical {
            Some(c) => c.clone(),
            None => std::sync::Arc::from(&ctx.text[e.span.range()]),
        };
        // One searcher per name, not one per mention.
        let from = e.span.end;
        for k in memchr::memmem::find_iter(&ctx.text.as_bytes()[from..], name.as_bytes()) {
            let start = from + k;
            let end = start + name.len();
            if !crate::gazetteer::is_whole_word(ctx.text, start, end) {
                continue;
            }
            let j = ctx.token_at(start);
            if j >= ctx.tokens.len() || ctx.tokens[j].span.start != start {
                continue;
            }
            let next_cap = j + 1 < ctx.tokens.len()
                && adjacent(ctx, j)
                && ctx.tokens[j + 1].is_upper_initial();
            let prev_cap = j > 0
                && adjacent(ctx, j - 1)
                && name_word(ctx, j - 1)
                && !has(ctx, j - 1, words::LEADING_STOP);
            if next_cap || prev_cap {
                continue;
            }
            let mut cand = Candidate {
                entity: crate::document::Entity::new(
                    Span::new(start, end),
                    Label::Organization,
                    crate::document::Source::Rule("rule:org.short_form"),
                ),
                priority: Priority::Rule,
            };
            cand.entity.canonical = Some(canonical.clone());
            out.push(cand);
        }
    }
}

/// Whether the first word (token `i`) of a gazetteer company may stand for it alone: four
/// letters or more, in no closed word class, known to the gazetteer as nothing but a surname,
/// and never written in lower case in the document ("Lockheed", "Northrop"; not "Royal",
/// "General", "Delta").
fn distinctive_company_word(ctx: &Context<'_>, i: usize) -> bool {
    let word = text_of(ctx, i);
    let info = ctx.word_info(i);
    word.chars().count() >= 4
        && ctx.tokens[i].class == 0
        && !info.name.given
        && ctx.gazetteer.entries_of_word(info).next().is_none()
        && !ctx
            .tokens
            .iter()
            .any(|t| t.shape == Shape::Lower && ctx.text[t.span.range()].eq_ignore_ascii_case(word))
}

/// Whether a gazetteer place starts at byte `start` right after a lower-case "in": there a club
/// or firm named after its town ("Southampton beat Liverpool 3-1") is the town again ("fans in
/// Southampton").
fn place_after_in(ctx: &Context<'_>, start: usize) -> bool {
    let i = ctx.token_at(start);
    i > 0
        && text_of(ctx, i - 1) == "in"
        && match_at(ctx, start).is_some_and(|m| {
            ctx.gazetteer
                .entries_of(m.pattern)
                .any(|e| matches!(e.kind, EntryKind::Place(_)))
        })
}

/// Whether the words at bytes `start..end` stand in a longer run of capitalized words (a name
/// word right before them, a capitalized word or "and" and a capitalized word right after):
/// before the mention a cue vouched for, such a run is another name ("VOA Creole", "Seibu and
/// Sogo"); after it, the same test loses more repeats than it saves ("Air France").
fn inside_capitalized_run(ctx: &Context<'_>, start: usize, end: usize) -> bool {
    let i = ctx.token_at(start);
    let j = ctx.token_at(end);
    let toks = ctx.tokens;
    let before = i > 0
        && i < toks.len()
        && adjacent(ctx, i - 1)
        && name_word(ctx, i - 1)
        && !has(ctx, i - 1, words::LEADING_STOP);
    let after = j < toks.len()
        && j > 0
        && adjacent(ctx, j - 1)
        && (toks[j].is_upper_initial()
            || (j + 1 < toks.len()
                && matches!(text_of(ctx, j), "and" | "&")
                && adjacent(ctx, j)
                && toks[j + 1].is_upper_initial()));
    before || after
}

/// The most distinct organization names a document's rule mentions are repeated for.
const MAX_REPEATED: usize = 64;

/// `rule:org.repeat`: other mentions, before or after it, with exactly the text of an organization found by a rule in
/// `out[first..]` (a lower-case Arabic article may be capitalized: "Al Shabaab" after "al
/// Shabaab"); not a known place's name right after "in" ([`place_after_in`]).
#[inline(never)]
fn repeat(ctx: &Context<'_>, first: usize, out: &mut Vec<Candidate>) {
    let found = out.len();
    let mut seen: Vec<&str> = Vec::new();
    // Where the candidates of this pass start, sorted once: a document naming one firm
    // thousands of times is then not searched once per mention.
    let mut taken: Vec<usize> = out[first..found]
        .iter()
        .map(|o| o.entity.span.start)
        .collect();
    taken.sort_unstable();
    for c in first..found {
        let e = &out[c].entity;
        if e.label != Label::Organization || seen.len() >= MAX_REPEATED {
            continue;
        }
        let name = &ctx.text[e.span.range()];
        if seen.contains(&name) {
            continue;
        }
        seen.push(name);
        // A nationality a rule read as a group ("Palestinian gunmen") is not repeated.
        if match_at(ctx, e.span.start)
            .is_some_and(|m| m.span == e.span && nationality_match(ctx, m))
        {
            continue;
        }
        let vouched = e.span.start;
        let canonical = e.canonical.clone();
        // "al Shabaab" is also written "Al Shabaab" opening a sentence: after a lower-case
        // article, the rest of the name is searched and the capitalized article accepted too.
        let article = ["al ", "el "].iter().any(|a| name.starts_with(a)) && name.len() > 3;
        let key = if article { &name[3..] } else { name };
        // One searcher per name, not one per mention; over the whole document, since a name
        // may stand alone before the mention a cue vouched for ("the company holds in
        // Refinitiv ... according to Refinitiv"). The mention itself is among `taken`.
        for mut start in memchr::memmem::find_iter(ctx.text.as_bytes(), key.as_bytes()) {
            let end = start + key.len();
            if article {
                let Some(before) = start.checked_sub(3).and_then(|b| ctx.text.get(b..start)) else {
                    continue;
                };
                if !matches!(before, "al " | "el " | "Al " | "El ") {
                    continue;
                }
                start -= 3;
            }
            if crate::gazetteer::is_whole_word(ctx.text, start, end)
                && taken.binary_search(&start).is_err()
                && !place_after_in(ctx, start)
                && (start > vouched || !inside_capitalized_run(ctx, start, end))
            {
                let mut cand = Candidate {
                    entity: crate::document::Entity::new(
                        Span::new(start, end),
                        Label::Organization,
                        crate::document::Source::Rule("rule:org.repeat"),
                    ),
                    priority: Priority::Rule,
                };
                cand.entity.canonical = canonical.clone();
                out.push(cand);
            }
        }
    }
}
