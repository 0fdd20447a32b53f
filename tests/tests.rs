//! Integration tests: one test binary, one module per area.

mod support;

mod fixtures_current;
