//! Widgets that render state and send intentions. None of them computes a score.

pub mod chart;
pub mod checklist;
pub mod footer;
pub mod header;
pub mod needs;
pub mod notices;
pub mod passage;
pub mod path;
pub mod question;
pub mod responsibility;
pub mod result;
pub mod roles;
pub mod stage_guide;
