"""Settings in three layers, each narrowing the one above: the machine, the clinic, the user.

The machine's settings are set by clinic IT (one file per workstation, read-only in the app);
the clinic's are kept in its database and changed by an administrator; the user's are their
own. A lower layer may narrow what a higher one allows, never widen it:

- a permission (self-complete mode, saving a PDF to a file, training mode) holds only when no
  layer forbids it; the first layer from the top that forbids it is the one that decided;
- a ceiling (the minutes before the idle lock) is the smallest value any layer asks for; the
  machine gives only a ceiling, the clinic and the user a value of their own.

Every answer names the layer that decided it and, for the machine, where (``file:line`` or the
registry value), so the settings screen and ``selftest`` can show where each value comes from.
This module is the only place these rules live; screens and use cases ask it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, Literal, TypeVar

Source = Literal["machine", "clinic", "user", "default"]
Permission = Literal["self_complete", "save_pdf", "training"]
PERMISSIONS: tuple[Permission, ...] = ("self_complete", "save_pdf", "training")
T = TypeVar("T")


@dataclass(frozen=True)
class Decided(Generic[T]):
    """A setting's effective value and the layer that decided it (``where``: machine only)."""

    value: T
    source: Source
    where: str = ""


@dataclass(frozen=True)
class MachineLimits:
    """What the machine's settings allow (None: the machine says nothing about it).

    ``where`` maps a setting's name to its place (``/etc/trygstart/trygstart.toml:4``).
    """

    idle_max_minutes: int | None = None
    self_complete: bool | None = None
    save_pdf: bool | None = None
    training: bool | None = None
    where: tuple[tuple[str, str], ...] = ()

    def place(self, name: str) -> str:
        return dict(self.where).get(name, "")

    def allows(self, permission: Permission) -> bool | None:
        value: bool | None = getattr(self, permission)
        return value


NO_LIMITS = MachineLimits()


def permission(
    name: Permission,
    machine: MachineLimits,
    clinic: bool | None = None,
    user: bool | None = None,
) -> Decided[bool]:
    """Allowed only when no layer forbids it; the first layer that forbids it decided."""
    machine_value = machine.allows(name)
    if machine_value is False:
        return Decided(False, "machine", machine.place(name))
    if clinic is False:
        return Decided(False, "clinic")
    if user is False:
        return Decided(False, "user")
    if user is True:
        return Decided(True, "user")
    if clinic is True:
        return Decided(True, "clinic")
    if machine_value is True:
        return Decided(True, "machine", machine.place(name))
    return Decided(True, "default")


def idle_minutes(
    machine: MachineLimits,
    clinic: int | None,
    user: int | None = None,
    *,
    default: int,
) -> Decided[int]:
    """The smallest of the machine's ceiling, the clinic's and the user's minutes.

    Without a clinic or user value the default applies, still under the machine's ceiling.
    A tie goes to the higher layer (it set the limit the others only met).
    """
    candidates: list[tuple[int, Source, str]] = []
    if machine.idle_max_minutes is not None:
        candidates.append((machine.idle_max_minutes, "machine", machine.place("idle_max_minutes")))
    if clinic is not None:
        candidates.append((clinic, "clinic", ""))
    if user is not None:
        candidates.append((user, "user", ""))
    if clinic is None and user is None:
        candidates.append((default, "default", ""))
    value, source, where = min(candidates, key=lambda c: c[0])  # min keeps the first of ties
    return Decided(value, source, where)


def idle_ceiling(machine: MachineLimits, maximum: int) -> int:
    """The most minutes a clinic or user may choose on this machine."""
    if machine.idle_max_minutes is None:
        return maximum
    return min(maximum, machine.idle_max_minutes)
