//! The sensitive-data flags end to end, through the binary: on an export with planted cases
//! (and false friends, a résumé and a private message that must not count), the JSON counts,
//! the review list's column, the terminal block, and HTML reports that give the counts but
//! never quote a flagged item; on the shipped sample, the counts it has.

use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use crate::analysis::{fixture, json_report, tool};
use crate::support::sample_export::{SampleFile, zip_bytes};

const HEALTH_POST: &str =
    "Six months ago I was diagnosed with breast cancer. Today I finished chemo.";
const PHONE_POST: &str = "Looking for a flatmate in Bristol, call me on 07700 900461.";
const PLAIN_POST: &str = "Our health check endpoint now returns the build hash.";
const UNION_COMMENT: &str = "As a union rep I negotiated our new remote work policy.";
const FALSE_FRIEND: &str = "The European Union fined them; version 10.2.1.4 is out.";
const RECOMMENDATION: &str =
    "I met Sam at my church choir and he is the most reliable engineer I know.";
const IBAN_COMMENT: &str = "Pay the deposit to DE89 3704 0044 0532 0130 00 please.";

/// An export whose own writing carries known flags. Every row is dated so the review list's
/// order is fixed.
fn planted_export(dir: &Path) -> PathBuf {
    let modified = (2026, 11, 20, 10, 0, 0);
    let file = |path: &'static str, content: String| SampleFile {
        path,
        content: content.into_bytes(),
        modified,
    };
    let profile = "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\n\
         Alex,Martin,,,,Data engineer,Write to alex.martin@example.org for freelance work.,,,\"Lyon, France\",,,\n"
        .to_owned();
    let shares = format!(
        "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n\
         2026-01-03 09:00:00,https://www.linkedin.com/feed/update/urn:li:share:1,\"{HEALTH_POST}\",,,MEMBER_NETWORK\n\
         2026-01-02 09:00:00,https://www.linkedin.com/feed/update/urn:li:share:2,\"{PHONE_POST}\",,,MEMBER_NETWORK\n\
         2026-01-01 09:00:00,https://www.linkedin.com/feed/update/urn:li:share:3,\"{PLAIN_POST}\",,,MEMBER_NETWORK\n"
    );
    let comments = format!(
        "Date,Link,Message\n\
         2026-02-01 10:00:00,https://www.linkedin.com/feed/update/urn:li:activity:4,\"{UNION_COMMENT}\"\n\
         2026-02-02 10:00:00,https://www.linkedin.com/feed/update/urn:li:activity:5,\"{FALSE_FRIEND}\"\n\
         2026-02-03 10:00:00,https://www.linkedin.com/feed/update/urn:li:activity:6,\"{IBAN_COMMENT}\"\n"
    );
    let recommendations = "First Name,Last Name,Company,Job Title,Text,Creation Date,Status\n\
         Sam,Lee,Acme,CTO,I met Sam at my church choir and he is the most reliable engineer I know.,01/05/26,VISIBLE\n"
        .to_owned();
    let answers = "Question,Answer\nMobile phone number,+33 6 12 34 56 78\n".to_owned();
    // The résumé holds the member's own contact details by design: not scanned.
    let resume = "Private Identity Asset Name,Private Identity Asset Raw Text\n\
         cv.pdf,Alex Martin alex.martin@example.org +33 6 12 34 56 78\n"
        .to_owned();
    // Private messages are not under training: never scanned, never shown.
    let messages = "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\n\
         1,,Alex Martin,,Sam Lee,,2026-01-03 10:00:00 UTC,,I am HIV positive; call me on 06 12 34 56 78,INBOX\n"
        .to_owned();
    let files = vec![
        file("Profile.csv", profile),
        file("Shares.csv", shares),
        file("Comments.csv", comments),
        file("Recommendations_Given.csv", recommendations),
        file(
            "Jobs/Job Applicant Saved Screening Question Responses.csv",
            answers,
        ),
        file("Private_identity_asset.csv", resume),
        file("messages.csv", messages),
    ];
    let path = dir.join("planted.zip");
    std::fs::write(&path, zip_bytes(&files)).expect("planted zip written");
    path
}

#[test]
fn json_counts_the_planted_flags() {
    let dir = tempfile::tempdir().expect("temp dir");
    let report = json_report(&[&planted_export(dir.path())]);
    assert_eq!(
        report["sensitive"],
        json!({
            "items_flagged": 7,
            "by_flag": {
                "email": 1, "phone": 2, "iban": 1, "health": 1, "religion": 1,
                "politics": 0, "union": 1, "sexuality": 0, "ethnicity": 0
            },
            "by_category": {
                "profile": 1, "posts": 2, "comments": 2, "recommendations_given": 1,
                "job_answers": 1
            }
        })
    );
}

#[test]
fn json_of_the_shipped_sample() {
    let report = json_report(&[&fixture("sample-export.zip")]);
    assert_eq!(report["sensitive"], sample_expected());
}

/// What the sample export's own writing may reveal (fixtures/README.md): the member's
/// mobile number given as a screening answer.
fn sample_expected() -> Value {
    json!({"items_flagged": 1, "by_flag": {
        "email": 0, "phone": 1, "iban": 0, "health": 0, "religion": 0, "politics": 0,
        "union": 0, "sexuality": 0, "ethnicity": 0
    }, "by_category": {"job_answers": 1}})
}

#[test]
fn review_list_names_each_items_flags() {
    let dir = tempfile::tempdir().expect("temp dir");
    let export = planted_export(dir.path());
    let items = dir.path().join("items.csv");
    let output = tool()
        .arg(&export)
        .arg("--items")
        .arg(&items)
        .args(["--no-html", "--quiet"])
        .output()
        .expect("runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let text = std::fs::read_to_string(&items).expect("items written");
    let mut reader = csv::Reader::from_reader(text.trim_start_matches('\u{FEFF}').as_bytes());
    let header = reader.headers().expect("header").clone();
    assert_eq!(header.get(4), Some("May reveal"));
    let all: Vec<(String, String)> = reader
        .records()
        .map(|row| {
            let row = row.expect("row");
            (
                row.get(3).unwrap_or_default().to_owned(),
                row.get(4).unwrap_or_default().to_owned(),
            )
        })
        .collect();
    let mut rows: Vec<(String, String)> = all
        .iter()
        .filter(|(_, flags)| !flags.is_empty())
        .cloned()
        .collect();
    rows.sort();
    let mut expected = vec![
        (HEALTH_POST.to_owned(), "health".to_owned()),
        // The shareable list quotes the post without the number.
        (
            "Looking for a flatmate in Bristol, call me on [name].".to_owned(),
            "phone".to_owned(),
        ),
        (UNION_COMMENT.to_owned(), "union".to_owned()),
        // … and without the account number.
        (
            "Pay the deposit to [name] please.".to_owned(),
            "iban".to_owned(),
        ),
        // Recommendations given and screening answers are listed with their flags but never
        // quoted: the review list quotes only writing that has excerpts in every output.
        (String::new(), "religion".to_owned()),
        (String::new(), "phone".to_owned()),
        ("Data engineer".to_owned(), "email".to_owned()),
    ];
    expected.sort();
    assert_eq!(rows, expected);
    assert!(
        !text.contains(RECOMMENDATION),
        "a recommendation given is never quoted"
    );
    // The false friends and the plain post are listed without a flag.
    for unflagged in [FALSE_FRIEND, PLAIN_POST] {
        assert!(
            all.contains(&(unflagged.to_owned(), String::new())),
            "{unflagged}"
        );
    }
}

#[test]
fn terminal_shows_counts_and_what_to_do() {
    let dir = tempfile::tempdir().expect("temp dir");
    let output = tool()
        .arg(planted_export(dir.path()))
        .args(["--no-html"])
        .output()
        .expect("runs");
    let out = String::from_utf8_lossy(&output.stdout);
    let block = out
        .split("\nWhat your writing may reveal\n")
        .nth(1)
        .expect("the block is shown");
    let block: Vec<&str> = block.lines().take(11).collect();
    assert_eq!(
        block,
        [
            "7 items of your own writing under AI training may reveal personal or sensitive data:",
            "  an e-mail address: 1",
            "  a phone number: 2",
            "  a bank account number (IBAN): 1",
            "  health: 1",
            "  religion or belief: 1",
            "  trade-union membership: 1",
            "Review each flagged item: delete it, edit it to take the detail out, or restrict who can see it. The review list (--items FILE) names them in its \"May reveal\" column.",
            "Health, religion or belief, political opinions, trade-union membership, sexual orientation and racial or ethnic origin are special categories of personal data (GDPR art. 9), which LinkedIn says it filters from training only in part.",
            "This check is automatic and cautious: it reads English and French, it can miss items and it can be wrong. What it finds stays on your computer.",
            "",
        ]
    );
    assert!(!out.contains(HEALTH_POST));
}

/// The HTML report of the planted export with `extra` arguments.
fn page(extra: &[&str]) -> String {
    let dir = tempfile::tempdir().expect("temp dir");
    let export = planted_export(dir.path());
    let html = dir.path().join("report.html");
    let output = tool()
        .arg(&export)
        .arg("--html")
        .arg(&html)
        .arg("--quiet")
        .args(extra)
        .output()
        .expect("runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    std::fs::read_to_string(&html).expect("page written")
}

#[test]
fn default_and_redacted_html_count_but_never_quote_a_flagged_item() {
    for extra in [&[][..], &["--redact"][..]] {
        let page = page(extra);
        assert!(page.contains("What your writing may reveal"), "{extra:?}");
        assert!(page.contains("<li>health: 1</li>"), "{extra:?}");
        for flagged in [
            "diagnosed with breast cancer",
            "07700 900461",
            "union rep",
            "DE89",
            "church choir",
            "alex.martin@example.org",
            "HIV",
        ] {
            assert!(!page.contains(flagged), "{extra:?}: {flagged} quoted");
        }
    }
    // The default report still quotes unflagged posts.
    assert!(page(&[]).contains(PLAIN_POST));
}

/// The member's own page quotes the flagged items, each with its category and flags.
#[test]
fn the_private_page_quotes_the_flagged_items() {
    let page = page(&["--private"]);
    assert!(page.contains("<h3>The flagged items (on this private page only):</h3>"));
    assert!(page.contains(HEALTH_POST), "health post quoted");
    assert!(page.contains("07700 900461"), "phone quoted");
    assert!(page.contains("(a phone number): "), "phone flag named");
    // An unflagged post is no flagged item.
    let items = page
        .split("<h3>The flagged items")
        .nth(1)
        .and_then(|rest| rest.split("</ul>").next())
        .unwrap_or("");
    assert!(!items.contains(PLAIN_POST));
    assert_eq!(items.matches("<li dir=\"auto\">").count(), 7, "{items}");
}

#[test]
fn french_block() {
    let dir = tempfile::tempdir().expect("temp dir");
    let output = tool()
        .arg(planted_export(dir.path()))
        .args(["--no-html", "--lang", "fr"])
        .output()
        .expect("runs");
    let out = String::from_utf8_lossy(&output.stdout);
    assert!(out.contains("Ce que vos écrits peuvent révéler\n7 éléments de vos propres écrits soumis à l'entraînement de l'IA peuvent révéler des données personnelles ou sensibles\u{202F}:\n  une adresse électronique\u{202F}: 1\n"), "{out}");
}
