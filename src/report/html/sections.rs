//! The HTML report's sections as view structs: the verdict's figures, the situation, the
//! category cards, the steps, the notes about the figures and the footer.

use crate::catalog::Basis;
use crate::disclosure::Disclosure;
use crate::i18n::{Arg, Messages};
use crate::policy::{self, SourceDate};
use crate::report::{CategoryReport, Report, sentences, table};
use crate::sanitize;

use super::{Link, date_range, human_date, link};

/// Characters of a quote of the member's text, as the analyser cuts them.
pub(super) const EXCERPT_CHARS: usize = crate::analyse::EXCERPT_CHARS;
/// Quotes shown per category.
pub(super) const EXCERPTS_PER_CARD: usize = 3;

/// One of the verdict's big figures.
pub(super) struct Figure {
    pub(super) value: String,
    pub(super) label: String,
}

/// The basis of a category and the source behind it.
pub(super) struct BasisView {
    /// CSS class suffix: the basis id.
    pub(super) class: &'static str,
    pub(super) label: String,
    /// Anchor of the source in the Sources section and its number there.
    pub(super) source_anchor: String,
    pub(super) source_label: String,
    pub(super) reported: bool,
}

pub(super) struct Quote {
    pub(super) kind: String,
    pub(super) text: String,
    pub(super) date: Option<String>,
}

/// A card for a category under AI training.
pub(super) struct Card {
    pub(super) title: String,
    pub(super) count: String,
    pub(super) count_label: String,
    pub(super) of_total: Option<String>,
    pub(super) words: Option<String>,
    pub(super) dates: Option<String>,
    pub(super) undated: Option<String>,
    pub(super) basis: BasisView,
    /// Unconfirmed items, words of others, the split at `--objected-on`, the Hiring Assistant.
    pub(super) facts: Vec<String>,
    pub(super) visibility: Vec<String>,
    pub(super) quotes: Vec<Quote>,
}

pub(super) struct NotUsedRow {
    pub(super) title: String,
    pub(super) records: String,
    pub(super) basis: String,
    pub(super) basis_class: &'static str,
}

/// A step of "What to do": a title, paragraphs and links.
pub(super) struct Step {
    pub(super) title: String,
    pub(super) paragraphs: Vec<String>,
    pub(super) links: Vec<LabelledLink>,
    /// The step where the member's data-protection authorities are listed.
    pub(super) regulators: bool,
    /// Information rather than an action: shown apart from the numbered steps.
    pub(super) info: bool,
}

/// Guidance that informs rather than asks the member to act: kept out of the numbered steps.
pub(super) const INFO_STEPS: &[&str] =
    &["uk-microsoft-training", "past-training", "late-objection"];

/// The guidance step after which the authorities are named.
pub(super) const COMPLAIN_STEP: &str = "complain";

pub(super) struct LabelledLink {
    pub(super) label: String,
    pub(super) link: Link,
}

pub(super) struct RegulatorView {
    pub(super) name: String,
    pub(super) link: Option<Link>,
    pub(super) lead: Option<String>,
}

pub(super) struct SourceView {
    pub(super) anchor: String,
    pub(super) number: usize,
    pub(super) title: String,
    pub(super) link: Option<Link>,
    pub(super) date: String,
}

/// A titled list of notes about the figures (files not read, unknown files, warnings).
pub(super) struct NoteGroup {
    pub(super) title: String,
    pub(super) items: Vec<String>,
}

pub(super) struct FooterRow {
    pub(super) label: String,
    pub(super) value: String,
}

/// The verdict's big figures: items and words under AI training, the years they span, and
/// since when LinkedIn trains on them.
pub(super) fn figures(report: &Report, messages: &Messages) -> Vec<Figure> {
    let totals = &report.totals;
    let span = match (totals.first_year, totals.last_year) {
        (Some(first), Some(last)) if first == last => Some(first.to_string()),
        (Some(first), Some(last)) => Some(format!("{first}–{last}")),
        _ => None,
    };
    // Training reaches a member's data from the region's start date, or from their 18th
    // birthday when that came (or comes) later; with no region, no date is the member's.
    let member = &report.member;
    let precision = member
        .training_since_precision
        .unwrap_or(policy::Precision::Day);
    let (since, since_label) = match (member.training_since, member.turns_18_on) {
        (Some(start), Some(adult)) if adult > start => {
            (messages.date(adult), "html-figure-since-18")
        }
        (Some(start), _) => (
            sentences::member::policy_date(start, precision, messages),
            "html-figure-since-region",
        ),
        (None, _) => ("—".to_owned(), "html-figure-since-unknown"),
    };
    let minor = member.minor == Some(true);
    let mut figures = vec![Figure {
        value: messages.int(totals.ai_training_records),
        label: messages.format(
            if minor {
                "html-figure-items-minor"
            } else {
                "html-figure-items"
            },
            &[("count", Arg::Num(totals.ai_training_records))],
        ),
    }];
    figures.push(Figure {
        value: messages.int(totals.ai_training_words),
        label: messages.format(
            "html-figure-words",
            &[("count", Arg::Num(totals.ai_training_words))],
        ),
    });
    // Beside the confirmed figure, never added to it.
    if totals.unconfirmed_records > 0 {
        figures.push(Figure {
            value: messages.int(totals.unconfirmed_records),
            label: messages.format(
                "html-figure-unconfirmed",
                &[("count", Arg::Num(totals.unconfirmed_records))],
            ),
        });
    }
    figures.extend([
        Figure {
            value: span.clone().unwrap_or_else(|| "—".to_owned()),
            label: messages.get(if span.is_some() {
                "html-figure-span"
            } else {
                "html-figure-span-none"
            }),
        },
        Figure {
            value: since,
            label: messages.get(since_label),
        },
    ]);
    figures
}

/// What qualifies the start date: which regions it holds for when the region is unknown, and
/// that it is no cut-off.
pub(super) fn since_notes(report: &Report, messages: &Messages) -> Vec<String> {
    let mut notes = Vec::new();
    if report.member.training_since.is_none() {
        notes.push(messages.get("html-since-unknown-region"));
    }
    notes.push(messages.get("html-since-note"));
    notes
}

/// The member's situation as the terminal states it: region and since when training applies,
/// then, on a private page only, the age (see [`crate::disclosure`]).
pub(super) fn situation(report: &Report, messages: &Messages) -> Vec<String> {
    let mut lines = sentences::member::region_lines(&report.member, messages);
    if crate::disclosure::shows_age_line(report) {
        lines.extend(sentences::member::personal_lines(&report.member, messages));
    }
    lines
}

/// Facts about the member that change what the figures mean.
pub(super) fn notices(report: &Report, messages: &Messages) -> Vec<String> {
    let member = &report.member;
    let mut notices = Vec::new();
    // On a private page, the age line of the situation already says it, with the birthday.
    if member.minor == Some(true) && report.disclosure != Disclosure::Private {
        notices.push(messages.get("html-minor"));
    }
    if member.microsoft_training_sharing == Some(true) {
        notices.push(messages.get("html-ms-training"));
    }
    if member.microsoft_ads_sharing == Some(true) {
        notices.push(messages.get("html-ms-ads"));
    }
    notices
}

pub(super) fn basis_view(
    category: &CategoryReport,
    sources: &[SourceView],
    messages: &Messages,
) -> BasisView {
    let anchor = format!("source-{}", category.source);
    let number = sources
        .iter()
        .find(|source| source.anchor == anchor)
        .map_or(0, |source| source.number);
    BasisView {
        class: category.basis.as_str(),
        label: messages.get(&format!("basis-{}", category.basis.as_str())),
        source_label: messages.format("html-card-source", &[("n", Arg::Text(&number.to_string()))]),
        source_anchor: anchor,
        reported: category.basis == Basis::Reported,
    }
}

pub(super) fn card(category: &CategoryReport, sources: &[SourceView], messages: &Messages) -> Card {
    // A category only reported or unconfirmed (reactions, instant reposts) shows that count.
    let only_unconfirmed = category.ai_training_records == 0 && category.unconfirmed_records > 0;
    let count = if only_unconfirmed {
        category.unconfirmed_records
    } else {
        category.ai_training_records
    };
    let mut facts = Vec::new();
    if category.unconfirmed_records > 0 && !only_unconfirmed {
        facts.push(messages.format(
            "html-card-plus-unconfirmed",
            &[("count", Arg::Num(category.unconfirmed_records))],
        ));
    }
    if category.others_words > 0 {
        facts.push(messages.format(
            "html-card-others-words",
            &[("count", Arg::Num(category.others_words))],
        ));
    }
    if let (Some(before), Some(after)) = (category.before_objection, category.after_objection) {
        facts.push(messages.format(
            "html-card-objection",
            &[("before", Arg::Num(before)), ("after", Arg::Num(after))],
        ));
    }
    if category.hiring_assistant {
        facts.push(messages.get("html-card-hiring-assistant"));
    }
    // Excerpts are in the model only where the disclosure level allows them.
    let quotes = category
        .excerpts
        .iter()
        .take(EXCERPTS_PER_CARD)
        .map(|excerpt| Quote {
            kind: {
                let id = format!("html-kind-{}", excerpt.kind);
                if messages.has(&id) {
                    messages.get(&id)
                } else {
                    sanitize::for_report(excerpt.kind)
                }
            },
            text: sanitize::excerpt(&excerpt.text, EXCERPT_CHARS),
            date: excerpt.date.map(|d| human_date(messages, d)),
        })
        .filter(|quote| !quote.text.is_empty())
        .collect();
    // The export's internal values are shown in words: PUBLIC, the member's network
    // (MEMBER_NETWORK, CONNECTIONS: LinkedIn's "Connections only") and signed-in members;
    // any other value is counted as "other values" (figures only, never the raw value).
    let mut visibility: Vec<(String, u64)> = Vec::new();
    for (value, count) in category.visibility.iter().flatten() {
        let name = match value.as_str() {
            "PUBLIC" => messages.get("html-visibility-public"),
            "MEMBER_NETWORK" | "CONNECTIONS" => messages.get("html-visibility-network"),
            "LOGGED_IN" | "LOGGED_IN_MEMBERS" => messages.get("html-visibility-members"),
            _ => messages.get("html-visibility-other"),
        };
        match visibility.iter_mut().find(|(known, _)| *known == name) {
            Some((_, total)) => *total = total.saturating_add(*count),
            None => visibility.push((name, *count)),
        }
    }
    let visibility = visibility
        .into_iter()
        .map(|(name, count)| format!("{name}: {}", messages.int(count)))
        .collect();
    Card {
        title: messages.get(&format!("category-{}", category.id.as_str())),
        count: messages.int(count),
        count_label: messages.format(
            if only_unconfirmed {
                "html-card-items-unconfirmed"
            } else {
                "html-card-items"
            },
            &[("count", Arg::Num(count))],
        ),
        of_total: (category.records > count)
            .then(|| messages.format("html-card-of", &[("total", Arg::Num(category.records))])),
        words: (category.words > 0)
            .then(|| messages.format("html-card-words", &[("count", Arg::Num(category.words))])),
        dates: date_range(messages, category.first_date, category.last_date),
        undated: (category.undated > 0 && category.first_date.is_some()).then(|| {
            messages.format(
                "html-card-undated",
                &[("count", Arg::Num(category.undated))],
            )
        }),
        basis: basis_view(category, sources, messages),
        facts,
        visibility,
        quotes,
    }
}

pub(super) fn labelled(messages: &Messages, label_id: &str, url: &str) -> Option<LabelledLink> {
    link(url).map(|link| LabelledLink {
        label: messages.get(label_id),
        link,
    })
}

/// "What to do": the member helper's guidance steps when the report has them, otherwise the
/// policy's own steps (switch off, object, what it does not undo, delete).
pub(super) fn steps(report: &Report, messages: &Messages) -> Vec<Step> {
    if !report.guidance.is_empty() {
        let law = sentences::objection_law(&report.member, messages);
        return report
            .guidance
            .iter()
            .map(|step| {
                let title_id = format!("step-{}", step.id);
                let body_id = format!("{title_id}.body");
                let title = messages.get(&title_id);
                let body = messages.format(&body_id, &[("law", Arg::Text(&law))]);
                Step {
                    title: if step.region_dependent {
                        messages.format("next-steps-if-region", &[("text", Arg::Text(&title))])
                    } else {
                        title
                    },
                    // A missing text shows as its id; better nothing.
                    paragraphs: if body == body_id {
                        Vec::new()
                    } else {
                        vec![body]
                    },
                    links: step
                        .url
                        .and_then(link)
                        .map(|link| LabelledLink {
                            label: String::new(),
                            link,
                        })
                        .into_iter()
                        .collect(),
                    regulators: step.id == COMPLAIN_STEP,
                    info: INFO_STEPS.contains(&step.id),
                }
            })
            .collect();
    }
    let policy = &report.policy;
    let mut steps = vec![
        Step {
            title: messages.get("html-step-optout"),
            paragraphs: vec![
                messages.get("html-step-optout.desktop"),
                messages.get("html-step-optout.mobile"),
            ],
            links: labelled(messages, "html-step-optout.link", policy.opt_out_url)
                .into_iter()
                .collect(),
            regulators: false,
            info: false,
        },
        Step {
            title: messages.get("html-step-object"),
            paragraphs: vec![messages.get("html-step-object.body")],
            links: labelled(messages, "html-step-object.link", policy.objection_form_url)
                .into_iter()
                .collect(),
            regulators: false,
            info: false,
        },
    ];
    if report.member.microsoft_ads_sharing == Some(true) {
        steps.push(Step {
            title: messages.get("html-step-ms-ads"),
            paragraphs: vec![messages.get("html-step-ms-ads.body")],
            links: Vec::new(),
            regulators: false,
            info: false,
        });
    }
    steps.push(Step {
        title: messages.get("html-step-limits"),
        paragraphs: vec![
            messages.get("html-step-limits.past"),
            messages.get("html-step-limits.later"),
        ],
        links: Vec::new(),
        regulators: false,
        // What opting out does not undo is information, not a step.
        info: true,
    });
    steps.push(Step {
        title: messages.get("html-step-delete"),
        paragraphs: vec![messages.get("html-step-delete.body")],
        links: [
            labelled(messages, "html-step-delete.form", policy.deletion_form_url),
            labelled(messages, "html-step-delete.close", policy.close_account_url),
        ]
        .into_iter()
        .flatten()
        .collect(),
        // Without the guidance, the authorities follow the steps.
        regulators: false,
        info: false,
    });
    steps
}

/// Files not read, unknown files and warnings: never silent, but out of the way. Paths are
/// empty in a redacted report; the counts remain.
pub(super) fn notes(report: &Report, messages: &Messages) -> Vec<NoteGroup> {
    let path = |path: &str| sanitize::for_report(path);
    let mut groups = Vec::new();
    if !report.problems.is_empty() {
        groups.push(NoteGroup {
            title: messages.format(
                "html-notes-problems",
                &[("count", Arg::Num(report.problems.len() as u64))],
            ),
            items: report
                .problems
                .iter()
                .filter(|p| !p.path.is_empty())
                .map(|p| {
                    let reason = p.reason.message(messages);
                    sentences::about_file(&path(&p.path), &sanitize::for_report(&reason), messages)
                })
                .collect(),
        });
    }
    if !report.unrecognised.is_empty() {
        groups.push(NoteGroup {
            title: messages.format(
                "html-notes-unknown",
                &[("count", Arg::Num(report.unrecognised.len() as u64))],
            ),
            items: report
                .unrecognised
                .iter()
                .filter(|f| !f.path.is_empty())
                .map(|f| {
                    let count = messages.format("count-records", &[("count", Arg::Num(f.records))]);
                    sentences::about_file(&path(&f.path), &count, messages)
                })
                .collect(),
        });
    }
    let warnings: Vec<String> = report
        .files
        .iter()
        .flat_map(|file| {
            file.warnings.iter().map(move |warning| {
                let text = sanitize::for_report(&table::warning_text(warning, messages));
                sentences::about_file(&path(&file.path), &text, messages)
            })
        })
        .collect();
    if !warnings.is_empty() {
        groups.push(NoteGroup {
            title: messages.format(
                "html-notes-warnings",
                &[("count", Arg::Num(warnings.len() as u64))],
            ),
            items: warnings,
        });
    }
    groups
}

/// The file name of an input, never its folder (which often holds the member's user name).
pub(super) fn file_name(path: &str) -> String {
    let name = path
        .rsplit(['/', '\\'])
        .find(|part| !part.is_empty())
        .unwrap_or(path);
    sanitize::for_report(name)
}

pub(super) fn footer(report: &Report, messages: &Messages) -> Vec<FooterRow> {
    let names: Vec<String> = report
        .inputs
        .iter()
        .map(|input| file_name(&input.path))
        .filter(|name| !name.is_empty())
        .collect();
    // A redacted report names no input.
    let inputs = if names.is_empty() {
        messages.get("html-footer-inputs-hidden")
    } else {
        names.join(", ")
    };
    let inputs = match report.merge {
        Some(merge) => format!("{inputs}. {}", sentences::merge_line(merge, messages)),
        None => inputs,
    };
    vec![
        FooterRow {
            label: messages.get("html-footer-inputs"),
            value: inputs,
        },
        FooterRow {
            label: messages.get("html-footer-export-date"),
            value: match (report.export_date, report.export_date_source) {
                (Some(date), Some(crate::analyse::ExportDateSource::LatestRecord)) => messages
                    .format(
                        "html-footer-export-date-latest-record",
                        &[("date", Arg::Text(&messages.date(date)))],
                    ),
                (Some(date), _) => messages.date(date),
                (None, _) => messages.get("html-unknown"),
            },
        },
        FooterRow {
            label: messages.get("html-footer-generated"),
            value: messages.date(report.generated_on),
        },
    ]
}

/// The Sources section: every policy source, numbered, with its date as exact as known.
pub(super) fn sources(report: &Report, messages: &Messages) -> Vec<SourceView> {
    report
        .policy
        .sources
        .iter()
        .enumerate()
        .map(|(index, source)| SourceView {
            anchor: format!("source-{}", source.id),
            number: index + 1,
            title: messages.get(&format!("source-title-{}", source.id)),
            link: link(source.url),
            date: match source.date {
                SourceDate::Day(date) => messages.format(
                    "html-source-date",
                    &[("date", Arg::Text(&messages.date(date)))],
                ),
                SourceDate::Month(date) => messages.format(
                    "html-source-date",
                    &[(
                        "date",
                        Arg::Text(&sentences::member::policy_date(
                            date,
                            policy::Precision::Month,
                            messages,
                        )),
                    )],
                ),
                SourceDate::Undated => messages.get("html-source-undated"),
            },
        })
        .collect()
}

/// The member's data-protection authorities, named in the page's language.
pub(super) fn regulators(report: &Report, messages: &Messages) -> Vec<RegulatorView> {
    report
        .member
        .regulators
        .iter()
        .map(|regulator| RegulatorView {
            name: regulator.name_in(messages.code()).to_owned(),
            link: link(regulator.url),
            lead: regulator.lead.then(|| messages.get("html-regulator-lead")),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn input_names_lose_their_folders() {
        assert_eq!(
            file_name("/home/camille/Downloads/export.zip"),
            "export.zip"
        );
        assert_eq!(file_name(r"C:\Users\c\export.zip"), "export.zip");
        assert_eq!(file_name("export/"), "export");
        assert_eq!(file_name("a\u{202E}b.zip"), "ab.zip");
    }
}
