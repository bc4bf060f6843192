//! Criterion group `pathological`: inputs built to stress the splitter, the automata, the rules and
//! the date regex, each at two sizes four times apart. Linear code shows the same MB/s at both
//! sizes; quadratic code drops fourfold. Each timed loop asserts a count, so a change that is fast
//! because it is wrong fails.
//!
//! ```sh
//! cargo bench --bench pathological
//! cargo bench --bench pathological -- 'pathological/abbreviations'   # one input
//! ```

use std::hint::black_box;

use chronicle::Extractor;
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

/// `unit` repeated to about `size` bytes.
fn fill(unit: &str, size: usize) -> String {
    unit.repeat(size.div_ceil(unit.len()))
}

/// The inputs: (name, repeated unit). Most contain no sentence end, so everything lands in one
/// stretch that only the sentence cap divides.
const INPUTS: &[(&str, &str)] = &[
    // Splitter: every period is a candidate boundary that needs look-arounds.
    (
        "abbreviations",
        "Mr. Dr. Gen. Sen. U.S. U.K. e.g. i.e. etc. Inc. Corp. Jan. No. ",
    ),
    ("initials", "A. B. C. D. E. F. "),
    ("period_run", "........"),
    ("spaced_ellipsis", ". . . "),
    ("closers_after_period", ".\"')]\u{201d}\"')] "),
    ("blank_lines", "\n \n\t\n\r\n\r"),
    ("list_numbers", "1. 22. 333. "),
    // One token, no boundaries at all: the sentence cap and the tokenizer.
    ("long_word", "abcdefghij"),
    ("long_number", "1234567890"),
    ("long_accented_word", "\u{e9}\u{ef}\u{f4}"),
    // Patterns and the date regex.
    ("versions", "1.2.3.4.5.6.7.8.9 "),
    ("years", "2026 1999 "),
    (
        "dates",
        "May 3, 2026, 22 May 2026, 2026-05-22, last month, three weeks ago, that May, ",
    ),
    // Automaton and rules: runs of capitalized words, titles and head words.
    ("capitalized_words", "Aaa Bbb Ccc Ddd Eee "),
    (
        "titles_and_heads",
        "President Minister Army Corps Ministry Group Ann Lee ",
    ),
    ("places", "Mali Gao Kidal Bamako Senegal Paris "),
    // Organization rules that look back or ahead in the whole document for each mention: a
    // company named again and again, "told X" and "X's shares" (each once quadratic).
    (
        "repeated_company",
        "Lockheed Martin shares rose after Lockheed Martin won a contract. ",
    ),
    ("told_outlet", "Officials told Brenholt on Monday. "),
    ("company_possessive", "Brenholt's shares fell. "),
    // Events: many triggers and entities in one stretch without a sentence end.
    (
        "events_one_sentence",
        "Gao attacked Kidal killed Bamako said ",
    ),
];

fn bench(c: &mut Criterion) {
    let ex = Extractor::default();
    let mut group = c.benchmark_group("pathological");
    group.sample_size(10);
    group.measurement_time(std::time::Duration::from_secs(2));
    group.warm_up_time(std::time::Duration::from_millis(500));
    for &(name, unit) in INPUTS {
        for size in [250_000, 1_000_000] {
            let text = fill(unit, size);
            let doc = ex.extract(&text);
            let (sentences, entities) = (doc.sentences.len(), doc.entities.len());
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_with_input(BenchmarkId::new(name, size), &text, |b, text| {
                b.iter(|| {
                    let doc = ex.extract(black_box(text));
                    assert_eq!(
                        (doc.sentences.len(), doc.entities.len()),
                        (sentences, entities)
                    );
                })
            });
        }
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
