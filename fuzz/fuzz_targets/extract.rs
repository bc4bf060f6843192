//! Any UTF-8 text: extraction never panics and the record invariants hold.
#![no_main]

use chronicle::{Extractor, Input};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        // Invalid UTF-8 cannot reach the library as a &str; the lossy path of `extract --lossy`
        // can, so exercise that instead.
        let text = String::from_utf8_lossy(data);
        let doc = Extractor::default().extract(&text);
        chronicle_fuzz::check_document(&doc, &text);
        return;
    };
    let doc = Extractor::default().extract(text);
    chronicle_fuzz::check_document(&doc, text);
    // With a given document date, relative expressions are normalized: still no panic.
    let input = Input::new(text).with_document_date("2026-05-22".parse().unwrap());
    let doc = Extractor::default().extract_with(input);
    chronicle_fuzz::check_document(&doc, text);
});
