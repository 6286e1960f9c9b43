"""While someone is logged in: find a person, their page, the gate, the consultation, and the
PIN and settings screens.

Only one person's screens exist at a time: opening another person, going back to the search,
or logging out removes them (and their data) from the window. Every step goes through the use
cases of ``LoggedIn`` (audited there); a refusal is shown on the screen that asked, in the
storage's own sentence.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from screening_app.ui.clinic_backend import LoggedIn, service_lookup
from screening_app.ui.errors import error_sentence

if TYPE_CHECKING:
    from screening_app.domain.context import Context
    from screening_app.domain.instrument import Instrument
    from screening_app.domain.presence import Circumstances
    from screening_app.storage.records import PersonData
    from screening_app.ui.consultation import Consultation
    from screening_app.ui.flow import AppFlow
    from screening_app.ui.persons.person_form import PersonForm
    from screening_app.ui.persons.person_page import PersonPage
    from screening_app.ui.persons.search_screen import PersonSearchScreen
    from screening_app.ui.pin_screen import PinScreen

PREFERRED_SCREEN = "ipv-screen"


def gate_reasons() -> tuple[str, ...]:
    """The pathway's reasons for not asking (the ones the record holds), in its order."""
    from screening_app.domain.pathway import NOT_ASKED_REASONS

    return tuple(NOT_ASKED_REASONS)


class PersonFlow(QObject):
    def __init__(
        self,
        app: AppFlow,
        user: LoggedIn,
        instruments: Mapping[str, Instrument],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.app = app
        self.user = user
        self.instruments = instruments
        self.window = app.window
        self.documents = app.clinic.documents(user, app.window)
        self.services = service_lookup(app.clinic.directory(), lambda: app.language.code)
        self.search_screen: PersonSearchScreen | None = None
        self.person_page: PersonPage | None = None
        self.person_id: int | None = None
        self.consultation: Consultation | None = None
        self._others: list[QWidget] = []  # form, gate, pin, settings: one at a time

    @property
    def lang(self) -> str:
        return self.app.language.code

    def _today(self) -> dt.date:
        return self.app.clinic.today()

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
        self._drop_others()
        self._drop_person()
        if self.search_screen is None:
            screen = PersonSearchScreen(self.user.search, lambda: self.lang)
            screen.person_chosen.connect(self.open_person)
            screen.new_person_requested.connect(self.new_person)
            self.search_screen = screen
        self.window.show_screen(self.search_screen)
        self.search_screen.focus_input()

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
        form = PersonForm(today=self._today, person=page.overview.history.person)
        form.save_requested.connect(lambda data, f=form: self._update(f, data))
        form.cancelled.connect(self.reload_person)
        self._show_other(form)

    def _update(self, form: PersonForm, data: PersonData) -> None:
        if self.person_id is None:
            return
        try:
            self.user.persons.update(self.person_id, data)
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

    # --------------------------------------------------------------------- gate
    def show_gate(self) -> None:
        from screening_app.ui.gate_screen import GateScreen

        page = self.person_page
        if page is None:
            return
        overview = page.overview
        retry = self._today() + dt.timedelta(days=overview.schedule.retry_after_days)
        gate = GateScreen(
            person_name=overview.history.person.data.name,
            instruments=self.instruments,
            reasons=gate_reasons(),
            retry_date=retry,
            today=self._today,
            ui_language=lambda: self.lang,
            preferred_instrument=PREFERRED_SCREEN,
            self_complete=self.user.settings.permission("self_complete").value,
        )
        gate.back_requested.connect(self.reload_person)
        gate.not_asked_requested.connect(self.record_not_asked)
        gate.start_requested.connect(self.start)
        self._show_other(gate)

    def _context(self) -> Context:
        from screening_app.domain.person_context import context_for_person

        assert self.person_page is not None
        data = self.person_page.overview.history.person.data
        return context_for_person(
            data.role, data.child_birth_date, data.child_birth_date_kind, self._today()
        )

    def record_not_asked(
        self, reason: str, next_date: dt.date | None, circumstances: Circumstances | None = None
    ) -> bool:
        if self.person_id is None:
            return False
        try:
            self.user.screenings.record_not_asked(
                self.person_id,
                reason,
                next_ask_date=next_date,
                context=self._context(),
                circumstances=circumstances,
            )
        except Exception as error:  # noqa: BLE001 - shown on the gate
            self._other_error(error)
            return False
        self.reload_person()
        return True

    def _sentence(self, error: Exception) -> str:
        return error_sentence(error, self.lang) or self.tr("That could not be saved.")

    def _other_error(self, error: Exception) -> None:
        sentence = self._sentence(error)
        for screen in self._others:
            show = getattr(screen, "show_error", None)
            if callable(show):
                show(sentence)

    # ------------------------------------------------------------- consultation
    def _consultation(self, circumstances: Circumstances | None = None) -> Consultation:
        from screening_app.ui.consultation import Consultation
        from screening_app.ui.recorder import StorageRecorder

        self._end_consultation()
        assert self.person_id is not None
        assert self.person_page is not None
        overview = self.person_page.overview
        recorder = StorageRecorder(
            self.user.screenings,
            self.user.copies,
            person_id=self.person_id,
            context=self._context(),
            next_ask_default=lambda: overview.next_after_asking(self._today()),
            circumstances=circumstances,
        )
        consultation = Consultation(
            self.window,
            self.app.language,
            self.app.clipboard,
            self.app.icons,
            instruments=self.instruments,
            recorder=recorder,
            # Without it the questionnaire offers no self-complete mode (the machine forbids it).
            password_check=(
                self.app.confirm_password
                if self.user.settings.permission("self_complete").value
                else None
            ),
            today=self._today,
            choose_override=self.app.dialogs.choose_override,
            ask_reason=self.app.dialogs.ask_reason,
            services=self.services,
            documents=self.documents,
            person_id=self.person_id,
            co_parent=overview.co_parent_status,
        )
        consultation.ended.connect(self._consultation_ended)
        self.consultation = consultation
        return consultation

    def start(
        self,
        instrument_id: str,
        language: str,
        self_complete: bool,
        circumstances: Circumstances | None = None,
    ) -> bool:
        consultation = self._consultation(circumstances)
        try:
            consultation.start(instrument_id, self_complete=self_complete, language=language)
        except Exception as error:  # noqa: BLE001 - shown on the gate
            self._end_consultation()
            self._other_error(error)
            return False
        self._drop_others()
        return True

    def resume(self, screening_id: int) -> bool:
        consultation = self._consultation()
        try:
            consultation.resume(screening_id)
        except Exception as error:  # noqa: BLE001 - shown on the person's page
            self._end_consultation()
            if self.person_page is not None:
                self.person_page.show_error(self._sentence(error))
            return False
        self._drop_others()
        return True

    def _consultation_ended(self) -> None:
        self._end_consultation()
        self.reload_person()

    def _end_consultation(self) -> None:
        consultation = self.consultation
        self.consultation = None
        if consultation is not None:
            consultation.ended.disconnect(self._consultation_ended)
            consultation.end()
            consultation.deleteLater()

    # ---------------------------------------------------------------- documents
    def _document(self, kind: str) -> None:
        documents = self.documents
        page = self.person_page
        if documents is None or page is None or self.person_id is None:
            return
        if kind == "referral":
            documents.refer(self.person_id)
        elif kind == "resource-card":
            documents.resource_card(self.person_id)
        elif kind == "safety-plan":
            documents.safety_plan(self.person_id)
        elif kind == "notification":
            documents.notification(self.person_id)

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
        self.app.pin_changed()
        self._after_pin()

    def _after_pin(self) -> None:
        self._back()

    def _back(self) -> None:
        """Back to the person's page if one is open, else to the search."""
        if self.person_id is not None and self.person_page is not None:
            self._drop_others()
            self.window.show_screen(self.person_page)
            self.person_page.focus_input()
        else:
            self.show_home()

    def show_settings(self) -> None:
        from screening_app.ui.settings_screen import SettingsScreen

        if not self.user.is_admin or self.window.restricted:
            return
        screen = SettingsScreen(
            self.user.settings,
            language=lambda: self.lang,
            choose_logo=self.app.dialogs.choose_logo,
            edit_directory=getattr(self.documents, "edit_directory", None),
            machine=self.user.machine,
        )
        screen.back_requested.connect(self._back)
        screen.idle_changed.connect(lambda minutes: self.app.idle.set_timeout(minutes * 60))
        self._show_other(screen)
