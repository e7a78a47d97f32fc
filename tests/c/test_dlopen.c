/*
 * CYCLES dlopen/dlclose cycles of the library (default 1,000): each cycle maps it afresh, calls
 * every exported function through dlsym and compares the answers with the first cycle's; after dlclose the
 * library must be unloaded, and the heap in use after the last cycle must equal that after the
 * first few (no leak per cycle). Usage: test_dlopen PATH [CYCLES]
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <limits.h>
#include <malloc.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "room_errors.h"

enum { WARM_UP = 10 };


/* Looks up `name` in `lib`, failing the test if it is missing. */
static void *symbol(void *lib, const char *name) {
    void *address = dlsym(lib, name);
    CHECK(address != NULL, "dlsym %s: %s", name, dlerror());
    if (!address) exit(1);
    return address;
}

/* Declares `name` as a pointer to room_err_`name` in `lib`, typed as the header
 * declares it (the test does not link the library: it only takes its types). */
#define LOOKUP(lib, name)                          \
    __typeof__(room_err_##name) *name;             \
    do {                                           \
        void *address = symbol(lib, "room_err_" #name); \
        memcpy(&name, &address, sizeof address);   \
    } while (0)

/* Calls every exported function of the library (make test-c checks that) once; writes what they
 * answer, as text, to `out`. */
static void call_everything(void *lib, char *out, size_t size) {
    LOOKUP(lib, message);
    LOOKUP(lib, message_for_tag);
    LOOKUP(lib, category);
    LOOKUP(lib, category_id);
    LOOKUP(lib, name);
    LOOKUP(lib, is_known);
    LOOKUP(lib, is_retryable);
    LOOKUP(lib, lang_from_tag);
    LOOKUP(lib, lang_from_list);
    LOOKUP(lib, lang_tag);
    LOOKUP(lib, codes);
    LOOKUP(lib, version);
    LOOKUP(lib, summary);
    LOOKUP(lib, remedy);
    LOOKUP(lib, user_message);
    LOOKUP(lib, action);
    LOOKUP(lib, action_name);
    LOOKUP(lib, action_label);
    LOOKUP(lib, audience);
    LOOKUP(lib, retry_after_ms);

    size_t count;
    const int32_t *all = codes(&count);
    int32_t code = all[count / 2], lang = lang_from_tag("zh_TW.UTF-8");
    int n = snprintf(out, size, "%s|%s|%s|%d|%s|%d|%d|%d|%s|%zu|%s|%s|", message(code, lang),
                     message_for_tag(code, "ja-JP"), category(code), (int)category_id(code), name(code),
                     is_known(code), is_retryable(INT32_MIN), (int)lang, lang_tag(lang), count, version(),
                     message(INT32_MIN, 1));
    if (n < 0 || (size_t)n >= size) return;
    snprintf(out + n, size - (size_t)n, "%d|%s|%s|%s|%d|%s|%s|%d|%u", (int)lang_from_list("fr, zh-TW;q=0.8"),
             summary(ROOM_ERR_CAMERA_OCCUPIED, lang), remedy(ROOM_ERR_CAMERA_OCCUPIED, lang),
             user_message(ROOM_ERR_INVALID_PARAMETER, lang), (int)action(ROOM_ERR_CAMERA_NOT_AUTHORIZED),
             action_name(ROOM_ERR_ACTION_ASK_HOST), action_label(ROOM_ERR_ACTION_OPEN_SETTINGS, lang),
             (int)audience(code), (unsigned)retry_after_ms(ROOM_ERR_SERVER_CREATE_ROOM_FREQ_LIMIT));
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: %s PATH [CYCLES]\n", argv[0]);
        return 2;
    }
    const char *path = argv[1];
    long cycles = argc > 2 ? atol(argv[2]) : 1000;
    static char first[4096], answer[4096];
    size_t heap_after_warm_up = 0;
    for (long cycle = 0; cycle < cycles; cycle++) {
        void *lib = dlopen(path, RTLD_NOW | RTLD_LOCAL);
        CHECK(lib != NULL, "dlopen %s: %s", path, dlerror());
        if (!lib) return 1;
        call_everything(lib, cycle ? answer : first, sizeof answer);
        CHECK(cycle == 0 || strcmp(answer, first) == 0, "cycle %ld: %s", cycle, answer);
        CHECK(dlclose(lib) == 0, "dlclose: %s", dlerror());
        /* RTLD_NOLOAD finds the library only if it is still mapped. */
        void *still = dlopen(path, RTLD_NOW | RTLD_NOLOAD);
        CHECK(still == NULL, "cycle %ld: still loaded after dlclose", cycle);
        if (still) dlclose(still);
        if (cycle + 1 == WARM_UP) heap_after_warm_up = mallinfo2().uordblks;
    }
    if (cycles > WARM_UP) {
        size_t heap = mallinfo2().uordblks;
        CHECK(heap == heap_after_warm_up, "heap in use grew from %zu to %zu bytes over %ld cycles", heap_after_warm_up,
              heap, cycles - WARM_UP);
    }
    printf("%ld dlopen/dlclose cycles: %s\n", cycles, first);
    return check_summary();
}
