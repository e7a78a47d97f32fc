"""Test-only access to the C library through the room_errors package's ctypes declarations
(bindings/python/src/room_errors/_ffi.py), for the dlopen cycles, valgrind and scripts/size.py.

Importing it puts the package's source tree on sys.path and, unless ROOM_ERRORS_LIB is set,
points the package at the repository's target/release build.
"""
import ctypes
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_LIB = ROOT / "target" / "release" / "libroom_errors.so"
os.environ.setdefault("ROOM_ERRORS_LIB", str(DEFAULT_LIB))
sys.path.insert(0, str(ROOT / "bindings" / "python" / "src"))

from room_errors._ffi import open_library  # noqa: E402


def load(path=None):
    """dlopens the library at `path` (default $ROOM_ERRORS_LIB) with every function declared."""
    return open_library(path or os.environ["ROOM_ERRORS_LIB"])


def codes(lib):
    """Every known code, in catalog order."""
    count = ctypes.c_size_t()
    array = lib.room_err_codes(ctypes.byref(count))
    return [array[i] for i in range(count.value)]


def language_count(lib):
    """The number of languages: ids from 0 whose tag negotiates back to the id."""
    n = 0
    while lib.room_err_lang_from_tag(lib.room_err_lang_tag(n)) == n:
        n += 1
    return n
