"""The counts behind the clinic's statistics (SQL only): codes and numbers, never a person.

Every query takes one period as UTC text, ``[start, end)``, and groups by calendar month (UTC,
``YYYY-MM``). Nothing here returns a name, a CPR number, a date of birth, free text or a
person's id: the rows are (month, codes..., count). A screening counts once, as first
recorded: its amendments (``amends_id``) are corrections of the same asking, not new ones.
``follow_up`` names the instruments that are follow-ups (the immediate-safety check): they
are counted as safety checks, not as askings.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from screening_app.storage.connection import Connection


@dataclass(frozen=True)
class RecordCount:
    """Finalised records of one month with the same codes (gate, reason, instrument, band)."""

    month: str
    gate: str
    not_asked_reason: str | None
    instrument_id: str | None
    instrument_version: str | None
    band_id: str | None  # the band in force: the clinician's override if there is one
    role: str
    count: int


@dataclass(frozen=True)
class Coverage:
    """Persons seen in a phase (pregnancy / after birth) and how many of them were asked."""

    month: str | None  # None: the whole period
    seen: int
    asked: int


class StatisticsRecords:
    def __init__(self, connection: Connection) -> None:
        self._c = connection

    def records(self, start: str, end: str) -> list[RecordCount]:
        rows = self._c.execute(
            "SELECT substr(s.finalised_at, 1, 7), s.gate, s.not_asked_reason, s.instrument_id,"
            " s.instrument_version, coalesce(s.override_band_id, s.band_id), p.role, count(*)"
            " FROM screenings s JOIN persons p ON p.id = s.person_id"
            " WHERE s.finalised_at >= ? AND s.finalised_at < ? AND s.amends_id IS NULL"
            " GROUP BY 1, 2, 3, 4, 5, 6, 7",
            (start, end),
        )
        return [RecordCount(*row) for row in rows]

    def flags(self, start: str, end: str) -> list[tuple[str, str, str, int]]:
        """(month, instrument id, flag id, screenings with that flag)."""
        rows = self._c.execute(
            "SELECT substr(s.finalised_at, 1, 7), s.instrument_id, j.value, count(*)"
            " FROM screenings s, json_each(s.result_json, '$.flags') j"
            " WHERE s.finalised_at >= ? AND s.finalised_at < ? AND s.amends_id IS NULL"
            # Most results raise no flag: a text test skips parsing them (the snapshot is
            # written compact, ``"flags":[]``, by ``to_json``).
            " AND s.gate = 'asked' AND instr(s.result_json, '\"flags\":[]') = 0"
            " GROUP BY 1, 2, 3",
            (start, end),
        )
        return [(str(m), str(i), str(f), int(n)) for m, i, f, n in rows]

    def persons_seen(self, start: str, end: str) -> list[tuple[str | None, str, int]]:
        """(month or None for the whole period, role, distinct persons with a record)."""
        monthly = self._c.execute(
            "SELECT substr(s.finalised_at, 1, 7), p.role, count(DISTINCT s.person_id)"
            " FROM screenings s JOIN persons p ON p.id = s.person_id"
            " WHERE s.finalised_at >= ? AND s.finalised_at < ? GROUP BY 1, 2",
            (start, end),
        ).fetchall()
        period = self._c.execute(
            "SELECT NULL, p.role, count(DISTINCT s.person_id)"
            " FROM screenings s JOIN persons p ON p.id = s.person_id"
            " WHERE s.finalised_at >= ? AND s.finalised_at < ? GROUP BY 2",
            (start, end),
        ).fetchall()
        return [(m, str(r), int(n)) for m, r, n in [*monthly, *period]]

    def coverage(self, start: str, end: str, follow_up: Iterable[str]) -> dict[str, list[Coverage]]:
        """By phase (pregnant / after-birth): of the persons with a record in that phase in
        each month (and in the period), how many had been asked (a screen, not a follow-up)
        in that phase by the month's (the period's) end. One pass over the period's rows."""
        skip = tuple(follow_up) or ("",)
        marks = ", ".join("?" * len(skip))
        asked = (
            "EXISTS (SELECT 1 FROM screenings a WHERE a.person_id = seen.person_id"
            " AND a.gate = 'asked' AND a.status = 'finalised'"
            f" AND a.instrument_id NOT IN ({marks})"
            " AND json_extract(a.context_json, '$.phase') = seen.phase"
            " AND a.finalised_at < {until})"
        )
        seen = (
            "SELECT DISTINCT {month} AS m, person_id, json_extract(context_json, '$.phase')"
            " AS phase FROM screenings WHERE finalised_at >= ? AND finalised_at < ?"
            " AND phase IN ('pregnant', 'after-birth')"
        )
        monthly = self._c.execute(
            f"SELECT seen.phase, seen.m, count(*), sum({asked.format(until=_MONTH_END)})"
            f" FROM ({seen.format(month='substr(finalised_at, 1, 7)')}) seen"
            " GROUP BY seen.phase, seen.m",
            (*skip, start, end),
        ).fetchall()
        whole = self._c.execute(
            f"SELECT seen.phase, count(*), coalesce(sum({asked.format(until='?')}), 0)"
            f" FROM ({seen.format(month='NULL')}) seen GROUP BY seen.phase",
            (*skip, end, start, end),
        ).fetchall()
        result: dict[str, list[Coverage]] = {"pregnant": [], "after-birth": []}
        for phase, month, count, asked_count in monthly:
            result[str(phase)].append(Coverage(str(month), int(count), int(asked_count)))
        totals = {str(phase): (int(n), int(a)) for phase, n, a in whole}
        for phase, entries in result.items():
            n, a = totals.get(phase, (0, 0))
            entries.append(Coverage(None, n, a))
        return result

    def referrals(self, first: str, last: str) -> list[tuple[str, str, str, str, int]]:
        """(month, service id, consent, basis or '', referrals) for dates in [first, last]."""
        rows = self._c.execute(
            "SELECT substr(date, 1, 7), service_id, consent,"
            " coalesce(legal_basis, consent_basis, ''), count(*) FROM referrals"
            " WHERE date >= ? AND date <= ? GROUP BY 1, 2, 3, 4",
            (first, last),
        )
        return [(str(m), str(s), str(c), str(b), int(n)) for m, s, c, b, n in rows]

    def documents(self, start: str, end: str) -> list[tuple[str, str, int]]:
        """(month, kind, documents handed over): one per person, kind, letter and day that was
        printed or saved (a preview alone hands nothing over; a reprint is the same paper)."""
        rows = self._c.execute(
            "SELECT substr(day, 1, 7), kind, count(*) FROM ("
            " SELECT DISTINCT person_id, kind, coalesce(referral_id, 0), substr(at, 1, 10) AS day"
            " FROM documents WHERE at >= ? AND at < ? AND action IN ('printed', 'saved'))"
            " GROUP BY 1, 2",
            (start, end),
        )
        return [(str(m), str(k), int(n)) for m, k, n in rows]

    def reasking(self, first: str, last: str, today: str) -> list[tuple[str, int, int]]:
        """(month, next askings due, of which overdue): a planned next asking is overdue when
        its date is before ``today``, the task is not done, and the person has no record
        (asked or not) begun after the plan was made."""
        rows = self._c.execute(
            "SELECT substr(t.due_date, 1, 7), count(*), coalesce(sum(t.done_at IS NULL"
            " AND t.due_date < ? AND NOT EXISTS (SELECT 1 FROM screenings s"
            " WHERE s.person_id = t.person_id AND s.started_at > t.created_at)), 0)"
            " FROM tasks t WHERE t.kind = 'next-ask' AND t.due_date >= ? AND t.due_date <= ?"
            " GROUP BY 1",
            (today, first, last),
        )
        return [(str(m), int(n), int(o)) for m, n, o in rows]


_MONTH_END = "date(seen.m || '-01', '+1 month')"
