"""Issue 10 section 1: the application's own start (the login) on a damaged database.

The login is the first thing that opens the database. Every copy with one flipped bit must be
refused with the storage's damage sentence (which the login screen shows), before anything is
written into it; never as a wrong password, a read-only folder or a bug.
"""

from __future__ import annotations

import random
import shutil
from collections import Counter
from pathlib import Path

import pytest

import screening_app.storage.vault as vault_module
from screening_app.domain.instrument import Instrument
from screening_app.services.accounts import Accounts, Setup
from screening_app.services.persons import PersonService
from screening_app.services.screenings import ScreeningService
from screening_app.storage.errors import StorageError
from screening_app.storage.kdf import TEST_PARAMS
from screening_app.storage.pins import PinHasher
from screening_app.storage.records import PersonData
from screening_app.storage.vault import DATABASE_NAME, Vault
from tests.storage.helpers import ADMIN, ADMIN_PASSWORD, FakeClock

TRIALS = 20
DAMAGE_CODES = ("database-damaged", "database-corrupt")


def test_every_damaged_copy_is_refused_at_login(
    setup: Setup, instrument: Instrument, accounts: Accounts, tmp_path: Path, clock: FakeClock
) -> None:
    session = setup.session
    persons = PersonService(session)
    screenings = ScreeningService(session, [instrument])
    for n in range(30):
        person = persons.create(PersonData(name=f"Person {n}", role="other"))
        screenings.answer(
            screenings.start(person.id, "test-minimal", "en").screening.id, "q1", "no"
        )
    session.logout()
    source = accounts.vault.data_dir
    original = (source / DATABASE_NAME).read_bytes()
    rng = random.Random(30)
    outcomes = []
    for trial in range(TRIALS):
        copy = tmp_path / f"copy{trial}"
        copy.mkdir()
        shutil.copyfile(source / (DATABASE_NAME + ".keys"), copy / (DATABASE_NAME + ".keys"))
        shutil.copyfile(source / "login-attempts.json", copy / "login-attempts.json")
        damaged = bytearray(original)
        bit = rng.randrange(len(damaged) * 8)
        damaged[bit // 8] ^= 1 << (bit % 8)
        (copy / DATABASE_NAME).write_bytes(bytes(damaged))
        copy_accounts = Accounts(
            Vault(copy, clock=clock, kdf_params=TEST_PARAMS),
            clock=clock,
            policy=accounts.policy,
            pins=PinHasher(TEST_PARAMS),
        )
        try:
            copy_accounts.login(ADMIN, ADMIN_PASSWORD).logout()
            outcomes.append("opened")
        except StorageError as error:
            says_restore = "seneste sikkerhedskopi" in error.message("da")
            outcomes.append(error.code if says_restore else f"{error.code} (no restore advice)")
        if (copy / DATABASE_NAME).read_bytes() != bytes(damaged):
            outcomes.append("written into the damaged file")
    assert dict(Counter(o for o in outcomes if o not in DAMAGE_CODES)) == {}


def test_damage_found_while_working_is_not_called_read_only(
    setup: Setup, accounts: Accounts
) -> None:
    """A page that fails its check after the database was opened (bad disk, a copy tool):
    SQLCipher puts the connection into an error state that reports "readonly"; the sentence
    must name the damage, not the folder."""
    session = setup.session
    persons = PersonService(session)
    for n in range(60):
        persons.create(PersonData(name=f"Person {n} " + "x" * 150, role="other"))
    database = session.database
    database.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path = accounts.vault.database_path
    raw = bytearray(path.read_bytes())
    page = len(raw) // 4096 - 2
    raw[page * 4096 + 200] ^= 0x10
    path.write_bytes(bytes(raw))
    database.connection.execute("PRAGMA cache_size = 0")  # read the damaged page again
    codes = set()
    for _ in range(3):
        try:
            persons.search_by_name("Person")
            persons.create(PersonData(name="One more", role="other"))
        except StorageError as error:
            codes.add(error.code)
    assert codes == {"database-damaged"}


def test_the_pages_are_checked_once_per_start(
    setup: Setup, accounts: Accounts, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first login after the application starts checks every page; an unlock after
    quick-hide (same process, same vault) does not pay for it again."""
    setup.session.logout()
    calls: list[int] = []
    real = vault_module.verify_pages

    def counting(connection: object) -> None:
        calls.append(1)
        real(connection)

    monkeypatch.setattr(vault_module, "verify_pages", counting)
    for _ in range(3):
        accounts.login(ADMIN, ADMIN_PASSWORD).logout()
    assert len(calls) == 1  # the fixture's vault had created, not opened, the database
