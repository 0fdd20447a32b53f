//! The one pass over the export: every entry of every input is read once, in parallel
//! (largest first), streamed record by record into per-file figures, which are then merged
//! per category. The catalog decides what each column means; this module only counts.

mod columns;
mod csv_file;
mod entries;
mod error;
mod excerpts;
mod pass;
mod pipeline;
mod planning;
mod profile;
mod repeats;
mod rows;
mod statistics;

pub use error::{AnalysisError, ZIPS_NAMED};
pub use excerpts::{EXCERPT_CHARS, EXCERPTS_PER_CATEGORY};
pub use pass::analyse;
pub use profile::{ProfileFacts, is_secondary_school};
pub use statistics::{
    Analysis, CategoryStats, DatedExcerpt, ExportDateSource, FileStats, ReviewItem, YearCounts,
    published_before,
};

use crate::archive::ArchiveLimits;
use crate::csv_dialect::ReaderLimits;

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
