package dev.roomerrors

import java.util.Locale

/** Locale tags to [RoomErrorLanguage], negotiated by the C library (`room_err_lang_from_tag`). */
internal object LanguageNegotiation {
    private val byId: Map<Int, RoomErrorLanguage> = RoomErrorLanguage.values().associateBy { it.id }

    /** A locale and its language: the last answer of [fromLocale], as the default locale rarely changes. */
    private class Negotiated(val locale: Locale, val language: RoomErrorLanguage)

    @Volatile
    private var last: Negotiated? = null

    /** The language for [tag]; a language newer than this binding means [RoomErrorLanguage.EN]. */
    fun fromTag(tag: String?): RoomErrorLanguage =
        byId[RoomErrorsNative.languageFromTag(tag)] ?: RoomErrorLanguage.EN

    /** The language for [locale], from its BCP 47 tag (`zh-TW`, `zh-Hant-HK`, `en-US`). */
    fun fromLocale(locale: Locale): RoomErrorLanguage {
        val last = last
        if (last != null && last.locale == locale) {
            return last.language
        }
        val language = fromTag(locale.toLanguageTag())
        this.last = Negotiated(locale, language)
        return language
    }
}
