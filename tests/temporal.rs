//! Time expressions: the case table in `tests/data/temporal.tsv`, document-date detection,
//! the policies, and the seed article's gold dates.

use chronicle::{
    DatePolicy, DateSource, Document, Extractor, Input, Label, NumericDateOrder, TemporalConfig,
};

use crate::common::{check_invariants, shared_dir};

const CASES: &str = include_str!("data/temporal.tsv");

fn extract(text: &str, dct: Option<&str>) -> Document {
    let mut input = Input::new(text);
    if let Some(d) = dct {
        input = input.with_document_date(d.parse().expect("valid date in case table"));
    }
    Extractor::default().extract_with(input)
}

fn describe(doc: &Document) -> String {
    doc.entities
        .iter()
        .filter(|e| e.label.is_temporal())
        .map(|e| {
            format!(
                "{}:{:?}={}{}",
                e.label,
                e.text(&doc.text),
                e.value.as_deref().unwrap_or("-"),
                e.modifier.map(|m| format!("/{m}")).unwrap_or_default()
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

#[test]
fn case_table() {
    let mut failures = Vec::new();
    let mut n = 0;
    for (lineno, line) in CASES.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(
            cols.len(),
            6,
            "line {}: want 6 columns: {line:?}",
            lineno + 1
        );
        let [dct, text, span, label, value, modifier] = [0, 1, 2, 3, 4, 5].map(|i| cols[i]);
        n += 1;
        let dct = (dct != "-").then_some(dct);
        let doc = extract(text, dct);
        check_invariants(&doc);
        let at = text
            .find(span)
            .unwrap_or_else(|| panic!("line {}: {span:?} not in {text:?}", lineno + 1));
        let range = chronicle::Span::new(at, at + span.len());
        let temporal: Vec<_> = doc
            .entities
            .iter()
            .filter(|e| e.label.is_temporal())
            .collect();
        if label == "NONE" {
            if let Some(e) = temporal.iter().find(|e| e.span.overlaps(range)) {
                failures.push(format!(
                    "line {}: {text:?}: {span:?} must not be a time expression, got {}:{:?}",
                    lineno + 1,
                    e.label,
                    e.text(text)
                ));
            }
            continue;
        }
        let want_mod = (modifier != "-").then_some(modifier);
        match temporal.iter().find(|e| e.span == range) {
            None => failures.push(format!(
                "line {}: {text:?}: no time expression {span:?}; got [{}]",
                lineno + 1,
                describe(&doc)
            )),
            Some(e) => {
                if e.label.as_str() != label
                    || e.value.as_deref() != Some(value)
                    || e.modifier != want_mod
                {
                    failures.push(format!(
                        "line {}: {text:?}: {span:?} want {label} {value} {want_mod:?}, got {} {:?} {:?}",
                        lineno + 1,
                        e.label,
                        e.value,
                        e.modifier
                    ));
                }
            }
        }
    }
    assert!(
        n >= 150,
        "the table should hold at least 150 cases, has {n}"
    );
    assert!(
        failures.is_empty(),
        "{} of {n} cases failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// (text, expected document date).
const DATELINES: &[(&str, Option<&str>)] = &[
    (
        "What the Offensive Reveals\n\nPosted By Thomas Ullman on May 22, 2026\n\nTroops left Kidal last month.",
        Some("2026-05-22"),
    ),
    (
        "Airline orders new jets\nMarch 01, 2008\nThe airline ordered ten jets.",
        Some("2008-03-01"),
    ),
    (
        "WASHINGTON, Jan. 5, 2024 (Reuters) - The economy added jobs in December.",
        Some("2024-01-05"),
    ),
    (
        "BAMAKO, Mali, May 22, 2026 — Gunmen attacked a convoy on Tuesday.",
        Some("2026-05-22"),
    ),
    (
        "Date: 2026-05-22\nSubject: talks\n\nThe talks began on Tuesday.",
        Some("2026-05-22"),
    ),
    (
        "Friday, May 22, 2026\n\nGunmen attacked a convoy on Tuesday.",
        Some("2026-05-22"),
    ),
    (
        "Rebels seize town\nPublished: 22 May 2026 10:32 BST\n\nRebels seized the town.",
        Some("2026-05-22"),
    ),
    (
        "Rebels seize town\nUpdated May 23, 2026 9:41 a.m. ET\n\nRebels seized the town.",
        Some("2026-05-23"),
    ),
    (
        "Agency report © 2023\nWASHINGTON, Jan. 5 (Reuters) - Talks began.",
        Some("2023-01-05"),
    ),
    // A date inside the first sentence of the body is an event's date, not the document's.
    (
        "On March 3, 2019, rebels attacked the town of Gao and killed four police officers.",
        None,
    ),
    ("WASHINGTON, Jan. 5 (Reuters) - Talks began.", None),
    ("Troops left Kidal last month.", None),
];

#[test]
fn document_dates_from_datelines() {
    for (text, want) in DATELINES {
        let doc = Extractor::default().extract(text);
        assert_eq!(
            doc.document_date.map(|d| d.to_string()).as_deref(),
            *want,
            "{text:?}"
        );
        let source = want.map(|_| DateSource::Dateline);
        assert_eq!(doc.document_date_source, source, "{text:?}");
    }
}

#[test]
fn dateline_date_is_a_date_entity_and_anchors_the_rest() {
    let text = "Title\n\nPosted By Thomas Ullman on May 22, 2026\n\nThe envoy spoke two weeks ago.";
    let doc = Extractor::default().extract(text);
    let values: Vec<(&str, &str)> = doc
        .entities
        .iter()
        .filter(|e| e.label == Label::Date)
        .map(|e| (e.text(text), e.value.as_deref().unwrap_or("")))
        .collect();
    assert_eq!(
        values,
        [
            ("May 22, 2026", "2026-05-22"),
            ("two weeks ago", "2026-05-08")
        ]
    );
}

fn value_with(policy: DatePolicy, text: &str, span: &str) -> String {
    // Time expressions do not depend on the gazetteers: leave them out to build fast.
    let ex = Extractor::builder()
        .without_default_gazetteers()
        .date_policy(policy)
        .build()
        .unwrap();
    let doc = ex.extract_with(Input::new(text).with_document_date("2026-05-22".parse().unwrap()));
    doc.entities
        .iter()
        .find(|e| e.text(text) == span)
        .and_then(|e| e.value.clone())
        .unwrap_or_else(|| panic!("{span:?} not found in {text:?}"))
}

#[test]
fn date_policies() {
    // (policy, text, span, value); the document date is Friday 2026-05-22.
    let cases = [
        (
            DatePolicy::News,
            "Talks resumed in June.",
            "June",
            "2025-06",
        ),
        (
            DatePolicy::News,
            "Talks will resume in June.",
            "June",
            "2026-06",
        ),
        (
            DatePolicy::Past,
            "Talks will resume in June.",
            "June",
            "2025-06",
        ),
        (
            DatePolicy::Future,
            "Talks resumed in April.",
            "April",
            "2027-04",
        ),
        (
            DatePolicy::Nearest,
            "Talks resumed in June.",
            "June",
            "2026-06",
        ),
        (
            DatePolicy::Nearest,
            "Talks resumed in January.",
            "January",
            "2026-01",
        ),
        (
            DatePolicy::Nearest,
            "Talks resumed in December.",
            "December",
            "2025-12",
        ),
        (
            DatePolicy::News,
            "Talks resumed on Tuesday.",
            "Tuesday",
            "2026-05-19",
        ),
        (
            DatePolicy::Future,
            "Talks resumed on Tuesday.",
            "Tuesday",
            "2026-05-26",
        ),
        (
            DatePolicy::Nearest,
            "Talks resume on Sunday.",
            "Sunday",
            "2026-05-24",
        ),
        (
            DatePolicy::Nearest,
            "Talks resumed on Tuesday.",
            "Tuesday",
            "2026-05-19",
        ),
        (
            DatePolicy::Future,
            "Talks resumed on May 3.",
            "May 3",
            "2027-05-03",
        ),
    ];
    for (policy, text, span, want) in cases {
        assert_eq!(value_with(policy, text, span), want, "{policy:?} {text:?}");
    }
}

#[test]
fn numeric_date_order() {
    let text = "The deal was signed on 5/6/2026 and ratified on 22/6/2026.";
    let us = Extractor::default().extract(text);
    let mut cfg = TemporalConfig::default();
    cfg.numeric_order = NumericDateOrder::DayFirst;
    let eu = Extractor::builder()
        .without_default_gazetteers()
        .temporal_config(cfg)
        .build()
        .unwrap()
        .extract(text);
    let values = |doc: &Document| -> Vec<String> {
        doc.entities
            .iter()
            .filter(|e| e.label == Label::Date)
            .filter_map(|e| e.value.clone())
            .collect()
    };
    assert_eq!(values(&us), ["2026-05-06", "2026-06-22"]);
    assert_eq!(values(&eu), ["2026-06-05", "2026-06-22"]);
}

#[test]
fn output_does_not_depend_on_the_clock() {
    let text = "Troops left yesterday, last month and on Tuesday; they return next year.";
    let doc = Extractor::default().extract(text);
    let values: Vec<&str> = doc
        .entities
        .iter()
        .filter(|e| e.label.is_temporal())
        .filter_map(|e| e.value.as_deref())
        .collect();
    assert_eq!(
        values,
        ["XXXX-XX-XX", "PAST_REF", "XXXX-WXX-2", "FUTURE_REF"]
    );
}

#[test]
fn spans_leave_out_prepositions() {
    let text = "In early 2022, troops left; in April they returned for three days.";
    let doc = extract(text, Some("2026-05-22"));
    let spans: Vec<&str> = doc
        .entities
        .iter()
        .filter(|e| e.label.is_temporal())
        .map(|e| e.text(text))
        .collect();
    assert_eq!(spans, ["early 2022", "April", "three days"]);
}

#[test]
fn any_text_is_safe() {
    // Edge inputs: empty, lone digits, unfinished expressions, non-ASCII around triggers.
    for text in [
        "",
        "5",
        "May",
        "the",
        "2026-",
        "10:",
        "on 31/02/2026",
        "½ year",
        "Mäy 5, 2026 — 10 a.",
        "in the 19",
        "Q5 2024 FY FY2 1990's",
        "99999999999999999999 years ago",
        "every",
        "\u{a0}May\u{a0}5,\u{a0}2026",
    ] {
        let doc = Extractor::default().extract(text);
        check_invariants(&doc);
    }
}

#[test]
fn seed_article_dates() {
    let Some(dir) = shared_dir() else { return };
    let gold = std::fs::read_to_string(dir.join("gold/mali-offensive-2026.jsonl")).unwrap();
    let gold: serde_json::Value = serde_json::from_str(gold.lines().next().unwrap()).unwrap();
    let text = gold["text"].as_str().unwrap();
    let doc = Extractor::default().extract(text);
    assert_eq!(doc.document_date_source, Some(DateSource::Dateline));
    assert_eq!(
        doc.document_date.map(|d| d.to_string()).as_deref(),
        gold["document_date"].as_str()
    );
    let mut checked = 0;
    for g in gold["entities"].as_array().unwrap() {
        if g["label"] != "DATE" || g["optional"] == true {
            continue;
        }
        let (s, e) = (
            g["start"].as_u64().unwrap() as usize,
            g["end"].as_u64().unwrap() as usize,
        );
        let found = doc
            .entities
            .iter()
            .find(|x| x.span.start == s && x.span.end == e)
            .unwrap_or_else(|| panic!("gold date {:?} not found", &text[s..e]));
        assert_eq!(
            found.value.as_deref(),
            g["value"].as_str(),
            "{:?}",
            &text[s..e]
        );
        checked += 1;
    }
    assert_eq!(checked, 9);
}
