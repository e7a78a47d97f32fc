//! `bindings/kotlin/src/main/kotlin/dev/roomerrors/Catalog.kt`: the Kotlin `RoomErrorCode`,
//! `RoomErrorLanguage`, `RoomErrorCategory`, `RoomErrorAction` and `RoomErrorAudience` enums.
//! Each code constant carries the catalog's non-text facts, so they answer without the native
//! library; the texts come from it through `RoomErrors`.

use std::fmt::Write;

use room_errors_core::{
    action, audience, category, codes, languages, name, retry_after_ms, summary, Action, Audience,
    Category,
};

use crate::names::{c_constant, tag_screaming, GENERATED};

/// The contents of `Catalog.kt`.
pub fn catalog() -> String {
    let mut out = format!("// {GENERATED}\n\npackage dev.roomerrors\n");
    codes_enum(&mut out);
    languages_enum(&mut out);
    categories_enum(&mut out);
    actions_enum(&mut out);
    audiences_enum(&mut out);
    out
}

/// `RoomErrorCode`: one constant per catalog row, named as `room_err_name` spells it.
fn codes_enum(out: &mut String) {
    out.push_str(
        "\n/**\n \
         * Every error code of the catalog this binding was generated from, named as the C library\n \
         * names it ([name] is [RoomErrors.name] of [code]). The properties are the catalog's, so\n \
         * they answer even when the native library did not load; the texts come from [RoomErrors].\n \
         * [RoomErrors] and [RoomException] also accept codes that are not listed here.\n \
         */\n\
         enum class RoomErrorCode(\n    \
         /** The engine's integer error code. */\n    \
         val code: Int,\n    \
         /** What kind of problem it reports. */\n    \
         val category: RoomErrorCategory,\n    \
         /** What its remedy asks the user (or developer) to do. */\n    \
         val action: RoomErrorAction,\n    \
         /** Who its message is for. */\n    \
         val audience: RoomErrorAudience,\n    \
         /** How long to wait before retrying, in milliseconds; 0 where the catalog gives no delay. */\n    \
         val retryAfterMillis: Long\n\
         ) {\n",
    );
    let codes = codes();
    for (i, &code) in codes.iter().enumerate() {
        let end = if i + 1 == codes.len() { ';' } else { ',' };
        let _ = writeln!(
            out,
            "    /** {} (C: `{}`) */\n    {}({code}, RoomErrorCategory.{}, RoomErrorAction.{}, RoomErrorAudience.{}, {}){end}\n",
            kdoc(summary(code, 0)),
            c_constant(name(code)),
            name(code),
            category(code).as_str().to_ascii_uppercase(),
            action(code).as_str().to_ascii_uppercase(),
            audience(code).as_str().to_ascii_uppercase(),
            retry_after_ms(code),
        );
    }
    out.push_str(
        "    /** Whether the remedy is to try again: [action] is [RoomErrorAction.RETRY]. */\n    \
         val isRetryable: Boolean get() = action == RoomErrorAction.RETRY\n\n    \
         /** [RoomErrors.message] of this code. */\n    \
         @JvmOverloads\n    \
         fun message(language: RoomErrorLanguage = RoomErrorLanguage.preferred()): String =\n        \
         RoomErrors.message(code, language)\n\n    \
         /** [RoomErrors.summary] of this code. */\n    \
         @JvmOverloads\n    \
         fun summary(language: RoomErrorLanguage = RoomErrorLanguage.preferred()): String =\n        \
         RoomErrors.summary(code, language)\n\n    \
         /** [RoomErrors.remedy] of this code. */\n    \
         @JvmOverloads\n    \
         fun remedy(language: RoomErrorLanguage = RoomErrorLanguage.preferred()): String =\n        \
         RoomErrors.remedy(code, language)\n\n    \
         /** [RoomErrors.userMessage] of this code. */\n    \
         @JvmOverloads\n    \
         fun userMessage(language: RoomErrorLanguage = RoomErrorLanguage.preferred()): String =\n        \
         RoomErrors.userMessage(code, language)\n\n    \
         companion object {\n        \
         private val byCode: Map<Int, RoomErrorCode> = values().associateBy { it.code }\n\n        \
         /** The constant for [code], or null when this binding does not list the code. */\n        \
         @JvmStatic\n        \
         fun fromCode(code: Int): RoomErrorCode? = byCode[code]\n    \
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
         * The language for one BCP 47 or POSIX locale tag (`\"zh-Hant-TW\"`, `\"zh_TW.UTF-8\"`),\n         \
         * negotiated by the C library (`room_err_lang_from_tag`); null, unsupported or malformed\n         \
         * tags mean [EN].\n         \
         */\n        \
         @JvmStatic\n        \
         fun fromTag(tag: String?): RoomErrorLanguage = RoomErrors.languageFromTag(tag)\n\n        \
         /**\n         \
         * The best language for a preference list as users hold it (`room_err_lang_from_list`): an\n         \
         * HTTP `Accept-Language` value with q-weights, a POSIX `LANGUAGE` list (`zh_TW:ja:en`) or\n         \
         * tags separated by commas or spaces. Null, empty or nothing usable means [EN].\n         \
         */\n        \
         @JvmStatic\n        \
         fun fromList(list: String?): RoomErrorLanguage = RoomErrors.languageFromList(list)\n\n        \
         /**\n         \
         * The first language of [tags] (most preferred first) that the catalog has, as\n         \
         * [fromList] negotiates it; elements that are not a single tag are skipped; none means [EN].\n         \
         */\n        \
         @JvmStatic\n        \
         fun fromTags(tags: List<String>): RoomErrorLanguage = RoomErrors.languageFromTags(tags)\n\n        \
         /**\n         \
         * The language for an Android `LocaleList` (API 24+), such as\n         \
         * `context.resources.configuration.locales` or `LocaleList.getDefault()`, as [fromList]\n         \
         * negotiates its `toLanguageTags()`.\n         \
         */\n        \
         @JvmStatic\n        \
         fun fromLocales(locales: android.os.LocaleList): RoomErrorLanguage =\n            \
         RoomErrors.languageFromList(locales.toLanguageTags())\n\n        \
         /**\n         \
         * The platform's preferred language, the default of every text (an app runtime's rule):\n         \
         * on Android (API 24+) the user's whole locale list (`LocaleList.getDefault()`, as\n         \
         * [fromLocales] negotiates it); elsewhere the display locale, as [fromLocale] reads it.\n         \
         */\n        \
         @JvmStatic\n        \
         fun preferred(): RoomErrorLanguage = RoomErrors.preferredLanguage()\n\n        \
         /**\n         \
         * The language for [locale], from its BCP 47 tag; by default the display locale\n         \
         * (`Locale.getDefault(Locale.Category.DISPLAY)`, or `Locale.getDefault()` where the\n         \
         * platform has no locale categories: Android before API 24).\n         \
         */\n        \
         @JvmStatic\n        \
         @JvmOverloads\n        \
         fun fromLocale(locale: java.util.Locale = RoomErrors.displayLocale()): RoomErrorLanguage =\n            \
         RoomErrors.languageFromLocale(locale)\n    \
         }\n}\n",
    );
}

/// `RoomErrorCategory`: one constant per category, looked up by C id.
fn categories_enum(out: &mut String) {
    out.push_str(
        "\n/** What kind of problem a code reports; [id] is the C id (`ROOM_ERR_CATEGORY_*`). */\n\
         enum class RoomErrorCategory(\n    \
         /** The C id (`ROOM_ERR_CATEGORY_*`). */\n    \
         val id: Int,\n    \
         /** The C name, e.g. `\"seat\"` (`room_err_category`). */\n    \
         val key: String\n\
         ) {\n",
    );
    let last = Category::ALL.len() - 1;
    for (i, category) in Category::ALL.iter().enumerate() {
        let constant = category.as_str().to_ascii_uppercase();
        let _ = writeln!(
            out,
            "    /** `\"{}\"`: {} (C: `ROOM_ERR_CATEGORY_{constant}`) */\n    {constant}({}, \"{}\"){}\n",
            category.as_str(),
            kdoc(category.description()),
            category.id(),
            category.as_str(),
            if i == last { ';' } else { ',' }
        );
    }
    out.push_str(
        "    companion object {\n        \
         private val byId: Map<Int, RoomErrorCategory> = values().associateBy { it.id }\n\n        \
         /** The category with C id [id]; ids this binding does not know mean [UNKNOWN]. */\n        \
         @JvmStatic\n        \
         fun fromId(id: Int): RoomErrorCategory = byId[id] ?: UNKNOWN\n    \
         }\n}\n",
    );
}

/// `RoomErrorAction`: what a remedy asks for, with its button label.
fn actions_enum(out: &mut String) {
    out.push_str(
        "\n/**\n \
         * What the remedy of a code asks for, so that an app can offer the matching button;\n \
         * [id] is the C id (`ROOM_ERR_ACTION_*`).\n \
         */\n\
         enum class RoomErrorAction(\n    \
         /** The C id (`ROOM_ERR_ACTION_*`). */\n    \
         val id: Int,\n    \
         /** The C name, e.g. `\"open_settings\"` (`room_err_action_name`). */\n    \
         val key: String\n\
         ) {\n",
    );
    let last = Action::ALL.len() - 1;
    for (i, action) in Action::ALL.iter().enumerate() {
        let constant = action.as_str().to_ascii_uppercase();
        let _ = writeln!(
            out,
            "    /** `\"{}\"`: {}{} (C: `ROOM_ERR_ACTION_{constant}`) */\n    {constant}({}, \"{}\"){}\n",
            action.as_str(),
            kdoc(action.description()),
            if action.has_label() { "" } else { " No label." },
            action.id(),
            action.as_str(),
            if i == last { ';' } else { ',' }
        );
    }
    out.push_str(
        "    /**\n     \
         * A short button label in [language], such as \"Open Settings\" (`room_err_action_label`);\n     \
         * `\"\"` for [NONE] and [FIX_INTEGRATION], and when the native library did not load.\n     \
         */\n    \
         @JvmOverloads\n    \
         fun label(language: RoomErrorLanguage = RoomErrorLanguage.preferred()): String =\n        \
         RoomErrors.actionLabel(this, language)\n\n    \
         companion object {\n        \
         private val byId: Map<Int, RoomErrorAction> = values().associateBy { it.id }\n\n        \
         /** The action with C id [id]; ids this binding does not know mean [NONE]. */\n        \
         @JvmStatic\n        \
         fun fromId(id: Int): RoomErrorAction = byId[id] ?: NONE\n    \
         }\n}\n",
    );
}

/// `RoomErrorAudience`: who a message is for.
fn audiences_enum(out: &mut String) {
    out.push_str(
        "\n/** Who the message of a code is for; [id] is the C id (`ROOM_ERR_AUDIENCE_*`). */\n\
         enum class RoomErrorAudience(\n    \
         /** The C id (`ROOM_ERR_AUDIENCE_*`). */\n    \
         val id: Int,\n    \
         /** The C name, e.g. `\"user\"` or `\"developer\"`. */\n    \
         val key: String\n\
         ) {\n",
    );
    let docs = [
        "An end user can understand the message and act on it.",
        "A programming or configuration error; end users get a generic [RoomErrors.userMessage]. Unknown codes are developer codes.",
    ];
    for (i, (audience, doc)) in Audience::ALL.iter().zip(docs).enumerate() {
        let constant = audience.as_str().to_ascii_uppercase();
        let _ = writeln!(
            out,
            "    /** `\"{}\"`: {doc} (C: `ROOM_ERR_AUDIENCE_{constant}`) */\n    {constant}({}, \"{}\"){}\n",
            audience.as_str(),
            audience.id(),
            audience.as_str(),
            if i + 1 == Audience::ALL.len() { ';' } else { ',' }
        );
    }
    out.push_str(
        "    companion object {\n        \
         /** The audience with C id [id]; ids this binding does not know mean [DEVELOPER]. */\n        \
         @JvmStatic\n        \
         fun fromId(id: Int): RoomErrorAudience = if (id == USER.id) USER else DEVELOPER\n    \
         }\n}\n",
    );
}

/// Keeps a text from closing the KDoc comment.
fn kdoc(text: &str) -> String {
    text.replace("*/", "* /")
}
