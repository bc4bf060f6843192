//! Criterion benchmarks: build time and pipeline throughput on real news text.
//!
//! Each timed loop asserts a count, so a change that is fast because it is wrong fails.
//! The text is the shared seed article and the MEANTIME/GMB development texts when `../shared`
//! is present, else the sample paragraph shipped in `examples/data`.

use std::hint::black_box;

use chronicle::Extractor;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

fn news_text() -> String {
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
        text = include_str!("../examples/data/sample-news.txt").repeat(200);
    }
    text
}

fn bench(c: &mut Criterion) {
    let text = news_text();
    let mut group = c.benchmark_group("pipeline");
    group.sample_size(10);
    group.bench_function("build", |b| {
        b.iter(|| {
            let ex = Extractor::builder().build().unwrap();
            assert!(ex.gazetteer_len() > 30_000);
            black_box(ex)
        })
    });
    group.throughput(Throughput::Bytes(text.len() as u64));
    let sentences = chronicle::segment::split(&text).len();
    group.bench_function("segment", |b| {
        b.iter(|| assert_eq!(chronicle::segment::split(black_box(&text)).len(), sentences))
    });
    let ex = Extractor::default();
    let expected = ex.extract(&text).entities.len();
    group.bench_function("extract_full", |b| {
        let mut out = Vec::with_capacity(text.len() * 4);
        b.iter(|| {
            out.clear();
            let doc = ex.extract(black_box(&text));
            assert_eq!(doc.entities.len(), expected);
            doc.write_json_line(&mut out).unwrap();
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
