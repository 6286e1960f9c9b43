"""Issue 10 section 1: a nightly backup while TrygStart is open on the workstation, needing no
password, copying the encrypted pages consistently, and verified as far as it can be.

TrygStart "left open" is a separate process (``app_writer``) logged in and writing. The proof
of consistency is threefold: a checkpoint asked for in the middle of the copy is refused
(busy) and the database file stays as it was; without the lock, the same checkpoint changes
the file and the backup's own second reading catches it; and backups taken while the writer
adds persons without pause each open with the key, pass every check, and hold persons
1..k with no gap, k at least every person acknowledged before the backup began.
"""

from __future__ import annotations

import contextlib
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from screening_app.services.accounts import Accounts, Setup
from screening_app.services.restore import restore_backup
from screening_app.storage import snapshot
from screening_app.storage.errors import StorageError
from screening_app.storage.kdf import TEST_PARAMS
from screening_app.storage.manifest import read_manifest
from screening_app.storage.pins import PinHasher
from screening_app.storage.snapshot import unattended_backup
from screening_app.storage.vault import Vault
from tests.storage.helpers import ADMIN, ADMIN_PASSWORD, FakeClock

REPO = Path(__file__).resolve().parents[2]
NOW = "2026-03-02T02:00:00.000000+00:00"


class Writer:
    def __init__(self, data_dir: Path) -> None:
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.storage.app_writer",
                str(data_dir),
                ADMIN,
                ADMIN_PASSWORD,
            ],
            cwd=REPO,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )

    def ask(self, command: str) -> str:
        assert self.process.stdin is not None
        assert self.process.stdout is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        return self.process.stdout.readline().strip()

    def close(self) -> None:
        if self.process.returncode is not None:
            return
        with contextlib.suppress(BrokenPipeError, ValueError):
            self.ask("quit")
        self.process.wait(timeout=30)
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                stream.close()


@pytest.fixture
def writer(setup: Setup, accounts: Accounts) -> Iterator[Writer]:
    setup.session.logout()
    running = Writer(accounts.vault.data_dir)
    try:
        assert running.ask("write 20").startswith("ok ")
        yield running
    finally:
        running.close()


def opened_ids(backup: Path, tmp_path: Path, accounts: Accounts, clock: FakeClock) -> list[int]:
    """Open a copy of the backup with the password: every check passes; the persons' ids."""
    folder = tmp_path / f"open-{backup.name}"
    folder.mkdir()
    for path in backup.iterdir():
        if path.name.startswith("trygstart.db"):
            (folder / path.name).write_bytes(path.read_bytes())
    vault = Vault(folder, clock=clock, kdf_params=TEST_PARAMS)
    vault.throttle.initialise()
    session = Accounts(
        vault, clock=clock, policy=accounts.policy, pins=PinHasher(TEST_PARAMS)
    ).login(ADMIN, ADMIN_PASSWORD)
    try:
        assert session.database.check().ok
        rows = session.database.connection.execute("SELECT id FROM persons ORDER BY id")
        return [int(row[0]) for row in rows]
    finally:
        session.logout()


def test_a_checkpoint_during_the_copy_is_held_off(
    writer: Writer,
    accounts: Accounts,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    clock: FakeClock,
) -> None:
    database = accounts.vault.database_path
    answers = []
    real_copy = snapshot._copy_file

    def copy_then_provoke(source: Path, target: Path) -> tuple[int, str]:
        result = real_copy(source, target)
        if source == database:
            before = database.read_bytes()
            answers.append(writer.ask("write 3"))
            answers.append(writer.ask("checkpoint"))
            answers.append(database.read_bytes() == before)
        return result

    monkeypatch.setattr(snapshot, "_copy_file", copy_then_provoke)
    report = unattended_backup(database, tmp_path / "nightly", NOW)
    assert answers[0].startswith("ok ")
    assert answers[1].startswith("ckpt 1 ")  # busy: the checkpoint could not run
    assert answers[2] is True  # and the database file did not change
    assert writer.ask("checkpoint") == "ckpt 0 0"  # after the backup it runs at once
    ids = opened_ids(report.directory, tmp_path, accounts, clock)
    assert ids == list(range(1, len(ids) + 1))
    assert len(ids) >= 20


def test_without_the_lock_the_second_reading_catches_the_change(
    writer: Writer, accounts: Accounts, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The negative control: the same checkpoint, not held off, moves the file under the copy."""
    database = accounts.vault.database_path
    real_copy = snapshot._copy_file

    def copy_then_checkpoint(source: Path, target: Path) -> tuple[int, str]:
        result = real_copy(source, target)
        if source == database:
            writer.ask("write 3")
            assert writer.ask("checkpoint").startswith("ckpt 0 ")
        return result

    monkeypatch.setattr(snapshot, "checkpoints_held", lambda _db: contextlib.nullcontext())
    monkeypatch.setattr(snapshot, "_copy_file", copy_then_checkpoint)
    with pytest.raises(StorageError) as error:
        unattended_backup(database, tmp_path / "nightly", NOW)
    assert error.value.code == "snapshot-unstable"
    assert not (tmp_path / "nightly").exists()


def test_backups_while_writing_are_each_a_committed_state(
    writer: Writer, accounts: Accounts, tmp_path: Path, clock: FakeClock
) -> None:
    stop = tmp_path / "stop"
    for round_ in range(4):
        acknowledged = int(writer.ask("write 2").split()[1])
        stop.unlink(missing_ok=True)
        assert writer.process.stdin is not None
        writer.process.stdin.write(f"run {stop}\n")
        writer.process.stdin.flush()
        report = unattended_backup(accounts.vault.database_path, tmp_path / f"b{round_}", NOW)
        stop.touch()
        assert writer.process.stdout is not None
        last = int(writer.process.stdout.readline().split()[1])
        ids = opened_ids(report.directory, tmp_path, accounts, clock)
        assert ids == list(range(1, len(ids) + 1))  # no gap: one committed state
        assert acknowledged <= len(ids) <= last
        manifest = read_manifest(report.directory)
        assert manifest is not None
        assert manifest.kind == "unattended"
        assert any("NOT verified without the key" in note for note in manifest.notes)


def test_an_unattended_backup_restores(
    writer: Writer, accounts: Accounts, tmp_path: Path, clock: FakeClock
) -> None:
    report = unattended_backup(accounts.vault.database_path, tmp_path / "nightly", NOW)
    writer.close()
    result = restore_backup(
        accounts, report.directory, clock=clock, username=ADMIN, password=ADMIN_PASSWORD
    )
    assert result.plan.backup_kind == "unattended"
    assert result.plan.backup_made == NOW
    assert result.plan.backup.persons == 20


def test_nothing_is_left_when_the_target_is_refused(
    setup: Setup, accounts: Accounts, tmp_path: Path
) -> None:
    setup.session.logout()
    with pytest.raises(StorageError) as error:
        unattended_backup(accounts.vault.database_path, accounts.vault.data_dir / "b", NOW)
    assert error.value.code == "backup-inside-data"
    with pytest.raises(StorageError) as error:
        unattended_backup(tmp_path / "nowhere" / "trygstart.db", tmp_path / "b", NOW)
    assert error.value.code == "no-database"
    assert not (tmp_path / "b").exists()


def test_locking_the_app_does_not_wait_for_a_running_backup(
    writer: Writer, accounts: Accounts, tmp_path: Path, clock: FakeClock
) -> None:
    """Quick-hide closes the database (without a PIN): its checkpoint must not wait for the
    backup's lock (SQLite would wait the busy timeout, 5 s)."""
    database = accounts.vault.database_path
    with snapshot.checkpoints_held(database):
        started = time.monotonic()
        writer.close()
        took = time.monotonic() - started
    assert took < 2.5
    session = accounts.login(ADMIN, ADMIN_PASSWORD)  # the WAL it left is the database's
    try:
        assert session.database.check().ok
        assert session.database.connection.execute("SELECT count(*) FROM persons").fetchone() == (
            20,
        )
    finally:
        session.logout()
