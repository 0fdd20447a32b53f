//! Arguments, exit codes and one-line errors through the binary.

use std::fs;

use crate::analysis::{fixture, tool};

fn stderr_of(args: &[&str]) -> (Option<i32>, String) {
    let output = tool().args(args).output().expect("runs");
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn no_arguments_is_a_usage_error() {
    let output = tool().output().expect("runs");
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("<PATH>"));
}

#[test]
fn missing_input_is_one_line_exit_2() {
    let (code, stderr) = stderr_of(&["/nonexistent/Complete_LinkedInDataExport_12-27-2025.zip"]);
    assert_eq!(code, Some(2));
    assert_eq!(
        stderr,
        "linkedin-exposure: \"/nonexistent/Complete_LinkedInDataExport_12-27-2025.zip\" does not exist: give the path of the LinkedIn export .zip or of the folder it was extracted to\n"
    );
}

#[test]
fn a_pdf_is_not_an_export() {
    let dir = tempfile::tempdir().expect("temp dir");
    let pdf = dir.path().join("export.zip");
    fs::write(&pdf, b"%PDF-1.7\n...").expect("write");
    let (code, stderr) = stderr_of(&[pdf.to_str().expect("utf-8 path"), "--no-html"]);
    assert_eq!(code, Some(2));
    assert!(
        stderr.contains("is a PDF, not a LinkedIn data export"),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 1);
}

#[test]
fn folder_without_linkedin_files_exit_2() {
    let dir = tempfile::tempdir().expect("temp dir");
    fs::write(dir.path().join("notes.txt"), b"hello").expect("write");
    let (code, stderr) = stderr_of(&[dir.path().to_str().expect("utf-8 path"), "--no-html"]);
    assert_eq!(code, Some(2));
    assert!(stderr.contains("holds no LinkedIn export file"), "{stderr}");
    assert_eq!(stderr.lines().count(), 1);
}

#[test]
fn output_over_an_input_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let copy = dir.path().join("export.zip");
    fs::copy(fixture("sample-export.zip"), &copy).expect("copy");
    let before = fs::read(&copy).expect("read");
    let path = copy.to_str().expect("utf-8 path");
    let output = tool()
        .current_dir(dir.path())
        .args([path, "--json", path])
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("is one of your inputs"), "{stderr}");
    assert_eq!(fs::read(&copy).expect("read"), before, "input untouched");
    // Refused before anything is written: the default HTML report is not left behind either.
    let left: Vec<_> = fs::read_dir(dir.path())
        .expect("read dir")
        .flatten()
        .map(|entry| entry.file_name())
        .collect();
    assert_eq!(left, vec![std::ffi::OsString::from("export.zip")]);
}

#[test]
fn closed_pipe_exits_quietly() {
    // `linkedin-exposure … | head -1`: stdout closes early; no error, no panic.
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("linkedin-exposure"))
        .arg(fixture("sample-export.zip"))
        .args(["--no-html", "--quiet", "--today", "2026-11-28"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    drop(child.stdout.take());
    let output = child.wait_with_output().expect("wait");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(
        matches!(output.status.code(), Some(0)),
        "{:?} {stderr}",
        output.status
    );
}

#[test]
fn control_characters_in_names_never_reach_the_terminal() {
    let dir = tempfile::tempdir().expect("temp dir");
    let folder = dir.path().join("export");
    crate::analysis::extract(&fixture("sample-export.zip"), &folder);
    fs::write(
        folder.join("Evil\u{1b}[31m\u{202e}Name.csv"),
        "Col\u{1b}[2J,B\u{202e}\nx,y\n",
    )
    .expect("write");
    let output = tool()
        .arg(&folder)
        .args(["--no-html", "--color", "never"])
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(0));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(!stdout.contains('\u{1b}'), "escape reached the terminal");
    assert!(
        !stdout.contains('\u{202e}'),
        "bidi override reached the terminal"
    );
    assert!(stdout.contains("Evil[31mName.csv"), "{stdout}");
}

/// The sample export's date, as the JSON report gives it.
fn sample_export_date() -> String {
    let output = tool()
        .arg(fixture("sample-export.zip"))
        .args(["--json", "-", "--no-html"])
        .output()
        .expect("runs");
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    json["export_date"]
        .as_str()
        .expect("export date")
        .to_owned()
}

#[test]
fn the_default_report_is_named_after_the_export_and_ends_with_its_link() {
    let dir = tempfile::tempdir().expect("temp dir");
    let date = sample_export_date();
    let name = format!("linkedin-ai-exposure-{date}.html");
    let run = || {
        tool()
            .current_dir(dir.path())
            .arg(fixture("sample-export.zip"))
            .args(["--width", "100"])
            .env_remove("FORCE_HYPERLINK")
            .output()
            .expect("runs")
    };
    let real = fs::canonicalize(dir.path()).expect("canonical");
    // The temporary folder's name needs no percent-encoding.
    let url = format!("file://{}", real.join(&name).display());
    assert!(url.starts_with("file:///") && url.ends_with(&name), "{url}");
    let first = run();
    assert_eq!(first.status.code(), Some(0));
    assert!(
        first.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    let stdout = String::from_utf8_lossy(&first.stdout);
    let tail: Vec<&str> = stdout.lines().rev().take(3).collect();
    assert_eq!(
        tail,
        [
            url.as_str(),
            "To read the report, open this link in your web browser:",
            &format!("Written: {name}"),
        ]
    );
    assert!(dir.path().join(&name).is_file());
    // A second run says that it replaced the first report.
    let second = run();
    let stdout = String::from_utf8_lossy(&second.stdout);
    assert!(
        stdout.contains(&format!("\nReplaced the earlier {name}\n")),
        "{stdout}"
    );
    // Terminals that show hyperlinks get the link as one (OSC 8).
    let linked = tool()
        .current_dir(dir.path())
        .arg(fixture("sample-export.zip"))
        .args(["--lang", "fr"])
        .env("FORCE_HYPERLINK", "1")
        .output()
        .expect("runs");
    let stdout = String::from_utf8_lossy(&linked.stdout);
    assert!(
        stdout.ends_with(&format!(
            "Pour lire le rapport, ouvrez ce lien dans votre navigateur\u{202f}:\n\u{1b}]8;;{url}\u{1b}\\{url}\u{1b}]8;;\u{1b}\\\n"
        )),
        "{stdout}"
    );
}

#[test]
fn no_html_with_html_is_an_argument_error() {
    let output = tool()
        .arg(fixture("sample-export.zip"))
        .args(["--no-html", "--html", "report.html"])
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("the argument '--no-html' cannot be used with '--html <PATH>'"),
        "{stderr}"
    );
}

/// Runs with stdout into a pipe whose reader takes `keep` bytes and leaves.
fn into_closed_pipe(args: &[&str], keep: usize) -> (Option<i32>, String) {
    use std::io::Read;
    let dir = tempfile::tempdir().expect("temp dir");
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("linkedin-exposure"))
        .current_dir(dir.path())
        .arg(fixture("sample-export.zip"))
        .args(args)
        .args(["--today", "2026-11-28"])
        .env("LANG", "C")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut stdout = child.stdout.take().expect("stdout");
    let mut head = vec![0; keep];
    let _ = stdout.read_exact(&mut head);
    drop(stdout);
    let output = child.wait_with_output().expect("wait");
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn a_pipe_closed_early_ends_quietly() {
    // `linkedin-exposure export.zip | head -c 10`, with and without the default report.
    for args in [
        &[][..],
        &["--no-html"][..],
        &["--json", "-", "--no-html"][..],
    ] {
        for keep in [0, 10] {
            let (code, stderr) = into_closed_pipe(args, keep);
            assert_eq!(
                (code, stderr.as_str()),
                (Some(0), ""),
                "{args:?}, {keep} bytes"
            );
        }
    }
}
