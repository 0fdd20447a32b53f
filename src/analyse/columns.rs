//! Which columns of a file's header the figures are read from, and which hold other people's
//! names.

use super::Warning;
use crate::catalog::{CategoryId, DateSource, FileSpec, RowRule};
use crate::csv_dialect::Header;

/// Unexpected column names listed per file; the rest are summed up in one more warning.
pub(super) const MAX_UNEXPECTED_COLUMNS: usize = 20;

/// Column positions a file's records are read through.
pub(super) struct Columns {
    pub(super) date: Option<usize>,
    pub(super) text: Vec<usize>,
    pub(super) excerpt: Vec<(usize, &'static str)>,
    pub(super) link: Option<usize>,
    pub(super) status: Option<usize>,
    pub(super) visibility: Option<usize>,
    pub(super) from: Option<usize>,
}

impl Columns {
    /// No column at all (a file that is not CSV, or whose first line is data).
    pub(super) fn none() -> Columns {
        Columns {
            date: None,
            text: Vec::new(),
            excerpt: Vec::new(),
            link: None,
            status: None,
            visibility: None,
            from: None,
        }
    }
}

pub(super) fn excerpt_kind(column: &str) -> &'static str {
    match column {
        "Headline" => "headline",
        "Summary" | "Profile Summary" => "summary",
        "ShareCommentary" => "post",
        "Message" => "comment",
        _ => "text",
    }
}

pub(super) fn guess_date_column(header: &Header) -> Option<usize> {
    header.names().iter().position(|name| {
        let lower = name.to_ascii_lowercase();
        lower.contains("date")
            || lower.contains("time")
            || lower.ends_with(" on")
            || lower.ends_with(" at")
    })
}

pub(super) fn resolve_columns(
    spec: &FileSpec,
    header: &Header,
    warnings: &mut Vec<Warning>,
) -> Columns {
    let mut missing = |name: &str| {
        warnings.push(Warning::MissingColumn {
            column: name.to_owned(),
        })
    };
    let date = match spec.dates {
        DateSource::None => None,
        DateSource::Columns(names) => {
            let found = header.find_any(names);
            if found.is_none() {
                missing(names.first().copied().unwrap_or("date"));
            }
            found
        }
        DateSource::Guess => guess_date_column(header),
    };
    let mut text = Vec::new();
    for name in spec.text_columns {
        match header.find(name) {
            Some(index) => text.push(index),
            None => missing(name),
        }
    }
    let excerpt = spec
        .excerpt_columns
        .iter()
        .filter_map(|name| header.find(name).map(|index| (index, excerpt_kind(name))))
        .collect();
    let mut rule_column = |name: &str| {
        let found = header.find(name);
        if found.is_none() {
            missing(name);
        }
        found
    };
    let status = match spec.rule {
        RowRule::VisibleStatusOnly => rule_column("Status"),
        RowRule::PendingUnconfirmed => rule_column("Endorsement Status"),
        _ => None,
    };
    let visibility = (spec.rule == RowRule::Shares)
        .then(|| rule_column("Visibility"))
        .flatten();
    let from = (spec.rule == RowRule::OwnMessagesOnly)
        .then(|| rule_column("FROM"))
        .flatten();
    let link = spec.link_column.and_then(|name| header.find(name));
    if !spec.known_columns.is_empty() {
        // Each name once, and a bounded list: a hostile header repeats a name 10,000 times.
        let mut listed: Vec<&str> = Vec::new();
        let mut more = 0u64;
        for name in header.names() {
            if name.is_empty()
                || spec
                    .known_columns
                    .iter()
                    .any(|known| known.eq_ignore_ascii_case(name))
                || listed.iter().any(|seen| seen.eq_ignore_ascii_case(name))
            {
                continue;
            }
            if listed.len() < MAX_UNEXPECTED_COLUMNS {
                listed.push(name);
                warnings.push(Warning::UnexpectedColumn {
                    column: name.clone(),
                });
            } else {
                more += 1;
            }
        }
        if more > 0 {
            warnings.push(Warning::MoreUnexpectedColumns { count: more });
        }
    }
    Columns {
        date,
        text,
        excerpt,
        link,
        status,
        visibility,
        from,
    }
}

/// Where a file writes other people's names.
pub(super) enum NameColumns {
    None,
    /// First and last name in two columns.
    Parts(Option<usize>, Option<usize>),
    /// Full names, several per cell in messages' TO.
    Full(Vec<usize>),
}

/// The columns of `spec`'s files that hold other people's names (as in LinkedIn's exports).
pub(super) fn name_columns(spec: &FileSpec, header: &Header) -> NameColumns {
    let parts = |first: &str, last: &str| NameColumns::Parts(header.find(first), header.find(last));
    let full = |columns: &[&str]| {
        NameColumns::Full(columns.iter().filter_map(|c| header.find(c)).collect())
    };
    match spec.stems.first().copied().unwrap_or_default() {
        "connections" | "recommendations_received" | "recommendations_given" => {
            parts("First Name", "Last Name")
        }
        "endorsement_received_info" => parts("Endorser First Name", "Endorser Last Name"),
        "endorsement_given_info" => parts("Endorsee First Name", "Endorsee Last Name"),
        "invitations" => full(&["From", "To"]),
        "member_follows" => full(&["FullName"]),
        _ if spec.category == CategoryId::Messages || spec.rule == RowRule::OwnMessagesOnly => {
            full(&["FROM", "TO"])
        }
        _ => NameColumns::None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unexpected_columns_are_listed_up_to_a_bound_then_counted() {
        let spec = crate::catalog::lookup("Skills.csv").expect("a catalogued file");
        let mut names = vec!["Name".to_owned()];
        names.extend((0..25).map(|i| format!("extra {i}")));
        names.push("Extra 0".to_owned());
        let mut warnings = Vec::new();
        resolve_columns(spec, &Header::from_names(names), &mut warnings);
        let mut expected: Vec<Warning> = (0..MAX_UNEXPECTED_COLUMNS)
            .map(|i| Warning::UnexpectedColumn {
                column: format!("extra {i}"),
            })
            .collect();
        expected.push(Warning::MoreUnexpectedColumns { count: 5 });
        assert_eq!(warnings, expected);
    }
}
