//! Apple: a String Catalog (`RoomErrors.xcstrings`, Xcode 15 and later) and strings files
//! (`<tag>.lproj/RoomErrors.strings`) for older Xcode. Keys are the code name for the message and
//! `NAME.summary` / `NAME.remedy` / `NAME.user_message`; the table name is `RoomErrors`.

use std::fmt::Write;

use room_errors_core::Language;

use super::{entries, File};
use crate::escape::json_string;

/// The key of a field: the bare code name for the message.
fn key(name: &str, field: &str) -> String {
    if field == "message" {
        name.to_string()
    } else {
        format!("{name}.{field}")
    }
}

/// The String Catalog: every key with its comment and one localization per language.
pub fn xcstrings(langs: &[Language]) -> File {
    let mut keys = Vec::new();
    for entry in entries() {
        let en = super::english();
        for (field, _) in entry.fields(&en) {
            let mut localizations = Vec::new();
            for lang in langs {
                let value = entry
                    .fields(lang)
                    .into_iter()
                    .find(|(f, _)| *f == field)
                    .map_or("", |(_, v)| v);
                localizations.push(format!(
                    "        {} : {{\n          \"stringUnit\" : {{\n            \"state\" : \"translated\",\n            \"value\" : {}\n          }}\n        }}",
                    json_string(lang.tag),
                    json_string(value)
                ));
            }
            keys.push(format!(
                "    {} : {{\n      \"comment\" : {},\n      \"extractionState\" : \"manual\",\n      \"localizations\" : {{\n{}\n      }}\n    }}",
                json_string(&key(entry.name, field)),
                json_string(&format!("{} ({field})", entry.facts())),
                localizations.join(",\n")
            ));
        }
    }
    File {
        path: "RoomErrors.xcstrings".into(),
        text: format!(
            "{{\n  \"sourceLanguage\" : \"en\",\n  \"strings\" : {{\n{}\n  }},\n  \"version\" : \"1.0\"\n}}\n",
            keys.join(",\n")
        ),
    }
}

/// A strings-file literal: `"` and `\` escaped, control characters as `\n`, `\t` or `\U`.
fn literal(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\U{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// One `RoomErrors.strings` per language, UTF-8, each key under a comment with its facts.
pub fn strings(langs: &[Language]) -> Vec<File> {
    langs
        .iter()
        .map(|lang| {
            let mut text = String::new();
            for entry in entries() {
                for (field, value) in entry.fields(lang) {
                    let _ = writeln!(
                        text,
                        "/* {} ({field}) */\n{} = {};\n",
                        entry.facts(),
                        literal(&key(entry.name, field)),
                        literal(value)
                    );
                }
            }
            File {
                path: format!("{}.lproj/RoomErrors.strings", lang.tag),
                text,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_literals() {
        assert_eq!(literal("a\"b\\c\nd\u{1}"), "\"a\\\"b\\\\c\\nd\\U0001\"");
        assert_eq!(key("ERR_X", "message"), "ERR_X");
        assert_eq!(key("ERR_X", "remedy"), "ERR_X.remedy");
    }
}
