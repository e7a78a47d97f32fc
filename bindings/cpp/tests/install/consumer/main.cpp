// The first C++ example of bindings/cpp/README.md and README.md (`make test-cpp` builds and runs it
// and checks that both READMEs show it and its output as they are), and a program built against
// an installed room-errors, an archive or the source tree with pkg-config or CMake (check.sh).
#include <room_errors.hpp>

#include <iostream>
#include <system_error>

int main() {
    // A code from the engine, as an std::error_code like any other error.
    std::error_code ec(-1101, room_errors::room_category());
    std::cout << ec << ": " << ec.message() << '\n';
    if (ec == std::errc::permission_denied) std::cout << "-> ask for the permission\n";

    // Enumerators, names, categories and the other languages, as views of static strings.
    using room_errors::errc;
    ec = errc::seat_locked;
    std::cout << room_errors::name(errc::seat_locked) << " (" << room_errors::category_name(-2343)
              << "): " << room_errors::message(errc::seat_locked, "zh_TW.UTF-8") << '\n';
    return ec == errc::seat_locked ? 0 : 1;
}
