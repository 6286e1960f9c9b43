"""Time for the use cases: injected everywhere, so tests can run a clinic on a fake clock."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

Clock = Callable[[], dt.datetime]  # returns an aware datetime (UTC or local)


def system_clock() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def local_date(clock: Clock) -> dt.date:
    """The clinic's calendar date now (local time of the workstation)."""
    return clock().astimezone().date()


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day of the month ``months`` later, or the month's last day if it is shorter."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    for candidate in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month + 1, candidate)
        except ValueError:
            continue
    raise ValueError(day)  # pragma: no cover - day 28 exists in every month


def add_years(day: dt.date, years: int) -> dt.date:
    """The same calendar day ``years`` later (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)
