"""The result and what to do now, in plain words, for the clinician: a ``ShowingResult`` drawn.

The band (icon, colour in words, title, text), the raised flags each with their own steps (an
urgent flag's same-day action list first), the steps the band names, the next steps as buttons
in order with their own keys (the follow-up questionnaire, the pocket card, a referral, the
safety plan, the notification; urgent first), the services by name with phone and the date they
were checked, and the scores. Questions the person declined to answer are counted. When the
other parent of the child is linked and has not been asked alone yet, the screen says so. A
follow-up task for the next visit is offered and made with the finalised result.

Everything shown comes from the step the consultation engine gives (``show_step``); the screen
decides nothing: it sends intents (override, finalise, amend, a next step) and draws the next
step it is given. "Copy a note for the record" puts the engine's note on the clipboard, which
the clipboard guard clears again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from screening_app.domain.context import today as local_today
from screening_app.domain.result import score_value_text
from screening_app.services.consultation import NextStep, ShowingResult
from screening_app.services.screenings import FollowUp
from screening_app.ui.clipboard import ClipboardGuard
from screening_app.ui.i18n import UiLanguage
from screening_app.ui.icons import Icons
from screening_app.ui.ports import ServiceLookup
from screening_app.ui.result.band_words import document_word
from screening_app.ui.result.follow_up_row import FollowUpRow
from screening_app.ui.result.next_steps import next_steps_section
from screening_app.ui.result.outcome import other_parent_label, outcome_widgets, undetermined_steps
from screening_app.ui.result.override_dialog import OverrideChooser, open_override_dialog
from screening_app.ui.result.record_bar import RecordBar
from screening_app.ui.result.sections import flag_panel, heading, numbered_steps, text_label
from screening_app.ui.result.services_section import service_line
from screening_app.ui.style import scaled_font

WARNING_SIGN = "\u26a0"
URGENT = "urgent"


class ResultScreen(QWidget):
    next_step_requested = Signal(object)  # a NextStep
    band_overridden = Signal(str, str)  # band id, reason
    back_requested = Signal()  # back to the questions
    done = Signal()
    note_copied = Signal()
    finalise_requested = Signal(object)  # the date to ask again, or None
    amend_requested = Signal()

    def __init__(
        self,
        step: ShowingResult,
        language: UiLanguage,
        clipboard: ClipboardGuard,
        icons: Icons,
        *,
        note: Callable[[], str],
        installed: Callable[[NextStep], bool] = lambda _step: False,
        today: Callable[[], dt.date] = local_today,
        choose_override: OverrideChooser = open_override_dialog,
        services: ServiceLookup | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("resultScreen")
        self._step = step
        self._language = language
        self._clipboard = clipboard
        self._icons = icons
        self._note = note
        self._installed = installed
        self._today = today
        self._choose_override = choose_override
        self._services = services
        self._note_status = False
        self.dialog: QDialog | None = None  # an open override or reason dialog
        self.next_buttons: list[QPushButton] = []
        self.record_bar = RecordBar(finalised=step.finalised, next_ask=step.next_ask, today=today)
        self.record_bar.finalise_requested.connect(self.finalise_requested)
        self.record_bar.amend_requested.connect(self.amend_requested)
        self.follow_up_row = FollowUpRow(
            suggested=step.follow_up_suggested,
            due=step.next_ask,
            today=today,
            planned=step.follow_up_planned,
        )
        if step.finalised:
            self.follow_up_row.set_finalised(None)

        self._make_labels()
        self._make_buttons()
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.override_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self._scroll, 1)
        layout.addWidget(self._status)
        layout.addWidget(self._error)
        layout.addWidget(self.follow_up_row)
        layout.addWidget(self.record_bar)
        layout.addLayout(buttons)
        clipboard.cleared.connect(self._note_cleared)
        self._apply_state()
        self._render()

    def _make_labels(self) -> None:
        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._status = QLabel()
        self._status.setObjectName("noteStatus")
        self._status.setWordWrap(True)
        self._error = QLabel()
        self._error.setObjectName("resultError")
        self._error.setWordWrap(True)
        self._error.setStyleSheet("#resultError { color: #9b1c1c; font-weight: bold; }")
        self._error.hide()

    def _make_buttons(self) -> None:
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("copyNoteButton")
        self.copy_button.setAutoDefault(True)
        self.copy_button.clicked.connect(self.copy_note)
        self.override_button = QPushButton()
        self.override_button.setObjectName("overrideButton")
        self.override_button.setAutoDefault(True)
        self.override_button.clicked.connect(self.open_override)
        self.back_button = QPushButton()
        self.back_button.setObjectName("backToQuestions")
        self.back_button.setAutoDefault(True)
        self.back_button.clicked.connect(self.back_requested)
        self.done_button = QPushButton()
        self.done_button.setObjectName("doneButton")
        self.done_button.setAutoDefault(True)
        self.done_button.clicked.connect(self.done)

    # ------------------------------------------------------------------ state
    @property
    def step(self) -> ShowingResult:
        return self._step

    @property
    def finalised(self) -> bool:
        return self._step.finalised

    def follow_up(self) -> FollowUp | None:
        """The follow-up task to make with the result, if the clinician keeps it ticked."""
        return None if self.finalised else self.follow_up_row.chosen()

    def next_ask(self) -> dt.date | None:
        """The date to ask again, as the clinician left it."""
        return self.record_bar.chosen_date()

    def show_step(self, step: ShowingResult) -> None:
        """The engine's next step for this result (after an override, or finalised)."""
        was_finalised = self._step.finalised
        self._step = step
        if step.finalised and not was_finalised:
            made = None
            if step.follow_up_planned is not None:
                made = FollowUp(step.follow_up_planned)
            self.follow_up_row.set_finalised(made)
            self.record_bar.set_finalised(step.next_ask)
        self._apply_state()
        self._render()

    def show_error(self, message: str | None) -> None:
        """A sentence about what could not be done (e.g. could not be saved)."""
        if message:
            self._error.setText(f"{WARNING_SIGN} {message}")
            self._error.show()
        else:
            self._error.clear()
            self._error.hide()

    def focus_input(self) -> None:
        """The first next step (what to do now), else the note for the record."""
        target = self.next_buttons[0] if self.next_buttons else self.copy_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _apply_state(self) -> None:
        draft = not self._step.finalised
        outcome = self._step.instrument.outcome
        self.override_button.setVisible(draft)
        self.override_button.setEnabled(outcome is not None and len(outcome.bands) > 1)
        self.back_button.setVisible(draft)

    def service_names(self) -> dict[str, str]:
        names = {}
        for service_id in self._step.shown.actions.services:
            info = self._services(service_id) if self._services is not None else None
            if info is not None:
                names[service_id] = info.name
        return names

    # ---------------------------------------------------------------- actions
    def copy_note(self) -> None:
        self._clipboard.copy(self._note())
        self._note_status = True
        self._show_status()
        self.note_copied.emit()

    def open_override(self) -> None:
        outcome = self._step.instrument.outcome
        if outcome is None or self._step.finalised:
            return
        shown = self._step.shown.band
        self.dialog = self._choose_override(
            self,
            bands=list(outcome.bands),
            current=shown.id if shown is not None else None,
            lang=self._language.code,
            icons=self._icons,
            on_chosen=self.band_overridden.emit,
        )

    def _note_cleared(self) -> None:
        self._note_status = False
        self._show_status()

    def _show_status(self) -> None:
        if self._note_status:
            seconds = self._clipboard.clear_after_ms // 1000
            self._status.setText(
                self.tr(
                    "The note is on the clipboard. It is removed after %n second(s), "
                    "and when the screen locks.",
                    "",
                    seconds,
                )
            )
        else:
            self._status.setText("")
        self._status.setVisible(self._note_status)

    # ----------------------------------------------------------------- render
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)

    def _render(self) -> None:
        step = self._step
        lang = self._language.code
        source = step.computed.language
        shown = step.shown
        base = self.font()
        instrument = step.instrument
        body = QWidget()
        body.setObjectName("resultBody")
        column = QVBoxLayout(body)
        column.setContentsMargins(8, 8, 8, 8)
        column.setSpacing(10)
        title = self.tr("{0}, version {1}").format(
            instrument.title.get(lang, source), instrument.version
        )
        column.addWidget(text_label(title, "resultInstrument", scaled_font(base, 1.1, bold=True)))
        for widget in outcome_widgets(
            step.computed, shown, step.override, lang=lang, icons=self._icons, base=base
        ):
            column.addWidget(widget)
        if step.other_parent_not_asked:
            column.addWidget(other_parent_label(base))
        self._next_steps(column, base)
        if step.concerns:
            column.addWidget(heading(self.tr("Points of concern"), base))
            for flag in step.concerns:
                column.addWidget(
                    flag_panel(
                        flag,
                        lang,
                        source,
                        self._icons,
                        base,
                        steps_title=self.tr("Same-day actions")
                        if flag.id == URGENT
                        else self.tr("What to do"),
                        urgent=flag.id == URGENT,
                    )
                )
        if step.steps or not step.concerns:
            column.addWidget(heading(self.tr("What to do now"), base))
        if step.steps:
            column.addWidget(numbered_steps([s.get(lang, source) for s in step.steps]))
        elif shown.undetermined and shown.band is None:
            column.addWidget(undetermined_steps())
        elif not step.concerns:
            column.addWidget(
                text_label(self.tr("The questionnaire names no steps for this result."), "noSteps")
            )
        actions = shown.actions
        if actions.services:
            column.addWidget(heading(self.tr("Relevant services"), base))
            for service_id in actions.services:
                info = self._services(service_id) if self._services is not None else None
                column.addWidget(service_line(service_id, info))
        if actions.documents:
            names = ", ".join(document_word(d) for d in actions.documents)
            column.addWidget(text_label(self.tr("Material: {0}").format(names), "documents"))
        if shown.scores:
            column.addWidget(heading(self.tr("Scores"), base))
            for score_id in shown.scores:
                name = instrument.score(score_id).title.get(lang, source)
                value = score_value_text(step.computed, score_id, lang)
                column.addWidget(text_label(f"{name}: {value}", "score"))
        column.addStretch(1)
        old = self._scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self._scroll.setWidget(body)
        self._retranslate_buttons()

    def _next_steps(self, column: QVBoxLayout, base: object) -> None:
        step = self._step
        section, buttons = next_steps_section(
            step.next_steps,
            step.instrument_names,
            finalised=step.finalised,
            installed=self._installed,
            requested=self.next_step_requested.emit,
        )
        self.next_buttons = buttons
        layout = section.layout()
        if buttons or (layout is not None and layout.count()):
            column.addWidget(heading(self.tr("Next steps"), base))  # type: ignore[arg-type]
            column.addWidget(section)

    def _retranslate_buttons(self) -> None:
        self.copy_button.setText(self.tr("&Copy a note for the record"))
        self.override_button.setText(self.tr("C&hange the result..."))
        self.back_button.setText(self.tr("&Back to the questions"))
        self.done_button.setText(self.tr("C&lose"))
        self._show_status()
