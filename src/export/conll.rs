//! CoNLL-style BIO, one token per line.

use std::io::{self, Write};

use crate::document::{Document, Label};
use crate::tokens;

/// The labels [`conll`] writes; every other token (including NORP, TIME, DURATION, SET and MISC
/// entities) is `O`.
pub const CONLL_LABELS: [Label; 4] = [
    Label::Person,
    Label::Location,
    Label::Organization,
    Label::Date,
];

/// Writes `doc` as CoNLL-style BIO: a `-DOCSTART-<TAB>O` line and a blank line, then one
/// `TOKEN<TAB>TAG` line per token, with a blank line after each sentence. Tags are `B-LABEL`,
/// `I-LABEL` or `O`, for the labels of [`CONLL_LABELS`] (`B-PERSON`, `I-LOCATION`,
/// `B-ORGANIZATION`, `B-DATE`...).
///
/// **Tokenization** (chronicle's own, the one its rules use): a token is a run of letters and
/// digits, keeping inner hyphens, apostrophes and periods that are followed by a letter or digit
/// (`al-Bashir`, `O'Neil`, `3.5`, `U.S.`); every other non-space character is a token of its own
/// (`Mali's` is `Mali`, `'`, `s`; `10,000` is `10`, `,`, `000`). A token that an entity boundary
/// falls inside (`U.S.-led` with `U.S.` a place) is split there, so every entity is a whole
/// number of tokens. An entity is never continued across a sentence break: each sentence's
/// part of it starts with `B-`.
///
/// ```
/// let doc = chronicle::Extractor::default().extract("Troops left Kidal on May 3, 2026.");
/// let mut out = Vec::new();
/// chronicle::export::conll(&doc, &mut out)?;
/// let out = String::from_utf8(out).unwrap();
/// assert!(out.starts_with("-DOCSTART-\tO\n\nTroops\tO\nleft\tO\nKidal\tB-LOCATION\n"), "{out}");
/// assert!(out.contains("May\tB-DATE\n3\tI-DATE\n,\tI-DATE\n2026\tI-DATE\n.\tO\n\n"), "{out}");
/// # Ok::<(), std::io::Error>(())
/// ```
pub fn conll<W: Write>(doc: &Document, mut w: W) -> io::Result<()> {
    let text = doc.text.as_str();
    let mut out = String::from("-DOCSTART-\tO\n\n");
    let mut toks = Vec::new();
    let ents: Vec<_> = doc
        .entities
        .iter()
        .filter(|e| CONLL_LABELS.contains(&e.label))
        .collect();
    let mut ei = 0; // first entity that may still matter
    for s in &doc.sentences {
        toks.clear();
        tokens::tokenize(text, s.span, &mut toks);
        // The entity of the previous piece in this sentence: a piece continuing it is I-.
        let mut last: Option<usize> = None;
        for t in &toks {
            // Cut points inside the token: entity boundaries.
            let mut start = t.span.start;
            while start < t.span.end {
                while ei < ents.len() && ents[ei].span.end <= start {
                    ei += 1;
                }
                let (end, tag) = match ents.get(ei) {
                    Some(e) if e.span.start <= start => {
                        let b = if last == Some(ei) { "I-" } else { "B-" };
                        last = Some(ei);
                        (e.span.end.min(t.span.end), Some((b, e.label)))
                    }
                    Some(e) if e.span.start < t.span.end => (e.span.start, None),
                    _ => (t.span.end, None),
                };
                if tag.is_none() {
                    last = None;
                }
                out.push_str(&text[start..end]);
                match tag {
                    Some((b, label)) => {
                        out.push('\t');
                        out.push_str(b);
                        out.push_str(label.as_str());
                        out.push('\n');
                    }
                    None => out.push_str("\tO\n"),
                }
                start = end;
            }
        }
        out.push('\n');
    }
    w.write_all(out.as_bytes())
}
