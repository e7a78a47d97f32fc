# C and C++ (bindings/cpp): the header-only C++ wrapper's suites, and `make install` /
# `make uninstall` of the libraries, the C and C++ headers, a pkg-config file and a CMake package.
#
#   test-cpp             the headers under every standard and both compilers, the GoogleTest suite
#                        (CTest), and consumers of an install in a temporary prefix
#   test-cpp-sanitizers  the GoogleTest suite built with clang and -fsanitize=address,undefined,
#                        then the gcc build under valgrind memcheck

SUITES       += cpp cpp-sanitizers
DEB_PACKAGES += cmake g++ googletest pkg-config valgrind clang

CPP_DIR    := bindings/cpp
CPP_BUILD  := $(BUILD)/cpp
CPP_STRICT := $(CWARN) -Wconversion -Wsign-conversion -Wshadow -Wold-style-cast -Wnon-virtual-dtor
CPP_CMAKE  := cmake -G "Unix Makefiles" -S $(CPP_DIR)/tests --log-level=WARNING -DCMAKE_BUILD_TYPE=Debug

.PHONY: test-cpp test-cpp-sanitizers cpp-headers cpp-unit cpp-install-check cpp-unit-build \
	install uninstall

test-cpp: cpp-headers cpp-unit cpp-install-check

test-cpp-sanitizers: lib cpp-unit-build
	$(CPP_CMAKE) -B $(CPP_BUILD)/sanitize -DCMAKE_CXX_COMPILER=clang++ -DROOM_ERRORS_SANITIZE=ON
	cmake --build $(CPP_BUILD)/sanitize -j2 -- --no-print-directory
	ctest --test-dir $(CPP_BUILD)/sanitize -j2 --output-on-failure
	ctest --test-dir $(CPP_BUILD)/unit -L memcheck --no-tests=error --output-on-failure

# room_errors.h as C99, C11 and C++11 to C++20, room_errors.hpp as C++17 and C++20.
cpp-headers:
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
	done

cpp-unit-build: lib
	$(CPP_CMAKE) -B $(CPP_BUILD)/unit -DCMAKE_CXX_COMPILER=g++
	cmake --build $(CPP_BUILD)/unit -j2 -- --no-print-directory

cpp-unit: cpp-unit-build
	ctest --test-dir $(CPP_BUILD)/unit -LE memcheck -j2 --output-on-failure

cpp-install-check: lib
	$(CPP_DIR)/tests/install/check.sh $(VERSION)

# `make install PREFIX=/usr/local DESTDIR=`: builds the libraries first only if they are missing,
# so that `sudo make install` after `make` needs no Rust toolchain.
install:
	@test -f $(SO) -a -f $(STATIC) || $(MAKE) --no-print-directory lib
	@DESTDIR="$(DESTDIR)" scripts/install.sh install "$(PREFIX)" $(VERSION)

uninstall:
	@DESTDIR="$(DESTDIR)" scripts/install.sh uninstall "$(PREFIX)" $(VERSION)
