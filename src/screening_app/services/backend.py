"""Which storage this workstation uses, as the machine settings say: the encrypted file in the
data folder (the default) or the clinic's PostgreSQL server (``server_*`` keys). The
application, the command line and the self-test all open their vault here, so a workstation
set up for a server never opens a file by mistake, and the other way round."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from screening_app.machine.model import MachineSettings
from screening_app.storage.interface import KeyVault
from screening_app.storage.kdf import DEFAULT_PARAMS, Argon2Params

DEFAULT_PORT = 5432


def server_settings(machine: MachineSettings) -> Any:
    """The ``storage.server.settings.ServerSettings`` the machine names (None: the file)."""
    if not machine.on_server:
        return None
    from screening_app.storage.server.settings import ServerSettings

    return ServerSettings(  # complete: MachineSettings checked that host, database, role are set
        host=machine.server_host or "",
        port=machine.server_port or DEFAULT_PORT,
        database=machine.server_database or "",
        user=machine.server_role or "",
        sslrootcert=_path(machine.server_ca_file),
        sslcert=_path(machine.server_client_cert),
        sslkey=_path(machine.server_client_key),
    )


def _path(value: str | None) -> Path | None:
    return None if value is None else Path(value)


def open_vault(
    data_dir: Path,
    machine: MachineSettings | None,
    *,
    clock: Callable[[], Any],
    kdf_params: Argon2Params = DEFAULT_PARAMS,
) -> KeyVault:
    """The file's vault in ``data_dir``, or the server's when the machine names one (the data
    folder then keeps only this workstation's login counters and logs)."""
    settings = None if machine is None else server_settings(machine)
    if settings is None:
        from screening_app.storage.vault import Vault

        return Vault(data_dir, clock=clock, kdf_params=kdf_params)
    from screening_app.storage.server.opening import server_vault

    return server_vault(settings, data_dir, clock=clock, kdf_params=kdf_params)
