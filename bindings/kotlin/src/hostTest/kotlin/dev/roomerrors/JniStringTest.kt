package dev.roomerrors

import org.junit.Assert.assertEquals
import org.junit.Assert.assertTrue
import org.junit.Assert.fail
import org.junit.Test

/**
 * Every string of the catalog crosses JNI intact. The glue converts through UTF-16 rather than
 * NewStringUTF (whose modified UTF-8 breaks on 4-byte sequences); test_utf16.c checks the
 * conversion byte for byte, this checks what arrives in Java, under -Xcheck:jni.
 */
class JniStringTest {
    @Test
    fun everyMessageIsWellFormedAndCachedFaithfully() {
        var checked = 0
        for (code in Probes.allCodes) {
            for (language in Probes.languages) {
                val message = RoomErrors.message(code, language)
                assertWellFormed("message of $code in ${language.tag}", message)
                assertEquals(RoomErrorsNative.message(code, language.id), message)
                assertEquals(message, RoomErrors.message(code, language))
                checked++
            }
        }
        assertEquals((RoomErrors.codes.size + Probes.unknownCodes.size) * Probes.languages.size, checked)
    }

    @Test
    fun everyNameAndTheVersionAreWellFormed() {
        for (code in RoomErrors.codes) {
            val name = RoomErrors.name(code)
            assertTrue(name, name.matches(Regex("ERR_[A-Z0-9_]+")))
        }
        assertTrue(RoomErrors.version, RoomErrors.version.matches(Regex("[0-9]+\\.[0-9]+\\.[0-9]+")))
    }

    private fun assertWellFormed(what: String, text: String) {
        if (text.length == 0) fail("$what is empty")
        for ((i, c) in text.withIndex()) {
            when {
                c == '\u0000' -> fail("$what has a NUL at $i")
                c == '\uFFFD' -> fail("$what has a replacement character at $i")
                Character.isHighSurrogate(c) ->
                    if (i + 1 >= text.length || !Character.isLowSurrogate(text[i + 1])) fail("$what has a lone surrogate at $i")
                Character.isLowSurrogate(c) ->
                    if (i == 0 || !Character.isHighSurrogate(text[i - 1])) fail("$what has a lone surrogate at $i")
            }
        }
    }
}
