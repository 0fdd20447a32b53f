//! [`PartialDate`]: a date that keeps the precision of its text, and the checks every
//! date read goes through (year range, existing day).

use std::cmp::Ordering;

use jiff::civil::{Date, DateTime};

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

pub(super) fn year_ok(year: i16) -> bool {
    (MIN_YEAR..=MAX_YEAR).contains(&year)
}

/// The one validator for dates at day precision or finer.
pub(super) fn build(
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
pub(super) fn valid_date(year: i16, month: u8, day: u8) -> Option<Date> {
    let month = i8::try_from(month).ok()?;
    let day = i8::try_from(day).ok()?;
    Date::new(year, month, day).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::parse;
    use crate::dates::test_support::*;

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
}
