//! Language negotiation: a locale tag, or a whole preference list, to a catalog language id.
//!
//! `subtag.rs` reads subtags; `parse.rs` turns a BCP 47 or POSIX tag into its language, script
//! and region; `cldr.rs` holds the CLDR data; `tag.rs` matches one tag to its closest catalog
//! language and says how close it is; `list.rs` reads preference lists (HTTP `Accept-Language`,
//! POSIX `LANGUAGE`, comma- or space-separated tags) and picks the best language for the whole
//! list. Both answer as ICU's `LocaleMatcher` does (supported: the catalog languages in id
//! order; default: English).

mod cldr;
mod list;
mod parse;
mod subtag;
mod tag;

pub(crate) use list::negotiate_list;
pub(crate) use tag::negotiate;
