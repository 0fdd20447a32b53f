//! Resource limits and their enforcement on the bytes actually delivered: the limits, the
//! run-wide budget (bytes and CPU time), and the reader that counts every byte and stops at
//! the first limit crossed.

use std::fmt;
use std::io::{self, Read};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use super::errors::{Damage, EntryError, english, limit_message};
use super::source::compressed_bytes_read;

/// One mebibyte: the ratio limit only applies past this much output, so tiny, highly
/// compressible files (an empty CSV with a header) are never flagged.
pub(super) const RATIO_GRACE_BYTES: u64 = 1 << 20;

/// Resource limits; defaults are far above any real export, low enough to stop zip bombs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ArchiveLimits {
    /// Uncompressed bytes read from all entries of all inputs together.
    pub max_total_bytes: u64,
    /// Uncompressed bytes read from one entry.
    pub max_entry_bytes: u64,
    /// An entry that has inflated past 1 MiB and past `max_ratio` × its compressed size is stopped.
    pub max_ratio: u64,
    /// Entries (files) per input.
    pub max_entries: usize,
    /// Bytes of article pages (HTML) read, all inputs together: parsing a page costs several
    /// times reading a CSV file of its size.
    pub max_article_bytes: u64,
    /// CPU time of the whole process, in seconds, after which every read stops: the backstop
    /// of the 10 s bound for shapes of content costlier per byte than the byte limits assume.
    pub max_cpu_seconds: u64,
}

impl Default for ArchiveLimits {
    fn default() -> Self {
        ArchiveLimits {
            // What the 2-core machines of docs/SECURITY.md read in under 10 s of CPU, for the
            // costliest shapes measured (docs/PERFORMANCE.md), far above real exports.
            max_total_bytes: 3 << 29,
            max_entry_bytes: 1 << 30,
            max_ratio: 1000,
            max_entries: 200_000,
            max_article_bytes: 128 << 20,
            max_cpu_seconds: 8,
        }
    }
}

/// Which limit stopped a read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LimitKind {
    TotalBytes,
    EntryBytes,
    Ratio,
    Entries,
    /// Records of one CSV file (checked by the CSV reader, reported like the others).
    Records,
    /// Bytes of article pages, all inputs together (checked by the analysis).
    ArticleBytes,
    /// CPU time of the run.
    CpuSeconds,
}

impl LimitKind {
    /// The command-line flag that raises this limit, for messages.
    pub fn flag(&self) -> &'static str {
        match self {
            LimitKind::TotalBytes => "--max-total-bytes",
            LimitKind::EntryBytes => "--max-entry-bytes",
            LimitKind::Ratio => "--max-ratio",
            LimitKind::Entries => "--max-entries",
            LimitKind::Records => "--max-records",
            LimitKind::ArticleBytes => "--max-article-bytes",
            LimitKind::CpuSeconds => "--max-cpu-seconds",
        }
    }
}

/// Shared across all inputs of a run: counts uncompressed bytes read against `max_total_bytes`.
#[derive(Debug)]
pub struct ReadBudget {
    limits: ArchiveLimits,
    read: AtomicU64,
    /// Reads so far (the CPU time is looked up at one in 16).
    reads: AtomicU64,
    out_of_time: std::sync::atomic::AtomicBool,
}

impl ReadBudget {
    pub fn new(limits: ArchiveLimits) -> Arc<Self> {
        Arc::new(ReadBudget {
            limits,
            read: AtomicU64::new(0),
            reads: AtomicU64::new(0),
            out_of_time: std::sync::atomic::AtomicBool::new(false),
        })
    }

    /// Uncompressed bytes counted so far by all inputs sharing this budget (including the
    /// read that crossed the total limit: once crossed, every later read is refused).
    pub fn bytes_read(&self) -> u64 {
        self.read.load(Ordering::Relaxed)
    }

    pub fn limits(&self) -> ArchiveLimits {
        self.limits
    }

    /// Whether the process has used more CPU time than `max_cpu_seconds`. Asked at every
    /// read, looked up at one read in 16 (a system call), remembered once true.
    pub(super) fn out_of_time(&self) -> bool {
        if self.out_of_time.load(Ordering::Relaxed) {
            return true;
        }
        if !self
            .reads
            .fetch_add(1, Ordering::Relaxed)
            .is_multiple_of(16)
        {
            return false;
        }
        let over = process_cpu_time()
            .is_some_and(|cpu| cpu > std::time::Duration::from_secs(self.limits.max_cpu_seconds));
        if over {
            self.out_of_time.store(true, Ordering::Relaxed);
        }
        over
    }

    /// Counts `n` delivered bytes; false once the run's total is over the limit.
    pub(super) fn charge(&self, n: u64) -> bool {
        let before = self.read.fetch_add(n, Ordering::Relaxed);
        before.saturating_add(n) <= self.limits.max_total_bytes
    }
}

/// CPU time used by the whole process so far (all threads); None where unknown (the time
/// limit is then not applied).
#[cfg(unix)]
fn process_cpu_time() -> Option<std::time::Duration> {
    let mut time = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `time` is a live, writable timespec; the clock id is a constant.
    let status = unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut time) };
    if status != 0 {
        return None;
    }
    Some(std::time::Duration::new(
        u64::try_from(time.tv_sec).ok()?,
        u32::try_from(time.tv_nsec).ok()?,
    ))
}

#[cfg(not(unix))]
fn process_cpu_time() -> Option<std::time::Duration> {
    None
}

/// Where the inner reader's errors come from: zip reports damage as InvalidData/InvalidInput/
/// UnexpectedEof (bad CRC, bad deflate stream, data past its declared size, cut short).
#[derive(Clone, Copy)]
pub(super) enum ErrorOrigin {
    Zip,
    Disk,
}

/// What stopped a read, recorded by the reader itself so `read_entry` can report it whatever
/// the closure did with the error.
pub(super) enum Failure {
    Limit(LimitKind, u64),
    /// The damage, and the reader's own words for the closure's error.
    Corrupt(Damage, String),
    Io(io::ErrorKind, String),
}

impl Failure {
    pub(super) fn to_io(&self) -> io::Error {
        match self {
            Failure::Limit(kind, limit) => io::Error::other(LimitExceeded {
                kind: *kind,
                limit: *limit,
            }),
            Failure::Corrupt(_, detail) => {
                io::Error::new(io::ErrorKind::InvalidData, detail.clone())
            }
            Failure::Io(kind, message) => io::Error::new(*kind, message.clone()),
        }
    }

    pub(super) fn into_entry_error(self) -> EntryError {
        match self {
            Failure::Limit(kind, limit) => EntryError::Limit { kind, limit },
            Failure::Corrupt(damage, _) => EntryError::Corrupt(damage),
            Failure::Io(kind, message) => EntryError::Io(io::Error::new(kind, message)),
        }
    }
}

/// The error a limit hit surfaces as inside the closure's reads.
#[derive(Debug)]
pub(super) struct LimitExceeded {
    kind: LimitKind,
    limit: u64,
}

impl fmt::Display for LimitExceeded {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&limit_message(self.kind, self.limit, english()))
    }
}

impl std::error::Error for LimitExceeded {}

/// Counts the bytes actually delivered and stops at the first limit crossed. Once stopped,
/// every later read fails the same way, so a caller cannot read past a limit by retrying.
pub(super) struct LimitedReader<'a, R> {
    pub(super) inner: R,
    pub(super) delivered: u64,
    /// Zip entries only: the ratio limit's reference.
    pub(super) compressed: Option<u64>,
    /// [`compressed_bytes_read`] when the entry was opened: the compressed bytes consumed so
    /// far are the difference (the inflater runs on the reading thread).
    pub(super) consumed_at_start: u64,
    pub(super) limits: ArchiveLimits,
    pub(super) budget: &'a ReadBudget,
    pub(super) origin: ErrorOrigin,
    pub(super) failure: Option<Failure>,
}

impl<R: Read> LimitedReader<'_, R> {
    pub(super) fn check(&self, n: u64) -> Option<Failure> {
        let delivered = self.delivered;
        if delivered > self.limits.max_entry_bytes {
            return Some(Failure::Limit(
                LimitKind::EntryBytes,
                self.limits.max_entry_bytes,
            ));
        }
        // Against the compressed bytes consumed so far, not the whole entry's: a bomb padded
        // with junk after its stream, or slow at first, is stopped after its first MiB rather
        // than after gigabytes. The read-ahead of the zip reader only makes it more lenient.
        if let Some(compressed) = self.compressed {
            let consumed = compressed_bytes_read()
                .saturating_sub(self.consumed_at_start)
                .min(compressed);
            if delivered > RATIO_GRACE_BYTES
                && delivered > self.limits.max_ratio.saturating_mul(consumed)
            {
                return Some(Failure::Limit(LimitKind::Ratio, self.limits.max_ratio));
            }
        }
        if !self.budget.charge(n) {
            return Some(Failure::Limit(
                LimitKind::TotalBytes,
                self.limits.max_total_bytes,
            ));
        }
        if self.budget.out_of_time() {
            return Some(Failure::Limit(
                LimitKind::CpuSeconds,
                self.limits.max_cpu_seconds,
            ));
        }
        None
    }
}

impl<R: Read> Read for LimitedReader<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if let Some(failure) = &self.failure {
            return Err(failure.to_io());
        }
        match self.inner.read(buf) {
            Ok(n) => {
                let n64 = n as u64;
                self.delivered = self.delivered.saturating_add(n64);
                match self.check(n64) {
                    None => Ok(n),
                    Some(failure) => {
                        let error = failure.to_io();
                        self.failure = Some(failure);
                        Err(error)
                    }
                }
            }
            // Retried by the caller; nothing is wrong with the data.
            Err(error) if error.kind() == io::ErrorKind::Interrupted => Err(error),
            Err(error) => {
                let damaged = matches!(self.origin, ErrorOrigin::Zip)
                    && matches!(
                        error.kind(),
                        io::ErrorKind::InvalidData
                            | io::ErrorKind::InvalidInput
                            | io::ErrorKind::UnexpectedEof
                    );
                self.failure = Some(if damaged {
                    Failure::Corrupt(Damage::of_io(&error), error.to_string())
                } else {
                    Failure::Io(error.kind(), error.to_string())
                });
                Err(error)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::archive::testing::*;

    #[test]
    fn handmade_deflate_of_zeros_is_valid() {
        let dir = tempfile::tempdir().unwrap();
        let size = 1 + 258 * 10;
        let zeros = vec![0u8; size as usize];
        let bytes = zip_around("Z.csv", &deflated_zeros(10), size, crc32(0, &zeros));
        let input = open(&write_file(dir.path(), "z.zip", &bytes));
        assert_eq!(read_all(&input, 0).unwrap(), zeros);
    }

    #[test]
    fn zeros_bomb_is_stopped_by_the_ratio() {
        let dir = tempfile::tempdir().unwrap();
        let matches = (50 << 20) / 258; // 50 MiB of zeros
        let size = 1 + 258 * matches;
        let crc = (0..size / (1 << 20)).fold(
            crc32(0, &[0u8; 1 << 20][..(size % (1 << 20)) as usize]),
            |c, _| crc32(c, &[0u8; 1 << 20]),
        );
        let bytes = zip_around("Bomb.csv", &deflated_zeros(matches), size, crc);
        let budget = budget();
        let input =
            Input::open_path(&write_file(dir.path(), "bomb.zip", &bytes), budget.clone()).unwrap();
        let compressed = input.entries()[0].compressed_size;
        assert_eq!(input.entries()[0].size, size);
        assert!(compressed * 1000 < size, "{compressed}");
        let mut delivered = 0u64;
        let result = input.read_entry(0, |r| {
            let mut buf = [0u8; 64 * 1024];
            loop {
                let n = r.read(&mut buf)?;
                if n == 0 {
                    return Ok(());
                }
                delivered += n as u64;
            }
        });
        assert!(
            matches!(
                result,
                Err(EntryError::Limit {
                    kind: LimitKind::Ratio,
                    limit: 1000
                })
            ),
            "{result:?}"
        );
        // Stopped past the grace MiB, against the compressed bytes consumed so far: before
        // the whole entry's 1,000×, within one read of 1,000× what was consumed.
        assert!(
            delivered > RATIO_GRACE_BYTES && delivered < compressed * 1000,
            "{delivered}"
        );
        assert_eq!(budget.bytes_read(), delivered);

        // The same entry with the ratio raised reads to the end (and its CRC checks out).
        let limits = ArchiveLimits {
            max_ratio: 2000,
            ..ArchiveLimits::default()
        };
        let input =
            Input::open_path(&dir.path().join("bomb.zip"), ReadBudget::new(limits)).unwrap();
        let total = input
            .read_entry(0, |r| io::copy(r, &mut io::sink()))
            .unwrap();
        assert_eq!(total, size);
    }

    #[test]
    fn entry_and_total_byte_limits_count_delivered_bytes() {
        let dir = tempfile::tempdir().unwrap();
        let data = vec![b'x'; 10_000];
        let bytes = zip_bytes(&[("A.csv", &data), ("B.csv", &data), ("C.csv", b"small")]);
        let path = write_file(dir.path(), "limits.zip", &bytes);
        let limits = ArchiveLimits {
            max_entry_bytes: 9_999,
            max_total_bytes: 25_000,
            ..ArchiveLimits::default()
        };
        let budget = ReadBudget::new(limits);
        let input = Input::open_path(&path, budget.clone()).unwrap();
        assert!(matches!(
            read_all(&input, 0),
            Err(EntryError::Limit {
                kind: LimitKind::EntryBytes,
                limit: 9_999
            })
        ));
        // A second input over the same file shares the run's budget.
        let other = Input::open_path(&path, budget.clone()).unwrap();
        assert_eq!(read_all(&other, 2).unwrap(), b"small");
        // Charged: what was delivered before the stop (one 8 KiB read of A), then C.
        assert_eq!(budget.bytes_read(), 8192 + 5);

        let budget = ReadBudget::new(ArchiveLimits {
            max_total_bytes: 15_000,
            ..ArchiveLimits::default()
        });
        let first = Input::open_path(&path, budget.clone()).unwrap();
        let second = Input::open_path(&path, budget.clone()).unwrap();
        assert_eq!(read_all(&first, 0).unwrap().len(), 10_000);
        let error = read_all(&second, 1).unwrap_err();
        assert!(
            matches!(
                error,
                EntryError::Limit {
                    kind: LimitKind::TotalBytes,
                    limit: 15_000
                }
            ),
            "{error:?}"
        );
        assert_eq!(
            error.to_string(),
            "stopped: all inputs together exceed 15000 bytes (raise --max-total-bytes if genuine)"
        );
    }

    #[test]
    fn a_limit_is_reported_even_if_the_closure_hides_it() {
        let dir = tempfile::tempdir().unwrap();
        let bytes = zip_bytes(&[("A.csv", &[b'x'; 5000])]);
        let path = write_file(dir.path(), "a.zip", &bytes);
        let limits = ArchiveLimits {
            max_entry_bytes: 100,
            ..ArchiveLimits::default()
        };
        let input = Input::open_path(&path, ReadBudget::new(limits)).unwrap();
        // Wrapped in another error…
        let wrapped = input.read_entry(0, |r| {
            let mut out = Vec::new();
            r.read_to_end(&mut out)
                .map_err(|e| io::Error::other(format!("csv: {e}")))
        });
        assert!(matches!(
            wrapped,
            Err(EntryError::Limit {
                kind: LimitKind::EntryBytes,
                limit: 100
            })
        ));
        // …or swallowed.
        let swallowed = input.read_entry(0, |r| {
            let mut out = Vec::new();
            let _ = r.read_to_end(&mut out);
            Ok(out.len())
        });
        assert!(matches!(
            swallowed,
            Err(EntryError::Limit {
                kind: LimitKind::EntryBytes,
                ..
            })
        ));
        // The closure's own error comes back unchanged.
        let own = input.read_entry(0, |_| -> io::Result<()> {
            Err(io::Error::new(io::ErrorKind::InvalidData, "bad header"))
        });
        match own {
            Err(EntryError::Io(e)) => {
                assert_eq!(
                    (e.kind(), e.to_string()),
                    (io::ErrorKind::InvalidData, "bad header".into())
                )
            }
            other => panic!("{other:?}"),
        }
    }
}
