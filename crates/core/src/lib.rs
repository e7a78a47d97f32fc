//! The room-engine error catalog and its lookups, without `unsafe`.
//!
//! `catalog.rs` holds every code and text; the build script (`build/`) compiles it into static
//! tables, which `table/` reads; `lang/` negotiates language tags; `abi` hands the C ABI
//! (crates/ffi) its building blocks.
//! The Rust API below serves the command-line tool, the code generator and the tests.
#![no_std]
#![forbid(unsafe_code)]
#![deny(
    clippy::indexing_slicing,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    missing_docs
)]

pub mod abi;
/// The tables the build script (`build/`) compiled from `catalog.rs`.
mod catalog {
    include!(concat!(env!("OUT_DIR"), "/catalog.rs"));
}
mod kinds;
mod lang;
mod table;

use catalog::{BLOB, LANGUAGE_COUNT};
pub use kinds::{Action, Audience, Category};

/// A language of the catalog.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Language {
    /// The C id (`ROOM_ERR_LANG_*`).
    pub id: i32,
    /// The BCP 47 tag, e.g. `"zh-Hant"`.
    pub tag: &'static str,
    /// The language's name in English, e.g. `"Traditional Chinese"`.
    pub english_name: &'static str,
    /// What separates a summary from its remedy in a message: `" "`, or `""` where sentences
    /// follow each other without a space (Chinese, Japanese).
    pub separator: &'static str,
}

/// Every language of the catalog, in id order; id 0 (English) is the fallback.
pub fn languages() -> impl Iterator<Item = Language> {
    catalog::LANGUAGES.iter().copied()
}

/// Every known code, in catalog order.
pub fn codes() -> &'static [i32] {
    table::codes()
}

/// The string stored at `offset` in the blob.
fn text(offset: usize) -> &'static str {
    let tail = BLOB.get(offset..).unwrap_or_default();
    let len = tail.iter().position(|&b| b == 0).unwrap_or(tail.len());
    // Every stored string comes from a Rust string literal, so this cannot fail.
    core::str::from_utf8(tail.get(..len).unwrap_or_default()).unwrap_or_default()
}

/// A language id clamped to the catalog: unknown ids mean English (0).
#[inline(always)]
pub(crate) fn language_index(lang: i32) -> usize {
    if (lang as u32 as usize) < LANGUAGE_COUNT {
        lang as usize
    } else {
        0
    }
}

/// The message for `code` in language `lang` (an id; unknown ids mean English). Unknown codes get
/// the unknown-error message.
pub fn message(code: i32, lang: i32) -> &'static str {
    text(message_offset(code, lang))
}

/// The blob offset of the message for `code` in language `lang`.
#[inline(always)]
fn message_offset(code: i32, lang: i32) -> usize {
    table::message(code, language_index(lang))
}

/// The symbolic name, e.g. `"ERR_CAMERA_START_FAILED"`; `""` for unknown codes.
pub fn name(code: i32) -> &'static str {
    text(table::name(code))
}

/// The category; [`Category::Unknown`] for unknown codes.
pub fn category(code: i32) -> Category {
    table::category(code)
}

/// Whether `code` is in the catalog.
pub fn is_known(code: i32) -> bool {
    table::is_known(code)
}

/// Whether the documented remedy for `code` is to try again: its action is [`Action::Retry`].
pub fn is_retryable(code: i32) -> bool {
    action(code) == Action::Retry
}

/// What happened, one sentence, in language `lang`; the unknown-error text for unknown codes.
pub fn summary(code: i32, lang: i32) -> &'static str {
    text(table::summary(code, language_index(lang)))
}

/// What to do, one sentence, in language `lang`; `""` when the code has no remedy.
pub fn remedy(code: i32, lang: i32) -> &'static str {
    text(table::remedy(code, language_index(lang)))
}

/// What the remedy asks for; [`Action::None`] for unknown codes.
pub fn action(code: i32) -> Action {
    table::action(code)
}

/// The short button label of `action` in language `lang`; `""` for actions without one.
pub fn action_label(action: Action, lang: i32) -> &'static str {
    text(table::action_label(action, language_index(lang)))
}

/// Who the message is for; [`Audience::Developer`] for unknown codes.
pub fn audience(code: i32) -> Audience {
    table::audience(code)
}

/// The message an end user may read: the message of user-audience codes, else the generic
/// "could not be completed, try again later" text.
pub fn user_message(code: i32, lang: i32) -> &'static str {
    text(user_message_offset(code, lang))
}

#[inline(always)]
pub(crate) fn user_message_offset(code: i32, lang: i32) -> usize {
    let lang = language_index(lang);
    match table::audience(code) {
        Audience::User => table::message(code, lang),
        Audience::Developer => table::user_fallback(lang),
    }
}

/// The delay before retrying, in milliseconds, where the source states one; 0 otherwise.
pub fn retry_after_ms(code: i32) -> u32 {
    table::retry_after_ms(code)
}

/// The language id for a BCP 47 or POSIX locale tag (see `room_err_lang_from_tag`).
pub fn lang_from_tag(tag: &str) -> i32 {
    lang::negotiate(tag.bytes())
}

/// The language id for a preference list: `Accept-Language`, POSIX `LANGUAGE`, or tags separated
/// by commas or spaces (see `room_err_lang_from_list`).
pub fn lang_from_list(list: &str) -> i32 {
    lang::negotiate_list(list.split('\0').next().unwrap_or_default().bytes())
}

/// The tag of language `lang` (an id; unknown ids mean English).
pub fn lang_tag(lang: i32) -> &'static str {
    text(table::tag(language_index(lang)))
}

/// The library version, `"MAJOR.MINOR.PATCH"`.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
