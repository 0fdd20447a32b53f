//! What ships beside the binary: `--version`, the man page and completion scripts
//! generated from the argument definitions and their committed copies in `contrib/` (the
//! release archives carry those), and paths with spaces or non-ASCII characters.

use std::path::Path;
use std::process::Command;

use crate::analysis::{extract, fixture, json_report, tool};

/// The binary alone: `--generate` takes no other argument (not even the tests' `--today`).
fn bare() -> assert_cmd::Command {
    assert_cmd::Command::cargo_bin("linkedin-exposure").expect("binary built")
}

fn generated(kind: &str) -> String {
    let output = bare().args(["--generate", kind]).output().expect("runs");
    assert_eq!(output.status.code(), Some(0), "--generate {kind}");
    assert!(output.stderr.is_empty(), "--generate {kind}");
    String::from_utf8(output.stdout).expect("UTF-8")
}

/// The program `name`, or a printed reason to skip; under REQUIRE_TOOLS=1 (CI) missing
/// tools fail the test.
fn tool_or_skip(name: &str, test: &str) -> bool {
    let found = Command::new(name).arg("--version").output().is_ok();
    if !found {
        assert!(
            std::env::var("REQUIRE_TOOLS").as_deref() != Ok("1"),
            "{test}: REQUIRE_TOOLS=1 but `{name}` is not installed"
        );
        eprintln!("skipped {test}: `{name}` not installed; set REQUIRE_TOOLS=1 to fail instead");
    }
    found
}

#[test]
fn version_names_the_policy_check_date() {
    let output = bare().arg("--version").output().expect("runs");
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        format!(
            "linkedin-exposure {} (policy facts checked {})\n",
            env!("CARGO_PKG_VERSION"),
            linkedin_exposure::policy::AS_OF
        )
    );
}

#[test]
fn generate_is_hidden_from_help_and_refuses_an_export_beside_it() {
    let help = bare().arg("--help").output().expect("runs");
    assert!(!String::from_utf8_lossy(&help.stdout).contains("generate"));
    let output = bare()
        .args(["--generate", "man"])
        .arg(fixture("sample-export.zip"))
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
}

/// Bash's own completion machinery on the generated script: `linkedin-exposure --re<TAB>`.
fn bash_completions(script: &Path, words: &[&str]) -> Vec<String> {
    let program = r#"
        source "$1"; shift
        spec=$(complete -p linkedin-exposure) || exit 3
        function=${spec##*-F }; function=${function%% *}
        COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 ))
        COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
        "$function" linkedin-exposure "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
        printf '%s\n' "${COMPREPLY[@]}"
    "#;
    let output = Command::new("bash")
        .args(["--norc", "--noprofile", "-c", program, "bash"])
        .arg(script)
        .args(words)
        .output()
        .expect("bash runs");
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let mut words: Vec<String> = String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter(|line| !line.is_empty())
        .map(str::to_owned)
        .collect();
    words.sort();
    words
}

#[test]
fn bash_completion_parses_and_completes_options() {
    if !tool_or_skip("bash", "bash_completion_parses_and_completes_options") {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let script = dir.path().join("linkedin-exposure.bash");
    std::fs::write(&script, generated("complete-bash")).expect("write");
    let parse = Command::new("bash")
        .arg("-n")
        .arg(&script)
        .output()
        .expect("bash -n");
    assert_eq!(
        parse.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&parse.stderr)
    );
    assert_eq!(
        bash_completions(&script, &["linkedin-exposure", "--re"]),
        ["--redact", "--region"]
    );
    assert_eq!(
        bash_completions(&script, &["linkedin-exposure", "--region", ""]),
        ["ca", "ch", "eea", "eu", "hk", "other", "uk", "us"]
    );
}

/// Every option `--help` lists (its long form, else its short one), and `PATH` for the
/// inputs: what the man page must show too.
fn options_in_help() -> Vec<String> {
    let help = bare().arg("--help").output().expect("runs");
    let help = String::from_utf8(help.stdout).expect("UTF-8");
    let mut options = vec!["PATH".to_owned()];
    for line in help.lines().map(str::trim_start) {
        if !line.starts_with('-') {
            continue;
        }
        let flags: Vec<&str> = line
            .split([' ', ','])
            .take_while(|word| word.starts_with('-') || word.is_empty())
            .filter(|word| !word.is_empty())
            .collect();
        let long = flags.iter().find(|flag| flag.starts_with("--"));
        if let Some(flag) = long.or(flags.first()) {
            options.push((*flag).to_owned());
        }
    }
    options
}

#[test]
fn man_page_renders_without_warnings_and_lists_every_option() {
    if !tool_or_skip(
        "man",
        "man_page_renders_without_warnings_and_lists_every_option",
    ) {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let page = dir.path().join("linkedin-exposure.1");
    std::fs::write(&page, generated("man")).expect("write");
    let output = Command::new("man")
        .args(["--warnings", "-l"])
        .arg(&page)
        .env("LC_ALL", "C.UTF-8")
        .env("MANWIDTH", "100")
        .env("MANPAGER", "cat")
        .output()
        .expect("man runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert_eq!(stderr, "", "man -l warned");
    let rendered = String::from_utf8_lossy(&output.stdout);
    let visible = options_in_help();
    assert!(visible.len() >= 18, "{visible:?}");
    for option in &visible {
        assert!(
            rendered.contains(option),
            "{option} missing from the man page"
        );
    }
    for hidden in ["--today", "--generate"] {
        assert!(!rendered.contains(hidden), "{hidden} is internal");
    }
}

#[test]
fn paths_with_spaces_and_accents_work_in_and_out() {
    let dir = tempfile::tempdir().expect("temp dir");
    let inbox = dir.path().join("Mes données LinkedIn");
    std::fs::create_dir(&inbox).expect("mkdir");
    let export = inbox.join("Complete_LinkedInDataExport_11-20-2026 (1) — été.zip");
    std::fs::copy(fixture("sample-export.zip"), &export).expect("copy");
    let folder = inbox.join("export décompressé");
    extract(&fixture("sample-export.zip"), &folder);
    let html = inbox.join("rapport d’exposition.html");
    let json = inbox.join("données 2026.json");
    let items = inbox.join("éléments à revoir.csv");
    let plain = json_report(&[&fixture("sample-export.zip")]);
    for input in [&export, &folder] {
        let output = tool()
            .arg(input)
            .arg("--html")
            .arg(&html)
            .arg("--json")
            .arg(&json)
            .arg("--items")
            .arg(&items)
            .arg("--quiet")
            .output()
            .expect("runs");
        assert_eq!(
            output.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let report: serde_json::Value =
            serde_json::from_slice(&std::fs::read(&json).expect("JSON written")).expect("JSON");
        assert_eq!(report["totals"], plain["totals"], "{}", input.display());
        assert_eq!(report["categories"], plain["categories"]);
        assert!(
            std::fs::read_to_string(&html)
                .expect("HTML written")
                .contains("</html>")
        );
        assert!(std::fs::metadata(&items).expect("items written").len() > 0);
    }
}

/// Unix file names are bytes: a Latin-1 name (as an old archiver leaves it) is still a path.
#[cfg(unix)]
#[test]
fn a_file_name_that_is_not_utf8_is_still_read() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().expect("temp dir");
    let export = dir
        .path()
        .join(std::ffi::OsStr::from_bytes(b"export-\xe9t\xe9.zip"));
    std::fs::copy(fixture("sample-export.zip"), &export).expect("copy");
    let output = tool()
        .arg(&export)
        .args(["--no-html", "--quiet", "--json", "-"])
        .output()
        .expect("runs");
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let plain = json_report(&[&fixture("sample-export.zip")]);
    assert_eq!(report["totals"], plain["totals"]);
}
