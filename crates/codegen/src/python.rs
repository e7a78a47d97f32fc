//! `bindings/python/src/room_errors/_catalog.py`: the Python package's `IntEnum`s (`RoomErrorCode`,
//! `Language`, `Category`, `Action`, `Audience`) and its version. Each member's docstring states
//! its text and its C constant; the methods (and `str()`, the C name) come from the hand-written mixins in `_methods.py`.

use std::fmt::Write;

use room_errors_core::VERSION;

use crate::members::{self, Member};
use crate::names::GENERATED;

/// One generated enum: its name, its mixin, its docstring, and its members (key, value, doc).
struct Enum {
    name: &'static str,
    mixin: &'static str,
    doc: &'static str,
    members: Vec<Member>,
}

/// Every enum of the package, in declaration order.
fn enums() -> Vec<Enum> {
    vec![
        Enum {
            name: "RoomErrorCode",
            mixin: "CodeMethods",
            doc: "Every error code of the catalog this package was generated from. The functions also \
                  accept codes that are not listed here.",
            members: members::codes(),
        },
        Enum {
            name: "Language",
            mixin: "LanguageMethods",
            doc: "The languages of the messages (C: `ROOM_ERR_LANG_*`).",
            members: members::languages(),
        },
        Enum {
            name: "Category",
            mixin: "KeyMethods",
            doc: "What a code is about (C: `ROOM_ERR_CATEGORY_*`); `UNKNOWN` for unknown codes.",
            members: members::categories(),
        },
        Enum {
            name: "Action",
            mixin: "ActionMethods",
            doc: "What a code's remedy asks for (C: `ROOM_ERR_ACTION_*`), so that an app can offer the \
                  matching button.",
            members: members::actions(),
        },
        Enum {
            name: "Audience",
            mixin: "KeyMethods",
            doc: "Who a code's message is for (C: `ROOM_ERR_AUDIENCE_*`).",
            members: members::audiences(),
        },
    ]
}

/// The contents of `_catalog.py`.
pub fn catalog() -> String {
    let mut out = format!(
        "# {GENERATED}\n\"\"\"The catalog's enums and version.\"\"\"\n\nfrom enum import IntEnum\n\n\
         from ._methods import ActionMethods, CodeMethods, KeyMethods, LanguageMethods\n\n\
         VERSION = \"{VERSION}\"\n\"\"\"The version of the catalog (and of the package).\"\"\"\n"
    );
    for e in enums() {
        let bases = format!("{}, IntEnum", e.mixin);
        let _ = write!(
            out,
            "\n\nclass {}({bases}):\n    \"\"\"{}\"\"\"\n",
            e.name,
            docstring(e.doc)
        );
        for (key, value, doc) in &e.members {
            let _ = write!(
                out,
                "\n    {key} = {value}\n    \"\"\"{}\"\"\"\n",
                docstring(doc)
            );
        }
    }
    out
}

/// Text safe inside a `"""…"""` docstring.
fn docstring(text: &str) -> String {
    text.replace('\\', "\\\\").replace("\"\"\"", "\\\"\\\"\\\"")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn docstrings_cannot_end_early() {
        assert_eq!(docstring(r#"a """ b \ c"#), r#"a \"\"\" b \\ c"#);
    }

    #[test]
    fn every_enum_is_an_int_enum_with_its_mixin() {
        let out = catalog();
        for header in [
            "class RoomErrorCode(CodeMethods, IntEnum):",
            "class Language(LanguageMethods, IntEnum):",
            "class Category(KeyMethods, IntEnum):",
            "class Action(ActionMethods, IntEnum):",
            "class Audience(KeyMethods, IntEnum):",
        ] {
            assert!(out.contains(header), "{header}");
        }
        assert!(out.contains("\n    SEAT_LOCKED = -2343\n"));
    }
}
