//! The HTML page in a real browser (opt-in): headless Chromium parses it (`--dump-dom`) and
//! renders it at desktop and phone widths (`--screenshot`); the DOM must hold every highlight and
//! the screenshots must show each label's highlight colour and the event underline.
//!
//! Runs only with `CHRONICLE_BROWSER_TESTS=1` and a Chromium on the PATH (`chromium`,
//! `chromium-browser`, `google-chrome`) or named by `CHROMIUM`; otherwise it prints why it skips.
//! On Debian: `apt-get install chromium`.

use std::io::Cursor;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use chronicle::{Extractor, Input, Label, export};

const TEXT: &str = "Posted on March 3, 2026\n\n\
Gunmen attacked a police post in Gao on March 2, 2026, killing four officers, the United Nations said. \
Mr. Moussa Traoré, the regional governor, said Malian troops had withdrawn from Ménaka in January 2026.\n\n\
The World Bank pledged support. \"We will rebuild,\" Traoré told reporters in Bamako.";

fn browser() -> Option<PathBuf> {
    if std::env::var("CHRONICLE_BROWSER_TESTS").as_deref() != Ok("1") {
        eprintln!(
            "skipping the browser test: set CHRONICLE_BROWSER_TESTS=1 to run it (needs chromium)"
        );
        return None;
    }
    if let Ok(p) = std::env::var("CHROMIUM") {
        return Some(PathBuf::from(p));
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    for name in ["chromium", "chromium-browser", "google-chrome"] {
        for dir in std::env::split_paths(&path) {
            let candidate = dir.join(name);
            if candidate.is_file() {
                return Some(candidate);
            }
        }
    }
    eprintln!("skipping the browser test: no chromium on the PATH (apt-get install chromium)");
    None
}

/// Runs the browser headless on `page` with `extra` arguments; returns stdout. Killed after 90 s.
fn run_browser(browser: &Path, dir: &Path, page: &Path, extra: &[String]) -> String {
    let mut cmd = Command::new(browser);
    cmd.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--no-first-run",
        "--hide-scrollbars",
        "--force-device-scale-factor=1",
    ])
    .arg(format!("--user-data-dir={}", dir.join("profile").display()))
    .args(extra)
    .arg(format!("file://{}", page.display()))
    .stdin(Stdio::null())
    .stdout(Stdio::piped())
    .stderr(Stdio::null());
    let mut child = cmd.spawn().expect("start chromium");
    let mut stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = std::io::Read::read_to_string(&mut stdout, &mut s);
        s
    });
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            assert!(status.success(), "chromium exited with {status}");
            break;
        }
        if start.elapsed() > Duration::from_secs(90) {
            let _ = child.kill();
            panic!("chromium did not finish in 90 s");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    reader.join().unwrap()
}

/// RGB pixels of a PNG.
fn decode(png_bytes: &[u8]) -> (u32, u32, Vec<[u8; 3]>) {
    let mut decoder = png::Decoder::new(Cursor::new(png_bytes));
    decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    let channels = match info.color_type {
        png::ColorType::Rgb => 3,
        png::ColorType::Rgba => 4,
        other => panic!("unexpected colour type {other:?}"),
    };
    let px = buf[..info.buffer_size()]
        .chunks(channels)
        .map(|c| [c[0], c[1], c[2]])
        .collect();
    (info.width, info.height, px)
}

fn hex(s: &str) -> [u8; 3] {
    let v = u32::from_str_radix(s.trim_start_matches('#'), 16).unwrap();
    [(v >> 16) as u8, (v >> 8) as u8, v as u8]
}

/// The highlight colour of `class` as the page's CSS declares it (`.l-PERSON{background:#...;`).
fn css_colour(page: &str, class: &str) -> [u8; 3] {
    let rule = format!(".{class}{{background:");
    let at = page
        .find(&rule)
        .unwrap_or_else(|| panic!("no CSS for {class}"))
        + rule.len();
    hex(&page[at..at + 7])
}

fn count_close(px: &[[u8; 3]], want: [u8; 3]) -> usize {
    px.iter()
        .filter(|p| p.iter().zip(want).all(|(a, b)| a.abs_diff(b) <= 3))
        .count()
}

#[test]
fn html_page_renders_with_highlights_in_chromium() {
    let Some(chromium) = browser() else { return };
    let doc = Extractor::default().extract_with(Input::new(TEXT).with_id("browser-test"));
    let labels: Vec<Label> = [
        Label::Person,
        Label::Location,
        Label::Organization,
        Label::Date,
    ]
    .into_iter()
    .filter(|l| doc.entities.iter().any(|e| e.label == *l))
    .collect();
    assert!(
        labels.len() >= 3,
        "the test text has several labels: {labels:?}"
    );
    assert!(!doc.events.is_empty());

    let dir = std::env::temp_dir().join(format!("chronicle-browser-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let page_path = dir.join("page.html");
    let mut page = Vec::new();
    export::html(&doc, &mut page).unwrap();
    let page = String::from_utf8(page).unwrap();
    std::fs::write(&page_path, &page).unwrap();

    // The DOM as Blink built it: every entity and trigger mark survived parsing.
    let dom = run_browser(&chromium, &dir, &page_path, &["--dump-dom".into()]);
    assert_eq!(
        dom.matches("<mark class=\"ent l-").count(),
        doc.entities.len(),
        "{dom}"
    );
    for l in &labels {
        assert!(dom.contains(&format!("<mark class=\"ent l-{}\"", l.as_str())));
    }
    assert!(dom.contains("<span class=\"trig\""));
    assert!(dom.contains("<ol class=\"timeline\">"));

    // Desktop and phone screenshots show each label's colour and the event underline. The
    // legend chips share the colours, so the screenshots are taken without the legend: the
    // colour must come from the highlights in the text.
    let start = page.find("<nav class=\"legend\"").unwrap();
    let end = page.find("</nav>").unwrap() + "</nav>".len();
    let without_legend = format!("{}{}", &page[..start], &page[end..]);
    std::fs::write(&page_path, &without_legend).unwrap();
    for (w, h) in [(1280, 900), (390, 1400)] {
        let shot = dir.join(format!("shot-{w}.png"));
        run_browser(
            &chromium,
            &dir,
            &page_path,
            &[
                format!("--window-size={w},{h}"),
                format!("--screenshot={}", shot.display()),
            ],
        );
        let (width, height, px) = decode(&std::fs::read(&shot).unwrap());
        assert_eq!((width, height), (w, h));
        for l in &labels {
            let colour = css_colour(&page, &format!("l-{}", l.as_str()));
            let n = count_close(&px, colour);
            assert!(
                n > 300,
                "{w}px: {} highlight colour {colour:?} on {n} pixels",
                l.as_str()
            );
        }
        let ev = count_close(&px, hex("#c0392b"));
        assert!(ev > 100, "{w}px: event colour on {ev} pixels");
    }
    let _ = std::fs::remove_dir_all(&dir);
}
