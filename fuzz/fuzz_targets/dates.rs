//! Fuzz target: the date parser on arbitrary text. Each line is parsed on its own, through
//! `dates::parse` and through one `DateParser` (which reorders its formats as it learns a
//! file's format: both must agree), then as a birth date and as an archive name. Any date
//! returned must be a real calendar date within the supported years.
#![no_main]

use libfuzzer_sys::fuzz_target;
use linkedin_exposure::dates::{self, DateParser, MAX_YEAR, MIN_YEAR, Precision};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut parser = DateParser::new();
    for line in text.split('\n') {
        let once = dates::parse(line);
        assert_eq!(parser.parse(line), once, "DateParser disagrees on {line:?}");
        if let Some(date) = once {
            assert!((MIN_YEAR..=MAX_YEAR).contains(&date.year()), "{date:?}");
            if date.precision >= Precision::Day {
                assert!(date.civil_date().is_some(), "{date:?}");
            }
            if date.precision >= Precision::Minute {
                assert!(date.civil_datetime().is_some(), "{date:?}");
            }
            let _ = (date.to_iso_date(), date.sort_key());
        }
        if let Some(birth) = dates::parse_birth_date(line) {
            assert!((1..=12).contains(&birth.month) && (1..=31).contains(&birth.day));
        }
        let _ = dates::date_from_archive_name(line);
    }
});
