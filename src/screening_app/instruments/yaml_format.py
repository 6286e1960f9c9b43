"""Instrument files in YAML: read, validate, and report every problem with its position."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from screening_app.domain.checks import check_instrument
from screening_app.domain.instrument import Instrument
from screening_app.loading.errors import DocumentError
from screening_app.loading.validation import problems_to_file_errors, validate_document
from screening_app.loading.yamlfile import YamlDocument, load_yaml, parse_yaml


@dataclass(frozen=True)
class ParsedInstrument:
    """An instrument that passed the structural checks, with its document for positions."""

    document: YamlDocument
    instrument: Instrument


def parse_instrument_file(path: Path, display: str | None = None) -> ParsedInstrument:
    """Structural validation only (types, unknown keys); see ``check_parsed`` for the rest."""
    document = load_yaml(path, display)
    return ParsedInstrument(document, validate_document(document, Instrument))


def parse_instrument_text(text: str, display: str) -> ParsedInstrument:
    document = parse_yaml(text, display)
    return ParsedInstrument(document, validate_document(document, Instrument))


def check_parsed(
    parsed: ParsedInstrument,
    known_instruments: frozenset[str] | None = None,
    known_services: frozenset[str] | None = None,
) -> Instrument:
    """Cross-document rules; raises DocumentError with every problem placed in the file."""
    problems = check_instrument(parsed.instrument, known_instruments, known_services)
    if problems:
        raise DocumentError(problems_to_file_errors(parsed.document, problems))
    return parsed.instrument


def load_instrument(
    path: Path,
    known_instruments: frozenset[str] | None = None,
    known_services: frozenset[str] | None = None,
    display: str | None = None,
) -> Instrument:
    """A fully checked instrument from a YAML file, or DocumentError."""
    return check_parsed(parse_instrument_file(path, display), known_instruments, known_services)
