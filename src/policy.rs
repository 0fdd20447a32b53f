//! LinkedIn's generative-AI training policy as data: the facts the report states, each with
//! its source and the date it was checked, so that a policy change is one edit here.
//! Texts shown to the member live in the message files; this module holds facts and links.

use serde::Serialize;

use crate::member::Region;

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

/// LinkedIn's Data Protection Officer's postal identity, as the reference gives it.
pub const DPO_ADDRESS: &str = "LinkedIn Ireland Unlimited Company, Dublin 2, Ireland";

/// What a region changes, each fact from the policy reference (sources in [`SOURCES`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RegionRules {
    /// Since when content-generating AI is trained on the member's data: a day
    /// (`TRAINING_START_EUROPE`) or a month (`TRAINING_START_ELSEWHERE`). Source
    /// `privacy-notice-eu` for Europe; `help-opt-out` for the 2024 roll-out elsewhere.
    pub training_since: &'static str,
    /// UK only: posts, comments, articles and videos shared with Microsoft for Microsoft's own
    /// AI training, controlled by the same setting. Source `privacy-notice-eu`.
    pub microsoft_training_sharing: bool,
    /// From 3 Nov 2025, everywhere but the EU, EEA, UK and Switzerland: profile, feed activity
    /// and ad engagement shared with Microsoft for ads (separate setting). Source
    /// `privacy-notice-eu`.
    pub microsoft_ads_sharing: bool,
    /// Whether the Garante's point applies (the EU, EEA, Switzerland and the UK): an
    /// objection made after `TRAINING_START_EUROPE` only covers content published
    /// afterwards. Source `garante-it`.
    pub late_objection_limit: bool,
}

/// The rules for a region. `Other` follows the US ("the US and most other regions").
pub fn region_rules(region: Region) -> RegionRules {
    let europe = RegionRules {
        training_since: TRAINING_START_EUROPE,
        microsoft_training_sharing: false,
        microsoft_ads_sharing: false,
        late_objection_limit: true,
    };
    match region {
        Region::Eu | Region::Eea | Region::Ch => europe,
        Region::Uk => RegionRules {
            microsoft_training_sharing: true,
            ..europe
        },
        // Canada and Hong Kong share the European date but not the advertising exemption; the
        // Garante's reading of a late objection concerns the GDPR, not their laws.
        Region::Ca | Region::Hk => RegionRules {
            microsoft_ads_sharing: true,
            late_objection_limit: false,
            ..europe
        },
        Region::Us | Region::Other => RegionRules {
            training_since: TRAINING_START_ELSEWHERE,
            microsoft_training_sharing: false,
            microsoft_ads_sharing: true,
            late_objection_limit: false,
        },
    }
}

/// The first day a training start can mean: the day itself, or the first of its month when
/// only the month is known (used for the member's age at the start).
pub fn training_start_day(training_since: &str) -> Option<jiff::civil::Date> {
    training_since.parse().ok().or_else(|| {
        let (year, month) = training_since.split_once('-')?;
        jiff::civil::Date::new(year.parse().ok()?, month.parse().ok()?, 1).ok()
    })
}

/// A data protection authority a member can complain to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Authority {
    pub name: &'static str,
    pub url: &'static str,
    /// The source id (see [`SOURCES`]) the name and address come from.
    pub source: &'static str,
}

/// LinkedIn's lead supervisory authority in the EU/EEA (one-stop shop).
pub const LEAD_AUTHORITY: Authority = Authority {
    name: "Data Protection Commission (DPC), Ireland",
    url: "https://www.dataprotection.ie",
    source: "policy-reference",
};

/// The authority named for a region as a whole (not per country), if any.
pub fn region_authority(region: Region) -> Option<Authority> {
    let authority = |name, url| Authority {
        name,
        url,
        source: "authorities",
    };
    match region {
        Region::Uk => Some(authority(
            "Information Commissioner's Office (ICO)",
            "https://ico.org.uk",
        )),
        Region::Ca => Some(authority(
            "Office of the Privacy Commissioner of Canada (OPC)",
            "https://www.priv.gc.ca",
        )),
        Region::Hk => Some(authority(
            "Office of the Privacy Commissioner for Personal Data (PCPD), Hong Kong",
            "https://www.pcpd.org.hk",
        )),
        Region::Ch => Some(authority(
            "Federal Data Protection and Information Commissioner (FDPIC)",
            "https://www.edoeb.admin.ch",
        )),
        Region::Eu | Region::Eea | Region::Us | Region::Other => None,
    }
}

/// A country the region inference knows: ISO 3166-1 alpha-2 code (lower case, also the
/// message id suffix `country-<code>`), English name (the JSON value), region, and, in the
/// EU/EEA, its national data protection authority.
#[derive(Clone, Copy, Debug)]
pub struct Country {
    pub code: &'static str,
    pub name: &'static str,
    pub region: Region,
    pub authority: Option<Authority>,
}

const fn eu(
    code: &'static str,
    name: &'static str,
    authority: &'static str,
    url: &'static str,
) -> Country {
    Country {
        code,
        name,
        region: Region::Eu,
        authority: Some(Authority {
            name: authority,
            url,
            source: "authorities",
        }),
    }
}

const fn eea(
    code: &'static str,
    name: &'static str,
    authority: &'static str,
    url: &'static str,
) -> Country {
    Country {
        region: Region::Eea,
        ..eu(code, name, authority, url)
    }
}

const fn other(code: &'static str, name: &'static str, region: Region) -> Country {
    Country {
        code,
        name,
        region,
        authority: None,
    }
}

/// Every EU and EEA country, Switzerland, the UK, Canada, Hong Kong and the US.
pub const COUNTRIES: &[Country] = &[
    eu(
        "at",
        "Austria",
        "Datenschutzbehörde (DSB)",
        "https://www.dsb.gv.at",
    ),
    eu(
        "be",
        "Belgium",
        "Autorité de protection des données / Gegevensbeschermingsautoriteit",
        "https://www.autoriteprotectiondonnees.be",
    ),
    eu(
        "bg",
        "Bulgaria",
        "Commission for Personal Data Protection (CPDP)",
        "https://www.cpdp.bg",
    ),
    eu(
        "hr",
        "Croatia",
        "Agencija za zaštitu osobnih podataka (AZOP)",
        "https://azop.hr",
    ),
    eu(
        "cy",
        "Cyprus",
        "Commissioner for Personal Data Protection",
        "https://www.dataprotection.gov.cy",
    ),
    eu(
        "cz",
        "Czechia",
        "Úřad pro ochranu osobních údajů (ÚOOÚ)",
        "https://uoou.gov.cz",
    ),
    eu(
        "dk",
        "Denmark",
        "Datatilsynet",
        "https://www.datatilsynet.dk",
    ),
    eu(
        "ee",
        "Estonia",
        "Andmekaitse Inspektsioon (AKI)",
        "https://www.aki.ee",
    ),
    eu(
        "fi",
        "Finland",
        "Tietosuojavaltuutetun toimisto",
        "https://tietosuoja.fi",
    ),
    Country {
        authority: Some(Authority {
            name: "Commission nationale de l'informatique et des libertés (CNIL)",
            url: "https://www.cnil.fr",
            source: "policy-reference",
        }),
        ..other("fr", "France", Region::Eu)
    },
    // Complaints about companies go to the authority of the member's Land; the federal
    // commissioner's site lists them.
    eu(
        "de",
        "Germany",
        "Bundesbeauftragte für den Datenschutz und die Informationsfreiheit (BfDI)",
        "https://www.bfdi.bund.de",
    ),
    eu(
        "gr",
        "Greece",
        "Hellenic Data Protection Authority (HDPA)",
        "https://www.dpa.gr",
    ),
    eu(
        "hu",
        "Hungary",
        "Nemzeti Adatvédelmi és Információszabadság Hatóság (NAIH)",
        "https://naih.hu",
    ),
    // Ireland's national authority is the lead authority itself, named once.
    other("ie", "Ireland", Region::Eu),
    eu(
        "it",
        "Italy",
        "Garante per la protezione dei dati personali",
        "https://www.garanteprivacy.it",
    ),
    eu(
        "lv",
        "Latvia",
        "Datu valsts inspekcija (DVI)",
        "https://www.dvi.gov.lv",
    ),
    eu(
        "lt",
        "Lithuania",
        "Valstybinė duomenų apsaugos inspekcija (VDAI)",
        "https://vdai.lrv.lt",
    ),
    eu(
        "lu",
        "Luxembourg",
        "Commission nationale pour la protection des données (CNPD)",
        "https://cnpd.public.lu",
    ),
    eu(
        "mt",
        "Malta",
        "Information and Data Protection Commissioner (IDPC)",
        "https://idpc.org.mt",
    ),
    eu(
        "nl",
        "Netherlands",
        "Autoriteit Persoonsgegevens (AP)",
        "https://www.autoriteitpersoonsgegevens.nl",
    ),
    eu(
        "pl",
        "Poland",
        "Urząd Ochrony Danych Osobowych (UODO)",
        "https://uodo.gov.pl",
    ),
    eu(
        "pt",
        "Portugal",
        "Comissão Nacional de Proteção de Dados (CNPD)",
        "https://www.cnpd.pt",
    ),
    eu(
        "ro",
        "Romania",
        "Autoritatea Națională de Supraveghere a Prelucrării Datelor cu Caracter Personal (ANSPDCP)",
        "https://www.dataprotection.ro",
    ),
    eu(
        "sk",
        "Slovakia",
        "Úrad na ochranu osobných údajov",
        "https://dataprotection.gov.sk",
    ),
    eu(
        "si",
        "Slovenia",
        "Informacijski pooblaščenec",
        "https://www.ip-rs.si",
    ),
    eu(
        "es",
        "Spain",
        "Agencia Española de Protección de Datos (AEPD)",
        "https://www.aepd.es",
    ),
    eu(
        "se",
        "Sweden",
        "Integritetsskyddsmyndigheten (IMY)",
        "https://www.imy.se",
    ),
    eea(
        "is",
        "Iceland",
        "Persónuvernd",
        "https://www.personuvernd.is",
    ),
    eea(
        "li",
        "Liechtenstein",
        "Datenschutzstelle",
        "https://www.datenschutzstelle.li",
    ),
    eea(
        "no",
        "Norway",
        "Datatilsynet",
        "https://www.datatilsynet.no",
    ),
    other("ch", "Switzerland", Region::Ch),
    other("gb", "United Kingdom", Region::Uk),
    other("ca", "Canada", Region::Ca),
    other("hk", "Hong Kong", Region::Hk),
    other("us", "United States", Region::Us),
];

/// The country with ISO code `code`.
pub fn country(code: &str) -> Option<&'static Country> {
    COUNTRIES.iter().find(|country| country.code == code)
}

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
        id: "policy-reference",
        title: "The project's policy reference (ai-training-policy.md): Ireland's DPC as lead authority, the CNIL for France, the opt-out and objection addresses",
        url: "",
        date: AS_OF,
    },
    Source {
        id: "authorities",
        title: "Data protection authorities' own websites (EU/EEA national authorities, ICO, OPC, PCPD); not in the project's policy reference, to be checked against each site",
        url: "https://www.edpb.europa.eu/about-edpb/about-edpb/members_en",
        date: AS_OF,
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
    fn every_source_has_a_title_in_every_language() {
        for code in crate::i18n::available() {
            let messages = crate::i18n::Messages::new(code);
            for source in SOURCES {
                let id = format!("source-title-{}", source.id);
                assert!(messages.has(&id), "{code}: {id}");
            }
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
