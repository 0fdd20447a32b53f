//! What the export says about its owner that changes the verdict, and what the member can do
//! about it. This module owns: the region (the `--region` flag, else inferred from the last
//! part of Profile.csv `Geo Location`, in English or French), the age (from a Birth Date with
//! a year: today, on the region's training start, and the 18th birthday when it matters),
//! the regulators to name, the guidance steps as data, and the few lines that say all this
//! to the member (used by the terminal table and available to the HTML report). The policy
//! facts themselves (dates, sharing rules, authorities) live in [`crate::policy`].

use jiff::civil::Date;

use crate::analyse::ProfileFacts;
use crate::dates;
use crate::i18n::{Arg, Messages};
use crate::policy::{self, Country};
use crate::report::{GuidanceStep, Member, Regulator, Report};

/// Where the member lives, as far as LinkedIn's AI-training rules go.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
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
    fn gdpr(self) -> bool {
        matches!(self, Region::Eu | Region::Eea)
    }
}

/// The JSON fields that depend on the region, listed in `member.depends_on_region` when the
/// region is unknown.
pub const REGION_DEPENDENT_FIELDS: &[&str] = &[
    "training_since",
    "age_at_training_start",
    "microsoft_training_sharing",
    "microsoft_ads_sharing",
    "regulators",
];

/// The age of an 18-year-old: LinkedIn excludes members it believes to be younger.
const ADULT_AGE: i16 = 18;

/// Spellings of each country (ISO code) as a Geo Location's last part may write it, already
/// folded (lower case, no accents, punctuation as spaces, dots removed): English, French and
/// the country's own name where LinkedIn may show it.
const ALIASES: &[(&str, &[&str])] = &[
    ("at", &["austria", "autriche", "osterreich"]),
    ("be", &["belgium", "belgique", "belgie"]),
    ("bg", &["bulgaria", "bulgarie"]),
    ("hr", &["croatia", "croatie", "hrvatska"]),
    ("cy", &["cyprus", "chypre"]),
    (
        "cz",
        &[
            "czechia",
            "czech republic",
            "tchequie",
            "republique tcheque",
            "cesko",
        ],
    ),
    ("dk", &["denmark", "danemark", "danmark"]),
    ("ee", &["estonia", "estonie", "eesti"]),
    ("fi", &["finland", "finlande", "suomi"]),
    (
        "fr",
        &[
            "france",
            // Overseas departments are part of France and of the EU.
            "reunion",
            "la reunion",
            "guadeloupe",
            "martinique",
            "guyane",
            "guyane francaise",
            "french guiana",
            "mayotte",
        ],
    ),
    ("de", &["germany", "allemagne", "deutschland"]),
    ("gr", &["greece", "grece"]),
    ("hu", &["hungary", "hongrie", "magyarorszag"]),
    ("ie", &["ireland", "irlande", "republic of ireland", "eire"]),
    ("it", &["italy", "italie", "italia"]),
    ("lv", &["latvia", "lettonie"]),
    ("lt", &["lithuania", "lituanie"]),
    ("lu", &["luxembourg"]),
    ("mt", &["malta", "malte"]),
    (
        "nl",
        &[
            "netherlands",
            "the netherlands",
            "pays bas",
            "nederland",
            "holland",
        ],
    ),
    ("pl", &["poland", "pologne", "polska"]),
    ("pt", &["portugal"]),
    ("ro", &["romania", "roumanie"]),
    ("sk", &["slovakia", "slovaquie"]),
    ("si", &["slovenia", "slovenie"]),
    ("es", &["spain", "espagne", "espana"]),
    ("se", &["sweden", "suede", "sverige"]),
    ("is", &["iceland", "islande"]),
    ("li", &["liechtenstein"]),
    ("no", &["norway", "norvege", "norge"]),
    ("ch", &["switzerland", "suisse", "schweiz", "svizzera"]),
    (
        "gb",
        &[
            "united kingdom",
            "uk",
            "great britain",
            "royaume uni",
            "grande bretagne",
            "england",
            "angleterre",
            "scotland",
            "ecosse",
            "wales",
            "pays de galles",
            "northern ireland",
            "irlande du nord",
        ],
    ),
    ("ca", &["canada"]),
    (
        "hk",
        &[
            "hong kong",
            "hongkong",
            "hong kong sar",
            "hong kong sar china",
            "ras de hong kong",
            "hong kong ras",
        ],
    ),
    (
        "us",
        &[
            "united states",
            "united states of america",
            "usa",
            "us",
            "etats unis",
            "etats unis d amerique",
        ],
    ),
];

/// One letter without its accent (the Latin letters of European country names).
fn fold_char(c: char, out: &mut String) {
    let plain = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'č' | 'ć' => "c",
        'ď' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ě' | 'ē' | 'ę' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'ī' => "i",
        'ł' => "l",
        'ñ' | 'ň' | 'ń' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ő' => "o",
        'œ' => "oe",
        'ř' => "r",
        'š' | 'ś' => "s",
        'ß' => "ss",
        'ť' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ů' | 'ű' | 'ū' => "u",
        'ý' | 'ÿ' => "y",
        'ž' | 'ź' | 'ż' => "z",
        _ => {
            out.push(c);
            return;
        }
    };
    out.push_str(plain);
}

/// A place name folded for comparison: lower case, accents removed, dots dropped (`U.S.A.`),
/// other punctuation as spaces (`Royaume-Uni`, `d'Amérique`), white space collapsed.
fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    for c in crate::sanitize::for_report(text)
        .chars()
        .flat_map(char::to_lowercase)
    {
        if c == '.' {
            continue;
        }
        if c.is_alphanumeric() {
            fold_char(c, &mut folded);
        } else {
            folded.push(' ');
        }
    }
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The country named by the last comma-separated part of a Geo Location
/// (`Lyon, Auvergne-Rhône-Alpes, France` → France), if this tool knows it.
pub fn infer_country(geo_location: &str) -> Option<&'static Country> {
    let last = fold(geo_location.rsplit(',').next().unwrap_or(geo_location));
    if last.is_empty() {
        return None;
    }
    let (code, _) = ALIASES
        .iter()
        .find(|(_, names)| names.contains(&last.as_str()))?;
    policy::country(code)
}

/// What the Birth Date allows to say about the member's age.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BirthDateStatus {
    /// No Birth Date in the export.
    None,
    /// `Apr 22`: day and month only.
    NoYear,
    /// A value in no known format, a day that does not exist, or a day after the run's date.
    Unreadable,
    WithYear,
}

impl BirthDateStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            BirthDateStatus::None => "none",
            BirthDateStatus::NoYear => "no_year",
            BirthDateStatus::Unreadable => "unreadable",
            BirthDateStatus::WithYear => "with_year",
        }
    }
}

/// The member's age as far as the export tells.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AgeFacts {
    pub status: BirthDateStatus,
    pub age_today: Option<i32>,
    pub age_at_start: Option<i32>,
    /// The 18th birthday, when the member is under 18 today or was at the training start.
    pub turns_18_on: Option<Date>,
}

/// Full years from `birth` to `on`; None before the birth. Someone born on 29 February
/// gains a year on 1 March in common years (28 February is still "before the birthday").
pub fn age_on(birth: Date, on: Date) -> Option<i32> {
    if on < birth {
        return None;
    }
    let years = i32::from(on.year()) - i32::from(birth.year());
    let before_birthday = (on.month(), on.day()) < (birth.month(), birth.day());
    Some(years - i32::from(before_birthday))
}

/// The day someone born on `birth` turns 18: the same day and month 18 years later, or
/// 1 March when born on 29 February (18 years after a leap year is never a leap year).
pub fn eighteenth_birthday(birth: Date) -> Option<Date> {
    let year = birth.year().checked_add(ADULT_AGE)?;
    Date::new(year, birth.month(), birth.day())
        .or_else(|_| Date::new(year, 3, 1))
        .ok()
}

/// The age facts from Profile.csv's Birth Date (raw), the training start (first day) and
/// the run's date.
pub fn age_facts(birth_date: Option<&str>, start: Option<Date>, today: Date) -> AgeFacts {
    let unknown = |status| AgeFacts {
        status,
        age_today: None,
        age_at_start: None,
        turns_18_on: None,
    };
    let Some(raw) = birth_date.map(str::trim).filter(|raw| !raw.is_empty()) else {
        return unknown(BirthDateStatus::None);
    };
    let Some(parsed) = dates::parse_birth_date(raw) else {
        return unknown(BirthDateStatus::Unreadable);
    };
    let Some(year) = parsed.year else {
        return unknown(BirthDateStatus::NoYear);
    };
    let birth = match (i8::try_from(parsed.month), i8::try_from(parsed.day)) {
        (Ok(month), Ok(day)) => Date::new(year, month, day).ok(),
        _ => None,
    };
    let Some(birth) = birth.filter(|birth| *birth <= today) else {
        return unknown(BirthDateStatus::Unreadable);
    };
    let age_today = age_on(birth, today);
    let age_at_start = start.and_then(|start| age_on(birth, start));
    let eighteenth = eighteenth_birthday(birth);
    let matters = |day: Date| eighteenth.is_some_and(|eighteenth| eighteenth > day);
    let turns_18_on = (matters(today) || start.is_some_and(matters))
        .then_some(eighteenth)
        .flatten();
    AgeFacts {
        status: BirthDateStatus::WithYear,
        age_today,
        age_at_start,
        turns_18_on,
    }
}

/// The authorities to name: Ireland's DPC as lead plus the national authority in the
/// EU/EEA, the region's own authority elsewhere (UK, Canada, Hong Kong).
fn regulators(region: Region, country: Option<&Country>) -> Vec<Regulator> {
    let mut regulators = Vec::new();
    if region.gdpr() {
        let lead = policy::LEAD_AUTHORITY;
        regulators.push(Regulator {
            name: lead.name,
            url: lead.url,
            lead: true,
            country: None,
            source: lead.source,
        });
        if let Some(country) = country.filter(|country| country.region.gdpr())
            && let Some(authority) = country.authority
        {
            regulators.push(Regulator {
                name: authority.name,
                url: authority.url,
                lead: false,
                country: Some(country.code),
                source: authority.source,
            });
        }
    } else if let Some(authority) = policy::region_authority(region) {
        regulators.push(Regulator {
            name: authority.name,
            url: authority.url,
            lead: false,
            country: None,
            source: authority.source,
        });
    }
    regulators
}

/// The member's situation, from the flag or the profile. The name is filled by the caller
/// (it depends on `--redact`).
pub fn assess(profile: &ProfileFacts, region: Option<Region>, today: Date) -> Member {
    let country = profile.geo_location.as_deref().and_then(infer_country);
    let (region, region_source) = match (region, country) {
        (Some(region), _) => (Some(region), "flag"),
        (None, Some(country)) => (Some(country.region), "profile"),
        (None, None) => (None, "unknown"),
    };
    let rules = region.map(policy::region_rules);
    let start = rules.and_then(|rules| policy::training_start_day(rules.training_since));
    let age = age_facts(profile.birth_date.as_deref(), start, today);
    Member {
        name: None,
        region: region.map(|region| region.as_str().to_owned()),
        region_source: region_source.to_owned(),
        country: country.map(|country| country.name.to_owned()),
        age_years: age.age_today,
        minor: age.age_today.map(|age| age < i32::from(ADULT_AGE)),
        training_since: rules.map(|rules| rules.training_since.to_owned()),
        microsoft_training_sharing: rules.map(|rules| rules.microsoft_training_sharing),
        microsoft_ads_sharing: rules.map(|rules| rules.microsoft_ads_sharing),
        regulators: region.map_or_else(Vec::new, |region| regulators(region, country)),
        country_code: country.map(|country| country.code.to_owned()),
        birth_date: age.status.as_str().to_owned(),
        age_at_training_start: age.age_at_start,
        turns_18_on: age.turns_18_on.map(|date| date.to_string()),
        depends_on_region: if region.is_none() {
            REGION_DEPENDENT_FIELDS.to_vec()
        } else {
            Vec::new()
        },
    }
}

/// What the member can do, in order, as data. A step whose relevance depends on an unknown
/// region is kept and marked `region_dependent`.
pub fn guidance(member: &Member) -> Vec<GuidanceStep> {
    let region = member.region.as_deref().and_then(Region::parse);
    let rules = region.map(policy::region_rules);
    let mut steps = Vec::new();
    let mut step = |id, url, applies: Option<bool>| {
        if applies != Some(false) {
            steps.push(GuidanceStep {
                id,
                url,
                region_dependent: applies.is_none(),
            });
        }
    };
    let source_url = |id| {
        policy::source(id)
            .map(|source| source.url)
            .filter(|url| !url.is_empty())
    };
    step("opt-out", Some(policy::OPT_OUT_URL), Some(true));
    step(
        "uk-microsoft-training",
        None,
        member.microsoft_training_sharing,
    );
    step(
        "objection-form",
        Some(policy::OBJECTION_FORM_URL),
        Some(true),
    );
    step("dpo", Some(policy::DPO_URL), Some(true));
    // The exact address of the advertising setting is unclear (policy reference).
    step("microsoft-ads", None, member.microsoft_ads_sharing);
    step("delete-items", None, Some(true));
    step("deletion-form", Some(policy::DELETION_FORM_URL), Some(true));
    step("close-account", Some(policy::CLOSE_ACCOUNT_URL), Some(true));
    step("past-training", source_url("help-opt-out"), Some(true));
    step(
        "late-objection",
        source_url("garante-it"),
        rules.map(|rules| rules.late_objection_limit),
    );
    step(
        "complain",
        None,
        region.map(|_| !member.regulators.is_empty()),
    );
    steps
}

/// A training start as the member reads it: a day (`3 November 2025`) or, for the 2024
/// roll-out given only to the month, the period the policy reference names.
fn training_since_text(training_since: &str, messages: &Messages) -> String {
    match training_since.parse::<Date>() {
        Ok(date) => messages.format(
            "member-training-since-day",
            &[("date", Arg::Text(&messages.date(date)))],
        ),
        Err(_) => messages.get("member-training-since-2024"),
    }
}

fn parse_date(value: Option<&str>) -> Option<Date> {
    value.and_then(|value| value.parse().ok())
}

fn count(value: Option<i32>) -> Option<u64> {
    value.and_then(|value| u64::try_from(value).ok())
}

/// The member's situation in a few lines: region and since when training applies (or which
/// facts an unknown region leaves open), then the age, with the under-18 verdict.
pub fn situation_lines(member: &Member, messages: &Messages) -> Vec<String> {
    let mut lines = Vec::new();
    let region = member.region.as_deref().and_then(Region::parse);
    let country = member
        .country_code
        .as_deref()
        .map(|code| messages.get(&format!("country-{code}")));
    match region {
        Some(region) => {
            let name = messages.get(&format!("region-{}", region.as_str()));
            let line = match (member.region_source.as_str(), &country) {
                ("profile", Some(country)) => messages.format(
                    "member-region-profile",
                    &[
                        ("region", Arg::Text(&name)),
                        ("country", Arg::Text(country)),
                    ],
                ),
                // The shareable outputs name no country: the region is enough.
                ("profile", None) => messages.format(
                    "member-region-profile-hidden",
                    &[("region", Arg::Text(&name))],
                ),
                _ => messages.format("member-region-flag", &[("region", Arg::Text(&name))]),
            };
            let since = member
                .training_since
                .as_deref()
                .map(|since| training_since_text(since, messages));
            lines.push(match since {
                Some(since) => format!("{line} {since}"),
                None => line,
            });
        }
        None => lines.push(messages.get("member-region-unknown")),
    }
    lines.push(age_line(member, messages));
    lines
}

fn age_line(member: &Member, messages: &Messages) -> String {
    let turns_18 = parse_date(member.turns_18_on.as_deref()).map(|date| messages.date(date));
    match (count(member.age_years), member.minor) {
        (Some(age), Some(true)) => match turns_18 {
            Some(date) => messages.format(
                "member-minor",
                &[("age", Arg::Num(age)), ("date", Arg::Text(&date))],
            ),
            None => messages.format("member-minor-undated", &[("age", Arg::Num(age))]),
        },
        (Some(age), _) => match (turns_18, count(member.age_at_training_start)) {
            (Some(date), _) => messages.format(
                "member-adult-since",
                &[("age", Arg::Num(age)), ("date", Arg::Text(&date))],
            ),
            (None, Some(at_start)) => messages.format(
                "member-age-at-start",
                &[("age", Arg::Num(age)), ("start", Arg::Num(at_start))],
            ),
            (None, None) => messages.format("member-age", &[("age", Arg::Num(age))]),
        },
        (None, _) => match member.birth_date.as_str() {
            "no_year" => messages.get("member-age-no-year"),
            "unreadable" => messages.get("member-age-unreadable"),
            _ => messages.get("member-age-none"),
        },
    }
}

/// The short "next steps" block of the terminal: one line per step that applies, the
/// authorities to contact, and the date of the policy facts.
pub fn next_steps_lines(report: &Report, messages: &Messages) -> Vec<String> {
    let member = &report.member;
    let start = member
        .training_since
        .as_deref()
        .and_then(|since| since.parse::<Date>().ok())
        .or_else(|| policy::TRAINING_START_EUROPE.parse().ok())
        .map(|date| messages.date(date))
        .unwrap_or_default();
    let mut lines = vec![messages.get("next-steps-heading")];
    for step in &report.guidance {
        let text = match step.id {
            // The opt-out line is already printed under the table; the deletion form and
            // closing the account share the deletion line.
            "opt-out" | "dpo" | "deletion-form" | "close-account" => continue,
            "complain" => complain_text(member, messages),
            "delete-items" => messages.format(
                "step-delete-items.short",
                &[
                    ("form", Arg::Text(policy::DELETION_FORM_URL)),
                    ("close", Arg::Text(policy::CLOSE_ACCOUNT_URL)),
                ],
            ),
            id => messages.format(
                &format!("step-{id}.short"),
                &[
                    ("url", Arg::Text(step.url.unwrap_or(""))),
                    ("date", Arg::Text(&start)),
                ],
            ),
        };
        let text = if step.region_dependent {
            messages.format("next-steps-if-region", &[("text", Arg::Text(&text))])
        } else {
            text
        };
        lines.push(format!("  • {text}"));
    }
    let as_of = policy::AS_OF
        .parse::<Date>()
        .map(|date| messages.date(date))
        .unwrap_or_else(|_| policy::AS_OF.to_owned());
    lines.push(messages.format("policy-as-of", &[("date", Arg::Text(&as_of))]));
    lines
}

fn complain_text(member: &Member, messages: &Messages) -> String {
    if member.regulators.is_empty() {
        return messages.get("step-complain.short-unknown");
    }
    let names: Vec<String> = member
        .regulators
        .iter()
        .map(|regulator| {
            let id = if regulator.lead {
                "regulator-lead"
            } else {
                "regulator"
            };
            messages.format(
                id,
                &[
                    ("name", Arg::Text(regulator.name)),
                    ("url", Arg::Text(regulator.url)),
                ],
            )
        })
        .collect();
    messages.format(
        "step-complain.short",
        &[("authorities", Arg::Text(&names.join(" · ")))],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    const TODAY: Date = date(2026, 12, 1);

    fn profile(geo: Option<&str>, birth: Option<&str>) -> ProfileFacts {
        ProfileFacts {
            geo_location: geo.map(str::to_owned),
            birth_date: birth.map(str::to_owned),
            ..ProfileFacts::default()
        }
    }

    fn code(geo: &str) -> Option<&'static str> {
        infer_country(geo).map(|country| country.code)
    }

    #[test]
    fn country_comes_from_the_last_part_in_english_or_french() {
        let cases = [
            ("Lyon, Auvergne-Rhône-Alpes, France", Some("fr")),
            ("Copenhagen, Capital Region of Denmark, Denmark", Some("dk")),
            ("Berlin, Allemagne", Some("de")),
            ("Munich, Bavaria, Germany", Some("de")),
            ("London, England, United Kingdom", Some("gb")),
            ("Londres, Angleterre, Royaume-Uni", Some("gb")),
            ("Chicago, Illinois, United States", Some("us")),
            ("New York, New York, États-Unis", Some("us")),
            ("Boston, MA, U.S.A.", Some("us")),
            ("Genève, Suisse", Some("ch")),
            ("Zurich, Switzerland", Some("ch")),
            ("Toronto, Ontario, Canada", Some("ca")),
            ("Hong Kong SAR", Some("hk")),
            ("Amsterdam, North Holland, Netherlands", Some("nl")),
            ("Rotterdam, Pays-Bas", Some("nl")),
            ("Oslo, Norvège", Some("no")),
            ("Reykjavik, Iceland", Some("is")),
            ("Vaduz, Liechtenstein", Some("li")),
            ("Dublin, County Dublin, Ireland", Some("ie")),
            ("Belfast, Northern Ireland, United Kingdom", Some("gb")),
            ("Prague, Tchéquie", Some("cz")),
            ("Stockholm, Suède", Some("se")),
            ("Saint-Denis, La Réunion", Some("re").and(Some("fr"))),
            ("  Madrid ,  ESPAGNE  ", Some("es")),
            ("France", Some("fr")),
        ];
        for (geo, expected) in cases {
            assert_eq!(code(geo), expected, "{geo}");
        }
    }

    #[test]
    fn every_listed_country_is_recognised_by_its_english_name() {
        for country in policy::COUNTRIES {
            assert_eq!(code(country.name), Some(country.code), "{}", country.name);
        }
        assert_eq!(policy::COUNTRIES.len(), 27 + 3 + 5);
        let eu = policy::COUNTRIES
            .iter()
            .filter(|c| c.region == Region::Eu)
            .count();
        assert_eq!(eu, 27);
    }

    #[test]
    fn unknown_places_have_no_country() {
        for geo in [
            "Bengaluru, Karnataka, India",
            "Greater Paris Metropolitan Region",
            "Paris et périphérie",
            "Georgia",
            "",
            " , ",
            "Lyon, France, Mars",
        ] {
            assert_eq!(code(geo), None, "{geo}");
        }
    }

    #[test]
    fn region_comes_from_the_flag_then_the_profile() {
        let lyon = profile(Some("Lyon, Auvergne-Rhône-Alpes, France"), None);
        let member = assess(&lyon, None, TODAY);
        assert_eq!(member.region.as_deref(), Some("eu"));
        assert_eq!(member.region_source, "profile");
        assert_eq!(member.country.as_deref(), Some("France"));
        assert_eq!(member.country_code.as_deref(), Some("fr"));
        assert!(member.depends_on_region.is_empty());

        let flagged = assess(&lyon, Some(Region::Uk), TODAY);
        assert_eq!(flagged.region.as_deref(), Some("uk"));
        assert_eq!(flagged.region_source, "flag");
        assert_eq!(flagged.country.as_deref(), Some("France"));
        // The CNIL is not named for a member who says they live in the UK.
        let names: Vec<_> = flagged.regulators.iter().map(|r| r.url).collect();
        assert_eq!(names, ["https://ico.org.uk"]);

        let nowhere = assess(&profile(Some("Greater Lyon Area"), None), None, TODAY);
        assert_eq!(nowhere.region, None);
        assert_eq!(nowhere.region_source, "unknown");
        assert_eq!(nowhere.country, None);
        assert_eq!(nowhere.training_since, None);
        assert_eq!(nowhere.microsoft_training_sharing, None);
        assert_eq!(nowhere.microsoft_ads_sharing, None);
        assert!(nowhere.regulators.is_empty());
        assert_eq!(nowhere.depends_on_region, REGION_DEPENDENT_FIELDS);
    }

    /// (training_since, microsoft_training_sharing, microsoft_ads_sharing, regulator URLs)
    fn rules_of(region: Region, geo: Option<&str>) -> (String, bool, bool, Vec<&'static str>) {
        let member = assess(&profile(geo, None), Some(region), TODAY);
        (
            member.training_since.unwrap_or_default(),
            member.microsoft_training_sharing.unwrap_or_default(),
            member.microsoft_ads_sharing.unwrap_or_default(),
            member.regulators.iter().map(|r| r.url).collect(),
        )
    }

    #[test]
    fn each_region_follows_the_policy_reference() {
        let dpc = "https://www.dataprotection.ie";
        let s = |text: &str| text.to_owned();
        assert_eq!(
            rules_of(Region::Eu, Some("Lyon, France")),
            (
                s("2025-11-03"),
                false,
                false,
                vec![dpc, "https://www.cnil.fr"]
            )
        );
        assert_eq!(
            rules_of(Region::Eu, None),
            (s("2025-11-03"), false, false, vec![dpc])
        );
        assert_eq!(
            rules_of(Region::Eu, Some("Dublin, Ireland")),
            (s("2025-11-03"), false, false, vec![dpc])
        );
        assert_eq!(
            rules_of(Region::Eea, Some("Oslo, Norway")),
            (
                s("2025-11-03"),
                false,
                false,
                vec![dpc, "https://www.datatilsynet.no"]
            )
        );
        assert_eq!(
            rules_of(Region::Ch, Some("Genève, Suisse")),
            (
                s("2025-11-03"),
                false,
                false,
                vec!["https://www.edoeb.admin.ch"]
            )
        );
        assert_eq!(
            rules_of(Region::Uk, None),
            (s("2025-11-03"), true, false, vec!["https://ico.org.uk"])
        );
        assert_eq!(
            rules_of(Region::Ca, None),
            (s("2025-11-03"), false, true, vec!["https://www.priv.gc.ca"])
        );
        assert_eq!(
            rules_of(Region::Hk, None),
            (
                s("2025-11-03"),
                false,
                true,
                vec!["https://www.pcpd.org.hk"]
            )
        );
        assert_eq!(
            rules_of(Region::Us, None),
            (s("2024-09"), false, true, vec![])
        );
        assert_eq!(
            rules_of(Region::Other, None),
            (s("2024-09"), false, true, vec![])
        );
    }

    #[test]
    fn the_lead_authority_comes_first_and_is_marked() {
        let member = assess(&profile(Some("Aarhus, Denmark"), None), None, TODAY);
        let lead: Vec<_> = member
            .regulators
            .iter()
            .map(|r| (r.lead, r.country))
            .collect();
        assert_eq!(lead, [(true, None), (false, Some("dk"))]);
        assert_eq!(member.regulators[1].name, "Datatilsynet");
    }

    #[test]
    fn every_eu_and_eea_country_but_ireland_has_a_national_authority() {
        for country in policy::COUNTRIES.iter().filter(|c| c.region.gdpr()) {
            assert_eq!(
                country.authority.is_some(),
                country.code != "ie",
                "{}",
                country.name
            );
            if let Some(authority) = country.authority {
                assert!(authority.url.starts_with("https://"), "{}", authority.url);
                assert!(policy::source(authority.source).is_some());
            }
        }
    }

    fn facts(birth: Option<&str>, today: Date) -> AgeFacts {
        age_facts(birth, Some(date(2025, 11, 3)), today)
    }

    #[test]
    fn eighteenth_birthday_today_is_adult() {
        let today = date(2026, 12, 1);
        let age = facts(Some("Dec 1, 2008"), today);
        assert_eq!(age.age_today, Some(18));
        assert_eq!(age.age_at_start, Some(16));
        // Under 18 when training started: the birthday is kept.
        assert_eq!(age.turns_18_on, Some(today));
    }

    #[test]
    fn one_day_before_the_eighteenth_birthday_is_minor() {
        let age = facts(Some("Dec 2, 2008"), date(2026, 12, 1));
        assert_eq!(age.status, BirthDateStatus::WithYear);
        assert_eq!(age.age_today, Some(17));
        assert_eq!(age.age_at_start, Some(16));
        assert_eq!(age.turns_18_on, Some(date(2026, 12, 2)));
    }

    #[test]
    fn born_on_29_february_turns_18_on_1_march() {
        assert_eq!(
            eighteenth_birthday(date(2008, 2, 29)),
            Some(date(2026, 3, 1))
        );
        let on_28 = facts(Some("Feb 29, 2008"), date(2026, 2, 28));
        assert_eq!(on_28.age_today, Some(17));
        assert_eq!(on_28.turns_18_on, Some(date(2026, 3, 1)));
        let on_1_march = facts(Some("Feb 29, 2008"), date(2026, 3, 1));
        assert_eq!(on_1_march.age_today, Some(18));
        assert_eq!(on_1_march.age_at_start, Some(17));
        // In a leap year the birthday itself counts.
        assert_eq!(age_on(date(2008, 2, 29), date(2028, 2, 29)), Some(20));
        assert_eq!(age_on(date(2008, 2, 29), date(2028, 2, 28)), Some(19));
    }

    #[test]
    fn adults_keep_no_birthday() {
        let age = facts(Some("Apr 22, 1987"), date(2026, 12, 1));
        assert_eq!(age.age_today, Some(39));
        assert_eq!(age.age_at_start, Some(38));
        assert_eq!(age.turns_18_on, None);
        let elsewhere = age_facts(
            Some("Apr 22, 1987"),
            policy::training_start_day("2024-09"),
            date(2026, 12, 1),
        );
        assert_eq!(elsewhere.age_at_start, Some(37));
    }

    #[test]
    fn birth_dates_without_a_year_or_absent_give_no_age() {
        let no_year = facts(Some("Apr 22"), TODAY);
        assert_eq!(no_year.status, BirthDateStatus::NoYear);
        assert_eq!((no_year.age_today, no_year.turns_18_on), (None, None));
        assert_eq!(facts(None, TODAY).status, BirthDateStatus::None);
        assert_eq!(facts(Some("  "), TODAY).status, BirthDateStatus::None);
        assert_eq!(
            facts(Some("someday"), TODAY).status,
            BirthDateStatus::Unreadable
        );
        // Born after the run's date: not an age.
        let future = facts(Some("Jan 5, 2030"), TODAY);
        assert_eq!(
            (future.status, future.age_today),
            (BirthDateStatus::Unreadable, None)
        );
    }

    #[test]
    fn the_json_member_has_the_issue_shape() {
        let member = assess(
            &profile(Some("Copenhagen, Denmark"), Some("Apr 22, 1987")),
            None,
            date(2026, 12, 1),
        );
        let json = serde_json::to_value(&member).unwrap_or_default();
        for (key, value) in [
            ("region", serde_json::json!("eu")),
            ("region_source", serde_json::json!("profile")),
            ("country", serde_json::json!("Denmark")),
            ("age_years", serde_json::json!(39)),
            ("minor", serde_json::json!(false)),
            ("training_since", serde_json::json!("2025-11-03")),
        ] {
            assert_eq!(json.get(key), Some(&value), "{key}");
        }
        let unknown = serde_json::to_value(assess(&profile(None, Some("Apr 22")), None, TODAY))
            .unwrap_or_default();
        for key in ["region", "country", "age_years", "minor", "training_since"] {
            assert_eq!(unknown.get(key), Some(&serde_json::Value::Null), "{key}");
        }
        assert_eq!(
            unknown.get("region_source"),
            Some(&serde_json::json!("unknown"))
        );
    }

    fn step_ids(member: &Member) -> Vec<(&'static str, bool)> {
        guidance(member)
            .into_iter()
            .map(|step| (step.id, step.region_dependent))
            .collect()
    }

    #[test]
    fn guidance_follows_the_region() {
        let common = |extra: &[(&'static str, bool)]| {
            let mut steps = vec![("opt-out", false)];
            steps.extend_from_slice(extra);
            steps
        };
        let eu = assess(&profile(Some("Lyon, France"), None), None, TODAY);
        let mut expected = common(&[]);
        expected.extend([
            ("objection-form", false),
            ("dpo", false),
            ("delete-items", false),
            ("deletion-form", false),
            ("close-account", false),
            ("past-training", false),
            ("late-objection", false),
            ("complain", false),
        ]);
        assert_eq!(step_ids(&eu), expected);

        let uk = assess(&profile(None, None), Some(Region::Uk), TODAY);
        assert!(step_ids(&uk).contains(&("uk-microsoft-training", false)));
        assert!(!step_ids(&uk).iter().any(|(id, _)| *id == "microsoft-ads"));

        let us = assess(&profile(None, None), Some(Region::Us), TODAY);
        let ids = step_ids(&us);
        assert!(ids.contains(&("microsoft-ads", false)));
        assert!(!ids.iter().any(|(id, _)| *id == "late-objection"));
        assert!(!ids.iter().any(|(id, _)| *id == "complain"));
        assert!(!ids.iter().any(|(id, _)| *id == "uk-microsoft-training"));

        let unknown = assess(&profile(None, None), None, TODAY);
        let ids = step_ids(&unknown);
        for dependent in [
            "uk-microsoft-training",
            "microsoft-ads",
            "late-objection",
            "complain",
        ] {
            assert!(ids.contains(&(dependent, true)), "{dependent}");
        }
        let urls: Vec<_> = guidance(&eu).iter().map(|s| s.url).collect();
        assert_eq!(urls.first(), Some(&Some(policy::OPT_OUT_URL)));
    }

    #[test]
    fn the_situation_is_told_in_the_members_language() {
        let en = Messages::new("en");
        let fr = Messages::new("fr");
        let lyon = assess(&profile(Some("Lyon, France"), Some("Apr 22")), None, TODAY);
        assert_eq!(
            situation_lines(&lyon, &en),
            [
                "Your region: European Union (from your profile's location: France). LinkedIn has used your data to train its generative AI since 3 November 2025, unless you switched it off.",
                "Your age is unknown: the birth date in your export has no year. If you are under 18, LinkedIn states that it does not use your data for this training.",
            ]
        );
        assert_eq!(
            situation_lines(&lyon, &fr),
            [
                "Votre région\u{202F}: Union européenne (d'après la localisation de votre profil\u{202F}: France). LinkedIn utilise vos données pour entraîner son IA générative depuis le 3 novembre 2025, sauf si vous avez désactivé le paramètre.",
                "Votre âge est inconnu\u{202F}: la date de naissance de votre export n'a pas d'année. Si vous avez moins de 18 ans, LinkedIn déclare ne pas utiliser vos données pour cet entraînement.",
            ]
        );
        let minor = assess(&profile(None, Some("Dec 2, 2008")), Some(Region::Us), TODAY);
        assert_eq!(
            situation_lines(&minor, &en),
            [
                "Your region: United States (given with --region). LinkedIn has used your data to train its generative AI since August/September 2024, unless you switched it off.",
                "You are 17. LinkedIn states that it does not use the data of members it believes to be under 18 to train its generative AI, even if the setting appears on; this depends on LinkedIn knowing your age. From your 18th birthday, 2 December 2026, the items listed here would be used unless you switch the setting off (LinkedIn does not say whether what you posted before then is excluded).",
            ]
        );
        assert_eq!(
            situation_lines(&minor, &fr).pop().unwrap_or_default(),
            "Vous avez 17 ans. LinkedIn déclare ne pas utiliser, pour entraîner son IA générative, les données des membres dont il pense qu'ils ont moins de 18 ans, même si le paramètre semble activé\u{202F}; cela suppose que LinkedIn connaisse votre âge. À partir de vos 18 ans, le 2 décembre 2026, les éléments listés ici seraient utilisés, sauf si vous désactivez le paramètre (LinkedIn ne dit pas si ce que vous avez publié avant cette date en est exclu)."
        );
        let unknown = assess(&profile(None, Some("Apr 22, 1987")), None, TODAY);
        assert_eq!(
            situation_lines(&unknown, &en),
            [
                "Your region is unknown: your profile's location names no country this tool knows. Since when LinkedIn trains on your data, the sharing with Microsoft and the authorities to contact depend on it: give it with --region (eu, eea, ch, uk, ca, hk, us or other).",
                "Age: 39.",
            ]
        );
        let age_line = |birth: &str, messages: &Messages| {
            let member = assess(&profile(Some("Aarhus, Denmark"), Some(birth)), None, TODAY);
            situation_lines(&member, messages).pop().unwrap_or_default()
        };
        assert_eq!(
            age_line("Apr 22, 1987", &en),
            "Age: 39 (38 when training started in your region)."
        );
        assert_eq!(
            age_line("Apr 22, 1987", &fr),
            "Âge\u{202F}: 39 ans (38 ans au début de l'entraînement dans votre région)."
        );
        assert_eq!(
            age_line("Dec 1, 2008", &en),
            "Age: 18. You turned 18 on 1 December 2026, after training started in your region; until then LinkedIn states that it did not use your data, if it knew your age."
        );
        assert_eq!(
            age_line("Dec 1, 2008", &fr),
            "Âge\u{202F}: 18 ans. Vous avez eu 18 ans le 1er décembre 2026, après le début de l'entraînement dans votre région\u{202F}; jusque-là, LinkedIn déclare ne pas avoir utilisé vos données, s'il connaissait votre âge."
        );
    }
}
