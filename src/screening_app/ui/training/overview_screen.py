"""The trainer's overview of the runs on this laptop (those imported from the course laptops
too): who practised which case when, the points met and missed, the time; the course report as
PDF and CSV; exporting and importing runs; the folder of extra cases."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from screening_app.services.training.runs import Run
from screening_app.services.training.words import duration
from screening_app.ui.style import scaled_font

COLUMNS = 8


class OverviewScreen(QWidget):
    report_requested = Signal()
    csv_requested = Signal()
    export_requested = Signal()
    import_requested = Signal()
    folder_requested = Signal()
    back_requested = Signal()

    def __init__(
        self,
        runs: Sequence[Run],
        *,
        laptop: str,
        cases_folder: str,
        language: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("trainingOverview")
        self._runs = list(runs)
        self._laptop = laptop
        self._folder = cases_folder
        self._lang = language
        self.heading = QLabel()
        self.heading.setFont(scaled_font(self.font(), 1.3, bold=True))
        self.summary = QLabel()
        self.summary.setObjectName("overviewSummary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(len(self._runs), COLUMNS)
        self.table.setObjectName("runsTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.status = QLabel()
        self.status.setObjectName("overviewStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder = QLabel()
        self.folder.setObjectName("casesFolder")
        self.folder.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, signal in (
            ("report", self.report_requested),
            ("csv", self.csv_requested),
            ("export", self.export_requested),
            ("import", self.import_requested),
            ("folder", self.folder_requested),
        ):
            button = QPushButton()
            button.setObjectName(f"{key}Button")
            button.setAutoDefault(False)
            button.clicked.connect(signal)
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        self.back = QPushButton()
        self.back.setObjectName("overviewBackButton")
        self.back.clicked.connect(self.back_requested)
        row.addWidget(self.back)
        column = QVBoxLayout(self)
        column.addWidget(self.heading)
        column.addWidget(self.summary)
        column.addWidget(self.table, 1)
        column.addWidget(self.folder)
        column.addWidget(self.status)
        column.addLayout(row)
        self._retranslate()

    def focus_input(self) -> None:
        self.table.setFocus()

    def show_status(self, text: str) -> None:
        self.status.setText(text)

    def _fill(self) -> None:
        lang = self._lang()
        for row, run in enumerate(self._runs):
            here = run.origin == self._laptop
            values = (
                run.trainee,
                run.case_title[lang],
                run.started.astimezone().strftime("%Y-%m-%d %H:%M"),
                str(run.met),
                str(run.missed),
                duration(run.seconds, lang),
                self.tr("this computer") if here else run.origin[:8],
                "; ".join(p.title[lang] for p in run.debrief.missed),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column in (3, 4):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Trainer's overview"))
        laptops = len({run.origin for run in self._runs})
        self.summary.setText(
            self.tr("{0} runs on this computer, from {1} computers.").format(
                len(self._runs), laptops
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Trainee"),
                self.tr("Case"),
                self.tr("Date"),
                self.tr("Met"),
                self.tr("Missed"),
                self.tr("Time"),
                self.tr("Computer"),
                self.tr("Points missed"),
            ]
        )
        self.buttons["report"].setText(self.tr("Course &report (PDF)..."))
        self.buttons["csv"].setText(self.tr("Course report as &CSV..."))
        self.buttons["export"].setText(self.tr("&Export runs..."))
        self.buttons["import"].setText(self.tr("&Import runs..."))
        self.buttons["folder"].setText(self.tr("Folder of extra &cases..."))
        self.back.setText(self.tr("&Back"))
        self.folder.setText(
            self.tr("Extra cases: {0}").format(self._folder)
            if self._folder
            else self.tr("Extra cases: no folder chosen.")
        )
        self._fill()
