//! linkedin-exposure: what of a LinkedIn member's data export falls under LinkedIn's
//! generative-AI training. The binary turns arguments into a [`Config`] and calls [`run`];
//! everything else lives here: reading the export ([`archive`], [`csv_dialect`], [`dates`]),
//! classifying it ([`catalog`], [`policy`]), counting ([`analyse`]) and reporting ([`report`]).

pub mod analyse;
pub mod archive;
pub mod articles;
pub mod catalog;
pub mod cli;
pub mod csv_dialect;
pub mod dates;
pub mod disclosure;
pub mod i18n;
pub mod identity;
pub mod letter;
pub mod member;
pub mod names;
pub mod output;
pub mod policy;
pub mod report;
pub mod review_list;
pub mod sanitize;
pub mod words;

use std::io::{self, Write};
use std::path::PathBuf;

use analyse::{AnalysisError, AnalysisOptions};
use i18n::{Arg, Messages};
use output::OutputError;
use report::build::ReportContext;
use report::table::TableOptions;

/// Where a rendering goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Destination {
    Stdout,
    File(PathBuf),
}

/// Everything a run needs, free of any argument-parsing detail.
#[derive(Clone, Debug)]
pub struct Config {
    pub inputs: Vec<PathBuf>,
    pub json: Option<Destination>,
    pub html: Option<PathBuf>,
    /// The GDPR art. 21 objection letter.
    pub letter: Option<PathBuf>,
    /// The CSV review list of every item under AI training.
    pub items: Option<PathBuf>,
    /// The member's region when given; otherwise inferred from the profile.
    pub region: Option<member::Region>,
    pub language: &'static str,
    /// How much of the member the outputs disclose.
    pub disclosure: disclosure::Disclosure,
    pub quiet: bool,
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
}

impl RunError {
    pub fn exit_code(&self) -> ExitCode {
        ExitCode::Failed
    }

    /// The one-line message in the member's language: what, where, what to do.
    pub fn localized(&self, messages: &Messages) -> String {
        use archive::InputError as E;
        let path = |path: &std::path::Path| sanitize::for_terminal(&path.display().to_string());
        let with_path = |id: &str, shown: &str| messages.format(id, &[("path", Arg::Text(shown))]);
        let with_detail = |id: &str, shown: &str, detail: &str| {
            messages.format(
                id,
                &[
                    ("path", Arg::Text(shown)),
                    ("detail", Arg::Text(&sanitize::for_terminal(detail))),
                ],
            )
        };
        match self {
            RunError::Analysis(AnalysisError::Input(error)) => match error {
                E::NotFound { path: p } => with_path("error-not-found", &path(p)),
                E::Empty { path: p } => with_path("error-empty", &path(p)),
                E::IncompleteDownload { path: p } => with_path("error-incomplete", &path(p)),
                E::NotAnArchive { path: p, detected } => {
                    let what = messages.get(&format!("detected-{}", detected_id(detected)));
                    with_detail("error-not-an-archive", &path(p), &what)
                }
                E::Corrupt { path: p, detail } => with_detail("error-corrupt", &path(p), detail),
                E::Unsupported { path: p, detail } => {
                    with_detail("error-unsupported", &path(p), detail)
                }
                E::TooManyEntries { path: p, limit } => messages.format(
                    "error-too-many-entries",
                    &[
                        ("path", Arg::Text(&path(p))),
                        ("limit", Arg::Num(*limit as u64)),
                    ],
                ),
                E::Unreadable { path: p, source } => {
                    with_detail("error-unreadable", &path(p), &source.to_string())
                }
            },
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
            RunError::Output(OutputError::WouldOverwriteInput { path: p }) => {
                with_path("error-output-is-input", &sanitize::for_terminal(p))
            }
            RunError::Output(OutputError::Write { path: p, source }) => with_detail(
                "error-output-write",
                &sanitize::for_terminal(p),
                &source.to_string(),
            ),
            RunError::Terminal(source) => messages.format(
                "error-terminal",
                &[("detail", Arg::Text(&source.to_string()))],
            ),
        }
    }

    /// Whether the error is only a closed pipe (`linkedin-exposure … | head`): exit quietly.
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, RunError::Terminal(error) if error.kind() == io::ErrorKind::BrokenPipe)
    }
}

/// The message-id suffix for what a non-archive input turned out to be.
fn detected_id(detected: &str) -> &'static str {
    match detected {
        "a PDF" => "pdf",
        "a text or CSV file" => "text",
        "a web page (HTML)" => "html",
        "a gzip file" => "gzip",
        "a 7-Zip archive" => "7z",
        "a RAR archive" => "rar",
        "a tar archive" => "tar",
        "not a regular file (a pipe or a device)" => "device",
        _ => "unknown",
    }
}

/// Runs the analysis and writes every output the config asks for.
pub fn run(
    config: &Config,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> Result<ExitCode, RunError> {
    // Every output is checked before any is written, so a refused one leaves no other behind.
    let json_file = match &config.json {
        Some(Destination::File(path)) => Some(path),
        _ => None,
    };
    for path in [
        json_file,
        config.html.as_ref(),
        config.letter.as_ref(),
        config.items.as_ref(),
    ]
    .into_iter()
    .flatten()
    {
        output::check_not_input(path, &config.inputs)?;
    }
    let messages = Messages::new(config.language);
    let mut options = config.analysis.clone();
    options.collect_items |= config.items.is_some();
    let analysis = analyse::analyse(&config.inputs, &options)?;
    let context = ReportContext {
        today: config.today,
        language: config.language.to_owned(),
        redact: config.disclosure == disclosure::Disclosure::Redacted,
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

    match &config.json {
        Some(Destination::Stdout) => report::json::render(&report, stdout)?,
        Some(Destination::File(path)) => {
            output::write_file(path, &config.inputs, |w| report::json::render(&report, w))?
        }
        None => {}
    }
    if config.json != Some(Destination::Stdout) {
        report::table::render(&report, &messages, config.table, stdout)?;
    }
    let mut written = Vec::new();
    if let Some(Destination::File(path)) = &config.json {
        written.push(path.clone());
    }
    if let Some(path) = &config.html {
        output::write_file(path, &config.inputs, |w| {
            report::html::render(&report, &messages, w)
        })?;
        written.push(path.clone());
    }
    if let Some(path) = &config.letter {
        output::write_file(path, &config.inputs, |w| {
            letter::render(&report, &letter.as_analysis(), &messages, w)
        })?;
        written.push(path.clone());
    }
    if let Some(path) = &config.items {
        output::write_file(path, &config.inputs, |w| {
            review_list::render(&review, &messages, w)
        })?;
        written.push(path.clone());
    }
    if !config.quiet {
        for path in written {
            writeln!(
                stderr,
                "{}",
                messages.format(
                    "written",
                    &[("path", Arg::Text(&path.display().to_string()))]
                )
            )?;
        }
    }
    stdout.flush()?;
    Ok(if report.problems.is_empty() {
        ExitCode::Analysed
    } else {
        ExitCode::Partial
    })
}
