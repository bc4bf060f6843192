//! `evaluate`: score chronicle against gold JSON Lines (the format of `../shared/eval/README.md`).
//!
//! ```text
//! evaluate [--given-dates] [--json] [--errors LABEL] GOLD.jsonl...
//! ```
//!
//! Runs the default extractor on each gold document's `text` and prints:
//! - entities: strict precision / recall / F1 per label and micro-averaged (exact byte span and
//!   label). Only labels in the document's `labels_annotated` count. A prediction inside (or equal
//!   to) a gold span marked `optional` or labelled `MISC` is neither right nor wrong.
//! - time expressions: strict and relaxed (overlap) span F1 over DATE/TIME/DURATION/SET, type
//!   accuracy and value accuracy on the relaxed matches, value F1 (span overlap and same value).
//! - events: of the gold events with a date, how many a predicted trigger overlaps, and how many of
//!   those carry the same date value (and type and place, where the gold gives them).
//!
//! By default the document date is found in the text (as a user would run it); `--given-dates`
//! passes the gold `document_date` instead.
//!
//! To measure one layer or one data set alone: `--gazetteers DIR` replaces the embedded
//! gazetteers with the TSV files of `DIR`, and `--only-source PREFIX` scores only the predicted
//! entities whose `source` starts with `PREFIX` (`gazetteer:` for the lists alone, `rule:person`
//! for one rule family). Gold spans are unchanged, so recall is that layer's share of the gold.

use std::collections::BTreeMap;
use std::process::ExitCode;

use chronicle::{Document, Extractor, Input, Span};
use serde::Deserialize;

#[derive(Deserialize)]
struct GoldDoc {
    id: String,
    text: String,
    document_date: Option<String>,
    #[serde(default)]
    entities: Vec<GoldEntity>,
    #[serde(default)]
    events: Vec<GoldEvent>,
    #[serde(default)]
    labels_annotated: Vec<String>,
}

#[derive(Deserialize)]
struct GoldEntity {
    start: usize,
    end: usize,
    label: String,
    #[serde(default)]
    value: Option<String>,
    #[serde(default)]
    optional: bool,
}

#[derive(Deserialize)]
struct GoldEvent {
    start: usize,
    end: usize,
    #[serde(default)]
    date: Option<String>,
    #[serde(default, rename = "type")]
    event_type: Option<String>,
    #[serde(default)]
    location: Option<String>,
}

#[derive(Default, Clone, Copy)]
struct Counts {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Counts {
    fn prf(self) -> (f64, f64, f64) {
        let p = ratio(self.tp, self.tp + self.fp);
        let r = ratio(self.tp, self.tp + self.fn_);
        let f = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        (p, r, f)
    }
    fn add(&mut self, o: Counts) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

const TEMPORAL: [&str; 4] = ["DATE", "TIME", "DURATION", "SET"];

#[derive(Default)]
struct Report {
    docs: usize,
    entity: BTreeMap<String, Counts>,
    timex_strict: Counts,
    timex_relaxed: Counts,
    timex_value: Counts,
    timex_type_right: usize,
    timex_value_right: usize,
    timex_matched: usize,
    events_dated: usize,
    events_found: usize,
    events_date_right: usize,
    events_typed: usize,
    events_type_right: usize,
    events_located: usize,
    events_location_right: usize,
    errors: Vec<String>,
}

const USAGE: &str = "usage: evaluate [--given-dates] [--json] [--errors LABEL|ALL] \
                     [--gazetteers DIR] [--only-source PREFIX] GOLD.jsonl...";

fn main() -> ExitCode {
    let mut given = false;
    let mut json = false;
    let mut show_errors: Option<String> = None;
    let mut gazetteers: Option<String> = None;
    let mut only_source: Option<String> = None;
    let mut files = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--given-dates" => given = true,
            "--json" => json = true,
            "--errors" => show_errors = args.next(),
            "--gazetteers" => gazetteers = args.next(),
            "--only-source" => only_source = args.next(),
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            _ => files.push(a),
        }
    }
    if files.is_empty() {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    }
    let extractor = match &gazetteers {
        None => Extractor::default(),
        Some(dir) => match Extractor::builder()
            .without_default_gazetteers()
            .gazetteer_dir(dir)
            .build()
        {
            Ok(e) => e,
            Err(e) => {
                eprintln!("evaluate: {e}");
                return ExitCode::from(1);
            }
        },
    };
    for file in files {
        let contents = match std::fs::read_to_string(&file) {
            Ok(c) => c,
            Err(e) => {
                eprintln!("evaluate: {file}: {e}");
                return ExitCode::from(1);
            }
        };
        let mut report = Report::default();
        for (i, line) in contents.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let gold: GoldDoc = match serde_json::from_str(line) {
                Ok(g) => g,
                Err(e) => {
                    eprintln!("evaluate: {file}:{}: {e}", i + 1);
                    return ExitCode::from(1);
                }
            };
            let date = if given {
                gold.document_date.as_deref().and_then(|d| d.parse().ok())
            } else {
                None
            };
            let mut doc = extractor.extract_with(Input {
                text: &gold.text,
                id: Some(&gold.id),
                document_date: date,
            });
            if let Some(prefix) = &only_source {
                doc.entities
                    .retain(|e| e.source.to_string().starts_with(prefix.as_str()));
            }
            score(&gold, &doc, &mut report, show_errors.as_deref());
        }
        if json {
            println!("{}", report_json(&file, &report));
        } else {
            print_report(&file, &report);
        }
    }
    ExitCode::SUCCESS
}

fn score(gold: &GoldDoc, doc: &Document, r: &mut Report, show: Option<&str>) {
    r.docs += 1;
    let text = &gold.text;
    let annotated = |l: &str| gold.labels_annotated.iter().any(|a| a == l);
    // Spans where predictions are neither right nor wrong.
    let neutral: Vec<Span> = gold
        .entities
        .iter()
        .filter(|g| g.optional || g.label == "MISC")
        .map(|g| Span::new(g.start, g.end))
        .collect();
    let required: Vec<&GoldEntity> = gold
        .entities
        .iter()
        .filter(|g| !g.optional && g.label != "MISC" && annotated(&g.label))
        .collect();
    let predicted: Vec<&chronicle::Entity> = doc
        .entities
        .iter()
        .filter(|e| annotated(e.label.as_str()))
        .collect();

    // Strict entity scoring.
    let mut matched_gold = vec![false; required.len()];
    for e in &predicted {
        let label = e.label.as_str();
        let hit = required
            .iter()
            .position(|g| g.start == e.span.start && g.end == e.span.end && g.label == label);
        match hit {
            Some(i) => {
                matched_gold[i] = true;
                r.entity.entry(label.to_string()).or_default().tp += 1;
            }
            None => {
                if neutral.iter().any(|n| n.contains(e.span)) {
                    continue;
                }
                r.entity.entry(label.to_string()).or_default().fp += 1;
                if show.is_some_and(|s| s == "ALL" || s == label) {
                    r.errors.push(format!(
                        "FP {label:<12} {:?} [{}] {}",
                        &text[e.span.range()],
                        gold.id,
                        e.source
                    ));
                }
            }
        }
    }
    for (i, g) in required.iter().enumerate() {
        if !matched_gold[i] {
            r.entity.entry(g.label.clone()).or_default().fn_ += 1;
            if show.is_some_and(|s| s == "ALL" || s == g.label) {
                let near: Vec<String> = doc
                    .entities
                    .iter()
                    .filter(|e| e.span.overlaps(Span::new(g.start, g.end)))
                    .map(|e| format!("{}:{:?}", e.label, &text[e.span.range()]))
                    .collect();
                r.errors.push(format!(
                    "FN {:<12} {:?} [{}] predicted: {}",
                    g.label,
                    &text[g.start..g.end],
                    gold.id,
                    near.join(", ")
                ));
            }
        }
    }

    // Time expressions.
    let gold_t: Vec<&GoldEntity> = gold
        .entities
        .iter()
        .filter(|g| TEMPORAL.contains(&g.label.as_str()) && !g.optional)
        .collect();
    let optional_t: Vec<Span> = gold
        .entities
        .iter()
        .filter(|g| TEMPORAL.contains(&g.label.as_str()) && g.optional)
        .map(|g| Span::new(g.start, g.end))
        .collect();
    let pred_t: Vec<&chronicle::Entity> = doc
        .entities
        .iter()
        .filter(|e| e.label.is_temporal() && annotated(e.label.as_str()))
        .collect();
    if gold_t.is_empty() && !gold.labels_annotated.iter().any(|l| l == "DATE") {
        // no time annotation
    } else {
        let mut strict_hit = vec![false; gold_t.len()];
        let mut relaxed_hit = vec![false; gold_t.len()];
        let mut value_hit = vec![false; gold_t.len()];
        for e in &pred_t {
            let s = Span::new(e.span.start, e.span.end);
            let mut any_relaxed = false;
            let mut any_strict = false;
            let mut any_value = false;
            for (i, g) in gold_t.iter().enumerate() {
                let gs = Span::new(g.start, g.end);
                if gs.overlaps(s) {
                    any_relaxed = true;
                    if !relaxed_hit[i] {
                        relaxed_hit[i] = true;
                        r.timex_matched += 1;
                        if g.label == e.label.as_str() {
                            r.timex_type_right += 1;
                        }
                        if g.value.is_some() && g.value.as_deref() == e.value.as_deref() {
                            r.timex_value_right += 1;
                        }
                    }
                    if g.value.is_some() && g.value.as_deref() == e.value.as_deref() {
                        any_value = true;
                        value_hit[i] = true;
                    }
                    if gs == s {
                        any_strict = true;
                        strict_hit[i] = true;
                    }
                }
            }
            let neutral_t = optional_t.iter().any(|o| o.overlaps(s));
            if any_strict {
                r.timex_strict.tp += 1;
            } else if !neutral_t || any_relaxed {
                r.timex_strict.fp += usize::from(!neutral_t);
            }
            if any_relaxed {
                r.timex_relaxed.tp += 1;
            } else if !neutral_t {
                r.timex_relaxed.fp += 1;
            }
            if any_value {
                r.timex_value.tp += 1;
            } else if !neutral_t {
                r.timex_value.fp += 1;
            }
            if !any_relaxed && !neutral_t && show.is_some_and(|x| x == "ALL" || x == "TIMEX") {
                r.errors.push(format!(
                    "FP TIMEX {:?} value={:?} [{}]",
                    &text[e.span.range()],
                    e.value,
                    gold.id
                ));
            }
        }
        for (i, g) in gold_t.iter().enumerate() {
            r.timex_strict.fn_ += usize::from(!strict_hit[i]);
            r.timex_relaxed.fn_ += usize::from(!relaxed_hit[i]);
            r.timex_value.fn_ += usize::from(!value_hit[i] && g.value.is_some());
            if (!relaxed_hit[i] || !value_hit[i])
                && show.is_some_and(|x| x == "ALL" || x == "TIMEX")
            {
                let pred: Vec<String> = pred_t
                    .iter()
                    .filter(|e| e.span.overlaps(Span::new(g.start, g.end)))
                    .map(|e| format!("{:?}={:?}", &text[e.span.range()], e.value))
                    .collect();
                r.errors.push(format!(
                    "FN TIMEX {:?} gold={:?} [{}] predicted: {}",
                    &text[g.start..g.end],
                    g.value,
                    gold.id,
                    pred.join(", ")
                ));
            }
        }
    }

    // Events: gold events with a date.
    for g in gold.events.iter().filter(|g| g.date.is_some()) {
        r.events_dated += 1;
        let gs = Span::new(g.start, g.end);
        let found: Vec<&chronicle::Event> = doc
            .events
            .iter()
            .filter(|e| e.trigger.overlaps(gs))
            .filter(|e| {
                g.event_type
                    .as_deref()
                    .is_none_or(|t| t == e.event_type.as_str())
                    || !doc.events.iter().any(|o| {
                        o.trigger.overlaps(gs)
                            && g.event_type.as_deref() == Some(o.event_type.as_str())
                    })
            })
            .collect();
        let Some(ev) = found.first() else {
            if show.is_some_and(|x| x == "ALL" || x == "EVENT") {
                r.errors.push(format!(
                    "FN EVENT {:?} [{}]",
                    &text[g.start..g.end],
                    gold.id
                ));
            }
            continue;
        };
        r.events_found += 1;
        let value = ev.date.as_ref().map(|d| d.value.as_str());
        if value == g.date.as_deref() {
            r.events_date_right += 1;
        } else if show.is_some_and(|x| x == "ALL" || x == "EVENT") {
            r.errors.push(format!(
                "EVENT DATE {:?} gold={:?} got={:?} [{}]",
                &text[g.start..g.end],
                g.date,
                value,
                gold.id
            ));
        }
        if let Some(t) = &g.event_type {
            r.events_typed += 1;
            r.events_type_right += usize::from(ev.event_type.as_str() == t);
        }
        if let Some(loc) = &g.location {
            r.events_located += 1;
            let got = ev.location.as_ref().map(|l| &text[l.span.range()]);
            r.events_location_right += usize::from(got == Some(loc.as_str()));
        }
    }
}

fn print_report(file: &str, r: &Report) {
    println!("# {file} ({} documents)", r.docs);
    println!();
    println!("entities (strict)   precision  recall     F1   tp   fp   fn");
    let mut micro = Counts::default();
    for (label, c) in &r.entity {
        let (p, rc, f) = c.prf();
        println!(
            "  {label:<16} {p:>9.3} {rc:>7.3} {f:>6.3} {:>4} {:>4} {:>4}",
            c.tp, c.fp, c.fn_
        );
        micro.add(*c);
    }
    let (p, rc, f) = micro.prf();
    println!(
        "  {:<16} {p:>9.3} {rc:>7.3} {f:>6.3} {:>4} {:>4} {:>4}",
        "micro", micro.tp, micro.fp, micro.fn_
    );
    let mut names = Counts::default();
    for label in ["PERSON", "LOCATION", "ORGANIZATION"] {
        if let Some(c) = r.entity.get(label) {
            names.add(*c);
        }
    }
    let (p, rc, f) = names.prf();
    println!("  {:<16} {p:>9.3} {rc:>7.3} {f:>6.3}", "micro PER/LOC/ORG");
    println!();
    let (_, _, fs) = r.timex_strict.prf();
    let (_, _, fr) = r.timex_relaxed.prf();
    let (_, _, fv) = r.timex_value.prf();
    println!("time expressions");
    println!("  strict span F1     {fs:.3}");
    println!("  relaxed span F1    {fr:.3}");
    println!(
        "  type accuracy      {:.3} ({}/{})",
        ratio(r.timex_type_right, r.timex_matched),
        r.timex_type_right,
        r.timex_matched
    );
    println!(
        "  value accuracy     {:.3} ({}/{})",
        ratio(r.timex_value_right, r.timex_matched),
        r.timex_value_right,
        r.timex_matched
    );
    println!("  value F1           {fv:.3}");
    println!();
    println!("events (gold events with a date)");
    println!(
        "  found (trigger overlap)  {:.3} ({}/{})",
        ratio(r.events_found, r.events_dated),
        r.events_found,
        r.events_dated
    );
    println!(
        "  date right of found      {:.3} ({}/{})",
        ratio(r.events_date_right, r.events_found),
        r.events_date_right,
        r.events_found
    );
    if r.events_typed > 0 {
        println!(
            "  type right of found      {:.3} ({}/{})",
            ratio(r.events_type_right, r.events_typed),
            r.events_type_right,
            r.events_typed
        );
    }
    if r.events_located > 0 {
        println!(
            "  place right of found     {:.3} ({}/{})",
            ratio(r.events_location_right, r.events_located),
            r.events_location_right,
            r.events_located
        );
    }
    for e in &r.errors {
        println!("{e}");
    }
}

fn report_json(file: &str, r: &Report) -> String {
    let mut labels = serde_json::Map::new();
    let mut micro = Counts::default();
    for (label, c) in &r.entity {
        let (p, rc, f) = c.prf();
        labels.insert(
            label.clone(),
            serde_json::json!({"precision": p, "recall": rc, "f1": f, "tp": c.tp, "fp": c.fp, "fn": c.fn_}),
        );
        micro.add(*c);
    }
    let (p, rc, f) = micro.prf();
    serde_json::json!({
        "file": file,
        "documents": r.docs,
        "entities": labels,
        "micro": {"precision": p, "recall": rc, "f1": f},
        "timex": {
            "strict_f1": r.timex_strict.prf().2,
            "relaxed_f1": r.timex_relaxed.prf().2,
            "value_f1": r.timex_value.prf().2,
            "value_accuracy": ratio(r.timex_value_right, r.timex_matched),
            "type_accuracy": ratio(r.timex_type_right, r.timex_matched),
            "matched": r.timex_matched,
        },
        "events": {
            "dated": r.events_dated,
            "found": r.events_found,
            "date_right": r.events_date_right,
            "type_right": r.events_type_right,
            "location_right": r.events_location_right,
        },
    })
    .to_string()
}
