//! Determinism: the same input and settings give byte-identical output, across runs of the
//! binary, across extractors built separately (hash maps are seeded randomly per instance), and
//! across threads.

use chronicle::{Extractor, Input};

use crate::common::run_example;

/// Documents written for this test: news-like text with every kind of entity, date and event,
/// plus some junk.
fn corpus() -> Vec<String> {
    let stories = [
        "Rebels Seize Border Town\n\nPosted on March 3, 2026\n\nGunmen attacked a police post in Gao on Monday, killing four officers. Mr. Moussa Traoré, the regional governor, said the U.S. embassy in Bamako had warned of an attack last month.",
        "Russian troops withdrew from Kidal last week. The Africa Corps said it would return. Officials in Niamey and Paris declined to comment.",
        "Jordan met Jordan in Jordan. Georgia and Georgia. Paris, Texas, and Paris, France.",
        "\u{feff}Protesters marched in Dakar on 22 May 2026.\r\nPolice arrested 12 people, e.g. students, three days ago.",
        "",
        "\u{0}\u{202e}\u{1f389} Gen. Diarra \u{2026} \"surprise.\" (No. 3) 1.2.3",
    ];
    let mut docs = Vec::new();
    for i in 0..8 {
        for s in &stories {
            docs.push(format!(
                "{s}\n\nUpdate {i}: The army said so on May {}, 2026.",
                i + 1
            ));
        }
    }
    docs
}

/// The JSON line of document `i`.
fn record(ex: &Extractor, i: usize, doc: &str) -> Vec<u8> {
    let id = i.to_string();
    let mut out = Vec::new();
    ex.extract_with(Input::new(doc).with_id(&id))
        .write_json_line(&mut out)
        .unwrap();
    out
}

fn records(ex: &Extractor, docs: &[String]) -> Vec<u8> {
    docs.iter()
        .enumerate()
        .flat_map(|(i, d)| record(ex, i, d))
        .collect()
}

#[test]
fn separately_built_extractors_give_identical_bytes() {
    let docs = corpus();
    let shared = records(&Extractor::default(), &docs);
    let rebuilt = Extractor::builder().build().unwrap();
    assert_eq!(records(&rebuilt, &docs), shared);
    assert_eq!(records(&Extractor::default(), &docs), shared);
}

#[test]
fn threads_give_identical_bytes() {
    let docs = corpus();
    let ex = Extractor::default();
    let sequential = records(&ex, &docs);
    // Four threads, interleaved documents, outputs put back in input order.
    let chunks: Vec<Vec<(usize, Vec<u8>)>> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..4)
            .map(|t| {
                let (ex, docs) = (ex.clone(), &docs);
                scope.spawn(move || {
                    (t..docs.len())
                        .step_by(4)
                        .map(|i| (i, record(&ex, i, &docs[i])))
                        .collect()
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let mut parts: Vec<(usize, Vec<u8>)> = chunks.into_iter().flatten().collect();
    parts.sort_by_key(|(i, _)| *i);
    let threaded: Vec<u8> = parts.into_iter().flat_map(|(_, b)| b).collect();
    assert!(threaded == sequential, "threads changed the output");
}

#[test]
fn binary_runs_give_identical_bytes() {
    let mut input = Vec::new();
    for (i, d) in corpus().iter().enumerate() {
        input.extend(
            serde_json::json!({"id": i, "text": d})
                .to_string()
                .as_bytes(),
        );
        input.push(b'\n');
        if i % 7 == 3 {
            input.extend(b"{\"id\": \"bad\", \"text\": null}\n[1]\n\xff\n");
        }
    }
    let args = ["--input", "jsonl", "--document-date", "2026-05-22", "-"];
    let first = run_example("extract", &args, Some(&input));
    assert_eq!(first.status.code(), Some(1)); // the bad lines
    let second = run_example("extract", &args, Some(&input));
    assert_eq!(second.status.code(), Some(1));
    assert!(first.stdout == second.stdout, "two runs differ");
    assert!(!first.stdout.is_empty());
}
