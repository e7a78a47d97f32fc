//! `bindings/js/package/catalog.js` and `catalog.d.ts`: the npm package's frozen enum objects
//! (`RoomErrorCode`, `RoomErrorLanguage`, `RoomErrorCategory`, `RoomErrorAction`,
//! `RoomErrorAudience`) and their TypeScript declarations. The shipped JavaScript is compact (it
//! is downloaded by browsers); the documentation lives in the declarations.

use std::fmt::Write;

use crate::members::{self, Member};
use crate::names::GENERATED;

/// One generated enum: its name, its doc comment, and its members (key, value, doc).
struct Enum {
    name: &'static str,
    doc: &'static str,
    members: Vec<Member>,
}

/// Every enum of the package, in declaration order.
fn enums() -> Vec<Enum> {
    vec![
        Enum {
            name: "RoomErrorCode",
            doc: "Every error code of the catalog this package was generated from. The functions also \
                  accept codes that are not listed here.",
            members: members::codes(),
        },
        Enum {
            name: "RoomErrorLanguage",
            doc: "The languages of the messages (C: `ROOM_ERR_LANG_*`). Unknown ids mean English.",
            members: members::languages(),
        },
        Enum {
            name: "RoomErrorCategory",
            doc: "What a code is about (C: `ROOM_ERR_CATEGORY_*`); `UNKNOWN` for unknown codes.",
            members: members::categories(),
        },
        Enum {
            name: "RoomErrorAction",
            doc: "What a code's remedy asks for (C: `ROOM_ERR_ACTION_*`), so that an app can offer the \
                  matching button.",
            members: members::actions(),
        },
        Enum {
            name: "RoomErrorAudience",
            doc: "Who a code's message is for (C: `ROOM_ERR_AUDIENCE_*`).",
            members: members::audiences(),
        },
    ]
}

/// The contents of `catalog.js`: one frozen object per enum.
pub fn module() -> String {
    let mut out = format!("// {GENERATED}\n");
    for e in enums() {
        let _ = write!(out, "\nexport const {} = Object.freeze({{\n", e.name);
        for (key, value, _) in &e.members {
            let _ = writeln!(out, "  {key}: {value},");
        }
        out.push_str("});\n");
    }
    out
}

/// The contents of `catalog.d.ts`: each enum as a readonly object type with literal values, and a
/// type of the same name for its values.
pub fn declarations() -> String {
    let mut out = format!("// {GENERATED}\n");
    for e in enums() {
        let _ = write!(
            out,
            "\n/** {} */\nexport declare const {}: {{\n",
            comment(e.doc),
            e.name
        );
        for (key, value, doc) in &e.members {
            let _ = writeln!(out, "  /** {} */\n  readonly {key}: {value};", comment(doc));
        }
        let _ = writeln!(
            out,
            "}};\n/** A value of {{@link {0}}}. */\nexport type {0} = (typeof {0})[keyof typeof {0}];",
            e.name
        );
    }
    out
}

/// Text safe inside a `/** … */` comment.
fn comment(text: &str) -> String {
    text.replace("*/", "*\\/")
}
