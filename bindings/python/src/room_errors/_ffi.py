"""The C library through ctypes: where it is, and the signature of every function it exports.

The wheel ships the library next to this file as `_libroom_errors.so`. The environment variable
`ROOM_ERRORS_LIB`, when set, names a library to load instead (a system-installed
`libroom_errors.so`, or a development build).
"""

from __future__ import annotations

import ctypes
import os
import platform
import sys
from pathlib import Path
from typing import Any, Dict, List, Tuple

ENV_VAR = "ROOM_ERRORS_LIB"
"""The environment variable naming a library to load instead of the bundled one."""

BUNDLED = Path(__file__).with_name("_libroom_errors.so")
"""The library the wheel ships."""

SUPPORTED = {("linux", "x86_64"), ("linux", "aarch64")}
"""The (sys.platform, machine) pairs there are wheels for."""

_str, _i32, _u32, _bool = ctypes.c_char_p, ctypes.c_int32, ctypes.c_uint32, ctypes.c_bool

SIGNATURES: Dict[str, Tuple[Any, List[Any]]] = {
    "room_err_message": (_str, [_i32, _i32]),
    "room_err_message_for_tag": (_str, [_i32, _str]),
    "room_err_category": (_str, [_i32]),
    "room_err_category_id": (_i32, [_i32]),
    "room_err_name": (_str, [_i32]),
    "room_err_is_known": (_bool, [_i32]),
    "room_err_is_retryable": (_bool, [_i32]),
    "room_err_lang_from_tag": (_i32, [_str]),
    "room_err_lang_from_list": (_i32, [_str]),
    "room_err_lang_tag": (_str, [_i32]),
    "room_err_codes": (ctypes.POINTER(_i32), [ctypes.POINTER(ctypes.c_size_t)]),
    "room_err_version": (_str, []),
    "room_err_summary": (_str, [_i32, _i32]),
    "room_err_remedy": (_str, [_i32, _i32]),
    "room_err_action": (_i32, [_i32]),
    "room_err_action_name": (_str, [_i32]),
    "room_err_action_label": (_str, [_i32, _i32]),
    "room_err_audience": (_i32, [_i32]),
    "room_err_user_message": (_str, [_i32, _i32]),
    "room_err_retry_after_ms": (_u32, [_i32]),
}
"""Every function of include/room_errors.h: (restype, argtypes). Strings come back as bytes."""


def declare(lib: ctypes.CDLL) -> ctypes.CDLL:
    """Gives every function of `lib` its restype and argtypes; returns `lib`."""
    for name, (restype, argtypes) in SIGNATURES.items():
        function = getattr(lib, name)
        function.restype, function.argtypes = restype, argtypes
    return lib


def open_library(path: "str | os.PathLike[str]") -> ctypes.CDLL:
    """Loads the library at `path` with every function declared."""
    return declare(ctypes.CDLL(os.fspath(path)))


def library_path() -> Path:
    """The library to load: `$ROOM_ERRORS_LIB`, else the bundled one.

    Raises ImportError on platforms without a wheel, or when the bundled library is missing (a
    source checkout), unless `ROOM_ERRORS_LIB` is set.
    """
    override = os.environ.get(ENV_VAR)
    if override:
        return Path(override)
    machine = platform.machine().lower()
    if (sys.platform, machine) not in SUPPORTED:
        raise ImportError(
            f"room_errors: no bundled library for {sys.platform}/{machine} (wheels exist for Linux "
            f"x86_64 and aarch64); set {ENV_VAR} to the path of a libroom_errors build"
        )
    if not BUNDLED.is_file():
        raise ImportError(f"room_errors: {BUNDLED} is missing; install the wheel or set {ENV_VAR}")
    return BUNDLED


LIB = open_library(library_path())
"""The loaded library."""
