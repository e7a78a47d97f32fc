# The first example of bindings/python/README.md: `make test-python` runs it in the wheel's venv,
# and the README must show it and its output as they are.
import room_errors
from room_errors import Language, RoomError, RoomErrorCode

print(room_errors.message(RoomErrorCode.SEAT_LOCKED, Language.ZH_HANS))
print(room_errors.name(-2343), room_errors.category(-2343), room_errors.is_retryable(-2343))
try:
    RoomError.check(-2343, "zh-TW")  # what the engine returned: raises RoomError unless it is 0
except RoomError as e:
    print(e)  # for logs: English, with name and code
    print(e.localized_message)  # for people: in the error's language
