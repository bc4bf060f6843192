//! CoreNLP RegexNER mapping files: `pattern<TAB>TYPE[<TAB>overwritable<TAB>priority]`.

use regex::{Regex, RegexSet};

use super::{FxMap, Tagged, regexner_label};
use crate::document::Label;

/// One token of an entry: a literal string or an anchored regex.
#[derive(Debug)]
pub(crate) enum TokRe {
    Literal(String),
    Regex(Regex),
}

impl TokRe {
    fn matches(&self, tok: &str) -> bool {
        match self {
            TokRe::Literal(s) => s == tok,
            TokRe::Regex(r) => r.is_match(tok),
        }
    }
}

/// One mapping line.
#[derive(Debug)]
pub(crate) struct Entry {
    pub tokens: Vec<TokRe>,
    pub priority: f64,
}

/// A parsed line.
pub(crate) enum Parsed {
    Entry(Entry, Label),
    Skipped,
}

const META: &[char] = &[
    '\\', '.', '+', '*', '?', '(', ')', '|', '[', ']', '{', '}', '^', '$',
];

/// Parses one non-blank line; `Err` is the message (the caller adds file and line).
pub(crate) fn parse_line(line: &str, skip_unmapped: bool) -> Result<Parsed, String> {
    let cols: Vec<&str> = line.split('\t').collect();
    if cols.len() < 2 || cols.len() > 4 {
        return Err(format!(
            "expected `pattern<TAB>TYPE[<TAB>overwritable<TAB>priority]`, found {} column(s)",
            cols.len()
        ));
    }
    let ty = cols[1].trim();
    let label = match regexner_label(ty) {
        Some(l) => l,
        None if skip_unmapped => return Ok(Parsed::Skipped),
        None => {
            return Err(format!(
                "type {ty:?} has no chronicle equivalent (see the mapping table in \
                 chronicle::import; skip such lines with skip_unmapped_labels)"
            ));
        }
    };
    let priority = match cols.get(3).map(|s| s.trim()) {
        None | Some("") => 0.0,
        Some(p) => p
            .parse::<f64>()
            .ok()
            .filter(|p| p.is_finite())
            .ok_or_else(|| format!("priority {p:?} is not a number"))?,
    };
    let mut tokens = Vec::new();
    for part in cols[0].split_whitespace() {
        if part.contains(META) {
            let re = Regex::new(&format!("^(?:{part})$"))
                .map_err(|e| format!("token regex {part:?} does not compile: {e}"))?;
            tokens.push(TokRe::Regex(re));
        } else {
            tokens.push(TokRe::Literal(part.to_string()));
        }
    }
    if tokens.is_empty() {
        return Err("empty pattern".into());
    }
    Ok(Parsed::Entry(Entry { tokens, priority }, label))
}

/// Entries indexed by their first token.
#[derive(Debug, Default)]
pub(crate) struct Matcher {
    pub entries: Vec<Tagged<Entry>>,
    by_literal: FxMap<String, Vec<usize>>,
    regex_first: Vec<usize>,
    set: Option<RegexSet>,
}

impl Matcher {
    pub(crate) fn add(&mut self, e: Tagged<Entry>) {
        let i = self.entries.len();
        match &e.item.tokens[0] {
            TokRe::Literal(s) => self.by_literal.entry(s.clone()).or_default().push(i),
            TokRe::Regex(_) => self.regex_first.push(i),
        }
        self.entries.push(e);
    }

    /// Builds the set of first-token regexes (call once after the last `add`).
    pub(crate) fn finish(&mut self) -> Result<(), String> {
        if self.regex_first.is_empty() {
            return Ok(());
        }
        let pats = self
            .regex_first
            .iter()
            .map(|&i| match &self.entries[i].item.tokens[0] {
                TokRe::Regex(r) => r.as_str().to_string(),
                TokRe::Literal(s) => regex::escape(s),
            });
        self.set = Some(RegexSet::new(pats).map_err(|e| e.to_string())?);
        Ok(())
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Calls `f(entry, start, end)` for each entry matching at each start token (token indices).
    pub(crate) fn find<'a>(
        &'a self,
        toks: &[&str],
        mut f: impl FnMut(&'a Tagged<Entry>, usize, usize),
    ) {
        let none: &[usize] = &[];
        for (i, t) in toks.iter().enumerate() {
            let mut check = |k: usize| {
                let e = &self.entries[k];
                let n = e.item.tokens.len();
                if i + n <= toks.len()
                    && e.item.tokens[1..]
                        .iter()
                        .zip(&toks[i + 1..i + n])
                        .all(|(re, t)| re.matches(t))
                {
                    f(e, i, i + n);
                }
            };
            for &k in self.by_literal.get(*t).map_or(none, Vec::as_slice) {
                check(k);
            }
            if let Some(set) = &self.set {
                if set.is_match(t) {
                    for m in set.matches(t).iter() {
                        check(self.regex_first[m]);
                    }
                }
            }
        }
    }
}
