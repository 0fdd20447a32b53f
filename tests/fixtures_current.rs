//! The committed fixtures equal what the generator makes, and the generator is
//! deterministic: `fixtures/*.zip` are build products committed for readers and for tests
//! that open real files, so a stale copy must fail loudly with the way to refresh it.

use std::collections::BTreeSet;
use std::io::{Cursor, Read};
use std::path::Path;

use crate::support::sample_export::{SampleFile, basic_files, complete_files, zip_bytes};

const REGENERATE: &str = "run `cargo run --example make_fixtures` and commit fixtures/";

fn committed(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(name);
    std::fs::read(&path)
        .unwrap_or_else(|error| panic!("cannot read {}: {error}; {REGENERATE}", path.display()))
}

fn assert_current(name: &str, files: &[SampleFile]) {
    let generated = zip_bytes(files);
    // Not assert_eq!: dumping two 30 kB byte vectors would bury the instruction.
    assert!(
        committed(name) == generated,
        "fixtures/{name} differs from what the generator makes: {REGENERATE}"
    );
}

#[test]
fn complete_fixture_is_current() {
    assert_current("sample-export.zip", &complete_files());
}

#[test]
fn basic_fixture_is_current() {
    assert_current("sample-export-basic.zip", &basic_files());
}

#[test]
fn generator_is_deterministic() {
    assert!(zip_bytes(&complete_files()) == zip_bytes(&complete_files()));
    assert!(zip_bytes(&basic_files()) == zip_bytes(&basic_files()));
}

#[test]
fn basic_files_are_byte_identical_to_their_complete_copies() {
    let complete = complete_files();
    let basic = basic_files();
    assert_eq!(basic.len(), 12);
    for file in &basic {
        let twin = complete.iter().find(|other| other.path == file.path);
        assert_eq!(
            twin,
            Some(file),
            "{} differs between Basic and Complete",
            file.path
        );
    }
}

#[test]
fn complete_archive_holds_every_file_once_without_directories() {
    let files = complete_files();
    let paths: BTreeSet<&str> = files.iter().map(|file| file.path).collect();
    assert_eq!(paths.len(), files.len(), "duplicate paths");
    assert_eq!(files.len(), 71);

    let mut archive = zip::ZipArchive::new(Cursor::new(zip_bytes(&files)))
        .unwrap_or_else(|error| panic!("generated zip does not open: {error}"));
    assert_eq!(archive.len(), files.len());
    let mut names = Vec::new();
    for index in 0..archive.len() {
        let mut entry = archive
            .by_index(index)
            .unwrap_or_else(|error| panic!("entry {index}: {error}"));
        let name = entry
            .name()
            .unwrap_or_else(|error| panic!("entry {index} name: {error}"))
            .into_owned();
        assert!(!entry.is_dir(), "directory entry {name}");
        assert_eq!(
            entry.compression(),
            zip::CompressionMethod::Deflated,
            "{name}"
        );
        let mut content = Vec::new();
        entry
            .read_to_end(&mut content)
            .unwrap_or_else(|error| panic!("{name}: {error}"));
        let original = files.iter().find(|file| file.path == name);
        assert_eq!(original.map(|file| &file.content), Some(&content), "{name}");
        names.push(name);
    }
    // The entry order is fixed but not the logical (or alphabetical) one.
    let mut sorted = names.clone();
    sorted.sort();
    assert_ne!(names, sorted);
    assert_eq!(names.first().map(String::as_str), Some("Events.csv"));
}

#[test]
fn mtimes_fall_on_the_export_day_over_about_twenty_hours() {
    let files = complete_files();
    let seconds: Vec<u32> = files
        .iter()
        .map(|file| {
            let (year, month, day, hour, minute, second) = file.modified;
            assert_eq!((year, month, day), (2026, 11, 20), "{}", file.path);
            u32::from(hour) * 3600 + u32::from(minute) * 60 + u32::from(second)
        })
        .collect();
    let first = seconds.iter().min().copied().unwrap_or(0);
    let last = seconds.iter().max().copied().unwrap_or(0);
    // 01:58:06 to 21:42:04: about 19.7 hours.
    assert_eq!((first, last), (7086, 78124));
}
