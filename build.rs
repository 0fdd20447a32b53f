//! Embeds every message file `locales/<lang>.ftl`, so that adding a language is adding one file.

use std::{env, fs, path::Path};

fn main() {
    println!("cargo::rerun-if-changed=locales");
    let mut codes: Vec<String> = fs::read_dir("locales")
        .map(|dir| {
            dir.filter_map(Result::ok)
                .filter_map(|entry| {
                    let name = entry.file_name().into_string().ok()?;
                    name.strip_suffix(".ftl").map(str::to_owned)
                })
                .collect()
        })
        .unwrap_or_default();
    codes.sort();
    let mut table = String::from("/// (language code, message file) for every `locales/*.ftl`.\n");
    table.push_str("pub const LOCALES: &[(&str, &str)] = &[\n");
    for code in &codes {
        let path = Path::new(&env::var("CARGO_MANIFEST_DIR").unwrap_or_default())
            .join("locales")
            .join(format!("{code}.ftl"));
        table.push_str(&format!(
            "    ({code:?}, include_str!({:?})),\n",
            path.display().to_string()
        ));
    }
    table.push_str("];\n");
    let out = Path::new(&env::var("OUT_DIR").unwrap_or_default()).join("locales.rs");
    if let Err(error) = fs::write(&out, table) {
        panic!("cannot write {}: {error}", out.display());
    }
}
