//! What the analysis finds beside the figures, as the report model shows it: the excerpts of
//! the member's own text, the files it does not know, the entries it could not read, and
//! the dates of records at the precision the export gives them.

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
