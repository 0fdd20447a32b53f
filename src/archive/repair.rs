//! Harmless defects of a zip's directory, mended in memory so the archive reads as `unzip`
//! reads it: an end-of-directory record forged inside the zip comment (which would hide the
//! real directory), and malformed extra fields (which the zip crate refuses for the whole
//! archive, while they concern one entry's metadata at most). Nothing is written: the file is
//! read through [`Patch`]es laid over the bytes read.

use super::source::ByteSource;
use std::io;

use super::detect::{EOCD_LEN, EOCD_SIG, EOCD64_LOCATOR_SIG, EOCD64_SIG, le16, le32, le64};
use super::source::read_exact_at;

/// Bytes replacing the file's own at `offset`, as seen by the zip parser.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Patch {
    pub offset: u64,
    pub bytes: Vec<u8>,
}

/// Lays the patches over `buf`, which holds the file's bytes from `offset`.
pub(super) fn apply(patches: &[Patch], buf: &mut [u8], offset: u64) {
    let end = offset.saturating_add(buf.len() as u64);
    for patch in patches {
        let patch_end = patch.offset.saturating_add(patch.bytes.len() as u64);
        if patch_end <= offset || patch.offset >= end {
            continue;
        }
        let from = patch.offset.max(offset);
        let to = patch_end.min(end);
        let (Ok(dst), Ok(src), Ok(len)) = (
            usize::try_from(from - offset),
            usize::try_from(from - patch.offset),
            usize::try_from(to - from),
        ) else {
            continue;
        };
        if let (Some(dst), Some(src)) = (
            buf.get_mut(dst..dst.saturating_add(len)),
            patch.bytes.get(src..src.saturating_add(len)),
        ) {
            dst.copy_from_slice(src);
        }
    }
}

/// An end-of-central-directory record found in the file's tail.
struct EndRecord {
    /// Offset in the file.
    pos: u64,
    entries: u64,
    /// Where its directory really starts (just before the record, or before the zip64
    /// record), when it holds together.
    directory: Option<(u64, u64)>,
    /// Its comment runs exactly to the end of the file.
    ends_the_file: bool,
}

/// The end records of the file's tail, in file order.
fn end_records(file: &dyn ByteSource, len: u64) -> io::Result<(u64, Vec<u8>, Vec<EndRecord>)> {
    let tail_len = len.min((EOCD_LEN + usize::from(u16::MAX)) as u64);
    let tail_start = len - tail_len;
    let mut tail = vec![0u8; usize::try_from(tail_len).unwrap_or(0)];
    read_exact_at(file, &mut tail, tail_start)?;
    let mut records = Vec::new();
    let last = tail.len().saturating_sub(EOCD_LEN);
    for p in 0..=last {
        if tail.get(p..p + 4) != Some(EOCD_SIG.as_slice()) {
            continue;
        }
        let pos = tail_start + p as u64;
        let (Some(entries), Some(size), Some(comment)) = (
            le16(&tail, p + 10),
            le32(&tail, p + 12),
            le16(&tail, p + 20),
        ) else {
            continue;
        };
        let zip64 = entries == 0xFFFF || size == 0xFFFF_FFFF;
        let (entries, directory) = if zip64 {
            zip64_directory(file, pos)?.map_or((entries, None), |(entries, start, size)| {
                (entries, Some((start, size)))
            })
        } else {
            (entries, pos.checked_sub(size).map(|start| (start, size)))
        };
        records.push(EndRecord {
            pos,
            entries,
            directory,
            ends_the_file: pos + EOCD_LEN as u64 + comment == len,
        });
    }
    Ok((tail_start, tail, records))
}

/// (entries, directory start, directory size) from the zip64 record a locator before `pos`
/// points to.
fn zip64_directory(file: &dyn ByteSource, pos: u64) -> io::Result<Option<(u64, u64, u64)>> {
    let Some(locator_pos) = pos.checked_sub(20) else {
        return Ok(None);
    };
    let mut locator = [0u8; 20];
    if read_exact_at(file, &mut locator, locator_pos).is_err()
        || !locator.starts_with(EOCD64_LOCATOR_SIG)
    {
        return Ok(None);
    }
    let Some(record_pos) = le64(&locator, 8).filter(|p| p.saturating_add(56) <= locator_pos) else {
        return Ok(None);
    };
    let mut record = [0u8; 56];
    read_exact_at(file, &mut record, record_pos)?;
    if !record.starts_with(EOCD64_SIG) {
        return Ok(None);
    }
    let (Some(entries), Some(size)) = (le64(&record, 32), le64(&record, 40)) else {
        return Ok(None);
    };
    Ok(record_pos
        .checked_sub(size)
        .map(|start| (entries, start, size)))
}

/// Whether a record's directory starts with a central header (or is empty, as declared).
fn holds_together(file: &dyn ByteSource, record: &EndRecord) -> bool {
    match record.directory {
        Some((_, 0)) => record.entries == 0,
        Some((start, _)) => {
            let mut signature = [0u8; 4];
            read_exact_at(file, &mut signature, start).is_ok() && &signature == b"PK\x01\x02"
        }
        None => false,
    }
}

/// The record the archive really ends with: its comment reaches the end of the file and its
/// directory holds together; the one declaring the most entries (then the first) wins.
fn real_end_record(file: &dyn ByteSource, records: &[EndRecord]) -> Option<usize> {
    let mut best: Option<usize> = None;
    for (index, record) in records.iter().enumerate() {
        if !record.ends_the_file || !holds_together(file, record) {
            continue;
        }
        let better = best
            .and_then(|b| records.get(b))
            .is_none_or(|current| record.entries > current.entries);
        if better {
            best = Some(index);
        }
    }
    best
}

/// Patches blanking the signature of every end record forged inside the real one's comment:
/// the zip parser takes the last record it finds, which a comment can forge to hide the
/// whole directory.
pub(super) fn hide_forged_end_records(file: &dyn ByteSource, len: u64) -> io::Result<Vec<Patch>> {
    let (_, _, records) = end_records(file, len)?;
    if records.len() < 2 {
        return Ok(Vec::new());
    }
    let Some(real) = real_end_record(file, &records) else {
        return Ok(Vec::new());
    };
    let real_pos = records.get(real).map_or(u64::MAX, |r| r.pos);
    Ok(records
        .iter()
        .filter(|record| record.pos > real_pos)
        .map(|record| Patch {
            offset: record.pos,
            bytes: b"pk\0\0".to_vec(),
        })
        .collect())
}

/// An extra-field id no parser interprets: a field relabelled with it is skipped as opaque.
const OPAQUE_EXTRA_ID: u16 = 0xFFFE;
const ZIP64_EXTRA_ID: u16 = 0x0001;

/// Patches making every extra field of the central directory well formed and opaque, except
/// plausible zip64 fields (needed for sizes past 4 GiB): a field whose length runs past the
/// extra data is cut to fit. The timestamps and Unicode names they carried are lost, the
/// entries' data is not. Used only when the directory cannot be parsed as it is.
pub(super) fn neutralise_extra_fields(file: &dyn ByteSource, len: u64) -> io::Result<Vec<Patch>> {
    let (_, _, records) = end_records(file, len)?;
    let chosen = real_end_record(file, &records).or_else(|| {
        records
            .iter()
            .rposition(|record| holds_together(file, record))
    });
    let Some((start, size)) = chosen
        .and_then(|index| records.get(index))
        .and_then(|record| record.directory)
    else {
        return Ok(Vec::new());
    };
    // The directory's size was checked against the entry limit before parsing was tried.
    let Ok(size) = usize::try_from(size) else {
        return Ok(Vec::new());
    };
    let mut directory = vec![0u8; size];
    read_exact_at(file, &mut directory, start)?;
    let mut patches = Vec::new();
    let mut at = 0usize;
    while directory.get(at..at + 4) == Some(b"PK\x01\x02".as_slice()) {
        let (Some(name), Some(extra), Some(comment)) = (
            le16(&directory, at + 28),
            le16(&directory, at + 30),
            le16(&directory, at + 32),
        ) else {
            break;
        };
        let (name, extra, comment) = (name as usize, extra as usize, comment as usize);
        let extra_at = at + 46 + name;
        let Some(fields) = directory.get(extra_at..extra_at + extra) else {
            break;
        };
        let mended = mend_extra(fields);
        if mended != fields {
            patches.push(Patch {
                offset: start + extra_at as u64,
                bytes: mended,
            });
        }
        at = extra_at + extra + comment;
    }
    Ok(patches)
}

/// One entry's extra data, every field opaque but a plausible zip64 one, lengths that fit.
fn mend_extra(fields: &[u8]) -> Vec<u8> {
    let mut out = fields.to_vec();
    let mut at = 0usize;
    while at + 4 <= out.len() {
        let id = le16(&out, at).unwrap_or(0) as u16;
        let declared = le16(&out, at + 2).unwrap_or(0) as usize;
        let room = out.len() - at - 4;
        let length = declared.min(room);
        let plausible_zip64 =
            id == ZIP64_EXTRA_ID && declared <= room && declared.is_multiple_of(8);
        if !plausible_zip64 {
            out[at..at + 2].copy_from_slice(&OPAQUE_EXTRA_ID.to_le_bytes());
        }
        if length != declared {
            out[at + 2..at + 4].copy_from_slice(&(length as u16).to_le_bytes());
        }
        at += 4 + length;
    }
    out
}

/// Whether the file is a report this tool wrote (HTML or JSON), not an export: looked for in
/// its first MiB, where both carry the tool's name.
pub(super) fn is_own_report(file: &dyn ByteSource, len: u64) -> bool {
    let mut head = vec![0u8; usize::try_from(len.min(1 << 20)).unwrap_or(0)];
    if read_exact_at(file, &mut head, 0).is_err() {
        return false;
    }
    let text = String::from_utf8_lossy(&head);
    let start = text.trim_start_matches('\u{feff}').trim_start();
    let html = start
        .get(..14)
        .is_some_and(|s| s.eq_ignore_ascii_case("<!doctype html"))
        || start
            .get(..5)
            .is_some_and(|s| s.eq_ignore_ascii_case("<html"));
    let json = start.starts_with('{');
    let name = env!("CARGO_PKG_NAME");
    (html && text.contains(name))
        || (json && text.contains("\"generator\"") && text.contains(&format!("\"{name}\"")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patches_cover_only_their_bytes() {
        let patches = [Patch {
            offset: 4,
            bytes: b"XY".to_vec(),
        }];
        let mut buf = *b"abcdefgh";
        apply(&patches, &mut buf, 0);
        assert_eq!(&buf, b"abcdXYgh");
        let mut buf = *b"ef";
        apply(&patches, &mut buf, 5);
        assert_eq!(&buf, b"Yf");
        let mut buf = *b"ab";
        apply(&patches, &mut buf, 0);
        assert_eq!(&buf, b"ab");
    }

    #[test]
    fn extra_fields_become_opaque_and_fit() {
        // A timestamp field of 1 byte (too short for the crate), a zip64 field, an overrun.
        let mut fields = Vec::new();
        fields.extend_from_slice(&[0x55, 0x54, 1, 0, 7]);
        fields.extend_from_slice(&[1, 0, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8]);
        fields.extend_from_slice(&[0x75, 0x70, 40, 0, 1, 2]);
        let mended = mend_extra(&fields);
        let mut expected = Vec::new();
        expected.extend_from_slice(&[0xFE, 0xFF, 1, 0, 7]);
        expected.extend_from_slice(&[1, 0, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8]);
        expected.extend_from_slice(&[0xFE, 0xFF, 2, 0, 1, 2]);
        assert_eq!(mended, expected);
    }
}
