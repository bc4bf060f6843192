//! Checks shared by the fuzz targets: the record invariants of `SCHEMA.md`.

use chronicle::Document;

/// Panics (a fuzz finding) if `doc` breaks an invariant of the record contract.
pub fn check_document(doc: &Document, input: &str) {
    let text = doc.text.as_str();
    assert_eq!(text, input, "the document text is not the input");
    let boundary = |i: usize| i <= text.len() && text.is_char_boundary(i);
    let mut prev = 0;
    for s in &doc.sentences {
        assert!(prev <= s.span.start && s.span.start < s.span.end, "sentence order");
        assert!(boundary(s.span.start) && boundary(s.span.end), "sentence boundary");
        let gap = &text[prev..s.span.start];
        let gap = if prev == 0 { gap.strip_prefix('\u{feff}').unwrap_or(gap) } else { gap };
        assert!(gap.trim().is_empty(), "text between sentences");
        prev = s.span.end;
    }
    let tail = &text[prev..];
    let tail = if prev == 0 { tail.strip_prefix('\u{feff}').unwrap_or(tail) } else { tail };
    assert!(tail.trim().is_empty(), "text after the last sentence");
    let mut prev = 0;
    for e in &doc.entities {
        assert!(prev <= e.span.start && e.span.start < e.span.end, "entity order");
        assert!(boundary(e.span.start) && boundary(e.span.end), "entity boundary");
        let s = doc.sentences.get(e.sentence).expect("entity sentence index");
        assert!(s.span.contains(e.span), "entity outside its sentence");
        prev = e.span.end;
    }
    for ev in &doc.events {
        let s = doc.sentences.get(ev.sentence).expect("event sentence index");
        assert!(s.span.contains(ev.trigger), "trigger outside its sentence");
        let mut spans = vec![ev.trigger];
        spans.extend(ev.actors.iter().map(|a| a.span));
        spans.extend(ev.location.iter().map(|a| a.span));
        spans.extend(ev.date.iter().map(|d| d.span));
        for sp in spans {
            assert!(sp.start <= sp.end && boundary(sp.start) && boundary(sp.end), "event span");
        }
    }
    // The record serializes, and its code-point offsets agree with the byte offsets.
    let json: serde_json::Value = serde_json::from_str(&doc.to_json()).expect("record is JSON");
    let char_at = |b: usize| text[..b].chars().count() as u64;
    for key in ["sentences", "entities"] {
        for r in json[key].as_array().expect("array") {
            let (s, e) = (r["start"].as_u64().unwrap(), r["end"].as_u64().unwrap());
            assert_eq!(r["char_start"].as_u64().unwrap(), char_at(s as usize));
            assert_eq!(r["char_end"].as_u64().unwrap(), char_at(e as usize));
        }
    }
}
