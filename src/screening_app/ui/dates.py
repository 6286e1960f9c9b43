"""Dates as the clinician reads them: ``27.11.2026`` (the Danish way, also in English here,
where a day-first date cannot be misread as a US one)."""

from __future__ import annotations

import datetime as dt


def date_text(day: dt.date | None) -> str:
    return "" if day is None else f"{day.day:02d}.{day.month:02d}.{day.year}"
