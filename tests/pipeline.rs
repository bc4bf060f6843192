//! End-to-end behaviour of the default extractor on text written for these tests.

use chronicle::{Extractor, Input, Label};

use crate::common::check_invariants;

const STORY: &str = "Rebels Seize Border Town\n\nPosted on March 3, 2026\n\n\
Gunmen attacked a police post in Gao on Monday, killing four officers. \
Mr. Moussa Traoré, the regional governor, said the U.S. embassy in Bamako had warned of an attack last month. \
Mali's army withdrew from Ménaka in early 2025.";

#[test]
fn story_invariants_and_places() {
    let doc = Extractor::default().extract(STORY);
    check_invariants(&doc);
    let places: Vec<&str> = doc
        .entities_with(Label::Location)
        .map(|e| e.text(STORY))
        .collect();
    for p in ["Gao", "Bamako", "Mali"] {
        assert!(places.contains(&p), "{p} missing from {places:?}");
    }
    let bamako = doc
        .entities
        .iter()
        .find(|e| e.text(STORY) == "Bamako")
        .unwrap();
    assert_eq!(bamako.country.unwrap().as_str(), "ML");
    let place = bamako.place.unwrap();
    assert!((place.lat.unwrap() - 12.65).abs() < 0.1 && (place.lon.unwrap() + 8.0).abs() < 0.1);
}

#[test]
fn dateline_anchors_relative_dates() {
    let doc = Extractor::default().extract(STORY);
    assert_eq!(doc.document_date.unwrap().to_string(), "2026-03-03");
    assert_eq!(
        doc.document_date_source,
        Some(chronicle::DateSource::Dateline)
    );
    let last_month = doc
        .entities
        .iter()
        .find(|e| e.text(STORY) == "last month")
        .unwrap();
    assert_eq!(last_month.value.as_deref(), Some("2026-02"));
}

#[test]
fn given_date_wins_over_dateline() {
    let input = Input::new(STORY).with_document_date("2026-01-10".parse().unwrap());
    let doc = Extractor::default().extract_with(input);
    assert_eq!(doc.document_date_source, Some(chronicle::DateSource::Given));
    let last_month = doc
        .entities
        .iter()
        .find(|e| e.text(STORY) == "last month")
        .unwrap();
    assert_eq!(last_month.value.as_deref(), Some("2025-12"));
}

#[test]
fn no_date_means_underspecified_values() {
    let text = "Troops left last month.";
    let doc = Extractor::default().extract(text);
    assert!(doc.document_date.is_none());
    let e = doc
        .entities
        .iter()
        .find(|e| e.label == Label::Date)
        .unwrap();
    assert_eq!(e.value.as_deref(), Some("PAST_REF"));
}

#[test]
fn every_entity_has_a_source() {
    let doc = Extractor::default().extract(STORY);
    for e in &doc.entities {
        let s = e.source.to_string();
        assert!(
            s.starts_with("gazetteer:") || s.starts_with("pattern:") || s.starts_with("rule:"),
            "{s}"
        );
    }
}

#[test]
fn extractor_is_shared_across_threads() {
    fn assert_traits<T: Clone + Send + Sync>() {}
    assert_traits::<Extractor>();
    let ex = Extractor::default();
    let expected = ex.extract(STORY);
    let handles: Vec<_> = (0..4)
        .map(|_| {
            let ex = ex.clone();
            std::thread::spawn(move || ex.extract(STORY))
        })
        .collect();
    for h in handles {
        assert_eq!(h.join().unwrap(), expected);
    }
}

#[test]
fn builder_errors_name_file_and_line() {
    let err = Extractor::builder()
        .gazetteer_str("bad.tsv", "Acme\tORGANIZATION\nBroken row\n")
        .build()
        .unwrap_err();
    assert_eq!(err.kind(), chronicle::ErrorKind::InvalidData);
    assert!(err.to_string().starts_with("bad.tsv:2:"), "{err}");
    let err = Extractor::builder()
        .gazetteer_file("/nonexistent/x.tsv")
        .build()
        .unwrap_err();
    assert_eq!(err.kind(), chronicle::ErrorKind::Io);
}
