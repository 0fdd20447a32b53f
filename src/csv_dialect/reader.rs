//! [`CsvReader`]: sniffs a file's start, reads its header, then hands out records, joining
//! the unquoted continuation lines of `Date` files and counting what it cut.

use std::io::{self, Read};

use super::continuation::starts_with_date;
use super::core_pool::core_reader;
use super::parser::{Parser, Source};
use super::record::{Header, Record};
use super::sniff::{detect_backslash, is_not_csv, skip_preamble};
use super::{
    BUF_SIZE, Dialect, ENDS_BATCH, ReadStats, ReaderLimits, SCRATCH_SIZE, SHRINK_ABOVE, UTF8_BOM,
};
use crate::memory;

/// Streaming reader for one LinkedIn export CSV file.
pub struct CsvReader<R: Read> {
    parser: Parser<R>,
    header: Header,
    /// The header line's fields as read, for a file whose first line turns out to be data.
    header_record: Record,
    dialect: Dialect,
    /// Number of header fields; in continuation mode, extra fields are joined into the last.
    header_len: usize,
    /// One record of lookahead for continuation mode.
    pending: Record,
    has_pending: bool,
    next: Record,
    join_buf: Vec<u8>,
    /// Decides where a record starts in continuation mode.
    dates: crate::dates::DateParser,
    finished: bool,
}

impl<R: Read> CsvReader<R> {
    /// Sniffs the start of the stream (read a bounded prefix, e.g. 64 KiB, then chain it with
    /// the rest) and reads the header.
    pub fn new(inner: R, limits: ReaderLimits) -> io::Result<Self> {
        Self::with_buffer_size(inner, limits, BUF_SIZE)
    }

    /// `new` with another buffer (= sniff prefix) size, so tests can cross buffer boundaries.
    pub(super) fn with_buffer_size(
        inner: R,
        limits: ReaderLimits,
        size: usize,
    ) -> io::Result<Self> {
        Self::with_options(inner, limits, size, true)
    }

    /// `with_buffer_size`, with the plain-line path on or off (tests compare the two).
    pub(super) fn with_options(
        mut inner: R,
        limits: ReaderLimits,
        size: usize,
        plain_lines: bool,
    ) -> io::Result<Self> {
        let size = size.max(8);
        let mut buf = vec![0u8; size];
        let mut end = 0;
        let mut eof = false;
        while end < size {
            match inner.read(buf.get_mut(end..).unwrap_or_default()) {
                Ok(0) => {
                    eof = true;
                    break;
                }
                Ok(n) => end = end.saturating_add(n).min(size),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        let mut dialect = Dialect::default();
        let prefix = buf.get(..end).unwrap_or_default();
        let mut pos = 0;
        if prefix.starts_with(UTF8_BOM) {
            dialect.bom = true;
            pos = UTF8_BOM.len();
        }
        let rest = prefix.get(pos..).unwrap_or_default();
        dialect.not_csv = eof && is_not_csv(rest);
        if let Some((skip, lines)) = skip_preamble(rest) {
            pos += skip;
            dialect.preamble_lines = lines;
        }
        let mut scratch = vec![0u8; SCRATCH_SIZE];
        let mut ends = vec![0usize; ENDS_BATCH];
        let sniffed = prefix.get(pos..).unwrap_or_default();
        dialect.backslash_escapes =
            !dialect.not_csv && detect_backslash(sniffed, eof, &mut scratch, &mut ends);
        let mut parser = Parser {
            src: Source::new(inner, buf, pos, end, eof),
            core: core_reader(dialect.backslash_escapes),
            core_pos: 0,
            scratch,
            ends,
            max_field: limits.max_field_bytes,
            max_cols: limits.max_columns.max(1),
            stats: ReadStats::default(),
            backslash: dialect.backslash_escapes,
            plain_lines,
            records_read: 0,
            // Set once the header is read.
            max_records: u64::MAX,
            may_switch_to_backslash: false,
            large: None,
        };
        let mut header_rec = Record::default();
        let has_header = !dialect.not_csv && parser.read_raw(&mut header_rec)?;
        parser.may_switch_to_backslash = header_rec
            .get(0)
            .is_some_and(|first| first.trim_ascii().eq_ignore_ascii_case(b"date"));
        parser.records_read = 0;
        parser.max_records = limits.max_records;
        let names: Vec<String> = if has_header {
            header_rec
                .iter()
                .map(|f| {
                    String::from_utf8_lossy(f)
                        .trim_matches(|c: char| c.is_whitespace() || c == '\u{FEFF}')
                        .to_owned()
                })
                .collect()
        } else {
            Vec::new()
        };
        dialect.joins_unquoted_continuations = names
            .first()
            .is_some_and(|n| n.eq_ignore_ascii_case("date"));
        Ok(Self {
            parser,
            header_len: names.len(),
            header: Header::from_names(names),
            header_record: header_rec,
            dialect,
            pending: Record::default(),
            has_pending: false,
            next: Record::default(),
            join_buf: Vec::new(),
            dates: crate::dates::DateParser::new(),
            finished: !has_header,
        })
    }

    pub fn header(&self) -> &Header {
        &self.header
    }

    pub fn dialect(&self) -> &Dialect {
        &self.dialect
    }

    /// The header line's fields, raw: when the header line is missing, this is the first
    /// record (see `headers::assess`).
    pub fn header_record(&self) -> &Record {
        &self.header_record
    }

    /// Frees the header line's raw fields once they are known to be a header.
    pub fn release_header_record(&mut self) {
        self.header_record = Record::default();
    }

    pub fn stats(&self) -> &ReadStats {
        &self.parser.stats
    }

    /// Fills `record` with the next record; Ok(false) at end of input. I/O errors from `inner`
    /// pass through.
    pub fn read_record(&mut self, record: &mut Record) -> io::Result<bool> {
        if self.finished {
            record.clear();
            return Ok(false);
        }
        if !self.dialect.joins_unquoted_continuations {
            if !self.parser.read_raw(record)? {
                self.finished = true;
                return Ok(false);
            }
            self.finish(record);
            return Ok(true);
        }
        if !self.has_pending {
            if !self.parser.read_raw(&mut self.pending)? {
                self.finished = true;
                record.clear();
                return Ok(false);
            }
            self.has_pending = true;
        }
        loop {
            if !self.parser.read_raw(&mut self.next)? {
                std::mem::swap(record, &mut self.pending);
                self.has_pending = false;
                self.finished = true;
                break;
            }
            // An all-empty record (`,,`) is a record of its own, not a continuation line.
            if starts_with_date(&self.next, &mut self.dates)
                || self.next.iter().all(<[u8]>::is_empty)
            {
                std::mem::swap(record, &mut self.pending);
                std::mem::swap(&mut self.pending, &mut self.next);
                break;
            }
            self.join_continuation();
        }
        self.finish(record);
        Ok(true)
    }

    /// Appends the line in `next` to the last field of `pending`: "\n" then its fields
    /// re-joined with "," (the parser split the unquoted line on commas). In place: a message
    /// of a million lines must not be copied once per line.
    fn join_continuation(&mut self) {
        self.parser.stats.continuation_lines += 1;
        let cap = join_cap(self.parser.max_field);
        if self.pending.byte_len().saturating_add(self.next.byte_len())
            >= memory::SMALL_BUFFER_BYTES
        {
            self.parser.reserve_large();
        }
        self.pending.append_to_last(b"\n", cap);
        for (i, f) in self.next.iter().enumerate() {
            if i > 0 {
                self.pending.append_to_last(b",", cap);
            }
            self.pending.append_to_last(f, cap);
        }
        self.pending
            .cut_last(self.parser.max_field, &mut self.parser.stats);
    }

    fn finish(&mut self, record: &mut Record) {
        if self.dialect.joins_unquoted_continuations {
            // Unquoted commas of a message split it: fields beyond the header belong to the
            // last column.
            let last = self.header_len.saturating_sub(1);
            if record.len() > self.header_len {
                let cap = join_cap(self.parser.max_field);
                if record.byte_len() >= memory::SMALL_BUFFER_BYTES {
                    self.parser.reserve_large();
                }
                self.join_buf.clear();
                for (i, f) in record.iter().enumerate().skip(last) {
                    if i > last {
                        push_capped(&mut self.join_buf, b",", cap);
                    }
                    push_capped(&mut self.join_buf, f, cap);
                }
                record.replace_tail(
                    last,
                    &self.join_buf,
                    self.parser.max_field,
                    &mut self.parser.stats,
                );
                release_if_huge(&mut self.join_buf);
            }
        }
        if !record.is_utf8() {
            self.parser.stats.invalid_utf8_records += 1;
        }
        self.parser.stats.records += 1;
    }
}

/// How much of a joined field is gathered: a few bytes past `max_field`, enough for
/// `replace_tail` to see that it is cut and where a UTF-8 character ends.
fn join_cap(max_field: usize) -> usize {
    max_field.saturating_add(4)
}

/// Appends what fits of `bytes` under `cap`: joining never holds more than one field's worth.
fn push_capped(buf: &mut Vec<u8>, bytes: &[u8], cap: usize) {
    let room = cap.saturating_sub(buf.len());
    buf.extend_from_slice(bytes.get(..room.min(bytes.len())).unwrap_or_default());
}

fn release_if_huge(buf: &mut Vec<u8>) {
    if buf.capacity() > SHRINK_ABOVE {
        *buf = Vec::new();
    }
}

#[cfg(test)]
mod tests {
    use std::io::{self, Read};

    use proptest::prelude::*;

    use super::*;
    use crate::csv_dialect::TooManyRecords;
    use crate::csv_dialect::test_support::*;

    #[test]
    fn bom_and_all_record_ends() {
        let r = read(b"\xEF\xBB\xBFName ,Value\r\na,1\nb,2\rc,3");
        assert_eq!(r.names, names(&["Name", "Value"]));
        assert_eq!(r.rows, rows(&[&["a", "1"], &["b", "2"], &["c", "3"]]));
        assert!(r.dialect.bom);
        assert_eq!(r.stats.records, 3);
    }

    #[test]
    fn line_breaks_inside_quotes_are_kept() {
        let r = read(b"a,b\r\n\"x\r\ny\",\"p\rq\"\n\"l\nm\",z");
        assert_eq!(r.rows, rows(&[&["x\r\ny", "p\rq"], &["l\nm", "z"]]));
        assert!(!r.dialect.bom);
    }

    #[test]
    fn messages_2026_all_quoted() {
        let r = read(
            b"\"CONVERSATION ID\",\"FROM\",\"DATE\",\"CONTENT\"\n\"2-abc\",\"Ann Lee\",\"2026-01-02 03:04:05 UTC\",\"Hello,\nsecond line\n\n\"\"quoted\"\"\"\n",
        );
        assert_eq!(
            r.names,
            names(&["CONVERSATION ID", "FROM", "DATE", "CONTENT"])
        );
        assert_eq!(
            r.rows,
            rows(&[&[
                "2-abc",
                "Ann Lee",
                "2026-01-02 03:04:05 UTC",
                "Hello,\nsecond line\n\n\"quoted\""
            ]])
        );
        assert!(!r.dialect.joins_unquoted_continuations);
    }

    #[test]
    fn header_only_and_empty_files() {
        for input in [&b"Name,Value\n"[..], b"Name,Value", b"Name,Value\r\n\r\n"] {
            let r = read(input);
            assert_eq!(r.names, names(&["Name", "Value"]));
            assert!(r.rows.is_empty());
        }
        let r = read(b"");
        assert!(r.names.is_empty());
        assert!(r.rows.is_empty());
        assert_eq!(r.dialect, Dialect::default());
        assert_eq!(r.stats, ReadStats::default());
    }

    #[test]
    fn profile_summary_empty_record_is_blank() {
        let mut rdr =
            CsvReader::new(&b"Profile Summary\n\"\"\n"[..], ReaderLimits::default()).unwrap();
        let mut rec = Record::default();
        assert!(rdr.read_record(&mut rec).unwrap());
        assert_eq!(rec.len(), 1);
        assert_eq!(rec.get(0), Some(&b""[..]));
        assert!(rec.is_blank());
        assert!(!rdr.read_record(&mut rec).unwrap());
        assert_eq!(rdr.stats().records, 1);
    }

    #[test]
    fn duplicate_and_empty_column_names() {
        let mut rdr = CsvReader::new(
            &b"Company Names,Job Titles, company names ,\n1,2,3,4\n"[..],
            ReaderLimits::default(),
        )
        .unwrap();
        let h = rdr.header();
        assert_eq!(
            h.names(),
            names(&["Company Names", "Job Titles", "company names", ""]).as_slice()
        );
        assert_eq!(h.len(), 4);
        assert!(!h.is_empty());
        assert_eq!(h.find(" company NAMES "), Some(0));
        assert_eq!(h.find(""), None);
        assert_eq!(h.find("  "), None);
        assert_eq!(h.find_any(&["SharedUrl", "job titles"]), Some(1));
        assert_eq!(h.find_any(&["SharedUrl", "SharedURL"]), None);
        let mut rec = Record::default();
        assert!(rdr.read_record(&mut rec).unwrap());
        assert_eq!(
            rec.iter().collect::<Vec<_>>(),
            vec![&b"1"[..], b"2", b"3", b"4"]
        );
        assert_eq!(rec.get(4), None);
        assert_eq!(rec.text(4), "");
    }

    #[test]
    fn empty_lines_between_records_are_skipped() {
        let r = read(b"a,b\n\n1,2\r\n\r\n\n3,4\n\n");
        assert_eq!(r.rows, rows(&[&["1", "2"], &["3", "4"]]));
        let r = read(b"a,b\n,\n");
        assert_eq!(r.rows, rows(&[&["", ""]]));
    }

    #[test]
    fn invalid_utf8_and_nul_bytes() {
        let mut rdr = CsvReader::new(
            &b"a,b\n\xFF\xFE,x\x00y\nok,fine\n"[..],
            ReaderLimits::default(),
        )
        .unwrap();
        let mut rec = Record::default();
        assert!(rdr.read_record(&mut rec).unwrap());
        assert_eq!(rec.get(0), Some(&b"\xFF\xFE"[..]));
        assert_eq!(rec.text(0), "\u{FFFD}\u{FFFD}");
        assert_eq!(rec.get(1), Some(&b"x\x00y"[..]));
        assert!(rdr.read_record(&mut rec).unwrap());
        assert_eq!(rec.text(1), "fine");
        assert!(!rdr.read_record(&mut rec).unwrap());
        assert_eq!(rdr.stats().invalid_utf8_records, 1);
        // A character split across two fields is invalid in both.
        let r = read(b"a,b\n\xC3,\xA9\n");
        assert_eq!(r.stats.invalid_utf8_records, 1);
    }

    struct Failing {
        data: &'static [u8],
    }

    impl Read for Failing {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            if self.data.is_empty() {
                return Err(io::Error::other("boom"));
            }
            let n = self.data.len().min(buf.len());
            buf[..n].copy_from_slice(&self.data[..n]);
            self.data = &self.data[n..];
            Ok(n)
        }
    }

    #[test]
    fn io_errors_pass_through() {
        let err = CsvReader::new(
            Failing {
                data: b"a,b\n1,2\n",
            },
            ReaderLimits::default(),
        )
        .err()
        .map(|e| e.to_string());
        assert_eq!(err.as_deref(), Some("boom"));
        let mut rdr = CsvReader::with_buffer_size(
            Failing {
                data: b"a,b\n1,2\n3,4\n",
            },
            ReaderLimits::default(),
            8,
        )
        .unwrap();
        let mut rec = Record::default();
        assert!(rdr.read_record(&mut rec).unwrap());
        assert_eq!(rec.text(1), "2");
        assert!(rdr.read_record(&mut rec).unwrap());
        assert_eq!(rec.text(1), "4");
        let err = rdr.read_record(&mut rec).err().map(|e| e.to_string());
        assert_eq!(err.as_deref(), Some("boom"));
    }

    #[test]
    fn tiny_buffers_give_the_same_records() {
        let input =
            "\u{feff}Name,Text\r\n\"a,b\",\"x\"\"y\"\"\nz\"\r\nplain,\u{e9}t\u{e9}\n\n\"\",end";
        let expected = read(input.as_bytes());
        assert_eq!(
            expected.rows,
            rows(&[&["a,b", "x\"y\"\nz"], &["plain", "été"], &["", "end"]])
        );
        for size in 8..40 {
            let r = read_with(input.as_bytes(), ReaderLimits::default(), size);
            assert_eq!(r.rows, expected.rows, "buffer {size}");
            assert_eq!(r.names, expected.names, "buffer {size}");
        }
    }

    #[test]
    fn records_past_the_limit_are_an_error_continuation_lines_included() {
        let limits = ReaderLimits {
            max_records: 2,
            ..ReaderLimits::default()
        };
        let read = |input: &[u8]| {
            let mut rdr = CsvReader::new(input, limits).unwrap();
            let mut rec = Record::default();
            let mut records = 0;
            loop {
                match rdr.read_record(&mut rec) {
                    Ok(true) => records += 1,
                    Ok(false) => return (records, None),
                    Err(error) => {
                        let limit = error
                            .get_ref()
                            .and_then(|inner| inner.downcast_ref::<TooManyRecords>())
                            .map(|too_many| too_many.limit);
                        return (records, limit);
                    }
                }
            }
        };
        // The header does not count.
        assert_eq!(read(b"Name\na\nb\n"), (2, None));
        assert_eq!(read(b"Name\na\nb\nc\n"), (2, Some(2)));
        // One message of three lines is one record but three reads.
        assert_eq!(read(b"Date,Message\n2024-01-01,a\nb\n"), (1, None));
        assert_eq!(read(b"Date,Message\n2024-01-01,a\nb\nc\n"), (0, Some(2)));
    }

    #[test]
    fn joined_continuations_are_capped_while_joining() {
        let limits = ReaderLimits {
            max_field_bytes: 1000,
            ..ReaderLimits::default()
        };
        let mut csv = b"Date,Message\n2024-01-01 10:00:00,start\n".to_vec();
        for _ in 0..50 {
            csv.extend(std::iter::repeat_n(b'y', 300));
            csv.push(b'\n');
        }
        csv.extend_from_slice(b"2024-01-02 10:00:00,next\n");
        let mut rdr = CsvReader::new(&csv[..], limits).unwrap();
        let mut rec = Record::default();
        assert!(rdr.read_record(&mut rec).unwrap());
        assert_eq!(rec.get(1).map(<[u8]>::len), Some(1000));
        assert!(
            rdr.join_buf.capacity() <= 2 * 1024,
            "{}",
            rdr.join_buf.capacity()
        );
        assert!(rdr.read_record(&mut rec).unwrap());
        assert_eq!(rec.get(1), Some(&b"next"[..]));
        assert_eq!(rdr.stats().continuation_lines, 50);
        assert_eq!(rdr.stats().truncated_fields, 1);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn roundtrip_csv_writer(
            records in proptest::collection::vec(proptest::collection::vec(field(), 3), 0..20),
            buf in 8usize..200,
        ) {
            let header = ["Name", "Text", "Other"];
            let bytes = write_csv(&header, &records);
            let r = read_with(&bytes, ReaderLimits::default(), buf);
            prop_assert_eq!(r.names, names(&header));
            prop_assert_eq!(&r.rows, &records);
            prop_assert!(!r.dialect.backslash_escapes);
            prop_assert_eq!(r.stats.records, records.len() as u64);
        }

        #[test]
        fn roundtrip_date_files(
            records in proptest::collection::vec(
                (1990u32..2030, 1u32..13, 1u32..29, field(), field()), 0..20),
            buf in 8usize..200,
        ) {
            let records: Vec<Vec<String>> = records
                .into_iter()
                .map(|(y, m, d, a, b)| vec![format!("{y}-{m:02}-{d:02} 10:11:12"), a, b])
                .collect();
            let header = ["Date", "Link", "Message"];
            let bytes = write_csv(&header, &records);
            let r = read_with(&bytes, ReaderLimits::default(), buf);
            prop_assert!(r.dialect.joins_unquoted_continuations);
            prop_assert_eq!(&r.rows, &records);
            prop_assert_eq!(r.stats.continuation_lines, 0);
        }

        #[test]
        fn never_panics(
            bytes in proptest::collection::vec(
                prop_oneof![Just(b'"'), Just(b','), Just(b'\n'), Just(b'\r'), Just(b'\\'), Just(b'2'), Just(b'-'), any::<u8>()],
                0..300),
            prefix in prop_oneof![Just(&b""[..]), Just(&b"Date,a,b\n"[..]), Just(&b"Notes:\n"[..]), Just(&b"\xEF\xBB\xBF"[..])],
            max_field in 0usize..8,
            max_columns in 0usize..5,
            buf in 8usize..64,
        ) {
            let mut input = prefix.to_vec();
            input.extend_from_slice(&bytes);
            let limits = ReaderLimits { max_field_bytes: max_field, max_columns, max_records: u64::MAX };
            let mut rdr = CsvReader::with_buffer_size(&input[..], limits, buf).unwrap();
            let mut rec = Record::default();
            let mut n = 0u64;
            while rdr.read_record(&mut rec).unwrap() {
                n += 1;
                prop_assert!(n <= input.len() as u64 + 1);
                prop_assert!(rec.len() <= max_columns.max(1) || rdr.dialect().joins_unquoted_continuations);
                for f in rec.iter() {
                    prop_assert!(f.len() <= max_field);
                }
                let _ = rec.is_blank();
            }
            prop_assert_eq!(rdr.stats().records, n);
            let mut rdr = CsvReader::new(&input[..], ReaderLimits::default()).unwrap();
            while rdr.read_record(&mut rec).unwrap() {}
        }
    }
}
