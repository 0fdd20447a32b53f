//! Whether a file's first line is its header. A file that lost its header line (copied
//! without it, cut by another tool) has a data row where the column names should be: read as
//! names, its values (message text, a sender, an e-mail address, a phone number, an IP
//! address) would be printed as "unexpected columns" or as an unknown file's header. This
//! module decides, from the names alone, whether they are names; the analyser then never
//! quotes them and reads the line as data.

use crate::catalog::{DateSource, FileSpec, RowRule, Scope};

/// What the first line of a CSV file is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HeaderVerdict {
    /// Column names: they may be shown.
    Present,
    /// A data row: never shown; read as the first record.
    Missing,
}

/// Longest column name in any known export is under 40 characters.
const MAX_NAME_CHARS: usize = 48;
/// "Content Last Watched Date (if viewed)" has six words; sentences have more.
const MAX_NAME_WORDS: usize = 8;
/// No known column name holds more than two digits; dates, phones, IP addresses, amounts and
/// identifiers do.
const MAX_NAME_DIGITS: usize = 2;

/// Words that column names are made of: an unknown file's first line is shown as its header
/// only if one of its names holds one of them (a line of plain names or words is data).
const HEADER_WORDS: &[&str] = &[
    "action",
    "activity",
    "address",
    "amount",
    "answer",
    "answers",
    "at",
    "attachments",
    "author",
    "body",
    "category",
    "cause",
    "city",
    "code",
    "comment",
    "comments",
    "company",
    "connected",
    "content",
    "conversation",
    "count",
    "country",
    "course",
    "created",
    "currency",
    "date",
    "day",
    "degree",
    "description",
    "direction",
    "draft",
    "duration",
    "email",
    "end",
    "engagement",
    "event",
    "extension",
    "file",
    "finished",
    "first",
    "folder",
    "followed",
    "from",
    "group",
    "handle",
    "hashtag",
    "headline",
    "id",
    "inference",
    "ip",
    "issued",
    "job",
    "key",
    "kind",
    "label",
    "language",
    "last",
    "level",
    "link",
    "location",
    "login",
    "media",
    "member",
    "message",
    "modified",
    "month",
    "name",
    "names",
    "note",
    "notes",
    "number",
    "on",
    "organization",
    "position",
    "post",
    "price",
    "profile",
    "proficiency",
    "provider",
    "published",
    "question",
    "questions",
    "rank",
    "recipient",
    "role",
    "school",
    "score",
    "sender",
    "sent",
    "service",
    "size",
    "skill",
    "source",
    "start",
    "started",
    "state",
    "status",
    "subject",
    "tag",
    "text",
    "time",
    "timestamp",
    "title",
    "to",
    "total",
    "type",
    "updated",
    "url",
    "urls",
    "user",
    "value",
    "version",
    "visibility",
    "year",
];

/// Decides what the first line of a file is, from its trimmed fields. `spec` is the file's
/// catalog entry, `None` for a file this tool does not know.
pub fn assess(names: &[String], spec: Option<&FileSpec>) -> HeaderVerdict {
    let filled: Vec<&str> = names
        .iter()
        .map(|name| name.trim())
        .filter(|name| !name.is_empty())
        .collect();
    if filled.is_empty() {
        // An empty first line quotes nothing either way.
        return HeaderVerdict::Present;
    }
    if filled.iter().any(|name| looks_like_data(name)) {
        return HeaderVerdict::Missing;
    }
    let Some(spec) = spec else {
        let has_header_word = filled.iter().any(|name| words(name).any(is_header_word));
        return if has_header_word {
            HeaderVerdict::Present
        } else {
            HeaderVerdict::Missing
        };
    };
    let known = known_names(spec);
    if spec.known_columns.is_empty() {
        // Headers never seen in a real file: only what looks like data can tell.
        return HeaderVerdict::Present;
    }
    let matched = filled
        .iter()
        .filter(|name| known.iter().any(|k| k.eq_ignore_ascii_case(name)))
        .count();
    let unmatched = filled.len() - matched;
    let private = spec.category.info().scope == Scope::NotUsed;
    if matched == 0 || (private && unmatched > matched) {
        HeaderVerdict::Missing
    } else {
        HeaderVerdict::Present
    }
}

/// Every column name the catalog knows for `spec`.
fn known_names(spec: &FileSpec) -> Vec<&'static str> {
    let mut known: Vec<&'static str> = spec.known_columns.to_vec();
    if let DateSource::Columns(columns) = spec.dates {
        known.extend_from_slice(columns);
    }
    known.extend_from_slice(spec.text_columns);
    known.extend_from_slice(spec.excerpt_columns);
    known.extend(spec.link_column);
    known.extend(match spec.rule {
        RowRule::VisibleStatusOnly => Some("Status"),
        RowRule::Shares => Some("Visibility"),
        RowRule::OwnMessagesOnly => Some("FROM"),
        RowRule::PendingUnconfirmed => Some("Endorsement Status"),
        RowRule::None | RowRule::DownloadPointers => None,
    });
    known
}

/// The words of a column name: split at spaces, punctuation and camelCase humps, lower case.
fn words(name: &str) -> impl Iterator<Item = String> + '_ {
    let mut spaced = String::with_capacity(name.len() + 8);
    let mut previous_lower = false;
    for c in name.chars() {
        if c.is_uppercase() && previous_lower {
            spaced.push(' ');
        }
        previous_lower = c.is_lowercase();
        spaced.extend(c.to_lowercase());
    }
    spaced
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_owned)
        .collect::<Vec<_>>()
        .into_iter()
}

fn is_header_word(word: String) -> bool {
    HEADER_WORDS.contains(&word.as_str())
}

/// Whether one field of a first line is a value rather than a column name: an e-mail address,
/// a link or a domain, a date, a phone number, an IP address, an amount, an identifier, a
/// sentence, an upper-case enumeration value, or characters no column name uses.
pub fn looks_like_data(name: &str) -> bool {
    let name = name.trim();
    if name.is_empty() {
        return false;
    }
    let chars = name.chars().count();
    let digits = name.chars().filter(char::is_ascii_digit).count();
    let words = name.split_whitespace().count();
    let lower = name.to_lowercase();
    let odd_character = name.chars().any(|c| {
        c.is_control()
            || matches!(
                c,
                '@' | ':'
                    | ';'
                    | '!'
                    | '?'
                    | '='
                    | '+'
                    | '<'
                    | '>'
                    | '{'
                    | '}'
                    | '['
                    | ']'
                    | '|'
                    | '\\'
                    | '"'
                    | '~'
                    | '^'
                    | '$'
                    | '%'
                    | '*'
                    | '&'
                    | ','
            )
    });
    // A dot between two letters or digits: a domain, an IP address, a version, a sentence.
    let inner_dot = name
        .as_bytes()
        .windows(3)
        .any(|w| w[1] == b'.' && w[0].is_ascii_alphanumeric() && w[2].is_ascii_alphanumeric());
    let sentence_end = name.ends_with('.') && words > 1;
    let enumeration = name.contains('_')
        && name.chars().any(|c| c.is_ascii_alphabetic())
        && name
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_');
    let boolean = matches!(lower.as_str(), "yes" | "no" | "true" | "false" | "null");
    chars > MAX_NAME_CHARS
        || words > MAX_NAME_WORDS
        || digits > MAX_NAME_DIGITS
        || odd_character
        || inner_dot
        || sentence_end
        || enumeration
        || boolean
        || lower.starts_with("www")
        || lower.starts_with("http")
        || lower.starts_with("urn")
        || crate::dates::parse(name).is_some()
        || crate::dates::parse_birth_date(name).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::{FILES, lookup};

    fn names(line: &str) -> Vec<String> {
        line.split(',').map(str::to_owned).collect()
    }

    #[test]
    fn no_known_column_name_looks_like_data() {
        for spec in FILES {
            for name in known_names(spec) {
                assert!(!looks_like_data(name), "{name}");
            }
        }
        for name in [
            "Account Status History",
            "Content Last Watched Date (if viewed)",
            "Notes taken on videos (if taken)",
            "Free Consultation included",
            "Questions and Answers",
            "Type of inference",
            "Ad Title/Id",
            "inviterProfileUrl",
            "Company Names",
        ] {
            assert!(!looks_like_data(name), "{name}");
        }
    }

    #[test]
    fn values_of_private_files_look_like_data() {
        for value in [
            "jane.doe@example.com",
            "+33 6 12 34 56 78",
            "192.0.2.44",
            "2001:db8::1",
            "Mozilla/5.0 (X11; Linux x86_64)",
            "2023-07-10 15:47:10 UTC",
            "Tue Jun 20 12:25:51 UTC 2023",
            "04 Jul 2023",
            "6/17/23",
            "Apr 22",
            "https://www.linkedin.com/in/jane",
            "www.linkedin.com/in/jane",
            "linkedin.com/in/jane",
            "2-ZmE0Y2QxYjQtZjA1Ni00",
            "MEMBER_NETWORK",
            "Hi Jane, are you free tomorrow?",
            "See you then.",
            "yes",
            "CANARY-PRIVATE-7731",
        ] {
            assert!(looks_like_data(value), "{value}");
        }
    }

    #[test]
    fn real_headers_are_headers() {
        let spec = |name: &str| lookup(name);
        let cases = [
            (
                "messages.csv",
                "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER",
            ),
            ("PhoneNumbers.csv", "Extension,Number,Type"),
            ("Logins.csv", "Login Date,IP Address,User Agent,Login Type"),
            (
                "Connections.csv",
                "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
            ),
            (
                "Shares.csv",
                "Date,ShareLink,ShareCommentary,SharedURL,MediaURL,Visibility",
            ),
            (
                "Learning.csv",
                "Content Title,Content Description,Content Type,",
            ),
        ];
        for (file, header) in cases {
            assert_eq!(
                assess(&names(header), spec(file)),
                HeaderVerdict::Present,
                "{file}"
            );
        }
        assert_eq!(
            assess(&names("Creation Time,Marketplace Type,Body"), None),
            HeaderVerdict::Present
        );
    }

    #[test]
    fn data_rows_are_missing_headers() {
        let spec = |name: &str| lookup(name);
        let cases = [
            (
                "messages.csv",
                "2-abc,Lunch,Jane Canary,https://www.linkedin.com/in/jane,Me,,2023-07-10 15:47:10 UTC,,see you,INBOX",
            ),
            ("PhoneNumbers.csv", ",+33 6 12 34 56 78,Mobile"),
            (
                "Logins.csv",
                "Tue Jun 20 12:25:51 UTC 2023,192.0.2.1,Mozilla/5.0,WEB",
            ),
            ("Connections.csv", "Jane,Canary,,,Acme,Chief Canary,"),
            ("Skills.csv", "Canary handling"),
        ];
        for (file, row) in cases {
            assert_eq!(
                assess(&names(row), spec(file)),
                HeaderVerdict::Missing,
                "{file}"
            );
        }
        // An unknown file: no column-name word at all.
        assert_eq!(
            assess(&names("Jane Canary,Acme"), None),
            HeaderVerdict::Missing
        );
    }
}
