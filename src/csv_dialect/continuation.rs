//! Where a record of a `Date` file starts: early-2024 exports wrote multi-line messages
//! unquoted, so a line that does not start with a date continues the previous record.

use super::UTF8_BOM;
use super::record::Record;
use crate::dates::{DateParser, PartialDate, Precision};

/// A line longer than this before its first comma does not start with a date (the longest
/// date shape, a Rich_Media sentence, has 80 bytes).
const MAX_DATE_FIELD: usize = 128;

/// Whether a line of a `Date` file starts a record: its first field (or its first two, for
/// the `6/17/23, 6:18 AM` shape whose comma split it) is a date the date parser accepts, at
/// day precision or finer (every `Date` column holds full dates; a line reading `2015` or `Nov
/// 2022` is text). Any shape LinkedIn writes counts, `Tue Jun 20 12:25:51 UTC 2023`, `04 Jul
/// 2023` and leading spaces included.
pub(super) fn starts_with_date(record: &Record, dates: &mut DateParser) -> bool {
    let first = record.get(0).unwrap_or_default();
    // The common case, without the parser: `2024-01-31…` or `2024/01/31…`.
    if matches!(first, [a, b, c, d, sep, e, f, ..]
        if [a, b, c, d, e, f].iter().all(|x| x.is_ascii_digit()) && (*sep == b'-' || *sep == b'/'))
    {
        return true;
    }
    let trimmed = first.trim_ascii_start();
    let trimmed = trimmed.strip_prefix(UTF8_BOM).unwrap_or(trimmed);
    if trimmed.len() > MAX_DATE_FIELD || !may_start_a_date(trimmed) {
        return false;
    }
    let full = |date: Option<PartialDate>| date.is_some_and(|d| d.precision >= Precision::Day);
    let Ok(text) = std::str::from_utf8(trimmed) else {
        return false;
    };
    if full(dates.parse(text)) {
        return true;
    }
    match record.get(1) {
        Some(second) if second.len() <= MAX_DATE_FIELD => {
            let mut joined = String::with_capacity(text.len() + 1 + second.len());
            joined.push_str(text);
            joined.push(',');
            joined.push_str(&String::from_utf8_lossy(second));
            full(dates.parse(&joined))
        }
        _ => false,
    }
}

/// A cheap first look: dates start with a digit, a month or weekday name, or one of the
/// sentence prefixes the parser knows. Text lines mostly start otherwise and skip the parser.
fn may_start_a_date(field: &[u8]) -> bool {
    const WORDS: &[&[u8; 3]] = &[
        b"jan", b"feb", b"mar", b"apr", b"may", b"jun", b"jul", b"aug", b"sep", b"oct", b"nov",
        b"dec", b"mon", b"tue", b"wed", b"thu", b"fri", b"sat", b"sun", b"cre", b"pub", b"you",
    ];
    match field {
        [first, ..] if first.is_ascii_digit() => true,
        [a, b, c, ..] => {
            let head = [
                a.to_ascii_lowercase(),
                b.to_ascii_lowercase(),
                c.to_ascii_lowercase(),
            ];
            WORDS.iter().any(|word| **word == head)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use crate::csv_dialect::test_support::*;
    use crate::csv_dialect::{CsvReader, ReaderLimits, Record};

    #[test]
    fn early_2024_unquoted_continuations() {
        let r = read(b"Date,Link,Message\r\n2023-12-10 09:51:37,https://x,Interested\r\nMCA (graduate)\r\nname@example.com\r\n2023-12-11 10:00:00,https://y,Next\r\n");
        assert!(r.dialect.joins_unquoted_continuations);
        assert_eq!(
            r.rows,
            rows(&[
                &[
                    "2023-12-10 09:51:37",
                    "https://x",
                    "Interested\nMCA (graduate)\nname@example.com"
                ],
                &["2023-12-11 10:00:00", "https://y", "Next"],
            ])
        );
        assert_eq!(r.stats.continuation_lines, 2);
        assert_eq!(r.stats.records, 2);
    }

    #[test]
    fn every_date_shape_starts_a_record_and_text_does_not() {
        // A row starts where a date the parser accepts starts.
        let data = b"Date,Link,Message\n\
            2023-06-20 12:25:51,a,one\n\
            Tue Jun 20 12:25:51 UTC 2023,b,two\n\
            04 Jul 2023,c,three\n\
            \x202023-07-05 10:00:00,d,four\n\
            2023/07/06 10:00:00 UTC,e,five\n\
            6/17/23, 6:18 AM,f,six\n\
            \"Jul 8, 2023\",g,seven\n\
            2015\n\
            Nov 2022 was a month\n\
            May I add one thing\n\
            Monday, then\n\
            2023-07-09 10:00:00,h,eight\n";
        let r = read(data);
        assert!(r.dialect.joins_unquoted_continuations);
        assert_eq!(r.stats.records, 8);
        assert_eq!(r.stats.continuation_lines, 4);
        assert_eq!(
            r.rows.get(6).map(|row| row[2].clone()),
            Some("seven\n2015\nNov 2022 was a month\nMay I add one thing\nMonday, then".to_owned())
        );
    }

    #[test]
    fn all_empty_record_in_a_date_file_is_not_a_continuation() {
        let data = b"Date,Type,Link\n2022-11-20 10:00:00,LIKE,https://x\n,,\n2022-08-17 09:00:00,PRAISE,https://y\n";
        let mut r = CsvReader::new(&data[..], ReaderLimits::default()).expect("reader");
        let mut rec = Record::default();
        let mut blank = 0;
        let mut records = 0;
        while r.read_record(&mut rec).expect("read") {
            records += 1;
            blank += usize::from(rec.is_blank());
        }
        assert_eq!((records, blank), (3, 1));
        assert_eq!(r.stats().continuation_lines, 0);
    }

    #[test]
    fn continuation_commas_and_extra_fields_are_rejoined() {
        let r = read(b"date,Link,Message\r\n2023-12-10 09:51:37,https://x,Hello, world\r\nsecond, line,3\r\n2023/12/11,https://y,last\r\nno date at the end");
        assert_eq!(
            r.rows,
            rows(&[
                &[
                    "2023-12-10 09:51:37",
                    "https://x",
                    "Hello, world\nsecond, line,3"
                ],
                &["2023/12/11", "https://y", "last\nno date at the end"],
            ])
        );
        assert_eq!(r.stats.continuation_lines, 2);
        // Without a Date first column nothing is joined.
        let r = read(b"Name,Text\r\nA,Hello\r\nworld\r\n");
        assert_eq!(r.rows, rows(&[&["A", "Hello"], &["world"]]));
        assert_eq!(r.stats.continuation_lines, 0);
    }
}
