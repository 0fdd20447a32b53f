//! linkedin-exposure: what of a LinkedIn member's data export falls under LinkedIn's
//! generative-AI training. This library is the engine: it reads the export ([`archive`],
//! [`csv_dialect`], [`dates`]), classifies it ([`catalog`], [`policy`]), counts ([`analyse`]),
//! builds the report model ([`report`]) and renders it ([`render`]). Front ends (the
//! command line in `src/cli/`, the web page in `web/`) go through [`engine`]; the engine knows
//! nothing of terminals or arguments and builds for `wasm32-unknown-unknown`.

pub mod analyse;
pub mod archive;
pub mod articles;
pub mod authorities;
pub mod catalog;
pub mod csv_dialect;
pub mod dates;
pub mod disclosure;
pub mod engine;
pub mod headers;
pub mod i18n;
pub mod identity;
pub mod letter;
pub mod member;
pub mod memory;
pub mod names;
pub mod places;
pub mod policy;
pub mod render;
pub mod report;
pub mod review_list;
pub mod sanitize;
pub mod sensitive;
pub mod transcode;
pub mod transcript;
pub mod words;

pub use engine::{EngineError, ExitCode, Outcome, Request};
pub use render::Format;
