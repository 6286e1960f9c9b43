"""The clinic's statistics as a report (a year, or any period): tables and bar charts.

Content in (already suppressed and in the chosen language: the services make it), PDF bytes
out, in memory. The charts are reportlab's own graphics (``VerticalBarChart`` in a
``Drawing``): one bar per month; a month whose count is hidden is drawn as no bar and marked
under the axis with its mark (``<5`` or ``x``), so a chart never shows what the table hides.
Nothing in it names a person.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle

from screening_app.letters.fonts import FontSet
from screening_app.letters.layout import RULE, Decorations, Metadata, Styles, build_pdf, gap, text

WIDTH = 257 * mm  # A4 landscape with 20 mm margins
BAR = colors.HexColor("#2f6f8f")
BAR_SECOND = colors.HexColor("#b5651d")


@dataclass(frozen=True)
class ReportTable:
    title: str
    columns: tuple[str, ...]  # month labels, then the whole period
    rows: tuple[tuple[str, tuple[str, ...]], ...]  # label, cell texts (numbers or marks)
    total: tuple[str, tuple[str, ...]] | None = None


@dataclass(frozen=True)
class ReportChart:
    title: str
    months: tuple[str, ...]  # short month labels
    series: tuple[tuple[str, tuple[int | None, ...]], ...]  # label, counts (None: hidden)
    marks: tuple[tuple[str, ...], ...]  # per series, per month: "" or the hidden cell's mark


@dataclass(frozen=True)
class StatisticsDocument:
    title: str
    clinic: str
    period: str
    made: str
    legend: str
    charts: tuple[ReportChart, ...]
    tables: tuple[ReportTable, ...]
    page_label: str  # "Side {page} af {pages}"
    lang: str = "da"


def render_statistics(document: StatisticsDocument, fonts: FontSet) -> bytes:
    styles = Styles(fonts, base_size=9.0)
    story: list[Flowable] = [
        text(document.title, styles.title),
        text(f"{document.clinic} · {document.period}", styles.label),
        text(document.made, styles.small),
        text(document.legend, styles.small),
        gap(4),
    ]
    story.extend(
        KeepTogether([text(chart.title, styles.heading), _chart(chart, fonts)])
        for chart in document.charts
    )
    story.extend(
        KeepTogether([text(table.title, styles.heading), _table(table, styles)])
        for table in document.tables
    )
    decor = Decorations(
        fonts,
        header_left=document.clinic,
        footer_left=document.title,
        page_label=document.page_label,
    )
    return build_pdf(
        story,
        pagesize=landscape(A4),
        decor=decor,
        meta=Metadata(title=document.title),
        lang=document.lang,
    )


def _chart(chart: ReportChart, fonts: FontSet) -> Drawing:
    height = 58 * mm
    drawing = Drawing(WIDTH, height)
    bars = VerticalBarChart()
    bars.x, bars.y = 14 * mm, 14 * mm
    bars.width, bars.height = WIDTH - 60 * mm, height - 20 * mm
    bars.data = [tuple(0 if v is None else v for v in values) for _, values in chart.series]
    bars.categoryAxis.categoryNames = list(chart.months)
    bars.categoryAxis.labels.fontName = fonts.regular
    bars.categoryAxis.labels.fontSize = 7
    bars.valueAxis.labels.fontName = fonts.regular
    bars.valueAxis.labels.fontSize = 7
    bars.valueAxis.valueMin = 0
    top = max((v for _, values in chart.series for v in values if v is not None), default=0)
    bars.valueAxis.valueMax = max(10, int(top * 1.15) + 1)
    bars.valueAxis.forceZero = True
    bars.barSpacing = 1
    bars.groupSpacing = 6
    for index, colour in enumerate((BAR, BAR_SECOND)[: len(chart.series)]):
        bars.bars[index].fillColor = colour
        bars.bars[index].strokeColor = None
    drawing.add(bars)
    # Hidden months: the mark under the axis, where the bar would be.
    step = bars.width / max(1, len(chart.months))
    for series_index, marks in enumerate(chart.marks):
        for month_index, mark in enumerate(marks):
            if not mark:
                continue
            x = bars.x + step * (month_index + 0.5)
            y = bars.y + 2 + 8 * series_index
            label = String(x, y, mark, fontName=fonts.regular, fontSize=7, textAnchor="middle")
            label.fillColor = (BAR, BAR_SECOND)[series_index % 2]
            drawing.add(label)
    # The legend, right of the chart.
    for index, (name, _) in enumerate(chart.series):
        y = height - 12 * mm - index * 6 * mm
        swatch = String(WIDTH - 42 * mm, y, "■", fontName=fonts.regular, fontSize=9)
        swatch.fillColor = (BAR, BAR_SECOND)[index % 2]
        drawing.add(swatch)
        drawing.add(String(WIDTH - 38 * mm, y, name[:34], fontName=fonts.regular, fontSize=7))
    return drawing


def _table(table: ReportTable, styles: Styles) -> Table:
    label_width = 70 * mm
    columns = len(table.columns)
    cell_width = (WIDTH - label_width) / max(1, columns)
    small_right = ParagraphStyle("small-right", parent=styles.small, alignment=TA_RIGHT)
    head = [text("", styles.small)] + [text(c, small_right) for c in table.columns]
    body = [
        [text(label, styles.tight)] + [text(cell, styles.right) for cell in cells]
        for label, cells in table.rows
    ]
    if table.total is not None:
        label, cells = table.total
        body.append([text(label, styles.label)] + [text(c, styles.right) for c in cells])
    grid = Table(
        [head, *body],
        colWidths=[label_width] + [cell_width] * columns,
        repeatRows=1,
        hAlign="LEFT",
    )
    style = [
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("LINEBEFORE", (-1, 0), (-1, -1), 0.5, RULE),
    ]
    if table.total is not None:
        style.append(("LINEABOVE", (0, -1), (-1, -1), 0.5, RULE))
    grid.setStyle(TableStyle(style))
    return grid
