#!/usr/bin/env python3
"""`make size`: the stripped size of libroom_errors.so, the bytes of the distinct strings it can
return, the overhead (size - strings) and where that overhead goes.

The strings are enumerated through the library's own C API (every code's name, category, summary,
message and user message in every language, the unknown code's, every action's name and label,
every language tag, the version), so the figure counts exactly what callers can get back, each
distinct string once with its NUL. Remedies are not counted: each is the tail of its message and
has no bytes of its own.

Usage: size.py SO [--check]   (with --check, exit status 1 when the overhead is over the goal:
12 % of the strings)
"""
import argparse
import ctypes
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "tests", "python"))
import room_errors_ctypes as api  # noqa: E402  (the ctypes declarations the tests use)

GOAL_SHARE = 0.12


def returnable_strings(path):
    """Every distinct string the library at `path` can return."""
    lib = api.load(path)
    langs = api.language_count(lib)
    found = {lib.room_err_version()}
    for code in api.codes(lib) + [-(2**31)]:  # every known code, and one unknown code
        found |= {lib.room_err_name(code), lib.room_err_category(code)}
        for lang in range(langs):
            found |= {lib.room_err_message(code, lang), lib.room_err_summary(code, lang),
                      lib.room_err_user_message(code, lang)}
    action = 0
    while lib.room_err_action_name(action):  # every action id, up to the first unknown one
        found.add(lib.room_err_action_name(action))
        found |= {lib.room_err_action_label(action, lang) for lang in range(langs)}
        action += 1
    found |= {lib.room_err_lang_tag(lang) for lang in range(langs)}
    return found


def run(*command):
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def sections(path):
    """{name: (type, size)} of the ELF sections of `path`."""
    out = {}
    for line in run("readelf", "-SW", path).splitlines():
        m = re.match(r"\s*\[\s*\d+\]\s+(\S+)\s+(\S+)\s+[0-9a-f]+\s+[0-9a-f]+\s+([0-9a-f]+)", line)
        if m:
            out[m.group(1)] = (m.group(2), int(m.group(3), 16))
    return out


def header_bytes(path):
    """Bytes of the ELF header, the program headers and the section headers of `path`."""
    fields = {}
    for line in run("readelf", "-hW", path).splitlines():
        key, _, value = line.partition(":")
        fields[key.strip()] = value.split()[0] if value.split() else ""
    count = lambda k: int(fields[k])  # noqa: E731
    return (int(fields["Size of this header"]) + count("Number of program headers") *
            int(fields["Size of program headers"]) + count("Number of section headers") *
            int(fields["Size of section headers"]))


def rodata_objects(path):
    """{short name: size} of the named objects in .rodata of the unstripped library."""
    out = {}
    for line in run("nm", "-C", "-S", path).splitlines():
        parts = line.split(maxsplit=3)
        if len(parts) == 4 and parts[2] in "rR":
            name = re.sub(r"::h[0-9a-f]{16}$", "", parts[3]).split("::")[-1]
            out[name] = out.get(name, 0) + int(parts[1], 16)
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("so")
    parser.add_argument("--check", action="store_true", help="fail when the overhead is over the goal")
    args = parser.parse_args()

    strings = returnable_strings(args.so)
    strings_total = sum(len(s) + 1 for s in strings)
    with tempfile.TemporaryDirectory() as tmp:
        stripped = os.path.join(tmp, "libroom_errors.so")
        run("strip", "--strip-all", "-o", stripped, args.so)
        size = os.path.getsize(stripped)
        secs = sections(stripped)
        headers = header_bytes(stripped)
    overhead = size - strings_total

    objects = rodata_objects(args.so)
    blob = objects.pop("BLOB", 0)
    tables = sum(objects.values())
    version = len(api.load(args.so).room_err_version()) + 1
    part = lambda *names: sum(secs.get(n, (None, 0))[1] for n in names)  # noqa: E731
    rows = [
        ("lookup tables", tables, ", ".join(f"{n} {s}" for n, s in sorted(objects.items(), key=lambda x: -x[1]))),
        ("strings stored more than once", blob + version - strings_total,
         "equal texts of two languages: each language's messages are a segment of their own"),
        ("code (.text)", part(".text"), ""),
        ("unwind tables", part(".eh_frame", ".eh_frame_hdr"), ".eh_frame, .eh_frame_hdr"),
        ("dynamic linking", part(".dynsym", ".dynstr", ".gnu.hash", ".hash", ".dynamic", ".got", ".rela.dyn"),
         ".dynsym, .dynstr, .gnu.hash, .dynamic"),
        ("ELF and section headers", headers + part(".shstrtab"), "incl. .shstrtab"),
        ("build id, .comment", part(".note.gnu.build-id", ".comment"), ""),
    ]
    rows.append(("alignment padding, other", overhead - sum(r[1] for r in rows), ""))

    goal = int(strings_total * GOAL_SHARE)
    met = "met" if overhead <= goal else "NOT met"
    print(f"stripped {os.path.basename(args.so)} ({os.uname().machine}): {size} bytes")
    print(f"distinct strings it can return:   {strings_total} bytes ({len(strings)} strings, NULs included)")
    print(f"overhead (size - strings):        {overhead} bytes, {overhead / strings_total:.1%} of the strings "
          f"(goal <= {GOAL_SHARE:.0%}, {goal} bytes: {met})")
    print("\nwhere the overhead goes (bytes):")
    for name, value, note in rows:
        print(f"  {name:<32}{value:>6}  {note}".rstrip())
    if args.check and overhead > goal:
        print(f"FAIL: overhead {overhead} bytes exceeds the goal, {goal}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
