"""The training database: its own encrypted database in its own folder, never the clinic's.

Where: ``--training-dir DIR``, else a folder beside the clinic's data folder with ``-training``
after its name (``~/.local/share/TrygStart-training`` beside ``~/.local/share/TrygStart``). A
training folder inside or around the clinic's data folder is refused, and so is a folder that
holds a clinic database (its key file is not marked as training). The clinic's code refuses a
training database the other way round (``Vault`` with the key file's mark, ``Accounts.login``
with the database's): training and clinic never open each other's data.

What protects what:

- The training database is a SQLCipher database like the clinic's (the same schema, pinned
  settings, ``temp_store=MEMORY``, ``secure_delete``), so nothing in the folder is legible: not
  the fictitious persons, the answers, the runs, nor anything a trainee typed by mistake.
- Its key is a random 256-bit key, wrapped in the key file (marked ``purpose: training``) for
  one internal user whose password is a random 256-bit secret kept in ``training.secret`` in
  the same folder (0600 in a 0700 folder). Training has no account to derive a key from: the
  trainee gives only a name or a course code. A random 256-bit secret needs no stretching, so
  the user's key-file entry uses light Argon2id parameters (``TRAINING_PARAMS``) and training
  starts fast.
- So a search of the disk, an indexer, a copy of the database (with or without its key file)
  and the clinic's code read nothing; anyone who can read the user's training folder itself,
  secret included, can open it. That is what "no account" means, and it is acceptable only
  because the data are fictitious: a session on this database refuses a valid-looking CPR
  number (``PersonService``), and the cases hold none.
- "Nulstil øvelse" (``reset``) deletes the database, its key file and the secret together:
  a copy of the database made before opens nothing afterwards.
- The file of runs a laptop exports for the trainer is sealed under a passphrase
  (``storage.training_export``); the course report is written only where the trainer saves it.

Quick-hide and the idle lock work as in the clinic: locking closes the database (there is no
PIN); the lock screen opens it again when the trainee types the name they started with.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import secrets
from collections.abc import Callable
from pathlib import Path

from screening_app.services.clinic_settings import CLINIC_ADDRESS
from screening_app.services.session import UserSession
from screening_app.storage.atomic import write_atomically
from screening_app.storage.database import Database
from screening_app.storage.errors import StorageError, error_from_os
from screening_app.storage.kdf import Argon2Params
from screening_app.storage.passwords import PasswordPolicy
from screening_app.storage.pins import PinHasher
from screening_app.storage.private import database_files, private_folder
from screening_app.storage.records import User
from screening_app.storage.settings import (
    CLINIC_CREATED,
    CLINIC_ID,
    CLINIC_NAME,
    DEFAULT_RETENTION_YEARS,
    RETENTION_YEARS,
)
from screening_app.storage.training_runs import PURPOSE_KEY, TRAINING, prepare_training
from screening_app.storage.vault import Vault

SECRET_FILE = "training.secret"  # noqa: S105 - a file name, not a password
USERNAME = "ovelse"
DISPLAY_NAME = "Øvelse"
# The OWASP minimum for Argon2id: the password is a random 256-bit secret (see the docstring).
TRAINING_PARAMS = Argon2Params(memory_kib=19_456, iterations=2, parallelism=1)
# The training clinic's letterhead (letters and notifications need one; every page carries the
# training watermark too).
CLINIC = "Øvelsesklinikken (fiktiv)"
ADDRESS = "Kun til øvelse\nIngen rigtig adresse"
UtcClock = Callable[[], dt.datetime]


def _overlaps(one: Path, other: Path) -> bool:
    a, b = one.resolve(), other.resolve()
    return a == b or a in b.parents or b in a.parents


class TrainingStore:
    """The training folder: opened (made on first use), and wiped by "Nulstil øvelse"."""

    def __init__(
        self,
        folder: Path,
        *,
        clinic_dir: Path | None,
        clock: UtcClock,
        kdf_params: Argon2Params = TRAINING_PARAMS,
    ) -> None:
        self.folder = folder
        self.clinic_dir = clinic_dir
        self.clock = clock
        self.vault = Vault(folder, clock=clock, kdf_params=kdf_params, training=True)
        self.secret_path = folder / SECRET_FILE

    def exists(self) -> bool:
        return self.vault.exists()

    def check_folder(self) -> None:
        """Refuse a folder inside or around the clinic's, or one holding a clinic database."""
        if self.clinic_dir is not None and _overlaps(self.folder, self.clinic_dir):
            raise StorageError("training-folder", place=str(self.clinic_dir))
        if self.vault.exists() or self.vault.keyfile_path.exists():
            self.vault.read_keyfile()  # "clinic-database" unless it is marked as training

    # ------------------------------------------------------------------ open
    def open(self) -> UserSession:
        """The training session (the database made on first use)."""
        self.check_folder()
        if not self.vault.exists():
            return self._create()
        database = self.vault.unlock(USERNAME, self._secret())
        try:
            user = self._begin(database)
        except BaseException:
            database.close()
            raise
        return self._session(database, user)

    def reopen(self, session: UserSession) -> None:
        """Open the database again after a lock (which closed it)."""
        session.unlock_with_password(self._secret())

    def _secret(self) -> str:
        try:
            return self.secret_path.read_text(encoding="ascii").strip()
        except FileNotFoundError:
            raise StorageError("keyfile-missing") from None
        except (OSError, UnicodeDecodeError) as error:
            if isinstance(error, OSError):
                raise error_from_os(error, str(self.folder)) from None
            raise StorageError("keyfile-corrupt") from None

    def _create(self) -> UserSession:
        if self.vault.keyfile_path.exists() or self.secret_path.exists():
            raise StorageError("keyfile-corrupt")
        private_folder(self.folder)
        secret = secrets.token_urlsafe(32)
        try:
            write_atomically(self.secret_path, secret.encode("ascii"))
        except OSError as error:
            raise error_from_os(error, str(self.folder)) from None
        try:
            created = self.vault.create(USERNAME, secret)  # its recovery key is not kept
        except BaseException:
            self.secret_path.unlink(missing_ok=True)
            raise
        database = created.database
        try:
            file_id = self.vault.read_keyfile().file_id
            with database.audited(USERNAME, "user-admin", criterion="init") as work:
                work.settings.set(PURPOSE_KEY, TRAINING)
                work.settings.set(CLINIC_NAME, CLINIC)
                work.settings.set(CLINIC_ID, file_id)
                work.settings.set(CLINIC_CREATED, self.vault.now_text())
                work.settings.set(RETENTION_YEARS, str(DEFAULT_RETENTION_YEARS))
                work.settings.set(CLINIC_ADDRESS, ADDRESS)
                work.users.add(USERNAME, DISPLAY_NAME, "", "clinician")
            user = self._begin(database)
        except BaseException:
            database.close()
            raise
        return self._session(database, user)

    def _begin(self, database: Database) -> User:
        purpose = database.setting(PURPOSE_KEY)
        if purpose not in (None, TRAINING):
            raise StorageError("clinic-database")
        with database.transaction() as connection:
            prepare_training(connection)
        user = database.user_named(USERNAME)
        if user is None:
            raise StorageError("keyfile-corrupt")
        database.record_event(USERNAME, "login")
        return user

    def _session(self, database: Database, user: User) -> UserSession:
        return UserSession(
            self.vault,
            database,
            user,
            clock=self.clock,
            policy=PasswordPolicy(),
            pins=PinHasher(),
            training=True,
        )

    # ------------------------------------------------------------------ reset
    def reset(self, session: UserSession | None = None) -> None:
        """Wipe the training data in one step: the session is closed, then the database, its
        key file, the secret, the login counters, the lock and the log go; an empty folder
        goes too. Files that are not ours stay."""
        if session is not None:
            session.logout()
        if self.clinic_dir is not None and _overlaps(self.folder, self.clinic_dir):
            raise StorageError("training-folder", place=str(self.clinic_dir))
        if self.vault.keyfile_path.exists():
            self.vault.read_keyfile()  # never wipe a clinic's folder
        ours = [
            self.secret_path,  # first: without it nothing left can be opened
            self.vault.keyfile_path,
            *database_files(self.vault.database_path),
            *self.vault.throttle.files(),
            self.vault.lock_path,
        ]
        try:
            for path in ours:
                path.unlink(missing_ok=True)
            logs = self.folder / "logs"
            if logs.is_dir():
                for log in logs.iterdir():
                    if log.is_file():
                        log.unlink()
                logs.rmdir()
        except OSError as error:
            raise error_from_os(error, str(self.folder)) from None
        with contextlib.suppress(OSError):
            self.folder.rmdir()  # only when nothing else is in it
