package dev.roomerrors

/**
 * A room-engine error as an exception. [message] (what logs and crash reports show) is English
 * and carries the name and code, e.g. `ERR_SEAT_LOCKED (-2343): This seat is locked.`;
 * [getLocalizedMessage] is the message in [language]; [toString] is the class name and [message].
 * Any Int is accepted: an unknown code reads `UNKNOWN (12345): Unknown error code.`
 */
class RoomException @JvmOverloads constructor(
    /** The engine's integer error code. */
    val code: Int,
    /** The language of the localized texts (by default [RoomErrorLanguage.preferred]). */
    val language: RoomErrorLanguage = RoomErrorLanguage.preferred()
) : RuntimeException() {
    /** The symbolic name of [code], e.g. `"ERR_SEAT_LOCKED"`; `""` for unknown codes. */
    val name: String get() = RoomErrors.name(code)

    /** The constant for [code], or null when this binding does not list the code. */
    val errorCode: RoomErrorCode? get() = RoomErrorCode.fromCode(code)

    /**
     * `"<name> (<code>): <English message>"`, never localized; `"<name> (<code>)"` alone when the
     * native library did not load (the texts are that too then).
     */
    override val message: String
        get() {
            val prefix = "${if (name == "") "UNKNOWN" else name} ($code)"
            return if (RoomErrors.isNativeLibraryLoaded) "$prefix: ${RoomErrors.message(code, RoomErrorLanguage.EN)}" else prefix
        }

    /** The message of [code] in [language] (summary, then remedy), without name or code. */
    override fun getLocalizedMessage(): String = RoomErrors.message(code, language)

    /** What happened, in [language]. */
    val summary: String get() = RoomErrors.summary(code, language)

    /** What to do, in [language]; `""` when there is no remedy. */
    val remedy: String get() = RoomErrors.remedy(code, language)

    /** The text an end user may read, in [language] (see [RoomErrors.userMessage]). */
    val userMessage: String get() = RoomErrors.userMessage(code, language)

    /** The category of [code]. */
    val category: RoomErrorCategory get() = RoomErrors.category(code)

    /** What the remedy asks for; its button label is `action.label(language)`. */
    val action: RoomErrorAction get() = RoomErrors.action(code)

    /** Who the message is for. */
    val audience: RoomErrorAudience get() = RoomErrors.audience(code)

    /** How long to wait before retrying, in milliseconds; 0 where the catalog gives no delay. */
    val retryAfterMillis: Long get() = RoomErrors.retryAfterMillis(code)

    /** Whether the remedy is to try again. */
    val isRetryable: Boolean get() = RoomErrors.isRetryable(code)

    /** `dev.roomerrors.RoomException: <message>`: English, with name and code. */
    override fun toString(): String = "${javaClass.name}: $message"

    companion object {
        /** Throws a [RoomException] in the default language for [code] unless it is 0 ([RoomErrorCode.ERR_SUCC]). */
        @JvmStatic
        fun check(code: Int) {
            if (code != RoomErrorCode.ERR_SUCC.code) {
                throw RoomException(code)
            }
        }
    }
}
