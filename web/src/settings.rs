//! The page's choices for a run, passed as `key=value` lines: `lang` (`en`, `fr`), `region`
//! (a `--region` value, or empty to infer it from the profile), `disclosure` (`shareable`,
//! `private`, `redacted`) and `today` (the member's local date, `YYYY-MM-DD`: WebAssembly
//! has no clock of its own).

use linkedin_exposure::analyse::{AnalysisOptions, Parallelism};
use linkedin_exposure::archive::InputSpec;
use linkedin_exposure::disclosure::Disclosure;
use linkedin_exposure::engine::Request;
use linkedin_exposure::i18n;
use linkedin_exposure::member::Region;
use linkedin_exposure::report::table::TableOptions;

#[derive(Debug, PartialEq)]
pub struct Settings {
    pub language: &'static str,
    pub region: Option<Region>,
    pub disclosure: Disclosure,
    pub today: jiff::civil::Date,
}

impl Settings {
    /// Reads the settings; an unknown or missing value falls back to the default (English,
    /// region from the profile, shareable, 1 January 2026 when the date is unreadable).
    pub fn parse(text: &str) -> Settings {
        let mut settings = Settings {
            language: i18n::detect(None, |_| None),
            region: None,
            disclosure: Disclosure::Shareable,
            today: jiff::civil::date(2026, 1, 1),
        };
        for line in text.lines() {
            let Some((key, value)) = line.split_once('=') else {
                continue;
            };
            let value = value.trim();
            match key.trim() {
                "lang" => {
                    if let Some(code) = i18n::available().find(|code| *code == value) {
                        settings.language = code;
                    }
                }
                "region" => {
                    settings.region = Region::ALL.into_iter().find(|r| r.as_str() == value);
                }
                "disclosure" => {
                    settings.disclosure = match value {
                        "private" => Disclosure::Private,
                        "redacted" => Disclosure::Redacted,
                        _ => Disclosure::Shareable,
                    }
                }
                "today" => {
                    if let Ok(date) = value.parse() {
                        settings.today = date;
                    }
                }
                _ => {}
            }
        }
        settings
    }

    /// The engine's request for `inputs`: the command line's defaults and limits, read on the
    /// calling thread (a Worker has no thread pool), every item kept for the review list.
    pub fn request(&self, inputs: Vec<InputSpec>) -> Request {
        let analysis = AnalysisOptions {
            parallelism: Parallelism::Sequential,
            collect_items: true,
            ..AnalysisOptions::default()
        };
        Request {
            inputs,
            region: self.region,
            language: self.language,
            disclosure: self.disclosure,
            today: self.today,
            analysis,
            table: TableOptions::default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_setting() {
        let settings =
            Settings::parse("lang=fr\nregion=uk\ndisclosure=redacted\ntoday=2026-11-30\n");
        assert_eq!(
            settings,
            Settings {
                language: "fr",
                region: Some(Region::Uk),
                disclosure: Disclosure::Redacted,
                today: jiff::civil::date(2026, 11, 30),
            }
        );
    }

    #[test]
    fn falls_back_to_the_defaults() {
        let settings = Settings::parse("lang=xx\nregion=\ndisclosure=?\ntoday=tomorrow\nnoise");
        assert_eq!(settings.language, "en");
        assert_eq!(settings.region, None);
        assert_eq!(settings.disclosure, Disclosure::Shareable);
        assert_eq!(settings.today, jiff::civil::date(2026, 1, 1));
    }
}
