//! What the analysis finds beside the figures, as the report model shows it: the excerpts of
//! the member's own text, the files it does not know, the entries it could not read, the
//! warnings about files the figures survived, and the dates of records at the precision the
//! export gives them.

use jiff::civil::Date;
use serde::Serialize;

/// The date of a record, as precise as the export gives it: a year, a month or a day.
/// Serialised as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecordDate {
    Year(i16),
    /// A year and a month (1 to 12).
    Month(i16, i8),
    Day(Date),
}

impl RecordDate {
    /// The record date of a parsed export date, at the precision it has.
    pub fn of(date: &crate::dates::PartialDate) -> RecordDate {
        if let Some(day) = date.civil_date() {
            return RecordDate::Day(day);
        }
        match date.month.and_then(|month| i8::try_from(month).ok()) {
            Some(month) if date.precision >= crate::dates::Precision::Month => {
                RecordDate::Month(date.year, month)
            }
            _ => RecordDate::Year(date.year),
        }
    }

    pub fn year(self) -> i16 {
        match self {
            RecordDate::Year(year) | RecordDate::Month(year, _) => year,
            RecordDate::Day(day) => day.year(),
        }
    }
}

impl std::fmt::Display for RecordDate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RecordDate::Year(year) => write!(f, "{year:04}"),
            RecordDate::Month(year, month) => write!(f, "{year:04}-{month:02}"),
            RecordDate::Day(day) => write!(f, "{day}"),
        }
    }
}

impl Serialize for RecordDate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Excerpt {
    /// What the text is: headline, summary, post, comment, article.
    pub kind: &'static str,
    pub text: String,
    pub date: Option<RecordDate>,
}

#[derive(Clone, Debug, Serialize)]
pub struct UnrecognisedFile {
    pub path: String,
    pub input: usize,
    pub records: u64,
    /// Column names; empty when the first line looks like data (never quoted) and under
    /// `--redact`.
    pub header: Vec<String>,
    /// The first line looks like data rather than column names: it counts as a record.
    pub header_missing: bool,
}

#[derive(Clone, Debug, Serialize)]
pub struct Problem {
    pub path: String,
    pub input: usize,
    /// Serialised as its English message.
    pub reason: crate::archive::EntryFault,
}

/// Something odd about a file that the figures survived; never silent. Rendered through the
/// `warning-*` messages; in JSON, `{"kind": …, "detail": …}` with the column name or the
/// count as text (empty when there is neither).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Warning {
    /// A column the catalog reads (dates, text) is missing: figures from it are zero.
    MissingColumn { column: String },
    /// A column this file never had in known exports: the format may have changed.
    UnexpectedColumn { column: String },
    /// Unexpected columns beyond those listed one by one.
    MoreUnexpectedColumns { count: u64 },
    /// Records whose text is not valid UTF-8 (decoded lossily).
    InvalidUtf8 { count: u64 },
    /// Fields cut at the reader's field limit.
    TruncatedField { count: u64 },
    /// Surplus columns past the reader's column limit.
    DroppedColumns { count: u64 },
    /// Records whose date column is filled but in no known format.
    UnparsedDates { count: u64 },
    /// Lines joined to the previous record (early-2024 unquoted multi-line messages).
    JoinedLines { count: u64 },
    /// An identical copy of this file sits elsewhere in the same input (a backup folder); it
    /// was left out.
    IdenticalCopy,
    /// The first line is a data row, not the header: it is never quoted, and is read as the
    /// first record (through the catalog's column order when the field count matches it).
    MissingHeader,
}

impl Warning {
    /// The kind, as the JSON names it.
    pub fn kind(&self) -> &'static str {
        match self {
            Warning::MissingColumn { .. } => "missing_column",
            Warning::UnexpectedColumn { .. } => "unexpected_column",
            Warning::MoreUnexpectedColumns { .. } => "more_unexpected_columns",
            Warning::InvalidUtf8 { .. } => "invalid_utf8",
            Warning::TruncatedField { .. } => "truncated_field",
            Warning::DroppedColumns { .. } => "dropped_columns",
            Warning::UnparsedDates { .. } => "unparsed_dates",
            Warning::JoinedLines { .. } => "joined_lines",
            Warning::IdenticalCopy => "identical_copy",
            Warning::MissingHeader => "missing_header",
        }
    }

    /// The message that says it.
    pub fn message_id(&self) -> &'static str {
        match self {
            Warning::MissingColumn { .. } => "warning-missing-column",
            Warning::UnexpectedColumn { .. } => "warning-unexpected-column",
            Warning::MoreUnexpectedColumns { .. } => "warning-more-unexpected-columns",
            Warning::InvalidUtf8 { .. } => "warning-invalid-utf8",
            Warning::TruncatedField { .. } => "warning-truncated-field",
            Warning::DroppedColumns { .. } => "warning-dropped-columns",
            Warning::UnparsedDates { .. } => "warning-unparsed-dates",
            Warning::JoinedLines { .. } => "warning-joined-lines",
            Warning::IdenticalCopy => "warning-identical-copy",
            Warning::MissingHeader => "warning-missing-header",
        }
    }

    /// The column it is about, if any (text from the archive).
    pub fn column(&self) -> Option<&str> {
        match self {
            Warning::MissingColumn { column } | Warning::UnexpectedColumn { column } => {
                Some(column)
            }
            _ => None,
        }
    }

    /// How many records, fields, columns or lines it is about, if it counts them.
    pub fn count(&self) -> Option<u64> {
        match self {
            Warning::MoreUnexpectedColumns { count }
            | Warning::InvalidUtf8 { count }
            | Warning::TruncatedField { count }
            | Warning::DroppedColumns { count }
            | Warning::UnparsedDates { count }
            | Warning::JoinedLines { count } => Some(*count),
            _ => None,
        }
    }
}

impl Serialize for Warning {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let detail = match (self.column(), self.count()) {
            (Some(column), _) => column.to_owned(),
            (None, Some(count)) => count.to_string(),
            (None, None) => String::new(),
        };
        let mut fields = serializer.serialize_struct("Warning", 2)?;
        fields.serialize_field("kind", self.kind())?;
        fields.serialize_field("detail", &detail)?;
        fields.end()
    }
}
