//! Command-line arguments and their translation into a plain [`Config`]; the library never
//! sees clap.

use std::io::IsTerminal;
use std::path::PathBuf;

use clap::{Parser, ValueEnum};

use crate::analyse::AnalysisOptions;
use crate::archive::ArchiveLimits;
use crate::csv_dialect::ReaderLimits;
use crate::disclosure::Disclosure;
use crate::member::Region;
use crate::report::table::TableOptions;
use crate::{Config, Destination, i18n};

/// The HTML report's file name when `--html` is not given.
pub const DEFAULT_HTML: &str = "linkedin-ai-exposure.html";

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum RegionArg {
    Eu,
    Eea,
    Ch,
    Uk,
    Ca,
    Hk,
    Us,
    Other,
}

impl From<RegionArg> for Region {
    fn from(region: RegionArg) -> Region {
        match region {
            RegionArg::Eu => Region::Eu,
            RegionArg::Eea => Region::Eea,
            RegionArg::Ch => Region::Ch,
            RegionArg::Uk => Region::Uk,
            RegionArg::Ca => Region::Ca,
            RegionArg::Hk => Region::Hk,
            RegionArg::Us => Region::Us,
            RegionArg::Other => Region::Other,
        }
    }
}

/// The end of `--help`: three ways a member runs the tool.
const EXAMPLES: &str = "\
Examples:
  linkedin-exposure Complete_LinkedInDataExport_11-20-2026.zip
      The table, and a report to share: no name, age or other people's names.
  linkedin-exposure basic.zip complete.zip --private
      Both archives of one member merged; a report for your eyes only.
  linkedin-exposure export.zip --redact --letter letter.txt --items items.csv
      Figures only, a letter with blanks to fill in, the items as counts.";

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// Shows which of your LinkedIn data falls under LinkedIn's generative-AI training, from the
/// archive LinkedIn lets you download ("Get a copy of your data"). Runs offline.
#[derive(Debug, Parser)]
#[command(
    name = "linkedin-exposure",
    version,
    about,
    long_about = None,
    after_help = EXAMPLES,
)]
pub struct Args {
    /// The export: the downloaded zip(s) or the extracted folder. Give the Basic and the
    /// Complete archive together to merge them.
    #[arg(required = true, value_name = "PATH")]
    pub inputs: Vec<PathBuf>,

    /// Write the report as JSON to PATH (`-` for standard output, instead of the table).
    #[arg(long, value_name = "PATH")]
    pub json: Option<PathBuf>,

    /// Write the HTML report to PATH.
    #[arg(long, value_name = "PATH", default_value = DEFAULT_HTML)]
    pub html: PathBuf,

    /// Your region, if the profile's location does not tell (it decides since when and how
    /// LinkedIn trains on your data).
    #[arg(long, value_enum, value_name = "REGION", ignore_case = true)]
    pub region: Option<RegionArg>,

    /// Write a GDPR article 21 objection letter, ready to paste into LinkedIn's form, to PATH.
    #[arg(long, value_name = "PATH")]
    pub letter: Option<PathBuf>,

    /// Write every item under AI training (category, date, link, excerpt) as CSV to PATH, to
    /// review and delete them one by one.
    #[arg(long, value_name = "PATH")]
    pub items: Option<PathBuf>,

    /// Do not write the HTML report.
    #[arg(long)]
    pub no_html: bool,

    /// Figures only: no names, excerpts, links to your items or file names in any output (the
    /// review list becomes counts per category and date, the letter has blanks to fill in).
    #[arg(long, conflicts_with = "private")]
    pub redact: bool,

    /// For your eyes only: your name, age, country and unscrubbed excerpts in the outputs.
    /// By default they are left out, so that the report can be shared.
    #[arg(long)]
    pub private: bool,

    /// Language of the table and reports (default: from LC_ALL, LC_MESSAGES or LANG).
    #[arg(long, value_name = "CODE", value_parser = available_language)]
    pub lang: Option<String>,

    /// No progress bar and no "written" lines.
    #[arg(short, long)]
    pub quiet: bool,

    /// When to use colours in the table.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    /// Width of the table and the text under it, in columns, at least 40 (default: the
    /// terminal's).
    #[arg(long, value_name = "COLUMNS", value_parser = clap::value_parser!(u16).range(40..))]
    pub width: Option<u16>,

    /// Stop reading after this many uncompressed bytes in all (e.g. 16GiB).
    #[arg(long, value_name = "SIZE", value_parser = parse_size, default_value = "16GiB")]
    pub max_total_bytes: u64,

    /// Stop reading one entry after this many uncompressed bytes (e.g. 4GiB).
    #[arg(long, value_name = "SIZE", value_parser = parse_size, default_value = "4GiB")]
    pub max_entry_bytes: u64,

    /// Stop an entry that inflates past this many times its compressed size.
    #[arg(long, value_name = "RATIO", default_value_t = 1000)]
    pub max_ratio: u64,

    /// Refuse an archive with more entries than this.
    #[arg(long, value_name = "COUNT", default_value_t = 200_000)]
    pub max_entries: usize,

    /// Cut a CSV field longer than this (e.g. 64MiB).
    #[arg(long, value_name = "SIZE", value_parser = parse_size, default_value = "64MiB")]
    pub max_field_bytes: u64,

    /// Stop reading a CSV file after this many records (e.g. 10000000).
    #[arg(long, value_name = "COUNT", default_value_t = 10_000_000)]
    pub max_records: u64,

    /// The day to report as today (YYYY-MM-DD), for reproducible reports.
    #[arg(long, value_name = "DATE", hide = true)]
    pub today: Option<jiff::civil::Date>,
}

/// A language as `fr`, `fr-FR`, `fr_FR.UTF-8` or `FR`: its primary subtag, if there are
/// messages in it.
fn available_language(value: &str) -> Result<String, String> {
    let code = value
        .split(['_', '.', '-', '@'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    if i18n::available().any(|available| available == code) {
        Ok(code)
    } else {
        let known: Vec<&str> = i18n::available().collect();
        Err(format!(
            "no messages in '{value}'; available: {}",
            known.join(", ")
        ))
    }
}

/// `123`, `64KiB`, `64MiB`, `16GiB`, `1GB`…
pub fn parse_size(value: &str) -> Result<u64, String> {
    let trimmed = value.trim();
    let split = trimmed
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(trimmed.len());
    let (digits, unit) = trimmed.split_at(split);
    let number: u64 = digits
        .parse()
        .map_err(|_| format!("'{value}' is not a size such as 4GiB or 500MB"))?;
    let factor: u64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kb" => 1_000,
        "kib" => 1 << 10,
        "m" | "mb" => 1_000_000,
        "mib" => 1 << 20,
        "g" | "gb" => 1_000_000_000,
        "gib" => 1 << 30,
        "t" | "tb" => 1_000_000_000_000,
        "tib" => 1 << 40,
        _ => {
            return Err(format!(
                "'{value}' has an unknown unit; use B, KiB, MiB, GiB, KB, MB or GB"
            ));
        }
    };
    number
        .checked_mul(factor)
        .ok_or_else(|| format!("'{value}' is too large"))
}

impl Args {
    /// The plain configuration; `env` reads environment variables (injected for tests).
    pub fn into_config(self, env: impl Fn(&str) -> Option<String>) -> Config {
        let language = i18n::detect(self.lang.as_deref(), &env);
        let color = match self.color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                env("NO_COLOR").is_none_or(|v| v.is_empty()) && std::io::stdout().is_terminal()
            }
        };
        let json = self.json.map(|path| {
            if path.as_os_str() == "-" {
                Destination::Stdout
            } else {
                Destination::File(path)
            }
        });
        Config {
            inputs: self.inputs,
            json,
            html: (!self.no_html).then_some(self.html),
            letter: self.letter,
            items: self.items,
            region: self.region.map(Region::from),
            language,
            disclosure: if self.redact {
                Disclosure::Redacted
            } else if self.private {
                Disclosure::Private
            } else {
                Disclosure::Shareable
            },
            quiet: self.quiet,
            table: TableOptions {
                color,
                width: self.width,
            },
            today: self
                .today
                .unwrap_or_else(|| jiff::ZonedDateTime::now().date()),
            analysis: AnalysisOptions {
                archive_limits: ArchiveLimits {
                    max_total_bytes: self.max_total_bytes,
                    max_entry_bytes: self.max_entry_bytes,
                    max_ratio: self.max_ratio,
                    max_entries: self.max_entries,
                },
                reader_limits: ReaderLimits {
                    max_field_bytes: usize::try_from(self.max_field_bytes).unwrap_or(usize::MAX),
                    max_records: self.max_records,
                    ..ReaderLimits::default()
                },
                collect_items: false,
                progress: !self.quiet,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn arguments_are_consistent() {
        Args::command().debug_assert();
    }

    #[test]
    fn sizes_parse() {
        assert_eq!(parse_size("123"), Ok(123));
        assert_eq!(parse_size("64MiB"), Ok(64 << 20));
        assert_eq!(parse_size("16GiB"), Ok(16 << 30));
        assert_eq!(parse_size("1GB"), Ok(1_000_000_000));
        assert!(parse_size("lots").is_err());
        assert!(parse_size("5XB").is_err());
        assert!(parse_size("99999999999TiB").is_err());
    }

    #[test]
    fn languages_and_regions_are_read_as_people_write_them() {
        for lang in ["fr", "FR", "fr-FR", "fr_FR.UTF-8", "fr_CA"] {
            let args = Args::try_parse_from(["linkedin-exposure", "x.zip", "--lang", lang]);
            assert_eq!(args.map(|a| a.lang).ok().flatten().as_deref(), Some("fr"));
        }
        assert!(Args::try_parse_from(["linkedin-exposure", "x.zip", "--lang", "de-DE"]).is_err());
        for region in ["EU", "eu", "Uk"] {
            assert!(
                Args::try_parse_from(["linkedin-exposure", "x.zip", "--region", region]).is_ok()
            );
        }
    }

    #[test]
    fn a_width_under_40_columns_is_refused() {
        assert!(Args::try_parse_from(["linkedin-exposure", "x.zip", "--width", "39"]).is_err());
        let args = Args::try_parse_from(["linkedin-exposure", "x.zip", "--width", "40"]);
        assert_eq!(args.map(|a| a.width).ok().flatten(), Some(40));
    }

    #[test]
    fn json_dash_means_stdout() {
        let args = Args::parse_from(["linkedin-exposure", "x.zip", "--json", "-", "--no-html"]);
        let config = args.into_config(|_| None);
        assert_eq!(config.json, Some(Destination::Stdout));
        assert_eq!(config.html, None);
        assert_eq!(config.language, "en");
    }
}
