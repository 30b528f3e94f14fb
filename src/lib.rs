//! cloud self-check: a browser-only self-assessment of cloud readiness and security, built on
//! Japanese guidance and research on cloud use. `domain` is pure Rust (no Yew, no browser);
//! everything else renders it or stores it.

pub mod app;
pub mod chart;
pub mod components;
pub mod crash;
pub mod domain;
pub mod embed;
pub mod files;
pub mod hooks;
pub mod i18n;
pub mod i18n_data;
pub mod i18n_map;
pub mod i18n_results;
pub mod i18n_roles;
pub mod i18n_stage;
pub mod persist;
pub mod route;
pub mod routing;
pub mod state;
pub mod storage;
