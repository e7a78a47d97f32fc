// room_category() and room_condition_category() are one object each per process: shared objects built with hidden visibility (see
// plugins/plugin.cpp), linked to the program or loaded with dlopen(RTLD_LOCAL) by a program linked
// to such shared objects, all use the program's, so error codes compare equal across them. The
// hosts of plugins/plugin_host.cpp check programs that link none (CMakeLists.txt).
#include <dlfcn.h>
#include <gtest/gtest.h>

#include <system_error>

#include "plugins/plugin.hpp"
#include "room_errors.hpp"

namespace {

using namespace room_errors;

TEST(CategoryIdentity, LinkedSharedObjectsShareTheProgramsCategory) {
    plugin_view a{}, b{};
    plugin_a_view(&a);
    plugin_b_view(&b);
    EXPECT_EQ(a.category, &room_category());
    EXPECT_EQ(b.category, &room_category());
    EXPECT_EQ(a.condition_category, &room_condition_category());
    EXPECT_EQ(b.condition_category, &room_condition_category());
    EXPECT_EQ(a.seat_locked, b.seat_locked);
    EXPECT_EQ(a.seat_locked, errc::seat_locked);
    EXPECT_EQ(b.seat_locked.message(), message(errc::seat_locked));
    // The control shows that the plugins really hide their inline functions' statics.
    EXPECT_NE(a.unexported, b.unexported);
}

TEST(CategoryIdentity, RtldLocalPluginSharesTheProgramsCategory) {
    void* handle = dlopen(ROOM_ERRORS_TEST_MODULE, RTLD_NOW | RTLD_LOCAL);
    ASSERT_NE(handle, nullptr) << dlerror();
    void* entry = dlsym(handle, "plugin_view");
    ASSERT_NE(entry, nullptr) << dlerror();
    plugin_view view{}, linked{};
    reinterpret_cast<plugin_view_function>(entry)(&view);
    plugin_a_view(&linked);
    EXPECT_EQ(view.category, &room_category());
    EXPECT_EQ(view.condition_category, &room_condition_category());
    EXPECT_EQ(view.seat_locked, errc::seat_locked);
    EXPECT_NE(view.unexported, linked.unexported);
    EXPECT_EQ(dlclose(handle), 0);
}

}  // namespace
