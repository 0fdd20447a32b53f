//! Fuzz target: a whole run from the bytes of one input file, as the binary does it. The
//! bytes are written to a file (in /dev/shm when there is one) that is analysed with small
//! limits, then rendered as the terminal table and the review-list CSV, so hostile archives
//! and hostile content both reach every stage. Nothing may panic; errors are fine.
#![no_main]

use std::path::PathBuf;
use std::sync::OnceLock;

use clap::Parser;
use libfuzzer_sys::fuzz_target;
use linkedin_exposure::cli::Args;

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
    let items = dir.join("items.csv");
    if std::fs::write(&input, data).is_err() {
        return;
    }
    let args = Args::try_parse_from([
        "linkedin-exposure".as_ref(),
        input.as_os_str(),
        "--no-html".as_ref(),
        "--quiet".as_ref(),
        "--today".as_ref(),
        "2026-11-28".as_ref(),
        "--color".as_ref(),
        "always".as_ref(),
        "--width".as_ref(),
        "100".as_ref(),
        "--items".as_ref(),
        items.as_os_str(),
        "--max-total-bytes".as_ref(),
        "8MiB".as_ref(),
        "--max-entry-bytes".as_ref(),
        "4MiB".as_ref(),
        "--max-entries".as_ref(),
        "2000".as_ref(),
        "--max-field-bytes".as_ref(),
        "64KiB".as_ref(),
    ])
    .expect("fixed arguments parse");
    let config = args.into_config(|_| None);
    let mut stdout = Vec::new();
    let mut stderr = Vec::new();
    let _ = linkedin_exposure::run(&config, &mut stdout, &mut stderr);
});
