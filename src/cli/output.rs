//! Writing the files the member asked for: checked before the analysis (a file, in a folder
//! that exists and takes new files, outside every input, one path per output), written
//! atomically (a temporary file in the same folder, then a rename), never over one of the
//! inputs, and never leaving a partial file behind.

use std::fs::{self, File};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use linkedin_exposure::Format;
use linkedin_exposure::i18n::{Arg, Messages};
use linkedin_exposure::sanitize;

/// Which output a path was given for: its flag is what the member changes.
pub type OutputKind = Format;

/// The flag that gives an output its path.
pub trait Flag {
    fn flag(self) -> &'static str;
}

impl Flag for Format {
    fn flag(self) -> &'static str {
        match self {
            // The table goes to standard output only, never to a path.
            Format::Table => "",
            Format::Json => "--json",
            Format::Html => "--html",
            Format::Letter => "--letter",
            Format::Items => "--items",
        }
    }
}

/// Why an output cannot be written (exit code 2). Paths are as the member gave them; the
/// member reads [`OutputError::localised`].
#[derive(Debug)]
pub enum OutputError {
    /// The path is one of the inputs.
    WouldOverwriteInput {
        path: String,
        kind: OutputKind,
    },
    /// The path lies inside an input folder.
    InsideInput {
        path: String,
        input: String,
        kind: OutputKind,
    },
    IsFolder {
        path: String,
        kind: OutputKind,
    },
    /// A pipe, a socket or a device.
    NotRegular {
        path: String,
        kind: OutputKind,
    },
    /// Two outputs given the same path.
    SamePath {
        path: String,
        first: OutputKind,
        second: OutputKind,
    },
    Write {
        path: String,
        kind: OutputKind,
        source: io::Error,
    },
}

impl std::fmt::Display for OutputError {
    /// The English line, for logs and tests.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.localised(&Messages::new("en")))
    }
}

impl std::error::Error for OutputError {}

impl OutputError {
    /// The one-line message in the member's language, naming the flag to change.
    pub fn localised(&self, messages: &Messages) -> String {
        let error = self;
        let flag = |kind: &OutputKind| Arg::Text(kind.flag());
        let text = |p: &str| sanitize::for_terminal(p);
        match error {
            OutputError::WouldOverwriteInput { path: p, kind } => messages.format(
                "error-output-is-input",
                &[("path", Arg::Text(&text(p))), ("flag", flag(kind))],
            ),
            OutputError::InsideInput {
                path: p,
                input,
                kind,
            } => messages.format(
                "error-output-inside-input",
                &[
                    ("path", Arg::Text(&text(p))),
                    ("input", Arg::Text(&text(input))),
                    ("flag", flag(kind)),
                ],
            ),
            OutputError::IsFolder { path: p, kind } => messages.format(
                "error-output-is-folder",
                &[("path", Arg::Text(&text(p))), ("flag", flag(kind))],
            ),
            OutputError::NotRegular { path: p, kind } => messages.format(
                "error-output-not-regular",
                &[("path", Arg::Text(&text(p))), ("flag", flag(kind))],
            ),
            OutputError::SamePath {
                path: p,
                first,
                second,
            } => messages.format(
                "error-output-same-path",
                &[
                    ("path", Arg::Text(&text(p))),
                    ("first", flag(first)),
                    ("second", flag(second)),
                ],
            ),
            OutputError::Write {
                path: p,
                kind,
                source,
            } => messages.format(
                "error-output-write",
                &[
                    ("path", Arg::Text(&text(p))),
                    ("detail", Arg::Text(&text(&source.to_string()))),
                    ("flag", flag(kind)),
                ],
            ),
        }
    }
}

/// Whether a written file replaced an existing one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Written {
    New,
    Replaced,
}

/// Whether two paths name the same file (also through links or relative forms).
fn same_file(a: &Path, b: &Path) -> bool {
    match (fs::canonicalize(a), fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => absolute(a) == absolute(b),
    }
}

/// `path` made absolute without touching the disk (for paths that do not exist yet), `.`
/// components dropped.
pub fn absolute(path: &Path) -> PathBuf {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    absolute
        .components()
        .filter(|c| !matches!(c, std::path::Component::CurDir))
        .collect()
}

/// The folder an output lands in (`.` for a bare file name).
fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Whether writing to this existing non-regular file is allowed: character devices given on
/// purpose (`/dev/null`, `/dev/full`, a terminal) take the bytes at once; a FIFO would block
/// until some reader came, a socket or block device is never a report.
fn is_writable_device(meta: &fs::Metadata) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        meta.file_type().is_char_device()
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        false
    }
}

/// Refuses two outputs given the same path (the second would silently replace the first).
pub fn check_distinct(outputs: &[(OutputKind, &Path)]) -> Result<(), OutputError> {
    for (i, (first, a)) in outputs.iter().enumerate() {
        for (second, b) in outputs.iter().skip(i + 1) {
            if same_file(a, b) {
                return Err(OutputError::SamePath {
                    path: b.display().to_string(),
                    first: *first,
                    second: *second,
                });
            }
        }
    }
    Ok(())
}

/// Checks, before anything is read or written, that `path` can take the `kind` output: not an
/// input, not inside an input folder (directly or through a link), not a folder, not a pipe,
/// socket or block device, and in an existing folder where a new file can be created. Never
/// opens `path` itself, so a FIFO there cannot block.
pub fn check(path: &Path, inputs: &[PathBuf], kind: OutputKind) -> Result<(), OutputError> {
    let shown = || path.display().to_string();
    let mut device = false;
    if let Ok(meta) = fs::metadata(path) {
        device = !meta.is_file() && is_writable_device(&meta);
        if meta.is_dir() {
            return Err(OutputError::IsFolder {
                path: shown(),
                kind,
            });
        }
        if !meta.is_file() && !is_writable_device(&meta) {
            return Err(OutputError::NotRegular {
                path: shown(),
                kind,
            });
        }
    }
    if inputs.iter().any(|input| same_file(input, path)) {
        return Err(OutputError::WouldOverwriteInput {
            path: shown(),
            kind,
        });
    }
    // A device is written in place: no new file is made next to it.
    check_folder(path, inputs, kind, !device)
}

/// The folder part of [`check`]: outside every input folder, and (when `probe`) a folder
/// where a new file can be created.
pub fn check_folder(
    path: &Path,
    inputs: &[PathBuf],
    kind: OutputKind,
    probe: bool,
) -> Result<(), OutputError> {
    let shown = || path.display().to_string();
    let folder = folder_of(path);
    let fail = |source: io::Error| OutputError::Write {
        path: shown(),
        kind,
        source,
    };
    let real_folder = fs::canonicalize(&folder).map_err(fail)?;
    // What the path really names: through a link, the file it points to.
    let real_target = fs::canonicalize(path).ok();
    for input in inputs {
        let Ok(real_input) = fs::canonicalize(input) else {
            continue;
        };
        if !real_input.is_dir() {
            continue;
        }
        let inside = real_folder.starts_with(&real_input)
            || real_target
                .as_ref()
                .is_some_and(|target| target.starts_with(&real_input));
        if inside {
            return Err(OutputError::InsideInput {
                path: shown(),
                input: input.display().to_string(),
                kind,
            });
        }
    }
    if !probe {
        return Ok(());
    }
    // The only sure test that a new file can be made there is making one.
    let probe = format!("{}.probe", kind.flag().trim_start_matches('-'));
    let (temp_path, file) = create_temp(&folder, &probe).map_err(fail)?;
    drop(file);
    let _ = fs::remove_file(&temp_path);
    Ok(())
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

/// Writes `path` through `render`, atomically, after the checks of [`check`] (repeated: the
/// disk may have changed during the analysis). Says whether a file was replaced.
pub fn write_file(
    path: &Path,
    inputs: &[PathBuf],
    kind: OutputKind,
    render: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<Written, OutputError> {
    check(path, inputs, kind)?;
    let shown = path.display().to_string();
    let fail = |source: io::Error| OutputError::Write {
        path: shown.clone(),
        kind,
        source,
    };
    // A character device (/dev/null, /dev/full) cannot be replaced by a rename: write to it.
    if let Ok(meta) = fs::metadata(path)
        && !meta.is_file()
    {
        let file = fs::OpenOptions::new()
            .write(true)
            .open(path)
            .map_err(fail)?;
        let mut writer = BufWriter::new(file);
        render(&mut writer).map_err(fail)?;
        writer.flush().map_err(fail)?;
        return Ok(Written::New);
    }
    let folder = folder_of(path);
    let file_name = path
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_else(|| "output".to_owned());
    let (temp_path, file) = match create_temp(&folder, &file_name) {
        Ok(created) => created,
        Err(error) => return Err(fail(error)),
    };
    let replaced = fs::symlink_metadata(path).is_ok();
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
    Ok(if replaced {
        Written::Replaced
    } else {
        Written::New
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_atomically_and_refuses_inputs() {
        let dir = tempfile::tempdir().expect("temp dir");
        let target = dir.path().join("out.json");
        assert!(write_file(&target, &[], OutputKind::Json, |w| w.write_all(b"{}")).is_ok());
        assert_eq!(fs::read(&target).ok(), Some(b"{}".to_vec()));
        let input = dir.path().join("export.zip");
        assert!(fs::write(&input, b"PK").is_ok());
        let error = write_file(
            &input,
            std::slice::from_ref(&input),
            OutputKind::Json,
            |w| w.write_all(b"x"),
        );
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
        let result = write_file(&target, &[], OutputKind::Html, |_| {
            Err(io::Error::other("boom"))
        });
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
        assert!(
            write_file(&target, &[], OutputKind::Json, |w| w
                .write_all(b"<p>report</p>"))
            .is_ok()
        );
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
        let result = write_file(Path::new("/dev/full"), &[], OutputKind::Json, |w| {
            w.write_all(&[b'x'; 100_000])
        });
        assert!(
            matches!(result, Err(OutputError::Write { .. })),
            "{result:?}"
        );
    }
}
