//! Counts the renders of each component, in builds with the `render-count` feature (the
//! browser tests turn it on), so a test can measure what one answer re-renders. In every other
//! build `rendered!` expands to nothing.

#[cfg(feature = "render-count")]
mod counts {
    use std::cell::RefCell;
    use std::collections::BTreeMap;

    thread_local! {
        static COUNTS: RefCell<BTreeMap<&'static str, u32>> = const { RefCell::new(BTreeMap::new()) };
    }

    /// Counts one render of `component`.
    pub fn record(component: &'static str) {
        COUNTS.with(|counts| *counts.borrow_mut().entry(component).or_default() += 1);
    }

    /// The renders counted since the last call, by component, and starts counting afresh.
    pub fn take() -> BTreeMap<&'static str, u32> {
        COUNTS.with(|counts| std::mem::take(&mut *counts.borrow_mut()))
    }
}

#[cfg(feature = "render-count")]
pub use counts::{record, take};

/// Marks one render of the named component (counted only with the `render-count` feature).
#[macro_export]
macro_rules! rendered {
    ($component:literal) => {
        #[cfg(feature = "render-count")]
        $crate::app::render_count::record($component);
    };
}
