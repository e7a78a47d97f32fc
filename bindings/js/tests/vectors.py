"""Stand-in for `make vectors` until its rule is on main: writes the conformance vectors this
suite reads (langs.tsv, texts.tsv, codes.tsv, actions.tsv, tags.tsv, lists.tsv, in the shared
format of BRIEF: `#` + column names, fields escaped) from the C library through ctypes.

Usage: python3 vectors.py LIBROOM_ERRORS_SO CASES_TSV OUT_DIR
"""
import ctypes
import os
import random
import sys

c_str, i32, u32 = ctypes.c_char_p, ctypes.c_int32, ctypes.c_uint32
SIGNATURES = {
    "message": (c_str, [i32, i32]), "summary": (c_str, [i32, i32]), "remedy": (c_str, [i32, i32]),
    "user_message": (c_str, [i32, i32]), "category": (c_str, [i32]), "category_id": (i32, [i32]),
    "name": (c_str, [i32]), "is_known": (ctypes.c_bool, [i32]), "is_retryable": (ctypes.c_bool, [i32]),
    "action": (i32, [i32]), "action_name": (c_str, [i32]), "action_label": (c_str, [i32, i32]),
    "audience": (i32, [i32]), "retry_after_ms": (u32, [i32]), "lang_from_tag": (i32, [c_str]),
    "lang_from_list": (i32, [c_str]), "lang_tag": (c_str, [i32]),
    "codes": (ctypes.POINTER(i32), [ctypes.POINTER(ctypes.c_size_t)]),
}
UNKNOWN_CODES = [1, 12345, -2147483648, 2147483647]
UNKNOWN_LANGS = [-1, 1000, 2147483647, -2147483648]
AUDIENCES = ["user", "developer"]


def escape(value):
    out = []
    for ch in str(value):
        special = {"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r", "\0": "\\0"}
        if ch in special:
            out.append(special[ch])
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append("\\x%02X" % ord(ch))
        else:
            out.append(ch)
    return "".join(out)


def write(out_dir, name, columns, rows):
    with open(os.path.join(out_dir, name), "w", encoding="utf-8") as f:
        f.write("#" + "\t".join(columns) + "\n")
        for row in rows:
            f.write("\t".join(escape(v) for v in row) + "\n")


def main(lib_path, cases_path, out_dir):
    lib = ctypes.CDLL(lib_path)
    c = {}
    for name, (restype, argtypes) in SIGNATURES.items():
        c[name] = getattr(lib, "room_err_" + name)
        c[name].restype, c[name].argtypes = restype, argtypes
    s = lambda raw: raw.decode()
    count = ctypes.c_size_t()
    array = c["codes"](ctypes.byref(count))
    codes = [array[i] for i in range(count.value)] + UNKNOWN_CODES
    langs = []
    while c["lang_from_tag"](c["lang_tag"](len(langs))) == len(langs):
        langs.append(s(c["lang_tag"](len(langs))))
    os.makedirs(out_dir, exist_ok=True)
    write(out_dir, "langs.tsv", ["id", "tag"],
          [(i, s(c["lang_tag"](i))) for i in list(range(len(langs))) + UNKNOWN_LANGS])
    write(out_dir, "texts.tsv", ["code", "lang", "message", "summary", "remedy", "user_message"],
          [(code, langs[l], s(c["message"](code, l)), s(c["summary"](code, l)), s(c["remedy"](code, l)),
            s(c["user_message"](code, l))) for code in codes for l in range(len(langs))])
    write(out_dir, "codes.tsv", ["code", "known", "name", "category_id", "category", "action_id", "action",
                                 "audience_id", "audience", "retry_after_ms", "retryable"],
          [(code, int(c["is_known"](code)), s(c["name"](code)), c["category_id"](code), s(c["category"](code)),
            c["action"](code), s(c["action_name"](c["action"](code))), c["audience"](code),
            AUDIENCES[c["audience"](code)], c["retry_after_ms"](code), int(c["is_retryable"](code)))
           for code in codes])
    actions = []
    while s(c["action_name"](len(actions))):
        actions.append(len(actions))
    write(out_dir, "actions.tsv", ["action_id", "name", "lang", "label"],
          [(a, s(c["action_name"](a)), langs[l], s(c["action_label"](a, l)))
           for a in actions + [len(actions)] for l in range(len(langs))])
    with open(cases_path, encoding="utf-8") as f:
        cases = [line.rstrip("\n").split("\t")[0] for line in f if line.strip() and not line.startswith("#")]
    rng = random.Random(7)
    pool = cases + ["zh-TW\0ja", "", "en-", "-en", "i-default", "zh-min-nan", "und-Hant", "und-TW", "x-zh"]
    lists = cases + [", ".join(rng.choice(pool) + rng.choice(["", ";q=0.5", ";q=0", ";q=1.0"])
                               for _ in range(rng.randint(1, 6))) for _ in range(300)]
    tags = [t for t in pool if not any(ch in t for ch in ",:; \t")]
    write(out_dir, "tags.tsv", ["input", "expected"],
          [(t, langs[c["lang_from_tag"](t.encode())]) for t in tags])
    write(out_dir, "lists.tsv", ["input", "expected"],
          [(t, langs[c["lang_from_list"](t.encode())]) for t in lists])


if __name__ == "__main__":
    main(*sys.argv[1:])
