//! The repeat cache: rows seen shortly before are counted without being read again.

use crate::csv_dialect::Record;

use super::rows::RowOutcome;

/// Rows a file must have before its outcomes are remembered: small files never pay for it.
pub(super) const REPEAT_CACHE_AFTER_ROWS: u64 = 4096;
/// Outcomes remembered at most (direct-mapped by fingerprint).
pub(super) const REPEAT_CACHE_SLOTS: usize = 1024;
/// Records larger than this are not remembered: their reading costs little next to their
/// bytes, which the byte limits bound.
pub(super) const REPEAT_CACHE_MAX_BYTES: usize = 256;

/// The outcomes of recent short rows, by their fields. A file that inflates far beyond its
/// compressed size is made of copies of its recent bytes (deflate copies from the last 32 KiB),
/// so nearly all its rows repeat a row seen shortly before: such a row is recognised by a hash
/// and a comparison, and counted from the remembered outcome without being read again. This is
/// what keeps a crafted stream of one line repeated for gigabytes within the time bound
/// (docs/SECURITY.md); an ordinary export, whose rows differ, pays a missed lookup and a copy
/// of the row (+0.8% of the instructions on a synthetic export).
#[derive(Default)]
pub(super) struct RepeatCache {
    rows: u64,
    slots: Vec<Option<(Record, RowOutcome)>>,
}

impl RepeatCache {
    /// The slot `record` belongs in, once the file is long enough and if the row is short.
    pub(super) fn slot(&mut self, record: &Record) -> Option<usize> {
        self.rows += 1;
        if self.rows < REPEAT_CACHE_AFTER_ROWS || record.byte_len() > REPEAT_CACHE_MAX_BYTES {
            return None;
        }
        if self.slots.is_empty() {
            self.slots.resize_with(REPEAT_CACHE_SLOTS, || None);
        }
        // The top bits of a multiplicative hash are its best mixed.
        let slot = (record.fingerprint() >> (64 - REPEAT_CACHE_SLOTS.trailing_zeros())) as usize;
        Some(slot % REPEAT_CACHE_SLOTS)
    }

    pub(super) fn get(&self, slot: usize, record: &Record) -> Option<RowOutcome> {
        match self.slots.get(slot) {
            Some(Some((seen, outcome))) if seen.same_as(record) => Some(*outcome),
            _ => None,
        }
    }

    pub(super) fn put(&mut self, slot: usize, record: &Record, outcome: RowOutcome) {
        if let Some(entry) = self.slots.get_mut(slot) {
            match entry {
                Some((seen, remembered)) => {
                    seen.copy_from(record);
                    *remembered = outcome;
                }
                None => {
                    let mut seen = Record::default();
                    seen.copy_from(record);
                    *entry = Some((seen, outcome));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::analyse::AnalysisOptions;
    use crate::analyse::csv_file::read_csv;
    use crate::analyse::entries::SharedFacts;
    use crate::analyse::profile::ProfileFacts;
    use crate::catalog;

    /// `read_csv` over `csv` as the catalog's file `name`: the figures and warnings, as text
    /// (the structs have no `PartialEq`). Collecting review items turns the repeat cache off.
    fn read_as(name: &str, csv: &[u8], collect_items: bool) -> (String, String) {
        let spec = catalog::lookup(name).expect("a catalogued file");
        let options = AnalysisOptions {
            collect_items,
            ..AnalysisOptions::default()
        };
        let shared = SharedFacts {
            member_name: Some("ada lovelace".to_owned()),
            ..SharedFacts::default()
        };
        let figures = read_csv(
            &mut &csv[..],
            spec,
            &shared,
            &options,
            &mut ProfileFacts::default(),
            &mut None,
        )
        .expect("read");
        (
            format!("{:?}", figures.stats),
            format!("{:?}", figures.warnings),
        )
    }

    /// Reading `csv` as `name` gives the same figures and warnings with the repeat cache as
    /// without it.
    fn assert_repeats_change_nothing(name: &str, csv: &[u8]) {
        assert_eq!(
            read_as(name, csv, false),
            read_as(name, csv, true),
            "{name}"
        );
    }

    /// `rows` rows drawn from `variants` by a fixed pseudo-random sequence, with every 97th row
    /// unique (so that the cache also misses and evicts), after `header`.
    fn file_of(
        header: &str,
        variants: &[&str],
        unique: impl Fn(usize) -> String,
        rows: usize,
    ) -> Vec<u8> {
        let mut csv = format!("{header}\n").into_bytes();
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        for i in 0..rows {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            if i % 97 == 0 {
                csv.extend_from_slice(unique(i).as_bytes());
            } else {
                let pick = usize::try_from(state % variants.len() as u64).expect("small");
                csv.extend_from_slice(variants[pick].as_bytes());
            }
            csv.push(b'\n');
        }
        csv
    }

    #[test]
    fn repeated_rows_count_as_if_each_were_read() {
        let shares = file_of(
            "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility",
            &[
                "2024-03-01 10:00:00,https://x/1,hello world,,,MEMBER_NETWORK",
                "2024-03-01 10:00:00,https://x/1,hello world,,,MEMBER_NETWORK",
                "2023-12-31 23:59:59,https://x/2,\"quoted, with a comma\",,,PUBLIC",
                "2019-05-05 08:00:00,https://x/3,three words here,,, PUBLIC ",
                "not a date,https://x/4,undated post,,,CONNECTIONS",
                "N/A,,,,,",
                ",,,,,",
                "2022-01-01 00:00:00,https://x/5,caf\u{e9} cr\u{e8}me,,,",
                "2021-07-07 07:07:07,https://x/6,\"first line\"\n\"second line\",,,PUBLIC",
                "2020-02-02 02:02:02,https://x/7,",
            ],
            |i| {
                format!(
                    "2018-01-01 00:00:{:02},https://x/u{i},unique {i},,,V{}",
                    i % 60,
                    i % 40
                )
            },
            20_000,
        );
        assert_repeats_change_nothing("Shares.csv", &shares);

        let recommendations = file_of(
            "First Name,Last Name,Company,Job Title,Text,Creation Date,Status",
            &[
                "Ada,L,Acme,CTO,Great colleague,01/02/24,VISIBLE",
                "Ada,L,Acme,CTO,Great colleague,01/02/24,HIDDEN",
                "Bob,M,Beta,Dev,Sharp and kind,12/31/23, visible ",
                "Bob,M,Beta,Dev,,12/31/23,",
            ],
            |i| format!("C{i},D,Gamma,Ops,Text {i},03/04/22,VISIBLE"),
            9_000,
        );
        assert_repeats_change_nothing("Recommendations_Received.csv", &recommendations);

        let coach = file_of(
            "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER",
            &[
                "c1,t,Ada Lovelace,u,Coach,v,2025-01-01 10:00:00 UTC,,my own words,INBOX",
                "c1,t,Coach,u,Ada Lovelace,v,2025-01-01 10:00:01 UTC,,the coach answers,INBOX",
            ],
            |i| format!("c{i},t,ada lovelace,u,Coach,v,2024-06-01 10:00:00 UTC,,words {i},INBOX"),
            9_000,
        );
        assert_repeats_change_nothing("learning_coach_messages.csv", &coach);
    }
}
