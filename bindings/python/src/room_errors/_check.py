"""Argument checks shared by every function: a C int32 is a Python int in range, never a bool."""

from __future__ import annotations

import operator

INT32_MIN, INT32_MAX = -(2**31), 2**31 - 1


def int32(value: object, what: str = "an error code") -> int:
    """`value` as a C int32_t.

    Raises TypeError unless `value` is an integer (an `int`, an `IntEnum` member, or any object
    with `__index__`); bools are refused, as `True` in place of a code is a bug. Raises ValueError
    outside [-2**31, 2**31 - 1]: the C function would see a wrapped-around value.
    """
    if isinstance(value, bool):
        raise TypeError(f"{what} must be an int, not a bool")
    try:
        number = operator.index(value)  # type: ignore[arg-type]
    except TypeError:
        raise TypeError(f"{what} must be an int, not {type(value).__name__}") from None
    if not INT32_MIN <= number <= INT32_MAX:
        raise ValueError(f"{what} ({number}) is outside int32 [{INT32_MIN}, {INT32_MAX}]")
    return number
