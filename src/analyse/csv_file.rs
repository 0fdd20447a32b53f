//! One CSV file (or AI-coach transcript) read record by record into its figures.

use std::io::{self, Read};

use crate::catalog::{CategoryId, FileSpec, RowRule, Scope};
use crate::csv_dialect::{CsvReader, Header, ReadStats, Record};
use crate::headers::{self, HeaderVerdict};
use crate::report::Warning;
use crate::sensitive::Flags;
use crate::transcode::Decoded;
use crate::transcript;

use super::AnalysisOptions;
use super::columns::{Columns, resolve_columns};
use super::entries::{FileFigures, SharedFacts};
use super::facts::FactReader;
use super::profile::ProfileFacts;
use super::repeats::RepeatCache;
use super::rows::{RowOutcome, RowReader};
use super::statistics::{CategoryStats, ReviewItem, YearTally, published_before};

/// An AI-coach transcript (see [`transcript`]): one record per conversation, the member's own
/// words, no column warnings (it has no columns).
pub(super) fn read_transcript(
    reader: &mut dyn io::BufRead,
    spec: &'static FileSpec,
    options: &AnalysisOptions,
) -> io::Result<FileFigures> {
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
    let counted = [
        Warning::UnparsedDates {
            count: read.unparsed_dates,
        },
        Warning::TruncatedField {
            count: read.truncated_lines,
        },
    ];
    let warnings = counted
        .into_iter()
        .filter(|w| w.count() != Some(0))
        .collect();
    Ok(FileFigures {
        stats,
        warnings,
        items,
    })
}

/// Reads a catalogued CSV file: its figures, warnings and review items; the profile's facts go
/// to `profile`, the primary confirmed e-mail address to `email`.
pub(super) fn read_csv(
    reader: &mut dyn Read,
    spec: &'static FileSpec,
    shared: &SharedFacts,
    options: &AnalysisOptions,
    profile: &mut ProfileFacts,
    email: &mut Option<String>,
) -> io::Result<FileFigures> {
    // UTF-16 files (a 2022 export has two) are decoded; UTF-8 passes through.
    let mut decoded = Decoded::new(reader);
    let mut csv = CsvReader::new(&mut decoded, options.reader_limits)?;
    let mut warnings = Vec::new();
    let FileHeader {
        columns,
        positional,
        header_missing,
    } = file_header(&mut csv, spec, &mut warnings);
    let empty_header = Header::default();
    let header = match (&positional, header_missing) {
        (Some(header), _) => header,
        (None, true) => &empty_header,
        (None, false) => csv.header(),
    };
    let mut facts = FactReader::new(spec, header);
    // Rows whose reading has effects beyond their outcome (every review item is listed, the
    // profile and e-mail files are read for their values) are always read.
    let remember_outcomes = !options.collect_items
        && spec.stems != ["profile"]
        && spec.stems != ["email addresses"]
        && spec.category != CategoryId::Education;
    let mut rows = RowReader::new(spec, columns, options, shared);
    let mut repeats = RepeatCache::default();
    let mut tally = RowTally::default();
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
        tally.count(&outcome);
        if let Some((_, count)) = outcome
            .visibility
            .and_then(|index| rows.visibility.get_mut(index))
        {
            *count += 1;
        }
        facts.read(&record, profile, email);
    }
    facts.finish(shared);
    let RowTally {
        mut stats,
        years,
        unparsed_dates,
    } = tally;
    if spec.rule == RowRule::Shares && stats.records > 0 {
        stats.visibility = Some(rows.visibility.into_iter().collect());
    }
    years.add_to(&mut stats);
    rows.candidates.add_to(&mut stats.excerpts);
    warnings.extend(counted_warnings(unparsed_dates, csv.stats()));
    Ok(FileFigures {
        stats,
        warnings,
        items: rows.items,
    })
}

/// The warnings that count records, fields or lines, when there are any.
fn counted_warnings(unparsed_dates: u64, read: &ReadStats) -> impl Iterator<Item = Warning> {
    [
        Warning::UnparsedDates {
            count: unparsed_dates,
        },
        Warning::InvalidUtf8 {
            count: read.invalid_utf8_records,
        },
        Warning::TruncatedField {
            count: read.truncated_fields,
        },
        Warning::DroppedColumns {
            count: read.dropped_columns,
        },
        Warning::JoinedLines {
            count: read.continuation_lines,
        },
    ]
    .into_iter()
    .filter(|warning| warning.count() != Some(0))
}

/// What a file's first line says about its columns.
struct FileHeader {
    columns: Columns,
    /// The catalog's column names, when the first line is data with as many fields.
    positional: Option<Header>,
    /// The first line is data: it is read as the first record, and never quoted.
    header_missing: bool,
}

fn file_header<R: Read>(
    csv: &mut CsvReader<R>,
    spec: &'static FileSpec,
    warnings: &mut Vec<Warning>,
) -> FileHeader {
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
    let columns = if header_missing {
        warnings.push(Warning::MissingHeader);
        match &positional {
            Some(header) => resolve_columns(spec, header, &mut Vec::new()),
            None => Columns::none(),
        }
    } else if not_csv {
        Columns::none()
    } else {
        resolve_columns(spec, csv.header(), warnings)
    };
    FileHeader {
        columns,
        positional,
        header_missing,
    }
}

/// A file's figures, row outcome by row outcome.
#[derive(Default)]
struct RowTally {
    stats: CategoryStats,
    years: YearTally,
    unparsed_dates: u64,
}

impl RowTally {
    fn count(&mut self, outcome: &RowOutcome) {
        let stats = &mut self.stats;
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
        self.unparsed_dates += u64::from(outcome.unparsed_date);
        match outcome.date {
            Some(date) => self.years.add(date, outcome.ai, outcome.unconfirmed),
            None => stats.undated += 1,
        }
    }
}
