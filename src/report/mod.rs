//! The report model: plain serialisable structs that every renderer (terminal table, JSON,
//! HTML) reads. Nothing here formats text for people; renderers do, in the member's language.

pub mod build;
pub mod html;
pub mod json;
pub mod table;

use std::collections::BTreeMap;

use serde::Serialize;

use crate::archive::InputKind;
use crate::catalog::{Basis, CategoryId, Scope};

pub const SCHEMA_VERSION: u32 = 1;

#[derive(Clone, Debug, Serialize)]
pub struct Report {
    pub schema_version: u32,
    pub generator: Generator,
    /// The day the report was made (YYYY-MM-DD).
    pub generated_on: String,
    pub language: String,
    /// How much of the member this report discloses (see [`crate::disclosure`]).
    pub disclosure: crate::disclosure::Disclosure,
    /// Figures only: no names, excerpts, links or file names (`disclosure` is `redacted`).
    pub redacted: bool,
    pub inputs: Vec<InputReport>,
    /// Several inputs of the same member merged: how many files they had in common (each
    /// was counted once).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub merge: Option<MergeSummary>,
    /// The day LinkedIn made the export, from the archive's name or its entries' dates.
    pub export_date: Option<String>,
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
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct GuidanceStep {
    /// Message id suffix: the title is `step-<id>`, the text `step-<id>.body` (full, for the
    /// HTML report; no arguments) and `step-<id>.short` (one line, for the terminal; `$url`
    /// and `$date`, the training start). Regulators are in `member.regulators`.
    pub id: &'static str,
    pub url: Option<&'static str>,
    /// The step applies only in some regions and the member's region is unknown.
    pub region_dependent: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Regulator {
    pub name: &'static str,
    pub url: &'static str,
    /// Ireland's DPC is LinkedIn's lead authority in the EU/EEA.
    pub lead: bool,
    /// ISO code of the country whose national authority this is; None for the lead and for
    /// region-wide authorities (ICO, OPC, PCPD).
    pub country: Option<&'static str>,
    /// The source id (see `policy.sources`) of the name and address.
    pub source: &'static str,
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
    pub ai_training_records: u64,
    /// Words of the member's own writing in the records under AI training.
    pub words: u64,
    pub first_date: Option<String>,
    pub last_date: Option<String>,
    pub per_year: BTreeMap<String, u64>,
    pub ai_training_per_year: BTreeMap<String, u64>,
    /// Records with no readable date.
    pub undated: u64,
    /// Posts only: records per Visibility value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub visibility: Option<BTreeMap<String, u64>>,
    /// Up to three excerpts of the member's own public text (never for private categories).
    pub excerpts: Vec<Excerpt>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Excerpt {
    /// What the text is: headline, summary, post, comment, article.
    pub kind: &'static str,
    pub text: String,
    pub date: Option<String>,
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

/// Something odd about a file that the figures survived; never silent.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Warning {
    pub kind: WarningKind,
    /// A column name, a count or a reason, as the kind needs.
    pub detail: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum WarningKind {
    /// A column the catalog reads (dates, text) is missing: figures from it are zero.
    MissingColumn,
    /// A column this file never had in known exports: the format may have changed.
    UnexpectedColumn,
    InvalidUtf8,
    TruncatedField,
    DroppedColumns,
    /// Records whose date column is filled but in no known format.
    UnparsedDates,
    /// Lines joined to the previous record (early-2024 unquoted multi-line messages).
    JoinedLines,
    /// The same file came in several inputs; this copy was used.
    Duplicate,
}

#[derive(Clone, Debug, Serialize)]
pub struct UnrecognisedFile {
    pub path: String,
    pub input: usize,
    pub records: u64,
    pub header: Vec<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Problem {
    pub path: String,
    pub input: usize,
    pub reason: String,
}

#[derive(Clone, Debug, Default, Serialize)]
pub struct Totals {
    pub ai_training_records: u64,
    pub ai_training_words: u64,
    pub not_used_records: u64,
    pub first_year: Option<i32>,
    pub last_year: Option<i32>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct YearCount {
    pub year: i32,
    pub ai_training: u64,
    pub not_used: u64,
}

/// What the export says about the member that changes the verdict.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Member {
    /// Name from the profile; absent when redacted.
    pub name: Option<String>,
    pub region: Option<String>,
    pub region_source: String,
    pub country: Option<String>,
    pub age_years: Option<i32>,
    pub minor: Option<bool>,
    pub training_since: Option<String>,
    /// UK only: LinkedIn shares content with Microsoft for Microsoft's own AI training.
    pub microsoft_training_sharing: Option<bool>,
    /// Not EU/EEA/UK/CH: profile and activity shared with Microsoft for advertising.
    pub microsoft_ads_sharing: Option<bool>,
    pub regulators: Vec<Regulator>,
    /// ISO 3166-1 alpha-2 code (lower case) of `country`.
    pub country_code: Option<String>,
    /// What the Birth Date allowed: `with_year`, `no_year`, `none` or `unreadable`.
    pub birth_date: String,
    /// Age on the first day training applied in the member's region.
    pub age_at_training_start: Option<i32>,
    /// The 18th birthday (YYYY-MM-DD), given only when it matters: the member is under 18
    /// today or was when training started. Absent when redacted.
    pub turns_18_on: Option<String>,
    /// When the region is unknown: the fields above that depend on it.
    pub depends_on_region: Vec<&'static str>,
}

#[derive(Clone, Debug, Serialize)]
pub struct PolicySummary {
    pub as_of: &'static str,
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
