"""Numbered schema migrations: each in one transaction; the file is copied aside first.

``PRAGMA user_version`` holds the schema version. A database from a newer version is refused
with a clear sentence and left untouched. Before the first migration step on an existing
database, the database (checkpointed, so the copy is complete) is copied beside it as
``<name>.before-v<N>`` (still encrypted with the same key).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from screening_app.storage.atomic import copy_durably
from screening_app.storage.connection import Connection
from screening_app.storage.errors import StorageError, error_from_os
from screening_app.storage.schema_v1 import SCHEMA_V1
from screening_app.storage.schema_v2 import SCHEMA_V2
from screening_app.storage.schema_v3 import SCHEMA_V3

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
MIGRATIONS: tuple[Step, ...] = (_to_v1, _to_v2, _to_v3)
LATEST = len(MIGRATIONS)


def schema_version(connection: Connection) -> int:
    return int(connection.execute("PRAGMA user_version").fetchone()[0])


def migrate(connection: Connection, path: Path, steps: tuple[Step, ...] = MIGRATIONS) -> int | None:
    """Bring the database to the latest version; returns the version it had (None if new)."""
    latest = len(steps)
    found = schema_version(connection)
    if found > latest:
        raise StorageError("database-newer", found=found, known=latest)
    if found == latest:
        return found
    is_new = found == 0 and _is_empty(connection)
    if not is_new:
        _copy_aside(connection, path, found)
    for version in range(found, latest):
        connection.execute("BEGIN IMMEDIATE")
        try:
            steps[version](connection)
            connection.execute(f"PRAGMA user_version = {version + 1}")
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
    return None if is_new else found


def _is_empty(connection: Connection) -> bool:
    return int(connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]) == 0


def _copy_aside(connection: Connection, path: Path, version: int) -> None:
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    target = path.with_name(f"{path.name}.before-v{version + 1}")
    suffix = 1
    while target.exists():
        suffix += 1
        target = path.with_name(f"{path.name}.before-v{version + 1}.{suffix}")
    try:
        copy_durably(path, target)
    except OSError as error:
        raise error_from_os(error, str(path.parent)) from None
