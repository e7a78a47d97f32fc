// The wrapper against the conformance vectors (`make vectors`: target/vectors/*.tsv, written from
// the C library): every code in every language, every code's properties, every action's labels,
// tags and lists (embedded NUL, CR, spaces), through each of the wrapper's argument types. Each
// test prints how many checks it ran and fails below its floor.
#include <gtest/gtest.h>

#include <cstdint>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "room_errors.hpp"

namespace {

using namespace room_errors;
using row = std::map<std::string, std::string>;

/// A field without its escapes (\\ \t \n \r \0 \xHH).
std::string unescape(const std::string& field) {
    std::string out;
    for (std::size_t i = 0; i < field.size(); ++i) {
        if (field[i] != '\\') {
            out += field[i];
            continue;
        }
        const char c = field.at(++i);
        switch (c) {
        case '\\': out += '\\'; break;
        case 't': out += '\t'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case '0': out += '\0'; break;
        case 'x': out += static_cast<char>(std::stoi(field.substr(i + 1, 2), nullptr, 16)); i += 2; break;
        default: ADD_FAILURE() << "unknown escape in " << field;
        }
    }
    return out;
}

std::vector<std::string> split(const std::string& line) {
    std::vector<std::string> fields(1);
    for (const char c : line) {
        if (c == '\t') fields.emplace_back();
        else fields.back() += c;
    }
    return fields;
}

/// The rows of target/vectors/`name`.tsv, keyed by the header's column names.
std::vector<row> read(const std::string& name) {
    std::ifstream file(std::string(ROOM_ERRORS_VECTORS) + "/" + name + ".tsv", std::ios::binary);
    EXPECT_TRUE(file) << ROOM_ERRORS_VECTORS << "/" << name << ".tsv";
    std::string line;
    std::getline(file, line);
    EXPECT_EQ(line.substr(0, 1), "#");
    const std::vector<std::string> columns = split(line.substr(1));
    std::vector<row> rows;
    while (std::getline(file, line)) {
        if (line.empty()) continue;
        const std::vector<std::string> fields = split(line);
        EXPECT_EQ(fields.size(), columns.size()) << line;
        row r;
        for (std::size_t i = 0; i < columns.size() && i < fields.size(); ++i) r[columns[i]] = unescape(fields[i]);
        rows.push_back(r);
    }
    EXPECT_FALSE(rows.empty()) << name;
    return rows;
}

/// Counts and compares; prints the count when the test ends.
struct counter {
    const char* what;
    std::size_t floor;
    std::size_t n = 0;
    template <class A, class B>
    void operator()(const A& actual, const B& expected, const std::string& context) {
        ++n;
        EXPECT_EQ(actual, expected) << context;
    }
    ~counter() {
        std::cout << what << ": " << n << " checks against target/vectors\n";
        EXPECT_GE(n, floor) << what << " ran fewer checks than its floor";
    }
};

lang lang_of(const std::string& tag) { return lang_from_tag(tag); }

TEST(Vectors, Languages) {
    counter check{"languages", 12};
    for (const row& r : read("langs")) {
        const lang id = static_cast<lang>(std::stoi(r.at("id")));
        check(lang_tag(id), std::string_view(r.at("tag")), r.at("id"));
        check(message(errc::seat_locked, id), message(errc::seat_locked, lang_of(r.at("tag"))), r.at("id"));
    }
}

TEST(Vectors, TextsOfEveryCodeInEveryLanguage) {
    counter check{"texts", 10000};
    for (const row& r : read("texts")) {
        const std::int32_t code = std::stoi(r.at("code"));
        const std::string& tag = r.at("lang");
        const std::string context = r.at("code") + " " + tag;
        const lang id = lang_of(tag);
        check(lang_tag(id), std::string_view(tag), context);
        for (const lang_arg language : {lang_arg(id), lang_arg(tag), lang_arg(tag.c_str()), lang_arg(std::string_view(tag))}) {
            check(message(code, language), std::string_view(r.at("message")), context);
            check(summary(code, language), std::string_view(r.at("summary")), context);
            check(remedy(code, language), std::string_view(r.at("remedy")), context);
            check(user_message(code, language), std::string_view(r.at("user_message")), context);
        }
    }
}

TEST(Vectors, PropertiesOfEveryCode) {
    counter check{"codes", 1500};
    std::vector<std::int32_t> known;
    for (const row& r : read("codes")) {
        const std::int32_t code = std::stoi(r.at("code"));
        const std::string& context = r.at("code");
        if (r.at("known") == "1") known.push_back(code);
        check(is_known(code), r.at("known") == "1", context);
        check(name(code), std::string_view(r.at("name")), context);
        check(category_name(code), std::string_view(r.at("category")), context);
        check(static_cast<int>(category_of(code)), std::stoi(r.at("category_id")), context);
        check(category_name(category_of(code)), std::string_view(r.at("category")), context);
        check(static_cast<int>(action_of(code)), std::stoi(r.at("action_id")), context);
        check(action_name(action_of(code)), std::string_view(r.at("action")), context);
        check(static_cast<int>(audience_of(code)), std::stoi(r.at("audience_id")), context);
        check(audience_name(audience_of(code)), std::string_view(r.at("audience")), context);
        check(retry_after(code).count(), std::stoll(r.at("retry_after_ms")), context);
        check(is_retryable(code), r.at("retryable") == "1", context);
        check(std::error_code(code, room_category()) == condition::retryable, r.at("retryable") == "1", context);
    }
    const code_list listed = codes();
    check(std::vector<std::int32_t>(listed.begin(), listed.end()), known, "codes()");
}

TEST(Vectors, LabelsOfEveryAction) {
    counter check{"actions", 100};
    for (const row& r : read("actions")) {
        const auto value = static_cast<action>(std::stoi(r.at("action_id")));
        const std::string context = r.at("action_id") + " " + r.at("lang");
        check(action_name(value), std::string_view(r.at("name")), context);
        check(action_label(value, lang_of(r.at("lang"))), std::string_view(r.at("label")), context);
        check(action_label(value, r.at("lang")), std::string_view(r.at("label")), context);
    }
}

TEST(Vectors, TagsAndLists) {
    counter check{"tags and lists", 20};
    for (const row& r : read("tags")) {
        const std::string& input = r.at("input");  // may hold a NUL: it ends the tag, as in C
        check(lang_tag(lang_from_tag(input)), std::string_view(r.at("expected")), "tag " + input);
        check(lang_tag(lang_from_tag(std::string_view(input))), std::string_view(r.at("expected")), "tag " + input);
        check(lang_tag(lang_from_tag(input.c_str())), std::string_view(r.at("expected")), "tag " + input);
    }
    for (const row& r : read("lists")) {
        const std::string& input = r.at("input");
        check(lang_tag(lang_from_list(input)), std::string_view(r.at("expected")), "list " + input);
        check(lang_tag(lang_from_list(std::string_view(input))), std::string_view(r.at("expected")), "list " + input);
        check(message(errc::seat_locked, input), message(errc::seat_locked, lang_of(r.at("expected"))), "list " + input);
    }
}

}  // namespace
