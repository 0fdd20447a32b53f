//! Why nothing could be analysed, as precisely as the inputs tell.

use crate::archive::{self, Input, InputKind, InputSpec};

/// Why nothing could be analysed. The member reads it through `engine::EngineError::localised`
/// (the English text lives in locales/en.ftl, not here).
#[derive(Debug)]
pub enum AnalysisError {
    /// The input itself cannot be opened or read.
    Input(archive::InputError),
    /// No file of a LinkedIn export in it.
    NothingRecognised { path: String },
    /// Two inputs belong to different members (their profile names or e-mail addresses).
    TwoMembers {
        first_path: String,
        first: String,
        second_path: String,
        second: String,
    },
    /// Every entry uses a compression method or an encryption this tool cannot read.
    Undecodable { path: String },
    /// A zip holding another zip and no LinkedIn file of its own.
    NestedZip { path: String, inner: String },
    /// None of its files could be read.
    NothingReadable {
        path: String,
        count: usize,
        /// The first file's reason.
        detail: archive::EntryFault,
    },
    /// A folder holding export zips rather than an export.
    FolderOfZips {
        path: String,
        /// At most [`ZIPS_NAMED`] names, newest first.
        zips: Vec<String>,
        /// How many zips the folder holds in all.
        count: usize,
        newest: String,
    },
}

impl From<archive::InputError> for AnalysisError {
    fn from(error: archive::InputError) -> Self {
        AnalysisError::Input(error)
    }
}

/// Zips named at most when a folder of zips is given instead of an export.
pub const ZIPS_NAMED: usize = 5;

/// Why nothing was recognised, as precisely as the inputs tell: every entry undecodable, a zip
/// inside the zip, a folder (Downloads) holding export zips, or nothing LinkedIn at all.
pub(super) fn nothing_recognised(paths: &[InputSpec], inputs: &[Input]) -> AnalysisError {
    let shown = |path: &std::path::Path| path.display().to_string();
    for input in inputs {
        if input.undecodable_entries() > 0 {
            return AnalysisError::Undecodable {
                path: shown(input.path()),
            };
        }
    }
    for input in inputs {
        if let Some(inner) = input.inner_zips().first() {
            return AnalysisError::NestedZip {
                path: shown(input.path()),
                inner: inner.clone(),
            };
        }
    }
    for input in inputs {
        if input.entries().is_empty()
            && let Some(first) = input.problems().first()
        {
            return AnalysisError::NothingReadable {
                path: shown(input.path()),
                count: input.problems().len(),
                detail: first.reason.clone(),
            };
        }
    }
    for input in inputs {
        let mut zips: Vec<&archive::EntryInfo> = input
            .entries()
            .iter()
            .filter(|entry| entry.file_name().to_lowercase().ends_with(".zip"))
            .collect();
        if input.kind() != InputKind::Directory || zips.is_empty() {
            continue;
        }
        // Newest first: by the export date in the name (LinkedIn's), then by file time.
        zips.sort_by_key(|entry| {
            std::cmp::Reverse((
                crate::dates::date_from_archive_name(entry.file_name()),
                entry.modified,
            ))
        });
        let count = zips.len();
        let names: Vec<String> = zips.iter().map(|entry| entry.path.clone()).collect();
        return AnalysisError::FolderOfZips {
            path: shown(input.path()),
            newest: input.path().join(&names[0]).display().to_string(),
            zips: names.into_iter().take(ZIPS_NAMED).collect(),
            count,
        };
    }
    let path = paths
        .first()
        .map(|p| p.path().display().to_string())
        .unwrap_or_default();
    AnalysisError::NothingRecognised { path }
}
