"""The access log (administrators) and its spot checks (administrators and leaders).

Filter by period, user, action and person id; export what matches as CSV after giving a
reason. Draw a random sample of reads of persons, mark each justified or a question (with a
note), close the review with a note. A leader sees only the spot checks. Every step is the
service's (``services.access_log``), audited there; this screen holds no rule.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from screening_app.services.access_log import ACTION_CODES, LogQuery, SpotCheckView
from screening_app.ui.errors import error_sentence
from screening_app.ui.oversight.action_names import action_name
from screening_app.ui.oversight.files import SaveChooser, choose_save_path, write_private

AskText = Callable[[QWidget, str], "str | None"]  # (parent, label) -> text; None: cancelled


def ask_text(parent: QWidget, label: str) -> str | None:
    text, ok = QInputDialog.getMultiLineText(parent, "TrygStart", label)
    return text if ok else None


def _table(name: str, headers: int) -> QTableWidget:
    table = QTableWidget(0, headers)
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    return table


class AccessLogScreen(QWidget):
    back_requested = Signal()

    def __init__(  # noqa: PLR0915 - one screen's widgets, built in one place
        self,
        service: Any,  # AccessLogService
        *,
        language: Callable[[], str],
        today: Callable[[], dt.date],
        log_allowed: bool,
        ask: AskText = ask_text,
        choose_path: SaveChooser = choose_save_path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("accessLogScreen")
        self._service = service
        self._lang = language
        self._ask = ask
        self._choose_path = choose_path
        self.check: SpotCheckView | None = None
        now = today()
        start = now - dt.timedelta(days=30)
        self.heading = QLabel()
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.back = QPushButton()
        self.back.setObjectName("accessLogBack")
        self.back.clicked.connect(self.back_requested)
        # -- the log
        self.log_box = QGroupBox()
        self.log_box.setVisible(log_allowed)
        self.first, self.last = (
            QDateEdit(QDate(start.year, start.month, start.day)),
            QDateEdit(QDate(now.year, now.month, now.day)),
        )
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.user = QComboBox()
        self.user.setObjectName("logUser")
        self.action = QComboBox()
        self.action.setObjectName("logAction")
        self.person = QLineEdit()
        self.person.setObjectName("logPerson")
        self.person.setMaxLength(12)
        self.labels = [QLabel() for _ in range(5)]
        for label, buddy in zip(self.labels, (self.first, self.last, self.user, self.action,
                                               self.person), strict=True):  # fmt: skip
            label.setBuddy(buddy)
        self.search_button = QPushButton()
        self.search_button.setObjectName("logSearch")
        self.search_button.setAutoDefault(True)
        self.search_button.clicked.connect(self.search)
        self.export_button = QPushButton()
        self.export_button.setObjectName("logExport")
        self.export_button.clicked.connect(self.export)
        self.count = QLabel()
        self.entries = _table("logEntries", 6)
        # -- spot checks
        self.spot_box = QGroupBox()
        self.sample_size = QSpinBox()
        self.sample_size.setObjectName("spotSize")
        self.sample_size.setRange(1, 200)
        self.sample_size.setValue(20)
        self.size_label = QLabel()
        self.size_label.setBuddy(self.sample_size)
        self.draw_button = QPushButton()
        self.draw_button.setObjectName("spotDraw")
        self.draw_button.clicked.connect(self.draw)
        self.items = _table("spotItems", 6)
        self.justified = QPushButton()
        self.justified.setObjectName("spotJustified")
        self.justified.clicked.connect(lambda: self.review("justified"))
        self.question = QPushButton()
        self.question.setObjectName("spotQuestion")
        self.question.clicked.connect(lambda: self.review("question"))
        self.finish_button = QPushButton()
        self.finish_button.setObjectName("spotFinish")
        self.finish_button.clicked.connect(self.finish)
        self.spot_status = QLabel()
        self.spot_status.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("accessLogMessage")
        self.message.setWordWrap(True)
        self._build()
        self._retranslate()
        if log_allowed:
            self._fill_filters()

    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.back)
        top.addWidget(self.heading, 1)
        filters = QHBoxLayout()
        for label, widget in zip(self.labels, (self.first, self.last, self.user, self.action,
                                                self.person), strict=True):  # fmt: skip
            filters.addWidget(label)
            filters.addWidget(widget)
        filters.addWidget(self.search_button)
        filters.addStretch(1)
        filters.addWidget(self.export_button)
        log = QVBoxLayout(self.log_box)
        log.addLayout(filters)
        log.addWidget(self.count)
        log.addWidget(self.entries, 1)
        draw = QHBoxLayout()
        draw.addWidget(self.size_label)
        draw.addWidget(self.sample_size)
        draw.addWidget(self.draw_button)
        draw.addStretch(1)
        for button in (self.justified, self.question, self.finish_button):
            draw.addWidget(button)
        spot = QVBoxLayout(self.spot_box)
        spot.addLayout(draw)
        spot.addWidget(self.spot_status)
        spot.addWidget(self.items, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.log_box, 3)
        layout.addWidget(self.spot_box, 2)
        self._enable_review()

    def focus_input(self) -> None:
        (self.first if self.log_box.isVisible() else self.sample_size).setFocus()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Access log"))
        self.back.setText(self.tr("< &Back"))
        self.log_box.setTitle(self.tr("Who looked at what"))
        for label, text in zip(self.labels, (self.tr("&From"), self.tr("&Until"), self.tr("U&ser"),
                                              self.tr("A&ction"), self.tr("&Person id")),
                               strict=True):  # fmt: skip
            label.setText(text)
        self.search_button.setText(self.tr("Sea&rch"))
        self.export_button.setText(self.tr("&Export as CSV..."))
        self.spot_box.setTitle(self.tr("Spot check of reads of persons"))
        self.size_label.setText(self.tr("Sample si&ze"))
        self.draw_button.setText(self.tr("Draw a sa&mple"))
        self.justified.setText(self.tr("&Justified"))
        self.question.setText(self.tr("&Question..."))
        self.finish_button.setText(self.tr("Fi&nish the review..."))
        headers = [self.tr("Time (UTC)"), self.tr("User"), self.tr("Action"),
                   self.tr("Person id"), self.tr("Details"), self.tr("Outcome")]  # fmt: skip
        self.entries.setHorizontalHeaderLabels(headers)
        self.items.setHorizontalHeaderLabels(
            [self.tr("Time (UTC)"), self.tr("User"), self.tr("Action"), self.tr("Person id"),
             self.tr("Verdict"), self.tr("Note")]
        )  # fmt: skip
        if self.user.count():
            self.user.setItemText(0, self.tr("(everyone)"))
            self.action.setItemText(0, self.tr("(every action)"))

    def _fill_filters(self) -> None:
        self.user.addItem(self.tr("(everyone)"), None)
        self.action.addItem(self.tr("(every action)"), None)
        for action in sorted(ACTION_CODES, key=action_name):
            self.action.addItem(action_name(action), action)
        try:
            users = self._service.users()
        except Exception as error:
            if not self._refused(error):
                raise
            return
        for name in users:
            self.user.addItem(name, name)

    def _refused(self, error: Exception) -> bool:
        sentence = error_sentence(error, self._lang())
        if sentence:
            self.message.setText(sentence)
        return bool(sentence)

    # ------------------------------------------------------------------ the log
    def query(self) -> LogQuery | None:
        person = self.person.text().strip()
        if person and not person.isdigit():
            self.message.setText(self.tr("A person id is a number."))
            return None
        return LogQuery(
            first=self.first.date().toPython(),  # type: ignore[arg-type]
            last=self.last.date().toPython(),  # type: ignore[arg-type]
            user=self.user.currentData(),
            action=self.action.currentData(),
            person_id=int(person) if person else None,
        )

    def search(self) -> None:
        query = self.query()
        if query is None:
            return
        try:
            page = self._service.search(query)
        except Exception as error:
            if not self._refused(error):
                raise
            return
        self.message.clear()
        self.count.setText(self.tr("{0} of {1} entries shown, newest first").format(
            len(page.entries), page.total))  # fmt: skip
        self.entries.setRowCount(len(page.entries))
        for r, e in enumerate(page.entries):
            values = (e.at[:19].replace("T", " "), e.user, action_name(e.action),
                      "" if e.person_id is None else str(e.person_id), e.criterion or "",
                      e.outcome)  # fmt: skip
            for c, value in enumerate(values):
                self.entries.setItem(r, c, QTableWidgetItem(value))
        self.entries.resizeColumnsToContents()

    def export(self) -> None:
        query = self.query()
        if query is None:
            return
        reason = self._ask(self, self.tr("Why is the access log exported? (kept with the export)"))
        if reason is None or not reason.strip():
            self.message.setText(self.tr("Not exported: a reason is needed."))
            return

        def chosen(path: Path) -> None:
            try:
                text = self._service.export_csv(query, reason)
            except Exception as error:
                if not self._refused(error):
                    raise
                return
            write_private(path, text.encode("utf-8"))
            self.message.setText(self.tr("Saved: {0}").format(path.name))

        self._choose_path(self, "trygstart-adgangslog.csv", self.tr("CSV files (*.csv)"), chosen)

    # ------------------------------------------------------------ spot checks
    def draw(self) -> None:
        first = self.first.date().toPython()
        last = self.last.date().toPython()
        try:
            self.check = self._service.draw_spot_check(first, last, self.sample_size.value())
        except Exception as error:
            if not self._refused(error):
                raise
            return
        self.message.clear()
        self._show_check()

    def _show_check(self) -> None:
        view = self.check
        if view is None:
            return
        self.spot_status.setText(
            self.tr("Sample of {0} from {1} reads, {2} to {3}.").format(
                len(view.items), view.check.population, view.check.period_from[:10],
                view.check.period_to[:10])
        )  # fmt: skip
        verdicts = {"justified": self.tr("justified"), "question": self.tr("question")}
        self.items.setRowCount(len(view.items))
        for r, item in enumerate(view.items):
            values = (item.at[:19].replace("T", " "), item.user, action_name(item.action),
                      str(item.person_id), verdicts.get(item.verdict or "", ""),
                      item.note or "")  # fmt: skip
            for c, value in enumerate(values):
                self.items.setItem(r, c, QTableWidgetItem(value))
        self.items.resizeColumnsToContents()
        if view.items and self.items.currentRow() < 0:
            self.items.selectRow(0)
        self._enable_review()

    def _enable_review(self) -> None:
        open_check = self.check is not None and self.check.check.reviewed_at is None
        for button in (self.justified, self.question, self.finish_button):
            button.setEnabled(open_check)

    def review(self, verdict: str) -> None:
        view = self.check
        row = self.items.currentRow()
        if view is None or row < 0:
            return
        note = ""
        if verdict == "question":
            asked = self._ask(self, self.tr("What is to be asked about this read?"))
            if asked is None:
                return
            note = asked
        seq = view.items[row].audit_seq
        try:
            self._service.review(view.check.id, seq, verdict, note)
            self.check = self._service.spot_check(view.check.id)
        except Exception as error:
            if not self._refused(error):
                raise
            return
        self._show_check()
        if row + 1 < self.items.rowCount():
            self.items.selectRow(row + 1)

    def finish(self) -> None:
        view = self.check
        if view is None:
            return
        note = self._ask(self, self.tr("The reviewer's note on this spot check"))
        if note is None:
            return
        try:
            self._service.finish(view.check.id, note)
            self.check = self._service.spot_check(view.check.id)
        except Exception as error:
            if not self._refused(error):
                raise
            return
        self.message.setText(self.tr("The spot check is reviewed and closed."))
        self._show_check()
