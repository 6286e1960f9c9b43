"""The gate: is it safe to ask now? Every point confirmed before the first question.

How the consultation happens (in person, by phone, by video); on the phone and on video first
"Er du alene? Kan nogen høre dig?", before anything else. The person is alone (no partner, no
family member, no child old enough to understand; who else is there is recorded); the
interpreter is none or a professional one, in the room, on the phone or on video (a family
member or friend stops the gate); there is time; the limits of confidentiality have been
explained (the duty to notify the municipality under Barnets Lov section 133, and that
information may be passed on without consent when someone is in serious danger).
``domain.pathway.Gate`` decides; the screen only shows it.

Until every point is confirmed the questions cannot start. If a point cannot be met the
clinician records "not asked" in one click: the reason is already chosen from the first point
that is not confirmed, and the date to ask again is already filled in from the clinic's
schedule (both can be changed first). Either way the form, who was present and the interpreter
go with the record. Then: which questionnaire, who reads the questions (the clinician aloud, or
the person alone on the screen) and the person's language.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import cast

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from screening_app.domain.instrument import Instrument
from screening_app.domain.messages import language_name
from screening_app.domain.pathway import REMOTE_POINT, Gate, GatePoint
from screening_app.ui.gate_circumstances import (
    CircumstancesRows,
    PointText,
    point_row,
    qdate,
    wrapping,
)
from screening_app.ui.main_button import MainButton
from screening_app.ui.persons.words import (
    form_words,
    interpreter_words,
    present_words,
    reason_word,
)
from screening_app.ui.style import scaled_font

# The points with a check box of their own (the interpreter point is the interpreter chosen).
CHECKED_POINTS: tuple[GatePoint, ...] = (REMOTE_POINT, "alone", "time", "confidentiality")


class GateScreen(QWidget):
    # instrument id, language, self-complete, how the consultation happens (Circumstances)
    start_requested = Signal(str, str, bool, object)
    # reason, next date (dt.date or None), how the consultation happened (Circumstances)
    not_asked_requested = Signal(str, object, object)
    back_requested = Signal()

    def __init__(
        self,
        *,
        person_name: str,
        instruments: Mapping[str, Instrument],
        reasons: tuple[str, ...],
        retry_date: dt.date,
        today: Callable[[], dt.date],
        ui_language: Callable[[], str],
        preferred_instrument: str | None = None,
        self_complete: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("gateScreen")
        self._self_complete_allowed = self_complete  # the machine's settings may forbid it
        self.gate = Gate()
        self._instruments = instruments
        self._reasons = reasons
        self._ui_language = ui_language
        self._person_name = person_name
        self._heading = QLabel()
        self._heading.setFont(scaled_font(self.font(), 1.5, bold=True))
        self._heading.setWordWrap(True)
        self._intro = wrapping("gateIntro")
        self.circumstances = CircumstancesRows(self)
        self.circumstances.changed.connect(self._circumstances_changed)
        self.points: dict[GatePoint, QCheckBox] = {}
        for point in CHECKED_POINTS:
            box = QCheckBox()
            box.setObjectName(f"gate-{point}")
            box.toggled.connect(lambda checked, p=point: self._confirm(p, checked))
            self.points[point] = box
        self._point_texts: dict[GatePoint, QLabel] = {}
        for point in CHECKED_POINTS:
            text = PointText()
            text.setObjectName(f"gateText-{point}")
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.PlainText)
            self._point_texts[point] = text

        self._build_not_asked(reasons, retry_date, today)
        self._build_start(instruments, preferred_instrument)

        self.error = wrapping("gateError")
        self.error.setStyleSheet("#gateError { color: #9b1c1c; font-weight: bold; }")
        self.error.hide()
        self.back_button = QPushButton()
        self.back_button.setObjectName("gateBack")
        self.back_button.clicked.connect(self.back_requested)
        self._lay_out()
        self.keys = MainButton(self)  # Return starts the questions once every point holds
        self._fill_languages()
        self._retranslate()
        self._update()

    def _build_not_asked(
        self, reasons: tuple[str, ...], retry_date: dt.date, today: Callable[[], dt.date]
    ) -> None:
        # Not asked: reason and next date, recorded in one click.
        self._not_box = QGroupBox()
        self._not_box.setObjectName("notAskedBox")
        self.reason = QComboBox()
        self.reason.setObjectName("notAskedReason")
        for code in reasons:
            self.reason.addItem(code, code)
        self.next_date = QDateEdit()
        self.next_date.setObjectName("notAskedNextDate")
        self.next_date.setCalendarPopup(True)
        self.next_date.setDisplayFormat("dd.MM.yyyy")
        self.next_date.setMinimumDate(qdate(today()))
        self.next_date.setDate(qdate(retry_date))
        self.not_asked_button = QPushButton()
        self.not_asked_button.setObjectName("recordNotAsked")
        self.not_asked_button.clicked.connect(self.record_not_asked)
        self._reason_label = QLabel()
        self._reason_label.setBuddy(self.reason)
        self._date_label = QLabel()
        self._date_label.setBuddy(self.next_date)
        not_form = QFormLayout(self._not_box)
        not_form.addRow(self._reason_label, self.reason)
        not_form.addRow(self._date_label, self.next_date)
        not_form.addRow(self.not_asked_button)

    def _build_start(
        self, instruments: Mapping[str, Instrument], preferred_instrument: str | None
    ) -> None:
        # Start: instrument, who reads, language.
        self._start_box = QGroupBox()
        self._start_box.setObjectName("startBox")
        self.instrument = QComboBox()
        self.instrument.setObjectName("gateInstrument")
        screens = [i for i in instruments.values() if i.kind == "screen"] or list(
            instruments.values()
        )
        for instrument in screens:
            self.instrument.addItem(instrument.id, instrument.id)
        if preferred_instrument is not None:
            self.instrument.setCurrentIndex(max(0, self.instrument.findData(preferred_instrument)))
        self.instrument.currentIndexChanged.connect(self._fill_languages)
        self.language = QComboBox()
        self.language.setObjectName("gateLanguage")
        self.clinician_reads = QRadioButton()
        self.clinician_reads.setObjectName("clinicianReads")
        self.person_reads = QRadioButton()
        self.person_reads.setObjectName("personReads")
        self.clinician_reads.setChecked(True)
        self.person_reads.setVisible(self._self_complete_allowed)
        self._mode = QButtonGroup(self)
        self._mode.addButton(self.clinician_reads)
        self._mode.addButton(self.person_reads)
        self._instrument_label = QLabel()
        self._instrument_label.setBuddy(self.instrument)
        self._language_label = QLabel()
        self._language_label.setBuddy(self.language)
        self.start_button = QPushButton()
        self.start_button.setObjectName("startQuestions")
        self.start_button.clicked.connect(self.start)
        self._waiting = wrapping("gateWaiting")
        start_form = QFormLayout(self._start_box)
        start_form.addRow(self._instrument_label, self.instrument)
        start_form.addRow(self._language_label, self.language)
        start_form.addRow(self.clinician_reads)
        start_form.addRow(self.person_reads)
        start_form.addRow(self._waiting)
        start_form.addRow(self.start_button)

    def _point_row(self, point: GatePoint) -> QWidget:
        return point_row(point, self.points[point], self._point_texts[point])

    def _lay_out(self) -> None:
        points = QFrame()
        points.setObjectName("gatePoints")
        points.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QVBoxLayout(points)
        rows = self.circumstances
        self._remote_row = self._point_row(REMOTE_POINT)
        self._remote_row.setStyleSheet(
            "#gateRow-remote-alone { background: #fff4d6; border-radius: 4px; }"
        )
        present = QHBoxLayout()
        present.setContentsMargins(28, 0, 0, 0)
        present.addWidget(rows.present_row)
        for widget in (
            rows.form_row,
            self._remote_row,
            self._point_row("alone"),
        ):
            grid.addWidget(widget)
        grid.addLayout(present)
        for widget in (rows.interpreter_row, self._point_row("time")):
            grid.addWidget(widget)
        grid.addWidget(self._point_row("confidentiality"))
        self._order = [
            *rows.forms.values(),
            self.points[REMOTE_POINT],
            self.points["alone"],
            *rows.present.values(),
            *rows.interpreters.values(),
            self.points["time"],
            self.points["confidentiality"],
            # then the start (left), "not asked" (right), and the way back
            self.instrument,
            self.language,
            self.clinician_reads,
            self.person_reads,
            self.start_button,
            self.reason,
            self.next_date,
            self.not_asked_button,
            self.back_button,
        ]
        lower = QHBoxLayout()
        lower.addWidget(self._start_box, 1)
        lower.addWidget(self._not_box, 1)
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self._heading)
        column.addWidget(self._intro)
        column.addWidget(points)
        column.addWidget(self.error)
        column.addLayout(lower)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields; they scroll in
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 8, 24, 8)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addStretch(1)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)

    # ------------------------------------------------------------------ state
    def _confirm(self, point: GatePoint, checked: bool) -> None:
        self.gate.confirm(point, checked)
        self._update()

    def _circumstances_changed(self) -> None:
        rows = self.circumstances
        self.gate.set_form(rows.form())
        self.gate.set_present(rows.chosen_present())
        self.gate.set_interpreter(rows.interpreter())
        if self.gate.circumstances().others_present and self.points["alone"].isChecked():
            self.points["alone"].setChecked(False)  # not alone: the point is refused
        self._update()

    def _update(self) -> None:
        gate = self.gate
        self._remote_row.setVisible(gate.remote)
        for point in ("alone", "time", "confidentiality"):
            self.points[point].setEnabled(gate.is_open(point))
            self._point_texts[point].setEnabled(gate.is_open(point))
        for button in self.circumstances.buttons():
            if button not in self.circumstances.forms.values():
                button.setEnabled(gate.is_open("alone"))
        self.person_reads.setEnabled(gate.can_self_complete)
        if not gate.can_self_complete:
            self.clinician_reads.setChecked(True)  # on the phone or video the clinician reads
        may = self.gate.may_ask
        self.start_button.setEnabled(may and self.instrument.count() > 0)
        self.keys.set_button(self.start_button if may else None)
        suggested = self.gate.reason_if_not_asked()
        if suggested in self._reasons:
            self.reason.setCurrentIndex(self.reason.findData(suggested))
        self._waiting.setVisible(not may)

    def _fill_languages(self) -> None:
        self.language.clear()
        instrument_id = self.instrument.currentData()
        instrument = self._instruments.get(str(instrument_id)) if instrument_id else None
        if instrument is None:
            return
        ui = self._ui_language()
        for code in instrument.language_codes:
            self.language.addItem(language_name(code, ui), code)
        self.language.setCurrentIndex(max(0, self.language.findData(ui)))

    def tab_order(self) -> list[QWidget]:
        """Down the points as they read, then start (left), "not asked" (right), back."""
        return list(self._order)

    def focus_input(self) -> None:
        self.circumstances.forms[self.gate.form].setFocus(Qt.FocusReason.OtherFocusReason)

    def show_error(self, text: str) -> None:
        """What could not be stored or started, in the storage's sentence."""
        self.error.setText("\u26a0 " + text if text else "")
        self.error.setVisible(bool(text))

    # ---------------------------------------------------------------- actions
    def start(self) -> None:
        if not self.gate.may_ask:
            return
        self.start_requested.emit(
            str(self.instrument.currentData()),
            str(self.language.currentData()),
            self.person_reads.isChecked() and self._self_complete_allowed,
            self.gate.circumstances(),
        )

    def record_not_asked(self) -> None:
        self.not_asked_requested.emit(
            str(self.reason.currentData()),
            cast(dt.date, self.next_date.date().toPython()),
            self.gate.circumstances(),
        )

    # ------------------------------------------------------------------ words
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self._heading.setText(self.tr("Is it safe to ask now? ({0})").format(self._person_name))
        self._intro.setText(
            self.tr(
                "Ask only when every point below holds. If one does not, do not ask: record "
                '"not asked" with the reason, and ask next time.'
            )
        )
        texts: dict[GatePoint, str] = {
            REMOTE_POINT: self.tr(
                'First I asked "Are you alone? Can anyone hear you?": the person is alone, '
                "and no one can hear."
            ),
            "alone": self.tr(
                "The person is alone with me: no partner, no family member, and no child old "
                "enough to understand."
            ),
            "time": self.tr("There is time to ask, and to respond to what the person tells me."),
            "confidentiality": self.tr(
                "I have explained the limits of confidentiality: I must notify the municipality "
                "if a child, also an unborn child, may need support (Barnets Lov section 133), "
                "and information may be passed on without consent if someone is in serious "
                "danger."
            ),
        }
        for point, text in texts.items():
            self._point_texts[point].setText(text)
            self.points[point].setAccessibleName(text)
        self.circumstances.set_texts(
            labels=(
                self.tr("The consultation:"),
                self.tr("Who else is there:"),
                self.tr("Interpreter:"),
            ),
            forms=form_words(),
            present=present_words(),
            interpreters=interpreter_words(),
        )
        self._not_box.setTitle(self.tr("If it is not safe to ask now"))
        self._reason_label.setText(self.tr("&Reason"))
        self._date_label.setText(self.tr("As&k again on"))
        for index, code in enumerate(self._reasons):
            self.reason.setItemText(index, reason_word(code))
        self.not_asked_button.setText(self.tr('Record "&not asked"'))
        self._start_box.setTitle(self.tr("When every point holds"))
        self._instrument_label.setText(self.tr("&Questionnaire"))
        lang = self._ui_language()
        for index in range(self.instrument.count()):
            instrument = self._instruments[str(self.instrument.itemData(index))]
            self.instrument.setItemText(
                index, instrument.title.get(lang, instrument.language_codes[0])
            )
        self._language_label.setText(self.tr("The person's &language"))
        for index in range(self.language.count()):
            code = str(self.language.itemData(index))
            self.language.setItemText(index, language_name(code, lang))
        self.clinician_reads.setText(self.tr("I r&ead the questions aloud"))
        self.person_reads.setText(self.tr("The person answers &alone on the screen"))
        self._waiting.setText(
            self.tr(
                "The questions can start when every point above is ticked and the interpreter "
                "is chosen."
            )
        )
        self.start_button.setText(self.tr("&Start the questions"))
        self.back_button.setText(self.tr("< &Back"))
