"""The instruments a clinic has: every ``*.yaml`` in a directory, checked against each other.

References between instruments (a band recommending the safety check) and to services in the
directory are checked here, across all files at once.

Older versions of an instrument live in the ``archive/`` folder beside the current files: they
are never offered for a new screening, but screenings and drafts made with them still open and
score (a record names the instrument id and version). An archived file has status ``retired``
and a version older than the current file with the same id.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from screening_app.domain.instrument import Instrument
from screening_app.domain.shelf import InstrumentShelf, version_key
from screening_app.instruments.yaml_format import (
    ParsedInstrument,
    check_parsed,
    parse_instrument_file,
)
from screening_app.loading.errors import DocumentError, FileError
from screening_app.paths import questionnaires_dir

ARCHIVE = "archive"  # the folder of older versions, inside the instruments folder


@dataclass
class Catalog:
    # id -> the current version (the one offered for new screenings)
    instruments: dict[str, Instrument] = field(default_factory=dict)
    # (id, version) -> an older version, kept to read the records made with it
    archived: dict[tuple[str, str], Instrument] = field(default_factory=dict)
    errors: list[FileError] = field(default_factory=list)
    files: dict[str, str] = field(default_factory=dict)  # file name -> id of its valid instrument
    by_file: dict[str, Instrument] = field(default_factory=dict)  # file name -> its instrument

    def get(self, instrument_id: str) -> Instrument:
        return self.instruments[instrument_id]

    def version(self, instrument_id: str, version: str) -> Instrument:
        """The instrument with this id and version, current or archived (KeyError if none)."""
        current = self.instruments.get(instrument_id)
        if current is not None and current.version == version:
            return current
        return self.archived[(instrument_id, version)]

    def active(self) -> list[Instrument]:
        return [i for i in self.instruments.values() if i.status == "active"]

    def every_version(self) -> list[Instrument]:
        return self.shelf().every_version()

    def shelf(self) -> InstrumentShelf:
        """The current versions by id, knowing every archived version too."""
        return InstrumentShelf(self.instruments, self.archived.values())


def instrument_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.glob("*.yaml") if p.is_file())


def bundled_files(directory: Path | None = None) -> list[Path]:
    """The current instrument files and, after them, the archived ones."""
    folder = questionnaires_dir() if directory is None else directory
    return [*instrument_files(folder), *instrument_files(folder / ARCHIVE)]


def is_archived(path: Path) -> bool:
    return path.parent.name == ARCHIVE


def load_catalog(
    paths: list[Path] | None = None,
    known_services: frozenset[str] | None = None,
    extra_known_instruments: frozenset[str] = frozenset(),
) -> Catalog:
    """Load and check instrument files together (default: the bundled questionnaires, with
    their archived versions). A file in a folder named ``archive`` is an archived version."""
    files = bundled_files() if paths is None else paths
    catalog = Catalog()
    parsed: list[ParsedInstrument] = []
    for path in files:
        try:
            parsed.append(parse_instrument_file(path, str(path)))
        except DocumentError as error:
            catalog.errors.extend(error.errors)
    ids = frozenset(p.instrument.id for p in parsed) | extra_known_instruments
    current = [p for p in parsed if not is_archived(Path(p.document.path))]
    archived = [p for p in parsed if is_archived(Path(p.document.path))]
    for item in current:
        instrument_id = item.instrument.id
        if instrument_id in catalog.instruments:
            catalog.errors.append(
                FileError(item.document.path, 1, 1, "id", f"id '{instrument_id}' is used twice")
            )
            continue
        if _checked(catalog, item, ids, known_services):
            catalog.instruments[instrument_id] = item.instrument
    for item in archived:
        problem = _archive_problem(catalog, item.instrument)
        if problem is not None:
            where, message = problem
            catalog.errors.append(FileError(item.document.path, 1, 1, where, message))
            continue
        if _checked(catalog, item, ids, known_services):
            key = (item.instrument.id, item.instrument.version)
            catalog.archived[key] = item.instrument
    catalog.errors.sort()
    return catalog


def _checked(
    catalog: Catalog,
    item: ParsedInstrument,
    ids: frozenset[str],
    known_services: frozenset[str] | None,
) -> bool:
    try:
        check_parsed(item, ids, known_services)
    except DocumentError as error:
        catalog.errors.extend(error.errors)
        return False
    catalog.files[item.document.path] = item.instrument.id
    catalog.by_file[item.document.path] = item.instrument
    return True


def _archive_problem(catalog: Catalog, instrument: Instrument) -> tuple[str, str] | None:
    """Why an archived file cannot be installed beside the others, or None."""
    key = (instrument.id, instrument.version)
    if instrument.status != "retired":
        return "status", "an archived version has status 'retired' (it is never offered)"
    if key in catalog.archived:
        return "version", f"version {instrument.version} of '{instrument.id}' is archived twice"
    current = catalog.instruments.get(instrument.id)
    if current is not None and version_key(instrument.version) >= version_key(current.version):
        return (
            "version",
            f"an archived version must be older than the current one ({current.version})",
        )
    return None
