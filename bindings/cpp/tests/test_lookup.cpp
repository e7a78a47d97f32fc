// The free functions of room_errors.hpp against the C API, over the whole catalog.
#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>
#include <iterator>
#include <set>
#include <string_view>
#include <vector>

#include "room_errors.hpp"

namespace {

using namespace room_errors;

/// The C library's codes, in catalog order.
std::vector<std::int32_t> c_codes() {
    std::size_t count = 0;
    const std::int32_t* codes = room_err_codes(&count);
    return {codes, codes + count};
}

/// Values that are not codes: the extremes, and every neighbour of a code that is not a code.
std::vector<std::int32_t> unknown_values() {
    const auto codes = c_codes();
    const std::set<std::int32_t> known(codes.begin(), codes.end());
    std::vector<std::int32_t> values = {INT32_MIN, INT32_MIN + 1, INT32_MAX, INT32_MAX - 1};
    for (const std::int32_t code : codes) {
        for (const std::int32_t neighbour : {code - 1, code + 1}) {
            if (known.count(neighbour) == 0) values.push_back(neighbour);
        }
    }
    return values;
}

/// The number of languages of the C library: ids from 0 whose tag negotiates back to the id.
std::size_t c_language_count() {
    RoomErrLang id = 0;
    while (room_err_lang_from_tag(room_err_lang_tag(id)) == id) ++id;
    return static_cast<std::size_t>(id);
}

/// A string_view over `s` that must be `expected` itself (the same static string, not a copy).
void expect_same_string(std::string_view s, const char* expected) {
    EXPECT_EQ(s.data(), expected);
    EXPECT_EQ(s.size(), std::strlen(expected));
}

// The enumerators are the C constants under the naming rule.
static_assert(static_cast<std::int32_t>(errc::success) == ROOM_ERR_SUCC);
static_assert(static_cast<std::int32_t>(errc::camera_not_authorized) == ROOM_ERR_CAMERA_NOT_AUTHORIZED);
static_assert(static_cast<std::int32_t>(errc::server_seat_list_empty) == ROOM_ERR_SERVER_SEAT_LIST_EMPTY);
static_assert(static_cast<std::int32_t>(lang::zh_hant) == ROOM_ERR_LANG_ZH_HANT);
static_assert(static_cast<std::int32_t>(category::device) == ROOM_ERR_CATEGORY_DEVICE);
static_assert(noexcept(message(0, "en")) && noexcept(message(errc::success)) &&
              noexcept(name(0)) && noexcept(category_name(0)) && noexcept(category_of(0)) &&
              noexcept(is_known(0)) && noexcept(is_retryable(0)) && noexcept(lang_from_tag("")) &&
              noexcept(lang_tag(lang::en)));

TEST(Catalog, ErrcListsEveryCodeOfTheCLibraryInOrder) {
    const auto codes = c_codes();
    ASSERT_EQ(std::size(known_codes), codes.size());
    for (std::size_t i = 0; i < codes.size(); ++i) {
        EXPECT_EQ(static_cast<std::int32_t>(known_codes[i]), codes[i]) << room_err_name(codes[i]);
    }
}

TEST(Catalog, LangListsEveryLanguageOfTheCLibrary) {
    ASSERT_EQ(std::size(languages), c_language_count());
    for (std::size_t i = 0; i < std::size(languages); ++i) {
        const lang language = languages[i];
        EXPECT_EQ(static_cast<std::size_t>(language), i);
        expect_same_string(lang_tag(language), room_err_lang_tag(static_cast<RoomErrLang>(i)));
        EXPECT_EQ(lang_from_tag(lang_tag(language).data()), language);
    }
}

TEST(Catalog, CategoryListsEveryCategoryOfTheCodes) {
    std::set<category> used = {category::unknown};
    for (const errc code : known_codes) used.insert(category_of(code));
    EXPECT_EQ(used, std::set<category>(std::begin(categories), std::end(categories)));
    for (std::size_t i = 0; i < std::size(categories); ++i) {
        EXPECT_EQ(static_cast<std::size_t>(categories[i]), i);
    }
}

TEST(Lookup, EveryCodeMatchesTheCLibrary) {
    for (const errc code : known_codes) {
        const auto value = static_cast<std::int32_t>(code);
        SCOPED_TRACE(room_err_name(value));
        expect_same_string(name(value), room_err_name(value));
        expect_same_string(name(code), room_err_name(value));
        EXPECT_EQ(name(code).substr(0, 4), "ERR_");
        expect_same_string(category_name(value), room_err_category(value));
        expect_same_string(category_name(code), room_err_category(value));
        EXPECT_EQ(category_of(value), static_cast<category>(room_err_category_id(value)));
        EXPECT_EQ(category_of(code), category_of(value));
        EXPECT_NE(category_of(code), category::unknown);
        EXPECT_TRUE(is_known(value));
        EXPECT_TRUE(is_known(code));
        EXPECT_EQ(is_retryable(value), room_err_is_retryable(value));
        EXPECT_EQ(is_retryable(code), room_err_is_retryable(value));
    }
}

TEST(Lookup, EveryMessageInEveryLanguageIsTheCLibrarys) {
    for (const errc code : known_codes) {
        const auto value = static_cast<std::int32_t>(code);
        SCOPED_TRACE(room_err_name(value));
        expect_same_string(message(value), room_err_message(value, ROOM_ERR_LANG_EN));
        expect_same_string(message(code), room_err_message(value, ROOM_ERR_LANG_EN));
        for (const lang language : languages) {
            const char* expected = room_err_message(value, static_cast<RoomErrLang>(language));
            const char* tag = lang_tag(language).data();
            expect_same_string(message(value, language), expected);
            expect_same_string(message(code, language), expected);
            expect_same_string(message(value, tag), expected);
            expect_same_string(message(code, tag), expected);
        }
    }
}

TEST(Lookup, UnknownCodesGetTheFallbacks) {
    for (const std::int32_t value : unknown_values()) {
        SCOPED_TRACE(value);
        const auto code = static_cast<errc>(value);
        for (const lang language : languages) {
            const char* expected = room_err_message(INT32_MIN, static_cast<RoomErrLang>(language));
            expect_same_string(message(value, language), expected);
            expect_same_string(message(code, language), expected);
        }
        EXPECT_EQ(name(value), "");
        EXPECT_EQ(name(code), "");
        EXPECT_EQ(category_name(value), "unknown");
        EXPECT_EQ(category_name(code), "unknown");
        EXPECT_EQ(category_of(value), category::unknown);
        EXPECT_EQ(category_of(code), category::unknown);
        EXPECT_FALSE(is_known(value));
        EXPECT_FALSE(is_known(code));
        EXPECT_FALSE(is_retryable(value));
        EXPECT_FALSE(is_retryable(code));
    }
}

TEST(Lookup, UnknownLanguagesMeanEnglish) {
    for (const std::int32_t id : {-1, static_cast<std::int32_t>(std::size(languages)), INT32_MIN, INT32_MAX}) {
        const auto language = static_cast<lang>(id);
        EXPECT_EQ(lang_tag(language), "en");
        expect_same_string(message(errc::seat_locked, language), room_err_message(ROOM_ERR_SEAT_LOCKED, 0));
    }
}

TEST(Lookup, LanguageTags) {
    EXPECT_EQ(lang_from_tag(nullptr), lang::en);
    EXPECT_EQ(lang_from_tag(""), lang::en);
    EXPECT_EQ(lang_from_tag("C"), lang::en);
    EXPECT_EQ(lang_from_tag("en-US"), lang::en);
    EXPECT_EQ(lang_from_tag("zh-CN"), lang::zh_hans);
    EXPECT_EQ(lang_from_tag("zh_TW.UTF-8"), lang::zh_hant);
    EXPECT_EQ(lang_from_tag("zh-Hant-HK"), lang::zh_hant);
    expect_same_string(message(errc::seat_locked, nullptr), room_err_message(ROOM_ERR_SEAT_LOCKED, 0));
    expect_same_string(message(errc::seat_locked, "zh_TW.UTF-8"),
                       room_err_message(ROOM_ERR_SEAT_LOCKED, ROOM_ERR_LANG_ZH_HANT));
}

}  // namespace
