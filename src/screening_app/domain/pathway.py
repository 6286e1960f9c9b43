"""The consultation pathway, Qt-free: the gate before asking, when to ask next, and the steps.

Screens render this; they decide nothing. See ../shared/domain/screening.md sections 2 and 5.

The gate: questions about violence may only be asked when the person is alone (no partner,
family member or child old enough to understand), a needed interpreter is a professional one,
there is time, and the limits of confidentiality have been explained. Otherwise the clinician
records "not asked" with a reason, and the pathway plans the next attempt.

When to ask: at the first antenatal contact, again during pregnancy, after the birth and during
the child's first year. The exact weeks are clinic settings (``AskingSchedule``); the defaults
follow "each trimester" (ACOG Committee Opinion 518) and "again during the first year" and are
meant to be changed, not taken as clinical rules.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Annotated, Literal, get_args

from pydantic import Field

from screening_app.domain.base import StrictModel
from screening_app.domain.session import Result

GatePoint = Literal["alone", "interpreter", "time", "confidentiality"]
GATE_POINTS: tuple[GatePoint, ...] = get_args(GatePoint)

NotAskedReason = Literal[
    "partner-present",
    "family-interpreter",
    "no-private-room",
    "no-time",
    "declined",
]
NOT_ASKED_REASONS: tuple[NotAskedReason, ...] = get_args(NotAskedReason)

# Which reason a refused gate point suggests (the clinician may pick another).
SUGGESTED_REASON: dict[GatePoint, NotAskedReason] = {
    "alone": "partner-present",
    "interpreter": "family-interpreter",
    "time": "no-time",
    "confidentiality": "declined",
}


class Gate:
    """The four points confirmed before the first question. Mutable while the clinician ticks."""

    def __init__(self) -> None:
        self._confirmed: dict[GatePoint, bool] = {}

    def confirm(self, point: GatePoint, confirmed: bool = True) -> None:
        if point not in GATE_POINTS:
            raise ValueError(f"unknown gate point '{point}'")
        self._confirmed[point] = confirmed

    def is_confirmed(self, point: GatePoint) -> bool:
        return self._confirmed.get(point, False)

    @property
    def unconfirmed(self) -> list[GatePoint]:
        return [p for p in GATE_POINTS if not self._confirmed.get(p, False)]

    @property
    def may_ask(self) -> bool:
        """True only when every point is confirmed: then, and only then, questions may start."""
        return not self.unconfirmed

    def suggested_reason(self) -> NotAskedReason | None:
        """The not-asked reason the first unconfirmed point suggests."""
        missing = self.unconfirmed
        return SUGGESTED_REASON[missing[0]] if missing else None


class AskingSchedule(StrictModel):
    """When to ask again (clinic settings; defaults are starting points, not clinical rules)."""

    pregnancy_weeks: Annotated[list[Annotated[int, Field(ge=4, le=42)]], Field(max_length=6)] = [
        13,
        27,
    ]
    after_birth_days: Annotated[int, Field(ge=0, le=90)] = 0
    child_age_weeks: Annotated[list[Annotated[int, Field(ge=1, le=104)]], Field(max_length=6)] = [
        26
    ]
    retry_after_days: Annotated[int, Field(ge=1, le=90)] = 14


@dataclass(frozen=True)
class AskingRecord:
    """One past attempt: asked (with its band colour) or not asked (with its reason)."""

    date: dt.date
    asked: bool
    reason: NotAskedReason | None = None


@dataclass(frozen=True)
class NextAsk:
    date: dt.date
    why: Literal["never-asked", "retry", "pregnancy-week", "after-birth", "child-age"]
    detail: int | None = None  # the pregnancy week or the child's age in weeks
    overdue: bool = False


def _schedule_points(
    schedule: AskingSchedule, expected_birth: dt.date | None, birth: dt.date | None
) -> list[NextAsk]:
    points: list[NextAsk] = []
    if expected_birth is not None and birth is None:
        for week in sorted(schedule.pregnancy_weeks):
            when = expected_birth - dt.timedelta(weeks=40 - week)
            points.append(NextAsk(when, "pregnancy-week", week))
        points.append(
            NextAsk(expected_birth + dt.timedelta(days=schedule.after_birth_days), "after-birth")
        )
    born = birth or None
    if born is not None:
        points.append(NextAsk(born + dt.timedelta(days=schedule.after_birth_days), "after-birth"))
    anchor = born or expected_birth
    if anchor is not None:
        points.extend(
            NextAsk(anchor + dt.timedelta(weeks=weeks), "child-age", weeks)
            for weeks in sorted(schedule.child_age_weeks)
        )
    return sorted(points, key=lambda p: p.date)


def next_ask(
    history: Sequence[AskingRecord],
    today: dt.date,
    schedule: AskingSchedule,
    expected_birth: dt.date | None = None,
    birth: dt.date | None = None,
) -> NextAsk | None:
    """When to ask next, or None when the schedule is done (e.g. the child is past a year).

    Never asked in this course: now. Last attempt not asked: retry after the retry interval or
    at the next scheduled point, whichever comes first. Otherwise: the first scheduled point after
    the last time the person was asked; a point that passed without asking is overdue.
    """
    if not history:
        return NextAsk(today, "never-asked")
    ordered = sorted(history, key=lambda r: r.date)
    last = ordered[-1]
    asked_dates = [r.date for r in ordered if r.asked]
    last_asked = asked_dates[-1] if asked_dates else None
    points = [
        p
        for p in _schedule_points(schedule, expected_birth, birth)
        if last_asked is None or p.date > last_asked
    ]
    upcoming = points[0] if points else None
    if not last.asked:
        retry = NextAsk(last.date + dt.timedelta(days=schedule.retry_after_days), "retry")
        if upcoming is None or retry.date <= upcoming.date:
            upcoming = retry
    if upcoming is None:
        if last_asked is None:
            return NextAsk(today, "never-asked")
        return None
    if upcoming.date < today:
        return NextAsk(upcoming.date, upcoming.why, upcoming.detail, overdue=True)
    return upcoming


# ------------------------------------------------------------------- the steps
Step = Literal["gate", "questions", "result", "follow-up-instrument", "referral", "done"]


@dataclass(frozen=True)
class Offer:
    """What the result screen offers next, derived from the instrument data (never hard-coded)."""

    follow_up_instruments: tuple[str, ...]
    urgent: bool
    child_concern: bool
    own_violence: bool
    services: tuple[str, ...]
    documents: tuple[str, ...]


# Flag ids with a fixed meaning in the pathway (instruments raise them by these names).
URGENT_FLAG = "urgent"
CHILD_CONCERN_FLAG = "child-concern"
OWN_VIOLENCE_FLAG = "own-violence"


def offer_after(result: Result, already_run: Sequence[str] = ()) -> Offer:
    """What to offer after a result: follow-up instruments not yet run, urgency, services."""
    flag_ids = {flag.id for flag in result.flags}
    return Offer(
        follow_up_instruments=tuple(
            i for i in result.actions.instruments if i not in set(already_run)
        ),
        urgent=URGENT_FLAG in flag_ids,
        child_concern=CHILD_CONCERN_FLAG in flag_ids,
        own_violence=OWN_VIOLENCE_FLAG in flag_ids,
        services=tuple(result.actions.services),
        documents=tuple(result.actions.documents),
    )


def combined_colour(results: Sequence[Result]) -> str | None:
    """The most serious band colour over the instruments run in one consultation."""
    rank = {"green": 0, "yellow": 1, "red": 2}
    colours = [r.band.colour for r in results if r.band is not None]
    return max(colours, key=rank.__getitem__) if colours else None
