//! Everything the member reads, in their language. Messages live in `locales/<code>.ftl`
//! (Fluent), one file per language, embedded at build time by `build.rs`; number and date
//! formats come from the same file, so a new language is one new file.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// The language used when neither the flag nor the environment names an available one.
pub const DEFAULT_LANG: &str = "en";

/// The language codes with a message file.
pub fn available() -> impl Iterator<Item = &'static str> {
    LOCALES.iter().map(|(code, _)| *code)
}

/// Picks the language: the flag if given, else the first of `LC_ALL`, `LC_MESSAGES`, `LANG`
/// that is set and non-empty (`fr_FR.UTF-8` → `fr`), if we have it; else English.
pub fn detect(flag: Option<&str>, env: impl Fn(&str) -> Option<String>) -> &'static str {
    let wanted = flag.map(str::to_owned).or_else(|| {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|name| env(name))
            .find(|value| !value.is_empty())
    });
    let code = wanted
        .as_deref()
        .map(|value| {
            value
                .split(['_', '.', '-', '@'])
                .next()
                .unwrap_or("")
                .to_ascii_lowercase()
        })
        .unwrap_or_default();
    available()
        .find(|available| *available == code)
        .unwrap_or(DEFAULT_LANG)
}

/// An argument for a message: numbers drive plural rules and are shown with the language's
/// digit grouping (write `{ NUM($count) }` in the message file).
pub enum Arg<'a> {
    Num(u64),
    Text(&'a str),
}

/// The messages of one language.
pub struct Messages {
    code: &'static str,
    /// Texts for readers of a shared page: sentences and asides naming a command-line option
    /// are left out (see [`without_command_line`]).
    for_readers: bool,
    bundle: FluentBundle<FluentResource>,
    group_separator: String,
    /// The policy facts every message may name (`{ $europe-start }`…), written in this
    /// language: see [`Messages::facts`].
    facts: Vec<(&'static str, String)>,
}

impl Messages {
    /// The messages for `code`, or for English when `code` has no file.
    pub fn new(code: &str) -> Messages {
        let (code, source) = LOCALES
            .iter()
            .find(|(available, _)| *available == code)
            .or_else(|| {
                LOCALES
                    .iter()
                    .find(|(available, _)| *available == DEFAULT_LANG)
            })
            .copied()
            .unwrap_or(("en", ""));
        // A syntax error in a message file is caught by the tests; the entries that did parse
        // are still usable, so a partial resource is kept rather than nothing.
        let source = if code == "fr" {
            french_typography(source)
        } else {
            source.to_owned()
        };
        let resource = FluentResource::try_new(source).unwrap_or_else(|(res, _)| res);
        let langid: LanguageIdentifier = code.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        bundle.set_use_isolating(false);
        let _ = bundle.add_resource(resource);
        let mut messages = Messages {
            code,
            for_readers: false,
            bundle,
            group_separator: String::new(),
            facts: Vec::new(),
        };
        messages.group_separator = messages.get("number-group-separator");
        let separator = messages.group_separator.clone();
        let _ = messages
            .bundle
            .add_function("NUM", move |positional, _named| match positional.first() {
                Some(FluentValue::Number(number)) => {
                    FluentValue::from(group_digits(number.value.max(0.0) as u64, &separator))
                }
                Some(other) => other.clone(),
                None => FluentValue::None,
            });
        messages.facts = messages.facts();
        messages
    }

    /// The policy facts the message files name rather than spell out, so that each lives in
    /// [`crate::policy`] only: the training dates and the controllers' postal addresses.
    fn facts(&self) -> Vec<(&'static str, String)> {
        use crate::policy::{self, Controller};
        vec![
            ("europe-start", self.date(policy::TRAINING_START_EUROPE)),
            ("elsewhere-by", self.date(policy::TRAINING_BY_ELSEWHERE)),
            ("scope-reduced", self.date(policy::SCOPE_REDUCED)),
            ("hong-kong-paused", self.date(policy::PAUSED_HONG_KONG)),
            ("ireland-address", self.address(Controller::LinkedInIreland)),
            (
                "corporation-address",
                self.address(Controller::LinkedInCorporation),
            ),
        ]
    }

    /// A controller's postal address on one line, its country named in this language.
    pub fn address(&self, controller: crate::policy::Controller) -> String {
        let address = controller.address();
        let country = crate::places::country(address.country)
            .map_or(address.country, |country| country.name_in(self.code));
        let mut parts = vec![address.company];
        parts.extend(address.lines.iter().copied());
        parts.push(country);
        parts.join(", ")
    }

    /// The same messages for a page meant to be read, not run: no command-line option.
    pub fn for_readers(code: &str) -> Messages {
        let mut messages = Messages::new(code);
        messages.for_readers = true;
        messages
    }

    pub fn code(&self) -> &'static str {
        self.code
    }

    /// Whether the message exists (used to look up optional texts such as per-category help).
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// A message without arguments. A missing message shows its id, which the key-coverage
    /// test prevents from ever shipping.
    pub fn get(&self, id: &str) -> String {
        self.format(id, &[])
    }

    /// A message with arguments.
    pub fn format(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let text = self.format_verbatim(id, args);
        if self.for_readers {
            without_command_line(&text)
        } else {
            text
        }
    }

    /// A message with arguments, kept whole even for readers: for a frame around text that
    /// is not the tool's own (a file's path and what happened to it).
    pub fn format_verbatim(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let (message_id, attribute) = match id.split_once('.') {
            Some((message, attribute)) => (message, Some(attribute)),
            None => (id, None),
        };
        let Some(message) = self.bundle.get_message(message_id) else {
            return id.to_owned();
        };
        let pattern = match attribute {
            Some(attribute) => message.get_attribute(attribute).map(|a| a.value()),
            None => message.value(),
        };
        let Some(pattern) = pattern else {
            return id.to_owned();
        };
        let mut fluent_args = FluentArgs::with_capacity(self.facts.len() + args.len());
        for (name, value) in &self.facts {
            fluent_args.set(*name, FluentValue::from(value.as_str()));
        }
        for (name, value) in args {
            match value {
                Arg::Num(number) => fluent_args.set(*name, FluentValue::from(*number)),
                Arg::Text(text) => fluent_args.set(*name, FluentValue::from(*text)),
            }
        }
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned()
    }

    /// A whole number with the language's digit grouping (`1,234` / `1 234`).
    pub fn int(&self, value: u64) -> String {
        group_digits(value, &self.group_separator)
    }

    /// A date written out: `3 November 2025`, `3 novembre 2025`.
    pub fn date(&self, date: jiff::civil::Date) -> String {
        let month = self.get(&format!("month-{}", date.month()));
        self.format(
            "date-long",
            &[
                ("day", Arg::Num(date.day().unsigned_abs().into())),
                ("month", Arg::Text(&month)),
                ("year", Arg::Text(&date.year().to_string())),
            ],
        )
    }

    /// Every message id of this language's file (for the key-coverage test).
    pub fn ids(code: &str) -> Vec<String> {
        let source = LOCALES
            .iter()
            .find(|(available, _)| *available == code)
            .map(|(_, source)| *source)
            .unwrap_or("");
        let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(res, _)| res);
        resource
            .entries()
            .filter_map(|entry| match entry {
                fluent_syntax::ast::Entry::Message(message) => Some(message.id.name.to_owned()),
                _ => None,
            })
            .collect()
    }
}

/// Whether a piece of text names a command-line option (`--letter`, `--items PATH`).
fn names_option(text: &str) -> bool {
    text.match_indices("--")
        .any(|(at, _)| text[at + 2..].starts_with(|c: char| c.is_ascii_lowercase()))
}

/// `text` without what names a command-line option: an aside in parentheses that does is
/// dropped (`region (give it with --region)` → `region`), and so is a whole sentence that does
/// (`With --letter PATH this tool writes…`). A shared page is read by people who never run
/// the tool; the terminal and the private page keep these hints.
pub fn without_command_line(text: &str) -> String {
    if !names_option(text) {
        return text.to_owned();
    }
    // Asides first.
    let mut kept = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('(') {
        let Some(close) = rest[open..].find(')').map(|c| open + c) else {
            break;
        };
        let aside = &rest[open..=close];
        if names_option(aside) {
            kept.push_str(rest[..open].trim_end());
        } else {
            kept.push_str(&rest[..=close]);
        }
        rest = &rest[close + 1..];
    }
    kept.push_str(rest);
    // Then sentences (ended by `. `, `! `, `? ` or the end).
    let mut sentences = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = kept.char_indices().collect();
    for (index, &(at, c)) in chars.iter().enumerate() {
        let next = chars.get(index + 1).map(|&(_, n)| n);
        if matches!(c, '.' | '!' | '?') && next.is_none_or(char::is_whitespace) {
            sentences.push(&kept[start..at + c.len_utf8()]);
            start = at + c.len_utf8();
        }
    }
    if start < kept.len() {
        sentences.push(&kept[start..]);
    }
    let text: Vec<&str> = sentences
        .into_iter()
        .filter(|sentence| !names_option(sentence))
        .map(str::trim)
        .filter(|sentence| !sentence.is_empty())
        .collect();
    text.join(" ")
}

/// French typography for a message file, so that its authors can type plain spaces: a narrow
/// no-break space (U+202F) before `:`, `;`, `!` and `?`, and a no-break space inside
/// guillemets (« … »), so that no line ever starts with the sign. Comments are left alone.
fn french_typography(source: &str) -> String {
    let mut out = String::with_capacity(source.len() + source.len() / 16);
    for line in source.split_inclusive('\n') {
        if line.trim_start().starts_with('#') {
            out.push_str(line);
            continue;
        }
        let chars: Vec<char> = line.chars().collect();
        for (index, &c) in chars.iter().enumerate() {
            let next = chars.get(index + 1).copied();
            let previous = index.checked_sub(1).and_then(|i| chars.get(i)).copied();
            let spaced_sign = matches!(next, Some(':' | ';' | '!' | '?'))
                && previous.is_some_and(|p| p != ' ' && p != '=');
            match c {
                ' ' | '\u{A0}' if spaced_sign => out.push('\u{202F}'),
                ' ' if previous == Some('«') || next == Some('»') => out.push('\u{A0}'),
                _ => out.push(c),
            }
        }
    }
    out
}

fn group_digits(value: u64, separator: &str) -> String {
    let digits = value.to_string();
    if digits.len() <= 3 {
        return digits;
    }
    let mut out = String::with_capacity(digits.len() + separator.len() * 4);
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            out.push_str(separator);
        }
        out.push(digit);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_for_readers_name_no_command_line_option() {
        for (text, expected) in [
            (
                "since when: it depends on your region (give it with --region)",
                "since when: it depends on your region",
            ),
            (
                "This form covers more. With --letter PATH this tool writes it. Send it.",
                "This form covers more. Send it.",
            ),
            (
                "The review list (--items FILE) names them.",
                "The review list names them.",
            ),
            ("A range 2020--2024 (dates).", "A range 2020--2024 (dates)."),
            ("Only --region here", ""),
        ] {
            assert_eq!(without_command_line(text), expected, "{text}");
        }
        let page = Messages::for_readers("en");
        for id in Messages::ids("en") {
            if id.starts_with("html-") || id.starts_with("step-") {
                let text = page.get(&id);
                assert!(!names_option(&text), "{id}: {text}");
            }
        }
    }

    #[test]
    fn french_messages_get_french_typography() {
        assert_eq!(
            french_typography("a = Objet : « oui » ; non ! Quoi ?\n# note : x\nb = ok\u{A0}:\n"),
            "a = Objet\u{202F}: «\u{A0}oui\u{A0}»\u{202F}; non\u{202F}! Quoi\u{202F}?\n# note : x\nb = ok\u{202F}:\n"
        );
        let fr = Messages::new("fr");
        assert!(!fr.get("html-doc-title").contains(" :"));
        for id in Messages::ids("fr") {
            let text = fr.get(&id);
            for sign in [" :", " ;", " !", " ?"] {
                assert!(!text.contains(sign), "{id}: {text:?}");
            }
            // No space before a full stop that ends a sentence (` .zip` is a file type).
            assert!(
                !text.ends_with(" .") && !text.contains(" . "),
                "{id}: {text:?}"
            );
        }
    }

    #[test]
    fn language_comes_from_flag_then_environment() {
        let env = |name: &str| match name {
            "LANG" => Some("fr_FR.UTF-8".to_owned()),
            _ => None,
        };
        assert_eq!(detect(None, env), "fr");
        assert_eq!(detect(Some("en"), env), "en");
        assert_eq!(detect(None, |_| None), "en");
        assert_eq!(detect(None, |_| Some("de_DE.UTF-8".to_owned())), "en");
        let lc_all_first = |name: &str| match name {
            "LC_ALL" => Some("en_GB.UTF-8".to_owned()),
            "LANG" => Some("fr_FR.UTF-8".to_owned()),
            _ => None,
        };
        assert_eq!(detect(None, lc_all_first), "en");
        let empty_lc_all = |name: &str| match name {
            "LC_ALL" => Some(String::new()),
            "LANG" => Some("fr_CA.UTF-8".to_owned()),
            _ => None,
        };
        assert_eq!(detect(None, empty_lc_all), "fr");
    }

    #[test]
    fn numbers_are_grouped_per_language() {
        let en = Messages::new("en");
        let fr = Messages::new("fr");
        assert_eq!(en.int(1234567), "1,234,567");
        assert_eq!(en.int(999), "999");
        assert_eq!(fr.int(1234567), "1\u{202F}234\u{202F}567");
        assert_eq!(fr.int(1234), "1\u{202F}234");
        assert_eq!(fr.int(12345), "12\u{202F}345");
    }

    #[test]
    fn dates_are_written_out_per_language() {
        let date = jiff::civil::date(2025, 11, 3);
        assert_eq!(Messages::new("en").date(date), "3 November 2025");
        assert_eq!(Messages::new("fr").date(date), "3 novembre 2025");
        assert_eq!(
            Messages::new("fr").date(jiff::civil::date(2026, 11, 1)),
            "1er novembre 2026"
        );
        assert_eq!(
            Messages::new("en").date(jiff::civil::date(2026, 11, 1)),
            "1 November 2026"
        );
    }

    #[test]
    fn plurals_follow_the_language() {
        let en = Messages::new("en");
        let fr = Messages::new("fr");
        assert_eq!(
            en.format("count-items", &[("count", Arg::Num(1))]),
            "1 item"
        );
        assert_eq!(
            en.format("count-items", &[("count", Arg::Num(1500))]),
            "1,500 items"
        );
        assert_eq!(
            fr.format("count-items", &[("count", Arg::Num(1))]),
            "1 élément"
        );
        assert_eq!(
            fr.format("count-items", &[("count", Arg::Num(0))]),
            "0 élément"
        );
        assert_eq!(
            fr.format("count-items", &[("count", Arg::Num(12345))]),
            "12\u{202F}345 éléments"
        );
    }

    /// The policy's dates and addresses live in `crate::policy` only: no message file spells
    /// one out, every file names them (`{ $europe-start }`…), and they read as before.
    #[test]
    fn message_files_name_the_policy_facts_rather_than_spell_them() {
        for (code, source) in LOCALES {
            let messages = Messages::new(code);
            for (name, value) in &messages.facts {
                assert!(!source.contains(value.as_str()), "{code}: {value}");
                assert!(source.contains(&format!("{{ ${name} }}")), "{code}: {name}");
            }
        }
        let en = Messages::new("en");
        assert!(
            en.get("step-late-objection.body")
                .contains("after 3 November 2025 only")
        );
        assert_eq!(
            en.address(crate::policy::Controller::LinkedInIreland),
            "LinkedIn Ireland Unlimited Company, Wilton Plaza, Wilton Place, Dublin 2, Ireland"
        );
    }
}
