/*
 * room_errors_jni.c: the JNI glue between the Kotlin class dev.roomerrors.RoomErrorsNative and the
 * C API of room_errors.h. Linked with the static libroom_errors.a, so an app ships this one library.
 *
 * JNI_OnLoad registers the natives with RegisterNatives: a renamed class or method fails at
 * System.loadLibrary time, not at the first call, and JNI_OnLoad is the only exported symbol.
 * Strings reach Java through UTF-16 (utf16.h), never NewStringUTF.
 */

#include <jni.h>
#include <stdlib.h>

#include "room_errors.h"
#include "utf16.h"

_Static_assert(sizeof(jchar) == sizeof(uint16_t), "jchar is a UTF-16 code unit");
_Static_assert(sizeof(jint) == sizeof(int32_t), "jint is an int32_t");

/* The Java String for a library string (UTF-8); NULL with an exception pending if out of memory.
 * Each string crosses JNI once (the Kotlin side caches it), so a heap buffer costs nothing. */
static jstring new_string(JNIEnv *env, const char *utf8) {
    size_t length = utf16_length(utf8);
    uint16_t *units = malloc((length + 1) * sizeof *units); /* + 1: malloc(0) may return NULL */
    jstring string;
    if (units == NULL) {
        jclass oom = (*env)->FindClass(env, "java/lang/OutOfMemoryError");
        if (oom != NULL) {
            (*env)->ThrowNew(env, oom, "room_errors_jni: string conversion");
        }
        return NULL;
    }
    utf8_to_utf16(utf8, units);
    string = (*env)->NewString(env, (const jchar *)units, (jsize)length);
    free(units);
    return string;
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

/* RoomErrorsNative.message(code: Int, language: Int): String */
static jstring native_message(JNIEnv *env, jobject self, jint code, jint language) {
    (void)self;
    return new_string(env, room_err_message(code, language));
}

/* RoomErrorsNative.name(code: Int): String */
static jstring native_name(JNIEnv *env, jobject self, jint code) {
    (void)self;
    return new_string(env, room_err_name(code));
}

/* RoomErrorsNative.categoryId(code: Int): Int */
static jint native_category_id(JNIEnv *env, jobject self, jint code) {
    (void)env, (void)self;
    return room_err_category_id(code);
}

/* RoomErrorsNative.isRetryable(code: Int): Boolean */
static jboolean native_is_retryable(JNIEnv *env, jobject self, jint code) {
    (void)env, (void)self;
    return room_err_is_retryable(code) ? JNI_TRUE : JNI_FALSE;
}

/* RoomErrorsNative.languageFromTag(tag: String?): Int — the tag's modified UTF-8 is plain ASCII
 * for every tag the negotiation accepts; anything else is unsupported, which means English. */
static jint native_language_from_tag(JNIEnv *env, jobject self, jstring tag) {
    const char *chars;
    jint language;
    (void)self;
    if (tag == NULL) {
        return room_err_lang_from_tag(NULL);
    }
    chars = (*env)->GetStringUTFChars(env, tag, NULL);
    if (chars == NULL) {
        return ROOM_ERR_LANG_EN; /* OutOfMemoryError pending */
    }
    language = room_err_lang_from_tag(chars);
    (*env)->ReleaseStringUTFChars(env, tag, chars);
    return language;
}

/* RoomErrorsNative.version(): String */
static jstring native_version(JNIEnv *env, jobject self) {
    (void)self;
    return new_string(env, room_err_version());
}

/* JNINativeMethod holds functions as void *: ISO C leaves that conversion undefined, POSIX and
 * every JNI platform define it, and __extension__ tells -pedantic so. */
#define NATIVE(name, signature, function) {name, signature, __extension__(void *)function}

static const JNINativeMethod METHODS[] = {
    NATIVE("codes", "()[I", native_codes),
    NATIVE("message", "(II)Ljava/lang/String;", native_message),
    NATIVE("name", "(I)Ljava/lang/String;", native_name),
    NATIVE("categoryId", "(I)I", native_category_id),
    NATIVE("isRetryable", "(I)Z", native_is_retryable),
    NATIVE("languageFromTag", "(Ljava/lang/String;)I", native_language_from_tag),
    NATIVE("version", "()Ljava/lang/String;", native_version),
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
