//! Language negotiation: a locale tag, or a whole preference list, to a catalog language id.
//!
//! `subtag.rs` reads subtags; `parse.rs` turns a BCP 47 or POSIX tag into its language, script
//! and region (a quick pass for the common shapes, and the full parser); `cldr.rs` holds the CLDR
//! data, and `index.rs` the compile-time hash that finds its rows by language; `tag.rs` matches
//! one tag to its closest catalog language and says how close it is; `list.rs` reads preference
//! lists (HTTP `Accept-Language`, POSIX `LANGUAGE`, comma- or space-separated tags) and picks the
//! best language for the whole list. Both answer as ICU's `LocaleMatcher` does (supported: the
//! catalog languages in id order; default: English).

mod cldr;
mod index;
mod list;
mod parse;
mod subtag;
mod tag;

pub(crate) use list::negotiate_list;
pub use subtag::{class, Reader, END};

/// The catalog language for a tag given as bytes, English (0) if none matches; stops at the first
/// NUL.
pub(crate) fn negotiate(tag: impl Reader) -> i32 {
    tag::negotiate(tag)
}
