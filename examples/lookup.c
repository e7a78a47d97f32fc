/* Looks up a few error codes in every language: the example `make` builds and runs. */
#include <stdio.h>

#include "room_errors.h"

int main(void) {
    const int32_t codes[] = {ROOM_ERR_CAMERA_NOT_AUTHORIZED, ROOM_ERR_SEAT_LOCKED, 100012, 12345};
    const RoomErrLang languages[] = {ROOM_ERR_LANG_EN, ROOM_ERR_LANG_ZH_HANS, ROOM_ERR_LANG_ZH_HANT,
                                     ROOM_ERR_LANG_JA, ROOM_ERR_LANG_KO,      ROOM_ERR_LANG_AR};
    printf("room-errors %s\n", room_err_version());
    for (size_t i = 0; i < sizeof codes / sizeof codes[0]; i++) {
        int32_t code = codes[i];
        printf("\n%d %s, category %s%s\n", code, room_err_is_known(code) ? room_err_name(code) : "(unknown code)",
               room_err_category(code), room_err_is_retryable(code) ? ", retryable" : "");
        for (size_t l = 0; l < sizeof languages / sizeof languages[0]; l++) {
            printf("  %-7s %s\n", room_err_lang_tag(languages[l]), room_err_message(code, languages[l]));
        }
    }
    printf("\nzh_TW.UTF-8: %s\n", room_err_message_for_tag(ROOM_ERR_SEAT_LOCKED, "zh_TW.UTF-8"));
    return 0;
}
