//! Many documents at once: [`Extractor::extract_batch`] and [`Extractor::extract_batch_jsonl`].
//!
//! An [`Extractor`] is `Send + Sync` and extraction needs no lock, so documents can be spread
//! over threads freely. With the `rayon` feature (on by default) the batch methods use rayon's
//! global thread pool; without it they run on the calling thread. Either way the results come
//! back in input order.
//!
//! ## Example: a batch
//!
//! ```
//! use chronicle::{Extractor, Input};
//!
//! let ex = Extractor::default();
//! let texts = ["Troops left Kidal.", "Protesters marched in Paris.", ""];
//! let inputs: Vec<Input> = texts.iter().map(|t| Input::new(t)).collect();
//! let docs = ex.extract_batch(&inputs);
//! assert_eq!(docs.len(), 3);
//! assert_eq!(docs[1].entities[0].text(&docs[1].text), "Paris");
//! ```
//!
//! ## Example: your own parallel iterator
//!
//! With rayon, any parallel iterator of texts maps straight onto an extractor (this is what
//! `extract_batch` does):
//!
//! ```
//! # #[cfg(feature = "rayon")] {
//! use rayon::prelude::*;
//!
//! let ex = chronicle::Extractor::default();
//! let texts = vec!["Troops left Kidal."; 100];
//! let places: usize = texts
//!     .par_iter()
//!     .map(|t| ex.extract(t).entities.len())
//!     .sum();
//! assert_eq!(places, 100);
//! # }
//! ```
//!
//! ## Corpora
//!
//! For gigabytes, do not collect documents: cut the input into batches of about a megabyte,
//! write each batch's records with [`Extractor::extract_batch_jsonl`] into a reused buffer, and
//! keep only a few batches in flight. The `extract` example does this with a reader thread, a
//! pool of workers and a reorder buffer (`extract --input jsonl --threads N`).

use crate::{Document, Extractor, Input};

/// Documents per rayon task in the JSON Lines batch: enough work to amortize the task.
#[cfg(feature = "rayon")]
const CHUNK: usize = 16;

impl Extractor {
    /// Extracts every input; documents come back in input order. Runs in parallel on rayon's
    /// global pool when the `rayon` feature is on (the default).
    ///
    /// ```
    /// use chronicle::{Extractor, Input};
    /// let inputs = [Input::new("Paris."), Input::new("Bamako.").with_id("b")];
    /// let docs = Extractor::default().extract_batch(&inputs);
    /// assert_eq!(docs[1].id.as_deref(), Some("b"));
    /// ```
    pub fn extract_batch(&self, inputs: &[Input<'_>]) -> Vec<Document> {
        #[cfg(feature = "rayon")]
        {
            use rayon::prelude::*;
            inputs.par_iter().map(|i| self.extract_with(*i)).collect()
        }
        #[cfg(not(feature = "rayon"))]
        {
            inputs.iter().map(|i| self.extract_with(*i)).collect()
        }
    }

    /// Extracts every input and appends its record as one JSON line to `out`, in input order;
    /// returns the number of entities and events written. Documents are dropped as soon as they
    /// are written, so memory holds the batch's records, not its documents.
    ///
    /// ```
    /// use chronicle::{Extractor, Input};
    /// let inputs = [Input::new("Paris.").with_id("a"), Input::new("Troops left Kidal.").with_id("b")];
    /// let mut out = Vec::new();
    /// let (entities, _events) = Extractor::default().extract_batch_jsonl(&inputs, &mut out);
    /// assert_eq!(entities, 2);
    /// let lines: Vec<&str> = std::str::from_utf8(&out).unwrap().lines().collect();
    /// assert!(lines[0].starts_with(r#"{"id":"a""#) && lines[1].starts_with(r#"{"id":"b""#));
    /// ```
    pub fn extract_batch_jsonl(&self, inputs: &[Input<'_>], out: &mut Vec<u8>) -> (usize, usize) {
        let one = |chunk: &[Input<'_>], out: &mut Vec<u8>| -> (usize, usize) {
            let (mut entities, mut events) = (0, 0);
            for input in chunk {
                let doc = self.extract_with(*input);
                entities += doc.entities.len();
                events += doc.events.len();
                doc.append_json_line(out);
            }
            (entities, events)
        };
        #[cfg(feature = "rayon")]
        {
            use rayon::prelude::*;
            if inputs.len() > CHUNK {
                let parts: Vec<(Vec<u8>, (usize, usize))> = inputs
                    .par_chunks(CHUNK)
                    .map(|chunk| {
                        let bytes: usize = chunk.iter().map(|i| i.text.len()).sum();
                        let mut buf = Vec::with_capacity(bytes * 4 + 256);
                        let counts = one(chunk, &mut buf);
                        (buf, counts)
                    })
                    .collect();
                let mut total = (0, 0);
                for (buf, (e, v)) in parts {
                    out.extend_from_slice(&buf);
                    total = (total.0 + e, total.1 + v);
                }
                return total;
            }
        }
        one(inputs, out)
    }

    /// Number of whole-word gazetteer matches in `text` (benchmarks only).
    #[doc(hidden)]
    pub fn gazetteer_match_count(&self, text: &str) -> usize {
        let mut matches = Vec::new();
        self.gazetteer().find(text, &mut matches);
        matches.len()
    }

    /// Heap bytes of the gazetteer tries and pattern tables (benchmarks only).
    #[doc(hidden)]
    pub fn gazetteer_index_bytes(&self) -> usize {
        self.gazetteer().index_heap_bytes()
    }

    /// Number of time expressions in `text`: sentence split, dateline search and the temporal
    /// grammar, as [`Extractor::extract`] runs them (benchmarks only).
    #[doc(hidden)]
    pub fn temporal_count(&self, text: &str) -> usize {
        let sentences: Vec<crate::Sentence> = crate::segment::split(text)
            .into_iter()
            .map(|span| crate::Sentence { span })
            .collect();
        let dct = crate::temporal::find_dct(text, &sentences);
        let mut found = Vec::new();
        crate::temporal::find(text, &sentences, dct, self.temporal_config(), &mut found);
        found.len()
    }
}
