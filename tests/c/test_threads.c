/*
 * 16 threads x CALLS mixed calls each (default 1,000,000): every function, every known code,
 * unknown codes, every language and a few tags, in a different pseudo-random order per thread.
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

/* One code in one language, as answered before the threads started. */
struct expected {
    int32_t code;
    RoomErrLang lang;
    const char *message, *name, *category, *lang_tag;
    char *message_copy, *name_copy, *category_copy, *lang_tag_copy;
    RoomErrCategory category_id;
    bool known, retryable;
};

static const char *const tags[] = {"en-US", "zh-Hans-CN", "zh_TW.UTF-8", "ja_JP", "ko-KR", "ar-SA", "fr", NULL};
enum { TAG_COUNT = sizeof tags / sizeof tags[0] };
static RoomErrLang tag_langs[TAG_COUNT];
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
            e->message = room_err_message(e->code, lang);
            e->name = room_err_name(e->code);
            e->category = room_err_category(e->code);
            e->lang_tag = room_err_lang_tag(lang);
            e->message_copy = copy(e->message);
            e->name_copy = copy(e->name);
            e->category_copy = copy(e->category);
            e->lang_tag_copy = copy(e->lang_tag);
            e->category_id = room_err_category_id(e->code);
            e->known = room_err_is_known(e->code);
            e->retryable = room_err_is_retryable(e->code);
        }
    }
    for (int t = 0; t < TAG_COUNT; t++) tag_langs[t] = room_err_lang_from_tag(tags[t]);
    codes_pointer = codes, codes_count = count;
    version = room_err_version();
    version_copy = copy(version);
}

/* Calls one function on entry e (chosen by `op`); returns whether its answer is unchanged. */
static int check_call(const struct expected *e, unsigned op, int compare_contents) {
    const char *s, *expected_s, *expected_copy;
    switch (op % 9) {
    case 0: s = room_err_message(e->code, e->lang), expected_s = e->message, expected_copy = e->message_copy; break;
    case 1: s = room_err_name(e->code), expected_s = e->name, expected_copy = e->name_copy; break;
    case 2: s = room_err_category(e->code), expected_s = e->category, expected_copy = e->category_copy; break;
    case 3: s = room_err_lang_tag(e->lang), expected_s = e->lang_tag, expected_copy = e->lang_tag_copy; break;
    case 4: return room_err_category_id(e->code) == e->category_id;
    case 5: return room_err_is_known(e->code) == e->known && room_err_is_retryable(e->code) == e->retryable;
    case 6: {
        int t = (int)(op / 9 % TAG_COUNT);
        return room_err_lang_from_tag(tags[t]) == tag_langs[t];
    }
    case 7: {
        int t = (int)(op / 9 % TAG_COUNT);
        return room_err_message_for_tag(e->code, tags[t]) == room_err_message(e->code, tag_langs[t]);
    }
    default: {
        size_t count;
        s = room_err_version(), expected_s = version, expected_copy = version_copy;
        if (room_err_codes(&count) != codes_pointer || count != codes_count) return 0;
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
        for (unsigned op = 0; op < 4; op++) mismatches += !check_call(&table[i], op, 1);
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
    for (size_t i = 0; i < entries; i++) {
        free(table[i].message_copy), free(table[i].name_copy), free(table[i].category_copy);
        free(table[i].lang_tag_copy);
    }
    free(table);
    free(version_copy);
    printf("%ld passed, %ld failed\n", total - mismatches, mismatches);
    return mismatches != 0;
}
