//! `bindings/cpp/include/room_errors_catalog.hpp`: the C++ `errc` and `lang` enumerations.

use std::fmt::Write;

use room_errors_core::{codes, languages, message, name};

use crate::names::{c_constant, snake, tag_screaming, GENERATED};

/// The contents of `room_errors_catalog.hpp`.
pub fn catalog() -> String {
    let mut out = format!(
        "// {GENERATED}\n// The enumerations of room_errors.hpp; include that header, not this one.\n\
         #ifndef ROOM_ERRORS_CATALOG_HPP\n#define ROOM_ERRORS_CATALOG_HPP\n\n\
         #include <cstdint>\n\n#include \"room_errors.h\"\n\nnamespace room_errors {{\n\n\
         /// Every known error code; the values are the engine's.\nenum class errc : std::int32_t {{\n"
    );
    for &code in codes() {
        let _ = writeln!(
            out,
            "    /// {}\n    {} = {},",
            message(code, 0),
            snake(name(code)),
            c_constant(name(code))
        );
    }
    out.push_str("};\n\n/// The languages of the messages; unknown values mean English.\nenum class lang : std::int32_t {\n");
    for language in languages() {
        let _ = writeln!(
            out,
            "    /// {} (`{}`).\n    {} = ROOM_ERR_LANG_{},",
            language.english_name,
            language.tag,
            language.tag.replace('-', "_").to_ascii_lowercase(),
            tag_screaming(language.tag)
        );
    }
    out.push_str("};\n\n}  // namespace room_errors\n\n#endif  // ROOM_ERRORS_CATALOG_HPP\n");
    out
}
