//! Turns the analysis into the report model: categories in catalog order with their policy
//! basis, totals, the timeline, and what the member's profile changes.

use std::collections::BTreeMap;

use crate::analyse::Analysis;
use crate::catalog::{CATEGORIES, Scope};
use crate::policy;
use crate::report::{
    CategoryReport, FileReport, Generator, InputReport, Member, MergeSummary, PolicySummary,
    Report, SCHEMA_VERSION, Totals, YearCount,
};

/// What the report needs besides the analysis.
#[derive(Clone, Debug)]
pub struct ReportContext {
    pub today: jiff::civil::Date,
    pub language: String,
    pub redact: bool,
}

pub fn build(analysis: &Analysis, context: &ReportContext) -> Report {
    let merged = analysis.categories();
    let mut categories = Vec::new();
    let mut totals = Totals::default();
    let mut timeline: BTreeMap<i32, YearCount> = BTreeMap::new();
    for category in CATEGORIES {
        let Some(stats) = merged.get(&category.id) else {
            continue;
        };
        let ai = category.scope == Scope::AiTraining;
        if ai {
            totals.ai_training_records += stats.ai_training_records;
            totals.ai_training_words += stats.words;
        } else {
            totals.not_used_records += stats.records;
        }
        for (year, (all, ai_records)) in &stats.per_year {
            let entry = timeline.entry(*year).or_insert_with(|| YearCount {
                year: *year,
                ..YearCount::default()
            });
            entry.ai_training += ai_records;
            entry.not_used += all - ai_records;
            if *ai_records > 0 {
                totals.first_year = Some(totals.first_year.map_or(*year, |y| y.min(*year)));
                totals.last_year = Some(totals.last_year.map_or(*year, |y| y.max(*year)));
            }
        }
        let year_map = |pick: fn(&(u64, u64)) -> u64| -> BTreeMap<String, u64> {
            stats
                .per_year
                .iter()
                .filter(|(_, counts)| pick(counts) > 0)
                .map(|(year, counts)| (year.to_string(), pick(counts)))
                .collect()
        };
        categories.push(CategoryReport {
            id: category.id,
            scope: category.scope,
            basis: category.basis,
            source: policy::source_for_basis(category.basis),
            records: stats.records,
            ai_training_records: stats.ai_training_records,
            words: stats.words,
            first_date: stats.first.map(|d| d.to_iso_date()),
            last_date: stats.last.map(|d| d.to_iso_date()),
            per_year: year_map(|c| c.0),
            ai_training_per_year: year_map(|c| c.1),
            undated: stats.undated,
            visibility: stats.visibility.clone(),
            excerpts: if context.redact || !category.public_text {
                Vec::new()
            } else {
                stats.excerpts.iter().map(|e| e.excerpt.clone()).collect()
            },
        });
    }
    let hide = |text: String| if context.redact { String::new() } else { text };
    let files = analysis
        .files
        .iter()
        .map(|file| FileReport {
            path: hide(file.path.clone()),
            input: file.input,
            category: file.category,
            records: file.stats.records,
            ai_training_records: file.stats.ai_training_records,
            undated: file.stats.undated,
            warnings: file.warnings.clone(),
        })
        .collect();
    let stale = policy::AS_OF
        .parse::<jiff::civil::Date>()
        .ok()
        .and_then(|as_of| {
            as_of
                .checked_add(jiff::Span::new().months(policy::STALE_AFTER_MONTHS))
                .ok()
        })
        .is_some_and(|limit| context.today > limit);
    Report {
        schema_version: SCHEMA_VERSION,
        generator: Generator {
            name: env!("CARGO_PKG_NAME"),
            version: env!("CARGO_PKG_VERSION"),
        },
        generated_on: context.today.to_string(),
        language: context.language.clone(),
        disclosure: if context.redact {
            crate::disclosure::Disclosure::Redacted
        } else {
            crate::disclosure::Disclosure::Shareable
        },
        redacted: context.redact,
        inputs: analysis
            .inputs
            .iter()
            .map(|(path, kind)| InputReport {
                path: hide(path.display().to_string()),
                kind: *kind,
            })
            .collect(),
        merge: (analysis.inputs.len() > 1).then_some(MergeSummary {
            inputs: analysis.inputs.len(),
            files_in_several_inputs: analysis.files_in_several_inputs,
        }),
        export_date: analysis.export_date.map(|d| d.to_string()),
        categories,
        files,
        unrecognised: analysis
            .unrecognised
            .iter()
            .cloned()
            .map(|mut file| {
                if context.redact {
                    file.path.clear();
                }
                file
            })
            .collect(),
        problems: analysis
            .problems
            .iter()
            .cloned()
            .map(|mut problem| {
                if context.redact {
                    problem.path.clear();
                }
                problem
            })
            .collect(),
        totals,
        timeline: timeline.into_values().collect(),
        member: Member::default(),
        policy: PolicySummary {
            as_of: policy::AS_OF,
            stale,
            opt_out_url: policy::OPT_OUT_URL,
            objection_form_url: policy::OBJECTION_FORM_URL,
            deletion_form_url: policy::DELETION_FORM_URL,
            close_account_url: policy::CLOSE_ACCOUNT_URL,
            sources: policy::SOURCES,
        },
        guidance: Vec::new(),
    }
}
