"""The clinic's oversight on the server: statistics, a person's data requests, the access log.

The statistics need codes the server only holds sealed (why a person was not asked, the phase
of a screening's context, the clinician's override and the flags of a result, the service a
person was referred to). The server never learns them: the workstation reads the period's
sealed rows and counts them itself, returning exactly what ``storage.statistics`` returns for
the file. Free text (a request's details and decision, an export's reason and filter, a
reviewer's notes) is sealed under its own row.
"""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from screening_app.storage.access_log import READ_ACTIONS, AuditFilter, SpotCheck, SpotCheckItem
from screening_app.storage.audit import AuditEntry
from screening_app.storage.data_requests import DataRequest
from screening_app.storage.server.fields import FieldCipher
from screening_app.storage.server.sql import Conn, next_id
from screening_app.storage.statistics import Coverage, RecordCount

PHASES = ("pregnant", "after-birth")


@dataclass(frozen=True)
class _Row:
    """One finalised screening as the statistics count it, opened on the workstation."""

    id: int
    person_id: int
    finalised_at: str
    amends_id: int | None
    gate: str
    status: str
    instrument_id: str | None
    instrument_version: str | None
    band_id: str | None
    role: str
    not_asked_reason: str | None
    phase: Any
    override_band_id: str | None
    flags: tuple[str, ...]

    @property
    def month(self) -> str:
        return self.finalised_at[:7]


def _month_end(month: str) -> str:
    """The first day of the month after ``month`` (``YYYY-MM``)."""
    months = int(month[:4]) * 12 + int(month[5:7])  # the next month, counted from January = 1
    return f"{months // 12:04d}-{months % 12 + 1:02d}-01"


class ServerStatistics:
    """``storage.statistics.StatisticsRecords`` for the server: the same rows, counted here."""

    def __init__(self, connection: Conn, cipher: FieldCipher) -> None:
        self._c = connection
        self._f = cipher
        self._loaded: dict[tuple[str, str], list[_Row]] = {}

    def _rows(self, start: str, end: str) -> list[_Row]:
        """The finalised screenings before ``end`` of every person with one in the period
        (coverage looks back for an earlier asking), opened once per unit of work."""
        key = (start, end)
        if key not in self._loaded:
            cursor = self._c.execute(
                "SELECT s.id, s.person_id, s.finalised_at, s.amends_id, s.gate, s.status,"
                " s.instrument_id, s.instrument_version, s.band_id, p.role, s.sealed,"
                " s.result_sealed FROM screenings s JOIN persons p ON p.id = s.person_id"
                " WHERE s.finalised_at < %(end)s AND s.person_id IN (SELECT person_id FROM"
                " screenings WHERE finalised_at >= %(start)s AND finalised_at < %(end)s)",
                {"start": start, "end": end},
            )
            self._loaded[key] = [self._open(row) for row in cursor]
        return self._loaded[key]

    def _open(self, row: tuple[Any, ...]) -> _Row:
        screening_id = int(row[0])
        sealed = self._f.open_json(row[10], f"screenings/{screening_id}")
        result: dict[str, Any] = {}
        if row[11] is not None:
            result = self._f.open_json(row[11], f"screenings/{screening_id}/result")
        outcome = result.get("result") or {}
        flags = outcome.get("flags") if isinstance(outcome, dict) else None
        context = sealed.get("context") or {}
        return _Row(
            id=screening_id,
            person_id=int(row[1]),
            finalised_at=str(row[2]),
            amends_id=row[3],
            gate=str(row[4]),
            status=str(row[5]),
            instrument_id=row[6],
            instrument_version=row[7],
            band_id=row[8],
            role=str(row[9]),
            not_asked_reason=sealed.get("not_asked_reason"),
            phase=context.get("phase") if isinstance(context, dict) else None,
            override_band_id=result.get("override_band_id"),
            flags=tuple(str(f) for f in flags or ()),
        )

    def _period(self, start: str, end: str) -> list[_Row]:
        return [r for r in self._rows(start, end) if start <= r.finalised_at < end]

    def records(self, start: str, end: str) -> list[RecordCount]:
        counts: Counter[RecordCount] = Counter()
        for r in self._period(start, end):
            if r.amends_id is None:
                key = RecordCount(
                    month=r.month,
                    gate=r.gate,
                    not_asked_reason=r.not_asked_reason,
                    instrument_id=r.instrument_id,
                    instrument_version=r.instrument_version,
                    band_id=r.override_band_id or r.band_id,
                    role=r.role,
                    count=0,
                )
                counts[key] += 1
        return [dataclasses.replace(key, count=count) for key, count in counts.items()]

    def flags(self, start: str, end: str) -> list[tuple[str, str, str, int]]:
        counts: Counter[tuple[str, str, str]] = Counter()
        for r in self._period(start, end):
            if r.amends_id is None and r.gate == "asked":
                for flag in r.flags:
                    counts[(r.month, str(r.instrument_id), flag)] += 1
        return [(*key, count) for key, count in counts.items()]

    def persons_seen(self, start: str, end: str) -> list[tuple[str | None, str, int]]:
        monthly: defaultdict[tuple[str | None, str], set[int]] = defaultdict(set)
        for r in self._period(start, end):
            monthly[(r.month, r.role)].add(r.person_id)
            monthly[(None, r.role)].add(r.person_id)
        return [(month, role, len(persons)) for (month, role), persons in monthly.items()]

    def coverage(self, start: str, end: str, follow_up: Iterable[str]) -> dict[str, list[Coverage]]:
        skip = frozenset(follow_up)
        # When each person was first asked in each phase (a screen, not a follow-up).
        first_asked: dict[tuple[int, str], str] = {}
        for r in self._rows(start, end):
            if (
                r.gate == "asked"
                and r.status == "finalised"
                and r.instrument_id is not None
                and r.instrument_id not in skip
                and r.phase in PHASES
            ):
                key = (r.person_id, str(r.phase))
                if key not in first_asked or r.finalised_at < first_asked[key]:
                    first_asked[key] = r.finalised_at
        seen_monthly: defaultdict[tuple[str, str], set[int]] = defaultdict(set)
        seen_whole: defaultdict[str, set[int]] = defaultdict(set)
        for r in self._period(start, end):
            if r.phase in PHASES:
                seen_monthly[(str(r.phase), r.month)].add(r.person_id)
                seen_whole[str(r.phase)].add(r.person_id)

        def asked(persons: set[int], phase: str, until: str) -> int:
            return sum(
                1
                for person in persons
                if (person, phase) in first_asked and first_asked[(person, phase)] < until
            )

        result: dict[str, list[Coverage]] = {phase: [] for phase in PHASES}
        for (phase, month), persons in seen_monthly.items():
            result[phase].append(
                Coverage(month, len(persons), asked(persons, phase, _month_end(month)))
            )
        for phase in PHASES:
            persons = seen_whole.get(phase, set())
            result[phase].append(Coverage(None, len(persons), asked(persons, phase, end)))
        return result

    def referrals(self, first: str, last: str) -> list[tuple[str, str, str, str, int]]:
        rows = self._c.execute(
            "SELECT id, date, sealed, consent, coalesce(legal_basis, consent_basis, '')"
            " FROM referrals WHERE date >= %s AND date <= %s",
            (first, last),
        )
        counts: Counter[tuple[str, str, str, str]] = Counter()
        for referral_id, date, sealed, consent, basis in rows:
            service = self._f.open_json(sealed, f"referrals/{referral_id}")["service_id"]
            counts[(str(date)[:7], str(service), str(consent), str(basis))] += 1
        return [(*key, count) for key, count in counts.items()]

    def documents(self, start: str, end: str) -> list[tuple[str, str, int]]:
        rows = self._c.execute(
            "SELECT substr(day, 1, 7), kind, count(*) FROM ("
            " SELECT DISTINCT person_id, kind, coalesce(referral_id, 0), substr(at, 1, 10) AS day"
            " FROM documents WHERE at >= %s AND at < %s AND action IN ('printed', 'saved')) d"
            " GROUP BY 1, 2",
            (start, end),
        )
        return [(str(m), str(k), int(n)) for m, k, n in rows]

    def reasking(self, first: str, last: str, today: str) -> list[tuple[str, int, int]]:
        rows = self._c.execute(
            "SELECT substr(t.due_date, 1, 7), count(*), count(*) FILTER (WHERE t.done_at IS NULL"
            " AND t.due_date < %s AND NOT EXISTS (SELECT 1 FROM screenings s"
            " WHERE s.person_id = t.person_id AND s.started_at > t.created_at))"
            " FROM tasks t WHERE t.kind = 'next-ask' AND t.due_date >= %s AND t.due_date <= %s"
            " GROUP BY 1",
            (today, first, last),
        )
        return [(str(m), int(n), int(o)) for m, n, o in rows]


_REQUEST_COLUMNS = (
    "id, person_id, kind, details_sealed, received_on, recorded_by, recorded_at, status,"
    " decision_sealed, decided_by, decided_at"
)


class ServerDataRequests:
    def __init__(self, connection: Conn, now: str, cipher: FieldCipher) -> None:
        self._c = connection
        self._now = now
        self._f = cipher

    def add(self, person_id: int, kind: str, details: str, received_on: str, by: int) -> int:
        request_id = next_id(self._c, "data_requests")
        self._c.execute(
            "INSERT INTO data_requests (id, person_id, kind, details_sealed, received_on,"
            " recorded_by, recorded_at) VALUES (%s, %s, %s, %s, %s, %s, %s)",
            (
                request_id,
                person_id,
                kind,
                self._f.seal(details.encode("utf-8"), f"data_requests/{request_id}/details"),
                received_on,
                by,
                self._now,
            ),
        )
        return request_id

    def decide(self, request_id: int, status: str, decision: str, by: int) -> None:
        sealed = self._f.seal(decision.encode("utf-8"), f"data_requests/{request_id}/decision")
        self._c.execute(
            "UPDATE data_requests SET status = %s, decision_sealed = %s, decided_by = %s,"
            " decided_at = %s WHERE id = %s AND status = 'open'",
            (status, sealed, by, self._now, request_id),
        )

    def _request(self, row: tuple[Any, ...]) -> DataRequest:
        request_id = int(row[0])
        where = f"data_requests/{request_id}"
        return DataRequest(
            id=request_id,
            person_id=int(row[1]),
            kind=str(row[2]),
            details=self._f.open_text(row[3], where + "/details") or "",
            received_on=str(row[4]),
            recorded_by=int(row[5]),
            recorded_at=str(row[6]),
            status=str(row[7]),
            decision=self._f.open_text(row[8], where + "/decision"),
            decided_by=row[9],
            decided_at=row[10],
        )

    def get(self, request_id: int) -> DataRequest | None:
        row = self._c.execute(
            f"SELECT {_REQUEST_COLUMNS} FROM data_requests WHERE id = %s", (request_id,)
        ).fetchone()
        return None if row is None else self._request(row)

    def for_person(self, person_id: int) -> list[DataRequest]:
        rows = self._c.execute(
            f"SELECT {_REQUEST_COLUMNS} FROM data_requests WHERE person_id = %s ORDER BY id",
            (person_id,),
        ).fetchall()
        return [self._request(row) for row in rows]


_ENTRY = 'seq, at, "user", action, person_id, criterion_sealed, outcome, prev_hash, hash'
_CHECK = (
    "id, drawn_at, drawn_by, period_from, period_to, population, reviewed_at, reviewed_by,"
    " note_sealed"
)


def _filter(where: AuditFilter) -> tuple[str, dict[str, Any]]:
    parts: list[str] = []
    values: dict[str, Any] = {}
    for name, column, operator in (
        ("start", "at", ">="),
        ("end", "at", "<"),
        ("user", '"user"', "="),
        ("action", "action", "="),
        ("person_id", "person_id", "="),
    ):
        value = getattr(where, name)
        if value is not None:
            parts.append(f"{column} {operator} %({name})s")
            values[name] = value
    return (" WHERE " + " AND ".join(parts)) if parts else "", values


class ServerAccessLog:
    """``storage.access_log.AccessLogRecords`` for the server (criteria opened here)."""

    def __init__(self, connection: Conn, now: str, cipher: FieldCipher) -> None:
        self._c = connection
        self._now = now
        self._f = cipher

    def _entry(self, row: tuple[Any, ...]) -> AuditEntry:
        seq = int(row[0])
        criterion = None if row[5] is None else self._f.open(row[5], f"audit/{seq}").decode()
        return AuditEntry(seq, row[1], row[2], row[3], row[4], criterion, *row[6:])

    def search(self, where: AuditFilter, limit: int) -> list[AuditEntry]:
        clause, values = _filter(where)
        rows = self._c.execute(
            f"SELECT {_ENTRY} FROM audit{clause} ORDER BY seq DESC LIMIT %(limit)s",
            {**values, "limit": limit},
        ).fetchall()
        return [self._entry(row) for row in rows]

    def count(self, where: AuditFilter) -> int:
        clause, values = _filter(where)
        row = self._c.execute(f"SELECT count(*) FROM audit{clause}", values).fetchone()
        return 0 if row is None else int(row[0])

    def users(self) -> list[str]:
        rows = self._c.execute('SELECT DISTINCT "user" FROM audit ORDER BY 1')
        return [str(row[0]) for row in rows]

    def record_export(self, by: int, where: AuditFilter, entries: int, reason: str) -> int:
        export_id = next_id(self._c, "audit_exports")
        place = f"audit_exports/{export_id}"
        self._c.execute(
            "INSERT INTO audit_exports (id, at, by_user, filter_sealed, entries, reason_sealed)"
            " VALUES (%s, %s, %s, %s, %s, %s)",
            (
                export_id,
                self._now,
                by,
                self._f.seal(where.text().encode("utf-8"), place + "/filter"),
                entries,
                self._f.seal(reason.encode("utf-8"), place + "/reason"),
            ),
        )
        return export_id

    # ------------------------------------------------------------ spot checks
    def reads(self, start: str, end: str) -> list[AuditEntry]:
        rows = self._c.execute(
            f"SELECT {_ENTRY} FROM audit WHERE at >= %s AND at < %s AND person_id IS NOT NULL"
            " AND outcome = 'ok' AND action = ANY(%s) ORDER BY seq",
            (start, end, list(READ_ACTIONS)),
        ).fetchall()
        return [self._entry(row) for row in rows]

    def add_spot_check(
        self, by: int, start: str, end: str, population: int, sample: list[AuditEntry]
    ) -> int:
        check_id = next_id(self._c, "spot_checks")
        self._c.execute(
            "INSERT INTO spot_checks (id, drawn_at, drawn_by, period_from, period_to, population)"
            " VALUES (%s, %s, %s, %s, %s, %s)",
            (check_id, self._now, by, start, end, population),
        )
        with self._c.cursor() as cursor:
            cursor.executemany(
                'INSERT INTO spot_check_items (spot_check_id, audit_seq, at, "user", action,'
                " person_id) VALUES (%s, %s, %s, %s, %s, %s)",
                [(check_id, e.seq, e.at, e.user, e.action, e.person_id) for e in sample],
            )
        return check_id

    def _check(self, row: tuple[Any, ...]) -> SpotCheck:
        return SpotCheck(
            id=int(row[0]),
            drawn_at=str(row[1]),
            drawn_by=int(row[2]),
            period_from=str(row[3]),
            period_to=str(row[4]),
            population=int(row[5]),
            reviewed_at=row[6],
            reviewed_by=row[7],
            note=self._f.open_text(row[8], f"spot_checks/{row[0]}/note"),
        )

    def spot_check(self, check_id: int) -> SpotCheck | None:
        row = self._c.execute(
            f"SELECT {_CHECK} FROM spot_checks WHERE id = %s", (check_id,)
        ).fetchone()
        return None if row is None else self._check(row)

    def spot_checks(self) -> list[SpotCheck]:
        rows = self._c.execute(f"SELECT {_CHECK} FROM spot_checks ORDER BY id DESC").fetchall()
        return [self._check(row) for row in rows]

    def items(self, check_id: int) -> list[SpotCheckItem]:
        rows = self._c.execute(
            'SELECT spot_check_id, audit_seq, at, "user", action, person_id, verdict,'
            " note_sealed FROM spot_check_items WHERE spot_check_id = %s ORDER BY audit_seq",
            (check_id,),
        ).fetchall()
        return [
            SpotCheckItem(
                spot_check_id=int(row[0]),
                audit_seq=int(row[1]),
                at=str(row[2]),
                user=str(row[3]),
                action=str(row[4]),
                person_id=int(row[5]),
                verdict=row[6],
                note=self._f.open_text(row[7], f"spot_check_items/{check_id}/{row[1]}"),
            )
            for row in rows
        ]

    def review_item(self, check_id: int, seq: int, verdict: str, note: str) -> bool:
        sealed = self._f.seal(note.encode("utf-8"), f"spot_check_items/{check_id}/{seq}")
        cursor = self._c.execute(
            "UPDATE spot_check_items SET verdict = %s, note_sealed = %s WHERE spot_check_id = %s"
            " AND audit_seq = %s",
            (verdict, sealed, check_id, seq),
        )
        return cursor.rowcount == 1

    def finish(self, check_id: int, by: int, note: str) -> None:
        sealed = self._f.seal(note.encode("utf-8"), f"spot_checks/{check_id}/note")
        self._c.execute(
            "UPDATE spot_checks SET reviewed_at = %s, reviewed_by = %s, note_sealed = %s"
            " WHERE id = %s",
            (self._now, by, sealed, check_id),
        )
