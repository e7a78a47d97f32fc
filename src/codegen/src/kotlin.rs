//! `bindings/kotlin/src/main/kotlin/dev/roomerrors/Catalog.kt`: the Kotlin `RoomErrorCode` and
//! `RoomErrorLanguage` enums.

use std::fmt::Write;

use room_errors_core::{codes, languages, message, name};

use crate::names::{c_constant, screaming, tag_screaming, GENERATED};

/// The contents of `Catalog.kt`.
pub fn catalog() -> String {
    let mut out = format!(
        "// {GENERATED}\n\npackage dev.roomerrors\n\n\
         /** Every error code the library knows; [value] is the engine's integer code. */\n\
         enum class RoomErrorCode(val value: Int) {{\n"
    );
    let codes = codes();
    for (i, &code) in codes.iter().enumerate() {
        let end = if i + 1 == codes.len() { ';' } else { ',' };
        let _ = writeln!(
            out,
            "    /** {} (C: `{}`) */\n    {}({code}){end}\n",
            kdoc(message(code, 0)),
            c_constant(name(code)),
            screaming(name(code))
        );
    }
    out.push_str(
        "    companion object {\n        private val byValue: Map<Int, RoomErrorCode> = values().associateBy { it.value }\n\n        \
         /** The constant for [value], or null when the library does not know the code. */\n        \
         @JvmStatic\n        fun fromValue(value: Int): RoomErrorCode? = byValue[value]\n    }\n}\n\n\
         /** The languages of the messages; [id] is the C id, [tag] the BCP 47 tag. */\n\
         enum class RoomErrorLanguage(val id: Int, val tag: String) {\n",
    );
    let languages: Vec<_> = languages().collect();
    for (i, language) in languages.iter().enumerate() {
        let end = if i + 1 == languages.len() { ';' } else { ',' };
        let _ = writeln!(
            out,
            "    /** {} */\n    {}({}, \"{}\"){end}\n",
            language.english_name,
            tag_screaming(language.tag),
            language.id,
            language.tag
        );
    }
    out.push_str(
        "    companion object {\n        \
         /** The language for a BCP 47 or POSIX locale tag; null, unsupported or malformed tags mean [EN]. */\n        \
         @JvmStatic\n        fun fromTag(tag: String?): RoomErrorLanguage = LanguageNegotiation.fromTag(tag)\n\n        \
         /** The language for [locale] (by default the JVM's default locale). */\n        \
         @JvmStatic\n        @JvmOverloads\n        \
         fun fromLocale(locale: java.util.Locale = java.util.Locale.getDefault()): RoomErrorLanguage =\n            \
         LanguageNegotiation.fromLocale(locale)\n    }\n}\n",
    );
    out
}

/// Keeps a message from closing the KDoc comment.
fn kdoc(text: &str) -> String {
    text.replace("*/", "* /")
}
