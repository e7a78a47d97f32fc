/* Compiles room_errors.h as C and as C++ under strict warnings (see cpp.mk): every declaration,
 * used once. */
#include "room_errors.h"

int room_errors_header_check(void);

int room_errors_header_check(void) {
    size_t count = 0;
    const int32_t *codes = room_err_codes(&count);
    RoomErrLang lang = room_err_lang_from_tag("zh-Hant");
    RoomErrLang listed = room_err_lang_from_list("zh-TW, en;q=0.5");
    RoomErrCategory category = room_err_category_id(ROOM_ERR_SEAT_LOCKED);
    RoomErrAction action = room_err_action(ROOM_ERR_CAMERA_NOT_AUTHORIZED);
    RoomErrAudience audience = room_err_audience(ROOM_ERR_INVALID_PARAMETER);
    uint32_t delay = room_err_retry_after_ms(ROOM_ERR_SERVER_CREATE_ROOM_FREQ_LIMIT);
    bool flags = room_err_is_known(codes[0]) && room_err_is_retryable(ROOM_ERR_FREQ_LIMIT);
    const char *texts[] = {
        room_err_message(ROOM_ERR_SUCC, ROOM_ERR_LANG_EN), room_err_message_for_tag(ROOM_ERR_FAILED, NULL),
        room_err_category(ROOM_ERR_SERVER_SEAT_LIST_EMPTY), room_err_name(ROOM_ERR_CAMERA_OCCUPIED),
        room_err_lang_tag(lang), room_err_version(), room_err_summary(ROOM_ERR_FAILED, listed),
        room_err_remedy(ROOM_ERR_FAILED, ROOM_ERR_LANG_JA), room_err_action_name(ROOM_ERR_ACTION_OPEN_SETTINGS),
        room_err_action_label(action, ROOM_ERR_LANG_ZH_HANS), room_err_user_message(ROOM_ERR_FAILED, lang),
    };
    return texts[0][0] + texts[5][0] + (flags ? 1 : 0) + lang + category + ROOM_ERR_CATEGORY_DEVICE + audience +
           (delay > 0 ? 1 : 0) + ROOM_ERR_AUDIENCE_USER;
}
