// Compiles room_errors.hpp under strict warnings (see cpp.mk): every declaration, used once.
#include "room_errors.hpp"

#include <chrono>
#include <string>

int room_errors_wrapper_check();

int room_errors_wrapper_check() {
    using namespace room_errors;
    const std::error_code ec = errc::seat_locked;
    const std::string list = "zh-TW, en;q=0.5";
    const std::string_view texts[] = {
        message(ROOM_ERR_SEAT_LOCKED),  message(ROOM_ERR_SEAT_LOCKED, lang::zh_hant),
        message(errc::failed, "zh-TW"), message(ROOM_ERR_FAILED, nullptr),
        message(ec, list),              message(-2343, std::string_view(list)),
        summary(ec, lang::ja),          remedy(errc::camera_not_authorized, "ko"),
        user_message(ec),               action_name(action_of(ec)),
        action_label(action::open_settings, list),
        name(errc::seat_locked),        name(ROOM_ERR_SEAT_LOCKED),
        category_name(errc::success),   category_name(0),
        category_name(category::chat),  audience_name(audience_of(ec)),
        lang_tag(lang_from_tag("ja")),  message(errc::success, languages[0]),
        version(),
    };
    const bool flags[] = {
        is_known(errc::success), is_known(0), is_retryable(errc::freq_limit), is_retryable(-2),
        category_of(errc::seat_locked) == category::seat, category_of(0) == categories[1],
        known_codes[0] == errc::success, ec == std::errc::permission_denied,
        make_error_code(errc::camera_occupied) == std::errc::device_or_resource_busy,
        room_category().message(0) == texts[0], ec == condition::retryable,
        make_error_condition(condition::retryable) == ec,
        room_condition_category().name() == texts[1],
        lang_from_list(list) == lang_from_list(list.c_str()), lang_from_tag(list) == lang::en,
        actions[0] == action::none, audiences[1] == audience::developer,
        retry_after(ec) == std::chrono::milliseconds(0),
    };
    check(ec.value());
    return static_cast<int>(texts[0].size()) + (flags[0] ? 1 : 0) + ec.value();
}
