"""The application's way through its screens: first start, login, the idle lock and quick-hide
tied to the session, switching user and logging out.

First start (no database): the setup wizard. Then the login screen; after login, a PIN is
offered if the user has none, then the person search (``PersonFlow`` takes over from there).
Every lock (idle or quick-hide) first stores what is typed on the questionnaire, then locks the
session (``UserSession.lock``: with a PIN the key stays in memory, without one the database is
closed). The lock screen unlocks through the session (PIN, three tries; or password), and "log
in as another user" logs the first user out (their answers are already stored as a draft) and
shows the login screen. Nothing of the first user's screens survives a change of user.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from screening_app.ui.clinic_backend import Clinic, LoggedIn, service_lookup
from screening_app.ui.clipboard import ClipboardGuard
from screening_app.ui.dialogs import Dialogs
from screening_app.ui.errors import error_sentence
from screening_app.ui.i18n import UiLanguage
from screening_app.ui.icons import Icons
from screening_app.ui.idle import IdleWatcher
from screening_app.ui.locking import Locker, LockReason
from screening_app.ui.login_screen import LoginScreen
from screening_app.ui.main_window import MainWindow
from screening_app.ui.refusal import CheckRefused

if TYPE_CHECKING:  # the first window (the login) needs none of these: they load with a screen
    import logging

    from screening_app.ui.person_flow import PersonFlow
    from screening_app.ui.setup.parts import AdminForm, ClinicForm
    from screening_app.ui.setup.wizard import SetupWizard


def _log() -> logging.Logger:
    import logging  # not needed for the first window

    return logging.getLogger(__name__)


def defer_briefly(call: Callable[[], None]) -> None:
    """Run ``call`` after the screen has had a moment to repaint (e.g. "Logging in...")."""
    QTimer.singleShot(15, call)


class AppFlow(QObject):
    logged_in = Signal()
    logged_out = Signal()
    training_requested = Signal()  # "Øvelse" on the first-start or login screen (allowed here)

    def __init__(
        self,
        *,
        window: MainWindow,
        language: UiLanguage,
        clipboard: ClipboardGuard,
        icons: Icons,
        locker: Locker,
        idle: IdleWatcher,
        clinic: Clinic,
        dialogs: Dialogs | None = None,
        defer: Callable[[Callable[[], None]], None] = defer_briefly,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.language = language
        self.clipboard = clipboard
        self.icons = icons
        self.locker = locker
        self.idle = idle
        self.clinic = clinic
        self.dialogs = dialogs or Dialogs()
        self._defer = defer
        self.user: LoggedIn | None = None
        self.login_screen: LoginScreen | None = None
        self.wizard: SetupWizard | None = None
        self.persons: PersonFlow | None = None  # while someone is logged in
        locker.locked.connect(self._locked)
        locker.unlocked.connect(self._unlocked)
        window.another_user_requested.connect(self.switch_user)
        idle.stop()

    # ------------------------------------------------------------------ start
    def start(self) -> None:
        """The first screen: the wizard on first start, else the login."""
        if self.clinic.database_exists():
            self.show_login()
        else:
            self.show_wizard()

    def show_wizard(self) -> None:
        from screening_app.ui.setup.wizard import SetupWizard

        wizard = SetupWizard(
            data_dir=self.clinic.data_dir,
            create=self._create_clinic,
            check_password=self._check_new_password,
            language=lambda: self.language.code,
            print_key=self.dialogs.print_key,
            choose_logo=self.dialogs.choose_logo,
        )
        wizard.finished.connect(self._wizard_done)
        wizard.key_shown.connect(self._key_shown)
        wizard.training_requested.connect(self._training)
        wizard.set_training_allowed(self.training_allowed())
        self.wizard = wizard
        self.window.show_screen(wizard)
        wizard.clinic_name.setFocus()

    def _check_new_password(self, password: str, words: list[str]) -> None:
        self.clinic.accounts().policy.check(password, words)

    def _create_clinic(self, clinic: ClinicForm, admin: AdminForm) -> tuple[object, str]:
        from screening_app.services.clinic_settings import (
            ClinicDetails,
            ClinicSettings,
            checked_details,
        )

        details = checked_details(
            ClinicDetails(
                name=clinic.name,
                address=clinic.address,
                phone=clinic.phone or None,
                email=clinic.email or None,
                logo_png=clinic.logo_png,
            )
        )
        setup = self.clinic.accounts().setup(
            clinic_name=details.name,
            admin_username=admin.username,
            admin_password=admin.password,
            admin_display_name=admin.display_name,
            admin_title=admin.title,
        )
        try:
            ClinicSettings(setup.session).set_details(details)
        except Exception:
            setup.session.logout()
            raise
        return setup.session, setup.recovery_key

    def _key_shown(self, session: object) -> None:
        """The recovery key is on screen: after quick-hide only the new administrator's
        password shows it again."""
        from screening_app.services.confirmation import PasswordConfirmation
        from screening_app.services.session import UserSession

        assert isinstance(session, UserSession)
        confirmation = PasswordConfirmation(session)

        def check(password: str) -> bool:
            from screening_app.services.records import StorageError

            try:
                return confirmation.confirm(password)
            except StorageError as error:
                raise CheckRefused(error.message(self.language.code)) from None

        self.locker.set_user(check, None)

    def _wizard_done(self, session: object) -> None:
        wizard = self.wizard
        self.wizard = None
        if wizard is not None:
            self.window.remove_screen(wizard)
        self._begin(session)

    # ------------------------------------------------------------------ login
    def show_login(self, message: str = "") -> None:
        if self.login_screen is None:
            screen = LoginScreen()
            screen.login_requested.connect(self._login_requested)
            screen.training_requested.connect(self._training)
            self.login_screen = screen
        self.login_screen.set_training_allowed(self.training_allowed())
        self.login_screen.reset(message)
        self.window.show_screen(self.login_screen)
        self.login_screen.focus_input()

    # --------------------------------------------------------------- training
    def training_allowed(self) -> bool:
        """Training mode, unless the machine's settings forbid it (unknown before they are
        read: then the button is shown and the request checked again)."""
        if self.clinic.machine is None:  # the first window: nothing more is loaded for it
            return True
        from screening_app.services.clinic_settings import training_permitted

        return training_permitted(self.clinic.machine)

    def _training(self) -> None:
        # The machine settings may still be read by the start-up's worker: wait for them (as
        # the login does at Enter), so that "Øvelse" pressed at once still obeys them.
        if not self.clinic.started():
            return
        if not self.training_allowed():
            self.refuse_training()
            return
        self.leave_for_training()
        self.training_requested.emit()

    def refuse_training(self) -> None:
        """Training was asked for where the machine's settings forbid it: the login says so
        (and its button is hidden)."""
        allowed = self.training_allowed()
        if self.wizard is not None:
            self.wizard.set_training_allowed(allowed)
        if self.login_screen is not None:
            self.login_screen.set_training_allowed(allowed)
            if self.wizard is None:
                self.login_screen.show_message(
                    self.tr("Training mode is switched off on this computer.")
                )

    def leave_for_training(self) -> None:
        """Nobody is logged in in training: the wizard's first page or the login goes."""
        wizard = self.wizard
        if wizard is not None:
            self.wizard = None
            wizard.abandon()
            self.window.remove_screen(wizard)
        if self.login_screen is not None:
            self.login_screen.reset()

    def _login_requested(self, username: str, password: str) -> None:
        def attempt() -> None:
            self.login(username, password)

        self._defer(attempt)

    def login(self, username: str, password: str) -> bool:
        screen = self.login_screen
        if not self.clinic.started():  # the start-up's checks stopped it: their screen shows
            return False
        try:
            session = self.clinic.accounts().login(username, password)
        except Exception as error:  # noqa: BLE001 - logged (a bug), the screen says so
            sentence = error_sentence(error, self.language.code)
            if not sentence:
                _log().error("login failed", exc_info=error)
                sentence = self.tr("Internal error in TrygStart (a bug): could not log in.")
            if screen is not None:
                screen.failed(sentence)
            return False
        self._begin(session)
        return True

    def _begin(self, session: object) -> None:
        from screening_app.services.session import UserSession
        from screening_app.ui.person_flow import PersonFlow, Surroundings
        from screening_app.ui.user_bar import UserBar

        assert isinstance(session, UserSession)
        instruments = self.clinic.instruments()
        user = LoggedIn(session, instruments, self.clinic.today, machine=self.clinic.machine)
        self.user = user
        if self.login_screen is not None:
            self.login_screen.reset()
        self.locker.set_user(self._password_check, self._pin_check if self._has_pin() else None)
        self.idle.set_timeout(user.settings.idle_minutes() * 60)
        self.idle.start()
        bar = UserBar(session.user.display_name, admin=user.is_admin, leader=user.is_leader)
        self.window.set_user_widget(bar)
        around = Surroundings(
            window=self.window,
            language=self.language,
            clipboard=self.clipboard,
            icons=self.icons,
            idle=self.idle,
            dialogs=self.dialogs,
            today=self.clinic.today,
            confirm_password=self.confirm_password,
            pin_changed=self.pin_changed,
            documents=self.clinic.documents(user, self.window),
            services=service_lookup(self.clinic.directory(), lambda: self.language.code),
        )
        persons = PersonFlow(around, user, instruments)
        self.persons = persons
        bar.home_requested.connect(persons.show_home)
        bar.settings_requested.connect(persons.show_settings)
        bar.statistics_requested.connect(persons.show_statistics)
        bar.access_log_requested.connect(persons.show_access_log)
        bar.pin_requested.connect(lambda: persons.show_pin(offer=False))
        bar.switch_requested.connect(self.switch_user)
        bar.logout_requested.connect(self.logout)
        self.logged_in.emit()
        if session.user.pin_hash is None and not session.is_recovery:
            persons.show_pin(offer=True)
        elif user.is_leader:
            persons.show_statistics()  # a leader's home: statistics, never a person
        else:
            persons.show_home()
        upgrade = session.vault.last_upgrade
        if upgrade is not None:  # once: the database was upgraded (or put back and upgraded)
            session.vault.last_upgrade = None
            self.dialogs.inform(self.window, upgrade.message(self.language.code))

    def _has_pin(self) -> bool:
        return self.user is not None and self.user.session.user.pin_hash is not None

    def pin_changed(self) -> None:
        """A PIN was set: it may now unlock after the idle lock."""
        self.locker.set_user(self._password_check, self._pin_check)

    # ------------------------------------------------------------- lock screen
    def _password_check(self, password: str) -> bool:
        from screening_app.services.records import StorageError

        user = self.user
        if user is None:
            return False
        try:
            user.session.unlock_with_password(password)
        except StorageError as error:
            if error.code == "wrong-credentials":
                return False
            raise CheckRefused(error.message(self.language.code)) from None
        return True

    def _pin_check(self, pin: str) -> bool:
        from screening_app.services.records import StorageError

        user = self.user
        if user is None:
            return False
        try:
            user.session.unlock_with_pin(pin)
        except StorageError as error:
            if error.code in ("wrong-pin", "pin-exhausted"):
                return False
            raise CheckRefused(error.message(self.language.code)) from None
        return True

    def confirm_password(self, password: str) -> bool:
        """The logged-in user's password, with the database open (leaving self-complete)."""
        from screening_app.services.records import StorageError

        user = self.user
        if user is None:
            return False
        try:
            return user.confirmation.confirm(password)
        except StorageError as error:
            raise CheckRefused(error.message(self.language.code)) from None

    def _locked(self, _reason: LockReason) -> None:
        user = self.user
        if user is None:
            return
        self.flush()
        try:
            user.session.lock()
        except Exception as error:  # noqa: BLE001 - a lock that cannot be recorded: log out
            _log().error("lock failed; logging out", exc_info=error)
            user.session.logout()

    def _unlocked(self) -> None:
        if self.user is None:
            self.idle.stop()

    def flush(self) -> None:
        """Store what is typed on the questionnaire now on screen."""
        persons = self.persons
        if persons is not None:
            persons.flush()

    # ------------------------------------------------------------- log out
    def switch_user(self) -> None:
        persons = self.persons
        left_draft = (
            persons is not None
            and persons.consultation is not None
            and (persons.consultation.asking)
        )
        self._end_session()
        message = self.tr("Log in as the next user.")
        if left_draft:
            message += " " + self.tr(
                "The answers so far are kept as an unfinished screening on the person's page."
            )
        self.show_login(message)

    def logout(self) -> None:
        self._end_session()
        self.show_login(self.tr("You are logged out."))

    def shutdown(self) -> None:
        """The application is closing: store what is typed, log out, clear the clipboard."""
        self._end_session()

    def _end_session(self) -> None:
        wizard = self.wizard
        if wizard is not None:  # left half-way (another user from the lock screen)
            self.wizard = None
            session = wizard.abandon()
            logout = getattr(session, "logout", None)
            if callable(logout):
                logout()
            self.window.remove_screen(wizard)
        user = self.user
        if user is not None and not user.session.is_locked:
            self.flush()
        persons = self.persons
        self.persons = None
        if persons is not None:
            persons.close()
        self.user = None
        if user is not None:
            user.session.logout()
        self.clipboard.clear_if_ours()
        self.window.set_user_widget(None)
        self.window.set_restricted(False)
        self.locker.set_user(None, None)
        self.locker.release()
        self.idle.stop()
        self.logged_out.emit()
