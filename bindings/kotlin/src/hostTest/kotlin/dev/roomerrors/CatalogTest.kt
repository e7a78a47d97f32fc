package dev.roomerrors

import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertNull
import org.junit.Assert.assertSame
import org.junit.Assert.assertTrue
import org.junit.Test

/** Every code × every language, every enum constant and every action against the conformance vectors. */
class CatalogTest {
    private val languages = RoomErrorLanguage.values().toList()

    @Test
    fun theNativeLibraryLoaded() {
        assertTrue(RoomErrors.isNativeLibraryLoaded)
        assertNull(RoomErrors.nativeLibraryError)
        assertEquals(System.getProperty("roomerrors.version"), RoomErrors.version)
    }

    @Test
    fun theEnumsListExactlyTheLibrarysCodesAndLanguages() {
        assertEquals(Vectors.knownCodes, RoomErrors.codes)
        assertEquals(Vectors.knownCodes, RoomErrorCode.values().map { it.code })
        assertEquals(Vectors.languageTags, languages.sortedBy { it.id }.map { it.tag })
        assertEquals(languages.indices.toList(), languages.map { it.id }.sorted())
    }

    @Test
    fun everyTextOfEveryCodeInEveryLanguage() {
        var checked = 0
        for (code in Vectors.allCodes) {
            val constant = RoomErrorCode.fromCode(code)
            for (language in languages) {
                val context = "$code ${language.tag}"
                val message = Vectors.text("message", code, language)
                Vectors.check(message, RoomErrors.message(code, language), context)
                Vectors.check(Vectors.text("summary", code, language), RoomErrors.summary(code, language), context)
                Vectors.check(Vectors.text("remedy", code, language), RoomErrors.remedy(code, language), context)
                Vectors.check(Vectors.text("user_message", code, language), RoomErrors.userMessage(code, language), context)
                if (constant != null) {
                    Vectors.check(message, constant.message(language), context)
                    Vectors.check(Vectors.text("summary", code, language), constant.summary(language), context)
                    Vectors.check(Vectors.text("remedy", code, language), constant.remedy(language), context)
                    Vectors.check(Vectors.text("user_message", code, language), constant.userMessage(language), context)
                }
                checked++
            }
        }
        assertEquals(Vectors.allCodes.size * languages.size, checked)
    }

    @Test
    fun everyFactOfEveryCode() {
        for (code in Vectors.allCodes) {
            val known = Vectors.fact("known", code) == "1"
            Vectors.check(known, RoomErrors.isKnown(code), code)
            Vectors.check(Vectors.fact("name", code), RoomErrors.name(code), code)
            Vectors.check(Vectors.fact("category_id", code).toInt(), RoomErrors.category(code).id, code)
            Vectors.check(Vectors.fact("category", code), RoomErrors.category(code).key, code)
            Vectors.check(Vectors.fact("action_id", code).toInt(), RoomErrors.action(code).id, code)
            Vectors.check(Vectors.fact("action", code), RoomErrors.action(code).key, code)
            Vectors.check(Vectors.fact("audience_id", code).toInt(), RoomErrors.audience(code).id, code)
            Vectors.check(Vectors.fact("audience", code), RoomErrors.audience(code).key, code)
            Vectors.check(Vectors.fact("retry_after_ms", code).toLong(), RoomErrors.retryAfterMillis(code), code)
            Vectors.check(Vectors.fact("retryable", code) == "1", RoomErrors.isRetryable(code), code)
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
        for (code in Vectors.unknownCodes) {
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
                Vectors.check(Vectors.label(action.id, language), action.label(language), "${action.key} ${language.tag}")
            }
        }
        assertEquals(Vectors.knownActionIds, RoomErrorAction.values().map { it.id })
        for (action in RoomErrorAction.values()) Vectors.check(Vectors.actionName(action.id), action.key, action)
        for (id in Vectors.actionIds.filter { id -> RoomErrorAction.values().none { it.id == id } }) {
            assertSame(RoomErrorAction.NONE, RoomErrorAction.fromId(id))
            Vectors.check(Vectors.label(id, RoomErrorLanguage.EN), RoomErrorAction.NONE.label(RoomErrorLanguage.EN), id)
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
