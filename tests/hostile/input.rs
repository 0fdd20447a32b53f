//! Hostile inputs, second round: private values through headerless and unknown files (a
//! canary placed in them must reach no output, with or without `--redact`), continuation
//! lines and date shapes, unreadable entries, malformed extra fields, duplicates by content,
//! UTF-16 files, fake end records, nested zips, and the mistakes a member makes (a report or a
//! Downloads folder given as the export).

use std::ffi::OsStr;
use std::fs;
use std::path::Path;

use serde_json::Value;

use super::{Case, category_records, small_export};
use crate::support::report::warnings;

// ---------------------------------------------------------------------------------------------
// Private canaries

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
// Continuation lines and date shapes

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

// ---------------------------------------------------------------------------------------------
// Unreadable entries, nested zips, folders of zips, reports

/// The two small-export entries and `extra` with the compression method of every entry set
/// to `method` and the encryption flag to `encrypted`.
fn every_entry_patched(method: Option<u16>, encrypted: bool) -> Vec<u8> {
    let mut zip = small_export(&[]);
    for name in [&b"Profile.csv"[..], b"Skills.csv"] {
        super::patch_headers(&mut zip, name, |h, central| {
            if let Some(method) = method {
                let at = if central { 10 } else { 8 };
                h[at..at + 2].copy_from_slice(&method.to_le_bytes());
            }
            if encrypted {
                h[if central { 8 } else { 6 }] |= 1;
            }
        });
    }
    zip
}

#[test]
fn every_entry_undecodable_says_so_and_what_to_do() {
    let case = Case::new();
    let cases = [
        ("LZMA", every_entry_patched(Some(14), false)),
        ("zstd", every_entry_patched(Some(93), false)),
        ("AES", every_entry_patched(Some(99), true)),
        ("ZipCrypto", every_entry_patched(None, true)),
    ];
    for (what, zip) in cases {
        let input = case.write("export.zip", &zip);
        let run = case.table(what, &input, &[]);
        super::assert_fails_with(
            &run,
            &format!(
                "\"{}\": every entry uses a compression method or an encryption this tool cannot read (LinkedIn's own archives use neither): download the archive again from LinkedIn and give it as downloaded, without re-compressing it or protecting it with a password",
                input.display()
            ),
        );
    }
    let input = case.write("export.zip", &every_entry_patched(Some(14), false));
    let run = case.table("LZMA, French", &input, &["--lang", "fr"]);
    assert_eq!(run.code, Some(2));
    assert!(
        run.stderr
            .contains("chaque fichier utilise une méthode de compression"),
        "{}",
        run.stderr
    );
}

#[test]
fn an_export_zipped_inside_another_zip_is_named() {
    let case = Case::new();
    let inner = small_export(&[]);
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    writer
        .start_file("Complete_LinkedInDataExport_12-27-2025.zip", options)
        .expect("entry");
    std::io::Write::write_all(&mut writer, &inner).expect("data");
    let outer = writer.finish().expect("finish").into_inner();
    let input = case.write("Archive.zip", &outer);
    let run = case.table("zip in a zip", &input, &[]);
    super::assert_fails_with(
        &run,
        &format!(
            "\"{}\" holds another zip, \"Complete_LinkedInDataExport_12-27-2025.zip\", and no LinkedIn file of its own: extract \"Complete_LinkedInDataExport_12-27-2025.zip\" from it and run this tool on that zip",
            input.display()
        ),
    );
}

#[test]
fn a_downloads_folder_of_export_zips_names_them_and_the_newest() {
    let case = Case::new();
    let downloads = case.path("Downloads");
    fs::create_dir(&downloads).expect("mkdir");
    let zip = small_export(&[]);
    for name in [
        "Basic_LinkedInDataExport_03-01-2025.zip",
        "Complete_LinkedInDataExport_11-27-2025.zip",
        "Complete_LinkedInDataExport_03-02-2025.zip",
    ] {
        fs::write(downloads.join(name), &zip).expect("write");
    }
    fs::write(downloads.join("holiday.jpg"), b"\xFF\xD8\xFF").expect("write");
    let run = case.table("Downloads folder", &downloads, &[]);
    super::assert_fails_with(
        &run,
        &format!(
            "\"{0}\" is not an export but holds 3 zip files (\"Complete_LinkedInDataExport_11-27-2025.zip\", \"Complete_LinkedInDataExport_03-02-2025.zip\", \"Basic_LinkedInDataExport_03-01-2025.zip\"): run this tool on the newest, \"{0}/Complete_LinkedInDataExport_11-27-2025.zip\"",
            downloads.display()
        ),
    );
}

#[test]
fn a_report_this_tool_wrote_is_not_taken_for_an_export() {
    let case = Case::new();
    let input = case.write("export.zip", &small_export(&[]));
    let (html, json) = (case.path("report.html"), case.path("report.json"));
    let args: Vec<&OsStr> = vec![
        input.as_os_str(),
        OsStr::new("--html"),
        html.as_os_str(),
        OsStr::new("--json"),
        json.as_os_str(),
        OsStr::new("--quiet"),
    ];
    let run = case.run("writing the reports", &args);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    for report in [&html, &json] {
        for lang in ["en", "fr"] {
            let run = case.table("a report as input", report, &["--lang", lang]);
            let expected = if lang == "en" {
                format!(
                    "\"{}\" is a report written by linkedin-exposure, not an export: give the LinkedIn data export it was made from (the .zip you downloaded, or the folder you extracted it to)",
                    report.display()
                )
            } else {
                format!(
                    "«\u{a0}{}\u{a0}» est un rapport écrit par linkedin-exposure, pas un export\u{202f}: indiquez l’export de données LinkedIn dont il est tiré (le fichier .zip téléchargé, ou le dossier où vous l’avez extrait)",
                    report.display()
                )
            };
            super::assert_fails_with(&run, &expected);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Directory records: forged end records, malformed extra fields

/// A stored zip written by hand, each entry with `extra` as its extra field in both headers.
fn zip_with_extra(entries: &[(&str, &[u8], &[u8])]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for (name, data, extra) in entries {
        let offset = out.len() as u32;
        let crc = super::crc32(0, data);
        let fixed = |out: &mut Vec<u8>| {
            out.extend_from_slice(&20u16.to_le_bytes()); // version needed
            out.extend_from_slice(&0u16.to_le_bytes()); // flags
            out.extend_from_slice(&0u16.to_le_bytes()); // stored
            out.extend_from_slice(&0u16.to_le_bytes()); // time
            out.extend_from_slice(&0x5B7Cu16.to_le_bytes()); // date
            out.extend_from_slice(&crc.to_le_bytes());
            out.extend_from_slice(&(data.len() as u32).to_le_bytes());
            out.extend_from_slice(&(data.len() as u32).to_le_bytes());
            out.extend_from_slice(&(name.len() as u16).to_le_bytes());
            out.extend_from_slice(&(extra.len() as u16).to_le_bytes());
        };
        out.extend_from_slice(b"PK\x03\x04");
        fixed(&mut out);
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(extra);
        out.extend_from_slice(data);
        central.extend_from_slice(b"PK\x01\x02");
        central.extend_from_slice(&0x0314u16.to_le_bytes()); // made by: Unix
        fixed(&mut central);
        central.extend_from_slice(&[0; 6]); // comment length, disk, internal attributes
        central.extend_from_slice(&(0o100_644u32 << 16).to_le_bytes());
        central.extend_from_slice(&offset.to_le_bytes());
        central.extend_from_slice(name.as_bytes());
        central.extend_from_slice(extra);
    }
    let start = out.len() as u32;
    out.extend_from_slice(&central);
    out.extend_from_slice(b"PK\x05\x06\0\0\0\0");
    out.extend_from_slice(&(entries.len() as u16).to_le_bytes());
    out.extend_from_slice(&(entries.len() as u16).to_le_bytes());
    out.extend_from_slice(&(central.len() as u32).to_le_bytes());
    out.extend_from_slice(&start.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out
}

const SKILLS: &[u8] = b"Name\nRust\nSQL\n";
const PROFILE: &[u8] = b"First Name,Last Name,Headline\nAnn,Lee,Engineer\n";

#[test]
fn malformed_extra_fields_cost_no_entry_whose_data_is_intact() {
    let case = Case::new();
    let extras: [(&str, Vec<u8>); 5] = [
        // A field whose length runs past the extra data.
        ("overrun", vec![0xFE, 0xCA, 40, 0, 1, 2]),
        // An Info-ZIP Unicode path too short for its version and CRC.
        ("short Unicode path", vec![0x75, 0x70, 3, 0, 1, 0, 0]),
        // An extended timestamp of one byte (flags only).
        ("short timestamp", vec![0x55, 0x54, 1, 0, 1]),
        // A zip64 field on an entry that needs none, too short.
        ("zip64", vec![1, 0, 4, 0, 0, 0, 0, 0]),
        // Three stray bytes.
        ("three bytes", vec![1, 2, 3]),
    ];
    for (what, extra) in extras {
        let zip = zip_with_extra(&[
            ("Profile.csv", PROFILE, &extra),
            ("Skills.csv", SKILLS, &[]),
        ]);
        let input = case.write("export.zip", &zip);
        let (run, json) = case.json(what, &input, &[]);
        assert_eq!(run.code, Some(0), "{what}: {}", run.stderr);
        let json = json.expect("JSON report");
        assert_eq!(category_records(&json, "profile"), Some(1), "{what}");
        assert_eq!(category_records(&json, "skills"), Some(2), "{what}");
    }
}

#[test]
fn an_end_record_forged_in_the_comment_hides_nothing() {
    let case = Case::new();
    let mut zip = zip_with_extra(&[("Profile.csv", PROFILE, &[]), ("Skills.csv", SKILLS, &[])]);
    // The comment: text, then an end record declaring an empty archive, ending the file as a
    // real one would.
    let mut comment = b"exported ".to_vec();
    comment.extend_from_slice(b"PK\x05\x06");
    comment.extend_from_slice(&[0; 18]);
    let at = zip.len() - 2;
    zip[at..].copy_from_slice(&(comment.len() as u16).to_le_bytes());
    zip.extend_from_slice(&comment);
    let input = case.write("export.zip", &zip);
    let (run, json) = case.json("forged end record", &input, &[]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let json = json.expect("JSON report");
    assert_eq!(category_records(&json, "skills"), Some(2));
    assert_eq!(json["problems"], Value::Array(Vec::new()));
}

// ---------------------------------------------------------------------------------------------
// Duplicates by content

#[test]
fn the_same_folder_twice_with_a_flattened_copy_counts_each_file_once() {
    let case = Case::new();
    let root = case.path("export");
    fs::create_dir_all(root.join("backup")).expect("mkdir");
    fs::write(root.join("Profile.csv"), PROFILE).expect("write");
    fs::write(root.join("Skills.csv"), SKILLS).expect("write");
    fs::write(root.join("backup/Skills.csv"), SKILLS).expect("write");
    // Same name, other content: both count (parts, other folders).
    fs::write(root.join("backup/Profile.csv"), b"Headline\nOther\n").expect("write");
    let again = root.join("backup/..");
    let args: Vec<&OsStr> = vec![
        root.as_os_str(),
        again.as_os_str(),
        OsStr::new("--json"),
        OsStr::new("-"),
        OsStr::new("--no-html"),
        OsStr::new("--quiet"),
    ];
    let run = case.run("one folder twice", &args);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let json: Value = serde_json::from_str(&run.stdout).expect("JSON");
    assert_eq!(json["inputs"].as_array().map(Vec::len), Some(1));
    assert_eq!(category_records(&json, "skills"), Some(2));
    assert_eq!(category_records(&json, "profile"), Some(2));
    assert_eq!(
        warnings(&json, "Skills.csv"),
        [("identical_copy".to_owned(), String::new())]
    );

    // The same in a zip: identical entries by size and CRC.
    let zip = zip_with_extra(&[
        ("Profile.csv", PROFILE, &[]),
        ("Skills.csv", SKILLS, &[]),
        ("backup/Skills.csv", SKILLS, &[]),
    ]);
    let input = case.write("export.zip", &zip);
    let (run, json) = case.json("a flattened copy in a zip", &input, &[]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_eq!(category_records(&json.expect("JSON"), "skills"), Some(2));
}

// ---------------------------------------------------------------------------------------------
// UTF-16 files

fn utf16le(text: &str) -> Vec<u8> {
    let mut out = vec![0xFF, 0xFE];
    for unit in text.encode_utf16() {
        out.extend_from_slice(&unit.to_le_bytes());
    }
    out
}

#[test]
fn utf16_files_are_decoded_not_read_as_nul_records() {
    let case = Case::new();
    // As in a 2022 export: UTF-16LE with a BOM, tab-separated, CRLF, a final line end.
    let endorsements = utf16le(
        "Endorsement Date\tSkill Name\tEndorser First Name\tEndorser Last Name\tEndorsement Status\r\n\
         2021/12/16 12:56:17 UTC\tRust\tAnn\tLee\tACCEPTED\r\n\
         2022/01/03 08:00:00 UTC\tSQL\tBo\tKim\tACCEPTED\r\n",
    );
    // UTF-16 with commas.
    let comments = utf16le("Date,Link,Message\n2022-03-04 10:00:00,https://x/1,Zoë writes\n");
    let zip = small_export(&[
        ("Endorsement Received Info.csv", &endorsements),
        ("Comments.csv", &comments),
    ]);
    let input = case.write("export.zip", &zip);
    let (run, json) = case.json("UTF-16 files", &input, &[]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let json = json.expect("JSON report");
    assert_eq!(category_records(&json, "endorsements_received"), Some(2));
    assert_eq!(warnings(&json, "Endorsement Received Info.csv"), []);
    assert_eq!(warnings(&json, "Comments.csv"), []);
    let comments = json["categories"]
        .as_array()
        .expect("categories")
        .iter()
        .find(|c| c["id"] == "comments")
        .expect("comments");
    assert_eq!(comments["records"], 1);
    assert_eq!(comments["undated"], 0);
    assert_eq!(comments["words"], 2);
}

// ---------------------------------------------------------------------------------------------
// Files new in 2025–2026 exports, Comments' `\"` after the sniffed prefix;
// media placeholder rows

const MESSAGE_HEADER: &[u8] = b"CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\n";

#[test]
fn files_new_in_2025_and_2026_are_classified() {
    let case = Case::new();
    let coach = b"conversation: 3f2c-0001\n\
        timestamp: 2025-05-01 10:00:00 UTC\n\
        user: REDACTED FOR DMA COMPLIANCE\n\
        coach: REDACTED FOR DMA COMPLIANCE\n\
        \n\
        conversation: 3f2c-0002\n\
        timestamp: 2025-06-02T08:30:00Z\n\
        user: How should I describe my role\n\
        coach: REDACTED FOR DMA COMPLIANCE\n";
    let guide = [
        MESSAGE_HEADER,
        b"c1,,Ann Lee,,Guide,,2025-07-01 10:00:00 UTC,,find me a job in Lyon,INBOX\n",
    ]
    .concat();
    let zip = small_export(&[
        (
            "Services Marketplace/Engagements.csv",
            b"Creation Time,Marketplace Type,Body,Currency Code,Currency Amount,Billing Time Unit,Free Consultation included\n\
              2025-03-01 10:00:00 UTC,SERVICE,Proposal text,EUR,500,HOURLY,true\n",
        ),
        (
            "Services Marketplace/Opprtunities.csv",
            b"Creation Time,Marketplace Type,Service Category,Location,Questions and Answers,Preferred Providers,Status\n\
              2025-03-02 10:00:00 UTC,SERVICE,Design,Lyon,,,OPEN\n\
              2025-03-03 10:00:00 UTC,SERVICE,Design,Lyon,,,CLOSED\n",
        ),
        ("guide_messages.csv", &guide),
        ("learning_role_play_messages.csv", MESSAGE_HEADER),
        ("LearningCoachMessages.csv", coach),
    ]);
    let input = case.write("export.zip", &zip);
    let (run, json) = case.json("2025-2026 files", &input, &[]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let json = json.expect("JSON report");
    assert_eq!(json["unrecognised"], Value::Array(Vec::new()));
    assert_eq!(category_records(&json, "services_marketplace"), Some(3));
    let market = json["categories"]
        .as_array()
        .expect("categories")
        .iter()
        .find(|c| c["id"] == "services_marketplace")
        .expect("services marketplace");
    assert_eq!(market["scope"], "not_used");
    assert_eq!(market["basis"], "not_listed");
    // Two coach conversations and one guide message; no missing-column warning.
    assert_eq!(category_records(&json, "ai_conversations"), Some(3));
    assert_eq!(warnings(&json, "LearningCoachMessages.csv"), []);
    assert_eq!(warnings(&json, "guide_messages.csv"), []);
    let conversations = json["categories"]
        .as_array()
        .expect("categories")
        .iter()
        .find(|c| c["id"] == "ai_conversations")
        .expect("AI conversations");
    assert_eq!(conversations["first_date"], "2025-05-01");
}

#[test]
fn comments_words_equal_the_file_read_record_by_record() {
    let case = Case::new();
    // 3,000 plain comments (past the sniffed prefix), then the file's first `\"` escapes,
    // one in a multi-line message.
    let mut comments = b"Date,Link,Message\n".to_vec();
    for i in 0..3000 {
        comments
            .extend_from_slice(format!("2025-01-01 10:00:00,https://x/{i},two words\n").as_bytes());
    }
    comments.extend_from_slice(b"2025-02-01 10:00:00,https://y/1,\"He said \\\" hi \\\" to me\"\n");
    comments.extend_from_slice(b"2025-02-02 10:00:00,https://y/2,\"a \\\"b\\\"\nc, d\"\n");
    comments.extend_from_slice(b"2025-03-01 10:00:00,https://z/1,last\n");
    let input = case.write("export.zip", &small_export(&[("Comments.csv", &comments)]));
    let (run, json) = case.json("late backslash escapes", &input, &[]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let json = json.expect("JSON report");
    let found = json["categories"]
        .as_array()
        .expect("categories")
        .iter()
        .find(|c| c["id"] == "comments")
        .expect("comments")
        .clone();
    assert_eq!(found["records"], 3003);
    // 6,000 + `He said " hi " to me` (7, the quotes alone are words) + `a "b" c, d` (4) + 1.
    assert_eq!(found["words"], 6000 + 7 + 4 + 1);
    assert_eq!(warnings(&json, "Comments.csv"), []);
}

#[test]
fn media_download_placeholders_are_not_media_items() {
    let case = Case::new();
    let zip = small_export(&[
        (
            "Rich Media.csv",
            b"Type,Link\nPhotos,Your photos can be downloaded at https://www.linkedin.com/psettings/member-data\nVideos,Your videos can be downloaded at https://www.linkedin.com/psettings/member-data\n",
        ),
        (
            "Rich_Media.csv",
            b"Date/Time,Media Description,Media Link\n\
              \"You uploaded a feed photo on November 3, 2025 at 8:15 AM (GMT)\",A view,https://media.licdn.com/x\n\
              ,Your media can be downloaded at https://www.linkedin.com/psettings/member-data,\n",
        ),
    ]);
    let input = case.write("export.zip", &zip);
    let (run, json) = case.json("media placeholders", &input, &[]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_eq!(category_records(&json.expect("JSON"), "media"), Some(1));
}

/// English words and phrases of the archive's messages: none may reach a French run.
const ENGLISH: &[&str] = &[
    " the ",
    "The ",
    "stopped",
    "damaged",
    "inside",
    "extract it",
    "download",
    "Invalid",
    "invalid ",
    "cannot",
    "not read",
    "raise ",
    " entries",
    " records",
    "genuine",
];

fn assert_french(what: &str, text: &str) {
    for english in ENGLISH {
        assert!(!text.contains(english), "{what}: {english:?} in {text}");
    }
}

#[test]
fn a_zip_inside_the_archive_and_damaged_zips_are_told_in_french() {
    let case = Case::new();
    // A zip inside the export, and a limit stopping a file.
    let input = case.write(
        "Complete_LinkedInDataExport_12-27-2025.zip",
        &small_export(&[("Inner.zip", &small_export(&[]))]),
    );
    let run = case.table(
        "zip inside, French",
        &input,
        &["--lang", "fr", "--max-records", "2"],
    );
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(
        run.stdout.contains(
            "Inner.zip\u{202f}: un zip dans l’archive\u{202f}: extrayez-le et indiquez ce zip intérieur"
        ),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains(
            "Skills.csv\u{202f}: arrêté\u{202f}: le fichier compte plus de 2 enregistrements (augmentez --max-records s’il est authentique)"
        ),
        "{}",
        run.stdout
    );
    assert_french("zip inside", &run.stdout);
    assert_french("zip inside", &run.stderr);

    // One entry's data damaged: a stored Skills.csv with one byte flipped (a bad checksum).
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    let skills = b"Name\nRust\nFrench\n";
    writer.start_file("Skills.csv", stored).expect("entry");
    std::io::Write::write_all(&mut writer, skills).expect("data");
    writer.start_file("Profile.csv", stored).expect("entry");
    std::io::Write::write_all(&mut writer, b"First Name,Last Name\nAda,Lovelace\n").expect("data");
    let mut zip = writer.finish().expect("finish").into_inner();
    let at = zip
        .windows(skills.len())
        .position(|w| w == skills)
        .expect("stored data");
    zip[at + 6] ^= 0x20;
    let input = case.write("crc.zip", &zip);
    let run = case.table("bad checksum, French", &input, &["--lang", "fr"]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(
        run.stdout.contains(
            "Skills.csv\u{202f}: les données sont endommagées (somme de contrôle invalide)\u{202f}: téléchargez à nouveau l’archive"
        ),
        "{}",
        run.stdout
    );
    assert_french("bad checksum", &run.stdout);
    assert_french("bad checksum", &run.stderr);

    // The whole table of contents zeroed: the zip cannot be opened.
    let cd = zip
        .windows(4)
        .position(|w| w == b"PK\x01\x02")
        .expect("central directory");
    let end = zip.len() - 22;
    zip[cd..end].fill(0);
    let input = case.write("zeroed.zip", &zip);
    let run = case.table("zeroed directory, French", &input, &["--lang", "fr"]);
    super::assert_fails_with(
        &run,
        &format!(
            "«\u{a0}{}\u{a0}» est une archive zip endommagée (table des matières invalide)\u{202f}: téléchargez-la à nouveau sur LinkedIn",
            input.display()
        ),
    );
    assert_french("zeroed directory", &run.stderr);
}
