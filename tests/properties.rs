//! Property tests: any string can be processed, and the record invariants hold.
//!
//! Four kinds of generated text: arbitrary code points; a "wild" mix weighted towards what breaks
//! text code (combining marks, emoji and ZWJ sequences, right-to-left scripts and controls, NUL,
//! CR, BOM, NBSP, ellipses, curly quotes); very long words; and "newsy" text assembled from real
//! words, abbreviations, dates, places and punctuation, which reaches deep into the rules.
//! Case counts keep the whole module to a few seconds in debug builds.

use chronicle::{Date, Extractor, Input};
use proptest::prelude::*;
use proptest::sample::select;

use crate::common::check_invariants;

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        // Failures are turned into named regression tests by hand, not into files.
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Characters that tend to break text code, mixed with ordinary ones.
fn wild_char() -> impl Strategy<Value = char> {
    use proptest::char::range;
    prop_oneof![
        4 => range(' ', '~'),
        2 => any::<char>(),
        2 => select(vec![
            '\0', '\n', '\r', '\t', '.', '.', '!', '?', '"', '\'', '(', ')', '-', '*', ',',
            '\u{a0}', '\u{85}', '\u{2026}', '\u{201c}', '\u{201d}', '\u{2019}', '\u{2022}',
            '\u{feff}', '\u{2028}', '\u{2029}', '\u{200b}', '\u{200d}', '\u{200e}', '\u{200f}',
            '\u{202e}', '\u{fffd}', '\u{1f3fd}', '\u{fe0f}',
        ]),
        1 => range('\u{300}', '\u{36f}'),  // combining diacritics
        1 => range('\u{1f300}', '\u{1faff}'), // emoji
        1 => range('\u{5d0}', '\u{5ea}'),  // Hebrew
        1 => range('\u{621}', '\u{64a}'),  // Arabic
        1 => range('\u{c0}', '\u{ff}'),    // Latin-1 letters
        1 => range('\u{4e00}', '\u{4fff}'), // CJK
        1 => range('0', '9'),
    ]
}

fn wild_text(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(wild_char(), 0..max).prop_map(|v| v.into_iter().collect())
}

const VOCAB: &[&str] = &[
    "the",
    "troops",
    "attacked",
    "withdrew from",
    "killed",
    "said",
    "arrested",
    "met",
    "in",
    "on",
    "of",
    "and",
    "last month",
    "last week",
    "next year",
    "yesterday",
    "today",
    "three days ago",
    "that May",
    "early 2025",
    "mid-2024",
    "Monday",
    "May",
    "March 3, 2026",
    "22 May 2026",
    "2026-05-22",
    "Jan. 5",
    "Sept. 11",
    "1960",
    "2026",
    "3.5",
    "1.2.3",
    "No. 3",
    "Mr.",
    "Mrs.",
    "Dr.",
    "Gen.",
    "Sen.",
    "Lt. Col.",
    "U.S.",
    "U.K.",
    "e.g.",
    "i.e.",
    "etc.",
    "Inc.",
    "Corp.",
    "Ltd.",
    "J. R.",
    "F.",
    "Kidal",
    "Gao",
    "Bamako",
    "Mali",
    "Senegal",
    "Paris",
    "Russian",
    "Malian",
    "Tuareg",
    "Wagner Group",
    "Africa Corps",
    "Red Cross",
    "President",
    "Prime Minister",
    "Ann Lee",
    "Moussa Traoré",
    "Goïta",
    "Posted on",
    "By",
    "\"",
    "\u{201c}",
    "\u{201d}",
    "(",
    ")",
    "...",
    "\u{2026}",
    ".",
    ". ",
    "!",
    "?",
    ",",
    ";",
    ":",
    " - ",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\t",
    "- ",
    "* ",
    "1. ",
    "\u{2022} ",
    "\u{feff}",
    "The",
    "He",
    "They",
    "But",
];

/// Text assembled from news vocabulary and punctuation.
fn newsy_text() -> impl Strategy<Value = String> {
    let piece = (
        select(VOCAB),
        select(vec![" ", " ", " ", "", ", ", ". ", "\n"]),
    );
    prop::collection::vec(piece, 0..80).prop_map(|pieces| {
        let mut s = String::new();
        for (word, sep) in pieces {
            s.push_str(word);
            s.push_str(sep);
        }
        s
    })
}

/// One very long word (up to 40 KB, beyond the sentence cap), with something around it.
fn long_word_text() -> impl Strategy<Value = String> {
    (
        select(vec!["", "The ", "Mr. ", "\n", "U.S."]),
        wild_char(),
        1usize..40_000,
        select(vec![
            "",
            ".",
            ". The end.",
            "\u{2026}",
            " U.S. officials",
            "\n\nNext",
        ]),
    )
        .prop_map(|(pre, c, n, post)| {
            format!("{pre}{}{post}", c.to_string().repeat(n / c.len_utf8()))
        })
}

fn extract_checked(text: &str) {
    let ex = Extractor::default();
    let doc = ex.extract(text);
    assert_eq!(doc.text, text);
    check_invariants(&doc);
}

proptest! {
    #![proptest_config(config(128))]

    #[test]
    fn any_code_points(text in prop::collection::vec(any::<char>(), 0..200).prop_map(String::from_iter)) {
        extract_checked(&text);
    }

    #[test]
    fn wild_unicode(text in wild_text(300)) {
        extract_checked(&text);
    }

    #[test]
    fn newsy(text in newsy_text(), year in 1i32..=9999, month in 1u32..=12, day in 1u32..=28) {
        extract_checked(&text);
        // With a document date, relative expressions are normalized against it.
        let date = Date::new(year, month, day).unwrap();
        let ex = Extractor::default();
        let doc = ex.extract_with(Input::new(&text).with_document_date(date));
        check_invariants(&doc);
        // `explain` gives the same document, and every entity among its candidates.
        let exp = ex.explain(Input::new(&text).with_document_date(date));
        prop_assert_eq!(&exp.document, &doc);
        prop_assert!(exp.candidates.len() >= doc.entities.len());
    }

    #[test]
    fn invalid_utf8_made_lossy(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        // What `extract --lossy` does with bytes that are not UTF-8.
        let text = String::from_utf8_lossy(&bytes);
        extract_checked(&text);
    }
}

proptest! {
    #![proptest_config(config(24))]

    #[test]
    fn very_long_words(text in long_word_text()) {
        extract_checked(&text);
    }

    #[test]
    fn same_input_same_bytes(text in newsy_text()) {
        // Across runs, across clones, across threads: byte-identical records.
        let ex = Extractor::default();
        let first = ex.extract(&text).to_json();
        prop_assert_eq!(&ex.extract(&text).to_json(), &first);
        let clone = ex.clone();
        let t = text.clone();
        let other = std::thread::spawn(move || clone.extract(&t).to_json()).join().unwrap();
        prop_assert_eq!(&other, &first);
    }
}

proptest! {
    #![proptest_config(config(512))]

    #[test]
    fn splitter_covers_any_text(text in wild_text(400)) {
        let spans = chronicle::segment::split(&text);
        let mut prev = 0;
        for s in &spans {
            prop_assert!(prev <= s.start && s.start < s.end);
            prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            let piece = &text[s.range()];
            prop_assert_eq!(piece.trim(), piece);
            let gap = &text[prev..s.start];
            let gap = if prev == 0 { gap.strip_prefix('\u{feff}').unwrap_or(gap) } else { gap };
            prop_assert!(gap.trim().is_empty(), "lost {:?}", gap);
            prev = s.end;
        }
        let tail = &text[prev..];
        let tail = if prev == 0 { tail.strip_prefix('\u{feff}').unwrap_or(tail) } else { tail };
        prop_assert!(tail.trim().is_empty(), "lost {:?}", tail);
        // `split_into` reuses a dirty buffer and gives the same spans.
        let mut buf = vec![chronicle::Span::new(1, 2)];
        chronicle::segment::split_into(&text, &mut buf);
        prop_assert_eq!(buf, spans);
    }

    #[test]
    fn jsonl_lines_never_panic(line in prop_oneof![
        wild_text(120),
        (newsy_text(), select(vec!["\"id\": 3", "\"id\": \"a\"", "\"id\": [1]", "\"id\": null", "\"x\": 1"]),
         select(vec!["\"2026-05-22\"", "\"2026-02-30\"", "null", "7", "\"\""]))
            .prop_map(|(t, id, date)| format!("{{{id}, \"text\": {}, \"document_date\": {date}}}", serde_json::Value::from(t))),
    ]) {
        let _ = chronicle::jsonl::salvage_id(&line);
        match chronicle::jsonl::parse_line(&line) {
            Ok(rec) => check_invariants(&Extractor::default().extract_with(rec.as_input())),
            Err(e) => {
                prop_assert_eq!(e.kind(), chronicle::ErrorKind::InvalidInput);
                prop_assert!(e.byte().is_none_or(|b| b <= line.len()));
            }
        }
    }

    #[test]
    fn dates_parse_or_refuse(s in prop_oneof![
        wild_text(14),
        (0u32..=10_000, 0u32..=13, 0u32..=32).prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}")),
    ]) {
        // A string parses exactly when it is a real YYYY-MM-DD date, and prints back unchanged.
        if let Ok(d) = s.parse::<Date>() {
            prop_assert_eq!(d.to_string(), s);
        }
    }
}

/// Regression (a rule read the token after a place name past the end of a text that stopped
/// at "near Belkoun"): every prefix of a paragraph full of rule cues, cut at each character,
/// extracts without a panic and keeps the invariants. Rules look ahead of the word they start
/// from; a text may end anywhere.
#[test]
fn every_prefix_of_a_cue_rich_paragraph() {
    let paragraph = "DAKAR, March 3 (AP) — Gunmen led by Amadou Kessé attacked the town of \
        Belkoun near Tassia in the Tillaberi region, and fighters from a militia known as \
        Wazalendo fled to Vorandi, in South Kivu province. Kessé said his men would return. \
        The Dynamo Kyiv striker, with Bukayo Saka scoring, met officials of the 9th U.S. \
        Circuit Court of Appeals, the Dalai Lama and Police spokesperson Muhammad Shehu on \
        Monday. \"We will rebuild,\" Sonko told reporters at Ludian county's Rotary Club \
        after the Bank of America (BoA) and the National Unity Government said the strike \
        was over. Ships left the port of Ponta da Madeira on the 12th. Soldiers placed \
        prime minister Sheikh Hasina under house arrest, Kash Patel told the Bayern Munich \
        coach. \"We won,\" she said. Russia launched one of its largest drone and missile \
        attacks on Shanksville, Pennsylvania and the Erez crossing. By Amara Diallo and Staff \
        Writers, Reuters";
    for (cut, _) in paragraph.char_indices().skip(1) {
        extract_checked(&paragraph[..cut]);
    }
    extract_checked(paragraph);
}

/// A multi-byte separator before a hyphenated trigger ("rebels—-coup", a U+FFFD from lossy
/// decoding) is stepped over whole (the fuzzer found a slice inside it).
#[test]
fn multibyte_separator_before_a_hyphenated_trigger() {
    for text in [
        "Gunmen staged a \u{FFFD}-attack on the town on Monday.",
        "The rebels—-coup plotters said they had seized power.",
        "Troops began a \u{2019}-withdrawal from the town.",
    ] {
        extract_checked(text);
    }
}
