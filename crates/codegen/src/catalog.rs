//! The catalog's languages as constants, in the shape the core's `crate::catalog` has them, for
//! the core's CLDR rows compiled by `lang.rs` (written by `build.rs`).

/// A catalog language: the part of the core's row that `cldr.rs` reads.
pub struct Language {
    pub tag: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/catalog_languages.rs"));
