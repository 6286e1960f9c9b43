"""The clinic's statistics for administrators and leaders: counts by month, never a person.

Every figure leaves here suppressed (``suppression``): the screen, the CSV, the year report
and the command line all take the same ``StatisticsReport``. Viewing is one audit entry
(``view-statistics``), each export one more (``export-statistics``), both with the period and
the format as criterion.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from screening_app.domain.instrument import Instrument
from screening_app.letters.fonts import FontSet
from screening_app.services.session import UserSession
from screening_app.services.statistics import tables as build
from screening_app.services.statistics.suppression import ShownTable, Table, suppress
from screening_app.storage.errors import StorageError
from screening_app.storage.interface import Work
from screening_app.storage.settings import CLINIC_NAME
from screening_app.storage.statistics import RecordCount
from screening_app.storage.vault import utc_text

MAX_MONTHS = 36
PHASES = (("coverage-pregnancy", "pregnant"), ("coverage-after-birth", "after-birth"))


@dataclass(frozen=True)
class StatisticsReport:
    first: dt.date
    last: dt.date
    months: tuple[str, ...]
    tables: tuple[ShownTable, ...]
    made_at: str  # UTC

    def table(self, key: str) -> ShownTable:
        for table in self.tables:
            if table.key == key:
                return table
        raise KeyError(key)

    def share_asked(self, key: str, column: str) -> float | None:
        """A coverage table's share asked in one column; None when a count behind it is
        hidden (the share would give it away) or nobody was seen."""
        table = self.table(key)
        asked = table.cell("asked", column).value
        total = None if table.totals is None else table.totals[column].value
        if asked is None or total is None or total == 0:
            return None
        if table.cell("not-asked", column).value is None:
            return None
        return asked / total


class StatisticsService:
    def __init__(self, session: UserSession, instruments: Iterable[Instrument] = ()) -> None:
        self._session = session
        kinds: dict[str, str] = {}
        for instrument in instruments:
            kinds[instrument.id] = instrument.kind
        self._safety = frozenset(i for i, kind in kinds.items() if kind == "follow-up")
        self._not_asking = frozenset(i for i, kind in kinds.items() if kind != "screen")

    def report(self, first: dt.date, last: dt.date) -> StatisticsReport:
        """The statistics for the days ``first``-``last`` (both included), suppressed."""
        _check_period(first, last)
        self._session.require_overseer("view-statistics")
        with self._session.audited("view-statistics", criterion=_criterion(first, last)) as w:
            return self._report(w, first, last)

    def export_csv(self, first: dt.date, last: dt.date, lang: str = "da") -> str:
        """The report as CSV text (``csv_export``); one ``export-statistics`` entry."""
        from screening_app.services.statistics.csv_export import report_csv

        return report_csv(self._exported(first, last, "csv"), lang)

    def export_pdf(self, first: dt.date, last: dt.date, fonts: FontSet, lang: str = "da") -> bytes:
        """The report as PDF bytes with charts (at most 13 months), in memory; one
        ``export-statistics`` entry. The caller saves it where the user chose."""
        from screening_app.services.statistics.pdf import MAX_PDF_MONTHS, statistics_pdf

        _check_period(first, last, MAX_PDF_MONTHS)
        report = self._exported(first, last, "pdf")
        clinic = self._session.database.setting(CLINIC_NAME) or ""
        return statistics_pdf(report, fonts, lang, clinic)

    def _exported(self, first: dt.date, last: dt.date, form: str) -> StatisticsReport:
        _check_period(first, last)
        self._session.require_overseer("export-statistics")
        criterion = f"{form}:{_criterion(first, last)}"
        with self._session.audited("export-statistics", criterion=criterion) as work:
            return self._report(work, first, last)

    def _report(self, work: Work, first: dt.date, last: dt.date) -> StatisticsReport:
        start = _utc_start(first)
        end = _utc_start(last + dt.timedelta(days=1))
        months = build.months_between(first.isoformat(), last.isoformat())
        records = work.statistics
        today = self._session.clock().date().isoformat()
        tables = [
            build.persons_table(records.persons_seen(start, end), months),
            *self._record_tables(records.records(start, end), months),
            build.flags_table(records.flags(start, end), months),
            *build.referral_tables(records.referrals(first.isoformat(), last.isoformat()), months),
            build.documents_table(records.documents(start, end), months),
            build.reasking_table(
                records.reasking(first.isoformat(), last.isoformat(), today), months
            ),
        ]
        coverage = records.coverage(start, end, self._not_asking)
        for key, phase in PHASES:
            tables.append(build.coverage_table(key, coverage[phase], months))
        shown = suppress(tables)
        return StatisticsReport(first, last, months, tuple(shown), utc_text(self._session.clock()))

    def _record_tables(self, records: list[RecordCount], months: tuple[str, ...]) -> list[Table]:
        # Instruments that are neither screens nor safety checks (score entries) count as
        # records of the person, never as an asking.
        skip = self._not_asking - self._safety
        kept = [r for r in records if (r.instrument_id or "") not in skip]
        return build.record_tables(kept, months, self._safety)


def _check_period(first: dt.date, last: dt.date, most: int = MAX_MONTHS) -> None:
    if last < first:
        raise StorageError("invalid", detail="period (the first day is after the last)")
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    if months > most:
        raise StorageError("invalid", detail=f"period (at most {most} months)")


def _criterion(first: dt.date, last: dt.date) -> str:
    return f"{first.isoformat()}..{last.isoformat()}"


def _utc_start(day: dt.date) -> str:
    return utc_text(dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC))
