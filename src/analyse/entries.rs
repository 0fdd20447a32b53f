//! Reading one planned entry: a catalogued CSV file, an unknown CSV file or an article page.

use std::io::{self, Read};

use super::{Excerpt, RecordDate, UnrecognisedFile};
use crate::archive::{self, EntryError, Input};
use crate::articles;
use crate::catalog::{CategoryId, FileSpec};
use crate::csv_dialect::{CsvReader, Record, TooManyRecords};
use crate::headers::{self, HeaderVerdict};
use crate::memory;
use crate::names::NameDictionary;
use crate::report::Warning;
use crate::sanitize;
use crate::sensitive::Scanner;
use crate::transcode::Decoded;
use crate::transcript;

use super::AnalysisOptions;
use super::csv_file::{read_csv, read_transcript};
use super::excerpts::{EXCERPT_CHARS, article_excerpt};
use super::pipeline::{pipelined, read_csv_pipelined};
use super::planning::{Job, Plan};
use super::profile::ProfileFacts;
use super::statistics::{CategoryStats, DatedExcerpt, ReviewItem, YearTally, published_before};

/// An article HTML file larger than this is read only this far.
pub(super) const MAX_ARTICLE_BYTES: u64 = 8 << 20;
/// An article page up to this size is parsed without a share of the memory budget (real
/// ones are tens of KB: the text, images being separate files).
pub(super) const SMALL_ARTICLE_BYTES: u64 = 256 << 10;

/// Facts from the profile that other files need while they are read.
#[derive(Default)]
pub(super) struct SharedFacts {
    /// Lower-case full name: the author of the member's own AI-coach messages.
    pub(super) member_name: Option<String>,
    /// Other people's names, added to by each file that has some (once per file).
    pub(super) names: std::sync::Mutex<NameDictionary>,
    /// Bytes of article pages read so far, against `max_article_bytes`.
    pub(super) article_bytes: std::sync::atomic::AtomicU64,
}

/// A job's outcome, or why its entry could not be read.
pub(super) type JobResult = Result<JobOutcome, EntryError>;

/// One catalogued file read: where it is, and its figures.
pub(super) struct FileRead {
    pub(super) input: usize,
    pub(super) path: String,
    pub(super) category: CategoryId,
    pub(super) figures: FileFigures,
}

/// What reading one file gives.
#[derive(Debug, Default)]
pub(super) struct FileFigures {
    pub(super) stats: CategoryStats,
    pub(super) warnings: Vec<Warning>,
    /// Its items under training, when the review list is asked for.
    pub(super) items: Vec<ReviewItem>,
}

// One outcome per file, moved once into the analysis: boxing the common variant would cost an
// allocation per file (200,000 of them) to save a copy of a few hundred bytes.
#[allow(clippy::large_enum_variant)]
pub(super) enum JobOutcome {
    File(FileRead),
    Unrecognised(UnrecognisedFile),
    NotAnArticle,
}

/// Reads the entry `job` names. The profile's facts go to `profile`, the primary confirmed
/// e-mail address to `email`.
pub(super) fn run_job(
    inputs: &[Input],
    job: &Job,
    shared: &SharedFacts,
    options: &AnalysisOptions,
    profile: &mut ProfileFacts,
    email: &mut Option<String>,
) -> JobResult {
    let input = &inputs[job.input];
    let entry = &input.entries()[job.entry];
    let file = |category, figures| {
        JobOutcome::File(FileRead {
            input: job.input,
            path: entry.path.clone(),
            category,
            figures,
        })
    };
    let outcome = match job.plan {
        Plan::Csv(spec) => input.read_entry(job.entry, |reader| {
            let pipelined = pipelined(job.size, entry.compressed_size, options.parallelism);
            let figures =
                read_catalogued(reader, spec, pipelined, shared, options, profile, email)?;
            Ok(file(spec.category, figures))
        }),
        Plan::UnknownCsv => input.read_entry(job.entry, |reader| {
            let unrecognised = read_unknown(reader, options)?;
            Ok(JobOutcome::Unrecognised(UnrecognisedFile {
                path: entry.path.clone(),
                input: job.input,
                ..unrecognised
            }))
        }),
        Plan::MaybeArticle => input.read_entry(job.entry, |reader| {
            Ok(match read_article(reader, shared, options)? {
                Some(figures) => file(CategoryId::Articles, figures),
                None => JobOutcome::NotAnArticle,
            })
        }),
    };
    outcome.map_err(record_limit)
}

/// A catalogued CSV file, or an AI-coach file written as a `key: value` transcript.
fn read_catalogued(
    reader: &mut dyn Read,
    spec: &'static FileSpec,
    pipelined: bool,
    shared: &SharedFacts,
    options: &AnalysisOptions,
    profile: &mut ProfileFacts,
    email: &mut Option<String>,
) -> io::Result<FileFigures> {
    let mut buffered;
    let reader: &mut dyn Read = if spec.category == CategoryId::AiConversations {
        buffered = io::BufReader::with_capacity(transcript::SNIFF_BYTES, reader);
        if transcript::looks_like_transcript(io::BufRead::fill_buf(&mut buffered)?) {
            return read_transcript(&mut buffered, spec, options);
        }
        &mut buffered
    } else {
        reader
    };
    if pipelined {
        read_csv_pipelined(reader, spec, shared, options, profile, email)
    } else {
        read_csv(reader, spec, shared, options, profile, email)
    }
}

/// A CSV file the catalog does not know: its records counted, its column names kept (the
/// path and input are filled by the caller).
fn read_unknown(reader: &mut dyn Read, options: &AnalysisOptions) -> io::Result<UnrecognisedFile> {
    let mut decoded = Decoded::new(reader);
    let mut csv = CsvReader::new(&mut decoded, options.reader_limits)?;
    // Nothing of an unknown file is shown but its column names, and only names: a first line
    // that looks like data is counted as a record, never quoted.
    let header_missing = headers::assess(csv.header().names(), None) == HeaderVerdict::Missing;
    let mut records = u64::from(header_missing && !csv.header_record().is_blank());
    let mut record = Record::default();
    while csv.read_record(&mut record)? {
        records += u64::from(!record.is_blank());
    }
    Ok(UnrecognisedFile {
        path: String::new(),
        input: 0,
        records,
        header: if header_missing {
            Vec::new()
        } else {
            csv.header().names().to_vec()
        },
        header_missing,
    })
}

/// An HTML page that may be one of the member's articles: `None` when it is not one.
fn read_article(
    reader: &mut dyn Read,
    shared: &SharedFacts,
    options: &AnalysisOptions,
) -> io::Result<Option<FileFigures>> {
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
    // Parsing costs several times the page's size: a larger page first takes its share of the
    // memory budget (src/memory.rs), kept until it is counted.
    let _share = if bytes.len() as u64 == SMALL_ARTICLE_BYTES {
        let share = memory::take(MAX_ARTICLE_BYTES.saturating_mul(16));
        reader.read_to_end(&mut bytes)?;
        Some(share)
    } else {
        None
    };
    let before = counted.fetch_add(bytes.len() as u64, std::sync::atomic::Ordering::Relaxed);
    if before.saturating_add(bytes.len() as u64) > limit {
        return Err(io::Error::other(TooMuchArticleHtml { limit }));
    }
    let html = String::from_utf8_lossy(&bytes);
    Ok(articles::parse(&html).map(|article| article_figures(&article, options)))
}

/// An article's figures: one record, under training unless it is a draft.
fn article_figures(article: &articles::Article, options: &AnalysisOptions) -> FileFigures {
    let mut stats = CategoryStats::default();
    let ai = !article.is_draft();
    let date = article.date();
    stats.records = 1;
    stats.ai_training_records = u64::from(ai);
    let mut years = YearTally::default();
    match date {
        Some(date) => years.add(date, ai, false),
        None => stats.undated = 1,
    }
    if ai && let Some(on) = options.objected_on {
        match date.map(|date| published_before(date, on)) {
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
        if flags.is_empty() {
            stats.excerpts.push(DatedExcerpt {
                excerpt: Excerpt {
                    kind: "article",
                    text: article_excerpt(excerpt_text),
                    date: date.as_ref().map(RecordDate::of),
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
    FileFigures {
        stats,
        warnings: Vec::new(),
        items,
    }
}

/// Raised when the article pages read in all pass `max_article_bytes`.
#[derive(Debug, thiserror::Error)]
#[error("article pages over {limit} bytes")]
pub(super) struct TooMuchArticleHtml {
    limit: u64,
}

/// The CSV reader's record limit, as the limit it is (the reader reports it as an I/O error).
pub(super) fn record_limit(error: EntryError) -> EntryError {
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
