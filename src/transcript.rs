//! `LearningCoachMessages.csv`, which is not a CSV file: a transcript of `key: value` lines
//! (`conversation: <id>`, `timestamp: …`, `user: …`, `coach: …`), one block per conversation,
//! the texts often replaced by `REDACTED FOR DMA COMPLIANCE` (as seen in
//! 2025–2026 exports"). Read as CSV it would report missing columns and count lines; here its
//! conversations are counted, dated by their first timestamp, and the member's own words (the
//! `user` lines) counted.

use std::io::{self, BufRead};

use crate::dates::{DateParser, PartialDate};
use crate::words;

/// Bytes of one line looked at; the rest of a longer line is skipped (and counted).
const MAX_LINE_BYTES: usize = 1 << 20;
/// Bytes of the start of a file looked at to recognise a transcript.
pub const SNIFF_BYTES: usize = 4096;
/// The text LinkedIn puts in place of messages it withholds.
const REDACTED: &str = "redacted for dma compliance";

/// One conversation of the transcript.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Conversation {
    pub date: Option<PartialDate>,
    /// Words of the member's own messages (`user` lines), redaction placeholders excluded.
    pub words: u64,
}

/// What reading the whole transcript found besides its conversations.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TranscriptStats {
    /// Lines longer than [`MAX_LINE_BYTES`], cut.
    pub truncated_lines: u64,
    /// `timestamp` values in no known format.
    pub unparsed_dates: u64,
}

/// The keys of a transcript line, lower case.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Key {
    Conversation,
    Timestamp,
    User,
    Coach,
    Other,
}

fn key_of(line: &str) -> Option<(Key, &str)> {
    let (key, value) = line.split_once(':')?;
    let key = key.trim().to_ascii_lowercase();
    let known = match key.as_str() {
        "conversation" | "conversation id" | "conversation_id" => Key::Conversation,
        "timestamp" | "time" | "date" => Key::Timestamp,
        "user" | "member" | "you" => Key::User,
        "coach" | "assistant" | "ai" => Key::Coach,
        _ if !key.is_empty()
            && key.len() <= 32
            && key
                .chars()
                .all(|c| c.is_ascii_alphabetic() || c == '_' || c == ' ') =>
        {
            Key::Other
        }
        _ => return None,
    };
    Some((known, value.trim()))
}

/// Whether the start of a file is such a transcript: its first non-blank line is
/// `conversation: …` (or another known key).
pub fn looks_like_transcript(prefix: &[u8]) -> bool {
    let text = String::from_utf8_lossy(prefix);
    let text = text.trim_start_matches('\u{feff}');
    text.lines()
        .map(str::trim)
        .find(|line| !line.is_empty())
        .and_then(key_of)
        .is_some_and(|(key, _)| {
            matches!(
                key,
                Key::Conversation | Key::Timestamp | Key::User | Key::Coach
            )
        })
}

/// A timestamp in any shape the date parser reads, or ISO 8601 (`2025-05-01T10:00:00Z`).
fn parse_timestamp(dates: &mut DateParser, value: &str) -> Option<PartialDate> {
    dates.parse(value).or_else(|| {
        let iso = value.get(..19)?.replacen('T', " ", 1);
        dates.parse(&iso)
    })
}

/// Reads the transcript, calling `on_conversation` for each conversation in order; at most
/// `max_conversations` (then an error, as the CSV reader's record limit).
pub fn read(
    reader: &mut dyn BufRead,
    max_conversations: u64,
    mut on_conversation: impl FnMut(Conversation),
) -> io::Result<TranscriptStats> {
    let mut stats = TranscriptStats::default();
    let mut dates = DateParser::new();
    let mut current: Option<Conversation> = None;
    let mut count = 0u64;
    let mut last_key = Key::Other;
    let mut line = Vec::new();
    loop {
        line.clear();
        let (more, cut) = read_line(reader, &mut line)?;
        if !more {
            break;
        }
        stats.truncated_lines += u64::from(cut);
        let text = String::from_utf8_lossy(&line);
        let text = text.trim();
        if text.is_empty() {
            continue;
        }
        let (key, value) = match key_of(text) {
            Some(pair) => pair,
            // A line of a multi-line message continues the previous value.
            None => (last_key, text),
        };
        if key == Key::Conversation || current.is_none() {
            if let Some(done) = current.take() {
                on_conversation(done);
            }
            count += 1;
            if count > max_conversations {
                return Err(io::Error::other(crate::csv_dialect::TooManyRecords {
                    limit: max_conversations,
                }));
            }
            current = Some(Conversation::default());
        }
        if let Some(conversation) = current.as_mut() {
            match key {
                Key::Timestamp if conversation.date.is_none() && last_key != Key::Timestamp => {
                    conversation.date = parse_timestamp(&mut dates, value);
                    stats.unparsed_dates += u64::from(conversation.date.is_none());
                }
                Key::User if !value.eq_ignore_ascii_case(REDACTED) => {
                    conversation.words += words::count_words(value.as_bytes(), false);
                }
                _ => {}
            }
        }
        last_key = key;
    }
    if let Some(done) = current {
        on_conversation(done);
    }
    Ok(stats)
}

/// Reads one line into `line` (without its end), keeping at most [`MAX_LINE_BYTES`]:
/// (a line was read, it was cut).
fn read_line(reader: &mut dyn BufRead, line: &mut Vec<u8>) -> io::Result<(bool, bool)> {
    let mut any = false;
    let mut cut = false;
    loop {
        let buf = match reader.fill_buf() {
            Ok(buf) => buf,
            Err(error) if error.kind() == io::ErrorKind::Interrupted => continue,
            Err(error) => return Err(error),
        };
        if buf.is_empty() {
            return Ok((any, cut));
        }
        any = true;
        let (part, used, done) = match memchr::memchr(b'\n', buf) {
            Some(end) => (buf.get(..end).unwrap_or_default(), end + 1, true),
            None => (buf, buf.len(), false),
        };
        let room = MAX_LINE_BYTES.saturating_sub(line.len());
        if part.len() > room {
            cut = true;
        }
        line.extend_from_slice(part.get(..room.min(part.len())).unwrap_or_default());
        reader.consume(used);
        if done {
            return Ok((true, cut));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn conversations(text: &str) -> (Vec<Conversation>, TranscriptStats) {
        let mut found = Vec::new();
        let stats = read(&mut text.as_bytes(), 100, |c| found.push(c)).expect("read");
        (found, stats)
    }

    #[test]
    fn blocks_are_conversations_and_user_lines_the_members_words() {
        let text = "conversation: 3f2c-aa\n\
                    timestamp: 2025-05-01 10:00:00 UTC\n\
                    user: REDACTED FOR DMA COMPLIANCE\n\
                    coach: REDACTED FOR DMA COMPLIANCE\n\
                    \n\
                    conversation: 91b0-bb\n\
                    timestamp: 2025-06-02T08:30:00Z\n\
                    user: How do I write a summary\n\
                    that stands out?\n\
                    coach: Start with what you do.\n\
                    timestamp: 2025-06-02T08:31:00Z\n";
        let (found, stats) = conversations(text);
        assert_eq!(
            found,
            [
                Conversation {
                    date: PartialDate::new_second(2025, 5, 1, 10, 0, 0),
                    words: 0
                },
                Conversation {
                    date: PartialDate::new_second(2025, 6, 2, 8, 30, 0),
                    words: 9
                },
            ]
        );
        assert_eq!(stats, TranscriptStats::default());
    }

    #[test]
    fn recognised_by_its_first_line_only() {
        assert!(looks_like_transcript(
            b"\n\nconversation: 3f2c\ntimestamp: x\n"
        ));
        assert!(looks_like_transcript(b"\xEF\xBB\xBFuser: hello\n"));
        assert!(!looks_like_transcript(b"No conversations found\n\n"));
        assert!(!looks_like_transcript(
            b"CONVERSATION ID,CONVERSATION TITLE,FROM\n"
        ));
        assert!(!looks_like_transcript(b"Date,Link,Message\n"));
    }

    #[test]
    fn the_conversation_limit_is_an_error_and_long_lines_are_cut() {
        let text = "conversation: a\nconversation: b\nconversation: c\n";
        let error = read(&mut text.as_bytes(), 2, |_| {}).expect_err("limit");
        let limit = error
            .get_ref()
            .and_then(|inner| inner.downcast_ref::<crate::csv_dialect::TooManyRecords>())
            .map(|too_many| too_many.limit);
        assert_eq!(limit, Some(2));
        let long = format!("user: {}\n", "word ".repeat(MAX_LINE_BYTES / 4));
        let (found, stats) = conversations(&long);
        assert_eq!(found.len(), 1);
        assert_eq!(stats.truncated_lines, 1);
    }
}
