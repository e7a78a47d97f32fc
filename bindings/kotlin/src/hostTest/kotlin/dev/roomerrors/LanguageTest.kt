package dev.roomerrors

import android.os.LocaleList
import org.junit.Assert.assertEquals
import org.junit.Assert.assertSame
import org.junit.Test
import java.io.File
import java.util.Locale

/** Tags, lists, locales and the default locale, negotiated by the C library. */
class LanguageTest {
    /** tests/lang/cases.tsv: INPUT<TAB>EXPECTED TAG. */
    private val cases: List<Pair<String, String>> = File(System.getProperty("roomerrors.langCases")).readLines()
        .filter { it.isNotEmpty() && !it.startsWith("#") }
        .map { it.split('\t').let { (input, expected) -> input to expected } }

    private fun byTag(tag: String): RoomErrorLanguage = RoomErrorLanguage.values().single { it.tag == tag }

    @Test
    fun theSharedCases() {
        var tags = 0
        for ((input, expected) in cases) {
            assertSame(input, byTag(expected), RoomErrorLanguage.fromList(input))
            if (input.none { it in ",:; \t" }) {
                assertSame(input, byTag(expected), RoomErrorLanguage.fromTag(input))
                assertSame(input, byTag(expected), RoomErrorLanguage.fromTags(listOf(input)))
                tags++
            }
        }
        assert(tags > 0 && tags < cases.size)
    }

    @Test
    fun theVectorsTagsAndLists() {
        for (row in Vectors.read("tags")) {
            val input = row.getValue("input")  // an embedded NUL ends the tag, as in C
            Vectors.check(row["expected"], RoomErrorLanguage.fromTag(input).tag, "tag $input")
        }
        for (row in Vectors.read("lists")) {
            val input = row.getValue("input")
            Vectors.check(row["expected"], RoomErrorLanguage.fromList(input).tag, "list $input")
        }
        for (row in Vectors.read("langs")) {
            val id = row.getValue("id").toInt()
            RoomErrorLanguage.values().firstOrNull { it.id == id }?.let { Vectors.check(row["tag"], it.tag, id) }
        }
    }

    @Test
    fun everyLanguageFromItsOwnTagLocaleAndList() {
        for (language in RoomErrorLanguage.values()) {
            assertSame(language, RoomErrorLanguage.fromTag(language.tag))
            assertSame(language, RoomErrorLanguage.fromLocale(Locale.forLanguageTag(language.tag)))
            assertSame(language, RoomErrorLanguage.fromTags(listOf("fr-FR", language.tag)))
            assertSame(language, RoomErrorLanguage.fromLocales(LocaleList(Locale.FRANCE, Locale.forLanguageTag(language.tag))))
        }
    }

    @Test
    fun listsPickTheFirstLanguageTheCatalogHas() {
        assertSame(RoomErrorLanguage.ZH_HANT, RoomErrorLanguage.fromLocales(LocaleList(Locale.FRANCE, Locale.TAIWAN)))
        assertSame(RoomErrorLanguage.ZH_HANT, RoomErrorLanguage.fromTags(listOf("fr-FR", "zh-TW")))
        assertSame(RoomErrorLanguage.EN, RoomErrorLanguage.fromTags(listOf("fr-FR", "en-GB", "zh-TW")))
        assertSame(RoomErrorLanguage.EN, RoomErrorLanguage.fromTags(emptyList()))
        assertSame(RoomErrorLanguage.EN, RoomErrorLanguage.fromLocales(LocaleList()))
        assertSame(RoomErrorLanguage.EN, RoomErrorLanguage.fromList(null))
        assertSame(RoomErrorLanguage.EN, RoomErrorLanguage.fromList(""))
        assertSame(RoomErrorLanguage.EN, RoomErrorLanguage.fromTag(null))
        // An element is one tag: it cannot bring its own weights or entries.
        assertSame(RoomErrorLanguage.JA, RoomErrorLanguage.fromTags(listOf("zh-TW;q=0", "ja")))
        assertSame(RoomErrorLanguage.JA, RoomErrorLanguage.fromTags(listOf("fr, zh-TW", "", "ja")))
        assertSame(RoomErrorLanguage.ZH_HANT, RoomErrorLanguage.fromList("fr-CH, fr;q=0.9, zh-TW;q=0.8, *;q=0.5"))
        assertSame(RoomErrorLanguage.ZH_HANT, RoomErrorLanguage.fromList("zh_TW:ja:en"))
        // Non-ASCII reaches C as UTF-8; a NUL ends the string, as in C.
        assertSame(RoomErrorLanguage.ZH_HANT, RoomErrorLanguage.fromTag("zh-TW\u0000ja"))
        assertSame(RoomErrorLanguage.ZH_HANT, RoomErrorLanguage.fromList("zh-TW\u0000ja"))
        assertSame(RoomErrorLanguage.EN, RoomErrorLanguage.fromList("\uD83D\uDE00, ذ"))
        assertSame(RoomErrorLanguage.KO, RoomErrorLanguage.fromList("x".repeat(1 shl 20) + ", ko"))
    }

    @Test
    fun theDefaultIsTheJvmsPreferredLocale() {
        val display = Locale.getDefault(Locale.Category.DISPLAY)
        val format = Locale.getDefault(Locale.Category.FORMAT)
        try {
            Locale.setDefault(Locale.Category.FORMAT, Locale.JAPAN)
            for ((locale, language) in listOf(
                Locale.TAIWAN to RoomErrorLanguage.ZH_HANT,
                Locale.US to RoomErrorLanguage.EN,
                Locale.KOREA to RoomErrorLanguage.KO,
                Locale.SIMPLIFIED_CHINESE to RoomErrorLanguage.ZH_HANS
            )) {
                Locale.setDefault(Locale.Category.DISPLAY, locale)
                assertSame(language, RoomErrorLanguage.fromLocale())
                assertSame(language, RoomErrorLanguage.preferred())
                assertEquals(RoomErrors.message(-1101, language), RoomErrors.message(-1101))
                assertEquals(RoomErrors.summary(-1101, language), RoomErrorCode.ERR_CAMERA_NOT_AUTHORIZED.summary())
                assertEquals(RoomErrorAction.OPEN_SETTINGS.label(language), RoomErrorAction.OPEN_SETTINGS.label())
                assertSame(language, RoomException(-1101).language)
            }
        } finally {
            Locale.setDefault(Locale.Category.DISPLAY, display)
            Locale.setDefault(Locale.Category.FORMAT, format)
        }
    }
}
