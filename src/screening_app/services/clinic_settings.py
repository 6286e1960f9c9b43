"""The clinic's own settings, kept in the encrypted database: its details, the idle lock, and
when to ask again.

Reading a setting is configuration, not person data, and leaves no audit entry (as
``UserSession.retention_years``). Changing one needs an administrator and leaves one
``settings-change`` entry naming what changed (never the values of the clinic's address).

- Clinic details: name (set at first start by ``Accounts.setup``), address lines, phone,
  e-mail and an optional logo (PNG, for letterheads).
- Idle lock: minutes without input before the screen locks (default 5), never more than the
  machine's ceiling (``domain.layers``: the machine's settings narrow the clinic's).
- What the machine allows (self-complete mode, saving PDFs, training): ``permission(name)``
  answers with the layer that decided it.
- Asking schedule: ``domain.pathway.AskingSchedule`` as JSON; until an administrator saves one,
  the defaults apply and ``asking_schedule()`` says so. A schedule saved in the first form
  (pregnancy weeks, days after the birth) is read in today's form (``migrate_schedule``): the
  clinic's weeks are kept, "the day of birth" becomes the first visit's default day, and the
  setting says it was converted until an administrator saves it again.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pydantic import ValidationError

from screening_app.domain import layers
from screening_app.domain.layers import NO_LIMITS, Decided, MachineLimits, Permission
from screening_app.domain.pathway import AskingSchedule, migrate_schedule
from screening_app.services.session import UserSession
from screening_app.services.validation import short_text
from screening_app.storage.errors import StorageError
from screening_app.storage.interface import Work
from screening_app.storage.settings import CLINIC_NAME

if TYPE_CHECKING:
    from screening_app.machine.reader import MachineConfig

CLINIC_ADDRESS = "clinic_address"
CLINIC_PHONE = "clinic_phone"
CLINIC_EMAIL = "clinic_email"
CLINIC_LOGO = "clinic_logo_png"
IDLE_MINUTES = "idle_minutes"
ASKING_SCHEDULE = "asking_schedule"

DEFAULT_IDLE_MINUTES = 5
MIN_IDLE_MINUTES = 1
MAX_IDLE_MINUTES = 60
MAX_ADDRESS_LINES = 6
MAX_LOGO_BYTES = 512 * 1024
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@dataclass(frozen=True)
class ClinicDetails:
    """What letters print at the top: the workplace, never a private address."""

    name: str
    address: tuple[str, ...] = ()
    phone: str | None = None
    email: str | None = None
    logo_png: bytes | None = None


@dataclass(frozen=True)
class ScheduleSetting:
    schedule: AskingSchedule
    is_default: bool  # nothing saved yet: the defaults apply
    converted: bool = False  # saved in the first form and read in today's: to be checked


def checked_details(details: ClinicDetails) -> ClinicDetails:
    """The details as they would be stored, or ``StorageError("invalid")`` naming the field."""
    name = short_text(details.name, "clinic name", required=True)
    assert name is not None
    lines = tuple(line.strip() for line in details.address if line.strip())
    if len(lines) > MAX_ADDRESS_LINES:
        raise StorageError("invalid", detail=f"address (at most {MAX_ADDRESS_LINES} lines)")
    for line in lines:
        short_text(line, "address line")
    email = short_text(details.email, "e-mail")
    if email is not None and ("@" not in email or any(ch.isspace() for ch in email)):
        raise StorageError("invalid", detail="e-mail")
    logo = details.logo_png
    if logo is not None:
        if len(logo) > MAX_LOGO_BYTES:
            raise StorageError("invalid", detail="logo (a PNG of at most 512 KB)")
        if not logo.startswith(PNG_SIGNATURE):
            raise StorageError("invalid", detail="logo (a PNG image)")
    return ClinicDetails(
        name=name,
        address=lines,
        phone=short_text(details.phone, "phone"),
        email=email,
        logo_png=logo,
    )


class ClinicSettings:
    def __init__(self, session: UserSession, machine: MachineLimits = NO_LIMITS) -> None:
        self._session = session
        self.machine = machine

    # ------------------------------------------------------------------ read
    def _get(self, key: str) -> str | None:
        return self._session.database.setting(key)

    def details(self) -> ClinicDetails:
        address = self._get(CLINIC_ADDRESS)
        logo = self._get(CLINIC_LOGO)
        logo_png: bytes | None = None
        if logo:
            try:
                logo_png = base64.b64decode(logo, validate=True)
            except (binascii.Error, ValueError):
                logo_png = None
        return ClinicDetails(
            name=self._get(CLINIC_NAME) or "",
            address=tuple(address.split("\n")) if address else (),
            phone=self._get(CLINIC_PHONE) or None,
            email=self._get(CLINIC_EMAIL) or None,
            logo_png=logo_png,
        )

    def _clinic_idle_minutes(self) -> int | None:
        value = self._get(IDLE_MINUTES)
        try:
            minutes = int(value) if value is not None else None
        except ValueError:
            return None
        if minutes is None or not MIN_IDLE_MINUTES <= minutes <= MAX_IDLE_MINUTES:
            return None
        return minutes

    def idle_setting(self) -> Decided[int]:
        """The minutes before the idle lock, and who decided them (machine, clinic, default)."""
        return layers.idle_minutes(
            self.machine, self._clinic_idle_minutes(), default=DEFAULT_IDLE_MINUTES
        )

    def idle_minutes(self) -> int:
        return self.idle_setting().value

    def idle_ceiling(self) -> int:
        """The most minutes the clinic may choose on this machine."""
        return layers.idle_ceiling(self.machine, MAX_IDLE_MINUTES)

    def versions(self) -> tuple[str, int]:
        """This program's version and the schema version of the open database."""
        from screening_app import __version__

        return __version__, self._session.database.schema_version()

    def permission(self, name: Permission) -> Decided[bool]:
        """Whether self-complete mode, saving a PDF or training may be used here, and who
        decided (the clinic and user layers have no switches of their own yet)."""
        return layers.permission(name, self.machine)

    def asking_schedule(self) -> ScheduleSetting:
        value = self._get(ASKING_SCHEDULE)
        if value is None:
            return ScheduleSetting(AskingSchedule(), is_default=True)
        try:
            data = json.loads(value)
        except ValueError:
            return ScheduleSetting(AskingSchedule(), is_default=True)
        if not isinstance(data, dict):
            return ScheduleSetting(AskingSchedule(), is_default=True)
        migrated = migrate_schedule(data)
        try:
            schedule = AskingSchedule.model_validate(migrated)
        except ValidationError:
            return ScheduleSetting(AskingSchedule(), is_default=True)
        return ScheduleSetting(schedule, is_default=False, converted=migrated is not data)

    # ----------------------------------------------------------------- write
    def set_details(self, details: ClinicDetails) -> ClinicDetails:
        checked = checked_details(details)
        with self._change("clinic-details") as work:
            work.settings.set(CLINIC_NAME, checked.name)
            work.settings.set(CLINIC_ADDRESS, "\n".join(checked.address))
            work.settings.set(CLINIC_PHONE, checked.phone or "")
            work.settings.set(CLINIC_EMAIL, checked.email or "")
            logo = "" if checked.logo_png is None else base64.b64encode(checked.logo_png).decode()
            work.settings.set(CLINIC_LOGO, logo)
        return checked

    def set_idle_minutes(self, minutes: int) -> None:
        ceiling = self.idle_ceiling()
        if not MIN_IDLE_MINUTES <= minutes <= ceiling:
            where = " on this machine" if ceiling < MAX_IDLE_MINUTES else ""
            raise StorageError(
                "invalid", detail=f"idle minutes ({MIN_IDLE_MINUTES}-{ceiling}{where})"
            )
        with self._change(f"idle-minutes:{minutes}") as work:
            work.settings.set(IDLE_MINUTES, str(minutes))

    def set_asking_schedule(self, schedule: AskingSchedule) -> None:
        # Re-validated here: a model built with model_construct skips the limits.
        try:
            checked = AskingSchedule.model_validate(schedule.model_dump())
        except ValidationError:
            raise StorageError("invalid", detail="asking schedule") from None
        text = json.dumps(checked.model_dump(mode="json", by_alias=True), sort_keys=True)
        with self._change("asking-schedule") as work:
            work.settings.set(ASKING_SCHEDULE, text)

    def _change(self, what: str) -> contextlib.AbstractContextManager[Work]:
        self._session.require_admin("settings-change")
        return self._session.audited("settings-change", criterion=what)


def training_permitted(machine: MachineConfig | None) -> bool:
    """Whether training mode may start on this machine (its settings may forbid it; before
    they are read, None: allowed, and asked again once they are)."""
    if machine is None:
        return True
    return layers.permission("training", machine.limits()).value
