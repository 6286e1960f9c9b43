"""Danish CPR numbers: the format, the birth date they hold, and the modulus-11 check.

A CPR number is ``DDMMYY-SSSS``: the birth date, then a four-digit serial. The first digit of
the serial and the two-digit year give the century (CPR-kontoret, "Personnummeret i
CPR-systemet", cpr.dk):

    serial digit 1   year 00-36   year 37-57   year 58-99
    0, 1, 2, 3       19xx         19xx         19xx
    4, 9             20xx         19xx         19xx
    5, 6, 7, 8       20xx         20xx         18xx

The modulus-11 check (weights 4 3 2 7 6 5 4 3 2 1, the weighted sum divisible by 11) held for
every number until 2007; since then numbers are issued that do not satisfy it. A failed check is
therefore a warning ("check the number once more"), never a refusal. Format and date are
refused: a number that is not ten digits, or whose first six digits are not a real date, is
wrong whatever its serial.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

CPR_LENGTH = 10
MODULUS_WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
CprProblem = Literal["format", "date", "future"]


class CprError(ValueError):
    """A CPR number that cannot be right: ``problem`` says why (no digits in the message)."""

    def __init__(self, problem: CprProblem) -> None:
        super().__init__(f"not a valid CPR number ({problem})")
        self.problem: CprProblem = problem


@dataclass(frozen=True)
class CprNumber:
    digits: str  # ten digits, no dash
    birth_date: dt.date
    passes_modulus11: bool  # False is allowed (numbers issued since 2007 may fail it)

    @property
    def formatted(self) -> str:
        return format_cpr(self.digits)


def cpr_digits(text: str) -> str:
    """The ten digits of a CPR number typed as ``DDMMYY-SSSS``, ``DDMMYYSSSS`` or with spaces."""
    digits = text.strip().replace("-", "").replace(" ", "")
    if len(digits) != CPR_LENGTH or not digits.isascii() or not digits.isdigit():
        raise CprError("format")
    return digits


def century(year_2: int, serial_first: int) -> int:
    """The century (1800, 1900 or 2000) from the two-digit year and the serial's first digit."""
    if serial_first <= 3:  # noqa: PLR2004 - the table in the module docstring
        return 1900
    if serial_first in (4, 9):
        return 2000 if year_2 <= 36 else 1900  # noqa: PLR2004
    return 2000 if year_2 <= 57 else 1800  # noqa: PLR2004


def birth_date_of(digits: str) -> dt.date:
    """The birth date a CPR number holds (``CprError("date")`` when it is no date)."""
    day, month, year_2 = int(digits[0:2]), int(digits[2:4]), int(digits[4:6])
    year = century(year_2, int(digits[6])) + year_2
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise CprError("date") from None


def passes_modulus11(digits: str) -> bool:
    total = sum(int(d) * w for d, w in zip(digits, MODULUS_WEIGHTS, strict=True))
    return total % 11 == 0


def parse_cpr(text: str, today: dt.date | None = None) -> CprNumber:
    """Check a typed CPR number: format and date (refused), modulus 11 (reported only).

    With ``today`` a birth date after today is refused too.
    """
    digits = cpr_digits(text)
    born = birth_date_of(digits)
    if today is not None and born > today:
        raise CprError("future")
    return CprNumber(digits, born, passes_modulus11(digits))


def format_cpr(digits: str) -> str:
    """``DDMMYY-SSSS`` for ten digits (anything else is returned as it is)."""
    if len(digits) == CPR_LENGTH and digits.isdigit():
        return f"{digits[:6]}-{digits[6:]}"
    return digits
