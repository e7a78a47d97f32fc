//! What the C ABI (crate `room-errors`, crates/ffi) is built from: the offsets of NUL-terminated
//! strings in the one static blob, and language negotiation over any byte [`Reader`]. Offsets,
//! not `&str`, so that an exported function returns its pointer with one addition and no length.

use core::ffi::c_char;

use crate::catalog::BLOB;
pub use crate::lang::{class, Reader, END};
use crate::table;
use crate::{language_index, Action};

/// A pointer to the NUL-terminated string at `offset` in the blob.
#[inline(always)]
pub fn string(offset: usize) -> *const c_char {
    BLOB.as_ptr().wrapping_add(offset).cast()
}

/// The offset of the message for `code` in language `lang` (unknown ids mean English).
#[inline(always)]
pub fn message(code: i32, lang: i32) -> usize {
    crate::message_offset(code, lang)
}

/// The offset of the message an end user may read (see [`crate::user_message`]).
#[inline(always)]
pub fn user_message(code: i32, lang: i32) -> usize {
    crate::user_message_offset(code, lang)
}

/// The offset of the summary of `code` in language `lang`.
#[inline(always)]
pub fn summary(code: i32, lang: i32) -> usize {
    table::summary(code, language_index(lang))
}

/// The offset of the remedy of `code` in language `lang` (`""` when there is none).
#[inline(always)]
pub fn remedy(code: i32, lang: i32) -> usize {
    table::remedy(code, language_index(lang))
}

/// The offset of the symbolic name of `code` (`""` for unknown codes).
#[inline(always)]
pub fn name(code: i32) -> usize {
    table::name(code)
}

/// The offset of the category name of `code`.
#[inline(always)]
pub fn category_name(code: i32) -> usize {
    table::category_name_of(code)
}

/// The offset of `action`'s name.
#[inline(always)]
pub fn action_name(action: Action) -> usize {
    table::action_name(action)
}

/// The offset of `action`'s label in language `lang` (`""` for actions without one).
#[inline(always)]
pub fn action_label(action: Action, lang: i32) -> usize {
    table::action_label(action, language_index(lang))
}

/// The offset of the tag of language `lang` (`"en"` for unknown ids).
#[inline(always)]
pub fn lang_tag(lang: i32) -> usize {
    table::tag(language_index(lang))
}

/// The catalog language for a tag read from `tag`, English (0) if none matches.
#[inline(always)]
pub fn lang_from_tag(tag: impl Reader) -> i32 {
    crate::lang::negotiate(tag)
}

/// The best catalog language for a preference list read from `list` (up to its first NUL).
#[inline(always)]
pub fn lang_from_list<I: Iterator<Item = u8> + Clone>(list: I) -> i32 {
    crate::lang::negotiate_list(list)
}
