"""One consultation in the window: questionnaire, result, a follow-up questionnaire, and so on.

It moves between screens (the runner for an instrument, its result, the runner for a follow-up
the result offers) and keeps every step in the record through the injected
``ScreeningRecorder``: a new screening when an instrument starts, every answer as it is given,
the finalised result with the override and the date to ask again, an amendment as a new version
with a reason, and each copy of the note for the record. The person's language is used where
the instrument has it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from screening_app.domain.context import today as local_today
from screening_app.domain.instrument import Instrument
from screening_app.domain.override import BandOverride
from screening_app.domain.pathway import CoParentStatus
from screening_app.ui.clipboard import ClipboardGuard
from screening_app.ui.errors import error_sentence
from screening_app.ui.i18n import UiLanguage
from screening_app.ui.icons import Icons
from screening_app.ui.main_window import MainWindow
from screening_app.ui.ports import (
    DocumentActions,
    OpenedScreening,
    PasswordCheck,
    ScreeningRecorder,
    ServiceLookup,
)
from screening_app.ui.result.override_dialog import OverrideChooser, open_override_dialog
from screening_app.ui.result.record_bar import ReasonAsker, open_reason_dialog
from screening_app.ui.result.result_screen import ResultScreen
from screening_app.ui.runner.runner_screen import RunnerScreen


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
    recorded = Signal()  # something was stored (the person's page reloads its history)

    def __init__(
        self,
        window: MainWindow,
        language: UiLanguage,
        clipboard: ClipboardGuard,
        icons: Icons,
        *,
        instruments: Mapping[str, Instrument],
        recorder: ScreeningRecorder,
        password_check: PasswordCheck | None,
        person_language: str | None = None,
        today: Callable[[], dt.date] = local_today,
        choose_override: OverrideChooser = open_override_dialog,
        ask_reason: ReasonAsker = open_reason_dialog,
        services: ServiceLookup | None = None,
        documents: DocumentActions | None = None,
        person_id: int | None = None,
        co_parent: CoParentStatus | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._language = language
        self._clipboard = clipboard
        self._icons = icons
        self._instruments = instruments
        self._recorder = recorder
        self._password_check = password_check
        self._person_language = person_language
        self._today = today
        self._choose_override = choose_override
        self._ask_reason = ask_reason
        self._services = services
        self._documents = documents
        self._person_id = person_id
        self._co_parent = co_parent
        self._follow_up_planned: dt.date | None = None  # a follow-up task made here already
        self.runner: RunnerScreen | None = None
        self.result_screen: ResultScreen | None = None
        self.current: OpenedScreening | None = None
        self._run_here: set[str] = set()  # instruments run in this consultation

    # ----------------------------------------------------------------- start
    def start(
        self, instrument_id: str, *, self_complete: bool = False, language: str | None = None
    ) -> RunnerScreen:
        """A new screening with ``instrument_id`` (in ``language`` if the instrument has it)."""
        instrument = self._instruments[instrument_id]
        preferred = [p for p in (language, self._person_language, self._language.code) if p]
        opened = self._recorder.start(instrument_id, session_language(instrument, preferred))
        self._run_here.add(instrument_id)
        self.recorded.emit()
        return self.run(opened, self_complete=self_complete)

    def resume(self, screening_id: int) -> QWidget:
        """Reopen a screening: a draft where it stopped, a complete or finalised one at its
        result."""
        opened = self._recorder.open(screening_id)
        if opened.finalised or (opened.resume_at is None and opened.session.complete):
            self.current = opened
            self._drop_screens()
            return self._show_result()
        return self.run(opened, start_at=opened.resume_at)

    def run(
        self,
        opened: OpenedScreening,
        *,
        self_complete: bool = False,
        start_at: str | None = None,
    ) -> RunnerScreen:
        """Show the runner for a draft (new, resumed or amended)."""
        self._drop_screens()
        self.current = opened
        runner = RunnerScreen(
            opened.session,
            self._recorder.sink(opened.screening_id),
            self._language,
            password_check=self._password_check,
            self_complete=self_complete,
            start_at=start_at,
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

    def flush_pending(self) -> None:
        """Store what is typed on the current page (before a lock or a change of user)."""
        if self.runner is not None:
            self.runner.commit_current()

    # ---------------------------------------------------------------- result
    def _show_result(self) -> ResultScreen:
        opened = self.current
        assert opened is not None
        session = opened.session
        names = {
            i.id: i.title.get(self._language.code, session.language)
            for i in self._instruments.values()
        }
        if self.result_screen is not None:
            self._window.remove_screen(self.result_screen)
        override = None
        if opened.override_band_id is not None:
            override = BandOverride(opened.override_band_id, opened.override_reason or "-")
        next_ask = opened.next_ask_date if opened.finalised else self._recorder.next_ask_default()
        screen = ResultScreen(
            session.result(),
            self._language,
            self._clipboard,
            self._icons,
            instrument_names=names,
            today=self._today,
            choose_override=self._choose_override,
            finalised=opened.finalised,
            override=override,
            next_ask=next_ask,
            services=self._services,
            documents=self._documents is not None and self._person_id is not None,
            printable=callable(getattr(self._documents, "print_completed", None)),
            follow_ups_run=frozenset(self._run_here),
            other_parent_not_asked=self._other_parent_not_asked(session.instrument),
            follow_up_planned=self._follow_up_planned,
        )
        screen.back_requested.connect(self._back_to_runner)
        screen.follow_up_requested.connect(self._follow_up)
        screen.done.connect(self.end)
        screen.note_copied.connect(self._note_copied)
        screen.finalise_requested.connect(self._finalise)
        screen.amend_requested.connect(self._ask_amend)
        screen.document_requested.connect(self._document)
        self.result_screen = screen
        self._window.show_screen(screen)
        self._window.set_restricted(False)
        screen.copy_button.setFocus()
        self.result_shown.emit(screen)
        return screen

    def _other_parent_not_asked(self, instrument: Instrument) -> bool:
        """This parent has just been asked (a screen); the linked other parent not yet."""
        status = self._co_parent
        return status is not None and instrument.kind == "screen" and not status.other_asked

    def _back_to_runner(self) -> None:
        runner = self.runner
        if runner is not None:
            self._window.show_screen(runner)
            runner.focus_current()
        elif self.current is not None and not self.current.finalised:
            self.run(self.current, start_at=self.current.resume_at)

    def _note_copied(self) -> None:
        if self.current is None or self.result_screen is None:
            return
        try:
            self._recorder.note_copied(self.current.screening_id)
        except Exception as error:  # noqa: BLE001 - shown, and the copy taken back
            self._clipboard.clear_if_ours()
            self.result_screen.show_error(self._sentence(error))

    def _finalise(self, next_ask_date: dt.date | None) -> bool:
        screen = self.result_screen
        opened = self.current
        if screen is None or opened is None or opened.finalised:
            return opened is not None and opened.finalised
        override = screen.override
        follow_up = screen.follow_up()
        try:
            self._recorder.finalise(
                opened.screening_id,
                override_band_id=None if override is None else override.band_id,
                override_reason=None if override is None else override.reason,
                next_ask_date=next_ask_date,
                follow_up=follow_up,
            )
        except Exception as error:  # noqa: BLE001 - a refusal is shown, nothing is lost
            screen.show_error(self._sentence(error))
            return False
        self.current = OpenedScreening(
            screening_id=opened.screening_id,
            session=opened.session,
            finalised=True,
            version=opened.version,
            override_band_id=None if override is None else override.band_id,
            override_reason=None if override is None else override.reason,
            next_ask_date=next_ask_date,
        )
        if self.runner is not None:
            self._window.remove_screen(self.runner)
            self.runner = None
        if follow_up is not None:
            self._follow_up_planned = follow_up.due_date
        screen.show_error(None)
        screen.set_finalised(next_ask_date, follow_up)
        self.recorded.emit()
        return True

    def _follow_up(self, instrument_id: str) -> None:
        screen = self.result_screen
        if screen is None:
            return
        if not screen.finalised and not self._finalise(screen.record_bar.chosen_date()):
            return
        try:
            self.start(instrument_id)
        except Exception as error:  # noqa: BLE001 - e.g. the instrument is not installed
            if self.result_screen is not None:
                self.result_screen.show_error(self._sentence(error))

    def _ask_amend(self) -> None:
        screen = self.result_screen
        if screen is None:
            return
        screen._dialog = self._ask_reason(
            screen,
            title=self.tr("Amend the finalised result"),
            prompt=self.tr(
                "An amendment is a new version; the finalised one stays in the record. "
                "Why is it amended? (required)"
            ),
            on_given=self._amend_given,
        )

    def _amend_given(self, reason: str) -> None:
        self.amend(reason)

    def amend(self, reason: str) -> RunnerScreen | None:
        opened = self.current
        if opened is None or not opened.finalised:
            return None
        try:
            new = self._recorder.amend(opened.screening_id, reason)
        except Exception as error:  # noqa: BLE001 - shown on the result screen
            if self.result_screen is not None:
                self.result_screen.show_error(self._sentence(error))
            return None
        self.recorded.emit()
        return self.run(new)

    def _document(self, kind: str) -> None:
        documents = self._documents
        screen = self.result_screen
        if documents is None or self._person_id is None or screen is None:
            return
        screening_id = self.current.screening_id if self.current is not None else None
        if kind == "referral":
            documents.refer(self._person_id, screening_id)
        elif kind == "resource-card":
            documents.resource_card(self._person_id, screening_id)
        elif kind == "safety-plan":
            documents.safety_plan(self._person_id, screening_id)
        elif kind == "notification":
            documents.notification(self._person_id, screening_id)
        elif kind == "print-completed" and screening_id is not None:
            documents.print_completed(screening_id)  # type: ignore[attr-defined]

    def _sentence(self, error: Exception) -> str:
        return error_sentence(error, self._language.code) or self.tr(
            "This could not be saved. Nothing was changed; please try again."
        )

    # ------------------------------------------------------------------- end
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
