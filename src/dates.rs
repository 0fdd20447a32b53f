//! Dates as LinkedIn exports write them.
//!
//! This module owns reading every date format of the export (reference §4) into a
//! [`PartialDate`] that keeps the precision of its text: a position that "Started On" `2017`
//! is not 1 January 2017. It also reads Profile.csv birth dates ([`BirthDate`], the year is
//! optional) and the date in an archive's file name ([`date_from_archive_name`]).
//!
//! A value in none of the known formats is "undated" (`None`), never an error. Export times
//! are UTC; the `UTC`/`GMT`/`Z` suffixes are accepted and not stored, and no time-zone
//! conversion happens.
//!
//! Speed: messages.csv can hold millions of rows, so the fixed-width numeric formats
//! (`YYYY-MM-DD HH:MM:SS UTC`, `YYYY/MM/DD…`) go through a byte-level parser that does not
//! allocate, and [`DateParser`] tries first the format that matched last (a file uses one
//! format). The text formats use a small byte cursor; the two fixed machine formats
//! (`Tue Jun 20 12:25:51 UTC 2023`, `04 Jul 2023`) go through `jiff::fmt::strtime`.
//!
//! The formats are mutually exclusive by shape (what the first bytes look like), so at most
//! one of them accepts a given text: this is what makes [`DateParser`]'s reordering give the
//! same answers as [`parse`].

use std::cmp::Ordering;

use jiff::civil::{Date, DateTime};
use jiff::fmt::strtime;

/// Earliest year accepted: anything before is a typo or a placeholder, not a LinkedIn date.
pub const MIN_YEAR: i16 = 1900;
/// Latest year accepted.
pub const MAX_YEAR: i16 = 2100;

/// How much of a date its text gave.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Precision {
    /// `2015`
    Year,
    /// `Nov 2022`
    Month,
    /// `2025-07-01`, `04 Jul 2023`
    Day,
    /// `6/17/23, 6:18 AM`, `2022-08-05 08:11 UTC`
    Minute,
    /// `2025-12-24 19:54:33 UTC`
    Second,
}

/// A calendar date/time read from the export, as precise as its text.
///
/// Fields finer than `precision` are `None` (month, day) or 0 (hour, minute, second).
/// Values built by [`parse`] or the `new_*` constructors are always valid calendar dates with
/// a year in [`MIN_YEAR`]`..=`[`MAX_YEAR`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
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
    /// A year-precision date; None outside [`MIN_YEAR`]`..=`[`MAX_YEAR`].
    pub fn new_year(year: i16) -> Option<Self> {
        year_ok(year).then_some(PartialDate {
            year,
            month: None,
            day: None,
            hour: 0,
            minute: 0,
            second: 0,
            precision: Precision::Year,
        })
    }

    /// A month-precision date; None for an invalid month or year.
    pub fn new_month(year: i16, month: u8) -> Option<Self> {
        (year_ok(year) && (1..=12).contains(&month)).then_some(PartialDate {
            year,
            month: Some(month),
            day: None,
            hour: 0,
            minute: 0,
            second: 0,
            precision: Precision::Month,
        })
    }

    /// A day-precision date; None for an impossible date (Feb 30) or a year out of range.
    pub fn new_day(year: i16, month: u8, day: u8) -> Option<Self> {
        build(year, month, day, 0, 0, 0, Precision::Day)
    }

    /// A minute-precision date/time (24-hour clock).
    pub fn new_minute(year: i16, month: u8, day: u8, hour: u8, minute: u8) -> Option<Self> {
        build(year, month, day, hour, minute, 0, Precision::Minute)
    }

    /// A second-precision date/time (24-hour clock; no leap second).
    pub fn new_second(
        year: i16,
        month: u8,
        day: u8,
        hour: u8,
        minute: u8,
        second: u8,
    ) -> Option<Self> {
        build(year, month, day, hour, minute, second, Precision::Second)
    }

    pub fn year(&self) -> i16 {
        self.year
    }

    /// "2017", "2017-11" or "2017-11-03" depending on precision (time never shown).
    pub fn to_iso_date(&self) -> String {
        match (self.precision, self.month, self.day) {
            (Precision::Year, _, _) | (_, None, _) => format!("{:04}", self.year),
            (Precision::Month, Some(m), _) | (_, Some(m), None) => {
                format!("{:04}-{m:02}", self.year)
            }
            (_, Some(m), Some(d)) => format!("{:04}-{m:02}-{d:02}", self.year),
        }
    }

    /// Orders dates; a missing month/day sorts as the first of the period.
    ///
    /// Bit-packed (year, month, day, hour, minute, second), so it is monotonic for any field
    /// values, even hand-built out-of-range ones.
    pub fn sort_key(&self) -> u64 {
        // Flipping the sign bit maps i16 order onto u16 order.
        let year = u64::from((self.year as u16) ^ 0x8000);
        year << 40
            | u64::from(self.month.unwrap_or(1)) << 32
            | u64::from(self.day.unwrap_or(1)) << 24
            | u64::from(self.hour) << 16
            | u64::from(self.minute) << 8
            | u64::from(self.second)
    }

    /// Some(date) at day precision or finer.
    pub fn civil_date(&self) -> Option<Date> {
        if self.precision < Precision::Day {
            return None;
        }
        let month = i8::try_from(self.month?).ok()?;
        let day = i8::try_from(self.day?).ok()?;
        Date::new(self.year, month, day).ok()
    }

    /// Some(date and time, UTC) at minute precision or finer.
    pub fn civil_datetime(&self) -> Option<DateTime> {
        if self.precision < Precision::Minute {
            return None;
        }
        let date = self.civil_date()?;
        let hour = i8::try_from(self.hour).ok()?;
        let minute = i8::try_from(self.minute).ok()?;
        let second = i8::try_from(self.second).ok()?;
        // DateTime::new validates; Date::at would panic on a hand-built hour of 25.
        DateTime::new(
            date.year(),
            date.month(),
            date.day(),
            hour,
            minute,
            second,
            0,
        )
        .ok()
    }
}

impl Ord for PartialDate {
    fn cmp(&self, other: &Self) -> Ordering {
        self.sort_key()
            .cmp(&other.sort_key())
            .then(self.precision.cmp(&other.precision))
            // Only hand-built values with inconsistent fields (month None at day precision…)
            // get here with different fields; this keeps Ord consistent with Eq.
            .then_with(|| (self.month, self.day).cmp(&(other.month, other.day)))
    }
}

impl PartialOrd for PartialDate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

fn year_ok(year: i16) -> bool {
    (MIN_YEAR..=MAX_YEAR).contains(&year)
}

/// The one validator for dates at day precision or finer.
fn build(
    year: i16,
    month: u8,
    day: u8,
    hour: u8,
    minute: u8,
    second: u8,
    precision: Precision,
) -> Option<PartialDate> {
    if !year_ok(year) || hour > 23 || minute > 59 || second > 59 {
        return None;
    }
    valid_date(year, month, day)?;
    Some(PartialDate {
        year,
        month: Some(month),
        day: Some(day),
        hour,
        minute,
        second,
        precision,
    })
}

/// Calendar validation (month length, leap years) is jiff's.
fn valid_date(year: i16, month: u8, day: u8) -> Option<Date> {
    let month = i8::try_from(month).ok()?;
    let day = i8::try_from(day).ok()?;
    Date::new(year, month, day).ok()
}

/// The formats of the export, each accepting a disjoint set of texts (see the module doc).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    /// `YYYY-MM-DD[( |T)HH:MM[:SS[.f]]][ UTC|Z|+00:00]`: messages, shares, verifications…
    IsoDash,
    /// `YYYY/MM/DD[ HH:MM[:SS]][ UTC]`: endorsements, search queries, ads.
    IsoSlash,
    /// `2015`
    YearOnly,
    /// `M/D/YY[,] h:mm AM[ UTC]` and the zero-padded variants; also date only.
    UsNumeric,
    /// `04 Jul 2023` (Connections).
    DayMonYear,
    /// `Tue Jun 20 12:25:51 UTC 2023` (Java's `Date.toString`).
    UnixDate,
    /// `Nov 2022`
    MonthYear,
    /// `Apr 3, 2023`, `Mar 05, 2024 06:30 PM`, `November 12, 2024 at 2:56 AM (GMT)`.
    MonthDayYear,
}

/// Order of trial for [`parse`]: the most frequent (largest files) first.
const FORMATS: [Format; 8] = [
    Format::IsoDash,
    Format::IsoSlash,
    Format::UsNumeric,
    Format::UnixDate,
    Format::DayMonYear,
    Format::MonthYear,
    Format::YearOnly,
    Format::MonthDayYear,
];

fn parse_as(format: Format, b: &[u8]) -> Option<PartialDate> {
    match format {
        Format::IsoDash => parse_iso(b, b'-'),
        Format::IsoSlash => parse_iso(b, b'/'),
        Format::YearOnly => parse_year_only(b),
        Format::UsNumeric => parse_us(b),
        Format::DayMonYear => parse_day_mon_year(b),
        Format::UnixDate => parse_unix_date(b),
        Format::MonthYear => parse_month_year(b),
        Format::MonthDayYear => parse_month_day_year(b),
    }
}

/// Parses any format of the export; trims; None for placeholders (N/A, null, "-", empty…),
/// unknown formats, impossible dates (Feb 30), years outside 1900..=2100. Never panics.
///
/// Accepts the article paragraphs with their prefix (`Created on …`, `Published on …`), the
/// Rich_Media sentence (`You uploaded … on November 12, 2024 at 2:56 AM (GMT)`) and Events
/// ranges (`… - …`, the start is returned).
pub fn parse(s: &str) -> Option<PartialDate> {
    let b = normalize(s).as_bytes();
    FORMATS.iter().find_map(|&f| parse_as(f, b))
}

/// Remembers which format matched last so that a file's single known format is tried first
/// (hot path: millions of rows per file). Gives exactly the same answer as [`parse`].
#[derive(Clone, Debug, Default)]
pub struct DateParser {
    last: Option<Format>,
}

impl DateParser {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn parse(&mut self, s: &str) -> Option<PartialDate> {
        let b = normalize(s).as_bytes();
        if let Some(last) = self.last
            && let Some(date) = parse_as(last, b)
        {
            return Some(date);
        }
        for f in FORMATS {
            if Some(f) == self.last {
                continue;
            }
            if let Some(date) = parse_as(f, b) {
                self.last = Some(f);
                return Some(date);
            }
        }
        None
    }
}

fn trim(s: &str) -> &str {
    // A BOM can survive at the start of a first field; it is never part of a date.
    s.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
}

/// Reduces the compound forms (prefix, sentence, range) to one plain date text.
fn normalize(s: &str) -> &str {
    let s = trim(s);
    // Every compound form starts with a letter; the numeric hot path leaves here.
    if !s.as_bytes().first().is_some_and(u8::is_ascii_alphabetic) {
        return s;
    }
    if let Some(rest) =
        strip_prefix_ci(s, "created on ").or_else(|| strip_prefix_ci(s, "published on "))
    {
        return trim(rest);
    }
    let mut s = s;
    if strip_prefix_ci(s, "you ").is_some() {
        // "You uploaded a <kind> on <date> at <time> (GMT)": the date follows the last " on ".
        s = match s.rfind(" on ") {
            Some(i) => s.get(i + 4..).unwrap_or(""),
            None => "",
        };
    }
    // Events: "Mar 05, 2024 06:30 PM - Mar 05, 2024 08:00 PM"; the start is the date.
    if let Some(i) = range_separator(s.as_bytes()) {
        s = s.get(..i).unwrap_or("");
    }
    trim(s)
}

/// Position of " - " or " – " (en dash). A byte scan: `str::find` builds a substring
/// searcher per call, which cost more than the whole parse of a short text.
fn range_separator(b: &[u8]) -> Option<usize> {
    (0..b.len()).find(|&i| {
        matches!(
            b.get(i..),
            Some([b' ', b'-', b' ', ..] | [b' ', 0xE2, 0x80, 0x93, b' ', ..])
        )
    })
}

fn strip_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    if head.eq_ignore_ascii_case(prefix) {
        s.get(prefix.len()..)
    } else {
        None
    }
}

// ---------------------------------------------------------------------------------------
// Fast path: fixed-width numeric formats, byte patterns only, no allocation.

fn digit(b: u8) -> Option<u8> {
    b.is_ascii_digit().then(|| b - b'0')
}

fn d2(a: u8, b: u8) -> Option<u8> {
    Some(digit(a)? * 10 + digit(b)?)
}

fn d4(a: u8, b: u8, c: u8, d: u8) -> Option<i16> {
    Some(i16::from(d2(a, b)?) * 100 + i16::from(d2(c, d)?))
}

/// `YYYY<sep>MM<sep>DD`, then optionally a time and a UTC marker.
fn parse_iso(b: &[u8], sep: u8) -> Option<PartialDate> {
    let (head, rest) = b.split_first_chunk::<10>()?;
    let [y0, y1, y2, y3, s1, m0, m1, s2, a0, a1] = *head;
    if s1 != sep || s2 != sep {
        return None;
    }
    let year = d4(y0, y1, y2, y3)?;
    let month = d2(m0, m1)?;
    let day = d2(a0, a1)?;
    let time_sep_ok = |t: u8| t == b' ' || (sep == b'-' && t == b'T');
    match *rest {
        [] => build(year, month, day, 0, 0, 0, Precision::Day),
        [t, h0, h1, b':', n0, n1, ref tail @ ..] if time_sep_ok(t) => {
            let hour = d2(h0, h1)?;
            let minute = d2(n0, n1)?;
            match *tail {
                [b':', s0, s1, ref tail @ ..] => {
                    let second = d2(s0, s1)?;
                    utc_suffix(skip_fraction(tail))?;
                    build(year, month, day, hour, minute, second, Precision::Second)
                }
                _ => {
                    utc_suffix(tail)?;
                    build(year, month, day, hour, minute, 0, Precision::Minute)
                }
            }
        }
        _ => None,
    }
}

/// Skips `.123…` (draft article names carry `10:12:21.0`); sub-second precision is not kept.
fn skip_fraction(b: &[u8]) -> &[u8] {
    match b {
        [b'.', rest @ ..] if rest.first().is_some_and(u8::is_ascii_digit) => {
            let n = rest.iter().take_while(|c| c.is_ascii_digit()).count();
            rest.get(n..).unwrap_or(&[])
        }
        _ => b,
    }
}

fn utc_suffix(b: &[u8]) -> Option<()> {
    matches!(b, b"" | b" UTC" | b"Z" | b"+00:00").then_some(())
}

fn parse_year_only(b: &[u8]) -> Option<PartialDate> {
    let [a, b, c, d] = *b else { return None };
    PartialDate::new_year(d4(a, b, c, d)?)
}

// ---------------------------------------------------------------------------------------
// Text formats: a small cursor over the bytes.

struct Cursor<'a> {
    b: &'a [u8],
    i: usize,
}

impl<'a> Cursor<'a> {
    fn new(b: &'a [u8]) -> Self {
        Cursor { b, i: 0 }
    }

    fn rest(&self) -> &'a [u8] {
        self.b.get(self.i..).unwrap_or(&[])
    }

    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    fn end(&self) -> Option<()> {
        (self.i >= self.b.len()).then_some(())
    }

    /// Between `min` and `max` (≤ 4) ASCII digits, as a number.
    fn digits(&mut self, min: usize, max: usize) -> Option<(u16, usize)> {
        let n = self
            .rest()
            .iter()
            .take(max)
            .take_while(|c| c.is_ascii_digit())
            .count();
        if n < min {
            return None;
        }
        let value = self.rest().iter().take(n).fold(0u16, |acc, c| {
            acc.saturating_mul(10).saturating_add(u16::from(c - b'0'))
        });
        self.i += n;
        Some((value, n))
    }

    fn num_u8(&mut self, min: usize, max: usize) -> Option<u8> {
        u8::try_from(self.digits(min, max)?.0).ok()
    }

    fn byte(&mut self, c: u8) -> Option<()> {
        (self.peek() == Some(c)).then(|| self.i += 1)
    }

    fn opt_byte(&mut self, c: u8) -> bool {
        self.byte(c).is_some()
    }

    /// Skips spaces, tabs and the no-break spaces (U+00A0, U+202F) that ICU puts before
    /// AM/PM; returns whether any was skipped.
    fn ws(&mut self) -> bool {
        let start = self.i;
        loop {
            match self.rest() {
                [b' ' | b'\t', ..] => self.i += 1,
                [0xC2, 0xA0, ..] => self.i += 2,
                [0xE2, 0x80, 0xAF, ..] => self.i += 3,
                _ => break,
            }
        }
        self.i > start
    }

    fn ws1(&mut self) -> Option<()> {
        self.ws().then_some(())
    }

    /// Case-insensitive literal; advances only on a match.
    fn word_ci(&mut self, w: &[u8]) -> bool {
        match self.rest().get(..w.len()) {
            Some(head) if head.eq_ignore_ascii_case(w) => {
                self.i += w.len();
                true
            }
            _ => false,
        }
    }

    /// An English month name, full or abbreviated (`Nov`, `November`, `Sept`, `Sep.`).
    fn month_name(&mut self) -> Option<u8> {
        let n = self
            .rest()
            .iter()
            .take_while(|c| c.is_ascii_alphabetic())
            .count();
        let month = month_from_word(self.rest().get(..n)?)?;
        self.i += n;
        self.opt_byte(b'.');
        Some(month)
    }

    /// `h:mm AM` (also `hh:mm`, `6:18AM`), as a 24-hour (hour, minute).
    fn clock12(&mut self) -> Option<(u8, u8)> {
        let hour = self.num_u8(1, 2)?;
        self.byte(b':')?;
        let minute = self.num_u8(2, 2)?;
        self.ws();
        let pm = if self.word_ci(b"am") {
            false
        } else if self.word_ci(b"pm") {
            true
        } else {
            return None;
        };
        if !(1..=12).contains(&hour) || minute > 59 {
            return None;
        }
        // 12 AM is midnight, 12 PM is noon.
        Some((hour % 12 + if pm { 12 } else { 0 }, minute))
    }

    /// Optional ` UTC`, ` GMT`, ` (GMT)`, ` (UTC)`, then the end of the text.
    fn tz_then_end(&mut self) -> Option<()> {
        if self.ws() {
            let _ = self.word_ci(b"utc")
                || self.word_ci(b"gmt")
                || self.word_ci(b"(utc)")
                || self.word_ci(b"(gmt)");
        }
        self.end()
    }
}

fn month_from_word(w: &[u8]) -> Option<u8> {
    const NAMES: [&[u8]; 12] = [
        b"january",
        b"february",
        b"march",
        b"april",
        b"may",
        b"june",
        b"july",
        b"august",
        b"september",
        b"october",
        b"november",
        b"december",
    ];
    let [a, b, c, ..] = *w else { return None };
    let abbr = [a, b, c].map(|x| x.to_ascii_lowercase());
    let index = NAMES.iter().position(|name| name.starts_with(&abbr))?;
    let full = NAMES.get(index)?;
    let known = w.len() == 3
        || w.eq_ignore_ascii_case(full)
        || (index == 8 && w.eq_ignore_ascii_case(b"sept"));
    if known {
        u8::try_from(index + 1).ok()
    } else {
        None
    }
}

/// `M/D/YY`, `MM/DD/YY` (YY = 20YY) or `M/D/YYYY`, then optionally `[,] h:mm AM[ UTC]`.
fn parse_us(b: &[u8]) -> Option<PartialDate> {
    let mut c = Cursor::new(b);
    let month = c.num_u8(1, 2)?;
    c.byte(b'/')?;
    let day = c.num_u8(1, 2)?;
    c.byte(b'/')?;
    let year = match c.digits(2, 4)? {
        (yy, 2) => 2000 + i16::try_from(yy).ok()?,
        (yyyy, 4) => i16::try_from(yyyy).ok()?,
        _ => return None,
    };
    if c.end().is_some() {
        return build(year, month, day, 0, 0, 0, Precision::Day);
    }
    let comma = c.opt_byte(b',');
    if !c.ws() && !comma {
        return None;
    }
    let (hour, minute) = c.clock12()?;
    c.tz_then_end()?;
    build(year, month, day, hour, minute, 0, Precision::Minute)
}

/// `04 Jul 2023`, through jiff's strtime (a fixed machine format).
fn parse_day_mon_year(b: &[u8]) -> Option<PartialDate> {
    // Shape gate: strtime builds an error value on failure, so only plausible texts reach it.
    let gate = match b {
        [d, b' ', ..] => d.is_ascii_digit(),
        [d0, d1, b' ', ..] => d0.is_ascii_digit() && d1.is_ascii_digit(),
        _ => false,
    };
    if !gate {
        return None;
    }
    let tm = strtime::parse("%d %b %Y", b).ok()?;
    let (year, month, day) = (tm.year()?, tm.month()?, tm.day()?);
    build(
        year,
        u8::try_from(month).ok()?,
        u8::try_from(day).ok()?,
        0,
        0,
        0,
        Precision::Day,
    )
}

/// `Tue Jun 20 12:25:51 UTC 2023`, through jiff's strtime (Java's `Date.toString`).
///
/// The weekday is checked to be a weekday name but not against the date: it is redundant,
/// and a mismatch should not make a dated row undated.
fn parse_unix_date(b: &[u8]) -> Option<PartialDate> {
    const WEEKDAYS: [&[u8]; 7] = [b"mon", b"tue", b"wed", b"thu", b"fri", b"sat", b"sun"];
    let (head, _) = b.split_first_chunk::<4>()?;
    let [w0, w1, w2, b' '] = *head else {
        return None;
    };
    let weekday = [w0, w1, w2];
    if !WEEKDAYS.iter().any(|w| weekday.eq_ignore_ascii_case(w)) {
        return None;
    }
    let tm = strtime::parse("%a %b %d %H:%M:%S UTC %Y", b).ok()?;
    let field = |v: Option<i8>| v.and_then(|v| u8::try_from(v).ok());
    build(
        tm.year()?,
        field(tm.month())?,
        field(tm.day())?,
        field(tm.hour())?,
        field(tm.minute())?,
        field(tm.second())?,
        Precision::Second,
    )
}

/// `Nov 2022`
fn parse_month_year(b: &[u8]) -> Option<PartialDate> {
    let mut c = Cursor::new(b);
    let month = c.month_name()?;
    c.ws1()?;
    let (year, _) = c.digits(4, 4)?;
    c.end()?;
    PartialDate::new_month(i16::try_from(year).ok()?, month)
}

/// `Apr 3, 2023`, optionally followed by `[at ]h:mm AM[ (GMT)]`.
fn parse_month_day_year(b: &[u8]) -> Option<PartialDate> {
    let mut c = Cursor::new(b);
    let month = c.month_name()?;
    c.ws1()?;
    let day = c.num_u8(1, 2)?;
    let comma = c.opt_byte(b',');
    if !c.ws() && !comma {
        return None;
    }
    let year = i16::try_from(c.digits(4, 4)?.0).ok()?;
    if c.end().is_some() {
        return build(year, month, day, 0, 0, 0, Precision::Day);
    }
    c.ws1()?;
    if c.word_ci(b"at") {
        c.ws1()?;
    }
    let (hour, minute) = c.clock12()?;
    c.tz_then_end()?;
    build(year, month, day, hour, minute, 0, Precision::Minute)
}

// ---------------------------------------------------------------------------------------
// Birth dates and archive names.

/// A Profile.csv birth date; the member may have hidden the year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub struct BirthDate {
    pub year: Option<i16>,
    pub month: u8,
    pub day: u8,
}

/// Profile.csv Birth Date: "Apr 22" (no year) or "Apr 22, 1987". Feb 29 without a year is
/// valid; with a year it must be a leap year.
pub fn parse_birth_date(s: &str) -> Option<BirthDate> {
    let mut c = Cursor::new(trim(s).as_bytes());
    let month = c.month_name()?;
    c.ws1()?;
    let day = c.num_u8(1, 2)?;
    if c.end().is_some() {
        // 2000 is a leap year: any day that exists in some year is accepted.
        valid_date(2000, month, day)?;
        return Some(BirthDate {
            year: None,
            month,
            day,
        });
    }
    let comma = c.opt_byte(b',');
    if !c.ws() && !comma {
        return None;
    }
    let year = i16::try_from(c.digits(4, 4)?.0).ok()?;
    c.end()?;
    if !year_ok(year) {
        return None;
    }
    valid_date(year, month, day)?;
    Some(BirthDate {
        year: Some(year),
        month,
        day,
    })
}

/// The date in an archive's name: `Complete_LinkedInDataExport_12-27-2025.zip`, `….zip.zip`,
/// `… (1).zip`, `Basic_…`, `Initial_…`: US order MM-DD-YYYY. None when absent/invalid.
///
/// A path is accepted (only its last component is read). The first `M-D-YYYY` group bounded
/// by non-digits that is a valid date wins.
pub fn date_from_archive_name(name: &str) -> Option<Date> {
    let file = name.rsplit(['/', '\\']).next().unwrap_or(name).as_bytes();
    (0..file.len()).find_map(|start| {
        let after_digit = start
            .checked_sub(1)
            .and_then(|p| file.get(p))
            .is_some_and(u8::is_ascii_digit);
        if after_digit {
            return None;
        }
        let mut c = Cursor { b: file, i: start };
        let month = c.num_u8(1, 2)?;
        c.byte(b'-')?;
        let day = c.num_u8(1, 2)?;
        c.byte(b'-')?;
        let year = i16::try_from(c.digits(4, 4)?.0).ok()?;
        if c.peek().is_some_and(|b| b.is_ascii_digit()) || !year_ok(year) {
            return None;
        }
        valid_date(year, month, day)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Expected value, built field by field (not through the code under test).
    fn pd(y: i16, mo: u8, d: u8, h: u8, mi: u8, s: u8, precision: Precision) -> PartialDate {
        PartialDate {
            year: y,
            month: Some(mo),
            day: Some(d),
            hour: h,
            minute: mi,
            second: s,
            precision,
        }
    }

    fn day(y: i16, mo: u8, d: u8) -> PartialDate {
        pd(y, mo, d, 0, 0, 0, Precision::Day)
    }

    #[test]
    fn iso_dash_utc_seconds() {
        assert_eq!(
            parse("2025-12-24 19:54:33 UTC"),
            Some(pd(2025, 12, 24, 19, 54, 33, Precision::Second))
        );
    }

    #[test]
    fn iso_slash_utc_seconds() {
        assert_eq!(
            parse("2021/12/16 12:56:17 UTC"),
            Some(pd(2021, 12, 16, 12, 56, 17, Precision::Second))
        );
    }

    #[test]
    fn iso_slash_date_only() {
        assert_eq!(parse("2025/08/07"), Some(day(2025, 8, 7)));
    }

    #[test]
    fn iso_dash_seconds_without_zone() {
        assert_eq!(
            parse("2024-02-19 10:22:49"),
            Some(pd(2024, 2, 19, 10, 22, 49, Precision::Second))
        );
    }

    #[test]
    fn iso_dash_minutes_utc() {
        assert_eq!(
            parse("2022-08-05 08:11 UTC"),
            Some(pd(2022, 8, 5, 8, 11, 0, Precision::Minute))
        );
    }

    #[test]
    fn iso_dash_date_only() {
        assert_eq!(parse("2025-07-01"), Some(day(2025, 7, 1)));
    }

    #[test]
    fn iso_t_z_and_fraction() {
        let want = Some(pd(2025, 12, 24, 19, 54, 33, Precision::Second));
        assert_eq!(parse("2025-12-24T19:54:33Z"), want);
        assert_eq!(parse("2025-12-24T19:54:33+00:00"), want);
        assert_eq!(parse("2025-12-24 19:54:33.0"), want);
        assert_eq!(parse("2025-12-24T19:54:33.123456Z"), want);
        assert_eq!(
            parse("2025-12-24T19:54Z"),
            Some(pd(2025, 12, 24, 19, 54, 0, Precision::Minute))
        );
        // Offsets other than zero would need a conversion: not an export format.
        assert_eq!(parse("2025-12-24T19:54:33+02:00"), None);
        assert_eq!(parse("2025/12/24T19:54:33"), None);
    }

    #[test]
    fn unix_date() {
        assert_eq!(
            parse("Tue Jun 20 12:25:51 UTC 2023"),
            Some(pd(2023, 6, 20, 12, 25, 51, Precision::Second))
        );
        assert_eq!(
            parse("Wed Dec 24 19:27:37 UTC 2025"),
            Some(pd(2025, 12, 24, 19, 27, 37, Precision::Second))
        );
        // A wrong weekday keeps the date (see parse_unix_date).
        assert_eq!(
            parse("Mon Jun 20 12:25:51 UTC 2023"),
            Some(pd(2023, 6, 20, 12, 25, 51, Precision::Second))
        );
        assert_eq!(parse("Tue Jun 31 12:25:51 UTC 2023"), None);
        assert_eq!(parse("Tue Jun 20 12:25:51 PST 2023"), None);
        assert_eq!(parse("Xyz Jun 20 12:25:51 UTC 2023"), None);
    }

    #[test]
    fn day_month_year() {
        assert_eq!(parse("04 Jul 2023"), Some(day(2023, 7, 4)));
        assert_eq!(parse("4 Jul 2023"), Some(day(2023, 7, 4)));
        assert_eq!(parse("31 Apr 2023"), None);
        assert_eq!(parse("04 Jul 23"), None);
    }

    #[test]
    fn us_short_12_hour() {
        assert_eq!(
            parse("6/17/23, 6:18 AM"),
            Some(pd(2023, 6, 17, 6, 18, 0, Precision::Minute))
        );
        assert_eq!(
            parse("6/17/23, 6:18 PM"),
            Some(pd(2023, 6, 17, 18, 18, 0, Precision::Minute))
        );
        // ICU writes a narrow no-break space before AM/PM.
        assert_eq!(
            parse("6/17/23, 6:18\u{202f}PM"),
            Some(pd(2023, 6, 17, 18, 18, 0, Precision::Minute))
        );
    }

    #[test]
    fn us_padded_12_hour() {
        assert_eq!(
            parse("04/25/25, 07:49 AM"),
            Some(pd(2025, 4, 25, 7, 49, 0, Precision::Minute))
        );
    }

    #[test]
    fn us_padded_utc() {
        assert_eq!(
            parse("11/26/24 01:32 PM UTC"),
            Some(pd(2024, 11, 26, 13, 32, 0, Precision::Minute))
        );
    }

    #[test]
    fn us_date_only_and_four_digit_year() {
        assert_eq!(parse("6/17/23"), Some(day(2023, 6, 17)));
        assert_eq!(parse("6/17/2023"), Some(day(2023, 6, 17)));
        assert_eq!(parse("6/17/203"), None);
        assert_eq!(parse("13/17/23"), None);
    }

    #[test]
    fn twelve_am_and_pm() {
        assert_eq!(
            parse("6/17/23, 12:05 AM"),
            Some(pd(2023, 6, 17, 0, 5, 0, Precision::Minute))
        );
        assert_eq!(
            parse("6/17/23, 12:05 PM"),
            Some(pd(2023, 6, 17, 12, 5, 0, Precision::Minute))
        );
        assert_eq!(
            parse("6/17/23, 11:59 PM"),
            Some(pd(2023, 6, 17, 23, 59, 0, Precision::Minute))
        );
        assert_eq!(
            parse("6/17/23, 1:00 pm"),
            Some(pd(2023, 6, 17, 13, 0, 0, Precision::Minute))
        );
        assert_eq!(parse("6/17/23, 0:30 AM"), None);
        assert_eq!(parse("6/17/23, 13:00 PM"), None);
        assert_eq!(parse("6/17/23, 6:60 AM"), None);
        assert_eq!(parse("6/17/23, 6:18"), None);
    }

    #[test]
    fn month_year_and_year() {
        let month = PartialDate {
            year: 2022,
            month: Some(11),
            day: None,
            hour: 0,
            minute: 0,
            second: 0,
            precision: Precision::Month,
        };
        assert_eq!(parse("Nov 2022"), Some(month));
        assert_eq!(parse("november 2022"), Some(month));
        let year = PartialDate {
            year: 2015,
            month: None,
            day: None,
            hour: 0,
            minute: 0,
            second: 0,
            precision: Precision::Year,
        };
        assert_eq!(parse("2015"), Some(year));
        assert_eq!(parse(" 2015 "), Some(year));
    }

    #[test]
    fn month_day_year() {
        assert_eq!(parse("Apr 3, 2023"), Some(day(2023, 4, 3)));
        assert_eq!(parse("APR 03, 2023"), Some(day(2023, 4, 3)));
        assert_eq!(parse("April 3, 2023"), Some(day(2023, 4, 3)));
        assert_eq!(parse("Sept 3, 2023"), Some(day(2023, 9, 3)));
        assert_eq!(parse("Sep. 3, 2023"), Some(day(2023, 9, 3)));
        assert_eq!(parse("Apr 3 2023"), Some(day(2023, 4, 3)));
        assert_eq!(parse("Feb 29, 2023"), None);
        assert_eq!(parse("Foo 3, 2023"), None);
    }

    #[test]
    fn events_range_takes_start() {
        assert_eq!(
            parse("Mar 05, 2024 06:30 PM - Mar 05, 2024 08:00 PM"),
            Some(pd(2024, 3, 5, 18, 30, 0, Precision::Minute))
        );
        assert_eq!(
            parse("Mar 05, 2024 06:30 PM \u{2013} Mar 05, 2024 08:00 PM"),
            Some(pd(2024, 3, 5, 18, 30, 0, Precision::Minute))
        );
        assert_eq!(parse("Mar 05, 2024 - Mar 06, 2024"), Some(day(2024, 3, 5)));
        assert_eq!(parse(" - Mar 06, 2024"), None);
        assert_eq!(
            parse("Mar 05, 2024 06:30 PM"),
            Some(pd(2024, 3, 5, 18, 30, 0, Precision::Minute))
        );
    }

    #[test]
    fn rich_media_sentence() {
        assert_eq!(
            parse("You uploaded a feed photo on November 12, 2024 at 2:56 AM (GMT)"),
            Some(pd(2024, 11, 12, 2, 56, 0, Precision::Minute))
        );
        assert_eq!(
            parse("You uploaded a profile background photo on Sept 1, 2023 at 12:00 PM (GMT)"),
            Some(pd(2023, 9, 1, 12, 0, 0, Precision::Minute))
        );
        assert_eq!(parse("You uploaded a video"), None);
        assert_eq!(parse("You uploaded a video on nothing"), None);
    }

    #[test]
    fn article_paragraphs() {
        assert_eq!(
            parse("Created on 2024-06-22 10:12"),
            Some(pd(2024, 6, 22, 10, 12, 0, Precision::Minute))
        );
        assert_eq!(
            parse("Published on 2024-06-23 08:00"),
            Some(pd(2024, 6, 23, 8, 0, 0, Precision::Minute))
        );
        assert_eq!(parse("Published on ---"), None);
    }

    #[test]
    fn placeholders_and_garbage() {
        for s in [
            "",
            "   ",
            "N/A",
            "Not Available",
            "null",
            "UNKNOWN",
            "USER_DID_NOT_SPECIFY",
            "-",
            " -",
            "---",
            "Present",
            "2025-13-01",
            "2025-00-10",
            "2025-12-32",
            "2025-12-24 24:00:00",
            "2025-12-24 23:60",
            "2025-12-24 23:59:60",
            "2025-12-24 19:54:33 PST",
            "2025-12-24 19:54:33 UTCX",
            "2025-12-24x",
            "2025-1-24",
            "20251224",
            "12345",
            "99",
            "é2025-12-24",
            "2025-12-24\u{0301}",
        ] {
            assert_eq!(parse(s), None, "{s:?}");
        }
    }

    #[test]
    fn impossible_and_out_of_range() {
        assert_eq!(parse("2023-02-30"), None);
        assert_eq!(parse("2023-02-29"), None);
        assert_eq!(parse("2024-02-29"), Some(day(2024, 2, 29)));
        assert_eq!(parse("1900-02-29"), None);
        assert_eq!(parse("1899"), None);
        assert_eq!(parse("2101"), None);
        assert_eq!(parse("1899-12-31"), None);
        assert_eq!(parse("2101-01-01 00:00:00 UTC"), None);
        assert_eq!(parse("1900-01-01"), Some(day(1900, 1, 1)));
        assert_eq!(parse("2100-12-31"), Some(day(2100, 12, 31)));
        assert_eq!(parse("Nov 1899"), None);
        assert_eq!(parse("2/30/24, 1:00 PM"), None);
    }

    #[test]
    fn trims_and_bom() {
        assert_eq!(parse("\u{feff} 2025-07-01\r\n"), Some(day(2025, 7, 1)));
    }

    #[test]
    fn accessors() {
        let d = pd(2017, 11, 3, 8, 9, 10, Precision::Second);
        assert_eq!(d.year(), 2017);
        assert_eq!(d.to_iso_date(), "2017-11-03");
        assert_eq!(d.civil_date(), Some(jiff::civil::date(2017, 11, 3)));
        assert_eq!(
            d.civil_datetime(),
            Some(jiff::civil::date(2017, 11, 3).at(8, 9, 10, 0))
        );
        let m = PartialDate::new_month(2017, 11);
        assert_eq!(m.map(|m| m.to_iso_date()).as_deref(), Some("2017-11"));
        assert_eq!(m.and_then(|m| m.civil_date()), None);
        let y = PartialDate::new_year(2017);
        assert_eq!(y.map(|y| y.to_iso_date()).as_deref(), Some("2017"));
        assert_eq!(
            PartialDate::new_day(2017, 11, 3).and_then(|d| d.civil_datetime()),
            None
        );
        assert_eq!(PartialDate::new_day(2017, 2, 29), None);
        assert_eq!(PartialDate::new_second(2017, 2, 28, 23, 59, 60), None);
        assert_eq!(
            PartialDate::new_minute(2017, 2, 28, 23, 59),
            Some(pd(2017, 2, 28, 23, 59, 0, Precision::Minute))
        );
    }

    #[test]
    fn ordering_missing_parts_sort_first() {
        let y = parse("2017");
        let m = parse("Jan 2017");
        let d = parse("2017-01-01");
        let t = parse("2017-01-01 00:00:01");
        let later = parse("Feb 2017");
        assert!(y < m && m < d && d < t && t < later);
        assert_eq!(y.map(|v| v.sort_key()), d.map(|v| v.sort_key()));
        assert!(parse("1999-12-31 23:59:59") < parse("2000"));
        assert!(parse("Nov 2022") > parse("2022-10-31 23:59:59 UTC"));
        // Hand-built, inconsistent values still order without panicking.
        let odd = PartialDate {
            month: None,
            ..pd(2017, 1, 1, 0, 0, 0, Precision::Day)
        };
        let even = pd(2017, 1, 1, 0, 0, 0, Precision::Day);
        assert_ne!(odd.cmp(&even), Ordering::Equal);
        let neg = PartialDate { year: -5, ..even };
        assert!(neg < even);
    }

    #[test]
    fn serialize_precision() {
        assert_eq!(
            serde_json::to_string(&Precision::Minute).ok().as_deref(),
            Some("\"minute\"")
        );
    }

    #[test]
    fn birth_dates() {
        let bd = |year, month, day| Some(BirthDate { year, month, day });
        assert_eq!(parse_birth_date("Apr 22"), bd(None, 4, 22));
        assert_eq!(parse_birth_date("Feb 29"), bd(None, 2, 29));
        assert_eq!(parse_birth_date("Feb 29, 1996"), bd(Some(1996), 2, 29));
        assert_eq!(parse_birth_date("Feb 29, 1997"), None);
        assert_eq!(parse_birth_date("Apr 22, 1987"), bd(Some(1987), 4, 22));
        assert_eq!(parse_birth_date(" april 22, 1987 "), bd(Some(1987), 4, 22));
        assert_eq!(parse_birth_date("Feb 30"), None);
        assert_eq!(parse_birth_date("Apr 22, 1850"), None);
        assert_eq!(parse_birth_date(""), None);
        assert_eq!(parse_birth_date("N/A"), None);
        assert_eq!(parse_birth_date("Apr"), None);
        assert_eq!(parse_birth_date("Apr 22, 87"), None);
    }

    #[test]
    fn archive_names() {
        let want = Some(jiff::civil::date(2025, 12, 27));
        for name in [
            "Complete_LinkedInDataExport_12-27-2025.zip",
            "Complete_LinkedInDataExport_12-27-2025.zip.zip",
            "Complete_LinkedInDataExport_12-27-2025 (1).zip",
            "Basic_LinkedInDataExport_12-27-2025.zip",
            "Initial_LinkedInDataExport_12-27-2025.zip",
            "Complete_LinkedInDataExport_12-27-2025",
            "/home/u/Downloads/Complete_LinkedInDataExport_12-27-2025.zip",
            "C:\\Users\\u\\Downloads\\Basic_LinkedInDataExport_12-27-2025 (1).zip",
        ] {
            assert_eq!(date_from_archive_name(name), want, "{name}");
        }
        assert_eq!(
            date_from_archive_name("Basic_LinkedInDataExport_01-05-2024.zip"),
            Some(jiff::civil::date(2024, 1, 5))
        );
        for name in [
            "export.zip",
            "LinkedInDataExport.zip",
            "Complete_LinkedInDataExport_13-27-2025.zip",
            "Complete_LinkedInDataExport_02-30-2025.zip",
            "Complete_LinkedInDataExport_12-27-20251.zip",
            "Complete_LinkedInDataExport_112-27-2025.zip",
            "12-27-2025/export.zip",
            "",
        ] {
            assert_eq!(date_from_archive_name(name), None, "{name}");
        }
    }

    const MIXED: [&str; 22] = [
        "2025-12-24 19:54:33 UTC",
        "2021/12/16 12:56:17 UTC",
        "2025/08/07",
        "2024-02-19 10:22:49",
        "2022-08-05 08:11 UTC",
        "2025-07-01",
        "Tue Jun 20 12:25:51 UTC 2023",
        "04 Jul 2023",
        "6/17/23, 6:18 AM",
        "04/25/25, 07:49 AM",
        "11/26/24 01:32 PM UTC",
        "Nov 2022",
        "2015",
        "Apr 3, 2023",
        "Mar 05, 2024 06:30 PM - Mar 05, 2024 08:00 PM",
        "You uploaded a feed photo on November 12, 2024 at 2:56 AM (GMT)",
        "Created on 2024-06-22 10:12",
        "N/A",
        "",
        "2023-02-30",
        "garbage",
        "Published on ---",
    ];

    #[test]
    fn every_example_parses() {
        let parsed = MIXED.iter().filter(|s| parse(s).is_some()).count();
        assert_eq!(parsed, 17);
    }

    #[test]
    fn date_parser_equals_parse_in_varying_orders() {
        let mut orders: Vec<Vec<&str>> = Vec::new();
        for rot in 0..MIXED.len() {
            let mut v = MIXED.to_vec();
            v.rotate_left(rot);
            orders.push(v.clone());
            v.reverse();
            orders.push(v);
        }
        // Runs of one format, as in a real file, then a switch.
        orders.push(MIXED.iter().flat_map(|s| [*s, *s, *s]).collect());
        for order in orders {
            let mut p = DateParser::new();
            for s in order {
                assert_eq!(p.parse(s), parse(s), "{s:?}");
            }
        }
    }

    // ----- properties -----

    /// A valid date/time between 1950 and 2099.
    fn datetime() -> impl Strategy<Value = (i16, u8, u8, u8, u8, u8)> {
        (1950i16..2100, 1u8..=12, 1u8..=31, 0u8..24, 0u8..60, 0u8..60).prop_map(
            |(y, mo, d, h, mi, s)| {
                let dim = valid_date(y, mo, 1).map_or(28, |date| date.days_in_month());
                let d = ((d - 1) % u8::try_from(dim).unwrap_or(28)) + 1;
                (y, mo, d, h, mi, s)
            },
        )
    }

    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];

    /// Every format rendered from the same instant, with the value parse must return.
    fn renderings(y: i16, mo: u8, d: u8, h: u8, mi: u8, s: u8) -> Vec<(String, PartialDate)> {
        let sec = pd(y, mo, d, h, mi, s, Precision::Second);
        let min = pd(y, mo, d, h, mi, 0, Precision::Minute);
        let dayp = day(y, mo, d);
        let full = MONTHS[usize::from(mo - 1)];
        let abbr = &full[..3];
        let h12 = if h.is_multiple_of(12) { 12 } else { h % 12 };
        let ampm = if h < 12 { "AM" } else { "PM" };
        let weekday = valid_date(y, mo, d)
            .and_then(|date| strtime::format("%a", date).ok())
            .unwrap_or_default();
        let mut out = vec![
            (
                format!("{y:04}-{mo:02}-{d:02} {h:02}:{mi:02}:{s:02} UTC"),
                sec,
            ),
            (
                format!("{y:04}/{mo:02}/{d:02} {h:02}:{mi:02}:{s:02} UTC"),
                sec,
            ),
            (format!("{y:04}/{mo:02}/{d:02}"), dayp),
            (format!("{y:04}-{mo:02}-{d:02} {h:02}:{mi:02}:{s:02}"), sec),
            (format!("{y:04}-{mo:02}-{d:02} {h:02}:{mi:02} UTC"), min),
            (format!("{y:04}-{mo:02}-{d:02}"), dayp),
            (format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}Z"), sec),
            (
                format!("Created on {y:04}-{mo:02}-{d:02} {h:02}:{mi:02}"),
                min,
            ),
            (
                format!("{weekday} {abbr} {d:02} {h:02}:{mi:02}:{s:02} UTC {y}"),
                sec,
            ),
            (format!("{d:02} {abbr} {y}"), dayp),
            (format!("{mo}/{d}/{y}"), dayp),
            (format!("{abbr} {d}, {y}"), dayp),
            (
                format!(
                    "{abbr} {d:02}, {y} {h12:02}:{mi:02} {ampm} - {abbr} {d:02}, {y} {h12:02}:{mi:02} {ampm}"
                ),
                min,
            ),
            (
                format!("You uploaded a photo on {full} {d}, {y} at {h12}:{mi:02} {ampm} (GMT)"),
                min,
            ),
            (
                format!("{abbr} {y}"),
                PartialDate {
                    day: None,
                    hour: 0,
                    minute: 0,
                    second: 0,
                    precision: Precision::Month,
                    ..dayp
                },
            ),
            (
                format!("{y}"),
                PartialDate {
                    month: None,
                    day: None,
                    precision: Precision::Year,
                    ..dayp
                },
            ),
        ];
        if y >= 2000 {
            let yy = y % 100;
            out.extend([
                (format!("{mo}/{d}/{yy:02}, {h12}:{mi:02} {ampm}"), min),
                (
                    format!("{mo:02}/{d:02}/{yy:02}, {h12:02}:{mi:02} {ampm}"),
                    min,
                ),
                (
                    format!("{mo:02}/{d:02}/{yy:02} {h12:02}:{mi:02} {ampm} UTC"),
                    min,
                ),
            ]);
        }
        out
    }

    /// Mixed inputs: valid renderings, placeholders, near-misses and noise.
    fn any_input() -> impl Strategy<Value = String> {
        prop_oneof![
            (datetime(), 0usize..19).prop_map(|((y, mo, d, h, mi, s), i)| {
                let r = renderings(y, mo, d, h, mi, s);
                r.get(i % r.len())
                    .map(|(s, _)| s.clone())
                    .unwrap_or_default()
            }),
            prop::sample::select(MIXED.to_vec()).prop_map(String::from),
            "[0-9]{1,4}[-/ ][0-9A-Za-z]{1,4}[-/ ,]{1,2}[0-9]{1,4}( [0-9]{1,2}:[0-9]{1,2}(:[0-9]{1,2})?)?( UTC| AM| PM|Z)?",
            "\\PC{0,30}",
        ]
    }

    proptest! {
        #[test]
        fn prop_roundtrip_every_format((y, mo, d, h, mi, s) in datetime()) {
            for (text, want) in renderings(y, mo, d, h, mi, s) {
                prop_assert_eq!(parse(&text), Some(want), "{}", text);
            }
        }

        #[test]
        fn prop_never_panics_on_text(s in "\\PC*") {
            if let Some(date) = parse(&s) {
                prop_assert!(year_ok(date.year));
                prop_assert!(date.precision < Precision::Day || date.civil_date().is_some());
            }
            let _ = parse_birth_date(&s);
            let _ = date_from_archive_name(&s);
        }

        #[test]
        fn prop_never_panics_on_bytes(bytes in prop::collection::vec(any::<u8>(), 0..64)) {
            let s = String::from_utf8_lossy(&bytes);
            let _ = parse(&s);
            let _ = parse_birth_date(&s);
            let _ = date_from_archive_name(&s);
        }

        #[test]
        fn prop_near_misses_are_valid_or_none(s in "[0-9]{1,4}[-/ ][0-9A-Za-z]{1,4}[-/ ,]{1,2}[0-9]{1,4}( [0-9]{1,2}:[0-9]{1,2}(:[0-9]{1,2})?)?( UTC| AM| PM|Z)?") {
            if let Some(date) = parse(&s) {
                prop_assert!(year_ok(date.year));
                prop_assert!(date.precision < Precision::Day || date.civil_date().is_some());
            }
        }

        /// The formats are disjoint: DateParser's reordering relies on it.
        #[test]
        fn prop_at_most_one_format_accepts(s in any_input()) {
            let b = normalize(&s).as_bytes();
            let accepting: Vec<Format> =
                FORMATS.iter().copied().filter(|&f| parse_as(f, b).is_some()).collect();
            prop_assert!(accepting.len() <= 1, "{:?} accepted by {:?}", s, accepting);
        }

        #[test]
        fn prop_date_parser_equals_parse(inputs in prop::collection::vec(any_input(), 0..40)) {
            let mut p = DateParser::new();
            for s in &inputs {
                prop_assert_eq!(p.parse(s), parse(s), "{:?}", s);
            }
        }
    }
}
