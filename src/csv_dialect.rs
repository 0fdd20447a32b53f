//! Streaming CSV reader for LinkedIn's export dialect (reference §2).
//!
//! This module owns everything about turning the bytes of one export CSV file into records:
//! BOM, line endings, the `Connections.csv` preamble, per-file quote-escape detection
//! (`""` versus `\"`), the early-2024 unquoted multi-line messages of `Date` files, the
//! `LearningCoachMessages.csv` non-CSV text, placeholders, and bounded memory on hostile input.
//! It is built on `csv-core`, reads through one 64 KiB buffer and reuses record buffers, so
//! steady-state reading allocates nothing per record.

use std::borrow::Cow;
use std::cell::RefCell;
use std::io::{self, Read};

use csv_core::ReadRecordResult;

use crate::memory;

/// Size of the input buffer; the sniffed prefix is the first fill of this buffer.
const BUF_SIZE: usize = 64 * 1024;
/// Sink for bytes of fields that are cut or dropped.
const SCRATCH_SIZE: usize = 8 * 1024;
/// How many field ends csv-core may report per call (records with more fields just loop).
const ENDS_BATCH: usize = 128;
/// First allocation of a record's data buffer.
const MIN_RECORD_ROOM: usize = 1024;
/// Room a record keeps beyond `max_field_bytes` for its other fields: a record's fields
/// together never exceed `max_field_bytes + RECORD_SLACK` (later fields are cut), so one
/// hostile record costs one field's worth of memory, not one per column.
const RECORD_SLACK: usize = 1 << 20;
/// Record buffers up to this size grow by a fresh zeroed allocation and a copy.
const SMALL_GROWTH: usize = 64 << 10;
/// A record or join buffer that grew past this for one huge record is released afterwards,
/// so that the few buffers in rotation do not each keep a huge record's memory.
const SHRINK_ABOVE: usize = 4 << 20;
const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Limits that keep memory bounded whatever the input.
#[derive(Clone, Copy, Debug)]
pub struct ReaderLimits {
    /// Longest field kept, in bytes; a longer field is cut (at a UTF-8 character boundary),
    /// counted in [`ReadStats::truncated_fields`], and reading continues.
    pub max_field_bytes: usize,
    /// Most fields kept per record (header included); extra fields are dropped and counted in
    /// [`ReadStats::dropped_columns`]. At least one field is always kept.
    pub max_columns: usize,
    /// Most records read from one file (header excluded): reading the next one fails with
    /// [`TooManyRecords`]. Bytes limits bound the work per byte; this bounds the work per
    /// record, which a crafted file of gigabytes of tiny lines would otherwise multiply.
    pub max_records: u64,
}

/// The error [`CsvReader::read_record`] returns past [`ReaderLimits::max_records`].
#[derive(Debug, thiserror::Error)]
#[error("more than {limit} records")]
pub struct TooManyRecords {
    pub limit: u64,
}

impl Default for ReaderLimits {
    fn default() -> Self {
        Self {
            max_field_bytes: 16 * 1024 * 1024,
            max_columns: 10_000,
            max_records: 10_000_000,
        }
    }
}

/// What the reader detected about one file (for warnings and tests).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Dialect {
    /// The file started with a UTF-8 byte order mark (stripped).
    pub bom: bool,
    /// Lines skipped before the header (`Connections.csv`: `Notes:`, the note, an empty line).
    pub preamble_lines: usize,
    /// Quotes inside quoted fields are escaped as `\"` (2025+ `Comments.csv`, `Votes.csv`).
    pub backslash_escapes: bool,
    /// The file is not CSV at all (`LearningCoachMessages.csv`: `No conversations found`).
    pub not_csv: bool,
    /// The header's first column is `Date`, so lines that do not start with a date are joined
    /// to the previous record's last field (early-2024 unquoted multi-line messages).
    pub joins_unquoted_continuations: bool,
}

/// Counters over one file. Header fields count in `truncated_fields` and `dropped_columns`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReadStats {
    /// Records returned by [`CsvReader::read_record`].
    pub records: u64,
    /// Fields longer than `max_field_bytes` (cut).
    pub truncated_fields: u64,
    /// Fields beyond `max_columns` (dropped).
    pub dropped_columns: u64,
    /// Returned records containing invalid UTF-8.
    pub invalid_utf8_records: u64,
    /// Lines joined to the previous record (see [`Dialect::joins_unquoted_continuations`]).
    pub continuation_lines: u64,
}

/// The column names of a file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Header {
    names: Vec<String>,
}

impl Header {
    /// A header made of `names` (a headerless file read with the catalog's column order).
    pub fn from_names(names: Vec<String>) -> Header {
        Header { names }
    }

    /// Column names, trimmed and BOM-free, in file order (duplicates kept).
    pub fn names(&self) -> &[String] {
        &self.names
    }

    pub fn len(&self) -> usize {
        self.names.len()
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// First column whose name equals `name` case-insensitively after trimming; empty names
    /// (trailing-comma header) never match.
    pub fn find(&self, name: &str) -> Option<usize> {
        let wanted = name.trim();
        if wanted.is_empty() {
            return None;
        }
        self.names.iter().position(|n| eq_ignore_case(n, wanted))
    }

    /// First of several alternative names (known renames, e.g. `["SharedUrl", "SharedURL"]`).
    pub fn find_any(&self, names: &[&str]) -> Option<usize> {
        names.iter().find_map(|n| self.find(n))
    }
}

fn eq_ignore_case(a: &str, b: &str) -> bool {
    a.eq_ignore_ascii_case(b)
        || a.chars()
            .flat_map(char::to_lowercase)
            .eq(b.chars().flat_map(char::to_lowercase))
}

/// One record; reused across reads (no per-record allocation once warmed up).
#[derive(Default)]
pub struct Record {
    /// Field bytes, back to back from csv-core, or the whole line with its commas from the
    /// plain-line path; only `..len` is meaningful. Kept initialised beyond `len` because
    /// csv-core writes into a `&mut [u8]`.
    data: Vec<u8>,
    len: usize,
    /// Start offset in `data` of each field.
    starts: Vec<usize>,
    /// End offset in `data` of each field.
    ends: Vec<usize>,
    /// The last field was cut at `max_field_bytes` (so joins do not count it twice).
    last_cut: bool,
}

impl Record {
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// Raw bytes of field `i` (quotes removed, escapes resolved).
    pub fn get(&self, i: usize) -> Option<&[u8]> {
        let end = *self.ends.get(i)?;
        let start = self.field_start(i);
        self.data.get(start..end)
    }

    /// Lossy UTF-8 text of field i ("" when absent).
    pub fn text(&self, i: usize) -> Cow<'_, str> {
        String::from_utf8_lossy(self.get(i).unwrap_or_default())
    }

    /// All fields in order.
    pub fn iter(&self) -> impl Iterator<Item = &[u8]> + '_ {
        (0..self.len()).map(|i| self.get(i).unwrap_or_default())
    }

    /// True when every field is empty or a placeholder (see [`is_placeholder`]): such a record
    /// is not an item.
    pub fn is_blank(&self) -> bool {
        self.iter().all(is_placeholder)
    }

    fn field_start(&self, i: usize) -> usize {
        self.starts.get(i).copied().unwrap_or(self.len)
    }

    /// Adds a field ending at `end` and starting where the previous one ended (csv-core
    /// writes fields back to back).
    fn push_end(&mut self, end: usize) {
        self.starts.push(self.ends.last().copied().unwrap_or(0));
        self.ends.push(end);
    }

    /// Bytes the record holds (its fields, and its commas when read as a plain line).
    pub fn byte_len(&self) -> usize {
        self.len
    }

    /// A hash of the record's bytes and field count, to find repeated records quickly
    /// ([`Record::same_as`] decides): FxHash's multiply-rotate, eight bytes at a time.
    pub fn fingerprint(&self) -> u64 {
        const SEED: u64 = 0x517c_c1b7_2722_0a95;
        let mix = |hash: u64, word: u64| (hash.rotate_left(5) ^ word).wrapping_mul(SEED);
        let bytes = self.data.get(..self.len).unwrap_or_default();
        let mut hash = mix(0, self.ends.len() as u64);
        let mut words = bytes.chunks_exact(8);
        for word in &mut words {
            hash = mix(
                hash,
                u64::from_le_bytes(word.try_into().unwrap_or_default()),
            );
        }
        let mut tail = [0u8; 8];
        let rest = words.remainder();
        if let Some(dst) = tail.get_mut(..rest.len()) {
            dst.copy_from_slice(rest);
        }
        mix(hash, u64::from_le_bytes(tail))
    }

    /// The same fields as `other`, read the same way: a line read by csv-core and the same
    /// line read as a plain line compare unequal (their bytes are laid out differently), which
    /// only costs a cache that relies on this a miss.
    pub fn same_as(&self, other: &Record) -> bool {
        self.len == other.len
            && self.ends == other.ends
            && self.starts == other.starts
            && self.data.get(..self.len) == other.data.get(..other.len)
    }

    /// Makes this record a copy of `other`, reusing its buffers.
    pub fn copy_from(&mut self, other: &Record) {
        self.data.clear();
        self.data
            .extend_from_slice(other.data.get(..other.len).unwrap_or_default());
        self.len = self.data.len();
        self.starts.clone_from(&other.starts);
        self.ends.clone_from(&other.ends);
        self.last_cut = other.last_cut;
    }

    fn clear(&mut self) {
        self.len = 0;
        self.starts.clear();
        self.ends.clear();
        self.last_cut = false;
        if self.data.len() > SHRINK_ABOVE {
            self.data = Vec::new();
        }
    }

    /// Every field is valid UTF-8. Checking the whole buffer once is enough when no field
    /// boundary splits a character (a split makes both neighbours invalid).
    fn is_utf8(&self) -> bool {
        let Some(bytes) = self.data.get(..self.len) else {
            return false;
        };
        std::str::from_utf8(bytes).is_ok()
            && self
                .ends
                .iter()
                .all(|&e| bytes.get(e).is_none_or(|&b| !is_utf8_continuation(b)))
    }

    fn write(&mut self, bytes: &[u8]) {
        let new_len = self.len.saturating_add(bytes.len());
        if self.data.len() < new_len {
            // Exact: amortised growth could double a huge joined field's memory.
            self.data
                .reserve_exact(new_len.saturating_sub(self.data.len()));
            self.data.resize(new_len, 0);
        }
        if let Some(dst) = self.data.get_mut(self.len..new_len) {
            dst.copy_from_slice(bytes);
            self.len = new_len;
        }
    }

    /// Appends what fits of `bytes` to the last field (added, empty, if there is none) while
    /// that field stays within `cap` bytes. The buffer grows geometrically up to the field's
    /// cap, so a field built from a million appended lines costs linear time and at most one
    /// field's worth of memory.
    fn append_to_last(&mut self, bytes: &[u8], cap: usize) {
        if self.ends.is_empty() {
            self.push_end(self.len);
        }
        let start = self.field_start(self.ends.len() - 1);
        let room = cap.saturating_sub(self.len.saturating_sub(start));
        let bytes = bytes.get(..room.min(bytes.len())).unwrap_or_default();
        if bytes.is_empty() {
            return;
        }
        let new_len = self.len.saturating_add(bytes.len());
        if self.data.len() < new_len {
            let most = start.saturating_add(cap);
            let grown = new_len.max(self.data.len().saturating_mul(2).min(most));
            self.data.resize(grown.max(MIN_RECORD_ROOM), 0);
        }
        if let Some(dst) = self.data.get_mut(self.len..new_len) {
            dst.copy_from_slice(bytes);
            self.len = new_len;
        }
        if let Some(end) = self.ends.last_mut() {
            *end = self.len;
        }
    }

    /// Cuts the last field to `max_field` bytes at a character boundary, counting the cut in
    /// `stats` unless the field was already cut (after [`Record::append_to_last`]).
    fn cut_last(&mut self, max_field: usize, stats: &mut ReadStats) {
        let Some(last) = self.ends.len().checked_sub(1) else {
            return;
        };
        let start = self.field_start(last);
        let field = self.data.get(start..self.len).unwrap_or_default();
        let keep = utf8_floor(field, max_field);
        if keep < field.len() {
            if !self.last_cut {
                stats.truncated_fields += 1;
            }
            self.last_cut = true;
            self.len = start + keep;
            if let Some(end) = self.ends.last_mut() {
                *end = self.len;
            }
        }
    }

    /// Replaces fields `from..` by the single field `joined`, cut to `max_field` bytes.
    fn replace_tail(
        &mut self,
        from: usize,
        joined: &[u8],
        max_field: usize,
        stats: &mut ReadStats,
    ) {
        let start = self.field_start(from);
        self.len = start.min(self.len);
        self.starts.truncate(from);
        self.ends.truncate(from);
        let joined_start = self.len;
        let keep = utf8_floor(joined, max_field);
        if keep < joined.len() {
            if !self.last_cut {
                stats.truncated_fields += 1;
            }
            self.last_cut = true;
        }
        self.write(joined.get(..keep).unwrap_or_default());
        self.starts.push(joined_start);
        self.ends.push(self.len);
    }
}

impl std::fmt::Debug for Record {
    /// The fields as lossy text (the buffer beyond them is stale).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list()
            .entries((0..self.len()).map(|i| self.text(i)))
            .finish()
    }
}

fn is_utf8_continuation(b: u8) -> bool {
    b & 0xC0 == 0x80
}

/// Length of the longest prefix of `bytes` of at most `max` bytes that does not end inside a
/// UTF-8 character (invalid input is cut at `max`).
fn utf8_floor(bytes: &[u8], max: usize) -> usize {
    if max >= bytes.len() {
        return bytes.len();
    }
    let mut n = max;
    while n > 0 && max - n < 3 && bytes.get(n).is_some_and(|&b| is_utf8_continuation(b)) {
        n -= 1;
    }
    if bytes.get(n).is_some_and(|&b| is_utf8_continuation(b)) {
        max
    } else {
        n
    }
}

/// Length of `field` without a trailing incomplete UTF-8 sequence (used when the rest of a cut
/// field is not available any more).
fn complete_utf8_len(field: &[u8]) -> usize {
    let n = field.len();
    for back in 1..=n.min(4) {
        let Some(&b) = field.get(n - back) else {
            break;
        };
        if !is_utf8_continuation(b) {
            let need = match b {
                0xF0.. => 4,
                0xE0.. => 3,
                0xC0.. => 2,
                _ => 1,
            };
            return if need > back { n - back } else { n };
        }
    }
    n
}

/// `N/A`, `Not Available`, `null`, `UNKNOWN`, `USER_DID_NOT_SPECIFY`, `-`, empty — after trimming
/// ASCII/Unicode whitespace; case-insensitive.
pub fn is_placeholder(field: &[u8]) -> bool {
    const PLACEHOLDERS: [&[u8]; 6] = [
        b"n/a",
        b"not available",
        b"null",
        b"unknown",
        b"user_did_not_specify",
        b"-",
    ];
    // Most fields start and end with a visible ASCII character: nothing to trim, no UTF-8 to
    // decode (any other first or last byte takes the general path below).
    if let (Some(first), Some(last)) = (field.first(), field.last())
        && first.is_ascii_graphic()
        && last.is_ascii_graphic()
    {
        return PLACEHOLDERS.iter().any(|p| field.eq_ignore_ascii_case(p));
    }
    let trimmed = match std::str::from_utf8(field) {
        Ok(s) => s.trim().as_bytes(),
        Err(_) => field.trim_ascii(),
    };
    trimmed.is_empty() || PLACEHOLDERS.iter().any(|p| trimmed.eq_ignore_ascii_case(p))
}

/// Undo Shares.csv's per-line quoting of multi-line ShareCommentary:
/// `First line."⏎""⏎"Second"⏎"last` → `First line.⏎⏎Second⏎last`
/// (replace `"\n"` and `"\r\n"` by a newline). Borrowed when nothing to do.
pub fn unwrap_line_quotes(s: &str) -> Cow<'_, str> {
    if !s.contains("\"\n\"") && !s.contains("\"\r\n\"") {
        return Cow::Borrowed(s);
    }
    Cow::Owned(s.replace("\"\r\n\"", "\n").replace("\"\n\"", "\n"))
}

/// The input stream and its buffer.
struct Source<R> {
    inner: R,
    buf: Vec<u8>,
    pos: usize,
    end: usize,
    eof: bool,
    /// Times the buffer was refilled: an offset into it stays valid while this is unchanged.
    fills: u64,
}

impl<R: Read> Source<R> {
    /// Refills the buffer when it is consumed; afterwards the input is empty only at the end.
    fn fill(&mut self) -> io::Result<()> {
        if self.pos < self.end || self.eof {
            return Ok(());
        }
        loop {
            match self.inner.read(&mut self.buf) {
                Ok(0) => self.eof = true,
                Ok(n) => {
                    self.pos = 0;
                    self.end = n.min(self.buf.len());
                    self.fills += 1;
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            }
            return Ok(());
        }
    }
}

enum Discarded {
    Field { record_end: bool, bytes: usize },
    End,
}

/// csv-core driven record parsing with limits, before any dialect-level joining.
struct Parser<R> {
    src: Source<R>,
    core: csv_core::Reader,
    /// Mirror of csv-core's private output position: `read_record` reports field ends relative
    /// to it, and it also advances while cut/dropped bytes go to `scratch`.
    core_pos: usize,
    scratch: Vec<u8>,
    ends: Vec<usize>,
    max_field: usize,
    max_cols: usize,
    stats: ReadStats,
    /// `core` parses `\"` escapes (to give it back to the right pool).
    backslash: bool,
    /// Lines without quotes are split here rather than by csv-core (see
    /// [`Parser::read_plain_line`]); off only in tests comparing the two.
    plain_lines: bool,
    /// Records read since the header (continuation lines included: each costs a read).
    records_read: u64,
    max_records: u64,
    /// The file may turn out to use `\"` escapes after the sniffed prefix (`Date` files:
    /// Comments, Votes): see [`Parser::read_raw_unbounded`].
    may_switch_to_backslash: bool,
    /// The share of the shared memory budget this reader holds once one of its buffers must
    /// grow past [`memory::SMALL_BUFFER_BYTES`] (a hostile line: real rows are far shorter),
    /// kept until the reader is dropped.
    large: Option<memory::Share>,
}

impl<R> Drop for Parser<R> {
    fn drop(&mut self) {
        // The placeholder is never used: only a built reader can parse.
        recycle_core_reader(self.backslash, std::mem::take(&mut self.core));
    }
}

impl<R> Parser<R> {
    /// Takes this reader's share of the memory budget before a buffer grows past
    /// [`memory::SMALL_BUFFER_BYTES`], waiting while other threads hold the budget. The share
    /// covers what the reader's buffers may hold at most: a record, the record ahead and the
    /// joined field of continuation lines, each up to a field and its record's slack.
    fn reserve_large(&mut self) {
        if self.large.is_none() {
            let record = self.max_field.saturating_add(RECORD_SLACK) as u64;
            self.large = Some(memory::take(record.saturating_mul(3)));
        }
    }
}

impl<R: Read> Parser<R> {
    /// Consumes the rest of the current field without keeping it. Uses `read_record` with a
    /// single end slot (it stops right after one field) because its copy loop is much faster
    /// than `read_field`'s on huge fields.
    fn discard_field(&mut self) -> io::Result<Discarded> {
        let mut bytes = 0usize;
        let mut end = [0usize; 1];
        loop {
            self.src.fill()?;
            let input = self
                .src
                .buf
                .get(self.src.pos..self.src.end)
                .unwrap_or_default();
            let (res, nin, nout, nend) = self.core.read_record(input, &mut self.scratch, &mut end);
            self.src.pos += nin;
            bytes = bytes.saturating_add(nout);
            match res {
                ReadRecordResult::Record => {
                    self.core_pos = 0;
                    return Ok(Discarded::Field {
                        record_end: true,
                        bytes,
                    });
                }
                ReadRecordResult::End => return Ok(Discarded::End),
                ReadRecordResult::InputEmpty
                | ReadRecordResult::OutputFull
                | ReadRecordResult::OutputEndsFull => {
                    self.core_pos += nout;
                    if nend > 0 {
                        return Ok(Discarded::Field {
                            record_end: false,
                            bytes,
                        });
                    }
                }
            }
        }
    }

    /// Reads one raw record into `rec` on the fast path, when the next line is whole in the
    /// buffer, holds no quote and fits every limit: returns false, having consumed nothing,
    /// when it needs csv-core. Most export lines qualify (dates, URLs, names, short values),
    /// and csv-core's byte-at-a-time state machine costs several times this split.
    ///
    /// The split is csv-core's own for such a line: a quote is special only at the start of a
    /// field, and a line holding none is left to csv-core; `\` escapes apply only inside
    /// quotes; empty lines between records are skipped; a record ends at the first `\r` or
    /// `\n`, and whatever terminator follows is skipped as an empty line. Between records
    /// csv-core holds no state that this line could change, so the two paths can alternate.
    fn read_plain_line(&mut self, rec: &mut Record) -> bool {
        let input = self
            .src
            .buf
            .get(self.src.pos..self.src.end)
            .unwrap_or_default();
        let Some(line_start) = input.iter().position(|&b| b != b'\n' && b != b'\r') else {
            return false;
        };
        let rest = input.get(line_start..).unwrap_or_default();
        let Some(line_end) = memchr::memchr3(b'\n', b'\r', b'"', rest) else {
            return false;
        };
        let line = rest.get(..line_end).unwrap_or_default();
        if rest.get(line_end) == Some(&b'"') {
            return self.read_quoted_record(rec, line_start);
        }
        if line.len() > self.max_field {
            return false;
        }
        if rec.data.len() < line.len() {
            // Zeroed by the allocator (see `read_raw`); a line is at most one buffer long.
            rec.data = vec![0u8; line.len().max(MIN_RECORD_ROOM)];
        }
        let Some(copy) = rec.data.get_mut(..line.len()) else {
            return false;
        };
        // The line is kept whole, commas included: fields are spans of it.
        copy.copy_from_slice(line);
        let mut field_start = 0;
        let field_ends = memchr::memchr_iter(b',', line).chain(std::iter::once(line.len()));
        for field_end in field_ends {
            if rec.ends.len() >= self.max_cols {
                rec.clear();
                return false;
            }
            rec.starts.push(field_start);
            rec.ends.push(field_end);
            field_start = field_end + 1;
        }
        rec.len = line.len();
        rec.last_cut = false;
        // The terminator is consumed too: csv-core would have.
        self.src.pos += line_start + line_end + 1;
        true
    }

    /// [`Parser::read_plain_line`] for a record holding quotes (`messages.csv` quotes every
    /// field), starting at `start` in the unread input: the record must end in the buffer and
    /// fit every limit, the file must use `""` escapes (the `\"` dialect is csv-core's), and
    /// `rec` comes back empty with nothing consumed otherwise. Fields are copied back to back,
    /// as csv-core writes them. csv-core's rules, which the property test holds this to: a
    /// quote opens a quoted field only as its first byte (elsewhere it is text); inside, `""`
    /// is one quote and line breaks are text; after the closing quote, text continues the
    /// field up to the next comma or line break.
    fn read_quoted_record(&mut self, rec: &mut Record, start: usize) -> bool {
        if self.backslash {
            return false;
        }
        let input = self
            .src
            .buf
            .get(self.src.pos..self.src.end)
            .unwrap_or_default();
        // A record's fields are never longer than its bytes, all within this buffer, nor, on
        // this path, than `max_field` in all.
        let room = input.len().saturating_sub(start).min(self.max_field);
        if rec.data.len() < room {
            rec.data = vec![0u8; room.max(MIN_RECORD_ROOM)];
        }
        let mut at = start;
        let append = |rec: &mut Record, bytes: &[u8]| -> bool {
            let end = rec.len + bytes.len();
            match rec.data.get_mut(rec.len..end) {
                Some(dst) if end <= self.max_field => {
                    dst.copy_from_slice(bytes);
                    rec.len = end;
                    true
                }
                _ => false,
            }
        };
        let record_end = 'fields: loop {
            if rec.ends.len() >= self.max_cols {
                break 'fields None;
            }
            let mut quoted = input.get(at) == Some(&b'"');
            if quoted {
                at += 1;
            }
            // The field's text, in pieces between quotes.
            loop {
                let rest = input.get(at..).unwrap_or_default();
                if quoted {
                    let Some(quote) = memchr::memchr(b'"', rest) else {
                        break 'fields None;
                    };
                    if !append(rec, rest.get(..quote).unwrap_or_default()) {
                        break 'fields None;
                    }
                    at += quote + 1;
                    match input.get(at) {
                        Some(b'"') => {
                            if !append(rec, b"\"") {
                                break 'fields None;
                            }
                            at += 1;
                        }
                        Some(_) => quoted = false,
                        None => break 'fields None,
                    }
                    continue;
                }
                let Some(stop) = memchr::memchr3(b',', b'\n', b'\r', rest) else {
                    break 'fields None;
                };
                if !append(rec, rest.get(..stop).unwrap_or_default()) {
                    break 'fields None;
                }
                at += stop;
                break;
            }
            rec.push_end(rec.len);
            let separator = input.get(at).copied();
            at += 1;
            if separator != Some(b',') {
                break 'fields Some(at);
            }
        };
        match record_end {
            Some(end) => {
                rec.last_cut = false;
                self.src.pos += end;
                true
            }
            None => {
                rec.clear();
                false
            }
        }
    }

    /// Reads one raw record into `rec`; Ok(false) at the end of input, an error past
    /// `max_records`.
    fn read_raw(&mut self, rec: &mut Record) -> io::Result<bool> {
        let read = self.read_raw_unbounded(rec)?;
        if read {
            self.records_read += 1;
            if self.records_read > self.max_records {
                return Err(io::Error::new(
                    io::ErrorKind::InvalidData,
                    TooManyRecords {
                        limit: self.max_records,
                    },
                ));
            }
        }
        Ok(read)
    }

    /// Reads one raw record. A `Date` file read with `""` escapes whose record shows a `\"`
    /// escape (a backslash, a quote, then text: never RFC 4180 output) switches to `\"`
    /// escapes, and that record is read again when its bytes are still in the buffer: a file
    /// whose first `\"` comes after the sniffed prefix would otherwise keep a stray backslash
    /// and quote in that message, and misplace the record ends after it (issue 12, item 12).
    fn read_raw_unbounded(&mut self, rec: &mut Record) -> io::Result<bool> {
        if self.backslash || !self.may_switch_to_backslash {
            return self.read_raw_once(rec);
        }
        self.src.fill()?;
        let (start, fills, stats) = (self.src.pos, self.src.fills, self.stats.clone());
        let read = self.read_raw_once(rec)?;
        let from = if self.src.fills == fills { start } else { 0 };
        let bytes = self.src.buf.get(from..self.src.pos).unwrap_or_default();
        if !read || !has_backslash_escape(bytes) {
            return Ok(read);
        }
        recycle_core_reader(false, std::mem::replace(&mut self.core, core_reader(true)));
        self.backslash = true;
        self.core_pos = 0;
        if self.src.fills != fills {
            // Its start is gone: the records after it are read right.
            return Ok(read);
        }
        self.src.pos = start;
        self.stats = stats;
        self.read_raw_once(rec)
    }

    fn read_raw_once(&mut self, rec: &mut Record) -> io::Result<bool> {
        rec.clear();
        if self.plain_lines {
            self.src.fill()?;
            if self.read_plain_line(rec) {
                return Ok(true);
            }
        }
        loop {
            self.src.fill()?;
            let ncols = rec.ends.len();
            if ncols >= self.max_cols {
                // Only reached after a field delimiter (record ends return), so the rest of
                // the record is at least one more field.
                loop {
                    match self.discard_field()? {
                        Discarded::Field { record_end, .. } => {
                            self.stats.dropped_columns += 1;
                            if record_end {
                                return Ok(true);
                            }
                        }
                        Discarded::End => return Ok(true),
                    }
                }
            }
            let field_start = rec.ends.last().copied().unwrap_or(0);
            // A field stops at max_field, and at the record's own cap: past it, fields are
            // cut to nothing (and counted) like any over-long field.
            let record_cap = self.max_field.saturating_add(RECORD_SLACK);
            let field_limit = field_start
                .saturating_add(self.max_field)
                .min(record_cap.max(field_start));
            let limit = rec.data.len().min(field_limit);
            if rec.len >= limit {
                if rec.len >= field_limit {
                    // The current field reached max_field: skip the rest of it.
                    match self.discard_field()? {
                        Discarded::Field { record_end, bytes } => {
                            if bytes > 0 {
                                let kept = rec.data.get(field_start..rec.len).unwrap_or_default();
                                rec.len = field_start + complete_utf8_len(kept);
                                self.stats.truncated_fields += 1;
                                rec.last_cut = true;
                            } else {
                                rec.last_cut = false;
                            }
                            rec.push_end(rec.len);
                            if record_end {
                                return Ok(true);
                            }
                            continue;
                        }
                        // Only possible with no room left at the start of a field.
                        Discarded::End => return Ok(!rec.ends.is_empty()),
                    }
                }
                // Grow geometrically with the current field (not with the whole buffer, which
                // may already hold a cut field: doubling it for the next small field would
                // double the record's memory), never beyond what the field may hold.
                let field_len = rec.len.saturating_sub(field_start);
                let want = rec
                    .data
                    .len()
                    .saturating_add(field_len.max(MIN_RECORD_ROOM))
                    .min(field_limit);
                if want > memory::SMALL_BUFFER_BYTES {
                    self.reserve_large();
                }
                if want <= SMALL_GROWTH {
                    // Zeroed by the allocator: `resize` fills byte by byte in debug builds,
                    // which made the first 1 KiB of each record buffer, four per file, the
                    // main cost of a debug run over 200,000 tiny files.
                    let mut grown = vec![0u8; want];
                    let kept = rec.len.min(rec.data.len());
                    if let (Some(dst), Some(src)) = (grown.get_mut(..kept), rec.data.get(..kept)) {
                        dst.copy_from_slice(src);
                    }
                    rec.data = grown;
                } else {
                    // Exact reservation: amortised growth could double a cut field's memory;
                    // realloc moves big buffers without a second copy.
                    rec.data.reserve_exact(want.saturating_sub(rec.data.len()));
                    rec.data.resize(want, 0);
                }
                continue;
            }
            let ends_room = (self.max_cols - ncols).min(self.ends.len());
            let input = self
                .src
                .buf
                .get(self.src.pos..self.src.end)
                .unwrap_or_default();
            let out = rec.data.get_mut(rec.len..limit).unwrap_or_default();
            let ends = self.ends.get_mut(..ends_room).unwrap_or_default();
            let (res, nin, nout, nend) = self.core.read_record(input, out, ends);
            self.src.pos += nin;
            let base = rec.len;
            rec.len += nout;
            for &e in ends.get(..nend).unwrap_or_default() {
                rec.push_end(e.saturating_sub(self.core_pos).saturating_add(base));
            }
            if nend > 0 {
                rec.last_cut = false;
            }
            match res {
                ReadRecordResult::Record => {
                    self.core_pos = 0;
                    return Ok(true);
                }
                ReadRecordResult::End => return Ok(false),
                ReadRecordResult::InputEmpty
                | ReadRecordResult::OutputFull
                | ReadRecordResult::OutputEndsFull => self.core_pos += nout,
            }
        }
    }
}

/// Streaming reader for one LinkedIn export CSV file.
pub struct CsvReader<R: Read> {
    parser: Parser<R>,
    header: Header,
    /// The header line's fields as read, for a file whose first line turns out to be data.
    header_record: Record,
    dialect: Dialect,
    /// Number of header fields; in continuation mode, extra fields are joined into the last.
    header_len: usize,
    /// One record of lookahead for continuation mode.
    pending: Record,
    has_pending: bool,
    next: Record,
    join_buf: Vec<u8>,
    /// Decides where a record starts in continuation mode.
    dates: crate::dates::DateParser,
    finished: bool,
}

impl<R: Read> CsvReader<R> {
    /// Sniffs the start of the stream (read a bounded prefix, e.g. 64 KiB, then chain it with
    /// the rest) and reads the header.
    pub fn new(inner: R, limits: ReaderLimits) -> io::Result<Self> {
        Self::with_buffer_size(inner, limits, BUF_SIZE)
    }

    /// `new` with another buffer (= sniff prefix) size, so tests can cross buffer boundaries.
    fn with_buffer_size(inner: R, limits: ReaderLimits, size: usize) -> io::Result<Self> {
        Self::with_options(inner, limits, size, true)
    }

    /// `with_buffer_size`, with the plain-line path on or off (tests compare the two).
    fn with_options(
        mut inner: R,
        limits: ReaderLimits,
        size: usize,
        plain_lines: bool,
    ) -> io::Result<Self> {
        let size = size.max(8);
        let mut buf = vec![0u8; size];
        let mut end = 0;
        let mut eof = false;
        while end < size {
            match inner.read(buf.get_mut(end..).unwrap_or_default()) {
                Ok(0) => {
                    eof = true;
                    break;
                }
                Ok(n) => end = end.saturating_add(n).min(size),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        let mut dialect = Dialect::default();
        let prefix = buf.get(..end).unwrap_or_default();
        let mut pos = 0;
        if prefix.starts_with(UTF8_BOM) {
            dialect.bom = true;
            pos = UTF8_BOM.len();
        }
        let rest = prefix.get(pos..).unwrap_or_default();
        dialect.not_csv = eof && is_not_csv(rest);
        if let Some((skip, lines)) = skip_preamble(rest) {
            pos += skip;
            dialect.preamble_lines = lines;
        }
        let mut scratch = vec![0u8; SCRATCH_SIZE];
        let mut ends = vec![0usize; ENDS_BATCH];
        let sniffed = prefix.get(pos..).unwrap_or_default();
        dialect.backslash_escapes =
            !dialect.not_csv && detect_backslash(sniffed, eof, &mut scratch, &mut ends);
        let mut parser = Parser {
            src: Source {
                inner,
                buf,
                pos,
                end,
                eof,
                fills: 0,
            },
            core: core_reader(dialect.backslash_escapes),
            core_pos: 0,
            scratch,
            ends,
            max_field: limits.max_field_bytes,
            max_cols: limits.max_columns.max(1),
            stats: ReadStats::default(),
            backslash: dialect.backslash_escapes,
            plain_lines,
            records_read: 0,
            // Set once the header is read.
            max_records: u64::MAX,
            may_switch_to_backslash: false,
            large: None,
        };
        let mut header_rec = Record::default();
        let has_header = !dialect.not_csv && parser.read_raw(&mut header_rec)?;
        parser.may_switch_to_backslash = header_rec
            .get(0)
            .is_some_and(|first| first.trim_ascii().eq_ignore_ascii_case(b"date"));
        parser.records_read = 0;
        parser.max_records = limits.max_records;
        let names: Vec<String> = if has_header {
            header_rec
                .iter()
                .map(|f| {
                    String::from_utf8_lossy(f)
                        .trim_matches(|c: char| c.is_whitespace() || c == '\u{FEFF}')
                        .to_owned()
                })
                .collect()
        } else {
            Vec::new()
        };
        dialect.joins_unquoted_continuations = names
            .first()
            .is_some_and(|n| n.eq_ignore_ascii_case("date"));
        Ok(Self {
            parser,
            header_len: names.len(),
            header: Header { names },
            header_record: header_rec,
            dialect,
            pending: Record::default(),
            has_pending: false,
            next: Record::default(),
            join_buf: Vec::new(),
            dates: crate::dates::DateParser::new(),
            finished: !has_header,
        })
    }

    pub fn header(&self) -> &Header {
        &self.header
    }

    pub fn dialect(&self) -> &Dialect {
        &self.dialect
    }

    /// The header line's fields, raw: when the header line is missing, this is the first
    /// record (see `headers::assess`).
    pub fn header_record(&self) -> &Record {
        &self.header_record
    }

    /// Frees the header line's raw fields once they are known to be a header.
    pub fn release_header_record(&mut self) {
        self.header_record = Record::default();
    }

    pub fn stats(&self) -> &ReadStats {
        &self.parser.stats
    }

    /// Fills `record` with the next record; Ok(false) at end of input. I/O errors from `inner`
    /// pass through.
    pub fn read_record(&mut self, record: &mut Record) -> io::Result<bool> {
        if self.finished {
            record.clear();
            return Ok(false);
        }
        if !self.dialect.joins_unquoted_continuations {
            if !self.parser.read_raw(record)? {
                self.finished = true;
                return Ok(false);
            }
            self.finish(record);
            return Ok(true);
        }
        if !self.has_pending {
            if !self.parser.read_raw(&mut self.pending)? {
                self.finished = true;
                record.clear();
                return Ok(false);
            }
            self.has_pending = true;
        }
        loop {
            if !self.parser.read_raw(&mut self.next)? {
                std::mem::swap(record, &mut self.pending);
                self.has_pending = false;
                self.finished = true;
                break;
            }
            // An all-empty record (`,,`) is a record of its own, not a continuation line.
            if starts_with_date(&self.next, &mut self.dates)
                || self.next.iter().all(<[u8]>::is_empty)
            {
                std::mem::swap(record, &mut self.pending);
                std::mem::swap(&mut self.pending, &mut self.next);
                break;
            }
            self.join_continuation();
        }
        self.finish(record);
        Ok(true)
    }

    /// Appends the line in `next` to the last field of `pending`: "\n" then its fields
    /// re-joined with "," (the parser split the unquoted line on commas). In place: a message
    /// of a million lines must not be copied once per line.
    fn join_continuation(&mut self) {
        self.parser.stats.continuation_lines += 1;
        let cap = join_cap(self.parser.max_field);
        if self.pending.byte_len().saturating_add(self.next.byte_len())
            >= memory::SMALL_BUFFER_BYTES
        {
            self.parser.reserve_large();
        }
        self.pending.append_to_last(b"\n", cap);
        for (i, f) in self.next.iter().enumerate() {
            if i > 0 {
                self.pending.append_to_last(b",", cap);
            }
            self.pending.append_to_last(f, cap);
        }
        self.pending
            .cut_last(self.parser.max_field, &mut self.parser.stats);
    }

    fn finish(&mut self, record: &mut Record) {
        if self.dialect.joins_unquoted_continuations {
            // Unquoted commas of a message split it: fields beyond the header belong to the
            // last column.
            let last = self.header_len.saturating_sub(1);
            if record.len() > self.header_len {
                let cap = join_cap(self.parser.max_field);
                if record.byte_len() >= memory::SMALL_BUFFER_BYTES {
                    self.parser.reserve_large();
                }
                self.join_buf.clear();
                for (i, f) in record.iter().enumerate().skip(last) {
                    if i > last {
                        push_capped(&mut self.join_buf, b",", cap);
                    }
                    push_capped(&mut self.join_buf, f, cap);
                }
                record.replace_tail(
                    last,
                    &self.join_buf,
                    self.parser.max_field,
                    &mut self.parser.stats,
                );
                release_if_huge(&mut self.join_buf);
            }
        }
        if !record.is_utf8() {
            self.parser.stats.invalid_utf8_records += 1;
        }
        self.parser.stats.records += 1;
    }
}

/// How much of a joined field is gathered: a few bytes past `max_field`, enough for
/// `replace_tail` to see that it is cut and where a UTF-8 character ends.
fn join_cap(max_field: usize) -> usize {
    max_field.saturating_add(4)
}

/// Appends what fits of `bytes` under `cap`: joining never holds more than one field's worth.
fn push_capped(buf: &mut Vec<u8>, bytes: &[u8], cap: usize) {
    let room = cap.saturating_sub(buf.len());
    buf.extend_from_slice(bytes.get(..room.min(bytes.len())).unwrap_or_default());
}

fn release_if_huge(buf: &mut Vec<u8>) {
    if buf.capacity() > SHRINK_ABOVE {
        *buf = Vec::new();
    }
}

/// A line longer than this before its first comma does not start with a date (the longest
/// date shape, a Rich_Media sentence, has 80 bytes).
const MAX_DATE_FIELD: usize = 128;

/// Whether a line of a `Date` file starts a record: its first field (or its first two, for
/// the `6/17/23, 6:18 AM` shape whose comma split it) is a date the date parser accepts, at
/// day precision or finer (every `Date` column holds full dates; a line reading `2015` or `Nov
/// 2022` is text). Any shape LinkedIn writes counts, `Tue Jun 20 12:25:51 UTC 2023`, `04 Jul
/// 2023` and leading spaces included (issue 11, item 6).
fn starts_with_date(record: &Record, dates: &mut crate::dates::DateParser) -> bool {
    let first = record.get(0).unwrap_or_default();
    // The common case, without the parser: `2024-01-31…` or `2024/01/31…`.
    if matches!(first, [a, b, c, d, sep, e, f, ..]
        if [a, b, c, d, e, f].iter().all(|x| x.is_ascii_digit()) && (*sep == b'-' || *sep == b'/'))
    {
        return true;
    }
    let trimmed = first.trim_ascii_start();
    let trimmed = trimmed.strip_prefix(UTF8_BOM).unwrap_or(trimmed);
    if trimmed.len() > MAX_DATE_FIELD || !may_start_a_date(trimmed) {
        return false;
    }
    let full = |date: Option<crate::dates::PartialDate>| {
        date.is_some_and(|d| d.precision >= crate::dates::Precision::Day)
    };
    let Ok(text) = std::str::from_utf8(trimmed) else {
        return false;
    };
    if full(dates.parse(text)) {
        return true;
    }
    match record.get(1) {
        Some(second) if second.len() <= MAX_DATE_FIELD => {
            let mut joined = String::with_capacity(text.len() + 1 + second.len());
            joined.push_str(text);
            joined.push(',');
            joined.push_str(&String::from_utf8_lossy(second));
            full(dates.parse(&joined))
        }
        _ => false,
    }
}

/// A cheap first look: dates start with a digit, a month or weekday name, or one of the
/// sentence prefixes the parser knows. Text lines mostly start otherwise and skip the parser.
fn may_start_a_date(field: &[u8]) -> bool {
    const WORDS: &[&[u8; 3]] = &[
        b"jan", b"feb", b"mar", b"apr", b"may", b"jun", b"jul", b"aug", b"sep", b"oct", b"nov",
        b"dec", b"mon", b"tue", b"wed", b"thu", b"fri", b"sat", b"sun", b"cre", b"pub", b"you",
    ];
    match field {
        [first, ..] if first.is_ascii_digit() => true,
        [a, b, c, ..] => {
            let head = [
                a.to_ascii_lowercase(),
                b.to_ascii_lowercase(),
                c.to_ascii_lowercase(),
            ];
            WORDS.iter().any(|word| **word == head)
        }
        _ => false,
    }
}

/// Splits off the first line of `buf`, honouring quotes when `quoted` (line ends inside quotes
/// do not count). Returns the line without terminator and the offset after the terminator.
fn next_line(buf: &[u8], quoted: bool) -> (&[u8], usize) {
    let mut in_quotes = false;
    for (i, &b) in buf.iter().enumerate() {
        match b {
            b'"' if quoted => in_quotes = !in_quotes,
            b'\n' if !in_quotes => return (buf.get(..i).unwrap_or_default(), i + 1),
            b'\r' if !in_quotes => {
                let after = if buf.get(i + 1) == Some(&b'\n') {
                    i + 2
                } else {
                    i + 1
                };
                return (buf.get(..i).unwrap_or_default(), after);
            }
            _ => {}
        }
    }
    (buf, buf.len())
}

/// `Connections.csv` preamble: a first line `Notes:`, the note (quoted, may contain commas),
/// an empty line, then the header. Skips through the first empty line; if none is seen in the
/// prefix, skips `Notes:` and the note only. Returns (bytes, lines) skipped.
fn skip_preamble(buf: &[u8]) -> Option<(usize, usize)> {
    let (first, mut pos) = next_line(buf, false);
    if !first.trim_ascii().eq_ignore_ascii_case(b"notes:") {
        return None;
    }
    let (_, after_note) = next_line(buf.get(pos..).unwrap_or_default(), true);
    let after_note = pos + after_note;
    let mut lines = 1;
    while pos < buf.len() {
        let (line, next) = next_line(buf.get(pos..).unwrap_or_default(), true);
        pos += next;
        lines += 1;
        if line.trim_ascii().is_empty() {
            return Some((pos, lines));
        }
    }
    Some((after_note, 2))
}

/// `LearningCoachMessages.csv`: the whole file is a sentence like `No conversations found`
/// followed by blank lines.
fn is_not_csv(buf: &[u8]) -> bool {
    let text = String::from_utf8_lossy(buf);
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    let Some(first) = lines.next() else {
        return false;
    };
    let lower = first.to_ascii_lowercase();
    lines.next().is_none()
        && lower.starts_with("no ")
        && lower.ends_with(" found")
        && !lower.contains(',')
        && !lower.contains('"')
}

/// A `\"` escape followed by text: a backslash, a quote, then anything but a delimiter, a line
/// end or another quote (RFC 4180 output never has it).
fn has_backslash_escape(bytes: &[u8]) -> bool {
    memchr::memmem::find_iter(bytes, b"\\\"")
        .any(|at| !matches!(bytes.get(at + 2), None | Some(b',' | b'\r' | b'\n' | b'"')))
}

/// Chooses `\"` escaping when parsing the prefix that way yields fewer records whose field
/// count differs from the header's than RFC parsing; on a tie, only when the prefix shows `\"`
/// followed by text (in RFC output `\"` is always followed by `"`, a delimiter or a line end).
/// Counting mismatches rather than matches matters: a wrong parse can split one RFC record
/// into several well-formed ones.
fn detect_backslash(prefix: &[u8], complete: bool, out: &mut [u8], ends: &mut [usize]) -> bool {
    let rfc = count_mismatched_records(prefix, complete, false, out, ends);
    let backslash = count_mismatched_records(prefix, complete, true, out, ends);
    if backslash != rfc {
        return backslash < rfc;
    }
    prefix
        .windows(3)
        .any(|w| matches!(w, [b'\\', b'"', next] if !matches!(next, b',' | b'\r' | b'\n' | b'"')))
}

thread_local! {
    /// Built csv-core readers kept for reuse on this thread, `[RFC, backslash]`. Building one
    /// computes its DFA (about 250,000 instructions, more than reading a small export file)
    /// and every file needs three (two to sniff the escaping, one to read). `Clone` is no way
    /// out: csv-core's DFA clone copies only part of the tables.
    static CORE_READERS: RefCell<CorePool> = const { RefCell::new(CorePool::new()) };
}

/// Idle built readers of each configuration.
struct CorePool {
    rfc: Vec<csv_core::Reader>,
    backslash: Vec<csv_core::Reader>,
}

impl CorePool {
    const fn new() -> Self {
        Self {
            rfc: Vec::new(),
            backslash: Vec::new(),
        }
    }

    fn of(&mut self, backslash: bool) -> &mut Vec<csv_core::Reader> {
        if backslash {
            &mut self.backslash
        } else {
            &mut self.rfc
        }
    }
}

/// A csv-core reader in its initial state, RFC 4180 or with `\"` escapes.
fn core_reader(backslash: bool) -> csv_core::Reader {
    let reused = CORE_READERS
        .try_with(|pool| pool.borrow_mut().of(backslash).pop())
        .ok()
        .flatten();
    match reused {
        Some(mut core) => {
            core.reset();
            core
        }
        None => {
            let mut builder = csv_core::ReaderBuilder::new();
            if backslash {
                builder.escape(Some(b'\\')).double_quote(true);
            }
            builder.build()
        }
    }
}

/// Gives a reader from [`core_reader`] back for reuse (a few per thread at most).
fn recycle_core_reader(backslash: bool, core: csv_core::Reader) {
    let _ = CORE_READERS.try_with(|pool| {
        let mut pool = pool.borrow_mut();
        let idle = pool.of(backslash);
        if idle.len() < 2 {
            idle.push(core);
        }
    });
}

fn count_mismatched_records(
    prefix: &[u8],
    complete: bool,
    backslash: bool,
    out: &mut [u8],
    ends: &mut [usize],
) -> u64 {
    let mut core = core_reader(backslash);
    let mismatched = count_mismatched_with(&mut core, prefix, complete, out, ends);
    recycle_core_reader(backslash, core);
    mismatched
}

fn count_mismatched_with(
    core: &mut csv_core::Reader,
    prefix: &[u8],
    complete: bool,
    out: &mut [u8],
    ends: &mut [usize],
) -> u64 {
    let mut input = prefix;
    let mut fields = 0usize;
    let mut header_fields = None;
    let mut mismatched = 0;
    loop {
        // An incomplete prefix ends inside a record that must not be counted, and an empty
        // input would tell csv-core the data ended.
        if input.is_empty() && !complete {
            return mismatched;
        }
        let (res, nin, _, nend) = core.read_record(input, out, ends);
        input = input.get(nin..).unwrap_or_default();
        fields += nend;
        match res {
            ReadRecordResult::Record => {
                match header_fields {
                    None => header_fields = Some(fields),
                    Some(h) if h != fields => mismatched += 1,
                    Some(_) => {}
                }
                fields = 0;
            }
            ReadRecordResult::End => return mismatched,
            ReadRecordResult::InputEmpty
            | ReadRecordResult::OutputFull
            | ReadRecordResult::OutputEndsFull => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    struct Parsed {
        names: Vec<String>,
        rows: Vec<Vec<String>>,
        dialect: Dialect,
        stats: ReadStats,
    }

    fn read_with(input: &[u8], limits: ReaderLimits, buf_size: usize) -> Parsed {
        let mut rdr = CsvReader::with_buffer_size(input, limits, buf_size).unwrap();
        let mut rec = Record::default();
        let mut rows = Vec::new();
        while rdr.read_record(&mut rec).unwrap() {
            rows.push((0..rec.len()).map(|i| rec.text(i).into_owned()).collect());
        }
        assert!(!rdr.read_record(&mut rec).unwrap(), "end is sticky");
        Parsed {
            names: rdr.header().names().to_vec(),
            rows,
            dialect: rdr.dialect().clone(),
            stats: rdr.stats().clone(),
        }
    }

    fn read(input: &[u8]) -> Parsed {
        read_with(input, ReaderLimits::default(), BUF_SIZE)
    }

    fn rows(rows: &[&[&str]]) -> Vec<Vec<String>> {
        rows.iter()
            .map(|r| r.iter().map(|s| (*s).to_owned()).collect())
            .collect()
    }

    fn names(n: &[&str]) -> Vec<String> {
        n.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn bom_and_all_record_ends() {
        let r = read(b"\xEF\xBB\xBFName ,Value\r\na,1\nb,2\rc,3");
        assert_eq!(r.names, names(&["Name", "Value"]));
        assert_eq!(r.rows, rows(&[&["a", "1"], &["b", "2"], &["c", "3"]]));
        assert!(r.dialect.bom);
        assert_eq!(r.stats.records, 3);
    }

    #[test]
    fn line_breaks_inside_quotes_are_kept() {
        let r = read(b"a,b\r\n\"x\r\ny\",\"p\rq\"\n\"l\nm\",z");
        assert_eq!(r.rows, rows(&[&["x\r\ny", "p\rq"], &["l\nm", "z"]]));
        assert!(!r.dialect.bom);
    }

    #[test]
    fn connections_preamble_is_skipped() {
        let body = "Notes:\n\"When exporting your connection data, you may notice that some of the email addresses are missing.\"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\nAnn,\"Lee, Jr.\",https://www.linkedin.com/in/ann,,Acme,Engineer,04 Jul 2023\n";
        for text in [body.to_owned(), body.replace('\n', "\r\n")] {
            let r = read(text.as_bytes());
            assert_eq!(r.dialect.preamble_lines, 3);
            assert_eq!(
                r.names,
                names(&[
                    "First Name",
                    "Last Name",
                    "URL",
                    "Email Address",
                    "Company",
                    "Position",
                    "Connected On"
                ])
            );
            assert_eq!(
                r.rows,
                rows(&[&[
                    "Ann",
                    "Lee, Jr.",
                    "https://www.linkedin.com/in/ann",
                    "",
                    "Acme",
                    "Engineer",
                    "04 Jul 2023"
                ]])
            );
        }
        // Older exports have no preamble.
        let r = read(b"First Name,Last Name,Company,Position,Connected On\nAnn,Lee,Acme,Engineer,04 Jul 2023\n");
        assert_eq!(r.dialect.preamble_lines, 0);
        assert_eq!(r.names.first().map(String::as_str), Some("First Name"));
        assert_eq!(r.rows.len(), 1);
        // A preamble without the empty line: the note is still skipped.
        let r = read(b"Notes:\n\"Some note, with a comma\"\nFirst Name,Last Name\nAnn,Lee\n");
        assert_eq!(r.dialect.preamble_lines, 2);
        assert_eq!(r.names, names(&["First Name", "Last Name"]));
        assert_eq!(r.rows, rows(&[&["Ann", "Lee"]]));
    }

    #[test]
    fn backslash_escapes_are_detected() {
        let r = read(
            b"Date,Link,Message\n2025-07-01 10:00:00,https://x,\"He said \\\"hi, there\\\" ok\"\n2025-07-02 11:00:00,https://y,plain\n",
        );
        assert!(r.dialect.backslash_escapes);
        assert_eq!(
            r.rows,
            rows(&[
                &[
                    "2025-07-01 10:00:00",
                    "https://x",
                    "He said \"hi, there\" ok"
                ],
                &["2025-07-02 11:00:00", "https://y", "plain"],
            ])
        );
        // Same field count either way: the `\"` followed by text decides.
        let r =
            read(b"Date,Link,Message\n2025-07-01 10:00:00,https://x,\"He said \\\"hi\\\" ok\"\n");
        assert!(r.dialect.backslash_escapes);
        assert_eq!(
            r.rows,
            rows(&[&["2025-07-01 10:00:00", "https://x", "He said \"hi\" ok"]])
        );
    }

    #[test]
    fn backslash_comments_file_with_mixed_records() {
        let input = b"Date,Link,Message\n\
2025-08-01 09:00:00,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A1,Congrats!\n\
2025-08-02 09:00:00,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A2,\"Quote at the end: \\\"done\\\"\"\n\
2025-08-03 09:00:00,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A3,\"Two lines, \\\"really\\\"\nsecond\"\n";
        let r = read(input);
        assert!(r.dialect.backslash_escapes);
        assert_eq!(r.stats.continuation_lines, 0);
        assert_eq!(
            r.rows,
            rows(&[
                &[
                    "2025-08-01 09:00:00",
                    "https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A1",
                    "Congrats!"
                ],
                &[
                    "2025-08-02 09:00:00",
                    "https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A2",
                    "Quote at the end: \"done\""
                ],
                &[
                    "2025-08-03 09:00:00",
                    "https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A3",
                    "Two lines, \"really\"\nsecond"
                ],
            ])
        );
    }

    #[test]
    fn rfc_file_with_literal_backslashes() {
        let r = read(b"Name,Path\nA,\"C:\\dir\\\"\nB,\"say \"\"hi\"\" \\ there\"\nC,a\\b\n");
        assert!(!r.dialect.backslash_escapes);
        assert_eq!(
            r.rows,
            rows(&[
                &["A", "C:\\dir\\"],
                &["B", "say \"hi\" \\ there"],
                &["C", "a\\b"]
            ])
        );
    }

    #[test]
    fn old_comments_use_doubled_quotes() {
        let r = read(
            b"Date,Link,Message\n2023-01-01 10:00:00,https://x,\"He said \"\"hi, there\"\"\"\n",
        );
        assert!(!r.dialect.backslash_escapes);
        assert_eq!(
            r.rows,
            rows(&[&["2023-01-01 10:00:00", "https://x", "He said \"hi, there\""]])
        );
    }

    #[test]
    fn messages_2026_all_quoted() {
        let r = read(
            b"\"CONVERSATION ID\",\"FROM\",\"DATE\",\"CONTENT\"\n\"2-abc\",\"Ann Lee\",\"2026-01-02 03:04:05 UTC\",\"Hello,\nsecond line\n\n\"\"quoted\"\"\"\n",
        );
        assert_eq!(
            r.names,
            names(&["CONVERSATION ID", "FROM", "DATE", "CONTENT"])
        );
        assert_eq!(
            r.rows,
            rows(&[&[
                "2-abc",
                "Ann Lee",
                "2026-01-02 03:04:05 UTC",
                "Hello,\nsecond line\n\n\"quoted\""
            ]])
        );
        assert!(!r.dialect.joins_unquoted_continuations);
    }

    #[test]
    fn early_2024_unquoted_continuations() {
        let r = read(b"Date,Link,Message\r\n2023-12-10 09:51:37,https://x,Interested\r\nMCA (graduate)\r\nname@example.com\r\n2023-12-11 10:00:00,https://y,Next\r\n");
        assert!(r.dialect.joins_unquoted_continuations);
        assert_eq!(
            r.rows,
            rows(&[
                &[
                    "2023-12-10 09:51:37",
                    "https://x",
                    "Interested\nMCA (graduate)\nname@example.com"
                ],
                &["2023-12-11 10:00:00", "https://y", "Next"],
            ])
        );
        assert_eq!(r.stats.continuation_lines, 2);
        assert_eq!(r.stats.records, 2);
    }

    #[test]
    fn a_backslash_escape_after_the_sniffed_prefix_switches_the_dialect() {
        // Issue 12 item 12: the first `\"` of a Comments.csv past the sniffed prefix.
        let mut data = b"Date,Link,Message\n".to_vec();
        for i in 0..3000 {
            data.extend_from_slice(
                format!("2025-01-01 10:00:00,https://x/{i},plain words\n").as_bytes(),
            );
        }
        data.extend_from_slice(b"2025-02-01 10:00:00,https://y/1,\"a \\\"b\\\"\nc, d\"\n");
        data.extend_from_slice(b"2025-02-02 10:00:00,https://y/2,\"He said \\\"hi\\\" to me\"\n");
        data.extend_from_slice(b"2025-03-01 10:00:00,https://z/1,last\n");
        let r = read(&data);
        assert!(r.dialect.joins_unquoted_continuations);
        assert_eq!(r.stats.records, 3003);
        assert_eq!(r.stats.continuation_lines, 0);
        let tail: Vec<String> = r.rows.iter().skip(3000).map(|row| row[2].clone()).collect();
        assert_eq!(tail, ["a \"b\"\nc, d", "He said \"hi\" to me", "last"]);
        assert!(!has_backslash_escape(b"\"a \\\"\",\"b\\\"\"\"\n"));
    }

    #[test]
    fn every_date_shape_starts_a_record_and_text_does_not() {
        // Issue 11 item 6: a row starts where a date the parser accepts starts.
        let data = b"Date,Link,Message\n\
            2023-06-20 12:25:51,a,one\n\
            Tue Jun 20 12:25:51 UTC 2023,b,two\n\
            04 Jul 2023,c,three\n\
            \x202023-07-05 10:00:00,d,four\n\
            2023/07/06 10:00:00 UTC,e,five\n\
            6/17/23, 6:18 AM,f,six\n\
            \"Jul 8, 2023\",g,seven\n\
            2015\n\
            Nov 2022 was a month\n\
            May I add one thing\n\
            Monday, then\n\
            2023-07-09 10:00:00,h,eight\n";
        let r = read(data);
        assert!(r.dialect.joins_unquoted_continuations);
        assert_eq!(r.stats.records, 8);
        assert_eq!(r.stats.continuation_lines, 4);
        assert_eq!(
            r.rows.get(6).map(|row| row[2].clone()),
            Some("seven\n2015\nNov 2022 was a month\nMay I add one thing\nMonday, then".to_owned())
        );
    }

    #[test]
    fn all_empty_record_in_a_date_file_is_not_a_continuation() {
        let data = b"Date,Type,Link\n2022-11-20 10:00:00,LIKE,https://x\n,,\n2022-08-17 09:00:00,PRAISE,https://y\n";
        let mut r = CsvReader::new(&data[..], ReaderLimits::default()).expect("reader");
        let mut rec = Record::default();
        let mut blank = 0;
        let mut records = 0;
        while r.read_record(&mut rec).expect("read") {
            records += 1;
            blank += usize::from(rec.is_blank());
        }
        assert_eq!((records, blank), (3, 1));
        assert_eq!(r.stats().continuation_lines, 0);
    }

    #[test]
    fn continuation_commas_and_extra_fields_are_rejoined() {
        let r = read(b"date,Link,Message\r\n2023-12-10 09:51:37,https://x,Hello, world\r\nsecond, line,3\r\n2023/12/11,https://y,last\r\nno date at the end");
        assert_eq!(
            r.rows,
            rows(&[
                &[
                    "2023-12-10 09:51:37",
                    "https://x",
                    "Hello, world\nsecond, line,3"
                ],
                &["2023/12/11", "https://y", "last\nno date at the end"],
            ])
        );
        assert_eq!(r.stats.continuation_lines, 2);
        // Without a Date first column nothing is joined.
        let r = read(b"Name,Text\r\nA,Hello\r\nworld\r\n");
        assert_eq!(r.rows, rows(&[&["A", "Hello"], &["world"]]));
        assert_eq!(r.stats.continuation_lines, 0);
    }

    #[test]
    fn header_only_and_empty_files() {
        for input in [&b"Name,Value\n"[..], b"Name,Value", b"Name,Value\r\n\r\n"] {
            let r = read(input);
            assert_eq!(r.names, names(&["Name", "Value"]));
            assert!(r.rows.is_empty());
        }
        let r = read(b"");
        assert!(r.names.is_empty());
        assert!(r.rows.is_empty());
        assert_eq!(r.dialect, Dialect::default());
        assert_eq!(r.stats, ReadStats::default());
    }

    #[test]
    fn profile_summary_empty_record_is_blank() {
        let mut rdr =
            CsvReader::new(&b"Profile Summary\n\"\"\n"[..], ReaderLimits::default()).unwrap();
        let mut rec = Record::default();
        assert!(rdr.read_record(&mut rec).unwrap());
        assert_eq!(rec.len(), 1);
        assert_eq!(rec.get(0), Some(&b""[..]));
        assert!(rec.is_blank());
        assert!(!rdr.read_record(&mut rec).unwrap());
        assert_eq!(rdr.stats().records, 1);
    }

    #[test]
    fn learning_coach_text_is_not_csv() {
        let r = read(b"No conversations found\n\n\n");
        assert!(r.dialect.not_csv);
        assert!(r.names.is_empty());
        assert!(r.rows.is_empty());
        // A real one-column header is still CSV.
        let r = read(b"Profile Summary\n");
        assert!(!r.dialect.not_csv);
        assert_eq!(r.names, names(&["Profile Summary"]));
    }

    #[test]
    fn duplicate_and_empty_column_names() {
        let mut rdr = CsvReader::new(
            &b"Company Names,Job Titles, company names ,\n1,2,3,4\n"[..],
            ReaderLimits::default(),
        )
        .unwrap();
        let h = rdr.header();
        assert_eq!(
            h.names(),
            names(&["Company Names", "Job Titles", "company names", ""]).as_slice()
        );
        assert_eq!(h.len(), 4);
        assert!(!h.is_empty());
        assert_eq!(h.find(" company NAMES "), Some(0));
        assert_eq!(h.find(""), None);
        assert_eq!(h.find("  "), None);
        assert_eq!(h.find_any(&["SharedUrl", "job titles"]), Some(1));
        assert_eq!(h.find_any(&["SharedUrl", "SharedURL"]), None);
        let mut rec = Record::default();
        assert!(rdr.read_record(&mut rec).unwrap());
        assert_eq!(
            rec.iter().collect::<Vec<_>>(),
            vec![&b"1"[..], b"2", b"3", b"4"]
        );
        assert_eq!(rec.get(4), None);
        assert_eq!(rec.text(4), "");
    }

    #[test]
    fn empty_lines_between_records_are_skipped() {
        let r = read(b"a,b\n\n1,2\r\n\r\n\n3,4\n\n");
        assert_eq!(r.rows, rows(&[&["1", "2"], &["3", "4"]]));
        let r = read(b"a,b\n,\n");
        assert_eq!(r.rows, rows(&[&["", ""]]));
    }

    #[test]
    fn invalid_utf8_and_nul_bytes() {
        let mut rdr = CsvReader::new(
            &b"a,b\n\xFF\xFE,x\x00y\nok,fine\n"[..],
            ReaderLimits::default(),
        )
        .unwrap();
        let mut rec = Record::default();
        assert!(rdr.read_record(&mut rec).unwrap());
        assert_eq!(rec.get(0), Some(&b"\xFF\xFE"[..]));
        assert_eq!(rec.text(0), "\u{FFFD}\u{FFFD}");
        assert_eq!(rec.get(1), Some(&b"x\x00y"[..]));
        assert!(rdr.read_record(&mut rec).unwrap());
        assert_eq!(rec.text(1), "fine");
        assert!(!rdr.read_record(&mut rec).unwrap());
        assert_eq!(rdr.stats().invalid_utf8_records, 1);
        // A character split across two fields is invalid in both.
        let r = read(b"a,b\n\xC3,\xA9\n");
        assert_eq!(r.stats.invalid_utf8_records, 1);
    }

    /// A stream of `prefix`, `len` copies of `fill`, then `suffix`, without a big buffer.
    struct Generated {
        parts: [(Vec<u8>, usize); 3],
        idx: usize,
        done_in_part: usize,
    }

    impl Generated {
        fn new(prefix: &[u8], fill: u8, len: usize, suffix: &[u8]) -> Self {
            Self {
                parts: [
                    (prefix.to_vec(), 1),
                    (vec![fill; 4096], len),
                    (suffix.to_vec(), 1),
                ],
                idx: 0,
                done_in_part: 0,
            }
        }
    }

    impl Read for Generated {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            loop {
                let Some((chunk, reps)) = self.parts.get(self.idx) else {
                    return Ok(0);
                };
                // For the fill part `reps` is a byte count; otherwise copy the chunk once.
                let total = if self.idx == 1 { *reps } else { chunk.len() };
                if self.done_in_part >= total {
                    self.idx += 1;
                    self.done_in_part = 0;
                    continue;
                }
                let start = self.done_in_part % chunk.len().max(1);
                let n = (total - self.done_in_part)
                    .min(chunk.len() - start)
                    .min(buf.len());
                buf[..n].copy_from_slice(&chunk[start..start + n]);
                self.done_in_part += n;
                return Ok(n);
            }
        }
    }

    #[test]
    fn huge_field_is_cut_with_bounded_memory() {
        const HUGE: usize = 200 * 1024 * 1024;
        let limits = ReaderLimits {
            max_field_bytes: 1024,
            ..ReaderLimits::default()
        };
        for (prefix, suffix) in [
            (&b"a,b,c\n1,\""[..], &b"\",3\n4,5,6\n"[..]),
            (b"a,b,c\n1,", b",3\n4,5,6"),
        ] {
            let mut rdr =
                CsvReader::new(Generated::new(prefix, b'x', HUGE, suffix), limits).unwrap();
            let mut rec = Record::default();
            assert!(rdr.read_record(&mut rec).unwrap());
            assert_eq!(rec.len(), 3);
            assert_eq!(rec.get(0), Some(&b"1"[..]));
            assert_eq!(rec.get(1), Some(&[b'x'; 1024][..]));
            assert_eq!(rec.get(2), Some(&b"3"[..]));
            assert!(
                rec.data.capacity() <= 4 * 1024,
                "kept {} bytes",
                rec.data.capacity()
            );
            assert!(rdr.read_record(&mut rec).unwrap());
            assert_eq!(rec.iter().collect::<Vec<_>>(), vec![&b"4"[..], b"5", b"6"]);
            assert!(!rdr.read_record(&mut rec).unwrap());
            assert_eq!(rdr.stats().truncated_fields, 1);
            assert_eq!(rdr.stats().records, 2);
        }
    }

    #[test]
    fn a_record_of_many_huge_fields_is_capped_as_a_whole() {
        // Found by the hostile-input tests: each field was capped, the record was not (nor
        // its buffer's growth after a cut field), so a record of n huge fields cost n fields
        // of memory, and the small fields after a 64 MiB one doubled its buffer to 128 MiB.
        const FIELD: usize = 400 * 1024;
        let max_field = 300 * 1024;
        let limits = ReaderLimits {
            max_field_bytes: max_field,
            ..ReaderLimits::default()
        };
        let mut csv = b"a,b,c,d,e,f\n".to_vec();
        for _ in 0..5 {
            csv.extend(std::iter::repeat_n(b'x', FIELD));
            csv.push(b',');
        }
        csv.extend_from_slice(b"end\n1,2\n");
        let mut rdr = CsvReader::new(&csv[..], limits).unwrap();
        let mut rec = Record::default();
        assert!(rdr.read_record(&mut rec).unwrap());
        let lens: Vec<usize> = rec.iter().map(<[u8]>::len).collect();
        let cap = max_field + RECORD_SLACK;
        // Four fields cut at max_field, the fifth at what the record has left, then nothing.
        assert_eq!(
            lens,
            [
                max_field,
                max_field,
                max_field,
                max_field,
                cap - 4 * max_field,
                0
            ]
        );
        assert!(rec.data.capacity() <= cap, "kept {}", rec.data.capacity());
        assert_eq!(rdr.stats().truncated_fields, 6);
        assert!(rdr.read_record(&mut rec).unwrap());
        assert_eq!(rec.iter().collect::<Vec<_>>(), vec![&b"1"[..], b"2"]);
        // The huge buffer was released for the small record.
        assert!(rec.data.capacity() <= SHRINK_ABOVE);
    }

    #[test]
    fn joined_continuations_are_capped_while_joining() {
        let limits = ReaderLimits {
            max_field_bytes: 1000,
            ..ReaderLimits::default()
        };
        let mut csv = b"Date,Message\n2024-01-01 10:00:00,start\n".to_vec();
        for _ in 0..50 {
            csv.extend(std::iter::repeat_n(b'y', 300));
            csv.push(b'\n');
        }
        csv.extend_from_slice(b"2024-01-02 10:00:00,next\n");
        let mut rdr = CsvReader::new(&csv[..], limits).unwrap();
        let mut rec = Record::default();
        assert!(rdr.read_record(&mut rec).unwrap());
        assert_eq!(rec.get(1).map(<[u8]>::len), Some(1000));
        assert!(
            rdr.join_buf.capacity() <= 2 * 1024,
            "{}",
            rdr.join_buf.capacity()
        );
        assert!(rdr.read_record(&mut rec).unwrap());
        assert_eq!(rec.get(1), Some(&b"next"[..]));
        assert_eq!(rdr.stats().continuation_lines, 50);
        assert_eq!(rdr.stats().truncated_fields, 1);
    }

    #[test]
    fn cut_respects_utf8_and_exact_fit_is_not_cut() {
        let limits = ReaderLimits {
            max_field_bytes: 5,
            ..ReaderLimits::default()
        };
        // "ééé" is 6 bytes: a cut at 5 would split the third é.
        let r = read_with(
            "h1,h2\néé\u{e9},\"abcde\"\nabcde,x\n".as_bytes(),
            limits,
            BUF_SIZE,
        );
        assert_eq!(r.rows, rows(&[&["éé", "abcde"], &["abcde", "x"]]));
        assert_eq!(r.stats.truncated_fields, 1);
        assert_eq!(r.stats.invalid_utf8_records, 0);
        // Joined continuation text is cut too, and counted once.
        let limits = ReaderLimits {
            max_field_bytes: 10,
            ..ReaderLimits::default()
        };
        let r = read_with(b"Date,Msg\n2024-01-01,abcdefgh\nij\nkl\n", limits, BUF_SIZE);
        assert_eq!(r.rows, rows(&[&["2024-01-01", "abcdefgh\ni"]]));
        assert_eq!(r.stats.truncated_fields, 1);
    }

    #[test]
    fn million_column_header_keeps_max_columns() {
        const COLS: usize = 1_000_000;
        // "c,c,c,...,c\n" then one short record.
        let mut header = b"c,".repeat(COLS - 1);
        header.extend_from_slice(b"c\n1,2\n");
        let mut rdr = CsvReader::new(&header[..], ReaderLimits::default()).unwrap();
        assert_eq!(rdr.header().len(), 10_000);
        assert_eq!(rdr.stats().dropped_columns, (COLS - 10_000) as u64);
        let mut rec = Record::default();
        assert!(rdr.read_record(&mut rec).unwrap());
        assert_eq!(rec.iter().collect::<Vec<_>>(), vec![&b"1"[..], b"2"]);
    }

    #[test]
    fn extra_columns_are_dropped() {
        let limits = ReaderLimits {
            max_columns: 2,
            ..ReaderLimits::default()
        };
        let r = read_with(b"a,b,c\n1,2,3,4\n5\n6,7,\"8\n9\",10\n", limits, BUF_SIZE);
        assert_eq!(r.names, names(&["a", "b"]));
        assert_eq!(r.rows, rows(&[&["1", "2"], &["5"], &["6", "7"]]));
        assert_eq!(r.stats.dropped_columns, 1 + 2 + 2);
    }

    #[test]
    fn unterminated_quote_ends_the_last_record() {
        let r = read(b"a,b\n1,\"unterminated\nmore, text");
        assert_eq!(r.rows, rows(&[&["1", "unterminated\nmore, text"]]));
    }

    struct Failing {
        data: &'static [u8],
    }

    impl Read for Failing {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            if self.data.is_empty() {
                return Err(io::Error::other("boom"));
            }
            let n = self.data.len().min(buf.len());
            buf[..n].copy_from_slice(&self.data[..n]);
            self.data = &self.data[n..];
            Ok(n)
        }
    }

    #[test]
    fn io_errors_pass_through() {
        let err = CsvReader::new(
            Failing {
                data: b"a,b\n1,2\n",
            },
            ReaderLimits::default(),
        )
        .err()
        .map(|e| e.to_string());
        assert_eq!(err.as_deref(), Some("boom"));
        let mut rdr = CsvReader::with_buffer_size(
            Failing {
                data: b"a,b\n1,2\n3,4\n",
            },
            ReaderLimits::default(),
            8,
        )
        .unwrap();
        let mut rec = Record::default();
        assert!(rdr.read_record(&mut rec).unwrap());
        assert_eq!(rec.text(1), "2");
        assert!(rdr.read_record(&mut rec).unwrap());
        assert_eq!(rec.text(1), "4");
        let err = rdr.read_record(&mut rec).err().map(|e| e.to_string());
        assert_eq!(err.as_deref(), Some("boom"));
    }

    #[test]
    fn placeholders() {
        for p in [
            &b""[..],
            b"N/A",
            b"n/a",
            b" Not Available ",
            b"null",
            b"UNKNOWN",
            b"USER_DID_NOT_SPECIFY",
            b" -",
            b"\xC2\xA0-\xE2\x80\x83",
            b"  \t",
        ] {
            assert!(is_placeholder(p), "{:?}", String::from_utf8_lossy(p));
        }
        for p in [&b"0"[..], b"--", b"NA", b"Nullable", b"\xFF", b"Ann"] {
            assert!(!is_placeholder(p), "{:?}", String::from_utf8_lossy(p));
        }
        let r = read(b"a,b,c\nN/A, - ,\nnull,x,\n");
        assert_eq!(r.rows.len(), 2);
        let mut rdr =
            CsvReader::new(&b"a,b,c\nN/A, - ,\nnull,x,\n"[..], ReaderLimits::default()).unwrap();
        let mut rec = Record::default();
        assert!(rdr.read_record(&mut rec).unwrap());
        assert!(rec.is_blank());
        assert!(rdr.read_record(&mut rec).unwrap());
        assert!(!rec.is_blank());
        assert!(Record::default().is_blank());
        assert_eq!(format!("{rec:?}"), r#"["null", "x", ""]"#);
    }

    #[test]
    fn unwrap_line_quotes_restores_posts() {
        assert_eq!(
            unwrap_line_quotes("First line.\"\n\"\"\n\"Second\"\n\"last"),
            "First line.\n\nSecond\nlast"
        );
        assert_eq!(unwrap_line_quotes("a\"\r\n\"b"), "a\nb");
        assert!(matches!(
            unwrap_line_quotes("plain \"quoted\"\nline"),
            Cow::Borrowed(_)
        ));
        assert!(matches!(unwrap_line_quotes(""), Cow::Borrowed(_)));
    }

    #[test]
    fn tiny_buffers_give_the_same_records() {
        let input =
            "\u{feff}Name,Text\r\n\"a,b\",\"x\"\"y\"\"\nz\"\r\nplain,\u{e9}t\u{e9}\n\n\"\",end";
        let expected = read(input.as_bytes());
        assert_eq!(
            expected.rows,
            rows(&[&["a,b", "x\"y\"\nz"], &["plain", "été"], &["", "end"]])
        );
        for size in 8..40 {
            let r = read_with(input.as_bytes(), ReaderLimits::default(), size);
            assert_eq!(r.rows, expected.rows, "buffer {size}");
            assert_eq!(r.names, expected.names, "buffer {size}");
        }
    }

    fn write_csv(header: &[&str], records: &[Vec<String>]) -> Vec<u8> {
        let mut w = csv::Writer::from_writer(Vec::new());
        w.write_record(header).unwrap();
        for r in records {
            w.write_record(r).unwrap();
        }
        w.into_inner().unwrap()
    }

    fn field() -> impl Strategy<Value = String> {
        proptest::string::string_regex("[a-z\",\\\\\r\n é€😀\t]{0,12}").unwrap()
    }

    #[test]
    fn records_past_the_limit_are_an_error_continuation_lines_included() {
        let limits = ReaderLimits {
            max_records: 2,
            ..ReaderLimits::default()
        };
        let read = |input: &[u8]| {
            let mut rdr = CsvReader::new(input, limits).unwrap();
            let mut rec = Record::default();
            let mut records = 0;
            loop {
                match rdr.read_record(&mut rec) {
                    Ok(true) => records += 1,
                    Ok(false) => return (records, None),
                    Err(error) => {
                        let limit = error
                            .get_ref()
                            .and_then(|inner| inner.downcast_ref::<TooManyRecords>())
                            .map(|too_many| too_many.limit);
                        return (records, limit);
                    }
                }
            }
        };
        // The header does not count.
        assert_eq!(read(b"Name\na\nb\n"), (2, None));
        assert_eq!(read(b"Name\na\nb\nc\n"), (2, Some(2)));
        // One message of three lines is one record but three reads.
        assert_eq!(read(b"Date,Message\n2024-01-01,a\nb\n"), (1, None));
        assert_eq!(read(b"Date,Message\n2024-01-01,a\nb\nc\n"), (0, Some(2)));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn roundtrip_csv_writer(
            records in proptest::collection::vec(proptest::collection::vec(field(), 3), 0..20),
            buf in 8usize..200,
        ) {
            let header = ["Name", "Text", "Other"];
            let bytes = write_csv(&header, &records);
            let r = read_with(&bytes, ReaderLimits::default(), buf);
            prop_assert_eq!(r.names, names(&header));
            prop_assert_eq!(&r.rows, &records);
            prop_assert!(!r.dialect.backslash_escapes);
            prop_assert_eq!(r.stats.records, records.len() as u64);
        }

        #[test]
        fn roundtrip_date_files(
            records in proptest::collection::vec(
                (1990u32..2030, 1u32..13, 1u32..29, field(), field()), 0..20),
            buf in 8usize..200,
        ) {
            let records: Vec<Vec<String>> = records
                .into_iter()
                .map(|(y, m, d, a, b)| vec![format!("{y}-{m:02}-{d:02} 10:11:12"), a, b])
                .collect();
            let header = ["Date", "Link", "Message"];
            let bytes = write_csv(&header, &records);
            let r = read_with(&bytes, ReaderLimits::default(), buf);
            prop_assert!(r.dialect.joins_unquoted_continuations);
            prop_assert_eq!(&r.rows, &records);
            prop_assert_eq!(r.stats.continuation_lines, 0);
        }

        #[test]
        fn plain_lines_read_as_csv_core_reads_them(
            bytes in proptest::collection::vec(
                prop_oneof![
                    4 => Just(b','), 3 => Just(b'\n'), 1 => Just(b'\r'), 1 => Just(b'"'),
                    1 => Just(b'\\'), 2 => Just(b'2'), 1 => Just(b'-'), 1 => Just(b' '),
                    6 => Just(b'a'), 1 => Just(0xC3), 1 => Just(0xA9), 1 => any::<u8>(),
                ],
                0..400),
            prefix in prop_oneof![
                Just(&b""[..]), Just(&b"Date,a,b\n"[..]), Just(&b"Name,Value\r\n"[..]),
                Just(&b"Notes:\n"[..]), Just(&b"\xEF\xBB\xBF"[..]),
                Just(&b"Date,Text\n2024-01-01,\"x\\\"y\"\n"[..]),
            ],
            repeat in 1usize..4,
            max_field in prop_oneof![Just(usize::MAX), 0usize..12],
            max_columns in prop_oneof![Just(10_000usize), 1usize..5],
            buf in 8usize..96,
        ) {
            let mut input = prefix.to_vec();
            for _ in 0..repeat {
                input.extend_from_slice(&bytes);
            }
            let limits = ReaderLimits { max_field_bytes: max_field, max_columns, max_records: u64::MAX };
            let read_all = |plain: bool| {
                let mut rdr = CsvReader::with_options(&input[..], limits, buf, plain).unwrap();
                let mut rec = Record::default();
                let mut rows: Vec<Vec<Vec<u8>>> = Vec::new();
                while rdr.read_record(&mut rec).unwrap() {
                    rows.push(rec.iter().map(<[u8]>::to_vec).collect());
                }
                (rdr.header().names().to_vec(), rows, rdr.dialect().clone(), rdr.stats().clone())
            };
            prop_assert_eq!(read_all(true), read_all(false));
        }

        #[test]
        fn never_panics(
            bytes in proptest::collection::vec(
                prop_oneof![Just(b'"'), Just(b','), Just(b'\n'), Just(b'\r'), Just(b'\\'), Just(b'2'), Just(b'-'), any::<u8>()],
                0..300),
            prefix in prop_oneof![Just(&b""[..]), Just(&b"Date,a,b\n"[..]), Just(&b"Notes:\n"[..]), Just(&b"\xEF\xBB\xBF"[..])],
            max_field in 0usize..8,
            max_columns in 0usize..5,
            buf in 8usize..64,
        ) {
            let mut input = prefix.to_vec();
            input.extend_from_slice(&bytes);
            let limits = ReaderLimits { max_field_bytes: max_field, max_columns, max_records: u64::MAX };
            let mut rdr = CsvReader::with_buffer_size(&input[..], limits, buf).unwrap();
            let mut rec = Record::default();
            let mut n = 0u64;
            while rdr.read_record(&mut rec).unwrap() {
                n += 1;
                prop_assert!(n <= input.len() as u64 + 1);
                prop_assert!(rec.len() <= max_columns.max(1) || rdr.dialect().joins_unquoted_continuations);
                for f in rec.iter() {
                    prop_assert!(f.len() <= max_field);
                }
                let _ = rec.is_blank();
            }
            prop_assert_eq!(rdr.stats().records, n);
            let mut rdr = CsvReader::new(&input[..], ReaderLimits::default()).unwrap();
            while rdr.read_record(&mut rec).unwrap() {}
        }
    }
}
