package dev.roomerrors

import java.util.Collections
import java.util.Locale

/**
 * What the room-engine error codes mean: texts in every catalog language, names, categories and
 * advice, from the native library `libroom_errors_jni`.
 *
 * Any Int is a valid code: an unknown code gets the localized unknown-error texts, name `""`,
 * category [RoomErrorCategory.UNKNOWN], action [RoomErrorAction.NONE] and audience
 * [RoomErrorAudience.DEVELOPER]. No function returns null or throws.
 *
 * If the native library is missing or broken ([isNativeLibraryLoaded] is false), every lookup
 * still answers from the generated [RoomErrorCode] constants: names, categories, actions,
 * audiences and retry delays as usual, each text is `"<NAME> (<code>)"` (`"UNKNOWN (<code>)"` for
 * codes this binding does not list; remedies and action labels `""`), and every language
 * negotiation answers [RoomErrorLanguage.EN].
 *
 * Thread-safe and lock-free: each string crosses JNI once, the first time a text kind is asked
 * for in a language, and is then read from an array.
 */
object RoomErrors {
    /** The characters of a tag [languageFromTags] passes on (BCP 47 and POSIX spellings). */
    private val TAG_CHARACTERS: Set<Char> = (('a'..'z') + ('A'..'Z') + ('0'..'9') + listOf('-', '_', '.', '@')).toSet()

    /** The languages by C id (ids are 0, 1, 2, … in catalog order). */
    private val LANGUAGES: Array<RoomErrorLanguage> =
        RoomErrorLanguage.values().let { all -> Array(all.size) { id -> all.first { it.id == id } } }

    /** Why the native library could not be used, or null when it loaded. */
    @JvmStatic
    val nativeLibraryError: Throwable? = loadNativeLibrary()

    /** Whether `libroom_errors_jni` loaded and answers; if not, see [nativeLibraryError]. */
    @JvmStatic
    val isNativeLibraryLoaded: Boolean = nativeLibraryError == null

    private val rows: Rows = if (isNativeLibraryLoaded) nativeRows() else enumRows()
    private val texts: Texts? = if (isNativeLibraryLoaded) Texts(rows, LANGUAGES.size) else null

    /** Every code the native library knows, in catalog order (without it: every [RoomErrorCode]). */
    @JvmStatic
    val codes: List<Int> = Collections.unmodifiableList(rows.codes.toList())

    /** The native library's version, `"MAJOR.MINOR.PATCH"`; `""` when it did not load. */
    @JvmStatic
    val version: String = if (isNativeLibraryLoaded) RoomErrorsNative.string(RoomErrorsNative.TEXT_VERSION, 0, 0) else ""

    /** The message for [code]: its summary, then its remedy (by default in [RoomErrorLanguage.preferred]). */
    @JvmStatic
    @JvmOverloads
    fun message(code: Int, language: RoomErrorLanguage = RoomErrorLanguage.preferred()): String =
        texts?.get(RoomErrorsNative.TEXT_MESSAGE, code, language) ?: fallback(code)

    /** What happened, one sentence: the first part of [message]. */
    @JvmStatic
    @JvmOverloads
    fun summary(code: Int, language: RoomErrorLanguage = RoomErrorLanguage.preferred()): String =
        texts?.get(RoomErrorsNative.TEXT_SUMMARY, code, language) ?: fallback(code)

    /** What to do, one sentence: the rest of [message]; `""` when the code has no remedy. */
    @JvmStatic
    @JvmOverloads
    fun remedy(code: Int, language: RoomErrorLanguage = RoomErrorLanguage.preferred()): String =
        texts?.get(RoomErrorsNative.TEXT_REMEDY, code, language) ?: ""

    /**
     * The message an end user may read: [message] for [RoomErrorAudience.USER] codes, one generic
     * localized "could not be completed, try again later" text for developer and unknown codes.
     */
    @JvmStatic
    @JvmOverloads
    fun userMessage(code: Int, language: RoomErrorLanguage = RoomErrorLanguage.preferred()): String =
        texts?.get(RoomErrorsNative.TEXT_USER_MESSAGE, code, language) ?: fallback(code)

    /** The symbolic name of [code], e.g. `"ERR_SEAT_LOCKED"`; `""` for unknown codes. */
    @JvmStatic
    fun name(code: Int): String = rows.index(code).let { if (it < 0) "" else rows.names[it] }

    /** The category of [code]; [RoomErrorCategory.UNKNOWN] for unknown codes. */
    @JvmStatic
    fun category(code: Int): RoomErrorCategory =
        rows.index(code).let { if (it < 0) RoomErrorCategory.UNKNOWN else rows.categories[it] }

    /** What the remedy of [code] asks for; [RoomErrorAction.NONE] for unknown codes. */
    @JvmStatic
    fun action(code: Int): RoomErrorAction =
        rows.index(code).let { if (it < 0) RoomErrorAction.NONE else rows.actions[it] }

    /** Who the message of [code] is for; [RoomErrorAudience.DEVELOPER] for unknown codes. */
    @JvmStatic
    fun audience(code: Int): RoomErrorAudience =
        rows.index(code).let { if (it < 0) RoomErrorAudience.DEVELOPER else rows.audiences[it] }

    /** How long to wait before retrying [code], in milliseconds; 0 where the catalog gives no delay. */
    @JvmStatic
    fun retryAfterMillis(code: Int): Long = rows.index(code).let { if (it < 0) 0L else rows.retryAfterMillis[it] }

    /** Whether [code] is known. */
    @JvmStatic
    fun isKnown(code: Int): Boolean = rows.index(code) >= 0

    /** Whether the remedy for [code] is to try again: [action] is [RoomErrorAction.RETRY]. */
    @JvmStatic
    fun isRetryable(code: Int): Boolean = action(code) == RoomErrorAction.RETRY

    /** [RoomErrorAction.label]. */
    @JvmSynthetic
    internal fun actionLabel(action: RoomErrorAction, language: RoomErrorLanguage): String =
        texts?.label(action, language) ?: ""

    /** [RoomErrorLanguage.fromTag]. */
    @JvmSynthetic
    internal fun languageFromTag(tag: String?): RoomErrorLanguage = negotiate(false, tag)

    /** [RoomErrorLanguage.fromList]. */
    @JvmSynthetic
    internal fun languageFromList(list: String?): RoomErrorLanguage = negotiate(true, list)

    /** [RoomErrorLanguage.fromTags]: one tag per element, so an element cannot add weights or entries. */
    @JvmSynthetic
    internal fun languageFromTags(tags: List<String>): RoomErrorLanguage =
        negotiate(true, tags.filter { tag -> tag.isNotEmpty() && tag.all { it in TAG_CHARACTERS } }.joinToString(","))

    /** The last answer of [languageFromLocale]: the default locale rarely changes. */
    private class Negotiated(val locale: Locale, val language: RoomErrorLanguage)

    @Volatile
    private var lastNegotiated: Negotiated? = null

    /** [RoomErrorLanguage.fromLocale]. */
    @JvmSynthetic
    internal fun languageFromLocale(locale: Locale): RoomErrorLanguage {
        val last = lastNegotiated
        if (last != null && last.locale == locale) {
            return last.language
        }
        val language = languageFromTag(locale.toLanguageTag())
        lastNegotiated = Negotiated(locale, language)
        return language
    }

    /** The last answer of [preferredLanguage] on Android: its locale list, and the language. */
    private class Preferred(val locales: Any, val language: RoomErrorLanguage)

    @Volatile
    private var lastPreferred: Preferred? = null

    /** Whether this is Android with `LocaleList` (API 24+). */
    private val hasLocaleList: Boolean = System.getProperty("java.specification.vendor") == "The Android Project" &&
        try {
            android.os.LocaleList.getDefault()
            true
        } catch (e: LinkageError) { // Android before API 24
            false
        }

    /** [RoomErrorLanguage.preferred]. */
    @JvmSynthetic
    internal fun preferredLanguage(): RoomErrorLanguage {
        if (!hasLocaleList) {
            return languageFromLocale(displayLocale())
        }
        val locales = android.os.LocaleList.getDefault()
        val last = lastPreferred
        if (last != null && last.locales == locales) {
            return last.language
        }
        val language = languageFromList(locales.toLanguageTags())
        lastPreferred = Preferred(locales, language)
        return language
    }

    /** The default locale for texts: the display locale where the platform has categories. */
    @JvmSynthetic
    internal fun displayLocale(): Locale =
        if (hasLocaleCategories) Locale.getDefault(Locale.Category.DISPLAY) else Locale.getDefault()

    private val hasLocaleCategories: Boolean = try {
        Locale.getDefault(Locale.Category.DISPLAY)
        true
    } catch (e: LinkageError) { // Android before API 24
        false
    }

    private fun negotiate(list: Boolean, text: String?): RoomErrorLanguage {
        if (!isNativeLibraryLoaded) {
            return RoomErrorLanguage.EN
        }
        // A NUL inside the text ends it in C, as in every binding ("zh-TW\u0000ja" is zh-TW).
        val bytes = text?.let { (it + "\u0000").toByteArray(Charsets.UTF_8) }
        return LANGUAGES.getOrNull(RoomErrorsNative.language(list, bytes)) ?: RoomErrorLanguage.EN
    }

    /** Every code the native library knows, with its facts. */
    private fun nativeRows(): Rows {
        val codes = RoomErrorsNative.codes()
        return Rows(
            codes,
            Array(codes.size) { RoomErrorsNative.string(RoomErrorsNative.TEXT_NAME, codes[it], 0) },
            Array(codes.size) { RoomErrorCategory.fromId(RoomErrorsNative.number(RoomErrorsNative.NUMBER_CATEGORY, codes[it]).toInt()) },
            Array(codes.size) { RoomErrorAction.fromId(RoomErrorsNative.number(RoomErrorsNative.NUMBER_ACTION, codes[it]).toInt()) },
            Array(codes.size) { RoomErrorAudience.fromId(RoomErrorsNative.number(RoomErrorsNative.NUMBER_AUDIENCE, codes[it]).toInt()) },
            LongArray(codes.size) { RoomErrorsNative.number(RoomErrorsNative.NUMBER_RETRY_AFTER_MS, codes[it]) }
        )
    }

    /** Every code of the generated [RoomErrorCode], with its facts. */
    private fun enumRows(): Rows {
        val all = RoomErrorCode.values()
        return Rows(
            IntArray(all.size) { all[it].code },
            Array(all.size) { all[it].name },
            Array(all.size) { all[it].category },
            Array(all.size) { all[it].action },
            Array(all.size) { all[it].audience },
            LongArray(all.size) { all[it].retryAfterMillis }
        )
    }

    /** Loads `libroom_errors_jni` and asks it one question; returns why that failed, or null. */
    private fun loadNativeLibrary(): Throwable? = try {
        System.loadLibrary("room_errors_jni")
        RoomErrorsNative.codes()
        null
    } catch (e: LinkageError) { // missing, wrong ABI, or natives that did not register
        e
    } catch (e: SecurityException) {
        e
    }

    /** The text of a code without the native library: `"<NAME> (<code>)"`. */
    private fun fallback(code: Int): String = "${RoomErrorCode.fromCode(code)?.name ?: "UNKNOWN"} ($code)"
}

/**
 * The JNI functions of `libroom_errors_jni` (`src/main/cpp/room_errors_jni.c`), which registers
 * them in its `JNI_OnLoad`; each calls the C function of `room_errors.h` its comment there names.
 */
private object RoomErrorsNative {
    // The kinds of text and number: the same numbers as in room_errors_jni.c.
    const val TEXT_MESSAGE = 0
    const val TEXT_SUMMARY = 1
    const val TEXT_REMEDY = 2
    const val TEXT_USER_MESSAGE = 3
    const val TEXT_ACTION_LABEL = 4
    const val TEXT_NAME = 5
    const val TEXT_VERSION = 7
    const val NUMBER_CATEGORY = 0
    const val NUMBER_ACTION = 1
    const val NUMBER_AUDIENCE = 2
    const val NUMBER_RETRY_AFTER_MS = 3

    /** A library string as UTF-8 bytes: [kind] is one of the `TEXT_*` kinds. */
    external fun text(kind: Int, code: Int, language: Int): ByteArray

    /** A number about [code]: [kind] is one of the `NUMBER_*` kinds. */
    external fun number(kind: Int, code: Int): Long

    /** `room_err_codes`: every known code, in catalog order. */
    external fun codes(): IntArray

    /** `room_err_lang_from_list` ([list]) or `room_err_lang_from_tag` of NUL-terminated UTF-8; null is NULL. */
    external fun language(list: Boolean, utf8: ByteArray?): Int

    fun string(kind: Int, code: Int, language: Int): String = String(text(kind, code, language), Charsets.UTF_8)
}

/**
 * Every known code and its non-text facts, indexed by an open-addressing hash table: a lookup is
 * one multiplication and, almost always, one probe.
 */
private class Rows(
    val codes: IntArray,
    val names: Array<String>,
    val categories: Array<RoomErrorCategory>,
    val actions: Array<RoomErrorAction>,
    val audiences: Array<RoomErrorAudience>,
    val retryAfterMillis: LongArray
) {
    /** A power of two, at least four times the number of codes. */
    private val capacity = Integer.highestOneBit(maxOf(codes.size, 1) * 8 - 1)
    private val shift = 32 - Integer.numberOfTrailingZeros(capacity)
    private val slotCodes = IntArray(capacity)
    /** Row index + 1 per slot; 0 is an empty slot. */
    private val slotRows = IntArray(capacity)

    init {
        for ((row, code) in codes.withIndex()) {
            var slot = slot(code)
            while (slotRows[slot] != 0) {
                slot = (slot + 1) and (capacity - 1)
            }
            slotCodes[slot] = code
            slotRows[slot] = row + 1
        }
    }

    private fun slot(code: Int): Int = (code * -0x61c88647) ushr shift

    /** The row of [code], or -1 if it is unknown. */
    fun index(code: Int): Int {
        var slot = slot(code)
        while (true) {
            val row = slotRows[slot]
            if (row == 0 || slotCodes[slot] == code) {
                return row - 1
            }
            slot = (slot + 1) and (capacity - 1)
        }
    }
}

/**
 * The native library's texts, one array per text kind and language, each filled in full on first
 * use and published through a volatile slot: readers never lock, and a race at most converts the
 * same strings twice. The last element of each array is the unknown codes' text.
 */
private class Texts(private val rows: Rows, private val languages: Int) {
    private val tables = java.util.concurrent.atomic.AtomicReferenceArray<Array<String>>(4 * languages)
    private val labels = java.util.concurrent.atomic.AtomicReferenceArray<Array<String>>(languages)

    fun get(kind: Int, code: Int, language: RoomErrorLanguage): String {
        val slot = kind * languages + language.id
        val table = tables.get(slot) ?: fill(kind, language.id).also { tables.set(slot, it) }
        val row = rows.index(code)
        return table[if (row < 0) rows.codes.size else row]
    }

    fun label(action: RoomErrorAction, language: RoomErrorLanguage): String {
        val table = labels.get(language.id) ?: ACTIONS.let { actions ->
            Array(actions.size) { RoomErrorsNative.string(RoomErrorsNative.TEXT_ACTION_LABEL, actions[it].id, language.id) }
        }.also { labels.set(language.id, it) }
        return table[action.ordinal]
    }

    /** Every known code's text of [kind] in [language], then the unknown codes' (Int.MIN_VALUE is never known). */
    private fun fill(kind: Int, language: Int): Array<String> = Array(rows.codes.size + 1) {
        RoomErrorsNative.string(kind, if (it < rows.codes.size) rows.codes[it] else UNKNOWN_CODE, language)
    }

    private companion object {
        val ACTIONS: Array<RoomErrorAction> = RoomErrorAction.values()
        /** A code the catalog cannot hold: its texts are the unknown codes'. */
        const val UNKNOWN_CODE = Int.MIN_VALUE
    }
}
