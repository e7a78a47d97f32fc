/*
 * `make bench`: the median cost of one call of each room-errors lookup, next to SQLite's
 * sqlite3_errstr and glibc's strerror timed in the same process, and the ratio to sqlite3_errstr.
 *
 * Method (see BENCHMARKS.md): every case runs one batch per round over the same 1,024 inputs,
 * shuffled with a fixed seed so that consecutive calls take different paths (the tag cases repeat
 * one tag, as an app asking for its locale does); rounds interleave all cases, so drift and
 * noise from other processes hit every case alike; a case's figure is the median over rounds of
 * (batch time / calls). Each case is timed twice: with independent calls (throughput, the
 * measure of the goals) and with each call's input depending on the previous call's result
 * (latency). Every call goes through the PLT, like any caller of a shared library.
 *
 * Usage: bench [ROUNDS]  (default 3000; `make test` runs 3 to check that it builds and runs).
 */
#define _GNU_SOURCE
#include <gnu/libc-version.h>
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/utsname.h>
#include <time.h>

#include "room_errors.h"

#define INPUTS 1024 /* inputs per batch; a power of two */
#define PASSES 4    /* passes over the inputs per batch */

/* Every benchmarked function, as a batch over an input array. */
enum kind { MESSAGE, CATEGORY, NAME, LANG_FROM_TAG, LANG_FROM_LIST, SQLITE_ERRSTR, STRERROR };

struct bench_case {
    const char *label;
    enum kind kind;
    const int32_t *codes; /* INPUTS codes, except for LANG_FROM_TAG and LANG_FROM_LIST */
    RoomErrLang lang;     /* MESSAGE only */
    const char *tag;      /* LANG_FROM_TAG and LANG_FROM_LIST only: the tag or list */
    double goal;          /* largest acceptable ratio to sqlite3_errstr; 0: an anchor; < 0: none */
    double *samples[2];   /* ns per call, one per round: independent, dependent calls */
};

/* Folds every result into one value that is printed, so no call can be optimised away. */
static uintptr_t sink;

static uint64_t rng_state = 0x9e3779b97f4a7c15u;

/* xorshift64*: a fixed, portable sequence of pseudo-random numbers. */
static uint64_t next_random(void) {
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return rng_state * 0x2545f4914f6cdd1du;
}

/* INPUTS values drawn uniformly (with the fixed seed) from pool[0..n). */
static int32_t *draw(const int32_t *pool, size_t n) {
    int32_t *out = malloc(INPUTS * sizeof *out);
    if (!out) abort();
    for (size_t i = 0; i < INPUTS; i++) out[i] = pool[next_random() % n];
    return out;
}

static double now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e9 + (double)t.tv_nsec;
}

/* The index of the next input. Dependent batches add `chain`, which is always 0 but computed
 * from the previous call's result, so that each call waits for the one before. */
#define NEXT(i) (((i) + chain) & (INPUTS - 1))

/* Zero, computed from a result: user-space addresses have bit 63 clear, language ids bit 31. */
#define POINTER_ZERO(r) ((uintptr_t)(r) >> 63)
#define LANG_ZERO(r) ((uint32_t)(r) >> 31)

/* One pass of `call` over the inputs, adding each result into acc; if dependent, into chain. */
#define PASS(type, call, zero)                                                     \
    do {                                                                           \
        if (dependent) {                                                           \
            for (size_t i = 0; i < INPUTS; i++) {                                  \
                type r = call;                                                     \
                acc += (uintptr_t)r;                                               \
                chain += zero(r);                                                  \
            }                                                                      \
        } else {                                                                   \
            for (size_t i = 0; i < INPUTS; i++) acc += (uintptr_t)(call);          \
        }                                                                          \
    } while (0)

/* Runs one batch of the case and returns its cost in ns per call: independent calls (throughput)
 * or, if `dependent`, each call's input depending on the previous call's result (latency). */
static double run_batch(const struct bench_case *c, int dependent) {
    uintptr_t acc = 0, chain = 0;
    const int32_t *in = c->codes;
    double start = now_ns();
    for (int pass = 0; pass < PASSES; pass++) {
        switch (c->kind) {
        case MESSAGE: PASS(const char *, room_err_message(in[NEXT(i)], c->lang), POINTER_ZERO); break;
        case CATEGORY: PASS(const char *, room_err_category(in[NEXT(i)]), POINTER_ZERO); break;
        case NAME: PASS(const char *, room_err_name(in[NEXT(i)]), POINTER_ZERO); break;
        case LANG_FROM_TAG: PASS(RoomErrLang, room_err_lang_from_tag(c->tag + chain), LANG_ZERO); break;
        case LANG_FROM_LIST: PASS(RoomErrLang, room_err_lang_from_list(c->tag + chain), LANG_ZERO); break;
        case SQLITE_ERRSTR: PASS(const char *, sqlite3_errstr(in[NEXT(i)]), POINTER_ZERO); break;
        case STRERROR: PASS(const char *, strerror(in[NEXT(i)]), POINTER_ZERO); break;
        }
    }
    double elapsed = now_ns() - start;
    sink += acc + chain;
    return elapsed / (INPUTS * PASSES);
}

static int by_value(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median(double *v, size_t n) {
    qsort(v, n, sizeof *v, by_value);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/* The number of languages: ids from 0 whose tag negotiates back to the id. */
static RoomErrLang language_count(void) {
    RoomErrLang n = 0;
    while (room_err_lang_from_tag(room_err_lang_tag(n)) == n) n++;
    return n;
}

/* Codes the catalog does not know: the extremes, gaps next to known codes, random values. */
static size_t unknown_codes(int32_t *out, size_t cap) {
    size_t count, n = 0;
    const int32_t *known = room_err_codes(&count);
    out[n++] = INT32_MIN;
    out[n++] = INT32_MAX;
    while (n < cap) {
        int32_t c = n % 2 ? known[next_random() % count] + 1 : (int32_t)(uint32_t)next_random();
        if (!room_err_is_known(c)) out[n++] = c;
    }
    return n;
}

static void print_machine(void) {
    char cpu[256] = "unknown CPU";
    FILE *f = fopen("/proc/cpuinfo", "r");
    if (f) {
        char line[256];
        while (fgets(line, sizeof line, f)) {
            char *colon = strchr(line, ':');
            if (strncmp(line, "model name", 10) == 0 && colon) {
                snprintf(cpu, sizeof cpu, "%s", colon + 2);
                cpu[strcspn(cpu, "\n")] = '\0';
                break;
            }
        }
        fclose(f);
    }
    struct utsname u;
    uname(&u);
    printf("machine: %s, %s %s %s; glibc %s; SQLite %s; compiler %s\n", cpu, u.sysname, u.release,
           u.machine, gnu_get_libc_version(), sqlite3_libversion(), __VERSION__);
}

int main(int argc, char **argv) {
    int rounds = argc > 1 ? atoi(argv[1]) : 3000;
    if (rounds < 1) {
        fprintf(stderr, "usage: %s [ROUNDS >= 1]\n", argv[0]);
        return 2;
    }

    size_t count;
    const int32_t *known_pool = room_err_codes(&count);
    int32_t unknown_pool[64];
    unknown_codes(unknown_pool, 64);
    int32_t *known = draw(known_pool, count), *unknown = draw(unknown_pool, 64);
    /* SQLite's valid result codes: the primary ones and a few extended ones. */
    const int32_t sqlite_pool[] = {
        SQLITE_OK,         SQLITE_ERROR,      SQLITE_INTERNAL,     SQLITE_PERM,       SQLITE_ABORT,
        SQLITE_BUSY,       SQLITE_LOCKED,     SQLITE_NOMEM,        SQLITE_READONLY,   SQLITE_INTERRUPT,
        SQLITE_IOERR,      SQLITE_CORRUPT,    SQLITE_NOTFOUND,     SQLITE_FULL,       SQLITE_CANTOPEN,
        SQLITE_PROTOCOL,   SQLITE_EMPTY,      SQLITE_SCHEMA,       SQLITE_TOOBIG,     SQLITE_CONSTRAINT,
        SQLITE_MISMATCH,   SQLITE_MISUSE,     SQLITE_NOLFS,        SQLITE_AUTH,       SQLITE_FORMAT,
        SQLITE_RANGE,      SQLITE_NOTADB,     SQLITE_NOTICE,       SQLITE_WARNING,    SQLITE_ROW,
        SQLITE_DONE,       SQLITE_IOERR_READ, SQLITE_BUSY_TIMEOUT, SQLITE_ABORT_ROLLBACK,
        SQLITE_CONSTRAINT_UNIQUE,
    };
    int32_t errno_pool[134];
    for (int32_t e = 0; e < 134; e++) errno_pool[e] = e;
    int32_t *sqlite_codes = draw(sqlite_pool, sizeof sqlite_pool / sizeof sqlite_pool[0]);
    int32_t *errnos = draw(errno_pool, 134);

    RoomErrLang langs = language_count();
    struct bench_case cases[64];
    size_t n = 0;
    cases[n++] = (struct bench_case){"sqlite3_errstr (anchor)", SQLITE_ERRSTR, sqlite_codes, 0, NULL, 0, {NULL}};
    cases[n++] = (struct bench_case){"strerror (glibc)", STRERROR, errnos, 0, NULL, 0, {NULL}};
    static char labels[2][16][64];
    for (RoomErrLang l = 0; l < langs && l < 16; l++) {
        snprintf(labels[0][l], sizeof labels[0][l], "room_err_message known, %s", room_err_lang_tag(l));
        snprintf(labels[1][l], sizeof labels[1][l], "room_err_message unknown, %s", room_err_lang_tag(l));
        cases[n++] = (struct bench_case){labels[0][l], MESSAGE, known, l, NULL, 1.0, {NULL}};
        cases[n++] = (struct bench_case){labels[1][l], MESSAGE, unknown, l, NULL, 1.0, {NULL}};
    }
    cases[n++] = (struct bench_case){"room_err_category", CATEGORY, known, 0, NULL, 1.0, {NULL}};
    cases[n++] = (struct bench_case){"room_err_name", NAME, known, 0, NULL, 1.0, {NULL}};
    const char *tags[] = {"en-US", "zh-Hans-CN", "zh_TW.UTF-8"};
    static char tag_labels[3][64];
    for (int t = 0; t < 3; t++) {
        snprintf(tag_labels[t], sizeof tag_labels[t], "room_err_lang_from_tag \"%s\"", tags[t]);
        cases[n++] = (struct bench_case){tag_labels[t], LANG_FROM_TAG, NULL, 0, tags[t], 3.0, {NULL}};
    }
    /* Accept-Language values as browsers send them: room_err_lang_from_list's documented example
     * (four entries, the third matches) and Chrome's for a US user who also reads Chinese (the
     * first matches exactly). */
    const char *lists[] = {"fr-CH, fr;q=0.9, zh-TW;q=0.8, *;q=0.5", "en-US,en;q=0.9,zh-CN;q=0.8,zh;q=0.7"};
    static char list_labels[2][80];
    for (int t = 0; t < 2; t++) {
        snprintf(list_labels[t], sizeof list_labels[t], "room_err_lang_from_list \"%s\"", lists[t]);
        cases[n++] = (struct bench_case){list_labels[t], LANG_FROM_LIST, NULL, 0, lists[t], -1, {NULL}};
    }

    for (size_t c = 0; c < n; c++) {
        for (int mode = 0; mode < 2; mode++) {
            cases[c].samples[mode] = malloc((size_t)rounds * sizeof(double));
            if (!cases[c].samples[mode]) abort();
            run_batch(&cases[c], mode); /* warm-up: caches, PLT binding, branch predictors */
        }
    }
    for (int r = 0; r < rounds; r++) {
        for (size_t c = 0; c < n; c++) {
            for (int mode = 0; mode < 2; mode++) cases[c].samples[mode][r] = run_batch(&cases[c], mode);
        }
    }

    print_machine();
    printf("rounds: %d, each %d calls per case and mode (%d shuffled inputs x %d passes); median ns per call\n",
           rounds, INPUTS * PASSES, INPUTS, PASSES);
    printf("independent: throughput, the goals' measure; dependent: each call waits for the previous one\n\n");
    double anchor[2];
    for (int mode = 0; mode < 2; mode++) anchor[mode] = median(cases[0].samples[mode], (size_t)rounds);
    int missed = 0, goals = 0;
    printf("| call | independent ns | ratio to sqlite3_errstr | goal | dependent ns | ratio |\n"
           "|---|---:|---:|---|---:|---:|\n");
    for (size_t c = 0; c < n; c++) {
        double ns[2];
        for (int mode = 0; mode < 2; mode++) {
            ns[mode] = c == 0 ? anchor[mode] : median(cases[c].samples[mode], (size_t)rounds);
            free(cases[c].samples[mode]);
        }
        double ratio = ns[0] / anchor[0];
        char goal[32] = "anchor";
        if (cases[c].goal < 0) snprintf(goal, sizeof goal, "none");
        if (cases[c].goal > 0) {
            int met = ratio <= cases[c].goal;
            missed += !met;
            goals++;
            snprintf(goal, sizeof goal, "<= %.1fx: %s", cases[c].goal, met ? "met" : "NOT met");
        }
        printf("| %s | %.2f | %.2fx | %s | %.2f | %.2fx |\n", cases[c].label, ns[0], ratio, goal, ns[1],
               ns[1] / anchor[1]);
    }
    printf("\ngoals met: %d of %d (checksum %lx)\n", goals - missed, goals, (unsigned long)sink);
    free(known);
    free(unknown);
    free(sqlite_codes);
    free(errnos);
    return 0;
}
