//! Language negotiation: a locale tag, or a whole preference list, to a catalog language id.
//!
//! `tag.rs` matches one BCP 47 or POSIX tag to its closest catalog language and how close it is;
//! `list.rs` reads preference lists (HTTP `Accept-Language`, POSIX `LANGUAGE`, comma- or
//! space-separated tags) and picks the best language the way ICU's `LocaleMatcher` does.

mod list;
mod tag;

pub(crate) use list::negotiate_list;
pub(crate) use tag::negotiate;
