/*
 * utf16.h: UTF-8 to UTF-16, for handing the library's strings to JNI's NewString.
 *
 * NewStringUTF expects Java's *modified* UTF-8, in which a 4-byte sequence (any character outside
 * the Basic Multilingual Plane) is malformed and aborts under CheckJNI; converting to UTF-16
 * ourselves is correct for every character. Malformed input (never produced by the library)
 * becomes U+FFFD, one per offending byte; nothing is read past the terminating NUL.
 */

#ifndef ROOM_ERRORS_UTF16_H
#define ROOM_ERRORS_UTF16_H

#include <stddef.h>
#include <stdint.h>

/* Decodes the code point at *s and advances *s past it (past one byte if it is malformed). */
static uint32_t utf8_next(const unsigned char **s) {
    const unsigned char *p = *s;
    uint32_t c = p[0], min;
    int len, i;
    if (c < 0x80) {
        *s = p + 1;
        return c;
    }
    if ((c & 0xE0) == 0xC0) {
        len = 2, c &= 0x1F, min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
        len = 3, c &= 0x0F, min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
        len = 4, c &= 0x07, min = 0x10000;
    } else {
        len = 0, min = 0;
    }
    /* A continuation byte is never NUL, so this stops at the end of the string. */
    for (i = 1; i < len && (p[i] & 0xC0) == 0x80; i++) {
        c = (c << 6) | (p[i] & 0x3F);
    }
    if (len == 0 || i < len || c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
        *s = p + 1;
        return 0xFFFD;
    }
    *s = p + len;
    return c;
}

/* The number of UTF-16 code units of the NUL-terminated UTF-8 string s. */
static size_t utf16_length(const char *s) {
    const unsigned char *p = (const unsigned char *)s;
    size_t n = 0;
    while (*p != 0) {
        n += utf8_next(&p) > 0xFFFF ? 2 : 1;
    }
    return n;
}

/* Writes the utf16_length(s) UTF-16 code units of the NUL-terminated UTF-8 string s to out. */
static void utf8_to_utf16(const char *s, uint16_t *out) {
    const unsigned char *p = (const unsigned char *)s;
    while (*p != 0) {
        uint32_t c = utf8_next(&p);
        if (c > 0xFFFF) {
            c -= 0x10000;
            *out++ = (uint16_t)(0xD800 | (c >> 10));
            *out++ = (uint16_t)(0xDC00 | (c & 0x3FF));
        } else {
            *out++ = (uint16_t)c;
        }
    }
}

#endif /* ROOM_ERRORS_UTF16_H */
