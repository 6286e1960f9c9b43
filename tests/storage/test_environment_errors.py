"""Issue 3 section 6: full disk, read-only folder, second instance: one sentence, nothing lost.

Root ignores folder permissions (and tests run as root in CI), so the operating system's
answers are injected where a real read-only or full file system cannot be made: the sentence
and the absence of damage are what is checked.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from screening_app.domain.instrument import Instrument
from screening_app.services.accounts import Accounts, Setup
from screening_app.services.persons import PersonService
from screening_app.services.screenings import ScreeningService
from screening_app.storage import atomic
from screening_app.storage.errors import StorageError
from screening_app.storage.lockfile import InstanceLock
from screening_app.storage.records import PersonData
from screening_app.storage.vault import Vault
from tests.storage.helpers import ADMIN, ADMIN_PASSWORD


def _failing_write(code: int) -> object:
    def write(_fd: int, _data: object) -> int:
        raise OSError(code, os.strerror(code))

    return write


@pytest.mark.parametrize(
    ("code", "sentence"),
    [
        (errno.ENOSPC, "The disk is full: nothing was saved."),
        (errno.EROFS, "the folder is read-only"),
        (errno.EACCES, "the folder is read-only"),
    ],
)
def test_key_file_and_counter_writes_fail_cleanly(  # noqa: PLR0917
    setup: Setup,
    accounts: Accounts,
    vault: Vault,
    monkeypatch: pytest.MonkeyPatch,
    code: int,
    sentence: str,
) -> None:
    setup.session.logout()
    keyfile = vault.keyfile_path.read_bytes()
    database = vault.database_path.read_bytes()
    monkeypatch.setattr(atomic.os, "write", _failing_write(code))
    with pytest.raises(StorageError) as error:
        accounts.login(ADMIN, ADMIN_PASSWORD)
    assert sentence in error.value.message("en")
    assert vault.keyfile_path.read_bytes() == keyfile
    assert vault.database_path.read_bytes() == database
    assert [p.name for p in vault.data_dir.iterdir() if p.name.endswith(".tmp")] == []
    monkeypatch.undo()
    accounts.login(ADMIN, ADMIN_PASSWORD).logout()


def test_password_change_on_a_full_disk_keeps_the_old_password(
    setup: Setup, accounts: Accounts, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = setup.session
    real_replace = Path.replace

    def full(self: Path, target: str | os.PathLike[str]) -> Path:
        if str(target).endswith(".keys"):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_replace(self, target)

    monkeypatch.setattr(Path, "replace", full)
    with pytest.raises(StorageError) as error:
        session.change_password(ADMIN_PASSWORD, "a new and rather long passphrase")
    assert error.value.code == "disk-full"
    monkeypatch.undo()
    session.logout()
    accounts.login(ADMIN, ADMIN_PASSWORD).logout()


def test_read_only_database_refuses_the_answer_and_keeps_the_draft(
    setup: Setup, instrument: Instrument
) -> None:
    session = setup.session
    person = PersonService(session).create(PersonData(name="Read Only", role="other"))
    screenings = ScreeningService(session, [instrument])
    draft = screenings.start(person.id, "test-minimal", "da")
    screenings.answer(draft.screening.id, "q1", "no")
    session.database.connection.execute("PRAGMA query_only = ON")
    with pytest.raises(StorageError) as error:
        screenings.answer(draft.screening.id, "age", 30)
    assert error.value.code == "read-only"
    session.database.connection.execute("PRAGMA query_only = OFF")
    assert screenings.open(draft.screening.id).session.answers == {"q1": "no"}


def test_second_instance_gets_a_sentence(setup: Setup, accounts: Accounts) -> None:
    # The first session still holds the database open.
    with pytest.raises(StorageError) as error:
        accounts.login(ADMIN, ADMIN_PASSWORD)
    assert error.value.code == "in-use"
    assert "already open" in error.value.message("en")


def test_the_lock_is_released_when_the_holder_ends(tmp_path: Path) -> None:
    lock = InstanceLock(tmp_path / "x.lock")
    lock.acquire()
    with pytest.raises(StorageError):
        InstanceLock(tmp_path / "x.lock").acquire()
    lock.release()
    InstanceLock(tmp_path / "x.lock").acquire()


def test_init_on_a_full_disk_leaves_no_half_made_database(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(atomic.os, "write", _failing_write(errno.ENOSPC))
    with pytest.raises(StorageError) as error:
        vault.create(ADMIN, ADMIN_PASSWORD)
    assert error.value.code == "disk-full"
    assert not vault.exists()
    monkeypatch.undo()
    vault.create(ADMIN, ADMIN_PASSWORD).database.close()
