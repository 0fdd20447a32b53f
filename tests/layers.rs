//! Imports run one way: the tables a maintainer edits at the bottom, reading and analysing
//! the export above them, the report model above the analysis, the renderers above the model,
//! the engine and the command line on top. A module may use the modules of lower layers only,
//! so that no two modules import each other, however far round.

use std::collections::BTreeMap;
use std::path::Path;

/// Layers, bottom first. A module is a file or a folder of `src/`; `report::table` and the
/// like are the report folder's renderers, apart from the model in `report/mod.rs`.
const LAYERS: &[&[&str]] = &[
    // The facts a maintainer edits, and helpers that read nothing else.
    &["catalog", "sanitize"],
    &["policy"],
    &["places"],
    &["authorities"],
    &["i18n"],
    // Reading the export.
    &[
        "dates",
        "memory",
        "words",
        "names",
        "transcode",
        "sensitive",
    ],
    &["csv_dialect", "headers", "articles"],
    &["transcript", "archive"],
    &["identity"],
    // Analysing it.
    &["analyse"],
    // The report model.
    &["member"],
    &["report"],
    &["disclosure"],
    // Renderers.
    &["report::sentences"],
    &[
        "report::table",
        "report::json",
        "report::html",
        "letter",
        "review_list",
    ],
    // Front ends.
    &["render"],
    &["engine"],
];

/// Known exceptions, each to be removed: the file warnings (`report::Warning`) still live in
/// the report model while the analysis makes them; they belong beside the other findings
/// (`analyse::findings`).
const PENDING: &[(&str, &str)] = &[("analyse", "report")];

/// The module a source file belongs to.
fn module_of(relative: &Path) -> String {
    let parts: Vec<String> = relative
        .iter()
        .map(|part| part.to_string_lossy().trim_end_matches(".rs").to_owned())
        .collect();
    match parts.as_slice() {
        [first, second, ..] if first == "report" && second != "mod" && second != "build" => {
            format!("report::{second}")
        }
        [first, ..] => first.clone(),
        [] => String::new(),
    }
}

/// The modules a file's code (before its tests) names as `crate::…`.
fn imports(code: &str, submodules: &[&str]) -> Vec<String> {
    let code: String = code
        .split("#[cfg(test)]")
        .next()
        .unwrap_or(code)
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    let mut found = Vec::new();
    for (at, _) in code.match_indices("crate::") {
        let path: String = code[at + "crate::".len()..]
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
            .collect();
        let mut segments = path.split("::");
        let first = segments.next().unwrap_or("").to_owned();
        let second = segments.next().unwrap_or("");
        let module = format!("{first}::{second}");
        found.push(if submodules.contains(&module.as_str()) {
            module
        } else {
            first
        });
    }
    found
}

fn files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src readable").flatten() {
        let path = entry.path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn imports_run_down_the_layers_only() {
    let layer: BTreeMap<&str, usize> = LAYERS
        .iter()
        .enumerate()
        .flat_map(|(index, modules)| modules.iter().map(move |module| (*module, index)))
        .collect();
    let submodules: Vec<&str> = layer.keys().copied().filter(|m| m.contains("::")).collect();
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut paths = Vec::new();
    files(&src, &mut paths);
    let mut wrong = Vec::new();
    for path in paths {
        let relative = path.strip_prefix(&src).expect("under src");
        let from = module_of(relative);
        // Only listed modules are checked: list a new module to have it checked.
        let Some(&from_layer) = layer.get(from.as_str()) else {
            continue;
        };
        let code = std::fs::read_to_string(&path).expect("source readable");
        for to in imports(&code, &submodules) {
            if to == from || PENDING.contains(&(from.as_str(), to.as_str())) {
                continue;
            }
            match layer.get(to.as_str()) {
                Some(&to_layer) if to_layer < from_layer => {}
                Some(_) => wrong.push(format!("{} uses crate::{to}", relative.display())),
                // Not listed: the binary's modules and new ones, until someone lists them.
                None => {}
            }
        }
    }
    wrong.sort();
    wrong.dedup();
    assert!(
        wrong.is_empty(),
        "imports against the layers:\n{}",
        wrong.join("\n")
    );
}
