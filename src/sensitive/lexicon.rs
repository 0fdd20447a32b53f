//! The tier-2 lexicons (`lexicons/<lang>.toml`, embedded at build time) compiled into one
//! Aho-Corasick automaton over normalised text, and the context rules that turn matches
//! into flags: a term needs a person anchor near it in the same sentence and no negation
//! just before; a phrase needs no anchor; an ignored phrase hides every shorter match
//! inside it (leftmost-longest matching).

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use serde::Deserialize;

use super::normalise::normalised;
use super::{Flag, Flags};

/// Every lexicon, by language code.
pub const LEXICONS: &[(&str, &str)] = &[
    ("en", include_str!("lexicons/en.toml")),
    ("fr", include_str!("lexicons/fr.toml")),
];

/// Bytes of normalised text an anchor may stand before a term, and after it.
const ANCHOR_BEFORE: usize = 40;
const ANCHOR_AFTER: usize = 20;
/// Bytes before a term or phrase in which a negation cancels it.
const NEGATION_BEFORE: usize = 16;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct List {
    #[serde(default)]
    terms: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FlagLists {
    #[serde(default)]
    terms: Vec<String>,
    #[serde(default)]
    phrases: Vec<String>,
    #[serde(default)]
    ignore: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct LexiconFile {
    anchors: List,
    negations: List,
    health: FlagLists,
    religion: FlagLists,
    politics: FlagLists,
    union: FlagLists,
    sexuality: FlagLists,
    ethnicity: FlagLists,
}

impl LexiconFile {
    pub(crate) fn parse(text: &str) -> Result<LexiconFile, String> {
        basic_toml::from_str(text).map_err(|error| error.to_string())
    }

    fn flag_lists(&self) -> [(Flag, &FlagLists); 6] {
        [
            (Flag::Health, &self.health),
            (Flag::Religion, &self.religion),
            (Flag::Politics, &self.politics),
            (Flag::Union, &self.union),
            (Flag::Sexuality, &self.sexuality),
            (Flag::Ethnicity, &self.ethnicity),
        ]
    }
}

/// What a pattern is; one pattern may be several things (an anchor and a term).
#[derive(Clone, Copy, Debug, Default)]
struct Roles {
    anchor: bool,
    negation: bool,
    ignore: bool,
    terms: Flags,
    phrases: Flags,
    /// A trailing `*`: any word ending is accepted.
    prefix: bool,
}

/// The compiled lexicons.
pub struct Lexicon {
    automaton: AhoCorasick,
    roles: Vec<Roles>,
}

/// One pattern occurrence kept for the context rules.
#[derive(Clone, Copy, Debug)]
pub struct Hit {
    start: usize,
    end: usize,
    pattern: usize,
}

impl Lexicon {
    /// Compiles the given lexicon files (all languages into one automaton: a text is matched
    /// once, whatever its language).
    pub fn build(files: &[LexiconFile]) -> Result<Lexicon, String> {
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut patterns: Vec<String> = Vec::new();
        let mut roles: Vec<Roles> = Vec::new();
        let mut add = |entry: &str, set: &dyn Fn(&mut Roles)| {
            let (entry, prefix) = match entry.strip_suffix('*') {
                Some(stem) => (stem, true),
                None => (entry, false),
            };
            // " word word" with no trailing space: every pattern starts a word.
            let key = normalised(entry).trim_end().to_owned();
            if key.trim().is_empty() {
                return;
            }
            let at = *index.entry(key.clone()).or_insert_with(|| {
                patterns.push(key);
                roles.push(Roles::default());
                roles.len() - 1
            });
            if let Some(role) = roles.get_mut(at) {
                set(role);
                role.prefix |= prefix;
            }
        };
        for file in files {
            for term in &file.anchors.terms {
                add(term, &|r| r.anchor = true);
            }
            for term in &file.negations.terms {
                add(term, &|r| r.negation = true);
            }
            for (flag, lists) in file.flag_lists() {
                for term in &lists.terms {
                    add(term, &|r| r.terms.insert(flag));
                }
                for phrase in &lists.phrases {
                    add(phrase, &|r| r.phrases.insert(flag));
                }
                for ignored in &lists.ignore {
                    add(ignored, &|r| r.ignore = true);
                }
            }
        }
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&patterns)
            .map_err(|error| error.to_string())?;
        Ok(Lexicon { automaton, roles })
    }

    /// The embedded lexicons, compiled.
    pub fn embedded() -> Result<Lexicon, String> {
        let files = LEXICONS
            .iter()
            .map(|(code, text)| {
                LexiconFile::parse(text).map_err(|error| format!("lexicons/{code}.toml: {error}"))
            })
            .collect::<Result<Vec<_>, _>>()?;
        Lexicon::build(&files)
    }

    /// The tier-2 flags of normalised text (see [`super::normalise`]); `hits` is a reused
    /// buffer.
    pub fn flags(&self, text: &[u8], hits: &mut Vec<Hit>) -> Flags {
        hits.clear();
        for found in self.automaton.find_iter(text) {
            let (start, end) = (found.start(), found.end());
            let Some(role) = self.roles.get(found.pattern().as_usize()) else {
                continue;
            };
            // A whole word (or a word beginning, for a `*` entry).
            let ends_word = matches!(text.get(end), None | Some(b' '));
            if (ends_word || role.prefix) && !role.ignore {
                hits.push(Hit {
                    start,
                    end,
                    pattern: found.pattern().as_usize(),
                });
            }
        }
        let mut flags = Flags::default();
        for hit in hits.iter() {
            let Some(role) = self.roles.get(hit.pattern) else {
                continue;
            };
            if role.terms.is_empty() && role.phrases.is_empty() {
                continue;
            }
            if self.negated(text, hits, hit) {
                continue;
            }
            flags.extend(role.phrases);
            if !role.terms.is_empty() && self.anchored(text, hits, hit) {
                flags.extend(role.terms);
            }
        }
        flags
    }

    /// A negation ends at most [`NEGATION_BEFORE`] bytes before the hit, in its sentence.
    fn negated(&self, text: &[u8], hits: &[Hit], hit: &Hit) -> bool {
        hits.iter().any(|other| {
            other.end <= hit.start
                && hit.start - other.end <= NEGATION_BEFORE
                && self.roles.get(other.pattern).is_some_and(|r| r.negation)
                && same_sentence(text, other.end, hit.start)
        })
    }

    /// An anchor stands near the hit, in its sentence (not the hit itself: "my" is an anchor
    /// and part of phrases, never of terms).
    fn anchored(&self, text: &[u8], hits: &[Hit], hit: &Hit) -> bool {
        hits.iter().any(|other| {
            if !self.roles.get(other.pattern).is_some_and(|r| r.anchor) {
                return false;
            }
            if other.end <= hit.start {
                hit.start - other.end <= ANCHOR_BEFORE && same_sentence(text, other.end, hit.start)
            } else if other.start >= hit.end {
                other.start - hit.end <= ANCHOR_AFTER && same_sentence(text, hit.end, other.start)
            } else {
                false
            }
        })
    }
}

fn same_sentence(text: &[u8], from: usize, to: usize) -> bool {
    text.get(from..to)
        .is_some_and(|gap| memchr::memchr(b'.', gap).is_none())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_lexicon_parses_and_compiles() {
        for (code, text) in LEXICONS {
            let file = LexiconFile::parse(text).unwrap_or_else(|e| panic!("{code}: {e}"));
            for (flag, lists) in file.flag_lists() {
                assert!(
                    !lists.terms.is_empty() || !lists.phrases.is_empty(),
                    "{code}: {flag:?} has no entries"
                );
            }
            assert!(!file.anchors.terms.is_empty(), "{code}: no anchors");
            assert!(!file.negations.terms.is_empty(), "{code}: no negations");
        }
        assert!(Lexicon::embedded().is_ok());
    }

    #[test]
    fn entries_are_written_normalised() {
        // An entry the normaliser would change is one a maintainer wrote in a form that can
        // never match as written (accents, capitals, punctuation).
        for (code, text) in LEXICONS {
            let file = LexiconFile::parse(text).unwrap_or_else(|e| panic!("{code}: {e}"));
            let mut all: Vec<&String> = file.anchors.terms.iter().collect();
            all.extend(&file.negations.terms);
            for (_, lists) in file.flag_lists() {
                all.extend(&lists.terms);
                all.extend(&lists.phrases);
                all.extend(&lists.ignore);
            }
            for entry in all {
                let bare = entry.strip_suffix('*').unwrap_or(entry);
                assert_eq!(
                    normalised(bare).trim(),
                    bare,
                    "{code}: entry {entry:?} is not in normalised form"
                );
            }
        }
    }
}
