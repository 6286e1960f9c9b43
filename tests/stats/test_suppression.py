"""Suppression: no shown count is 1-4, and no hidden count can be worked out from what is
shown (checked here by an independent rank test over the published relations)."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from screening_app.services.statistics.suppression import PERIOD, ShownTable, Table, suppress

MONTHS = ("2026-01", "2026-02", "2026-03", "2026-04")


def _rank(rows: list[list[Fraction]]) -> int:
    matrix = [list(r) for r in rows]
    rank = 0
    columns = len(matrix[0]) if matrix else 0
    for c in range(columns):
        pivot = next((i for i in range(rank, len(matrix)) if matrix[i][c] != 0), None)
        if pivot is None:
            continue
        matrix[rank], matrix[pivot] = matrix[pivot], matrix[rank]
        for i in range(len(matrix)):
            if i != rank and matrix[i][c] != 0:
                f = matrix[i][c] / matrix[rank][c]
                matrix[i] = [a - f * b for a, b in zip(matrix[i], matrix[rank], strict=True)]
        rank += 1
    return rank


def _published_relations(
    tables: list[Table], shown: list[ShownTable]
) -> tuple[list[dict[str, int]], dict[str, bool]]:
    """Every relation a reader can write down (variable name -> coefficient), and which
    variables are hidden. Totals of tables with the same measure are one variable."""
    relations: list[dict[str, int]] = []
    hidden: dict[str, bool] = {}
    for table, view in zip(tables, shown, strict=True):

        def cell(row: str, col: str, table: Table = table) -> str:
            m = table.row_measures.get(row)
            return f"m:{m}:{col}" if m else f"{table.key}:{row}:{col}"

        def total(col: str, table: Table = table) -> str:
            return f"m:{table.measure}:{col}" if table.measure else f"{table.key}:T:{col}"

        for row in table.rows:
            for col in view.columns():
                hidden[cell(row, col)] = view.cell(row, col).value is None
        if view.totals is not None:
            for col in view.columns():
                hidden[total(col)] = view.totals[col].value is None
                relation = {total(col): 1}
                for row in table.rows:
                    relation[cell(row, col)] = relation.get(cell(row, col), 0) - 1
                relations.append(relation)
        if table.rows_add_up:
            heads = [(cell(r, PERIOD), [cell(r, m) for m in table.months]) for r in table.rows]
            if view.totals is not None:
                heads.append((total(PERIOD), [total(m) for m in table.months]))
            for head, parts in heads:
                relation = {head: 1}
                for part in parts:
                    relation[part] = relation.get(part, 0) - 1
                relations.append(relation)
    return relations, hidden


def _derivable(tables: list[Table], shown: list[ShownTable]) -> list[str]:
    relations, hidden = _published_relations(tables, shown)
    names = sorted(name for name, is_hidden in hidden.items() if is_hidden)
    matrix = [[Fraction(r.get(n, 0)) for n in names] for r in relations]
    matrix = [row for row in matrix if any(row)]
    full = _rank(matrix)
    found = []
    for k, name in enumerate(names):
        rest = [row[:k] + row[k + 1 :] for row in matrix]
        if _rank(rest) < full:
            found.append(name)
    return found


counts = st.one_of(st.integers(0, 6), st.integers(0, 60))


@st.composite
def tables(draw: st.DrawFn, key: str = "t", measure: str | None = None) -> Table:
    rows = tuple(f"r{i}" for i in range(draw(st.integers(1, 4))))
    months = MONTHS[: draw(st.integers(1, 4))]
    cells = {row: {m: draw(counts) for m in months} for row in rows}
    rows_add_up = draw(st.booleans())
    if rows_add_up:
        period = {row: sum(cells[row].values()) for row in rows}
    else:  # distinct persons: the period is at least the largest month, at most the sum
        period = {
            row: draw(st.integers(max(cells[row].values()), sum(cells[row].values())))
            for row in rows
        }
    return Table(
        key,
        rows,
        months,
        cells,
        period,
        rows_add_up=rows_add_up,
        totals=draw(st.booleans()),
        measure=measure,
    )


def _check(tables_: list[Table]) -> None:
    shown = suppress(tables_)
    for view in shown:
        for cell in view.all_cells():
            assert cell.value is None or not 1 <= cell.value <= 4
            assert cell.mark in ("", "<5", "x")
    assert _derivable(tables_, shown) == []


@settings(max_examples=300, deadline=None)
@given(tables())
def test_one_table(table: Table) -> None:
    _check([table])


@st.composite
def linked(draw: st.DrawFn) -> list[Table]:
    """Two partitions of the same total (referrals by service and by basis)."""
    months = MONTHS[: draw(st.integers(1, 4))]
    first_rows = tuple(f"a{i}" for i in range(draw(st.integers(1, 3))))
    first = {row: {m: draw(counts) for m in months} for row in first_rows}
    totals = {m: sum(first[row][m] for row in first_rows) for m in months}
    second_rows = ("b0", "b1")
    second: dict[str, dict[str, int]] = {"b0": {}, "b1": {}}
    for m in months:
        part = draw(st.integers(0, totals[m]))
        second["b0"][m], second["b1"][m] = part, totals[m] - part
    return [
        Table(
            "one",
            first_rows,
            months,
            first,
            {r: sum(first[r].values()) for r in first_rows},
            measure="shared",
        ),
        Table(
            "two",
            second_rows,
            months,
            second,
            {r: sum(second[r].values()) for r in second_rows},
            measure="shared",
        ),
    ]


@settings(max_examples=200, deadline=None)
@given(linked())
def test_tables_sharing_a_total(tables_: list[Table]) -> None:
    _check(tables_)


def test_a_single_small_cell_takes_a_partner_in_its_row_and_column() -> None:
    table = Table(
        "t",
        ("a", "b"),
        MONTHS[:2],
        {"a": {"2026-01": 3, "2026-02": 10}, "b": {"2026-01": 20, "2026-02": 30}},
        {"a": 13, "b": 50},
    )
    (view,) = suppress([table])
    assert view.cell("a", "2026-01").text == "<5"
    hidden = [key for key, cell in view.cells.items() if cell.value is None]
    assert len(hidden) == 4  # the classic rectangle: a small cell alone would be a difference
    assert view.totals is not None
    assert view.totals[PERIOD].text == "63"


def test_nothing_small_hides_nothing() -> None:
    table = Table("t", ("a",), MONTHS[:2], {"a": {"2026-01": 0, "2026-02": 7}}, {"a": 7})
    (view,) = suppress([table])
    assert [c.text for c in view.all_cells()] == ["0", "7", "7", "0", "7", "7"]
