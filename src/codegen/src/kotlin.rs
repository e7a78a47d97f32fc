//! `bindings/kotlin/src/main/kotlin/dev/roomerrors/Catalog.kt`: the Kotlin `RoomErrorCode`,
//! `RoomErrorLanguage` and `RoomErrorCategory` enums.

use std::fmt::Write;

use room_errors_core::{codes, languages, message, name, Category};

use crate::names::{c_constant, screaming, tag_screaming, GENERATED};

/// The contents of `Catalog.kt`.
pub fn catalog() -> String {
    let mut out = format!("// {GENERATED}\n\npackage dev.roomerrors\n");
    codes_enum(&mut out);
    languages_enum(&mut out);
    categories_enum(&mut out);
    out
}

/// `RoomErrorCode`: one constant per catalog row, looked up by value.
fn codes_enum(out: &mut String) {
    out.push_str(
        "\n/**\n \
         * Every error code of the catalog this binding was generated from; [value] is the engine's\n \
         * integer code. [RoomErrors] and [RoomException] also accept codes that are not listed here.\n \
         */\n\
         enum class RoomErrorCode(val value: Int) {\n",
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
        "    /** The message in [language] (by default the language of the default locale). */\n    \
         @JvmOverloads\n    \
         fun message(language: RoomErrorLanguage = RoomErrorLanguage.fromLocale()): String =\n        \
         RoomErrors.message(value, language)\n\n    \
         /** The category of this code. */\n    \
         val category: RoomErrorCategory get() = RoomErrors.category(value)\n\n    \
         /** Whether the documented remedy for this code is to try again. */\n    \
         val isRetryable: Boolean get() = RoomErrors.isRetryable(value)\n\n    \
         companion object {\n        \
         private val byValue: Map<Int, RoomErrorCode> = values().associateBy { it.value }\n\n        \
         /** The constant for [value], or null when this binding does not know the code. */\n        \
         @JvmStatic\n        \
         fun fromValue(value: Int): RoomErrorCode? = byValue[value]\n    \
         }\n}\n",
    );
}

/// `RoomErrorLanguage`: one constant per catalog language, negotiated by the C library.
fn languages_enum(out: &mut String) {
    out.push_str(
        "\n/** The languages of the messages; [id] is the C id (`ROOM_ERR_LANG_*`), [tag] the BCP 47 tag. */\n\
         enum class RoomErrorLanguage(val id: Int, val tag: String) {\n",
    );
    let languages: Vec<_> = languages().collect();
    for (i, language) in languages.iter().enumerate() {
        let end = if i + 1 == languages.len() { ';' } else { ',' };
        let constant = tag_screaming(language.tag);
        let _ = writeln!(
            out,
            "    /** {} (C: `ROOM_ERR_LANG_{constant}`) */\n    {constant}({}, \"{}\"){end}\n",
            language.english_name, language.id, language.tag
        );
    }
    out.push_str(
        "    companion object {\n        \
         /**\n         \
         * The language for a BCP 47 or POSIX locale tag (`\"zh-Hant-TW\"`, `\"zh_TW.UTF-8\"`), negotiated\n         \
         * by the C library; null, unsupported or malformed tags mean [EN].\n         \
         */\n        \
         @JvmStatic\n        \
         fun fromTag(tag: String?): RoomErrorLanguage = LanguageNegotiation.fromTag(tag)\n\n        \
         /** The language for [locale] (by default the default locale), from its BCP 47 tag. */\n        \
         @JvmStatic\n        \
         @JvmOverloads\n        \
         fun fromLocale(locale: java.util.Locale = java.util.Locale.getDefault()): RoomErrorLanguage =\n            \
         LanguageNegotiation.fromLocale(locale)\n    \
         }\n}\n",
    );
}

/// `RoomErrorCategory`: one constant per category, looked up by C id.
fn categories_enum(out: &mut String) {
    out.push_str(
        "\n/** What kind of problem a code reports; [id] is the C id (`ROOM_ERR_CATEGORY_*`). */\n\
         enum class RoomErrorCategory(val id: Int) {\n",
    );
    for (i, category) in Category::ALL.iter().enumerate() {
        let end = if i + 1 == Category::ALL.len() {
            ';'
        } else {
            ','
        };
        let constant = category.as_str().to_ascii_uppercase();
        let _ = writeln!(
            out,
            "    /** `\"{}\"`: {} (C: `ROOM_ERR_CATEGORY_{constant}`) */\n    {constant}({}){end}\n",
            category.as_str(),
            kdoc(category.description()),
            category.id()
        );
    }
    out.push_str(
        "    internal companion object {\n        \
         private val byId: Map<Int, RoomErrorCategory> = values().associateBy { it.id }\n\n        \
         /** The category with C id [id]; ids this binding does not know mean [UNKNOWN]. */\n        \
         fun fromId(id: Int): RoomErrorCategory = byId[id] ?: UNKNOWN\n    \
         }\n}\n",
    );
}

/// Keeps a message from closing the KDoc comment.
fn kdoc(text: &str) -> String {
    text.replace("*/", "* /")
}
