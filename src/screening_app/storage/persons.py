"""Persons and their contacts (SQL only; validation is the use case's job)."""

from __future__ import annotations

import datetime as dt
import unicodedata
from typing import Any

from screening_app.storage.conflicts import PersonChangedError, changed_fields
from screening_app.storage.connection import Connection
from screening_app.storage.records import (
    Contact,
    Person,
    PersonData,
    PersonLink,
    PersonSummary,
    bool_or_none,
    date_or_none,
    int_or_none,
    iso_or_none,
)

_PERSON_COLUMNS = (
    "id, name, role, cpr, birth_date, child_birth_date, child_birth_date_kind, safe_phone,"
    " safe_times, may_leave_messages, may_send_letters_home, created_at, updated_at, last_entry_at"
)


def name_words(name: str) -> set[str]:
    folded = unicodedata.normalize("NFKC", name).casefold()
    cleaned = "".join(ch if ch.isalnum() else " " for ch in folded)
    return {word for word in cleaned.split() if word}


def prefix_upper_bound(prefix: str) -> str:
    return prefix + "\U0010ffff"


class PersonRecords:
    def __init__(self, connection: Connection, now: str) -> None:
        self._c = connection
        self._now = now

    # ------------------------------------------------------------------ persons
    def create(self, data: PersonData) -> int:
        cursor = self._c.execute(
            "INSERT INTO persons (name, role, cpr, birth_date, child_birth_date,"
            " child_birth_date_kind, safe_phone, safe_times, may_leave_messages,"
            " may_send_letters_home, created_at, updated_at, last_entry_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (*self._values(data), self._now, self._now, self._now),
        )
        person_id = int(cursor.lastrowid)
        self._index_name(person_id, data.name)
        return person_id

    def update(self, person_id: int, data: PersonData, *, base: Person | None = None) -> None:
        """Save ``data``; with ``base`` (the person as the editor opened it) only if nobody
        saved the person since (``conflicts.PersonChangedError`` otherwise: nothing is written)."""
        if base is not None:
            current = self.get(person_id)
            moved = current is not None and (
                current.updated_at != base.updated_at or current.data != base.data
            )
            if current is not None and moved:
                row = self._c.execute(
                    'SELECT coalesce(u.display_name, a."user") FROM audit a'
                    ' LEFT JOIN users u ON u.username = a."user"'
                    " WHERE a.person_id = ? AND a.action = ? AND a.outcome = 'ok'"
                    " ORDER BY a.seq DESC LIMIT 1",
                    (person_id, "update-person"),
                ).fetchone()
                who = str(row[0]) if row is not None else "?"
                changed = changed_fields(base.data, current.data)
                raise PersonChangedError(who, changed, current.updated_at)
        self._c.execute(
            "UPDATE persons SET name = ?, role = ?, cpr = ?, birth_date = ?, child_birth_date = ?,"
            " child_birth_date_kind = ?, safe_phone = ?, safe_times = ?, may_leave_messages = ?,"
            " may_send_letters_home = ?, updated_at = ?, last_entry_at = ? WHERE id = ?",
            (*self._values(data), self._now, self._now, person_id),
        )
        self._c.execute("DELETE FROM person_name_words WHERE person_id = ?", (person_id,))
        self._index_name(person_id, data.name)

    def touch(self, person_id: int) -> None:
        """A new entry was made for the person (retention counts from the last entry)."""
        self._c.execute("UPDATE persons SET last_entry_at = ? WHERE id = ?", (self._now, person_id))

    @staticmethod
    def _values(data: PersonData) -> tuple[Any, ...]:
        return (
            data.name,
            data.role,
            data.cpr,
            iso_or_none(data.birth_date),
            iso_or_none(data.child_birth_date),
            data.child_birth_date_kind,
            data.safe_phone,
            data.safe_times,
            int_or_none(data.may_leave_messages),
            int_or_none(data.may_send_letters_home),
        )

    def _index_name(self, person_id: int, name: str) -> None:
        self._c.executemany(
            "INSERT OR IGNORE INTO person_name_words (word, person_id) VALUES (?, ?)",
            [(word, person_id) for word in sorted(name_words(name))],
        )

    def get(self, person_id: int) -> Person | None:
        row = self._c.execute(
            f"SELECT {_PERSON_COLUMNS} FROM persons WHERE id = ?", (person_id,)
        ).fetchone()
        return None if row is None else _person(row)

    def search_name(self, prefix: str, limit: int) -> list[PersonSummary]:
        words = sorted(name_words(prefix))
        if not words:
            return []
        # Every typed word must be the start of some word of the name ("met han" finds
        # "Mette Hansen"); the longest word narrows the index range first.
        words.sort(key=len, reverse=True)
        sql = (
            "SELECT p.id, p.name, p.cpr, p.birth_date, p.role FROM persons p WHERE p.id IN ("
            " SELECT person_id FROM person_name_words WHERE word >= ? AND word < ?)"
        )
        params: list[Any] = [words[0], prefix_upper_bound(words[0])]
        for word in words[1:]:
            sql += (
                " AND EXISTS (SELECT 1 FROM person_name_words w WHERE w.person_id = p.id"
                " AND w.word >= ? AND w.word < ?)"
            )
            params += [word, prefix_upper_bound(word)]
        sql += " ORDER BY p.name, p.id LIMIT ?"
        params.append(limit)
        return [_summary(row) for row in self._c.execute(sql, params)]

    def search_cpr(self, digits: str, limit: int) -> list[PersonSummary]:
        rows = self._c.execute(
            "SELECT id, name, cpr, birth_date, role FROM persons"
            " WHERE cpr >= ? AND cpr < ? ORDER BY cpr, id LIMIT ?",
            (digits, digits + ":", limit),
        )
        return [_summary(row) for row in rows]

    def search_birth_date(self, day: dt.date, limit: int) -> list[PersonSummary]:
        """Persons born on ``day``: by the recorded birth date, or a CPR number starting with
        its DDMMYY (the century is the caller's to check)."""
        ddmmyy = f"{day:%d%m}{day.year % 100:02d}"
        rows = self._c.execute(
            "SELECT id, name, cpr, birth_date, role FROM persons"
            " WHERE birth_date = ? OR (cpr >= ? AND cpr < ?) ORDER BY name, id LIMIT ?",
            (day.isoformat(), ddmmyy, ddmmyy + ":", limit),
        )
        return [_summary(row) for row in rows]

    def purge(self, person_id: int) -> None:
        purge_person(self._c, person_id)

    def older_than(self, cutoff: str) -> list[int]:
        rows = self._c.execute("SELECT id FROM persons WHERE last_entry_at < ?", (cutoff,))
        return [int(row[0]) for row in rows]

    # -------------------------------------------------------------------- links
    def link(self, person_id: int, other_id: int, *, kind: str, created_by: int) -> None:
        """Link two persons (stored once, smaller id first; read from either side)."""
        low, high = sorted((person_id, other_id))
        self._c.execute(
            "INSERT INTO person_links (person_id, other_id, kind, created_by, created_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (low, high, kind, created_by, self._now),
        )

    def unlink(self, person_id: int, other_id: int) -> bool:
        low, high = sorted((person_id, other_id))
        cursor = self._c.execute(
            "DELETE FROM person_links WHERE person_id = ? AND other_id = ?", (low, high)
        )
        return bool(cursor.rowcount > 0)

    def links(self, person_id: int) -> list[PersonLink]:
        """The persons linked to ``person_id``, seen from its side, oldest link first."""
        rows = self._c.execute(
            "SELECT person_id, other_id, kind, created_by, created_at FROM person_links"
            " WHERE person_id = ? OR other_id = ? ORDER BY created_at, person_id, other_id",
            (person_id, person_id),
        )
        return [
            PersonLink(
                person_id=person_id,
                other_id=int(high if low == person_id else low),
                kind=str(kind),
                created_by=int(by),
                created_at=str(at),
            )
            for low, high, kind, by, at in rows
        ]

    def summary(self, person_id: int) -> PersonSummary | None:
        """Name, CPR number, birth date and role only (as a search lists them)."""
        row = self._c.execute(
            "SELECT id, name, cpr, birth_date, role FROM persons WHERE id = ?", (person_id,)
        ).fetchone()
        return None if row is None else _summary(row)

    # ----------------------------------------------------------------- contacts
    def add_contact(
        self,
        *,
        person_id: int,
        date: dt.date,
        clinician_id: int,
        setting: str,
        weeks_pregnant: int | None,
        child_age_weeks: int | None,
    ) -> int:
        cursor = self._c.execute(
            "INSERT INTO contacts (person_id, date, clinician_id, setting, weeks_pregnant,"
            " child_age_weeks, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                person_id,
                date.isoformat(),
                clinician_id,
                setting,
                weeks_pregnant,
                child_age_weeks,
                self._now,
            ),
        )
        self.touch(person_id)
        return int(cursor.lastrowid)

    def contact(self, contact_id: int) -> Contact | None:
        row = self._c.execute(
            "SELECT id, person_id, date, clinician_id, setting, weeks_pregnant, child_age_weeks"
            " FROM contacts WHERE id = ?",
            (contact_id,),
        ).fetchone()
        return None if row is None else _contact(row)

    def contacts(self, person_id: int) -> list[Contact]:
        rows = self._c.execute(
            "SELECT id, person_id, date, clinician_id, setting, weeks_pregnant, child_age_weeks"
            " FROM contacts WHERE person_id = ? ORDER BY date, id",
            (person_id,),
        )
        return [_contact(row) for row in rows]


def _person(row: tuple[Any, ...]) -> Person:
    data = PersonData(
        name=row[1],
        role=row[2],
        cpr=row[3],
        birth_date=date_or_none(row[4]),
        child_birth_date=date_or_none(row[5]),
        child_birth_date_kind=row[6],
        safe_phone=row[7],
        safe_times=row[8],
        may_leave_messages=bool_or_none(row[9]),
        may_send_letters_home=bool_or_none(row[10]),
    )
    return Person(
        id=row[0], data=data, created_at=row[11], updated_at=row[12], last_entry_at=row[13]
    )


def _summary(row: tuple[Any, ...]) -> PersonSummary:
    return PersonSummary(
        id=row[0], name=row[1], cpr=row[2], birth_date=date_or_none(row[3]), role=row[4]
    )


def _contact(row: tuple[Any, ...]) -> Contact:
    return Contact(
        id=row[0],
        person_id=row[1],
        date=dt.date.fromisoformat(row[2]),
        clinician_id=row[3],
        setting=row[4],
        weeks_pregnant=row[5],
        child_age_weeks=row[6],
    )


def purge_person(connection: Connection, person_id: int) -> None:
    """Delete everything about one person (the retention purge; secure_delete wipes pages)."""
    from screening_app.storage.schema_v1 import PERSON_TABLES

    connection.execute("INSERT OR IGNORE INTO purge_allowed (person_id) VALUES (?)", (person_id,))
    for table, where in PERSON_TABLES:
        connection.execute(f"DELETE FROM {table} WHERE {where}", {"person": person_id})
    connection.execute("DELETE FROM purge_allowed WHERE person_id = ?", (person_id,))
