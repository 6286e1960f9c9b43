"""The checks of ``screening-app selftest``, each returning one ``Check``.

A check never raises for what it finds: a problem is a ``fail`` with the sentence IT needs.
Nothing here writes outside the temporary folder it is given.
"""

from __future__ import annotations

import os
import platform
import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from screening_app.machine.reader import MachineConfig

Status = Literal["ok", "warn", "fail"]
ARGON2_RANGE_S = (0.3, 1.0)
DANISH = "æøåÆØÅé"
ARABIC = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"  # the Arabic alphabet's letters
MIN_FREE_BYTES = 500 * 1024 * 1024  # below: fail
LOW_FREE_BYTES = 2 * 1024 * 1024 * 1024  # below: warn
# File systems on another machine (Linux /proc/mounts names).
NETWORK_FILESYSTEMS = frozenset(
    {"nfs", "nfs4", "cifs", "smb3", "smbfs", "ncpfs", "afs", "9p", "ceph", "glusterfs"}
)
INODE_FIELD = 9  # in /proc/net/tcp and its kin
NETWORK_CLIENTS = ("requests", "httpx", "urllib3", "aiohttp", "websockets", "paramiko", "ftplib")


@dataclass(frozen=True)
class Check:
    name: str
    status: Status
    sentence: str


def _fail(name: str, error: BaseException) -> Check:
    return Check(name, "fail", f"{type(error).__name__}: {error}")


# ------------------------------------------------------------------ versions
def check_versions(qt_version: str = "") -> Check:
    try:
        import sqlcipher3

        from screening_app import __version__
        from screening_app.storage.migrations import LATEST

        connection = sqlcipher3.connect(":memory:")
        try:
            cipher = connection.execute("PRAGMA cipher_version").fetchone()[0]
            sqlite = connection.execute("SELECT sqlite_version()").fetchone()[0]
        finally:
            connection.close()
    except Exception as error:  # noqa: BLE001 - reported
        return _fail("versions", error)
    bundle = " (installed bundle)" if getattr(sys, "frozen", False) else ""
    qt = f", Qt {qt_version}" if qt_version else ""
    return Check(
        "versions",
        "ok",
        f"TrygStart {__version__}{bundle}, database schema {LATEST}, Python "
        f"{platform.python_version()}{qt}, SQLCipher {cipher} (SQLite {sqlite}).",
    )


# ------------------------------------------------------------- machine settings
def check_machine_settings() -> tuple[Check, MachineConfig | None]:
    from screening_app.machine.reader import MachineConfigError, read_machine_config

    try:
        config = read_machine_config()
    except MachineConfigError as error:
        lines = "; ".join(str(e) for e in error.errors)
        return Check("machine settings", "fail", f"not valid: {lines}"), None
    except Exception as error:  # noqa: BLE001 - reported
        return _fail("machine settings", error), None
    if not config.read_from:
        sentence = f"none on this machine ({config.path} does not exist): nothing is limited."
    else:
        chosen = [k for k, v in config.settings.model_dump().items() if v is not None]
        keys = ", ".join(chosen) if chosen else "no keys set"
        sentence = f"valid ({' and '.join(config.read_from)}: {keys})."
    return Check("machine settings", "ok", sentence), config


# -------------------------------------------------------------------- cipher
def check_cipher(scratch: Path) -> Check:
    """A throwaway database: the pinned settings hold, the file is encrypted, a wrong key fails."""
    import secrets

    from screening_app.storage.connection import (
        has_plain_header,
        open_connection,
        pinned_problems,
    )
    from screening_app.storage.errors import StorageError

    path = scratch / "selftest.db"
    try:
        key = secrets.token_bytes(32)
        connection = open_connection(path, key, create=True)
        try:
            connection.execute("CREATE TABLE probe (text TEXT)")
            connection.execute("INSERT INTO probe VALUES ('plain words never on disk')")
            problems = pinned_problems(connection)
            page = connection.execute("PRAGMA cipher_page_size").fetchone()[0]
            hmac = connection.execute("PRAGMA cipher_hmac_algorithm").fetchone()[0]
            provider = connection.execute("PRAGMA cipher_provider").fetchone()[0]
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            connection.close()
        if problems:
            return Check("encryption", "fail", f"settings not applied: {', '.join(problems)}.")
        if has_plain_header(path) or b"plain words" in path.read_bytes():
            return Check("encryption", "fail", "the throwaway database was written in clear.")
        try:
            open_connection(path, secrets.token_bytes(32)).close()
        except StorageError:
            pass
        else:
            return Check("encryption", "fail", "a wrong key opened the throwaway database.")
    except Exception as error:  # noqa: BLE001 - reported
        return _fail("encryption", error)
    return Check(
        "encryption",
        "ok",
        f"a throwaway database is encrypted (SQLCipher, {provider}, {hmac}, pages of {page} "
        "bytes), with memory security, temporary data in memory, WAL, synchronous FULL and "
        "secure delete; a wrong key is refused.",
    )


# -------------------------------------------------------------------- argon2
def check_argon2() -> Check:
    from screening_app.storage.kdf import DEFAULT_PARAMS, derive_key, wipe

    try:
        params = DEFAULT_PARAMS.resolved()  # what a key made on this machine now gets
        started = time.perf_counter()
        wipe(derive_key(b"selftest password", b"selftest salt 16", params))
        seconds = time.perf_counter() - started
    except Exception as error:  # noqa: BLE001 - reported
        return _fail("argon2id", error)
    low, high = ARGON2_RANGE_S
    what = (
        f"one password check (the unlock's key derivation) takes {seconds:.2f} s here with the "
        f"parameters a key made now gets ({params.memory_kib // 1024} MiB, "
        f"t={params.iterations}, p={params.parallelism})"
    )
    if low <= seconds <= high:
        return Check("argon2id", "ok", f"{what}.")
    advice = "slow logins" if seconds > high else "weaker than intended against guessing"
    return Check("argon2id", "warn", f"{what}: outside {low}-{high} s ({advice}).")


# --------------------------------------------------------------------- fonts
def check_fonts() -> Check:
    """The document fonts hold every Danish and Arabic letter the documents may print."""
    from reportlab.pdfbase.ttfonts import TTFontFile

    from screening_app.letters.fonts import BOLD_FILE, REGULAR_FILE
    from screening_app.paths import resources_dir

    fonts = resources_dir() / "fonts"
    try:
        for name in (REGULAR_FILE, BOLD_FILE):
            face = TTFontFile(str(fonts / name))
            missing = [c for c in DANISH + ARABIC if ord(c) not in face.charToGlyph]
            if missing:
                return Check("fonts", "fail", f"{name} lacks {''.join(missing)}.")
    except Exception as error:  # noqa: BLE001 - reported
        return _fail("fonts", error)
    return Check("fonts", "ok", f"the document fonts hold Danish ({DANISH}) and Arabic letters.")


# -------------------------------------------------------------------- letter
def check_letter() -> Check:
    """A fictitious referral letter and resource card rendered in memory."""
    from screening_app.directory import load_directory
    from screening_app.instruments.yaml_format import load_instrument
    from screening_app.letters import DocumentPrinter, RenderOptions
    from screening_app.letters.specimens import specimens
    from screening_app.paths import questionnaires_dir, resources_dir

    try:
        started = time.perf_counter()
        directory = load_directory(resources_dir() / "services")
        instrument = load_instrument(questionnaires_dir() / "ipv-screen.yaml")
        printer = DocumentPrinter.from_fonts_dir(resources_dir() / "fonts")
        documents = specimens(directory, instrument)
        pages = 0
        for name in ("referral-letter", "resource-card"):
            rendered = printer.render(documents[name], RenderOptions(language="da"))
            if not rendered.pdf.startswith(b"%PDF-") or rendered.pages < 1:
                return Check("letter", "fail", f"the {name} did not render as a PDF.")
            pages += rendered.pages
        seconds = time.perf_counter() - started
    except Exception as error:  # noqa: BLE001 - reported
        return _fail("letter", error)
    return Check(
        "letter",
        "ok",
        f"a fictitious referral letter and resource card rendered in memory ({pages} pages, "
        f"{seconds:.2f} s); no file written.",
    )


# --------------------------------------------------------------- instruments
def check_instruments() -> Check:
    from screening_app.directory import load_directory
    from screening_app.instruments.catalog import load_catalog
    from screening_app.paths import questionnaires_dir, resources_dir

    try:
        directory = load_directory(resources_dir() / "services")
        catalog = load_catalog(known_services=directory.ids())
    except Exception as error:  # noqa: BLE001 - reported
        return _fail("instruments", error)
    if catalog.errors:
        return Check("instruments", "fail", "; ".join(str(e) for e in catalog.errors))
    if not catalog.instruments:
        return Check("instruments", "fail", "no bundled instrument was found.")
    names = ", ".join(
        f"{i.id} {i.version}" for i in sorted(catalog.instruments.values(), key=lambda i: i.id)
    )
    where = questionnaires_dir()
    return Check("instruments", "ok", f"the bundled instruments in {where} are valid ({names}).")


# --------------------------------------------------------------- data folder
def check_data_folder(data_dir: Path | None, machine: MachineConfig | None) -> Check:
    """Writable, on a local disk, with room: looked at, never written to."""
    from screening_app.paths import default_data_dir

    try:
        if data_dir is None:
            if machine is None:
                return Check("data folder", "fail", "unknown: the machine settings are not valid.")
            data_dir = default_data_dir(machine.settings.data_folder, read_machine=False)
        existing = data_dir
        while not existing.exists() and existing.parent != existing:
            existing = existing.parent
        state = "exists" if existing == data_dir else f"will be made in {existing}"
        if not existing.is_dir():
            return Check("data folder", "fail", f"{data_dir}: {existing} is not a folder.")
        if not os.access(existing, os.W_OK | os.X_OK) or _read_only_mount(existing):
            return Check("data folder", "fail", f"{data_dir} ({state}) cannot be written to.")
        remote = _network_filesystem(existing)
        if remote:
            return Check(
                "data folder",
                "fail",
                f"{data_dir} is on a network file system ({remote}); SQLCipher's locking "
                "and WAL need a local disk.",
            )
        free = shutil.disk_usage(existing).free
    except Exception as error:  # noqa: BLE001 - reported
        return _fail("data folder", error)
    room = f"{free / 1024**3:.1f} GB free"
    if free < MIN_FREE_BYTES:
        return Check("data folder", "fail", f"{data_dir} ({state}): only {room}.")
    status: Status = "warn" if free < LOW_FREE_BYTES else "ok"
    return Check("data folder", status, f"{data_dir} ({state}): writable, local, {room}.")


def check_backup_folder(machine: MachineConfig | None) -> Check | None:
    """The machine settings' backup folder, when one is set: there, writable, not the data
    folder's disk only in name (looked at, never written to)."""
    if machine is None or not machine.settings.backup_folder:
        return None
    folder = Path(machine.settings.backup_folder)
    try:
        if not folder.is_dir():
            return Check(
                "backup folder",
                "warn",
                f"{folder} is not there (a share not mounted?): backups cannot be made now.",
            )
        if not os.access(folder, os.W_OK | os.X_OK) or _read_only_mount(folder):
            return Check("backup folder", "fail", f"{folder} cannot be written to.")
        free = shutil.disk_usage(folder).free
    except Exception as error:  # noqa: BLE001 - reported
        return _fail("backup folder", error)
    return Check("backup folder", "ok", f"{folder}: writable, {free / 1024**3:.1f} GB free.")


def _read_only_mount(path: Path) -> bool:
    if not hasattr(os, "statvfs"):
        return False
    return bool(os.statvfs(path).f_flag & os.ST_RDONLY)


def _network_filesystem(path: Path, mounts: Path = Path("/proc/self/mounts")) -> str:
    """The file system type when ``path`` is on a network file system (Linux), else ""."""
    if not mounts.is_file():
        return ""
    resolved = path.resolve()
    best, kind = "", ""
    for line in mounts.read_text(encoding="utf-8", errors="replace").splitlines():
        fields = [*line.split(), "", "", ""]
        point = fields[1].replace("\\040", " ")
        if not point:
            continue
        inside = resolved == Path(point) or Path(point) in resolved.parents
        if inside and len(point) >= len(best):
            best, kind = point, fields[2]
    base = kind.removeprefix("fuse.")
    return kind if base in NETWORK_FILESYSTEMS or base in {"sshfs", "davfs"} else ""


# ------------------------------------------------------------------- network
class NetworkWatch:
    """Records every socket Python code creates or connects while the self-test runs."""

    def __init__(self) -> None:
        self.events: list[str] = []
        self._active = False

    def start(self) -> None:
        self._active = True
        sys.addaudithook(self._hook)

    def stop(self) -> None:
        self._active = False  # audit hooks cannot be removed

    def _hook(self, event: str, _args: tuple[object, ...]) -> None:
        if self._active and event.startswith(("socket.", "http.client.")):
            self.events.append(event)


def check_network(watch: NetworkWatch) -> Check:
    watch.stop()
    clients = sorted(m for m in NETWORK_CLIENTS if m in sys.modules)
    if clients:
        return Check("network", "fail", f"network client modules loaded: {', '.join(clients)}.")
    if watch.events:
        return Check("network", "fail", f"sockets used: {', '.join(sorted(set(watch.events)))}.")
    open_sockets = _network_sockets()
    if open_sockets:
        return Check("network", "fail", f"{open_sockets} network sockets are open.")
    return Check(
        "network",
        "ok",
        "no network client module loaded, no socket made or used, none open.",
    )


def _network_sockets() -> int:
    """Internet sockets this process holds (Linux: /proc), 0 where that cannot be seen."""
    fd_dir = Path("/proc/self/fd")
    if not fd_dir.is_dir():
        return 0
    inodes: set[str] = set()
    for fd in fd_dir.iterdir():
        try:
            target = str(fd.readlink())
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    if not inodes:
        return 0
    network: set[str] = set()
    for table in ("tcp", "tcp6", "udp", "udp6", "raw", "raw6"):
        path = Path("/proc/self/net") / table
        if not path.is_file():
            continue
        for line in path.read_text(encoding="ascii", errors="replace").splitlines()[1:]:
            fields = line.split()
            if len(fields) > INODE_FIELD:
                network.add(fields[INODE_FIELD])
    return len(inodes & network)
