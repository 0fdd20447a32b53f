//! The browser edition: the page `web/build.sh` builds, driven in real headless Chromium by
//! `web/drive.mjs` (Playwright, the system's Chromium), against the command line on the same
//! inputs: the same JSON figure by figure, the same four files, the same messages for damaged
//! and hostile archives, and no network request of any kind.
//!
//! Needs Chromium, Node.js with `npm ci` run in web/, and the wasm32-unknown-unknown target;
//! without them each test prints why and passes, unless REQUIRE_BROWSER=1 (CI).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command as Process;
use std::sync::OnceLock;

use assert_cmd::Command;
use serde_json::{Value, json};

use crate::analysis::fixture;

fn repository() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// What driving the page needs.
struct Tools {
    browser: PathBuf,
    node: PathBuf,
}

fn on_path(names: &[&str]) -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .flat_map(|dir| names.iter().map(move |name| dir.join(name)))
        .find(|candidate| candidate.is_file())
}

fn find_tools() -> Result<Tools, String> {
    let browser = std::env::var_os("CHROMIUM")
        .map(PathBuf::from)
        .or_else(|| on_path(&["chromium", "chromium-browser"]))
        .ok_or("Chromium not found (install the Debian package `chromium` or set CHROMIUM)")?;
    let node =
        on_path(&["node"]).ok_or("Node.js not found (install the Debian package `nodejs`)")?;
    if !repository()
        .join("web/node_modules/playwright-core")
        .is_dir()
    {
        return Err("web/node_modules missing (run `npm ci` in web/)".to_owned());
    }
    let sysroot = Process::new("rustc")
        .args(["--print", "sysroot"])
        .output()
        .map_err(|error| format!("rustc: {error}"))?;
    let target = Path::new(String::from_utf8_lossy(&sysroot.stdout).trim())
        .join("lib/rustlib/wasm32-unknown-unknown");
    if !target.is_dir() {
        return Err(
            "the wasm32-unknown-unknown target is missing (rustup target add wasm32-unknown-unknown)"
                .to_owned(),
        );
    }
    Ok(Tools { browser, node })
}

/// The tools, or a printed reason to skip; under REQUIRE_BROWSER=1 a missing tool fails.
fn tools_or_skip(test: &str) -> Option<Tools> {
    match find_tools() {
        Ok(tools) => Some(tools),
        Err(reason) if std::env::var("REQUIRE_BROWSER").as_deref() == Ok("1") => {
            panic!("{test}: REQUIRE_BROWSER=1 but {reason}")
        }
        Err(reason) => {
            eprintln!("skipped {test}: {reason}; set REQUIRE_BROWSER=1 to make this a failure");
            None
        }
    }
}

/// The page, built once per test run by web/build.sh (a no-op when it is current).
fn page() -> &'static Path {
    static PAGE: OnceLock<PathBuf> = OnceLock::new();
    PAGE.get_or_init(|| {
        let output = Process::new("bash")
            .arg(repository().join("web/build.sh"))
            .output()
            .expect("bash runs");
        assert!(
            output.status.success(),
            "web/build.sh failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        repository().join("target/web/linkedin-exposure.html")
    })
}

/// One run of the page on `files`, as web/drive.mjs reports it.
/// `options` adds to the driver's specification: `language`, `downloads`, `net_log`,
/// `region` (see web/drive.mjs).
fn drive(tools: &Tools, files: &[&Path], options: Value) -> Value {
    let spec_dir = tempfile::tempdir().expect("temp dir");
    let spec = spec_dir.path().join("spec.json");
    let mut spec_json = json!({
        "browser": tools.browser,
        "page": page(),
        "files": files,
        "timeout_ms": 10_000,
    });
    if let (Some(spec), Some(options)) = (spec_json.as_object_mut(), options.as_object()) {
        spec.extend(options.clone());
    }
    std::fs::write(&spec, spec_json.to_string()).expect("spec written");
    let output = Process::new(&tools.node)
        .arg(repository().join("web/drive.mjs"))
        .arg(&spec)
        .output()
        .expect("node runs");
    assert!(
        output.status.success(),
        "web/drive.mjs failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let run: Value = serde_json::from_slice(&output.stdout).expect("driver prints JSON");
    assert_eq!(run["initial_state"], "idle", "{run}");
    assert_eq!(run["requests"], json!([]), "the page made requests: {run}");
    assert_eq!(run["console_errors"], json!([]), "{run}");
    assert_eq!(run["page_errors"], json!([]), "{run}");
    assert_eq!(
        run["timed_out"],
        Value::Null,
        "no result within 10 s: {run}"
    );
    run
}

/// The command line on `files` (in `language`, on the page's date), writing every output into
/// `dir`; its exit code and standard error.
fn command_line(files: &[&Path], language: &str, today: &str, dir: &Path) -> (Option<i32>, String) {
    let output = Command::cargo_bin("linkedin-exposure")
        .expect("binary built")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C")
        .env("NO_COLOR", "1")
        .current_dir(dir)
        .args(files)
        .args(["--today", today, "--lang", language, "--quiet"])
        .args(["--json", "cli.json", "--html", "cli.html"])
        .args(["--letter", "cli-letter.txt", "--items", "cli-items.csv"])
        .output()
        .expect("runs");
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

fn read_json(path: &Path) -> Value {
    serde_json::from_slice(&std::fs::read(path).expect("JSON written")).expect("valid JSON")
}

/// Every leaf where `a` and `b` differ, as "path: a ≠ b".
fn differences(path: &str, a: &Value, b: &Value, out: &mut Vec<String>) {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            for key in x.keys().chain(y.keys().filter(|key| !x.contains_key(*key))) {
                let (left, right) = (
                    x.get(key).unwrap_or(&Value::Null),
                    y.get(key).unwrap_or(&Value::Null),
                );
                differences(&format!("{path}.{key}"), left, right, out);
            }
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => {
            for (index, (left, right)) in x.iter().zip(y).enumerate() {
                differences(&format!("{path}[{index}]"), left, right, out);
            }
        }
        _ if a != b => out.push(format!("{path}: {a} ≠ {b}")),
        _ => {}
    }
}

fn assert_same_json(page: &Value, cli: &Value) {
    let mut found = Vec::new();
    differences("", page, cli, &mut found);
    assert!(
        found.is_empty(),
        "the page's JSON differs from the command line's:\n{}",
        found.join("\n")
    );
}

/// The page on `files`, in a browser speaking `language`, against the command line in that
/// language: the same four outputs, byte for byte.
fn same_outputs_as_the_command_line(test: &str, files: &[&Path], language: &str, heading: &str) {
    let Some(tools) = tools_or_skip(test) else {
        return;
    };
    let dir = tempfile::tempdir().expect("temp dir");
    let downloads = dir.path().join("downloads");
    std::fs::create_dir(&downloads).expect("downloads folder");
    let net_log = dir.path().join("net-log.json");
    let options = json!({"language": language, "downloads": downloads, "net_log": net_log});
    let run = drive(&tools, files, options);
    assert_eq!(run["state"], "done", "{run}");
    assert_eq!(run["lang"], language, "{run}");
    assert_eq!(run["report_heading"], heading, "{run}");
    eprintln!(
        "{test}: report in the page {} ms after choosing the files",
        run["elapsed_ms"]
    );
    assert_eq!(net_log_requests(&read_json(&net_log)), Vec::<String>::new());

    let page_json = read_json(Path::new(
        run["downloads"]["json"].as_str().expect("json download"),
    ));
    let today = page_json["generated_on"].as_str().expect("generated_on");
    let (code, stderr) = command_line(files, language, today, dir.path());
    assert_eq!(code, Some(0), "{stderr}");
    assert_same_json(&page_json, &read_json(&dir.path().join("cli.json")));
    for (format, cli_file) in [
        ("html", "cli.html"),
        ("letter", "cli-letter.txt"),
        ("items", "cli-items.csv"),
    ] {
        let downloaded = std::fs::read(run["downloads"][format].as_str().expect("download"))
            .expect("download saved");
        let written = std::fs::read(dir.path().join(cli_file)).expect("CLI output");
        assert!(
            downloaded == written,
            "the page's {format} differs from the command line's ({} and {} bytes)",
            downloaded.len(),
            written.len()
        );
    }
}

/// URL requests in Chromium's net log made for the page (keyed to its file:// site) to
/// anything but file:, blob: and data: URLs. Chromium's own background requests carry no
/// page site.
fn net_log_requests(log: &Value) -> Vec<String> {
    let mut urls = Vec::new();
    for event in log["events"].as_array().into_iter().flatten() {
        let params = &event["params"];
        let Some(url) = params["url"].as_str() else {
            continue;
        };
        let keyed_to_page = ["network_isolation_key", "site_for_cookies", "initiator"]
            .iter()
            .any(|key| params[key].as_str().is_some_and(|v| v.contains("file://")));
        let local = ["file:", "blob:", "data:"]
            .iter()
            .any(|scheme| url.starts_with(scheme));
        if keyed_to_page && !local && !urls.iter().any(|u| u == url) {
            urls.push(url.to_owned());
        }
    }
    urls
}

#[test]
fn the_page_gives_the_command_lines_outputs_for_the_sample() {
    same_outputs_as_the_command_line(
        "the_page_gives_the_command_lines_outputs_for_the_sample",
        &[&fixture("sample-export.zip")],
        "en",
        "What LinkedIn's AI can learn from you",
    );
}

#[test]
fn the_page_speaks_the_browsers_language() {
    same_outputs_as_the_command_line(
        "the_page_speaks_the_browsers_language",
        &[&fixture("sample-export.zip")],
        "fr",
        "Ce que l'IA de LinkedIn peut apprendre de vous",
    );
}

#[test]
fn the_page_gives_the_command_lines_outputs_for_basic_and_complete_together() {
    same_outputs_as_the_command_line(
        "the_page_gives_the_command_lines_outputs_for_basic_and_complete_together",
        &[
            &fixture("sample-export.zip"),
            &fixture("sample-export-basic.zip"),
        ],
        "en",
        "What LinkedIn's AI can learn from you",
    );
}

/// A zip of the sample's files plus 64 MiB of zeros deflated at the best level: over 1,000
/// times smaller than it inflates, like a zip bomb.
fn zip_bomb() -> Vec<u8> {
    use zip::write::SimpleFileOptions;
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    writer.start_file("Skills.csv", stored).expect("entry");
    writer.write_all(b"Name\nRust\nSQL\n").expect("written");
    let best = SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .compression_level(Some(9));
    writer.start_file("Shares.csv", best).expect("entry");
    let zeros = vec![0; 1 << 20];
    for _ in 0..64 {
        writer.write_all(&zeros).expect("written");
    }
    writer.finish().expect("zip").into_inner()
}

#[test]
fn damaged_and_hostile_archives_end_as_on_the_command_line_within_10_s() {
    let test = "damaged_and_hostile_archives_end_as_on_the_command_line_within_10_s";
    let Some(tools) = tools_or_skip(test) else {
        return;
    };
    let dir = tempfile::tempdir().expect("temp dir");
    let sample = std::fs::read(fixture("sample-export.zip")).expect("sample");
    let truncated = dir.path().join("half.zip");
    std::fs::write(&truncated, &sample[..sample.len() / 2]).expect("written");
    let bomb = dir.path().join("bomb.zip");
    let bomb_bytes = zip_bomb();
    assert!(
        bomb_bytes.len() * 1000 < 64 << 20,
        "{} bytes",
        bomb_bytes.len()
    );
    std::fs::write(&bomb, &bomb_bytes).expect("written");

    for input in [&truncated, &bomb] {
        let run = drive(&tools, &[input], json!({"downloads": dir.path()}));
        let name = input.file_name().expect("name");
        let (code, stderr) = command_line(&[Path::new(name)], "en", "2026-11-30", dir.path());
        match run["state"].as_str() {
            Some("error") => {
                assert_eq!(code, Some(2), "{stderr}");
                // The command line prefixes its name; the page shows the message alone.
                let message = stderr.trim().strip_prefix("linkedin-exposure: ");
                assert_eq!(run["error"].as_str(), message, "{run}");
            }
            Some("done") => {
                // A partial report: the same problems, listed in the same JSON.
                assert_eq!(code, Some(1), "{stderr}");
                let page_json =
                    read_json(Path::new(run["downloads"]["json"].as_str().expect("json")));
                let cli_json = read_json(&dir.path().join("cli.json"));
                assert_eq!(page_json["problems"], cli_json["problems"]);
                assert_ne!(page_json["problems"], json!([]));
            }
            _ => panic!("{}: unexpected end {run}", input.display()),
        }
    }
}

#[test]
fn an_unknown_region_is_asked_for_and_used() {
    let test = "an_unknown_region_is_asked_for_and_used";
    let Some(tools) = tools_or_skip(test) else {
        return;
    };
    // Skills only: no profile, so no location to infer the region from.
    let dir = tempfile::tempdir().expect("temp dir");
    let input = dir.path().join("skills.zip");
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    writer
        .start_file("Skills.csv", zip::write::SimpleFileOptions::default())
        .expect("entry");
    writer.write_all(b"Name\nRust\nSQL\n").expect("written");
    std::fs::write(&input, writer.finish().expect("zip").into_inner()).expect("written");

    let downloads = dir.path().join("downloads");
    std::fs::create_dir(&downloads).expect("downloads folder");
    let run = drive(
        &tools,
        &[&input],
        json!({"language": "en", "downloads": downloads, "region": "uk"}),
    );
    assert_eq!(run["region_picker_before"], true, "{run}");
    assert_eq!(run["state"], "done", "{run}");
    let page_json = read_json(Path::new(run["downloads"]["json"].as_str().expect("json")));
    assert_eq!(page_json["member"]["region"], "uk");
    assert_eq!(page_json["member"]["region_source"], "flag");

    let today = page_json["generated_on"].as_str().expect("generated_on");
    let output = Command::cargo_bin("linkedin-exposure")
        .expect("binary built")
        .env("LANG", "C")
        .current_dir(dir.path())
        .args(["skills.zip", "--region", "uk", "--today", today, "--quiet"])
        .args(["--json", "cli.json", "--no-html"])
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(0));
    assert_same_json(&page_json, &read_json(&dir.path().join("cli.json")));
}

#[test]
fn cancel_stops_the_run_and_the_next_choice_runs() {
    let test = "cancel_stops_the_run_and_the_next_choice_runs";
    let Some(tools) = tools_or_skip(test) else {
        return;
    };
    // 48 MiB of messages, stored: seconds of work in the page, cancelled at once.
    let dir = tempfile::tempdir().expect("temp dir");
    let large = dir.path().join("large.zip");
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    writer.start_file("messages.csv", stored).expect("entry");
    writer
        .write_all(b"CONVERSATION ID,FROM,TO,DATE,CONTENT\n")
        .expect("written");
    let row = b"c1,A,B,2024-01-01 10:00:00 UTC,hello there\n";
    let rows: Vec<u8> = row
        .iter()
        .copied()
        .cycle()
        .take(row.len() * 1_200_000)
        .collect();
    writer.write_all(&rows).expect("written");
    std::fs::write(&large, writer.finish().expect("zip").into_inner()).expect("written");

    let sample = fixture("sample-export.zip");
    let run = drive(
        &tools,
        &[&large],
        json!({"language": "en", "cancel_then": [sample]}),
    );
    assert_eq!(
        run["after_cancel"],
        json!({"state": "idle", "status": "Cancelled. Nothing was kept."}),
        "{run}"
    );
    assert_eq!(run["state"], "done", "{run}");
    assert_eq!(
        run["report_heading"],
        "What LinkedIn's AI can learn from you"
    );
}

#[test]
fn the_request_recorder_sees_the_requests_of_a_control_page() {
    // The no-request checks above are only worth something if requests are seen when made.
    let test = "the_request_recorder_sees_the_requests_of_a_control_page";
    let Some(tools) = tools_or_skip(test) else {
        return;
    };
    let dir = tempfile::tempdir().expect("temp dir");
    let control = dir.path().join("control.html");
    std::fs::write(
        &control,
        "<!doctype html><title>control</title><img src=\"https://control.example/a.png\" alt=\"\">\
         <script>fetch(\"https://control.example/b.json\").catch(() => {});</script>",
    )
    .expect("control page");
    let spec_dir = tempfile::tempdir().expect("temp dir");
    let spec = spec_dir.path().join("spec.json");
    let spec_json =
        json!({"browser": tools.browser, "page": control, "files": [], "control": true});
    std::fs::write(&spec, spec_json.to_string()).expect("spec written");
    let output = Process::new(&tools.node)
        .arg(repository().join("web/drive.mjs"))
        .arg(&spec)
        .output()
        .expect("node runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let run: Value = serde_json::from_slice(&output.stdout).expect("driver prints JSON");
    let mut requested: Vec<&str> = run["requests"]
        .as_array()
        .expect("requests")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    requested.sort_unstable();
    assert_eq!(
        requested,
        [
            "https://control.example/a.png",
            "https://control.example/b.json"
        ]
    );
}
