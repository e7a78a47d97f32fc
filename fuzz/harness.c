/*
 * libFuzzer harness for the language negotiation: every input (bytes up to its first NUL) goes
 * to room_err_lang_from_tag and room_err_lang_from_list as a guarded copy, whose NUL is the last
 * readable byte before an inaccessible page, so a read past the NUL crashes. An answer outside the
 * catalog's language ids, or a one-tag list whose answer is not the tag's, aborts.
 */
#define _DEFAULT_SOURCE
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../tests/c/guarded.h"
#include "room_errors.h"

static RoomErrLang langs;

/* The release panic handler calls this symbol, which the shipped library must not need (see
 * crates/ffi/src/lib.rs); coverage instrumentation keeps panic paths the optimiser would drop, so the fuzz
 * build needs it: a panic aborts, and the fuzzer reports it as a crash. */
void room_errors_release_build_has_a_reachable_panic(void);
void room_errors_release_build_has_a_reachable_panic(void) { abort(); }

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc, (void)argv;
    while (room_err_lang_from_tag(room_err_lang_tag(langs)) == langs) langs++;
    return 0;
}

/* Whether the tag holds a list separator or parameter. */
static int has_list_syntax(const char *s) {
    for (; *s; s++) {
        if (strchr(",:; \t\n\v\f\r", *s)) return 1;
    }
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    char *input = guarded_copy((const char *)data, size);
    RoomErrLang tag = room_err_lang_from_tag(input);
    RoomErrLang list = room_err_lang_from_list(input);
    if (tag < 0 || tag >= langs || list < 0 || list >= langs) abort();
    if (!has_list_syntax(input) && tag != list) abort();
    if (room_err_message_for_tag(-1, input) != room_err_message(-1, tag)) abort();
    guarded_free(input, size);
    return 0;
}
