//! Which entry of which input is read, and how: one copy of every logical file, largest first.

use std::collections::HashMap;

use crate::archive::{self, Input, InputKind};
use crate::catalog::{self, FileSpec};

use super::statistics::ExportDateSource;

/// What kind of entry, and what to do with it.
#[derive(Clone, Copy, Debug)]
pub(super) enum Plan {
    Csv(&'static FileSpec),
    UnknownCsv,
    MaybeArticle,
}

#[derive(Clone, Debug)]
pub(super) struct Job {
    pub(super) input: usize,
    pub(super) entry: usize,
    pub(super) size: u64,
    pub(super) plan: Plan,
}

/// One entry of one input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct EntryRef {
    pub(super) input: usize,
    pub(super) entry: usize,
}

/// What to read, and the copies left out.
#[derive(Debug, Default)]
pub(super) struct PlannedJobs {
    /// Largest first.
    pub(super) jobs: Vec<Job>,
    /// Copies of a file skipped because another input had it too (merged archives).
    pub(super) in_other_inputs: Vec<EntryRef>,
    /// Identical copies within one input, each given as the entry that was read instead.
    pub(super) identical_copies: Vec<EntryRef>,
}

/// Chooses, for every logical file, the one copy to read: the Complete archive's when the
/// names tell, else the last input's; within one input, files of one name in several folders
/// all count unless they hold the same bytes (a flattened copy).
pub(super) fn plan_jobs(inputs: &[Input]) -> PlannedJobs {
    let rank = |input: &Input| match archive::looks_like_complete(input.path()) {
        Some(true) => 2,
        None => 1,
        Some(false) => 0,
    };
    let mut chosen: HashMap<String, Job> = HashMap::new();
    let mut skipped = Vec::new();
    let mut copies = Vec::new();
    // Per (input, lower-case name) met more than once in one input: the entries of that name
    // read so far. Only names that repeat are kept (200,000 distinct names cost nothing).
    let mut same_name: HashMap<(usize, String), Vec<usize>> = HashMap::new();
    for (input_index, input) in inputs.iter().enumerate() {
        for (entry_index, entry) in input.entries().iter().enumerate() {
            let plan = if catalog::is_csv(entry.file_name()) {
                match catalog::lookup(entry.file_name()) {
                    Some(spec) => Plan::Csv(spec),
                    None => Plan::UnknownCsv,
                }
            } else if catalog::is_html(entry.file_name()) {
                Plan::MaybeArticle
            } else {
                continue;
            };
            let job = Job {
                input: input_index,
                entry: entry_index,
                size: entry.size,
                plan,
            };
            let key = entry.file_name().to_lowercase();
            match chosen.get(&key) {
                Some(existing) if existing.input == input_index => {
                    let read_here = same_name
                        .entry((input_index, key.clone()))
                        .or_insert_with(|| vec![existing.entry]);
                    if let Some(&original) = read_here
                        .iter()
                        .find(|&&earlier| input.same_content(earlier, entry_index))
                    {
                        // A copy of a file already read from this input (a backup folder).
                        copies.push(EntryRef {
                            input: input_index,
                            entry: original,
                        });
                        continue;
                    }
                    read_here.push(entry_index);
                    // The same name twice in one input, different content (parts of a split
                    // file, folders flattened into one): both count.
                    chosen.insert(format!("{key}\u{0}{input_index}:{entry_index}"), job);
                }
                Some(existing) if rank(&inputs[existing.input]) > rank(input) => {
                    skipped.push(EntryRef {
                        input: input_index,
                        entry: entry_index,
                    });
                }
                Some(existing) => {
                    skipped.push(EntryRef {
                        input: existing.input,
                        entry: existing.entry,
                    });
                    chosen.insert(key, job);
                }
                None => {
                    chosen.insert(key, job);
                }
            }
        }
    }
    let mut jobs: Vec<Job> = chosen.into_values().collect();
    // Largest first, so the longest entry does not start last; ties in a fixed order.
    jobs.sort_by(|a, b| {
        b.size
            .cmp(&a.size)
            .then((a.input, a.entry).cmp(&(b.input, b.entry)))
    });
    PlannedJobs {
        jobs,
        in_other_inputs: skipped,
        identical_copies: copies,
    }
}

/// The export's date candidates: the archive names' date, else the zip entries' latest time
/// (never a folder's file times: they are the day of the copy). `build` checks them against
/// the run's date and falls back to the latest record.
pub(super) fn export_date(inputs: &[Input]) -> Option<(jiff::civil::Date, ExportDateSource)> {
    let named = inputs
        .iter()
        .filter_map(|input| {
            input
                .path()
                .file_name()
                .and_then(|name| crate::dates::date_from_archive_name(&name.to_string_lossy()))
        })
        .max();
    if let Some(date) = named {
        return Some((date, ExportDateSource::ArchiveName));
    }
    inputs
        .iter()
        .filter(|input| input.kind() == InputKind::Zip)
        .flat_map(|input| input.entries().iter().filter_map(|e| e.modified))
        .max()
        .map(|datetime| (datetime.date(), ExportDateSource::ArchiveEntries))
}
