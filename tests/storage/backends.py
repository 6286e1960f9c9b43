"""The two storage backends as fixtures: the embedded file and a clinic server.

``pg_cluster`` starts one throwaway PostgreSQL cluster per test session (``tests.pgcluster``)
and provisions TrygStart's schema in it; every test gets a clinic of its own there (its own
login role, its rows kept apart by row-level security). Without PostgreSQL binaries the server
cases are skipped with one line, unless ``TRYGSTART_REQUIRE_POSTGRES=1`` (CI,
``make test-postgres``): then they fail.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest

from screening_app.services.accounts import Accounts, Setup
from screening_app.storage.interface import KeyVault
from screening_app.storage.kdf import TEST_PARAMS
from screening_app.storage.passwords import PasswordPolicy
from screening_app.storage.pins import PinHasher
from screening_app.storage.server.database import ServerDatabase
from screening_app.storage.server.opening import server_vault
from screening_app.storage.server.provision import add_clinic, provision
from screening_app.storage.server.settings import ServerSettings
from screening_app.storage.vault import Vault
from tests.pgcluster import REQUIRE_ENV, Cluster, start_cluster
from tests.storage.helpers import ADMIN, ADMIN_PASSWORD, CLINIC, FakeClock

DATABASE = "trygstart"
BACKENDS = ("file", "server")
_clinics = itertools.count(1)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    try:
        cluster = start_cluster()
    except (RuntimeError, OSError, KeyError) as error:
        reason = f"no PostgreSQL server for the server backend's tests: {error}"
        if os.environ.get(REQUIRE_ENV) == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    try:
        with psycopg.connect(**admin(cluster), autocommit=True) as connection:
            connection.execute(f"CREATE DATABASE {DATABASE}")
        with psycopg.connect(**admin(cluster, DATABASE), autocommit=True) as connection:
            provision(connection)
        yield cluster
    finally:
        cluster.remove()


def admin(cluster: Cluster, dbname: str = "postgres") -> dict[str, Any]:
    return cluster.admin_args(dbname)


def new_clinic(cluster: Cluster, name: str | None = None) -> ServerSettings:
    """A clinic of its own on the server, reached over the Unix socket as its own role."""
    number = next(_clinics)
    role = f"clinic_{os.getpid()}_{number}"
    with psycopg.connect(**admin(cluster, DATABASE), autocommit=True) as connection:
        add_clinic(connection, name or f"clinic {number}", role)
    return ServerSettings(host=cluster.socket_dir, port=cluster.port, database=DATABASE, user=role)


def make_vault(
    kind: str, request: pytest.FixtureRequest, data_dir: Path, clock: FakeClock
) -> KeyVault:
    if kind == "file":
        return Vault(data_dir, clock=clock, kdf_params=TEST_PARAMS)
    cluster: Cluster = request.getfixturevalue("pg_cluster")
    return server_vault(new_clinic(cluster), data_dir, clock=clock, kdf_params=TEST_PARAMS)


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def any_accounts(
    backend: str,
    request: pytest.FixtureRequest,
    data_dir: Path,
    clock: FakeClock,
    policy: PasswordPolicy,
) -> Accounts:
    vault = make_vault(backend, request, data_dir, clock)
    return Accounts(vault, clock=clock, policy=policy, pins=PinHasher(TEST_PARAMS))


@pytest.fixture
def any_setup(any_accounts: Accounts) -> Iterator[Setup]:
    created = any_accounts.setup(
        clinic_name=CLINIC, admin_username=ADMIN, admin_password=ADMIN_PASSWORD
    )
    yield created
    created.session.logout()


def query_one(database: object, sql: str, params: tuple[Any, ...] = ()) -> tuple[Any, ...]:
    """The first row of a query with ``?`` placeholders, on either backend (a test's look)."""
    if isinstance(database, ServerDatabase):
        with database.transaction() as connection:
            row = connection.execute(sql.replace("?", "%s"), params).fetchone()  # type: ignore[arg-type]
    else:
        row = database.connection.execute(sql, params).fetchone()  # type: ignore[attr-defined]
    assert row is not None, sql
    return tuple(row)


def count_rows(database: object, table: str) -> int:
    """How many rows ``table`` holds in an open record, whichever backend holds it."""
    return int(query_one(database, f"SELECT count(*) FROM {table}")[0])


def run_sql(database: object, sql: str, params: tuple[Any, ...] = ()) -> None:
    """One statement with ``?`` placeholders in its own transaction, on either backend."""
    if isinstance(database, ServerDatabase):
        with database.transaction() as connection:
            connection.execute(sql.replace("?", "%s"), params)  # type: ignore[arg-type]
    else:
        with database.transaction() as connection:  # type: ignore[attr-defined]
            connection.execute(sql, params)
