# The alert example of bindings/python/README.md: `make test-python` runs it in the wheel's venv,
# and the README must show it and its output as they are.
import room_errors
from room_errors import Audience, Language, RoomErrorCode


def alert(code: int, lang: Language) -> "tuple[str, str, str]":
    """A title, a suggestion and a button label for `code` in `lang`. A developer-audience code (a
    bug, a configuration error) gets the generic user message alone: log `RoomError(code)`."""
    if room_errors.audience(code) is not Audience.USER:
        return room_errors.user_message(code, lang), "", ""
    return room_errors.summary(code, lang), room_errors.remedy(code, lang), room_errors.action(code).label(lang)


lang = Language.from_list("fr-CH, fr;q=0.9, zh-TW;q=0.8")  # an Accept-Language value, or "zh_TW:ja:en"
for code in (RoomErrorCode.CAMERA_NOT_AUTHORIZED, RoomErrorCode.INVALID_PARAMETER):
    print(alert(code, lang))
