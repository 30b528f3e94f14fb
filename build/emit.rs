//! Writing the compiled content as Rust: each value becomes an expression of the matching type
//! in `crate::domain::content`. Structs and enums get their [`Emit`] from the schema's macros;
//! the rest is here.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::schema::StageBullet;

/// Writes a value as a Rust expression of the matching type in `crate::domain::content`.
pub trait Emit {
    fn emit(&self, out: &mut String);
}

impl Emit for String {
    fn emit(&self, out: &mut String) {
        // Debug of a str is a valid Rust string literal.
        let _ = write!(out, "{self:?}");
    }
}

impl Emit for bool {
    fn emit(&self, out: &mut String) {
        let _ = write!(out, "{self}");
    }
}

impl Emit for u16 {
    fn emit(&self, out: &mut String) {
        let _ = write!(out, "{self}");
    }
}

impl<T: Emit> Emit for Vec<T> {
    fn emit(&self, out: &mut String) {
        out.push_str("&[");
        for value in self {
            value.emit(out);
            out.push(',');
        }
        out.push(']');
    }
}

impl<T: Emit> Emit for Option<T> {
    fn emit(&self, out: &mut String) {
        match self {
            Some(value) => {
                out.push_str("Some(");
                value.emit(out);
                out.push(')');
            }
            None => out.push_str("None"),
        }
    }
}

/// A keyed map becomes a slice of pairs, in key order.
impl<T: Emit> Emit for BTreeMap<String, T> {
    fn emit(&self, out: &mut String) {
        out.push_str("&[");
        for (key, value) in self {
            out.push('(');
            key.emit(out);
            out.push(',');
            value.emit(out);
            out.push_str("),");
        }
        out.push(']');
    }
}

/// A bullet with its nested bullets: `StageBullet { text: Localized { … }, sub: &[…] }`.
impl Emit for StageBullet {
    fn emit(&self, out: &mut String) {
        out.push_str("StageBullet { text: Localized { ja: ");
        self.ja.emit(out);
        out.push_str(", en: ");
        self.en.emit(out);
        out.push_str(" }, sub: ");
        self.sub.emit(out);
        out.push_str(" }");
    }
}
