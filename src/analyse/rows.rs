//! One row read: what it adds to its file's figures, and the short values read from it.

use crate::catalog::{CategoryId, FileSpec, RowRule, Scope};
use crate::csv_dialect::{Record, is_placeholder};
use crate::dates::{DateParser, PartialDate};
use crate::sensitive::{self, Flags, Scanner};
use crate::words;

use super::AnalysisOptions;
use super::columns::Columns;
use super::entries::SharedFacts;
use super::excerpts::{ExcerptCandidates, excerpt_of, utf8_prefix};
use super::statistics::{ReviewItem, published_before};

/// Bytes of a field read as a short value (status, visibility, names, e-mail, links): real
/// ones are a few dozen bytes; a hostile 64 MiB one is cut here, before any copy.
pub(super) const SHORT_VALUE_BYTES: usize = 4 << 10;

/// A date value longer than this is not a date (the longest, Rich_Media's sentence `You
/// uploaded a profile background photo on September 30, 2025 at 11:59 PM (GMT)`, has 80).
pub(super) const MAX_DATE_BYTES: usize = 1024;
/// Distinct Visibility values counted per file; any further value counts as `(other)`.
pub(super) const MAX_VISIBILITY_VALUES: usize = 32;
pub(super) const OTHER_VISIBILITY: &str = "(other)";

/// A field that says where media can be downloaded rather than being one.
pub(super) fn is_download_placeholder(field: &[u8]) -> bool {
    const PHRASE: &[u8] = b"can be downloaded";
    field.len() <= SHORT_VALUE_BYTES
        && field
            .windows(PHRASE.len())
            .any(|window| window.eq_ignore_ascii_case(PHRASE))
}

/// A field read as a short value: at most [`SHORT_VALUE_BYTES`], so that neither the lossy
/// decoding (up to three bytes per invalid byte) nor the copies made from it can scale with a
/// hostile field. `None` for an absent or placeholder field.
pub(super) fn short(record: &Record, index: Option<usize>) -> Option<std::borrow::Cow<'_, str>> {
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
pub(super) fn filled_bytes(record: &Record, index: Option<usize>) -> Option<&[u8]> {
    let bytes = record.get(index?)?;
    (!is_placeholder(bytes)).then_some(bytes)
}

/// What one row adds to its file's figures: everything needed to count a repeated row again
/// without reading its fields (see [`RepeatCache`]).
#[derive(Clone, Copy, Debug)]
pub(super) struct RowOutcome {
    /// Every field is empty or a placeholder: not an item, not counted.
    pub(super) blank: bool,
    pub(super) ai: bool,
    /// Under AI training, but reported or unconfirmed (see [`crate::catalog::Category`]).
    pub(super) unconfirmed: bool,
    /// With `--objected-on`, for a dated confirmed record: published before that day.
    pub(super) before_objection: Option<bool>,
    pub(super) date: Option<PartialDate>,
    /// A date value that is not a date.
    pub(super) unparsed_date: bool,
    /// Index of the row's value in [`RowReader::visibility`] (Shares only).
    pub(super) visibility: Option<usize>,
    pub(super) words: u64,
    /// What the row's own writing may reveal (scanned files only).
    pub(super) flags: Flags,
}

/// One file's rows, read: what its columns mean, and what its rows left beyond plain counts
/// (Visibility values, excerpt candidates, review items).
pub(super) struct RowReader<'a> {
    pub(super) spec: &'static FileSpec,
    pub(super) columns: Columns,
    pub(super) in_scope: bool,
    pub(super) confirmed: bool,
    pub(super) objected_on: Option<jiff::civil::Date>,
    pub(super) public_text: bool,
    pub(super) collect_items: bool,
    /// The text columns are scanned for sensitive data ([`sensitive::scans`]).
    pub(super) scan: bool,
    pub(super) scanner: Scanner,
    pub(super) shared: &'a SharedFacts,
    pub(super) dates: DateParser,
    /// Visibility values and their row counts.
    pub(super) visibility: Vec<(String, u64)>,
    /// The previous row's raw Visibility value and its index.
    pub(super) last_visibility: Option<(Vec<u8>, usize)>,
    pub(super) candidates: ExcerptCandidates,
    pub(super) items: Vec<ReviewItem>,
}

impl<'a> RowReader<'a> {
    pub(super) fn new(
        spec: &'static FileSpec,
        columns: Columns,
        options: &AnalysisOptions,
        shared: &'a SharedFacts,
    ) -> Self {
        let category = spec.category.info();
        RowReader {
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
        }
    }

    /// Reads one row: its outcome, and its excerpt candidate and review item if any (a
    /// repeated row would offer the same candidate again, which changes nothing).
    pub(super) fn read(&mut self, record: &Record) -> RowOutcome {
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
        // is not a media item.
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

        let date = self.date(record, &mut outcome);
        outcome.date = date;
        if ai
            && !outcome.unconfirmed
            && let (Some(date), Some(on)) = (date, self.objected_on)
        {
            outcome.before_objection = Some(published_before(date, on));
        }

        if ai {
            self.read_writing(record, date, &mut outcome);
        }
        outcome
    }

    /// The row's date, if its date column holds one; `outcome` notes a value that is not one.
    fn date(&mut self, record: &Record, outcome: &mut RowOutcome) -> Option<PartialDate> {
        match self.columns.date.and_then(|index| record.get(index)) {
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
        }
    }

    /// The words, flags, excerpt candidates and review item of a row under training.
    fn read_writing(
        &mut self,
        record: &Record,
        date: Option<PartialDate>,
        outcome: &mut RowOutcome,
    ) {
        let columns = &self.columns;
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
                    outcome.words += words::count_words(bytes, self.spec.rule == RowRule::Shares);
                    if self.scan {
                        outcome.flags.extend(self.scanner.scan(bytes));
                    }
                }
            }
        }
        let sort_key = date.map_or(0, |d| d.sort_key());
        if self.public_text && outcome.flags.is_empty() && self.candidates.would_keep(sort_key) {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyse::excerpts::{EXCERPT_CHARS, excerpt_of};
    use crate::csv_dialect::{CsvReader, ReaderLimits};

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
}
