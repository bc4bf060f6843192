//! The token view that imported token patterns are matched against.
//!
//! Built from chronicle's own tokens (`crate::tokens`), adjusted towards the tokenizers the
//! pattern files were written for (spaCy's, CoreNLP's PTB tokenizer):
//!
//! - a possessive `'s` / `’s` is one token (`Mali's` -> `Mali`, `'s`);
//! - contractions are split before `n't`, `'ll`, `'re`, `'ve`, `'m`, `'d` (`don't` -> `do`, `n't`);
//! - digit groups stay together (`10,000` is one token);
//! - with `split_hyphens` (spaCy), a hyphen between a letter or digit and a letter is a token of
//!   its own (`al-Bashir` -> `al`, `-`, `Bashir`); without it (CoreNLP) the word stays whole.
//!
//! Known differences that remain: abbreviations keep their period apart (`Mr.` is `Mr`, `.`,
//! where spaCy has one token), and an ellipsis `...` is three tokens.

use crate::document::Span;
use crate::tokens::{Shape, Token};

/// Appends the view tokens of one sentence's chronicle tokens to `out`.
pub(crate) fn build(text: &str, toks: &[Token], split_hyphens: bool, out: &mut Vec<Span>) {
    let mut i = 0;
    while i < toks.len() {
        let t = toks[i];
        let s = &text[t.span.range()];
        // Possessive: "'" + "s" glued to the previous word.
        if matches!(s, "'" | "’")
            && i > 0
            && toks[i - 1].span.end == t.span.start
            && toks.get(i + 1).is_some_and(|n| {
                n.span.start == t.span.end && matches!(&text[n.span.range()], "s" | "S")
            })
        {
            out.push(Span::new(t.span.start, toks[i + 1].span.end));
            i += 2;
            continue;
        }
        // Digit groups: "10" "," "000" -> "10,000".
        if t.shape == Shape::Number {
            let mut end = t.span.end;
            let mut j = i + 1;
            while j + 1 < toks.len()
                && toks[j].span.start == end
                && &text[toks[j].span.range()] == ","
                && toks[j + 1].span.start == toks[j].span.end
                && is_group(&text[toks[j + 1].span.range()])
            {
                end = toks[j + 1].span.end;
                j += 2;
            }
            out.push(Span::new(t.span.start, end));
            i = j;
            continue;
        }
        push_word(text, t.span, split_hyphens, out);
        i += 1;
    }
}

/// Three digits, optionally followed by a decimal part (`000`, `000.50`).
fn is_group(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 3
        && b[..3].iter().all(u8::is_ascii_digit)
        && (b.len() == 3 || (b[3] == b'.' && b[4..].iter().all(u8::is_ascii_digit)))
}

/// Splits one word token at a contraction and, if asked, at inner hyphens.
fn push_word(text: &str, span: Span, split_hyphens: bool, out: &mut Vec<Span>) {
    let s = &text[span.range()];
    let mut word_end = s.len();
    if s.contains(['\'', '’']) {
        if let Some(at) = contraction(s) {
            word_end = at;
        }
    }
    if split_hyphens && s.contains('-') {
        let w = &s[..word_end];
        let mut start = 0;
        let mut prev: Option<char> = None;
        let mut it = w.char_indices().peekable();
        while let Some((k, c)) = it.next() {
            let next = it.peek().map(|&(_, n)| n);
            if c == '-'
                && prev.is_some_and(char::is_alphanumeric)
                && next.is_some_and(char::is_alphabetic)
            {
                out.push(Span::new(span.start + start, span.start + k));
                out.push(Span::new(span.start + k, span.start + k + 1));
                start = k + 1;
            }
            prev = Some(c);
        }
        out.push(Span::new(span.start + start, span.start + word_end));
    } else {
        out.push(Span::new(span.start, span.start + word_end));
    }
    if word_end < s.len() {
        out.push(Span::new(span.start + word_end, span.end));
    }
}

/// Byte position where a contraction suffix starts, if the word ends with one.
fn contraction(s: &str) -> Option<usize> {
    for suffix in ["n't", "n’t"] {
        if s.len() > suffix.len() && ends_with_ci(s, suffix) {
            return Some(s.len() - suffix.len());
        }
    }
    for suffix in [
        "'ll", "'re", "'ve", "'m", "'d", "’ll", "’re", "’ve", "’m", "’d",
    ] {
        if s.len() > suffix.len() && ends_with_ci(s, suffix) {
            return Some(s.len() - suffix.len());
        }
    }
    None
}

fn ends_with_ci(s: &str, suffix: &str) -> bool {
    s.len() >= suffix.len()
        && s.is_char_boundary(s.len() - suffix.len())
        && s[s.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    fn view(text: &str, hyphens: bool) -> Vec<&str> {
        let mut toks = Vec::new();
        tokenize(text, Span::new(0, text.len()), &mut toks);
        let mut out = Vec::new();
        build(text, &toks, hyphens, &mut out);
        out.iter().map(|s| &text[s.range()]).collect()
    }

    #[test]
    fn spacy_like_view() {
        assert_eq!(
            view("Mali's al-Bashir don't pay 10,000.50 CFA, we'll see.", true),
            [
                "Mali",
                "'s",
                "al",
                "-",
                "Bashir",
                "do",
                "n't",
                "pay",
                "10,000.50",
                "CFA",
                ",",
                "we",
                "'ll",
                "see",
                "."
            ]
        );
        assert_eq!(
            view("Goïta’s al-Bashir can't", false),
            ["Goïta", "’s", "al-Bashir", "ca", "n't"]
        );
        // A lone quote is not a possessive.
        assert_eq!(view("the 's' key", true), ["the", "'", "s", "'", "key"]);
    }
}
