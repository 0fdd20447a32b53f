//! The streaming pass on a generated export: a small archive from the benchmark generator
//! (`examples/synth.rs`, the same code that writes the 1 GiB benchmark archive) read by the
//! analyser gives exactly the figures the generator knows it wrote. Functional, never timed.
//! The archive is a few MiB, so records cross the reader's buffer boundaries thousands of
//! times, and every quirk of the large archives (all-quoted multi-line messages, per-line
//! quoted shares, backslash-escaped comments, the Connections preamble) is in it.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{BufWriter, Cursor};
use std::path::PathBuf;

use linkedin_exposure::analyse::{AnalysisOptions, NoProgress, analyse};
use linkedin_exposure::catalog::CategoryId;

#[allow(dead_code)]
#[path = "../examples/synth.rs"]
mod synth;

pub(crate) fn generate(
    dir: &tempfile::TempDir,
    size: u64,
    seed: u64,
) -> (PathBuf, synth::Generated) {
    let path = dir
        .path()
        .join("Complete_LinkedInDataExport_11-20-2026.zip");
    let file = File::create(&path).expect("temp file");
    let options = synth::Options {
        uncompressed: size,
        seed,
    };
    let (writer, generated) =
        synth::write_export(BufWriter::new(file), &options).expect("archive written");
    writer.into_inner().expect("archive flushed");
    (path, generated)
}

#[test]
fn generated_export_gives_the_figures_the_generator_wrote() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (path, generated) = generate(&dir, 6 << 20, 7);
    // The size is reached: messages fill what the other files leave.
    assert!(generated.uncompressed() >= 6 << 20);
    let messages = generated
        .entries
        .iter()
        .find(|e| e.path == "messages.csv")
        .expect("messages.csv written");
    assert!(messages.rows > 10_000, "{} message rows", messages.rows);
    // Large enough for the analyser to inflate and parse it on separate threads (on a
    // machine with more than one core), as it does on heavy exports.
    assert!(messages.bytes > 4 << 20, "{} bytes", messages.bytes);

    let analysis =
        analyse(&[path.into()], &AnalysisOptions::default(), &NoProgress).expect("analysed");
    assert!(analysis.problems.is_empty(), "{:?}", analysis.problems);
    assert!(
        analysis.unrecognised.is_empty(),
        "{:?}",
        analysis.unrecognised
    );
    // Every file read cleanly: no unparsed date, no joined line, no unexpected column.
    for file in &analysis.files {
        assert!(
            file.warnings.is_empty(),
            "{}: {:?}",
            file.path,
            file.warnings
        );
    }
    assert_eq!(analysis.files.len(), generated.entries.len());
    assert_eq!(
        analysis.profile.full_name().as_deref(),
        Some("Noémie Exemple-Laurent")
    );

    let categories = analysis.categories();
    let found: Vec<&str> = categories.keys().map(|id| id.as_str()).collect();
    let wanted: Vec<&str> = CategoryId::ALL
        .iter()
        .map(|id| id.as_str())
        .filter(|id| generated.expected.contains_key(id))
        .collect();
    assert_eq!(found, wanted);
    for (id, stats) in &categories {
        let id = id.as_str();
        let expected = &generated.expected[id];
        assert_eq!(stats.records, expected.records, "{id} records");
        assert_eq!(
            stats.ai_training_records, expected.ai_training_records,
            "{id} ai_training_records"
        );
        assert_eq!(stats.words, expected.words, "{id} words");
        assert_eq!(stats.undated, expected.undated, "{id} undated");
        assert_eq!(
            stats.first.map(|d| d.to_iso_date()),
            expected.first,
            "{id} first date"
        );
        assert_eq!(
            stats.last.map(|d| d.to_iso_date()),
            expected.last,
            "{id} last date"
        );
        let per_year: BTreeMap<i32, u64> = stats
            .per_year
            .iter()
            .map(|(year, counts)| (*year, counts.records))
            .collect();
        assert_eq!(per_year, expected.per_year, "{id} per year");
    }

    // Spot checks of the generator's own bookkeeping against the plan (6 MiB of 1 GiB).
    let rows = |path: &str| {
        generated
            .entries
            .iter()
            .find(|e| e.path == path)
            .map(|e| e.rows)
    };
    assert_eq!(rows("Reactions_1158443584.csv"), Some(703));
    assert_eq!(generated.expected["reactions"].records, 703);
    assert_eq!(rows("Shares_1158443584.csv"), Some(175));
    assert_eq!(generated.expected["messages"].records, messages.rows);
    assert_eq!(generated.expected["messages"].words, 0);
}

#[test]
fn the_same_seed_gives_the_same_archive() {
    let options = synth::Options {
        uncompressed: 1 << 20,
        seed: 42,
    };
    let write = |options: &synth::Options| {
        let (cursor, generated) =
            synth::write_export(Cursor::new(Vec::new()), options).expect("archive written");
        (cursor.into_inner(), generated.uncompressed())
    };
    let (first, size) = write(&options);
    let (second, _) = write(&options);
    assert!(size >= 1 << 20);
    assert!(first == second, "two runs differ");
    let (other, _) = write(&synth::Options {
        seed: 43,
        ..options
    });
    assert!(first != other, "another seed gives another archive");
}

#[test]
fn sizes_parse_with_decimal_and_binary_units() {
    assert_eq!(synth::parse_size("10MB"), Some(10_000_000));
    assert_eq!(synth::parse_size("100MiB"), Some(100 << 20));
    assert_eq!(synth::parse_size("1GiB"), Some(1 << 30));
    assert_eq!(synth::parse_size("1gb"), Some(1_000_000_000));
    assert_eq!(synth::parse_size("12345"), Some(12_345));
    assert_eq!(synth::parse_size("1TB"), None);
    assert_eq!(synth::parse_size("MB"), None);
}
