//! Any gazetteer file: the builder returns an extractor or an error naming file and line.
#![no_main]

use chronicle::{ErrorKind, Extractor};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(rows) = std::str::from_utf8(data) else { return };
    let built = Extractor::builder()
        .without_default_gazetteers()
        .gazetteer_str("fuzz.tsv", rows)
        .build();
    match built {
        Ok(ex) => {
            // Match the rows against themselves (every surface occurs) and a fixed sentence.
            for text in [rows, "Troops left Kidal on May 3, 2026. Mr. Keita said so."] {
                let doc = ex.extract(text);
                chronicle_fuzz::check_document(&doc, text);
            }
        }
        Err(e) => {
            assert_eq!(e.kind(), ErrorKind::InvalidData, "{e}");
            assert!(e.line().is_some() || e.to_string().contains("automaton"), "{e}");
            assert!(e.to_string().starts_with("fuzz.tsv"), "{e}");
        }
    }
});
