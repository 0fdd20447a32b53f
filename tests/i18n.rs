//! Every message exists in every language, and every message is used somewhere; the French
//! outputs are French.

use std::collections::BTreeSet;
use std::path::Path;

use linkedin_exposure::catalog::{Basis, CategoryId};
use linkedin_exposure::i18n::{Messages, available};

use crate::analysis::{fixture, tool};

fn ids(code: &str) -> BTreeSet<String> {
    Messages::ids(code).into_iter().collect()
}

#[test]
fn every_message_exists_in_every_language() {
    let languages: Vec<&str> = available().collect();
    assert!(
        languages.contains(&"en") && languages.contains(&"fr"),
        "{languages:?}"
    );
    let reference = ids("en");
    assert!(reference.len() > 50, "{} messages only", reference.len());
    for code in &languages {
        let these = ids(code);
        let missing: Vec<_> = reference.difference(&these).collect();
        let extra: Vec<_> = these.difference(&reference).collect();
        assert!(missing.is_empty(), "{code} lacks {missing:?}");
        assert!(extra.is_empty(), "{code} has ids English lacks: {extra:?}");
    }
}

/// All source and template text, where message ids are named.
fn sources() -> String {
    let mut text = String::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut stack = vec![root.join("src"), root.join("templates")];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if let Ok(content) = std::fs::read_to_string(&path) {
                text.push_str(&content);
            }
        }
    }
    text
}

/// Ids built at run time from data: a prefix and every value the data can give.
fn dynamic_ids() -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for category in CategoryId::ALL {
        ids.insert(format!("category-{}", category.as_str()));
    }
    for basis in [
        Basis::Stated,
        Basis::Implied,
        Basis::Reported,
        Basis::Excluded,
        Basis::NotListed,
    ] {
        ids.insert(format!("basis-{}", basis.as_str()));
    }
    for month in 1..=12 {
        ids.insert(format!("month-{month}"));
    }
    ids
}

#[test]
fn every_message_is_used() {
    let sources = sources();
    let dynamic = dynamic_ids();
    // Families whose suffix comes from data (serde names, ids in tables): the prefix must be
    // used in code, and the suffix is checked where the data is defined.
    let families = [
        "warning-",
        "detected-",
        "step-",
        "region-",
        "country-",
        "source-title-",
        "html-kind-",
        "sensitive-flag-",
    ];
    let unused: Vec<String> = ids("en")
        .into_iter()
        .filter(|id| {
            !dynamic.contains(id)
                && !sources.contains(&format!("\"{id}\""))
                && !sources.contains(&format!("\"{id}."))
                && !families
                    .iter()
                    .any(|family| id.starts_with(family) && sources.contains(family))
        })
        .collect();
    assert!(unused.is_empty(), "messages never used: {unused:?}");
}

#[test]
fn table_is_french_with_french_locale() {
    let output = tool()
        .env("LANG", "fr_FR.UTF-8")
        .arg(fixture("sample-export.zip"))
        .args(["--no-html", "--width", "110", "--color", "never"])
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(0));
    let stdout = String::from_utf8_lossy(&output.stdout);
    insta::assert_snapshot!("table_fr", stdout);
    assert!(stdout.contains("Catégorie"));
    assert!(stdout.contains("Données pour l'amélioration de l'IA générative"));
}

#[test]
fn lang_flag_beats_the_environment() {
    let output = tool()
        .env("LANG", "fr_FR.UTF-8")
        .arg(fixture("sample-export.zip"))
        .args(["--no-html", "--lang", "en", "--color", "never"])
        .output()
        .expect("runs");
    assert!(String::from_utf8_lossy(&output.stdout).contains("Category"));
}

#[test]
fn unknown_language_is_refused() {
    let output = tool()
        .arg(fixture("sample-export.zip"))
        .args(["--no-html", "--lang", "xx"])
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("available: en, fr"));
}

#[test]
fn errors_speak_french() {
    let output = tool()
        .env("LANG", "fr_FR.UTF-8")
        .arg("/nonexistent/export.zip")
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "linkedin-exposure: «\u{A0}/nonexistent/export.zip\u{A0}» n'existe pas\u{202F}: indiquez le chemin du fichier .zip de votre export LinkedIn ou du dossier où vous l'avez extrait\n"
    );
}
