"""Writes what the C library answers, for the Kotlin tests to compare the binding against.

Usage: oracle.py LIBRARY > oracle.tsv

One line per answer, KIND<TAB>KEY<TAB>LANGUAGE<TAB>VALUE (VALUE with \\, tab and newline escaped
as \\\\, \\t, \\n): every text, name and number of every known code and of unknown probes (the
extremes of int32 and the neighbours of every known code) in every language id the library has,
every action's label, every language's tag, and the version.
"""
import ctypes
import sys

lib = ctypes.CDLL(sys.argv[1])
c_str, i32 = ctypes.c_char_p, ctypes.c_int32
for name, restype, argtypes in [
    ("room_err_message", c_str, [i32, i32]), ("room_err_summary", c_str, [i32, i32]),
    ("room_err_remedy", c_str, [i32, i32]), ("room_err_user_message", c_str, [i32, i32]),
    ("room_err_action_label", c_str, [i32, i32]), ("room_err_name", c_str, [i32]),
    ("room_err_category_id", i32, [i32]), ("room_err_action", i32, [i32]),
    ("room_err_audience", i32, [i32]), ("room_err_retry_after_ms", ctypes.c_uint32, [i32]),
    ("room_err_is_known", ctypes.c_bool, [i32]), ("room_err_lang_tag", c_str, [i32]),
    ("room_err_lang_from_tag", i32, [c_str]), ("room_err_version", c_str, []),
    ("room_err_codes", ctypes.POINTER(i32), [ctypes.POINTER(ctypes.c_size_t)]),
]:
    function = getattr(lib, name)
    function.restype, function.argtypes = restype, argtypes

count = ctypes.c_size_t()
pointer = lib.room_err_codes(ctypes.byref(count))
known = [pointer[i] for i in range(count.value)]
probes = sorted({-2**31, 2**31 - 1} | {c + d for c in known for d in (-1, 1)} - set(known))
# The language ids: 0, 1, … as long as each has its own tag (unknown ids fall back to English's).
languages = [0]
while lib.room_err_lang_tag(len(languages)) != lib.room_err_lang_tag(0):
    languages.append(len(languages))


def line(kind, key, language, value):
    if isinstance(value, bytes):
        value = value.decode("utf-8")
    value = str(value).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
    print(f"{kind}\t{key}\t{language}\t{value}")


for code in known:
    line("known", code, "", "")
for code in probes:
    line("probe", code, "", "")
for code in known + probes:
    line("name", code, "", lib.room_err_name(code))
    line("category", code, "", lib.room_err_category_id(code))
    line("action", code, "", lib.room_err_action(code))
    line("audience", code, "", lib.room_err_audience(code))
    line("retry_after_ms", code, "", lib.room_err_retry_after_ms(code))
    line("is_known", code, "", int(lib.room_err_is_known(code)))
    for language in languages:
        for kind in ("message", "summary", "remedy", "user_message"):
            line(kind, code, language, getattr(lib, "room_err_" + kind)(code, language))
for action in range(16):  # beyond the last action id: those get the label of none
    for language in languages:
        line("action_label", action, language, lib.room_err_action_label(action, language))
for language in languages:
    line("lang_tag", language, "", lib.room_err_lang_tag(language))
line("version", "", "", lib.room_err_version())
