//! `bindings/cpp/include/room_errors_catalog.hpp`: the C++ `errc`, `lang`, `category`, `action`
//! and `audience` enumerations, each with an array of its enumerators, the names of the
//! categories and audiences (the C API names codes' categories and actions, not category ids),
//! and each code's portable `std::errc` condition, derived from the catalog by [`condition`].

use std::fmt::Write;

use room_errors_core::{
    action, category, codes, languages, message, name, Action, Audience, Category,
};

use crate::names::{c_constant, snake, tag_screaming, GENERATED};

/// The contents of `room_errors_catalog.hpp`.
pub fn catalog() -> String {
    let enumerations = [
        Enumeration {
            name: "errc",
            doc: "Every known error code; the values are the engine's.",
            array: "known_codes",
            order: "catalog order, the order of `room_err_codes()`",
            enumerators: codes()
                .iter()
                .map(|&code| Enumerator {
                    doc: message(code, 0).to_owned(),
                    name: snake(name(code)),
                    value: c_constant(name(code)),
                })
                .collect(),
            names: false,
        },
        Enumeration {
            name: "lang",
            doc: "The languages of the messages; unknown values mean English.",
            array: "languages",
            order: "id order",
            enumerators: languages()
                .map(|language| Enumerator {
                    doc: format!("{} (`{}`).", language.english_name, language.tag),
                    name: language.tag.replace('-', "_").to_ascii_lowercase(),
                    value: format!("ROOM_ERR_LANG_{}", tag_screaming(language.tag)),
                })
                .collect(),
            names: false,
        },
        Enumeration {
            name: "category",
            doc: "What kind of problem a code reports; `unknown` for unknown codes.",
            array: "categories",
            order: "id order",
            enumerators: Category::ALL
                .iter()
                .map(|category| named(category.as_str(), "CATEGORY", category.description()))
                .collect(),
            names: true,
        },
        Enumeration {
            name: "action",
            doc: "What the remedy of a code asks for; `none` for unknown codes.",
            array: "actions",
            order: "id order",
            enumerators: Action::ALL
                .iter()
                .map(|action| named(action.as_str(), "ACTION", action.description()))
                .collect(),
            names: false,
        },
        Enumeration {
            name: "audience",
            doc: "Who the message of a code is for; `developer` for unknown codes.",
            array: "audiences",
            order: "id order",
            enumerators: Audience::ALL
                .iter()
                .map(|audience| named(audience.as_str(), "AUDIENCE", audience_doc(*audience)))
                .collect(),
            names: true,
        },
    ];
    let mut out = format!(
        "// {GENERATED}\n// The enumerations of room_errors.hpp; include that header, not this one.\n\
         #ifndef ROOM_ERRORS_CATALOG_HPP\n#define ROOM_ERRORS_CATALOG_HPP\n\n\
         #include <cstdint>\n#include <string_view>\n#include <system_error>\n\n\
         #include \"room_errors.h\"\n\n\
         namespace room_errors {{\n"
    );
    for enumeration in &enumerations {
        enumeration.write(&mut out);
    }
    write_conditions(&mut out);
    out.push_str("\n}  // namespace room_errors\n\n#endif  // ROOM_ERRORS_CATALOG_HPP\n");
    out
}

/// The portable `std::errc` condition of a code, from the catalog's metadata, first rule first:
/// the remedy is to retry → `resource_unavailable_try_again`; the remedy opens the system's
/// settings, or the name says PERMISSION → `permission_denied`; a device code named …_OCCUPIED or
/// …_IN_PROGRESS → `device_or_resource_busy`; a device code named …_DEVICE_EMPTY →
/// `no_such_device`; a name with INVALID_PARAMETER or ending in _INVALID → `invalid_argument`.
/// Other codes have none (`None`). bindings/cpp/tests/test_error_code.cpp checks the same rule.
pub fn condition(code: i32) -> Option<&'static str> {
    let name = name(code);
    let device = category(code) == Category::Device;
    Some(match action(code) {
        Action::Retry => "resource_unavailable_try_again",
        Action::OpenSettings => "permission_denied",
        _ if name.contains("PERMISSION") => "permission_denied",
        _ if device && (name.ends_with("_OCCUPIED") || name.ends_with("_IN_PROGRESS")) => {
            "device_or_resource_busy"
        }
        _ if device && name.ends_with("_DEVICE_EMPTY") => "no_such_device",
        _ if name.contains("INVALID_PARAMETER") || name.ends_with("_INVALID") => "invalid_argument",
        _ => return None,
    })
}

/// `portable_condition(errc)`: a switch over the codes that have a condition.
fn write_conditions(out: &mut String) {
    out.push_str(
        "\n/// The portable std::errc condition of `code` (the rule is the code generator's, from the\n\
         /// catalog's action, category and name: retry → resource_unavailable_try_again, permission →\n\
         /// permission_denied, device busy → device_or_resource_busy, no device → no_such_device,\n\
         /// invalid argument → invalid_argument); std::errc{} (0) when the code has none.\n\
         constexpr std::errc portable_condition(errc code) noexcept {\n    switch (code) {\n",
    );
    for &code in codes() {
        if let Some(condition) = condition(code) {
            let _ = writeln!(
                out,
                "    case errc::{}: return std::errc::{condition};",
                snake(name(code))
            );
        }
    }
    out.push_str("    default: return std::errc{};\n    }\n}\n");
}

/// An enumerator named as the C API names it (`open_settings`), valued `ROOM_ERR_KIND_NAME`.
fn named(name: &str, kind: &str, description: &str) -> Enumerator {
    Enumerator {
        doc: format!("`\"{name}\"`: {description}"),
        name: name.to_owned(),
        value: format!("ROOM_ERR_{kind}_{}", name.to_ascii_uppercase()),
    }
}

/// One sentence on an audience.
fn audience_doc(audience: Audience) -> &'static str {
    match audience {
        Audience::User => "An end user can understand the message and act on it.",
        Audience::Developer => {
            "A programming or configuration error; end users get the generic user_message."
        }
    }
}

/// A generated `enum class` and the array of its enumerators.
struct Enumeration {
    /// The type's name.
    name: &'static str,
    /// The type's doc comment.
    doc: &'static str,
    /// The array's name.
    array: &'static str,
    /// The order of the array, for its doc comment.
    order: &'static str,
    enumerators: Vec<Enumerator>,
    /// Whether to write `NAME_name(NAME)`, the enumerator's name as a string.
    names: bool,
}

/// One enumerator: its doc comment, C++ name and value (a C constant).
struct Enumerator {
    doc: String,
    name: String,
    value: String,
}

impl Enumeration {
    /// Appends the `enum class`, then the array, then the name function if asked for.
    fn write(&self, out: &mut String) {
        let Enumeration {
            name,
            doc,
            array,
            order,
            enumerators,
            names,
        } = self;
        let _ = writeln!(out, "\n/// {doc}\nenum class {name} : std::int32_t {{");
        for e in enumerators {
            let _ = writeln!(out, "    /// {}\n    {} = {},", e.doc, e.name, e.value);
        }
        let _ = writeln!(
            out,
            "}};\n\n/// Every enumerator of `{name}`, in {order}.\n\
             inline constexpr {name} {array}[] = {{"
        );
        for e in enumerators {
            let _ = writeln!(out, "    {name}::{},", e.name);
        }
        out.push_str("};\n");
        if *names {
            let _ = writeln!(
                out,
                "\n/// The name of `value`, the enumerator's own; \"\" for values outside the \
                 enumeration.\n\
                 constexpr std::string_view {name}_name({name} value) noexcept {{\n    \
                 switch (value) {{"
            );
            for e in enumerators {
                let _ = writeln!(out, "    case {name}::{0}: return \"{0}\";", e.name);
            }
            out.push_str("    }\n    return \"\";\n}\n");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conditions_follow_the_metadata() {
        let of = |n: &str| condition(*codes().iter().find(|&&c| name(c) == n).unwrap());
        assert_eq!(
            of("ERR_CHAT_FREQ_LIMIT"),
            Some("resource_unavailable_try_again")
        );
        assert_eq!(
            of("ERR_OPEN_CAMERA_NEED_PERMISSION_FROM_ADMIN"),
            Some("permission_denied")
        );
        assert_eq!(of("ERR_CAMERA_OCCUPIED"), Some("device_or_resource_busy"));
        assert_eq!(of("ERR_CAMERA_DEVICE_EMPTY"), Some("no_such_device"));
        assert_eq!(of("ERR_ROOM_NAME_INVALID"), Some("invalid_argument"));
        assert_eq!(of("ERR_SEAT_LOCKED"), None);
    }
}
