//! linkedin-exposure: what of a LinkedIn member's data export falls under LinkedIn's
//! generative-AI training. The binary turns arguments into a [`Config`] and calls [`run`];
//! everything else lives here: reading the export ([`archive`], [`csv_dialect`], [`dates`]),
//! classifying it ([`catalog`], [`policy`]), counting ([`analyse`]) and reporting ([`report`]).

pub mod analyse;
pub mod archive;
pub mod articles;
pub mod authorities;
pub mod catalog;
pub mod cli;
pub mod csv_dialect;
pub mod dates;
pub mod disclosure;
pub mod generate;
pub mod headers;
pub mod i18n;
pub mod identity;
pub mod letter;
pub mod member;
pub mod memory;
pub mod names;
pub mod output;
pub mod places;
pub mod policy;
pub mod report;
pub mod review_list;
pub mod sanitize;
pub mod sensitive;
pub mod transcode;
pub mod transcript;
pub mod words;

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use analyse::{AnalysisError, AnalysisOptions};
use i18n::{Arg, Messages};
use output::{OutputError, OutputKind, Written};
use report::build::ReportContext;
use report::table::TableOptions;

/// Where a rendering goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Destination {
    Stdout,
    File(PathBuf),
}

/// Where the HTML report goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HtmlOutput {
    /// `--html PATH`.
    Path(PathBuf),
    /// In the working folder, named after the export date ([`default_html_name`]), so that
    /// the reports of two exports never replace each other.
    NamedAfterExport,
}

/// The default report's file name: `linkedin-ai-exposure-YYYY-MM-DD.html` after the export
/// date (`YYYY-MM-DD…`), `linkedin-ai-exposure.html` when the export date is unknown.
pub fn default_html_name(export_date: Option<&str>) -> String {
    match export_date.and_then(|date| date.get(..10)) {
        Some(day) if day.bytes().all(|b| b.is_ascii_digit() || b == b'-') => {
            format!("linkedin-ai-exposure-{day}.html")
        }
        _ => "linkedin-ai-exposure.html".to_owned(),
    }
}

/// Everything a run needs, free of any argument-parsing detail.
#[derive(Clone, Debug)]
pub struct Config {
    pub inputs: Vec<PathBuf>,
    pub json: Option<Destination>,
    pub html: Option<HtmlOutput>,
    /// The objection letter (or request), per the member's region.
    pub letter: Option<PathBuf>,
    /// The CSV review list of every item under AI training.
    pub items: Option<PathBuf>,
    /// The member's region when given; otherwise inferred from the profile.
    pub region: Option<member::Region>,
    pub language: &'static str,
    /// How much of the member the outputs disclose.
    pub disclosure: disclosure::Disclosure,
    pub quiet: bool,
    /// The terminal shows OSC 8 hyperlinks: the report's link is written as one.
    pub hyperlinks: bool,
    pub table: TableOptions,
    pub today: jiff::civil::Date,
    pub analysis: AnalysisOptions,
}

/// How a run ended, as the process exit code says it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExitCode {
    /// Everything analysed.
    Analysed = 0,
    /// Analysed, but some entries could not be read (each is listed).
    Partial = 1,
    /// Nothing analysable, bad arguments, or an output could not be written.
    Failed = 2,
}

#[derive(Debug, thiserror::Error)]
pub enum RunError {
    #[error(transparent)]
    Analysis(#[from] AnalysisError),
    #[error(transparent)]
    Output(#[from] OutputError),
    #[error("cannot write to the terminal: {0}")]
    Terminal(#[from] io::Error),
    /// `--objected-on` after the run's date, or before LinkedIn existed.
    #[error("--objected-on {date}: not a day between 2003 and today")]
    ObjectedOnOutOfRange { date: jiff::civil::Date },
}

impl RunError {
    pub fn exit_code(&self) -> ExitCode {
        ExitCode::Failed
    }

    /// The one-line message in the member's language: what, where, what to do.
    pub fn localized(&self, messages: &Messages) -> String {
        let with_path = |id: &str, shown: &str| messages.format(id, &[("path", Arg::Text(shown))]);
        match self {
            RunError::Analysis(AnalysisError::Input(error)) => error.message(messages),
            RunError::Analysis(AnalysisError::Undecodable { path: p }) => {
                with_path("error-undecodable", &sanitize::for_terminal(p))
            }
            RunError::Analysis(AnalysisError::NothingReadable {
                path: p,
                count,
                detail,
            }) => messages.format(
                "error-nothing-readable",
                &[
                    ("path", Arg::Text(&sanitize::for_terminal(p))),
                    ("count", Arg::Num(*count as u64)),
                    ("detail", Arg::Text(&detail.message(messages))),
                ],
            ),
            RunError::Analysis(AnalysisError::NestedZip { path: p, inner }) => messages.format(
                "error-nested-zip",
                &[
                    ("path", Arg::Text(&sanitize::for_terminal(p))),
                    ("inner", Arg::Text(&sanitize::for_terminal(inner))),
                ],
            ),
            RunError::Analysis(AnalysisError::FolderOfZips {
                path: p,
                zips,
                count,
                newest,
            }) => {
                let mut listed: Vec<String> = zips
                    .iter()
                    .map(|zip| format!("\"{}\"", sanitize::for_terminal(zip)))
                    .collect();
                if *count > zips.len() {
                    listed.push("…".to_owned());
                }
                messages.format(
                    "error-folder-of-zips",
                    &[
                        ("path", Arg::Text(&sanitize::for_terminal(p))),
                        ("count", Arg::Num(*count as u64)),
                        ("zips", Arg::Text(&listed.join(", "))),
                        ("newest", Arg::Text(&sanitize::for_terminal(newest))),
                    ],
                )
            }
            RunError::Analysis(AnalysisError::NothingRecognised { path: p }) => {
                with_path("error-nothing-recognised", &sanitize::for_terminal(p))
            }
            RunError::Analysis(AnalysisError::TwoMembers {
                first_path,
                first,
                second_path,
                second,
            }) => messages.format(
                "error-two-members",
                &[
                    ("first", Arg::Text(&sanitize::for_terminal(first))),
                    ("first_path", Arg::Text(&sanitize::for_terminal(first_path))),
                    ("second", Arg::Text(&sanitize::for_terminal(second))),
                    (
                        "second_path",
                        Arg::Text(&sanitize::for_terminal(second_path)),
                    ),
                ],
            ),
            RunError::Output(error) => {
                let flag = |kind: &OutputKind| Arg::Text(kind.flag());
                let text = |p: &str| sanitize::for_terminal(p);
                match error {
                    OutputError::WouldOverwriteInput { path: p, kind } => messages.format(
                        "error-output-is-input",
                        &[("path", Arg::Text(&text(p))), ("flag", flag(kind))],
                    ),
                    OutputError::InsideInput {
                        path: p,
                        input,
                        kind,
                    } => messages.format(
                        "error-output-inside-input",
                        &[
                            ("path", Arg::Text(&text(p))),
                            ("input", Arg::Text(&text(input))),
                            ("flag", flag(kind)),
                        ],
                    ),
                    OutputError::IsFolder { path: p, kind } => messages.format(
                        "error-output-is-folder",
                        &[("path", Arg::Text(&text(p))), ("flag", flag(kind))],
                    ),
                    OutputError::NotRegular { path: p, kind } => messages.format(
                        "error-output-not-regular",
                        &[("path", Arg::Text(&text(p))), ("flag", flag(kind))],
                    ),
                    OutputError::SamePath {
                        path: p,
                        first,
                        second,
                    } => messages.format(
                        "error-output-same-path",
                        &[
                            ("path", Arg::Text(&text(p))),
                            ("first", flag(first)),
                            ("second", flag(second)),
                        ],
                    ),
                    OutputError::Write {
                        path: p,
                        kind,
                        source,
                    } => messages.format(
                        "error-output-write",
                        &[
                            ("path", Arg::Text(&text(p))),
                            ("detail", Arg::Text(&text(&source.to_string()))),
                            ("flag", flag(kind)),
                        ],
                    ),
                }
            }
            RunError::Terminal(source) => messages.format(
                "error-terminal",
                &[("detail", Arg::Text(&source.to_string()))],
            ),
            RunError::ObjectedOnOutOfRange { date } => messages.format(
                "error-objected-on",
                &[("date", Arg::Text(&date.to_string()))],
            ),
        }
    }

    /// Whether the error is only a closed pipe (`linkedin-exposure … | head`): exit quietly.
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, RunError::Terminal(error) if error.kind() == io::ErrorKind::BrokenPipe)
    }
}

/// The outputs given a path, with the flag each came from (the default report's name is
/// only known after the analysis).
fn given_outputs(config: &Config) -> Vec<(OutputKind, &Path)> {
    let mut outputs = Vec::new();
    if let Some(Destination::File(path)) = &config.json {
        outputs.push((OutputKind::Json, path.as_path()));
    }
    if let Some(HtmlOutput::Path(path)) = &config.html {
        outputs.push((OutputKind::Html, path.as_path()));
    }
    if let Some(path) = &config.letter {
        outputs.push((OutputKind::Letter, path.as_path()));
    }
    if let Some(path) = &config.items {
        outputs.push((OutputKind::Items, path.as_path()));
    }
    outputs
}

/// `file://` URL of an absolute path: every byte outside the unreserved set and `/` is
/// percent-encoded, so the URL is also safe to print on a terminal.
pub fn file_url(path: &Path) -> String {
    let mut text = path.to_string_lossy().into_owned();
    if cfg!(windows) {
        text = text.replace('\\', "/");
    }
    let mut url = String::from("file://");
    if !text.starts_with('/') {
        url.push('/');
    }
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"/-._~:".contains(&byte) {
            url.push(char::from(byte));
        } else {
            url.push_str(&format!("%{byte:02X}"));
        }
    }
    url
}

/// Runs the analysis and writes every output the config asks for.
pub fn run(
    config: &Config,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> Result<ExitCode, RunError> {
    // Every output is checked before the analysis, so that a mistake costs no wait, and a
    // refused output leaves no other behind.
    let given = given_outputs(config);
    output::check_distinct(&given)?;
    for (kind, path) in &given {
        output::check(path, &config.inputs, *kind)?;
    }
    if config.html == Some(HtmlOutput::NamedAfterExport) {
        output::check_folder(
            Path::new(&default_html_name(None)),
            &config.inputs,
            OutputKind::Html,
            true,
        )?;
    }
    if let Some(date) = config.analysis.objected_on
        && (date > config.today || date.year() < 2003)
    {
        return Err(RunError::ObjectedOnOutOfRange { date });
    }
    let messages = Messages::new(config.language);
    let mut options = config.analysis.clone();
    options.collect_items |= config.items.is_some();
    let inputs: Vec<archive::InputSpec> = config.inputs.iter().cloned().map(Into::into).collect();
    let analysis = analyse::analyse(&inputs, &options)?;
    let context = ReportContext {
        today: config.today,
        language: config.language.to_owned(),
        redact: config.disclosure == disclosure::Disclosure::Redacted,
        objected_on: config.analysis.objected_on,
    };
    let mut report = report::build::build(&analysis, &context);
    report.member = member::assess(&analysis.profile, config.region, config.today);
    report.guidance = member::guidance(&report.member);
    // From here on, every output reads what the disclosure level lets through, and only that.
    let disclosure::Disclosed {
        report,
        review,
        letter,
    } = disclosure::disclose(
        report,
        &analysis,
        config.disclosure,
        &messages.get("name-mark"),
    );
    drop(analysis);

    let html_path = match &config.html {
        Some(HtmlOutput::Path(path)) => Some(path.clone()),
        Some(HtmlOutput::NamedAfterExport) => {
            let path = PathBuf::from(default_html_name(report.export_date.as_deref()));
            // Now that it has a name: not another output's path.
            let mut all = given_outputs(config);
            all.push((OutputKind::Html, path.as_path()));
            output::check_distinct(&all)?;
            output::check(&path, &config.inputs, OutputKind::Html)?;
            Some(path)
        }
        None => None,
    };

    let mut written: Vec<(PathBuf, Written)> = Vec::new();
    match &config.json {
        Some(Destination::Stdout) => report::json::render(&report, stdout)?,
        Some(Destination::File(path)) => {
            let outcome = output::write_file(path, &config.inputs, OutputKind::Json, |w| {
                report::json::render(&report, w)
            })?;
            written.push((path.clone(), outcome));
        }
        None => {}
    }
    let json_on_stdout = config.json == Some(Destination::Stdout);
    if !json_on_stdout {
        report::table::render(&report, &messages, config.table, stdout)?;
    }
    if let Some(path) = &html_path {
        let outcome = output::write_file(path, &config.inputs, OutputKind::Html, |w| {
            report::html::render(&report, &messages, w)
        })?;
        written.push((path.clone(), outcome));
    }
    if let Some(path) = &config.letter {
        let outcome = output::write_file(path, &config.inputs, OutputKind::Letter, |w| {
            let report = report::Report {
                member: letter.member.clone(),
                ..report.clone()
            };
            letter::render(&report, &letter.as_analysis(), &messages, w)
        })?;
        written.push((path.clone(), outcome));
    }
    if let Some(path) = &config.items {
        let outcome = output::write_file(path, &config.inputs, OutputKind::Items, |w| {
            review_list::render(&review, &messages, w)
        })?;
        written.push((path.clone(), outcome));
    }
    // What was written follows the table; with the JSON on standard output, it goes to the
    // error stream so that the JSON stays whole.
    // Said even with --quiet: the letter is not ready to send until the member fills it in.
    if config.letter.is_some() {
        for line in letter::reminders(&report, &messages) {
            writeln!(stderr, "{line}")?;
        }
    }
    let notices: &mut dyn Write = if json_on_stdout { stderr } else { stdout };
    if !config.quiet {
        write_notices(notices, &messages, &written, html_path.as_deref(), config)?;
    }
    notices.flush()?;
    Ok(if report.problems.is_empty() {
        ExitCode::Analysed
    } else {
        ExitCode::Partial
    })
}

/// One line per file written (saying when it replaced one), then how to open the report and,
/// last, its absolute path as a `file://` link (an OSC 8 hyperlink where the terminal shows
/// them).
fn write_notices(
    out: &mut dyn Write,
    messages: &Messages,
    written: &[(PathBuf, Written)],
    html: Option<&Path>,
    config: &Config,
) -> io::Result<()> {
    for (path, outcome) in written {
        let id = match outcome {
            Written::New => "written",
            Written::Replaced => "replaced",
        };
        let shown = sanitize::for_terminal(&path.display().to_string());
        writeln!(
            out,
            "{}",
            messages.format(id, &[("path", Arg::Text(&shown))])
        )?;
    }
    let Some(html) = html else {
        return Ok(());
    };
    let absolute = std::fs::canonicalize(html).unwrap_or_else(|_| output::absolute(html));
    let url = file_url(&absolute);
    writeln!(out, "{}", messages.get("report-open"))?;
    if config.hyperlinks {
        writeln!(out, "\x1b]8;;{url}\x1b\\{url}\x1b]8;;\x1b\\")
    } else {
        writeln!(out, "{url}")
    }
}
