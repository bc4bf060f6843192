//! Pattern files from other tools: spaCy EntityRuler / SpanRuler JSONL, CoreNLP RegexNER mapping
//! files and GATE gazetteer lists.
//!
//! Load them through [`ExtractorBuilder`] ([`spacy_patterns_file`](ExtractorBuilder::spacy_patterns_file),
//! [`regexner_file`](ExtractorBuilder::regexner_file), [`gate_lists_def`](ExtractorBuilder::gate_lists_def))
//! or the `extract` flags `--patterns`, `--regexner` and `--gate-lists`. Every match becomes a
//! candidate with [`Priority::User`], so it wins over built-in
//! candidates of the same length (a longer overlapping candidate still wins, as always), and its
//! `source` names the file and line: `spacy:FILE:LINE`, `regexner:FILE:LINE`, `gate:FILE.lst:LINE`.
//! Malformed lines are errors at `build()` naming the file and line. Nothing runs at extraction
//! time unless patterns were loaded.
//!
//! ## Example
//!
//! ```
//! let ex = chronicle::Extractor::builder()
//!     .spacy_patterns_str("ruler.jsonl", r#"{"label": "ORG", "pattern": "Northwind Traders"}"#)
//!     .build()?;
//! let doc = ex.extract("Northwind Traders opened an office in Dakar.");
//! assert_eq!(doc.entities[0].label, chronicle::Label::Organization);
//! assert_eq!(doc.entities[0].source.to_string(), "spacy:ruler.jsonl:1");
//! # Ok::<(), chronicle::Error>(())
//! ```
//!
//! ## spaCy patterns
//!
//! One JSON object per line: `{"label": ..., "pattern": ..., "id": ...}` (`id` is accepted and
//! not used; blank lines are skipped).
//!
//! - **Phrase patterns** (`"pattern": "Apple"`) match the exact string (case-sensitive, as spaCy's
//!   default `ORTH` phrase matching) where it starts and ends at word boundaries.
//! - **Token patterns** (`"pattern": [{"LOWER": "red"}, {"LOWER": "cross"}]`): attributes `ORTH`,
//!   `TEXT`, `LOWER` (a string, or `{"IN": [...]}` / `{"NOT_IN": [...]}`), `IS_DIGIT`, `IS_TITLE`,
//!   `IS_ALPHA`, `IS_LOWER`, `IS_UPPER` (booleans, with Python's meaning), `LENGTH` (an integer),
//!   and `OP` (`?`, `*`, `+`, `!`); `{}` matches any token. Any other attribute or operator is an
//!   error naming the line. For each start token the longest match is proposed. Tokens are
//!   chronicle's, adjusted towards spaCy's: possessive `'s` and contractions (`n't`, `'ll`...) are
//!   tokens of their own, a hyphen between letters is its own token (`al-Bashir` is `al`, `-`,
//!   `Bashir`), digit groups stay together (`10,000`); unlike spaCy, `Mr.` is `Mr` and `.`.
//!
//! | spaCy label | chronicle label |
//! |---|---|
//! | `PERSON`, `PER` | `PERSON` |
//! | `GPE`, `LOC`, `FAC`, `LOCATION` | `LOCATION` |
//! | `ORG`, `ORGANIZATION` | `ORGANIZATION` |
//! | `NORP` | `NORP` |
//! | `DATE`, `TIME`, `DURATION`, `SET` | the same (no TIMEX3 `value`) |
//! | `EVENT`, `WORK_OF_ART`, `LAW`, `PRODUCT`, `LANGUAGE`, `MISC` | `MISC` |
//! | `MONEY`, `PERCENT`, `QUANTITY`, `ORDINAL`, `CARDINAL`, anything else | error, or skipped with [`skip_unmapped_labels`](ExtractorBuilder::skip_unmapped_labels) |
//!
//! Labels are matched case-insensitively.
//!
//! ## CoreNLP RegexNER
//!
//! One mapping per line, tab-separated: `pattern<TAB>TYPE[<TAB>overwritable<TAB>priority]`. The
//! pattern is a space-separated sequence of token regexes, each of which must match a whole token
//! (Java regex syntax as far as the Rust `regex` crate shares it: no look-around or
//! back-references, which are errors naming the line). Tokens are chronicle's with possessive `'s`
//! and contractions split off, hyphenated words kept whole (as CoreNLP's PTB tokenizer does).
//! `priority` (a number, default 0) orders entries that match the same span, highest first;
//! `overwritable` is read and not used: chronicle's resolver decides (longest span, then user
//! entries over built-in ones).
//!
//! | RegexNER type | chronicle label |
//! |---|---|
//! | `PERSON` | `PERSON` |
//! | `LOCATION`, `CITY`, `COUNTRY`, `STATE_OR_PROVINCE` | `LOCATION` |
//! | `ORGANIZATION` | `ORGANIZATION` |
//! | `NATIONALITY`, `RELIGION`, `IDEOLOGY`, `NORP` | `NORP` |
//! | `DATE`, `TIME`, `DURATION`, `SET` | the same (no TIMEX3 `value`) |
//! | `MISC` | `MISC` |
//! | `TITLE`, `CRIMINAL_CHARGE`, `CAUSE_OF_DEATH`, `URL`, `EMAIL`, `MONEY`, `NUMBER`, anything else | error, or skipped with [`skip_unmapped_labels`](ExtractorBuilder::skip_unmapped_labels) |
//!
//! ## GATE gazetteer lists
//!
//! `lists.def` lines are `file.lst:majorType[:minorType[:language[:annotationType]]]`; the `.lst`
//! files are read from the directory of `lists.def`, one entry per line (features after a tab are
//! ignored), matched case-sensitively at word boundaries. Lists whose types map to no chronicle
//! label are skipped without being read: GATE lists also hold cue words (titles, first names,
//! organization keywords, stop words) that are not entities by themselves.
//!
//! | majorType | minorType | chronicle label |
//! |---|---|---|
//! | `location` | `nationality`, `country_adj` | `NORP` |
//! | `location` | any other | `LOCATION` |
//! | `country_adj`, `nationality` | any | `NORP` |
//! | `organization`, `organisation`, `company` | any | `ORGANIZATION` |
//! | `person_full`, `person` | any | `PERSON` |
//! | `facility` | any | `LOCATION` |
//! | a chronicle label name (`PERSON`, `LOCATION`, `NORP`...) | any | that label |
//! | anything else (`person_first`, `surname`, `title`, `jobtitle`, `org_key`, `stop`, `date`...) | | skipped |
//!
//! Types are matched case-insensitively.

mod gate;
mod regexner;
mod spacy;
mod view;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use aho_corasick::{AhoCorasick, MatchKind};

use crate::document::{Entity, Label, Sentence, Source, Span};
use crate::error::Error;
use crate::extractor::ExtractorBuilder;
use crate::resolve::{Candidate, Priority};
use crate::tokens::Token;

/// The chronicle label for a spaCy label (see the table in the module docs).
///
/// ```
/// use chronicle::{import::spacy_label, Label};
/// assert_eq!(spacy_label("GPE"), Some(Label::Location));
/// assert_eq!(spacy_label("org"), Some(Label::Organization));
/// assert_eq!(spacy_label("CARDINAL"), None);
/// ```
pub fn spacy_label(label: &str) -> Option<Label> {
    Some(match label.to_ascii_uppercase().as_str() {
        "PERSON" | "PER" => Label::Person,
        "GPE" | "LOC" | "FAC" | "LOCATION" => Label::Location,
        "ORG" | "ORGANIZATION" => Label::Organization,
        "NORP" => Label::Norp,
        "DATE" => Label::Date,
        "TIME" => Label::Time,
        "DURATION" => Label::Duration,
        "SET" => Label::Set,
        "EVENT" | "WORK_OF_ART" | "LAW" | "PRODUCT" | "LANGUAGE" | "MISC" => Label::Misc,
        _ => return None,
    })
}

/// The chronicle label for a CoreNLP RegexNER type (see the table in the module docs).
///
/// ```
/// use chronicle::{import::regexner_label, Label};
/// assert_eq!(regexner_label("STATE_OR_PROVINCE"), Some(Label::Location));
/// assert_eq!(regexner_label("NATIONALITY"), Some(Label::Norp));
/// assert_eq!(regexner_label("TITLE"), None);
/// ```
pub fn regexner_label(ty: &str) -> Option<Label> {
    Some(match ty.to_ascii_uppercase().as_str() {
        "PERSON" => Label::Person,
        "LOCATION" | "CITY" | "COUNTRY" | "STATE_OR_PROVINCE" => Label::Location,
        "ORGANIZATION" => Label::Organization,
        "NATIONALITY" | "RELIGION" | "IDEOLOGY" | "NORP" => Label::Norp,
        "DATE" => Label::Date,
        "TIME" => Label::Time,
        "DURATION" => Label::Duration,
        "SET" => Label::Set,
        "MISC" => Label::Misc,
        _ => return None,
    })
}

/// The chronicle label for a GATE list's `majorType` and `minorType`, or `None` for lists that
/// are not entities (see the table in the module docs).
///
/// ```
/// use chronicle::{import::gate_label, Label};
/// assert_eq!(gate_label("location", "city"), Some(Label::Location));
/// assert_eq!(gate_label("location", "country_adj"), Some(Label::Norp));
/// assert_eq!(gate_label("organization", ""), Some(Label::Organization));
/// assert_eq!(gate_label("person_first", "female"), None);
/// ```
pub fn gate_label(major: &str, minor: &str) -> Option<Label> {
    let major = major.to_ascii_lowercase();
    let minor = minor.to_ascii_lowercase();
    Some(match (major.as_str(), minor.as_str()) {
        ("location", "nationality" | "country_adj") => Label::Norp,
        ("location", _) => Label::Location,
        ("country_adj" | "nationality", _) => Label::Norp,
        ("organization" | "organisation" | "company", _) => Label::Organization,
        ("person_full" | "person", _) => Label::Person,
        ("facility", _) => Label::Location,
        (m, _) => {
            return Label::ALL
                .into_iter()
                .find(|l| l.as_str().eq_ignore_ascii_case(m));
        }
    })
}

/// A fast, non-cryptographic hasher for the small string keys of the pattern indexes (the
/// standard SipHash cost a measurable share of token-pattern matching).
#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher(u64);

impl std::hash::Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut b = [0u8; 8];
            b.copy_from_slice(c);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(b)).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A `HashMap` with [`FxHasher`].
pub(crate) type FxMap<K, V> =
    std::collections::HashMap<K, V, std::hash::BuildHasherDefault<FxHasher>>;

/// A pattern with its label and where it came from.
#[derive(Debug)]
pub(crate) struct Tagged<T> {
    pub item: T,
    pub label: Label,
    pub source: Source,
}

/// Where a pattern file's text comes from.
#[derive(Clone, Debug)]
pub(crate) enum Origin {
    Path(PathBuf),
    Text(String, String),
}

impl Origin {
    fn read(&self) -> Result<(String, String), Error> {
        match self {
            Origin::Path(p) => Ok((p.display().to_string(), crate::extractor::read_utf8(p)?)),
            Origin::Text(name, contents) => Ok((name.clone(), contents.clone())),
        }
    }
}

/// A pattern file waiting for `build()`.
#[derive(Clone, Debug)]
pub(crate) enum Pending {
    Spacy(Origin),
    RegexNer(Origin),
    Gate(PathBuf),
}

/// What the builder has been asked to import.
#[derive(Clone, Debug, Default)]
pub(crate) struct ImportSettings {
    pending: Vec<Pending>,
    skip_unmapped: bool,
}

/// Every imported pattern, ready to match.
#[derive(Debug)]
pub(crate) struct Imports {
    /// spaCy phrase patterns and GATE entries: one automaton, all overlapping matches.
    phrases: Option<AhoCorasick>,
    phrase_tags: Vec<(Label, Source)>,
    tokens: spacy::TokenMatcher,
    regexner: regexner::Matcher,
}

fn source(format: &'static str, file: &Arc<str>, line: usize) -> Source {
    Source::Import {
        format,
        file: Arc::clone(file),
        line: u32::try_from(line).unwrap_or(u32::MAX),
    }
}

impl Imports {
    /// Reads and validates every pending file; `None` when nothing was asked for.
    pub(crate) fn build(settings: &ImportSettings) -> Result<Option<Imports>, Error> {
        if settings.pending.is_empty() {
            return Ok(None);
        }
        let mut phrases: Vec<String> = Vec::new();
        let mut phrase_tags = Vec::new();
        let mut tokens = spacy::TokenMatcher::default();
        let mut regexner = regexner::Matcher::default();
        for p in &settings.pending {
            match p {
                Pending::Spacy(origin) => {
                    let (name, contents) = origin.read()?;
                    let file: Arc<str> = name.as_str().into();
                    for (i, line) in contents.lines().enumerate() {
                        if line.trim().is_empty() {
                            continue;
                        }
                        let parsed = spacy::parse_line(line, settings.skip_unmapped)
                            .map_err(|m| spacy::error(&name, i + 1, m))?;
                        match parsed {
                            spacy::Parsed::Phrase(s, label) => {
                                phrases.push(s);
                                phrase_tags.push((label, source("spacy", &file, i + 1)));
                            }
                            spacy::Parsed::Tokens(item, label) => tokens.add(Tagged {
                                item,
                                label,
                                source: source("spacy", &file, i + 1),
                            }),
                            spacy::Parsed::Skipped => {}
                        }
                    }
                }
                Pending::RegexNer(origin) => {
                    let (name, contents) = origin.read()?;
                    let file: Arc<str> = name.as_str().into();
                    for (i, line) in contents.lines().enumerate() {
                        let line = line.strip_suffix('\r').unwrap_or(line);
                        if line.trim().is_empty() {
                            continue;
                        }
                        let parsed = regexner::parse_line(line, settings.skip_unmapped)
                            .map_err(|m| spacy::error(&name, i + 1, m))?;
                        if let regexner::Parsed::Entry(item, label) = parsed {
                            regexner.add(Tagged {
                                item,
                                label,
                                source: source("regexner", &file, i + 1),
                            });
                        }
                    }
                }
                Pending::Gate(def) => {
                    let mut file: Arc<str> = "".into();
                    for e in gate::read(def)? {
                        if *file != *e.file {
                            file = e.file.as_str().into();
                        }
                        phrases.push(e.phrase);
                        phrase_tags.push((e.label, source("gate", &file, e.line)));
                    }
                }
            }
        }
        regexner
            .finish()
            .map_err(|m| Error::invalid_data(format!("RegexNER patterns: {m}")))?;
        let phrases = if phrases.is_empty() {
            None
        } else {
            Some(
                AhoCorasick::builder()
                    .match_kind(MatchKind::Standard)
                    .build(&phrases)
                    .map_err(|e| {
                        Error::invalid_data(format!("cannot build the phrase automaton: {e}"))
                    })?,
            )
        };
        Ok(Some(Imports {
            phrases,
            phrase_tags,
            tokens,
            regexner,
        }))
    }

    /// Proposes a candidate for every match in `text`. `toks` are the tokens of every sentence,
    /// in order.
    pub(crate) fn find(
        &self,
        text: &str,
        sentences: &[Sentence],
        toks: &[Token],
        out: &mut Vec<Candidate>,
    ) {
        let push = |out: &mut Vec<Candidate>, span: Span, label: Label, source: &Source| {
            out.push(Candidate {
                entity: Entity::new(span, label, source.clone()),
                priority: Priority::User,
            });
        };
        if let Some(ac) = &self.phrases {
            for m in ac.find_overlapping_iter(text) {
                if crate::gazetteer::is_whole_word(text, m.start(), m.end()) {
                    let (label, source) = &self.phrase_tags[m.pattern().as_usize()];
                    push(out, Span::new(m.start(), m.end()), *label, source);
                }
            }
        }
        if !self.tokens.is_empty() {
            // The spaCy-like view of every sentence, with lower-cased forms in one buffer.
            let mut spans = Vec::new();
            let mut bounds = Vec::with_capacity(sentences.len() + 1);
            for s in sentences {
                bounds.push(spans.len());
                view::build(text, sentence_tokens(toks, s.span), true, &mut spans);
            }
            bounds.push(spans.len());
            let mut lower = String::new();
            let mut ranges = Vec::with_capacity(spans.len());
            for sp in &spans {
                let start = lower.len();
                let word = &text[sp.range()];
                if word.is_ascii() {
                    lower.push_str(word);
                    lower[start..].make_ascii_lowercase();
                } else {
                    lower.extend(word.chars().flat_map(char::to_lowercase));
                }
                ranges.push(start..lower.len());
            }
            let view: Vec<spacy::Tok<'_>> = spans
                .iter()
                .zip(&ranges)
                .map(|(sp, r)| spacy::Tok {
                    text: &text[sp.range()],
                    lower: &lower[r.clone()],
                })
                .collect();
            for w in bounds.windows(2) {
                let sent = &view[w[0]..w[1]];
                let sent_spans = &spans[w[0]..w[1]];
                self.tokens.find(sent, |p, i, end| {
                    let span = Span::new(sent_spans[i].start, sent_spans[end - 1].end);
                    push(out, span, p.label, &p.source);
                });
            }
        }
        if !self.regexner.is_empty() {
            let mut spans = Vec::new();
            let mut found: Vec<(f64, Span, &Tagged<regexner::Entry>)> = Vec::new();
            let mut words: Vec<&str> = Vec::new();
            for s in sentences {
                spans.clear();
                view::build(text, sentence_tokens(toks, s.span), false, &mut spans);
                words.clear();
                words.extend(spans.iter().map(|sp| &text[sp.range()]));
                self.regexner.find(&words, |e, i, end| {
                    found.push((
                        e.item.priority,
                        Span::new(spans[i].start, spans[end - 1].end),
                        e,
                    ));
                });
            }
            // Higher priority first: the resolver keeps the first of equal candidates.
            found.sort_by(|a, b| b.0.total_cmp(&a.0));
            for (_, span, e) in found {
                push(out, span, e.label, &e.source);
            }
        }
    }
}

/// The tokens inside `span`.
fn sentence_tokens(toks: &[Token], span: Span) -> &[Token] {
    let lo = toks.partition_point(|t| t.span.start < span.start);
    let hi = toks.partition_point(|t| t.span.start < span.end);
    &toks[lo..hi]
}

/// Imports of other tools' pattern files (see [`chronicle::import`](crate::import)).
impl ExtractorBuilder {
    /// Adds a spaCy EntityRuler / SpanRuler pattern file (JSON Lines). See
    /// [`chronicle::import`](crate::import) for what is supported and the label table.
    ///
    /// ```
    /// let dir = std::env::temp_dir().join("chronicle-doc-spacy");
    /// std::fs::create_dir_all(&dir).unwrap();
    /// let path = dir.join("patterns.jsonl");
    /// std::fs::write(&path, concat!(
    ///     r#"{"label": "ORG", "pattern": [{"LOWER": "red"}, {"LOWER": "cross"}]}"#, "\n",
    /// )).unwrap();
    /// let ex = chronicle::Extractor::builder().spacy_patterns_file(&path).build()?;
    /// let doc = ex.extract("The RED CROSS said so.");
    /// assert_eq!(doc.entities[0].text(&doc.text), "RED CROSS");
    /// assert!(doc.entities[0].source.to_string().ends_with("patterns.jsonl:1"));
    /// # Ok::<(), chronicle::Error>(())
    /// ```
    pub fn spacy_patterns_file(&mut self, path: impl AsRef<Path>) -> &mut ExtractorBuilder {
        self.imports
            .pending
            .push(Pending::Spacy(Origin::Path(path.as_ref().to_path_buf())));
        self
    }

    /// Adds spaCy patterns given as a string; `name` appears in sources and errors.
    ///
    /// ```
    /// let err = chronicle::Extractor::builder()
    ///     .spacy_patterns_str("p.jsonl", "{\"label\": \"ORG\", \"pattern\": \"Acme\"}\n{\"label\": \"ORG\", \"pattern\": [{\"POS\": \"NOUN\"}]}")
    ///     .build()
    ///     .unwrap_err();
    /// assert_eq!(err.line(), Some(2));
    /// assert!(err.to_string().contains("p.jsonl:2"));
    /// assert!(err.to_string().contains("\"POS\""));
    /// ```
    pub fn spacy_patterns_str(&mut self, name: &str, contents: &str) -> &mut ExtractorBuilder {
        self.imports
            .pending
            .push(Pending::Spacy(Origin::Text(name.into(), contents.into())));
        self
    }

    /// Adds a CoreNLP RegexNER mapping file (`pattern<TAB>TYPE[<TAB>overwritable<TAB>priority]`).
    /// See [`chronicle::import`](crate::import).
    ///
    /// ```
    /// let dir = std::env::temp_dir().join("chronicle-doc-regexner");
    /// std::fs::create_dir_all(&dir).unwrap();
    /// let path = dir.join("mapping.tab");
    /// std::fs::write(&path, "Lake (Chad|Volta)\tLOCATION\n").unwrap();
    /// let ex = chronicle::Extractor::builder().regexner_file(&path).build()?;
    /// let doc = ex.extract("Boats crossed Lake Volta.");
    /// assert_eq!(doc.entities[0].text(&doc.text), "Lake Volta");
    /// # Ok::<(), chronicle::Error>(())
    /// ```
    pub fn regexner_file(&mut self, path: impl AsRef<Path>) -> &mut ExtractorBuilder {
        self.imports
            .pending
            .push(Pending::RegexNer(Origin::Path(path.as_ref().to_path_buf())));
        self
    }

    /// Adds RegexNER mappings given as a string; `name` appears in sources and errors.
    ///
    /// ```
    /// let ex = chronicle::Extractor::builder()
    ///     .regexner_str("m.tab", "Acme Widgets\tORGANIZATION\n")
    ///     .build()?;
    /// let doc = ex.extract("Acme Widgets grew.");
    /// assert_eq!(doc.entities[0].source.to_string(), "regexner:m.tab:1");
    /// # Ok::<(), chronicle::Error>(())
    /// ```
    pub fn regexner_str(&mut self, name: &str, contents: &str) -> &mut ExtractorBuilder {
        self.imports.pending.push(Pending::RegexNer(Origin::Text(
            name.into(),
            contents.into(),
        )));
        self
    }

    /// Adds a GATE gazetteer: a `lists.def` file and the `.lst` files it names (read from the
    /// same directory). See [`chronicle::import`](crate::import) for the type table.
    ///
    /// ```
    /// let dir = std::env::temp_dir().join("chronicle-doc-gate");
    /// std::fs::create_dir_all(&dir).unwrap();
    /// std::fs::write(dir.join("lists.def"), "clinics.lst:facility:hospital\ntitles.lst:title\n").unwrap();
    /// std::fs::write(dir.join("clinics.lst"), "Hope Clinic\n").unwrap();
    /// let ex = chronicle::Extractor::builder().gate_lists_def(dir.join("lists.def")).build()?;
    /// let doc = ex.extract("Patients reached Hope Clinic.");
    /// assert_eq!(doc.entities[0].label, chronicle::Label::Location);
    /// assert!(doc.entities[0].source.to_string().ends_with("clinics.lst:1"));
    /// # Ok::<(), chronicle::Error>(())
    /// ```
    pub fn gate_lists_def(&mut self, path: impl AsRef<Path>) -> &mut ExtractorBuilder {
        self.imports
            .pending
            .push(Pending::Gate(path.as_ref().to_path_buf()));
        self
    }

    /// Skips spaCy and RegexNER lines whose label has no chronicle equivalent (`CARDINAL`,
    /// `TITLE`...) instead of failing `build()` on them.
    ///
    /// ```
    /// let ex = chronicle::Extractor::builder()
    ///     .regexner_str("m.tab", "Chief Engineer\tTITLE\nAcme Widgets\tORGANIZATION\n")
    ///     .skip_unmapped_labels(true)
    ///     .build()?;
    /// assert_eq!(ex.extract("Acme Widgets grew.").entities.len(), 1);
    /// # Ok::<(), chronicle::Error>(())
    /// ```
    pub fn skip_unmapped_labels(&mut self, yes: bool) -> &mut ExtractorBuilder {
        self.imports.skip_unmapped = yes;
        self
    }
}
