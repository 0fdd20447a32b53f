//! Turns the analysis into the report model: categories in catalog order with their policy
//! basis, totals, the timeline, and what the member's profile changes. The model holds
//! everything; `crate::disclosure::disclose` then takes out what the run's level hides.

use std::collections::BTreeMap;

use crate::analyse::CategoryStats;
use crate::analyse::YearCounts;
use crate::analyse::{Analysis, ExportDateSource};
use crate::catalog::{CATEGORIES, Category, Scope};
use crate::member;
use crate::policy;
use crate::report::{
    CategoryReport, Disclosure, FileReport, Generator, InputReport, MergeSummary, PolicySummary,
    RecordDate, Report, SCHEMA_VERSION, SensitiveReport, Totals, YearCount,
};
use crate::sensitive::{self, Flag};

/// What the report needs besides the analysis.
#[derive(Clone, Debug)]
pub struct ReportContext {
    pub today: jiff::civil::Date,
    pub language: String,
    /// `--objected-on`.
    pub objected_on: Option<jiff::civil::Date>,
    /// `--region`; otherwise the member's region comes from the profile.
    pub region: Option<crate::policy::Region>,
}

/// No LinkedIn export can be older than this (LinkedIn opened in May 2003).
const FIRST_EXPORT_YEAR: i16 = 2003;

/// The export's date: the archive's (name or entries), unless it is after the run's date or
/// before 2003, else the latest dated record that is neither (a full date, or the first day
/// of a month or year).
fn export_date(
    analysis: &Analysis,
    merged: &BTreeMap<crate::catalog::CategoryId, crate::analyse::CategoryStats>,
    today: jiff::civil::Date,
) -> Option<(jiff::civil::Date, ExportDateSource)> {
    let plausible = |date: &jiff::civil::Date| date.year() >= FIRST_EXPORT_YEAR && *date <= today;
    if let Some((date, source)) = analysis.export_date.filter(|(date, _)| plausible(date)) {
        return Some((date, source));
    }
    merged
        .values()
        .filter_map(|stats| stats.last)
        .filter_map(|last| {
            last.civil_date().or_else(|| {
                jiff::civil::Date::new(
                    last.year,
                    last.month.and_then(|m| i8::try_from(m).ok()).unwrap_or(1),
                    1,
                )
                .ok()
            })
        })
        .filter(plausible)
        .max()
        .map(|date| (date, ExportDateSource::LatestRecord))
}

/// The words of the member's own writing, and those of other people (recommendations
/// received), in a category's records.
fn words(category: &Category, stats: &CategoryStats) -> (u64, u64) {
    if category.written_by_others {
        (0, stats.words)
    } else {
        (stats.words, 0)
    }
}

/// Adds a category's figures to the totals and its years to the timeline.
fn add_to_totals(
    category: &Category,
    stats: &CategoryStats,
    context: &ReportContext,
    totals: &mut Totals,
    timeline: &mut BTreeMap<i32, YearCount>,
) {
    let (own_words, others_words) = words(category, stats);
    if category.scope == Scope::AiTraining {
        totals.ai_training_records += stats.ai_training_records;
        totals.unconfirmed_records += stats.unconfirmed_records;
        totals.ai_training_words += own_words;
        totals.others_words += others_words;
        if context.objected_on.is_some() {
            *totals.before_objection.get_or_insert(0) += stats.before_objection;
            *totals.after_objection.get_or_insert(0) += stats.after_objection;
        }
    } else {
        totals.not_used_records += stats.records;
    }
    for (year, counts) in &stats.per_year {
        let entry = timeline.entry(*year).or_insert_with(|| YearCount {
            year: *year,
            ..YearCount::default()
        });
        entry.ai_training += counts.ai_training;
        entry.unconfirmed += counts.unconfirmed;
        entry.not_used += counts.records - counts.ai_training - counts.unconfirmed;
        // The years the headline spans: confirmed records only.
        if counts.ai_training > 0 {
            totals.first_year = Some(totals.first_year.map_or(*year, |y| y.min(*year)));
            totals.last_year = Some(totals.last_year.map_or(*year, |y| y.max(*year)));
        }
    }
}

/// A category's figures as the report shows them.
fn category_report(
    category: &Category,
    stats: &CategoryStats,
    context: &ReportContext,
) -> CategoryReport {
    let ai = category.scope == Scope::AiTraining;
    let (own_words, others_words) = words(category, stats);
    let objection = |count: u64| (ai && context.objected_on.is_some()).then_some(count);
    let year_map = |pick: fn(&YearCounts) -> u64| -> BTreeMap<i32, u64> {
        stats
            .per_year
            .iter()
            .filter(|(_, counts)| pick(counts) > 0)
            .map(|(year, counts)| (*year, pick(counts)))
            .collect()
    };
    CategoryReport {
        id: category.id,
        scope: category.scope,
        basis: category.basis,
        source: policy::source_for_basis(category.basis),
        records: stats.records,
        ai_training_records: stats.ai_training_records,
        unconfirmed_records: stats.unconfirmed_records,
        words: own_words,
        others_words,
        before_objection: objection(stats.before_objection),
        after_objection: objection(stats.after_objection),
        hiring_assistant: category.hiring_assistant,
        first_date: stats.first.as_ref().map(RecordDate::of),
        last_date: stats.last.as_ref().map(RecordDate::of),
        per_year: year_map(|c| c.records),
        ai_training_per_year: year_map(|c| c.ai_training),
        unconfirmed_per_year: year_map(|c| c.unconfirmed),
        undated: stats.undated,
        visibility: stats.visibility.clone(),
        excerpts: if category.public_text {
            stats.excerpts.iter().map(|e| e.excerpt.clone()).collect()
        } else {
            Vec::new()
        },
    }
}

pub fn build(analysis: &Analysis, context: &ReportContext) -> Report {
    let merged = analysis.categories();
    let mut categories = Vec::new();
    let mut totals = Totals::default();
    let mut timeline: BTreeMap<i32, YearCount> = BTreeMap::new();
    let mut flagged = sensitive::Tally::default();
    let mut flagged_by_category = BTreeMap::new();
    for category in CATEGORIES {
        let Some(stats) = merged.get(&category.id) else {
            continue;
        };
        if stats.sensitive.items_flagged > 0 {
            flagged.merge(&stats.sensitive);
            flagged_by_category.insert(category.id.as_str(), stats.sensitive.items_flagged);
        }
        add_to_totals(category, stats, context, &mut totals, &mut timeline);
        categories.push(category_report(category, stats, context));
    }
    let files = analysis
        .files
        .iter()
        .map(|file| FileReport {
            path: file.path.clone(),
            input: file.input,
            category: file.category,
            records: file.stats.records,
            ai_training_records: file.stats.ai_training_records,
            undated: file.stats.undated,
            warnings: file.warnings.clone(),
        })
        .collect();
    let stale = policy::AS_OF
        .checked_add(jiff::Span::new().months(policy::STALE_AFTER_MONTHS))
        .is_ok_and(|limit| context.today > limit);
    let export_date = export_date(analysis, &merged, context.today);
    let member = member::assess(&analysis.profile, context.region, context.today);
    Report {
        schema_version: SCHEMA_VERSION,
        generator: Generator {
            name: env!("CARGO_PKG_NAME"),
            version: env!("CARGO_PKG_VERSION"),
        },
        generated_on: context.today,
        language: context.language.clone(),
        // Everything, until `crate::disclosure::disclose` applies the run's level.
        disclosure: Disclosure::Private,
        redacted: false,
        inputs: analysis
            .inputs
            .iter()
            .map(|(path, kind)| InputReport {
                path: path.display().to_string(),
                kind: *kind,
            })
            .collect(),
        merge: (analysis.inputs.len() > 1).then_some(MergeSummary {
            inputs: analysis.inputs.len(),
            files_in_several_inputs: analysis.files_in_several_inputs,
        }),
        export_date: export_date.map(|(date, _)| date),
        export_date_source: export_date.map(|(_, source)| source),
        objected_on: context.objected_on,
        categories,
        files,
        unrecognised: analysis.unrecognised.clone(),
        problems: analysis.problems.clone(),
        totals,
        timeline: timeline.into_values().collect(),
        member: member.clone(),
        policy: PolicySummary {
            as_of: policy::AS_OF,
            stale,
            opt_out_url: policy::OPT_OUT_URL,
            objection_form_url: policy::OBJECTION_FORM_URL,
            deletion_form_url: policy::DELETION_FORM_URL,
            close_account_url: policy::CLOSE_ACCOUNT_URL,
            sources: policy::SOURCES,
        },
        guidance: member::guidance(&member),
        sensitive: SensitiveReport {
            items_flagged: flagged.items_flagged,
            by_flag: Flag::ALL
                .into_iter()
                .map(|flag| (flag.as_str(), flagged.count(flag)))
                .collect(),
            by_category: flagged_by_category,
            items: Vec::new(),
        },
    }
}
