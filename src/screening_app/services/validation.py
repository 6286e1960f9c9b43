"""Checks on what a clinician enters, before it reaches the database (one sentence each)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from screening_app.storage.errors import StorageError

MAX_SHORT_TEXT = 200
MAX_NOTE = 20_000


def one_of(value: str | None, allowed: Iterable[str], what: str) -> str:
    if value is None or value not in tuple(allowed):
        raise StorageError("invalid", detail=what)
    return value


def short_text(value: str | None, what: str, *, required: bool = False) -> str | None:
    if value is None or not value.strip():
        if required:
            raise StorageError("invalid", detail=f"{what} is missing")
        return None
    text = value.strip()
    if len(text) > MAX_SHORT_TEXT or "\x00" in text:
        raise StorageError("invalid", detail=f"{what} is too long")
    return text


def note_text(value: str, what: str = "note") -> str:
    text = value.strip()
    if not text:
        raise StorageError("invalid", detail=f"the {what} is empty")
    if len(text) > MAX_NOTE or "\x00" in text:
        raise StorageError("invalid", detail=f"the {what} is too long")
    return text


def cpr_digits(value: str | None) -> str | None:
    """A CPR number as 10 digits ("010190-1234" and "0101901234" both accepted).

    No modulus-11 check: CPR numbers issued since 2007 need not satisfy it.
    """
    if value is None or not value.strip():
        return None
    digits = value.strip().replace("-", "").replace(" ", "")
    if len(digits) != len("0101901234") or not digits.isascii() or not digits.isdigit():
        raise StorageError("invalid", detail="CPR number (10 digits)")
    try:
        dt.date(2000, int(digits[2:4]), int(digits[0:2]))
    except ValueError:
        raise StorageError("invalid", detail="CPR number (10 digits)") from None
    return digits


def cpr_prefix(value: str) -> str:
    digits = value.strip().replace("-", "").replace(" ", "")
    if not digits or len(digits) > len("0101901234") or not digits.isdigit():
        raise StorageError("invalid", detail="CPR search (1-10 digits)")
    return digits
