"""Caches of the decoded strings, so that a repeated lookup is two dict lookups.

Only known codes are cached (unknown ones would let any int32 grow the cache), and a language
given as a string is remembered for at most `STRING_KEYS` distinct strings (Accept-Language
values come from the network). Every cache is filled under the GIL by single dict operations, so
threads may compute a value twice but never see a partial one.
"""

from __future__ import annotations

from typing import Any, Callable, Dict, Generic, TypeVar

from ._catalog import Language, RoomErrorCode
from ._check import int32
from ._ffi import LIB
from ._lang import LanguageLike, resolve

STRING_KEYS = 256

CODE_TYPES = frozenset({int, RoomErrorCode})
"""Types whose values the fast paths may look up directly: a cache hit for a float or a bool that
equals a cached int must not bypass the checks."""

LANG_TYPES = frozenset({type(None), int, str, Language})
"""The same for languages."""

T = TypeVar("T")


class TextCache:
    """A text of (code, language) from the C function `c_function`, decoded once."""

    def __init__(self, c_function: Callable[[int, int], bytes]) -> None:
        self.c_function = c_function
        self.by_id: Dict[int, Dict[int, str]] = {}
        self.by_lang: Dict[Any, Dict[int, str]] = {}
        """Language as passed → code → text; what the fast paths read."""

    def compute(self, code: int, lang: LanguageLike) -> str:
        """Checks the arguments, asks C, and caches the answer."""
        number = int32(code)
        lang_id = resolve(lang)
        text = self.c_function(number, lang_id).decode()
        if LIB.room_err_is_known(number):
            texts = self.by_id.setdefault(lang_id, {})
            texts[number] = text
            if lang is None or (type(lang) in LANG_TYPES and lang == lang_id):
                self.by_lang.setdefault(lang, texts)
            elif type(lang) is str and len(self.by_lang) < STRING_KEYS:
                self.by_lang.setdefault(lang, texts)
        return text


class CodeCache(Generic[T]):
    """A property of a code, computed by `compute` from a checked int32 and cached."""

    def __init__(self, compute: Callable[[int], T]) -> None:
        self.compute_checked = compute
        self.values: Dict[int, T] = {}
        """Code → value; what the fast paths read."""

    def compute(self, code: int) -> T:
        """Checks the argument, computes the value, and caches it."""
        number = int32(code)
        value = self.compute_checked(number)
        if LIB.room_err_is_known(number):
            self.values[number] = value
        return value
