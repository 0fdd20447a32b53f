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
        Basis::Unclear,
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
        // Kinds of training events (policy::TrainingEventKind) and laws (policy::Law::id).
        "history-",
        "letter-subject-",
        "letter-objection-",
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

/// Lines of `text` that read as English: two or more of its commonest short words.
fn english_lines(text: &str) -> Vec<String> {
    const WORDS: &[&str] = &[
        "the", "and", "of", "is", "are", "was", "with", "this", "that", "not", "from", "your",
        "you", "it", "for", "to", "in", "be", "has", "have", "by", "or", "on",
    ];
    text.lines()
        .filter(|line| {
            line.split(|c: char| !c.is_ascii_alphabetic() && c != '\'')
                .filter(|word| WORDS.contains(&word.to_ascii_lowercase().as_str()))
                .count()
                >= 2
        })
        .map(str::to_owned)
        .collect()
}

/// The visible text of an HTML page, a line per element.
fn html_text(html: &str) -> String {
    let mut text = String::new();
    let mut rest = html;
    for hidden in ["<style", "<script"] {
        while let Some(start) = rest.find(hidden) {
            let end = rest[start..].find("</").map_or(rest.len(), |e| start + e);
            text.push_str(&rest[..start]);
            rest = &rest[end..];
        }
    }
    text.push_str(rest);
    let mut visible = String::new();
    let mut in_tag = false;
    for c in text.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                visible.push('\n');
            }
            _ if !in_tag => visible.push(c),
            _ => {}
        }
    }
    visible
}

/// The table, messages, HTML report and letter for the Basic + Complete pair, in `lang`.
fn pair_outputs(lang: &str) -> Vec<(&'static str, String)> {
    let dir = tempfile::tempdir().expect("temp dir");
    let output = tool()
        .current_dir(dir.path())
        .arg(fixture("sample-export.zip"))
        .arg(fixture("sample-export-basic.zip"))
        .args([
            "--lang",
            lang,
            "--html",
            "report.html",
            "--letter",
            "letter.txt",
        ])
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let read = |name: &str| std::fs::read_to_string(dir.path().join(name)).expect(name);
    vec![
        (
            "stdout",
            String::from_utf8_lossy(&output.stdout).into_owned(),
        ),
        (
            "stderr",
            String::from_utf8_lossy(&output.stderr).into_owned(),
        ),
        ("HTML", html_text(&read("report.html"))),
        ("letter", read("letter.txt")),
    ]
}

#[test]
fn the_merged_pair_in_french_has_no_english_sentence() {
    // The detector finds the English run English, so that its silence on French means something.
    for (what, text) in pair_outputs("en") {
        if what != "stderr" {
            assert!(english_lines(&text).len() > 3, "{what}: {text}");
        }
    }
    for (what, text) in pair_outputs("fr") {
        assert_eq!(english_lines(&text), Vec::<String>::new(), "{what}");
    }
}
