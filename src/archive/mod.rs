//! Opening the member's inputs: a LinkedIn data export as a zip (whatever its name) or as an
//! extracted folder. This module owns content detection (magic bytes, never the name),
//! listing entries under normalised logical paths, and reading entries in place — nothing is
//! ever extracted to disk — with resource limits enforced on the bytes actually delivered,
//! never on sizes declared in headers.
//!
//! A zip comes from any [`ByteSource`] (a file, bytes in memory, a browser file); a folder
//! only from disk. Zips are parsed once; every read clones the parsed [`zip::ZipArchive`] (its
//! directory sits behind an `Arc`) over a positional reader on one shared source, so many
//! threads can read different entries at once without re-parsing the central directory.

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

mod detect;
mod errors;
mod folder;
mod input;
mod limits;
mod listing;
mod repair;
mod source;
#[cfg(test)]
mod testing;
mod zip_reader;

pub use errors::{Damage, Detected, EntryError, EntryFault, InputError, Unsupported};
pub use input::{Input, input_identity, looks_like_complete};
pub use limits::{ArchiveLimits, LimitKind, ReadBudget};
pub use source::{ByteSource, FileSource};

/// An input to analyse.
#[derive(Clone)]
pub enum InputSpec {
    /// A zip or an extracted folder on disk (the command line).
    Path(PathBuf),
    /// A zip from any byte source; `name` is its file name (the export date may be in it).
    Source {
        name: String,
        source: Arc<dyn ByteSource>,
    },
}

impl fmt::Debug for InputSpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InputSpec::Path(path) => f.debug_tuple("Path").field(path).finish(),
            InputSpec::Source { name, source } => f
                .debug_struct("Source")
                .field("name", name)
                .field("len", &source.len())
                .finish(),
        }
    }
}

impl InputSpec {
    /// The path given, or the source's name as a path (for messages and the export date).
    pub fn path(&self) -> &Path {
        match self {
            InputSpec::Path(path) => path,
            InputSpec::Source { name, .. } => Path::new(name),
        }
    }
}

impl From<PathBuf> for InputSpec {
    fn from(path: PathBuf) -> Self {
        InputSpec::Path(path)
    }
}

/// What kind of input the member pointed to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum InputKind {
    Zip,
    Directory,
}

/// One readable file of an input.
#[derive(Clone, Debug)]
pub struct EntryInfo {
    /// Logical path inside the input: `/`-separated, one common top folder stripped, `\`
    /// turned into `/`, leading `/`, `.` and `..` components removed, non-UTF-8 decoded
    /// (lossily when flagged UTF-8, else as CP437, the zip default). Never used on disk;
    /// may contain control characters (display sanitising is done elsewhere).
    pub path: String,
    /// Declared uncompressed size (zip header or file length): for ordering only, never trusted.
    pub size: u64,
    /// Compressed size in the zip, capped at the bytes the file holds from the entry's data
    /// on (a header may claim more, to dodge the ratio limit); for folders the file length.
    pub compressed_size: u64,
    /// Zip: the extended-timestamp mtime (UTC) if present, else the DOS time (the zipping
    /// machine's local time). Folders: the file's mtime in UTC.
    pub modified: Option<jiff::civil::DateTime>,
    /// Zip: the CRC-32 the directory declares (with the size, the content's identity for
    /// finding copies of one file). Folders: none.
    pub crc32: Option<u32>,
}

impl EntryInfo {
    /// Last component of `path` (components never hold a `/`). A method rather than a
    /// field: 200,000 entries would keep 200,000 more strings.
    pub fn file_name(&self) -> &str {
        self.path.rsplit('/').next().unwrap_or(&self.path)
    }
}

/// An entry listed but not readable (encrypted, unsupported compression method, a symlink,
/// an unreadable file, a duplicate name…).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EntryProblem {
    /// Logical path as for [`EntryInfo::path`]; empty for a problem of the whole archive.
    pub path: String,
    pub reason: EntryFault,
}
