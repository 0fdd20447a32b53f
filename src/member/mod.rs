//! What the export says about its owner that changes the verdict, and what the member can do
//! about it. This module owns: the region (the `--region` flag, else where Profile.csv's
//! `Geo Location` puts the member, see [`crate::places`]), the age (from a Birth Date with a
//! year: today, on the region's training start, and the 18th birthday when it matters) and
//! current secondary-school education, the regulators to name, and the guidance steps as
//! data. The lines that say all this to the member are in [`texts`]. The policy facts
//! themselves (dates, history, controller, law) live in [`crate::policy`], the authorities in
//! [`crate::authorities`].

use jiff::civil::Date;
use serde::Serialize;

use crate::analyse::ProfileFacts;
use crate::authorities;
use crate::dates::{self, PartialDate};
use crate::places::Subdivision;
use crate::places::{self, Place};
pub use crate::policy::Region;
use crate::policy::{self, Controller, Law};
use crate::policy::{Precision, TrainingEvent};

/// What the export says about the member that changes the verdict.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Member {
    /// Name from the profile; absent when redacted.
    pub name: Option<String>,
    pub region: Option<Region>,
    pub region_source: RegionSource,
    /// English name of the country the profile's location names.
    pub country: Option<String>,
    /// The German Land or Québec, when the location names it (ISO 3166-2).
    pub subdivision: Option<Subdivision>,
    pub age_years: Option<i32>,
    /// Under 18 by the birth date, or currently in secondary school; None when unknown.
    pub minor: Option<bool>,
    /// Education.csv shows a secondary school without an end date, or ending after today.
    pub in_secondary_school: bool,
    /// The day the current training period started in the member's region.
    pub training_since: Option<Date>,
    pub training_since_precision: Option<Precision>,
    /// The region's training, dated event by event (started, paused, resumed…).
    pub training_history: Vec<TrainingEvent>,
    /// Who controls the member's data, and the law an objection or request rests on.
    pub controller: Option<Controller>,
    pub law: Option<Law>,
    /// UK only: LinkedIn shares content with Microsoft for Microsoft's own AI training.
    pub microsoft_training_sharing: Option<bool>,
    /// Not EU/EEA/UK/CH: profile and activity shared with Microsoft for advertising.
    pub microsoft_ads_sharing: Option<bool>,
    pub regulators: Vec<Regulator>,
    /// ISO 3166-1 alpha-2 code (lower case) of `country`.
    pub country_code: Option<String>,
    /// What the Birth Date allowed: `with_year`, `no_year`, `none` or `unreadable`.
    pub birth_date: BirthDateStatus,
    /// Age on the first day training applied in the member's region.
    pub age_at_training_start: Option<i32>,
    /// The 18th birthday, given only when it matters: the member is under 18 today or was
    /// when training started. Absent when redacted.
    pub turns_18_on: Option<Date>,
    /// When the region is unknown: the fields above that depend on it.
    pub depends_on_region: Vec<&'static str>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct GuidanceStep {
    /// Message id suffix: the title is `step-<id>`, the text `step-<id>.body` (full, for the
    /// HTML report; no arguments) and `step-<id>.short` (one line, for the terminal; `$url`
    /// and `$date`, the training start). Regulators are in `member.regulators`.
    pub id: &'static str,
    pub url: Option<&'static str>,
    /// The step applies only in some regions and the member's region is unknown.
    pub region_dependent: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Regulator {
    pub name: &'static str,
    /// The official French name, or the name itself.
    pub name_fr: &'static str,
    pub url: &'static str,
    /// Ireland's DPC is LinkedIn's lead authority in the EU/EEA.
    pub lead: bool,
    /// ISO code of the country whose national authority this is; None for the lead and for
    /// region-wide authorities (ICO, OPC, PCPD).
    pub country: Option<&'static str>,
    /// ISO 3166-2 code of the Land or province whose authority this is (`DE-BY`, `CA-QC`).
    pub subdivision: Option<Subdivision>,
    /// The source id (see `policy.sources`) of the name and address.
    pub source: &'static str,
}

impl Regulator {
    /// The authority's name in the member's language: French, or its own name.
    pub fn name_in(&self, language: &str) -> &'static str {
        if language == "fr" {
            self.name_fr
        } else {
            self.name
        }
    }
}

/// Where the region came from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RegionSource {
    /// `--region`.
    Flag,
    /// The profile's location.
    Profile,
    #[default]
    Unknown,
}

/// The JSON fields that depend on the region, listed in `member.depends_on_region` when the
/// region is unknown.
pub const REGION_DEPENDENT_FIELDS: &[&str] = &[
    "training_since",
    "training_history",
    "controller",
    "law",
    "age_at_training_start",
    "microsoft_training_sharing",
    "microsoft_ads_sharing",
    "regulators",
];

/// The age of an 18-year-old: LinkedIn excludes members it believes to be younger.
const ADULT_AGE: i16 = 18;

/// What the Birth Date allows to say about the member's age.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BirthDateStatus {
    /// No Birth Date in the export.
    #[default]
    None,
    /// `Apr 22`: day and month only.
    NoYear,
    /// A value in no known format, a day that does not exist, or a day after the run's date.
    Unreadable,
    WithYear,
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

/// Whether one of the secondary schools of Education.csv is current: no end date, or an end
/// (a day, a month or a year) not yet past on `today`.
pub fn in_secondary_school(ends: &[Option<PartialDate>], today: Date) -> bool {
    ends.iter().any(|end| match end {
        None => true,
        Some(end) => match end.civil_date() {
            Some(day) => day >= today,
            None => match end.month {
                Some(month) => {
                    (end.year, i8::try_from(month).unwrap_or(12)) >= (today.year(), today.month())
                }
                None => end.year >= today.year(),
            },
        },
    })
}

/// The authorities to name, as the report lists them.
fn regulators(region: Region, place: Option<Place>) -> Vec<Regulator> {
    authorities::for_member(region, place)
        .into_iter()
        .map(|named| Regulator {
            name: named.authority.name,
            name_fr: named.authority.name_fr,
            url: named.authority.url,
            lead: named.lead,
            country: named.country,
            subdivision: named.subdivision,
            source: named.authority.source,
        })
        .collect()
}

/// The member's situation, from the flag or the profile. The name is filled by the caller
/// (it depends on `--redact`).
pub fn assess(profile: &ProfileFacts, region: Option<Region>, today: Date) -> Member {
    let place = profile.geo_location.as_deref().and_then(places::locate);
    let (region, region_source) = match (region, place) {
        (Some(region), _) => (Some(region), RegionSource::Flag),
        (None, Some(place)) => (Some(place.country.region), RegionSource::Profile),
        (None, None) => (None, RegionSource::Unknown),
    };
    let rules = region.map(policy::region_rules);
    let start = rules.map(|rules| rules.training_since);
    let age = age_facts(profile.birth_date.as_deref(), start, today);
    let in_school = in_secondary_school(&profile.secondary_schools, today);
    let under_18 = age.age_today.map(|age| age < i32::from(ADULT_AGE));
    let minor = match (under_18, in_school) {
        (_, true) => Some(true),
        (known, false) => known,
    };
    Member {
        name: None,
        region,
        region_source,
        country: place.map(|place| place.country.name.to_owned()),
        subdivision: place.and_then(|place| place.subdivision),
        age_years: age.age_today,
        minor,
        in_secondary_school: in_school,
        training_since: start,
        training_since_precision: rules.map(|rules| rules.training_since_precision),
        training_history: rules.map_or_else(Vec::new, |rules| rules.history.to_vec()),
        controller: rules.map(|rules| rules.controller),
        law: rules.map(|rules| rules.law),
        microsoft_training_sharing: rules.map(|rules| rules.microsoft_training_sharing),
        microsoft_ads_sharing: rules.map(|rules| rules.microsoft_ads_sharing),
        regulators: region.map_or_else(Vec::new, |region| regulators(region, place)),
        country_code: place.map(|place| place.country.code.to_owned()),
        birth_date: age.status,
        age_at_training_start: age.age_at_start,
        turns_18_on: age.turns_18_on,
        depends_on_region: if region.is_none() {
            REGION_DEPENDENT_FIELDS.to_vec()
        } else {
            Vec::new()
        },
    }
}

/// What the member can do, in order, as data. A step whose relevance depends on an unknown
/// region is kept and marked `region_dependent`. The objection and DPO steps follow the
/// controller and the law of the member's region.
pub fn guidance(member: &Member) -> Vec<GuidanceStep> {
    let rules = member.region.map(policy::region_rules);
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
    let gdpr_like = member.law.map(Law::gdpr_like);
    let ireland = member.controller.map(|c| c == Controller::LinkedInIreland);
    step("opt-out", Some(policy::OPT_OUT_URL), Some(true));
    step(
        "uk-microsoft-training",
        None,
        member.microsoft_training_sharing,
    );
    // GDPR, UK GDPR and Switzerland: an art. 21 objection; elsewhere a request (withdrawal of
    // consent in Canada and Hong Kong, a plain request in the US and other regions).
    step(
        "objection-form",
        Some(policy::OBJECTION_FORM_URL),
        gdpr_like,
    );
    step(
        "request-form",
        Some(policy::OBJECTION_FORM_URL),
        gdpr_like.map(|gdpr| !gdpr),
    );
    step("dpo", Some(policy::DPO_URL), ireland);
    step(
        "dpo-corporation",
        Some(policy::DPO_URL),
        ireland.map(|i| !i),
    );
    step(
        "microsoft-ads",
        Some(policy::MICROSOFT_ADS_URL),
        member.microsoft_ads_sharing,
    );
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
        member.region.map(|_| !member.regulators.is_empty()),
    );
    steps
}
#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Messages;
    use crate::policy::{Precision, TrainingEventKind};
    use crate::report::sentences::member::situation_lines;
    use jiff::civil::date;

    const TODAY: Date = date(2026, 12, 1);

    fn profile(geo: Option<&str>, birth: Option<&str>) -> ProfileFacts {
        ProfileFacts {
            geo_location: geo.map(str::to_owned),
            birth_date: birth.map(str::to_owned),
            ..ProfileFacts::default()
        }
    }

    #[test]
    fn region_comes_from_the_flag_then_the_profile() {
        let lyon = profile(Some("Lyon, Auvergne-Rhône-Alpes, France"), None);
        let member = assess(&lyon, None, TODAY);
        assert_eq!(member.region, Some(Region::Eu));
        assert_eq!(member.region_source, RegionSource::Profile);
        assert_eq!(member.country.as_deref(), Some("France"));
        assert_eq!(member.country_code.as_deref(), Some("fr"));
        assert!(member.depends_on_region.is_empty());

        let flagged = assess(&lyon, Some(Region::Uk), TODAY);
        assert_eq!(flagged.region, Some(Region::Uk));
        assert_eq!(flagged.region_source, RegionSource::Flag);
        assert_eq!(flagged.country.as_deref(), Some("France"));
        // The CNIL is not named for a member who says they live in the UK.
        let urls: Vec<_> = flagged.regulators.iter().map(|r| r.url).collect();
        assert_eq!(urls, ["https://ico.org.uk"]);

        let nowhere = assess(&profile(Some("Somewhere nice"), None), None, TODAY);
        assert_eq!(nowhere.region, None);
        assert_eq!(nowhere.region_source, RegionSource::Unknown);
        assert_eq!(nowhere.training_since, None);
        assert!(nowhere.training_history.is_empty());
        assert_eq!(nowhere.controller, None);
        assert!(nowhere.regulators.is_empty());
        assert_eq!(nowhere.depends_on_region, REGION_DEPENDENT_FIELDS);
    }

    #[test]
    fn egypt_india_and_us_metros_have_a_region() {
        for (geo, region) in [
            ("Cairo, Egypt", Region::Other),
            ("Bengaluru, Karnataka, India", Region::Other),
            ("Greater Seattle Area", Region::Us),
            ("San Francisco Bay Area", Region::Us),
        ] {
            let member = assess(&profile(Some(geo), None), None, TODAY);
            assert_eq!(member.region, Some(region), "{geo}");
            assert_eq!(member.training_since, Some(date(2024, 9, 18)));
            assert_eq!(member.training_since_precision, Some(Precision::By));
            assert_eq!(member.law, Some(Law::None));
            assert_eq!(member.controller, Some(Controller::LinkedInCorporation));
        }
    }

    #[test]
    fn canada_and_hong_kong_have_their_2024_history() {
        let member = assess(&profile(None, None), Some(Region::Hk), TODAY);
        let events: Vec<_> = member
            .training_history
            .iter()
            .map(|e| (e.event, e.date, e.precision))
            .collect();
        assert_eq!(
            events,
            [
                (
                    TrainingEventKind::Started,
                    date(2024, 1, 1),
                    Precision::Year
                ),
                (
                    TrainingEventKind::Paused,
                    date(2024, 10, 11),
                    Precision::Day
                ),
                (
                    TrainingEventKind::Resumed,
                    date(2025, 11, 3),
                    Precision::Day
                ),
            ]
        );
        assert_eq!(member.training_since, Some(date(2025, 11, 3)));
        let en = Messages::new("en");
        assert_eq!(
            situation_lines(&member, &en)[..5],
            [
                "Your region: Hong Kong (given with --region). LinkedIn has used your data to train its generative AI since 3 November 2025, when it resumed after a pause, unless you switched the setting off.",
                "The training in your region:",
                "  – 2024: training started",
                "  – 11 October 2024: training paused after the regulator stepped in",
                "  – 3 November 2025: training resumed",
            ]
        );
    }

    #[test]
    fn a_secondary_school_student_is_a_minor_whatever_the_birth_date() {
        let mut student = profile(Some("Lyon, France"), None);
        student.secondary_schools = vec![None];
        let member = assess(&student, None, TODAY);
        assert_eq!(member.minor, Some(true));
        assert!(member.in_secondary_school);
        // A school that ended last year is no longer current.
        student.secondary_schools = crate::dates::parse("2025").into_iter().map(Some).collect();
        let member = assess(&student, None, TODAY);
        assert_eq!(member.minor, None);
        assert!(!member.in_secondary_school);
        let ends = |text: &str| vec![crate::dates::parse(text)];
        assert!(in_secondary_school(&ends("2026"), TODAY));
        assert!(in_secondary_school(&ends("Jun 2027"), TODAY));
        assert!(!in_secondary_school(&ends("Nov 2026"), TODAY));
        assert!(in_secondary_school(&ends("Dec 2026"), TODAY));
    }

    #[test]
    fn every_region_names_its_authorities() {
        let urls = |region, geo: Option<&str>| -> Vec<&'static str> {
            assess(&profile(geo, None), Some(region), TODAY)
                .regulators
                .iter()
                .map(|r| r.url)
                .collect()
        };
        let dpc = "https://www.dataprotection.ie";
        assert_eq!(
            urls(Region::Eu, Some("Lyon, France")),
            [dpc, "https://www.cnil.fr"]
        );
        assert_eq!(urls(Region::Eu, None), [dpc]);
        assert_eq!(urls(Region::Eu, Some("Dublin, Ireland")), [dpc]);
        assert_eq!(
            urls(Region::Eea, Some("Oslo, Norway")),
            [dpc, "https://www.datatilsynet.no"]
        );
        assert_eq!(
            urls(Region::Ch, Some("Genève, Suisse")),
            ["https://www.edoeb.admin.ch"]
        );
        assert_eq!(urls(Region::Uk, None), ["https://ico.org.uk"]);
        assert_eq!(urls(Region::Ca, None), ["https://www.priv.gc.ca"]);
        assert_eq!(urls(Region::Hk, None), ["https://www.pcpd.org.hk"]);
        assert!(urls(Region::Us, None).is_empty());
        assert!(urls(Region::Other, None).is_empty());
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
            Some(policy::TRAINING_BY_ELSEWHERE),
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
            ("training_since_precision", serde_json::json!("day")),
            ("controller", serde_json::json!("linked_in_ireland")),
            ("law", serde_json::json!("gdpr")),
            ("birth_date", serde_json::json!("with_year")),
            (
                "training_history",
                serde_json::json!([
                    {"event": "started", "date": "2025-11-03", "precision": "day", "source": "privacy-notice-eu"},
                    {"event": "scope_reduced", "date": "2025-11-07", "precision": "day", "source": "dpc-ie"},
                ]),
            ),
        ] {
            assert_eq!(json.get(key), Some(&value), "{key}");
        }
        let unknown = serde_json::to_value(assess(&profile(None, Some("Apr 22")), None, TODAY))
            .unwrap_or_default();
        for key in [
            "region",
            "country",
            "age_years",
            "minor",
            "training_since",
            "law",
        ] {
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
        let eu = assess(&profile(Some("Lyon, France"), None), None, TODAY);
        assert_eq!(
            step_ids(&eu),
            [
                ("opt-out", false),
                ("objection-form", false),
                ("dpo", false),
                ("delete-items", false),
                ("deletion-form", false),
                ("close-account", false),
                ("past-training", false),
                ("late-objection", false),
                ("complain", false),
            ]
        );
        let uk = step_ids(&assess(&profile(None, None), Some(Region::Uk), TODAY));
        assert!(uk.contains(&("uk-microsoft-training", false)));
        assert!(uk.contains(&("objection-form", false)));
        assert!(uk.contains(&("dpo-corporation", false)));
        assert!(
            !uk.iter()
                .any(|(id, _)| *id == "microsoft-ads" || *id == "dpo")
        );

        let us = step_ids(&assess(&profile(None, None), Some(Region::Us), TODAY));
        assert!(us.contains(&("microsoft-ads", false)));
        assert!(us.contains(&("request-form", false)));
        for absent in [
            "objection-form",
            "late-objection",
            "complain",
            "uk-microsoft-training",
        ] {
            assert!(!us.iter().any(|(id, _)| *id == absent), "{absent}");
        }

        let unknown = step_ids(&assess(&profile(None, None), None, TODAY));
        for dependent in [
            "uk-microsoft-training",
            "objection-form",
            "request-form",
            "dpo",
            "dpo-corporation",
            "microsoft-ads",
            "late-objection",
            "complain",
        ] {
            assert!(unknown.contains(&(dependent, true)), "{dependent}");
        }
    }

    #[test]
    fn the_situation_is_told_in_the_members_language() {
        let en = Messages::new("en");
        let fr = Messages::new("fr");
        let lyon = assess(&profile(Some("Lyon, France"), Some("Apr 22")), None, TODAY);
        assert_eq!(
            situation_lines(&lyon, &en),
            [
                "Your region: European Union (from your profile's location: France). LinkedIn has used your data to train its generative AI since 3 November 2025, unless you switched the setting off.",
                "The training in your region:",
                "  – 3 November 2025: training started",
                "  – 7 November 2025: Ireland's DPC announced that LinkedIn reduced the data and the time period used; the new cut-off is not public",
                "Your age is unknown: the birth date in your export has no year. If you are under 18, LinkedIn states that it does not use your data for this training.",
            ]
        );
        assert_eq!(
            situation_lines(&lyon, &fr)[0],
            "Votre région\u{202F}: Union européenne (d'après la localisation de votre profil\u{202F}: France). LinkedIn utilise vos données pour entraîner son IA générative depuis le 3 novembre 2025, sauf si vous avez désactivé le paramètre."
        );
        let us = assess(
            &profile(None, Some("Apr 22, 1987")),
            Some(Region::Us),
            TODAY,
        );
        assert_eq!(
            situation_lines(&us, &en)[0],
            "Your region: United States (given with --region). LinkedIn has used your data to train its generative AI since 18 September 2024 at the latest, unless you switched the setting off."
        );
        let cairo = assess(&profile(Some("Le Caire, Égypte"), None), None, TODAY);
        assert_eq!(
            situation_lines(&cairo, &fr)[0],
            "Votre région\u{202F}: une autre région (d'après la localisation de votre profil\u{202F}: Égypte). LinkedIn utilise vos données pour entraîner son IA générative depuis le 18 septembre 2024 au plus tard, sauf si vous avez désactivé le paramètre."
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
            age_line("Dec 1, 2008", &en),
            "Age: 18. You turned 18 on 1 December 2026, after training started in your region; until then LinkedIn states that it did not use your data, if it knew your age."
        );
    }
}
