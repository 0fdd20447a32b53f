//! The shareable HTML report: one self-contained page (inline CSS, inline SVG, no script, no
//! external fetch) rendered from the report model through the askama template
//! `templates/report.html`, in the member's language.
//!
//! This module owns the page's view model: every text is looked up in the message files and
//! every figure formatted here, every piece of archive text is passed through
//! [`sanitize::for_report`] (no bidi overrides or zero-width characters), and every link is
//! checked to be a plain `https://` address. Escaping is left entirely to askama, which escapes
//! every expression of an `.html` template; nothing here assembles HTML.

mod chart;
mod sections;

use std::io::{self, Write};

use askama::Template;

use crate::catalog::Scope;
use crate::disclosure::Disclosure;
use crate::i18n::{Arg, Messages};
use crate::report::{RecordDate, Report, sentences};
use crate::sanitize;
use chart::{Chart, chart, with_headline_totals};
use sections::{
    COMPLAIN_STEP, Card, Figure, FooterRow, NotUsedRow, NoteGroup, RegulatorView, SourceView, Step,
    card, figures, footer, notes, notices, regulators, since_notes, situation, sources, steps,
};

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

/// A record's date written out in the member's language with the precision it has.
fn human_date(messages: &Messages, date: RecordDate) -> String {
    match date {
        RecordDate::Day(day) => messages.date(day),
        RecordDate::Month(year, month) => messages.format(
            "html-month-year",
            &[
                ("month", Arg::Text(&messages.get(&format!("month-{month}")))),
                ("year", Arg::Text(&year.to_string())),
            ],
        ),
        RecordDate::Year(year) => year.to_string(),
    }
}

/// `first – last`, or one date when they are the same.
fn date_range(
    messages: &Messages,
    first: Option<RecordDate>,
    last: Option<RecordDate>,
) -> Option<String> {
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
    reveal: Option<sentences::reveal::RevealView>,
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
        let sources = sources(report, messages);
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
                .map(sanitize::for_report)
                .filter(|name| !name.is_empty())
                .map(|name| messages.format("html-prepared-for", &[("name", Arg::Text(&name))])),
            verdict: sentences::verdict(report, messages),
            figures: figures(report, messages),
            since_notes: since_notes(report, messages),
            figure_notes: sentences::figure_notes(report, messages),
            history: if report.member.training_history.len() > 1 {
                sentences::member::history_lines(&report.member, messages)
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
                .map(|category| card(category, &sources, messages))
                .collect(),
            reveal: sentences::reveal::view(report, messages),
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
            regulators: regulators(report, messages),
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
        let day = RecordDate::Day(jiff::civil::date(2025, 11, 3));
        assert_eq!(human_date(&en, day), "3 November 2025");
        assert_eq!(human_date(&fr, day), "3 novembre 2025");
        assert_eq!(
            human_date(&en, RecordDate::Month(2024, 9)),
            "September 2024"
        );
        assert_eq!(
            human_date(&fr, RecordDate::Month(2024, 9)),
            "septembre 2024"
        );
        assert_eq!(human_date(&en, RecordDate::Year(2016)), "2016");
        assert_eq!(
            date_range(
                &en,
                Some(RecordDate::Year(2016)),
                Some(RecordDate::Day(jiff::civil::date(2026, 10, 4)))
            )
            .as_deref(),
            Some("2016 – 4 October 2026")
        );
        assert_eq!(
            date_range(
                &en,
                Some(RecordDate::Year(2012)),
                Some(RecordDate::Year(2012))
            )
            .as_deref(),
            Some("2012")
        );
        assert_eq!(date_range(&en, None, None), None);
    }
}
