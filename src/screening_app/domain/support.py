"""The support-services directory as data: entries, the rules they keep, and the merged directory.

An entry says what a service offers, for whom, how to reach it and how to refer, where the facts
come from and when they were last verified. Facts that could not be confirmed ship empty and are
named in ``unconfirmed`` so the clinic sees what to fill in; a field may not be both filled in and
flagged. National entries are bundled; the clinic's own file adds local entries and may replace a
bundled entry (a newer number, a local address) by using its id.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from typing import Annotated, Literal

from pydantic import Field

from screening_app.domain.base import Identifier, Loc, LocalizedText, Problem, StrictModel

# The ids other parts of the product refer to (instrument actions, pathway rules, letters).
REQUIRED_SERVICE_IDS: frozenset[str] = frozenset(
    {
        "lev-uden-vold",
        "danner",
        "crisis-centres",
        "mandecentret",
        "dialog-mod-vold",
        "stalking-center",
        "moedrehjaelpen",
        "q-vaerk",
        "boernetelefonen",
        "police",
        "ankestyrelsen",
        "municipality",
        "family-clinic",
        "honour-conflicts",
    }
)
# The national hotline and the emergency number: always on the resource card.
HOTLINE_ID = "lev-uden-vold"
EMERGENCY_ID = "police"
# Entries only the clinic can fill in (its own municipality, its own hospital).
CLINIC_FILLED_IDS: frozenset[str] = frozenset({"municipality", "family-clinic"})
DIRECTORY_LANGUAGES: tuple[str, ...] = ("da", "en")

Scope = Literal["national", "local"]
# Fields that may be flagged as not confirmed (and must then be empty).
FlaggableField = Literal["phones", "email", "address", "hours", "secureMail"]
PhoneNumber = Annotated[str, Field(pattern=r"^\+?[0-9][0-9 ]{1,18}[0-9]$", max_length=20)]
ShortText = Annotated[str, Field(min_length=1, max_length=300)]


class Phone(StrictModel):
    """A number and, when a service has several, what each is for."""

    number: PhoneNumber
    label: LocalizedText | None = None


class Address(StrictModel):
    """A postal address as printed on a letter (lines in order, no country for Denmark)."""

    lines: Annotated[list[ShortText], Field(min_length=1, max_length=6)]


class ServiceEntry(StrictModel):
    """One service in the directory."""

    id: Identifier
    scope: Scope
    name: LocalizedText
    # A neutral name, without violence wording, for discreet documents (the card, the safety
    # plan, a discreet letter's first page). When absent, the service has none: its own name
    # is printed there only after the clinician chose it with a warning (Danner, for one).
    discreet_name: LocalizedText | None = None
    offers: LocalizedText
    for_whom: LocalizedText
    phones: Annotated[list[Phone], Field(max_length=5)] = []
    hours: LocalizedText | None = None
    email: Annotated[str, Field(pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$", max_length=200)] | None = (
        None
    )
    secure_mail: ShortText | None = None  # e.g. a municipality's secure mailbox address
    address: Address | None = None
    website: Annotated[str, Field(pattern=r"^[a-z0-9.-]+\.[a-z]{2,}(/\S*)?$")] | None = None
    how_to_refer: LocalizedText
    source: Annotated[str, Field(min_length=1, max_length=500)]
    # The page the facts were checked against (https://...).
    source_url: Annotated[str, Field(pattern=r"^https://\S+$", max_length=500)] | None = None
    # The day a person checked this entry against its source, and who; both absent for an entry
    # nobody has checked yet (shown as "ikke kontrolleret", never as checked).
    last_verified: dt.date | None = None
    verified_by: ShortText | None = None
    # A service that treats (a hospital clinic, a GP): a referral rests on Sundhedsloven § 41.
    # Any other recipient (a crisis centre, the municipality, an NGO): § 43.
    provides_treatment: bool = False
    on_resource_card: bool = False
    receives_referrals: bool = False
    receives_notifications: bool = False
    unconfirmed: list[FlaggableField] = []
    note: LocalizedText | None = None

    def display_name(self, lang: str, discreet: bool = False) -> str:
        if discreet and self.discreet_name is not None:
            return self.discreet_name.get(lang)
        return self.name.get(lang)

    def main_phone(self) -> str | None:
        return self.phones[0].number if self.phones else None

    def is_flagged(self, field: FlaggableField) -> bool:
        return field in self.unconfirmed

    @property
    def is_verified(self) -> bool:
        return self.last_verified is not None


def oldest_verified(entries: Iterable[ServiceEntry]) -> dt.date | None:
    """The oldest check among ``entries``; None if any is unchecked (ValueError if none given)."""
    dates = [entry.last_verified for entry in entries]
    if not dates:
        raise ValueError("no entries given")
    if any(day is None for day in dates):
        return None
    return min(day for day in dates if day is not None)


class DirectoryFile(StrictModel):
    """A directory file: the bundled national entries, or a clinic's own entries."""

    format: Literal[1]
    entries: Annotated[list[ServiceEntry], Field(max_length=500)]


def _texts(entry: ServiceEntry) -> Iterator[tuple[LocalizedText, str]]:
    for name in ("name", "discreet_name", "offers", "for_whom", "hours", "how_to_refer", "note"):
        value = getattr(entry, name)
        if isinstance(value, LocalizedText):
            yield value, ServiceEntry.model_fields[name].alias or name
    for index, phone in enumerate(entry.phones):
        if phone.label is not None:
            yield phone.label, f"phones.{index}.label"


def _alias(field: str) -> str:
    return ServiceEntry.model_fields[field].alias or field


_FLAG_TO_FIELD: dict[str, str] = {
    "phones": "phones",
    "email": "email",
    "address": "address",
    "hours": "hours",
    "secureMail": "secure_mail",
}


def check_entry(entry: ServiceEntry, loc: Loc) -> list[Problem]:
    """Rules for one entry beyond its types: languages, flags, what a card or letter needs."""
    problems: list[Problem] = []
    for text, where in _texts(entry):
        missing = [lang for lang in DIRECTORY_LANGUAGES if lang not in text.languages]
        if missing:
            problems.append(
                Problem.at(*loc, *where.split("."), message=f"needs a text in {', '.join(missing)}")
            )
    for flag in entry.unconfirmed:
        value = getattr(entry, _FLAG_TO_FIELD[flag])
        if value:
            problems.append(
                Problem.at(
                    *loc,
                    flag,
                    message=f"'{flag}' is filled in but flagged as unconfirmed: "
                    "remove the flag once the value is verified, or empty the field",
                )
            )
    if (entry.last_verified is None) != (entry.verified_by is None):
        problems.append(
            Problem.at(
                *loc,
                "lastVerified" if entry.last_verified is None else "verifiedBy",
                message="'lastVerified' and 'verifiedBy' go together: the day a person checked "
                "the entry against its source, and who; leave both out until it is checked",
            )
        )
    if len(set(entry.unconfirmed)) != len(entry.unconfirmed):
        problems.append(Problem.at(*loc, "unconfirmed", message="a field is flagged twice"))
    if entry.on_resource_card and not entry.phones and "phones" not in entry.unconfirmed:
        problems.append(
            Problem.at(
                *loc, "onResourceCard", message="an entry on the resource card needs a phone"
            )
        )
    # An empty address is allowed while flagged (the clinic has not filled it in yet).
    if (
        entry.receives_notifications
        and entry.address is None
        and entry.secure_mail is None
        and not ({"address", "secureMail"} & set(entry.unconfirmed))
    ):
        problems.append(
            Problem.at(
                *loc,
                "receivesNotifications",
                message="an entry that receives notifications needs an address or secure "
                "mail, or one of them flagged as unconfirmed",
            )
        )
    if entry.id in CLINIC_FILLED_IDS and entry.scope != "local":
        problems.append(Problem.at(*loc, "scope", message=f"'{entry.id}' is a local entry"))
    return problems


def check_entries(entries: Iterable[ServiceEntry], loc: Loc = ("entries",)) -> list[Problem]:
    """Rules for a list of entries: every entry's own rules, and no id used twice."""
    problems: list[Problem] = []
    seen: set[str] = set()
    for index, entry in enumerate(entries):
        problems += check_entry(entry, (*loc, index))
        if entry.id in seen:
            problems.append(
                Problem.at(*loc, index, "id", message=f"id '{entry.id}' is used by another entry")
            )
        seen.add(entry.id)
    return problems


def check_bundled(entries: list[ServiceEntry]) -> list[Problem]:
    """The bundled file additionally holds every required id, and the card's two numbers."""
    problems = check_entries(entries)
    ids = {entry.id for entry in entries}
    missing = sorted(REQUIRED_SERVICE_IDS - ids)
    if missing:
        problems.append(Problem.at("entries", message=f"missing entries: {', '.join(missing)}"))
    for entry in entries:
        if entry.id in (HOTLINE_ID, EMERGENCY_ID) and not entry.on_resource_card:
            problems.append(
                Problem.at("entries", message=f"'{entry.id}' must be on the resource card")
            )
    return problems


class Directory:
    """The directory a clinic uses: bundled entries with the clinic's own merged over them."""

    def __init__(
        self,
        entries: Iterable[ServiceEntry],
        clinic_ids: frozenset[str] = frozenset(),
    ) -> None:
        self._entries: dict[str, ServiceEntry] = {}
        for entry in entries:
            self._entries[entry.id] = entry
        self.clinic_ids = clinic_ids  # ids whose entry comes from the clinic's file

    @staticmethod
    def merge(bundled: Iterable[ServiceEntry], clinic: Iterable[ServiceEntry]) -> Directory:
        """Bundled entries, each replaced by the clinic's entry with the same id, plus new ones."""
        merged = {entry.id: entry for entry in bundled}
        clinic_ids: set[str] = set()
        for entry in clinic:
            merged[entry.id] = entry
            clinic_ids.add(entry.id)
        return Directory(merged.values(), frozenset(clinic_ids))

    def ids(self) -> frozenset[str]:
        return frozenset(self._entries)

    def get(self, service_id: str) -> ServiceEntry:
        return self._entries[service_id]

    def __contains__(self, service_id: object) -> bool:
        return service_id in self._entries

    def __iter__(self) -> Iterator[ServiceEntry]:
        return iter(self._entries.values())

    def __len__(self) -> int:
        return len(self._entries)

    def entries(self, scope: Scope | None = None) -> list[ServiceEntry]:
        return [e for e in self._entries.values() if scope is None or e.scope == scope]

    def local_entries(self) -> list[ServiceEntry]:
        """What an admin edits: every local entry and every bundled entry the clinic replaced."""
        return [e for e in self._entries.values() if e.scope == "local" or e.id in self.clinic_ids]

    def referral_recipients(self) -> list[ServiceEntry]:
        return [e for e in self._entries.values() if e.receives_referrals]

    def card_defaults(self) -> list[ServiceEntry]:
        return [e for e in self._entries.values() if e.on_resource_card]

    def needs_filling_in(self) -> list[ServiceEntry]:
        """Entries with facts still flagged as unconfirmed (shown to the admin)."""
        return [e for e in self._entries.values() if e.unconfirmed]

    def verified_date(self, service_ids: Iterable[str]) -> dt.date | None:
        """The oldest last-verified date among these entries: what a printed list can claim.

        None when any of them has not been checked: then the list can claim no date at all.
        """
        return oldest_verified(self._entries[service_id] for service_id in service_ids)

    def recommended(self, service_ids: Iterable[str]) -> list[ServiceEntry]:
        """The entries an instrument result recommends, in its order, skipping unknown ids."""
        return [self._entries[s] for s in service_ids if s in self._entries]

    def as_mapping(self) -> Mapping[str, ServiceEntry]:
        return dict(self._entries)
