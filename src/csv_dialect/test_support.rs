//! Helpers shared by the reader's unit tests.

use proptest::prelude::*;

use super::{BUF_SIZE, CsvReader, Dialect, ReadStats, ReaderLimits, Record};

pub(super) struct Parsed {
    pub(super) names: Vec<String>,
    pub(super) rows: Vec<Vec<String>>,
    pub(super) dialect: Dialect,
    pub(super) stats: ReadStats,
}

pub(super) fn read_with(input: &[u8], limits: ReaderLimits, buf_size: usize) -> Parsed {
    let mut rdr = CsvReader::with_buffer_size(input, limits, buf_size).unwrap();
    let mut rec = Record::default();
    let mut rows = Vec::new();
    while rdr.read_record(&mut rec).unwrap() {
        rows.push((0..rec.len()).map(|i| rec.text(i).into_owned()).collect());
    }
    assert!(!rdr.read_record(&mut rec).unwrap(), "end is sticky");
    Parsed {
        names: rdr.header().names().to_vec(),
        rows,
        dialect: rdr.dialect().clone(),
        stats: rdr.stats().clone(),
    }
}

pub(super) fn read(input: &[u8]) -> Parsed {
    read_with(input, ReaderLimits::default(), BUF_SIZE)
}

pub(super) fn rows(rows: &[&[&str]]) -> Vec<Vec<String>> {
    rows.iter()
        .map(|r| r.iter().map(|s| (*s).to_owned()).collect())
        .collect()
}

pub(super) fn names(n: &[&str]) -> Vec<String> {
    n.iter().map(|s| (*s).to_owned()).collect()
}

pub(super) fn write_csv(header: &[&str], records: &[Vec<String>]) -> Vec<u8> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(header).unwrap();
    for r in records {
        w.write_record(r).unwrap();
    }
    w.into_inner().unwrap()
}

pub(super) fn field() -> impl Strategy<Value = String> {
    proptest::string::string_regex("[a-z\",\\\\\r\n é€😀\t]{0,12}").unwrap()
}
