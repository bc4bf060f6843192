//! The ACLED-style flat export: one CSV row per event (mentions that corefer are one row).

use std::io::{self, Write};

use super::Event;
use crate::document::{Document, Entity, Span};

/// The columns of [`Document::write_events_csv`], in order.
pub const COLUMNS: [&str; 25] = [
    "doc_id",
    "event_id",
    "date",
    "date_precision",
    "date_source",
    "type",
    "actor1",
    "actor2",
    "target",
    "location",
    "location_inferred",
    "country",
    "lat",
    "lon",
    "negated",
    "modality",
    "trigger",
    "mentions",
    "sentence",
    "trigger_start",
    "trigger_end",
    "sentence_start",
    "sentence_end",
    "char_start",
    "char_end",
];

/// The precision of a TIMEX3 value: `day`, `week`, `month`, `quarter`, `season`, `year`,
/// `decade`, `century`, `time` or `unknown`.
///
/// ```
/// use chronicle::date_precision;
/// assert_eq!(date_precision("2026-04"), "month");
/// assert_eq!(date_precision("2026-05-08"), "day");
/// assert_eq!(date_precision("2022"), "year");
/// assert_eq!(date_precision("PRESENT_REF"), "unknown");
/// ```
pub fn date_precision(value: &str) -> &'static str {
    let b = value.as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        b.get(r.clone())
            .is_some_and(|s| s.iter().all(u8::is_ascii_digit))
    };
    if value.contains('T') && digits(0..4) && b.len() > 10 {
        return "time";
    }
    match b.len() {
        2 if digits(0..2) => "century",
        3 if digits(0..3) => "decade",
        4 if digits(0..4) => "year",
        7 if digits(0..4) && b[4] == b'-' && b[5] == b'Q' => "quarter",
        7 if digits(0..4) && b[4] == b'-' && digits(5..7) => "month",
        7 if digits(0..4) && b[4] == b'-' => "season",
        8 if digits(0..4) && &b[4..6] == b"-W" => "week",
        10 if digits(0..4) && b[4] == b'-' && digits(5..7) && b[7] == b'-' && digits(8..10) => {
            "day"
        }
        _ => "unknown",
    }
}

/// Writes one CSV field, quoted when it holds a comma, a quote or a line break.
fn field(w: &mut dyn Write, s: &str) -> io::Result<()> {
    if s.contains([',', '"', '\n', '\r']) {
        w.write_all(b"\"")?;
        w.write_all(s.replace('"', "\"\"").as_bytes())?;
        w.write_all(b"\"")
    } else {
        w.write_all(s.as_bytes())
    }
}

impl Document {
    /// Writes the header row of [`Document::write_events_csv`].
    ///
    /// ```
    /// let mut out = Vec::new();
    /// chronicle::Document::write_events_csv_header(&mut out).unwrap();
    /// assert!(String::from_utf8(out).unwrap().starts_with("doc_id,event_id,date,date_precision,"));
    /// ```
    pub fn write_events_csv_header<W: Write>(mut w: W) -> io::Result<()> {
        w.write_all(COLUMNS.join(",").as_bytes())?;
        w.write_all(b"\n")
    }

    /// Writes the document's events as CSV rows (no header), one row per event: mentions that
    /// share an id are one row, with the first mention's trigger and offsets and the first
    /// date, place and actors found among the mentions.
    ///
    /// Columns ([`COLUMNS`](crate::EVENTS_CSV_COLUMNS)): `doc_id`, `event_id`, `date` (TIMEX3),
    /// `date_precision`, `date_source`, `type`, `actor1` (the actors, `; `-separated), `actor2`
    /// (the target), `target` (the same), `location`, `location_inferred`, `country`, `lat`,
    /// `lon`, `negated`, `modality`, `trigger`, `mentions`, `sentence` (its text), and the byte
    /// offsets `trigger_start`, `trigger_end`, `sentence_start`, `sentence_end`, then the
    /// trigger's code-point offsets `char_start`, `char_end`. Fields are quoted as RFC 4180 says.
    ///
    /// ```
    /// let doc = chronicle::Extractor::default()
    ///     .extract_with(chronicle::Input::new("Rebels attacked Gao, Mali, on 3 May 2024.").with_id("d1"));
    /// let mut out = Vec::new();
    /// doc.write_events_csv(&mut out).unwrap();
    /// let row = String::from_utf8(out).unwrap();
    /// assert!(row.starts_with("d1,0,2024-05-03,day,clause,ATTACK,Rebels,"), "{row}");
    /// assert!(row.contains(",\"Rebels attacked Gao, Mali, on 3 May 2024.\","), "{row}");
    /// ```
    pub fn write_events_csv<W: Write>(&self, mut w: W) -> io::Result<()> {
        let w: &mut dyn Write = &mut w;
        let mut done: Vec<usize> = Vec::new();
        for (i, ev) in self.events.iter().enumerate() {
            if done.contains(&ev.id) {
                continue;
            }
            done.push(ev.id);
            let chain: Vec<&Event> = self.events[i..].iter().filter(|e| e.id == ev.id).collect();
            self.write_row(w, &chain)?;
        }
        Ok(())
    }

    fn write_row(&self, w: &mut dyn Write, chain: &[&Event]) -> io::Result<()> {
        let text = self.text.as_str();
        let first = chain[0];
        let date = chain.iter().find_map(|e| e.date.as_ref().map(|d| (e, d)));
        let located = chain
            .iter()
            .find_map(|e| e.location.as_ref().filter(|l| !l.inferred))
            .or_else(|| chain.iter().find_map(|e| e.location.as_ref()));
        let actors = chain
            .iter()
            .find(|e| !e.actors.is_empty())
            .map(|e| &e.actors);
        let target = chain.iter().find_map(|e| e.target.as_ref());
        let place_entity = located.and_then(|l| self.entity_at(l.span));
        let sentence = self.sentences[first.sentence].span;
        let actor1 = actors.map_or_else(String::new, |a| {
            a.iter()
                .map(|x| &text[x.span.range()])
                .collect::<Vec<_>>()
                .join("; ")
        });
        let target_text = target.map_or("", |t| &text[t.span.range()]);
        let chars = |b: usize| text[..b].chars().count();
        let cols: [String; 25] = [
            self.id.clone().unwrap_or_default(),
            first.id.to_string(),
            date.map_or_else(String::new, |(_, d)| d.value.clone()),
            date.map_or("", |(_, d)| super::csv::date_precision(&d.value))
                .to_string(),
            date.and_then(|(e, _)| e.date_source)
                .map_or("", |s| s.as_str())
                .to_string(),
            first.event_type.as_str().to_string(),
            actor1,
            target_text.to_string(),
            target_text.to_string(),
            located.map_or("", |l| &text[l.span.range()]).to_string(),
            located.is_some_and(|l| l.inferred).to_string(),
            place_entity
                .and_then(|e| e.country)
                .map_or_else(String::new, |c| c.to_string()),
            place_entity
                .and_then(|e| e.place)
                .and_then(|p| p.lat)
                .map_or_else(String::new, |x| x.to_string()),
            place_entity
                .and_then(|e| e.place)
                .and_then(|p| p.lon)
                .map_or_else(String::new, |x| x.to_string()),
            first.negated.to_string(),
            first.modality.as_str().to_string(),
            text[first.trigger.range()].to_string(),
            chain.len().to_string(),
            text[sentence.range()].to_string(),
            first.trigger.start.to_string(),
            first.trigger.end.to_string(),
            sentence.start.to_string(),
            sentence.end.to_string(),
            chars(first.trigger.start).to_string(),
            chars(first.trigger.end).to_string(),
        ];
        for (i, c) in cols.iter().enumerate() {
            if i > 0 {
                w.write_all(b",")?;
            }
            field(w, c)?;
        }
        w.write_all(b"\n")
    }

    fn entity_at(&self, span: Span) -> Option<&Entity> {
        let i = self.entities.partition_point(|e| e.span.start < span.start);
        self.entities.get(i).filter(|e| e.span == span)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting() {
        let mut out = Vec::new();
        field(&mut out, "plain").unwrap();
        field(&mut out, "a, b").unwrap();
        field(&mut out, "say \"no\"").unwrap();
        field(&mut out, "two\nlines").unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "plain\"a, b\"\"say \"\"no\"\"\"\"two\nlines\""
        );
    }

    #[test]
    fn precision() {
        for (v, p) in [
            ("2026-04-12", "day"),
            ("2026-04", "month"),
            ("2026", "year"),
            ("2026-W19", "week"),
            ("2026-Q2", "quarter"),
            ("2026-SU", "season"),
            ("202", "decade"),
            ("20", "century"),
            ("2007-10-17T06:40Z", "time"),
            ("PRESENT_REF", "unknown"),
            ("XXXX-XX-XX", "unknown"),
        ] {
            assert_eq!(date_precision(v), p, "{v}");
        }
    }
}
