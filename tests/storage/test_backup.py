"""security.md check 9: an encrypted backup, restored row for row; a clear one is refused."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import screening_app.storage.backup as backup_module
from screening_app.domain.instrument import Instrument
from screening_app.services.accounts import Accounts, Setup
from screening_app.services.admin import AdminService
from screening_app.services.persons import PersonService
from screening_app.services.restore import restore_backup
from screening_app.services.screenings import ScreeningService
from screening_app.storage.backup import row_counts
from screening_app.storage.errors import StorageError
from screening_app.storage.records import PersonData
from tests.storage.helpers import ADMIN, ADMIN_PASSWORD, FakeClock

CANARY = "Backupcanary Quetzal"


def _rows(setup_session_db: object) -> dict[str, list[tuple[object, ...]]]:
    connection = setup_session_db.connection  # type: ignore[attr-defined]
    tables = row_counts(connection)
    rows = {
        table: connection.execute(f'SELECT * FROM "{table}" ORDER BY 1').fetchall()
        for table in tables
        if table != "audit"
    }
    rows["settings"] = [row for row in rows["settings"] if row[0] != "audit_head"]
    return rows


def test_backup_then_restore_gives_identical_records(
    setup: Setup, accounts: Accounts, instrument: Instrument, tmp_path: Path, clock: FakeClock
) -> None:
    session = setup.session
    person = PersonService(session).create(PersonData(name=CANARY, role="new-mother"))
    screenings = ScreeningService(session, [instrument])
    draft = screenings.start(person.id, "test-minimal", "en")
    screenings.answer(draft.screening.id, "q1", "yes")
    before = _rows(session.database)
    audit_before = session.database.audit_entries()
    out = tmp_path / "backup"
    report = AdminService(session).backup(out)
    assert report.rows["persons"] == 1
    for path in out.iterdir():
        data = path.read_bytes()
        assert CANARY.encode() not in data
        assert not data.startswith(b"SQLite format 3")
    # Changes after the backup are gone after the restore (the old files are kept aside).
    PersonService(session).create(PersonData(name="After Backup", role="other"))
    session.logout()
    clock.advance(minutes=1)
    moved = restore_backup(
        accounts, out, clock=clock, username=ADMIN, password=ADMIN_PASSWORD
    ).moved
    assert moved is not None
    assert (moved / "trygstart.db").exists()
    restored = accounts.login(ADMIN, ADMIN_PASSWORD)
    assert _rows(restored.database) == before
    entries = restored.database.audit_entries()
    assert entries[: len(audit_before)] == audit_before
    assert "restore" in [e.action for e in entries]
    assert restored.database.verify_audit().intact
    restored.logout()


def test_unencrypted_backup_is_refused_and_removed(
    setup: Setup, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backup_module, "key_literal", lambda _key: "''")  # a bug: no key
    out = tmp_path / "backup"
    with pytest.raises(StorageError) as error:
        AdminService(setup.session).backup(out)
    assert error.value.code == "backup-unencrypted"
    assert not out.exists()  # nothing left behind, not even the folder
    assert setup.session.database.audit_entries()[-1].outcome == "refused"


def test_backup_never_overwrites(setup: Setup, tmp_path: Path) -> None:
    out = tmp_path / "backup"
    out.mkdir()
    (out / "keep.txt").write_text("mine")
    with pytest.raises(StorageError) as error:
        AdminService(setup.session).backup(out)
    assert error.value.code == "backup-target-exists"
    assert (out / "keep.txt").read_text() == "mine"


def test_restore_with_wrong_password_puts_the_old_files_back(
    setup: Setup, accounts: Accounts, tmp_path: Path, clock: FakeClock
) -> None:
    out = tmp_path / "backup"
    AdminService(setup.session).backup(out)
    PersonService(setup.session).create(PersonData(name="Only In Current", role="other"))
    setup.session.logout()
    current = accounts.vault.database_path.read_bytes()
    with pytest.raises(StorageError):
        restore_backup(accounts, out, clock=clock, username=ADMIN, password="wrong " * 4)
    assert accounts.vault.database_path.read_bytes() == current
    clock.advance(seconds=5)
    session = accounts.login(ADMIN, ADMIN_PASSWORD)
    assert [p.name for p in PersonService(session).search_by_name("only")] == ["Only In Current"]
    session.logout()


def test_restore_of_a_damaged_backup_is_refused(
    setup: Setup, accounts: Accounts, tmp_path: Path
) -> None:
    out = tmp_path / "backup"
    AdminService(setup.session).backup(out)
    setup.session.logout()
    (out / "trygstart.db").write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    with pytest.raises(StorageError) as error:
        restore_backup(
            accounts,
            out,
            clock=FakeClock(dt.datetime(2026, 1, 1, tzinfo=dt.UTC)),
            username=ADMIN,
            password=ADMIN_PASSWORD,
        )
    assert error.value.code == "backup-invalid"
