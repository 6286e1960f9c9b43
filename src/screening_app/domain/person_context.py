"""The context a screening starts with, worked out from what is recorded about the person.

The role is the person's role. The phase and the weeks come from the child's birth date: an
expected date means pregnancy (weeks pregnant counted back from 40 weeks at the expected date),
an actual date means after the birth (the child's age in whole weeks). Without a date the role
alone says it where it can ("pregnant-woman" is pregnant, "new-mother" is after the birth).
Values outside what an instrument condition may compare with are left unknown, never guessed.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal, cast

from screening_app.domain.context import ROLES, Context, Role

FULL_TERM_DAYS = 280
MAX_WEEKS_PREGNANT = 45
MAX_CHILD_AGE_WEEKS = 520
BirthDateKind = Literal["expected", "actual"]


def weeks_pregnant(expected_birth: dt.date, today: dt.date) -> int | None:
    """Completed weeks of pregnancy today, or None when outside 0-45 weeks."""
    days = FULL_TERM_DAYS - (expected_birth - today).days
    if days < 0:
        return None
    weeks = days // 7
    return weeks if weeks <= MAX_WEEKS_PREGNANT else None


def child_age_weeks(birth: dt.date, today: dt.date) -> int | None:
    """The child's age in completed weeks, or None before the birth or past ten years."""
    days = (today - birth).days
    if days < 0:
        return None
    weeks = days // 7
    return weeks if weeks <= MAX_CHILD_AGE_WEEKS else None


def context_for_person(
    role: str | None,
    child_birth_date: dt.date | None,
    kind: str | None,
    today: dt.date,
) -> Context:
    known_role = cast(Role, role) if role in ROLES else None
    if child_birth_date is not None and kind == "expected":
        return Context(
            role=known_role,
            phase="pregnant",
            weeks_pregnant=weeks_pregnant(child_birth_date, today),
        )
    if child_birth_date is not None and kind == "actual":
        return Context(
            role=known_role,
            phase="after-birth",
            child_age_weeks=child_age_weeks(child_birth_date, today),
        )
    if known_role == "pregnant-woman":
        return Context(role=known_role, phase="pregnant")
    if known_role == "new-mother":
        return Context(role=known_role, phase="after-birth")
    return Context(role=known_role)
