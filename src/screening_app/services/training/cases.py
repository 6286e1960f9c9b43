"""The training cases: every ``*.yaml`` in the bundled folder and in a trainer's extra folders,
validated like instruments (``file:line:col path: message``, every problem in one pass).

A case names the questionnaires it expects by id (and by version, when it was written for one:
then it must be the installed one, so a case is refused, not silently wrong, after the
questionnaire changes), their bands and flags, the answers of its script by link id and option
code, and the services a referral may go to: each is checked against what is installed, and an
unknown one is refused at its line. Two files with the same case id: the second is refused.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from screening_app.domain.answers import DECLINED_JSON
from screening_app.domain.base import Problem
from screening_app.domain.instrument import ChoiceItem, Instrument, is_question
from screening_app.domain.training.case import TrainingCase
from screening_app.domain.training.checks import check_case
from screening_app.loading.errors import DocumentError, FileError
from screening_app.loading.validation import problems_to_file_errors, validate_document
from screening_app.loading.yamlfile import YamlDocument, load_yaml
from screening_app.paths import resources_dir

Origin = Literal["bundled", "extra"]
# A scripted answer that is no option: the person declines to answer.
DECLINED = "declined"
MAX_CASE_FILES = 500  # per folder: a folder of thousands is a mistake, not a course


def bundled_cases_dir() -> Path:
    return resources_dir() / "training" / "cases"


def case_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.yaml") if p.is_file())[:MAX_CASE_FILES]


@dataclass
class CaseCatalog:
    cases: dict[str, TrainingCase] = field(default_factory=dict)  # by id, in file order
    origin: dict[str, Origin] = field(default_factory=dict)  # case id -> where it came from
    by_file: dict[str, TrainingCase] = field(default_factory=dict)
    errors: list[FileError] = field(default_factory=list)

    def get(self, case_id: str) -> TrainingCase:
        return self.cases[case_id]

    def ordered(self) -> list[TrainingCase]:
        return list(self.cases.values())


def load_cases(
    instruments: Mapping[str, Instrument],
    known_services: frozenset[str] | None,
    *,
    extra_folders: Sequence[Path] = (),
    paths: Sequence[Path] | None = None,
) -> CaseCatalog:
    """The bundled cases and those in ``extra_folders`` (or exactly ``paths``), checked against
    the installed ``instruments`` (current versions, by id) and the services directory's ids
    (None: the directory could not be read, and service ids are not checked)."""
    catalog = CaseCatalog()
    if paths is not None:
        sources: list[tuple[Path, Origin]] = [(p, "extra") for p in paths]
    else:
        sources = [(p, "bundled") for p in case_files(bundled_cases_dir())]
        for folder in extra_folders:
            if not folder.is_dir():
                catalog.errors.append(FileError(str(folder), 0, 0, "", "no such folder"))
                continue
            sources += [(p, "extra") for p in case_files(folder)]
    for path, origin in sources:
        try:
            case = load_case(path, instruments, known_services)
        except DocumentError as error:
            catalog.errors.extend(error.errors)
            continue
        if case.id in catalog.cases:
            catalog.errors.append(
                FileError(str(path), 1, 1, "id", f"case id '{case.id}' is used by another file")
            )
            continue
        catalog.cases[case.id] = case
        catalog.origin[case.id] = origin
        catalog.by_file[str(path)] = case
    catalog.errors.sort()
    return catalog


def load_case(
    path: Path,
    instruments: Mapping[str, Instrument],
    known_services: frozenset[str] | None,
    display: str | None = None,
) -> TrainingCase:
    """One fully checked case, or DocumentError with every problem placed in the file."""
    document = load_yaml(path, display)
    return check_document(document, instruments, known_services)


def check_document(
    document: YamlDocument,
    instruments: Mapping[str, Instrument],
    known_services: frozenset[str] | None,
) -> TrainingCase:
    case = validate_document(document, TrainingCase)
    problems = check_case(case) + reference_problems(case, instruments, known_services)
    if problems:
        raise DocumentError(problems_to_file_errors(document, problems))
    return case


def reference_problems(
    case: TrainingCase,
    instruments: Mapping[str, Instrument],
    known_services: frozenset[str] | None,
) -> list[Problem]:
    found: list[Problem] = []
    for index, expected in enumerate(case.expected.instruments):
        at = ("expected", "instruments", index)
        instrument = instruments.get(expected.id)
        if instrument is None:
            found.append(
                Problem.at(*at, "id", message=f"no installed questionnaire '{expected.id}'")
            )
            continue
        if expected.version is not None and expected.version != instrument.version:
            found.append(
                Problem.at(
                    *at,
                    "version",
                    message=f"written for version {expected.version}; the installed version is "
                    f"{instrument.version}: check the case against it",
                )
            )
        bands = [] if instrument.outcome is None else [b.id for b in instrument.outcome.bands]
        if expected.band is not None and expected.band not in bands:
            found.append(
                Problem.at(
                    *at,
                    "band",
                    message=f"'{expected.id}' has no band '{expected.band}' "
                    f"(bands: {', '.join(bands)})",
                )
            )
        flags = [f.id for f in instrument.flags]
        found.extend(
            Problem.at(
                *at,
                "flags",
                position,
                message=f"'{expected.id}' has no flag '{flag}' (flags: {', '.join(flags)})",
            )
            for position, flag in enumerate(expected.flags)
            if flag not in flags
        )
        found += _answer_problems(case, instrument)
    if known_services is not None:
        for index, action in enumerate(case.expected.actions):
            found.extend(
                Problem.at(
                    "expected",
                    "actions",
                    index,
                    "services",
                    position,
                    message=f"no service '{service}' in the services directory",
                )
                for position, service in enumerate(action.services)
                if service not in known_services
            )
    return found


def _answer_problems(case: TrainingCase, instrument: Instrument) -> list[Problem]:
    found: list[Problem] = []
    items = instrument.items_by_id
    for link_id, code in case.script.answers.get(instrument.id, {}).items():
        at = ("script", "answers", instrument.id, link_id)
        item = items.get(link_id)
        if item is None or not is_question(item):
            found.append(Problem.at(*at, message=f"'{instrument.id}' has no question '{link_id}'"))
            continue
        if code == DECLINED:
            continue
        if not isinstance(item, ChoiceItem):
            found.append(Problem.at(*at, message="only choice questions can be scripted"))
            continue
        codes = [o.code for o in item.options]
        if code not in codes:
            found.append(
                Problem.at(*at, message=f"'{code}' is no option here (options: {', '.join(codes)})")
            )
    return found


def scripted_answer(case: TrainingCase, instrument_id: str, link_id: str) -> object | None:
    """The person's scripted answer to one question, as the engine takes it (an option code,
    or the declined marker), or None when the script has none."""
    code = case.script.answers.get(instrument_id, {}).get(link_id)
    if code is None:
        return None
    return dict(DECLINED_JSON) if code == DECLINED else code
