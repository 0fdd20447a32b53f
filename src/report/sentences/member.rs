//! The lines that tell the member what the model says about them, in their language: the
//! headline verdict (confirmed figures, the unconfirmed beside them, none for a minor), the
//! region and since when training applies (or what an unknown region leaves open), the
//! region's training history, the age, and the short "next steps" block.

use jiff::civil::Date;

use crate::i18n::{Arg, Messages};
use crate::member::{BirthDateStatus, Member, RegionSource};
use crate::policy::{self, Precision, Region, TrainingEvent, TrainingEventKind};
use crate::report::Report;

/// A policy date as the member reads it, with the precision it has: `3 November 2025`,
/// `18 September 2024 at the latest`, `September 2024`, `2024`.
pub fn policy_date(date: Date, precision: Precision, messages: &Messages) -> String {
    let day = messages.date(date);
    match precision {
        Precision::Day => day,
        Precision::By => messages.format("date-by", &[("date", Arg::Text(&day))]),
        Precision::Month => messages.format(
            "date-month",
            &[
                (
                    "month",
                    Arg::Text(&messages.get(&format!("month-{}", date.month()))),
                ),
                ("year", Arg::Text(&date.year().to_string())),
            ],
        ),
        Precision::Year => date.year().to_string(),
    }
}

/// The one-sentence verdict: the confirmed items and the member's own words, the reported
/// or unconfirmed ones beside them; for a minor, what LinkedIn says about under-18s instead.
pub fn headline(report: &Report, messages: &Messages) -> String {
    let totals = &report.totals;
    if report.member.minor == Some(true) {
        return messages.format(
            "verdict-minor",
            &[("items", Arg::Num(totals.ai_training_records))],
        );
    }
    let main = match (totals.first_year, totals.last_year) {
        (Some(first), Some(last)) if totals.ai_training_records > 0 => messages.format(
            "verdict",
            &[
                ("items", Arg::Num(totals.ai_training_records)),
                ("words", Arg::Num(totals.ai_training_words)),
                ("first", Arg::Text(&first.to_string())),
                ("last", Arg::Text(&last.to_string())),
            ],
        ),
        _ if totals.ai_training_records > 0 => messages.format(
            "verdict-undated",
            &[
                ("items", Arg::Num(totals.ai_training_records)),
                ("words", Arg::Num(totals.ai_training_words)),
            ],
        ),
        _ => messages.get("verdict-none"),
    };
    if totals.unconfirmed_records > 0 {
        let beside = messages.format(
            "verdict-unconfirmed",
            &[("count", Arg::Num(totals.unconfirmed_records))],
        );
        format!("{main} {beside}")
    } else {
        main
    }
}

/// Since when training applies in the member's region, as a sentence.
fn training_since_text(member: &Member, messages: &Messages) -> Option<String> {
    let since = member.training_since?;
    let precision = member.training_since_precision.unwrap_or(Precision::Day);
    let date = policy_date(since, precision, messages);
    let id = match member.region {
        Some(Region::Ca | Region::Hk) => "member-training-resumed",
        _ => "member-training-since",
    };
    Some(messages.format(id, &[("date", Arg::Text(&date))]))
}

/// One line per event of the region's training history: `2024: …`, `11 October 2024: …`.
pub fn history_lines(member: &Member, messages: &Messages) -> Vec<String> {
    member
        .training_history
        .iter()
        .map(|event| history_line(event, member.region, messages))
        .collect()
}

fn history_line(event: &TrainingEvent, region: Option<Region>, messages: &Messages) -> String {
    let kind = match event.event {
        TrainingEventKind::Started => "started",
        TrainingEventKind::Suspended => "suspended",
        TrainingEventKind::Paused => "paused",
        TrainingEventKind::Resumed => "resumed",
        TrainingEventKind::ScopeReduced => "scope-reduced",
    };
    let region = region.map_or("other", Region::as_str);
    messages.format(
        &format!("history-{kind}"),
        &[
            (
                "date",
                Arg::Text(&policy_date(event.date, event.precision, messages)),
            ),
            ("region", Arg::Text(region)),
        ],
    )
}

/// The member's situation in a few lines: region and since when training applies (or which
/// facts an unknown region leaves open), the history when there is more to it than a start,
/// then the age, with the under-18 verdict, and secondary school.
pub fn situation_lines(member: &Member, messages: &Messages) -> Vec<String> {
    let mut lines = region_lines(member, messages);
    if member.region.is_some() && member.training_history.len() > 1 {
        lines.push(messages.get("member-history-heading"));
        lines.extend(
            history_lines(member, messages)
                .into_iter()
                .map(|line| format!("  – {line}")),
        );
    }
    lines.extend(personal_lines(member, messages));
    lines
}

/// The age and secondary-school lines: the member's own facts (a redacted report leaves them
/// out).
pub fn personal_lines(member: &Member, messages: &Messages) -> Vec<String> {
    let mut lines = vec![age_line(member, messages)];
    if member.in_secondary_school {
        lines.push(messages.get("member-secondary-school"));
    }
    lines
}

/// The region and since when training applies, or what an unknown region leaves open.
pub fn region_lines(member: &Member, messages: &Messages) -> Vec<String> {
    let mut lines = Vec::new();
    let country = member
        .country_code
        .as_deref()
        .and_then(crate::places::country)
        .map(|country| {
            let name = country.name_in(messages.code());
            match member.subdivision {
                Some(subdivision) => format!("{}, {name}", subdivision.name()),
                None => name.to_owned(),
            }
        });
    match member.region {
        Some(region) => {
            let name = messages.get(&format!("region-{}", region.as_str()));
            let line = match (member.region_source, country) {
                (RegionSource::Profile, Some(country)) => messages.format(
                    "member-region-profile",
                    &[
                        ("region", Arg::Text(&name)),
                        ("country", Arg::Text(&country)),
                    ],
                ),
                // The shareable outputs name no country: the region is enough.
                (RegionSource::Profile, None) => messages.format(
                    "member-region-profile-hidden",
                    &[("region", Arg::Text(&name))],
                ),
                _ => messages.format("member-region-flag", &[("region", Arg::Text(&name))]),
            };
            lines.push(match training_since_text(member, messages) {
                Some(since) => format!("{line} {since}"),
                None => line,
            });
        }
        None => lines.push(messages.get("member-region-unknown")),
    }
    lines
}

fn count(value: Option<i32>) -> Option<u64> {
    value.and_then(|value| u64::try_from(value).ok())
}

fn age_line(member: &Member, messages: &Messages) -> String {
    let turns_18 = member.turns_18_on.map(|date| messages.date(date));
    let under_18 = member.age_years.is_some_and(|age| age < 18);
    match (count(member.age_years), under_18) {
        (Some(age), true) => match turns_18 {
            Some(date) => messages.format(
                "member-minor",
                &[("age", Arg::Num(age)), ("date", Arg::Text(&date))],
            ),
            None => messages.format("member-minor-undated", &[("age", Arg::Num(age))]),
        },
        (Some(age), false) => match (turns_18, count(member.age_at_training_start)) {
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
        (None, _) => match member.birth_date {
            BirthDateStatus::NoYear => messages.get("member-age-no-year"),
            BirthDateStatus::Unreadable => messages.get("member-age-unreadable"),
            BirthDateStatus::None | BirthDateStatus::WithYear => messages.get("member-age-none"),
        },
    }
}

/// The short "next steps" block of the terminal: one line per step that applies, the
/// authorities to contact, and the date of the policy facts.
pub fn next_steps_lines(report: &Report, messages: &Messages) -> Vec<String> {
    let member = &report.member;
    let start = member
        .training_since
        .map(|date| messages.date(date))
        .unwrap_or_default();
    let law = super::objection_law(member, messages);
    let mut lines = vec![messages.get("next-steps-heading")];
    for step in &report.guidance {
        let text = match step.id {
            // The opt-out line is already printed under the table; the deletion form and
            // closing the account share the deletion line.
            "opt-out" | "dpo" | "dpo-corporation" | "deletion-form" | "close-account" => {
                continue;
            }
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
                    ("law", Arg::Text(&law)),
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
    lines.push(messages.format(
        "policy-as-of",
        &[("date", Arg::Text(&messages.date(policy::AS_OF)))],
    ));
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
            let name = regulator.name_in(messages.code());
            messages.format(
                id,
                &[("name", Arg::Text(name)), ("url", Arg::Text(regulator.url))],
            )
        })
        .collect();
    messages.format(
        "step-complain.short",
        &[("authorities", Arg::Text(&names.join(" · ")))],
    )
}
