"""The statistics screen (administrators and leaders): a period, bars over months, every
table as the service suppressed it, and CSV or PDF saved where the user chooses.

The screen holds no rule: the counts, the suppression and the audit entries are the
service's (``services.statistics``); this shows ``StatisticsReport`` cells as they are.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from screening_app.services.statistics import labels
from screening_app.services.statistics.service import StatisticsReport
from screening_app.services.statistics.suppression import PERIOD
from screening_app.ui.errors import error_sentence
from screening_app.ui.oversight.bar_chart import BarChart, Series
from screening_app.ui.oversight.files import SaveChooser, choose_save_path

CHART_ROWS = (("persons", ""), ("asking", "asked"))


class StatisticsScreen(QWidget):
    back_requested = Signal()

    def __init__(
        self,
        service: Any,  # StatisticsService (or a test's stand-in)
        *,
        language: Callable[[], str],
        today: Callable[[], dt.date],
        fonts: Callable[[], Any] | None = None,  # the PDF's fonts (None: no PDF here)
        choose_path: SaveChooser = choose_save_path,
        show_error: Callable[[QWidget, str], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("statisticsScreen")
        self._service = service
        self._lang = language
        self._fonts = fonts
        self._choose_path = choose_path
        self._show_error = show_error
        self.report: StatisticsReport | None = None
        now = today()
        self.heading = QLabel()
        self.heading.setObjectName("statisticsHeading")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.back = QPushButton()
        self.back.setObjectName("statisticsBack")
        self.back.clicked.connect(self.back_requested)
        self.first_label, self.last_label = QLabel(), QLabel()
        self.first = QDateEdit(QDate(now.year, 1, 1))
        self.last = QDateEdit(QDate(now.year, now.month, now.day))
        for edit, label, name in ((self.first, self.first_label, "statisticsFrom"),
                                  (self.last, self.last_label, "statisticsTo")):  # fmt: skip
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            label.setBuddy(edit)
        self.show_button = QPushButton()
        self.show_button.setObjectName("statisticsShow")
        self.show_button.setAutoDefault(True)
        self.show_button.clicked.connect(self.refresh)
        self.csv_button = QPushButton()
        self.csv_button.setObjectName("statisticsCsv")
        self.csv_button.clicked.connect(lambda: self._save("csv"))
        self.pdf_button = QPushButton()
        self.pdf_button.setObjectName("statisticsPdf")
        self.pdf_button.clicked.connect(lambda: self._save("pdf"))
        self.pdf_button.setVisible(fonts is not None)
        self.chart_label = QLabel()
        self.chart = BarChart()
        self.chart_label.setBuddy(self.chart)
        self.table = QTableWidget()
        self.table.setObjectName("statisticsTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("statisticsMessage")
        self.message.setWordWrap(True)
        self._build()
        self._retranslate()

    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.back)
        top.addWidget(self.heading, 1)
        period = QHBoxLayout()
        for part in (self.first_label, self.first, self.last_label, self.last,
                     self.show_button):  # fmt: skip
            period.addWidget(part)
        period.addStretch(1)
        period.addWidget(self.csv_button)
        period.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.addLayout(top)
        layout.addLayout(period)
        layout.addWidget(self.message)
        layout.addWidget(self.chart_label)
        layout.addWidget(self.chart)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.legend)
        focusable: tuple[QWidget, ...] = (self.back, self.first, self.last, self.show_button,
                                          self.csv_button, self.pdf_button, self.chart,
                                          self.table)  # fmt: skip
        for widget in focusable:
            widget.setFocusPolicy(widget.focusPolicy() | Qt.FocusPolicy.TabFocus)

    def focus_input(self) -> None:
        self.first.setFocus()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Statistics"))
        self.back.setText(self.tr("< &Back"))
        self.first_label.setText(self.tr("&From"))
        self.last_label.setText(self.tr("&Until"))
        self.show_button.setText(self.tr("&View"))
        self.csv_button.setText(self.tr("Save as &CSV..."))
        self.pdf_button.setText(self.tr("Save as &PDF..."))
        self.chart_label.setText(self.tr("Persons seen and asked, by month"))
        lang = self._lang()
        self.legend.setText(labels.word("legend", lang))
        if self.report is not None:
            self._show(self.report)

    def _period(self) -> tuple[dt.date, dt.date]:
        return self.first.date().toPython(), self.last.date().toPython()  # type: ignore[return-value]

    def refresh(self) -> None:
        first, last = self._period()
        try:
            report = self._service.report(first, last)
        except Exception as error:
            if not error_sentence(error, self._lang()):
                raise  # a bug, not a refusal
            self._fail(error)
            return
        self.message.clear()
        self.report = report
        self._show(report)

    def _fail(self, error: Exception) -> None:
        text = error_sentence(error, self._lang())
        self.message.setText(text)
        if self._show_error is not None:
            self._show_error(self, text)

    def _show(self, report: StatisticsReport) -> None:
        lang = self._lang()
        months = tuple(labels.column_label(m, lang)[:3] for m in report.months)
        series = []
        for key, row in CHART_ROWS:
            table = report.table(key)
            cells = [table.cell(row, m) if row else table.totals[m]  # type: ignore[index]
                     for m in report.months]  # fmt: skip
            name = labels.row_label(key, row, lang) if row else labels.word("persons-seen", lang)
            series.append(Series(name, tuple(c.value for c in cells), tuple(c.mark for c in cells)))
        self.chart.set_data(months, tuple(series))
        columns = (*report.months, PERIOD)
        self.table.clear()
        self.table.setColumnCount(1 + len(columns))
        self.table.setHorizontalHeaderLabels([""] + [labels.column_label(c, lang) for c in columns])
        rows: list[tuple[str, list[str], bool]] = []
        for table in report.tables:
            rows.append((labels.title(table.key, lang), [], True))
            rows.extend(
                (labels.row_label(table.key, row, lang),
                 [table.cell(row, c).text for c in columns], False)
                for row in table.rows
            )  # fmt: skip
            if table.totals is not None:
                rows.append((labels.word("total", lang),
                             [table.totals[c].text for c in columns], False))  # fmt: skip
            if table.key.startswith("coverage-"):
                shares = [report.share_asked(table.key, c) for c in columns]
                rows.append((labels.word("share", lang),
                             ["" if s is None else f"{round(100 * s)} %" for s in shares],
                             False))  # fmt: skip
        self.table.setRowCount(len(rows))
        bold = QFont(self.table.font())
        bold.setBold(True)
        for r, (label, texts, heading) in enumerate(rows):
            item = QTableWidgetItem(label)
            if heading:
                item.setFont(bold)
                self.table.setSpan(r, 0, 1, 1 + len(columns))
            self.table.setItem(r, 0, item)
            for c, text in enumerate(texts, start=1):
                cell = QTableWidgetItem(text)
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, cell)
        self.table.resizeColumnsToContents()

    def _save(self, form: str) -> None:
        first, last = self._period()
        lang = self._lang()
        suggested = f"trygstart-statistik-{first.isoformat()}-{last.isoformat()}.{form}"
        name_filter = (
            self.tr("CSV files (*.csv)") if form == "csv" else self.tr("PDF documents (*.pdf)")
        )

        def chosen(path: Path) -> None:
            try:
                if form == "csv":
                    data = self._service.export_csv(first, last, lang).encode("utf-8")
                else:
                    assert self._fonts is not None
                    data = self._service.export_pdf(first, last, self._fonts(), lang)
                path.write_bytes(data)  # counts only: no person data in it
            except Exception as error:
                if not error_sentence(error, lang):
                    raise  # a bug, not a refusal
                self._fail(error)
                return
            self.message.setText(self.tr("Saved: {0}").format(path.name))

        self._choose_path(self, suggested, name_filter, chosen)
