//! Walking an extracted export folder: sorted, clutter skipped, symbolic links never followed.

use std::fs::File;
use std::path::{Path, PathBuf};

use super::errors::{EntryFault, InputError};
use super::limits::ArchiveLimits;
use super::listing::{Candidate, Listed, Listing, finish_listing, is_clutter, normalise};

/// Deepest folder nesting walked; exports nest three levels, symlinks are never followed,
/// so this only guards against pathological trees (or bind-mount loops).
pub(super) const MAX_FOLDER_DEPTH: usize = 32;

pub(super) fn list_directory(
    root: &Path,
    limits: ArchiveLimits,
) -> Result<(Listing, Vec<PathBuf>), InputError> {
    let mut listed = Vec::new();
    walk(root, root, 0, limits, &mut listed)?;
    Ok(finish_listing(listed, Vec::new()))
}

/// Depth-first walk in sorted name order; symbolic links are never followed.
pub(super) fn walk(
    root: &Path,
    dir: &Path,
    depth: usize,
    limits: ArchiveLimits,
    listed: &mut Vec<Listed<PathBuf>>,
) -> Result<(), InputError> {
    let logical = |path: &Path| -> Vec<String> {
        path.strip_prefix(root)
            .unwrap_or(path)
            .components()
            .flat_map(|c| normalise(&c.as_os_str().to_string_lossy()))
            .collect()
    };
    let read_dir = match std::fs::read_dir(dir) {
        Ok(read_dir) => read_dir,
        Err(source) if depth == 0 => {
            return Err(InputError::Unreadable {
                path: root.to_path_buf(),
                source,
            });
        }
        Err(error) => {
            listed.push(Listed {
                components: logical(dir),
                outcome: Err(EntryFault::FolderUnreadable(error.to_string())),
            });
            return Ok(());
        }
    };
    let mut children = Vec::new();
    for child in read_dir {
        match child {
            Ok(child) => children.push(child),
            Err(error) => listed.push(Listed {
                components: logical(dir),
                outcome: Err(EntryFault::FolderIncomplete(error.to_string())),
            }),
        }
    }
    children.sort_by_key(|child| child.file_name());
    for child in children {
        let path = child.path();
        let components = logical(&path);
        if components.is_empty() || is_clutter(&components) {
            continue;
        }
        if listed.len() >= limits.max_entries {
            return Err(InputError::TooManyEntries {
                path: root.to_path_buf(),
                limit: limits.max_entries,
            });
        }
        // `DirEntry::file_type` does not follow symbolic links.
        let file_type = match child.file_type() {
            Ok(file_type) => file_type,
            Err(error) => {
                listed.push(Listed {
                    components,
                    outcome: Err(EntryFault::Unreadable(error.to_string())),
                });
                continue;
            }
        };
        if file_type.is_symlink() {
            listed.push(Listed {
                components,
                outcome: Err(EntryFault::SymbolicLink),
            });
        } else if file_type.is_dir() {
            if depth + 1 >= MAX_FOLDER_DEPTH {
                listed.push(Listed {
                    components,
                    outcome: Err(EntryFault::FolderTooDeep),
                });
                continue;
            }
            walk(root, &path, depth + 1, limits, listed)?;
        } else if !file_type.is_file() {
            listed.push(Listed {
                components,
                outcome: Err(EntryFault::NotRegular),
            });
        } else {
            listed.push(Listed {
                components,
                outcome: list_file(&child, path),
            });
        }
    }
    Ok(())
}

/// A regular file: opened once to find out now, not mid-analysis, that it cannot be read.
pub(super) fn list_file(
    child: &std::fs::DirEntry,
    path: PathBuf,
) -> Result<Candidate<PathBuf>, EntryFault> {
    let meta = child
        .metadata()
        .map_err(|error| EntryFault::Unreadable(error.to_string()))?;
    File::open(&path).map_err(|error| EntryFault::Unreadable(error.to_string()))?;
    let modified = meta
        .modified()
        .ok()
        .and_then(|time| jiff::Timestamp::try_from(time).ok())
        .map(|timestamp| jiff::tz::TimeZone::UTC.to_datetime(timestamp));
    Ok(Candidate {
        source: path,
        size: meta.len(),
        compressed_size: meta.len(),
        modified,
        crc32: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::archive::testing::*;

    #[cfg(unix)]
    #[test]
    fn folder_walk_is_sorted_skips_clutter_and_never_follows_links() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("Complete_LinkedInDataExport_12-27-2025");
        std::fs::create_dir_all(root.join("Jobs")).unwrap();
        std::fs::create_dir_all(root.join("__MACOSX")).unwrap();
        std::fs::create_dir_all(root.join(".hidden")).unwrap();
        std::fs::write(root.join("Profile.csv"), b"First Name\nAda\n").unwrap();
        std::fs::write(root.join("Connections.csv"), b"c").unwrap();
        std::fs::write(root.join("Jobs/Saved Jobs.csv"), b"j").unwrap();
        std::fs::write(root.join(".DS_Store"), b"junk").unwrap();
        std::fs::write(root.join("__MACOSX/._Profile.csv"), b"junk").unwrap();
        std::fs::write(root.join(".hidden/x.csv"), b"junk").unwrap();
        std::os::unix::fs::symlink("/etc/passwd", root.join("Link.csv")).unwrap();
        std::os::unix::fs::symlink(&root, root.join("Loop")).unwrap();
        let file = File::open(root.join("Profile.csv")).unwrap();
        let mtime = std::time::UNIX_EPOCH + std::time::Duration::from_secs(1_766_822_400);
        File::options()
            .write(true)
            .open(root.join("Profile.csv"))
            .unwrap()
            .set_modified(mtime)
            .unwrap();
        drop(file);

        let input = open(&root);
        assert_eq!(input.kind(), InputKind::Directory);
        assert_eq!(
            paths(&input),
            ["Connections.csv", "Jobs/Saved Jobs.csv", "Profile.csv"]
        );
        let problems: Vec<(&str, &EntryFault)> = input
            .problems()
            .iter()
            .map(|p| (p.path.as_str(), &p.reason))
            .collect();
        assert_eq!(
            problems,
            [
                ("Link.csv", &EntryFault::SymbolicLink),
                ("Loop", &EntryFault::SymbolicLink)
            ]
        );
        let profile = &input.entries()[2];
        assert_eq!((profile.size, profile.compressed_size), (15, 15));
        assert_eq!(
            profile.modified,
            Some(jiff::civil::date(2025, 12, 27).at(8, 0, 0, 0))
        );
        assert_eq!(read_all(&input, 2).unwrap(), b"First Name\nAda\n");
        assert_eq!(read_all(&input, 1).unwrap(), b"j");

        // The parent folder holding only the export folder: the top folder is stripped.
        let input = open(dir.path());
        assert_eq!(
            paths(&input),
            ["Connections.csv", "Jobs/Saved Jobs.csv", "Profile.csv"]
        );
    }

    #[cfg(unix)]
    #[test]
    fn unreadable_file_in_a_folder_is_a_problem() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("Profile.csv"), b"p").unwrap();
        let locked = dir.path().join("Locked.csv");
        std::fs::write(&locked, b"secret").unwrap();
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
        if std::fs::read(&locked).is_ok() {
            // Root reads regardless of permissions: nothing to observe here.
            eprintln!("note: running with privileges that ignore chmod 000; assertion skipped");
            return;
        }
        let input = open(dir.path());
        assert_eq!(paths(&input), ["Profile.csv"]);
        assert_eq!(input.problems().len(), 1);
        assert_eq!(input.problems()[0].path, "Locked.csv");
        assert!(matches!(
            input.problems()[0].reason,
            EntryFault::Unreadable(_)
        ));
        assert!(
            input.problems()[0]
                .reason
                .to_string()
                .starts_with("cannot be read: ")
        );
    }
}
