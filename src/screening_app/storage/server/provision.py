"""What the server's administrators set up once: roles, the schema, and each clinic's role.

- ``trygstart_owner`` (no login) owns the schema and runs its migrations.
- ``trygstart_app`` (no login) holds the app's privileges: read and write the clinic tables,
  insert into the audit trail (UPDATE, DELETE and TRUNCATE revoked there).
- one login role per clinic or team, a member of ``trygstart_app``, mapped to its clinic in
  ``clinic_members``: row-level security shows each role its own clinic's rows only. How the
  role authenticates (client certificate, Kerberos) is the server's ``pg_hba.conf``.

``python -m screening_app.storage.server.provision`` runs these with the administrator's own
connection (libpq's environment: ``PGHOST``, ``PGUSER``...; never a password in a file of ours).
"""

from __future__ import annotations

import argparse
import re

from psycopg import sql

from screening_app.storage.server.migrate import migrate
from screening_app.storage.server.schema import APP, OWNER, SCHEMA_NAME
from screening_app.storage.server.sql import Conn

ROLE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def _role_exists(connection: Conn, role: str) -> bool:
    return (
        connection.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone()
        is not None
    )


def provision(connection: Conn) -> tuple[int, int]:
    """Roles and schema (idempotent), then the schema's migrations; returns (found, now)."""
    with connection.transaction():
        for role in (OWNER, APP):
            if not _role_exists(connection, role):
                connection.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(role)))
        connection.execute(
            sql.SQL("CREATE SCHEMA IF NOT EXISTS {} AUTHORIZATION {}").format(
                sql.Identifier(SCHEMA_NAME), sql.Identifier(OWNER)
            )
        )
        connection.execute(
            sql.SQL("REVOKE ALL ON SCHEMA {} FROM PUBLIC").format(sql.Identifier(SCHEMA_NAME))
        )
    return migrate(connection)


def add_clinic(connection: Conn, clinic: str, role: str) -> None:
    """A login role for one clinic (or team) whose rows only it sees."""
    if not ROLE_NAME.match(role) or not clinic.strip():
        raise ValueError("a role name is lower-case letters, digits and _; a clinic has a name")
    with connection.transaction():
        if not _role_exists(connection, role):
            connection.execute(
                sql.SQL("CREATE ROLE {} LOGIN IN ROLE {}").format(
                    sql.Identifier(role), sql.Identifier(APP)
                )
            )
        connection.execute(
            f"INSERT INTO {SCHEMA_NAME}.clinic_members (role_name, clinic) VALUES (%s, %s)"
            " ON CONFLICT (role_name) DO UPDATE SET clinic = excluded.clinic",
            (role, clinic),
        )


def main(argv: list[str] | None = None) -> int:
    import psycopg

    parser = argparse.ArgumentParser(description="Set up TrygStart's schema on a server.")
    parser.add_argument("--clinic", help="a clinic (or team) to add, with --role")
    parser.add_argument("--role", help="the clinic's login role")
    arguments = parser.parse_args(argv)
    with psycopg.connect(autocommit=True) as connection:
        found, now = provision(connection)
        print(f"schema {SCHEMA_NAME}: version {found} -> {now}")  # noqa: T201
        if arguments.clinic and arguments.role:
            add_clinic(connection, arguments.clinic, arguments.role)
            print(f"role {arguments.role} sees clinic {arguments.clinic!r}")  # noqa: T201
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
