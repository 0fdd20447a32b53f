//! LinkedIn's generative-AI training policy as data: the facts the report states, each with
//! its source and the date it was checked, so that a policy change is one edit here.
//! Texts shown to the member live in the message files; this module holds facts and links.

use serde::Serialize;

/// When the facts below were last checked against their sources.
pub const AS_OF: &str = "2026-11-01";

/// A report older than this many months after `AS_OF` warns that the facts may be stale.
pub const STALE_AFTER_MONTHS: i32 = 12;

/// Training of content-generating AI in the EU, EEA, Switzerland, UK, Canada and Hong Kong.
pub const TRAINING_START_EUROPE: &str = "2025-11-03";
/// The same setting, on by default, in the US and most other regions, since August/September
/// 2024 (month precision: LinkedIn gave no single day).
pub const TRAINING_START_ELSEWHERE: &str = "2024-09";

/// The setting "Data for Generative AI Improvement".
pub const OPT_OUT_URL: &str =
    "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement";
/// Data Processing Objection Request form (GDPR art. 21).
pub const OBJECTION_FORM_URL: &str = "https://www.linkedin.com/help/linkedin/ask/TS-DPRO";
/// Data Deletion form.
pub const DELETION_FORM_URL: &str = "https://www.linkedin.com/help/linkedin/ask/TS-DDF";
/// Closing the account.
pub const CLOSE_ACCOUNT_URL: &str = "https://www.linkedin.com/mypreferences/d/close-accounts";
/// LinkedIn's Data Protection Officer.
pub const DPO_URL: &str = "https://www.linkedin.com/help/linkedin/ask/TSO-DPO";

/// A public source the report cites.
#[derive(Clone, Copy, Debug, Serialize)]
pub struct Source {
    pub id: &'static str,
    pub title: &'static str,
    pub url: &'static str,
    /// The version or publication date the fact was read from.
    pub date: &'static str,
}

pub const SOURCES: &[Source] = &[
    Source {
        id: "privacy-notice-eu",
        title: "LinkedIn European Regional Privacy Notice (row “To train our content-generating Generative AI systems”)",
        url: "https://www.linkedin.com/legal/privacy/eu",
        date: "2025-11-03",
    },
    Source {
        id: "help-opt-out",
        title: "LinkedIn Help a6278444: Control whether LinkedIn uses your data to train generative AI models",
        url: "https://www.linkedin.com/help/linkedin/answer/a6278444",
        date: "2025-11-03",
    },
    Source {
        id: "press-reactions",
        title: "Press coverage of the change naming reactions to others' posts (« réactions déposées sur les posts d'autrui »)",
        url: "",
        date: "2025-10-01",
    },
    Source {
        id: "ap-nl",
        title: "Autoriteit Persoonsgegevens (Dutch DPA): LinkedIn may use data going back to 2003",
        url: "https://www.autoriteitpersoonsgegevens.nl",
        date: "2025-09-24",
    },
    Source {
        id: "garante-it",
        title: "Garante per la protezione dei dati personali: an objection after 3 Nov 2025 only covers later content",
        url: "https://www.garanteprivacy.it",
        date: "2025-10-01",
    },
    Source {
        id: "cnpd-lu",
        title: "CNPD Luxembourg: a trained model cannot unlearn",
        url: "https://cnpd.public.lu",
        date: "2025-10-01",
    },
];

/// The source behind a basis.
pub fn source_for_basis(basis: crate::catalog::Basis) -> &'static str {
    use crate::catalog::Basis;
    match basis {
        Basis::Stated | Basis::Implied | Basis::Excluded | Basis::NotListed => "privacy-notice-eu",
        Basis::Reported => "press-reactions",
    }
}

pub fn source(id: &str) -> Option<&'static Source> {
    SOURCES.iter().find(|source| source.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::CATEGORIES;

    #[test]
    fn every_basis_has_a_source() {
        for category in CATEGORIES {
            let id = source_for_basis(category.basis);
            assert!(source(id).is_some(), "{id}");
        }
    }

    #[test]
    fn dates_are_iso() {
        assert!(TRAINING_START_ELSEWHERE.starts_with("2024-"));
        for date in [AS_OF, TRAINING_START_EUROPE] {
            assert!(date.parse::<jiff::civil::Date>().is_ok(), "{date}");
        }
        for source in SOURCES {
            assert!(
                source.date.parse::<jiff::civil::Date>().is_ok(),
                "{}",
                source.id
            );
        }
    }
}
