//! Why an input cannot be analysed at all, and why one entry could not be read.

use std::io;
use std::path::{Path, PathBuf};

use super::limits::LimitKind;

/// Problems reading one entry, found while reading: a limit, a bad CRC / corrupt data, I/O.
#[derive(Debug, thiserror::Error)]
pub enum EntryError {
    #[error("{}", limit_message(*kind, *limit))]
    Limit { kind: LimitKind, limit: u64 },
    #[error("the data is damaged ({0}); download the archive again")]
    Corrupt(String),
    #[error("cannot be read: {0}")]
    Unsupported(String),
    #[error("no entry number {0} in this input")]
    NoSuchEntry(usize),
    /// An I/O error, or an error the caller's closure returned itself (passed through unchanged).
    #[error("read error: {0}")]
    Io(#[from] io::Error),
}

pub(super) fn limit_message(kind: LimitKind, limit: u64) -> String {
    match kind {
        LimitKind::Ratio => format!(
            "stopped: it inflates more than {limit}× its compressed size, like a zip bomb \
             (raise {} if the file is genuine)",
            kind.flag()
        ),
        LimitKind::Entries => format!(
            "stopped: more than {limit} entries (raise {} if genuine)",
            kind.flag()
        ),
        LimitKind::TotalBytes => format!(
            "stopped: all inputs together exceed {limit} bytes (raise {} if genuine)",
            kind.flag()
        ),
        LimitKind::EntryBytes => format!(
            "stopped: the entry exceeds {limit} bytes (raise {} if genuine)",
            kind.flag()
        ),
        LimitKind::Records => format!(
            "stopped: the file has more than {limit} records (raise {} if genuine)",
            kind.flag()
        ),
        LimitKind::ArticleBytes => format!(
            "not read: the article pages before it exceed {limit} bytes (raise {} if genuine)",
            kind.flag()
        ),
        LimitKind::CpuSeconds => format!(
            "stopped: the analysis used {limit} s of CPU time, more than any real export needs \
             (raise {} if genuine)",
            kind.flag()
        ),
    }
}

/// Why an input cannot be analysed at all (exit 2). Display is one line: what, where, what to do.
/// Paths are shown in quotes with control characters escaped, so the line stays one line.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    #[error(
        "\"{}\" does not exist: give the path of the LinkedIn export .zip or of the folder it was extracted to",
        shown(path)
    )]
    NotFound { path: PathBuf },
    #[error(
        "\"{}\" is empty: download your LinkedIn data export again",
        shown(path)
    )]
    Empty { path: PathBuf },
    #[error(
        "\"{}\" is an incomplete download: download the archive again from LinkedIn (Settings & Privacy > Data privacy > Get a copy of your data)",
        shown(path)
    )]
    IncompleteDownload { path: PathBuf },
    #[error(
        "\"{}\" is {detected}, not a LinkedIn data export: point to the whole .zip you downloaded or to the folder you extracted it to",
        shown(path)
    )]
    NotAnArchive {
        path: PathBuf,
        detected: &'static str,
    },
    #[error(
        "\"{}\" is a report written by linkedin-exposure, not an export: give the LinkedIn data export it was made from (the .zip you downloaded, or the folder you extracted it to)",
        shown(path)
    )]
    OwnReport { path: PathBuf },
    #[error(
        "\"{}\" is a damaged zip archive ({detail}): download it again from LinkedIn",
        shown(path)
    )]
    Corrupt { path: PathBuf, detail: String },
    #[error(
        "\"{}\" is a zip this tool cannot read ({detail}): extract it with your system's archive tool and point to the extracted folder",
        shown(path)
    )]
    Unsupported { path: PathBuf, detail: String },
    #[error(
        "\"{}\" has more than {limit} entries, far more than a LinkedIn export: check the path, or raise --max-entries if it is genuine",
        shown(path)
    )]
    TooManyEntries { path: PathBuf, limit: usize },
    #[error(
        "\"{}\" cannot be read ({source}): check that it exists and that you may read it",
        shown(path)
    )]
    Unreadable { path: PathBuf, source: io::Error },
}

/// A path for a one-line message: as displayed by the platform (Windows keeps single
/// backslashes), with control and bidirectional-formatting characters escaped so a crafted
/// name can neither break the line nor reorder it.
pub(super) fn shown(path: &Path) -> String {
    let mut out = String::new();
    for c in path.display().to_string().chars() {
        let bidi = matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
        if c.is_control() || bidi {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::archive::ArchiveLimits;

    #[test]
    fn limit_flags_and_one_line_messages() {
        assert_eq!(
            [
                LimitKind::TotalBytes,
                LimitKind::EntryBytes,
                LimitKind::Ratio,
                LimitKind::Entries,
                LimitKind::Records
            ]
            .map(|k| k.flag()),
            [
                "--max-total-bytes",
                "--max-entry-bytes",
                "--max-ratio",
                "--max-entries",
                "--max-records"
            ]
        );
        assert_eq!(
            EntryError::Limit {
                kind: LimitKind::Records,
                limit: 10
            }
            .to_string(),
            "stopped: the file has more than 10 records (raise --max-records if genuine)"
        );
        let path = PathBuf::from("/tmp/evil\nname.zip");
        let errors = [
            InputError::NotFound { path: path.clone() },
            InputError::Empty { path: path.clone() },
            InputError::IncompleteDownload { path: path.clone() },
            InputError::NotAnArchive {
                path: path.clone(),
                detected: "a PDF",
            },
            InputError::Corrupt {
                path: path.clone(),
                detail: "x".into(),
            },
            InputError::Unsupported {
                path: path.clone(),
                detail: "x".into(),
            },
            InputError::TooManyEntries {
                path: path.clone(),
                limit: 3,
            },
            InputError::Unreadable {
                path: path.clone(),
                source: io::Error::other("denied"),
            },
        ];
        for error in errors {
            let message = error.to_string();
            assert!(!message.contains('\n'), "{message}");
            assert!(
                message.starts_with("\"/tmp/evil\\u{a}name.zip\" "),
                "{message}"
            );
        }
        let defaults = ArchiveLimits::default();
        assert_eq!(
            (
                defaults.max_total_bytes,
                defaults.max_entry_bytes,
                defaults.max_ratio,
                defaults.max_entries
            ),
            (3 << 29, 1 << 30, 1000, 200_000)
        );
    }
}
