//! Any JSON Lines line: `parse_line` returns a record or an `InvalidInput` error, never panics.
#![no_main]

use chronicle::{ErrorKind, Extractor};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(line) = std::str::from_utf8(data) else { return };
    let _ = chronicle::jsonl::salvage_id(line);
    match chronicle::jsonl::parse_line(line) {
        Ok(rec) => {
            let doc = Extractor::default().extract_with(rec.as_input());
            chronicle_fuzz::check_document(&doc, &rec.text);
            assert_eq!(doc.id, rec.id);
        }
        Err(e) => {
            assert_eq!(e.kind(), ErrorKind::InvalidInput, "{e}");
            if let Some(b) = e.byte() {
                assert!(b <= line.len(), "error byte {b} past the line");
            }
        }
    }
});
