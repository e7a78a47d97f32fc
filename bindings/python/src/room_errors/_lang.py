"""Turning what callers pass as a language into a language id, and the process's default."""

from __future__ import annotations

import functools
import os
from typing import Optional, Union

from ._ffi import LIB
from ._check import int32

LanguageLike = Union[int, str, None]
"""A language: a `Language`, a language id, a tag (`"zh_TW.UTF-8"`), a preference list (an
`Accept-Language` value or a POSIX `LANGUAGE` list), or None for the process default."""


def _count() -> int:
    """How many languages the loaded library has: ids 1.. until `room_err_lang_tag` answers
    English, as it does for every id it does not know."""
    count = 1
    while LIB.room_err_lang_tag(count) != b"en":
        count += 1
    return count


COUNT = _count()


def from_tag(tag: Optional[str]) -> int:
    """`room_err_lang_from_tag`: None, "", C, POSIX and unsupported tags mean English (0); an
    embedded NUL ends the tag, as in C."""
    if tag is not None and not isinstance(tag, str):
        raise TypeError(f"a language tag is a str or None, not {type(tag).__name__}")
    return _from_tag(tag)


def from_list(preferences: Optional[str]) -> int:
    """`room_err_lang_from_list`: the best language for a preference list; English (0) when
    nothing matches; an embedded NUL ends the list, as in C."""
    if preferences is not None and not isinstance(preferences, str):
        raise TypeError(f"a language list is a str (\"zh-TW, ja\") or None, not {type(preferences).__name__}")
    return _from_list(preferences)


@functools.lru_cache(maxsize=1024)
def _from_tag(tag: Optional[str]) -> int:
    return int(LIB.room_err_lang_from_tag(None if tag is None else tag.encode()))


@functools.lru_cache(maxsize=1024)
def _from_list(preferences: Optional[str]) -> int:
    return int(LIB.room_err_lang_from_list(None if preferences is None else preferences.encode()))


def process_preferences() -> str:
    """The process's language preferences, as gettext reads them: `LANGUAGE` (a list) unless the
    locale (`LC_ALL`, else `LC_MESSAGES`, else `LANG`) is unset, C or POSIX; else the locale."""
    locale = os.environ.get("LC_ALL") or os.environ.get("LC_MESSAGES") or os.environ.get("LANG") or ""
    language = os.environ.get("LANGUAGE", "")
    if language and locale.split(".")[0] not in ("", "C", "POSIX"):
        return language
    return locale


@functools.lru_cache(maxsize=1)
def default_id() -> int:
    """The id of the process's language, read from the environment once."""
    return from_list(process_preferences())


ACCEPTED = "a Language, an int language id, a str tag or preference list, or None"


def resolve(lang: LanguageLike) -> int:
    """The language id `lang` stands for, in [0, COUNT): ids the library does not know mean
    English (0), as in C.

    Raises TypeError for other types (bool, bytes, list, … too) and ValueError for ids outside
    int32.
    """
    if lang is None:
        return default_id()
    if isinstance(lang, str):
        return from_list(lang)
    if isinstance(lang, bool) or not hasattr(lang, "__index__"):
        raise TypeError(f"a language is {ACCEPTED}, not {type(lang).__name__}")
    lang_id = int32(lang, "a language id")
    return lang_id if 0 <= lang_id < COUNT else 0
