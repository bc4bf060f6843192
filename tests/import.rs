//! Pattern files from spaCy, CoreNLP RegexNER and GATE (written for these tests, in
//! tests/data/import/), loaded through the builder and the `extract` flags.

use chronicle::{Document, ErrorKind, Extractor, Label};

use crate::common::run_example;

fn data(name: &str) -> String {
    format!("{}/tests/data/import/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// Asserts that `doc` has an entity with this text and label whose source is `format:...FILE:LINE`.
fn assert_entities(doc: &Document, format: &str, expected: &[(&str, Label, &str)]) {
    for (text, label, file_line) in expected {
        let found = doc.entities.iter().find(|e| e.text(&doc.text) == *text);
        let Some(e) = found else {
            let got: Vec<(&str, Label, String)> = doc
                .entities
                .iter()
                .map(|e| (e.text(&doc.text), e.label, e.source.to_string()))
                .collect();
            panic!("{text:?} not found; entities: {got:?}");
        };
        assert_eq!(e.label, *label, "{text}");
        let source = e.source.to_string();
        assert!(
            source.starts_with(&format!("{format}:")) && source.ends_with(file_line),
            "{text}: source {source}, expected {format}:...{file_line}"
        );
    }
}

#[test]
fn spacy_phrase_and_token_patterns() {
    let ex = Extractor::builder()
        .spacy_patterns_file(data("ruler.jsonl"))
        .build()
        .unwrap();
    let text = "Engineers from Kestrel Dynamics Ltd met the Blue Heron Cooperative in Port Sallow. \
        Volunteers of the RED CROSS reached Camp 7 near Mount Orla Vesk, prayed at Saint Ambrose \
        Chapel but not at Saint Louis Chapel, and docked at Port Harbour. Al-Marrow's deputy said \
        Sallowese crews didn't comment.";
    let doc = ex.extract(text);
    crate::common::check_invariants(&doc);
    use Label::*;
    assert_entities(
        &doc,
        "spacy",
        &[
            // "?" (Ltd present): the token pattern (line 2) is longer than the phrase (line 1).
            ("Kestrel Dynamics Ltd", Organization, "ruler.jsonl:2"),
            ("Blue Heron Cooperative", Organization, "ruler.jsonl:4"), // LOWER + IN
            ("Port Sallow", Location, "ruler.jsonl:3"),                // phrase, GPE
            ("RED CROSS", Organization, "ruler.jsonl:6"),              // LOWER, after a blank line
            ("Camp 7", Location, "ruler.jsonl:7"),                     // IS_DIGIT
            ("Mount Orla Vesk", Location, "ruler.jsonl:8"),            // IS_TITLE "+"
            ("Saint Ambrose Chapel", Location, "ruler.jsonl:9"),       // "!" (FAC)
            ("Al-Marrow", Person, "ruler.jsonl:10"),                   // hyphen is its own token
            ("Port Harbour", Location, "ruler.jsonl:11"),              // "*" zero times
            ("Sallowese", Norp, "ruler.jsonl:12"),
        ],
    );
    // "!" rejects "Louis": line 9 does not match there.
    let louis = text.find("Saint Louis").unwrap();
    assert!(
        !doc.entities
            .iter()
            .any(|e| e.span.start == louis && e.source.to_string().ends_with(":9")),
        "Saint Louis Chapel must not match line 9"
    );
}

#[test]
fn spacy_phrases_need_word_boundaries_and_exact_case() {
    let ex = Extractor::builder()
        .spacy_patterns_str("p.jsonl", r#"{"label": "ORG", "pattern": "Vesk"}"#)
        .build()
        .unwrap();
    for (text, hits) in [
        ("Vesk said.", 1),
        ("Vesk's office.", 1),
        ("Veskers said.", 0),
        ("VESK said.", 0),
        ("the pro-Vesk camp.", 1),
    ] {
        let doc = ex.extract(text);
        let n = doc
            .entities
            .iter()
            .filter(|e| e.source.to_string() == "spacy:p.jsonl:1")
            .count();
        assert_eq!(n, hits, "{text}");
    }
}

#[test]
fn regexner_mapping_file() {
    let ex = Extractor::builder()
        .regexner_file(data("mapping.tab"))
        .build()
        .unwrap();
    let text = "Sallowese fishermen from the Heron Cooperative crossed Lake Orla. \
        Kestrel Dynamics hired Brother Anselm near Orla Vesk.";
    let doc = ex.extract(text);
    crate::common::check_invariants(&doc);
    use Label::*;
    assert_entities(
        &doc,
        "regexner",
        &[
            ("Sallowese", Norp, "mapping.tab:5"),
            // Each space-separated part matches one whole token: "[A-Z][a-z]+ Cooperative".
            ("Heron Cooperative", Organization, "mapping.tab:3"),
            ("Lake Orla", Location, "mapping.tab:1"),
            ("Kestrel Dynamics", Organization, "mapping.tab:2"),
            ("Brother Anselm", Person, "mapping.tab:4"),
            // Same span, two entries: the higher priority (3, CITY) wins over line 6 (1, PERSON).
            ("Orla Vesk", Location, "mapping.tab:7"),
        ],
    );
    // Token regexes match whole tokens only: "Lake Chadian" is not "Lake Chad".
    let doc = ex.extract("They fished in Lake Chadian waters.");
    assert!(
        doc.entities
            .iter()
            .all(|e| e.text(&doc.text) != "Lake Chad")
    );
}

#[test]
fn gate_lists_def() {
    let ex = Extractor::builder()
        .gate_lists_def(data("gate/lists.def"))
        .build()
        .unwrap();
    // lists.def names first.lst (person_first), which does not exist: it is skipped unread.
    let text = "Firms such as Heron Freight moved from Sallow Bay; Sallowese traders and \
        Ilse Marrow agreed in Orla.";
    let doc = ex.extract(text);
    crate::common::check_invariants(&doc);
    use Label::*;
    assert_entities(
        &doc,
        "gate",
        &[
            ("Heron Freight", Organization, "firms.lst:1"),
            ("Sallow Bay", Location, "city.lst:1"), // the feature after the tab is ignored
            ("Sallowese", Norp, "demonym.lst:1"),
            ("Ilse Marrow", Person, "people.lst:1"),
            ("Orla", Location, "city.lst:2"),
        ],
    );
}

#[test]
fn imports_beat_builtin_candidates_of_equal_length() {
    // "Paris" is a place in the embedded gazetteer; a user pattern of the same span wins.
    let ex = Extractor::builder()
        .spacy_patterns_str("p.jsonl", r#"{"label": "PERSON", "pattern": "Paris"}"#)
        .build()
        .unwrap();
    let doc = ex.extract("Paris spoke to reporters.");
    assert_eq!(doc.entities[0].label, Label::Person);
    assert_eq!(doc.entities[0].source.to_string(), "spacy:p.jsonl:1");
}

#[test]
fn skip_unmapped_labels() {
    let rows = "{\"label\": \"CARDINAL\", \"pattern\": \"seven\"}\n{\"label\": \"ORG\", \"pattern\": \"Heron Freight\"}\n";
    let err = Extractor::builder()
        .spacy_patterns_str("p.jsonl", rows)
        .build()
        .unwrap_err();
    assert_eq!(err.line(), Some(1));
    assert!(err.to_string().contains("CARDINAL"), "{err}");
    let ex = Extractor::builder()
        .spacy_patterns_str("p.jsonl", rows)
        .skip_unmapped_labels(true)
        .build()
        .unwrap();
    let doc = ex.extract("Heron Freight bought seven boats.");
    assert_eq!(doc.entities.len(), 1);
    assert_eq!(doc.entities[0].text(&doc.text), "Heron Freight");
}

const GOOD_SPACY: &str = "{\"label\": \"ORG\", \"pattern\": \"Acme\"}\n\
    {\"label\": \"ORG\", \"pattern\": [{\"LOWER\": \"acme\"}]}\n";

#[test]
fn spacy_errors_name_the_line() {
    for (bad, fragment) in [
        (
            r#"{"label": "ORG", "pattern": [{"POS": "NOUN"}]}"#,
            "unsupported token attribute \"POS\"",
        ),
        (
            r#"{"label": "ORG", "pattern": [{"LEMMA": "be"}]}"#,
            "\"LEMMA\"",
        ),
        (
            r#"{"label": "ORG", "pattern": [{"LOWER": {"REGEX": "^a"}}]}"#,
            "unsupported operator \"REGEX\"",
        ),
        (
            r#"{"label": "ORG", "pattern": [{"ORTH": "a", "OP": "{2}"}]}"#,
            "unsupported OP",
        ),
        (
            r#"{"label": "ORG", "pattern": [{"IS_DIGIT": "yes"}]}"#,
            "IS_DIGIT must be true or false",
        ),
        (
            r#"{"label": "MONEY", "pattern": "a dollar"}"#,
            "\"MONEY\" has no chronicle equivalent",
        ),
        (r#"{"label": "ORG", "pattern": ""}"#, "empty phrase pattern"),
        (r#"{"label": "ORG", "pattern": []}"#, "empty token pattern"),
        (r#"{"pattern": "Acme"}"#, "missing \"label\""),
        (
            r#"{"label": "ORG", "pattern": "Acme", "kind": 1}"#,
            "unknown key \"kind\"",
        ),
        ("{\"label\": \"ORG\", \"pattern\": ", "invalid JSON"),
        ("[1, 2]", "expected a JSON object"),
    ] {
        let contents = format!("{GOOD_SPACY}{bad}\n");
        let err = Extractor::builder()
            .spacy_patterns_str("mine.jsonl", &contents)
            .build()
            .unwrap_err();
        assert_eq!(err.kind(), ErrorKind::InvalidData, "{bad}");
        assert_eq!(err.line(), Some(3), "{bad}");
        let msg = err.to_string();
        assert!(
            msg.starts_with("mine.jsonl:3: ") && msg.contains(fragment),
            "{bad}: {msg}"
        );
    }
}

#[test]
fn regexner_errors_name_the_line() {
    for (bad, fragment) in [
        ("Acme", "found 1 column(s)"),
        ("Acme\tORGANIZATION\t\t1\tx", "found 5 column(s)"),
        ("(?<=x)y\tPERSON", "does not compile"),
        (
            "Chief Engineer\tTITLE",
            "\"TITLE\" has no chronicle equivalent",
        ),
        (
            "Acme\tORGANIZATION\t\thigh",
            "priority \"high\" is not a number",
        ),
        (" \tPERSON", "empty pattern"),
    ] {
        let contents = format!("Lake Orla\tLOCATION\n\n{bad}\n");
        let err = Extractor::builder()
            .regexner_str("map.tab", &contents)
            .build()
            .unwrap_err();
        assert_eq!(err.line(), Some(3), "{bad}");
        let msg = err.to_string();
        assert!(
            msg.starts_with("map.tab:3: ") && msg.contains(fragment),
            "{bad}: {msg}"
        );
    }
}

#[test]
fn gate_errors_name_the_line() {
    let dir = std::env::temp_dir().join(format!("chronicle-gate-errors-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("ok.lst"), "Heron Freight\n").unwrap();
    for (def, line, fragment) in [
        (
            "ok.lst:organization\njustafile\n",
            2,
            "expected `file.lst:majorType",
        ),
        (
            "ok.lst:organization\n\nmissing.lst:location:city\n",
            3,
            "cannot read",
        ),
        ("ok.lst:\n", 1, "empty majorType"),
    ] {
        let path = dir.join("lists.def");
        std::fs::write(&path, def).unwrap();
        let err = Extractor::builder()
            .gate_lists_def(&path)
            .build()
            .unwrap_err();
        assert_eq!(err.line(), Some(line), "{def}");
        let msg = err.to_string();
        assert!(
            msg.contains(&format!("lists.def:{line}: ")) && msg.contains(fragment),
            "{def}: {msg}"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn extract_flags_import_pattern_files() {
    let ruler = data("ruler.jsonl");
    let out = run_example(
        "extract",
        &["--patterns", &ruler, "--format", "displacy"],
        Some("Volunteers reached Camp 7 near Mount Orla Vesk.".as_bytes()),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let ents: Vec<(u64, u64, &str)> = v["ents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["start"].as_u64().unwrap(),
                e["end"].as_u64().unwrap(),
                e["label"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(ents, [(19, 25, "LOCATION"), (31, 46, "LOCATION")]);

    let gate = data("gate/lists.def");
    let mapping = data("mapping.tab");
    let out = run_example(
        "extract",
        &[
            "--regexner",
            &mapping,
            "--gate-lists",
            &gate,
            "--format",
            "jsonl",
        ],
        Some("Brother Anselm met Ilse Marrow.".as_bytes()),
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let sources: Vec<&str> = v["entities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["source"].as_str().unwrap())
        .collect();
    assert!(sources[0].starts_with("regexner:") && sources[0].ends_with("mapping.tab:4"));
    assert!(sources[1].starts_with("gate:") && sources[1].ends_with("people.lst:1"));

    // A malformed file stops the command and names the line.
    let dir = std::env::temp_dir().join(format!("chronicle-cli-import-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.tab");
    std::fs::write(&bad, "Acme\tORGANIZATION\nChief\tTITLE\n").unwrap();
    let out = run_example(
        "extract",
        &["--regexner", bad.to_str().unwrap()],
        Some(b"Acme grew."),
    );
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("bad.tab:2:") && err.contains("TITLE"), "{err}");
    let out = run_example(
        "extract",
        &[
            "--regexner",
            bad.to_str().unwrap(),
            "--skip-unmapped-labels",
        ],
        Some(b"Acme grew."),
    );
    assert!(out.status.success());
    let _ = std::fs::remove_dir_all(&dir);
}
