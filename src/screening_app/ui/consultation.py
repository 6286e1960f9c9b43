"""One consultation in the window: questionnaire, result, a follow-up questionnaire, and so on.

It only moves between screens: the runner for an instrument, its result, the runner for a
follow-up instrument the result offers. Where answers go is decided by whoever starts it
(``sink_for`` makes the AnswerSink for each new session: the services commit to the encrypted
database there). The person's language is used where the instrument has it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject, Signal

from screening_app.domain.context import Context
from screening_app.domain.context import today as local_today
from screening_app.domain.instrument import Instrument
from screening_app.domain.session import Session
from screening_app.ui.clipboard import ClipboardGuard
from screening_app.ui.i18n import UiLanguage
from screening_app.ui.icons import Icons
from screening_app.ui.main_window import MainWindow
from screening_app.ui.ports import AnswerSink, PasswordCheck
from screening_app.ui.result.override_dialog import OverrideChooser, open_override_dialog
from screening_app.ui.result.result_screen import ResultScreen
from screening_app.ui.runner.runner_screen import RunnerScreen

SinkFactory = Callable[[Session], AnswerSink]


def session_language(instrument: Instrument, preferred: list[str]) -> str:
    """The first of ``preferred`` the instrument has, else its first language."""
    for lang in preferred:
        if lang in instrument.language_codes:
            return lang
    return instrument.language_codes[0]


class Consultation(QObject):
    ended = Signal()
    runner_started = Signal(object)  # RunnerScreen
    result_shown = Signal(object)  # ResultScreen

    def __init__(
        self,
        window: MainWindow,
        language: UiLanguage,
        clipboard: ClipboardGuard,
        icons: Icons,
        *,
        instruments: Mapping[str, Instrument],
        sink_for: SinkFactory,
        password_check: PasswordCheck | None,
        context: Context,
        person_language: str | None = None,
        today: Callable[[], dt.date] = local_today,
        choose_override: OverrideChooser = open_override_dialog,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._language = language
        self._clipboard = clipboard
        self._icons = icons
        self._instruments = instruments
        self._sink_for = sink_for
        self._password_check = password_check
        self._context = context
        self._person_language = person_language
        self._today = today
        self._choose_override = choose_override
        self.runner: RunnerScreen | None = None
        self.result_screen: ResultScreen | None = None

    def start(self, instrument_id: str, *, self_complete: bool = False) -> RunnerScreen:
        instrument = self._instruments[instrument_id]
        preferred = [p for p in (self._person_language, self._language.code) if p]
        session = Session(instrument, session_language(instrument, preferred), self._context)
        return self.run(session, self._sink_for(session), self_complete=self_complete)

    def run(
        self, session: Session, sink: AnswerSink, *, self_complete: bool = False
    ) -> RunnerScreen:
        """Show the runner for a session (a new one, or a draft restored from storage)."""
        self._drop_screens()
        runner = RunnerScreen(
            session,
            sink,
            self._language,
            password_check=self._password_check,
            self_complete=self_complete,
        )
        runner.finished.connect(self._show_result)
        self._window.close_refused.connect(runner.ask_for_clinician)
        runner.self_complete_changed.connect(self._window.set_restricted)
        self.runner = runner
        self._window.show_screen(runner)
        self._window.set_restricted(runner.self_complete)
        runner.focus_current()
        self.runner_started.emit(runner)
        return runner

    def _show_result(self) -> None:
        runner = self.runner
        assert runner is not None
        names = {
            i.id: i.title.get(self._language.code, runner.session.language)
            for i in self._instruments.values()
        }
        if self.result_screen is not None:
            self._window.remove_screen(self.result_screen)
        screen = ResultScreen(
            runner.session.result(),
            self._language,
            self._clipboard,
            self._icons,
            instrument_names=names,
            today=self._today,
            choose_override=self._choose_override,
        )
        screen.back_requested.connect(lambda: self._back_to(runner))
        screen.follow_up_requested.connect(self.start)
        screen.done.connect(self.end)
        self.result_screen = screen
        self._window.show_screen(screen)
        screen.copy_button.setFocus()
        self.result_shown.emit(screen)

    def _back_to(self, runner: RunnerScreen) -> None:
        self._window.show_screen(runner)
        runner.focus_current()

    def end(self) -> None:
        self._drop_screens()
        self._window.set_restricted(False)
        self.ended.emit()

    def _drop_screens(self) -> None:
        for screen in (self.runner, self.result_screen):
            if screen is not None:
                self._window.remove_screen(screen)
        self.runner = None
        self.result_screen = None
