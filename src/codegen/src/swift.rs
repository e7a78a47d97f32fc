//! `bindings/swift/Sources/RoomErrors/Catalog.swift`: the Swift `RoomErrorCode`,
//! `RoomErrorCategory` and `RoomErrorLanguage` enumerations, and a `RoomError` constant per failure
//! code (for `catch RoomError.seatLocked`, which Swift cannot spell with an enumeration case).

use std::fmt::Write;

use room_errors_core::{codes, languages, message, name, Category};

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
            "{}    case {} = {code}\n",
            doc(code),
            swift_identifier(&lower_camel(name(code)))
        );
    }
    close(&mut out);
    out.push_str(
        "\n/// The error of every known code but ``RoomErrorCode/success``, so that a `catch` clause or a\n\
         /// `switch` can name it: `catch RoomError.seatLocked { … }`.\n\
         extension RoomError {\n",
    );
    for &code in codes().iter().filter(|&&code| code != 0) {
        let case = swift_identifier(&lower_camel(name(code)));
        let _ = writeln!(
            out,
            "{}    public static var {case}: RoomError {{ RoomError(.{case}) }}\n",
            doc(code)
        );
    }
    close(&mut out);
    out.push_str(
        "\n/// What a code is about; unknown codes are in ``unknown``.\n\
         public enum RoomErrorCategory: Int32, CaseIterable, Sendable {\n",
    );
    for category in Category::ALL {
        let _ = writeln!(
            out,
            "    /// {}\n    ///\n    /// The corresponding C constant is `ROOM_ERR_CATEGORY_{}`.\n    case {} = {}\n",
            category.description(),
            category.as_str().to_ascii_uppercase(),
            category.as_str(),
            category.id()
        );
    }
    close(&mut out);
    out.push_str(
        "\n/// The languages of the messages.\n\
         public enum RoomErrorLanguage: Int32, CaseIterable, Sendable {\n",
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
    close(&mut out);
    out
}

/// The doc comment of a code: its English message and its C constant.
fn doc(code: i32) -> String {
    format!(
        "    /// {}\n    ///\n    /// The corresponding C constant is `{}`.\n",
        message(code, 0),
        c_constant(name(code))
    )
}

/// Ends a declaration opened with `{`.
fn close(out: &mut String) {
    out.truncate(out.trim_end().len());
    out.push_str("\n}\n");
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
