//! The same bytes give the same analysis whichever way they come: a zip on disk (a path) or
//! the zip's bytes in memory (a byte source, as the browser edition gives them).

use std::io::{Cursor, Write};
use std::path::Path;
use std::sync::Arc;

use linkedin_exposure::analyse::{AnalysisError, AnalysisOptions, NoProgress, analyse};
use linkedin_exposure::archive::{ByteSource, InputSpec};
use linkedin_exposure::report;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

use crate::support::sample_export::complete_files;

/// The same zip as a path and as bytes in memory, named like the path (so that messages and
/// the export date read the same).
fn both_ways(path: &Path) -> [InputSpec; 2] {
    let bytes = std::fs::read(path).expect("zip readable");
    let source: Arc<dyn ByteSource> = Arc::new(bytes);
    [
        InputSpec::Path(path.to_path_buf()),
        InputSpec::Source {
            name: path.display().to_string(),
            source,
        },
    ]
}

/// The JSON report of an analysis, on a fixed day.
fn json_of(input: &InputSpec) -> Result<String, AnalysisError> {
    let analysis = analyse(
        std::slice::from_ref(input),
        &AnalysisOptions::default(),
        &NoProgress,
    )?;
    let context = report::build::ReportContext {
        today: jiff::civil::date(2026, 1, 15),
        language: "en".to_owned(),
        objected_on: None,
        region: None,
    };
    let report = report::build::build(&analysis, &context);
    let mut out = Vec::new();
    report::json::render(&report, &mut out).expect("JSON written");
    Ok(String::from_utf8(out).expect("UTF-8 JSON"))
}

#[test]
fn the_sample_export_reads_the_same_from_disk_and_from_memory() {
    let [path, memory] = both_ways(Path::new("fixtures/sample-export.zip"));
    let from_disk = json_of(&path).expect("analysed from disk");
    let from_memory = json_of(&memory).expect("analysed from memory");
    assert!(from_disk.contains("\"ai_training_records\""), "{from_disk}");
    assert_eq!(from_disk, from_memory);
}

#[test]
fn a_damaged_export_reads_the_same_from_disk_and_from_memory() {
    // Skills.csv stored with one flipped byte (a bad CRC), and a zip inside the zip.
    let mut writer = ZipWriter::new(Cursor::new(Vec::new()));
    let files = complete_files();
    for file in &files {
        let method = if file.path == "Skills.csv" {
            CompressionMethod::Stored
        } else {
            CompressionMethod::Deflated
        };
        let options = SimpleFileOptions::default().compression_method(method);
        writer.start_file(file.path, options).expect("entry");
        writer.write_all(&file.content).expect("data");
    }
    writer
        .start_file("inner.zip", SimpleFileOptions::default())
        .expect("entry");
    writer.write_all(b"PK\x05\x06").expect("data");
    let mut zip = writer.finish().expect("finish").into_inner();
    let skills = &files
        .iter()
        .find(|f| f.path == "Skills.csv")
        .expect("Skills.csv")
        .content;
    let at = zip
        .windows(skills.len())
        .position(|w| w == skills.as_slice())
        .expect("stored data");
    zip[at + skills.len() - 3] ^= 0x20;
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir
        .path()
        .join("Complete_LinkedInDataExport_12-27-2025.zip");
    std::fs::write(&path, &zip).expect("written");

    let [path, memory] = both_ways(&path);
    let from_disk = json_of(&path).expect("analysed from disk");
    let from_memory = json_of(&memory).expect("analysed from memory");
    assert!(from_disk.contains("\"Skills.csv\""), "{from_disk}");
    assert!(from_disk.contains("\"inner.zip\""), "{from_disk}");
    assert_eq!(from_disk, from_memory);

    // Cut short: no end record, the same error both ways.
    let cut = dir.path().join("cut.zip");
    std::fs::write(&cut, &zip[..zip.len() / 2]).expect("written");
    let [path, memory] = both_ways(&cut);
    let from_disk = json_of(&path).expect_err("refused from disk");
    let from_memory = json_of(&memory).expect_err("refused from memory");
    assert!(
        matches!(
            from_disk,
            AnalysisError::Input(linkedin_exposure::archive::InputError::IncompleteDownload { .. })
        ),
        "{from_disk:?}"
    );
    assert_eq!(format!("{from_disk:?}"), format!("{from_memory:?}"));
}
