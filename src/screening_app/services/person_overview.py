"""A person's page at a glance: who they are, every time they were (or were not) asked, by whom,
with what result, unfinished screenings to resume, and when to ask next.

One audited read (``view-person``). The asking history counts screen instruments and "not
asked" records; a follow-up instrument run in the same consultation (the safety check) is shown
with it but is not a new time of asking, and an amendment is a new version of the same asking.
Each event carries how the consultation happened (form, who was present, interpreter). When to
ask next: the date the clinician planned at the last asking if there is one, else the pathway's
schedule (``domain.pathway.next_ask``) with the clinic's settings.

A linked co-parent (the other parent of the child) is shown by name and role, with the dates
the other parent was asked alone: never their answers, results, notes or tasks. The audit entry
then names the co-parent too (criterion ``co-parent:<id>``), because their name and dates were
shown. Open follow-up tasks are listed until they are marked done.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from screening_app.domain.instrument import Instrument
from screening_app.domain.pathway import (
    NOT_ASKED_REASONS,
    AskingRecord,
    AskingSchedule,
    CoParentStatus,
    NextAsk,
    NotAskedReason,
    next_ask,
)
from screening_app.domain.presence import Circumstances
from screening_app.services.clinic_settings import ClinicSettings
from screening_app.services.how_asked import circumstances_of
from screening_app.services.session import UserSession
from screening_app.storage.errors import StorageError
from screening_app.storage.interface import Work
from screening_app.storage.records import PersonHistory, Screening, Task

# Tasks the person's page lists until they are done (the next asking has its own line).
LISTED_TASKS = ("follow-up", "inform-after-disclosure")


@dataclass(frozen=True)
class AskingEvent:
    """One screening record as the history shows it (no answers)."""

    screening_id: int
    date: dt.date  # the local date it was started (an amendment keeps its original's date)
    clinician: str  # display name
    asked: bool
    not_asked_reason: str | None
    instrument_id: str | None
    instrument_version: str | None
    language: str | None
    status: str  # draft / finalised
    band_id: str | None
    band_colour: str | None
    override_band_id: str | None
    flags: tuple[str, ...]
    next_ask_date: dt.date | None
    version: int
    superseded: bool  # a later version (amendment) replaces it
    counts_as_asking: bool  # a screen or "not asked"; False for a follow-up instrument
    circumstances: Circumstances | None = None  # form, presence, interpreter (None: before v3)


@dataclass(frozen=True)
class CoParent:
    """The other parent of the child, as this parent's page may show them: who, and when they
    were asked alone. Nothing of what they answered or what was found."""

    person_id: int
    name: str
    role: str
    linked_on: dt.date
    asked_on: tuple[dt.date, ...]  # local days the other parent was asked (screens only)


@dataclass(frozen=True)
class PersonOverview:
    history: PersonHistory
    events: tuple[AskingEvent, ...]  # newest first
    next_ask: NextAsk | None  # from the schedule
    planned_next: dt.date | None  # what the clinician planned at the last asking
    schedule_is_default: bool
    schedule: AskingSchedule = field(default_factory=AskingSchedule)
    co_parent: CoParent | None = None

    @property
    def asked(self) -> bool:
        """This person has been asked (the gate said yes to a screen) at least once."""
        return any(e.asked and e.counts_as_asking for e in self.events)

    @property
    def co_parent_status(self) -> CoParentStatus | None:
        if self.co_parent is None:
            return None
        return CoParentStatus(this_asked=self.asked, other_asked_on=self.co_parent.asked_on)

    @property
    def open_tasks(self) -> tuple[Task, ...]:
        """Follow-up tasks not done yet, the soonest first."""
        tasks = [t for t in self.history.tasks if t.kind in LISTED_TASKS and t.done_at is None]
        return tuple(sorted(tasks, key=lambda t: (t.due_date, t.id)))

    def next_after_asking(self, today: dt.date) -> dt.date | None:
        """When to ask again if the person is asked today: the schedule's next point."""
        data = self.history.person.data
        expected = data.child_birth_date if data.child_birth_date_kind == "expected" else None
        born = data.child_birth_date if data.child_birth_date_kind == "actual" else None
        records = [*asking_records(list(self.events)), AskingRecord(today, asked=True)]
        coming = next_ask(records, today, self.schedule, expected, born)
        return None if coming is None or coming.date <= today else coming.date

    @property
    def drafts(self) -> tuple[AskingEvent, ...]:
        """Unfinished screenings (newest first): resume where they stopped."""
        return tuple(e for e in self.events if e.asked and e.status == "draft")

    @property
    def last_asking(self) -> AskingEvent | None:
        for event in self.events:
            if event.counts_as_asking and not event.superseded:
                return event
        return None


def local_day(utc_text: str) -> dt.date:
    return dt.datetime.fromisoformat(utc_text).astimezone().date()


def asking_events(
    screenings: list[Screening],
    names: Mapping[int, str],
    screen_ids: frozenset[str],
) -> list[AskingEvent]:
    by_id = {s.id: s for s in screenings}
    amended = {s.amends_id for s in screenings if s.amends_id is not None}

    def first_version(screening: Screening) -> Screening:
        seen: set[int] = set()
        while screening.amends_id is not None and screening.amends_id in by_id:
            if screening.id in seen:
                break
            seen.add(screening.id)
            screening = by_id[screening.amends_id]
        return screening

    events = []
    for screening in screenings:
        asked = screening.gate == "asked"
        result = screening.result or {}
        flags = result.get("flags") or []
        events.append(
            AskingEvent(
                screening_id=screening.id,
                date=local_day(first_version(screening).started_at),
                clinician=names.get(screening.clinician_id, "?"),
                asked=asked,
                not_asked_reason=screening.not_asked_reason,
                instrument_id=screening.instrument_id,
                instrument_version=screening.instrument_version,
                language=screening.language,
                status=screening.status,
                band_id=screening.band_id,
                band_colour=screening.band_colour,
                override_band_id=screening.override_band_id,
                flags=tuple(str(flag) for flag in flags),
                next_ask_date=screening.next_ask_date,
                version=screening.version,
                superseded=screening.id in amended,
                counts_as_asking=not asked or screening.instrument_id in screen_ids,
                circumstances=circumstances_of(screening),
            )
        )
    events.sort(key=lambda e: (e.date, e.screening_id), reverse=True)
    return events


def asking_records(events: list[AskingEvent]) -> list[AskingRecord]:
    """The pathway's view: one record per time of asking (or not asking)."""
    records = []
    for event in events:
        if not event.counts_as_asking or event.superseded:
            continue
        reason = event.not_asked_reason
        records.append(
            AskingRecord(
                event.date,
                event.asked,
                _reason(reason) if reason is not None else None,
            )
        )
    return records


def _reason(reason: str) -> NotAskedReason | None:
    return reason if reason in NOT_ASKED_REASONS else None


class PersonOverviewService:
    def __init__(
        self,
        session: UserSession,
        instruments: Mapping[str, Instrument],
        settings: ClinicSettings,
        today: Callable[[], dt.date],
    ) -> None:
        self._session = session
        self._screen_ids = frozenset(i.id for i in instruments.values() if i.kind == "screen")
        self._settings = settings
        self._today = today

    def overview(self, person_id: int) -> PersonOverview:
        schedule = self._settings.asking_schedule()
        with self._session.audited("view-person", person_id=person_id) as work:
            person = work.persons.get(person_id)
            if person is None:
                raise StorageError("no-such-record")
            history = PersonHistory(
                person=person,
                contacts=work.persons.contacts(person_id),
                screenings=work.screenings.for_person(person_id),
                referrals=work.referrals.for_person(person_id),
                documents=work.referrals.documents(person_id),
                tasks=work.followup.tasks(person_id),
                notes=work.followup.notes(person_id),
            )
            names = {user.id: user.display_name for user in work.users.all()}
            co_parent = self._co_parent(work, person_id)
            if co_parent is not None:
                work.criterion = f"co-parent:{co_parent.person_id}"
        events = asking_events(history.screenings, names, self._screen_ids)
        data = person.data
        expected = data.child_birth_date if data.child_birth_date_kind == "expected" else None
        born = data.child_birth_date if data.child_birth_date_kind == "actual" else None
        coming = next_ask(asking_records(events), self._today(), schedule.schedule, expected, born)
        planned = None
        for event in events:
            if event.counts_as_asking and not event.superseded and event.status == "finalised":
                planned = event.next_ask_date
                break
        return PersonOverview(
            history=history,
            events=tuple(events),
            next_ask=coming,
            planned_next=planned,
            schedule_is_default=schedule.is_default,
            schedule=schedule.schedule,
            co_parent=co_parent,
        )

    def _co_parent(self, work: Work, person_id: int) -> CoParent | None:
        """The linked other parent: name, role, and the days they were asked. Only these
        columns are read: none of their answers, results, notes or tasks."""
        for link in work.persons.links(person_id):
            if link.kind != "co-parent":
                continue
            other = work.persons.summary(link.other_id)
            if other is None:
                continue
            days = sorted(
                {
                    local_day(at)
                    for at, instrument_id in work.screenings.times_asked(other.id)
                    if instrument_id in self._screen_ids
                }
            )
            return CoParent(
                person_id=other.id,
                name=other.name,
                role=other.role,
                linked_on=local_day(link.created_at),
                asked_on=tuple(days),
            )
        return None
