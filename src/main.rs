//! The `linkedin-exposure` binary: arguments in, [`linkedin_exposure::run`], exit code out.

use std::io::{self, Write};
use std::process::ExitCode;

use clap::Parser;
use linkedin_exposure::cli::Args;
use linkedin_exposure::i18n::Messages;

fn main() -> ExitCode {
    let args = Args::parse();
    if let Some(kind) = args.generate {
        return match linkedin_exposure::generate::write(kind, &mut io::stdout().lock()) {
            Err(error) if error.kind() != io::ErrorKind::BrokenPipe => {
                let _ = writeln!(io::stderr(), "linkedin-exposure: {error}");
                ExitCode::from(2)
            }
            _ => ExitCode::SUCCESS,
        };
    }
    let config = args.into_config(|name| std::env::var(name).ok());
    let stdout = io::stdout();
    let mut stdout = stdout.lock();
    let mut stderr = io::stderr();
    match linkedin_exposure::run(&config, &mut stdout, &mut stderr) {
        Ok(code) => ExitCode::from(code as u8),
        Err(error) if error.is_broken_pipe() => ExitCode::SUCCESS,
        Err(error) => {
            let messages = Messages::new(config.language);
            let _ = writeln!(stderr, "linkedin-exposure: {}", error.localized(&messages));
            ExitCode::from(error.exit_code() as u8)
        }
    }
}
