"""ctypes declarations of the room-errors C API (the dlopen path scripting languages use)."""
import ctypes
import os
from pathlib import Path

DEFAULT_LIB = Path(__file__).resolve().parents[2] / "target" / "release" / "libroom_errors.so"


def load(path=None):
    """dlopens the library (ROOM_ERRORS_LIB, else target/release) and declares every function."""
    lib = ctypes.CDLL(str(path or os.environ.get("ROOM_ERRORS_LIB", DEFAULT_LIB)))
    c_str, i32 = ctypes.c_char_p, ctypes.c_int32
    signatures = {
        "room_err_message": (c_str, [i32, i32]),
        "room_err_message_for_tag": (c_str, [i32, c_str]),
        "room_err_category": (c_str, [i32]),
        "room_err_category_id": (i32, [i32]),
        "room_err_name": (c_str, [i32]),
        "room_err_is_known": (ctypes.c_bool, [i32]),
        "room_err_is_retryable": (ctypes.c_bool, [i32]),
        "room_err_lang_from_tag": (i32, [c_str]),
        "room_err_lang_tag": (c_str, [i32]),
        "room_err_codes": (ctypes.POINTER(i32), [ctypes.POINTER(ctypes.c_size_t)]),
        "room_err_version": (c_str, []),
    }
    for name, (restype, argtypes) in signatures.items():
        function = getattr(lib, name)
        function.restype, function.argtypes = restype, argtypes
    return lib


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
