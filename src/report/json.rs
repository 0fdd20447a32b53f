//! The JSON renderer: the report model as is, schema version 1, for other tools.

use std::io::{self, Write};

use crate::report::Report;

/// Writes the report as pretty-printed JSON followed by a newline.
pub fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    // `io::Error::from` keeps a write error's kind: a closed pipe stays a closed pipe.
    serde_json::to_writer_pretty(&mut *out, report).map_err(io::Error::from)?;
    writeln!(out)
}
