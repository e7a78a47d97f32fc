// What the suites compare the wrapper with: the C library's codes, languages and strings, and the
// shared language cases (tests/lang/cases.tsv, path in ROOM_ERRORS_LANG_CASES).
#ifndef ROOM_ERRORS_TEST_SUPPORT_HPP
#define ROOM_ERRORS_TEST_SUPPORT_HPP

#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>
#include <fstream>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "room_errors.h"

namespace room_errors_test {

/// The C library's codes, in catalog order.
inline std::vector<std::int32_t> c_codes() {
    std::size_t count = 0;
    const std::int32_t* codes = room_err_codes(&count);
    return {codes, codes + count};
}

/// Values that are not codes: the extremes, and every neighbour of a code that is not a code.
inline std::vector<std::int32_t> unknown_values() {
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
inline std::size_t c_language_count() {
    RoomErrLang id = 0;
    while (room_err_lang_from_tag(room_err_lang_tag(id)) == id) ++id;
    return static_cast<std::size_t>(id);
}

/// Expects `s` to be `expected` itself (the same static string, not a copy).
inline void expect_same_string(std::string_view s, const char* expected) {
    EXPECT_EQ(s.data(), expected);
    EXPECT_EQ(s.size(), std::strlen(expected));
}

/// The rows of tests/lang/cases.tsv: (input, expected tag).
inline std::vector<std::pair<std::string, std::string>> lang_cases() {
    std::ifstream file(ROOM_ERRORS_LANG_CASES);
    EXPECT_TRUE(file) << ROOM_ERRORS_LANG_CASES;
    std::vector<std::pair<std::string, std::string>> cases;
    for (std::string line; std::getline(file, line);) {
        const auto tab = line.find('\t');
        if (line.empty() || line[0] == '#' || tab == std::string::npos) continue;
        cases.emplace_back(line.substr(0, tab), line.substr(tab + 1));
    }
    return cases;
}

}  // namespace room_errors_test

#endif  // ROOM_ERRORS_TEST_SUPPORT_HPP
