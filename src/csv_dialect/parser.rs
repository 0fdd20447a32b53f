//! csv-core driven record parsing with limits, before any dialect-level joining: the input
//! buffer, field and record caps, dropped columns, the record count limit, and the switch to
//! `\"` escapes when a `Date` file shows one after the sniffed prefix.

use std::io::{self, Read};

use csv_core::ReadRecordResult;

use super::core_pool::{core_reader, recycle_core_reader};
use super::record::{Record, complete_utf8_len};
use super::sniff::has_backslash_escape;
use super::{MIN_RECORD_ROOM, RECORD_SLACK, ReadStats, SMALL_GROWTH, TooManyRecords};
use crate::memory;

/// The input stream and its buffer.
pub(super) struct Source<R> {
    inner: R,
    pub(super) buf: Vec<u8>,
    pub(super) pos: usize,
    pub(super) end: usize,
    eof: bool,
    /// The buffer's size outside of [`Source::rewind_to_mark`].
    size: usize,
    /// Where the record being kept (see [`Source::mark`]) starts in `buf`.
    mark: Option<usize>,
    /// The kept record's bytes from buffers already refilled.
    carry: Vec<u8>,
    /// The kept record outgrew [`CARRY_CAP`]: its start is gone.
    carry_lost: bool,
}

/// Most bytes of one record kept for reading it again: far more than a real comment or
/// post (LinkedIn caps them at a few thousand characters), and a quarter of what a reader's
/// buffers may hold without a share of the memory budget.
const CARRY_CAP: usize = memory::SMALL_BUFFER_BYTES / 4;

impl<R: Read> Source<R> {
    /// A source whose buffer holds `buf[pos..end]` of `inner`'s bytes so far.
    pub(super) fn new(inner: R, buf: Vec<u8>, pos: usize, end: usize, eof: bool) -> Self {
        let size = buf.len();
        Self {
            inner,
            buf,
            pos,
            end,
            eof,
            size,
            mark: None,
            carry: Vec::new(),
            carry_lost: false,
        }
    }

    /// Refills the buffer when it is consumed; afterwards the input is empty only at the end.
    /// The bytes of a kept record are moved to `carry` first.
    pub(super) fn fill(&mut self) -> io::Result<()> {
        if self.pos < self.end || self.eof {
            return Ok(());
        }
        if let Some(mark) = self.mark {
            let kept = self.buf.get(mark..self.end).unwrap_or_default();
            if self.carry_lost || self.carry.len().saturating_add(kept.len()) > CARRY_CAP {
                self.carry_lost = true;
                self.carry = Vec::new();
            } else {
                self.carry.extend_from_slice(kept);
            }
            self.mark = Some(self.end);
        }
        if self.buf.len() != self.size {
            // Back from a rewind: every byte of the longer buffer has been read.
            self.buf = vec![0u8; self.size];
        }
        loop {
            match self.inner.read(&mut self.buf) {
                Ok(0) => self.eof = true,
                Ok(n) => {
                    self.pos = 0;
                    self.end = n.min(self.buf.len());
                    self.mark = self.mark.map(|_| 0);
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            }
            return Ok(());
        }
    }

    /// Keeps the bytes read from here on, across refills, until [`Source::unmark`].
    fn mark(&mut self) {
        self.mark = Some(self.pos);
        self.carry.clear();
        self.carry_lost = false;
    }

    /// The bytes read since [`Source::mark`] (only those still in the buffer when the record
    /// outgrew [`CARRY_CAP`]).
    fn marked(&mut self) -> &[u8] {
        let mark = self.mark.unwrap_or(self.pos);
        let current = self.buf.get(mark..self.pos).unwrap_or_default();
        if self.carry.is_empty() || self.carry_lost {
            return current;
        }
        self.carry.extend_from_slice(current);
        self.mark = Some(self.pos);
        &self.carry
    }

    /// Puts the bytes read since [`Source::mark`] back in front of the unread input; false
    /// when they are gone (the record outgrew [`CARRY_CAP`]).
    fn rewind_to_mark(&mut self) -> bool {
        let Some(mark) = self.mark else {
            return false;
        };
        if self.carry_lost {
            return false;
        }
        if self.carry.is_empty() {
            self.pos = mark;
            return true;
        }
        // The carried bytes, those of this buffer not yet in them, then the unread input.
        let mut joined = std::mem::take(&mut self.carry);
        joined.extend_from_slice(self.buf.get(mark..self.end).unwrap_or_default());
        self.end = joined.len();
        self.pos = 0;
        self.buf = joined;
        self.mark = Some(0);
        true
    }

    /// Stops keeping bytes, releasing a carry that grew large.
    fn unmark(&mut self) {
        self.mark = None;
        self.carry_lost = false;
        if self.carry.capacity() > self.size {
            self.carry = Vec::new();
        } else {
            self.carry.clear();
        }
    }
}

enum Discarded {
    Field { record_end: bool, bytes: usize },
    End,
}

/// csv-core driven record parsing with limits, before any dialect-level joining.
pub(super) struct Parser<R> {
    pub(super) src: Source<R>,
    pub(super) core: csv_core::Reader,
    /// Mirror of csv-core's private output position: `read_record` reports field ends relative
    /// to it, and it also advances while cut/dropped bytes go to `scratch`.
    pub(super) core_pos: usize,
    pub(super) scratch: Vec<u8>,
    pub(super) ends: Vec<usize>,
    pub(super) max_field: usize,
    pub(super) max_cols: usize,
    pub(super) stats: ReadStats,
    /// `core` parses `\"` escapes (to give it back to the right pool).
    pub(super) backslash: bool,
    /// Lines without quotes are split here rather than by csv-core (see
    /// [`Parser::read_plain_line`]); off only in tests comparing the two.
    pub(super) plain_lines: bool,
    /// Records read since the header (continuation lines included: each costs a read).
    pub(super) records_read: u64,
    pub(super) max_records: u64,
    /// The file may turn out to use `\"` escapes after the sniffed prefix (`Date` files:
    /// Comments, Votes): see [`Parser::read_raw_unbounded`].
    pub(super) may_switch_to_backslash: bool,
    /// The share of the shared memory budget this reader holds once one of its buffers must
    /// grow past [`memory::SMALL_BUFFER_BYTES`] (a hostile line: real rows are far shorter),
    /// kept until the reader is dropped.
    pub(super) large: Option<memory::Share>,
}

impl<R> Drop for Parser<R> {
    fn drop(&mut self) {
        // The placeholder is never used: only a built reader can parse.
        recycle_core_reader(self.backslash, std::mem::take(&mut self.core));
    }
}

impl<R> Parser<R> {
    /// Takes this reader's share of the memory budget before a buffer grows past
    /// [`memory::SMALL_BUFFER_BYTES`], waiting while other threads hold the budget. The share
    /// covers what the reader's buffers may hold at most: a record, the record ahead and the
    /// joined field of continuation lines, each up to a field and its record's slack.
    pub(super) fn reserve_large(&mut self) {
        if self.large.is_none() {
            let record = self.max_field.saturating_add(RECORD_SLACK) as u64;
            self.large = Some(memory::take(record.saturating_mul(3)));
        }
    }
}

impl<R: Read> Parser<R> {
    /// Consumes the rest of the current field without keeping it. Uses `read_record` with a
    /// single end slot (it stops right after one field) because its copy loop is much faster
    /// than `read_field`'s on huge fields.
    fn discard_field(&mut self) -> io::Result<Discarded> {
        let mut bytes = 0usize;
        let mut end = [0usize; 1];
        loop {
            self.src.fill()?;
            let input = self
                .src
                .buf
                .get(self.src.pos..self.src.end)
                .unwrap_or_default();
            let (res, nin, nout, nend) = self.core.read_record(input, &mut self.scratch, &mut end);
            self.src.pos += nin;
            bytes = bytes.saturating_add(nout);
            match res {
                ReadRecordResult::Record => {
                    self.core_pos = 0;
                    return Ok(Discarded::Field {
                        record_end: true,
                        bytes,
                    });
                }
                ReadRecordResult::End => return Ok(Discarded::End),
                ReadRecordResult::InputEmpty
                | ReadRecordResult::OutputFull
                | ReadRecordResult::OutputEndsFull => {
                    self.core_pos += nout;
                    if nend > 0 {
                        return Ok(Discarded::Field {
                            record_end: false,
                            bytes,
                        });
                    }
                }
            }
        }
    }

    /// Reads one raw record into `rec`; Ok(false) at the end of input, an error past
    /// `max_records`.
    pub(super) fn read_raw(&mut self, rec: &mut Record) -> io::Result<bool> {
        let read = self.read_raw_unbounded(rec)?;
        if read {
            self.records_read += 1;
            if self.records_read > self.max_records {
                return Err(io::Error::new(
                    io::ErrorKind::InvalidData,
                    TooManyRecords {
                        limit: self.max_records,
                    },
                ));
            }
        }
        Ok(read)
    }

    /// Reads one raw record. A `Date` file read with `""` escapes whose record shows a `\"`
    /// escape (a backslash, a quote, then text: never RFC 4180 output) switches to `\"`
    /// escapes, and that record is read again: a file whose first `\"` comes after the
    /// sniffed prefix would otherwise keep a stray backslash and quote in that message, and
    /// misplace the record ends after it. The record's bytes are kept across buffer refills
    /// for this (up to [`CARRY_CAP`]; past it only the records after it are read right).
    fn read_raw_unbounded(&mut self, rec: &mut Record) -> io::Result<bool> {
        if self.backslash || !self.may_switch_to_backslash {
            return self.read_raw_once(rec);
        }
        self.src.fill()?;
        let stats = self.stats.clone();
        self.src.mark();
        let read = self.read_raw_once(rec);
        let switch = matches!(read, Ok(true)) && has_backslash_escape(self.src.marked());
        if !switch {
            self.src.unmark();
            return read;
        }
        recycle_core_reader(false, std::mem::replace(&mut self.core, core_reader(true)));
        self.backslash = true;
        self.core_pos = 0;
        let rewound = self.src.rewind_to_mark();
        self.src.unmark();
        if !rewound {
            return read;
        }
        self.stats = stats;
        self.read_raw_once(rec)
    }

    fn read_raw_once(&mut self, rec: &mut Record) -> io::Result<bool> {
        rec.clear();
        if self.plain_lines {
            self.src.fill()?;
            if self.read_plain_line(rec) {
                return Ok(true);
            }
        }
        loop {
            self.src.fill()?;
            let ncols = rec.ends.len();
            if ncols >= self.max_cols {
                return self.drop_rest_of_record();
            }
            let field_start = rec.ends.last().copied().unwrap_or(0);
            // A field stops at max_field, and at the record's own cap: past it, fields are
            // cut to nothing (and counted) like any over-long field.
            let record_cap = self.max_field.saturating_add(RECORD_SLACK);
            let field_limit = field_start
                .saturating_add(self.max_field)
                .min(record_cap.max(field_start));
            let limit = rec.data.len().min(field_limit);
            if rec.len >= limit {
                if rec.len >= field_limit {
                    // The current field reached max_field: skip the rest of it.
                    match self.discard_field()? {
                        Discarded::Field { record_end, bytes } => {
                            if bytes > 0 {
                                let kept = rec.data.get(field_start..rec.len).unwrap_or_default();
                                rec.len = field_start + complete_utf8_len(kept);
                                self.stats.truncated_fields += 1;
                                rec.last_cut = true;
                            } else {
                                rec.last_cut = false;
                            }
                            rec.push_end(rec.len);
                            if record_end {
                                return Ok(true);
                            }
                            continue;
                        }
                        // Only possible with no room left at the start of a field.
                        Discarded::End => return Ok(!rec.ends.is_empty()),
                    }
                }
                self.grow(rec, field_start, field_limit);
                continue;
            }
            let ends_room = (self.max_cols - ncols).min(self.ends.len());
            let input = self
                .src
                .buf
                .get(self.src.pos..self.src.end)
                .unwrap_or_default();
            let out = rec.data.get_mut(rec.len..limit).unwrap_or_default();
            let ends = self.ends.get_mut(..ends_room).unwrap_or_default();
            let (res, nin, nout, nend) = self.core.read_record(input, out, ends);
            self.src.pos += nin;
            let base = rec.len;
            rec.len += nout;
            for &e in ends.get(..nend).unwrap_or_default() {
                rec.push_end(e.saturating_sub(self.core_pos).saturating_add(base));
            }
            if nend > 0 {
                rec.last_cut = false;
            }
            match res {
                ReadRecordResult::Record => {
                    self.core_pos = 0;
                    return Ok(true);
                }
                ReadRecordResult::End => return Ok(false),
                ReadRecordResult::InputEmpty
                | ReadRecordResult::OutputFull
                | ReadRecordResult::OutputEndsFull => self.core_pos += nout,
            }
        }
    }

    /// Drops the fields past `max_columns`, counting them. Only called after a field
    /// delimiter (record ends return), so the rest of the record is at least one more field.
    fn drop_rest_of_record(&mut self) -> io::Result<bool> {
        loop {
            match self.discard_field()? {
                Discarded::Field { record_end, .. } => {
                    self.stats.dropped_columns += 1;
                    if record_end {
                        return Ok(true);
                    }
                }
                Discarded::End => return Ok(true),
            }
        }
    }

    /// Makes room in `rec` for more of the field starting at `field_start`, up to
    /// `field_limit`.
    fn grow(&mut self, rec: &mut Record, field_start: usize, field_limit: usize) {
        // Grow geometrically with the current field (not with the whole buffer, which
        // may already hold a cut field: doubling it for the next small field would
        // double the record's memory), never beyond what the field may hold.
        let field_len = rec.len.saturating_sub(field_start);
        let want = rec
            .data
            .len()
            .saturating_add(field_len.max(MIN_RECORD_ROOM))
            .min(field_limit);
        if want > memory::SMALL_BUFFER_BYTES {
            self.reserve_large();
        }
        if want <= SMALL_GROWTH {
            // Zeroed by the allocator: `resize` fills byte by byte in debug builds
            // (docs/PERFORMANCE.md#csv-reader).
            let mut grown = vec![0u8; want];
            let kept = rec.len.min(rec.data.len());
            if let (Some(dst), Some(src)) = (grown.get_mut(..kept), rec.data.get(..kept)) {
                dst.copy_from_slice(src);
            }
            rec.data = grown;
        } else {
            // Exact reservation: amortised growth could double a cut field's memory;
            // realloc moves big buffers without a second copy.
            rec.data.reserve_exact(want.saturating_sub(rec.data.len()));
            rec.data.resize(want, 0);
        }
    }
}

#[cfg(test)]
mod tests {
    use std::io::{self, Read};

    use proptest::prelude::*;

    use crate::csv_dialect::test_support::*;
    use crate::csv_dialect::{
        BUF_SIZE, CsvReader, RECORD_SLACK, ReadStats, ReaderLimits, Record, SHRINK_ABOVE,
    };

    /// A stream of `prefix`, `len` copies of `fill`, then `suffix`, without a big buffer.
    struct Generated {
        parts: [(Vec<u8>, usize); 3],
        idx: usize,
        done_in_part: usize,
    }

    impl Generated {
        fn new(prefix: &[u8], fill: u8, len: usize, suffix: &[u8]) -> Self {
            Self {
                parts: [
                    (prefix.to_vec(), 1),
                    (vec![fill; 4096], len),
                    (suffix.to_vec(), 1),
                ],
                idx: 0,
                done_in_part: 0,
            }
        }
    }

    impl Read for Generated {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            loop {
                let Some((chunk, reps)) = self.parts.get(self.idx) else {
                    return Ok(0);
                };
                // For the fill part `reps` is a byte count; otherwise copy the chunk once.
                let total = if self.idx == 1 { *reps } else { chunk.len() };
                if self.done_in_part >= total {
                    self.idx += 1;
                    self.done_in_part = 0;
                    continue;
                }
                let start = self.done_in_part % chunk.len().max(1);
                let n = (total - self.done_in_part)
                    .min(chunk.len() - start)
                    .min(buf.len());
                buf[..n].copy_from_slice(&chunk[start..start + n]);
                self.done_in_part += n;
                return Ok(n);
            }
        }
    }

    #[test]
    fn huge_field_is_cut_with_bounded_memory() {
        const HUGE: usize = 200 * 1024 * 1024;
        let limits = ReaderLimits {
            max_field_bytes: 1024,
            ..ReaderLimits::default()
        };
        for (prefix, suffix) in [
            (&b"a,b,c\n1,\""[..], &b"\",3\n4,5,6\n"[..]),
            (b"a,b,c\n1,", b",3\n4,5,6"),
        ] {
            let mut rdr =
                CsvReader::new(Generated::new(prefix, b'x', HUGE, suffix), limits).unwrap();
            let mut rec = Record::default();
            assert!(rdr.read_record(&mut rec).unwrap());
            assert_eq!(rec.len(), 3);
            assert_eq!(rec.get(0), Some(&b"1"[..]));
            assert_eq!(rec.get(1), Some(&[b'x'; 1024][..]));
            assert_eq!(rec.get(2), Some(&b"3"[..]));
            assert!(
                rec.data.capacity() <= 4 * 1024,
                "kept {} bytes",
                rec.data.capacity()
            );
            assert!(rdr.read_record(&mut rec).unwrap());
            assert_eq!(rec.iter().collect::<Vec<_>>(), vec![&b"4"[..], b"5", b"6"]);
            assert!(!rdr.read_record(&mut rec).unwrap());
            assert_eq!(rdr.stats().truncated_fields, 1);
            assert_eq!(rdr.stats().records, 2);
        }
    }

    #[test]
    fn a_record_of_many_huge_fields_is_capped_as_a_whole() {
        // Found by the hostile-input tests: each field was capped, the record was not (nor
        // its buffer's growth after a cut field), so a record of n huge fields cost n fields
        // of memory, and the small fields after a 64 MiB one doubled its buffer to 128 MiB.
        const FIELD: usize = 400 * 1024;
        let max_field = 300 * 1024;
        let limits = ReaderLimits {
            max_field_bytes: max_field,
            ..ReaderLimits::default()
        };
        let mut csv = b"a,b,c,d,e,f\n".to_vec();
        for _ in 0..5 {
            csv.extend(std::iter::repeat_n(b'x', FIELD));
            csv.push(b',');
        }
        csv.extend_from_slice(b"end\n1,2\n");
        let mut rdr = CsvReader::new(&csv[..], limits).unwrap();
        let mut rec = Record::default();
        assert!(rdr.read_record(&mut rec).unwrap());
        let lens: Vec<usize> = rec.iter().map(<[u8]>::len).collect();
        let cap = max_field + RECORD_SLACK;
        // Four fields cut at max_field, the fifth at what the record has left, then nothing.
        assert_eq!(
            lens,
            [
                max_field,
                max_field,
                max_field,
                max_field,
                cap - 4 * max_field,
                0
            ]
        );
        assert!(rec.data.capacity() <= cap, "kept {}", rec.data.capacity());
        assert_eq!(rdr.stats().truncated_fields, 6);
        assert!(rdr.read_record(&mut rec).unwrap());
        assert_eq!(rec.iter().collect::<Vec<_>>(), vec![&b"1"[..], b"2"]);
        // The huge buffer was released for the small record.
        assert!(rec.data.capacity() <= SHRINK_ABOVE);
    }

    #[test]
    fn million_column_header_keeps_max_columns() {
        const COLS: usize = 1_000_000;
        // "c,c,c,...,c\n" then one short record.
        let mut header = b"c,".repeat(COLS - 1);
        header.extend_from_slice(b"c\n1,2\n");
        let mut rdr = CsvReader::new(&header[..], ReaderLimits::default()).unwrap();
        assert_eq!(rdr.header().len(), 10_000);
        assert_eq!(rdr.stats().dropped_columns, (COLS - 10_000) as u64);
        let mut rec = Record::default();
        assert!(rdr.read_record(&mut rec).unwrap());
        assert_eq!(rec.iter().collect::<Vec<_>>(), vec![&b"1"[..], b"2"]);
    }

    #[test]
    fn extra_columns_are_dropped() {
        let limits = ReaderLimits {
            max_columns: 2,
            ..ReaderLimits::default()
        };
        let r = read_with(b"a,b,c\n1,2,3,4\n5\n6,7,\"8\n9\",10\n", limits, BUF_SIZE);
        assert_eq!(r.names, names(&["a", "b"]));
        assert_eq!(r.rows, rows(&[&["1", "2"], &["5"], &["6", "7"]]));
        assert_eq!(r.stats.dropped_columns, 1 + 2 + 2);
    }

    #[test]
    fn unterminated_quote_ends_the_last_record() {
        let r = read(b"a,b\n1,\"unterminated\nmore, text");
        assert_eq!(r.rows, rows(&[&["1", "unterminated\nmore, text"]]));
    }

    /// A Comments.csv-like file whose first `\"` escape, at byte `escape_at`, comes after the
    /// sniffed prefix, in a record whose message goes on for `tail` more bytes: quoteless rows
    /// of `pad` bytes each (the last one shorter or longer) fill the space before it. Returns
    /// the file and the messages it holds, or None when the rows cannot fill that space.
    fn late_escape_file(
        escape_at: usize,
        lead: usize,
        tail: usize,
    ) -> Option<(Vec<u8>, Vec<String>)> {
        const HEADER: &str = "Date,Link,Message\n";
        const ROW: &str = "2025-01-01 10:00:00,https://x/1,";
        const START: &str = "2025-02-01 10:00:00,https://y/1,\"";
        let mut data = HEADER.as_bytes().to_vec();
        let mut messages = Vec::new();
        let record_start = escape_at.checked_sub(START.len() + lead)?;
        let mut gap = record_start.checked_sub(data.len())?;
        while gap > 0 {
            // A row is at least ROW and its line end; leave room for one more if need be.
            let len = if gap >= 2 * (ROW.len() + 40) {
                ROW.len() + 40
            } else {
                gap
            };
            let text = "p".repeat(len.checked_sub(ROW.len() + 1)?);
            data.extend_from_slice(format!("{ROW}{text}\n").as_bytes());
            messages.push(text);
            gap -= len;
        }
        let text = format!(
            "{}\\\"hi\\\", she said, {}",
            "a".repeat(lead),
            "b".repeat(tail)
        );
        data.extend_from_slice(format!("{START}{text}\"\n").as_bytes());
        assert_eq!(data.get(escape_at..escape_at + 2), Some(&b"\\\""[..]));
        messages.push(text.replace("\\\"", "\""));
        data.extend_from_slice(b"2025-02-02 10:00:00,https://y/2,\"more \\\"quotes\\\", here\"\n");
        messages.push("more \"quotes\", here".to_owned());
        data.extend_from_slice(b"2025-03-01 10:00:00,https://z/1,last\n");
        messages.push("last".to_owned());
        Some((data, messages))
    }

    fn messages_read(data: &[u8], buf: usize) -> (Vec<String>, ReadStats) {
        let r = read_with(data, ReaderLimits::default(), buf);
        assert_eq!(r.names, names(&["Date", "Link", "Message"]));
        let messages = r
            .rows
            .iter()
            .map(|row| row.get(2).cloned().unwrap_or_default());
        (messages.collect(), r.stats)
    }

    #[test]
    fn a_record_crossing_the_buffer_end_after_its_first_escape_is_read_again() {
        // The record's first `\"` is in the second 64 KiB buffer, its end in the third; then
        // with the escape's two bytes on either side of the boundary, and just after it.
        for escape_at in [2 * BUF_SIZE - 100, 2 * BUF_SIZE - 1, 2 * BUF_SIZE + 10] {
            let (data, want) = late_escape_file(escape_at, 20, 2_000).expect("file");
            let (got, stats) = messages_read(&data, BUF_SIZE);
            assert_eq!(got.len(), want.len(), "escape at {escape_at}");
            let tail = got.len().saturating_sub(3);
            assert!(got == want, "escape at {escape_at}: {:?}", got.get(tail..));
            assert_eq!(stats.records, want.len() as u64);
            assert_eq!(stats.continuation_lines, 0);
            assert_eq!(stats.invalid_utf8_records, 0);
        }
    }

    #[test]
    fn a_record_longer_than_a_buffer_is_read_again_whole() {
        // The record spans several small buffers before and after its first escape.
        let (data, want) = late_escape_file(300, 150, 500).expect("file");
        for buf in [64, 100, 128] {
            assert_eq!(messages_read(&data, buf).0, want, "buffer {buf}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn a_late_escape_reads_the_same_wherever_the_buffer_ends(
            buf in 48usize..400,
            boundary in 2usize..5,
            offset in -80isize..80,
            lead in 0usize..120,
            tail in 0usize..600,
        ) {
            let escape_at = (boundary * buf).saturating_add_signed(offset);
            // Past the sniffed prefix, which would see it.
            prop_assume!(escape_at > buf);
            let Some((data, want)) = late_escape_file(escape_at, lead, tail) else {
                return Err(TestCaseError::reject("no room for the rows before"));
            };
            let (got, stats) = messages_read(&data, buf);
            prop_assert_eq!(&got, &want);
            prop_assert_eq!(stats.continuation_lines, 0);
        }
    }
}
