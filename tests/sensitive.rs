//! The sensitive-data flags measured on the labelled corpus (tests/sensitive/, labelling
//! rule in LABELLING.md): precision and recall per flag and per tier, printed, and the
//! floors enforced.

use std::collections::BTreeMap;

use linkedin_exposure::sensitive::{Flag, Flags, Scanner};

const CORPORA: &[(&str, &str)] = &[
    ("corpus-en.txt", include_str!("sensitive/corpus-en.txt")),
    ("corpus-fr.txt", include_str!("sensitive/corpus-fr.txt")),
    // Written after the lexicons were frozen, never used to change them.
    ("heldout.txt", include_str!("sensitive/heldout.txt")),
];

struct Labelled {
    source: String,
    lang: String,
    flags: Flags,
    text: String,
}

fn corpus() -> Vec<Labelled> {
    let mut texts = Vec::new();
    for (name, content) in CORPORA {
        for (number, line) in content.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let parts: Vec<&str> = line.splitn(4, " | ").collect();
            let [lang, kind, flags, text] = parts[..] else {
                panic!("{name}:{}: not `lang | kind | flags | text`", number + 1);
            };
            assert!(
                matches!(lang, "en" | "fr"),
                "{name}:{}: language",
                number + 1
            );
            assert!(
                matches!(kind, "post" | "comment"),
                "{name}:{}: kind",
                number + 1
            );
            let flags = if flags == "-" {
                Flags::default()
            } else {
                flags
                    .split(' ')
                    .map(|id| {
                        Flag::from_id(id)
                            .unwrap_or_else(|| panic!("{name}:{}: flag {id}", number + 1))
                    })
                    .collect()
            };
            texts.push(Labelled {
                source: format!("{name}:{}", number + 1),
                lang: lang.to_owned(),
                flags,
                text: text.to_owned(),
            });
        }
    }
    texts
}

#[derive(Default, Clone, Copy)]
struct Counts {
    tp: u64,
    fp: u64,
    fn_: u64,
}

impl Counts {
    fn precision(self) -> f64 {
        if self.tp + self.fp == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fp) as f64
        }
    }
    fn recall(self) -> f64 {
        if self.tp + self.fn_ == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fn_) as f64
        }
    }
    fn add(&mut self, other: Counts) {
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
    }
}

/// Prints precision and recall per flag and per tier of `texts`; returns the tier counts.
fn evaluate(title: &str, texts: &[&Labelled]) -> [Counts; 2] {
    let english = texts.iter().filter(|t| t.lang == "en").count();
    let positives = texts.iter().filter(|t| !t.flags.is_empty()).count();
    let mut scanner = Scanner::default();
    let mut per_flag: BTreeMap<Flag, Counts> = BTreeMap::new();
    let mut mistakes = Vec::new();
    for text in texts {
        let found = scanner.scan(text.text.as_bytes());
        for flag in Flag::ALL {
            let counts = per_flag.entry(flag).or_default();
            match (text.flags.contains(flag), found.contains(flag)) {
                (true, true) => counts.tp += 1,
                (false, true) => counts.fp += 1,
                (true, false) => counts.fn_ += 1,
                (false, false) => {}
            }
        }
        if found != text.flags {
            mistakes.push(format!(
                "  {}: expected [{}], found [{}]: {}",
                text.source,
                text.flags.ids(),
                found.ids(),
                text.text
            ));
        }
    }
    println!(
        "== {title}: {} texts ({english} EN, {} FR), {positives} with flags",
        texts.len(),
        texts.len() - english
    );
    println!("flag        tier     TP   FP   FN  precision  recall");
    let mut tiers = [Counts::default(); 2];
    for (flag, counts) in &per_flag {
        if let Some(tier) = tiers.get_mut(usize::from(flag.tier()) - 1) {
            tier.add(*counts);
        }
        println!(
            "{:<11} {:>4} {:>6} {:>4} {:>4} {:>10.3} {:>7.3}",
            flag.as_str(),
            flag.tier(),
            counts.tp,
            counts.fp,
            counts.fn_,
            counts.precision(),
            counts.recall()
        );
    }
    for (index, counts) in tiers.iter().enumerate() {
        println!(
            "tier {}           {:>6} {:>4} {:>4} {:>10.3} {:>7.3}",
            index + 1,
            counts.tp,
            counts.fp,
            counts.fn_,
            counts.precision(),
            counts.recall()
        );
    }
    println!(
        "texts whose flags differ from the labels:\n{}\n",
        mistakes.join("\n")
    );
    tiers
}

#[test]
fn corpus_precision_and_recall() {
    let texts = corpus();
    let all: Vec<&Labelled> = texts.iter().collect();
    let english = all.iter().filter(|t| t.lang == "en").count();
    assert!(all.len() >= 300, "the corpus has {} texts", all.len());
    assert!(english >= 100 && all.len() - english >= 100);
    let (heldout, development): (Vec<&Labelled>, Vec<&Labelled>) =
        all.iter().partition(|t| t.source.starts_with("heldout"));
    evaluate(
        "development corpus (the lexicons were written knowing it)",
        &development,
    );
    evaluate(
        "held-out texts (written after the lexicons were frozen)",
        &heldout,
    );
    let [tier1, tier2] = evaluate("all texts (the floors apply here)", &all);
    assert!(
        tier1.precision() >= 0.95,
        "tier 1 precision {:.3}",
        tier1.precision()
    );
    assert!(
        tier1.recall() >= 0.90,
        "tier 1 recall {:.3}",
        tier1.recall()
    );
    assert!(
        tier2.precision() >= 0.80,
        "tier 2 precision {:.3}",
        tier2.precision()
    );
    assert!(
        tier2.recall() >= 0.70,
        "tier 2 recall {:.3}",
        tier2.recall()
    );
}

#[test]
fn every_flag_has_positives_and_hard_negatives_in_both_languages() {
    let texts = corpus();
    for lang in ["en", "fr"] {
        for flag in Flag::ALL {
            let positives = texts
                .iter()
                .filter(|t| t.lang == lang && t.flags.contains(flag))
                .count();
            assert!(
                positives >= 3,
                "{lang} {}: {positives} positives",
                flag.as_str()
            );
        }
    }
}
