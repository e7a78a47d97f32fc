#!/usr/bin/env python3
"""`make bench-python`: the installed package's lookups next to a plain dict lookup of the same
strings, in the same run. Each row: ns per lookup (best of ROUNDS runs over every code) and the
ratios to two dicts of the same strings: `pairs[code, lang]`, the dict a caller would keep in
place of message(code, lang) (the goal: within 3x of it), and `table[code]`, one language's dict,
the floor of any lookup.

Usage: bench.py [ROUNDS]
"""

import sys
import timeit

import room_errors
from room_errors import Language

ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 15


def main() -> None:
    codes = list(room_errors.codes()) * 10
    plain = [int(c) for c in codes]
    lang = Language.ZH_HANS
    table = {c: room_errors.message(c, lang) for c in plain}
    pairs = {(c, lang): text for c, text in table.items()}
    for c in plain:  # warm every cache the rows below read
        room_errors.message(c), room_errors.message(c, "zh-CN, en;q=0.5"), room_errors.name(c)
    env = dict(globals(), codes=codes, plain=plain, lang=lang, table=table, pairs=pairs, message=room_errors.message,
               name=room_errors.name)
    rows = [
        ("dict `pairs[code, lang]` (anchor)", "for c in plain: pairs[c, lang]"),
        ("dict `table[code]` (one language)", "for c in plain: table[c]"),
        ("`message(code, Language.ZH_HANS)`", "for c in plain: message(c, lang)"),
        ("`message(code)` (process language)", "for c in plain: message(c)"),
        ("`message(RoomErrorCode.X, lang)`", "for c in codes: message(c, lang)"),
        ('`message(code, "zh-CN, en;q=0.5")`', 'for c in plain: message(c, "zh-CN, en;q=0.5")'),
        ("`name(code)`", "for c in plain: name(c)"),
    ]
    best = {label: float("inf") for label, _ in rows}
    for _ in range(ROUNDS):  # interleaved, so that load on the machine hits every row alike
        for label, loop in rows:
            seconds = timeit.timeit(loop, globals=env, number=20)
            best[label] = min(best[label], seconds / 20 / len(plain) * 1e9)
    anchor, floor = best[rows[0][0]], best[rows[1][0]]
    print(f"Python {sys.version.split()[0]}, {len(plain)} lookups a run, best of {ROUNDS}\n")
    print("| lookup | ns | × `pairs[code, lang]` | × `table[code]` |\n|---|---:|---:|---:|")
    for label, _ in rows:
        print(f"| {label} | {best[label]:.1f} | {best[label] / anchor:.2f} | {best[label] / floor:.2f} |")


if __name__ == "__main__":
    main()
