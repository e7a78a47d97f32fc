/*
 * The C API's contract (docs/contract.md) from C: every exported function (make test-c fails when
 * this file leaves one of include/room_errors.symbols uncalled), every code, every language,
 * every action, unknown codes, languages and actions, the tag and list rules, and every row of
 * the conformance vectors. It is the suite every build of the library runs: natively, under the
 * sanitizers and valgrind, on aarch64 under qemu, on Windows under Wine, for each Android ABI.
 * Usage: test_api VECTORS_DIR (target/vectors, from `make vectors`).
 */
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "room_errors.h"
#include "vectors.h"

/* Every action id, and the unknown ids probed. */
enum { ACTIONS = ROOM_ERR_ACTION_EDIT_TEXT + 1 };
static const int32_t BAD_IDS[] = {-1, ACTIONS, 255, INT32_MAX, INT32_MIN};
static const char *const ACTION_NAMES[ACTIONS] = {"none",   "retry",    "open_settings", "check_device",
                                                  "ask_host", "choose_another", "sign_in", "leave_room",
                                                  "upgrade_plan", "fix_integration", "edit_text"};
static const char *const CATEGORY_NAMES[] = {"unknown", "general", "device", "room", "user", "seat", "server", "chat"};


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

/* What happened, what to do, and who reads it: summary, remedy, user message for one code in
 * one language (the unknown code too). */
static void check_parts(int32_t code, RoomErrLang lang) {
    const char *message = room_err_message(code, lang), *summary = room_err_summary(code, lang);
    const char *remedy = room_err_remedy(code, lang), *user = room_err_user_message(code, lang);
    size_t ls = strlen(summary), lr = strlen(remedy), lm = strlen(message);
    CHECK(valid_utf8(summary) && ls > 0 && valid_utf8(remedy) && valid_utf8(user) && user[0], "%d/%d", code, (int)lang);
    CHECK(summary == room_err_summary(code, lang) && remedy == room_err_remedy(code, lang) &&
              user == room_err_user_message(code, lang),
          "%d/%d: not static", code, (int)lang);
    /* The message is the summary, then (after at most one space) the remedy. */
    CHECK(strncmp(message, summary, ls) == 0, "%d/%d: summary %s", code, (int)lang, summary);
    CHECK(lr == 0 ? lm == ls : lm >= ls + lr && lm - ls - lr <= 1 && strcmp(message + lm - lr, remedy) == 0 &&
                                   (lm == ls + lr || message[ls] == ' '),
          "%d/%d: remedy %s", code, (int)lang, remedy);
    if (!room_err_is_known(code)) CHECK(lr == 0, "%d/%d: unknown codes have no remedy", code, (int)lang);
    if (room_err_audience(code) == ROOM_ERR_AUDIENCE_USER)
        CHECK(user == message, "%d/%d: a user-audience code's user message is its message", code, (int)lang);
    else
        CHECK(user == room_err_user_message(INT32_MIN, lang) && user != message, "%d/%d: generic user message", code,
              (int)lang);
}

/* A code's metadata: category name by id, action, audience, retry delay, retryable. */
static void check_metadata(int32_t code) {
    RoomErrCategory category = room_err_category_id(code);
    RoomErrAction action = room_err_action(code);
    RoomErrAudience audience = room_err_audience(code);
    CHECK(category >= 0 && category < (int)(sizeof CATEGORY_NAMES / sizeof *CATEGORY_NAMES) &&
              strcmp(room_err_category(code), CATEGORY_NAMES[category]) == 0,
          "%d: category %d %s", code, (int)category, room_err_category(code));
    CHECK(action >= 0 && action < ACTIONS, "%d: action %d", code, (int)action);
    CHECK(room_err_is_retryable(code) == (action == ROOM_ERR_ACTION_RETRY), "%d: retryable is action retry", code);
    CHECK(audience == ROOM_ERR_AUDIENCE_USER || audience == ROOM_ERR_AUDIENCE_DEVELOPER, "%d: audience", code);
    CHECK(room_err_retry_after_ms(code) == 0 || action == ROOM_ERR_ACTION_RETRY, "%d: a delay without retry", code);
    if (!room_err_is_known(code))
        CHECK(action == ROOM_ERR_ACTION_NONE && audience == ROOM_ERR_AUDIENCE_DEVELOPER &&
                  room_err_retry_after_ms(code) == 0 && category == ROOM_ERR_CATEGORY_UNKNOWN,
              "%d: unknown", code);
}

/* Every action id's name and label in every language (and unknown language ids); unknown ids. */
static void check_actions(RoomErrLang langs) {
    for (RoomErrAction a = 0; a < ACTIONS; a++) {
        CHECK(strcmp(room_err_action_name(a), ACTION_NAMES[a]) == 0, "action %d: %s", (int)a, room_err_action_name(a));
        for (RoomErrLang lang = -1; lang <= langs; lang++) {
            const char *label = room_err_action_label(a, lang);
            int none = a == ROOM_ERR_ACTION_NONE || a == ROOM_ERR_ACTION_FIX_INTEGRATION;
            CHECK(valid_utf8(label) && (none ? label[0] == '\0' : label[0] != '\0'), "action %d/%d", (int)a, (int)lang);
            if (lang < 0 || lang == langs)
                CHECK(label == room_err_action_label(a, ROOM_ERR_LANG_EN), "action %d/%d: English", (int)a, (int)lang);
        }
    }
    for (size_t i = 0; i < sizeof BAD_IDS / sizeof *BAD_IDS; i++) {
        CHECK(strcmp(room_err_action_name(BAD_IDS[i]), "") == 0, "action %d: name", (int)BAD_IDS[i]);
        for (RoomErrLang lang = 0; lang < langs; lang++)
            CHECK(strcmp(room_err_action_label(BAD_IDS[i], lang), "") == 0, "action %d/%d", (int)BAD_IDS[i], (int)lang);
    }
}

/* A tag ends where a tag cannot continue: each ending byte after a tag changes nothing, whatever
 * follows it; an embedded NUL ends a tag and a list. */
static void check_tag_ends(void) {
    static const char *const tags[] = {"zh-TW", "zh_TW", "zh-Hant", "zh", "ja", "ko-KR", "ar", "en-GB", "yue", "fr", ""};
    static const char ends[] = " \t\r\n\f;,:.@";
    static const char *const rests[] = {"", "-Hans-CN", "Hant", "q=0.9", "ja", "\n", "\xe4\xb8\xad"};
    char tag[64];
    for (size_t t = 0; t < sizeof tags / sizeof *tags; t++) {
        RoomErrLang alone = room_err_lang_from_tag(tags[t]);
        for (size_t e = 0; e < sizeof ends - 1; e++) {
            for (size_t r = 0; r < sizeof rests / sizeof *rests; r++) {
                snprintf(tag, sizeof tag, "%s%c%s", tags[t], ends[e], rests[r]);
                CHECK(room_err_lang_from_tag(tag) == alone, "tag \"%s\" (end 0x%02x)", tag, (unsigned char)ends[e]);
            }
        }
    }
    const struct { const char *tag; RoomErrLang lang; } cases[] = {
        {"zh-TW\r", ROOM_ERR_LANG_ZH_HANT},     {"zh-TW ", ROOM_ERR_LANG_ZH_HANT},
        {"zh-Hant;q=0.9", ROOM_ERR_LANG_ZH_HANT}, {"zh_TW:ja:en", ROOM_ERR_LANG_ZH_HANT},
        {"ja ", ROOM_ERR_LANG_JA},                {"zh-TW\0ja", ROOM_ERR_LANG_ZH_HANT},
        {"zh-TW! ", ROOM_ERR_LANG_ZH_HANS}, /* a malformed subtag inside the tag ends it there */
        {" zh-TW", ROOM_ERR_LANG_EN},             {"\0zh-TW", ROOM_ERR_LANG_EN},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
        CHECK(room_err_lang_from_tag(cases[i].tag) == cases[i].lang, "tag %s", cases[i].tag);
}

/* Preference lists: the forms the header names, NULL, an embedded NUL. */
static void check_lists(void) {
    const struct { const char *list; RoomErrLang lang; } cases[] = {
        {NULL, ROOM_ERR_LANG_EN},
        {"", ROOM_ERR_LANG_EN},
        {"fr-CH, fr;q=0.9, zh-TW;q=0.8, *;q=0.5", ROOM_ERR_LANG_ZH_HANT},
        {"zh_TW:ja:en", ROOM_ERR_LANG_ZH_HANT},
        {"zh-Hant-TW,en-US", ROOM_ERR_LANG_ZH_HANT},
        {"ja en", ROOM_ERR_LANG_JA},
        {"en;q=0.5, ja", ROOM_ERR_LANG_JA},
        {"zh-TW;q=0, ja", ROOM_ERR_LANG_JA},
        {"ja\0zh-TW", ROOM_ERR_LANG_JA},
        {"zh-TW\r\n", ROOM_ERR_LANG_ZH_HANT},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
        CHECK(room_err_lang_from_list(cases[i].list) == cases[i].lang, "list %s", cases[i].list ? cases[i].list : "NULL");
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: %s VECTORS_DIR\n", argv[0]);
        return 2;
    }
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
            check_parts(code, lang);
        }
        check_metadata(code);
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
            check_parts(code, lang);
        }
        check_metadata(code);
    }
    CHECK(strcmp(room_err_message(12345, ROOM_ERR_LANG_EN), "Unknown error code.") == 0, "unknown en");

    const RoomErrLang bad_langs[] = {-1, langs, INT32_MAX, INT32_MIN};
    for (size_t i = 0; i < sizeof bad_langs / sizeof bad_langs[0]; i++) {
        CHECK(strcmp(room_err_lang_tag(bad_langs[i]), "en") == 0, "lang %d", (int)bad_langs[i]);
        CHECK(room_err_message(ROOM_ERR_SEAT_LOCKED, bad_langs[i]) ==
                      room_err_message(ROOM_ERR_SEAT_LOCKED, ROOM_ERR_LANG_EN) &&
                  room_err_summary(ROOM_ERR_SEAT_LOCKED, bad_langs[i]) ==
                      room_err_summary(ROOM_ERR_SEAT_LOCKED, ROOM_ERR_LANG_EN) &&
                  room_err_remedy(ROOM_ERR_CAMERA_OCCUPIED, bad_langs[i]) ==
                      room_err_remedy(ROOM_ERR_CAMERA_OCCUPIED, ROOM_ERR_LANG_EN) &&
                  room_err_user_message(ROOM_ERR_INVALID_PARAMETER, bad_langs[i]) ==
                      room_err_user_message(ROOM_ERR_INVALID_PARAMETER, ROOM_ERR_LANG_EN),
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
    check_tag_ends();
    check_lists();
    check_actions(langs);
    CHECK(room_err_action(ROOM_ERR_CAMERA_NOT_AUTHORIZED) == ROOM_ERR_ACTION_OPEN_SETTINGS &&
              room_err_audience(ROOM_ERR_INVALID_PARAMETER) == ROOM_ERR_AUDIENCE_DEVELOPER &&
              room_err_audience(ROOM_ERR_SEAT_LOCKED) == ROOM_ERR_AUDIENCE_USER &&
              room_err_retry_after_ms(ROOM_ERR_SERVER_CREATE_ROOM_FREQ_LIMIT) == 1000,
          "metadata");
    CHECK(strcmp(room_err_user_message(ROOM_ERR_INVALID_PARAMETER, ROOM_ERR_LANG_EN),
                 "The operation could not be completed. Try again later.") == 0,
          "generic user message %s", room_err_user_message(ROOM_ERR_INVALID_PARAMETER, ROOM_ERR_LANG_EN));

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

    /* A floor: every known code in every language, every action in every language. */
    long rows = vectors_check(argv[1], langs);
    CHECK(rows >= (long)(count * (size_t)langs + ACTIONS * langs), "only %ld vector rows", rows);
    printf("%ld vector rows (%s)\n", rows, argv[1]);

    return check_summary();
}
