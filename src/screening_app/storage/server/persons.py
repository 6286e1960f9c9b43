"""Persons, their contacts and links on the server: sealed fields, searched by blind index."""

from __future__ import annotations

import datetime as dt
from typing import Any

from screening_app.storage.conflicts import PersonChangedError, changed_fields
from screening_app.storage.errors import StorageError
from screening_app.storage.persons import name_words
from screening_app.storage.records import (
    Contact,
    Person,
    PersonData,
    PersonLink,
    PersonSummary,
    date_or_none,
    iso_or_none,
)
from screening_app.storage.server.fields import MAX_PREFIX, FieldCipher
from screening_app.storage.server.sql import Conn, next_id

CPR_DIGITS = 10
BIRTH_DIGITS = 6
# A name search reads at most this many candidates before it filters and sorts them here.
CANDIDATES = 2000


def _where(person_id: int) -> str:
    return f"persons/{person_id}"


def _data_json(data: PersonData) -> dict[str, Any]:
    return {
        "name": data.name,
        "cpr": data.cpr,
        "birth_date": iso_or_none(data.birth_date),
        "child_birth_date": iso_or_none(data.child_birth_date),
        "child_birth_date_kind": data.child_birth_date_kind,
        "safe_phone": data.safe_phone,
        "safe_times": data.safe_times,
        "may_leave_messages": data.may_leave_messages,
        "may_send_letters_home": data.may_send_letters_home,
    }


class ServerPersons:
    def __init__(self, connection: Conn, now: str, cipher: FieldCipher) -> None:
        self._c = connection
        self._now = now
        self._f = cipher

    # ------------------------------------------------------------------ persons
    def create(self, data: PersonData) -> int:
        person_id = next_id(self._c, "persons")
        self._c.execute(
            "INSERT INTO persons (id, sealed, role, created_at, updated_at, last_entry_at)"
            " VALUES (%s, %s, %s, %s, %s, %s)",
            (person_id, self._seal(person_id, data), data.role, self._now, self._now, self._now),
        )
        self._index(person_id, data)
        return person_id

    def update(self, person_id: int, data: PersonData, *, base: Person | None = None) -> None:
        if base is None:
            self._c.execute(
                "UPDATE persons SET sealed = %s, role = %s, row_version = row_version + 1,"
                " updated_at = %s, last_entry_at = %s WHERE id = %s",
                (self._seal(person_id, data), data.role, self._now, self._now, person_id),
            )
        else:
            updated = self._c.execute(
                "UPDATE persons SET sealed = %s, role = %s, row_version = row_version + 1,"
                " updated_at = %s, last_entry_at = %s WHERE id = %s AND row_version = %s",
                (
                    self._seal(person_id, data),
                    data.role,
                    self._now,
                    self._now,
                    person_id,
                    base.version,
                ),
            ).rowcount
            if updated == 0:
                self._refuse(person_id, base)
        self._c.execute("DELETE FROM person_tokens WHERE person_id = %s", (person_id,))
        self._index(person_id, data)

    def _refuse(self, person_id: int, base: Person) -> None:
        current = self.get(person_id)
        if current is None:
            raise StorageError("no-such-record")
        row = self._c.execute(
            'SELECT coalesce(u.display_name, a."user") FROM audit a'
            ' LEFT JOIN users u ON u.username = a."user"'
            " WHERE a.person_id = %s AND a.action = 'update-person' AND a.outcome = 'ok'"
            " ORDER BY a.seq DESC LIMIT 1",
            (person_id,),
        ).fetchone()
        who = str(row[0]) if row is not None else "?"
        raise PersonChangedError(who, changed_fields(base.data, current.data), current.updated_at)

    def touch(self, person_id: int) -> None:
        self._c.execute(
            "UPDATE persons SET last_entry_at = %s WHERE id = %s", (self._now, person_id)
        )

    def _seal(self, person_id: int, data: PersonData) -> bytes:
        return self._f.seal_json(_data_json(data), _where(person_id))

    def _index(self, person_id: int, data: PersonData) -> None:
        tokens: set[tuple[str, bytes]] = {
            ("name", token) for token in self._f.name_tokens(name_words(data.name))
        }
        if data.cpr is not None:
            tokens.add(("cpr", self._f.cpr_token(data.cpr)))
            tokens.add(("born", self._f.cpr_birth_token(data.cpr)))
        if data.birth_date is not None:
            tokens.add(("born", self._f.birth_token(data.birth_date)))
        with self._c.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO person_tokens (kind, token, person_id) VALUES (%s, %s, %s)",
                [(kind, token, person_id) for kind, token in sorted(tokens)],
            )

    def _open(self, person_id: int, sealed: bytes, role: str) -> PersonData:
        raw = self._f.open_json(sealed, _where(person_id))
        return PersonData(
            name=raw["name"],
            role=role,
            cpr=raw["cpr"],
            birth_date=date_or_none(raw["birth_date"]),
            child_birth_date=date_or_none(raw["child_birth_date"]),
            child_birth_date_kind=raw["child_birth_date_kind"],
            safe_phone=raw["safe_phone"],
            safe_times=raw["safe_times"],
            may_leave_messages=raw["may_leave_messages"],
            may_send_letters_home=raw["may_send_letters_home"],
        )

    def get(self, person_id: int) -> Person | None:
        row = self._c.execute(
            "SELECT id, sealed, role, created_at, updated_at, last_entry_at, row_version"
            " FROM persons"
            " WHERE id = %s",
            (person_id,),
        ).fetchone()
        if row is None:
            return None
        return Person(
            id=row[0],
            data=self._open(row[0], row[1], row[2]),
            created_at=row[3],
            updated_at=row[4],
            last_entry_at=row[5],
            version=int(row[6]),
        )

    def summary(self, person_id: int) -> PersonSummary | None:
        person = self.get(person_id)
        if person is None:
            return None
        return self._summary(person.id, person.data)

    @staticmethod
    def _summary(person_id: int, data: PersonData) -> PersonSummary:
        return PersonSummary(
            id=person_id, name=data.name, cpr=data.cpr, birth_date=data.birth_date, role=data.role
        )

    def _found(self, sql: str, params: list[Any]) -> list[tuple[int, PersonData]]:
        rows = self._c.execute(sql, params).fetchall()
        return [(int(row[0]), self._open(row[0], row[1], row[2])) for row in rows]

    def search_name(self, prefix: str, limit: int) -> list[PersonSummary]:
        words = sorted(name_words(prefix), key=len, reverse=True)
        if not words:
            return []
        sql = (
            "SELECT p.id, p.sealed, p.role FROM persons p WHERE p.id IN ("
            " SELECT person_id FROM person_tokens WHERE clinic = trygstart_clinic()"
            " AND kind = 'name' AND token = %s)"
        )
        params: list[Any] = [self._f.name_query_token(words[0])]
        for word in words[1:]:
            sql += (
                " AND EXISTS (SELECT 1 FROM person_tokens t WHERE t.person_id = p.id"
                " AND t.clinic = trygstart_clinic() AND t.kind = 'name' AND t.token = %s)"
            )
            params.append(self._f.name_query_token(word))
        sql += " LIMIT %s"
        params.append(CANDIDATES)
        found = []
        for person_id, data in self._found(sql, params):
            # Words longer than the indexed prefixes are checked here, in clear.
            have = name_words(data.name)
            if all(any(h.startswith(word) for h in have) for word in words):
                found.append(self._summary(person_id, data))
        found.sort(key=lambda s: (s.name, s.id))
        return found[:limit]

    def search_cpr(self, digits: str, limit: int) -> list[PersonSummary]:
        """A whole CPR number, or its first 6 to 9 digits (the birth date's six digits are the
        blind index; the rest is compared here). Fewer than 6 digits cannot be searched on a
        server: the index holds no shorter prefixes, so a DBA cannot count them either."""
        if len(digits) == CPR_DIGITS:
            kind, token = "cpr", self._f.cpr_token(digits)
        elif len(digits) >= BIRTH_DIGITS:
            kind, token = "born", self._f.cpr_birth_token(digits)
        else:
            raise StorageError("cpr-search-short")
        found = self._found(
            "SELECT p.id, p.sealed, p.role FROM persons p WHERE p.id IN (SELECT person_id"
            " FROM person_tokens WHERE clinic = trygstart_clinic() AND kind = %s AND token = %s)",
            [kind, token],
        )
        matches = [
            self._summary(person_id, data)
            for person_id, data in found
            if data.cpr is not None and data.cpr.startswith(digits)
        ]
        matches.sort(key=lambda s: (s.cpr or "", s.id))
        return matches[:limit]

    def search_birth_date(self, day: dt.date, limit: int) -> list[PersonSummary]:
        found = self._found(
            "SELECT p.id, p.sealed, p.role FROM persons p WHERE p.id IN (SELECT person_id"
            " FROM person_tokens WHERE clinic = trygstart_clinic() AND kind = 'born'"
            " AND token = %s)",
            [self._f.birth_token(day)],
        )
        summaries = [self._summary(person_id, data) for person_id, data in found]
        summaries.sort(key=lambda s: (s.name, s.id))
        return summaries[:limit]

    def purge(self, person_id: int) -> None:
        purge_person(self._c, person_id)

    def older_than(self, cutoff: str) -> list[int]:
        rows = self._c.execute("SELECT id FROM persons WHERE last_entry_at < %s", (cutoff,))
        return [int(row[0]) for row in rows]

    # -------------------------------------------------------------------- links
    def link(self, person_id: int, other_id: int, *, kind: str, created_by: int) -> None:
        low, high = sorted((person_id, other_id))
        self._c.execute(
            "INSERT INTO person_links (person_id, other_id, kind, created_by, created_at)"
            " VALUES (%s, %s, %s, %s, %s)",
            (low, high, kind, created_by, self._now),
        )

    def unlink(self, person_id: int, other_id: int) -> bool:
        low, high = sorted((person_id, other_id))
        cursor = self._c.execute(
            "DELETE FROM person_links WHERE person_id = %s AND other_id = %s", (low, high)
        )
        return cursor.rowcount > 0

    def links(self, person_id: int) -> list[PersonLink]:
        rows = self._c.execute(
            "SELECT person_id, other_id, kind, created_by, created_at FROM person_links"
            " WHERE person_id = %s OR other_id = %s ORDER BY created_at, person_id, other_id",
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
        row = self._c.execute(
            "INSERT INTO contacts (person_id, date, clinician_id, setting, weeks_pregnant,"
            " child_age_weeks, created_at) VALUES (%s, %s, %s, %s, %s, %s, %s) RETURNING id",
            (
                person_id,
                date.isoformat(),
                clinician_id,
                setting,
                weeks_pregnant,
                child_age_weeks,
                self._now,
            ),
        ).fetchone()
        assert row is not None
        self.touch(person_id)
        return int(row[0])

    def contact(self, contact_id: int) -> Contact | None:
        row = self._c.execute(
            "SELECT id, person_id, date, clinician_id, setting, weeks_pregnant, child_age_weeks"
            " FROM contacts WHERE id = %s",
            (contact_id,),
        ).fetchone()
        return None if row is None else _contact(row)

    def contacts(self, person_id: int) -> list[Contact]:
        rows = self._c.execute(
            "SELECT id, person_id, date, clinician_id, setting, weeks_pregnant, child_age_weeks"
            " FROM contacts WHERE person_id = %s ORDER BY date, id",
            (person_id,),
        )
        return [_contact(row) for row in rows]


def _contact(row: tuple[Any, ...]) -> Contact:
    return Contact(
        id=int(row[0]),
        person_id=int(row[1]),
        date=dt.date.fromisoformat(row[2]),
        clinician_id=int(row[3]),
        setting=row[4],
        weeks_pregnant=row[5],
        child_age_weeks=row[6],
    )


# Deleted by the retention purge, children first (the file's PERSON_TABLES, server names).
_PURGE: tuple[tuple[str, str], ...] = (
    ("person_links", "person_id = %(person)s OR other_id = %(person)s"),
    ("data_requests", "person_id = %(person)s"),
    ("answers", "screening_id IN (SELECT id FROM screenings WHERE person_id = %(person)s)"),
    ("documents", "person_id = %(person)s"),
    ("tasks", "person_id = %(person)s"),
    ("notes", "person_id = %(person)s"),
    ("referrals", "person_id = %(person)s"),
    ("screenings", "person_id = %(person)s"),
    ("contacts", "person_id = %(person)s"),
    ("person_tokens", "person_id = %(person)s"),
    ("persons", "id = %(person)s"),
)


def purge_person(connection: Conn, person_id: int) -> None:
    connection.execute(
        "INSERT INTO purge_allowed (person_id) VALUES (%s) ON CONFLICT DO NOTHING", (person_id,)
    )
    for table, where in _PURGE:
        connection.execute(f"DELETE FROM {table} WHERE {where}", {"person": person_id})
    connection.execute("DELETE FROM purge_allowed WHERE person_id = %s", (person_id,))


__all__ = ["MAX_PREFIX", "ServerPersons", "purge_person"]
