"""The keys of the machine settings file and what each may hold."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

MIN_IDLE_MINUTES = 1
MAX_IDLE_MINUTES = 60


def _absolute(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be empty")
    if not Path(value).is_absolute():
        raise ValueError("must be an absolute path (the app does not guess what it is relative to)")
    return value


AbsolutePath = Annotated[str, AfterValidator(_absolute)]


class MachineSettings(BaseModel):
    """Every key is optional: what a machine does not set, the clinic and the user decide."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)

    data_folder: AbsolutePath | None = None
    language: Literal["da", "en"] | None = None
    idle_lock_max_minutes: (
        Annotated[int, Field(ge=MIN_IDLE_MINUTES, le=MAX_IDLE_MINUTES)] | None
    ) = None
    services_file: AbsolutePath | None = None
    backup_folder: AbsolutePath | None = None
    allow_self_complete: bool | None = None
    allow_save_pdf: bool | None = None
    allow_training: bool | None = None
    # A clinic's PostgreSQL server instead of the file in the data folder (one record for
    # several rooms). No password key: the workstation proves itself with a client
    # certificate or Kerberos; over TCP only TLS with the server's certificate verified.
    server_host: str | None = None  # a host name, or the folder of a local Unix socket
    server_port: Annotated[int, Field(ge=1, le=65535)] | None = None
    server_database: str | None = None
    server_role: str | None = None  # the clinic's (or team's) database role
    server_ca_file: AbsolutePath | None = None  # the CA that signed the server's certificate
    server_client_cert: AbsolutePath | None = None
    server_client_key: AbsolutePath | None = None

    @model_validator(mode="before")
    @classmethod
    def _no_password(cls, values: Any) -> Any:
        if isinstance(values, dict):
            for key in values:
                if "password" in str(key).lower() or "passwd" in str(key).lower():
                    raise ValueError(
                        f"{key}: no password in a settings file; the workstation proves itself "
                        "to the server with a client certificate (server_client_cert and "
                        "server_client_key) or Kerberos"
                    )
        return values

    @model_validator(mode="after")
    def _server_complete(self) -> MachineSettings:
        given = [k for k in SERVER_KEYS if getattr(self, k) is not None]
        if not given:
            return self
        missing = [k for k in ("server_host", "server_database", "server_role") if k not in given]
        if missing:
            raise ValueError(f"a server needs {', '.join(missing)} too (given: {', '.join(given)})")
        assert self.server_host is not None
        if not self.server_host.startswith("/") and self.server_ca_file is None:
            raise ValueError(
                "server_ca_file: over the network only TLS with the server's certificate "
                "verified against this CA file is allowed"
            )
        if (self.server_client_cert is None) != (self.server_client_key is None):
            raise ValueError("server_client_cert and server_client_key go together")
        return self

    @property
    def on_server(self) -> bool:
        return self.server_host is not None


KEYS: tuple[str, ...] = tuple(MachineSettings.model_fields)
SERVER_KEYS: tuple[str, ...] = tuple(k for k in KEYS if k.startswith("server_"))
BOOL_KEYS = frozenset(k for k in KEYS if k.startswith("allow_"))
INT_KEYS = frozenset({"idle_lock_max_minutes", "server_port"})
