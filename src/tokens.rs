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
/// The first byte of a token is classified by one table load, runs of ASCII letters and digits
/// are scanned 8 bytes at a time ([`ascii_alnum_end`]); characters are decoded only where the
/// text is not ASCII.
pub(crate) fn tokenize(text: &str, span: Span, out: &mut Vec<Token>) {
    let s = &text[span.range()];
    let bytes = s.as_bytes();
    let table = words::table();
    let mut i = 0;
    while i < bytes.len() {
        let first = bytes[i];
        let kind = BYTE_KIND[usize::from(first)];
        // Tested by compares in order of frequency, not dispatched through a jump table
        // (an indirect branch, mispredicted at every change of kind).
        let (c, clen) = if kind.starts_word() {
            (char::from(first), 1)
        } else if kind == ByteKind::Space {
            i += 1;
            continue;
        } else if kind == ByteKind::Punct {
            let a = span.start + i;
            out.push(Token {
                span: Span::new(a, a + 1),
                shape: Shape::Punct,
                class: words::ascii_class(first),
            });
            i += 1;
            continue;
        } else {
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
                    class: table.class_at(text.as_bytes(), a, b),
                });
                i += clen;
                continue;
            }
            (c, clen)
        };
        let mut end = i + clen;
        loop {
            end = ascii_alnum_end(bytes, end);
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
        let upper_initial = match kind {
            ByteKind::Upper => true,
            ByteKind::NonAscii => c.is_uppercase(),
            _ => false,
        };
        // Case, only where the shape needs it (upper-case initials, acronyms).
        let acronym_end = bytes.get(end) == Some(&b'.') && s[i..end].contains('.');
        let case = (upper_initial || acronym_end).then(|| case_of(&s[i..end]));
        let lower_seen = case == Some(Case::LowerSeen);
        // "U.S." keeps its final period when the token is an acronym with inner periods.
        if acronym_end && !lower_seen {
            end += 1;
        }
        let shape = match kind {
            ByteKind::Digit => Shape::Number,
            ByteKind::Lower => Shape::Lower,
            _ if c.is_numeric() => Shape::Number,
            _ if upper_initial => match case {
                Some(Case::AllCaps) => Shape::AllCaps,
                _ => Shape::Capitalized,
            },
            _ if c.is_lowercase() => Shape::Lower,
            _ => Shape::Capitalized, // title-case or caseless scripts
        };
        let (a, b) = (span.start + i, span.start + end);
        let class = if shape == Shape::Number {
            0
        } else {
            table.class_at(text.as_bytes(), a, b)
        };
        out.push(Token {
            span: Span::new(a, b),
            shape,
            class,
        });
        // Most words are followed by one space: stepped over here, not dispatched again.
        i = end + usize::from(bytes.get(end) == Some(&b' '));
    }
}

/// What the first byte of a token (or a space) is.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
enum ByteKind {
    Digit,
    Upper,
    Lower,
    /// ASCII whitespace (space, tab, line feed, vertical tab, form feed, carriage return).
    Space,
    /// Any other ASCII byte that is not a letter or digit: a one-byte punctuation token.
    Punct,
    /// The first byte of a non-ASCII character: decoded.
    NonAscii,
}

impl ByteKind {
    /// Whether the byte is an ASCII letter or digit (the first three kinds: one compare).
    #[inline(always)]
    fn starts_word(self) -> bool {
        (self as u8) <= ByteKind::Lower as u8
    }
}

/// The [`ByteKind`] of each byte value.
static BYTE_KIND: [ByteKind; 256] = {
    let mut t = [ByteKind::NonAscii; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = match c {
            b' ' | b'\t'..=b'\r' => ByteKind::Space,
            b'0'..=b'9' => ByteKind::Digit,
            b'A'..=b'Z' => ByteKind::Upper,
            b'a'..=b'z' => ByteKind::Lower,
            _ => ByteKind::Punct,
        };
        b += 1;
    }
    t
};

/// Whether each byte is an ASCII letter or digit (one load per byte in the word loop).
pub(crate) static ASCII_ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// The end of the run of ASCII letters and digits that starts at byte `i` (`i` itself when
/// byte `i` is not one).
///
/// Eight bytes are tested at once, so a word of up to seven letters costs one step and one
/// well-predicted branch, not a branch per letter whose last outcome is mispredicted.
#[inline(always)]
pub(crate) fn ascii_alnum_end(bytes: &[u8], mut i: usize) -> usize {
    while let Some(chunk) = bytes.get(i..).and_then(|rest| rest.first_chunk::<8>()) {
        let other = !alnum8(u64::from_le_bytes(*chunk)) & HIGH;
        if other != 0 {
            return i + (other.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while bytes.get(i).is_some_and(|&b| ASCII_ALNUM[usize::from(b)]) {
        i += 1;
    }
    i
}

const ONES: u64 = u64::from_le_bytes([1; 8]);
const HIGH: u64 = ONES * 0x80;

/// Per byte of the little-endian `x`: its high bit set when the byte is an ASCII letter or
/// digit, every other bit clear.
#[inline(always)]
const fn alnum8(x: u64) -> u64 {
    /// Per byte of `v` (all below 0x80): the high bit set when it lies in `lo..=hi`. `v + 0x80
    /// - lo` reaches 0x80 exactly when `v >= lo` and never carries into the next byte.
    const fn in_range(v: u64, lo: u8, hi: u8) -> u64 {
        (v + ONES * (0x80 - lo as u64)) & !(v + ONES * (0x7f - hi as u64))
    }
    let v = x & !HIGH;
    // Setting bit 0x20 lower-cases letters (and maps no other byte into `a..=z`).
    let letter = in_range(v | (ONES * 0x20), b'a', b'z');
    let digit = in_range(v, b'0', b'9');
    (letter | digit) & !x & HIGH
}

/// The letter case of a token, as its shape needs it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Case {
    /// A lower-case letter occurs.
    LowerSeen,
    /// No lower-case letter, two letters or more, two upper-case letters or more ("NATO").
    AllCaps,
    /// Neither ("A", "3M", a caseless script).
    Other,
}

/// The [`Case`] of a token (the characters that join words, `-' ’ .`, count as nothing). The
/// first lower-case letter decides it, so a capitalized word is read up to its second letter.
fn case_of(token: &str) -> Case {
    let mut upper = 0;
    for b in token.bytes() {
        if b >= 0x80 {
            return case_of_chars(token);
        }
        if b.is_ascii_lowercase() {
            return Case::LowerSeen;
        }
        upper += usize::from(b.is_ascii_uppercase());
    }
    // No lower-case letter in ASCII: every letter is an upper-case one.
    if upper >= 2 {
        Case::AllCaps
    } else {
        Case::Other
    }
}

/// [`case_of`] for a token that is not all ASCII, character by character.
fn case_of_chars(token: &str) -> Case {
    let (mut upper, mut letters) = (0, 0);
    for c in token.chars() {
        if c.is_lowercase() {
            return Case::LowerSeen;
        }
        upper += usize::from(c.is_uppercase());
        letters += usize::from(c.is_alphabetic());
    }
    if upper >= 2 && letters >= 2 {
        Case::AllCaps
    } else {
        Case::Other
    }
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

    #[test]
    fn alnum_runs_end_at_the_first_other_byte() {
        let cases: &[(&str, usize, usize)] = &[
            ("", 0, 0),
            ("abc", 0, 3),
            ("Kidal, Mali", 0, 5),
            ("Kidal, Mali", 5, 5),
            ("Kidal, Mali", 7, 11),
            ("internationally known", 0, 15),
            ("AZaz09@[`{/:\u{7f}x", 0, 6),
            ("Goïta", 0, 2),
            ("a\u{10}\u{19}\u{3a}", 0, 1),
        ];
        for &(text, i, end) in cases {
            assert_eq!(
                ascii_alnum_end(text.as_bytes(), i),
                end,
                "{text:?} from {i}"
            );
        }
        // Every byte value, at every position of a 16-byte window.
        for b in 0..=255u8 {
            for at in 0..16 {
                let mut bytes = [b'x'; 16];
                bytes[at] = b;
                let want = if b.is_ascii_alphanumeric() { 16 } else { at };
                assert_eq!(ascii_alnum_end(&bytes, 0), want, "{b:#x} at {at}");
            }
        }
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
