//! What some files' rows tell besides their figures: the member's profile and school, the
//! primary e-mail address, other people's names. Read from every row of those files (the last
//! profile row and e-mail address win, as in the export's own order).

use std::collections::HashSet;

use crate::catalog::{CategoryId, FileSpec};
use crate::csv_dialect::{Header, Record};
use crate::names::NameDictionary;

use super::columns::{NameColumns, name_columns};
use super::entries::SharedFacts;
use super::profile::{MAX_SECONDARY_SCHOOLS, ProfileFacts, is_secondary_school};
use super::rows::{SHORT_VALUE_BYTES, short};

/// The columns of one file that hold such facts, and the names found so far.
pub(super) struct FactReader {
    /// First name, last name, headline, location, birth date (Profile.csv).
    profile: Option<[Option<usize>; 5]>,
    /// School, degree, end date (Education.csv).
    education: Option<[Option<usize>; 3]>,
    /// Address, confirmed, primary (Email Addresses.csv).
    email: Option<[Option<usize>; 3]>,
    names: NameColumns,
    found_names: NameDictionary,
    /// Raw name cells already added (messages repeat the same few senders over and over).
    seen_names: HashSet<Vec<u8>>,
}

impl FactReader {
    pub(super) fn new(spec: &FileSpec, header: &Header) -> Self {
        let is_profile = spec.stems == ["profile"];
        let is_education = spec.category == CategoryId::Education;
        let is_email = spec.stems == ["email addresses"];
        FactReader {
            profile: is_profile.then(|| {
                [
                    header.find("First Name"),
                    header.find("Last Name"),
                    header.find("Headline"),
                    header.find("Geo Location"),
                    header.find("Birth Date"),
                ]
            }),
            education: is_education.then(|| {
                [
                    header.find("School Name"),
                    header.find("Degree Name"),
                    header.find("End Date"),
                ]
            }),
            email: is_email.then(|| {
                [
                    header.find("Email Address"),
                    header.find("Confirmed"),
                    header.find("Primary"),
                ]
            }),
            names: name_columns(spec, header),
            found_names: NameDictionary::default(),
            seen_names: HashSet::new(),
        }
    }

    /// Reads the facts of one (non-blank) row.
    pub(super) fn read(
        &mut self,
        record: &Record,
        profile: &mut ProfileFacts,
        email: &mut Option<String>,
    ) {
        if let Some([first, last, headline, geo, birth]) = self.profile {
            let take = |index| short(record, index).map(|t| t.trim().to_owned());
            profile.first_name = take(first);
            profile.last_name = take(last);
            profile.headline = take(headline);
            profile.geo_location = take(geo);
            profile.birth_date = take(birth);
        }
        self.read_names(record);
        if let Some([school, degree, end]) = self.education {
            let secondary = [school, degree]
                .into_iter()
                .any(|index| short(record, index).is_some_and(|name| is_secondary_school(&name)));
            // A handful at most: a hostile file of millions of such rows must not grow it.
            if secondary && profile.secondary_schools.len() < MAX_SECONDARY_SCHOOLS {
                let end = short(record, end).and_then(|text| crate::dates::parse(text.trim()));
                profile.secondary_schools.push(end);
            }
        }
        if let Some([address, confirmed, primary]) = self.email {
            let yes =
                |index| short(record, index).is_some_and(|t| t.trim().eq_ignore_ascii_case("yes"));
            if yes(primary) && yes(confirmed) {
                *email = short(record, address).map(|t| t.trim().to_owned());
            }
        }
    }

    fn read_names(&mut self, record: &Record) {
        match &self.names {
            NameColumns::None => {}
            NameColumns::Parts(first, last) => {
                if let (Some(first), Some(last)) = (short(record, *first), short(record, *last)) {
                    self.found_names.add_parts(&first, &last);
                }
            }
            NameColumns::Full(columns) => {
                for column in columns {
                    // A value seen in this file is not decoded again.
                    let raw = record.get(*column).unwrap_or_default();
                    if raw.is_empty()
                        || raw.len() > SHORT_VALUE_BYTES
                        || self.seen_names.contains(raw)
                    {
                        continue;
                    }
                    if self.seen_names.len() < crate::names::MAX_NAMES {
                        self.seen_names.insert(raw.to_vec());
                    }
                    if let Some(list) = short(record, Some(*column)) {
                        self.found_names.add_list(&list);
                    }
                }
            }
        }
    }

    /// Adds the names found to the ones all files share (once per file: one lock).
    pub(super) fn finish(self, shared: &SharedFacts) {
        if !self.found_names.is_empty() {
            shared
                .names
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .extend(&self.found_names);
        }
    }
}
