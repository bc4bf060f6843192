//! TimeML (TimeBank-style XML).

use std::fmt::Write as _;
use std::io::{self, Write};

use super::{escape, escape_attr, escape_into};
use crate::document::{Document, Label, Span};
use crate::events::EventType;

enum Mark {
    /// Index into `doc.entities`, and its tid number.
    Timex(usize, usize),
    /// Index into `doc.events` of the first event with this trigger, and its eid number.
    Event(usize, usize),
}

/// Writes `doc` as a TimeML document (TimeBank conventions), well-formed XML in UTF-8:
///
/// - `<DOCID>` with the document's id, if it has one;
/// - `<DCT>`: the document date as `<TIMEX3 tid="t0" type="DATE" value="..."
///   temporalFunction="false" functionInDocument="CREATION_TIME">`, if there is one;
/// - `<TEXT>`: the text, escaped, with every time expression (DATE, TIME, DURATION, SET) tagged
///   inline as `<TIMEX3 tid type value [mod]>` and every event trigger as
///   `<EVENT eid class>` (`REPORTING` for statements, `OCCURRENCE` otherwise);
/// - after the text, one `<MAKEINSTANCE>` per event (`polarity="NEG"` when negated) and a
///   `<TLINK relType="IS_INCLUDED">` from each event to the time expression that dates it.
///
/// Characters XML 1.0 cannot carry (C0 controls other than tab and line breaks) are written as
/// U+FFFD. A trigger that overlaps a time expression or an earlier trigger is not tagged.
///
/// ```
/// let input = chronicle::Input::new("Gunmen attacked Gao on March 2, 2026 & fled.")
///     .with_document_date("2026-03-04".parse().unwrap());
/// let doc = chronicle::Extractor::default().extract_with(input);
/// let mut out = Vec::new();
/// chronicle::export::timeml(&doc, &mut out)?;
/// let xml = String::from_utf8(out).unwrap();
/// assert!(xml.contains(r#"value="2026-03-04" temporalFunction="false" functionInDocument="CREATION_TIME""#));
/// assert!(xml.contains(r#"<TIMEX3 tid="t1" type="DATE" value="2026-03-02">March 2, 2026</TIMEX3> &amp; fled."#), "{xml}");
/// assert!(xml.contains(r#"<EVENT eid="e1" class="OCCURRENCE">attacked</EVENT>"#));
/// # Ok::<(), std::io::Error>(())
/// ```
pub fn timeml<W: Write>(doc: &Document, mut w: W) -> io::Result<()> {
    let text = doc.text.as_str();
    let mut out = String::with_capacity(text.len() * 2 + 256);
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TimeML>\n");
    if let Some(id) = &doc.id {
        let _ = writeln!(out, "<DOCID>{}</DOCID>", escape(id));
    }
    if let Some(d) = doc.document_date {
        let _ = writeln!(
            out,
            "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"{d}\" temporalFunction=\"false\" \
             functionInDocument=\"CREATION_TIME\">{d}</TIMEX3></DCT>"
        );
    }

    // Inline marks, in order, never overlapping.
    let mut marks: Vec<(Span, Mark)> = Vec::new();
    let mut tid = 0;
    for (i, e) in doc.entities.iter().enumerate() {
        let valid = e.span.start < e.span.end
            && e.span.end <= text.len()
            && text.is_char_boundary(e.span.start)
            && text.is_char_boundary(e.span.end);
        if e.label.is_temporal() && valid {
            tid += 1;
            marks.push((e.span, Mark::Timex(i, tid)));
        }
    }
    let timexes = marks.len();
    let mut eid = 0;
    // Event index -> eid of the EVENT tag at its trigger.
    let mut event_eid: Vec<Option<usize>> = vec![None; doc.events.len()];
    for (i, ev) in doc.events.iter().enumerate() {
        if let Some((_, Mark::Event(_, n))) = marks[timexes..].iter().find(|(s, m)| {
            *s == ev.trigger
                && matches!(m, Mark::Event(j, _) if doc.events[*j].event_type == ev.event_type)
        }) {
            event_eid[i] = Some(*n);
            continue;
        }
        if ev.trigger.is_empty()
            || ev.trigger.end > text.len()
            || !text.is_char_boundary(ev.trigger.start)
            || !text.is_char_boundary(ev.trigger.end)
            || marks.iter().any(|(s, _)| s.overlaps(ev.trigger))
        {
            continue;
        }
        eid += 1;
        event_eid[i] = Some(eid);
        marks.push((ev.trigger, Mark::Event(i, eid)));
    }
    marks.sort_by_key(|(s, _)| s.start);
    // Overlapping time expressions are not produced by the extractor; keep the first.
    let mut end = 0;
    marks.retain(|(s, _)| {
        let keep = s.start >= end;
        if keep {
            end = s.end;
        }
        keep
    });

    out.push_str("<TEXT>");
    let mut pos = 0;
    for (span, mark) in &marks {
        escape_into(&mut out, &text[pos..span.start]);
        let inner = &text[span.range()];
        match mark {
            Mark::Timex(i, n) => {
                let e = &doc.entities[*i];
                let ty = match e.label {
                    Label::Time => "TIME",
                    Label::Duration => "DURATION",
                    Label::Set => "SET",
                    _ => "DATE",
                };
                let _ = write!(out, "<TIMEX3 tid=\"t{n}\" type=\"{ty}\"");
                if let Some(v) = &e.value {
                    let _ = write!(out, " value=\"{}\"", escape_attr(v));
                }
                if let Some(m) = e.modifier {
                    let _ = write!(out, " mod=\"{}\"", escape_attr(m));
                }
                out.push('>');
                escape_into(&mut out, inner);
                out.push_str("</TIMEX3>");
            }
            Mark::Event(i, n) => {
                let class = match doc.events[*i].event_type {
                    EventType::Statement => "REPORTING",
                    _ => "OCCURRENCE",
                };
                let _ = write!(out, "<EVENT eid=\"e{n}\" class=\"{class}\">");
                escape_into(&mut out, inner);
                out.push_str("</EVENT>");
            }
        }
        pos = span.end;
    }
    escape_into(&mut out, &text[pos..]);
    out.push_str("</TEXT>\n");

    // Instances and links to the dates.
    let tid_of = |span: Span| -> Option<usize> {
        marks.iter().find_map(|(s, m)| match m {
            Mark::Timex(_, n) if *s == span => Some(*n),
            _ => None,
        })
    };
    let mut lid = 0;
    for (i, ev) in doc.events.iter().enumerate() {
        let Some(n) = event_eid[i] else { continue };
        let polarity = if ev.negated { "NEG" } else { "POS" };
        let _ = writeln!(
            out,
            "<MAKEINSTANCE eiid=\"ei{}\" eventID=\"e{n}\" tense=\"NONE\" aspect=\"NONE\" \
             polarity=\"{polarity}\" pos=\"UNKNOWN\"/>",
            i + 1
        );
        if let Some(t) = ev.date.as_ref().and_then(|d| tid_of(d.span)) {
            lid += 1;
            let _ = writeln!(
                out,
                "<TLINK lid=\"l{lid}\" relType=\"IS_INCLUDED\" eventInstanceID=\"ei{}\" \
                 relatedToTime=\"t{t}\"/>",
                i + 1
            );
        }
    }
    out.push_str("</TimeML>\n");
    w.write_all(out.as_bytes())
}
