"""A person's requests about her own data (a copy, a correction, an erasure) and what was
decided (SQL only). The details and the decision are free text: they stay in the encrypted
database and never go into the audit trail."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from screening_app.storage.connection import Connection

REQUEST_KINDS = ("access", "correction", "erasure")
REQUEST_STATES = ("open", "done", "refused")
_COLUMNS = (
    "id, person_id, kind, details, received_on, recorded_by, recorded_at, status, decision,"
    " decided_by, decided_at"
)


@dataclass(frozen=True)
class DataRequest:
    id: int
    person_id: int
    kind: str
    details: str
    received_on: str  # the day the clinic received it (ISO date)
    recorded_by: int
    recorded_at: str
    status: str
    decision: str | None
    decided_by: int | None
    decided_at: str | None


class DataRequestRecords:
    def __init__(self, connection: Connection, now: str) -> None:
        self._c = connection
        self._now = now

    def add(self, person_id: int, kind: str, details: str, received_on: str, by: int) -> int:
        cursor = self._c.execute(
            "INSERT INTO data_requests (person_id, kind, details, received_on, recorded_by,"
            " recorded_at) VALUES (?, ?, ?, ?, ?, ?)",
            (person_id, kind, details, received_on, by, self._now),
        )
        return int(cursor.lastrowid)

    def decide(self, request_id: int, status: str, decision: str, by: int) -> None:
        self._c.execute(
            "UPDATE data_requests SET status = ?, decision = ?, decided_by = ?, decided_at = ?"
            " WHERE id = ? AND status = 'open'",
            (status, decision, by, self._now, request_id),
        )

    def get(self, request_id: int) -> DataRequest | None:
        row = self._c.execute(
            f"SELECT {_COLUMNS} FROM data_requests WHERE id = ?", (request_id,)
        ).fetchone()
        return None if row is None else _request(row)

    def for_person(self, person_id: int) -> list[DataRequest]:
        rows = self._c.execute(
            f"SELECT {_COLUMNS} FROM data_requests WHERE person_id = ? ORDER BY id", (person_id,)
        )
        return [_request(row) for row in rows]


def _request(row: tuple[Any, ...]) -> DataRequest:
    return DataRequest(*row)
