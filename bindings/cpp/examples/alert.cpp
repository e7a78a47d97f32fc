// The README's C++ example: an engine error as an alert in the user's language (a title, a
// suggestion and a button), and engine results checked as exceptions. `make test-cpp` builds and
// runs it.
#include <room_errors.hpp>

#include <cstdint>
#include <iostream>
#include <system_error>

namespace re = room_errors;

// Shows `code` to an end user whose languages are `preferences` ("zh-TW, en;q=0.8", "zh_TW:ja:en").
void show_alert(std::int32_t code, const char* preferences) {
    const re::lang language = re::lang_from_list(preferences);
    if (re::audience_of(code) == re::audience::developer) {  // a bug or a configuration error:
        std::clog << "room error " << code << ": " << re::message(code) << '\n';  // log it in English,
        std::cout << re::user_message(code, language) << '\n';  // show a generic text
        return;
    }
    std::cout << "title:      " << re::summary(code, language) << '\n'
              << "suggestion: " << re::remedy(code, language) << '\n';
    const re::action action = re::action_of(code);  // e.g. re::action::open_settings
    if (const auto button = re::action_label(action, language); !button.empty()) {
        std::cout << "button:     " << button << " -> " << re::action_name(action) << '\n';
    }
}

int main() {
    show_alert(-1101, "zh-TW, en;q=0.8");
    try {
        re::check(-2343);  // an engine call's result: throws std::system_error unless it is 0
    } catch (const std::system_error& error) {
        const std::error_code& ec = error.code();
        std::cout << ec << ": " << error.what() << '\n';  // room:-2343: ERR_SEAT_LOCKED (-2343): This seat is locked.
        if (ec == re::condition::retryable) std::cout << "retry in " << re::retry_after(ec).count() << " ms\n";
    }
    return 0;
}
