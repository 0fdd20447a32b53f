//! STUB (temporary, lets the tree compile): the archive helper replaces this file.
#![allow(dead_code, unused_variables)]
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum InputKind {
    Zip,
    Directory,
}
#[derive(Clone, Copy, Debug)]
pub struct ArchiveLimits {
    pub max_total_bytes: u64,
    pub max_entry_bytes: u64,
    pub max_ratio: u64,
    pub max_entries: usize,
}
impl Default for ArchiveLimits {
    fn default() -> Self {
        ArchiveLimits {
            max_total_bytes: 16 << 30,
            max_entry_bytes: 4 << 30,
            max_ratio: 1000,
            max_entries: 200_000,
        }
    }
}
#[derive(Clone, Debug)]
pub struct EntryInfo {
    pub path: String,
    pub file_name: String,
    pub size: u64,
    pub compressed_size: u64,
    pub modified: Option<jiff::civil::DateTime>,
}
#[derive(Clone, Debug)]
pub struct EntryProblem {
    pub path: String,
    pub reason: String,
}
#[derive(Debug, thiserror::Error)]
pub enum EntryError {
    #[error("{0}")]
    Corrupt(String),
    #[error(transparent)]
    Io(#[from] std::io::Error),
}
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    #[error("{path}: not found")]
    NotFound { path: String },
    #[error("{path}: {source}")]
    Unreadable {
        path: String,
        source: std::io::Error,
    },
}
pub struct ReadBudget;
impl ReadBudget {
    pub fn new(limits: ArchiveLimits) -> Arc<Self> {
        Arc::new(ReadBudget)
    }
}
pub struct Input {
    path: PathBuf,
    zip: Mutex<zip::ZipArchive<std::fs::File>>,
    entries: Vec<EntryInfo>,
    idx: Vec<usize>,
}
impl Input {
    pub fn open(path: &Path, budget: Arc<ReadBudget>) -> Result<Input, InputError> {
        let f = std::fs::File::open(path).map_err(|_| InputError::NotFound {
            path: path.display().to_string(),
        })?;
        let mut zip = zip::ZipArchive::new(f).map_err(|e| InputError::Unreadable {
            path: path.display().to_string(),
            source: std::io::Error::other(e),
        })?;
        let mut entries = Vec::new();
        let mut idx = Vec::new();
        for i in 0..zip.len() {
            if let Ok(e) = zip.by_index(i) {
                if e.is_dir() {
                    continue;
                }
                let name = e.name().map(|n| n.to_string()).unwrap_or_default();
                entries.push(EntryInfo {
                    file_name: name.rsplit('/').next().unwrap_or("").to_owned(),
                    path: name,
                    size: e.size(),
                    compressed_size: e.compressed_size(),
                    modified: None,
                });
                idx.push(i);
            }
        }
        Ok(Input {
            path: path.to_path_buf(),
            zip: Mutex::new(zip),
            entries,
            idx,
        })
    }
    pub fn path(&self) -> &Path {
        &self.path
    }
    pub fn kind(&self) -> InputKind {
        InputKind::Zip
    }
    pub fn entries(&self) -> &[EntryInfo] {
        &self.entries
    }
    pub fn problems(&self) -> &[EntryProblem] {
        &[]
    }
    pub fn read_entry<T>(
        &self,
        index: usize,
        f: impl FnOnce(&mut dyn Read) -> std::io::Result<T>,
    ) -> Result<T, EntryError> {
        let mut zip = self
            .zip
            .lock()
            .map_err(|_| EntryError::Corrupt("lock".into()))?;
        let mut file = zip
            .by_index(self.idx[index])
            .map_err(|e| EntryError::Corrupt(e.to_string()))?;
        Ok(f(&mut file)?)
    }
}
pub fn looks_like_complete(path: &Path) -> Option<bool> {
    None
}
