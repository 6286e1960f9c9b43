"""Use cases for persons: register, correct, find, open the whole history, contacts, and link
the two parents of one child.

Linking (``link_co_parent``) lets each parent's page show that the other exists and when the
other was asked alone (dates only), and prompt when one has been asked and the other not yet;
it never shows one parent's answers, results or notes on the other's page. A person has at most
one linked co-parent. Linking and unlinking are each one audited ``update-person`` entry on the
person whose page it was done from, naming the other by id only (``link-co-parent:<id>``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from screening_app.domain.cpr import CprError, birth_date_of, passes_modulus11
from screening_app.services.session import UserSession
from screening_app.services.validation import (
    cpr_digits,
    cpr_prefix,
    one_of,
    short_text,
)
from screening_app.storage.conflicts import changed_fields
from screening_app.storage.errors import StorageError
from screening_app.storage.interface import Work
from screening_app.storage.persons import name_words
from screening_app.storage.records import (
    CONTACT_SETTINGS,
    PERSON_ROLES,
    Contact,
    Person,
    PersonData,
    PersonHistory,
    PersonLink,
    PersonSummary,
)

CO_PARENT = "co-parent"

MIN_NAME_SEARCH = 2
MAX_RESULTS = 50


def checked_person(data: PersonData) -> PersonData:
    name = short_text(data.name, "name", required=True)
    assert name is not None
    kind = data.child_birth_date_kind
    if data.child_birth_date is not None:
        kind = one_of(kind, ("expected", "actual"), "expected or actual birth date")
    elif kind is not None:
        raise StorageError("invalid", detail="birth date kind without a date")
    return PersonData(
        name=name,
        role=one_of(data.role, PERSON_ROLES, "role"),
        cpr=cpr_digits(data.cpr),
        birth_date=data.birth_date,
        child_birth_date=data.child_birth_date,
        child_birth_date_kind=kind,
        safe_phone=short_text(data.safe_phone, "safe phone"),
        safe_times=short_text(data.safe_times, "safe times"),
        may_leave_messages=data.may_leave_messages,
        may_send_letters_home=data.may_send_letters_home,
    )


class PersonService:
    def __init__(self, session: UserSession) -> None:
        self._session = session

    def create(self, data: PersonData) -> Person:
        checked = checked_person(data)
        with self._session.audited("create-person") as work:
            self._fictitious_only(checked)
            person_id = work.persons.create(checked)
            work.concerns(person_id)
            person = work.persons.get(person_id)
        assert person is not None
        return person

    def update(self, person_id: int, data: PersonData, *, base: Person | None = None) -> Person:
        """Save the corrected person. With ``base`` (the person as the editor opened it) a save
        after someone else's is refused, saying who changed what (``PersonChangedError``)."""
        with self._session.audited("update-person", person_id=person_id) as work:
            _require(work.persons.get(person_id))
            checked = checked_person(data)
            self._fictitious_only(checked)
            work.persons.update(person_id, checked, base=base)
            person = work.persons.get(person_id)
        assert person is not None
        return person

    def _fictitious_only(self, data: PersonData) -> None:
        """Training holds fictitious persons only: a CPR number that passes every check a CPR
        number can be put to is refused there (security.md check 24)."""
        if self._session.training and data.cpr is not None and passes_modulus11(data.cpr):
            raise StorageError("training-cpr")

    def get(self, person_id: int) -> Person:
        with self._session.audited("view-person", person_id=person_id) as work:
            return _require(work.persons.get(person_id))

    def search_by_name(self, text: str, limit: int = MAX_RESULTS) -> list[PersonSummary]:
        """Persons whose name has words starting with each typed word ("met han")."""
        words = name_words(text)
        if sum(len(word) for word in words) < MIN_NAME_SEARCH:
            raise StorageError("invalid", detail="type at least 2 letters of the name")
        criterion = "name:" + " ".join(sorted(words))
        with self._session.audited("search-persons", criterion=criterion) as work:
            return work.persons.search_name(text, min(limit, MAX_RESULTS))

    def search_by_cpr(self, digits: str, limit: int = MAX_RESULTS) -> list[PersonSummary]:
        prefix = cpr_prefix(digits)
        with self._session.audited("search-persons", criterion=f"cpr:{prefix}") as work:
            return work.persons.search_cpr(prefix, min(limit, MAX_RESULTS))

    def search_by_birth_date(self, day: dt.date, limit: int = MAX_RESULTS) -> list[PersonSummary]:
        """Persons born on ``day`` (the recorded birth date, or the date in the CPR number)."""
        criterion = f"birth-date:{day.isoformat()}"
        with self._session.audited("search-persons", criterion=criterion) as work:
            found = work.persons.search_birth_date(day, MAX_RESULTS * 2)
        return [s for s in found if _born_on(s, day)][: min(limit, MAX_RESULTS)]

    def history(self, person_id: int) -> PersonHistory:
        """Everything recorded about one person, oldest first."""
        with self._session.audited("view-person", person_id=person_id) as work:
            person = _require(work.persons.get(person_id))
            return PersonHistory(
                person=person,
                contacts=work.persons.contacts(person_id),
                screenings=work.screenings.for_person(person_id),
                referrals=work.referrals.for_person(person_id),
                documents=work.referrals.documents(person_id),
                tasks=work.followup.tasks(person_id),
                notes=work.followup.notes(person_id),
            )

    def link_co_parent(self, person_id: int, other_id: int) -> PersonLink:
        """Link the two parents of one child (both directions: one link, read from either)."""
        criterion = f"link-co-parent:{other_id}"
        with self._session.audited("update-person", person_id=person_id, criterion=criterion) as w:
            if person_id == other_id:
                raise StorageError("invalid", detail="a person cannot be linked to themself")
            _require(w.persons.get(person_id))
            _require(w.persons.get(other_id))
            if any(link.other_id == other_id for link in w.persons.links(person_id)):
                raise StorageError("invalid", detail="the two are linked already")
            for someone in (person_id, other_id):
                if _co_parents(w, someone):
                    raise StorageError("invalid", detail="already linked to another parent")
            w.persons.link(person_id, other_id, kind=CO_PARENT, created_by=self._session.user.id)
            w.persons.touch(person_id)
            w.persons.touch(other_id)
            return next(link for link in w.persons.links(person_id) if link.other_id == other_id)

    def unlink_co_parent(self, person_id: int, other_id: int) -> None:
        """Remove the link (from either side); the two records are not changed otherwise."""
        criterion = f"unlink-co-parent:{other_id}"
        with self._session.audited("update-person", person_id=person_id, criterion=criterion) as w:
            _require(w.persons.get(person_id))
            if not w.persons.unlink(person_id, other_id):
                raise StorageError("no-such-record")
            w.persons.touch(person_id)

    def add_contact(
        self,
        person_id: int,
        *,
        date: dt.date,
        setting: str,
        weeks_pregnant: int | None = None,
        child_age_weeks: int | None = None,
    ) -> Contact:
        one_of(setting, CONTACT_SETTINGS, "setting")
        if weeks_pregnant is not None and not 0 <= weeks_pregnant <= 45:  # noqa: PLR2004
            raise StorageError("invalid", detail="weeks pregnant (0-45)")
        if child_age_weeks is not None and not 0 <= child_age_weeks <= 520:  # noqa: PLR2004
            raise StorageError("invalid", detail="child's age in weeks (0-520)")
        with self._session.audited("create-contact", person_id=person_id) as work:
            _require(work.persons.get(person_id))
            contact_id = work.persons.add_contact(
                person_id=person_id,
                date=date,
                clinician_id=self._session.user.id,
                setting=setting,
                weeks_pregnant=weeks_pregnant,
                child_age_weeks=child_age_weeks,
            )
            contact = work.persons.contact(contact_id)
        assert contact is not None
        return contact


def _co_parents(work: Work, person_id: int) -> list[PersonLink]:
    return [link for link in work.persons.links(person_id) if link.kind == CO_PARENT]


def _born_on(summary: PersonSummary, day: dt.date) -> bool:
    if summary.birth_date == day:
        return True
    if summary.cpr is None:
        return False
    try:
        return birth_date_of(summary.cpr) == day
    except CprError:
        return False


def _require(person: Person | None) -> Person:
    if person is None:
        raise StorageError("no-such-record")
    return person


def her_changes_over(opened: Person, typed: PersonData, current: Person) -> PersonData:
    """After a refused save: what she changed since she opened the person (``opened`` to
    ``typed``), over the person as someone else saved it meanwhile (``current``), so her next
    save keeps both her corrections and theirs."""
    hers = {name: getattr(typed, name) for name in changed_fields(opened.data, typed)}
    return dataclasses.replace(current.data, **hers)
