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
    let mut map = match plain_object(line) {
        Some(map) => map,
        None => {
            let value: Value = serde_json::from_str(line).map_err(|e| {
                Error::new(ErrorKind::InvalidInput, format!("not valid JSON: {e}"))
                    .with_byte(skipped + byte_of_column(line, e.column()))
            })?;
            let Value::Object(map) = value else {
                return Err(Error::new(
                    ErrorKind::InvalidInput,
                    "not a JSON object (want {\"text\": ...})",
                ));
            };
            map
        }
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

/// The object of a line in the usual shape, read without serde: an object whose keys are only
/// `id`, `text` and `document_date` (written without escapes), each a string or `null`. `None`
/// for anything else (other keys, numbers, a lone surrogate escape, a syntax error...), which
/// serde then reads, errors included. Where it answers, the map is the one `serde_json` builds.
///
/// Strings are copied in runs between escapes (found by `memchr`) into a buffer sized once:
/// serde_json's growing scratch buffer and the copy out of it cost more than the rest of a line.
fn plain_object(line: &str) -> Option<serde_json::Map<String, Value>> {
    let mut r = Reader { s: line, i: 0 };
    let mut map = serde_json::Map::new();
    r.space();
    r.expect(b'{')?;
    r.space();
    if r.peek() == Some(b'}') {
        r.i += 1;
    } else {
        loop {
            r.space();
            let key = r.plain_key()?;
            if !matches!(key, "id" | "text" | "document_date") {
                return None;
            }
            r.space();
            r.expect(b':')?;
            r.space();
            let value = match r.peek()? {
                b'"' => Value::String(r.string()?),
                b'n' if r.s.as_bytes()[r.i..].starts_with(b"null") => {
                    r.i += 4;
                    Value::Null
                }
                _ => return None,
            };
            map.insert(key.to_string(), value);
            r.space();
            match r.peek()? {
                b',' => r.i += 1,
                b'}' => {
                    r.i += 1;
                    break;
                }
                _ => return None,
            }
        }
    }
    r.space();
    (r.i == line.len()).then_some(map)
}

/// A cursor over a line, for [`plain_object`]. `i` is always on a character boundary.
struct Reader<'a> {
    s: &'a str,
    i: usize,
}

impl<'a> Reader<'a> {
    fn peek(&self) -> Option<u8> {
        self.s.as_bytes().get(self.i).copied()
    }

    fn expect(&mut self, b: u8) -> Option<()> {
        (self.peek()? == b).then(|| self.i += 1)
    }

    /// Skips JSON whitespace.
    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    /// Moves to the next `"` or `\\` from `i` and returns it; `None` if there is none or a
    /// control character comes first (an error for serde to report).
    fn skip_clean(&mut self) -> Option<u8> {
        let rest = &self.s.as_bytes()[self.i..];
        let k = memchr::memchr2(b'"', b'\\', rest)?;
        // The smallest byte of the run (a reduction the compiler vectorizes).
        if rest[..k].iter().fold(u8::MAX, |m, &b| m.min(b)) < 0x20 {
            return None;
        }
        self.i += k;
        Some(rest[k])
    }

    /// A key without escapes, quotes included.
    fn plain_key(&mut self) -> Option<&'a str> {
        self.expect(b'"')?;
        let start = self.i;
        match self.skip_clean()? {
            b'"' => {
                self.i += 1;
                Some(&self.s[start..self.i - 1])
            }
            _ => None,
        }
    }

    /// A string value, quotes included, unescaped.
    fn string(&mut self) -> Option<String> {
        self.expect(b'"')?;
        let mut run = self.i;
        if self.skip_clean()? == b'"' {
            self.i += 1;
            return Some(self.s[run..self.i - 1].to_string());
        }
        // Unescaping never lengthens a string: the rest of the line is enough.
        let mut out = String::with_capacity(self.s.len() - run);
        loop {
            out.push_str(&self.s[run..self.i]);
            out.push(self.escape()?);
            run = self.i;
            if self.skip_clean()? == b'"' {
                out.push_str(&self.s[run..self.i]);
                self.i += 1;
                return Some(out);
            }
        }
    }

    /// The character an escape at `i` stands for (not a surrogate: those are left to serde).
    fn escape(&mut self) -> Option<char> {
        let bytes = self.s.as_bytes();
        let c = match *bytes.get(self.i + 1)? {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let hex = bytes.get(self.i + 2..self.i + 6)?;
                let mut code = 0;
                for &h in hex {
                    code = code * 16 + char::from(h).to_digit(16)?;
                }
                self.i += 4;
                char::from_u32(code)?
            }
            _ => return None,
        };
        self.i += 2;
        Some(c)
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

    /// The fast reader answers only for lines serde reads, and then with serde's map; it leaves
    /// the rest (other keys, numbers, surrogate escapes, syntax errors) to serde.
    #[test]
    fn plain_object_reads_as_serde_does() {
        let lines = [
            (
                r#"{"id": "d1", "text": "Troops left \"Kidal\".\nThen\tBamako\\Gao \u00e9\u2019 \/ \b\f\r", "document_date": null}"#,
                true,
            ),
            (
                r#"  {"text":"Goïta’s \u0041rmy","document_date":"2026-05-22"}  "#,
                true,
            ),
            (r#"{}"#, true),
            (r#"{"text": "a", "text": "b"}"#, true),
            (r#"{"text": ""}"#, true),
            (r#"{"id": 7, "text": "x"}"#, false),
            (r#"{"text": "x", "entities": []}"#, false),
            (r#"{"text": "\ud83d\ude00"}"#, false),
            (r#"{"text": "\ud83d"}"#, false),
            (r#"{"te\u0078t": "x"}"#, false),
            ("{\"text\": \"raw\ttab\"}", false),
            (r#"{"text": "x",}"#, false),
            (r#"{"text": "x"} 1"#, false),
            (r#"{"text": "x""#, false),
            (r#"{"text": "\x"}"#, false),
            (r#"{"text": "\u12"}"#, false),
            (r#"{"text": nul}"#, false),
            (r#"["text"]"#, false),
            ("", false),
        ];
        for (line, plain) in lines {
            let fast = plain_object(line);
            assert_eq!(fast.is_some(), plain, "{line:?}");
            if let Some(map) = fast {
                assert_eq!(
                    Value::Object(map),
                    serde_json::from_str::<Value>(line).unwrap(),
                    "{line:?}"
                );
            }
        }
    }
}
