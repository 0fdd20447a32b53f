//! Where a zip's bytes come from, and reading them: the [`ByteSource`] trait (a file, bytes in
//! memory, a browser file read in slices), and a clonable positional reader over one shared
//! source, which counts the compressed bytes it reads for the ratio limit.

use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom};
use std::path::Path;
use std::sync::Arc;

use super::repair;

/// A seekable byte source: a file, bytes in memory, a browser File read in slices.
pub trait ByteSource: Send + Sync {
    fn len(&self) -> u64;

    /// Reads up to buf.len() bytes at offset; Ok(0) only at the end.
    fn read_at(&self, offset: u64, buf: &mut [u8]) -> io::Result<usize>;

    fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The bytes of `bytes` from `offset`, as much as fits in `buf`.
fn read_slice_at(bytes: &[u8], offset: u64, buf: &mut [u8]) -> usize {
    let start = usize::try_from(offset)
        .unwrap_or(usize::MAX)
        .min(bytes.len());
    let available = bytes.get(start..).unwrap_or_default();
    let n = available.len().min(buf.len());
    if let (Some(dst), Some(src)) = (buf.get_mut(..n), available.get(..n)) {
        dst.copy_from_slice(src);
    }
    n
}

impl ByteSource for Vec<u8> {
    fn len(&self) -> u64 {
        self.as_slice().len() as u64
    }

    fn read_at(&self, offset: u64, buf: &mut [u8]) -> io::Result<usize> {
        Ok(read_slice_at(self, offset, buf))
    }
}

impl ByteSource for Arc<[u8]> {
    fn len(&self) -> u64 {
        <[u8]>::len(self) as u64
    }

    fn read_at(&self, offset: u64, buf: &mut [u8]) -> io::Result<usize> {
        Ok(read_slice_at(self, offset, buf))
    }
}

impl ByteSource for &'static [u8] {
    fn len(&self) -> u64 {
        <[u8]>::len(self) as u64
    }

    fn read_at(&self, offset: u64, buf: &mut [u8]) -> io::Result<usize> {
        Ok(read_slice_at(self, offset, buf))
    }
}

/// A file on disk, read with positional I/O (`pread`) where the platform has it, so that
/// threads never share a cursor; elsewhere seek and read under a lock.
pub struct FileSource {
    #[cfg(any(unix, windows))]
    file: File,
    #[cfg(not(any(unix, windows)))]
    file: std::sync::Mutex<File>,
    /// The length when opened: the zip's end records are looked for from there.
    len: u64,
}

impl FileSource {
    pub fn open(path: &Path) -> io::Result<FileSource> {
        FileSource::new(File::open(path)?)
    }

    pub fn new(file: File) -> io::Result<FileSource> {
        let len = file.metadata()?.len();
        #[cfg(not(any(unix, windows)))]
        let file = std::sync::Mutex::new(file);
        Ok(FileSource { file, len })
    }
}

impl ByteSource for FileSource {
    fn len(&self) -> u64 {
        self.len
    }

    /// Reads within the length seen when opened: a file growing meanwhile still reads as
    /// the zip whose end records were checked.
    fn read_at(&self, offset: u64, buf: &mut [u8]) -> io::Result<usize> {
        let room = usize::try_from(self.len.saturating_sub(offset)).unwrap_or(usize::MAX);
        match buf.get_mut(..room.min(buf.len())) {
            Some(buf) if !buf.is_empty() => self.read_file_at(offset, buf),
            _ => Ok(0),
        }
    }
}

impl FileSource {
    #[cfg(unix)]
    fn read_file_at(&self, offset: u64, buf: &mut [u8]) -> io::Result<usize> {
        std::os::unix::fs::FileExt::read_at(&self.file, buf, offset)
    }

    // `seek_read` moves the handle's cursor, but no reader ever relies on it.
    #[cfg(windows)]
    fn read_file_at(&self, offset: u64, buf: &mut [u8]) -> io::Result<usize> {
        std::os::windows::fs::FileExt::seek_read(&self.file, buf, offset)
    }

    #[cfg(not(any(unix, windows)))]
    fn read_file_at(&self, offset: u64, buf: &mut [u8]) -> io::Result<usize> {
        let mut file = self
            .file
            .lock()
            .map_err(|_| io::Error::other("file lock poisoned"))?;
        file.seek(SeekFrom::Start(offset))?;
        file.read(buf)
    }
}

/// Fills `buf` from `offset`; an error if the source ends first.
pub(super) fn read_exact_at(
    source: &dyn ByteSource,
    mut buf: &mut [u8],
    mut offset: u64,
) -> io::Result<()> {
    while !buf.is_empty() {
        match source.read_at(offset, buf) {
            Ok(0) => return Err(io::ErrorKind::UnexpectedEof.into()),
            Ok(n) => {
                buf = buf.get_mut(n..).unwrap_or_default();
                offset = offset.saturating_add(n as u64);
            }
            Err(error) if error.kind() == io::ErrorKind::Interrupted => {}
            Err(error) => return Err(error),
        }
    }
    Ok(())
}

/// A cheap clonable reader over one shared source: each clone keeps its own position and a
/// small buffer, and reads with positional I/O, so clones never disturb each other.
pub(super) struct SharedSource {
    pub(super) source: Arc<dyn ByteSource>,
    pub(super) len: u64,
    /// Bytes shown to the zip parser instead of the file's (see `repair`); usually none.
    pub(super) patches: Arc<[repair::Patch]>,
    pub(super) pos: u64,
    pub(super) buf: Vec<u8>,
    pub(super) buf_start: u64,
    pub(super) buf_len: usize,
}

/// Central-directory parsing reads 46-byte headers one by one; a small buffer saves a
/// system call for each of them.
pub(super) const SHARED_SOURCE_BUFFER: usize = 8 * 1024;

thread_local! {
    /// Bytes this thread has read from zip files: the compressed side of the ratio limit.
    static COMPRESSED_READ: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Bytes of zip files read so far by this thread.
pub(super) fn compressed_bytes_read() -> u64 {
    COMPRESSED_READ.with(std::cell::Cell::get)
}

pub(super) fn count_compressed(n: usize) {
    COMPRESSED_READ.with(|read| read.set(read.get().saturating_add(n as u64)));
}

impl SharedSource {
    pub(super) fn new(source: Arc<dyn ByteSource>, patches: Vec<repair::Patch>) -> Self {
        SharedSource {
            len: source.len(),
            source,
            patches: patches.into(),
            pos: 0,
            buf: Vec::new(),
            buf_start: 0,
            buf_len: 0,
        }
    }
}

impl Clone for SharedSource {
    fn clone(&self) -> Self {
        SharedSource {
            source: Arc::clone(&self.source),
            len: self.len,
            patches: Arc::clone(&self.patches),
            pos: self.pos,
            buf: Vec::new(),
            buf_start: 0,
            buf_len: 0,
        }
    }
}

impl Read for SharedSource {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        if out.is_empty() {
            return Ok(0);
        }
        let buffered_end = self.buf_start.saturating_add(self.buf_len as u64);
        if self.pos < self.buf_start || self.pos >= buffered_end {
            if out.len() >= SHARED_SOURCE_BUFFER {
                let n = self.source.read_at(self.pos, out)?;
                count_compressed(n);
                repair::apply(
                    &self.patches,
                    out.get_mut(..n).unwrap_or_default(),
                    self.pos,
                );
                self.pos = self.pos.saturating_add(n as u64);
                return Ok(n);
            }
            if self.buf.len() < SHARED_SOURCE_BUFFER {
                // Zeroed by the allocator: `resize` fills byte by byte in debug builds, which
                // cost 40 µs per entry read, seconds for an archive of 200,000 small files.
                self.buf = vec![0; SHARED_SOURCE_BUFFER];
            }
            self.buf_len = self.source.read_at(self.pos, &mut self.buf)?;
            count_compressed(self.buf_len);
            self.buf_start = self.pos;
            let filled = self.buf.get_mut(..self.buf_len).unwrap_or_default();
            repair::apply(&self.patches, filled, self.pos);
            if self.buf_len == 0 {
                return Ok(0);
            }
        }
        let from = usize::try_from(self.pos - self.buf_start).unwrap_or(usize::MAX);
        let available = self.buf.get(from..self.buf_len).unwrap_or_default();
        let n = available.len().min(out.len());
        if let (Some(dst), Some(src)) = (out.get_mut(..n), available.get(..n)) {
            dst.copy_from_slice(src);
        }
        self.pos = self.pos.saturating_add(n as u64);
        Ok(n)
    }
}

impl Seek for SharedSource {
    fn seek(&mut self, pos: SeekFrom) -> io::Result<u64> {
        let target = match pos {
            SeekFrom::Start(offset) => Some(offset),
            SeekFrom::End(delta) => self.len.checked_add_signed(delta),
            SeekFrom::Current(delta) => self.pos.checked_add_signed(delta),
        };
        self.pos = target.ok_or_else(|| {
            io::Error::new(
                io::ErrorKind::InvalidInput,
                "seek before the start of the file",
            )
        })?;
        Ok(self.pos)
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::{ByteSource, FileSource, SharedSource};
    use crate::archive::testing::*;

    #[test]
    fn memory_and_file_sources_read_the_same_bytes_and_stop_at_the_end() {
        let dir = tempfile::tempdir().unwrap();
        let bytes: Vec<u8> = (0..=255u8).cycle().take(20_000).collect();
        let path = write_file(dir.path(), "bytes.bin", &bytes);
        let file = FileSource::open(&path).unwrap();
        let shared: Arc<[u8]> = bytes.clone().into();
        let sources: [&dyn ByteSource; 3] = [&bytes, &file, &shared];
        for source in sources {
            assert_eq!(source.len(), 20_000);
            assert!(!source.is_empty());
            let mut buf = [0u8; 300];
            assert_eq!(source.read_at(19_900, &mut buf).unwrap(), 100);
            assert_eq!(&buf[..100], &bytes[19_900..]);
            assert_eq!(source.read_at(20_000, &mut buf).unwrap(), 0);
            assert_eq!(source.read_at(u64::MAX, &mut buf).unwrap(), 0);
        }
    }

    #[test]
    fn the_shared_reader_seeks_and_reads_across_its_buffer() {
        use std::io::{Read, Seek, SeekFrom};
        let bytes: Vec<u8> = (0..=255u8).cycle().take(40_000).collect();
        let mut reader = SharedSource::new(Arc::new(bytes.clone()), Vec::new());
        let mut out = Vec::new();
        reader.read_to_end(&mut out).unwrap();
        assert_eq!(out, bytes);
        assert_eq!(reader.seek(SeekFrom::End(-10)).unwrap(), 39_990);
        let mut tail = Vec::new();
        reader.read_to_end(&mut tail).unwrap();
        assert_eq!(tail, &bytes[39_990..]);
        assert!(reader.seek(SeekFrom::Current(-50_000)).is_err());
    }
}
