/*
 * test_utf16.c: the UTF-8 to UTF-16 conversion of the JNI glue (utf16.h), on hand-made strings
 * (every sequence length, malformed input) and on every string of the catalog, each of which must
 * convert without U+FFFD and encode back to exactly its UTF-8 bytes.
 */

#include <stdio.h>
#include <string.h>

#include "room_errors.h"
#include "utf16.h"

static int failures, checked;

/* The UTF-8 encoding of n UTF-16 units into out (room for 3 bytes a unit plus NUL). */
static void utf16_to_utf8(const uint16_t *units, size_t n, char *out) {
    size_t i;
    for (i = 0; i < n; i++) {
        uint32_t c = units[i];
        if (c >= 0xD800 && c <= 0xDBFF && i + 1 < n && units[i + 1] >= 0xDC00 && units[i + 1] <= 0xDFFF) {
            c = 0x10000 + ((c - 0xD800) << 10) + (units[++i] - 0xDC00);
        }
        if (c < 0x80) {
            *out++ = (char)c;
        } else if (c < 0x800) {
            *out++ = (char)(0xC0 | c >> 6);
            *out++ = (char)(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            *out++ = (char)(0xE0 | c >> 12);
            *out++ = (char)(0x80 | (c >> 6 & 0x3F));
            *out++ = (char)(0x80 | (c & 0x3F));
        } else {
            *out++ = (char)(0xF0 | c >> 18);
            *out++ = (char)(0x80 | (c >> 12 & 0x3F));
            *out++ = (char)(0x80 | (c >> 6 & 0x3F));
            *out++ = (char)(0x80 | (c & 0x3F));
        }
    }
    *out = 0;
}

/* Checks that utf8 converts to the n units of expected. */
static void expect(const char *utf8, const uint16_t *expected, size_t n) {
    uint16_t units[64];
    size_t length = utf16_length(utf8);
    checked++;
    if (length != n || (utf8_to_utf16(utf8, units), memcmp(units, expected, n * sizeof *units) != 0)) {
        printf("FAIL: wrong UTF-16 for \"%s\" (%zu units, expected %zu)\n", utf8, length, n);
        failures++;
    }
}

/* Checks that a catalog string converts without U+FFFD and back to the same bytes. */
static void round_trip(const char *what, int32_t code, const char *utf8) {
    static uint16_t units[4096];
    static char back[3 * 4096 + 1];
    size_t length = utf16_length(utf8), i;
    checked++;
    if (length > sizeof units / sizeof units[0]) {
        printf("FAIL: %s of %d is longer than the test's buffer\n", what, code);
        failures++;
        return;
    }
    utf8_to_utf16(utf8, units);
    for (i = 0; i < length; i++) {
        if (units[i] == 0xFFFD) {
            printf("FAIL: %s of %d has malformed UTF-8\n", what, code);
            failures++;
            return;
        }
    }
    utf16_to_utf8(units, length, back);
    if (strcmp(back, utf8) != 0) {
        printf("FAIL: %s of %d does not survive UTF-16: \"%s\"\n", what, code, utf8);
        failures++;
    }
}

#define EXPECT(utf8, ...)                                                                          \
    do {                                                                                           \
        static const uint16_t units[] = {__VA_ARGS__};                                             \
        expect(utf8, units, sizeof units / sizeof units[0]);                                       \
    } while (0)

int main(void) {
    static const uint16_t none[1] = {0};
    size_t count, i;
    const int32_t *codes = room_err_codes(&count);
    int32_t lang, languages = 1;

    expect("", none, 0);
    EXPECT("A~", 'A', '~');
    EXPECT("\xC3\xA9", 0x00E9);                                    /* é */
    EXPECT("\xE6\x9C\xAA\xE7\x9F\xA5", 0x672A, 0x77E5);            /* 未知 */
    EXPECT("\xD8\xB1", 0x0631);                                    /* ر */
    EXPECT("\xF0\x9F\x98\x80!", 0xD83D, 0xDE00, '!');              /* U+1F600 */
    EXPECT("\xF4\x8F\xBF\xBF", 0xDBFF, 0xDFFF);                    /* U+10FFFF */
    EXPECT("\xC3", 0xFFFD);                                        /* truncated */
    EXPECT("\xE6\x9C!", 0xFFFD, 0xFFFD, '!');                      /* truncated */
    EXPECT("\x80", 0xFFFD);                                        /* stray continuation */
    EXPECT("\xFF\xFE", 0xFFFD, 0xFFFD);                            /* never valid */
    EXPECT("\xC0\x80", 0xFFFD, 0xFFFD);                            /* overlong NUL */
    EXPECT("\xE0\x80\xAF", 0xFFFD, 0xFFFD, 0xFFFD);                /* overlong '/' */
    EXPECT("\xED\xA0\x80", 0xFFFD, 0xFFFD, 0xFFFD);                /* surrogate */
    EXPECT("\xF4\x90\x80\x80", 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD);    /* above U+10FFFF */

    /* Language ids run from 0 until room_err_lang_tag falls back to "en" again. */
    while (strcmp(room_err_lang_tag(languages), "en") != 0) {
        languages++;
    }
    for (lang = 0; lang < languages; lang++) {
        round_trip("unknown message", INT32_MIN, room_err_message(INT32_MIN, lang));
        round_trip("language tag", lang, room_err_lang_tag(lang));
    }
    for (i = 0; i < count; i++) {
        for (lang = 0; lang < languages; lang++) {
            round_trip("message", codes[i], room_err_message(codes[i], lang));
        }
        round_trip("name", codes[i], room_err_name(codes[i]));
        round_trip("category", codes[i], room_err_category(codes[i]));
    }
    round_trip("version", 0, room_err_version());

    printf("utf16: %d checks (%zu codes, %d languages), %d failed\n", checked, count, languages, failures);
    return failures != 0;
}
