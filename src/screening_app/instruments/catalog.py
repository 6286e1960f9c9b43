"""The instruments a clinic has: every ``*.yaml`` in a directory, checked against each other.

References between instruments (a band recommending the safety check) and to services in the
directory are checked here, across all files at once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from screening_app.domain.instrument import Instrument
from screening_app.instruments.yaml_format import (
    ParsedInstrument,
    check_parsed,
    parse_instrument_file,
)
from screening_app.loading.errors import DocumentError, FileError
from screening_app.paths import questionnaires_dir


@dataclass
class Catalog:
    instruments: dict[str, Instrument] = field(default_factory=dict)
    errors: list[FileError] = field(default_factory=list)
    files: dict[str, str] = field(default_factory=dict)  # file name -> id of its valid instrument

    def get(self, instrument_id: str) -> Instrument:
        return self.instruments[instrument_id]

    def active(self) -> list[Instrument]:
        return [i for i in self.instruments.values() if i.status == "active"]


def instrument_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.glob("*.yaml") if p.is_file())


def load_catalog(
    paths: list[Path] | None = None,
    known_services: frozenset[str] | None = None,
    extra_known_instruments: frozenset[str] = frozenset(),
) -> Catalog:
    """Load and check instrument files together (default: the bundled questionnaires)."""
    files = instrument_files(questionnaires_dir()) if paths is None else paths
    catalog = Catalog()
    parsed: list[ParsedInstrument] = []
    for path in files:
        try:
            parsed.append(parse_instrument_file(path, str(path)))
        except DocumentError as error:
            catalog.errors.extend(error.errors)
    ids = frozenset(p.instrument.id for p in parsed) | extra_known_instruments
    for item in parsed:
        instrument_id = item.instrument.id
        if instrument_id in catalog.instruments:
            catalog.errors.append(
                FileError(item.document.path, 1, 1, "id", f"id '{instrument_id}' is used twice")
            )
            continue
        try:
            catalog.instruments[instrument_id] = check_parsed(item, ids, known_services)
            catalog.files[item.document.path] = instrument_id
        except DocumentError as error:
            catalog.errors.extend(error.errors)
    catalog.errors.sort()
    return catalog
