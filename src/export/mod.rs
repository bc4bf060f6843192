//! Writers for the formats other tools read: brat standoff, CoNLL BIO, TimeML, spaCy displaCy
//! and a self-contained HTML page.
//!
//! Every writer takes a [`Document`](crate::Document) and writes to any [`std::io::Write`]; none of them fails
//! except on I/O errors. `extract --format brat|conll|timeml|displacy|html` calls these.
//!
//! | function | format | offsets |
//! |---|---|---|
//! | [`brat`] | brat standoff `.ann` (T, E, A and `#` note lines) | code points |
//! | [`conll`] | one token per line, `TOKEN<TAB>BIO-TAG`, blank line between sentences | – |
//! | [`timeml`] | TimeML XML: the text with inline `TIMEX3` and `EVENT` tags, DCT, TLINKs | – |
//! | [`displacy`] | spaCy displaCy "manual" JSON (`text`, `ents`, `title`) | code points |
//! | [`html`] | one HTML file: highlighted text, legend, event timeline | – |
//!
//! ## Example: all formats from one document
//!
//! ```
//! use chronicle::{export, Extractor};
//! let doc = Extractor::default().extract("Troops left Kidal on May 3, 2026.");
//! let mut out = Vec::new();
//! export::brat(&doc, &mut out)?;
//! export::conll(&doc, &mut out)?;
//! export::timeml(&doc, &mut out)?;
//! export::displacy(&doc, &mut out)?;
//! export::html(&doc, &mut out)?;
//! assert!(String::from_utf8(out).unwrap().contains("Kidal"));
//! # Ok::<(), std::io::Error>(())
//! ```

mod brat;
mod conll;
mod displacy;
mod html;
mod timeml;

pub use brat::{brat, brat_annotation_conf};
pub use conll::{CONLL_LABELS, conll};
pub use displacy::displacy;
pub use html::html;
pub use timeml::timeml;

/// Byte offset -> code-point offset, for any offsets in any order.
pub(crate) struct CharOffsets {
    /// Byte start of every character, or `None` when the text is ASCII (offsets are equal).
    starts: Option<Vec<usize>>,
    len: usize,
}

impl CharOffsets {
    pub(crate) fn new(text: &str) -> CharOffsets {
        let starts = (!text.is_ascii()).then(|| text.char_indices().map(|(i, _)| i).collect());
        CharOffsets {
            starts,
            len: text.len(),
        }
    }

    /// The code-point offset of `byte` (a character boundary, or the text's length).
    pub(crate) fn at(&self, byte: usize) -> usize {
        match &self.starts {
            None => byte.min(self.len),
            Some(starts) => starts.partition_point(|&b| b < byte),
        }
    }
}

/// Appends `s` to `out`, escaped for XML and HTML text (`&`, `<`, `>`, `"`, `'`; a carriage
/// return as `&#13;` so XML parsers keep it). Characters XML 1.0 forbids (most C0 controls,
/// U+FFFE, U+FFFF) become U+FFFD.
pub(crate) fn escape_into(out: &mut String, s: &str) {
    escape_impl(out, s, false);
}

/// `s` escaped by [`escape_into`].
pub(crate) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    escape_impl(&mut out, s, false);
    out
}

/// `s` escaped for an attribute value: as [`escape`], and tabs and line breaks as character
/// references, which XML attribute-value normalization would otherwise turn into spaces.
pub(crate) fn escape_attr(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    escape_impl(&mut out, s, true);
    out
}

fn escape_impl(out: &mut String, s: &str, attr: bool) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\r' => out.push_str("&#13;"),
            '\n' if attr => out.push_str("&#10;"),
            '\t' if attr => out.push_str("&#9;"),
            '\t' | '\n' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_ascii_and_not() {
        let t = "ab";
        let c = CharOffsets::new(t);
        assert_eq!((c.at(0), c.at(1), c.at(2)), (0, 1, 2));
        let t = "Goïta é";
        let c = CharOffsets::new(t);
        // G o ï(2 bytes) t a ' ' é(2 bytes)
        assert_eq!(c.at(2), 2);
        assert_eq!(c.at(4), 3);
        assert_eq!(c.at(t.len()), 7);
    }

    #[test]
    fn escapes_markup_and_controls() {
        assert_eq!(
            escape("a<b>&\"c'\u{1}\n\r"),
            "a&lt;b&gt;&amp;&quot;c&#39;\u{FFFD}\n&#13;"
        );
        assert_eq!(escape_attr("a\nb\tc"), "a&#10;b&#9;c");
    }
}
