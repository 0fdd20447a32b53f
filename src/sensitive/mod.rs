//! Flags on the member's own writing under AI training: what a text may reveal. Tier 1 is
//! personal contact data (e-mail, telephone, IBAN), found by structure and checksums; tier 2
//! the special categories of GDPR art. 9 (health, religion, politics, union, sexuality,
//! ethnicity), found by per-language lexicons (`lexicons/*.toml`) with context rules, so
//! that a text about a person is flagged and a text about a topic is not. Precision comes
//! first: a wrong flag is worse than none (docs/SENSITIVE.md has the method and figures).
//! Nothing here allocates per text once its buffers have grown, and nothing is stored but
//! the flags.

mod contact;
mod lexicon;
mod normalise;

use std::sync::OnceLock;

use serde::Serialize;

pub use contact::{iban_ranges, phone_ranges};
pub use lexicon::LEXICONS;
pub use normalise::normalised;

use crate::catalog::{CategoryId, FileSpec};

/// One flag. The order is the display order; the ids are stable (JSON, `--items`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Flag {
    Email,
    Phone,
    Iban,
    Health,
    Religion,
    Politics,
    Union,
    Sexuality,
    Ethnicity,
}

impl Flag {
    pub const ALL: [Flag; 9] = [
        Flag::Email,
        Flag::Phone,
        Flag::Iban,
        Flag::Health,
        Flag::Religion,
        Flag::Politics,
        Flag::Union,
        Flag::Sexuality,
        Flag::Ethnicity,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Flag::Email => "email",
            Flag::Phone => "phone",
            Flag::Iban => "iban",
            Flag::Health => "health",
            Flag::Religion => "religion",
            Flag::Politics => "politics",
            Flag::Union => "union",
            Flag::Sexuality => "sexuality",
            Flag::Ethnicity => "ethnicity",
        }
    }

    /// 1: personal contact data; 2: special categories (GDPR art. 9).
    pub fn tier(self) -> u8 {
        match self {
            Flag::Email | Flag::Phone | Flag::Iban => 1,
            _ => 2,
        }
    }

    pub fn from_id(id: &str) -> Option<Flag> {
        Flag::ALL.into_iter().find(|flag| flag.as_str() == id)
    }

    fn bit(self) -> u16 {
        1 << (self as u16)
    }
}

/// A set of flags.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Flags(u16);

impl Flags {
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn contains(self, flag: Flag) -> bool {
        self.0 & flag.bit() != 0
    }

    pub fn insert(&mut self, flag: Flag) {
        self.0 |= flag.bit();
    }

    pub fn extend(&mut self, other: Flags) {
        self.0 |= other.0;
    }

    pub fn iter(self) -> impl Iterator<Item = Flag> {
        Flag::ALL
            .into_iter()
            .filter(move |flag| self.contains(*flag))
    }

    /// The ids, space-separated, in display order (`--items`).
    pub fn ids(self) -> String {
        self.iter().map(Flag::as_str).collect::<Vec<_>>().join(" ")
    }
}

impl FromIterator<Flag> for Flags {
    fn from_iter<I: IntoIterator<Item = Flag>>(iter: I) -> Flags {
        let mut flags = Flags::default();
        for flag in iter {
            flags.insert(flag);
        }
        flags
    }
}

/// Flagged items of a category: how many items carry any flag, and how many each flag.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub items_flagged: u64,
    pub by_flag: [u64; 9],
}

impl Tally {
    pub fn add(&mut self, flags: Flags) {
        if flags.is_empty() {
            return;
        }
        self.items_flagged += 1;
        for flag in flags.iter() {
            if let Some(count) = self.by_flag.get_mut(flag as usize) {
                *count += 1;
            }
        }
    }

    pub fn merge(&mut self, other: &Tally) {
        self.items_flagged += other.items_flagged;
        for (mine, theirs) in self.by_flag.iter_mut().zip(other.by_flag) {
            *mine += theirs;
        }
    }

    pub fn count(&self, flag: Flag) -> u64 {
        self.by_flag.get(flag as usize).copied().unwrap_or(0)
    }
}

/// Whether a file's text columns are scanned: the member's own writing under training that
/// the issue names (profile headline and summary, posts, comments, articles, recommendations
/// given, screening answers), not the résumé (a private file that holds the member's own
/// contact details by design).
pub fn scans(spec: &FileSpec) -> bool {
    scans_category(spec.category) && !spec.stems.contains(&"private_identity_asset")
}

pub fn scans_category(category: CategoryId) -> bool {
    matches!(
        category,
        CategoryId::Profile
            | CategoryId::Posts
            | CategoryId::Comments
            | CategoryId::Articles
            | CategoryId::RecommendationsGiven
            | CategoryId::JobAnswers
    )
}

/// The compiled lexicons, built on first use. `None` if an embedded lexicon failed to
/// compile, which the unit tests rule out: tier 2 then finds nothing rather than panic.
fn lexicon() -> Option<&'static lexicon::Lexicon> {
    static LEXICON: OnceLock<Option<lexicon::Lexicon>> = OnceLock::new();
    LEXICON
        .get_or_init(|| lexicon::Lexicon::embedded().ok())
        .as_ref()
}

/// Scans texts, one at a time, reusing its buffers.
#[derive(Default)]
pub struct Scanner {
    normalised: Vec<u8>,
    hits: Vec<lexicon::Hit>,
}

/// Bytes of a text that are scanned; a longer text (a hostile field) is scanned this far.
pub const MAX_SCANNED_BYTES: usize = 64 << 10;

impl Scanner {
    /// The flags of one text (UTF-8 bytes; invalid sequences are skipped).
    pub fn scan(&mut self, text: &[u8]) -> Flags {
        let text = text.get(..MAX_SCANNED_BYTES).unwrap_or(text);
        let mut flags = Flags::default();
        if contact::has_email(text) {
            flags.insert(Flag::Email);
        }
        if contact::has_phone(text) {
            flags.insert(Flag::Phone);
        }
        if contact::has_iban(text) {
            flags.insert(Flag::Iban);
        }
        if let Some(lexicon) = lexicon() {
            normalise::normalise_into(text, &mut self.normalised);
            flags.extend(lexicon.flags(&self.normalised, &mut self.hits));
        }
        flags
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scan(text: &str) -> String {
        Scanner::default().scan(text.as_bytes()).ids()
    }

    #[test]
    fn flags_round_trip_their_ids() {
        for flag in Flag::ALL {
            assert_eq!(Flag::from_id(flag.as_str()), Some(flag));
        }
        let flags: Flags = [Flag::Union, Flag::Email].into_iter().collect();
        assert_eq!(flags.ids(), "email union");
    }

    #[test]
    fn tally_counts_items_and_flags() {
        let mut tally = Tally::default();
        tally.add([Flag::Health, Flag::Phone].into_iter().collect());
        tally.add(Flags::default());
        tally.add([Flag::Health].into_iter().collect());
        assert_eq!(tally.items_flagged, 2);
        assert_eq!(tally.count(Flag::Health), 2);
        assert_eq!(tally.count(Flag::Phone), 1);
        assert_eq!(tally.count(Flag::Union), 0);
    }

    #[test]
    fn context_decides() {
        assert_eq!(scan("I was diagnosed with diabetes in May."), "health");
        assert_eq!(
            scan("Diabetes affects millions; our app helps clinics."),
            ""
        );
        assert_eq!(scan("I don't have cancer."), "");
        assert_eq!(scan("The European Union fined them."), "");
        assert_eq!(scan("As a union rep I negotiated the deal."), "union");
        assert_eq!(scan("Our health check endpoint is green."), "");
        assert_eq!(scan("Je suis syndiquée à la CGT."), "union");
        assert_eq!(scan("L'Union européenne a voté."), "");
    }
}
