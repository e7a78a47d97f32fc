/*
 * The conformance vectors (target/vectors, written by `make vectors` from the host's library)
 * read back by the C suite, so that every build of the library the suite runs on (the sanitized,
 * the aarch64, the Windows and each Android one) answers every vector as the host's does.
 * vectors_check(DIR, LANGS) checks every row of every file and returns the number of rows.
 */
#ifndef ROOM_ERRORS_TESTS_VECTORS_H
#define ROOM_ERRORS_TESTS_VECTORS_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "room_errors.h"

enum { VECTOR_FIELDS = 12 };

/* One row: its fields unescaped in place (\\ \t \n \r \0 \xHH), with their lengths. */
struct vector_row {
    char *field[VECTOR_FIELDS];
    size_t len[VECTOR_FIELDS];
    int count;
};

static int vector_hex(char c) {
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* Splits `line` (its newline removed) at tabs and unescapes each field. */
static void vector_split(char *line, struct vector_row *row) {
    row->count = 0;
    for (char *start = line;;) {
        char *tab = strchr(start, '\t');
        if (tab) *tab = '\0';
        if (row->count < VECTOR_FIELDS) {
            char *out = start;
            for (char *in = start; *in; in++) {
                if (*in != '\\' || !in[1]) {
                    *out++ = *in;
                    continue;
                }
                char c = *++in;
                if (c == 'x' && vector_hex(in[1]) >= 0 && vector_hex(in[2]) >= 0) {
                    *out++ = (char)(vector_hex(in[1]) * 16 + vector_hex(in[2]));
                    in += 2;
                } else {
                    *out++ = c == 't' ? '\t' : c == 'n' ? '\n' : c == 'r' ? '\r' : c == '0' ? '\0' : c;
                }
            }
            row->len[row->count] = (size_t)(out - start);
            *out = '\0';
            row->field[row->count++] = start;
        }
        if (!tab) return;
        start = tab + 1;
    }
}

/* The language id of a catalog tag, -1 if none has it. */
static RoomErrLang vector_lang(const char *tag, RoomErrLang langs) {
    for (RoomErrLang id = 0; id < langs; id++)
        if (strcmp(room_err_lang_tag(id), tag) == 0) return id;
    return -1;
}

/* Whether a field equals a returned string (a field holds no NUL but an input's). */
static int vector_is(const struct vector_row *row, int i, const char *answer) {
    return strlen(answer) == row->len[i] && memcmp(answer, row->field[i], row->len[i]) == 0;
}

/* Checks one row of `file` (whose columns are fixed by `make vectors`); returns 1. */
static int vector_check_row(const char *file, struct vector_row *r, RoomErrLang langs, long n) {
    char **f = r->field;
#define WANT(columns)                                                                      \
    if (r->count != columns) {                                                             \
        CHECK(0, "%s:%ld: %d fields, expected %d", file, n, r->count, columns);            \
        return 1;                                                                          \
    }
    if (!strcmp(file, "langs.tsv")) {
        WANT(2);
        CHECK(vector_is(r, 1, room_err_lang_tag((RoomErrLang)atol(f[0]))), "%s:%ld: %s", file, n, f[0]);
    } else if (!strcmp(file, "texts.tsv")) {
        WANT(6);
        int32_t code = (int32_t)atol(f[0]);
        RoomErrLang lang = vector_lang(f[1], langs);
        CHECK(lang >= 0, "%s:%ld: language %s", file, n, f[1]);
        CHECK(vector_is(r, 2, room_err_message(code, lang)), "%s:%ld: message %d %s", file, n, code, f[1]);
        CHECK(vector_is(r, 3, room_err_summary(code, lang)), "%s:%ld: summary %d %s", file, n, code, f[1]);
        CHECK(vector_is(r, 4, room_err_remedy(code, lang)), "%s:%ld: remedy %d %s", file, n, code, f[1]);
        CHECK(vector_is(r, 5, room_err_user_message(code, lang)), "%s:%ld: user message %d %s", file, n, code, f[1]);
    } else if (!strcmp(file, "codes.tsv")) {
        WANT(11);
        int32_t code = (int32_t)atol(f[0]);
        RoomErrAction action = room_err_action(code);
        RoomErrAudience audience = room_err_audience(code);
        CHECK(atol(f[1]) == room_err_is_known(code), "%s:%ld: known %d", file, n, code);
        CHECK(vector_is(r, 2, room_err_name(code)), "%s:%ld: name %d", file, n, code);
        CHECK(atol(f[3]) == room_err_category_id(code), "%s:%ld: category id %d", file, n, code);
        CHECK(vector_is(r, 4, room_err_category(code)), "%s:%ld: category %d", file, n, code);
        CHECK(atol(f[5]) == action, "%s:%ld: action %d", file, n, code);
        CHECK(vector_is(r, 6, room_err_action_name(action)), "%s:%ld: action name %d", file, n, code);
        CHECK(atol(f[7]) == audience, "%s:%ld: audience %d", file, n, code);
        CHECK(vector_is(r, 8, audience == ROOM_ERR_AUDIENCE_USER ? "user" : "developer"), "%s:%ld: audience %d",
              file, n, code);
        CHECK(strtoul(f[9], NULL, 10) == room_err_retry_after_ms(code), "%s:%ld: retry %d", file, n, code);
        CHECK(atol(f[10]) == room_err_is_retryable(code), "%s:%ld: retryable %d", file, n, code);
    } else if (!strcmp(file, "actions.tsv")) {
        WANT(4);
        RoomErrAction action = (RoomErrAction)atol(f[0]);
        RoomErrLang lang = vector_lang(f[2], langs);
        CHECK(lang >= 0, "%s:%ld: language %s", file, n, f[2]);
        CHECK(vector_is(r, 1, room_err_action_name(action)), "%s:%ld: name %d", file, n, (int)action);
        CHECK(vector_is(r, 3, room_err_action_label(action, lang)), "%s:%ld: label %d %s", file, n, (int)action, f[2]);
    } else if (!strcmp(file, "tags.tsv") || !strcmp(file, "lists.tsv")) {
        WANT(2);
        /* The input may hold a NUL: the library reads it up to there, as from any C string. */
        RoomErrLang got = file[0] == 't' ? room_err_lang_from_tag(f[0]) : room_err_lang_from_list(f[0]);
        CHECK(vector_is(r, 1, room_err_lang_tag(got)), "%s:%ld: %s gives %s, expected %s", file, n, f[0],
              room_err_lang_tag(got), f[1]);
        if (file[0] == 't')
            CHECK(room_err_message_for_tag(ROOM_ERR_SEAT_LOCKED, f[0]) == room_err_message(ROOM_ERR_SEAT_LOCKED, got),
                  "%s:%ld: message_for_tag", file, n);
    } else if (!strcmp(file, "meta.tsv")) {
        WANT(2);
        if (!strcmp(f[0], "version")) CHECK(vector_is(r, 1, room_err_version()), "%s: version %s", file, f[1]);
        if (!strcmp(f[0], "languages")) CHECK(atol(f[1]) == langs, "%s: languages %s", file, f[1]);
    }
#undef WANT
    return 1;
}

/* Checks every row of the C library's vectors in `dir`; returns the number of rows checked. */
static long vectors_check(const char *dir, RoomErrLang langs) {
    static const char *const files[] = {"langs.tsv", "texts.tsv", "codes.tsv", "actions.tsv",
                                        "tags.tsv",  "lists.tsv", "meta.tsv"};
    static char line[1 << 16];
    long rows = 0;
    for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, files[i]);
        FILE *in = fopen(path, "rb");
        CHECK(in != NULL, "cannot open %s", path);
        if (!in) continue;
        long n = 0, file_rows = 0;
        while (fgets(line, sizeof line, in)) {
            n++;
            line[strcspn(line, "\r\n")] = '\0';
            if (line[0] == '#' || !line[0]) continue;
            struct vector_row row;
            vector_split(line, &row);
            file_rows += vector_check_row(files[i], &row, langs, n);
        }
        fclose(in);
        CHECK(file_rows > 0, "%s: no rows", path);
        rows += file_rows;
    }
    return rows;
}

#endif
