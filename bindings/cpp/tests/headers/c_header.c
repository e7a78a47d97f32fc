/* Compiles room_errors.h as C and as C++ under strict warnings (see cpp.mk): every declaration,
 * used once. */
#include "room_errors.h"

int room_errors_header_check(void);

int room_errors_header_check(void) {
    size_t count = 0;
    const int32_t *codes = room_err_codes(&count);
    RoomErrLang lang = room_err_lang_from_tag("zh-Hant");
    RoomErrCategory category = room_err_category_id(ROOM_ERR_SEAT_LOCKED);
    bool flags = room_err_is_known(codes[0]) && room_err_is_retryable(ROOM_ERR_FREQ_LIMIT);
    const char *texts[] = {
        room_err_message(ROOM_ERR_SUCC, ROOM_ERR_LANG_EN), room_err_message_for_tag(ROOM_ERR_FAILED, NULL),
        room_err_category(ROOM_ERR_SERVER_SEAT_LIST_EMPTY), room_err_name(ROOM_ERR_CAMERA_OCCUPIED),
        room_err_lang_tag(lang), room_err_version(),
    };
    return texts[0][0] + texts[5][0] + (flags ? 1 : 0) + lang + category + ROOM_ERR_CATEGORY_DEVICE;
}
