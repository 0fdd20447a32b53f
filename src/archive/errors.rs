//! Why an input cannot be analysed at all ([`InputError`]), why one entry could not be read
//! ([`EntryError`] while reading, [`EntryFault`] as listed), as typed values with data. The
//! member reads them only through the message files (`locales/*.ftl`); `Display` and the JSON
//! report use the English messages.

use std::fmt;
use std::io;
use std::path::PathBuf;
use std::sync::OnceLock;

use super::limits::LimitKind;
use crate::i18n::{Arg, Messages};
use crate::sanitize;

/// The English messages, for `Display` and the JSON report.
pub(super) fn english() -> &'static Messages {
    static ENGLISH: OnceLock<Messages> = OnceLock::new();
    ENGLISH.get_or_init(|| Messages::new("en"))
}

/// What a file that is not a zip turned out to be, from its first bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Detected {
    Pdf,
    Text,
    Html,
    Gzip,
    SevenZip,
    Rar,
    Tar,
    /// A pipe or a device, not a regular file.
    Device,
    Unknown,
}

impl Detected {
    /// The suffix of its message id (`detected-…`).
    pub fn id(self) -> &'static str {
        match self {
            Detected::Pdf => "pdf",
            Detected::Text => "text",
            Detected::Html => "html",
            Detected::Gzip => "gzip",
            Detected::SevenZip => "7z",
            Detected::Rar => "rar",
            Detected::Tar => "tar",
            Detected::Device => "device",
            Detected::Unknown => "unknown",
        }
    }
}

/// What is damaged in a zip or in one entry's data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Damage {
    /// The data does not match the checksum the directory declares.
    Checksum,
    /// The compressed data cannot be inflated.
    CompressedData,
    /// The file ends before the data does.
    CutShort,
    /// The table of contents (central directory) does not hold together.
    Directory,
}

impl Damage {
    /// The damage an error of the zip reader or of the inflater stands for (they say it in
    /// their error kinds, and the checksum only in their text).
    pub(super) fn of_io(error: &io::Error) -> Damage {
        match error.kind() {
            io::ErrorKind::UnexpectedEof => Damage::CutShort,
            _ if error.to_string().to_lowercase().contains("checksum") => Damage::Checksum,
            _ => Damage::CompressedData,
        }
    }

    fn id(self) -> &'static str {
        match self {
            Damage::Checksum => "damage-checksum",
            Damage::CompressedData => "damage-compressed-data",
            Damage::CutShort => "damage-cut-short",
            Damage::Directory => "damage-directory",
        }
    }
}

/// What of a zip, or of one entry, this tool does not read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unsupported {
    /// A zip feature the zip reader refuses (multi-disk archives, some encryptions).
    Feature,
    /// A table of contents larger than `limit` entries would take (`megabytes` or, below one
    /// megabyte, `kilobytes`, rounded up).
    Directory {
        bytes: u64,
        limit: usize,
    },
    /// A compression method, as the zip reader names it.
    Method(String),
    Encrypted,
    SymbolicLink,
}

impl Unsupported {
    fn message(&self, messages: &Messages) -> String {
        match self {
            Unsupported::Feature => messages.get("unsupported-feature"),
            Unsupported::Directory { bytes, limit } => {
                let (unit, size) = if *bytes >= 1_000_000 {
                    ("mb", bytes.div_ceil(1_000_000))
                } else {
                    ("kb", bytes.div_ceil(1_000))
                };
                messages.format(
                    "unsupported-directory",
                    &[
                        ("unit", Arg::Text(unit)),
                        ("size", Arg::Num(size)),
                        ("limit", Arg::Num(*limit as u64)),
                    ],
                )
            }
            Unsupported::Method(method) => messages.format(
                "unsupported-method",
                &[("method", Arg::Text(&sanitize::for_terminal(method)))],
            ),
            Unsupported::Encrypted => messages.get("unsupported-encrypted"),
            Unsupported::SymbolicLink => messages.get("entry-symbolic-link"),
        }
    }
}

/// Problems reading one entry, found while reading: a limit, a bad CRC / corrupt data, I/O.
#[derive(Debug)]
pub enum EntryError {
    Limit {
        kind: LimitKind,
        limit: u64,
    },
    Corrupt(Damage),
    Unsupported(Unsupported),
    NoSuchEntry(usize),
    /// An I/O error, or an error the caller's closure returned itself (passed through unchanged).
    Io(io::Error),
}

impl From<io::Error> for EntryError {
    fn from(error: io::Error) -> Self {
        EntryError::Io(error)
    }
}

impl std::error::Error for EntryError {}

impl fmt::Display for EntryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&EntryFault::from_error(self).message(english()))
    }
}

/// Why an entry is not read, found while listing the input or while reading the entry: what
/// the member reads in the list of files left out of the figures.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EntryFault {
    /// A name of this many bytes, far longer than any LinkedIn file's.
    NameTooLong {
        bytes: usize,
    },
    /// Nothing left of the name once `/`, `.` and `..` are dropped.
    NoName,
    SymbolicLink,
    Encrypted,
    /// A compression method other than stored and deflate, as the zip reader names it.
    Method(String),
    /// A zip inside the archive.
    NestedZip,
    /// Its data overlaps another entry's (a zip-bomb trick).
    Overlap,
    /// Entries under byte-identical names (a problem of the whole archive).
    DuplicateNames,
    /// Another entry has the same logical path; the first one is read.
    DuplicatePath,
    /// A folder that cannot be listed (the system's words).
    FolderUnreadable(String),
    /// A folder listed only in part (the system's words).
    FolderIncomplete(String),
    /// A file that cannot be opened (the system's words).
    Unreadable(String),
    FolderTooDeep,
    /// A pipe, a socket or a device inside a folder.
    NotRegular,
    /// A limit stopped the read.
    Limit {
        kind: LimitKind,
        limit: u64,
    },
    Damaged(Damage),
    Unsupported(Unsupported),
    NoSuchEntry(usize),
    /// An error reading (the system's words).
    Read(String),
}

impl EntryFault {
    /// The fault a read error stands for.
    pub fn from_error(error: &EntryError) -> EntryFault {
        match error {
            EntryError::Limit { kind, limit } => EntryFault::Limit {
                kind: *kind,
                limit: *limit,
            },
            EntryError::Corrupt(damage) => EntryFault::Damaged(*damage),
            EntryError::Unsupported(what) => EntryFault::Unsupported(what.clone()),
            EntryError::NoSuchEntry(index) => EntryFault::NoSuchEntry(*index),
            EntryError::Io(error) => EntryFault::Read(error.to_string()),
        }
    }

    /// One line in the member's language (system texts and names made terminal-safe).
    pub fn message(&self, messages: &Messages) -> String {
        let system = |id: &str, detail: &str| {
            messages.format(
                id,
                &[("detail", Arg::Text(&sanitize::for_terminal(detail)))],
            )
        };
        match self {
            EntryFault::NameTooLong { bytes } => {
                messages.format("entry-name-too-long", &[("bytes", Arg::Num(*bytes as u64))])
            }
            EntryFault::NoName => messages.get("entry-no-name"),
            EntryFault::SymbolicLink => messages.get("entry-symbolic-link"),
            EntryFault::Encrypted => messages.get("entry-encrypted"),
            EntryFault::Method(method) => messages.format(
                "entry-method",
                &[("method", Arg::Text(&sanitize::for_terminal(method)))],
            ),
            EntryFault::NestedZip => messages.get("entry-nested-zip"),
            EntryFault::Overlap => messages.get("entry-overlap"),
            EntryFault::DuplicateNames => messages.get("entry-duplicate-names"),
            EntryFault::DuplicatePath => messages.get("entry-duplicate-path"),
            EntryFault::FolderUnreadable(detail) => system("entry-folder-unreadable", detail),
            EntryFault::FolderIncomplete(detail) => system("entry-folder-incomplete", detail),
            EntryFault::Unreadable(detail) => system("entry-unreadable", detail),
            EntryFault::FolderTooDeep => messages.get("entry-folder-too-deep"),
            EntryFault::NotRegular => messages.get("entry-not-regular"),
            EntryFault::Limit { kind, limit } => limit_message(*kind, *limit, messages),
            EntryFault::Damaged(damage) => messages.format(
                "entry-damaged",
                &[("detail", Arg::Text(&messages.get(damage.id())))],
            ),
            EntryFault::Unsupported(what) => messages.format(
                "entry-unsupported",
                &[("detail", Arg::Text(&what.message(messages)))],
            ),
            EntryFault::NoSuchEntry(index) => {
                messages.format("entry-no-such-entry", &[("index", Arg::Num(*index as u64))])
            }
            EntryFault::Read(detail) => system("entry-read-error", detail),
        }
    }
}

impl fmt::Display for EntryFault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(english()))
    }
}

/// In the JSON report: the English message, as the report has always carried it.
impl serde::Serialize for EntryFault {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.message(english()))
    }
}

/// The message of a limit hit: what stopped, and the option that raises the limit.
pub(super) fn limit_message(kind: LimitKind, limit: u64, messages: &Messages) -> String {
    let id = match kind {
        LimitKind::Ratio => "limit-ratio",
        LimitKind::Entries => "limit-entries",
        LimitKind::TotalBytes => "limit-total-bytes",
        LimitKind::EntryBytes => "limit-entry-bytes",
        LimitKind::Records => "limit-records",
        LimitKind::ArticleBytes => "limit-article-bytes",
        LimitKind::CpuSeconds => "limit-cpu-seconds",
    };
    messages.format(
        id,
        &[("limit", Arg::Num(limit)), ("flag", Arg::Text(kind.flag()))],
    )
}

/// Why an input cannot be analysed at all (exit 2). Its message is one line: what, where,
/// what to do.
#[derive(Debug)]
pub enum InputError {
    NotFound { path: PathBuf },
    Empty { path: PathBuf },
    IncompleteDownload { path: PathBuf },
    NotAnArchive { path: PathBuf, detected: Detected },
    OwnReport { path: PathBuf },
    Corrupt { path: PathBuf, damage: Damage },
    Unsupported { path: PathBuf, what: Unsupported },
    TooManyEntries { path: PathBuf, limit: usize },
    Unreadable { path: PathBuf, source: io::Error },
}

impl InputError {
    /// The one-line message in the member's language. Paths are shown in quotes with control
    /// and bidirectional-formatting characters removed, so the line stays one line and reads
    /// as it is.
    pub fn message(&self, messages: &Messages) -> String {
        let shown = |path: &std::path::Path| sanitize::for_terminal(&path.display().to_string());
        let with_path = |id: &str, path: &std::path::Path| {
            messages.format(id, &[("path", Arg::Text(&shown(path)))])
        };
        let with_detail = |id: &str, path: &std::path::Path, detail: &str| {
            messages.format(
                id,
                &[
                    ("path", Arg::Text(&shown(path))),
                    ("detail", Arg::Text(&sanitize::for_terminal(detail))),
                ],
            )
        };
        match self {
            InputError::NotFound { path } => with_path("error-not-found", path),
            InputError::Empty { path } => with_path("error-empty", path),
            InputError::IncompleteDownload { path } => with_path("error-incomplete", path),
            InputError::NotAnArchive { path, detected } => {
                let what = messages.get(&format!("detected-{}", detected.id()));
                with_detail("error-not-an-archive", path, &what)
            }
            InputError::OwnReport { path } => with_path("error-own-report", path),
            InputError::Corrupt { path, damage } => {
                with_detail("error-corrupt", path, &messages.get(damage.id()))
            }
            InputError::Unsupported { path, what } => {
                with_detail("error-unsupported", path, &what.message(messages))
            }
            InputError::TooManyEntries { path, limit } => messages.format(
                "error-too-many-entries",
                &[
                    ("path", Arg::Text(&shown(path))),
                    ("limit", Arg::Num(*limit as u64)),
                ],
            ),
            InputError::Unreadable { path, source } => {
                with_detail("error-unreadable", path, &source.to_string())
            }
        }
    }
}

impl std::error::Error for InputError {}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(english()))
    }
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
                detected: Detected::Pdf,
            },
            InputError::Corrupt {
                path: path.clone(),
                damage: Damage::Directory,
            },
            InputError::Unsupported {
                path: path.clone(),
                what: Unsupported::Feature,
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
            assert!(message.starts_with("\"/tmp/evil name.zip\" "), "{message}");
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
