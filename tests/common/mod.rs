//! Helpers shared by the integration tests.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use chronicle::Document;

/// `../shared` beside the repository, if present. When it is absent, tests that need it print why
/// they skip, except under `CI=true`, where its absence is a failure.
pub fn shared_dir() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    if dir.join("SCHEMA.md").exists() {
        return Some(dir);
    }
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("../shared is missing but CI=true: the shared files are required in CI");
    }
    eprintln!("skipping: ../shared is absent");
    None
}

/// Checks the record invariants of SCHEMA.md on a document.
pub fn check_invariants(doc: &Document) {
    let text = &doc.text;
    let mut prev_end = 0;
    for s in &doc.sentences {
        assert!(
            s.span.start >= prev_end,
            "sentences overlap or are out of order"
        );
        assert!(s.span.start < s.span.end, "empty sentence");
        assert!(text.is_char_boundary(s.span.start) && text.is_char_boundary(s.span.end));
        let piece = &text[s.span.range()];
        assert_eq!(piece.trim(), piece, "sentence not trimmed");
        assert!(
            text[prev_end..s.span.start].trim().is_empty(),
            "non-space text outside sentences"
        );
        prev_end = s.span.end;
    }
    assert!(
        text[prev_end..].trim().is_empty(),
        "non-space text after the last sentence"
    );
    let mut prev_end = 0;
    for e in &doc.entities {
        assert!(e.span.start >= prev_end, "entities overlap or unsorted");
        assert!(e.span.start < e.span.end);
        assert!(text.is_char_boundary(e.span.start) && text.is_char_boundary(e.span.end));
        assert!(
            doc.sentences[e.sentence].span.contains(e.span),
            "entity outside its sentence"
        );
        prev_end = e.span.end;
    }
    for ev in &doc.events {
        assert!(ev.trigger.end <= text.len() && text.is_char_boundary(ev.trigger.start));
        for a in ev.actors.iter().chain(ev.location.iter()) {
            assert!(a.span.end <= text.len() && text.is_char_boundary(a.span.start));
        }
        if let Some(d) = &ev.date {
            assert!(d.span.end <= text.len() && text.is_char_boundary(d.span.start));
        }
    }
    // The serialized record: text equals both the byte slice and the code-point slice.
    let json: serde_json::Value = serde_json::from_str(&doc.to_json()).unwrap();
    let chars: Vec<char> = text.chars().collect();
    for e in json["entities"].as_array().unwrap() {
        let (s, en) = (
            e["start"].as_u64().unwrap() as usize,
            e["end"].as_u64().unwrap() as usize,
        );
        let (cs, ce) = (
            e["char_start"].as_u64().unwrap() as usize,
            e["char_end"].as_u64().unwrap() as usize,
        );
        assert_eq!(e["text"].as_str().unwrap(), &text[s..en]);
        assert_eq!(
            e["text"].as_str().unwrap(),
            chars[cs..ce].iter().collect::<String>()
        );
    }
}

/// Path of a built example binary (cargo test builds the examples next to the test binary).
pub fn example_bin(name: &str) -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    let profile_dir = exe.parent().unwrap().parent().unwrap();
    let path = profile_dir.join("examples").join(name);
    assert!(
        path.exists(),
        "{} not built; run `cargo test` (which builds examples)",
        path.display()
    );
    path
}

/// Runs an example binary with arguments and optional stdin.
pub fn run_example(name: &str, args: &[&str], stdin: Option<&[u8]>) -> Output {
    use std::io::Write;
    let mut cmd = Command::new(example_bin(name));
    cmd.args(args);
    cmd.stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    let mut pipe = child.stdin.take().unwrap();
    let data = stdin.map(<[u8]>::to_vec);
    let writer = std::thread::spawn(move || {
        if let Some(d) = data {
            let _ = pipe.write_all(&d);
        }
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}
