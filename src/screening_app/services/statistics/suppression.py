"""Small numbers suppressed, in one place, for every table the statistics show or export.

A table is counts by row (a code) and month, with a period column and, where the rows add up,
a totals row. Rules:

1. Primary: a count of 1-4 is shown as ``<5`` (zero is shown: it identifies no one).
2. Secondary: no suppressed count may be worked out from what is shown. The published totals
   make linear relations (a row's months add up to its period total; a month's rows add up to
   the totals row); tables that share a total (the same ``measure``) are one system. A
   suppressed count is derivable exactly when every solution of the relations gives it the
   same value, i.e. it is a pivot of the suppressed columns' reduced matrix with no free
   column in its row. While one is, another count in one of its relations is hidden as well
   (``x``), the smallest of five or more first, then a zero.
3. Bounds: a reader knows a ``<5`` is 1-4. A relation whose hidden counts are all ``<5`` and
   whose remainder is their least or greatest possible sum (all 1s or all 4s) gives them
   away: one more count in it is hidden.

``suppress`` takes the true tables and returns what may be shown; nothing else in the
application shows or exports a statistic.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Literal

SMALL_MIN = 1
SMALL_MAX = 4
PERIOD = "period"  # the period column's key, beside the months ("YYYY-MM")

Mark = Literal["", "<5", "x"]


@dataclass(frozen=True)
class Table:
    """True counts: ``cells[row][month]`` and ``period[row]`` (the whole period).

    ``rows_add_up``: a row's period count is the sum of its months (False for distinct
    persons, who may be seen in several months). ``totals``: the table has a totals row (its
    rows are disjoint, so they add up). ``measure`` names what the totals row counts; tables
    with the same measure share it. ``row_measures`` names rows that equal another measure's
    totals (the "asked" row of the asking table is the instruments table's total).
    """

    key: str
    rows: tuple[str, ...]
    months: tuple[str, ...]
    cells: Mapping[str, Mapping[str, int]]
    period: Mapping[str, int]
    rows_add_up: bool = True
    totals: bool = True
    measure: str | None = None
    row_measures: Mapping[str, str] = field(default_factory=dict)

    def total(self, month: str) -> int:
        if month == PERIOD:
            return sum(self.period[row] for row in self.rows)
        return sum(self.cells[row][month] for row in self.rows)

    def columns(self) -> tuple[str, ...]:
        return (*self.months, PERIOD)

    def value(self, row: str, column: str) -> int:
        return self.period[row] if column == PERIOD else self.cells[row][column]


@dataclass(frozen=True)
class Cell:
    value: int | None  # None when suppressed
    mark: Mark = ""

    @property
    def text(self) -> str:
        return self.mark or str(self.value)


@dataclass(frozen=True)
class ShownTable:
    """What may be shown: every count, suppressed or not; totals row when the table has one."""

    key: str
    rows: tuple[str, ...]
    months: tuple[str, ...]
    cells: Mapping[tuple[str, str], Cell]  # (row, column) -> cell; column: month or PERIOD
    totals: Mapping[str, Cell] | None  # column -> cell

    def columns(self) -> tuple[str, ...]:
        return (*self.months, PERIOD)

    def cell(self, row: str, column: str) -> Cell:
        return self.cells[(row, column)]

    def all_cells(self) -> list[Cell]:
        cells = list(self.cells.values())
        if self.totals is not None:
            cells.extend(self.totals.values())
        return cells


# ------------------------------------------------------------------ the system
Var = tuple[str, ...]


@dataclass
class _System:
    values: dict[Var, int] = field(default_factory=dict)
    relations: list[list[tuple[Var, int]]] = field(default_factory=list)

    def add(self, var: Var, value: int) -> None:
        known = self.values.get(var)
        if known is not None and known != value:
            raise ValueError(f"{var} is counted as both {known} and {value}")
        self.values[var] = value


def _cell_var(table: Table, row: str, column: str) -> Var:
    measure = table.row_measures.get(row)
    if measure is not None:
        return ("measure", measure, column)
    return ("cell", table.key, row, column)


def _total_var(table: Table, column: str) -> Var:
    if table.measure is not None:
        return ("measure", table.measure, column)
    return ("total", table.key, column)


def _build(tables: Sequence[Table]) -> _System:
    system = _System()
    for table in tables:
        columns = table.columns()
        for row in table.rows:
            for column in columns:
                system.add(_cell_var(table, row, column), table.value(row, column))
        if table.totals:
            for column in columns:
                system.add(_total_var(table, column), table.total(column))
                system.relations.append(
                    [(_total_var(table, column), 1)]
                    + [(_cell_var(table, row, column), -1) for row in table.rows]
                )
        if table.rows_add_up:
            heads = [(row, _cell_var(table, row, PERIOD)) for row in table.rows]
            if table.totals:
                heads.append(("", _total_var(table, PERIOD)))
            for row, head in heads:
                parts = [
                    _total_var(table, m) if not row else _cell_var(table, row, m)
                    for m in table.months
                ]
                system.relations.append([(head, 1)] + [(part, -1) for part in parts])
    return system


def _determined(system: _System, hidden: set[Var]) -> set[Var]:
    """The hidden variables whose value the relations fix, given every shown value."""
    order = sorted(hidden)
    index = {var: i for i, var in enumerate(order)}
    matrix: list[list[Fraction]] = []
    for relation in system.relations:
        row = [Fraction(0)] * len(order)
        touched = False
        for var, coefficient in relation:
            if var in index:
                row[index[var]] += coefficient
                touched = True
        if touched:
            matrix.append(row)
    pivots: list[int] = []
    r = 0
    for c in range(len(order)):
        pivot = next((i for i in range(r, len(matrix)) if matrix[i][c] != 0), None)
        if pivot is None:
            continue
        matrix[r], matrix[pivot] = matrix[pivot], matrix[r]
        lead = matrix[r][c]
        matrix[r] = [v / lead for v in matrix[r]]
        for i in range(len(matrix)):
            if i != r and matrix[i][c] != 0:
                factor = matrix[i][c]
                matrix[i] = [a - factor * b for a, b in zip(matrix[i], matrix[r], strict=True)]
        pivots.append(c)
        r += 1
    free = set(range(len(order))) - set(pivots)
    fixed: set[Var] = set()
    for i, c in enumerate(pivots):
        if all(matrix[i][f] == 0 for f in free):
            fixed.add(order[c])
    return fixed


def _pinned_by_bounds(system: _System, hidden: set[Var], small: set[Var]) -> list[int]:
    """Relations whose hidden counts are all ``<5`` with a remainder at the edge of 1-4."""
    found = []
    for number, relation in enumerate(system.relations):
        inside = [(var, coefficient) for var, coefficient in relation if var in hidden]
        if not inside or any(var not in small for var, _ in inside):
            continue
        head_hidden = any(coefficient == 1 for _, coefficient in inside)
        if head_hidden:
            continue  # the sum itself is hidden: no remainder is known
        remainder = sum(system.values[var] for var, _ in inside)
        count = len(inside)
        if remainder in (count * SMALL_MIN, count * SMALL_MAX):
            found.append(number)
    return found


def _complement(
    system: _System,
    hidden: set[Var],
    relations: Iterable[int],
    member_of: Mapping[Var, list[int]],
) -> Var | None:
    candidates = {
        var for number in relations for var, _ in system.relations[number] if var not in hidden
    }
    if not candidates:
        return None

    def rank(var: Var) -> tuple[int, int, int, Var]:
        # Five or more before a zero (a hidden zero next to <5s can be pinned by bounds);
        # then one that closes a cycle (it shares another relation with a hidden count);
        # then the smallest.
        value = system.values[var]
        links = sum(
            1
            for number in member_of.get(var, [])
            if any(other in hidden for other, _ in system.relations[number])
        )
        return (0 if value > SMALL_MAX else 1, -links, value, var)

    return min(candidates, key=rank)


def hidden_counts(tables: Sequence[Table]) -> tuple[set[Var], set[Var], _System]:
    """(all hidden variables, those hidden for being 1-4, the system) for ``tables``."""
    system = _build(tables)
    small = {var for var, value in system.values.items() if SMALL_MIN <= value <= SMALL_MAX}
    hidden = set(small)
    member_of: dict[Var, list[int]] = {}
    for number, relation in enumerate(system.relations):
        for var, _ in relation:
            member_of.setdefault(var, []).append(number)
    while True:
        added = False
        for number in _pinned_by_bounds(system, hidden, small):
            extra = _complement(system, hidden, [number], member_of)
            if extra is not None:
                hidden.add(extra)
                added = True
        touched: set[int] = set()

        def alone_in(var: Var) -> list[int]:
            # Where it is the only hidden count, that relation gives it away.
            return [
                number
                for number in member_of.get(var, [])
                if sum(1 for other, _ in system.relations[number] if other in hidden) == 1
            ]

        fixed = sorted(_determined(system, hidden), key=lambda v: (not alone_in(v), v))
        for var in fixed:
            relations = member_of.get(var, [])
            if touched.intersection(relations):
                continue  # a count hidden this round may already free it
            alone = alone_in(var)
            extra = _complement(system, hidden, alone or relations, member_of)
            if extra is None:
                extra = _complement(system, hidden, relations, member_of)
            if extra is None:
                extra = _complement(system, hidden, range(len(system.relations)), member_of)
            if extra is None:
                raise AssertionError(f"{var} is fixed with every count hidden")
            hidden.add(extra)
            touched.update(relations)
            touched.update(member_of.get(extra, []))
            added = True
        if not added:
            return hidden, small, system


def suppress(tables: Sequence[Table]) -> list[ShownTable]:
    """The tables as they may be shown (see the module's rules)."""
    groups = _linked_groups(tables)
    shown: dict[str, ShownTable] = {}
    for group in groups:
        hidden, small, _ = hidden_counts(group)
        for table in group:
            shown[table.key] = _shown(table, hidden, small)
    return [shown[table.key] for table in tables]


def _linked_groups(tables: Sequence[Table]) -> list[list[Table]]:
    """Tables that share a measure are suppressed together; the rest one by one."""
    groups: list[list[Table]] = []
    by_measure: dict[str, list[Table]] = {}
    for table in tables:
        measures = {m for m in (table.measure, *table.row_measures.values()) if m}
        joined = [group for m in measures for group in [by_measure.get(m)] if group is not None]
        group: list[Table] = [table]
        for other in {id(g): g for g in joined}.values():
            group.extend(other)
            groups.remove(other)
        groups.append(group)
        for member in group:
            for m in (member.measure, *member.row_measures.values()):
                if m:
                    by_measure[m] = group
    return groups


def _shown(table: Table, hidden: set[Var], small: set[Var]) -> ShownTable:
    def cell(var: Var, value: int) -> Cell:
        if var in small:
            return Cell(None, "<5")
        if var in hidden:
            return Cell(None, "x")
        return Cell(value)

    columns = table.columns()
    cells = {
        (row, column): cell(_cell_var(table, row, column), table.value(row, column))
        for row in table.rows
        for column in columns
    }
    totals = None
    if table.totals:
        totals = {
            column: cell(_total_var(table, column), table.total(column)) for column in columns
        }
    return ShownTable(table.key, table.rows, table.months, cells, totals)
