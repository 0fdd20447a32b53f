//! `--generate`: the man page and the shell completion scripts, produced from the argument
//! definitions in [`super::args`] so that they never drift from the real options (ripgrep's
//! `--generate`). Release archives carry the committed copies in `contrib/`, which a test
//! keeps equal to this output.

use std::io::{self, Write};

use clap::{CommandFactory, ValueEnum};
use clap_complete::Shell;

use super::args::Args;

/// The binary's name, as completions register it.
pub const BIN: &str = "linkedin-exposure";

/// What `--generate` prints.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Generate {
    /// The man page (roff), for `man -l` or a `man1` folder.
    Man,
    CompleteBash,
    CompleteZsh,
    CompleteFish,
    CompletePowershell,
}

#[cfg(test)]
impl Generate {
    /// The file name packagers give this output (as in the release archives).
    pub fn file_name(self) -> &'static str {
        match self {
            Generate::Man => "linkedin-exposure.1",
            Generate::CompleteBash => "linkedin-exposure.bash",
            Generate::CompleteZsh => "_linkedin-exposure",
            Generate::CompleteFish => "linkedin-exposure.fish",
            Generate::CompletePowershell => "_linkedin-exposure.ps1",
        }
    }
}

/// The generated text. Built in memory first: clap_complete panics on a failed write (a
/// closed pipe), and a whole buffer is written or not at all.
pub fn render(kind: Generate) -> io::Result<Vec<u8>> {
    let command = Args::command();
    let mut out = Vec::new();
    let shell = match kind {
        Generate::Man => {
            clap_mangen::Man::new(command).render(&mut out)?;
            return Ok(out);
        }
        Generate::CompleteBash => Shell::Bash,
        Generate::CompleteZsh => Shell::Zsh,
        Generate::CompleteFish => Shell::Fish,
        Generate::CompletePowershell => Shell::PowerShell,
    };
    // clap_complete lists hidden options too (`--today`, `--generate`): complete from a
    // command that carries only the visible ones.
    let visible: Vec<clap::Arg> = command
        .get_arguments()
        .filter(|arg| !arg.is_hide_set())
        .cloned()
        .collect();
    let mut command = clap::Command::new(BIN)
        .version(env!("CARGO_PKG_VERSION"))
        .args(visible);
    clap_complete::generate(shell, &mut command, BIN, &mut out);
    Ok(out)
}

/// Writes the generated text to `out`.
pub fn write(kind: Generate, out: &mut dyn Write) -> io::Result<()> {
    out.write_all(&render(kind)?)?;
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_renders_something_naming_the_binary() {
        for kind in Generate::value_variants() {
            let text = String::from_utf8(render(*kind).expect("renders")).expect("UTF-8");
            assert!(text.contains(BIN), "{kind:?}");
        }
    }

    /// Where the committed copy of a generated file lives (the archives' `man/` and
    /// `complete/`).
    fn committed_path(kind: Generate) -> std::path::PathBuf {
        let folder = if kind == Generate::Man {
            "man"
        } else {
            "complete"
        };
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("contrib")
            .join(folder)
            .join(kind.file_name())
    }

    /// The release archives carry `contrib/`: it must be what `--generate` prints.
    #[test]
    fn committed_man_page_and_completions_are_current() {
        const REGENERATE: &str = "run `UPDATE_GENERATED=1 cargo test --bin linkedin-exposure \
            generate` and commit contrib/";
        for kind in Generate::value_variants() {
            let text = render(*kind).expect("renders");
            let path = committed_path(*kind);
            if std::env::var("UPDATE_GENERATED").as_deref() == Ok("1") {
                std::fs::create_dir_all(path.parent().expect("folder")).expect("mkdir");
                std::fs::write(&path, &text).expect("write");
            }
            let committed = std::fs::read(&path).unwrap_or_else(|error| {
                panic!("cannot read {}: {error}; {REGENERATE}", path.display())
            });
            assert!(
                committed == text,
                "{} differs from `--generate {kind:?}`: {REGENERATE}",
                path.display()
            );
        }
    }

    #[test]
    fn hidden_options_stay_out_of_completions_and_man_page() {
        for kind in Generate::value_variants() {
            let text = String::from_utf8(render(*kind).expect("renders")).expect("UTF-8");
            assert!(!text.contains("--generate"), "{kind:?}");
            assert!(!text.contains("--today"), "{kind:?}");
        }
    }
}
