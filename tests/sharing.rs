//! Safe to share: the three disclosure levels across the five outputs (terminal, HTML, JSON,
//! letter, review list) on a generated export full of other people's names, and one member
//! per run.

use std::path::{Path, PathBuf};

use crate::analysis::tool;
use crate::support::sample_export::{SampleFile, zip_bytes};

/// Names of other people the export holds (connection, recommender, endorser, invitation and
/// message counterparts): none may reach a shareable or redacted output.
const OTHERS: &[&str] = &[
    "Quartzfield",
    "Vantablack",
    "Moonstone",
    "Tamarind",
    "Gallowglass",
    "PriyaMoonstone",
];
/// The member's own identifying facts.
const MEMBER: &[&str] = &[
    "Canary-Member",
    "zoe.member@example.com",
    "1990",
    "Lyon",
    "Auvergne",
];

fn file(path: &'static str, content: &str) -> SampleFile {
    SampleFile {
        path,
        content: content.as_bytes().to_vec(),
        modified: (2026, 11, 20, 10, 0, 0),
    }
}

/// A small export in which every source of other people's names appears.
pub fn names_export() -> Vec<SampleFile> {
    vec![
        file(
            "Profile.csv",
            "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\n\
             Zoé,Canary-Member,,,\"Mar 5, 1990\",Data lead,\"I work with Olivia Quartzfield.\",IT,69003,\"Lyon, Auvergne-Rhône-Alpes, France\",,,\n",
        ),
        file(
            "Email Addresses.csv",
            "Email Address,Confirmed,Primary,Updated On\nzoe.member@example.com,Yes,Yes,\"4/2/14, 8:15 PM\"\n",
        ),
        file(
            "Connections.csv",
            "Notes:\n\"When exporting your connection data, you may notice that some of the email addresses are missing.\"\n\n\
             First Name,Last Name,URL,Email Address,Company,Position,Connected On\n\
             Olivia,Quartzfield,https://www.linkedin.com/in/olivia-quartzfield,olivia@example.net,Acme,CTO,04 Jul 2023\n",
        ),
        file(
            "Recommendations_Received.csv",
            "First Name,Last Name,Company,Job Title,Text,Creation Date,Status\n\
             Bruno,Vantablack,Acme,CEO,\"Zoé is a great colleague.\",\"04/25/25, 07:49 AM\",VISIBLE\n",
        ),
        file(
            "Endorsement_Received_Info.csv",
            "Endorsement Date,Skill Name,Endorser First Name,Endorser Last Name,Endorser Public Url,Endorsement Status\n\
             2021/12/16 12:56:17 UTC,SQL,Priya,Moonstone,www.linkedin.com/in/priya-moonstone,ACCEPTED\n",
        ),
        file(
            "Invitations.csv",
            "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n\
             Hugo Tamarind,Zoé Canary-Member,\"6/17/23, 6:18 AM\",,INCOMING,https://www.linkedin.com/in/hugo-tamarind,https://www.linkedin.com/in/zoe\n",
        ),
        file(
            "messages.csv",
            "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\n\
             c1,,Ines Gallowglass,https://www.linkedin.com/in/ines,Zoé Canary-Member,https://www.linkedin.com/in/zoe,2023-07-10 15:47:10 UTC,,Hello,INBOX\n",
        ),
        file(
            "Shares.csv",
            "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n\
             2025-01-10 10:00:00,https://www.linkedin.com/feed/update/urn:li:activity:1,\"Great talk by Olivia Quartzfield and @Bruno Vantablack!\",,,MEMBER_NETWORK\n",
        ),
        file(
            "Comments.csv",
            "Date,Link,Message\n\
             2025-02-01 09:00:00,https://www.linkedin.com/feed/update/urn:li:activity:2,\"@PriyaMoonstone thanks, and HUGO TAMARIND too: https://www.linkedin.com/in/ines-gallowglass\"\n\
             2025-02-02 09:00:00,https://www.linkedin.com/feed/update/urn:li:activity:3,\"ines gallowglass agreed with me\"\n",
        ),
    ]
}

/// Writes `files` as `name` in a new temporary folder.
pub fn write_zip(dir: &Path, name: &str, files: &[SampleFile]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, zip_bytes(files)).expect("write zip");
    path
}

/// The five outputs of one run: terminal, HTML, JSON, letter, review list.
struct Outputs {
    terminal: String,
    html: String,
    json: String,
    letter: String,
    items: String,
}

impl Outputs {
    fn all(&self) -> [(&'static str, &str); 5] {
        [
            ("terminal", &self.terminal),
            ("html", &self.html),
            ("json", &self.json),
            ("letter", &self.letter),
            ("items", &self.items),
        ]
    }
}

fn run_all(extra: &[&str]) -> Outputs {
    let dir = tempfile::tempdir().expect("temp dir");
    let export = write_zip(
        dir.path(),
        "Complete_LinkedInDataExport_11-20-2026.zip",
        &names_export(),
    );
    let out = |name: &str| dir.path().join(name);
    let output = tool()
        .arg(&export)
        .arg("--html")
        .arg(out("r.html"))
        .arg("--json")
        .arg(out("r.json"))
        .arg("--letter")
        .arg(out("letter.txt"))
        .arg("--items")
        .arg(out("items.csv"))
        .args(["--quiet", "--width", "100"])
        .args(extra)
        .output()
        .expect("runs");
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let read = |name: &str| std::fs::read_to_string(out(name)).expect("output written");
    Outputs {
        terminal: String::from_utf8_lossy(&output.stdout).into_owned(),
        html: read("r.html"),
        json: read("r.json"),
        letter: read("letter.txt"),
        items: read("items.csv"),
    }
}

fn assert_absent(outputs: &Outputs, which: &[&str], words: &[&str]) {
    for (name, text) in outputs.all() {
        if !which.contains(&name) {
            continue;
        }
        for word in words {
            assert!(
                !text.to_lowercase().contains(&word.to_lowercase()),
                "{word:?} in the {name} output:\n{text}"
            );
        }
    }
}

#[test]
fn the_default_outputs_name_nobody_and_give_no_age_or_address() {
    let outputs = run_all(&[]);
    // The letter is the member's own (it carries their name and e-mail by design).
    let shareable = ["terminal", "html", "json", "items"];
    assert_absent(&outputs, &shareable, OTHERS);
    assert_absent(&outputs, &shareable, MEMBER);
    assert_absent(&outputs, &["letter"], OTHERS);
    let json: serde_json::Value = serde_json::from_str(&outputs.json).expect("JSON");
    let member = &json["member"];
    assert_eq!(json["disclosure"], "shareable");
    assert_eq!(member["name"], serde_json::Value::Null);
    assert_eq!(member["age_years"], serde_json::Value::Null);
    assert_eq!(member["country"], serde_json::Value::Null);
    assert_eq!(member["region"], "eu");
    // The country shows only through the national authority.
    assert!(outputs.html.contains("cnil.fr"));
    let excerpts: Vec<&str> = json["categories"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|c| c["excerpts"].as_array().into_iter().flatten())
        .filter_map(|e| e["text"].as_str())
        .collect();
    assert_eq!(
        excerpts,
        [
            "Data lead",
            "I work with [name].",
            "Great talk by [name] and [name]!",
            "[name] agreed with me",
            "[name] thanks, and [name] too: [name]",
        ]
    );
    assert!(
        outputs
            .items
            .contains("Posts,2025-01-10,https://www.linkedin.com/feed/update/urn:li:activity:1,Great talk by [name] and [name]!,"),
        "{}",
        outputs.items
    );
    assert!(outputs.letter.starts_with("Zoé Canary-Member\n"));
    assert!(outputs.letter.contains("zoe.member@example.com"));
}

#[test]
fn private_outputs_show_everything_and_say_so() {
    let outputs = run_all(&["--private"]);
    for needed in [
        "Zoé Canary-Member",
        "Olivia Quartzfield",
        "@Bruno Vantablack",
    ] {
        assert!(outputs.html.contains(needed), "{needed} missing");
    }
    assert!(outputs.html.contains("Private copy, for your eyes only"));
    let json: serde_json::Value = serde_json::from_str(&outputs.json).expect("JSON");
    assert_eq!(json["disclosure"], "private");
    assert_eq!(json["member"]["name"], "Zoé Canary-Member");
    assert_eq!(json["member"]["age_years"], 36);
    assert_eq!(json["member"]["country"], "France");
    assert!(outputs.terminal.contains("Age: 36"), "{}", outputs.terminal);
    assert!(outputs.items.contains("@Bruno Vantablack"));
}

#[test]
fn redacted_outputs_hold_figures_only() {
    let outputs = run_all(&["--redact"]);
    let all = ["terminal", "html", "json", "letter", "items"];
    assert_absent(&outputs, &all, OTHERS);
    assert_absent(&outputs, &all, MEMBER);
    // No excerpt, no link to an item, no file name.
    assert_absent(
        &outputs,
        &all,
        &[
            "Great talk",
            "agreed with me",
            "Data lead",
            "urn:li:activity",
            "LinkedInDataExport",
            "Shares.csv",
            "Comments.csv",
            "Zoé",
            "[name]",
        ],
    );
    assert!(
        !outputs
            .terminal
            .lines()
            .any(|line| line.starts_with("  : ")),
        "{}",
        outputs.terminal
    );
    assert_eq!(
        outputs.items,
        "\u{FEFF}Category,Date,Items\r\n\
         \"Profile (headline, summary)\",,1\r\n\
         Recommendations received,2025-04-25,1\r\n\
         Endorsements received,2021-12-16,1\r\n\
         Posts,2025-01-10,1\r\n\
         Comments,2025-02-01,1\r\n\
         Comments,2025-02-02,1\r\n"
    );
    assert!(
        outputs.letter.starts_with("[your name]\n"),
        "{}",
        outputs.letter
    );
}

/// `names_export` with another member's profile and address.
fn someone_else() -> Vec<SampleFile> {
    let mut files = names_export();
    for file in &mut files {
        let text = String::from_utf8(file.content.clone()).expect("UTF-8");
        file.content = text
            .replace("Zoé,Canary-Member", "Jules,Otherperson")
            .replace("zoe.member@example.com", "jules@example.org")
            .into_bytes();
    }
    files
}

#[test]
fn two_members_exports_are_refused_naming_both() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mine = write_zip(dir.path(), "mine.zip", &names_export());
    let theirs = write_zip(dir.path(), "theirs.zip", &someone_else());
    let output = tool()
        .current_dir(dir.path())
        .args(["mine.zip", "theirs.zip"])
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "linkedin-exposure: \"mine.zip\" (Zoé Canary-Member) and \"theirs.zip\" (Jules Otherperson) are the exports of two different members: run the tool on one member's export at a time (their Basic and Complete archives may go together)\n"
    );
    assert!(output.stdout.is_empty());
    // Nothing was written.
    assert!(mine.exists() && theirs.exists());
    assert_eq!(std::fs::read_dir(dir.path()).expect("dir").count(), 2);
}

#[test]
fn basic_and_complete_of_one_member_merge_with_one_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    let complete = write_zip(dir.path(), "complete.zip", &names_export());
    let basic: Vec<SampleFile> = names_export()
        .into_iter()
        .filter(|f| ["Profile.csv", "Email Addresses.csv", "Connections.csv"].contains(&f.path))
        .collect();
    let basic = write_zip(dir.path(), "basic.zip", &basic);
    let output = tool()
        .arg(&complete)
        .arg(&basic)
        .args(["--no-html", "--width", "100"])
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(0));
    let stdout = String::from_utf8_lossy(&output.stdout);
    let lines: Vec<&str> = stdout
        .lines()
        .filter(|line| {
            let lower = line.to_lowercase();
            lower.contains("merged") || lower.contains("several inputs")
        })
        .collect();
    assert_eq!(
        lines,
        ["Merged 2 exports of the same member: the 3 files they both hold were counted once."]
    );
}

/// Lines longer than `width` characters that are not a bare URL (alone on their line, after
/// the indentation).
fn overlong(text: &str, width: usize) -> Vec<String> {
    text.lines()
        .filter(|line| line.chars().count() > width)
        .filter(|line| {
            let rest = line.trim_start().trim_start_matches("• ");
            !rest.starts_with("https://") || rest.contains(' ')
        })
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_terminal_fits_80_columns_and_the_table_45_lines_at_120() {
    for lang in ["en", "fr"] {
        for extra in [&[][..], &["--private"], &["--redact"]] {
            let output = tool()
                .arg(crate::analysis::fixture("sample-export.zip"))
                .args(["--no-html", "--width", "80", "--lang", lang])
                .args(extra)
                .output()
                .expect("runs");
            let stdout = String::from_utf8_lossy(&output.stdout);
            assert_eq!(overlong(&stdout, 80), Vec::<String>::new(), "{stdout}");
            // No word cut in the middle: every word of the table is whole.
            assert!(!stdout.contains("Recommendatio\n"), "{stdout}");
        }
    }
    let output = tool()
        .arg(crate::analysis::fixture("sample-export.zip"))
        .args(["--no-html", "--width", "120"])
        .output()
        .expect("runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let table_lines = stdout.lines().take_while(|line| !line.is_empty()).count();
    assert_eq!(table_lines, 26, "{stdout}");
    assert!(table_lines <= 45);
    assert!(overlong(&stdout, 120).is_empty(), "{stdout}");
    assert!(stdout.contains(
        "Data privacy > How LinkedIn uses your data > Data for Generative AI Improvement"
    ));
}

#[test]
fn help_wraps_to_80_columns_and_ends_with_three_examples() {
    let output = tool()
        .env("COLUMNS", "80")
        .arg("--help")
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(0));
    let help = String::from_utf8_lossy(&output.stdout);
    assert_eq!(overlong(&help, 80), Vec::<String>::new(), "{help}");
    let examples = help.split("Examples:\n").nth(1).unwrap_or_default();
    let commands = examples
        .lines()
        .filter(|line| line.starts_with("  linkedin-exposure "))
        .count();
    assert_eq!(commands, 3, "{help}");
    assert!(help.trim_end().ends_with("the items as counts."), "{help}");
}

#[test]
fn locale_spellings_and_upper_case_regions_are_accepted_and_narrow_widths_refused() {
    let sample = crate::analysis::fixture("sample-export.zip");
    for args in [
        &["--lang", "fr-FR"][..],
        &["--lang", "fr_FR.UTF-8"],
        &["--region", "EU"],
    ] {
        let output = tool()
            .arg(&sample)
            .arg("--no-html")
            .args(args)
            .output()
            .expect("runs");
        assert_eq!(output.status.code(), Some(0), "{args:?}");
    }
    let output = tool()
        .arg(&sample)
        .args(["--no-html", "--width", "39"])
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("39"));
}

/// WCAG relative luminance of `#rrggbb`.
fn luminance(hex: &str) -> f64 {
    let channel = |i: usize| {
        let value = u8::from_str_radix(&hex[1 + 2 * i..3 + 2 * i], 16).expect("hex colour");
        let c = f64::from(value) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2)
}

fn contrast(a: &str, b: &str) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[test]
fn the_focus_ring_reaches_3_to_1_on_every_background() {
    let css =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("templates/report.css"))
            .expect("stylesheet");
    let rule = css
        .split("a:focus-visible, summary:focus-visible {")
        .nth(1)
        .and_then(|rest| rest.split('}').next())
        .expect("focus rule");
    let inner = "#111827";
    let outer = "#ffc857";
    assert!(
        rule.contains(&format!("outline: 3px solid {inner}")),
        "{rule}"
    );
    assert!(
        rule.contains(&format!("box-shadow: 0 0 0 5px {outer}")),
        "{rule}"
    );
    // Light page and cards, dark hero, dark scheme: one of the two rings reaches 3:1.
    for background in [
        "#f4f5f7", "#ffffff", "#13203a", "#1d3763", "#0e1116", "#161b22",
    ] {
        let best = contrast(inner, background).max(contrast(outer, background));
        assert!(best >= 3.0, "{background}: {best:.2}");
    }
    // And the two rings against each other, wherever they meet.
    assert!(contrast(inner, outer) >= 3.0);
}

#[test]
fn shared_pages_name_no_command_line_option_and_private_ones_may() {
    let dir = tempfile::tempdir().expect("temp dir");
    let export = write_zip(dir.path(), "export.zip", &names_export());
    for (extra, allowed) in [
        (&[][..], false),
        (&["--redact"], false),
        (&["--private"], true),
    ] {
        let page = dir.path().join("page.html");
        let output = tool()
            .arg(&export)
            .arg("--html")
            .arg(&page)
            .arg("--quiet")
            .args(extra)
            .output()
            .expect("runs");
        assert_eq!(output.status.code(), Some(0));
        let html = std::fs::read_to_string(&page).expect("page");
        let body = html.split("<body>").nth(1).unwrap_or_default();
        let options: Vec<&str> = body
            .match_indices("--")
            .filter(|(at, _)| body[at + 2..].starts_with(|c: char| c.is_ascii_lowercase()))
            .map(|(at, _)| &body[at..(at + 12).min(body.len())])
            .collect();
        if allowed {
            assert!(options.contains(&"--private fo"), "{options:?}");
        } else {
            assert_eq!(options, Vec::<&str>::new(), "{extra:?}");
        }
    }
}

#[test]
fn phone_numbers_and_email_addresses_the_member_wrote_stay_out_of_shared_pages() {
    // A text with contact details is flagged, so it is never one of the page's excerpts; the
    // review list quotes every item, and at the shareable level without the details.
    let dir = tempfile::tempdir().expect("temp dir");
    let export = write_zip(
        dir.path(),
        "export.zip",
        &[file(
            "Shares.csv",
            "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n\
             2025-01-10 10:00:00,https://www.linkedin.com/feed/update/urn:li:activity:1,\"Hiring! Call +33 6 12 34 56 78 or write to jane@example.org.\",,,PUBLIC\n",
        )],
    );
    for (extra, shown) in [(&[][..], false), (&["--private"], true)] {
        let out = |name: &str| dir.path().join(format!("{}{name}", extra.len()));
        let output = tool()
            .arg(&export)
            .arg("--html")
            .arg(out("r.html"))
            .arg("--json")
            .arg(out("r.json"))
            .arg("--items")
            .arg(out("items.csv"))
            .arg("--quiet")
            .args(extra)
            .output()
            .expect("runs");
        assert_eq!(output.status.code(), Some(0), "{extra:?}");
        for name in ["r.html", "r.json", "items.csv"] {
            let text = std::fs::read_to_string(out(name)).expect("output written");
            for private in ["+33 6 12 34 56 78", "jane@example.org"] {
                // The private JSON gives counts of flagged items, not their text.
                let expected = shown && name != "r.json";
                assert_eq!(
                    text.contains(private),
                    expected,
                    "{private} in {name} {extra:?}"
                );
            }
        }
        let items = std::fs::read_to_string(out("items.csv")).expect("items");
        assert_eq!(
            items.contains("Hiring! Call [name] or write to [name]."),
            !shown,
            "{items}"
        );
    }
}
