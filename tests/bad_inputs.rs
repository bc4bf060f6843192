//! The catalogue of bad inputs (`docs/robustness.md`): each row there has a test here, driving
//! the `extract` binary or the library, and checking the defined outcome.

use chronicle::{ErrorKind, Extractor};
use serde_json::Value;

use crate::common::{TempDir, check_invariants, png, run_example};

fn stdout_json(out: &std::process::Output) -> Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not one JSON value ({e}): {}\nstderr: {}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    })
}

fn stdout_lines(out: &std::process::Output) -> Vec<Value> {
    String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Every entity and sentence of a record, sliced out of the input bytes as read, is the record's
/// text; code-point offsets agree.
fn offsets_exact(input: &[u8], rec: &Value) {
    let text = std::str::from_utf8(input).unwrap();
    let chars_before = |b: usize| text[..b].chars().count() as u64;
    for s in rec["sentences"].as_array().unwrap() {
        let (a, b) = (s["start"].as_u64().unwrap(), s["end"].as_u64().unwrap());
        assert_eq!(s["char_start"].as_u64().unwrap(), chars_before(a as usize));
        assert_eq!(s["char_end"].as_u64().unwrap(), chars_before(b as usize));
    }
    for e in rec["entities"].as_array().unwrap() {
        let (a, b) = (
            e["start"].as_u64().unwrap() as usize,
            e["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(e["text"].as_str().unwrap(), &text[a..b]);
        assert_eq!(e["char_start"].as_u64().unwrap(), chars_before(a));
    }
}

fn sentence_texts<'a>(input: &'a str, rec: &Value) -> Vec<&'a str> {
    rec["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| &input[s["start"].as_u64().unwrap() as usize..s["end"].as_u64().unwrap() as usize])
        .collect()
}

// ---- text input ------------------------------------------------------------------------

#[test]
fn invalid_utf8_text_is_an_error_naming_file_line_and_byte() {
    let dir = TempDir::new("bad-utf8");
    let path = dir.write("latin1.txt", b"Troops left Gao.\nThe caf\xe9 closed.\n");
    let out = run_example("extract", &[&path], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        out.stdout.is_empty(),
        "a record was printed for an unreadable file"
    );
    let err = stderr(&out);
    assert!(
        err.contains(&format!("{path}:2: invalid UTF-8 at byte 24")),
        "{err}"
    );
    assert!(err.contains("--lossy"), "{err}");
}

#[test]
fn invalid_utf8_text_with_lossy_is_processed() {
    let dir = TempDir::new("lossy");
    let path = dir.write("latin1.txt", b"The caf\xe9 in Bamako closed.");
    let out = run_example("extract", &["--lossy", &path], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let rec = stdout_json(&out);
    // Offsets are into the replaced text: U+FFFD is 3 bytes where the input had 1.
    let replaced = "The caf\u{fffd} in Bamako closed.";
    offsets_exact(replaced.as_bytes(), &rec);
    let bamako = &rec["entities"][0];
    assert_eq!(
        (bamako["text"].as_str(), bamako["start"].as_u64()),
        (Some("Bamako"), Some(14))
    );
}

#[test]
fn byte_order_mark_is_kept_in_offsets_but_not_in_sentences() {
    let input = "\u{feff}Troops left Kidal. They reached Gao.";
    let out = run_example("extract", &["-"], Some(input.as_bytes()));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let rec = stdout_json(&out);
    offsets_exact(input.as_bytes(), &rec);
    assert_eq!(
        sentence_texts(input, &rec),
        ["Troops left Kidal.", "They reached Gao."]
    );
    assert_eq!(rec["sentences"][0]["start"], 3); // the BOM is 3 bytes...
    assert_eq!(rec["sentences"][0]["char_start"], 1); // ...and 1 code point
    let kidal = &rec["entities"][0];
    assert_eq!(
        (kidal["start"].as_u64(), kidal["char_start"].as_u64()),
        (Some(15), Some(13))
    );
}

#[test]
fn crlf_line_endings_keep_offsets_exact() {
    let input =
        "Rebels Seize Gao\r\n\r\nTroops left Kidal.\r\nThey reached Gao on May 3, 2026.\r\n";
    let out = run_example("extract", &["-"], Some(input.as_bytes()));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let rec = stdout_json(&out);
    offsets_exact(input.as_bytes(), &rec);
    assert_eq!(
        sentence_texts(input, &rec),
        [
            "Rebels Seize Gao",
            "Troops left Kidal.",
            "They reached Gao on May 3, 2026."
        ]
    );
    let texts: Vec<&str> = rec["entities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["text"].as_str().unwrap())
        .collect();
    assert!(
        texts.contains(&"Kidal") && texts.contains(&"May 3, 2026"),
        "{texts:?}"
    );
}

#[test]
fn lone_cr_line_endings_keep_offsets_exact() {
    let input = "Rebels Seize Gao\r\rTroops left Kidal.\rThey reached Gao.";
    let out = run_example("extract", &["-"], Some(input.as_bytes()));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let rec = stdout_json(&out);
    offsets_exact(input.as_bytes(), &rec);
    assert_eq!(
        sentence_texts(input, &rec),
        [
            "Rebels Seize Gao",
            "Troops left Kidal.",
            "They reached Gao."
        ]
    );
}

#[test]
fn empty_and_whitespace_only_files_give_an_empty_record() {
    let dir = TempDir::new("empty");
    for (name, contents) in [
        ("empty.txt", ""),
        ("blank.txt", " \n\t\r\n  \n"),
        ("bom-only.txt", "\u{feff}"),
    ] {
        let path = dir.write(name, contents);
        let out = run_example("extract", &[&path], None);
        assert_eq!(out.status.code(), Some(0), "{name}: {}", stderr(&out));
        let rec = stdout_json(&out);
        for key in ["sentences", "entities", "events"] {
            assert_eq!(rec[key], Value::Array(vec![]), "{name}: {key}");
        }
        assert!(rec["document_date"].is_null());
    }
}

#[test]
fn nul_and_control_characters_are_processed() {
    let input = "Troops\0left Kidal.\u{7}\u{1b}[0m They\u{0}reached Gao.";
    let out = run_example("extract", &["-"], Some(input.as_bytes()));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let rec = stdout_json(&out);
    offsets_exact(input.as_bytes(), &rec);
    let texts: Vec<&str> = rec["entities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["text"].as_str().unwrap())
        .collect();
    assert_eq!(texts, ["Kidal", "Gao"]);
}

#[test]
fn png_is_invalid_utf8_at_byte_0() {
    let dir = TempDir::new("png");
    let image = png(64, 48);
    let path = dir.write("photo.png", &image);
    let out = run_example("extract", &[&path], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    assert!(
        stderr(&out).contains(&format!("{path}:1: invalid UTF-8 at byte 0")),
        "{}",
        stderr(&out)
    );
    // With --lossy it is processed like any text; the record is still valid.
    let out = run_example("extract", &["--lossy", &path], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let rec = stdout_json(&out);
    let lossy = String::from_utf8_lossy(&image);
    offsets_exact(lossy.as_bytes(), &rec);
    let doc = Extractor::default().extract(&lossy);
    check_invariants(&doc);
}

#[test]
fn png_as_jsonl_gives_one_error_per_line() {
    let image = png(64, 48);
    // What `read_until(b'\n')` yields: every newline ends a line, and a tail without one too.
    let lines = image.split(|&b| b == b'\n').count() - usize::from(image.ends_with(b"\n"));
    let out = run_example("extract", &["--input", "jsonl", "-"], Some(&image));
    assert_eq!(out.status.code(), Some(1));
    let recs = stdout_lines(&out);
    assert_eq!(recs.len(), lines);
    for (i, r) in recs.iter().enumerate() {
        assert_eq!(r["id"], i + 1);
        assert!(r["error"].is_string(), "{r}");
    }
}

#[test]
fn missing_file_is_an_error_naming_it() {
    let out = run_example("extract", &["/nonexistent/story.txt"], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("/nonexistent/story.txt: No such file"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn impossible_document_date_is_a_usage_error() {
    for (arg, why) in [
        ("2026-02-30", "is not a calendar date: 2026-02 has 28 days"),
        ("2026-13-01", "there is no month 13"),
        ("30/02/2026", "is not a date in YYYY-MM-DD form"),
    ] {
        let out = run_example(
            "extract",
            &["--document-date", arg, "-"],
            Some(b"Troops left."),
        );
        assert_eq!(out.status.code(), Some(2), "{arg}");
        assert!(out.stdout.is_empty());
        let err = stderr(&out);
        assert!(
            err.contains("--document-date") && err.contains(arg) && err.contains(why),
            "{err}"
        );
    }
}

// ---- JSON Lines input ---------------------------------------------------------------------

/// The JSON Lines rows of the catalogue: (line, the id its record must carry, None for the line
/// number; the error the record must carry, None for a result).
fn jsonl_cases() -> Vec<(Vec<u8>, Option<&'static str>, Option<&'static str>)> {
    vec![
        (
            br#"{"id": "ok-1", "text": "Troops left Kidal."}"#.to_vec(),
            Some("ok-1"),
            None,
        ),
        (
            b"{\"id\": \"latin1\", \"text\": \"caf\xe9\"}".to_vec(),
            None,
            Some("invalid UTF-8 at byte 29 of the line"),
        ),
        (br#"[1, 2, 3]"#.to_vec(), None, Some("not a JSON object")),
        (
            br#""just a string""#.to_vec(),
            None,
            Some("not a JSON object"),
        ),
        (br#"null"#.to_vec(), None, Some("not a JSON object")),
        (
            br#"{"id": "no-text", "body": "Troops left."}"#.to_vec(),
            Some("no-text"),
            Some("no \"text\" field"),
        ),
        (
            br#"{"id": "null-text", "text": null}"#.to_vec(),
            Some("null-text"),
            Some("\"text\" must be a string, not null"),
        ),
        (
            br#"{"id": 9, "text": 42}"#.to_vec(),
            Some("9"),
            Some("\"text\" must be a string, not a number"),
        ),
        (
            br#"{"id": {"a": 1}, "text": "x"}"#.to_vec(),
            None,
            Some("\"id\" must be a string or a number"),
        ),
        (
            br#"{"text": "Troops left.", "document_date": "2026-02-30"}"#.to_vec(),
            None,
            Some("2026-02 has 28 days"),
        ),
        (
            br#"{"text": "Troops left.", "document_date": 20260522}"#.to_vec(),
            None,
            Some("must be a YYYY-MM-DD string"),
        ),
        (br#"{"text": "oops"#.to_vec(), None, Some("not valid JSON")),
        (b"".to_vec(), None, Some("empty line")),
        (b"   \t".to_vec(), None, Some("empty line")),
        (
            br#"{"text": "\ud800 lone surrogate"}"#.to_vec(),
            None,
            Some("hex escape"),
        ),
        (
            [b"[".repeat(10_000), b"]".repeat(10_000)].concat(),
            None,
            Some("recursion limit exceeded"),
        ),
        (
            br#"{"id": 1e400, "text": "x"}"#.to_vec(),
            None,
            Some("number out of range"),
        ),
        (
            br#"{"id": "dup", "text": "first", "text": "Troops left Gao."}"#.to_vec(),
            Some("dup"),
            None,
        ),
        (
            br#"{"text": "NUL \u0000 and Kidal.", "extra": [1, {"x": null}]}"#.to_vec(),
            None,
            None,
        ),
        (
            b"{\"id\": \"crlf\", \"text\": \"Troops left Kidal.\"}\r".to_vec(),
            Some("crlf"),
            None,
        ),
        (
            br#"{"id": 21.5, "text": "Troops left."}"#.to_vec(),
            Some("21.5"),
            None,
        ),
    ]
}

/// Nothing lost: one output record per input line, in order, results and errors; exit 1.
#[test]
fn jsonl_mixed_good_and_bad_lines_one_record_each_in_order() {
    let cases = jsonl_cases();
    let mut input = b"\xef\xbb\xbf".to_vec(); // a BOM before the first line is ignored
    for (line, _, _) in &cases {
        input.extend(line);
        input.push(b'\n');
    }
    let out = run_example("extract", &["--input", "jsonl", "-"], Some(&input));
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let recs = stdout_lines(&out);
    assert_eq!(recs.len(), cases.len(), "one record per input line");
    let mut failed = 0;
    for (i, ((line, id, err), rec)) in cases.iter().zip(&recs).enumerate() {
        let n = i + 1;
        let line = String::from_utf8_lossy(line);
        // Without an id, a result carries the line number as a string, an error as a number.
        let want_id = match (id, err) {
            (Some(id), _) => Value::from(*id),
            (None, Some(_)) => Value::from(n),
            (None, None) => Value::from(n.to_string()),
        };
        assert_eq!(rec["id"], want_id, "line {n}: {line}");
        match err {
            Some(needle) => {
                failed += 1;
                let msg = rec["error"]
                    .as_str()
                    .unwrap_or_else(|| panic!("line {n}: no error: {rec}"));
                assert!(msg.contains(needle), "line {n}: {msg:?} lacks {needle:?}");
                if *needle != "empty line" {
                    assert!(msg.starts_with(&format!("-:{n}: ")), "line {n}: {msg:?}");
                }
            }
            None => {
                assert!(rec.get("error").is_none(), "line {n}: {rec}");
                assert!(rec["sentences"].is_array(), "line {n}: {rec}");
            }
        }
    }
    assert_eq!(failed, 16);
    // The duplicate key: the last value wins (serde_json), so the record is about Gao.
    let dup = recs.iter().find(|r| r["id"] == "dup").unwrap();
    assert_eq!(dup["entities"][0]["text"], "Gao");
}

#[test]
fn jsonl_lone_cr_is_not_a_line_break() {
    // JSON Lines separates records with \n; a file using lone CR is one malformed line.
    let input = b"{\"text\": \"Troops left.\"}\r{\"text\": \"They returned.\"}\r";
    let out = run_example("extract", &["--input", "jsonl", "-"], Some(input));
    assert_eq!(out.status.code(), Some(1));
    let recs = stdout_lines(&out);
    assert_eq!(recs.len(), 1);
    assert!(
        recs[0]["error"]
            .as_str()
            .unwrap()
            .contains("not valid JSON"),
        "{}",
        recs[0]
    );
}

#[test]
fn jsonl_empty_file_gives_no_records_and_exit_0() {
    let out = run_example("extract", &["--input", "jsonl", "-"], Some(b""));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
}

/// Nothing lost with text files too: one record per file, in the order given, exit 1.
#[test]
fn text_files_mixed_good_and_bad_one_record_each_in_order() {
    let dir = TempDir::new("mixed");
    let files = [
        dir.write("a.txt", "Troops left Kidal."),
        dir.write("b.txt", b"caf\xe9".as_slice()),
        dir.path().join("missing.txt").to_str().unwrap().to_string(),
        dir.write("d.txt", ""),
        dir.write("e.png", png(8, 8)),
        dir.write("f.txt", "\u{feff}They reached Gao.\r\n"),
    ];
    let args: Vec<&str> = std::iter::once("--format")
        .chain(std::iter::once("jsonl"))
        .chain(files.iter().map(String::as_str))
        .collect();
    let out = run_example("extract", &args, None);
    assert_eq!(out.status.code(), Some(1));
    let recs = stdout_lines(&out);
    assert_eq!(recs.len(), files.len());
    let failed: Vec<bool> = recs.iter().map(|r| r.get("error").is_some()).collect();
    assert_eq!(failed, [false, true, true, false, true, false]);
    for (rec, path) in recs.iter().zip(&files) {
        assert_eq!(rec["id"], path.as_str());
    }
}

// ---- gazetteers ----------------------------------------------------------------------------

#[test]
fn gazetteer_bad_rows_are_errors_naming_file_and_line() {
    for (rows, line, needle) in [
        (
            "Acme\tORGANIZATION\nBroken row\n",
            2,
            "expected 2 columns (surface, LABEL) or 9 columns, found 1",
        ),
        ("Acme\tORGANIZATION\tx\n", 1, "found 3"),
        ("# header\nKidal\tPLANET\n", 2, "unknown label \"PLANET\""),
        ("Kidal\tlocation\n", 1, "unknown label \"location\""),
        (
            "Kidal\tLOCATION\tvillage\t\t\t\t\t\t\n",
            1,
            "unknown kind \"village\"",
        ),
        (
            "Kidal\tLOCATION\tcity\t\tML\t\t95.0\t1.0\t\n",
            1,
            "coordinates out of range",
        ),
        ("Kidal\tLOCATION\rGao\tLOCATION\n", 1, "found 3"), // lone CR does not end a row
        ("May\tDATE\n", 1, "cannot come from a gazetteer"),
    ] {
        let err = Extractor::builder()
            .gazetteer_str("mine.tsv", rows)
            .build()
            .unwrap_err();
        assert_eq!(err.kind(), ErrorKind::InvalidData, "{rows:?}");
        assert_eq!(err.line(), Some(line), "{rows:?}: {err}");
        assert!(
            err.to_string().starts_with(&format!("mine.tsv:{line}: ")),
            "{err}"
        );
        assert!(err.to_string().contains(needle), "{rows:?}: {err}");
    }
}

#[test]
fn gazetteer_bom_crlf_and_empty_files_load() {
    let ex = Extractor::builder()
        .without_default_gazetteers()
        .gazetteer_str("bom.tsv", "\u{feff}Northwind Traders\tORGANIZATION\r\n\r\n")
        .gazetteer_str("empty.tsv", "")
        .build()
        .unwrap();
    assert_eq!(ex.gazetteer_len(), 1);
    let doc = ex.extract("Northwind Traders opened.");
    assert_eq!(doc.entities[0].text(&doc.text), "Northwind Traders");
}

#[test]
fn gazetteer_invalid_utf8_file_names_the_byte() {
    let dir = TempDir::new("gaz-utf8");
    let path = dir.write("latin1.tsv", b"Acme\tORGANIZATION\nCaf\xe9\tORGANIZATION\n");
    let err = Extractor::builder()
        .gazetteer_file(&path)
        .build()
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidUtf8);
    assert_eq!(err.byte(), Some(21));
    assert!(err.to_string().starts_with(&path), "{err}");
}

// ---- size ------------------------------------------------------------------------------------

/// A single line of `size` bytes: real sentences with no line break, then one long "word".
fn one_line(size: usize) -> String {
    let sentence = "Gunmen attacked a police post in Gao on Monday, Mr. Traoré said, and the U.S. embassy in Bamako warned of more attacks last month. ";
    let mut s = sentence.repeat(size / 2 / sentence.len());
    s.push_str(&"x".repeat(size - s.len()));
    s
}

fn single_line_file(size: usize) {
    let dir = TempDir::new("one-line");
    let text = one_line(size);
    let path = dir.write("line.txt", &text);
    let out = run_example("extract", &["--format", "jsonl", &path], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let recs = stdout_lines(&out);
    assert_eq!(recs.len(), 1);
    let sentences = recs[0]["sentences"].as_array().unwrap();
    // Every sentence of the repeated text, then the long word cut at the cap.
    let cap = chronicle::segment::MAX_SENTENCE_LEN;
    assert!(
        sentences.len() >= size / 2 / 140 + size / 2 / cap,
        "{}",
        sentences.len()
    );
    let last = sentences.last().unwrap();
    assert_eq!(last["end"].as_u64().unwrap() as usize, text.len());
}

/// 1 MB on one line, through the binary: in the normal (debug) suite.
#[test]
fn one_mb_single_line() {
    single_line_file(1_000_000);
}

/// 50 MB on one line: too slow for a debug build, so run it in release:
/// `cargo test --release --test main fifty_mb -- --ignored`.
#[test]
#[ignore = "50 MB: run in release with --ignored"]
fn fifty_mb_single_line() {
    single_line_file(50_000_000);
}
