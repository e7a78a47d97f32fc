/* The C API's contract from C: every code, every language, unknown codes and languages, tags. */
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "room_errors.h"


/* Whether s is non-NULL, well-formed UTF-8 (no overlongs, surrogates or values past U+10FFFF). */
static int valid_utf8(const char *s) {
    const unsigned char *p = (const unsigned char *)s;
    if (!p) return 0;
    while (*p) {
        unsigned c = *p, n = c < 0x80 ? 0 : (c >> 5) == 6 ? 1 : (c >> 4) == 14 ? 2 : (c >> 3) == 30 ? 3 : 9;
        unsigned long cp = n == 0 ? c : n == 1 ? (c & 0x1f) : n == 2 ? (c & 0x0f) : (c & 0x07);
        if (n == 9) return 0;
        for (unsigned i = 1; i <= n; i++) {
            if ((p[i] & 0xc0) != 0x80) return 0;
            cp = (cp << 6) | (p[i] & 0x3f);
        }
        if ((n == 1 && cp < 0x80) || (n == 2 && cp < 0x800) || (n == 3 && cp < 0x10000) || cp > 0x10ffff ||
            (cp >= 0xd800 && cp <= 0xdfff))
            return 0;
        p += n + 1;
    }
    return 1;
}

/* The number of languages: ids from 0 whose tag negotiates back to the id. */
static RoomErrLang language_count(void) {
    RoomErrLang n = 0;
    while (room_err_lang_from_tag(room_err_lang_tag(n)) == n) n++;
    return n;
}

int main(void) {
    size_t count = 0;
    const int32_t *codes = room_err_codes(&count);
    RoomErrLang langs = language_count();
    CHECK(codes != NULL && count >= 67, "count %zu", count);
    CHECK(room_err_codes(NULL) == codes, "NULL count");
    CHECK(langs >= ROOM_ERR_LANG_AR + 1, "languages %d", (int)langs);

    for (size_t i = 0; i < count; i++) {
        int32_t code = codes[i];
        const char *name = room_err_name(code);
        CHECK(room_err_is_known(code), "%d", code);
        CHECK(valid_utf8(name) && strncmp(name, "ERR_", 4) == 0, "%d: name", code);
        for (size_t j = 0; j < i; j++) {
            CHECK(codes[j] != code && strcmp(room_err_name(codes[j]), name) != 0, "%d: duplicate", code);
        }
        RoomErrCategory id = room_err_category_id(code);
        CHECK(id >= ROOM_ERR_CATEGORY_GENERAL && id <= ROOM_ERR_CATEGORY_CHAT, "%d: category %d", code, (int)id);
        CHECK(valid_utf8(room_err_category(code)) && strcmp(room_err_category(code), "unknown") != 0, "%d", code);
        for (RoomErrLang lang = 0; lang < langs; lang++) {
            const char *text = room_err_message(code, lang);
            CHECK(valid_utf8(text) && text[0] != '\0', "%d/%d: message", code, (int)lang);
            CHECK(text != room_err_message(INT32_MIN, lang), "%d/%d: unknown message", code, (int)lang);
            CHECK(text == room_err_message(code, lang), "%d/%d: not static", code, (int)lang);
        }
        /* Gaps next to every code are unknown unless they are codes themselves. */
        int32_t neighbours[2] = {code - 1, code + 1};
        for (int k = 0; k < 2; k++) {
            int32_t n = neighbours[k];
            int listed = 0;
            for (size_t j = 0; j < count; j++) listed |= codes[j] == n;
            CHECK(room_err_is_known(n) == listed, "%d", n);
        }
    }

    const int32_t unknown[] = {INT32_MIN, INT32_MIN + 1, -1099, -4096, 1, 99999, 100000, 100252, INT32_MAX};
    for (size_t i = 0; i < sizeof unknown / sizeof unknown[0]; i++) {
        int32_t code = unknown[i];
        CHECK(!room_err_is_known(code) && !room_err_is_retryable(code), "%d", code);
        CHECK(strcmp(room_err_name(code), "") == 0, "%d: name", code);
        CHECK(strcmp(room_err_category(code), "unknown") == 0, "%d", code);
        CHECK(room_err_category_id(code) == ROOM_ERR_CATEGORY_UNKNOWN, "%d", code);
        for (RoomErrLang lang = 0; lang < langs; lang++) {
            CHECK(valid_utf8(room_err_message(code, lang)), "%d/%d", code, (int)lang);
            CHECK(room_err_message(code, lang) == room_err_message(INT32_MAX, lang), "%d/%d", code, (int)lang);
        }
    }
    CHECK(strcmp(room_err_message(12345, ROOM_ERR_LANG_EN), "Unknown error code.") == 0, "unknown en");

    const RoomErrLang bad_langs[] = {-1, langs, INT32_MAX, INT32_MIN};
    for (size_t i = 0; i < sizeof bad_langs / sizeof bad_langs[0]; i++) {
        CHECK(strcmp(room_err_lang_tag(bad_langs[i]), "en") == 0, "lang %d", (int)bad_langs[i]);
        CHECK(room_err_message(ROOM_ERR_SEAT_LOCKED, bad_langs[i]) ==
                  room_err_message(ROOM_ERR_SEAT_LOCKED, ROOM_ERR_LANG_EN),
              "lang %d", (int)bad_langs[i]);
    }

    CHECK(strcmp(room_err_name(ROOM_ERR_CAMERA_START_FAILED), "ERR_CAMERA_START_FAILED") == 0, "name");
    CHECK(ROOM_ERR_SUCC == 0 && ROOM_ERR_CAMERA_START_FAILED == -1100 && ROOM_ERR_SERVER_SEAT_LIST_EMPTY == 100251,
          "constants");
    CHECK(strcmp(room_err_category(ROOM_ERR_SEAT_LOCKED), "seat") == 0, "category");
    CHECK(room_err_is_retryable(ROOM_ERR_FREQ_LIMIT) && room_err_is_retryable(ROOM_ERR_SERVER_SYSTEM_ERROR) &&
              room_err_is_retryable(ROOM_ERR_SERVER_CREATE_ROOM_FREQ_LIMIT) &&
              !room_err_is_retryable(ROOM_ERR_SEAT_LOCKED),
          "retryable");

    const struct { const char *tag; RoomErrLang lang; } tags[] = {
        {NULL, ROOM_ERR_LANG_EN},           {"", ROOM_ERR_LANG_EN},
        {"C", ROOM_ERR_LANG_EN},            {"POSIX", ROOM_ERR_LANG_EN},
        {"en-GB", ROOM_ERR_LANG_EN},        {"fr_FR.UTF-8", ROOM_ERR_LANG_EN},
        {"zh", ROOM_ERR_LANG_ZH_HANS},      {"zh-Hans-CN", ROOM_ERR_LANG_ZH_HANS},
        {"zh_CN.UTF-8", ROOM_ERR_LANG_ZH_HANS}, {"zh-Hans-TW", ROOM_ERR_LANG_ZH_HANS},
        {"zh_TW.UTF-8", ROOM_ERR_LANG_ZH_HANT}, {"zh-HK", ROOM_ERR_LANG_ZH_HANT},
        {"ZH-MO", ROOM_ERR_LANG_ZH_HANT},   {"zh-Hant-CN", ROOM_ERR_LANG_ZH_HANT},
        {"ja_JP.UTF-8", ROOM_ERR_LANG_JA},  {"ko-KR", ROOM_ERR_LANG_KO},
        {"ar_EG.UTF-8", ROOM_ERR_LANG_AR},  {"ara", ROOM_ERR_LANG_AR}, /* ISO 639-2, a CLDR alias */
    };
    for (size_t i = 0; i < sizeof tags / sizeof tags[0]; i++) {
        CHECK(room_err_lang_from_tag(tags[i].tag) == tags[i].lang, "tag %s", tags[i].tag ? tags[i].tag : "NULL");
        CHECK(room_err_message_for_tag(ROOM_ERR_ROOM_ID_INVALID, tags[i].tag) ==
                  room_err_message(ROOM_ERR_ROOM_ID_INVALID, tags[i].lang),
              "tag %s", tags[i].tag ? tags[i].tag : "NULL");
    }
    CHECK(strcmp(room_err_lang_tag(ROOM_ERR_LANG_ZH_HANT), "zh-Hant") == 0, "tag");

    const char *version = room_err_version();
    unsigned major, minor, patch;
    char end;
    CHECK(sscanf(version, "%u.%u.%u%c", &major, &minor, &patch, &end) == 3, "version %s", version);
    /* The header is the library's: its version macros say what room_err_version() says. */
    CHECK(strcmp(version, ROOM_ERR_VERSION) == 0, "header %s, library %s", ROOM_ERR_VERSION, version);
    CHECK(major == ROOM_ERR_VERSION_MAJOR && minor == ROOM_ERR_VERSION_MINOR && patch == ROOM_ERR_VERSION_PATCH,
          "version parts %s", version);
    CHECK(ROOM_ERR_VERSION_NUMBER == ROOM_ERR_VERSION_MAJOR * 1000000 + ROOM_ERR_VERSION_MINOR * 1000 + ROOM_ERR_VERSION_PATCH,
          "version number %d", ROOM_ERR_VERSION_NUMBER);
#if ROOM_ERR_VERSION_NUMBER < 1002000
#error "room_err_summary and room_err_lang_from_list arrived in 1.2.0"
#endif

    return check_summary();
}
