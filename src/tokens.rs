//! Word tokens with their shape, for the rule layer.
//!
//! A token is a run of letters and digits, with inner hyphens, apostrophes and periods kept when a
//! letter or digit follows them ("Goïta", "al-Bashir", "O'Neil", "U.S."); every other
//! non-space character is a one-character punctuation token. Offsets are bytes into the text.

use crate::document::Span;

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
}

impl Token {
    /// Whether the token starts with an upper-case letter (capitalized or all caps).
    pub(crate) fn is_upper_initial(self) -> bool {
        matches!(self.shape, Shape::Capitalized | Shape::AllCaps)
    }
}

/// Appends the tokens of `text[span]` to `out`.
pub(crate) fn tokenize(text: &str, span: Span, out: &mut Vec<Token>) {
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
        });
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
}
