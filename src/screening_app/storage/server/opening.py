"""The server's vault for this workstation, from the machine's settings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import psycopg

from screening_app.storage.interface import KeyVault, Store
from screening_app.storage.kdf import DEFAULT_PARAMS, Argon2Params
from screening_app.storage.server.database import ServerDatabase
from screening_app.storage.server.settings import ServerSettings
from screening_app.storage.server.sql import Conn
from screening_app.storage.server.vault import ServerVault
from screening_app.storage.vault import UtcClock


def connector(settings: ServerSettings) -> Callable[[], Conn]:
    """Connections with these settings (checked first: TLS with verification over TCP)."""
    args = settings.checked().connection_args()

    def connect() -> Conn:
        # Autocommit: every unit of work is its own explicit transaction (conn.transaction()).
        return psycopg.connect(**args, autocommit=True)  # type: ignore[arg-type]

    return connect


def server_vault(
    settings: ServerSettings,
    data_dir: Path,
    *,
    clock: UtcClock,
    kdf_params: Argon2Params = DEFAULT_PARAMS,
) -> KeyVault:
    place = settings.host if settings.over_socket else f"{settings.host}:{settings.port}"
    return ServerVault(
        connector(settings),
        data_dir,
        clock=clock,
        place=f"{place}/{settings.database}",
        kdf_params=kdf_params,
    )


def as_store(database: ServerDatabase) -> Store:
    return database
