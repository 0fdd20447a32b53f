//! Streaming CSV reader for LinkedIn's export dialect.
//!
//! This module owns everything about turning the bytes of one export CSV file into records:
//! BOM, line endings, the `Connections.csv` preamble, per-file quote-escape detection
//! (`""` versus `\"`), the early-2024 unquoted multi-line messages of `Date` files, the
//! `LearningCoachMessages.csv` non-CSV text, placeholders, and bounded memory on hostile input.
//! It is built on `csv-core`, reads through one 64 KiB buffer and reuses record buffers, so
//! steady-state reading allocates nothing per record.
//!
//! - `reader`: [`CsvReader`], the public face: sniffing, the header, continuation lines.
//! - `sniff`: what a file's first 64 KiB say (preamble, not CSV, which quote escaping).
//! - `parser`: csv-core driven records within the limits, and the switch to `\"` escapes.
//! - `fast_paths`: lines and quoted records split without csv-core when they allow it.
//! - `core_pool`: built csv-core readers reused per thread.
//! - `continuation`: where a record of a `Date` file starts.
//! - `record`: [`Record`] and [`Header`], and field helpers ([`is_placeholder`]).

mod continuation;
mod core_pool;
mod fast_paths;
mod parser;
mod reader;
mod record;
mod sniff;
#[cfg(test)]
mod test_support;

pub use reader::CsvReader;
pub use record::{Header, Record, is_placeholder, unwrap_line_quotes};

/// Size of the input buffer; the sniffed prefix is the first fill of this buffer.
const BUF_SIZE: usize = 64 * 1024;
/// Sink for bytes of fields that are cut or dropped.
const SCRATCH_SIZE: usize = 8 * 1024;
/// How many field ends csv-core may report per call (records with more fields just loop).
const ENDS_BATCH: usize = 128;
/// First allocation of a record's data buffer.
const MIN_RECORD_ROOM: usize = 1024;
/// Room a record keeps beyond `max_field_bytes` for its other fields: a record's fields
/// together never exceed `max_field_bytes + RECORD_SLACK` (later fields are cut), so one
/// hostile record costs one field's worth of memory, not one per column.
const RECORD_SLACK: usize = 1 << 20;
/// Record buffers up to this size grow by a fresh zeroed allocation and a copy.
const SMALL_GROWTH: usize = 64 << 10;
/// A record or join buffer that grew past this for one huge record is released afterwards,
/// so that the few buffers in rotation do not each keep a huge record's memory.
const SHRINK_ABOVE: usize = 4 << 20;
const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Limits that keep memory bounded whatever the input.
#[derive(Clone, Copy, Debug)]
pub struct ReaderLimits {
    /// Longest field kept, in bytes; a longer field is cut (at a UTF-8 character boundary),
    /// counted in [`ReadStats::truncated_fields`], and reading continues.
    pub max_field_bytes: usize,
    /// Most fields kept per record (header included); extra fields are dropped and counted in
    /// [`ReadStats::dropped_columns`]. At least one field is always kept.
    pub max_columns: usize,
    /// Most records read from one file (header excluded): reading the next one fails with
    /// [`TooManyRecords`]. Bytes limits bound the work per byte; this bounds the work per
    /// record, which a crafted file of gigabytes of tiny lines would otherwise multiply.
    pub max_records: u64,
}

/// The error [`CsvReader::read_record`] returns past [`ReaderLimits::max_records`], inside an
/// [`std::io::Error`]. Callers turn it into their record limit; its text is never shown to
/// the member (the limit message is localised where it is rendered).
#[derive(Debug)]
pub struct TooManyRecords {
    pub limit: u64,
}

impl std::fmt::Display for TooManyRecords {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self, f)
    }
}

impl std::error::Error for TooManyRecords {}

impl Default for ReaderLimits {
    fn default() -> Self {
        Self {
            max_field_bytes: 16 * 1024 * 1024,
            max_columns: 10_000,
            max_records: 10_000_000,
        }
    }
}

/// What the reader detected about one file (for warnings and tests).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Dialect {
    /// The file started with a UTF-8 byte order mark (stripped).
    pub bom: bool,
    /// Lines skipped before the header (`Connections.csv`: `Notes:`, the note, an empty line).
    pub preamble_lines: usize,
    /// Quotes inside quoted fields are escaped as `\"` (2025+ `Comments.csv`, `Votes.csv`).
    pub backslash_escapes: bool,
    /// The file is not CSV at all (`LearningCoachMessages.csv`: `No conversations found`).
    pub not_csv: bool,
    /// The header's first column is `Date`, so lines that do not start with a date are joined
    /// to the previous record's last field (early-2024 unquoted multi-line messages).
    pub joins_unquoted_continuations: bool,
}

/// Counters over one file. Header fields count in `truncated_fields` and `dropped_columns`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReadStats {
    /// Records returned by [`CsvReader::read_record`].
    pub records: u64,
    /// Fields longer than `max_field_bytes` (cut).
    pub truncated_fields: u64,
    /// Fields beyond `max_columns` (dropped).
    pub dropped_columns: u64,
    /// Returned records containing invalid UTF-8.
    pub invalid_utf8_records: u64,
    /// Lines joined to the previous record (see [`Dialect::joins_unquoted_continuations`]).
    pub continuation_lines: u64,
}
