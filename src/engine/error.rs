//! Why the engine could not produce a report, and the one line that says so to the member,
//! in their language: what, where, what to do. Every front end shows this same line.

use crate::analyse::AnalysisError;
use crate::i18n::{Arg, Messages};
use crate::sanitize;

/// Why nothing could be reported.
#[derive(Debug)]
pub enum EngineError {
    Analysis(AnalysisError),
    /// The day the member objected is after the run's date, or before LinkedIn existed.
    ObjectedOnOutOfRange {
        date: jiff::civil::Date,
    },
}

impl From<AnalysisError> for EngineError {
    fn from(error: AnalysisError) -> Self {
        EngineError::Analysis(error)
    }
}

impl std::fmt::Display for EngineError {
    /// The English line, for logs and tests; members read [`EngineError::localised`].
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.localised(&Messages::new("en")))
    }
}

impl std::error::Error for EngineError {}

impl EngineError {
    /// The one-line message in the member's language: what, where, what to do.
    pub fn localised(&self, messages: &Messages) -> String {
        let with_path = |id: &str, shown: &str| messages.format(id, &[("path", Arg::Text(shown))]);
        match self {
            EngineError::Analysis(AnalysisError::Input(error)) => error.message(messages),
            EngineError::Analysis(AnalysisError::Undecodable { path: p }) => {
                with_path("error-undecodable", &sanitize::for_terminal(p))
            }
            EngineError::Analysis(AnalysisError::NothingReadable {
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
            EngineError::Analysis(AnalysisError::NestedZip { path: p, inner }) => messages.format(
                "error-nested-zip",
                &[
                    ("path", Arg::Text(&sanitize::for_terminal(p))),
                    ("inner", Arg::Text(&sanitize::for_terminal(inner))),
                ],
            ),
            EngineError::Analysis(AnalysisError::FolderOfZips {
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
            EngineError::Analysis(AnalysisError::NothingRecognised { path: p }) => {
                with_path("error-nothing-recognised", &sanitize::for_terminal(p))
            }
            EngineError::Analysis(AnalysisError::TwoMembers {
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
            EngineError::ObjectedOnOutOfRange { date } => messages.format(
                "error-objected-on",
                &[("date", Arg::Text(&date.to_string()))],
            ),
        }
    }
}
