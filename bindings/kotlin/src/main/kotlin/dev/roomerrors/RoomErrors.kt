package dev.roomerrors

import java.util.Arrays
import java.util.Collections
import java.util.concurrent.atomic.AtomicReferenceArray

/**
 * Messages, categories and names of room-engine error codes, from the native library.
 *
 * Any Int is a valid code: an unknown code gets the localized unknown-error message, category
 * [RoomErrorCategory.UNKNOWN] and name `""`, and is not retryable. Thread-safe. Each string crosses
 * JNI once and is cached: names and categories when this object loads, messages on first use.
 */
object RoomErrors {
    /** Slots of a message cache, indexed by [RoomErrorLanguage.id]. */
    private val languageSlots = RoomErrorLanguage.values().fold(0) { n, language -> maxOf(n, language.id + 1) }

    /** What the library says about one known code; [messages] fills in on first use. */
    private class Known(code: Int, languageSlots: Int) {
        val name: String = RoomErrorsNative.name(code)
        val category: RoomErrorCategory = RoomErrorCategory.fromId(RoomErrorsNative.categoryId(code))
        val isRetryable: Boolean = RoomErrorsNative.isRetryable(code)
        val messages = AtomicReferenceArray<String>(languageSlots)
    }

    /** Every known code, in catalog order. */
    private val catalogCodes: IntArray = RoomErrorsNative.codes()

    /** Every known code, ascending for binary search, and what each means, in the same order. */
    private val sortedCodes: IntArray = catalogCodes.copyOf().apply { sort() }
    private val sortedKnown: Array<Known> = Array(sortedCodes.size) { Known(sortedCodes[it], languageSlots) }

    /** The messages of every unknown code (they are all the same). */
    private val unknownMessages = AtomicReferenceArray<String>(languageSlots)

    /** Every code the native library knows, in catalog order (possibly codes newer than [RoomErrorCode]). */
    @JvmStatic
    val codes: List<Int> = Collections.unmodifiableList(catalogCodes.toList())

    /** The native library's version, `"MAJOR.MINOR.PATCH"`. */
    @JvmStatic
    val version: String = RoomErrorsNative.version()

    /** The message for [code] in [language] (by default the language of the default locale). */
    @JvmStatic
    @JvmOverloads
    fun message(code: Int, language: RoomErrorLanguage = RoomErrorLanguage.fromLocale()): String {
        val cache = known(code)?.messages ?: unknownMessages
        val cached = cache.get(language.id)
        if (cached != null) {
            return cached
        }
        val message = RoomErrorsNative.message(code, language.id)
        cache.set(language.id, message)
        return message
    }

    /** The category of [code]; [RoomErrorCategory.UNKNOWN] for unknown codes. */
    @JvmStatic
    fun category(code: Int): RoomErrorCategory = known(code)?.category ?: RoomErrorCategory.UNKNOWN

    /** The symbolic name of [code], e.g. `"ERR_CAMERA_START_FAILED"`; `""` for unknown codes. */
    @JvmStatic
    fun name(code: Int): String = known(code)?.name ?: ""

    /** Whether the native library knows [code]. */
    @JvmStatic
    fun isKnown(code: Int): Boolean = known(code) != null

    /** Whether the documented remedy for [code] is to try again (false for unknown codes). */
    @JvmStatic
    fun isRetryable(code: Int): Boolean = known(code)?.isRetryable ?: false

    /** What the library says about [code], or null if it does not know the code. */
    private fun known(code: Int): Known? {
        val index = Arrays.binarySearch(sortedCodes, code)
        return if (index >= 0) sortedKnown[index] else null
    }
}
