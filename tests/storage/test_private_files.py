"""Issue 10 section 1: every file TrygStart makes is private, whatever the umask.

Database, WAL, SHM, key file, lock and login counters 0600, the data folder 0700, a backup's
folder 0700 and its files 0600: under umask 000, and for a folder IT made with wider modes
(tightened when the database is opened).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from screening_app.services.accounts import Accounts
from screening_app.services.admin import AdminService
from screening_app.services.persons import PersonService
from screening_app.storage.errors import StorageError
from screening_app.storage.records import PersonData
from tests.storage.helpers import ADMIN, ADMIN_PASSWORD, CLINIC

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


@pytest.fixture
def open_umask() -> Iterator[None]:
    previous = os.umask(0)
    try:
        yield
    finally:
        os.umask(previous)


def modes(folder: Path) -> dict[str, str]:
    """Every entry below ``folder`` (and the folder itself) with its permission bits."""
    found = {".": oct(stat.S_IMODE(folder.stat().st_mode))}
    for path in sorted(folder.rglob("*")):
        found[str(path.relative_to(folder))] = oct(stat.S_IMODE(path.stat().st_mode))
    return found


def not_private(folder: Path) -> dict[str, str]:
    return {
        name: mode
        for name, mode in modes(folder).items()
        if int(mode, 8) & 0o077 or (name == "." and int(mode, 8) != 0o700)
    }


def test_everything_is_private_under_umask_000(
    open_umask: None, accounts: Accounts, tmp_path: Path
) -> None:
    setup = accounts.setup(clinic_name=CLINIC, admin_username=ADMIN, admin_password=ADMIN_PASSWORD)
    session = setup.session
    PersonService(session).create(PersonData(name="Privat Person", role="other"))
    data = accounts.vault.data_dir
    names = {p.name for p in data.iterdir()}
    assert {"trygstart.db", "trygstart.db-wal", "trygstart.db-shm", "trygstart.db.keys"} <= names
    assert not_private(data) == {}
    (tmp_path / "backups").mkdir()
    backup = tmp_path / "backups" / "nightly"
    AdminService(session).backup(backup)
    assert not_private(backup) == {}
    session.logout()
    with pytest.raises(StorageError):
        accounts.login(ADMIN, "a wrong password entirely")  # the login counters' file
    assert "login-attempts.json" in {p.name for p in data.iterdir()}
    assert not_private(data) == {}


def test_a_folder_made_wide_by_it_is_tightened_when_opened(
    accounts: Accounts, tmp_path: Path
) -> None:
    setup = accounts.setup(clinic_name=CLINIC, admin_username=ADMIN, admin_password=ADMIN_PASSWORD)
    setup.session.logout()
    data = accounts.vault.data_dir
    data.chmod(0o777)
    for path in data.iterdir():
        path.chmod(0o666)
    session = accounts.login(ADMIN, ADMIN_PASSWORD)
    try:
        assert not_private(data) == {}
    finally:
        session.logout()
    assert not_private(data) == {}
