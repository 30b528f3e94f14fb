//! The browser's clock and randomness: the only source of times and fresh ids, so everything
//! else (the reducer, the domain rules) takes them as arguments and stays testable natively.

/// The browser's clock as ISO 8601, for creation dates and backup keys.
pub fn now_iso() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// A number that differs from call to call, for fresh ids: the clock and a random number.
pub fn entropy() -> u64 {
    let now = js_sys::Date::now() as u64;
    let random = (js_sys::Math::random() * f64::from(u32::MAX)) as u64;
    (now << 20) ^ random
}

/// Today's date in the reader's time zone, as `YYYY-MM-DD`.
pub fn today() -> String {
    let date = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        date.get_full_year(),
        date.get_month() + 1,
        date.get_date()
    )
}
