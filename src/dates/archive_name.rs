//! The export date written in an archive's file name.

use jiff::civil::Date;

use super::partial::{valid_date, year_ok};
use super::shapes::Cursor;

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
}
