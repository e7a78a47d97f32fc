//! `src/core/src/codes.rs`: the C constants, as Rust items that cbindgen turns into `#define`s.

use std::fmt::Write;

use room_errors_core::{codes, languages, message, name, Action, Audience, Category};

use crate::names::{c_constant, tag_screaming, GENERATED};

/// The contents of `codes.rs`.
pub fn constants() -> String {
    let mut out = format!(
        "//! The C constants of every language, category, action, audience and code.\n//!\n//! {GENERATED}\n\n\
         use crate::ffi::{{RoomErrAction, RoomErrAudience, RoomErrCategory, RoomErrLang}};\n"
    );
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
