//! Hostile inputs, second round: private values through headerless and unknown files (a
//! canary placed in them must reach no output, with or without `--redact`), continuation
//! lines and date shapes, unreadable entries, malformed extra fields, duplicates by content,
//! UTF-16 files, fake end records, nested zips, and the mistakes a member makes (a report or a
//! Downloads folder given as the export).

use std::ffi::OsStr;
use std::fs;
use std::path::Path;

use super::{Case, category_records, small_export};
use crate::support::report::warnings;

// ---------------------------------------------------------------------------------------------
// Private canaries (issue 11, item 1)

/// Values that must never reach any output: each sits in a private or unknown file.
const CANARIES: &[&str] = &[
    "Canarymessage",
    "canary.sender@example.com",
    "Canarysender",
    "+33 6 99 88 77 66",
    "198.51.100.77",
    "CanaryAgent",
    "Canaryconnection",
    "Canaryunknown",
    "CANARYTOKEN",
];

/// An export whose private files lost their header line, plus unknown files: one headerless,
/// one with a real header (its names may be shown, never its values; none under `--redact`).
fn canary_export() -> Vec<u8> {
    small_export(&[
        (
            "messages.csv",
            b"2-Y2FuYXJ5,Lunch,Canarysender canary.sender@example.com,https://www.linkedin.com/in/canary,Me,,2024-03-01 10:00:00 UTC,,Canarymessage: see you at noon,INBOX\n\
              2-Y2FuYXJ5,Lunch,Me,,Canarysender,,2024-03-01 10:05:00 UTC,,ok,INBOX\n",
        ),
        (
            "Connections.csv",
            b"Canaryconnection,Doe,https://www.linkedin.com/in/canaryconnection,canary.sender@example.com,Acme,Chief,04 Jul 2023\n",
        ),
        ("PhoneNumbers.csv", b",+33 6 99 88 77 66,Mobile\n"),
        (
            "Logins.csv",
            b"Tue Jun 20 12:25:51 UTC 2023,198.51.100.77,CanaryAgent/5.0 (X11),WEB\n",
        ),
        ("Notes.csv", b"Canaryunknown CANARYTOKEN,198.51.100.77\nmore,rows\n"),
        ("Canary Plain.csv", b"Canaryunknown,Canarysender\n"),
        (
            "Creator_Mode_Settings.csv",
            b"Setting Name,Created At,Canary Column Title\nCANARYTOKEN,2024-01-01,canary.sender@example.com\n",
        ),
    ])
}

/// Every output of one run, as text: stdout (table or JSON), stderr, and the files written.
fn all_outputs(case: &Case, input: &Path, extra: &[&str]) -> (Option<i32>, String) {
    let out = |name: &str| case.path(name).display().to_string();
    let (json, html, letter, items) = (
        out("out.json"),
        out("out.html"),
        out("letter.txt"),
        out("items.csv"),
    );
    let mut args: Vec<&OsStr> = vec![input.as_os_str()];
    let flags = [
        "--json", &json, "--html", &html, "--letter", &letter, "--items", &items, "--width", "200",
    ];
    args.extend(flags.iter().chain(extra).map(OsStr::new));
    let run = case.run("canaries", &args);
    let mut text = format!("{}\n{}\n", run.stdout, run.stderr);
    for path in [&json, &html, &letter, &items] {
        text.push_str(&fs::read_to_string(path).unwrap_or_default());
    }
    // The table on its own (stdout above already holds it) and the JSON on stdout.
    let mut args: Vec<&OsStr> = vec![input.as_os_str()];
    args.extend(
        ["--json", "-", "--no-html", "--quiet"]
            .iter()
            .chain(extra)
            .map(OsStr::new),
    );
    let json_run = case.run("canaries, JSON on stdout", &args);
    text.push_str(&json_run.stdout);
    text.push_str(&json_run.stderr);
    (run.code, text)
}

#[test]
fn private_values_of_headerless_and_unknown_files_reach_no_output() {
    let case = Case::new();
    let input = case.write(
        "Complete_LinkedInDataExport_12-27-2025.zip",
        &canary_export(),
    );
    for extra in [&[][..], &["--redact"][..], &["--lang", "fr"][..]] {
        let (code, text) = all_outputs(&case, &input, extra);
        assert_eq!(code, Some(0), "{extra:?}\n{text}");
        let lower = text.to_lowercase();
        for canary in CANARIES {
            assert!(
                !lower.contains(&canary.to_lowercase()),
                "{canary} in the outputs with {extra:?}:\n{text}"
            );
        }
        // A real header of an unknown file is shown, but never under --redact.
        assert_eq!(
            text.contains("Canary Column Title"),
            !extra.contains(&"--redact"),
            "{extra:?}"
        );
    }
}

#[test]
fn a_missing_header_is_said_and_its_line_read_as_data() {
    let case = Case::new();
    let input = case.write("export.zip", &canary_export());
    let (run, json) = case.json("headerless private files", &input, &[]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let json = json.expect("JSON report");
    let missing = vec![("missing_header".to_owned(), String::new())];
    for file in [
        "messages.csv",
        "Connections.csv",
        "PhoneNumbers.csv",
        "Logins.csv",
    ] {
        assert_eq!(warnings(&json, file), missing, "{file}");
    }
    // The first line counts: two messages, one connection, one phone number, one login.
    assert_eq!(category_records(&json, "messages"), Some(2));
    assert_eq!(category_records(&json, "network"), Some(1));
    assert_eq!(category_records(&json, "contact_info"), Some(1));
    assert_eq!(category_records(&json, "logins_security"), Some(1));
    // Read through the catalog's column order (same field count): dated.
    let logins = json["categories"]
        .as_array()
        .expect("categories")
        .iter()
        .find(|c| c["id"] == "logins_security")
        .expect("logins");
    assert_eq!(logins["first_date"], "2023-06-20");
    let unknown: Vec<(String, u64, bool, usize)> = json["unrecognised"]
        .as_array()
        .expect("unrecognised")
        .iter()
        .map(|u| {
            (
                u["path"].as_str().unwrap_or_default().to_owned(),
                u["records"].as_u64().unwrap_or_default(),
                u["header_missing"].as_bool().unwrap_or_default(),
                u["header"].as_array().map_or(0, Vec::len),
            )
        })
        .collect();
    assert_eq!(
        unknown,
        [
            ("Canary Plain.csv".to_owned(), 1, true, 0),
            ("Creator_Mode_Settings.csv".to_owned(), 1, false, 3),
            ("Notes.csv".to_owned(), 2, true, 0),
        ]
    );
    let table = case.table("headerless private files, table", &input, &[]);
    assert!(
        table
            .stdout
            .contains("messages.csv: the header line is missing"),
        "{}",
        table.stdout
    );
    assert!(
        table
            .stdout
            .contains("Notes.csv: 2 records (its first line looks like data"),
        "{}",
        table.stdout
    );
}

// ---------------------------------------------------------------------------------------------
// Continuation lines and date shapes (issue 11, item 6)

#[test]
fn rows_dated_in_any_linkedin_shape_are_not_continuation_lines() {
    let case = Case::new();
    let shares = b"Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n\
        2023-06-20 12:25:51,https://x/1,one,,,MEMBER_NETWORK\n\
        Tue Jun 20 12:25:51 UTC 2023,https://x/2,two,,,MEMBER_NETWORK\n\
        04 Jul 2023,https://x/3,three,,,MEMBER_NETWORK\n\
        \x202023-07-05 10:00:00,https://x/4,four,,,MEMBER_NETWORK\n\
        2023/07/06 10:00:00 UTC,https://x/5,five,,,MEMBER_NETWORK\n\
        \"6/17/23, 6:18 AM\",https://x/6,six,,,MEMBER_NETWORK\n\
        \"Jul 8, 2023\",https://x/7,seven,,,MEMBER_NETWORK\n\
        07/09/23 10:00 AM UTC,https://x/8,eight,,,MEMBER_NETWORK\n\
        \"04/25/25, 07:49 AM\",https://x/9,nine,,,MEMBER_NETWORK\n\
        Wed Dec 24 19:27:37 UTC 2025,https://x/10,ten,,,MEMBER_NETWORK\n\
        \t2023-07-11,https://x/11,eleven,,,MEMBER_NETWORK\n\
        2023-07-12 08:11 UTC,https://x/12,twelve,,,MEMBER_NETWORK\n";
    let input = case.write("export.zip", &small_export(&[("Shares.csv", shares)]));
    let (run, json) = case.json("twelve date shapes", &input, &[]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let json = json.expect("JSON report");
    assert_eq!(category_records(&json, "posts"), Some(12));
    assert_eq!(warnings(&json, "Shares.csv"), []);
}
