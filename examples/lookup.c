/* What an app shows for a few error codes, and what it logs: the example `make` builds and runs. */
#include <stdio.h>

#include "room_errors.h"

/* An alert for `code` in language `lang`: a title, a suggestion and a button where the code has
 * them; developer errors show end users a generic text (and go to the log in English). */
static void show(int32_t code, RoomErrLang lang) {
    int for_user = room_err_audience(code) == ROOM_ERR_AUDIENCE_USER;
    printf("\n%d %s (%s, action %s, %s)\n", code, room_err_is_known(code) ? room_err_name(code) : "(unknown code)",
           room_err_category(code), room_err_action_name(room_err_action(code)), for_user ? "user" : "developer");
    printf("  log:    %s\n", room_err_message(code, ROOM_ERR_LANG_EN));
    printf("  title:  %s\n", for_user ? room_err_summary(code, lang) : room_err_user_message(code, lang));
    const char *remedy = room_err_remedy(code, lang);
    const char *button = room_err_action_label(room_err_action(code), lang);
    if (for_user && *remedy) printf("  text:   %s\n", remedy);
    if (for_user && *button) printf("  button: %s\n", button);
    if (room_err_retry_after_ms(code)) printf("  retry after %u ms\n", (unsigned)room_err_retry_after_ms(code));
}

int main(void) {
    const char *accept_language = "fr-CH, fr;q=0.9, zh-TW;q=0.8, en;q=0.5";
    RoomErrLang lang = room_err_lang_from_list(accept_language);
    printf("room-errors %s; \"%s\" -> %s\n", room_err_version(), accept_language, room_err_lang_tag(lang));
    const int32_t codes[] = {ROOM_ERR_CAMERA_NOT_AUTHORIZED, ROOM_ERR_SEAT_LOCKED,
                             ROOM_ERR_SERVER_CREATE_ROOM_FREQ_LIMIT, ROOM_ERR_INVALID_PARAMETER, 12345};
    for (size_t i = 0; i < sizeof codes / sizeof codes[0]; i++) show(codes[i], lang);
    return 0;
}
