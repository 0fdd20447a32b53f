//! Region-accurate facts end to end on small generated exports: one per region (EU, CH, UK,
//! CA, HK, a US metro area, Egypt, India, no location), a 16-year-old, a secondary-school
//! student, a German member in Bavaria and a Québec member. Each export is an extracted
//! folder (or a zip) written here with the same few files, so that every figure below is
//! counted by hand: confirmed items versus reported or unconfirmed ones, the member's own
//! words versus others', the split at `--objected-on`, and the export date of a folder.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::{Value, json};
use tempfile::TempDir;

use crate::support::sample_export::{SampleFile, zip_bytes};

const TODAY: &str = "2026-11-28";
const DPC: &str = "https://www.dataprotection.ie";

/// The export's files, with the member's Geo Location, Birth Date and Education rows.
///
/// Hand count. Confirmed under training: the profile (1), the education row (1), 2 posts,
/// 1 comment, 1 accepted endorsement, 1 visible recommendation received = 7. Reported or unconfirmed: 3 reactions,
/// 1 instant repost, 1 pending endorsement = 5. Own words: headline 2 + posts 3 + 2 +
/// comment 3 = 10; others' words: the recommendation's 4. Latest dated record: 2025-12-01.
fn files(geo: &str, birth: &str, education: &str) -> Vec<(&'static str, String)> {
    vec![
        (
            "Profile.csv",
            format!(
                "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\n\
                 Ada,Exemple,,,\"{birth}\",Data engineer,,,,\"{geo}\",,,\n"
            ),
        ),
        (
            "Shares.csv",
            "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n\
             2024-05-01 10:00:00,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A1,\"one two three\",,,MEMBER_NETWORK\n\
             2025-12-01 10:00:00,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A2,\"four five\",,,MEMBER_NETWORK\n"
                .to_owned(),
        ),
        (
            "Comments.csv",
            "Date,Link,Message\n2025-10-01 08:00:00,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A3,\"six seven eight\"\n"
                .to_owned(),
        ),
        (
            "Reactions.csv",
            "Date,Type,Link\n\
             2025-01-02 10:00:00,LIKE,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A4\n\
             2025-01-03 10:00:00,LIKE,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A5\n\
             2025-01-04 10:00:00,PRAISE,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A6\n"
                .to_owned(),
        ),
        (
            "InstantReposts.csv",
            "Date,Link\n2025-02-01 10:00:00,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7\n"
                .to_owned(),
        ),
        (
            "Endorsement_Received_Info.csv",
            "Endorsement Date,Skill Name,Endorser First Name,Endorser Last Name,Endorser Public Url,Endorsement Status\n\
             2023/05/01 10:00:00 UTC,Rust,Bob,Exemple,www.linkedin.com/in/bob-exemple,ACCEPTED\n\
             2024/05/01 10:00:00 UTC,SQL,Eve,Exemple,www.linkedin.com/in/eve-exemple,PENDING\n"
                .to_owned(),
        ),
        (
            "Recommendations_Received.csv",
            "First Name,Last Name,Company,Job Title,Text,Creation Date,Status\n\
             Bob,Exemple,Acme,CTO,\"Great colleague and friend\",\"03/02/23, 09:14 AM\",VISIBLE\n"
                .to_owned(),
        ),
        (
            "Education.csv",
            format!("School Name,Start Date,End Date,Notes,Degree Name,Activities\n{education}"),
        ),
        (
            "Email Addresses.csv",
            "Email Address,Confirmed,Primary,Updated On\nada@example.com,Yes,Yes,\"4/2/14, 8:15 PM\"\n"
                .to_owned(),
        ),
    ]
}

const UNIVERSITY: &str = "Université Exemple,2015,2018,,Master,\n";

/// An extracted export folder.
fn folder(geo: &str, birth: &str, education: &str) -> (TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let export = dir.path().join("export");
    std::fs::create_dir(&export).expect("export folder");
    for (name, content) in files(geo, birth, education) {
        std::fs::write(export.join(name), content).expect("file written");
    }
    (dir, export)
}

fn tool(lang: &str) -> Command {
    let mut command = Command::cargo_bin("linkedin-exposure").expect("binary built");
    command
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C")
        .env("NO_COLOR", "1")
        // Private: these tests read the member's age, country and province; wide enough
        // that no sentence under the table is wrapped.
        .args([
            "--today",
            TODAY,
            "--no-html",
            "--quiet",
            "--width",
            "1000",
            "--private",
        ])
        .args(["--lang", lang]);
    command
}

fn output(command: &mut Command) -> (String, String) {
    let output = command.output().expect("runs");
    assert!(
        output.status.success(),
        "exit {:?}: {}",
        output.status.code(),
        String::from_utf8_lossy(&output.stderr)
    );
    (
        String::from_utf8(output.stdout).expect("UTF-8"),
        String::from_utf8(output.stderr).expect("UTF-8"),
    )
}

fn report(input: &Path, args: &[&str]) -> Value {
    let (stdout, _) = output(tool("en").arg(input).args(["--json", "-"]).args(args));
    serde_json::from_str(&stdout).expect("valid JSON")
}

/// The terminal output with its white space collapsed: the terminal wraps paragraphs to its
/// width, and these tests look for sentences.
fn table(input: &Path, lang: &str, args: &[&str]) -> String {
    let text = output(tool(lang).arg(input).args(args)).0;
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn member_at(geo: &str) -> Value {
    let (_dir, export) = folder(geo, "Apr 22, 1987", UNIVERSITY);
    report(&export, &[])["member"].clone()
}

fn category<'a>(report: &'a Value, id: &str) -> &'a Value {
    report["categories"]
        .as_array()
        .and_then(|all| all.iter().find(|c| c["id"] == id))
        .unwrap_or(&Value::Null)
}

#[test]
fn confirmed_items_and_own_words_are_apart_from_the_rest() {
    let (_dir, export) = folder(
        "Copenhagen, Capital Region of Denmark, Denmark",
        "Apr 22, 1987",
        UNIVERSITY,
    );
    let report = report(&export, &[]);
    assert_eq!(report["schema_version"], 2);
    let totals = &report["totals"];
    for (key, value) in [
        ("ai_training_records", 7),
        ("unconfirmed_records", 5),
        ("ai_training_words", 10),
        ("others_words", 4),
    ] {
        assert_eq!(totals[key], value, "{key}");
    }
    assert_eq!(totals.get("before_objection"), None);
    let figures = |id: &str| {
        let c = category(&report, id);
        (
            c["ai_training_records"].clone(),
            c["unconfirmed_records"].clone(),
            c["words"].clone(),
            c["others_words"].clone(),
            c["basis"].clone(),
        )
    };
    assert_eq!(
        figures("reactions"),
        (json!(0), json!(3), json!(0), json!(0), json!("reported"))
    );
    assert_eq!(
        figures("reposts"),
        (json!(0), json!(1), json!(0), json!(0), json!("unclear"))
    );
    assert_eq!(
        figures("endorsements_received"),
        (json!(1), json!(1), json!(0), json!(0), json!("stated"))
    );
    assert_eq!(
        figures("recommendations_received"),
        (json!(1), json!(0), json!(0), json!(4), json!("stated"))
    );
    assert_eq!(
        figures("posts"),
        (json!(2), json!(0), json!(5), json!(0), json!("stated"))
    );
    assert_eq!(
        category(&report, "reactions")["unconfirmed_per_year"],
        json!({"2025": 3})
    );

    let text = table(&export, "en", &[]);
    assert!(
        text.contains("LinkedIn's generative AI can train on 7 items of yours (10 words of your own writing), from 2015 to 2025, unless you switch it off. Beside these, 5 items are reported or unconfirmed (reactions, instant reposts, pending endorsements)"),
        "{text}"
    );
    assert!(text.contains("3 unconfirmed"), "{text}");
    assert!(text.contains("Not counted as your writing: 4 words of recommendations you received, written by other people."));
    let fr = table(&export, "fr", &[]);
    assert!(
        fr.contains("L'IA générative de LinkedIn peut s'entraîner sur 7 de vos éléments (10 mots de votre plume), de 2015 à 2025, sauf si vous désactivez le paramètre. En plus, 5 éléments sont rapportés ou non confirmés"),
        "{fr}"
    );
}

#[test]
fn every_region_has_its_dates_controller_law_and_authorities() {
    let cases = [
        (
            "Copenhagen, Denmark",
            json!("eu"),
            "2025-11-03",
            "day",
            "linked_in_ireland",
            "gdpr",
            vec![DPC, "https://www.datatilsynet.dk"],
        ),
        (
            "Zürich, Schweiz",
            json!("ch"),
            "2025-11-03",
            "day",
            "linked_in_ireland",
            "gdpr_switzerland",
            vec!["https://www.edoeb.admin.ch"],
        ),
        (
            "London, England, United Kingdom",
            json!("uk"),
            "2025-11-03",
            "day",
            "linked_in_corporation",
            "uk_gdpr",
            vec!["https://ico.org.uk"],
        ),
        (
            "Toronto, Ontario, Canada",
            json!("ca"),
            "2025-11-03",
            "day",
            "linked_in_corporation",
            "pipeda",
            vec!["https://www.priv.gc.ca"],
        ),
        (
            "Hong Kong SAR",
            json!("hk"),
            "2025-11-03",
            "day",
            "linked_in_corporation",
            "pdpo",
            vec!["https://www.pcpd.org.hk"],
        ),
        (
            "Greater Seattle Area",
            json!("us"),
            "2024-09-18",
            "by",
            "linked_in_corporation",
            "none",
            vec![],
        ),
        (
            "Cairo, Cairo, Egypt",
            json!("other"),
            "2024-09-18",
            "by",
            "linked_in_corporation",
            "none",
            vec![],
        ),
        (
            "Bengaluru, Karnataka, India",
            json!("other"),
            "2024-09-18",
            "by",
            "linked_in_corporation",
            "none",
            vec![],
        ),
    ];
    for (geo, region, since, precision, controller, law, urls) in cases {
        let member = member_at(geo);
        assert_eq!(member["region"], region, "{geo}");
        assert_eq!(member["region_source"], "profile", "{geo}");
        assert_eq!(member["training_since"], since, "{geo}");
        assert_eq!(member["training_since_precision"], precision, "{geo}");
        assert_eq!(member["controller"], controller, "{geo}");
        assert_eq!(member["law"], law, "{geo}");
        let found: Vec<&str> = member["regulators"]
            .as_array()
            .map(|all| all.iter().filter_map(|r| r["url"].as_str()).collect())
            .unwrap_or_default();
        assert_eq!(found, urls, "{geo}");
    }
    let canada = member_at("Toronto, Ontario, Canada");
    assert_eq!(
        canada["training_history"],
        json!([
            {"event": "started", "date": "2024-01-01", "precision": "year", "source": "opc-ca"},
            {"event": "paused", "date": "2024-12-10", "precision": "by", "source": "opc-ca"},
            {"event": "resumed", "date": "2025-11-03", "precision": "day", "source": "privacy-notice-eu"},
        ])
    );
    assert_eq!(member_at("Cairo, Egypt")["country"], "Egypt");
    assert_eq!(
        member_at("Bengaluru, Karnataka, India")["country_code"],
        "in"
    );
}

#[test]
fn without_a_location_the_headline_gives_no_date_and_asks_for_the_region() {
    let (_dir, export) = folder("", "Apr 22, 1987", UNIVERSITY);
    let report = report(&export, &[]);
    let member = &report["member"];
    assert_eq!(member["region"], Value::Null);
    assert_eq!(member["region_source"], "unknown");
    assert_eq!(member["training_since"], Value::Null);
    assert_eq!(member["training_history"], json!([]));
    assert!(
        member["depends_on_region"]
            .as_array()
            .is_some_and(|fields| fields.contains(&json!("training_history")))
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let html = dir.path().join("report.html");
    let mut command = Command::cargo_bin("linkedin-exposure").expect("binary built");
    command
        .args(["--today", TODAY, "--quiet", "--lang", "en", "--html"])
        .arg(&html)
        .arg(&export);
    output(&mut command);
    let page = std::fs::read_to_string(&html).expect("HTML written");
    assert!(
        page.contains(
            // The shared page names no command-line option; the terminal does.
            "<dt>since when: it depends on your region</dt><dd>—</dd>"
        ),
        "{page}"
    );
    assert!(page.contains("Your region is unknown, so this report gives no start date."));
    let text = table(&export, "en", &[]);
    assert!(text.contains(
        "Your region is unknown: your profile's location names no place this tool can place."
    ));
    assert!(text.contains("give it with --region") || text.contains("Give it with --region"));
}

#[test]
fn a_16_year_old_gets_no_training_headline() {
    let (_dir, export) = folder("Lyon, France", "May 1, 2010", "");
    let report = report(&export, &[]);
    assert_eq!(report["member"]["age_years"], 16);
    assert_eq!(report["member"]["minor"], true);
    let text = table(&export, "en", &[]);
    assert!(!text.contains("can train on"), "{text}");
    assert!(text.contains("LinkedIn states that it does not train its generative AI on the data of members it believes to be under 18, even if the setting appears on. Check that LinkedIn knows your age (the birth date on your profile, your current school): this export holds 6 items that would fall under that training once LinkedIn treats you as an adult, unless you switch the setting off."), "{text}");
    let fr = table(&export, "fr", &[]);
    assert!(!fr.contains("peut s'entraîner sur"), "{fr}");
}

#[test]
fn a_secondary_school_student_is_treated_as_a_minor() {
    let (_dir, export) = folder(
        "Lyon, France",
        "Apr 22",
        "Lycée Victor Hugo,2024,,,Baccalauréat général,\n",
    );
    let report = report(&export, &[]);
    assert_eq!(report["member"]["in_secondary_school"], true);
    assert_eq!(report["member"]["minor"], true);
    assert_eq!(report["member"]["age_years"], Value::Null);
    let text = table(&export, "en", &[]);
    assert!(!text.contains("can train on"), "{text}");
    assert!(text.contains("Your education shows a secondary school you are still attending"));
}

#[test]
fn a_member_in_bavaria_is_sent_to_the_bavarian_authority() {
    let (_dir, export) = folder("Munich, Bavaria, Germany", "Apr 22, 1987", UNIVERSITY);
    let member = report(&export, &[])["member"].clone();
    assert_eq!(member["subdivision"], "DE-BY");
    assert_eq!(
        member["regulators"],
        json!([
            {"name": "Data Protection Commission (DPC), Ireland", "name_fr": "Commission de protection des données (DPC), Irlande", "url": DPC, "lead": true, "country": null, "subdivision": null, "source": "dpc-ie"},
            {"name": "Bayerisches Landesamt für Datenschutzaufsicht (BayLDA)", "name_fr": "Bayerisches Landesamt für Datenschutzaufsicht (BayLDA)", "url": "https://www.lda.bayern.de", "lead": false, "country": "de", "subdivision": "DE-BY", "source": "authorities-de"},
        ])
    );
    let fr = table(&export, "fr", &[]);
    assert!(
        fr.contains("Commission de protection des données (DPC), Irlande"),
        "{fr}"
    );
    // Collapsed white space: U+202F is white space too.
    assert!(fr.contains("Votre région : Union européenne (d'après la localisation de votre profil : Bayern, Allemagne)."), "{fr}");
    assert!(!fr.contains("bfdi"));
    // Germany without a Land: every Land authority, never the federal BfDI.
    let (_dir, export) = folder("Deutschland", "Apr 22, 1987", UNIVERSITY);
    let member = report(&export, &[])["member"].clone();
    assert_eq!(member["regulators"].as_array().map(Vec::len), Some(17));
}

#[test]
fn a_quebec_member_gets_the_cai_beside_the_opc_and_law_25_in_the_letter() {
    let (dir, export) = folder("Montréal, Québec, Canada", "Apr 22, 1987", UNIVERSITY);
    let member = report(&export, &[])["member"].clone();
    assert_eq!(member["subdivision"], "CA-QC");
    let urls: Vec<&str> = member["regulators"]
        .as_array()
        .map(|all| all.iter().filter_map(|r| r["url"].as_str()).collect())
        .unwrap_or_default();
    assert_eq!(
        urls,
        ["https://www.priv.gc.ca", "https://www.cai.gouv.qc.ca"]
    );
    let fr = table(&export, "fr", &[]);
    assert!(fr.contains("Commissariat à la protection de la vie privée du Canada (CPVP) https://www.priv.gc.ca · Commission d'accès à l'information du Québec (CAI) https://www.cai.gouv.qc.ca"), "{fr}");
    let letter_path = dir.path().join("lettre.txt");
    let (_, stderr) = output(tool("fr").arg(&export).arg("--letter").arg(&letter_path));
    let letter = std::fs::read_to_string(&letter_path).expect("letter written");
    assert!(
        letter.contains("LinkedIn Corporation, 1000 W Maude Avenue, Sunnyvale, CA, États-Unis")
    );
    assert!(letter.contains("principe 4.3.8"));
    assert!(letter.contains("Loi 25"));
    assert!(!letter.contains("RGPD"));
    // Said even with --quiet.
    assert!(
        stderr.contains("remplacez le paragraphe entre [crochets]"),
        "{stderr}"
    );
}

/// The letter's addressee and subject, per region, in English and in French.
#[test]
fn the_letter_follows_the_region_in_both_languages() {
    let cases = [
        (
            "Copenhagen, Denmark",
            "en",
            "To: LinkedIn's Data Protection Officer, LinkedIn Ireland Unlimited Company, Wilton Plaza, Wilton Place, Dublin 2, Ireland",
            "Subject: Objection to the processing of my personal data (Article 21 GDPR)",
        ),
        (
            "Copenhague, Danemark",
            "fr",
            "À l'attention du délégué à la protection des données de LinkedIn, LinkedIn Ireland Unlimited Company, Wilton Plaza, Wilton Place, Dublin 2, Irlande",
            "Objet\u{202F}: Opposition au traitement de mes données à caractère personnel (article 21 du RGPD)",
        ),
        (
            "London, England, United Kingdom",
            "en",
            "To: LinkedIn's Data Protection Officer, LinkedIn Corporation, 1000 W Maude Avenue, Sunnyvale, CA, United States",
            "Subject: Objection to the processing of my personal data (Article 21 UK GDPR)",
        ),
        (
            "Londres, Angleterre, Royaume-Uni",
            "fr",
            "À l'attention du délégué à la protection des données de LinkedIn, LinkedIn Corporation, 1000 W Maude Avenue, Sunnyvale, CA, États-Unis",
            "Objet\u{202F}: Opposition au traitement de mes données à caractère personnel (article 21 du UK GDPR)",
        ),
        (
            "Toronto, Ontario, Canada",
            "en",
            "To: LinkedIn's Data Protection Officer, LinkedIn Corporation, 1000 W Maude Avenue, Sunnyvale, CA, United States",
            "Subject: Withdrawal of my consent to the use of my personal information to train AI (PIPEDA)",
        ),
        (
            "Hong Kong SAR",
            "fr",
            "À l'attention du délégué à la protection des données de LinkedIn, LinkedIn Corporation, 1000 W Maude Avenue, Sunnyvale, CA, États-Unis",
            "Objet\u{202F}: Retrait de mon consentement à l'utilisation de mes données à caractère personnel pour entraîner l'IA (PDPO)",
        ),
        (
            "Greater Seattle Area",
            "en",
            "To: LinkedIn's Data Protection Officer, LinkedIn Corporation, 1000 W Maude Avenue, Sunnyvale, CA, United States",
            "Subject: Request to stop using my personal data to train AI",
        ),
        (
            "Bengaluru, Karnataka, Inde",
            "fr",
            "À l'attention du délégué à la protection des données de LinkedIn, LinkedIn Corporation, 1000 W Maude Avenue, Sunnyvale, CA, États-Unis",
            "Objet\u{202F}: Demande de cesser d'utiliser mes données à caractère personnel pour entraîner l'IA",
        ),
        (
            "Genève, Suisse",
            "en",
            "To: LinkedIn's Data Protection Officer, LinkedIn Ireland Unlimited Company, Wilton Plaza, Wilton Place, Dublin 2, Ireland",
            "Subject: Objection to the processing of my personal data (Article 21 GDPR; Swiss FADP)",
        ),
    ];
    for (geo, lang, to, subject) in cases {
        let (dir, export) = folder(geo, "Apr 22, 1987", UNIVERSITY);
        let path = dir.path().join("letter.txt");
        output(tool(lang).arg(&export).arg("--letter").arg(&path));
        let letter = std::fs::read_to_string(&path).expect("letter written");
        let lines: Vec<&str> = letter.lines().collect();
        assert_eq!(lines.get(3), Some(&to), "{geo}\n{letter}");
        assert_eq!(lines.get(8), Some(&subject), "{geo}\n{letter}");
        // The confirmed items only: 7.
        assert!(
            letter.contains("In all: 7 items.")
                || letter.contains("Soit 7\u{202F}éléments au total.")
                || letter.contains("Soit 7 éléments au total."),
            "{geo}\n{letter}"
        );
    }
}

#[test]
fn objected_on_splits_the_items_before_and_after() {
    let (_dir, export) = folder("Lyon, France", "Apr 22, 1987", UNIVERSITY);
    let report = report(&export, &["--objected-on", "2025-11-03"]);
    assert_eq!(report["objected_on"], "2025-11-03");
    assert_eq!(report["totals"]["before_objection"], 5);
    assert_eq!(report["totals"]["after_objection"], 1);
    let posts = category(&report, "posts");
    assert_eq!(
        (
            posts["before_objection"].clone(),
            posts["after_objection"].clone()
        ),
        (json!(1), json!(1))
    );
    let reactions = category(&report, "reactions");
    assert_eq!(reactions["before_objection"], 0);
    let text = table(&export, "en", &["--objected-on", "2025-11-03"]);
    assert!(text.contains("You switched the setting off or objected on 3 November 2025: 5 of the confirmed items were published before (LinkedIn may already have used them, and a trained model cannot unlearn), 1 on or after it (not used while the setting stays off); 1 has no date."), "{text}");
}

#[test]
fn a_folders_export_date_is_its_latest_record_never_its_file_times() {
    let (_dir, export) = folder("Lyon, France", "Apr 22, 1987", UNIVERSITY);
    let report = report(&export, &[]);
    assert_eq!(report["export_date"], "2025-12-01");
    assert_eq!(report["export_date_source"], "latest_record");
    let text = table(&export, "en", &[]);
    assert!(text.contains("The export's own date is unknown (an extracted folder's file dates are those of the copy): 1 December 2025 is the date of its latest dated record."));
}

#[test]
fn an_export_date_in_the_future_falls_back_to_the_latest_record() {
    let dir = tempfile::tempdir().expect("temp dir");
    let owned = files("Lyon, France", "Apr 22, 1987", UNIVERSITY);
    let sample: Vec<SampleFile> = owned
        .iter()
        .map(|(path, content)| SampleFile {
            path,
            content: content.clone().into_bytes(),
            modified: (2031, 1, 1, 0, 0, 0),
        })
        .collect();
    let zip = dir
        .path()
        .join("Complete_LinkedInDataExport_12-27-2030.zip");
    std::fs::write(&zip, zip_bytes(&sample)).expect("zip written");
    let json = report(&zip, &[]);
    assert_eq!(json["export_date"], "2025-12-01");
    assert_eq!(json["export_date_source"], "latest_record");
    // Before 2003 is as impossible.
    let old = dir
        .path()
        .join("Complete_LinkedInDataExport_01-01-2001.zip");
    std::fs::rename(&zip, &old).expect("renamed");
    assert_eq!(report(&old, &[])["export_date"], "2025-12-01");
}

#[test]
fn sources_have_an_outlet_and_none_cites_the_tool() {
    let (_dir, export) = folder("Lyon, France", "Apr 22, 1987", UNIVERSITY);
    let report = report(&export, &[]);
    let sources = report["policy"]["sources"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert!(sources.len() >= 15);
    for source in &sources {
        assert!(
            source["outlet"].as_str().is_some_and(|o| !o.is_empty()),
            "{source}"
        );
        assert!(!source.to_string().contains("this tool"), "{source}");
    }
    let garante = sources
        .iter()
        .find(|s| s["id"] == "garante-it")
        .cloned()
        .unwrap_or_default();
    assert_eq!(garante["date"], "2025-10-28");
    assert_eq!(report["policy"]["as_of"], "2026-11-30");
    assert_eq!(category(&report, "searches"), &Value::Null);
}

#[test]
fn an_objection_date_in_the_future_is_refused_in_one_line() {
    let (_dir, export) = folder("Lyon, France", "Apr 22, 1987", UNIVERSITY);
    let output = tool("en")
        .arg(&export)
        .args(["--objected-on", "2027-01-01"])
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("--objected-on 2027-01-01: give the day you switched the setting off or objected, between 2003 and today (YYYY-MM-DD)"),
        "{stderr}"
    );
}
