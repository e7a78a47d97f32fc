package dev.roomerrors

import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertNull
import org.junit.Assert.assertSame
import org.junit.Assert.assertTrue
import org.junit.Test

/** Every code × every language, every enum constant and every action against the C library. */
class CatalogTest {
    private val languages = RoomErrorLanguage.values().toList()

    @Test
    fun theNativeLibraryLoaded() {
        assertTrue(RoomErrors.isNativeLibraryLoaded)
        assertNull(RoomErrors.nativeLibraryError)
        assertEquals(Oracle.version, RoomErrors.version)
    }

    @Test
    fun theEnumsListExactlyTheLibrarysCodesAndLanguages() {
        assertEquals(Oracle.knownCodes, RoomErrors.codes)
        assertEquals(Oracle.knownCodes, RoomErrorCode.values().map { it.code })
        assertEquals(Oracle.languageTags, languages.sortedBy { it.id }.map { it.tag })
        assertEquals(languages.indices.toList(), languages.map { it.id }.sorted())
    }

    @Test
    fun everyTextOfEveryCodeInEveryLanguage() {
        var checked = 0
        for (code in Oracle.allCodes) {
            val constant = RoomErrorCode.fromCode(code)
            for (language in languages) {
                val message = Oracle.text("message", code, language)
                assertEquals(message, RoomErrors.message(code, language))
                assertEquals(Oracle.text("summary", code, language), RoomErrors.summary(code, language))
                assertEquals(Oracle.text("remedy", code, language), RoomErrors.remedy(code, language))
                assertEquals(Oracle.text("user_message", code, language), RoomErrors.userMessage(code, language))
                if (constant != null) {
                    assertEquals(message, constant.message(language))
                    assertEquals(Oracle.text("summary", code, language), constant.summary(language))
                    assertEquals(Oracle.text("remedy", code, language), constant.remedy(language))
                    assertEquals(Oracle.text("user_message", code, language), constant.userMessage(language))
                }
                checked++
            }
        }
        assertEquals(Oracle.allCodes.size * languages.size, checked)
    }

    @Test
    fun everyFactOfEveryCode() {
        for (code in Oracle.allCodes) {
            val known = Oracle.fact("is_known", code) == "1"
            assertEquals(known, RoomErrors.isKnown(code))
            assertEquals(Oracle.fact("name", code), RoomErrors.name(code))
            assertSame(RoomErrorCategory.fromId(Oracle.fact("category", code).toInt()), RoomErrors.category(code))
            assertSame(RoomErrorAction.fromId(Oracle.fact("action", code).toInt()), RoomErrors.action(code))
            assertSame(RoomErrorAudience.fromId(Oracle.fact("audience", code).toInt()), RoomErrors.audience(code))
            assertEquals(Oracle.fact("retry_after_ms", code).toLong(), RoomErrors.retryAfterMillis(code))
            assertEquals(RoomErrors.action(code) == RoomErrorAction.RETRY, RoomErrors.isRetryable(code))
            val constant = RoomErrorCode.fromCode(code)
            assertEquals(known, constant != null)
            if (constant != null) {
                assertEquals(RoomErrors.name(code), constant.name)
                assertSame(RoomErrors.category(code), constant.category)
                assertSame(RoomErrors.action(code), constant.action)
                assertSame(RoomErrors.audience(code), constant.audience)
                assertEquals(RoomErrors.retryAfterMillis(code), constant.retryAfterMillis)
                assertEquals(RoomErrors.isRetryable(code), constant.isRetryable)
            }
        }
    }

    @Test
    fun unknownCodesHaveTheDocumentedAnswers() {
        for (code in Oracle.unknownCodes) {
            assertEquals("", RoomErrors.name(code))
            assertSame(RoomErrorCategory.UNKNOWN, RoomErrors.category(code))
            assertSame(RoomErrorAction.NONE, RoomErrors.action(code))
            assertSame(RoomErrorAudience.DEVELOPER, RoomErrors.audience(code))
            assertEquals(0L, RoomErrors.retryAfterMillis(code))
            assertFalse(RoomErrors.isRetryable(code))
        }
    }

    @Test
    fun everyActionHasTheLibrarysLabelInEveryLanguage() {
        for (action in RoomErrorAction.values()) {
            assertSame(action, RoomErrorAction.fromId(action.id))
            for (language in languages) {
                assertEquals(Oracle.label(action.id, language), action.label(language))
            }
        }
        for (id in Oracle.actionIds.filter { id -> RoomErrorAction.values().none { it.id == id } }) {
            assertSame(RoomErrorAction.NONE, RoomErrorAction.fromId(id))
            assertEquals(Oracle.label(id, RoomErrorLanguage.EN), RoomErrorAction.NONE.label(RoomErrorLanguage.EN))
        }
        assertEquals("", RoomErrorAction.NONE.label(RoomErrorLanguage.EN))
        assertEquals("", RoomErrorAction.FIX_INTEGRATION.label(RoomErrorLanguage.EN))
    }

    @Test
    fun idLookupsOfTheSmallEnums() {
        for (category in RoomErrorCategory.values()) assertSame(category, RoomErrorCategory.fromId(category.id))
        for (audience in RoomErrorAudience.values()) assertSame(audience, RoomErrorAudience.fromId(audience.id))
        for (id in listOf(-1, 99, Int.MIN_VALUE, Int.MAX_VALUE)) {
            assertSame(RoomErrorCategory.UNKNOWN, RoomErrorCategory.fromId(id))
            assertSame(RoomErrorAction.NONE, RoomErrorAction.fromId(id))
            assertSame(RoomErrorAudience.DEVELOPER, RoomErrorAudience.fromId(id))
        }
    }
}
