"""Import a FHIR R4 Questionnaire as an instrument, naming by linkId what is not imported.

A Questionnaire exported by TrygStart (it carries ``EXT_INSTRUMENT``) imports back exactly. Any
other Questionnaire imports what the instrument model can hold (see ``fhir_import_items``,
``fhir_import_details``, ``fhir_import_conditions`` and ``fhir_import_formulas`` for the rules),
and every difference is an ``ImportNote`` (a loss, or information). The metadata FHIR does not
have (roles, sources, licence) is filled with clearly marked values, the status is set to draft
until the clinic has reviewed the import, and the result passes the same checks as any
instrument file (``check_instrument``): an enableWhen loop, say, is refused. A questionnaire
left with no question (only texts) is refused too.

Problems that stop an import are ``FhirImportError`` (locations in the JSON document, with the
notes that explain them); for files, ``import_questionnaire_file`` turns them into
``file:line:col: location: message`` lines (``FhirDocumentError``, which keeps the notes).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from screening_app.domain.base import Loc, format_loc
from screening_app.domain.checks import check_instrument
from screening_app.domain.context import ROLES
from screening_app.domain.instrument import CANONICAL_BASE, UNION_TAGS, Instrument
from screening_app.instruments.fhir_common import EXT_INSTRUMENT, EXT_VARIABLE, InstrumentExtras
from screening_app.instruments.fhir_import_items import ItemsBuilder
from screening_app.instruments.fhir_import_options import coding_data
from screening_app.instruments.fhir_import_support import (
    ImportNote,
    Notes,
    Texts,
    describe_extension,
    identifier,
    language_code,
    semantic_version,
)
from screening_app.instruments.fhir_import_valuesets import read_contained
from screening_app.instruments.fhir_input import FQuestionnaire
from screening_app.instruments.fhir_json import JsonDocument, load_json
from screening_app.loading.errors import DocumentError, FileError
from screening_app.loading.validation import message_for

IMPORT_LICENCE = (
    "Imported from FHIR; the clinic must confirm it holds the rights to use this questionnaire."
)
_URL = re.compile(r"^(https?://|urn:)\S+$")
_WEB = re.compile(r"^https?://\S+$")
_TRYGSTART_URLS = ("urn:trygstart:questionnaire:", CANONICAL_BASE + "Questionnaire/")
_ROOT_IGNORED = frozenset({"id", "meta", "text"})  # resource id, tags, generated narrative
_MAX_CODES = 10
_EXTRAS_FIELDS = frozenset({"kind", "languages", "roles", "sources", "scores", "outcome", "flags"})


@dataclass(frozen=True)
class ImportResult:
    instrument: Instrument
    notes: tuple[ImportNote, ...]
    exact: bool  # a TrygStart export, imported exactly (no notes)

    @property
    def losses(self) -> tuple[ImportNote, ...]:
        """What the import did not keep (the notes that are not just information)."""
        return tuple(note for note in self.notes if note.kind == "loss")

    @property
    def outcome(self) -> str:
        """``fully`` (nothing lost) or ``partly`` (losses named in the notes)."""
        return "partly" if self.losses else "fully"


class FhirImportError(Exception):
    """A Questionnaire that cannot be imported: problems at their locations in the document,
    and the notes that explain them (what was left out on the way)."""

    def __init__(self, problems: list[tuple[Loc, str]], notes: tuple[ImportNote, ...] = ()) -> None:
        self.problems = problems
        self.notes = notes
        super().__init__("\n".join(f"{format_loc(loc)}: {message}" for loc, message in problems))


class FhirDocumentError(DocumentError):
    """A Questionnaire file that cannot be imported: its problems as file lines, and the notes."""

    def __init__(self, errors: list[FileError], notes: tuple[ImportNote, ...]) -> None:
        super().__init__(errors)
        self.notes = notes


def import_questionnaire(
    data: Any, language: str | None = None, fallback_id: str | None = None
) -> ImportResult:
    """Import a parsed FHIR Questionnaire (JSON data); FhirImportError if it cannot be.

    ``language``: the language of the texts when the Questionnaire does not say.
    ``fallback_id``: the instrument id to use when the Questionnaire has no id or name.
    """
    if not isinstance(data, dict):
        raise FhirImportError([((), "not a FHIR resource (a JSON object is expected)")])
    kind = data.get("resourceType")
    if kind != "Questionnaire":
        shown = "no resourceType" if kind is None else f"resourceType {kind!r}"
        raise FhirImportError([(("resourceType",), f"not a FHIR Questionnaire ({shown})")])
    try:
        questionnaire = FQuestionnaire.model_validate(data)
    except ValidationError as error:
        raise FhirImportError(_validation_problems(data, error)) from None
    return _Importer(questionnaire, language, fallback_id).run()


def import_questionnaire_file(
    path: Path, display: str | None = None, language: str | None = None
) -> tuple[ImportResult, JsonDocument]:
    """Read and import a Questionnaire JSON file; DocumentError with positioned lines if not."""
    document = load_json(path, display)
    try:
        return import_questionnaire(document.data, language, fallback_id=path.stem), document
    except FhirImportError as error:
        errors = problems_to_errors(document, error.problems)
        raise FhirDocumentError(errors, error.notes) from None


def problems_to_errors(document: JsonDocument, problems: list[tuple[Loc, str]]) -> list[FileError]:
    out = []
    for loc, message in problems:
        line, col = document.position(loc)
        out.append(FileError(document.path, line, col, format_loc(loc) if loc else "", message))
    return out


def step(node: Any, part: str | int) -> tuple[bool, Any]:
    """``node[part]`` if ``part`` is a key of a mapping or an index of a list in it."""
    if isinstance(node, dict) and part in node:
        return True, node[part]
    if isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
        return True, node[part]
    return False, None


def _validation_problems(data: Any, error: ValidationError) -> list[tuple[Loc, str]]:
    """Pydantic errors at their document locations (union member names dropped), one per place."""
    seen: dict[Loc, str] = {}
    for detail in error.errors(include_url=False):
        node, loc = data, []
        for part in detail["loc"]:
            found, child = step(node, part)
            if found:
                node = child
            elif detail["type"] == "missing" and part == detail["loc"][-1]:
                pass
            else:
                continue
            loc.append(part)
        seen.setdefault(tuple(loc), message_for(detail))
    return list(seen.items())


def _dates_in_conditions(data: dict[str, Any]) -> None:
    """Comparisons with date items hold dates (as the YAML loader gives them), not ISO text."""
    dates: set[str] = set()
    conditions: list[Any] = [flag.get("when") for flag in data.get("flags", [])]
    stack = list(data["items"])
    while stack:
        item = stack.pop()
        if item.get("type") == "date":
            dates.add(item["linkId"])
        conditions.append(item.get("enableWhen"))
        stack.extend(item.get("items", []))
    while conditions:
        node = conditions.pop()
        if not isinstance(node, dict):
            continue
        conditions.extend(node.get("all", []) + node.get("any", []))
        value = node.get("value")
        if node.get("item") in dates and isinstance(value, str) and node.get("op") != "exists":
            with contextlib.suppress(ValueError):
                node["value"] = dt.date.fromisoformat(value)


def _has_question(items: list[dict[str, Any]]) -> bool:
    for item in items:
        if item.get("type") not in ("display", "group"):
            return True
        if _has_question(item.get("items", [])):
            return True
    return False


def _has_weights(items: list[dict[str, Any]]) -> bool:
    for item in items:
        if any("weight" in option for option in item.get("options", [])):
            return True
        if _has_weights(item.get("items", [])):
            return True
    return False


class _Importer:
    def __init__(self, questionnaire: FQuestionnaire, language: str | None, fallback: str | None):
        self.q = questionnaire
        self.language = language
        self.fallback = fallback
        self.notes = Notes()
        self.problems: list[tuple[Loc, str]] = []
        self.root_locs: dict[str, Loc] = {}

    def fail(self) -> FhirImportError:
        return FhirImportError(self.problems, tuple(self.notes.items))

    def run(self) -> ImportResult:
        q = self.q
        if q.modifier_extension:
            names = ", ".join(describe_extension(e) for e in q.modifier_extension)
            self.problems.append((("modifierExtension",), f"cannot be imported safely: {names}"))
        extras = self._extras()
        primary = self._primary(extras)
        if self.problems:
            raise self.fail()
        texts = Texts(primary, self.notes)
        value_sets = read_contained(q.contained)
        if value_sets.ignored:
            self.notes.add(None, "ignored (not supported here): " + ", ".join(value_sets.ignored))
        root_extensions = q.extension
        builder = ItemsBuilder(
            q.item,
            texts,
            self.notes,
            extras is not None,
            value_sets=value_sets,
            root_extensions=root_extensions,
        )
        items = builder.build()
        self.problems += builder.errors
        if self.problems:
            raise self.fail()
        if not items:
            self.problems.append((("item",), "no item could be imported (see the notes)"))
            raise self.fail()
        if not _has_question(items):
            self.problems.append(
                (("item",), "no question could be imported, only texts (see the notes)")
            )
            raise self.fail()
        data = self._metadata(extras, texts)
        self._parts(data, builder, list(value_sets.by_reference), extras is None)
        data["items"] = items
        wanted = [t.code for t in extras.languages] if extras else None
        languages = texts.settle(wanted)
        if extras is None:
            version = data["version"]
            data["languages"] = [{"code": lang, "version": version} for lang in languages]
        _dates_in_conditions(data)
        if extras is None and _has_weights(items) and not builder.scores:
            self.notes.add(
                None,
                "answer options carry weights (itemWeight/ordinalValue), but the questionnaire "
                "adds them up nowhere (no calculatedExpression reads them): add a 'sum' score "
                "in the YAML if its total is the sum of the weights",
                kind="info",
            )
        try:
            instrument = Instrument.model_validate(data)
        except ValidationError as error:
            raise self._placed(
                data, builder.origin, [(tuple(e["loc"]), message_for(e)) for e in error.errors()]
            ) from None
        problems = check_instrument(instrument)
        if problems:
            raise self._placed(data, builder.origin, [(p.loc, p.message) for p in problems])
        notes = tuple(self.notes.items)
        return ImportResult(instrument, notes, exact=extras is not None and not notes)

    def _parts(
        self, data: dict[str, Any], builder: ItemsBuilder, order: list[str], foreign: bool
    ) -> None:
        """The questionnaire's codes, value sets and (from another tool) the scores found."""
        codes = [coding_data(c) for c in self.q.code if c.code][:_MAX_CODES]
        if codes:
            data["codes"] = codes
        if builder.shared:
            shared = sorted(builder.shared.values(), key=lambda v: order.index("#" + v["id"]))
            data["valueSets"] = shared
        if builder.scores and foreign:
            data["scores"] = builder.scores

    # ------------------------------------------------------------- metadata
    def _extras(self) -> InstrumentExtras | None:
        found = None
        ignored: list[str] = []
        for index, extension in enumerate(self.q.extension):
            if extension.url == EXT_VARIABLE:
                continue  # read where an expression uses it
            if extension.url != EXT_INSTRUMENT:
                ignored.append(describe_extension(extension))
                continue
            value = extension.value()
            loc: Loc = ("extension", index)
            self.root_locs.update(dict.fromkeys(_EXTRAS_FIELDS, loc))
            try:
                if value is None or not isinstance(value[1], str):
                    raise ValueError
                found = InstrumentExtras.model_validate_json(value[1])
            except ValueError as error:
                detail = ""
                if isinstance(error, ValidationError):
                    first = error.errors(include_url=False)[0]
                    detail = f" ({format_loc(tuple(first['loc']))}: {message_for(first)})"
                self.problems.append((loc, f"TrygStart's instrument data cannot be read{detail}"))
        ignored += [f"element Questionnaire.{name}" for name in self.q.unknown(_ROOT_IGNORED)]
        if ignored:
            self.notes.add(None, "ignored (not supported here): " + ", ".join(ignored))
        return found

    def _primary(self, extras: InstrumentExtras | None) -> str:
        if extras is not None and extras.languages:
            return extras.languages[0].code
        raw = self.language or self.q.language
        if raw is None:
            self.notes.add(
                None,
                "the Questionnaire does not say its language: its texts are taken to be 'en' "
                "(give the language when importing if they are not)",
                kind="info",
            )
            return "en"
        code = language_code(raw)
        if code is None:
            where: Loc = () if self.language else ("language",)
            self.problems.append((where, f"'{raw}' cannot be used as a language code here"))
            return "en"
        return code

    def _metadata(self, extras: InstrumentExtras | None, texts: Texts) -> dict[str, Any]:
        q = self.q
        for name in ("title", "description", "version", "url", "status", "copyright"):
            self.root_locs[name] = (name,)
        self.root_locs["licence"] = ("copyright",)
        self.root_locs["id"] = ("id",)
        data: dict[str, Any] = {}
        if extras is not None:
            data.update(extras.model_dump(by_alias=True, exclude_defaults=True))
            data["version"] = q.version
            data["status"] = q.status
            if q.url and q.url not in [base + extras.id for base in _TRYGSTART_URLS]:
                data["url"] = q.url
            data["title"] = texts.text(q.title or "", q.title_ext, None, "title")
            description = q.description or ""
            data["description"] = texts.text(description, q.description_ext, None, "description")
            data["licence"] = q.copyright
            return data
        data["id"] = identifier(q.id, q.name, self.fallback, q.title) or "imported-questionnaire"
        version = semantic_version(q.version)
        if version is None:
            version = "1.0.0"
            self.notes.add(
                None,
                f"version '{q.version}' is not a version such as 1.0.0: 1.0.0 is used"
                if q.version
                else "no version: 1.0.0 is used",
                kind="info",
            )
        elif version != q.version:
            self.notes.add(None, f"version '{q.version}' is written {version}", kind="info")
        data["version"] = version
        data["status"] = "draft"
        if q.status != "draft":
            self.notes.add(
                None,
                f"status set to draft (the file says {q.status or 'nothing'}): review the "
                "import, then set it to active",
                kind="info",
            )
        if q.url and _URL.match(q.url):
            data["url"] = q.url
        elif q.url:
            self.notes.add(None, f"url '{q.url}' is not a web address or urn: not kept")
        title = q.title or q.name
        if title and title.strip():
            data["title"] = texts.text(title, q.title_ext if q.title else None, None, "title")
        else:
            data["title"] = texts.filler("Imported questionnaire")
            self.notes.add(None, "no title: 'Imported questionnaire' is used", kind="info")
        if q.description and q.description.strip():
            data["description"] = texts.text(q.description, q.description_ext, None, "description")
        else:
            data["description"] = texts.filler("Imported from a FHIR Questionnaire.")
        data["roles"] = list(ROLES)
        data["sources"] = [self._source(title)]
        licence = IMPORT_LICENCE
        if q.copyright and q.copyright.strip():
            licence = f"{q.copyright.strip()[:1500]}\n\n{IMPORT_LICENCE}"
        data["licence"] = licence
        self.notes.add(
            None,
            "filled in, as FHIR has no place for them (check them): roles (all), sources "
            f"(the FHIR file), licence ('{IMPORT_LICENCE}')",
            kind="info",
        )
        return data

    def _source(self, title: str | None) -> dict[str, Any]:
        q = self.q
        parts = [f"FHIR Questionnaire '{title}'" if title else "A FHIR Questionnaire"]
        if q.publisher:
            parts.append(f"published by {q.publisher}")
        if q.version:
            parts.append(f"version {q.version}")
        if q.url:
            parts.append(q.url)
        citation = ", ".join(parts)[:900] + ". Imported into TrygStart; check the original."
        source: dict[str, Any] = {"citation": citation}
        if q.url and _WEB.match(q.url) and len(q.url) <= 500:  # noqa: PLR2004
            source["url"] = q.url
        return source

    # ----------------------------------------------------------- placement
    def _placed(
        self,
        data: dict[str, Any],
        origin: dict[int, tuple[Loc, str]],
        problems: list[tuple[Loc, str]],
    ) -> FhirImportError:
        """Problems found in the instrument data, placed at the FHIR item they come from."""
        placed: list[tuple[Loc, str]] = []
        for model_loc, message in problems:
            node: Any = data
            path: list[str | int] = []
            found: tuple[Loc, str] | None = None
            rest_from = 0
            for part in model_loc:
                found_part, child = step(node, part)
                if found_part:
                    node = child
                else:
                    if isinstance(part, int) or part not in UNION_TAGS:
                        path.append(part)
                    continue
                path.append(part)
                if isinstance(node, dict) and id(node) in origin:
                    found = origin[id(node)]
                    rest_from = len(path)
            rest = format_loc(tuple(path[rest_from:])) if path[rest_from:] else ""
            if found is not None:
                fhir_loc, link_id = found
                inside = f"{rest}: " if rest else ""
                placed.append((fhir_loc, f"item '{link_id}': {inside}{message}"))
            else:
                top = str(path[0]) if path else ""
                fhir_loc = self.root_locs.get(top, ())
                placed.append((fhir_loc, f"{format_loc(tuple(path))}: {message}"))
        self.problems += placed
        return self.fail()
