//! `--generate`: the man page and the shell completion scripts, produced from the argument
//! definitions in [`crate::cli`] so that they never drift from the real options (ripgrep's
//! `--generate`). Release archives carry the committed copies in `contrib/`, which a test
//! keeps equal to this output.

use std::io::{self, Write};

use clap::{CommandFactory, ValueEnum};
use clap_complete::Shell;

use crate::cli::Args;

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

    #[test]
    fn hidden_options_stay_out_of_completions_and_man_page() {
        for kind in Generate::value_variants() {
            let text = String::from_utf8(render(*kind).expect("renders")).expect("UTF-8");
            assert!(!text.contains("--generate"), "{kind:?}");
            assert!(!text.contains("--today"), "{kind:?}");
        }
    }
}
