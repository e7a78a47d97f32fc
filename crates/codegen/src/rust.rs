//! `crates/ffi/src/codes.rs`: the C constants, as Rust items that cbindgen turns into `#define`s.

use std::fmt::Write;

use room_errors_core::{codes, languages, message, name, Action, Audience, Category, VERSION};

use crate::names::{c_constant, tag_screaming, GENERATED};

/// The contents of `codes.rs`.
pub fn constants() -> String {
    let mut out = format!(
        "//! The C constants of every language, category, action, audience and code.\n//!\n//! {GENERATED}\n\n\
         use crate::ffi::{{RoomErrAction, RoomErrAudience, RoomErrCategory, RoomErrLang}};\n"
    );
    out.push_str(&version_constants());
    for language in languages() {
        let _ = write!(
            out,
            "\n/// {} (`\"{}\"`).\npub const ROOM_ERR_LANG_{}: RoomErrLang = {};\n",
            language.english_name,
            language.tag,
            tag_screaming(language.tag),
            language.id
        );
    }
    for category in Category::ALL {
        let _ = write!(
            out,
            "\n/// Category `\"{0}\"`.\npub const ROOM_ERR_CATEGORY_{1}: RoomErrCategory = {2};\n",
            category.as_str(),
            category.as_str().to_ascii_uppercase(),
            category.id()
        );
    }
    for action in Action::ALL {
        let _ = write!(
            out,
            "\n/// Action `\"{0}\"`: {1}\npub const ROOM_ERR_ACTION_{2}: RoomErrAction = {3};\n",
            action.as_str(),
            action.description(),
            action.as_str().to_ascii_uppercase(),
            action.id()
        );
    }
    for audience in Audience::ALL {
        let _ = write!(
            out,
            "\n/// Audience `\"{0}\"`.\npub const ROOM_ERR_AUDIENCE_{1}: RoomErrAudience = {2};\n",
            audience.as_str(),
            audience.as_str().to_ascii_uppercase(),
            audience.id()
        );
    }
    for &code in codes() {
        let _ = write!(
            out,
            "\n/// {}\npub const {}: i32 = {code};\n",
            message(code, 0),
            c_constant(name(code))
        );
    }
    out
}

/// The version macros: its parts, and one number for `#if` (as `SQLITE_VERSION_NUMBER`).
/// `ROOM_ERR_VERSION`, the string, is made of the parts in the header (cbindgen.toml), since
/// cbindgen 0.24 writes no string constants.
fn version_constants() -> String {
    let part = |i: usize| -> u32 {
        let part = VERSION
            .split('.')
            .nth(i)
            .expect("the version is MAJOR.MINOR.PATCH");
        part.parse().expect("a version part is a number")
    };
    let (major, minor, patch) = (part(0), part(1), part(2));
    assert!(
        minor < 1000 && patch < 1000,
        "a version part fits in three digits"
    );
    let number = major * 1_000_000 + minor * 1_000 + patch;
    format!(
        "\n/// The major version: it changes when a function is removed or changes meaning.\n\
         pub const ROOM_ERR_VERSION_MAJOR: i32 = {major};\n\
         \n/// The minor version: it changes when the ABI gains a function, a constant or a code.\n\
         pub const ROOM_ERR_VERSION_MINOR: i32 = {minor};\n\
         \n/// The patch version: text fixes.\n\
         pub const ROOM_ERR_VERSION_PATCH: i32 = {patch};\n\
         \n/// MAJOR × 1000000 + MINOR × 1000 + PATCH (`1002000` is 1.2.0), for `#if`.\n\
         pub const ROOM_ERR_VERSION_NUMBER: i32 = {number};\n"
    )
}
