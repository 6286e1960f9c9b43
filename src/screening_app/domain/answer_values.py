"""Answer values beyond one plain JSON value: a quantity with its unit, free text in a choice.

In the engine a quantity is ``Quantity(value, unit)`` and the free text given in an open choice
("other: ...") is ``OtherText(text)``; stored as JSON they are the objects
``{"value": 70.5, "unit": "kg"}`` and ``{"other": "..."}``. Neither can be confused with the
stored form of a declined answer, which is exactly ``{"declined": true}``.

A time of day is ``datetime.time`` (ISO ``HH:MM`` or ``HH:MM:SS`` in JSON); a date and time is
an aware ``datetime.datetime`` (ISO with its offset, as FHIR's ``dateTime`` with a time needs).
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Any

# An answer (or initial value) as written in an instrument file or stored as JSON.
JsonAnswer = bool | int | float | str | dt.date | dict[str, Any] | list[Any]


@dataclass(frozen=True, order=True)
class Quantity:
    """A number with its unit (the unit's code, e.g. ``kg``)."""

    value: float
    unit: str

    def to_json(self) -> dict[str, Any]:
        return {"value": self.value, "unit": self.unit}


@dataclass(frozen=True)
class OtherText:
    """Free text given instead of (or besides) the options of an open choice."""

    text: str

    def to_json(self) -> dict[str, str]:
        return {"other": self.text}


def quantity_from_json(value: Any) -> Quantity | None:
    """``{"value": 70.5, "unit": "kg"}`` as a Quantity, or None when it is not one."""
    if not isinstance(value, dict) or set(value) != {"value", "unit"}:
        return None
    number, unit = value["value"], value["unit"]
    if isinstance(number, bool) or not isinstance(number, (int, float)):
        return None
    if not isinstance(unit, str) or not math.isfinite(number):
        return None
    return Quantity(float(number), unit)


def other_from_json(value: Any) -> OtherText | None:
    """``{"other": "..."}`` as OtherText, or None when it is not one."""
    if isinstance(value, OtherText):
        return value
    if isinstance(value, dict) and set(value) == {"other"} and isinstance(value["other"], str):
        return OtherText(value["other"])
    return None


def parse_time(value: Any) -> dt.time | None:
    """A time of day from ``datetime.time`` or ISO text (``HH:MM`` or ``HH:MM:SS``), no zone."""
    if isinstance(value, dt.time):
        return value if value.tzinfo is None else None
    if not isinstance(value, str) or len(value) not in (5, 8):
        return None
    try:
        parsed = dt.time.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo is None else None


def parse_date_time(value: Any) -> dt.datetime | None:
    """An aware date and time from ``datetime.datetime`` or ISO text with an offset."""
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value)
        except ValueError:
            return None
    if not isinstance(value, dt.datetime):
        return None
    if value.tzinfo is None or value.utcoffset() is None:
        return None
    return value


def time_text(value: dt.time) -> str:
    """A time as FHIR writes it (``HH:MM:SS``)."""
    return value.isoformat(timespec="seconds")
