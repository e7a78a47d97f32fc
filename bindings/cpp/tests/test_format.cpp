// The std::formatter (C++20 <format>) and fmt::formatter specializations of errc, lang, category,
// action and audience. CMakeLists.txt says which of the two this build must have: the GCC C++17
// build has fmt, the libc++ C++20 build both.
#include <gtest/gtest.h>

#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>

#include "room_errors.hpp"

#if ROOM_ERRORS_TEST_STD_FORMAT && !defined(__cpp_lib_format)
#error "this build must test std::format, but <format> is missing"
#endif
#if ROOM_ERRORS_TEST_FMT && !defined(FMT_VERSION)
#error "this build must test fmt, but <fmt/format.h> was not included"
#endif

namespace {

using namespace room_errors;

/// The C library's name of category `value`, through a code of that category; the catalog's for
/// a category no code has yet.
std::string_view c_category_name(category value) {
    if (value == category::unknown) return room_err_category(detail::not_a_code);
    for (const errc code : known_codes) {
        if (category_of(code) == value) return room_err_category(static_cast<std::int32_t>(code));
    }
    return category_name(value);
}

/// Expects `format(value)` with "{}" to give the name the C library (or the catalog) gives each
/// enumerator, the decimal value for values outside the enumerations, and to honour a width.
template <class Format>
void expect_formats(Format format) {
    for (const errc code : known_codes) {
        EXPECT_EQ(format("{}", code), room_err_name(static_cast<std::int32_t>(code)));
    }
    for (const lang language : languages) {
        EXPECT_EQ(format("{}", language), room_err_lang_tag(static_cast<RoomErrLang>(language)));
    }
    for (const category value : categories) {
        EXPECT_EQ(format("{}", value), c_category_name(value));
    }
    for (const action value : actions) {
        EXPECT_EQ(format("{}", value), room_err_action_name(static_cast<RoomErrAction>(value)));
    }
    EXPECT_EQ(format("{}", audience::user), "user");
    EXPECT_EQ(format("{}", audience::developer), "developer");

    EXPECT_EQ(format("{}", static_cast<errc>(INT32_MIN)), "-2147483648");
    EXPECT_EQ(format("{}", static_cast<errc>(12345)), "12345");
    EXPECT_EQ(format("{}", static_cast<lang>(std::size(languages))), std::to_string(std::size(languages)));
    EXPECT_EQ(format("{}", static_cast<lang>(-1)), "-1");
    EXPECT_EQ(format("{}", static_cast<category>(INT32_MAX)), "2147483647");
    EXPECT_EQ(format("{}", static_cast<action>(std::size(actions))), std::to_string(std::size(actions)));
    EXPECT_EQ(format("{}", static_cast<audience>(2)), "2");

    EXPECT_EQ(format("[{:>18}]", errc::seat_locked), "[   ERR_SEAT_LOCKED]");
    EXPECT_EQ(format("[{:-<9}]", lang::zh_hant), "[zh-Hant--]");
    EXPECT_EQ(format("[{:^8}]", category::seat), "[  seat  ]");
    EXPECT_EQ(format("[{:.4}]", action::open_settings), "[open]");
    EXPECT_EQ(format("[{:>7}]", static_cast<errc>(-99)), "[    -99]");
}

#if defined(__cpp_lib_format)
TEST(Format, StdFormat) {
    EXPECT_EQ(std::format("{} {}", errc::seat_locked, lang::ja), "ERR_SEAT_LOCKED ja");  // checked at compile time
    expect_formats([](const char* spec, auto value) { return std::vformat(spec, std::make_format_args(value)); });
}
#endif

#if defined(FMT_VERSION)
TEST(Format, Fmt) {
    EXPECT_EQ(fmt::format("{} {}", errc::seat_locked, lang::ja), "ERR_SEAT_LOCKED ja");
    expect_formats([](const char* spec, auto value) { return fmt::format(fmt::runtime(spec), value); });
}
#endif

}  // namespace
