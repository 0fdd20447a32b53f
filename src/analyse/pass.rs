//! The pass itself: the profile first, then every other entry, on the thread pool or one after
//! the other, each result absorbed into the analysis as soon as it is ready.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};

use super::Problem;
use crate::archive::{self, Input, InputSpec, ReadBudget};
use crate::catalog::CategoryId;
use crate::memory;
use crate::report::Warning;

use super::entries::{FileFigures, JobOutcome, JobResult, SharedFacts, run_job};
use super::error::{AnalysisError, nothing_recognised};
use super::planning::{EntryRef, Job, Plan, PlannedJobs, export_date, plan_jobs};
use super::profile::ProfileFacts;
use super::statistics::{Analysis, FileStats, ReviewItem};
use super::{AnalysisOptions, Parallelism, Progress};

/// Runs the whole pass over `paths`, telling `progress` how far it got.
pub fn analyse(
    paths: &[InputSpec],
    options: &AnalysisOptions,
    progress: &dyn Progress,
) -> Result<Analysis, AnalysisError> {
    let inputs = open_inputs(paths, options)?;
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
    one_member(&inputs, options)?;
    let PlannedJobs {
        jobs,
        in_other_inputs,
        identical_copies,
    } = plan_jobs(&inputs);
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
    progress.start(other_jobs.iter().map(|job| job.size).sum());
    for (job, result) in outcomes {
        absorb(&mut analysis, &inputs, &job, result, options);
    }
    let pass = Pass {
        inputs: &inputs,
        shared: &shared,
        options,
        progress,
        state: Mutex::new(Absorbed {
            analysis,
            email: None,
            items: Vec::new(),
        }),
    };
    match options.parallelism {
        Parallelism::Parallel => pass.in_parallel(other_jobs),
        Parallelism::Sequential => pass.in_sequence(other_jobs),
    }
    progress.finish();
    let mut analysis = pass.finish();
    analysis.other_names =
        std::mem::take(&mut *shared.names.lock().unwrap_or_else(PoisonError::into_inner));
    mark_identical_copies(&mut analysis, &inputs, &identical_copies);
    // A file in several inputs (Basic and Complete archives) was read once: the run says so
    // in one line, not one warning per file.
    analysis.files_in_several_inputs = in_other_inputs.len();
    put_in_order(&mut analysis);
    analysis.export_date = export_date(&inputs);
    Ok(analysis)
}

/// Opens every input; the same folder or zip given twice (through any path) is read once.
fn open_inputs(
    paths: &[InputSpec],
    options: &AnalysisOptions,
) -> Result<Vec<Input>, AnalysisError> {
    let budget = ReadBudget::new(options.archive_limits);
    let mut inputs = Vec::with_capacity(paths.len());
    // The same folder or zip given twice (through any path) is read once.
    let mut identities = std::collections::HashSet::new();
    for path in paths {
        if let InputSpec::Path(path) = path
            && let Some(identity) = archive::input_identity(path)
            && !identities.insert(identity)
        {
            continue;
        }
        inputs.push(Input::open(path, Arc::clone(&budget))?);
    }
    Ok(inputs)
}

/// Several inputs must be the exports of one member (their profile names or e-mail addresses).
fn one_member(inputs: &[Input], options: &AnalysisOptions) -> Result<(), AnalysisError> {
    if inputs.len() < 2 {
        return Ok(());
    }
    let owners: Vec<_> = inputs
        .iter()
        .map(|input| crate::identity::owner(input, options.reader_limits))
        .collect();
    match crate::identity::different_members(&owners) {
        Some((first, second)) => {
            let path = |index: usize| inputs[index].path().display().to_string();
            let label = |index: usize| owners[index].label().unwrap_or_default().to_owned();
            Err(AnalysisError::TwoMembers {
                first_path: path(first),
                first: label(first),
                second_path: path(second),
                second: label(second),
            })
        }
        None => Ok(()),
    }
}

/// The jobs after the profile's, and what they fill.
struct Pass<'a> {
    inputs: &'a [Input],
    shared: &'a SharedFacts,
    options: &'a AnalysisOptions,
    progress: &'a dyn Progress,
    state: Mutex<Absorbed>,
}

/// What the pass fills, behind one lock.
struct Absorbed {
    analysis: Analysis,
    /// The primary e-mail address and the position of the job that found it: the last job's
    /// wins, as in a sequential pass.
    email: Option<PositionedEmail>,
    /// Each job's review items with its position, put in job order at the end.
    items: Vec<PositionedItems>,
}

struct PositionedEmail {
    position: usize,
    address: String,
}

struct PositionedItems {
    position: usize,
    items: Vec<ReviewItem>,
}

impl Pass<'_> {
    /// Every job on rayon's pool. Each worker may hold a few MB (src/memory.rs): their number
    /// is capped, so that the memory bound holds on a machine of any size.
    fn in_parallel(&self, jobs: Vec<Job>) {
        use rayon::prelude::*;
        let run = || {
            jobs.into_par_iter()
                .enumerate()
                .for_each(|(position, job)| self.run(position, &job));
        };
        let pool = (rayon::current_num_threads() > memory::MAX_WORKERS)
            .then(|| {
                rayon::ThreadPoolBuilder::new()
                    .num_threads(memory::MAX_WORKERS)
                    .build()
                    .ok()
            })
            .flatten();
        match pool {
            Some(pool) => pool.install(run),
            None => run(),
        }
    }

    /// Every job in turn on this thread.
    fn in_sequence(&self, jobs: Vec<Job>) {
        for (position, job) in jobs.iter().enumerate() {
            self.run(position, job);
        }
    }

    /// Runs one job and absorbs its result at once: with 200,000 entries, holding every result
    /// and then every file at once doubled the memory. Completion order varies, so what
    /// depends on order is keyed by the job's position: the e-mail and the review-list items.
    fn run(&self, position: usize, job: &Job) {
        let mut email = None;
        let mut unused_profile = ProfileFacts::default();
        let result = run_job(
            self.inputs,
            job,
            self.shared,
            self.options,
            &mut unused_profile,
            &mut email,
        );
        self.progress.advance(job.size);
        let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(address) = email
            && state
                .email
                .as_ref()
                .is_none_or(|last| last.position < position)
        {
            state.email = Some(PositionedEmail { position, address });
        }
        let result = match result {
            Ok(JobOutcome::File(mut file)) => {
                let items = std::mem::take(&mut file.figures.items);
                if self.options.collect_items && !items.is_empty() {
                    state.items.push(PositionedItems { position, items });
                }
                Ok(JobOutcome::File(file))
            }
            other => other,
        };
        absorb(&mut state.analysis, self.inputs, job, result, self.options);
    }

    /// The analysis, with the e-mail address and the review items in job order.
    fn finish(self) -> Analysis {
        let Absorbed {
            mut analysis,
            email,
            mut items,
        } = self
            .state
            .into_inner()
            .unwrap_or_else(PoisonError::into_inner);
        if let Some(email) = email {
            analysis.primary_email = Some(email.address);
        }
        items.sort_by_key(|positioned| positioned.position);
        analysis
            .items
            .extend(items.into_iter().flat_map(|positioned| positioned.items));
        analysis
    }
}

/// Warns on each file read whose identical copy elsewhere in its input was left out.
fn mark_identical_copies(analysis: &mut Analysis, inputs: &[Input], copies: &[EntryRef]) {
    // One lookup table, not a scan of every file per copy (two inputs of 200,000).
    let mut by_path: HashMap<String, usize> = HashMap::new();
    for (index, file) in analysis.files.iter().enumerate() {
        by_path
            .entry(file.path.to_ascii_lowercase())
            .or_insert(index);
    }
    for copy in copies {
        let found = inputs
            .get(copy.input)
            .and_then(|i| i.entries().get(copy.entry))
            .and_then(|e| by_path.get(&e.path.to_ascii_lowercase()))
            .and_then(|&index| analysis.files.get_mut(index));
        if let Some(file) = found {
            file.warnings.push(Warning::IdenticalCopy);
        }
    }
}

/// Files, unknown files and problems by input and path, review items by category, date, link:
/// whatever order the jobs completed in.
fn put_in_order(analysis: &mut Analysis) {
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
}

fn absorb(
    analysis: &mut Analysis,
    inputs: &[Input],
    job: &Job,
    result: JobResult,
    options: &AnalysisOptions,
) {
    match result {
        Ok(JobOutcome::File(file)) => {
            let FileFigures {
                stats,
                warnings,
                items,
            } = file.figures;
            let tally = analysis.category_tallies.entry(file.category).or_default();
            let file = FileStats::new(file.input, file.path, file.category, stats, warnings, tally);
            analysis.files.push(file);
            if options.collect_items {
                analysis.items.extend(items);
            }
        }
        Ok(JobOutcome::Unrecognised(file)) => analysis.unrecognised.push(file),
        Ok(JobOutcome::NotAnArticle) => {}
        Err(error) => analysis.problems.push(Problem {
            path: inputs[job.input].entries()[job.entry].path.clone(),
            input: job.input,
            reason: archive::EntryFault::from_error(&error),
        }),
    }
}
