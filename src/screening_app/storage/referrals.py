"""Referrals with their consent (or lawful basis), and documents produced, printed, saved."""

from __future__ import annotations

import datetime as dt
from typing import Any

from screening_app.storage.connection import Connection
from screening_app.storage.records import DocumentEvent, Referral, date_or_none, iso_or_none

_SCOPE_COLUMNS = {
    "contact-details": "scope_contact_details",
    "screening-result": "scope_screening_result",
    "safety-concerns": "scope_safety_concerns",
    "free-text": "scope_free_text",
    "own-violence": "scope_own_violence",
}
_COLUMNS = (
    "id, person_id, screening_id, service_id, consent, legal_basis, scope_contact_details,"
    " scope_screening_result, scope_safety_concerns, scope_free_text, form, date, expires_on,"
    " informing_unsafe, recorded_by, recorded_at, scope_own_violence, consent_basis, oral_reason"
)


class ReferralRecords:
    def __init__(self, connection: Connection, now: str) -> None:
        self._c = connection
        self._now = now

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
        columns = ", ".join(
            (
                "person_id, screening_id, service_id, consent, legal_basis",
                *_SCOPE_COLUMNS.values(),
                "form, date, expires_on, informing_unsafe, recorded_by, recorded_at",
                "consent_basis, oral_reason",
            )
        )
        values = (
            person_id,
            screening_id,
            service_id,
            consent,
            legal_basis,
            *(int(name in scope) for name in _SCOPE_COLUMNS),
            form,
            date.isoformat(),
            iso_or_none(expires_on),
            int(informing_unsafe),
            recorded_by,
            self._now,
            consent_basis,
            oral_reason,
        )
        cursor = self._c.execute(
            f"INSERT INTO referrals ({columns}) VALUES ({', '.join('?' * len(values))})", values
        )
        return int(cursor.lastrowid)

    def get(self, referral_id: int) -> Referral | None:
        row = self._c.execute(
            f"SELECT {_COLUMNS} FROM referrals WHERE id = ?", (referral_id,)
        ).fetchone()
        return None if row is None else _referral(row)

    def for_person(self, person_id: int) -> list[Referral]:
        rows = self._c.execute(
            f"SELECT {_COLUMNS} FROM referrals WHERE person_id = ? ORDER BY date, id",
            (person_id,),
        )
        return [_referral(row) for row in rows]

    def record_document(
        self, *, person_id: int, referral_id: int | None, kind: str, action: str, by_user: int
    ) -> int:
        cursor = self._c.execute(
            "INSERT INTO documents (person_id, referral_id, kind, action, at, by_user)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (person_id, referral_id, kind, action, self._now, by_user),
        )
        return int(cursor.lastrowid)

    def documents(self, person_id: int) -> list[DocumentEvent]:
        rows = self._c.execute(
            "SELECT id, person_id, referral_id, kind, action, at, by_user FROM documents"
            " WHERE person_id = ? ORDER BY at, id",
            (person_id,),
        )
        return [DocumentEvent(*row) for row in rows]


def _referral(row: tuple[Any, ...]) -> Referral:
    flags = (*row[6:10], row[16])
    scope = frozenset(name for name, flag in zip(_SCOPE_COLUMNS, flags, strict=True) if flag)
    return Referral(
        id=row[0],
        person_id=row[1],
        screening_id=row[2],
        service_id=row[3],
        consent=row[4],
        legal_basis=row[5],
        scope=scope,
        form=row[10],
        date=dt.date.fromisoformat(row[11]),
        expires_on=date_or_none(row[12]),
        informing_unsafe=bool(row[13]),
        recorded_by=row[14],
        recorded_at=row[15],
        consent_basis=row[17],
        oral_reason=row[18],
    )
