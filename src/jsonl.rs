//! Reading JSON Lines input: one `{"id": ..., "text": ..., "document_date": ...}` per line.
//!
//! `id` and `document_date` are optional; other fields are ignored, so annotated corpora (the
//! gold files of `../shared/eval`) can be fed straight in. An `id` that is a number is kept as
//! its decimal string.
//!
//! ```
//! use chronicle::jsonl::parse_line;
//! let rec = parse_line(r#"{"id": 7, "text": "Troops left Kidal.", "document_date": "2026-05-22", "other": 1}"#).unwrap();
//! assert_eq!(rec.id.as_deref(), Some("7"));
//! assert_eq!(rec.document_date.unwrap().to_string(), "2026-05-22");
//!
//! let err = parse_line(r#"{"id": "a", "text": null}"#).unwrap_err();
//! assert_eq!(err.kind(), chronicle::ErrorKind::InvalidInput);
//! ```

use serde_json::Value;

use crate::error::{Error, ErrorKind};
use crate::extractor::Input;
use crate::temporal::Date;

/// One input line, owned.
#[derive(Clone, Debug, PartialEq)]
pub struct InputRecord {
    /// The line's `id`, if it has one.
    pub id: Option<String>,
    /// The text.
    pub text: String,
    /// The line's `document_date`, if it has one.
    pub document_date: Option<Date>,
}

impl InputRecord {
    /// Borrows this record as an [`Input`].
    ///
    /// ```
    /// let rec = chronicle::jsonl::parse_line(r#"{"text": "Paris."}"#).unwrap();
    /// let doc = chronicle::Extractor::default().extract_with(rec.as_input());
    /// assert_eq!(doc.entities.len(), 1);
    /// ```
    pub fn as_input(&self) -> Input<'_> {
        Input {
            text: &self.text,
            id: self.id.as_deref(),
            document_date: self.document_date,
        }
    }
}

/// Parses one JSON Lines input line.
///
/// A final `\r` (CRLF line endings) and a leading byte-order mark are ignored; the `text` value
/// is used exactly as the JSON string decodes, so offsets are relative to it.
///
/// Errors (kind [`ErrorKind::InvalidInput`]) say what is wrong: not JSON (with the column), not
/// an object, no `text`, `text` not a string, a bad `document_date`.
pub fn parse_line(line: &str) -> Result<InputRecord, Error> {
    let (line, skipped) = trim_line(line);
    let value: Value = serde_json::from_str(line).map_err(|e| {
        Error::new(ErrorKind::InvalidInput, format!("not valid JSON: {e}"))
            .with_byte(skipped + byte_of_column(line, e.column()))
    })?;
    let Value::Object(mut map) = value else {
        return Err(Error::new(
            ErrorKind::InvalidInput,
            "not a JSON object (want {\"text\": ...})",
        ));
    };
    let id = match map.get("id") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s.clone()),
        Some(Value::Number(n)) => Some(n.to_string()),
        Some(other) => {
            return Err(Error::new(
                ErrorKind::InvalidInput,
                format!(
                    "\"id\" must be a string or a number, not {}",
                    kind_of(other)
                ),
            ));
        }
    };
    // The text is taken out of the map, not copied.
    let text = match map.remove("text") {
        Some(Value::String(s)) => s,
        None => return Err(Error::new(ErrorKind::InvalidInput, "no \"text\" field")),
        Some(other) => {
            return Err(Error::new(
                ErrorKind::InvalidInput,
                format!("\"text\" must be a string, not {}", kind_of(&other)),
            ));
        }
    };
    let document_date =
        match map.get("document_date") {
            None | Some(Value::Null) => None,
            Some(Value::String(s)) => Some(s.parse::<Date>().map_err(|e| {
                Error::new(ErrorKind::InvalidInput, format!("\"document_date\": {e}"))
            })?),
            Some(other) => {
                return Err(Error::new(
                    ErrorKind::InvalidInput,
                    format!(
                        "\"document_date\" must be a YYYY-MM-DD string, not {}",
                        kind_of(other)
                    ),
                ));
            }
        };
    Ok(InputRecord {
        id,
        text,
        document_date,
    })
}

/// The `id` of a line that failed to parse as a whole, when it can still be read, so an error
/// record can carry it.
///
/// ```
/// assert_eq!(chronicle::jsonl::salvage_id(r#"{"id": "x9", "text": 5}"#).as_deref(), Some("x9"));
/// assert_eq!(chronicle::jsonl::salvage_id("{oops"), None);
/// ```
pub fn salvage_id(line: &str) -> Option<String> {
    match serde_json::from_str::<Value>(trim_line(line).0)
        .ok()?
        .get("id")?
    {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// The line without a final `\r` (CRLF files) and without a leading byte-order mark (the first
/// line of a file saved "with BOM"); also how many bytes were dropped at the front.
fn trim_line(line: &str) -> (&str, usize) {
    let line = line.strip_suffix('\r').unwrap_or(line);
    match line.strip_prefix('\u{feff}') {
        Some(rest) => (rest, '\u{feff}'.len_utf8()),
        None => (line, 0),
    }
}

fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// serde_json reports 1-based columns in characters; convert to a byte offset in the line.
fn byte_of_column(line: &str, column: usize) -> usize {
    line.char_indices()
        .nth(column.saturating_sub(1))
        .map_or(line.len(), |(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_and_cr_are_not_part_of_the_line() {
        let rec = parse_line("\u{feff}{\"text\": \"Kidal.\"}\r").unwrap();
        assert_eq!(rec.text, "Kidal.");
        assert_eq!(salvage_id("\u{feff}{\"id\": 4}").as_deref(), Some("4"));
        // Error offsets stay relative to the line as given, BOM included.
        let err = parse_line("\u{feff}{\"text\": }").unwrap_err();
        assert_eq!(err.byte(), Some(3 + 9));
    }
}
