"""What a clinician typed in the one search field: a name, a CPR number, or a birth date.

Letters make it a name ("met han"). Digits with a date's separators make it a birth date
("3.1.1990", "03-01-1990", "1990-01-03"). Other digits, with or without the dash, are the start
of a CPR number ("0301", "030190-1234"). Pure, so the rules are tested without a window.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from screening_app.domain.cpr import CPR_LENGTH

_DAY_FIRST = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$")
_YEAR_FIRST = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_CPR_PART = re.compile(r"^(\d{1,6}|\d{6}-?\d{0,4})$")


@dataclass(frozen=True)
class NameQuery:
    text: str


@dataclass(frozen=True)
class CprQuery:
    digits: str  # 1 to 10 digits: the start of a CPR number


@dataclass(frozen=True)
class BirthDateQuery:
    date: dt.date


@dataclass(frozen=True)
class UnclearQuery:
    """Digits that are neither a date nor the start of a CPR number (e.g. "31.02.1990")."""

    text: str


PersonQuery = NameQuery | CprQuery | BirthDateQuery | UnclearQuery


def classify(text: str) -> PersonQuery | None:
    """The kind of search, or None for an empty field."""
    typed = " ".join(text.split())
    if not typed:
        return None
    if any(ch.isalpha() for ch in typed):
        return NameQuery(typed)
    compact = typed.replace(" ", "")
    date = _date(compact)
    if date is not None:
        return BirthDateQuery(date) if isinstance(date, dt.date) else UnclearQuery(typed)
    if _CPR_PART.match(compact):
        digits = compact.replace("-", "")
        if 0 < len(digits) <= CPR_LENGTH:
            return CprQuery(digits)
    return UnclearQuery(typed)


def parse_day(text: str) -> dt.date | None:
    """A typed date (``3.1.1990``, ``03-01-1990``, ``1990-01-03``); None for empty text.

    Raises ``ValueError`` for text that is not such a date."""
    compact = "".join(text.split())
    if not compact:
        return None
    date = _date(compact)
    if not isinstance(date, dt.date):
        raise ValueError("not a date")
    return date


def _date(compact: str) -> dt.date | bool | None:
    """A date, False for a date-shaped text that is no date, None when not date-shaped."""
    day_first = _DAY_FIRST.match(compact)
    year_first = _YEAR_FIRST.match(compact)
    if day_first:
        day, month, year = (int(part) for part in day_first.groups())
    elif year_first:
        year, month, day = (int(part) for part in year_first.groups())
    else:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return False
