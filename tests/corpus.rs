//! Corpus scale: batches from the library, and the `extract` command's corpus mode (threads,
//! directories, order, errors, stats) on texts written for these tests.

use std::path::PathBuf;

use chronicle::{Extractor, Input};

use crate::common::run_example;

const TEXTS: &[&str] = &[
    "Posted on May 22, 2026\n\nRussian troops withdrew from Kidal last month.",
    "Protesters marched through Paris on Saturday. Police said 300 people were arrested.",
    "",
    "Gen. Ann Smith met officials in Bamako; \"We will stay,\" she said.",
    "Goïta’s government expelled the French ambassador in early 2024.",
];

/// A JSON Lines corpus: the texts above repeated `n` times, with ids, plus broken lines.
fn corpus(n: usize) -> String {
    let mut out = String::new();
    for i in 0..n {
        for (j, t) in TEXTS.iter().enumerate() {
            let line = serde_json::json!({"id": format!("d{i}-{j}"), "text": t});
            out.push_str(&line.to_string());
            out.push('\n');
        }
        if i % 7 == 3 {
            out.push_str("{\"id\": \"bad\", \"text\": 5}\n\n");
        }
    }
    out
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("chronicle-corpus-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn batch_equals_one_by_one() {
    let ex = Extractor::default();
    let inputs: Vec<Input> = TEXTS
        .iter()
        .cycle()
        .take(60)
        .map(|t| Input::new(t))
        .collect();
    let batch = ex.extract_batch(&inputs);
    let mut jsonl = Vec::new();
    let (entities, events) = ex.extract_batch_jsonl(&inputs, &mut jsonl);
    let mut expected = Vec::new();
    let (mut want_entities, mut want_events) = (0, 0);
    for (input, doc) in inputs.iter().zip(&batch) {
        let one = ex.extract_with(*input);
        assert_eq!(doc.entities, one.entities);
        assert_eq!(doc.events, one.events);
        want_entities += one.entities.len();
        want_events += one.events.len();
        one.append_json_line(&mut expected);
    }
    assert_eq!((entities, events), (want_entities, want_events));
    assert!(entities > 60, "the texts have entities: {entities}");
    assert_eq!(
        String::from_utf8(jsonl).unwrap(),
        String::from_utf8(expected).unwrap()
    );
}

#[test]
fn threads_keep_input_order_and_output() {
    // Over 1 MB, so the input is cut into several batches that finish out of order.
    let data = corpus(4000);
    assert!(data.len() > 1 << 20);
    let dir = temp_dir("order");
    let path = dir.join("in.jsonl");
    std::fs::write(&path, &data).unwrap();
    let p = path.to_str().unwrap();
    let one = run_example("extract", &["--input", "jsonl", "--threads", "1", p], None);
    let two = run_example(
        "extract",
        &["--input", "jsonl", "--threads", "3", "--stats", p],
        None,
    );
    assert_eq!(one.status.code(), Some(1), "broken lines make exit code 1");
    assert_eq!(two.status.code(), Some(1));
    assert!(one.stdout == two.stdout, "1 and 3 threads differ");
    let out = String::from_utf8(one.stdout).unwrap();
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines.len(),
        data.lines().count(),
        "one record per input line"
    );
    // Records follow the input: ids in order, errors where the broken lines were.
    for (input, output) in data.lines().zip(&lines) {
        let got: serde_json::Value = serde_json::from_str(output).unwrap();
        if input.is_empty() {
            assert_eq!(got["error"], "empty line");
        } else if input.contains("\"text\": 5") {
            assert_eq!(got["id"], "bad");
            assert!(got["error"].as_str().unwrap().contains("must be a string"));
        } else {
            let want: serde_json::Value = serde_json::from_str(input).unwrap();
            assert_eq!(got["id"], want["id"]);
        }
    }
    // The summary line counts what was written.
    let stats = String::from_utf8(two.stderr).unwrap();
    let errors = lines.iter().filter(|l| l.contains("\"error\"")).count();
    let docs = lines.len() - errors;
    assert!(
        stats.contains(&format!("extract: {docs} documents, "))
            && stats.contains(&format!(", {errors} errors, "))
            && stats.trim_end().ends_with("MB/s"),
        "{stats}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn directories_one_document_per_file() {
    let dir = temp_dir("dir");
    std::fs::create_dir_all(dir.join("b/c")).unwrap();
    std::fs::write(dir.join("a.txt"), TEXTS[0]).unwrap();
    std::fs::write(dir.join("b/c/z.txt"), TEXTS[1]).unwrap();
    std::fs::write(dir.join("b/y.txt"), TEXTS[3]).unwrap();
    std::fs::write(dir.join(".hidden"), "Paris.").unwrap();
    std::fs::write(dir.join("b/bad.txt"), b"Troops \xff left").unwrap();
    let out = run_example("extract", &["--threads", "2", dir.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(1), "the invalid file fails");
    let text = String::from_utf8(out.stdout).unwrap();
    let ids: Vec<String> = text
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            let id = v["id"].as_str().unwrap().to_string();
            id.strip_prefix(dir.to_str().unwrap()).unwrap().to_string()
        })
        .collect();
    assert_eq!(ids, ["/a.txt", "/b/bad.txt", "/b/c/z.txt", "/b/y.txt"]);
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .contains("invalid UTF-8 at byte 7")
    );
    // The directory's records are those of each file on its own.
    let alone = run_example(
        "extract",
        &["--format", "jsonl", dir.join("a.txt").to_str().unwrap()],
        None,
    );
    assert_eq!(
        text.lines().next().unwrap(),
        String::from_utf8(alone.stdout).unwrap().trim_end()
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn stdin_jsonl_in_corpus_mode() {
    let data = corpus(3);
    let out = run_example(
        "extract",
        &["--input", "jsonl", "--threads", "2"],
        Some(data.as_bytes()),
    );
    let lines = String::from_utf8(out.stdout).unwrap().lines().count();
    assert_eq!(lines, data.lines().count());
    assert!(
        out.stderr.is_empty(),
        "no progress bar when stderr is not a terminal"
    );
}

#[test]
fn stdin_slices_named_and_numbered_match_the_whole_file() {
    // Lines without an id, a broken line, a blank line: their records carry line numbers and
    // the file name, so a slice sent on stdin must say where it comes from.
    let data = concat!(
        "{\"id\": \"a\", \"text\": \"Troops left Kidal on Monday.\"}\n",
        "{\"text\": \"Police arrested 300 people in Paris.\"}\n",
        "{\"text\": 5}\n",
        "\n",
        "{oops\n",
        "{\"id\": \"b\", \"text\": \"Gen. Ann Smith met officials in Bamako.\"}\n",
        "{\"text\": \"The minister resigned on Friday.\"}\n",
    );
    let dir = temp_dir("slices");
    let path = dir.join("part.jsonl");
    std::fs::write(&path, data).unwrap();
    let p = path.to_str().unwrap();
    let whole = run_example("extract", &["--input", "jsonl", p], None);
    assert_eq!(whole.status.code(), Some(1));
    let whole = String::from_utf8(whole.stdout).unwrap();
    let want: Vec<&str> = whole.lines().collect();
    assert_eq!(want.len(), 7);
    assert!(want[1].starts_with("{\"id\":\"2\","), "{}", want[1]);
    assert!(
        want[4].contains(&format!("\"error\":\"{p}:5: ")),
        "{}",
        want[4]
    );
    let lines: Vec<&str> = data.lines().collect();
    // (first line, last line), 1-based.
    for (first, last) in [(1, 7), (2, 3), (3, 5), (5, 7), (7, 7)] {
        let slice: String = lines[first - 1..last]
            .iter()
            .map(|l| format!("{l}\n"))
            .collect();
        let first_s = first.to_string();
        let out = run_example(
            "extract",
            &[
                "--input",
                "jsonl",
                "--name",
                p,
                "--first-line",
                &first_s,
                "-",
            ],
            Some(slice.as_bytes()),
        );
        let got = String::from_utf8(out.stdout).unwrap();
        assert_eq!(
            got.lines().collect::<Vec<_>>(),
            want[first - 1..last],
            "lines {first}..={last}"
        );
    }
    // Without them, stdin is `-` and counts from 1.
    let out = run_example("extract", &["--input", "jsonl"], Some(lines[2].as_bytes()));
    let got = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        got.trim_end(),
        "{\"error\":\"-:1: \\\"text\\\" must be a string, not a number\",\"id\":1}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
