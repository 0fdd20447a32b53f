//! Reading the bytes of a zip: a clonable positional reader over one shared file handle,
//! which counts the compressed bytes it reads for the ratio limit.

use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom};
use std::sync::Arc;

use super::repair;

/// A cheap clonable reader over one shared file handle: each clone keeps its own position and
/// a small buffer, and reads with positional I/O, so clones never disturb each other.
pub(super) struct SharedFile {
    pub(super) file: Arc<File>,
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
pub(super) const SHARED_FILE_BUFFER: usize = 8 * 1024;

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

impl SharedFile {
    pub(super) fn new(file: Arc<File>, len: u64, patches: Vec<repair::Patch>) -> Self {
        SharedFile {
            file,
            len,
            patches: patches.into(),
            pos: 0,
            buf: Vec::new(),
            buf_start: 0,
            buf_len: 0,
        }
    }
}

impl Clone for SharedFile {
    fn clone(&self) -> Self {
        SharedFile {
            file: Arc::clone(&self.file),
            len: self.len,
            patches: Arc::clone(&self.patches),
            pos: self.pos,
            buf: Vec::new(),
            buf_start: 0,
            buf_len: 0,
        }
    }
}

#[cfg(unix)]
pub(super) fn read_at(file: &File, buf: &mut [u8], offset: u64) -> io::Result<usize> {
    std::os::unix::fs::FileExt::read_at(file, buf, offset)
}

// `seek_read` moves the handle's cursor, but no reader ever relies on it.
#[cfg(windows)]
pub(super) fn read_at(file: &File, buf: &mut [u8], offset: u64) -> io::Result<usize> {
    std::os::windows::fs::FileExt::seek_read(file, buf, offset)
}

pub(super) fn read_exact_at(file: &File, mut buf: &mut [u8], mut offset: u64) -> io::Result<()> {
    while !buf.is_empty() {
        match read_at(file, buf, offset) {
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

impl Read for SharedFile {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        if out.is_empty() {
            return Ok(0);
        }
        let buffered_end = self.buf_start.saturating_add(self.buf_len as u64);
        if self.pos < self.buf_start || self.pos >= buffered_end {
            if out.len() >= SHARED_FILE_BUFFER {
                let n = read_at(&self.file, out, self.pos)?;
                count_compressed(n);
                repair::apply(
                    &self.patches,
                    out.get_mut(..n).unwrap_or_default(),
                    self.pos,
                );
                self.pos = self.pos.saturating_add(n as u64);
                return Ok(n);
            }
            if self.buf.len() < SHARED_FILE_BUFFER {
                // Zeroed by the allocator: `resize` fills byte by byte in debug builds, which
                // cost 40 µs per entry read, seconds for an archive of 200,000 small files.
                self.buf = vec![0; SHARED_FILE_BUFFER];
            }
            self.buf_len = read_at(&self.file, &mut self.buf, self.pos)?;
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

impl Seek for SharedFile {
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
