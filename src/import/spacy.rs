//! spaCy EntityRuler / SpanRuler JSONL patterns: parsing and token-pattern matching.

use serde_json::{Map, Value};

use super::{FxMap, Tagged, spacy_label};
use crate::document::Label;
use crate::error::Error;

/// A parsed pattern line.
pub(crate) enum Parsed {
    /// `"pattern": "Apple"`: matched as an exact string at word boundaries.
    Phrase(String, Label),
    /// `"pattern": [{...}, ...]`.
    Tokens(TokenPattern, Label),
    /// The label has no chronicle equivalent and unmapped labels are skipped.
    Skipped,
}

/// Which token string an attribute reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Attr {
    /// The verbatim text (`ORTH`, `TEXT`).
    Orth,
    /// The text lower-cased (`LOWER`).
    Lower,
}

/// A boolean token flag.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Flag {
    Digit,
    Title,
    Alpha,
    Lower,
    Upper,
}

/// One condition on a token.
#[derive(Clone, Debug)]
pub(crate) enum Cond {
    Eq(Attr, String),
    In(Attr, Vec<String>),
    NotIn(Attr, Vec<String>),
    Flag(Flag, bool),
    Length(usize),
}

/// How many times a token spec must match.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Op {
    One,
    Neg,
    Opt,
    Star,
    Plus,
}

/// One token of a pattern: all conditions must hold.
#[derive(Clone, Debug)]
pub(crate) struct TokenSpec {
    pub conds: Vec<Cond>,
    pub op: Op,
}

/// A token pattern (at most 63 token specs).
#[derive(Clone, Debug)]
pub(crate) struct TokenPattern {
    pub specs: Vec<TokenSpec>,
}

const SUPPORTED: &str =
    "ORTH, TEXT, LOWER, IS_DIGIT, IS_TITLE, IS_ALPHA, IS_LOWER, IS_UPPER, LENGTH, OP";

/// Parses one non-blank line of a pattern file. `Err` carries the message; the caller adds the
/// file and line.
pub(crate) fn parse_line(line: &str, skip_unmapped: bool) -> Result<Parsed, String> {
    let v: Value = serde_json::from_str(line).map_err(|e| format!("invalid JSON: {e}"))?;
    let Value::Object(obj) = v else {
        return Err(
            "expected a JSON object like {\"label\": \"ORG\", \"pattern\": \"Apple\"}".into(),
        );
    };
    for key in obj.keys() {
        if !matches!(key.as_str(), "label" | "pattern" | "id") {
            return Err(format!(
                "unknown key {key:?} (a pattern line has \"label\", \"pattern\" and optionally \"id\")"
            ));
        }
    }
    let label = match obj.get("label") {
        Some(Value::String(s)) => s.as_str(),
        Some(_) => return Err("\"label\" must be a string".into()),
        None => return Err("missing \"label\"".into()),
    };
    let label = match spacy_label(label) {
        Some(l) => l,
        None if skip_unmapped => return Ok(Parsed::Skipped),
        None => {
            return Err(format!(
                "label {label:?} has no chronicle equivalent (see the mapping table in \
                 chronicle::import; skip such lines with skip_unmapped_labels)"
            ));
        }
    };
    match obj.get("pattern") {
        Some(Value::String(s)) => {
            let s = s.trim();
            if s.is_empty() {
                return Err("empty phrase pattern".into());
            }
            Ok(Parsed::Phrase(s.to_string(), label))
        }
        Some(Value::Array(tokens)) => {
            if tokens.is_empty() {
                return Err("empty token pattern".into());
            }
            if tokens.len() > 63 {
                return Err("token pattern longer than 63 tokens".into());
            }
            let specs = tokens
                .iter()
                .enumerate()
                .map(|(i, t)| {
                    parse_token(t).map_err(|e| format!("token {} of the pattern: {e}", i + 1))
                })
                .collect::<Result<Vec<_>, _>>()?;
            Ok(Parsed::Tokens(TokenPattern { specs }, label))
        }
        Some(_) => Err("\"pattern\" must be a string or a list of token objects".into()),
        None => Err("missing \"pattern\"".into()),
    }
}

fn parse_token(v: &Value) -> Result<TokenSpec, String> {
    let Value::Object(obj) = v else {
        return Err("expected an object like {\"LOWER\": \"apple\"}".into());
    };
    let mut spec = TokenSpec {
        conds: Vec::new(),
        op: Op::One,
    };
    for (key, value) in obj {
        let upper = key.to_ascii_uppercase();
        match upper.as_str() {
            "ORTH" | "TEXT" => spec.conds.push(string_cond(Attr::Orth, &upper, value)?),
            "LOWER" => spec.conds.push(string_cond(Attr::Lower, &upper, value)?),
            "IS_DIGIT" | "IS_TITLE" | "IS_ALPHA" | "IS_LOWER" | "IS_UPPER" => {
                let flag = match upper.as_str() {
                    "IS_DIGIT" => Flag::Digit,
                    "IS_TITLE" => Flag::Title,
                    "IS_ALPHA" => Flag::Alpha,
                    "IS_LOWER" => Flag::Lower,
                    _ => Flag::Upper,
                };
                let Value::Bool(b) = value else {
                    return Err(format!("{upper} must be true or false"));
                };
                spec.conds.push(Cond::Flag(flag, *b));
            }
            "LENGTH" => match value.as_u64() {
                Some(n) => spec.conds.push(Cond::Length(n as usize)),
                None => return Err("LENGTH must be a non-negative integer".into()),
            },
            "OP" => {
                spec.op = match value.as_str() {
                    Some("?") => Op::Opt,
                    Some("*") => Op::Star,
                    Some("+") => Op::Plus,
                    Some("!") => Op::Neg,
                    Some("1") => Op::One,
                    _ => {
                        return Err(format!(
                            "unsupported OP {value} (supported: \"?\", \"*\", \"+\", \"!\")"
                        ));
                    }
                };
            }
            _ => {
                return Err(format!(
                    "unsupported token attribute {key:?} (supported: {SUPPORTED})"
                ));
            }
        }
    }
    Ok(spec)
}

fn string_cond(attr: Attr, key: &str, value: &Value) -> Result<Cond, String> {
    match value {
        Value::String(s) => Ok(Cond::Eq(attr, s.clone())),
        Value::Object(ops) => one_set_op(attr, key, ops),
        _ => Err(format!(
            "{key} must be a string or {{\"IN\": [...]}} / {{\"NOT_IN\": [...]}}"
        )),
    }
}

fn one_set_op(attr: Attr, key: &str, ops: &Map<String, Value>) -> Result<Cond, String> {
    let mut it = ops.iter();
    let (Some((op, list)), None) = (it.next(), it.next()) else {
        return Err(format!(
            "{key}: exactly one of IN or NOT_IN is supported in a token object"
        ));
    };
    let strings = || -> Result<Vec<String>, String> {
        let Value::Array(items) = list else {
            return Err(format!("{key}.{op} must be a list of strings"));
        };
        items
            .iter()
            .map(|i| {
                i.as_str()
                    .map(str::to_string)
                    .ok_or_else(|| format!("{key}.{op} must be a list of strings"))
            })
            .collect()
    };
    match op.to_ascii_uppercase().as_str() {
        "IN" => Ok(Cond::In(attr, strings()?)),
        "NOT_IN" => Ok(Cond::NotIn(attr, strings()?)),
        _ => Err(format!(
            "{key}: unsupported operator {op:?} (supported: IN, NOT_IN)"
        )),
    }
}

/// A token as conditions read it: its text and, computed once, its lower-case form.
pub(crate) struct Tok<'t> {
    pub text: &'t str,
    pub lower: &'t str,
}

impl Cond {
    fn matches(&self, t: &Tok<'_>) -> bool {
        let get = |a: Attr| match a {
            Attr::Orth => t.text,
            Attr::Lower => t.lower,
        };
        match self {
            Cond::Eq(a, s) => get(*a) == s,
            Cond::In(a, list) => list.iter().any(|s| get(*a) == s),
            Cond::NotIn(a, list) => !list.iter().any(|s| get(*a) == s),
            Cond::Flag(f, want) => flag(*f, t.text) == *want,
            Cond::Length(n) => t.text.chars().count() == *n,
        }
    }
}

/// Python's `str.isdigit`, `istitle`, `isalpha`, `islower`, `isupper`, as spaCy uses them.
fn flag(f: Flag, s: &str) -> bool {
    if s.is_empty() {
        return false;
    }
    match f {
        Flag::Digit => s
            .chars()
            .all(|c| c.is_ascii_digit() || (!c.is_ascii() && c.is_numeric())),
        Flag::Alpha => s.chars().all(char::is_alphabetic),
        Flag::Lower => s.chars().any(char::is_lowercase) && !s.chars().any(char::is_uppercase),
        Flag::Upper => s.chars().any(char::is_uppercase) && !s.chars().any(char::is_lowercase),
        Flag::Title => {
            let mut prev_cased = false;
            let mut any = false;
            for c in s.chars() {
                let cased = c.is_uppercase() || c.is_lowercase();
                if c.is_uppercase() && prev_cased || c.is_lowercase() && !prev_cased {
                    return false;
                }
                any |= cased;
                prev_cased = cased;
            }
            any
        }
    }
}

impl TokenSpec {
    fn matches(&self, t: &Tok<'_>) -> bool {
        self.conds.iter().all(|c| c.matches(t))
    }

    /// The exact strings a first token must equal, if this spec pins it (for indexing).
    pub(crate) fn anchor(&self) -> Option<(Attr, Vec<&str>)> {
        if !matches!(self.op, Op::One | Op::Plus) {
            return None;
        }
        self.conds.iter().find_map(|c| match c {
            Cond::Eq(a, s) => Some((*a, vec![s.as_str()])),
            Cond::In(a, list) => Some((*a, list.iter().map(String::as_str).collect())),
            _ => None,
        })
    }
}

impl TokenPattern {
    fn closure(&self, mut set: u64) -> u64 {
        let n = self.specs.len();
        for s in 0..n {
            if set & (1 << s) != 0 && matches!(self.specs[s].op, Op::Opt | Op::Star) {
                set |= 1 << (s + 1);
            }
        }
        set
    }

    /// The end (exclusive token index) of the longest match starting at `start`, if any.
    pub(crate) fn longest_at(&self, toks: &[Tok<'_>], start: usize) -> Option<usize> {
        let n = self.specs.len();
        let accept = 1u64 << n;
        let mut cur = self.closure(1);
        let mut best = None;
        for (j, t) in toks.iter().enumerate().skip(start) {
            let mut next = 0u64;
            for s in 0..n {
                if cur & (1 << s) == 0 {
                    continue;
                }
                let spec = &self.specs[s];
                let m = spec.matches(t);
                match spec.op {
                    Op::One | Op::Opt if m => next |= 1 << (s + 1),
                    Op::Neg if !m => next |= 1 << (s + 1),
                    Op::Star if m => next |= 1 << s,
                    Op::Plus if m => next |= (1 << s) | (1 << (s + 1)),
                    _ => {}
                }
            }
            cur = self.closure(next);
            if cur == 0 {
                break;
            }
            if cur & accept != 0 {
                best = Some(j + 1);
            }
        }
        best
    }
}

/// Token patterns indexed by what their first token must be.
#[derive(Debug, Default)]
pub(crate) struct TokenMatcher {
    pub patterns: Vec<Tagged<TokenPattern>>,
    by_orth: FxMap<String, Vec<usize>>,
    by_lower: FxMap<String, Vec<usize>>,
    always: Vec<usize>,
}

impl TokenMatcher {
    pub(crate) fn add(&mut self, p: Tagged<TokenPattern>) {
        let i = self.patterns.len();
        match p.item.specs[0].anchor() {
            Some((Attr::Orth, keys)) => {
                for k in keys {
                    self.by_orth.entry(k.to_string()).or_default().push(i);
                }
            }
            Some((Attr::Lower, keys)) => {
                for k in keys {
                    self.by_lower.entry(k.to_string()).or_default().push(i);
                }
            }
            None => self.always.push(i),
        }
        self.patterns.push(p);
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.patterns.is_empty()
    }

    /// Calls `f(pattern, end)` for the longest match of each pattern at each start token.
    pub(crate) fn find(
        &self,
        toks: &[Tok<'_>],
        mut f: impl FnMut(&Tagged<TokenPattern>, usize, usize),
    ) {
        let none: &[usize] = &[];
        for (i, t) in toks.iter().enumerate() {
            let a = match self.by_orth.is_empty() {
                true => none,
                false => self.by_orth.get(t.text).map_or(none, Vec::as_slice),
            };
            let b = match self.by_lower.is_empty() {
                true => none,
                false => self.by_lower.get(t.lower).map_or(none, Vec::as_slice),
            };
            for &p in a.iter().chain(b).chain(&self.always) {
                let pat = &self.patterns[p];
                if let Some(end) = pat.item.longest_at(toks, i) {
                    f(pat, i, end);
                }
            }
        }
    }
}

/// An invalid-data error naming the file and line.
pub(crate) fn error(file: &str, line: usize, msg: String) -> Error {
    Error::invalid_data(msg).with_path(file).with_line(line)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn python_flags() {
        for (s, title) in [
            ("Kidal", true),
            ("U.S.", true),
            ("NATO", false),
            ("McDonald", false),
            ("al-Bashir", false),
            ("Jean-Pierre", true),
            ("3", false),
        ] {
            assert_eq!(flag(Flag::Title, s), title, "{s}");
        }
        assert!(flag(Flag::Digit, "2026") && !flag(Flag::Digit, "3.5"));
        assert!(flag(Flag::Upper, "U.S.") && !flag(Flag::Lower, "U.S."));
    }

    fn toks<'a>(words: &'a [&'a str], lower: &'a [String]) -> Vec<Tok<'a>> {
        words
            .iter()
            .zip(lower)
            .map(|(w, l)| Tok {
                text: w,
                lower: l.as_str(),
            })
            .collect()
    }

    #[test]
    fn operators() {
        let words = [
            "the", "Red", "Cross", "and", "the", "Red", "Crescent", "said",
        ];
        let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
        let t = toks(&words, &lower);
        let pat = |json: &str| match parse_line(json, false).ok() {
            Some(Parsed::Tokens(p, _)) => p,
            _ => panic!("{json}"),
        };
        // "+" is greedy-longest; "?" optional; "!" negation; "*" zero or more.
        let p = pat(r#"{"label":"ORG","pattern":[{"IS_TITLE":true,"OP":"+"}]}"#);
        assert_eq!(p.longest_at(&t, 1), Some(3));
        assert_eq!(p.longest_at(&t, 0), None);
        let p = pat(
            r#"{"label":"ORG","pattern":[{"LOWER":"the","OP":"?"},{"ORTH":"Red"},{"LOWER":{"IN":["cross","crescent"]}}]}"#,
        );
        assert_eq!(p.longest_at(&t, 0), Some(3));
        assert_eq!(p.longest_at(&t, 1), Some(3));
        assert_eq!(p.longest_at(&t, 4), Some(7));
        let p = pat(r#"{"label":"ORG","pattern":[{"TEXT":"Red"},{"ORTH":"Cross","OP":"!"}]}"#);
        assert_eq!(p.longest_at(&t, 1), None);
        assert_eq!(p.longest_at(&t, 5), Some(7));
        let p = pat(r#"{"label":"ORG","pattern":[{"ORTH":"Red"},{"OP":"*"},{"LOWER":"said"}]}"#);
        assert_eq!(p.longest_at(&t, 1), Some(8));
    }
}
