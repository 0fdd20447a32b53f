//! The analyser end to end through the binary, on the synthetic sample export: exact figures
//! per category, merging Basic and Complete archives, folders equal to zips, the table.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

use crate::support::report::warnings;

pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(name)
}

/// The binary with a fixed date, English, and no HTML unless a test asks for it.
pub fn tool() -> Command {
    let mut command = Command::cargo_bin("linkedin-exposure").expect("binary built");
    command
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C")
        .env("NO_COLOR", "1")
        .args(["--today", "2026-11-28"]);
    command
}

/// The JSON report for `inputs`.
pub fn json_report(inputs: &[&Path]) -> Value {
    let output = tool()
        .args(inputs)
        .args(["--json", "-", "--no-html", "--quiet"])
        .output()
        .expect("runs");
    assert!(
        output.status.success(),
        "exit {:?}: {}",
        output.status.code(),
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("valid JSON")
}

fn category<'a>(report: &'a Value, id: &str) -> &'a Value {
    report["categories"]
        .as_array()
        .and_then(|categories| categories.iter().find(|c| c["id"] == id))
        .unwrap_or_else(|| panic!("category {id} missing"))
}

/// (id, records, ai_training_records (confirmed), unconfirmed_records, words (own),
/// others_words, first year, last year) — from fixtures/README.md, computed independently of
/// the analyser. Reactions and instant reposts are unconfirmed; so is one pending endorsement
/// in each direction; the recommendations received are written by others.
type Expected = (
    &'static str,
    u64,
    u64,
    u64,
    u64,
    u64,
    Option<&'static str>,
    Option<&'static str>,
);
const COMPLETE: &[Expected] = &[
    ("profile", 1, 1, 0, 57, 0, None, None),
    ("positions", 5, 5, 0, 78, 0, Some("2012"), Some("2023")),
    ("education", 2, 2, 0, 0, 0, Some("2007"), Some("2009")),
    ("skills", 13, 13, 0, 0, 0, None, None),
    ("certifications", 3, 3, 0, 0, 0, Some("2017"), Some("2023")),
    ("volunteering", 2, 2, 0, 0, 0, Some("2014"), Some("2018")),
    ("publications", 2, 2, 0, 0, 0, Some("2021"), Some("2024")),
    ("patents", 1, 1, 0, 0, 0, Some("2022"), Some("2022")),
    (
        "recommendations_received",
        3,
        2,
        0,
        0,
        44,
        Some("2015"),
        Some("2023"),
    ),
    (
        "recommendations_given",
        2,
        2,
        0,
        32,
        0,
        Some("2021"),
        Some("2024"),
    ),
    (
        "endorsements_received",
        7,
        6,
        1,
        0,
        0,
        Some("2016"),
        Some("2025"),
    ),
    (
        "endorsements_given",
        3,
        2,
        1,
        0,
        0,
        Some("2020"),
        Some("2026"),
    ),
    (
        "profile_sections",
        21,
        21,
        0,
        33,
        0,
        Some("2011"),
        Some("2022"),
    ),
    ("posts", 11, 11, 0, 207, 0, Some("2016"), Some("2026")),
    ("articles", 3, 2, 0, 170, 0, Some("2021"), Some("2025")),
    ("comments", 10, 10, 0, 111, 0, Some("2017"), Some("2026")),
    ("poll_votes", 4, 4, 0, 0, 0, Some("2023"), Some("2026")),
    ("reposts", 3, 0, 3, 0, 0, Some("2023"), Some("2026")),
    ("reactions", 40, 0, 40, 0, 0, Some("2017"), Some("2026")),
    ("media", 7, 7, 0, 0, 0, Some("2018"), Some("2026")),
    ("job_answers", 10, 10, 0, 126, 0, None, None),
    (
        "ai_conversations",
        5,
        5,
        0,
        41,
        0,
        Some("2025"),
        Some("2026"),
    ),
    ("messages", 9, 0, 0, 0, 0, Some("2019"), Some("2026")),
    (
        "job_applications",
        3,
        0,
        0,
        0,
        0,
        Some("2019"),
        Some("2023"),
    ),
    ("payments", 4, 0, 0, 0, 0, Some("2019"), Some("2025")),
    ("logins_security", 9, 0, 0, 0, 0, Some("2024"), Some("2026")),
    ("network", 38, 0, 0, 0, 0, Some("2014"), Some("2026")),
    ("contact_info", 7, 0, 0, 0, 0, Some("2014"), Some("2025")),
    ("ads_inferences", 10, 0, 0, 0, 0, Some("2022"), Some("2026")),
    ("searches", 8, 0, 0, 0, 0, Some("2017"), Some("2026")),
    ("job_seeking", 5, 0, 0, 0, 0, Some("2022"), Some("2026")),
    ("activity", 9, 0, 0, 0, 0, Some("2016"), Some("2026")),
];

fn year(date: &Value) -> Option<String> {
    date.as_str().map(|d| d[..4].to_owned())
}

#[test]
fn complete_export_gives_the_exact_figures() {
    let report = json_report(&[&fixture("sample-export.zip")]);
    assert_eq!(report["schema_version"], 2);
    assert_eq!(report["generator"]["name"], "linkedin-exposure");
    let ids: Vec<&str> = report["categories"]
        .as_array()
        .expect("categories")
        .iter()
        .filter_map(|c| c["id"].as_str())
        .collect();
    let expected_ids: Vec<&str> = COMPLETE.iter().map(|row| row.0).collect();
    assert_eq!(ids, expected_ids);
    for &(id, records, ai, unconfirmed, words, others, first, last) in COMPLETE {
        let c = category(&report, id);
        assert_eq!(c["records"], records, "{id} records");
        assert_eq!(c["ai_training_records"], ai, "{id} ai_training_records");
        assert_eq!(
            c["unconfirmed_records"], unconfirmed,
            "{id} unconfirmed_records"
        );
        assert_eq!(c["words"], words, "{id} words");
        assert_eq!(c["others_words"], others, "{id} others_words");
        assert_eq!(year(&c["first_date"]).as_deref(), first, "{id} first year");
        assert_eq!(year(&c["last_date"]).as_deref(), last, "{id} last year");
    }
    assert_eq!(report["totals"]["ai_training_records"], 111);
    assert_eq!(report["totals"]["unconfirmed_records"], 45);
    assert_eq!(report["totals"]["ai_training_words"], 855);
    assert_eq!(report["totals"]["others_words"], 44);
    assert_eq!(report["totals"]["not_used_records"], 102);
}

#[test]
fn scope_and_basis_follow_the_policy() {
    let report = json_report(&[&fixture("sample-export.zip")]);
    let basis = |id: &str| {
        let c = category(&report, id);
        (
            c["scope"].as_str().map(str::to_owned),
            c["basis"].as_str().map(str::to_owned),
        )
    };
    let pair = |scope: &str, basis: &str| (Some(scope.to_owned()), Some(basis.to_owned()));
    assert_eq!(basis("posts"), pair("ai_training", "stated"));
    assert_eq!(basis("reactions"), pair("ai_training", "reported"));
    assert_eq!(basis("profile_sections"), pair("ai_training", "implied"));
    assert_eq!(basis("messages"), pair("not_used", "excluded"));
    assert_eq!(basis("logins_security"), pair("not_used", "not_listed"));
}

#[test]
fn posts_keep_their_visibility_breakdown() {
    let report = json_report(&[&fixture("sample-export.zip")]);
    let visibility = &category(&report, "posts")["visibility"];
    assert_eq!(visibility["PUBLIC"], 4);
    assert_eq!(visibility["MEMBER_NETWORK"], 5);
    assert_eq!(visibility["CONNECTIONS"], 2);
}

#[test]
fn files_and_unrecognised_are_listed() {
    let report = json_report(&[&fixture("sample-export.zip")]);
    let files = report["files"].as_array().expect("files");
    let shares = files
        .iter()
        .find(|f| f["path"] == "Shares_1158443584.csv")
        .expect("Shares listed by its own path");
    assert_eq!(shares["category"], "posts");
    assert_eq!(shares["records"], 11);
    assert_eq!(shares["input"], 0);
    let parts = files
        .iter()
        .filter(|f| {
            f["path"]
                .as_str()
                .is_some_and(|p| p.starts_with("Job Applicant Saved Screening Question Responses"))
        })
        .count();
    assert_eq!(parts, 3, "each numbered part is its own entry");
    let unrecognised = report["unrecognised"].as_array().expect("unrecognised");
    assert_eq!(unrecognised.len(), 1);
    assert_eq!(unrecognised[0]["path"], "Creator_Mode_Settings.csv");
    assert_eq!(unrecognised[0]["records"], 2);
    assert!(
        unrecognised[0]["header"]
            .as_array()
            .is_some_and(|h| !h.is_empty())
    );
    let warnings: Vec<&Value> = files
        .iter()
        .flat_map(|f| f["warnings"].as_array().into_iter().flatten())
        .collect();
    assert!(warnings.is_empty(), "the sample has no drift: {warnings:?}");
}

#[test]
fn basic_and_complete_merge_to_the_complete_figures() {
    let complete = json_report(&[&fixture("sample-export.zip")]);
    for inputs in [
        [
            fixture("sample-export-basic.zip"),
            fixture("sample-export.zip"),
        ],
        [
            fixture("sample-export.zip"),
            fixture("sample-export-basic.zip"),
        ],
    ] {
        let merged = json_report(&[&inputs[0], &inputs[1]]);
        assert_eq!(merged["categories"], complete["categories"]);
        assert_eq!(merged["totals"], complete["totals"]);
        let complete_index = inputs
            .iter()
            .position(|p| p.ends_with("sample-export.zip"))
            .expect("complete given");
        let profile = merged["files"]
            .as_array()
            .and_then(|files| files.iter().find(|f| f["path"] == "Profile.csv"))
            .expect("Profile.csv listed");
        assert_eq!(
            profile["input"], complete_index,
            "taken from the Complete archive"
        );
        assert_eq!(merged["inputs"].as_array().map(Vec::len), Some(2));
    }
}

#[test]
fn basic_export_alone() {
    let report = json_report(&[&fixture("sample-export-basic.zip")]);
    assert_eq!(report["totals"]["ai_training_words"], 135);
    assert_eq!(report["totals"]["ai_training_records"], 35);
    let records: u64 = report["categories"]
        .as_array()
        .expect("categories")
        .iter()
        .filter_map(|c| c["records"].as_u64())
        .sum();
    assert_eq!(records, 59);
}

/// Extracts a zip into `dir` as a member would (folders kept).
pub fn extract(zip_path: &Path, dir: &Path) {
    let file = std::fs::File::open(zip_path).expect("fixture");
    let mut archive = zip::ZipArchive::new(file).expect("zip");
    for index in 0..archive.len() {
        let mut entry = archive.by_index(index).expect("entry");
        let name = entry.enclosed_name().expect("safe name");
        let target = dir.join(name);
        std::fs::create_dir_all(target.parent().expect("parent")).expect("mkdir");
        let mut out = std::fs::File::create(&target).expect("create");
        std::io::copy(&mut entry, &mut out).expect("copy");
    }
}

#[test]
fn extracted_folder_gives_the_same_figures_as_the_zip() {
    let zipped = json_report(&[&fixture("sample-export.zip")]);
    let dir = tempfile::tempdir().expect("temp dir");
    let folder = dir.path().join("Complete_LinkedInDataExport_11-20-2026");
    extract(&fixture("sample-export.zip"), &folder);
    let unzipped = json_report(&[&folder]);
    assert_eq!(unzipped["categories"], zipped["categories"]);
    assert_eq!(unzipped["totals"], zipped["totals"]);
    assert_eq!(unzipped["inputs"][0]["kind"], "directory");
    assert_eq!(zipped["inputs"][0]["kind"], "zip");
    // The export date comes from the folder's name when entry dates are the extraction's.
    assert_eq!(unzipped["export_date"], "2026-11-20");
}

#[test]
fn flattened_folder_gives_the_same_figures() {
    let zipped = json_report(&[&fixture("sample-export.zip")]);
    let dir = tempfile::tempdir().expect("temp dir");
    let nested = dir.path().join("nested");
    extract(&fixture("sample-export.zip"), &nested);
    let flat = dir.path().join("flat");
    std::fs::create_dir_all(&flat).expect("mkdir");
    for entry in walk(&nested) {
        let name = entry.file_name().expect("name");
        std::fs::copy(&entry, flat.join(name)).expect("copy");
    }
    let flattened = json_report(&[&flat]);
    assert_eq!(flattened["categories"], zipped["categories"]);
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).expect("read dir").flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else {
            files.push(path);
        }
    }
    files
}

#[test]
fn export_date_comes_from_the_entries() {
    let report = json_report(&[&fixture("sample-export.zip")]);
    assert_eq!(report["export_date"], "2026-11-20");
    assert_eq!(report["generated_on"], "2026-11-28");
}

#[test]
fn table_snapshot() {
    let output = tool()
        .arg(fixture("sample-export.zip"))
        .args(["--no-html", "--width", "110", "--color", "never"])
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(0));
    insta::assert_snapshot!("table_en", String::from_utf8_lossy(&output.stdout));
}

/// The JSON is the report model as it is: any change to the model shows here.
#[test]
fn json_snapshot() {
    for (name, extra) in [
        ("json_en", ["--objected-on", "2025-12-01"]),
        ("json_redacted", ["--redact", "--region=uk"]),
    ] {
        let output = tool()
            .arg(fixture("sample-export.zip"))
            .args(["--no-html", "--json", "-"])
            .args(extra)
            .output()
            .expect("runs");
        assert_eq!(output.status.code(), Some(0));
        insta::assert_snapshot!(name, String::from_utf8_lossy(&output.stdout));
    }
}

#[test]
fn json_to_stdout_replaces_the_table() {
    let output = tool()
        .arg(fixture("sample-export.zip"))
        .args(["--no-html", "--json", "-"])
        .output()
        .expect("runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.starts_with('{'), "{stdout}");
    assert!(!stdout.contains('┌'));
}

#[test]
fn json_file_and_table_together() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("report.json");
    let output = tool()
        .arg(fixture("sample-export.zip"))
        .args(["--no-html", "--json"])
        .arg(&path)
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&output.stdout).contains("Total"));
    let json: Value =
        serde_json::from_slice(&std::fs::read(&path).expect("written")).expect("JSON");
    assert_eq!(json["totals"]["ai_training_records"], 111);
}

#[test]
fn format_drift_is_a_warning_never_a_silent_zero() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("Comments.csv"),
        "Date,Link,Text,Reaction Count\n2025-01-02 10:00:00,https://www.linkedin.com/feed/update/urn:li:activity:1,Bonjour à tous,3\n",
    )
    .expect("write");
    std::fs::write(
        dir.path().join("Reactions_123.csv"),
        "Date,Type,Link\n2025-01-03 10:00:00,LIKE,https://x\n2024-13-45 10:00:00,LIKE,https://y\n",
    )
    .expect("write");
    let report = json_report(&[dir.path()]);
    let pair = |kind: &str, detail: &str| (kind.to_owned(), detail.to_owned());
    assert_eq!(
        warnings(&report, "Comments.csv"),
        vec![
            pair("missing_column", "Message"),
            pair("unexpected_column", "Text"),
            pair("unexpected_column", "Reaction Count"),
        ]
    );
    assert_eq!(
        warnings(&report, "Reactions_123.csv"),
        vec![pair("unparsed_dates", "1")]
    );
    let reactions = category(&report, "reactions");
    assert_eq!(reactions["records"], 2);
    assert_eq!(reactions["undated"], 1);
    let comments = category(&report, "comments");
    assert_eq!(comments["records"], 1);
    assert_eq!(comments["words"], 0);

    let table = tool()
        .arg(dir.path())
        .args(["--no-html", "--color", "never"])
        .output()
        .expect("runs");
    let stdout = String::from_utf8_lossy(&table.stdout);
    assert!(
        stdout.contains("Comments.csv: column \"Message\" is missing: its figures count as zero"),
        "{stdout}"
    );
}
