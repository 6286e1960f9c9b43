"""How this workstation reaches the clinic's PostgreSQL server, and the rules for it.

Every TCP connection uses TLS with full verification of the server's certificate
(``sslmode=verify-full`` against the CA file IT names): anything weaker is refused here, before
a connection is tried. A Unix socket (the server on the same machine) needs no TLS. There is no
password setting: the workstation authenticates with a client certificate (``sslcert`` and
``sslkey``, kept by IT with the machine's own credentials) or with Kerberos (GSSAPI); a password
written into the settings is refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from screening_app.storage.errors import StorageError

SCHEMA = "trygstart"
CONNECT_TIMEOUT_SECONDS = 5
VERIFIED = "verify-full"


@dataclass(frozen=True)
class ServerSettings:
    host: str  # a host name, or the folder of the server's Unix socket (starts with "/")
    database: str
    user: str  # the clinic's (or team's) database role
    port: int = 5432
    sslmode: str = VERIFIED
    sslrootcert: Path | None = None  # the CA that signed the server's certificate
    sslcert: Path | None = None  # this workstation's client certificate (if the server asks)
    sslkey: Path | None = None
    application_name: str = "trygstart"

    @property
    def over_socket(self) -> bool:
        return self.host.startswith("/")

    def checked(self) -> ServerSettings:
        """These settings, or ``StorageError("server-insecure")`` saying what is missing."""
        if not self.host or not self.database or not self.user:
            raise StorageError("server-insecure", detail="server, database and role are needed")
        if self.over_socket:
            return self
        if self.sslmode != VERIFIED:
            raise StorageError(
                "server-insecure",
                detail=f"TLS with certificate verification (sslmode=verify-full), not "
                f"{self.sslmode!r}",
            )
        if self.sslrootcert is None or not self.sslrootcert.is_file():
            raise StorageError(
                "server-insecure", detail="the CA certificate file (sslrootcert) is missing"
            )
        if (self.sslcert is None) != (self.sslkey is None):
            raise StorageError("server-insecure", detail="a client certificate needs its key")
        return self

    def connection_args(self) -> dict[str, object]:
        """Keyword arguments for ``psycopg.connect`` (after ``checked``)."""
        self.checked()
        args: dict[str, object] = {
            "host": self.host,
            "port": self.port,
            "dbname": self.database,
            "user": self.user,
            "application_name": self.application_name,
            "connect_timeout": CONNECT_TIMEOUT_SECONDS,
            "options": f"-c search_path={SCHEMA}",
            # Never read a password from the environment or ~/.pgpass by accident: the
            # workstation proves itself with its certificate or Kerberos ticket.
            "passfile": "/nonexistent/trygstart-reads-no-password-file",
        }
        if not self.over_socket:
            args["sslmode"] = VERIFIED
            args["sslrootcert"] = str(self.sslrootcert)
            # No certificate revocation list is named: libpq then checks none. IT may add one.
            if self.sslcert is not None and self.sslkey is not None:
                args["sslcert"] = str(self.sslcert)
                args["sslkey"] = str(self.sslkey)
        else:
            args["sslmode"] = "disable"
        return args
