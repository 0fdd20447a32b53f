//! The listing of an input: logical paths (normalised, one common top folder stripped),
//! operating-system clutter skipped, duplicate paths reported.

use std::collections::HashSet;

use super::errors::EntryFault;
use super::{EntryInfo, EntryProblem};

/// Entries and problems of one input, before and after the top-folder strip.
#[derive(Default)]
pub(super) struct Listing {
    pub(super) entries: Vec<EntryInfo>,
    pub(super) problems: Vec<EntryProblem>,
    /// Zips inside the archive (their logical paths).
    pub(super) inner_zips: Vec<String>,
    /// Entries not read because they are encrypted or use a compression method not read.
    pub(super) undecodable: usize,
}

/// A listed item before the common top folder is stripped.
pub(super) struct Listed<S> {
    pub(super) components: Vec<String>,
    pub(super) outcome: Result<Candidate<S>, EntryFault>,
}

pub(super) struct Candidate<S> {
    pub(super) source: S,
    pub(super) size: u64,
    pub(super) compressed_size: u64,
    pub(super) modified: Option<jiff::civil::DateTime>,
    pub(super) crc32: Option<u32>,
}

/// Splits a stored name into logical components: `\` is a separator too; empty, `.`, `..`
/// and a leading drive letter (`C:`) are dropped.
pub(super) fn normalise(name: &str) -> Vec<String> {
    let mut components: Vec<String> = name
        .split(['/', '\\'])
        .filter(|c| !c.is_empty() && *c != "." && *c != "..")
        .map(str::to_owned)
        .collect();
    let drive = components.first().is_some_and(
        |first| matches!(first.as_bytes(), [letter, b':'] if letter.is_ascii_alphabetic()),
    );
    if drive && components.len() > 1 {
        components.remove(0);
    }
    components
}

/// Operating-system clutter, never part of an export: macOS resource forks and metadata,
/// hidden files, Windows thumbnails.
pub(super) fn is_clutter(components: &[String]) -> bool {
    components
        .iter()
        .any(|c| c.starts_with('.') || c == "__MACOSX")
        || components.last().is_some_and(|last| {
            last.eq_ignore_ascii_case("thumbs.db") || last.eq_ignore_ascii_case("desktop.ini")
        })
}

/// Strips one common top folder, removes duplicate paths (first kept), builds the listing.
pub(super) fn finish_listing<S>(
    listed: Vec<Listed<S>>,
    mut problems: Vec<EntryProblem>,
) -> (Listing, Vec<S>) {
    let strip = match listed.first().and_then(|l| l.components.first()) {
        Some(top) => listed
            .iter()
            .all(|l| l.components.len() >= 2 && l.components.first() == Some(top)),
        None => false,
    };
    let mut entries = Vec::new();
    let mut sources = Vec::new();
    let mut seen = HashSet::new();
    for item in listed {
        let components = if strip {
            item.components.get(1..).unwrap_or_default()
        } else {
            &item.components[..]
        };
        let path = components.join("/");
        match item.outcome {
            Err(reason) => problems.push(EntryProblem { path, reason }),
            Ok(candidate) => {
                if !seen.insert(path.clone()) {
                    problems.push(EntryProblem {
                        path,
                        reason: EntryFault::DuplicatePath,
                    });
                    continue;
                }
                entries.push(EntryInfo {
                    path,
                    size: candidate.size,
                    compressed_size: candidate.compressed_size,
                    modified: candidate.modified,
                    crc32: candidate.crc32,
                });
                sources.push(candidate.source);
            }
        }
    }
    (
        Listing {
            entries,
            problems,
            ..Listing::default()
        },
        sources,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::archive::testing::*;

    #[test]
    fn one_common_top_folder_is_stripped_and_directories_skipped() {
        let dir = tempfile::tempdir().unwrap();
        let bytes = zip_bytes(&[
            ("Export/", b""),
            ("Export/Profile.csv", b"p"),
            ("Export/Articles/", b""),
            ("Export/Articles/Articles/", b""),
            ("Export/Articles/Articles/my-post.html", b"<p>hi</p>"),
            ("__MACOSX/Export/._Profile.csv", b"junk"),
            ("Export/.DS_Store", b"junk"),
        ]);
        let input = open(&write_file(dir.path(), "rezipped.zip", &bytes));
        assert_eq!(
            paths(&input),
            ["Profile.csv", "Articles/Articles/my-post.html"]
        );
        assert_eq!(input.entries()[1].file_name(), "my-post.html");
        assert_eq!(read_all(&input, 1).unwrap(), b"<p>hi</p>");

        // Two top folders, or a file at the root: nothing is stripped.
        let bytes = zip_bytes(&[("Profile.csv", b"p"), ("Jobs/Saved Jobs.csv", b"j")]);
        let input = open(&write_file(dir.path(), "root.zip", &bytes));
        assert_eq!(paths(&input), ["Profile.csv", "Jobs/Saved Jobs.csv"]);
        let bytes = zip_bytes(&[("A/x.csv", b"p"), ("B/y.csv", b"j")]);
        let input = open(&write_file(dir.path(), "two.zip", &bytes));
        assert_eq!(paths(&input), ["A/x.csv", "B/y.csv"]);
    }

    #[test]
    fn duplicate_logical_paths_keep_the_first() {
        let dir = tempfile::tempdir().unwrap();
        let bytes = zip_bytes(&[
            ("Profile.csv", b"first"),
            ("/Profile.csv", b"second"),
            ("./Profile.csv", b"third"),
            ("Skills.csv", b"s"),
        ]);
        let input = open(&write_file(dir.path(), "dup.zip", &bytes));
        assert_eq!(paths(&input), ["Profile.csv", "Skills.csv"]);
        assert_eq!(read_all(&input, 0).unwrap(), b"first");
        assert_eq!(read_all(&input, 1).unwrap(), b"s");
        assert_eq!(
            input.problems(),
            [
                EntryProblem {
                    path: "Profile.csv".into(),
                    reason: EntryFault::DuplicatePath
                },
                EntryProblem {
                    path: "Profile.csv".into(),
                    reason: EntryFault::DuplicatePath
                },
            ]
        );
    }
}
