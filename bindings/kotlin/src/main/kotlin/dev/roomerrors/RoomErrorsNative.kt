package dev.roomerrors

/**
 * The JNI functions of `libroom_errors_jni` (`src/main/cpp/room_errors_jni.c`), which registers
 * them in its `JNI_OnLoad`. Each calls the C function of `room_errors.h` named beside it; every
 * argument value is valid.
 */
internal object RoomErrorsNative {
    init {
        System.loadLibrary("room_errors_jni")
    }

    /** `room_err_codes`: every known code, in catalog order. */
    external fun codes(): IntArray

    /** `room_err_message`. */
    external fun message(code: Int, language: Int): String

    /** `room_err_name`. */
    external fun name(code: Int): String

    /** `room_err_category_id`. */
    external fun categoryId(code: Int): Int

    /** `room_err_is_retryable`. */
    external fun isRetryable(code: Int): Boolean

    /** `room_err_lang_from_tag`; null means English. */
    external fun languageFromTag(tag: String?): Int

    /** `room_err_version`. */
    external fun version(): String
}
