"""The gate, the asking schedule and what the result offers next."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from screening_app.domain.pathway import (
    GATE_POINTS,
    AskingRecord,
    AskingSchedule,
    Gate,
    combined_colour,
    next_ask,
    offer_after,
)
from screening_app.domain.session import Session
from screening_app.instruments.yaml_format import load_instrument

TODAY = dt.date(2026, 11, 27)
SCHEDULE = AskingSchedule()


def test_questions_cannot_start_until_every_gate_point_is_confirmed() -> None:
    gate = Gate()
    assert not gate.may_ask
    assert gate.points == GATE_POINTS
    gate.confirm("alone")
    gate.set_interpreter("none")
    gate.confirm("time")
    assert not gate.may_ask
    gate.confirm("confidentiality")
    assert gate.may_ask
    gate.confirm("alone", confirmed=False)
    assert not gate.may_ask
    assert gate.suggested_reason() == "partner-present"
    with pytest.raises(ValueError, match="unknown gate point"):
        gate.confirm("mood")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="set_interpreter"):
        gate.confirm("interpreter")


def test_never_asked_means_ask_now() -> None:
    assert next_ask([], TODAY, SCHEDULE, expected_birth=TODAY + dt.timedelta(weeks=30)) == (
        next_ask([], TODAY, SCHEDULE)
    )
    result = next_ask([], TODAY, SCHEDULE)
    assert result is not None
    assert (result.date, result.why) == (TODAY, "never-asked")


def test_asked_in_pregnancy_then_the_next_midwife_consultation() -> None:
    expected = TODAY + dt.timedelta(weeks=30)  # 10 weeks pregnant today
    history = [AskingRecord(TODAY, asked=True)]
    result = next_ask(history, TODAY, SCHEDULE, expected_birth=expected)
    assert result is not None
    assert (result.why, result.detail) == ("pregnancy-week", 15)
    assert result.date == expected - dt.timedelta(weeks=25)


def test_not_asked_is_retried_after_the_interval_or_at_the_next_point() -> None:
    expected = TODAY + dt.timedelta(weeks=30)
    history = [AskingRecord(TODAY, asked=False, reason="partner-present")]
    result = next_ask(history, TODAY, SCHEDULE, expected_birth=expected)
    assert result is not None
    assert (result.date, result.why) == (TODAY + dt.timedelta(days=14), "retry")
    close = AskingSchedule(midwife_weeks=[11], retry_after_days=30)
    result = next_ask(history, TODAY, close, expected_birth=expected)
    assert result is not None
    assert (result.why, result.detail) == ("pregnancy-week", 11)


def test_a_passed_point_is_overdue_and_the_schedule_ends() -> None:
    birth = TODAY - dt.timedelta(weeks=30)
    history = [AskingRecord(birth + dt.timedelta(days=5), asked=True)]
    result = next_ask(history, TODAY, SCHEDULE, birth=birth)
    assert result is not None
    assert result.overdue
    assert (result.why, result.detail) == ("child-age", 9)
    last = next_ask([AskingRecord(TODAY, asked=True)], TODAY, SCHEDULE, birth=birth)
    assert last is not None
    assert (last.why, last.detail) == ("child-age", 39)
    done = next_ask(
        [AskingRecord(birth + dt.timedelta(weeks=40), asked=True)], TODAY, SCHEDULE, birth=birth
    )
    assert done is None


def test_offer_after_a_result_comes_from_the_instrument_data() -> None:
    instrument = load_instrument(Path(__file__).parents[1] / "data" / "minimal.yaml")
    session = Session(instrument, "en")
    session.answer("q1", "yes")
    session.answer("q2", "yes")
    offer = offer_after(session.result())
    assert offer.urgent
    assert not offer.child_concern
    assert offer.follow_up_instruments == ()
    assert combined_colour([session.result()]) == "yellow"
    assert combined_colour([]) is None
