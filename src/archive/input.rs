//! One opened input, zip or folder: its listing, and reading its entries in place under the
//! run's limits.

use std::fmt;
use std::fs::File;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use zip::ZipArchive;

use super::errors::{Detected, EntryError, InputError, Unsupported};
use super::folder::list_directory;
use super::limits::{ErrorOrigin, LimitedReader, ReadBudget};
use super::listing::Listing;
use super::source::{ByteSource, FileSource, SharedSource, compressed_bytes_read};
use super::zip_reader::{entry_error_from_zip, open_zip};
use super::{EntryInfo, EntryProblem, InputKind, InputSpec};

/// From the file or folder name: `Some(true)` for `Complete_…`, `Some(false)` for `Basic_…`,
/// `Initial_…` or any name containing `basic` (case-insensitive), `None` otherwise. Decides
/// which input wins when several contain the same file (Complete is a superset of Basic).
pub fn looks_like_complete(path: &Path) -> Option<bool> {
    let name = path.file_name()?.to_string_lossy().to_lowercase();
    if name.starts_with("complete") {
        Some(true)
    } else if name.starts_with("initial") || name.contains("basic") {
        Some(false)
    } else {
        None
    }
}

/// One opened input: its listing, and the means to read entries in place.
pub struct Input {
    path: PathBuf,
    kind: InputKind,
    entries: Vec<EntryInfo>,
    problems: Vec<EntryProblem>,
    inner_zips: Vec<String>,
    undecodable: usize,
    source: Source,
    budget: Arc<ReadBudget>,
}

enum Source {
    /// The parsed archive and, per entry, its index in the archive.
    Zip {
        archive: ZipArchive<SharedSource>,
        indices: Vec<usize>,
    },
    /// Per entry, the file on disk.
    Directory { files: Vec<PathBuf> },
}

impl fmt::Debug for Input {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Input")
            .field("path", &self.path)
            .field("kind", &self.kind)
            .field("entries", &self.entries.len())
            .field("problems", &self.problems.len())
            .finish_non_exhaustive()
    }
}

impl Input {
    /// Opens an input and lists its entries: a path as [`Input::open_path`], a byte source as
    /// [`Input::open_source`].
    pub fn open(spec: &InputSpec, budget: Arc<ReadBudget>) -> Result<Input, InputError> {
        match spec {
            InputSpec::Path(path) => Input::open_path(path, budget),
            InputSpec::Source { name, source } => {
                Input::open_source(name, Arc::clone(source), budget)
            }
        }
    }

    /// Opens a zip (detected by content, whatever its name) or a folder and lists its entries.
    pub fn open_path(path: &Path, budget: Arc<ReadBudget>) -> Result<Input, InputError> {
        let meta = std::fs::metadata(path).map_err(|source| match source.kind() {
            io::ErrorKind::NotFound => InputError::NotFound {
                path: path.to_path_buf(),
            },
            _ => InputError::Unreadable {
                path: path.to_path_buf(),
                source,
            },
        })?;
        // Browsers keep these names until the download finishes (Safari's is a folder).
        if has_partial_download_name(path) {
            return Err(InputError::IncompleteDownload {
                path: path.to_path_buf(),
            });
        }
        if !meta.is_dir() && !meta.is_file() {
            // Opening a named pipe would block; devices are not exports either.
            return Err(InputError::NotAnArchive {
                path: path.to_path_buf(),
                detected: Detected::Device,
            });
        }
        if meta.is_dir() {
            let (listing, files) = list_directory(path, budget.limits())?;
            return Input::new(
                path,
                InputKind::Directory,
                listing,
                Source::Directory { files },
                budget,
            );
        }
        let file = FileSource::open(path).map_err(|source| InputError::Unreadable {
            path: path.to_path_buf(),
            source,
        })?;
        Input::open_zip(path, Arc::new(file), budget)
    }

    /// Opens the zip held by `source`, named `name` (a file name, where the export date may
    /// be), and lists its entries: the same checks, limits and listing as a zip on disk.
    pub fn open_source(
        name: &str,
        source: Arc<dyn ByteSource>,
        budget: Arc<ReadBudget>,
    ) -> Result<Input, InputError> {
        let path = Path::new(name);
        if has_partial_download_name(path) {
            return Err(InputError::IncompleteDownload {
                path: path.to_path_buf(),
            });
        }
        Input::open_zip(path, source, budget)
    }

    fn open_zip(
        path: &Path,
        source: Arc<dyn ByteSource>,
        budget: Arc<ReadBudget>,
    ) -> Result<Input, InputError> {
        let (listing, archive, indices) = open_zip(path, source, budget.limits())?;
        Input::new(
            path,
            InputKind::Zip,
            listing,
            Source::Zip { archive, indices },
            budget,
        )
    }

    fn new(
        path: &Path,
        kind: InputKind,
        listing: Listing,
        source: Source,
        budget: Arc<ReadBudget>,
    ) -> Result<Input, InputError> {
        if listing.entries.is_empty() && listing.problems.is_empty() {
            return Err(InputError::Empty {
                path: path.to_path_buf(),
            });
        }
        Ok(Input {
            path: path.to_path_buf(),
            kind,
            entries: listing.entries,
            problems: listing.problems,
            inner_zips: listing.inner_zips,
            undecodable: listing.undecodable,
            source,
            budget,
        })
    }

    /// The path given, or the source's name.
    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn kind(&self) -> InputKind {
        self.kind
    }

    /// Files only, no directory entries, in archive order (folders: sorted walk order).
    pub fn entries(&self) -> &[EntryInfo] {
        &self.entries
    }

    /// Entries found while listing that cannot be read.
    pub fn problems(&self) -> &[EntryProblem] {
        &self.problems
    }

    /// Zips inside a zip input (logical paths): listed as not read.
    pub fn inner_zips(&self) -> &[String] {
        &self.inner_zips
    }

    /// Whether entries `a` and `b` hold the same bytes: for a zip, the same size and CRC-32
    /// (and compressed size) in the directory; for a folder, the same file (a hard link) or
    /// the same bytes, compared up to the entry limit (a larger pair counts as different).
    pub fn same_content(&self, a: usize, b: usize) -> bool {
        let (Some(first), Some(second)) = (self.entries.get(a), self.entries.get(b)) else {
            return false;
        };
        if first.size != second.size {
            return false;
        }
        match &self.source {
            Source::Zip { .. } => {
                first.crc32.is_some()
                    && first.crc32 == second.crc32
                    && first.compressed_size == second.compressed_size
            }
            Source::Directory { files } => match (files.get(a), files.get(b)) {
                (Some(a), Some(b)) => {
                    first.size <= self.budget.limits().max_entry_bytes
                        && same_file_bytes(a, b).unwrap_or(false)
                }
                _ => false,
            },
        }
    }

    /// Entries of a zip input not read because they are encrypted or compressed with a
    /// method this tool does not read.
    pub fn undecodable_entries(&self) -> usize {
        self.undecodable
    }

    /// Reads entry `index` through `f`, with the limits enforced while reading; safe from many
    /// threads at once. A limit hit or corrupt data inside `f`'s reads is reported as
    /// [`EntryError::Limit`] / [`EntryError::Corrupt`] whatever `f` did with the error (even if
    /// it swallowed it and returned `Ok`); an error `f` raised itself comes back as
    /// [`EntryError::Io`], unchanged. The reader is unbuffered: wrap it for small reads. The
    /// CRC is checked when `f` reads to the end; an early stop skips it.
    pub fn read_entry<T>(
        &self,
        index: usize,
        f: impl FnOnce(&mut dyn Read) -> io::Result<T>,
    ) -> Result<T, EntryError> {
        match &self.source {
            Source::Zip { archive, indices } => {
                let zip_index = *indices.get(index).ok_or(EntryError::NoSuchEntry(index))?;
                // The listing's size, capped at what the file holds: the ratio's reference.
                let compressed = self.entries.get(index).map(|entry| entry.compressed_size);
                // A clone shares the parsed directory; only the reader state is per call.
                let mut archive = archive.clone();
                let file = archive.by_index(zip_index).map_err(entry_error_from_zip)?;
                self.run(file, compressed, ErrorOrigin::Zip, f)
            }
            Source::Directory { files } => {
                let file_path = files.get(index).ok_or(EntryError::NoSuchEntry(index))?;
                // The file may have been swapped for a link since listing: still never follow one.
                if std::fs::symlink_metadata(file_path)?
                    .file_type()
                    .is_symlink()
                {
                    return Err(EntryError::Unsupported(Unsupported::SymbolicLink));
                }
                let file = File::open(file_path)?;
                self.run(file, None, ErrorOrigin::Disk, f)
            }
        }
    }

    fn run<R: Read, T>(
        &self,
        inner: R,
        compressed: Option<u64>,
        origin: ErrorOrigin,
        f: impl FnOnce(&mut dyn Read) -> io::Result<T>,
    ) -> Result<T, EntryError> {
        let mut reader = LimitedReader {
            inner,
            delivered: 0,
            compressed,
            consumed_at_start: compressed_bytes_read(),
            limits: self.budget.limits(),
            budget: &self.budget,
            origin,
            failure: None,
        };
        let result = f(&mut reader);
        // The reader's own record wins: `f` may have wrapped, replaced or swallowed the error.
        if let Some(failure) = reader.failure.take() {
            return Err(failure.into_entry_error());
        }
        result.map_err(EntryError::Io)
    }
}

/// Whether two files hold the same bytes (the same file through two names included); links
/// are never followed.
fn same_file_bytes(a: &Path, b: &Path) -> io::Result<bool> {
    let (meta_a, meta_b) = (std::fs::symlink_metadata(a)?, std::fs::symlink_metadata(b)?);
    if !meta_a.is_file() || !meta_b.is_file() || meta_a.len() != meta_b.len() {
        return Ok(false);
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if (meta_a.dev(), meta_a.ino()) == (meta_b.dev(), meta_b.ino()) {
            return Ok(true);
        }
    }
    let (mut file_a, mut file_b) = (File::open(a)?, File::open(b)?);
    let (mut buf_a, mut buf_b) = (vec![0u8; 64 << 10], vec![0u8; 64 << 10]);
    loop {
        let n = read_full(&mut file_a, &mut buf_a)?;
        let m = read_full(&mut file_b, &mut buf_b)?;
        if n != m || buf_a.get(..n) != buf_b.get(..m) {
            return Ok(false);
        }
        if n == 0 {
            return Ok(true);
        }
    }
}

/// Reads until `buf` is full or the file ends; the count read.
fn read_full(file: &mut File, buf: &mut [u8]) -> io::Result<usize> {
    let mut filled = 0;
    while filled < buf.len() {
        match file.read(buf.get_mut(filled..).unwrap_or_default()) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(error) if error.kind() == io::ErrorKind::Interrupted => {}
            Err(error) => return Err(error),
        }
    }
    Ok(filled)
}

/// The identity of an input on disk (device and inode on Unix, the canonical path
/// elsewhere): the same folder or zip given twice, through any path, is read once.
pub fn input_identity(path: &Path) -> Option<(u64, u64, PathBuf)> {
    let canonical = std::fs::canonicalize(path).ok()?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let meta = std::fs::metadata(&canonical).ok()?;
        Some((meta.dev(), meta.ino(), PathBuf::new()))
    }
    #[cfg(not(unix))]
    {
        Some((0, 0, canonical))
    }
}

/// `.crdownload` (Chrome, Edge), `.part` (Firefox), `.partial` (old Edge), `.download` (Safari).
fn has_partial_download_name(path: &Path) -> bool {
    let Some(name) = path.file_name() else {
        return false;
    };
    let name = name.to_string_lossy().to_lowercase();
    [".crdownload", ".part", ".partial", ".download"]
        .iter()
        .any(|suffix| name.ends_with(suffix))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::archive::testing::*;
    use std::path::Path;

    #[test]
    fn missing_path_is_not_found() {
        let dir = tempfile::tempdir().unwrap();
        let error = input_error(&dir.path().join("nope.zip"));
        assert!(matches!(error, InputError::NotFound { .. }), "{error:?}");
    }

    #[test]
    fn empty_file_and_empty_folder_are_empty() {
        let dir = tempfile::tempdir().unwrap();
        let file = write_file(
            dir.path(),
            "Complete_LinkedInDataExport_12-27-2025.zip",
            b"",
        );
        assert!(matches!(input_error(&file), InputError::Empty { .. }));
        let folder = dir.path().join("export");
        std::fs::create_dir(&folder).unwrap();
        std::fs::write(folder.join(".DS_Store"), b"x").unwrap();
        assert!(matches!(input_error(&folder), InputError::Empty { .. }));
        let empty_zip = write_file(dir.path(), "e.zip", &zip_bytes(&[]));
        assert!(matches!(input_error(&empty_zip), InputError::Empty { .. }));
    }

    #[test]
    fn partial_download_names_and_truncated_zips_are_incomplete() {
        let dir = tempfile::tempdir().unwrap();
        let zip = zip_bytes(&[("Profile.csv", b"First Name\nAda\n")]);
        for name in [
            "Complete_LinkedInDataExport_12-27-2025.zip.crdownload",
            "Basic_LinkedInDataExport_12-27-2025.zip.part",
        ] {
            let path = write_file(dir.path(), name, &zip);
            assert!(
                matches!(input_error(&path), InputError::IncompleteDownload { .. }),
                "{name}"
            );
        }
        let big: Vec<u8> = (0..200_000u32).flat_map(|i| i.to_le_bytes()).collect();
        let zip = zip_bytes(&[("Profile.csv", b"First Name\nAda\n"), ("Big.csv", &big)]);
        let truncated = write_file(dir.path(), "Complete.zip", &zip[..zip.len() / 2]);
        let error = input_error(&truncated);
        assert!(
            matches!(error, InputError::IncompleteDownload { .. }),
            "{error:?}"
        );
        assert!(error.to_string().contains("download the archive again"));
        let tiny = write_file(dir.path(), "tiny.zip", b"PK");
        assert!(matches!(
            input_error(&tiny),
            InputError::IncompleteDownload { .. }
        ));
    }

    #[test]
    fn a_zip_in_memory_opens_like_the_same_zip_on_disk() {
        let dir = tempfile::tempdir().unwrap();
        let bytes = zip_bytes(&[
            ("Export/Profile.csv", b"First Name\nAda\n"),
            ("Export/Inner.zip", b"PK\x05\x06"),
            ("Export/Skills.csv", b"Name\nRust\n"),
        ]);
        let path = write_file(dir.path(), "export.zip", &bytes);
        let on_disk = open(&path);
        let in_memory = Input::open(
            &InputSpec::Source {
                name: "export.zip".to_owned(),
                source: Arc::new(bytes.clone()),
            },
            budget(),
        )
        .unwrap();
        assert_eq!(in_memory.path(), Path::new("export.zip"));
        assert_eq!(in_memory.kind(), InputKind::Zip);
        assert_eq!(paths(&in_memory), paths(&on_disk));
        assert_eq!(paths(&in_memory), ["Profile.csv", "Skills.csv"]);
        assert_eq!(in_memory.problems(), on_disk.problems());
        assert_eq!(in_memory.inner_zips(), ["Export/Inner.zip"]);
        for index in 0..2 {
            assert_eq!(
                read_all(&in_memory, index).unwrap(),
                read_all(&on_disk, index).unwrap()
            );
        }

        // Cut short, or named as a partial download: refused alike.
        let cut = Arc::new(bytes[..bytes.len() - 30].to_vec());
        for name in ["cut.zip", "export.zip.crdownload"] {
            let error = Input::open_source(name, cut.clone(), budget()).unwrap_err();
            assert!(
                matches!(error, InputError::IncompleteDownload { .. }),
                "{error:?}"
            );
        }
        let error = Input::open_source("empty.zip", Arc::new(Vec::new()), budget()).unwrap_err();
        assert!(matches!(error, InputError::Empty { .. }), "{error:?}");
    }

    #[test]
    fn many_threads_read_one_input_at_once() {
        fn assert_sync<T: Send + Sync>() {}
        assert_sync::<Input>();
        assert_sync::<ReadBudget>();
        let dir = tempfile::tempdir().unwrap();
        let files: Vec<(String, Vec<u8>)> = (0..16)
            .map(|i| {
                (
                    format!("F{i:02}.csv"),
                    format!("{i},").repeat(5000 + i).into_bytes(),
                )
            })
            .collect();
        let entries: Vec<(&str, &[u8])> = files
            .iter()
            .map(|(n, d)| (n.as_str(), d.as_slice()))
            .collect();
        let input = open(&write_file(dir.path(), "par.zip", &zip_bytes(&entries)));
        std::thread::scope(|scope| {
            for t in 0..4 {
                let input = &input;
                let files = &files;
                scope.spawn(move || {
                    for round in 0..8 {
                        let i = (t * 5 + round * 3) % 16;
                        assert_eq!(read_all(input, i).unwrap(), files[i].1);
                    }
                });
            }
        });
    }

    #[cfg(unix)]
    #[test]
    fn a_device_is_not_an_archive() {
        match input_error(Path::new("/dev/null")) {
            InputError::NotAnArchive { detected, .. } => {
                assert_eq!(detected, Detected::Device)
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn looks_like_complete_reads_the_name() {
        let cases = [
            ("/d/Complete_LinkedInDataExport_12-27-2025.zip", Some(true)),
            ("Complete_LinkedInDataExport_12-27-2025.zip.zip", Some(true)),
            ("Basic_LinkedInDataExport_12-27-2025 (1).zip", Some(false)),
            ("Initial_LinkedInDataExport_01-02-2023.zip", Some(false)),
            ("my BASIC export", Some(false)),
            ("export.zip", None),
            ("/", None),
        ];
        for (name, expected) in cases {
            assert_eq!(looks_like_complete(Path::new(name)), expected, "{name}");
        }
    }
}
