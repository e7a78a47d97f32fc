/*
 * fake_jvm.c: loads one ABI's libroom_errors_jni.so from the AAR without a Java VM, so that the
 * arm libraries run under qemu: a minimal JavaVM and JNIEnv (the nine functions the glue uses,
 * arrays as plain buffers) receive JNI_OnLoad's RegisterNatives, then every registered native is
 * called for every code x language (and unknown codes) and compared with the C library linked
 * into this program (the same ABI's libroom_errors.a).
 *
 * Usage: fake_jvm PATH/libroom_errors_jni.so   Exit status 0 when every answer agrees.
 */
#include <dlfcn.h>
#include <jni.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "room_errors.h"

/* An array as the fake VM hands it out: its length and elements. */
struct array {
    jsize length;
    unsigned char data[];
};

static int failures, checks;
static JNINativeMethod registered[16];
static jint registered_count;
static int class_found;

static void check(int ok, const char *what, long key, long language) {
    checks++;
    if (!ok && failures++ < 20) {
        fprintf(stderr, "fake_jvm: %s differs for %ld in language %ld\n", what, key, language);
    }
}

static jclass JNICALL find_class(JNIEnv *env, const char *name) {
    (void)env;
    class_found = strcmp(name, "dev/roomerrors/RoomErrorsNative") == 0;
    return class_found ? (jclass)&class_found : NULL;
}

static jint JNICALL register_natives(JNIEnv *env, jclass class, const JNINativeMethod *methods, jint count) {
    (void)env, (void)class;
    if (count > 16) {
        return JNI_ERR;
    }
    memcpy(registered, methods, (size_t)count * sizeof *methods);
    registered_count = count;
    return JNI_OK;
}

static void JNICALL delete_local_ref(JNIEnv *env, jobject object) {
    (void)env, (void)object;
}

static struct array *new_array(jsize length, size_t element) {
    struct array *array = malloc(sizeof *array + (size_t)length * element + 1);
    if (array != NULL) {
        array->length = length;
    }
    return array;
}

static jbyteArray JNICALL new_byte_array(JNIEnv *env, jsize length) {
    (void)env;
    return (jbyteArray)new_array(length, 1);
}

static void JNICALL set_byte_array_region(JNIEnv *env, jbyteArray array, jsize start, jsize length, const jbyte *bytes) {
    (void)env;
    memcpy(((struct array *)array)->data + start, bytes, (size_t)length);
}

static jintArray JNICALL new_int_array(JNIEnv *env, jsize length) {
    (void)env;
    return (jintArray)new_array(length, sizeof(jint));
}

static void JNICALL set_int_array_region(JNIEnv *env, jintArray array, jsize start, jsize length, const jint *ints) {
    (void)env;
    memcpy(((struct array *)array)->data + start * sizeof(jint), ints, (size_t)length * sizeof(jint));
}

static jbyte *JNICALL get_byte_array_elements(JNIEnv *env, jbyteArray array, jboolean *copy) {
    (void)env;
    if (copy != NULL) {
        *copy = JNI_FALSE;
    }
    return (jbyte *)((struct array *)array)->data;
}

static jsize JNICALL get_array_length(JNIEnv *env, jarray array) {
    (void)env;
    return ((struct array *)array)->length;
}

static void JNICALL release_byte_array_elements(JNIEnv *env, jbyteArray array, jbyte *bytes, jint mode) {
    (void)env, (void)array, (void)bytes, (void)mode;
}

static struct JNINativeInterface_ functions;
static JNIEnv env_value = &functions;

static jint JNICALL get_env(JavaVM *vm, void **env, jint version) {
    (void)vm;
    if (version != JNI_VERSION_1_6) {
        return JNI_EVERSION;
    }
    *env = &env_value;
    return JNI_OK;
}

static struct JNIInvokeInterface_ invoke;
static JavaVM vm_value = &invoke;

/* The registered function named name with signature signature, or NULL. */
static void *native(const char *name, const char *signature) {
    for (jint i = 0; i < registered_count; i++) {
        if (strcmp(registered[i].name, name) == 0 && strcmp(registered[i].signature, signature) == 0) {
            return registered[i].fnPtr;
        }
    }
    fprintf(stderr, "fake_jvm: no native %s%s\n", name, signature);
    exit(1);
}

typedef jbyteArray (*text_fn)(JNIEnv *, jobject, jint, jint, jint);
typedef jlong (*number_fn)(JNIEnv *, jobject, jint, jint);
typedef jintArray (*codes_fn)(JNIEnv *, jobject);
typedef jint (*language_fn)(JNIEnv *, jobject, jboolean, jbyteArray);

/* Whether the byte array holds exactly the NUL-terminated string expected. */
static int same_text(jbyteArray bytes, const char *expected) {
    struct array *array = (struct array *)bytes;
    int same = array != NULL && (size_t)array->length == strlen(expected) &&
               memcmp(array->data, expected, (size_t)array->length) == 0;
    free(array);
    return same;
}

static jbyteArray c_string(const char *text) {
    struct array *array = new_array((jsize)strlen(text) + 1, 1);
    memcpy(array->data, text, strlen(text) + 1);
    return (jbyteArray)array;
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: fake_jvm PATH/libroom_errors_jni.so\n");
        return 2;
    }
    functions.FindClass = find_class;
    functions.RegisterNatives = register_natives;
    functions.DeleteLocalRef = delete_local_ref;
    functions.NewByteArray = new_byte_array;
    functions.SetByteArrayRegion = set_byte_array_region;
    functions.NewIntArray = new_int_array;
    functions.SetIntArrayRegion = set_int_array_region;
    functions.GetByteArrayElements = get_byte_array_elements;
    functions.GetArrayLength = get_array_length;
    functions.ReleaseByteArrayElements = release_byte_array_elements;
    invoke.GetEnv = get_env;

    void *library = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) {
        fprintf(stderr, "fake_jvm: %s\n", dlerror());
        return 1;
    }
    jint (*on_load)(JavaVM *, void *);
    *(void **)&on_load = dlsym(library, "JNI_OnLoad");
    if (on_load == NULL || on_load(&vm_value, NULL) != JNI_VERSION_1_6 || !class_found) {
        fprintf(stderr, "fake_jvm: JNI_OnLoad failed\n");
        return 1;
    }
    text_fn text;
    number_fn number;
    codes_fn codes_of;
    language_fn language_of;
    *(void **)&text = native("text", "(III)[B");
    *(void **)&number = native("number", "(II)J");
    *(void **)&codes_of = native("codes", "()[I");
    *(void **)&language_of = native("language", "(Z[B)I");

    size_t count = 0;
    const int32_t *codes = room_err_codes(&count);
    struct array *array = (struct array *)codes_of(&env_value, NULL);
    check(array != NULL && (size_t)array->length == count && memcmp(array->data, codes, count * 4) == 0, "codes", 0, 0);
    free(array);
    /* Every known code and its neighbours, and the extremes of int32. */
    for (size_t i = 0; i < 3 * count + 2; i++) {
        int32_t code = i < 3 * count ? codes[i / 3] + (int32_t)(i % 3) - 1 : (i == 3 * count ? INT32_MIN : INT32_MAX);
        check(same_text(text(&env_value, NULL, 5, code, 0), room_err_name(code)), "name", code, 0);
        check(number(&env_value, NULL, 0, code) == room_err_category_id(code), "category", code, 0);
        check(number(&env_value, NULL, 1, code) == room_err_action(code), "action", code, 0);
        check(number(&env_value, NULL, 2, code) == room_err_audience(code), "audience", code, 0);
        check(number(&env_value, NULL, 3, code) == (jlong)room_err_retry_after_ms(code), "retry_after_ms", code, 0);
        check(number(&env_value, NULL, 4, code) == room_err_is_known(code), "is_known", code, 0);
        for (int32_t lang = -1; lang <= 8; lang++) {
            check(same_text(text(&env_value, NULL, 0, code, lang), room_err_message(code, lang)), "message", code, lang);
            check(same_text(text(&env_value, NULL, 1, code, lang), room_err_summary(code, lang)), "summary", code, lang);
            check(same_text(text(&env_value, NULL, 2, code, lang), room_err_remedy(code, lang)), "remedy", code, lang);
            check(same_text(text(&env_value, NULL, 3, code, lang), room_err_user_message(code, lang)), "user_message", code, lang);
        }
    }
    for (int32_t action = -1; action <= 12; action++) {
        for (int32_t lang = 0; lang <= 6; lang++) {
            check(same_text(text(&env_value, NULL, 4, action, lang), room_err_action_label(action, lang)), "label", action, lang);
        }
        check(same_text(text(&env_value, NULL, 6, action, 0), room_err_lang_tag(action)), "lang_tag", action, 0);
    }
    check(same_text(text(&env_value, NULL, 7, 0, 0), room_err_version()), "version", 0, 0);
    static const char *const inputs[] = {"", "zh-TW", "zh_TW:ja:en", "fr-CH, fr;q=0.9, zh-TW;q=0.8, *;q=0.5", "ko-KR",
                                         "ar-EG", "ja", "xx", "zh-Hans-HK", "en, zh-Hant"};
    for (size_t i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
        jbyteArray bytes = c_string(inputs[i]);
        check(language_of(&env_value, NULL, JNI_TRUE, bytes) == room_err_lang_from_list(inputs[i]), "from_list", (long)i, 0);
        check(language_of(&env_value, NULL, JNI_FALSE, bytes) == room_err_lang_from_tag(inputs[i]), "from_tag", (long)i, 0);
        free(bytes);
    }
    /* A NUL inside the bytes ends the text, as in C; bytes without one are never read past their
     * end (the byte after them is set here, and ignored): English. */
    jbyteArray nul = (jbyteArray)new_array(9, 1);
    memcpy(((struct array *)nul)->data, "zh-TW\0ja", 9);
    check(language_of(&env_value, NULL, JNI_FALSE, nul) == ROOM_ERR_LANG_ZH_HANT, "tag with a NUL", 0, 0);
    check(language_of(&env_value, NULL, JNI_TRUE, nul) == ROOM_ERR_LANG_ZH_HANT, "list with a NUL", 0, 0);
    free(nul);
    jbyteArray unterminated = (jbyteArray)new_array(2, 1);
    memcpy(((struct array *)unterminated)->data, "ja\0", 3);
    check(language_of(&env_value, NULL, JNI_FALSE, unterminated) == ROOM_ERR_LANG_EN, "tag without a NUL", 0, 0);
    check(language_of(&env_value, NULL, JNI_TRUE, unterminated) == ROOM_ERR_LANG_EN, "list without a NUL", 0, 0);
    free(unterminated);
    check(language_of(&env_value, NULL, JNI_TRUE, NULL) == room_err_lang_from_list(NULL), "from_list NULL", 0, 0);
    check(language_of(&env_value, NULL, JNI_FALSE, NULL) == room_err_lang_from_tag(NULL), "from_tag NULL", 0, 0);
    printf("fake_jvm: %s: %d passed, %d failed\n", argv[1], checks - failures, failures);
    return failures == 0 ? 0 : 1;
}
