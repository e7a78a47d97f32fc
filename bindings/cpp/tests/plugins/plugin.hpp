// What each test plugin (plugin.cpp) reports about room_errors.hpp as it sees it.
#ifndef ROOM_ERRORS_TEST_PLUGIN_HPP
#define ROOM_ERRORS_TEST_PLUGIN_HPP

#include <system_error>

/// The view of one shared object.
struct plugin_view {
    /// Its room_errors::room_category().
    const std::error_category* category;
    /// Its room_errors::room_condition_category().
    const std::error_category* condition_category;
    /// The control: a singleton defined like room_category() but without its export, which
    /// hidden visibility duplicates in every shared object.
    const std::error_category* unexported;
    /// room_errors::errc::seat_locked, converted to std::error_code there.
    std::error_code seat_locked;
};

/// A plugin's entry point: fills `view`.
using plugin_view_function = void (*)(plugin_view* view);

extern "C" {
/// The entry point of the linked plugin_a.
void plugin_a_view(plugin_view* view);
/// The entry point of the linked plugin_b.
void plugin_b_view(plugin_view* view);
}

#endif  // ROOM_ERRORS_TEST_PLUGIN_HPP
