//! What an input is, from its bytes: a zip's signatures and end records (read before the
//! zip parser, so a huge declared directory is refused early), or what else it looks like.

use super::source::ByteSource;
use std::io;

use super::errors::Detected;
use super::source::read_exact_at;

pub(super) const LOCAL_HEADER_SIG: &[u8; 4] = b"PK\x03\x04";
pub(super) const EOCD_SIG: &[u8; 4] = b"PK\x05\x06";
pub(super) const EOCD64_LOCATOR_SIG: &[u8; 4] = b"PK\x06\x07";
pub(super) const EOCD64_SIG: &[u8; 4] = b"PK\x06\x06";
pub(super) const EOCD_LEN: usize = 22;

/// What the first bytes say a non-zip file is, for the message.
pub(super) fn detect_other(head: &[u8]) -> Detected {
    let text = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let trimmed = text.trim_ascii_start();
    let starts_with_ci = |prefix: &[u8]| {
        trimmed
            .get(..prefix.len())
            .is_some_and(|start| start.eq_ignore_ascii_case(prefix))
    };
    if head.starts_with(b"%PDF") {
        Detected::Pdf
    } else if head.starts_with(b"\x1F\x8B") {
        Detected::Gzip
    } else if head.starts_with(b"7z\xBC\xAF\x27\x1C") {
        Detected::SevenZip
    } else if head.starts_with(b"Rar!\x1A\x07") {
        Detected::Rar
    } else if head.get(257..262) == Some(b"ustar") {
        Detected::Tar
    } else if starts_with_ci(b"<!doctype html") || starts_with_ci(b"<html") {
        Detected::Html
    } else if looks_like_text(text) {
        Detected::Text
    } else {
        Detected::Unknown
    }
}

/// No NUL bytes and valid UTF-8 (the sample may end inside a character).
pub(super) fn looks_like_text(sample: &[u8]) -> bool {
    if sample.contains(&0) {
        return false;
    }
    match std::str::from_utf8(sample) {
        Ok(_) => true,
        Err(error) => error.error_len().is_none(),
    }
}

/// The end-of-central-directory records found in the tail of a file.
pub(super) struct EocdScan {
    /// Largest entry count declared by a plausible record, or `None` without any.
    pub(super) max_entries: Option<u64>,
    /// Largest central-directory size declared by a plausible record (0 without any).
    pub(super) max_directory: u64,
}

pub(super) fn le16(bytes: &[u8], at: usize) -> Option<u64> {
    let b = bytes.get(at..at.checked_add(2)?)?;
    Some(u64::from(u16::from_le_bytes(b.try_into().ok()?)))
}

pub(super) fn le32(bytes: &[u8], at: usize) -> Option<u64> {
    let b = bytes.get(at..at.checked_add(4)?)?;
    Some(u64::from(u32::from_le_bytes(b.try_into().ok()?)))
}

pub(super) fn le64(bytes: &[u8], at: usize) -> Option<u64> {
    let b = bytes.get(at..at.checked_add(8)?)?;
    Some(u64::from_le_bytes(b.try_into().ok()?))
}

/// Looks for end-of-central-directory records (the zip's table of contents, written last, so a
/// cut-short download has none) and reads their declared entry counts before zip parses the
/// directory, so a huge count is refused without building a huge list.
pub(super) fn scan_eocd(file: &dyn ByteSource, len: u64) -> io::Result<EocdScan> {
    let tail_len = len.min((EOCD_LEN + usize::from(u16::MAX)) as u64);
    let tail_start = len - tail_len;
    let mut tail = vec![0u8; usize::try_from(tail_len).unwrap_or(0)];
    read_exact_at(file, &mut tail, tail_start)?;
    let mut max_entries: Option<u64> = None;
    let mut max_directory = 0u64;
    let last = tail.len().saturating_sub(EOCD_LEN);
    for p in (0..=last).rev() {
        if tail.get(p..p + 4) != Some(EOCD_SIG.as_slice()) {
            continue;
        }
        let record_pos = tail_start + p as u64;
        if let Some((entries, directory)) = plausible_eocd(file, &tail, p, record_pos)? {
            max_entries = Some(max_entries.map_or(entries, |m| m.max(entries)));
            max_directory = max_directory.max(directory);
        }
    }
    Ok(EocdScan {
        max_entries,
        max_directory,
    })
}

/// The declared entry count and directory size of the record at `tail[p..]` if its
/// directory fits before it.
pub(super) fn plausible_eocd(
    file: &dyn ByteSource,
    tail: &[u8],
    p: usize,
    record_pos: u64,
) -> io::Result<Option<(u64, u64)>> {
    let (Some(entries), Some(cd_size), Some(cd_offset)) =
        (le16(tail, p + 10), le32(tail, p + 12), le32(tail, p + 16))
    else {
        return Ok(None);
    };
    let fits = |entries: u64, cd_size: u64, cd_offset: u64, end: u64| {
        cd_offset.checked_add(cd_size).is_some_and(|e| e <= end)
            && entries.checked_mul(46).is_some_and(|min| min <= cd_size)
    };
    let zip64 = entries == 0xFFFF || cd_size == 0xFFFF_FFFF || cd_offset == 0xFFFF_FFFF;
    if !zip64 {
        return Ok(fits(entries, cd_size, cd_offset, record_pos).then_some((entries, cd_size)));
    }
    // Zip64: a locator just before the record points to the 64-bit record.
    let Some(locator_pos) = record_pos.checked_sub(20) else {
        return Ok(None);
    };
    let mut locator = [0u8; 20];
    if read_exact_at(file, &mut locator, locator_pos).is_err()
        || !locator.starts_with(EOCD64_LOCATOR_SIG)
    {
        return Ok(None);
    }
    let Some(eocd64_pos) = le64(&locator, 8) else {
        return Ok(None);
    };
    if eocd64_pos
        .checked_add(56)
        .is_none_or(|end| end > locator_pos)
    {
        return Ok(None);
    }
    let mut record = [0u8; 56];
    read_exact_at(file, &mut record, eocd64_pos)?;
    if !record.starts_with(EOCD64_SIG) {
        return Ok(None);
    }
    let (Some(entries), Some(cd_size), Some(cd_offset)) =
        (le64(&record, 32), le64(&record, 40), le64(&record, 48))
    else {
        return Ok(None);
    };
    Ok(fits(entries, cd_size, cd_offset, eocd64_pos).then_some((entries, cd_size)))
}

#[cfg(test)]
mod tests {
    use crate::archive::Detected;
    use crate::archive::testing::*;

    #[test]
    fn pdf_text_and_html_are_not_archives() {
        let dir = tempfile::tempdir().unwrap();
        let cases: [(&str, &[u8], Detected); 5] = [
            (
                "export.zip",
                b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj",
                Detected::Pdf,
            ),
            (
                "Connections.csv",
                b"\xEF\xBB\xBFFirst Name,Last Name,URL\nAda,Lovelace,https://example.com\n",
                Detected::Text,
            ),
            (
                "download.zip",
                b"\n<!DOCTYPE html><html><body>Link expired</body></html>",
                Detected::Html,
            ),
            ("x.gz", b"\x1F\x8B\x08\x00\x00\x00", Detected::Gzip),
            ("x.bin", b"\x00\x01\x02\x03\xFF\xFE", Detected::Unknown),
        ];
        for (name, bytes, expected) in cases {
            let path = write_file(dir.path(), name, bytes);
            match input_error(&path) {
                InputError::NotAnArchive { detected, .. } => {
                    assert_eq!(detected, expected, "{name}")
                }
                other => panic!("{name}: {other:?}"),
            }
        }
        let csv = dir.path().join("Connections.csv");
        let message = input_error(&csv).to_string();
        assert_eq!(
            message,
            format!(
                "\"{}\" is a text or CSV file, not a LinkedIn data export: point to the whole .zip \
                 you downloaded or to the folder you extracted it to",
                csv.display()
            )
        );
    }

    #[test]
    fn zip_renamed_to_csv_still_opens_as_zip() {
        let dir = tempfile::tempdir().unwrap();
        let path = write_file(
            dir.path(),
            "Profile.csv",
            &zip_bytes(&[("Profile.csv", b"First Name\nAda\n")]),
        );
        let input = open(&path);
        assert_eq!(input.kind(), InputKind::Zip);
        assert_eq!(paths(&input), ["Profile.csv"]);
        assert_eq!(input.path(), path.as_path());
    }

    #[test]
    fn zip_with_data_in_front_still_opens() {
        let dir = tempfile::tempdir().unwrap();
        let zip = zip_bytes(&[("Profile.csv", b"First Name\nAda\n")]);
        for prefix in [
            &b"MZ\x90\x00\x03\x00\x00\x00\x04\x00"[..],
            b"#!/bin/sh\nexit 0\n",
        ] {
            let mut bytes = prefix.to_vec();
            bytes.extend_from_slice(&zip);
            let input = open(&write_file(dir.path(), "sfx.bin", &bytes));
            assert_eq!(paths(&input), ["Profile.csv"]);
            assert_eq!(read_all(&input, 0).unwrap(), b"First Name\nAda\n");
        }
    }
}
