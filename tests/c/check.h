/*
 * The C tests' assertion: CHECK(cond, printf-format, ...) counts a check, reports a failed one
 * with its file, line and condition, and goes on; check_summary() prints "N passed, M failed" and
 * returns the exit status.
 */
#ifndef ROOM_ERRORS_TESTS_CHECK_H
#define ROOM_ERRORS_TESTS_CHECK_H

#include <stdio.h>

static int checks, failures;

#define CHECK(cond, ...)                                                \
    do {                                                                \
        checks++;                                                       \
        if (!(cond)) {                                                  \
            failures++;                                                 \
            fprintf(stderr, "%s:%d: %s: ", __FILE__, __LINE__, #cond); \
            fprintf(stderr, __VA_ARGS__);                               \
            fputc('\n', stderr);                                        \
        }                                                               \
    } while (0)

/* Prints the tally; the test's exit status: 0 when every check passed. */
static int check_summary(void) {
    printf("%d passed, %d failed\n", checks - failures, failures);
    return failures != 0;
}

#endif
