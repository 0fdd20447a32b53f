//! STUB (temporary): the member helper replaces this file. The GDPR article 21 objection
//! letter, plain text, in the report's language.

use std::io::{self, Write};

use crate::analyse::Analysis;
use crate::i18n::Messages;
use crate::report::Report;

pub fn render(
    report: &Report,
    analysis: &Analysis,
    messages: &Messages,
    out: &mut dyn Write,
) -> io::Result<()> {
    let _ = (report, analysis, messages);
    out.write_all(b"")
}
