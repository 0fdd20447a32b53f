//! What the start of a file says about it: the `Connections.csv` preamble, the
//! `LearningCoachMessages.csv` sentence that is not CSV, and whether quotes are escaped as
//! `""` or `\"`.

use csv_core::ReadRecordResult;

use super::core_pool::{core_reader, recycle_core_reader};

/// Splits off the first line of `buf`, honouring quotes when `quoted` (line ends inside quotes
/// do not count). Returns the line without terminator and the offset after the terminator.
fn next_line(buf: &[u8], quoted: bool) -> (&[u8], usize) {
    let mut in_quotes = false;
    for (i, &b) in buf.iter().enumerate() {
        match b {
            b'"' if quoted => in_quotes = !in_quotes,
            b'\n' if !in_quotes => return (buf.get(..i).unwrap_or_default(), i + 1),
            b'\r' if !in_quotes => {
                let after = if buf.get(i + 1) == Some(&b'\n') {
                    i + 2
                } else {
                    i + 1
                };
                return (buf.get(..i).unwrap_or_default(), after);
            }
            _ => {}
        }
    }
    (buf, buf.len())
}

/// `Connections.csv` preamble: a first line `Notes:`, the note (quoted, may contain commas),
/// an empty line, then the header. Skips through the first empty line; if none is seen in the
/// prefix, skips `Notes:` and the note only. Returns (bytes, lines) skipped.
pub(super) fn skip_preamble(buf: &[u8]) -> Option<(usize, usize)> {
    let (first, mut pos) = next_line(buf, false);
    if !first.trim_ascii().eq_ignore_ascii_case(b"notes:") {
        return None;
    }
    let (_, after_note) = next_line(buf.get(pos..).unwrap_or_default(), true);
    let after_note = pos + after_note;
    let mut lines = 1;
    while pos < buf.len() {
        let (line, next) = next_line(buf.get(pos..).unwrap_or_default(), true);
        pos += next;
        lines += 1;
        if line.trim_ascii().is_empty() {
            return Some((pos, lines));
        }
    }
    Some((after_note, 2))
}

/// `LearningCoachMessages.csv`: the whole file is a sentence like `No conversations found`
/// followed by blank lines.
pub(super) fn is_not_csv(buf: &[u8]) -> bool {
    let text = String::from_utf8_lossy(buf);
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    let Some(first) = lines.next() else {
        return false;
    };
    let lower = first.to_ascii_lowercase();
    lines.next().is_none()
        && lower.starts_with("no ")
        && lower.ends_with(" found")
        && !lower.contains(',')
        && !lower.contains('"')
}

/// A `\"` escape followed by text: a backslash, a quote, then anything but a delimiter, a line
/// end or another quote (RFC 4180 output never has it).
pub(super) fn has_backslash_escape(bytes: &[u8]) -> bool {
    memchr::memmem::find_iter(bytes, b"\\\"")
        .any(|at| !matches!(bytes.get(at + 2), None | Some(b',' | b'\r' | b'\n' | b'"')))
}

/// Chooses `\"` escaping when parsing the prefix that way yields fewer records whose field
/// count differs from the header's than RFC parsing; on a tie, only when the prefix shows `\"`
/// followed by text (in RFC output `\"` is always followed by `"`, a delimiter or a line end).
/// Counting mismatches rather than matches matters: a wrong parse can split one RFC record
/// into several well-formed ones.
pub(super) fn detect_backslash(
    prefix: &[u8],
    complete: bool,
    out: &mut [u8],
    ends: &mut [usize],
) -> bool {
    let rfc = count_mismatched_records(prefix, complete, false, out, ends);
    let backslash = count_mismatched_records(prefix, complete, true, out, ends);
    if backslash != rfc {
        return backslash < rfc;
    }
    prefix
        .windows(3)
        .any(|w| matches!(w, [b'\\', b'"', next] if !matches!(next, b',' | b'\r' | b'\n' | b'"')))
}

fn count_mismatched_records(
    prefix: &[u8],
    complete: bool,
    backslash: bool,
    out: &mut [u8],
    ends: &mut [usize],
) -> u64 {
    let mut core = core_reader(backslash);
    let mismatched = count_mismatched_with(&mut core, prefix, complete, out, ends);
    recycle_core_reader(backslash, core);
    mismatched
}

fn count_mismatched_with(
    core: &mut csv_core::Reader,
    prefix: &[u8],
    complete: bool,
    out: &mut [u8],
    ends: &mut [usize],
) -> u64 {
    let mut input = prefix;
    let mut fields = 0usize;
    let mut header_fields = None;
    let mut mismatched = 0;
    loop {
        // An incomplete prefix ends inside a record that must not be counted, and an empty
        // input would tell csv-core the data ended.
        if input.is_empty() && !complete {
            return mismatched;
        }
        let (res, nin, _, nend) = core.read_record(input, out, ends);
        input = input.get(nin..).unwrap_or_default();
        fields += nend;
        match res {
            ReadRecordResult::Record => {
                match header_fields {
                    None => header_fields = Some(fields),
                    Some(h) if h != fields => mismatched += 1,
                    Some(_) => {}
                }
                fields = 0;
            }
            ReadRecordResult::End => return mismatched,
            ReadRecordResult::InputEmpty
            | ReadRecordResult::OutputFull
            | ReadRecordResult::OutputEndsFull => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::csv_dialect::test_support::*;

    #[test]
    fn connections_preamble_is_skipped() {
        let body = "Notes:\n\"When exporting your connection data, you may notice that some of the email addresses are missing.\"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\nAnn,\"Lee, Jr.\",https://www.linkedin.com/in/ann,,Acme,Engineer,04 Jul 2023\n";
        for text in [body.to_owned(), body.replace('\n', "\r\n")] {
            let r = read(text.as_bytes());
            assert_eq!(r.dialect.preamble_lines, 3);
            assert_eq!(
                r.names,
                names(&[
                    "First Name",
                    "Last Name",
                    "URL",
                    "Email Address",
                    "Company",
                    "Position",
                    "Connected On"
                ])
            );
            assert_eq!(
                r.rows,
                rows(&[&[
                    "Ann",
                    "Lee, Jr.",
                    "https://www.linkedin.com/in/ann",
                    "",
                    "Acme",
                    "Engineer",
                    "04 Jul 2023"
                ]])
            );
        }
        // Older exports have no preamble.
        let r = read(b"First Name,Last Name,Company,Position,Connected On\nAnn,Lee,Acme,Engineer,04 Jul 2023\n");
        assert_eq!(r.dialect.preamble_lines, 0);
        assert_eq!(r.names.first().map(String::as_str), Some("First Name"));
        assert_eq!(r.rows.len(), 1);
        // A preamble without the empty line: the note is still skipped.
        let r = read(b"Notes:\n\"Some note, with a comma\"\nFirst Name,Last Name\nAnn,Lee\n");
        assert_eq!(r.dialect.preamble_lines, 2);
        assert_eq!(r.names, names(&["First Name", "Last Name"]));
        assert_eq!(r.rows, rows(&[&["Ann", "Lee"]]));
    }

    #[test]
    fn backslash_escapes_are_detected() {
        let r = read(
            b"Date,Link,Message\n2025-07-01 10:00:00,https://x,\"He said \\\"hi, there\\\" ok\"\n2025-07-02 11:00:00,https://y,plain\n",
        );
        assert!(r.dialect.backslash_escapes);
        assert_eq!(
            r.rows,
            rows(&[
                &[
                    "2025-07-01 10:00:00",
                    "https://x",
                    "He said \"hi, there\" ok"
                ],
                &["2025-07-02 11:00:00", "https://y", "plain"],
            ])
        );
        // Same field count either way: the `\"` followed by text decides.
        let r =
            read(b"Date,Link,Message\n2025-07-01 10:00:00,https://x,\"He said \\\"hi\\\" ok\"\n");
        assert!(r.dialect.backslash_escapes);
        assert_eq!(
            r.rows,
            rows(&[&["2025-07-01 10:00:00", "https://x", "He said \"hi\" ok"]])
        );
    }

    #[test]
    fn backslash_comments_file_with_mixed_records() {
        let input = b"Date,Link,Message\n\
2025-08-01 09:00:00,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A1,Congrats!\n\
2025-08-02 09:00:00,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A2,\"Quote at the end: \\\"done\\\"\"\n\
2025-08-03 09:00:00,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A3,\"Two lines, \\\"really\\\"\nsecond\"\n";
        let r = read(input);
        assert!(r.dialect.backslash_escapes);
        assert_eq!(r.stats.continuation_lines, 0);
        assert_eq!(
            r.rows,
            rows(&[
                &[
                    "2025-08-01 09:00:00",
                    "https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A1",
                    "Congrats!"
                ],
                &[
                    "2025-08-02 09:00:00",
                    "https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A2",
                    "Quote at the end: \"done\""
                ],
                &[
                    "2025-08-03 09:00:00",
                    "https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A3",
                    "Two lines, \"really\"\nsecond"
                ],
            ])
        );
    }

    #[test]
    fn rfc_file_with_literal_backslashes() {
        let r = read(b"Name,Path\nA,\"C:\\dir\\\"\nB,\"say \"\"hi\"\" \\ there\"\nC,a\\b\n");
        assert!(!r.dialect.backslash_escapes);
        assert_eq!(
            r.rows,
            rows(&[
                &["A", "C:\\dir\\"],
                &["B", "say \"hi\" \\ there"],
                &["C", "a\\b"]
            ])
        );
    }

    #[test]
    fn old_comments_use_doubled_quotes() {
        let r = read(
            b"Date,Link,Message\n2023-01-01 10:00:00,https://x,\"He said \"\"hi, there\"\"\"\n",
        );
        assert!(!r.dialect.backslash_escapes);
        assert_eq!(
            r.rows,
            rows(&[&["2023-01-01 10:00:00", "https://x", "He said \"hi, there\""]])
        );
    }

    #[test]
    fn a_backslash_escape_after_the_sniffed_prefix_switches_the_dialect() {
        // The first `\"` of a Comments.csv past the sniffed prefix.
        let mut data = b"Date,Link,Message\n".to_vec();
        for i in 0..3000 {
            data.extend_from_slice(
                format!("2025-01-01 10:00:00,https://x/{i},plain words\n").as_bytes(),
            );
        }
        data.extend_from_slice(b"2025-02-01 10:00:00,https://y/1,\"a \\\"b\\\"\nc, d\"\n");
        data.extend_from_slice(b"2025-02-02 10:00:00,https://y/2,\"He said \\\"hi\\\" to me\"\n");
        data.extend_from_slice(b"2025-03-01 10:00:00,https://z/1,last\n");
        let r = read(&data);
        assert!(r.dialect.joins_unquoted_continuations);
        assert_eq!(r.stats.records, 3003);
        assert_eq!(r.stats.continuation_lines, 0);
        let tail: Vec<String> = r.rows.iter().skip(3000).map(|row| row[2].clone()).collect();
        assert_eq!(tail, ["a \"b\"\nc, d", "He said \"hi\" to me", "last"]);
        assert!(!has_backslash_escape(b"\"a \\\"\",\"b\\\"\"\"\n"));
    }

    #[test]
    fn learning_coach_text_is_not_csv() {
        let r = read(b"No conversations found\n\n\n");
        assert!(r.dialect.not_csv);
        assert!(r.names.is_empty());
        assert!(r.rows.is_empty());
        // A real one-column header is still CSV.
        let r = read(b"Profile Summary\n");
        assert!(!r.dialect.not_csv);
        assert_eq!(r.names, names(&["Profile Summary"]));
    }
}
