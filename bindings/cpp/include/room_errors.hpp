// room_errors.hpp: the room engine's error codes as std::error_code (C++17, header-only).
//
// A thin layer over the C library (room_errors.h, link with -lroom_errors): every text comes from
// it, and every function returning text returns a std::string_view over its static strings, so
// nothing allocates except std::error_category::message, whose signature returns std::string.
// With C++20's <format>, std::format formats the enumerations; so does fmt when <fmt/format.h>
// can be included (define ROOM_ERRORS_NO_FMT to leave fmt out).
#ifndef ROOM_ERRORS_HPP
#define ROOM_ERRORS_HPP

#if defined(_MSVC_LANG) && _MSVC_LANG > __cplusplus
#define ROOM_ERRORS_CPLUSPLUS _MSVC_LANG
#else
#define ROOM_ERRORS_CPLUSPLUS __cplusplus
#endif

#if ROOM_ERRORS_CPLUSPLUS < 201703L
#error "room_errors.hpp needs C++17 or later (-std=c++17); room_errors.h works in any C or C++"
#else

#include <charconv>
#include <cstddef>
#include <chrono>
#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>

#include "room_errors.h"
#include "room_errors_catalog.hpp"

#if ROOM_ERRORS_CPLUSPLUS >= 202002L && __has_include(<format>)
#include <format>
#endif
#if !defined(ROOM_ERRORS_NO_FMT) && __has_include(<fmt/format.h>)
#include <fmt/format.h>
#endif

#if defined(__GNUC__)
// Default visibility, even under -fvisibility=hidden, exports an object from every shared object
// that includes this header, so the dynamic linker binds them all to one of them.
#define ROOM_ERRORS_SHARED_OBJECT __attribute__((visibility("default")))
#else
#define ROOM_ERRORS_SHARED_OBJECT
#endif

namespace room_errors {

/// The conditions of room_condition_category(): `ec == condition::retryable` is
/// `is_retryable(ec)`.
enum class condition : int {
    /// The remedy of the code is to try again (action::retry).
    retryable = 1,
};

namespace detail {

/// Holds an object without ever destroying it, so that it stays usable while other static
/// objects are destroyed at exit.
template <class T>
union immortal {
    constexpr immortal() noexcept : object() {}
    ~immortal() {}
    T object;
};

class room_error_category;
class room_condition_category;

/// A value no code has (the tests check): what an error_code of another category stands for.
inline constexpr std::int32_t not_a_code = INT32_MIN;

/// `read(s)` for a NUL-terminated copy of `text`, on the stack up to 255 bytes.
template <class Reader>
auto with_c_string(std::string_view text, Reader read) {
    char buffer[256];
    if (text.size() >= sizeof buffer) return read(std::string(text).c_str());
    text.copy(buffer, text.size());
    buffer[text.size()] = '\0';
    return read(static_cast<const char*>(buffer));
}

}  // namespace detail

/// The category of the engine's codes: name() "room", message() the English message. One object
/// per process on ELF platforms, so codes compare equal across shared objects; a program that uses
/// this header and also loads plugins that use it must export its symbols (-rdynamic). See the
/// README for the details.
ROOM_ERRORS_SHARED_OBJECT inline const std::error_category& room_category() noexcept;

/// The category of room_errors::condition, "room-condition"; one object per process like
/// room_category().
ROOM_ERRORS_SHARED_OBJECT inline const std::error_category& room_condition_category() noexcept;

/// A code argument: an std::int32_t, an errc or an std::error_code. An error_code of another
/// category than room_category() is an unknown code.
class code_arg {
public:
    constexpr code_arg(std::int32_t code) noexcept : value_(code) {}
    constexpr code_arg(errc code) noexcept : value_(static_cast<std::int32_t>(code)) {}
    code_arg(const std::error_code& code) noexcept
        : value_(code.category() == room_category() ? code.value() : detail::not_a_code) {}

    /// The code as the C API takes it.
    constexpr std::int32_t value() const noexcept { return value_; }

private:
    std::int32_t value_;
};

/// A language argument: a lang, or a BCP 47 or POSIX tag or a preference list (an
/// Accept-Language value, a POSIX LANGUAGE list, tags separated by commas or spaces) as a C
/// string, std::string or std::string_view, negotiated as lang_from_list does; nullptr and ""
/// mean English. Only a string_view longer than 255 bytes allocates (a NUL-terminated copy).
class lang_arg {
public:
    constexpr lang_arg(lang language) noexcept : id_(static_cast<RoomErrLang>(language)) {}
    lang_arg(const char* list) noexcept : id_(room_err_lang_from_list(list)) {}
    lang_arg(const std::string& list) noexcept : id_(room_err_lang_from_list(list.c_str())) {}
    lang_arg(std::string_view list) : id_(detail::with_c_string(list, room_err_lang_from_list)) {}

    /// The language as the C API takes it.
    constexpr RoomErrLang id() const noexcept { return id_; }

private:
    RoomErrLang id_;
};

/// The language for one BCP 47 or POSIX locale tag ("zh-Hant-TW", "zh_TW.UTF-8"); nullptr, ""
/// and unsupported tags mean English (see room_err_lang_from_tag).
inline lang lang_from_tag(const char* tag) noexcept {
    return static_cast<lang>(room_err_lang_from_tag(tag));
}

/// The language for one locale tag (see lang_from_tag).
inline lang lang_from_tag(const std::string& tag) noexcept { return lang_from_tag(tag.c_str()); }

/// The language for one locale tag (see lang_from_tag); allocates only beyond 255 bytes.
inline lang lang_from_tag(std::string_view tag) {
    return static_cast<lang>(detail::with_c_string(tag, room_err_lang_from_tag));
}

/// The best language for a preference list: "fr-CH, fr;q=0.9, zh-TW;q=0.8", "zh_TW:ja:en",
/// "zh-Hant-TW,en-US", or one tag; nullptr, "" and nothing usable mean English (see
/// room_err_lang_from_list).
inline lang lang_from_list(const char* list) noexcept { return static_cast<lang>(lang_arg(list).id()); }

/// The best language for a preference list (see lang_from_list).
inline lang lang_from_list(const std::string& list) noexcept {
    return static_cast<lang>(lang_arg(list).id());
}

/// The best language for a preference list (see lang_from_list); allocates only beyond 255 bytes.
inline lang lang_from_list(std::string_view list) { return static_cast<lang>(lang_arg(list).id()); }

/// The BCP 47 tag of `language`: "en", "zh-Hans", …; "en" for values outside the enumeration.
inline std::string_view lang_tag(lang language) noexcept {
    return room_err_lang_tag(static_cast<RoomErrLang>(language));
}

/// The message of `code` in `language`: summary, then remedy. Unknown codes get the unknown-error
/// message; `language` may be a lang or a tag or preference list (see lang_arg).
inline std::string_view message(code_arg code, lang_arg language = lang::en) noexcept {
    return room_err_message(code.value(), language.id());
}

/// What happened, one sentence: the first part of message(); the unknown-error message for
/// unknown codes.
inline std::string_view summary(code_arg code, lang_arg language = lang::en) noexcept {
    return room_err_summary(code.value(), language.id());
}

/// What to do, one sentence: the rest of message(); "" when the code has none (unknown codes).
inline std::string_view remedy(code_arg code, lang_arg language = lang::en) noexcept {
    return room_err_remedy(code.value(), language.id());
}

/// The message an end user may read: message() for audience::user codes, one generic "try again
/// later" text for developer-audience and unknown codes.
inline std::string_view user_message(code_arg code, lang_arg language = lang::en) noexcept {
    return room_err_user_message(code.value(), language.id());
}

/// The symbolic name of `code`, e.g. "ERR_SEAT_LOCKED"; "" for unknown codes.
inline std::string_view name(code_arg code) noexcept { return room_err_name(code.value()); }

/// The category name of `code`: "general", "device", …, or "unknown" for unknown codes.
inline std::string_view category_name(code_arg code) noexcept {
    return room_err_category(code.value());
}

/// The category of `code`; category::unknown for unknown codes.
inline category category_of(code_arg code) noexcept {
    return static_cast<category>(room_err_category_id(code.value()));
}

/// Whether `code` is in the catalog.
inline bool is_known(code_arg code) noexcept { return room_err_is_known(code.value()); }

/// Whether the remedy of `code` is to try again: action_of(code) == action::retry.
inline bool is_retryable(code_arg code) noexcept { return room_err_is_retryable(code.value()); }

/// What the remedy of `code` asks for; action::none for unknown codes.
inline action action_of(code_arg code) noexcept {
    return static_cast<action>(room_err_action(code.value()));
}

/// The name of `value`: "none", "retry", "open_settings", …; "" for values outside the
/// enumeration.
inline std::string_view action_name(action value) noexcept {
    return room_err_action_name(static_cast<RoomErrAction>(value));
}

/// A short button label for `value` in `language`, such as "Open Settings"; "" for action::none,
/// action::fix_integration and values outside the enumeration.
inline std::string_view action_label(action value, lang_arg language = lang::en) noexcept {
    return room_err_action_label(static_cast<RoomErrAction>(value), language.id());
}

/// Who the message of `code` is for; audience::developer for unknown codes.
inline audience audience_of(code_arg code) noexcept {
    return static_cast<audience>(room_err_audience(code.value()));
}

/// How long to wait before retrying `code` where the source states it; zero otherwise.
inline std::chrono::milliseconds retry_after(code_arg code) noexcept {
    return std::chrono::milliseconds(room_err_retry_after_ms(code.value()));
}

/// The codes a library knows, as room_err_codes gives them: a range of std::int32_t.
class code_list {
public:
    code_list(const std::int32_t* codes, std::size_t count) noexcept : begin_(codes), count_(count) {}
    const std::int32_t* begin() const noexcept { return begin_; }
    const std::int32_t* end() const noexcept { return begin_ + count_; }
    std::size_t size() const noexcept { return count_; }
    std::int32_t operator[](std::size_t i) const noexcept { return begin_[i]; }

private:
    const std::int32_t* begin_;
    std::size_t count_;
};

/// Every code the loaded library knows, in catalog order (room_err_codes), read at run time: a
/// newer library's codes too, which known_codes (this header's catalog) lacks.
inline code_list codes() noexcept {
    std::size_t count = 0;
    const std::int32_t* first = room_err_codes(&count);
    return {first, count};
}

/// The library's version, "MAJOR.MINOR.PATCH".
inline std::string_view version() noexcept { return room_err_version(); }

namespace detail {

/// The std::error_category of the engine's codes; use room_category().
class room_error_category final : public std::error_category {
public:
    constexpr room_error_category() noexcept = default;

    /// "room".
    const char* name() const noexcept override { return "room"; }

    /// The English message of `value` (the unknown-error message for unknown values).
    std::string message(int value) const override {
        return std::string(room_err_message(value, ROOM_ERR_LANG_EN));
    }

    /// The portable std::errc condition with the same meaning as `value` (portable_condition,
    /// generated from the catalog), else `value` itself in this category.
    std::error_condition default_error_condition(int value) const noexcept override {
        const std::errc portable = portable_condition(static_cast<errc>(value));
        if (portable != std::errc{}) return portable;
        return {value, *this};
    }
};

/// The std::error_category of room_errors::condition; use room_condition_category().
class room_condition_category final : public std::error_category {
public:
    constexpr room_condition_category() noexcept = default;

    /// "room-condition".
    const char* name() const noexcept override { return "room-condition"; }

    /// What the condition means; "unknown condition" for other values.
    std::string message(int value) const override {
        return value == static_cast<int>(condition::retryable) ? "the remedy is to try again"
                                                               : "unknown condition";
    }

    /// Whether `code` has the condition `value`: for condition::retryable, whether `code` is a
    /// room code that is_retryable.
    bool equivalent(const std::error_code& code, int value) const noexcept override {
        return value == static_cast<int>(condition::retryable) && is_retryable(code);
    }
};

}  // namespace detail

inline const std::error_category& room_category() noexcept {
    static detail::immortal<detail::room_error_category> storage;
    return storage.object;
}

inline const std::error_category& room_condition_category() noexcept {
    static detail::immortal<detail::room_condition_category> storage;
    return storage.object;
}

/// The std::error_code of `code` in room_category(); errc::success gives a false error_code.
/// Found by argument-dependent lookup, so `std::error_code ec = errc::seat_locked;` works.
inline std::error_code make_error_code(errc code) noexcept {
    return {static_cast<int>(code), room_category()};
}

/// The std::error_condition of `value` in room_condition_category(), found by argument-dependent
/// lookup, so `ec == condition::retryable` works.
inline std::error_condition make_error_condition(condition value) noexcept {
    return {static_cast<int>(value), room_condition_category()};
}

/// Throws std::system_error with `code` in room_category() unless `code` is 0 (success); unknown
/// codes throw too. Its what() is the log line every binding writes, English with name and code:
/// "ERR_SEAT_LOCKED (-2343): This seat is locked." ("UNKNOWN (12345): …" for unknown codes).
inline void check(std::int32_t code) {
    if (code == ROOM_ERR_SUCC) return;
    const std::string_view known = room_err_name(code);
    // system_error's what() is "<what_arg>: <message()>" (libstdc++, libc++ and MSVC alike).
    throw std::system_error(code, room_category(),
                            std::string(known.empty() ? "UNKNOWN" : known) + " (" + std::to_string(code) + ")");
}

namespace detail {

/// The text a formatter writes for `value`: its name (a lang's tag), or its decimal value when
/// it is not an enumerator; `digits` holds the decimal value.
template <class Enum>
std::string_view display_name(Enum value, char (&digits)[12]) noexcept {
    std::string_view text;
    if constexpr (std::is_same_v<Enum, errc>) {
        text = name(value);
    } else if constexpr (std::is_same_v<Enum, lang>) {
        if (static_cast<std::size_t>(value) < std::size(languages)) text = lang_tag(value);
    } else if constexpr (std::is_same_v<Enum, category>) {
        text = category_name(value);
    } else if constexpr (std::is_same_v<Enum, action>) {
        text = action_name(value);
    } else {
        static_assert(std::is_same_v<Enum, audience>);
        text = audience_name(value);
    }
    if (!text.empty()) return text;
    const auto end = std::to_chars(digits, digits + sizeof digits, static_cast<std::int32_t>(value)).ptr;
    return {digits, static_cast<std::size_t>(end - digits)};
}

}  // namespace detail

}  // namespace room_errors

namespace std {
/// Makes room_errors::errc implicitly convertible to std::error_code.
template <>
struct is_error_code_enum<room_errors::errc> : true_type {};
/// Makes room_errors::condition implicitly convertible to std::error_condition.
template <>
struct is_error_condition_enum<room_errors::condition> : true_type {};
}  // namespace std

// Formatters for errc, lang, category, action and audience: the name ("ERR_SEAT_LOCKED", "zh-Hant",
// "seat", "open_settings", "user"), or the decimal value for values that are not enumerators; the
// format spec is a string's ("{:>20}").
#define ROOM_ERRORS_FORMATTER(ns, string_view_type, Enum)                                       \
    template <>                                                                                 \
    struct ns::formatter<room_errors::Enum> : ns::formatter<string_view_type> {                 \
        template <class FormatContext>                                                          \
        auto format(room_errors::Enum value, FormatContext& context) const {                    \
            char digits[12];                                                                    \
            const std::string_view text = room_errors::detail::display_name(value, digits);     \
            return ns::formatter<string_view_type>::format(string_view_type(text.data(), text.size()), \
                                                           context);                            \
        }                                                                                       \
    };
#define ROOM_ERRORS_FORMATTERS(ns, string_view_type)         \
    ROOM_ERRORS_FORMATTER(ns, string_view_type, errc)        \
    ROOM_ERRORS_FORMATTER(ns, string_view_type, lang)        \
    ROOM_ERRORS_FORMATTER(ns, string_view_type, category)    \
    ROOM_ERRORS_FORMATTER(ns, string_view_type, action)      \
    ROOM_ERRORS_FORMATTER(ns, string_view_type, audience)

#if defined(__cpp_lib_format)
ROOM_ERRORS_FORMATTERS(std, std::string_view)
#endif
#if defined(FMT_VERSION) && !defined(ROOM_ERRORS_NO_FMT)
ROOM_ERRORS_FORMATTERS(fmt, fmt::string_view)
#endif
#undef ROOM_ERRORS_FORMATTERS
#undef ROOM_ERRORS_FORMATTER

#endif  // ROOM_ERRORS_CPLUSPLUS >= 201703L
#endif  // ROOM_ERRORS_HPP
