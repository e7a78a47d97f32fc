// A host that loads two plugins with dlopen, RTLD_GLOBAL or RTLD_LOCAL (as Node.js loads native
// modules), and exits 0 if both see one room category. Built twice (see CMakeLists.txt): without
// the header, and with HOST_USES_HEADER, using the header itself and linked with -rdynamic so that
// it exports its own category to the plugins.
// Usage: plugin_host global|local PLUGIN PLUGIN
#include <dlfcn.h>

#include <cstdio>
#include <cstring>

#include "plugin.hpp"
#ifdef HOST_USES_HEADER
#include "room_errors.hpp"
#endif

int main(int argc, char** argv) {
    if (argc != 4 || (std::strcmp(argv[1], "global") != 0 && std::strcmp(argv[1], "local") != 0)) {
        std::fprintf(stderr, "usage: plugin_host global|local PLUGIN PLUGIN\n");
        return 2;
    }
    const int mode = RTLD_NOW | (std::strcmp(argv[1], "global") == 0 ? RTLD_GLOBAL : RTLD_LOCAL);
    plugin_view views[2] = {};
    for (int i = 0; i < 2; ++i) {
        void* handle = dlopen(argv[i + 2], mode);
        void* entry = handle ? dlsym(handle, "plugin_view") : nullptr;
        if (entry == nullptr) {
            std::fprintf(stderr, "plugin_host: %s\n", dlerror());
            return 1;
        }
        reinterpret_cast<plugin_view_function>(entry)(&views[i]);
    }
    bool shared = views[0].category == views[1].category && views[0].seat_locked == views[1].seat_locked &&
                  views[0].condition_category == views[1].condition_category;
#ifdef HOST_USES_HEADER
    shared = shared && views[0].category == &room_errors::room_category() &&
             views[0].condition_category == &room_errors::room_condition_category();
#endif
    const bool control_split = views[0].unexported != views[1].unexported;
    std::printf("room category: %p and %p (%s); unexported control: %p and %p (%s)\n",
                static_cast<const void*>(views[0].category), static_cast<const void*>(views[1].category),
                shared ? "shared" : "DUPLICATED", static_cast<const void*>(views[0].unexported),
                static_cast<const void*>(views[1].unexported), control_split ? "split" : "NOT SPLIT");
    return shared && control_split ? 0 : 1;
}
