//! The terminal summary: one row per category present, a totals row, the verdict and the
//! opt-out link. Text from the archive is sanitised before it is printed.

use std::io::{self, Write};

use comfy_table::{Cell, CellAlignment, ContentArrangement, Table};
use comfy_table::{ContentLineStyle, LineStyle, TableStyle};

use crate::catalog::Scope;
use crate::i18n::{Arg, Messages};
use crate::report::{CategoryReport, RecordDate, Report, Warning, sentences};
use crate::sanitize::for_terminal;

#[derive(Clone, Copy, Debug, Default)]
pub struct TableOptions {
    /// Colours and bold (only on a terminal, never with NO_COLOR).
    pub color: bool,
    /// Fixed width; None adapts to the terminal.
    pub width: Option<u16>,
}

/// Colours and bold come with comfy-table's terminal support, which only the `cli` feature
/// brings; without it (the web page, any engine-only build) the table is plain text.
#[cfg(feature = "cli")]
mod style {
    use comfy_table::{Attribute, Cell, Color, Table};

    pub fn warning(cell: Cell) -> Cell {
        cell.fg(Color::Yellow).add_attribute(Attribute::Bold)
    }
    pub fn reassuring(cell: Cell) -> Cell {
        cell.fg(Color::Green)
    }
    pub fn bold(cell: Cell) -> Cell {
        cell.add_attribute(Attribute::Bold)
    }
    /// No styling codes, whatever the output is.
    pub fn plain(table: &mut Table) {
        table.force_no_tty();
    }
}

#[cfg(not(feature = "cli"))]
mod style {
    use comfy_table::{Cell, Table};

    pub fn warning(cell: Cell) -> Cell {
        cell
    }
    pub fn reassuring(cell: Cell) -> Cell {
        cell
    }
    pub fn bold(cell: Cell) -> Cell {
        cell
    }
    pub fn plain(_: &mut Table) {}
}

/// Terminal widths under which the basis column is left out.
const NARROW_BELOW: u16 = 100;

/// A sober table: columns apart by spaces, one rule under the header, none between rows.
const COMPACT: TableStyle = TableStyle::new()
    .header_lines(ContentLineStyle::none())
    .header_separator(LineStyle::none().fill('─'))
    .content_lines(ContentLineStyle::none());

fn year_span(first: Option<i16>, last: Option<i16>) -> String {
    match (first, last) {
        (Some(first), Some(last)) if first == last => first.to_string(),
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
        style::warning(used)
    } else if color && !ai {
        style::reassuring(used)
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
            category.first_date.map(RecordDate::year),
            category.last_date.map(RecordDate::year),
        )),
        Cell::new(messages.get(&format!("basis-{}", category.basis.as_str()))),
    ]
}

/// The table itself: one row per category under AI training, one for what is not used, and
/// the totals; the basis column only where there is room for it.
fn summary(report: &Report, messages: &Messages, options: TableOptions) -> Table {
    let mut table = Table::new();
    table.load_style(COMPACT);
    table.set_content_arrangement(ContentArrangement::Dynamic);
    if let Some(width) = options.width {
        table.set_width(width);
    }
    if !options.color {
        style::plain(&mut table);
    }
    // Under 100 columns the basis column would squeeze the category names into broken lines;
    // it is left to the HTML and JSON reports there.
    let with_basis = options
        .width
        .or_else(|| table.width())
        .is_none_or(|width| width >= NARROW_BELOW);
    let columns = if with_basis { 6 } else { 5 };
    let header = [
        "table-category",
        "table-items",
        "table-ai",
        "table-words",
        "table-span",
        "table-basis",
    ];
    table.set_header(header.iter().take(columns).map(|id| {
        let cell = Cell::new(messages.get(id));
        if options.color {
            style::bold(cell)
        } else {
            cell
        }
    }));
    for category in report.categories_in(Scope::AiTraining) {
        let mut row = category_row(category, messages, options.color);
        row.truncate(columns);
        table.add_row(row);
    }
    // What is not used for this training fits in one row; its kinds are named under the table.
    let not_used: Vec<&CategoryReport> = report.categories_in(Scope::NotUsed).collect();
    if !not_used.is_empty() {
        let first = not_used
            .iter()
            .filter_map(|c| c.first_date.map(RecordDate::year))
            .min();
        let last = not_used
            .iter()
            .filter_map(|c| c.last_date.map(RecordDate::year))
            .max();
        let no = Cell::new(messages.get("table-no")).set_alignment(CellAlignment::Right);
        let mut row = vec![
            Cell::new(messages.get("table-not-used")),
            Cell::new(messages.int(report.totals.not_used_records))
                .set_alignment(CellAlignment::Right),
            if options.color {
                style::reassuring(no)
            } else {
                no
            },
            Cell::new("—").set_alignment(CellAlignment::Right),
            Cell::new(year_span(first, last)),
            Cell::new(""),
        ];
        row.truncate(columns);
        table.add_row(row);
    }
    let totals = &report.totals;
    let all_records: u64 = report.categories.iter().map(|c| c.records).sum();
    let span = match (totals.first_year, totals.last_year) {
        (Some(first), Some(last)) if first == last => first.to_string(),
        (Some(first), Some(last)) => format!("{first}–{last}"),
        _ => "—".to_owned(),
    };
    let mut total = vec![
        style::bold(Cell::new(messages.get("table-total"))),
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
    ];
    total.truncate(columns);
    table.add_row(total);
    table
}

/// Renders the summary table and what follows it.
pub fn render(
    report: &Report,
    messages: &Messages,
    options: TableOptions,
    out: &mut dyn Write,
) -> io::Result<()> {
    let table = summary(report, messages, options);
    // The text under the table wraps to the same width (none when piped without --width).
    let width = options.width.or_else(|| table.width()).map(usize::from);
    for line in table.to_string().lines() {
        writeln!(out, "{}", line.trim_end())?;
    }
    // Line by line, never the whole text at once: 200,000 file warnings are megabytes.
    let mut wrapper = Wrapping {
        out,
        width,
        line: Vec::new(),
    };
    let out_text: &mut dyn Write = &mut wrapper;
    let not_used: Vec<&CategoryReport> = report.categories_in(Scope::NotUsed).collect();
    writeln!(out_text)?;
    writeln!(out_text, "{}", sentences::verdict(report, messages))?;
    writeln!(
        out_text,
        "{}",
        messages.format(
            "opt-out-line",
            &[("url", Arg::Text(report.policy.opt_out_url))]
        )
    )?;
    if !not_used.is_empty() {
        let kinds: Vec<String> = not_used
            .iter()
            .map(|c| {
                format!(
                    "{} {}",
                    messages.get(&format!("category-{}", c.id.as_str())),
                    messages.int(c.records)
                )
            })
            .collect();
        writeln!(
            out_text,
            "{}",
            messages.format(
                "table-not-used-kinds",
                &[("kinds", Arg::Text(&kinds.join(" · ")))]
            )
        )?;
    }
    if let Some(merge) = report.merge {
        writeln!(out_text, "{}", sentences::merge_line(merge, messages))?;
    }
    for line in sentences::figure_notes(report, messages) {
        writeln!(out_text, "{}", for_terminal(&line))?;
    }
    if report.policy.stale {
        writeln!(
            out_text,
            "{}",
            messages.format(
                "policy-stale",
                &[("date", Arg::Text(&messages.date(report.policy.as_of)))]
            )
        )?;
    }
    render_notes(report, messages, out_text)?;
    render_sensitive(report, messages, out_text)?;
    render_next_steps(report, messages, out_text)?;
    wrapper.finish()
}

/// A writer that wraps each complete line it is given to `width` (see [`wrap`]).
struct Wrapping<'a> {
    out: &'a mut dyn Write,
    width: Option<usize>,
    line: Vec<u8>,
}

impl Wrapping<'_> {
    fn emit(&mut self) -> io::Result<()> {
        let line = String::from_utf8_lossy(&self.line).into_owned();
        self.line.clear();
        for wrapped in wrap(&line, self.width) {
            writeln!(self.out, "{wrapped}")?;
        }
        Ok(())
    }

    /// Writes what is left of an unfinished line.
    fn finish(mut self) -> io::Result<()> {
        if !self.line.is_empty() {
            self.emit()?;
        }
        Ok(())
    }
}

impl Write for Wrapping<'_> {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        for chunk in bytes.split_inclusive(|b| *b == b'\n') {
            match chunk.strip_suffix(b"\n") {
                Some(line) => {
                    self.line.extend_from_slice(line);
                    self.emit()?;
                }
                None => self.line.extend_from_slice(chunk),
            }
        }
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// `line` cut at spaces into lines of at most `width` characters, continuation lines indented
/// under the text of a `  • ` bullet or an indented note. A word longer than the width (a bare
/// URL) gets a line of its own and may overflow: cutting it would break the link.
pub fn wrap(line: &str, width: Option<usize>) -> Vec<String> {
    let Some(width) = width.filter(|w| *w > 0) else {
        return vec![line.to_owned()];
    };
    if line.chars().count() <= width {
        return vec![line.to_owned()];
    }
    let body = line.trim_start_matches(' ');
    let lead = line.len() - body.len();
    let hang = lead + if body.starts_with("• ") { 2 } else { 0 };
    let hang = if hang >= width / 2 { 0 } else { hang };
    let mut lines = Vec::new();
    let mut current = " ".repeat(lead);
    let mut current_len = lead;
    let mut empty = true;
    for word in body.split(' ').filter(|w| !w.is_empty()) {
        let len = word.chars().count();
        if !empty && current_len + 1 + len > width {
            lines.push(std::mem::replace(&mut current, " ".repeat(hang)));
            current_len = hang;
            empty = true;
        }
        if !empty {
            current.push(' ');
            current_len += 1;
        }
        current.push_str(word);
        current_len += len;
        empty = false;
    }
    lines.push(current);
    lines
}

/// What the member's writing may reveal: counts per flag and what to do.
fn render_sensitive(report: &Report, messages: &Messages, out: &mut dyn Write) -> io::Result<()> {
    let Some(view) = sentences::reveal::view(report, messages) else {
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

/// The member's situation and the short "next steps" block (texts from [`sentences::member`]).
fn render_next_steps(report: &Report, messages: &Messages, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out)?;
    let mut situation = sentences::member::situation_lines(&report.member, messages);
    // The age is the member's own: said only at the private level (see crate::disclosure).
    if !crate::disclosure::shows_age_line(report) {
        situation.truncate(1);
        if report.member.minor == Some(true) {
            situation.push(messages.get("html-minor"));
        }
    }
    for line in situation {
        writeln!(out, "{}", for_terminal(&line))?;
    }
    for line in sentences::member::next_steps_lines(report, messages) {
        writeln!(out, "{}", for_terminal(&line))?;
    }
    Ok(())
}

/// The message for a file warning.
pub fn warning_text(warning: &Warning, messages: &Messages) -> String {
    let column = warning.column().map(for_terminal).unwrap_or_default();
    messages.format(
        warning.message_id(),
        &[
            ("detail", Arg::Text(&column)),
            ("count", Arg::Num(warning.count().unwrap_or(0))),
        ],
    )
}

/// One note under the table: `  path: text`, or `  text` when the path is hidden (redacted).
fn note_line(path: &str, text: &str, messages: &Messages) -> String {
    format!(
        "  {}",
        sentences::about_file(&for_terminal(path), text, messages)
    )
}

/// Problems, unrecognised files and file warnings, after the table.
fn render_notes(report: &Report, messages: &Messages, out: &mut dyn Write) -> io::Result<()> {
    let input_name = |index: usize| {
        report
            .inputs
            .get(index)
            .map(|input| for_terminal(&input.path))
            .filter(|name| !name.is_empty())
            .map(|name| format!(" ({name})"))
            .unwrap_or_default()
    };
    if !report.problems.is_empty() {
        writeln!(out, "{}", messages.get("problems-heading"))?;
        for problem in &report.problems {
            let text = format!(
                "{}{}",
                problem.reason.message(messages),
                input_name(problem.input)
            );
            writeln!(out, "{}", note_line(&problem.path, &text, messages))?;
        }
    }
    if !report.unrecognised.is_empty() {
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
            let count = messages.format("count-records", &[("count", Arg::Num(file.records))]);
            writeln!(
                out,
                "{}",
                note_line(&file.path, &format!("{count}{columns}"), messages)
            )?;
        }
    }
    let warned: Vec<_> = report
        .files
        .iter()
        .filter(|f| !f.warnings.is_empty())
        .collect();
    if !warned.is_empty() {
        writeln!(out, "{}", messages.get("warnings-heading"))?;
        for file in warned {
            for warning in &file.warnings {
                writeln!(
                    out,
                    "{}",
                    note_line(&file.path, &warning_text(warning, messages), messages)
                )?;
            }
        }
    }
    Ok(())
}
