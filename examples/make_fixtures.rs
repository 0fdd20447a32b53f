//! Writes the committed sample exports: `fixtures/sample-export.zip` (Complete) and
//! `fixtures/sample-export-basic.zip` (Basic), from the generator the tests also use.
//!
//! Run `cargo run --example make_fixtures` after changing
//! `tests/support/sample_export.rs`, then update the figures in `fixtures/README.md`.

#[path = "../tests/support/sample_export.rs"]
mod sample_export;

use std::path::Path;

use anyhow::Context;

fn main() -> anyhow::Result<()> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    let outputs = [
        ("sample-export.zip", sample_export::complete_files()),
        ("sample-export-basic.zip", sample_export::basic_files()),
    ];
    for (name, files) in outputs {
        let path = dir.join(name);
        let bytes = sample_export::zip_bytes(&files);
        std::fs::write(&path, &bytes).with_context(|| format!("writing {}", path.display()))?;
        println!(
            "{}: {} files, {} bytes",
            path.display(),
            files.len(),
            bytes.len()
        );
    }
    Ok(())
}
