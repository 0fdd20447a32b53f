//! One CSV file (or AI-coach transcript) read record by record into its figures.

use std::io::{self, Read};

use crate::catalog::{CategoryId, FileSpec, RowRule, Scope};
use crate::csv_dialect::{CsvReader, Header, Record};
use crate::dates::DateParser;
use crate::headers::{self, HeaderVerdict};
use crate::names::NameDictionary;
use crate::report::{Warning, WarningKind};
use crate::sensitive::{self, Flags, Scanner};
use crate::transcode::Decoded;
use crate::transcript;

use super::AnalysisOptions;
use super::columns::{Columns, NameColumns, name_columns, resolve_columns};
use super::entries::SharedFacts;
use super::excerpts::ExcerptCandidates;
use super::profile::{MAX_SECONDARY_SCHOOLS, ProfileFacts, is_secondary_school};
use super::repeats::RepeatCache;
use super::rows::{RowReader, SHORT_VALUE_BYTES, short};
use super::statistics::{CategoryStats, ReviewItem, YearTally, published_before};

pub(super) type CsvResult = (CategoryStats, Vec<Warning>, Vec<ReviewItem>);

/// An AI-coach transcript (see [`transcript`]): one record per conversation, the member's own
/// words, no column warnings (it has no columns).
pub(super) fn read_transcript(
    reader: &mut dyn io::BufRead,
    spec: &'static FileSpec,
    options: &AnalysisOptions,
) -> io::Result<CsvResult> {
    let category = spec.category.info();
    let ai = category.scope == Scope::AiTraining;
    let unconfirmed = ai && !category.confirmed;
    let mut stats = CategoryStats::default();
    let mut years = YearTally::default();
    let mut items = Vec::new();
    let read = transcript::read(reader, options.reader_limits.max_records, |conversation| {
        stats.records += 1;
        stats.ai_training_records += u64::from(ai && !unconfirmed);
        stats.unconfirmed_records += u64::from(ai && unconfirmed);
        if ai {
            stats.words += conversation.words;
        }
        match conversation.date {
            Some(date) => years.add(date, ai, unconfirmed),
            None => stats.undated += 1,
        }
        if ai
            && !unconfirmed
            && let Some(on) = options.objected_on
        {
            match conversation.date.map(|date| published_before(date, on)) {
                Some(true) => stats.before_objection += 1,
                Some(false) => stats.after_objection += 1,
                None => {}
            }
        }
        if ai && options.collect_items {
            items.push(ReviewItem {
                category: spec.category,
                date: conversation.date.map(|d| d.to_iso_date()),
                link: None,
                excerpt: String::new(),
                flags: Flags::default(),
            });
        }
    })?;
    years.add_to(&mut stats);
    let mut warnings = Vec::new();
    for (kind, count) in [
        (WarningKind::UnparsedDates, read.unparsed_dates),
        (WarningKind::TruncatedField, read.truncated_lines),
    ] {
        if count > 0 {
            warnings.push(Warning {
                kind,
                detail: count.to_string(),
            });
        }
    }
    Ok((stats, warnings, items))
}

pub(super) fn read_csv(
    reader: &mut dyn Read,
    spec: &'static FileSpec,
    shared: &SharedFacts,
    options: &AnalysisOptions,
    profile: &mut ProfileFacts,
    email: &mut Option<String>,
) -> std::io::Result<CsvResult> {
    // UTF-16 files (a 2022 export has two) are decoded; UTF-8 passes through.
    let mut decoded = Decoded::new(reader);
    let mut csv = CsvReader::new(&mut decoded, options.reader_limits)?;
    let mut warnings = Vec::new();
    let not_csv = csv.dialect().not_csv || csv.header().is_empty();
    // A first line that is data is never quoted: it is read as the first record, through the
    // catalog's column order when its field count is the known header's.
    let header_missing =
        !not_csv && headers::assess(csv.header().names(), Some(spec)) == HeaderVerdict::Missing;
    if !header_missing {
        csv.release_header_record();
    }
    let positional = (header_missing && csv.header().len() == spec.known_columns.len())
        .then(|| Header::from_names(spec.known_columns.iter().map(|&n| n.to_owned()).collect()));
    let no_columns = || Columns {
        date: None,
        text: Vec::new(),
        excerpt: Vec::new(),
        link: None,
        status: None,
        visibility: None,
        from: None,
    };
    let columns = if header_missing {
        warnings.push(Warning {
            kind: WarningKind::MissingHeader,
            detail: String::new(),
        });
        match &positional {
            Some(header) => resolve_columns(spec, header, &mut Vec::new()),
            None => no_columns(),
        }
    } else if not_csv {
        no_columns()
    } else {
        resolve_columns(spec, csv.header(), &mut warnings)
    };
    let category = spec.category.info();
    let is_profile = spec.stems == ["profile"];
    let is_education = spec.category == CategoryId::Education;
    let is_email = spec.stems == ["email addresses"];
    let empty_header = Header::default();
    let header = match (&positional, header_missing) {
        (Some(header), _) => header,
        (None, true) => &empty_header,
        (None, false) => csv.header(),
    };
    let profile_columns = is_profile.then(|| {
        [
            header.find("First Name"),
            header.find("Last Name"),
            header.find("Headline"),
            header.find("Geo Location"),
            header.find("Birth Date"),
        ]
    });
    let education_columns = is_education.then(|| {
        [
            header.find("School Name"),
            header.find("Degree Name"),
            header.find("End Date"),
        ]
    });
    let email_columns = is_email.then(|| {
        [
            header.find("Email Address"),
            header.find("Confirmed"),
            header.find("Primary"),
        ]
    });
    let name_columns = name_columns(spec, header);
    let mut names = NameDictionary::default();
    let mut seen_names: std::collections::HashSet<Vec<u8>> = std::collections::HashSet::new();
    // Rows whose reading has effects beyond their outcome (every review item is listed, the
    // profile and e-mail files are read for their values) are always read.
    let remember_outcomes = !options.collect_items && !is_profile && !is_email && !is_education;

    let mut rows = RowReader {
        spec,
        columns,
        in_scope: category.scope == Scope::AiTraining,
        confirmed: category.confirmed,
        objected_on: options.objected_on,
        public_text: category.public_text,
        collect_items: options.collect_items,
        scan: sensitive::scans(spec),
        scanner: Scanner::default(),
        shared,
        dates: DateParser::new(),
        visibility: Vec::new(),
        last_visibility: None,
        candidates: ExcerptCandidates::default(),
        items: Vec::new(),
    };
    let mut repeats = RepeatCache::default();
    let mut stats = CategoryStats::default();
    let mut years = YearTally::default();
    let mut unparsed_dates = 0u64;
    let mut record = Record::default();
    let mut first_line = None;
    if header_missing {
        record.copy_from(csv.header_record());
        first_line = Some(());
    }
    while first_line.take().is_some() || csv.read_record(&mut record)? {
        let slot = if remember_outcomes {
            repeats.slot(&record)
        } else {
            None
        };
        let remembered = slot.and_then(|slot| repeats.get(slot, &record));
        let outcome = match remembered {
            Some(outcome) => outcome,
            None => {
                let outcome = rows.read(&record);
                if let Some(slot) = slot {
                    repeats.put(slot, &record, outcome);
                }
                outcome
            }
        };
        if outcome.blank {
            continue;
        }
        stats.records += 1;
        stats.ai_training_records += u64::from(outcome.ai && !outcome.unconfirmed);
        stats.unconfirmed_records += u64::from(outcome.ai && outcome.unconfirmed);
        stats.words += outcome.words;
        match outcome.before_objection {
            Some(true) => stats.before_objection += 1,
            Some(false) => stats.after_objection += 1,
            None => {}
        }
        stats.sensitive.add(outcome.flags);
        unparsed_dates += u64::from(outcome.unparsed_date);
        match outcome.date {
            Some(date) => years.add(date, outcome.ai, outcome.unconfirmed),
            None => stats.undated += 1,
        }
        if let Some((_, count)) = outcome
            .visibility
            .and_then(|index| rows.visibility.get_mut(index))
        {
            *count += 1;
        }

        if let Some([first, last, headline, geo, birth]) = profile_columns {
            let take = |index| short(&record, index).map(|t| t.trim().to_owned());
            profile.first_name = take(first);
            profile.last_name = take(last);
            profile.headline = take(headline);
            profile.geo_location = take(geo);
            profile.birth_date = take(birth);
        }
        match &name_columns {
            NameColumns::None => {}
            NameColumns::Parts(first, last) => {
                if let (Some(first), Some(last)) = (short(&record, *first), short(&record, *last)) {
                    names.add_parts(&first, &last);
                }
            }
            NameColumns::Full(columns) => {
                for column in columns {
                    // Messages repeat the same few senders over and over: a value seen in
                    // this file is not decoded again.
                    let raw = record.get(*column).unwrap_or_default();
                    if raw.is_empty() || raw.len() > SHORT_VALUE_BYTES || seen_names.contains(raw) {
                        continue;
                    }
                    if seen_names.len() < crate::names::MAX_NAMES {
                        seen_names.insert(raw.to_vec());
                    }
                    if let Some(list) = short(&record, Some(*column)) {
                        names.add_list(&list);
                    }
                }
            }
        }
        if let Some([school, degree, end]) = education_columns {
            let secondary = [school, degree]
                .into_iter()
                .any(|index| short(&record, index).is_some_and(|name| is_secondary_school(&name)));
            // A handful at most: a hostile file of millions of such rows must not grow it.
            if secondary && profile.secondary_schools.len() < MAX_SECONDARY_SCHOOLS {
                let end = short(&record, end).and_then(|text| crate::dates::parse(text.trim()));
                profile.secondary_schools.push(end);
            }
        }
        if let Some([address, confirmed, primary]) = email_columns {
            let yes =
                |index| short(&record, index).is_some_and(|t| t.trim().eq_ignore_ascii_case("yes"));
            if yes(primary) && yes(confirmed) {
                *email = short(&record, address).map(|t| t.trim().to_owned());
            }
        }
    }
    if !names.is_empty() {
        shared
            .names
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .extend(&names);
    }
    if spec.rule == RowRule::Shares && stats.records > 0 {
        stats.visibility = Some(rows.visibility.into_iter().collect());
    }
    years.add_to(&mut stats);
    rows.candidates.add_to(&mut stats.excerpts);
    let read = csv.stats();
    let mut note = |kind, count: u64| {
        if count > 0 {
            warnings.push(Warning {
                kind,
                detail: count.to_string(),
            });
        }
    };
    note(WarningKind::UnparsedDates, unparsed_dates);
    note(WarningKind::InvalidUtf8, read.invalid_utf8_records);
    note(WarningKind::TruncatedField, read.truncated_fields);
    note(WarningKind::DroppedColumns, read.dropped_columns);
    note(WarningKind::JoinedLines, read.continuation_lines);
    Ok((stats, warnings, rows.items))
}
