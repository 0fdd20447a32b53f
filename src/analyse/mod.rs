//! The one pass over the export: every entry of every input is read once, on a thread pool
//! (largest first) or one after the other where there are no threads, streamed record by
//! record into per-file figures, which are added to their category's as each file completes.
//! The catalog decides what each column means; this module only counts.
//!
//! `pass` runs the jobs `planning` chose; `entries` reads one entry (a catalogued CSV
//! file through `csv_file`, an unknown one, an article page); `columns` resolves a header,
//! `rows` reads a row into its outcome, which `repeats` remembers for repeated rows;
//! `excerpts` keeps the few quoted; `facts` reads the profile, e-mail and names;
//! `pipeline` inflates and parses a large entry on two threads; `statistics` holds the
//! figures and how they merge. Front ends pass a [`Progress`] and get an [`Analysis`].

mod columns;
mod csv_file;
mod entries;
mod error;
mod excerpts;
mod facts;
mod findings;
mod pass;
mod pipeline;
mod planning;
mod profile;
mod repeats;
mod rows;
mod statistics;

pub use error::{AnalysisError, ZIPS_NAMED};
pub use excerpts::{EXCERPT_CHARS, EXCERPTS_PER_CATEGORY};
pub use findings::{Excerpt, Problem, RecordDate, UnrecognisedFile};
pub use pass::analyse;
pub use profile::{ProfileFacts, is_secondary_school};
pub use statistics::{
    Analysis, CategoryStats, DatedExcerpt, ExportDateSource, FileCounts, FileStats, ReviewItem,
    YearCounts, published_before,
};

use crate::archive::ArchiveLimits;
use crate::csv_dialect::ReaderLimits;

#[derive(Clone, Debug, Default)]
pub struct AnalysisOptions {
    pub archive_limits: ArchiveLimits,
    pub reader_limits: ReaderLimits,
    /// Keep every ai_training item for the review list (`--items`).
    pub collect_items: bool,
    /// Entries read on a thread pool, or one after the other on the calling thread.
    pub parallelism: Parallelism,
    /// `--objected-on`: the day the member switched the setting off or objected; confirmed
    /// items under training are split into those published before it and the rest.
    pub objected_on: Option<jiff::civil::Date>,
}

/// How the entries are read. Both give the same analysis, to the byte.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Parallelism {
    /// On rayon's pool (at most [`crate::memory::MAX_WORKERS`] threads), the largest entries
    /// inflated and parsed on two threads.
    #[default]
    Parallel,
    /// One entry after the other on the calling thread, which never touches a thread pool nor
    /// spawns a thread: for targets without threads (a browser).
    Sequential,
}

/// What the pass reports as it goes, in bytes of the entries read (declared sizes), so that a
/// front end can show a progress bar. Called from the pool's threads.
pub trait Progress: Sync {
    /// Before the first entry: the bytes the pass will read.
    fn start(&self, total_bytes: u64);
    /// An entry of `bytes` is done.
    fn advance(&self, bytes: u64);
    /// After the last entry.
    fn finish(&self);
}

/// No progress shown.
#[derive(Clone, Copy, Debug, Default)]
pub struct NoProgress;

impl Progress for NoProgress {
    fn start(&self, _total_bytes: u64) {}
    fn advance(&self, _bytes: u64) {}
    fn finish(&self) {}
}
