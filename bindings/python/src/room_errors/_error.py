"""`RoomError`: an error code as a Python exception."""

from __future__ import annotations

import datetime
from typing import Optional

from . import _api
from ._catalog import Action, Audience, Category, Language, RoomErrorCode
from ._check import int32
from ._lang import LanguageLike, resolve


class RoomError(Exception):
    """A room-engine error code raised as an exception.

    `str()` is what logs show, English with name and code, the same in every binding:
    `ERR_SEAT_LOCKED (-2343): This seat is locked.` (`UNKNOWN (12345): …` for unknown codes).
    `localized_message`, `summary`, `remedy` and `user_message` are in the error's language, fixed
    when it is created (`RoomError(code, lang)`; default: the process language). `code` is checked
    like every function's (TypeError, ValueError); unknown codes are accepted. Instances pickle.
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
        return f"{_api.name(self.code) or 'UNKNOWN'} ({int(self.code)}): {_api.message(self.code, Language.EN)}"

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
    def localized_message(self) -> str:
        """The message (summary, then remedy) in the error's language, without name or code."""
        return _api.message(self.code, self.language)

    @property
    def user_message(self) -> str:
        """What an end user may read, in the error's language (see `room_errors.user_message`)."""
        return _api.user_message(self.code, self.language)

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
