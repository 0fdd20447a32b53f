//! `synth`: writes a large synthetic LinkedIn data export, for benchmarks.
//!
//! ```text
//! cargo run --release --example synth -- --uncompressed 1GiB --seed 42 OUT.zip
//! ```
//!
//! This file owns the large-export generator: the same archive for the same seed and size,
//! following `linkedin-export-format.md` — a `messages.csv` of millions of rows in the 2026
//! all-quoted style with multi-line CONTENT, 100,000+ reactions (per GiB), tens of thousands
//! of shares whose multi-line commentary wraps every line in its own quotes, comments with
//! backslash escapes, `Connections.csv` with its preamble, search queries, logins, poll votes,
//! reposts, invitations, AI-coach messages and the small profile files. Counts scale with the
//! requested size (the figures above are per GiB); `messages.csv` fills the rest, as in the
//! exports of active members and recruiters where messages dominate.
//!
//! Rows are generated into one small buffer that is flushed into the zip writer as it fills,
//! so memory stays bounded whatever the size. Every person, company, link and text is
//! invented (`example.*` domains, documentation IP ranges).
//!
//! The generator also returns the figures it knows (records, training records, words,
//! dates per category, counted by the rules of `fixtures/README.md`), so
//! `tests/streaming.rs` includes this file (`#[path]`) to generate a small archive and check
//! the analyser's streaming figures against them. It therefore depends only on std and zip.

use std::collections::BTreeMap;
use std::io::{self, Seek, Write};
use std::process::ExitCode;

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, System, ZipWriter};

/// One gibibyte: the counts in [`Plan::per_gib`] are per GiB of uncompressed data.
pub const GIB: u64 = 1 << 30;
/// Rows are flushed into the zip writer in chunks of about this size.
const CHUNK: usize = 128 * 1024;
/// The export's day, also the latest date of any record (2026-11-20 00:00:00 UTC).
const EXPORT_DAY_UNIX: i64 = 1_795_132_800;
/// The member's activity starts here (2012-03-01 00:00:00 UTC).
const START_UNIX: i64 = 1_330_560_000;

const MEMBER_FIRST: &str = "Noémie";
const MEMBER_LAST: &str = "Exemple-Laurent";
const MEMBER: &str = "Noémie Exemple-Laurent";
const MEMBER_URL: &str = "https://www.linkedin.com/in/noemie-exemple-laurent";
const COACH: &str = "LinkedIn Coach";
const FEED: &str = "https://www.linkedin.com/feed/update/urn%3Ali%3A";

/// What to generate.
#[derive(Clone, Copy, Debug)]
pub struct Options {
    /// Uncompressed bytes to reach (the archive ends with the first row past it).
    pub uncompressed: u64,
    pub seed: u64,
}

/// Figures the generator knows for one category, by the counting rules of
/// `fixtures/README.md`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Expected {
    pub records: u64,
    pub ai_training_records: u64,
    pub words: u64,
    pub undated: u64,
    /// Earliest and latest date, as `PartialDate::to_iso_date` writes them.
    pub first: Option<String>,
    pub last: Option<String>,
    /// Year → dated records.
    pub per_year: BTreeMap<i32, u64>,
    first_when: Option<When>,
    last_when: Option<When>,
}

impl Expected {
    fn add(&mut self, when: Option<When>, ai: bool, words: u64) {
        self.records += 1;
        self.ai_training_records += u64::from(ai);
        if ai {
            self.words += words;
        }
        match when {
            Some(when) => {
                *self.per_year.entry(when.year).or_default() += 1;
                if self.first_when.is_none_or(|first| when.key() < first.key()) {
                    self.first_when = Some(when);
                    self.first = Some(when.iso());
                }
                if self.last_when.is_none_or(|last| when.key() > last.key()) {
                    self.last_when = Some(when);
                    self.last = Some(when.iso());
                }
            }
            None => self.undated += 1,
        }
    }
}

/// One written entry.
#[derive(Clone, Debug)]
pub struct EntrySummary {
    pub path: String,
    pub bytes: u64,
    /// Data rows written (header, preamble and blank rows excluded).
    pub rows: u64,
}

/// What was written.
#[derive(Clone, Debug, Default)]
pub struct Generated {
    pub entries: Vec<EntrySummary>,
    /// Category id (as in the JSON report) → its figures.
    pub expected: BTreeMap<&'static str, Expected>,
}

impl Generated {
    pub fn uncompressed(&self) -> u64 {
        self.entries.iter().map(|e| e.bytes).sum()
    }

    fn category(&mut self, id: &'static str) -> &mut Expected {
        self.expected.entry(id).or_default()
    }
}

/// Row counts per GiB of archive; `messages.csv` takes the rest of the size.
struct Plan {
    shares: u64,
    comments: u64,
    reactions: u64,
    votes: u64,
    reposts: u64,
    connections: u64,
    invitations: u64,
    searches: u64,
    logins: u64,
    coach: u64,
}

impl Plan {
    fn per_gib() -> Plan {
        Plan {
            shares: 30_000,
            comments: 45_000,
            reactions: 120_000,
            votes: 1_500,
            reposts: 4_000,
            connections: 9_000,
            invitations: 2_500,
            searches: 18_000,
            logins: 6_000,
            coach: 1_200,
        }
    }

    /// Scaled to `bytes`, with a floor so that small archives still hold every quirk.
    fn scaled(bytes: u64) -> Plan {
        let full = Plan::per_gib();
        let scale = |count: u64, floor: u64| {
            let scaled = u128::from(count) * u128::from(bytes) / u128::from(GIB);
            u64::try_from(scaled).unwrap_or(u64::MAX).max(floor)
        };
        Plan {
            shares: scale(full.shares, 12),
            comments: scale(full.comments, 12),
            reactions: scale(full.reactions, 30),
            votes: scale(full.votes, 4),
            reposts: scale(full.reposts, 4),
            connections: scale(full.connections, 40),
            invitations: scale(full.invitations, 6),
            searches: scale(full.searches, 10),
            logins: scale(full.logins, 8),
            coach: scale(full.coach, 8),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Randomness and dates

/// SplitMix64: tiny, fast, and the same sequence on every platform.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (0 when n is 0).
    fn below(&mut self, n: u64) -> u64 {
        ((u128::from(self.next()) * u128::from(n)) >> 64) as u64
    }

    fn index(&mut self, len: usize) -> usize {
        usize::try_from(self.below(len as u64)).unwrap_or(0)
    }

    fn range(&mut self, low: u64, high: u64) -> u64 {
        low + self.below(high.saturating_sub(low) + 1)
    }

    /// True with probability `per_mille` / 1000.
    fn chance(&mut self, per_mille: u64) -> bool {
        self.below(1000) < per_mille
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.index(items.len())]
    }

    /// One of `items`, for `&str` lists (spares `*` at every call).
    fn word(&mut self, items: &[&'static str]) -> &'static str {
        let index = self.index(items.len());
        items.get(index).copied().unwrap_or_default()
    }

    /// Favours the first items (a rough Zipf law): common words are common.
    fn skewed<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        let bound = self.index(items.len()) + 1;
        &items[self.index(bound)]
    }
}

/// A broken-down UTC date at some precision (month/day 0 = not given).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct When {
    year: i32,
    month: u32,
    day: u32,
    hour: u32,
    minute: u32,
    second: u32,
    /// 0 = Monday.
    weekday: u32,
}

impl When {
    fn from_unix(seconds: i64) -> When {
        let days = seconds.div_euclid(86_400);
        let secs = seconds.rem_euclid(86_400) as u32;
        // Howard Hinnant's days_from_civil inverse.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        When {
            year,
            month,
            day,
            hour: secs / 3600,
            minute: secs / 60 % 60,
            second: secs % 60,
            // 1970-01-01 was a Thursday.
            weekday: (days + 3).rem_euclid(7) as u32,
        }
    }

    fn month_only(year: i32, month: u32) -> When {
        When {
            year,
            month,
            day: 0,
            hour: 0,
            minute: 0,
            second: 0,
            weekday: 0,
        }
    }

    fn year_only(year: i32) -> When {
        When::month_only(year, 0)
    }

    /// Same order as `PartialDate::sort_key` (a missing month/day sorts as the first).
    fn key(&self) -> u64 {
        (self.year as u64) << 40
            | u64::from(self.month.max(1)) << 32
            | u64::from(self.day.max(1)) << 24
            | u64::from(self.hour) << 16
            | u64::from(self.minute) << 8
            | u64::from(self.second)
    }

    fn iso(&self) -> String {
        match (self.month, self.day) {
            (0, _) => format!("{:04}", self.year),
            (m, 0) => format!("{:04}-{m:02}", self.year),
            (m, d) => format!("{:04}-{m:02}-{d:02}", self.year),
        }
    }
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
const WEEKDAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

fn month_name(month: u32) -> &'static str {
    MONTHS
        .get(month.saturating_sub(1) as usize)
        .copied()
        .unwrap_or("Jan")
}

/// `2025-12-26 16:39:03` (Shares, Comments, Reactions, Votes, reposts).
fn fmt_iso(out: &mut String, w: When) {
    use std::fmt::Write as _;
    let _ = write!(
        out,
        "{:04}-{:02}-{:02} {:02}:{:02}:{:02}",
        w.year, w.month, w.day, w.hour, w.minute, w.second
    );
}

/// `2021/12/16 12:56:17 UTC` (SearchQueries).
fn fmt_slash_utc(out: &mut String, w: When) {
    use std::fmt::Write as _;
    let _ = write!(
        out,
        "{:04}/{:02}/{:02} {:02}:{:02}:{:02} UTC",
        w.year, w.month, w.day, w.hour, w.minute, w.second
    );
}

/// `04 Jul 2023` (Connections).
fn fmt_connected(out: &mut String, w: When) {
    use std::fmt::Write as _;
    let _ = write!(out, "{:02} {} {:04}", w.day, month_name(w.month), w.year);
}

/// `Tue Jun 20 12:25:51 UTC 2023` (Logins).
fn fmt_java(out: &mut String, w: When) {
    use std::fmt::Write as _;
    let weekday = WEEKDAYS.get(w.weekday as usize).copied().unwrap_or("Mon");
    let _ = write!(
        out,
        "{weekday} {} {:02} {:02}:{:02}:{:02} UTC {:04}",
        month_name(w.month),
        w.day,
        w.hour,
        w.minute,
        w.second,
        w.year
    );
}

/// `6/17/23, 6:18 AM` (Invitations).
fn fmt_us(out: &mut String, w: When) {
    use std::fmt::Write as _;
    let (hour, half) = match w.hour {
        0 => (12, "AM"),
        h @ 1..=11 => (h, "AM"),
        12 => (12, "PM"),
        h => (h - 12, "PM"),
    };
    let _ = write!(
        out,
        "{}/{}/{:02}, {hour}:{:02} {half}",
        w.month,
        w.day,
        w.year % 100,
        w.minute
    );
}

/// Dates of `count` records going back in time from the export day, newest first, as
/// LinkedIn lists activity. The mean gap spreads them over the member's years.
struct Timeline {
    now: i64,
    mean_gap: i64,
}

impl Timeline {
    fn new(count: u64, start: i64) -> Timeline {
        let span = EXPORT_DAY_UNIX - start;
        let count = i64::try_from(count.max(1)).unwrap_or(i64::MAX);
        Timeline {
            now: EXPORT_DAY_UNIX - 3_600,
            mean_gap: (span / count).max(2),
        }
    }

    fn next(&mut self, rng: &mut Rng) -> When {
        let gap = rng.range(1, u64::try_from(self.mean_gap * 2 - 1).unwrap_or(1));
        self.now -= i64::try_from(gap).unwrap_or(1);
        When::from_unix(self.now.max(START_UNIX))
    }
}

// ---------------------------------------------------------------------------------------------
// Invented vocabulary

#[rustfmt::skip]
const WORDS_FR: &[&str] = &[
    "de", "la", "le", "et", "les", "des", "à", "un", "une", "pour", "en", "que", "du", "avec",
    "sur", "dans", "est", "pas", "nous", "vous", "je", "on", "ce", "qui", "au", "plus", "très",
    "merci", "données", "projet", "équipe", "bonjour", "semaine", "réunion", "demain", "bien",
    "aussi", "avons", "mais", "peut", "faire", "tout", "cette", "sont", "notre", "votre",
    "travail", "poste", "entreprise", "qualité", "client", "clients", "mobilité", "analyse",
    "gouvernance", "modèle", "modèles", "tableau", "bord", "atelier", "retour", "rendez-vous",
    "échange", "appel", "disponible", "jeudi", "mardi", "lundi", "vendredi", "mercredi",
    "matin", "après-midi", "prochaine", "nouvelle", "nouveau", "résultat", "question",
    "réponse", "idée", "partage", "article", "conférence", "meetup", "recrutement",
    "candidature", "profil", "expérience", "compétences", "formation", "développement",
    "produit", "stratégie", "intelligence", "artificielle", "éthique", "territoire",
    "coopérative", "publique", "ouvertes", "carte", "vélo", "pistes", "cyclables", "comptage",
    "capteurs", "mesure", "indicateurs", "budget", "planning", "livrable", "version",
    "document", "présentation", "slides", "programme", "calendrier", "lien", "invitation",
    "félicitations", "bravo", "super", "génial", "parfait", "d'accord", "j'ai", "c'est",
    "n'est", "qu'on", "l'équipe", "l'atelier", "s'il", "plaît", "cordialement", "amicalement",
    "Lyon", "Villeurbanne", "Presqu'île", "Confluence", "Part-Dieu",
];

#[rustfmt::skip]
const WORDS_EN: &[&str] = &[
    "the", "and", "to", "of", "a", "in", "for", "is", "on", "that", "with", "we", "you", "this",
    "it", "be", "are", "our", "your", "will", "can", "have", "from", "at", "as", "thanks",
    "data", "team", "project", "meeting", "tomorrow", "week", "great", "role", "opportunity",
    "experience", "looking", "forward", "hearing", "available", "call", "schedule", "quick",
    "chat", "share", "update", "report", "pipeline", "quality", "dashboard", "model",
    "training", "governance", "privacy", "platform", "engineering", "analytics", "hiring",
    "position", "candidate", "interview", "feedback", "proposal", "contract", "deadline",
    "launch", "release", "customer", "product", "strategy", "conference", "talk", "slides",
    "article", "post", "congratulations", "happy", "exciting", "news", "connect", "network",
    "introduce", "colleague", "remote", "hybrid", "office", "Monday", "Tuesday", "Wednesday",
    "Thursday", "Friday", "morning", "afternoon", "best", "regards", "cheers", "I'm", "it's",
    "let's", "don't", "we're", "you're",
];

#[rustfmt::skip]
const EXTRAS: &[&str] = &[
    "🙂", "👍", "🎉", "🚴", "📊", "😉", "🙏", "2025", "2026", "15h", "9h30", "10%", "Q3", "KPI", "SQL",
    "dbt", "Python", "IA", "AI", "RGPD", "GDPR", "open data", "«", "»", "–", "…",
];

#[rustfmt::skip]
const FIRST_NAMES: &[&str] = &[
    "Léa", "Karim", "Nadia", "Baptiste", "Élodie", "Inès", "Hugo", "Claire", "Antoine",
    "Thomas", "Mathilde", "Yann", "Julien", "Sophie", "Laurent", "Marc", "Chloé",
    "Pierre-Louis", "Amandine", "Olivier", "Samia", "Paul", "Camille", "Lucas", "Manon", "Emma",
    "Louis", "Jade", "Gabriel", "Sarah", "Nicolas", "Julie", "Mehdi", "Aïcha", "François",
    "Zoé", "Priya", "Wei", "John", "Maria", "Ahmed", "Fatou", "Kenji", "Ana", "David", "Laura",
];

#[rustfmt::skip]
const LAST_NAMES: &[&str] = &[
    "Fontaine", "Benali", "Kaci", "Morel", "Carré", "Bouvier", "Lemaire", "Martin", "Roussel",
    "Garnier", "Perrin", "Le Goff", "Marchetti", "Nguyen", "Fabre", "Oliveira", "Vidal",
    "Aubert", "Rey", "Dumas", "Haddad", "Girard", "Lefebvre", "Mercier", "Blanc", "Guérin",
    "Faure", "André", "Chevalier", "Lambert", "Bonnet", "Diallo", "Sato", "Smith", "García",
    "Okafor", "Rossi", "Müller", "Kowalski", "Sharma", "Chen", "Da Silva", "Ndiaye", "Brun",
];

const COMPANIES: &[&str] = &[
    "Coopérative des Canuts Numériques",
    "Mobilités Presqu'île",
    "Confluence Données SARL",
    "Atelier Fourvière Logiciels",
    "Métropole Exemple",
    "Région Exemple",
    "Observatoire Exemple des Mobilités",
    "Université Exemple de Lyon",
    "Agence Exemple d'Urbanisme",
    "Banque Alimentaire Exemple du Rhône",
    "Exemple Analytics SAS",
    "Rhône Data Lab (exemple)",
    "Example Robotics Ltd",
    "Example Consulting, Inc.",
    "Transports Exemple",
    "Santé Exemple",
];

const TITLES: &[&str] = &[
    "Data analyst",
    "Data engineer",
    "Chef de projet mobilités",
    "Urbaniste",
    "Chargé de mission open data",
    "Juriste",
    "Directeur des ressources humaines",
    "Maîtresse de conférences",
    "Analyste BI",
    "Directeur technique",
    "Développeuse",
    "Product manager",
    "Talent acquisition partner",
    "Head of Data",
    "Statisticienne",
    "CEO",
];

const REACTIONS: &[&str] = &[
    "LIKE",
    "LIKE",
    "LIKE",
    "LIKE",
    "PRAISE",
    "EMPATHY",
    "APPRECIATION",
    "INTEREST",
    "ENTERTAINMENT",
    "MAYBE",
];

const URN_KINDS: &[&str] = &["activity", "activity", "ugcPost", "share", "groupPost"];

const USER_AGENTS: &[&str] = &[
    "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0",
    "LinkedIn/9.31.1850 (iPhone; iOS 19.6)",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36",
];

const SUBJECTS: &[&str] = &[
    "Opportunité : Head of Data (H/F)",
    "Votre profil a retenu notre attention",
    "Invitation : table ronde sur l'IA",
    "Quick question about your data platform",
    "Partenariat, données de mobilité",
];

/// A contact: full name and profile URL.
struct Person {
    name: String,
    url: String,
}

fn people(rng: &mut Rng, count: usize) -> Vec<Person> {
    (0..count)
        .map(|_| {
            let first = *rng.pick(FIRST_NAMES);
            let last = *rng.pick(LAST_NAMES);
            let slug: String = format!("{first}-{last}")
                .chars()
                .map(|c| match c {
                    'é' | 'è' | 'ë' | 'É' => 'e',
                    'ï' | 'î' => 'i',
                    'ü' => 'u',
                    'ç' => 'c',
                    'í' => 'i',
                    ' ' => '-',
                    c => c.to_ascii_lowercase(),
                })
                .collect();
            let tag = rng.below(1 << 32);
            Person {
                name: format!("{first} {last}"),
                url: format!("https://www.linkedin.com/in/{slug}-{tag:08x}"),
            }
        })
        .collect()
}

/// Appends a sentence of `min..=max` words and returns its word count (as
/// `str::split_whitespace` counts them).
fn sentence(rng: &mut Rng, out: &mut String, min: u64, max: u64) -> u64 {
    let english = rng.chance(300);
    let words = rng.range(min, max);
    let mut count = 0;
    for i in 0..words {
        if i > 0 {
            out.push(' ');
        }
        // Quoted words exercise the quote escaping of every file style.
        let quoted = rng.chance(15);
        if quoted {
            out.push('"');
        }
        let roll = rng.below(1000);
        if roll < 350 {
            // Rarer words: a large vocabulary keeps the compression ratio realistic.
            let bound = rng.below(LEXICON) + 1;
            coined(rng.below(bound), out);
            count += 1;
        } else {
            let word = if roll < 390 {
                *rng.pick(EXTRAS)
            } else if english {
                *rng.skewed(WORDS_EN)
            } else {
                *rng.skewed(WORDS_FR)
            };
            out.push_str(word);
            count += word.split_whitespace().count() as u64;
        }
        if quoted {
            out.push('"');
        }
        if i + 1 < words && rng.chance(60) {
            out.push(',');
        }
    }
    out.push_str(match rng.below(10) {
        0 => " !",
        1 => " ?",
        2 => "…",
        _ => ".",
    });
    // " !" and " ?" are tokens of their own.
    count + u64::from(out.ends_with(" !") || out.ends_with(" ?"))
}

/// Size of the coined vocabulary.
const LEXICON: u64 = 6_000;

/// Appends coined word number `index` (2–4 syllables, the same word for the same index).
fn coined(index: u64, out: &mut String) {
    #[rustfmt::skip]
    const SYLLABLES: &[&str] = &[
        "ba", "ri", "to", "mé", "ca", "lu", "pon", "ver", "sa", "di", "que", "tion", "ment",
        "pro", "con", "ex", "ia", "ra", "lo", "ne", "ti", "ssa", "gé", "ré", "mo", "bi", "li",
        "té", "ter", "ran", "por", "ar", "is", "al", "on", "en", "ber", "sch", "ing", "ly",
    ];
    let mut state = Rng(index.wrapping_mul(0x2545_F491_4F6C_DD1D));
    for _ in 0..state.range(2, 4) {
        out.push_str(state.word(SYLLABLES));
    }
}

/// Lines of text (no line ends inside); returns the total word count.
fn lines(rng: &mut Rng, out: &mut Vec<String>, count: u64, min: u64, max: u64) -> u64 {
    out.clear();
    let mut words = 0;
    for _ in 0..count {
        let mut line = String::new();
        // Empty lines between paragraphs, as members write them.
        if !out.is_empty() && rng.chance(250) {
            out.push(String::new());
        }
        let sentences = rng.range(1, 3);
        for s in 0..sentences {
            if s > 0 {
                line.push(' ');
            }
            words += sentence(rng, &mut line, min, max);
        }
        out.push(line);
    }
    words
}

fn feed_link(out: &mut String, rng: &mut Rng, unix: i64) {
    use std::fmt::Write as _;
    let kind = *rng.pick(URN_KINDS);
    // Activity ids are time-based: milliseconds shifted left by 22 bits.
    let millis = u64::try_from(unix).unwrap_or(0) * 1000;
    let id = (millis << 22) | rng.below(1 << 22);
    let _ = write!(out, "{FEED}{kind}%3A{id}");
}

// ---------------------------------------------------------------------------------------------
// Writing entries

/// Quoting styles of the export (reference §2).
#[derive(Clone, Copy)]
enum Quote {
    /// RFC 4180 minimal quoting with doubled quotes.
    Minimal,
    /// 2026 messages.csv: every field quoted.
    All,
    /// 2025+ Comments.csv and Votes.csv: minimal quoting, `\"` inside.
    Backslash,
}

/// One entry being written: rows go into `buf`, which is flushed into the zip as it fills.
struct Entry<'z, W: Write + Seek> {
    zip: &'z mut ZipWriter<W>,
    buf: Vec<u8>,
    bytes: u64,
    rows: u64,
    crlf: bool,
}

impl<W: Write + Seek> Entry<'_, W> {
    fn field(&mut self, first: bool, value: &str, quote: Quote) {
        if !first {
            self.buf.push(b',');
        }
        let needs = match quote {
            Quote::All => true,
            Quote::Minimal | Quote::Backslash => value
                .bytes()
                .any(|b| matches!(b, b',' | b'"' | b'\n' | b'\r')),
        };
        if !needs {
            self.buf.extend_from_slice(value.as_bytes());
            return;
        }
        self.buf.push(b'"');
        for &b in value.as_bytes() {
            match (b, quote) {
                (b'"', Quote::Backslash) => self.buf.extend_from_slice(b"\\\""),
                (b'"', _) => self.buf.extend_from_slice(b"\"\""),
                (b'\n', _) if self.crlf => self.buf.extend_from_slice(b"\r\n"),
                (b, _) => self.buf.push(b),
            }
        }
        self.buf.push(b'"');
    }

    fn record(&mut self, fields: &[&str], quote: Quote) -> io::Result<()> {
        for (i, value) in fields.iter().enumerate() {
            self.field(i == 0, value, quote);
        }
        self.end_line()
    }

    fn raw_line(&mut self, line: &str) -> io::Result<()> {
        self.buf.extend_from_slice(line.as_bytes());
        self.end_line()
    }

    fn end_line(&mut self) -> io::Result<()> {
        if self.crlf {
            self.buf.extend_from_slice(b"\r\n");
        } else {
            self.buf.push(b'\n');
        }
        if self.buf.len() >= CHUNK {
            self.flush()?;
        }
        Ok(())
    }

    /// Drops the last line end (files that end without a newline).
    fn no_final_newline(&mut self) {
        if self.buf.last() == Some(&b'\n') {
            self.buf.pop();
            if self.crlf && self.buf.last() == Some(&b'\r') {
                self.buf.pop();
            }
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        self.zip.write_all(&self.buf)?;
        self.bytes += self.buf.len() as u64;
        self.buf.clear();
        Ok(())
    }
}

/// Writes the archive; the same `options` give the same bytes.
struct Writer<W: Write + Seek> {
    zip: ZipWriter<W>,
    rng: Rng,
    generated: Generated,
    large: bool,
    buf: Vec<u8>,
}

impl<W: Write + Seek> Writer<W> {
    /// Starts an entry, lets `fill` write its rows (returning the data-row count), and
    /// records its size.
    fn entry(
        &mut self,
        path: &str,
        crlf: bool,
        fill: impl FnOnce(&mut Entry<'_, W>, &mut Rng, &mut Generated) -> io::Result<()>,
    ) -> io::Result<()> {
        let index = self.generated.entries.len() as u32;
        // Entry times spread over ~20 hours of the export day, as in real archives.
        let seconds = 7_086 + (index * 1_013) % 72_000;
        let modified = DateTime::from_date_and_time(
            2026,
            11,
            20,
            (seconds / 3600 % 24) as u8,
            (seconds / 60 % 60) as u8,
            ((seconds % 60) & !1) as u8,
        )
        .map_err(|e| io::Error::other(e.to_string()))?;
        let options = SimpleFileOptions::default()
            .compression_method(CompressionMethod::Deflated)
            .compression_level(Some(6))
            .last_modified_time(modified)
            .system(System::Unix)
            .unix_permissions(0o644)
            .large_file(self.large);
        self.zip
            .start_file(path, options)
            .map_err(io::Error::other)?;
        let mut entry = Entry {
            zip: &mut self.zip,
            buf: std::mem::take(&mut self.buf),
            bytes: 0,
            rows: 0,
            crlf,
        };
        fill(&mut entry, &mut self.rng, &mut self.generated)?;
        entry.flush()?;
        let (bytes, rows) = (entry.bytes, entry.rows);
        self.buf = entry.buf;
        self.generated.entries.push(EntrySummary {
            path: path.to_owned(),
            bytes,
            rows,
        });
        Ok(())
    }
}

/// Writes a whole synthetic export into `out` and returns it with what was generated.
pub fn write_export<W: Write + Seek>(out: W, options: &Options) -> io::Result<(W, Generated)> {
    let mut writer = Writer {
        zip: ZipWriter::new(out),
        rng: Rng(options.seed),
        generated: Generated::default(),
        // Zip64 only where it is needed: real exports do not carry it.
        large: options.uncompressed > 3 * GIB,
        buf: Vec::with_capacity(CHUNK + 64 * 1024),
    };
    let plan = Plan::scaled(options.uncompressed);
    let contacts = people(&mut writer.rng, 400);

    profile_files(&mut writer)?;
    shares(&mut writer, plan.shares)?;
    comments(&mut writer, plan.comments)?;
    reactions(&mut writer, plan.reactions)?;
    votes(&mut writer, plan.votes)?;
    reposts(&mut writer, plan.reposts)?;
    connections(&mut writer, plan.connections)?;
    invitations(&mut writer, plan.invitations, &contacts)?;
    search_queries(&mut writer, plan.searches)?;
    logins(&mut writer, plan.logins)?;
    coach_messages(&mut writer, plan.coach)?;
    let budget = options
        .uncompressed
        .saturating_sub(writer.generated.uncompressed());
    messages(&mut writer, budget, &contacts)?;

    let out = writer.zip.finish().map_err(io::Error::other)?;
    Ok((out, writer.generated))
}

fn profile_files<W: Write + Seek>(writer: &mut Writer<W>) -> io::Result<()> {
    writer.entry("Profile.csv", false, |e, rng, g| {
        e.raw_line("First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers")?;
        let headline = "Directrice data & IA | Gouvernance des données, mobilités";
        let mut summary = Vec::new();
        let words = lines(rng, &mut summary, 4, 6, 14);
        let summary = summary.join("\n");
        e.record(
            &[
                MEMBER_FIRST,
                MEMBER_LAST,
                "",
                "",
                "Apr 22",
                headline,
                &summary,
                "Technologies et services de l'information",
                "69002",
                "Lyon, Auvergne-Rhône-Alpes, France",
                "",
                "[PERSONAL:https://noemie.example.org]",
                "",
            ],
            Quote::Minimal,
        )?;
        e.rows = 1;
        let headline_words = headline.split_whitespace().count() as u64;
        g.category("profile").add(None, true, headline_words + words);
        Ok(())
    })?;
    writer.entry("Profile Summary.csv", false, |e, _, _| {
        // The header plus one empty record: blank, so not a record.
        e.raw_line("Profile Summary")?;
        e.raw_line("\"\"")?;
        e.no_final_newline();
        Ok(())
    })?;
    writer.entry("Positions.csv", true, |e, rng, g| {
        e.raw_line("Company Name,Title,Description,Location,Started On,Finished On")?;
        let mut text = Vec::new();
        let starts = [(2023, 3), (2019, 7), (2015, 9), (2012, 4), (2010, 1)];
        for (i, &(year, month)) in starts.iter().enumerate() {
            let words = lines(rng, &mut text, 2, 5, 12);
            let description = text.join("\n");
            let started = format!("{} {year}", month_name(month));
            let finished = match i {
                0 => String::new(),
                _ => format!("{} {}", month_name(month), starts[i - 1].0),
            };
            e.record(
                &[
                    COMPANIES[i],
                    TITLES[i],
                    &description,
                    "Lyon, Auvergne-Rhône-Alpes, France",
                    &started,
                    &finished,
                ],
                Quote::Minimal,
            )?;
            e.rows += 1;
            g.category("positions")
                .add(Some(When::month_only(year, month)), true, words);
        }
        Ok(())
    })?;
    writer.entry("Education.csv", true, |e, _, g| {
        e.raw_line("School Name,Start Date,End Date,Notes,Degree Name,Activities")?;
        for (school, start, end, degree) in [
            (
                "Institut Polytechnique du Rhône",
                2007,
                2010,
                "Diplôme d'ingénieur",
            ),
            ("Lycée Exemple", 2004, 2007, "Classes préparatoires"),
        ] {
            e.record(
                &[school, &start.to_string(), &end.to_string(), "", degree, ""],
                Quote::Minimal,
            )?;
            e.rows += 1;
            g.category("education")
                .add(Some(When::year_only(start)), true, 0);
        }
        Ok(())
    })?;
    writer.entry("Skills.csv", false, |e, _, g| {
        e.raw_line("Name")?;
        // Trailing spaces on names, as LinkedIn writes them.
        for skill in [
            "Analyse de données ",
            "Python ",
            "SQL",
            "Gouvernance des données ",
            "Apprentissage automatique ",
            "dbt",
            "Statistiques ",
            "Cartographie (SIG) ",
        ] {
            e.record(&[skill], Quote::Minimal)?;
            e.rows += 1;
            g.category("skills").add(None, true, 0);
        }
        Ok(())
    })?;
    writer.entry("Languages.csv", false, |e, _, g| {
        e.raw_line("Name,Proficiency")?;
        for (name, level) in [
            ("Français", "Native or bilingual proficiency"),
            ("Anglais", "Full professional proficiency"),
            ("Espagnol", "Elementary proficiency"),
        ] {
            e.record(&[name, level], Quote::Minimal)?;
            e.rows += 1;
            g.category("profile_sections").add(None, true, 0);
        }
        Ok(())
    })?;
    writer.entry("PhoneNumbers.csv", false, |e, _, g| {
        e.raw_line("Extension,Number,Type")?;
        // A leading space on the number.
        e.record(&["", " +33 6 00 00 00 17", "Mobile"], Quote::Minimal)?;
        e.rows = 1;
        g.category("contact_info").add(None, false, 0);
        Ok(())
    })
}

fn shares<W: Write + Seek>(writer: &mut Writer<W>, count: u64) -> io::Result<()> {
    writer.entry("Shares_1158443584.csv", false, |e, rng, g| {
        e.raw_line("Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility")?;
        let mut timeline = Timeline::new(count, START_UNIX);
        let (mut date, mut link, mut shared, mut media) =
            (String::new(), String::new(), String::new(), String::new());
        let mut text = Vec::new();
        for _ in 0..count {
            let when = timeline.next(rng);
            date.clear();
            fmt_iso(&mut date, when);
            link.clear();
            feed_link(&mut link, rng, timeline.now);
            // Reshares and media-only posts have no commentary.
            let (commentary, words) = if rng.chance(60) {
                (String::new(), 0)
            } else {
                let count = rng.range(1, 8);
                let words = lines(rng, &mut text, count, 4, 16);
                // Every line wrapped in its own quotes: joined with `"⏎"` before quoting.
                (text.join("\"\n\""), words)
            };
            shared.clear();
            if rng.chance(200) {
                shared.push_str("https://blog.example.com/");
                shared.push_str(&rng.below(100_000).to_string());
            }
            media.clear();
            if rng.chance(250) {
                media.push_str("https://media.licdn.com/dms/image/v2/D4E22AQexemple/feedshare-shrink_2048_1536/0/");
                media.push_str(&rng.below(1 << 40).to_string());
                media.push_str("?e=2147483647&v=beta&t=exemple");
            }
            let visibility = *rng.pick(&["MEMBER_NETWORK", "MEMBER_NETWORK", "PUBLIC", "CONNECTIONS"]);
            e.record(
                &[&date, &link, &commentary, &shared, &media, visibility],
                Quote::Minimal,
            )?;
            e.rows += 1;
            g.category("posts").add(Some(when), true, words);
        }
        Ok(())
    })
}

fn comments<W: Write + Seek>(writer: &mut Writer<W>, count: u64) -> io::Result<()> {
    writer.entry("Comments_1158443584.csv", false, |e, rng, g| {
        e.raw_line("Date,Link,Message")?;
        let mut timeline = Timeline::new(count, START_UNIX);
        let (mut date, mut link) = (String::new(), String::new());
        let mut text = Vec::new();
        for _ in 0..count {
            let when = timeline.next(rng);
            date.clear();
            fmt_iso(&mut date, when);
            link.clear();
            feed_link(&mut link, rng, timeline.now);
            let lines_count = if rng.chance(800) { 1 } else { rng.range(2, 4) };
            let mut words = lines(rng, &mut text, lines_count, 2, 14);
            let mut message = text.join("\n");
            // A message that ends with a quoted word: the field ends with `\""`.
            if rng.chance(30) {
                message.push_str(" \"la dette de données\"");
                words += 4;
            }
            e.record(&[&date, &link, &message], Quote::Backslash)?;
            e.rows += 1;
            g.category("comments").add(Some(when), true, words);
        }
        Ok(())
    })
}

fn reactions<W: Write + Seek>(writer: &mut Writer<W>, count: u64) -> io::Result<()> {
    writer.entry("Reactions_1158443584.csv", false, |e, rng, g| {
        e.raw_line("Date,Type,Link")?;
        let mut timeline = Timeline::new(count, START_UNIX);
        let (mut date, mut link) = (String::new(), String::new());
        for i in 0..count {
            let when = timeline.next(rng);
            date.clear();
            fmt_iso(&mut date, when);
            link.clear();
            feed_link(&mut link, rng, timeline.now);
            if rng.chance(40) {
                // A reaction to a comment.
                link.push_str("?commentUrn=urn%3Ali%3Acomment%3A%28activity%3A");
                link.push_str(&rng.below(1 << 62).to_string());
                link.push_str("%2C");
                link.push_str(&rng.below(1 << 62).to_string());
                link.push_str("%29");
            }
            let kind = *rng.pick(REACTIONS);
            e.record(&[&date, kind, &link], Quote::Minimal)?;
            e.rows += 1;
            // Reported, not confirmed: outside `ai_training_records` (README, categories).
            g.category("reactions").add(Some(when), false, 0);
            // An all-empty record now and then: blank, not a record.
            if i % 10_000 == 5_000 {
                e.raw_line(",,")?;
            }
        }
        Ok(())
    })
}

fn votes<W: Write + Seek>(writer: &mut Writer<W>, count: u64) -> io::Result<()> {
    writer.entry("Votes.csv", false, |e, rng, g| {
        e.raw_line("Date,Link,OptionText")?;
        let mut timeline = Timeline::new(count, 1_600_000_000);
        let (mut date, mut link) = (String::new(), String::new());
        for _ in 0..count {
            let when = timeline.next(rng);
            date.clear();
            fmt_iso(&mut date, when);
            link.clear();
            // Not URL-encoded in Votes.
            link.push_str("https://www.linkedin.com/feed/update/urn:li:ugcPost:");
            link.push_str(&(7_000_000_000_000_000_000 + rng.below(1 << 60)).to_string());
            let option = *rng.pick(&[
                "Oui, \"souvent\"",
                "Non",
                "La documentation",
                "Plutôt d'accord",
            ]);
            e.record(&[&date, &link, option], Quote::Backslash)?;
            e.rows += 1;
            g.category("poll_votes").add(Some(when), true, 0);
        }
        e.no_final_newline();
        Ok(())
    })
}

fn reposts<W: Write + Seek>(writer: &mut Writer<W>, count: u64) -> io::Result<()> {
    writer.entry("InstantReposts.csv", false, |e, rng, g| {
        e.raw_line("Date,Link")?;
        let mut timeline = Timeline::new(count, 1_500_000_000);
        let (mut date, mut link) = (String::new(), String::new());
        for _ in 0..count {
            let when = timeline.next(rng);
            date.clear();
            fmt_iso(&mut date, when);
            link.clear();
            feed_link(&mut link, rng, timeline.now);
            e.record(&[&date, &link], Quote::Minimal)?;
            e.rows += 1;
            // Instant reposts: someone else's post, unconfirmed.
            g.category("reposts").add(Some(when), false, 0);
        }
        Ok(())
    })
}

fn connections<W: Write + Seek>(writer: &mut Writer<W>, count: u64) -> io::Result<()> {
    writer.entry("Connections.csv", false, |e, rng, g| {
        e.raw_line("Notes:")?;
        e.raw_line("\"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address. Learn more at https://www.linkedin.com/help/linkedin/answer/a0000000\"")?;
        e.raw_line("")?;
        e.raw_line("First Name,Last Name,URL,Email Address,Company,Position,Connected On")?;
        let mut timeline = Timeline::new(count, START_UNIX);
        let mut date = String::new();
        for _ in 0..count {
            // Day precision: only the date is written.
            let when = timeline.next(rng);
            let when = When {
                hour: 0,
                minute: 0,
                second: 0,
                ..when
            };
            date.clear();
            fmt_connected(&mut date, when);
            if rng.chance(15) {
                // 1–2% of rows are empty but the date.
                e.record(&["", "", "", "", "", "", &date], Quote::Minimal)?;
            } else {
                let first = *rng.pick(FIRST_NAMES);
                let mut last = (*rng.pick(LAST_NAMES)).to_owned();
                if rng.chance(20) {
                    last.push_str(", PhD");
                }
                // Trailing spaces on some first names.
                let first = if rng.chance(50) {
                    format!("{first} ")
                } else {
                    first.to_owned()
                };
                let url = format!(
                    "https://www.linkedin.com/in/member-{:010x}",
                    rng.below(1 << 40)
                );
                let email = if rng.chance(50) {
                    format!("contact{}@example.com", rng.below(1_000_000))
                } else {
                    String::new()
                };
                let (company, title) = if rng.chance(30) {
                    (" -", " -")
                } else {
                    (*rng.pick(COMPANIES), *rng.pick(TITLES))
                };
                e.record(
                    &[&first, &last, &url, &email, company, title, &date],
                    Quote::Minimal,
                )?;
            }
            e.rows += 1;
            g.category("network").add(Some(when), false, 0);
        }
        Ok(())
    })
}

fn invitations<W: Write + Seek>(
    writer: &mut Writer<W>,
    count: u64,
    contacts: &[Person],
) -> io::Result<()> {
    writer.entry("Invitations.csv", false, |e, rng, g| {
        e.raw_line("From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl")?;
        let mut timeline = Timeline::new(count, 1_600_000_000);
        let mut date = String::new();
        let mut text = String::new();
        for _ in 0..count {
            let when = timeline.next(rng);
            // Minute precision: the seconds are not written.
            let when = When { second: 0, ..when };
            date.clear();
            fmt_us(&mut date, when);
            let other = rng.pick(contacts);
            text.clear();
            if rng.chance(400) {
                sentence(rng, &mut text, 6, 20);
            }
            let incoming = rng.chance(600);
            let row: [&str; 7] = if incoming {
                [
                    &other.name,
                    MEMBER,
                    &date,
                    &text,
                    "INCOMING",
                    &other.url,
                    MEMBER_URL,
                ]
            } else {
                [
                    MEMBER,
                    &other.name,
                    &date,
                    &text,
                    "OUTGOING",
                    MEMBER_URL,
                    &other.url,
                ]
            };
            e.record(&row, Quote::Minimal)?;
            e.rows += 1;
            g.category("network").add(Some(when), false, 0);
        }
        Ok(())
    })
}

fn search_queries<W: Write + Seek>(writer: &mut Writer<W>, count: u64) -> io::Result<()> {
    writer.entry("SearchQueries.csv", false, |e, rng, g| {
        e.raw_line("Time,Search Query")?;
        let mut timeline = Timeline::new(count, START_UNIX);
        let (mut date, mut query) = (String::new(), String::new());
        for _ in 0..count {
            let when = timeline.next(rng);
            date.clear();
            fmt_slash_utc(&mut date, when);
            query.clear();
            if rng.chance(300) {
                query.push_str(rng.word(FIRST_NAMES));
                query.push(' ');
                query.push_str(rng.word(LAST_NAMES));
            } else {
                for i in 0..rng.range(1, 4) {
                    if i > 0 {
                        query.push(' ');
                    }
                    query.push_str(rng.word(WORDS_FR));
                }
            }
            e.record(&[&date, &query], Quote::Minimal)?;
            e.rows += 1;
            g.category("searches").add(Some(when), false, 0);
        }
        // No final newline.
        e.no_final_newline();
        Ok(())
    })
}

fn logins<W: Write + Seek>(writer: &mut Writer<W>, count: u64) -> io::Result<()> {
    // CRLF, no final newline, as in the fixture.
    writer.entry("Logins.csv", true, |e, rng, g| {
        e.raw_line("Login Date,IP Address,User Agent,Login Type")?;
        let mut timeline = Timeline::new(count, 1_700_000_000);
        let (mut date, mut ip) = (String::new(), String::new());
        for _ in 0..count {
            let when = timeline.next(rng);
            date.clear();
            fmt_java(&mut date, when);
            ip.clear();
            ip.push_str(rng.word(&["192.0.2.", "198.51.100.", "203.0.113."]));
            ip.push_str(&rng.range(1, 254).to_string());
            let agent = *rng.pick(USER_AGENTS);
            let kind = if agent.starts_with("LinkedIn/") {
                "MOBILE"
            } else {
                "WEB"
            };
            e.record(&[&date, &ip, agent, kind], Quote::Minimal)?;
            e.rows += 1;
            g.category("logins_security").add(Some(when), false, 0);
        }
        e.no_final_newline();
        Ok(())
    })
}

const MESSAGE_HEADER_10: &str = "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER";

fn coach_messages<W: Write + Seek>(writer: &mut Writer<W>, count: u64) -> io::Result<()> {
    writer.entry("guide_messages.csv", false, |e, _, _| {
        e.raw_line(MESSAGE_HEADER_10)
    })?;
    writer.entry("coach_messages.csv", false, |e, rng, g| {
        e.raw_line(MESSAGE_HEADER_10)?;
        let mut timeline = Timeline::new(count, 1_762_128_000);
        let (mut id, mut date) = (String::new(), String::new());
        let mut text = Vec::new();
        for i in 0..count {
            if i % 6 == 0 {
                id.clear();
                conversation_id(rng, &mut id);
            }
            let when = timeline.next(rng);
            date.clear();
            fmt_iso(&mut date, when);
            date.push_str(" UTC");
            let mine = i % 2 == 0;
            let line_count = rng.range(1, 3);
            let words = lines(rng, &mut text, line_count, 4, 18);
            let content = text.join("\n");
            let (from, from_url, to, to_url) = if mine {
                (MEMBER, MEMBER_URL, COACH, "")
            } else {
                (COACH, "", MEMBER, MEMBER_URL)
            };
            e.record(
                &[
                    &id, "", from, from_url, to, to_url, &date, "", &content, "INBOX",
                ],
                Quote::Minimal,
            )?;
            e.rows += 1;
            // Only the member's own messages are their words.
            g.category("ai_conversations")
                .add(Some(when), true, if mine { words } else { 0 });
        }
        Ok(())
    })
}

fn conversation_id(rng: &mut Rng, out: &mut String) {
    const B64: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    out.push_str("2-");
    for _ in 0..38 {
        out.push(char::from(*rng.pick(B64)));
    }
    out.push_str("==");
}

/// messages.csv in the 2026 style: every field quoted, header included; draft flags and
/// ATTACHMENTS; real newlines in CONTENT. Conversations of 1–40 messages until `budget`
/// bytes are written.
fn messages<W: Write + Seek>(
    writer: &mut Writer<W>,
    budget: u64,
    contacts: &[Person],
) -> io::Result<()> {
    writer.entry("messages.csv", false, |e, rng, g| {
        e.record(
            &[
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
            ],
            Quote::All,
        )?;
        let (mut id, mut date, mut attachment) = (String::new(), String::new(), String::new());
        let mut text = Vec::new();
        // Conversations go back in time over the member's years (about 10 KB each on
        // average); messages inside one go forward.
        let mut starts = Timeline::new(budget / 10_000, START_UNIX);
        while e.bytes + (e.buf.len() as u64) < budget {
            id.clear();
            conversation_id(rng, &mut id);
            let other = rng.pick(contacts);
            let length = rng.range(1, 40);
            let inmail = rng.chance(50);
            let subject = if inmail { *rng.pick(SUBJECTS) } else { "" };
            let title = if inmail { subject } else { "" };
            starts.next(rng);
            let mut t = starts.now.max(START_UNIX);
            for m in 0..length {
                t += i64::try_from(rng.range(20, 20_000)).unwrap_or(20);
                let when = When::from_unix(t.min(EXPORT_DAY_UNIX - 1));
                date.clear();
                fmt_iso(&mut date, when);
                date.push_str(" UTC");
                let mine = rng.chance(450);
                let (from, from_url, to, to_url) = if mine {
                    (MEMBER, MEMBER_URL, other.name.as_str(), other.url.as_str())
                } else {
                    (other.name.as_str(), other.url.as_str(), MEMBER, MEMBER_URL)
                };
                let content = if rng.chance(30) {
                    String::new()
                } else {
                    let line_count = if rng.chance(650) { 1 } else { rng.range(2, 5) };
                    lines(rng, &mut text, line_count, 2, 14);
                    text.join("\n")
                };
                attachment.clear();
                if content.is_empty() || rng.chance(20) {
                    attachment.push_str(
                        "https://www.linkedin.com/dms/prv/exemple/messaging-attachmentFile/",
                    );
                    attachment.push_str(&rng.below(1 << 48).to_string());
                    attachment.push_str(".pdf");
                }
                let folder = if rng.chance(5) { "ARCHIVE" } else { "INBOX" };
                let subject = if m == 0 { subject } else { "" };
                e.record(
                    &[
                        &id,
                        title,
                        from,
                        from_url,
                        to,
                        to_url,
                        &date,
                        subject,
                        &content,
                        folder,
                        "false",
                        "false",
                        &attachment,
                    ],
                    Quote::All,
                )?;
                e.rows += 1;
                g.category("messages").add(Some(when), false, 0);
            }
        }
        Ok(())
    })
}

// ---------------------------------------------------------------------------------------------
// Command line

/// `10MB`, `100MiB`, `1GiB`, `1GB`, `12345`.
pub fn parse_size(text: &str) -> Option<u64> {
    let text = text.trim();
    let digits = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(digits);
    let number: u64 = number.parse().ok()?;
    let multiplier: u64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "kb" | "k" => 1_000,
        "mb" | "m" => 1_000_000,
        "gb" | "g" => 1_000_000_000,
        "kib" => 1 << 10,
        "mib" => 1 << 20,
        "gib" => 1 << 30,
        _ => return None,
    };
    number.checked_mul(multiplier)
}

const USAGE: &str = "usage: synth [--uncompressed SIZE] [--seed N] OUT.zip
  SIZE: uncompressed bytes, e.g. 10MB, 100MiB, 1GiB (default 100MiB)
  N: the seed (default 42); the same seed and size give the same archive";

fn main() -> ExitCode {
    let mut options = Options {
        uncompressed: 100 << 20,
        seed: 42,
    };
    let mut out = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let parsed = match arg.as_str() {
            "--uncompressed" => args.next().and_then(|v| parse_size(&v)).map(|size| {
                options.uncompressed = size;
            }),
            "--seed" => args.next().and_then(|v| v.parse().ok()).map(|seed| {
                options.seed = seed;
            }),
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            path if !path.starts_with('-') && out.is_none() => {
                out = Some(std::path::PathBuf::from(path));
                Some(())
            }
            _ => None,
        };
        if parsed.is_none() {
            eprintln!("synth: bad argument {arg:?}\n{USAGE}");
            return ExitCode::from(2);
        }
    }
    let Some(out) = out else {
        eprintln!("synth: no output path\n{USAGE}");
        return ExitCode::from(2);
    };
    let result = std::fs::File::create(&out).and_then(|file| {
        let (file, generated) = write_export(io::BufWriter::new(file), &options)?;
        let file = file.into_inner().map_err(|e| e.into_error())?;
        file.sync_all()?;
        Ok((file.metadata()?.len(), generated))
    });
    match result {
        Ok((compressed, generated)) => {
            for entry in &generated.entries {
                println!(
                    "{:>14} bytes {:>10} rows  {}",
                    entry.bytes, entry.rows, entry.path
                );
            }
            let total = generated.uncompressed();
            println!(
                "{}: {} entries, {} bytes uncompressed, {} bytes compressed (ratio {:.2})",
                out.display(),
                generated.entries.len(),
                total,
                compressed,
                total as f64 / compressed.max(1) as f64
            );
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("synth: {}: {error}", out.display());
            ExitCode::FAILURE
        }
    }
}
