//! Writing the files the member asked for: atomically (a temporary file in the same folder,
//! then a rename), never over one of the inputs, and never leaving a partial file behind.

use std::fs::{self, File};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

/// Why an output could not be written (exit code 2).
#[derive(Debug, thiserror::Error)]
pub enum OutputError {
    #[error(
        "{path}: this is one of the inputs; choose another output path so that your export is not overwritten"
    )]
    WouldOverwriteInput { path: String },
    #[error("{path}: cannot write it ({source}); choose a writable folder or path")]
    Write { path: String, source: io::Error },
}

/// Whether two paths name the same file (also through links or relative forms).
fn same_file(a: &Path, b: &Path) -> bool {
    match (fs::canonicalize(a), fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

/// Creates the temporary file next to the target, exclusively: a name that already exists (a
/// leftover, or a link planted in a shared folder to make the tool write through it) is never
/// opened, another name is tried.
fn create_temp(folder: &Path, file_name: &str) -> io::Result<(PathBuf, File)> {
    let mut attempt = 0u32;
    loop {
        let temp_path = folder.join(format!(".{file_name}.tmp{}-{attempt}", std::process::id()));
        match fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temp_path)
        {
            Ok(file) => return Ok((temp_path, file)),
            Err(error) if error.kind() == io::ErrorKind::AlreadyExists && attempt < 100 => {
                attempt += 1;
            }
            Err(error) => return Err(error),
        }
    }
}

/// Refuses, before anything is written, an output path that names one of the inputs.
pub fn check_not_input(path: &Path, inputs: &[PathBuf]) -> Result<(), OutputError> {
    if inputs.iter().any(|input| same_file(input, path)) {
        return Err(OutputError::WouldOverwriteInput {
            path: path.display().to_string(),
        });
    }
    Ok(())
}

/// Writes `path` through `render`, atomically. `inputs` are never overwritten.
pub fn write_file(
    path: &Path,
    inputs: &[PathBuf],
    render: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<(), OutputError> {
    check_not_input(path, inputs)?;
    let shown = path.display().to_string();
    let fail = |source: io::Error| OutputError::Write {
        path: shown.clone(),
        source,
    };
    // A device or pipe (/dev/stdout, /dev/full, a FIFO) cannot be replaced by a rename: write to it.
    if let Ok(meta) = fs::metadata(path)
        && !meta.is_file()
    {
        let file = fs::OpenOptions::new()
            .write(true)
            .open(path)
            .map_err(fail)?;
        let mut writer = BufWriter::new(file);
        render(&mut writer).map_err(fail)?;
        return writer.flush().map_err(fail);
    }
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let file_name = path
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_else(|| "output".to_owned());
    let (temp_path, file) = match create_temp(&folder, &file_name) {
        Ok(created) => created,
        Err(error) => return Err(fail(error)),
    };
    let result = (|| {
        let mut writer = BufWriter::new(file);
        render(&mut writer)?;
        let file = writer.into_inner().map_err(|error| error.into_error())?;
        file.sync_all()?;
        fs::rename(&temp_path, path)
    })();
    if let Err(error) = result {
        let _ = fs::remove_file(&temp_path);
        return Err(fail(error));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_atomically_and_refuses_inputs() {
        let dir = tempfile::tempdir().expect("temp dir");
        let target = dir.path().join("out.json");
        assert!(write_file(&target, &[], |w| w.write_all(b"{}")).is_ok());
        assert_eq!(fs::read(&target).ok(), Some(b"{}".to_vec()));
        let input = dir.path().join("export.zip");
        assert!(fs::write(&input, b"PK").is_ok());
        let error = write_file(&input, std::slice::from_ref(&input), |w| w.write_all(b"x"));
        assert!(matches!(
            error,
            Err(OutputError::WouldOverwriteInput { .. })
        ));
        assert_eq!(fs::read(&input).ok(), Some(b"PK".to_vec()));
    }

    #[test]
    fn failed_render_leaves_nothing_behind() {
        let dir = tempfile::tempdir().expect("temp dir");
        let target = dir.path().join("report.html");
        let result = write_file(&target, &[], |_| Err(io::Error::other("boom")));
        assert!(result.is_err());
        let leftovers: Vec<_> = fs::read_dir(dir.path())
            .into_iter()
            .flatten()
            .flatten()
            .collect();
        assert!(leftovers.is_empty(), "{leftovers:?}");
    }

    #[cfg(unix)]
    #[test]
    fn a_link_planted_at_the_temporary_name_is_not_written_through() {
        let dir = tempfile::tempdir().expect("temp dir");
        let victim = dir.path().join("victim.txt");
        assert!(fs::write(&victim, b"keep me").is_ok());
        let planted = dir
            .path()
            .join(format!(".report.html.tmp{}-0", std::process::id()));
        assert!(std::os::unix::fs::symlink(&victim, &planted).is_ok());
        let target = dir.path().join("report.html");
        assert!(write_file(&target, &[], |w| w.write_all(b"<p>report</p>")).is_ok());
        assert_eq!(fs::read(&victim).ok(), Some(b"keep me".to_vec()));
        assert_eq!(fs::read(&target).ok(), Some(b"<p>report</p>".to_vec()));
        // The planted link is left alone; no temporary file of ours remains.
        let mut names: Vec<String> = fs::read_dir(dir.path())
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        let planted_name = planted
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        assert_eq!(
            names,
            [
                planted_name,
                "report.html".to_owned(),
                "victim.txt".to_owned()
            ]
        );
    }

    #[test]
    fn full_disk_is_an_error() {
        let result = write_file(Path::new("/dev/full"), &[], |w| {
            w.write_all(&[b'x'; 100_000])
        });
        assert!(
            matches!(result, Err(OutputError::Write { .. })),
            "{result:?}"
        );
    }
}
