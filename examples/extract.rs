//! `extract`: run chronicle on text files or JSON Lines, print records.
//!
//! ```text
//! extract [--format json|jsonl|brat|conll|timeml|displacy|html] [--input text|jsonl]
//!         [--document-date YYYY-MM-DD] [--lossy] [--explain]
//!         [--patterns SPACY.jsonl]... [--regexner MAPPING]... [--gate-lists lists.def]...
//!         [--skip-unmapped-labels] [FILE|-]...
//! ```
//!
//! - Text input, one file, default format: one pretty JSON record on stdout.
//! - `--format jsonl` with text files: one compact record per file, `"id"` = the file path.
//! - `--input jsonl`: one record per input line, in order; a line that cannot be used gives
//!   `{"id": <id or line number>, "error": "..."}` and processing goes on.
//!
//! - `--format brat|timeml|html` write one document (one text file); `conll` and `displacy`
//!   write one block / line per document (see `chronicle::export`).
//! - `--patterns`, `--regexner`, `--gate-lists` add pattern files from spaCy, CoreNLP and GATE
//!   (see `chronicle::import`); a malformed line stops the command with its file and line.
//!
//! Exit codes: 0 ok, 1 some documents failed, 2 usage error. A closed stdout (`| head`) is a
//! clean exit.

use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chronicle::{Date, Document, Extractor, Input};
use clap::{Parser, ValueEnum};

#[derive(Parser, Debug)]
#[command(
    name = "extract",
    about = "Extract entities, dates and events from English news text"
)]
struct Args {
    /// Output format.
    #[arg(long, value_enum)]
    format: Option<Format>,
    /// Input format: plain text files, or JSON Lines with one document per line.
    #[arg(long, value_enum, default_value = "text")]
    input: InputFormat,
    /// Anchor for relative dates (overrides datelines; a JSONL line's own date wins).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    document_date: Option<Date>,
    /// Replace invalid UTF-8 with U+FFFD instead of failing the document.
    #[arg(long)]
    lossy: bool,
    /// Print every candidate and why it won or lost (stderr), besides the record.
    #[arg(long)]
    explain: bool,
    /// spaCy EntityRuler/SpanRuler patterns (JSON Lines) to add; repeatable.
    #[arg(long = "patterns", value_name = "FILE")]
    spacy_patterns: Vec<PathBuf>,
    /// CoreNLP RegexNER mapping file to add; repeatable.
    #[arg(long, value_name = "FILE")]
    regexner: Vec<PathBuf>,
    /// GATE gazetteer lists.def (with its .lst files beside it) to add; repeatable.
    #[arg(long, value_name = "LISTS_DEF")]
    gate_lists: Vec<PathBuf>,
    /// Skip imported patterns whose label has no chronicle equivalent instead of failing.
    #[arg(long)]
    skip_unmapped_labels: bool,
    /// Input files; `-` or none for stdin.
    files: Vec<PathBuf>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Format {
    /// One indented JSON object per document.
    Json,
    /// One compact JSON object per line (with "id").
    Jsonl,
    /// brat standoff `.ann` (code-point offsets); one document.
    Brat,
    /// CoNLL BIO, one token per line (`-DOCSTART-` before each document).
    Conll,
    /// TimeML XML with inline TIMEX3 and EVENT tags; one document.
    Timeml,
    /// spaCy displaCy "manual" JSON, one line per document.
    Displacy,
    /// A self-contained HTML page; one document.
    Html,
}

impl Format {
    /// Formats that hold exactly one document per output.
    fn single_document(self) -> bool {
        matches!(self, Format::Brat | Format::Timeml | Format::Html)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum InputFormat {
    Text,
    Jsonl,
}

fn parse_date(s: &str) -> Result<Date, String> {
    s.parse::<Date>().map_err(|e| e.to_string())
}

fn main() -> ExitCode {
    let args = match Args::try_parse() {
        Ok(a) => a,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    if let Some(f) = args.format.filter(|f| f.single_document()) {
        if args.files.len() > 1 || args.input == InputFormat::Jsonl {
            let name = f.to_possible_value().map(|v| v.get_name().to_string());
            eprintln!(
                "extract: --format {} writes one document: give one text file",
                name.unwrap_or_default()
            );
            return ExitCode::from(2);
        }
    }
    match run(&args) {
        Ok(0) => ExitCode::SUCCESS,
        Ok(_) => ExitCode::from(1),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("extract: {e}");
            ExitCode::from(1)
        }
    }
}

/// Runs the command; returns the number of documents that failed.
fn run(args: &Args) -> io::Result<usize> {
    let extractor = build_extractor(args)?;
    let stdout = io::stdout().lock();
    let mut out: Box<dyn Write> = if io::stdout().is_terminal() {
        Box::new(io::LineWriter::new(stdout))
    } else {
        Box::new(BufWriter::with_capacity(1 << 16, stdout))
    };
    let files: Vec<PathBuf> = if args.files.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        args.files.clone()
    };
    let mut failed = 0;
    match args.input {
        InputFormat::Jsonl => {
            for path in &files {
                failed += run_jsonl(&extractor, args, path, &mut out)?;
            }
        }
        InputFormat::Text => {
            let format = args.format.unwrap_or(if files.len() > 1 {
                Format::Jsonl
            } else {
                Format::Json
            });
            for path in &files {
                let id = path.display().to_string();
                match read_text(path, args.lossy) {
                    Ok(text) => {
                        let input = Input {
                            text: &text,
                            // Exports show the file name (a page title, a TimeML DOCID).
                            id: (format == Format::Jsonl || (format != Format::Json && id != "-"))
                                .then_some(id.as_str()),
                            document_date: args.document_date,
                        };
                        let doc = extract(&extractor, input, args.explain);
                        write_doc(&mut out, &doc, format)?;
                    }
                    Err(msg) => {
                        failed += 1;
                        eprintln!("extract: {msg}");
                        if format == Format::Jsonl {
                            write_error(&mut out, serde_json::Value::from(id), &msg)?;
                        }
                    }
                }
            }
        }
    }
    out.flush()?;
    Ok(failed)
}

/// The default extractor, or one with the imported pattern files.
fn build_extractor(args: &Args) -> io::Result<Extractor> {
    if args.spacy_patterns.is_empty() && args.regexner.is_empty() && args.gate_lists.is_empty() {
        return Ok(Extractor::default());
    }
    let mut b = Extractor::builder();
    for p in &args.spacy_patterns {
        b.spacy_patterns_file(p);
    }
    for p in &args.regexner {
        b.regexner_file(p);
    }
    for p in &args.gate_lists {
        b.gate_lists_def(p);
    }
    b.skip_unmapped_labels(args.skip_unmapped_labels);
    b.build().map_err(|e| io::Error::other(e.to_string()))
}

fn extract(extractor: &Extractor, input: Input<'_>, explain: bool) -> Document {
    if !explain {
        return extractor.extract_with(input);
    }
    let exp = extractor.explain(input);
    let text = &exp.document.text;
    for (cand, verdict) in &exp.candidates {
        let e = &cand.entity;
        eprintln!(
            "{:>7}..{:<7} {:<13} {:<40} {:<45} {:?}",
            e.span.start,
            e.span.end,
            e.label.as_str(),
            format!("{:?}", &text[e.span.range()]),
            e.source.to_string(),
            verdict
        );
    }
    exp.document
}

fn write_doc(out: &mut dyn Write, doc: &Document, format: Format) -> io::Result<()> {
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, &doc.record())?;
            out.write_all(b"\n")
        }
        Format::Jsonl => doc.write_json_line(out),
        Format::Brat => chronicle::export::brat(doc, out),
        Format::Conll => chronicle::export::conll(doc, out),
        Format::Timeml => chronicle::export::timeml(doc, out),
        Format::Displacy => chronicle::export::displacy(doc, out),
        Format::Html => chronicle::export::html(doc, out),
    }
}

fn write_error(out: &mut dyn Write, id: serde_json::Value, msg: &str) -> io::Result<()> {
    let rec = serde_json::json!({ "id": id, "error": msg });
    serde_json::to_writer(&mut *out, &rec)?;
    out.write_all(b"\n")
}

/// Reads a whole text file (or stdin); errors name the file and, for bad UTF-8, the byte.
fn read_text(path: &Path, lossy: bool) -> Result<String, String> {
    let name = path.display();
    let mut bytes = Vec::new();
    let res = if path.as_os_str() == "-" {
        io::stdin().lock().read_to_end(&mut bytes)
    } else {
        File::open(path).and_then(|mut f| f.read_to_end(&mut bytes))
    };
    res.map_err(|e| format!("{name}: {e}"))?;
    decode(bytes, lossy).map_err(|(byte, line)| {
        format!(
            "{name}:{line}: invalid UTF-8 at byte {byte} (use --lossy to replace it with U+FFFD)"
        )
    })
}

/// UTF-8 or, with `lossy`, U+FFFD replacement. The error is (byte offset, 1-based line).
fn decode(bytes: Vec<u8>, lossy: bool) -> Result<String, (usize, usize)> {
    match String::from_utf8(bytes) {
        Ok(s) => Ok(s),
        Err(e) if lossy => Ok(String::from_utf8_lossy(e.as_bytes()).into_owned()),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let line = e.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count() + 1;
            Err((at, line))
        }
    }
}

/// JSON Lines input: one output line per input line, in order. Returns the number of failures.
fn run_jsonl(
    extractor: &Extractor,
    args: &Args,
    path: &Path,
    out: &mut dyn Write,
) -> io::Result<usize> {
    let name = path.display().to_string();
    let reader: Box<dyn BufRead> = if path.as_os_str() == "-" {
        Box::new(BufReader::new(io::stdin().lock()))
    } else {
        match File::open(path) {
            Ok(f) => Box::new(BufReader::with_capacity(1 << 20, f)),
            Err(e) => {
                eprintln!("extract: {name}: {e}");
                write_error(out, serde_json::Value::from(name.clone()), &e.to_string())?;
                return Ok(1);
            }
        }
    };
    let mut failed = 0;
    let mut buf = Vec::new();
    let mut reader = reader;
    let mut line_no = 0usize;
    loop {
        buf.clear();
        if reader.read_until(b'\n', &mut buf)? == 0 {
            break;
        }
        line_no += 1;
        if buf.ends_with(b"\n") {
            buf.pop();
        }
        if buf.iter().all(u8::is_ascii_whitespace) {
            // A blank line is not a document, but it still gets its line so counts match.
            failed += 1;
            write_error(out, line_no.into(), "empty line")?;
            continue;
        }
        let line = match decode(std::mem::take(&mut buf), args.lossy) {
            Ok(s) => s,
            Err((byte, _)) => {
                failed += 1;
                let msg = format!("{name}:{line_no}: invalid UTF-8 at byte {byte} of the line");
                write_error(out, line_no.into(), &msg)?;
                continue;
            }
        };
        match chronicle::jsonl::parse_line(&line) {
            Ok(mut rec) => {
                if rec.document_date.is_none() {
                    rec.document_date = args.document_date;
                }
                let id = rec.id.clone().unwrap_or_else(|| line_no.to_string());
                let input = Input {
                    id: Some(&id),
                    ..rec.as_input()
                };
                let doc = extract(extractor, input, args.explain);
                match args.format {
                    Some(f @ (Format::Conll | Format::Displacy)) => write_doc(out, &doc, f)?,
                    _ => doc.write_json_line(&mut *out)?,
                }
            }
            Err(e) => {
                failed += 1;
                let id = chronicle::jsonl::salvage_id(&line)
                    .map_or_else(|| serde_json::Value::from(line_no), serde_json::Value::from);
                write_error(out, id, &format!("{name}:{line_no}: {e}"))?;
            }
        }
    }
    Ok(failed)
}
