//! Other people's names, taken from the export itself, and their removal from quoted text.
//!
//! This module owns the dictionary of names (Connections, recommenders, endorsers and
//! endorsees, invitation and message counterparts, people followed: first + last name, as
//! the export writes them) and [`NameDictionary::scrub`], which replaces every occurrence of
//! one of them in an excerpt (case-insensitive, also as an `@mention`, written apart or run
//! together), every LinkedIn profile link and every e-mail address by a neutral mark. Which
//! output gets scrubbed text is decided in [`crate::disclosure`], not here.

use std::collections::{HashMap, HashSet};

/// Names kept at most: a real network has a few thousand; a hostile file with a new name per
/// row must not make the dictionary grow with the file.
pub const MAX_NAMES: usize = 200_000;
/// Words in a name at most (`Maria de los Angeles Garcia Lopez`); longer values are not names.
const MAX_NAME_WORDS: usize = 8;
/// Bytes of a name at most.
const MAX_NAME_BYTES: usize = 200;

/// Whether `c` belongs to a word of a name: letters, digits, and the hyphen and apostrophes
/// inside compound names (`Jean-Pierre`, `O'Brien`, `D’Angelo`).
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '-' | '\'' | '’')
}

/// The lower-case words of `text`, with their byte ranges.
fn words(text: &str) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    let mut start = None;
    for (index, c) in text.char_indices() {
        match (is_word_char(c), start) {
            (true, None) => start = Some(index),
            (false, Some(begin)) => {
                out.push(word(text, begin, index));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(begin) = start {
        out.push(word(text, begin, text.len()));
    }
    out
}

fn word(text: &str, start: usize, end: usize) -> (usize, usize, String) {
    // A word never starts or ends with a hyphen or apostrophe (`'Jane'`, `Doe-`).
    let slice = &text[start..end];
    let trimmed_start = slice.len() - slice.trim_start_matches(['-', '\'', '’']).len();
    let inner = slice.trim_start_matches(['-', '\'', '’']);
    let inner = inner.trim_end_matches(['-', '\'', '’']);
    let begin = start + trimmed_start;
    (begin, begin + inner.len(), inner.to_lowercase())
}

/// The names of the people in an export, ready to be found in text.
#[derive(Clone, Debug, Default)]
pub struct NameDictionary {
    /// First word of a name → the words after it, for every name of two words or more.
    by_first: HashMap<String, Vec<Vec<String>>>,
    /// Every name's words run together (`janedoe`), for `@JaneDoe` mentions.
    joined: HashSet<String>,
    len: usize,
}

impl NameDictionary {
    /// Adds a person's name given as first and last name (either may hold several words).
    pub fn add_parts(&mut self, first: &str, last: &str) {
        self.add(&format!("{first} {last}"));
    }

    /// Adds a full name. A name of one word is not kept: alone, it is too often an ordinary
    /// word (`Rose`, `Grant`) to be removed from text.
    pub fn add(&mut self, name: &str) {
        if self.len >= MAX_NAMES || name.len() > MAX_NAME_BYTES {
            return;
        }
        let tokens: Vec<String> = words(name).into_iter().map(|(_, _, w)| w).collect();
        if tokens.len() < 2 || tokens.len() > MAX_NAME_WORDS {
            return;
        }
        let (first, rest) = (tokens[0].clone(), tokens[1..].to_vec());
        let known = self.by_first.entry(first).or_default();
        if known.contains(&rest) {
            return;
        }
        known.push(rest);
        self.joined.insert(tokens.concat());
        self.len += 1;
    }

    /// Adds every name of a list as messages write it (`Jane Doe, John Smith`).
    pub fn add_list(&mut self, names: &str) {
        for name in names.split([',', ';']) {
            self.add(name);
        }
    }

    /// Adds every name of another dictionary.
    pub fn extend(&mut self, other: &NameDictionary) {
        for (first, rests) in &other.by_first {
            for rest in rests {
                if self.len >= MAX_NAMES {
                    return;
                }
                let known = self.by_first.entry(first.clone()).or_default();
                if !known.contains(rest) {
                    known.push(rest.clone());
                    self.joined.insert(format!("{first}{}", rest.concat()));
                    self.len += 1;
                }
            }
        }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// `text` with every known name, profile link and e-mail address replaced by `mark`.
    pub fn scrub(&self, text: &str, mark: &str) -> String {
        let text = scrub_chunks(text, mark);
        let words = words(&text);
        // Byte ranges to replace, in order and not overlapping.
        let mut ranges: Vec<(usize, usize)> = Vec::new();
        let mut index = 0;
        while let Some((start, end, first)) = words.get(index) {
            let mention = text[..*start].ends_with('@');
            let begin = if mention { start - 1 } else { *start };
            // The longest name starting at this word, its words separated by white space only;
            // its last word may carry a possessive (`Martin's`), which stays.
            let longest = self
                .by_first
                .get(first)
                .into_iter()
                .flatten()
                .filter_map(|rest| {
                    let mut finish = *end;
                    for (offset, expected) in rest.iter().enumerate() {
                        let at = index + 1 + offset;
                        let (_, previous_end, _) = words.get(at - 1)?;
                        let (next_start, next_end, found) = words.get(at)?;
                        if !text[*previous_end..*next_start]
                            .chars()
                            .all(char::is_whitespace)
                        {
                            return None;
                        }
                        let last = offset + 1 == rest.len();
                        finish = if found == expected {
                            *next_end
                        } else if last && possessive_of(found, expected) {
                            next_end - (found.len() - expected.len())
                        } else {
                            return None;
                        };
                    }
                    Some((rest.len(), finish))
                })
                .max();
            if let Some((extra, finish)) = longest {
                ranges.push((begin, finish));
                index += extra + 1;
                continue;
            }
            if mention && self.joined.contains(first) {
                ranges.push((begin, *end));
            }
            index += 1;
        }
        replace_ranges(&text, &ranges, mark)
    }
}

/// Whether `found` is `expected` followed by a possessive `'s`.
fn possessive_of(found: &str, expected: &str) -> bool {
    found
        .strip_prefix(expected)
        .is_some_and(|suffix| suffix == "'s" || suffix == "’s")
}

/// `text` with the given byte ranges replaced by `mark`.
fn replace_ranges(text: &str, ranges: &[(usize, usize)], mark: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for &(start, end) in ranges {
        out.push_str(&text[at..start]);
        out.push_str(mark);
        at = end;
    }
    out.push_str(&text[at..]);
    out
}

/// Whether a run of non-space text is an e-mail address or a link to someone's profile.
fn is_private_chunk(chunk: &str) -> bool {
    let lower = chunk.to_lowercase();
    let profile = ["linkedin.com/in/", "linkedin.com/pub/"]
        .iter()
        .any(|path| lower.contains(path));
    let email = chunk.find('@').is_some_and(|at| {
        at > 0
            && chunk[..at]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || matches!(c, '.' | '_' | '-' | '+'))
            && chunk[at + 1..].contains('.')
    });
    profile || email
}

/// `text` with profile links and e-mail addresses (found between white space) replaced.
fn scrub_chunks(text: &str, mark: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while !rest.is_empty() {
        let space = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let (chunk, after) = rest.split_at(space);
        if is_private_chunk(chunk) {
            // Punctuation that ends a sentence stays outside the mark.
            let kept = chunk.trim_end_matches(['.', ',', ';', ':', '!', '?', ')']);
            out.push_str(mark);
            out.push_str(&chunk[kept.len()..]);
        } else {
            out.push_str(chunk);
        }
        let blank = after
            .find(|c: char| !c.is_whitespace())
            .unwrap_or(after.len());
        out.push_str(&after[..blank]);
        rest = &after[blank..];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dictionary() -> NameDictionary {
        let mut names = NameDictionary::default();
        names.add_parts("Jane", "Doe");
        names.add_parts("Jean-Pierre ", " Martin");
        names.add_parts("Maria", "de la Cruz");
        names.add("Rose");
        names.add_list("Ana Souza, Bob O'Neil");
        names
    }

    #[test]
    fn names_are_replaced_whatever_their_case_and_mentions_too() {
        let names = dictionary();
        assert_eq!(names.len(), 5, "one-word names are not kept");
        for (text, expected) in [
            ("Thanks Jane Doe!", "Thanks [x]!"),
            ("thanks JANE   DOE, great", "thanks [x], great"),
            ("@Jane Doe agreed", "[x] agreed"),
            ("cc @JaneDoe and @janedoe.", "cc [x] and [x]."),
            ("Jean-Pierre Martin's talk", "[x]'s talk"),
            ("with Maria de la Cruz today", "with [x] today"),
            ("Maria de la Rosa", "Maria de la Rosa"),
            ("Jane, Doe", "Jane, Doe"),
            ("A Rose is a rose", "A Rose is a rose"),
            ("Ana Souza and Bob O'Neil", "[x] and [x]"),
            ("Janet Doe", "Janet Doe"),
            (
                "see https://www.linkedin.com/in/jane-doe-1234/.",
                "see [x].",
            ),
            (
                "write to jane.doe@example.com, please",
                "write to [x], please",
            ),
            ("an @ sign and @Rose", "an @ sign and @Rose"),
        ] {
            assert_eq!(names.scrub(text, "[x]"), expected, "{text}");
        }
    }

    #[test]
    fn the_dictionary_is_bounded() {
        let mut names = NameDictionary::default();
        names.add(&"word ".repeat(20));
        names.add(&format!("{} b", "a".repeat(300)));
        assert!(names.is_empty());
        let mut other = dictionary();
        other.extend(&names);
        names.extend(&dictionary());
        assert_eq!(names.len(), 5);
        assert_eq!(names.scrub("Jane Doe", "•"), "•");
    }
}
