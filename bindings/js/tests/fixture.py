"""Prints, as JSON, the C library's answer to every call the JS tests check: every code in every
language, unknown codes and language ids, every action, and the shared language cases.

Usage: python3 fixture.py LIBROOM_ERRORS_SO CASES_TSV > fixture.json
"""
import ctypes
import json
import sys

c_str, i32, u32 = ctypes.c_char_p, ctypes.c_int32, ctypes.c_uint32
SIGNATURES = {
    "message": (c_str, [i32, i32]),
    "message_for_tag": (c_str, [i32, c_str]),
    "summary": (c_str, [i32, i32]),
    "remedy": (c_str, [i32, i32]),
    "user_message": (c_str, [i32, i32]),
    "category": (c_str, [i32]),
    "category_id": (i32, [i32]),
    "name": (c_str, [i32]),
    "is_known": (ctypes.c_bool, [i32]),
    "is_retryable": (ctypes.c_bool, [i32]),
    "action": (i32, [i32]),
    "action_name": (c_str, [i32]),
    "action_label": (c_str, [i32, i32]),
    "audience": (i32, [i32]),
    "retry_after_ms": (u32, [i32]),
    "lang_from_tag": (i32, [c_str]),
    "lang_from_list": (i32, [c_str]),
    "lang_tag": (c_str, [i32]),
    "codes": (ctypes.POINTER(i32), [ctypes.POINTER(ctypes.c_size_t)]),
    "version": (c_str, []),
}
# Codes and language ids outside the catalog, at the edges of int32 and in between.
UNKNOWN_CODES = [1, 12345, -5, -99999, 2**31 - 1, -(2**31)]
UNKNOWN_LANGS = [-1, 1000, 2**31 - 1, -(2**31)]


def load(path):
    lib = ctypes.CDLL(path)
    calls = {}
    for name, (restype, argtypes) in SIGNATURES.items():
        function = getattr(lib, "room_err_" + name)
        function.restype, function.argtypes = restype, argtypes
        calls[name] = function
    return calls


def main(lib_path, cases_path):
    c = load(lib_path)
    text = lambda raw: raw.decode()
    count = ctypes.c_size_t()
    array = c["codes"](ctypes.byref(count))
    codes = [array[i] for i in range(count.value)]
    # Languages: ids from 0 whose tag negotiates back to the id.
    langs = []
    while c["lang_from_tag"](c["lang_tag"](len(langs))) == len(langs):
        langs.append(text(c["lang_tag"](len(langs))))
    actions = []
    while text(c["action_name"](len(actions))):
        actions.append(len(actions))

    def per_code(code):
        ids = range(len(langs)) if code in codes else list(range(len(langs))) + UNKNOWN_LANGS
        return {
            "code": code,
            "name": text(c["name"](code)),
            "category": text(c["category"](code)),
            "category_id": c["category_id"](code),
            "known": c["is_known"](code),
            "retryable": c["is_retryable"](code),
            "action": c["action"](code),
            "audience": c["audience"](code),
            "retry_after_ms": c["retry_after_ms"](code),
            "langs": {
                str(lang): {
                    "message": text(c["message"](code, lang)),
                    "summary": text(c["summary"](code, lang)),
                    "remedy": text(c["remedy"](code, lang)),
                    "user_message": text(c["user_message"](code, lang)),
                }
                for lang in ids
            },
        }

    cases = []
    with open(cases_path, encoding="utf-8") as lines:
        for line in lines:
            if line.strip() and not line.startswith("#"):
                given, expected = line.rstrip("\n").split("\t")
                cases.append({
                    "input": given,
                    "expected": expected,
                    "from_list": c["lang_from_list"](given.encode()),
                    "from_tag": c["lang_from_tag"](given.encode()),
                })
    json.dump({
        "version": text(c["version"]()),
        "langs": langs,
        "unknown_langs": UNKNOWN_LANGS,
        "codes": [per_code(code) for code in codes + UNKNOWN_CODES],
        "known_codes": codes,
        "actions": [
            {
                "id": a,
                "name": text(c["action_name"](a)),
                "labels": [text(c["action_label"](a, lang)) for lang in range(len(langs))],
            }
            for a in actions + [len(actions), -1]
        ],
        "cases": cases,
    }, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(*sys.argv[1:])
