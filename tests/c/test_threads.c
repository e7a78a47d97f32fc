/*
 * 16 threads x CALLS mixed calls each (default 1,000,000): every exported function (make test-c
 * checks that), every known code, unknown codes, every language and a few tags and lists, in a
 * different pseudo-random order per thread.
 * Every returned pointer must equal the one taken before the threads started, and every string's
 * contents the copy taken then. Usage: test_threads [CALLS]
 */
#define _DEFAULT_SOURCE
#include <limits.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "room_errors.h"

enum { THREADS = 16 };

/* The strings the library answers for one code in one language, by kind. */
enum { MESSAGE, NAME, CATEGORY, LANG_TAG, SUMMARY, REMEDY, USER_MESSAGE, ACTION_NAME, ACTION_LABEL, STRINGS };

/* One code in one language, as answered before the threads started. */
struct expected {
    int32_t code;
    RoomErrLang lang;
    const char *string[STRINGS];
    char *copy[STRINGS];
    RoomErrCategory category_id;
    RoomErrAction action;
    RoomErrAudience audience;
    uint32_t retry_after_ms;
    bool known, retryable;
};

static const char *const tags[] = {"en-US", "zh-Hans-CN", "zh_TW.UTF-8", "ja_JP", "ko-KR", "ar-SA", "fr", NULL};
static const char *const lists[] = {"fr-CH, fr;q=0.9, zh-TW;q=0.8", "zh_TW:ja:en", "ja en", "", NULL};
enum { TAG_COUNT = sizeof tags / sizeof tags[0], LIST_COUNT = sizeof lists / sizeof lists[0] };
static RoomErrLang tag_langs[TAG_COUNT], list_langs[LIST_COUNT];
static const int32_t *codes_pointer;
static size_t codes_count;
static const char *version;
static char *version_copy;

static struct expected *table;
static size_t entries;
static long calls_per_thread = 1000000;

static char *copy(const char *s) {
    char *c = strdup(s);
    if (!c) abort();
    return c;
}

/* String `kind` of code and lang, answered now. */
static const char *answer(int32_t code, RoomErrLang lang, int kind) {
    switch (kind) {
    case MESSAGE: return room_err_message(code, lang);
    case NAME: return room_err_name(code);
    case CATEGORY: return room_err_category(code);
    case LANG_TAG: return room_err_lang_tag(lang);
    case SUMMARY: return room_err_summary(code, lang);
    case REMEDY: return room_err_remedy(code, lang);
    case USER_MESSAGE: return room_err_user_message(code, lang);
    case ACTION_NAME: return room_err_action_name(room_err_action(code));
    default: return room_err_action_label(room_err_action(code), lang);
    }
}

static void take_snapshot(void) {
    size_t count;
    const int32_t *codes = room_err_codes(&count);
    const int32_t unknown[] = {INT32_MIN, -1099, 1, 99999, INT32_MAX};
    RoomErrLang langs = 0;
    while (room_err_lang_from_tag(room_err_lang_tag(langs)) == langs) langs++;
    /* Languages one past each end too: unknown ids. */
    size_t codes_total = count + sizeof unknown / sizeof unknown[0];
    table = calloc(codes_total * (size_t)(langs + 2), sizeof *table);
    if (!table) abort();
    for (size_t i = 0; i < codes_total; i++) {
        for (RoomErrLang lang = -1; lang <= langs; lang++) {
            struct expected *e = &table[entries++];
            e->code = i < count ? codes[i] : unknown[i - count];
            e->lang = lang;
            for (int k = 0; k < STRINGS; k++) {
                e->string[k] = answer(e->code, lang, k);
                e->copy[k] = copy(e->string[k]);
            }
            e->category_id = room_err_category_id(e->code);
            e->action = room_err_action(e->code);
            e->audience = room_err_audience(e->code);
            e->retry_after_ms = room_err_retry_after_ms(e->code);
            e->known = room_err_is_known(e->code);
            e->retryable = room_err_is_retryable(e->code);
        }
    }
    for (int t = 0; t < TAG_COUNT; t++) tag_langs[t] = room_err_lang_from_tag(tags[t]);
    for (int t = 0; t < LIST_COUNT; t++) list_langs[t] = room_err_lang_from_list(lists[t]);
    codes_pointer = codes, codes_count = count;
    version = room_err_version();
    version_copy = copy(version);
}

/* Calls one function on entry e (chosen by `op`); returns whether its answer is unchanged. */
static int check_call(const struct expected *e, unsigned op, int compare_contents) {
    const char *s, *expected_s, *expected_copy;
    unsigned kind = op % (STRINGS + 6);
    if (kind < STRINGS) {
        s = answer(e->code, e->lang, (int)kind), expected_s = e->string[kind], expected_copy = e->copy[kind];
    } else {
        switch (kind - STRINGS) {
        case 0: return room_err_category_id(e->code) == e->category_id && room_err_action(e->code) == e->action;
        case 1:
            return room_err_is_known(e->code) == e->known && room_err_is_retryable(e->code) == e->retryable &&
                   room_err_audience(e->code) == e->audience && room_err_retry_after_ms(e->code) == e->retry_after_ms;
        case 2: {
            int t = (int)(op / 16 % TAG_COUNT);
            return room_err_lang_from_tag(tags[t]) == tag_langs[t];
        }
        case 3: {
            int t = (int)(op / 16 % TAG_COUNT);
            return room_err_message_for_tag(e->code, tags[t]) == room_err_message(e->code, tag_langs[t]);
        }
        case 4: {
            int t = (int)(op / 16 % LIST_COUNT);
            return room_err_lang_from_list(lists[t]) == list_langs[t];
        }
        default: {
            size_t count;
            s = room_err_version(), expected_s = version, expected_copy = version_copy;
            if (room_err_codes(&count) != codes_pointer || count != codes_count) return 0;
        }
        }
    }
    return s == expected_s && (!compare_contents || strcmp(s, expected_copy) == 0);
}

static void *worker(void *arg) {
    uint64_t state = 0x9e3779b97f4a7c15u * (uint64_t)((intptr_t)arg + 1);
    long mismatches = 0;
    for (long i = 0; i < calls_per_thread; i++) {
        state ^= state << 13, state ^= state >> 7, state ^= state << 17;
        const struct expected *e = &table[(state >> 8) % entries];
        mismatches += !check_call(e, (unsigned)(state >> 40), i % 64 == 0);
    }
    /* Finally, every string's contents. */
    for (size_t i = 0; i < entries; i++) {
        for (unsigned op = 0; op < STRINGS; op++) mismatches += !check_call(&table[i], op, 1);
    }
    return (void *)(intptr_t)mismatches;
}

int main(int argc, char **argv) {
    if (argc > 1) calls_per_thread = atol(argv[1]);
    if (calls_per_thread < 1) {
        fprintf(stderr, "usage: %s [CALLS >= 1]\n", argv[0]);
        return 2;
    }
    take_snapshot();
    pthread_t threads[THREADS];
    for (intptr_t t = 0; t < THREADS; t++) {
        if (pthread_create(&threads[t], NULL, worker, (void *)t) != 0) {
            perror("pthread_create");
            return 2;
        }
    }
    long mismatches = 0;
    for (int t = 0; t < THREADS; t++) {
        void *result;
        pthread_join(threads[t], &result);
        mismatches += (long)(intptr_t)result;
    }
    long total = (long)THREADS * calls_per_thread;
    printf("%d threads x %ld calls: %ld mismatches\n", THREADS, calls_per_thread, mismatches);
    for (size_t i = 0; i < entries; i++)
        for (int k = 0; k < STRINGS; k++) free(table[i].copy[k]);
    free(table);
    free(version_copy);
    printf("%ld passed, %ld failed\n", total - mismatches, mismatches);
    return mismatches != 0;
}
