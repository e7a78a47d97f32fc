//! `bindings/swift/Sources/RoomErrors/Catalog.swift`: the Swift `RoomErrorCode` and
//! `RoomErrorLanguage` enumerations.

use std::fmt::Write;

use room_errors_core::{codes, languages, message, name};

use crate::names::{c_constant, lower_camel, tag_lower_camel, tag_screaming, GENERATED};

/// The contents of `Catalog.swift`.
pub fn catalog() -> String {
    let mut out = format!(
        "// {GENERATED}\n\n\
         /// Every error code the library knows. Codes it does not know are still representable as\n\
         /// a ``RoomError``.\n\
         public enum RoomErrorCode: Int32, CaseIterable, Sendable {{\n"
    );
    for &code in codes() {
        let _ = writeln!(
            out,
            "    /// {}\n    ///\n    /// The corresponding C constant is `{}`.\n    case {} = {code}\n",
            message(code, 0),
            c_constant(name(code)),
            swift_identifier(&lower_camel(name(code)))
        );
    }
    out.truncate(out.trim_end().len());
    out.push_str(
        "\n}\n\n/// The languages of the messages.\npublic enum RoomErrorLanguage: Int32, CaseIterable, Sendable {\n",
    );
    for language in languages() {
        let _ = writeln!(
            out,
            "    /// {} (`{}`).\n    ///\n    /// The corresponding C constant is `ROOM_ERR_LANG_{}`.\n    case {} = {}\n",
            language.english_name,
            language.tag,
            tag_screaming(language.tag),
            tag_lower_camel(language.tag),
            language.id
        );
    }
    out.truncate(out.trim_end().len());
    out.push_str("\n}\n");
    out
}

/// Escapes a Swift keyword used as a case name.
fn swift_identifier(name: &str) -> String {
    const KEYWORDS: &[&str] = &[
        "default", "case", "in", "is", "as", "self", "init", "repeat",
    ];
    if KEYWORDS.contains(&name) {
        format!("`{name}`")
    } else {
        name.to_owned()
    }
}
