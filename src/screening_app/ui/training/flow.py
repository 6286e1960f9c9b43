"""Training mode in the window: the name, the cases, a case practised on the real screens, the
debrief, the trainer's overview, "Nulstil øvelse" and leaving.

Training opens its own database (``TrainingStore``: never the clinic's), made on first use; the
band "ØVELSE - kun fiktive personer" stays above every screen, the lock screen too, and the
window's title stays "TrygStart". Quick-hide and the idle lock work as in the clinic: what is
typed is stored, the session is locked (the database closed), and the lock screen opens it
again when the trainee types the name they started with. Leaving training, or "log in as
another user" on the lock screen, closes the training database and removes every training
screen; the application's flow shows the login (or the first start) again.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from screening_app.ui.clinic_backend import service_lookup
from screening_app.ui.dialogs import Dialogs
from screening_app.ui.errors import error_sentence
from screening_app.ui.i18n import UiLanguage
from screening_app.ui.training.band import TrainingBand, TrainingBar
from screening_app.ui.training.case_panel import CasePanel, TrainingTop
from screening_app.ui.training.start_screen import TrainingStartScreen

if TYPE_CHECKING:
    from screening_app.domain.training.case import TrainingCase
    from screening_app.services.session import UserSession
    from screening_app.services.training.cases import CaseCatalog
    from screening_app.services.training.exercise import Exercise
    from screening_app.ui.clipboard import ClipboardGuard
    from screening_app.ui.consultation import Consultation
    from screening_app.ui.documents.hooks import DialogHooks
    from screening_app.ui.icons import Icons
    from screening_app.ui.idle import IdleWatcher
    from screening_app.ui.locking import Locker, LockReason
    from screening_app.ui.main_window import MainWindow
    from screening_app.ui.runner.runner_screen import RunnerScreen
    from screening_app.ui.training.backend import TrainingBackend, TrainingUser
    from screening_app.ui.training.dialogs import TrainingDialogs
    from screening_app.ui.training.persons import TrainingPersonFlow


class TrainingFlow(QObject):
    left = Signal()  # training is over: the application's own first screen again
    case_shown = Signal(object)  # the case's person page is on screen (the Exercise)
    debrief_shown = Signal(object)  # DebriefScreen

    def __init__(
        self,
        *,
        window: MainWindow,
        language: UiLanguage,
        clipboard: ClipboardGuard,
        icons: Icons,
        locker: Locker,
        idle: IdleWatcher,
        backend: TrainingBackend,
        dialogs: Dialogs | None = None,
        training_dialogs: TrainingDialogs | None = None,
        hooks: DialogHooks | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.language = language
        self.clipboard = clipboard
        self.icons = icons
        self.locker = locker
        self.idle = idle
        self.backend = backend
        self.dialogs = dialogs or Dialogs()
        if training_dialogs is None:
            from screening_app.ui.training.dialogs import TrainingDialogs

            training_dialogs = TrainingDialogs()
        self.training_dialogs = training_dialogs
        self.hooks = hooks
        self.session: UserSession | None = None
        self.user: TrainingUser | None = None
        self.trainee = ""
        self.cases: CaseCatalog | None = None
        self.exercise: Exercise | None = None
        self.persons: TrainingPersonFlow | None = None
        self.screens: list[QWidget] = []
        self.top = TrainingTop(TrainingBand())
        self.start_screen: TrainingStartScreen | None = None
        self.dialog: QWidget | None = None  # the preview open now
        self._active = False

    @property
    def lang(self) -> str:
        return self.language.code

    # ------------------------------------------------------------------ start
    def start(self) -> None:
        """The band, then the name (the database opens when the trainee starts)."""
        self._active = True
        self.window.set_banner(self.top)
        self.locker.locked.connect(self._locked)
        self.locker.unlocked.connect(self._unlocked)
        self.window.another_user_requested.connect(self.close)
        screen = TrainingStartScreen(self.backend.folder)
        screen.start_requested.connect(self.begin)
        screen.back_requested.connect(self.leave)
        self.start_screen = screen
        self._show(screen)

    def begin(self, trainee: str) -> bool:
        from screening_app.services.training.runs import checked_trainee
        from screening_app.ui.training.backend import TrainingUser

        try:
            name = checked_trainee(trainee)
            session = self.backend.store().open()
        except Exception as error:  # noqa: BLE001 - the sentence goes on the start screen
            if self.start_screen is not None:
                self.start_screen.show_message(self._sentence(error))
            return False
        self.session = session
        self.trainee = name
        self.user = TrainingUser(
            session,
            self.backend.instruments(),
            self.backend.today,
            lambda: self.exercise,
            machine=self.backend.machine,
        )
        self.locker.set_user(self._name_check, None)
        self.idle.set_timeout(self.user.settings.idle_minutes() * 60)
        self.idle.start()
        bar = TrainingBar(name)
        bar.cases_requested.connect(self.show_cases)
        bar.overview_requested.connect(self.show_overview)
        bar.reset_requested.connect(self.ask_reset)
        bar.leave_requested.connect(self.leave)
        self.window.set_user_widget(bar)
        if self.start_screen is not None:
            self.window.remove_screen(self.start_screen)
            self.start_screen = None
        if self.cases is None or self._chosen_folder() is not None:
            self.load_cases()
        self.show_cases()
        return True

    def preload(self) -> None:
        """While the trainee types the name: the cases read and checked (the bundled ones and
        the command line's folder), and the modules of the case screens imported."""
        import screening_app.ui.consultation
        import screening_app.ui.persons.person_page
        import screening_app.ui.training.case_list
        import screening_app.ui.training.persons  # noqa: F401

        if self.cases is None:
            self.load_cases()

    def _chosen_folder(self) -> Path | None:
        from screening_app.services.training.settings import TrainingSettings

        return None if self.session is None else TrainingSettings(self.session).cases_folder()

    def load_cases(self) -> CaseCatalog:
        from screening_app.services.training.cases import load_cases

        folders: list[Path] = []
        if self.backend.extra_cases is not None:
            folders.append(self.backend.extra_cases)
        chosen = self._chosen_folder()
        if chosen is not None and chosen not in folders:
            folders.append(chosen)
        directory = self.backend.directory()
        self.cases = load_cases(
            self.backend.instruments(),
            None if directory is None else directory.ids(),
            extra_folders=folders,
        )
        return self.cases

    # ------------------------------------------------------------------ screens
    def _show(self, screen: QWidget) -> None:
        for old in self.screens:
            if old is not screen:
                self.window.remove_screen(old)
        self.screens = [screen]
        self.window.show_screen(screen)
        focus = getattr(screen, "focus_input", None)
        if callable(focus):
            focus()

    def show_cases(self) -> None:
        from screening_app.ui.training.case_list import CaseListScreen

        if self.window.restricted or self.cases is None:
            return
        self._end_case()
        screen = CaseListScreen(
            self.cases.ordered(), lambda: self.lang, [str(e) for e in self.cases.errors]
        )
        screen.solo_requested.connect(lambda case_id: self.practise(case_id, "solo"))
        screen.role_play_requested.connect(lambda case_id: self.practise(case_id, "role-play"))
        screen.cards_requested.connect(self.print_cards)
        self._show(screen)

    # -------------------------------------------------------------------- a case
    def practise(self, case_id: str, mode: str = "solo") -> bool:
        """The case's person made anew, their page on screen: the trainee takes it from there."""
        from screening_app.services.training.exercise import Exercise
        from screening_app.ui.person_flow import Surroundings
        from screening_app.ui.training.backend import JournalingDocuments
        from screening_app.ui.training.persons import TrainingPersonFlow

        if self.session is None or self.user is None or self.cases is None:
            return False
        case = self.cases.get(case_id)
        self._end_case()
        directory = self.backend.directory()
        lookup = service_lookup(directory, lambda: self.lang)

        def service_name(service_id: str, lang: str) -> str:
            if directory is None or service_id not in directory:
                return service_id
            return directory.get(service_id).display_name(lang)

        exercise = Exercise(
            self.session,
            case,
            self.backend.instruments(),
            trainee=self.trainee,
            mode=mode,
            clock=self.backend.clock,
            today=self.backend.today,
            service_name=service_name,
        )
        try:
            person_id = exercise.start(self.lang)
        except Exception as error:  # noqa: BLE001 - shown where the trainee is
            self.training_dialogs.show_message(self.window, self._sentence(error))
            return False
        self.exercise = exercise
        documents = self.backend.documents(self.user, self.window)
        around = Surroundings(
            window=self.window,
            language=self.language,
            clipboard=self.clipboard,
            icons=self.icons,
            idle=self.idle,
            dialogs=self.dialogs,
            today=self.backend.today,
            confirm_password=self._name_check,
            pin_changed=lambda: None,
            documents=None
            if documents is None
            else JournalingDocuments(documents, exercise.document_opened),
            services=lookup,
        )
        persons = TrainingPersonFlow(around, self.user, self.backend.instruments())
        persons.home_requested.connect(self.show_cases)
        persons.consultation_started.connect(self._consultation_started)
        self.persons = persons
        for old in self.screens:
            self.window.remove_screen(old)
        self.screens = []
        panel = self._panel(case, mode)
        self.top.set_panel(panel)
        persons.open_person(person_id)
        self.case_shown.emit(exercise)
        return True

    def _panel(self, case: TrainingCase, mode: str) -> CasePanel:
        lang = self.lang
        panel = CasePanel(
            case.title.get(lang),
            case.setting.scene.get(lang),
            case.script.gate.says.get(lang),
            solo=mode == "solo",
        )
        panel.finish_requested.connect(self.finish)
        panel.cards_requested.connect(lambda: self.print_cards(case.id))
        return panel

    def _consultation_started(self, consultation: Consultation) -> None:
        consultation.runner_started.connect(self._runner_started)
        consultation.result_shown.connect(lambda _screen: self._result_shown())

    def _runner_started(self, runner: RunnerScreen) -> None:
        runner.item_shown.connect(lambda link_id: self._question_shown(runner, link_id))
        current = runner.current_link_id
        if current is not None:
            self._question_shown(runner, current)

    def _question_shown(self, runner: RunnerScreen, link_id: str) -> None:
        from screening_app.domain.instrument import ChoiceItem
        from screening_app.services.training.cases import DECLINED

        exercise = self.exercise
        if exercise is None:
            return
        instrument = runner.session.instrument
        code = exercise.case.script.answers.get(instrument.id, {}).get(link_id)
        if code is None:
            self._answer_shown(None)
            return
        if code == DECLINED:
            self._answer_shown(self.tr("would rather not answer"))
            return
        item = instrument.items_by_id.get(link_id)
        text = code
        if isinstance(item, ChoiceItem):
            option = next((o for o in item.options if o.code == code), None)
            if option is not None:
                text = option.text.get(runner.session.language)
        self._answer_shown(f"»{text}«")

    def _result_shown(self) -> None:
        panel = self.top.panel
        if panel is not None:
            panel.show_result()

    def _answer_shown(self, text: str | None) -> None:
        panel = self.top.panel
        if panel is not None:
            panel.show_answer(text)

    def finish(self) -> None:
        """End the case: what is typed is kept, the debrief is made and kept among the runs."""
        from screening_app.ui.training.debrief_screen import DebriefScreen

        exercise, persons = self.exercise, self.persons
        if exercise is None or persons is None or self.window.restricted:
            return
        persons.flush()
        persons.leave_consultation()
        try:
            result, _run = exercise.finish()
        except Exception as error:  # noqa: BLE001 - shown; the case stays open
            self.training_dialogs.show_message(self.window, self._sentence(error))
            return
        self._end_case()
        screen = DebriefScreen(result, self.trainee, lambda: self.lang)
        screen.print_requested.connect(lambda: self.print_debrief(screen))
        screen.again_requested.connect(lambda: self.practise(exercise.case.id, exercise.mode))
        screen.cases_requested.connect(self.show_cases)
        self._show(screen)
        self.debrief_shown.emit(screen)

    def _end_case(self) -> None:
        persons = self.persons
        self.persons = None
        if persons is not None:
            persons.flush()
            persons.close()
            persons.deleteLater()
        self.exercise = None
        self.top.set_panel(None)

    # -------------------------------------------------------------- printouts
    def _preview(self, prepared: object, heading: str) -> QWidget | None:
        from screening_app.ui.documents.hooks import DialogHooks
        from screening_app.ui.documents.preview import PreviewDialog

        try:
            dialog = PreviewDialog(
                prepared,  # type: ignore[arg-type]
                heading=heading,
                on_action=lambda _action: None,  # training prints hold no person's data
                hooks=self.hooks or DialogHooks(),
                lang=self.lang,
                training=True,
                today=self.backend.today(),
                can_save=self._may_save(),
                parent=self.window,
            )
        except Exception as error:  # noqa: BLE001 - shown
            self.training_dialogs.show_message(self.window, self._sentence(error))
            return None
        dialog.setModal(True)
        dialog.open()
        self.dialog = dialog
        return dialog

    def _may_save(self) -> bool:
        return self.user is None or self.user.settings.permission("save_pdf").value

    def print_cards(self, case_id: str) -> QWidget | None:
        if self.cases is None:
            return None
        case = self.cases.get(case_id)
        prepared = self.backend.printouts().role_play(case, self.lang)
        return self._preview(
            prepared, self.tr("Role-play cards: {0}").format(case.title.get(self.lang))
        )

    def print_debrief(self, screen: QWidget) -> QWidget | None:
        debrief = getattr(screen, "debrief", None)
        if debrief is None:
            return None
        prepared = self.backend.printouts().debrief(
            debrief,
            self.trainee,
            self.backend.today(),
            self.lang,
        )
        return self._preview(prepared, self.tr("Feedback"))

    # --------------------------------------------------------------- overview
    def show_overview(self) -> QWidget | None:
        from screening_app.services.training.runs import TrainingRuns
        from screening_app.services.training.settings import TrainingSettings
        from screening_app.ui.training.overview_screen import OverviewScreen

        if self.session is None or self.window.restricted:
            return None
        self._end_case()
        try:
            runs = TrainingRuns(self.session)
            found = runs.overview()
            laptop = runs.laptop
            folder = TrainingSettings(self.session).cases_folder()
        except Exception as error:  # noqa: BLE001 - shown
            self.training_dialogs.show_message(self.window, self._sentence(error))
            return None
        screen = OverviewScreen(
            found,
            laptop=laptop,
            cases_folder="" if folder is None else str(folder),
            language=lambda: self.lang,
        )
        from screening_app.ui.training.trainer import TrainerActions

        actions = TrainerActions(self, screen, found)
        screen.report_requested.connect(actions.report)
        screen.csv_requested.connect(actions.csv)
        screen.export_requested.connect(actions.export)
        screen.import_requested.connect(actions.import_runs)
        screen.folder_requested.connect(actions.choose_folder)
        screen.back_requested.connect(self.show_cases)
        screen.setProperty("actions", actions)
        self._actions = actions
        self._show(screen)
        return screen

    # ------------------------------------------------------------ reset, leave
    def ask_reset(self) -> None:
        if self.window.restricted:
            return
        self.training_dialogs.confirm(
            self.window,
            self.tr(
                "Reset training? Every fictitious person, answer and run on this computer is "
                "deleted, and the training starts empty. The clinic's data is not touched."
            ),
            self.tr("Reset training"),
            self.reset,
        )

    def reset(self) -> None:
        self._end_case()
        session, self.session = self.session, None
        self.user = None
        try:
            self.backend.store().reset(session)
        except Exception as error:  # noqa: BLE001 - shown
            self.training_dialogs.show_message(self.window, self._sentence(error))
        self.locker.set_user(None, None)
        self.idle.stop()
        self.window.set_user_widget(None)
        for old in self.screens:
            self.window.remove_screen(old)
        self.screens = []
        screen = TrainingStartScreen(self.backend.folder)
        screen.start_requested.connect(self.begin)
        screen.back_requested.connect(self.leave)
        screen.show_message(self.tr("The training data is deleted."))
        self.start_screen = screen
        self._show(screen)

    def leave(self) -> None:
        if self.window.restricted:
            return
        self.close()
        self.left.emit()

    def close(self) -> None:
        """Close the training database and remove every training screen and the band."""
        if not self._active:
            return
        self._active = False
        self.locker.locked.disconnect(self._locked)
        self.locker.unlocked.disconnect(self._unlocked)
        self.window.another_user_requested.disconnect(self.close)
        self._end_case()
        for old in self.screens:
            self.window.remove_screen(old)
        self.screens = []
        if self.start_screen is not None:
            self.window.remove_screen(self.start_screen)
            self.start_screen = None
        session, self.session = self.session, None
        self.user = None
        if session is not None:
            session.logout()
        self.clipboard.clear_if_ours()
        self.window.set_user_widget(None)
        self.window.set_restricted(False)
        self.window.set_banner(None)
        self.locker.set_user(None, None)
        self.idle.stop()

    # -------------------------------------------------------------------- lock
    def _name_check(self, password: str) -> bool:
        """Unlock (and leave self-complete) with the name the trainee started with."""
        typed = " ".join(password.split()).casefold()
        if self.session is None or typed != self.trainee.casefold():
            return False
        if self.session.is_locked:
            self.backend.store().reopen(self.session)
        return True

    def _locked(self, _reason: LockReason) -> None:
        self.top.set_locked(True)
        if self.persons is not None:
            self.persons.flush()
        session = self.session
        if session is not None:
            try:
                session.lock()
            except Exception:  # noqa: BLE001 - a lock that cannot be recorded: log out
                session.logout()

    def _unlocked(self) -> None:
        self.top.set_locked(False)

    def _sentence(self, error: Exception) -> str:
        return error_sentence(error, self.lang) or self.tr(
            "Internal error in TrygStart (a bug): training could not go on."
        )


__all__ = ["TrainingFlow"]
