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
///
/// Sentences: in order, non-overlapping, non-empty, trimmed, on character boundaries, covering
/// every non-whitespace character (a byte-order mark at the very start is the one exception: it is
/// skipped, and offsets still count it). Entities: sorted, non-overlapping, on character
/// boundaries, inside the sentence they name. Events: the trigger inside its sentence, every
/// span (trigger, actors, location, date) inside the text on character boundaries. The
/// serialized record: every `text` equals the byte slice, and every `char_start`/`char_end` is
/// the code-point offset of `start`/`end`.
pub fn check_invariants(doc: &Document) {
    let text = &doc.text;
    let on_boundaries = |start: usize, end: usize| {
        start <= end
            && end <= text.len()
            && text.is_char_boundary(start)
            && text.is_char_boundary(end)
    };
    let mut prev_end = 0;
    for s in &doc.sentences {
        assert!(
            s.span.start >= prev_end,
            "sentences overlap or are out of order"
        );
        assert!(s.span.start < s.span.end, "empty sentence");
        assert!(
            on_boundaries(s.span.start, s.span.end),
            "sentence off a char boundary"
        );
        let piece = &text[s.span.range()];
        assert_eq!(piece.trim(), piece, "sentence not trimmed");
        let gap = &text[prev_end..s.span.start];
        let gap = if prev_end == 0 {
            gap.strip_prefix('\u{feff}').unwrap_or(gap)
        } else {
            gap
        };
        assert!(gap.trim().is_empty(), "non-space text outside sentences");
        prev_end = s.span.end;
    }
    let tail = &text[prev_end..];
    let tail = if prev_end == 0 {
        tail.strip_prefix('\u{feff}').unwrap_or(tail)
    } else {
        tail
    };
    assert!(
        tail.trim().is_empty(),
        "non-space text after the last sentence"
    );
    let mut prev_end = 0;
    for e in &doc.entities {
        assert!(e.span.start >= prev_end, "entities overlap or unsorted");
        assert!(e.span.start < e.span.end, "empty entity");
        assert!(
            on_boundaries(e.span.start, e.span.end),
            "entity off a char boundary"
        );
        let sentence = doc
            .sentences
            .get(e.sentence)
            .expect("entity sentence index in range");
        assert!(
            sentence.span.contains(e.span),
            "entity outside its sentence"
        );
        prev_end = e.span.end;
    }
    for ev in &doc.events {
        let sentence = doc
            .sentences
            .get(ev.sentence)
            .expect("event sentence index in range");
        assert!(
            sentence.span.contains(ev.trigger),
            "trigger outside its sentence"
        );
        assert!(!ev.trigger.is_empty(), "empty trigger");
        let spans = std::iter::once(ev.trigger)
            .chain(ev.actors.iter().map(|a| a.span))
            .chain(ev.location.iter().map(|a| a.span))
            .chain(ev.date.iter().map(|d| d.span));
        for sp in spans {
            assert!(
                on_boundaries(sp.start, sp.end),
                "event span {sp:?} outside the text"
            );
        }
    }
    // The serialized record: text equals both the byte slice and the code-point slice.
    let json: serde_json::Value = serde_json::from_str(&doc.to_json()).unwrap();
    // Code-point offset of every character boundary, computed independently of the library.
    let mut char_of = vec![usize::MAX; text.len() + 1];
    for (n, (b, _)) in text.char_indices().enumerate() {
        char_of[b] = n;
    }
    char_of[text.len()] = text.chars().count();
    let num = |v: &serde_json::Value, key: &str| -> usize {
        v[key]
            .as_u64()
            .unwrap_or_else(|| panic!("{key} missing in {v}")) as usize
    };
    let sentences = json["sentences"].as_array().unwrap();
    assert_eq!(sentences.len(), doc.sentences.len());
    for (r, s) in sentences.iter().zip(&doc.sentences) {
        assert_eq!((num(r, "start"), num(r, "end")), (s.span.start, s.span.end));
        assert_eq!(
            num(r, "char_start"),
            char_of[s.span.start],
            "sentence char_start"
        );
        assert_eq!(num(r, "char_end"), char_of[s.span.end], "sentence char_end");
    }
    let entities = json["entities"].as_array().unwrap();
    assert_eq!(entities.len(), doc.entities.len());
    for e in entities {
        let (s, en) = (num(e, "start"), num(e, "end"));
        let (cs, ce) = (num(e, "char_start"), num(e, "char_end"));
        assert_eq!(e["text"].as_str().unwrap(), &text[s..en]);
        assert_eq!((cs, ce), (char_of[s], char_of[en]), "entity char offsets");
    }
    for ev in json["events"].as_array().unwrap() {
        let mut parts = vec![&ev["trigger"]];
        parts.extend(ev["actors"].as_array().unwrap());
        parts.extend(
            [&ev["location"], &ev["date"]]
                .into_iter()
                .filter(|v| !v.is_null()),
        );
        for p in parts {
            let (s, en) = (num(p, "start"), num(p, "end"));
            assert_eq!(p["text"].as_str().unwrap(), &text[s..en], "event span text");
        }
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

/// A fresh directory under the system temp dir, removed when dropped.
pub struct TempDir(PathBuf);

impl TempDir {
    /// Creates `chronicle-<name>-<pid>-<n>` in the temp dir.
    pub fn new(name: &str) -> TempDir {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static N: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "chronicle-{name}-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }

    /// Writes `bytes` to `name` in the directory; returns the path as a string.
    pub fn write(&self, name: &str, bytes: impl AsRef<[u8]>) -> String {
        let path = self.0.join(name);
        std::fs::write(&path, bytes).unwrap();
        path.to_str().unwrap().to_string()
    }

    /// The directory.
    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A `width` x `height` RGB PNG, encoded here so that no binary file is committed. Its bytes
/// include 0x89, CR and LF and compressed noise: junk to a text reader.
pub fn png(width: u32, height: u32) -> Vec<u8> {
    let mut pixels = Vec::with_capacity((width * height * 3) as usize);
    for y in 0..height {
        for x in 0..width {
            pixels.extend([
                (x * 37) as u8,
                (y * 11) as u8,
                (x ^ y).wrapping_mul(251) as u8,
            ]);
        }
    }
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, width, height);
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header().unwrap();
    writer.write_image_data(&pixels).unwrap();
    writer.finish().unwrap();
    out
}

/// Asserts that each sentence yields an entity with the text, label and a source starting with
/// the prefix: `(sentence, text, label, source prefix)`.
pub fn check_found(cases: &[(&str, &str, chronicle::Label, &str)]) {
    let extractor = chronicle::Extractor::default();
    for &(sentence, want, label, source) in cases {
        let doc = extractor.extract(sentence);
        check_invariants(&doc);
        let hit = doc.entities.iter().find(|e| e.text(sentence) == want);
        let Some(e) = hit else {
            panic!("{sentence:?}: no entity {want:?}; got {:?}", doc.entities);
        };
        assert_eq!(e.label, label, "{sentence:?}: {want:?}");
        assert!(
            e.source.to_string().starts_with(source),
            "{sentence:?}: {want:?} from {}",
            e.source
        );
    }
}

/// [`check_found`] for PERSON names from rules whose source starts with `source`:
/// `(sentence, name)`.
pub fn check_persons_found(cases: &[(&str, &str)], source: &str) {
    check_labelled_found(cases, chronicle::Label::Person, source);
}

/// [`check_found`] for `(sentence, name)` pairs that all carry `label` from a source starting
/// with `source`.
pub fn check_labelled_found(cases: &[(&str, &str)], label: chronicle::Label, source: &str) {
    let table: Vec<_> = cases
        .iter()
        .map(|&(sentence, name)| (sentence, name, label, source))
        .collect();
    check_found(&table);
}

/// Asserts that no sentence yields an entity with the text and label: `(sentence, text, label)`.
pub fn check_not_found(cases: &[(&str, &str, chronicle::Label)]) {
    let extractor = chronicle::Extractor::default();
    for &(sentence, text, label) in cases {
        let doc = extractor.extract(sentence);
        check_invariants(&doc);
        assert!(
            !doc.entities
                .iter()
                .any(|e| e.label == label && e.text(sentence) == text),
            "{sentence:?}: unexpected {label:?} {text:?}: {:?}",
            doc.entities
        );
    }
}
