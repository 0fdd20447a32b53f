//! The pass on a thread pool and the pass on one thread, without any pool (as in a browser),
//! give the same analysis: the sample export, the Basic + Complete pair, and a generated
//! 10 MiB export whose `messages.csv` is large enough to be inflated and parsed on two threads
//! in the parallel pass.

use std::path::PathBuf;

use linkedin_exposure::analyse::{Analysis, AnalysisOptions, NoProgress, Parallelism, analyse};
use linkedin_exposure::archive::InputSpec;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(name)
}

/// Everything the analysis holds, as text. The name dictionary is given by its size: its
/// internal lists are filled in completion order, and it answers the same either way.
fn everything(analysis: &Analysis) -> String {
    format!(
        "inputs {:?}\nfiles {:#?}\nunrecognised {:?}\nproblems {:?}\nprofile {:?}\nemail {:?}\n\
         items {:#?}\nnames {}\nin several inputs {}\nexport date {:?}\ncategories {:#?}\n\
         tallies {:#?}",
        analysis.inputs,
        analysis.files,
        analysis.unrecognised,
        analysis.problems,
        analysis.profile,
        analysis.primary_email,
        analysis.items,
        analysis.other_names.len(),
        analysis.files_in_several_inputs,
        analysis.export_date,
        analysis.categories(),
        analysis.category_tallies,
    )
}

/// Analyses `inputs` both ways, collecting review items too, and compares.
fn assert_same_both_ways(inputs: &[PathBuf]) {
    let run = |parallelism| {
        let options = AnalysisOptions {
            parallelism,
            collect_items: true,
            ..AnalysisOptions::default()
        };
        let specs: Vec<InputSpec> = inputs.iter().cloned().map(InputSpec::from).collect();
        let analysis = analyse(&specs, &options, &NoProgress).expect("analysed");
        everything(&analysis)
    };
    let parallel = run(Parallelism::Parallel);
    let sequential = run(Parallelism::Sequential);
    assert!(parallel.len() > 1_000, "{parallel}");
    assert!(
        parallel == sequential,
        "parallel:\n{parallel}\nsequential:\n{sequential}"
    );
}

#[test]
fn the_sample_export_gives_the_same_analysis_both_ways() {
    assert_same_both_ways(&[fixture("sample-export.zip")]);
}

#[test]
fn the_basic_and_complete_pair_gives_the_same_analysis_both_ways() {
    assert_same_both_ways(&[
        fixture("sample-export.zip"),
        fixture("sample-export-basic.zip"),
    ]);
}

#[test]
fn a_generated_10_mib_export_gives_the_same_analysis_both_ways() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (path, generated) = super::streaming::generate(&dir, 10 << 20, 42);
    let messages = generated
        .entries
        .iter()
        .find(|e| e.path == "messages.csv")
        .expect("messages.csv written");
    assert!(messages.bytes > 8 << 20, "{} bytes", messages.bytes);
    assert_same_both_ways(&[path]);
}
