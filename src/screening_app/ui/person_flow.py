"""While someone is logged in: find a person, their page, the gate, the consultation, and the
PIN and settings screens.

Only one person's screens exist at a time: opening another person, going back to the search,
or logging out removes them (and their data) from the window. Every step goes through the use
cases of ``LoggedIn`` (audited there); a refusal is shown on the screen that asked, in the
storage's own sentence.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from screening_app.ui.clinic_backend import LoggedIn
from screening_app.ui.errors import error_sentence

if TYPE_CHECKING:
    from screening_app.domain.instrument import Instrument
    from screening_app.services.records import Person, PersonData
    from screening_app.ui.clipboard import ClipboardGuard
    from screening_app.ui.consultation import Consultation
    from screening_app.ui.dialogs import Dialogs
    from screening_app.ui.i18n import UiLanguage
    from screening_app.ui.icons import Icons
    from screening_app.ui.idle import IdleWatcher
    from screening_app.ui.main_window import MainWindow
    from screening_app.ui.persons.person_form import PersonForm
    from screening_app.ui.persons.person_page import PersonPage
    from screening_app.ui.persons.search_screen import PersonSearchScreen
    from screening_app.ui.pin_screen import PinScreen
    from screening_app.ui.ports import DocumentActions, PasswordCheck, ServiceLookup


@dataclass(frozen=True)
class Surroundings:
    """What the person's screens need from around them (the application flow gives it)."""

    window: MainWindow
    language: UiLanguage
    clipboard: ClipboardGuard
    icons: Icons
    idle: IdleWatcher
    dialogs: Dialogs
    today: Callable[[], dt.date]
    confirm_password: PasswordCheck  # leaving self-complete mode
    pin_changed: Callable[[], None]  # a PIN was set: it may now unlock after the idle lock
    documents: DocumentActions | None  # None: the documents part is not installed
    services: ServiceLookup


class PersonFlow(QObject):
    def __init__(
        self,
        around: Surroundings,
        user: LoggedIn,
        instruments: Mapping[str, Instrument],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.around = around
        self.user = user
        self.instruments = instruments
        self.window = around.window
        self.documents = around.documents
        self.services = around.services
        self.search_screen: PersonSearchScreen | None = None
        self.person_page: PersonPage | None = None
        self.person_id: int | None = None
        self.own_data_dialog: QWidget | None = None
        self.consultation: Consultation | None = None
        self._others: list[QWidget] = []  # form, link, pin, settings: one at a time

    @property
    def lang(self) -> str:
        return self.around.language.code

    def _today(self) -> dt.date:
        return self.around.today()

    # ------------------------------------------------------------------ screens
    def _show_other(self, screen: QWidget) -> None:
        """Show a form-like screen (the previous one of its kind is removed)."""
        self._drop_others()
        self._others.append(screen)
        self.window.show_screen(screen)
        focus = getattr(screen, "focus_input", None)
        if callable(focus):
            focus()

    def _drop_others(self) -> None:
        for screen in self._others:
            self.window.remove_screen(screen)
        self._others.clear()

    def _drop_person(self) -> None:
        self._end_consultation()
        if self.person_page is not None:
            self.window.remove_screen(self.person_page)
        self.person_page = None
        self.person_id = None

    def close(self) -> None:
        """Log-out: every screen with person data leaves the window."""
        self._drop_others()
        self._drop_person()
        if self.search_screen is not None:
            self.window.remove_screen(self.search_screen)
            self.search_screen = None

    def flush(self) -> None:
        if self.consultation is not None:
            self.consultation.flush_pending()

    # --------------------------------------------------------------------- home
    def show_home(self) -> None:
        from screening_app.ui.persons.search_screen import PersonSearchScreen

        if self.consultation is not None and self.window.restricted:
            return  # self-complete: the person cannot leave the questions
        left_draft = self.leave_consultation()
        self._drop_others()
        self._drop_person()
        if self.search_screen is None:
            screen = PersonSearchScreen(self.user.search, lambda: self.lang)
            screen.person_chosen.connect(self.open_person)
            screen.new_person_requested.connect(self.new_person)
            self.search_screen = screen
        self.window.show_screen(self.search_screen)
        if left_draft:
            self.search_screen.status.setText(self.draft_kept_sentence())
            self.search_screen.status.show()
        self.search_screen.focus_input()

    def draft_kept_sentence(self) -> str:
        return self.tr(
            "The answers so far are kept. To continue, open the person and choose the "
            "unfinished screening."
        )

    # ------------------------------------------------------------------- person
    def open_person(self, person_id: int) -> bool:
        from screening_app.ui.persons.person_page import PersonPage

        try:
            overview = self.user.overview.overview(person_id)
        except Exception as error:  # noqa: BLE001 - the sentence goes on the search screen
            self._search_message(error)
            return False
        self._drop_others()
        if self.person_id != person_id:
            self._drop_person()
        if self.person_page is not None:
            self.person_page.set_overview(overview)
        else:
            page = PersonPage(
                overview,
                instruments=self.instruments,
                language=lambda: self.lang,
                today=self._today,
                documents=self.documents is not None,
            )
            page.back_requested.connect(self.show_home)
            page.edit_requested.connect(self.edit_person)
            page.ask_requested.connect(self.show_gate)
            page.resume_requested.connect(self.resume)
            page.open_requested.connect(self.resume)
            page.document_requested.connect(self._document)
            page.link_requested.connect(self.show_link)
            page.unlink_requested.connect(self.unlink)
            page.person_requested.connect(self.open_person)
            page.task_done_requested.connect(self.complete_task)
            page.own_data_requested.connect(self.open_own_data)
            self.person_page = page
        self.person_id = person_id
        self.window.show_screen(self.person_page)
        self.person_page.focus_input()
        return True

    def _search_message(self, error: Exception) -> None:
        if self.search_screen is not None:
            self.search_screen.status.setText(error_sentence(error, self.lang))
            self.search_screen.status.show()

    def reload_person(self) -> None:
        if self.person_id is not None:
            self.open_person(self.person_id)

    def new_person(self) -> None:
        from screening_app.ui.persons.person_form import PersonForm

        form = PersonForm(today=self._today)
        form.save_requested.connect(lambda data, f=form: self._create(f, data))
        form.cancelled.connect(self.show_home)
        self._show_other(form)

    def _create(self, form: PersonForm, data: PersonData) -> None:
        try:
            person = self.user.persons.create(data)
        except Exception as error:  # noqa: BLE001 - shown on the form
            form.show_error(self._sentence(error))
            return
        self._drop_person()
        self.open_person(person.id)

    def edit_person(self) -> None:
        from screening_app.ui.persons.person_form import PersonForm

        page = self.person_page
        if page is None:
            return
        # As she opened it: a save after someone else's is refused once, saying who changed
        # what; her next save (having read it) puts her changes over the person as it is now.
        opened = page.overview.history.person
        base = [opened, opened]
        form = PersonForm(today=self._today, person=opened)
        form.save_requested.connect(lambda data, f=form: self._update(f, data, base))
        form.cancelled.connect(self.reload_person)
        self._show_other(form)

    def _update(self, form: PersonForm, data: PersonData, base: list[Person]) -> None:
        """Save, or keep what she typed on the form with the sentence why not (saved by
        someone else meanwhile: who changed what; the server out of reach: try again).

        ``base``: [the person as she opened it, as last read]."""
        from screening_app.services.persons import her_changes_over
        from screening_app.services.records import PersonChangedError

        if self.person_id is None:
            return
        opened, current = base
        if current is not opened:
            data = her_changes_over(opened, data, current)
        try:
            self.user.persons.update(self.person_id, data, base=current)
        except PersonChangedError as error:
            form.show_error(self._sentence(error))
            with contextlib.suppress(Exception):
                base[1] = self.user.persons.get(self.person_id)
            return
        except Exception as error:  # noqa: BLE001 - shown on the form
            form.show_error(self._sentence(error))
            return
        self.reload_person()

    # ------------------------------------------------------- the other parent, tasks
    def show_link(self) -> None:
        from screening_app.ui.persons.link_screen import LinkParentScreen

        page = self.person_page
        if page is None:
            return
        screen = LinkParentScreen(
            self.user.search,
            lambda: self.lang,
            person_name=page.overview.history.person.data.name,
        )
        screen.person_chosen.connect(lambda other, s=screen: self._link(s, other))
        screen.cancelled.connect(self.reload_person)
        self._show_other(screen)

    def _link(self, screen: QWidget, other_id: int) -> bool:
        if self.person_id is None:
            return False
        try:
            self.user.persons.link_co_parent(self.person_id, other_id)
        except Exception as error:  # noqa: BLE001 - shown on the link screen
            screen.show_error(self._sentence(error))  # type: ignore[attr-defined]
            return False
        self.reload_person()
        return True

    def unlink(self, other_id: int) -> bool:
        return self._on_page(lambda person: self.user.persons.unlink_co_parent(person, other_id))

    def complete_task(self, task_id: int) -> bool:
        return self._on_page(lambda _person: self.user.followup.complete_task(task_id))

    def _on_page(self, change: Callable[[int], object]) -> bool:
        """A change made from the person's page; the page reloads, or shows the refusal."""
        if self.person_id is None:
            return False
        try:
            change(self.person_id)
        except Exception as error:  # noqa: BLE001 - shown on the person's page
            if self.person_page is not None:
                self.person_page.show_error(self._sentence(error))
            return False
        self.reload_person()
        return True

    # ------------------------------------------------------------- consultation
    def _consultation(self) -> Consultation:
        """A consultation with the person on the page: the engine over their record."""
        from screening_app.ui.consultation import Consultation

        self._end_consultation()
        page = self.person_page
        assert page is not None
        self_complete = self.user.settings.permission("self_complete").value
        documents = self.documents
        engine = self.user.consultation(
            page.overview,
            language=lambda: self.lang,
            printable=documents is not None,
        )
        consultation = Consultation(
            self.window,
            self.around.language,
            self.around.clipboard,
            self.around.icons,
            engine=engine,
            # Without it the questionnaire offers no self-complete mode (the machine forbids it).
            password_check=self.around.confirm_password if self_complete else None,
            today=self._today,
            choose_override=self.around.dialogs.choose_override,
            ask_reason=self.around.dialogs.ask_reason,
            services=self.services,
            documents=documents,
            installed=self.instruments,
            self_complete_allowed=self_complete,
        )
        consultation.ended.connect(self._consultation_ended)
        self.consultation = consultation
        return consultation

    def show_gate(self) -> bool:
        """ "Ask now": the gate for the person on the page."""
        if self.person_page is None:
            return False
        self._drop_others()
        try:
            self._consultation().open_gate()
        except Exception as error:  # noqa: BLE001 - shown on the person's page
            self._end_consultation()
            self._page_error(error)
            return False
        return True

    def resume(self, screening_id: int, *, take_over: bool = False) -> bool:
        """A draft where it stopped, a finished screening at its result. A draft another
        workstation holds (a clinic server) is taken over only when she says so."""
        from screening_app.services.records import StorageError

        if self.person_page is None:
            return False
        self._drop_others()
        try:
            self._consultation().resume(screening_id, take_over=take_over)
        except StorageError as error:
            self._end_consultation()
            self._page_error(error)
            page = self.person_page
            if error.code == "screening-in-use" and page is not None:

                def take_over_now() -> None:
                    self.resume(screening_id, take_over=True)

                self.around.dialogs.take_over(page, self._sentence(error), take_over_now)
            return False
        except Exception as error:  # noqa: BLE001 - shown on the person's page
            self._end_consultation()
            self._page_error(error)
            return False
        return True

    def _consultation_ended(self, _recorded: bool) -> None:
        self._end_consultation()
        self.reload_person()

    def _end_consultation(self) -> None:
        consultation = self.consultation
        self.consultation = None
        if consultation is not None:
            consultation.ended.disconnect(self._consultation_ended)
            consultation.end()
            consultation.deleteLater()

    def leave_consultation(self) -> bool:
        """The header's buttons or a change of user during the questions: the answers are
        kept as a draft; True when a draft was left (the next screen says where it waits)."""
        consultation = self.consultation
        if consultation is None:
            return False
        left_draft = consultation.asking
        consultation.flush_pending()
        self._end_consultation()
        return left_draft

    def _sentence(self, error: Exception) -> str:
        return error_sentence(error, self.lang) or self.tr("That could not be saved.")

    def _page_error(self, error: Exception) -> None:
        if self.person_page is not None:
            self.person_page.show_error(self._sentence(error))

    # ---------------------------------------------------------------- documents
    def _document(self, kind: str) -> None:
        if self.documents is not None and self.person_id is not None:
            self.documents.open(kind, self.person_id)

    # ------------------------------------------------------------ pin, settings
    def show_pin(self, *, offer: bool) -> None:
        from screening_app.ui.pin_screen import PinScreen

        if self.window.restricted:
            return
        screen = PinScreen(has_pin=self.user.session.user.pin_hash is not None)
        screen.pin_chosen.connect(lambda pin, s=screen: self._set_pin(s, pin))
        screen.skipped.connect(self._after_pin if offer else self._back)
        self._show_other(screen)

    def _set_pin(self, screen: PinScreen, pin: str) -> None:
        try:
            self.user.session.set_pin(pin)
        except Exception as error:  # noqa: BLE001 - the PIN rule's sentence
            screen.show_message(self._sentence(error))
            return
        self.around.pin_changed()
        self._after_pin()

    def _after_pin(self) -> None:
        self._back()

    def _back(self) -> None:
        """Back to where the user was: the consultation's screen, else the person's page
        (read again, so it is current), else the search."""
        consultation = self.consultation
        if consultation is not None and consultation.current_screen() is not None:
            self._drop_others()
            consultation.show_current()
        elif self.person_id is not None and self.person_page is not None:
            self._drop_others()
            self.reload_person()
        else:
            self.show_home()

    # ------------------------------------------------------------- oversight
    def show_statistics(self) -> None:
        """Statistics (administrators and leaders); a leader's home screen."""
        from screening_app.services.fonts import bundled_fonts
        from screening_app.ui.oversight.statistics_screen import StatisticsScreen

        if not (self.user.is_admin or self.user.is_leader) or self.window.restricted:
            return
        if not self.user.is_leader:
            self.leave_consultation()
            self._drop_person()
        screen = StatisticsScreen(
            self.user.statistics,
            language=lambda: self.lang,
            today=self.around.today,
            fonts=bundled_fonts,
        )
        screen.back.setVisible(not self.user.is_leader)  # a leader has nowhere else to go
        screen.back_requested.connect(self._back)
        self._show_other(screen)

    def show_access_log(self) -> None:
        """The access log (administrators) and its spot checks (administrators, leaders)."""
        from screening_app.ui.oversight.access_log_screen import AccessLogScreen

        if not (self.user.is_admin or self.user.is_leader) or self.window.restricted:
            return
        if not self.user.is_leader:
            self.leave_consultation()
            self._drop_person()
        screen = AccessLogScreen(
            self.user.access_log,
            language=lambda: self.lang,
            today=self.around.today,
            log_allowed=self.user.is_admin,
        )
        screen.back_requested.connect(self.show_statistics if self.user.is_leader else self._back)
        self._show_other(screen)

    def open_own_data(self) -> None:
        """The person's own data: her copy, or her request (from her page)."""
        from screening_app.ui.oversight.files import choose_save_path, write_private
        from screening_app.ui.persons.own_data_dialog import OwnDataDialog

        if self.person_id is None or self.window.restricted:
            return
        dialog = OwnDataDialog(
            self.user.person_data,
            self.person_id,
            language=lambda: self.lang,
            choose_path=choose_save_path,
            write=write_private,
            parent=self.window,
        )
        dialog.setModal(True)
        dialog.open()
        self.own_data_dialog = dialog

    def show_settings(self) -> None:
        from screening_app.ui.settings_screen import SettingsScreen

        if not self.user.is_admin or self.window.restricted:
            return
        screen = SettingsScreen(
            self.user.settings,
            language=lambda: self.lang,
            choose_logo=self.around.dialogs.choose_logo,
            edit_directory=getattr(self.documents, "edit_directory", None),
            machine=self.user.machine,
        )
        screen.back_requested.connect(self._back)
        screen.idle_changed.connect(lambda minutes: self.around.idle.set_timeout(minutes * 60))
        self._show_other(screen)
