//! cloud self-check: a browser-only self-assessment of cloud readiness and security, built on
//! Japanese guidance and research on cloud use.
//!
//! - `domain`: the rules, pure Rust (no Yew, no browser), tested natively;
//! - `state`: the app state, its actions and selectors (pure, tested natively);
//! - `platform`: the only code that touches the browser's storage, files and clock;
//! - `i18n`: the interface text, one struct per language;
//! - `hooks`: how components reach the state (`use_app`) and the effects of the app;
//! - `components`: widgets that render state and send intentions;
//! - `views`: one per route;
//! - `app`: the root component, routing, embedding, boot and the crash screen.

pub mod app;
pub mod components;
pub mod domain;
pub mod hooks;
pub mod i18n;
pub mod platform;
pub mod state;
pub mod views;
