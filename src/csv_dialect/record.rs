//! One record and the column names: field spans over one reused buffer, the cuts that keep
//! a record within its limits, and the field-level helpers callers use (placeholders,
//! Shares.csv's per-line quoting).

use std::borrow::Cow;

use super::{MIN_RECORD_ROOM, ReadStats, SHRINK_ABOVE};

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
    pub(super) data: Vec<u8>,
    pub(super) len: usize,
    /// Start offset in `data` of each field.
    pub(super) starts: Vec<usize>,
    /// End offset in `data` of each field.
    pub(super) ends: Vec<usize>,
    /// The last field was cut at `max_field_bytes` (so joins do not count it twice).
    pub(super) last_cut: bool,
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

    pub(super) fn field_start(&self, i: usize) -> usize {
        self.starts.get(i).copied().unwrap_or(self.len)
    }

    /// Adds a field ending at `end` and starting where the previous one ended (csv-core
    /// writes fields back to back).
    pub(super) fn push_end(&mut self, end: usize) {
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

    pub(super) fn clear(&mut self) {
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
    pub(super) fn is_utf8(&self) -> bool {
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
    pub(super) fn append_to_last(&mut self, bytes: &[u8], cap: usize) {
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
    pub(super) fn cut_last(&mut self, max_field: usize, stats: &mut ReadStats) {
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
    pub(super) fn replace_tail(
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
pub(super) fn complete_utf8_len(field: &[u8]) -> usize {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::csv_dialect::test_support::*;
    use crate::csv_dialect::{BUF_SIZE, CsvReader, ReaderLimits};

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
}
