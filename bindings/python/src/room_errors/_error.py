"""`RoomError`: an error code as a Python exception."""

from __future__ import annotations

import datetime
from typing import Optional

from . import _api
from ._catalog import Action, Audience, Category, Language, RoomErrorCode
from ._check import int32
from ._lang import LanguageLike, resolve


class RoomError(Exception):
    """A room-engine error code raised as an exception; `str()` is its message.

    `RoomError(code, lang)` checks `code` like every function (TypeError, ValueError) and fixes
    the language of `str()`, `summary` and `remedy` when it is created (default: the process
    language). Unknown codes are accepted. Instances pickle.
    """

    code: int
    """The code, a `RoomErrorCode` member when the catalog knows it."""
    language: Language
    """The language of the texts."""

    def __init__(self, code: int, lang: LanguageLike = None) -> None:
        number = int32(code)
        lang_id = resolve(lang)
        super().__init__(number, lang_id)
        known = RoomErrorCode._value2member_map_
        self.code = RoomErrorCode(number) if number in known else number
        self.language = Language(lang_id) if lang_id in Language._value2member_map_ else Language.EN

    @classmethod
    def check(cls, code: int, lang: LanguageLike = None) -> None:
        """Raises `RoomError(code, lang)` unless `code` is 0 (success)."""
        if int32(code) != 0:
            raise cls(code, lang)

    def __str__(self) -> str:
        return _api.message(self.code, self.language)

    def __repr__(self) -> str:
        return f"RoomError({int(self.code)}, {self.language.tag!r})"

    @property
    def name(self) -> str:
        """The symbolic name, e.g. `"ERR_SEAT_LOCKED"`; `""` for unknown codes."""
        return _api.name(self.code)

    @property
    def category(self) -> Category:
        """What the code is about."""
        return _api.category(self.code)

    @property
    def is_retryable(self) -> bool:
        """Whether the remedy is to try again."""
        return _api.is_retryable(self.code)

    @property
    def summary(self) -> str:
        """What happened, in the error's language."""
        return _api.summary(self.code, self.language)

    @property
    def remedy(self) -> str:
        """What to do, in the error's language; `""` when there is nothing to say."""
        return _api.remedy(self.code, self.language)

    @property
    def action(self) -> Action:
        """What the remedy asks for."""
        return _api.action(self.code)

    @property
    def audience(self) -> Audience:
        """Who the message is for."""
        return _api.audience(self.code)

    @property
    def retry_after(self) -> Optional[datetime.timedelta]:
        """How long to wait before retrying, where the catalog says."""
        return _api.retry_after(self.code)
