//! Integration tests: one test binary, one module per area.

mod support;

mod analysis;
mod cli;
mod fixtures_current;
mod hostile;
mod html;
mod i18n;
mod layers;
mod member;
mod packaging;
mod parallelism;
mod regions;
mod sensitive;
mod sensitive_report;
mod sharing;
mod sources;
mod streaming;
mod web;
