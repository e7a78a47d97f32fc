//! `bindings/cpp/include/room_errors_catalog.hpp`: the C++ `errc`, `lang` and `category`
//! enumerations, each with an array of its enumerators.

use std::fmt::Write;

use room_errors_core::{codes, languages, message, name, Category};

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
        },
        Enumeration {
            name: "category",
            doc: "What kind of problem a code reports; `unknown` for unknown codes.",
            array: "categories",
            order: "id order",
            enumerators: Category::ALL
                .iter()
                .map(|category| Enumerator {
                    doc: format!("`\"{}\"`: {}", category.as_str(), category.description()),
                    name: category.as_str().to_owned(),
                    value: format!(
                        "ROOM_ERR_CATEGORY_{}",
                        category.as_str().to_ascii_uppercase()
                    ),
                })
                .collect(),
        },
    ];
    let mut out = format!(
        "// {GENERATED}\n// The enumerations of room_errors.hpp; include that header, not this one.\n\
         #ifndef ROOM_ERRORS_CATALOG_HPP\n#define ROOM_ERRORS_CATALOG_HPP\n\n\
         #include <cstdint>\n\n#include \"room_errors.h\"\n\nnamespace room_errors {{\n"
    );
    for enumeration in &enumerations {
        enumeration.write(&mut out);
    }
    out.push_str("\n}  // namespace room_errors\n\n#endif  // ROOM_ERRORS_CATALOG_HPP\n");
    out
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
}

/// One enumerator: its doc comment, C++ name and value (a C constant).
struct Enumerator {
    doc: String,
    name: String,
    value: String,
}

impl Enumeration {
    /// Appends the `enum class`, then the array.
    fn write(&self, out: &mut String) {
        let Enumeration {
            name,
            doc,
            array,
            order,
            enumerators,
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
    }
}
