//! Dates as LinkedIn exports write them.
//!
//! This module owns reading every date format of the export into a
//! [`PartialDate`] that keeps the precision of its text: a position that "Started On" `2017`
//! is not 1 January 2017. It also reads Profile.csv birth dates ([`BirthDate`], the year is
//! optional) and the date in an archive's file name ([`date_from_archive_name`]).
//!
//! A value in none of the known formats is "undated" (`None`), never an error. Export times
//! are UTC; the `UTC`/`GMT`/`Z` suffixes are accepted and not stored, and no time-zone
//! conversion happens.
//!
//! Speed: messages.csv can hold millions of rows, so the fixed-width numeric formats
//! (`YYYY-MM-DD HH:MM:SS UTC`, `YYYY/MM/DD…`) go through a byte-level parser that does not
//! allocate, and [`DateParser`] tries first the format that matched last (a file uses one
//! format). The text formats use a small byte cursor; the two fixed machine formats
//! (`Tue Jun 20 12:25:51 UTC 2023`, `04 Jul 2023`) go through `jiff::fmt::strtime`.
//!
//! The formats are mutually exclusive by shape (what the first bytes look like), so at most
//! one of them accepts a given text: this is what makes [`DateParser`]'s reordering give the
//! same answers as [`parse`].
//!
//! - `partial`: [`PartialDate`], [`Precision`] and the checks every date goes through.
//! - `parse`: the list of formats, [`parse`], [`DateParser`] and the text normalisation.
//! - `shapes`: one parser per date shape.
//! - `birth`: Profile.csv birth dates; `archive_name`: the date in an archive's file name.

mod archive_name;
mod birth;
mod parse;
mod partial;
mod shapes;
#[cfg(test)]
mod test_support;

pub use archive_name::date_from_archive_name;
pub use birth::{BirthDate, parse_birth_date};
pub use parse::{DateParser, parse};
pub use partial::{MAX_YEAR, MIN_YEAR, PartialDate, Precision};
