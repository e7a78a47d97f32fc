// room_errors.hpp: the room engine's error codes as std::error_code (C++17, header-only).
//
// A thin layer over the C library (room_errors.h, link with -lroom_errors): every text comes from
// it, and every function returning text returns a std::string_view over its static strings, so
// nothing allocates except std::error_category::message, whose signature returns std::string.
#ifndef ROOM_ERRORS_HPP
#define ROOM_ERRORS_HPP

#include <cstdint>
#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>

#include "room_errors.h"
#include "room_errors_catalog.hpp"

namespace room_errors {

/// The language for a BCP 47 or POSIX locale tag ("zh-Hant-TW", "zh_TW.UTF-8"); nullptr, "" and
/// unsupported tags mean English (see room_err_lang_from_tag).
inline lang lang_from_tag(const char* tag) noexcept {
    return static_cast<lang>(room_err_lang_from_tag(tag));
}

/// The BCP 47 tag of `language`: "en", "zh-Hans", …; "en" for values outside the enumeration.
inline std::string_view lang_tag(lang language) noexcept {
    return room_err_lang_tag(static_cast<RoomErrLang>(language));
}

/// The message for `code` in `language`; unknown codes get the unknown-error message.
inline std::string_view message(std::int32_t code, lang language = lang::en) noexcept {
    return room_err_message(code, static_cast<RoomErrLang>(language));
}

/// The message for `code` in the language of the locale `tag` (see lang_from_tag).
inline std::string_view message(std::int32_t code, const char* tag) noexcept {
    return room_err_message_for_tag(code, tag);
}

/// The message for `code` in `language`.
inline std::string_view message(errc code, lang language = lang::en) noexcept {
    return message(static_cast<std::int32_t>(code), language);
}

/// The message for `code` in the language of the locale `tag` (see lang_from_tag).
inline std::string_view message(errc code, const char* tag) noexcept {
    return message(static_cast<std::int32_t>(code), tag);
}

/// The symbolic name of `code`, e.g. "ERR_SEAT_LOCKED"; "" for unknown codes.
inline std::string_view name(std::int32_t code) noexcept { return room_err_name(code); }

/// The symbolic name of `code`, e.g. "ERR_SEAT_LOCKED".
inline std::string_view name(errc code) noexcept { return name(static_cast<std::int32_t>(code)); }

/// The category name of `code`: "general", "device", "room", "user", "seat", "server", or
/// "unknown" for unknown codes.
inline std::string_view category_name(std::int32_t code) noexcept {
    return room_err_category(code);
}

/// The category name of `code`.
inline std::string_view category_name(errc code) noexcept {
    return category_name(static_cast<std::int32_t>(code));
}

/// The category of `code`; category::unknown for unknown codes.
inline category category_of(std::int32_t code) noexcept {
    return static_cast<category>(room_err_category_id(code));
}

/// The category of `code`.
inline category category_of(errc code) noexcept {
    return category_of(static_cast<std::int32_t>(code));
}

/// Whether `code` is in the catalog.
inline bool is_known(std::int32_t code) noexcept { return room_err_is_known(code); }

/// Whether `code` is in the catalog (false only for values cast from unknown codes).
inline bool is_known(errc code) noexcept { return is_known(static_cast<std::int32_t>(code)); }

/// Whether the documented remedy for `code` is to try again (false for unknown codes).
inline bool is_retryable(std::int32_t code) noexcept { return room_err_is_retryable(code); }

/// Whether the documented remedy for `code` is to try again.
inline bool is_retryable(errc code) noexcept {
    return is_retryable(static_cast<std::int32_t>(code));
}

namespace detail {

/// The std::error_category of the engine's codes; use room_category().
class room_error_category final : public std::error_category {
public:
    constexpr room_error_category() noexcept = default;

    /// "room".
    const char* name() const noexcept override { return "room"; }

    /// The English message of `value` (the unknown-error message for unknown values).
    std::string message(int value) const override {
        return std::string(room_errors::message(value));
    }

    /// The portable std::errc condition with the same meaning as `value`, else `value` itself
    /// in this category.
    std::error_condition default_error_condition(int value) const noexcept override {
        switch (static_cast<errc>(value)) {
        case errc::invalid_parameter:
        case errc::room_id_invalid:
        case errc::room_name_invalid:
        case errc::server_invalid_parameter:
            return std::errc::invalid_argument;
        case errc::camera_not_authorized:
        case errc::microphone_not_authorized:
        case errc::permission_denied:
        case errc::need_owner_permission:
        case errc::need_admin_permission:
        case errc::request_no_permission:
        case errc::server_insufficient_permission:
            return std::errc::permission_denied;
        case errc::camera_occupied:
        case errc::microphone_occupied:
            return std::errc::device_or_resource_busy;
        case errc::camera_device_empty:
        case errc::microphone_device_empty:
            return std::errc::no_such_device;
        case errc::freq_limit:
        case errc::server_create_room_freq_limit:
            return std::errc::resource_unavailable_try_again;
        default:
            return {value, *this};
        }
    }
};

/// Holds the category without ever destroying it, so that it stays usable while other static
/// objects are destroyed at exit.
union room_error_category_storage {
    constexpr room_error_category_storage() noexcept : category() {}
    ~room_error_category_storage() {}
    room_error_category category;
};

}  // namespace detail

/// The category of the engine's codes: name() "room", message() the English message. One object
/// per process on ELF platforms, so codes compare equal across shared objects; a program that uses
/// this header and also loads plugins that use it must export its symbols (-rdynamic). See the
/// README for the details.
#if defined(__GNUC__)
// Default visibility, even under -fvisibility=hidden, exports the object from every shared object
// that includes this header, so the dynamic linker binds them all to one of them.
__attribute__((visibility("default")))
#endif
inline const std::error_category& room_category() noexcept {
    static detail::room_error_category_storage storage;
    return storage.category;
}

/// The std::error_code of `code` in room_category(); errc::success gives a false error_code.
/// Found by argument-dependent lookup, so `std::error_code ec = errc::seat_locked;` works.
inline std::error_code make_error_code(errc code) noexcept {
    return {static_cast<int>(code), room_category()};
}

}  // namespace room_errors

namespace std {
/// Makes room_errors::errc implicitly convertible to std::error_code.
template <>
struct is_error_code_enum<room_errors::errc> : true_type {};
}  // namespace std

#endif  // ROOM_ERRORS_HPP
