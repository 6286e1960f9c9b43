"""What the admin screen calls to edit the clinic's own directory entries (Qt-free).

The form hands over plain data (camelCase keys, as in the file); ``validate_entry`` answers with
the entry or with problems keyed by field path, so the screen can mark each field. ``save_clinic_
entries`` checks the whole list again and writes the file atomically (temporary file in the same
folder, fsync, replace), so a crash never leaves a half-written directory behind.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from ruamel.yaml import YAML

from screening_app.domain.base import Problem, format_loc
from screening_app.domain.support import (
    DirectoryFile,
    ServiceEntry,
    check_entries,
    check_entry,
)
from screening_app.loading.errors import DocumentError
from screening_app.loading.validation import message_for, problems_to_file_errors
from screening_app.loading.yamlfile import parse_yaml

HEADER = (
    "# The clinic's own entries in the TrygStart services directory (local services, and\n"
    "# national entries the clinic has updated). Edited in TrygStart; merged over the bundled\n"
    "# directory by id.\n"
)


@dataclass(frozen=True)
class FieldProblem:
    """A problem with one field of the entry form: ``field`` is a path like ``phones[0].number``."""

    field: str
    message: str


def validate_entry(data: Mapping[str, Any]) -> tuple[ServiceEntry | None, list[FieldProblem]]:
    """An entry from form data, or the problems with it (all of them, by field)."""
    try:
        entry = ServiceEntry.model_validate(dict(data))
    except ValidationError as error:
        problems = [
            FieldProblem(format_loc(tuple(e["loc"])), message_for(e))
            for e in error.errors(include_url=False)
        ]
        return None, problems
    found = check_entry(entry, ())
    if found:
        return None, [FieldProblem(format_loc(p.loc), p.message) for p in found]
    return entry, []


def entry_data(entry: ServiceEntry) -> dict[str, Any]:
    """An entry as form/file data (camelCase keys, dates as dates, defaults left out)."""
    data: dict[str, Any] = entry.model_dump(by_alias=True, exclude_defaults=True)
    return data


def validate_clinic_entries(entries: Sequence[ServiceEntry]) -> list[Problem]:
    """Problems with the clinic's list as a whole (ids used twice, each entry's rules)."""
    return check_entries(entries)


def clinic_yaml(entries: Sequence[ServiceEntry]) -> str:
    """The clinic file's text for these entries."""
    yaml = YAML(typ="rt", pure=True)
    yaml.width = 100
    yaml.indent(mapping=2, sequence=4, offset=2)
    buffer = io.StringIO()
    yaml.dump({"format": 1, "entries": [entry_data(e) for e in entries]}, buffer)
    return HEADER + buffer.getvalue()


def save_clinic_entries(path: Path, entries: Sequence[ServiceEntry]) -> None:
    """Check and write the clinic file atomically; DocumentError (and no write) when invalid."""
    problems = validate_clinic_entries(entries)
    text = clinic_yaml(entries)
    if problems:
        document = parse_yaml(text, str(path))
        raise DocumentError(problems_to_file_errors(document, problems))
    # Round trip: what is written must load back to the same entries.
    reparsed = DirectoryFile.model_validate(parse_yaml(text, str(path)).data).entries
    assert list(reparsed) == list(entries), "the clinic file does not round-trip"
    _atomic_write(path, text.encode("utf-8"))


def _atomic_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        Path(temp_name).replace(path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    if hasattr(os, "O_DIRECTORY"):
        directory = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)


def upsert(entries: Sequence[ServiceEntry], entry: ServiceEntry) -> list[ServiceEntry]:
    """The list with ``entry`` replacing the one with its id, or appended."""
    out = [e for e in entries if e.id != entry.id]
    index = next((i for i, e in enumerate(entries) if e.id == entry.id), len(out))
    out.insert(index, entry)
    return out


def remove(entries: Sequence[ServiceEntry], service_id: str) -> list[ServiceEntry]:
    """The list without the clinic's entry ``service_id``.

    A bundled entry the clinic had replaced (a national service, or the ``municipality`` and
    ``family-clinic`` placeholders) reverts to the bundled one, so required ids never disappear.
    """
    return [e for e in entries if e.id != service_id]


def verified_today(entry: ServiceEntry, today: dt.date, by: str) -> ServiceEntry:
    """The entry marked as verified today by ``by`` (after the admin checked its facts)."""
    return entry.model_copy(update={"last_verified": today, "verified_by": by})
