//! The figures of the pass: per file, per category, per year, and how they merge.

use std::collections::BTreeMap;
use std::path::PathBuf;

use super::{Excerpt, Problem, UnrecognisedFile};
use crate::archive::InputKind;
use crate::catalog::CategoryId;
use crate::dates::PartialDate;
use crate::names::NameDictionary;
use crate::report::Warning;
use crate::sensitive::{self, Flags};

use super::excerpts::offer_excerpt;
use super::profile::ProfileFacts;

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
    pub(super) fn add(&mut self, other: YearCounts) {
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

/// One analysed file, as the report lists it. Its other figures went into its category's
/// tally as it completed (sums: the order does not matter), so that an archive of 200,000 small
/// files keeps little per file.
#[derive(Clone, Debug)]
pub struct FileStats {
    pub input: usize,
    pub path: String,
    pub category: CategoryId,
    pub stats: FileCounts,
    /// The file's excerpts, offered to its category's in file order at the end: the order
    /// decides between excerpts of one date.
    pub excerpts: Vec<DatedExcerpt>,
    pub warnings: Vec<Warning>,
}

/// A file's records, as the report lists them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FileCounts {
    pub records: u64,
    pub ai_training_records: u64,
    pub undated: u64,
}

impl FileStats {
    /// The file's entry in the analysis, its figures but the excerpts added to `tally`.
    pub(super) fn new(
        input: usize,
        path: String,
        category: CategoryId,
        mut stats: CategoryStats,
        warnings: Vec<Warning>,
        tally: &mut CategoryStats,
    ) -> FileStats {
        let excerpts = std::mem::take(&mut stats.excerpts);
        tally.merge(&stats);
        FileStats {
            input,
            path,
            category,
            stats: FileCounts {
                records: stats.records,
                ai_training_records: stats.ai_training_records,
                undated: stats.undated,
            },
            excerpts,
            warnings,
        }
    }
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
    /// Per category, the figures of every file but its excerpts, added up as each file
    /// completes (sums, least and greatest dates: the order does not matter).
    pub category_tallies: BTreeMap<CategoryId, CategoryStats>,
}

impl Analysis {
    /// Per-category figures, in catalog order.
    pub fn categories(&self) -> BTreeMap<CategoryId, CategoryStats> {
        let mut merged: BTreeMap<CategoryId, CategoryStats> = self.category_tallies.clone();
        for file in &self.files {
            let excerpts = &mut merged.entry(file.category).or_default().excerpts;
            for excerpt in &file.excerpts {
                offer_excerpt(excerpts, excerpt.clone());
            }
        }
        merged
    }
}

impl CategoryStats {
    pub(super) fn merge(&mut self, other: &CategoryStats) {
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

pub(super) fn min_date(a: Option<PartialDate>, b: Option<PartialDate>) -> Option<PartialDate> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

pub(super) fn max_date(a: Option<PartialDate>, b: Option<PartialDate>) -> Option<PartialDate> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (a, b) => a.or(b),
    }
}

/// Records per year of one file, tallied in a short list (a file spans a few years, and
/// consecutive rows share one) and added to the category's year map once, at the end.
#[derive(Default)]
pub(super) struct YearTally {
    first: Option<PartialDate>,
    last: Option<PartialDate>,
    years: Vec<(i32, YearCounts)>,
    /// Where the previous row's year is in `years`.
    recent: usize,
}

impl YearTally {
    pub(super) fn add(&mut self, date: PartialDate, ai: bool, unconfirmed: bool) {
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

    pub(super) fn add_to(self, stats: &mut CategoryStats) {
        stats.first = min_date(stats.first, self.first);
        stats.last = max_date(stats.last, self.last);
        for (year, counts) in self.years {
            stats.per_year.entry(year).or_default().add(counts);
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    /// An archive may hold 200,000 files: each keeps this much in the analysis (plus its path
    /// and any warnings or excerpts), under the 200 MB bound.
    #[test]
    fn a_file_keeps_little() {
        assert!(
            std::mem::size_of::<FileStats>() <= 112,
            "{} bytes",
            std::mem::size_of::<FileStats>()
        );
    }

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
}
