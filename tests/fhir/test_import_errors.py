"""Files that cannot be imported give clear lines (``path:line:col: location: message``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from screening_app.instruments.fhir_common import EXT_INSTRUMENT
from screening_app.instruments.fhir_import import FhirDocumentError, import_questionnaire_file
from screening_app.instruments.fhir_json import MAX_JSON_BYTES, MAX_JSON_DEPTH
from screening_app.loading.errors import DocumentError

EMPTY = '{"resourceType": "Questionnaire", "status": "draft"}'


def _errors(path: Path) -> list[str]:
    with pytest.raises(DocumentError) as caught:
        import_questionnaire_file(path)
    lines = [str(error) for error in caught.value.errors]
    assert lines
    assert all(line.startswith(str(path)) for line in lines)
    return lines


def _write(tmp_path: Path, content: str | bytes, name: str = "q.json") -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def _questionnaire(**fields: Any) -> str:
    data: dict[str, Any] = {
        "resourceType": "Questionnaire",
        "status": "draft",
        "item": [{"linkId": "q1", "type": "boolean", "text": "Q1"}],
    }
    data.update(fields)
    return json.dumps(data, indent=2)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('{\n  "resourceType": "Questionnaire",\n  "item": [1,,]\n}', ":3:14: not valid JSON"),
        ("", ": the file is empty"),
        ("   \n", ": the file is empty"),
        ('{"a": 1, "a": 2}', "the key 'a' appears twice"),
        ('{"a": NaN}', "NaN is not allowed"),
        ("[" * (MAX_JSON_DEPTH + 1) + "]" * (MAX_JSON_DEPTH + 1), "nested deeper than"),
        ('{"n": ' + "9" * 5000 + "}", "a number has too many digits"),
        ("[1, 2]", ": not a FHIR resource (a JSON object is expected)"),
        ('{"resourceType": "Patient"}', ":1:18: resourceType: not a FHIR Questionnaire"),
        ('{"status": "draft"}', "not a FHIR Questionnaire (no resourceType)"),
    ],
)
def test_documents_that_are_not_questionnaires(tmp_path: Path, content: str, expected: str) -> None:
    lines = _errors(_write(tmp_path, content))
    assert any(expected in line for line in lines), lines


def test_binary_huge_and_missing_files(tmp_path: Path) -> None:
    assert "not a text file" in _errors(_write(tmp_path, b"\x00\x01{}"))[0]
    assert "not UTF-8" in _errors(_write(tmp_path, b'{"a": "\xff"}'))[0]
    huge = _write(tmp_path, '{"x": "' + "a" * MAX_JSON_BYTES + '"}')
    assert "the limit is" in _errors(huge)[0]
    assert "no such file" in _errors(tmp_path / "missing.json")[0]


def test_wrong_types_are_placed_in_the_file(tmp_path: Path) -> None:
    text = _questionnaire(
        item=[
            {"linkId": 5, "type": "boolean"},
            {"linkId": "q2", "type": "string", "enableBehavior": "sometimes"},
            {"linkId": "q3", "type": "string", "maxLength": "ten"},
        ],
        title=["not", "text"],
    )
    lines = _errors(_write(tmp_path, text))
    assert any(":6:17: item[0].linkId: must be text" in line for line in lines), lines
    assert any("item[1].enableBehavior: must be one of: 'all' or 'any'" in line for line in lines)
    assert any("item[2].maxLength: must be a whole number" in line for line in lines)
    assert any(": title: must be text" in line for line in lines)
    assert len(lines) == 4


def test_items_that_are_not_a_list(tmp_path: Path) -> None:
    lines = _errors(_write(tmp_path, _questionnaire(item={"linkId": "q1"})))
    assert any("item: must be a list" in line for line in lines), lines


def test_duplicate_link_ids(tmp_path: Path) -> None:
    text = _questionnaire(
        item=[
            {"linkId": "q1", "type": "boolean", "text": "A"},
            {"linkId": "g", "type": "group", "item": [{"linkId": "q1", "type": "string"}]},
        ]
    )
    lines = _errors(_write(tmp_path, text))
    assert any("item[1].item[0].linkId: linkId 'q1' is used twice" in line for line in lines)


def test_nothing_importable(tmp_path: Path) -> None:
    text = _questionnaire(item=[{"linkId": "t", "type": "attachment", "text": "A photo"}])
    assert any("no item could be imported" in line for line in _errors(_write(tmp_path, text)))
    assert any("no item could be imported" in line for line in _errors(_write(tmp_path, EMPTY)))


def test_a_refusal_comes_with_the_notes_that_explain_it(tmp_path: Path) -> None:
    text = _questionnaire(item=[{"linkId": "t", "type": "attachment", "text": "A photo"}])
    with pytest.raises(FhirDocumentError) as caught:
        import_questionnaire_file(_write(tmp_path, text))
    assert [str(note) for note in caught.value.notes if note.link_id == "t"] == [
        "t: not imported: type 'attachment' is not supported"
    ]


def test_only_texts_is_not_an_import(tmp_path: Path) -> None:
    text = _questionnaire(
        item=[
            {"linkId": "intro", "type": "display", "text": "Welcome"},
            {
                "linkId": "g",
                "type": "group",
                "text": "G",
                "item": [{"linkId": "t", "type": "display", "text": "More text"}],
            },
        ]
    )
    lines = _errors(_write(tmp_path, text))
    assert any("no question could be imported, only texts" in line for line in lines), lines


def test_enable_when_on_an_item_that_does_not_exist_is_an_error_at_its_place(
    tmp_path: Path,
) -> None:
    text = _questionnaire(
        item=[
            {
                "linkId": "q1",
                "type": "boolean",
                "text": "A",
                "enableWhen": [{"question": "nope", "operator": "exists", "answerBoolean": True}],
            },
        ]
    )
    path = _write(tmp_path, text)
    lines = _errors(path)
    assert any(
        "item[0].enableWhen[0].question: item 'q1': enableWhen names 'nope', which is not an item"
        in line
        for line in lines
    ), lines


def test_a_modifier_extension_stops_the_import(tmp_path: Path) -> None:
    text = _questionnaire(modifierExtension=[{"url": "http://example.org/x", "valueBoolean": True}])
    lines = _errors(_write(tmp_path, text))
    assert any("modifierExtension: cannot be imported safely" in line for line in lines)


def test_unreadable_trygstart_data(tmp_path: Path) -> None:
    text = _questionnaire(extension=[{"url": EXT_INSTRUMENT, "valueString": '{"id": 5}'}])
    lines = _errors(_write(tmp_path, text))
    assert any("extension[0]: TrygStart's instrument data cannot be read" in ln for ln in lines)


def test_a_language_that_cannot_be_used(tmp_path: Path) -> None:
    lines = _errors(_write(tmp_path, _questionnaire(language="not a language")))
    assert any("'not a language' cannot be used as a language code" in line for line in lines)


def test_forward_references_import_and_loops_are_refused(tmp_path: Path) -> None:
    forward = {"question": "q2", "operator": "exists", "answerBoolean": True}
    items = [
        {"linkId": "q1", "type": "boolean", "text": "A", "enableWhen": [forward]},
        {"linkId": "q2", "type": "boolean", "text": "B"},
    ]
    result, _document = import_questionnaire_file(_write(tmp_path, _questionnaire(item=items)))
    assert result.instrument.items_by_id["q1"].enable_when is not None
    back = {"question": "q1", "operator": "exists", "answerBoolean": False}
    items[1]["enableWhen"] = [back]
    lines = _errors(_write(tmp_path, _questionnaire(item=items)))
    assert any("enableWhen cycle: q1 -> q2 -> q1" in line for line in lines), lines
