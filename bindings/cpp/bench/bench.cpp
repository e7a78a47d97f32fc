// `make bench` (bench-cpp): room_errors::message() next to the C call it wraps, room_err_message,
// and next to an std::unordered_map holding the same strings, timed in one process.
//
// Method as bench/bench.c (see BENCHMARKS.md): 1,024 inputs (three known codes in four, drawn
// from the whole catalog, and unknown codes; a language per input), shuffled with a fixed seed;
// rounds interleave every case, a case's figure is the median over rounds of (batch time /
// calls); every case is timed with independent calls (throughput) and with each call's input
// depending on the previous result (latency). Every library call goes through the PLT.
//
// Two groups of rows: "pointer" rows use only the returned string's address, as a C caller of
// room_err_message does before printing; "length" rows also use its length, which the C caller
// gets from strlen and room_errors::message() from the std::string_view it returns.
//
// Usage: bench [ROUNDS]  (default 3000; `make test-cpp` runs 3 to check that it builds and runs).
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string_view>
#include <system_error>
#include <unordered_map>
#include <vector>

#include "room_errors.hpp"

namespace {

constexpr std::size_t input_count = 1024;  // a power of two
constexpr int passes = 4;

/// One call's arguments, in every form the cases take.
struct input {
    std::int32_t code;
    RoomErrLang lang;
    std::error_code ec;
};

/// xorshift64*: a fixed, portable sequence of pseudo-random numbers.
std::uint64_t next_random() {
    static std::uint64_t state = 0x9e3779b97f4a7c15u;
    state ^= state >> 12;
    state ^= state << 25;
    state ^= state >> 27;
    return state * 0x2545f4914f6cdd1du;
}

std::vector<input> draw_inputs() {
    std::size_t count = 0;
    const std::int32_t* known = room_err_codes(&count);
    const auto languages = static_cast<std::uint64_t>(std::size(room_errors::languages));
    std::vector<input> inputs;
    while (inputs.size() < input_count) {
        auto code = known[next_random() % count];
        if (next_random() % 4 == 0) code = static_cast<std::int32_t>(static_cast<std::uint32_t>(next_random()));
        const auto lang = static_cast<RoomErrLang>(next_random() % languages);
        inputs.push_back({code, lang, std::error_code(code, room_errors::room_category())});
    }
    return inputs;
}

/// The same strings in the platform's dictionary: every (code, language) of the C library, and
/// the unknown-code message of each language for codes it does not hold.
class dictionary {
public:
    dictionary() {
        std::size_t count = 0;
        const std::int32_t* known = room_err_codes(&count);
        for (const room_errors::lang language : room_errors::languages) {
            const auto id = static_cast<RoomErrLang>(language);
            unknown_.push_back(room_err_message(INT32_MIN, id));
            for (std::size_t i = 0; i < count; ++i) texts_.emplace(key(known[i], id), room_err_message(known[i], id));
        }
    }

    std::string_view find(std::int32_t code, RoomErrLang lang) const {
        const auto found = texts_.find(key(code, lang));
        return found != texts_.end() ? found->second : unknown_[static_cast<std::size_t>(lang)];
    }

private:
    static std::int64_t key(std::int32_t code, RoomErrLang lang) {
        return static_cast<std::int64_t>(code) * 64 + lang;
    }

    std::unordered_map<std::int64_t, std::string_view> texts_;
    std::vector<std::string_view> unknown_;
};

/// A timed case: a label, the row it is compared with, and one batch over the inputs.
struct bench_case {
    const char* label;
    int baseline;  // index of the case it is a ratio to
    double (*batch)(const std::vector<input>&, const dictionary&, bool dependent);
    std::vector<double> samples[2];
};

std::uintptr_t sink;

/// One batch of `call` (input -> const char* or std::string_view) over the inputs, ns per call;
/// `with_length` folds the length too. A dependent batch adds to the index a zero computed from
/// the previous result, so each call waits for the one before.
template <bool with_length, class Call>
double run(const std::vector<input>& in, bool dependent, Call call) {
    std::uintptr_t acc = 0, chain = 0;
    const auto start = std::chrono::steady_clock::now();
    for (int pass = 0; pass < passes; ++pass) {
        for (std::size_t i = 0; i < input_count; ++i) {
            const std::string_view text = call(in[(i + chain) & (input_count - 1)]);
            const auto address = reinterpret_cast<std::uintptr_t>(text.data());
            const std::uintptr_t result = with_length ? address + text.size() : address;
            acc += result;
            if (dependent) chain += result >> 63;  // user-space addresses and lengths have bit 63 clear
        }
    }
    const std::chrono::duration<double, std::nano> elapsed = std::chrono::steady_clock::now() - start;
    sink += acc + chain;
    return elapsed.count() / (input_count * passes);
}

/// The C call's result as a string_view that only holds the address: the compiler never reads
/// its size, which is not computed.
struct c_string {
    const char* text;
    operator std::string_view() const { return {text, 0}; }
};

template <bool with_length>
double c_call(const std::vector<input>& in, const dictionary&, bool dependent) {
    return run<with_length>(in, dependent, [](const input& x) -> std::string_view {
        const char* text = room_err_message(x.code, x.lang);
        if constexpr (with_length) return {text, std::strlen(text)};
        return c_string{text};
    });
}

template <bool with_length>
double cpp_call(const std::vector<input>& in, const dictionary&, bool dependent) {
    return run<with_length>(in, dependent, [](const input& x) {
        return room_errors::message(x.code, static_cast<room_errors::lang>(x.lang));
    });
}

template <bool with_length>
double cpp_error_code(const std::vector<input>& in, const dictionary&, bool dependent) {
    return run<with_length>(in, dependent, [](const input& x) {
        return room_errors::message(x.ec, static_cast<room_errors::lang>(x.lang));
    });
}

double map_find(const std::vector<input>& in, const dictionary& map, bool dependent) {
    return run<true>(in, dependent, [&map](const input& x) { return map.find(x.code, x.lang); });
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

}  // namespace

int main(int argc, char** argv) {
    const int rounds = argc > 1 ? std::atoi(argv[1]) : 3000;
    if (rounds < 1) {
        std::fprintf(stderr, "usage: bench [ROUNDS]\n");
        return 2;
    }
    const auto inputs = draw_inputs();
    const dictionary map;
    bench_case cases[] = {
        {"room_err_message (C), pointer", 0, c_call<false>, {}},
        {"room_errors::message(int32_t, lang), pointer", 0, cpp_call<false>, {}},
        {"room_errors::message(error_code, lang), pointer", 0, cpp_error_code<false>, {}},
        {"room_err_message + strlen (C), length", 3, c_call<true>, {}},
        {"room_errors::message(int32_t, lang), length", 3, cpp_call<true>, {}},
        {"room_errors::message(error_code, lang), length", 3, cpp_error_code<true>, {}},
        {"std::unordered_map::find (anchor), length", 3, map_find, {}},
    };
    for (int round = 0; round < rounds; ++round) {
        for (auto& c : cases) {
            for (const bool dependent : {false, true}) c.samples[dependent].push_back(c.batch(inputs, map, dependent));
        }
    }
    std::printf("rounds: %d, each %zu calls per case and mode (%zu shuffled inputs x %d passes); median ns per call\n",
                rounds, input_count * passes, input_count, passes);
    std::printf("C++ goal: message() <= 1.1x the C call; ratios are to the C row of the same group\n\n");
    std::printf("| call | independent ns | ratio | dependent ns | ratio |\n|---|---:|---:|---:|---:|\n");
    for (const auto& c : cases) {
        const auto& base = cases[c.baseline];
        const double independent = median(c.samples[0]), dependent = median(c.samples[1]);
        std::printf("| %s | %.2f | %.2fx | %.2f | %.2fx |\n", c.label, independent, independent / median(base.samples[0]),
                    dependent, dependent / median(base.samples[1]));
    }
    std::printf("\nchecksum %zx\n", static_cast<std::size_t>(sink));
    return 0;
}
