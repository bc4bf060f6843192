//! Criterion benchmarks: build time, each stage's MB/s and the whole pipeline's, on real news.
//!
//! ```sh
//! cargo bench --bench extract                    # everything
//! cargo bench --bench extract -- extract_full    # one group: build, segment, gazetteer,
//!                                                # temporal, extract_full, extract_batch, scale
//! CHRONICLE_BENCH_TEXT=target/corpus/corpus-10M.txt cargo bench --bench extract
//! ```
//!
//! Each timed loop asserts a count, so a change that is fast because it is wrong fails. The text
//! is `$CHRONICLE_BENCH_TEXT` if set (e.g. built by `scripts/make-corpus.py --text 10M`), else the
//! shared seed article and the MEANTIME/GMB development texts when `../shared` is present, else
//! the sample paragraph shipped in `examples/data`, repeated.
//!
//! The `scale` group checks that cost stays linear on hostile shapes: a 10 MB text with no
//! sentence punctuation and a 1 MB line of capitalized words should run at no less than a third
//! of `extract_full`'s MB/s.

use std::hint::black_box;

use chronicle::{Extractor, Input};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

fn news_text() -> String {
    if let Ok(path) = std::env::var("CHRONICLE_BENCH_TEXT") {
        return std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    }
    let shared = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    let mut text = String::new();
    if let Ok(t) = std::fs::read_to_string(shared.join("corpus/mali-offensive-2026.txt")) {
        text.push_str(&t);
    }
    for f in ["eval/meantime-dev.jsonl", "eval/gmb-dev.jsonl"] {
        if let Ok(lines) = std::fs::read_to_string(shared.join(f)) {
            for line in lines.lines() {
                let v: serde_json::Value = serde_json::from_str(line).unwrap();
                text.push_str("\n\n");
                text.push_str(v["text"].as_str().unwrap());
            }
        }
    }
    if text.is_empty() {
        text = include_str!("../examples/data/sample-news.txt").repeat(400);
    }
    text
}

/// The news split into documents at blank lines, as a corpus would come.
fn documents(text: &str) -> Vec<&str> {
    text.split("\n\n")
        .filter(|d| !d.trim().is_empty())
        .collect()
}

/// `text` repeated and cut to about `size` bytes, on a character boundary.
fn sized(text: &str, size: usize) -> String {
    let mut s = text.repeat(size / text.len() + 1);
    let mut cut = size.min(s.len());
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    s.truncate(cut);
    s
}

fn build(c: &mut Criterion) {
    let mut group = c.benchmark_group("build");
    group.sample_size(10);
    group.bench_function("default", |b| {
        b.iter(|| {
            let ex = Extractor::builder().build().unwrap();
            assert!(ex.gazetteer_len() > 30_000);
            black_box(ex)
        })
    });
    group.finish();
}

fn stages(c: &mut Criterion) {
    let text = news_text();
    let ex = Extractor::default();
    let bytes = Throughput::Bytes(text.len() as u64);

    let mut group = c.benchmark_group("segment");
    group.sample_size(10).throughput(bytes.clone());
    let sentences = chronicle::segment::split(&text).len();
    group.bench_function("split", |b| {
        let mut buf = Vec::new();
        b.iter(|| {
            chronicle::segment::split_into(black_box(&text), &mut buf);
            assert_eq!(buf.len(), sentences);
        })
    });
    group.finish();

    let mut group = c.benchmark_group("gazetteer");
    group.sample_size(10).throughput(bytes.clone());
    let matches = ex.gazetteer_match_count(&text);
    assert!(matches > 0);
    group.bench_function("scan", |b| {
        b.iter(|| assert_eq!(ex.gazetteer_match_count(black_box(&text)), matches))
    });
    group.finish();

    let mut group = c.benchmark_group("temporal");
    group.sample_size(10).throughput(bytes.clone());
    let timexes = ex.temporal_count(&text);
    assert!(timexes > 0);
    group.bench_function("find", |b| {
        b.iter(|| assert_eq!(ex.temporal_count(black_box(&text)), timexes))
    });
    group.finish();

    let mut group = c.benchmark_group("extract_full");
    group.sample_size(10).throughput(bytes.clone());
    let expected = ex.extract(&text).entities.len();
    group.bench_function("one_text", |b| {
        let mut out = Vec::with_capacity(text.len() * 4);
        b.iter(|| {
            out.clear();
            let doc = ex.extract(black_box(&text));
            assert_eq!(doc.entities.len(), expected);
            doc.append_json_line(&mut out);
        })
    });
    // The same text as separate documents, the way a corpus comes: per-document costs count.
    let docs = documents(&text);
    let inputs: Vec<Input> = docs.iter().map(|d| Input::new(d)).collect();
    let doc_bytes: usize = docs.iter().map(|d| d.len()).sum();
    let doc_entities: usize = inputs
        .iter()
        .map(|i| ex.extract_with(*i).entities.len())
        .sum();
    group.throughput(Throughput::Bytes(doc_bytes as u64));
    group.bench_function("documents", |b| {
        let mut out = Vec::with_capacity(text.len() * 4);
        b.iter(|| {
            out.clear();
            let mut entities = 0;
            for input in &inputs {
                let doc = ex.extract_with(*input);
                entities += doc.entities.len();
                doc.append_json_line(&mut out);
            }
            assert_eq!(entities, doc_entities);
        })
    });
    group.finish();

    let mut group = c.benchmark_group("extract_batch");
    group
        .sample_size(10)
        .throughput(Throughput::Bytes(doc_bytes as u64));
    group.bench_function("jsonl_all_cores", |b| {
        let mut out = Vec::with_capacity(text.len() * 4);
        b.iter(|| {
            out.clear();
            let (entities, _) = ex.extract_batch_jsonl(black_box(&inputs), &mut out);
            assert_eq!(entities, doc_entities);
        })
    });
    group.finish();
}

/// Hostile shapes: linear cost, MB/s within a third of normal text.
fn scale(c: &mut Criterion) {
    let news = news_text();
    let ex = Extractor::default();
    let mut group = c.benchmark_group("scale");
    group.sample_size(10);

    // 10 MB with no sentence punctuation and no line breaks: one enormous "sentence".
    let flat: String = sized(&news, 10_000_000)
        .chars()
        .map(|c| {
            if matches!(c, '.' | '!' | '?' | '…' | '\n' | '\r') {
                ' '
            } else {
                c
            }
        })
        .collect();
    // 1 MB line of capitalized words: every word is a gazetteer and name-rule candidate.
    let mut caps = String::with_capacity(1_100_000);
    for w in news
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .cycle()
    {
        if caps.len() >= 1_000_000 {
            break;
        }
        let mut cs = w.chars();
        if let Some(f) = cs.next() {
            caps.extend(f.to_uppercase());
            caps.push_str(cs.as_str());
            caps.push(' ');
        }
    }
    for (name, text) in [
        ("no_punctuation_10mb", &flat),
        ("capitalized_line_1mb", &caps),
    ] {
        let expected = ex.extract(text).entities.len();
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(name, |b| {
            let mut out = Vec::with_capacity(text.len() * 4);
            b.iter(|| {
                out.clear();
                let doc = ex.extract(black_box(text));
                assert_eq!(doc.entities.len(), expected);
                doc.append_json_line(&mut out);
            })
        });
    }
    group.finish();
}

criterion_group!(benches, build, stages, scale);
criterion_main!(benches);
