"""Reads the conformance vectors `make vectors` writes from the C library (target/vectors,
$ROOM_ERRORS_VECTORS): TSV, the first line `#` and the column names, fields escaped as `\\\\`,
`\\t`, `\\n`, `\\r`, `\\0` and `\\xHH`."""

import os
import re
from typing import Dict, List

_ESCAPE = re.compile(r"\\(x[0-9A-Fa-f]{2}|.)")
_SIMPLE = {"\\": "\\", "t": "\t", "n": "\n", "r": "\r", "0": "\0"}


def unescape(field: str) -> str:
    def one(match: "re.Match[str]") -> str:
        s = match.group(1)
        if s[0] == "x":
            return chr(int(s[1:], 16))
        if s not in _SIMPLE:
            raise ValueError(f"unknown escape \\{s} in {field!r}")
        return _SIMPLE[s]

    return _ESCAPE.sub(one, field)


def read(name: str) -> List[Dict[str, str]]:
    """The rows of target/vectors/`name`.tsv as dicts keyed by column name."""
    with open(os.path.join(os.environ["ROOM_ERRORS_VECTORS"], name + ".tsv"), encoding="utf-8", newline="\n") as f:
        lines = f.read().split("\n")
    if not lines[0].startswith("#"):
        raise ValueError(f"{name}.tsv: no header line")
    columns = lines[0][1:].split("\t")
    rows = []
    for number, line in enumerate(lines[1:], 2):
        if line == "":
            continue
        fields = line.split("\t")
        if len(fields) != len(columns):
            raise ValueError(f"{name}.tsv:{number}: {len(fields)} fields, {len(columns)} columns")
        rows.append(dict(zip(columns, map(unescape, fields))))
    if not rows:
        raise ValueError(f"{name}.tsv has no rows")
    return rows
