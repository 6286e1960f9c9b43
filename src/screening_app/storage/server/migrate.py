"""Bringing the server's schema to this version's, one numbered step per transaction.

Run by the server's administrators (``screening-app server migrate`` connects as the schema's
owner role); the app's own role can only read the version and refuses a schema that is not its
own (``StorageError("server-schema")``), so workstations never change the schema under others.
"""

from __future__ import annotations

from screening_app.storage.errors import StorageError
from screening_app.storage.server.schema import APP, OWNER, SCHEMA_NAME, STEPS
from screening_app.storage.server.sql import Conn

VERSION_TABLE = f"""
CREATE TABLE IF NOT EXISTS {SCHEMA_NAME}.schema_version (version integer NOT NULL);
GRANT SELECT ON {SCHEMA_NAME}.schema_version TO {APP};
"""


def version_of(connection: Conn) -> int:
    row = connection.execute(f"SELECT version FROM {SCHEMA_NAME}.schema_version").fetchone()
    return 0 if row is None else int(row[0])


def migrate(connection: Conn, steps: tuple[str, ...] = STEPS) -> tuple[int, int]:
    """Run the steps this schema has not had, as the owner; returns (found, now)."""
    with connection.transaction():
        connection.execute(f"SET LOCAL ROLE {OWNER}")
        connection.execute(VERSION_TABLE)
        found = version_of(connection)
    if found > len(steps):
        raise StorageError("server-schema", found=found, known=len(steps))
    for version in range(found, len(steps)):
        with connection.transaction():
            connection.execute(f"SET LOCAL ROLE {OWNER}")
            connection.execute(f"SET LOCAL search_path = {SCHEMA_NAME}")
            connection.execute(steps[version].encode("utf-8"))
            connection.execute("DELETE FROM schema_version")
            connection.execute("INSERT INTO schema_version (version) VALUES (%s)", (version + 1,))
    return found, len(steps)
