//! The engine's front door, the same for every front end (the command line, the web page):
//! a [`Request`] in, an [`Outcome`] out that renders in any [`Format`]. It reads the inputs and
//! nothing else: no terminal, no clock (the caller says what day it is), no file written.

mod error;

use std::io::{self, Write};

pub use error::EngineError;

use crate::analyse::{self, AnalysisOptions, Progress};
use crate::archive::InputSpec;
use crate::disclosure::{self, Disclosed, Disclosure};
use crate::i18n::Messages;
use crate::member::Region;
use crate::render::{Format, View};
use crate::report::Report;
use crate::report::build::ReportContext;
use crate::report::table::TableOptions;

/// What to analyse, and how the outputs should speak.
#[derive(Clone, Debug)]
pub struct Request {
    /// The member's export: one or several archives (a Basic and a Complete one) or folders.
    pub inputs: Vec<InputSpec>,
    /// The member's region when they gave it; otherwise inferred from the profile.
    pub region: Option<Region>,
    /// A language code of [`crate::i18n::available`] (English when unknown).
    pub language: &'static str,
    /// How much of the member the outputs disclose.
    pub disclosure: Disclosure,
    /// The day of the report (the engine reads no clock).
    pub today: jiff::civil::Date,
    pub analysis: AnalysisOptions,
    /// How the terminal table is laid out.
    pub table: TableOptions,
}

/// How a run ended, as the command line's exit code says it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExitCode {
    /// Everything analysed.
    Analysed = 0,
    /// Analysed, but some entries could not be read (each is listed).
    Partial = 1,
    /// Nothing analysable, bad arguments, or an output could not be written.
    Failed = 2,
}

/// The analysed export at the requested disclosure level, ready to render.
pub struct Outcome {
    disclosed: Disclosed,
    messages: Messages,
    table: TableOptions,
}

/// Analyses the request's inputs and prepares every output at its disclosure level, telling
/// `progress` how far the pass got.
pub fn analyse(request: &Request, progress: &dyn Progress) -> Result<Outcome, EngineError> {
    if let Some(date) = request.analysis.objected_on
        && (date > request.today || date.year() < 2003)
    {
        return Err(EngineError::ObjectedOnOutOfRange { date });
    }
    let messages = Messages::new(request.language);
    // The private page quotes the flagged items: it needs them, as the review list does.
    let mut options = request.analysis.clone();
    options.collect_items |= request.disclosure == Disclosure::Private;
    let analysis = analyse::analyse(&request.inputs, &options, progress)?;
    let context = ReportContext {
        today: request.today,
        language: request.language.to_owned(),
        objected_on: request.analysis.objected_on,
        region: request.region,
    };
    let report = crate::report::build::build(&analysis, &context);
    // From here on, every output reads what the disclosure level lets through, and only that.
    let disclosed = disclosure::disclose(
        report,
        &analysis,
        request.disclosure,
        &messages.get("name-mark"),
    );
    Ok(Outcome {
        disclosed,
        messages,
        table: request.table,
    })
}

impl Outcome {
    /// The report model, at the requested disclosure level.
    pub fn report(&self) -> &Report {
        &self.disclosed.report
    }

    /// The messages of the member's language.
    pub fn messages(&self) -> &Messages {
        &self.messages
    }

    /// Writes one output.
    pub fn render(&self, format: Format, out: &mut dyn Write) -> io::Result<()> {
        let view = View::new(&self.disclosed, &self.messages, self.table);
        format.renderer().render(&view, out)
    }

    /// One output in memory.
    pub fn render_to_vec(&self, format: Format) -> io::Result<Vec<u8>> {
        let mut out = Vec::new();
        self.render(format, &mut out)?;
        Ok(out)
    }

    /// What the member must do before sending the letter.
    pub fn letter_reminders(&self) -> Vec<String> {
        crate::letter::reminders(&self.disclosed.report, &self.messages)
    }

    /// Analysed (0), or analysed with entries left out (1).
    pub fn exit_code(&self) -> ExitCode {
        if self.disclosed.report.problems.is_empty() {
            ExitCode::Analysed
        } else {
            ExitCode::Partial
        }
    }
}
