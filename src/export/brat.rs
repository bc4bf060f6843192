//! brat standoff (`.ann`).

use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::{self, Write};

use super::CharOffsets;
use crate::document::{Document, Label, Span};
use crate::events::{EventType, Modality};

/// Writes `doc` as a brat standoff `.ann` file, to be put beside the text as a `.txt` file with
/// the same name (brat reads the text from there; offsets refer to the text exactly as given).
///
/// - `T` lines: every entity (`T1<TAB>LOCATION 12 17<TAB>Kidal`), labelled with chronicle's labels;
///   every event trigger, labelled with its event type; and any event argument that is not an
///   entity. Offsets are **code points**, as brat counts them; a span that crosses a line break
///   is written as brat fragments (`0 3;4 8`).
/// - `E` lines: one per event, `E1<TAB>ATTACK:T5 Actor:T1 Place:T2 Time:T3` (repeated actors are
///   `Actor2`, `Actor3`, as brat numbers repeated roles).
/// - `A` lines: `Negated E1` for negated events and `Modality E1 hypothetical|reported` for events
///   not stated as fact (asserted events carry no `Modality`).
/// - `#` lines: `AnnotatorNotes` with a time expression's TIMEX3 `value` and `mod`, and a place's
///   GeoNames id.
///
/// [`brat_annotation_conf`] writes the matching `annotation.conf`.
///
/// ```
/// let doc = chronicle::Extractor::default().extract("Goïta met officials in Bamako.");
/// let mut ann = Vec::new();
/// chronicle::export::brat(&doc, &mut ann)?;
/// let ann = String::from_utf8(ann).unwrap();
/// // "ï" is one code point: Bamako starts at code point 23 (byte 24).
/// assert!(ann.lines().any(|l| l.ends_with("LOCATION 23 29\tBamako")), "{ann}");
/// # Ok::<(), std::io::Error>(())
/// ```
pub fn brat<W: Write>(doc: &Document, mut w: W) -> io::Result<()> {
    let text = doc.text.as_str();
    let offsets = CharOffsets::new(text);
    let mut out = String::new();
    let mut next_t = 1usize;
    let mut next_note = 1usize;
    // Entity spans (any label) -> T id, so event arguments reuse the entity's T line.
    let mut by_span: HashMap<Span, usize> = HashMap::new();
    for e in &doc.entities {
        let id = next_t;
        next_t += 1;
        t_line(&mut out, id, e.label.as_str(), e.span, text, &offsets);
        by_span.insert(e.span, id);
        let mut note = String::new();
        if let Some(v) = &e.value {
            let _ = write!(note, "value={v}");
        }
        if let Some(m) = e.modifier {
            let _ = write!(note, "{}mod={m}", sep(&note));
        }
        if let Some(g) = e.place.and_then(|p| p.geonames_id) {
            let _ = write!(note, "{}geonames={g}", sep(&note));
        }
        if !note.is_empty() {
            let _ = writeln!(out, "#{next_note}\tAnnotatorNotes T{id}\t{}", clean(&note));
            next_note += 1;
        }
    }
    let mut triggers: HashMap<(Span, EventType), usize> = HashMap::new();
    let mut next_a = 1usize;
    for (i, ev) in doc.events.iter().enumerate() {
        let eid = i + 1;
        let trigger = *triggers
            .entry((ev.trigger, ev.event_type))
            .or_insert_with(|| {
                let id = next_t;
                next_t += 1;
                t_line(
                    &mut out,
                    id,
                    ev.event_type.as_str(),
                    ev.trigger,
                    text,
                    &offsets,
                );
                id
            });
        let mut arg = |span: Span, label: Label, out: &mut String| -> usize {
            *by_span.entry(span).or_insert_with(|| {
                let id = next_t;
                next_t += 1;
                t_line(out, id, label.as_str(), span, text, &offsets);
                id
            })
        };
        let mut line = format!("E{eid}\t{}:T{trigger}", ev.event_type.as_str());
        for (k, a) in ev.actors.iter().enumerate() {
            let id = arg(a.span, a.label.unwrap_or(Label::Misc), &mut out);
            let n = if k == 0 {
                String::new()
            } else {
                (k + 1).to_string()
            };
            let _ = write!(line, " Actor{n}:T{id}");
        }
        if let Some(p) = &ev.location {
            let id = arg(p.span, p.label.unwrap_or(Label::Location), &mut out);
            let _ = write!(line, " Place:T{id}");
        }
        if let Some(d) = &ev.date {
            let id = arg(d.span, Label::Date, &mut out);
            let _ = write!(line, " Time:T{id}");
        }
        out.push_str(&line);
        out.push('\n');
        if ev.negated {
            let _ = writeln!(out, "A{next_a}\tNegated E{eid}");
            next_a += 1;
        }
        if ev.modality != Modality::Asserted {
            let _ = writeln!(out, "A{next_a}\tModality E{eid} {}", ev.modality.as_str());
            next_a += 1;
        }
    }
    w.write_all(out.as_bytes())
}

fn sep(s: &str) -> &'static str {
    if s.is_empty() { "" } else { " " }
}

/// Tabs and line breaks would break the line format.
fn clean(s: &str) -> String {
    s.replace(['\t', '\n', '\r'], " ")
}

/// `T<id><TAB><type> <fragments><TAB><text>`, fragments split at tabs and line breaks.
fn t_line(out: &mut String, id: usize, ty: &str, span: Span, text: &str, offsets: &CharOffsets) {
    let mut frags: Vec<(usize, usize)> = Vec::new();
    let piece = text.get(span.range()).unwrap_or("");
    let mut start = 0;
    for (i, c) in piece.char_indices().chain([(piece.len(), '\n')]) {
        if matches!(c, '\n' | '\r' | '\t') {
            let part = &piece[start..i];
            let trimmed = part.trim();
            if !trimmed.is_empty() {
                let lead = part.len() - part.trim_start().len();
                let s = span.start + start + lead;
                frags.push((s, s + trimmed.len()));
            }
            start = i + c.len_utf8();
        }
    }
    if frags.is_empty() {
        // An all-whitespace span: keep it as is so the id still resolves.
        frags.push((span.start, span.end));
    }
    let _ = write!(out, "T{id}\t{ty} ");
    for (k, (s, e)) in frags.iter().enumerate() {
        if k > 0 {
            out.push(';');
        }
        let _ = write!(out, "{} {}", offsets.at(*s), offsets.at(*e));
    }
    out.push('\t');
    for (k, (s, e)) in frags.iter().enumerate() {
        if k > 0 {
            out.push(' ');
        }
        out.push_str(text.get(*s..*e).unwrap_or(""));
    }
    out.push('\n');
}

/// Writes a brat `annotation.conf` declaring every label, event type, role and attribute that
/// [`brat`] writes; put it in the collection's directory.
///
/// ```
/// let mut conf = Vec::new();
/// chronicle::export::brat_annotation_conf(&mut conf)?;
/// let conf = String::from_utf8(conf).unwrap();
/// assert!(conf.contains("[entities]\nPERSON\n"));
/// assert!(conf.contains("ATTACK\tActor*:<ENTITY>, Place?:<ENTITY>, Time?:<ENTITY>"));
/// # Ok::<(), std::io::Error>(())
/// ```
pub fn brat_annotation_conf<W: Write>(mut w: W) -> io::Result<()> {
    let mut out = String::from("[entities]\n");
    for l in Label::ALL {
        let _ = writeln!(out, "{}", l.as_str());
    }
    out.push_str("\n[relations]\n<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n");
    out.push_str("\n[events]\n");
    for t in EventType::ALL {
        let _ = writeln!(
            out,
            "{}\tActor*:<ENTITY>, Place?:<ENTITY>, Time?:<ENTITY>",
            t.as_str()
        );
    }
    out.push_str("\n[attributes]\nNegated\tArg:<EVENT>\nModality\tArg:<EVENT>, Value:hypothetical|reported\n");
    w.write_all(out.as_bytes())
}
