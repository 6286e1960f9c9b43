"""The consultation pathway, Qt-free: the gate before asking, when to ask next, and the steps.

Screens render this; they decide nothing. See ../shared/domain/screening.md sections 2 and 5.

The gate: questions about violence may only be asked when the person is alone (no partner,
family member or child old enough to understand), a needed interpreter is a professional one,
there is time, and the limits of confidentiality have been explained. On the phone and on video
the gate first asks "Er du alene? Kan nogen høre dig?" (before anything else). Otherwise the
clinician records "not asked" with a reason, and the pathway plans the next attempt. The form of
the consultation, who was present and the interpreter are recorded either way
(``domain.presence.Circumstances``).

When to ask: at the first contact, again during pregnancy, after the birth and during the
child's first year (screening.md section 2: ask all, and ask repeatedly), at the visits Danish
practice has. The visits are clinic settings (``AskingSchedule``, edited by an administrator);
see its docstring for the sources of the defaults and which of them the clinic must confirm.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Annotated, Any, Literal, get_args

from pydantic import Field

from screening_app.domain.base import StrictModel
from screening_app.domain.presence import (
    PRESENT,
    REMOTE_FORMS,
    Circumstances,
    ConsultationForm,
    Interpreter,
    Present,
)
from screening_app.domain.session import Result

GatePoint = Literal["remote-alone", "alone", "interpreter", "time", "confidentiality"]
# The points of an in-person consultation; on the phone and video "remote-alone" comes first.
GATE_POINTS: tuple[GatePoint, ...] = ("alone", "interpreter", "time", "confidentiality")
REMOTE_POINT: GatePoint = "remote-alone"

NotAskedReason = Literal[
    "partner-present",
    "family-interpreter",
    "no-private-room",
    "no-time",
    "declined",
]
NOT_ASKED_REASONS: tuple[NotAskedReason, ...] = get_args(NotAskedReason)

# Which reason a refused gate point suggests (the clinician may pick another). "partner-present"
# is the record's code for "not alone" (partner or others present; who exactly is in the
# presence record).
SUGGESTED_REASON: dict[GatePoint, NotAskedReason] = {
    "remote-alone": "partner-present",
    "alone": "partner-present",
    "interpreter": "family-interpreter",
    "time": "no-time",
    "confidentiality": "declined",
}


class Gate:
    """The points confirmed before the first question. Mutable while the clinician ticks.

    ``alone`` holds only while nobody who stops the asking is recorded as present; the
    ``interpreter`` point is the interpreter chosen (none or a professional one; a family member
    or friend refuses it); on the phone and video ``remote-alone`` ("Er du alene? Kan nogen
    høre dig?") comes first, and the other points open only once it is confirmed.
    """

    def __init__(self) -> None:
        self._confirmed: dict[GatePoint, bool] = {}
        self.form: ConsultationForm = "in-person"
        self.interpreter: Interpreter | None = None
        self.present: tuple[Present, ...] = ()

    # ------------------------------------------------------------ what is known
    def set_form(self, form: ConsultationForm) -> None:
        if form not in ("in-person", "phone", "video"):
            raise ValueError(f"unknown consultation form '{form}'")
        self.form = form

    def set_interpreter(self, interpreter: Interpreter | None) -> None:
        if interpreter is not None and interpreter not in (
            "none",
            "in-person",
            "phone",
            "video",
            "family",
        ):
            raise ValueError(f"unknown interpreter '{interpreter}'")
        self.interpreter = interpreter

    def set_present(self, present: Iterable[Present]) -> None:
        chosen = set(present)
        unknown = chosen - set(PRESENT)
        if unknown:
            raise ValueError(f"unknown presence {sorted(unknown)}")
        self.present = tuple(p for p in PRESENT if p in chosen)

    def confirm(self, point: GatePoint, confirmed: bool = True) -> None:
        if point == "interpreter":
            raise ValueError("the interpreter point is the interpreter chosen (set_interpreter)")
        if point not in (*GATE_POINTS, REMOTE_POINT):
            raise ValueError(f"unknown gate point '{point}'")
        self._confirmed[point] = confirmed

    # --------------------------------------------------------------- the points
    @property
    def remote(self) -> bool:
        return self.form in REMOTE_FORMS

    @property
    def points(self) -> tuple[GatePoint, ...]:
        """The points that apply, in the order they are asked."""
        return (REMOTE_POINT, *GATE_POINTS) if self.remote else GATE_POINTS

    @property
    def can_self_complete(self) -> bool:
        """The person can answer alone on the clinic's screen only when they are in the room."""
        return not self.remote

    def is_open(self, point: GatePoint) -> bool:
        """On the phone and video nothing else is asked before "are you alone?" is confirmed."""
        return point == REMOTE_POINT or not self.remote or self.is_confirmed(REMOTE_POINT)

    def is_confirmed(self, point: GatePoint) -> bool:
        if point == REMOTE_POINT:
            return self.remote and self._confirmed.get(point, False)
        if point == "alone":
            return self._confirmed.get(point, False) and not self.circumstances().others_present
        if point == "interpreter":
            return self.interpreter is not None and self.interpreter != "family"
        return self._confirmed.get(point, False)

    @property
    def unconfirmed(self) -> list[GatePoint]:
        return [p for p in self.points if not self.is_confirmed(p)]

    @property
    def may_ask(self) -> bool:
        """True only when every point is confirmed: then, and only then, questions may start."""
        return not self.unconfirmed and not self.circumstances().reasons_not_to_ask()

    def suggested_reason(self) -> NotAskedReason | None:
        """The not-asked reason the first unconfirmed point suggests (a family member or
        friend offered as interpreter suggests "family-interpreter" whatever else is open)."""
        if self.interpreter == "family":
            return "family-interpreter"
        missing = self.unconfirmed
        return SUGGESTED_REASON[missing[0]] if missing else None

    def reason_if_not_asked(self) -> NotAskedReason:
        """The reason to offer for "not asked": the first open point's, or, when every point
        holds, that the person did not want to be asked."""
        return self.suggested_reason() or "declined"

    def circumstances(self) -> Circumstances:
        """What the gate records with the screening, asked or not."""
        return Circumstances(
            form=self.form,
            interpreter=self.interpreter,
            present=self.present,
            remote_alone=self._confirmed.get(REMOTE_POINT, False) if self.remote else None,
        )


Week = Annotated[int, Field(ge=4, le=42)]


class AskingSchedule(StrictModel):
    """When to ask again: at the visits of the clinic's midwives and health visitors.

    The visits, as the sources describe them:

    - The midwife's consultations in pregnancy. Sundhedsstyrelsen, "Anbefalinger for
      svangreomsorgen" (version 4, 2022, https://sundhedsstyrelsen.dk/da/udgivelser/2022/
      Anbefalinger-for-svangreomsorgen): the basic offer is 4-7 midwife consultations, 3 GP
      consultations and possibly a pregnancy visit by the health visitor (the basic offer as
      summarised by medicin.wiki/wiki/svangreomsorg and by norden.org, "Graviditet och
      förlossning i Danmark"; the weeks of the midwife consultations are set by each birth
      site, and we found no week list from Sundhedsstyrelsen itself). Example schedules built
      on the recommendations: Region Nordjylland's midwife centre in Thisted, weeks 10-15, 21,
      29, 35 or 36, 37, 39 and 40-41 (pri.rn.dk/Sider/22218.aspx); moderliv.dk, weeks 15-16,
      22, 28, 35-36, 38-39 and 40. Default here: ask at the
      consultations around weeks 15, 29 and 36 (the first, one in the third trimester and one
      before the birth): TO BE CONFIRMED by the clinic against its own consultation plan.
    - The health visitor's pregnancy visit: offered "if needed" in the basic offer above; its
      week varies (Vejle: weeks 24-28; Gentofte: around week 30). Default here: week 32, TO BE
      CONFIRMED by the clinic; empty when the clinic has no such visit.
    - The health visitor's first visit after the birth: within the first week (Sundhedsstyrelsen,
      "Vejledning om forebyggende sundhedsydelser til børn og unge", 2019, as summarised in BMC
      Public Health 2023, doi:10.1186/s12889-023-15256-z, table 1: at least five visits in the
      first year, the first in the child's first week); municipalities visit on days 4-7
      (gentofte.dk: days 4-6; sundhedsplejen.vejle.dk: days 4-5; favrskov.dk: days 4-5).
      Default here: day 5, never the day of birth (at least day 1).
    - The health visitor's visits in the child's first year (same source): in the first month,
      at 2 months, at 4-6 months and at 8-10 months. Default here: ask at the visits at about 2
      months (week 9), 5 months (week 22) and 9 months (week 39): TO BE CONFIRMED by the clinic.

    A clinic with only midwives empties the health visitor's fields, and the other way round.
    After "not asked", ask again after ``retry_after_days`` (or at the next visit, if sooner).
    """

    midwife_weeks: Annotated[list[Week], Field(max_length=8)] = [15, 29, 36]
    pregnancy_visit_week: Week | None = 32
    first_visit_days: Annotated[int, Field(ge=1, le=90)] | None = 5
    child_age_weeks: Annotated[list[Annotated[int, Field(ge=1, le=104)]], Field(max_length=8)] = [
        9,
        22,
        39,
    ]
    retry_after_days: Annotated[int, Field(ge=1, le=90)] = 14


# What the schedule was called before the visits were named (stored clinic settings).
_OLD_KEYS = {"pregnancyWeeks", "afterBirthDays", "pregnancy_weeks", "after_birth_days"}


def migrate_schedule(data: dict[str, Any]) -> dict[str, Any]:
    """Stored settings of the first schedule, in today's form (today's pass through as they are).

    "Pregnancy weeks" were the midwife's consultations; "after birth, days" was the first visit
    after the birth, except its old default 0 (the day of birth), which becomes today's default;
    the child's ages and the retry interval keep their values; the health visitor's pregnancy
    visit, which did not exist, gets its default.
    """
    if not _OLD_KEYS & set(data):
        return data
    weeks = data.get("pregnancyWeeks", data.get("pregnancy_weeks"))
    days = data.get("afterBirthDays", data.get("after_birth_days"))
    migrated: dict[str, Any] = {}
    if weeks is not None:
        migrated["midwifeWeeks"] = weeks
    if isinstance(days, int) and not isinstance(days, bool) and days >= 1:
        migrated["firstVisitDays"] = days
    for old, new in (
        ("childAgeWeeks", "childAgeWeeks"),
        ("child_age_weeks", "childAgeWeeks"),
        ("retryAfterDays", "retryAfterDays"),
        ("retry_after_days", "retryAfterDays"),
    ):
        if old in data:
            migrated[new] = data[old]
    return migrated


@dataclass(frozen=True)
class AskingRecord:
    """One past attempt: asked (with its band colour) or not asked (with its reason)."""

    date: dt.date
    asked: bool
    reason: NotAskedReason | None = None


NextAskWhy = Literal[
    "never-asked", "retry", "pregnancy-week", "pregnancy-visit", "after-birth", "child-age"
]


@dataclass(frozen=True)
class NextAsk:
    """When to ask next, and at which visit: the midwife's consultation in a pregnancy week
    ("pregnancy-week"), the health visitor's pregnancy visit ("pregnancy-visit"), the first
    visit after the birth ("after-birth", detail: the day) or a visit in the child's first year
    ("child-age", detail: the child's age in weeks)."""

    date: dt.date
    why: NextAskWhy
    detail: int | None = None  # the pregnancy week, the day after the birth, or weeks of age
    overdue: bool = False


def _schedule_points(
    schedule: AskingSchedule, expected_birth: dt.date | None, birth: dt.date | None
) -> list[NextAsk]:
    points: list[NextAsk] = []
    days = schedule.first_visit_days
    if expected_birth is not None and birth is None:
        for week in sorted(set(schedule.midwife_weeks)):
            when = expected_birth - dt.timedelta(weeks=40 - week)
            points.append(NextAsk(when, "pregnancy-week", week))
        visit = schedule.pregnancy_visit_week
        if visit is not None:
            when = expected_birth - dt.timedelta(weeks=40 - visit)
            points.append(NextAsk(when, "pregnancy-visit", visit))
        if days is not None:
            points.append(NextAsk(expected_birth + dt.timedelta(days=days), "after-birth", days))
    born = birth or None
    if born is not None and days is not None:
        points.append(NextAsk(born + dt.timedelta(days=days), "after-birth", days))
    anchor = born or expected_birth
    if anchor is not None:
        points.extend(
            NextAsk(anchor + dt.timedelta(weeks=weeks), "child-age", weeks)
            for weeks in sorted(set(schedule.child_age_weeks))
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


def follow_up_suggested(result: Result) -> bool:
    """Whether the result calls for a follow-up task at the person's next visit ("Følg op ved
    næste besøg"): a band that is not green (a positive screen), a raised flag, or a band left
    open by declined answers. The clinician may still add one, or leave it out."""
    positive = result.band is not None and result.band.colour != "green"
    return positive or bool(result.flags) or result.undetermined


@dataclass(frozen=True)
class CoParentStatus:
    """The two linked parents of one child and being asked alone: dates only, no content.

    Both parents are asked, each on their own (screening.md section 2). When this parent has
    been asked and the other not yet, the pathway says so ("Den anden forælder er ikke spurgt
    alene endnu").
    """

    this_asked: bool
    other_asked_on: tuple[dt.date, ...]

    @property
    def other_asked(self) -> bool:
        return bool(self.other_asked_on)

    @property
    def other_not_asked_yet(self) -> bool:
        return self.this_asked and not self.other_asked


def combined_colour(results: Sequence[Result]) -> str | None:
    """The most serious band colour over the instruments run in one consultation."""
    rank = {"green": 0, "yellow": 1, "red": 2}
    colours = [r.band.colour for r in results if r.band is not None]
    return max(colours, key=rank.__getitem__) if colours else None
