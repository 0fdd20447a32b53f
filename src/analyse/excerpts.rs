//! Excerpts of the member's public writing: candidates kept as raw bytes while a file is
//! read, built once at its end, the most recent few per category.

use super::{Excerpt, RecordDate};
use crate::csv_dialect::unwrap_line_quotes;
use crate::dates::PartialDate;
use crate::sanitize;

use super::statistics::DatedExcerpt;

/// Excerpts kept per category for the report.
pub const EXCERPTS_PER_CATEGORY: usize = 3;
/// Characters of an excerpt.
pub const EXCERPT_CHARS: usize = 280;

/// Bytes of a text field an excerpt is made from (an excerpt is 280 characters).
pub(super) const EXCERPT_SOURCE_BYTES: usize = 64 << 10;

/// Keeps the most recent excerpts (then the first seen), at most EXCERPTS_PER_CATEGORY.
pub(super) fn offer_excerpt(kept: &mut Vec<DatedExcerpt>, candidate: DatedExcerpt) {
    if kept.contains(&candidate) {
        return;
    }
    kept.push(candidate);
    kept.sort_by_key(|excerpt| std::cmp::Reverse(excerpt.sort_key));
    kept.truncate(EXCERPTS_PER_CATEGORY);
}

/// One file's excerpt candidates, as raw field bytes until the end: in a large file most
/// rows would duplicate or displace one, and building an excerpt (decoding, unwrapping,
/// sanitising, the date's text) for every such row cost more than the rest of the row.
/// Keeps what [`offer_excerpt`] keeps: the most recent, then the first seen.
#[derive(Default)]
pub(super) struct ExcerptCandidates {
    /// At most [`EXCERPTS_PER_CATEGORY`], most recent first.
    kept: Vec<Candidate>,
    /// Byte buffers of displaced candidates, reused.
    spare: Vec<Vec<u8>>,
}

pub(super) struct Candidate {
    kind: &'static str,
    date: Option<PartialDate>,
    sort_key: u64,
    /// The field's first [`EXCERPT_SOURCE_BYTES`], all an excerpt is made from.
    source: Vec<u8>,
    /// The field was longer than `source` (its excerpt ends with `…`).
    cut: bool,
}

impl ExcerptCandidates {
    pub(super) fn would_keep(&self, sort_key: u64) -> bool {
        self.kept.len() < EXCERPTS_PER_CATEGORY || self.kept.iter().any(|c| c.sort_key < sort_key)
    }

    pub(super) fn offer(
        &mut self,
        kind: &'static str,
        field: &[u8],
        date: Option<PartialDate>,
        sort_key: u64,
    ) {
        let source = utf8_prefix(field, EXCERPT_SOURCE_BYTES);
        let duplicate =
            |c: &Candidate| c.sort_key == sort_key && c.kind == kind && c.source == source;
        if !self.would_keep(sort_key) || self.kept.iter().any(duplicate) || !has_excerpt(source) {
            return;
        }
        let mut buffer = self.spare.pop().unwrap_or_default();
        buffer.clear();
        buffer.extend_from_slice(source);
        // After every candidate with the same or a later date: the first seen stays first.
        let at = self
            .kept
            .iter()
            .take_while(|c| c.sort_key >= sort_key)
            .count();
        self.kept.insert(
            at,
            Candidate {
                kind,
                date,
                sort_key,
                source: buffer,
                cut: source.len() < field.len(),
            },
        );
        if self.kept.len() > EXCERPTS_PER_CATEGORY
            && let Some(displaced) = self.kept.pop()
        {
            self.spare.push(displaced.source);
        }
    }

    /// Builds the excerpts and offers them to a category's list.
    pub(super) fn add_to(self, excerpts: &mut Vec<DatedExcerpt>) {
        for candidate in self.kept {
            if let Some(mut text) = excerpt_of(&candidate.source) {
                // As `excerpt_of` marks a field longer than what it read.
                if candidate.cut && !text.ends_with('…') {
                    text.push('…');
                }
                offer_excerpt(
                    excerpts,
                    DatedExcerpt {
                        excerpt: Excerpt {
                            kind: candidate.kind,
                            text,
                            date: candidate.date.as_ref().map(RecordDate::of),
                        },
                        sort_key: candidate.sort_key,
                    },
                );
            }
        }
    }
}

/// Whether [`excerpt_of`] gives an excerpt for these bytes (they are not blank), decided
/// without building it when a visible ASCII character other than a quote shows it.
pub(super) fn has_excerpt(source: &[u8]) -> bool {
    source.iter().any(|&b| b.is_ascii_graphic() && b != b'"') || excerpt_of(source).is_some()
}

/// At most `max` bytes of `bytes`, not ending inside a UTF-8 character.
pub(super) fn utf8_prefix(bytes: &[u8], max: usize) -> &[u8] {
    if bytes.len() <= max {
        return bytes;
    }
    let mut end = max;
    // Back off at most three continuation bytes (invalid input is cut anywhere).
    while end > max.saturating_sub(3) && bytes.get(end).is_some_and(|b| b & 0xC0 == 0x80) {
        end -= 1;
    }
    bytes.get(..end).unwrap_or_default()
}

/// An excerpt of a text field, from its first [`EXCERPT_SOURCE_BYTES`] (per-line quotes
/// unwrapped): `None` when that is blank. A field cut here always ends with `…`.
pub(super) fn excerpt_of(bytes: &[u8]) -> Option<String> {
    let head = utf8_prefix(bytes, EXCERPT_SOURCE_BYTES);
    let text = String::from_utf8_lossy(head);
    let text = unwrap_line_quotes(&text);
    if text.trim().is_empty() {
        return None;
    }
    let mut excerpt = sanitize::excerpt(&text, EXCERPT_CHARS);
    if head.len() < bytes.len() && !excerpt.ends_with('…') {
        excerpt.push('…');
    }
    Some(excerpt)
}

/// An article's excerpt, from the start of its text only (a body may run to megabytes).
pub(super) fn article_excerpt(text: &str) -> String {
    let head = utf8_prefix(text.as_bytes(), EXCERPT_SOURCE_BYTES);
    let mut excerpt = sanitize::excerpt(&String::from_utf8_lossy(head), EXCERPT_CHARS);
    if head.len() < text.len() && !excerpt.ends_with('…') {
        excerpt.push('…');
    }
    excerpt
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn utf8_prefix_never_splits_a_character() {
        let text = "ééé".as_bytes();
        assert_eq!(utf8_prefix(text, 3), "é".as_bytes());
        assert_eq!(utf8_prefix(text, 4), "éé".as_bytes());
        assert_eq!(utf8_prefix(text, 10), text);
        assert_eq!(utf8_prefix(b"\x80\x80\x80\x80\x80", 4), b"\x80");
    }

    /// What `offer_excerpt` kept, fed every row's excerpt in order (the behaviour
    /// `ExcerptCandidates` must keep while building only the survivors).
    fn excerpts_offered_one_by_one(rows: &[(u64, &'static str, &str)]) -> Vec<DatedExcerpt> {
        let mut kept = Vec::new();
        for &(sort_key, kind, text) in rows {
            let would_keep = kept.len() < EXCERPTS_PER_CATEGORY
                || kept.iter().any(|e: &DatedExcerpt| e.sort_key < sort_key);
            if let (true, Some(text)) = (would_keep, excerpt_of(text.as_bytes())) {
                offer_excerpt(
                    &mut kept,
                    DatedExcerpt {
                        excerpt: Excerpt {
                            kind,
                            text,
                            date: None,
                        },
                        sort_key,
                    },
                );
            }
        }
        kept
    }

    #[test]
    fn an_excerpt_candidate_of_a_field_past_the_source_bytes_ends_with_an_ellipsis() {
        let mut field = b"hello".to_vec();
        field.resize(EXCERPT_SOURCE_BYTES + 10, b' ');
        field.extend_from_slice(b"more");
        let mut candidates = ExcerptCandidates::default();
        candidates.offer("post", &field, None, 1);
        let mut built = Vec::new();
        candidates.add_to(&mut built);
        let texts: Vec<&str> = built.iter().map(|e| e.excerpt.text.as_str()).collect();
        assert_eq!(texts, ["hello…"]);
        assert_eq!(excerpt_of(&field).as_deref(), Some("hello…"));
    }

    proptest! {
        #[test]
        fn excerpt_candidates_keep_what_offering_each_row_kept(
            rows in proptest::collection::vec(
                (0u64..6, prop_oneof![Just("post"), Just("comment")],
                 prop_oneof![Just("alpha"), Just("beta gamma"), Just("  "), Just("\"\n\""),
                             Just("delta"), Just("N"), Just("\u{a0}")]),
                0..40),
        ) {
            let mut candidates = ExcerptCandidates::default();
            for &(sort_key, kind, text) in &rows {
                if candidates.would_keep(sort_key) {
                    candidates.offer(kind, text.as_bytes(), None, sort_key);
                }
            }
            let mut built = Vec::new();
            candidates.add_to(&mut built);
            prop_assert_eq!(built, excerpts_offered_one_by_one(&rows));
        }
    }
}
