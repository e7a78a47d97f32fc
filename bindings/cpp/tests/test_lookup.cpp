// The free functions of room_errors.hpp against the C API, over the whole catalog.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdint>
#include <algorithm>
#include <iterator>
#include <set>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "room_errors.hpp"
#include "test_support.hpp"

namespace {

using namespace room_errors;
using namespace room_errors_test;

// The enumerators are the C constants, named as room_errors.hpp documents.
static_assert(static_cast<std::int32_t>(errc::success) == ROOM_ERR_SUCC);
static_assert(static_cast<std::int32_t>(errc::camera_not_authorized) == ROOM_ERR_CAMERA_NOT_AUTHORIZED);
static_assert(static_cast<std::int32_t>(errc::server_seat_list_empty) == ROOM_ERR_SERVER_SEAT_LIST_EMPTY);
static_assert(static_cast<std::int32_t>(lang::zh_hant) == ROOM_ERR_LANG_ZH_HANT);
static_assert(static_cast<std::int32_t>(category::device) == ROOM_ERR_CATEGORY_DEVICE);
static_assert(static_cast<std::int32_t>(action::open_settings) == ROOM_ERR_ACTION_OPEN_SETTINGS);
static_assert(static_cast<std::int32_t>(audience::developer) == ROOM_ERR_AUDIENCE_DEVELOPER);
static_assert(category_name(category::chat) == "chat" && audience_name(audience::user) == "user");
static_assert(noexcept(message(0, "en")) && noexcept(message(errc::success)) &&
              noexcept(message(0, std::string())) && noexcept(summary(0)) && noexcept(remedy(0)) &&
              noexcept(user_message(0)) && noexcept(name(0)) && noexcept(category_name(0)) &&
              noexcept(category_of(0)) && noexcept(is_known(0)) && noexcept(is_retryable(0)) &&
              noexcept(action_of(0)) && noexcept(action_name(action::none)) &&
              noexcept(action_label(action::none)) && noexcept(audience_of(0)) &&
              noexcept(retry_after(0)) && noexcept(lang_from_tag("")) && noexcept(lang_from_list("")) &&
              noexcept(lang_tag(lang::en)) && noexcept(message(std::error_code())));
static_assert(std::is_same_v<decltype(retry_after(0)), std::chrono::milliseconds>);

/// The texts of one code in one language, through every code and language argument form.
void expect_texts(std::int32_t value, RoomErrLang id) {
    const auto language = static_cast<lang>(id);
    const std::string tag(room_err_lang_tag(id));
    const std::error_code ec(value, room_category());
    const auto code = static_cast<errc>(value);
    using text_function = std::string_view (*)(code_arg, lang_arg);
    const struct {
        const char* what;
        text_function wrapper;
        const char* (*c)(std::int32_t, RoomErrLang);
    } texts[] = {{"message", message, room_err_message},
                 {"summary", summary, room_err_summary},
                 {"remedy", remedy, room_err_remedy},
                 {"user_message", user_message, room_err_user_message}};
    for (const auto& text : texts) {
        SCOPED_TRACE(text.what);
        const char* expected = text.c(value, id);
        for (const code_arg arg : {code_arg(value), code_arg(code), code_arg(ec)}) {
            expect_same_string(text.wrapper(arg, language), expected);
            expect_same_string(text.wrapper(arg, tag.c_str()), expected);
            expect_same_string(text.wrapper(arg, tag), expected);
            expect_same_string(text.wrapper(arg, std::string_view(tag)), expected);
        }
    }
    expect_same_string(message(value, std::string(tag)), room_err_message(value, id));
    expect_same_string(message(code, std::string_view(tag)), room_err_message(value, id));
    expect_same_string(message(ec, tag), room_err_message(value, id));
}

/// Every answer of one code but its texts, through every code argument form.
void expect_attributes(std::int32_t value) {
    const std::error_code ec(value, room_category());
    for (const code_arg arg : {code_arg(value), code_arg(static_cast<errc>(value)), code_arg(ec)}) {
        expect_same_string(name(arg), room_err_name(value));
        expect_same_string(category_name(arg), room_err_category(value));
        EXPECT_EQ(category_of(arg), static_cast<category>(room_err_category_id(value)));
        EXPECT_EQ(is_known(arg), room_err_is_known(value));
        EXPECT_EQ(is_retryable(arg), room_err_is_retryable(value));
        EXPECT_EQ(action_of(arg), static_cast<action>(room_err_action(value)));
        EXPECT_EQ(is_retryable(arg), action_of(arg) == action::retry);
        EXPECT_EQ(audience_of(arg), static_cast<audience>(room_err_audience(value)));
        EXPECT_EQ(retry_after(arg), std::chrono::milliseconds(room_err_retry_after_ms(value)));
    }
    expect_same_string(message(value), room_err_message(value, ROOM_ERR_LANG_EN));
}

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

TEST(Catalog, CategoryListsTheCategoryOfEveryCode) {
    const std::set<category> all(std::begin(categories), std::end(categories));
    for (const errc code : known_codes) EXPECT_EQ(all.count(category_of(code)), 1u) << name(code);
    for (std::size_t i = 0; i < std::size(categories); ++i) {
        EXPECT_EQ(static_cast<std::size_t>(categories[i]), i);
    }
    for (const errc code : known_codes) {
        EXPECT_EQ(category_name(category_of(code)), category_name(code)) << name(code);
    }
    EXPECT_EQ(category_name(category::unknown), room_err_category(detail::not_a_code));
    EXPECT_EQ(category_name(static_cast<category>(std::size(categories))), "");
}

TEST(Catalog, ActionListsEveryActionOfTheCLibrary) {
    for (std::size_t i = 0; i < std::size(actions); ++i) {
        EXPECT_EQ(static_cast<std::size_t>(actions[i]), i);
        expect_same_string(action_name(actions[i]), room_err_action_name(static_cast<RoomErrAction>(i)));
        EXPECT_NE(action_name(actions[i]), "");
    }
    EXPECT_EQ(room_err_action_name(static_cast<RoomErrAction>(std::size(actions))), std::string_view());
    for (const errc code : known_codes) {
        EXPECT_NE(std::find(std::begin(actions), std::end(actions), action_of(code)), std::end(actions));
    }
}

TEST(Catalog, AudienceListsBothAudiences) {
    for (std::size_t i = 0; i < std::size(audiences); ++i) {
        EXPECT_EQ(static_cast<std::size_t>(audiences[i]), i);
    }
    EXPECT_EQ(audience_of(detail::not_a_code), audience::developer);
    EXPECT_EQ(audience_name(static_cast<audience>(std::size(audiences))), "");
    for (const errc code : known_codes) {
        const audience who = audience_of(code);
        EXPECT_TRUE(who == audience::user || who == audience::developer) << name(code);
    }
}

TEST(Lookup, EveryCodeMatchesTheCLibrary) {
    for (const errc code : known_codes) {
        SCOPED_TRACE(room_err_name(static_cast<std::int32_t>(code)));
        expect_attributes(static_cast<std::int32_t>(code));
        EXPECT_EQ(name(code).substr(0, 4), "ERR_");
        EXPECT_NE(category_of(code), category::unknown);
        EXPECT_TRUE(is_known(code));
    }
}

TEST(Lookup, EveryTextInEveryLanguageIsTheCLibrarys) {
    for (const errc code : known_codes) {
        SCOPED_TRACE(room_err_name(static_cast<std::int32_t>(code)));
        for (const lang language : languages) {
            SCOPED_TRACE(lang_tag(language));
            expect_texts(static_cast<std::int32_t>(code), static_cast<RoomErrLang>(language));
        }
    }
}

TEST(Lookup, UnknownCodesGetTheFallbacks) {
    for (const std::int32_t value : unknown_values()) {
        SCOPED_TRACE(value);
        expect_attributes(value);
        for (const lang language : languages) expect_texts(value, static_cast<RoomErrLang>(language));
        EXPECT_EQ(name(value), "");
        EXPECT_EQ(category_name(value), "unknown");
        EXPECT_EQ(category_of(value), category::unknown);
        EXPECT_FALSE(is_known(value));
        EXPECT_FALSE(is_retryable(value));
        EXPECT_EQ(action_of(value), action::none);
        EXPECT_EQ(audience_of(value), audience::developer);
        EXPECT_EQ(retry_after(value), std::chrono::milliseconds::zero());
        EXPECT_EQ(remedy(value), "");
        EXPECT_EQ(message(value), summary(value));
    }
}

TEST(Lookup, ErrorCodesOfOtherCategoriesAreUnknownCodes) {
    ASSERT_FALSE(room_err_is_known(detail::not_a_code));
    const std::error_code foreign[] = {std::error_code(), std::make_error_code(std::errc::invalid_argument),
                                       std::error_code(ROOM_ERR_SEAT_LOCKED, std::generic_category()),
                                       std::error_code(ROOM_ERR_FREQ_LIMIT, std::system_category())};
    for (const std::error_code& ec : foreign) {
        SCOPED_TRACE(ec.message());
        for (const lang language : languages) {
            const auto id = static_cast<RoomErrLang>(language);
            expect_same_string(message(ec, language), room_err_message(detail::not_a_code, id));
            expect_same_string(user_message(ec, language), room_err_user_message(detail::not_a_code, id));
        }
        EXPECT_EQ(name(ec), "");
        EXPECT_FALSE(is_known(ec));
        EXPECT_FALSE(is_retryable(ec));
        EXPECT_EQ(action_of(ec), action::none);
        EXPECT_EQ(audience_of(ec), audience::developer);
    }
}

TEST(Lookup, ActionLabelsInEveryLanguageAreTheCLibrarys) {
    std::vector<std::int32_t> ids;
    for (const action value : actions) ids.push_back(static_cast<std::int32_t>(value));
    for (const std::int32_t bad : {-1, static_cast<std::int32_t>(std::size(actions)), INT32_MIN, INT32_MAX}) {
        ids.push_back(bad);
    }
    for (const std::int32_t id : ids) {
        SCOPED_TRACE(id);
        const auto value = static_cast<action>(id);
        expect_same_string(action_name(value), room_err_action_name(id));
        for (const lang language : languages) {
            const char* expected = room_err_action_label(id, static_cast<RoomErrLang>(language));
            const std::string tag(lang_tag(language));
            expect_same_string(action_label(value, language), expected);
            expect_same_string(action_label(value, tag), expected);
            expect_same_string(action_label(value, tag.c_str()), expected);
            expect_same_string(action_label(value, std::string_view(tag)), expected);
        }
        expect_same_string(action_label(value), room_err_action_label(id, ROOM_ERR_LANG_EN));
    }
    for (const std::int32_t bad : {-1, static_cast<std::int32_t>(std::size(actions)), INT32_MIN}) {
        EXPECT_EQ(action_name(static_cast<action>(bad)), "");
        EXPECT_EQ(action_label(static_cast<action>(bad)), "");
    }
    EXPECT_EQ(action_label(action::none), "");
    EXPECT_EQ(action_label(action::fix_integration), "");
    EXPECT_NE(action_label(action::open_settings), "");
}

TEST(Lookup, UnknownLanguagesMeanEnglish) {
    for (const std::int32_t id : {-1, static_cast<std::int32_t>(std::size(languages)), INT32_MIN, INT32_MAX}) {
        const auto language = static_cast<lang>(id);
        EXPECT_EQ(lang_tag(language), "en");
        expect_same_string(message(errc::seat_locked, language), room_err_message(ROOM_ERR_SEAT_LOCKED, 0));
        expect_same_string(summary(errc::seat_locked, language), room_err_summary(ROOM_ERR_SEAT_LOCKED, 0));
    }
}

TEST(Lookup, SharedLanguageCasesThroughEveryStringForm) {
    const auto cases = lang_cases();
    ASSERT_GT(cases.size(), 10u);
    for (const auto& [input, expected] : cases) {
        SCOPED_TRACE(input);
        const lang want = lang_from_tag(expected.c_str());
        ASSERT_EQ(lang_tag(want), expected);
        EXPECT_EQ(lang_from_list(input.c_str()), want);
        EXPECT_EQ(lang_from_list(input), want);
        EXPECT_EQ(lang_from_list(std::string_view(input)), want);
        expect_same_string(message(errc::seat_locked, input),
                           room_err_message(ROOM_ERR_SEAT_LOCKED, static_cast<RoomErrLang>(want)));
        if (input.find_first_of(",:; \t") == std::string::npos) {
            EXPECT_EQ(lang_from_tag(input.c_str()), want);
            EXPECT_EQ(lang_from_tag(input), want);
            EXPECT_EQ(lang_from_tag(std::string_view(input)), want);
        }
    }
}

TEST(Lookup, StringViewsAreReadOnlyToTheirEnd) {
    const std::string list = "ja,ko";
    EXPECT_EQ(lang_from_list(std::string_view(list).substr(0, 2)), lang::ja);
    EXPECT_EQ(lang_from_list(std::string_view(list).substr(3)), lang::ko);
    EXPECT_EQ(lang_from_tag(std::string_view("zh-TW", 2)), lang::zh_hans);
    EXPECT_EQ(lang_from_list(std::string_view()), lang::en);
    EXPECT_EQ(lang_from_list(nullptr), lang::en);
    // Past the stack buffer: a heap copy, the same answer.
    const std::string long_list = std::string(300, 'a') + ",ko";
    EXPECT_EQ(lang_from_list(std::string_view(long_list)), lang_from_list(long_list));
    EXPECT_EQ(lang_from_list(std::string_view(long_list)), lang::ko);
    EXPECT_EQ(lang_from_tag(std::string_view(std::string(300, 'x'))), lang::en);
}

TEST(Lookup, Version) { expect_same_string(version(), room_err_version()); }

}  // namespace
