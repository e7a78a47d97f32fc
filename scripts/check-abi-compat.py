#!/usr/bin/env python3
"""Checks that a header keeps every function, constant and typedef of a released header.

Usage: check-abi-compat.py RELEASED_HEADER CURRENT_HEADER

Every function prototype, `#define` and typedef of the released header must be in the current one
with the same signature, value or type; additions are allowed (they bump the minor version).
Exits 1 and names each difference otherwise.
"""
import re
import sys


def declarations(path):
    """The header's functions, constants and typedefs, each as name -> normalized text."""
    text = open(path, encoding="utf-8").read()
    text = re.sub(r"/\*.*?\*/", " ", text, flags=re.S)
    text = re.sub(r"//[^\n]*", " ", text)
    text = re.sub(r"\\\n", " ", text)  # a line continued with a backslash is one line
    found = {}
    for name, value in re.findall(r"^#define\s+(ROOM_\w+)\s+(.+?)\s*$", text, flags=re.M):
        found["constant " + name] = value
    body = re.sub(r"^#.*$", " ", text, flags=re.M)
    body = re.sub(r'extern\s+"C"\s*\{|\}', " ", body)
    for statement in body.split(";"):
        statement = " ".join(statement.split())
        if not statement:
            continue
        typedef = re.fullmatch(r"typedef (.+?) (\w+)", statement)
        function = re.fullmatch(r"(.+?)\b(room_err_\w+)\s*\((.*)\)", statement)
        if typedef:
            found["typedef " + typedef.group(2)] = typedef.group(1)
        elif function:
            params = ",".join(p.strip() for p in function.group(3).split(","))
            found["function " + function.group(2)] = f"{function.group(1).strip()} ({params})"
    return found


def main():
    released, current = (declarations(p) for p in sys.argv[1:3])
    if not released:
        sys.exit(f"{sys.argv[1]}: no declarations found")
    problems = []
    for key, old in sorted(released.items()):
        new = current.get(key)
        if new is None:
            problems.append(f"removed: {key}")
        elif new != old:
            problems.append(f"changed: {key}: {old!r} -> {new!r}")
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        sys.exit(f"{sys.argv[2]} breaks the ABI of {sys.argv[1]}: a removal or change needs a new major version")
    added = sorted(set(current) - set(released))
    kinds = {k.split()[0] for k in released}
    print(f"{sys.argv[2]} keeps all {len(released)} declarations of {sys.argv[1]} "
          f"({', '.join(sorted(kinds))}); {len(added)} added")


main()
