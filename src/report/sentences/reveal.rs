//! The "What your writing may reveal" block, in the member's language, shared by the
//! terminal and the HTML report: counts per flag and what to do, never an item (the items
//! are named only in the review list, `--items`).

use crate::i18n::{Arg, Messages};
use crate::report::Report;
use crate::sensitive::Flag;

/// The block's texts; `None` when no item is flagged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RevealView {
    pub heading: String,
    pub intro: String,
    /// One line per flag found: "health: 2".
    pub flags: Vec<String>,
    pub todo: String,
    pub special: Option<String>,
    pub limits: String,
    /// The private page only: the heading of the flagged items and one line per item.
    pub items_heading: Option<String>,
    pub items: Vec<String>,
}

pub fn view(report: &Report, messages: &Messages) -> Option<RevealView> {
    let sensitive = &report.sensitive;
    if sensitive.items_flagged == 0 {
        return None;
    }
    let mut special = false;
    let flags = Flag::ALL
        .into_iter()
        .filter_map(|flag| {
            let count = sensitive.by_flag.get(flag.as_str()).copied().unwrap_or(0);
            if count == 0 {
                return None;
            }
            special |= flag.tier() == 2;
            let label = messages.get(&format!("sensitive-flag-{}", flag.as_str()));
            Some(messages.format(
                "sensitive-flag-line",
                &[("label", Arg::Text(&label)), ("count", Arg::Num(count))],
            ))
        })
        .collect();
    Some(RevealView {
        heading: messages.get("sensitive-heading"),
        intro: messages.format(
            "sensitive-intro",
            &[("count", Arg::Num(sensitive.items_flagged))],
        ),
        flags,
        todo: messages.get("sensitive-todo"),
        special: special.then(|| messages.get("sensitive-special")),
        limits: messages.get("sensitive-limits"),
        items_heading: (!sensitive.items.is_empty()).then(|| messages.get("sensitive-items")),
        items: sensitive
            .items
            .iter()
            .map(|item| item_line(item, messages))
            .collect(),
    })
}

/// A flagged item as the private page quotes it: its category, date and flags, then the
/// excerpt, cleaned of control and invisible characters.
fn item_line(item: &crate::analyse::ReviewItem, messages: &Messages) -> String {
    let flags: Vec<String> = item
        .flags
        .iter()
        .map(|flag| messages.get(&format!("sensitive-flag-{}", flag.as_str())))
        .collect();
    let category = messages.get(&format!("category-{}", item.category.as_str()));
    let about = match &item.date {
        Some(date) => format!("{category}, {}", crate::sanitize::for_report(date)),
        None => category,
    };
    let excerpt = crate::sanitize::excerpt(&item.excerpt, crate::analyse::EXCERPT_CHARS);
    // Some categories give no excerpt (the résumé's screening answers): then the item alone.
    let id = if excerpt.is_empty() {
        "sensitive-item-no-excerpt"
    } else {
        "sensitive-item"
    };
    messages.format_verbatim(
        id,
        &[
            ("item", Arg::Text(&about)),
            ("flags", Arg::Text(&flags.join(", "))),
            ("excerpt", Arg::Text(&excerpt)),
        ],
    )
}
