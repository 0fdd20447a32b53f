//! One command-line run: every output path checked before the analysis, the engine asked
//! once, then each requested output written where its flag says, and the lines that tell the
//! member where their report is.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use linkedin_exposure::analyse::{AnalysisOptions, NoProgress, Progress};
use linkedin_exposure::disclosure::Disclosure;
use linkedin_exposure::engine::{self, EngineError, ExitCode, Outcome, Request};
use linkedin_exposure::i18n::{Arg, Messages};
use linkedin_exposure::member::Region;
use linkedin_exposure::report::table::TableOptions;
use linkedin_exposure::{Format, sanitize};

use super::output::{self, OutputError, Written};
use super::progress_bar::ProgressBar;

/// Where the JSON goes.
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
/// date, `linkedin-ai-exposure.html` when the export date is unknown.
pub fn default_html_name(export_date: Option<jiff::civil::Date>) -> String {
    match export_date {
        Some(day) => format!("linkedin-ai-exposure-{day}.html"),
        None => "linkedin-ai-exposure.html".to_owned(),
    }
}

/// Everything a run needs, free of any argument-parsing detail.
#[derive(Clone, Debug)]
pub struct Config {
    pub inputs: Vec<PathBuf>,
    pub json: Option<Destination>,
    pub html: Option<HtmlOutput>,
    /// The other outputs written to a path, in the order their flags are listed (`--letter`,
    /// `--items`): a new format only adds its flag's pair here.
    pub files: Vec<(Format, PathBuf)>,
    /// The member's region when given; otherwise inferred from the profile.
    pub region: Option<Region>,
    pub language: &'static str,
    /// How much of the member the outputs disclose.
    pub disclosure: Disclosure,
    pub quiet: bool,
    /// The terminal shows OSC 8 hyperlinks: the report's link is written as one.
    pub hyperlinks: bool,
    pub table: TableOptions,
    pub today: jiff::civil::Date,
    pub analysis: AnalysisOptions,
}

/// Where one requested output goes.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Target {
    Stdout,
    File(PathBuf),
    /// The HTML report's default name, known once the export date is.
    NamedAfterExport,
}

impl Config {
    /// Every requested output, in the order they are written: the JSON, the table (unless
    /// the JSON takes standard output), the page, then the other files.
    fn outputs(&self) -> Vec<(Format, Target)> {
        let mut outputs = Vec::new();
        match &self.json {
            Some(Destination::Stdout) => outputs.push((Format::Json, Target::Stdout)),
            Some(Destination::File(path)) => {
                outputs.push((Format::Json, Target::File(path.clone())));
            }
            None => {}
        }
        if !self.json_on_stdout() {
            outputs.push((Format::Table, Target::Stdout));
        }
        match &self.html {
            Some(HtmlOutput::Path(path)) => {
                outputs.push((Format::Html, Target::File(path.clone())))
            }
            Some(HtmlOutput::NamedAfterExport) => {
                outputs.push((Format::Html, Target::NamedAfterExport));
            }
            None => {}
        }
        for (format, path) in &self.files {
            outputs.push((*format, Target::File(path.clone())));
        }
        outputs
    }

    fn writes(&self, format: Format) -> bool {
        self.files.iter().any(|(written, _)| *written == format)
    }

    fn json_on_stdout(&self) -> bool {
        self.json == Some(Destination::Stdout)
    }

    fn request(&self) -> Request {
        let mut analysis = self.analysis.clone();
        analysis.collect_items |= self.writes(Format::Items);
        Request {
            inputs: self.inputs.iter().cloned().map(Into::into).collect(),
            region: self.region,
            language: self.language,
            disclosure: self.disclosure,
            today: self.today,
            analysis,
            table: self.table,
        }
    }
}

/// Why a run stopped (exit code 2).
#[derive(Debug)]
pub enum RunError {
    Engine(EngineError),
    Output(OutputError),
    /// Standard output or error could not be written.
    Terminal(io::Error),
}

impl From<EngineError> for RunError {
    fn from(error: EngineError) -> Self {
        RunError::Engine(error)
    }
}

impl From<OutputError> for RunError {
    fn from(error: OutputError) -> Self {
        RunError::Output(error)
    }
}

impl From<io::Error> for RunError {
    fn from(error: io::Error) -> Self {
        RunError::Terminal(error)
    }
}

impl RunError {
    pub fn exit_code(&self) -> ExitCode {
        ExitCode::Failed
    }

    /// The one-line message in the member's language: what, where, what to do.
    pub fn localised(&self, messages: &Messages) -> String {
        match self {
            RunError::Engine(error) => error.localised(messages),
            RunError::Output(error) => error.localised(messages),
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

/// The outputs given a path, with the flag each came from (the default report's name is
/// only known after the analysis).
fn given_paths(outputs: &[(Format, Target)]) -> Vec<(Format, &Path)> {
    outputs
        .iter()
        .filter_map(|(format, target)| match target {
            Target::File(path) => Some((*format, path.as_path())),
            _ => None,
        })
        .collect()
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

/// Checks every output path before the analysis, so that a mistake costs no wait and a
/// refused output leaves no other behind.
fn check_outputs(config: &Config, outputs: &[(Format, Target)]) -> Result<(), OutputError> {
    let given = given_paths(outputs);
    output::check_distinct(&given)?;
    for (format, path) in &given {
        output::check(path, &config.inputs, *format)?;
    }
    if outputs
        .iter()
        .any(|(_, target)| *target == Target::NamedAfterExport)
    {
        output::check_folder(
            Path::new(&default_html_name(None)),
            &config.inputs,
            Format::Html,
            true,
        )?;
    }
    Ok(())
}

/// The default report's path, now that the export date is known: not another output's.
fn name_after_export(
    config: &Config,
    outputs: &[(Format, Target)],
    outcome: &Outcome,
) -> Result<PathBuf, OutputError> {
    let path = PathBuf::from(default_html_name(outcome.report().export_date));
    let mut all = given_paths(outputs);
    all.push((Format::Html, path.as_path()));
    output::check_distinct(&all)?;
    output::check(&path, &config.inputs, Format::Html)?;
    Ok(path)
}

/// Runs the analysis and writes every output the config asks for.
pub fn run(
    config: &Config,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> Result<ExitCode, RunError> {
    let outputs = config.outputs();
    check_outputs(config, &outputs)?;
    let bar = (!config.quiet).then(ProgressBar::stderr);
    let progress: &dyn Progress = match &bar {
        Some(bar) => bar,
        None => &NoProgress,
    };
    let outcome = engine::analyse(&config.request(), progress)?;

    let mut written: Vec<(PathBuf, Written)> = Vec::new();
    let mut html_path = None;
    for (format, target) in &outputs {
        let path = match target {
            Target::Stdout => {
                outcome.render(*format, stdout)?;
                continue;
            }
            Target::File(path) => path.clone(),
            Target::NamedAfterExport => name_after_export(config, &outputs, &outcome)?,
        };
        let result = output::write_file(&path, &config.inputs, *format, |w| {
            outcome.render(*format, w)
        })?;
        if *format == Format::Html {
            html_path = Some(path.clone());
        }
        written.push((path, result));
    }
    // Said even with --quiet: the letter is not ready to send until the member fills it in.
    if config.writes(Format::Letter) {
        for line in outcome.letter_reminders() {
            writeln!(stderr, "{line}")?;
        }
    }
    // What was written follows the table; with the JSON on standard output, it goes to the
    // error stream so that the JSON stays whole.
    let notices: &mut dyn Write = if config.json_on_stdout() {
        stderr
    } else {
        stdout
    };
    if !config.quiet {
        write_notices(
            notices,
            outcome.messages(),
            &written,
            html_path.as_deref(),
            config,
        )?;
    }
    notices.flush()?;
    Ok(outcome.exit_code())
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_urls_percent_encode_everything_but_the_unreserved_set() {
        assert_eq!(
            file_url(Path::new(
                "/home/anne/Mes données/rapport d’exposition.html"
            )),
            "file:///home/anne/Mes%20donn%C3%A9es/rapport%20d%E2%80%99exposition.html"
        );
        assert_eq!(
            file_url(Path::new("/tmp/a\x1b]8;;x.html")),
            "file:///tmp/a%1B%5D8%3B%3Bx.html"
        );
    }

    #[test]
    fn the_default_report_is_named_after_the_export_day() {
        assert_eq!(
            default_html_name(Some(jiff::civil::date(2026, 11, 20))),
            "linkedin-ai-exposure-2026-11-20.html"
        );
        assert_eq!(default_html_name(None), "linkedin-ai-exposure.html");
    }
}
