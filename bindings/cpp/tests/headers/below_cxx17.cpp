// Includes room_errors.hpp below C++17: must fail with exactly its one #error (see cpp.mk).
#include "room_errors.hpp"
