//! Fuzz target: the CSV dialect reader on arbitrary bytes. The first two bytes choose small
//! limits and how the input is cut into reads (so buffer refills land anywhere); the reader
//! must then return records that respect the limits, and never panic or loop.
#![no_main]

use std::io::{self, Read};

use libfuzzer_sys::fuzz_target;
use linkedin_exposure::csv_dialect::{
    CsvReader, ReaderLimits, Record, is_placeholder, unwrap_line_quotes,
};

/// Delivers the input in reads of at most `chunk` bytes.
struct Chunked<'a> {
    data: &'a [u8],
    chunk: usize,
}

impl Read for Chunked<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = buf.len().min(self.chunk).min(self.data.len());
        let (head, tail) = self.data.split_at(n);
        buf[..n].copy_from_slice(head);
        self.data = tail;
        Ok(n)
    }
}

fuzz_target!(|data: &[u8]| {
    let [a, b, rest @ ..] = data else {
        return;
    };
    let limits = ReaderLimits {
        max_field_bytes: usize::from(a & 0x3F) * 16,
        max_columns: usize::from(a >> 6) * 8 + 1,
        ..ReaderLimits::default()
    };
    let chunk = usize::from(*b).max(1) * if b & 1 == 1 { 1 } else { 97 };
    let input = Chunked { data: rest, chunk };
    let Ok(mut reader) = CsvReader::new(input, limits) else {
        return;
    };
    assert!(reader.header().len() <= limits.max_columns);
    for name in reader.header().names() {
        // Names are trimmed text of a field cut at max_field_bytes (lossy decoding may
        // triple invalid bytes).
        assert!(name.len() <= limits.max_field_bytes * 3, "{name:?}");
    }
    let mut record = Record::default();
    let mut records = 0u64;
    while let Ok(true) = reader.read_record(&mut record) {
        records += 1;
        assert!(record.len() <= limits.max_columns.max(reader.header().len()).max(1));
        for i in 0..record.len() {
            let field = record.get(i).unwrap_or_default();
            assert!(field.len() <= limits.max_field_bytes, "field {i}: {}", field.len());
            let _ = is_placeholder(field);
            let _ = unwrap_line_quotes(&record.text(i));
        }
        let _ = record.is_blank();
        // Every record consumes at least one input byte.
        assert!(records <= rest.len() as u64 + 1);
    }
    assert_eq!(reader.stats().records, records);
});
