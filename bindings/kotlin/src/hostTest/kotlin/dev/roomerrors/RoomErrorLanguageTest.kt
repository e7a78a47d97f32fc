package dev.roomerrors

import org.junit.Assert.assertEquals
import org.junit.Assert.assertNotEquals
import org.junit.Assert.assertSame
import org.junit.Assert.assertTrue
import org.junit.Test
import java.util.Locale

/** [RoomErrorLanguage] against the C negotiation: tags, locales, the default locale, messages. */
class RoomErrorLanguageTest {
    @Test
    fun everyLanguageIsNegotiatedFromItsOwnTagAndLocale() {
        val languages = RoomErrorLanguage.values()
        assertEquals(0, RoomErrorLanguage.EN.id)
        assertEquals(languages.size, languages.map { it.id }.toSet().size)
        assertEquals(languages.size, languages.map { it.tag }.toSet().size)
        for (language in languages) {
            assertSame(language, RoomErrorLanguage.fromTag(language.tag))
            assertSame(language, RoomErrorLanguage.fromLocale(Locale.forLanguageTag(language.tag)))
        }
    }

    @Test
    fun tags() {
        val expected = mapOf(
            null to RoomErrorLanguage.EN,
            "" to RoomErrorLanguage.EN,
            "C" to RoomErrorLanguage.EN,
            "POSIX" to RoomErrorLanguage.EN,
            "en-US" to RoomErrorLanguage.EN,
            "xx-YY" to RoomErrorLanguage.EN,
            "zh" to RoomErrorLanguage.ZH_HANS,
            "zh-CN" to RoomErrorLanguage.ZH_HANS,
            "zh_TW.UTF-8" to RoomErrorLanguage.ZH_HANT,
            "zh-Hant-TW" to RoomErrorLanguage.ZH_HANT,
            "ZH-HK" to RoomErrorLanguage.ZH_HANT,
            "zh-Hans-HK" to RoomErrorLanguage.ZH_HANS,
            "zh-Hänt" to RoomErrorLanguage.ZH_HANS,
            "zh-Hant-\uD83D\uDE00" to RoomErrorLanguage.ZH_HANT,
            // A NUL reaches C inside the tag (modified UTF-8), so "Hant\u0000" is no script subtag.
            "zh-Hant\u0000" to RoomErrorLanguage.ZH_HANS
        )
        for ((tag, language) in expected) {
            assertSame(tag.toString(), language, RoomErrorLanguage.fromTag(tag))
        }
    }

    @Test
    fun locales() {
        val expected = mapOf(
            Locale.TRADITIONAL_CHINESE to RoomErrorLanguage.ZH_HANT,
            Locale("zh", "HK") to RoomErrorLanguage.ZH_HANT,
            Locale("zh", "MO") to RoomErrorLanguage.ZH_HANT,
            Locale.Builder().setLanguage("zh").setScript("Hant").setRegion("CN").build() to RoomErrorLanguage.ZH_HANT,
            Locale.Builder().setLanguage("zh").setScript("Hans").setRegion("TW").build() to RoomErrorLanguage.ZH_HANS,
            Locale.SIMPLIFIED_CHINESE to RoomErrorLanguage.ZH_HANS,
            Locale.CHINESE to RoomErrorLanguage.ZH_HANS,
            Locale("zh", "SG") to RoomErrorLanguage.ZH_HANS,
            Locale.US to RoomErrorLanguage.EN,
            Locale.UK to RoomErrorLanguage.EN,
            Locale.ROOT to RoomErrorLanguage.EN,
            Locale("xx") to RoomErrorLanguage.EN
        )
        for ((locale, language) in expected) {
            assertSame(locale.toLanguageTag(), language, RoomErrorLanguage.fromLocale(locale))
        }
    }

    @Test
    fun theDefaultLocaleChoosesTheLanguage() {
        val saved = Locale.getDefault()
        try {
            for ((locale, language) in listOf(
                Locale.TRADITIONAL_CHINESE to RoomErrorLanguage.ZH_HANT,
                Locale.US to RoomErrorLanguage.EN,
                Locale("zh", "HK") to RoomErrorLanguage.ZH_HANT,
                Locale.SIMPLIFIED_CHINESE to RoomErrorLanguage.ZH_HANS
            )) {
                Locale.setDefault(locale)
                assertSame(language, RoomErrorLanguage.fromLocale())
                assertEquals(RoomErrors.message(-1101, language), RoomErrors.message(-1101))
                assertEquals(RoomErrors.message(-1101, language), RoomErrorCode.CAMERA_NOT_AUTHORIZED.message())
                assertSame(language, RoomException(-1101).language)
            }
        } finally {
            Locale.setDefault(saved)
        }
    }

    @Test
    fun everyLanguageHasItsOwnMessages() {
        assertEquals("未知错误码。", RoomErrors.message(Int.MIN_VALUE, RoomErrorLanguage.ZH_HANS))
        assertEquals("未知的錯誤碼。", RoomErrors.message(Int.MIN_VALUE, RoomErrorLanguage.ZH_HANT))
        assertEquals("操作成功。", RoomErrors.message(0, RoomErrorLanguage.ZH_HANS))
        for (language in RoomErrorLanguage.values()) {
            val messages = RoomErrors.codes.map { RoomErrors.message(it, language) }
            assertTrue(language.tag, messages.all { it.isNotEmpty() })
            if (language != RoomErrorLanguage.EN) {
                assertNotEquals(language.tag, RoomErrors.codes.map { RoomErrors.message(it, RoomErrorLanguage.EN) }, messages)
            }
        }
    }
}
