"""From the storage's counts to the tables the statistics show (before suppression).

Each table is counts by row (a code) and month, with the whole period beside them. What each
counts (the definitions a leader reporting to the region needs; the README repeats them):

- ``persons``: distinct persons with a record (asked or not) in the month, by their role;
  the period column counts each person once.
- ``asking``: records of an asking (screening instruments only): asked, or not asked by reason.
- ``asked-by-role``: the askings by the person's role.
- ``results``: the askings by instrument, version and band (the band in force, a clinician's
  override included; "no band" when none was reached).
- ``flags``: askings and safety checks that raised each flag (one asking may raise several,
  so the rows do not add up to a total).
- ``safety-checks``: the immediate-safety checks (follow-up instruments) by result.
- ``referrals-service`` / ``referrals-basis``: referrals by service, and by consent and its
  legal basis (Sundhedsloven § 41 / § 43 stk. 1 with consent; § 43 stk. 2 nr. 1 or 2 without).
- ``documents``: papers handed over (printed or saved; a reprint the same day is the same
  paper): § 133 notifications, resource cards, safety plans, referral letters.
- ``reasking``: planned next askings due in the month, and of those, overdue today.
- ``coverage-pregnancy`` / ``coverage-after-birth``: persons with a record in that phase,
  split into those asked in that phase by the month's end and those not (yet).
"""

from __future__ import annotations

from collections.abc import Iterable

from screening_app.services.statistics.suppression import Table
from screening_app.storage.records import NOT_ASKED_REASONS, PERSON_ROLES
from screening_app.storage.statistics import Coverage, RecordCount

DOCUMENT_KINDS = ("notification", "resource-card", "safety-plan", "referral-letter")
BASIS_ROWS = (
    "given:sundhedsloven-41",
    "given:sundhedsloven-43-1",
    "given:",
    "declined:",
    "lawful-disclosure:sundhedsloven-43-2-1",
    "lawful-disclosure:sundhedsloven-43-2-2",
)
NO_BAND = "no-band"

Grid = dict[str, dict[str, int]]


def _grid(rows: Iterable[str], months: tuple[str, ...]) -> Grid:
    return {row: dict.fromkeys(months, 0) for row in rows}


def _table(
    key: str,
    grid: Grid,
    months: tuple[str, ...],
    *,
    measure: str | None = None,
    totals: bool = True,
    row_measures: dict[str, str] | None = None,
) -> Table:
    rows = tuple(grid)
    period = {row: sum(grid[row].values()) for row in rows}
    return Table(
        key, rows, months, grid, period, totals=totals, measure=measure,
        row_measures=row_measures or {},
    )  # fmt: skip


def _add(grid: Grid, row: str, month: str, count: int, months: tuple[str, ...]) -> None:
    if month not in months:
        return  # outside the chosen months (cannot happen with the period's own bounds)
    grid.setdefault(row, dict.fromkeys(months, 0))[month] += count


def record_tables(
    records: list[RecordCount], months: tuple[str, ...], safety: frozenset[str]
) -> list[Table]:
    """Records of askings (any instrument not in ``safety``) and of safety checks."""
    reasons = _grid(["asked", *(f"not-asked:{r}" for r in NOT_ASKED_REASONS)], months)
    roles = _grid(PERSON_ROLES, months)
    results: Grid = {}
    checks: Grid = {}
    for record in records:
        instrument = record.instrument_id or ""
        if record.gate == "not-asked":
            _add(
                reasons, f"not-asked:{record.not_asked_reason}", record.month, record.count, months
            )
            continue
        label = f"{instrument} {record.instrument_version} · {record.band_id or NO_BAND}"
        if instrument in safety:
            _add(checks, label, record.month, record.count, months)
            continue
        _add(reasons, "asked", record.month, record.count, months)
        _add(roles, record.role, record.month, record.count, months)
        _add(results, label, record.month, record.count, months)
    return [
        _table("asking", reasons, months, measure="records", row_measures={"asked": "asked"}),
        _table("asked-by-role", roles, months, measure="asked"),
        _table("results", dict(sorted(results.items())), months, measure="asked"),
        _table("safety-checks", dict(sorted(checks.items())), months, measure="safety-checks"),
    ]


def persons_table(seen: list[tuple[str | None, str, int]], months: tuple[str, ...]) -> Table:
    grid = _grid(PERSON_ROLES, months)
    period = dict.fromkeys(PERSON_ROLES, 0)
    for month, role, count in seen:
        if month is None:
            period[role] = period.get(role, 0) + count
        else:
            _add(grid, role, month, count, months)
    rows = tuple(grid)
    return Table("persons", rows, months, grid, {r: period.get(r, 0) for r in rows},
                 rows_add_up=False)  # fmt: skip


def flags_table(flags: list[tuple[str, str, str, int]], months: tuple[str, ...]) -> Table:
    grid: Grid = {}
    for month, instrument, flag, count in flags:
        _add(grid, f"{instrument} · {flag}", month, count, months)
    return _table("flags", dict(sorted(grid.items())), months, totals=False)


def referral_tables(
    referrals: list[tuple[str, str, str, str, int]], months: tuple[str, ...]
) -> list[Table]:
    services: Grid = {}
    bases = _grid(BASIS_ROWS, months)
    for month, service, consent, basis, count in referrals:
        _add(services, service, month, count, months)
        _add(bases, f"{consent}:{basis}", month, count, months)
    return [
        _table("referrals-service", dict(sorted(services.items())), months, measure="referrals"),
        _table("referrals-basis", bases, months, measure="referrals"),
    ]


def documents_table(documents: list[tuple[str, str, int]], months: tuple[str, ...]) -> Table:
    grid = _grid(DOCUMENT_KINDS, months)
    for month, kind, count in documents:
        _add(grid, kind, month, count, months)
    return _table("documents", grid, months, measure="documents")


def reasking_table(rows: list[tuple[str, int, int]], months: tuple[str, ...]) -> Table:
    grid = _grid(("due", "overdue"), months)
    for month, due, overdue in rows:
        _add(grid, "due", month, due, months)
        _add(grid, "overdue", month, overdue, months)
    return _table("reasking", grid, months, totals=False)


def coverage_table(key: str, coverage: list[Coverage], months: tuple[str, ...]) -> Table:
    grid = _grid(("asked", "not-asked"), months)
    period = {"asked": 0, "not-asked": 0}
    for entry in coverage:
        if entry.month is None:
            period = {"asked": entry.asked, "not-asked": entry.seen - entry.asked}
        else:
            _add(grid, "asked", entry.month, entry.asked, months)
            _add(grid, "not-asked", entry.month, entry.seen - entry.asked, months)
    return Table(key, ("asked", "not-asked"), months, grid, period, rows_add_up=False)


def months_between(first: str, last: str) -> tuple[str, ...]:
    """Every month ``YYYY-MM`` from ``first`` to ``last`` (dates as text), both included."""
    year, month = int(first[:4]), int(first[5:7])
    end = (int(last[:4]), int(last[5:7]))
    found: list[str] = []
    while (year, month) <= end:
        found.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)  # noqa: PLR2004
    return tuple(found)
