"""Referrals, documents, tasks, notes, staff accounts and settings on the server.

Sealed: the service a person was referred to and the reason an oral consent was accepted, the
text of tasks and notes. Staff accounts and the clinic's settings are staff data, in clear.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from screening_app.storage.audit import AuditEntry, Purged
from screening_app.storage.errors import StorageError
from screening_app.storage.records import (
    DocumentEvent,
    Note,
    Referral,
    Task,
    User,
    date_or_none,
    iso_or_none,
)
from screening_app.storage.server.fields import FieldCipher
from screening_app.storage.server.sql import Conn, next_id
from screening_app.storage.training_runs import RunRow
from screening_app.storage.users import normalise_username

_REFERRAL_COLUMNS = (
    "id, person_id, screening_id, sealed, consent, legal_basis, scope, form, date, expires_on,"
    " informing_unsafe, recorded_by, recorded_at, consent_basis"
)


class ServerReferrals:
    def __init__(self, connection: Conn, now: str, cipher: FieldCipher) -> None:
        self._c = connection
        self._now = now
        self._f = cipher

    def record(
        self,
        *,
        person_id: int,
        screening_id: int | None,
        service_id: str,
        consent: str,
        legal_basis: str | None,
        scope: frozenset[str],
        form: str | None,
        date: dt.date,
        expires_on: dt.date | None,
        informing_unsafe: bool,
        recorded_by: int,
        consent_basis: str | None = None,
        oral_reason: str | None = None,
    ) -> int:
        referral_id = next_id(self._c, "referrals")
        sealed = self._f.seal_json(
            {"service_id": service_id, "oral_reason": oral_reason}, f"referrals/{referral_id}"
        )
        self._c.execute(
            "INSERT INTO referrals (id, person_id, screening_id, sealed, consent, legal_basis,"
            " scope, form, date, expires_on, informing_unsafe, recorded_by, recorded_at,"
            " consent_basis) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
            (
                referral_id,
                person_id,
                screening_id,
                sealed,
                consent,
                legal_basis,
                sorted(scope),
                form,
                date.isoformat(),
                iso_or_none(expires_on),
                informing_unsafe,
                recorded_by,
                self._now,
                consent_basis,
            ),
        )
        return referral_id

    def _referral(self, row: tuple[Any, ...]) -> Referral:
        sealed = self._f.open_json(row[3], f"referrals/{row[0]}")
        return Referral(
            id=int(row[0]),
            person_id=int(row[1]),
            screening_id=row[2],
            service_id=sealed["service_id"],
            consent=row[4],
            legal_basis=row[5],
            scope=frozenset(row[6]),
            form=row[7],
            date=dt.date.fromisoformat(row[8]),
            expires_on=date_or_none(row[9]),
            informing_unsafe=bool(row[10]),
            recorded_by=int(row[11]),
            recorded_at=row[12],
            consent_basis=row[13],
            oral_reason=sealed["oral_reason"],
        )

    def get(self, referral_id: int) -> Referral | None:
        row = self._c.execute(
            f"SELECT {_REFERRAL_COLUMNS} FROM referrals WHERE id = %s", (referral_id,)
        ).fetchone()
        return None if row is None else self._referral(row)

    def for_person(self, person_id: int) -> list[Referral]:
        rows = self._c.execute(
            f"SELECT {_REFERRAL_COLUMNS} FROM referrals WHERE person_id = %s ORDER BY date, id",
            (person_id,),
        ).fetchall()
        return [self._referral(row) for row in rows]

    def record_document(
        self, *, person_id: int, referral_id: int | None, kind: str, action: str, by_user: int
    ) -> int:
        row = self._c.execute(
            "INSERT INTO documents (person_id, referral_id, kind, action, at, by_user)"
            " VALUES (%s, %s, %s, %s, %s, %s) RETURNING id",
            (person_id, referral_id, kind, action, self._now, by_user),
        ).fetchone()
        assert row is not None
        return int(row[0])

    def documents(self, person_id: int) -> list[DocumentEvent]:
        rows = self._c.execute(
            "SELECT id, person_id, referral_id, kind, action, at, by_user FROM documents"
            " WHERE person_id = %s ORDER BY at, id",
            (person_id,),
        )
        return [DocumentEvent(*row) for row in rows]


_TASK_COLUMNS = (
    "id, person_id, kind, due_date, text_sealed, referral_id, screening_id, created_by,"
    " created_at, done_at, done_by"
)


class ServerFollowUp:
    def __init__(self, connection: Conn, now: str, cipher: FieldCipher) -> None:
        self._c = connection
        self._now = now
        self._f = cipher

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
        task_id = next_id(self._c, "tasks")
        self._c.execute(
            "INSERT INTO tasks (id, person_id, kind, due_date, text_sealed, referral_id,"
            " screening_id, created_by, created_at) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)",
            (
                task_id,
                person_id,
                kind,
                due_date.isoformat(),
                self._f.seal(text.encode("utf-8"), f"tasks/{task_id}"),
                referral_id,
                screening_id,
                created_by,
                self._now,
            ),
        )
        return task_id

    def complete_task(self, task_id: int, done_by: int) -> None:
        self._c.execute(
            "UPDATE tasks SET done_at = %s, done_by = %s WHERE id = %s AND done_at IS NULL",
            (self._now, done_by, task_id),
        )

    def _task(self, row: tuple[Any, ...]) -> Task:
        return Task(
            id=int(row[0]),
            person_id=int(row[1]),
            kind=row[2],
            due_date=dt.date.fromisoformat(row[3]),
            text=self._f.open(row[4], f"tasks/{row[0]}").decode("utf-8"),
            referral_id=row[5],
            screening_id=row[6],
            created_by=int(row[7]),
            created_at=row[8],
            done_at=row[9],
            done_by=row[10],
        )

    def task(self, task_id: int) -> Task | None:
        row = self._c.execute(
            f"SELECT {_TASK_COLUMNS} FROM tasks WHERE id = %s", (task_id,)
        ).fetchone()
        return None if row is None else self._task(row)

    def tasks(self, person_id: int) -> list[Task]:
        rows = self._c.execute(
            f"SELECT {_TASK_COLUMNS} FROM tasks WHERE person_id = %s ORDER BY due_date, id",
            (person_id,),
        ).fetchall()
        return [self._task(row) for row in rows]

    def open_tasks_due(self, until: dt.date, limit: int = 500) -> list[Task]:
        rows = self._c.execute(
            f"SELECT {_TASK_COLUMNS} FROM tasks WHERE done_at IS NULL AND due_date <= %s"
            " ORDER BY due_date, id LIMIT %s",
            (until.isoformat(), limit),
        ).fetchall()
        return [self._task(row) for row in rows]

    def add_note(
        self, *, person_id: int, text: str, created_by: int, screening_id: int | None = None
    ) -> int:
        note_id = next_id(self._c, "notes")
        self._c.execute(
            "INSERT INTO notes (id, person_id, screening_id, text_sealed, created_by, created_at)"
            " VALUES (%s, %s, %s, %s, %s, %s)",
            (
                note_id,
                person_id,
                screening_id,
                self._f.seal(text.encode("utf-8"), f"notes/{note_id}"),
                created_by,
                self._now,
            ),
        )
        return note_id

    def notes(self, person_id: int) -> list[Note]:
        rows = self._c.execute(
            "SELECT id, person_id, screening_id, text_sealed, created_by, created_at FROM notes"
            " WHERE person_id = %s ORDER BY created_at, id",
            (person_id,),
        ).fetchall()
        return [
            Note(
                id=int(row[0]),
                person_id=int(row[1]),
                screening_id=row[2],
                text=self._f.open(row[3], f"notes/{row[0]}").decode("utf-8"),
                created_by=int(row[4]),
                created_at=row[5],
            )
            for row in rows
        ]


_USER_COLUMNS = "id, username, display_name, title, role, active, pin_hash"


class ServerUsers:
    def __init__(self, connection: Conn, now: str) -> None:
        self._c = connection
        self._now = now

    def add(self, username: str, display_name: str, title: str, role: str) -> int:
        row = self._c.execute(
            "INSERT INTO users (username, display_name, title, role, created_at)"
            " VALUES (%s, %s, %s, %s, %s) RETURNING id",
            (normalise_username(username), display_name, title, role, self._now),
        ).fetchone()
        assert row is not None
        return int(row[0])

    def by_name(self, username: str) -> User | None:
        row = self._c.execute(
            f"SELECT {_USER_COLUMNS} FROM users WHERE username = %s",
            (normalise_username(username),),
        ).fetchone()
        return None if row is None else User(*row)

    def get(self, user_id: int) -> User | None:
        row = self._c.execute(
            f"SELECT {_USER_COLUMNS} FROM users WHERE id = %s", (user_id,)
        ).fetchone()
        return None if row is None else User(*row)

    def all(self) -> list[User]:
        rows = self._c.execute(f"SELECT {_USER_COLUMNS} FROM users ORDER BY id").fetchall()
        return [User(*row) for row in rows]

    def disable(self, user_id: int) -> None:
        self._c.execute(
            "UPDATE users SET active = false, disabled_at = %s, pin_hash = NULL WHERE id = %s",
            (self._now, user_id),
        )

    def set_pin_hash(self, user_id: int, pin_hash: str | None) -> None:
        self._c.execute("UPDATE users SET pin_hash = %s WHERE id = %s", (pin_hash, user_id))


class ServerClinicSettings:
    def __init__(self, connection: Conn) -> None:
        self._c = connection

    def get(self, key: str, default: str | None = None) -> str | None:
        row = self._c.execute("SELECT value FROM settings WHERE key = %s", (key,)).fetchone()
        return default if row is None else str(row[0])

    def set(self, key: str, value: str) -> None:
        self._c.execute(
            "INSERT INTO settings (key, value) VALUES (%s, %s)"
            " ON CONFLICT (clinic, key) DO UPDATE SET value = excluded.value",
            (key, value),
        )


class ServerAuditTrail:
    """The app's role never deletes audit entries on a server (privileges revoked): retention
    there is the administrators' (see the README)."""

    def __init__(self, connection: Conn, cipher: FieldCipher) -> None:
        self._c = connection
        self._f = cipher

    def about(self, person_id: int) -> list[AuditEntry]:
        """The entries that name one person (her access log, for her own copy)."""
        from screening_app.storage.server import audit

        return list(audit.entries(self._c, self._f, person_id))

    def purge_before(self, cutoff: str) -> Purged:
        del cutoff
        raise StorageError("not-on-server")


class NoTrainingRuns:
    """Training runs live in the training laptop's own file, never on a clinic's server."""

    def add(self, row: RunRow) -> int | None:
        del row
        raise StorageError("not-on-server")

    def all(self) -> list[RunRow]:
        raise StorageError("not-on-server")

    def get(self, run_id: int) -> RunRow | None:
        del run_id
        raise StorageError("not-on-server")
