//! The command-line front end: arguments ([`args`]), one run of the engine writing the
//! outputs where the flags say ([`run`], [`output`]), and `--generate` for packagers
//! ([`generate`]). Only the binary compiles this; the library never sees clap.

pub mod args;
pub mod generate;
pub mod output;
pub mod progress_bar;
pub mod run;
