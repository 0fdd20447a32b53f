//! The `linkedin-exposure` binary: arguments in, [`cli::run::run`], exit code out.

use std::io::{self, Write};
use std::process::ExitCode;

use clap::Parser;
use linkedin_exposure::i18n::Messages;

mod cli;

use cli::args::Args;

/// glibc raises its threshold for giving large blocks their own mapping each time one is
/// freed, after which blocks of several MB are carved from per-thread arenas and stay
/// resident once freed: one worker after another parsing a large article would each keep its
/// memory. A fixed threshold sends every block of 1 MiB and more back to the system when
/// freed, so the shared memory budget (src/memory.rs) bounds the resident size too.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn return_large_blocks_when_freed() {
    // SAFETY: called first in `main`, before any other thread exists; mallopt only sets a
    // parameter of the allocator.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 1 << 20);
        // Two arenas whatever the thread count: each further arena keeps its own freed
        // small blocks resident (docs/SECURITY.md, memory at any thread count).
        libc::mallopt(libc::M_ARENA_MAX, 2);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn return_large_blocks_when_freed() {}

fn main() -> ExitCode {
    return_large_blocks_when_freed();
    let args = Args::parse();
    if let Some(kind) = args.generate {
        return match cli::generate::write(kind, &mut io::stdout().lock()) {
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
    match cli::run::run(&config, &mut stdout, &mut stderr) {
        Ok(code) => ExitCode::from(code as u8),
        Err(error) if error.is_broken_pipe() => ExitCode::SUCCESS,
        Err(error) => {
            let messages = Messages::new(config.language);
            let _ = writeln!(stderr, "linkedin-exposure: {}", error.localised(&messages));
            ExitCode::from(error.exit_code() as u8)
        }
    }
}
