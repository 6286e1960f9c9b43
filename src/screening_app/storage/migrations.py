"""Numbered schema migrations, each in one transaction, with a verified copy aside first.

``PRAGMA user_version`` holds the schema version. A database from a newer version is refused
with a clear sentence and never touched (not opened for writing, never downgraded).

Upgrading an existing database (``upgrade_copy`` has the details): a verified encrypted copy is
taken beside it and recorded, then the steps run; the copy is kept until a later run of
TrygStart opens the upgraded database. A step that fails puts the copy back at once and says
so in one sentence (``StorageError("upgrade-failed")``); an upgrade that was killed is put back
at the next start, then run again, and ``Upgrade.message`` says which happened.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from screening_app.storage import upgrade_copy
from screening_app.storage.connection import Connection
from screening_app.storage.errors import StorageError
from screening_app.storage.schema_v1 import SCHEMA_V1
from screening_app.storage.schema_v2 import SCHEMA_V2
from screening_app.storage.schema_v3 import SCHEMA_V3
from screening_app.storage.schema_v4 import SCHEMA_V4, USERS_ROLE_NEW, USERS_ROLE_OLD

Step = Callable[[Connection], None]


def _to_v1(connection: Connection) -> None:
    for statement in _statements(SCHEMA_V1):
        connection.execute(statement)


def _to_v2(connection: Connection) -> None:
    for statement in _statements(SCHEMA_V2):
        connection.execute(statement)


def _to_v3(connection: Connection) -> None:
    for statement in _statements(SCHEMA_V3):
        connection.execute(statement)


def _to_v4(connection: Connection) -> None:
    # Widen the users' role CHECK in place (see schema_v4): the rows all stay valid.
    version = int(connection.execute("PRAGMA schema_version").fetchone()[0])
    connection.execute("PRAGMA writable_schema = ON")
    try:
        changed = connection.execute(
            "UPDATE sqlite_schema SET sql = replace(sql, ?, ?)"
            " WHERE type = 'table' AND name = 'users' AND instr(sql, ?) > 0",
            (USERS_ROLE_OLD, USERS_ROLE_NEW, USERS_ROLE_OLD),
        ).rowcount
        if changed != 1:
            raise RuntimeError("the users table's role constraint is not the one v1 wrote")
        connection.execute(f"PRAGMA schema_version = {version + 1}")
    finally:
        connection.execute("PRAGMA writable_schema = OFF")
    for statement in _statements(SCHEMA_V4):
        connection.execute(statement)


def _statements(script: str) -> list[str]:
    """Split a schema script into statements (triggers keep their inner semicolons)."""
    statements: list[str] = []
    current: list[str] = []
    in_trigger = False
    for line in script.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("--"):
            continue
        current.append(line)
        if stripped.upper().startswith("CREATE TRIGGER"):
            in_trigger = True
        ends = stripped.endswith(";")
        if ends and (not in_trigger or stripped.upper().endswith("END;")):
            statements.append("\n".join(current))
            current = []
            in_trigger = False
    if current:
        statements.append("\n".join(current))
    return statements


# MIGRATIONS[n] takes the schema from version n to n + 1.
MIGRATIONS: tuple[Step, ...] = (_to_v1, _to_v2, _to_v3, _to_v4)
LATEST = len(MIGRATIONS)


def schema_version(connection: Connection) -> int:
    return int(connection.execute("PRAGMA user_version").fetchone()[0])


_NOTICES = {
    "upgraded": (
        (
            "Databasen er opdateret fra skema {found} til {latest}. En kopi af den, som den var, "
            "gemmes ved siden af ({copy}), til TrygStart startes næste gang."
        ),
        (
            "The database was updated from schema {found} to {latest}. A copy of it as it was "
            "is kept beside it ({copy}) until TrygStart is next started."
        ),
    ),
    "resumed": (
        (
            "Den sidste opdatering af databasen blev afbrudt: den er sat tilbage til kopien fra "
            "før opdateringen ({copy}) og derefter opdateret fra skema {found} til {latest}."
        ),
        (
            "The last update of the database was interrupted: it was put back to the copy "
            "taken before the update ({copy}) and then updated from schema {found} to {latest}."
        ),
    ),
}


@dataclass(frozen=True)
class Upgrade:
    """What opening the database did to its schema (only when it did something)."""

    found: int
    latest: int
    copy: str  # the copy's file name beside the database
    resumed: bool  # an interrupted upgrade was put back first

    def message(self, lang: str = "da") -> str:
        danish, english = _NOTICES["resumed" if self.resumed else "upgraded"]
        template = danish if lang == "da" else english
        return template.format(found=self.found, latest=self.latest, copy=self.copy)


def recover_interrupted(path: Path) -> bool:
    """Before the database is opened: if an upgrade was killed, put its copy back.

    Returns True when it did (the next ``migrate`` then runs the upgrade again from the copy
    and says so). Needs no key: the copy is the encrypted file as it was.
    """
    upgrade_copy.clear_leftovers(path)
    record = upgrade_copy.read_record(path)
    if record is not None and record.state == "copying":
        upgrade_copy.forget(path, record)  # killed while copying: the database is untouched
        return False
    if record is None or record.state != "migrating":
        return False
    upgrade_copy.put_back(path, record)
    upgrade_copy.write_record(path, _replace(record, state="interrupted"))
    return True


def migrate(
    connection: Connection, path: Path, steps: tuple[Step, ...] = MIGRATIONS
) -> Upgrade | None:
    """Bring the database at ``path`` to the latest version (``recover_interrupted`` first).

    Returns what was done to an existing database (None: nothing, or a new database). When a
    step fails the connection is closed, the copy put back, and ``StorageError
    ("upgrade-failed")`` raised; a kill leaves the record for the next start to put it back.
    """
    latest = len(steps)
    found = schema_version(connection)
    if found > latest:
        raise StorageError("database-newer", found=found, known=latest)
    record = upgrade_copy.read_record(path)
    if record is not None and found == latest:
        if record.state == "migrating":
            # Killed after the last step committed, before it was recorded: complete.
            record = _replace(record, state="done", run=upgrade_copy.THIS_RUN)
            upgrade_copy.write_record(path, record)
            return Upgrade(record.found, latest, record.copy, resumed=True)
        if record.run != upgrade_copy.THIS_RUN:  # opened again by a later run: all is well
            upgrade_copy.forget(path, record)
        return None
    if found == latest:
        return None
    if found == 0 and _is_empty(connection):  # a new database: nothing to keep
        _run_steps(connection, steps, found)
        return None
    if record is not None and record.state == "migrating":
        raise RuntimeError("recover_interrupted() must run before the database is opened")
    if record is not None and (record.state in ("done", "copying") or record.found != found):
        upgrade_copy.forget(path, record)  # an older upgrade's (e.g. an old backup restored)
        record = None
    resumed = record is not None and record.state == "interrupted"
    if record is None:
        record = upgrade_copy.take_copy(connection, path, found, latest)
    record = _replace(record, state="migrating", latest=latest, run=upgrade_copy.THIS_RUN)
    upgrade_copy.write_record(path, record)
    try:
        _run_steps(connection, steps, found)
    except BaseException as error:
        connection.close()
        upgrade_copy.put_back(path, record)
        upgrade_copy.write_record(path, _replace(record, state="failed"))
        if not isinstance(error, Exception):
            raise
        logging.getLogger(__name__).error("a schema migration step failed", exc_info=error)
        raise StorageError("upgrade-failed", found=found, latest=latest) from None
    upgrade_copy.write_record(path, _replace(record, state="done"))
    return Upgrade(found, latest, record.copy, resumed)


def _replace(record: upgrade_copy.UpgradeRecord, **changes: object) -> upgrade_copy.UpgradeRecord:
    import dataclasses

    return dataclasses.replace(record, **changes)  # type: ignore[arg-type]


def _run_steps(connection: Connection, steps: tuple[Step, ...], found: int) -> None:
    for version in range(found, len(steps)):
        connection.execute("BEGIN IMMEDIATE")
        try:
            steps[version](connection)
            connection.execute(f"PRAGMA user_version = {version + 1}")
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise


def _is_empty(connection: Connection) -> bool:
    return int(connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]) == 0
