//! The one pass over the export: every entry of every input is read once, in parallel
//! (largest first), streamed record by record into per-file figures, which are then merged
//! per category. The catalog decides what each column means; this module only counts.

use std::collections::{BTreeMap, HashMap};
use std::io::{self, Read};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, SyncSender};

use rayon::prelude::*;

use crate::archive::{self, ArchiveLimits, EntryError, Input, InputKind, ReadBudget};
use crate::articles;
use crate::catalog::{self, CategoryId, DateSource, FileSpec, RowRule, Scope};
use crate::csv_dialect::{
    CsvReader, Header, ReaderLimits, Record, TooManyRecords, is_placeholder, unwrap_line_quotes,
};
use crate::dates::{DateParser, PartialDate};
use crate::headers::{self, HeaderVerdict};
use crate::memory;
use crate::names::NameDictionary;
use crate::report::{Excerpt, Problem, UnrecognisedFile, Warning, WarningKind};
use crate::sanitize;
use crate::sensitive::{self, Flags, Scanner};
use crate::transcode::Decoded;
use crate::transcript;
use crate::words;

/// Excerpts kept per category for the report.
pub const EXCERPTS_PER_CATEGORY: usize = 3;
/// Characters of an excerpt.
pub const EXCERPT_CHARS: usize = 280;
/// An article HTML file larger than this is read only this far.
const MAX_ARTICLE_BYTES: u64 = 8 << 20;
/// An article page up to this size is parsed without a share of the memory budget (real
/// ones are tens of KB: the text, images being separate files).
const SMALL_ARTICLE_BYTES: u64 = 256 << 10;
/// Bytes of a field read as a short value (status, visibility, names, e-mail, links): real
/// ones are a few dozen bytes; a hostile 64 MiB one is cut here, before any copy.
const SHORT_VALUE_BYTES: usize = 4 << 10;
/// Bytes of a text field an excerpt is made from (an excerpt is 280 characters).
const EXCERPT_SOURCE_BYTES: usize = 64 << 10;
/// A date value longer than this is not a date (the longest, Rich_Media's sentence `You
/// uploaded a profile background photo on September 30, 2025 at 11:59 PM (GMT)`, has 80).
const MAX_DATE_BYTES: usize = 1024;
/// Distinct Visibility values counted per file; any further value counts as `(other)`.
const MAX_VISIBILITY_VALUES: usize = 32;
const OTHER_VISIBILITY: &str = "(other)";
/// Unexpected column names listed per file; the rest are summed up in one more warning.
const MAX_UNEXPECTED_COLUMNS: usize = 20;

#[derive(Clone, Debug, Default)]
pub struct AnalysisOptions {
    pub archive_limits: ArchiveLimits,
    pub reader_limits: ReaderLimits,
    /// Keep every ai_training item for the review list (`--items`).
    pub collect_items: bool,
    /// Show a progress bar on stderr (it hides itself when stderr is not a terminal).
    pub progress: bool,
    /// `--objected-on`: the day the member switched the setting off or objected; confirmed
    /// items under training are split into those published before it and the rest.
    pub objected_on: Option<jiff::civil::Date>,
}

/// Why nothing could be analysed.
#[derive(Debug, thiserror::Error)]
pub enum AnalysisError {
    #[error(transparent)]
    Input(#[from] archive::InputError),
    #[error(
        "{path}: no LinkedIn export file found in it. Point to the zip you downloaded from LinkedIn (Settings & Privacy > Data privacy > Get a copy of your data), or to the folder it was extracted to."
    )]
    NothingRecognised { path: String },
    /// Two inputs belong to different members (their profile names or e-mail addresses).
    #[error(
        "{first_path} ({first}) and {second_path} ({second}) are the exports of two different members; give one member's export at a time"
    )]
    TwoMembers {
        first_path: String,
        first: String,
        second_path: String,
        second: String,
    },
    #[error(
        "{path}: every entry uses a compression method or an encryption this tool cannot read (LinkedIn's own archives use neither): download the archive again from LinkedIn and give it as downloaded, without re-compressing it or protecting it with a password"
    )]
    Undecodable { path: String },
    #[error(
        "{path} holds another zip, {inner}, and no LinkedIn file of its own: extract {inner} from it and run this tool on that zip"
    )]
    NestedZip { path: String, inner: String },
    #[error("{path}: none of its {count} files could be read ({detail})")]
    NothingReadable {
        path: String,
        count: usize,
        /// The first file's reason.
        detail: String,
    },
    #[error(
        "{path} is not an export but holds zip files ({}): run this tool on the newest, {newest}",
        zips.join(", ")
    )]
    FolderOfZips {
        path: String,
        /// At most [`ZIPS_NAMED`] names, newest first.
        zips: Vec<String>,
        /// How many zips the folder holds in all.
        count: usize,
        newest: String,
    },
}

/// Zips named at most when a folder of zips is given instead of an export.
pub const ZIPS_NAMED: usize = 5;

/// Why nothing was recognised, as precisely as the inputs tell: every entry undecodable, a zip
/// inside the zip, a folder (Downloads) holding export zips, or nothing LinkedIn at all.
fn nothing_recognised(paths: &[PathBuf], inputs: &[Input]) -> AnalysisError {
    let shown = |path: &std::path::Path| path.display().to_string();
    for input in inputs {
        if input.undecodable_entries() > 0 {
            return AnalysisError::Undecodable {
                path: shown(input.path()),
            };
        }
    }
    for input in inputs {
        if let Some(inner) = input.inner_zips().first() {
            return AnalysisError::NestedZip {
                path: shown(input.path()),
                inner: inner.clone(),
            };
        }
    }
    for input in inputs {
        if input.entries().is_empty()
            && let Some(first) = input.problems().first()
        {
            return AnalysisError::NothingReadable {
                path: shown(input.path()),
                count: input.problems().len(),
                detail: first.reason.clone(),
            };
        }
    }
    for input in inputs {
        let mut zips: Vec<&archive::EntryInfo> = input
            .entries()
            .iter()
            .filter(|entry| entry.file_name().to_lowercase().ends_with(".zip"))
            .collect();
        if input.kind() != InputKind::Directory || zips.is_empty() {
            continue;
        }
        // Newest first: by the export date in the name (LinkedIn's), then by file time.
        zips.sort_by_key(|entry| {
            std::cmp::Reverse((
                crate::dates::date_from_archive_name(entry.file_name()),
                entry.modified,
            ))
        });
        let count = zips.len();
        let names: Vec<String> = zips.iter().map(|entry| entry.path.clone()).collect();
        return AnalysisError::FolderOfZips {
            path: shown(input.path()),
            newest: input.path().join(&names[0]).display().to_string(),
            zips: names.into_iter().take(ZIPS_NAMED).collect(),
            count,
        };
    }
    let path = paths
        .first()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    AnalysisError::NothingRecognised { path }
}

/// What the export's Profile.csv says about its owner. Public profile data.
#[derive(Clone, Debug, Default)]
pub struct ProfileFacts {
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub headline: Option<String>,
    pub geo_location: Option<String>,
    pub birth_date: Option<String>,
    /// Education.csv rows that name a secondary school, with their end date (None: no end,
    /// i.e. current). LinkedIn excludes members it believes to be under 18, "e.g. currently
    /// in secondary school".
    pub secondary_schools: Vec<Option<PartialDate>>,
}

/// Secondary-school rows kept from Education.csv (a member has one or two).
const MAX_SECONDARY_SCHOOLS: usize = 16;

/// Words in a school or degree name that mean secondary education (folded to lower case,
/// matched as whole words), in the languages of LinkedIn's main markets.
const SECONDARY_SCHOOL_WORDS: &[&str] = &[
    "high school",
    "secondary school",
    "secondary education",
    "senior secondary",
    "middle school",
    "sixth form",
    "grammar school",
    "gcse",
    "a levels",
    "a level",
    "lycée",
    "lycee",
    "collège",
    "baccalauréat",
    "gymnasium",
    "realschule",
    "gesamtschule",
    "abitur",
    "liceo",
    "instituto de educación secundaria",
    "educación secundaria",
    "bachillerato",
    "ensino médio",
    "havo",
    "vwo",
];

/// Whether a school or degree name means secondary education.
pub fn is_secondary_school(name: &str) -> bool {
    let lower = name.to_lowercase();
    let words: String = lower
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    let padded = format!(
        " {} ",
        words.split_whitespace().collect::<Vec<_>>().join(" ")
    );
    SECONDARY_SCHOOL_WORDS
        .iter()
        .any(|word| padded.contains(&format!(" {word} ")))
}

impl ProfileFacts {
    pub fn full_name(&self) -> Option<String> {
        let name = [self.first_name.as_deref(), self.last_name.as_deref()]
            .into_iter()
            .flatten()
            .map(str::trim)
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        (!name.is_empty()).then_some(name)
    }
}

/// One item under AI training, for the member's review list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReviewItem {
    pub category: CategoryId,
    pub date: Option<String>,
    pub link: Option<String>,
    pub excerpt: String,
    /// What the item may reveal (see [`crate::sensitive`]).
    pub flags: Flags,
}

/// Records of one year.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct YearCounts {
    pub records: u64,
    /// Under AI training, confirmed.
    pub ai_training: u64,
    /// Under AI training as reported or unconfirmed.
    pub unconfirmed: u64,
}

impl YearCounts {
    fn add(&mut self, other: YearCounts) {
        self.records += other.records;
        self.ai_training += other.ai_training;
        self.unconfirmed += other.unconfirmed;
    }
}

/// Figures for one category, merged over its files.
#[derive(Clone, Debug, Default)]
pub struct CategoryStats {
    pub records: u64,
    /// Records under AI training that LinkedIn states or clearly implies it uses.
    pub ai_training_records: u64,
    /// Records under AI training as reported or unconfirmed (reactions, instant reposts,
    /// pending endorsements).
    pub unconfirmed_records: u64,
    /// Words of the text of the records under AI training.
    pub words: u64,
    /// With `--objected-on`: confirmed records under training dated before that day (at
    /// least partly, for a month or a year that contains it), and on or after it.
    pub before_objection: u64,
    pub after_objection: u64,
    pub undated: u64,
    pub first: Option<PartialDate>,
    pub last: Option<PartialDate>,
    pub per_year: BTreeMap<i32, YearCounts>,
    pub visibility: Option<BTreeMap<String, u64>>,
    pub excerpts: Vec<DatedExcerpt>,
    /// Items under AI training whose own writing may reveal personal or special-category
    /// data. Flagged items never give an excerpt (a shareable report must not quote them).
    pub sensitive: sensitive::Tally,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DatedExcerpt {
    pub excerpt: Excerpt,
    pub sort_key: u64,
}

/// Figures for one analysed file.
#[derive(Clone, Debug)]
pub struct FileStats {
    pub input: usize,
    pub path: String,
    pub category: CategoryId,
    pub stats: CategoryStats,
    pub warnings: Vec<Warning>,
}

/// The result of the pass.
#[derive(Debug, Default)]
pub struct Analysis {
    pub inputs: Vec<(PathBuf, InputKind)>,
    pub files: Vec<FileStats>,
    pub unrecognised: Vec<UnrecognisedFile>,
    pub problems: Vec<Problem>,
    pub profile: ProfileFacts,
    /// The primary confirmed e-mail address: private, only ever written into the member's own
    /// objection letter, never into a report.
    pub primary_email: Option<String>,
    pub items: Vec<ReviewItem>,
    /// Other people's names found in the export (connections, recommenders, endorsers,
    /// invitation and message counterparts): the dictionary excerpts are scrubbed with.
    pub other_names: NameDictionary,
    /// Copies of a file skipped because another input had it too (merged archives).
    pub files_in_several_inputs: usize,
    /// The export's date, from the archive names, else the zip entries' latest time; the
    /// report falls back to the latest dated record (`report::build`).
    pub export_date: Option<(jiff::civil::Date, ExportDateSource)>,
    /// Per category, the records per year and per Visibility value of every file, added up as
    /// each file completes (sums: the order does not matter) and taken out of `files`, so an
    /// archive of 200,000 small files does not keep 200,000 year maps.
    pub category_tallies: BTreeMap<CategoryId, CategoryStats>,
}

impl Analysis {
    /// Per-category figures, in catalog order.
    pub fn categories(&self) -> BTreeMap<CategoryId, CategoryStats> {
        let mut merged: BTreeMap<CategoryId, CategoryStats> = self.category_tallies.clone();
        for file in &self.files {
            merged.entry(file.category).or_default().merge(&file.stats);
        }
        merged
    }
}

impl CategoryStats {
    fn merge(&mut self, other: &CategoryStats) {
        self.records += other.records;
        self.ai_training_records += other.ai_training_records;
        self.unconfirmed_records += other.unconfirmed_records;
        self.before_objection += other.before_objection;
        self.after_objection += other.after_objection;
        self.words += other.words;
        self.undated += other.undated;
        self.first = min_date(self.first, other.first);
        self.last = max_date(self.last, other.last);
        for (year, counts) in &other.per_year {
            self.per_year.entry(*year).or_default().add(*counts);
        }
        if let Some(visibility) = &other.visibility {
            let mine = self.visibility.get_or_insert_with(BTreeMap::new);
            for (value, count) in visibility {
                *mine.entry(value.clone()).or_default() += count;
            }
        }
        for excerpt in &other.excerpts {
            offer_excerpt(&mut self.excerpts, excerpt.clone());
        }
        self.sensitive.merge(&other.sensitive);
    }
}

fn min_date(a: Option<PartialDate>, b: Option<PartialDate>) -> Option<PartialDate> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

fn max_date(a: Option<PartialDate>, b: Option<PartialDate>) -> Option<PartialDate> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (a, b) => a.or(b),
    }
}

/// Keeps the most recent excerpts (then the first seen), at most EXCERPTS_PER_CATEGORY.
fn offer_excerpt(kept: &mut Vec<DatedExcerpt>, candidate: DatedExcerpt) {
    if kept.contains(&candidate) {
        return;
    }
    kept.push(candidate);
    kept.sort_by_key(|excerpt| std::cmp::Reverse(excerpt.sort_key));
    kept.truncate(EXCERPTS_PER_CATEGORY);
}

/// Records per year of one file, tallied in a short list (a file spans a few years, and
/// consecutive rows share one) and added to the category's year map once, at the end.
#[derive(Default)]
struct YearTally {
    first: Option<PartialDate>,
    last: Option<PartialDate>,
    years: Vec<(i32, YearCounts)>,
    /// Where the previous row's year is in `years`.
    recent: usize,
}

impl YearTally {
    fn add(&mut self, date: PartialDate, ai: bool, unconfirmed: bool) {
        self.first = min_date(self.first, Some(date));
        self.last = max_date(self.last, Some(date));
        let year = i32::from(date.year());
        let index = match self.years.get(self.recent) {
            Some(&(recent, _)) if recent == year => self.recent,
            _ => match self.years.iter().position(|&(known, _)| known == year) {
                Some(index) => index,
                None => {
                    self.years.push((year, YearCounts::default()));
                    self.years.len() - 1
                }
            },
        };
        self.recent = index;
        if let Some((_, counts)) = self.years.get_mut(index) {
            counts.records += 1;
            counts.ai_training += u64::from(ai && !unconfirmed);
            counts.unconfirmed += u64::from(ai && unconfirmed);
        }
    }

    fn add_to(self, stats: &mut CategoryStats) {
        stats.first = min_date(stats.first, self.first);
        stats.last = max_date(stats.last, self.last);
        for (year, counts) in self.years {
            stats.per_year.entry(year).or_default().add(counts);
        }
    }
}

/// One file's excerpt candidates, as raw field bytes until the end: in a large file most
/// rows would duplicate or displace one, and building an excerpt (decoding, unwrapping,
/// sanitising, the date's text) for every such row cost more than the rest of the row.
/// Keeps what [`offer_excerpt`] keeps: the most recent, then the first seen.
#[derive(Default)]
struct ExcerptCandidates {
    /// At most [`EXCERPTS_PER_CATEGORY`], most recent first.
    kept: Vec<Candidate>,
    /// Byte buffers of displaced candidates, reused.
    spare: Vec<Vec<u8>>,
}

struct Candidate {
    kind: &'static str,
    date: Option<PartialDate>,
    sort_key: u64,
    /// The field's first [`EXCERPT_SOURCE_BYTES`], all an excerpt is made from.
    source: Vec<u8>,
    /// The field was longer than `source` (its excerpt ends with `…`).
    cut: bool,
}

impl ExcerptCandidates {
    fn would_keep(&self, sort_key: u64) -> bool {
        self.kept.len() < EXCERPTS_PER_CATEGORY || self.kept.iter().any(|c| c.sort_key < sort_key)
    }

    fn offer(
        &mut self,
        kind: &'static str,
        field: &[u8],
        date: Option<PartialDate>,
        sort_key: u64,
    ) {
        let source = utf8_prefix(field, EXCERPT_SOURCE_BYTES);
        let duplicate =
            |c: &Candidate| c.sort_key == sort_key && c.kind == kind && c.source == source;
        if !self.would_keep(sort_key) || self.kept.iter().any(duplicate) || !has_excerpt(source) {
            return;
        }
        let mut buffer = self.spare.pop().unwrap_or_default();
        buffer.clear();
        buffer.extend_from_slice(source);
        // After every candidate with the same or a later date: the first seen stays first.
        let at = self
            .kept
            .iter()
            .take_while(|c| c.sort_key >= sort_key)
            .count();
        self.kept.insert(
            at,
            Candidate {
                kind,
                date,
                sort_key,
                source: buffer,
                cut: source.len() < field.len(),
            },
        );
        if self.kept.len() > EXCERPTS_PER_CATEGORY
            && let Some(displaced) = self.kept.pop()
        {
            self.spare.push(displaced.source);
        }
    }

    /// Builds the excerpts and offers them to a category's list.
    fn add_to(self, excerpts: &mut Vec<DatedExcerpt>) {
        for candidate in self.kept {
            if let Some(mut text) = excerpt_of(&candidate.source) {
                // As `excerpt_of` marks a field longer than what it read.
                if candidate.cut && !text.ends_with('…') {
                    text.push('…');
                }
                offer_excerpt(
                    excerpts,
                    DatedExcerpt {
                        excerpt: Excerpt {
                            kind: candidate.kind,
                            text,
                            date: candidate.date.map(|d| d.to_iso_date()),
                        },
                        sort_key: candidate.sort_key,
                    },
                );
            }
        }
    }
}

/// Whether [`excerpt_of`] gives an excerpt for these bytes (they are not blank), decided
/// without building it when a visible ASCII character other than a quote shows it.
fn has_excerpt(source: &[u8]) -> bool {
    source.iter().any(|&b| b.is_ascii_graphic() && b != b'"') || excerpt_of(source).is_some()
}

/// What kind of entry, and what to do with it.
#[derive(Clone, Copy, Debug)]
enum Plan {
    Csv(&'static FileSpec),
    UnknownCsv,
    MaybeArticle,
}

#[derive(Clone, Debug)]
struct Job {
    input: usize,
    entry: usize,
    size: u64,
    plan: Plan,
}

/// Facts from the profile that other files need while they are read.
#[derive(Default)]
struct SharedFacts {
    /// Lower-case full name: the author of the member's own AI-coach messages.
    member_name: Option<String>,
    /// Other people's names, added to by each file that has some (once per file).
    names: std::sync::Mutex<NameDictionary>,
    /// Bytes of article pages read so far, against `max_article_bytes`.
    article_bytes: std::sync::atomic::AtomicU64,
}

/// A job's outcome with the primary e-mail address it found, if any.
type JobResult = Result<(JobOutcome, Option<String>), EntryError>;

// One outcome per file, moved once into the analysis: boxing the common variant would cost an
// allocation per file (200,000 of them) to save a copy of a few hundred bytes.
#[allow(clippy::large_enum_variant)]
enum JobOutcome {
    File(FileStats, Vec<ReviewItem>),
    Unrecognised(UnrecognisedFile),
    NotAnArticle,
}

/// Runs the whole pass over `paths`.
pub fn analyse(paths: &[PathBuf], options: &AnalysisOptions) -> Result<Analysis, AnalysisError> {
    let budget = ReadBudget::new(options.archive_limits);
    let mut inputs = Vec::with_capacity(paths.len());
    // The same folder or zip given twice (through any path) is read once.
    let mut identities = std::collections::HashSet::new();
    for path in paths {
        if let Some(identity) = archive::input_identity(path)
            && !identities.insert(identity)
        {
            continue;
        }
        inputs.push(Input::open(path, Arc::clone(&budget))?);
    }
    let mut analysis = Analysis {
        inputs: inputs
            .iter()
            .map(|input| (input.path().to_path_buf(), input.kind()))
            .collect(),
        ..Analysis::default()
    };
    for (index, input) in inputs.iter().enumerate() {
        for problem in input.problems() {
            analysis.problems.push(Problem {
                path: problem.path.clone(),
                input: index,
                reason: problem.reason.clone(),
            });
        }
    }

    if inputs.len() > 1 {
        let owners: Vec<_> = inputs
            .iter()
            .map(|input| crate::identity::owner(input, options.reader_limits))
            .collect();
        if let Some((first, second)) = crate::identity::different_members(&owners) {
            let path = |index: usize| paths[index].display().to_string();
            let label = |index: usize| owners[index].label().unwrap_or_default().to_owned();
            return Err(AnalysisError::TwoMembers {
                first_path: path(first),
                first: label(first),
                second_path: path(second),
                second: label(second),
            });
        }
    }
    let (jobs, duplicates, copies) = plan_jobs(&inputs);
    if !jobs
        .iter()
        .any(|job| matches!(job.plan, Plan::Csv(_) | Plan::MaybeArticle))
    {
        return Err(nothing_recognised(paths, &inputs));
    }

    // The profile is read first: the AI-coach files need the member's name.
    let (profile_jobs, other_jobs): (Vec<Job>, Vec<Job>) = jobs.into_iter().partition(|job| {
        matches!(job.plan, Plan::Csv(spec)
                if spec.stems == ["profile"] || spec.category == CategoryId::Education)
    });
    let mut shared = SharedFacts::default();
    let mut outcomes = Vec::new();
    for job in &profile_jobs {
        let result = run_job(
            &inputs,
            job,
            &shared,
            options,
            &mut analysis.profile,
            &mut None,
        );
        shared.member_name = analysis.profile.full_name().map(|n| n.to_lowercase());
        outcomes.push((job.clone(), result));
    }

    let progress = progress_bar(
        options.progress,
        other_jobs.iter().map(|job| job.size).sum(),
    );
    for (job, result) in outcomes {
        absorb(
            &mut analysis,
            &inputs,
            &job,
            result.map(|o| (o, None)),
            options,
        );
    }
    // Each result is absorbed as soon as it is ready rather than collected first: with
    // 200,000 entries, holding every result and then every file at once doubled the memory.
    // Completion order varies, so what depends on order is keyed by the job's position: the
    // e-mail (the last job's wins, as in a sequential pass) and the review-list items.
    let state = std::sync::Mutex::new(Absorbed {
        analysis,
        email: None,
        items: Vec::new(),
    });
    let pass = || {
        other_jobs
            .into_par_iter()
            .enumerate()
            .for_each(|(position, job)| {
                let mut email = None;
                let mut unused_profile = ProfileFacts::default();
                let result = run_job(
                    &inputs,
                    &job,
                    &shared,
                    options,
                    &mut unused_profile,
                    &mut email,
                );
                progress.inc(job.size);
                let mut state = state
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner);
                if let Some(email) = email
                    && state
                        .email
                        .as_ref()
                        .is_none_or(|(last, _)| *last < position)
                {
                    state.email = Some((position, email));
                }
                let result = match result {
                    Ok(JobOutcome::File(stats, items)) => {
                        if options.collect_items && !items.is_empty() {
                            state.items.push((position, items));
                        }
                        Ok((JobOutcome::File(stats, Vec::new()), None))
                    }
                    other => other.map(|outcome| (outcome, None)),
                };
                absorb(&mut state.analysis, &inputs, &job, result, options);
            });
    };
    // Each worker may hold a few MB (src/memory.rs): their number is capped, so that the
    // memory bound holds on a machine of any size.
    let pool = (rayon::current_num_threads() > memory::MAX_WORKERS)
        .then(|| {
            rayon::ThreadPoolBuilder::new()
                .num_threads(memory::MAX_WORKERS)
                .build()
                .ok()
        })
        .flatten();
    match pool {
        Some(pool) => pool.install(pass),
        None => pass(),
    }
    progress.finish_and_clear();
    let other_names = std::mem::take(
        &mut *shared
            .names
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner),
    );
    let Absorbed {
        mut analysis,
        email,
        mut items,
    } = state
        .into_inner()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some((_, email)) = email {
        analysis.primary_email = Some(email);
    }
    analysis.other_names = other_names;
    items.sort_by_key(|(position, _)| *position);
    analysis
        .items
        .extend(items.into_iter().flat_map(|(_, items)| items));
    // One lookup table, not a scan of every file per duplicate (two inputs of 200,000).
    let mut by_path: HashMap<String, usize> = HashMap::new();
    for (index, file) in analysis.files.iter().enumerate() {
        by_path
            .entry(file.path.to_ascii_lowercase())
            .or_insert(index);
    }
    for (input, entry) in copies {
        let found = inputs
            .get(input)
            .and_then(|i| i.entries().get(entry))
            .and_then(|e| by_path.get(&e.path.to_ascii_lowercase()))
            .and_then(|&index| analysis.files.get_mut(index));
        if let Some(file) = found {
            file.warnings.push(Warning {
                kind: WarningKind::IdenticalCopy,
                detail: String::new(),
            });
        }
    }
    // A file in several inputs (Basic and Complete archives) was read once: the run says so
    // in one line, not one warning per file.
    analysis.files_in_several_inputs = duplicates.len();
    analysis
        .files
        .sort_by(|a, b| (a.input, &a.path).cmp(&(b.input, &b.path)));
    analysis
        .unrecognised
        .sort_by(|a, b| (a.input, &a.path).cmp(&(b.input, &b.path)));
    analysis
        .problems
        .sort_by(|a, b| (a.input, &a.path).cmp(&(b.input, &b.path)));
    analysis
        .items
        .sort_by(|a, b| (a.category, &a.date, &a.link).cmp(&(b.category, &b.date, &b.link)));
    analysis.export_date = export_date(&inputs);
    Ok(analysis)
}

/// What the parallel pass fills, behind one lock.
struct Absorbed {
    analysis: Analysis,
    /// (job position, address): the last job's wins.
    email: Option<(usize, String)>,
    /// (job position, items), put in job order at the end.
    items: Vec<(usize, Vec<ReviewItem>)>,
}

fn absorb(
    analysis: &mut Analysis,
    inputs: &[Input],
    job: &Job,
    result: JobResult,
    options: &AnalysisOptions,
) {
    match result {
        Ok((JobOutcome::File(mut stats, items), email)) => {
            if email.is_some() {
                analysis.primary_email = email;
            }
            let tally = analysis.category_tallies.entry(stats.category).or_default();
            for (year, counts) in std::mem::take(&mut stats.stats.per_year) {
                tally.per_year.entry(year).or_default().add(counts);
            }
            if let Some(visibility) = stats.stats.visibility.take() {
                let mine = tally.visibility.get_or_insert_with(BTreeMap::new);
                for (value, count) in visibility {
                    *mine.entry(value).or_default() += count;
                }
            }
            analysis.files.push(stats);
            if options.collect_items {
                analysis.items.extend(items);
            }
        }
        Ok((JobOutcome::Unrecognised(file), _)) => analysis.unrecognised.push(file),
        Ok((JobOutcome::NotAnArticle, _)) => {}
        Err(error) => analysis.problems.push(Problem {
            path: inputs[job.input].entries()[job.entry].path.clone(),
            input: job.input,
            reason: error.to_string(),
        }),
    }
}

#[cfg(not(feature = "cli"))]
struct NoBar;

#[cfg(not(feature = "cli"))]
impl NoBar {
    fn inc(&self, _: u64) {}
    fn finish_and_clear(&self) {}
}

#[cfg(not(feature = "cli"))]
fn progress_bar(_: bool, _: u64) -> NoBar {
    NoBar
}

#[cfg(feature = "cli")]
fn progress_bar(enabled: bool, total: u64) -> indicatif::ProgressBar {
    if !enabled {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::with_draw_target(
        Some(total),
        indicatif::ProgressDrawTarget::stderr(),
    );
    if let Ok(style) = indicatif::ProgressStyle::with_template(
        "{spinner} {bar:30} {decimal_bytes}/{decimal_total_bytes} {elapsed}",
    ) {
        bar.set_style(style);
    }
    bar
}

/// The jobs, the copies skipped across inputs, the identical copies skipped within one.
type PlannedJobs = (Vec<Job>, Vec<(usize, usize)>, Vec<(usize, usize)>);

/// Chooses, for every logical file, the one copy to read: the Complete archive's when the
/// names tell, else the last input's; within one input, files of one name in several folders
/// all count unless they hold the same bytes (a flattened copy). Returns the jobs, the
/// (input, entry) copies skipped across inputs, and the identical copies skipped within one
/// (each as the entry that was read).
fn plan_jobs(inputs: &[Input]) -> PlannedJobs {
    let rank = |input: &Input| match archive::looks_like_complete(input.path()) {
        Some(true) => 2,
        None => 1,
        Some(false) => 0,
    };
    let mut chosen: HashMap<String, Job> = HashMap::new();
    let mut skipped = Vec::new();
    let mut copies = Vec::new();
    // Per (input, lower-case name) met more than once in one input: the entries of that name
    // read so far. Only names that repeat are kept (200,000 distinct names cost nothing).
    let mut same_name: HashMap<(usize, String), Vec<usize>> = HashMap::new();
    for (input_index, input) in inputs.iter().enumerate() {
        for (entry_index, entry) in input.entries().iter().enumerate() {
            let plan = if catalog::is_csv(entry.file_name()) {
                match catalog::lookup(entry.file_name()) {
                    Some(spec) => Plan::Csv(spec),
                    None => Plan::UnknownCsv,
                }
            } else if catalog::is_html(entry.file_name()) {
                Plan::MaybeArticle
            } else {
                continue;
            };
            let job = Job {
                input: input_index,
                entry: entry_index,
                size: entry.size,
                plan,
            };
            let key = entry.file_name().to_lowercase();
            match chosen.get(&key) {
                Some(existing) if existing.input == input_index => {
                    let read_here = same_name
                        .entry((input_index, key.clone()))
                        .or_insert_with(|| vec![existing.entry]);
                    if let Some(&original) = read_here
                        .iter()
                        .find(|&&earlier| input.same_content(earlier, entry_index))
                    {
                        // A copy of a file already read from this input (a backup folder).
                        copies.push((input_index, original));
                        continue;
                    }
                    read_here.push(entry_index);
                    // The same name twice in one input, different content (parts of a split
                    // file, folders flattened into one): both count.
                    chosen.insert(format!("{key}\u{0}{input_index}:{entry_index}"), job);
                }
                Some(existing) if rank(&inputs[existing.input]) > rank(input) => {
                    skipped.push((input_index, entry_index));
                }
                Some(existing) => {
                    skipped.push((existing.input, existing.entry));
                    chosen.insert(key, job);
                }
                None => {
                    chosen.insert(key, job);
                }
            }
        }
    }
    let mut jobs: Vec<Job> = chosen.into_values().collect();
    // Largest first, so the longest entry does not start last; ties in a fixed order.
    jobs.sort_by(|a, b| {
        b.size
            .cmp(&a.size)
            .then((a.input, a.entry).cmp(&(b.input, b.entry)))
    });
    (jobs, skipped, copies)
}

/// Whether a record dated `date` was published before `on`: a month or a year that
/// contains `on` counts as before (LinkedIn may already have used it).
pub fn published_before(date: PartialDate, on: jiff::civil::Date) -> bool {
    match date.civil_date() {
        Some(day) => day < on,
        None => {
            let on_key = (on.year(), u8::try_from(on.month()).unwrap_or(1));
            match date.month {
                Some(month) => (date.year, month) <= on_key,
                None => date.year <= on_key.0,
            }
        }
    }
}

/// Where the export's date was read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ExportDateSource {
    /// The date in the archive's name (`…_12-27-2025.zip`).
    ArchiveName,
    /// The latest modification time LinkedIn wrote in the zip's entries.
    ArchiveEntries,
    /// The latest dated record of the export (an extracted folder, whose file times are
    /// those of the copy, or an archive without a usable date).
    LatestRecord,
}

/// The export's date candidates: the archive names' date, else the zip entries' latest time
/// (never a folder's file times: they are the day of the copy). `build` checks them against
/// the run's date and falls back to the latest record.
fn export_date(inputs: &[Input]) -> Option<(jiff::civil::Date, ExportDateSource)> {
    let named = inputs
        .iter()
        .filter_map(|input| {
            input
                .path()
                .file_name()
                .and_then(|name| crate::dates::date_from_archive_name(&name.to_string_lossy()))
        })
        .max();
    if let Some(date) = named {
        return Some((date, ExportDateSource::ArchiveName));
    }
    inputs
        .iter()
        .filter(|input| input.kind() == InputKind::Zip)
        .flat_map(|input| input.entries().iter().filter_map(|e| e.modified))
        .max()
        .map(|datetime| (datetime.date(), ExportDateSource::ArchiveEntries))
}

fn run_job(
    inputs: &[Input],
    job: &Job,
    shared: &SharedFacts,
    options: &AnalysisOptions,
    profile: &mut ProfileFacts,
    email: &mut Option<String>,
) -> Result<JobOutcome, EntryError> {
    let input = &inputs[job.input];
    let entry = &input.entries()[job.entry];
    let path = entry.path.clone();
    let outcome = match job.plan {
        Plan::Csv(spec) => input.read_entry(job.entry, |reader| {
            // AI-coach files may be `key: value` transcripts rather than CSV.
            let mut buffered;
            let reader: &mut dyn Read = if spec.category == CategoryId::AiConversations {
                buffered = io::BufReader::with_capacity(transcript::SNIFF_BYTES, reader);
                if transcript::looks_like_transcript(io::BufRead::fill_buf(&mut buffered)?) {
                    let (stats, warnings, items) = read_transcript(&mut buffered, spec, options)?;
                    return Ok(JobOutcome::File(
                        FileStats {
                            input: job.input,
                            path,
                            category: spec.category,
                            stats,
                            warnings,
                        },
                        items,
                    ));
                }
                &mut buffered
            } else {
                reader
            };
            let (stats, warnings, items) = if pipelined(job.size, entry.compressed_size) {
                read_csv_pipelined(reader, spec, shared, options, profile, email)?
            } else {
                read_csv(reader, spec, shared, options, profile, email)?
            };
            Ok(JobOutcome::File(
                FileStats {
                    input: job.input,
                    path,
                    category: spec.category,
                    stats,
                    warnings,
                },
                items,
            ))
        }),
        Plan::UnknownCsv => input.read_entry(job.entry, |reader| {
            let mut decoded = Decoded::new(reader);
            let mut csv = CsvReader::new(&mut decoded, options.reader_limits)?;
            // Nothing of an unknown file is shown but its column names, and only names: a
            // first line that looks like data is counted as a record, never quoted.
            let header_missing =
                headers::assess(csv.header().names(), None) == HeaderVerdict::Missing;
            let mut records = u64::from(header_missing && !csv.header_record().is_blank());
            let mut record = Record::default();
            while csv.read_record(&mut record)? {
                records += u64::from(!record.is_blank());
            }
            Ok(JobOutcome::Unrecognised(UnrecognisedFile {
                path,
                input: job.input,
                records,
                header: if header_missing {
                    Vec::new()
                } else {
                    csv.header().names().to_vec()
                },
                header_missing,
            }))
        }),
        Plan::MaybeArticle => input.read_entry(job.entry, |reader| {
            let limit = options.archive_limits.max_article_bytes;
            let counted = &shared.article_bytes;
            // Past the limit, later pages are not even read.
            if counted.load(std::sync::atomic::Ordering::Relaxed) > limit {
                return Err(io::Error::other(TooMuchArticleHtml { limit }));
            }
            let mut bytes = Vec::new();
            let mut reader = reader.take(MAX_ARTICLE_BYTES);
            (&mut reader)
                .take(SMALL_ARTICLE_BYTES)
                .read_to_end(&mut bytes)?;
            // Parsing costs several times the page's size: a larger page first takes its
            // share of the memory budget (src/memory.rs), kept until it is counted.
            let _share = if bytes.len() as u64 == SMALL_ARTICLE_BYTES {
                let share = memory::take(MAX_ARTICLE_BYTES.saturating_mul(16));
                reader.read_to_end(&mut bytes)?;
                Some(share)
            } else {
                None
            };
            let before =
                counted.fetch_add(bytes.len() as u64, std::sync::atomic::Ordering::Relaxed);
            if before.saturating_add(bytes.len() as u64) > limit {
                return Err(io::Error::other(TooMuchArticleHtml { limit }));
            }
            let html = String::from_utf8_lossy(&bytes);
            let Some(article) = articles::parse(&html) else {
                return Ok(JobOutcome::NotAnArticle);
            };
            let mut stats = CategoryStats::default();
            let ai = !article.is_draft();
            stats.records = 1;
            stats.ai_training_records = u64::from(ai);
            let mut years = YearTally::default();
            match article.date() {
                Some(date) => years.add(date, ai, false),
                None => stats.undated = 1,
            }
            if ai && let Some(on) = options.objected_on {
                match article.date().map(|date| published_before(date, on)) {
                    Some(true) => stats.before_objection = 1,
                    Some(false) => stats.after_objection = 1,
                    None => {}
                }
            }
            years.add_to(&mut stats);
            let mut items = Vec::new();
            if ai {
                stats.words = article.words();
                let mut scanner = Scanner::default();
                let mut flags = scanner.scan(article.title.as_bytes());
                flags.extend(scanner.scan(article.body.as_bytes()));
                stats.sensitive.add(flags);
                let excerpt_text = if article.body.is_empty() {
                    &article.title
                } else {
                    &article.body
                };
                let date = article.date();
                if flags.is_empty() {
                    stats.excerpts.push(DatedExcerpt {
                        excerpt: Excerpt {
                            kind: "article",
                            text: article_excerpt(excerpt_text),
                            date: date.map(|d| d.to_iso_date()),
                        },
                        sort_key: date.map_or(0, |d| d.sort_key()),
                    });
                }
                if options.collect_items {
                    items.push(ReviewItem {
                        category: CategoryId::Articles,
                        date: date.map(|d| d.to_iso_date()),
                        link: article.link.clone(),
                        excerpt: sanitize::excerpt(&article.title, EXCERPT_CHARS),
                        flags,
                    });
                }
            }
            Ok(JobOutcome::File(
                FileStats {
                    input: job.input,
                    path,
                    category: CategoryId::Articles,
                    stats,
                    warnings: Vec::new(),
                },
                items,
            ))
        }),
    };
    outcome.map_err(record_limit)
}

/// Raised when the article pages read in all pass `max_article_bytes`.
#[derive(Debug, thiserror::Error)]
#[error("article pages over {limit} bytes")]
struct TooMuchArticleHtml {
    limit: u64,
}

/// The CSV reader's record limit, as the limit it is (the reader reports it as an I/O error).
fn record_limit(error: EntryError) -> EntryError {
    let limit = match &error {
        EntryError::Io(io) => io.get_ref().and_then(|inner| {
            inner
                .downcast_ref::<TooManyRecords>()
                .map(|too_many| (archive::LimitKind::Records, too_many.limit))
                .or_else(|| {
                    inner
                        .downcast_ref::<TooMuchArticleHtml>()
                        .map(|too_much| (archive::LimitKind::ArticleBytes, too_much.limit))
                })
        }),
        _ => None,
    };
    match limit {
        Some((kind, limit)) => EntryError::Limit { kind, limit },
        None => error,
    }
}

/// Column positions a file's records are read through.
struct Columns {
    date: Option<usize>,
    text: Vec<usize>,
    excerpt: Vec<(usize, &'static str)>,
    link: Option<usize>,
    status: Option<usize>,
    visibility: Option<usize>,
    from: Option<usize>,
}

fn excerpt_kind(column: &str) -> &'static str {
    match column {
        "Headline" => "headline",
        "Summary" | "Profile Summary" => "summary",
        "ShareCommentary" => "post",
        "Message" => "comment",
        _ => "text",
    }
}

fn guess_date_column(header: &Header) -> Option<usize> {
    header.names().iter().position(|name| {
        let lower = name.to_ascii_lowercase();
        lower.contains("date")
            || lower.contains("time")
            || lower.ends_with(" on")
            || lower.ends_with(" at")
    })
}

fn resolve_columns(spec: &FileSpec, header: &Header, warnings: &mut Vec<Warning>) -> Columns {
    let mut missing = |name: &str| {
        warnings.push(Warning {
            kind: WarningKind::MissingColumn,
            detail: name.to_owned(),
        })
    };
    let date = match spec.dates {
        DateSource::None => None,
        DateSource::Columns(names) => {
            let found = header.find_any(names);
            if found.is_none() {
                missing(names.first().copied().unwrap_or("date"));
            }
            found
        }
        DateSource::Guess => guess_date_column(header),
    };
    let mut text = Vec::new();
    for name in spec.text_columns {
        match header.find(name) {
            Some(index) => text.push(index),
            None => missing(name),
        }
    }
    let excerpt = spec
        .excerpt_columns
        .iter()
        .filter_map(|name| header.find(name).map(|index| (index, excerpt_kind(name))))
        .collect();
    let mut rule_column = |name: &str| {
        let found = header.find(name);
        if found.is_none() {
            missing(name);
        }
        found
    };
    let status = match spec.rule {
        RowRule::VisibleStatusOnly => rule_column("Status"),
        RowRule::PendingUnconfirmed => rule_column("Endorsement Status"),
        _ => None,
    };
    let visibility = (spec.rule == RowRule::Shares)
        .then(|| rule_column("Visibility"))
        .flatten();
    let from = (spec.rule == RowRule::OwnMessagesOnly)
        .then(|| rule_column("FROM"))
        .flatten();
    let link = spec.link_column.and_then(|name| header.find(name));
    if !spec.known_columns.is_empty() {
        // Each name once, and a bounded list: a hostile header repeats a name 10,000 times.
        let mut listed: Vec<&str> = Vec::new();
        let mut more = 0u64;
        for name in header.names() {
            if name.is_empty()
                || spec
                    .known_columns
                    .iter()
                    .any(|known| known.eq_ignore_ascii_case(name))
                || listed.iter().any(|seen| seen.eq_ignore_ascii_case(name))
            {
                continue;
            }
            if listed.len() < MAX_UNEXPECTED_COLUMNS {
                listed.push(name);
                warnings.push(Warning {
                    kind: WarningKind::UnexpectedColumn,
                    detail: name.clone(),
                });
            } else {
                more += 1;
            }
        }
        if more > 0 {
            warnings.push(Warning {
                kind: WarningKind::UnexpectedColumn,
                detail: format!("… and {more} more"),
            });
        }
    }
    Columns {
        date,
        text,
        excerpt,
        link,
        status,
        visibility,
        from,
    }
}

/// A field that says where media can be downloaded rather than being one.
fn is_download_placeholder(field: &[u8]) -> bool {
    const PHRASE: &[u8] = b"can be downloaded";
    field.len() <= SHORT_VALUE_BYTES
        && field
            .windows(PHRASE.len())
            .any(|window| window.eq_ignore_ascii_case(PHRASE))
}

/// A field read as a short value: at most [`SHORT_VALUE_BYTES`], so that neither the lossy
/// decoding (up to three bytes per invalid byte) nor the copies made from it can scale with a
/// hostile field. `None` for an absent or placeholder field.
fn short(record: &Record, index: Option<usize>) -> Option<std::borrow::Cow<'_, str>> {
    let bytes = record.get(index?)?;
    if is_placeholder(bytes) {
        return None;
    }
    Some(String::from_utf8_lossy(utf8_prefix(
        bytes,
        SHORT_VALUE_BYTES,
    )))
}

/// The raw bytes of a filled text field.
fn filled_bytes(record: &Record, index: Option<usize>) -> Option<&[u8]> {
    let bytes = record.get(index?)?;
    (!is_placeholder(bytes)).then_some(bytes)
}

/// At most `max` bytes of `bytes`, not ending inside a UTF-8 character.
fn utf8_prefix(bytes: &[u8], max: usize) -> &[u8] {
    if bytes.len() <= max {
        return bytes;
    }
    let mut end = max;
    // Back off at most three continuation bytes (invalid input is cut anywhere).
    while end > max.saturating_sub(3) && bytes.get(end).is_some_and(|b| b & 0xC0 == 0x80) {
        end -= 1;
    }
    bytes.get(..end).unwrap_or_default()
}

/// An excerpt of a text field, from its first [`EXCERPT_SOURCE_BYTES`] (per-line quotes
/// unwrapped): `None` when that is blank. A field cut here always ends with `…`.
fn excerpt_of(bytes: &[u8]) -> Option<String> {
    let head = utf8_prefix(bytes, EXCERPT_SOURCE_BYTES);
    let text = String::from_utf8_lossy(head);
    let text = unwrap_line_quotes(&text);
    if text.trim().is_empty() {
        return None;
    }
    let mut excerpt = sanitize::excerpt(&text, EXCERPT_CHARS);
    if head.len() < bytes.len() && !excerpt.ends_with('…') {
        excerpt.push('…');
    }
    Some(excerpt)
}

/// An article's excerpt, from the start of its text only (a body may run to megabytes).
fn article_excerpt(text: &str) -> String {
    let head = utf8_prefix(text.as_bytes(), EXCERPT_SOURCE_BYTES);
    let mut excerpt = sanitize::excerpt(&String::from_utf8_lossy(head), EXCERPT_CHARS);
    if head.len() < text.len() && !excerpt.ends_with('…') {
        excerpt.push('…');
    }
    excerpt
}

type CsvResult = (CategoryStats, Vec<Warning>, Vec<ReviewItem>);

/// An AI-coach transcript (see [`transcript`]): one record per conversation, the member's own
/// words, no column warnings (it has no columns).
fn read_transcript(
    reader: &mut dyn io::BufRead,
    spec: &'static FileSpec,
    options: &AnalysisOptions,
) -> io::Result<CsvResult> {
    let category = spec.category.info();
    let ai = category.scope == Scope::AiTraining;
    let unconfirmed = ai && !category.confirmed;
    let mut stats = CategoryStats::default();
    let mut years = YearTally::default();
    let mut items = Vec::new();
    let read = transcript::read(reader, options.reader_limits.max_records, |conversation| {
        stats.records += 1;
        stats.ai_training_records += u64::from(ai && !unconfirmed);
        stats.unconfirmed_records += u64::from(ai && unconfirmed);
        if ai {
            stats.words += conversation.words;
        }
        match conversation.date {
            Some(date) => years.add(date, ai, unconfirmed),
            None => stats.undated += 1,
        }
        if ai
            && !unconfirmed
            && let Some(on) = options.objected_on
        {
            match conversation.date.map(|date| published_before(date, on)) {
                Some(true) => stats.before_objection += 1,
                Some(false) => stats.after_objection += 1,
                None => {}
            }
        }
        if ai && options.collect_items {
            items.push(ReviewItem {
                category: spec.category,
                date: conversation.date.map(|d| d.to_iso_date()),
                link: None,
                excerpt: String::new(),
                flags: Flags::default(),
            });
        }
    })?;
    years.add_to(&mut stats);
    let mut warnings = Vec::new();
    for (kind, count) in [
        (WarningKind::UnparsedDates, read.unparsed_dates),
        (WarningKind::TruncatedField, read.truncated_lines),
    ] {
        if count > 0 {
            warnings.push(Warning {
                kind,
                detail: count.to_string(),
            });
        }
    }
    Ok((stats, warnings, items))
}

/// What one row adds to its file's figures: everything needed to count a repeated row again
/// without reading its fields (see [`RepeatCache`]).
#[derive(Clone, Copy, Debug)]
struct RowOutcome {
    /// Every field is empty or a placeholder: not an item, not counted.
    blank: bool,
    ai: bool,
    /// Under AI training, but reported or unconfirmed (see [`crate::catalog::Category`]).
    unconfirmed: bool,
    /// With `--objected-on`, for a dated confirmed record: published before that day.
    before_objection: Option<bool>,
    date: Option<PartialDate>,
    /// A date value that is not a date.
    unparsed_date: bool,
    /// Index of the row's value in [`RowReader::visibility`] (Shares only).
    visibility: Option<usize>,
    words: u64,
    /// What the row's own writing may reveal (scanned files only).
    flags: Flags,
}

/// One file's rows, read: what its columns mean, and what its rows left beyond plain counts
/// (Visibility values, excerpt candidates, review items).
struct RowReader<'a> {
    spec: &'static FileSpec,
    columns: Columns,
    in_scope: bool,
    confirmed: bool,
    objected_on: Option<jiff::civil::Date>,
    public_text: bool,
    collect_items: bool,
    /// The text columns are scanned for sensitive data ([`sensitive::scans`]).
    scan: bool,
    scanner: Scanner,
    shared: &'a SharedFacts,
    dates: DateParser,
    /// Visibility values and their row counts.
    visibility: Vec<(String, u64)>,
    /// The previous row's raw Visibility value and its index.
    last_visibility: Option<(Vec<u8>, usize)>,
    candidates: ExcerptCandidates,
    items: Vec<ReviewItem>,
}

impl RowReader<'_> {
    /// Reads one row: its outcome, and its excerpt candidate and review item if any (a
    /// repeated row would offer the same candidate again, which changes nothing).
    fn read(&mut self, record: &Record) -> RowOutcome {
        let mut outcome = RowOutcome {
            blank: record.is_blank(),
            ai: false,
            unconfirmed: false,
            before_objection: None,
            date: None,
            unparsed_date: false,
            visibility: None,
            words: 0,
            flags: Flags::default(),
        };
        if outcome.blank {
            return outcome;
        }
        // A pointer to a download page ("… can be downloaded at …", the old `Rich Media.csv`)
        // is not a media item (issue 13, item 7).
        if self.spec.rule == RowRule::DownloadPointers
            || (self.spec.category == CategoryId::Media
                && record.iter().any(is_download_placeholder))
        {
            outcome.blank = true;
            return outcome;
        }
        if self.spec.rule == RowRule::Shares {
            outcome.visibility = Some(self.visibility_index(record));
        }
        let columns = &self.columns;
        let ai = self.in_scope
            && match self.spec.rule {
                RowRule::VisibleStatusOnly => short(record, columns.status)
                    .is_none_or(|status| status.trim().eq_ignore_ascii_case("VISIBLE")),
                RowRule::DownloadPointers => false,
                _ => true,
            };
        outcome.ai = ai;
        outcome.unconfirmed = ai
            && (!self.confirmed
                || (self.spec.rule == RowRule::PendingUnconfirmed
                    && short(record, columns.status)
                        .is_some_and(|status| status.trim().eq_ignore_ascii_case("PENDING"))));

        let date = match columns.date.and_then(|index| record.get(index)) {
            // Longer than any date format: not one, and never worth parsing.
            Some(bytes) if bytes.len() > MAX_DATE_BYTES => {
                outcome.unparsed_date = true;
                None
            }
            Some(bytes) if !is_placeholder(bytes) => {
                let parsed = match std::str::from_utf8(bytes) {
                    Ok(text) => self.dates.parse(text),
                    Err(_) => self.dates.parse(&String::from_utf8_lossy(bytes)),
                };
                outcome.unparsed_date = parsed.is_none();
                parsed
            }
            _ => None,
        };
        outcome.date = date;
        if ai
            && !outcome.unconfirmed
            && let (Some(date), Some(on)) = (date, self.objected_on)
        {
            outcome.before_objection = Some(published_before(date, on));
        }

        if ai {
            let own_words = match self.spec.rule {
                RowRule::OwnMessagesOnly => {
                    match (&self.shared.member_name, short(record, columns.from)) {
                        (Some(member), Some(from)) => from.trim().to_lowercase() == *member,
                        _ => false,
                    }
                }
                _ => true,
            };
            if own_words {
                for &index in &columns.text {
                    if let Some(bytes) = filled_bytes(record, Some(index)) {
                        outcome.words +=
                            words::count_words(bytes, self.spec.rule == RowRule::Shares);
                        if self.scan {
                            outcome.flags.extend(self.scanner.scan(bytes));
                        }
                    }
                }
            }
            let sort_key = date.map_or(0, |d| d.sort_key());
            if self.public_text && outcome.flags.is_empty() && self.candidates.would_keep(sort_key)
            {
                for &(index, kind) in &columns.excerpt {
                    if let Some(bytes) = filled_bytes(record, Some(index)) {
                        self.candidates.offer(kind, bytes, date, sort_key);
                    }
                }
            }
            if self.collect_items {
                // The same rule as the reports' excerpts: only the member's public writing
                // is quoted, never a private text column (the résumé, job answers).
                let text = columns
                    .excerpt
                    .iter()
                    .filter(|_| self.public_text)
                    .find_map(|(index, _)| filled_bytes(record, Some(*index)))
                    .and_then(excerpt_of)
                    .unwrap_or_default();
                self.items.push(ReviewItem {
                    category: self.spec.category,
                    date: date.map(|d| d.to_iso_date()),
                    link: short(record, columns.link).map(|l| l.trim().to_owned()),
                    excerpt: text,
                    flags: outcome.flags,
                });
            }
        }
        outcome
    }

    /// The index of the row's Visibility value in `self.visibility`, added if new.
    fn visibility_index(&mut self, record: &Record) -> usize {
        let raw = self.columns.visibility.and_then(|index| record.get(index));
        let raw = raw.unwrap_or_default();
        // Nearly every row repeats the previous row's value: compared as raw bytes, it needs
        // no decoding or search.
        if let Some((last_raw, index)) = &self.last_visibility
            && last_raw.as_slice() == raw
        {
            return *index;
        }
        let visibility = &mut self.visibility;
        let value = short(record, self.columns.visibility);
        let mut value = value.as_deref().map(str::trim).unwrap_or("");
        // A handful of values exist; a hostile file with a new one per row would make this
        // list, and the search through it, grow with the file.
        if visibility.len() >= MAX_VISIBILITY_VALUES
            && !visibility.iter().any(|(known, _)| known == value)
        {
            value = OTHER_VISIBILITY;
        }
        let index = match visibility.iter().position(|(known, _)| known == value) {
            Some(index) => index,
            None => {
                visibility.push((value.to_owned(), 0));
                visibility.len() - 1
            }
        };
        let mut last_raw = self
            .last_visibility
            .take()
            .map(|(buffer, _)| buffer)
            .unwrap_or_default();
        // Only short values are remembered: a longer one is looked up each time.
        if raw.len() <= SHORT_VALUE_BYTES {
            last_raw.clear();
            last_raw.extend_from_slice(raw);
            self.last_visibility = Some((last_raw, index));
        }
        index
    }
}

/// Rows a file must have before its outcomes are remembered: small files never pay for it.
const REPEAT_CACHE_AFTER_ROWS: u64 = 4096;
/// Outcomes remembered at most (direct-mapped by fingerprint).
const REPEAT_CACHE_SLOTS: usize = 1024;
/// Records larger than this are not remembered: their reading costs little next to their
/// bytes, which the byte limits bound.
const REPEAT_CACHE_MAX_BYTES: usize = 256;

/// The outcomes of recent short rows, by their fields. A file that inflates far beyond its
/// compressed size is made of copies of its recent bytes (deflate copies from the last 32 KiB),
/// so nearly all its rows repeat a row seen shortly before: such a row is recognised by a hash
/// and a comparison, and counted from the remembered outcome without being read again. This is
/// what keeps a crafted stream of one line repeated for gigabytes within the time bound
/// (docs/SECURITY.md); an ordinary export, whose rows differ, pays a missed lookup and a copy
/// of the row (+0.8% of the instructions on a synthetic export).
#[derive(Default)]
struct RepeatCache {
    rows: u64,
    slots: Vec<Option<(Record, RowOutcome)>>,
}

impl RepeatCache {
    /// The slot `record` belongs in, once the file is long enough and if the row is short.
    fn slot(&mut self, record: &Record) -> Option<usize> {
        self.rows += 1;
        if self.rows < REPEAT_CACHE_AFTER_ROWS || record.byte_len() > REPEAT_CACHE_MAX_BYTES {
            return None;
        }
        if self.slots.is_empty() {
            self.slots.resize_with(REPEAT_CACHE_SLOTS, || None);
        }
        // The top bits of a multiplicative hash are its best mixed.
        let slot = (record.fingerprint() >> (64 - REPEAT_CACHE_SLOTS.trailing_zeros())) as usize;
        Some(slot % REPEAT_CACHE_SLOTS)
    }

    fn get(&self, slot: usize, record: &Record) -> Option<RowOutcome> {
        match self.slots.get(slot) {
            Some(Some((seen, outcome))) if seen.same_as(record) => Some(*outcome),
            _ => None,
        }
    }

    fn put(&mut self, slot: usize, record: &Record, outcome: RowOutcome) {
        if let Some(entry) = self.slots.get_mut(slot) {
            match entry {
                Some((seen, remembered)) => {
                    seen.copy_from(record);
                    *remembered = outcome;
                }
                None => {
                    let mut seen = Record::default();
                    seen.copy_from(record);
                    *entry = Some((seen, outcome));
                }
            }
        }
    }
}

/// Where a file writes other people's names.
enum NameColumns {
    None,
    /// First and last name in two columns.
    Parts(Option<usize>, Option<usize>),
    /// Full names, several per cell in messages' TO.
    Full(Vec<usize>),
}

/// The columns of `spec`'s files that hold other people's names (format reference §3).
fn name_columns(spec: &FileSpec, header: &Header) -> NameColumns {
    let parts = |first: &str, last: &str| NameColumns::Parts(header.find(first), header.find(last));
    let full = |columns: &[&str]| {
        NameColumns::Full(columns.iter().filter_map(|c| header.find(c)).collect())
    };
    match spec.stems.first().copied().unwrap_or_default() {
        "connections" | "recommendations_received" | "recommendations_given" => {
            parts("First Name", "Last Name")
        }
        "endorsement_received_info" => parts("Endorser First Name", "Endorser Last Name"),
        "endorsement_given_info" => parts("Endorsee First Name", "Endorsee Last Name"),
        "invitations" => full(&["From", "To"]),
        "member_follows" => full(&["FullName"]),
        _ if spec.category == CategoryId::Messages || spec.rule == RowRule::OwnMessagesOnly => {
            full(&["FROM", "TO"])
        }
        _ => NameColumns::None,
    }
}

fn read_csv(
    reader: &mut dyn Read,
    spec: &'static FileSpec,
    shared: &SharedFacts,
    options: &AnalysisOptions,
    profile: &mut ProfileFacts,
    email: &mut Option<String>,
) -> std::io::Result<CsvResult> {
    // UTF-16 files (a 2022 export has two) are decoded; UTF-8 passes through.
    let mut decoded = Decoded::new(reader);
    let mut csv = CsvReader::new(&mut decoded, options.reader_limits)?;
    let mut warnings = Vec::new();
    let not_csv = csv.dialect().not_csv || csv.header().is_empty();
    // A first line that is data is never quoted: it is read as the first record, through the
    // catalog's column order when its field count is the known header's.
    let header_missing =
        !not_csv && headers::assess(csv.header().names(), Some(spec)) == HeaderVerdict::Missing;
    if !header_missing {
        csv.release_header_record();
    }
    let positional = (header_missing && csv.header().len() == spec.known_columns.len())
        .then(|| Header::from_names(spec.known_columns.iter().map(|&n| n.to_owned()).collect()));
    let no_columns = || Columns {
        date: None,
        text: Vec::new(),
        excerpt: Vec::new(),
        link: None,
        status: None,
        visibility: None,
        from: None,
    };
    let columns = if header_missing {
        warnings.push(Warning {
            kind: WarningKind::MissingHeader,
            detail: String::new(),
        });
        match &positional {
            Some(header) => resolve_columns(spec, header, &mut Vec::new()),
            None => no_columns(),
        }
    } else if not_csv {
        no_columns()
    } else {
        resolve_columns(spec, csv.header(), &mut warnings)
    };
    let category = spec.category.info();
    let is_profile = spec.stems == ["profile"];
    let is_education = spec.category == CategoryId::Education;
    let is_email = spec.stems == ["email addresses"];
    let empty_header = Header::default();
    let header = match (&positional, header_missing) {
        (Some(header), _) => header,
        (None, true) => &empty_header,
        (None, false) => csv.header(),
    };
    let profile_columns = is_profile.then(|| {
        [
            header.find("First Name"),
            header.find("Last Name"),
            header.find("Headline"),
            header.find("Geo Location"),
            header.find("Birth Date"),
        ]
    });
    let education_columns = is_education.then(|| {
        [
            header.find("School Name"),
            header.find("Degree Name"),
            header.find("End Date"),
        ]
    });
    let email_columns = is_email.then(|| {
        [
            header.find("Email Address"),
            header.find("Confirmed"),
            header.find("Primary"),
        ]
    });
    let name_columns = name_columns(spec, header);
    let mut names = NameDictionary::default();
    let mut seen_names: std::collections::HashSet<Vec<u8>> = std::collections::HashSet::new();
    // Rows whose reading has effects beyond their outcome (every review item is listed, the
    // profile and e-mail files are read for their values) are always read.
    let remember_outcomes = !options.collect_items && !is_profile && !is_email && !is_education;

    let mut rows = RowReader {
        spec,
        columns,
        in_scope: category.scope == Scope::AiTraining,
        confirmed: category.confirmed,
        objected_on: options.objected_on,
        public_text: category.public_text,
        collect_items: options.collect_items,
        scan: sensitive::scans(spec),
        scanner: Scanner::default(),
        shared,
        dates: DateParser::new(),
        visibility: Vec::new(),
        last_visibility: None,
        candidates: ExcerptCandidates::default(),
        items: Vec::new(),
    };
    let mut repeats = RepeatCache::default();
    let mut stats = CategoryStats::default();
    let mut years = YearTally::default();
    let mut unparsed_dates = 0u64;
    let mut record = Record::default();
    let mut first_line = None;
    if header_missing {
        record.copy_from(csv.header_record());
        first_line = Some(());
    }
    while first_line.take().is_some() || csv.read_record(&mut record)? {
        let slot = if remember_outcomes {
            repeats.slot(&record)
        } else {
            None
        };
        let remembered = slot.and_then(|slot| repeats.get(slot, &record));
        let outcome = match remembered {
            Some(outcome) => outcome,
            None => {
                let outcome = rows.read(&record);
                if let Some(slot) = slot {
                    repeats.put(slot, &record, outcome);
                }
                outcome
            }
        };
        if outcome.blank {
            continue;
        }
        stats.records += 1;
        stats.ai_training_records += u64::from(outcome.ai && !outcome.unconfirmed);
        stats.unconfirmed_records += u64::from(outcome.ai && outcome.unconfirmed);
        stats.words += outcome.words;
        match outcome.before_objection {
            Some(true) => stats.before_objection += 1,
            Some(false) => stats.after_objection += 1,
            None => {}
        }
        stats.sensitive.add(outcome.flags);
        unparsed_dates += u64::from(outcome.unparsed_date);
        match outcome.date {
            Some(date) => years.add(date, outcome.ai, outcome.unconfirmed),
            None => stats.undated += 1,
        }
        if let Some((_, count)) = outcome
            .visibility
            .and_then(|index| rows.visibility.get_mut(index))
        {
            *count += 1;
        }

        if let Some([first, last, headline, geo, birth]) = profile_columns {
            let take = |index| short(&record, index).map(|t| t.trim().to_owned());
            profile.first_name = take(first);
            profile.last_name = take(last);
            profile.headline = take(headline);
            profile.geo_location = take(geo);
            profile.birth_date = take(birth);
        }
        match &name_columns {
            NameColumns::None => {}
            NameColumns::Parts(first, last) => {
                if let (Some(first), Some(last)) = (short(&record, *first), short(&record, *last)) {
                    names.add_parts(&first, &last);
                }
            }
            NameColumns::Full(columns) => {
                for column in columns {
                    // Messages repeat the same few senders over and over: a value seen in
                    // this file is not decoded again.
                    let raw = record.get(*column).unwrap_or_default();
                    if raw.is_empty() || raw.len() > SHORT_VALUE_BYTES || seen_names.contains(raw) {
                        continue;
                    }
                    if seen_names.len() < crate::names::MAX_NAMES {
                        seen_names.insert(raw.to_vec());
                    }
                    if let Some(list) = short(&record, Some(*column)) {
                        names.add_list(&list);
                    }
                }
            }
        }
        if let Some([school, degree, end]) = education_columns {
            let secondary = [school, degree]
                .into_iter()
                .any(|index| short(&record, index).is_some_and(|name| is_secondary_school(&name)));
            // A handful at most: a hostile file of millions of such rows must not grow it.
            if secondary && profile.secondary_schools.len() < MAX_SECONDARY_SCHOOLS {
                let end = short(&record, end).and_then(|text| crate::dates::parse(text.trim()));
                profile.secondary_schools.push(end);
            }
        }
        if let Some([address, confirmed, primary]) = email_columns {
            let yes =
                |index| short(&record, index).is_some_and(|t| t.trim().eq_ignore_ascii_case("yes"));
            if yes(primary) && yes(confirmed) {
                *email = short(&record, address).map(|t| t.trim().to_owned());
            }
        }
    }
    if !names.is_empty() {
        shared
            .names
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .extend(&names);
    }
    if spec.rule == RowRule::Shares && stats.records > 0 {
        stats.visibility = Some(rows.visibility.into_iter().collect());
    }
    years.add_to(&mut stats);
    rows.candidates.add_to(&mut stats.excerpts);
    let read = csv.stats();
    let mut note = |kind, count: u64| {
        if count > 0 {
            warnings.push(Warning {
                kind,
                detail: count.to_string(),
            });
        }
    };
    note(WarningKind::UnparsedDates, unparsed_dates);
    note(WarningKind::InvalidUtf8, read.invalid_utf8_records);
    note(WarningKind::TruncatedField, read.truncated_fields);
    note(WarningKind::DroppedColumns, read.dropped_columns);
    note(WarningKind::JoinedLines, read.continuation_lines);
    Ok((stats, warnings, rows.items))
}

// ---------------------------------------------------------------------------------------------
// Inflate and parse on separate threads

/// Entries at least this large (declared size: a heuristic only) are inflated on one thread
/// and parsed on another. One entry (`messages.csv`) usually holds most of a heavy export, and
/// inflating and parsing each take about half of its time: overlapping them is what brings
/// the whole pass under the time `unzip` takes to inflate alone.
const PIPELINE_MIN_BYTES: u64 = 4 << 20;
/// Inflated bytes handed over at a time.
const PIPE_CHUNK: usize = 256 << 10;
/// Chunks waiting for the parser at most; with the one being parsed and the one being filled,
/// memory stays under (PIPE_DEPTH + 2) × PIPE_CHUNK per pipelined entry.
const PIPE_DEPTH: usize = 4;

/// Compressed bytes an entry must really hold (the listing caps the declared compressed size
/// at what the file contains) to be pipelined: headers can declare any uncompressed size, and
/// 200,000 one-line entries each declaring 8 MiB made every one start a thread and its chunk
/// buffers (23 s instead of 2). A 4 MiB export file deflates to several hundred KiB.
const PIPELINE_MIN_COMPRESSED_BYTES: u64 = 256 << 10;

/// Pipelines only large entries, and only when the pool has more than one thread: with
/// `RAYON_NUM_THREADS=1` the member asked for one core.
fn pipelined(declared_size: u64, compressed_size: u64) -> bool {
    declared_size >= PIPELINE_MIN_BYTES
        && compressed_size >= PIPELINE_MIN_COMPRESSED_BYTES
        && rayon::current_num_threads() > 1
}

/// [`read_csv`] on a second thread, fed by this one, which inflates (`reader` is the entry's
/// reader, whose limits and error records stay on this thread for `read_entry`).
fn read_csv_pipelined(
    reader: &mut dyn Read,
    spec: &'static FileSpec,
    shared: &SharedFacts,
    options: &AnalysisOptions,
    profile: &mut ProfileFacts,
    email: &mut Option<String>,
) -> io::Result<CsvResult> {
    let (full_tx, full_rx) = std::sync::mpsc::sync_channel(PIPE_DEPTH);
    let (free_tx, free_rx) = std::sync::mpsc::channel();
    std::thread::scope(|scope| {
        let parser = scope.spawn(move || {
            let mut chunks = ChunkReader::new(full_rx, free_tx);
            read_csv(&mut chunks, spec, shared, options, profile, email)
        });
        pump(reader, full_tx, free_rx);
        match parser.join() {
            Ok(result) => result,
            Err(panic) => std::panic::resume_unwind(panic),
        }
    })
}

/// Inflates `reader` into chunks until its end, an error (passed on), or the parser leaving.
fn pump(reader: &mut dyn Read, full: SyncSender<io::Result<Vec<u8>>>, free: Receiver<Vec<u8>>) {
    let mut allocated = 0;
    loop {
        let mut chunk = match free.try_recv() {
            Ok(chunk) => chunk,
            Err(_) if allocated < PIPE_DEPTH + 2 => {
                allocated += 1;
                Vec::with_capacity(PIPE_CHUNK)
            }
            Err(_) => match free.recv() {
                Ok(chunk) => chunk,
                Err(_) => return,
            },
        };
        chunk.resize(PIPE_CHUNK, 0);
        let mut filled = 0;
        let outcome = loop {
            match reader.read(chunk.get_mut(filled..).unwrap_or_default()) {
                Ok(0) => break Ok(true),
                Ok(n) => {
                    filled += n;
                    if filled >= chunk.len() {
                        break Ok(false);
                    }
                }
                Err(error) if error.kind() == io::ErrorKind::Interrupted => {}
                Err(error) => break Err(error),
            }
        };
        chunk.truncate(filled);
        let (finished, error) = match outcome {
            Ok(finished) => (finished, None),
            Err(error) => (true, Some(error)),
        };
        if !chunk.is_empty() && full.send(Ok(chunk)).is_err() {
            return;
        }
        if let Some(error) = error {
            let _ = full.send(Err(error));
        }
        if finished {
            return;
        }
    }
}

/// The parser's side: reads the chunks in order; gives consumed ones back to [`pump`].
struct ChunkReader {
    full: Receiver<io::Result<Vec<u8>>>,
    free: Sender<Vec<u8>>,
    chunk: Vec<u8>,
    pos: usize,
    /// After an error every read fails the same way, as the entry's own reader does.
    failed: Option<(io::ErrorKind, String)>,
}

impl ChunkReader {
    fn new(full: Receiver<io::Result<Vec<u8>>>, free: Sender<Vec<u8>>) -> Self {
        ChunkReader {
            full,
            free,
            chunk: Vec::new(),
            pos: 0,
            failed: None,
        }
    }
}

impl Read for ChunkReader {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        if let Some((kind, message)) = &self.failed {
            return Err(io::Error::new(*kind, message.clone()));
        }
        while self.pos >= self.chunk.len() {
            match self.full.recv() {
                Ok(Ok(next)) => {
                    let used = std::mem::replace(&mut self.chunk, next);
                    self.pos = 0;
                    // The pump may have stopped already; the chunk is then just dropped.
                    if used.capacity() > 0 {
                        let _ = self.free.send(used);
                    }
                }
                Ok(Err(error)) => {
                    self.failed = Some((error.kind(), error.to_string()));
                    return Err(error);
                }
                // The pump finished: the end of the entry.
                Err(_) => return Ok(0),
            }
        }
        let available = self.chunk.get(self.pos..).unwrap_or_default();
        let n = available.len().min(out.len());
        if let (Some(dst), Some(src)) = (out.get_mut(..n), available.get(..n)) {
            dst.copy_from_slice(src);
        }
        self.pos += n;
        Ok(n)
    }
}

#[cfg(test)]
mod pipeline_tests {
    use super::*;

    /// Hands out `data` a few odd-sized bytes at a time, then fails at `fail_at` if set.
    struct Source {
        data: Vec<u8>,
        pos: usize,
        fail_at: Option<usize>,
    }

    impl Read for Source {
        fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
            if self.fail_at.is_some_and(|at| self.pos >= at) {
                return Err(io::Error::new(io::ErrorKind::InvalidData, "damaged"));
            }
            let step = 1 + self.pos % 7_919;
            let end = (self.pos + step.min(out.len()))
                .min(self.data.len())
                .min(self.fail_at.unwrap_or(usize::MAX));
            let n = end - self.pos;
            out[..n].copy_from_slice(&self.data[self.pos..end]);
            self.pos = end;
            Ok(n)
        }
    }

    fn pattern(len: usize) -> Vec<u8> {
        (0..len).map(|i| (i * 31 % 251) as u8).collect()
    }

    /// Pumps `source` through the pipe; the other side reads `limit` bytes at most.
    fn through_pipe(source: &mut Source, limit: u64) -> (Vec<u8>, Option<io::ErrorKind>) {
        let (full_tx, full_rx) = std::sync::mpsc::sync_channel(PIPE_DEPTH);
        let (free_tx, free_rx) = std::sync::mpsc::channel();
        std::thread::scope(|scope| {
            let parser = scope.spawn(move || {
                let mut out = Vec::new();
                let result = ChunkReader::new(full_rx, free_tx)
                    .take(limit)
                    .read_to_end(&mut out);
                (out, result.err().map(|e| e.kind()))
            });
            pump(source, full_tx, free_rx);
            parser.join().expect("parser thread")
        })
    }

    #[test]
    fn bytes_arrive_whole_and_in_order_across_many_chunks() {
        let data = pattern(PIPE_CHUNK * (PIPE_DEPTH + 5) + 12_345);
        let mut source = Source {
            data: data.clone(),
            pos: 0,
            fail_at: None,
        };
        let (out, error) = through_pipe(&mut source, u64::MAX);
        assert_eq!(error, None);
        assert!(out == data, "{} bytes out of {}", out.len(), data.len());
    }

    #[test]
    fn an_error_arrives_after_the_bytes_before_it() {
        let data = pattern(PIPE_CHUNK * 3);
        let fail_at = PIPE_CHUNK * 2 + 1_000;
        let mut source = Source {
            data: data.clone(),
            pos: 0,
            fail_at: Some(fail_at),
        };
        let (out, error) = through_pipe(&mut source, u64::MAX);
        assert_eq!(error, Some(io::ErrorKind::InvalidData));
        assert!(
            out == data[..fail_at],
            "{} bytes before the error",
            out.len()
        );
    }

    #[test]
    fn a_parser_that_stops_early_releases_the_pump() {
        let mut source = Source {
            data: pattern(PIPE_CHUNK * 64),
            pos: 0,
            fail_at: None,
        };
        let (out, error) = through_pipe(&mut source, 10);
        assert_eq!((out.len(), error), (10, None));
        // The pump read ahead a few chunks at most, not the whole entry.
        assert!(
            source.pos <= PIPE_CHUNK * (PIPE_DEPTH + 3),
            "{}",
            source.pos
        );
    }

    #[test]
    fn empty_entry_is_an_empty_stream() {
        let mut source = Source {
            data: Vec::new(),
            pos: 0,
            fail_at: None,
        };
        assert_eq!(through_pipe(&mut source, u64::MAX), (Vec::new(), None));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn published_before_counts_a_period_that_contains_the_day_as_before() {
        let on = jiff::civil::date(2025, 11, 3);
        let parse = |text: &str| crate::dates::parse(text);
        let before = |text: &str| parse(text).map(|date| published_before(date, on));
        assert_eq!(before("2025-11-02 23:59:59"), Some(true));
        assert_eq!(before("2025-11-03 00:00:00"), Some(false));
        // November 2025 and 2025 contain the day: LinkedIn may already have used the item.
        assert_eq!(before("Nov 2025"), Some(true));
        assert_eq!(before("Dec 2025"), Some(false));
        assert_eq!(before("2025"), Some(true));
        assert_eq!(before("2026"), Some(false));
    }

    #[test]
    fn secondary_schools_are_recognised_in_several_languages() {
        for name in [
            "Lincoln High School",
            "Lycée Victor Hugo",
            "Baccalauréat général",
            "Goethe-Gymnasium",
            "Liceo scientifico Galilei",
            "IES Bachillerato",
            "Sixth Form College",
        ] {
            assert!(is_secondary_school(name), "{name}");
        }
        for name in [
            "Université Lyon 2",
            "Imperial College London",
            "Master of Science",
            "Highschoolers Club",
        ] {
            assert!(!is_secondary_school(name), "{name}");
        }
    }

    #[test]
    fn excerpts_and_short_values_stay_bounded() {
        let huge = vec![b'x'; 10 << 20];
        let excerpt = excerpt_of(&huge).unwrap_or_default();
        assert_eq!(excerpt.chars().count(), EXCERPT_CHARS);
        assert!(excerpt.ends_with('…'));
        // A 1 MiB field of invalid bytes: lossily decoded whole, it would take 3 MiB.
        let mut input = b"h1,h2\na,".to_vec();
        input.extend(std::iter::repeat_n(0xFFu8, 1 << 20));
        input.push(b'\n');
        let mut csv =
            CsvReader::new(&input[..], ReaderLimits::default()).unwrap_or_else(|e| panic!("{e}"));
        let mut record = Record::default();
        assert!(csv.read_record(&mut record).unwrap_or(false));
        let value = short(&record, Some(1)).unwrap_or_default();
        // 4 KiB of invalid bytes, each one replacement character (3 bytes), not 1 MiB of them.
        assert_eq!(value.chars().count(), SHORT_VALUE_BYTES);
    }

    #[test]
    fn utf8_prefix_never_splits_a_character() {
        let text = "ééé".as_bytes();
        assert_eq!(utf8_prefix(text, 3), "é".as_bytes());
        assert_eq!(utf8_prefix(text, 4), "éé".as_bytes());
        assert_eq!(utf8_prefix(text, 10), text);
        assert_eq!(utf8_prefix(b"\x80\x80\x80\x80\x80", 4), b"\x80");
    }

    /// `read_csv` over `csv` as the catalog's file `name`: the figures and warnings, as text
    /// (the structs have no `PartialEq`). Collecting review items turns the repeat cache off.
    fn read_as(name: &str, csv: &[u8], collect_items: bool) -> (String, String) {
        let spec = catalog::lookup(name).expect("a catalogued file");
        let options = AnalysisOptions {
            collect_items,
            ..AnalysisOptions::default()
        };
        let shared = SharedFacts {
            member_name: Some("ada lovelace".to_owned()),
            ..SharedFacts::default()
        };
        let (stats, warnings, _) = read_csv(
            &mut &csv[..],
            spec,
            &shared,
            &options,
            &mut ProfileFacts::default(),
            &mut None,
        )
        .expect("read");
        (format!("{stats:?}"), format!("{warnings:?}"))
    }

    /// Reading `csv` as `name` gives the same figures and warnings with the repeat cache as
    /// without it.
    fn assert_repeats_change_nothing(name: &str, csv: &[u8]) {
        assert_eq!(
            read_as(name, csv, false),
            read_as(name, csv, true),
            "{name}"
        );
    }

    /// `rows` rows drawn from `variants` by a fixed pseudo-random sequence, with every 97th row
    /// unique (so that the cache also misses and evicts), after `header`.
    fn file_of(
        header: &str,
        variants: &[&str],
        unique: impl Fn(usize) -> String,
        rows: usize,
    ) -> Vec<u8> {
        let mut csv = format!("{header}\n").into_bytes();
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        for i in 0..rows {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            if i % 97 == 0 {
                csv.extend_from_slice(unique(i).as_bytes());
            } else {
                let pick = usize::try_from(state % variants.len() as u64).expect("small");
                csv.extend_from_slice(variants[pick].as_bytes());
            }
            csv.push(b'\n');
        }
        csv
    }

    #[test]
    fn repeated_rows_count_as_if_each_were_read() {
        let shares = file_of(
            "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility",
            &[
                "2024-03-01 10:00:00,https://x/1,hello world,,,MEMBER_NETWORK",
                "2024-03-01 10:00:00,https://x/1,hello world,,,MEMBER_NETWORK",
                "2023-12-31 23:59:59,https://x/2,\"quoted, with a comma\",,,PUBLIC",
                "2019-05-05 08:00:00,https://x/3,three words here,,, PUBLIC ",
                "not a date,https://x/4,undated post,,,CONNECTIONS",
                "N/A,,,,,",
                ",,,,,",
                "2022-01-01 00:00:00,https://x/5,caf\u{e9} cr\u{e8}me,,,",
                "2021-07-07 07:07:07,https://x/6,\"first line\"\n\"second line\",,,PUBLIC",
                "2020-02-02 02:02:02,https://x/7,",
            ],
            |i| {
                format!(
                    "2018-01-01 00:00:{:02},https://x/u{i},unique {i},,,V{}",
                    i % 60,
                    i % 40
                )
            },
            20_000,
        );
        assert_repeats_change_nothing("Shares.csv", &shares);

        let recommendations = file_of(
            "First Name,Last Name,Company,Job Title,Text,Creation Date,Status",
            &[
                "Ada,L,Acme,CTO,Great colleague,01/02/24,VISIBLE",
                "Ada,L,Acme,CTO,Great colleague,01/02/24,HIDDEN",
                "Bob,M,Beta,Dev,Sharp and kind,12/31/23, visible ",
                "Bob,M,Beta,Dev,,12/31/23,",
            ],
            |i| format!("C{i},D,Gamma,Ops,Text {i},03/04/22,VISIBLE"),
            9_000,
        );
        assert_repeats_change_nothing("Recommendations_Received.csv", &recommendations);

        let coach = file_of(
            "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER",
            &[
                "c1,t,Ada Lovelace,u,Coach,v,2025-01-01 10:00:00 UTC,,my own words,INBOX",
                "c1,t,Coach,u,Ada Lovelace,v,2025-01-01 10:00:01 UTC,,the coach answers,INBOX",
            ],
            |i| format!("c{i},t,ada lovelace,u,Coach,v,2024-06-01 10:00:00 UTC,,words {i},INBOX"),
            9_000,
        );
        assert_repeats_change_nothing("learning_coach_messages.csv", &coach);
    }

    /// What `offer_excerpt` kept, fed every row's excerpt in order (the behaviour
    /// `ExcerptCandidates` must keep while building only the survivors).
    fn excerpts_offered_one_by_one(rows: &[(u64, &'static str, &str)]) -> Vec<DatedExcerpt> {
        let mut kept = Vec::new();
        for &(sort_key, kind, text) in rows {
            let would_keep = kept.len() < EXCERPTS_PER_CATEGORY
                || kept.iter().any(|e: &DatedExcerpt| e.sort_key < sort_key);
            if let (true, Some(text)) = (would_keep, excerpt_of(text.as_bytes())) {
                offer_excerpt(
                    &mut kept,
                    DatedExcerpt {
                        excerpt: Excerpt {
                            kind,
                            text,
                            date: None,
                        },
                        sort_key,
                    },
                );
            }
        }
        kept
    }

    #[test]
    fn an_excerpt_candidate_of_a_field_past_the_source_bytes_ends_with_an_ellipsis() {
        let mut field = b"hello".to_vec();
        field.resize(EXCERPT_SOURCE_BYTES + 10, b' ');
        field.extend_from_slice(b"more");
        let mut candidates = ExcerptCandidates::default();
        candidates.offer("post", &field, None, 1);
        let mut built = Vec::new();
        candidates.add_to(&mut built);
        let texts: Vec<&str> = built.iter().map(|e| e.excerpt.text.as_str()).collect();
        assert_eq!(texts, ["hello…"]);
        assert_eq!(excerpt_of(&field).as_deref(), Some("hello…"));
    }

    proptest! {
        #[test]
        fn excerpt_candidates_keep_what_offering_each_row_kept(
            rows in proptest::collection::vec(
                (0u64..6, prop_oneof![Just("post"), Just("comment")],
                 prop_oneof![Just("alpha"), Just("beta gamma"), Just("  "), Just("\"\n\""),
                             Just("delta"), Just("N"), Just("\u{a0}")]),
                0..40),
        ) {
            let mut candidates = ExcerptCandidates::default();
            for &(sort_key, kind, text) in &rows {
                if candidates.would_keep(sort_key) {
                    candidates.offer(kind, text.as_bytes(), None, sort_key);
                }
            }
            let mut built = Vec::new();
            candidates.add_to(&mut built);
            prop_assert_eq!(built, excerpts_offered_one_by_one(&rows));
        }
    }
}
