"""Issue 10 section 2: a password of spaces alone, control characters in names, a NUL in a
note: each refused with its own sentence (never "too long", never an internal error)."""

from __future__ import annotations

from pathlib import Path

import pytest

from screening_app.services.accounts import Accounts, Setup, check_username
from screening_app.services.admin import AdminService
from screening_app.services.followup import FollowUpService
from screening_app.services.persons import PersonService
from screening_app.storage.errors import StorageError
from screening_app.storage.passwords import PasswordPolicy
from screening_app.storage.records import PersonData
from tests.storage.helpers import ADMIN, ADMIN_PASSWORD, CLINIC

GOOD = "en helt anden lang adgangskode"


@pytest.mark.parametrize(
    "password", [" " * 20, " " * 256, "\u00a0" * 16, "\u3000" * 15, " \t " * 6]
)
def test_a_password_of_spaces_alone_is_refused(policy: PasswordPolicy, password: str) -> None:
    with pytest.raises(StorageError) as error:
        policy.check(password)
    assert error.value.code == "password-blank"
    assert error.value.message("da") == "Adgangskoden må ikke bestå af mellemrum alene."


def test_spaces_inside_a_password_are_fine(policy: PasswordPolicy) -> None:
    policy.check("   kaffe   og   kage   ")


@pytest.mark.parametrize(
    "name",
    ["bo\x00", "bo\x1b[31m", "b\u202eo", "bo\x7f", "\ud800bo", "b\u2028o", "bo\u2066"],
)
def test_control_characters_in_a_user_name_are_refused(name: str) -> None:
    with pytest.raises(StorageError) as error:
        check_username(name)
    assert error.value.code == "control-character"
    assert error.value.message("da").startswith("Brugernavnet indeholder et tegn")
    assert error.value.message("en").startswith("The user name contains a character")


@pytest.mark.parametrize("display", ["Bo\x07", "Bo\u202eSundhed", "Bo\nSundhed"])
def test_control_characters_in_a_display_name_are_refused(setup: Setup, display: str) -> None:
    with pytest.raises(StorageError) as error:
        AdminService(setup.session).add_user("bo", GOOD, display_name=display)
    assert error.value.code == "control-character"
    assert "Visningsnavnet" in error.value.message("da")
    assert AdminService(setup.session).users()[-1].username == ADMIN  # nobody added


def test_control_characters_at_setup_are_refused(accounts: Accounts) -> None:
    for kwargs in (
        {"clinic_name": "Klinik\x00Nord"},
        {"clinic_name": CLINIC, "admin_display_name": "Anna\x1b"},
    ):
        with pytest.raises(StorageError) as error:
            accounts.setup(admin_username=ADMIN, admin_password=ADMIN_PASSWORD, **kwargs)
        assert error.value.code == "control-character"
    assert not accounts.vault.exists()


def test_a_nul_in_a_note_has_its_own_sentence(setup: Setup) -> None:
    person = PersonService(setup.session).create(PersonData(name="Note Person", role="other"))
    followup = FollowUpService(setup.session)
    with pytest.raises(StorageError) as error:
        followup.add_note(person.id, "ringede\x00tilbage")
    assert error.value.code == "control-character"
    assert error.value.message("da") == (
        "Notatet indeholder et tegn, der ikke kan gemmes (et styretegn); fjern det, og prøv igen."
    )
    note = followup.add_note(person.id, "linje et\nlinje to\tmed tabulator")
    assert note.text == "linje et\nlinje to\tmed tabulator"  # ordinary line breaks are fine


def test_a_nul_in_a_persons_name_has_its_own_sentence(setup: Setup, tmp_path: Path) -> None:
    with pytest.raises(StorageError) as error:
        PersonService(setup.session).create(PersonData(name="Mette\x00", role="other"))
    assert error.value.code == "control-character"
    assert error.value.message("en").startswith("The name contains a character")
