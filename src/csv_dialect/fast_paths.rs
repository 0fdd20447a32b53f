//! The two fast paths of the parser: a whole line without quotes, and a whole quoted record
//! of a `""` file, split without csv-core when they fit in the buffer and in every limit.
//! They give csv-core's own split (a property test compares the two).

use std::io::Read;

use super::MIN_RECORD_ROOM;
use super::parser::Parser;
use super::record::Record;

impl<R: Read> Parser<R> {
    /// Reads one raw record into `rec` on the fast path, when the next line is whole in the
    /// buffer, holds no quote and fits every limit: returns false, having consumed nothing,
    /// when it needs csv-core. Most export lines qualify (dates, URLs, names, short values),
    /// and csv-core's byte-at-a-time state machine costs more than this split
    /// (docs/PERFORMANCE.md#csv-reader).
    ///
    /// The split is csv-core's own for such a line: a quote is special only at the start of a
    /// field, and a line holding none is left to csv-core; `\` escapes apply only inside
    /// quotes; empty lines between records are skipped; a record ends at the first `\r` or
    /// `\n`, and whatever terminator follows is skipped as an empty line. Between records
    /// csv-core holds no state that this line could change, so the two paths can alternate.
    pub(super) fn read_plain_line(&mut self, rec: &mut Record) -> bool {
        let input = self
            .src
            .buf
            .get(self.src.pos..self.src.end)
            .unwrap_or_default();
        let Some(line_start) = input.iter().position(|&b| b != b'\n' && b != b'\r') else {
            return false;
        };
        let rest = input.get(line_start..).unwrap_or_default();
        let Some(line_end) = memchr::memchr3(b'\n', b'\r', b'"', rest) else {
            return false;
        };
        let line = rest.get(..line_end).unwrap_or_default();
        if rest.get(line_end) == Some(&b'"') {
            return self.read_quoted_record(rec, line_start);
        }
        if line.len() > self.max_field {
            return false;
        }
        if rec.data.len() < line.len() {
            // Zeroed by the allocator (see `read_raw`); a line is at most one buffer long.
            rec.data = vec![0u8; line.len().max(MIN_RECORD_ROOM)];
        }
        let Some(copy) = rec.data.get_mut(..line.len()) else {
            return false;
        };
        // The line is kept whole, commas included: fields are spans of it.
        copy.copy_from_slice(line);
        let mut field_start = 0;
        let field_ends = memchr::memchr_iter(b',', line).chain(std::iter::once(line.len()));
        for field_end in field_ends {
            if rec.ends.len() >= self.max_cols {
                rec.clear();
                return false;
            }
            rec.starts.push(field_start);
            rec.ends.push(field_end);
            field_start = field_end + 1;
        }
        rec.len = line.len();
        rec.last_cut = false;
        // The terminator is consumed too: csv-core would have.
        self.src.pos += line_start + line_end + 1;
        true
    }

    /// [`Parser::read_plain_line`] for a record holding quotes (`messages.csv` quotes every
    /// field), starting at `start` in the unread input: the record must end in the buffer and
    /// fit every limit, the file must use `""` escapes (the `\"` dialect is csv-core's), and
    /// `rec` comes back empty with nothing consumed otherwise. Fields are copied back to back,
    /// as csv-core writes them. csv-core's rules, which the property test holds this to: a
    /// quote opens a quoted field only as its first byte (elsewhere it is text); inside, `""`
    /// is one quote and line breaks are text; after the closing quote, text continues the
    /// field up to the next comma or line break.
    fn read_quoted_record(&mut self, rec: &mut Record, start: usize) -> bool {
        if self.backslash {
            return false;
        }
        let input = self
            .src
            .buf
            .get(self.src.pos..self.src.end)
            .unwrap_or_default();
        // A record's fields are never longer than its bytes, all within this buffer, nor, on
        // this path, than `max_field` in all.
        let room = input.len().saturating_sub(start).min(self.max_field);
        if rec.data.len() < room {
            rec.data = vec![0u8; room.max(MIN_RECORD_ROOM)];
        }
        let mut at = start;
        let append = |rec: &mut Record, bytes: &[u8]| -> bool {
            let end = rec.len + bytes.len();
            match rec.data.get_mut(rec.len..end) {
                Some(dst) if end <= self.max_field => {
                    dst.copy_from_slice(bytes);
                    rec.len = end;
                    true
                }
                _ => false,
            }
        };
        let record_end = 'fields: loop {
            if rec.ends.len() >= self.max_cols {
                break 'fields None;
            }
            let mut quoted = input.get(at) == Some(&b'"');
            if quoted {
                at += 1;
            }
            // The field's text, in pieces between quotes.
            loop {
                let rest = input.get(at..).unwrap_or_default();
                if quoted {
                    let Some(quote) = memchr::memchr(b'"', rest) else {
                        break 'fields None;
                    };
                    if !append(rec, rest.get(..quote).unwrap_or_default()) {
                        break 'fields None;
                    }
                    at += quote + 1;
                    match input.get(at) {
                        Some(b'"') => {
                            if !append(rec, b"\"") {
                                break 'fields None;
                            }
                            at += 1;
                        }
                        Some(_) => quoted = false,
                        None => break 'fields None,
                    }
                    continue;
                }
                let Some(stop) = memchr::memchr3(b',', b'\n', b'\r', rest) else {
                    break 'fields None;
                };
                if !append(rec, rest.get(..stop).unwrap_or_default()) {
                    break 'fields None;
                }
                at += stop;
                break;
            }
            rec.push_end(rec.len);
            let separator = input.get(at).copied();
            at += 1;
            if separator != Some(b',') {
                break 'fields Some(at);
            }
        };
        match record_end {
            Some(end) => {
                rec.last_cut = false;
                self.src.pos += end;
                true
            }
            None => {
                rec.clear();
                false
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use crate::csv_dialect::{CsvReader, ReaderLimits, Record};

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn plain_lines_read_as_csv_core_reads_them(
            bytes in proptest::collection::vec(
                prop_oneof![
                    4 => Just(b','), 3 => Just(b'\n'), 1 => Just(b'\r'), 1 => Just(b'"'),
                    1 => Just(b'\\'), 2 => Just(b'2'), 1 => Just(b'-'), 1 => Just(b' '),
                    6 => Just(b'a'), 1 => Just(0xC3), 1 => Just(0xA9), 1 => any::<u8>(),
                ],
                0..400),
            prefix in prop_oneof![
                Just(&b""[..]), Just(&b"Date,a,b\n"[..]), Just(&b"Name,Value\r\n"[..]),
                Just(&b"Notes:\n"[..]), Just(&b"\xEF\xBB\xBF"[..]),
                Just(&b"Date,Text\n2024-01-01,\"x\\\"y\"\n"[..]),
            ],
            repeat in 1usize..4,
            max_field in prop_oneof![Just(usize::MAX), 0usize..12],
            max_columns in prop_oneof![Just(10_000usize), 1usize..5],
            buf in 8usize..96,
        ) {
            let mut input = prefix.to_vec();
            for _ in 0..repeat {
                input.extend_from_slice(&bytes);
            }
            let limits = ReaderLimits { max_field_bytes: max_field, max_columns, max_records: u64::MAX };
            let read_all = |plain: bool| {
                let mut rdr = CsvReader::with_options(&input[..], limits, buf, plain).unwrap();
                let mut rec = Record::default();
                let mut rows: Vec<Vec<Vec<u8>>> = Vec::new();
                while rdr.read_record(&mut rec).unwrap() {
                    rows.push(rec.iter().map(<[u8]>::to_vec).collect());
                }
                (rdr.header().names().to_vec(), rows, rdr.dialect().clone(), rdr.stats().clone())
            };
            prop_assert_eq!(read_all(true), read_all(false));
        }
    }
}
