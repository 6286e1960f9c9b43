"""One consultation in the window: the engine's steps drawn, the screens' intents sent back.

``services.consultation.ConsultationEngine`` decides everything (what comes next, what is
stored); this object only routes: a step to its screen (the gate, the runner, the result),
and a screen's signal to the engine's intent, whose answer is the next step to draw. A refusal
is shown on the screen that asked, in the storage's own sentence; nothing is lost (every
answer is already stored).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from screening_app.domain.context import today as local_today
from screening_app.domain.presence import Circumstances
from screening_app.services.consultation import (
    Asking,
    AtGate,
    ConsultationEngine,
    Ended,
    NextStep,
    ShowingResult,
    Step,
)
from screening_app.ui.clipboard import ClipboardGuard
from screening_app.ui.errors import error_sentence
from screening_app.ui.gate_screen import GateScreen
from screening_app.ui.i18n import UiLanguage
from screening_app.ui.icons import Icons
from screening_app.ui.main_window import MainWindow
from screening_app.ui.ports import DocumentActions, PasswordCheck, ServiceLookup
from screening_app.ui.result.override_dialog import OverrideChooser, open_override_dialog
from screening_app.ui.result.record_bar import ReasonAsker, open_reason_dialog
from screening_app.ui.result.result_screen import ResultScreen
from screening_app.ui.runner.runner_screen import RunnerScreen


class Consultation(QObject):
    ended = Signal(bool)  # True when something was stored (the person's page reads again)
    runner_started = Signal(object)  # RunnerScreen
    result_shown = Signal(object)  # ResultScreen

    def __init__(
        self,
        window: MainWindow,
        language: UiLanguage,
        clipboard: ClipboardGuard,
        icons: Icons,
        *,
        engine: ConsultationEngine,
        password_check: PasswordCheck | None,
        today: Callable[[], dt.date] = local_today,
        choose_override: OverrideChooser = open_override_dialog,
        ask_reason: ReasonAsker = open_reason_dialog,
        services: ServiceLookup | None = None,
        documents: DocumentActions | None = None,
        installed: Mapping[str, object] | None = None,
        self_complete_allowed: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.engine = engine
        self._window = window
        self._language = language
        self._clipboard = clipboard
        self._icons = icons
        self._password_check = password_check
        self._today = today
        self._choose_override = choose_override
        self._ask_reason = ask_reason
        self._services = services
        self._documents = documents
        self._installed = installed or {}
        self._self_complete_allowed = self_complete_allowed
        self.gate: GateScreen | None = None
        self.runner: RunnerScreen | None = None
        self.result_screen: ResultScreen | None = None

    @property
    def screening_id(self) -> int | None:
        step = self.engine.step
        return step.screening_id if isinstance(step, (Asking, ShowingResult)) else None

    @property
    def asking(self) -> bool:
        """A draft's questions are on screen (leaving keeps the answers as a draft)."""
        return isinstance(self.engine.step, Asking)

    # ------------------------------------------------------------------- intents
    def open_gate(self) -> GateScreen:
        return self._show(self.engine.open_gate())  # type: ignore[return-value]

    def resume(self, screening_id: int, *, take_over: bool = False) -> QWidget | None:
        return self._show(self.engine.resume(screening_id, take_over=take_over))

    def start(
        self,
        instrument_id: str,
        language: str | None = None,
        self_complete: bool = False,
        circumstances: Circumstances | None = None,
    ) -> RunnerScreen:
        step = self.engine.start(
            instrument_id,
            language,
            self_complete=self_complete and self._self_complete_allowed,
            circumstances=circumstances,
        )
        return self._show(step)  # type: ignore[return-value]

    def flush_pending(self) -> None:
        """Store what is typed on the current page (before a lock or a change of user)."""
        if self.runner is not None:
            self.runner.commit_current()

    def leave(self) -> None:
        """Back to the person's page from wherever the consultation is (answers are kept)."""
        if not isinstance(self.engine.step, Ended):
            self._show(self.engine.leave())

    def current_screen(self) -> QWidget | None:
        """The consultation's screen now (the gate, the questions or the result)."""
        return self.result_screen or self.runner or self.gate

    def show_current(self) -> None:
        """Show the consultation's screen again (after the PIN or settings screen)."""
        screen = self.current_screen()
        if screen is None:
            return
        self._window.show_screen(screen)
        focus = getattr(screen, "focus_current", None) or getattr(screen, "focus_input", None)
        if callable(focus):
            focus()

    def end(self) -> None:
        """Remove the consultation's screens (log-out, another person)."""
        self._drop_screens()
        self._window.set_restricted(False)

    # ---------------------------------------------------------------- drawing
    def _show(self, step: Step) -> QWidget | None:
        if isinstance(step, AtGate):
            return self._gate(step)
        if isinstance(step, Asking):
            return self._runner(step)
        if isinstance(step, ShowingResult):
            return self._result(step)
        self.end()
        self.ended.emit(step.recorded)
        return None

    def _gate(self, step: AtGate) -> GateScreen:
        self._drop_screens()
        gate = GateScreen(
            person_name=step.person_name,
            instruments={i.id: i for i in step.instruments},
            reasons=step.reasons,
            retry_date=step.retry_date,
            today=self._today,
            ui_language=lambda: self._language.code,
            preferred_instrument=step.preferred,
            self_complete=self._self_complete_allowed,
        )
        gate.back_requested.connect(self.leave)
        gate.not_asked_requested.connect(self._not_asked)
        gate.start_requested.connect(self._start_from_gate)
        self.gate = gate
        self._window.show_screen(gate)
        gate.focus_input()
        return gate

    def _not_asked(
        self, reason: str, next_date: dt.date | None, circumstances: Circumstances | None
    ) -> None:
        self._attempt(
            lambda: self._show(self.engine.not_asked(reason, next_date, circumstances)),
            self.gate,
        )

    def _start_from_gate(
        self,
        instrument_id: str,
        language: str,
        self_complete: bool,
        circumstances: Circumstances | None = None,
    ) -> None:
        self._attempt(
            lambda: self.start(instrument_id, language, self_complete, circumstances), self.gate
        )

    def _runner(self, step: Asking) -> RunnerScreen:
        runner = self.runner
        if runner is not None and runner.session is step.session:
            self._drop(self.result_screen)
            self.result_screen = None
            self._window.show_screen(runner)
            runner.focus_current()
            return runner
        self._drop_screens()
        runner = RunnerScreen(
            step.session,
            self.engine,
            self._language,
            password_check=self._password_check if self._self_complete_allowed else None,
            self_complete=step.self_complete,
            start_at=step.start_at,
        )
        runner.finished.connect(lambda: self._attempt(lambda: self._show(self.engine.finish())))
        self._window.close_refused.connect(runner.ask_for_clinician)
        runner.self_complete_changed.connect(self._window.set_restricted)
        runner.self_complete_changed.connect(self.engine.set_self_complete)
        self.runner = runner
        self._window.show_screen(runner)
        self._window.set_restricted(runner.self_complete)
        runner.focus_current()
        self.runner_started.emit(runner)
        return runner

    def _result(self, step: ShowingResult) -> ResultScreen:
        screen = self.result_screen
        if screen is not None and screen.step.screening_id == step.screening_id:
            screen.show_step(step)
            screen.show_error(None)
            return screen
        self._drop(self.result_screen)
        if step.finalised and self.runner is not None:
            self._drop(self.runner)
            self.runner = None
        screen = ResultScreen(
            step,
            self._language,
            self._clipboard,
            self._icons,
            note=lambda: self.engine.note(self._language.code, self._service_names()),
            installed=self._can,
            today=self._today,
            choose_override=self._choose_override,
            services=self._services,
        )
        screen.back_requested.connect(lambda: self._attempt(lambda: self._show(self.engine.back())))
        screen.next_step_requested.connect(self._next_step)
        screen.done.connect(lambda: self._show(self.engine.done()))
        screen.note_copied.connect(self._note_copied)
        screen.band_overridden.connect(self._override)
        screen.finalise_requested.connect(self._finalise)
        screen.amend_requested.connect(self._ask_amend)
        self.result_screen = screen
        self._window.show_screen(screen)
        self._window.set_restricted(False)
        screen.focus_input()
        self.result_shown.emit(screen)
        return screen

    # --------------------------------------------------------------- the result
    def _service_names(self) -> dict[str, str]:
        return self.result_screen.service_names() if self.result_screen is not None else {}

    def _can(self, step: NextStep) -> bool:
        """Whether a next step can be taken here (the documents part; the questionnaire)."""
        if step.kind == "follow-up-instrument":
            return step.instrument_id in self._installed
        return self._documents is not None

    def _next_step(self, step: NextStep) -> None:
        screen = self.result_screen
        if screen is None:
            return
        if step.kind == "follow-up-instrument" and step.instrument_id is not None:
            instrument_id = step.instrument_id
            self._attempt(
                lambda: self._show(
                    self.engine.follow_up(
                        instrument_id, next_ask=screen.next_ask(), follow_up=screen.follow_up()
                    )
                )
            )
            return
        if self._documents is not None:
            self._documents.open(step.kind, self.engine.person_id, screen.step.screening_id)

    def _note_copied(self) -> None:
        try:
            self.engine.note_copied()
        except Exception as error:  # noqa: BLE001 - shown, and the copy taken back
            self._clipboard.clear_if_ours()
            self._error(error)

    def _override(self, band_id: str, reason: str) -> None:
        self._attempt(lambda: self._show(self.engine.override(band_id, reason)))

    def _finalise(self, next_ask: dt.date | None) -> None:
        screen = self.result_screen
        if screen is None:
            return
        follow_up = screen.follow_up()
        self._attempt(lambda: self._show(self.engine.finalise(next_ask, follow_up)))

    def _ask_amend(self) -> None:
        screen = self.result_screen
        if screen is None:
            return
        screen.dialog = self._ask_reason(
            screen,
            title=self.tr("Amend the finalised result"),
            prompt=self.tr(
                "An amendment is a new version; the finalised one stays in the record. "
                "Why is it amended? (required)"
            ),
            on_given=self.amend,
        )

    def amend(self, reason: str) -> None:
        self._attempt(lambda: self._show(self.engine.amend(reason)))

    # ---------------------------------------------------------------- helpers
    def _attempt(self, call: Callable[[], object], where: QWidget | None = None) -> bool:
        """Run an intent; a refusal is shown on the screen that asked (nothing is lost)."""
        try:
            call()
        except Exception as error:  # noqa: BLE001 - every refusal is shown, never lost
            self._error(error, where)
            return False
        return True

    def _error(self, error: Exception, where: QWidget | None = None) -> None:
        sentence = error_sentence(error, self._language.code) or self.tr(
            "This could not be saved. Nothing was changed; please try again."
        )
        target = where or self.result_screen or self.runner
        show = getattr(target, "show_error", None)
        if callable(show):
            show(sentence)

    def _drop(self, screen: QWidget | None) -> None:
        if screen is not None:
            self._window.remove_screen(screen)

    def _drop_screens(self) -> None:
        for screen in (self.gate, self.runner, self.result_screen):
            self._drop(screen)
        self.gate = None
        self.runner = None
        self.result_screen = None
