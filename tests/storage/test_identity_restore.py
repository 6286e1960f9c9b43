"""Issue 10 section 1: each clinic database has an identity; restore says what replaces what
and refuses another clinic's backup unless told so explicitly."""

from __future__ import annotations

from pathlib import Path

import pytest

from screening_app.services.accounts import Accounts, Setup
from screening_app.services.admin import AdminService
from screening_app.services.persons import PersonService
from screening_app.services.restore import restore_backup
from screening_app.storage.errors import StorageError
from screening_app.storage.kdf import TEST_PARAMS
from screening_app.storage.pins import PinHasher
from screening_app.storage.records import PersonData
from screening_app.storage.settings import CLINIC_CREATED, CLINIC_ID
from screening_app.storage.vault import Vault
from tests.storage.helpers import ADMIN, ADMIN_PASSWORD, CLINIC, FakeClock


def other_clinic(tmp_path: Path, clock: FakeClock, accounts: Accounts, name: str) -> Accounts:
    """A second clinic with the same administrator's name and password."""
    other = Accounts(
        Vault(tmp_path / "other", clock=clock, kdf_params=TEST_PARAMS),
        clock=clock,
        policy=accounts.policy,
        pins=PinHasher(TEST_PARAMS),
    )
    other.setup(
        clinic_name=name, admin_username=ADMIN, admin_password=ADMIN_PASSWORD
    ).session.logout()
    return other


def test_a_new_clinic_has_an_identity(setup: Setup, accounts: Accounts, clock: FakeClock) -> None:
    identity = setup.session.database.summary().identity
    assert identity is not None
    assert identity.clinic_id == accounts.vault.read_keyfile().file_id
    assert identity.name == CLINIC
    assert identity.created == clock().isoformat(timespec="microseconds")


def test_an_older_database_gets_its_identity_at_the_first_login_audited(
    setup: Setup, accounts: Accounts
) -> None:
    database = setup.session.database
    with database.transaction() as connection:
        connection.execute("DELETE FROM settings WHERE key IN (?, ?)", (CLINIC_ID, CLINIC_CREATED))
    assert database.summary().identity is None
    setup.session.logout()
    for _ in range(2):
        session = accounts.login(ADMIN, ADMIN_PASSWORD)
        identity = session.database.summary().identity
        entries = session.database.audit_entries()
        session.logout()
    assert identity is not None
    assert identity.clinic_id == accounts.vault.read_keyfile().file_id
    assert identity.created == accounts.vault.read_keyfile().created
    given = [e for e in entries if e.criterion == "clinic-identity"]
    assert [(e.action, e.user) for e in given] == [("settings-change", ADMIN)]


def test_restore_shows_what_replaces_what(
    setup: Setup, accounts: Accounts, tmp_path: Path, clock: FakeClock
) -> None:
    persons = PersonService(setup.session)
    persons.create(PersonData(name="Before Backup", role="other"))
    AdminService(setup.session).backup(tmp_path / "backup")
    clock.advance(hours=2)
    persons.create(PersonData(name="After Backup", role="other"))
    setup.session.logout()
    shown = []
    result = restore_backup(
        accounts,
        tmp_path / "backup",
        clock=clock,
        username=ADMIN,
        password=ADMIN_PASSWORD,
        show=shown.append,
    )
    plan = result.plan
    assert shown == [plan]
    assert plan.current.identity is not None
    assert plan.backup.identity is not None
    assert plan.current.identity.name == plan.backup.identity.name == CLINIC
    assert (plan.current.persons, plan.backup.persons) == (2, 1)
    assert plan.backup_made is not None
    assert plan.backup_made < clock().isoformat()
    assert plan.same_clinic is True
    session = accounts.login(ADMIN, ADMIN_PASSWORD)
    assert [p.name for p in PersonService(session).search_by_name("backup")] == ["Before Backup"]
    restored = [(e.action, e.criterion) for e in session.database.audit_entries()]
    assert ("restore", "same-clinic;verified") in restored
    session.logout()


def test_another_clinics_backup_is_refused_unless_told(
    setup: Setup, accounts: Accounts, tmp_path: Path, clock: FakeClock
) -> None:
    setup.session.logout()
    other = other_clinic(tmp_path, clock, accounts, "Sundhedsplejen Syd")
    session = other.login(ADMIN, ADMIN_PASSWORD)
    AdminService(session).backup(tmp_path / "their-backup")
    session.logout()
    keys_before = accounts.vault.keyfile_path.read_bytes()
    with pytest.raises(StorageError) as error:
        restore_backup(
            accounts,
            tmp_path / "their-backup",
            clock=clock,
            username=ADMIN,
            password=ADMIN_PASSWORD,
        )
    assert error.value.code == "backup-other-clinic"
    assert "Sundhedsplejen Syd" in error.value.message("da")
    assert CLINIC in error.value.message("da")
    assert "--other-clinic" in error.value.message("en")
    assert accounts.vault.keyfile_path.read_bytes() == keys_before
    assert sorted(p.name for p in accounts.vault.data_dir.iterdir() if p.is_dir()) == []
    session = accounts.login(ADMIN, ADMIN_PASSWORD)  # still our own clinic, which noted it
    identity = session.database.summary().identity
    assert identity is not None
    assert identity.name == CLINIC
    last = session.database.audit_entries()[-2]
    assert (last.action, last.outcome, last.criterion) == (
        "restore",
        "refused",
        "replaced-by-backup",
    )
    session.logout()
    result = restore_backup(
        accounts,
        tmp_path / "their-backup",
        clock=clock,
        username=ADMIN,
        password=ADMIN_PASSWORD,
        other_clinic=True,
    )
    assert result.plan.same_clinic is False
    session = accounts.login(ADMIN, ADMIN_PASSWORD)
    identity = session.database.summary().identity
    assert identity is not None
    assert identity.name == "Sundhedsplejen Syd"
    session.logout()


def test_a_dry_run_changes_nothing(
    setup: Setup, accounts: Accounts, tmp_path: Path, clock: FakeClock
) -> None:
    AdminService(setup.session).backup(tmp_path / "backup")
    setup.session.logout()

    def files() -> dict[str, bytes]:
        data = accounts.vault.data_dir
        return {p.name: p.read_bytes() for p in data.iterdir() if p.name.startswith("trygstart.db")}

    before = files()
    result = restore_backup(
        accounts,
        tmp_path / "backup",
        clock=clock,
        username=ADMIN,
        password=ADMIN_PASSWORD,
        dry_run=True,
    )
    assert result.moved is None
    after = files()
    assert after.keys() == before.keys()
    assert after["trygstart.db.keys"] == before["trygstart.db.keys"]
    assert sorted(p.name for p in accounts.vault.data_dir.iterdir() if p.is_dir()) == []


def test_restore_into_an_empty_folder_and_over_a_damaged_database(
    setup: Setup, accounts: Accounts, tmp_path: Path, clock: FakeClock
) -> None:
    AdminService(setup.session).backup(tmp_path / "backup")
    setup.session.logout()
    database = accounts.vault.database_path
    raw = bytearray(database.read_bytes())
    raw[-100] ^= 1
    database.write_bytes(bytes(raw))
    result = restore_backup(
        accounts, tmp_path / "backup", clock=clock, username=ADMIN, password=ADMIN_PASSWORD
    )
    assert result.plan.current.state == "damaged"
    assert result.moved is not None
    assert (result.moved / "trygstart.db").read_bytes() == bytes(raw)
    fresh = Accounts(
        Vault(tmp_path / "new-machine", clock=clock, kdf_params=TEST_PARAMS),
        clock=clock,
        policy=accounts.policy,
        pins=PinHasher(TEST_PARAMS),
    )
    result = restore_backup(
        fresh, tmp_path / "backup", clock=clock, username=ADMIN, password=ADMIN_PASSWORD
    )
    assert result.plan.current.state == "none"
    assert result.moved is None
    fresh.login(ADMIN, ADMIN_PASSWORD).logout()


def test_restore_is_refused_while_the_database_is_open(
    setup: Setup, accounts: Accounts, tmp_path: Path, clock: FakeClock
) -> None:
    AdminService(setup.session).backup(tmp_path / "backup")  # TrygStart stays open
    keys = accounts.vault.keyfile_path.read_bytes()
    with pytest.raises(StorageError) as error:
        restore_backup(
            accounts, tmp_path / "backup", clock=clock, username=ADMIN, password=ADMIN_PASSWORD
        )
    assert error.value.code == "in-use"
    assert accounts.vault.keyfile_path.read_bytes() == keys
    assert sorted(p.name for p in accounts.vault.data_dir.iterdir() if p.is_dir()) == []


def test_only_an_administrator_may_restore(
    setup: Setup, accounts: Accounts, tmp_path: Path, clock: FakeClock
) -> None:
    AdminService(setup.session).add_user("bo", "en helt anden lang adgangskode")
    AdminService(setup.session).backup(tmp_path / "backup")
    setup.session.logout()
    with pytest.raises(StorageError) as error:
        restore_backup(
            accounts,
            tmp_path / "backup",
            clock=clock,
            username="bo",
            password="en helt anden lang adgangskode",
        )
    assert error.value.code == "not-permitted"


def test_the_manifest_catches_a_damaged_backup_before_any_key(
    setup: Setup, accounts: Accounts, tmp_path: Path, clock: FakeClock
) -> None:
    AdminService(setup.session).backup(tmp_path / "backup")
    setup.session.logout()
    database = tmp_path / "backup" / "trygstart.db"
    raw = bytearray(database.read_bytes())
    raw[len(raw) // 2] ^= 0x20
    database.write_bytes(bytes(raw))
    with pytest.raises(StorageError) as error:  # even a wrong password: no key was needed
        restore_backup(
            accounts, tmp_path / "backup", clock=clock, username=ADMIN, password="wrong " * 4
        )
    assert error.value.code == "backup-invalid"
    assert accounts.vault.throttle.failures(accounts.vault.tag_of(ADMIN)) == 0  # no guess used


def test_a_backup_from_before_manifests_restores(
    setup: Setup, accounts: Accounts, tmp_path: Path, clock: FakeClock
) -> None:
    AdminService(setup.session).backup(tmp_path / "backup")
    setup.session.logout()
    (tmp_path / "backup" / "trygstart-backup.json").unlink()
    result = restore_backup(
        accounts, tmp_path / "backup", clock=clock, username=ADMIN, password=ADMIN_PASSWORD
    )
    assert (result.plan.backup_made, result.plan.backup_kind) == (None, None)
    assert result.plan.same_clinic is True
