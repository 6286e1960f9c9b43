"""What the pathway records (issue 8, section 5), through the use cases and without Qt: one
table row per point, then the details of each (co-parents, how asked, follow-up tasks).

The rows: declined answers are recorded and counted and never scored as no; how the
consultation happened is recorded with each screening (asked or not); the two parents of one
child are linked without one parent's answers reaching the other's page; the asking schedule
follows Danish practice and never asks on the day of birth (stored settings kept); a follow-up
is a task tied to the next visit, on the person's page until marked done.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Callable
from typing import Any

import pytest

from screening_app.domain.answers import DECLINED
from screening_app.domain.context import Context
from screening_app.domain.instrument import Instrument
from screening_app.domain.presence import Circumstances
from screening_app.instruments.yaml_format import load_instrument
from screening_app.services.accounts import Setup
from screening_app.services.clinic_settings import ASKING_SCHEDULE, ClinicSettings
from screening_app.services.followup import FollowUpService
from screening_app.services.person_overview import PersonOverview, PersonOverviewService
from screening_app.services.persons import PersonService
from screening_app.services.screenings import FollowUp, ScreeningService
from screening_app.storage.errors import StorageError
from screening_app.storage.records import PersonData
from tests.storage.backends import run_sql
from tests.storage.helpers import REPO, FakeClock

TODAY = dt.date(2026, 3, 2)
PREGNANT = Context(role="pregnant-woman", phase="pregnant")
SAFE = Circumstances(form="in-person", interpreter="none", present=(), remote_alone=None)
EXPOSED = ("humiliated", "afraid", "forced-sex", "hurt", "hurt-pregnancy", "family-violence")


class World:
    def __init__(self, setup: Setup) -> None:
        self.session = setup.session
        self.instruments: dict[str, Instrument] = {}
        for name in ("ipv-screen", "safety-check"):
            loaded = load_instrument(REPO / "questionnaires" / f"{name}.yaml")
            self.instruments[loaded.id] = loaded
        self.persons = PersonService(self.session)
        self.screenings = ScreeningService(self.session, self.instruments.values())
        self.settings = ClinicSettings(self.session)
        self.followup = FollowUpService(self.session)
        self.overviews = PersonOverviewService(
            self.session, self.instruments, self.settings, lambda: TODAY
        )

    def person(self, name: str, role: str = "pregnant-woman", **data: Any) -> int:
        return self.persons.create(PersonData(name=name, role=role, **data)).id

    def screen(
        self, person_id: int, answers: dict[str, Any], circumstances: Circumstances = SAFE
    ) -> int:
        draft = self.screenings.start(
            person_id, "ipv-screen", "da", context=PREGNANT, circumstances=circumstances
        )
        for link_id in (*EXPOSED, "own-violence", "children-at-home"):
            self.screenings.answer(draft.screening.id, link_id, answers.get(link_id, "no"))
        return draft.screening.id

    def overview(self, person_id: int) -> PersonOverview:
        return self.overviews.overview(person_id)

    def audit(self) -> list[tuple[str, int | None, str | None]]:
        return [(e.action, e.person_id, e.criterion) for e in self.session.database.audit_entries()]


@pytest.fixture
def world(setup: Setup) -> World:
    return World(setup)


# --------------------------------------------------------------------- one row per point
def declined_is_recorded_and_counted(w: World) -> None:
    person = w.person("Mette Hansen")
    sid = w.screen(person, {"humiliated": DECLINED, "hurt": DECLINED})
    final = w.screenings.finalise(sid)
    assert final.band_id is None
    assert final.result is not None
    assert final.result["undetermined"] is True
    assert final.result["outcomeDeclined"] == ["humiliated", "hurt"]
    assert final.result["outcomeQuestions"] == 7
    assert final.answers["hurt"].value == {"declined": True}
    reopened = w.screenings.open(sid).result
    assert reopened.declined_line("da") == (
        "Screeningen er ufuldstændig: ønsker ikke at svare på 2 af 7."
    )


def how_asked_is_recorded_with_each_screening(w: World) -> None:
    person = w.person("Mette Hansen")
    phone = Circumstances(form="phone", interpreter="phone", present=(), remote_alone=True)
    sid = w.screen(person, {}, phone)
    w.screenings.record_not_asked(
        person,
        "family-interpreter",
        circumstances=Circumstances(form="in-person", interpreter="family", present=("partner",)),
    )
    events = {e.screening_id: e for e in w.overview(person).events}
    assert events[sid].circumstances == phone
    not_asked = next(e for e in events.values() if not e.asked)
    assert not_asked.circumstances is not None
    assert not_asked.circumstances.interpreter == "family"
    assert not_asked.circumstances.present == ("partner",)


def co_parents_are_linked_without_sharing_content(w: World) -> None:
    mother = w.person("Mette Hansen")
    father = w.person("Jonas Hansen", role="father-co-parent")
    w.persons.link_co_parent(mother, father)
    w.screen(mother, {"afraid": "yes"})
    seen = w.overview(mother)
    assert seen.co_parent is not None
    assert (seen.co_parent.person_id, seen.co_parent.asked_on) == (father, ())
    status = seen.co_parent_status
    assert status is not None
    assert status.other_not_asked_yet
    other_side = w.overview(father).co_parent
    assert other_side is not None
    assert other_side.person_id == mother
    assert other_side.asked_on == (TODAY,)


def the_schedule_follows_danish_practice(w: World) -> None:
    person = w.person(
        "Ida Holm", "new-mother", child_birth_date=TODAY, child_birth_date_kind="actual"
    )
    sid = w.screen(person, {})
    w.screenings.finalise(sid)
    coming = w.overview(person).next_after_asking(TODAY)
    assert coming == TODAY + dt.timedelta(days=5)  # the first visit after the birth


def follow_up_is_a_task_until_done(w: World) -> None:
    person = w.person("Mette Hansen")
    sid = w.screen(person, {"afraid": "yes"})
    next_visit = TODAY + dt.timedelta(days=14)
    w.screenings.finalise(sid, follow_up=FollowUp(next_visit))
    tasks = w.overview(person).open_tasks
    assert [(t.kind, t.due_date, t.screening_id) for t in tasks] == [("follow-up", next_visit, sid)]
    w.followup.complete_task(tasks[0].id)
    assert w.overview(person).open_tasks == ()


SECTION_5: list[Any] = [
    pytest.param(declined_is_recorded_and_counted, id="declined-to-answer"),
    pytest.param(how_asked_is_recorded_with_each_screening, id="presence-interpreter-form"),
    pytest.param(co_parents_are_linked_without_sharing_content, id="two-parents-linked"),
    pytest.param(the_schedule_follows_danish_practice, id="asking-schedule"),
    pytest.param(follow_up_is_a_task_until_done, id="follow-up-task"),
]


@pytest.mark.parametrize("point", SECTION_5)
def test_section_5_of_issue_8(world: World, point: Callable[[World], None]) -> None:
    point(world)


# ------------------------------------------------------------------------- co-parents
CANARIES = ("CANARY-NOTE-8812", "CANARY-TASK-3390", "CANARY-REASON-2741")


def test_no_answer_result_or_note_of_one_parent_reaches_the_others_page(world: World) -> None:
    w = world
    mother = w.person("Mette Hansen")
    father = w.person("Jonas Hansen", role="father-co-parent")
    w.persons.link_co_parent(father, mother)
    sid = w.screen(mother, {"afraid": "yes", "hurt": DECLINED})
    w.screenings.finalise(sid, follow_up=FollowUp(TODAY, CANARIES[1]))
    w.screenings.amend(sid, CANARIES[2])
    w.followup.add_note(mother, CANARIES[0], screening_id=sid)
    safety = w.screenings.start(mother, "safety-check", "da", circumstances=SAFE)
    w.screenings.answer(safety.screening.id, "threats-to-kill", "yes")
    assert any(canary in repr(w.overview(mother)) for canary in CANARIES)  # the probe sees

    fathers = w.overview(father)
    shown = repr(fathers)
    for canary in CANARIES:
        assert canary not in shown
    for word in ("afraid", "positive", "yellow", "threats-to-kill", "safety-check", "urgent"):
        assert word not in shown, word
    assert fathers.history.screenings == []
    assert fathers.history.notes == []
    assert fathers.history.tasks == []
    assert fathers.co_parent is not None
    assert dataclasses.asdict(fathers.co_parent) == {
        "person_id": mother,
        "name": "Mette Hansen",
        "role": "pregnant-woman",
        "linked_on": TODAY,
        "asked_on": (TODAY,),
    }
    entry = w.session.database.audit_entries()[-1]
    assert (entry.action, entry.person_id, entry.criterion) == (
        "view-person",
        father,
        f"co-parent:{mother}",
    )


def test_linking_both_directions_once_unlinking_and_the_audit(world: World) -> None:
    w = world
    a = w.person("Mette Hansen")
    b = w.person("Jonas Hansen", role="father-co-parent")
    c = w.person("Karl Berg", role="father-co-parent")
    link = w.persons.link_co_parent(a, b)
    assert (link.person_id, link.other_id, link.kind) == (a, b, "co-parent")
    for bad in ((b, a), (a, c), (c, b), (a, a), (a, 9999)):
        with pytest.raises(StorageError):
            w.persons.link_co_parent(*bad)
    assert w.audit()[-5:] == [
        ("update-person", b, f"link-co-parent:{a}"),
        ("update-person", a, f"link-co-parent:{c}"),
        ("update-person", c, f"link-co-parent:{b}"),
        ("update-person", a, f"link-co-parent:{a}"),
        ("update-person", a, "link-co-parent:9999"),
    ]
    assert [e.outcome for e in w.session.database.audit_entries()[-5:]] == ["refused"] * 5
    w.persons.unlink_co_parent(b, a)  # from the other side
    assert w.audit()[-1] == ("update-person", b, f"unlink-co-parent:{a}")
    assert w.overview(a).co_parent is None
    assert w.overview(b).co_parent is None
    with pytest.raises(StorageError):
        w.persons.unlink_co_parent(a, b)
    w.persons.link_co_parent(a, c)  # free again
    assert w.overview(c).co_parent is not None


def test_the_prompt_turns_off_when_the_other_parent_has_been_asked(world: World) -> None:
    w = world
    mother = w.person("Mette Hansen")
    father = w.person("Jonas Hansen", role="father-co-parent")
    w.persons.link_co_parent(mother, father)
    assert w.overview(mother).co_parent_status.other_not_asked_yet is False  # type: ignore[union-attr]
    w.screen(mother, {})
    assert w.overview(mother).co_parent_status.other_not_asked_yet  # type: ignore[union-attr]
    w.screenings.record_not_asked(father, "partner-present")  # not asked alone: still open
    assert w.overview(mother).co_parent_status.other_not_asked_yet  # type: ignore[union-attr]
    w.screenings.start(father, "ipv-screen", "da", circumstances=SAFE)
    assert not w.overview(mother).co_parent_status.other_not_asked_yet  # type: ignore[union-attr]


# ----------------------------------------------------------------------- how asked
@pytest.mark.parametrize(
    "unsafe",
    [
        Circumstances(interpreter="family"),
        Circumstances(interpreter=None),
        Circumstances(interpreter="none", present=("partner",)),
        Circumstances(form="phone", interpreter="none", remote_alone=False),
        Circumstances(form="video", interpreter="none", remote_alone=None),
    ],
)
def test_a_screening_is_not_started_in_unsafe_circumstances(
    world: World, unsafe: Circumstances
) -> None:
    person = world.person("Mette Hansen")
    with pytest.raises(StorageError) as refused:
        world.screenings.start(person, "ipv-screen", "da", circumstances=unsafe)
    assert refused.value.code == "invalid"
    assert world.overview(person).events == ()


def test_unknown_codes_are_refused_even_for_not_asked(world: World) -> None:
    person = world.person("Mette Hansen")
    with pytest.raises(StorageError):
        world.screenings.record_not_asked(
            person,
            "partner-present",
            circumstances=Circumstances(present=("neighbour",)),  # type: ignore[arg-type]
        )


def test_an_amendment_keeps_how_it_was_asked(world: World) -> None:
    person = world.person("Mette Hansen")
    video = Circumstances(form="video", interpreter="video", present=("young-child",))
    video = dataclasses.replace(video, remote_alone=True)
    sid = world.screen(person, {}, video)
    world.screenings.finalise(sid)
    new = world.screenings.amend(sid, "misheard")
    events = {e.screening_id: e for e in world.overview(person).events}
    assert events[new.screening.id].circumstances == video


# ------------------------------------------------------------------ schedule setting
def test_a_schedule_saved_in_the_first_form_keeps_working(world: World) -> None:
    old = {"pregnancyWeeks": [12, 30], "afterBirthDays": 0, "childAgeWeeks": [26],
           "retryAfterDays": 10}  # fmt: skip
    run_sql(
        world.session.database,
        "INSERT INTO settings (key, value) VALUES (?, ?)",
        (ASKING_SCHEDULE, json.dumps(old)),
    )
    read = world.settings.asking_schedule()
    assert not read.is_default
    assert read.converted
    assert read.schedule.midwife_weeks == [12, 30]
    assert read.schedule.child_age_weeks == [26]
    assert read.schedule.retry_after_days == 10
    assert read.schedule.first_visit_days == 5  # no longer the day of birth
    world.settings.set_asking_schedule(read.schedule)
    again = world.settings.asking_schedule()
    assert (again.schedule, again.converted) == (read.schedule, False)


# ------------------------------------------------------------------------- follow-up
def test_the_follow_up_is_made_with_the_result_in_one_audited_operation(
    world: World, clock: FakeClock
) -> None:
    person = world.person("Mette Hansen")
    sid = world.screen(person, {"afraid": "yes"})
    before = len(world.audit())
    world.screenings.finalise(
        sid,
        next_ask_date=TODAY + dt.timedelta(days=28),
        follow_up=FollowUp(TODAY + dt.timedelta(days=7), "  Tal om sikkerhedsplanen  "),
    )
    assert world.audit()[before:] == [("finalise-screening", person, None)]
    (task,) = world.overview(person).open_tasks
    assert task.text == "Tal om sikkerhedsplanen"
    with pytest.raises(StorageError):
        world.screenings.finalise(sid, follow_up=FollowUp(TODAY))  # finalised already
    clock.advance(days=7)
    done = world.followup.complete_task(task.id)
    assert done.done_at is not None
    assert world.audit()[-1] == ("complete-task", person, None)
    assert world.overview(person).open_tasks == ()
    assert [t.kind for t in world.overview(person).history.tasks] == ["follow-up", "next-ask"]
