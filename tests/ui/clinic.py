"""The real application flow on a temporary clinic database, for the UI tests.

Cheap Argon2 parameters, a small password blocklist, a fake UTC clock and a fixed date; the
bundled questionnaires and services directory are loaded once per test session. Dialogs are
fakes that answer at once (the recovery key "printed", the amendment's reason given).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from screening_app.ui.setup.recovery_print import PrintOutcome

ADMIN = "anna"
ADMIN_NAME = "Anna Jordemoder"
ADMIN_PASSWORD = "kaffe og kanelsnegle klokken ti"
CLINICIAN = "bo"
CLINICIAN_PASSWORD = "en helt anden lang adgangskode"
CLINIC = "Jordemoderklinikken Nord"
TODAY = dt.date(2026, 3, 2)
PIN = "2468"


class UtcClock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


class FakeDialogs:
    """``ui.flow.Dialogs`` with answers given at once; records what was asked."""

    def __init__(self) -> None:
        self.printed: list[str] = []
        self.print_outcome = PrintOutcome.PRINTED
        self.reason = "Svaret blev misforstået."
        self.reasons_asked: list[str] = []
        self.override_dialogs = True  # the real override dialog (window-modal, open())
        self.told: list[str] = []  # sentences shown once (the database was upgraded)

    def print_key(self, _parent: Any, _clinic: str, key: str) -> PrintOutcome:
        self.printed.append(key)
        return self.print_outcome

    def ask_reason(
        self, _parent: Any, *, title: str, prompt: str, on_given: Callable[[str], None]
    ) -> None:
        self.reasons_asked.append(title)
        on_given(self.reason)

    def dialogs(self) -> Any:
        from screening_app.ui.dialogs import Dialogs

        return Dialogs(
            print_key=self.print_key,
            choose_logo=None,
            ask_reason=self.ask_reason,
            inform=lambda _parent, text: self.told.append(text),
        )


def setup_clinic(clinic: Any, *, clinician: bool = False) -> None:
    """The clinic's database with its administrator (and a clinician), as the wizard makes it."""
    from screening_app.services.admin import AdminService
    from screening_app.services.clinic_settings import ClinicDetails, ClinicSettings

    setup = clinic.accounts().setup(
        clinic_name=CLINIC,
        admin_username=ADMIN,
        admin_password=ADMIN_PASSWORD,
        admin_display_name=ADMIN_NAME,
        admin_title="Jordemoder",
    )
    try:
        ClinicSettings(setup.session).set_details(
            ClinicDetails(name=CLINIC, address=("Nørregade 1", "8000 Aarhus C"), phone="86 00 00")
        )
        if clinician:
            AdminService(setup.session).add_user(
                CLINICIAN, CLINICIAN_PASSWORD, display_name="Bo Sundhedsplejerske"
            )
    finally:
        setup.session.logout()


def data_files_text(data_dir: Path) -> bytes:
    """Every byte of every file in the data folder (for leak checks)."""
    return b"".join(p.read_bytes() for p in sorted(data_dir.rglob("*")) if p.is_file())
