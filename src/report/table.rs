//! The terminal summary: one row per category present, a totals row, the verdict and the
//! opt-out link. Text from the archive is sanitised before it is printed.

use std::io::{self, Write};

use comfy_table::presets::UTF8_FULL;
use comfy_table::{Attribute, Cell, CellAlignment, Color, ContentArrangement, Table};

use crate::catalog::Scope;
use crate::i18n::{Arg, Messages};
use crate::report::{CategoryReport, Report, Warning};
use crate::sanitize::for_terminal;

#[derive(Clone, Copy, Debug, Default)]
pub struct TableOptions {
    /// Colours and bold (only on a terminal, never with NO_COLOR).
    pub color: bool,
    /// Fixed width; None adapts to the terminal.
    pub width: Option<u16>,
}

fn year_span(first: Option<&str>, last: Option<&str>) -> String {
    let year = |date: Option<&str>| date.and_then(|d| d.get(..4)).map(str::to_owned);
    match (year(first), year(last)) {
        (Some(first), Some(last)) if first == last => first,
        (Some(first), Some(last)) => format!("{first}–{last}"),
        _ => "—".to_owned(),
    }
}

/// A count under AI training: the confirmed figure, and the unconfirmed beside it.
fn used_text(confirmed: u64, unconfirmed: u64, messages: &Messages) -> String {
    match (confirmed, unconfirmed) {
        (_, 0) => messages.int(confirmed),
        (0, _) => messages.format("table-unconfirmed", &[("count", Arg::Num(unconfirmed))]),
        _ => format!(
            "{} + {}",
            messages.int(confirmed),
            messages.format("table-unconfirmed", &[("count", Arg::Num(unconfirmed))])
        ),
    }
}

fn category_row(category: &CategoryReport, messages: &Messages, color: bool) -> Vec<Cell> {
    let ai = category.scope == Scope::AiTraining;
    let used = if ai {
        Cell::new(used_text(
            category.ai_training_records,
            category.unconfirmed_records,
            messages,
        ))
    } else {
        Cell::new(messages.get("table-no"))
    };
    let used = if color && ai && category.ai_training_records + category.unconfirmed_records > 0 {
        used.fg(Color::Yellow).add_attribute(Attribute::Bold)
    } else if color && !ai {
        used.fg(Color::Green)
    } else {
        used
    };
    vec![
        Cell::new(messages.get(&format!("category-{}", category.id.as_str()))),
        Cell::new(messages.int(category.records)).set_alignment(CellAlignment::Right),
        used.set_alignment(CellAlignment::Right),
        Cell::new(if ai {
            messages.int(category.words)
        } else {
            "—".to_owned()
        })
        .set_alignment(CellAlignment::Right),
        Cell::new(year_span(
            category.first_date.as_deref(),
            category.last_date.as_deref(),
        )),
        Cell::new(messages.get(&format!("basis-{}", category.basis.as_str()))),
    ]
}

/// Renders the summary table and what follows it.
pub fn render(
    report: &Report,
    messages: &Messages,
    options: TableOptions,
    out: &mut dyn Write,
) -> io::Result<()> {
    let mut table = Table::new();
    table.load_style(UTF8_FULL);
    table.set_content_arrangement(ContentArrangement::Dynamic);
    if let Some(width) = options.width {
        table.set_width(width);
    }
    if !options.color {
        table.force_no_tty();
    }
    let header = [
        "table-category",
        "table-items",
        "table-ai",
        "table-words",
        "table-span",
        "table-basis",
    ];
    table.set_header(header.iter().map(|id| {
        let cell = Cell::new(messages.get(id));
        if options.color {
            cell.add_attribute(Attribute::Bold)
        } else {
            cell
        }
    }));
    for scope in [Scope::AiTraining, Scope::NotUsed] {
        for category in report.categories_in(scope) {
            table.add_row(category_row(category, messages, options.color));
        }
    }
    let totals = &report.totals;
    let all_records: u64 = report.categories.iter().map(|c| c.records).sum();
    let span = match (totals.first_year, totals.last_year) {
        (Some(first), Some(last)) if first == last => first.to_string(),
        (Some(first), Some(last)) => format!("{first}–{last}"),
        _ => "—".to_owned(),
    };
    table.add_row(vec![
        Cell::new(messages.get("table-total")).add_attribute(Attribute::Bold),
        Cell::new(messages.int(all_records)).set_alignment(CellAlignment::Right),
        Cell::new(used_text(
            totals.ai_training_records,
            totals.unconfirmed_records,
            messages,
        ))
        .set_alignment(CellAlignment::Right),
        Cell::new(messages.int(totals.ai_training_words)).set_alignment(CellAlignment::Right),
        Cell::new(span),
        Cell::new(""),
    ]);
    writeln!(out, "{table}")?;
    writeln!(out)?;
    writeln!(out, "{}", verdict(report, messages))?;
    writeln!(
        out,
        "{}",
        messages.format(
            "opt-out-line",
            &[("url", Arg::Text(report.policy.opt_out_url))]
        )
    )?;
    writeln!(out, "{}", messages.get("not-used-meaning"))?;
    for line in figure_notes(report, messages) {
        writeln!(out, "{}", for_terminal(&line))?;
    }
    if report.policy.stale {
        writeln!(
            out,
            "{}",
            messages.format(
                "policy-stale",
                &[("date", Arg::Text(&messages.date(report.policy.as_of)))]
            )
        )?;
    }
    render_notes(report, messages, out)?;
    render_sensitive(report, messages, out)?;
    render_next_steps(report, messages, out)
}

/// What the member's writing may reveal: counts per flag and what to do.
fn render_sensitive(report: &Report, messages: &Messages, out: &mut dyn Write) -> io::Result<()> {
    let Some(view) = super::sensitive::view(report, messages) else {
        return Ok(());
    };
    writeln!(out)?;
    writeln!(out, "{}", view.heading)?;
    writeln!(out, "{}", view.intro)?;
    for line in &view.flags {
        writeln!(out, "  {line}")?;
    }
    writeln!(out, "{}", view.todo)?;
    if let Some(special) = &view.special {
        writeln!(out, "{special}")?;
    }
    writeln!(out, "{}", view.limits)
}

/// The member's situation and the short "next steps" block (texts from [`crate::member`]).
fn render_next_steps(report: &Report, messages: &Messages, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out)?;
    for line in crate::member::situation_lines(&report.member, messages) {
        writeln!(out, "{}", for_terminal(&line))?;
    }
    for line in crate::member::next_steps_lines(report, messages) {
        writeln!(out, "{}", for_terminal(&line))?;
    }
    Ok(())
}

/// The one-sentence verdict (see [`crate::member::texts::headline`]).
pub fn verdict(report: &Report, messages: &Messages) -> String {
    crate::member::texts::headline(report, messages)
}

/// What qualifies the figures: the words of others, the split at `--objected-on`, the
/// Hiring Assistant, and where the export's date comes from when it is not LinkedIn's.
pub fn figure_notes(report: &Report, messages: &Messages) -> Vec<String> {
    let totals = &report.totals;
    let mut notes = Vec::new();
    if totals.others_words > 0 {
        notes.push(messages.format(
            "note-others-words",
            &[("count", Arg::Num(totals.others_words))],
        ));
    }
    if let (Some(on), Some(before), Some(after)) = (
        report.objected_on,
        totals.before_objection,
        totals.after_objection,
    ) {
        notes.push(messages.format(
            "note-objection",
            &[
                ("date", Arg::Text(&messages.date(on))),
                ("before", Arg::Num(before)),
                ("after", Arg::Num(after)),
                (
                    "undated",
                    Arg::Num(totals.ai_training_records.saturating_sub(before + after)),
                ),
            ],
        ));
    }
    let hiring: Vec<String> = report
        .categories
        .iter()
        .filter(|c| c.hiring_assistant && c.records > 0)
        .map(|c| messages.get(&format!("category-{}", c.id.as_str())))
        .collect();
    if !hiring.is_empty() {
        notes.push(messages.format(
            "note-hiring-assistant",
            &[("categories", Arg::Text(&hiring.join(", ")))],
        ));
    }
    if report.export_date_source == Some(crate::analyse::ExportDateSource::LatestRecord)
        && let Some(date) = report
            .export_date
            .as_deref()
            .and_then(|d| d.parse::<jiff::civil::Date>().ok())
    {
        notes.push(messages.format(
            "note-export-date-latest-record",
            &[("date", Arg::Text(&messages.date(date)))],
        ));
    }
    notes
}

/// The message for a file warning.
pub fn warning_text(warning: &Warning, messages: &Messages) -> String {
    let id = format!("warning-{}", serde_kind(warning));
    let count = warning.detail.parse::<u64>().ok();
    messages.format(
        &id,
        &[
            ("detail", Arg::Text(&for_terminal(&warning.detail))),
            ("count", Arg::Num(count.unwrap_or(0))),
        ],
    )
}

fn serde_kind(warning: &Warning) -> String {
    serde_json::to_value(warning.kind)
        .ok()
        .and_then(|value| value.as_str().map(|s| s.replace('_', "-")))
        .unwrap_or_default()
}

/// Problems, unrecognised files and file warnings, after the table.
fn render_notes(report: &Report, messages: &Messages, out: &mut dyn Write) -> io::Result<()> {
    let input_name = |index: usize| {
        report
            .inputs
            .get(index)
            .map(|input| for_terminal(&input.path))
            .unwrap_or_default()
    };
    if !report.problems.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", messages.get("problems-heading"))?;
        for problem in &report.problems {
            writeln!(
                out,
                "  {}: {} ({})",
                for_terminal(&problem.path),
                for_terminal(&problem.reason),
                input_name(problem.input)
            )?;
        }
    }
    if !report.unrecognised.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", messages.get("unrecognised-heading"))?;
        for file in &report.unrecognised {
            let header: Vec<String> = file
                .header
                .iter()
                .take(12)
                .map(|h| for_terminal(h))
                .collect();
            // No column name of an unknown file is shown when its first line looks like data,
            // nor under --redact (the header is then empty).
            let columns = if file.header_missing {
                format!(" ({})", messages.get("unrecognised-header-missing"))
            } else if header.is_empty() {
                String::new()
            } else {
                format!(" [{}]", header.join(", "))
            };
            writeln!(
                out,
                "  {}: {}{columns}",
                for_terminal(&file.path),
                messages.format("count-records", &[("count", Arg::Num(file.records))]),
            )?;
        }
    }
    let warned: Vec<_> = report
        .files
        .iter()
        .filter(|f| !f.warnings.is_empty())
        .collect();
    if !warned.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", messages.get("warnings-heading"))?;
        for file in warned {
            for warning in &file.warnings {
                writeln!(
                    out,
                    "  {}: {}",
                    for_terminal(&file.path),
                    warning_text(warning, messages)
                )?;
            }
        }
    }
    Ok(())
}
