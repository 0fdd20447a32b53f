//! The sentences the terminal table and the HTML report share, in the member's language:
//! the verdict and what qualifies the figures (here), the member's situation and next steps
//! ([`member`]), and what their writing may reveal ([`reveal`]). A renderer lays these out; it
//! never words the same fact a second time.

pub mod member;
pub mod reveal;

use crate::i18n::{Arg, Messages};
use crate::report::{MergeSummary, Report};

/// The one line that says several inputs were merged.
pub fn merge_line(merge: MergeSummary, messages: &Messages) -> String {
    messages.format(
        "merged-inputs",
        &[
            ("inputs", Arg::Num(merge.inputs as u64)),
            ("files", Arg::Num(merge.files_in_several_inputs as u64)),
        ],
    )
}

/// The one-sentence verdict (see [`member::headline`]).
pub fn verdict(report: &Report, messages: &Messages) -> String {
    member::headline(report, messages)
}

/// What qualifies the figures: the words of others, the split at `--objected-on`, the
/// Hiring Assistant, and where the export's date comes from when it is not LinkedIn's.
pub fn figure_notes(report: &Report, messages: &Messages) -> Vec<String> {
    let totals = &report.totals;
    let mut notes = Vec::new();
    if totals.others_words > 0 {
        notes.push(messages.format(
            "note-others-words",
            &[("count", Arg::Num(totals.others_words))],
        ));
    }
    if let (Some(on), Some(before), Some(after)) = (
        report.objected_on,
        totals.before_objection,
        totals.after_objection,
    ) {
        notes.push(messages.format(
            "note-objection",
            &[
                ("date", Arg::Text(&messages.date(on))),
                ("before", Arg::Num(before)),
                ("after", Arg::Num(after)),
                (
                    "undated",
                    Arg::Num(totals.ai_training_records.saturating_sub(before + after)),
                ),
            ],
        ));
    }
    let hiring: Vec<String> = report
        .categories
        .iter()
        .filter(|c| c.hiring_assistant && c.records > 0)
        .map(|c| messages.get(&format!("category-{}", c.id.as_str())))
        .collect();
    if !hiring.is_empty() {
        notes.push(messages.format(
            "note-hiring-assistant",
            &[("categories", Arg::Text(&hiring.join(" · ")))],
        ));
    }
    if report.export_date_source == Some(crate::analyse::ExportDateSource::LatestRecord)
        && let Some(date) = report.export_date
    {
        notes.push(messages.format(
            "note-export-date-latest-record",
            &[("date", Arg::Text(&messages.date(date)))],
        ));
    }
    notes
}

/// A note about one file: `path: text` (with French spacing in French), or the text alone
/// when the path is hidden (redacted). Both are already cleaned for their destination.
pub fn about_file(path: &str, text: &str, messages: &Messages) -> String {
    if path.is_empty() {
        return text.to_owned();
    }
    messages.format_verbatim(
        "note-about-file",
        &[("path", Arg::Text(path)), ("text", Arg::Text(text))],
    )
}

/// How the objection steps name the law of art. 21: the member's own (the GDPR, the UK
/// GDPR), or both when the region is unknown.
pub fn objection_law(member: &crate::member::Member, messages: &Messages) -> String {
    use crate::policy::Law;
    messages.get(match member.law {
        Some(Law::Gdpr | Law::GdprSwitzerland) => "law-article-gdpr",
        Some(Law::UkGdpr) => "law-article-uk-gdpr",
        _ => "law-article-unknown",
    })
}
