"""Frozen server dumps: every released server schema, restored and upgraded by today's code,
still holds every record as it was written (the file's frozen databases do the same for the
file: ``test_migrations``).

The server's schema shares its numbered steps with the file's; the server was first released at
schema 4, so its frozen dumps start there (``server-v4``). A new step adds a dump of its own
(``make_frozen_server``), and every older dump must then upgrade to it.
"""

from __future__ import annotations

import itertools
import os
import subprocess
from pathlib import Path

import psycopg
import pytest
from psycopg import sql

from screening_app.services.accounts import Accounts
from screening_app.storage.interface import Store
from screening_app.storage.kdf import TEST_PARAMS
from screening_app.storage.passwords import PasswordPolicy
from screening_app.storage.pins import PinHasher
from screening_app.storage.server.opening import server_vault
from screening_app.storage.server.provision import provision
from screening_app.storage.server.schema import APP, LATEST
from screening_app.storage.server.settings import ServerSettings
from tests.pgcluster import Cluster
from tests.storage.frozen.make_frozen import FROZEN_PASSWORD, FROZEN_USER
from tests.storage.frozen.make_frozen_server import DUMP, FROZEN_ROLE
from tests.storage.helpers import FakeClock
from tests.storage.test_migrations import check_frozen_records

FROZEN = Path(__file__).resolve().parent / "frozen"
FIRST_SERVER_VERSION = 4
VERSIONS = sorted(p.name for p in FROZEN.glob("server-v*") if (p / DUMP).exists())
_databases = itertools.count(1)


def test_there_is_a_frozen_dump_for_every_server_version() -> None:
    expected = [f"server-v{n}" for n in range(FIRST_SERVER_VERSION, LATEST + 1)]
    assert expected == VERSIONS


def _restore(cluster: Cluster, version: str) -> str:
    """A new database holding the frozen dump (the roles made first: they are the cluster's)."""
    database = f"frozen_{version.replace('-', '_')}_{os.getpid()}_{next(_databases)}"
    with psycopg.connect(**cluster.admin_args(), autocommit=True) as connection:  # type: ignore[arg-type]
        connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(database)))
        exists = connection.execute(
            "SELECT 1 FROM pg_roles WHERE rolname = %s", (FROZEN_ROLE,)
        ).fetchone()
        if exists is None:
            connection.execute(
                sql.SQL("CREATE ROLE {} LOGIN IN ROLE {}").format(
                    sql.Identifier(FROZEN_ROLE), sql.Identifier(APP)
                )
            )
    subprocess.run(
        [str(cluster.bin / "psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1",
         "-h", cluster.socket_dir, "-p", str(cluster.port), "-U", "postgres",
         "-d", database, "-f", str(FROZEN / version / DUMP)],
        capture_output=True, check=True, timeout=120,
    )  # fmt: skip
    return database


def _check_records(database: Store) -> None:
    """The file's frozen records check, and the blind index still finds her by CPR number."""
    check_frozen_records(database, LATEST)
    with database.audited(FROZEN_USER, "search-persons") as work:
        found = work.persons.search_cpr("0202901234", 10)
    assert [s.id for s in found] == [1]


@pytest.mark.parametrize("version", VERSIONS)
def test_upgrade_from_a_frozen_dump(
    pg_cluster: Cluster, version: str, tmp_path: Path, policy: PasswordPolicy
) -> None:
    database = _restore(pg_cluster, version)
    admin = pg_cluster.admin_args(database)
    with psycopg.connect(**admin, autocommit=True) as connection:  # type: ignore[arg-type]
        found, now = provision(connection)  # the administrators' upgrade: the numbered steps
    assert (found, now) == (int(version.removeprefix("server-v")), LATEST)
    settings = ServerSettings(
        host=pg_cluster.socket_dir, port=pg_cluster.port, database=database, user=FROZEN_ROLE
    )
    clock = FakeClock()
    vault = server_vault(settings, tmp_path, clock=clock, kdf_params=TEST_PARAMS)
    accounts = Accounts(vault, clock=clock, policy=policy, pins=PinHasher(TEST_PARAMS))
    session = accounts.login(FROZEN_USER, FROZEN_PASSWORD)
    try:
        _check_records(session.database)
    finally:
        session.logout()
    leader = accounts.login("frozen-leader", FROZEN_PASSWORD)
    assert leader.user.role == "leader"
    leader.logout()
