//! Fuzz target: a whole engine run from the bytes of one input file, as the binary does it.
//! The bytes are written to a file (in /dev/shm when there is one) that is analysed with small
//! limits, then rendered in every format, so hostile archives and hostile content both reach
//! every stage. Nothing may panic; errors are fine.
#![no_main]

use std::path::PathBuf;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use linkedin_exposure::analyse::{AnalysisOptions, NoProgress};
use linkedin_exposure::archive::ArchiveLimits;
use linkedin_exposure::csv_dialect::ReaderLimits;
use linkedin_exposure::disclosure::Disclosure;
use linkedin_exposure::report::table::TableOptions;
use linkedin_exposure::{Format, Request, engine};

/// One scratch folder per fuzzing process.
fn scratch() -> &'static PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let base = if std::path::Path::new("/dev/shm").is_dir() {
            PathBuf::from("/dev/shm")
        } else {
            std::env::temp_dir()
        };
        let dir = base.join(format!("linkedin-exposure-fuzz-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("scratch folder");
        dir
    })
}

fuzz_target!(|data: &[u8]| {
    let dir = scratch();
    let input = dir.join("Complete_LinkedInDataExport_12-27-2025.zip");
    if std::fs::write(&input, data).is_err() {
        return;
    }
    let request = Request {
        inputs: vec![input.into()],
        region: None,
        language: "en",
        disclosure: Disclosure::Private,
        today: jiff::civil::date(2026, 11, 28),
        analysis: AnalysisOptions {
            archive_limits: ArchiveLimits {
                max_total_bytes: 8 << 20,
                max_entry_bytes: 4 << 20,
                max_entries: 2000,
                ..ArchiveLimits::default()
            },
            reader_limits: ReaderLimits {
                max_field_bytes: 64 << 10,
                ..ReaderLimits::default()
            },
            collect_items: true,
            ..AnalysisOptions::default()
        },
        table: TableOptions {
            color: true,
            width: Some(100),
        },
    };
    if let Ok(outcome) = engine::analyse(&request, &NoProgress) {
        for format in Format::ALL {
            let _ = outcome.render_to_vec(format);
        }
    }
});
