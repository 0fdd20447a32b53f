//! The report model: plain serialisable structs that every renderer (terminal table, JSON,
//! HTML) reads. Nothing here formats text for people; renderers do, in the member's language.

pub mod build;
pub mod html;
pub mod json;
pub mod sentences;
pub mod table;

use std::collections::BTreeMap;

use serde::Serialize;

use jiff::civil::Date;

use crate::analyse::ExportDateSource;
pub use crate::analyse::{Excerpt, Problem, RecordDate, UnrecognisedFile};
use crate::archive::InputKind;
use crate::catalog::{Basis, CategoryId, Scope};
pub use crate::member::{GuidanceStep, Member, Regulator};

/// 2: confirmed and unconfirmed figures apart (`unconfirmed_records`), the words of others
/// (`others_words`), typed member facts with the training history, `--objected-on`.
pub const SCHEMA_VERSION: u32 = 2;

#[derive(Clone, Debug, Serialize)]
pub struct Report {
    pub schema_version: u32,
    pub generator: Generator,
    /// The day the report was made.
    pub generated_on: Date,
    pub language: String,
    /// How much of the member this report discloses (see [`crate::disclosure`]).
    pub disclosure: Disclosure,
    /// Figures only: no names, excerpts, links or file names (`disclosure` is `redacted`).
    pub redacted: bool,
    pub inputs: Vec<InputReport>,
    /// Several inputs of the same member merged: how many files they had in common (each
    /// was counted once).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub merge: Option<MergeSummary>,
    /// The day LinkedIn made the export: the archive's name, the zip entries' latest time,
    /// else the latest dated record; never in the future nor before 2003.
    pub export_date: Option<Date>,
    pub export_date_source: Option<ExportDateSource>,
    /// `--objected-on`: the day the member switched the setting off or objected.
    pub objected_on: Option<Date>,
    pub categories: Vec<CategoryReport>,
    pub files: Vec<FileReport>,
    pub unrecognised: Vec<UnrecognisedFile>,
    /// Entries that could not be read; the figures leave them out (exit code 1).
    pub problems: Vec<Problem>,
    pub totals: Totals,
    /// Records per year: what falls under AI training against what does not.
    pub timeline: Vec<YearCount>,
    pub member: Member,
    pub policy: PolicySummary,
    /// What the member can do, in order, as data (texts are in the message files under
    /// `step-<id>`), so that other tools can show it too.
    pub guidance: Vec<GuidanceStep>,
    /// What the member's own writing under AI training may reveal: counts only, in every
    /// report (the items themselves are named only in the review list).
    pub sensitive: SensitiveReport,
}

/// The level of disclosure of a run's outputs, which [`crate::disclosure::disclose`] applies.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Disclosure {
    #[default]
    Shareable,
    Private,
    Redacted,
}

impl Disclosure {
    pub fn as_str(self) -> &'static str {
        match self {
            Disclosure::Shareable => "shareable",
            Disclosure::Private => "private",
            Disclosure::Redacted => "redacted",
        }
    }
}

/// Items of the member's own writing under AI training (profile headline and summary, posts,
/// comments, articles, recommendations given, screening answers) flagged by
/// [`crate::sensitive`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct SensitiveReport {
    /// Items with at least one flag.
    pub items_flagged: u64,
    /// Items per flag id (`email`, `phone`, `iban`, `health`, `religion`, `politics`,
    /// `union`, `sexuality`, `ethnicity`), every flag listed.
    pub by_flag: BTreeMap<&'static str, u64>,
    /// Flagged items per category id, flagged categories only.
    pub by_category: BTreeMap<&'static str, u64>,
    /// The flagged items themselves, for the private HTML page only (never in the JSON):
    /// [`crate::disclosure::disclose`] fills it at the private level.
    #[serde(skip)]
    pub items: Vec<crate::analyse::ReviewItem>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Generator {
    pub name: &'static str,
    pub version: &'static str,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct MergeSummary {
    pub inputs: usize,
    pub files_in_several_inputs: usize,
}

#[derive(Clone, Debug, Serialize)]
pub struct InputReport {
    pub path: String,
    pub kind: InputKind,
}

#[derive(Clone, Debug, Serialize)]
pub struct CategoryReport {
    pub id: CategoryId,
    pub scope: Scope,
    pub basis: Basis,
    /// The source id (see `policy.sources`) behind the basis.
    pub source: &'static str,
    pub records: u64,
    /// Records under AI training that LinkedIn states or clearly implies it uses.
    pub ai_training_records: u64,
    /// Records under AI training as reported or unconfirmed: reactions, instant reposts,
    /// pending endorsements. Never in `ai_training_records`.
    pub unconfirmed_records: u64,
    /// Words of the member's own writing in the records under AI training.
    pub words: u64,
    /// Words written by other people in the records under AI training (recommendations
    /// received).
    pub others_words: u64,
    /// With `--objected-on`: confirmed records under training published before that day
    /// (LinkedIn may already have used them), and on or after it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub before_objection: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after_objection: Option<u64>,
    /// The category feeds LinkedIn's Hiring Assistant AI, a use the setting does not govern.
    pub hiring_assistant: bool,
    pub first_date: Option<RecordDate>,
    pub last_date: Option<RecordDate>,
    /// Records per year (JSON object keys are the years as text).
    pub per_year: BTreeMap<i32, u64>,
    pub ai_training_per_year: BTreeMap<i32, u64>,
    pub unconfirmed_per_year: BTreeMap<i32, u64>,
    /// Records with no readable date.
    pub undated: u64,
    /// Posts only: records per Visibility value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub visibility: Option<BTreeMap<String, u64>>,
    /// Up to three excerpts of the member's own public text (never for private categories).
    pub excerpts: Vec<Excerpt>,
}

#[derive(Clone, Debug, Serialize)]
pub struct FileReport {
    pub path: String,
    pub input: usize,
    pub category: CategoryId,
    pub records: u64,
    pub ai_training_records: u64,
    pub undated: u64,
    pub warnings: Vec<Warning>,
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

#[derive(Clone, Debug, Default, Serialize)]
pub struct Totals {
    /// Confirmed: what LinkedIn states or clearly implies (the headline figure).
    pub ai_training_records: u64,
    /// Reported or unconfirmed, shown beside the headline figure.
    pub unconfirmed_records: u64,
    /// Words of the member's own writing under AI training.
    pub ai_training_words: u64,
    /// Words of other people's writing under AI training (recommendations received).
    pub others_words: u64,
    /// With `--objected-on`: confirmed records before and from that day.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub before_objection: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after_objection: Option<u64>,
    pub not_used_records: u64,
    pub first_year: Option<i32>,
    pub last_year: Option<i32>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct YearCount {
    pub year: i32,
    pub ai_training: u64,
    pub unconfirmed: u64,
    pub not_used: u64,
}

#[derive(Clone, Debug, Serialize)]
pub struct PolicySummary {
    pub as_of: Date,
    /// The facts are more than a year older than the run.
    pub stale: bool,
    pub opt_out_url: &'static str,
    pub objection_form_url: &'static str,
    pub deletion_form_url: &'static str,
    pub close_account_url: &'static str,
    pub sources: &'static [crate::policy::Source],
}

impl Report {
    /// The category figures for `id`, if the export had that category.
    pub fn category(&self, id: CategoryId) -> Option<&CategoryReport> {
        self.categories.iter().find(|c| c.id == id)
    }

    /// Categories of one scope, in display order.
    pub fn categories_in(&self, scope: Scope) -> impl Iterator<Item = &CategoryReport> {
        self.categories.iter().filter(move |c| c.scope == scope)
    }
}
