//! The pass itself: the profile first, then every other entry on the thread pool, each result
//! absorbed into the analysis as soon as it is ready.

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::sync::Arc;

use rayon::prelude::*;

use crate::archive::{self, Input, ReadBudget};
use crate::catalog::CategoryId;
use crate::memory;
use crate::report::{Problem, Warning, WarningKind};

use super::AnalysisOptions;
use super::entries::{JobOutcome, JobResult, SharedFacts, run_job};
use super::error::{AnalysisError, nothing_recognised};
use super::planning::{Job, Plan, export_date, plan_jobs};
use super::profile::ProfileFacts;
use super::statistics::{Analysis, ReviewItem};

/// Runs the whole pass over `paths`.
pub fn analyse(paths: &[PathBuf], options: &AnalysisOptions) -> Result<Analysis, AnalysisError> {
    let budget = ReadBudget::new(options.archive_limits);
    let mut inputs = Vec::with_capacity(paths.len());
    // The same folder or zip given twice (through any path) is read once.
    let mut identities = std::collections::HashSet::new();
    for path in paths {
        if let Some(identity) = archive::input_identity(path)
            && !identities.insert(identity)
        {
            continue;
        }
        inputs.push(Input::open(path, Arc::clone(&budget))?);
    }
    let mut analysis = Analysis {
        inputs: inputs
            .iter()
            .map(|input| (input.path().to_path_buf(), input.kind()))
            .collect(),
        ..Analysis::default()
    };
    for (index, input) in inputs.iter().enumerate() {
        for problem in input.problems() {
            analysis.problems.push(Problem {
                path: problem.path.clone(),
                input: index,
                reason: problem.reason.clone(),
            });
        }
    }

    if inputs.len() > 1 {
        let owners: Vec<_> = inputs
            .iter()
            .map(|input| crate::identity::owner(input, options.reader_limits))
            .collect();
        if let Some((first, second)) = crate::identity::different_members(&owners) {
            let path = |index: usize| paths[index].display().to_string();
            let label = |index: usize| owners[index].label().unwrap_or_default().to_owned();
            return Err(AnalysisError::TwoMembers {
                first_path: path(first),
                first: label(first),
                second_path: path(second),
                second: label(second),
            });
        }
    }
    let (jobs, duplicates, copies) = plan_jobs(&inputs);
    if !jobs
        .iter()
        .any(|job| matches!(job.plan, Plan::Csv(_) | Plan::MaybeArticle))
    {
        return Err(nothing_recognised(paths, &inputs));
    }

    // The profile is read first: the AI-coach files need the member's name.
    let (profile_jobs, other_jobs): (Vec<Job>, Vec<Job>) = jobs.into_iter().partition(|job| {
        matches!(job.plan, Plan::Csv(spec)
                if spec.stems == ["profile"] || spec.category == CategoryId::Education)
    });
    let mut shared = SharedFacts::default();
    let mut outcomes = Vec::new();
    for job in &profile_jobs {
        let result = run_job(
            &inputs,
            job,
            &shared,
            options,
            &mut analysis.profile,
            &mut None,
        );
        shared.member_name = analysis.profile.full_name().map(|n| n.to_lowercase());
        outcomes.push((job.clone(), result));
    }

    let progress = progress_bar(
        options.progress,
        other_jobs.iter().map(|job| job.size).sum(),
    );
    for (job, result) in outcomes {
        absorb(
            &mut analysis,
            &inputs,
            &job,
            result.map(|o| (o, None)),
            options,
        );
    }
    // Each result is absorbed as soon as it is ready rather than collected first: with
    // 200,000 entries, holding every result and then every file at once doubled the memory.
    // Completion order varies, so what depends on order is keyed by the job's position: the
    // e-mail (the last job's wins, as in a sequential pass) and the review-list items.
    let state = std::sync::Mutex::new(Absorbed {
        analysis,
        email: None,
        items: Vec::new(),
    });
    let pass = || {
        other_jobs
            .into_par_iter()
            .enumerate()
            .for_each(|(position, job)| {
                let mut email = None;
                let mut unused_profile = ProfileFacts::default();
                let result = run_job(
                    &inputs,
                    &job,
                    &shared,
                    options,
                    &mut unused_profile,
                    &mut email,
                );
                progress.inc(job.size);
                let mut state = state
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner);
                if let Some(email) = email
                    && state
                        .email
                        .as_ref()
                        .is_none_or(|(last, _)| *last < position)
                {
                    state.email = Some((position, email));
                }
                let result = match result {
                    Ok(JobOutcome::File(stats, items)) => {
                        if options.collect_items && !items.is_empty() {
                            state.items.push((position, items));
                        }
                        Ok((JobOutcome::File(stats, Vec::new()), None))
                    }
                    other => other.map(|outcome| (outcome, None)),
                };
                absorb(&mut state.analysis, &inputs, &job, result, options);
            });
    };
    // Each worker may hold a few MB (src/memory.rs): their number is capped, so that the
    // memory bound holds on a machine of any size.
    let pool = (rayon::current_num_threads() > memory::MAX_WORKERS)
        .then(|| {
            rayon::ThreadPoolBuilder::new()
                .num_threads(memory::MAX_WORKERS)
                .build()
                .ok()
        })
        .flatten();
    match pool {
        Some(pool) => pool.install(pass),
        None => pass(),
    }
    progress.finish_and_clear();
    let other_names = std::mem::take(
        &mut *shared
            .names
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner),
    );
    let Absorbed {
        mut analysis,
        email,
        mut items,
    } = state
        .into_inner()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some((_, email)) = email {
        analysis.primary_email = Some(email);
    }
    analysis.other_names = other_names;
    items.sort_by_key(|(position, _)| *position);
    analysis
        .items
        .extend(items.into_iter().flat_map(|(_, items)| items));
    // One lookup table, not a scan of every file per duplicate (two inputs of 200,000).
    let mut by_path: HashMap<String, usize> = HashMap::new();
    for (index, file) in analysis.files.iter().enumerate() {
        by_path
            .entry(file.path.to_ascii_lowercase())
            .or_insert(index);
    }
    for (input, entry) in copies {
        let found = inputs
            .get(input)
            .and_then(|i| i.entries().get(entry))
            .and_then(|e| by_path.get(&e.path.to_ascii_lowercase()))
            .and_then(|&index| analysis.files.get_mut(index));
        if let Some(file) = found {
            file.warnings.push(Warning {
                kind: WarningKind::IdenticalCopy,
                detail: String::new(),
            });
        }
    }
    // A file in several inputs (Basic and Complete archives) was read once: the run says so
    // in one line, not one warning per file.
    analysis.files_in_several_inputs = duplicates.len();
    analysis
        .files
        .sort_by(|a, b| (a.input, &a.path).cmp(&(b.input, &b.path)));
    analysis
        .unrecognised
        .sort_by(|a, b| (a.input, &a.path).cmp(&(b.input, &b.path)));
    analysis
        .problems
        .sort_by(|a, b| (a.input, &a.path).cmp(&(b.input, &b.path)));
    analysis
        .items
        .sort_by(|a, b| (a.category, &a.date, &a.link).cmp(&(b.category, &b.date, &b.link)));
    analysis.export_date = export_date(&inputs);
    Ok(analysis)
}

/// What the parallel pass fills, behind one lock.
pub(super) struct Absorbed {
    analysis: Analysis,
    /// (job position, address): the last job's wins.
    email: Option<(usize, String)>,
    /// (job position, items), put in job order at the end.
    items: Vec<(usize, Vec<ReviewItem>)>,
}

pub(super) fn absorb(
    analysis: &mut Analysis,
    inputs: &[Input],
    job: &Job,
    result: JobResult,
    options: &AnalysisOptions,
) {
    match result {
        Ok((JobOutcome::File(mut stats, items), email)) => {
            if email.is_some() {
                analysis.primary_email = email;
            }
            let tally = analysis.category_tallies.entry(stats.category).or_default();
            for (year, counts) in std::mem::take(&mut stats.stats.per_year) {
                tally.per_year.entry(year).or_default().add(counts);
            }
            if let Some(visibility) = stats.stats.visibility.take() {
                let mine = tally.visibility.get_or_insert_with(BTreeMap::new);
                for (value, count) in visibility {
                    *mine.entry(value).or_default() += count;
                }
            }
            analysis.files.push(stats);
            if options.collect_items {
                analysis.items.extend(items);
            }
        }
        Ok((JobOutcome::Unrecognised(file), _)) => analysis.unrecognised.push(file),
        Ok((JobOutcome::NotAnArticle, _)) => {}
        Err(error) => analysis.problems.push(Problem {
            path: inputs[job.input].entries()[job.entry].path.clone(),
            input: job.input,
            reason: error.to_string(),
        }),
    }
}

pub(super) fn progress_bar(enabled: bool, total: u64) -> indicatif::ProgressBar {
    if !enabled {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::with_draw_target(
        Some(total),
        indicatif::ProgressDrawTarget::stderr(),
    );
    if let Ok(style) = indicatif::ProgressStyle::with_template(
        "{spinner} {bar:30} {decimal_bytes}/{decimal_total_bytes} {elapsed}",
    ) {
        bar.set_style(style);
    }
    bar
}
