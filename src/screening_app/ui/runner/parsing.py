"""Reading typed answers: text as typed in a field -> the value the engine checks.

What is typed is only turned into a number or a date here; the limits (min, max, length) are
the engine's to check, so its messages are the ones shown. Danish input is accepted as well as
the international forms: a decimal comma, and dates as DD-MM-YYYY or DD.MM.YYYY besides ISO.
"""

from __future__ import annotations

import datetime as dt
import re

from screening_app.domain.answers import AnswerError

_INTEGER = re.compile(r"^[+-]?\d+$")
_DECIMAL = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)$")
_DAY_FIRST = re.compile(r"^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


def parse_integer(text: str) -> int | None:
    cleaned = text.strip().replace(" ", "")
    if not cleaned:
        return None
    if not _INTEGER.match(cleaned):
        raise AnswerError("expected_integer")
    return int(cleaned)


def parse_decimal(text: str) -> float | None:
    cleaned = text.strip().replace(" ", "")
    if not cleaned:
        return None
    if not _DECIMAL.match(cleaned):
        raise AnswerError("expected_number")
    return float(cleaned.replace(",", "."))


def parse_date(text: str) -> dt.date | None:
    cleaned = text.strip()
    if not cleaned:
        return None
    match = _ISO.match(cleaned)
    if match:
        year, month, day = (int(part) for part in match.groups())
    else:
        match = _DAY_FIRST.match(cleaned)
        if not match:
            raise AnswerError("expected_date")
        day, month, year = (int(part) for part in match.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise AnswerError("expected_date") from None


def format_decimal(value: float, lang: str) -> str:
    text = f"{value:g}"
    return text.replace(".", ",") if lang == "da" else text


def format_date(value: dt.date) -> str:
    return value.isoformat()
