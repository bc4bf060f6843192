//! Acceptance on the shared seed article and the JSON Lines mode of `extract`.

use crate::common::{check_invariants, run_example, shared_dir};

#[test]
fn seed_article_record_follows_the_schema() {
    let Some(shared) = shared_dir() else { return };
    let path = shared.join("corpus/mali-offensive-2026.txt");
    let out = run_example("extract", &[path.to_str().unwrap()], None);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let rec: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    for key in [
        "document_date",
        "document_date_source",
        "sentences",
        "entities",
        "events",
    ] {
        assert!(rec.get(key).is_some(), "missing {key}");
    }
    assert_eq!(rec["document_date"], "2026-05-22");
    // "U.S." never ends a sentence.
    let us = text.find("the U.S., for instance").unwrap() + "the U.S.".len();
    for s in rec["sentences"].as_array().unwrap() {
        assert_ne!(
            s["end"].as_u64().unwrap() as usize,
            us,
            "a sentence ends after U.S."
        );
    }
    let doc = chronicle::Extractor::default().extract(&text);
    check_invariants(&doc);
}

#[test]
fn jsonl_mode_keeps_one_line_per_input_line() {
    let mut input = String::new();
    for i in 0..10_000 {
        match i % 500 {
            7 => input.push_str("{not json\n"),
            8 => input.push_str("[1, 2]\n"),
            9 => input.push_str("{\"id\": \"x\", \"text\": null}\n"),
            _ => input.push_str(&format!(
                "{{\"id\": \"d{i}\", \"text\": \"Troops left Kidal on day {i}.\"}}\n"
            )),
        }
    }
    let out = run_example(
        "extract",
        &["--input", "jsonl", "-"],
        Some(input.as_bytes()),
    );
    assert_eq!(out.status.code(), Some(1), "some lines failed, so exit 1");
    let lines: Vec<&str> = std::str::from_utf8(&out.stdout).unwrap().lines().collect();
    assert_eq!(lines.len(), 10_000);
    for (i, line) in lines.iter().enumerate() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        match i % 500 {
            7 | 8 => assert_eq!(v["id"], i + 1, "error record carries the line number"),
            9 => {
                assert_eq!(v["id"], "x");
                assert!(v["error"].as_str().unwrap().contains("text"));
            }
            _ => {
                assert_eq!(v["id"], format!("d{i}"));
                assert!(v.get("error").is_none());
            }
        }
    }
}

#[test]
fn invalid_utf8_is_reported_with_its_offset() {
    let dir = std::env::temp_dir().join(format!("chronicle-utf8-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("bad.txt");
    std::fs::write(&path, b"Good line.\nBad \xff byte.").unwrap();
    let out = run_example("extract", &[path.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("bad.txt:2") && err.contains("byte 15"),
        "{err}"
    );
    let out = run_example("extract", &["--lossy", path.to_str().unwrap()], None);
    assert!(out.status.success());
    let out = run_example("extract", &["--format", "bogus"], None);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn evaluate_prints_seed_scores() {
    let Some(shared) = shared_dir() else { return };
    let gold = shared.join("gold/mali-offensive-2026.jsonl");
    let out = run_example("evaluate", &["--json", gold.to_str().unwrap()], None);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    // Places in the seed article come from the gazetteers: their precision is already high.
    let loc = &v["entities"]["LOCATION"];
    assert!(loc["f1"].as_f64().unwrap() > 0.9, "{v}");
    assert_eq!(v["events"]["dated"], 7);
}
