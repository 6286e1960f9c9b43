"""The backup's manifest: what the backup holds, so it can be checked without a key.

``trygstart-backup.json`` is written last into a backup folder (its presence marks a complete
backup). It holds no personal data and no secret: the kind of backup ("verified": exported and
checked with the key; "unattended": the encrypted pages copied without a key), when it was
made (UTC), the clinic database's id (the key file's ``file_id``), and the size and SHA-256 of
each file. ``restore`` compares the files with it before asking anything of them: a backup
damaged on its way (a bad disk, a copy tool) is refused at once. The hashes protect against
damage, not against someone who rewrites the backup and its manifest together; the page HMACs
inside the database, checked with the key at restore, do that.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from screening_app.storage.atomic import write_atomically
from screening_app.storage.errors import StorageError

MANIFEST_NAME = "trygstart-backup.json"
FORMAT = "trygstart-backup"
VERSION = 1
KINDS = ("verified", "unattended")
MAX_MANIFEST_BYTES = 100_000
CHUNK = 1 << 20


@dataclass(frozen=True)
class Manifest:
    kind: str
    made: str
    clinic_id: str
    files: dict[str, tuple[int, str]]  # name -> (size, sha256)
    notes: tuple[str, ...] = ()  # what was verified, in English (for the log)

    def to_json(self) -> bytes:
        document: dict[str, Any] = {
            "format": FORMAT,
            "version": VERSION,
            "kind": self.kind,
            "made": self.made,
            "clinicId": self.clinic_id,
            "files": {
                name: {"size": size, "sha256": digest}
                for name, (size, digest) in sorted(self.files.items())
            },
            "verified": list(self.notes),
        }
        return (json.dumps(document, indent=2, sort_keys=True) + "\n").encode("utf-8")


def file_digest(path: Path) -> tuple[int, str]:
    """Size and SHA-256 of a file, read in chunks."""
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return size, digest.hexdigest()


def write_manifest(folder: Path, manifest: Manifest) -> None:
    write_atomically(folder / MANIFEST_NAME, manifest.to_json())


def read_manifest(folder: Path) -> Manifest | None:
    """The manifest of the backup in ``folder``; None when there is none (older backups)."""
    path = folder / MANIFEST_NAME
    invalid = StorageError("backup-invalid", place=str(folder))
    try:
        if path.stat().st_size > MAX_MANIFEST_BYTES:
            raise invalid
        raw = json.loads(path.read_bytes().decode("utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, RecursionError):
        raise invalid from None
    try:
        if raw["format"] != FORMAT or raw["kind"] not in KINDS:
            raise invalid
        if not isinstance(raw["version"], int) or raw["version"] > VERSION:
            raise invalid
        files = {
            str(name): (int(entry["size"]), str(entry["sha256"]))
            for name, entry in dict(raw["files"]).items()
        }
        return Manifest(
            kind=str(raw["kind"]),
            made=str(raw["made"]),
            clinic_id=str(raw["clinicId"]),
            files=files,
            notes=tuple(str(note) for note in raw.get("verified", [])),
        )
    except (KeyError, TypeError, ValueError, AttributeError):
        raise invalid from None


def check_against_manifest(folder: Path, manifest: Manifest) -> None:
    """Every file the manifest names is there, with its size and hash; nothing else counts."""
    for name, expected in manifest.files.items():
        if "/" in name or "\\" in name or name.startswith("."):
            raise StorageError("backup-invalid", place=str(folder))
        try:
            found = file_digest(folder / name)
        except OSError:
            raise StorageError("backup-invalid", place=str(folder)) from None
        if found != expected:
            raise StorageError("backup-invalid", place=str(folder))
