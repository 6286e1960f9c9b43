"""Repeating groups: each repetition has its own answers and conditions; outside the group,
every repetition counts; stored answers come back; FHIR keeps one response item per repetition.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from tests.fhir.support import DATA, as_json, valid_questionnaire, valid_response

from screening_app.domain.answers import AnswerError
from screening_app.domain.context import Context
from screening_app.domain.instrument import GroupItem, Instrument
from screening_app.domain.session import Session, answers_json
from screening_app.instruments.fhir_export import export_questionnaire
from screening_app.instruments.fhir_import import import_questionnaire, import_questionnaire_file
from screening_app.instruments.fhir_response import export_response
from screening_app.instruments.yaml_format import load_instrument

HERE = Path(__file__).parent


@pytest.fixture(scope="module")
def repeats() -> Instrument:
    return load_instrument(HERE / "repeats.yaml")


def _two_medicines(session: Session) -> None:
    session.answer("name", "Alfa")
    session.answer("kind", "pill")
    session.answer("doses", 2)
    assert session.add_repeat("medicines") == 1
    session.answer("name", "Beta", repeat=1)
    session.answer("kind", "other", repeat=1)
    session.answer("which", "drops", repeat=1)


def test_each_repetition_has_its_own_answers_and_conditions(repeats: Instrument) -> None:
    session = Session(repeats, "en", Context())
    assert session.repeat_count("medicines") == 1
    _two_medicines(session)
    assert session.given("name") == "Alfa"
    assert session.given("name", repeat=1) == "Beta"
    assert not session.is_visible("which", repeat=0)
    assert session.is_visible("which", repeat=1)
    with pytest.raises(AnswerError):
        session.answer("which", "x", repeat=0)  # not shown in the first repetition
    with pytest.raises(AnswerError):
        session.answer("name", "x", repeat=5)


def test_outside_the_group_every_repetition_counts(repeats: Instrument) -> None:
    session = Session(repeats, "en", Context())
    _two_medicines(session)
    assert session.is_visible("any-other")  # one repetition says "other"
    result = session.result()
    assert result.scores["kinds"] == 6  # pill 1 + other 5
    assert result.scores["doses-total"] == 1  # answered in one repetition
    assert session.value("kind") == ("pill", "other")
    session.remove_repeat("medicines", 1)
    assert not session.is_visible("any-other")
    assert session.repeat_count("medicines") == 1


def test_required_in_each_repetition_and_the_limit(repeats: Instrument) -> None:
    session = Session(repeats, "en", Context())
    assert session.missing_required() == ["name"]
    session.answer("name", "Alfa")
    assert session.complete
    session.add_repeat("medicines")
    assert session.missing_required() == ["name"]  # the second repetition has no name
    session.add_repeat("medicines")
    with pytest.raises(AnswerError):
        session.add_repeat("medicines")  # maxRepeats: 3


def test_stored_answers_come_back(repeats: Instrument) -> None:
    session = Session(repeats, "en", Context())
    _two_medicines(session)
    stored = json.loads(json.dumps(answers_json(session.given_answers())))
    assert stored == {
        "medicines": [
            {"name": "Alfa", "kind": "pill", "doses": 2},
            {"name": "Beta", "kind": "other", "which": "drops"},
        ]
    }
    again = Session(repeats, "en", Context())
    assert again.restore(stored) == []
    assert again.given_answers() == session.given_answers()
    assert again.result().scores == session.result().scores


def test_a_response_has_one_group_per_repetition(repeats: Instrument) -> None:
    session = Session(repeats, "en", Context())
    _two_medicines(session)
    response = as_json(export_response(session, dt.datetime(2025, 1, 2, tzinfo=dt.UTC)))
    valid_response(response)
    groups = [item for item in response["item"] if item["linkId"] == "medicines"]
    assert [[c["linkId"] for c in g["item"]] for g in groups] == [
        ["name", "kind", "doses"],
        ["name", "kind", "which"],
    ]


def test_repeating_groups_export_and_import_back(repeats: Instrument) -> None:
    exported = as_json(export_questionnaire(repeats))
    valid_questionnaire(exported)
    group = exported["item"][1]  # after TrygStart's context group
    assert group["repeats"] is True
    result = import_questionnaire(exported)
    assert result.exact
    assert result.instrument == repeats


@pytest.mark.parametrize(
    "name", ["fhir-corpus/lforms/date-in-repeating-group.json",
             "fhir-corpus/android-fhir/component_repeated_group.json"],
)  # fmt: skip
def test_real_repeating_groups_import_as_repeating_groups(name: str) -> None:
    result, _document = import_questionnaire_file(DATA / name)
    groups = [i for i in result.instrument.items_by_id.values() if isinstance(i, GroupItem)]
    assert any(group.repeats for group in groups)
    group = next(g for g in groups if g.repeats)
    session = Session(result.instrument, result.instrument.language_codes[0], Context())
    session.add_repeat(group.link_id)
    assert session.repeat_count(group.link_id) == 2
