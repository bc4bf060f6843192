//! Parsing gazetteer files into entries.
//!
//! Two row forms are accepted, tab-separated, one entry per line; blank lines and lines starting
//! with `#` are skipped:
//!
//! - the full form, 9 columns:
//!   `surface  label  kind  canonical  country  geonames_id  lat  lon  population`
//!   (empty strings for missing values; see `gazetteers/README.md`);
//! - the plain form, 2 columns: `surface  LABEL`.
//!
//! A row with another column count, an unknown label or kind, a bad number or country code, an
//! empty surface, or a surface with surrounding spaces is an error naming the file and line.

use std::sync::Arc;

use crate::document::{CountryCode, Label, Place, PlaceKind, Source};
use crate::error::Error;

/// What a gazetteer entry is, beyond its label.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum EntryKind {
    /// A place (LOCATION).
    Place(PlaceKind),
    /// A nationality or demonym (NORP).
    Nationality,
    /// A full organization name or acronym.
    Organization,
    /// A word that heads organization names ("Corps", "Ministry").
    OrgHead,
    /// A legal-form suffix ("Ltd.", "Inc.").
    OrgSuffix,
    /// A person's given name: evidence for the name rules, not an entity alone.
    GivenName,
    /// A family name: evidence for the name rules, not an entity alone.
    Surname,
    /// A title or honorific ("President", "Consul General").
    Title,
    /// A plain `surface<TAB>LABEL` entry: an entity with that label.
    Plain,
}

impl EntryKind {
    fn parse(label: Label, kind: &str) -> Option<EntryKind> {
        use EntryKind::*;
        Some(match (label, kind) {
            (_, "") => Plain,
            (Label::Location, k) => Place(PlaceKind::parse(k)?),
            (Label::Norp, "nationality" | "group" | "religion") => Nationality,
            (Label::Organization, "organization") => Organization,
            (Label::Organization, "org_head") => OrgHead,
            (Label::Organization, "org_suffix") => OrgSuffix,
            (Label::Person, "given_name") => GivenName,
            (Label::Person, "surname") => Surname,
            (Label::Person, "title") => Title,
            (Label::Person, "person") => Plain,
            (_, _) => return None,
        })
    }

    /// Whether a match of this entry is an entity by itself (rather than evidence for rules).
    pub(crate) fn is_entity(self) -> bool {
        matches!(
            self,
            EntryKind::Place(_)
                | EntryKind::Nationality
                | EntryKind::Organization
                | EntryKind::Plain
        )
    }

    /// Whether this entry is a single-token name part, kept in the name lexicon.
    pub(crate) fn is_name_part(self) -> bool {
        matches!(self, EntryKind::GivenName | EntryKind::Surname)
    }
}

/// One gazetteer entry.
#[derive(Clone, Debug)]
pub(crate) struct Entry {
    pub surface: Box<str>,
    pub label: Label,
    pub kind: EntryKind,
    pub canonical: Option<Arc<str>>,
    pub country: Option<CountryCode>,
    pub place: Option<Place>,
    pub source: Source,
    /// Whether the entry comes from a user's file rather than the embedded data.
    pub user: bool,
}

/// Parses one file's contents. `name` is used in sources and error messages.
pub(crate) fn parse_file(name: &str, contents: &str) -> Result<Vec<Entry>, Error> {
    let file: Arc<str> = Arc::from(name);
    let mut entries = Vec::new();
    // A byte-order mark (files saved "with BOM") is not part of the first surface.
    let contents = contents.strip_prefix('\u{feff}').unwrap_or(contents);
    let bytes = contents.as_bytes();
    let mut line_start = 0;
    let mut line_no = 0;
    while line_start < contents.len() {
        // One pass over the line's bytes finds its end and its tabs (rows are short: a plain
        // loop beats a memchr call per field).
        let mut tabs = [0usize; 9];
        let mut ntabs = 0;
        let mut end = line_start;
        while end < bytes.len() && bytes[end] != b'\n' {
            if bytes[end] == b'\t' {
                if let Some(slot) = tabs.get_mut(ntabs) {
                    *slot = end;
                }
                ntabs += 1;
            }
            end += 1;
        }
        let raw = &contents[line_start..end];
        let raw_start = line_start;
        line_start = end + 1;
        line_no += 1;
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let err = |msg: String| Error::invalid_data(msg).with_path(name).with_line(line_no);
        // Up to 9 columns in a fixed array: no allocation per row.
        let mut cols = [""; 9];
        let ncols = ntabs + 1;
        let mut from = raw_start;
        for (i, slot) in cols.iter_mut().enumerate().take(ncols) {
            let to = if i < ntabs {
                tabs[i]
            } else {
                raw_start + line.len()
            };
            *slot = &contents[from..to];
            from = to + 1;
        }
        let (surface, label) = match ncols {
            2 | 9 => (cols[0], cols[1]),
            n => {
                return Err(err(format!(
                    "expected 2 columns (surface, LABEL) or 9 columns, found {n}"
                )));
            }
        };
        if surface.is_empty() {
            return Err(err("empty surface form".into()));
        }
        if surface.trim() != surface {
            return Err(err(format!("surface {surface:?} has surrounding spaces")));
        }
        let label: Label = label
            .parse()
            .map_err(|_| err(format!("unknown label {label:?}")))?;
        if label.is_temporal() {
            return Err(err(format!("label {label} cannot come from a gazetteer")));
        }
        let source = Source::Gazetteer {
            file: file.clone(),
            line: line_no as u32,
        };
        if ncols == 2 {
            entries.push(Entry {
                surface: surface.into(),
                label,
                kind: EntryKind::Plain,
                canonical: None,
                country: None,
                place: None,
                source,
                user: false,
            });
            continue;
        }
        let kind = EntryKind::parse(label, cols[2])
            .ok_or_else(|| err(format!("unknown kind {:?} for label {label}", cols[2])))?;
        let canonical = (!cols[3].is_empty() && cols[3] != surface).then(|| Arc::from(cols[3]));
        let country = match cols[4] {
            "" => None,
            c => Some(
                CountryCode::parse(c)
                    .ok_or_else(|| err(format!("bad country code {c:?} (want ISO alpha-2)")))?,
            ),
        };
        let geonames_id =
            parse_num::<u32>(cols[5]).map_err(|e| err(format!("geonames_id: {e}")))?;
        let lat = parse_num::<f64>(cols[6]).map_err(|e| err(format!("lat: {e}")))?;
        let lon = parse_num::<f64>(cols[7]).map_err(|e| err(format!("lon: {e}")))?;
        let population = parse_num::<u64>(cols[8]).map_err(|e| err(format!("population: {e}")))?;
        if lat.is_some_and(|v| !(-90.0..=90.0).contains(&v))
            || lon.is_some_and(|v| !(-180.0..=180.0).contains(&v))
        {
            return Err(err("coordinates out of range".into()));
        }
        let place = match kind {
            EntryKind::Place(kind) => Some(Place {
                kind,
                geonames_id,
                lat,
                lon,
                population,
            }),
            _ => None,
        };
        entries.push(Entry {
            surface: surface.into(),
            label,
            kind,
            canonical,
            country,
            place,
            source,
            user: false,
        });
    }
    Ok(entries)
}

fn parse_num<T: std::str::FromStr>(s: &str) -> Result<Option<T>, String> {
    if s.is_empty() {
        return Ok(None);
    }
    s.parse::<T>()
        .map(Some)
        .map_err(|_| format!("not a number: {s:?}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_and_plain_rows() {
        let text = "# comment\nKidal\tLOCATION\tcity\tKidal\tML\t2455290\t18.44\t1.41\t25617\nAcme\tORGANIZATION\n";
        let entries = parse_file("t.tsv", text).unwrap();
        assert_eq!(entries.len(), 2);
        let place = entries[0].place.unwrap();
        assert_eq!(place.kind, PlaceKind::City);
        assert_eq!(place.geonames_id, Some(2455290));
        assert_eq!(entries[0].country.unwrap().as_str(), "ML");
        assert_eq!(entries[1].kind, EntryKind::Plain);
        assert_eq!(entries[1].source.to_string(), "gazetteer:t.tsv:3");
    }

    #[test]
    fn byte_order_mark_is_skipped() {
        let entries =
            parse_file("t.tsv", "\u{feff}Acme\tORGANIZATION\r\nKidal\tLOCATION\r\n").unwrap();
        assert_eq!(&*entries[0].surface, "Acme");
        assert_eq!(entries[1].source.to_string(), "gazetteer:t.tsv:2");
    }

    #[test]
    fn errors_name_the_line() {
        for (text, needle) in [
            ("ok\tLOCATION\nbad\n", "t.tsv:2"),
            ("x\tPLANET\n", "unknown label"),
            ("x\tLOCATION\tvillage\t\t\t\t\t\t\n", "unknown kind"),
            ("x\tLOCATION\tcity\t\tMali\t\t\t\t\n", "country"),
            ("x\tLOCATION\tcity\t\tML\tabc\t\t\t\n", "geonames_id"),
            (" x\tLOCATION\n", "spaces"),
            ("\tLOCATION\n", "empty surface"),
            ("x\tDATE\n", "cannot come"),
        ] {
            let err = parse_file("t.tsv", text).unwrap_err();
            assert!(err.to_string().contains(needle), "{text:?}: {err}");
        }
    }
}
