//! The crate's one error type.
//!
//! Extraction itself never fails: any text gives a [`Document`](crate::Document). Errors come from
//! configuration and data (gazetteer files, lexicons, dates given by the caller) at
//! [`ExtractorBuilder::build`](crate::ExtractorBuilder::build), and from I/O in the helpers that
//! read files.

use std::fmt;
use std::path::{Path, PathBuf};

/// What went wrong, broadly. Match on this rather than on messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A file could not be read.
    Io,
    /// A data file (gazetteer, lexicon, pattern file) is malformed.
    InvalidData,
    /// A date given by the caller is not a valid calendar date.
    InvalidDate,
    /// Input bytes are not valid UTF-8.
    InvalidUtf8,
    /// An input record (a JSON Lines line) could not be used.
    InvalidInput,
}

/// An error with a kind, a message and, where known, the file, line and byte position involved.
///
/// ```
/// use chronicle::{Extractor, ErrorKind};
/// let err = Extractor::builder()
///     .gazetteer_str("mine.tsv", "Acme\tNOT_A_LABEL\n")
///     .build()
///     .unwrap_err();
/// assert_eq!(err.kind(), ErrorKind::InvalidData);
/// assert_eq!(err.line(), Some(1));
/// assert!(err.to_string().contains("mine.tsv:1"));
/// ```
#[derive(Clone, Debug)]
pub struct Error {
    kind: ErrorKind,
    message: String,
    path: Option<PathBuf>,
    line: Option<usize>,
    byte: Option<usize>,
}

impl Error {
    pub(crate) fn new(kind: ErrorKind, message: impl Into<String>) -> Error {
        Error {
            kind,
            message: message.into(),
            path: None,
            line: None,
            byte: None,
        }
    }

    pub(crate) fn invalid_data(message: impl Into<String>) -> Error {
        Error::new(ErrorKind::InvalidData, message)
    }

    pub(crate) fn io(path: &Path, err: &std::io::Error) -> Error {
        Error::new(ErrorKind::Io, err.to_string()).with_path(path)
    }

    pub(crate) fn with_path(mut self, path: impl Into<PathBuf>) -> Error {
        self.path = Some(path.into());
        self
    }

    pub(crate) fn with_line(mut self, line: usize) -> Error {
        self.line = Some(line);
        self
    }

    pub(crate) fn with_byte(mut self, byte: usize) -> Error {
        self.byte = Some(byte);
        self
    }

    /// The broad kind of error.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The file involved, if any.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The 1-based line involved, if any.
    pub fn line(&self) -> Option<usize> {
        self.line
    }

    /// The byte offset involved (in the file, or in the line when a line is given), if any.
    pub fn byte(&self) -> Option<usize> {
        self.byte
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(path) = &self.path {
            write!(f, "{}", path.display())?;
            if let Some(line) = self.line {
                write!(f, ":{line}")?;
            }
            f.write_str(": ")?;
        } else if let Some(line) = self.line {
            write!(f, "line {line}: ")?;
        }
        f.write_str(&self.message)?;
        if let Some(byte) = self.byte {
            write!(f, " (at byte {byte})")?;
        }
        Ok(())
    }
}

impl std::error::Error for Error {}
