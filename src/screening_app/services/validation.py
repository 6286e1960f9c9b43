"""Checks on what a clinician enters, before it reaches the database (one sentence each)."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable

from screening_app.storage.errors import StorageError

MAX_SHORT_TEXT = 200
MAX_NOTE = 20_000
# Characters that are never stored: C0/C1 controls and DEL, lone surrogates (cannot be UTF-8),
# line and paragraph separators, and the bidirectional overrides and isolates that can make a
# name or a note read differently from what it holds. Marks such as ZWJ, ZWNJ, LRM and RLM,
# which names and right-to-left text need, are allowed.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
SEPARATORS = frozenset("\u2028\u2029")
LINE_BREAKS = frozenset("\t\n\r")


def refuse_control_characters(text: str, what: str, *, allow: frozenset[str] = frozenset()) -> None:
    """``StorageError("control-character")`` naming the field, if ``text`` holds one."""
    for ch in text:
        if ch in allow:
            continue
        category = unicodedata.category(ch)
        if category in ("Cc", "Cs") or ch in BIDI_CONTROLS or ch in SEPARATORS:
            raise StorageError("control-character", field=what)


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
    refuse_control_characters(text, what)
    if len(text) > MAX_SHORT_TEXT:
        raise StorageError("invalid", detail=f"{what} is too long")
    return text


def note_text(value: str, what: str = "note") -> str:
    text = value.strip()
    if not text:
        raise StorageError("invalid", detail=f"the {what} is empty")
    refuse_control_characters(text, what, allow=LINE_BREAKS)
    if len(text) > MAX_NOTE:
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
