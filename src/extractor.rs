//! [`Extractor`]: built once from data, then used on any number of texts, from any thread.

use std::path::{Path, PathBuf};
use std::sync::{Arc, LazyLock};

use crate::document::{DateSource, Document, Entity, Label, Sentence};
use crate::error::Error;
use crate::events::{self, Lexicon};
use crate::gazetteer::{self, EntryKind, Gazetteer, SourceFile};
use crate::patterns;
use crate::resolve::{self, Candidate, Priority, Verdict};
use crate::temporal::{self, Date, DatePolicy, NumericDateOrder, TemporalConfig};
use crate::tokens;

/// One text to extract from, with optional id and document date.
///
/// ```
/// use chronicle::{Extractor, Input};
/// let input = Input::new("Troops left Kidal last month.")
///     .with_id("doc-1")
///     .with_document_date("2026-05-22".parse().unwrap());
/// let doc = Extractor::default().extract_with(input);
/// assert_eq!(doc.id.as_deref(), Some("doc-1"));
/// let date = doc.entities.iter().find(|e| e.label == chronicle::Label::Date).unwrap();
/// assert_eq!(date.value.as_deref(), Some("2026-04"));
/// ```
#[derive(Clone, Copy, Debug, Default)]
pub struct Input<'a> {
    /// The text.
    pub text: &'a str,
    /// An id to carry into the record.
    pub id: Option<&'a str>,
    /// The document creation time: the anchor for "last month", "yesterday"... When absent, a
    /// dateline near the top of the text is used if there is one.
    pub document_date: Option<Date>,
}

impl<'a> Input<'a> {
    /// An input with just a text.
    pub fn new(text: &'a str) -> Input<'a> {
        Input {
            text,
            id: None,
            document_date: None,
        }
    }

    /// Sets the id.
    pub fn with_id(mut self, id: &'a str) -> Input<'a> {
        self.id = Some(id);
        self
    }

    /// Sets the document date.
    pub fn with_document_date(mut self, date: Date) -> Input<'a> {
        self.document_date = Some(date);
        self
    }
}

/// Extracts entities, dates and events from English text.
///
/// Build it once ([`Extractor::default`] for the embedded data, [`Extractor::builder`] for your
/// own) and reuse it: it is `Clone` (cheap, shared), `Send` and `Sync`.
///
/// ```
/// use chronicle::{Extractor, Label};
/// let extractor = Extractor::default();
/// let doc = extractor.extract("Russian troops withdrew from Kidal, in northern Mali.");
/// let places: Vec<&str> = doc.entities_with(Label::Location).map(|e| e.text(&doc.text)).collect();
/// assert_eq!(places, ["Kidal", "Mali"]);
/// ```
#[derive(Clone, Debug)]
pub struct Extractor {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    gazetteer: Gazetteer,
    lexicon: Lexicon,
    /// Imported pattern files (spaCy, RegexNER, GATE), if any.
    imports: Option<crate::import::Imports>,
    temporal: TemporalConfig,
}

static DEFAULT: LazyLock<Extractor> = LazyLock::new(|| {
    Extractor::builder()
        .build()
        .expect("the embedded gazetteers and lexicons are valid (tested)")
});

impl Default for Extractor {
    /// The extractor over the embedded default data. Built on first use, then shared.
    fn default() -> Extractor {
        DEFAULT.clone()
    }
}

/// Every candidate of a document with its verdict, for debugging (`extract --explain`).
#[derive(Clone, Debug)]
pub struct Explanation {
    /// The document as [`Extractor::extract_with`] returns it.
    pub document: Document,
    /// Every candidate proposed, and what became of it.
    pub candidates: Vec<(Candidate, Verdict)>,
}

impl Extractor {
    /// The default extractor (same as [`Extractor::default`]).
    ///
    /// ```
    /// let doc = chronicle::Extractor::new().extract("Paris.");
    /// assert_eq!(doc.entities.len(), 1);
    /// ```
    pub fn new() -> Extractor {
        Extractor::default()
    }

    /// A builder, to add your own gazetteers and lexicons.
    ///
    /// ```
    /// let ex = chronicle::Extractor::builder()
    ///     .gazetteer_str("mine.tsv", "Acme Widgets\tORGANIZATION\n")
    ///     .build()
    ///     .unwrap();
    /// let doc = ex.extract("Acme Widgets opened in Bamako.");
    /// assert_eq!(doc.entities[0].label, chronicle::Label::Organization);
    /// ```
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    /// Extracts from `text` with no id and no given document date.
    ///
    /// ```
    /// let doc = chronicle::Extractor::default().extract("");
    /// assert!(doc.sentences.is_empty() && doc.entities.is_empty());
    /// ```
    pub fn extract(&self, text: &str) -> Document {
        self.extract_with(Input::new(text))
    }

    /// Extracts from an [`Input`].
    pub fn extract_with(&self, input: Input<'_>) -> Document {
        self.run(input, false).0
    }

    /// Extracts and also returns every candidate with its verdict.
    ///
    /// ```
    /// let ex = chronicle::Extractor::default();
    /// let exp = ex.explain(chronicle::Input::new("He met Sen. Ann Smith in Paris."));
    /// assert!(exp.candidates.len() >= exp.document.entities.len());
    /// ```
    pub fn explain(&self, input: Input<'_>) -> Explanation {
        let (document, candidates) = self.run(input, true);
        Explanation {
            document,
            candidates,
        }
    }

    /// The loaded gazetteers.
    pub(crate) fn gazetteer(&self) -> &Gazetteer {
        &self.inner.gazetteer
    }

    /// The time-expression settings.
    pub(crate) fn temporal_config(&self) -> TemporalConfig {
        self.inner.temporal
    }

    /// Number of gazetteer entries loaded (all kinds).
    ///
    /// ```
    /// assert!(chronicle::Extractor::default().gazetteer_len() > 30_000);
    /// ```
    pub fn gazetteer_len(&self) -> usize {
        self.inner.gazetteer.len()
    }

    fn run(&self, input: Input<'_>, explain: bool) -> (Document, Vec<(Candidate, Verdict)>) {
        let text = input.text;
        let mut sentences: Vec<Sentence> = crate::segment::split(text)
            .into_iter()
            .map(|span| Sentence { span })
            .collect();
        // Reserved from the text (news: a gazetteer match per ~55 bytes, a candidate per ~16, a
        // time expression per ~150, an event per ~120), capped: the vectors rarely grow.
        let expect = |bytes_per_item: usize| (text.len() / bytes_per_item).min(1 << 16) + 8;
        let mut scratch = Scratch::take();
        let Scratch {
            matches,
            candidates,
            toks,
            known,
            starts,
        } = &mut *scratch;
        matches.reserve(expect(40));
        let gaz = &self.inner.gazetteer;
        gaz.find(text, matches);
        Gazetteer::join_wrapped(text, matches, &mut sentences);
        // The dateline search scans the head for time expressions without a DCT; when it finds
        // none, the document's scan goes on from where it stood.
        let mut resume = None;
        let (document_date, document_date_source) = match input.document_date {
            Some(d) => (Some(d), Some(DateSource::Given)),
            None => match temporal::find_dct_resumable(text, &sentences, &mut resume) {
                Some(d) => (Some(d), Some(DateSource::Dateline)),
                None => (None, None),
            },
        };

        candidates.reserve(expect(12));
        gazetteer_candidates(gaz, text, matches, candidates);

        // About one token per 6 bytes of news text: at most one allocation, not a dozen.
        toks.reserve(text.len() / 5 + 16);
        for s in &sentences {
            tokens::tokenize(text, s.span, toks);
        }
        // The gazetteer's word look-ups several rules make of capitalized tokens, made once.
        // Filled in place: most tokens are not capitalized and stay `None`.
        known.resize(toks.len(), None);
        for (info, t) in known.iter_mut().zip(toks.iter()) {
            if t.shape == tokens::Shape::Capitalized {
                *info = Some(gaz.word_info_at(text, t.span));
            }
        }
        starts.fill(text, toks, matches);
        let ctx = patterns::Context {
            text,
            tokens: toks,
            gazetteer: gaz,
            matches,
            known,
            starts,
        };
        patterns::find(&ctx, candidates);
        if let Some(imports) = &self.inner.imports {
            imports.find(text, &sentences, toks, candidates);
        }

        let mut timexes = Vec::with_capacity(expect(100));
        let resume = resume.filter(|_| {
            document_date.is_none() && self.inner.temporal == TemporalConfig::default()
        });
        temporal::find_from(
            text,
            &sentences,
            document_date,
            self.inner.temporal,
            resume,
            &mut timexes,
        );
        candidates.extend(timexes.into_iter().map(|t| {
            let mut e = Entity::new(t.span, t.label, crate::Source::Rule(t.rule));
            e.value = Some(t.value);
            e.modifier = t.modifier;
            Candidate {
                entity: e,
                priority: Priority::Temporal,
            }
        }));

        // Name coreference reads the first resolution's entities in place among the
        // candidates, and proposes short mentions of the names found; then one more resolution.
        // The candidates are only kept for an explanation: otherwise the entities are moved out
        // of them.
        let (accepted, mut verdicts) = resolve::select_kept(candidates, &sentences);
        let mut mentions = Vec::new();
        {
            let first: Vec<&Entity> = accepted
                .iter()
                .map(|&(i, _)| &candidates[i].entity)
                .collect();
            crate::coreference::find(&ctx, &first, &mut mentions);
        }
        let entities = if mentions.is_empty() {
            resolve::take_kept(candidates, &accepted, explain)
        } else {
            candidates.append(&mut mentions);
            let entities;
            (entities, verdicts) = if explain {
                resolve::resolve(candidates, &sentences)
            } else {
                resolve::resolve_taking(candidates, &sentences)
            };
            entities
        };
        let mut events = Vec::with_capacity(expect(80));
        self.inner
            .lexicon
            .find(text, &sentences, toks, &entities, &mut events);
        let explained = if explain {
            std::mem::take(candidates)
                .into_iter()
                .zip(verdicts)
                .collect()
        } else {
            Vec::new()
        };
        scratch.keep(text.len());
        let doc = Document {
            id: input.id.map(str::to_string),
            text: text.to_string(),
            document_date,
            document_date_source,
            sentences,
            entities,
            events,
        };
        (doc, explained)
    }
}

/// The buffers of [`Extractor::run`], kept by each thread between documents: a document's
/// vectors are cleared, not allocated and freed again.
#[derive(Default)]
struct Scratch {
    matches: Vec<gazetteer::Match>,
    candidates: Vec<Candidate>,
    toks: Vec<tokens::Token>,
    known: Vec<Option<gazetteer::WordInfo>>,
    starts: patterns::Starts,
}

thread_local! {
    /// The thread's [`Scratch`] between documents.
    static SCRATCH: std::cell::Cell<Option<Box<Scratch>>> = const { std::cell::Cell::new(None) };
}

impl Scratch {
    /// Texts longer than this do not keep their buffers (not to hold their memory).
    const KEEP_BELOW: usize = 1 << 20;

    /// The thread's buffers, empty (new ones the first time, or while a document of the thread
    /// holds them).
    fn take() -> Box<Scratch> {
        SCRATCH.take().unwrap_or_default()
    }

    /// Empties the buffers and keeps them for the thread's next document, unless they were
    /// sized for a text of `text_len` bytes past [`Scratch::KEEP_BELOW`].
    fn keep(mut self: Box<Scratch>, text_len: usize) {
        if text_len >= Scratch::KEEP_BELOW {
            return;
        }
        self.matches.clear();
        self.candidates.clear();
        self.toks.clear();
        self.known.clear();
        self.starts.clear();
        SCRATCH.set(Some(self));
    }
}

/// Turns gazetteer matches into candidates, choosing one entry per match.
///
/// Among a surface's entity entries: places first (a country named in the document decides between
/// places of the same name, then population), then nationalities, organizations, other labels.
fn gazetteer_candidates(
    gaz: &Gazetteer,
    text: &str,
    matches: &[gazetteer::Match],
    out: &mut Vec<Candidate>,
) {
    // Countries the document names unambiguously: context for choosing among same-name places.
    let mut context: Vec<crate::CountryCode> = Vec::new();
    for m in matches {
        let mut places = gaz
            .entries_of(m.pattern)
            .filter(|e| matches!(e.kind, EntryKind::Place(_)));
        if let (Some(e), None) = (places.next(), places.next()) {
            if let Some(c) = e.country {
                if !context.contains(&c) {
                    context.push(c);
                }
            }
        }
    }
    for m in matches {
        // "US$40", "A$5": a currency, not the place.
        if text.as_bytes().get(m.span.end) == Some(&b'$') {
            continue;
        }
        let rank = |e: &gazetteer::Entry| -> (u8, u8, u64) {
            let label_rank = match e.label {
                Label::Location => 4,
                Label::Norp => 3,
                Label::Organization => 2,
                _ => 1,
            };
            let in_context = e.country.is_some_and(|c| context.contains(&c));
            let pop = e.place.and_then(|p| p.population).unwrap_or(0);
            (label_rank, u8::from(in_context), pop)
        };
        let best = gaz
            .entries_of(m.pattern)
            .filter(|e| e.kind.is_entity() && !patterns::adjective_alias(e))
            .max_by_key(|e| rank(e));
        let Some(entry) = best else { continue };
        let mut e = Entity::new(m.span, entry.label, entry.source.clone());
        e.canonical = entry.canonical.clone();
        e.country = entry.country;
        e.place = entry.place;
        out.push(Candidate {
            entity: e,
            priority: if entry.user {
                Priority::User
            } else {
                Priority::Gazetteer
            },
        });
    }
}

/// Builds an [`Extractor`] from the embedded data plus your own files.
///
/// ```
/// use chronicle::Extractor;
/// let dir = std::env::temp_dir().join("chronicle-doc-builder");
/// std::fs::create_dir_all(&dir).unwrap();
/// std::fs::write(dir.join("extra.tsv"), "Northwind Traders\tORGANIZATION\n").unwrap();
/// let ex = Extractor::builder().gazetteer_dir(&dir).build().unwrap();
/// let doc = ex.extract("Northwind Traders said so.");
/// assert_eq!(doc.entities[0].text(&doc.text), "Northwind Traders");
/// ```
#[derive(Clone, Debug)]
pub struct ExtractorBuilder {
    defaults: bool,
    gazetteers: Vec<Pending>,
    lexicons: Vec<Pending>,
    /// Pattern files to import (methods in `crate::import`).
    pub(crate) imports: crate::import::ImportSettings,
    temporal: TemporalConfig,
}

#[derive(Clone, Debug)]
enum Pending {
    Path(PathBuf, bool),
    Dir(PathBuf, bool),
    Text(String, String, bool),
}

impl Default for ExtractorBuilder {
    fn default() -> ExtractorBuilder {
        ExtractorBuilder {
            defaults: true,
            gazetteers: Vec::new(),
            lexicons: Vec::new(),
            imports: Default::default(),
            temporal: TemporalConfig::default(),
        }
    }
}

impl ExtractorBuilder {
    /// Leaves out the embedded gazetteers (the trigger lexicon stays).
    ///
    /// ```
    /// let ex = chronicle::Extractor::builder().without_default_gazetteers().build().unwrap();
    /// assert_eq!(ex.gazetteer_len(), 0);
    /// ```
    pub fn without_default_gazetteers(&mut self) -> &mut ExtractorBuilder {
        self.defaults = false;
        self
    }

    /// Adds a gazetteer file (9-column or `surface<TAB>LABEL` rows), matched case-sensitively.
    pub fn gazetteer_file(&mut self, path: impl AsRef<Path>) -> &mut ExtractorBuilder {
        self.gazetteers
            .push(Pending::Path(path.as_ref().to_path_buf(), false));
        self
    }

    /// Adds a gazetteer file matched ASCII-case-insensitively ("acme" matches "ACME", "Acme").
    pub fn gazetteer_file_case_insensitive(
        &mut self,
        path: impl AsRef<Path>,
    ) -> &mut ExtractorBuilder {
        self.gazetteers
            .push(Pending::Path(path.as_ref().to_path_buf(), true));
        self
    }

    /// Adds every `*.tsv` file of a directory (sorted by name), matched case-sensitively.
    pub fn gazetteer_dir(&mut self, dir: impl AsRef<Path>) -> &mut ExtractorBuilder {
        self.gazetteers
            .push(Pending::Dir(dir.as_ref().to_path_buf(), false));
        self
    }

    /// Adds gazetteer rows given as a string; `name` appears in sources and errors.
    pub fn gazetteer_str(&mut self, name: &str, contents: &str) -> &mut ExtractorBuilder {
        self.gazetteers
            .push(Pending::Text(name.into(), contents.into(), false));
        self
    }

    /// Adds an event trigger lexicon file (`trigger<TAB>TYPE` rows) to the embedded one.
    pub fn event_lexicon_file(&mut self, path: impl AsRef<Path>) -> &mut ExtractorBuilder {
        self.lexicons
            .push(Pending::Path(path.as_ref().to_path_buf(), true));
        self
    }

    /// Sets how incomplete dates ("in April", "on Tuesday") are placed against the document date
    /// (default [`DatePolicy::News`]).
    ///
    /// ```
    /// use chronicle::{DatePolicy, Extractor};
    /// let ex = Extractor::builder().date_policy(DatePolicy::Nearest).build().unwrap();
    /// # let _ = ex;
    /// ```
    pub fn date_policy(&mut self, policy: DatePolicy) -> &mut ExtractorBuilder {
        self.temporal.policy = policy;
        self
    }

    /// Sets how all-numeric dates ("5/6/2026") are read (default
    /// [`NumericDateOrder::MonthFirst`]).
    pub fn numeric_date_order(&mut self, order: NumericDateOrder) -> &mut ExtractorBuilder {
        self.temporal.numeric_order = order;
        self
    }

    /// Sets all time-expression settings at once.
    ///
    /// ```
    /// let mut cfg = chronicle::TemporalConfig::default();
    /// cfg.policy = chronicle::DatePolicy::Past;
    /// let ex = chronicle::Extractor::builder().temporal_config(cfg).build().unwrap();
    /// # let _ = ex;
    /// ```
    pub fn temporal_config(&mut self, config: TemporalConfig) -> &mut ExtractorBuilder {
        self.temporal = config;
        self
    }

    /// Loads and validates everything, and builds the automata.
    ///
    /// Errors name the file and line of a malformed row.
    pub fn build(&self) -> Result<Extractor, Error> {
        let mut files = Vec::new();
        if self.defaults {
            files.extend(
                gazetteer::EMBEDDED
                    .iter()
                    .map(|(name, contents)| SourceFile {
                        name: (*name).to_string(),
                        contents: std::borrow::Cow::Borrowed(*contents),
                        case_insensitive: false,
                    }),
            );
        }
        for p in &self.gazetteers {
            for (name, contents, ci) in read_pending(p)? {
                files.push(SourceFile {
                    name,
                    contents: contents.into(),
                    case_insensitive: ci,
                });
            }
        }
        let gazetteer = Gazetteer::build(&files)?;
        let mut lexicon_files = vec![(
            events::EMBEDDED_LEXICON.0.to_string(),
            events::EMBEDDED_LEXICON.1.to_string(),
        )];
        for p in &self.lexicons {
            for (name, contents, _) in read_pending(p)? {
                lexicon_files.push((name, contents));
            }
        }
        let lexicon = Lexicon::build(&lexicon_files)?;
        let imports = crate::import::Imports::build(&self.imports)?;
        Ok(Extractor {
            inner: Arc::new(Inner {
                gazetteer,
                lexicon,
                imports,
                temporal: self.temporal,
            }),
        })
    }
}

fn read_pending(p: &Pending) -> Result<Vec<(String, String, bool)>, Error> {
    match p {
        Pending::Text(name, contents, ci) => Ok(vec![(name.clone(), contents.clone(), *ci)]),
        Pending::Path(path, ci) => Ok(vec![(path.display().to_string(), read_utf8(path)?, *ci)]),
        Pending::Dir(dir, ci) => {
            let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
                .map_err(|e| Error::io(dir, &e))?
                .filter_map(|entry| entry.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "tsv"))
                .collect();
            paths.sort();
            paths
                .into_iter()
                .map(|path| Ok((path.display().to_string(), read_utf8(&path)?, *ci)))
                .collect()
        }
    }
}

/// Reads a file as UTF-8; invalid bytes are an error with their offset.
pub(crate) fn read_utf8(path: &Path) -> Result<String, Error> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, &e))?;
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        Error::new(crate::ErrorKind::InvalidUtf8, "invalid UTF-8")
            .with_path(path)
            .with_byte(at)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The buffers a thread keeps between documents change no document: the same text gives
    /// the same record before and after others (and an explanation, which takes the candidates).
    #[test]
    fn buffers_kept_between_documents_change_nothing() {
        let ex = Extractor::default();
        let a = "Troops left Kidal on May 4. President Assimi Goïta said the army would return.";
        let b = "The United Nations mission in Mali closed its base in Timbuktu, Reuters reported.";
        let first = ex.extract(a).to_json();
        let _ = ex.explain(Input::new(b));
        let _ = ex.extract(b);
        assert_eq!(ex.extract(a).to_json(), first);
        assert_ne!(ex.extract(b).to_json(), first);
    }
}
