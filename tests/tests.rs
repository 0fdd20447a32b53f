//! Integration tests: one test binary, one module per area.

mod support;

mod analysis;
mod fixtures_current;
