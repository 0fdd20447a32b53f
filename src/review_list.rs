//! The review list (`--items PATH`): every item under AI training as CSV (category, date,
//! link, excerpt of at most 280 characters, and the ids of what the item may reveal, space
//! separated: see [`crate::sensitive`]), so that the member can review and delete them
//! one by one. The file is meant for spreadsheets, so it starts with a UTF-8 byte order mark
//! (Excel otherwise misreads accents), and every cell that a spreadsheet could take for a
//! formula is neutralised.

use std::borrow::Cow;
use std::io::{self, Write};

use crate::analyse::{EXCERPT_CHARS, ReviewItem};
use crate::disclosure::{ReviewCount, ReviewList};
use crate::i18n::Messages;
use crate::sanitize;

/// Tells spreadsheets the file is UTF-8.
const BOM: &[u8] = "\u{FEFF}".as_bytes();

/// Whether a spreadsheet may read a cell starting with `c` as a formula: `=`, `+`, `-`, `@`,
/// tab and carriage return (OWASP's list), and their full-width forms, which some
/// spreadsheets fold to the ASCII ones.
fn starts_formula(c: char) -> bool {
    matches!(
        c,
        '=' | '+' | '-' | '@' | '\t' | '\r' | '＝' | '＋' | '－' | '＠'
    )
}

/// The cell as a spreadsheet will show it and never evaluate: a leading `'` when it could
/// start a formula.
pub fn neutralise(cell: &str) -> Cow<'_, str> {
    match cell.chars().next() {
        Some(c) if starts_formula(c) => Cow::Owned(format!("'{cell}")),
        _ => Cow::Borrowed(cell),
    }
}

/// The field separator spreadsheets expect in the member's language (`items-separator`): a
/// comma in English, a semicolon in French (where the comma is the decimal separator).
fn separator(messages: &Messages) -> u8 {
    match messages.get("items-separator").as_bytes() {
        [separator] => *separator,
        _ => b',',
    }
}

/// Writes the review list as the disclosure level allows it: one row per item, or, redacted,
/// the number of items per category and date (no excerpt, no link).
pub fn render(list: &ReviewList, messages: &Messages, out: &mut dyn Write) -> io::Result<()> {
    match list {
        ReviewList::Items(items) => render_items(items, messages, out),
        ReviewList::Counts(counts) => render_counts(counts, messages, out),
    }
}

fn writer<'a>(
    messages: &Messages,
    out: &'a mut dyn Write,
) -> io::Result<csv::Writer<&'a mut dyn Write>> {
    out.write_all(BOM)?;
    Ok(csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .delimiter(separator(messages))
        .from_writer(out))
}

/// Redacted: category, date, number of items.
fn render_counts(
    counts: &[ReviewCount],
    messages: &Messages,
    out: &mut dyn Write,
) -> io::Result<()> {
    let mut writer = writer(messages, out)?;
    let header = [
        messages.get("items-category"),
        messages.get("items-date"),
        messages.get("items-count"),
    ];
    writer.write_record(header.iter().map(|cell| neutralise(cell).into_owned()))?;
    for count in counts {
        let category = messages.get(&format!("category-{}", count.category.as_str()));
        let row = [
            category,
            count.date.clone().unwrap_or_default(),
            count.count.to_string(),
        ];
        writer.write_record(row.iter().map(|cell| neutralise(cell).into_owned()))?;
    }
    writer.flush()
}

/// Writes the header (in the member's language) and one row per item.
fn render_items(items: &[ReviewItem], messages: &Messages, out: &mut dyn Write) -> io::Result<()> {
    let mut writer = writer(messages, out)?;
    let header = [
        messages.get("items-category"),
        messages.get("items-date"),
        messages.get("items-link"),
        messages.get("items-excerpt"),
        messages.get("items-flags"),
    ];
    writer.write_record(header.iter().map(|cell| neutralise(cell).into_owned()))?;
    for item in items {
        let category = messages.get(&format!("category-{}", item.category.as_str()));
        // The analyser already cuts excerpts; cutting again keeps the promise of 280
        // characters whatever reaches this function.
        let excerpt = sanitize::excerpt(&item.excerpt, EXCERPT_CHARS);
        let link = item
            .link
            .as_deref()
            .map(sanitize::for_report)
            .unwrap_or_default();
        let flags = item.flags.ids();
        let row = [
            category.as_str(),
            item.date.as_deref().unwrap_or(""),
            link.as_str(),
            excerpt.as_str(),
            flags.as_str(),
        ];
        writer.write_record(row.map(neutralise).iter().map(|cell| cell.as_bytes()))?;
    }
    writer.flush()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::CategoryId;
    use crate::sensitive::Flag;

    #[test]
    fn formulas_are_neutralised() {
        for (cell, expected) in [
            ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
            ("+33 6 00 00 00 00", "'+33 6 00 00 00 00"),
            ("-2+3", "'-2+3"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tcmd", "'\tcmd"),
            ("\rcmd", "'\rcmd"),
            ("＝1+1", "'＝1+1"),
            ("Hello = world", "Hello = world"),
            ("2024-03-01", "2024-03-01"),
            ("", ""),
        ] {
            assert_eq!(neutralise(cell), expected, "{cell:?}");
        }
    }

    fn item(
        category: CategoryId,
        date: Option<&str>,
        link: Option<&str>,
        excerpt: &str,
    ) -> ReviewItem {
        ReviewItem {
            category,
            date: date.map(str::to_owned),
            link: link.map(str::to_owned),
            excerpt: excerpt.to_owned(),
            flags: crate::sensitive::Flags::default(),
        }
    }

    fn written(items: &[ReviewItem], language: &str) -> String {
        let mut out = Vec::new();
        let list = ReviewList::Items(items.to_vec());
        assert!(render(&list, &Messages::new(language), &mut out).is_ok());
        String::from_utf8(out).unwrap_or_default()
    }

    #[test]
    fn every_item_is_a_row_with_its_category_date_link_and_excerpt() {
        let long = "é".repeat(400);
        let items = [
            item(
                CategoryId::Posts,
                Some("2024-03-01"),
                Some("https://www.linkedin.com/feed/update/urn:li:activity:1"),
                "Hello, \"world\"\nsecond line",
            ),
            ReviewItem {
                flags: [Flag::Phone, Flag::Health].into_iter().collect(),
                ..item(CategoryId::Comments, None, None, "=1+1")
            },
            item(CategoryId::Articles, Some("2023"), Some("-x"), &long),
        ];
        let text = written(&items, "en");
        let cut = format!("{}…", "é".repeat(279));
        let expected = format!(
            "\u{FEFF}Category,Date,Link,Excerpt,May reveal\r\n\
             Posts,2024-03-01,https://www.linkedin.com/feed/update/urn:li:activity:1,\"Hello, \"\"world\"\" second line\",\r\n\
             Comments,,,'=1+1,phone health\r\n\
             Articles,2023,'-x,{cut},\r\n"
        );
        assert_eq!(text, expected);
        assert_eq!(cut.chars().count(), 280);
    }

    #[test]
    fn the_header_follows_the_language_and_an_empty_list_is_a_header() {
        assert_eq!(
            written(&[], "fr"),
            "\u{FEFF}Catégorie;Date;Lien;Extrait;Peut révéler\r\n"
        );
    }

    #[test]
    fn french_rows_are_separated_by_semicolons_and_stay_formula_safe() {
        let items = [item(
            CategoryId::Comments,
            Some("2024-03-01"),
            None,
            "=1+1; deux, trois",
        )];
        assert_eq!(
            written(&items, "fr"),
            "\u{FEFF}Catégorie;Date;Lien;Extrait;Peut révéler\r\nCommentaires;2024-03-01;;\"'=1+1; deux, trois\";\r\n"
        );
    }

    #[test]
    fn a_redacted_list_is_counts_per_category_and_date() {
        let list = ReviewList::Counts(vec![
            ReviewCount {
                category: CategoryId::Posts,
                date: Some("2024-03-01".to_owned()),
                count: 2,
            },
            ReviewCount {
                category: CategoryId::Comments,
                date: None,
                count: 1,
            },
        ]);
        let mut out = Vec::new();
        assert!(render(&list, &Messages::new("en"), &mut out).is_ok());
        assert_eq!(
            String::from_utf8(out).unwrap_or_default(),
            "\u{FEFF}Category,Date,Items\r\nPosts,2024-03-01,2\r\nComments,,1\r\n"
        );
    }
}
