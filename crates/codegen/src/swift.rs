//! `bindings/swift/Sources/RoomErrors/Catalog.swift`: the Swift `RoomErrorCode`,
//! `RoomErrorCategory`, `RoomErrorLanguage`, `RoomErrorAction` and `RoomErrorAudience`
//! enumerations, and a `RoomError` constant per failure code (for `catch RoomError.seatLocked`,
//! which Swift cannot spell with an enumeration case). Case names follow the Swift API design
//! guidelines (acronyms all upper case, or all lower case at the start: `sdkAppIDNotFound`,
//! `roomIDInvalid`); the spellings of earlier releases stay as deprecated aliases.

use std::fmt::Write;

use room_errors_core::{codes, languages, message, name, Action, Audience, Category};

use crate::names::{c_constant, lower_camel, tag_lower_camel, tag_screaming, GENERATED};

/// The contents of `Catalog.swift`.
pub fn catalog() -> String {
    let mut out = format!("// {GENERATED}\n");
    codes_enum(&mut out);
    error_constants(&mut out);
    categories_enum(&mut out);
    languages_enum(&mut out);
    actions_enum(&mut out);
    audiences_enum(&mut out);
    out
}

/// `RoomErrorCode`: one case per catalog row, and the deprecated spellings of earlier releases.
fn codes_enum(out: &mut String) {
    out.push_str(
        "\n/// Every error code the library knows. Codes it does not know are still representable as\n\
         /// a ``RoomError``.\n\
         public enum RoomErrorCode: Int32, CaseIterable, Sendable {\n",
    );
    for &code in codes() {
        let _ = writeln!(out, "{}    case {} = {code}\n", doc(code), case_name(code));
    }
    close(out);
    out.push_str(
        "\n/// The case names of release 1.1, from before acronyms followed the API design guidelines.\n\
         extension RoomErrorCode {\n",
    );
    for (old, new) in renamed() {
        let _ = writeln!(
            out,
            "    @available(*, deprecated, renamed: \"{new}\")\n    \
             public static var {old}: RoomErrorCode {{ .{new} }}\n"
        );
    }
    close(out);
}

/// The `RoomError` constant of every failure code, and the deprecated spellings.
fn error_constants(out: &mut String) {
    out.push_str(
        "\n/// The error of every known code but ``RoomErrorCode/success``, so that a `catch` clause or a\n\
         /// `switch` can name it: `catch RoomError.seatLocked { … }`.\n\
         extension RoomError {\n",
    );
    for &code in codes().iter().filter(|&&code| code != 0) {
        let case = case_name(code);
        let _ = writeln!(
            out,
            "{}    public static var {case}: RoomError {{ RoomError(.{case}) }}\n",
            doc(code)
        );
    }
    for (old, new) in renamed() {
        let _ = writeln!(
            out,
            "    @available(*, deprecated, renamed: \"{new}\")\n    \
             public static var {old}: RoomError {{ RoomError(.{new}) }}\n"
        );
    }
    close(out);
}

/// `RoomErrorCategory`: one case per category, by C id.
fn categories_enum(out: &mut String) {
    out.push_str(
        "\n/// What a code is about; unknown codes are in ``unknown``. Its ``name`` is the C library's\n\
         /// (`\"seat\"`), which is also its `Codable` form.\n\
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
    let names = Category::ALL.map(Category::as_str);
    name_property(
        out,
        "The C library's name: `\"general\"`, …, `\"unknown\"`.",
        &names,
    );
    close(out);
}

/// `RoomErrorLanguage`: one case per catalog language, by C id.
fn languages_enum(out: &mut String) {
    out.push_str(
        "\n/// The languages of the messages. Its ``tag`` (`\"zh-Hant\"`) is also its `Codable` form.\n\
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
    close(out);
}

/// `RoomErrorAction`: one case per action, by C id.
fn actions_enum(out: &mut String) {
    out.push_str(
        "\n/// What the remedy of a code asks for, so that an app can offer the matching button\n\
         /// (``label(in:)``). Its ``name`` (`\"open_settings\"`) is also its `Codable` form.\n\
         public enum RoomErrorAction: Int32, CaseIterable, Sendable {\n",
    );
    for action in Action::ALL {
        let _ = writeln!(
            out,
            "    /// {}\n    ///\n    /// The corresponding C constant is `ROOM_ERR_ACTION_{}`.\n    case {} = {}\n",
            action.description(),
            action.as_str().to_ascii_uppercase(),
            lower_camel(action.as_str()),
            action.id()
        );
    }
    close(out);
}

/// `RoomErrorAudience`: one case per audience, by C id.
fn audiences_enum(out: &mut String) {
    out.push_str(
        "\n/// Who the message of a code is for. Its ``name`` (`\"user\"`) is also its `Codable` form.\n\
         public enum RoomErrorAudience: Int32, CaseIterable, Sendable {\n",
    );
    for audience in Audience::ALL {
        let what = match audience {
            Audience::User => "An end user can understand the message and act on it.",
            Audience::Developer => {
                "A programming or configuration error, and every unknown code: show end users\n    \
                 /// ``RoomError/userMessage(in:)`` instead."
            }
        };
        let _ = writeln!(
            out,
            "    /// {what}\n    ///\n    /// The corresponding C constant is `ROOM_ERR_AUDIENCE_{}`.\n    case {} = {}\n",
            audience.as_str().to_ascii_uppercase(),
            audience.as_str(),
            audience.id()
        );
    }
    let names = Audience::ALL.map(Audience::as_str);
    name_property(
        out,
        "`\"user\"` or `\"developer\"`, as the C constants spell it.",
        &names,
    );
    close(out);
}

/// A `name` property returning each case's name, which is also its Swift name.
fn name_property(out: &mut String, doc: &str, names: &[&str]) {
    let _ = writeln!(
        out,
        "    /// {doc}\n    public var name: String {{\n        switch self {{"
    );
    for name in names {
        let _ = writeln!(out, "        case .{name}: return \"{name}\"");
    }
    out.push_str("        }\n    }\n");
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

/// The case name of a code, per the API design guidelines: `ERR_SDKAPPID_NOT_FOUND` →
/// `sdkAppIDNotFound`, `ERR_SERVER_ROOM_ID_OCCUPIED_BY_IM` → `serverRoomIDOccupiedByIM`.
fn case_name(code: i32) -> String {
    let camel = lower_camel(name(code));
    let mut out = String::new();
    for (i, word) in words(&camel).iter().enumerate() {
        let lower = word.to_ascii_lowercase();
        match ACRONYMS.iter().find(|(acronym, _, _)| lower == *acronym) {
            Some((_, first, _)) if i == 0 => out.push_str(first),
            Some((_, _, inner)) => out.push_str(inner),
            None => out.push_str(word),
        }
    }
    swift_identifier(&out)
}

/// The words of a lowerCamel name: `sdkappidNotFound` → `sdkappid`, `Not`, `Found`.
fn words(camel: &str) -> Vec<&str> {
    let mut words = Vec::new();
    let mut start = 0;
    for (i, c) in camel.char_indices() {
        if c.is_ascii_uppercase() && i > start {
            words.push(&camel[start..i]);
            start = i;
        }
    }
    words.push(&camel[start..]);
    words
}

/// Words of the codes' names that hold acronyms: the word, its spelling as a name's first word,
/// and its spelling elsewhere in a name.
const ACRONYMS: &[(&str, &str, &str)] = &[
    ("sdkappid", "sdkAppID", "SDKAppID"),
    ("sdk", "sdk", "SDK"),
    ("id", "id", "ID"),
    ("im", "im", "IM"),
    ("hevc", "hevc", "HEVC"),
];

/// The header of release 1.1.0, the last whose Swift case names were plain lowerCamel.
const RELEASE_1_1_HEADER: &str = include_str!("../../../tests/abi/room_errors-1.1.0.h");

/// The renamed cases of release 1.1.0's codes: each 1.1 spelling (plain lowerCamel) and the
/// current one. Codes added later never had the old spelling.
fn renamed() -> Vec<(String, String)> {
    let released = |code: &i32| {
        let define = format!("#define {} {code}", c_constant(name(*code)));
        RELEASE_1_1_HEADER.lines().any(|line| line == define)
    };
    codes()
        .iter()
        .filter(|code| released(code))
        .map(|&code| (swift_identifier(&lower_camel(name(code))), case_name(code)))
        .filter(|(old, new)| old != new)
        .collect()
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_names_follow_the_acronym_rule() {
        let case = |name: &str| {
            let code = codes().iter().find(|&&c| room_errors_core::name(c) == name);
            code.map(|&c| case_name(c))
        };
        assert_eq!(
            case("ERR_SDKAPPID_NOT_FOUND").as_deref(),
            Some("sdkAppIDNotFound")
        );
        assert_eq!(
            case("ERR_ROOM_ID_INVALID").as_deref(),
            Some("roomIDInvalid")
        );
        assert_eq!(
            case("ERR_SERVER_ROOM_ID_OCCUPIED_BY_IM").as_deref(),
            Some("serverRoomIDOccupiedByIM")
        );
        assert_eq!(
            case("ERR_SDK_NOT_INITIALIZED").as_deref(),
            Some("sdkNotInitialized")
        );
        assert_eq!(case("ERR_SUCC").as_deref(), Some("success"));
    }

    #[test]
    fn release_1_1_spellings_are_kept() {
        let renamed = renamed();
        let pair = |old: &str, new: &str| (old.to_owned(), new.to_owned());
        assert!(renamed.contains(&pair("sdkappidNotFound", "sdkAppIDNotFound")));
        assert!(renamed.contains(&pair(
            "serverRoomIdOccupiedByIm",
            "serverRoomIDOccupiedByIM"
        )));
        assert!(renamed.iter().all(|(old, new)| old != new));
    }
}
