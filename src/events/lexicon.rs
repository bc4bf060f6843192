//! The trigger lexicon: rows of `lexicons/*.tsv`, inflections generated from lemmas, and one
//! automaton over every surface form.
//!
//! Row format (tab-separated; see `lexicons/README.md`):
//!
//! ```text
//! trigger  TYPE  [kind  [forms  [conditions]]]
//! ```
//!
//! - `kind` is `phrase` (the default: matched as written), `verb` (a lemma: the `-s`, past,
//!   participle and `-ing` forms are generated; in a multiword trigger the first word is
//!   inflected), `verb-past` (only the past, participle and `-ing` forms, for lemmas whose base
//!   form is mostly a noun: "shell", "state") or `noun` (singular and plural).
//! - `forms` overrides generated forms: for verbs `past,participle,gerund`, for nouns the plural;
//!   `-` keeps the generated form.
//! - `conditions` are space-separated `key=value,value` tests on the context: `next=` (one of
//!   the words within the next four words of the clause), `not_next=`, `prev=` (one of the two
//!   words before), `not_prev=`, `actor=military|any`, `object=place|person` (the word after
//!   the trigger, past a determiner, is such an entity: "seized Goma"), `not_object=`.
//! - `TYPE` is an event type or `NONE`: a guard phrase that is never an event ("heart attack").

use std::collections::HashMap;
use std::sync::Arc;

use super::EventType;
use super::scan::TriggerDfa;
use crate::error::Error;

/// Which form of its lemma a surface is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Form {
    /// Verb base form ("attack").
    Base,
    /// Third person singular ("attacks").
    Third,
    /// Simple past only ("withdrew", "overran").
    Past,
    /// Past participle only ("withdrawn", "overrun").
    Participle,
    /// Past and participle alike ("attacked").
    PastParticiple,
    /// `-ing` form ("attacking").
    Gerund,
    /// A noun, singular or plural.
    Noun,
    /// A phrase matched as written.
    Phrase,
}

impl Form {
    /// Whether the form can be a past participle (for passives).
    pub(crate) fn participle(self) -> bool {
        matches!(self, Form::Participle | Form::PastParticiple)
    }

    /// Whether the form is a verb form.
    pub(crate) fn verbal(self) -> bool {
        !matches!(self, Form::Noun | Form::Phrase)
    }
}

/// Who must act for a reading to hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub(crate) enum ActorRequirement {
    /// No requirement.
    #[default]
    None,
    /// Some actor (a speaker for "said").
    Any,
    /// An armed actor ("troops", "forces", "Army").
    Military,
}

/// The kind of entity an `object=` condition names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ObjectKind {
    /// A LOCATION entity.
    Place,
    /// A PERSON entity.
    Person,
}

/// Context tests of a row.
#[derive(Clone, Debug, Default)]
pub(crate) struct Conditions {
    pub next: Vec<Box<str>>,
    pub not_next: Vec<Box<str>>,
    pub prev: Vec<Box<str>>,
    pub not_prev: Vec<Box<str>>,
    pub actor: ActorRequirement,
    /// The word after the trigger (past determiners) must be this kind of entity.
    pub object: Option<ObjectKind>,
    /// The word after the trigger (past determiners) must not be this kind of entity.
    pub not_object: Option<ObjectKind>,
}

impl Conditions {
    fn is_empty(&self) -> bool {
        self.next.is_empty()
            && self.not_next.is_empty()
            && self.prev.is_empty()
            && self.not_prev.is_empty()
            && self.actor == ActorRequirement::None
            && self.object.is_none()
            && self.not_object.is_none()
    }
}

/// One reading of a surface: the row it comes from and the form it is.
#[derive(Clone, Debug)]
pub(crate) struct Reading {
    /// The event type, or `None` for a guard phrase.
    pub ty: Option<EventType>,
    pub form: Form,
    /// Index into [`Lexicon::conditions`]; 0 is "no conditions".
    pub cond: u32,
    /// Index into [`Lexicon::files`].
    pub file: u32,
    /// 1-based line of the row.
    pub line: u32,
}

/// The trigger lexicon: one automaton over all surfaces.
#[derive(Debug)]
pub(crate) struct Lexicon {
    pub(crate) automaton: TriggerDfa,
    /// Readings of each automaton pattern.
    pub(crate) readings: Vec<Vec<Reading>>,
    pub(crate) conditions: Vec<Conditions>,
    /// File names, for event sources (shared by the events' [`TriggerSource`](super::TriggerSource)s).
    pub(crate) files: Vec<Arc<str>>,
}

impl Lexicon {
    /// Parses the rows of each `(name, contents)` file and builds the automaton.
    pub(crate) fn build(files: &[(String, String)]) -> Result<Lexicon, Error> {
        let mut surfaces: Vec<String> = Vec::new();
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut readings: Vec<Vec<Reading>> = Vec::new();
        let mut conditions = vec![Conditions::default()];
        let mut names = Vec::new();
        for (file_no, (name, contents)) in files.iter().enumerate() {
            names.push(name.as_str().into());
            for (i, line) in contents.lines().enumerate() {
                let line = line.strip_suffix('\r').unwrap_or(line);
                if line.trim().is_empty() || line.starts_with('#') {
                    continue;
                }
                let err = |msg: String| {
                    Error::invalid_data(msg)
                        .with_path(name.as_str())
                        .with_line(i + 1)
                };
                let row = parse_row(line).map_err(err)?;
                let cond = if row.conditions.is_empty() {
                    0
                } else {
                    conditions.push(row.conditions);
                    conditions.len() as u32 - 1
                };
                for (surface, form) in row.forms {
                    let mut variants = vec![surface.clone()];
                    if surface.contains('\'') {
                        variants.push(surface.replace('\'', "\u{2019}"));
                    }
                    for v in variants {
                        let key = v.to_ascii_lowercase();
                        let at = *index.entry(key.clone()).or_insert_with(|| {
                            surfaces.push(key);
                            readings.push(Vec::new());
                            surfaces.len() - 1
                        });
                        let reading = Reading {
                            ty: row.ty,
                            form,
                            cond,
                            file: file_no as u32,
                            line: (i + 1) as u32,
                        };
                        // The same row can generate one surface twice (past = participle).
                        let dup = readings[at].iter().any(|r| {
                            r.ty == reading.ty
                                && r.form == reading.form
                                && r.cond == reading.cond
                                && r.line == reading.line
                                && r.file == reading.file
                        });
                        if !dup {
                            readings[at].push(reading);
                        }
                    }
                }
            }
        }
        let automaton = TriggerDfa::build(&surfaces)?;
        Ok(Lexicon {
            automaton,
            readings,
            conditions,
            files: names,
        })
    }

    /// Number of distinct surface forms.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.readings.len()
    }
}

struct Row {
    ty: Option<EventType>,
    forms: Vec<(String, Form)>,
    conditions: Conditions,
}

fn parse_row(line: &str) -> Result<Row, String> {
    let cols: Vec<&str> = line.split('\t').collect();
    if cols.len() < 2 {
        return Err("expected `trigger<TAB>TYPE[<TAB>kind[<TAB>forms[<TAB>conditions]]]`".into());
    }
    if cols.len() > 5 {
        return Err(format!("{} columns, at most 5 expected", cols.len()));
    }
    let phrase = cols[0];
    if phrase.trim().is_empty()
        || phrase.trim() != phrase
        || phrase.contains("  ")
        || phrase.contains(['\n', '\t'])
    {
        return Err(format!("bad trigger {phrase:?}"));
    }
    let ty = match cols[1] {
        "NONE" => None,
        t => Some(t.parse::<EventType>().map_err(|e| e.to_string())?),
    };
    let kind = cols.get(2).copied().unwrap_or("").trim();
    let overrides = cols.get(3).copied().unwrap_or("").trim();
    let overrides: Vec<&str> = if overrides.is_empty() || overrides == "-" {
        Vec::new()
    } else {
        overrides.split(',').map(str::trim).collect()
    };
    let (head, rest) = match phrase.split_once(' ') {
        Some((h, r)) => (h, Some(r)),
        None => (phrase, None),
    };
    let join = |w: String| match rest {
        Some(r) => format!("{w} {r}"),
        None => w,
    };
    let pick = |i: usize, generated: String| -> Result<String, String> {
        match overrides.get(i) {
            Some(&"-") | None => Ok(generated),
            Some(w) if w.is_empty() || w.contains(' ') => Err(format!("bad form {w:?}")),
            Some(w) => Ok((*w).to_string()),
        }
    };
    let mut forms = Vec::new();
    match kind {
        "" | "phrase" => {
            if !overrides.is_empty() {
                return Err("forms are only for `verb` and `noun` rows".into());
            }
            forms.push((phrase.to_string(), Form::Phrase));
        }
        "verb" | "verb-past" => {
            if overrides.len() > 3 {
                return Err("verb forms are `past,participle,gerund`".into());
            }
            let past = pick(0, past(head))?;
            let participle = pick(1, past.clone())?;
            let gerund = pick(2, gerund(head))?;
            if kind == "verb" {
                forms.push((join(head.to_string()), Form::Base));
                forms.push((join(third(head)), Form::Third));
            }
            if past == participle {
                forms.push((join(past), Form::PastParticiple));
            } else {
                forms.push((join(past), Form::Past));
                forms.push((join(participle), Form::Participle));
            }
            forms.push((join(gerund), Form::Gerund));
        }
        "noun" => {
            if overrides.len() > 1 {
                return Err("noun forms are `plural`".into());
            }
            forms.push((phrase.to_string(), Form::Noun));
            // In a multiword noun the last word takes the plural ("air strike" -> "air strikes").
            let (stem, last) = match phrase.rsplit_once(' ') {
                Some((s, l)) => (Some(s), l),
                None => (None, phrase),
            };
            let plural = match overrides.first() {
                // A whole plural phrase: "coups d'état".
                Some(o) if o.contains(' ') => (*o).to_string(),
                _ => {
                    let p = pick(0, third(last))?;
                    match stem {
                        Some(s) => format!("{s} {p}"),
                        None => p,
                    }
                }
            };
            if plural != phrase {
                forms.push((plural, Form::Noun));
            }
        }
        k => {
            return Err(format!(
                "unknown kind {k:?} (phrase, verb, verb-past, noun)"
            ));
        }
    }
    let conditions = match cols.get(4) {
        Some(c) => parse_conditions(c)?,
        None => Conditions::default(),
    };
    Ok(Row {
        ty,
        forms,
        conditions,
    })
}

fn parse_conditions(s: &str) -> Result<Conditions, String> {
    let mut c = Conditions::default();
    for part in s.split_whitespace() {
        let Some((key, values)) = part.split_once('=') else {
            return Err(format!("bad condition {part:?}: expected key=value,value"));
        };
        let list = || -> Vec<Box<str>> {
            values
                .split(',')
                .filter(|v| !v.is_empty())
                .map(|v| v.to_ascii_lowercase().into_boxed_str())
                .collect()
        };
        match key {
            "next" => c.next.extend(list()),
            "not_next" => c.not_next.extend(list()),
            "prev" => c.prev.extend(list()),
            "not_prev" => c.not_prev.extend(list()),
            "actor" => {
                c.actor = match values {
                    "military" => ActorRequirement::Military,
                    "any" => ActorRequirement::Any,
                    v => return Err(format!("bad actor requirement {v:?} (military, any)")),
                }
            }
            "object" | "not_object" => {
                let kind = match values {
                    "place" => ObjectKind::Place,
                    "person" => ObjectKind::Person,
                    v => return Err(format!("bad object kind {v:?} (place, person)")),
                };
                if key == "object" {
                    c.object = Some(kind);
                } else {
                    c.not_object = Some(kind);
                }
            }
            k => {
                return Err(format!(
                    "unknown condition {k:?} (next, not_next, prev, not_prev, actor, object, \
                     not_object)"
                ));
            }
        }
    }
    Ok(c)
}

fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// Whether a one-syllable verb ends consonant-vowel-consonant and doubles its last letter
/// ("ban" -> "banned", "stop" -> "stopping"; not "meet", "raid", "fix").
fn doubles(w: &str) -> bool {
    let b = w.as_bytes();
    let n = b.len();
    if n < 3 || !b.iter().all(u8::is_ascii_lowercase) {
        return false;
    }
    let groups = b
        .iter()
        .enumerate()
        .filter(|&(i, &c)| is_vowel(c) && (i == 0 || !is_vowel(b[i - 1])))
        .count();
    groups == 1
        && !is_vowel(b[n - 1])
        && !matches!(b[n - 1], b'w' | b'x' | b'y')
        && is_vowel(b[n - 2])
        && !is_vowel(b[n - 3])
        && !(b[n - 3] == b'u' && n >= 4 && b[n - 4] == b'q')
}

/// Third person singular (and regular noun plural).
pub(crate) fn third(w: &str) -> String {
    let b = w.as_bytes();
    let n = b.len();
    if w.ends_with(['s', 'x', 'z']) || w.ends_with("ch") || w.ends_with("sh") {
        format!("{w}es")
    } else if n >= 2 && b[n - 1] == b'y' && !is_vowel(b[n - 2]) {
        format!("{}ies", &w[..n - 1])
    } else if n >= 2 && b[n - 1] == b'o' && !is_vowel(b[n - 2]) {
        format!("{w}es")
    } else {
        format!("{w}s")
    }
}

/// Regular past tense.
pub(crate) fn past(w: &str) -> String {
    let b = w.as_bytes();
    let n = b.len();
    if w.ends_with('e') {
        format!("{w}d")
    } else if n >= 2 && b[n - 1] == b'y' && !is_vowel(b[n - 2]) {
        format!("{}ied", &w[..n - 1])
    } else if doubles(w) {
        format!("{w}{}ed", &w[n - 1..])
    } else {
        format!("{w}ed")
    }
}

/// Regular `-ing` form.
pub(crate) fn gerund(w: &str) -> String {
    let n = w.len();
    if w.ends_with("ie") {
        format!("{}ying", &w[..n - 2])
    } else if w.ends_with('e') && !w.ends_with("ee") && !w.ends_with("ye") && !w.ends_with("oe") {
        format!("{}ing", &w[..n - 1])
    } else if doubles(w) {
        format!("{w}{}ing", &w[n - 1..])
    } else {
        format!("{w}ing")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflections() {
        let cases = [
            // lemma, third, past, gerund
            ("attack", "attacks", "attacked", "attacking"),
            ("seize", "seizes", "seized", "seizing"),
            ("deploy", "deploys", "deployed", "deploying"),
            ("carry", "carries", "carried", "carrying"),
            ("ban", "bans", "banned", "banning"),
            ("stop", "stops", "stopped", "stopping"),
            ("meet", "meets", "meeted", "meeting"),
            ("raid", "raids", "raided", "raiding"),
            ("die", "dies", "died", "dying"),
            ("agree", "agrees", "agreed", "agreeing"),
            ("push", "pushes", "pushed", "pushing"),
            ("veto", "vetoes", "vetoed", "vetoing"),
            ("fix", "fixes", "fixed", "fixing"),
            ("quit", "quits", "quited", "quiting"),
        ];
        for (lemma, t, p, g) in cases {
            assert_eq!(third(lemma), t, "{lemma}");
            assert_eq!(past(lemma), p, "{lemma}");
            assert_eq!(gerund(lemma), g, "{lemma}");
        }
    }

    #[test]
    fn rows() {
        let row = parse_row("pull out of\tWITHDRAWAL\tverb").unwrap();
        let forms: Vec<&str> = row.forms.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(
            forms,
            [
                "pull out of",
                "pulls out of",
                "pulled out of",
                "pulling out of"
            ]
        );
        let row = parse_row("overrun\tATTACK\tverb\toverran,overrun,overrunning").unwrap();
        assert!(row.forms.contains(&("overran".into(), Form::Past)));
        assert!(row.forms.contains(&("overrun".into(), Form::Participle)));
        assert!(row.forms.contains(&("overrun".into(), Form::Base)));
        let row = parse_row("air strike\tATTACK\tnoun").unwrap();
        assert_eq!(row.forms[1].0, "air strikes");
        let row = parse_row("win\tELECTION\tverb\twon,won,winning\tnext=election,vote").unwrap();
        assert_eq!(row.conditions.next.len(), 2);
        assert!(parse_row("attack").is_err());
        assert!(parse_row("attack\tFIGHT").is_err());
        assert!(parse_row("attack\tATTACK\tadverb").is_err());
        assert!(parse_row("attack\tATTACK\tverb\t-\tnear=x").is_err());
        assert!(parse_row(" attack\tATTACK").is_err());
    }

    #[test]
    fn embedded_lexicon_builds() {
        let lex = Lexicon::build(&[(
            super::super::EMBEDDED_LEXICON.0.to_string(),
            super::super::EMBEDDED_LEXICON.1.to_string(),
        )])
        .unwrap();
        assert!(lex.len() > 500, "{}", lex.len());
    }
}
