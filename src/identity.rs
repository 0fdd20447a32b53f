//! One member per run: who each input belongs to, from its own Profile.csv (name) and
//! Email Addresses.csv (addresses), read before the analysis. Two inputs whose owners differ
//! stop the run: merged, their figures would describe nobody, and each member's data would end
//! up in a report about the other. A Basic and a Complete archive of the same member agree.

use crate::archive::Input;
use crate::catalog;
use crate::csv_dialect::{CsvReader, ReaderLimits, Record};

/// Addresses kept per input at most (a member has a handful).
const MAX_ADDRESSES: usize = 64;

/// The owner of one input, as far as it tells.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Owner {
    /// The profile's first and last name, as written.
    pub name: Option<String>,
    /// Every e-mail address, lower case.
    pub emails: Vec<String>,
}

impl Owner {
    /// How the owner is named to the member: the name, else the first address.
    pub fn label(&self) -> Option<&str> {
        self.name
            .as_deref()
            .or(self.emails.first().map(String::as_str))
    }

    fn folded_name(&self) -> Option<String> {
        self.name.as_deref().map(|name| {
            name.split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase()
        })
    }

    /// Whether the two inputs are the same member's: a shared address settles it; otherwise
    /// the names when both have one, else the addresses when both have some.
    pub fn same_member(&self, other: &Owner) -> bool {
        if self.emails.iter().any(|email| other.emails.contains(email)) {
            return true;
        }
        match (self.folded_name(), other.folded_name()) {
            (Some(a), Some(b)) => a == b,
            _ => self.emails.is_empty() || other.emails.is_empty(),
        }
    }
}

/// Reads the owner of `input` from its Profile.csv and Email Addresses.csv. Whatever cannot
/// be read says nothing (the analysis reports unreadable files itself).
pub fn owner(input: &Input, limits: ReaderLimits) -> Owner {
    let mut owner = Owner::default();
    for (index, entry) in input.entries().iter().enumerate() {
        let Some(spec) = catalog::lookup(entry.file_name()) else {
            continue;
        };
        let columns: &[&str] = match spec.stems {
            ["profile"] => &["First Name", "Last Name"],
            ["email addresses"] => &["Email Address"],
            _ => continue,
        };
        let values = input.read_entry(index, |reader| {
            let mut csv = CsvReader::new(reader, limits)?;
            let found: Vec<Option<usize>> = columns.iter().map(|c| csv.header().find(c)).collect();
            let mut record = Record::default();
            let mut rows = Vec::new();
            while rows.len() < MAX_ADDRESSES && csv.read_record(&mut record)? {
                let cells: Vec<String> = found
                    .iter()
                    .map(|column| {
                        column
                            .and_then(|c| record.get(c))
                            .map(|bytes| String::from_utf8_lossy(bytes).trim().to_owned())
                            .unwrap_or_default()
                    })
                    .collect();
                rows.push(cells);
            }
            Ok(rows)
        });
        let Ok(rows) = values else { continue };
        for cells in rows {
            if columns.len() == 2 {
                let name = cells.join(" ").trim().to_owned();
                if !name.is_empty() && owner.name.is_none() {
                    owner.name = Some(name);
                }
            } else if let Some(address) = cells.first().filter(|a| a.contains('@')) {
                let address = address.to_lowercase();
                if !owner.emails.contains(&address) {
                    owner.emails.push(address);
                }
            }
        }
    }
    owner
}

/// The first two inputs (indices) that belong to different members, if any.
pub fn different_members(owners: &[Owner]) -> Option<(usize, usize)> {
    for (second, owner) in owners.iter().enumerate() {
        for (first, earlier) in owners[..second].iter().enumerate() {
            if !earlier.same_member(owner) {
                return Some((first, second));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn owner(name: Option<&str>, emails: &[&str]) -> Owner {
        Owner {
            name: name.map(str::to_owned),
            emails: emails.iter().map(|e| e.to_string()).collect(),
        }
    }

    #[test]
    fn owners_are_the_same_member_when_an_address_or_the_name_agrees() {
        let camille = owner(Some("Camille Durand"), &["c@example.com"]);
        let basic = owner(Some("camille  DURAND"), &[]);
        let renamed = owner(Some("Camille Martin"), &["c@example.com"]);
        let other = owner(Some("Jane Doe"), &["j@example.com"]);
        let nameless = owner(None, &["j@example.com"]);
        let unknown = owner(None, &[]);
        assert!(camille.same_member(&basic));
        assert!(camille.same_member(&renamed));
        assert!(camille.same_member(&unknown));
        assert!(!camille.same_member(&other));
        assert!(!camille.same_member(&nameless));
        assert_eq!(
            different_members(&[camille.clone(), basic.clone(), other]),
            Some((0, 2))
        );
        assert_eq!(different_members(&[camille, basic, unknown]), None);
        assert_eq!(nameless.label(), Some("j@example.com"));
    }
}
