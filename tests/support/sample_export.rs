//! Deterministic generator of the project's synthetic sample exports.
//!
//! This module owns the content of the fictional member's archive: every file of the
//! "Complete" export as LinkedIn's 2023–2026 exports have it, the "Basic" subset, and
//! the byte-exact zip layout. The committed `fixtures/*.zip` are its output
//! (`cargo run --example make_fixtures`); `tests/fixtures_current.rs` checks they match.
//! Everything is invented: the member (Camille Durand-Lefèvre, Lyon), her employers, her
//! contacts, every e-mail (example.com/.org/.net), phone (+33 6 00 00 00 xx) and IP
//! (192.0.2.x, 198.51.100.x, 203.0.113.x). The quirks each file carries are listed in `fixtures/README.md`,
//! which also holds the hand-checked expected figures: change a file here and update them.
//!
//! The module is included both by the test binary (`tests/support/mod.rs`) and by the
//! example (`#[path]`), so it only depends on `std` and `zip`.

use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, System, ZipWriter};

/// One file of a sample export: its path inside the archive, its exact bytes, and the
/// modification time written in the zip entry (year, month, day, hour, minute, second).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SampleFile {
    pub path: &'static str,
    pub content: Vec<u8>,
    pub modified: (u16, u8, u8, u8, u8, u8),
}

/// Paths of the Basic export: the profile-type files LinkedIn sends first. Their bytes and
/// mtimes are taken from the Complete export, so both archives agree on shared files.
const BASIC_PATHS: &[&str] = &[
    "Profile.csv",
    "Profile Summary.csv",
    "Positions.csv",
    "Education.csv",
    "Skills.csv",
    "Languages.csv",
    "Certifications.csv",
    "Email Addresses.csv",
    "PhoneNumbers.csv",
    "Registration.csv",
    "Connections.csv",
    "Rich_Media.csv",
];

/// The member's name as LinkedIn writes it in message-shaped files (FROM / TO).
const MEMBER: &str = "Camille Durand-Lefèvre";
const MEMBER_URL: &str = "https://www.linkedin.com/in/camille-durand-lefevre-exemple";

/// Every file of the Complete export, in a logical order (the zip order is derived later).
pub fn complete_files() -> Vec<SampleFile> {
    let entries: Vec<(&'static str, Vec<u8>)> = vec![
        // Profile and CV.
        ("Profile.csv", text(PROFILE, Eol::Lf, End::Newline)),
        (
            "Profile Summary.csv",
            text(PROFILE_SUMMARY, Eol::Lf, End::NoNewline),
        ),
        ("Positions.csv", text(POSITIONS, Eol::Crlf, End::Newline)),
        ("Education.csv", text(EDUCATION, Eol::Crlf, End::Newline)),
        ("Skills.csv", skills()),
        ("Languages.csv", text(LANGUAGES, Eol::Lf, End::Newline)),
        ("Courses.csv", text(COURSES, Eol::Lf, End::Newline)),
        (
            "Certifications.csv",
            text(CERTIFICATIONS, Eol::Lf, End::Newline),
        ),
        ("Projects.csv", text(PROJECTS, Eol::Lf, End::Newline)),
        (
            "Publications.csv",
            text(PUBLICATIONS, Eol::Lf, End::Newline),
        ),
        ("Honors.csv", text(HONORS, Eol::Lf, End::NoNewline)),
        (
            "Organizations.csv",
            text(ORGANIZATIONS, Eol::Lf, End::Newline),
        ),
        (
            "Volunteering.csv",
            text(VOLUNTEERING, Eol::Lf, End::Newline),
        ),
        (
            "Causes You Care About.csv",
            text(CAUSES, Eol::Lf, End::Newline),
        ),
        (
            "Member Hashtags.csv",
            text(MEMBER_HASHTAGS, Eol::Lf, End::Newline),
        ),
        ("Test Scores.csv", text(TEST_SCORES, Eol::Lf, End::Newline)),
        ("Patents.csv", text(PATENTS, Eol::Lf, End::Newline)),
        (
            "Recommendations_Received.csv",
            text(RECOMMENDATIONS_RECEIVED, Eol::Lf, End::Newline),
        ),
        (
            "Recommendations_Given.csv",
            text(RECOMMENDATIONS_GIVEN, Eol::Lf, End::Newline),
        ),
        (
            "Endorsement_Received_Info.csv",
            text(ENDORSEMENTS_RECEIVED, Eol::Lf, End::Newline),
        ),
        (
            "Endorsement_Given_Info.csv",
            text(ENDORSEMENTS_GIVEN, Eol::Lf, End::Newline),
        ),
        // Posts and activity.
        ("Shares_1158443584.csv", shares()),
        ("Comments.csv", comments()),
        ("Reactions.csv", text(REACTIONS, Eol::Lf, End::Newline)),
        ("Votes.csv", text(VOTES, Eol::Lf, End::NoNewline)),
        (
            "InstantReposts.csv",
            text(INSTANT_REPOSTS, Eol::Lf, End::Newline),
        ),
        ("Rich_Media.csv", text(RICH_MEDIA, Eol::Lf, End::NoNewline)),
        (
            "Articles/Articles/La-qualité-des-données-commence-à-la-saisie.html",
            text(ARTICLE_QUALITE, Eol::Lf, End::Newline),
        ),
        (
            "Articles/Articles/Gouverner-l-IA-dans-une-cooperative.html",
            text(ARTICLE_GOUVERNER, Eol::Lf, End::Newline),
        ),
        (
            "Articles/Articles/2024-06-22 10:12:21.0-Brouillon.html",
            text(ARTICLE_DRAFT, Eol::Lf, End::Newline),
        ),
        ("Saved_Items.csv", text(SAVED_ITEMS, Eol::Lf, End::Newline)),
        (
            "Hashtag_Follows.csv",
            text(HASHTAG_FOLLOWS, Eol::Lf, End::Newline),
        ),
        // Messaging and LinkedIn's AI features.
        ("messages.csv", messages()),
        (
            "guide_messages.csv",
            text(MESSAGE_HEADER, Eol::Lf, End::Newline),
        ),
        (
            "learning_coach_messages.csv",
            text(MESSAGE_HEADER, Eol::Lf, End::Newline),
        ),
        (
            "learning_role_play_messages.csv",
            text(MESSAGE_HEADER, Eol::Lf, End::Newline),
        ),
        ("coach_messages.csv", coach_messages()),
        (
            "LearningCoachMessages.csv",
            text(LEARNING_COACH_MESSAGES, Eol::Lf, End::Newline),
        ),
        // Jobs.
        (
            "Jobs/Job Applications.csv",
            text(JOB_APPLICATIONS, Eol::Lf, End::Newline),
        ),
        (
            "Jobs/Saved Jobs.csv",
            text(SAVED_JOBS, Eol::Lf, End::Newline),
        ),
        (
            "Jobs/Job Seeker Preferences.csv",
            text(JOB_SEEKER_PREFERENCES, Eol::Lf, End::Newline),
        ),
        (
            "Jobs/Job Applicant Saved Answers.csv",
            text(SAVED_ANSWERS, Eol::Lf, End::Newline),
        ),
        (
            "Job Applicant Saved Screening Question Responses.csv",
            text(SCREENING_RESPONSES, Eol::Lf, End::Newline),
        ),
        (
            "Job Applicant Saved Screening Question Responses_1.csv",
            text(SCREENING_RESPONSES_1, Eol::Lf, End::Newline),
        ),
        (
            "Job Applicant Saved Screening Question Responses_2.csv",
            text(SCREENING_RESPONSES_2, Eol::Lf, End::NoNewline),
        ),
        (
            "SavedJobAlerts.csv",
            text(SAVED_JOB_ALERTS, Eol::Lf, End::Newline),
        ),
        (
            "Online Job Postings.csv",
            text(ONLINE_JOB_POSTINGS, Eol::Lf, End::Newline),
        ),
        (
            "Private_identity_asset.csv",
            text(PRIVATE_IDENTITY_ASSET, Eol::Lf, End::Newline),
        ),
        // Network.
        ("Connections.csv", text(CONNECTIONS, Eol::Lf, End::Newline)),
        ("Invitations.csv", text(INVITATIONS, Eol::Lf, End::Newline)),
        (
            "Company Follows.csv",
            text(COMPANY_FOLLOWS, Eol::Lf, End::Newline),
        ),
        (
            "Member_Follows.csv",
            text(MEMBER_FOLLOWS, Eol::Lf, End::Newline),
        ),
        (
            "ImportedContacts.csv",
            text(IMPORTED_CONTACTS, Eol::Lf, End::Newline),
        ),
        ("Calendar.csv", text(CALENDAR, Eol::Lf, End::Newline)),
        // Account.
        (
            "Email Addresses.csv",
            text(EMAIL_ADDRESSES, Eol::Lf, End::NoNewline),
        ),
        (
            "PhoneNumbers.csv",
            text(PHONE_NUMBERS, Eol::Lf, End::Newline),
        ),
        (
            "Whatsapp Phone Numbers.csv",
            text(WHATSAPP_PHONE_NUMBERS, Eol::Lf, End::Newline),
        ),
        (
            "Registration.csv",
            text(REGISTRATION, Eol::Lf, End::Newline),
        ),
        ("Logins.csv", text(LOGINS, Eol::Crlf, End::NoNewline)),
        (
            "Security Challenges.csv",
            text(SECURITY_CHALLENGES, Eol::Lf, End::Newline),
        ),
        ("Receipts.csv", text(RECEIPTS, Eol::Lf, End::Newline)),
        ("Receipts_v2.csv", text(RECEIPTS_V2, Eol::Lf, End::Newline)),
        (
            "Verifications/Verifications.csv",
            text(VERIFICATIONS, Eol::Lf, End::Newline),
        ),
        // Ads and inferences.
        (
            "Ad_Targeting.csv",
            text(AD_TARGETING, Eol::Lf, End::Newline),
        ),
        (
            "Inferences_about_you.csv",
            text(INFERENCES, Eol::Lf, End::Newline),
        ),
        ("Ads Clicked.csv", text(ADS_CLICKED, Eol::Lf, End::Newline)),
        (
            "LAN Ads Engagement.csv",
            text(LAN_ADS_ENGAGEMENT, Eol::Lf, End::Newline),
        ),
        (
            "SearchQueries.csv",
            text(SEARCH_QUERIES, Eol::Lf, End::NoNewline),
        ),
        // Learning and events.
        ("Learning.csv", text(LEARNING, Eol::Lf, End::Newline)),
        ("Events.csv", text(EVENTS, Eol::Lf, End::Newline)),
        // A file no known export has: the parser must survive it.
        (
            "Creator_Mode_Settings.csv",
            text(CREATOR_MODE_SETTINGS, Eol::Lf, End::Newline),
        ),
    ];
    entries
        .into_iter()
        .enumerate()
        .map(|(index, (path, content))| SampleFile {
            path,
            content,
            modified: export_mtime(index),
        })
        .collect()
}

/// The Basic export: the Complete files listed in [`BASIC_PATHS`], same bytes, same mtimes.
pub fn basic_files() -> Vec<SampleFile> {
    complete_files()
        .into_iter()
        .filter(|file| BASIC_PATHS.contains(&file.path))
        .collect()
}

/// Zips `files` deterministically: Deflate at level 6, fixed mtimes, Unix 0644 entries,
/// no directory entries, and a fixed order that looks shuffled (sorted by a hash of the
/// path), as real exports list entries in no meaningful order. The zip crate sets the
/// UTF-8 flag on non-ASCII names by itself.
pub fn zip_bytes(files: &[SampleFile]) -> Vec<u8> {
    let mut ordered: Vec<&SampleFile> = files.iter().collect();
    ordered.sort_by_key(|file| (fnv1a(file.path), file.path));
    let mut writer = ZipWriter::new(Cursor::new(Vec::new()));
    for file in ordered {
        let (year, month, day, hour, minute, second) = file.modified;
        let modified = DateTime::from_date_and_time(year, month, day, hour, minute, second)
            .expect("sample mtimes are valid DOS times");
        let options = SimpleFileOptions::default()
            .compression_method(CompressionMethod::Deflated)
            .compression_level(Some(6))
            .last_modified_time(modified)
            // Fixed so the bytes do not depend on the OS that runs the generator.
            .system(System::Unix)
            .unix_permissions(0o644);
        writer
            .start_file(file.path, options)
            .expect("writing a zip entry header to memory cannot fail");
        writer
            .write_all(&file.content)
            .expect("writing zip entry data to memory cannot fail");
    }
    writer
        .finish()
        .expect("finishing a zip in memory cannot fail")
        .into_inner()
}

/// Entry mtime of the `index`-th file: the export day (2026-11-20), from about 01:58 on,
/// irregular steps of ~17 minutes (71 files span ~20 h), even seconds (DOS times have a
/// 2-second resolution). The modulo keeps any index within the day.
fn export_mtime(index: usize) -> (u16, u8, u8, u8, u8, u8) {
    let i = u32::try_from(index).unwrap_or(0) % 75;
    let seconds = (7086 + i * 1013 + (i * 7919) % 311) & !1;
    let hour = u8::try_from(seconds / 3600).unwrap_or(23);
    let minute = u8::try_from(seconds / 60 % 60).unwrap_or(0);
    let second = u8::try_from(seconds % 60).unwrap_or(0);
    (2026, 11, 20, hour, minute, second)
}

/// 64-bit FNV-1a: a stable hash (unlike `DefaultHasher`) for the entry order.
fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[derive(Clone, Copy)]
enum Eol {
    Lf,
    Crlf,
}

#[derive(Clone, Copy)]
enum End {
    Newline,
    NoNewline,
}

/// Turns a source block into file bytes. Blocks are written between a leading and a
/// trailing newline for readability; those two are dropped, then the line ends are set
/// (CRLF also inside quoted fields, as in files that went through other tools) and the
/// final newline is added or left out.
fn text(block: &str, eol: Eol, end: End) -> Vec<u8> {
    let body = block.strip_prefix('\n').unwrap_or(block);
    let body = body.strip_suffix('\n').unwrap_or(body);
    let mut out = body.to_owned();
    if let End::Newline = end {
        out.push('\n');
    }
    match eol {
        Eol::Lf => out.into_bytes(),
        Eol::Crlf => out.replace('\n', "\r\n").into_bytes(),
    }
}

/// RFC 4180 minimal quoting, as most export files use.
fn rfc(field: &str) -> String {
    if field.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_owned()
    }
}

/// The backslash escaping of Comments.csv since mid-2025: `\"` instead of `""`.
fn backslashed(field: &str) -> String {
    if field.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", field.replace('"', "\\\""))
    } else {
        field.to_owned()
    }
}

/// The 2026 messages.csv style: every field quoted, header included.
fn all_quoted(field: &str) -> String {
    format!("\"{}\"", field.replace('"', "\"\""))
}

fn record(fields: &[&str], quote: fn(&str) -> String) -> String {
    fields
        .iter()
        .map(|field| quote(field))
        .collect::<Vec<_>>()
        .join(",")
}

/// Skills.csv, built from a list because several names end with a space (a real quirk)
/// that an editor could silently strip from a text block.
fn skills() -> Vec<u8> {
    let names = [
        "Name",
        "Analyse de données ",
        "Python ",
        "SQL",
        "Gouvernance des données ",
        "Apprentissage automatique ",
        "Visualisation de données",
        "Gestion d'équipe ",
        "Éthique de l'IA ",
        "dbt",
        "Tableau",
        "Statistiques ",
        "Prise de parole en public ",
        "Cartographie (SIG) ",
    ];
    let mut out = names.join("\n");
    out.push('\n');
    out.into_bytes()
}

/// Shares under the mid-2026 numeric-suffix name. A multi-line ShareCommentary wraps every
/// line in its own quotes: the lines are joined with `"⏎"` before CSV quoting, so the
/// decoded field reads `line one."⏎""⏎"line three`.
fn shares() -> Vec<u8> {
    const FEED: &str = "https://www.linkedin.com/feed/update/urn%3Ali%3A";
    // (date, URN after the feed prefix, commentary lines, SharedUrl, MediaUrl, Visibility)
    type Post = (
        &'static str,
        &'static str,
        &'static [&'static str],
        &'static str,
        &'static str,
        &'static str,
    );
    let posts: [Post; 11] = [
        (
            "2026-11-03 08:15:42",
            "ugcPost%3A7391180044556677889",
            &[
                "Depuis le 3 novembre 2025, LinkedIn peut utiliser nos publications pour entraîner ses modèles d'IA générative.",
                "",
                "J'ai téléchargé mes données pour voir ce qui est concerné : profil, posts, commentaires, articles…",
                "Résultat : bien plus que je ne l'imaginais.",
                "",
                "Et vous, avez-vous vérifié vos paramètres ? #IA #données",
            ],
            "",
            "https://media.licdn.com/dms/image/v2/D4E22AQexemple1103/feedshare-shrink_2048_1536/0/1762157742000?e=2147483647&v=beta&t=exemple",
            "PUBLIC",
        ),
        (
            "2026-05-19 17:02:11",
            "share%3A7330246813579246801",
            &[
                "Ravie d'annoncer que notre coopérative publie sa charte d'usage de l'IA, en licence libre !",
            ],
            "https://cooperative-canuts.example.org/charte-ia",
            "",
            "PUBLIC",
        ),
        (
            "2025-09-08 12:44:03",
            "groupPost%3A4480021-7370845566778899001",
            &[
                "Question au groupe : quels outils utilisez-vous pour documenter vos jeux de données ?",
            ],
            "",
            "",
            "CONNECTIONS",
        ),
        (
            "2025-03-27 07:30:00",
            "share%3A7310987654321098765",
            &[""],
            "https://www.linkedin.com/feed/update/urn:li:activity:7310911122233344455",
            "",
            "MEMBER_NETWORK",
        ),
        (
            "2024-10-17 09:05:27",
            "ugcPost%3A7252600011122233344",
            &[
                "Nouvel article sur le blog : dix erreurs de qualité des données que j'ai faites.",
                "",
                "La pire ? Croire qu'un tableau de bord se suffit à lui-même.",
            ],
            "https://blog.example.com/qualite-donnees",
            "",
            "MEMBER_NETWORK",
        ),
        (
            "2023-03-01 08:00:12",
            "share%3A7036660011223344556",
            &[
                "Nouveau chapitre : je rejoins la Coopérative des Canuts Numériques comme directrice data & IA. Merci à toute l'équipe de Mobilités Presqu'île pour ces quatre belles années !",
            ],
            "",
            "",
            "MEMBER_NETWORK",
        ),
        (
            "2022-06-24 16:45:33",
            "ugcPost%3A6946012345678901234",
            &[""],
            "",
            "https://media.licdn.com/dms/image/v2/C4E22AQexemple0624/feedshare-shrink_1280/0/1656089133000?e=2147483647&v=beta&t=exemple",
            "PUBLIC",
        ),
        (
            "2021-04-06 10:12:45",
            "share%3A6785123456789012345",
            &[
                "Mon article « Mesurer sans surveiller » est paru dans la Revue Exemple des Territoires.",
                "Merci aux collectivités qui ont accepté de partager leurs données anonymisées.",
            ],
            "https://revue.example.org/mesurer-sans-surveiller",
            "",
            "CONNECTIONS",
        ),
        (
            "2019-07-01 09:00:00",
            "activity%3A6551234567890123456",
            &[
                "Premier jour chez Mobilités Presqu'île ! On recrute bientôt des analystes, écrivez-moi.",
            ],
            "",
            "",
            "MEMBER_NETWORK",
        ),
        (
            "2018-12-12 18:20:54",
            "activity%3A6478123456789012345",
            &[
                "Notre tableau de bord des pistes cyclables a reçu le prix de l'innovation locale. Fière de l'équipe !",
            ],
            "",
            "",
            "PUBLIC",
        ),
        (
            "2016-11-05 14:33:09",
            "activity%3A6200456789012345678",
            &[
                "Quelqu'un a-t-il déjà migré un entrepôt de données vers le cloud sans douleur ? Je prends tous les conseils.",
            ],
            "",
            "",
            "MEMBER_NETWORK",
        ),
    ];
    let mut out = String::from("Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n");
    for (date, urn, lines, shared, media, visibility) in posts {
        let link = format!("{FEED}{urn}");
        let commentary = lines.join("\"\n\"");
        out.push_str(&record(
            &[date, &link, &commentary, shared, media, visibility],
            rfc,
        ));
        out.push('\n');
    }
    out.into_bytes()
}

/// Comments.csv in the mid-2025 style: `\"` inside quoted fields, real newlines in
/// multi-line messages.
fn comments() -> Vec<u8> {
    const FEED: &str = "https://www.linkedin.com/feed/update/urn%3Ali%3A";
    let rows: [(&str, &str, &str); 10] = [
        (
            "2026-11-10 19:22:04",
            "ugcPost%3A7393300011122233344",
            "Merci pour ce partage ! Le passage sur \"la donnée utile\" m'a beaucoup parlé.",
        ),
        (
            "2026-07-02 08:41:37",
            "groupPost%3A4480021-7346001122334455667",
            "Trois conseils de mon côté :\n1. documenter avant de modéliser ;\n2. mesurer la qualité chaque semaine ;\n3. fêter les petites victoires.",
        ),
        (
            "2025-12-01 12:05:50",
            "activity%3A7401122334455667788",
            "\"Mesurer\", c'est déjà choisir. Très juste.",
        ),
        (
            "2025-08-19 21:10:02",
            "activity%3A7363344556677889900",
            "Bravo Inès !",
        ),
        (
            "2024-11-26 10:33:18",
            "ugcPost%3A7267001122334455667",
            "J'appelle ça \"la dette de données\"",
        ),
        (
            "2024-02-19 10:22:49",
            "activity%3A7165544332211009988",
            "Tout à fait d'accord. On a vécu la même chose en 2020, avec des données de comptage faussées par le confinement.",
        ),
        (
            "2023-05-30 14:00:07",
            "activity%3A7069988776655443322",
            "Belle initiative.\nSi vous cherchez des bénévoles pour les ateliers, je suis partante.",
        ),
        (
            "2021-10-14 07:55:41",
            "activity%3A6853322110099887766",
            "Félicitations pour ce nouveau poste, Thomas !",
        ),
        (
            "2019-03-08 18:12:26",
            "activity%3A6509876501234567890",
            "Merci à toutes celles qui m'ont aidée à me lancer dans la data.",
        ),
        (
            "2017-06-21 09:48:03",
            "activity%3A6283344556677889900",
            "Très bon résumé, merci.",
        ),
    ];
    let mut out = String::from("Date,Link,Message\n");
    for (date, urn, message) in rows {
        let link = format!("{FEED}{urn}");
        out.push_str(&record(&[date, &link, message], backslashed));
        out.push('\n');
    }
    out.into_bytes()
}

/// messages.csv in the 2026 style: every field quoted, the draft flags (late 2024) and
/// ATTACHMENTS (2025) columns, real newlines inside CONTENT.
fn messages() -> Vec<u8> {
    let header = [
        "CONVERSATION ID",
        "CONVERSATION TITLE",
        "FROM",
        "SENDER PROFILE URL",
        "TO",
        "RECIPIENT PROFILE URLS",
        "DATE",
        "SUBJECT",
        "CONTENT",
        "FOLDER",
        "IS MESSAGE DRAFT",
        "IS CONVERSATION DRAFT",
        "ATTACHMENTS",
    ];
    let hugo = (
        "Hugo Lemaire",
        "https://www.linkedin.com/in/hugo-lemaire-exemple",
    );
    let sophie = (
        "Sophie Nguyen",
        "https://www.linkedin.com/in/sophie-nguyen-exemple",
    );
    let thomas = (
        "Thomas Garnier",
        "https://www.linkedin.com/in/thomas-garnier-exemple",
    );
    let me = (MEMBER, MEMBER_URL);
    // (conversation, title, from, to, date, subject, content, attachments)
    type Message<'a> = (
        &'a str,
        &'a str,
        (&'a str, &'a str),
        (&'a str, &'a str),
        &'a str,
        &'a str,
        &'a str,
        &'a str,
    );
    let rows: [Message; 9] = [
        (
            "2-ZXhlbXBsZS1jb252LTAwMw==",
            "",
            thomas,
            me,
            "2026-10-14 16:20:31 UTC",
            "",
            "Voici le programme de l'atelier, dis-moi si ça te va.\nJe peux décaler au jeudi si besoin.",
            "https://www.linkedin.com/dms/prv/exemple/messaging-attachmentFile/programme-atelier.pdf",
        ),
        (
            "2-ZXhlbXBsZS1jb252LTAwMw==",
            "",
            me,
            thomas,
            "2026-10-14 17:02:58 UTC",
            "",
            "Parfait, merci ! Jeudi me va mieux.",
            "",
        ),
        (
            "2-ZXhlbXBsZS1jb252LTAwMw==",
            "",
            thomas,
            me,
            "2026-10-15 08:11:04 UTC",
            "",
            "Noté pour jeudi.",
            "",
        ),
        (
            "2-ZXhlbXBsZS1jb252LTAwMg==",
            "Poste de directrice data",
            hugo,
            me,
            "2023-01-06 09:30:12 UTC",
            "Poste de directrice data",
            "Bonjour Camille,\n\nNous ouvrons un poste de directrice ou directeur data & IA à la coopérative. Votre parcours correspond très bien.\nSeriez-vous disponible pour un appel la semaine prochaine ?\n\nBien à vous,\nHugo",
            "",
        ),
        (
            "2-ZXhlbXBsZS1jb252LTAwMg==",
            "Poste de directrice data",
            me,
            hugo,
            "2023-01-06 12:47:40 UTC",
            "",
            "Bonjour Hugo,\nAvec plaisir. Mardi après-midi ?\nCamille",
            "",
        ),
        (
            "2-ZXhlbXBsZS1jb252LTAwMg==",
            "Poste de directrice data",
            hugo,
            me,
            "2023-01-06 14:05:09 UTC",
            "",
            "Mardi 15 h, c'est noté. Je vous envoie une invitation.",
            "",
        ),
        (
            "2-ZXhlbXBsZS1jb252LTAwMQ==",
            "",
            sophie,
            me,
            "2019-06-28 18:41:22 UTC",
            "",
            "Bonne chance pour ton nouveau poste ! Tu vas nous manquer.",
            "",
        ),
        (
            "2-ZXhlbXBsZS1jb252LTAwMQ==",
            "",
            me,
            sophie,
            "2019-06-28 19:03:57 UTC",
            "",
            "Merci Sophie ! On se voit au prochain meetup.",
            "",
        ),
        (
            "2-ZXhlbXBsZS1jb252LTAwMQ==",
            "",
            sophie,
            me,
            "2019-06-29 07:15:00 UTC",
            "",
            "Avec plaisir !",
            "",
        ),
    ];
    let mut out = record(&header, all_quoted);
    out.push('\n');
    for (conversation, title, from, to, date, subject, content, attachments) in rows {
        let fields = [
            conversation,
            title,
            from.0,
            from.1,
            to.0,
            to.1,
            date,
            subject,
            content,
            "INBOX",
            "false",
            "false",
            attachments,
        ];
        out.push_str(&record(&fields, all_quoted));
        out.push('\n');
    }
    out.into_bytes()
}

/// coach_messages.csv: a short conversation with LinkedIn's AI coach, in the plain
/// 10-column message header (minimal quoting).
fn coach_messages() -> Vec<u8> {
    const COACH: &str = "LinkedIn Coach";
    let rows: [(&str, &str, &str, &str); 5] = [
        (
            "2-Y29hY2gtZXhlbXBsZS0wMDE=",
            MEMBER,
            "2025-11-05 20:14:37 UTC",
            "Peux-tu m'aider à reformuler mon résumé pour mettre en avant la gouvernance de l'IA ?",
        ),
        (
            "2-Y29hY2gtZXhlbXBsZS0wMDE=",
            COACH,
            "2025-11-05 20:14:52 UTC",
            "Bien sûr. Voici une proposition :\n« Directrice data & IA, je conçois des usages de l'IA utiles, mesurés et gouvernés collectivement. »\nVoulez-vous une version plus courte ?",
        ),
        (
            "2-Y29hY2gtZXhlbXBsZS0wMDE=",
            MEMBER,
            "2025-11-05 20:16:03 UTC",
            "Oui, plus courte, et sans jargon s'il te plaît.",
        ),
        (
            "2-Y29hY2gtZXhlbXBsZS0wMDE=",
            COACH,
            "2025-11-05 20:16:11 UTC",
            "« Je mets l'IA au service des équipes, avec des règles claires. »",
        ),
        (
            "2-Y29hY2gtZXhlbXBsZS0wMDI=",
            MEMBER,
            "2026-09-14 07:48:20 UTC",
            "Quelles questions poser lors d'un entretien pour un poste de data engineer ?\nJe recrute en octobre.",
        ),
    ];
    let mut out = String::from(MESSAGE_HEADER.trim_matches('\n'));
    out.push('\n');
    for (conversation, from, date, content) in rows {
        let (from_url, to, to_url) = if from == MEMBER {
            (MEMBER_URL, COACH, "")
        } else {
            ("", MEMBER, MEMBER_URL)
        };
        let fields = [
            conversation,
            "",
            from,
            from_url,
            to,
            to_url,
            date,
            "",
            content,
            "INBOX",
        ];
        out.push_str(&record(&fields, rfc));
        out.push('\n');
    }
    out.into_bytes()
}

/// The 10-column header shared by the message-shaped AI files; alone it is the 113-byte
/// header-only file LinkedIn writes when there is no conversation.
const MESSAGE_HEADER: &str = r##"
CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER
"##;

const PROFILE: &str = r##"
First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers
Camille,Durand-Lefèvre,,,Apr 22,Directrice data & IA · Coopérative des Canuts Numériques · Lyon,"Passionnée par la donnée utile et responsable, j'accompagne depuis plus de dix ans des équipes qui transforment des chiffres en décisions.
Aujourd'hui, je dirige le pôle data & IA d'une coopérative lyonnaise : gouvernance, qualité et pédagogie avant tout.
Mentore bénévole, conférencière à l'occasion, cycliste toujours.",Technologies et services de l'information,69003,"Lyon, Auvergne-Rhône-Alpes, France",[camille_dl_exemple],[PERSONAL:https://camille-durand-lefevre.example.com],
"##;

/// The header plus one empty record, as LinkedIn writes it when the field is unused.
const PROFILE_SUMMARY: &str = r##"
Profile Summary
""
"##;

const POSITIONS: &str = r##"
Company Name,Title,Description,Location,Started On,Finished On
Coopérative des Canuts Numériques,Directrice data & IA,"Je pilote une équipe de neuf personnes (data engineers, analystes, une juriste) et la feuille de route IA de la coopérative.
Mise en place d'une charte d'usage de l'IA générative et d'un comité éthique.","Lyon, Auvergne-Rhône-Alpes, France",Mar 2023,
Mobilités Presqu'île,Responsable data,"Création de l'équipe data (de 1 à 6 personnes), tableau de bord de fréquentation des vélos en libre-service, modèles de prévision de la demande.","Lyon, Auvergne-Rhône-Alpes, France",Jul 2019,Feb 2023
Confluence Données SARL,Ingénieure données,Entrepôt de données pour des clients de la distribution ; migration vers le cloud ; formation des analystes à SQL.,"Villeurbanne, Auvergne-Rhône-Alpes, France",Sep 2015,Jun 2019
Atelier Fourvière Logiciels,Développeuse web,N/A,"Lyon, France",Sep 2012,Aug 2015
Atelier Fourvière Logiciels,Stagiaire développement,,Lyon,2012,2012
"##;

const EDUCATION: &str = r##"
School Name,Start Date,End Date,Notes,Degree Name,Activities
Institut Polytechnique du Rhône,2009,2012,,Diplôme d'ingénieur informatique,"Bureau des élèves, club de cyclisme"
Lycée du Parc des Canuts,2007,2009,,Classes préparatoires MPSI/MP,
"##;

const LANGUAGES: &str = r##"
Name,Proficiency
Français,Native or bilingual proficiency
Anglais,Full professional proficiency
Italien,Elementary proficiency
Langue des signes française,
"##;

const COURSES: &str = r##"
Name,Number
Apprentissage statistique,MATH-412
Bases de données avancées,
Éthique et numérique,ETH-201
"##;

const CERTIFICATIONS: &str = r##"
Name,Url,Authority,Started On,Finished On,License Number
Introduction à la protection des données (RGPD),https://formation.example.net/rgpd/attestation/88213,Institut Exemple du Numérique,Nov 2023,,N/A
Certification Analyste de données avancée,https://certifications.example.org/verify/CDL-2021-0457,Organisme Fictif de Certification,Jun 2021,Jun 2024,CDL-2021-0457
Gestion de projet agile (niveau 1),,Académie Exemple,Mar 2017,,
"##;

const PROJECTS: &str = r##"
Title,Description,Url,Started On,Finished On
Atelier « Données et citoyenneté »,Série de six ateliers gratuits pour initier des lycéens à la lecture critique des graphiques.,,Jan 2022,Jun 2022
Prévision de la demande de vélos,,,2020,
Tableau de bord des pistes cyclables,"Carte ouverte des aménagements cyclables de la métropole, mise à jour chaque semaine à partir des données publiques.",https://projets.example.org/pistes,Apr 2018,Dec 2018
"##;

const PUBLICATIONS: &str = r##"
Name,Published On,Description,Publisher,Url
"Qualité des données : dix erreurs que j'ai faites (pour que vous les évitiez)","Oct 17, 2024",,Blog Exemple Data,https://blog.example.com/qualite-donnees
Mesurer sans surveiller : la donnée de mobilité au service des villes,"Apr 3, 2021",Retour d'expérience sur l'anonymisation des trajets.,Revue Exemple des Territoires,https://revue.example.org/mesurer-sans-surveiller
"##;

const HONORS: &str = r##"
Title,Description,Issued On
Mention « Données ouvertes exemplaires »,,2022
Prix de l'innovation locale,Pour le tableau de bord des pistes cyclables.,Dec 2018
"##;

const ORGANIZATIONS: &str = r##"
Name,Description,Position,Started On,Finished On
Association Exemple des Femmes dans la Data,Réseau d'entraide et de mentorat.,Membre du bureau,Jan 2020,
Club Cycliste des Pentes (fictif),,Trésorière,Sep 2016,Aug 2019
"##;

const VOLUNTEERING: &str = r##"
Company Name,Role,Cause,Started On,Finished On,Description
Code Exemple pour Toutes,Mentore,EDUCATION,Sep 2018,,Accompagnement de personnes en reconversion vers les métiers de la donnée.
Banque Alimentaire Exemple du Rhône,Bénévole logistique,POVERTY_ALLEVIATION,Nov 2014,Mar 2016,
"##;

const CAUSES: &str = r##"
Supported Cause
Éducation
Environnement
Science et technologie
"##;

const MEMBER_HASHTAGS: &str = r##"
Member Posts About Hashtags
#donnees
#ia
#mobilite
"##;

const TEST_SCORES: &str = r##"
Test Date,Description,Name,Score
Jun 2011,Test d'anglais passé en école d'ingénieurs,TOEIC (exemple),935
"##;

/// The Patents header is unverified: seen only in third-party code.
const PATENTS: &str = r##"
Title,Patent Or Application Number,Issued On,Description,Url
Procédé d'estimation de la disponibilité de vélos partagés,FR0000000-EXEMPLE,"Mar 14, 2022",Méthode de prévision à court terme fondée sur l'historique des stations.,https://brevets.example.org/FR0000000
"##;

const RECOMMENDATIONS_RECEIVED: &str = r##"
First Name,Last Name,Company,Job Title,Text,Creation Date,Status
Julien,Marchetti,Mobilités Presqu'île,Directeur général,"Camille a construit notre équipe data à partir de rien. Rigoureuse, pédagogue et toujours de bonne humeur, elle sait expliquer un modèle à un conseil d'administration comme à un technicien d'atelier.","03/02/23, 09:14 AM",VISIBLE
Sophie,Nguyen,Confluence Données SARL,Analyste BI,"J'ai appris SQL grâce à Camille ! Patiente, précise, et d'une grande générosité.","07/11/19, 06:41 PM",VISIBLE
Marc,Oliveira,Atelier Fourvière Logiciels,Chef de projet,Camille est une développeuse fiable.,"09/01/15, 11:02 AM",HIDDEN
"##;

const RECOMMENDATIONS_GIVEN: &str = r##"
First Name,Last Name,Company,Job Title,Text,Creation Date,Status
Inès,Bouvier,Coopérative des Canuts Numériques,Data engineer,Inès transforme n'importe quel pipeline fragile en chaîne robuste et documentée. Une collègue précieuse.,"05/06/24, 02:30 PM",
Thomas,Garnier,Mobilités Presqu'île,Analyste,"Thomas pose toujours la bonne question avant d'écrire la première ligne de code, et il écoute la réponse.","11/28/21, 08:05 AM",
"##;

const ENDORSEMENTS_RECEIVED: &str = r##"
Endorsement Date,Skill Name,Endorser First Name,Endorser Last Name,Endorser Public Url,Endorsement Status
2025/11/02 09:14:27 UTC,Gouvernance des données,Inès,Bouvier,www.linkedin.com/in/ines-bouvier-exemple,ACCEPTED
2024/05/21 16:40:03 UTC,Éthique de l'IA,Julien,Marchetti,www.linkedin.com/in/julien-marchetti-exemple,ACCEPTED
2022/01/13 12:05:59 UTC,Python,Thomas,Garnier,www.linkedin.com/in/thomas-garnier-exemple,ACCEPTED
2021/12/09 14:03:28 UTC,Apprentissage automatique,Léa,Fontaine,www.linkedin.com/in/lea-fontaine-exemple,PENDING
2019/09/30 07:22:10 UTC,Visualisation de données,Karim,Benali,www.linkedin.com/in/karim-benali-exemple,ACCEPTED
2017/06/02 20:31:45 UTC,Analyse de données,Sophie,Nguyen,www.linkedin.com/in/sophie-nguyen-exemple,ACCEPTED
2016/03/08 18:22:41 UTC,SQL,Sophie,Nguyen,www.linkedin.com/in/sophie-nguyen-exemple,ACCEPTED
"##;

const ENDORSEMENTS_GIVEN: &str = r##"
Endorsement Date,Skill Name,Endorsee First Name,Endorsee Last Name,Endorsee Public Url,Endorsement Status
2026/02/17 10:02:33 UTC,dbt,Inès,Bouvier,www.linkedin.com/in/ines-bouvier-exemple,ACCEPTED
2023/08/29 13:47:12 UTC,Gestion de projet,Karim,Benali,www.linkedin.com/in/karim-benali-exemple,ACCEPTED
2020/11/04 08:19:56 UTC,SQL,Thomas,Garnier,www.linkedin.com/in/thomas-garnier-exemple,PENDING
"##;

/// 40 reactions, one all-empty record (`,,`) among them, one reaction to a comment.
const REACTIONS: &str = r##"
Date,Type,Link
2026-10-23 18:09:10,APPRECIATION,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A7370977038972594783
2026-04-28 04:26:53,ENTERTAINMENT,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A7370933349288839047
2026-04-23 03:40:04,MAYBE,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7370307083216290528
2025-10-31 19:12:29,APPRECIATION,https://www.linkedin.com/feed/update/urn%3Ali%3AugcPost%3A7240003892831747654
2025-06-04 15:00:52,INTEREST,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A7240346060617996700
2024-12-11 22:31:10,LIKE,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A7110191918806368983
2024-07-18 09:31:54,LIKE,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A7110888177205155200
2024-05-14 13:43:01,EMPATHY,https://www.linkedin.com/feed/update/urn%3Ali%3AugcPost%3A7110379167100736423
2024-03-22 01:11:17,INTEREST,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A7110052166774222201
2024-03-04 07:32:46,INTEREST,https://www.linkedin.com/feed/update/urn%3Ali%3AugcPost%3A7110310917054367362?commentUrn=urn%3Ali%3Acomment%3A%28ugcPost%3A7110310917054367362%2C7110311200456789012%29
2024-02-08 05:52:18,LIKE,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A7110015310370958500
2023-10-31 03:23:08,LIKE,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A6980309572267998349
2023-07-31 03:49:42,APPRECIATION,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A6980701165569207029
2023-06-11 14:03:34,EMPATHY,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A6980620950722254436
2023-04-10 08:54:06,LIKE,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A6980135909552197059
2023-04-09 21:12:53,LIKE,https://www.linkedin.com/feed/update/urn%3Ali%3AugcPost%3A6980245255553322312
2023-04-02 23:00:41,LIKE,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A6980539873149111814
2023-03-31 18:25:06,ENTERTAINMENT,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A6980337153471763185
2023-01-04 05:05:18,ENTERTAINMENT,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A6980629347607493699
2022-11-20 13:04:57,EMPATHY,https://www.linkedin.com/feed/update/urn%3Ali%3AugcPost%3A6850521312753763957
,,
2022-08-17 13:03:37,LIKE,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A6850606964206119041
2022-05-11 04:41:44,LIKE,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A6850444616593637721
2022-04-03 23:38:47,INTEREST,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A6850373394409413245
2022-02-02 06:19:32,LIKE,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A6850696716027716335
2022-02-01 05:08:55,EMPATHY,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A6850473089110216493
2021-12-30 17:40:51,PRAISE,https://www.linkedin.com/feed/update/urn%3Ali%3AugcPost%3A6720393434286998631
2021-02-05 17:34:16,PRAISE,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A6720614081773885259
2020-12-02 12:13:21,INTEREST,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A6590891846952387468
2020-09-13 16:20:48,APPRECIATION,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A6590351544094779553
2020-08-16 01:47:38,LIKE,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A6590709719064330559
2019-09-01 21:42:54,LIKE,https://www.linkedin.com/feed/update/urn%3Ali%3AugcPost%3A6460020353110882163
2019-05-15 03:00:35,LIKE,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A6460243307419804145
2019-04-13 04:06:06,PRAISE,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A6460206460247445306
2019-02-24 13:59:01,APPRECIATION,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A6460943027522298113
2018-12-24 03:02:28,INTEREST,https://www.linkedin.com/feed/update/urn%3Ali%3AugcPost%3A6330744696589099503
2018-10-22 11:54:53,PRAISE,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A6330445837735980801
2018-07-03 15:23:35,LIKE,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A6330848507501309857
2017-12-05 01:42:15,EMPATHY,https://www.linkedin.com/feed/update/urn%3Ali%3AugcPost%3A6200138068121593752
2017-11-29 12:35:07,PRAISE,https://www.linkedin.com/feed/update/urn%3Ali%3AugcPost%3A6200112144152503605
2017-04-07 08:38:33,LIKE,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A6200307245538659075
"##;

/// Poll votes: links not URL-encoded, `\"` escaping (late-2025 style), no final newline.
const VOTES: &str = r##"
Date,Link,OptionText
2026-09-30 12:14:55,https://www.linkedin.com/feed/update/urn:li:ugcPost:7378812345678901234,"Oui, \"souvent\""
2025-11-04 08:30:19,https://www.linkedin.com/feed/update/urn:li:activity:7391234567890123456,Non
2024-06-12 17:45:00,https://www.linkedin.com/feed/update/urn:li:ugcPost:7206543210987654321,La documentation
2023-02-14 11:11:11,https://www.linkedin.com/feed/update/urn:li:activity:7031234567890123456,Plutôt d'accord
"##;

const INSTANT_REPOSTS: &str = r##"
Date,Link
2026-03-09 07:58:21,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7436789012345678901
2025-05-22 12:40:10,https://www.linkedin.com/feed/update/urn%3Ali%3AugcPost%3A7331234567812345678
2023-09-18 19:03:47,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A7109876543212345678
"##;

/// Rich_Media: sentence dates, several kinds, non-ASCII replaced by `?`, no final newline.
const RICH_MEDIA: &str = r##"
Date/Time,Media Description,Media Link
"You uploaded a feed photo on November 3, 2026 at 8:15 AM (GMT)",Capture des param?tres de confidentialit?,https://media.licdn.com/dms/image/v2/D4E22AQexemple1103/feedshare-shrink_2048_1536/0/1762157742000?e=2147483647&v=beta&t=exemple
"You uploaded a document on October 17, 2024 at 9:03 AM (GMT)",Dix erreurs de qualit? des donn?es,https://media.licdn.com/dms/document/media/v2/D4E1FAQexemple1017/feedshare-document-pdf-analyzed/0/1729155780000?e=2147483647&v=beta&t=exemple
"You uploaded a profile photo on March 2, 2023 at 9:47 PM (GMT)",,https://media.licdn.com/dms/image/v2/D4E03AQexemple0302/profile-originalphoto-shrink_800_800/0/1677793620000?e=2147483647&v=beta&t=exemple
"You uploaded a profile background photo on March 2, 2023 at 9:52 PM (GMT)",Vue sur la colline depuis les pentes,https://media.licdn.com/dms/image/v2/D4E16AQexemple0302/profile-displaybackgroundimage-shrink_350_1400/0/1677793920000?e=2147483647&v=beta&t=exemple
"You uploaded a video on June 24, 2022 at 4:44 PM (GMT)",Atelier donn?es ouvertes ? la m?diath?que,https://media.licdn.com/dms/video/v2/C4E05AQexemple0624/feedshare-720p/0/1656089040000?e=2147483647&v=beta&t=exemple
"You uploaded a article cover photo on September 14, 2021 at 6:55 AM (GMT)",,https://media.licdn.com/dms/image/v2/C4E12AQexemple0914/article-cover_image-shrink_720_1280/0/1631602500000?e=2147483647&v=beta&t=exemple
"You uploaded a feed photo on December 12, 2018 at 6:19 PM (GMT)",Remise du prix de l'innovation locale,https://media.licdn.com/dms/image/v2/C4E22AQexemple1212/feedshare-shrink_1280/0/1544638740000?e=2147483647&v=beta&t=exemple
"##;

/// A published article with a cover image; its file name is accented (UTF-8 zip name).
const ARTICLE_QUALITE: &str = r##"
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>La qualité des données commence à la saisie</title>
</head>
<body>
<img src="https://media.licdn.com/dms/image/v2/C4E12AQexemple0914/article-cover_image-shrink_720_1280/0/1631602500000?e=2147483647&amp;v=beta&amp;t=exemple" alt="" title="" />
<h1><a href="https://www.linkedin.com/pulse/la-qualit%C3%A9-des-donn%C3%A9es-commence-%C3%A0-saisie-camille-durand-lef%C3%A8vre">La qualité des données commence à la saisie</a></h1>
<p class="created">Created on 2021-09-10 08:31</p>
<p class="published">Published on 2021-09-14 07:00</p>
<div>
<p>Chaque fois qu'un tableau de bord affiche un chiffre absurde, on accuse le modèle. Pourtant, dans neuf cas sur dix, l'erreur est née bien plus tôt : au moment de la saisie.</p>
<h2>Trois habitudes qui changent tout</h2>
<p>D'abord, expliquer à celles et ceux qui saisissent <strong>à quoi servent</strong> les données. Ensuite, valider au plus près de la source. Enfin, mesurer la qualité aussi régulièrement que le chiffre d'affaires.</p>
<p>Rien de révolutionnaire, mais ces trois gestes ont divisé par quatre nos corrections manuelles chez <a href="https://www.example.com/">un ancien client</a> de la distribution.</p>
</div>
</body>
</html>
"##;

/// A published article whose body uses HTML entities (`&#39;`, `&amp;`, `&laquo;`).
const ARTICLE_GOUVERNER: &str = r##"
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>Gouverner l&#39;IA dans une coopérative</title>
</head>
<body>
<h1><a href="https://www.linkedin.com/pulse/gouverner-lia-dans-une-coop%C3%A9rative-camille-durand-lef%C3%A8vre">Gouverner l&#39;IA dans une coopérative</a></h1>
<p class="created">Created on 2025-02-03 18:20</p>
<p class="published">Published on 2025-02-10 07:30</p>
<div>
<p>Quand notre coopérative a voulu utiliser l&#39;IA générative, la première question n&#39;a pas été &laquo; quel outil ? &raquo; mais &laquo; qui décide ? &raquo;.</p>
<p>Nous avons donc écrit une charte courte : finalités, données autorisées, relecture humaine et registre public des usages. Le comité éthique se réunit chaque mois ; il rassemble salariés, sociétaires &amp; une personne extérieure.</p>
<p>Un an plus tard, le bilan est simple : moins d&#39;usages, mais de meilleurs usages. Et une équipe qui sait dire non.</p>
</div>
</body>
</html>
"##;

/// A draft: `Published on ---`, no /pulse/ link, a file name with colons and spaces.
const ARTICLE_DRAFT: &str = r##"
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>Brouillon</title>
</head>
<body>
<h1>Brouillon</h1>
<p class="created">Created on 2024-06-22 10:12</p>
<p class="published">Published on ---</p>
<div>
<p>Ce que le vélo m&#39;a appris sur la donnée : notes en vrac, à reprendre.</p>
</div>
</body>
</html>
"##;

/// Saved items: links not URL-encoded.
const SAVED_ITEMS: &str = r##"
savedItem,CreatedTime
https://www.linkedin.com/feed/update/urn:li:activity:7388001122334455667,2026-10-02 06:58:14
https://www.linkedin.com/feed/update/urn:li:ugcPost:7265544332211000998,2024-11-21 21:37:45
https://www.linkedin.com/feed/update/urn:li:activity:7101122334455667788,2023-08-27 10:04:31
"##;

const HASHTAG_FOLLOWS: &str = r##"
HashTag,CreatedTime,LastModifiedTime,State
opendata,2018-05-16 19:21:07,2018-05-16 19:21:07,FOLLOWING
velo,2019-07-02 08:10:44,2019-07-02 08:10:44,FOLLOWING
ia,2023-03-02 22:05:18,2025-11-06 07:30:02,UNFOLLOWED
"##;

/// Not CSV at all: the text LinkedIn writes when there is no learning-coach conversation.
const LEARNING_COACH_MESSAGES: &str = r##"
No conversations found


"##;

const JOB_APPLICATIONS: &str = r##"
Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,Job Url,Resume Name,Question And Answers
"1/12/23, 8:47 PM",camille.durand-lefevre@example.com, +33 6 00 00 00 17,Coopérative des Canuts Numériques,Directrice data & IA,https://www.linkedin.com/jobs/view/3400000001,CV_Camille_Durand-Lefevre_2023.pdf,Années d'expérience en gestion d'équipe ? : 6 | Permis B ? : Oui
"11/30/22, 7:05 AM",camille.durand-lefevre@example.com, +33 6 00 00 00 17,Agence Exemple de la Mobilité,Head of Data,https://www.linkedin.com/jobs/view/3390000002,CV_Camille_Durand-Lefevre_2022.pdf,
"5/14/19, 9:12 PM",camille.durand-lefevre@example.com, +33 6 00 00 00 17,Mobilités Presqu'île,Responsable data,https://www.linkedin.com/jobs/view/1230000003,CV_Camille_Durand-Lefevre_2019.pdf,Êtes-vous disponible en juillet ? : Oui
"##;

const SAVED_JOBS: &str = r##"
Saved Date,Job Url,Job Title,Company Name
"10/21/26, 6:30 PM",https://www.linkedin.com/jobs/view/4100000004,Chief Data Officer,Métropole Exemple
"12/2/22, 10:18 AM",https://www.linkedin.com/jobs/view/3395000005,Directrice des données,Région Exemple
"##;

/// 19 columns; placeholders `USER_DID_NOT_SPECIFY` as LinkedIn writes them.
const JOB_SEEKER_PREFERENCES: &str = r##"
Locations,Industries,Company Employee Count,Preferred Job Types,Job Titles,Open To Recruiters,Dream Companies,Profile Shared With Job Poster,Job Title For Searching Fast Growing Companies,Introduction Statement,Phone Number,Job Seeker Activity Level,Preferred Start Time Range,Commute Preference Starting Address,Commute Preference Starting Time,Mode Of Transportation,Maximum Commute Duration,Open Candidate Visibility,Job Seeking Urgency Level
"Lyon, Auvergne-Rhône-Alpes, France",Technologies et services de l'information,USER_DID_NOT_SPECIFY,Temps plein,Directrice data | Chief Data Officer,No,,Yes,,,,CASUAL,USER_DID_NOT_SPECIFY,,,Vélo,30 minutes,RECRUITERS_ONLY,USER_DID_NOT_SPECIFY
"##;

/// The last record is all placeholders: it is not a record to count.
const SAVED_ANSWERS: &str = r##"
Question,Answer
Numéro de téléphone,+33 6 00 00 00 17
Années d'expérience avec Python,10
N/A, -
"##;

const SCREENING_RESPONSES: &str = r##"
Question,Answer
Combien d'années d'expérience avez-vous en gestion d'équipe ?,6
Êtes-vous disposée à travailler en mode hybride à Lyon ?,Oui
Quel est votre niveau d'anglais ?,Courant (C1)
"##;

/// A numbered part: the header is repeated.
const SCREENING_RESPONSES_1: &str = r##"
Question,Answer
Pourquoi souhaitez-vous rejoindre notre organisation ?,"Parce que votre projet associe données publiques, mobilité douce et gouvernance partagée : exactement ce qui me motive."
Avez-vous une autorisation de travail valable en France ?,Oui
"##;

/// A numbered part with a placeholder answer (` -`), no final newline.
const SCREENING_RESPONSES_2: &str = r##"
Question,Answer
Décrivez un projet dont vous êtes fière.,"Le tableau de bord des pistes cyclables : six mois, trois bénévoles, et une carte utilisée chaque semaine par la métropole."
Prétentions salariales ?, -
"##;

/// Header invented (reference: "two header generations", none given).
const SAVED_JOB_ALERTS: &str = r##"
Alert Date,Alert Parameters,Alert Frequency
"9/3/26, 7:12 AM","keywords=chief data officer&location=Lyon, Auvergne-Rhône-Alpes, France",WEEKLY
"11/18/22, 9:40 PM",keywords=head of data&location=Lyon,DAILY
"##;

/// Jobs the member posted (21 columns, names invented: only the count is known).
const ONLINE_JOB_POSTINGS: &str = r##"
Job Id,Created At,Job Title,Company Name,Location,Workplace Type,Employment Type,Job Function,Industry,Seniority Level,Job Description,Skills,Apply Method,Apply Url,Contact Email,Screening Questions,Job State,Listed At,Closed At,Applicant Count,Views
4020000006,"9/16/24, 3:22 PM",Data engineer (H/F),Coopérative des Canuts Numériques,"Lyon, Auvergne-Rhône-Alpes, France",HYBRID,FULL_TIME,Ingénierie,Technologies et services de l'information,Confirmé,"Rejoignez une équipe data de neuf personnes : pipelines dbt, qualité des données, open data.",dbt; SQL; Python,LINKEDIN,,recrutement@cooperative-canuts.example.org,Avez-vous une autorisation de travail valable en France ?,CLOSED,"9/17/24, 8:00 AM","10/31/24, 6:00 PM",58,1204
"##;

/// The full text of an uploaded résumé, as LinkedIn stores it for "easy apply".
const PRIVATE_IDENTITY_ASSET: &str = r##"
Private Identity Asset Name,Private Identity Asset Raw Text
CV_Camille_Durand-Lefevre_2023.pdf,"Camille Durand-Lefèvre
Lyon · camille.durand-lefevre@example.com · +33 6 00 00 00 17
Directrice data & IA
Expérience
2023 – aujourd'hui : Directrice data & IA, Coopérative des Canuts Numériques
2019 – 2023 : Responsable data, Mobilités Presqu'île
2015 – 2019 : Ingénieure données, Confluence Données SARL
2012 – 2015 : Développeuse web, Atelier Fourvière Logiciels
Formation
Diplôme d'ingénieur informatique, Institut Polytechnique du Rhône (2012)
Compétences : Python, SQL, dbt, gouvernance des données, éthique de l'IA"
"##;

/// Preamble (`Notes:`, one long quoted line, an empty line) before the header; a row empty
/// but for its date; a quoted last name with a comma; trailing spaces; ` -` placeholders.
const CONNECTIONS: &str = r##"
Notes:
"When exporting your connection data, you may notice that some e-mail addresses are missing. An address only appears for connections who let their connections see or download it. Learn more: https://www.linkedin.com/help/linkedin/answer/a0000000"

First Name,Last Name,URL,Email Address,Company,Position,Connected On
Léa,Fontaine,https://www.linkedin.com/in/lea-fontaine-exemple,,Coopérative des Canuts Numériques,Data analyst,14 Nov 2026
Karim,Benali,https://www.linkedin.com/in/karim-benali-exemple,,Métropole Exemple,Chef de projet mobilités,02 Oct 2026
Nadia,Kaci,https://www.linkedin.com/in/nadia-kaci-exemple,,Agence Exemple d'Urbanisme,Urbaniste,28 May 2026
Baptiste,Morel,https://www.linkedin.com/in/baptiste-morel-exemple,,Région Exemple,Chargé de mission open data,03 Feb 2025
Élodie ,Carré,https://www.linkedin.com/in/elodie-carre-exemple,,Coopérative des Canuts Numériques,Juriste,19 Sep 2024
Inès ,Bouvier,https://www.linkedin.com/in/ines-bouvier-exemple,ines.bouvier@example.com,Coopérative des Canuts Numériques,Data engineer,17 Apr 2023
Hugo,Lemaire,https://www.linkedin.com/in/hugo-lemaire-exemple,,Coopérative des Canuts Numériques,Directeur des ressources humaines,09 Jan 2023
Claire,"Martin, PhD",https://www.linkedin.com/in/claire-martin-phd-exemple,,Université Exemple de Lyon,Maîtresse de conférences,21 Sep 2022
Antoine,Roussel,https://www.linkedin.com/in/antoine-roussel-exemple,, -, -,03 Mar 2022
Thomas,Garnier,https://www.linkedin.com/in/thomas-garnier-exemple,thomas.garnier@example.net,Mobilités Presqu'île,Analyste,11 Oct 2021
Mathilde,Perrin,https://www.linkedin.com/in/mathilde-perrin-exemple,,Observatoire Exemple des Mobilités,Statisticienne,25 Jun 2021
Yann,Le Goff,https://www.linkedin.com/in/yann-le-goff-exemple,,Mobilités Presqu'île,Développeur,08 Jan 2020
Julien,Marchetti,https://www.linkedin.com/in/julien-marchetti-exemple,,Mobilités Presqu'île,Directeur général,15 Jul 2019
,,,,,,12 Mar 2019
Sophie,Nguyen,https://www.linkedin.com/in/sophie-nguyen-exemple,sophie.nguyen@example.org,Confluence Données SARL,Analyste BI,20 Oct 2015
Laurent,Fabre,https://www.linkedin.com/in/laurent-fabre-exemple,,Confluence Données SARL,Directeur technique,07 Sep 2015
Marc,Oliveira,https://www.linkedin.com/in/marc-oliveira-exemple,,Atelier Fourvière Logiciels,Chef de projet,30 Jun 2015
Chloé,Vidal,https://www.linkedin.com/in/chloe-vidal-exemple,,Institut Polytechnique du Rhône,Ingénieure de recherche,16 Dec 2014
Pierre-Louis,Aubert,https://www.linkedin.com/in/pierre-louis-aubert-exemple,,Atelier Fourvière Logiciels,Développeur,05 May 2014
Amandine,Rey,https://www.linkedin.com/in/amandine-rey-exemple,,Banque Alimentaire Exemple du Rhône,Coordinatrice,04 Apr 2014
"##;

const INVITATIONS: &str = r##"
From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl
Olivier Dumas,Camille Durand-Lefèvre,"11/17/26, 6:03 PM","Bonjour Camille, j'ai beaucoup aimé votre intervention au meetup data de Lyon. Au plaisir d'échanger !",INCOMING,https://www.linkedin.com/in/olivier-dumas-exemple,https://www.linkedin.com/in/camille-durand-lefevre-exemple
Camille Durand-Lefèvre,Paul Rey,"11/12/26, 9:41 AM",,OUTGOING,https://www.linkedin.com/in/camille-durand-lefevre-exemple,https://www.linkedin.com/in/paul-rey-exemple
Camille Durand-Lefèvre,Samia Haddad,"9/30/26, 2:15 PM", -,OUTGOING,https://www.linkedin.com/in/camille-durand-lefevre-exemple,https://www.linkedin.com/in/samia-haddad-exemple
"##;

const COMPANY_FOLLOWS: &str = r##"
Organization,Followed On
Observatoire Exemple des Mobilités,Wed Feb 11 08:05:19 UTC 2026
Métropole Exemple,Wed Dec 24 19:27:37 UTC 2025
Coopérative des Canuts Numériques,Mon Jan 09 12:30:08 UTC 2023
Revue Exemple des Territoires,Tue Apr 27 16:12:40 UTC 2021
Mobilités Presqu'île,Tue Jun 18 21:03:55 UTC 2019
Académie Exemple,Wed Mar 15 13:20:44 UTC 2017
Confluence Données SARL,Wed Sep 02 07:41:12 UTC 2015
"##;

const MEMBER_FOLLOWS: &str = r##"
Date,Status,FullName
2026-06-30 09:12:45,Active,Nadia Kaci
2024-01-15 17:40:03,Active,Mathilde Perrin
2020-02-11 12:01:36,Inactive,Laurent Fabre
"##;

/// Header invented (only the file's name is known).
const IMPORTED_CONTACTS: &str = r##"
First Name,Last Name,Companies,Title,Emails,Phone Numbers,Created At,Addresses,Sites,Instant Message Handles,Full Name,Birthday,Location,Bookmarked At,Profiles
Annie,Durand,,,annie.durand@example.com, +33 6 00 00 00 42,"4/3/14, 9:02 PM",,,,Annie Durand,,,,
Romain,Lefèvre,Atelier Exemple,Menuisier,romain.lefevre@example.net,,"4/3/14, 9:02 PM","Lyon, France",,,Romain Lefèvre,,,,
"##;

/// Header only (invented: only the file's name is known).
const CALENDAR: &str = r##"
Source,Title,Start Time,End Time,Created At
"##;

const EMAIL_ADDRESSES: &str = r##"
Email Address,Confirmed,Primary,Updated On
camille.durand-lefevre@example.com,Yes,Yes,"4/2/14, 8:15 PM"
c.durand.lefevre@example.org,No,No,Not Available
"##;

/// A leading space on the number, as LinkedIn writes it.
const PHONE_NUMBERS: &str = r##"
Extension,Number,Type
, +33 6 00 00 00 17,Mobile
"##;

/// Header invented (only the file's name is known).
const WHATSAPP_PHONE_NUMBERS: &str = r##"
Number,Extension,Type
 +33 6 00 00 00 17,,WhatsApp
"##;

const REGISTRATION: &str = r##"
Registered At,Registration Ip,Subscription Types
"4/2/14, 8:11 PM",192.0.2.14,
"##;

/// CRLF, no final newline.
const LOGINS: &str = r##"
Login Date,IP Address,User Agent,Login Type
Thu Nov 19 17:36:50 UTC 2026,192.0.2.41,"Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0",WEB
Wed Oct 07 12:03:26 UTC 2026,198.51.100.23,LinkedIn/9.31.1850 (iPhone; iOS 19.6),MOBILE
Tue Aug 25 06:48:57 UTC 2026,192.0.2.41,"Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0",WEB
Tue Jun 02 21:14:09 UTC 2026,203.0.113.77,"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15",WEB
Mon Mar 16 08:55:31 UTC 2026,198.51.100.23,LinkedIn/9.29.402 (iPhone; iOS 19.3),MOBILE
Mon Dec 29 18:40:02 UTC 2025,192.0.2.41,"Mozilla/5.0 (X11; Linux x86_64; rv:138.0) Gecko/20100101 Firefox/138.0",WEB
Fri Oct 03 07:12:44 UTC 2025,192.0.2.8,"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36",WEB
"##;

/// Header invented (only the file's name is known).
const SECURITY_CHALLENGES: &str = r##"
Challenge Date,IP Address,User Agent,Country,Challenge Type
Tue Jun 02 21:13:40 UTC 2026,203.0.113.77,"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15",FR,EMAIL_PIN
Mon Jul 08 22:31:05 UTC 2024,198.51.100.200,"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",IT,EMAIL_PIN
"##;

/// Header invented; v1 dates `M/D/YY, h:mm AM`.
const RECEIPTS: &str = r##"
Transaction Made At,Description,Payment Method,Sub Total,Tax Amount,Total Amount,Currency Code,Invoice Number
"6/3/19, 10:21 AM",Premium Career - 1 month,Visa ending 0000,29.99,6.00,35.99,EUR,INV-EXEMPLE-0001
"5/3/19, 10:20 AM",Premium Career - free trial,Visa ending 0000,0.00,0.00,0.00,EUR,INV-EXEMPLE-0000
"##;

/// Header invented; v2 dates `MM/DD/YY hh:mm AM UTC`.
const RECEIPTS_V2: &str = r##"
Transaction Made At,Description,Product Name,Sub Total,Tax Amount,Total Amount,Currency Code,Payment Method,Invoice Number
03/26/25 07:02 AM UTC,Premium Business - 1 month,Premium Business,49.99,10.00,59.99,EUR,Mastercard ending 0000,INV-EXEMPLE-0101
11/26/24 01:32 PM UTC,Premium Business - 1 month,Premium Business,49.99,10.00,59.99,EUR,Mastercard ending 0000,INV-EXEMPLE-0100
"##;

/// 15 columns (names invented: only the count is known), dates `YYYY-MM-DD`.
const VERIFICATIONS: &str = r##"
First name,Middle name,Last name,Verification type,Issuing authority,Document type,Verification service provider,Verified date,Expiry date,Country,State,Organization name,Organization domain,Verification status,Verification method
Camille,,Durand-Lefèvre,IDENTITY,République française (exemple),NATIONAL_ID,Prestataire Exemple,2025-07-01,2035-07-01,FR,,,,VERIFIED,DOCUMENT_SCAN
Camille,,Durand-Lefèvre,WORKPLACE,,,LinkedIn,2023-04-12,,FR,,Coopérative des Canuts Numériques,cooperative-canuts.example.org,VERIFIED,WORK_EMAIL
"##;

/// 35 columns (2026 width) with duplicate names: Company Names ×3, Job Titles ×3.
const AD_TARGETING: &str = r##"
Member Age,Buyer Groups,Company Names,Company Follower of,Company Names,Company Names,Company Category,Company Size,Degrees,degreeClass,Recent Device OS,Member Gender,Graduation Year,Member Groups,Company Growth Rate,interests,Job Functions,Job Seniorities,Job Titles,Job Titles,Job Titles,Member Interests,Member Traits,Interface Locales,Fields of Study,Profile Locations,Member Schools,Company Industries,Member Skills,Years of Experience,Areas of Expertise,High Value Audience Segments,Member Language,Product Interests,Travel Interests
35-54,N/A,Coopérative des Canuts Numériques,Métropole Exemple; Observatoire Exemple des Mobilités,Mobilités Presqu'île,Confluence Données SARL,Coopérative,51-200,Diplôme d'ingénieur,Master,Linux,UNKNOWN,2012,Données ouvertes Lyon (exemple),Croissance modérée,Données; Mobilité,Informatique,Direction,Directrice data & IA,Head of Data,Chief Data Officer,Cyclisme; Éthique,Décisionnaire IT,fr_FR,Informatique,"Lyon, Auvergne-Rhône-Alpes, France",Institut Polytechnique du Rhône,Technologies et services de l'information,Python; SQL; dbt,10+,Gouvernance des données,Décideurs tech,Français,Logiciels de BI,N/A
"##;

const INFERENCES: &str = r##"
Category,Type of inference,Description,Inference
Emploi,Recherche d'emploi,Probabilité que le membre soit ouvert à un nouveau poste,Faible
Compétences,Compétence déduite,Compétences déduites de l'activité du membre,Gouvernance des données
Publicité,Intérêt,Centres d'intérêt déduits pour la publicité,Mobilité durable
"##;

const ADS_CLICKED: &str = r##"
Ad clicked Date,Ad Title/Id
2026/09/12 07:44:18 UTC,Formation exemple : IA et gouvernance
2025/04/03 20:15:09 UTC,1234567890
2022/10/27 12:31:56 UTC,Logiciel de BI exemple
"##;

/// Header invented; dates `YYYY/MM/DD`.
const LAN_ADS_ENGAGEMENT: &str = r##"
Action,Date,Ad Title/Id,Page/App
CLICK,2026/08/07,Webinaire exemple sur la qualité des données,news.example.com
VIEW,2025/08/07,9876543210,app.example.net
CLICK,2024/02/29,Outil exemple de catalogue de données,blog.example.org
"##;

/// No final newline.
const SEARCH_QUERIES: &str = r##"
Time,Search Query
2026/11/18 21:04:37 UTC,charte IA coopérative
2026/10/02 06:55:10 UTC,Nadia Kaci
2026/05/19 16:58:42 UTC,licence libre charte
2025/11/05 20:10:03 UTC,données pour l'amélioration de l'IA générative
2024/09/16 15:01:27 UTC,data engineer dbt Lyon
2023/01/12 20:40:55 UTC,Coopérative des Canuts Numériques
2019/05/14 21:05:33 UTC,responsable data Lyon
2017/03/15 13:18:02 UTC,formation gestion de projet agile
"##;

/// The header ends with a comma (an unnamed column); rows carry the empty last field.
const LEARNING: &str = r##"
Content Title,Content Description,Content Type,Content Last Watched Date (if viewed),Content Completed At (if completed),Content Saved,Notes taken on videos (if taken),
Gouvernance de l'IA : les fondamentaux,Cours d'introduction (exemple),Course,2025-10-20 19:42 UTC,2025-10-26 20:15 UTC,false,,
Diriger une équipe data,Cours de management (exemple),Course,2022-08-05 08:11 UTC,,true,Relire le chapitre 3,
SQL avancé,Vidéo (exemple),Video,2016-02-09 12:30 UTC,2016-02-09 12:58 UTC,false,,
"##;

/// Range dates.
const EVENTS: &str = r##"
Event Name,Event Time,Status,External Url
Journée de l'open data (exemple),"Mar 18, 2026 09:00 AM - Mar 18, 2026 05:30 PM",INTERESTED,
Meetup Data Lyon #42 (exemple),"Oct 12, 2025 06:30 PM - Oct 12, 2025 08:00 PM",ATTENDING,https://meetup-data-lyon.example.org/42
"##;

/// A file no known export has: a header and 2 rows.
const CREATOR_MODE_SETTINGS: &str = r##"
Setting,Value,Updated On
creatorMode,ON,"3/2/23, 9:40 PM"
primaryProfileAction,FOLLOW,"3/2/23, 9:41 PM"
"##;
