package dev.roomerrors

import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertNotNull
import org.junit.Assert.assertSame
import org.junit.Test

/**
 * Without a usable native library every lookup still answers, from the generated constants.
 * kotlin.mk runs this class alone, in JVMs whose library path has no `libroom_errors_jni` or a
 * broken one (a library without JNI_OnLoad, so no native is registered).
 */
class NoNativeLibraryTest {
    @Test
    fun theLibraryReportsWhyItIsMissing() {
        assertFalse(RoomErrors.isNativeLibraryLoaded)
        assertNotNull(RoomErrors.nativeLibraryError)
        assertEquals("", RoomErrors.version)
    }

    @Test
    fun everyLookupAnswersFromTheGeneratedConstants() {
        assertEquals(RoomErrorCode.values().map { it.code }, RoomErrors.codes)
        for (constant in RoomErrorCode.values()) {
            val code = constant.code
            val text = "${constant.name} ($code)"
            assertEquals(constant.name, RoomErrors.name(code))
            assertSame(constant.category, RoomErrors.category(code))
            assertSame(constant.action, RoomErrors.action(code))
            assertSame(constant.audience, RoomErrors.audience(code))
            assertEquals(constant.retryAfterMillis, RoomErrors.retryAfterMillis(code))
            for (language in RoomErrorLanguage.values()) {
                assertEquals(text, RoomErrors.message(code, language))
                assertEquals(text, constant.summary(language))
                assertEquals("", constant.remedy(language))
                assertEquals(text, constant.userMessage(language))
                assertEquals("", constant.action.label(language))
            }
            val e = RoomException(code, RoomErrorLanguage.ZH_HANT)
            assertEquals(text, e.message)  // not doubled
            assertEquals(text, e.localizedMessage)
        }
        assertEquals("UNKNOWN (12345)", RoomErrors.message(12345))
        assertEquals("", RoomErrors.name(12345))
        assertSame(RoomErrorCategory.UNKNOWN, RoomErrors.category(12345))
        assertEquals("UNKNOWN (12345)", RoomException(12345).message)
    }

    @Test
    fun everyNegotiationAnswersEnglish() {
        assertSame(RoomErrorLanguage.EN, RoomErrorLanguage.fromTag("zh-TW"))
        assertSame(RoomErrorLanguage.EN, RoomErrorLanguage.fromList("zh-TW, ja"))
        assertSame(RoomErrorLanguage.EN, RoomErrorLanguage.fromTags(listOf("ko")))
        assertSame(RoomErrorLanguage.EN, RoomErrorLanguage.fromLocale())
    }
}
