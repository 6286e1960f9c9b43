"""The access log for the clinic's own checks (SQL only): filtered reads of the audit trail,
the record of each CSV export with its reason, and spot checks with the reviewer's notes."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from screening_app.storage.audit import AuditEntry
from screening_app.storage.connection import Connection

# What a spot check samples: the reads of a person's data (a page, a screening, a paper
# previewed, printed or saved, a copy handed over).
READ_ACTIONS = ("view-person", "view-screening", "record-document", "export-person")
_ENTRY = "seq, at, user, action, person_id, criterion, outcome, prev_hash, hash"


@dataclass(frozen=True)
class AuditFilter:
    start: str | None = None  # UTC text, inclusive
    end: str | None = None  # UTC text, exclusive
    user: str | None = None
    action: str | None = None
    person_id: int | None = None

    def where(self) -> tuple[str, tuple[Any, ...]]:
        parts: list[str] = []
        values: list[Any] = []
        for column, operator, value in (
            ("at", ">=", self.start),
            ("at", "<", self.end),
            ("user", "=", self.user),
            ("action", "=", self.action),
            ("person_id", "=", self.person_id),
        ):
            if value is not None:
                parts.append(f"{column} {operator} ?")
                values.append(value)
        return (" WHERE " + " AND ".join(parts)) if parts else "", tuple(values)

    def text(self) -> str:
        """The filter as the audit criterion and the export record name it (no free text)."""
        return json.dumps(
            {k: v for k, v in self.__dict__.items() if v is not None},
            sort_keys=True,
            separators=(",", ":"),
        )


@dataclass(frozen=True)
class SpotCheck:
    id: int
    drawn_at: str
    drawn_by: int
    period_from: str
    period_to: str
    population: int
    reviewed_at: str | None
    reviewed_by: int | None
    note: str | None


@dataclass(frozen=True)
class SpotCheckItem:
    spot_check_id: int
    audit_seq: int
    at: str
    user: str
    action: str
    person_id: int
    verdict: str | None
    note: str | None


class AccessLogRecords:
    def __init__(self, connection: Connection, now: str) -> None:
        self._c = connection
        self._now = now

    def search(self, where: AuditFilter, limit: int) -> list[AuditEntry]:
        clause, values = where.where()
        rows = self._c.execute(
            f"SELECT {_ENTRY} FROM audit{clause} ORDER BY seq DESC LIMIT ?", (*values, limit)
        )
        return [AuditEntry(*row) for row in rows]

    def count(self, where: AuditFilter) -> int:
        clause, values = where.where()
        return int(self._c.execute(f"SELECT count(*) FROM audit{clause}", values).fetchone()[0])

    def users(self) -> list[str]:
        return [str(r[0]) for r in self._c.execute("SELECT DISTINCT user FROM audit ORDER BY 1")]

    def record_export(self, by: int, where: AuditFilter, entries: int, reason: str) -> int:
        cursor = self._c.execute(
            "INSERT INTO audit_exports (at, by_user, filter, entries, reason)"
            " VALUES (?, ?, ?, ?, ?)",
            (self._now, by, where.text(), entries, reason),
        )
        return int(cursor.lastrowid)

    # ------------------------------------------------------------ spot checks
    def reads(self, start: str, end: str) -> list[AuditEntry]:
        marks = ", ".join("?" * len(READ_ACTIONS))
        rows = self._c.execute(
            f"SELECT {_ENTRY} FROM audit WHERE at >= ? AND at < ? AND person_id IS NOT NULL"
            f" AND outcome = 'ok' AND action IN ({marks}) ORDER BY seq",
            (start, end, *READ_ACTIONS),
        )
        return [AuditEntry(*row) for row in rows]

    def add_spot_check(
        self, by: int, start: str, end: str, population: int, sample: list[AuditEntry]
    ) -> int:
        cursor = self._c.execute(
            "INSERT INTO spot_checks (drawn_at, drawn_by, period_from, period_to, population)"
            " VALUES (?, ?, ?, ?, ?)",
            (self._now, by, start, end, population),
        )
        check_id = int(cursor.lastrowid)
        self._c.executemany(
            "INSERT INTO spot_check_items (spot_check_id, audit_seq, at, user, action, person_id)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [(check_id, e.seq, e.at, e.user, e.action, e.person_id) for e in sample],
        )
        return check_id

    def spot_check(self, check_id: int) -> SpotCheck | None:
        row = self._c.execute(
            "SELECT id, drawn_at, drawn_by, period_from, period_to, population, reviewed_at,"
            " reviewed_by, note FROM spot_checks WHERE id = ?",
            (check_id,),
        ).fetchone()
        return None if row is None else SpotCheck(*row)

    def spot_checks(self) -> list[SpotCheck]:
        rows = self._c.execute(
            "SELECT id, drawn_at, drawn_by, period_from, period_to, population, reviewed_at,"
            " reviewed_by, note FROM spot_checks ORDER BY id DESC"
        )
        return [SpotCheck(*row) for row in rows]

    def items(self, check_id: int) -> list[SpotCheckItem]:
        rows = self._c.execute(
            "SELECT spot_check_id, audit_seq, at, user, action, person_id, verdict, note"
            " FROM spot_check_items WHERE spot_check_id = ? ORDER BY audit_seq",
            (check_id,),
        )
        return [SpotCheckItem(*row) for row in rows]

    def review_item(self, check_id: int, seq: int, verdict: str, note: str) -> bool:
        cursor = self._c.execute(
            "UPDATE spot_check_items SET verdict = ?, note = ? WHERE spot_check_id = ?"
            " AND audit_seq = ?",
            (verdict, note, check_id, seq),
        )
        return bool(cursor.rowcount == 1)

    def finish(self, check_id: int, by: int, note: str) -> None:
        self._c.execute(
            "UPDATE spot_checks SET reviewed_at = ?, reviewed_by = ?, note = ? WHERE id = ?",
            (self._now, by, note, check_id),
        )
