"""A throwaway PostgreSQL cluster for the tests and the benchmark: a temporary folder, a free
port on 127.0.0.1 with TLS (a CA made here, the server's certificate for localhost and a client
certificate per role), and a Unix socket in the same folder.

The binaries are the ``pgserver`` wheel's (PostgreSQL 16, a test extra) or the distribution's
(``/usr/lib/postgresql/<n>/bin``). initdb refuses root: as root the cluster runs as ``nobody``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import importlib.util
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

REQUIRE_ENV = "TRYGSTART_REQUIRE_POSTGRES"


def bin_dir() -> Path | None:
    """Where initdb and pg_ctl are (None: no PostgreSQL here)."""
    debian = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), reverse=True)
    if debian:
        return debian[0].parent
    spec = importlib.util.find_spec("pgserver")
    if spec is not None and spec.origin is not None:
        candidate = Path(spec.origin).parent / "pginstall" / "bin"
        if (candidate / "initdb").is_file():
            return candidate
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def has_tls(binaries: Path) -> bool:
    """Whether this build of PostgreSQL can speak TLS (the pgserver wheel's cannot)."""
    try:
        out = subprocess.run(
            [str(binaries / "pg_config"), "--configure"], capture_output=True, check=True, text=True
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return False
    return "--with-openssl" in out or "--with-ssl=openssl" in out


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common)])


def _write_key(path: Path, key: ec.EllipticCurvePrivateKey) -> None:
    path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    path.chmod(0o600)


def _certificate(
    subject: str,
    key: ec.EllipticCurvePrivateKey,
    issuer: tuple[x509.Name, ec.EllipticCurvePrivateKey] | None,
    *,
    ca: bool = False,
    names: list[x509.GeneralName] | None = None,
) -> x509.Certificate:
    now = dt.datetime.now(dt.UTC)
    issuer_name, issuer_key = issuer if issuer is not None else (_name(subject), key)
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(subject))
        .issuer_name(issuer_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
    )
    if names:
        builder = builder.add_extension(x509.SubjectAlternativeName(names), critical=False)
    return builder.sign(issuer_key, hashes.SHA256())


@dataclass
class Cluster:
    root: Path
    port: int
    bin: Path
    run_as: str | None
    ca_key: ec.EllipticCurvePrivateKey
    ca: x509.Certificate
    tls: bool = True
    started: bool = False
    roles: list[str] = field(default_factory=list)

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def socket_dir(self) -> str:
        return str(self.root)

    @property
    def ca_file(self) -> Path:
        return self.root / "ca.crt"

    def _run(self, *args: str) -> None:
        subprocess.run(
            [str(self.bin / args[0]), *args[1:]],
            check=True,
            capture_output=True,
            user=self.run_as,
            cwd=self.root,
            timeout=60,
        )

    def admin_args(self, dbname: str = "postgres") -> dict[str, object]:
        return {"host": self.socket_dir, "port": self.port, "user": "postgres", "dbname": dbname}

    def client_certificate(self, role: str) -> tuple[Path, Path]:
        """A client certificate for ``role`` (the server maps its CN to the role)."""
        key = ec.generate_private_key(ec.SECP256R1())
        cert = _certificate(role, key, (self.ca.subject, self.ca_key))
        cert_path, key_path = self.root / f"{role}.crt", self.root / f"{role}.key"
        cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
        _write_key(key_path, key)
        return cert_path, key_path

    def stop(self) -> None:
        if self.started:
            with contextlib.suppress(subprocess.SubprocessError, OSError):
                self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")
            self.started = False

    def kill(self) -> None:
        """Stop the server at once, as a crash would (immediate mode: no checkpoint)."""
        self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        self.started = False

    def start(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.root / "log"), "-w", "start")
        self.started = True

    def remove(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)


def start_cluster() -> Cluster:
    """A new cluster, started. Raises ``RuntimeError`` saying why one cannot be had."""
    binaries = bin_dir()
    if binaries is None:
        raise RuntimeError(
            "no PostgreSQL binaries (pip install pgserver, or the postgresql package)"
        )
    run_as = None
    if os.geteuid() == 0:
        run_as = "nobody"
        pwd.getpwnam(run_as)
    root = Path(tempfile.mkdtemp(prefix="trygstart-pg-", dir="/tmp"))
    root.chmod(0o755)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = _certificate("TrygStart test CA", ca_key, None, ca=True)
    cluster = Cluster(root, _free_port(), binaries, run_as, ca_key, ca, tls=has_tls(binaries))
    try:
        (root / "ca.crt").write_bytes(ca.public_bytes(serialization.Encoding.PEM))
        server_key = ec.generate_private_key(ec.SECP256R1())
        server = _certificate(
            "localhost",
            server_key,
            (ca.subject, ca_key),
            names=[x509.DNSName("localhost")],
        )
        (root / "server.crt").write_bytes(server.public_bytes(serialization.Encoding.PEM))
        _write_key(root / "server.key", server_key)
        if run_as is not None:
            entry = pwd.getpwnam(run_as)
            for path in (root, root / "server.key", root / "server.crt", root / "ca.crt"):
                os.chown(path, entry.pw_uid, entry.pw_gid)
        cluster._run(
            "initdb", "-D", str(cluster.data), "-U", "postgres", "--auth=trust",
            "--encoding=UTF8", "--locale=C", "-N",
        )  # fmt: skip
        with (cluster.data / "postgresql.conf").open("a") as conf:
            conf.write(
                f"listen_addresses = '127.0.0.1'\nport = {cluster.port}\n"
                f"unix_socket_directories = '{root}'\n"
            )
            if cluster.tls:
                conf.write(
                    f"ssl = on\nssl_cert_file = '{root / 'server.crt'}'\n"
                    f"ssl_key_file = '{root / 'server.key'}'\nssl_ca_file = '{root / 'ca.crt'}'\n"
                )
            conf.write(
                "shared_buffers = 64MB\nmax_connections = 60\nfsync = on\n"
                "synchronous_commit = on\nlog_min_messages = warning\n"
            )
        # The socket trusts (the test's admin); TCP only with TLS and a client certificate.
        (cluster.data / "pg_hba.conf").write_text(
            "local all all trust\n"
            "hostssl all all 127.0.0.1/32 cert\n"
            "host all all 127.0.0.1/32 reject\n"
        )
        cluster.start()
    except BaseException:
        cluster.remove()
        raise
    return cluster
