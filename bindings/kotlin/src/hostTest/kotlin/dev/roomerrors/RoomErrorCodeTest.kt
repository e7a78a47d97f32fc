package dev.roomerrors

import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertNotEquals
import org.junit.Assert.assertNull
import org.junit.Assert.assertSame
import org.junit.Assert.assertTrue
import org.junit.Test

/** Every constant of [RoomErrorCode] and [RoomErrorCategory] against the C library, and unknown codes. */
class RoomErrorCodeTest {
    @Test
    fun theEnumListsExactlyTheLibrarysCodesInCatalogOrder() {
        assertEquals(RoomErrors.codes, RoomErrorCode.values().map { it.value })
        assertEquals(RoomErrors.codes.size, RoomErrors.codes.toSet().size)
    }

    @Test
    fun everyConstantMatchesTheCApi() {
        for (code in RoomErrorCode.values()) {
            val value = code.value
            val cName = if (code == RoomErrorCode.SUCCESS) "ERR_SUCC" else "ERR_" + code.name
            assertSame(code, RoomErrorCode.fromValue(value))
            assertTrue(code.name, RoomErrors.isKnown(value))
            assertEquals(cName, RoomErrorsNative.name(value))
            assertEquals(cName, RoomErrors.name(value))
            val category = RoomErrorCategory.fromId(RoomErrorsNative.categoryId(value))
            assertNotEquals(code.name, RoomErrorCategory.UNKNOWN, category)
            assertSame(category, code.category)
            assertSame(category, RoomErrors.category(value))
            assertEquals(RoomErrorsNative.isRetryable(value), code.isRetryable)
            assertEquals(RoomErrorsNative.isRetryable(value), RoomErrors.isRetryable(value))
            for (language in RoomErrorLanguage.values()) {
                assertEquals(RoomErrorsNative.message(value, language.id), code.message(language))
            }
        }
    }

    @Test
    fun knownExamples() {
        assertEquals(-1101, RoomErrorCode.CAMERA_NOT_AUTHORIZED.value)
        assertSame(RoomErrorCategory.DEVICE, RoomErrorCode.CAMERA_NOT_AUTHORIZED.category)
        assertSame(RoomErrorCategory.SERVER, RoomErrorCode.SERVER_SEAT_LIST_EMPTY.category)
        assertSame(RoomErrorCategory.SEAT, RoomErrors.category(-2343))
        assertTrue(RoomErrorCode.FREQ_LIMIT.isRetryable)
        assertFalse(RoomErrorCode.SEAT_LOCKED.isRetryable)
        assertEquals("ERR_SEAT_LOCKED", RoomErrors.name(-2343))
        assertEquals("The operation succeeded.", RoomErrorCode.SUCCESS.message(RoomErrorLanguage.EN))
    }

    @Test
    fun unknownCodesHaveTheDocumentedFallbacks() {
        val unknownMessages = RoomErrorLanguage.values().associate { it to RoomErrors.message(Int.MIN_VALUE, it) }
        for (value in Probes.unknownCodes) {
            assertNull(RoomErrorCode.fromValue(value))
            assertFalse(RoomErrors.isKnown(value))
            assertEquals("", RoomErrors.name(value))
            assertEquals("", RoomErrorsNative.name(value))
            assertSame(RoomErrorCategory.UNKNOWN, RoomErrors.category(value))
            assertEquals(RoomErrorCategory.UNKNOWN.id, RoomErrorsNative.categoryId(value))
            assertFalse(RoomErrors.isRetryable(value))
            assertFalse(RoomErrorsNative.isRetryable(value))
            for (language in RoomErrorLanguage.values()) {
                assertEquals(unknownMessages[language], RoomErrors.message(value, language))
                assertEquals(unknownMessages[language], RoomErrorsNative.message(value, language.id))
            }
        }
        assertEquals("Unknown error code.", unknownMessages[RoomErrorLanguage.EN])
        for (code in RoomErrorCode.values()) {
            assertNotEquals(unknownMessages[RoomErrorLanguage.EN], code.message(RoomErrorLanguage.EN))
        }
    }

    @Test
    fun everyCategoryIsLookedUpByItsCId() {
        val categories = RoomErrorCategory.values()
        assertEquals(categories.size, categories.map { it.id }.toSet().size)
        for (category in categories) {
            assertSame(category, RoomErrorCategory.fromId(category.id))
        }
        assertSame(RoomErrorCategory.UNKNOWN, RoomErrorCategory.fromId(0))
        assertSame(RoomErrorCategory.UNKNOWN, RoomErrorCategory.fromId(-1))
        assertSame(RoomErrorCategory.UNKNOWN, RoomErrorCategory.fromId(Int.MAX_VALUE))
        val used = RoomErrorCode.values().map { it.category }.toSet()
        assertEquals(categories.filter { it != RoomErrorCategory.UNKNOWN }.toSet(), used)
    }
}
