# C and C++ (bindings/cpp): the header-only C++ wrapper's suites, including the check of `make
# install` (packaging/packaging.mk) with C and C++ consumers.
#
#   test-cpp             the headers under every standard and both compilers (and the one #error
#                        below C++17), the GoogleTest suite (CTest) built with GCC as C++17 and with
#                        clang-19 and libc++ as C++20 (std::format), consumers of an install in a
#                        temporary prefix, and CMake consumers of the source tree (add_subdirectory,
#                        FetchContent)
#   test-cpp-sanitizers  the GoogleTest suite built with clang and -fsanitize=address,undefined,
#                        then the gcc build under valgrind memcheck
#   bench-cpp            message() next to room_err_message (and std::unordered_map) in one binary

SUITES       += cpp cpp-sanitizers
# libclang-rt-14-dev: clang's sanitizer runtimes, which clang only recommends.
DEB_PACKAGES += cmake g++ googletest pkg-config valgrind clang libclang-rt-14-dev libfmt-dev \
	clang-19 libc++-19-dev libc++abi-19-dev git

CPP_DIR    := bindings/cpp
CPP_BUILD  := $(BUILD)/cpp
CPP_STRICT := $(CWARN) -Wconversion -Wsign-conversion -Wshadow -Wold-style-cast -Wnon-virtual-dtor
CPP_CMAKE  := cmake -G "Unix Makefiles" -S $(CPP_DIR)/tests --log-level=WARNING -DCMAKE_BUILD_TYPE=Debug

CPP_LIBCXX := -DCMAKE_CXX_COMPILER=clang++-19 -DCMAKE_CXX_FLAGS=-stdlib=libc++ -DCMAKE_CXX_STANDARD=20 \
	-DROOM_ERRORS_TEST_STD_FORMAT=ON

.PHONY: test-cpp test-cpp-sanitizers cpp-headers cpp-unit cpp-unit20 cpp-install-check cpp-cmake-check \
	cpp-unit-build cpp-example cpp-bench-check bench-cpp

test-cpp: cpp-headers cpp-example cpp-unit cpp-unit20 cpp-install-check cpp-cmake-check cpp-bench-check

test-cpp-sanitizers: lib cpp-unit-build
	$(CPP_CMAKE) -B $(CPP_BUILD)/sanitize -DCMAKE_CXX_COMPILER=clang++ -DROOM_ERRORS_SANITIZE=ON
	cmake --build $(CPP_BUILD)/sanitize -j2 -- --no-print-directory
	ctest --test-dir $(CPP_BUILD)/sanitize -j2 --output-on-failure
	ctest --test-dir $(CPP_BUILD)/unit -L memcheck --no-tests=error --output-on-failure

# room_errors.h as C99, C11 and C++11 to C++20, room_errors.hpp as C++17 and C++20 (and with
# clang-19 and libc++, whose <format> it uses), and below C++17 with nothing but its #error.
cpp-headers:
	@mkdir -p $(CPP_BUILD)
	@set -e; for cc in gcc clang; do for std in c99 c11; do \
		echo "$$cc -std=$$std: room_errors.h"; \
		$$cc -std=$$std $(CWARN) -Wconversion -Wstrict-prototypes -Iinclude -fsyntax-only \
			$(CPP_DIR)/tests/headers/c_header.c; \
	done; done
	@set -e; for cxx in g++ clang++; do \
		for std in c++11 c++14 c++17 c++20; do \
			echo "$$cxx -std=$$std: room_errors.h"; \
			$$cxx -x c++ -std=$$std $(CPP_STRICT) -Iinclude -fsyntax-only $(CPP_DIR)/tests/headers/c_header.c; \
		done; \
		for std in c++17 c++20; do \
			echo "$$cxx -std=$$std: room_errors.hpp"; \
			$$cxx -std=$$std $(CPP_STRICT) -Iinclude -I$(CPP_DIR)/include -fsyntax-only \
				$(CPP_DIR)/tests/headers/cpp_wrapper.cpp; \
		done; \
		echo "$$cxx -std=c++14: room_errors.hpp fails with its #error alone"; \
		! $$cxx -std=c++14 -Iinclude -I$(CPP_DIR)/include -fsyntax-only $(CPP_DIR)/tests/headers/below_cxx17.cpp \
			2>$(CPP_BUILD)/below_cxx17.err; \
		test "$$(grep -c 'error:' $(CPP_BUILD)/below_cxx17.err)" = 1; \
		grep -q 'error: .*room_errors.hpp needs C++17 or later' $(CPP_BUILD)/below_cxx17.err; \
	done
	@echo "clang++-19 -stdlib=libc++ -std=c++20: room_errors.hpp"
	@clang++-19 -stdlib=libc++ -std=c++20 $(CPP_STRICT) -DFMT_HEADER_ONLY -Iinclude -I$(CPP_DIR)/include \
		-fsyntax-only $(CPP_DIR)/tests/headers/cpp_wrapper.cpp
	@echo "g++ -std=c++17 -DROOM_ERRORS_NO_FMT: room_errors.hpp"
	@g++ -std=c++17 $(CPP_STRICT) -DROOM_ERRORS_NO_FMT -Iinclude -I$(CPP_DIR)/include -fsyntax-only \
		$(CPP_DIR)/tests/headers/cpp_wrapper.cpp

# The README's examples (NAME:SOURCE; the first is also the install consumer) build and run, and
# the README shows them and their output as they are (scripts/check-readme-output.sh).
CPP_README_EXAMPLES := readme:tests/install/consumer/main.cpp alert:examples/alert.cpp
cpp-example: lib
	@mkdir -p $(CPP_BUILD)
	for example in $(CPP_README_EXAMPLES); do \
		g++ -std=c++17 $(CPP_STRICT) -Iinclude -I$(CPP_DIR)/include $(CPP_DIR)/$${example#*:} -L$(LIB_DIR) \
			-Wl,-rpath,$(CURDIR)/$(LIB_DIR) -lroom_errors -o $(CPP_BUILD)/$${example%%:*} || exit 1; \
	done
	$(CPP_BUILD)/alert
	scripts/check-readme-output.sh $(CPP_DIR)/README.md README.md#C++

cpp-unit-build: lib
	$(CPP_CMAKE) -B $(CPP_BUILD)/unit -DCMAKE_CXX_COMPILER=g++
	cmake --build $(CPP_BUILD)/unit -j2 -- --no-print-directory

cpp-unit: cpp-unit-build $(VECTORS)
	ctest --test-dir $(CPP_BUILD)/unit -LE memcheck -j2 --output-on-failure

cpp-unit20: lib $(VECTORS)
	$(CPP_CMAKE) -B $(CPP_BUILD)/unit20 $(CPP_LIBCXX)
	cmake --build $(CPP_BUILD)/unit20 -j2 -- --no-print-directory
	ctest --test-dir $(CPP_BUILD)/unit20 -LE memcheck -j2 --output-on-failure

cpp-install-check: lib
	$(CPP_DIR)/tests/install/check.sh $(VERSION)

# The root CMakeLists.txt: add_subdirectory with the prebuilt target/release, FetchContent of HEAD.
cpp-cmake-check: lib
	$(CPP_DIR)/tests/source-tree/check.sh

$(CPP_BUILD)/bench: $(CPP_DIR)/bench/bench.cpp $(CPP_DIR)/include/room_errors.hpp \
		$(CPP_DIR)/include/room_errors_catalog.hpp $(HEADER) $(SO)
	@mkdir -p $(CPP_BUILD)
	g++ -std=c++17 -O2 $(CPP_STRICT) -Iinclude -I$(CPP_DIR)/include $< -L$(LIB_DIR) \
		-Wl,-rpath,$(CURDIR)/$(LIB_DIR) -lroom_errors -o $@

BENCH_PARTS += bench-cpp
bench-cpp: $(CPP_BUILD)/bench
	$(CPP_BUILD)/bench $(or $(BENCH_ROUNDS),3000)

# The benchmark is not a timed test: this only checks that it builds and runs.
cpp-bench-check: $(CPP_BUILD)/bench
	$(CPP_BUILD)/bench 3 >$(CPP_BUILD)/bench.out
	grep -q '^| room_err_message (C), pointer | ' $(CPP_BUILD)/bench.out
	@echo "the C++ benchmark builds and runs"

