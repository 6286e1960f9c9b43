"""Every bundled instrument (questionnaires/*.yaml, and the older versions in
questionnaires/archive/ that old records still use) is loaded and exercised with the real engine.

For each file: it loads with no error; every path of answers, from every context that matters,
reaches a complete session with a band; every band is the outcome of some path (a band with a
condition too); every option of every item is chosen on some path and scores as its weight says;
every item is shown on some path; every instrument and service it refers to exists; both
languages are complete. A new file in questionnaires/ is covered without changing this test.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from screening_app.cli import main as cli_main
from screening_app.domain.base import LocalizedText
from screening_app.domain.context import Context
from screening_app.domain.instrument import (
    BooleanItem,
    ChoiceItem,
    CountScore,
    Instrument,
    MultiChoiceItem,
    SumScore,
    is_question,
    walk_items,
)
from screening_app.domain.session import Session
from screening_app.instruments.catalog import Catalog, bundled_files, load_catalog
from tests.instruments.paths import Step, Walk, contexts, replay
from tests.instruments.service_ids import DIRECTORY_SERVICE_IDS

FILES: list[Path] = bundled_files()
REQUIRED_LANGUAGES = ("da", "en")
_SHOWN = 5  # failing paths quoted in a message


def _key(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


def contribution(
    instrument: Instrument, score: SumScore | CountScore, link_id: str, value: Any
) -> float:
    """What one answer adds to a score, read from the option weights (not from the engine)."""
    if isinstance(score, CountScore):
        matches = score.value in value if isinstance(value, tuple) else value == score.value
        return 1.0 if matches else 0.0
    item = instrument.item(link_id)
    if not isinstance(item, (ChoiceItem, MultiChoiceItem)):
        return 0.0
    weights = {option.code: option.weight for option in item.options}
    codes = value if isinstance(value, tuple) else (value,)
    return sum(weights[code] for code in codes)


def expected_score(
    instrument: Instrument, score: SumScore | CountScore, answers: dict[str, Any]
) -> float:
    """The score recomputed from the answers that count (an oracle independent of the engine)."""
    return sum(
        contribution(instrument, score, link_id, answers[link_id])
        for link_id in score.items
        if link_id in answers
    )


@dataclass
class WalkReport:
    """What walking every path through one instrument found."""

    instrument: Instrument
    walk: Walk
    leaves: int = 0
    failures: list[str] = field(default_factory=list)
    shown: set[str] = field(default_factory=set)
    bands: set[str] = field(default_factory=set)  # the bands some path ends in
    # (linkId, answer) -> the context and the answers given before it, the first time it was given
    first: dict[tuple[str, Any], tuple[Context, list[Step]]] = field(default_factory=dict)


def walk_instrument(instrument: Instrument) -> WalkReport:
    report = WalkReport(instrument, Walk.of(instrument))

    def describe(context: Context, path: list[Step]) -> str:
        given = ", ".join(f"{link_id}={value!r}" for link_id, value in path)
        return f"context {context.model_dump(exclude_none=True)} with {given}"

    for context in contexts(instrument):

        def on_step(
            _session: Session,
            prefix: list[Step],
            link_id: str,
            value: Any,
            context: Context = context,
        ) -> None:
            report.first.setdefault((link_id, _key(value)), (context, list(prefix)))

        def on_leaf(session: Session, path: list[Step], context: Context = context) -> None:
            report.shown.update(item.link_id for item in session.visible_items())
            result = session.result()
            problems = []
            if not result.complete:
                problems.append(f"incomplete (missing {', '.join(result.missing)})")
            if instrument.outcome is not None and result.band is None:
                problems.append(f"no band for scores {result.scores}")
            if result.band is not None:
                report.bands.add(result.band.id)
            for score in instrument.scores:
                want = expected_score(instrument, score, session.answers)
                if result.scores[score.id] != pytest.approx(want):
                    got = result.scores[score.id]
                    problems.append(f"score {score.id} is {got}, the weights give {want}")
            if problems and len(report.failures) < _SHOWN:
                report.failures.append(f"{describe(context, path)}: {'; '.join(problems)}")
            elif problems:
                report.failures.append("...")

        report.leaves += report.walk.run(context, on_leaf, on_step)
    return report


# ------------------------------------------------------------------- fixtures
@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog(known_services=DIRECTORY_SERVICE_IDS)


@pytest.fixture(scope="module", params=FILES, ids=[f"{p.parent.name}/{p.stem}" for p in FILES])
def instrument(request: pytest.FixtureRequest, catalog: Catalog) -> Instrument:
    path: Path = request.param
    found = catalog.by_file.get(str(path))
    if found is None:
        pytest.fail(f"{path.name} did not load: {[str(e) for e in catalog.errors]}")
    return found


@pytest.fixture(scope="module")
def report(instrument: Instrument) -> WalkReport:
    return walk_instrument(instrument)


# ---------------------------------------------------------------------- tests
def test_the_bundled_instruments_are_there(catalog: Catalog) -> None:
    assert {"ipv-screen", "safety-check"} <= set(catalog.instruments)


def test_every_file_loads_without_errors(catalog: Catalog) -> None:
    assert [str(error) for error in catalog.errors] == []
    assert sorted(catalog.files) == sorted(str(path) for path in FILES)


def test_the_validate_command_accepts_every_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main(["validate", *(str(path) for path in FILES)]) == 0
    out = capsys.readouterr().out
    assert out.count(": valid (") == len(FILES)


def test_every_path_reaches_a_complete_result_with_a_band(report: WalkReport) -> None:
    assert report.leaves > 0
    assert report.failures == []


def test_every_band_is_the_outcome_of_some_path(report: WalkReport, instrument: Instrument) -> None:
    if instrument.outcome is None:
        return
    assert {band.id for band in instrument.outcome.bands} - report.bands == set()


def test_every_item_is_shown_on_some_path(report: WalkReport, instrument: Instrument) -> None:
    every = {item.link_id for item, _parent, _loc in walk_items(instrument.items)}
    assert every - report.shown == set()


def test_every_option_of_every_item_is_chosen(report: WalkReport, instrument: Instrument) -> None:
    wanted: set[tuple[str, Any]] = set()
    for item, _parent, _loc in walk_items(instrument.items):
        if isinstance(item, (ChoiceItem, MultiChoiceItem)):
            codes = [option.code for option in item.options]
            if isinstance(item, ChoiceItem):
                wanted |= {(item.link_id, code) for code in codes}
            else:
                wanted |= {(item.link_id, (code,)) for code in codes}
        elif isinstance(item, BooleanItem):
            wanted |= {(item.link_id, True), (item.link_id, False)}
    assert wanted - set(report.first) == set()


def test_each_option_adds_its_weight_to_each_score(
    report: WalkReport, instrument: Instrument
) -> None:
    """Given on its own (everything after it unanswered), an answer adds exactly its weight."""
    checked = 0
    for (link_id, value), (context, prefix) in report.first.items():
        item = instrument.item(link_id)
        if value is None or not isinstance(item, (ChoiceItem, MultiChoiceItem, BooleanItem)):
            continue
        scores = [s for s in instrument.scores if link_id in s.items]
        session = replay(report.walk.compiled, context, prefix)
        before = session.result().scores
        session.answer(link_id, list(value) if isinstance(value, tuple) else value)
        after = session.result().scores
        for score in scores:
            want = contribution(instrument, score, link_id, value)
            assert after[score.id] - before[score.id] == pytest.approx(want), (
                f"{link_id}={value!r} changed {score.id} by {after[score.id] - before[score.id]}, "
                f"its weight says {want}"
            )
            checked += 1
    if instrument.scores:
        assert checked > 0


def test_referenced_instruments_exist(instrument: Instrument, catalog: Catalog) -> None:
    for actions in _all_actions(instrument):
        for ref in actions.instruments:
            assert ref in catalog.instruments, f"{instrument.id} recommends unknown {ref!r}"
            assert ref != instrument.id


def test_referenced_services_are_in_the_directory(instrument: Instrument) -> None:
    for actions in _all_actions(instrument):
        unknown = set(actions.services) - DIRECTORY_SERVICE_IDS
        assert unknown == set(), f"{instrument.id} refers to unknown services {sorted(unknown)}"


def test_both_languages_are_complete(instrument: Instrument) -> None:
    declared = instrument.language_codes
    assert set(REQUIRED_LANGUAGES) <= set(declared)
    texts = list(_localized_texts(instrument))
    assert texts
    for where, text in texts:
        assert text.languages == set(declared), f"{where}: has {sorted(text.languages)}"
        for lang in declared:
            assert text.get(lang).strip(), f"{where}.{lang} is blank"


def test_every_question_has_guidance_for_the_clinician(instrument: Instrument) -> None:
    missing = [
        item.link_id
        for item, _parent, _loc in walk_items(instrument.items)
        if is_question(item) and item.guidance is None
    ]
    assert missing == []


def test_sources_and_licence_are_stated(instrument: Instrument) -> None:
    assert instrument.sources
    assert all(source.citation.strip() for source in instrument.sources)
    assert instrument.licence.strip()


# -------------------------------------------------------------------- helpers
def _all_actions(instrument: Instrument) -> list[Any]:
    actions = [flag.actions for flag in instrument.flags]
    if instrument.outcome is not None:
        actions += [band.actions for band in instrument.outcome.bands]
    return actions


def _localized_texts(node: Any, where: str = "") -> list[tuple[str, LocalizedText]]:
    if isinstance(node, LocalizedText):
        return [(where, node)]
    out: list[tuple[str, LocalizedText]] = []
    if isinstance(node, BaseModel):
        for name in type(node).model_fields:
            out += _localized_texts(getattr(node, name), f"{where}.{name}" if where else name)
    elif isinstance(node, (list, tuple)):
        for index, value in enumerate(node):
            out += _localized_texts(value, f"{where}[{index}]")
    return out
