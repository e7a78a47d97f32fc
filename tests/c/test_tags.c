/*
 * Hostile tags for room_err_lang_from_tag and room_err_message_for_tag, and hostile lists for
 * room_err_lang_from_list: NULL, "", 1 MiB strings, invalid UTF-8, only separators, leading and
 * trailing separators, very long subtags, non-ASCII bytes in every position, every 1- and 2-byte
 * input, random inputs. Each gets a catalog language, the same for every copy of the input, and
 * the documented answer where the rules fix one (tests/icu checks the answers against ICU); a
 * list holding one tag gets that tag's answer. No call reads past the input's NUL:
 * every input is passed as a guarded copy (a read past the NUL faults) and as an exactly sized
 * heap copy (which valgrind's memcheck watches).
 */
#define _DEFAULT_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guarded.h"
#include "check.h"
#include "room_errors.h"

static RoomErrLang langs;

/* ---- the checks ----------------------------------------------------------------------------- */

/* Checks the len bytes at tag (a NUL is appended): a catalog language, `expected` unless -1. */
static void check_tag(const char *tag, size_t len, RoomErrLang expected, const char *label) {
    char *guarded = guarded_copy(tag, len);
    char *heap = malloc(len + 1);
    if (!heap) abort();
    memcpy(heap, guarded, len + 1);
    RoomErrLang got = room_err_lang_from_tag(guarded);
    CHECK(expected < 0 || got == expected, "%s: %d, expected %d", label, (int)got, (int)expected);
    CHECK(got >= 0 && got < langs, "%s: %d", label, (int)got);
    CHECK(room_err_lang_from_tag(heap) == got, "%s: heap copy", label);
    CHECK(room_err_message_for_tag(ROOM_ERR_SEAT_LOCKED, guarded) == room_err_message(ROOM_ERR_SEAT_LOCKED, got),
          "%s: message_for_tag", label);
    CHECK(room_err_message_for_tag(INT32_MIN, heap) == room_err_message(INT32_MIN, got), "%s: unknown code", label);
    free(heap);
    guarded_free(guarded, len);
}

static void check_str(const char *tag, RoomErrLang expected) {
    check_tag(tag, strlen(tag), expected, tag);
}

/* Whether the len bytes at s hold a list separator or parameter (",", ":", ";", whitespace). */
static int has_list_syntax(const char *s, size_t len) {
    for (size_t i = 0; i < len; i++) {
        if (strchr(",:; \t\n\v\f\r", s[i]) && s[i] != '\0') return 1;
    }
    return 0;
}

/* Checks the len bytes at list (a NUL is appended) as a preference list: a catalog language, the
 * same for a guarded and a heap copy, the tag's answer when it is one tag, and `expected` unless
 * -1. */
static void check_list(const char *list, size_t len, RoomErrLang expected, const char *label) {
    char *guarded = guarded_copy(list, len);
    char *heap = malloc(len + 1);
    if (!heap) abort();
    memcpy(heap, guarded, len + 1);
    RoomErrLang got = room_err_lang_from_list(guarded);
    CHECK(got >= 0 && got < langs, "list %s: %d", label, (int)got);
    CHECK(expected < 0 || got == expected, "list %s: %d, expected %d", label, (int)got, (int)expected);
    CHECK(room_err_lang_from_list(heap) == got, "list %s: heap copy", label);
    if (!has_list_syntax(guarded, strlen(guarded))) {
        CHECK(room_err_lang_from_tag(guarded) == got, "list %s: one tag, not its tag's answer", label);
    }
    free(heap);
    guarded_free(guarded, len);
}

static void check_list_str(const char *list, RoomErrLang expected) {
    check_list(list, strlen(list), expected, list);
}

/* A 1 MiB tag: `head`, then `fill` repeated up to 1 MiB. */
static void check_mebibyte(const char *head, const char *fill, RoomErrLang expected) {
    size_t len = (size_t)1 << 20, head_len = strlen(head), fill_len = strlen(fill);
    char *tag = malloc(len);
    if (!tag) abort();
    memcpy(tag, head, head_len);
    for (size_t i = head_len; i < len; i++) tag[i] = fill[(i - head_len) % fill_len];
    char label[64];
    snprintf(label, sizeof label, "1 MiB of \"%s\" + \"%s\"...", head, fill);
    check_tag(tag, len, expected, label);
    free(tag);
}

/* A 1 MiB list: `head`, then `fill` repeated up to 1 MiB, then `tail`. */
static void check_mebibyte_list(const char *head, const char *fill, const char *tail, RoomErrLang expected) {
    size_t len = (size_t)1 << 20, head_len = strlen(head), fill_len = strlen(fill), tail_len = strlen(tail);
    char *list = malloc(len);
    if (!list) abort();
    memcpy(list, head, head_len);
    for (size_t i = head_len; i < len - tail_len; i++) list[i] = fill[(i - head_len) % fill_len];
    memcpy(list + len - tail_len, tail, tail_len);
    char label[96];
    snprintf(label, sizeof label, "1 MiB: \"%s\" + \"%s\"... + \"%s\"", head, fill, tail);
    check_list(list, len, expected, label);
    free(list);
}

/* Every byte 0x80..0xff replacing, and inserted before, each position of `base`. */
static void check_non_ascii_everywhere(const char *base) {
    size_t n = strlen(base);
    char tag[64], label[96];
    for (size_t pos = 0; pos <= n; pos++) {
        for (int byte = 0x80; byte <= 0xff; byte++) {
            if (pos < n) {
                memcpy(tag, base, n + 1);
                tag[pos] = (char)byte;
                snprintf(label, sizeof label, "%s with byte %d replaced by 0x%02x", base, (int)pos, byte);
                check_tag(tag, n, -1, label);
                check_list(tag, n, -1, label);
            }
            memcpy(tag, base, pos);
            tag[pos] = (char)byte;
            memcpy(tag + pos + 1, base + pos, n - pos + 1);
            snprintf(label, sizeof label, "%s with 0x%02x inserted at %d", base, byte, (int)pos);
            check_tag(tag, n + 1, -1, label);
            check_list(tag, n + 1, -1, label);
        }
    }
}

/* Preference lists: the hostile ones, the documented rules, random ones. */
static void check_lists(void) {
    CHECK(room_err_lang_from_list(NULL) == ROOM_ERR_LANG_EN, "NULL list");
    const char *nothing[] = {"", ",", ":", ";", " ", "\t\n\r", ",,,", " , : ; ", ";q=1", "q=1", "*", "*;q=1",
                             "-", "_-_", ".", "@", "fr, de", "ja;q=0", "C:POSIX", "\xff", "\xc3\x28,\xed\xa0\x80"};
    for (size_t i = 0; i < sizeof nothing / sizeof *nothing; i++) check_list_str(nothing[i], ROOM_ERR_LANG_EN);

    /* The list forms, each meaning Japanese. */
    const char *japanese[] = {"fr-CH, ja;q=0.9, ko;q=0.8", "fr_CH:ja:ko", "fr-CH ja ko", "fr-CH,ja,ko", " ,ja, ",
                              "ja;q=0.5, ko;q=0.5", "ko;q=0.5, ja", "ja ; q = 1 , ko", "ko, ja, ko", "ja;q=abc, ko;q=0, ja",
                              "ja;q=0.0005, ko;q=0.0004", "*, ja", "ja\xff;q=1, ja"};
    for (size_t i = 0; i < sizeof japanese / sizeof *japanese; i++) check_list_str(japanese[i], ROOM_ERR_LANG_JA);

    /* An exact match ends the search; ten unmatched entries end it too. */
    check_list_str("en, zh", ROOM_ERR_LANG_EN);
    check_list_str("zh-TW, en", ROOM_ERR_LANG_ZH_HANT);
    check_list_str("fr,de,it,hu,nl,sv,pl,tr,cs,ja", ROOM_ERR_LANG_JA);
    check_list_str("fr,de,it,hu,nl,sv,pl,tr,cs,da,ja", ROOM_ERR_LANG_EN);

    /* 1 MiB lists: read to their NUL, never further. */
    check_mebibyte_list("", ",", "ja", ROOM_ERR_LANG_JA);
    check_mebibyte_list("", " ", "ko", ROOM_ERR_LANG_KO);
    check_mebibyte_list("", "a", "", ROOM_ERR_LANG_EN);
    check_mebibyte_list("ja, zh-", "x", "", ROOM_ERR_LANG_JA);
    check_mebibyte_list("fr-", "x", ",ar", ROOM_ERR_LANG_AR);
    check_mebibyte_list("", "x;q=0.5,", "ko", ROOM_ERR_LANG_EN);
    check_mebibyte_list("", "ja;q=0,", "", ROOM_ERR_LANG_EN);
    check_mebibyte_list("", ";", "", ROOM_ERR_LANG_EN);
    check_mebibyte_list("ko;q=0.", "9", "", ROOM_ERR_LANG_KO);
    check_mebibyte_list("", "\xe4\xb8\xad", ",ja", ROOM_ERR_LANG_JA);

    /* Random lists built from the pieces that matter. */
    const char *pieces[] = {"zh", "zh-TW", "zh_Hant", "Hans", "en", "en-GB", "ja", "ko", "ar", "fr", "de", "*", "C",
                            ",", ", ", ":", " ", "\t", ";", ";q=", "q=0", "q=0.5", "q=1", "=", "0.", "1.000", "0.0005",
                            "-", "_", ".", "@", "\xc3", "\xff", "abcdefghi"};
    uint64_t state = 0x9e3779b97f4a7c15u;
    for (int i = 0; i < 100000; i++) {
        char list[256];
        size_t len = 0;
        int count = (int)(state % 12);
        for (int k = 0; k < count; k++) {
            state ^= state << 13, state ^= state >> 7, state ^= state << 17;
            const char *piece = pieces[state % (sizeof pieces / sizeof *pieces)];
            size_t n = strlen(piece);
            memcpy(list + len, piece, n);
            len += n;
        }
        state ^= state << 13, state ^= state >> 7, state ^= state << 17;
        check_list(list, len, -1, "random");
        /* An entry in front of a list that matches exactly wins (private use is ignored; the pieces
         * cannot repeat it). */
        for (RoomErrLang l = 0; l < langs; l++) {
            char front[300];
            int n = snprintf(front, sizeof front, "%s-x-front,%.*s", room_err_lang_tag(l), (int)len, list);
            check_list(front, (size_t)n, l, "exact catalog tag in front");
        }
    }
}

int main(void) {
    while (room_err_lang_from_tag(room_err_lang_tag(langs)) == langs) langs++;

    /* NULL and empty. */
    CHECK(room_err_lang_from_tag(NULL) == ROOM_ERR_LANG_EN, "NULL");
    CHECK(room_err_message_for_tag(ROOM_ERR_SEAT_LOCKED, NULL) == room_err_message(ROOM_ERR_SEAT_LOCKED, 0), "NULL");
    check_str("", ROOM_ERR_LANG_EN);

    /* Only separators, and leading or trailing ones. */
    const char *separators[] = {"-", "_", "--", "__", "-_-_", "_-_-_-", ".", "@", "-.", "_@", "--zh", "-zh-Hant",
                                "_zh_TW", ".zh", "@zh"};
    for (size_t i = 0; i < sizeof separators / sizeof *separators; i++) check_str(separators[i], ROOM_ERR_LANG_EN);
    check_str("zh-", ROOM_ERR_LANG_ZH_HANS);
    check_str("zh-Hant-", ROOM_ERR_LANG_ZH_HANT);
    check_str("zh_TW_", ROOM_ERR_LANG_ZH_HANT);
    check_str("zh--Hant", ROOM_ERR_LANG_ZH_HANS); /* an empty subtag ends the reading */
    check_str("zh__--__TW", ROOM_ERR_LANG_ZH_HANS);
    check_str("zh-Hant.", ROOM_ERR_LANG_ZH_HANT);
    check_str("zh.Hant", ROOM_ERR_LANG_ZH_HANS);
    check_str("zh@TW", ROOM_ERR_LANG_ZH_HANS);

    /* Very long subtags: a primary over 8 bytes is malformed; a later one ends the reading. */
    check_str("zhzhzhzhz", ROOM_ERR_LANG_EN);
    check_str("abcdefgh", ROOM_ERR_LANG_EN);
    check_str("zh-Hantxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-TW", ROOM_ERR_LANG_ZH_HANS);
    check_str("zh-TW-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", ROOM_ERR_LANG_ZH_HANT);
    check_str("zh-HantHant", ROOM_ERR_LANG_ZH_HANS);
    check_str("zh-TWTWTWTWTWTWTWTWTWTWTWTW", ROOM_ERR_LANG_ZH_HANS);
    check_str("enenenenenenenenenenenenenenenenenenenenenenenenenenenenenen", ROOM_ERR_LANG_EN);

    /* Invalid UTF-8. */
    const char *invalid[] = {"\xff", "\xfe\xff", "\xc3", "\xc3\x28", "\xe2\x82", "\xed\xa0\x80", "\xf4\x90\x80\x80",
                             "zh-\xc3", "zh-Han\xe2\x82", "zh\xc0\xae", "\xc0\xadzh", "zh_TW\xff.UTF-8",
                             "z\x80h-Hant", "ja\xff"};
    for (size_t i = 0; i < sizeof invalid / sizeof *invalid; i++) check_str(invalid[i], -1);

    /* 1 MiB tags: read to their end (or their first `.`/`@`), never further. */
    check_mebibyte("", "a", ROOM_ERR_LANG_EN);
    check_mebibyte("", "-", ROOM_ERR_LANG_EN);
    check_mebibyte("zh", "-x", ROOM_ERR_LANG_ZH_HANS);
    check_mebibyte("zh-", "H", ROOM_ERR_LANG_ZH_HANS);
    check_mebibyte("zh_TW", "_", ROOM_ERR_LANG_ZH_HANT);
    check_mebibyte("zh-", "tw-", ROOM_ERR_LANG_ZH_HANT);
    check_mebibyte("zh-TW-", "u-", ROOM_ERR_LANG_ZH_HANT);
    check_mebibyte("zh-", "\xe4\xb8\xad", ROOM_ERR_LANG_ZH_HANS);

    /* Non-ASCII bytes in every position. */
    const char *bases[] = {"zh-Hant-TW", "zh_TW.UTF-8", "zh-Hans-CN", "en-US", "ja_JP", "ko", "ar-SA"};
    for (size_t i = 0; i < sizeof bases / sizeof *bases; i++) check_non_ascii_everywhere(bases[i]);

    /* Every tag of one and two bytes. */
    char tag[3] = {0};
    for (int a = 1; a < 256; a++) {
        tag[0] = (char)a;
        tag[1] = '\0';
        check_tag(tag, 1, -1, "one byte");
        check_list(tag, 1, -1, "one byte");
        for (int b = 1; b < 256; b++) {
            tag[1] = (char)b;
            check_tag(tag, 2, -1, "two bytes");
            check_list(tag, 2, -1, "two bytes");
        }
    }

    /* Random tags built from the pieces that matter. */
    const char *pieces[] = {"zh", "ZH", "Hans", "hant", "HANT", "TW", "hk", "Mo", "CN", "en", "ja", "ko", "ar",
                            "-", "_", ".", "@", "\xc3", "\xff", "x", "abcdefgh", "abcdefghi", "UTF-8", "C", "POSIX"};
    uint64_t state = 0x2545f4914f6cdd1du;
    for (int i = 0; i < 100000; i++) {
        char random_tag[128];
        size_t len = 0;
        int count = (int)(state % 7);
        for (int k = 0; k < count; k++) {
            state ^= state << 13, state ^= state >> 7, state ^= state << 17;
            const char *piece = pieces[state % (sizeof pieces / sizeof *pieces)];
            size_t n = strlen(piece);
            memcpy(random_tag + len, piece, n);
            len += n;
        }
        state ^= state << 13, state ^= state >> 7, state ^= state << 17;
        check_tag(random_tag, len, -1, "random");
    }

    check_lists();

    return check_summary();
}
