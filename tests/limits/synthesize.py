#!/usr/bin/env python3
"""Writes a synthetic catalog at the table layout's limits, for `make test-limits`.

Usage: synthesize.py COUNT CATALOG OUT_CATALOG OUT_EXPECTED

OUT_CATALOG keeps CATALOG's blocks and rows and appends rows up to COUNT codes, each a copy of a
real row (in turn) under a new code and name, its summaries marked with the row's number so that
no two texts are equal and every segment grows. Codes come from a fixed-seed generator over the
whole int32 range. OUT_EXPECTED lists what the library must answer for every code and language:
code, lang (id), name, category, action, audience, retry_after_ms, summary, remedy, message.
"""
import random
import re
import sys

ROW = re.compile(r"^    (-?\d+) (\w+) (\w+) (\w+)(?:\((\d+)\))?( developer)? \{$")
TEXT = re.compile(r'^        (\w+): +"([^"]*)"(?: "([^"]*)")?,$')
LANGUAGE = re.compile(r'^        (\w+) +"[^"]+" +"[^"]+" "([^"]*)",$')


def main():
    count, catalog, out_catalog, out_expected = int(sys.argv[1]), *sys.argv[2:5]
    lines = open(catalog, encoding="utf-8").read().split("\n")
    separators = [m.group(2) for m in map(LANGUAGE.match, lines) if m]
    rows, i = [], 0
    while i < len(lines):
        m = ROW.match(lines[i])
        if m:
            texts = []
            i += 1
            while lines[i] != "    }":
                t = TEXT.match(lines[i])
                assert t, f"{catalog}:{i + 1}: not a text line: {lines[i]!r}"
                texts.append((t.group(1), t.group(2), t.group(3) or ""))
                i += 1
            code, name, category, action, delay, developer = m.groups()
            rows.append(dict(code=int(code), name=name, category=category, action=action,
                             delay=int(delay or 0), developer=bool(developer), texts=texts))
        i += 1
    assert len(rows) < count and len(separators) == len(rows[0]["texts"])
    end = max(k for k, line in enumerate(lines) if line == "}")
    head = lines[:end]

    generator = random.Random(4096)
    codes = {row["code"] for row in rows}
    extra = []
    for n in range(count - len(rows)):
        source = rows[n % len(rows)]
        code = generator.randrange(-2**31, 2**31)
        while code in codes:
            code = generator.randrange(-2**31, 2**31)
        codes.add(code)
        marker = f" [{n}]"
        extra.append(dict(source, code=code, name=f"ERR_SYNTHETIC_{n:05}_{source['name']}",
                          texts=[(lang, summary + marker, remedy)
                                 for lang, summary, remedy in source["texts"]]))

    out = head[:]
    for row in extra:
        delay = f"({row['delay']})" if row["delay"] else ""
        developer = " developer" if row["developer"] else ""
        out.append(f"    {row['code']} {row['name']} {row['category']} {row['action']}{delay}{developer} {{")
        for lang, summary, remedy in row["texts"]:
            remedy = f' "{remedy}"' if remedy else ""
            out.append(f'        {lang}: "{summary}"{remedy},')
        out.append("    }")
    out.append("}")
    open(out_catalog, "w", encoding="utf-8").write("\n".join(out) + "\n")

    with open(out_expected, "w", encoding="utf-8") as f:
        for row in rows + extra:
            audience = "developer" if row["developer"] else "user"
            for lang, (_, summary, remedy) in enumerate(row["texts"]):
                message = summary + separators[lang] + remedy if remedy else summary
                fields = [row["code"], lang, row["name"], row["category"].lower(), row["action"],
                          audience, row["delay"], summary, remedy, message]
                f.write("\t".join(map(str, fields)) + "\n")


main()
