//! The parsers of each date shape LinkedIn writes: fixed-width numeric formats on bytes
//! without allocating, text formats through a small byte cursor, and the two fixed machine
//! formats through `jiff::fmt::strtime`.

use jiff::fmt::strtime;

use super::partial::{PartialDate, Precision, build};

// ---------------------------------------------------------------------------------------
// Fast path: fixed-width numeric formats, byte patterns only, no allocation.

pub(super) fn digit(b: u8) -> Option<u8> {
    b.is_ascii_digit().then(|| b - b'0')
}

pub(super) fn d2(a: u8, b: u8) -> Option<u8> {
    Some(digit(a)? * 10 + digit(b)?)
}

pub(super) fn d4(a: u8, b: u8, c: u8, d: u8) -> Option<i16> {
    Some(i16::from(d2(a, b)?) * 100 + i16::from(d2(c, d)?))
}

/// `YYYY<sep>MM<sep>DD`, then optionally a time and a UTC marker.
pub(super) fn parse_iso(b: &[u8], sep: u8) -> Option<PartialDate> {
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
pub(super) fn skip_fraction(b: &[u8]) -> &[u8] {
    match b {
        [b'.', rest @ ..] if rest.first().is_some_and(u8::is_ascii_digit) => {
            let n = rest.iter().take_while(|c| c.is_ascii_digit()).count();
            rest.get(n..).unwrap_or(&[])
        }
        _ => b,
    }
}

pub(super) fn utc_suffix(b: &[u8]) -> Option<()> {
    matches!(b, b"" | b" UTC" | b"Z" | b"+00:00").then_some(())
}

pub(super) fn parse_year_only(b: &[u8]) -> Option<PartialDate> {
    let [a, b, c, d] = *b else { return None };
    PartialDate::new_year(d4(a, b, c, d)?)
}

// ---------------------------------------------------------------------------------------
// Text formats: a small cursor over the bytes.

pub(super) struct Cursor<'a> {
    pub(super) b: &'a [u8],
    pub(super) i: usize,
}

impl<'a> Cursor<'a> {
    pub(super) fn new(b: &'a [u8]) -> Self {
        Cursor { b, i: 0 }
    }

    pub(super) fn rest(&self) -> &'a [u8] {
        self.b.get(self.i..).unwrap_or(&[])
    }

    pub(super) fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    pub(super) fn end(&self) -> Option<()> {
        (self.i >= self.b.len()).then_some(())
    }

    /// Between `min` and `max` (≤ 4) ASCII digits, as a number.
    pub(super) fn digits(&mut self, min: usize, max: usize) -> Option<(u16, usize)> {
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

    pub(super) fn num_u8(&mut self, min: usize, max: usize) -> Option<u8> {
        u8::try_from(self.digits(min, max)?.0).ok()
    }

    pub(super) fn byte(&mut self, c: u8) -> Option<()> {
        (self.peek() == Some(c)).then(|| self.i += 1)
    }

    pub(super) fn opt_byte(&mut self, c: u8) -> bool {
        self.byte(c).is_some()
    }

    /// Skips spaces, tabs and the no-break spaces (U+00A0, U+202F) that ICU puts before
    /// AM/PM; returns whether any was skipped.
    pub(super) fn ws(&mut self) -> bool {
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

    pub(super) fn ws1(&mut self) -> Option<()> {
        self.ws().then_some(())
    }

    /// Case-insensitive literal; advances only on a match.
    pub(super) fn word_ci(&mut self, w: &[u8]) -> bool {
        match self.rest().get(..w.len()) {
            Some(head) if head.eq_ignore_ascii_case(w) => {
                self.i += w.len();
                true
            }
            _ => false,
        }
    }

    /// An English month name, full or abbreviated (`Nov`, `November`, `Sept`, `Sep.`).
    pub(super) fn month_name(&mut self) -> Option<u8> {
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
    pub(super) fn clock12(&mut self) -> Option<(u8, u8)> {
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
    pub(super) fn tz_then_end(&mut self) -> Option<()> {
        if self.ws() {
            let _ = self.word_ci(b"utc")
                || self.word_ci(b"gmt")
                || self.word_ci(b"(utc)")
                || self.word_ci(b"(gmt)");
        }
        self.end()
    }
}

pub(super) fn month_from_word(w: &[u8]) -> Option<u8> {
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
pub(super) fn parse_us(b: &[u8]) -> Option<PartialDate> {
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
pub(super) fn parse_day_mon_year(b: &[u8]) -> Option<PartialDate> {
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
pub(super) fn parse_unix_date(b: &[u8]) -> Option<PartialDate> {
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
pub(super) fn parse_month_year(b: &[u8]) -> Option<PartialDate> {
    let mut c = Cursor::new(b);
    let month = c.month_name()?;
    c.ws1()?;
    let (year, _) = c.digits(4, 4)?;
    c.end()?;
    PartialDate::new_month(i16::try_from(year).ok()?, month)
}

/// `Apr 3, 2023`, optionally followed by `[at ]h:mm AM[ (GMT)]`.
pub(super) fn parse_month_day_year(b: &[u8]) -> Option<PartialDate> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::parse;
    use crate::dates::test_support::*;

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
}
