//! Small components that render state and send actions. None of them computes a score.

pub mod about;
pub mod chart;
pub mod checklist;
pub mod compare_view;
pub mod coverage_result;
pub mod data_view;
pub mod footer;
pub mod glossary;
pub mod header;
pub mod home;
pub mod migration_result;
pub mod module_view;
pub mod notices;
pub mod passage;
pub mod precondition_result;
pub mod question;
pub mod responsibility;
pub mod result_panel;
pub mod results_view;
pub mod roles;
pub mod stage_practice;
pub mod stage_view;
