"""Make the frozen server dump for the current server schema (run once per new version).

    .venv/bin/python -m tests.storage.frozen.make_frozen_server

Starts a throwaway cluster (``tests.pgcluster``), provisions TrygStart there with one clinic
role (``frozen_clinic``), writes the same records as ``make_frozen`` through the use cases, and
writes ``tests/storage/frozen/server-v<N>/trygstart.sql``: a plain ``pg_dump`` of the
``trygstart`` schema (tables, rows, row-level security, privileges, owners). The roles are the
cluster's, not the dump's: the test creates them before it restores. Never regenerate an
existing version: its bytes are the point.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import tempfile
from pathlib import Path

import psycopg

from screening_app.services.accounts import Accounts
from screening_app.storage.kdf import TEST_PARAMS
from screening_app.storage.passwords import PasswordPolicy
from screening_app.storage.pins import PinHasher
from screening_app.storage.server.opening import server_vault
from screening_app.storage.server.provision import add_clinic, provision
from screening_app.storage.server.schema import LATEST
from screening_app.storage.server.settings import ServerSettings
from tests.pgcluster import Cluster, start_cluster
from tests.storage.frozen.make_frozen import FROZEN_PASSWORD, FROZEN_USER, HERE, write_records

FROZEN_ROLE = "frozen_clinic"
FROZEN_DATABASE = "trygstart"
DUMP = "trygstart.sql"


def dump_schema(cluster: Cluster, database: str) -> bytes:
    """The ``trygstart`` schema of ``database`` as plain SQL (as the cluster's superuser)."""
    return subprocess.run(
        [str(cluster.bin / "pg_dump"), "--schema=trygstart", "--no-comments",
         "-h", cluster.socket_dir, "-p", str(cluster.port), "-U", "postgres", database],
        capture_output=True, check=True, timeout=120,
    ).stdout  # fmt: skip


def main() -> int:
    target = HERE / f"server-v{LATEST}"
    if (target / DUMP).exists():
        print(f"{target} exists; frozen dumps are never regenerated", file=sys.stderr)
        return 1
    cluster = start_cluster()
    try:
        admin = cluster.admin_args()
        with psycopg.connect(**admin, autocommit=True) as connection:  # type: ignore[arg-type]
            connection.execute(f"CREATE DATABASE {FROZEN_DATABASE}")
        admin = cluster.admin_args(FROZEN_DATABASE)
        with psycopg.connect(**admin, autocommit=True) as connection:  # type: ignore[arg-type]
            provision(connection)
            add_clinic(connection, "Frozen Clinic", FROZEN_ROLE)
        settings = ServerSettings(
            host=cluster.socket_dir, port=cluster.port, database=FROZEN_DATABASE, user=FROZEN_ROLE
        )
        moments = iter(
            dt.datetime(2026, 1, 5, 10, 0, tzinfo=dt.UTC) + dt.timedelta(minutes=n)
            for n in range(10_000)
        )
        clock = lambda: next(moments)  # noqa: E731
        policy = PasswordPolicy(HERE / "empty-blocklist.txt.gz")
        with tempfile.TemporaryDirectory() as workstation:
            vault = server_vault(settings, Path(workstation), clock=clock, kdf_params=TEST_PARAMS)
            accounts = Accounts(vault, clock=clock, policy=policy, pins=PinHasher(TEST_PARAMS))
            setup = accounts.setup(
                clinic_name="Frozen Clinic",
                admin_username=FROZEN_USER,
                admin_password=FROZEN_PASSWORD,
            )
            write_records(setup.session, 4)
        target.mkdir(parents=True)
        (target / DUMP).write_bytes(dump_schema(cluster, FROZEN_DATABASE))
    finally:
        cluster.remove()
    print(f"wrote {target / DUMP}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
