"""Follow-up tasks and free-text notes (notes are never changed: a correction is a new note)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from screening_app.storage.connection import Connection
from screening_app.storage.records import Note, Task

_TASK_COLUMNS = (
    "id, person_id, kind, due_date, text, referral_id, screening_id, created_by, created_at,"
    " done_at, done_by"
)


class FollowUpRecords:
    def __init__(self, connection: Connection, now: str) -> None:
        self._c = connection
        self._now = now

    def add_task(
        self,
        *,
        person_id: int,
        kind: str,
        due_date: dt.date,
        text: str,
        created_by: int,
        referral_id: int | None = None,
        screening_id: int | None = None,
    ) -> int:
        cursor = self._c.execute(
            "INSERT INTO tasks (person_id, kind, due_date, text, referral_id, screening_id,"
            " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                person_id,
                kind,
                due_date.isoformat(),
                text,
                referral_id,
                screening_id,
                created_by,
                self._now,
            ),
        )
        return int(cursor.lastrowid)

    def complete_task(self, task_id: int, done_by: int) -> None:
        self._c.execute(
            "UPDATE tasks SET done_at = ?, done_by = ? WHERE id = ? AND done_at IS NULL",
            (self._now, done_by, task_id),
        )

    def task(self, task_id: int) -> Task | None:
        row = self._c.execute(
            f"SELECT {_TASK_COLUMNS} FROM tasks WHERE id = ?", (task_id,)
        ).fetchone()
        return None if row is None else _task(row)

    def tasks(self, person_id: int) -> list[Task]:
        rows = self._c.execute(
            f"SELECT {_TASK_COLUMNS} FROM tasks WHERE person_id = ? ORDER BY due_date, id",
            (person_id,),
        )
        return [_task(row) for row in rows]

    def open_tasks_due(self, until: dt.date, limit: int = 500) -> list[Task]:
        rows = self._c.execute(
            f"SELECT {_TASK_COLUMNS} FROM tasks WHERE done_at IS NULL AND due_date <= ?"
            " ORDER BY due_date, id LIMIT ?",
            (until.isoformat(), limit),
        )
        return [_task(row) for row in rows]

    def add_note(
        self, *, person_id: int, text: str, created_by: int, screening_id: int | None = None
    ) -> int:
        cursor = self._c.execute(
            "INSERT INTO notes (person_id, screening_id, text, created_by, created_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (person_id, screening_id, text, created_by, self._now),
        )
        return int(cursor.lastrowid)

    def notes(self, person_id: int) -> list[Note]:
        rows = self._c.execute(
            "SELECT id, person_id, screening_id, text, created_by, created_at FROM notes"
            " WHERE person_id = ? ORDER BY created_at, id",
            (person_id,),
        )
        return [Note(*row) for row in rows]


def _task(row: tuple[Any, ...]) -> Task:
    return Task(
        id=row[0],
        person_id=row[1],
        kind=row[2],
        due_date=dt.date.fromisoformat(row[3]),
        text=row[4],
        referral_id=row[5],
        screening_id=row[6],
        created_by=row[7],
        created_at=row[8],
        done_at=row[9],
        done_by=row[10],
    )
