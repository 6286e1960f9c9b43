"""Random JSON never crashes the importer: it imports, or it gives clear problems, within 1 s.

Three kinds of input: any JSON value; Questionnaire-shaped documents with random items,
conditions, options and extensions (including wrong types); and exported questionnaires with
random damage. Whatever imports must pass the instrument checks and write as loadable YAML.
"""

from __future__ import annotations

import gc
import os
import time
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from screening_app.domain.checks import check_instrument
from screening_app.instruments.fhir_common import (
    EXT_CALCULATED_EXPRESSION,
    EXT_CONDITION,
    EXT_CONTEXT,
    EXT_ENABLE_WHEN_EXPRESSION,
    EXT_GUIDANCE,
    EXT_HIDDEN,
    EXT_INSTRUMENT,
    EXT_ITEM_CONTROL,
    EXT_ITEM_WEIGHT,
    EXT_MAX_VALUE,
    EXT_MIN_VALUE,
    EXT_OPTION,
    EXT_ORDINAL_VALUE,
    EXT_TRANSLATION,
    EXT_UNIT,
    EXT_UNIT_OPTION,
    EXT_VARIABLE,
)
from screening_app.instruments.fhir_export import export_questionnaire
from screening_app.instruments.fhir_import import FhirImportError, import_questionnaire
from screening_app.instruments.yaml_format import check_parsed, parse_instrument_text
from screening_app.instruments.yaml_writer import instrument_yaml
from tests.fhir.support import RICH, as_json, instrument

# FHIR_FUZZ_EXAMPLES=5000 for a longer search by hand; the suite keeps it short.
FUZZ = settings(
    max_examples=int(os.environ.get("FHIR_FUZZ_EXAMPLES", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(-(10**6), 10**6)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20)
)
JSON = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)
LINK_IDS = ["a", "b", "c", "g", "/x/1", "trygstart:context:role", "a b", ""]
UNSUPPORTED = ["attachment", "url", "nonsense"]
TYPES = [
    "boolean",
    "choice",
    "open-choice",
    "integer",
    "decimal",
    "date",
    "time",
    "dateTime",
    "quantity",
    "string",
    "text",
    "display",
    "group",
]
# FHIRPath as real forms write it, with the linkIds above, and some that is not translated
SNIPPETS = [
    "%resource.item.where(linkId='a').answer.value",
    "%resource.repeat(item).where(linkId='b').answer.value.code = 'x'",
    "%resource.repeat(item).answer.weight().sum()",
    "iif(%v.exists(), %v + 1, {})",
    "item.where(linkId='c').answer.value > 3 and %v.empty()",
    "(%resource.item.where(linkId='/x/1').answer.value / 2).round(1)",
    "%v",
    "today()",
    "%patient.birthDate",
    "((((1))))",
    "1 +",
    "'text' & %v",
]
RARE_URLS = [EXT_HIDDEN, EXT_CALCULATED_EXPRESSION, EXT_ENABLE_WHEN_EXPRESSION]
URLS = [
    EXT_UNIT_OPTION,
    EXT_CONDITION,
    EXT_GUIDANCE,
    EXT_ITEM_CONTROL,
    EXT_ITEM_WEIGHT,
    EXT_ORDINAL_VALUE,
    EXT_MIN_VALUE,
    EXT_MAX_VALUE,
    EXT_UNIT,
    EXT_OPTION,
    EXT_CONTEXT,
    EXT_TRANSLATION,
    "http://example.org/other",
]
VALUE_KEYS = ["valueBoolean", "valueString", "valueInteger", "valueDecimal", "valueDate"]
ANSWER_KEYS = [
    "answerBoolean",
    "answerInteger",
    "answerDecimal",
    "answerDate",
    "answerString",
    "answerCoding",
    "answerQuantity",
]


def _mostly(
    good: st.SearchStrategy[Any], bad: st.SearchStrategy[Any], one_in: int = 30
) -> st.SearchStrategy[Any]:
    """Mostly well-typed values (to reach deep into the importer), sometimes wrong ones."""
    return st.integers(1, one_in).flatmap(lambda n: bad if n == 1 else good)


def _maybe(key: str, values: st.SearchStrategy[Any]) -> st.SearchStrategy[dict[str, Any]]:
    return st.one_of(st.just({}), values.map(lambda v: {key: v}))


def _merge(parts: list[dict[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for part in parts:
        out.update(part)
    return out


def _record(*parts: st.SearchStrategy[dict[str, Any]]) -> st.SearchStrategy[dict[str, Any]]:
    return st.tuples(*parts).map(lambda found: _merge(list(found)))


EXTENSION = st.builds(
    lambda url, key, value, nested: {"url": url, key: value, **nested},
    _mostly(st.sampled_from(URLS), st.sampled_from(RARE_URLS), 8),
    st.sampled_from(VALUE_KEYS),
    SCALARS | st.sampled_from(["2020-01-01", "{}", '{"code": "x"}', "help"]),
    _maybe(
        "extension",
        st.lists(
            st.fixed_dictionaries(
                {
                    "url": st.sampled_from(["lang", "content", "da", "en"]),
                    "valueString": st.text(max_size=6),
                }
            ),
            max_size=3,
        ),
    ),
)
ANSWER = st.sampled_from(ANSWER_KEYS).flatmap(
    lambda key: (SCALARS | st.fixed_dictionaries({"code": st.sampled_from(["x", "y"])})).map(
        lambda value: {key: value}
    )
)
EXPRESSION = st.builds(
    lambda url, text, name: {
        "url": url,
        "valueExpression": {"language": "text/fhirpath", "expression": text, **name},
    },
    st.sampled_from([EXT_CALCULATED_EXPRESSION, EXT_ENABLE_WHEN_EXPRESSION, EXT_VARIABLE]),
    st.sampled_from(SNIPPETS) | st.text(max_size=12),
    _maybe("name", st.sampled_from(["v", "w"])),
)
CONCEPT = st.fixed_dictionaries({"code": st.sampled_from(["x", "y"])})
INCLUDE = st.fixed_dictionaries(
    {"system": st.sampled_from(["http://x.org", ""]), "concept": st.lists(CONCEPT, max_size=3)}
)
CONTAINED = st.fixed_dictionaries(
    {
        "resourceType": st.sampled_from(["ValueSet", "Library"]),
        "id": st.sampled_from(["vs", "other"]),
        "compose": st.fixed_dictionaries({"include": st.lists(INCLUDE, max_size=2)}),
    }
)
ENABLE_WHEN = st.tuples(
    _mostly(st.sampled_from(LINK_IDS), st.integers()),
    st.sampled_from(["=", "!=", ">", "<", "exists", "??"]),
    ANSWER,
).map(lambda t: {"question": t[0], "operator": t[1], **t[2]})
OPTION = _record(
    st.one_of(
        st.fixed_dictionaries(
            {
                "valueCoding": _record(
                    _maybe("system", st.text(max_size=5)),
                    _maybe("code", st.sampled_from(["x", "y", ""])),
                )
            }
        ),
        st.fixed_dictionaries({"valueString": st.text(max_size=5)}),
        st.fixed_dictionaries({"valueInteger": st.integers(-3, 3)}),
        st.fixed_dictionaries({"valueDate": st.sampled_from(["2020", "2020-01-01", "x"])}),
        JSON.map(lambda v: {"valueReference": v}),
    ),
    _maybe("extension", st.lists(EXTENSION, max_size=2)),
    _maybe("initialSelected", st.booleans() | st.just("true")),
)


def _item(children: st.SearchStrategy[list[dict[str, Any]]]) -> st.SearchStrategy[dict[str, Any]]:
    return _record(
        st.fixed_dictionaries(
            {
                "linkId": _mostly(st.sampled_from(LINK_IDS), st.text(max_size=70)),
                "type": _mostly(st.sampled_from(TYPES), st.sampled_from(UNSUPPORTED), 6),
            }
        ),
        _maybe("text", _mostly(st.text(min_size=1, max_size=10), st.integers())),
        _maybe("required", _mostly(st.booleans(), st.sampled_from(["true", "no"]))),
        _maybe("repeats", _mostly(st.booleans(), st.just("true"))),
        _maybe("enableWhen", st.lists(ENABLE_WHEN, max_size=3)),
        _maybe("enableBehavior", _mostly(st.sampled_from(["all", "any"]), st.just("some"))),
        _maybe("answerOption", st.lists(OPTION, max_size=4)),
        _maybe("extension", st.lists(EXTENSION | EXPRESSION, max_size=3)),
        _maybe("maxLength", st.integers(-5, 30000)),
        _maybe("answerValueSet", st.sampled_from(["#vs", "#none", "http://x.org/vs"])),
        _maybe(
            "code",
            st.lists(
                st.fixed_dictionaries({"system": st.text(max_size=4), "code": st.text(max_size=4)}),
                max_size=2,
            ),
        ),
        _maybe("initial", JSON),
        _maybe("item", children),
    )


ITEMS = st.recursive(
    st.lists(_item(st.just([])), min_size=1, max_size=3),
    lambda inner: st.lists(_item(inner), min_size=1, max_size=3),
    max_leaves=12,
)
QUESTIONNAIRE = _record(
    st.just({"resourceType": "Questionnaire"}),
    _maybe("status", _mostly(st.sampled_from(["draft", "active", "retired", "unknown"]), SCALARS)),
    _maybe("language", _mostly(st.sampled_from(["da", "en-us", "en"]), SCALARS)),
    _maybe("version", _mostly(st.sampled_from(["1", "1.2", "1.2.3", "v9"]), SCALARS)),
    _maybe("title", _mostly(st.text(max_size=10), SCALARS)),
    _maybe("url", st.sampled_from(["http://x.org/q", "urn:x", "nonsense"])),
    _maybe(
        "extension",
        st.lists(
            _mostly(
                EXTENSION | EXPRESSION, st.just({"url": EXT_INSTRUMENT, "valueString": "{}"}), 10
            ),
            max_size=2,
        ),
    ),
    _maybe("contained", st.lists(CONTAINED, max_size=2)),
    _mostly(ITEMS.map(lambda items: {"item": items}), st.just({}), 20),
)


def _outcome(data: Any) -> tuple[Any, float]:
    """The import's result or its error, and how long it took.

    CPU time, so other processes on the machine do not count; and with the objects alive before
    the call frozen, so a full garbage collection that happens to fall inside the call does not
    charge the import for walking the whole test session's heap (a long run once measured 1.8 s
    for an import that takes 4 ms). The import's own objects are still collected, and counted."""
    gc.freeze()
    started = time.process_time()
    try:
        outcome: Any = import_questionnaire(data)
    except FhirImportError as error:
        outcome = error
    finally:
        spent = time.process_time() - started
        gc.unfreeze()
    return outcome, spent


def _check(data: Any) -> None:
    outcome, elapsed = _outcome(data)
    assert elapsed < 1.0
    if isinstance(outcome, FhirImportError):
        assert outcome.problems
        assert all(isinstance(message, str) and message for _loc, message in outcome.problems)
        assert all(isinstance(loc, tuple) for loc, _message in outcome.problems)
        return
    assert check_instrument(outcome.instrument) == []
    text = instrument_yaml(outcome.instrument, [str(n) for n in outcome.notes])
    assert check_parsed(parse_instrument_text(text, "fuzz.yaml")) == outcome.instrument


@FUZZ
@given(JSON)
def test_any_json_value(data: Any) -> None:
    _check(data)


@pytest.mark.slow
@FUZZ
@given(QUESTIONNAIRE)
def test_questionnaire_shaped_documents(data: dict[str, Any]) -> None:
    _check(data)


_EXPORTED = as_json(export_questionnaire(instrument(RICH)))


def _paths(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [path]
    if isinstance(node, dict):
        for key, value in node.items():
            out += _paths(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            out += _paths(value, (*path, index))
    return out


_ALL_PATHS = [p for p in _paths(_EXPORTED) if p]


def _damaged(changes: list[tuple[int, Any, bool]]) -> Any:
    data = as_json(_EXPORTED)
    for index, value, delete in changes:
        parent: Any = data
        path = _ALL_PATHS[index % len(_ALL_PATHS)]
        try:
            for part in path[:-1]:
                parent = parent[part]
            if delete and isinstance(parent, dict):
                del parent[path[-1]]
            else:
                parent[path[-1]] = value
        except (KeyError, IndexError, TypeError):
            continue  # an earlier change removed this place
    return data


@pytest.mark.slow
@FUZZ
@given(st.lists(st.tuples(st.integers(0, 10**6), JSON, st.booleans()), min_size=1, max_size=4))
# The input on which a long run measured 1.8 s: a collection of the session's heap (see _outcome).
@example([(15, [], False)])
def test_damaged_exports(changes: list[tuple[int, Any, bool]]) -> None:
    _check(_damaged(changes))
