//! Which shape a text has: the list of the export's date formats, [`parse`] and the
//! reordering [`DateParser`], and the normalisation every text goes through first.

use super::partial::PartialDate;
use super::shapes::{
    parse_day_mon_year, parse_iso, parse_month_day_year, parse_month_year, parse_unix_date,
    parse_us, parse_year_only,
};

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
    let b = normalise(s).as_bytes();
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
        let b = normalise(s).as_bytes();
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

pub(super) fn trim(s: &str) -> &str {
    // A BOM can survive at the start of a first field; it is never part of a date.
    s.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
}

/// Reduces the compound forms (prefix, sentence, range) to one plain date text.
fn normalise(s: &str) -> &str {
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

#[cfg(test)]
mod tests {
    use jiff::fmt::strtime;
    use proptest::prelude::*;

    use super::*;
    use crate::dates::partial::{Precision, valid_date, year_ok};
    use crate::dates::test_support::*;
    use crate::dates::{date_from_archive_name, parse_birth_date};

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
    fn trims_and_bom() {
        assert_eq!(parse("\u{feff} 2025-07-01\r\n"), Some(day(2025, 7, 1)));
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
            let b = normalise(&s).as_bytes();
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
