"""Two clinicians saving the same person: the second save is refused, saying who changed what.

A person is saved with the version the clinician started from (``base``, the ``Person`` she
opened). When the stored person has moved on since (its ``updated_at`` is not the base's), the
save changes nothing and raises ``PersonChangedError``: who saved last (from the audit trail), which
fields differ from what she started from, and when. What she typed stays on her screen.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import fields

from screening_app.storage.errors import StorageError
from screening_app.storage.records import PersonData

# The names of a person's fields, in Danish and English, for the sentence.
FIELD_NAMES: dict[str, tuple[str, str]] = {
    "name": ("navnet", "the name"),
    "role": ("rollen", "the role"),
    "cpr": ("CPR-nummeret", "the CPR number"),
    "birth_date": ("fødselsdatoen", "the birth date"),
    "child_birth_date": ("barnets termin eller fødselsdato", "the child's due or birth date"),
    "child_birth_date_kind": ("om barnets dato er termin", "whether the child's date is due"),
    "safe_phone": ("det sikre telefonnummer", "the safe phone number"),
    "safe_times": ("de sikre tidspunkter", "the safe times"),
    "may_leave_messages": ("om der må lægges beskeder", "whether messages may be left"),
    "may_send_letters_home": ("om der må sendes breve hjem", "whether letters may be sent home"),
}


def changed_fields(before: PersonData, after: PersonData) -> tuple[str, ...]:
    return tuple(
        f.name for f in fields(PersonData) if getattr(before, f.name) != getattr(after, f.name)
    )


def _joined(names: list[str], conjunction: str) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + f" {conjunction} " + names[-1]


class PersonChangedError(StorageError):
    """The person was saved by someone else since ``base`` was read."""

    def __init__(self, who: str, changed: tuple[str, ...], at: str) -> None:
        self.who = who
        self.changed = changed
        self.at = at
        super().__init__("changed-by-other", who=who, fields="", at=_local_time(at))

    def message(self, lang: str = "da") -> str:
        index = 0 if lang == "da" else 1
        names = [FIELD_NAMES.get(name, (name, name))[index] for name in self.changed]
        if not names:
            names = ["personens oplysninger" if lang == "da" else "the person's details"]
        self.params["fields"] = _joined(names, "og" if lang == "da" else "and")
        return super().message(lang)


def _local_time(at: str) -> str:
    """The stored UTC time as the workstation's clock shows it (HH:MM), as she would read it."""
    try:
        return dt.datetime.fromisoformat(at).astimezone().strftime("%H:%M")
    except ValueError:
        return at
