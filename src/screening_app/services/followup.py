"""Use cases for follow-up: tasks, the next asking date, free-text notes."""

from __future__ import annotations

import datetime as dt

from screening_app.services.session import UserSession
from screening_app.services.validation import note_text, one_of
from screening_app.storage.errors import StorageError
from screening_app.storage.records import Note, Task

TASK_KINDS = ("follow-up", "inform-after-disclosure", "next-ask")


class FollowUpService:
    def __init__(self, session: UserSession) -> None:
        self._session = session

    def add_task(self, person_id: int, *, kind: str, due_date: dt.date, text: str = "") -> Task:
        one_of(kind, TASK_KINDS, "task kind")
        body = note_text(text, "task") if text.strip() else ""
        with self._session.audited("create-task", person_id=person_id) as work:
            if work.persons.get(person_id) is None:
                raise StorageError("no-such-record")
            task_id = work.followup.add_task(
                person_id=person_id,
                kind=kind,
                due_date=due_date,
                text=body,
                created_by=self._session.user.id,
            )
            work.persons.touch(person_id)
            task = work.followup.task(task_id)
        assert task is not None
        return task

    def set_next_ask_date(self, person_id: int, due_date: dt.date) -> Task:
        return self.add_task(person_id, kind="next-ask", due_date=due_date)

    def complete_task(self, task_id: int) -> Task:
        with self._session.audited("complete-task") as work:
            task = work.followup.task(task_id)
            if task is None:
                raise StorageError("no-such-record")
            work.concerns(task.person_id)
            work.followup.complete_task(task_id, self._session.user.id)
            done = work.followup.task(task_id)
        assert done is not None
        return done

    def due_tasks(self, until: dt.date) -> list[Task]:
        """Open tasks due on or before ``until``, for all persons (the day's work list)."""
        with self._session.audited("list-tasks", criterion=f"due:{until.isoformat()}") as work:
            return work.followup.open_tasks_due(until)

    def add_note(self, person_id: int, text: str, *, screening_id: int | None = None) -> Note:
        body = note_text(text)
        with self._session.audited("add-note", person_id=person_id) as work:
            if work.persons.get(person_id) is None:
                raise StorageError("no-such-record")
            work.followup.add_note(
                person_id=person_id,
                text=body,
                created_by=self._session.user.id,
                screening_id=screening_id,
            )
            work.persons.touch(person_id)
            return work.followup.notes(person_id)[-1]
