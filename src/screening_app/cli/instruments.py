"""Commands for instrument authors: ``validate`` and ``score``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from screening_app.directory import load_directory
from screening_app.domain.context import CONTEXT_KEYS, Context
from screening_app.domain.instrument import Instrument
from screening_app.domain.session import Session
from screening_app.instruments.catalog import instrument_files, load_catalog
from screening_app.instruments.fhir_import import import_questionnaire_file
from screening_app.instruments.yaml_format import load_instrument
from screening_app.loading.errors import DocumentError
from screening_app.paths import questionnaires_dir, resources_dir

MAX_ANSWERS_BYTES = 1_000_000


def register(subparsers: Any) -> None:
    validate = subparsers.add_parser(
        "validate",
        help="check instrument files (YAML), FHIR Questionnaire files (JSON) and training cases",
        description="Check instrument files and training case files. Exit 0 and one line per "
        "valid file, "
        "or exit 1 with one line per problem: file:line:col: location: message.",
    )
    validate.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    validate.set_defaults(handler=run_validate)

    score = subparsers.add_parser(
        "score",
        help="score a set of answers and print the result as JSON",
        description='Score answers ({"linkId": value or [values]}) with an instrument '
        "(a file, or the id of a bundled instrument) and print the result as JSON.",
    )
    score.add_argument("instrument", metavar="INSTRUMENT")
    score.add_argument("--answers", required=True, type=Path, metavar="FILE.json")
    score.add_argument("--lang", default=None, help="language (default: the instrument's first)")
    score.add_argument(
        "--context",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help=f"context given at start ({', '.join(CONTEXT_KEYS)}); may be repeated",
    )
    score.set_defaults(handler=run_score)


def _service_ids() -> frozenset[str]:
    """The ids of the bundled services directory, which instruments may recommend."""
    return load_directory(resources_dir() / "services").ids()


def _bundled_ids() -> frozenset[str]:
    catalog = load_catalog(known_services=_service_ids())
    return frozenset(catalog.instruments)


def run_validate(args: argparse.Namespace) -> int:
    from screening_app.cli.training import looks_like_case, validate_cases

    json_paths = [p for p in args.paths if p.suffix.lower() == ".json"]
    other = [p for p in args.paths if p.suffix.lower() != ".json"]
    case_paths = [p for p in other if looks_like_case(p)]
    yaml_paths = [p for p in other if p not in case_paths]
    failed = _validate_fhir(json_paths)
    if case_paths:
        failed = validate_cases(case_paths) or failed
    if yaml_paths:
        failed = _validate_yaml(yaml_paths) or failed
    return 1 if failed else 0


def _validate_fhir(paths: list[Path]) -> bool:
    """FHIR Questionnaires: valid when they import. True when one of them has problems."""
    failed = False
    for path in paths:
        try:
            result, _document = import_questionnaire_file(path, str(path))
        except DocumentError as error:
            failed = True
            for problem in error.errors:
                print(problem, file=sys.stderr)
            for note in getattr(error, "notes", ()):
                kept = f"not kept: {note}" if note.kind == "loss" else str(note)
                print(f"{path}: {kept}", file=sys.stderr)
            continue
        losses = len(result.losses)
        detail = (
            "imports exactly"
            if result.exact
            else "imports fully"
            if not losses
            else f"imports with {losses} notes on what is not kept; see 'fhir import'"
        )
        print(f"{path}: valid FHIR Questionnaire ({_describe(result.instrument)}; {detail})")
    return failed


def _validate_yaml(yaml_paths: list[Path]) -> bool:
    bundled = {p.resolve() for p in instrument_files(questionnaires_dir())}
    extra = frozenset() if all(p.resolve() in bundled for p in yaml_paths) else _bundled_ids()
    catalog = load_catalog(yaml_paths, known_services=_service_ids(), extra_known_instruments=extra)
    for error in catalog.errors:
        print(error, file=sys.stderr)
    for path in yaml_paths:
        found = catalog.by_file.get(str(path))
        if found is not None:
            print(f"{path}: valid ({_describe(found)})")
    return bool(catalog.errors)


def _describe(instrument: Instrument) -> str:
    count = len(instrument.items_by_id)
    languages = ", ".join(instrument.language_codes)
    return f"{instrument.id} {instrument.version}, {instrument.status}, {count} items, {languages}"


def resolve_instrument(name: str) -> Instrument:
    path = Path(name)
    if path.suffix.lower() in (".yaml", ".yml") or path.exists():
        return load_instrument(path, display=name)
    catalog = load_catalog(known_services=_service_ids())
    if name in catalog.instruments:
        return catalog.instruments[name]
    raise DocumentError.single(name, "no such file, and no bundled instrument with this id")


def _read_answers(path: Path) -> dict[str, Any]:
    try:
        if path.stat().st_size > MAX_ANSWERS_BYTES:
            raise DocumentError.single(str(path), "the answers file is too large")
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DocumentError.single(str(path), "no such file") from None
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        raise DocumentError.single(str(path), f"not valid JSON ({error})") from None
    if not isinstance(data, dict):
        raise DocumentError.single(str(path), 'must be a JSON object: {"linkId": value}')
    return data


def _parse_context(pairs: list[str]) -> Context:
    values: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or key not in CONTEXT_KEYS:
            raise DocumentError.single(
                "--context", f"'{pair}': use KEY=VALUE with KEY one of {', '.join(CONTEXT_KEYS)}"
            )
        values[key] = value
    try:
        return Context.from_strings(values)
    except (ValueError, ValidationError) as error:
        detail = error.errors()[0]["msg"] if isinstance(error, ValidationError) else str(error)
        raise DocumentError.single("--context", f"invalid value: {detail}") from None


def run_score(args: argparse.Namespace) -> int:
    try:
        instrument = resolve_instrument(args.instrument)
        answers = _read_answers(args.answers)
        context = _parse_context(args.context)
        lang = args.lang or instrument.language_codes[0]
        if lang not in instrument.language_codes:
            raise DocumentError.single(
                "--lang", f"'{lang}' is not one of {', '.join(instrument.language_codes)}"
            )
    except DocumentError as error:
        for problem in error.errors:
            print(problem, file=sys.stderr)
        return 1
    session = Session(instrument, lang, context)
    problems = [
        f"{args.answers}: {link_id}: {error.message('en')}"
        for link_id, error in session.restore(answers)
    ]
    output = session.result().to_json()
    output["problems"] = problems
    json.dump(output, sys.stdout, ensure_ascii=False, indent=2)
    print()
    for line in problems:
        print(line, file=sys.stderr)
    return 1 if problems else 0
