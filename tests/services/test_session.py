"""Idle lock with a PIN (security.md check 10), logout, and the locked state."""

from __future__ import annotations

import pytest

from screening_app.services.accounts import Setup
from screening_app.services.persons import PersonService
from screening_app.services.session import PIN_TRIES
from screening_app.storage.errors import StorageError
from screening_app.storage.records import PersonData
from tests.storage.helpers import ADMIN_PASSWORD


def test_pin_unlock_keeps_the_key_and_three_wrong_pins_drop_it(setup: Setup) -> None:
    session = setup.session
    session.set_pin("2468")
    database = session.database
    key = database._key
    session.lock()
    assert session.is_locked
    assert session.can_use_pin
    with pytest.raises(StorageError) as locked:
        PersonService(session).search_by_name("an")
    assert locked.value.code == "locked"
    session.unlock_with_pin("2468")
    assert not session.is_locked
    session.lock()
    for attempt in range(1, PIN_TRIES + 1):
        with pytest.raises(StorageError) as error:
            session.unlock_with_pin("0000")
        assert error.value.code == ("pin-exhausted" if attempt == PIN_TRIES else "wrong-pin")
    assert key == bytearray(32)  # wiped
    assert not database.is_open
    with pytest.raises(StorageError):
        session.unlock_with_pin("2468")  # the right PIN no longer helps
    session.unlock_with_password(ADMIN_PASSWORD)
    assert not session.is_locked
    actions = [e.action for e in session.database.audit_entries()]
    assert actions.count("lock") == 2
    assert actions.count("unlock-failed") == PIN_TRIES
    assert actions.count("unlock") == 2


def test_lock_without_pin_closes_the_database(setup: Setup) -> None:
    session = setup.session
    database = session.database
    session.lock()
    assert not database.is_open
    assert not session.can_use_pin
    with pytest.raises(StorageError):
        session.unlock_with_pin("1234")
    session.unlock_with_password(ADMIN_PASSWORD)
    PersonService(session).create(PersonData(name="Ida Holm", role="new-mother"))


def test_pin_never_unwraps_the_key(setup: Setup) -> None:
    """The key file has no entry a PIN could open: only users' and the recovery wraps."""
    session = setup.session
    session.set_pin("13579")
    keyfile = session.vault.read_keyfile()
    assert len(keyfile.users) == 1
    recipients = {w.to for record in keyfile.database_keys for w in record.wraps}
    assert recipients == {keyfile.users[0].tag, "recovery"}
    stored = keyfile.model_dump_json(by_alias=True)  # the file's text, or the server's keyring
    assert "13579" not in stored


def test_logout_closes_and_wipes(setup: Setup) -> None:
    session = setup.session
    key = session.database._key
    session.logout()
    assert key == bytearray(32)
    with pytest.raises(StorageError):
        PersonService(session).get(1)


def test_a_wrong_password_while_pin_locked_closes_nothing(setup: Setup) -> None:
    session = setup.session
    session.set_pin("2468")
    database = session.database
    session.lock()
    with pytest.raises(StorageError) as wrong:
        session.unlock_with_password("not the password at all, clearly")
    assert wrong.value.code == "wrong-credentials"
    assert session.is_locked
    assert database.is_open  # the key is still held
    assert session.can_use_pin  # and the PIN still works
    session.unlock_with_pin("2468")
    entries = [(e.action, e.outcome, e.criterion) for e in session.database.audit_entries()]
    assert ("unlock-failed", "refused", "password") in entries
    assert entries[-1] == ("unlock", "ok", "pin")


def test_unlocking_an_open_session_still_checks_the_password(setup: Setup) -> None:
    session = setup.session
    assert not session.is_locked
    with pytest.raises(StorageError) as wrong:
        session.unlock_with_password("not the password at all, clearly")
    assert wrong.value.code == "wrong-credentials"
    session.unlock_with_password(ADMIN_PASSWORD)
    assert not session.is_locked
    assert session.database.audit_entries()[-1].action == "unlock"
