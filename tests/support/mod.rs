//! Test helpers shared by the integration tests.

pub mod devtools;
pub mod report;
pub mod resources;
pub mod sample_export;
