//! One interface for every output: the terminal table, the JSON, the HTML page, the objection
//! letter and the review list each implement [`Renderer`] over the same [`View`] (what the
//! disclosure level lets through, and the member's language). A front end loops over the
//! [`Format`]s it was asked for; adding a format is one renderer file, one variant here and
//! one flag in the front end.

use std::io::{self, Write};

use crate::disclosure::{Disclosed, LetterIdentity, ReviewList};
use crate::i18n::Messages;
use crate::report::Report;
use crate::report::table::TableOptions;

/// Everything a renderer may read: the disclosed outputs, never the analysis itself.
pub struct View<'a> {
    pub report: &'a Report,
    pub review: &'a ReviewList,
    pub letter: &'a LetterIdentity,
    pub messages: &'a Messages,
    pub table: TableOptions,
}

impl<'a> View<'a> {
    pub fn new(disclosed: &'a Disclosed, messages: &'a Messages, table: TableOptions) -> Self {
        View {
            report: &disclosed.report,
            review: &disclosed.review,
            letter: &disclosed.letter,
            messages,
            table,
        }
    }
}

/// Writes one output to any byte sink (a file, standard output, a `Vec<u8>` in tests and in
/// the web page).
pub trait Renderer: Sync {
    fn render(&self, view: &View<'_>, out: &mut dyn Write) -> io::Result<()>;
}

/// The outputs the engine renders.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Format {
    /// The summary table and the notes under it, for a terminal.
    Table,
    /// The report for other tools.
    Json,
    /// The self-contained page, to keep or share.
    Html,
    /// The objection letter (or request), per the member's region.
    Letter,
    /// The review list: every item under AI training, as CSV.
    Items,
}

impl Format {
    pub const ALL: [Format; 5] = [
        Format::Table,
        Format::Json,
        Format::Html,
        Format::Letter,
        Format::Items,
    ];

    pub fn renderer(self) -> &'static dyn Renderer {
        match self {
            Format::Table => &Table,
            Format::Json => &Json,
            Format::Html => &Html,
            Format::Letter => &Letter,
            Format::Items => &Items,
        }
    }

    /// The usual file extension of this output.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Table | Format::Letter => "txt",
            Format::Json => "json",
            Format::Html => "html",
            Format::Items => "csv",
        }
    }

    /// The media type a browser download of this output carries.
    pub fn media_type(self) -> &'static str {
        match self {
            Format::Table | Format::Letter => "text/plain;charset=utf-8",
            Format::Json => "application/json",
            Format::Html => "text/html;charset=utf-8",
            Format::Items => "text/csv;charset=utf-8",
        }
    }
}

struct Table;
struct Json;
struct Html;
struct Letter;
struct Items;

impl Renderer for Table {
    fn render(&self, view: &View<'_>, out: &mut dyn Write) -> io::Result<()> {
        crate::report::table::render(view.report, view.messages, view.table, out)
    }
}

impl Renderer for Json {
    fn render(&self, view: &View<'_>, out: &mut dyn Write) -> io::Result<()> {
        crate::report::json::render(view.report, out)
    }
}

impl Renderer for Html {
    fn render(&self, view: &View<'_>, out: &mut dyn Write) -> io::Result<()> {
        crate::report::html::render(view.report, view.messages, out)
    }
}

impl Renderer for Letter {
    fn render(&self, view: &View<'_>, out: &mut dyn Write) -> io::Result<()> {
        // The letter speaks of its writer as the letter's level allows (see
        // `crate::disclosure::LetterIdentity`), not as the shared report does.
        crate::letter::render(view.report, view.letter, view.messages, out)
    }
}

impl Renderer for Items {
    fn render(&self, view: &View<'_>, out: &mut dyn Write) -> io::Result<()> {
        crate::review_list::render(view.review, view.messages, out)
    }
}
