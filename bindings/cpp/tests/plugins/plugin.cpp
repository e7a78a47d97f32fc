// A shared object that includes room_errors.hpp, built with -fvisibility=hidden and
// -fvisibility-inlines-hidden like many plugins and native modules (see CMakeLists.txt). Its entry
// point is named PLUGIN_VIEW: plugin_a_view, plugin_b_view, or plugin_view for those loaded with
// dlopen.
#include "plugin.hpp"

#include "room_errors.hpp"

namespace control {

/// room_category()'s definition without its export.
inline const std::error_category& unexported_category() noexcept {
    static room_errors::detail::immortal<room_errors::detail::room_error_category> storage;
    return storage.object;
}

}  // namespace control

extern "C" __attribute__((visibility("default"))) void PLUGIN_VIEW(plugin_view* view) {
    view->category = &room_errors::room_category();
    view->condition_category = &room_errors::room_condition_category();
    view->unexported = &control::unexported_category();
    view->seat_locked = room_errors::errc::seat_locked;
}
