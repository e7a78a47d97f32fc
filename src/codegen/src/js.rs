//! `bindings/js/package/catalog.js` and `catalog.d.ts`: the npm package's frozen enum objects
//! (`RoomErrorCode`, `RoomErrorLanguage`, `RoomErrorCategory`, `RoomErrorAction`,
//! `RoomErrorAudience`) and their TypeScript declarations. The shipped JavaScript is compact (it
//! is downloaded by browsers); the documentation lives in the declarations.

use std::fmt::Write;

use room_errors_core::{codes, languages, message, name, Action, Audience, Category};

use crate::names::{c_constant, screaming, tag_screaming, GENERATED};

/// One generated enum: its name, its doc comment, and its members (key, value, doc).
struct Enum {
    name: &'static str,
    doc: &'static str,
    members: Vec<(String, i32, String)>,
}

/// Every enum of the package, in declaration order.
fn enums() -> Vec<Enum> {
    vec![
        Enum {
            name: "RoomErrorCode",
            doc: "Every error code of the catalog this package was generated from. The functions also \
                  accept codes that are not listed here.",
            members: codes()
                .iter()
                .map(|&code| {
                    let doc = format!("{} (C: `{}`)", message(code, 0), c_constant(name(code)));
                    (screaming(name(code)), code, doc)
                })
                .collect(),
        },
        Enum {
            name: "RoomErrorLanguage",
            doc: "The languages of the messages (C: `ROOM_ERR_LANG_*`). Unknown ids mean English.",
            members: languages()
                .map(|l| {
                    let key = tag_screaming(l.tag);
                    let doc = format!("{} (`{}`, C: `ROOM_ERR_LANG_{key}`)", l.english_name, l.tag);
                    (key, l.id, doc)
                })
                .collect(),
        },
        Enum {
            name: "RoomErrorCategory",
            doc: "What a code is about (C: `ROOM_ERR_CATEGORY_*`); `UNKNOWN` for unknown codes.",
            members: Category::ALL
                .iter()
                .map(|c| {
                    let key = c.as_str().to_ascii_uppercase();
                    let doc = format!("`\"{}\"`: {}", c.as_str(), c.description());
                    (key, c.id(), doc)
                })
                .collect(),
        },
        Enum {
            name: "RoomErrorAction",
            doc: "What a code's remedy asks for (C: `ROOM_ERR_ACTION_*`), so that an app can offer the \
                  matching button.",
            members: Action::ALL
                .iter()
                .map(|a| {
                    let key = a.as_str().to_ascii_uppercase();
                    let doc = format!("`\"{}\"`: {}", a.as_str(), a.description());
                    (key, a.id(), doc)
                })
                .collect(),
        },
        Enum {
            name: "RoomErrorAudience",
            doc: "Who a code's message is for (C: `ROOM_ERR_AUDIENCE_*`).",
            members: Audience::ALL
                .iter()
                .map(|a| {
                    let key = a.as_str().to_ascii_uppercase();
                    (key, a.id(), format!("`\"{}\"`", a.as_str()))
                })
                .collect(),
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
