"""Schema versions: upgrade from every frozen database, refuse newer ones, copy aside first."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from screening_app.storage.connection import Connection, open_connection
from screening_app.storage.errors import StorageError
from screening_app.storage.kdf import TEST_PARAMS
from screening_app.storage.migrations import LATEST, MIGRATIONS, migrate, schema_version
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


@pytest.mark.parametrize("version", VERSIONS)
def test_upgrade_from_frozen(version: str, tmp_path: Path) -> None:
    vault = _copy(version, tmp_path / "data")
    database = vault.unlock(FROZEN_USER, FROZEN_PASSWORD)
    connection = database.connection
    assert schema_version(connection) == LATEST
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
    assert [n.text for n in notes] == ["Frozen note."]
    database.close()


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


def test_a_new_step_copies_the_file_aside_first(tmp_path: Path) -> None:
    vault = _copy(VERSIONS[-1], tmp_path / "data")
    key = _key(vault)
    connection = open_connection(vault.database_path, key)
    assert migrate(connection, vault.database_path, (*MIGRATIONS, _add_column)) == LATEST
    assert schema_version(connection) == LATEST + 1
    connection.close()
    aside = vault.database_path.with_name(f"trygstart.db.before-v{LATEST + 1}")
    old = open_connection(aside, key)
    assert schema_version(old) == LATEST
    assert old.execute("SELECT count(*) FROM persons").fetchone()[0] == 1
    old.close()


def test_a_failing_step_rolls_back_whole(tmp_path: Path) -> None:
    vault = _copy(VERSIONS[-1], tmp_path / "data")
    key = _key(vault)
    connection = open_connection(vault.database_path, key)
    with pytest.raises(RuntimeError, match="halfway"):
        migrate(connection, vault.database_path, (*MIGRATIONS, _half_then_fail))
    assert schema_version(connection) == LATEST
    columns = [row[1] for row in connection.execute("PRAGMA table_info(notes)")]
    assert "mood" not in columns
    connection.close()


def test_the_schema_holds_exactly_the_pathways_reasons_for_not_asking() -> None:
    from screening_app.domain.pathway import NOT_ASKED_REASONS
    from screening_app.storage.schema_v1 import SCHEMA_V1

    clause = SCHEMA_V1.split("not_asked_reason IN (", 1)[1].split(")", 1)[0]
    assert tuple(part.strip().strip("'") for part in clause.split(",")) == NOT_ASKED_REASONS
