//! Opening a zip: refusing what cannot be an export before parsing, mending harmless directory
//! defects, and listing its entries (names decoded, symlinks, encryption, overlaps and nested
//! zips reported).

use std::io;
use std::path::Path;
use std::sync::Arc;

use zip::result::ZipError;
use zip::{CompressionMethod, ExtraField, ZipArchive};

use super::EntryProblem;
use super::detect::{EOCD_SIG, LOCAL_HEADER_SIG, detect_other, scan_eocd};
use super::errors::{Damage, EntryError, EntryFault, InputError, Unsupported};
use super::limits::ArchiveLimits;
use super::listing::{Candidate, Listed, Listing, finish_listing, is_clutter, normalise};
use super::repair;
use super::source::{ByteSource, SharedSource, read_exact_at};

pub(super) fn entry_error_from_zip(error: ZipError) -> EntryError {
    match error {
        ZipError::Io(error) if error.kind() == io::ErrorKind::UnexpectedEof => {
            EntryError::Corrupt(Damage::CutShort)
        }
        ZipError::Io(error) => EntryError::Io(error),
        ZipError::UnsupportedArchive(_) => EntryError::Unsupported(Unsupported::Feature),
        ZipError::CompressionMethodNotSupported(method) => {
            EntryError::Unsupported(Unsupported::Method(method.to_string()))
        }
        ZipError::InvalidPassword => EntryError::Unsupported(Unsupported::Encrypted),
        _ => EntryError::Corrupt(Damage::Directory),
    }
}

pub(super) fn dos_to_civil(time: zip::DateTime) -> Option<jiff::civil::DateTime> {
    jiff::civil::DateTime::new(
        i16::try_from(time.year()).ok()?,
        i8::try_from(time.month()).ok()?,
        i8::try_from(time.day()).ok()?,
        i8::try_from(time.hour()).ok()?,
        i8::try_from(time.minute()).ok()?,
        i8::try_from(time.second()).ok()?,
        0,
    )
    .ok()
}

pub(super) fn unix_to_civil(seconds: i64) -> Option<jiff::civil::DateTime> {
    let timestamp = jiff::Timestamp::from_second(seconds).ok()?;
    Some(jiff::tz::TimeZone::UTC.to_datetime(timestamp))
}

/// The UTF-8 flag (general purpose bit 11).
pub(super) const FLAG_UTF8: u16 = 0x0800;

/// Central-directory bytes allowed per allowed entry: a 46-byte header, a name and a
/// timestamp field take well under this (export names are under 100 bytes).
pub(super) const DIRECTORY_BYTES_PER_ENTRY: u64 = 160;

/// Longest entry name read; a longer one (real ones are under 200 bytes, PATH_MAX is 4,096)
/// is listed as not read, and never split into thousands of path components.
pub(super) const MAX_NAME_BYTES: usize = 1024;

/// Opens the zip held by `source` (`path`: its name, for messages) and lists its entries.
pub(super) fn open_zip(
    path: &Path,
    source: Arc<dyn ByteSource>,
    limits: ArchiveLimits,
) -> Result<(Listing, ZipArchive<SharedSource>, Vec<usize>), InputError> {
    let len = source.len();
    if len == 0 {
        return Err(InputError::Empty {
            path: path.to_path_buf(),
        });
    }
    let mut head = [0u8; 512];
    let head_len = usize::try_from(len.min(head.len() as u64)).unwrap_or(0);
    let head = &mut head[..head_len];
    read_exact_at(&*source, head, 0).map_err(|error| unreadable(path, error))?;
    let starts_like_zip = head.starts_with(LOCAL_HEADER_SIG)
        || head.starts_with(EOCD_SIG)
        || (head.len() < 4 && LOCAL_HEADER_SIG.starts_with(head));
    check_before_parsing(path, &*source, head, starts_like_zip, limits)?;
    let parsed =
        parse_directory(source, starts_like_zip).map_err(|error| unreadable(path, error))?;
    let archive = parsed.map_err(|error| match error {
        _ if !starts_like_zip => InputError::NotAnArchive {
            path: path.to_path_buf(),
            detected: detect_other(head),
        },
        ZipError::Io(error) if error.kind() != io::ErrorKind::UnexpectedEof => {
            unreadable(path, error)
        }
        ZipError::UnsupportedArchive(_) => InputError::Unsupported {
            path: path.to_path_buf(),
            what: Unsupported::Feature,
        },
        ZipError::Io(_) => InputError::Corrupt {
            path: path.to_path_buf(),
            damage: Damage::CutShort,
        },
        _ => InputError::Corrupt {
            path: path.to_path_buf(),
            damage: Damage::Directory,
        },
    })?;
    // The pre-check saw the records zip uses; this guards a disagreement between the two.
    if archive.len() > limits.max_entries {
        return Err(InputError::TooManyEntries {
            path: path.to_path_buf(),
            limit: limits.max_entries,
        });
    }
    let (listing, indices) = list_zip(&archive, len);
    Ok((listing, archive, indices))
}

fn unreadable(path: &Path, source: io::Error) -> InputError {
    InputError::Unreadable {
        path: path.to_path_buf(),
        source,
    }
}

/// Refuses, from the end records alone, what is not a whole zip or declares more than the
/// limits allow, before the zip parser builds anything.
fn check_before_parsing(
    path: &Path,
    source: &dyn ByteSource,
    head: &[u8],
    starts_like_zip: bool,
    limits: ArchiveLimits,
) -> Result<(), InputError> {
    let scan = scan_eocd(source, source.len()).map_err(|error| unreadable(path, error))?;
    let Some(declared_entries) = scan.max_entries else {
        if starts_like_zip {
            return Err(InputError::IncompleteDownload {
                path: path.to_path_buf(),
            });
        }
        if repair::is_own_report(source, source.len()) {
            return Err(InputError::OwnReport {
                path: path.to_path_buf(),
            });
        }
        return Err(InputError::NotAnArchive {
            path: path.to_path_buf(),
            detected: detect_other(head),
        });
    };
    if declared_entries > limits.max_entries as u64 {
        return Err(InputError::TooManyEntries {
            path: path.to_path_buf(),
            limit: limits.max_entries,
        });
    }
    // The directory is parsed whole into memory, names included: its size, not only its
    // entry count, must fit (2,000 entries named by 60 KB paths took 3.4 GB and 24 s).
    let directory_limit = (limits.max_entries as u64).saturating_mul(DIRECTORY_BYTES_PER_ENTRY);
    if scan.max_directory > directory_limit {
        return Err(InputError::Unsupported {
            path: path.to_path_buf(),
            what: Unsupported::Directory {
                bytes: scan.max_directory,
                limit: limits.max_entries,
            },
        });
    }
    Ok(())
}

/// Parses the central directory. A directory at the end is enough to try: zips may carry
/// data in front (self-extracting). An end record forged in the comment is hidden first;
/// malformed extra fields, which the zip crate refuses for the whole archive, are made opaque
/// on a second try.
/// The outer error: the source could not be read while looking for repairs.
fn parse_directory(
    source: Arc<dyn ByteSource>,
    starts_like_zip: bool,
) -> io::Result<Result<ZipArchive<SharedSource>, ZipError>> {
    let len = source.len();
    let patches = repair::hide_forged_end_records(&*source, len)?;
    let first = ZipArchive::new(SharedSource::new(Arc::clone(&source), patches.clone()));
    Ok(match first {
        Err(error)
            if starts_like_zip
                && !matches!(&error, ZipError::Io(e) if e.kind() != io::ErrorKind::UnexpectedEof) =>
        {
            let mut mended = patches;
            let extra = repair::neutralise_extra_fields(&*source, len)?;
            if extra.is_empty() {
                Err(error)
            } else {
                mended.extend(extra);
                // The first error says what was wrong if the mended directory fails too.
                ZipArchive::new(SharedSource::new(source, mended)).map_err(|_| error)
            }
        }
        other => other,
    })
}

/// `len`: the file's length, which caps every entry's compressed size.
/// The extended timestamp (mtime, UTC seconds) and the data offset of entry `index`, from its
/// local header.
fn local_header(reader: &mut ZipArchive<SharedSource>, index: usize) -> (Option<u32>, Option<u64>) {
    match reader.by_index_raw(index) {
        Ok(file) => (
            file.extra_data_fields().find_map(|field| match field {
                ExtraField::ExtendedTimestamp(ts) => ts.mod_time(),
                _ => None,
            }),
            file.data_start(),
        ),
        Err(_) => (None, None),
    }
}

/// Marks as not read every entry whose data starts inside an earlier entry's: the first entry
/// of each overlapping run is read. `spans`: (data start, data end, index in `listed`). Real
/// exports never overlap.
fn mark_overlaps(mut spans: Vec<(u64, u64, usize)>, listed: &mut [Listed<usize>]) {
    spans.sort_unstable();
    let mut reach = 0u64;
    for (start, end, listed_index) in spans {
        if start < reach
            && let Some(item) = listed.get_mut(listed_index)
        {
            item.outcome = Err(EntryFault::Overlap);
        }
        reach = reach.max(end);
    }
}

pub(super) fn list_zip(archive: &ZipArchive<SharedSource>, len: u64) -> (Listing, Vec<usize>) {
    let mut listed = Vec::new();
    let mut problems = Vec::new();
    // (data start, data end, index in `listed`) of every readable entry: directory records
    // pointing into the same data would inflate it once each (an overlapping zip bomb).
    let mut spans: Vec<(u64, u64, usize)> = Vec::new();
    let mut undecodable_count = 0;
    let mut inner_zips = Vec::new();
    // Reads the local headers for extended timestamps (the central copy is only reachable
    // through an opened entry); data offsets are cached in the shared directory as a bonus.
    let mut reader = archive.clone();
    for index in 0..archive.len() {
        let Ok(entry) = archive.by_index_data(index) else {
            continue;
        };
        let raw = entry.name_raw();
        if raw.len() > MAX_NAME_BYTES {
            let start = String::from_utf8_lossy(raw.get(..60).unwrap_or(raw)).into_owned();
            problems.push(EntryProblem {
                path: format!("{start}…"),
                reason: EntryFault::NameTooLong { bytes: raw.len() },
            });
            continue;
        }
        let name = if entry.flags().as_u16() & FLAG_UTF8 != 0 {
            String::from_utf8_lossy(raw).into_owned()
        } else {
            // Valid UTF-8 as is, else CP437, the zip format's legacy encoding.
            entry
                .name()
                .map(|name| name.into_owned())
                .unwrap_or_else(|_| String::from_utf8_lossy(raw).into_owned())
        };
        let mode = entry.unix_mode().unwrap_or(0) & 0o170_000;
        if entry.is_dir() || mode == 0o040_000 {
            continue;
        }
        let components = normalise(&name);
        if is_clutter(&components) {
            continue;
        }
        if components.is_empty() {
            problems.push(EntryProblem {
                path: name,
                reason: EntryFault::NoName,
            });
            continue;
        }
        let method = entry.compression();
        let undecodable = entry.encrypted()
            || (method != CompressionMethod::Stored && method != CompressionMethod::Deflated);
        let inner_zip = components
            .last()
            .is_some_and(|last| last.to_lowercase().ends_with(".zip"));
        if mode != 0o120_000 {
            undecodable_count += usize::from(undecodable);
            if inner_zip && !undecodable {
                inner_zips.push(components.join("/"));
            }
        }
        let outcome = if mode == 0o120_000 {
            Err(EntryFault::SymbolicLink)
        } else if entry.encrypted() {
            Err(EntryFault::Encrypted)
        } else if method != CompressionMethod::Stored && method != CompressionMethod::Deflated {
            Err(EntryFault::Method(format!("{method:?}")))
        } else if inner_zip {
            Err(EntryFault::NestedZip)
        } else {
            let (extended, data_start) = local_header(&mut reader, index);
            let modified = extended
                .and_then(|seconds| unix_to_civil(i64::from(seconds)))
                .or_else(|| entry.last_modified().and_then(dos_to_civil));
            let available = data_start.map_or(len, |start| len.saturating_sub(start));
            let compressed_size = entry.compressed_size().min(available);
            if let Some(start) = data_start {
                spans.push((start, start.saturating_add(compressed_size), listed.len()));
            }
            Ok(Candidate {
                source: index,
                size: entry.size(),
                compressed_size,
                modified,
                crc32: Some(entry.crc32()),
            })
        };
        listed.push(Listed {
            components,
            outcome,
        });
    }
    mark_overlaps(spans, &mut listed);
    if archive.has_duplicate_names() {
        // zip keeps one entry per byte-identical name (the last one's data), so the others
        // are not even listed; say so rather than lose them silently.
        problems.push(EntryProblem {
            path: String::new(),
            reason: EntryFault::DuplicateNames,
        });
    }
    let (mut listing, indices) = finish_listing(listed, problems);
    listing.inner_zips = inner_zips;
    listing.undecodable = undecodable_count;
    (listing, indices)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::archive::testing::*;
    use std::io::{Cursor, Write};

    #[test]
    fn root_entries_keep_archive_order_sizes_and_times() {
        let dir = tempfile::tempdir().unwrap();
        let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let when = zip::DateTime::from_date_and_time(2025, 12, 27, 10, 30, 4).unwrap();
        writer
            .start_file("Profile.csv", stored().last_modified_time(when))
            .unwrap();
        writer.write_all(b"First Name\nAda\n").unwrap();
        // 2025-12-27T08:00:00Z as an extended timestamp: wins over the DOS time.
        let options = deflated()
            .last_modified_time(when)
            .with_extended_timestamp(Some(1_766_822_400), None, None)
            .unwrap();
        writer.start_file("Jobs/Saved Jobs.csv", options).unwrap();
        writer.write_all(&[b'a'; 1000]).unwrap();
        writer.start_file("Connections.csv", deflated()).unwrap();
        let bytes = writer.finish().unwrap().into_inner();
        let path = write_file(
            dir.path(),
            "Complete_LinkedInDataExport_12-27-2025.zip (1).zip",
            &bytes,
        );
        let input = open(&path);
        assert_eq!(
            paths(&input),
            ["Profile.csv", "Jobs/Saved Jobs.csv", "Connections.csv"]
        );
        let e = input.entries();
        assert_eq!(e[1].file_name(), "Saved Jobs.csv");
        assert_eq!((e[0].size, e[0].compressed_size), (15, 15));
        assert_eq!(e[1].size, 1000);
        assert!(e[1].compressed_size < 100, "{}", e[1].compressed_size);
        assert_eq!(e[2].size, 0);
        assert_eq!(
            e[0].modified,
            Some(jiff::civil::date(2025, 12, 27).at(10, 30, 4, 0))
        );
        assert_eq!(
            e[1].modified,
            Some(jiff::civil::date(2025, 12, 27).at(8, 0, 0, 0))
        );
        assert!(input.problems().is_empty());
        assert_eq!(read_all(&input, 0).unwrap(), b"First Name\nAda\n");
        assert_eq!(read_all(&input, 1).unwrap(), vec![b'a'; 1000]);
        assert_eq!(read_all(&input, 2).unwrap(), b"");
        assert!(matches!(
            read_all(&input, 3),
            Err(EntryError::NoSuchEntry(3))
        ));
    }

    #[test]
    fn utf8_and_hostile_names_are_normalised() {
        let dir = tempfile::tempdir().unwrap();
        let mut bytes = zip_bytes(&[
            ("Articles/Articles/café-déjà-vu.html", b"1"),
            ("../../etc/passwd", b"2"),
            ("/abs/x.csv", b"3"),
            ("a\\b.csv", b"4"),
            ("./c/./d.csv", b"5"),
            ("ctl\u{1}\u{7f}.csv", b"6"),
            ("C:\\Users\\x.csv", b"7"),
            ("é?.csv", b"8"),
            ("cp?.csv", b"9"),
        ]);
        // The writer sets the UTF-8 flag (0x800) for non-ASCII names only.
        patch_headers(
            &mut bytes,
            "Articles/Articles/café-déjà-vu.html".as_bytes(),
            |h, central| {
                assert_eq!(h[if central { 9 } else { 7 }] & 0x08, 0x08);
            },
        );
        // Invalid UTF-8 under the UTF-8 flag: decoded lossily.
        patch_headers(&mut bytes, "é?.csv".as_bytes(), |h, central| {
            let name_at = if central { 46 } else { 30 };
            h[name_at + 2] = 0xFF;
        });
        // No flag, not UTF-8: CP437, where 0x82 is 'é'.
        patch_headers(&mut bytes, b"cp?.csv", |h, central| {
            let name_at = if central { 46 } else { 30 };
            h[name_at + 2] = 0x82;
        });
        let input = open(&write_file(dir.path(), "names.zip", &bytes));
        assert_eq!(
            paths(&input),
            [
                "Articles/Articles/café-déjà-vu.html",
                "etc/passwd",
                "abs/x.csv",
                "a/b.csv",
                "c/d.csv",
                "ctl\u{1}\u{7f}.csv",
                "Users/x.csv",
                "é\u{FFFD}.csv",
                "cpé.csv",
            ]
        );
        let contents: Vec<Vec<u8>> = (0..9).map(|i| read_all(&input, i).unwrap()).collect();
        assert_eq!(contents[7], b"8");
        assert_eq!(contents[8], b"9");
        assert!(input.problems().is_empty());
    }

    #[test]
    fn encrypted_unsupported_and_symlink_entries_are_problems() {
        let dir = tempfile::tempdir().unwrap();
        let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
        for name in ["Profile.csv", "Secret.csv", "Bz.csv", "Inner.zip"] {
            writer.start_file(name, deflated()).unwrap();
            writer.write_all(b"data").unwrap();
        }
        writer
            .add_symlink("Link.csv", "/etc/passwd", deflated())
            .unwrap();
        let mut bytes = writer.finish().unwrap().into_inner();
        // General purpose bit 0: encrypted.
        patch_headers(&mut bytes, b"Secret.csv", |h, central| {
            h[if central { 8 } else { 6 }] |= 1
        });
        // Method 12: bzip2.
        patch_headers(&mut bytes, b"Bz.csv", |h, central| {
            h[if central { 10 } else { 8 }] = 12
        });
        let input = open(&write_file(dir.path(), "mixed.zip", &bytes));
        assert_eq!(paths(&input), ["Profile.csv"]);
        let problems: Vec<(&str, String)> = input
            .problems()
            .iter()
            .map(|p| (p.path.as_str(), p.reason.to_string()))
            .collect();
        assert_eq!(
            problems,
            [
                (
                    "Secret.csv",
                    "encrypted (password-protected); LinkedIn exports are not".to_owned()
                ),
                (
                    "Bz.csv",
                    "compressed with an unsupported method (Unsupported(12)); only stored and deflate are read".to_owned()
                ),
                (
                    "Inner.zip",
                    "a zip inside the archive: extract it and point to that inner zip".to_owned()
                ),
                ("Link.csv", "symbolic link not followed".to_owned()),
            ]
        );
        assert_eq!(input.problems()[2].reason, EntryFault::NestedZip);
        assert_eq!(read_all(&input, 0).unwrap(), b"data");
    }

    #[test]
    fn too_many_entries_is_refused_before_listing() {
        let dir = tempfile::tempdir().unwrap();
        let bytes = zip_bytes(&[("a", b"1"), ("b", b"2"), ("c", b"3"), ("d", b"4")]);
        let path = write_file(dir.path(), "many.zip", &bytes);
        let limits = ArchiveLimits {
            max_entries: 3,
            ..ArchiveLimits::default()
        };
        let error = Input::open_path(&path, ReadBudget::new(limits)).unwrap_err();
        assert!(
            matches!(error, InputError::TooManyEntries { limit: 3, .. }),
            "{error:?}"
        );
        let limits = ArchiveLimits {
            max_entries: 4,
            ..ArchiveLimits::default()
        };
        assert_eq!(
            Input::open_path(&path, ReadBudget::new(limits))
                .unwrap()
                .entries()
                .len(),
            4
        );

        let folder = dir.path().join("many");
        std::fs::create_dir(&folder).unwrap();
        for name in ["a", "b", "c", "d"] {
            std::fs::write(folder.join(name), b"x").unwrap();
        }
        let limits = ArchiveLimits {
            max_entries: 3,
            ..ArchiveLimits::default()
        };
        let error = Input::open_path(&folder, ReadBudget::new(limits)).unwrap_err();
        assert!(
            matches!(error, InputError::TooManyEntries { limit: 3, .. }),
            "{error:?}"
        );
    }

    #[test]
    fn corrupt_data_in_one_entry_leaves_the_others_readable() {
        let dir = tempfile::tempdir().unwrap();
        let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
        writer.start_file("Stored.csv", stored()).unwrap();
        writer.write_all(b"MARKER-STORED-DATA").unwrap();
        writer.start_file("Deflated.csv", deflated()).unwrap();
        let text: Vec<u8> = (0..20_000u32)
            .flat_map(|i| format!("{i},").into_bytes())
            .collect();
        writer.write_all(&text).unwrap();
        writer.start_file("Fine.csv", deflated()).unwrap();
        writer.write_all(b"fine").unwrap();
        let mut bytes = writer.finish().unwrap().into_inner();
        let at = bytes.windows(6).position(|w| w == b"MARKER").unwrap();
        bytes[at] ^= 0x01;
        // The deflated entry's data starts after its 30-byte header and 12-byte name.
        let header = bytes
            .windows(12)
            .position(|w| w == b"Deflated.csv")
            .unwrap();
        bytes[header + 12 + 40] ^= 0xFF;
        let input = open(&write_file(dir.path(), "bad.zip", &bytes));
        match read_all(&input, 0) {
            Err(EntryError::Corrupt(damage)) => assert_eq!(damage, Damage::Checksum),
            other => panic!("{other:?}"),
        }
        assert!(matches!(read_all(&input, 1), Err(EntryError::Corrupt(_))));
        assert_eq!(read_all(&input, 2).unwrap(), b"fine");
    }

    #[test]
    fn overlapping_entries_are_read_once() {
        let dir = tempfile::tempdir().unwrap();
        let mut zip = zip_bytes(&[
            ("Profile.csv", b"First Name\nAda\n"),
            ("Skills.csv", b"Name\n"),
        ]);
        // A second directory record for Profile.csv's data, named Profilf.csv: a zip bomb
        // repeats one highly compressed stream this way.
        let (cd, eocd) = directory(&zip);
        let name_len = usize::from(u16::from_le_bytes([zip[cd + 28], zip[cd + 29]]));
        let extra_len = usize::from(u16::from_le_bytes([zip[cd + 30], zip[cd + 31]]));
        let record_len = 46 + name_len + extra_len;
        let mut alias = zip[cd..cd + record_len].to_vec();
        alias[46 + 6] = b'f';
        zip.splice(eocd..eocd, alias);
        let eocd = zip.len() - EOCD_LEN;
        for at in [eocd + 8, eocd + 10] {
            zip[at] += 1;
        }
        let cd_size = u32::from_le_bytes(zip[eocd + 12..eocd + 16].try_into().unwrap());
        zip[eocd + 12..eocd + 16].copy_from_slice(&(cd_size + record_len as u32).to_le_bytes());
        let input = open(&write_file(dir.path(), "overlap.zip", &zip));
        assert_eq!(paths(&input), ["Profile.csv", "Skills.csv"]);
        assert_eq!(
            input.problems(),
            [EntryProblem {
                path: "Profilf.csv".into(),
                reason: EntryFault::Overlap
            }]
        );
        assert_eq!(read_all(&input, 0).unwrap(), b"First Name\nAda\n");
    }

    #[test]
    fn an_oversized_directory_or_name_is_refused_before_it_costs_memory() {
        let dir = tempfile::tempdir().unwrap();
        let long = "d/".repeat(1000) + "x.csv";
        let bytes = zip_bytes(&[("Profile.csv", b"p"), (long.as_str(), b"x")]);
        // Two entries allowed, so 320 directory bytes; the long name alone takes 2 KB.
        let limits = ArchiveLimits {
            max_entries: 2,
            ..ArchiveLimits::default()
        };
        let path = write_file(dir.path(), "long.zip", &bytes);
        match Input::open_path(&path, ReadBudget::new(limits)).unwrap_err() {
            error @ InputError::Unsupported { .. } => assert!(
                error.to_string().contains(
                    "(its table of contents takes 3 KB, more than 2 entries would; raise --max-entries if it is genuine)"
                ),
                "{error}"
            ),
            other => panic!("{other:?}"),
        }
        // With the default limits the directory fits, but the name is never split up.
        let input = open(&path);
        assert_eq!(paths(&input), ["Profile.csv"]);
        assert_eq!(
            input.problems(),
            [EntryProblem {
                path: format!("{}…", "d/".repeat(30)),
                reason: EntryFault::NameTooLong { bytes: 2005 }
            }]
        );
    }

    #[test]
    fn a_compressed_size_past_the_end_of_the_file_is_capped() {
        let dir = tempfile::tempdir().unwrap();
        let data = vec![b'x'; 5000];
        let mut zip = zip_bytes(&[("A.csv", &data)]);
        let real = u32::from_le_bytes(zip[18..22].try_into().unwrap());
        // Both headers claim 2 GB of compressed data, which would put any ratio in range.
        patch_headers(&mut zip, b"A.csv", |h, central| {
            let at = if central { 20 } else { 18 };
            h[at..at + 4].copy_from_slice(&0x7FFF_FFFFu32.to_le_bytes());
        });
        let len = zip.len() as u64;
        let input = open(&write_file(dir.path(), "lie.zip", &zip));
        let entry = &input.entries()[0];
        // Capped at the bytes after the 30-byte local header and its 5-byte name.
        assert_eq!(entry.compressed_size, len - 35);
        assert!(entry.compressed_size < 0x7FFF_FFFF && u64::from(real) < entry.compressed_size);
        assert_eq!(read_all(&input, 0).unwrap(), data);
    }

    #[test]
    fn byte_identical_names_are_reported() {
        let dir = tempfile::tempdir().unwrap();
        let mut bytes = zip_bytes(&[("Export/A.csv", b"first"), ("Export/B.csv", b"second")]);
        patch_headers(&mut bytes, b"Export/B.csv", |h, central| {
            h[if central { 46 } else { 30 } + 7] = b'A';
        });
        let input = open(&write_file(dir.path(), "same.zip", &bytes));
        assert_eq!(paths(&input), ["A.csv"]);
        // zip 9 keeps one entry per raw name, with the last one's data.
        assert_eq!(read_all(&input, 0).unwrap(), b"second");
        assert_eq!(
            input.problems(),
            [EntryProblem {
                path: String::new(),
                reason: EntryFault::DuplicateNames,
            }]
        );
    }
}
