"""The lookups: one function per C function, with checked arguments and cached answers.

Every `code` is an int in int32 (TypeError for other types, bools included; ValueError outside
the range); any such int is valid, and unknown codes get the C library's answers for them. Every
`lang` is a `LanguageLike` (see `Language`); None means the process language.
"""

from __future__ import annotations

import ctypes
import datetime
from typing import Optional, Tuple

from ._catalog import Action, Audience, Category, RoomErrorCode
from ._ffi import LIB
from ._lang import LanguageLike
from ._texts import CODE_TYPES, LANG_TYPES, CodeCache, TextCache

_MESSAGE = TextCache(LIB.room_err_message)
_SUMMARY = TextCache(LIB.room_err_summary)
_REMEDY = TextCache(LIB.room_err_remedy)
_USER_MESSAGE = TextCache(LIB.room_err_user_message)


def message(code: int, lang: LanguageLike = None) -> str:
    """The message for `code` in `lang` (`room_err_message`): the summary, then the remedy."""
    if code.__class__ in CODE_TYPES and lang.__class__ in LANG_TYPES:
        try:
            return _MESSAGE.by_lang[lang][code]
        except KeyError:
            pass
    return _MESSAGE.compute(code, lang)


def summary(code: int, lang: LanguageLike = None) -> str:
    """What happened, one sentence (`room_err_summary`): an alert's title."""
    if code.__class__ in CODE_TYPES and lang.__class__ in LANG_TYPES:
        try:
            return _SUMMARY.by_lang[lang][code]
        except KeyError:
            pass
    return _SUMMARY.compute(code, lang)


def remedy(code: int, lang: LanguageLike = None) -> str:
    """What to do, one sentence (`room_err_remedy`); `""` when the code has none."""
    if code.__class__ in CODE_TYPES and lang.__class__ in LANG_TYPES:
        try:
            return _REMEDY.by_lang[lang][code]
        except KeyError:
            pass
    return _REMEDY.compute(code, lang)


def user_message(code: int, lang: LanguageLike = None) -> str:
    """What an end user may read (`room_err_user_message`): the message of user-audience codes,
    one generic text for developer-audience and unknown codes."""
    if code.__class__ in CODE_TYPES and lang.__class__ in LANG_TYPES:
        try:
            return _USER_MESSAGE.by_lang[lang][code]
        except KeyError:
            pass
    return _USER_MESSAGE.compute(code, lang)


def _retry_after(code: int) -> Optional[datetime.timedelta]:
    ms = LIB.room_err_retry_after_ms(code)
    return datetime.timedelta(milliseconds=ms) if ms else None


_NAME = CodeCache(lambda code: str(LIB.room_err_name(code).decode()))
_CATEGORY = CodeCache(lambda code: Category(LIB.room_err_category_id(code)))
_IS_KNOWN = CodeCache(lambda code: bool(LIB.room_err_is_known(code)))
_IS_RETRYABLE = CodeCache(lambda code: bool(LIB.room_err_is_retryable(code)))
_ACTION = CodeCache(lambda code: Action(LIB.room_err_action(code)))
_AUDIENCE = CodeCache(lambda code: Audience(LIB.room_err_audience(code)))
_RETRY_AFTER = CodeCache(_retry_after)


def name(code: int) -> str:
    """The symbolic name (`room_err_name`), e.g. `"ERR_SEAT_LOCKED"`; `""` for unknown codes."""
    if code.__class__ in CODE_TYPES:
        try:
            return _NAME.values[code]
        except KeyError:
            pass
    return _NAME.compute(code)


def category(code: int) -> Category:
    """What the code is about (`room_err_category_id`); `Category.UNKNOWN` for unknown codes.
    Its `.key` is `room_err_category`'s string."""
    if code.__class__ in CODE_TYPES:
        try:
            return _CATEGORY.values[code]
        except KeyError:
            pass
    return _CATEGORY.compute(code)


def is_known(code: int) -> bool:
    """Whether the code is in the catalog (`room_err_is_known`)."""
    if code.__class__ in CODE_TYPES:
        try:
            return _IS_KNOWN.values[code]
        except KeyError:
            pass
    return _IS_KNOWN.compute(code)


def is_retryable(code: int) -> bool:
    """Whether the remedy is to try again (`room_err_is_retryable`); False for unknown codes."""
    if code.__class__ in CODE_TYPES:
        try:
            return _IS_RETRYABLE.values[code]
        except KeyError:
            pass
    return _IS_RETRYABLE.compute(code)


def action(code: int) -> Action:
    """What the remedy asks for (`room_err_action`); `Action.NONE` for unknown codes. Its
    `.label(lang)` is the button text."""
    if code.__class__ in CODE_TYPES:
        try:
            return _ACTION.values[code]
        except KeyError:
            pass
    return _ACTION.compute(code)


def audience(code: int) -> Audience:
    """Who the message is for (`room_err_audience`); `Audience.DEVELOPER` for unknown codes."""
    if code.__class__ in CODE_TYPES:
        try:
            return _AUDIENCE.values[code]
        except KeyError:
            pass
    return _AUDIENCE.compute(code)


def retry_after(code: int) -> Optional[datetime.timedelta]:
    """How long to wait before retrying (`room_err_retry_after_ms`), where the catalog states
    it; None otherwise (unknown codes too)."""
    if code.__class__ in CODE_TYPES:
        try:
            return _RETRY_AFTER.values[code]
        except KeyError:
            pass
    return _RETRY_AFTER.compute(code)


def _all_codes() -> Tuple[int, ...]:
    count = ctypes.c_size_t()
    array = LIB.room_err_codes(ctypes.byref(count))
    known = set(RoomErrorCode._value2member_map_)
    return tuple(RoomErrorCode(c) if c in known else int(c) for c in array[: count.value])


_CODES = _all_codes()
_VERSION = str(LIB.room_err_version().decode())


def codes() -> Tuple[int, ...]:
    """Every known code, in catalog order (`room_err_codes`): `RoomErrorCode` members, and plain
    ints for any code a newer library (`ROOM_ERRORS_LIB`) knows and this package does not."""
    return _CODES


def version() -> str:
    """The loaded C library's version (`room_err_version`), `"MAJOR.MINOR.PATCH"`."""
    return _VERSION
