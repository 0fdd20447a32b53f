//! Reading the JSON report in tests: one file's entry and warnings.

use serde_json::Value;

pub fn file_entry<'a>(json: &'a Value, path: &str) -> &'a Value {
    json["files"]
        .as_array()
        .and_then(|files| files.iter().find(|f| f["path"] == path))
        .unwrap_or_else(|| panic!("no file {path} in {json}"))
}

/// The warnings of one file as (kind, detail).
pub fn warnings(json: &Value, path: &str) -> Vec<(String, String)> {
    file_entry(json, path)["warnings"]
        .as_array()
        .expect("warnings array")
        .iter()
        .map(|w| {
            (
                w["kind"].as_str().unwrap_or_default().to_owned(),
                w["detail"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect()
}
