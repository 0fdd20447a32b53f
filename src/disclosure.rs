//! How much of the member the outputs disclose: the one place that decides it.
//!
//! Every output (terminal table, HTML page, JSON, objection letter, review list) is rendered
//! from what [`disclose`] returns, never from the analysis directly, so the three levels hold
//! the same way everywhere:
//!
//! - [`Disclosure::Shareable`] (the default): figures, categories, dates, the region and the
//!   member's own public writing as excerpts. Never the member's name, age, birth date,
//!   e-mail, phone, city or country (the country shows only through the national authority
//!   to complain to), nor other people's names or profile links: excerpts are scrubbed with
//!   the export's own names as the dictionary ([`crate::names`]), and of the e-mail
//!   addresses and telephone numbers the member wrote in them.
//! - [`Disclosure::Private`] (`--private`): everything, for the member's own eyes; the page
//!   says so at its top.
//! - [`Disclosure::Redacted`] (`--redact`): figures only: no name, excerpt, link or file name
//!   anywhere; the review list becomes counts per category and date.
//!
//! The objection letter is the member's own letter to LinkedIn, which needs their name and
//! e-mail address to find the account: it carries them at the shareable and private levels
//! (its file is not the shareable report), and placeholders to fill in when redacted.

use std::collections::BTreeMap;

use crate::analyse::{Analysis, ReviewItem};
use crate::catalog::CategoryId;
pub use crate::report::Disclosure;
use crate::report::{Member, Report};

/// The review list as an output may show it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReviewList {
    /// One row per item.
    Items(Vec<ReviewItem>),
    /// Redacted: how many items per category and date, nothing else.
    Counts(Vec<ReviewCount>),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReviewCount {
    pub category: CategoryId,
    pub date: Option<String>,
    pub count: u64,
}

/// What the objection letter may say about its writer. The letter is written to LinkedIn
/// and cites the law of the member's place (Québec's, for one): it reads the member's whole
/// situation, whatever the level.
#[derive(Clone, Debug, Default)]
pub struct LetterIdentity {
    pub name: Option<String>,
    pub email: Option<String>,
    pub member: Member,
}

/// Every output's content at one level.
#[derive(Clone, Debug)]
pub struct Disclosed {
    pub report: Report,
    pub review: ReviewList,
    pub letter: LetterIdentity,
}

/// Applies `level` to a built report (member assessed, guidance set) and to the analysis's
/// review items and identity. `mark` replaces other people's names in excerpts.
pub fn disclose(
    mut report: Report,
    analysis: &Analysis,
    level: Disclosure,
    mark: &str,
) -> Disclosed {
    report.disclosure = level;
    report.redacted = level == Disclosure::Redacted;
    let member_name = analysis.profile.full_name();
    let whole_member = report.member.clone();
    let member = &mut report.member;
    if level == Disclosure::Private {
        member.name = member_name.clone();
    } else {
        member.name = None;
        member.age_years = None;
        member.age_at_training_start = None;
        // The 18th birthday would give away the birth date.
        member.turns_18_on = None;
        member.country = None;
        member.country_code = None;
        // A region, state or province is finer than the country.
        member.subdivision = None;
    }
    let mut dictionary = analysis.other_names.clone();
    if let Some(name) = &member_name {
        dictionary.add(name);
    }
    let scrub = |text: &str| without_numbers(&dictionary.scrub(text, mark), mark);
    hide_paths_and_excerpts(&mut report, level, &scrub);
    // A flagged item is quoted on the member's own page only.
    if level == Disclosure::Private {
        report.sensitive.items = analysis
            .items
            .iter()
            .filter(|item| !item.flags.is_empty())
            .cloned()
            .collect();
    }
    let review = review_list(&analysis.items, level, &scrub);
    let letter = if level == Disclosure::Redacted {
        LetterIdentity {
            member: whole_member,
            ..LetterIdentity::default()
        }
    } else {
        LetterIdentity {
            name: member_name,
            email: analysis.primary_email.clone(),
            member: whole_member,
        }
    };
    Disclosed {
        report,
        review,
        letter,
    }
}

/// Applies `level` to the paths and excerpts of the report: file names only and scrubbed
/// excerpts when shareable, none of either when redacted.
fn hide_paths_and_excerpts(report: &mut Report, level: Disclosure, scrub: &dyn Fn(&str) -> String) {
    match level {
        Disclosure::Private => {}
        Disclosure::Shareable => {
            for input in &mut report.inputs {
                input.path = file_name(&input.path);
            }
            for category in &mut report.categories {
                for excerpt in &mut category.excerpts {
                    excerpt.text = scrub(&excerpt.text);
                }
            }
        }
        Disclosure::Redacted => {
            for input in &mut report.inputs {
                input.path.clear();
            }
            for category in &mut report.categories {
                category.excerpts.clear();
            }
            for file in &mut report.files {
                file.path.clear();
            }
            for file in &mut report.unrecognised {
                file.path.clear();
                file.header.clear();
            }
            for problem in &mut report.problems {
                problem.path.clear();
            }
        }
    }
}

/// The review list at `level`: every item, items with other people's names scrubbed (and no
/// link that would name them), or counts per category and date.
fn review_list(
    items: &[ReviewItem],
    level: Disclosure,
    scrub: &dyn Fn(&str) -> String,
) -> ReviewList {
    match level {
        Disclosure::Private => ReviewList::Items(items.to_vec()),
        Disclosure::Shareable => ReviewList::Items(
            items
                .iter()
                .map(|item| ReviewItem {
                    category: item.category,
                    date: item.date.clone(),
                    link: item.link.clone().filter(|link| scrub(link) == *link),
                    excerpt: scrub(&item.excerpt),
                    flags: item.flags,
                })
                .collect(),
        ),
        Disclosure::Redacted => {
            let mut counts: BTreeMap<(CategoryId, Option<String>), u64> = BTreeMap::new();
            for item in items {
                *counts
                    .entry((item.category, item.date.clone()))
                    .or_default() += 1;
            }
            ReviewList::Counts(
                counts
                    .into_iter()
                    .map(|((category, date), count)| ReviewCount {
                        category,
                        date,
                        count,
                    })
                    .collect(),
            )
        }
    }
}

/// `text` with every IBAN and telephone number replaced by `mark`: a number the member wrote
/// in a public post is theirs to give, not the shared page's (e-mail addresses go with the
/// names).
fn without_numbers(text: &str, mark: &str) -> String {
    let text = replaced(text, &crate::sensitive::iban_ranges(text.as_bytes()), mark);
    replaced(
        &text,
        &crate::sensitive::phone_ranges(text.as_bytes()),
        mark,
    )
}

/// `text` with each of `ranges` (in order, not overlapping) replaced by `mark`.
fn replaced(text: &str, ranges: &[(usize, usize)], mark: &str) -> String {
    if ranges.is_empty() {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for &(start, end) in ranges {
        // The ranges are ASCII runs found in `text`: `get` keeps a wrong one from panicking.
        let (Some(before), Some(_)) = (text.get(at..start), text.get(start..end)) else {
            continue;
        };
        out.push_str(before);
        out.push_str(mark);
        at = end;
    }
    out.push_str(text.get(at..).unwrap_or_default());
    out
}

/// Whether the member's situation may say their age: only at the private level, or when the
/// export gives no age anyway (the line then says why it is unknown).
pub fn shows_age_line(report: &Report) -> bool {
    report.disclosure == Disclosure::Private
        || report.member.birth_date != crate::member::BirthDateStatus::WithYear
}

/// The file name of an input, never its folder (which often holds the member's user name).
pub fn file_name(path: &str) -> String {
    path.rsplit(['/', '\\'])
        .find(|part| !part.is_empty())
        .unwrap_or(path)
        .to_owned()
}
