"""The statistics report as PDF (letters.statistics_report), built from the suppressed report:
every cell is the text the screen shows, every chart bar a count the table shows."""

from __future__ import annotations

from collections.abc import Mapping

from screening_app.letters.fonts import FontSet
from screening_app.letters.statistics_report import (
    ReportChart,
    ReportTable,
    StatisticsDocument,
    render_statistics,
)
from screening_app.services.statistics import labels
from screening_app.services.statistics.service import StatisticsReport
from screening_app.services.statistics.suppression import PERIOD, Cell

MAX_PDF_MONTHS = 13
# (chart title key, ((table, row or "" for its totals row), ...)): what the bars show.
CHARTS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    ("asking", (("persons", ""), ("asking", "asked"))),
    ("referrals-service", (("referrals-service", ""), ("documents", "notification"))),
    ("coverage-pregnancy", (("coverage-pregnancy", "asked"), ("coverage-pregnancy", ""))),
)
CHART_TITLES = {
    "asking": ("Personer set og spurgt pr. måned", "Persons seen and asked, by month"),
    "referrals-service": (
        "Henvisninger og underretninger pr. måned",
        "Referrals and notifications, by month",
    ),
    "coverage-pregnancy": (
        "Gravide set og spurgt mindst én gang i graviditeten",
        "Pregnant persons seen and asked at least once in pregnancy",
    ),
}
SERIES_NAMES = {
    ("persons", ""): ("Personer set", "Persons seen"),
    ("asking", "asked"): ("Spurgt", "Asked"),
    ("referrals-service", ""): ("Henvisninger", "Referrals"),
    ("documents", "notification"): ("Underretninger (§ 133)", "Notifications (§ 133)"),
    ("coverage-pregnancy", "asked"): ("Spurgt", "Asked"),
    ("coverage-pregnancy", ""): ("Set i graviditeten", "Seen in pregnancy"),
}
WORDS = {
    "title": ("Statistik over spørgsmål om vold", "Statistics of asking about violence"),
    "made": ("Lavet {made} (UTC) i TrygStart", "Made {made} (UTC) in TrygStart"),
    "page": ("Side {page} af {pages}", "Page {page} of {pages}"),
}


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[0] if lang == "da" else pair[1]


def statistics_pdf(report: StatisticsReport, fonts: FontSet, lang: str, clinic: str) -> bytes:
    if len(report.months) > MAX_PDF_MONTHS:
        raise ValueError("the PDF report covers at most 13 months; use CSV for longer periods")
    columns = (*report.months, PERIOD)
    tables = []
    for table in report.tables:
        rows = tuple(
            (
                labels.row_label(table.key, row, lang),
                tuple(table.cell(row, c).text for c in columns),
            )
            for row in table.rows
        )
        total = None
        if table.totals is not None:
            total = (labels.word("total", lang), tuple(table.totals[c].text for c in columns))
        tables.append(
            ReportTable(
                labels.title(table.key, lang),
                tuple(labels.column_label(c, lang) for c in columns),
                rows,
                total,
            )
        )
    charts = []
    short = tuple(labels.column_label(m, lang)[:3] for m in report.months)
    for key, series in CHARTS:
        values = []
        marks = []
        for table_key, row in series:
            table = report.table(table_key)
            cells: list[Cell] = [
                table.cell(row, m) if row else _total(table.totals, m) for m in report.months
            ]
            values.append(
                (_pick(SERIES_NAMES[(table_key, row)], lang), tuple(c.value for c in cells))
            )
            marks.append(tuple(c.mark for c in cells))
        charts.append(
            ReportChart(_pick(CHART_TITLES[key], lang), short, tuple(values), tuple(marks))
        )
    first = report.first.isoformat()
    last = report.last.isoformat()
    document = StatisticsDocument(
        title=_pick(WORDS["title"], lang),
        clinic=clinic,
        period=f"{first} – {last}",
        made=_pick(WORDS["made"], lang).format(made=report.made_at[:16].replace("T", " ")),
        legend=labels.word("legend", lang),
        charts=tuple(charts),
        tables=tuple(tables),
        page_label=_pick(WORDS["page"], lang),
        lang=lang,
    )
    return render_statistics(document, fonts)


def _total(totals: Mapping[str, Cell] | None, month: str) -> Cell:
    assert totals is not None
    return totals[month]
