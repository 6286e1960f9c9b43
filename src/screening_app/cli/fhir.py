"""``screening-app fhir export|import``: instruments as FHIR R4 Questionnaires and back."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from screening_app.cli.instruments import resolve_instrument
from screening_app.instruments.fhir_export import export_questionnaire
from screening_app.instruments.fhir_import import FhirDocumentError, import_questionnaire_file
from screening_app.instruments.fhir_import_support import ImportNote
from screening_app.instruments.yaml_format import check_parsed, parse_instrument_text
from screening_app.instruments.yaml_writer import instrument_yaml
from screening_app.loading.errors import DocumentError


def register(subparsers: Any) -> None:
    fhir = subparsers.add_parser(
        "fhir",
        help="export an instrument as a FHIR R4 Questionnaire, or import one",
        description="FHIR R4 Questionnaires: export an instrument, or import a Questionnaire "
        "as an instrument file (what cannot be imported is listed by linkId).",
    )
    commands = fhir.add_subparsers(dest="fhir_command", metavar="COMMAND", required=True)

    export = commands.add_parser(
        "export",
        help="write an instrument as a FHIR R4 Questionnaire (JSON)",
        description="Write an instrument (a YAML file, or the id of a bundled instrument) as "
        "a FHIR R4 Questionnaire.",
    )
    export.add_argument("instrument", metavar="INSTRUMENT")
    export.add_argument("-o", "--output", required=True, metavar="FILE.json", help="'-': stdout")
    export.set_defaults(handler=run_export)

    imp = commands.add_parser(
        "import",
        help="turn a FHIR R4 Questionnaire (JSON) into an instrument file (YAML)",
        description="Import a FHIR R4 Questionnaire as an instrument file. What is not "
        "imported, or imported differently, is printed and written at the top of the file.",
    )
    imp.add_argument("questionnaire", type=Path, metavar="FILE.json")
    imp.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.yaml")
    imp.add_argument(
        "--lang", default=None, help="the language of the texts, if the Questionnaire omits it"
    )
    imp.add_argument("--force", action="store_true", help="overwrite FILE.yaml if it exists")
    imp.set_defaults(handler=run_import)


def _report(error: DocumentError, source: Path | None = None) -> int:
    """Every problem, then (for a refused import) the notes that explain it."""
    for problem in error.errors:
        print(problem, file=sys.stderr)
    if isinstance(error, FhirDocumentError) and source is not None:
        for note in error.notes:
            print(f"{source}: {note_line(note)}", file=sys.stderr)
    return 1


def note_line(note: ImportNote) -> str:
    """A note as printed: ``not kept: ...`` for a loss, else the note itself."""
    return f"not kept: {note}" if note.kind == "loss" else str(note)


def run_export(args: argparse.Namespace) -> int:
    try:
        instrument = resolve_instrument(args.instrument)
    except DocumentError as error:
        return _report(error)
    text = json.dumps(export_questionnaire(instrument), ensure_ascii=False, indent=2) + "\n"
    if args.output == "-":
        sys.stdout.write(text)
        return 0
    try:
        Path(args.output).write_text(text, encoding="utf-8")
    except OSError as error:
        print(f"{args.output}: cannot be written ({error.strerror})", file=sys.stderr)
        return 1
    print(
        f"{args.output}: Questionnaire {instrument.canonical_url}|{instrument.version} "
        f"({len(instrument.items_by_id)} items, {', '.join(instrument.language_codes)})"
    )
    return 0


def run_import(args: argparse.Namespace) -> int:
    source: Path = args.questionnaire
    output: Path = args.output
    if output.exists() and not args.force:
        print(f"{output}: exists already (use --force to overwrite it)", file=sys.stderr)
        return 1
    try:
        result, _document = import_questionnaire_file(source, str(source), args.lang)
    except DocumentError as error:
        return _report(error, source)
    notes = [note_line(note) for note in result.notes]
    header = [
        f"Imported from the FHIR Questionnaire {source.name} by 'screening-app fhir import'.",
        "Review it before use." if notes else "Imported exactly (a TrygStart export).",
    ]
    if notes:
        header.append("What was not kept, or kept differently (by the linkId in the FHIR file):")
        header += [f"- {note}" for note in notes]
    text = instrument_yaml(result.instrument, header)
    # The file must load as it is: a difference here is a bug, not the user's problem.
    reloaded = check_parsed(parse_instrument_text(text, str(output)))
    assert reloaded == result.instrument, "the written YAML does not load back the same"
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as error:
        print(f"{output}: cannot be written ({error.strerror})", file=sys.stderr)
        return 1
    for note in notes:
        print(f"{source}: {note}", file=sys.stderr)
    instrument = result.instrument
    print(
        f"{output}: instrument {instrument.id} {instrument.version} "
        f"({len(instrument.items_by_id)} items; {len(notes)} notes, "
        f"{len(result.losses)} on what was not kept)"
    )
    return 0
