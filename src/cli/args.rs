//! Command-line arguments and their translation into a plain [`Config`]; the engine never
//! sees clap.

use std::io::IsTerminal;
use std::path::PathBuf;

use clap::{Parser, ValueEnum};

use linkedin_exposure::analyse::AnalysisOptions;
use linkedin_exposure::archive::ArchiveLimits;
use linkedin_exposure::csv_dialect::ReaderLimits;
use linkedin_exposure::disclosure::Disclosure;
use linkedin_exposure::member::Region;
use linkedin_exposure::report::table::TableOptions;
use linkedin_exposure::{Format, i18n};

use super::generate::Generate;
use super::run::{Config, Destination, HtmlOutput};

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
#[command(name = "linkedin-exposure", version = VERSION.as_str(), about, long_about = None, after_help = EXAMPLES)]
pub struct Args {
    /// The export: the downloaded zip(s) or the extracted folder. Give the Basic and the
    /// Complete archive together to merge them.
    #[arg(required = true, value_name = "PATH")]
    pub inputs: Vec<PathBuf>,

    /// Write the report as JSON to PATH (`-` for standard output, instead of the table).
    #[arg(long, value_name = "PATH")]
    pub json: Option<PathBuf>,

    /// Write the HTML report to PATH (default: linkedin-ai-exposure-YYYY-MM-DD.html in the
    /// current folder, after the export's date).
    #[arg(long, value_name = "PATH")]
    pub html: Option<PathBuf>,

    /// Your region, if the profile's location does not tell (it decides since when and how
    /// LinkedIn trains on your data).
    #[arg(long, value_enum, value_name = "REGION", ignore_case = true)]
    pub region: Option<RegionArg>,

    /// Write an objection letter (or, outside the GDPR's reach, a request) to LinkedIn, for
    /// your region, ready to paste into LinkedIn's form, to PATH.
    #[arg(long, value_name = "PATH")]
    pub letter: Option<PathBuf>,

    /// The day you switched the setting off or objected (YYYY-MM-DD): the report then splits
    /// the items under training into those published before (LinkedIn may already have used
    /// them) and after.
    #[arg(long, value_name = "DATE")]
    pub objected_on: Option<jiff::civil::Date>,

    /// Write every item under AI training (category, date, link, excerpt) as CSV to PATH, to
    /// review and delete them one by one.
    #[arg(long, value_name = "PATH")]
    pub items: Option<PathBuf>,

    /// Do not write the HTML report.
    #[arg(long, conflicts_with = "html")]
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

    /// Stop reading after this many uncompressed bytes in all (e.g. 4GiB).
    #[arg(long, value_name = "SIZE", value_parser = parse_size, default_value = "1536MiB")]
    pub max_total_bytes: u64,

    /// Stop reading one entry after this many uncompressed bytes (e.g. 2GiB).
    #[arg(long, value_name = "SIZE", value_parser = parse_size, default_value = "1GiB")]
    pub max_entry_bytes: u64,

    /// Stop reading article pages (HTML) after this many bytes in all (e.g. 512MiB).
    #[arg(long, value_name = "SIZE", value_parser = parse_size, default_value = "128MiB")]
    pub max_article_bytes: u64,

    /// Stop reading once the analysis has used this many seconds of CPU time.
    #[arg(long, value_name = "SECONDS", default_value_t = 8)]
    pub max_cpu_seconds: u64,

    /// Stop an entry that inflates past this many times its compressed size.
    #[arg(long, value_name = "RATIO", default_value_t = 1000)]
    pub max_ratio: u64,

    /// Refuse an archive with more entries than this.
    #[arg(long, value_name = "COUNT", default_value_t = 200_000)]
    pub max_entries: usize,

    /// Cut a CSV field longer than this (e.g. 64MiB).
    #[arg(long, value_name = "SIZE", value_parser = parse_size, default_value = "16MiB")]
    pub max_field_bytes: u64,

    /// Stop reading a CSV file after this many records (e.g. 10000000).
    #[arg(long, value_name = "COUNT", default_value_t = 10_000_000)]
    pub max_records: u64,

    /// The day to report as today (YYYY-MM-DD), for reproducible reports.
    #[arg(long, value_name = "DATE", hide = true)]
    pub today: Option<jiff::civil::Date>,

    /// Print the man page or a shell completion script and exit (for packagers).
    #[arg(long, value_enum, value_name = "KIND", hide = true, exclusive = true)]
    pub generate: Option<Generate>,
}

/// Whether the terminal on the error stream (where the report's link goes with `--json -`)
/// and standard output show OSC 8 hyperlinks. `FORCE_HYPERLINK` decides when set (`0` or
/// `1`); otherwise only terminals known to show them, on a terminal, get them: others would
/// print the escape sequence.
fn shows_hyperlinks(env: &impl Fn(&str) -> Option<String>) -> bool {
    if let Some(forced) = env("FORCE_HYPERLINK") {
        return forced.trim() != "0" && !forced.trim().is_empty();
    }
    if !std::io::stdout().is_terminal() {
        return false;
    }
    let term = env("TERM").unwrap_or_default();
    if term == "dumb" {
        return false;
    }
    let program = env("TERM_PROGRAM").unwrap_or_default();
    let vte = env("VTE_VERSION")
        .and_then(|v| v.trim().parse::<u32>().ok())
        .unwrap_or(0);
    [
        "iTerm.app",
        "WezTerm",
        "vscode",
        "ghostty",
        "Hyper",
        "Tabby",
        "rio",
    ]
    .contains(&program.as_str())
        || vte >= 5000
        || env("WT_SESSION").is_some()
        || env("KONSOLE_VERSION").is_some()
        || env("KITTY_WINDOW_ID").is_some()
        || [
            "xterm-kitty",
            "alacritty",
            "foot",
            "xterm-ghostty",
            "wezterm",
        ]
        .iter()
        .any(|known| term.starts_with(known))
}

/// `--version`: the crate's version and the day the policy facts were last checked against
/// their sources ([`linkedin_exposure::policy::AS_OF`]), so a report can be traced to both.
pub static VERSION: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    format!(
        "{} (policy facts checked {})",
        env!("CARGO_PKG_VERSION"),
        linkedin_exposure::policy::AS_OF
    )
});

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

/// Whether `--color auto` colours the table: on a terminal, unless NO_COLOR is set or the
/// console cannot show ANSI colours (TERM=dumb; on Unix no TERM at all; a Windows console
/// without virtual-terminal support, which would print the escape codes as text).
fn colors_supported(env: &impl Fn(&str) -> Option<String>, is_terminal: bool) -> bool {
    let term = env("TERM");
    env("NO_COLOR").is_none_or(|v| v.is_empty())
        && is_terminal
        && term.as_deref() != Some("dumb")
        && (cfg!(windows) || term.is_some())
        && windows_console_takes_ansi()
}

/// Windows 10 and later consoles show ANSI colours once asked to; older ones cannot.
#[cfg(windows)]
fn windows_console_takes_ansi() -> bool {
    anstyle_query::windows::enable_ansi_colors().unwrap_or(false)
}

#[cfg(not(windows))]
fn windows_console_takes_ansi() -> bool {
    true
}

impl Args {
    /// The plain configuration; `env` reads environment variables (injected for tests).
    pub fn into_config(self, env: impl Fn(&str) -> Option<String>) -> Config {
        let language = i18n::detect(self.lang.as_deref(), &env);
        let color = match self.color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => colors_supported(&env, std::io::stdout().is_terminal()),
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
            html: (!self.no_html).then(|| {
                self.html
                    .map_or(HtmlOutput::NamedAfterExport, HtmlOutput::Path)
            }),
            files: [(Format::Letter, self.letter), (Format::Items, self.items)]
                .into_iter()
                .filter_map(|(format, path)| Some((format, path?)))
                .collect(),
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
            hyperlinks: shows_hyperlinks(&env),
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
                    max_article_bytes: self.max_article_bytes,
                    max_cpu_seconds: self.max_cpu_seconds,
                },
                reader_limits: ReaderLimits {
                    max_field_bytes: usize::try_from(self.max_field_bytes).unwrap_or(usize::MAX),
                    max_records: self.max_records,
                    ..ReaderLimits::default()
                },
                collect_items: false,
                objected_on: self.objected_on,
                ..AnalysisOptions::default()
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
    fn colours_only_where_the_console_shows_them() {
        let env_of = |vars: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                vars.iter()
                    .find(|(key, _)| *key == name)
                    .map(|(_, value)| (*value).to_owned())
            }
        };
        assert!(colors_supported(
            &env_of(&[("TERM", "xterm-256color")]),
            true
        ));
        assert!(!colors_supported(
            &env_of(&[("TERM", "xterm-256color")]),
            false
        ));
        assert!(!colors_supported(&env_of(&[("TERM", "dumb")]), true));
        assert!(!colors_supported(
            &env_of(&[("TERM", "xterm"), ("NO_COLOR", "1")]),
            true
        ));
        assert!(colors_supported(
            &env_of(&[("TERM", "xterm"), ("NO_COLOR", "")]),
            true
        ));
        // Unix without TERM (a service, a bare pipe to a pty): no colours. Windows consoles
        // have no TERM and decide by their virtual-terminal mode instead.
        assert_eq!(colors_supported(&env_of(&[]), true), cfg!(windows));
    }

    #[test]
    fn generate_needs_no_export_and_takes_nothing_else() {
        let args =
            Args::try_parse_from(["linkedin-exposure", "--generate", "man"]).expect("parses");
        assert_eq!(args.generate, Some(Generate::Man));
        assert!(Args::try_parse_from(["linkedin-exposure", "--generate", "man", "x.zip"]).is_err());
    }

    #[test]
    fn json_dash_means_stdout() {
        let args = Args::parse_from(["linkedin-exposure", "x.zip", "--json", "-", "--no-html"]);
        let config = args.into_config(|_| None);
        assert_eq!(config.json, Some(Destination::Stdout));
        assert_eq!(config.html, None);
        assert_eq!(config.language, "en");
    }

    #[test]
    fn the_report_is_named_after_the_export_unless_given() {
        let config = Args::parse_from(["linkedin-exposure", "x.zip"]).into_config(|_| None);
        assert_eq!(config.html, Some(HtmlOutput::NamedAfterExport));
        let config = Args::parse_from(["linkedin-exposure", "x.zip", "--html", "r.html"])
            .into_config(|_| None);
        assert_eq!(config.html, Some(HtmlOutput::Path(PathBuf::from("r.html"))));
    }

    #[test]
    fn no_html_with_html_is_an_argument_error() {
        let error = Args::try_parse_from([
            "linkedin-exposure",
            "x.zip",
            "--no-html",
            "--html",
            "r.html",
        ])
        .map(|_| ())
        .unwrap_err();
        assert_eq!(error.kind(), clap::error::ErrorKind::ArgumentConflict);
    }

    #[test]
    fn hyperlinks_follow_force_hyperlink() {
        let env = |value: &'static str| {
            move |name: &str| (name == "FORCE_HYPERLINK").then(|| value.to_owned())
        };
        assert!(shows_hyperlinks(&env("1")));
        assert!(!shows_hyperlinks(&env("0")));
    }
}
