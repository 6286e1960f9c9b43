"""YAML -> FHIR -> model gives the same instrument, and the same behaviour on the same answers.

Behaviour is compared after every answer of random answer sequences: visible items, the answers
that count, scores, band, flags and completeness, in both languages and random contexts. The
FHIRPath ``enableWhenExpression`` written for nested conditions is evaluated with a FHIRPath
engine (fhirpathpy) on the session's QuestionnaireResponse and compared with the engine.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from fhirpathpy import evaluate
from fhirpathpy.models import models
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from screening_app.domain.answers import AnswerError
from screening_app.domain.conditions import compile_condition
from screening_app.domain.context import PHASES, ROLES, Context
from screening_app.domain.instrument import (
    BooleanItem,
    ChoiceItem,
    DateItem,
    DecimalItem,
    Instrument,
    IntegerItem,
    MultiChoiceItem,
    is_question,
    walk_items,
)
from screening_app.domain.session import Session, comparison_value
from screening_app.instruments.fhir_common import EXT_ENABLE_WHEN_EXPRESSION
from screening_app.instruments.fhir_export import export_questionnaire
from screening_app.instruments.fhir_import import import_questionnaire
from screening_app.instruments.fhir_response import export_response
from screening_app.instruments.yaml_format import check_parsed, parse_instrument_text
from screening_app.instruments.yaml_writer import instrument_yaml
from tests.fhir.support import MINIMAL, RICH, as_json, by_link_id, instrument

PATHS = {"minimal": MINIMAL, "rich": RICH}
AUTHORED = dt.datetime(2025, 3, 4, 10, 30, tzinfo=dt.UTC)


def _reimported(original: Instrument) -> Instrument:
    result = import_questionnaire(as_json(export_questionnaire(original)))
    assert result.exact
    assert result.notes == ()
    return result.instrument


@pytest.mark.parametrize("name", list(PATHS))
def test_export_then_import_gives_the_same_instrument(name: str) -> None:
    original = instrument(PATHS[name])
    assert _reimported(original) == original


@pytest.mark.parametrize("name", list(PATHS))
def test_written_yaml_loads_as_the_same_instrument(name: str) -> None:
    original = instrument(PATHS[name])
    text = instrument_yaml(original, ["a header line"])
    assert text.startswith("# a header line\n")
    assert check_parsed(parse_instrument_text(text, "written.yaml")) == original


# ------------------------------------------------------------ behaviour
def _answer_values(item: Any) -> st.SearchStrategy[Any]:
    if isinstance(item, BooleanItem):
        return st.booleans()
    if isinstance(item, ChoiceItem):
        return st.sampled_from([o.code for o in item.options])
    if isinstance(item, MultiChoiceItem):
        return st.lists(st.sampled_from([o.code for o in item.options]), unique=True)
    if isinstance(item, IntegerItem):
        low = (item.min if item.min is not None else 0) - 2
        high = (item.max if item.max is not None else 100) + 2
        return st.integers(low, high)
    if isinstance(item, DecimalItem):
        return st.floats(-1, 12, allow_nan=False).map(lambda v: round(v, 1))
    if isinstance(item, DateItem):
        return st.dates(dt.date(2019, 6, 1), dt.date(2031, 6, 1))
    return st.text(max_size=12)


def _steps(subject: Instrument) -> st.SearchStrategy[list[tuple[str, Any]]]:
    questions = [item for item, _p, _l in walk_items(subject.items) if is_question(item)]
    step = st.one_of(
        *(st.tuples(st.just(q.link_id), st.none() | _answer_values(q)) for q in questions)
    )
    return st.lists(step, max_size=25)


_CONTEXTS = st.builds(
    Context,
    role=st.none() | st.sampled_from(ROLES),
    phase=st.none() | st.sampled_from(PHASES),
    weeks_pregnant=st.none() | st.integers(0, 45),
    child_age_weeks=st.none() | st.integers(0, 520),
)


def _state(session: Session) -> tuple[Any, ...]:
    result = session.result()
    return (
        [item.link_id for item in session.visible_items()],
        session.answers,
        result.scores,
        result.band.id if result.band else None,
        [flag.id for flag in result.flags],
        result.complete,
        result.missing,
        result.to_json(),
    )


def _apply(session: Session, link_id: str, value: Any) -> Any:
    try:
        return ("ok", session.answer(link_id, value))
    except AnswerError as error:
        return ("refused", error.code)


@pytest.mark.parametrize("name", list(PATHS))
def test_same_behaviour_on_the_same_answers(name: str) -> None:
    original = instrument(PATHS[name])
    imported = _reimported(original)

    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(
        steps=_steps(original),
        context=_CONTEXTS,
        lang=st.sampled_from(original.language_codes),
    )
    def check(steps: list[tuple[str, Any]], context: Context, lang: str) -> None:
        before = Session(original, lang, context)
        after = Session(imported, lang, context)
        assert _state(before) == _state(after)
        for link_id, value in steps:
            assert _apply(before, link_id, value) == _apply(after, link_id, value)
            assert _state(before) == _state(after)

    check()


# --------------------------------------------------------------- FHIRPath
@pytest.mark.slow
def test_fhirpath_expressions_mean_what_the_engine_does() -> None:
    rich = instrument(RICH)
    questionnaire = by_link_id(export_questionnaire(rich))
    multi = frozenset(
        i.link_id for i, _p, _l in walk_items(rich.items) if isinstance(i, MultiChoiceItem)
    )
    expressions: dict[str, tuple[str, Any]] = {}
    for item, _parent, _loc in walk_items(rich.items):
        for extension in questionnaire[item.link_id].get("extension", []):
            if extension["url"] == EXT_ENABLE_WHEN_EXPRESSION:
                assert item.enable_when is not None
                predicate = compile_condition(
                    item.enable_when, multi, lambda c: comparison_value(rich, c)
                )
                expressions[item.link_id] = (extension["valueExpression"]["expression"], predicate)
    assert set(expressions) == {"nested", "nested2"}
    seen: dict[tuple[str, bool], int] = {}

    @settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(steps=_steps(rich), context=_CONTEXTS)
    @example(steps=[("a", True), ("c", ["y"])], context=Context(weeks_pregnant=5))
    @example(steps=[("a", False)], context=Context(role="father-co-parent"))
    def check(steps: list[tuple[str, Any]], context: Context) -> None:
        session = Session(rich, "da", context)
        for link_id, value in steps:
            _apply(session, link_id, value)
        response = as_json(export_response(session, AUTHORED))
        for link_id, (expression, predicate) in expressions.items():
            expected = predicate(session.answers, session.context)
            got = evaluate(response, expression, {"resource": response}, models["r4"])
            assert got == [expected], (link_id, expression, session.answers, context)
            seen[(link_id, expected)] = seen.get((link_id, expected), 0) + 1

    check()
    # both outcomes of both expressions were exercised
    assert {key for key, count in seen.items() if count} == {
        ("nested", True),
        ("nested", False),
        ("nested2", True),
        ("nested2", False),
    }


def test_reimport_of_a_file_written_to_disk(tmp_path: Path) -> None:
    import json

    original = instrument(RICH)
    path = tmp_path / "rich.json"
    path.write_text(json.dumps(export_questionnaire(original), indent=2), encoding="utf-8")
    from screening_app.instruments.fhir_import import import_questionnaire_file

    result, _document = import_questionnaire_file(path)
    assert result.instrument == original
