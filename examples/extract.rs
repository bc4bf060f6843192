//! `extract`: run chronicle on text files, directories or JSON Lines; print records.
//!
//! ```text
//! extract [--format json|jsonl|brat|conll|timeml|displacy|html|events-csv] [--input text|jsonl]
//!         [--threads N] [--stats] [--document-date YYYY-MM-DD] [--lossy] [--explain]
//!         [--patterns SPACY.jsonl]... [--regexner MAPPING]... [--gate-lists lists.def]...
//!         [--skip-unmapped-labels] [--name NAME] [--first-line N] [PATH|-]...
//! ```
//!
//! - Text input, one file, default format: one pretty JSON record on stdout.
//! - Several files, a directory (read recursively, one document per file, in path order), or
//!   `--format jsonl`: one compact record per document, `"id"` = the file path.
//! - `--input jsonl`: one record per input line, in order; a line that cannot be used gives
//!   `{"id": <id or line number>, "error": "..."}` and processing goes on. A directory stands
//!   for its `*.jsonl` / `*.ndjson` files.
//! - Corpus mode: input is read in batches of about 1 MB and extracted on `--threads` workers
//!   (default: every core); records come out in input order through a reorder buffer. At most a
//!   few batches per worker are in flight, so memory stays bounded whatever the input size.
//! - `--name NAME` and `--first-line N` describe stdin when it is a slice of a larger file (as
//!   `spark/chronicle_spark.py` sends each partition): `-` in ids and messages becomes NAME, and
//!   stdin's lines are numbered from N, so ids of lines without one and error records are those
//!   of a run over the whole file.
//! - `--format brat|timeml|html` write one document (one text file); `conll` and `displacy`
//!   write one block / line per document (see `chronicle::export`).
//! - `--patterns`, `--regexner`, `--gate-lists` add pattern files from spaCy, CoreNLP and GATE
//!   (see `chronicle::import`); a malformed line stops the command with its file and line.
//! - A progress bar goes to stderr when stderr is a terminal; `--stats` prints one summary line
//!   to stderr at the end (documents, bytes of text, entities, events, errors, elapsed, MB/s).
//!
//! Exit codes: 0 ok, 1 some documents failed, 2 usage error. A closed stdout (`| head`) is a
//! clean exit.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, IsTerminal, Read, Write};
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::mpsc::{Receiver, SyncSender, channel, sync_channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chronicle::resolve::Verdict;
use chronicle::{Date, Document, Extractor, Input};
use clap::{Parser, ValueEnum};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

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
    /// Worker threads (default: every core). `--explain` implies 1.
    #[arg(long, value_name = "N")]
    threads: Option<usize>,
    /// Print a summary line to stderr at the end.
    #[arg(long)]
    stats: bool,
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
    /// Name of stdin (`-`) in ids and messages, e.g. the file that stdin is a slice of.
    #[arg(long, value_name = "NAME")]
    name: Option<String>,
    /// Number of stdin's first line (JSON Lines input), when stdin starts inside a file.
    #[arg(long, value_name = "N", default_value_t = 1)]
    first_line: usize,
    /// Input files or directories; `-` or none for stdin.
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
    /// ACLED-style CSV, one row per event, after one header row.
    EventsCsv,
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

/// Input is cut into batches of about this many bytes: small enough that the last batches
/// leave no worker idle for long (256 KB against 1 MB: 1.86x against 1.78x from 1 to 2 threads
/// on the 20 MB corpus), large enough that batching costs nothing measurable.
const BATCH_BYTES: usize = 1 << 18;

/// Where documents come from.
#[derive(Clone, Debug)]
enum Source {
    Stdin,
    File(PathBuf),
    /// A directory or file that could not be listed: an error record.
    Unreadable(PathBuf, String),
}

/// One unit of work: documents read, not yet extracted.
struct Batch {
    seq: u64,
    /// Lines or whole files, as bytes.
    buf: Vec<u8>,
    items: Vec<Item>,
    /// Bytes read from the input (for the progress bar).
    read: u64,
}

enum Item {
    /// A JSON Lines line: `buf[range]`, 1-based line number in `file`.
    Line {
        file: Arc<str>,
        line_no: usize,
        range: Range<usize>,
    },
    /// A whole text file: `buf[range]`.
    Text { id: String, range: Range<usize> },
    /// An input that could not be read.
    Failed { id: String, msg: String },
}

/// An extracted batch: its records, and what to say on stderr, in order.
struct Done {
    seq: u64,
    out: Vec<u8>,
    messages: Vec<String>,
    stats: Stats,
    read: u64,
}

#[derive(Clone, Copy, Debug, Default)]
struct Stats {
    documents: u64,
    bytes: u64,
    entities: u64,
    events: u64,
    errors: u64,
}

impl Stats {
    fn add(&mut self, o: Stats) {
        self.documents += o.documents;
        self.bytes += o.bytes;
        self.entities += o.entities;
        self.events += o.events;
        self.errors += o.errors;
    }
}

/// What workers need to turn a batch into records.
struct Job<'a> {
    extractor: &'a Extractor,
    args: &'a Args,
    format: Format,
}

/// Runs the command; returns the number of documents that failed.
fn run(args: &Args) -> io::Result<usize> {
    let started = Instant::now();
    let extractor = build_extractor(args)?;
    let paths: Vec<PathBuf> = if args.files.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        args.files.clone()
    };
    let (sources, total) = expand(&paths, args.input);
    let single_text = args.input == InputFormat::Text
        && sources.len() == 1
        && paths.len() == 1
        && !paths[0].is_dir();
    let format = args.format.unwrap_or(if single_text {
        Format::Json
    } else {
        Format::Jsonl
    });
    let threads = if args.explain {
        1
    } else {
        args.threads
            .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
            .max(1)
    };
    let job = Job {
        extractor: &extractor,
        args,
        format,
    };
    let progress = progress_bar(total);
    let mut sink = Sink::new(progress.clone());
    if format == Format::EventsCsv {
        Document::write_events_csv_header(&mut sink.out)?;
    }
    let reader = BatchReader {
        sources,
        input: args.input,
        stdin_name: args.name.clone().unwrap_or_else(|| "-".to_string()),
        stdin_first_line: args.first_line,
    };
    let result = if threads == 1 {
        reader.read(|batch| sink.write(job.process(batch)))
    } else {
        run_parallel(&job, reader, threads, &mut sink)
    };
    let flushed = sink.out.flush();
    if let Some(pb) = &progress {
        pb.finish_and_clear();
    }
    result?;
    flushed?;
    let s = sink.stats;
    if args.stats {
        let secs = started.elapsed().as_secs_f64();
        eprintln!(
            "extract: {} documents, {} bytes, {} entities, {} events, {} errors, {:.2} s, {:.1} MB/s",
            s.documents,
            s.bytes,
            s.entities,
            s.events,
            s.errors,
            secs,
            s.bytes as f64 / 1e6 / secs.max(1e-9)
        );
    }
    Ok(s.errors as usize)
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

/// Reader thread -> `threads` workers -> this thread, which writes in input order.
///
/// A batch takes a token before it is read and gives it back once written, so at most
/// `2 * threads + 2` batches exist at any time, however slow one of them is.
fn run_parallel(
    job: &Job<'_>,
    reader: BatchReader,
    threads: usize,
    sink: &mut Sink,
) -> io::Result<()> {
    let in_flight = 2 * threads + 2;
    let (token_tx, token_rx) = sync_channel::<()>(in_flight);
    for _ in 0..in_flight {
        let _ = token_tx.send(());
    }
    let (work_tx, work_rx) = sync_channel::<Batch>(in_flight);
    let work_rx = Arc::new(Mutex::new(work_rx));
    let (done_tx, done_rx) = channel::<Done>();
    std::thread::scope(|scope| {
        let reading = scope.spawn(move || {
            reader.read(|batch| {
                token_rx
                    .recv()
                    .map_err(|_| io::Error::from(io::ErrorKind::BrokenPipe))?;
                work_tx
                    .send(batch)
                    .map_err(|_| io::Error::from(io::ErrorKind::BrokenPipe))
            })
        });
        for _ in 0..threads {
            let work_rx = Arc::clone(&work_rx);
            let done_tx = done_tx.clone();
            scope.spawn(move || worker(job, &work_rx, &done_tx));
        }
        drop(done_tx);
        let written = write_in_order(&done_rx, &token_tx, sink);
        // On a write error, closing the channels stops the reader and the workers.
        drop(token_tx);
        drop(done_rx);
        let read = reading
            .join()
            .unwrap_or_else(|_| Err(io::Error::other("reader thread panicked")));
        written?;
        read
    })
}

fn worker(job: &Job<'_>, work: &Mutex<Receiver<Batch>>, done: &std::sync::mpsc::Sender<Done>) {
    loop {
        let batch = match work.lock() {
            Ok(rx) => rx.recv(),
            Err(_) => return,
        };
        let Ok(batch) = batch else { return };
        if done.send(job.process(batch)).is_err() {
            return;
        }
    }
}

/// The reorder buffer: results arrive in any order and leave in sequence.
fn write_in_order(
    done: &Receiver<Done>,
    tokens: &SyncSender<()>,
    sink: &mut Sink,
) -> io::Result<()> {
    let mut pending: BTreeMap<u64, Done> = BTreeMap::new();
    let mut next = 0;
    for d in done {
        pending.insert(d.seq, d);
        while let Some(d) = pending.remove(&next) {
            sink.write(d)?;
            let _ = tokens.send(());
            next += 1;
        }
    }
    Ok(())
}

/// Stdout, the running totals and the progress bar.
struct Sink {
    out: Box<dyn Write>,
    stats: Stats,
    progress: Option<ProgressBar>,
}

impl Sink {
    fn new(progress: Option<ProgressBar>) -> Sink {
        let stdout = io::stdout();
        let out: Box<dyn Write> = if stdout.is_terminal() {
            Box::new(io::LineWriter::new(stdout.lock()))
        } else {
            Box::new(BufWriter::with_capacity(1 << 16, stdout.lock()))
        };
        Sink {
            out,
            stats: Stats::default(),
            progress,
        }
    }

    fn write(&mut self, done: Done) -> io::Result<()> {
        if let Some(pb) = &self.progress {
            for m in &done.messages {
                pb.suspend(|| eprintln!("extract: {m}"));
            }
        } else {
            for m in &done.messages {
                eprintln!("extract: {m}");
            }
        }
        self.out.write_all(&done.out)?;
        self.stats.add(done.stats);
        if let Some(pb) = &self.progress {
            pb.inc(done.read);
            pb.set_message(format!(
                "{} documents",
                self.stats.documents + self.stats.errors
            ));
        }
        Ok(())
    }
}

fn progress_bar(total: Option<u64>) -> Option<ProgressBar> {
    if !io::stderr().is_terminal() {
        return None;
    }
    let pb = match total {
        Some(n) => ProgressBar::with_draw_target(Some(n), ProgressDrawTarget::stderr()).with_style(
            ProgressStyle::with_template(
                "{bar:30} {bytes}/{total_bytes} {binary_bytes_per_sec} {msg} ETA {eta}",
            )
            .ok()?,
        ),
        None => ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr()).with_style(
            ProgressStyle::with_template("{spinner} {bytes} {binary_bytes_per_sec} {msg}").ok()?,
        ),
    };
    pb.enable_steady_tick(Duration::from_millis(200));
    Some(pb)
}

/// Expands directories (recursively, sorted) into files; the total size when it is known.
fn expand(paths: &[PathBuf], input: InputFormat) -> (Vec<Source>, Option<u64>) {
    let mut out = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            out.push(Source::Stdin);
        } else if p.is_dir() {
            walk(p, input, &mut out);
        } else {
            out.push(Source::File(p.clone()));
        }
    }
    let mut total = Some(0u64);
    for s in &out {
        total = match (total, s) {
            (Some(t), Source::File(p)) => std::fs::metadata(p).ok().map(|m| t + m.len()),
            (t, Source::Unreadable(..)) => t,
            _ => None,
        };
    }
    (out, total)
}

fn walk(dir: &Path, input: InputFormat, out: &mut Vec<Source>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) => {
            out.push(Source::Unreadable(dir.to_path_buf(), e.to_string()));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok())
        .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
        .map(|e| e.path())
        .collect();
    paths.sort();
    for p in paths {
        // `symlink_metadata`: a link to a directory is not followed (no cycles).
        let Ok(meta) = std::fs::symlink_metadata(&p) else {
            continue;
        };
        if meta.is_dir() {
            walk(&p, input, out);
        } else if p.is_file() {
            let wanted = input == InputFormat::Text
                || p.extension().is_some_and(|x| x == "jsonl" || x == "ndjson");
            if wanted {
                out.push(Source::File(p));
            }
        }
    }
}

/// Reads the sources in order and cuts them into batches.
struct BatchReader {
    sources: Vec<Source>,
    input: InputFormat,
    /// What stdin is called in ids and messages (`--name`).
    stdin_name: String,
    /// The number of stdin's first line (`--first-line`).
    stdin_first_line: usize,
}

impl BatchReader {
    /// Calls `emit` with each batch, in order; stops at the first error `emit` returns.
    fn read(self, mut emit: impl FnMut(Batch) -> io::Result<()>) -> io::Result<()> {
        let mut seq = 0;
        let mut batch = new_batch(0);
        let mut flush = |batch: &mut Batch, force: bool| -> io::Result<()> {
            if batch.buf.len() >= BATCH_BYTES || (force && !batch.items.is_empty()) {
                seq += 1;
                emit(std::mem::replace(batch, new_batch(seq)))?;
            }
            Ok(())
        };
        for source in self.sources {
            let name = match &source {
                Source::Stdin => self.stdin_name.clone(),
                Source::File(p) | Source::Unreadable(p, _) => p.display().to_string(),
            };
            let first_line = match source {
                Source::Stdin => self.stdin_first_line,
                _ => 1,
            };
            let opened: io::Result<Box<dyn Read>> = match &source {
                Source::Stdin => Ok(Box::new(io::stdin().lock())),
                Source::File(p) => File::open(p).map(|f| Box::new(f) as Box<dyn Read>),
                Source::Unreadable(_, msg) => Err(io::Error::other(msg.clone())),
            };
            let mut reader = match opened {
                Ok(r) => r,
                Err(e) => {
                    batch.items.push(Item::Failed {
                        msg: format!("{name}: {e}"),
                        id: name,
                    });
                    flush(&mut batch, false)?;
                    continue;
                }
            };
            match self.input {
                InputFormat::Text => {
                    let start = batch.buf.len();
                    match reader.read_to_end(&mut batch.buf) {
                        Ok(n) => {
                            batch.read += n as u64;
                            batch.items.push(Item::Text {
                                id: name,
                                range: start..batch.buf.len(),
                            });
                        }
                        Err(e) => {
                            batch.buf.truncate(start);
                            batch.items.push(Item::Failed {
                                msg: format!("{name}: {e}"),
                                id: name,
                            });
                        }
                    }
                    flush(&mut batch, false)?;
                }
                InputFormat::Jsonl => {
                    let file: Arc<str> = Arc::from(name);
                    let mut reader = BufReader::with_capacity(1 << 20, reader);
                    let mut line_no = first_line.saturating_sub(1);
                    loop {
                        let start = batch.buf.len();
                        let n = reader.read_until(b'\n', &mut batch.buf)?;
                        if n == 0 {
                            break;
                        }
                        line_no += 1;
                        batch.read += n as u64;
                        let mut end = batch.buf.len();
                        if batch.buf[end - 1] == b'\n' {
                            end -= 1;
                        }
                        batch.items.push(Item::Line {
                            file: Arc::clone(&file),
                            line_no,
                            range: start..end,
                        });
                        flush(&mut batch, false)?;
                    }
                }
            }
        }
        flush(&mut batch, true)
    }
}

fn new_batch(seq: u64) -> Batch {
    Batch {
        seq,
        buf: Vec::with_capacity(BATCH_BYTES + (BATCH_BYTES >> 2)),
        items: Vec::new(),
        read: 0,
    }
}

impl Job<'_> {
    /// Extracts every document of a batch into its records.
    fn process(&self, batch: Batch) -> Done {
        let mut done = Done {
            seq: batch.seq,
            // JSON records are about 7 times the size of their text: one allocation, no regrowth.
            out: Vec::with_capacity(batch.buf.len() * 8),
            messages: Vec::new(),
            stats: Stats::default(),
            read: batch.read,
        };
        for item in &batch.items {
            // A write into a Vec cannot fail.
            let _ = self.item(&batch.buf, item, &mut done);
        }
        done
    }

    fn item(&self, buf: &[u8], item: &Item, done: &mut Done) -> io::Result<()> {
        match item {
            Item::Failed { id, msg } => {
                done.stats.errors += 1;
                done.messages.push(msg.clone());
                if self.format == Format::Jsonl || self.args.input == InputFormat::Jsonl {
                    write_error(&mut done.out, id.as_str().into(), msg)?;
                }
                Ok(())
            }
            Item::Text { id, range } => match decode(&buf[range.clone()], self.args.lossy) {
                Ok(text) => {
                    let input = Input {
                        text: &text,
                        // Exports show the file name (a page title, a TimeML DOCID).
                        id: (self.format == Format::Jsonl
                            || (self.format != Format::Json && id != "-"))
                            .then_some(id.as_str()),
                        document_date: self.args.document_date,
                    };
                    let doc = self.extract(input);
                    done.count(&doc);
                    write_doc(&mut done.out, &doc, self.format)
                }
                Err((byte, line)) => {
                    let msg = format!(
                        "{id}:{line}: invalid UTF-8 at byte {byte} (use --lossy to replace it with U+FFFD)"
                    );
                    done.stats.errors += 1;
                    done.messages.push(msg.clone());
                    if self.format == Format::Jsonl {
                        write_error(&mut done.out, id.as_str().into(), &msg)?;
                    }
                    Ok(())
                }
            },
            Item::Line {
                file,
                line_no,
                range,
            } => {
                let line_no = *line_no;
                let bytes = &buf[range.clone()];
                let out = &mut done.out;
                if bytes.iter().all(u8::is_ascii_whitespace) {
                    // A blank line is not a document, but it still gets its line so counts match.
                    done.stats.errors += 1;
                    return write_error(out, line_no.into(), "empty line");
                }
                let line = match decode(bytes, self.args.lossy) {
                    Ok(s) => s,
                    Err((byte, _)) => {
                        done.stats.errors += 1;
                        let msg =
                            format!("{file}:{line_no}: invalid UTF-8 at byte {byte} of the line");
                        return write_error(out, line_no.into(), &msg);
                    }
                };
                match chronicle::jsonl::parse_line(&line) {
                    Ok(mut rec) => {
                        if rec.document_date.is_none() {
                            rec.document_date = self.args.document_date;
                        }
                        let id = rec.id.clone().unwrap_or_else(|| line_no.to_string());
                        let input = Input {
                            id: Some(&id),
                            ..rec.as_input()
                        };
                        let doc = self.extract(input);
                        done.count(&doc);
                        match self.format {
                            f @ (Format::Conll | Format::Displacy | Format::EventsCsv) => {
                                write_doc(&mut done.out, &doc, f)
                            }
                            _ => {
                                doc.append_json_line(&mut done.out);
                                Ok(())
                            }
                        }
                    }
                    Err(e) => {
                        done.stats.errors += 1;
                        let id = chronicle::jsonl::salvage_id(&line).map_or_else(
                            || serde_json::Value::from(line_no),
                            serde_json::Value::from,
                        );
                        write_error(out, id, &format!("{file}:{line_no}: {e}"))
                    }
                }
            }
        }
    }

    fn extract(&self, input: Input<'_>) -> Document {
        if !self.args.explain {
            return self.extractor.extract_with(input);
        }
        let exp = self.extractor.explain(input);
        let text = &exp.document.text;
        for (cand, verdict) in &exp.candidates {
            let e = &cand.entity;
            let why = match verdict {
                Verdict::Kept => "kept".to_string(),
                Verdict::CrossesSentence => "lost: crosses a sentence boundary".to_string(),
                Verdict::LostTo(span, label) => format!(
                    "lost to {label} {:?} {}..{} ({})",
                    &text[span.range()],
                    span.start,
                    span.end,
                    if span.len() > e.span.len() {
                        "longer"
                    } else if span.len() == e.span.len() {
                        "same span, stronger or earlier"
                    } else {
                        "overlapping, accepted first"
                    }
                ),
            };
            eprintln!(
                "{:>7}..{:<7} {:<13} {:<40} {:<45} {:<11} {}",
                e.span.start,
                e.span.end,
                e.label.as_str(),
                format!("{:?}", &text[e.span.range()]),
                e.source.to_string(),
                format!("{:?}", cand.priority),
                why
            );
        }
        exp.document
    }
}

impl Done {
    fn count(&mut self, doc: &Document) {
        self.stats.documents += 1;
        self.stats.bytes += doc.text.len() as u64;
        self.stats.entities += doc.entities.len() as u64;
        self.stats.events += doc.events.len() as u64;
    }
}

fn write_doc(out: &mut Vec<u8>, doc: &Document, format: Format) -> io::Result<()> {
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, &doc.record())?;
            out.write_all(b"\n")
        }
        Format::Jsonl => {
            doc.append_json_line(out);
            Ok(())
        }
        Format::Brat => chronicle::export::brat(doc, out),
        Format::Conll => chronicle::export::conll(doc, out),
        Format::Timeml => chronicle::export::timeml(doc, out),
        Format::Displacy => chronicle::export::displacy(doc, out),
        Format::Html => chronicle::export::html(doc, out),
        Format::EventsCsv => doc.write_events_csv(out),
    }
}

fn write_error(out: &mut Vec<u8>, id: serde_json::Value, msg: &str) -> io::Result<()> {
    let rec = serde_json::json!({ "id": id, "error": msg });
    serde_json::to_writer(&mut *out, &rec)?;
    out.write_all(b"\n")
}

/// UTF-8 (borrowed) or, with `lossy`, U+FFFD replacement. The error is (byte offset, 1-based line).
fn decode(bytes: &[u8], lossy: bool) -> Result<std::borrow::Cow<'_, str>, (usize, usize)> {
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.into()),
        Err(_) if lossy => Ok(String::from_utf8_lossy(bytes)),
        Err(e) => {
            let at = e.valid_up_to();
            let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
            Err((at, line))
        }
    }
}
