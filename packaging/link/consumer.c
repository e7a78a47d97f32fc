/*
 * The program packaging/link-apple.sh and link-windows.sh link with each platform's own linker
 * (ld64.lld, lld-link) against each Apple slice and Windows library: it calls all 20 exported
 * functions and checks an answer of each. It needs no C library of its own: on Apple it takes
 * printf from the libSystem stub, on Windows it is its own entry point (no CRT) and reports
 * through its exit status, 0 or the number of the first failed check.
 */
#include <stddef.h>
#include <stdint.h>

#include "room_errors.h"

static int same(const char *a, const char *b) {
    while (*a && *a == *b) a++, b++;
    return *a == *b;
}

/* 0 when every answer is right, else the number of the first wrong one. */
static int consume(void) {
    size_t count = 0;
    const int32_t *codes = room_err_codes(&count);
    int check = 0;
#define EXPECT(cond) \
    do {             \
        check++;     \
        if (!(cond)) return check; \
    } while (0)
    EXPECT(codes != NULL && count > 100 && room_err_is_known(codes[0]));
    EXPECT(same(room_err_version(), ROOM_ERR_VERSION));
    EXPECT(same(room_err_message(12345, ROOM_ERR_LANG_EN), "Unknown error code."));
    EXPECT(room_err_message_for_tag(ROOM_ERR_SEAT_LOCKED, "zh-TW") == room_err_message(ROOM_ERR_SEAT_LOCKED, 2));
    EXPECT(same(room_err_name(ROOM_ERR_SEAT_LOCKED), "ERR_SEAT_LOCKED"));
    EXPECT(same(room_err_category(ROOM_ERR_SEAT_LOCKED), "seat"));
    EXPECT(room_err_category_id(ROOM_ERR_SEAT_LOCKED) == ROOM_ERR_CATEGORY_SEAT);
    EXPECT(room_err_is_retryable(ROOM_ERR_FREQ_LIMIT) && !room_err_is_known(12345));
    EXPECT(room_err_lang_from_tag("zh-TW\r") == ROOM_ERR_LANG_ZH_HANT);
    EXPECT(room_err_lang_from_list("fr-CH, ja;q=0.8") == ROOM_ERR_LANG_JA);
    EXPECT(same(room_err_lang_tag(ROOM_ERR_LANG_ZH_HANT), "zh-Hant"));
    EXPECT(same(room_err_summary(ROOM_ERR_SEAT_LOCKED, ROOM_ERR_LANG_EN), "This seat is locked."));
    EXPECT(same(room_err_remedy(12345, ROOM_ERR_LANG_JA), ""));
    EXPECT(room_err_user_message(ROOM_ERR_INVALID_PARAMETER, 0) == room_err_user_message(12345, 0));
    EXPECT(room_err_action(ROOM_ERR_CAMERA_NOT_AUTHORIZED) == ROOM_ERR_ACTION_OPEN_SETTINGS);
    EXPECT(same(room_err_action_name(ROOM_ERR_ACTION_ASK_HOST), "ask_host"));
    EXPECT(room_err_action_label(ROOM_ERR_ACTION_RETRY, ROOM_ERR_LANG_EN)[0] != '\0');
    EXPECT(room_err_audience(ROOM_ERR_INVALID_PARAMETER) == ROOM_ERR_AUDIENCE_DEVELOPER);
    EXPECT(room_err_retry_after_ms(ROOM_ERR_SERVER_CREATE_ROOM_FREQ_LIMIT) == 1000);
#undef EXPECT
    return 0;
}

#ifdef _WIN32
/* The entry point (/ENTRY:start): the process's exit status is what it returns. */
int start(void) { return consume(); }
#else
int printf(const char *format, ...);

int main(void) {
    int failed = consume();
    printf("%s\n", failed ? "failed" : room_err_message(ROOM_ERR_SEAT_LOCKED, ROOM_ERR_LANG_ZH_HANT));
    return failed;
}
#endif
