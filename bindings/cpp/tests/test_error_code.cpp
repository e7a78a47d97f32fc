// room_category(), errc as std::error_code, and the portable std::errc conditions.
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <system_error>
#include <type_traits>
#include <utility>

#include "room_errors.hpp"

namespace {

using namespace room_errors;

static_assert(std::is_error_code_enum_v<errc>);
static_assert(!std::is_error_condition_enum_v<errc>);
static_assert(std::is_convertible_v<errc, std::error_code>);
static_assert(noexcept(room_category()) && noexcept(make_error_code(errc::success)));

/// The codes with a portable condition, as the issue lists them.
const std::pair<errc, std::errc> portable[] = {
    {errc::invalid_parameter, std::errc::invalid_argument},
    {errc::room_id_invalid, std::errc::invalid_argument},
    {errc::room_name_invalid, std::errc::invalid_argument},
    {errc::server_invalid_parameter, std::errc::invalid_argument},
    {errc::camera_not_authorized, std::errc::permission_denied},
    {errc::microphone_not_authorized, std::errc::permission_denied},
    {errc::permission_denied, std::errc::permission_denied},
    {errc::need_owner_permission, std::errc::permission_denied},
    {errc::need_admin_permission, std::errc::permission_denied},
    {errc::request_no_permission, std::errc::permission_denied},
    {errc::server_insufficient_permission, std::errc::permission_denied},
    {errc::camera_occupied, std::errc::device_or_resource_busy},
    {errc::microphone_occupied, std::errc::device_or_resource_busy},
    {errc::camera_device_empty, std::errc::no_such_device},
    {errc::microphone_device_empty, std::errc::no_such_device},
    {errc::freq_limit, std::errc::resource_unavailable_try_again},
    {errc::server_create_room_freq_limit, std::errc::resource_unavailable_try_again},
};

/// The portable condition of `code`, or nullptr.
const std::errc* portable_condition(errc code) {
    for (const auto& [room, condition] : portable) {
        if (room == code) return &condition;
    }
    return nullptr;
}

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
    EXPECT_NE(std::string(error.what()).find(std::string(message(errc::camera_not_authorized))),
              std::string::npos);
}

TEST(ErrorCode, UnknownValuesKeepTheirValue) {
    for (const int value : {INT32_MIN, -3, 12345, INT32_MAX}) {
        const std::error_code ec(value, room_category());
        EXPECT_EQ(ec.message(), message(value));
        EXPECT_EQ(ec.default_error_condition(), std::error_condition(value, room_category()));
        EXPECT_NE(ec, std::errc::invalid_argument);
    }
}

TEST(ErrorCondition, PortableCodesMatchTheirStdErrc) {
    for (const auto& [code, condition] : portable) {
        SCOPED_TRACE(name(code));
        const std::error_code ec = code;
        EXPECT_EQ(ec.default_error_condition(), std::make_error_condition(condition));
        EXPECT_EQ(ec, condition);
        for (const auto& other : portable) {
            if (other.second != condition) {
                EXPECT_NE(ec, other.second);
            }
        }
    }
}

TEST(ErrorCondition, EveryOtherCodeIsItsOwnCondition) {
    for (const errc code : known_codes) {
        if (portable_condition(code) != nullptr) continue;
        SCOPED_TRACE(name(code));
        const std::error_code ec = code;
        EXPECT_EQ(ec.default_error_condition(), std::error_condition(ec.value(), room_category()));
        for (const auto& other : portable) {
            EXPECT_NE(ec, other.second);
        }
    }
}

}  // namespace
