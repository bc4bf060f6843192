//! Word tokens with their shape, for the rule layer.
//!
//! A token is a run of letters and digits, with inner hyphens, apostrophes and periods kept when a
//! letter or digit follows them ("Goïta", "al-Bashir", "O'Neil", "U.S."); every other
//! non-space character is a one-character punctuation token. Offsets are bytes into the text.

use crate::document::Span;
use crate::words::{self, Class};

/// The shape of a token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Shape {
    /// Starts with an upper-case letter, not all capitals ("Kidal", "McDonald").
    Capitalized,
    /// Two or more letters, all capitals ("NATO", "U.S.").
    AllCaps,
    /// Starts with a lower-case letter.
    Lower,
    /// Starts with a digit.
    Number,
    /// Punctuation or a symbol.
    Punct,
}

/// A token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Token {
    pub span: Span,
    pub shape: Shape,
    /// The closed word classes the token belongs to ([`crate::words`]; 0 for numbers).
    pub class: Class,
}

impl Token {
    /// Whether the token starts with an upper-case letter (capitalized or all caps).
    pub(crate) fn is_upper_initial(self) -> bool {
        matches!(self.shape, Shape::Capitalized | Shape::AllCaps)
    }
}

/// Appends the tokens of `text[span]` to `out`.
///
/// Runs of ASCII letters and digits are scanned byte by byte; characters are decoded only
/// where the text is not ASCII.
pub(crate) fn tokenize(text: &str, span: Span, out: &mut Vec<Token>) {
    let s = &text[span.range()];
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // ASCII spaces and punctuation decided from the byte, without decoding.
        let first = bytes[i];
        if first.is_ascii() && !first.is_ascii_alphanumeric() {
            if !matches!(first, b' ' | b'\t'..=b'\r') {
                let a = span.start + i;
                out.push(Token {
                    span: Span::new(a, a + 1),
                    shape: Shape::Punct,
                    class: words::ascii_class(first),
                });
            }
            i += 1;
            continue;
        }
        let (c, clen) = char_at(s, i);
        if c.is_whitespace() {
            i += clen;
            continue;
        }
        if !c.is_alphanumeric() {
            let (a, b) = (span.start + i, span.start + i + clen);
            out.push(Token {
                span: Span::new(a, b),
                shape: Shape::Punct,
                class: words::class_at(text.as_bytes(), a, b),
            });
            i += clen;
            continue;
        }
        let mut end = i + clen;
        loop {
            while bytes.get(end).is_some_and(|&b| ASCII_ALNUM[usize::from(b)]) {
                end += 1;
            }
            if end >= bytes.len() {
                break;
            }
            // Cheap test first: an ASCII character that neither continues nor joins a word.
            let e = bytes[end];
            if e.is_ascii() && !matches!(e, b'-' | b'\'' | b'.') {
                break;
            }
            let (d, dlen) = char_at(s, end);
            if d.is_alphanumeric() || d == '\u{0301}' || d == '\u{0308}' {
                end += dlen;
                continue;
            }
            let after = &s[end + dlen..];
            let possessive = matches!(d, '\'' | '’')
                && after.starts_with(['s', 'S'])
                && !after[1..].chars().next().is_some_and(char::is_alphanumeric);
            let joins = matches!(d, '-' | '\'' | '’' | '.')
                && !possessive
                && after.chars().next().is_some_and(char::is_alphanumeric);
            if joins {
                end += dlen;
                continue;
            }
            break;
        }
        // Case counts, only where the shape needs them (upper-case initials, acronyms).
        let acronym_end = bytes.get(end) == Some(&b'.') && s[i..end].contains('.');
        let counts = (c.is_uppercase() || acronym_end).then(|| case_counts(&s[i..end]));
        let lower_seen = counts.is_some_and(|(_, _, lower)| lower);
        // "U.S." keeps its final period when the token is an acronym with inner periods.
        if acronym_end && !lower_seen {
            end += 1;
        }
        let shape = if c.is_numeric() {
            Shape::Number
        } else if c.is_uppercase() {
            match counts {
                Some((upper, letters, false)) if upper >= 2 && letters >= 2 => Shape::AllCaps,
                _ => Shape::Capitalized,
            }
        } else if c.is_lowercase() {
            Shape::Lower
        } else {
            Shape::Capitalized // title-case or caseless scripts
        };
        let (a, b) = (span.start + i, span.start + end);
        let class = if shape == Shape::Number {
            0
        } else {
            words::class_at(text.as_bytes(), a, b)
        };
        out.push(Token {
            span: Span::new(a, b),
            shape,
            class,
        });
        i = end;
    }
}

/// Whether each byte is an ASCII letter or digit (one load per byte in the word loop).
static ASCII_ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// Upper-case letters, letters, and whether a lower-case letter occurs, in a token (the
/// characters that join words, `-' ’ .`, count as nothing).
fn case_counts(token: &str) -> (usize, usize, bool) {
    let (mut upper, mut letters, mut lower) = (0, 0, false);
    if token.is_ascii() {
        for b in token.bytes() {
            upper += usize::from(b.is_ascii_uppercase());
            letters += usize::from(b.is_ascii_alphabetic());
            lower |= b.is_ascii_lowercase();
        }
    } else {
        for c in token.chars() {
            upper += usize::from(c.is_uppercase());
            letters += usize::from(c.is_alphabetic());
            lower |= c.is_lowercase();
        }
    }
    (upper, letters, lower)
}

/// The character at byte `i` of `s` (a character boundary) and its length.
#[inline]
fn char_at(s: &str, i: usize) -> (char, usize) {
    match s.as_bytes()[i] {
        b if b.is_ascii() => (char::from(b), 1),
        _ => s[i..]
            .chars()
            .next()
            .map_or((' ', 1), |c| (c, c.len_utf8())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(text: &str) -> Vec<(&str, Shape)> {
        let mut out = Vec::new();
        tokenize(text, Span::new(0, text.len()), &mut out);
        out.iter()
            .map(|t| (&text[t.span.range()], t.shape))
            .collect()
    }

    #[test]
    fn shapes_and_joins() {
        use Shape::*;
        assert_eq!(
            toks("Goïta's U.S. al-Bashir NATO, 3.5 ok."),
            [
                ("Goïta", Capitalized),
                ("'", Punct),
                ("s", Lower),
                ("U.S.", AllCaps),
                ("al-Bashir", Lower),
                ("NATO", AllCaps),
                (",", Punct),
                ("3.5", Number),
                ("ok", Lower),
                (".", Punct),
            ]
        );
    }

    /// The first, char-by-char tokenizer: the fast one must give the same tokens.
    fn reference_tokenize(text: &str, span: Span, out: &mut Vec<Token>) {
        let s = &text[span.range()];
        let bytes = s.as_bytes();
        let mut iter = s.char_indices().peekable();
        while let Some((i, c)) = iter.next() {
            if c.is_whitespace() {
                continue;
            }
            if !c.is_alphanumeric() {
                out.push(Token {
                    span: Span::new(span.start + i, span.start + i + c.len_utf8()),
                    shape: Shape::Punct,
                    class: words::class_of(c.to_string().as_bytes()),
                });
                continue;
            }
            let mut end = i + c.len_utf8();
            let mut upper = usize::from(c.is_uppercase());
            let mut letters = usize::from(c.is_alphabetic());
            let mut lower_seen = c.is_lowercase();
            while let Some(&(j, d)) = iter.peek() {
                if d.is_alphanumeric() || d == '\u{0301}' || d == '\u{0308}' {
                    upper += usize::from(d.is_uppercase());
                    letters += usize::from(d.is_alphabetic());
                    lower_seen |= d.is_lowercase();
                    end = j + d.len_utf8();
                    iter.next();
                    continue;
                }
                let after = &s[j + d.len_utf8()..];
                let possessive = matches!(d, '\'' | '’')
                    && after.starts_with(['s', 'S'])
                    && !after[1..].chars().next().is_some_and(char::is_alphanumeric);
                let joins = matches!(d, '-' | '\'' | '’' | '.')
                    && !possessive
                    && after.chars().next().is_some_and(char::is_alphanumeric);
                if joins {
                    end = j + d.len_utf8();
                    iter.next();
                    continue;
                }
                break;
            }
            // "U.S." keeps its final period when the token is an acronym with inner periods.
            if bytes.get(end) == Some(&b'.') && s[i..end].contains('.') && !lower_seen {
                end += 1;
                iter.next();
            }
            let shape = if c.is_numeric() {
                Shape::Number
            } else if c.is_uppercase() {
                if upper >= 2 && !lower_seen && letters >= 2 {
                    Shape::AllCaps
                } else {
                    Shape::Capitalized
                }
            } else if c.is_lowercase() {
                Shape::Lower
            } else {
                Shape::Capitalized // title-case or caseless scripts
            };
            out.push(Token {
                span: Span::new(span.start + i, span.start + end),
                shape,
                class: if shape == Shape::Number {
                    0
                } else {
                    words::class_of(&bytes[i..end])
                },
            });
        }
    }

    #[test]
    fn same_tokens_as_char_by_char() {
        let mut texts = vec![
            include_str!("../examples/data/sample-news.txt").to_string(),
            "U.S. u.s. A.B.c O'Neil's al-Bashir’s Goïta e\u{301}te 3.5.x -x- 'a' x. é.É ǅx ß"
                .into(),
        ];
        // Every short string over an alphabet of tricky characters.
        let alphabet = [
            'a', 'Z', '7', '.', '-', '\'', '’', 's', ' ', 'é', 'É', '\u{301}', '\n', 'ǅ',
        ];
        let n = alphabet.len();
        for k in 0..n * n * n * n {
            let (a, b, c, d) = (k % n, k / n % n, k / n / n % n, k / n / n / n);
            texts.push(
                [alphabet[a], alphabet[b], alphabet[c], alphabet[d]]
                    .iter()
                    .collect(),
            );
        }
        for t in &texts {
            let span = Span::new(0, t.len());
            let (mut fast, mut slow) = (Vec::new(), Vec::new());
            tokenize(t, span, &mut fast);
            reference_tokenize(t, span, &mut slow);
            assert_eq!(fast, slow, "{t:?}");
        }
    }
}
