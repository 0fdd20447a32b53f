//! The shareable HTML report: one self-contained page (inline CSS, inline SVG, no script, no
//! external fetch) rendered from the report model through the askama template
//! `templates/report.html`, in the member's language.
//!
//! This module owns the page's view model: every text is looked up in the message files and
//! every figure formatted here, every piece of archive text is passed through
//! [`sanitize::for_report`] (no bidi overrides or zero-width characters), and every link is
//! checked to be a plain `https://` address. Escaping is left entirely to askama, which escapes
//! every expression of an `.html` template; nothing here assembles HTML.

use std::io::{self, Write};

use askama::Template;

use crate::catalog::{Basis, Scope};
use crate::disclosure::Disclosure;
use crate::i18n::{Arg, Messages};
use crate::policy::{self, SourceDate};
use crate::report::{CategoryReport, Report, YearCount, table};
use crate::sanitize;

/// Characters of a quote of the member's text, as the analyser cuts them.
const EXCERPT_CHARS: usize = crate::analyse::EXCERPT_CHARS;
/// Quotes shown per category.
const EXCERPTS_PER_CARD: usize = 3;

/// Writes the self-contained HTML report.
pub fn render(report: &Report, messages: &Messages, out: &mut dyn Write) -> io::Result<()> {
    // The shareable and redacted pages are read by people who never run the tool: no
    // command-line option in them. The private page is the member's own and keeps the hints.
    if report.disclosure == Disclosure::Private {
        Page::new(report, messages).write_into(out)
    } else {
        let readers = Messages::for_readers(messages.code());
        Page::new(report, &readers).write_into(out)
    }
}

/// A link the page may show: the address is a plain `https://` URL (never `javascript:`,
/// `data:` or a relative path), and the text is what the reader sees.
struct Link {
    href: String,
    text: String,
}

/// `url` if it is safe to put in an `href`: `https://`, and no white space, control, quote or
/// angle-bracket character (askama escapes the attribute anyway; this keeps the address honest).
fn safe_href(url: &str) -> Option<String> {
    let ok = url.starts_with("https://")
        && url.len() > "https://".len()
        && !url.chars().any(|c| {
            c.is_whitespace() || c.is_control() || matches!(c, '"' | '\'' | '<' | '>' | '\\' | '`')
        });
    ok.then(|| url.to_owned())
}

fn link(url: &str) -> Option<Link> {
    safe_href(url).map(|href| Link {
        text: href.trim_start_matches("https://").to_owned(),
        href,
    })
}

/// A date from the model (`2025-11-03`, `2025-11` or `2025`) written out in the member's
/// language with the precision it has.
fn human_date(messages: &Messages, date: &str) -> String {
    if let Ok(full) = date.parse::<jiff::civil::Date>() {
        return messages.date(full);
    }
    let mut parts = date.splitn(2, '-');
    let year = parts.next().and_then(|y| y.parse::<i16>().ok());
    let month = parts.next().and_then(|m| m.parse::<i8>().ok());
    match (year, month) {
        (Some(year), Some(month)) if (1..=12).contains(&month) => messages.format(
            "html-month-year",
            &[
                ("month", Arg::Text(&messages.get(&format!("month-{month}")))),
                ("year", Arg::Text(&year.to_string())),
            ],
        ),
        (Some(year), None) => year.to_string(),
        _ => sanitize::for_report(date),
    }
}

/// `first – last`, or one date when they are the same.
fn date_range(messages: &Messages, first: Option<&str>, last: Option<&str>) -> Option<String> {
    match (first, last) {
        (Some(first), Some(last)) if first == last => Some(human_date(messages, first)),
        (Some(first), Some(last)) => Some(format!(
            "{} – {}",
            human_date(messages, first),
            human_date(messages, last)
        )),
        (Some(one), None) | (None, Some(one)) => Some(human_date(messages, one)),
        (None, None) => None,
    }
}

/// One of the verdict's big figures.
struct Figure {
    value: String,
    label: String,
}

/// The basis of a category and the source behind it.
struct BasisView {
    /// CSS class suffix: the basis id.
    class: &'static str,
    label: String,
    /// Anchor of the source in the Sources section and its number there.
    source_anchor: String,
    source_label: String,
    reported: bool,
}

struct Quote {
    kind: String,
    text: String,
    date: Option<String>,
}

/// A card for a category under AI training.
struct Card {
    title: String,
    count: String,
    count_label: String,
    of_total: Option<String>,
    words: Option<String>,
    dates: Option<String>,
    undated: Option<String>,
    basis: BasisView,
    /// Unconfirmed items, words of others, the split at `--objected-on`, the Hiring Assistant.
    facts: Vec<String>,
    visibility: Vec<String>,
    quotes: Vec<Quote>,
}

struct NotUsedRow {
    title: String,
    records: String,
    basis: String,
    basis_class: &'static str,
}

/// The timeline: the same bars drawn for a wide and a narrow screen (the CSS shows one), so
/// that the text in the SVG stays legible on a phone, and the table that is their alternative.
struct Chart {
    label: String,
    /// Some year has reported or unconfirmed records (a third segment and column).
    has_unconfirmed: bool,
    svgs: Vec<ChartSvg>,
    rows: Vec<TableRow>,
    /// Records with no date: in the headline, in no year.
    undated: Option<TableRow>,
    total: TableRow,
}

/// One drawing of the timeline, in SVG user units.
struct ChartSvg {
    /// `wide` or `narrow`: CSS class suffix and part of the element ids.
    variant: &'static str,
    width: u32,
    height: u32,
    plot_left: u32,
    plot_right: u32,
    baseline: u32,
    label_y: u32,
    bars: Vec<Bar>,
    ticks: Vec<Tick>,
    years: Vec<YearLabel>,
}

struct Bar {
    title: String,
    x: String,
    width: String,
    ai_y: String,
    ai_height: String,
    unconfirmed_y: String,
    unconfirmed_height: String,
    has_unconfirmed: bool,
    other_y: String,
    other_height: String,
    has_ai: bool,
    has_other: bool,
}

struct Tick {
    y: String,
    label: String,
}

struct YearLabel {
    x: String,
    text: String,
}

struct TableRow {
    year: String,
    ai: String,
    unconfirmed: String,
    not_used: String,
    total: String,
}

/// A step of "What to do": a title, paragraphs and links.
struct Step {
    title: String,
    paragraphs: Vec<String>,
    links: Vec<LabelledLink>,
    /// The step where the member's data-protection authorities are listed.
    regulators: bool,
    /// Information rather than an action: shown apart from the numbered steps.
    info: bool,
}

/// Guidance that informs rather than asks the member to act: kept out of the numbered steps.
const INFO_STEPS: &[&str] = &["uk-microsoft-training", "past-training", "late-objection"];

/// The guidance step after which the authorities are named.
const COMPLAIN_STEP: &str = "complain";

struct LabelledLink {
    label: String,
    link: Link,
}

struct RegulatorView {
    name: String,
    link: Option<Link>,
    lead: Option<String>,
}

struct SourceView {
    anchor: String,
    number: usize,
    title: String,
    link: Option<Link>,
    date: String,
}

/// A titled list of notes about the figures (files not read, unknown files, warnings).
struct NoteGroup {
    title: String,
    items: Vec<String>,
}

struct FooterRow {
    label: String,
    value: String,
}

#[derive(Template)]
#[template(path = "report.html")]
struct Page<'a> {
    m: &'a Messages,
    lang: &'static str,
    redacted: bool,
    /// `--private`: the page says at its top that it is for the member's eyes only.
    private: bool,
    prepared_for: Option<String>,
    verdict: String,
    figures: Vec<Figure>,
    since_notes: Vec<String>,
    figure_notes: Vec<String>,
    history: Vec<String>,
    situation: Vec<String>,
    notices: Vec<String>,
    stale: Option<String>,
    opt_out: Option<Link>,
    cards: Vec<Card>,
    /// What the member's writing may reveal: counts only.
    reveal: Option<super::sensitive::RevealView>,
    chart: Option<Chart>,
    undated_note: Option<String>,
    not_used: Vec<NotUsedRow>,
    not_used_total: String,
    steps: Vec<Step>,
    /// What the member should know beside the steps (not numbered: nothing to do).
    facts: Vec<Step>,
    regulators: Vec<RegulatorView>,
    /// No step names the authorities: list them after the steps.
    regulators_after_steps: bool,
    notes: Vec<NoteGroup>,
    sources_intro: String,
    sources: Vec<SourceView>,
    footer_made: String,
    footer: Vec<FooterRow>,
}

impl Page<'_> {
    /// A message without arguments, for the template's fixed labels.
    fn t(&self, id: &str) -> String {
        self.m.get(id)
    }
}

impl<'a> Page<'a> {
    fn new(report: &Report, messages: &'a Messages) -> Page<'a> {
        let sources: Vec<SourceView> = report
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
                            Arg::Text(&crate::member::texts::policy_date(
                                date,
                                policy::Precision::Month,
                                messages,
                            )),
                        )],
                    ),
                    SourceDate::Undated => messages.get("html-source-undated"),
                },
            })
            .collect();
        let chart =
            chart(&report.timeline, messages).map(|c| with_headline_totals(c, report, messages));
        let undated: u64 = report.categories.iter().map(|c| c.undated).sum();
        Page {
            m: messages,
            lang: messages.code(),
            redacted: report.redacted,
            private: report.disclosure == Disclosure::Private,
            prepared_for: report
                .member
                .name
                .as_deref()
                .filter(|_| !report.redacted)
                .map(sanitize::for_report)
                .filter(|name| !name.is_empty())
                .map(|name| messages.format("html-prepared-for", &[("name", Arg::Text(&name))])),
            verdict: table::verdict(report, messages),
            figures: figures(report, messages),
            since_notes: since_notes(report, messages),
            figure_notes: table::figure_notes(report, messages),
            history: if report.member.training_history.len() > 1 {
                crate::member::texts::history_lines(&report.member, messages)
            } else {
                Vec::new()
            },
            situation: situation(report, messages),
            notices: notices(report, messages),
            stale: report.policy.stale.then(|| {
                messages.format(
                    "policy-stale",
                    &[("date", Arg::Text(&messages.date(report.policy.as_of)))],
                )
            }),
            opt_out: link(report.policy.opt_out_url),
            cards: report
                .categories_in(Scope::AiTraining)
                .map(|category| card(category, report.redacted, &sources, messages))
                .collect(),
            reveal: super::sensitive::view(report, messages),
            undated_note: (undated > 0 && chart.is_some())
                .then(|| messages.format("html-timeline-undated", &[("count", Arg::Num(undated))])),
            chart,
            not_used: report
                .categories_in(Scope::NotUsed)
                .map(|category| NotUsedRow {
                    title: messages.get(&format!("category-{}", category.id.as_str())),
                    records: messages.int(category.records),
                    basis: messages.get(&format!("basis-{}", category.basis.as_str())),
                    basis_class: category.basis.as_str(),
                })
                .collect(),
            not_used_total: messages.int(report.totals.not_used_records),
            steps: steps(report, messages)
                .into_iter()
                .filter(|step| !step.info)
                .collect(),
            facts: steps(report, messages)
                .into_iter()
                .filter(|step| step.info)
                .collect(),
            regulators: report
                .member
                .regulators
                .iter()
                .map(|regulator| RegulatorView {
                    name: if messages.code() == "fr" {
                        regulator.name_fr.to_owned()
                    } else {
                        regulator.name.to_owned()
                    },
                    link: link(regulator.url),
                    lead: regulator.lead.then(|| messages.get("html-regulator-lead")),
                })
                .collect(),
            regulators_after_steps: !report.guidance.iter().any(|step| step.id == COMPLAIN_STEP),
            notes: notes(report, messages),
            sources_intro: messages.format(
                "html-sources-intro",
                &[("date", Arg::Text(&messages.date(report.policy.as_of)))],
            ),
            sources,
            footer_made: messages.format(
                "html-footer-made",
                &[
                    ("tool", Arg::Text(report.generator.name)),
                    ("version", Arg::Text(report.generator.version)),
                ],
            ),
            footer: footer(report, messages),
        }
    }
}

/// The verdict's big figures: items and words under AI training, the years they span, and
/// since when LinkedIn trains on them.
fn figures(report: &Report, messages: &Messages) -> Vec<Figure> {
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
            crate::member::texts::policy_date(start, precision, messages),
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
fn since_notes(report: &Report, messages: &Messages) -> Vec<String> {
    let mut notes = Vec::new();
    if report.member.training_since.is_none() {
        notes.push(messages.get("html-since-unknown-region"));
    }
    notes.push(messages.get("html-since-note"));
    notes
}

/// The member's situation as the terminal states it: region and since when training applies,
/// then, on a private page only, the age (see [`crate::disclosure`]).
fn situation(report: &Report, messages: &Messages) -> Vec<String> {
    let mut lines = crate::member::texts::region_lines(&report.member, messages);
    if crate::disclosure::shows_age_line(report) {
        lines.extend(crate::member::texts::personal_lines(
            &report.member,
            messages,
        ));
    }
    lines
}

/// Facts about the member that change what the figures mean.
fn notices(report: &Report, messages: &Messages) -> Vec<String> {
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

fn basis_view(category: &CategoryReport, sources: &[SourceView], messages: &Messages) -> BasisView {
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

fn card(
    category: &CategoryReport,
    redacted: bool,
    sources: &[SourceView],
    messages: &Messages,
) -> Card {
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
    let quotes = if redacted {
        Vec::new()
    } else {
        category
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
                date: excerpt.date.as_deref().map(|d| human_date(messages, d)),
            })
            .filter(|quote| !quote.text.is_empty())
            .collect()
    };
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
        dates: date_range(
            messages,
            category.first_date.as_deref(),
            category.last_date.as_deref(),
        ),
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

/// A step of 1, 2 or 5 times a power of ten giving about `ticks` gridlines up to `max`.
fn nice_step(max: u64, ticks: u64) -> u64 {
    let raw = max.div_ceil(ticks.max(1)).max(1);
    let mut magnitude = 1u64;
    while magnitude.saturating_mul(10) <= raw {
        magnitude = magnitude.saturating_mul(10);
    }
    [1, 2, 5, 10]
        .into_iter()
        .map(|factor| magnitude.saturating_mul(factor))
        .find(|step| *step >= raw)
        .unwrap_or(raw)
}

/// Years the chart shows: every year from the first to the last when the span is reasonable
/// (gaps are information), else only the years that have records.
fn chart_years(timeline: &[YearCount]) -> Vec<YearCount> {
    const MAX_SPAN: i32 = 60;
    let (Some(first), Some(last)) = (
        timeline.iter().map(|y| y.year).min(),
        timeline.iter().map(|y| y.year).max(),
    ) else {
        return Vec::new();
    };
    if last - first >= MAX_SPAN {
        return timeline.to_vec();
    }
    (first..=last)
        .map(|year| {
            timeline
                .iter()
                .find(|y| y.year == year)
                .cloned()
                .unwrap_or(YearCount {
                    year,
                    ..YearCount::default()
                })
        })
        .collect()
}

fn fixed(value: f64) -> String {
    format!("{value:.1}")
}

/// The size of one drawing of the timeline and the room its text needs (SVG user units; the
/// CSS gives the text its size: 13 units in both).
struct Geometry {
    variant: &'static str,
    width: u32,
    height: u32,
    top: u32,
    bottom: u32,
    right: u32,
    /// Width of one digit of a gridline label.
    digit: u32,
    /// Horizontal room a year label needs.
    year_room: f64,
}

const WIDE: Geometry = Geometry {
    variant: "wide",
    width: 720,
    height: 280,
    top: 14,
    bottom: 38,
    right: 22,
    digit: 8,
    year_room: 40.0,
};

const NARROW: Geometry = Geometry {
    variant: "narrow",
    width: 360,
    height: 240,
    top: 12,
    bottom: 32,
    right: 18,
    digit: 8,
    year_room: 42.0,
};

/// The stacked bar chart of records per year, for both screen sizes, and its table.
fn chart(timeline: &[YearCount], messages: &Messages) -> Option<Chart> {
    let years = chart_years(timeline);
    let first = years.first()?.year;
    let last = years.last()?.year;
    let max = years
        .iter()
        .map(|y| {
            y.ai_training
                .saturating_add(y.unconfirmed)
                .saturating_add(y.not_used)
        })
        .max()
        .unwrap_or(0)
        .max(1);
    let step = nice_step(max, 4);
    let top_value = max.div_ceil(step).saturating_mul(step).max(step);
    let ticks: Vec<(u64, String)> = (0..=top_value / step)
        .map(|i| {
            let value = i.saturating_mul(step);
            (value, messages.int(value))
        })
        .collect();
    let titles: Vec<String> = years
        .iter()
        .map(|year| {
            let title = messages.format(
                "html-bar-title",
                &[
                    ("year", Arg::Text(&year.year.to_string())),
                    ("ai", Arg::Num(year.ai_training)),
                    ("other", Arg::Num(year.not_used)),
                ],
            );
            if year.unconfirmed > 0 {
                let more = messages.format(
                    "html-bar-title-unconfirmed",
                    &[("count", Arg::Num(year.unconfirmed))],
                );
                format!("{title}, {more}")
            } else {
                title
            }
        })
        .collect();
    let svgs = [WIDE, NARROW]
        .iter()
        .map(|geometry| draw(geometry, &years, &titles, &ticks, top_value))
        .collect();
    let rows: Vec<TableRow> = timeline
        .iter()
        .map(|y| TableRow {
            year: y.year.to_string(),
            ai: messages.int(y.ai_training),
            unconfirmed: messages.int(y.unconfirmed),
            not_used: messages.int(y.not_used),
            total: messages.int(
                y.ai_training
                    .saturating_add(y.unconfirmed)
                    .saturating_add(y.not_used),
            ),
        })
        .collect();
    let (ai, unconfirmed, not_used) = timeline.iter().fold((0u64, 0u64, 0u64), |(a, u, n), y| {
        (
            a.saturating_add(y.ai_training),
            u.saturating_add(y.unconfirmed),
            n.saturating_add(y.not_used),
        )
    });
    Some(Chart {
        label: messages.format(
            "html-chart-label",
            &[
                ("first", Arg::Text(&first.to_string())),
                ("last", Arg::Text(&last.to_string())),
            ],
        ),
        has_unconfirmed: unconfirmed > 0,
        svgs,
        rows,
        undated: None,
        total: TableRow {
            year: messages.get("html-col-total"),
            ai: messages.int(ai),
            unconfirmed: messages.int(unconfirmed),
            not_used: messages.int(not_used),
            total: messages.int(ai.saturating_add(unconfirmed).saturating_add(not_used)),
        },
    })
}

/// The year table's totals made equal to the headline's: the records with no date, which no
/// year holds, get a row of their own before the total.
fn with_headline_totals(mut chart: Chart, report: &Report, messages: &Messages) -> Chart {
    let totals = &report.totals;
    let all: u64 = report.categories.iter().map(|c| c.records).sum();
    let ai = totals.ai_training_records;
    let unconfirmed = totals.unconfirmed_records;
    let not_used = all.saturating_sub(ai).saturating_sub(unconfirmed);
    let (dated_ai, dated_unconfirmed, dated_not_used) =
        report
            .timeline
            .iter()
            .fold((0u64, 0u64, 0u64), |(a, u, n), y| {
                (
                    a.saturating_add(y.ai_training),
                    u.saturating_add(y.unconfirmed),
                    n.saturating_add(y.not_used),
                )
            });
    let undated = (
        ai.saturating_sub(dated_ai),
        unconfirmed.saturating_sub(dated_unconfirmed),
        not_used.saturating_sub(dated_not_used),
    );
    if undated != (0, 0, 0) {
        chart.has_unconfirmed |= unconfirmed > 0;
        chart.undated = Some(TableRow {
            year: messages.get("html-col-undated"),
            ai: messages.int(undated.0),
            unconfirmed: messages.int(undated.1),
            not_used: messages.int(undated.2),
            total: messages.int(undated.0 + undated.1 + undated.2),
        });
        chart.total = TableRow {
            year: messages.get("html-col-total"),
            ai: messages.int(ai),
            unconfirmed: messages.int(unconfirmed),
            not_used: messages.int(not_used),
            total: messages.int(all),
        };
    }
    chart
}

/// One drawing: bars stacked from the baseline (AI training at the bottom), gridlines at
/// `ticks`, and as many year labels as fit, counted from the latest year.
fn draw(
    geometry: &Geometry,
    years: &[YearCount],
    titles: &[String],
    ticks: &[(u64, String)],
    top_value: u64,
) -> ChartSvg {
    let widest_tick = ticks
        .iter()
        .map(|(_, label)| label.chars().count())
        .max()
        .unwrap_or(1);
    let left = u32::try_from(widest_tick)
        .unwrap_or(12)
        .saturating_mul(geometry.digit)
        .saturating_add(14);
    let plot_right = geometry.width - geometry.right;
    let baseline = geometry.height - geometry.bottom;
    let plot_height = f64::from(baseline - geometry.top);
    let plot_width = f64::from(plot_right.saturating_sub(left).max(1));
    let scale = |value: u64| value as f64 / top_value.max(1) as f64 * plot_height;
    let count = years.len().max(1);
    let band = plot_width / count as f64;
    let bar_width = (band * 0.72).min(48.0);
    let label_every = ((geometry.year_room / band).ceil() as usize).max(1);
    // A non-zero count is drawn at least one unit high, so that it never looks like zero.
    let height = |value: u64| {
        if value == 0 {
            0.0
        } else {
            scale(value).max(1.0)
        }
    };
    let mut bars = Vec::new();
    let mut labels = Vec::new();
    for (index, (year, title)) in years.iter().zip(titles).enumerate() {
        let center = f64::from(left) + band * (index as f64 + 0.5);
        let ai_height = height(year.ai_training);
        let unconfirmed_height = height(year.unconfirmed);
        let other_height = height(year.not_used);
        bars.push(Bar {
            title: title.clone(),
            x: fixed(center - bar_width / 2.0),
            width: fixed(bar_width),
            ai_y: fixed(f64::from(baseline) - ai_height),
            ai_height: fixed(ai_height),
            unconfirmed_y: fixed(f64::from(baseline) - ai_height - unconfirmed_height),
            unconfirmed_height: fixed(unconfirmed_height),
            has_unconfirmed: unconfirmed_height > 0.0,
            other_y: fixed(f64::from(baseline) - ai_height - unconfirmed_height - other_height),
            other_height: fixed(other_height),
            has_ai: ai_height > 0.0,
            has_other: other_height > 0.0,
        });
        if (count - 1 - index).is_multiple_of(label_every) {
            labels.push(YearLabel {
                x: fixed(center),
                text: year.year.to_string(),
            });
        }
    }
    ChartSvg {
        variant: geometry.variant,
        width: geometry.width,
        height: geometry.height,
        plot_left: left,
        plot_right,
        baseline,
        label_y: baseline + 22,
        bars,
        ticks: ticks
            .iter()
            .map(|(value, label)| Tick {
                y: fixed(f64::from(baseline) - scale(*value)),
                label: label.clone(),
            })
            .collect(),
        years: labels,
    }
}

fn labelled(messages: &Messages, label_id: &str, url: &str) -> Option<LabelledLink> {
    link(url).map(|link| LabelledLink {
        label: messages.get(label_id),
        link,
    })
}

/// "What to do": the member helper's guidance steps when the report has them, otherwise the
/// policy's own steps (switch off, object, what it does not undo, delete).
fn steps(report: &Report, messages: &Messages) -> Vec<Step> {
    if !report.guidance.is_empty() {
        return report
            .guidance
            .iter()
            .map(|step| {
                let title_id = format!("step-{}", step.id);
                let body_id = format!("{title_id}.body");
                let title = messages.get(&title_id);
                let body = messages.get(&body_id);
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
fn notes(report: &Report, messages: &Messages) -> Vec<NoteGroup> {
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
                    format!("{}: {}", path(&p.path), sanitize::for_report(&reason))
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
                    format!(
                        "{}: {}",
                        path(&f.path),
                        messages.format("count-records", &[("count", Arg::Num(f.records))])
                    )
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
                if file.path.is_empty() {
                    text
                } else {
                    format!("{}: {text}", path(&file.path))
                }
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
fn file_name(path: &str) -> String {
    let name = path
        .rsplit(['/', '\\'])
        .find(|part| !part.is_empty())
        .unwrap_or(path);
    sanitize::for_report(name)
}

fn footer(report: &Report, messages: &Messages) -> Vec<FooterRow> {
    let names: Vec<String> = report
        .inputs
        .iter()
        .map(|input| file_name(&input.path))
        .filter(|name| !name.is_empty())
        .collect();
    let inputs = if report.redacted || names.is_empty() {
        messages.get("html-footer-inputs-hidden")
    } else {
        names.join(", ")
    };
    let inputs = match report.merge {
        Some(merge) => format!("{inputs}. {}", table::merge_line(merge, messages)),
        None => inputs,
    };
    vec![
        FooterRow {
            label: messages.get("html-footer-inputs"),
            value: inputs,
        },
        FooterRow {
            label: messages.get("html-footer-export-date"),
            value: match (report.export_date.as_deref(), report.export_date_source) {
                (Some(date), Some(crate::analyse::ExportDateSource::LatestRecord)) => messages
                    .format(
                        "html-footer-export-date-latest-record",
                        &[("date", Arg::Text(&human_date(messages, date)))],
                    ),
                (Some(date), _) => human_date(messages, date),
                (None, _) => messages.get("html-unknown"),
            },
        },
        FooterRow {
            label: messages.get("html-footer-generated"),
            value: human_date(messages, &report.generated_on),
        },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_https_links_are_kept() {
        assert_eq!(
            safe_href("https://www.linkedin.com/help/linkedin/ask/TS-DPRO").as_deref(),
            Some("https://www.linkedin.com/help/linkedin/ask/TS-DPRO")
        );
        assert_eq!(safe_href("javascript:alert(1)"), None);
        assert_eq!(safe_href(" https://www.linkedin.com/"), None);
        assert_eq!(safe_href("http://www.linkedin.com/"), None);
        assert_eq!(safe_href("https://"), None);
        assert_eq!(safe_href("https://x.example/\"onmouseover=alert(1)"), None);
        assert_eq!(safe_href(""), None);
    }

    #[test]
    fn dates_keep_their_precision() {
        let en = Messages::new("en");
        let fr = Messages::new("fr");
        assert_eq!(human_date(&en, "2025-11-03"), "3 November 2025");
        assert_eq!(human_date(&fr, "2025-11-03"), "3 novembre 2025");
        assert_eq!(human_date(&en, "2024-09"), "September 2024");
        assert_eq!(human_date(&fr, "2024-09"), "septembre 2024");
        assert_eq!(human_date(&en, "2016"), "2016");
        assert_eq!(human_date(&en, "20\u{202E}16"), "2016");
        assert_eq!(
            date_range(&en, Some("2016"), Some("2026-10-04")).as_deref(),
            Some("2016 – 4 October 2026")
        );
        assert_eq!(
            date_range(&en, Some("2012"), Some("2012")).as_deref(),
            Some("2012")
        );
        assert_eq!(date_range(&en, None, None), None);
    }

    #[test]
    fn gridline_steps_are_round() {
        assert_eq!(nice_step(1, 4), 1);
        assert_eq!(nice_step(7, 4), 2);
        assert_eq!(nice_step(40, 4), 10);
        assert_eq!(nice_step(41, 4), 20);
        assert_eq!(nice_step(1234, 4), 500);
        assert_eq!(nice_step(u64::MAX, 4), 5_000_000_000_000_000_000);
    }

    #[test]
    fn chart_fills_gaps_between_years() {
        let timeline = [
            YearCount {
                year: 2007,
                ai_training: 1,
                unconfirmed: 0,
                not_used: 0,
            },
            YearCount {
                year: 2009,
                ai_training: 2,
                unconfirmed: 0,
                not_used: 3,
            },
        ];
        let years: Vec<i32> = chart_years(&timeline).iter().map(|y| y.year).collect();
        assert_eq!(years, [2007, 2008, 2009]);
        let chart = chart(&timeline, &Messages::new("en"));
        let chart = chart.as_ref();
        let wide = chart.and_then(|c| c.svgs.first());
        assert_eq!(wide.map(|svg| svg.bars.len()), Some(3));
        assert_eq!(chart.map(|c| c.rows.len()), Some(2));
        assert_eq!(
            wide.and_then(|svg| svg.bars.get(2))
                .map(|b| b.title.as_str()),
            Some("2009: 2 under AI training, 3 not used")
        );
        // Five records at most: gridlines at 0, 2, 4, 6; the 5 of 2009 reaches 5/6 of the plot.
        let ticks: Vec<&str> = wide.map_or(Vec::new(), |svg| {
            svg.ticks.iter().map(|t| t.label.as_str()).collect()
        });
        assert_eq!(ticks, ["0", "2", "4", "6"]);
        assert!(super::chart(&[], &Messages::new("en")).is_none());
    }

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
