"""The consultation engine without a window: every path of the bundled instruments, and the
consultation's scenarios on the encrypted record.

1. Every path: each bundled instrument is walked through ``ConsultationEngine`` (answers given
   and taken back through the engine, a result at every leaf, then back to the questions), for
   every kind of person the record can hold (role x expected/born/no child), on a store kept in
   memory; every leaf's step is checked against the pathway's rules.
2. Scenarios on the real encrypted store: the gate stops, negative, positive then the safety
   check with a red flag, child concern, own violence, declined answers, resume after a kill
   (a child process killed while answering), override, amend; and the navigation map refuses
   what a step does not offer.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from screening_app.domain.answers import DECLINED
from screening_app.domain.instrument import Instrument, is_question
from screening_app.domain.pathway import CHILD_CONCERN_FLAG, OWN_VIOLENCE_FLAG, URGENT_FLAG
from screening_app.domain.person_context import context_for_person
from screening_app.domain.presence import Circumstances
from screening_app.domain.session import Session
from screening_app.instruments.catalog import load_catalog
from screening_app.services.accounts import Accounts, Setup
from screening_app.services.clinic_settings import ClinicSettings
from screening_app.services.consultation import (
    NAVMAP,
    Asking,
    AtGate,
    ConsultationEngine,
    Ended,
    NavigationError,
    ShowingResult,
    offered,
)
from screening_app.services.consultation.navigation import Intent
from screening_app.services.person_overview import PersonOverviewService
from screening_app.services.persons import PersonService
from screening_app.services.record_note_copy import RecordNoteCopies
from screening_app.services.screenings import FollowUp, ScreeningService
from screening_app.storage.records import PersonData
from tests.instruments.paths import Walk, compared_constants
from tests.services.memory_store import MemoryStore, NoCopies, overview_of, person
from tests.storage.helpers import REPO

TODAY = dt.date(2026, 3, 2)
SAFE = Circumstances(form="in-person", interpreter="none", present=(), remote_alone=None)
CATALOG = load_catalog()
IPV = CATALOG.get("ipv-screen")
SAFETY = CATALOG.get("safety-check")
ROLES = ("pregnant-woman", "new-mother", "father-co-parent", "other")
CHILD = {
    "expected": {
        "child_birth_date": TODAY + dt.timedelta(days=120),
        "child_birth_date_kind": "expected",
    },
    "born": {"child_birth_date": TODAY - dt.timedelta(days=30), "child_birth_date_kind": "actual"},
    "none": {},
}


# ------------------------------------------------------------------ 1. every path
def distinct_persons(instrument: Instrument) -> list[Any]:
    """One person for each context the instrument can tell apart, out of every kind of person
    the record holds (each role, with a child expected, born, or none recorded)."""
    _by_item, by_context = compared_constants(instrument)
    keys = sorted(by_context)
    found: dict[tuple[Any, ...], Any] = {}
    for role in ROLES:
        for child in CHILD.values():
            record = person(role, **child)
            data = record.data
            context = context_for_person(
                data.role, data.child_birth_date, data.child_birth_date_kind, TODAY
            )
            found.setdefault(tuple(context.value(k) for k in keys), record)
    return list(found.values())


class EngineWalk:
    """Every path of one instrument, driven through the engine's intents."""

    def __init__(self, engine: ConsultationEngine, walk: Walk) -> None:
        self.engine = engine
        self.walk = walk
        self.leaves = 0
        self.results: list[ShowingResult] = []

    def run(self, session: Session) -> None:
        self._visit(session, 0)

    def _visit(self, session: Session, cursor: int) -> None:
        order = self.walk.compiled.order
        items = self.walk.compiled.items
        position = next(
            (
                p
                for p in range(cursor, len(order))
                if is_question(items[order[p]]) and session.is_visible(order[p])
            ),
            None,
        )
        if position is None:
            step = self.engine.finish()
            self.results.append(step)
            self.leaves += 1
            assert self.engine.back().session is session  # one session, kept
            return
        link_id = order[position]
        for value in self.walk.candidates[link_id]:
            self.engine.answer(link_id, value)
            self._visit(session, position + 1)
            self.engine.answer(link_id, None)


def check_leaf(step: ShowingResult) -> None:
    """The pathway's rules for what a result offers next."""
    shown = step.shown
    flags = {flag.id for flag in shown.flags}
    kinds = [s.kind for s in step.next_steps]
    assert shown.band is not None or shown.undetermined  # complete: a band, or left open
    if OWN_VIOLENCE_FLAG in flags:
        assert shown.band is None or shown.band.colour != "green"  # never a green negative
    assert kinds[kinds.index("resource-card")]
    assert "referral-letter" in kinds
    if URGENT_FLAG in flags:
        assert step.concerns[0].id == URGENT_FLAG  # urgent first
        assert kinds[0] == "safety-plan"
        assert step.next_steps[0].urgent
    if CHILD_CONCERN_FLAG in flags:
        assert "notification" in kinds
    else:
        assert "notification" not in kinds
    recommended = [s.instrument_id for s in step.next_steps if s.kind == "follow-up-instrument"]
    assert recommended == list(step.follow_ups)
    if step.follow_ups:
        assert kinds[0] in ("follow-up-instrument", "safety-plan")
    positive = shown.band is not None and shown.band.colour != "green"
    assert step.follow_up_suggested == (positive or bool(flags) or shown.undetermined)
    assert not set(step.steps) & {s for f in shown.flags for s in f.actions.steps}


@pytest.mark.slow
@pytest.mark.parametrize("instrument", [IPV, SAFETY], ids=lambda i: i.id)
def test_every_path_of_the_bundled_instruments_through_the_engine(instrument: Instrument) -> None:
    walk = Walk.of(instrument)
    assert walk.is_exhaustive()
    store = MemoryStore(CATALOG.instruments.values())
    leaves = 0
    bands: set[str | None] = set()
    for record in distinct_persons(instrument):
        if True:
            engine = ConsultationEngine(
                overview_of(record),
                screenings=store,
                copies=NoCopies(),
                instruments=CATALOG.instruments,
                today=lambda: TODAY,
                language=lambda: "da",
            )
            engine.open_gate()
            asking = engine.start(instrument.id, "da", circumstances=SAFE)
            walker = EngineWalk(engine, walk)
            walker.run(asking.session)
            for step in walker.results:
                check_leaf(step)
                bands.add(step.shown.band.id if step.shown.band else None)
            leaves += walker.leaves
            assert engine.leave() == Ended(recorded=True)
    # every band of the instrument is reached through the engine
    assert instrument.outcome is not None
    assert {b.id for b in instrument.outcome.bands} <= bands
    assert leaves >= 1000


# -------------------------------------------------------------- 2. on the record
class Clinic:
    def __init__(self, setup: Setup, accounts: Accounts) -> None:
        self.session = setup.session
        self.accounts = accounts
        self.persons = PersonService(self.session)
        self.screenings = ScreeningService(self.session, CATALOG.every_version())
        self.settings = ClinicSettings(self.session)
        self.overviews = PersonOverviewService(
            self.session, CATALOG.instruments, self.settings, lambda: TODAY
        )

    def person(self, role: str = "pregnant-woman", child: str = "expected") -> int:
        data = PersonData(name="Mette Hansen", role=role, **CHILD[child])  # type: ignore[arg-type]
        return self.persons.create(data).id

    def engine(self, person_id: int) -> ConsultationEngine:
        return ConsultationEngine(
            self.overviews.overview(person_id),
            screenings=self.screenings,
            copies=RecordNoteCopies(self.session),
            instruments=CATALOG.instruments,
            today=lambda: TODAY,
            language=lambda: "da",
            printable=True,
        )


@pytest.fixture
def clinic(setup: Setup, accounts: Accounts) -> Clinic:
    return Clinic(setup, accounts)


def answer_all(engine: ConsultationEngine, answers: dict[str, Any], default: Any = "no") -> None:
    step = engine.step
    assert isinstance(step, Asking)
    session = step.session
    for item in list(session.instrument.items_by_id.values()):
        if is_question(item) and session.is_visible(item.link_id):
            engine.answer(item.link_id, answers.get(item.link_id, default))


def test_the_gate_stops_and_records_not_asked(clinic: Clinic) -> None:
    pid = clinic.person()
    engine = clinic.engine(pid)
    gate = engine.open_gate()
    assert isinstance(gate, AtGate)
    assert gate.preferred == "ipv-screen"
    assert gate.instruments[0].id == "ipv-screen"
    assert gate.retry_date == TODAY + dt.timedelta(
        days=clinic.overviews.overview(pid).schedule.retry_after_days
    )
    partner = Circumstances(form="in-person", interpreter="none", present=("partner",))
    ended = engine.not_asked("partner-present", TODAY + dt.timedelta(days=14), partner)
    assert ended == Ended(recorded=True)
    with pytest.raises(NavigationError):
        engine.start("ipv-screen", "da", circumstances=SAFE)
    event = clinic.overviews.overview(pid).events[0]
    assert (event.asked, event.not_asked_reason) == (False, "partner-present")
    assert event.circumstances is not None
    assert event.circumstances.present == ("partner",)


def test_negative_screen_offers_the_card_and_finalises(clinic: Clinic) -> None:
    engine = clinic.engine(clinic.person())
    engine.open_gate()
    asking = engine.start("ipv-screen", "da", circumstances=SAFE)
    assert asking.start_at is None
    assert not asking.self_complete
    answer_all(engine, {})
    result = engine.finish()
    assert result.shown.band is not None
    assert result.shown.band.id == "negative"
    assert [s.kind for s in result.next_steps] == ["resource-card", "referral-letter"]
    assert result.next_steps[0].recommended
    assert not result.next_steps[1].recommended
    assert not result.follow_up_suggested
    assert result.follow_ups == ()
    assert result.next_ask is not None
    assert result.next_ask > TODAY
    final = engine.finalise(result.next_ask)
    assert final.finalised
    assert "print-completed" in [s.kind for s in final.next_steps]
    for intent in ("back", "override", "finalise"):
        assert intent not in offered("result", finalised=True)
    with pytest.raises(NavigationError):
        engine.back()
    assert engine.done() == Ended(recorded=True)


def test_positive_screen_then_the_safety_check_with_a_red_flag(clinic: Clinic) -> None:
    pid = clinic.person()
    engine = clinic.engine(pid)
    engine.open_gate()
    engine.start("ipv-screen", "da", circumstances=SAFE)
    answer_all(engine, {"afraid": "yes"})
    screen = engine.finish()
    assert screen.shown.band is not None
    assert screen.shown.band.id == "positive"
    assert screen.follow_ups == ("safety-check",)
    assert screen.next_steps[0].kind == "follow-up-instrument"
    assert screen.next_steps[0].instrument_id == "safety-check"
    assert screen.follow_up_suggested
    # the follow-up finalises the screen first, with the date and task the clinician left
    follow_up = FollowUp(TODAY + dt.timedelta(days=7), "")
    asking = engine.follow_up("safety-check", next_ask=screen.next_ask, follow_up=follow_up)
    first = clinic.screenings.open(screen.screening_id).screening
    assert first.status == "finalised"
    assert first.band_id == "positive"
    assert asking.session.instrument.id == "safety-check"
    answer_all(engine, {"strangulation": "yes", "safe-home-today": "yes"})
    check = engine.finish()
    assert check.shown.band is not None
    assert check.shown.band.colour == "red"
    assert check.concerns[0].id == URGENT_FLAG
    assert check.next_steps[0].kind == "safety-plan"
    assert check.next_steps[0].urgent
    assert check.follow_ups == ()  # the screen and the check were both run here
    assert check.follow_up_planned == follow_up.due_date
    engine.finalise(None)
    # one task at the next visit, on the person's page
    tasks = clinic.overviews.overview(pid).open_tasks
    assert [(t.kind, t.due_date) for t in tasks if t.kind == "follow-up"] == [
        ("follow-up", follow_up.due_date)
    ]


def test_child_concern_offers_the_notification(clinic: Clinic) -> None:
    engine = clinic.engine(clinic.person(child="expected"))
    engine.open_gate()
    engine.start("ipv-screen", "da", circumstances=SAFE)
    answer_all(engine, {"hurt": "yes"})
    result = engine.finish()
    assert CHILD_CONCERN_FLAG in {f.id for f in result.shown.flags}
    assert "notification" in [s.kind for s in result.next_steps]


@pytest.mark.parametrize("role", ROLES)
def test_own_violence_alone_is_its_own_outcome_never_green(clinic: Clinic, role: str) -> None:
    engine = clinic.engine(clinic.person(role=role, child="born"))
    engine.open_gate()
    engine.start("ipv-screen", "da", circumstances=SAFE)
    answer_all(engine, {"own-violence": "yes", "own-violence-father": "yes"})
    result = engine.finish()
    assert result.shown.band is not None
    assert result.shown.band.colour != "green"
    assert OWN_VIOLENCE_FLAG in {f.id for f in result.shown.flags}
    assert result.follow_up_suggested


def test_declined_answers_leave_the_result_open(clinic: Clinic) -> None:
    engine = clinic.engine(clinic.person())
    engine.open_gate()
    engine.start("ipv-screen", "da", circumstances=SAFE)
    answer_all(engine, {"humiliated": DECLINED, "hurt": DECLINED})
    result = engine.finish()
    assert result.shown.band is None
    assert result.shown.undetermined
    assert result.follow_up_suggested
    final = engine.finalise(None)
    assert final.finalised
    assert final.shown.declined == ("humiliated", "hurt")


def test_override_is_kept_with_its_reason_and_amend_makes_a_new_version(clinic: Clinic) -> None:
    pid = clinic.person()
    engine = clinic.engine(pid)
    engine.open_gate()
    engine.start("ipv-screen", "da", circumstances=SAFE)
    answer_all(engine, {})
    engine.finish()
    changed = engine.override("positive", "Personen fortalte mere efter spørgsmålene.")
    assert changed.computed.band is not None
    assert changed.computed.band.id == "negative"
    assert changed.shown.band is not None
    assert changed.shown.band.id == "positive"
    assert "safety-check" in changed.follow_ups  # what to do follows the chosen band
    back = engine.override("negative", "fortrudt")  # the computed band: no override at all
    assert back.override is None
    engine.override("positive", "Personen fortalte mere efter spørgsmålene.")
    final = engine.finalise(None)
    stored = clinic.screenings.open(final.screening_id).screening
    assert stored.override_band_id == "positive"
    with pytest.raises(NavigationError):
        engine.override("negative", "x")
    # reopened later: the override is there, with its reason, never a placeholder
    again = clinic.engine(pid)
    reopened = again.resume(final.screening_id)
    assert isinstance(reopened, ShowingResult)
    assert reopened.finalised
    assert reopened.override is not None
    assert reopened.override.reason == "Personen fortalte mere efter spørgsmålene."
    amended = again.amend("Svaret på spørgsmål 2 var forkert noteret.")
    assert amended.version == 2
    assert amended.session.given("afraid") == "no"  # the answers are copied
    answer_all(again, {"afraid": "yes"})
    assert again.finish().shown.band.id == "positive"  # type: ignore[union-attr]


def test_the_navigation_map_refuses_what_a_step_does_not_offer(clinic: Clinic) -> None:
    engine = clinic.engine(clinic.person())
    intents: tuple[Intent, ...] = ("finish", "back", "override", "finalise", "amend", "done")
    for intent in intents:
        assert intent not in NAVMAP["idle"]
    with pytest.raises(NavigationError):
        engine.finish()
    with pytest.raises(NavigationError):
        engine.start("ipv-screen", "da")  # the gate first
    engine.open_gate()
    with pytest.raises(NavigationError):
        engine.amend("x")
    engine.start("ipv-screen", "da", circumstances=SAFE)
    with pytest.raises(NavigationError):
        engine.finalise(None)  # the result first
    assert engine.step_name == "asking"


def test_an_answer_the_record_refuses_is_taken_back(clinic: Clinic) -> None:
    engine = clinic.engine(clinic.person())
    engine.open_gate()
    asking = engine.start("ipv-screen", "da", circumstances=SAFE)
    engine.answer("humiliated", "no")
    clinic.session.lock()  # the record is out of reach: the answer cannot be stored
    with pytest.raises(Exception):  # noqa: B017, PT011 - the storage's own error
        engine.answer("humiliated", "yes")
    assert asking.session.given("humiliated") == "no"


# -------------------------------------------------------------- resume after a kill
CHILD_SCRIPT = Path(__file__).with_name("engine_kill_child.py")


@pytest.mark.slow
def test_a_killed_consultation_resumes_where_it_stopped(tmp_path: Path) -> None:
    """A child process answers through the engine and is killed after the third answer was
    acknowledged; a new engine on the reopened record resumes at the first unanswered question,
    never before the fourth."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO / "src"), str(REPO)])}
    child = subprocess.Popen(
        [sys.executable, str(CHILD_SCRIPT), str(tmp_path / "clinic")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdin is not None
    assert child.stdout is not None
    acknowledged: list[str] = []
    child.stdin.write("go\n")
    child.stdin.flush()
    for line in _lines(child.stdout):
        if line.startswith("answered "):
            acknowledged.append(line.split()[1])
        # One more "go" each time, the fourth too: the kill may land while it is being stored.
        child.stdin.write("go\n")
        child.stdin.flush()
        if len(acknowledged) == 3:
            child.send_signal(signal.SIGKILL)
            break
    child.wait(timeout=30)
    child.stdin.close()
    child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    from tests.services.engine_kill_child import reopen

    clinic_session, overviews, screenings, person_id, screening_id = reopen(tmp_path / "clinic")
    try:
        engine = ConsultationEngine(
            overviews.overview(person_id),
            screenings=screenings,
            copies=RecordNoteCopies(clinic_session),
            instruments=CATALOG.instruments,
            today=lambda: TODAY,
            language=lambda: "da",
        )
        step = engine.resume(screening_id)
        assert isinstance(step, Asking)
        questions = [i.link_id for i in step.session.visible_questions()]
        assert questions[:3] == acknowledged
        for link_id in acknowledged:
            assert step.session.given(link_id) == "no"
        # The child may have stored one more answer between its third acknowledgement and the
        # kill landing: what is guaranteed is that nothing acknowledged is lost and that the
        # consultation resumes at the first question without an answer, never earlier.
        stored = [q for q in questions if step.session.given(q) is not None]
        assert stored == questions[: len(stored)]
        assert len(stored) >= 3
        assert all(step.session.given(q) == "no" for q in stored)
        assert step.start_at == questions[len(stored)]
    finally:
        clinic_session.logout()


def _lines(stream: Any) -> Iterator[str]:
    for line in stream:
        yield line.strip()
