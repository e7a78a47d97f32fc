/*
 * room_errors_jni.c: the JNI glue between the Kotlin class dev.roomerrors.RoomErrorsNative
 * (RoomErrors.kt) and the C API of room_errors.h, linked with the static libroom_errors.a so that
 * an app ships one library per ABI.
 *
 * It calls no C library function (the Android build is freestanding: no NEEDED entry), and
 * JNI_OnLoad, which registers the natives with RegisterNatives, is its only exported symbol: a
 * renamed class or method fails at load time, not at the first call. Strings cross as their UTF-8
 * bytes (a byte[]), which Kotlin decodes once and caches; input strings arrive the same way,
 * NUL-terminated by the Kotlin side.
 */

#include <jni.h>

#include "room_errors.h"

_Static_assert(sizeof(jint) == sizeof(int32_t), "jint is an int32_t");

/* What RoomErrorsNative.text(kind, code, language) returns; the same numbers as in RoomErrors.kt. */
enum text_kind {
    TEXT_MESSAGE = 0,
    TEXT_SUMMARY = 1,
    TEXT_REMEDY = 2,
    TEXT_USER_MESSAGE = 3,
    TEXT_ACTION_LABEL = 4, /* code is the action id */
    TEXT_NAME = 5,
    TEXT_LANG_TAG = 6, /* code is the language id */
    TEXT_VERSION = 7
};

static const char *text(jint kind, jint code, jint language) {
    switch (kind) {
    case TEXT_MESSAGE: return room_err_message(code, language);
    case TEXT_SUMMARY: return room_err_summary(code, language);
    case TEXT_REMEDY: return room_err_remedy(code, language);
    case TEXT_USER_MESSAGE: return room_err_user_message(code, language);
    case TEXT_ACTION_LABEL: return room_err_action_label(code, language);
    case TEXT_NAME: return room_err_name(code);
    case TEXT_LANG_TAG: return room_err_lang_tag(code);
    case TEXT_VERSION: return room_err_version();
    default: return "";
    }
}

/* RoomErrorsNative.text(kind: Int, code: Int, language: Int): ByteArray — the UTF-8 bytes of a
 * library string; NULL with OutOfMemoryError pending if the array cannot be allocated. */
static jbyteArray native_text(JNIEnv *env, jobject self, jint kind, jint code, jint language) {
    const char *utf8 = text(kind, code, language);
    jsize length = 0;
    jbyteArray bytes;
    (void)self;
    while (utf8[length] != 0) {
        length++;
    }
    bytes = (*env)->NewByteArray(env, length);
    if (bytes != NULL) {
        (*env)->SetByteArrayRegion(env, bytes, 0, length, (const jbyte *)utf8);
    }
    return bytes;
}

/* What RoomErrorsNative.number(kind, code) returns; the same numbers as in RoomErrors.kt. */
enum number_kind {
    NUMBER_CATEGORY = 0,
    NUMBER_ACTION = 1,
    NUMBER_AUDIENCE = 2,
    NUMBER_RETRY_AFTER_MS = 3,
    NUMBER_IS_KNOWN = 4
};

/* RoomErrorsNative.number(kind: Int, code: Int): Long */
static jlong native_number(JNIEnv *env, jobject self, jint kind, jint code) {
    (void)env, (void)self;
    switch (kind) {
    case NUMBER_CATEGORY: return room_err_category_id(code);
    case NUMBER_ACTION: return room_err_action(code);
    case NUMBER_AUDIENCE: return room_err_audience(code);
    case NUMBER_RETRY_AFTER_MS: return room_err_retry_after_ms(code);
    case NUMBER_IS_KNOWN: return room_err_is_known(code) ? 1 : 0;
    default: return -1;
    }
}

/* RoomErrorsNative.codes(): IntArray — every known code, in catalog order. */
static jintArray native_codes(JNIEnv *env, jobject self) {
    size_t count = 0;
    const int32_t *codes = room_err_codes(&count);
    jintArray array = (*env)->NewIntArray(env, (jsize)count);
    (void)self;
    if (array != NULL) {
        (*env)->SetIntArrayRegion(env, array, 0, (jsize)count, (const jint *)codes);
    }
    return array;
}

/* RoomErrorsNative.language(list: Boolean, utf8: ByteArray?): Int — room_err_lang_from_list or
 * room_err_lang_from_tag of UTF-8 bytes, which end at their first NUL as in C (null: the C
 * function's NULL). An array without a NUL is never read past its end: it means English. */
static jint native_language(JNIEnv *env, jobject self, jboolean list, jbyteArray utf8) {
    jbyte *bytes;
    jint language = ROOM_ERR_LANG_EN;
    jsize length, i;
    (void)self;
    if (utf8 == NULL) {
        return list ? room_err_lang_from_list(NULL) : room_err_lang_from_tag(NULL);
    }
    length = (*env)->GetArrayLength(env, utf8);
    bytes = (*env)->GetByteArrayElements(env, utf8, NULL);
    if (bytes == NULL) {
        return ROOM_ERR_LANG_EN; /* OutOfMemoryError pending */
    }
    for (i = 0; i < length && bytes[i] != 0; i++) {
    }
    if (i < length) {
        language = list ? room_err_lang_from_list((const char *)bytes) : room_err_lang_from_tag((const char *)bytes);
    }
    (*env)->ReleaseByteArrayElements(env, utf8, bytes, JNI_ABORT);
    return language;
}

/* JNINativeMethod holds functions as void *: ISO C leaves that conversion undefined, POSIX and
 * every JNI platform define it, and __extension__ tells -pedantic so. */
#define NATIVE(name, signature, function) {name, signature, __extension__(void *)function}

static const JNINativeMethod METHODS[] = {
    NATIVE("text", "(III)[B", native_text),
    NATIVE("number", "(II)J", native_number),
    NATIVE("codes", "()[I", native_codes),
    NATIVE("language", "(Z[B)I", native_language),
};

/* Registers the natives of dev.roomerrors.RoomErrorsNative; fails the load if any is missing. */
JNIEXPORT jint JNICALL JNI_OnLoad(JavaVM *vm, void *reserved) {
    JNIEnv *env;
    jclass class;
    jint registered;
    (void)reserved;
    if ((*vm)->GetEnv(vm, (void **)&env, JNI_VERSION_1_6) != JNI_OK) {
        return JNI_ERR;
    }
    class = (*env)->FindClass(env, "dev/roomerrors/RoomErrorsNative");
    if (class == NULL) {
        return JNI_ERR;
    }
    registered = (*env)->RegisterNatives(env, class, METHODS, sizeof METHODS / sizeof METHODS[0]);
    (*env)->DeleteLocalRef(env, class);
    return registered == JNI_OK ? JNI_VERSION_1_6 : JNI_ERR;
}
