"""Schema versions: upgrade every frozen database with a verified copy aside; a failed step puts
the copy back; a newer database is refused untouched."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from screening_app.storage import migrations, upgrade_copy
from screening_app.storage.connection import Connection, open_connection
from screening_app.storage.errors import StorageError
from screening_app.storage.interface import Store
from screening_app.storage.kdf import TEST_PARAMS
from screening_app.storage.migrations import LATEST, MIGRATIONS, Upgrade, migrate, schema_version
from screening_app.storage.upgrade_copy import record_path
from screening_app.storage.vault import Vault
from tests.storage.frozen.make_frozen import FROZEN_PASSWORD, FROZEN_USER
from tests.storage.helpers import FakeClock

FROZEN = Path(__file__).resolve().parent / "frozen"
VERSIONS = sorted(p.name for p in FROZEN.glob("v*") if (p / "trygstart.db").exists())


def _copy(version: str, target: Path) -> Vault:
    shutil.copytree(FROZEN / version, target)
    vault = Vault(target, clock=FakeClock(), kdf_params=TEST_PARAMS)
    vault.throttle.initialise()  # an installed copy has its login counters beside it
    return vault


def test_there_is_a_frozen_database_for_every_version() -> None:
    assert [f"v{n}" for n in range(1, LATEST + 1)] == VERSIONS


def check_frozen_records(database: Store, latest: int = LATEST) -> None:
    """Every record make_frozen.py wrote is there, as it was written (the file's frozen
    databases and the server's frozen dumps), and the audit chain is whole."""
    assert database.schema_version() == latest
    report = database.check()
    assert report.ok, report
    with database.audited(FROZEN_USER, "view-person", person_id=1) as work:
        person = work.persons.get(1)
        screenings = work.screenings.for_person(1)
        referrals = work.referrals.for_person(1)
        notes = work.followup.notes(1)
    assert person is not None
    assert person.data.name == "Frida Frost"
    assert person.data.cpr == "0202901234"
    assert person.data.may_send_letters_home is False
    assert [(s.gate, s.status) for s in screenings] == [
        ("asked", "finalised"),
        ("not-asked", "finalised"),
        ("asked", "draft"),
    ]
    finalised = screenings[0]
    assert finalised.result is not None
    assert finalised.result["band"] == {"id": "high", "colour": "yellow"}
    assert {k: a.value for k, a in finalised.answers.items()} == {"q1": "yes", "q2": "no"}
    assert screenings[1].not_asked_reason == "partner-present"
    assert screenings[2].answers["q1"].value == "no"
    assert referrals[0].scope == frozenset({"contact-details"})
    assert referrals[0].service_id == "lev-uden-vold"
    assert [n.text for n in notes] == ["Frozen note."]


@pytest.mark.parametrize("version", VERSIONS)
def test_upgrade_from_frozen(version: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    vault = _copy(version, tmp_path / "data")
    original = vault.database_path.read_bytes()
    database = vault.unlock(FROZEN_USER, FROZEN_PASSWORD)
    check_frozen_records(database)
    found = int(version[1:])
    upgrade = vault.last_upgrade
    database.close()
    if found == LATEST:
        assert upgrade is None
        assert not list(vault.data_dir.glob("*.before-*"))
        return
    assert upgrade == Upgrade(found, LATEST, f"trygstart.db.before-v{found + 1}", resumed=False)
    assert upgrade.message("en") == (
        f"The database was updated from schema {found} to {LATEST}. A copy of it as it was is "
        f"kept beside it (trygstart.db.before-v{found + 1}) until TrygStart is next started."
    )
    assert upgrade.message("da").startswith(f"Databasen er opdateret fra skema {found} til")
    # The copy is the file as it was, byte for byte, and private.
    copy = vault.data_dir / upgrade.copy
    assert copy.read_bytes() == original
    assert copy.stat().st_mode & 0o777 == 0o600
    # The same run opening it again keeps the copy; the next run removes it and its record.
    vault.unlock(FROZEN_USER, FROZEN_PASSWORD).close()
    assert copy.exists()
    assert vault.last_upgrade is None
    _next_run(monkeypatch)
    database = vault.unlock(FROZEN_USER, FROZEN_PASSWORD)
    check_frozen_records(database)
    database.close()
    assert not copy.exists()
    assert not record_path(vault.database_path).exists()


def _next_run(monkeypatch: pytest.MonkeyPatch) -> None:
    """As if TrygStart had been started again (a new process)."""
    monkeypatch.setattr(upgrade_copy, "THIS_RUN", upgrade_copy.secrets.token_hex(8))


def test_newer_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    vault = _copy(VERSIONS[-1], tmp_path / "data")
    database = vault.unlock(FROZEN_USER, FROZEN_PASSWORD)
    database.connection.execute(f"PRAGMA user_version = {LATEST + 1}")
    database.close()
    before = vault.database_path.read_bytes()
    with pytest.raises(StorageError) as error:
        vault.unlock(FROZEN_USER, FROZEN_PASSWORD)
    assert error.value.code == "database-newer"
    assert f"schema {LATEST + 1}" in error.value.message("en")
    assert vault.database_path.read_bytes() == before
    assert not list(vault.data_dir.glob("*.before-*"))
    assert not record_path(vault.database_path).exists()


def _key(vault: Vault) -> bytearray:
    database = vault.unlock(FROZEN_USER, FROZEN_PASSWORD)
    key = database.key_copy()
    database.close()
    return key


def _add_column(connection: Connection) -> None:
    connection.execute("ALTER TABLE notes ADD COLUMN mood TEXT")


def _half_then_fail(connection: Connection) -> None:
    connection.execute("ALTER TABLE notes ADD COLUMN mood TEXT")
    raise RuntimeError("step failed halfway")


def _open(vault: Vault, key: bytearray) -> Connection:
    migrations.recover_interrupted(vault.database_path)
    return open_connection(vault.database_path, key)


def test_a_new_step_copies_the_file_aside_first(tmp_path: Path) -> None:
    vault = _copy(VERSIONS[-1], tmp_path / "data")
    key = _key(vault)
    connection = _open(vault, key)
    upgrade = migrate(connection, vault.database_path, (*MIGRATIONS, _add_column))
    assert upgrade is not None
    assert (upgrade.found, upgrade.latest, upgrade.resumed) == (LATEST, LATEST + 1, False)
    assert schema_version(connection) == LATEST + 1
    connection.close()
    aside = vault.database_path.with_name(f"trygstart.db.before-v{LATEST + 1}")
    old = open_connection(aside, key)
    assert schema_version(old) == LATEST
    assert old.execute("SELECT count(*) FROM persons").fetchone()[0] == 1
    old.close()


def test_a_failing_step_puts_the_copy_back_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault = _copy(VERSIONS[0], tmp_path / "data")
    before = vault.database_path.read_bytes()
    key = _key_without_migrating(vault)
    connection = _open(vault, key)
    steps = (*MIGRATIONS, _half_then_fail)
    with pytest.raises(StorageError) as raised:
        migrate(connection, vault.database_path, steps)
    assert raised.value.code == "upgrade-failed"
    assert raised.value.message("en") == (
        f"The database could not be updated from schema 1 to {LATEST + 1}: it was put back as "
        "it was, and nothing is lost. Contact IT support."
    )
    # Steps 1..LATEST had committed before the last one failed: all of it is undone.
    assert vault.database_path.read_bytes() == before
    assert not vault.database_path.with_name("trygstart.db-wal").exists()
    # Fixed, the next start upgrades from the same verified copy.
    _next_run(monkeypatch)
    connection = _open(vault, key)
    upgrade = migrate(connection, vault.database_path, (*MIGRATIONS, _add_column))
    connection.close()
    assert upgrade is not None
    assert (upgrade.found, upgrade.latest, upgrade.copy) == (
        1,
        LATEST + 1,
        "trygstart.db.before-v2",
    )
    assert len(list(vault.data_dir.glob("*.before-*"))) == 1


def test_the_app_says_when_the_upgrade_failed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault = _copy(VERSIONS[0], tmp_path / "data")
    before = vault.database_path.read_bytes()
    monkeypatch.setattr(migrations.migrate, "__defaults__", ((*MIGRATIONS, _half_then_fail),))
    with pytest.raises(StorageError, match="could not be updated"):
        vault.unlock(FROZEN_USER, FROZEN_PASSWORD)
    assert vault.database_path.read_bytes() == before
    # The instance lock was released: the next attempt (fixed program) opens it.
    monkeypatch.undo()
    database = vault.unlock(FROZEN_USER, FROZEN_PASSWORD)
    check_frozen_records(database)
    database.close()


def test_a_damaged_copy_is_never_put_back(tmp_path: Path) -> None:
    vault = _copy(VERSIONS[0], tmp_path / "data")
    key = _key_without_migrating(vault)
    connection = _open(vault, key)
    record = upgrade_copy.take_copy(connection, vault.database_path, 1, LATEST)
    upgrade_copy.write_record(vault.database_path, record)
    connection.close()
    copy = vault.data_dir / record.copy
    data = bytearray(copy.read_bytes())
    data[5000] ^= 1
    copy.write_bytes(bytes(data))
    current = vault.database_path.read_bytes()
    with pytest.raises(StorageError) as raised:
        vault.unlock(FROZEN_USER, FROZEN_PASSWORD)
    assert raised.value.code == "upgrade-copy-damaged"
    assert vault.database_path.read_bytes() == current


def test_a_kill_while_copying_leaves_nothing_behind(tmp_path: Path) -> None:
    vault = _copy(VERSIONS[0], tmp_path / "data")
    partial = vault.data_dir / "trygstart.db.before-v2"
    partial.write_bytes(b"half a copy")
    record = upgrade_copy.UpgradeRecord("copying", 1, LATEST, partial.name, "", "gone")
    upgrade_copy.write_record(vault.database_path, record)
    database = vault.unlock(FROZEN_USER, FROZEN_PASSWORD)
    check_frozen_records(database)
    database.close()
    assert vault.last_upgrade == Upgrade(1, LATEST, "trygstart.db.before-v2", resumed=False)
    assert (vault.data_dir / "trygstart.db.before-v2").read_bytes() != b"half a copy"


def test_a_damaged_upgrade_record_is_one_sentence(tmp_path: Path) -> None:
    vault = _copy(VERSIONS[0], tmp_path / "data")
    record_path(vault.database_path).write_text('{"state": "oops"}')
    with pytest.raises(StorageError) as raised:
        vault.unlock(FROZEN_USER, FROZEN_PASSWORD)
    assert raised.value.code == "upgrade-record-damaged"


def _key_without_migrating(vault: Vault) -> bytearray:
    """The frozen database's key, read from its key file (opening it would upgrade it)."""
    from screening_app.storage import keyring, wrapping

    keyfile = vault.read_keyfile()
    tag = wrapping.user_tag(keyfile.tag_salt, FROZEN_USER)
    user = keyfile.user(tag)
    assert user is not None
    private = wrapping.open_private_key(
        user.kdf, user.private_key, FROZEN_PASSWORD, keyring.user_aad(keyfile, tag)
    )
    (record,) = keyfile.database_keys
    wrap = next(w for w in record.wraps if w.to == tag)
    return wrapping.unwrap_database_key(wrap, private, keyring.key_aad(keyfile, record.generation))


def test_the_schema_holds_exactly_the_pathways_reasons_for_not_asking() -> None:
    from screening_app.domain.pathway import NOT_ASKED_REASONS
    from screening_app.storage.schema_v1 import SCHEMA_V1

    clause = SCHEMA_V1.split("not_asked_reason IN (", 1)[1].split(")", 1)[0]
    assert tuple(part.strip().strip("'") for part in clause.split(",")) == NOT_ASKED_REASONS


def test_v3_to_v4_widens_the_role_check_and_adds_the_tables(tmp_path: Path) -> None:
    """The v4 step edits the users table's CHECK in place: the rows and the foreign keys that
    point at users stay, 'leader' is accepted, anything else is still refused."""
    vault = _copy("v3", tmp_path / "data")
    database = vault.unlock(FROZEN_USER, FROZEN_PASSWORD)
    connection = database.connection
    assert schema_version(connection) == LATEST
    assert database.check().ok
    connection.execute(
        "INSERT INTO users (username, display_name, role, created_at)"
        " VALUES ('lea', 'Lea', 'leader', '2026-01-01T00:00:00+00:00')"
    )
    with pytest.raises(Exception, match="CHECK"):
        connection.execute(
            "INSERT INTO users (username, display_name, role, created_at)"
            " VALUES ('eve', 'Eve', 'owner', '2026-01-01T00:00:00+00:00')"
        )
    tables = {
        row[0] for row in connection.execute("SELECT name FROM sqlite_schema WHERE type='table'")
    }
    assert {"data_requests", "audit_exports", "spot_checks", "spot_check_items"} <= tables
    assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    database.close()


def test_the_v4_step_refuses_a_users_table_it_does_not_know(tmp_path: Path) -> None:
    vault = _copy("v3", tmp_path / "data")
    database = vault.unlock(FROZEN_USER, FROZEN_PASSWORD)
    connection = database.connection
    connection.execute("BEGIN IMMEDIATE")
    try:
        connection.execute("PRAGMA writable_schema = ON")
        connection.execute(
            "UPDATE sqlite_schema SET sql = replace(sql, 'trainer', 'coach') WHERE name = 'users'"
        )
        connection.execute("PRAGMA writable_schema = OFF")
        with pytest.raises(RuntimeError, match="role constraint"):
            MIGRATIONS[3](connection)
    finally:
        connection.execute("ROLLBACK")
    database.close()
