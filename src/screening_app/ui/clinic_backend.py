"""What the screens use once someone is logged in, and what the application gives them.

``Clinic`` is what ``app.py`` wires (tests pass cheap ones): where the data is, the accounts
(made on first use: the cryptography behind them is not needed to show the login window), the
instruments, the services directory, today's date, and the documents part when it is installed.
``LoggedIn`` holds one user's session and the use cases over it; it is dropped at log-out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from screening_app.domain.instrument import Instrument
    from screening_app.domain.person_search import PersonQuery
    from screening_app.domain.support import Directory
    from screening_app.machine.reader import MachineConfig
    from screening_app.services.accounts import Accounts
    from screening_app.services.consultation import ConsultationEngine
    from screening_app.services.person_overview import PersonOverview
    from screening_app.services.records import PersonSummary
    from screening_app.services.session import UserSession
    from screening_app.ui.ports import DocumentActions, ServiceInfo


def _no_documents(_user: LoggedIn, _window: QWidget) -> DocumentActions | None:
    return None


class Clinic:
    def __init__(
        self,
        *,
        data_dir: Path,
        accounts: Callable[[], Accounts],
        instruments: Callable[[], Mapping[str, Instrument]],
        directory: Callable[[], Directory | None],
        today: Callable[[], dt.date],
        database_exists: Callable[[], bool],
        documents: Callable[[LoggedIn, QWidget], DocumentActions | None] = _no_documents,
        machine: MachineConfig | None = None,
    ) -> None:
        self.data_dir = data_dir
        self.accounts = accounts
        self.instruments = instruments
        self.directory = directory
        self.today = today
        self.database_exists = database_exists
        # The documents part for a logged-in user, its dialogs opening over the window (None:
        # not installed, and no document buttons are shown).
        self.documents = documents
        # The machine's settings (set by IT), once the start-up has validated them after the
        # first paint (reading them needs pydantic, which the first window does without).
        self.machine = machine
        # Waits for the start-up's checks (the machine settings) and applies them; False when
        # they stopped the start-up. The login asks first (``app.load_beside_the_login``).
        self.started: Callable[[], bool] = lambda: True


class LoggedIn:
    """One user's session and the use cases the screens call."""

    def __init__(
        self,
        session: UserSession,
        instruments: Mapping[str, Instrument],
        today: Callable[[], dt.date],
        *,
        machine: MachineConfig | None = None,
    ) -> None:
        from screening_app.domain.shelf import every_version
        from screening_app.machine.reader import MachineConfig
        from screening_app.services.access_log import AccessLogService
        from screening_app.services.clinic_settings import ClinicSettings
        from screening_app.services.confirmation import PasswordConfirmation
        from screening_app.services.followup import FollowUpService
        from screening_app.services.person_data.service import PersonDataService
        from screening_app.services.person_overview import PersonOverviewService
        from screening_app.services.persons import PersonService
        from screening_app.services.record_note_copy import RecordNoteCopies
        from screening_app.services.screenings import ScreeningService
        from screening_app.services.statistics.service import StatisticsService

        self.session = session
        self.instruments = instruments
        self._today = today
        self.persons = PersonService(session)
        # Every installed version: screenings made with an older one still open and score.
        self.screenings = ScreeningService(session, every_version(instruments))
        self.machine = machine if machine is not None else MachineConfig()
        self.settings = ClinicSettings(session, self.machine.limits())
        self.overview = PersonOverviewService(session, instruments, self.settings, today)
        self.confirmation = PasswordConfirmation(session)
        self.copies = RecordNoteCopies(session)
        self.followup = FollowUpService(session)
        every = every_version(instruments)
        self.statistics = StatisticsService(session, every)
        self.access_log = AccessLogService(session)
        self.person_data = PersonDataService(session, every)  # fonts loaded on first PDF

    @property
    def is_leader(self) -> bool:
        """A clinic leader: statistics and spot checks only (the services refuse the rest)."""
        return self.session.is_leader

    def consultation(
        self, overview: PersonOverview, *, language: Callable[[], str], printable: bool
    ) -> ConsultationEngine:
        """The consultation engine for the person in ``overview`` (one per consultation)."""
        from screening_app.services.consultation import ConsultationEngine

        return ConsultationEngine(
            overview,
            screenings=self.screenings,
            copies=self.copies,
            instruments=self.instruments,
            today=self._today,
            language=language,
            printable=printable,
        )

    @property
    def is_admin(self) -> bool:
        return self.session.user.role == "admin"

    def search(self, query: PersonQuery) -> Sequence[PersonSummary]:
        from screening_app.domain.person_search import BirthDateQuery, CprQuery, NameQuery

        if isinstance(query, NameQuery):
            return self.persons.search_by_name(query.text)
        if isinstance(query, CprQuery):
            return self.persons.search_by_cpr(query.digits)
        if isinstance(query, BirthDateQuery):
            return self.persons.search_by_birth_date(query.date)
        return []


def service_lookup(
    directory: Directory | None, language: Callable[[], str]
) -> Callable[[str], ServiceInfo | None]:
    """A service id -> its name (in the UI language), first phone and verified date."""
    from screening_app.ui.ports import ServiceInfo

    def lookup(service_id: str) -> ServiceInfo | None:
        if directory is None or service_id not in directory:
            return None
        entry = directory.get(service_id)
        return ServiceInfo(entry.display_name(language()), entry.main_phone(), entry.last_verified)

    return lookup
