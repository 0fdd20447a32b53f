//! Expected values for the date tests, built field by field (not through the code under test).

use super::{PartialDate, Precision};

pub(super) fn pd(y: i16, mo: u8, d: u8, h: u8, mi: u8, s: u8, precision: Precision) -> PartialDate {
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

pub(super) fn day(y: i16, mo: u8, d: u8) -> PartialDate {
    pd(y, mo, d, 0, 0, 0, Precision::Day)
}
