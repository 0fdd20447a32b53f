//! The member-specific verdict end to end through the binary: region (flag and inferred from
//! the profile, English and French names), age and its edge cases, the JSON `member` and
//! guidance, the terminal's next steps, the objection letter, the review list and its
//! formula neutralisation, and the staleness warning. Every run fixes `--today`.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::{Value, json};
use tempfile::TempDir;

use crate::support::sample_export::{complete_files, zip_bytes};

const TODAY: &str = "2026-11-28";
const EMAIL: &str = "camille.durand-lefevre@example.com";
const DPC: &str = "https://www.dataprotection.ie";
const CNIL: &str = "https://www.cnil.fr";

fn sample() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join("sample-export.zip")
}

/// The binary in English, without colours, on `today`; wide enough that no sentence under the
/// table is wrapped, so that sentences compare whole.
fn tool(today: &str) -> Command {
    let mut command = Command::cargo_bin("linkedin-exposure").expect("binary built");
    command
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C")
        .env("NO_COLOR", "1")
        .args(["--today", today, "--no-html", "--quiet", "--width", "1000"]);
    command
}

fn succeed(command: &mut Command) -> String {
    let output = command.output().expect("runs");
    assert!(
        output.status.success(),
        "exit {:?}: {}",
        output.status.code(),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("UTF-8 output")
}

/// The member's age and country are shown only with `--private` (the default outputs are
/// shareable): these tests read them, so they ask for them unless they redact.
fn private(args: &[&str]) -> Vec<String> {
    let mut all: Vec<String> = args.iter().map(|a| a.to_string()).collect();
    if !args.contains(&"--redact") {
        all.push("--private".to_owned());
    }
    all
}

fn json(input: &Path, today: &str, args: &[&str]) -> Value {
    let text = succeed(
        tool(today)
            .arg(input)
            .args(["--json", "-"])
            .args(private(args)),
    );
    serde_json::from_str(&text).expect("valid JSON")
}

fn table(input: &Path, today: &str, args: &[&str]) -> String {
    succeed(tool(today).arg(input).args(private(args)))
}

/// The sample export with another Birth Date and Geo Location in Profile.csv.
fn sample_with(birth: &str, geo: &str) -> (TempDir, PathBuf) {
    let mut files = complete_files();
    let profile = files
        .iter_mut()
        .find(|file| file.path == "Profile.csv")
        .expect("sample has a profile");
    let text = String::from_utf8(profile.content.clone()).expect("UTF-8 profile");
    let quote = |value: &str| format!("\"{}\"", value.replace('"', "\"\""));
    let original = (",,,Apr 22,", "\"Lyon, Auvergne-Rhône-Alpes, France\"");
    assert!(text.contains(original.0) && text.contains(original.1));
    profile.content = text
        .replace(original.0, &format!(",,,{},", quote(birth)))
        .replace(original.1, &quote(geo))
        .into_bytes();
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("sample-export.zip");
    std::fs::write(&path, zip_bytes(&files)).expect("zip written");
    (dir, path)
}

fn member_of(birth: &str, geo: &str, today: &str, args: &[&str]) -> Value {
    let (_dir, path) = sample_with(birth, geo);
    json(&path, today, args)["member"].clone()
}

fn urls(member: &Value) -> Vec<String> {
    member["regulators"]
        .as_array()
        .map(|regulators| {
            regulators
                .iter()
                .filter_map(|r| r["url"].as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn the_sample_member_in_lyon_is_in_the_eu() {
    let report = json(&sample(), TODAY, &[]);
    assert_eq!(
        report["member"],
        json!({
            "name": "Camille Durand-Lefèvre",
            "region": "eu",
            "region_source": "profile",
            "country": "France",
            "subdivision": null,
            "age_years": null,
            "minor": null,
            "in_secondary_school": false,
            "training_since": "2025-11-03",
            "training_since_precision": "day",
            "training_history": [
                {"event": "started", "date": "2025-11-03", "precision": "day", "source": "privacy-notice-eu"},
                {"event": "scope_reduced", "date": "2025-11-07", "precision": "day", "source": "dpc-ie"}
            ],
            "controller": "linked_in_ireland",
            "law": "gdpr",
            "microsoft_training_sharing": false,
            "microsoft_ads_sharing": false,
            "regulators": [
                {
                    "name": "Data Protection Commission (DPC), Ireland",
                    "name_fr": "Commission de protection des données (DPC), Irlande",
                    "url": DPC,
                    "lead": true,
                    "country": null,
                    "subdivision": null,
                    "source": "dpc-ie"
                },
                {
                    "name": "Commission nationale de l'informatique et des libertés (CNIL)",
                    "name_fr": "Commission nationale de l'informatique et des libertés (CNIL)",
                    "url": CNIL,
                    "lead": false,
                    "country": "fr",
                    "subdivision": null,
                    "source": "authorities"
                }
            ],
            "country_code": "fr",
            "birth_date": "no_year",
            "age_at_training_start": null,
            "turns_18_on": null,
            "depends_on_region": []
        })
    );
    assert_eq!(
        report["guidance"],
        json!([
            {"id": "opt-out", "url": "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement", "region_dependent": false},
            {"id": "objection-form", "url": "https://www.linkedin.com/help/linkedin/ask/TS-DPRO", "region_dependent": false},
            {"id": "dpo", "url": "https://www.linkedin.com/help/linkedin/ask/TSO-DPO", "region_dependent": false},
            {"id": "delete-items", "url": null, "region_dependent": false},
            {"id": "deletion-form", "url": "https://www.linkedin.com/help/linkedin/ask/TS-DDF", "region_dependent": false},
            {"id": "close-account", "url": "https://www.linkedin.com/mypreferences/d/close-accounts", "region_dependent": false},
            {"id": "past-training", "url": "https://www.linkedin.com/help/linkedin/answer/a6278444", "region_dependent": false},
            {"id": "late-objection", "url": "https://www.garanteprivacy.it", "region_dependent": false},
            {"id": "complain", "url": null, "region_dependent": false}
        ])
    );
}

#[test]
fn each_region_flag_applies_its_rules() {
    // (flag, training since, Microsoft training sharing, Microsoft ads sharing, regulators)
    let cases: [(&str, &str, bool, bool, &[&str]); 8] = [
        ("eu", "2025-11-03", false, false, &[DPC, CNIL]),
        // The profile says France, an EEA country too: its authority is named.
        ("eea", "2025-11-03", false, false, &[DPC, CNIL]),
        (
            "ch",
            "2025-11-03",
            false,
            false,
            &["https://www.edoeb.admin.ch"],
        ),
        ("uk", "2025-11-03", true, false, &["https://ico.org.uk"]),
        ("ca", "2025-11-03", false, true, &["https://www.priv.gc.ca"]),
        (
            "hk",
            "2025-11-03",
            false,
            true,
            &["https://www.pcpd.org.hk"],
        ),
        ("us", "2024-09-18", false, true, &[]),
        ("other", "2024-09-18", false, true, &[]),
    ];
    for (flag, since, ms_training, ms_ads, regulators) in cases {
        let member = &json(&sample(), TODAY, &["--region", flag])["member"];
        assert_eq!(member["region"], flag);
        assert_eq!(member["region_source"], "flag", "{flag}");
        assert_eq!(member["country"], "France", "{flag}");
        assert_eq!(member["training_since"], since, "{flag}");
        assert_eq!(member["microsoft_training_sharing"], ms_training, "{flag}");
        assert_eq!(member["microsoft_ads_sharing"], ms_ads, "{flag}");
        assert_eq!(urls(member), regulators, "{flag}");
    }
}

#[test]
fn the_region_changes_the_next_steps_in_the_terminal() {
    let eu = table(&sample(), TODAY, &[]);
    assert!(eu.contains("Your region: European Union (from your profile's location: France). LinkedIn has used your data to train its generative AI since 3 November 2025, unless you switched the setting off."), "{eu}");
    assert!(eu.contains("  • An objection made after 3 November 2025 only covers what you publish afterwards (Italian authority, Garante)."));
    assert!(eu.contains("  • Complain to: Data Protection Commission (DPC), Ireland, lead authority, https://www.dataprotection.ie · Commission nationale de l'informatique et des libertés (CNIL) https://www.cnil.fr"));
    assert!(!eu.contains("Microsoft"));

    let us = table(&sample(), TODAY, &["--region", "us"]);
    assert!(us.contains("since 18 September 2024 at the latest"), "{us}");
    assert!(us.contains("  • Also switch off the sharing with Microsoft for ads: https://www.linkedin.com/mypreferences/s/settings/share-data-with-trusted-partners"));
    assert!(!us.contains("Garante"));
    assert!(!us.contains("Complain"));

    let uk = table(&sample(), TODAY, &["--region", "uk"]);
    assert!(uk.contains("  • UK: the same setting also stops the sharing of your posts, comments, articles and videos with Microsoft for Microsoft's own AI training."), "{uk}");
    assert!(
        uk.contains("  • Complain to: Information Commissioner's Office (ICO), United Kingdom https://ico.org.uk")
    );
}

#[test]
fn countries_are_inferred_from_english_and_french_names() {
    // (Geo Location, region, country)
    let cases = [
        ("London, England, United Kingdom", "uk", "United Kingdom"),
        ("Londres, Angleterre, Royaume-Uni", "uk", "United Kingdom"),
        ("Toronto, Ontario, Canada", "ca", "Canada"),
        ("Chicago, Illinois, United States", "us", "United States"),
        ("New York, New York, États-Unis", "us", "United States"),
        ("Berlin, Allemagne", "eu", "Germany"),
        ("Genève, Suisse", "ch", "Switzerland"),
        ("Zurich, Switzerland", "ch", "Switzerland"),
        ("Hong Kong SAR", "hk", "Hong Kong"),
        ("Oslo, Norvège", "eea", "Norway"),
    ];
    for (geo, region, country) in cases {
        let member = member_of("Apr 22", geo, TODAY, &[]);
        assert_eq!(member["region"], region, "{geo}");
        assert_eq!(member["region_source"], "profile", "{geo}");
        assert_eq!(member["country"], country, "{geo}");
    }
    let oslo = member_of("Apr 22", "Oslo, Norvège", TODAY, &[]);
    assert_eq!(urls(&oslo), [DPC, "https://www.datatilsynet.no"]);
}

#[test]
fn the_issue_example_copenhagen_born_1987() {
    let member = member_of(
        "Apr 22, 1987",
        "Copenhagen, Capital Region of Denmark, Denmark",
        TODAY,
        &[],
    );
    for (key, value) in [
        ("region", json!("eu")),
        ("region_source", json!("profile")),
        ("country", json!("Denmark")),
        ("age_years", json!(39)),
        ("minor", json!(false)),
        ("training_since", json!("2025-11-03")),
        ("age_at_training_start", json!(38)),
        ("turns_18_on", json!(null)),
        ("birth_date", json!("with_year")),
    ] {
        assert_eq!(member[key], value, "{key}");
    }
    assert_eq!(urls(&member), [DPC, "https://www.datatilsynet.dk"]);
}

#[test]
fn an_unknown_country_leaves_the_region_unknown_and_says_what_depends_on_it() {
    let (_dir, path) = sample_with("Apr 22", "Somewhere nice");
    let member = json(&path, TODAY, &[])["member"].clone();
    assert_eq!(member["region"], Value::Null);
    assert_eq!(member["region_source"], "unknown");
    assert_eq!(member["country"], Value::Null);
    assert_eq!(member["training_since"], Value::Null);
    assert_eq!(member["microsoft_training_sharing"], Value::Null);
    assert_eq!(member["microsoft_ads_sharing"], Value::Null);
    assert_eq!(member["regulators"], json!([]));
    assert_eq!(
        member["depends_on_region"],
        json!([
            "training_since",
            "training_history",
            "controller",
            "law",
            "age_at_training_start",
            "microsoft_training_sharing",
            "microsoft_ads_sharing",
            "regulators"
        ])
    );
    let text = table(&path, TODAY, &[]);
    assert!(
        text.contains(
            "Your region is unknown: your profile's location names no place this tool can place."
        ),
        "{text}"
    );
    assert!(text.contains("Give it with --region (eu, eea, ch, uk, ca, hk, us or other)."));
    assert!(text.contains(
        "  • If it applies in your region: Also switch off the sharing with Microsoft for ads"
    ));
    assert!(text.contains("  • If it applies in your region: Complain to your data protection authority (which one depends on your region)."));
    // The flag settles it.
    let flagged = json(&path, TODAY, &["--region", "ca"])["member"].clone();
    assert_eq!(flagged["region"], "ca");
    assert_eq!(flagged["depends_on_region"], json!([]));
}

#[test]
fn eighteenth_birthday_today_is_adult() {
    let member = member_of("Nov 28, 2008", "Lyon, France", TODAY, &[]);
    assert_eq!(member["age_years"], 18);
    assert_eq!(member["minor"], false);
    assert_eq!(member["age_at_training_start"], 16);
    assert_eq!(member["turns_18_on"], "2026-11-28");
}

#[test]
fn one_day_before_the_eighteenth_birthday_is_minor() {
    let (_dir, path) = sample_with("Nov 29, 2008", "Lyon, France");
    let member = json(&path, TODAY, &[])["member"].clone();
    assert_eq!(member["age_years"], 17);
    assert_eq!(member["minor"], true);
    assert_eq!(member["turns_18_on"], "2026-11-29");
    let text = table(&path, TODAY, &[]);
    assert!(text.contains("You are 17. LinkedIn states that it does not use the data of members it believes to be under 18 to train its generative AI, even if the setting appears on; this depends on LinkedIn knowing your age. From your 18th birthday, 29 November 2026, the items listed here would be used unless you switch the setting off (LinkedIn does not say whether what you posted before then is excluded)."), "{text}");
    // Redacted reports say the member is a minor, but give neither the age nor the birthday.
    let redacted = json(&path, TODAY, &["--redact"])["member"].clone();
    assert_eq!(redacted["age_years"], Value::Null);
    assert_eq!(redacted["minor"], true);
    assert_eq!(redacted["turns_18_on"], Value::Null);
    assert_eq!(redacted["name"], Value::Null);
}

#[test]
fn born_on_29_february_turns_18_on_1_march() {
    let before = member_of("Feb 29, 2008", "Lyon, France", "2026-02-28", &[]);
    assert_eq!(before["age_years"], 17);
    assert_eq!(before["minor"], true);
    assert_eq!(before["turns_18_on"], "2026-03-01");
    let on = member_of("Feb 29, 2008", "Lyon, France", "2026-03-01", &[]);
    assert_eq!(on["age_years"], 18);
    assert_eq!(on["minor"], false);
}

#[test]
fn a_birth_date_without_year_gives_no_age() {
    let member = member_of("Apr 22", "Lyon, France", TODAY, &[]);
    assert_eq!(member["age_years"], Value::Null);
    assert_eq!(member["minor"], Value::Null);
    assert_eq!(member["birth_date"], "no_year");
    let text = table(&sample(), TODAY, &[]);
    assert!(text.contains("Your age is unknown: the birth date in your export has no year. If you are under 18, LinkedIn states that it does not use your data for this training."));
}

/// (category id, ai_training_records) of the categories under AI training with items.
fn ai_categories(report: &Value) -> Vec<(String, u64)> {
    report["categories"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|c| c["scope"] == "ai_training" && c["ai_training_records"].as_u64() > Some(0))
        .map(|c| {
            (
                c["id"].as_str().unwrap_or_default().to_owned(),
                c["ai_training_records"].as_u64().unwrap_or_default(),
            )
        })
        .collect()
}

#[test]
fn the_letter_objects_with_name_email_and_counts() {
    let dir = tempfile::tempdir().expect("temp dir");
    let letter = dir.path().join("objection.txt");
    let report = json(&sample(), TODAY, &[]);
    succeed(tool(TODAY).arg(sample()).arg("--letter").arg(&letter));
    let text = std::fs::read_to_string(&letter).expect("letter written");
    assert!(text.starts_with(&format!(
        "Camille Durand-Lefèvre\nE-mail address of my LinkedIn account: {EMAIL}\n"
    )));
    for expected in [
        "Subject: Objection to the processing of my personal data (Article 21 GDPR)",
        "I object, under Article 21(1) of the General Data Protection Regulation (GDPR)",
        "My data export of 20 November 2026 holds the following data within the scope of this processing:",
        "- Posts: 11\n",
        "- Comments: 10\n",
        "In all: 111 items.",
        "(Article 18(1)(d))",
        "within one month of receipt of this request (Article 12(3))",
        "Yours faithfully,\n\nCamille Durand-Lefèvre\n",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
    // One line per category under AI training, with the JSON's count.
    let categories = ai_categories(&report);
    // Reactions and instant reposts are unconfirmed: not in the letter's list.
    assert!(!text.contains("- Reactions"));
    assert_eq!(categories.len(), 20);
    let listed = text.lines().filter(|line| line.starts_with("- ")).count();
    assert_eq!(listed, categories.len());
    assert_eq!(categories.iter().map(|c| c.1).sum::<u64>(), 111);
}

#[test]
fn the_french_letter_is_a_french_legal_letter() {
    let dir = tempfile::tempdir().expect("temp dir");
    let letter = dir.path().join("opposition.txt");
    succeed(
        tool(TODAY)
            .arg(sample())
            .args(["--lang", "fr", "--letter"])
            .arg(&letter),
    );
    let text = std::fs::read_to_string(&letter).expect("letter written");
    for expected in [
        "Adresse électronique de mon compte LinkedIn\u{202F}: camille.durand-lefevre@example.com",
        "Le 28 novembre 2026",
        "Objet\u{202F}: Opposition au traitement de mes données à caractère personnel (article 21 du RGPD)",
        "Madame, Monsieur,",
        "L'export de mes données du 20 novembre 2026 contient notamment les données suivantes, concernées par ce traitement\u{202F}:",
        "- Commentaires\u{202F}: 10\n",
        "Soit 111 éléments au total.",
        "(article 18, paragraphe 1, point d)",
        "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
}

#[test]
fn the_email_only_ever_goes_into_the_letter() {
    let dir = tempfile::tempdir().expect("temp dir");
    let html = dir.path().join("report.html");
    let output = Command::cargo_bin("linkedin-exposure")
        .expect("binary built")
        .env("LANG", "C")
        .args(["--today", TODAY, "--quiet", "--html"])
        .arg(&html)
        .arg(sample())
        .output()
        .expect("runs");
    assert!(output.status.success());
    assert!(!String::from_utf8_lossy(&output.stdout).contains(EMAIL));
    let page = std::fs::read_to_string(&html).expect("HTML written");
    assert!(!page.contains(EMAIL));
    let report = json(&sample(), TODAY, &[]);
    assert!(!report.to_string().contains(EMAIL));
}

fn read_csv(path: &Path) -> Vec<Vec<String>> {
    let bytes = std::fs::read(path).expect("CSV written");
    assert!(bytes.starts_with("\u{FEFF}".as_bytes()), "UTF-8 BOM first");
    // Semicolons in French, commas in English (what each locale's spreadsheets expect).
    let first_line = bytes[3..].split(|b| *b == b'\n').next().unwrap_or_default();
    let delimiter = if first_line.contains(&b';') {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .delimiter(delimiter)
        .from_reader(&bytes[3..]);
    reader
        .records()
        .map(|record| {
            record
                .expect("valid CSV")
                .iter()
                .map(str::to_owned)
                .collect()
        })
        .collect()
}

#[test]
fn the_review_list_has_every_item_under_ai_training() {
    let dir = tempfile::tempdir().expect("temp dir");
    let items = dir.path().join("items.csv");
    succeed(tool(TODAY).arg(sample()).arg("--items").arg(&items));
    let rows = read_csv(&items);
    assert_eq!(
        rows.first().map(Vec::as_slice),
        Some(&["Category", "Date", "Link", "Excerpt", "May reveal"].map(String::from)[..])
    );
    assert_eq!(rows.len(), 1 + 156);
    let count = |label: &str| {
        rows.iter()
            .filter(|row| row.first().is_some_and(|c| c == label))
            .count()
    };
    assert_eq!(count("Posts"), 11);
    assert_eq!(count("Comments"), 10);
    assert_eq!(count("Reactions"), 40);
    assert_eq!(count("Private messages"), 0);
    for row in &rows {
        assert_eq!(row.len(), 5);
        assert!(row[3].chars().count() <= 281, "{row:?}");
    }
}

#[test]
fn review_list_cells_cannot_run_formulas() {
    let dir = tempfile::tempdir().expect("temp dir");
    let export = dir.path().join("export");
    std::fs::create_dir(&export).expect("folder");
    std::fs::write(
        export.join("Profile.csv"),
        "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\n\
         Alex,Exemple,,,\"Nov 29, 2008\",@Student,,,,\"Chicago, Illinois, United States\",,,\n",
    )
    .expect("profile");
    std::fs::write(
        export.join("Shares.csv"),
        "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n\
         2024-03-01 10:00:00,https://www.linkedin.com/feed/update/urn:li:activity:1,\"=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",,,MEMBER_NETWORK\n\
         2024-03-02 10:00:00,=cmd|x,+1 great idea,,,MEMBER_NETWORK\n\
         2024-03-04 10:00:00,https://www.linkedin.com/feed/update/urn:li:activity:4,-2+3 is five,,,MEMBER_NETWORK\n",
    )
    .expect("posts");
    let items = dir.path().join("items.csv");
    succeed(
        tool(TODAY)
            .arg(&export)
            .args(["--lang", "fr", "--items"])
            .arg(&items),
    );
    let rows = read_csv(&items);
    let expected: Vec<Vec<String>> = [
        ["Catégorie", "Date", "Lien", "Extrait", "Peut révéler"],
        ["Profil (titre, résumé)", "", "", "'@Student", ""],
        [
            "Posts",
            "2024-03-01",
            "https://www.linkedin.com/feed/update/urn:li:activity:1",
            "'=HYPERLINK(\"http://evil.example\",\"click\")",
            "",
        ],
        [
            "Posts",
            "2024-03-02",
            "'=cmd|x",
            // A telephone number would be replaced at this level: a `+` that starts text.
            "'+1 great idea",
            "",
        ],
        [
            "Posts",
            "2024-03-04",
            "https://www.linkedin.com/feed/update/urn:li:activity:4",
            "'-2+3 is five",
            "",
        ],
    ]
    .iter()
    .map(|row| row.iter().map(|cell| cell.to_string()).collect())
    .collect();
    assert_eq!(rows, expected);
}

#[test]
fn the_policy_date_is_shown_and_warns_after_twelve_months() {
    let fresh = table(&sample(), "2027-11-30", &[]);
    assert!(
        fresh.contains(
            "Policy facts as of 30 November 2026 (sources in the HTML and JSON reports)."
        ),
        "{fresh}"
    );
    assert!(!fresh.contains("Warning: the policy facts"));
    assert_eq!(json(&sample(), "2027-11-30", &[])["policy"]["stale"], false);

    let stale = table(&sample(), "2027-12-01", &[]);
    assert!(
        stale.contains(
            "Warning: the policy facts in this tool were checked on 30 November 2026, more than a year ago."
        ),
        "{stale}"
    );
    assert_eq!(json(&sample(), "2027-12-01", &[])["policy"]["stale"], true);
    assert_eq!(
        json(&sample(), "2027-12-01", &[])["policy"]["as_of"],
        "2026-11-30"
    );
}
