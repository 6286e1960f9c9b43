"""Load the services directory: the bundled national file(s) and the clinic's own file.

Both are YAML in the same format (``format: 1``, ``entries: [...]``), validated by the same
conventions as instruments: every problem is reported as ``file:line:col: path: message``.
"""

from __future__ import annotations

from pathlib import Path

from screening_app.domain.base import Problem
from screening_app.domain.support import (
    Directory,
    DirectoryFile,
    ServiceEntry,
    check_bundled,
    check_entries,
)
from screening_app.loading.errors import DocumentError, FileError
from screening_app.loading.validation import problems_to_file_errors, validate_document
from screening_app.loading.yamlfile import YamlDocument, load_yaml, parse_yaml


def read_bundled(bundled_dir: Path) -> list[ServiceEntry]:
    """Every entry of every ``*.yaml`` in the bundled directory, checked together."""
    files = sorted(p for p in bundled_dir.glob("*.yaml") if p.is_file())
    if not files:
        raise DocumentError.single(str(bundled_dir), "holds no directory file (*.yaml)")
    errors: list[FileError] = []
    entries: list[ServiceEntry] = []
    documents: list[tuple[YamlDocument, int]] = []
    for path in files:
        try:
            document = load_yaml(path)
            parsed = validate_document(document, DirectoryFile).entries
        except DocumentError as error:
            errors.extend(error.errors)
            continue
        documents.append((document, len(entries)))
        entries.extend(parsed)
    if errors:
        raise DocumentError(errors)
    problems = check_bundled(entries)
    if problems:
        raise DocumentError(_place(problems, documents))
    return entries


def _place(problems: list[Problem], documents: list[tuple[YamlDocument, int]]) -> list[FileError]:
    """Problems about the concatenated entry list, placed in the file each entry came from."""
    out: list[FileError] = []
    for problem in problems:
        loc = problem.loc
        target, offset = documents[0]
        if loc[:1] == ("entries",) and len(loc) > 1 and isinstance(loc[1], int):
            for document, start in documents:
                if loc[1] >= start:
                    target, offset = document, start
            loc = ("entries", loc[1] - offset, *loc[2:])
        out.extend(problems_to_file_errors(target, [Problem(loc=loc, message=problem.message)]))
    return out


def parse_clinic_document(document: YamlDocument) -> list[ServiceEntry]:
    entries = list(validate_document(document, DirectoryFile).entries)
    problems = check_entries(entries)
    if problems:
        raise DocumentError(problems_to_file_errors(document, problems))
    return entries


def parse_clinic_text(text: str, display: str) -> list[ServiceEntry]:
    """The clinic's entries from YAML text, or DocumentError with every problem placed."""
    return parse_clinic_document(parse_yaml(text, display))


def read_clinic_file(path: Path) -> list[ServiceEntry]:
    """The clinic's entries; a file that does not exist yet means none."""
    if not path.exists():
        return []
    return parse_clinic_document(load_yaml(path))


def load_directory(bundled_dir: Path, clinic_file: Path | None = None) -> Directory:
    """The bundled entries with the clinic's entries merged over them (same id replaces)."""
    bundled = read_bundled(bundled_dir)
    clinic = read_clinic_file(clinic_file) if clinic_file is not None else []
    return Directory.merge(bundled, clinic)
