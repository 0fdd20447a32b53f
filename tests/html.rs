//! The HTML report: snapshots (normal and redacted), hostile archive content that must stay
//! inert text, a self-containment check on the page's structure, and a real headless
//! Chromium that opens the page from file:// with networking off.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command as Process, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::analysis::{fixture, tool};
use crate::support::devtools::DevTools;
use crate::support::sample_export::{SampleFile, zip_bytes};

/// The page's Content-Security-Policy, exactly.
const CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/// Runs the tool on `inputs` and returns the HTML page it wrote (and the JSON report).
fn render(inputs: &[&Path], extra: &[&str]) -> (String, Value) {
    let dir = tempfile::tempdir().expect("temp dir");
    let html = dir.path().join("report.html");
    let json = dir.path().join("report.json");
    let output = tool()
        .args(inputs)
        .arg("--html")
        .arg(&html)
        .arg("--json")
        .arg(&json)
        .arg("--quiet")
        .args(extra)
        .output()
        .expect("runs");
    assert!(
        matches!(output.status.code(), Some(0 | 1)),
        "exit {:?}: {}",
        output.status.code(),
        String::from_utf8_lossy(&output.stderr)
    );
    let page = std::fs::read_to_string(&html).expect("page written");
    let report =
        serde_json::from_slice(&std::fs::read(&json).expect("json written")).expect("valid JSON");
    (page, report)
}

// ---------------------------------------------------------------------------------------
// A small HTML tokenizer, enough to check the structure of a page we generate (and the DOM
// Chromium serialises): start tags with their attributes, text, and the raw text of <style>.

#[derive(Debug, Default)]
struct Parsed {
    /// (tag name, [(attribute name, decoded value)]) for every start tag, in order.
    tags: Vec<(String, Vec<(String, String)>)>,
    /// The text content, entities decoded.
    text: String,
    /// The content of every <style> element.
    styles: Vec<String>,
}

impl Parsed {
    /// (tag, value) of every `name` attribute.
    fn attributes(&self, name: &str) -> Vec<(&str, &str)> {
        self.tags
            .iter()
            .flat_map(|(tag, attributes)| {
                attributes
                    .iter()
                    .filter(|(attribute, _)| attribute == name)
                    .map(|(_, value)| (tag.as_str(), value.as_str()))
            })
            .collect()
    }

    fn tag_names(&self) -> BTreeSet<&str> {
        self.tags.iter().map(|(tag, _)| tag.as_str()).collect()
    }
}

fn decode_entities(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find('&') {
        out.push_str(&rest[..start]);
        let after = &rest[start..];
        let Some(end) = after.find(';').filter(|end| *end <= 10) else {
            out.push('&');
            rest = &after[1..];
            continue;
        };
        let entity = &after[1..end];
        let decoded = match entity {
            "lt" => Some('<'),
            "gt" => Some('>'),
            "amp" => Some('&'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "nbsp" => Some('\u{A0}'),
            _ => entity
                .strip_prefix("#x")
                .or_else(|| entity.strip_prefix("#X"))
                .and_then(|hex| u32::from_str_radix(hex, 16).ok())
                .or_else(|| entity.strip_prefix('#').and_then(|dec| dec.parse().ok()))
                .and_then(char::from_u32),
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &after[end + 1..];
            }
            None => {
                out.push('&');
                rest = &after[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn parse(html: &str) -> Parsed {
    let mut parsed = Parsed::default();
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        parsed.text.push_str(&decode_entities(&rest[..open]));
        rest = &rest[open..];
        if let Some(comment) = rest.strip_prefix("<!--") {
            rest = comment.find("-->").map_or("", |end| &comment[end + 3..]);
            continue;
        }
        if rest.starts_with("<!") || rest.starts_with("</") {
            rest = rest.find('>').map_or("", |end| &rest[end + 1..]);
            continue;
        }
        // A start tag: its name, then attributes until '>'.
        let body = &rest[1..];
        let name_end = body
            .find(|c: char| c.is_whitespace() || c == '>' || c == '/')
            .unwrap_or(body.len());
        let name = body[..name_end].to_ascii_lowercase();
        let mut cursor = &body[name_end..];
        let mut attributes = Vec::new();
        loop {
            cursor = cursor.trim_start_matches(|c: char| c.is_whitespace() || c == '/');
            if cursor.is_empty() {
                break;
            }
            if let Some(after) = cursor.strip_prefix('>') {
                cursor = after;
                break;
            }
            let attr_end = cursor
                .find(|c: char| c.is_whitespace() || c == '=' || c == '>' || c == '/')
                .unwrap_or(cursor.len());
            let attribute = cursor[..attr_end].to_ascii_lowercase();
            cursor = cursor[attr_end..].trim_start();
            let mut value = String::new();
            if let Some(after) = cursor.strip_prefix('=') {
                let after = after.trim_start();
                if let Some(quote) = after.chars().next().filter(|c| *c == '"' || *c == '\'') {
                    let inner = &after[1..];
                    let end = inner.find(quote).unwrap_or(inner.len());
                    value = decode_entities(&inner[..end]);
                    cursor = inner.get(end + 1..).unwrap_or("");
                } else {
                    let end = after
                        .find(|c: char| c.is_whitespace() || c == '>')
                        .unwrap_or(after.len());
                    value = decode_entities(&after[..end]);
                    cursor = &after[end..];
                }
            }
            attributes.push((attribute, value));
        }
        rest = cursor;
        if name == "style" || name == "script" {
            let close = format!("</{name}");
            let end = rest.to_ascii_lowercase().find(&close).unwrap_or(rest.len());
            if name == "style" {
                parsed.styles.push(rest[..end].to_owned());
            }
            rest = &rest[end..];
        }
        parsed.tags.push((name, attributes));
    }
    parsed.text.push_str(&decode_entities(rest));
    parsed
}

/// Everything the page may contain: no script, no embedded or linked resource, no event
/// handler, no inline style attribute, links only within the page or to plain https
/// addresses, and CSS that fetches nothing.
fn assert_self_contained(page: &str) {
    let parsed = parse(page);
    let allowed: BTreeSet<&str> = [
        "html",
        "head",
        "meta",
        "title",
        "style",
        "body",
        "header",
        "main",
        "section",
        "footer",
        "div",
        "p",
        "strong",
        "span",
        "h1",
        "h2",
        "h3",
        "dl",
        "dt",
        "dd",
        "ul",
        "ol",
        "li",
        "article",
        "figure",
        "figcaption",
        "blockquote",
        "a",
        "details",
        "summary",
        "table",
        "caption",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "th",
        "td",
        "svg",
        "g",
        "line",
        "rect",
        "text",
    ]
    .into_iter()
    .collect();
    let unexpected: Vec<&str> = parsed.tag_names().difference(&allowed).copied().collect();
    assert!(unexpected.is_empty(), "unexpected elements: {unexpected:?}");
    for (tag, attributes) in &parsed.tags {
        for (name, value) in attributes {
            assert!(
                !name.starts_with("on"),
                "event handler {name}={value:?} on <{tag}>"
            );
            assert!(
                !matches!(
                    name.as_str(),
                    "src"
                        | "srcset"
                        | "style"
                        | "action"
                        | "formaction"
                        | "xlink:href"
                        | "background"
                        | "poster"
                        | "data"
                ),
                "attribute {name}={value:?} on <{tag}>"
            );
        }
    }
    for (tag, href) in parsed.attributes("href") {
        assert_eq!(tag, "a", "href on <{tag}>");
        assert!(
            href.starts_with('#') || href.starts_with("https://"),
            "link to {href:?}"
        );
        assert!(
            !href.to_ascii_lowercase().contains("javascript"),
            "{href:?}"
        );
        assert!(!href.contains(char::is_whitespace), "{href:?}");
    }
    // Anchors point at ids the page has.
    let ids: BTreeSet<&str> = parsed
        .attributes("id")
        .into_iter()
        .map(|(_, id)| id)
        .collect();
    for (_, href) in parsed.attributes("href") {
        if let Some(anchor) = href.strip_prefix('#') {
            assert!(ids.contains(anchor), "dangling anchor {href}");
        }
    }
    let css_file =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("templates/report.css"))
            .expect("stylesheet");
    assert_eq!(parsed.styles.len(), 1, "one <style> element");
    for style in &parsed.styles {
        assert_eq!(
            style.trim(),
            css_file.trim(),
            "the <style> is the stylesheet, verbatim"
        );
        let lower = style.to_ascii_lowercase();
        for forbidden in ["url(", "@import", "image-set(", "@font-face", "</"] {
            assert!(!lower.contains(forbidden), "{forbidden} in the stylesheet");
        }
    }
    let csp: Vec<&str> = parsed
        .tags
        .iter()
        .filter(|(tag, attributes)| {
            tag == "meta"
                && attributes.iter().any(|(name, value)| {
                    name == "http-equiv" && value.eq_ignore_ascii_case("content-security-policy")
                })
        })
        .filter_map(|(_, attributes)| {
            attributes
                .iter()
                .find(|(name, _)| name == "content")
                .map(|(_, value)| value.as_str())
        })
        .collect();
    assert_eq!(csp, [CSP]);
    // Nothing that reverses or hides text reaches the page.
    for invisible in [
        '\u{202E}', '\u{202D}', '\u{2066}', '\u{200B}', '\u{200D}', '\u{FEFF}',
    ] {
        assert!(
            !page.contains(invisible),
            "U+{:04X} in the page",
            invisible as u32
        );
    }
}

#[test]
fn tokenizer_sees_what_a_browser_would() {
    let parsed = parse(
        "<!doctype html><p class=\"a\" title='b &amp; c'>x &lt;script&gt; y</p>\
         <style>p{color:red}</style><a href=#top>t</a><img src=x onerror=alert(1)>",
    );
    let names: Vec<&str> = parsed.tags.iter().map(|(tag, _)| tag.as_str()).collect();
    assert_eq!(names, ["p", "style", "a", "img"]);
    assert_eq!(parsed.text, "x <script> yt");
    assert_eq!(parsed.styles, ["p{color:red}"]);
    assert_eq!(
        parsed.tags.first().map(|(_, a)| a.clone()),
        Some(vec![
            ("class".to_owned(), "a".to_owned()),
            ("title".to_owned(), "b & c".to_owned())
        ])
    );
    assert_eq!(parsed.attributes("onerror"), [("img", "alert(1)")]);
}

// ---------------------------------------------------------------------------------------
// The sample export.

/// The verdict's big figures as the page writes them (English digit grouping).
fn grouped(value: u64) -> String {
    let digits = value.to_string();
    let mut out = String::new();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

fn verdict_figures(report: &Value) -> Vec<String> {
    let totals = &report["totals"];
    let mut figures = vec![
        grouped(totals["ai_training_records"].as_u64().expect("records")),
        grouped(totals["ai_training_words"].as_u64().expect("words")),
    ];
    if let (Some(first), Some(last)) = (totals["first_year"].as_i64(), totals["last_year"].as_i64())
    {
        figures.push(if first == last {
            first.to_string()
        } else {
            format!("{first}–{last}")
        });
    }
    figures
}

#[test]
fn sample_page_snapshot() {
    let (page, report) = render(&[&fixture("sample-export.zip")], &[]);
    assert_self_contained(&page);
    insta::assert_snapshot!("html_en", page);
    let parsed = parse(&page);
    for figure in verdict_figures(&report) {
        assert!(
            page.contains(&format!("<dd>{figure}</dd>")),
            "figure {figure}"
        );
    }
    assert!(page.starts_with("<!doctype html>\n"));
    assert!(page.contains("<html lang=\"en\" dir=\"ltr\">"));
    // The input's file name, never its folder.
    assert!(parsed.text.contains("sample-export.zip"));
    assert!(!page.contains(env!("CARGO_MANIFEST_DIR")));
    // Headings in order, one h1.
    let headings: Vec<&str> = parsed
        .tags
        .iter()
        .map(|(tag, _)| tag.as_str())
        .filter(|tag| matches!(*tag, "h1" | "h2"))
        .collect();
    assert_eq!(headings.first(), Some(&"h1"));
    assert_eq!(headings.iter().filter(|tag| **tag == "h1").count(), 1);
    // Every table has a caption; the chart has a text alternative.
    assert_eq!(
        parsed.tag_names().contains("table"),
        parsed.tag_names().contains("caption")
    );
    let tables = parsed.tags.iter().filter(|(tag, _)| tag == "table").count();
    let captions = parsed
        .tags
        .iter()
        .filter(|(tag, _)| tag == "caption")
        .count();
    assert_eq!(tables, captions);
    for (tag, attributes) in &parsed.tags {
        if tag == "svg" {
            assert!(
                attributes
                    .iter()
                    .any(|(name, value)| name == "role" && value == "img"),
                "svg without role=img"
            );
            assert!(attributes.iter().any(|(name, _)| name == "aria-labelledby"));
        }
    }
}

#[test]
fn sample_page_quotes_only_public_writing() {
    let (page, report) = render(&[&fixture("sample-export.zip")], &[]);
    let text = parse(&page).text;
    // Quotes of the member's own public text are there…
    assert!(text.contains("Directrice data & IA"), "headline quoted");
    // The shareable page names nobody, not even the member.
    assert!(report["member"]["name"].is_null());
    assert!(!text.contains("Durand-Lefèvre"), "member named");
    // …but no message content, e-mail address, phone number or IP address from the export.
    for private in [
        "@example.com",
        "@example.org",
        "@example.net",
        "+33 6",
        "192.0.2.",
        "198.51.100.",
        "203.0.113.",
    ] {
        assert!(!text.contains(private), "{private} in the page");
    }
    let messages = crate::support::sample_export::complete_files()
        .into_iter()
        .find(|file| file.path == "messages.csv")
        .map(|file| String::from_utf8_lossy(&file.content).into_owned())
        .unwrap_or_default();
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(messages.as_bytes());
    let content_column = reader
        .headers()
        .ok()
        .and_then(|header| header.iter().position(|h| h == "CONTENT"));
    let mut checked = 0;
    for record in reader.records().flatten() {
        let Some(content) = content_column.and_then(|column| record.get(column)) else {
            continue;
        };
        // Long enough to be distinctive; the page never shows any of it.
        let sample: String = content.chars().take(40).collect();
        if sample.chars().count() >= 20 {
            assert!(
                !text.contains(&sample),
                "message content in the page: {sample}"
            );
            checked += 1;
        }
    }
    assert!(checked > 0, "the sample has message content to look for");
}

#[test]
fn redacted_page_snapshot() {
    let (page, report) = render(&[&fixture("sample-export.zip")], &["--redact"]);
    assert_self_contained(&page);
    insta::assert_snapshot!("html_redacted", page);
    let parsed = parse(&page);
    assert!(
        parsed.text.contains("Redacted copy: figures only."),
        "the page says it is redacted"
    );
    for figure in verdict_figures(&report) {
        assert!(
            page.contains(&format!("<dd>{figure}</dd>")),
            "figure {figure}"
        );
    }
    for hidden in [
        "Camille",
        "Durand",
        "Directrice data",
        "sample-export.zip",
        "Creator_Mode_Settings",
        ".csv",
        "Prepared for",
    ] {
        assert!(!parsed.text.contains(hidden), "{hidden} in a redacted page");
    }
    assert!(!parsed.tag_names().contains("blockquote"), "no quotes");
    // Links only to LinkedIn's settings and forms, the sources and the authorities: none of
    // the member's items.
    for (_, href) in parsed.attributes("href") {
        assert!(
            !href.contains("/feed/update/") && !href.contains("/in/"),
            "{href}"
        );
    }
}

#[test]
fn redacted_banner_comes_first() {
    let (page, _) = render(&[&fixture("sample-export.zip")], &["--redact"]);
    let body = page.split("<body>").nth(1).unwrap_or_default();
    let banner = body.find("class=\"redacted\"");
    let header = body.find("<header");
    assert!(
        banner.is_some() && banner < header,
        "banner before the title"
    );
}

#[test]
fn french_page_is_french() {
    let (page, _) = render(&[&fixture("sample-export.zip")], &["--lang", "fr"]);
    assert_self_contained(&page);
    let text = parse(&page).text;
    assert!(page.contains("<html lang=\"fr\" dir=\"ltr\">"));
    for french in [
        "Ce que l'IA de LinkedIn peut apprendre de vous",
        "Données pour l'amélioration de l'IA générative",
        "Que faire",
        "Non utilisé pour entraîner l'IA",
    ] {
        assert!(text.contains(french), "{french}");
    }
    for english in ["What to do", "The verdict", "items of yours"] {
        assert!(!text.contains(english), "{english} in the French page");
    }
}

// ---------------------------------------------------------------------------------------
// Hostile content.

const SCRIPT: &str = "<script>alert(1)</script>";
const IMG: &str = "\"><img src=x onerror=alert(1)>";
const STYLE_END: &str = "</style>";
const JS_LINK: &str = "javascript:alert(1)";
const MUSTACHE: &str = "{{ 7*7 }}";
const TAG: &str = "{% if true %}";

/// An export whose member wrote every trick in their name, headline, posts and comments, and
/// whose archive carries files with hostile names; plus a private message that must never
/// show.
fn hostile_export(dir: &Path) -> PathBuf {
    let modified = (2026, 11, 20, 10, 0, 0);
    let file = |path: &'static str, content: String| SampleFile {
        path,
        content: content.into_bytes(),
        modified,
    };
    let quoted = |text: &str| format!("\"{}\"", text.replace('"', "\"\""));
    let headline = format!(
        "{STYLE_END}{SCRIPT} {MUSTACHE} {TAG} {JS_LINK} \u{202E}gnp.exe\u{200B}\u{FEFF} end"
    );
    let summary = format!(
        "<a href=\"{JS_LINK}\">click</a> <style>body{{background:url(https://evil.example/x.png)}}</style> @import url(https://evil.example/a.css);"
    );
    let profile = format!(
        "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\n\
         {},{},,,,{},{},,,\"Lyon, France\",,,\n",
        quoted(SCRIPT),
        quoted(IMG),
        quoted(&headline),
        quoted(&summary),
    );
    let post = format!("{SCRIPT} {IMG} {MUSTACHE} \u{202E}txet desrever\u{200B} {STYLE_END}");
    let shares = format!(
        "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n\
         2025-12-26 16:39:03,{JS_LINK},{},{JS_LINK},https://evil.example/x.png,{}\n\
         2026-01-02 09:00:00,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A1,Plain post about data quality,,,PUBLIC\n",
        quoted(&post),
        quoted(&format!("{IMG}\u{202E}")),
    );
    // No quotes or commas: readable under either Comments.csv escaping.
    let comments = format!(
        "Date,Link,Message\n2026-01-05 10:00:00,{JS_LINK},{STYLE_END}{SCRIPT} {TAG} \u{200B}\u{202E}x {JS_LINK}\n"
    );
    let messages = "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\n\
         1,,Someone,,Me,,2026-01-03 10:00:00 UTC,,PRIVATE-MESSAGE-CONTENT <script>alert(2)</script>,INBOX\n"
        .to_owned();
    let files = vec![
        file("Profile.csv", profile),
        file("Shares.csv", shares),
        file("Comments.csv", comments),
        file("messages.csv", messages),
        file(
            "\"><img src=x onerror=alert(1)>.csv",
            "A,B\n1,2\n".to_owned(),
        ),
        file("{{ 7*7 }}\u{202E}vsc.exe.csv", "C,D\n3,4\n".to_owned()),
    ];
    let path = dir.join("\"><img src=x onerror=alert(1)>{{ 7*7 }}\u{202E}.zip");
    std::fs::write(&path, zip_bytes(&files)).expect("hostile zip written");
    path
}

#[test]
fn hostile_content_stays_inert_text() {
    let dir = tempfile::tempdir().expect("temp dir");
    let export = hostile_export(dir.path());
    // Private, so that the name is on the page too.
    let (page, report) = render(&[&export], &["--private"]);
    assert_self_contained(&page);
    let parsed = parse(&page);
    // The tricks are there, as text the reader can see…
    let text = &parsed.text;
    for shown in [
        SCRIPT,
        IMG,
        STYLE_END,
        MUSTACHE,
        TAG,
        "<a href=\"javascript:alert(1)\">click</a>",
        "url(https://evil.example/x.png)",
        "@import url(https://evil.example/a.css);",
        "gnp.exe end",
        "txet desrever",
        // File names: the input and the archive's unknown entries.
        "\"><img src=x onerror=alert(1)>{{ 7*7 }}.zip",
        "\"><img src=x onerror=alert(1)>.csv",
        "{{ 7*7 }}vsc.exe.csv",
    ] {
        assert!(text.contains(shown), "{shown:?} not shown as text");
    }
    // …in posts, comments, the headline and the name.
    let kinds: Vec<&str> = report["categories"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|c| c["excerpts"].as_array().into_iter().flatten())
        .filter_map(|e| e["kind"].as_str())
        .collect();
    for kind in ["headline", "post", "comment"] {
        assert!(kinds.contains(&kind), "no {kind} excerpt: {kinds:?}");
    }
    assert!(
        text.contains(&format!("Prepared for {SCRIPT} {IMG}")),
        "name shown as text"
    );
    // …and nothing became markup: the only elements and links are the template's own.
    assert!(!parsed.tag_names().contains("img") && !parsed.tag_names().contains("script"));
    assert!(!page.contains("<script") && !page.contains("<img"));
    assert!(
        !page.contains("</style><"),
        "a closing style tag from the data"
    );
    assert!(
        !text.contains("PRIVATE-MESSAGE-CONTENT"),
        "a private message in the page"
    );
}

#[test]
fn hostile_content_is_absent_when_redacted() {
    let dir = tempfile::tempdir().expect("temp dir");
    let export = hostile_export(dir.path());
    let (page, _) = render(&[&export], &["--redact"]);
    assert_self_contained(&page);
    let text = parse(&page).text;
    for hidden in ["alert(", "evil.example", "7*7", "img src", ".csv", ".zip"] {
        assert!(
            !text.contains(hidden),
            "{hidden} in a redacted page: {text}"
        );
    }
}

// ---------------------------------------------------------------------------------------
// A real browser.

/// The Chromium to use, or why the browser tests cannot run.
fn chromium() -> Result<PathBuf, String> {
    if let Some(path) = std::env::var_os("CHROMIUM") {
        return Ok(PathBuf::from(path));
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    for dir in std::env::split_paths(&path) {
        for name in ["chromium", "chromium-browser"] {
            let candidate = dir.join(name);
            if candidate.is_file() {
                return Ok(candidate);
            }
        }
    }
    Err("Chromium not found (install the Debian package `chromium` or set CHROMIUM)".to_owned())
}

/// Chromium, or a printed reason to skip; under REQUIRE_BROWSER=1 a missing browser fails.
fn browser_or_skip(test: &str) -> Option<PathBuf> {
    match chromium() {
        Ok(path) => Some(path),
        Err(reason) if std::env::var("REQUIRE_BROWSER").as_deref() == Ok("1") => {
            panic!("{test}: REQUIRE_BROWSER=1 but {reason}")
        }
        Err(reason) => {
            eprintln!("skipped {test}: {reason}; set REQUIRE_BROWSER=1 to make this a failure");
            None
        }
    }
}

/// What one headless run of Chromium left: stdout and the requests the page made.
struct BrowserRun {
    stdout: String,
    /// URLs requested on behalf of the page (keyed by its file:// site), from the net log.
    page_requests: Vec<String>,
}

/// Opens `page` from file:// in headless Chromium with networking off (every host name
/// resolves to nothing) and a fresh profile, with `action` (`--dump-dom`, `--screenshot=…`).
fn open_in_browser(browser: &Path, page: &Path, action: &[String]) -> BrowserRun {
    let profile = tempfile::tempdir().expect("profile dir");
    let net_log = profile.path().join("net-log.json");
    let url = format!("file://{}", page.display());
    let mut child = Process::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            "--host-resolver-rules=MAP * ~NOTFOUND",
        ])
        .arg(format!(
            "--user-data-dir={}",
            profile.path().join("data").display()
        ))
        .arg(format!("--log-net-log={}", net_log.display()))
        .args(action)
        .arg(&url)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromium starts");
    let mut stdout = child.stdout.take().expect("stdout piped");
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = std::io::Read::read_to_string(&mut stdout, &mut text);
        text
    });
    let deadline = Instant::now() + Duration::from_secs(120);
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("chromium did not finish within 120 s on {url}");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let stdout = reader.join().expect("stdout read");
    assert!(status.success(), "chromium failed ({status}) on {url}");
    let log: Value = serde_json::from_slice(&std::fs::read(&net_log).expect("net log written"))
        .expect("net log is JSON");
    BrowserRun {
        stdout,
        page_requests: page_requests(&log),
    }
}

/// The URLs the page itself requested: URL requests whose network isolation key or site for
/// cookies is the page's file:// site. Chromium's own background requests (update checks,
/// account lookups) carry no page site and are not the page's doing.
fn page_requests(log: &Value) -> Vec<String> {
    let mut urls = Vec::new();
    for event in log["events"].as_array().into_iter().flatten() {
        let params = &event["params"];
        let Some(url) = params["url"].as_str() else {
            continue;
        };
        let keyed_to_page = ["network_isolation_key", "site_for_cookies", "initiator"]
            .iter()
            .any(|key| params[key].as_str().is_some_and(|v| v.contains("file://")));
        if keyed_to_page && !url.starts_with("file:") && !urls.iter().any(|u| u == url) {
            urls.push(url.to_owned());
        }
    }
    urls
}

/// Width and height of a PNG, from its header.
fn png_size(bytes: &[u8]) -> Option<(u32, u32)> {
    if bytes.get(..8)? != b"\x89PNG\r\n\x1a\n" || bytes.get(12..16)? != b"IHDR" {
        return None;
    }
    let word = |at: usize| -> Option<u32> {
        Some(u32::from_be_bytes(bytes.get(at..at + 4)?.try_into().ok()?))
    };
    Some((word(16)?, word(20)?))
}

#[test]
fn browser_detects_requests_of_a_control_page() {
    // The no-request check below is only worth something if it sees requests when there are.
    let Some(browser) = browser_or_skip("browser_detects_requests_of_a_control_page") else {
        return;
    };
    let dir = tempfile::tempdir().expect("temp dir");
    let control = dir.path().join("control.html");
    std::fs::write(
        &control,
        "<!doctype html><title>control</title><link rel=stylesheet href=\"https://control.example/a.css\">\
         <img src=\"https://control.example/b.png\" alt=\"\"><p>control</p>",
    )
    .expect("control page");
    let run = open_in_browser(&browser, &control, &["--dump-dom".to_owned()]);
    assert!(run.stdout.contains("<p>control</p>"), "{}", run.stdout);
    let mut requested = run.page_requests.clone();
    requested.sort();
    assert_eq!(
        requested,
        [
            "https://control.example/a.css",
            "https://control.example/b.png"
        ]
    );
}

#[test]
fn browser_renders_the_page_without_any_request() {
    let Some(browser) = browser_or_skip("browser_renders_the_page_without_any_request") else {
        return;
    };
    let dir = tempfile::tempdir().expect("temp dir");
    let page_path = dir.path().join("linkedin-ai-exposure.html");
    let (page, report) = render(&[&fixture("sample-export.zip")], &[]);
    std::fs::write(&page_path, &page).expect("page copied");

    let dom = open_in_browser(&browser, &page_path, &["--dump-dom".to_owned()]);
    assert!(
        dom.page_requests.is_empty(),
        "the page requested {:?}",
        dom.page_requests
    );
    let rendered = parse(&dom.stdout);
    assert!(
        rendered
            .text
            .contains("What LinkedIn's AI can learn from you"),
        "rendered DOM: {}",
        dom.stdout.chars().take(500).collect::<String>()
    );
    for figure in verdict_figures(&report) {
        assert!(
            dom.stdout.contains(&format!("<dd>{figure}</dd>")),
            "figure {figure} not in the rendered DOM"
        );
    }
    assert!(!rendered.tag_names().contains("script"));

    let screenshot = dir.path().join("report.png");
    let shot = open_in_browser(
        &browser,
        &page_path,
        &[
            format!("--screenshot={}", screenshot.display()),
            "--window-size=1280,1800".to_owned(),
        ],
    );
    assert!(
        shot.page_requests.is_empty(),
        "the page requested {:?}",
        shot.page_requests
    );
    let png = std::fs::read(&screenshot).expect("screenshot written");
    assert_eq!(png_size(&png), Some((1280, 1800)));
    // A blank page compresses to a few kilobytes; the report does not.
    assert!(png.len() > 50_000, "screenshot of {} bytes", png.len());
    if std::env::var("UPDATE_DOCS_SCREENSHOT").as_deref() == Ok("1") {
        let docs = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs");
        std::fs::create_dir_all(&docs).expect("docs folder");
        std::fs::write(docs.join("report-screenshot.png"), &png).expect("docs screenshot");
    }
}

#[test]
fn browser_keeps_hostile_content_inert() {
    let Some(browser) = browser_or_skip("browser_keeps_hostile_content_inert") else {
        return;
    };
    let dir = tempfile::tempdir().expect("temp dir");
    let export = hostile_export(dir.path());
    let (page, _) = render(&[&export], &[]);
    let page_path = dir.path().join("report.html");
    std::fs::write(&page_path, &page).expect("page copied");
    let dom = open_in_browser(&browser, &page_path, &["--dump-dom".to_owned()]);
    assert!(
        dom.page_requests.is_empty(),
        "the page requested {:?}",
        dom.page_requests
    );
    let rendered = parse(&dom.stdout);
    let elements = rendered.tag_names();
    for forbidden in [
        "script", "img", "iframe", "object", "embed", "link", "base", "form",
    ] {
        assert!(
            !elements.contains(forbidden),
            "<{forbidden}> in the rendered DOM"
        );
    }
    assert!(rendered.text.contains(SCRIPT) && rendered.text.contains(IMG));
    assert!(rendered.attributes("onerror").is_empty());
}

// ---------------------------------------------------------------------------------------
// Edge cases of the model.

fn export_of(dir: &Path, files: Vec<(&'static str, &str)>) -> PathBuf {
    let files: Vec<SampleFile> = files
        .into_iter()
        .map(|(path, content)| SampleFile {
            path,
            content: content.as_bytes().to_vec(),
            modified: (2026, 11, 20, 10, 0, 0),
        })
        .collect();
    let path = dir.join("Complete_LinkedInDataExport_11-20-2026.zip");
    std::fs::write(&path, zip_bytes(&files)).expect("zip written");
    path
}

const PROFILE_HEADER: &str = "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers";

#[test]
fn export_without_training_data() {
    let dir = tempfile::tempdir().expect("temp dir");
    let export = export_of(
        dir.path(),
        vec![(
            "Logins.csv",
            "Login Date,IP Address,User Agent,Login Type\n2026-01-03 10:00:00 UTC,192.0.2.1,Firefox,WEB\n",
        )],
    );
    let (page, report) = render(&[&export], &[]);
    assert_self_contained(&page);
    assert_eq!(report["totals"]["ai_training_records"], 0);
    let text = parse(&page).text;
    assert!(text.contains(
        "This export holds nothing that LinkedIn says it uses to train its generative AI."
    ));
    assert!(page.contains("<dd>—</dd>"), "no span of years");
    assert!(text.contains("no dated items"));
    assert!(!page.contains("<article"), "no category card");
    assert!(text.contains("Logins, security"));
    assert!(!text.contains("192.0.2.1"), "login data shown");
}

#[test]
fn minor_page_dates_training_from_the_18th_birthday() {
    let dir = tempfile::tempdir().expect("temp dir");
    let profile = format!(
        "{PROFILE_HEADER}\nLéa,Exemple,,,\"Jan 5, 2010\",Lycéenne,,,,\"Lyon, France\",,,\n"
    );
    let export = export_of(
        dir.path(),
        vec![
            ("Profile.csv", &profile),
            (
                "Shares.csv",
                "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n2026-03-01 10:00:00,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A9,Mon premier post,,,PUBLIC\n",
            ),
        ],
    );
    let (page, report) = render(&[&export], &["--private"]);
    assert_eq!(report["member"]["minor"], true);
    assert_eq!(report["member"]["turns_18_on"], "2028-01-05");
    let parsed = parse(&page);
    assert!(page.contains(
        "<div class=\"figure\"><dt>your 18th birthday, from when LinkedIn&#39;s training applies to you</dt><dd>5 January 2028</dd></div>"
    ));
    assert!(parsed.text.contains("You are 16."), "{}", parsed.text);
    // Redacted: no age and no birthday, but the rule that changes the verdict stays.
    let (page, _) = render(&[&export], &["--redact"]);
    let text = parse(&page).text;
    assert!(!text.contains("You are 16") && !text.contains("2028"));
    assert!(text.contains("does not use the data of members it believes to be under 18"));
}

/// The text between tags, one trimmed, white-space-folded segment each (style content left out).
fn text_segments(html: &str) -> BTreeSet<String> {
    let mut segments = BTreeSet::new();
    let mut rest = html;
    let mut in_style = false;
    while let Some(open) = rest.find('<') {
        if !in_style {
            let text = decode_entities(&rest[..open]);
            let folded = text.split_whitespace().collect::<Vec<_>>().join(" ");
            if !folded.is_empty() {
                segments.insert(folded);
            }
        }
        let tag_end = rest[open..]
            .find('>')
            .map_or(rest.len(), |end| open + end + 1);
        let tag = rest[open..tag_end].to_ascii_lowercase();
        if tag.starts_with("<style") {
            in_style = true;
        } else if tag.starts_with("</style") {
            in_style = false;
        }
        rest = &rest[tag_end..];
    }
    segments
}

#[test]
fn french_page_snapshot() {
    let (page, _) = render(&[&fixture("sample-export.zip")], &["--lang", "fr"]);
    insta::assert_snapshot!("html_fr", page);
}

#[test]
fn french_page_has_no_english_sentence_of_the_english_page() {
    let (english, report) = render(&[&fixture("sample-export.zip")], &["--lang", "en"]);
    let (french, _) = render(&[&fixture("sample-export.zip")], &["--lang", "fr"]);
    // The member's own words, names and file names are the same in both pages, as are
    // proper names of authorities and addresses.
    let mut shared: BTreeSet<String> = BTreeSet::new();
    for category in report["categories"].as_array().into_iter().flatten() {
        for excerpt in category["excerpts"].as_array().into_iter().flatten() {
            if let Some(text) = excerpt["text"].as_str() {
                shared.insert(text.split_whitespace().collect::<Vec<_>>().join(" "));
            }
        }
    }
    for regulator in report["member"]["regulators"]
        .as_array()
        .into_iter()
        .flatten()
    {
        if let Some(name) = regulator["name"].as_str() {
            shared.insert(name.to_owned());
            shared.insert(format!("{name}:"));
        }
    }
    let french_segments = text_segments(&french);
    let english_sentences: Vec<String> = text_segments(&english)
        .into_iter()
        .filter(|segment| {
            let words = segment
                .split_whitespace()
                .filter(|w| w.chars().any(char::is_alphabetic))
                .count();
            words >= 3
                && !shared.contains(segment)
                && !segment.starts_with("https://")
                && french_segments.contains(segment)
        })
        .collect();
    assert!(
        english_sentences.is_empty(),
        "English sentences in the French page: {english_sentences:#?}"
    );
}

/// The visible text of a page as blocks (paragraphs, list items, headings…), white space
/// folded; the title, the stylesheet and table cells are left out.
fn visible_blocks(html: &str) -> Vec<String> {
    const BLOCKS: &[&str] = &[
        "p",
        "li",
        "h1",
        "h2",
        "h3",
        "dt",
        "dd",
        "div",
        "summary",
        "figcaption",
        "blockquote",
        "section",
        "header",
        "footer",
        "article",
        "ul",
        "ol",
        "dl",
        "details",
        "table",
        "tr",
        "br",
        "main",
        "body",
        "figure",
        "svg",
        "text",
    ];
    const SKIPPED: &[&str] = &["title", "style", "td", "th", "caption"];
    let mut blocks = Vec::new();
    let mut current = String::new();
    let mut skipping = 0usize;
    let mut rest = html;
    let mut flush = |current: &mut String| {
        let folded = current.split_whitespace().collect::<Vec<_>>().join(" ");
        if !folded.is_empty() {
            blocks.push(folded);
        }
        current.clear();
    };
    while let Some(open) = rest.find('<') {
        if skipping == 0 {
            current.push_str(&decode_entities(&rest[..open]));
        }
        let tag_end = rest[open..]
            .find('>')
            .map_or(rest.len(), |end| open + end + 1);
        let tag = rest[open + 1..tag_end.saturating_sub(1)].to_ascii_lowercase();
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect();
        if SKIPPED.contains(&name.as_str()) {
            if closing {
                skipping = skipping.saturating_sub(1);
            } else {
                skipping += 1;
            }
        }
        if BLOCKS.contains(&name.as_str()) {
            flush(&mut current);
        }
        rest = &rest[tag_end..];
    }
    current.push_str(&decode_entities(rest));
    flush(&mut current);
    blocks
}

/// The sentences of a block of text: ends at `.`, `!` or `?` followed by a space. The test
/// counts only those that end so: the labels and badges each card repeats do not.
fn sentences(block: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = block.char_indices().collect();
    for (i, (at, c)) in chars.iter().enumerate() {
        let next_is_space = chars
            .get(i + 1)
            .is_none_or(|(_, next)| next.is_whitespace());
        if matches!(c, '.' | '!' | '?') && next_is_space {
            let end = at + c.len_utf8();
            out.push(block[start..end].trim().to_owned());
            start = end;
        }
    }
    let tail = block[start..].trim();
    if !tail.is_empty() {
        out.push(tail.to_owned());
    }
    out
}

#[test]
fn no_visible_sentence_is_repeated() {
    for language in ["en", "fr"] {
        let (page, _) = render(&[&fixture("sample-export.zip")], &["--lang", language]);
        let mut seen: BTreeSet<String> = BTreeSet::new();
        let mut repeated: BTreeSet<String> = BTreeSet::new();
        for block in visible_blocks(&page) {
            for sentence in sentences(&block) {
                let words = sentence
                    .split_whitespace()
                    .filter(|word| word.chars().any(char::is_alphanumeric))
                    .count();
                // Labels, badges and figures repeat per card by design; a sentence ends.
                let ends = sentence.ends_with(['.', '!', '?', '…']);
                if words > 3 && ends && !seen.insert(sentence.clone()) {
                    repeated.insert(sentence);
                }
            }
        }
        assert!(
            repeated.is_empty(),
            "{language}: sentences seen twice: {repeated:#?}"
        );
    }
}

#[test]
fn the_sentence_splitter_keeps_what_a_reader_sees() {
    assert_eq!(
        visible_blocks(
            "<title>T</title><style>p{}</style><p>One <a href=#x>two</a>. Three!</p>\
             <table><tr><td>cell</td></tr></table><li>Four</li>"
        ),
        ["One two. Three!", "Four"]
    );
    assert_eq!(
        sentences("One two. Three 1.5 four? Five"),
        ["One two.", "Three 1.5 four?", "Five"]
    );
}

// ---------------------------------------------------------------------------------------
// The keyboard focus ring, in a real browser driven over the DevTools protocol.
//
// `DevTools` (tests/support/devtools.rs) runs script outside the page's policy.

/// What the focused element looks like: its ring and the colours behind it (the first
/// ancestor background that is not transparent, or every stop of a gradient).
const FOCUSED: &str = r#"(() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const style = getComputedStyle(el);
  let behind = [];
  for (let node = el.parentElement; node; node = node.parentElement) {
    const s = getComputedStyle(node);
    if (s.backgroundImage.includes('gradient')) {
      behind = s.backgroundImage.match(/rgba?\([^)]*\)/g) || [];
      break;
    }
    if (!/^rgba\(.*,\s*0\)$|^transparent$/.test(s.backgroundColor)) {
      behind = [s.backgroundColor];
      break;
    }
  }
  if (behind.length === 0) behind = ['rgb(255, 255, 255)'];
  return {
    element: Array.from(document.querySelectorAll('*')).indexOf(el) + ' ' +
      el.tagName.toLowerCase() + ' ' + (el.textContent || '').trim().slice(0, 40),
    visible: el.matches(':focus-visible'),
    outlineStyle: style.outlineStyle,
    outlineWidth: parseFloat(style.outlineWidth),
    outlineOffset: parseFloat(style.outlineOffset),
    outlineColor: style.outlineColor,
    boxShadow: style.boxShadow,
    behind,
  };
})()"#;

/// `rgb(r, g, b)` or `rgba(r, g, b, a)` as `#rrggbb` (alpha ignored: the ring is opaque).
fn css_colour(text: &str) -> String {
    let inner = text
        .trim()
        .trim_start_matches("rgba(")
        .trim_start_matches("rgb(")
        .trim_end_matches(')');
    let channels: Vec<u8> = inner
        .split(',')
        .take(3)
        .map(|c| c.trim().parse::<f64>().expect("colour channel").round() as u8)
        .collect();
    assert_eq!(channels.len(), 3, "colour {text}");
    format!("#{:02x}{:02x}{:02x}", channels[0], channels[1], channels[2])
}

/// WCAG 2 contrast ratio of two `#rrggbb` colours.
fn contrast_ratio(a: &str, b: &str) -> f64 {
    let luminance = |hex: &str| {
        let channel = |i: usize| {
            let c =
                f64::from(u8::from_str_radix(&hex[1 + 2 * i..3 + 2 * i], 16).expect("hex")) / 255.0;
            if c <= 0.039_28 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2)
    };
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[test]
fn browser_focus_ring_reaches_3_to_1_wherever_the_keyboard_goes() {
    let Some(browser) =
        browser_or_skip("browser_focus_ring_reaches_3_to_1_wherever_the_keyboard_goes")
    else {
        return;
    };
    let dir = tempfile::tempdir().expect("temp dir");
    let page_path = dir.path().join("report.html");
    let (page, _) = render(&[&fixture("sample-export.zip")], &[]);
    std::fs::write(&page_path, &page).expect("page copied");
    for scheme in ["light", "dark"] {
        let mut tools = DevTools::open(&browser, &page_path);
        tools.call(
            "Emulation.setEmulatedMedia",
            serde_json::json!({ "features": [{ "name": "prefers-color-scheme", "value": scheme }] }),
        );
        let mut seen = Vec::new();
        let mut failures = Vec::new();
        for _ in 0..400 {
            tools.press_tab();
            let focused = tools.evaluate(FOCUSED);
            if focused.is_null() {
                break;
            }
            let element = focused["element"].as_str().unwrap_or_default().to_owned();
            if seen.contains(&element) {
                break;
            }
            seen.push(element.clone());
            let outline = css_colour(focused["outlineColor"].as_str().unwrap_or_default());
            let width = focused["outlineWidth"].as_f64().unwrap_or(0.0);
            let offset = focused["outlineOffset"].as_f64().unwrap_or(0.0);
            let shadow = focused["boxShadow"].as_str().unwrap_or("none");
            // The light ring: the shadow's spread, visible between the element and the
            // outline drawn over it at `offset`.
            let halo = (shadow != "none").then(|| {
                let colour = css_colour(shadow.split(')').next().unwrap_or_default());
                let spread = shadow
                    .rsplit(' ')
                    .next()
                    .and_then(|px| px.trim_end_matches("px").parse::<f64>().ok())
                    .unwrap_or(0.0);
                (colour, spread.min(offset.max(0.0)))
            });
            let drawn =
                focused["visible"] == true && focused["outlineStyle"] != "none" && width >= 2.0;
            for behind in focused["behind"].as_array().into_iter().flatten() {
                let behind = css_colour(behind.as_str().unwrap_or_default());
                let ring = contrast_ratio(&outline, &behind);
                let light = halo
                    .as_ref()
                    .filter(|(_, thickness)| *thickness >= 2.0)
                    .map_or(0.0, |(colour, _)| contrast_ratio(colour, &behind));
                if !drawn || ring.max(light) < 3.0 {
                    failures.push(format!(
                        "{element}: {focused} on {behind}: {ring:.2} / {light:.2}"
                    ));
                }
            }
        }
        // Every card's summary and the page's links: dozens of stops, all checked.
        assert!(seen.len() >= 10, "{scheme}: only {seen:?} took the focus");
        assert!(
            seen.iter().any(|e| e.contains(" summary ")) && seen.iter().any(|e| e.contains(" a ")),
            "{scheme}: {seen:?}"
        );
        assert!(failures.is_empty(), "{scheme}: {failures:#?}");
    }
}

#[test]
fn browser_shared_pages_show_no_command_line() {
    let Some(browser) = browser_or_skip("browser_shared_pages_show_no_command_line") else {
        return;
    };
    let dir = tempfile::tempdir().expect("temp dir");
    for extra in [&[][..], &["--redact"]] {
        let page_path = dir.path().join(format!("report{}.html", extra.len()));
        let (page, _) = render(&[&fixture("sample-export.zip")], extra);
        std::fs::write(&page_path, &page).expect("page copied");
        let mut tools = DevTools::open(&browser, &page_path);
        // What a reader sees, and what opening every fold would show.
        for property in ["innerText", "textContent"] {
            let text = tools.evaluate(&format!("document.body.{property}"));
            let text = text.as_str().expect("page text");
            assert!(text.len() > 1000, "{extra:?} {property}: {text}");
            let options: Vec<&str> = text
                .match_indices("--")
                .filter(|(at, _)| text[at + 2..].starts_with(|c: char| c.is_ascii_lowercase()))
                .map(|(at, _)| text.get(at..at + 12).unwrap_or(&text[at..]))
                .collect();
            assert_eq!(options, Vec::<&str>::new(), "{extra:?} {property}");
            // The footer names the tool and its version ("Made with linkedin-exposure
            // 0.1.0"), which is no command: a command line gives the tool an argument.
            let commands: Vec<&str> = text
                .match_indices("linkedin-exposure ")
                .map(|(at, _)| text.get(at..at + 30).unwrap_or(&text[at..]))
                .filter(|run| {
                    !run["linkedin-exposure ".len()..].starts_with(|c: char| c.is_ascii_digit())
                })
                .chain(text.match_indices("cargo run").map(|(at, _)| &text[at..]))
                .collect();
            assert_eq!(commands, Vec::<&str>::new(), "{extra:?} {property}");
        }
    }
}
