"""The context a screening starts with: who is asked and where they are in the pathway.

Conditions in an instrument may refer to these values (``context: role``), so an instrument can
phrase a question for a father differently, or ask the pregnancy item only in pregnancy.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal, get_args

from pydantic import Field

from screening_app.domain.base import StrictModel

Role = Literal["pregnant-woman", "new-mother", "father-co-parent", "other"]
Phase = Literal["pregnant", "after-birth"]
ROLES: tuple[str, ...] = get_args(Role)
PHASES: tuple[str, ...] = get_args(Phase)

ContextKey = Literal["role", "phase", "weeksPregnant", "childAgeWeeks"]
CONTEXT_KEYS: tuple[str, ...] = get_args(ContextKey)


class Context(StrictModel):
    """Values given when a screening starts. Any of them may be unknown (None)."""

    role: Role | None = None
    phase: Phase | None = None
    weeks_pregnant: Annotated[int, Field(ge=0, le=45)] | None = None
    child_age_weeks: Annotated[int, Field(ge=0, le=520)] | None = None

    def value(self, key: str) -> Any:
        """The value for a condition's ``context`` key (camelCase, as written in instruments)."""
        return {
            "role": self.role,
            "phase": self.phase,
            "weeksPregnant": self.weeks_pregnant,
            "childAgeWeeks": self.child_age_weeks,
        }[key]

    @staticmethod
    def from_strings(pairs: dict[str, str]) -> Context:
        """Build a context from ``key=value`` strings (command line), converting numbers."""
        data: dict[str, Any] = {}
        for key, raw in pairs.items():
            data[key] = int(raw) if key in ("weeksPregnant", "childAgeWeeks") else raw
        return Context.model_validate(data)


# What kind of value each context key holds, for checking conditions at load time.
CONTEXT_KINDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "role": ("code", ROLES),
    "phase": ("code", PHASES),
    "weeksPregnant": ("integer", ()),
    "childAgeWeeks": ("integer", ()),
}


def today() -> dt.date:
    """Local calendar date (kept in one place so callers can be given a fixed date instead)."""
    return dt.date.today()  # noqa: DTZ011 - a calendar date in the clinic's local time is meant
