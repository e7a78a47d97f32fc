// room_category(), errc as std::error_code, the portable std::errc conditions,
// condition::retryable, and check().
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <system_error>
#include <type_traits>
#include <utility>
#include <vector>

#include "room_errors.hpp"
#include "test_support.hpp"

namespace {

using namespace room_errors;

static_assert(std::is_error_code_enum_v<errc>);
static_assert(!std::is_error_condition_enum_v<errc>);
static_assert(std::is_convertible_v<errc, std::error_code>);
static_assert(std::is_error_condition_enum_v<condition>);
static_assert(!std::is_error_code_enum_v<condition>);
static_assert(noexcept(room_category()) && noexcept(make_error_code(errc::success)) &&
              noexcept(room_condition_category()) && noexcept(make_error_condition(condition::retryable)));
static_assert(!noexcept(check(0)));

/// The rule of the code generator (crates/codegen/src/cpp.rs, `condition`), applied to what the C
/// library says of `code` at run time: the portable condition, or std::errc{} for none.
std::errc rule(std::int32_t code) {
    const std::string name = room_err_name(code);
    const auto ends_with = [&name](const std::string& end) {
        return name.size() >= end.size() && name.compare(name.size() - end.size(), end.size(), end) == 0;
    };
    const bool device = room_err_category_id(code) == ROOM_ERR_CATEGORY_DEVICE;
    if (room_err_action(code) == ROOM_ERR_ACTION_RETRY) return std::errc::resource_unavailable_try_again;
    if (room_err_action(code) == ROOM_ERR_ACTION_OPEN_SETTINGS) return std::errc::permission_denied;
    if (name.find("PERMISSION") != std::string::npos) return std::errc::permission_denied;
    if (device && (ends_with("_OCCUPIED") || ends_with("_IN_PROGRESS"))) return std::errc::device_or_resource_busy;
    if (device && ends_with("_DEVICE_EMPTY")) return std::errc::no_such_device;
    if (name.find("INVALID_PARAMETER") != std::string::npos || ends_with("_INVALID")) return std::errc::invalid_argument;
    return std::errc{};
}

const std::errc portable_conditions[] = {
    std::errc::resource_unavailable_try_again, std::errc::permission_denied, std::errc::device_or_resource_busy,
    std::errc::no_such_device, std::errc::invalid_argument,
};

TEST(RoomCategory, IsOneObjectNamedRoom) {
    EXPECT_EQ(&room_category(), &room_category());
    EXPECT_STREQ(room_category().name(), "room");
    EXPECT_NE(room_category(), std::generic_category());
    EXPECT_NE(room_category(), std::system_category());
}

TEST(RoomCategory, MessageIsTheEnglishMessageOfAnyValue) {
    for (const errc code : known_codes) {
        EXPECT_EQ(room_category().message(static_cast<int>(code)), message(code));
    }
    for (const int value : {INT32_MIN, -3, 12345, INT32_MAX}) {
        EXPECT_EQ(room_category().message(value), room_err_message(value, ROOM_ERR_LANG_EN));
    }
}

TEST(ErrorCode, EveryErrcConverts) {
    for (const errc code : known_codes) {
        SCOPED_TRACE(name(code));
        const std::error_code ec = code;
        EXPECT_EQ(ec.value(), static_cast<int>(code));
        EXPECT_EQ(&ec.category(), &room_category());
        EXPECT_EQ(ec.message(), message(code));
        EXPECT_EQ(static_cast<bool>(ec), code != errc::success);
        EXPECT_EQ(ec, code);
        EXPECT_EQ(ec, make_error_code(code));  // found by argument-dependent lookup
        EXPECT_NE(ec, std::error_code(ec.value(), std::generic_category()));
    }
}

TEST(ErrorCode, SuccessIsFalse) {
    const std::error_code ec = errc::success;
    EXPECT_FALSE(ec);
    EXPECT_FALSE(ec.default_error_condition());
    EXPECT_NE(ec, std::error_code());  // a different category than the system's 0
}

TEST(ErrorCode, AssignsAndComparesLikeAnyErrorCode) {
    std::error_code ec;
    ec = errc::seat_locked;
    EXPECT_EQ(ec, errc::seat_locked);
    EXPECT_NE(ec, errc::server_seat_locked);
    EXPECT_EQ(ec.message(), "This seat is locked.");
    const std::system_error error(errc::camera_not_authorized);
    EXPECT_EQ(error.code(), errc::camera_not_authorized);
}

TEST(ErrorCode, UnknownValuesKeepTheirValue) {
    for (const int value : {INT32_MIN, -3, 12345, INT32_MAX}) {
        const std::error_code ec(value, room_category());
        EXPECT_EQ(ec.message(), message(value));
        EXPECT_EQ(ec.default_error_condition(), std::error_condition(value, room_category()));
        EXPECT_NE(ec, std::errc::invalid_argument);
    }
}

TEST(ErrorCondition, EveryCodeHasTheConditionOfTheRule) {
    std::size_t with_condition = 0;
    for (const std::int32_t code : room_errors_test::c_codes()) {
        SCOPED_TRACE(room_err_name(code));
        const std::error_code ec(code, room_category());
        const std::errc expected = rule(code);
        EXPECT_EQ(portable_condition(static_cast<errc>(code)), expected);
        if (expected == std::errc{}) {
            EXPECT_EQ(ec.default_error_condition(), std::error_condition(code, room_category()));
        } else {
            ++with_condition;
            EXPECT_EQ(ec.default_error_condition(), std::make_error_condition(expected));
            EXPECT_EQ(ec, expected);
        }
        for (const std::errc other : portable_conditions) {
            if (other != expected) {
                EXPECT_NE(ec, other);
            }
        }
    }
    EXPECT_GT(with_condition, 40u);
}

TEST(ErrorCondition, TheIssuesCases) {
    for (const errc code : {errc::chat_freq_limit, errc::server_battle_freq_limit, errc::freq_limit}) {
        EXPECT_EQ(std::error_code(code), std::errc::resource_unavailable_try_again) << name(code);
    }
    for (const errc code : {errc::open_camera_need_permission_from_admin, errc::open_microphone_need_permission_from_admin,
                            errc::camera_not_authorized, errc::need_owner_permission}) {
        EXPECT_EQ(std::error_code(code), std::errc::permission_denied) << name(code);
    }
    EXPECT_EQ(std::error_code(errc::camera_occupied), std::errc::device_or_resource_busy);
    EXPECT_EQ(std::error_code(errc::microphone_device_empty), std::errc::no_such_device);
    EXPECT_EQ(std::error_code(errc::room_name_invalid), std::errc::invalid_argument);
}

TEST(RetryableCondition, AgreesWithIsRetryableForEveryValue) {
    std::vector<std::int32_t> values = room_errors_test::unknown_values();
    for (const errc code : known_codes) values.push_back(static_cast<std::int32_t>(code));
    std::size_t retryable = 0;
    for (const std::int32_t value : values) {
        SCOPED_TRACE(value);
        const std::error_code ec(value, room_category());
        const bool expected = room_err_is_retryable(value);
        retryable += expected ? 1 : 0;
        EXPECT_EQ(ec == condition::retryable, expected);
        EXPECT_EQ(condition::retryable == ec, expected);
        EXPECT_EQ(ec != condition::retryable, !expected);
        EXPECT_EQ(ec == make_error_condition(condition::retryable), expected);
        EXPECT_EQ(is_retryable(ec), expected);
        // Only condition::retryable is a room condition.
        EXPECT_NE(ec, std::error_condition(2, room_condition_category()));
    }
    EXPECT_GT(retryable, 0u);
}

TEST(RetryableCondition, OtherCategoriesAreNotRetryable) {
    for (const std::error_code& ec : {std::make_error_code(std::errc::resource_unavailable_try_again),
                                      std::error_code(ROOM_ERR_FREQ_LIMIT, std::generic_category()),
                                      std::error_code()}) {
        EXPECT_NE(ec, condition::retryable) << ec.message();
    }
}

TEST(RetryableCondition, Category) {
    EXPECT_EQ(&room_condition_category(), &room_condition_category());
    EXPECT_STREQ(room_condition_category().name(), "room-condition");
    EXPECT_NE(room_condition_category(), room_category());
    const std::error_condition retryable = condition::retryable;
    EXPECT_EQ(retryable.category(), room_condition_category());
    EXPECT_EQ(retryable.message(), "the remedy is to try again");
    EXPECT_EQ(std::error_condition(7, room_condition_category()).message(), "unknown condition");
}

TEST(Check, ReturnsForSuccess) { EXPECT_NO_THROW(check(ROOM_ERR_SUCC)); }

TEST(Check, ThrowsSystemErrorForEveryOtherValue) {
    std::vector<std::int32_t> values = room_errors_test::unknown_values();
    for (const errc code : known_codes) {
        if (code != errc::success) values.push_back(static_cast<std::int32_t>(code));
    }
    for (const std::int32_t value : values) {
        SCOPED_TRACE(value);
        try {
            check(value);
            ADD_FAILURE() << "check(" << value << ") returned";
        } catch (const std::system_error& error) {
            EXPECT_EQ(error.code(), std::error_code(value, room_category()));
            EXPECT_EQ(error.code() == condition::retryable, room_err_is_retryable(value));
            // The log line of every binding: English, with name and code.
            const std::string name = room_err_name(value);
            EXPECT_EQ(std::string(error.what()), (name.empty() ? "UNKNOWN" : name) + " (" + std::to_string(value) +
                                                     "): " + room_err_message(value, ROOM_ERR_LANG_EN));
        }
    }
}

}  // namespace
