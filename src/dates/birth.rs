//! Profile.csv birth dates, whose year the member may have hidden.

use super::parse::trim;
use super::partial::{valid_date, year_ok};
use super::shapes::Cursor;

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

#[cfg(test)]
mod tests {
    use super::*;

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
}
