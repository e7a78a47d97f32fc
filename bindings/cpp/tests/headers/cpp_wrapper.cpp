// Compiles room_errors.hpp under strict warnings (see cpp.mk): every declaration, used once.
#include "room_errors.hpp"

int room_errors_wrapper_check();

int room_errors_wrapper_check() {
    using namespace room_errors;
    const std::error_code ec = errc::seat_locked;
    const std::string_view texts[] = {
        message(ROOM_ERR_SEAT_LOCKED),  message(ROOM_ERR_SEAT_LOCKED, lang::zh_hant),
        message(errc::failed, "zh-TW"), message(ROOM_ERR_FAILED, nullptr),
        name(errc::seat_locked),        name(ROOM_ERR_SEAT_LOCKED),
        category_name(errc::success),   category_name(0),
        lang_tag(lang_from_tag("ja")),  message(errc::success, languages[0]),
    };
    const bool flags[] = {
        is_known(errc::success), is_known(0), is_retryable(errc::freq_limit), is_retryable(-2),
        category_of(errc::seat_locked) == category::seat, category_of(0) == categories[1],
        known_codes[0] == errc::success, ec == std::errc::permission_denied,
        make_error_code(errc::camera_occupied) == std::errc::device_or_resource_busy,
        room_category().message(0) == texts[0],
    };
    return static_cast<int>(texts[0].size()) + (flags[0] ? 1 : 0) + ec.value();
}
