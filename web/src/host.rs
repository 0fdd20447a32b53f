//! What the page's Worker provides to the engine: the member's files, read on demand in
//! slices (`File.slice` + `FileReaderSync`). The imports are raw
//! WebAssembly functions of the module `host` (see `web/page/worker.js`); off wasm32 they
//! are absent and every read fails, so the crate still builds and lints on any host.

use std::io;
use std::sync::Mutex;

use linkedin_exposure::archive::ByteSource;

#[cfg(target_arch = "wasm32")]
#[link(wasm_import_module = "host")]
unsafe extern "C" {
    /// Copies up to `len` bytes of input `input` at `offset` into `dst`; returns how many were
    /// copied (0 only at the end), or -1 when the browser could not read the file (it was
    /// moved, deleted or changed since it was chosen).
    #[link_name = "read"]
    fn host_read(input: u32, offset: f64, dst: *mut u8, len: u32) -> i32;
}

#[cfg(not(target_arch = "wasm32"))]
unsafe fn host_read(_input: u32, _offset: f64, _dst: *mut u8, _len: u32) -> i32 {
    -1
}

/// Reads from the browser are made in blocks of at least this size: each one crosses into
/// JavaScript and makes a `Blob` slice, so the zip reader's small reads are served from the
/// block in memory instead.
const BLOCK: usize = 1 << 20;

/// The most one host call copies (a JavaScript `ArrayBuffer` slice of the file).
const MAX_READ: usize = 16 << 20;

/// One of the files the member chose, by its index on the JavaScript side.
pub struct HostFile {
    index: u32,
    len: u64,
    /// The last block read: (its offset in the file, its bytes).
    block: Mutex<(u64, Vec<u8>)>,
}

impl HostFile {
    pub fn new(index: u32, len: u64) -> HostFile {
        HostFile {
            index,
            len,
            block: Mutex::new((0, Vec::new())),
        }
    }

    /// One host read straight into `buf`.
    fn read_direct(&self, offset: u64, buf: &mut [u8]) -> io::Result<usize> {
        let len = buf.len().min(MAX_READ);
        // SAFETY: `buf` is valid for writes of `len` bytes; the host writes at most `len`.
        // Offsets stay below 2^53 (JavaScript numbers are exact up to there).
        let read = unsafe { host_read(self.index, offset as f64, buf.as_mut_ptr(), len as u32) };
        usize::try_from(read)
            .ok()
            .filter(|read| *read <= len)
            .ok_or_else(|| io::Error::other("the browser could not read the file"))
    }
}

impl ByteSource for HostFile {
    fn len(&self) -> u64 {
        self.len
    }

    fn read_at(&self, offset: u64, buf: &mut [u8]) -> io::Result<usize> {
        if offset >= self.len || buf.is_empty() {
            return Ok(0);
        }
        if buf.len() >= BLOCK {
            return self.read_direct(offset, buf);
        }
        let mut block = self
            .block
            .lock()
            .map_err(|_| io::Error::other("read cache poisoned"))?;
        let (start, bytes) = &mut *block;
        let cached = offset >= *start && offset < *start + bytes.len() as u64;
        if !cached {
            bytes.resize(BLOCK, 0);
            let read = self.read_direct(offset, bytes)?;
            bytes.truncate(read);
            *start = offset;
        }
        let from = (offset - *start) as usize;
        let available = &bytes[from..];
        let n = available.len().min(buf.len());
        buf[..n].copy_from_slice(&available[..n]);
        Ok(n)
    }
}
