"""What the generated enums (`_catalog.py`) can do beyond being ints: mixins they inherit."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Optional

from . import _lang
from ._ffi import LIB

if TYPE_CHECKING:
    from ._catalog import Language


class _Member:
    """The members' attributes that the mixins read (set by Enum)."""

    if TYPE_CHECKING:
        _name_: str
        _value_: int


class _Printed(_Member):
    """`str()` and an empty format spec print the C name, as the C++ formatters do (IntEnum would
    print the number on Python 3.11+); numeric format specs (`:d`, `:x`) still format the int."""

    def __str__(self) -> str:
        raise NotImplementedError

    def __format__(self, spec: str) -> str:
        if spec and spec[-1] in "bcdnoxX":
            return format(self._value_, spec)
        return format(str(self), spec)


class CodeMethods(_Printed):
    """For `RoomErrorCode`."""

    def __str__(self) -> str:
        """The C name (`room_err_name`): `"ERR_SEAT_LOCKED"`."""
        return _code_name(self._value_)


class KeyMethods(_Printed):
    """For `Category` and `Audience`."""

    def __str__(self) -> str:
        return self.key

    @property
    def key(self) -> str:
        """The C name: `"seat"`, `"developer"`, … (`room_err_category`'s answer for a code)."""
        return self._name_.lower()


class ActionMethods(_Printed):
    """For `Action`."""

    def __str__(self) -> str:
        return self.key

    @property
    def key(self) -> str:
        """The C name (`room_err_action_name`): `"retry"`, `"open_settings"`, …"""
        return _action_name(self._value_)

    def label(self, lang: _lang.LanguageLike = None) -> str:
        """A short button label (`room_err_action_label`), such as "Open Settings", in `lang`
        (default: the process language); `""` for `NONE` and `FIX_INTEGRATION`, which offer
        nothing for a user to press."""
        return _action_label(self._value_, _lang.resolve(lang))


class LanguageMethods(_Printed):
    """For `Language`."""

    def __str__(self) -> str:
        return self.tag

    @property
    def tag(self) -> str:
        """The BCP 47 tag (`room_err_lang_tag`): `"en"`, `"zh-Hans"`, …"""
        return _lang_tag(self._value_)

    @classmethod
    def from_tag(cls, tag: Optional[str]) -> Language:
        """The language of a BCP 47 or POSIX locale tag (`"zh-Hant-TW"`, `"zh_TW.UTF-8"`);
        None, `""`, `C`, `POSIX` and unsupported tags mean `EN` (`room_err_lang_from_tag`)."""
        return _language(_lang.from_tag(tag))

    @classmethod
    def from_list(cls, preferences: Optional[str]) -> Language:
        """The best language for a preference list: an `Accept-Language` value
        (`"fr-CH, fr;q=0.9, zh-TW;q=0.8"`), a POSIX `LANGUAGE` list (`"zh_TW:ja:en"`) or tags
        separated by commas or spaces; `EN` when nothing matches (`room_err_lang_from_list`)."""
        return _language(_lang.from_list(preferences))

    @classmethod
    def default(cls) -> Language:
        """The process's language: `LC_ALL`, `LC_MESSAGES`, `LANG`, then `LANGUAGE` unless the
        locale is C or POSIX, as GNU gettext reads them, negotiated like `from_list`. Read from the environment once, at the first use."""
        return _language(_lang.default_id())


def _language(lang_id: int) -> Language:
    from ._catalog import Language

    return Language(lang_id)


@functools.lru_cache(maxsize=None)
def _lang_tag(lang_id: int) -> str:
    return str(LIB.room_err_lang_tag(lang_id).decode())


@functools.lru_cache(maxsize=None)
def _code_name(code: int) -> str:
    return str(LIB.room_err_name(code).decode())


@functools.lru_cache(maxsize=None)
def _action_name(action_id: int) -> str:
    return str(LIB.room_err_action_name(action_id).decode())


@functools.lru_cache(maxsize=None)
def _action_label(action_id: int, lang_id: int) -> str:
    return str(LIB.room_err_action_label(action_id, lang_id).decode())
