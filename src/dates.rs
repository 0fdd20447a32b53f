//! STUB (temporary, lets the tree compile): the dates helper replaces this file.
#![allow(dead_code, unused_variables)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
pub enum Precision {
    Year,
    Month,
    Day,
    Minute,
    Second,
}
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PartialDate {
    pub year: i16,
    pub month: Option<u8>,
    pub day: Option<u8>,
    pub hour: u8,
    pub minute: u8,
    pub second: u8,
    pub precision: Precision,
}
impl PartialDate {
    pub fn year(&self) -> i16 {
        self.year
    }
    pub fn to_iso_date(&self) -> String {
        format!("{}", self.year)
    }
    pub fn sort_key(&self) -> u64 {
        self.year as u64
    }
    pub fn civil_date(&self) -> Option<jiff::civil::Date> {
        None
    }
}
pub fn parse(s: &str) -> Option<PartialDate> {
    let y: i16 = s.get(..4)?.parse().ok()?;
    Some(PartialDate {
        year: y,
        month: None,
        day: None,
        hour: 0,
        minute: 0,
        second: 0,
        precision: Precision::Year,
    })
}
#[derive(Default)]
pub struct DateParser;
impl DateParser {
    pub fn new() -> Self {
        DateParser
    }
    pub fn parse(&mut self, s: &str) -> Option<PartialDate> {
        parse(s)
    }
}
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub struct BirthDate {
    pub year: Option<i16>,
    pub month: u8,
    pub day: u8,
}
pub fn parse_birth_date(s: &str) -> Option<BirthDate> {
    None
}
pub fn date_from_archive_name(name: &str) -> Option<jiff::civil::Date> {
    None
}
