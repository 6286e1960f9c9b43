"""Real Questionnaires from LHC-Forms import as shared/interop/README.md says they must.

Each imports, with what is not supported named by linkId (no crash, no silent loss); the file
with an enableWhen loop is refused with a message naming the loop. Hidden items, calculated
values (FHIRPath) and answer weights are kept and computed; linkIds are kept as they are.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from screening_app.domain.context import Context
from screening_app.domain.instrument import (
    ChoiceItem,
    DateTimeItem,
    DecimalItem,
    Instrument,
    MultiChoiceItem,
    QuantityItem,
    StringItem,
    TimeItem,
)
from screening_app.domain.session import Session
from screening_app.instruments.fhir_import import (
    FhirImportError,
    ImportResult,
    import_questionnaire,
    import_questionnaire_file,
)
from screening_app.instruments.yaml_format import check_parsed, parse_instrument_text
from screening_app.instruments.yaml_writer import instrument_yaml
from screening_app.loading.errors import DocumentError
from tests.fhir.support import LFORMS, walk

LOOP = "q-enableWhen-with-reference-loop.json"
FILES = sorted(p.name for p in LFORMS.glob("*.json"))
IMPORTABLE = [name for name in FILES if name != LOOP]

FHIR = "http://hl7.org/fhir/StructureDefinition/"
SDC = "http://hl7.org/fhir/uv/sdc/StructureDefinition/"
# Item extensions whose content is imported: with the instrument field that holds it.
IMPORTED_EXTENSIONS = {
    FHIR + "minValue": "min",
    FHIR + "maxValue": "max",
    FHIR + "questionnaire-unit": None,  # unit, or a quantity's units
    FHIR + "questionnaire-unitOption": "units",
    FHIR + "questionnaire-hidden": "hidden",
    FHIR + "questionnaire-choiceOrientation": "orientation",
    FHIR + "entryFormat": "entry_format",
    FHIR + "variable": None,  # read where an expression uses it
    SDC + "sdc-questionnaire-calculatedExpression": "calculated",
    SDC + "sdc-questionnaire-enableWhenExpression": "enable_when",
}
KEYWORDS = {
    FHIR + "questionnaire-itemControl": "itemControl",
    SDC + "sdc-questionnaire-initialExpression": "initialExpression",
    SDC + "sdc-questionnaire-observationLinkPeriod": "observationLinkPeriod",
}
IMPORTED_ELEMENTS = {
    "linkId",
    "prefix",
    "readOnly",
    "initial",
    "answerValueSet",
    "type",
    "text",
    "_text",
    "code",
    "enableWhen",
    "enableBehavior",
    "required",
    "repeats",
    "maxLength",
    "answerOption",
    "item",
    "extension",
    "id",
}


def _load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((LFORMS / name).read_text(encoding="utf-8"))
    return data


def _import(name: str) -> ImportResult:
    return import_questionnaire(_load(name), fallback_id=Path(name).stem)


def _notes_for(result: ImportResult, link_id: str) -> list[str]:
    return [note.message for note in result.notes if note.link_id == link_id]


def _find(instrument: Instrument, link_id: str) -> Any:
    return instrument.items_by_id[link_id]


@pytest.mark.parametrize("name", IMPORTABLE)
def test_imports_and_names_every_item_it_leaves_out(name: str) -> None:
    result = _import(name)
    items = result.instrument.items_by_id
    for item in walk(_load(name)["item"]):
        link_id = item["linkId"]
        notes = _notes_for(result, link_id)
        assert link_id in items or notes, f"{link_id} is neither imported nor named"
        if link_id not in items:
            continue  # not imported (or renamed): the item as a whole is named
        imported = items[link_id]
        for extension in item.get("extension", []):
            url = extension["url"]
            if url in IMPORTED_EXTENSIONS:
                field = IMPORTED_EXTENSIONS[url]
                assert field is None or getattr(imported, field) is not None, (link_id, url)
                continue
            if url == FHIR + "questionnaire-itemControl" and getattr(imported, "control", None):
                continue
            word = KEYWORDS.get(url, url.rsplit("/", 1)[-1])
            assert any(word in note for note in notes), f"{link_id}: {url} not named"
        for element in set(item) - IMPORTED_ELEMENTS:
            assert any(element in note for note in notes), f"{link_id}: {element} not named"


@pytest.mark.parametrize("name", IMPORTABLE)
def test_imported_instrument_writes_as_yaml_that_loads(name: str) -> None:
    result = _import(name)
    assert result.exact is False
    assert result.instrument.status == "draft"
    assert "the clinic must confirm it holds the rights" in result.instrument.licence
    text = instrument_yaml(result.instrument, [str(note) for note in result.notes])
    assert check_parsed(parse_instrument_text(text, name)) == result.instrument


def test_the_enable_when_loop_is_refused_with_a_clear_message() -> None:
    with pytest.raises(FhirImportError) as caught:
        _import(LOOP)
    messages = [message for _loc, message in caught.value.problems]
    assert any("enableWhen cycle: item1 -> item3 -> item1" in m for m in messages), messages
    with pytest.raises(DocumentError) as from_file:
        import_questionnaire_file(LFORMS / LOOP)
    lines = [str(error) for error in from_file.value.errors]
    assert lines[0].startswith(f"{LFORMS / LOOP}:6:5: item[0]: item 'item1': ")
    assert any("cycle" in line for line in lines)


PHQ9 = ["/44250-9", "/44255-8", "/44259-0", "/44254-1", "/44251-7", "/44258-2", "/44252-5"]
PHQ9 += ["/44253-3", "/44260-8"]


def test_phq9_ordinal_values_codes_kept_link_ids_and_its_total() -> None:
    result = _import("phq9.json")
    instrument = result.instrument
    first = _find(instrument, "/44250-9")
    assert isinstance(first, ChoiceItem)
    assert first.required
    assert [o.weight for o in first.options] == [0, 1, 2, 3]
    assert first.options[0].code == "LA6568-5"
    assert first.options[0].coding is not None
    assert first.options[0].coding.system == "http://loinc.org"
    assert first.codes[0].code == "44250-9"
    total = _find(instrument, "/44261-6")
    assert isinstance(total, DecimalItem)
    score_id = total.calculated.score  # type: ignore[union-attr]
    # iif(any answered, the sum of the answered ones' weights, {}): a formula over the nine
    # questions' weights, empty while none is answered
    assert set(instrument.score(score_id).items) == set(PHQ9)
    session = Session(instrument, "en", Context())
    assert session.value("/44261-6") is None
    for link_id in PHQ9:
        session.answer(link_id, "LA6569-3")  # "several days": 1 each
    session.answer("/44250-9", "LA6571-9")  # "nearly every day": 3
    assert session.value("/44261-6") == 11
    assert session.result().scores[score_id] == 11


def test_apgar_item_weights_and_its_total_only_when_all_five_are_answered() -> None:
    result = _import("apgar-with-itemWeight-variable.json")
    instrument = result.instrument
    items = [i for i in instrument.items if isinstance(i, ChoiceItem)]
    assert len(items) == 5
    assert all(sorted(o.weight for o in item.options) == [0, 1, 2] for item in items)
    session = Session(instrument, "en", Context())
    for item in items[:4]:
        session.answer(item.link_id, item.options[2].code)
    assert session.value("9272-6") is None  # FHIRPath iif(... all exist ..., sum, {})
    session.answer(items[4].link_id, items[4].options[1].code)
    assert session.value("9272-6") == 9
    assert result.outcome == "fully"


def test_bit_of_everything_types() -> None:
    result = _import("bit-of-everything.json")
    items = result.instrument.items_by_id
    assert isinstance(items["Item-rb-local"], ChoiceItem)  # "repeats": false
    decimal = items["Item-decimal"]
    assert isinstance(decimal, DecimalItem)
    assert decimal.unit is not None
    assert isinstance(items["Item-datetime"], DateTimeItem)
    assert isinstance(items["Item-time"], TimeItem)
    quantity = items["Item-quantity"]
    assert isinstance(quantity, QuantityItem)
    assert len(quantity.units) == 2
    # an open choice whose options are on a terminology server: free text
    assert isinstance(items["Item12"], StringItem)
    assert any("free text" in n for n in _notes_for(result, "Item12"))
    for link_id, word in [
        ("Item-url", "'url'"),
        ("Item-reference", "'reference'"),
        ("Item-attachment", "'attachment'"),
        ("Item-rb", "http://fhir.telstrahealth.com.au/tcm/ValueSet/ARE"),
    ]:
        assert link_id not in items
        assert any(word in n for n in _notes_for(result, link_id)), link_id


def test_hidden_and_calculated_items_are_kept_and_computed() -> None:
    result = _import("hidden-item-questionnaire.R4.json")
    instrument = result.instrument
    assert set(instrument.items_by_id) == {
        "CE-HIDDEN",
        "CE-VISIBLE",
        "ITEM-VISIBLE",
        "GROUP-VISIBLE",
        "GROUP-VISIBLE/CE-HIDDEN",
        "GROUP-VISIBLE/CE-VISIBLE",
        "GROUP-HIDDEN",
        "GROUP-HIDDEN/CE-HIDDEN",
    }
    session = Session(instrument, "en", Context())
    shown = {item.link_id for item in session.visible_items()}
    assert shown == {"CE-VISIBLE", "ITEM-VISIBLE", "GROUP-VISIBLE", "GROUP-VISIBLE/CE-VISIBLE"}
    session.answer("ITEM-VISIBLE", 4.5)  # the calculated items read an item after them
    for link_id in ("CE-HIDDEN", "CE-VISIBLE", "GROUP-VISIBLE/CE-HIDDEN", "GROUP-HIDDEN/CE-HIDDEN"):
        assert session.value(link_id) == 4.5, link_id


def test_items_nested_under_questions_follow_them() -> None:
    result = _import("q-4-level-deep.json")
    assert [i.link_id for i in result.instrument.items] == ["level1", "level2", "level3", "level4"]


def test_value_coding_choices() -> None:
    result = _import("answerOption-valueCoding.choice.R4.json")
    kinds = [type(i).__name__ for i in result.instrument.items_by_id.values()]
    assert kinds.count("ChoiceItem") == 6
    assert kinds.count("MultiChoiceItem") == 6
    items = result.instrument.items_by_id
    assert items["valueCoding.choice-group5-item1"].initial == "c2"  # type: ignore[union-attr]
    multi = items["valueCoding.choice-group5-item2"]
    assert isinstance(multi, MultiChoiceItem)
    assert multi.initial == ["c2", "c3"]
    session = Session(result.instrument, "en", Context())
    assert session.given("valueCoding.choice-group5-item2") == ("c2", "c3")


# ------------------------------------------------------ enableWhen semantics
def _visible(session: Session) -> set[str]:
    return {item.link_id for item in session.visible_items()}


@pytest.fixture(scope="module")
def enable_when() -> Instrument:
    return _import("enableWhen-test.R4.json").instrument


@pytest.mark.parametrize(
    ("question", "value", "shown", "hidden"),
    [
        ("Q1", True, {"Q1-exists", "Q1-true"}, {"Q1-not-exists", "Q1-false", "Q1-not-true"}),
        ("Q1", None, {"Q1-not-exists", "Q1-not-true"}, {"Q1-exists", "Q1-true", "Q1-false"}),
        ("Q2", 5.6, {"Q2-exists", "Q2-equal", "Q2-ge"}, {"Q2-not-exists"}),
        ("Q2", 4.0, {"Q2-exists"}, {"Q2-equal", "Q2-ge"}),
        ("Q3", 4, {"Q3-ge"}, {"Q3-equal", "Q3-not-exists"}),
        ("Q4", "2020-05-01", {"Q4-equal", "Q4-ge"}, {"Q4-not-exists"}),
        ("Q4", "2020-04-30", {"Q4-exists"}, {"Q4-equal", "Q4-ge"}),
        (
            "Q7",
            "test",
            {"Q7-equals", "Q7-gt", "Q7-ge", "Q7-ge2", "Q7-le2"},
            {"Q7-notequals", "Q7-lt", "Q7-le"},
        ),
        ("Q8", ["B", "C"], {"Q8-eq-B", "Q8-eq-B-and-C"}, {"Q8-not-exists"}),
        ("Q8", ["B"], {"Q8-eq-B"}, {"Q8-eq-B-and-C"}),
        ("Q9", "B", {"Q9-eq-B"}, {"Q9-noteq-B"}),
        ("Q9a", "B", {"Q9a-eq-B"}, {"Q9a-noteq-B"}),
        ("Q9b", "34", {"Q9b-eq-B"}, {"Q9b-noteq-B"}),
    ],
)
def test_imported_conditions_behave_as_fhir_says(
    enable_when: Instrument, question: str, value: Any, shown: set[str], hidden: set[str]
) -> None:
    session = Session(enable_when, "en", Context())
    session.answer(question, value)
    visible = _visible(session)
    assert shown <= visible
    assert not hidden & visible


def test_conditions_that_cannot_be_read_leave_their_item_out(enable_when: Instrument) -> None:
    result = _import("enableWhen-test.R4.json")
    session = Session(enable_when, "en", Context())
    session.answer("Q5", "2021-03-04T10:00:00+01:00")  # a dateTime item, imported now
    assert {"Q5-exists"} <= _visible(session)
    assert "Q5-not-exists" not in _visible(session)
    # an expression that compares computed text, and an answerInteger given as text: left
    # out (shown always, they could be asked when they must not be)
    for link_id in ("Q10-ewe", "Q9c-eq-B"):
        assert link_id not in enable_when.items_by_id
        assert any("not imported" in n for n in _notes_for(result, link_id)), link_id


# ------------------------------------------------------------ unchanged copies
def _shared_copy() -> Path | None:
    repo = Path(__file__).resolve().parents[2]
    for base in (repo.parent, repo.parent.parent):
        folder = base / "shared" / "interop" / "fhir-lforms"
        if folder.is_dir():
            return folder
    return None


def test_copies_are_unchanged_where_the_originals_are_at_hand() -> None:
    shared = _shared_copy()
    if shared is None:
        pytest.skip("shared/interop is not beside this checkout")
    originals = sorted(p.name for p in shared.iterdir() if p.is_file())
    assert originals
    for name in originals:
        ours = hashlib.sha256((LFORMS / name).read_bytes()).hexdigest()
        assert ours == hashlib.sha256((shared / name).read_bytes()).hexdigest(), name
