//! Measures the gazetteer's byte trie against aho-corasick automata over the same surfaces:
//! build time, heap bytes and whole-word scan speed (issue: "one aho-corasick automaton over all
//! surfaces"). A one-off measurement behind the choice documented in `src/gazetteer/mod.rs` and
//! `BENCHMARKS.md`; not a test.
//!
//! ```sh
//! python3 scripts/make-corpus.py --text --out /tmp/corpus 10M
//! cargo run --release --example gazetteer-automata -- /tmp/corpus/corpus-10M.txt
//! ```
//!
//! The automata are searched the way the trie is: from each word start whose first byte can begin
//! a surface, an anchored walk keeps the longest surface that ends a word. Both count the same
//! matches (checked below), so the speeds compare like for like. Times are medians of CPU time
//! (the machines this ran on are shared), one thread.

use std::time::Instant;

use aho_corasick::automaton::Automaton;
use aho_corasick::{Anchored, MatchKind, StartKind, dfa, nfa::contiguous};

/// Surfaces the scan reports: every gazetteer row but given names and surnames, deduplicated.
fn surfaces() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("gazetteers");
    let mut out = Vec::new();
    for f in [
        "places.tsv",
        "nationalities.tsv",
        "organizations.tsv",
        "titles.tsv",
        "person_names.tsv",
    ] {
        let text = std::fs::read_to_string(dir.join(f)).expect("gazetteer file");
        for line in text
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
        {
            let mut cols = line.split('\t');
            let surface = cols.next().unwrap_or("");
            let kind = cols.nth(1).unwrap_or("");
            if kind != "given_name" && kind != "surname" && !surface.is_empty() {
                out.push(surface.to_string());
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

fn is_word_byte(text: &str, i: usize) -> bool {
    match text.as_bytes().get(i) {
        None => false,
        Some(b) if b.is_ascii() => b.is_ascii_alphanumeric(),
        Some(_) => text[i..].chars().next().is_some_and(char::is_alphanumeric),
    }
}

fn word_starts_at(text: &str, i: usize) -> bool {
    i == 0 || {
        let b = text.as_bytes()[i - 1];
        if b.is_ascii() {
            !b.is_ascii_alphanumeric()
        } else {
            !text[..i]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
        }
    }
}

/// Whole-word longest-surface matches by anchored walks of `aut` from word starts.
fn scan<A: Automaton>(aut: &A, starts: &[bool; 256], text: &str) -> usize {
    let bytes = text.as_bytes();
    let start = aut
        .start_state(Anchored::Yes)
        .expect("anchored start state");
    let mut count = 0;
    let mut i = 0;
    while i < bytes.len() {
        if !starts[usize::from(bytes[i])] || !text.is_char_boundary(i) || !word_starts_at(text, i) {
            i += 1;
            continue;
        }
        let mut sid = start;
        let mut best = None;
        for (j, &b) in bytes[i..].iter().enumerate() {
            sid = aut.next_state(Anchored::Yes, sid, b);
            if aut.is_dead(sid) {
                break;
            }
            if aut.is_match(sid) {
                let end = i + j + 1;
                // A state's matches include shorter surfaces (suffixes): keep the one from `i`.
                let here = (0..aut.match_len(sid))
                    .any(|k| aut.pattern_len(aut.match_pattern(sid, k)) == end - i);
                if here && !is_word_byte(text, end) {
                    best = Some(end);
                }
            }
        }
        match best {
            Some(end) => {
                count += 1;
                i = end;
            }
            None => i += 1,
        }
    }
    count
}

fn mbps(bytes: usize, secs: f64) -> f64 {
    bytes as f64 / 1e6 / secs
}

/// CPU seconds this thread has run (Linux `/proc/thread-self/schedstat`), if readable: on a
/// shared machine CPU time is steadier than wall time.
fn thread_cpu() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = s.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}

/// Median CPU seconds (wall seconds where CPU time is not readable) of `runs` calls of `f`, and
/// the last result.
fn timed<T>(runs: usize, mut f: impl FnMut() -> T) -> (f64, T) {
    let mut times = Vec::new();
    let mut last = None;
    for _ in 0..runs {
        let (t, c) = (Instant::now(), thread_cpu());
        last = Some(f());
        times.push(match (c, thread_cpu()) {
            (Some(a), Some(b)) => b - a,
            _ => t.elapsed().as_secs_f64(),
        });
    }
    times.sort_by(f64::total_cmp);
    (times[runs / 2], last.expect("runs > 0"))
}

fn main() {
    let path = std::env::args()
        .nth(1)
        .expect("usage: gazetteer-automata TEXT_FILE");
    let text = std::fs::read_to_string(&path).expect("readable UTF-8 text");
    let pats = surfaces();
    let mut starts = [false; 256];
    for p in &pats {
        starts[usize::from(p.as_bytes()[0])] = true;
    }
    println!(
        "{} scanned surfaces, {} bytes of text ({path})",
        pats.len(),
        text.len()
    );

    let (build, ex) = timed(5, || chronicle::Extractor::builder().build().unwrap());
    let (secs, trie_count) = timed(5, || ex.gazetteer_match_count(&text));
    println!(
        "byte trie (chronicle): whole Extractor build {:.0} ms (parsing all files, all tries), \
         index heap {:.1} MB, scan {:.0} MB/s, {trie_count} matches",
        build * 1e3,
        ex.gazetteer_index_bytes() as f64 / 1e6,
        mbps(text.len(), secs)
    );

    let (build, nfa) = timed(5, || {
        contiguous::NFA::builder()
            .match_kind(MatchKind::Standard)
            .build(&pats)
            .unwrap()
    });
    let (secs, count) = timed(5, || scan(&nfa, &starts, &text));
    println!(
        "aho-corasick contiguous NFA: build {:.0} ms (surfaces only), heap {:.1} MB, \
         scan {:.0} MB/s, {count} matches",
        build * 1e3,
        nfa.memory_usage() as f64 / 1e6,
        mbps(text.len(), secs)
    );
    assert_eq!(count, trie_count, "the NFA walk finds what the trie finds");

    let (build, dfa) = timed(3, || {
        dfa::DFA::builder()
            .match_kind(MatchKind::Standard)
            .start_kind(StartKind::Anchored)
            .build(&pats)
            .unwrap()
    });
    let (secs, count) = timed(5, || scan(&dfa, &starts, &text));
    println!(
        "aho-corasick DFA (anchored): build {:.0} ms (surfaces only), heap {:.1} MB, \
         scan {:.0} MB/s, {count} matches",
        build * 1e3,
        dfa.memory_usage() as f64 / 1e6,
        mbps(text.len(), secs)
    );
    assert_eq!(count, trie_count, "the DFA walk finds what the trie finds");
}
