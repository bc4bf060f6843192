//! Gazetteers: lists of names, one automaton to find them.
//!
//! All multi-character surfaces of places, nationalities, organizations, titles and organization
//! words go into one case-sensitive [`aho_corasick`] automaton (leftmost-longest), plus a second,
//! ASCII-case-insensitive one only if a file asks for it. Each automaton pattern maps to every
//! entry with that surface, so a string can be both a place and an organization. Matches are kept
//! only on whole words: the characters before and after a match must not be letters or digits.
//!
//! Given names and surnames are single tokens looked up in a hash map by the name rules
//! ([`Gazetteer::name_part`]) rather than scanned for: they are evidence, not entities, and keeping
//! 100k+ of them out of the automaton keeps both its build and its scan fast.

mod load;

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

pub(crate) use load::{Entry, EntryKind};

use crate::document::Span;
use crate::error::Error;

/// The files compiled into the crate: the default gazetteers.
pub(crate) const EMBEDDED: &[(&str, &str)] = &[
    ("places.tsv", include_str!("../../gazetteers/places.tsv")),
    (
        "nationalities.tsv",
        include_str!("../../gazetteers/nationalities.tsv"),
    ),
    (
        "organizations.tsv",
        include_str!("../../gazetteers/organizations.tsv"),
    ),
    ("titles.tsv", include_str!("../../gazetteers/titles.tsv")),
    (
        "person_names.tsv",
        include_str!("../../gazetteers/person_names.tsv"),
    ),
];

/// A gazetteer file's contents and how to match it.
#[derive(Clone, Debug)]
pub(crate) struct SourceFile {
    pub name: String,
    pub contents: String,
    pub case_insensitive: bool,
}

/// Flags of a name-part lookup.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct NamePart {
    pub given: bool,
    pub surname: bool,
}

/// A whole-word match of an automaton pattern.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Match {
    pub span: Span,
    /// Index into [`Gazetteer::entries_of`].
    pub pattern: u32,
}

/// The loaded gazetteers: entries, automata and the name lexicon.
#[derive(Debug)]
pub(crate) struct Gazetteer {
    entries: Vec<Entry>,
    /// For each pattern (sensitive patterns first, then insensitive ones), its entry ids.
    pattern_entries: Vec<Vec<u32>>,
    sensitive: Option<AhoCorasick>,
    insensitive: Option<AhoCorasick>,
    /// Number of case-sensitive patterns: insensitive pattern ids are offset by this.
    sensitive_len: u32,
    names: HashMap<Box<str>, NamePart>,
}

impl Gazetteer {
    /// Parses and indexes the given files.
    pub(crate) fn build(files: &[SourceFile]) -> Result<Gazetteer, Error> {
        let mut entries = Vec::new();
        let mut insensitive_flags = Vec::new();
        for f in files {
            let parsed = load::parse_file(&f.name, &f.contents)?;
            insensitive_flags.extend(std::iter::repeat_n(f.case_insensitive, parsed.len()));
            entries.extend(parsed);
        }
        let mut names: HashMap<Box<str>, NamePart> = HashMap::new();
        // Surface -> pattern id, separately for the two automata.
        let mut by_surface: [HashMap<&str, u32>; 2] = [HashMap::new(), HashMap::new()];
        let mut surfaces: [Vec<&str>; 2] = [Vec::new(), Vec::new()];
        let mut pattern_entries: [Vec<Vec<u32>>; 2] = [Vec::new(), Vec::new()];
        for (id, e) in entries.iter().enumerate() {
            if e.kind.is_name_part() {
                let part = names.entry(e.surface.clone()).or_default();
                match e.kind {
                    EntryKind::GivenName => part.given = true,
                    _ => part.surname = true,
                }
                continue;
            }
            let which = usize::from(insensitive_flags[id]);
            let pid = *by_surface[which].entry(&e.surface).or_insert_with(|| {
                surfaces[which].push(&e.surface);
                pattern_entries[which].push(Vec::new());
                (surfaces[which].len() - 1) as u32
            });
            pattern_entries[which][pid as usize].push(id as u32);
        }
        let build = |pats: &[&str], insensitive: bool| -> Result<Option<AhoCorasick>, Error> {
            if pats.is_empty() {
                return Ok(None);
            }
            AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .kind(Some(AhoCorasickKind::ContiguousNFA))
                .ascii_case_insensitive(insensitive)
                .build(pats)
                .map(Some)
                .map_err(|e| Error::invalid_data(format!("cannot build gazetteer automaton: {e}")))
        };
        let sensitive = build(&surfaces[0], false)?;
        let insensitive = build(&surfaces[1], true)?;
        let sensitive_len = surfaces[0].len() as u32;
        let [mut pe0, pe1] = pattern_entries;
        pe0.extend(pe1);
        Ok(Gazetteer {
            entries,
            pattern_entries: pe0,
            sensitive,
            insensitive,
            sensitive_len,
            names,
        })
    }

    /// Appends the whole-word matches in `text` to `out`, in order of start.
    pub(crate) fn find(&self, text: &str, out: &mut Vec<Match>) {
        let first = out.len();
        for (automaton, offset) in [
            (&self.sensitive, 0),
            (&self.insensitive, self.sensitive_len),
        ] {
            let Some(ac) = automaton else { continue };
            for m in ac.find_iter(text) {
                if is_whole_word(text, m.start(), m.end()) {
                    out.push(Match {
                        span: Span::new(m.start(), m.end()),
                        pattern: m.pattern().as_u32() + offset,
                    });
                }
            }
        }
        if self.insensitive.is_some() {
            out[first..].sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
        }
    }

    /// The entries a pattern stands for.
    pub(crate) fn entries_of(&self, pattern: u32) -> impl Iterator<Item = &Entry> + '_ {
        self.pattern_entries[pattern as usize]
            .iter()
            .map(|&id| &self.entries[id as usize])
    }

    /// Whether `token` is a known given name and/or surname.
    pub(crate) fn name_part(&self, token: &str) -> NamePart {
        self.names.get(token).copied().unwrap_or_default()
    }

    /// Number of entries of every kind.
    pub(crate) fn len(&self) -> usize {
        self.entries.len()
    }
}

/// Whether `text[start..end]` is not glued to a letter or digit on either side.
pub(crate) fn is_whole_word(text: &str, start: usize, end: usize) -> bool {
    let before_ok = text[..start]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric());
    let after_ok = text[end..]
        .chars()
        .next()
        .is_none_or(|c| !c.is_alphanumeric());
    before_ok && after_ok
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gaz(rows: &str, insensitive: bool) -> Gazetteer {
        Gazetteer::build(&[SourceFile {
            name: "t.tsv".into(),
            contents: rows.into(),
            case_insensitive: insensitive,
        }])
        .unwrap()
    }

    fn found(g: &Gazetteer, text: &str) -> Vec<String> {
        let mut out = Vec::new();
        g.find(text, &mut out);
        out.iter()
            .map(|m| text[m.span.range()].to_string())
            .collect()
    }

    #[test]
    fn whole_words_only() {
        let g = gaz("Mali\tLOCATION\nMalian\tNORP\nOman\tLOCATION\n", false);
        assert_eq!(
            found(
                &g,
                "Malian troops left Mali; Romania and Oman's envoys, Malibu."
            ),
            ["Malian", "Mali", "Oman"]
        );
    }

    #[test]
    fn one_surface_many_entries() {
        let g = gaz(
            "Jordan\tLOCATION\nJordan\tPERSON\tgiven_name\t\t\t\t\t\t\n",
            false,
        );
        let mut out = Vec::new();
        g.find("Jordan said", &mut out);
        assert_eq!(out.len(), 1);
        assert_eq!(g.entries_of(out[0].pattern).count(), 1);
        assert!(g.name_part("Jordan").given);
    }

    #[test]
    fn case_insensitive_files() {
        let g = gaz("acme widgets\tORGANIZATION\n", true);
        assert_eq!(found(&g, "ACME Widgets rose"), ["ACME Widgets"]);
        let g = gaz("acme widgets\tORGANIZATION\n", false);
        assert!(found(&g, "ACME Widgets rose").is_empty());
    }
}
