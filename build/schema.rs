//! The content files' schema as the compiler reads it: owned mirrors of the types of
//! `src/domain/content.rs`, declared from the same file (`src/domain/content/schema.rs`). Here
//! [`content_struct!`] derives the reader (`Deserialize`, unknown fields refused) and the writer
//! ([`Emit`]) from each declaration; there it declares the app's `&'static` type. So the JSON,
//! the generated code and the app's types cannot drift apart.
//!
//! Written here by hand: the two text types (the app's are in `domain::text`), a stage's
//! bullet (flat in the JSON, a `Localized` in the app) and the file of sources.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::emit::Emit;

/// The schema's spelling of a text, a list and a keyed map: owned here, `&'static` in the app.
pub type Str = String;
pub type List<T> = Vec<T>;
pub type Map<T> = BTreeMap<String, T>;

/// A struct of the content: read from JSON with unknown fields refused, and written back out as
/// the Rust expression `Name { field: value, … }` of the app's type of the same name.
macro_rules! content_struct {
    (
        $(#[$meta:meta])*
        struct $name:ident {
            $(
                $(#[$field_meta:meta])*
                $field:ident : $type:ty $(= $how:ident)?
            ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        pub struct $name {
            $(
                $(#[$field_meta])*
                $(#[serde($how)])?
                pub $field: $type,
            )*
        }

        impl Emit for $name {
            fn emit(&self, out: &mut String) {
                out.push_str(concat!(stringify!($name), " {"));
                $(
                    out.push_str(concat!(stringify!($field), ": "));
                    super::emit::in_field(stringify!($name), stringify!($field), || {
                        self.$field.emit(out)
                    });
                    out.push(',');
                )*
                out.push('}');
            }
        }
    };
}

/// A choice of the content, written in snake_case in JSON and as `Name::Variant` in Rust.
macro_rules! content_enum {
    ($(#[$meta:meta])* enum $name:ident { $($(#[$variant_meta:meta])* $variant:ident),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
        #[serde(rename_all = "snake_case")]
        pub enum $name {
            $($(#[$variant_meta])* $variant,)*
        }

        impl Emit for $name {
            fn emit(&self, out: &mut String) {
                out.push_str(match self {
                    $($name::$variant => concat!(stringify!($name), "::", stringify!($variant)),)*
                });
            }
        }
    };
}

pub(crate) use content_enum;

/// A text in both languages. Written out as a reference into its content chunk
/// ([`super::emit::Chunker`]), not as the text itself.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Localized {
    pub ja: Str,
    pub en: Str,
}

content_struct!(
    struct SourceRef {
        file: Str,
        section: Localized,
    }
);

/// A bullet of a stage's detailed practice, with the bullets the source nests under it. Its text
/// is flat in the JSON (`ja`, `en`, `sub`) and a [`Localized`] in the app, so it is written by
/// hand ([`Emit`] in `emit.rs`).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StageBullet {
    pub ja: Str,
    pub en: Str,
    #[serde(default)]
    pub sub: List<Localized>,
}

/// `content/sources.json`: the content's edition and the seed documents it cites.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceList {
    pub edition: Edition,
    pub documents: List<SourceDocument>,
}

// Item, Checklist, StageGuide, ResponsibilityGuide, RoleGuide, Glossary, Scoring, …: the schema
// the app's types are declared from too.
include!("../src/domain/content/schema.rs");
