"""The gate with the consultation's form, who is present and the interpreter; the asking
schedule of midwives and health visitors; the follow-up and co-parent rules."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from screening_app.domain.answers import DECLINED
from screening_app.domain.context import Context
from screening_app.domain.pathway import (
    REMOTE_POINT,
    AskingRecord,
    AskingSchedule,
    CoParentStatus,
    Gate,
    follow_up_suggested,
    migrate_schedule,
    next_ask,
)
from screening_app.domain.presence import Circumstances
from screening_app.domain.session import Session
from screening_app.instruments.yaml_format import load_instrument

TODAY = dt.date(2026, 3, 2)
IPV = Path(__file__).parents[2] / "questionnaires" / "ipv-screen.yaml"


def safe_gate() -> Gate:
    gate = Gate()
    gate.confirm("alone")
    gate.set_interpreter("none")
    gate.confirm("time")
    gate.confirm("confidentiality")
    assert gate.may_ask
    return gate


# ------------------------------------------------------------------------- the gate
@pytest.mark.parametrize(
    ("interpreter", "may_ask", "reason"),
    [
        ("none", True, None),
        ("in-person", True, None),
        ("phone", True, None),
        ("video", True, None),
        ("family", False, "family-interpreter"),
        (None, False, "family-interpreter"),  # not chosen yet: the interpreter point is open
    ],
)
def test_only_a_professional_interpreter_or_none(
    interpreter: str | None, may_ask: bool, reason: str | None
) -> None:
    gate = safe_gate()
    gate.set_interpreter(interpreter)  # type: ignore[arg-type]
    assert gate.may_ask == may_ask
    assert gate.suggested_reason() == reason
    assert gate.reason_if_not_asked() == (reason or "declined")


def test_a_family_interpreter_stops_the_gate_whatever_else_is_open() -> None:
    gate = Gate()
    gate.set_interpreter("family")
    assert gate.suggested_reason() == "family-interpreter"  # even before "alone" is ticked
    assert gate.circumstances().interpreter == "family"


@pytest.mark.parametrize(
    ("present", "may_ask"),
    [
        ((), True),
        (("young-child",), True),  # a child too young to understand may stay
        (("partner",), False),
        (("family-member",), False),
        (("older-child",), False),
        (("other-adult", "young-child"), False),
    ],
)
def test_alone_holds_only_while_nobody_who_stops_the_asking_is_present(
    present: tuple[str, ...], may_ask: bool
) -> None:
    gate = safe_gate()
    gate.set_present(present)  # type: ignore[arg-type]
    assert gate.may_ask == may_ask
    assert gate.is_confirmed("alone") == may_ask
    if not may_ask:
        assert gate.suggested_reason() == "partner-present"  # the record's "not alone"


def test_on_the_phone_or_video_are_you_alone_comes_before_anything_else() -> None:
    for form in ("phone", "video"):
        gate = safe_gate()
        gate.set_form(form)  # type: ignore[arg-type]
        assert gate.points[0] == REMOTE_POINT
        assert not gate.may_ask
        assert gate.unconfirmed == [REMOTE_POINT]
        assert not gate.is_open("alone")
        assert gate.circumstances().remote_alone is False
        gate.confirm(REMOTE_POINT)
        assert gate.is_open("alone")
        assert gate.may_ask
        assert gate.circumstances() == Circumstances(
            form=form,  # type: ignore[arg-type]
            interpreter="none",
            present=(),
            remote_alone=True,
        )
        assert not gate.can_self_complete  # the person is not at the clinic's screen
    in_person = safe_gate()
    assert in_person.can_self_complete
    assert REMOTE_POINT not in in_person.points
    assert in_person.circumstances().remote_alone is None


def test_circumstances_check_their_codes_and_round_trip_as_stored() -> None:
    good = Circumstances(form="video", interpreter="phone", present=(), remote_alone=True)
    assert good.problems() == []
    assert good.reasons_not_to_ask() == []
    stored = (good.form, good.stored_interpreter(), good.presence_json())
    assert Circumstances.from_record(*stored) == good
    family = Circumstances(interpreter="family", present=("partner",))
    assert family.stored_interpreter() is None
    assert (
        Circumstances.from_record(family.form, family.stored_interpreter(), family.presence_json())
        == family
    )
    assert Circumstances.from_record(None, None, None) is None  # before schema v3
    bad = [
        Circumstances(form="letter"),  # type: ignore[arg-type]
        Circumstances(interpreter="cousin"),  # type: ignore[arg-type]
        Circumstances(present=("neighbour",)),  # type: ignore[arg-type]
        Circumstances(present=("partner", "partner")),
        Circumstances(form="in-person", remote_alone=True),
    ]
    for circumstances in bad:
        assert circumstances.problems(), circumstances


# ----------------------------------------------------------------------- the schedule
def test_the_defaults_never_ask_on_the_day_of_birth() -> None:
    schedule = AskingSchedule()
    assert schedule.first_visit_days is not None
    assert 4 <= schedule.first_visit_days <= 7
    with pytest.raises(ValueError, match="greater than or equal to 1"):
        AskingSchedule(first_visit_days=0)
    birth = TODAY
    asked_in_pregnancy = [AskingRecord(TODAY - dt.timedelta(weeks=2), asked=True)]
    coming = next_ask(asked_in_pregnancy, TODAY, schedule, birth=birth)
    assert coming is not None
    assert (coming.why, coming.detail) == ("after-birth", 5)
    assert coming.date == birth + dt.timedelta(days=5)


def test_midwife_and_health_visitor_visits_in_order() -> None:
    expected = TODAY + dt.timedelta(weeks=30)  # 10 weeks pregnant
    seen = []
    day = TODAY
    for _ in range(8):
        coming = next_ask([AskingRecord(day, asked=True)], day, AskingSchedule(), expected)
        if coming is None:
            break
        seen.append((coming.why, coming.detail))
        day = coming.date
    assert seen == [
        ("pregnancy-week", 15),
        ("pregnancy-week", 29),
        ("pregnancy-visit", 32),
        ("pregnancy-week", 36),
        ("after-birth", 5),
        ("child-age", 9),
        ("child-age", 22),
        ("child-age", 39),
    ]


def test_a_midwife_clinic_empties_the_health_visitors_visits() -> None:
    midwives = AskingSchedule(pregnancy_visit_week=None, first_visit_days=None, child_age_weeks=[])
    expected = TODAY + dt.timedelta(weeks=4)  # 36 weeks pregnant
    coming = next_ask([AskingRecord(TODAY, asked=True)], TODAY, midwives, expected)
    assert coming is None


@pytest.mark.parametrize(
    ("stored", "expected"),
    [
        (
            {"pregnancyWeeks": [13, 27], "afterBirthDays": 0, "childAgeWeeks": [26],
             "retryAfterDays": 14},
            {"midwifeWeeks": [13, 27], "childAgeWeeks": [26], "retryAfterDays": 14},
        ),
        (
            {"pregnancyWeeks": [12], "afterBirthDays": 6, "childAgeWeeks": [8, 30],
             "retryAfterDays": 7},
            {"midwifeWeeks": [12], "firstVisitDays": 6, "childAgeWeeks": [8, 30],
             "retryAfterDays": 7},
        ),
        ({"midwifeWeeks": [20]}, {"midwifeWeeks": [20]}),  # today's form passes through
    ],
)  # fmt: skip
def test_stored_schedules_of_the_first_form_are_read_in_todays(
    stored: dict[str, object], expected: dict[str, object]
) -> None:
    migrated = migrate_schedule(dict(stored))
    assert migrated == expected
    schedule = AskingSchedule.model_validate(migrated)
    assert schedule.first_visit_days is not None
    assert schedule.first_visit_days >= 1


# -------------------------------------------------------- follow-up and co-parents
def _ipv(**answers: object) -> Session:
    session = Session(load_instrument(IPV), "da", Context(role="pregnant-woman", phase="pregnant"))
    for link_id in (
        "humiliated",
        "afraid",
        "forced-sex",
        "hurt",
        "hurt-pregnancy",
        "family-violence",
    ):
        session.answer(link_id, answers.get(link_id, "no"))
    session.answer("own-violence", answers.get("own_violence", "no"))
    session.answer("children-at-home", "no")
    return session


def test_a_follow_up_is_suggested_after_a_positive_or_open_result_only() -> None:
    assert not follow_up_suggested(_ipv().result())
    assert follow_up_suggested(_ipv(afraid="yes").result())
    assert follow_up_suggested(_ipv(hurt=DECLINED).result())  # the band is left open
    assert follow_up_suggested(_ipv(own_violence="yes").result())  # a flag


def test_the_other_parent_prompt() -> None:
    assert CoParentStatus(this_asked=True, other_asked_on=()).other_not_asked_yet
    assert not CoParentStatus(this_asked=True, other_asked_on=(TODAY,)).other_not_asked_yet
    assert not CoParentStatus(this_asked=False, other_asked_on=()).other_not_asked_yet
