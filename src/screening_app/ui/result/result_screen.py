"""The result and what to do now, in plain words, for the clinician.

The band (icon, colour in words, title, text), the raised flags each with their own steps (an
urgent flag's same-day action list first), the steps the band names, the follow-up
questionnaires to run, the services by name with phone and the date they were verified, the
material to hand over, and the scores. Questions the person declined to answer are counted
("Screeningen er ufuldstændig: ønsker ikke at svare på 2 af 5"). When the other parent of the
child is linked and has not been asked alone yet, the screen says so. A follow-up task for the
next visit is offered (ticked after a positive screen) and made with the finalised result. The
clinician may change the band (with a reason): the screen then shows the chosen band and its
steps, and says what was computed. "Copy a note for
the record" puts a concise text on the clipboard, which the clipboard guard clears again.
Finalising keeps the result in the record and locks it; afterwards it can only be amended.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence

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
from screening_app.domain.override import BandOverride, apply_override
from screening_app.domain.pathway import URGENT_FLAG, follow_up_suggested, offer_after
from screening_app.domain.record_note import record_note
from screening_app.domain.result import score_value_text
from screening_app.domain.session import Result
from screening_app.services.screenings import FollowUp
from screening_app.ui.clipboard import ClipboardGuard
from screening_app.ui.i18n import UiLanguage
from screening_app.ui.icons import Icons
from screening_app.ui.ports import ServiceLookup
from screening_app.ui.result.follow_up_row import FollowUpRow
from screening_app.ui.result.outcome import (
    follow_up_instrument_row,
    other_parent_label,
    outcome_widgets,
    undetermined_steps,
)
from screening_app.ui.result.override_dialog import OverrideChooser, open_override_dialog
from screening_app.ui.result.record_bar import RecordBar
from screening_app.ui.result.sections import (
    flag_panel,
    heading,
    numbered_steps,
    text_label,
)
from screening_app.ui.result.services_section import documents_row, service_line
from screening_app.ui.style import scaled_font

WARNING_SIGN = "\u26a0"


class ResultScreen(QWidget):
    follow_up_requested = Signal(str)  # instrument id
    band_overridden = Signal(str, str)  # band id, reason
    back_requested = Signal()  # back to the questions
    done = Signal()
    note_copied = Signal()
    finalise_requested = Signal(object)  # the date to ask again, or None
    amend_requested = Signal()
    document_requested = Signal(str)  # "referral", or a document kind

    def __init__(
        self,
        result: Result,
        language: UiLanguage,
        clipboard: ClipboardGuard,
        icons: Icons,
        *,
        instrument_names: Mapping[str, str] | None = None,
        today: Callable[[], dt.date] = local_today,
        choose_override: OverrideChooser = open_override_dialog,
        finalised: bool = False,
        override: BandOverride | None = None,
        next_ask: dt.date | None = None,
        services: ServiceLookup | None = None,
        documents: bool = False,
        printable: bool = False,
        follow_ups_run: frozenset[str] = frozenset(),
        other_parent_not_asked: bool = False,
        follow_up_planned: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("resultScreen")
        self._result = result
        self._language = language
        self._clipboard = clipboard
        self._icons = icons
        self._names = dict(instrument_names or {})
        self._today = today
        self._choose_override = choose_override
        self._override: BandOverride | None = override
        self._services = services
        self._documents = documents
        self._printable = printable
        self._follow_ups_run = follow_ups_run
        self._other_parent_not_asked = other_parent_not_asked
        self._note_status = False
        self._dialog: QDialog | None = None
        self.record_bar = RecordBar(finalised=finalised, next_ask=next_ask, today=today)
        self.record_bar.finalise_requested.connect(self.finalise_requested)
        self.record_bar.amend_requested.connect(self.amend_requested)
        self.follow_up_row = FollowUpRow(
            suggested=follow_up_suggested(result),
            due=next_ask,
            today=today,
            planned=follow_up_planned,
        )
        if finalised:
            self.follow_up_row.set_finalised(None)

        self._make_labels()
        self._make_buttons()
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.override_button)
        buttons.addWidget(self.print_button)
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
        self.print_button = QPushButton()
        self.print_button.setObjectName("printResult")
        self.print_button.setAutoDefault(True)
        self.print_button.clicked.connect(lambda: self.document_requested.emit("print-completed"))

    # ------------------------------------------------------------------ state
    @property
    def result(self) -> Result:
        """The result as shown: with the clinician's override applied, if any."""
        if self._override is None:
            return self._result
        return apply_override(self._result, self._override)

    @property
    def override(self) -> BandOverride | None:
        return self._override

    @property
    def finalised(self) -> bool:
        return self.record_bar.finalised

    def follow_up(self) -> FollowUp | None:
        """The follow-up task to make with the result, if the clinician keeps it ticked."""
        return None if self.finalised else self.follow_up_row.chosen()

    def set_finalised(self, next_ask: dt.date | None, follow_up: FollowUp | None = None) -> None:
        """The result is in the record now: no more changes, only an amendment."""
        self.follow_up_row.set_finalised(follow_up)
        self.record_bar.set_finalised(next_ask)
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

    def _apply_state(self) -> None:
        draft = not self.record_bar.finalised
        outcome = self._result.instrument.outcome
        self.override_button.setVisible(draft)
        self.override_button.setEnabled(outcome is not None and len(outcome.bands) > 1)
        self.back_button.setVisible(draft)
        self.print_button.setVisible(self._printable and not draft)

    def service_names(self) -> dict[str, str]:
        names = {}
        for service_id in self.result.actions.services:
            info = self._services(service_id) if self._services is not None else None
            if info is not None:
                names[service_id] = info.name
        return names

    def note_text(self) -> str:
        return record_note(
            self._result,
            self._language.code,
            override=self._override,
            date=self._today(),
            instrument_names=self._names,
            service_names=self.service_names(),
        )

    # ---------------------------------------------------------------- actions
    def copy_note(self) -> None:
        self._clipboard.copy(self.note_text())
        self._note_status = True
        self._show_status()
        self.note_copied.emit()

    def open_override(self) -> None:
        outcome = self._result.instrument.outcome
        if outcome is None:
            return
        current = self.result.band.id if self.result.band is not None else None
        self._dialog = self._choose_override(
            self,
            bands=list(outcome.bands),
            current=current,
            lang=self._language.code,
            icons=self._icons,
            on_chosen=self.apply_override,
        )

    def apply_override(self, band_id: str, reason: str) -> None:
        if self.record_bar.finalised:
            return
        computed = self._result.band.id if self._result.band is not None else None
        self._override = None if band_id == computed else BandOverride(band_id, reason)
        self._render()
        self.band_overridden.emit(band_id, reason)

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
        lang = self._language.code
        source = self._result.language
        shown = self.result
        base = self.font()
        instrument = self._result.instrument
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
            self._result, shown, self._override, lang=lang, icons=self._icons, base=base
        ):
            column.addWidget(widget)
        if self._other_parent_not_asked:
            column.addWidget(other_parent_label(base))
        flag_steps = {step for flag in shown.flags for step in flag.actions.steps}
        if shown.flags:
            column.addWidget(heading(self.tr("Points of concern"), base))
            urgent_first = sorted(shown.flags, key=lambda f: f.id != URGENT_FLAG)
            for flag in urgent_first:
                column.addWidget(
                    flag_panel(
                        flag,
                        lang,
                        source,
                        self._icons,
                        base,
                        steps_title=self.tr("Same-day actions")
                        if flag.id == URGENT_FLAG
                        else self.tr("What to do"),
                        urgent=flag.id == URGENT_FLAG,
                    )
                )

        actions = shown.actions
        steps = [s.get(lang, source) for s in actions.steps if s not in flag_steps]
        # What the pathway offers next: the follow-up instruments not yet run here.
        follow_ups = list(offer_after(shown, tuple(self._follow_ups_run)).follow_up_instruments)
        if steps or follow_ups or not flag_steps:
            column.addWidget(heading(self.tr("What to do now"), base))
        if steps:
            column.addWidget(numbered_steps(steps))
        elif shown.undetermined and shown.band is None:
            column.addWidget(undetermined_steps())
        elif not flag_steps:
            column.addWidget(
                text_label(self.tr("The questionnaire names no steps for this result."), "noSteps")
            )
        for instrument_id in follow_ups:
            column.addWidget(self._follow_up(instrument_id))
        if actions.services:
            column.addWidget(heading(self.tr("Relevant services"), base))
            for service_id in actions.services:
                column.addWidget(self._service_line(service_id))
        if actions.documents or (self._documents and actions.services):
            column.addWidget(self._documents_row(actions.documents, bool(actions.services)))

        if shown.scores:
            column.addWidget(heading(self.tr("Scores"), base))
            for score_id in shown.scores:
                name = instrument.score(score_id).title.get(lang, source)
                value = score_value_text(self._result, score_id, lang)
                column.addWidget(text_label(f"{name}: {value}", "score"))
        column.addStretch(1)
        old = self._scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self._scroll.setWidget(body)
        self._retranslate_buttons()

    def _service_line(self, service_id: str) -> QLabel:
        info = self._services(service_id) if self._services is not None else None
        return service_line(service_id, info)

    def _documents_row(self, kinds: Sequence[str], has_services: bool) -> QWidget:
        return documents_row(
            kinds,
            with_buttons=self._documents,
            has_services=has_services,
            requested=self.document_requested.emit,
        )

    def _follow_up(self, instrument_id: str) -> QWidget:
        return follow_up_instrument_row(
            instrument_id,
            self._names.get(instrument_id),
            finalised=self.record_bar.finalised,
            requested=self.follow_up_requested.emit,
        )

    def _retranslate_buttons(self) -> None:
        self.copy_button.setText(self.tr("&Copy a note for the record"))
        self.override_button.setText(self.tr("C&hange the result..."))
        self.back_button.setText(self.tr("&Back to the questions"))
        self.done_button.setText(self.tr("C&lose"))
        self.print_button.setText(self.tr("&Print the result..."))
        self._show_status()


def focus_first_button(screen: ResultScreen) -> None:
    screen.copy_button.setFocus(Qt.FocusReason.OtherFocusReason)
