//! LinkedIn's generative-AI training policy as data: the dates, the region-by-region rules
//! (training history, sharing with Microsoft, the controller and the law a letter invokes)
//! and the public sources behind them, each with its outlet, date and link, so that a policy
//! change is one edit here. Every fact cites its public source in [`SOURCES`]; texts shown
//! to the member live in the message files. Authorities are in [`crate::authorities`], places in [`crate::places`].

use jiff::civil::{Date, date};
use serde::Serialize;

/// Where the member lives, as far as LinkedIn's AI-training rules go.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Region {
    Eu,
    Eea,
    Ch,
    Uk,
    Ca,
    Hk,
    Us,
    Other,
}

impl Region {
    pub const ALL: [Region; 8] = [
        Region::Eu,
        Region::Eea,
        Region::Ch,
        Region::Uk,
        Region::Ca,
        Region::Hk,
        Region::Us,
        Region::Other,
    ];

    /// The value of `--region` and of the JSON `member.region`, also the message id suffix
    /// `region-<id>`.
    pub fn as_str(self) -> &'static str {
        match self {
            Region::Eu => "eu",
            Region::Eea => "eea",
            Region::Ch => "ch",
            Region::Uk => "uk",
            Region::Ca => "ca",
            Region::Hk => "hk",
            Region::Us => "us",
            Region::Other => "other",
        }
    }

    /// The region named by `as_str`'s value.
    pub fn parse(value: &str) -> Option<Region> {
        Region::ALL
            .into_iter()
            .find(|region| region.as_str() == value)
    }

    /// Whether the GDPR applies (EU and EEA): LinkedIn's lead authority is then Ireland's.
    pub fn gdpr(self) -> bool {
        matches!(self, Region::Eu | Region::Eea)
    }
}

/// When the facts below were last checked against their sources.
pub const AS_OF: Date = date(2026, 11, 30);

/// A report older than this many months after `AS_OF` warns that the facts may be stale.
pub const STALE_AFTER_MONTHS: i32 = 12;

/// Training of content-generating AI in the EU, EEA, Switzerland, the UK, Canada and Hong
/// Kong (European Regional Privacy Notice).
pub const TRAINING_START_EUROPE: Date = date(2025, 11, 3);
/// The same setting, on by default, in the US and most other regions: added by the global
/// privacy policy effective 18 September 2024; no exact start day is published ("by").
pub const TRAINING_BY_ELSEWHERE: Date = date(2024, 9, 18);
/// Hong Kong: training paused on 11 October 2024 (PCPD press release of 15 October 2024).
pub const PAUSED_HONG_KONG: Date = date(2024, 10, 11);
/// Canada: paused, as the OPC's news release of 10 December 2024 reports (no day of the pause).
pub const PAUSED_CANADA_BY: Date = date(2024, 12, 10);
/// The UK ICO said in September 2024 that LinkedIn had suspended UK training (no day given).
pub const SUSPENDED_UK_MONTH: Date = date(2024, 9, 1);
/// Ireland's DPC: LinkedIn reduced the scope and the time period; the cut-off is not public.
pub const SCOPE_REDUCED: Date = date(2025, 11, 7);

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
/// The Microsoft advertising data-sharing setting (global privacy policy, Feb 2026).
pub const MICROSOFT_ADS_URL: &str =
    "https://www.linkedin.com/mypreferences/s/settings/share-data-with-trusted-partners";

/// How exact a policy date is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Precision {
    /// That very day.
    Day,
    /// On or before that day (the source gives no earlier day).
    By,
    /// Some day of that month.
    Month,
    /// Some day of that year.
    Year,
}

/// What happened to the training of a region's members.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TrainingEventKind {
    Started,
    /// The UK: suspended, per the ICO; whether any UK data was used before is unclear.
    Suspended,
    Paused,
    Resumed,
    /// The DPC: scope and time period reduced, the new cut-off not public.
    ScopeReduced,
}

/// One dated event of a region's training history.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct TrainingEvent {
    pub event: TrainingEventKind,
    pub date: Date,
    pub precision: Precision,
    /// The id of the source in [`SOURCES`].
    pub source: &'static str,
}

const fn event(
    event: TrainingEventKind,
    date: Date,
    precision: Precision,
    source: &'static str,
) -> TrainingEvent {
    TrainingEvent {
        event,
        date,
        precision,
        source,
    }
}

use Precision::*;
use TrainingEventKind::*;

const STARTED_EUROPE: TrainingEvent =
    event(Started, TRAINING_START_EUROPE, Day, "privacy-notice-eu");
const STARTED_ELSEWHERE: TrainingEvent =
    event(Started, TRAINING_BY_ELSEWHERE, By, "privacy-policy-global");
const RESUMED: TrainingEvent = event(Resumed, TRAINING_START_EUROPE, Day, "privacy-notice-eu");
const SCOPE: TrainingEvent = event(ScopeReduced, SCOPE_REDUCED, Day, "dpc-ie");

const HISTORY_EU: &[TrainingEvent] = &[STARTED_EUROPE, SCOPE];
const HISTORY_CH: &[TrainingEvent] = &[STARTED_EUROPE];
const HISTORY_UK: &[TrainingEvent] = &[
    event(Suspended, SUSPENDED_UK_MONTH, Month, "ico-uk"),
    STARTED_EUROPE,
];
const HISTORY_CA: &[TrainingEvent] = &[
    event(Started, date(2024, 1, 1), Year, "opc-ca"),
    event(Paused, PAUSED_CANADA_BY, By, "opc-ca"),
    RESUMED,
];
const HISTORY_HK: &[TrainingEvent] = &[
    event(Started, date(2024, 1, 1), Year, "pcpd-hk"),
    event(Paused, PAUSED_HONG_KONG, Day, "pcpd-hk"),
    RESUMED,
];
const HISTORY_ELSEWHERE: &[TrainingEvent] = &[STARTED_ELSEWHERE];

/// Who the controller of the member's data is (the notices' "data controller" paragraphs).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Controller {
    LinkedInIreland,
    LinkedInCorporation,
}

/// A controller's postal identity as a letter writes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PostalAddress {
    pub company: &'static str,
    /// Lines after the company, before the country (the DPO's attention line is a message).
    pub lines: &'static [&'static str],
    /// ISO code of the country (named in the member's language).
    pub country: &'static str,
}

impl Controller {
    pub fn address(self) -> PostalAddress {
        match self {
            Controller::LinkedInIreland => PostalAddress {
                company: "LinkedIn Ireland Unlimited Company",
                lines: &["Wilton Plaza, Wilton Place", "Dublin 2"],
                country: "ie",
            },
            Controller::LinkedInCorporation => PostalAddress {
                company: "LinkedIn Corporation",
                lines: &["1000 W Maude Avenue", "Sunnyvale, CA"],
                country: "us",
            },
        }
    }
}

/// The law a member's objection or request rests on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Law {
    /// GDPR art. 21(1) (EU, EEA).
    Gdpr,
    /// GDPR art. 21(1) through art. 3 (Switzerland is a "Designated Country" of LinkedIn
    /// Ireland), with the Swiss FADP art. 30(2)(b) beside it.
    GdprSwitzerland,
    /// UK GDPR art. 21(1).
    UkGdpr,
    /// Withdrawal of consent, PIPEDA Schedule 1 principle 4.3.8 (and, in Québec, the
    /// private-sector act as amended by Law 25).
    Pipeda,
    /// Hong Kong PDPO: use beyond the original purpose needs consent (DPP3).
    Pdpo,
    /// No objection right to cite: a plain request.
    None,
}

impl Law {
    /// Whether GDPR articles 12(3) (one month to answer), 18 and 21 apply.
    pub fn gdpr_like(self) -> bool {
        matches!(self, Law::Gdpr | Law::GdprSwitzerland | Law::UkGdpr)
    }

    /// The message-id suffix of the law's texts (`letter-objection-<id>`…).
    pub fn id(self) -> &'static str {
        match self {
            Law::Gdpr => "gdpr",
            Law::GdprSwitzerland => "gdpr-ch",
            Law::UkGdpr => "uk-gdpr",
            Law::Pipeda => "pipeda",
            Law::Pdpo => "pdpo",
            Law::None => "none",
        }
    }

    /// The source of the law's text.
    pub fn source(self) -> Option<&'static str> {
        match self {
            Law::Gdpr => Some("gdpr"),
            Law::GdprSwitzerland => Some("fadp"),
            Law::UkGdpr => Some("uk-gdpr"),
            Law::Pipeda => Some("pipeda"),
            Law::Pdpo => Some("pdpo"),
            Law::None => None,
        }
    }
}

/// What a region changes, each fact from the sources in [`SOURCES`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RegionRules {
    /// The day the current training period started (`training_since_precision` says how
    /// exact it is): 3 Nov 2025 in Europe, and also in Canada and Hong Kong, where it resumed.
    pub training_since: Date,
    pub training_since_precision: Precision,
    /// The dated events of the region's training, oldest first.
    pub history: &'static [TrainingEvent],
    /// UK only: posts, comments, articles and videos shared with Microsoft for Microsoft's own
    /// AI training, controlled by the same setting.
    pub microsoft_training_sharing: bool,
    /// From 3 Nov 2025, everywhere but the EU, EEA, UK and Switzerland: profile, feed activity
    /// and ad engagement shared with Microsoft for ads (separate setting).
    pub microsoft_ads_sharing: bool,
    /// Whether the Garante's reading applies (GDPR regions): an objection made after
    /// `TRAINING_START_EUROPE` only covers content published afterwards.
    pub late_objection_limit: bool,
    pub controller: Controller,
    pub law: Law,
}

/// The rules for a region. `Other` follows the US ("the US and most other regions").
pub fn region_rules(region: Region) -> RegionRules {
    let europe = RegionRules {
        training_since: TRAINING_START_EUROPE,
        training_since_precision: Day,
        history: HISTORY_EU,
        microsoft_training_sharing: false,
        microsoft_ads_sharing: false,
        late_objection_limit: true,
        controller: Controller::LinkedInIreland,
        law: Law::Gdpr,
    };
    match region {
        Region::Eu | Region::Eea => europe,
        Region::Ch => RegionRules {
            history: HISTORY_CH,
            law: Law::GdprSwitzerland,
            ..europe
        },
        Region::Uk => RegionRules {
            history: HISTORY_UK,
            microsoft_training_sharing: true,
            controller: Controller::LinkedInCorporation,
            law: Law::UkGdpr,
            ..europe
        },
        Region::Ca | Region::Hk => RegionRules {
            history: if region == Region::Ca {
                HISTORY_CA
            } else {
                HISTORY_HK
            },
            microsoft_ads_sharing: true,
            late_objection_limit: false,
            controller: Controller::LinkedInCorporation,
            law: if region == Region::Ca {
                Law::Pipeda
            } else {
                Law::Pdpo
            },
            ..europe
        },
        Region::Us | Region::Other => RegionRules {
            training_since: TRAINING_BY_ELSEWHERE,
            training_since_precision: By,
            history: HISTORY_ELSEWHERE,
            microsoft_training_sharing: false,
            microsoft_ads_sharing: true,
            late_objection_limit: false,
            controller: Controller::LinkedInCorporation,
            law: Law::None,
        },
    }
}

/// A source's date, as exact as it is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourceDate {
    Day(Date),
    /// The month only (the first day stands for it).
    Month(Date),
    /// A living page with no dated version.
    Undated,
}

impl Serialize for SourceDate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            SourceDate::Day(date) => serializer.serialize_str(&date.to_string()),
            SourceDate::Month(date) => {
                serializer.serialize_str(&format!("{:04}-{:02}", date.year(), date.month()))
            }
            SourceDate::Undated => serializer.serialize_none(),
        }
    }
}

/// A public source the report cites.
#[derive(Clone, Copy, Debug, Serialize)]
pub struct Source {
    pub id: &'static str,
    /// Who published it.
    pub outlet: &'static str,
    pub title: &'static str,
    pub url: &'static str,
    /// The version or publication date the fact was read from.
    pub date: SourceDate,
}

const fn source_of(
    id: &'static str,
    outlet: &'static str,
    title: &'static str,
    url: &'static str,
    date: SourceDate,
) -> Source {
    Source {
        id,
        outlet,
        title,
        url,
        date,
    }
}

use SourceDate::{Day as On, Month as InMonth, Undated};

pub const SOURCES: &[Source] = &[
    source_of(
        "privacy-notice-eu",
        "LinkedIn",
        "European Regional Privacy Notice: row “To train our content-generating Generative AI systems” (introduced in the version effective 3 Nov 2025), the data controller paragraph and the contact section (version effective 21 Aug 2026; dated copies kept by Open Terms Archive)",
        "https://www.linkedin.com/legal/privacy/eu",
        On(date(2026, 8, 21)),
    ),
    source_of(
        "privacy-policy-global",
        "LinkedIn",
        "Privacy Policy (global): the setting added, on by default, in the version effective 18 Sep 2024; LinkedIn Corporation the controller outside the Designated Countries",
        "https://www.linkedin.com/legal/privacy-policy",
        On(TRAINING_BY_ELSEWHERE),
    ),
    source_of(
        "help-opt-out",
        "LinkedIn Help",
        "a6278444: opting out “does not affect training that has already taken place”",
        "https://www.linkedin.com/help/linkedin/answer/a6278444",
        Undated,
    ),
    source_of(
        "pcpd-hk",
        "Office of the Privacy Commissioner for Personal Data, Hong Kong",
        "Press release: LinkedIn paused the use of Hong Kong members' data for AI training on 11 Oct 2024",
        "https://www.pcpd.org.hk",
        On(date(2024, 10, 15)),
    ),
    source_of(
        "opc-ca",
        "Office of the Privacy Commissioner of Canada",
        "News release: LinkedIn paused the use of Canadian members' data for AI training",
        "https://www.priv.gc.ca",
        On(PAUSED_CANADA_BY),
    ),
    source_of(
        "ico-uk",
        "Information Commissioner's Office (UK)",
        "Statement: LinkedIn suspended the training of its AI on UK members' data",
        "https://ico.org.uk",
        InMonth(SUSPENDED_UK_MONTH),
    ),
    source_of(
        "ap-nl",
        "Autoriteit Persoonsgegevens (Dutch DPA)",
        "Warning that LinkedIn may use data “going back to 2003”",
        "https://www.autoriteitpersoonsgegevens.nl",
        On(date(2025, 9, 24)),
    ),
    source_of(
        "dpc-ie",
        "Data Protection Commission (Ireland)",
        "Announcement: LinkedIn reduced the scope “both in terms of the personal data to be used and the time period” (new cut-off not public); processing “not approved, nor found compliant”",
        "https://www.dataprotection.ie",
        On(SCOPE_REDUCED),
    ),
    source_of(
        "garante-it",
        "Garante per la protezione dei dati personali (Italy)",
        "Press release: an objection made after 3 Nov 2025 only covers content published afterwards",
        "https://www.garanteprivacy.it",
        On(date(2025, 10, 28)),
    ),
    source_of(
        "cnpd-lu",
        "Commission nationale pour la protection des données (Luxembourg)",
        "A trained model cannot unlearn",
        "https://cnpd.public.lu",
        Undated,
    ),
    source_of(
        "press-reactions",
        "French press (outlet not identified in the project's reference)",
        "Coverage of the change naming « réactions déposées sur les posts d'autrui »: not in LinkedIn's own list",
        "",
        Undated,
    ),
    source_of(
        "authorities",
        "European Data Protection Board",
        "Members: the EU and EEA national data protection authorities",
        "https://www.edpb.europa.eu/about-edpb/about-edpb/members_en",
        Undated,
    ),
    source_of(
        "bdsg-40",
        "Bundesdatenschutzgesetz (Germany)",
        "§40: the Länder authorities supervise companies; the federal BfDI does not",
        "https://www.gesetze-im-internet.de/bdsg_2018/__40.html",
        On(date(2017, 6, 30)),
    ),
    source_of(
        "authorities-de",
        "Datenschutzkonferenz (Germany)",
        "The data protection supervisory authorities of the Länder",
        "https://www.datenschutzkonferenz-online.de/datenschutzaufsichtsbehoerden.html",
        Undated,
    ),
    source_of(
        "gdpr",
        "EUR-Lex",
        "Regulation (EU) 2016/679 (GDPR), articles 12(3), 18(1)(d) and 21(1)",
        "https://eur-lex.europa.eu/eli/reg/2016/679/oj",
        On(date(2016, 4, 27)),
    ),
    source_of(
        "uk-gdpr",
        "legislation.gov.uk",
        "UK GDPR, article 21(1)",
        "https://www.legislation.gov.uk/eur/2016/679/contents",
        On(date(2021, 1, 1)),
    ),
    source_of(
        "fadp",
        "Fedlex",
        "Swiss Federal Act on Data Protection (FADP), article 30(2)(b)",
        "https://www.fedlex.admin.ch/eli/cc/2022/491/en",
        On(date(2020, 9, 25)),
    ),
    source_of(
        "pipeda",
        "Justice Laws Website (Canada)",
        "PIPEDA, Schedule 1, principle 4.3.8 (withdrawal of consent)",
        "https://laws-lois.justice.gc.ca/eng/acts/P-8.6/",
        On(date(2000, 4, 13)),
    ),
    source_of(
        "quebec-private-sector",
        "LégisQuébec",
        "Act respecting the protection of personal information in the private sector (P-39.1), as amended by Law 25",
        "https://www.legisquebec.gouv.qc.ca/en/document/cs/P-39.1",
        On(date(2021, 9, 22)),
    ),
    source_of(
        "pdpo",
        "Hong Kong e-Legislation",
        "Personal Data (Privacy) Ordinance (Cap. 486), Data Protection Principle 3",
        "https://www.elegislation.gov.hk/hk/cap486",
        On(date(1995, 8, 3)),
    ),
];

/// The source behind a basis.
pub fn source_for_basis(basis: crate::catalog::Basis) -> &'static str {
    use crate::catalog::Basis;
    match basis {
        Basis::Stated | Basis::Implied | Basis::Excluded | Basis::NotListed | Basis::Unclear => {
            "privacy-notice-eu"
        }
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
    fn every_source_has_an_outlet_a_title_in_every_language_and_no_self_citation() {
        for code in crate::i18n::available() {
            let messages = crate::i18n::Messages::new(code);
            for source in SOURCES {
                let id = format!("source-title-{}", source.id);
                assert!(messages.has(&id), "{code}: {id}");
                assert!(!messages.get(&id).contains("this tool"), "{id}");
            }
        }
        for source in SOURCES {
            assert!(!source.outlet.is_empty(), "{}", source.id);
            assert!(!source.title.contains("this tool"), "{}", source.id);
            // Only the press article lacks a link: no outlet is known for it.
            assert_eq!(
                source.url.starts_with("https://"),
                source.id != "press-reactions",
                "{}",
                source.id
            );
        }
    }

    #[test]
    fn every_event_and_law_cites_a_listed_source() {
        for region in Region::ALL {
            let rules = region_rules(region);
            for event in rules.history {
                assert!(source(event.source).is_some(), "{region:?}");
            }
            if let Some(id) = rules.law.source() {
                assert!(source(id).is_some(), "{id}");
            }
            // The current period's start is the last start or resumption of the history.
            let current = rules
                .history
                .iter()
                .rev()
                .find(|e| matches!(e.event, Started | Resumed));
            assert_eq!(
                current.map(|e| (e.date, e.precision)),
                Some((rules.training_since, rules.training_since_precision)),
                "{region:?}"
            );
        }
    }

    #[test]
    fn the_regions_follow_the_reference_table() {
        let rules = |region| {
            let rules = region_rules(region);
            (rules.controller, rules.law, rules.training_since)
        };
        use Controller::*;
        assert_eq!(
            rules(Region::Eu),
            (LinkedInIreland, Law::Gdpr, date(2025, 11, 3))
        );
        assert_eq!(
            rules(Region::Ch),
            (LinkedInIreland, Law::GdprSwitzerland, date(2025, 11, 3))
        );
        assert_eq!(
            rules(Region::Uk),
            (LinkedInCorporation, Law::UkGdpr, date(2025, 11, 3))
        );
        assert_eq!(
            rules(Region::Ca),
            (LinkedInCorporation, Law::Pipeda, date(2025, 11, 3))
        );
        assert_eq!(
            rules(Region::Hk),
            (LinkedInCorporation, Law::Pdpo, date(2025, 11, 3))
        );
        assert_eq!(
            rules(Region::Us),
            (LinkedInCorporation, Law::None, date(2024, 9, 18))
        );
        assert_eq!(region_rules(Region::Other), region_rules(Region::Us));
    }
}
