"""A typed consumer of the package: `mypy --strict` checks it against the installed wheel."""

import datetime
from typing import Optional

import room_errors
from room_errors import Action, Language, RoomError, RoomErrorCode


def alert(code: int, accept_language: str) -> tuple[str, str, str]:
    lang: Language = Language.from_list(accept_language)
    return room_errors.summary(code, lang), room_errors.remedy(code, lang), room_errors.action(code).label(lang)


def wait(code: RoomErrorCode) -> Optional[datetime.timedelta]:
    return room_errors.retry_after(code) if room_errors.is_retryable(code) else None


def main() -> None:
    title, text, button = alert(RoomErrorCode.CAMERA_NOT_AUTHORIZED, "zh-TW, en;q=0.5")
    print(title, text, button, wait(RoomErrorCode.FREQ_LIMIT), Action.OPEN_SETTINGS.key)
    try:
        RoomError.check(-2343, "ja")
    except RoomError as error:
        print(error.code, error.name, error.category.key, error.is_retryable, str(error))
    print(room_errors.message(-2343), Language.ZH_HANT.tag, room_errors.__version__)


if __name__ == "__main__":
    main()
