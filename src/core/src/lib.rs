//! The room-engine error catalog and its C ABI.
//!
//! `catalog.rs` holds every code and text; `table.rs` turns it into static lookup tables at compile
//! time; `ffi.rs` is the C ABI over those tables; `lang.rs` negotiates language tags. The Rust API
//! below serves the command-line tool, the code generator and the tests.
#![no_std]
#![deny(
    clippy::indexing_slicing,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    missing_docs
)]

#[macro_use]
mod table;
mod catalog;
pub mod codes;
pub mod ffi;
mod lang;

use table::{BLOB, LANGUAGE_COUNT};

/// What kind of problem a code reports: its section of the source document (see
/// [`Category::description`]).
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Category {
    /// `"unknown"`: a code the catalog does not know.
    Unknown = 0,
    /// `"general"`.
    General = 1,
    /// `"device"`.
    Device = 2,
    /// `"room"`.
    Room = 3,
    /// `"user"`.
    User = 4,
    /// `"seat"`.
    Seat = 5,
    /// `"server"`.
    Server = 6,
}

impl Category {
    /// Every category, in id order.
    pub const ALL: [Category; 7] = [
        Category::Unknown,
        Category::General,
        Category::Device,
        Category::Room,
        Category::User,
        Category::Seat,
        Category::Server,
    ];

    /// The lowercase name the C API returns, e.g. `"device"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Category::Unknown => "unknown",
            Category::General => "general",
            Category::Device => "device",
            Category::Room => "room",
            Category::User => "user",
            Category::Seat => "seat",
            Category::Server => "server",
        }
    }

    /// The C id (`ROOM_ERR_CATEGORY_*`).
    pub const fn id(self) -> i32 {
        self as i32
    }

    /// What the category covers, one sentence for docs and generated wrappers.
    pub const fn description(self) -> &'static str {
        match self {
            Category::Unknown => "A code the library does not know.",
            Category::General => {
                "General errors: throttling, parameters, login, permissions, plans."
            }
            Category::Device => "Local cameras, microphones and screen sharing.",
            Category::Room => "Entering, creating, leaving and configuring rooms; live streaming.",
            Category::User => "Looking up users in a room.",
            Category::Seat => "Speaking permissions and seat control.",
            Category::Server => "Errors the server returns.",
        }
    }
}

/// A language of the catalog.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Language {
    /// The C id (`ROOM_ERR_LANG_*`).
    pub id: i32,
    /// The BCP 47 tag, e.g. `"zh-Hant"`.
    pub tag: &'static str,
    /// The language's name in English, e.g. `"Traditional Chinese"`.
    pub english_name: &'static str,
}

/// Every language of the catalog, in id order; id 0 (English) is the fallback.
pub fn languages() -> impl Iterator<Item = Language> {
    catalog::LANGUAGES.iter().zip(0..).map(|(l, id)| Language {
        id,
        tag: l.tag,
        english_name: l.english_name,
    })
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
fn language_index(lang: i32) -> usize {
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
    table::message(table::row(code), language_index(lang))
}

/// The symbolic name, e.g. `"ERR_CAMERA_START_FAILED"`; `""` for unknown codes.
pub fn name(code: i32) -> &'static str {
    text(table::name(table::row(code)))
}

/// The category; [`Category::Unknown`] for unknown codes.
pub fn category(code: i32) -> Category {
    table::category(table::row(code))
}

/// Whether `code` is in the catalog.
pub fn is_known(code: i32) -> bool {
    table::row(code) != table::UNKNOWN_ROW
}

/// Whether the documented remedy for `code` is to try again.
pub fn is_retryable(code: i32) -> bool {
    table::retryable(table::row(code))
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
