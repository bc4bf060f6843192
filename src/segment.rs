//! Rule-based sentence splitting.
//!
//! One pass over the bytes looks only at candidate boundaries (`.`, `!`, `?`, `…` and line breaks);
//! everything else is skipped. Unlike UAX #29 it does not split after titles ("Mr.", "Gen."),
//! acronyms ("U.S.", "e.g."), initials ("John F. Kennedy"), or inside numbers ("3.5", "1.2.3").
//!
//! The policy, in order:
//! 1. A blank line always ends a sentence (headlines, bylines, paragraphs).
//! 2. A single line break ends a sentence unless the next line starts with a lower-case letter
//!    (a wrapped line); a bullet line ("- ", "* ", "• ", "1. ") always starts a sentence.
//! 3. `.`, `!`, `?`, `…` (with any closing quotes or brackets after them) end a sentence when
//!    whitespace follows and the next word does not start with a lower-case letter, except:
//!    - after a title ("Mr.", "Dr.", "Gen.", "Sen." ...) never;
//!    - after a "weak" abbreviation (months, "Inc.", "Corp.", "etc.", "No."), an acronym with
//!      inner periods ("U.S.", "a.m."), or a single-letter initial, only when the next word is a
//!      common sentence opener ("The", "He", "But" ...).
//!
//! 4. A period that belongs to a spaced ellipsis (". . .") or to a list number at the start of a
//!    line ("1. First item") is not a boundary.
//! 5. A sentence longer than [`MAX_SENTENCE_LEN`] bytes (a table, a list without punctuation,
//!    junk) is cut at its last whitespace in the second half of the limit, or at a character
//!    boundary if it has none there. No real sentence is that long, and the cap bounds the work
//!    that later, per-sentence stages do on pathological input.
//!
//! Sentences are trimmed of surrounding whitespace, in order, and cover every non-whitespace
//! character of the text. A byte-order mark (U+FEFF) at the very start of the text is treated as
//! whitespace: offsets stay relative to the text as given, BOM included, and no sentence
//! contains it.
//!
//! The splitter is one forward pass over the bytes; the look-arounds at a candidate boundary
//! read only the words touching it, so the running time is linear in the length of the text.

use crate::Span;
use crate::words::{self, Case, WordList};

/// The longest sentence, in bytes, that [`split`] returns; longer stretches are cut (see the
/// module documentation).
///
/// ```
/// let text = "word ".repeat(10_000);
/// let spans = chronicle::segment::split(&text);
/// assert!(spans.len() > 1);
/// assert!(spans.iter().all(|s| s.len() <= chronicle::segment::MAX_SENTENCE_LEN));
/// ```
pub const MAX_SENTENCE_LEN: usize = 8192;

/// U+FEFF, the byte-order mark, as UTF-8.
const BOM: &str = "\u{feff}";

/// The word lists of this module, registered as word classes ([`crate::words`]), compared as
/// written.
pub(crate) const WORD_LISTS: &[WordList] = &[
    (TITLES, Case::Exact, words::SEG_TITLE),
    (WEAK, Case::Exact, words::SEG_WEAK),
    (OPENERS, Case::Exact, words::SEG_OPENER),
];

/// Titles after which a period never ends a sentence.
const TITLES: &[&str] = &[
    "Adm", "Amb", "Atty", "Brig", "Capt", "Cdr", "Cmdr", "Col", "Cpl", "Det", "Dr", "Drs", "Fr",
    "Gen", "Gens", "Gov", "Hon", "Insp", "Lt", "Maj", "Messrs", "Mlle", "Mme", "Mr", "Mrs", "Ms",
    "Msgr", "Pfc", "Pres", "Prof", "Pvt", "Rep", "Reps", "Rev", "Sen", "Sens", "Sgt", "Sr", "Sra",
    "Supt", "Mt", "Ft", "Ste", "Gov", "Lieut", "Sec", "Secs", "Assoc", "Asst", "Op", "Nos", "Vol",
    "vol", "vs", "v", "cf", "approx", "ca", "nr", "Fig", "fig", "Ref",
];

/// Abbreviations that may end a sentence, but usually do not.
const WEAK: &[&str] = &[
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Inc",
    "Corp", "Ltd", "Co", "Bros", "Jr", "St", "No", "etc", "Dept", "Univ", "Ave", "Blvd", "Rd",
    "est", "al", "Mass", "Calif", "Ariz", "Fla", "Ga", "Ill", "Wash", "Penn", "Conn", "Colo",
];

/// Words that commonly open a sentence: after a weak abbreviation, these mark a boundary.
const OPENERS: &[&str] = &[
    "A",
    "After",
    "Also",
    "An",
    "And",
    "As",
    "At",
    "But",
    "During",
    "For",
    "He",
    "Her",
    "His",
    "However",
    "I",
    "If",
    "In",
    "It",
    "Its",
    "Many",
    "Meanwhile",
    "Most",
    "No",
    "On",
    "One",
    "Our",
    "She",
    "Since",
    "So",
    "Some",
    "That",
    "The",
    "Their",
    "There",
    "These",
    "They",
    "This",
    "Those",
    "Today",
    "We",
    "What",
    "When",
    "While",
    "Yet",
    "You",
];

/// Splits `text` into sentences, returned as trimmed byte spans in order.
///
/// ```
/// use chronicle::segment::split;
/// let text = "Gen. Smith met U.S. officials in Kidal. They left at 3.5 p.m.\n\nHeadline without period\nNext.";
/// let sentences: Vec<&str> = split(text).into_iter().map(|s| &text[s.range()]).collect();
/// assert_eq!(sentences, [
///     "Gen. Smith met U.S. officials in Kidal.",
///     "They left at 3.5 p.m.",
///     "Headline without period",
///     "Next.",
/// ]);
/// ```
pub fn split(text: &str) -> Vec<Span> {
    let mut out = Vec::with_capacity(text.len() / 100 + 1);
    split_into(text, &mut out);
    out
}

/// Like [`split`], appending to a caller's buffer (which is cleared first).
///
/// ```
/// let mut buf = Vec::new();
/// chronicle::segment::split_into("One. Two.", &mut buf);
/// assert_eq!(buf.len(), 2);
/// ```
pub fn split_into(text: &str, out: &mut Vec<crate::Span>) {
    out.clear();
    let bytes = text.as_bytes();
    let mut sentence_start = if text.starts_with(BOM) { BOM.len() } else { 0 };
    // Only line breaks, `.`, `!`, `?` and the first byte of `…` can end a sentence: the loop
    // jumps from one to the next (two memchr3 searches, each redone only once passed).
    let next = |set: [u8; 3], from: usize| {
        memchr::memchr3(set[0], set[1], set[2], &bytes[from..]).map_or(bytes.len(), |k| from + k)
    };
    const PUNCT: [u8; 3] = [b'.', b'!', b'?'];
    const BREAK: [u8; 3] = [b'\n', b'\r', 0xE2];
    let (mut next_punct, mut next_break) = (next(PUNCT, 0), next(BREAK, 0));
    let mut i = 0;
    while i < bytes.len() {
        if next_punct < i {
            next_punct = next(PUNCT, i);
        }
        if next_break < i {
            next_break = next(BREAK, i);
        }
        i = next_punct.min(next_break);
        let Some(&b) = bytes.get(i) else {
            break;
        };
        let cut = boundary_at(text, b, i);
        match cut {
            Some(end) => {
                push_trimmed(text, sentence_start, end, out);
                sentence_start = end;
                i = end.max(i + 1);
            }
            None => i += 1,
        }
    }
    push_trimmed(text, sentence_start, text.len(), out);
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let piece = &text[start..end];
    let rest = piece.trim_start();
    let trimmed_start = piece.len() - rest.len();
    let trimmed = rest.trim_end();
    if trimmed.is_empty() {
        return;
    }
    let mut s = start + trimmed_start;
    let e = s + trimmed.len();
    // Cap the length: cut at the last ASCII whitespace of the window's second half, else at a
    // character boundary. Each cut advances at least MAX/2 bytes and scans at most MAX/2.
    while e - s > MAX_SENTENCE_LEN {
        let lo = s + MAX_SENTENCE_LEN / 2;
        let hi = s + MAX_SENTENCE_LEN;
        let cut = match text.as_bytes()[lo..hi]
            .iter()
            .rposition(|b| b.is_ascii_whitespace())
        {
            Some(k) => lo + k,
            None => floor_char_boundary(text, hi),
        };
        let head = text[s..cut].trim_end();
        out.push(Span::new(s, s + head.len()));
        let rest = &text[cut..e];
        s = e - rest.trim_start().len();
    }
    if s < e {
        out.push(Span::new(s, e));
    }
}

/// The largest character boundary at or before `i`.
fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The end of a sentence at byte `i` (whose value is `b`), if one ends there: a line break, a
/// full stop, "!", "?" or an ellipsis, under the rules of [`newline_boundary`] and
/// [`punct_boundary`].
fn boundary_at(text: &str, b: u8, i: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    match b {
        b'\n' | b'\r' => newline_boundary(text, i),
        b'.' | b'!' | b'?' => punct_boundary(text, i, i + 1),
        // U+2026 HORIZONTAL ELLIPSIS is E2 80 A6.
        0xE2 if bytes.get(i + 1) == Some(&0x80) && bytes.get(i + 2) == Some(&0xA6) => {
            punct_boundary(text, i, i + 3)
        }
        _ => None,
    }
}

/// At a line break at `i`: the byte where the sentence ends, if it ends here.
fn newline_boundary(text: &str, i: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    // Skip horizontal whitespace and see what the next line holds.
    let mut j = i + 1;
    if bytes[i] == b'\r' && bytes.get(j) == Some(&b'\n') {
        j += 1;
    }
    while j < bytes.len() && matches!(bytes[j], b' ' | b'\t') {
        j += 1;
    }
    if j >= bytes.len() || matches!(bytes[j], b'\n' | b'\r') {
        return Some(i); // blank line or end of text
    }
    let rest = &text[j..];
    if starts_bullet(rest) {
        return Some(i);
    }
    let first = rest.chars().next()?;
    if first.is_lowercase() { None } else { Some(i) }
}

fn starts_bullet(line: &str) -> bool {
    let b = line.as_bytes();
    if line.starts_with("• ") || line.starts_with("· ") || line.starts_with("– ") {
        return true;
    }
    if b.len() >= 2 && matches!(b[0], b'-' | b'*' | b'+') && b[1] == b' ' {
        return true;
    }
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    (1..=3).contains(&digits)
        && matches!(b.get(digits), Some(b'.') | Some(b')'))
        && b.get(digits + 1) == Some(&b' ')
}

/// At sentence punctuation spanning `p..after`: the byte where the sentence ends, if here.
fn punct_boundary(text: &str, p: usize, after: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    // Runs of punctuation ("?!", "...", ". . .") are decided at their last mark.
    if matches!(bytes.get(after), Some(b'.' | b'!' | b'?'))
        || text[after..].starts_with('…')
        || (bytes[p] == b'.' && text[after..].starts_with(" ."))
    {
        return None;
    }
    // Closing quotes and brackets belong to the sentence they close.
    let mut end = after;
    loop {
        let rest = &text[end..];
        let Some(c) = rest.chars().next() else { break };
        if matches!(
            c,
            '"' | '\'' | ')' | ']' | '}' | '”' | '’' | '»' | '*' | '_'
        ) {
            end += c.len_utf8();
        } else {
            break;
        }
    }
    // A boundary needs whitespace (or the end of the text) after it.
    let rest = &text[end..];
    let Some(next_ws) = rest.chars().next() else {
        return Some(end);
    };
    if !next_ws.is_whitespace() {
        return None;
    }
    let next_word_start = end + (rest.len() - rest.trim_start().len());
    let next_word = next_token(&text[next_word_start..]);
    let next_first = next_word.chars().next();
    if let Some(c) = next_first {
        if c.is_lowercase() {
            return None;
        }
    }
    if bytes[p] != b'.' || after - p != 1 || (p > 0 && bytes[p - 1] == b'.') {
        return Some(end); // '!', '?', '…', "..."
    }
    // A period: look at the word before it.
    let before = word_before(text, p);
    if before.is_empty() {
        return Some(end);
    }
    // The lists are word classes: one look-up for the word before, one for the word after.
    let before_class = words::class_of(before.as_bytes());
    if before_class & words::SEG_TITLE != 0 {
        return None;
    }
    // "1. First item": a list number at the start of a line.
    if before.len() <= 3
        && before.bytes().all(|b| b.is_ascii_digit())
        && at_line_start(text, p - before.len())
    {
        return None;
    }
    let is_initial = before.len() == 1 && before.as_bytes()[0].is_ascii_uppercase();
    let is_acronym = before.contains('.');
    if is_initial || is_acronym || before_class & words::SEG_WEAK != 0 {
        let opener = words::class_of(next_word.as_bytes()) & words::SEG_OPENER != 0;
        // An abbreviation at the very end of a line is still a boundary.
        let crosses_line = text[end..next_word_start].contains('\n');
        return (opener || crosses_line).then_some(end);
    }
    Some(end)
}

/// Whether only spaces or tabs separate byte `i` from the start of its line (or of the text).
fn at_line_start(text: &str, i: usize) -> bool {
    let head = text.as_bytes()[..i].trim_ascii_end();
    // `trim_ascii_end` also drops line breaks; check that what it dropped was a line's indent.
    let indent = &text.as_bytes()[head.len()..i];
    head.is_empty() || indent.iter().any(|&b| b == b'\n' || b == b'\r')
}

/// The word that ends right before byte `p` (letters, digits, inner periods, hyphens). ASCII is
/// read byte by byte; characters are decoded only from the first non-ASCII one on.
fn word_before(text: &str, p: usize) -> &str {
    let bytes = text.as_bytes();
    let mut i = p;
    while i > 0 && (bytes[i - 1].is_ascii_alphanumeric() || matches!(bytes[i - 1], b'.' | b'-')) {
        i -= 1;
    }
    if i == 0 || bytes[i - 1].is_ascii() {
        return &text[i..p];
    }
    let start = text[..i]
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.' || c == '-'))
        .map_or(0, |(k, c)| k + c.len_utf8());
    &text[start..p]
}

/// The next word: letters and digits from the start, after opening quotes or brackets. ASCII is
/// read byte by byte; characters are decoded only from the first non-ASCII one on.
fn next_token(s: &str) -> &str {
    let s = s.trim_start_matches(['"', '\'', '(', '[', '“', '‘', '«']);
    let bytes = s.as_bytes();
    let mut end = 0;
    while end < bytes.len() && bytes[end].is_ascii_alphanumeric() {
        end += 1;
    }
    if end < bytes.len() && !bytes[end].is_ascii() {
        end = s[end..]
            .char_indices()
            .find(|&(_, c)| !c.is_alphanumeric())
            .map_or(s.len(), |(k, _)| end + k);
    }
    &s[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `split_into` as it was before it jumped between candidate bytes: every byte looked at.
    fn split_byte_by_byte(text: &str) -> Vec<Span> {
        let mut out = Vec::new();
        let bytes = text.as_bytes();
        let mut sentence_start = if text.starts_with(BOM) { BOM.len() } else { 0 };
        let mut i = 0;
        while i < bytes.len() {
            let cut = boundary_at(text, bytes[i], i);
            match cut {
                Some(end) => {
                    push_trimmed(text, sentence_start, end, &mut out);
                    sentence_start = end;
                    i = end.max(i + 1);
                }
                None => i += 1,
            }
        }
        push_trimmed(text, sentence_start, text.len(), &mut out);
        out
    }

    #[test]
    fn jumping_to_candidate_bytes_splits_as_every_byte_did() {
        let pieces = [
            "Troops", " left", " Kidal", ".", "!", "?", "…", "\u{2019}", "—", "\n", "\r\n", "\r",
            "\n\n", " ", "U.S.", " Mr.", " 3.5", " she", " \"", ")", "\u{feff}", "é", "- ",
        ];
        let mut seed: u64 = 11;
        for round in 0..2_000 {
            let mut text = String::new();
            for _ in 0..(round % 60) {
                seed = seed
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1_442_695_040_888_963_407);
                text.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
            }
            let mut got = Vec::new();
            split_into(&text, &mut got);
            assert_eq!(got, split_byte_by_byte(&text), "{text:?}");
        }
    }
}
