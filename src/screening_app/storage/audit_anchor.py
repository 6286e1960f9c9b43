"""An anchor for the audit trail, kept by clinic IT outside the workstation.

Someone who holds the database key can rewrite the whole hash chain and its head together, and
the chain alone then still verifies. An anchor is the head at one moment (entry number, hash,
time, and the clinic database's id) in a small file IT keeps elsewhere (a USB stick in the
safe, the backup server's log). ``check`` later requires that entry to be in the chain with the
same hash: a chain rewritten at or before that entry, or cut back before it, is caught. The
file holds no personal data and no secret.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from screening_app.storage import audit
from screening_app.storage.connection import Connection
from screening_app.storage.errors import StorageError, error_from_os

FORMAT = "trygstart-audit-anchor"
VERSION = 1
MAX_BYTES = 10_000


@dataclass(frozen=True)
class Anchor:
    clinic_id: str
    seq: int
    hash: str
    at: str  # the time of the anchored entry
    written: str

    def to_json(self) -> bytes:
        document = {
            "format": FORMAT,
            "version": VERSION,
            "clinicId": self.clinic_id,
            "seq": self.seq,
            "hash": self.hash,
            "at": self.at,
            "written": self.written,
        }
        return (json.dumps(document, indent=2, sort_keys=True) + "\n").encode("ascii")


def head(connection: Connection, clinic_id: str, now: str) -> Anchor:
    """The chain's head as an anchor (its last entry)."""
    row = connection.execute("SELECT seq, hash, at FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    if row is None:
        raise StorageError("no-such-record")
    return Anchor(clinic_id, int(row[0]), str(row[1]), str(row[2]), now)


def write(path: Path, anchor: Anchor, data_dir: Path) -> None:
    """A new file (never overwritten) outside the data folder, fsynced."""
    try:
        str(path).encode("utf-8")
    except UnicodeEncodeError:
        raise StorageError("backup-path-not-text") from None
    target = path.absolute()
    data = data_dir.resolve()
    if data == target.parent.resolve() or data in target.parent.resolve().parents:
        raise StorageError("anchor-inside-data", place=str(data_dir))
    if os.path.lexists(target):
        raise StorageError("anchor-exists", place=str(path))
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(target, flags, 0o600)
    except FileExistsError:
        raise StorageError("anchor-exists", place=str(path)) from None
    except OSError as error:
        raise error_from_os(error, str(target.parent)) from None
    try:
        os.write(fd, anchor.to_json())
        os.fsync(fd)
    except OSError as error:
        os.close(fd)
        target.unlink(missing_ok=True)
        raise error_from_os(error, str(target.parent)) from None
    os.close(fd)


def read(path: Path) -> Anchor:
    invalid = StorageError("anchor-invalid", place=str(path))
    try:
        if path.stat().st_size > MAX_BYTES:
            raise invalid
        raw: Any = json.loads(path.read_bytes().decode("utf-8"))
    except FileNotFoundError:
        raise invalid from None
    except OSError as error:
        raise error_from_os(error, str(path.parent)) from None
    except (ValueError, RecursionError):
        raise invalid from None
    try:
        if raw["format"] != FORMAT or raw["version"] != VERSION:
            raise invalid
        seq, digest = raw["seq"], raw["hash"]
        if isinstance(seq, bool) or not isinstance(seq, int) or seq < 1:
            raise invalid
        if not isinstance(digest, str) or len(digest) != len(audit.GENESIS):
            raise invalid
        return Anchor(str(raw["clinicId"]), seq, digest, str(raw["at"]), str(raw["written"]))
    except (KeyError, TypeError):
        raise invalid from None


def check(connection: Connection, anchor: Anchor, clinic_id: str) -> None:
    """The anchored entry is in the chain with its hash, or a ``StorageError`` says why not.
    (Verify the chain itself first: this checks only that it is the chain that was anchored.)"""
    if anchor.clinic_id != clinic_id:
        raise StorageError("anchor-other-clinic")
    last = connection.execute("SELECT max(seq) FROM audit").fetchone()[0]
    if last is None or anchor.seq > int(last):
        raise StorageError("anchor-truncated", seq=anchor.seq, at=anchor.at)
    if anchor.seq < audit.anchor_seq(connection):
        raise StorageError("anchor-too-old", seq=anchor.seq)
    if audit.entry_hash_at(connection, anchor.seq) != anchor.hash:
        raise StorageError("anchor-mismatch", seq=anchor.seq, at=anchor.at)
