"""`python -m room_errors [--lang LANGS] CODE...`: what `room-err CODE...` prints, with its exit
status (0, 1 if a code is unknown, 2 on a usage error). `--list` is the Rust CLI's alone."""

from __future__ import annotations

import datetime
import re
import sys
from typing import List, Optional, Sequence

from . import __version__, _api
from ._catalog import Language
from ._check import INT32_MAX, INT32_MIN

USAGE = """\
usage: python -m room_errors [--lang LANGS] CODE...

Looks up room-engine error codes: name, category, whether to retry, and the message
in every language, or only in the best one for LANGS: a tag (zh-Hant, zh_TW.UTF-8,
en-US) or a preference list (a POSIX $LANGUAGE such as zh_TW:ja:en, an Accept-Language
value such as 'fr-CH, fr;q=0.9, zh-TW;q=0.8', or tags separated by commas or spaces).

  --lang LANGS     one language only
  -h, --help       print this help
  -V, --version    print the version

Exit status: 0 on success, 1 if a code is unknown, 2 on a usage error."""

_MILLISECOND = datetime.timedelta(milliseconds=1)
_CODE = re.compile(r"[+-]?[0-9]+", re.ASCII)


def describe(code: int, languages: Sequence[Language]) -> str:
    """One code in detail, as `room-err CODE` prints it."""
    width = max(max((len(lang.tag) for lang in languages), default=0) + 1, 10)
    head = f"{code} {_api.name(code)}" if _api.is_known(code) else f"{code}: unknown error code"
    rows = [
        ("category:", _api.category(code).key),
        ("retryable:", "yes" if _api.is_retryable(code) else "no"),
        ("action:", _api.action(code).key),
        ("audience:", _api.audience(code).key),
    ]
    delay = _api.retry_after(code)
    if delay is not None:
        rows.append(("retry in:", f"{delay // _MILLISECOND} ms"))
    rows += [(f"{lang.tag}:", _api.message(code, lang)) for lang in languages]
    return head + "\n" + "".join(f"{label:<{width}} {value}\n" for label, value in rows)


def main(argv: Optional[List[str]] = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    codes: List[int] = []
    lang: Optional[Language] = None
    rest = iter(args)
    for arg in rest:
        if arg in ("-h", "--help"):
            print(USAGE)
            return 0
        if arg in ("-V", "--version"):
            print(f"room_errors {__version__}")
            return 0
        if arg == "--lang":
            langs = next(rest, None)
            if langs is None:
                return usage("--lang needs a language tag or list")
            lang = Language.from_list(langs)
        elif arg.startswith("--"):
            return usage(f"unknown option `{arg}`")
        elif _CODE.fullmatch(arg) and INT32_MIN <= int(arg) <= INT32_MAX:
            codes.append(int(arg))
        else:
            return usage(f"`{arg}` is not an error code (a 32-bit integer)")
    if not codes:
        return usage("no error code given")
    languages = [lang] if lang is not None else list(Language)
    sys.stdout.write("\n".join(describe(code, languages) for code in codes))
    return 0 if all(_api.is_known(code) for code in codes) else 1


def usage(error: str) -> int:
    print(f"room_errors: {error}\n\n{USAGE}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
