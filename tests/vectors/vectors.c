/*
 * The conformance vectors: what the C library answers, written as TSV files that every binding's
 * suite reads (docs/contract.md). Usage: vectors OUT_DIR CASES_TSV. Never edited by hand: `make
 * vectors` writes them under target/vectors from the library under test.
 *
 * Every file is UTF-8; its first line is "#" followed by the tab-separated column names. A field
 * escapes backslash, tab, LF, CR and NUL as \\ \t \n \r \0 and any other byte below 0x20, and 0x7F,
 * as \xHH. Inputs (tags, lists, environment values) are byte strings that may hold a NUL: the
 * library reads them up to it, as every binding must.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "room_errors.h"

/* Codes to probe besides the known ones, and ids besides the valid ones. */
static const int32_t CODE_PROBES[] = {1, 12345, -3, 999999, INT32_MIN, INT32_MIN + 1, INT32_MAX};
static const int32_t ID_PROBES[] = {-1, 255, 256, 1000, INT32_MIN, INT32_MAX};

/* Tag and list inputs beyond tests/lang/cases.tsv: the boundary cases of docs/contract.md. */
static const struct { const char *bytes; size_t len; } HOSTILE[] = {
#define S(lit) {lit, sizeof lit - 1}
    S(""), S(" "), S("\t"), S("\r\n"), S("zh-TW\0ja"), S("\0zh-TW"), S("zh-TW\r"), S("zh-TW\n"),
    S("zh-TW "), S(" zh-TW"), S("zh-TW\t"), S("zh-Hant;q=0.9"), S("zh_TW:ja:en"), S("zh_TW.UTF-8"),
    S("zh_TW@euro"), S("zh-TW,ja"), S("ja "), S("ja\r\n"), S("zh-TW;"), S("zh-TW."),
    S("zh--TW"), S("zh-TW-"), S("-zh-TW"), S("zh-toolongsubtag-TW"), S("zh-Hant-TW-u-nu-hanidec"),
    S("\xe4\xb8\xad\xe6\x96\x87"), S("zh-TW\xc3\xa9"), S("zh\x7f" "TW"), S("zh\x01-TW"), S("x-zh-TW"),
    S("und-TW"), S("ZH_hk"), S("ar-EG;q=0.5, ja;q=0.6"), S("*"), S("*;q=0.1, zh-TW;q=0"),
    S("en;q=abc, ja"), S("ja;q=1.0001"), S("ja;level=1, ko"),
    S("fr, de, es, pt, it, nl, sv, da, fi, no, pl, cs, ru"),
#undef S
};

/* Locale environments (LC_ALL, LC_MESSAGES, LANG, LANGUAGE; NULL = unset) for the default
 * language of runtimes configured by POSIX variables. */
static const char *const ENVIRONMENTS[][4] = {
    {NULL, NULL, NULL, NULL},
    {NULL, NULL, "zh_TW.UTF-8", NULL},
    {NULL, NULL, "C", "zh_TW"},
    {NULL, NULL, "C.UTF-8", "zh_TW:ja"},
    {NULL, NULL, "POSIX", "ja"},
    {NULL, NULL, NULL, "ja"},
    {NULL, NULL, "en_US.UTF-8", "zh_TW:ja:en"},
    {NULL, NULL, "de_DE.UTF-8", "fr:ko"},
    {NULL, "ja_JP.UTF-8", "zh_CN.UTF-8", NULL},
    {"ko_KR.UTF-8", "ja_JP.UTF-8", "zh_CN.UTF-8", NULL},
    {"C", "ja_JP.UTF-8", "zh_CN.UTF-8", "ru"},
    {"", "ja_JP.UTF-8", NULL, NULL},
    {"", "", "ar_EG.UTF-8", ""},
    {NULL, NULL, "th_TH.UTF-8", "vi:en"},
    {NULL, NULL, "es_ES@euro", NULL},
    {NULL, NULL, "pt_BR", "id_ID:pt_BR"},
    {NULL, NULL, "ru_RU.KOI8-R", "uk:ru"},
};

static FILE *open_tsv(const char *dir, const char *name, const char *columns) {
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    if (!f) {
        perror(path);
        exit(1);
    }
    fprintf(f, "#%s\n", columns);
    return f;
}

/* Writes len bytes of s as one escaped field. */
static void field_n(FILE *f, const char *s, size_t len) {
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        switch (c) {
        case '\\': fputs("\\\\", f); break;
        case '\t': fputs("\\t", f); break;
        case '\n': fputs("\\n", f); break;
        case '\r': fputs("\\r", f); break;
        case '\0': fputs("\\0", f); break;
        default:
            if (c < 0x20 || c == 0x7f) fprintf(f, "\\x%02X", c);
            else fputc(c, f);
        }
    }
}

static void field(FILE *f, const char *s) { field_n(f, s, strlen(s)); }

/* The number of languages: ids from 0 whose tag negotiates back to the id. */
static RoomErrLang language_count(void) {
    RoomErrLang n = 0;
    while (room_err_lang_from_tag(room_err_lang_tag(n)) == n) n++;
    return n;
}

/* The number of actions: ids from 0 that have a name. */
static RoomErrAction action_count(void) {
    RoomErrAction n = 0;
    while (room_err_action_name(n)[0] != '\0') n++;
    return n;
}

/* The known codes, then the probes that are not known. */
static size_t all_codes(int32_t *out, size_t cap) {
    size_t known = 0, n = 0;
    const int32_t *codes = room_err_codes(&known);
    for (size_t i = 0; i < known && n < cap; i++) out[n++] = codes[i];
    for (size_t i = 0; i < sizeof CODE_PROBES / sizeof *CODE_PROBES && n < cap; i++)
        if (!room_err_is_known(CODE_PROBES[i])) out[n++] = CODE_PROBES[i];
    return n;
}

static void write_langs(const char *dir, RoomErrLang langs) {
    FILE *f = open_tsv(dir, "langs.tsv", "id\ttag");
    for (RoomErrLang id = 0; id < langs + 1; id++) fprintf(f, "%d\t%s\n", (int)id, room_err_lang_tag(id));
    for (size_t i = 0; i < sizeof ID_PROBES / sizeof *ID_PROBES; i++)
        fprintf(f, "%d\t%s\n", (int)ID_PROBES[i], room_err_lang_tag(ID_PROBES[i]));
    fclose(f);
}

static void write_texts(const char *dir, const int32_t *codes, size_t n, RoomErrLang langs) {
    FILE *f = open_tsv(dir, "texts.tsv", "code\tlang\tmessage\tsummary\tremedy\tuser_message");
    for (size_t i = 0; i < n; i++) {
        for (RoomErrLang lang = 0; lang < langs; lang++) {
            int32_t c = codes[i];
            fprintf(f, "%d\t%s\t", (int)c, room_err_lang_tag(lang));
            field(f, room_err_message(c, lang));
            fputc('\t', f);
            field(f, room_err_summary(c, lang));
            fputc('\t', f);
            field(f, room_err_remedy(c, lang));
            fputc('\t', f);
            field(f, room_err_user_message(c, lang));
            fputc('\n', f);
        }
    }
    fclose(f);
}

static void write_codes(const char *dir, const int32_t *codes, size_t n) {
    FILE *f = open_tsv(dir, "codes.tsv",
                       "code\tknown\tname\tcategory_id\tcategory\taction_id\taction\taudience_id\taudience\t"
                       "retry_after_ms\tretryable");
    for (size_t i = 0; i < n; i++) {
        int32_t c = codes[i];
        RoomErrAudience audience = room_err_audience(c);
        fprintf(f, "%d\t%d\t%s\t%d\t%s\t%d\t%s\t%d\t%s\t%u\t%d\n", (int)c, room_err_is_known(c), room_err_name(c),
                (int)room_err_category_id(c), room_err_category(c), (int)room_err_action(c),
                room_err_action_name(room_err_action(c)), (int)audience,
                audience == ROOM_ERR_AUDIENCE_USER ? "user" : "developer", (unsigned)room_err_retry_after_ms(c),
                room_err_is_retryable(c));
    }
    fclose(f);
}

static void write_actions(const char *dir, RoomErrAction actions, RoomErrLang langs) {
    FILE *f = open_tsv(dir, "actions.tsv", "action_id\tname\tlang\tlabel");
    size_t probes = sizeof ID_PROBES / sizeof *ID_PROBES;
    for (size_t i = 0; i < (size_t)actions + 1 + probes; i++) {
        RoomErrAction id = i <= (size_t)actions ? (RoomErrAction)i : ID_PROBES[i - actions - 1];
        for (RoomErrLang lang = 0; lang < langs; lang++) {
            fprintf(f, "%d\t%s\t%s\t", (int)id, room_err_action_name(id), room_err_lang_tag(lang));
            field(f, room_err_action_label(id, lang));
            fputc('\n', f);
        }
    }
    fclose(f);
}

/* Whether a case of cases.tsv is one tag: it holds no list separator. */
static int is_one_tag(const char *s, size_t len) {
    for (size_t i = 0; i < len; i++)
        if (strchr(",: \t;", s[i])) return 0;
    return 1;
}

static void write_input(FILE *f, const char *bytes, size_t len, RoomErrLang lang) {
    field_n(f, bytes, len);
    fprintf(f, "\t%s\n", room_err_lang_tag(lang));
}

/* tags.tsv and lists.tsv: the shared cases (tags only where they hold one tag), then HOSTILE. */
static void write_tags_and_lists(const char *dir, const char *cases_path) {
    FILE *cases = fopen(cases_path, "r");
    if (!cases) {
        perror(cases_path);
        exit(1);
    }
    FILE *tags = open_tsv(dir, "tags.tsv", "input\texpected");
    FILE *lists = open_tsv(dir, "lists.tsv", "input\texpected");
    char line[4096];
    while (fgets(line, sizeof line, cases)) {
        if (line[0] == '#' || line[0] == '\n') continue;
        char *tab = strchr(line, '\t');
        if (!tab) continue;
        *tab = '\0';
        size_t len = strlen(line);
        if (is_one_tag(line, len)) write_input(tags, line, len, room_err_lang_from_tag(line));
        write_input(lists, line, len, room_err_lang_from_list(line));
    }
    fclose(cases);
    for (size_t i = 0; i < sizeof HOSTILE / sizeof *HOSTILE; i++) {
        const char *s = HOSTILE[i].bytes;
        write_input(tags, s, HOSTILE[i].len, room_err_lang_from_tag(s));
        write_input(lists, s, HOSTILE[i].len, room_err_lang_from_list(s));
    }
    fclose(tags);
    fclose(lists);
}

/* The default language of a POSIX-configured runtime, GNU gettext's way: the locale is the first
 * non-empty of LC_ALL, LC_MESSAGES and LANG; LANGUAGE (a list) comes first unless the locale is
 * unset, C or POSIX (with any .charset or @modifier). */
static RoomErrLang environment_language(const char *const vars[4]) {
    const char *locale = "";
    for (int i = 0; i < 3 && !locale[0]; i++)
        if (vars[i]) locale = vars[i];
    size_t base = strcspn(locale, ".@");
    int c_locale = base == 0 || (base == 1 && locale[0] == 'C') || (base == 5 && !strncmp(locale, "POSIX", 5));
    if (vars[3] && vars[3][0] && !c_locale) return room_err_lang_from_list(vars[3]);
    return room_err_lang_from_list(locale);
}

static void write_environments(const char *dir) {
    FILE *f = open_tsv(dir, "environment.tsv", "LC_ALL\tLC_MESSAGES\tLANG\tLANGUAGE\texpected");
    for (size_t i = 0; i < sizeof ENVIRONMENTS / sizeof *ENVIRONMENTS; i++) {
        for (int v = 0; v < 4; v++) {
            field(f, ENVIRONMENTS[i][v] ? ENVIRONMENTS[i][v] : "");
            fputc('\t', f);
        }
        fprintf(f, "%s\n", room_err_lang_tag(environment_language(ENVIRONMENTS[i])));
    }
    fclose(f);
}

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: %s OUT_DIR CASES_TSV\n", argv[0]);
        return 2;
    }
    static int32_t codes[1 << 16];
    size_t n = all_codes(codes, sizeof codes / sizeof *codes);
    RoomErrLang langs = language_count();
    RoomErrAction actions = action_count();
    write_langs(argv[1], langs);
    write_texts(argv[1], codes, n, langs);
    write_codes(argv[1], codes, n);
    write_actions(argv[1], actions, langs);
    write_tags_and_lists(argv[1], argv[2]);
    write_environments(argv[1]);
    FILE *f = open_tsv(argv[1], "meta.tsv", "key\tvalue");
    fprintf(f, "version\t%s\nlanguages\t%d\nactions\t%d\ncodes\t%zu\n", room_err_version(), (int)langs, (int)actions,
            n);
    fclose(f);
    printf("vectors: %zu codes x %d languages, %d actions, in %s\n", n, (int)langs, (int)actions, argv[1]);
    return 0;
}
