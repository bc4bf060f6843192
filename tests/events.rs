//! Events: triggers of every type, arguments, passives, negation, modality, date attachment,
//! false-positive guards, coreference, user lexicons and the CSV export. Sentences written for
//! these tests.

use chronicle::{Date, Document, Event, Extractor, Input};

use crate::common::{check_invariants, run_example, shared_dir};

fn extract(text: &str, dct: Option<&str>) -> Document {
    let mut input = Input::new(text);
    if let Some(d) = dct {
        input = input.with_document_date(d.parse::<Date>().unwrap());
    }
    let doc = Extractor::default().extract_with(input);
    check_invariants(&doc);
    doc
}

/// Asserts that `doc` has no event of type `event_type`, printing the events otherwise.
fn assert_no_event(doc: &Document, event_type: &str) {
    assert!(
        doc.events
            .iter()
            .all(|e| e.event_type.as_str() != event_type),
        "{:?}: {:?}",
        doc.text,
        doc.events
    );
}

fn find<'d>(doc: &'d Document, trigger: &str) -> &'d Event {
    doc.events
        .iter()
        .find(|e| doc.slice(e.trigger) == trigger)
        .unwrap_or_else(|| {
            let got: Vec<String> = doc
                .events
                .iter()
                .map(|e| format!("{}:{}", e.event_type, doc.slice(e.trigger)))
                .collect();
            panic!("no event {trigger:?} in {:?}; events: {got:?}", doc.text)
        })
}

/// One expected event. `None` fields are not checked.
struct Case {
    text: &'static str,
    trigger: &'static str,
    ty: &'static str,
    actor: Option<&'static str>,
    target: Option<&'static str>,
    place: Option<&'static str>,
    date: Option<&'static str>,
}

const fn case(text: &'static str, trigger: &'static str, ty: &'static str) -> Case {
    Case {
        text,
        trigger,
        ty,
        actor: None,
        target: None,
        place: None,
        date: None,
    }
}

impl Case {
    const fn actor(mut self, a: &'static str) -> Case {
        self.actor = Some(a);
        self
    }
    const fn target(mut self, t: &'static str) -> Case {
        self.target = Some(t);
        self
    }
    const fn place(mut self, p: &'static str) -> Case {
        self.place = Some(p);
        self
    }
    const fn date(mut self, d: &'static str) -> Case {
        self.date = Some(d);
        self
    }
}

fn check(cases: &[Case]) {
    let mut failures = Vec::new();
    for c in cases {
        let doc = extract(c.text, Some("2024-06-30"));
        let Some(ev) = doc
            .events
            .iter()
            .find(|e| doc.slice(e.trigger) == c.trigger)
        else {
            let got: Vec<String> = doc
                .events
                .iter()
                .map(|e| format!("{}:{}", e.event_type, doc.slice(e.trigger)))
                .collect();
            failures.push(format!(
                "{:?}: no trigger {:?}; got {got:?}",
                c.text, c.trigger
            ));
            continue;
        };
        let mut bad = Vec::new();
        if ev.event_type.as_str() != c.ty {
            bad.push(format!("type {}", ev.event_type));
        }
        if let Some(a) = c.actor {
            let got: Vec<&str> = ev.actors.iter().map(|x| doc.slice(x.span)).collect();
            if !got.contains(&a) {
                bad.push(format!("actors {got:?}"));
            }
        }
        if let Some(t) = c.target {
            let got = ev.target.as_ref().map(|x| doc.slice(x.span));
            if got != Some(t) {
                bad.push(format!("target {got:?}"));
            }
        }
        if let Some(p) = c.place {
            let got = ev.location.as_ref().map(|x| doc.slice(x.span));
            if got != Some(p) {
                bad.push(format!("place {got:?}"));
            }
        }
        if let Some(d) = c.date {
            let got = ev.date.as_ref().map(|x| x.value.as_str());
            if got != Some(d) {
                bad.push(format!("date {got:?}"));
            }
        }
        if !bad.is_empty() {
            failures.push(format!("{:?} {:?}: {}", c.text, c.trigger, bad.join(", ")));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn every_event_type() {
    check(&[
        case(
            "Rebel fighters attacked an army base near Gao on May 3, 2024.",
            "attacked",
            "ATTACK",
        )
        .actor("Rebel fighters")
        .place("Gao")
        .date("2024-05-03"),
        case(
            "Gunmen killed twelve villagers near Mopti in March 2023.",
            "killed",
            "KILLING",
        )
        .actor("Gunmen")
        .target("twelve villagers")
        .place("Mopti")
        .date("2023-03"),
        case(
            "Police arrested the opposition leader in Bamako on June 2, 2022.",
            "arrested",
            "ARREST",
        )
        .actor("Police")
        .target("opposition leader")
        .place("Bamako")
        .date("2022-06-02"),
        case(
            "Soldiers seized power in Niger in July 2023.",
            "seized power",
            "COUP",
        )
        .actor("Soldiers")
        .place("Niger")
        .date("2023-07"),
        case(
            "A military coup toppled the government of Gabon in August 2023.",
            "coup",
            "COUP",
        )
        .date("2023-08"),
        case(
            "An election was held in Ghana on December 7, 2024.",
            "election",
            "ELECTION",
        )
        .place("Ghana")
        .date("2024-12-07"),
        case(
            "France deployed 500 soldiers to Chad in January 2020.",
            "deployed",
            "DEPLOYMENT",
        )
        .actor("France")
        .place("Chad")
        .date("2020-01"),
        case(
            "Turkish troops arrived in Tripoli on January 5, 2020.",
            "arrived",
            "DEPLOYMENT",
        )
        .actor("Turkish troops")
        .place("Tripoli")
        .date("2020-01-05"),
        case(
            "Russian troops pulled out of Kherson in November 2022.",
            "pulled out of",
            "WITHDRAWAL",
        )
        .actor("Russian troops")
        .place("Kherson")
        .date("2022-11"),
        case(
            "The peacekeepers withdrew from Timbuktu in 2023.",
            "withdrew",
            "WITHDRAWAL",
        )
        .actor("peacekeepers")
        .place("Timbuktu")
        .date("2023"),
        case(
            "The junta expelled three French diplomats in April 2023.",
            "expelled",
            "EXPULSION",
        )
        .actor("junta")
        .target("three French diplomats")
        .date("2023-04"),
        case(
            "Thousands of students protested in Nairobi on June 25, 2024.",
            "protested",
            "PROTEST",
        )
        .place("Nairobi")
        .date("2024-06-25"),
        case(
            "Ethiopia and the rebels signed a peace agreement in Pretoria on November 2, 2022.",
            "signed",
            "AGREEMENT",
        )
        .place("Pretoria")
        .date("2022-11-02"),
        case(
            "The two presidents met in Geneva on June 16, 2021.",
            "met",
            "MEETING",
        )
        .place("Geneva")
        .date("2021-06-16"),
        case(
            "Leaders gathered for a summit in Abuja in February 2024.",
            "summit",
            "MEETING",
        )
        .place("Abuja")
        .date("2024-02"),
        case(
            "The interior minister said on March 3, 2024 that the border would reopen.",
            "said",
            "STATEMENT",
        )
        .actor("interior minister")
        .date("2024-03-03"),
        case(
            "The president appointed a new prime minister on May 10, 2024.",
            "appointed",
            "APPOINTMENT",
        )
        .actor("president")
        .target("new prime minister")
        .date("2024-05-10"),
        case(
            "The finance minister resigned on February 14, 2023.",
            "resigned",
            "RESIGNATION",
        )
        .actor("finance minister")
        .date("2023-02-14"),
        case(
            "The finance minister stepped down in 2023.",
            "stepped down",
            "RESIGNATION",
        )
        .date("2023"),
        case(
            "The prime minister arrived in Tokyo on May 1, 2023.",
            "arrived",
            "TRAVEL",
        )
        .place("Tokyo")
        .date("2023-05-01"),
        case(
            "The airline bought forty new jets in 2023.",
            "bought",
            "TRANSACTION",
        )
        .actor("airline")
        .date("2023"),
        case(
            "The firm unveiled a new phone in Seoul on August 10, 2023.",
            "unveiled",
            "LAUNCH",
        )
        .place("Seoul")
        .date("2023-08-10"),
        case(
            "A passenger train crashed near Lyon on October 3, 2021.",
            "crashed",
            "DISASTER",
        )
        .place("Lyon")
        .date("2021-10-03"),
        case(
            "The former president died in Paris on September 30, 2019.",
            "died",
            "DEATH",
        )
        .place("Paris")
        .date("2019-09-30"),
        case(
            "The former minister was charged with fraud in July 2022.",
            "charged with",
            "LEGAL",
        )
        .date("2022-07"),
    ]);
}

#[test]
fn passives_relatives_and_coordination() {
    check(&[
        // By-agent of a passive; the subject is the target.
        case("Twenty civilians were killed by militants near Kano in May 2022.", "killed", "KILLING")
            .actor("militants")
            .target("Twenty civilians")
            .place("Kano")
            .date("2022-05"),
        case(
            "The village was attacked by soldiers and allied mercenaries in 2022.",
            "attacked",
            "ATTACK",
        )
        .actor("soldiers")
        .target("village"),
        // Two agents joined by "and".
        case(
            "Ten men were executed by local troops and foreign mercenaries in 2021.",
            "executed",
            "KILLING",
        )
        .actor("foreign mercenaries")
        .date("2021"),
        // Relative clause: the antecedent acts.
        case(
            "Rebels backed the general, who seized power in a coup in 2021.",
            "seized power",
            "COUP",
        )
        .actor("general")
        .date("2021"),
        // "where": the place is the antecedent.
        case(
            "Soldiers entered Djenne, where dozens of men were killed in March 2023.",
            "killed",
            "KILLING",
        )
        .date("2023-03"),
        // Coordinated verbs share the subject.
        case(
            "The insurgents captured two towns, killed a governor and besieged the capital in 2024.",
            "killed",
            "KILLING",
        )
        .actor("insurgents")
        .target("governor"),
        // Nominal triggers: possessor and "by" agents, "on" targets.
        case("Russia's withdrawal from Kidal surprised many.", "withdrawal", "WITHDRAWAL")
            .actor("Russia")
            .place("Kidal"),
        case("The attack on Kidal by separatist forces was predictable.", "attack", "ATTACK")
            .actor("separatist forces")
            .target("Kidal")
            .place("Kidal"),
        // A speaker after the quote.
        case("\"We will not leave,\" said the governor.", "said", "STATEMENT").actor("governor"),
    ]);
}

#[test]
fn negation_and_modality() {
    use chronicle::Modality::{Asserted, Hypothetical, Reported};
    let cases: &[(&str, &str, bool, chronicle::Modality)] = &[
        (
            "The army did not withdraw from Gao.",
            "withdraw",
            true,
            Asserted,
        ),
        (
            "Rebels never attacked the town.",
            "attacked",
            true,
            Asserted,
        ),
        (
            "The government failed to hold elections.",
            "hold",
            true,
            Asserted,
        ),
        (
            "The army didn't attack the convoy.",
            "attack",
            true,
            Asserted,
        ),
        (
            "Rebels threatened to attack Kidal.",
            "attack",
            false,
            Hypothetical,
        ),
        (
            "The junta may expel the ambassador.",
            "expel",
            false,
            Hypothetical,
        ),
        (
            "France plans to withdraw its troops from Niger.",
            "withdraw",
            false,
            Hypothetical,
        ),
        (
            "The UN will deploy peacekeepers in the region.",
            "deploy",
            false,
            Hypothetical,
        ),
        (
            "If talks fail, the army could attack the city.",
            "attack",
            false,
            Hypothetical,
        ),
        (
            "The governor warned that an offensive was imminent.",
            "offensive",
            false,
            Hypothetical,
        ),
        (
            "There were fears of an attack on the capital.",
            "attack",
            false,
            Hypothetical,
        ),
        (
            "Militants attacked a convoy near Gao, officials said.",
            "attacked",
            false,
            Reported,
        ),
        (
            "Officials said militants attacked a convoy near Gao.",
            "attacked",
            false,
            Reported,
        ),
        (
            "Soldiers reportedly killed five people.",
            "killed",
            false,
            Reported,
        ),
        (
            "According to witnesses, police arrested ten students.",
            "arrested",
            false,
            Reported,
        ),
        (
            "Troops attacked the rebel camp at dawn.",
            "attacked",
            false,
            Asserted,
        ),
        (
            "The troops began to withdraw from the town.",
            "withdraw",
            false,
            Asserted,
        ),
    ];
    let mut failures = Vec::new();
    for &(text, trigger, negated, modality) in cases {
        let doc = extract(text, None);
        let ev = find(&doc, trigger);
        if ev.negated != negated || ev.modality != modality {
            failures.push(format!(
                "{text:?} {trigger:?}: negated={} modality={:?}",
                ev.negated, ev.modality
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// (text, document date, trigger, date value, date source)
type DateCase = (
    &'static str,
    &'static str,
    &'static str,
    Option<&'static str>,
    Option<chronicle::EventDateSource>,
);

#[test]
fn date_attachment() {
    use chronicle::EventDateSource::{Clause, Modifier, Narrative};
    // (text, document date, trigger, date value, source)
    let cases: &[DateCase] = &[
        // The date of the clause.
        (
            "Troops arrived in Mali in December 2021.",
            "2024-01-01",
            "arrived",
            Some("2021-12"),
            Some(Clause),
        ),
        // A relative date, normalized against the document date.
        (
            "Russian troops withdrew from Kidal last month.",
            "2026-05-22",
            "withdrew",
            Some("2026-04"),
            Some(Clause),
        ),
        // A date modifying the trigger noun.
        (
            "The 2022 massacre shocked the region.",
            "2024-01-01",
            "massacre",
            Some("2022"),
            Some(Modifier),
        ),
        (
            "Last month's attack shocked the region.",
            "2026-05-22",
            "attack",
            Some("2026-04"),
            Some(Modifier),
        ),
        // A date of another clause is not taken: the statement is dated, the attack is not.
        (
            "The minister said on May 2, 2024 that rebels attacked Gao.",
            "2024-06-01",
            "attacked",
            None,
            None,
        ),
        (
            "The minister said on May 2, 2024 that rebels attacked Gao.",
            "2024-06-01",
            "said",
            Some("2024-05-02"),
            Some(Clause),
        ),
        // The narrative continues in the next sentence of the paragraph.
        (
            "Russian troops left Kidal in April 2026. Rebels had overrun the town.",
            "2026-05-22",
            "overrun",
            Some("2026-04"),
            Some(Narrative),
        ),
        // ... but not across a paragraph break.
        (
            "Russian troops left Kidal in April 2026.\n\nRebels had overrun the town.",
            "2026-05-22",
            "overrun",
            None,
            None,
        ),
        // ... nor into the future or into a statement.
        (
            "Russian troops left Kidal in April 2026. Rebels may attack the town.",
            "2026-05-22",
            "attack",
            None,
            None,
        ),
        // Never the document date by default.
        ("Rebels attacked Gao.", "2024-06-01", "attacked", None, None),
        // A dateline is not a narrative date.
        (
            "Gao, May 3, 2024\n\nRebels attacked the town.",
            "2024-06-01",
            "attacked",
            None,
            None,
        ),
        // "this year's conference" dates the conference, not the launch.
        (
            "Yesterday, at this year's developer conference, the company unveiled a new phone.",
            "2024-06-12",
            "unveiled",
            Some("2024-06-11"),
            Some(Clause),
        ),
    ];
    check_dates(cases);
}

/// Checks each case's event date and its source.
fn check_dates(cases: &[DateCase]) {
    let mut failures = Vec::new();
    for &(text, dct, trigger, value, source) in cases {
        let doc = extract(text, Some(dct));
        let ev = find(&doc, trigger);
        let got = ev.date.as_ref().map(|d| d.value.as_str());
        if got != value || ev.date_source != source {
            failures.push(format!(
                "{text:?} {trigger:?}: date={got:?} source={:?}",
                ev.date_source
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn dateline_date_is_not_an_event_date() {
    use chronicle::EventDateSource::Clause;
    let cases: &[DateCase] = &[
        // The lead sentence's own date, not the dateline's.
        (
            "GAO, March 3 (Reuters) - Gunmen killed nine villagers near the town on Sunday, officials said.",
            "2026-03-03",
            "killed",
            Some("2026-03-01"),
            Some(Clause),
        ),
        (
            "NIAMEY, Jan. 9 (AP) — Soldiers detained the president late Wednesday.",
            "2026-01-09",
            "detained",
            Some("2026-01-07"),
            Some(Clause),
        ),
        // With no date of its own, the event stays undated.
        (
            "KANO, May 12 (Reuters) - A bombing at a bus station that killed 14 people shocked residents.",
            "2025-05-12",
            "killed",
            None,
            None,
        ),
    ];
    check_dates(cases);
}

#[test]
fn relative_clause_dates_its_event_noun() {
    use chronicle::EventDateSource::Clause;
    let cases: &[DateCase] = &[
        (
            "Dozens died in an assault on the villages that began on Jan. 17, the army said.",
            "2026-01-22",
            "assault",
            Some("2026-01-17"),
            Some(Clause),
        ),
        (
            "Officials described a raid on the camp which took place on Tuesday.",
            "2026-01-22",
            "raid",
            Some("2026-01-20"),
            Some(Clause),
        ),
        // Other relative clauses say nothing of the noun's time.
        (
            "Police investigated the attack, which the minister condemned on Tuesday.",
            "2026-01-22",
            "attack",
            None,
            None,
        ),
    ];
    check_dates(cases);
}

#[test]
fn abductions_are_events() {
    check(&[
        case(
            "Gunmen kidnapped 12 villagers near Zaria on Tuesday.",
            "kidnapped",
            "ABDUCTION",
        )
        .actor("Gunmen")
        .place("Zaria")
        .date("2024-06-25"),
        case(
            "At least 30 activists were abducted by unidentified men in Nairobi last week.",
            "abducted",
            "ABDUCTION",
        )
        .actor("unidentified men")
        .place("Nairobi")
        .date("2024-W25"),
        case(
            "Two engineers were taken hostage near Kidal in May.",
            "taken hostage",
            "ABDUCTION",
        )
        .date("2024-05"),
        case(
            "The abduction of the schoolgirls in March drew protests.",
            "abduction",
            "ABDUCTION",
        )
        .date("2024-03"),
    ]);
}

#[test]
fn closed_class_triggers_of_conflict_news() {
    check(&[
        // "seize" a named place, or a town, base or capital.
        case(
            "M23 rebels seized Goma in late January.",
            "seized",
            "ATTACK",
        )
        .actor("M23 rebels")
        .target("Goma"),
        case(
            "Jihadists seized the town of Djibo on Friday.",
            "seized",
            "ATTACK",
        ),
        // Strikes on infrastructure.
        case(
            "Russian missiles struck energy facilities in Odesa overnight.",
            "struck",
            "ATTACK",
        )
        .place("Odesa"),
        case(
            "Unions called a nationwide strike for Monday.",
            "nationwide strike",
            "PROTEST",
        ),
        case(
            "The military takeover in July was condemned abroad.",
            "military takeover",
            "COUP",
        ),
    ]);
    // ... and what is not: seized goods, "launched an invasion", a person released.
    let not_events: &[(&str, &str, &str)] = &[
        (
            "Customs officers seized 40 kilograms of cocaine.",
            "seized",
            "ATTACK",
        ),
        (
            "Russia launched its full-scale invasion in February 2022.",
            "launched",
            "LAUNCH",
        ),
        (
            "The African Union urged the soldiers to release President Mohamed Bazoum.",
            "release",
            "LAUNCH",
        ),
    ];
    for &(text, word, ty) in not_events {
        let doc = extract(text, None);
        assert!(
            !doc.events
                .iter()
                .any(|e| e.event_type.as_str() == ty && doc.slice(e.trigger) == word),
            "{text:?}: unwanted {ty} {word:?}"
        );
    }
}

#[test]
fn false_positive_guards() {
    // (text, trigger word that must not be an event of this type)
    let cases: &[(&str, &str, &str)] = &[
        ("He suffered a heart attack in 2019.", "attack", "ATTACK"),
        (
            "She had a panic attack before the exam.",
            "attack",
            "ATTACK",
        ),
        (
            "The company executed a contract with the ministry.",
            "executed",
            "KILLING",
        ),
        (
            "The broker executed the order within seconds.",
            "executed",
            "KILLING",
        ),
        (
            "The team will execute the plan next week.",
            "execute",
            "KILLING",
        ),
        ("As said before, the plan failed.", "said", "STATEMENT"),
        (
            "He apologized for his offensive remarks.",
            "offensive",
            "ATTACK",
        ),
        (
            "Elected officials met in the capital.",
            "Elected",
            "ELECTION",
        ),
        (
            "The stock market crash wiped out savings.",
            "crash",
            "DISASTER",
        ),
        (
            "The army launched an attack on the town.",
            "launched",
            "LAUNCH",
        ),
        ("The attack helicopter flew low.", "attack", "ATTACK"),
        (
            "The new law will meet the requirements of donors.",
            "meet",
            "MEETING",
        ),
        ("The firm left the index in 2020.", "left", "WITHDRAWAL"),
        (
            "She was in cardiac arrest when she arrived.",
            "arrest",
            "ARREST",
        ),
        ("The land reform was popular.", "land", "TRAVEL"),
        ("The dynasty ruled Persia for centuries.", "ruled", "LEGAL"),
        (
            "He spoke of a charm offensive by the embassy.",
            "offensive",
            "ATTACK",
        ),
    ];
    let mut failures = Vec::new();
    for &(text, word, ty) in cases {
        let doc = extract(text, None);
        if let Some(e) = doc
            .events
            .iter()
            .find(|e| e.event_type.as_str() == ty && doc.slice(e.trigger).contains(word))
        {
            failures.push(format!(
                "{text:?}: unwanted {} {:?}",
                ty,
                doc.slice(e.trigger)
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    // The real ones in the same sentences are still found.
    let doc = extract("The army launched an attack on the town.", None);
    assert_eq!(find(&doc, "attack").event_type.as_str(), "ATTACK");
}

#[test]
fn coreference_shares_ids() {
    let doc = extract(
        "Rebels attacked Kidal on May 3, 2024. The assault left ten soldiers dead.",
        Some("2024-06-01"),
    );
    let attack = find(&doc, "attacked");
    let assault = find(&doc, "assault");
    assert_eq!(attack.id, assault.id);
    assert_eq!(
        assault.date.as_ref().map(|d| d.value.as_str()),
        Some("2024-05-03")
    );
    assert_eq!(
        assault.location.as_ref().map(|l| doc.slice(l.span)),
        Some("Kidal")
    );

    // Different places are different events.
    let doc = extract(
        "Rebels attacked Gao on May 3, 2024. Another attack hit Kidal on May 9, 2024.",
        None,
    );
    assert_ne!(find(&doc, "attacked").id, find(&doc, "attack").id);

    // A verb and its noun in one sentence: "seized power in a coup".
    let doc = extract("The colonel seized power in a coup in 2021.", None);
    assert_eq!(find(&doc, "seized power").id, find(&doc, "coup").id);
}

#[test]
fn user_lexicon_extends_and_errors_name_the_line() {
    let dir = std::env::temp_dir().join(format!("chronicle-lexicon-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let good = dir.join("extra.tsv");
    std::fs::write(
        &good,
        "# mine\nblockade\tATTACK\tnoun\nencircle\tATTACK\tverb\n",
    )
    .unwrap();
    let ex = Extractor::builder()
        .event_lexicon_file(&good)
        .build()
        .unwrap();
    let doc = ex.extract("The army encircled Gao. The blockades lasted a month.");
    let types: Vec<(&str, &str)> = doc
        .events
        .iter()
        .map(|e| (doc.slice(e.trigger), e.event_type.as_str()))
        .collect();
    assert!(types.contains(&("encircled", "ATTACK")), "{types:?}");
    assert!(types.contains(&("blockades", "ATTACK")), "{types:?}");
    assert!(doc.events[0].source.to_string().contains("extra.tsv:3"));

    let bad = dir.join("bad.tsv");
    std::fs::write(&bad, "blockade\tATTACK\n\nsiege\tBATTLE\n").unwrap();
    let err = Extractor::builder()
        .event_lexicon_file(&bad)
        .build()
        .unwrap_err();
    assert_eq!(err.kind(), chronicle::ErrorKind::InvalidData);
    let msg = err.to_string();
    assert!(msg.contains("bad.tsv") && msg.contains('3'), "{msg}");
}

#[test]
fn events_csv_rows() {
    let doc = Extractor::default().extract_with(
        Input::new(
            "Rebels attacked Kidal, a town in Mali, on May 3, 2024. The assault left ten wounded.",
        )
        .with_id("doc \"1\""),
    );
    let mut out = Vec::new();
    Document::write_events_csv_header(&mut out).unwrap();
    doc.write_events_csv(&mut out).unwrap();
    let csv = String::from_utf8(out).unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    // Header plus one row: the two mentions are one event.
    assert_eq!(lines.len(), 2, "{csv}");
    assert_eq!(
        lines[0].split(',').count(),
        chronicle::EVENTS_CSV_COLUMNS.len()
    );
    let row = lines[1];
    assert!(
        row.starts_with(
            "\"doc \"\"1\"\"\",0,2024-05-03,day,clause,ATTACK,Rebels,Kidal,Kidal,Kidal,false,ML,"
        ),
        "{row}"
    );
    assert!(
        row.ends_with(",\"Rebels attacked Kidal, a town in Mali, on May 3, 2024.\",7,15,0,54,7,15"),
        "{row}"
    );
    assert!(row.contains(",2,"), "two mentions: {row}");
}

#[test]
fn extract_cli_writes_events_csv() {
    let dir = std::env::temp_dir().join(format!("chronicle-csv-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("a.txt");
    std::fs::write(&path, "Troops withdrew from Gao in March 2024.").unwrap();
    let out = run_example(
        "extract",
        &["--format", "events-csv", path.to_str().unwrap()],
        None,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let csv = String::from_utf8(out.stdout).unwrap();
    let mut lines = csv.lines();
    assert!(lines.next().unwrap().starts_with("doc_id,event_id,date,"));
    let row = lines.next().unwrap();
    assert!(
        row.contains(",2024-03,month,clause,WITHDRAWAL,Troops,"),
        "{row}"
    );
    assert!(row.starts_with(path.to_str().unwrap()), "{row}");
}

#[test]
fn seed_article_gold_events() {
    let Some(shared) = shared_dir() else { return };
    let line = std::fs::read_to_string(shared.join("gold/mali-offensive-2026.jsonl")).unwrap();
    let gold: serde_json::Value = serde_json::from_str(line.lines().next().unwrap()).unwrap();
    let text = gold["text"].as_str().unwrap();
    let dct: Date = gold["document_date"].as_str().unwrap().parse().unwrap();
    let doc = Extractor::default().extract_with(Input::new(text).with_document_date(dct));
    let mut failures = Vec::new();
    for g in gold["events"].as_array().unwrap() {
        let (s, e) = (
            g["start"].as_u64().unwrap() as usize,
            g["end"].as_u64().unwrap() as usize,
        );
        let Some(ev) = doc
            .events
            .iter()
            .find(|ev| ev.trigger.start < e && s < ev.trigger.end)
        else {
            failures.push(format!("missing {}", g["text"]));
            continue;
        };
        let got = (
            ev.event_type.as_str(),
            ev.date.as_ref().map(|d| d.value.as_str()),
            ev.location.as_ref().map(|l| doc.slice(l.span)),
        );
        let want = (
            g["type"].as_str().unwrap(),
            g["date"].as_str(),
            g["location"].as_str(),
        );
        if got != want {
            failures.push(format!("{}: got {got:?} want {want:?}", g["text"]));
        }
        // Every event says how its date was found.
        assert!(ev.date.is_none() || ev.date_source.is_some());
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn closed_relative_clause_subject_is_its_antecedent() {
    check(&[
        case(
            "Opposition leader Tidjane Thiam, who lives in exile, rejected the results on Sunday.",
            "rejected",
            "STATEMENT",
        )
        .actor("Opposition leader Tidjane Thiam")
        .date("2024-06-30"),
        case(
            "Colonel Amadou Sanda, who read the statement, said a council would rule the country.",
            "said",
            "STATEMENT",
        )
        .actor("Colonel Amadou Sanda"),
        case(
            "The rebels, who seized Goma in January, attacked Bukavu in February.",
            "attacked",
            "ATTACK",
        )
        .actor("rebels")
        .date("2024-02"),
    ]);
}

#[test]
fn place_in_a_prepositional_phrase_is_no_subject() {
    let doc = extract(
        "An air strike on a market in Kordofan killed 23 people on Sunday.",
        Some("2024-06-30"),
    );
    let ev = find(&doc, "killed");
    let actors: Vec<&str> = ev.actors.iter().map(|a| doc.slice(a.span)).collect();
    assert!(!actors.contains(&"Kordofan"), "actors {actors:?}");
    // ... nor the antecedent of a relative clause.
    let doc = extract(
        "U.S. forces carried out an air strike near Jilib that killed four militants.",
        Some("2024-06-30"),
    );
    assert!(find(&doc, "killed").actors.is_empty());
    check(&[
        case("Gunmen in Zamfara killed ten farmers.", "killed", "KILLING").actor("Gunmen"),
        case(
            "A deadly air strike on a monastery in the Sagaing region killed 23 civilians.",
            "killed",
            "KILLING",
        )
        .target("23 civilians"),
    ]);
}

#[test]
fn time_expression_and_adjective_are_no_actors() {
    // (text, trigger): the event has no actor at all.
    let cases: &[(&str, &str)] = &[
        (
            "The council will discuss a deployment by the end of the year.",
            "deployment",
        ),
        (
            "Opposition leaders called for fresh protests on Wednesday.",
            "protests",
        ),
        (
            "Two candidates were barred in September, sparking protests in Abidjan.",
            "protests",
        ),
    ];
    for &(text, trigger) in cases {
        let doc = extract(text, Some("2024-06-30"));
        let ev = find(&doc, trigger);
        let actors: Vec<&str> = ev.actors.iter().map(|a| doc.slice(a.span)).collect();
        assert!(actors.is_empty(), "{text:?} {trigger:?}: actors {actors:?}");
    }
}

#[test]
fn quantity_modifiers_and_digit_groups_stay_in_the_target() {
    check(&[
        case(
            "The militia killed more than 200 people in the town.",
            "killed",
            "KILLING",
        )
        .target("more than 200 people"),
        case(
            "At least 19 people were killed in Nairobi.",
            "killed",
            "KILLING",
        )
        .target("At least 19 people"),
        case(
            "Police arrested 2,000 people during the protests.",
            "arrested",
            "ARREST",
        )
        .target("2,000 people"),
        case(
            "Gunmen kidnapped up to 30 students from a school.",
            "kidnapped",
            "ABDUCTION",
        )
        .target("up to 30 students"),
    ]);
}

#[test]
fn attribution_date_is_not_the_reported_event_date() {
    use chronicle::EventDateSource::Clause;
    let cases: &[DateCase] = &[
        // The date belongs to "said": the killing is not dated by it.
        (
            "Rebels killed nine soldiers near Gao, officials said on Tuesday.",
            "2024-06-30",
            "killed",
            None,
            None,
        ),
        (
            "Rebels killed nine soldiers near Gao, officials said on Tuesday.",
            "2024-06-30",
            "said",
            Some("2024-06-25"),
            Some(Clause),
        ),
        // The event's own date still wins.
        (
            "Rebels killed nine soldiers near Gao on Saturday, officials said on Tuesday.",
            "2024-06-30",
            "killed",
            Some("2024-06-29"),
            Some(Clause),
        ),
    ];
    check_dates(cases);
}

#[test]
fn date_of_an_earlier_conjunct_or_of_the_main_event_is_not_taken() {
    use chronicle::EventDateSource::Clause;
    let cases: &[DateCase] = &[
        // Coordinated verbs: each takes the date of its own phrase.
        (
            "M23 fighters seized Goma in late January and captured Bukavu, the capital of South Kivu, in mid-February.",
            "2025-06-28",
            "captured",
            Some("2025-02"),
            Some(Clause),
        ),
        // ... but a date shared by both phrases still dates the second.
        (
            "The army retook the town on Monday and arrested 20 people.",
            "2024-06-30",
            "arrested",
            Some("2024-06-24"),
            Some(Clause),
        ),
        // "after the attack": the date is the main event's.
        (
            "Troops were deployed to the region on Monday after the attack.",
            "2024-06-30",
            "attack",
            None,
            None,
        ),
        (
            "Sales have doubled since its launch in 2003.",
            "2024-06-30",
            "launch",
            Some("2003"),
            Some(Clause),
        ),
        // "two weeks after the junta accused Paris": a subordinate clause of its own.
        (
            "The ambassador was expelled on Nov. 3, two weeks after the junta accused Paris of plotting.",
            "2025-11-27",
            "accused",
            None,
            None,
        ),
        (
            "The ambassador was expelled on Nov. 3, two weeks after the junta accused Paris of plotting.",
            "2025-11-27",
            "expelled",
            Some("2025-11-03"),
            Some(Clause),
        ),
    ];
    check_dates(cases);
}

#[test]
fn adjective_before_a_place_keeps_the_place() {
    check(&[
        case(
            "Jihadists attacked a military base in northern Burkina Faso on Sunday.",
            "attacked",
            "ATTACK",
        )
        .place("Burkina Faso"),
        case(
            "Militias killed 12 villagers in the restive eastern Ituri province.",
            "killed",
            "KILLING",
        )
        .place("Ituri"),
    ]);
}

#[test]
fn time_expression_and_aspect_verb_stay_out_of_arguments() {
    check(&[
        case(
            "Kenyan police arrested three suspects the next day.",
            "arrested",
            "ARREST",
        )
        .target("three suspects"),
        case(
            "Thousands of displaced families began returning to their villages.",
            "returning",
            "TRAVEL",
        )
        .actor("displaced families"),
    ]);
}

#[test]
fn protesters_rallied_is_a_protest() {
    check(&[case(
        "Protesters rallied in several cities on Sunday.",
        "rallied",
        "PROTEST",
    )
    .actor("Protesters")
    .date("2024-06-30")]);
    let doc = extract("Stocks rallied to a record high on Friday.", None);
    assert_no_event(&doc, "PROTEST");
}

#[test]
fn attribution_with_its_own_date_is_not_dated_by_the_quote() {
    use chronicle::EventDateSource::Clause;
    check_dates(&[
        // A date that modifies the object noun is not the verb's when the clause has another.
        (
            "The bank reported a surprise third-quarter loss on Wednesday.",
            "2024-10-24",
            "reported",
            Some("2024-10-23"),
            Some(Clause),
        ),
        (
            "The carmaker reported its 2023 results.",
            "2024-10-24",
            "reported",
            None,
            None,
        ),
        (
            "A prisoner exchange is planned for next weekend, Zelenskiy said on Thursday.",
            "2026-02-13",
            "said",
            Some("2026-02-12"),
            Some(Clause),
        ),
        // Without a date of its own, the statement is not dated by the clause it reports.
        (
            "Police fired tear gas at protesters in Nairobi on Wednesday, witnesses said.",
            "2024-06-26",
            "said",
            None,
            None,
        ),
    ]);
}

#[test]
fn by_a_vote_is_no_agent() {
    // (text, trigger): "by" gives a means, not who acted.
    let cases: &[(&str, &str)] = &[
        (
            "The cabinet approved the agreement by a vote of 10 to 1.",
            "agreement",
        ),
        (
            "The diplomats were expelled by decree on Monday.",
            "expelled",
        ),
    ];
    for &(text, trigger) in cases {
        let doc = extract(text, Some("2024-06-30"));
        let ev = find(&doc, trigger);
        let actors: Vec<&str> = ev.actors.iter().map(|a| doc.slice(a.span)).collect();
        assert!(actors.is_empty(), "{text:?} {trigger:?}: actors {actors:?}");
    }
    check(&[case(
        "The town was attacked by a group of gunmen on Sunday.",
        "attacked",
        "ATTACK",
    )
    .actor("group of gunmen")]);
}

#[test]
fn lowercase_modifier_before_an_ambiguous_trigger_makes_it_a_noun() {
    // "suicide bombing attacks": no modifier is taken as the subject of a verb "attacks".
    let doc = extract(
        "Gunmen rammed a truck into the gate, followed by multiple suicide bombing attacks.",
        Some("2024-06-30"),
    );
    for trigger in ["bombing", "attacks"] {
        let ev = find(&doc, trigger);
        let actors: Vec<&str> = ev.actors.iter().map(|a| doc.slice(a.span)).collect();
        assert!(actors.is_empty(), "{trigger:?}: actors {actors:?}");
    }
}

#[test]
fn subject_of_a_light_verb_is_the_actor_of_its_event_noun() {
    check(&[
        case(
            "Five gunmen launched coordinated attacks on a police station in Kano.",
            "attacks",
            "ATTACK",
        )
        .actor("Five gunmen"),
        case(
            "Opposition supporters staged a protest in Lusaka on Friday.",
            "protest",
            "PROTEST",
        )
        .actor("Opposition supporters"),
    ]);
}

#[test]
fn modifier_phrase_between_subject_and_verb_is_no_actor() {
    check(&[
        case(
            "Gunmen armed with rifles, knives and grenades attacked a village in Zamfara.",
            "attacked",
            "ATTACK",
        )
        .actor("Gunmen"),
        case(
            "Police in riot gear stormed the campus on Monday.",
            "stormed",
            "ATTACK",
        )
        .actor("Police"),
    ]);
}

#[test]
fn adverb_is_no_actor() {
    let doc = extract(
        "The envoy, who earlier had met the rebels in Doha, left the country.",
        Some("2024-06-30"),
    );
    let ev = find(&doc, "met");
    let actors: Vec<&str> = ev.actors.iter().map(|a| doc.slice(a.span)).collect();
    assert!(!actors.contains(&"earlier"), "actors {actors:?}");
}

#[test]
fn martyred_targeted_deposed_collapsed_found_dead_jailed_are_events() {
    check(&[
        case(
            "Four soldiers were martyred in the attack.",
            "martyred",
            "KILLING",
        ),
        case(
            "Gunmen targeted a police checkpoint in Borno on Sunday.",
            "targeted",
            "ATTACK",
        )
        .place("Borno"),
        case(
            "Soldiers deposed the president on Wednesday.",
            "deposed",
            "COUP",
        )
        .actor("Soldiers"),
        case("The bridge collapsed on Tuesday.", "collapsed", "DISASTER"),
        case(
            "Two hikers were found dead on Sunday.",
            "found dead",
            "DEATH",
        ),
        case("The activist was jailed in March.", "jailed", "LEGAL"),
        case(
            "An appeals court ruled on Feb. 6 that the mayor could be tried.",
            "ruled",
            "LEGAL",
        )
        .date("2024-02-06"),
        case(
            "The judge ruled Tuesday that the law was void.",
            "ruled",
            "LEGAL",
        ),
    ]);
    // Not events: an adjective "deposed", a noun "riot" modifying gear, "targeted" sanctions.
    for text in [
        "The deposed president fled to Chad.",
        "Police in riot gear stood by.",
        "The bank targeted sanctions relief.",
    ] {
        let doc = extract(text, Some("2024-06-30"));
        let got: Vec<&str> = doc.events.iter().map(|e| doc.slice(e.trigger)).collect();
        assert!(
            got.iter()
                .all(|t| !["deposed", "riot", "targeted"].contains(t)),
            "{text:?}: {got:?}"
        );
    }
}

#[test]
fn killing_in_an_attack_shares_the_attacks_date_and_place() {
    check(&[
        // "killed ... in an attack that targeted X on <date>": the relative clause dates the
        // attack, and the killing happened in it.
        case(
            "Six policemen were killed and 12 wounded in a rebel attack that targeted a border post in the remote Kidal region on March 16.",
            "killed",
            "KILLING",
        )
        .date("2024-03-16")
        .place("Kidal"),
        case(
            "Six policemen were killed and 12 wounded in a rebel attack that targeted a border post in the remote Kidal region on March 16.",
            "attack",
            "ATTACK",
        )
        .date("2024-03-16"),
        // The date of the first clause reaches the attack the killing happened in.
        case(
            "Last week, nine soldiers were killed while five others were injured in a suicide attack on a convoy in Bannu district.",
            "attack",
            "ATTACK",
        )
        .date("2024-W25"),
    ]);
}

#[test]
fn pronoun_subject_of_a_reported_clause_is_the_speaker() {
    check(&[
        case(
            "Trump said in a statement that he deployed the troops on Wednesday.",
            "deployed",
            "DEPLOYMENT",
        )
        .actor("Trump"),
        case(
            "The army said it captured the town of Tessit on Friday.",
            "captured",
            "ATTACK",
        )
        .actor("army"),
    ]);
}

#[test]
fn place_that_modifies_a_noun_is_not_the_event_place() {
    // (text, trigger): "U.S.-led", "US President": the place names no event location.
    let cases: &[(&str, &str)] = &[
        (
            "Attacks rose after the withdrawal of the U.S.-led forces.",
            "Attacks",
        ),
        (
            "Protesters marched to the residence of US President Joe Biden.",
            "marched",
        ),
    ];
    for &(text, trigger) in cases {
        let doc = extract(text, Some("2024-06-30"));
        let ev = find(&doc, trigger);
        let place = ev.location.as_ref().map(|x| doc.slice(x.span));
        assert_eq!(place, None, "{text:?} {trigger:?}");
    }
}

#[test]
fn returned_to_power_is_no_travel() {
    let doc = extract(
        "The Taliban returned to power in August 2021.",
        Some("2024-06-30"),
    );
    assert_no_event(&doc, "TRAVEL");
    check(&[case(
        "The delegation returned to Kabul on Sunday.",
        "returned",
        "TRAVEL",
    )]);
}

#[test]
fn possessive_place_yields_to_the_place_it_names() {
    check(&[
        case(
            "The two sides signed the accord on Thursday in Gabon's capital, Libreville.",
            "signed",
            "AGREEMENT",
        )
        .place("Libreville"),
        case(
            "Gunmen attacked a police post in Nigeria's northern Borno state on Monday.",
            "attacked",
            "ATTACK",
        )
        .place("Borno"),
    ]);
}

#[test]
fn place_a_distance_is_measured_from_is_not_the_event_place() {
    let doc = extract(
        "On November 4, gunmen attacked an air base some 300 km from Lahore.",
        Some("2024-06-30"),
    );
    let ev = find(&doc, "attacked");
    let place = ev.location.as_ref().map(|x| doc.slice(x.span));
    assert_eq!(place, None);
    check(&[case(
        "Gunmen attacked a village near Lahore on Monday.",
        "attacked",
        "ATTACK",
    )
    .place("Lahore")]);
}

#[test]
fn left_dead_is_a_death() {
    check(&[
        case(
            "The flood displaced thousands of families and left 20 dead.",
            "dead",
            "DEATH",
        ),
        case("The storm left 12 people dead on Sunday.", "dead", "DEATH").date("2024-06-30"),
    ]);
    let doc = extract("The raid left the dead unburied.", Some("2024-06-30"));
    assert_no_event(&doc, "DEATH");
}

fn actors_of<'d>(doc: &'d Document, ev: &Event) -> Vec<&'d str> {
    ev.actors.iter().map(|a| doc.slice(a.span)).collect()
}

#[test]
fn statement_speaker_before_an_apposition() {
    check(&[
        case(
            "Sen. Marco Rubio, R-Fla., said a full and rapid removal of troops would be a mistake.",
            "said",
            "STATEMENT",
        )
        .actor("Marco Rubio"),
        case(
            "Ahmed Ali, a spokesman for the army, said the convoy was attacked near Gao.",
            "said",
            "STATEMENT",
        )
        .actor("Ahmed Ali"),
        case(
            "Moussa Traore, 45, said soldiers arrested his brother in Mopti.",
            "said",
            "STATEMENT",
        )
        .actor("Moussa Traore"),
        case(
            "A medical official in the Somali capital, Mogadishu, says at least 17 people died.",
            "says",
            "STATEMENT",
        )
        .actor("medical official"),
        // A name with a title in apposition to the role that opens the clause.
        case(
            "Chad's army chief, General Idriss Haroun, visited Abeche on Tuesday.",
            "visited",
            "TRAVEL",
        )
        .actor("Idriss Haroun"),
        case(
            "The rebel leader, Lt. Gen. John Garang, signed the deal on Sunday.",
            "signed",
            "AGREEMENT",
        )
        .actor("John Garang"),
    ]);
}

#[test]
fn subject_of_a_reported_clause_is_no_quote_final_speaker() {
    let doc = extract(
        "The troops must stay, said a full and rapid removal would be a mistake.",
        Some("2024-06-30"),
    );
    let ev = find(&doc, "said");
    let actors = actors_of(&doc, ev);
    assert!(actors.is_empty(), "actors {actors:?}");
    check(&[case(
        "\"The troops must stay,\" said the senator on Tuesday.",
        "said",
        "STATEMENT",
    )
    .actor("senator")]);
}

#[test]
fn weapon_subject_strikes_are_attacks() {
    check(&[
        case(
            "Residents said drones struck a house in North Waziristan on Friday, killing four people.",
            "struck",
            "ATTACK",
        )
        .date("2024-06-28"),
        case(
            "Residents said drones struck a house in North Waziristan on Friday, killing four people.",
            "killing",
            "KILLING",
        ),
        case(
            "A missile hit an apartment block in Dnipro on Saturday.",
            "hit",
            "ATTACK",
        )
        .place("Dnipro"),
        case(
            "Russian forces fired a cruise missile into a government building in Odesa.",
            "fired",
            "ATTACK",
        )
        .actor("Russian forces"),
        case(
            "A fighter jet dropped two bombs on a village in the Sagaing region.",
            "dropped",
            "ATTACK",
        ),
    ]);
    for text in [
        "The storm hit the coast on Sunday.",
        "Sanctions hit the economy hard last year.",
        "The company fired its chief executive.",
    ] {
        let doc = extract(text, Some("2024-06-30"));
        assert_no_event(&doc, "ATTACK");
    }
}

#[test]
fn plural_trigger_after_a_clause_comma_is_a_noun() {
    let doc = extract(
        "After the Taliban returned to power following the withdrawal of the U.S.-led forces, \
         attacks rose sharply.",
        Some("2024-06-30"),
    );
    let ev = find(&doc, "attacks");
    let actors = actors_of(&doc, ev);
    assert!(actors.is_empty(), "actors {actors:?}");
    assert!(ev.target.is_none(), "target {:?}", ev.target);
}

#[test]
fn unknown_name_before_a_possessive_is_no_place() {
    let doc = extract(
        "Research in Motion's co-chief executive resigned on Monday.",
        Some("2024-06-30"),
    );
    let ev = find(&doc, "resigned");
    let place = ev.location.as_ref().map(|l| doc.slice(l.span));
    assert_ne!(place, Some("Motion"));
}

#[test]
fn indefinite_place_noun_is_no_anaphor() {
    let doc = extract(
        "Rebels attacked Nyala on Monday.\n\nA military airstrike on a village killed eight civilians.",
        Some("2024-06-30"),
    );
    let first = find(&doc, "attacked");
    let strike = find(&doc, "airstrike");
    assert!(strike.location.is_none(), "place {:?}", strike.location);
    assert_ne!(first.id, strike.id, "one event");
    check(&[case(
        "A military airstrike on a village killed eight civilians, residents said on Wednesday.",
        "killed",
        "KILLING",
    )
    .target("eight civilians")]);
    check(&[case(
        "A military airstrike on a village killed eight civilians, residents said on Wednesday.",
        "said",
        "STATEMENT",
    )
    .actor("residents")]);
}

#[test]
fn ing_trigger_with_an_agent_is_a_noun() {
    check(&[
        case(
            "Heavy shelling by the RSF killed 14 people in El Fasher.",
            "shelling",
            "ATTACK",
        )
        .actor("RSF"),
        case(
            "The shelling by RSF fighters killed 14 people in El Fasher.",
            "shelling",
            "ATTACK",
        )
        .actor("RSF fighters"),
    ]);
}

#[test]
fn statement_is_not_dated_by_the_clause_it_reports() {
    let doc = extract(
        "Ahmed Ali said the convoy was attacked near Gao on Tuesday.",
        Some("2024-06-30"),
    );
    let said = find(&doc, "said");
    assert!(said.date.is_none(), "date {:?}", said.date);
    let attacked = find(&doc, "attacked");
    assert_eq!(
        attacked.date.as_ref().map(|d| d.value.as_str()),
        Some("2024-06-25")
    );
    check(&[case(
        "The army said on Tuesday that it had retaken Gao.",
        "said",
        "STATEMENT",
    )
    .date("2024-06-25")]);
}

#[test]
fn date_of_a_temporal_clause_after_the_trigger_is_that_clauses() {
    let doc = extract(
        "Attacks on civilians have been on the rise ever since the junta took power in 2022.",
        Some("2024-06-30"),
    );
    let attacks = find(&doc, "Attacks");
    assert!(attacks.date.is_none(), "date {:?}", attacks.date);
    check(&[case(
        "Attacks on civilians have been on the rise ever since the junta took power in 2022.",
        "took power",
        "COUP",
    )
    .date("2022")]);
    // "since 2022" opens a period: no date of the attacks.
    let doc = extract(
        "Rebels have attacked the town since 2022.",
        Some("2024-06-30"),
    );
    let attacked = find(&doc, "attacked");
    assert!(attacked.date.is_none(), "date {:?}", attacked.date);
}

#[test]
fn raided_settlement_is_no_agreement() {
    let doc = extract("Troops raided the settlement at dawn.", Some("2024-06-30"));
    assert_no_event(&doc, "AGREEMENT");
    check(&[case(
        "The two sides reached a settlement in Geneva.",
        "settlement",
        "AGREEMENT",
    )]);
}

#[test]
fn saying_after_a_comma_is_the_main_subjects_statement() {
    check(&[case(
        "Rights groups criticized the measures, saying they violate civil liberties.",
        "saying",
        "STATEMENT",
    )
    .actor("Rights groups")]);
}

#[test]
fn country_alone_does_not_tie_two_mentions() {
    let doc = extract(
        "Jihadists attacked a convoy in northern Mali on Thursday.\n\n\
         The army has been fighting jihadists in central Mali since 2015.",
        Some("2024-06-30"),
    );
    let attacked = find(&doc, "attacked");
    let fighting = find(&doc, "fighting");
    assert_ne!(attacked.id, fighting.id, "one event");
    assert_eq!(
        attacked.date.as_ref().map(|d| d.value.as_str()),
        Some("2024-06-27")
    );
}

#[test]
fn place_that_possesses_the_actor_is_the_event_place() {
    check(&[case(
        "Mali's junta expelled the French ambassador in 2022.",
        "expelled",
        "EXPULSION",
    )
    .place("Mali")
    .actor("Mali's junta")]);
}

#[test]
fn deaths_after_a_disaster_share_its_date_and_place() {
    let doc = extract(
        "Floods affected thousands of people and left 20 dead after a dam collapsed in Kassala on Sunday.",
        Some("2024-06-30"),
    );
    let dead = find(&doc, "dead");
    let collapsed = find(&doc, "collapsed");
    assert!(collapsed.date.is_some(), "no date for the collapse");
    assert_eq!(
        dead.date.as_ref().map(|d| &d.value),
        collapsed.date.as_ref().map(|d| &d.value)
    );
    assert_eq!(
        dead.location.as_ref().map(|l| doc.slice(l.span)),
        Some("Kassala")
    );
}

#[test]
fn relative_clause_event_keeps_to_its_clause() {
    let doc = extract(
        "The envoy, who earlier had met with rebel leaders in Doha, left the country on Friday.",
        Some("2024-06-30"),
    );
    let met = find(&doc, "met");
    assert_eq!(actors_of(&doc, met), ["envoy"]);
    assert!(met.date.is_none(), "date {:?}", met.date);
}

#[test]
fn subject_of_completed_is_the_actor_of_its_event_noun() {
    check(&[case(
        "French troops completed their withdrawal from Niger on Dec. 22, 2023.",
        "withdrawal",
        "WITHDRAWAL",
    )
    .actor("French troops")
    .date("2023-12-22")]);
}

#[test]
fn gerund_after_a_preposition_has_the_main_subject() {
    check(&[
        case(
            "The junta in Guinea dissolved the government after ousting President Alpha Conde in September 2021.",
            "ousting",
            "COUP",
        )
        .actor("junta")
        .date("2021-09"),
        case(
            "Ahmed Ali spoke to reporters after meeting the rebels in Doha.",
            "meeting",
            "MEETING",
        )
        .actor("Ahmed Ali"),
    ]);
    for (text, trigger) in [
        (
            "Officials say the man fell ill after slaughtering two chickens.",
            "slaughtering",
        ),
        (
            "The envoy spoke after meeting the rebels in Doha.",
            "meeting",
        ),
    ] {
        let doc = extract(text, Some("2024-06-30"));
        let ev = find(&doc, trigger);
        let actors = actors_of(&doc, ev);
        assert!(
            !actors
                .iter()
                .any(|a| a.contains("Officials") || a.contains("spoke")),
            "{text:?}: actors {actors:?}"
        );
    }
}

#[test]
fn suicide_bombing_is_an_attack_whose_bomber_kills() {
    check(&[
        case(
            "A suicide bomber blew himself up outside a checkpoint in Mogadishu on Saturday, killing seven people.",
            "blew himself up",
            "ATTACK",
        )
        .actor("suicide bomber")
        .place("Mogadishu"),
        case(
            "A suicide bomber blew himself up outside a checkpoint in Mogadishu on Saturday, killing seven people.",
            "killing",
            "KILLING",
        )
        .actor("suicide bomber")
        .target("seven people"),
    ]);
    let doc = extract(
        "A suicide bomber blew himself up outside a checkpoint in Mogadishu.",
        Some("2024-06-30"),
    );
    let ev = find(&doc, "blew himself up");
    assert!(ev.target.is_none(), "target {:?}", ev.target);
}

#[test]
fn launched_weapons_are_no_product_launch() {
    let doc = extract(
        "The missiles were launched from a desert site near Qom on Thursday.",
        Some("2024-06-30"),
    );
    assert_no_event(&doc, "LAUNCH");
}

#[test]
fn subject_of_announced_or_ordered_is_the_actor_of_its_event_noun() {
    check(&[
        case(
            "The Wagner Group announced its withdrawal from Mali on June 6, 2025.",
            "withdrawal",
            "WITHDRAWAL",
        )
        .actor("Wagner Group"),
        case(
            "North Korea has ordered the expulsion of hundreds of South Korean workers.",
            "expulsion",
            "EXPULSION",
        )
        .actor("North Korea"),
    ]);
}

#[test]
fn denied_gerund_is_negated_with_the_deniers_subject() {
    let doc = extract(
        "Russia denied attacking civilians in Kharkiv on Thursday.",
        Some("2024-06-30"),
    );
    let ev = find(&doc, "attacking");
    assert!(ev.negated, "not negated");
    assert_eq!(actors_of(&doc, ev), ["Russia"]);
}

#[test]
fn infinitive_of_a_control_verb_has_its_subject() {
    check(&[
        case(
            "Russia threatened to withdraw from the deal.",
            "withdraw",
            "WITHDRAWAL",
        )
        .actor("Russia"),
        case(
            "Some rebels have refused to sign the accord.",
            "sign",
            "AGREEMENT",
        )
        .actor("rebels"),
    ]);
    let doc = extract(
        "Israel has no plans to withdraw from the buffer zone.",
        Some("2024-06-30"),
    );
    let ev = find(&doc, "withdraw");
    assert!(actors_of(&doc, ev).is_empty(), "{:?}", actors_of(&doc, ev));
}

/// The texts of an event's actors.
/// Checks each (text, trigger, actors) case: the event's actors are exactly these, in order.
fn check_actor_lists(cases: &[(&str, &str, &[&str])]) {
    let mut failures = Vec::new();
    for &(text, trigger, want) in cases {
        let doc = extract(text, Some("2024-06-30"));
        let got = actors_of(&doc, find(&doc, trigger));
        if got != want {
            failures.push(format!("{text:?} {trigger:?}: actors {got:?}"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// Checks each (text, trigger, modality) case.
fn check_modality(cases: &[(&str, &str, &str)]) {
    let mut failures = Vec::new();
    for &(text, trigger, want) in cases {
        let doc = extract(text, Some("2024-06-30"));
        let got = find(&doc, trigger).modality.as_str();
        if got != want {
            failures.push(format!("{text:?} {trigger:?}: {got}"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn weapon_or_event_is_no_actor() {
    // (text, trigger, expected actors)
    let cases: &[(&str, &str, &[&str])] = &[
        // The armed force that modifies the event noun is its actor (not the noun phrase).
        (
            "A military airstrike on a village in Sagaing killed 12 civilians on Tuesday.",
            "killed",
            &["military"],
        ),
        (
            "Dozens of people were killed by the worst flooding in years in northern Nigeria.",
            "killed",
            &[],
        ),
        (
            "A roadside bomb killed two people in Kandahar on Monday.",
            "killed",
            &[],
        ),
        (
            "An airstrike by the junta killed nine villagers in Sagaing on Friday.",
            "killed",
            &["junta"],
        ),
        (
            "Israeli jets struck a school in Gaza City on Monday, killing 20 people.",
            "struck",
            &["Israeli"],
        ),
        (
            "Israeli jets struck a school in Gaza City on Monday, killing 20 people.",
            "killing",
            &["Israeli"],
        ),
        // An event noun that modifies the head is no event actor.
        (
            "Ethiopia's election commission said on Monday that turnout was low.",
            "said",
            &["Ethiopia's election commission"],
        ),
        (
            "Thousands of protesters marched in Nairobi on Tuesday.",
            "marched",
            &["protesters"],
        ),
    ];
    check_actor_lists(cases);
}

#[test]
fn place_that_locates_an_earlier_place_is_not_the_event_place() {
    check(&[
        case(
            "Residents in North Waziristan in the Khyber Pakhtunkhwa province said drones \
             struck a house on Monday.",
            "struck",
            "ATTACK",
        )
        .place("North Waziristan"),
        case(
            "Residents in South Kivu in the east of Congo said gunmen attacked a market.",
            "attacked",
            "ATTACK",
        )
        .place("South Kivu"),
        // Two places of different phrases: the nearer one.
        case(
            "Ambassadors to Iraq met in Baghdad on Monday.",
            "met",
            "MEETING",
        )
        .place("Baghdad"),
    ]);
}

#[test]
fn unknown_capitalized_speaker_before_an_apposition() {
    check(&[
        case(
            "Reporters without Borders, a press watchdog, says the army detained two journalists.",
            "says",
            "STATEMENT",
        )
        .actor("Reporters without Borders"),
        case(
            "Human Rights Without Frontiers, a monitoring group, said soldiers shot dead five \
             men in Kidal.",
            "said",
            "STATEMENT",
        )
        .actor("Human Rights Without Frontiers"),
    ]);
    // A quote-final speaker is still taken.
    check(&[case(
        "\"We will not leave,\" said the mayor of Gao.",
        "said",
        "STATEMENT",
    )
    .actor("mayor")]);
}

#[test]
fn title_case_headline_gives_its_verb_events() {
    let doc = extract(
        "What the Mali Offensive Reveals About Russia's Partnerships\n\n\
         Russian Forces Withdraw From Northern Mali Base\n\n\
         Russian troops left a base in Tessalit on Sunday.",
        Some("2024-06-30"),
    );
    let withdraw = find(&doc, "Withdraw");
    assert_eq!(withdraw.event_type.as_str(), "WITHDRAWAL");
    assert_eq!(actors_of(&doc, withdraw), ["Russian Forces"]);
    // A noun inside a title-case headline stays part of it.
    assert!(
        doc.events
            .iter()
            .all(|e| doc.slice(e.trigger) != "Offensive"),
        "{:?}",
        doc.events
    );
}

#[test]
fn two_verbs_of_one_sentence_are_two_events() {
    let doc = extract(
        "Insurgents have killed two clerics in Khost province, days after a bomb killed a \
         mullah in a mosque on Friday.",
        Some("2024-06-30"),
    );
    let killed: Vec<&Event> = doc
        .events
        .iter()
        .filter(|e| doc.slice(e.trigger) == "killed")
        .collect();
    assert_eq!(killed.len(), 2, "{:?}", doc.events);
    assert_ne!(killed[0].id, killed[1].id);
    assert!(killed[0].date.is_none(), "{:?}", killed[0].date);
}

#[test]
fn place_noun_names_its_place_in_apposition_or_after_adjectives() {
    check(&[
        case(
            "President Ali Bongo was detained in the capital, Libreville, before dawn.",
            "detained",
            "ARREST",
        )
        .place("Libreville"),
        case(
            "Negotiators signed the accord on Saturday in the Qatari capital, Doha.",
            "signed",
            "AGREEMENT",
        )
        .place("Doha"),
        case(
            "More than 300 people have been arrested in the Kenyan capital Nairobi since Monday.",
            "arrested",
            "ARREST",
        )
        .place("Nairobi"),
    ]);
}

#[test]
fn noun_after_a_preposition_in_a_headline_is_no_verb_event() {
    let doc = extract(
        "Zambian Police Arrest Opposition Leaders After Clashes\n\n\
         Police arrested 85 people in Lusaka on Saturday.",
        Some("2024-06-30"),
    );
    let arrest = find(&doc, "Arrest");
    assert_eq!(arrest.event_type.as_str(), "ARREST");
    assert!(
        doc.events.iter().all(|e| doc.slice(e.trigger) != "Clashes"),
        "{:?}",
        doc.events
    );
}

#[test]
fn coordinated_subject_with_a_determiner_gives_both_actors() {
    let doc = extract(
        "Chad's government and the rebels signed a ceasefire in Doha on Sunday.",
        Some("2024-06-30"),
    );
    assert_eq!(
        actors_of(&doc, find(&doc, "signed")),
        ["Chad's government", "rebels"]
    );
    // A clause before "and" is no conjunct.
    let doc = extract(
        "The rebels attack villages and the ministry responds.",
        Some("2024-06-30"),
    );
    assert_eq!(actors_of(&doc, find(&doc, "responds")), ["ministry"]);
}

#[test]
fn unknown_name_before_country_is_its_adjective_not_the_place() {
    // "the West African country" refers back to the country named before.
    check(&[case(
        "Guinea's president was detained on Sunday by soldiers in the West African country.",
        "detained",
        "ARREST",
    )
    .place("Guinea")]);
    // With no country before, no place at all ('Central Asian' is no place).
    let doc = extract(
        "Soldiers detained the president in the Central Asian country on Sunday.",
        Some("2024-06-30"),
    );
    let ev = find(&doc, "detained");
    assert!(ev.location.is_none(), "{:?}", ev.location);
}

#[test]
fn another_event_is_its_own_event_with_its_own_date() {
    let doc = extract(
        "Gunmen attacked a village in Zamfara on Sunday. The attack was a reprisal for \
         another attack in April, police said.",
        Some("2024-06-30"),
    );
    let attacks: Vec<&Event> = doc
        .events
        .iter()
        .filter(|e| doc.slice(e.trigger).starts_with("attack"))
        .collect();
    assert_eq!(attacks.len(), 3, "{:?}", doc.events);
    // "The attack" is Sunday's; "another attack" is its own, in April.
    assert_eq!(attacks[0].id, attacks[1].id);
    assert_ne!(attacks[1].id, attacks[2].id);
    let value = |e: &Event| e.date.as_ref().map(|d| d.value.clone());
    assert_eq!(value(attacks[1]), value(attacks[0]));
    assert_eq!(value(attacks[2]).as_deref(), Some("2024-04"));
    // The statement does not take April either.
    assert_ne!(value(find(&doc, "said")).as_deref(), Some("2024-04"));
    // An election still to come is not the runoff just held, and gives it no date.
    let doc = extract(
        "The governor defeated his rival in a runoff in Recife. The result is a test for the \
         party ahead of the 2026 presidential election.",
        Some("2024-10-07"),
    );
    let runoff = find(&doc, "runoff");
    let election = find(&doc, "election");
    assert_ne!(runoff.id, election.id);
    assert_eq!(value(runoff), None);
    assert_eq!(value(election).as_deref(), Some("2026"));
}

#[test]
fn name_inside_a_participle_phrase_is_no_apposition_speaker() {
    check(&[
        case(
            "The group, referring to itself as the Liberation Front, said it had captured \
             the base.",
            "said",
            "STATEMENT",
        )
        .actor("group"),
        // A name that is the whole apposition is the speaker.
        case(
            "The rebel group, the Liberation Front, said on Monday it had captured the base.",
            "said",
            "STATEMENT",
        )
        .actor("Liberation Front"),
    ]);
}

#[test]
fn inverted_passive_has_its_target() {
    check(&[
        case(
            "Also arrested were two of his aides, police said.",
            "arrested",
            "ARREST",
        )
        .target("two of his aides"),
        case(
            "Arrested on Tuesday were two students, police said.",
            "Arrested",
            "ARREST",
        )
        .target("two students"),
        case(
            "Among those killed were three soldiers, the army said.",
            "killed",
            "KILLING",
        )
        .target("three soldiers"),
    ]);
}

#[test]
fn killing_when_attackers_struck_has_the_attackers() {
    check(&[
        case(
            "Ten villagers were killed when gunmen attacked Gamboru on Monday.",
            "killed",
            "KILLING",
        )
        .actor("gunmen")
        .target("Ten villagers")
        .place("Gamboru"),
        // A killing with its own agent keeps it.
        case(
            "Soldiers killed two men after rebels attacked a checkpoint near Gao.",
            "killed",
            "KILLING",
        )
        .actor("Soldiers"),
    ]);
}

#[test]
fn place_noun_after_a_country_names_its_place() {
    check(&[
        case(
            "More than 500 people have been arrested in the Bangladesh capital Dhaka since \
             Monday.",
            "arrested",
            "ARREST",
        )
        .place("Dhaka"),
        case(
            "Troops were deployed on Friday to the Kenyan capital Nairobi.",
            "deployed",
            "DEPLOYMENT",
        )
        .place("Nairobi"),
    ]);
}

#[test]
fn conflict_noun_is_no_actor() {
    // (text, trigger, expected actors)
    let cases: &[(&str, &str, &[&str])] = &[
        (
            "The invasion sparked a guerrilla war which killed 200,000 people.",
            "killed",
            &[],
        ),
        (
            "Gunmen attacked a checkpoint on Friday, triggering a shootout that killed four \
             soldiers.",
            "killed",
            &[],
        ),
        (
            "Weeks of violence killed dozens of people in the north.",
            "killed",
            &[],
        ),
    ];
    check_actor_lists(cases);
    // A shootout is an attack of its own.
    let doc = extract(
        "Police and smugglers were caught in a shootout near the border on Monday.",
        Some("2024-06-30"),
    );
    assert_eq!(find(&doc, "shootout").event_type.as_str(), "ATTACK");
}

#[test]
fn not_yet_is_a_negation_with_the_subject() {
    let doc = extract(
        "The Taliban have not yet claimed responsibility for the attack.",
        Some("2024-06-30"),
    );
    let ev = find(&doc, "claimed responsibility");
    assert!(ev.negated, "{ev:?}");
    assert_eq!(actors_of(&doc, ev), ["Taliban"]);
}

#[test]
fn killed_and_injured_when_attackers_struck_has_the_attackers() {
    check(&[case(
        "Two soldiers were killed and another injured when militants ambushed their convoy on \
         Monday.",
        "killed",
        "KILLING",
    )
    .actor("militants")
    .date("2024-06-24")]);
}

#[test]
fn hyphenated_compound_adjective_is_no_trigger() {
    let cases: &[(&str, &str)] = &[
        (
            "The long-ruling autocrat was ousted in a coup in 2017.",
            "ruling",
        ),
        (
            "The army-appointed council met in Bamako on Monday.",
            "appointed",
        ),
    ];
    for &(text, word) in cases {
        let doc = extract(text, Some("2024-06-30"));
        assert!(
            doc.events.iter().all(|e| doc.slice(e.trigger) != word),
            "{text:?}: {:?}",
            doc.events
        );
    }
    // A verb prefix keeps the verb.
    check(&[case(
        "President Amadou Sow has been re-elected for a second term.",
        "re-elected",
        "ELECTION",
    )]);
}

#[test]
fn by_a_modified_margin_is_no_agent() {
    let doc = extract(
        "The ruling party won the election by a razor-thin margin in 2018.",
        Some("2024-06-30"),
    );
    let ev = find(&doc, "election");
    assert!(actors_of(&doc, ev).is_empty(), "{:?}", actors_of(&doc, ev));
}

#[test]
fn reporting_gerund_is_not_in_the_subject() {
    check(&[case(
        "The monitor said 20 troops were killed, adding government soldiers retreated to the \
         nearby town.",
        "retreated",
        "WITHDRAWAL",
    )
    .actor("government soldiers")]);
}

#[test]
fn operation_launched_is_no_product_launch() {
    let doc = extract(
        "A search operation was launched in the area after the attack.",
        Some("2024-06-30"),
    );
    assert_no_event(&doc, "LAUNCH");
}

#[test]
fn started_or_resumed_is_a_light_verb() {
    check(&[
        case(
            "French troops started their withdrawal from Gao on Monday.",
            "withdrawal",
            "WITHDRAWAL",
        )
        .actor("French troops"),
        case(
            "The two sides resumed talks in Doha on Tuesday.",
            "talks",
            "MEETING",
        )
        .actor("two sides"),
    ]);
}

#[test]
fn dateline_country_is_the_fallback_place() {
    let doc = extract(
        "LUSAKA, May 4 (Reuters) - Police arrested two opposition leaders on Saturday, a \
         police spokesman said.\nThe arrests came days before a vote on a new constitution in \
         Zambia.",
        Some("2024-05-04"),
    );
    let ev = find(&doc, "said");
    let place = ev.location.as_ref().expect("a place");
    assert_eq!(doc.slice(place.span), "Zambia");
    assert!(place.inferred);
    // The dateline city alone is no event place, and a country the text does not name is
    // none either.
    let doc = extract(
        "LUSAKA, May 4 (Reuters) - Police arrested two opposition leaders on Saturday, a \
         police spokesman said.",
        Some("2024-05-04"),
    );
    let ev = find(&doc, "arrested");
    assert!(ev.location.is_none(), "{:?}", ev.location);
    // A place of the sentence wins.
    check(&[case(
        "KANO, Nigeria (Reuters) - Gunmen killed five villagers in Zamfara on Sunday.",
        "killed",
        "KILLING",
    )
    .place("Zamfara")]);
}

#[test]
fn stopped_or_prevented_event_is_not_asserted() {
    // (text, trigger, expected modality)
    let cases: &[(&str, &str, &str)] = &[
        (
            "The rebels agreed to a cease-fire and to stop attacks on civilians.",
            "attacks",
            "hypothetical",
        ),
        (
            "Police foiled a bomb attack on a church in Kaduna on Sunday.",
            "attack",
            "hypothetical",
        ),
        // A halted offensive took place.
        (
            "The army halted its offensive near Goma on Monday.",
            "offensive",
            "asserted",
        ),
    ];
    check_modality(cases);
}

#[test]
fn place_modifying_the_target_noun_is_not_the_event_place() {
    check(&[
        case(
            "Militants carried out an attack on the U.S. embassy compound in Baghdad on Monday.",
            "attack",
            "ATTACK",
        )
        .place("Baghdad"),
        // A place noun after the place keeps it.
        case(
            "Rebels launched an attack on the Kidal region on Monday.",
            "attack",
            "ATTACK",
        )
        .place("Kidal"),
    ]);
}

#[test]
fn gerund_after_a_comma_is_not_in_the_antecedent() {
    check(&[case(
        "Gunmen stormed two villages on Tuesday, targeting residents who had rejected the \
         militants' demands.",
        "rejected",
        "STATEMENT",
    )
    .actor("residents")]);
}

#[test]
fn troops_shipped_out_is_a_deployment() {
    check(&[case(
        "About 750 troops shipped out to Kuwait on Wednesday.",
        "shipped out",
        "DEPLOYMENT",
    )
    .actor("750 troops")
    .place("Kuwait")]);
}

#[test]
fn name_with_parenthetical_acronym_keeps_its_actor() {
    check(&[
        case(
            "The Movement for Unity and Jihad in West Africa (MUJWA), an Islamist armed group, \
             has claimed responsibility for a deadly attack on an army post in Gao.",
            "claimed responsibility",
            "STATEMENT",
        )
        .actor("Movement for Unity and Jihad in West Africa"),
        case(
            "Ethiopia's regional Amhara Special Forces (ASF) have launched an offensive on \
             Gondar.",
            "offensive",
            "ATTACK",
        )
        .actor("Amhara Special Forces"),
        case(
            "The Allied Democratic Forces (ADF) killed 12 villagers near Beni on Tuesday.",
            "killed",
            "KILLING",
        )
        .actor("Allied Democratic Forces"),
        case(
            "The Allied Democratic Forces (ADF), an Islamist group, attacked a village near \
             Beni on Tuesday.",
            "attacked",
            "ATTACK",
        )
        .actor("Allied Democratic Forces"),
    ]);
}

#[test]
fn claimed_attack_has_the_claimer_as_actor() {
    check(&[
        case(
            "The Movement for Unity and Jihad in West Africa (MUJWA), an Islamist armed group, \
             has claimed responsibility for a deadly attack on an army post in Gao.",
            "attack",
            "ATTACK",
        )
        .actor("Movement for Unity and Jihad in West Africa"),
        case(
            "The militia also claimed a deadly ambush near Kidal on March 3.",
            "ambush",
            "ATTACK",
        )
        .actor("militia"),
    ]);
}

#[test]
fn fronted_place_phrase_is_not_a_coordinated_subject() {
    let text = "In Niger's Tillaberi Region, Islamic State fighters reportedly killed at least ten \
                soldiers on Monday.";
    let doc = extract(text, Some("2024-06-30"));
    let actors: Vec<&str> = find(&doc, "killed")
        .actors
        .iter()
        .map(|x| doc.slice(x.span))
        .collect();
    assert_eq!(actors, ["Islamic State fighters"]);
}

#[test]
fn launching_an_attack_or_releasing_a_video_is_no_launch() {
    let cases = [
        // Scare quotes around the attack noun.
        "The rebels have launched their \"final offensive\" on the city.",
        "The militia had earlier released a video on Sunday showing its commander.",
        // The noun reading of a verb after "to".
        "The council urged the army to release all political prisoners.",
    ];
    for text in cases {
        let doc = extract(text, Some("2024-06-30"));
        let launches: Vec<&str> = doc
            .events
            .iter()
            .filter(|e| e.event_type.as_str() == "LAUNCH")
            .map(|e| doc.slice(e.trigger))
            .collect();
        assert!(launches.is_empty(), "{text:?}: LAUNCH {launches:?}");
    }
    check(&[case(
        "The rebels have launched their \"final offensive\" on the city.",
        "offensive",
        "ATTACK",
    )
    .actor("rebels")]);
}

#[test]
fn addressee_or_earlier_clause_is_no_speaker() {
    // The object of a gerund before an infinitive is whom the speaker addressed.
    let doc = extract(
        "The group posted a video showing Amadou Kane, its regional commander, warning \
         villagers to leave.",
        Some("2024-06-30"),
    );
    let actors: Vec<&str> = find(&doc, "warning")
        .actors
        .iter()
        .map(|x| doc.slice(x.span))
        .collect();
    assert!(!actors.contains(&"villagers"), "actors {actors:?}");
    // A date before "and" ends the earlier clause: the subject is after it.
    check(&[case(
        "The deadline passed on Friday and local officials told reporters that the army had \
         left.",
        "told",
        "STATEMENT",
    )
    .actor("local officials")]);
}

#[test]
fn since_date_after_a_first_event_is_not_its_date() {
    let doc = extract(
        "Kyiv and Moscow began talks in Istanbul on Friday, the first direct talks between \
         them since 2022.",
        Some("2024-06-30"),
    );
    for e in doc
        .events
        .iter()
        .filter(|e| doc.slice(e.trigger) == "talks")
    {
        let got = e.date.as_ref().map(|d| d.value.as_str());
        assert_eq!(got, Some("2024-06-28"), "talks at {}", e.trigger.start);
    }
}

#[test]
fn pronoun_in_a_where_clause_is_not_the_speaker() {
    let doc = extract(
        "Rebels said the minister flew to Moscow, where he met President Vladimir Putin.",
        Some("2024-06-30"),
    );
    let actors: Vec<&str> = find(&doc, "met")
        .actors
        .iter()
        .map(|x| doc.slice(x.span))
        .collect();
    assert!(!actors.contains(&"Rebels"), "actors {actors:?}");
}

#[test]
fn participle_aside_inside_a_when_clause_keeps_its_subject() {
    check(&[
        case(
            "Ten villagers were killed on Sunday when gunmen, dressed in army uniforms, attacked \
             a market in Zamfara.",
            "attacked",
            "ATTACK",
        )
        .actor("gunmen"),
        // The killing tied to the attack by "when" takes the attackers.
        case(
            "Ten villagers were killed on Sunday when gunmen, dressed in army uniforms, attacked \
             a market in Zamfara.",
            "killed",
            "KILLING",
        )
        .actor("gunmen"),
    ]);
}

#[test]
fn discontinuous_killing_phrases_are_killings() {
    check(&[
        case(
            "Militants shot five men dead near Bunia on Saturday.",
            "shot",
            "KILLING",
        )
        .actor("Militants")
        .place("Bunia"),
        case(
            "Attackers hacked three farmers to death in Benue on Monday.",
            "hacked",
            "KILLING",
        )
        .actor("Attackers")
        .place("Benue"),
    ]);
    // "to death" after the killing verb is no separate death; "shot at" is no killing.
    let doc = extract(
        "Attackers hacked three farmers to death in Benue on Monday.",
        Some("2024-06-30"),
    );
    assert_no_event(&doc, "DEATH");
    let doc = extract("Police shot at the crowd on Monday.", Some("2024-06-30"));
    assert_no_event(&doc, "KILLING");
}

#[test]
fn shared_subject_after_a_verb_that_is_no_trigger() {
    check(&[case(
        "President Emmerson Mnangagwa replaced Robert Mugabe in 2017 and won an election the \
         following year.",
        "won",
        "ELECTION",
    )
    .actor("Emmerson Mnangagwa")]);
}

#[test]
fn subject_before_a_from_phrase_and_named_meeting_party() {
    check(&[
        case(
            "Delegations from Turkey, Qatar and Sudan, headed by the foreign minister, met in \
             Doha on Monday.",
            "met",
            "MEETING",
        )
        .actor("Delegations"),
        case(
            "The president travelled to Beijing, where he met with President Xi Jinping.",
            "met",
            "MEETING",
        )
        .actor("President Xi Jinping"),
    ]);
}

#[test]
fn took_responsibility_and_killed_in_an_attack_give_the_attackers() {
    check(&[
        case(
            "The Ansaru group took responsibility for the ambush near Kaduna on Friday.",
            "ambush",
            "ATTACK",
        )
        .actor("Ansaru group"),
        case(
            "Rebel fighters killed nine soldiers in an attack on an army camp near Beni.",
            "attack",
            "ATTACK",
        )
        .actor("Rebel fighters"),
    ]);
}

#[test]
fn gerund_after_an_object_shares_the_main_subject() {
    check(&[case(
        "On Friday the insurgents attacked the Dalori camp in northern Borno killing 30 soldiers.",
        "killing",
        "KILLING",
    )
    .actor("insurgents")]);
}

#[test]
fn armed_force_modifying_an_attack_noun_is_its_actor() {
    check(&[
        case(
            "A Sudanese army airstrike on a market in Kordofan killed 30 people on Monday.",
            "airstrike",
            "ATTACK",
        )
        .actor("Sudanese army"),
        case(
            "A Sudanese army airstrike on a market in Kordofan killed 30 people on Monday.",
            "killed",
            "KILLING",
        )
        .actor("Sudanese army"),
    ]);
    // A plural before the noun is a subject: "forces launched air strikes".
    check(&[case(
        "Seven villagers were killed when Ethiopia's federal forces launched air strikes on a \
         village.",
        "air strikes",
        "ATTACK",
    )
    .actor("Ethiopia's federal forces")]);
}

#[test]
fn stance_prefix_and_place_nouns_are_no_events() {
    let cases = [
        (
            "The commander of an anti-coup militia spoke to reporters.",
            "coup",
        ),
        (
            "Israeli jets struck a conference hall in Sanaa on Thursday.",
            "conference",
        ),
        (
            "He said the army had spent two years trying to crush the rebellion after launching its coup.",
            "launching",
        ),
    ];
    for (text, trigger) in cases {
        let doc = extract(text, Some("2024-06-30"));
        assert!(
            doc.events.iter().all(|e| doc.slice(e.trigger) != trigger),
            "{text:?}: event {trigger:?}"
        );
    }
    // "told" names its addressee after it, never its speaker.
    let doc = extract(
        "The junta's spokesman, Colonel Ali Kane, told state television that the strike hit a \
         rebel camp.",
        Some("2024-06-30"),
    );
    let got = actors_of(&doc, find(&doc, "told"));
    assert!(!got.contains(&"state television"), "actors {got:?}");
}

#[test]
fn subject_before_a_from_list_with_a_serial_comma() {
    check(&[case(
        "Officials said that envoys from Qatar, the United States, and Egypt, led by the \
         foreign minister, met in Cairo on Monday.",
        "met",
        "MEETING",
    )
    .actor("envoys")]);
}

#[test]
fn claim_by_a_spokesman_is_the_groups() {
    check(&[
        case(
            "Rebel military spokesman Ahmed Kone claimed the attack on the oil tanker.",
            "attack",
            "ATTACK",
        )
        .actor("Rebel"),
        case(
            "A spokesman for al-Shabaab, Ali Dheere, claimed responsibility for the raid.",
            "raid",
            "ATTACK",
        )
        .actor("al-Shabaab"),
    ]);
    // The statement itself stays the spokesman's.
    check(&[case(
        "Rebel military spokesman Ahmed Kone claimed the attack on the oil tanker.",
        "claimed",
        "STATEMENT",
    )
    .actor("Rebel military spokesman Ahmed Kone")]);
}

#[test]
fn state_striking_a_concrete_target_is_an_attack() {
    check(&[
        case(
            "Israel struck a wedding hall in Gaza City on Monday.",
            "struck",
            "ATTACK",
        )
        .actor("Israel")
        .target("wedding hall"),
        case(
            "Ukraine hit an oil refinery in the Bryansk region overnight.",
            "hit",
            "ATTACK",
        )
        .actor("Ukraine"),
        case(
            "Russia struck a hotel in Kharkiv on Tuesday.",
            "struck",
            "ATTACK",
        )
        .actor("Russia"),
    ]);
    // A natural force, or a figurative object, is no attack.
    for text in [
        "The earthquake hit the town before dawn.",
        "The recession hit factory output hard.",
        "The news hit home for many families.",
    ] {
        assert_no_event(&extract(text, Some("2024-06-30")), "ATTACK");
    }
}

#[test]
fn coordinated_subject_with_an_of_phrase_keeps_both() {
    check(&[case(
        "Chad's government and the rebels of the FACT announced a truce on Friday.",
        "announced",
        "STATEMENT",
    )
    .actor("Chad's government")]);
    let doc = extract(
        "Chad's government and the rebels of the FACT announced a truce on Friday.",
        Some("2024-06-30"),
    );
    let got = actors_of(&doc, find(&doc, "announced"));
    assert_eq!(got.len(), 2, "actors {got:?}");
    // One "of" phrase with no coordination keeps its head as before.
    check(&[case(
        "The head of the army announced a curfew on Friday.",
        "announced",
        "STATEMENT",
    )
    .actor("army")]);
}

#[test]
fn coordinated_appositions_name_both_actors() {
    let text = "Omar Dinka, chief negotiator of the government, and Gen. Paul Mabior, head of \
                the rebel delegation, signed the accord in Addis Ababa on Sunday.";
    check(&[
        case(text, "signed", "AGREEMENT").actor("Omar Dinka"),
        case(text, "signed", "AGREEMENT")
            .actor("Paul Mabior")
            .place("Addis Ababa"),
    ]);
}

#[test]
fn relative_clause_date_after_a_temporal_preposition_is_not_the_main_events() {
    let text = "The parties signed the deal following months of talks that began on March 3.";
    check(&[case(text, "talks", "MEETING").date("2024-03-03")]);
    let doc = extract(text, Some("2024-06-30"));
    assert!(find(&doc, "signed").date.is_none(), "{:?}", doc.events);
}

#[test]
fn gerund_after_the_object_of_an_irregular_past_shares_its_subject() {
    check(&[case(
        "Militants overran the garrison in northern Niger killing 20 soldiers.",
        "killing",
        "KILLING",
    )
    .actor("Militants")]);
}

#[test]
fn subject_with_no_negates_and_names_no_claimer() {
    let doc = extract(
        "Gunmen attacked a bus near Kaduna on Monday. No armed group has claimed responsibility \
         for the attack.",
        Some("2024-06-30"),
    );
    let claim = find(&doc, "claimed responsibility");
    assert!(claim.negated, "{claim:?}");
    assert!(claim.actors.is_empty(), "{claim:?}");
    let attack = find(&doc, "attack");
    let got = actors_of(&doc, attack);
    assert!(!got.contains(&"armed group"), "actors {got:?}");
}

#[test]
fn possessive_person_of_an_arrest_or_killing_noun_is_its_target() {
    check(&[
        case(
            "Protests followed Amadou Diallo's arrest by police in Dakar on Monday.",
            "arrest",
            "ARREST",
        )
        .actor("police")
        .target("Amadou Diallo"),
        case(
            "The party condemned Ibrahim Keita's detention on Friday.",
            "detention",
            "ARREST",
        )
        .target("Ibrahim Keita"),
    ]);
    let doc = extract(
        "The party condemned Ibrahim Keita's detention on Friday.",
        Some("2024-06-30"),
    );
    let got = actors_of(&doc, find(&doc, "detention"));
    assert!(!got.contains(&"Ibrahim Keita"), "actors {got:?}");
    // An attack's possessor stays its actor.
    check(&[case(
        "Russia's attack on Kharkiv killed five people.",
        "attack",
        "ATTACK",
    )
    .actor("Russia")]);
}

#[test]
fn counteroffensive_is_an_attack() {
    check(&[
        case(
            "The rebels pulled out of the town after a counteroffensive by the army.",
            "counteroffensive",
            "ATTACK",
        )
        .actor("army"),
        case(
            "The junta mounted a counter-offensive near Lashio in May.",
            "counter-offensive",
            "ATTACK",
        ),
    ]);
}

#[test]
fn irregular_past_after_and_ends_the_target() {
    check(&[case(
        "Militants attacked a police patrol and took shelter in the forest.",
        "attacked",
        "ATTACK",
    )
    .target("police patrol")]);
    // A coordinated noun phrase stays whole.
    check(&[case(
        "Militants attacked a police patrol and army trucks near Bama.",
        "attacked",
        "ATTACK",
    )
    .target("police patrol and army trucks")]);
}

#[test]
fn killing_in_a_relative_clause_on_an_attack_noun_shares_its_attackers() {
    check(&[case(
        "Police faced attacks by armed gangs on Monday in which six officers were killed.",
        "killed",
        "KILLING",
    )
    .actor("armed gangs")
    .date("2024-06-24")]);
}

#[test]
fn apposition_with_a_relative_clause_keeps_the_speaker() {
    check(&[case(
        "Amadou Sow, a former army captain who now leads a militia, claimed responsibility.",
        "claimed responsibility",
        "STATEMENT",
    )
    .actor("Amadou Sow")]);
}

#[test]
fn time_adverb_before_a_date_is_not_in_the_target() {
    check(&[case(
        "The rebels captured Kamanyola late on Thursday.",
        "captured",
        "ATTACK",
    )
    .target("Kamanyola")
    .date("2024-06-27")]);
}

#[test]
fn irregular_past_ends_the_subject_before_a_gerund_after_a_preposition() {
    check(&[case(
        "The rebels took control of Kamanyola on Thursday after capturing three villages.",
        "capturing",
        "ATTACK",
    )
    .actor("rebels")]);
}

#[test]
fn claimed_lives_is_no_statement() {
    let doc = extract(
        "The fighting has claimed hundreds of lives since April.",
        Some("2024-06-30"),
    );
    assert_no_event(&doc, "STATEMENT");
    // A claim by a speaker stays one.
    check(&[case(
        "The rebels claimed the town was under their control.",
        "claimed",
        "STATEMENT",
    )
    .actor("rebels")]);
}

#[test]
fn lone_participle_after_a_gerund_subject_is_no_target() {
    let doc = extract(
        "Fighting erupted on April 15 between the army and the militia.",
        Some("2024-06-30"),
    );
    let ev = find(&doc, "Fighting");
    let got = ev.target.as_ref().map(|t| doc.slice(t.span));
    assert_eq!(got, None, "{:?}", doc.events);
}

#[test]
fn direction_before_of_is_not_in_the_target() {
    check(&[case(
        "Militants captured a police post south-west of the capital on Monday.",
        "captured",
        "ATTACK",
    )
    .target("police post")]);
}

#[test]
fn passive_subject_takes_the_readings_object_tests() {
    for text in [
        "A video of the general in military custody was released on Sunday.",
        "Sanctions will follow if President Ibrahim Keita wasn't released by Friday.",
        "Five hostages were released near Gao on Monday.",
    ] {
        assert_no_event(&extract(text, Some("2024-06-30")), "LAUNCH");
    }
    // A product unveiled stays a launch.
    check(&[case(
        "The new smartphone was unveiled in Seoul on Monday.",
        "unveiled",
        "LAUNCH",
    )]);
}

#[test]
fn noun_opening_a_claimed_clause_is_not_claimed() {
    let doc = extract(
        "Gunfire broke out near the palace on Sunday. The ministry claimed the attack had been \
         thwarted.",
        Some("2024-06-30"),
    );
    let got = actors_of(&doc, find(&doc, "attack"));
    assert!(!got.contains(&"ministry"), "actors {got:?}");
}

/// The place of `ev`, as text.
fn place_of<'d>(doc: &'d Document, ev: &Event) -> Option<&'d str> {
    ev.location.as_ref().map(|l| doc.slice(l.span))
}

#[test]
fn dominant_place_counts_only_true_locatives() {
    // "help from China", "turn to China" are about China, not where things happen; the country
    // that opens the text as its subject is.
    let doc = extract(
        "Chad has suffered three coups since 2020. Calls for help from China are growing, and \
         the junta may soon turn to China.\n\nHundreds of students held a protest on Friday.",
        Some("2024-06-30"),
    );
    assert_eq!(place_of(&doc, find(&doc, "protest")), Some("Chad"));
}

#[test]
fn direction_of_another_verb_is_no_place() {
    // (text, trigger): "to China" is where the junta turned, not where the coup was.
    for (text, trigger) in [
        (
            "The junta turned to China for military help after seizing power in March 2021.",
            "seizing power",
        ),
        (
            "The coup leaders turned to China for loans in 2023.",
            "coup",
        ),
    ] {
        let doc = extract(text, Some("2024-06-30"));
        let place = place_of(&doc, find(&doc, trigger));
        assert_ne!(place, Some("China"), "{text:?}");
    }
    // A movement's destination stays its place.
    check(&[case(
        "The government sent 300 soldiers to Niger in May.",
        "sent",
        "DEPLOYMENT",
    )
    .place("Niger")]);
}

#[test]
fn movement_origin_is_no_place() {
    let doc = extract(
        "The Chinese advisers arrived in three flights from neighbouring Niger in May.",
        Some("2024-06-30"),
    );
    assert_ne!(place_of(&doc, find(&doc, "arrived")), Some("Niger"));
    // A withdrawal from a place is there.
    check(&[case(
        "French troops withdrew from Niger in December.",
        "withdrew",
        "WITHDRAWAL",
    )
    .place("Niger")]);
}

#[test]
fn fronted_place_is_not_a_referring_mentions_place() {
    // "In Geneva" places the condemnation; "the attack" and "Sunday's bombing" are the weekend
    // bombing, in Kandahar (a Sunday is in the weekend's week).
    let doc = extract(
        "A suicide bombing killed 12 people in Kandahar at the weekend.\n\nIn Geneva, the UN \
         rights office issued a condemnation of the attack.\n\nNobody has claimed \
         responsibility for Sunday's bombing.",
        Some("2024-06-30"),
    );
    assert_eq!(place_of(&doc, find(&doc, "attack")), Some("Kandahar"));
    let sunday = doc
        .events
        .iter()
        .rfind(|e| doc.slice(e.trigger) == "bombing")
        .expect("Sunday's bombing");
    assert_eq!(place_of(&doc, sunday), Some("Kandahar"));
    assert_eq!(place_of(&doc, find(&doc, "condemnation")), Some("Geneva"));
}

#[test]
fn plural_event_noun_with_agent_or_count_is_no_verb() {
    check(&[
        case(
            "Recent attacks by the Islamic State group in Niger have spread south.",
            "attacks",
            "ATTACK",
        )
        .actor("Islamic State group"),
        case(
            "A wave of attacks by armed gangs has hit the capital.",
            "attacks",
            "ATTACK",
        )
        .actor("armed gangs"),
    ]);
    let doc = extract(
        "More than 300 people were killed in bandit-related incidents in more than 50 attacks \
         last year.",
        Some("2024-06-30"),
    );
    let got = actors_of(&doc, find(&doc, "attacks"));
    assert!(got.is_empty(), "actors {got:?}");
}

#[test]
fn goal_of_a_conflict_noun_is_no_agent() {
    // "control" is what the fighting is for; the fighting is a cause, no agent.
    let doc = extract(
        "The fighting for control of Khartoum has killed more than 5,000 people.",
        Some("2024-06-30"),
    );
    let got = actors_of(&doc, find(&doc, "killed"));
    assert!(got.is_empty(), "actors {got:?}");
}

#[test]
fn headline_count_before_participle_is_the_target() {
    check(&[
        case(
            "12 arrested over suspected links to Kenyan market bombing\n\nPolice in Kenya have \
             detained 12 men.",
            "arrested",
            "ARREST",
        )
        .target("12"),
        case(
            "Five soldiers killed the two gunmen on Monday.",
            "killed",
            "KILLING",
        )
        .actor("Five soldiers"),
    ]);
    let doc = extract(
        "12 arrested over suspected links to Kenyan market bombing",
        Some("2024-06-30"),
    );
    let got = actors_of(&doc, find(&doc, "arrested"));
    assert!(got.is_empty(), "actors {got:?}");
}

#[test]
fn oust_is_a_coup_only_of_a_ruler() {
    for text in [
        "After ousting the rival militia from its last stronghold there, the rebels moved south.",
        "The prime minister was ousted from office in a bitter party-room contest last week.",
    ] {
        assert_no_event(&extract(text, Some("2024-06-30")), "COUP");
    }
    check(&[
        case(
            "The army ousted President Ali Hassan in 2021.",
            "ousted",
            "COUP",
        ),
        case(
            "Soldiers ousted the government on Monday.",
            "ousted",
            "COUP",
        ),
        case("Hassan was ousted in a coup in 2021.", "ousted", "COUP"),
    ]);
}

#[test]
fn capture_nouns_and_overtaken_bases_are_attacks() {
    check(&[
        case(
            "The capture of Kidal after a long siege shocked the region.",
            "capture",
            "ATTACK",
        )
        .place("Kidal"),
        case(
            "The army hailed its recapture of Gao in March.",
            "recapture",
            "ATTACK",
        )
        .place("Gao"),
        case(
            "Rebel fighters overtook key army bases near Menaka.",
            "overtook",
            "ATTACK",
        )
        .actor("Rebel fighters"),
    ]);
    for text in [
        "The device allows the capture of carbon dioxide.",
        "The runner overtook two rivals on the last lap.",
    ] {
        assert_no_event(&extract(text, Some("2024-06-30")), "ATTACK");
    }
}

#[test]
fn officials_country_is_the_inferred_place_of_an_office_event() {
    let doc = extract(
        "Mongolia Prime Minister Tumen Bold has resigned after six years.",
        Some("2024-06-30"),
    );
    let ev = find(&doc, "resigned");
    let place = ev.location.as_ref().expect("a place");
    assert_eq!(doc.slice(place.span), "Mongolia");
    assert!(place.inferred);
    // A visit is not in the visitor's country.
    let doc = extract(
        "Mongolia Prime Minister Tumen Bold visited the border on Friday.",
        Some("2024-06-30"),
    );
    assert_eq!(place_of(&doc, find(&doc, "visited")), None);
    // The place visited is the visit's place, not the visitor's country.
    let doc = extract(
        "Chad's army chief visited Abeche on Tuesday.",
        Some("2024-06-30"),
    );
    assert_eq!(place_of(&doc, find(&doc, "visited")), Some("Abeche"));
}

#[test]
fn toll_in_a_relative_clause_takes_its_events_place_and_date() {
    let doc = extract(
        "A suicide bombing hit a market in Kandahar at the weekend.\n\nPolice arrested two men \
         after Sunday's bombing, which killed 12 people.",
        Some("2024-06-30"),
    );
    let killed = find(&doc, "killed");
    assert_eq!(place_of(&doc, killed), Some("Kandahar"));
    assert_eq!(
        killed.date.as_ref().map(|d| d.value.as_str()),
        Some("2024-06-30")
    );
}

#[test]
fn singular_s_noun_before_event_noun_is_a_modifier() {
    // "bus", "campus": -s singulars modify the trigger noun; they are no plural subject of a
    // gerund ("the Kenyan bus bombing" is not the bus bombing something).
    let doc = extract(
        "Police said the Kenyan bus bombing killed 12 people.",
        Some("2024-06-30"),
    );
    let got = actors_of(&doc, find(&doc, "bombing"));
    assert_eq!(got, ["Kenyan"]);
    let doc = extract(
        "He saw no evidence linking the men with yesterday's campus attack.",
        Some("2024-06-30"),
    );
    let got = actors_of(&doc, find(&doc, "attack"));
    assert!(got.is_empty(), "actors {got:?}");
}

#[test]
fn agent_after_an_of_object_and_its_apposition() {
    check(&[
        case(
            "The capture of Kidal, the largest town in the north, by the separatist rebels raised \
         fears of a split.",
            "capture",
            "ATTACK",
        )
        .actor("separatist rebels")
        .place("Kidal"),
        // (The agent ends before a present-tense verb.)
        case(
            "The capture of Gao, the main town, by the separatist movement raises fears of a split.",
            "capture",
            "ATTACK",
        )
        .actor("separatist movement"),
    ]);
}

#[test]
fn kind_of_event_takes_no_other_events_date() {
    // "offensive operations elsewhere" names a kind of event, not the siege dated before it.
    for text in [
        "Having laid siege to the town since May 2023, the rebels now control the north, \
         freeing fighters for offensive operations elsewhere.",
        "Having laid siege to the town since May 2023, the rebels now control all of northern \
         Darfur, moving men to offensive operations elsewhere.",
    ] {
        let doc = extract(text, Some("2024-06-30"));
        let ev = find(&doc, "offensive");
        assert!(ev.date.is_none(), "{text:?}: {:?}", ev.date);
    }
    // (The siege itself is not dated by "since May 2023": that starts a period.)
    let doc = extract(
        "Having laid siege to the town since May 2023, the rebels now control the north.",
        Some("2024-06-30"),
    );
    let siege = find(&doc, "siege");
    assert_eq!(siege.event_type.as_str(), "ATTACK");
    assert!(siege.date.is_none(), "date {:?}", siege.date);
}

/// A name after a common noun opens a reduced relative clause or an apposition: the actor is
/// the name, not the noun before it ("a mining town Armenia captured", "the head of the Karsk
/// region Ivan Morel said"); a role word stays on the name.
#[test]
fn name_after_a_common_noun_is_the_actor() {
    check(&[
        case(
            "Troops took Tarnovo, the latest in a string of gains Armenia has claimed.",
            "claimed",
            "STATEMENT",
        )
        .actor("Armenia"),
        case(
            "The road runs north of Kelm, a mining town Armenia captured in March.",
            "captured",
            "ATTACK",
        )
        .actor("Armenia"),
        case(
            "The head of the Karsk region Ivan Morel said three people were hurt.",
            "said",
            "STATEMENT",
        )
        .actor("Ivan Morel"),
        case(
            "State prosecutor Ana Ruiz said the gunmen fled.",
            "said",
            "STATEMENT",
        )
        .actor("State prosecutor Ana Ruiz"),
    ]);
}

/// The event after the noun of a stop ("a cessation of hostilities", "an end to the fighting")
/// is not asserted to happen; the same event named alone is.
#[test]
fn event_after_a_stopping_noun_is_not_asserted() {
    // (text, trigger, expected modality)
    let cases: &[(&str, &str, &str)] = &[
        (
            "Both sides signed a deal on a permanent cessation of hostilities in Pretoria.",
            "hostilities",
            "hypothetical",
        ),
        (
            "The mediators pressed for an end to the fighting around Kadugli.",
            "fighting",
            "hypothetical",
        ),
        (
            "The fighting around Kadugli went on for a week.",
            "fighting",
            "asserted",
        ),
    ];
    check_modality(cases);
}

/// A speaker with an apposition and then a relative clause before "said" is the name that
/// opens the clause, not the apposition's organization nor a name in the reported clause;
/// before a comma the head of an "of" phrase is the antecedent ("Relatives of the victims,
/// who ...").
#[test]
fn speaker_before_apposition_and_relative_clause() {
    check_actor_lists(&[
        (
            "Ama Owusu, the head of the National Election Board, who read out the results, \
             said Kofi Boateng polled 51.2 percent.",
            "said",
            &["Ama Owusu"],
        ),
        (
            "Ama Owusu, the head of the National Election Board, who announced the results, \
             said Kofi Boateng polled 51.2 percent.",
            "announced",
            &["Ama Owusu"],
        ),
        (
            "Relatives of the victims, who gathered outside the court, said they wanted justice.",
            "said",
            &["Relatives"],
        ),
        (
            "Ama Owusu, who announced the count, said the turnout was low.",
            "said",
            &["Ama Owusu"],
        ),
    ]);
}

/// "X was declared the winner" is an election won by X, not a statement by X.
#[test]
fn declared_the_winner_is_an_election() {
    check(&[
        case(
            "Kofi Boateng was on Sunday declared the winner of the presidential runoff.",
            "declared the winner",
            "ELECTION",
        )
        .actor("Kofi Boateng")
        .date("2024-06-30"),
        case(
            "The electoral board declared Kofi Boateng the winner on Sunday.",
            "declared",
            "STATEMENT",
        )
        .actor("electoral board"),
    ]);
}

/// The target of "attack on" / "strike against" before a relative clause is not the agent of
/// the relative clause's killing.
#[test]
fn target_of_an_attack_on_is_no_killer() {
    check_actor_lists(&[
        (
            "The attack on a police station that killed nine officers shocked the town.",
            "killed",
            &[],
        ),
        (
            "The strike against a fuel depot that killed four workers was the third this week.",
            "killed",
            &[],
        ),
        (
            "Gunmen who killed nine officers fled into the forest.",
            "killed",
            &["Gunmen"],
        ),
    ]);
}

/// "settlement" as a place ("The settlement lies 30 km from the border") is no agreement.
#[test]
fn settlement_as_a_place_is_no_agreement() {
    for text in [
        "The settlement lies 40 km north of the river.",
        "The settlement is located on a hill and has 600 residents.",
    ] {
        assert_no_event(&extract(text, Some("2024-06-30")), "AGREEMENT");
    }
    check(&[case(
        "The two firms reached a settlement on Friday.",
        "settlement",
        "AGREEMENT",
    )]);
}

/// "by the powerful force" after a capture is its agent; "by force" alone is a means.
#[test]
fn by_the_force_is_an_agent() {
    check_actor_lists(&[
        (
            "The provincial capital was captured on Sunday by the powerful force.",
            "captured",
            &["powerful force"],
        ),
        (
            "The provincial capital was captured on Sunday by force.",
            "captured",
            &[],
        ),
    ]);
}

/// "calls for help from X": the noun after a prepositional statement verb is what is called
/// for, no speaker; the origin after its object is not the statement's place.
#[test]
fn object_of_calls_for_is_no_speaker() {
    let text = "Meanwhile, calls for help from Turkey are growing louder.";
    let doc = extract(text, Some("2024-06-30"));
    let ev = find(&doc, "calls for");
    assert!(actors_of(&doc, ev).is_empty(), "{:?}", actors_of(&doc, ev));
    assert!(ev.location.is_none(), "{:?}", ev.location);
    check(&[case(
        "Envoys from Qatar said the talks had stalled.",
        "said",
        "STATEMENT",
    )
    .actor("Envoys")]);
    let doc = extract("Envoys from Qatar said the talks had stalled.", None);
    assert!(find(&doc, "said").location.is_none());
}

/// A headline's present-tense verb after a plural noun that opens it is an event with that
/// subject ("Gunmen kill 23 in raid on market").
#[test]
fn headline_plural_subject_takes_a_base_verb() {
    check(&[
        case(
            "Gunmen kill 14 in raid on village market",
            "kill",
            "KILLING",
        )
        .actor("Gunmen"),
        case("Bandits kill nine in attack on farmers", "kill", "KILLING").actor("Bandits"),
    ]);
}

/// A subject "N of the X" acts through its head noun ("Residents of the town said"), but a
/// quantity or a collective keeps the noun after "of" ("Thousands of people protested").
#[test]
fn head_before_an_of_phrase_is_the_subject() {
    check_actor_lists(&[
        (
            "Residents of the village said the gunmen fled on foot.",
            "said",
            &["Residents"],
        ),
        (
            "A coalition of armed groups said it had seized the border post.",
            "said",
            &["coalition"],
        ),
        (
            "Thousands of farmers protested in the capital.",
            "protested",
            &["farmers"],
        ),
        (
            "A group of gunmen attacked the convoy.",
            "attacked",
            &["gunmen"],
        ),
    ]);
}

/// "said he would hold elections in April": the reported clause after a pronoun subject dates
/// its own event, not the statement.
#[test]
fn pronoun_reported_clause_date_is_not_the_statement_date() {
    let doc = extract(
        "The interim leader said he would hold general elections in April.",
        Some("2024-06-30"),
    );
    assert!(
        find(&doc, "said").date.is_none(),
        "{:?}",
        find(&doc, "said").date
    );
    assert_eq!(
        find(&doc, "elections")
            .date
            .as_ref()
            .map(|d| d.value.as_str()),
        Some("2025-04")
    );
}

/// "launched their offensive on May 3 and have since captured ...": "offensive" before an
/// "and" is an attack, and the verb after "have since" shares the subject but not the earlier
/// conjunct's date.
#[test]
fn have_since_verb_shares_subject_not_date() {
    check(&[case(
        "The rebels launched their offensive on May 3 and have since captured six towns.",
        "offensive",
        "ATTACK",
    )
    .actor("rebels")
    .date("2024-05-03")]);
    let doc = extract(
        "The rebels seized Goma on May 3 and have since captured six more towns.",
        Some("2024-06-30"),
    );
    let ev = find(&doc, "captured");
    assert_eq!(actors_of(&doc, ev), ["rebels"]);
    assert!(ev.date.is_none(), "{:?}", ev.date);
}

/// "he was ousted from office" with the party-room or no-confidence vote told only in the next
/// sentence is no coup; a coup before a sentence that promises a ballot stays one.
#[test]
fn ousted_before_a_party_vote_sentence_is_no_coup() {
    for text in [
        "The prime minister was ousted from office on Tuesday. Party lawmakers voted 41 to 38 \
         to replace him in a party-room ballot.",
        "The premier was ousted on Monday. She lost a no-confidence motion in parliament by \
         six votes.",
    ] {
        assert_no_event(&extract(text, Some("2024-06-30")), "COUP");
    }
    let doc = extract(
        "The president was ousted by the army on Monday. The junta promised a ballot within a \
         year.",
        Some("2024-06-30"),
    );
    assert_eq!(find(&doc, "ousted").event_type.as_str(), "COUP");
}

/// A date after "after <a stretch of time> of talks" dates the main verb, which the stretch
/// ends at; a date after "after the attack" stays the other event's.
#[test]
fn date_after_a_stretch_of_talks_is_the_main_verbs() {
    check(&[case(
        "The two sides signed a truce after nine days of talks hosted by Kenya in Nairobi on \
         March 4.",
        "signed",
        "AGREEMENT",
    )
    .date("2024-03-04")]);
    let doc = extract(
        "Troops were deployed to the town after the attack on the market on March 4.",
        Some("2024-06-30"),
    );
    assert!(find(&doc, "deployed").date.is_none());
}

/// "met opposition leaders" is a meeting ("met with stiff opposition" is none), and a verb
/// after "and" shares its subject.
#[test]
fn met_opposition_leaders_is_a_meeting() {
    check(&[
        case(
            "President Ana Lobo met opposition leaders at the palace on Saturday.",
            "met",
            "MEETING",
        )
        .actor("President Ana Lobo"),
        case(
            "President Ana Lobo, who was elected in 2021, met opposition leaders on Saturday \
             and agreed to drop the tax.",
            "agreed",
            "AGREEMENT",
        )
        .actor("President Ana Lobo"),
    ]);
    let doc = extract(
        "The plan met with stiff opposition from farmers.",
        Some("2024-06-30"),
    );
    assert_no_event(&doc, "MEETING");
}

/// ", killing two people" after a clause whose verb is no trigger takes that clause's subject
/// when it is a short plural noun phrase ("Police fired tear gas ..., killing two"), not the
/// subject of a passive ("The bus was crowded with people, traveling ...").
#[test]
fn gerund_after_a_non_trigger_clause_takes_its_plural_subject() {
    check_actor_lists(&[
        (
            "Riot police fired tear gas at protesters in the capital on Thursday, killing two \
             people.",
            "killing",
            &["Riot police"],
        ),
        (
            "Ugandan troops shelled the ridge on Monday, killing four fighters.",
            "killing",
            &["Ugandan troops"],
        ),
        (
            "The bus was crowded with pilgrims, traveling to the shrine.",
            "traveling",
            &[],
        ),
    ]);
}

/// Checks that no event has each (text, trigger) trigger.
fn check_no_event_at(cases: &[(&str, &str)]) {
    let mut failures = Vec::new();
    for &(text, trigger) in cases {
        let doc = extract(text, Some("2024-06-30"));
        if let Some(e) = doc.events.iter().find(|e| doc.slice(e.trigger) == trigger) {
            failures.push(format!("{text:?} {trigger:?}: {}", e.event_type));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// A trigger noun that modifies an equipment, place or proposal noun names no event ("launch
/// sites", "a ceasefire proposal", "attack drones", "the protest movement"); the same nouns
/// alone are events.
#[test]
fn trigger_noun_modifying_a_thing_is_no_event() {
    check_no_event_at(&[
        (
            "Jets struck weapons depots and launch sites near the border.",
            "launch",
        ),
        (
            "Envoys met in Doha on Monday to discuss a ceasefire proposal.",
            "ceasefire",
        ),
        ("The army showed new attack drones at the parade.", "attack"),
        (
            "The protest movement has grown in recent months.",
            "protest",
        ),
    ]);
    check(&[
        case(
            "The ceasefire took effect in Gaza on Sunday.",
            "ceasefire",
            "AGREEMENT",
        ),
        case(
            "The phone's launch drew crowds in Seoul.",
            "launch",
            "LAUNCH",
        ),
    ]);
}

/// "said in a statement": the noun is the statement the verb reports, one event.
#[test]
fn said_in_a_statement_is_one_statement() {
    check_no_event_at(&[
        (
            "The group said in a statement that it had seized the town.",
            "statement",
        ),
        (
            "The ministry told reporters in a statement on Friday that talks would resume.",
            "statement",
        ),
        (
            "In a statement, the army said two soldiers were wounded.",
            "statement",
        ),
    ]);
    check(&[case(
        "The group issued a statement on Friday.",
        "statement",
        "STATEMENT",
    )]);
}

/// "He said", "It said": a speaker pronoun opening the sentence takes the nearest actor of
/// the two sentences before, a person for "he"/"she", a group for "it"/"they"; no actor
/// when the nearest one does not fit.
#[test]
fn speaker_pronoun_takes_the_previous_actor() {
    check_actor_lists(&[
        (
            "Defence Minister John Smith visited the base on Monday. He said the army was ready.",
            "said",
            &["Defence Minister John Smith"],
        ),
        (
            "The Syrian army said on Monday it had killed five militants. It said two soldiers \
             were wounded.",
            "said",
            &["Syrian army"],
        ),
        (
            "The rebels stormed the town on Monday. It said two soldiers were wounded.",
            "said",
            &[],
        ),
        (
            "Defence Minister John Smith visited the base on Monday. He said Smith was tired.",
            "said",
            &[],
        ),
        // The same pronoun in the reported clause is the speaker too.
        (
            "The army said on Monday it had shelled the town. It said it had killed five \
             militants.",
            "killed",
            &["army"],
        ),
    ]);
}

/// "its fighters" in what a group says are the group's.
#[test]
fn own_forces_of_a_speaking_group_are_the_group() {
    check_actor_lists(&[
        (
            "The militant group said in a statement that its fighters had ambushed a patrol \
             near the border.",
            "ambushed",
            &["militant group"],
        ),
        // "their" of one unnamed body is no agreement: the forces stay the actor.
        (
            "The ministry said their troops had shelled the village.",
            "shelled",
            &["troops"],
        ),
    ]);
}

/// "an armed force would respond": an action, no statement.
#[test]
fn armed_force_responding_is_no_statement() {
    check_no_event_at(&[
        ("The minister said the army would respond.", "respond"),
        (
            "Officials said troops responded with artillery fire.",
            "responded",
        ),
    ]);
    check(&[case(
        "The ministry responded to the report on Friday.",
        "responded",
        "STATEMENT",
    )
    .actor("ministry")]);
}

/// "has long denied": the adverb is no subject.
#[test]
fn long_after_a_perfect_auxiliary_is_no_actor() {
    check_actor_lists(&[(
        "The rebels seized the town, a claim the government has long denied.",
        "denied",
        &["government"],
    )]);
}

/// "accused X of V-ing": X is the actor of V, and the act is reported.
#[test]
fn accused_of_gerund_has_the_accused_as_actor() {
    check_actor_lists(&[
        (
            "The government accused Rwanda of sending troops across the border.",
            "sending",
            &["Rwanda"],
        ),
        (
            "Officials blamed the militia for killing 12 villagers on Sunday.",
            "killing",
            &["militia"],
        ),
    ]);
    check_modality(&[(
        "The government accused Rwanda of sending troops across the border.",
        "sending",
        "reported",
    )]);
}

/// A munition ("a mortar shell", "a mine") or an event noun ("clashes") that kills is no
/// actor.
#[test]
fn munition_or_clash_subject_is_no_actor() {
    check_actor_lists(&[
        (
            "An artillery shell hit a market in the city, killing two women.",
            "killing",
            &[],
        ),
        (
            "A land mine killed three soldiers near the border.",
            "killed",
            &[],
        ),
        (
            "Clashes in the north killed 12 soldiers last week.",
            "killed",
            &[],
        ),
    ]);
}

/// An armed mission that arrives is deployed; a trade mission travels.
#[test]
fn security_mission_arriving_is_a_deployment() {
    check(&[
        case(
            "A UN peacekeeping mission arrived in the capital in March.",
            "arrived",
            "DEPLOYMENT",
        ),
        case(
            "A trade mission arrived in Beijing on Tuesday.",
            "arrived",
            "TRAVEL",
        ),
    ]);
}

/// "a statement released Thursday": a statement or report that is released is no product
/// launch.
#[test]
fn statement_released_is_no_launch() {
    check_no_event_at(&[
        (
            "The group says in a statement released Thursday that rebels killed the elephants.",
            "released",
        ),
        (
            "A report released on Monday found widespread abuse.",
            "released",
        ),
    ]);
}

/// "called for an immediate ceasefire": what is called for is not asserted, like "calls for".
#[test]
fn event_called_for_is_hypothetical() {
    check_modality(&[
        (
            "Angola called for an immediate ceasefire in the east.",
            "ceasefire",
            "hypothetical",
        ),
        (
            "The envoy is calling for a truce before the talks.",
            "truce",
            "hypothetical",
        ),
        (
            "The truce held in the east for a week.",
            "truce",
            "asserted",
        ),
        // Demanded, sought or urged: asked for, not (yet) happened.
        (
            "Thousands marched to demand the resignation of the prime minister.",
            "resignation",
            "hypothetical",
        ),
        (
            "The envoy urged an immediate ceasefire in the north.",
            "ceasefire",
            "hypothetical",
        ),
        (
            "The minister's resignation shocked the party.",
            "resignation",
            "asserted",
        ),
    ]);
}

#[test]
fn date_of_the_main_clause_does_not_date_an_after_clause() {
    use chronicle::EventDateSource::Clause;
    let cases: &[DateCase] = &[
        // The agreement came before the meeting: the meeting's date is not its date.
        (
            "The two presidents met in Geneva on Tuesday after their governments agreed on a deal to end the border dispute.",
            "2024-06-30",
            "deal",
            None,
            None,
        ),
        (
            "The two presidents met in Geneva on Tuesday after their governments agreed on a deal to end the border dispute.",
            "2024-06-30",
            "met",
            Some("2024-06-25"),
            Some(Clause),
        ),
        // A fronted date past a closed after-phrase still dates the main verb.
        (
            "On Monday, after the ambush, the army deployed troops to the town.",
            "2024-06-30",
            "deployed",
            Some("2024-06-24"),
            Some(Clause),
        ),
    ];
    check_dates(cases);
}

#[test]
fn deadline_of_a_future_verb_dates_only_that_verb() {
    let cases: &[DateCase] = &[
        (
            "The carmaker said on Monday it would close three plants by 2027 after reaching an agreement with the union, ending weeks of talks.",
            "2024-06-30",
            "reaching",
            None,
            None,
        ),
        (
            "The carmaker said on Monday it would close three plants by 2027 after reaching an agreement with the union, ending weeks of talks.",
            "2024-06-30",
            "talks",
            None,
            None,
        ),
    ];
    check_dates(cases);
}

#[test]
fn reporting_verbs_date_is_not_its_future_complements() {
    use chronicle::EventDateSource::Clause;
    let cases: &[DateCase] = &[
        (
            "The mining group said on Thursday it would invest $2 billion in new smelters.",
            "2024-06-30",
            "invest",
            None,
            None,
        ),
        (
            "The mining group said on Thursday it would invest $2 billion in new smelters.",
            "2024-06-30",
            "said",
            Some("2024-06-27"),
            Some(Clause),
        ),
    ];
    check_dates(cases);
}

#[test]
fn since_date_opens_a_period_and_dates_no_cumulative_event() {
    let cases: &[DateCase] = &[(
        "More than 500 civilians have been killed in the region since March 2023, officials said.",
        "2024-06-30",
        "killed",
        None,
        None,
    )];
    check_dates(cases);
}

#[test]
fn place_of_a_trailing_after_clause_is_not_the_statements() {
    let doc = extract(
        "Rebel shelling killed 12 people in the north on Saturday, the health ministry said, a day after the army bombed the port city of Kismayo.",
        Some("2024-06-30"),
    );
    let said = find(&doc, "said");
    let place = said
        .location
        .as_ref()
        .map(|l| &doc.text[l.span.start..l.span.end]);
    assert_ne!(place, Some("Kismayo"), "{said:?}");
}

#[test]
fn definite_event_claimed_or_after_since_takes_no_date_or_place_of_the_clause() {
    let doc = extract(
        "Gunmen killed 30 villagers in Tamba on Monday. The Red Wolf militia claimed responsibility for the massacre in a statement released on Wednesday. Hundreds of families have fled since the attack, most of them to the city of Kolda.",
        Some("2024-06-30"),
    );
    let massacre = find(&doc, "massacre");
    assert_ne!(
        massacre.date.as_ref().map(|d| d.value.as_str()),
        Some("2024-06-26"),
        "{massacre:?}"
    );
    let attack = find(&doc, "attack");
    let place = attack
        .location
        .as_ref()
        .map(|l| &doc.text[l.span.start..l.span.end]);
    assert_ne!(place, Some("Kolda"), "{attack:?}");
}

#[test]
fn noun_after_a_verb_is_not_definite_and_takes_no_later_date() {
    // "The union staged warning strikes": "The" is the subject's; the verb of the earlier
    // sentence keeps no date of the later one.
    let doc = extract(
        "Talks had threatened a walkout at the plants. The union staged warning strikes in early December.",
        Some("2025-03-03"),
    );
    for ev in &doc.events {
        if doc.text[ev.trigger.start..ev.trigger.end].eq_ignore_ascii_case("threatened") {
            assert!(ev.date.is_none(), "{ev:?}");
        }
    }
}

#[test]
fn date_of_a_relative_clause_or_trailing_participle_is_not_the_main_verbs() {
    use chronicle::EventDateSource::Clause;
    let cases: &[DateCase] = &[
        // A closed relative clause between subject and verb has its own date.
        (
            "The militia, which has fought the army since May 2022, denied attacking the convoy.",
            "2024-06-30",
            "denied",
            None,
            None,
        ),
        // ", calling snap polls for July 7": the date of the participle's own act.
        (
            "The president dissolved parliament on Sunday after his party lost the regional elections, calling snap polls for July 7.",
            "2024-06-30",
            "elections",
            None,
            None,
        ),
        // ... but a result of the same act shares the date.
        (
            "Rebels shelled a camp near the border, killing 12 people on Saturday.",
            "2024-06-30",
            "shelled",
            Some("2024-06-29"),
            Some(Clause),
        ),
    ];
    check_dates(cases);
}

#[test]
fn a_day_after_dates_its_event_from_the_main_clauses_day() {
    use chronicle::EventDateSource::Clause;
    let cases: &[DateCase] = &[
        (
            "Air strikes killed 14 people in the south on Sunday, officials said, a day after the militia fired rockets at the port.",
            "2024-06-30",
            "fired",
            Some("2024-06-29"),
            Some(Clause),
        ),
        (
            "The ambassador was expelled on Tuesday, two days after the junta accused Paris of plotting.",
            "2024-06-30",
            "accused",
            Some("2024-06-23"),
            Some(Clause),
        ),
        // Only from a full day.
        (
            "The ambassador was expelled in May, two days after the junta accused Paris of plotting.",
            "2024-06-30",
            "accused",
            None,
            None,
        ),
    ];
    check_dates(cases);
}

/// A labour strike ("warning strikes", "staged a strike", "went on strike", "a general strike")
/// is a protest, not a warning or an attack; "air strikes" and "drone strikes" stay attacks.
#[test]
fn labour_strike_is_a_protest() {
    check(&[
        case(
            "Workers staged warning strikes at six factories on Monday.",
            "warning strikes",
            "PROTEST",
        ),
        case(
            "Dock workers staged a strike at the port on Friday.",
            "staged a strike",
            "PROTEST",
        ),
        case(
            "Teachers staged strikes across the province last week.",
            "staged strikes",
            "PROTEST",
        ),
        case(
            "Bus drivers went on strike in the capital on Tuesday.",
            "went on strike",
            "PROTEST",
        ),
        case(
            "The unions called a general strike for Thursday.",
            "general strike",
            "PROTEST",
        ),
        case(
            "Air strikes hit a fuel depot near the port on Sunday.",
            "Air strikes",
            "ATTACK",
        ),
        case(
            "Drone strikes killed four fighters in the north on Friday.",
            "Drone strikes",
            "ATTACK",
        ),
    ]);
}

/// An event noun or abstract subject of a reporting verb makes no statement ("talks that had
/// threatened strikes", "the crisis threatens"); a person or group that threatens does.
#[test]
fn threatened_by_an_event_noun_is_no_statement() {
    check_no_event_at(&[
        (
            "The firm reached a deal on Friday, ending weeks of talks that had threatened a walkout at its mills.",
            "threatened",
        ),
        (
            "The fuel crisis threatened thousands of jobs in the region last year.",
            "threatened",
        ),
        (
            "The plan threatens hundreds of farms along the river.",
            "threatens",
        ),
    ]);
    check(&[
        case(
            "The rebels threatened to attack the capital on Monday.",
            "threatened",
            "STATEMENT",
        )
        .actor("rebels"),
        case(
            "The ministry said in a statement that the talks had failed.",
            "said",
            "STATEMENT",
        ),
    ]);
}

/// One party that "agreed to" a bare verb consents to act ("the court agreed to hear", "the
/// firm agreed to pay"): no agreement. A thing agreed ("agreed to a ceasefire", "agreed to
/// terms") or two parties ("X and Y agreed to ...", "the two sides agreed to ...") keep it.
#[test]
fn agreed_to_a_bare_verb_by_one_party_is_no_agreement() {
    check_no_event_at(&[
        (
            "The Supreme Court on Monday agreed to decide whether the law is valid.",
            "agreed",
        ),
        (
            "The appeals court agreed to hear the case next month.",
            "agreed",
        ),
        (
            "The company agreed to pay $20 million to settle the charges.",
            "agreed",
        ),
        ("The minister agreed to step down after the vote.", "agreed"),
    ]);
    check(&[
        case(
            "The rebels agreed to a ceasefire on Sunday.",
            "agreed",
            "AGREEMENT",
        ),
        case(
            "The government agreed to terms for the loan last week.",
            "agreed",
            "AGREEMENT",
        ),
        case(
            "Russia and Ukraine agreed to exchange prisoners on Friday.",
            "agreed",
            "AGREEMENT",
        ),
        case(
            "The two sides agreed to resume talks in Doha.",
            "agreed",
            "AGREEMENT",
        ),
        case(
            "The parties signed an agreement to end the war on Tuesday.",
            "agreement",
            "AGREEMENT",
        ),
    ]);
}

/// A fronted date before a coordinated subject is no list item: "In March, Chad, Niger and
/// Mali announced" keeps all three actors.
#[test]
fn fronted_date_keeps_the_first_coordinated_actor() {
    check_actor_lists(&[
        (
            "In March, Chad, Niger and Mali announced they would quit the alliance.",
            "announced",
            &["Chad", "Niger", "Mali"],
        ),
        (
            "On Monday, Kenya, Uganda and Tanzania signed a trade pact.",
            "signed",
            &["Kenya", "Uganda", "Tanzania"],
        ),
        (
            "Kenya, Uganda and Tanzania signed a trade pact on Monday.",
            "signed",
            &["Kenya", "Uganda", "Tanzania"],
        ),
    ]);
}

/// "remains/remained detained" is a state: the subject is the detainee (no actor), and no
/// date comes from another sentence.
#[test]
fn remains_detained_is_a_state_with_no_actor() {
    check_actor_lists(&[
        (
            "The opposition leader remains detained at a military base near the capital.",
            "detained",
            &[],
        ),
        (
            "Soldiers arrested the mayor on Monday. The mayor remained detained in a barracks in the north.",
            "detained",
            &[],
        ),
    ]);
    check_dates(&[(
        "Troops seized the radio station on May 3, 2023. The former minister remains detained in the capital.",
        "2024-06-30",
        "detained",
        None,
        None,
    )]);
}

/// A full date with a comma inside a closed relative clause (", who led the coup on May 3,
/// 2021,") does not hide the clause: the name before it is the main verb's actor, and the
/// clause's date is not the main verb's.
#[test]
fn date_comma_inside_relative_clause_keeps_the_antecedent_actor() {
    check_actor_lists(&[
        (
            "Colonel Ali Diarra, who led the coup on May 3, 2021, has since named himself president.",
            "named",
            &["Colonel Ali Diarra"],
        ),
        (
            "Colonel Ali Diarra, who led the coup on May 3, 2021, named a new cabinet.",
            "named",
            &["Colonel Ali Diarra"],
        ),
    ]);
    check_dates(&[
        (
            "Colonel Ali Diarra, who led the coup on May 3, 2021, has since named himself president.",
            "2024-06-30",
            "named",
            None,
            None,
        ),
        (
            "Colonel Ali Diarra, who led the coup on May 3, 2021, has since named himself president.",
            "2024-06-30",
            "coup",
            Some("2021-05-03"),
            Some(chronicle::EventDateSource::Clause),
        ),
    ]);
}

/// The place a force leaves ("left Chad", "withdrew from Mali", "pulled out of Syria") is the
/// withdrawal's place, not a place later in the sentence.
#[test]
fn place_left_is_the_withdrawals_place() {
    check(&[
        case(
            "The last Belgian troops left Chad in May, ending a long mission against rebels in the Sahel.",
            "left",
            "WITHDRAWAL",
        )
        .place("Chad"),
        case(
            "The peacekeepers withdrew from Mali in December, ending a decade of patrols in the Sahel.",
            "withdrew",
            "WITHDRAWAL",
        )
        .place("Mali"),
    ]);
}

// ---------------------------------------------------------------------------------------------
// Speaker pronouns and gender: "She said" passes over a man, "He said" over a woman.
// ---------------------------------------------------------------------------------------------

/// A speaker pronoun passes over the nearest person when the given name (two words or more:
/// a lone word may be a surname) or an honorific marks the other gender; a person of unknown
/// gender stays eligible.
#[test]
fn speaker_pronoun_skips_a_person_of_the_other_gender() {
    check_actor_lists(&[
        // Given names: "She" after a woman then a man is the woman, "He" the man.
        (
            "Foreign Minister Sofia Lindqvist met Interior Minister Marco Bellini in Rome on \
             Monday. She said the talks had been useful.",
            "said",
            &["Foreign Minister Sofia Lindqvist"],
        ),
        (
            "Interior Minister Marco Bellini met Foreign Minister Sofia Lindqvist in Rome on \
             Monday. He said the talks had been useful.",
            "said",
            &["Interior Minister Marco Bellini"],
        ),
        (
            "Interior Minister Marco Bellini met Foreign Minister Sofia Lindqvist in Rome on \
             Monday. She said the talks had been useful.",
            "said",
            &["Foreign Minister Sofia Lindqvist"],
        ),
        // Only a man before "She": no speaker.
        (
            "Interior Minister Marco Bellini visited the base on Monday. She said the army was \
             ready.",
            "said",
            &[],
        ),
        // Unknown: a given name read either way, a surname alone, a name not in the data.
        (
            "Finance Minister Jean Okafor visited the port on Monday. She said the port would \
             reopen.",
            "said",
            &["Finance Minister Jean Okafor"],
        ),
        (
            "Finance Minister Jean Okafor visited the port on Monday. He said the port would \
             reopen.",
            "said",
            &["Finance Minister Jean Okafor"],
        ),
        (
            "Senator Thomas visited the port on Monday. She said the port would reopen.",
            "said",
            &["Senator Thomas"],
        ),
        (
            "Colonel Tembo Zvarevashe visited the port on Monday. She said the port would \
             reopen.",
            "said",
            &["Colonel Tembo Zvarevashe"],
        ),
        // An unknown nearest person wins over a known one further back.
        (
            "Foreign Minister Sofia Lindqvist met Finance Minister Jean Okafor in Rome on \
             Monday. He said the talks had been useful.",
            "said",
            &["Finance Minister Jean Okafor"],
        ),
    ]);
}

/// Honorifics and titles before a name mark its gender ("Mrs. Okafor", "Queen Amara", "his
/// wife"), also at another mention of the same person.
#[test]
fn speaker_pronoun_gender_from_honorifics() {
    check_actor_lists(&[
        (
            "Mr. Okafor visited the port on Monday. She said the port would reopen.",
            "said",
            &[],
        ),
        (
            "Mrs. Okafor visited the port on Monday. She said the port would reopen.",
            "said",
            &["Okafor"],
        ),
        (
            "Mrs. Okafor visited the port on Monday. He said the port would reopen.",
            "said",
            &[],
        ),
        (
            "Queen Amara visited the hospital on Monday. He said the hospital would reopen.",
            "said",
            &[],
        ),
        (
            "Princess Amara met King Tembo in the capital on Monday. She said the talks had \
             been useful.",
            "said",
            &["Princess Amara"],
        ),
        (
            "Princess Amara met King Tembo in the capital on Monday. He said the talks had \
             been useful.",
            "said",
            &["King Tembo"],
        ),
        // An honorific at an earlier mention of the same person.
        (
            "Mr. Okafor arrived on Sunday. Okafor visited the port on Monday. She said the port \
             would reopen.",
            "said",
            &[],
        ),
        // A role noun in "-woman" or "-man" before the name.
        (
            "Congresswoman Amara Okafor met Congressman Tembo Zvarevashe in the capital on \
             Monday. She said the talks had been useful.",
            "said",
            &["Congresswoman Amara Okafor"],
        ),
        (
            "Congressman Tembo Zvarevashe met Congresswoman Amara Okafor in the capital on \
             Monday. He said the talks had been useful.",
            "said",
            &["Congressman Tembo Zvarevashe"],
        ),
        // "Sheikh" also opens names: no gender.
        (
            "Sheikh Amara Okafor visited the port on Monday. She said the port would reopen.",
            "said",
            &["Sheikh Amara Okafor"],
        ),
        // A kinship noun right before the name.
        (
            "The general's wife Amara Okafor visited the hospital on Monday. He said the \
             hospital would reopen.",
            "said",
            &[],
        ),
    ]);
}

/// "She said he would visit": the reported clause's other pronoun is not the speaker.
#[test]
fn reported_clause_pronoun_of_the_other_gender_is_not_the_speaker() {
    check_actor_lists(&[
        (
            "Foreign Minister Sofia Lindqvist visited the base on Monday. She said she would \
             visit Kyiv.",
            "visit",
            &["Foreign Minister Sofia Lindqvist"],
        ),
        (
            "Foreign Minister Sofia Lindqvist visited the base on Monday. She said he would \
             visit Kyiv.",
            "visit",
            &[],
        ),
    ]);
}

/// A speaker pronoun with no event's actor in the sentence before takes the first person that
/// sentence names, when the gender fits; a pronoun right after an opening quotation counts.
#[test]
fn speaker_pronoun_takes_the_person_of_the_sentence_before() {
    check_actor_lists(&[
        (
            "Grace Mensah conceded defeat late on Sunday. She said she had called the winner.",
            "said",
            &["Grace Mensah"],
        ),
        (
            "Speaking in Lagos, Amina Bello thanked voters. \"We won,\" she said.",
            "said",
            &["Amina Bello"],
        ),
        // The person of the sentence before is a man: the earlier speaker is taken.
        (
            "Amina Bello said the count was over. John Okafor lost. \"It was fair,\" she said.",
            "said",
            &["Amina Bello"],
        ),
        // No person in the sentence before and no earlier actor: no speaker.
        ("The vote was calm. \"It was fair,\" he said.", "said", &[]),
    ]);
}

/// "launched one of its largest drone and missile attacks": the light verb's subject is the
/// attack's actor past "one of", coordinated modifiers and a weapon noun, which is no agent;
/// "launched" is then no product launch.
#[test]
fn light_verb_subject_past_one_of_and_weapon_modifiers() {
    check_actor_lists(&[
        (
            "Russia launched one of its largest drone and missile attacks on Kyiv on Monday.",
            "attacks",
            &["Russia"],
        ),
        (
            "Rebels launched a massive missile attack on Gao on Monday.",
            "attack",
            &["Rebels"],
        ),
        (
            "An army raid killed two men near Gao on Monday.",
            "raid",
            &["army"],
        ),
    ]);
    let doc = extract(
        "Russia launched one of its largest drone and missile attacks on Kyiv on Monday.",
        Some("2024-07-11"),
    );
    assert_no_event(&doc, "LAUNCH");
}

/// "placed President X under house arrest": the placing verb's subject is the arrest's actor,
/// and the person before "under" is none.
#[test]
fn house_arrest_actor_is_who_placed_the_person_under_it() {
    check_actor_lists(&[
        (
            "Soldiers placed President Omar Dauda under house arrest on Wednesday.",
            "house arrest",
            &["Soldiers"],
        ),
        (
            "The former president Omar Dauda remains under house arrest.",
            "house arrest",
            &[],
        ),
    ]);
}

// ---- Statements, periods and agreements (written for these tests) ----

/// A trailing attribution (", the U.N. said") reports the clause before it: the reported
/// clause's date is its events', and the statement takes only a date of its own; with none it
/// is left undated (statements are never dated from the narrative). A fronted date ("On
/// Monday, the army said") and a participle statement (", citing ...") keep the clause's date.
#[test]
fn trailing_attribution_is_not_dated_by_the_clause_it_reports() {
    use chronicle::EventDateSource::Clause;
    check_dates(&[
        (
            "Gunmen killed 70 villagers on Thursday, the U.N. said on Saturday.",
            "2024-06-30",
            "killed",
            Some("2024-06-27"),
            Some(Clause),
        ),
        (
            "Gunmen killed 70 villagers on Thursday, the U.N. said on Saturday.",
            "2024-06-30",
            "said",
            Some("2024-06-29"),
            Some(Clause),
        ),
        (
            "Rebels killed 70 people on Thursday, the U.N. said.",
            "2024-06-30",
            "killed",
            Some("2024-06-27"),
            Some(Clause),
        ),
        (
            "Rebels killed 70 people on Thursday, the U.N. said.",
            "2024-06-30",
            "said",
            None,
            None,
        ),
        (
            "Peacekeepers deployed two patrols to the area on Thursday morning, a U.N. spokesman said.",
            "2024-06-30",
            "said",
            None,
            None,
        ),
        (
            "A ferry capsized off the coast on Friday, the coast guard said.",
            "2024-06-30",
            "said",
            None,
            None,
        ),
        (
            "Heavy rain has fallen since Thursday, officials said.",
            "2024-06-30",
            "said",
            None,
            None,
        ),
        (
            "On Friday, soldiers arrested three suspects in the village of Kibati, police said.",
            "2024-06-30",
            "said",
            None,
            None,
        ),
        (
            "Gunmen killed 70 villagers on Tuesday, including children, the U.N. said.",
            "2024-06-30",
            "said",
            None,
            None,
        ),
        (
            "On Monday, the army said it had repelled the attack.",
            "2024-06-30",
            "said",
            Some("2024-06-24"),
            Some(Clause),
        ),
        (
            "The watchdog on June 18 called for a new tender for the contract, citing flaws in the process.",
            "2024-06-30",
            "citing",
            Some("2024-06-18"),
            Some(Clause),
        ),
    ]);
}

/// "since DATE" opens a period: what went on after it is not dated by it, with or without a
/// count, before or after the verb; the date goes to no event of the sentence.
#[test]
fn since_date_dates_no_event_without_a_count_either() {
    check_dates(&[
        (
            "Fighting has continued since March despite the truce.",
            "2024-06-30",
            "Fighting",
            None,
            None,
        ),
        (
            "Since 2019, the group has attacked dozens of villages in the north.",
            "2024-06-30",
            "attacked",
            None,
            None,
        ),
        (
            "The army has shelled rebel positions since early May.",
            "2024-06-30",
            "shelled",
            None,
            None,
        ),
        (
            "Protesters have marched through the capital every week since the start of January.",
            "2024-06-30",
            "marched",
            None,
            None,
        ),
    ]);
    // A date of its own still dates the verb in the same sentence.
    check(&[case(
        "Since 2019, the group has attacked dozens of villages, and on Monday it raided a school.",
        "raided",
        "ATTACK",
    )
    .date("2024-06-24")]);
}

/// "Heavy fighting broke out", "Fighting has continued": a sentence-initial "fighting" is the
/// noun (no actor "Heavy", no target "broke out"), also with no modifier before it.
#[test]
fn sentence_initial_fighting_is_the_noun() {
    let doc = extract(
        "Heavy fighting broke out in Goma on Monday.",
        Some("2024-06-30"),
    );
    let ev = find(&doc, "fighting");
    assert_eq!(ev.event_type.as_str(), "ATTACK");
    assert!(ev.actors.is_empty(), "{:?}", ev.actors);
    assert!(ev.target.is_none(), "{:?}", ev.target);
    check(&[
        case(
            "Heavy fighting broke out in Goma on Monday.",
            "fighting",
            "ATTACK",
        )
        .place("Goma")
        .date("2024-06-24"),
        case(
            "Fighting raged between the army and the rebels near Kidal on Sunday.",
            "Fighting",
            "ATTACK",
        )
        .place("Kidal")
        .date("2024-06-30"),
    ]);
}

/// An agreement revoked, scrapped, cancelled, suspended, torn up or left, and talks called
/// off, are no AGREEMENT or MEETING event; one signed or reached stays one.
#[test]
fn revoked_agreement_or_suspended_talks_is_no_event() {
    check_no_event_at(&[
        (
            "The military junta revoked the defence agreement with France on Monday.",
            "agreement",
        ),
        (
            "Last month the government scrapped a security agreement with a private contractor.",
            "agreement",
        ),
        (
            "The carmaker cancelled its distribution agreement with a dealer network on Monday.",
            "agreement",
        ),
        (
            "The United States withdrew from the 2015 nuclear deal in 2018.",
            "deal",
        ),
        (
            "The rebels pulled out of the ceasefire agreement on Friday.",
            "agreement",
        ),
        ("The cancellation of the treaty angered Moscow.", "treaty"),
        ("The trade pact was scrapped in March.", "pact"),
        ("The president tore up the peace accord.", "accord"),
        ("The suspended deal had been worth $2 billion.", "deal"),
        ("Officials suspended talks after the vote.", "talks"),
    ]);
    check(&[
        case(
            "The company scrapped plans and signed a new deal with Beta on Monday.",
            "deal",
            "AGREEMENT",
        )
        .date("2024-06-24"),
        case(
            "The two sides signed a peace agreement in Doha on Saturday.",
            "agreement",
            "AGREEMENT",
        )
        .place("Doha")
        .date("2024-06-29"),
    ]);
}

/// A date between a determiner and a lower-case word modifies that noun ("the 2015 nuclear
/// deal"), not the verb of the clause.
#[test]
fn date_modifying_another_noun_does_not_date_the_verb() {
    check(&[
        case(
            "The United States withdrew from the 2015 nuclear deal in 2018.",
            "withdrew",
            "WITHDRAWAL",
        )
        .date("2018"),
        case(
            "Gunmen attacked the Monday market in Gao on June 3, 2024.",
            "attacked",
            "ATTACK",
        )
        .date("2024-06-03"),
    ]);
}

/// "X agreed with Y to ...", "X signed a deal with Y", "an agreement with Y": the other party
/// named after "with" (a name or a party noun) is an actor too; "agreed with" a view or a
/// person's opinion is no agreement.
#[test]
fn agreement_with_a_party_has_both_actors() {
    check_actor_lists(&[
        (
            "The government agreed with the rebels to release all prisoners.",
            "agreed",
            &["government", "rebels"],
        ),
        (
            "Nigeria agreed with Niger to reopen their shared border, the foreign ministry said.",
            "agreed",
            &["Nigeria", "Niger"],
        ),
        (
            "Acme Corp signed a deal with Beta Inc to build a plant in Ohio.",
            "signed",
            &["Acme Corp", "Beta Inc"],
        ),
        (
            "Egypt reached an agreement with the IMF on a $3 billion loan on Tuesday.",
            "reached",
            &["Egypt", "IMF"],
        ),
        (
            "Pakistan agreed with the IMF on a new loan programme.",
            "agreed",
            &["Pakistan", "IMF"],
        ),
        (
            "The president signed the bill with great fanfare.",
            "signed",
            &["president"],
        ),
    ]);
    check(&[case(
        "The rebels agreed to a ceasefire with the government on Sunday.",
        "agreed",
        "AGREEMENT",
    )
    .actor("government")
    .date("2024-06-30")]);
    check_no_event_at(&[
        (
            "The judge agreed with the assessment of the experts.",
            "agreed",
        ),
        ("Most economists agreed with him.", "agreed"),
    ]);
}

/// "Officials said the rebels attacked ... They said ...": a sentence-opening "they" speaker
/// after unnamed speakers (officials, police, witnesses) is those speakers, not an actor
/// their statement reported; the same "they" in the reported clause too.
#[test]
fn they_after_unnamed_speakers_is_those_speakers() {
    let cases: &[(&str, &str, &[&str])] = &[
        (
            "Officials said the rebels attacked the town of Kindu on Monday. They said at least ten people were killed.",
            "said",
            &["Officials"],
        ),
        (
            "Witnesses said soldiers from the Wagner Group opened fire on the crowd. They said the shooting lasted an hour.",
            "said",
            &["Witnesses"],
        ),
        (
            "Police said gunmen stormed the school on Monday. They said they had arrested two suspects.",
            "arrested",
            &["Police"],
        ),
    ];
    let mut failures = Vec::new();
    for &(text, trigger, want) in cases {
        let doc = extract(text, Some("2024-06-30"));
        // The last mention of the trigger: the one in the second sentence.
        let ev = doc
            .events
            .iter()
            .rev()
            .find(|e| doc.slice(e.trigger) == trigger)
            .unwrap_or_else(|| panic!("no {trigger:?} in {text:?}"));
        let got = actors_of(&doc, ev);
        if got != want {
            failures.push(format!("{text:?} {trigger:?}: actors {got:?}"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// An event noun before a noun of officials or a body ("disaster officials", "election
/// monitors") names no event; "coup leaders" and "flood victims" keep theirs.
#[test]
fn event_noun_modifying_officials_or_a_body_is_no_event() {
    check_no_event_at(&[
        (
            "A typhoon killed 32 people on Saturday, disaster officials said.",
            "disaster",
        ),
        (
            "Election monitors reported long queues in the capital.",
            "Election",
        ),
        ("The disaster agency said thousands had fled.", "disaster"),
    ]);
    check(&[case(
        "The coup leaders turned to China for loans in 2023.",
        "coup",
        "COUP",
    )]);
}

/// "a landslide buried 12 homes" is a disaster (a landslide before the verb of a slide), "won
/// by a landslide" is none.
#[test]
fn landslide_before_its_verb_is_a_disaster() {
    check(&[case(
        "In Tacloban, a landslide buried 12 homes on Sunday morning.",
        "landslide",
        "DISASTER",
    )
    .place("Tacloban")]);
    check_no_event_at(&[
        ("She won by a landslide on Sunday.", "landslide"),
        ("The party won a landslide victory in May.", "landslide"),
    ]);
}

/// The place a visit visits is its place ("visited Tacloban"), not the document's.
#[test]
fn place_visited_is_the_visits_place() {
    check(&[case(
        "The Philippine president visited Tacloban on Monday and promised aid.",
        "visited",
        "TRAVEL",
    )
    .place("Tacloban")
    .date("2024-06-24")]);
}

/// A verb after "and" or a participle after a comma shares a definite subject that opens the
/// clause when the first verb is no trigger ("Nigeria's president sacked ... and appointed",
/// "the government scrapped ..., citing costs"), also past a fronted date.
#[test]
fn shared_subject_of_a_non_trigger_verb_may_be_a_definite_phrase() {
    check_actor_lists(&[
        (
            "Nigeria's president sacked his defence minister on Monday and appointed a retired general to the post.",
            "appointed",
            &["Nigeria's president"],
        ),
        (
            "Last month the government scrapped a security contract with a private firm, citing costs.",
            "citing",
            &["government"],
        ),
        (
            "The bus was crowded with people, traveling to the market.",
            "traveling",
            &[],
        ),
    ]);
}

/// The passive subject "at least ten people" is the target with its "at".
#[test]
fn passive_target_keeps_at_least() {
    check(&[
        case(
            "At least ten people were killed in the attack on Monday.",
            "killed",
            "KILLING",
        )
        .target("At least ten people"),
        case(
            "Officials said at least 12 villagers were killed near Mopti.",
            "killed",
            "KILLING",
        )
        .target("at least 12 villagers"),
    ]);
}

/// A definite event noun that is the topic of another word ("for reporting on the ambush",
/// "an inquiry into the killing") refers back: the clause's date and place are the other
/// verb's, and the noun takes its event's.
#[test]
fn event_noun_as_a_topic_refers_back() {
    let doc = extract(
        "Gunmen ambushed an army convoy near Djenne on Sunday.\n\n\
         Authorities arrested a journalist in Gao on Thursday for reporting on the ambush.",
        Some("2024-06-30"),
    );
    let ambush = find(&doc, "ambush");
    assert_ne!(place_of(&doc, ambush), Some("Gao"), "{ambush:?}");
    assert_ne!(
        ambush.date.as_ref().map(|d| d.value.as_str()),
        Some("2024-06-27"),
        "{ambush:?}"
    );
    assert_eq!(ambush.id, find(&doc, "ambushed").id, "one event");
    let doc = extract(
        "Police in Bamako opened an inquiry on Monday into the killing.",
        Some("2024-06-30"),
    );
    let killing = find(&doc, "killing");
    assert!(killing.date.is_none(), "{killing:?}");
    assert_ne!(place_of(&doc, killing), Some("Bamako"), "{killing:?}");
}

/// A pronoun subject of a reported clause is the speaker only when it agrees with it: "he"
/// is not "Soldiers", "they" is not one person.
#[test]
fn reported_pronoun_subject_agrees_with_the_speaker() {
    check_actor_lists(&[
        (
            "Soldiers said they seized power after he was declared the winner.",
            "declared the winner",
            &[],
        ),
        (
            "Soldiers said they seized power after he was declared the winner.",
            "seized power",
            &["Soldiers"],
        ),
        (
            "The minister said she would resign.",
            "resign",
            &["minister"],
        ),
    ]);
}

/// "the takeover" a few sentences after a coup is the coup (and takes its date); after a
/// company's deal it stays a transaction.
#[test]
fn takeover_after_a_coup_is_the_coup() {
    let doc = extract(
        "Soldiers seized power in Libreville on Wednesday. They dissolved the government. \
         France condemned the takeover.",
        Some("2023-09-01"),
    );
    let ev = find(&doc, "takeover");
    assert_eq!(ev.event_type.as_str(), "COUP");
    assert_eq!(
        ev.date.as_ref().map(|d| d.value.as_str()),
        Some("2023-08-30")
    );
    let doc = extract(
        "The bank raised its stake in its rival on Tuesday. Berlin opposed the takeover.",
        Some("2023-09-01"),
    );
    assert_eq!(find(&doc, "takeover").event_type.as_str(), "TRANSACTION");
}
