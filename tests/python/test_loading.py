"""Repeated loading from Python: dlopen/dlclose cycles through ctypes (ROOM_ERRORS_LOAD_CYCLES,
default 1,000). Each cycle maps the library afresh and gets the same answers; after dlclose it is
unmapped; the C heap does not grow with the cycles. The cycles load a private copy of the library,
which the other tests of the process (that keep it loaded) do not share."""
import _ctypes
import ctypes
import gc
import os
import shutil
import tempfile
import unittest

import room_errors_ctypes as api

CYCLES = int(os.environ.get("ROOM_ERRORS_LOAD_CYCLES", "1000"))
# Cycles before the heap is first measured: at most 100, and at most half of the cycles, so that
# the growth is always measured over cycles after the warm-up.
WARM_UP = min(100, CYCLES // 2)
# Set by `make test-valgrind`: memcheck's allocator is invisible to mallinfo2, so the heap-growth
# check cannot run there (memcheck's own leak check stands in); anywhere else it must run.
UNDER_VALGRIND = os.environ.get("ROOM_ERRORS_UNDER_VALGRIND") == "1"
# More heap growth than this over all the cycles counts as a leak (under 64 bytes per cycle).
HEAP_SLACK = 64 * 1024


class Mallinfo2(ctypes.Structure):
    """glibc's struct mallinfo2."""
    _fields_ = [(name, ctypes.c_size_t) for name in
                ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks",
                 "keepcost")]


LIBC = ctypes.CDLL(None)
LIBC.mallinfo2.restype = Mallinfo2


def heap_in_use():
    """Bytes the C heap has handed out (glibc's mallinfo2().uordblks), garbage collected first:
    every CDLL object makes a class of its own, which only the collector frees."""
    gc.collect()
    return LIBC.mallinfo2().uordblks


def heap_measurable():
    """Whether mallinfo2 sees a 64 KiB malloc."""
    before = heap_in_use()
    LIBC.malloc.restype = ctypes.c_void_p
    block = LIBC.malloc(1 << 16)
    seen = heap_in_use() - before >= 1 << 16
    LIBC.free(ctypes.c_void_p(block))
    return seen


def mapped(path):
    """Whether the file at `path` is mapped into this process."""
    real = os.path.realpath(path)
    with open("/proc/self/maps") as maps:
        return any(line.rstrip("\n").endswith(" " + real) for line in maps)


def answers(lib):
    """Every exported function's answer for a few inputs, as Python values."""
    codes = api.codes(lib)
    code = codes[len(codes) // 2]
    lang = lib.room_err_lang_from_tag(b"zh_TW.UTF-8")
    return (lib.room_err_message(code, lang), lib.room_err_message_for_tag(code, b"ko-KR"),
            lib.room_err_category(code), lib.room_err_category_id(code), lib.room_err_name(code),
            lib.room_err_is_known(code), lib.room_err_is_retryable(-2**31), lib.room_err_lang_tag(lang),
            len(codes), lib.room_err_version(), lib.room_err_message(123, 4),
            lib.room_err_lang_from_list(b"fr, zh-TW;q=0.8"), lib.room_err_summary(-1102, lang),
            lib.room_err_remedy(-1102, lang), lib.room_err_user_message(-1001, lang), lib.room_err_action(-1101),
            lib.room_err_action_name(4), lib.room_err_action_label(2, lang), lib.room_err_audience(code),
            lib.room_err_retry_after_ms(100012))


class LoadingTest(unittest.TestCase):
    def test_dlopen_dlclose_cycles(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = shutil.copy(os.environ.get("ROOM_ERRORS_LIB", str(api.DEFAULT_LIB)), tmp)
            self.cycles(path)

    def cycles(self, path):
        self.assertGreaterEqual(CYCLES, 2, "ROOM_ERRORS_LOAD_CYCLES: at least 2 cycles")
        measure_heap = heap_measurable()
        if not measure_heap:
            self.assertTrue(UNDER_VALGRIND, "mallinfo2 does not see the heap: the heap-growth check cannot run")
        self.assertFalse(mapped(path), "loaded before the test")
        first = None
        heap_after_warm_up = None
        for cycle in range(CYCLES):
            lib = api.load(path)
            self.assertTrue(mapped(path))
            got = answers(lib)
            first = first or got
            self.assertEqual(got, first, cycle)
            handle = lib._handle
            del lib
            _ctypes.dlclose(handle)
            self.assertFalse(mapped(path), f"cycle {cycle}: still mapped after dlclose")
            if cycle + 1 == WARM_UP:
                heap_after_warm_up = heap_in_use()
        if measure_heap:
            growth = heap_in_use() - heap_after_warm_up
            print(f"\n  heap growth over cycles {WARM_UP + 1}..{CYCLES}: {growth} bytes (at most {HEAP_SLACK})")
            self.assertLessEqual(growth, HEAP_SLACK)
        else:
            print("\n  heap growth: not measurable under valgrind; memcheck's leak check stands in")


if __name__ == "__main__":
    unittest.main()
