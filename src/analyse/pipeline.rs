//! Inflate and parse on separate threads.

use std::io::{self, Read};
use std::sync::mpsc::{Receiver, Sender, SyncSender};

use crate::catalog::FileSpec;

use super::csv_file::read_csv;
use super::entries::FileFigures;
use super::entries::SharedFacts;
use super::profile::ProfileFacts;
use super::{AnalysisOptions, Parallelism};

/// Entries at least this large (declared size: a heuristic only) are inflated on one thread
/// and parsed on another. One entry (`messages.csv`) usually holds most of a heavy export, and
/// inflating and parsing each take about half of its time: overlapping them is what brings
/// the whole pass under the time `unzip` takes to inflate alone.
pub(super) const PIPELINE_MIN_BYTES: u64 = 4 << 20;
/// Inflated bytes handed over at a time.
pub(super) const PIPE_CHUNK: usize = 256 << 10;
/// Chunks waiting for the parser at most; with the one being parsed and the one being filled,
/// memory stays under (PIPE_DEPTH + 2) × PIPE_CHUNK per pipelined entry.
pub(super) const PIPE_DEPTH: usize = 4;

/// Compressed bytes an entry must really hold (the listing caps the declared compressed size
/// at what the file contains) to be pipelined: headers can declare any uncompressed size, and
/// 200,000 one-line entries each declaring 8 MiB made every one start a thread and its chunk
/// buffers (23 s instead of 2). A 4 MiB export file deflates to several hundred KiB.
pub(super) const PIPELINE_MIN_COMPRESSED_BYTES: u64 = 256 << 10;

/// Pipelines only large entries, and only when the pass runs on a pool of more than one
/// thread: with `RAYON_NUM_THREADS=1` the member asked for one core, and a sequential pass
/// spawns no thread at all.
pub(super) fn pipelined(
    declared_size: u64,
    compressed_size: u64,
    parallelism: Parallelism,
) -> bool {
    declared_size >= PIPELINE_MIN_BYTES
        && compressed_size >= PIPELINE_MIN_COMPRESSED_BYTES
        && parallelism == Parallelism::Parallel
        && rayon::current_num_threads() > 1
}

/// [`read_csv`] on a second thread, fed by this one, which inflates (`reader` is the entry's
/// reader, whose limits and error records stay on this thread for `read_entry`).
pub(super) fn read_csv_pipelined(
    reader: &mut dyn Read,
    spec: &'static FileSpec,
    shared: &SharedFacts,
    options: &AnalysisOptions,
    profile: &mut ProfileFacts,
    email: &mut Option<String>,
) -> io::Result<FileFigures> {
    let (full_tx, full_rx) = std::sync::mpsc::sync_channel(PIPE_DEPTH);
    let (free_tx, free_rx) = std::sync::mpsc::channel();
    std::thread::scope(|scope| {
        let parser = scope.spawn(move || {
            let mut chunks = ChunkReader::new(full_rx, free_tx);
            read_csv(&mut chunks, spec, shared, options, profile, email)
        });
        pump(reader, full_tx, free_rx);
        match parser.join() {
            Ok(result) => result,
            Err(panic) => std::panic::resume_unwind(panic),
        }
    })
}

/// Inflates `reader` into chunks until its end, an error (passed on), or the parser leaving.
pub(super) fn pump(
    reader: &mut dyn Read,
    full: SyncSender<io::Result<Vec<u8>>>,
    free: Receiver<Vec<u8>>,
) {
    let mut allocated = 0;
    loop {
        let mut chunk = match free.try_recv() {
            Ok(chunk) => chunk,
            Err(_) if allocated < PIPE_DEPTH + 2 => {
                allocated += 1;
                Vec::with_capacity(PIPE_CHUNK)
            }
            Err(_) => match free.recv() {
                Ok(chunk) => chunk,
                Err(_) => return,
            },
        };
        chunk.resize(PIPE_CHUNK, 0);
        let mut filled = 0;
        let outcome = loop {
            match reader.read(chunk.get_mut(filled..).unwrap_or_default()) {
                Ok(0) => break Ok(true),
                Ok(n) => {
                    filled += n;
                    if filled >= chunk.len() {
                        break Ok(false);
                    }
                }
                Err(error) if error.kind() == io::ErrorKind::Interrupted => {}
                Err(error) => break Err(error),
            }
        };
        chunk.truncate(filled);
        let (finished, error) = match outcome {
            Ok(finished) => (finished, None),
            Err(error) => (true, Some(error)),
        };
        if !chunk.is_empty() && full.send(Ok(chunk)).is_err() {
            return;
        }
        if let Some(error) = error {
            let _ = full.send(Err(error));
        }
        if finished {
            return;
        }
    }
}

/// The parser's side: reads the chunks in order; gives consumed ones back to [`pump`].
pub(super) struct ChunkReader {
    full: Receiver<io::Result<Vec<u8>>>,
    free: Sender<Vec<u8>>,
    chunk: Vec<u8>,
    pos: usize,
    /// After an error every read fails the same way, as the entry's own reader does.
    failed: Option<(io::ErrorKind, String)>,
}

impl ChunkReader {
    fn new(full: Receiver<io::Result<Vec<u8>>>, free: Sender<Vec<u8>>) -> Self {
        ChunkReader {
            full,
            free,
            chunk: Vec::new(),
            pos: 0,
            failed: None,
        }
    }
}

impl Read for ChunkReader {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        if let Some((kind, message)) = &self.failed {
            return Err(io::Error::new(*kind, message.clone()));
        }
        while self.pos >= self.chunk.len() {
            match self.full.recv() {
                Ok(Ok(next)) => {
                    let used = std::mem::replace(&mut self.chunk, next);
                    self.pos = 0;
                    // The pump may have stopped already; the chunk is then just dropped.
                    if used.capacity() > 0 {
                        let _ = self.free.send(used);
                    }
                }
                Ok(Err(error)) => {
                    self.failed = Some((error.kind(), error.to_string()));
                    return Err(error);
                }
                // The pump finished: the end of the entry.
                Err(_) => return Ok(0),
            }
        }
        let available = self.chunk.get(self.pos..).unwrap_or_default();
        let n = available.len().min(out.len());
        if let (Some(dst), Some(src)) = (out.get_mut(..n), available.get(..n)) {
            dst.copy_from_slice(src);
        }
        self.pos += n;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Hands out `data` a few odd-sized bytes at a time, then fails at `fail_at` if set.
    struct Source {
        data: Vec<u8>,
        pos: usize,
        fail_at: Option<usize>,
    }

    impl Read for Source {
        fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
            if self.fail_at.is_some_and(|at| self.pos >= at) {
                return Err(io::Error::new(io::ErrorKind::InvalidData, "damaged"));
            }
            let step = 1 + self.pos % 7_919;
            let end = (self.pos + step.min(out.len()))
                .min(self.data.len())
                .min(self.fail_at.unwrap_or(usize::MAX));
            let n = end - self.pos;
            out[..n].copy_from_slice(&self.data[self.pos..end]);
            self.pos = end;
            Ok(n)
        }
    }

    fn pattern(len: usize) -> Vec<u8> {
        (0..len).map(|i| (i * 31 % 251) as u8).collect()
    }

    /// Pumps `source` through the pipe; the other side reads `limit` bytes at most.
    fn through_pipe(source: &mut Source, limit: u64) -> (Vec<u8>, Option<io::ErrorKind>) {
        let (full_tx, full_rx) = std::sync::mpsc::sync_channel(PIPE_DEPTH);
        let (free_tx, free_rx) = std::sync::mpsc::channel();
        std::thread::scope(|scope| {
            let parser = scope.spawn(move || {
                let mut out = Vec::new();
                let result = ChunkReader::new(full_rx, free_tx)
                    .take(limit)
                    .read_to_end(&mut out);
                (out, result.err().map(|e| e.kind()))
            });
            pump(source, full_tx, free_rx);
            parser.join().expect("parser thread")
        })
    }

    #[test]
    fn bytes_arrive_whole_and_in_order_across_many_chunks() {
        let data = pattern(PIPE_CHUNK * (PIPE_DEPTH + 5) + 12_345);
        let mut source = Source {
            data: data.clone(),
            pos: 0,
            fail_at: None,
        };
        let (out, error) = through_pipe(&mut source, u64::MAX);
        assert_eq!(error, None);
        assert!(out == data, "{} bytes out of {}", out.len(), data.len());
    }

    #[test]
    fn an_error_arrives_after_the_bytes_before_it() {
        let data = pattern(PIPE_CHUNK * 3);
        let fail_at = PIPE_CHUNK * 2 + 1_000;
        let mut source = Source {
            data: data.clone(),
            pos: 0,
            fail_at: Some(fail_at),
        };
        let (out, error) = through_pipe(&mut source, u64::MAX);
        assert_eq!(error, Some(io::ErrorKind::InvalidData));
        assert!(
            out == data[..fail_at],
            "{} bytes before the error",
            out.len()
        );
    }

    #[test]
    fn a_parser_that_stops_early_releases_the_pump() {
        let mut source = Source {
            data: pattern(PIPE_CHUNK * 64),
            pos: 0,
            fail_at: None,
        };
        let (out, error) = through_pipe(&mut source, 10);
        assert_eq!((out.len(), error), (10, None));
        // The pump read ahead a few chunks at most, not the whole entry.
        assert!(
            source.pos <= PIPE_CHUNK * (PIPE_DEPTH + 3),
            "{}",
            source.pos
        );
    }

    #[test]
    fn empty_entry_is_an_empty_stream() {
        let mut source = Source {
            data: Vec::new(),
            pos: 0,
            fail_at: None,
        };
        assert_eq!(through_pipe(&mut source, u64::MAX), (Vec::new(), None));
    }
}
