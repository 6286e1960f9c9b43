"""The engine's journal: each intent carried out, with its outcome, in order and timed; the
same steps without a journal; refused intents leave no trace; the journal round-trips as data."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from screening_app.domain.instrument import is_question
from screening_app.domain.presence import Circumstances
from screening_app.instruments.catalog import load_catalog
from screening_app.services.consultation import (
    Asking,
    ConsultationEngine,
    Journal,
    NavigationError,
)
from screening_app.services.consultation import journal as j
from screening_app.services.screenings import FollowUp
from tests.services.memory_store import MemoryStore, NoCopies, overview_of, person

TODAY = dt.date(2026, 3, 2)
CATALOG = load_catalog()
SAFE = Circumstances(form="in-person", interpreter="none", present=(), remote_alone=None)


class Ticks:
    """A clock that moves one minute per reading."""

    def __init__(self) -> None:
        self.now = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        self.now += dt.timedelta(minutes=1)
        return self.now


def engine(journal: Journal | None = None) -> ConsultationEngine:
    record = person(
        "pregnant-woman",
        child_birth_date=TODAY + dt.timedelta(days=120),
        child_birth_date_kind="expected",
    )
    return ConsultationEngine(
        overview_of(record),
        screenings=MemoryStore(CATALOG.instruments.values()),
        copies=NoCopies(),
        instruments=CATALOG.instruments,
        today=lambda: TODAY,
        language=lambda: "da",
        printable=True,
        journal=journal,
    )


def answer_all(target: ConsultationEngine, answers: dict[str, Any]) -> list[str]:
    step = target.step
    assert isinstance(step, Asking)
    asked = []
    for item in list(step.session.instrument.items_by_id.values()):
        if is_question(item) and step.session.is_visible(item.link_id):
            target.answer(item.link_id, answers.get(item.link_id, "no"))
            asked.append(item.link_id)
    return asked


def positive_then_red_flag(target: ConsultationEngine) -> list[str]:
    """The whole path: gate, screen, result, follow-up check, result, finalise, done."""
    target.open_gate()
    target.start("ipv-screen", "da", circumstances=SAFE)
    asked = answer_all(target, {"afraid": "yes"})
    screen = target.finish()
    target.follow_up(
        "safety-check",
        next_ask=screen.next_ask,
        follow_up=FollowUp(TODAY + dt.timedelta(days=7), ""),
    )
    asked += answer_all(target, {"strangulation": "yes", "safe-home-today": "yes"})
    target.finish()
    target.finalise(TODAY + dt.timedelta(days=14))
    target.done()
    return asked


def test_the_journal_holds_each_intent_and_its_outcome_in_order() -> None:
    journal = Journal(clock=Ticks())
    asked = positive_then_red_flag(engine(journal))
    kinds = [e.event.kind for e in journal]
    runs = [k for i, k in enumerate(kinds) if i == 0 or k != kinds[i - 1]]  # answers as one
    assert runs == [
        "gate-opened",
        "started",
        "answered",
        "result",
        "finalised",
        "started",
        "answered",
        "result",
        "finalised",
        "result",
        "left",
    ]
    started = journal.of(j.Started)
    assert [(s.instrument_id, s.via) for s in started] == [
        ("ipv-screen", "gate"),
        ("safety-check", "follow-up"),
    ]
    assert started[0].circumstances == SAFE
    assert started[0].language == "da"
    assert [a.link_id for a in journal.of(j.Answered)] == asked
    assert {a.value for a in journal.of(j.Answered)} == {"yes", "no"}
    results = journal.of(j.ResultShown)
    assert [(r.instrument_id, r.band, r.finalised) for r in results] == [
        ("ipv-screen", "positive", False),
        ("safety-check", "red-flags", False),
        ("safety-check", "red-flags", True),
    ]
    assert "urgent" in results[1].flags
    assert results[1].offered[0] == "safety-plan"
    finalised = journal.of(j.Finalised)
    assert [(f.instrument_id, f.follow_up) for f in finalised] == [
        ("ipv-screen", TODAY + dt.timedelta(days=7)),  # finalised before the follow-up
        ("safety-check", None),
    ]
    assert finalised[1].next_ask == TODAY + dt.timedelta(days=14)
    assert journal.of(j.Left) == [j.Left(done=True)]
    # stamped in order by the journal's clock
    times = [e.at for e in journal]
    assert times == sorted(times)
    assert len(set(times)) == len(times)


def test_without_a_journal_the_engine_takes_the_same_steps() -> None:
    plain, journalled = engine(), engine(Journal())
    assert positive_then_red_flag(plain) == positive_then_red_flag(journalled)
    assert plain.step == journalled.step


def test_refused_intents_leave_no_trace_and_not_asked_is_kept() -> None:
    journal = Journal()
    target = engine(journal)
    target.open_gate()
    with pytest.raises(NavigationError):
        target.finish()
    partner = Circumstances(form="in-person", interpreter="none", present=("partner",))
    target.not_asked("partner-present", TODAY + dt.timedelta(days=14), partner)
    assert [e.event for e in journal] == [
        j.GateOpened(),
        j.NotAsked("partner-present", TODAY + dt.timedelta(days=14), partner),
    ]


def test_the_journal_round_trips_as_data() -> None:
    journal = Journal(clock=Ticks())
    positive_then_red_flag(engine(journal))
    journal.add(j.DocumentOpened("safety-plan", 2))
    again = Journal.from_json(journal.to_json())
    assert again.entries == journal.entries
    with pytest.raises(ValueError, match="unknown event type"):
        Journal.from_json([{"type": "nonsense", "at": "2026-03-02T09:00:00+00:00"}])
    with pytest.raises(ValueError, match="not valid"):
        j.circumstances_from_json({"form": "letter"})
