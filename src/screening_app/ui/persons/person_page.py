"""A person's page: who they are, how to reach them safely, and their asking at a glance.

At the top the person (name, CPR number, role, pregnancy or child, safe contact). Then when to
ask next and why (the planned date, or the clinic's schedule; the page says when the schedule is
still the default), unfinished screenings to resume where they stopped, the child's other
parent (linked or not; only when they were asked alone, never what they said, and a prompt when
this parent has been asked and the other not yet), open follow-up tasks with "mark as done",
and the history: each time the person was asked or not asked, by whom, how (in person, phone or
video; who was present; the interpreter), with what result ("not asked: not alone"). Every row
of the history opens its screening. The documents part adds its buttons here when the
application has it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from screening_app.domain.cpr import format_cpr
from screening_app.domain.instrument import Instrument
from screening_app.domain.person_context import child_age_weeks, weeks_pregnant
from screening_app.services.person_overview import AskingEvent, PersonOverview
from screening_app.ui.dates import date_text
from screening_app.ui.main_button import MainButton
from screening_app.ui.persons.pathway_panels import CoParentPanel, TasksPanel
from screening_app.ui.persons.words import (
    circumstances_text,
    next_ask_why,
    reason_word,
    role_word,
    yes_no_unknown,
)
from screening_app.ui.result.band_words import colour_word
from screening_app.ui.style import scaled_font

DOCUMENT_KINDS = ("referral-letter", "resource-card", "safety-plan", "notification")


def _label(object_name: str, text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _history_table() -> QTableWidget:
    table = QTableWidget(0, 5)
    table.setObjectName("askingHistory")
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.setTabKeyNavigation(False)  # Tab leaves the list; the arrows move in it
    table.setWordWrap(True)
    header = table.horizontalHeader()
    for column, mode in enumerate(
        (
            QHeaderView.ResizeMode.ResizeToContents,
            QHeaderView.ResizeMode.ResizeToContents,
            QHeaderView.ResizeMode.Stretch,
            QHeaderView.ResizeMode.Stretch,
            QHeaderView.ResizeMode.Stretch,
        )
    ):
        header.setSectionResizeMode(column, mode)
    return table


class PersonPage(QWidget):
    back_requested = Signal()
    edit_requested = Signal()
    ask_requested = Signal()
    resume_requested = Signal(int)  # screening id
    open_requested = Signal(int)  # screening id (a finalised one, to read)
    document_requested = Signal(str)
    link_requested = Signal()  # find the other parent to link
    unlink_requested = Signal(int)  # the other parent's id
    person_requested = Signal(int)  # open another person's page (the other parent)
    task_done_requested = Signal(int)  # task id
    own_data_requested = Signal()  # her copy, or her request about her data

    def __init__(
        self,
        overview: PersonOverview,
        *,
        instruments: Mapping[str, Instrument],
        language: Callable[[], str],
        today: Callable[[], dt.date],
        documents: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("personPage")
        self._overview = overview
        self._instruments = instruments
        self._lang = language
        self._today = today
        self._documents = documents
        self.back_button = QPushButton()
        self.back_button.setObjectName("backToSearch")
        self.back_button.clicked.connect(self.back_requested)
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("editPerson")
        self.edit_button.clicked.connect(self.edit_requested)
        self.own_data_button = QPushButton()
        self.own_data_button.setObjectName("ownDataButton")
        self.own_data_button.clicked.connect(self.own_data_requested)
        self.ask_button = QPushButton()
        self.ask_button.setObjectName("askButton")
        self.ask_button.setAutoDefault(True)
        self.ask_button.clicked.connect(self.ask_requested)
        self.name = _label("personTitle")
        self.name.setFont(scaled_font(self.font(), 1.5, bold=True))
        self.details = _label("personDetails")
        self.contact = _label("safeContact")
        self.next_ask = _label("nextAsk")
        self.next_ask.setFont(scaled_font(self.font(), 1.1, bold=True))
        self.schedule_note = _label("scheduleNote")
        self.error = _label("personPageError")
        self.error.setStyleSheet("#personPageError { color: #9b1c1c; font-weight: bold; }")
        self.error.hide()
        self.drafts = QVBoxLayout()
        self._draft_box = QWidget()
        self._draft_box.setLayout(self.drafts)
        self._history_heading = _label("historyHeading")
        self._history_heading.setFont(scaled_font(self.font(), 1.2, bold=True))
        self.co_parent = CoParentPanel()
        self.co_parent.link_requested.connect(self.link_requested)
        self.co_parent.unlink_requested.connect(self.unlink_requested)
        self.co_parent.open_requested.connect(self.person_requested)
        self.tasks = TasksPanel()
        self.tasks.done_requested.connect(self.task_done_requested)
        self.history = _history_table()
        self.history.cellDoubleClicked.connect(self._open_row)
        self._empty = _label("noHistory")
        self._document_buttons: dict[str, QPushButton] = {}
        self._build()
        self.keys = MainButton(self, self.ask_button)
        self._retranslate()

    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addStretch(1)
        top.addWidget(self.own_data_button)
        top.addWidget(self.edit_button)
        card = QFrame()
        card.setObjectName("askCard")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card_layout = QVBoxLayout(card)
        card_layout.addWidget(self.next_ask)
        card_layout.addWidget(self.schedule_note)
        card_layout.addWidget(self.error)
        card_layout.addWidget(self._draft_box)
        ask_row = QHBoxLayout()
        ask_row.addWidget(self.ask_button)
        ask_row.addStretch(1)
        card_layout.addLayout(ask_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 12, 32, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.name)
        layout.addWidget(self.details)
        layout.addWidget(self.contact)
        layout.addWidget(card)
        panels = QHBoxLayout()
        panels.addWidget(self.co_parent, 1)
        panels.addWidget(self.tasks, 1)
        layout.addLayout(panels)
        layout.addWidget(self._history_heading)
        layout.addWidget(self._empty)
        layout.addWidget(self.history, 1)
        if self._documents:
            row = QHBoxLayout()
            for kind in DOCUMENT_KINDS:
                button = QPushButton()
                button.setObjectName(f"document-{kind}")
                button.clicked.connect(lambda _=False, k=kind: self.document_requested.emit(k))
                self._document_buttons[kind] = button
                row.addWidget(button)
            row.addStretch(1)
            layout.addLayout(row)

    @property
    def overview(self) -> PersonOverview:
        return self._overview

    def set_overview(self, overview: PersonOverview) -> None:
        self._overview = overview
        self._retranslate()

    def focus_input(self) -> None:
        self.ask_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def tab_order(self) -> list[QWidget]:
        """From "ask now" (where the page starts) down the page; the way back and "correct"
        (top corners) last."""
        return [
            self.ask_button,
            self.co_parent.link_button,
            self.co_parent.open_button,
            self.co_parent.unlink_button,
            self.history,
            *self._document_buttons.values(),
            self.back_button,
            self.edit_button,
        ]

    def show_error(self, text: str) -> None:
        """What could not be done (e.g. a screening that could not be opened)."""
        self.error.setText("\u26a0 " + text if text else "")
        self.error.setVisible(bool(text))

    # ------------------------------------------------------------------ words
    def _instrument_title(self, instrument_id: str | None) -> str:
        if instrument_id is None:
            return ""
        instrument = self._instruments.get(instrument_id)
        if instrument is None:
            return instrument_id
        return instrument.title.get(self._lang(), instrument.language_codes[0])

    def _band_title(self, event: AskingEvent) -> str:
        band_id = event.override_band_id or event.band_id
        instrument = self._instruments.get(event.instrument_id or "")
        if band_id is None:
            return ""
        if instrument is not None and instrument.outcome is not None:
            for band in instrument.outcome.bands:
                if band.id == band_id:
                    title = band.title.get(self._lang(), instrument.language_codes[0])
                    return f"{title} ({colour_word(band.colour)})"
        return band_id

    def event_texts(self, event: AskingEvent) -> tuple[str, str, str, str, str]:
        """Date, by whom, what, how, result: one history row in words."""
        how = circumstances_text(event.circumstances)
        if not event.asked:
            what = self.tr("Not asked: {0}").format(reason_word(event.not_asked_reason))
            result = ""
            if event.next_ask_date is not None:
                result = self.tr("Ask again on {0}").format(date_text(event.next_ask_date))
            return date_text(event.date), event.clinician, what, how, result
        what = self._instrument_title(event.instrument_id)
        if event.version > 1:
            what += " " + self.tr("(amended, version {0})").format(event.version)
        if event.status == "draft":
            result = self.tr("Not finished")
        else:
            result = self._band_title(event)
            if event.override_band_id is not None:
                result += " " + self.tr("(changed by the health professional)")
            if event.flags:
                result += " · " + self.tr("%n point(s) of concern", "", len(event.flags))
        if event.superseded:
            result += " " + self.tr("(replaced by an amendment)")
        return date_text(event.date), event.clinician, what, how, result

    def _person_lines(self) -> tuple[str, str]:
        data = self._overview.history.person.data
        today = self._today()
        parts = [role_word(data.role)]
        if data.cpr:
            parts.append(self.tr("CPR {0}").format(format_cpr(data.cpr)))
        elif data.birth_date is not None:
            parts.append(self.tr("born {0}").format(date_text(data.birth_date)))
        child = data.child_birth_date
        if child is not None and data.child_birth_date_kind == "expected":
            weeks = weeks_pregnant(child, today)
            text = self.tr("expected birth {0}").format(date_text(child))
            if weeks is not None:
                text += " " + self.tr("(week {0})").format(weeks)
            parts.append(text)
        elif child is not None:
            age = child_age_weeks(child, today)
            text = self.tr("child born {0}").format(date_text(child))
            if age is not None:
                text += " " + self.tr("(%n week(s) old)", "", age)
            parts.append(text)
        contact = [
            self.tr("Safe phone: {0}").format(data.safe_phone or self.tr("none recorded")),
            self.tr("Safe times: {0}").format(data.safe_times or self.tr("none recorded")),
            self.tr("Messages: {0}").format(yes_no_unknown(data.may_leave_messages)),
            self.tr("Letters home: {0}").format(yes_no_unknown(data.may_send_letters_home)),
        ]
        return " · ".join(parts), " · ".join(contact)

    def _next_text(self) -> str:
        overview = self._overview
        last = overview.last_asking
        parts = []
        if last is None:
            parts.append(self.tr("Never asked."))
        else:
            parts.append(
                self.tr("Last asked on {0} by {1}.").format(date_text(last.date), last.clinician)
                if last.asked
                else self.tr("Last time ({0}, {1}): not asked, {2}.").format(
                    date_text(last.date), last.clinician, reason_word(last.not_asked_reason)
                )
            )
        if overview.planned_next is not None:
            parts.append(
                self.tr("Ask next on {0} (planned).").format(date_text(overview.planned_next))
            )
        elif overview.next_ask is not None:
            coming = overview.next_ask
            why = next_ask_why(coming.why, coming.detail)
            if coming.date <= self._today():
                parts.append(self.tr("Ask now ({0}).").format(why))
            else:
                parts.append(self.tr("Ask next on {0} ({1}).").format(date_text(coming.date), why))
        else:
            parts.append(self.tr("The asking schedule has no further dates."))
        return " ".join(parts)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        overview = self._overview
        self.back_button.setText(self.tr("< &Find a person"))
        self.edit_button.setText(self.tr("&Correct details..."))
        self.own_data_button.setText(self.tr("Her data and re&quests..."))
        self.ask_button.setText(self.tr("&Ask now..."))
        self.name.setText(overview.history.person.data.name)
        details, contact = self._person_lines()
        self.details.setText(details)
        self.contact.setText(contact)
        self.next_ask.setText(self._next_text())
        self.schedule_note.setText(
            self.tr(
                "The asking schedule is TrygStart's default; an administrator can set the "
                "clinic's own in the settings."
            )
        )
        self.schedule_note.setVisible(overview.schedule_is_default)
        self._fill_drafts()
        self.co_parent.set_co_parent(overview.co_parent, overview.co_parent_status)
        dates = {e.screening_id: date_text(e.date) for e in overview.events}
        self.tasks.set_tasks(overview.open_tasks, dates)
        self._history_heading.setText(self.tr("Asking history"))
        self._fill_history()
        texts = {
            "referral-letter": self.tr("&Refer with consent..."),
            "resource-card": self.tr("R&esource card..."),
            "safety-plan": self.tr("&Safety plan..."),
            "notification": self.tr("&Notification to the municipality..."),
        }
        for kind, button in self._document_buttons.items():
            button.setText(texts[kind])

    def _fill_drafts(self) -> None:
        while self.drafts.count():
            item = self.drafts.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        drafts = self._overview.drafts
        for event in drafts:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            text = self.tr("Not finished: {0}, started {1} by {2}.").format(
                self._instrument_title(event.instrument_id),
                date_text(event.date),
                event.clinician,
            )
            line.addWidget(_label("draftText", text), 1)
            button = QPushButton(self.tr("Res&ume"))
            button.setObjectName(f"resume-{event.screening_id}")
            button.clicked.connect(
                lambda _=False, i=event.screening_id: self.resume_requested.emit(i)
            )
            line.addWidget(button)
            self.drafts.addWidget(row)
        self._draft_box.setVisible(bool(drafts))

    def _fill_history(self) -> None:
        events = self._overview.events
        table = self.history
        table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("By"), self.tr("What"), self.tr("How"), self.tr("Result")]
        )
        table.setAccessibleName(self.tr("Asking history"))
        table.setRowCount(len(events))
        for row, event in enumerate(events):
            for column, text in enumerate(self.event_texts(event)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, event.screening_id)
                table.setItem(row, column, item)
        table.resizeRowsToContents()
        table.setVisible(bool(events))
        self._empty.setText(self.tr("No asking recorded yet."))
        self._empty.setVisible(not events)

    def _open_row(self, row: int, _column: int) -> None:
        item = self.history.item(row, 0)
        if item is None:
            return
        screening_id = int(item.data(Qt.ItemDataRole.UserRole))
        event = next(e for e in self._overview.events if e.screening_id == screening_id)
        if not event.asked:
            return
        if event.status == "draft":
            self.resume_requested.emit(screening_id)
        else:
            self.open_requested.emit(screening_id)
