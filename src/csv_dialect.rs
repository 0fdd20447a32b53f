//! STUB (temporary, lets the tree compile): the csv_dialect helper replaces this file.
#![allow(dead_code, unused_variables)]
use std::borrow::Cow;
use std::io::Read;
#[derive(Clone, Copy, Debug)]
pub struct ReaderLimits {
    pub max_field_bytes: usize,
    pub max_columns: usize,
}
impl Default for ReaderLimits {
    fn default() -> Self {
        ReaderLimits {
            max_field_bytes: 64 << 20,
            max_columns: 10_000,
        }
    }
}
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Dialect {
    pub bom: bool,
    pub preamble_lines: usize,
    pub backslash_escapes: bool,
    pub not_csv: bool,
    pub joins_unquoted_continuations: bool,
}
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReadStats {
    pub records: u64,
    pub truncated_fields: u64,
    pub dropped_columns: u64,
    pub invalid_utf8_records: u64,
    pub continuation_lines: u64,
}
pub struct Header {
    names: Vec<String>,
}
impl Header {
    pub fn names(&self) -> &[String] {
        &self.names
    }
    pub fn len(&self) -> usize {
        self.names.len()
    }
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
    pub fn find(&self, name: &str) -> Option<usize> {
        self.names
            .iter()
            .position(|n| !n.is_empty() && n.eq_ignore_ascii_case(name))
    }
    pub fn find_any(&self, names: &[&str]) -> Option<usize> {
        names.iter().find_map(|n| self.find(n))
    }
}
#[derive(Default)]
pub struct Record {
    fields: Vec<Vec<u8>>,
}
impl Record {
    pub fn len(&self) -> usize {
        self.fields.len()
    }
    pub fn is_empty(&self) -> bool {
        self.fields.is_empty()
    }
    pub fn get(&self, i: usize) -> Option<&[u8]> {
        self.fields.get(i).map(|f| f.as_slice())
    }
    pub fn text(&self, i: usize) -> Cow<'_, str> {
        String::from_utf8_lossy(self.get(i).unwrap_or(b""))
    }
    pub fn is_blank(&self) -> bool {
        self.fields.iter().all(|f| is_placeholder(f))
    }
}
pub struct CsvReader<R: Read> {
    inner: csv::Reader<R>,
    header: Header,
    dialect: Dialect,
    stats: ReadStats,
    rec: csv::ByteRecord,
}
impl<R: Read> CsvReader<R> {
    pub fn new(inner: R, limits: ReaderLimits) -> std::io::Result<Self> {
        let mut inner = csv::ReaderBuilder::new()
            .flexible(true)
            .has_headers(false)
            .from_reader(inner);
        let mut rec = csv::ByteRecord::new();
        let names = if inner
            .read_byte_record(&mut rec)
            .map_err(std::io::Error::other)?
        {
            rec.iter()
                .map(|f| String::from_utf8_lossy(f).trim().to_owned())
                .collect()
        } else {
            Vec::new()
        };
        Ok(CsvReader {
            inner,
            header: Header { names },
            dialect: Dialect::default(),
            stats: ReadStats::default(),
            rec,
        })
    }
    pub fn header(&self) -> &Header {
        &self.header
    }
    pub fn dialect(&self) -> &Dialect {
        &self.dialect
    }
    pub fn stats(&self) -> &ReadStats {
        &self.stats
    }
    pub fn read_record(&mut self, record: &mut Record) -> std::io::Result<bool> {
        if !self
            .inner
            .read_byte_record(&mut self.rec)
            .map_err(std::io::Error::other)?
        {
            return Ok(false);
        }
        record.fields = self.rec.iter().map(|f| f.to_vec()).collect();
        Ok(true)
    }
}
pub fn is_placeholder(field: &[u8]) -> bool {
    let t = String::from_utf8_lossy(field);
    let t = t.trim();
    t.is_empty()
        || [
            "n/a",
            "not available",
            "null",
            "unknown",
            "user_did_not_specify",
            "-",
        ]
        .contains(&t.to_ascii_lowercase().as_str())
}
pub fn unwrap_line_quotes(s: &str) -> Cow<'_, str> {
    if s.contains("\"\n\"") {
        Cow::Owned(s.replace("\"\r\n\"", "\n").replace("\"\n\"", "\n"))
    } else {
        Cow::Borrowed(s)
    }
}
