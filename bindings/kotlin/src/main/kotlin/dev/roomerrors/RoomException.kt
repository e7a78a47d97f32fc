package dev.roomerrors

/**
 * A room-engine error as an exception: its message is the message of [code] in [language].
 * Any Int is accepted; an unknown code gets the localized unknown-error message.
 */
class RoomException @JvmOverloads constructor(
    /** The engine's integer error code. */
    val code: Int,
    /** The language of the message (by default the language of the default locale). */
    val language: RoomErrorLanguage = RoomErrorLanguage.fromLocale()
) : RuntimeException(RoomErrors.message(code, language)) {
    /** The constant for [code], or null when this binding does not know the code. */
    val errorCode: RoomErrorCode? get() = RoomErrorCode.fromValue(code)

    /** The category of [code]. */
    val category: RoomErrorCategory get() = RoomErrors.category(code)

    /** Whether the documented remedy for [code] is to try again. */
    val isRetryable: Boolean get() = RoomErrors.isRetryable(code)

    companion object {
        /** Throws a [RoomException] for [code] unless it is 0 ([RoomErrorCode.SUCCESS]). */
        @JvmStatic
        fun check(code: Int) {
            if (code != RoomErrorCode.SUCCESS.value) {
                throw RoomException(code)
            }
        }
    }
}
