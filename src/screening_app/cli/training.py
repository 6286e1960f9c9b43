"""``validate`` for training cases: a case file is told from an instrument file by its content
(a mapping with ``person``, ``script`` and ``expected``), checked against the installed
questionnaires and services directory like a case in the trainer's folder, then rehearsed: its
script played through the real engine must give exactly what the case expects."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from screening_app.directory import load_directory
from screening_app.domain.training.checks import point_ids
from screening_app.instruments.catalog import load_catalog
from screening_app.loading.errors import DocumentError, FileError
from screening_app.loading.yamlfile import load_yaml
from screening_app.paths import resources_dir
from screening_app.services.training.cases import load_cases
from screening_app.services.training.rehearsal import rehearse

CASE_KEYS = frozenset({"person", "script", "expected"})


def looks_like_case(path: Path) -> bool:
    """True for a YAML file whose document is a training case (not an instrument)."""
    try:
        document = load_yaml(path)
    except DocumentError:
        return False
    return isinstance(document.data, dict) and set(document.data) >= CASE_KEYS


def validate_cases(paths: list[Path]) -> bool:
    """Check case files; one line per valid file on stdout, per problem on stderr. True when
    one of them has problems."""
    services = load_directory(resources_dir() / "services").ids()
    catalog = load_catalog(known_services=services)
    cases = load_cases(catalog.instruments, services, paths=paths)
    errors = list(cases.errors)
    valid: list[str] = []
    today = dt.datetime.now().astimezone().date()
    for path in paths:
        found = cases.by_file.get(str(path))
        if found is None:
            continue
        problems = rehearse(found, catalog.instruments, today).problems
        errors += [FileError(str(path), 0, 0, "expected", p) for p in problems]
        if not problems:
            points = len(point_ids(found))
            valid.append(
                f"{path}: valid training case ({found.id} {found.version}, {points} points)"
            )
    for error in sorted(errors):
        print(error, file=sys.stderr)
    for line in valid:
        print(line)
    return bool(errors)
