"""Localized messages, categories, names and advice for the error codes of the room engine.

    >>> import room_errors
    >>> room_errors.message(-2343, "en")
    'The seat is locked. Choose another seat or ask the host to unlock it.'

Every function takes any int32 `code` (unknown codes get defined answers) and, where texts are
concerned, a `lang`: a `Language`, a language id, a tag, a preference list (`Accept-Language`,
POSIX `LANGUAGE`), or None for the process language. Non-int codes (bools too) raise TypeError,
codes outside int32 ValueError. Answers come from the bundled C library, or from the one
`$ROOM_ERRORS_LIB` names; all functions are thread-safe.
"""

from ._api import (
    action,
    audience,
    category,
    codes,
    is_known,
    is_retryable,
    message,
    name,
    remedy,
    retry_after,
    summary,
    user_message,
    version,
)
from ._catalog import VERSION as __version__
from ._catalog import Action, Audience, Category, Language, RoomErrorCode
from ._error import RoomError
from ._lang import LanguageLike

__all__ = [
    "Action",
    "Audience",
    "Category",
    "Language",
    "LanguageLike",
    "RoomError",
    "RoomErrorCode",
    "__version__",
    "action",
    "audience",
    "category",
    "codes",
    "is_known",
    "is_retryable",
    "message",
    "name",
    "remedy",
    "retry_after",
    "summary",
    "user_message",
    "version",
]
