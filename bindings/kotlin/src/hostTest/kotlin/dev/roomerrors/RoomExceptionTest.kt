package dev.roomerrors

import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertNull
import org.junit.Assert.assertSame
import org.junit.Assert.assertTrue
import org.junit.Assert.fail
import org.junit.Test

/** [RoomException] for every code, known and unknown, and [RoomException.check]. */
class RoomExceptionTest {
    @Test
    fun carriesTheCodeAndItsLocalizedMessage() {
        for (code in Probes.allCodes) {
            for (language in Probes.languages) {
                val exception = RoomException(code, language)
                assertEquals(code, exception.code)
                assertSame(language, exception.language)
                assertEquals(RoomErrors.message(code, language), exception.message)
                assertSame(RoomErrorCode.fromValue(code), exception.errorCode)
                assertSame(RoomErrors.category(code), exception.category)
                assertEquals(RoomErrors.isRetryable(code), exception.isRetryable)
            }
        }
    }

    @Test
    fun checkThrowsForEveryCodeButSuccess() {
        RoomException.check(0)
        for (code in Probes.allCodes.filter { it != 0 }) {
            try {
                RoomException.check(code)
                fail("check($code) did not throw")
            } catch (e: RoomException) {
                assertEquals(code, e.code)
            }
        }
    }

    @Test
    fun readsLikeKotlin() {
        val language = RoomErrorLanguage.ZH_HANT
        try {
            throw RoomException(RoomErrorCode.FREQ_LIMIT.value, language)
        } catch (e: RoomException) {
            assertSame(RoomErrorCode.FREQ_LIMIT, e.errorCode)
            assertSame(RoomErrorCategory.GENERAL, e.category)
            assertTrue(e.isRetryable)
            assertEquals("請求過於頻繁，請稍後再試。", e.message)
            assertEquals("dev.roomerrors.RoomException: 請求過於頻繁，請稍後再試。", e.toString())
        }
        val unknown = RoomException(Int.MAX_VALUE, RoomErrorLanguage.EN)
        assertNull(unknown.errorCode)
        assertSame(RoomErrorCategory.UNKNOWN, unknown.category)
        assertFalse(unknown.isRetryable)
        assertEquals("Unknown error code.", unknown.message)
    }
}
