//! STUB (temporary): the member helper replaces this file. The review list: every item under
//! AI training as CSV, with spreadsheet formulas neutralised.

use std::io::{self, Write};

use crate::analyse::ReviewItem;
use crate::i18n::Messages;

pub fn render(items: &[ReviewItem], messages: &Messages, out: &mut dyn Write) -> io::Result<()> {
    let _ = (items, messages);
    out.write_all(b"")
}
