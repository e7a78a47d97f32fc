package dev.roomerrors

import org.junit.Assert.assertEquals
import org.junit.Assert.assertNull
import org.junit.Assert.assertSame
import org.junit.Assert.fail
import org.junit.Test

/** [RoomException] as Android developers read it: English message with name and code, localized text apart. */
class RoomExceptionTest {
    @Test
    fun everyCodeInEveryLanguage() {
        for (code in Vectors.allCodes) {
            val name = Vectors.fact("name", code)
            val english = "${if (name == "") "UNKNOWN" else name} ($code): ${Vectors.text("message", code, RoomErrorLanguage.EN)}"
            for (language in RoomErrorLanguage.values()) {
                val e = RoomException(code, language)
                assertEquals(code, e.code)
                assertSame(language, e.language)
                assertEquals(name, e.name)
                assertEquals(english, e.message)
                assertEquals("dev.roomerrors.RoomException: $english", e.toString())
                assertEquals(Vectors.text("message", code, language), e.localizedMessage)
                assertEquals(Vectors.text("summary", code, language), e.summary)
                assertEquals(Vectors.text("remedy", code, language), e.remedy)
                assertEquals(Vectors.text("user_message", code, language), e.userMessage)
                assertSame(RoomErrorCode.fromCode(code), e.errorCode)
                assertSame(RoomErrors.category(code), e.category)
                assertSame(RoomErrors.action(code), e.action)
                assertSame(RoomErrors.audience(code), e.audience)
                assertEquals(RoomErrors.retryAfterMillis(code), e.retryAfterMillis)
                assertEquals(RoomErrors.isRetryable(code), e.isRetryable)
            }
        }
    }

    @Test
    fun theIssuesExample() {
        val e = RoomException(-2343, RoomErrorLanguage.ZH_HANS)
        assertEquals("ERR_SEAT_LOCKED (-2343): " + RoomErrors.message(-2343, RoomErrorLanguage.EN), e.message)
        assertEquals(RoomErrors.message(-2343, RoomErrorLanguage.ZH_HANS), e.localizedMessage)
        assertSame(RoomErrorCode.ERR_SEAT_LOCKED, e.errorCode)
        assertNull(RoomException(Int.MAX_VALUE).errorCode)
    }

    @Test
    fun checkThrowsForEveryCodeButSuccess() {
        RoomException.check(0)
        for (code in Vectors.allCodes.filter { it != 0 }) {
            try {
                RoomException.check(code)
                fail("check($code) did not throw")
            } catch (e: RoomException) {
                assertEquals(code, e.code)
            }
        }
    }
}
