//! Every export format, read back: brat by a small standoff reader, CoNLL by re-aligning the
//! tokens with the text, TimeML and the HTML page by an XML parser, displaCy JSON by serde.

use std::collections::HashMap;

use chronicle::{Document, Entity, Extractor, Input, Label, Modality, Source, Span, export};

/// A story with non-ASCII text, markup characters, a control character and events.
const STORY: &str = "Rebels Seize <Border> Town\n\nPosted on March 3, 2026\n\n\
Gunmen attacked a police post in Gao on March 2, 2026, killing four officers & a \"guard\". \
Mr. Moussa Traoré said the U.S. embassy in Bamako had warned of an attack in January 2026.\u{1} \
Mali's army withdrew from Ménaka in early 2025.";

fn story() -> Document {
    Extractor::default().extract_with(Input::new(STORY).with_id("story-1"))
}

/// A document with the cases extraction rarely produces: an entity across a line break, a
/// negated and a hypothetical event, an actor that is not an entity, two actors.
fn edge_document() -> Document {
    let text = "Officials in New\nYork said gunmen did not attack Gao on March 2, 2026; a militia may attack Kidal.";
    let mut doc = Extractor::default().extract(text);
    let at = |s: &str| {
        let i = text.find(s).unwrap();
        Span::new(i, i + s.len())
    };
    doc.entities.retain(|e| !at("New\nYork").overlaps(e.span));
    let mut ny = Entity::new(at("New\nYork"), Label::Location, Source::Rule("test"));
    ny.sentence = 0;
    doc.entities.push(ny);
    doc.entities.sort_by_key(|e| e.span.start);
    let attacks: Vec<usize> = doc
        .events
        .iter()
        .enumerate()
        .filter(|(_, e)| e.event_type == chronicle::EventType::Attack)
        .map(|(i, _)| i)
        .collect();
    assert!(attacks.len() >= 2, "the lexicon finds both attacks");
    let first = &mut doc.events[attacks[0]];
    first.negated = true;
    // The event layer marks it reported ("officials said"); the fixture wants one modality.
    first.modality = Modality::Asserted;
    first.actors = vec![chronicle::Argument {
        span: at("gunmen"),
        label: None,
        inferred: false,
    }];
    let second = &mut doc.events[attacks[1]];
    second.modality = Modality::Hypothetical;
    second.actors = vec![
        chronicle::Argument {
            span: at("a militia"),
            label: None,
            inferred: false,
        },
        chronicle::Argument {
            span: at("Officials"),
            label: None,
            inferred: true,
        },
    ];
    doc
}

/// The HTML page starts with `<!DOCTYPE html>`: allow a DTD.
fn xml_options<'a>() -> roxmltree::ParsingOptions<'a> {
    roxmltree::ParsingOptions {
        allow_dtd: true,
        ..Default::default()
    }
}

fn chars(s: &str) -> Vec<char> {
    s.chars().collect()
}

// ---------------------------------------------------------------- brat

#[derive(Debug)]
struct TextBound {
    ty: String,
    frags: Vec<(usize, usize)>,
    text: String,
}

/// An E line: id, type, trigger T id, (role, T id) arguments.
type EventLine = (String, String, String, Vec<(String, String)>);

#[derive(Debug, Default)]
struct Ann {
    t: HashMap<String, TextBound>,
    e: Vec<EventLine>,
    a: Vec<(String, String, Option<String>)>,
    notes: Vec<(String, String)>,
}

/// A small reader of brat standoff: checks the structure as it goes.
fn read_brat(ann: &str, text: &str) -> Ann {
    let cs = chars(text);
    let mut out = Ann::default();
    for line in ann.lines() {
        let cols: Vec<&str> = line.split('\t').collect();
        let id = cols[0];
        match &id[..1] {
            "T" => {
                assert_eq!(cols.len(), 3, "{line}");
                let (ty, offs) = cols[1].split_once(' ').unwrap();
                let frags: Vec<(usize, usize)> = offs
                    .split(';')
                    .map(|f| {
                        let (s, e) = f.split_once(' ').unwrap();
                        (s.parse().unwrap(), e.parse().unwrap())
                    })
                    .collect();
                let joined: Vec<String> = frags
                    .iter()
                    .map(|&(s, e)| cs[s..e].iter().collect())
                    .collect();
                assert_eq!(
                    joined.join(" "),
                    cols[2],
                    "T text must match the offsets: {line}"
                );
                let tb = TextBound {
                    ty: ty.to_string(),
                    frags,
                    text: cols[2].to_string(),
                };
                assert!(out.t.insert(id.to_string(), tb).is_none(), "duplicate {id}");
            }
            "E" => {
                assert_eq!(cols.len(), 2, "{line}");
                let mut parts = cols[1].split(' ');
                let (ty, trig) = parts.next().unwrap().split_once(':').unwrap();
                let args = parts
                    .map(|p| {
                        let (r, t) = p.split_once(':').unwrap();
                        (r.to_string(), t.to_string())
                    })
                    .collect();
                out.e
                    .push((id.to_string(), ty.to_string(), trig.to_string(), args));
            }
            "A" => {
                let mut parts = cols[1].split(' ');
                let name = parts.next().unwrap().to_string();
                let target = parts.next().unwrap().to_string();
                out.a.push((name, target, parts.next().map(str::to_string)));
            }
            "#" => {
                assert_eq!(cols.len(), 3, "{line}");
                let target = cols[1].strip_prefix("AnnotatorNotes ").unwrap();
                out.notes.push((target.to_string(), cols[2].to_string()));
            }
            _ => panic!("unexpected line {line}"),
        }
    }
    // References resolve.
    for (_, ty, trig, args) in &out.e {
        assert_eq!(&out.t[trig].ty, ty, "trigger type");
        for (_, t) in args {
            assert!(out.t.contains_key(t), "argument {t} has a T line");
        }
    }
    for (_, target, _) in &out.a {
        assert!(
            out.e.iter().any(|e| &e.0 == target),
            "attribute target {target}"
        );
    }
    for (target, _) in &out.notes {
        assert!(out.t.contains_key(target));
    }
    out
}

fn brat_of(doc: &Document) -> Ann {
    let mut buf = Vec::new();
    export::brat(doc, &mut buf).unwrap();
    read_brat(&String::from_utf8(buf).unwrap(), &doc.text)
}

#[test]
fn brat_round_trip_on_extracted_text() {
    let doc = story();
    let ann = brat_of(&doc);
    // Every entity comes back with its label and code-point span.
    let rec = doc.record();
    for e in &rec.entities {
        let found = ann.t.values().any(|t| {
            t.ty == e.label && t.frags == [(e.char_start, e.char_end)] && t.text == e.text
        });
        assert!(found, "entity {} {} missing", e.label, e.text);
    }
    // Code points, not bytes: "Bamako" comes after "é" (2 bytes, 1 code point).
    let bamako = ann.t.values().find(|t| t.text == "Bamako").unwrap();
    let byte = STORY.find("Bamako").unwrap();
    assert_eq!(bamako.frags[0].0, byte - 1);
    // Every event is an E line whose trigger text is the event's trigger.
    assert_eq!(ann.e.len(), doc.events.len());
    for ((_, ty, trig, args), ev) in ann.e.iter().zip(&doc.events) {
        assert_eq!(ty, ev.event_type.as_str());
        assert_eq!(ann.t[trig].text, doc.slice(ev.trigger));
        let place = args.iter().find(|(r, _)| r == "Place");
        assert_eq!(
            place.map(|(_, t)| ann.t[t].text.as_str()),
            ev.location.as_ref().map(|l| doc.slice(l.span))
        );
        let time = args.iter().find(|(r, _)| r == "Time");
        assert_eq!(
            time.map(|(_, t)| ann.t[t].text.as_str()),
            ev.date.as_ref().map(|d| doc.slice(d.span))
        );
    }
    // Time expressions carry their TIMEX3 value in a note.
    let jan = ann
        .t
        .iter()
        .find(|(_, t)| t.text == "January 2026")
        .unwrap();
    assert!(
        ann.notes
            .contains(&(jan.0.clone(), "value=2026-01".to_string()))
    );
}

#[test]
fn brat_fragments_attributes_and_argument_entities() {
    let doc = edge_document();
    let ann = brat_of(&doc);
    // "New\nYork" is written as two fragments.
    let ny = ann.t.values().find(|t| t.text == "New York").unwrap();
    assert_eq!(ny.frags, [(13, 16), (17, 21)]);
    assert_eq!(ny.ty, "LOCATION");
    // The negated attack: Negated attribute, actor "gunmen" gets its own T line (MISC).
    let negated: Vec<&String> = ann
        .a
        .iter()
        .filter(|a| a.0 == "Negated")
        .map(|a| &a.1)
        .collect();
    assert_eq!(negated.len(), 1);
    let e = ann.e.iter().find(|e| &e.0 == negated[0]).unwrap();
    assert_eq!(ann.t[&e.2].text, "attack");
    let actor = &e.3.iter().find(|(r, _)| r == "Actor").unwrap().1;
    assert_eq!(
        (ann.t[actor].ty.as_str(), ann.t[actor].text.as_str()),
        ("MISC", "gunmen")
    );
    // The hypothetical attack: Modality attribute with value, two actors (Actor, Actor2).
    let modal: Vec<&(String, String, Option<String>)> =
        ann.a.iter().filter(|a| a.0 == "Modality").collect();
    assert_eq!(modal.len(), 1);
    assert_eq!(modal[0].2.as_deref(), Some("hypothetical"));
    let e = ann.e.iter().find(|e| e.0 == modal[0].1).unwrap();
    let roles: Vec<(&str, &str)> =
        e.3.iter()
            .filter(|(r, _)| r.starts_with("Actor"))
            .map(|(r, t)| (r.as_str(), ann.t[t].text.as_str()))
            .collect();
    assert_eq!(roles, [("Actor", "a militia"), ("Actor2", "Officials")]);
    // The annotation.conf declares what the .ann uses.
    let mut conf = Vec::new();
    export::brat_annotation_conf(&mut conf).unwrap();
    let conf = String::from_utf8(conf).unwrap();
    for t in ann.t.values() {
        assert!(
            conf.lines()
                .any(|l| l.split('\t').next() == Some(t.ty.as_str())),
            "{} undeclared",
            t.ty
        );
    }
    assert!(conf.contains("Modality\tArg:<EVENT>, Value:hypothetical|reported"));
}

// ---------------------------------------------------------------- CoNLL

#[test]
fn conll_round_trip() {
    let other = Extractor::default().extract(
        "Mr. Moussa Traoré met Amadou Diallo in Gao and Kidal on May 4, 2026, after the U.S.-led talks.",
    );
    for doc in [story(), other] {
        let mut buf = Vec::new();
        export::conll(&doc, &mut buf).unwrap();
        let out = String::from_utf8(buf).unwrap();
        let text = doc.text.as_str();
        let mut lines = out.lines();
        assert_eq!(lines.next(), Some("-DOCSTART-\tO"));
        assert_eq!(lines.next(), Some(""));
        // Re-align every token with the text; rebuild BIO spans.
        let mut pos = 0;
        let mut spans: Vec<(Span, String)> = Vec::new();
        let mut blank = 0;
        let mut prev: Option<String> = None;
        for line in lines {
            if line.is_empty() {
                blank += 1;
                prev = None;
                continue;
            }
            let (tok, tag) = line.split_once('\t').unwrap();
            assert!(!tok.is_empty() && !tok.contains(char::is_whitespace));
            let at = pos + text[pos..].find(tok).unwrap();
            assert!(
                text[pos..at].trim().is_empty(),
                "tokens cover the text in order"
            );
            let span = Span::new(at, at + tok.len());
            pos = span.end;
            if let Some(label) = tag.strip_prefix("B-") {
                spans.push((span, label.to_string()));
            } else if let Some(label) = tag.strip_prefix("I-") {
                assert_eq!(prev.as_deref(), Some(label), "I- continues {label}");
                spans.last_mut().unwrap().0.end = span.end;
            } else {
                assert_eq!(tag, "O");
            }
            prev = tag.get(2..).map(str::to_string);
        }
        assert!(text[pos..].trim().is_empty());
        assert_eq!(blank, doc.sentences.len(), "one blank line per sentence");
        let expected: Vec<(Span, String)> = doc
            .entities
            .iter()
            .filter(|e| export::CONLL_LABELS.contains(&e.label))
            .map(|e| (e.span, e.label.as_str().to_string()))
            .collect();
        assert_eq!(spans, expected);
    }
}

#[test]
fn conll_splits_tokens_at_entity_boundaries() {
    let mut doc = Extractor::default().extract("The Kidal-based force left.");
    doc.entities = vec![Entity::new(
        Span::new(4, 9),
        Label::Location,
        Source::Rule("test"),
    )];
    let mut buf = Vec::new();
    export::conll(&doc, &mut buf).unwrap();
    assert_eq!(
        String::from_utf8(buf).unwrap(),
        "-DOCSTART-\tO\n\nThe\tO\nKidal\tB-LOCATION\n-based\tO\nforce\tO\nleft\tO\n.\tO\n\n"
    );
    // Two adjacent entities are B- B-, and an entity cut by a sentence break restarts with B-.
    let mut doc = Extractor::default().extract("Officials in Old\nYork Kidal said so.");
    assert_eq!(
        doc.sentences.len(),
        2,
        "a line break ends the sentence here"
    );
    doc.entities = vec![
        Entity::new(Span::new(13, 21), Label::Location, Source::Rule("test")),
        Entity::new(Span::new(22, 27), Label::Location, Source::Rule("test")),
    ];
    let mut buf = Vec::new();
    export::conll(&doc, &mut buf).unwrap();
    assert!(
        String::from_utf8(buf)
            .unwrap()
            .contains("in\tO\nOld\tB-LOCATION\n\nYork\tB-LOCATION\nKidal\tB-LOCATION\nsaid\tO\n"),
    );
}

// ---------------------------------------------------------------- TimeML

#[test]
fn timeml_is_well_formed_and_round_trips() {
    for doc in [story(), edge_document()] {
        let mut buf = Vec::new();
        export::timeml(&doc, &mut buf).unwrap();
        let xml = String::from_utf8(buf).unwrap();
        let parsed = roxmltree::Document::parse_with_options(&xml, xml_options())
            .unwrap_or_else(|e| panic!("{e}\n{xml}"));
        let root = parsed.root_element();
        assert_eq!(root.tag_name().name(), "TimeML");
        let child = |name: &str| root.children().find(|n| n.has_tag_name(name));
        if let Some(date) = doc.document_date {
            let dct = child("DCT").unwrap().first_element_child().unwrap();
            assert_eq!(dct.attribute("functionInDocument"), Some("CREATION_TIME"));
            assert_eq!(dct.attribute("value"), Some(date.to_string().as_str()));
            assert_eq!(dct.attribute("tid"), Some("t0"));
        }
        assert_eq!(child("DOCID").and_then(|n| n.text()), doc.id.as_deref());
        // The text comes back (XML cannot carry U+0001: it is U+FFFD), with TIMEX3 and EVENT
        // tags at the right places.
        let body = child("TEXT").unwrap();
        let mut plain = String::new();
        let mut timexes = Vec::new();
        let mut eids = Vec::new();
        for n in body.children() {
            if n.is_text() {
                plain.push_str(n.text().unwrap());
            } else {
                let start = plain.len();
                plain.push_str(n.text().unwrap_or(""));
                match n.tag_name().name() {
                    "TIMEX3" => timexes.push((
                        Span::new(start, plain.len()),
                        n.attribute("type").unwrap().to_string(),
                        n.attribute("value").map(str::to_string),
                        n.attribute("tid").unwrap().to_string(),
                    )),
                    "EVENT" => eids.push((
                        Span::new(start, plain.len()),
                        n.attribute("eid").unwrap().to_string(),
                    )),
                    other => panic!("unexpected <{other}>"),
                }
            }
        }
        let expected_text: String = doc
            .text
            .chars()
            .map(|c| if c == '\u{1}' { '\u{FFFD}' } else { c })
            .collect();
        assert_eq!(plain, expected_text);
        // U+0001 -> U+FFFD changes byte lengths after it; compare spans by text instead.
        let got: Vec<(&str, &str, Option<&str>)> = timexes
            .iter()
            .map(|(s, ty, v, _)| (&plain[s.range()], ty.as_str(), v.as_deref()))
            .collect();
        let expected: Vec<(&str, &str, Option<&str>)> = doc
            .entities
            .iter()
            .filter(|e| e.label.is_temporal())
            .map(|e| (doc.slice(e.span), e.label.as_str(), e.value.as_deref()))
            .collect();
        assert_eq!(got, expected);
        // MAKEINSTANCE -> EVENT, TLINK -> MAKEINSTANCE and TIMEX3.
        let instances: Vec<_> = root
            .children()
            .filter(|n| n.has_tag_name("MAKEINSTANCE"))
            .collect();
        for mi in &instances {
            let eid = mi.attribute("eventID").unwrap();
            assert!(eids.iter().any(|(_, e)| e == eid));
        }
        for tl in root.children().filter(|n| n.has_tag_name("TLINK")) {
            let ei = tl.attribute("eventInstanceID").unwrap();
            assert!(instances.iter().any(|m| m.attribute("eiid") == Some(ei)));
            let t = tl.attribute("relatedToTime").unwrap();
            assert!(timexes.iter().any(|x| x.3 == t));
        }
        // Negation is the instance's polarity.
        let negs = instances
            .iter()
            .filter(|m| m.attribute("polarity") == Some("NEG"))
            .count();
        assert_eq!(negs, doc.events.iter().filter(|e| e.negated).count());
    }
}

// ---------------------------------------------------------------- displaCy

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Manual {
    text: String,
    ents: Vec<ManualEnt>,
    title: Option<String>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct ManualEnt {
    start: usize,
    end: usize,
    label: String,
}

#[test]
fn displacy_manual_json_round_trips() {
    let doc = story();
    let mut buf = Vec::new();
    export::displacy(&doc, &mut buf).unwrap();
    assert_eq!(buf.iter().filter(|&&b| b == b'\n').count(), 1, "one line");
    let m: Manual = serde_json::from_slice(&buf).unwrap();
    assert_eq!(m.text, STORY);
    assert_eq!(m.title.as_deref(), Some("story-1"));
    let cs = chars(&m.text);
    let got: Vec<(String, &str)> = m
        .ents
        .iter()
        .map(|e| (cs[e.start..e.end].iter().collect(), e.label.as_str()))
        .collect();
    let expected: Vec<(String, &str)> = doc
        .entities
        .iter()
        .map(|e| (doc.slice(e.span).to_string(), e.label.as_str()))
        .collect();
    assert_eq!(got, expected);
    assert!(
        m.ents.windows(2).all(|w| w[0].end <= w[1].start),
        "sorted, no overlap"
    );
    // Without an id the title is null.
    let mut buf = Vec::new();
    export::displacy(&Extractor::default().extract("Paris."), &mut buf).unwrap();
    let m: Manual = serde_json::from_slice(&buf).unwrap();
    assert!(m.title.is_none());
}

// ---------------------------------------------------------------- HTML

fn html_of(doc: &Document) -> String {
    let mut buf = Vec::new();
    export::html(doc, &mut buf).unwrap();
    String::from_utf8(buf).unwrap()
}

fn has_class(n: &roxmltree::Node<'_, '_>, class: &str) -> bool {
    n.attribute("class")
        .is_some_and(|c| c.split(' ').any(|x| x == class))
}

#[test]
fn html_page_is_self_contained_escaped_and_complete() {
    let text = "Posted on March 3, 2026\n\nGunmen attacked Gao on March 2, 2026 <script>alert('x')</script>. \
        Troops withdrew from Kidal in January 2025. Officials said \"calm\" & order returned.";
    let doc = Extractor::default().extract_with(Input::new(text).with_id("a <b> & \"c\""));
    let page = html_of(&doc);
    assert!(!page.contains("<script"), "text is escaped");
    assert!(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
    for banned in ["http:", "https:", "src=", "@import", "url("] {
        assert!(!page.contains(banned), "no network: {banned}");
    }
    assert!(page.contains("<meta name=\"viewport\""));
    // Well-formed (XHTML syntax): parse it and read the marks back.
    let parsed = roxmltree::Document::parse_with_options(&page, xml_options()).unwrap();
    let title = parsed
        .descendants()
        .find(|n| n.has_tag_name("h1"))
        .and_then(|n| n.text());
    assert_eq!(title, Some("a <b> & \"c\""));
    let body = parsed.descendants().find(|n| has_class(n, "doc")).unwrap();
    // The text, without the label tags and event superscripts, is the document's text.
    let mut plain = String::new();
    for n in body.descendants().filter(|n| n.is_text()) {
        let in_tag = n
            .ancestors()
            .any(|a| has_class(&a, "tag") || a.has_tag_name("sup"));
        if !in_tag {
            plain.push_str(n.text().unwrap());
        }
    }
    assert_eq!(plain, text);
    // One mark per entity, in order, with the label's class and a tooltip.
    let marks: Vec<_> = body
        .descendants()
        .filter(|n| n.has_tag_name("mark"))
        .collect();
    assert_eq!(marks.len(), doc.entities.len());
    for (m, e) in marks.iter().zip(&doc.entities) {
        assert_eq!(
            m.first_child().and_then(|c| c.text()),
            Some(doc.slice(e.span))
        );
        assert!(has_class(m, &format!("l-{}", e.label.as_str())));
        let tip = m.attribute("data-tip").unwrap();
        assert!(tip.starts_with(e.label.as_str()));
        assert!(tip.contains(&format!("source: {}", e.source)));
        if let Some(v) = &e.value {
            assert!(tip.contains(&format!("value: {v}")));
        }
        if let Some(g) = e.place.and_then(|p| p.geonames_id) {
            assert!(tip.contains(&format!("GeoNames: {g}")), "{tip}");
        }
    }
    // Triggers are marked, with their type.
    let triggers: Vec<_> = body
        .descendants()
        .filter(|n| has_class(n, "trig"))
        .collect();
    assert!(!triggers.is_empty());
    for t in &triggers {
        let id = t.attribute("id").unwrap();
        let i: usize = id.strip_prefix("ev-").unwrap().parse().unwrap();
        let ev = &doc.events[i];
        assert_eq!(
            t.first_child().and_then(|c| c.text()),
            Some(doc.slice(ev.trigger))
        );
        let sup = t.children().find(|c| c.has_tag_name("sup")).unwrap();
        assert!(sup.text().unwrap().contains(ev.event_type.as_str()));
    }
    // The legend counts entities per label.
    for l in [Label::Location, Label::Date] {
        let n = doc.entities.iter().filter(|e| e.label == l).count();
        let chip = parsed
            .descendants()
            .find(|c| has_class(c, "chip") && has_class(c, &format!("l-{}", l.as_str())))
            .unwrap();
        let count = chip.children().find(|c| c.has_tag_name("b")).unwrap();
        assert_eq!(count.text(), Some(n.to_string().as_str()));
    }
    // The timeline: dated entries sorted by date, undated ones last, links to the triggers.
    let items: Vec<_> = parsed
        .descendants()
        .filter(|n| n.has_tag_name("li"))
        .collect();
    assert!(!items.is_empty());
    let whens: Vec<(bool, String)> = items
        .iter()
        .map(|li| {
            let when = li.descendants().find(|n| has_class(n, "when")).unwrap();
            (has_class(li, "undated"), when.text().unwrap().to_string())
        })
        .collect();
    let mut sorted = whens.clone();
    sorted.sort();
    assert_eq!(whens, sorted, "dated first, by date");
    let dated: Vec<&str> = whens
        .iter()
        .filter(|w| !w.0)
        .map(|w| w.1.as_str())
        .collect();
    assert!(dated.contains(&"2026-03-02"), "{whens:?}");
    for a in parsed.descendants().filter(|n| n.has_tag_name("a")) {
        let target = a.attribute("href").unwrap().strip_prefix('#').unwrap();
        assert!(
            parsed
                .descendants()
                .any(|n| n.attribute("id") == Some(target)),
            "link to #{target}"
        );
    }
}

#[test]
fn html_handles_empty_and_eventless_documents() {
    for text in ["", "Nothing happened here.", "\u{1}<>&"] {
        let doc = Extractor::default().extract(text);
        let page = html_of(&doc);
        let parsed = roxmltree::Document::parse_with_options(&page, xml_options()).unwrap();
        assert!(parsed.descendants().any(|n| has_class(&n, "none")) || !doc.events.is_empty());
    }
}

// ---------------------------------------------------------------- any text

/// Pieces that exercise escaping, offsets and the pipeline: markup, quotes, control characters,
/// carriage returns, multi-byte text, dates, places and trigger words.
fn piece() -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    prop_oneof![
        Just("<".to_string()),
        Just("&amp;".to_string()),
        Just("\"'".to_string()),
        Just("\r\n".to_string()),
        Just("\n\n".to_string()),
        Just("\t".to_string()),
        Just("\u{1}\u{1f}".to_string()),
        Just("Goïta ".to_string()),
        Just("naïve café ".to_string()),
        Just("😀".to_string()),
        Just(" Bamako".to_string()),
        Just(" attacked ".to_string()),
        Just(" on March 2, 2026".to_string()),
        Just(". ".to_string()),
        "[ -~]{0,12}",
        "\\PC{0,4}",
    ]
}

proptest::proptest! {
    #![proptest_config(proptest::test_runner::Config { cases: 64, ..Default::default() })]

    /// Any text: TimeML and the page parse as XML and give the text back, the brat reader
    /// accepts the .ann, displaCy offsets slice the text, CoNLL tokens cover it.
    #[test]
    fn every_format_reads_back_on_any_text(parts in proptest::collection::vec(piece(), 0..12)) {
        let text: String = parts.concat();
        let doc = Extractor::default().extract_with(Input::new(&text).with_id("p<&>"));
        let xml_text: String = text
            .chars()
            .map(|c| if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') { '\u{FFFD}' } else { c })
            .collect();

        let mut buf = Vec::new();
        export::timeml(&doc, &mut buf).unwrap();
        let xml = String::from_utf8(buf).unwrap();
        let parsed = roxmltree::Document::parse_with_options(&xml, xml_options()).unwrap();
        let body = parsed.descendants().find(|n| n.has_tag_name("TEXT")).unwrap();
        let plain: String = body.descendants().filter(|n| n.is_text()).map(|n| n.text().unwrap()).collect();
        proptest::prop_assert_eq!(&plain, &xml_text);

        let page = html_of(&doc);
        let parsed = roxmltree::Document::parse_with_options(&page, xml_options()).unwrap();
        let body = parsed.descendants().find(|n| has_class(n, "doc")).unwrap();
        let plain: String = body
            .descendants()
            .filter(|n| n.is_text() && !n.ancestors().any(|a| has_class(&a, "tag") || a.has_tag_name("sup")))
            .map(|n| n.text().unwrap())
            .collect();
        proptest::prop_assert_eq!(&plain, &xml_text);

        let ann = brat_of(&doc);
        proptest::prop_assert_eq!(ann.e.len(), doc.events.len());

        let mut buf = Vec::new();
        export::displacy(&doc, &mut buf).unwrap();
        let m: Manual = serde_json::from_slice(&buf).unwrap();
        let cs = chars(&m.text);
        for (e, ent) in m.ents.iter().zip(&doc.entities) {
            let got: String = cs[e.start..e.end].iter().collect();
            proptest::prop_assert_eq!(got.as_str(), doc.slice(ent.span));
        }

        let mut buf = Vec::new();
        export::conll(&doc, &mut buf).unwrap();
        let out = String::from_utf8(buf).unwrap();
        let mut pos = 0;
        for line in out.lines().skip(2).filter(|l| !l.is_empty()) {
            let (tok, _) = line.split_once('\t').unwrap();
            let at = pos + text[pos..].find(tok).unwrap();
            proptest::prop_assert!(text[pos..at].trim().is_empty());
            pos = at + tok.len();
        }
    }
}
