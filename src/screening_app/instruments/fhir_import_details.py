"""What an imported item carries besides its question: repeats, limits, units, presentation,
initial answers. Each element and extension is imported where the item model holds it, and
named (``ignored``) where it does not.

- ``required``, ``readOnly``, ``repeats`` (a group: ``questionnaire-maxOccurs`` too),
  ``maxLength``, ``minValue``/``maxValue``, ``questionnaire-unit``/``unitOption``;
- presentation: ``itemControl`` (drop-down, radio-button, check-box, slider), ``choiceOrientation``,
  ``entryFormat``, ``openLabel``; other rendering hints are named;
- ``initial[x]`` and ``answerOption.initialSelected``: the item's ``initial`` answer (one per
  answer of a question that repeats);
- TrygStart's exact formula (``EXT_FORMULA``) on its own exports.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from screening_app.domain.answer_values import parse_date_time, parse_time
from screening_app.instruments.fhir_common import (
    EXT_CALCULATED_EXPRESSION,
    EXT_CHOICE_ORIENTATION,
    EXT_CLINICIAN_ONLY,
    EXT_CONDITION,
    EXT_CONTEXT,
    EXT_ENABLE_WHEN_EXPRESSION,
    EXT_ENTRY_FORMAT,
    EXT_FORMULA,
    EXT_GUIDANCE,
    EXT_HIDDEN,
    EXT_ITEM_CONTROL,
    EXT_MAX_OCCURS,
    EXT_MAX_VALUE,
    EXT_MIN_VALUE,
    EXT_OPEN_LABEL,
    EXT_SCORE,
    EXT_TEXTS,
    EXT_UNIT,
    EXT_UNIT_OPTION,
    EXT_VARIABLE,
    FHIR_EXT,
    SDC_EXT,
)
from screening_app.instruments.fhir_import_conditions import ItemInfo, short_time
from screening_app.instruments.fhir_import_support import (
    Notes,
    Texts,
    describe_extension,
    number,
)
from screening_app.instruments.fhir_input import FCoding, FElement, FExtension, FItem, lax_bool

_MAX_LENGTH = {"string": 1000, "text": 20000}
_REPEATABLE = frozenset(
    {"integer", "decimal", "date", "time", "date-time", "quantity", "string", "text"}
)
_CONTROLS = frozenset({"drop-down", "radio-button", "check-box", "slider"})
_CONTROL_FITS = {
    "drop-down": frozenset({"choice", "multi-choice"}),
    "radio-button": frozenset({"choice"}),
    "check-box": frozenset({"multi-choice"}),
    "slider": frozenset({"integer", "decimal"}),
}
_LIMITED = frozenset({"integer", "decimal", "date", "time", "quantity"})
_HANDLED = frozenset(
    {
        EXT_HIDDEN,
        EXT_CLINICIAN_ONLY,
        EXT_CALCULATED_EXPRESSION,
        EXT_CONDITION,
        EXT_ENABLE_WHEN_EXPRESSION,
        EXT_CONTEXT,
        EXT_SCORE,
        EXT_VARIABLE,
    }
)
_POPULATION = {
    SDC_EXT + "sdc-questionnaire-initialExpression": "initialExpression (a starting answer "
    "from the record or a server)",
    SDC_EXT + "sdc-questionnaire-answerExpression": "answerExpression (answer options "
    "computed by a server or expression)",
    SDC_EXT + "sdc-questionnaire-candidateExpression": "candidateExpression",
    SDC_EXT + "sdc-questionnaire-itemPopulationContext": "itemPopulationContext",
    SDC_EXT + "sdc-questionnaire-observationLinkPeriod": "observationLinkPeriod (filling in "
    "from earlier observations)",
    SDC_EXT + "sdc-questionnaire-observationExtract": "observationExtract (making "
    "Observations from answers)",
}


def flag(item: FItem, url: str) -> bool:
    for extension in item.extension:
        if extension.url == url:
            found = extension.value()
            return found is not None and found[1] in (True, "true")
    return False


class DetailsReader:
    def __init__(self, texts: Texts, notes: Notes) -> None:
        self.texts = texts
        self.notes = notes

    def read(self, item: FItem, info: ItemInfo, data: dict[str, Any], ignored: list[str]) -> None:
        kind = info.kind
        link = item.link_id
        question = kind not in ("group", "display")
        required = lax_bool(item.required)
        if required and not question:
            ignored.append(f"required on a {kind}")
        elif required:
            data["required"] = True
        if lax_bool(item.read_only):
            if question:
                data["readOnly"] = True
            else:
                ignored.append(f"readOnly on a {kind}")
        if lax_bool(item.repeats):
            if kind == "group" and info.inside_repeat:
                ignored.append("repeats inside a repeating group (one level of repetition)")
            elif kind in _REPEATABLE or kind == "group":
                data["repeats"] = True
            elif kind != "multi-choice":
                ignored.append(f"repeats on a {kind} item")
        if kind in _MAX_LENGTH:
            limit = _MAX_LENGTH[kind]
            wanted = item.max_length if item.max_length is not None else None
            if wanted is not None and not 1 <= wanted <= limit:
                self.notes.add(link, f"maxLength {wanted} is outside 1..{limit}: {limit} used")
                wanted = limit
            if wanted is not None:
                data["maxLength"] = wanted
        elif item.max_length is not None:
            ignored.append("maxLength")
        for extension in item.extension:
            self._extension(extension, kind, data, ignored, link)
        if kind == "quantity" and "units" not in data:
            data.pop("type")  # no unit could be read: a number
            data["type"] = "decimal"
            self.notes.add(link, "a quantity whose unit cannot be read: imported as a number")
        self._initial(item, info, data, ignored)

    # ---------------------------------------------------------------- extensions
    def _extension(
        self,
        extension: FExtension,
        kind: str | None,
        data: dict[str, Any],
        ignored: list[str],
        link: str,
    ) -> None:
        url = extension.url
        found = extension.value()
        if url in _HANDLED or (url == EXT_GUIDANCE and kind == "display"):
            return
        if url == EXT_TEXTS:
            self._texts(found, data, link)
            return
        if url == EXT_FORMULA:
            text = found[1] if found else None
            if isinstance(text, str):
                try:
                    data["calculated"] = json.loads(text)
                    return
                except ValueError:
                    pass
            ignored.append("TrygStart's formula (unreadable)")
            return
        if url in (EXT_MIN_VALUE, EXT_MAX_VALUE) and kind in _LIMITED:
            limit = _limit(kind, found)
            if limit is None:
                ignored.append(f"{describe_extension(extension)} (unreadable)")
            else:
                data["min" if url == EXT_MIN_VALUE else "max"] = limit
            return
        if url in (EXT_UNIT, EXT_UNIT_OPTION) and kind == "quantity":
            unit = self._unit(found, link)
            if unit is None:
                ignored.append(f"{describe_extension(extension)} (unreadable)")
            elif unit["code"] not in [u["code"] for u in data.get("units", [])]:
                data.setdefault("units", []).append(unit)
            return
        if url == EXT_UNIT and kind in ("integer", "decimal") and found:
            coding = _coding(found[1])
            text = coding and (coding.display or coding.code)
            if coding is not None and text and text.strip():
                data["unit"] = self.texts.text(text, coding.display_ext, link, "unit")
                return
        if url == EXT_ITEM_CONTROL:
            code = _control(extension)
            if code in _CONTROLS and kind in _CONTROL_FITS[code]:
                data["control"] = code
            elif code != "help":
                ignored.append(f"itemControl {code or '(unreadable)'} (presentation)")
            return
        if self._presentation(extension, kind, data, link):
            return
        if url in _POPULATION:
            ignored.append(_POPULATION[url])
            return
        name = describe_extension(extension)
        presentation = url.startswith((FHIR_EXT + "rendering-", SDC_EXT + "sdc-questionnaire-"))
        ignored.append(f"{name} (presentation)" if presentation else name)

    def _texts(self, found: tuple[str, Any] | None, data: dict[str, Any], link: str) -> None:
        """TrygStart's hints in every language (read after the SDC ones, so they replace them)."""
        try:
            texts = json.loads(found[1]) if found and isinstance(found[1], str) else None
        except ValueError:
            texts = None
        if not isinstance(texts, dict):
            self.notes.add(link, "TrygStart's texts of the hints cannot be read: ignored")
            return
        for key in ("entryFormat", "openLabel"):
            text = texts.get(key)
            if isinstance(text, dict) and all(isinstance(v, str) for v in text.values()):
                data[key] = dict(text)
                self.texts.built.append((data[key], link))

    def _presentation(
        self, extension: FExtension, kind: str | None, data: dict[str, Any], link: str
    ) -> bool:
        """Orientation, entry format, open label, a group's maximum: True when imported."""
        url = extension.url
        found = extension.value()
        text = found[1] if found and isinstance(found[1], str) and found[1].strip() else None
        element = _element(extension.element("_valueString"))
        if url == EXT_CHOICE_ORIENTATION and kind in ("choice", "multi-choice"):
            if text in ("horizontal", "vertical"):
                data["orientation"] = text
                return True
        elif url == EXT_ENTRY_FORMAT and kind not in ("group", "display", None):
            if text is not None:
                data["entryFormat"] = self.texts.text(text, element, link, "hint")
                return True
        elif url == EXT_OPEN_LABEL and data.get("open"):
            if text is not None:
                data["openLabel"] = self.texts.text(text, element, link, "label")
                return True
        elif url == EXT_MAX_OCCURS and kind == "group" and data.get("repeats"):
            count = found[1] if found else None
            if isinstance(count, int) and 1 <= count <= 50:  # noqa: PLR2004
                data["maxRepeats"] = count
                return True
        return False

    def _unit(self, found: tuple[str, Any] | None, link: str) -> dict[str, Any] | None:
        coding = _coding(found[1]) if found else None
        if coding is None or not coding.code:
            return None
        unit: dict[str, Any] = {"code": coding.code[:100]}
        if coding.system:
            unit["system"] = coding.system
        text = coding.display or coding.code
        unit["text"] = self.texts.text(text, coding.display_ext, link, "unit")
        return unit

    # ------------------------------------------------------------------ initial
    def _initial(
        self, item: FItem, info: ItemInfo, data: dict[str, Any], ignored: list[str]
    ) -> None:
        kind = info.kind
        values: list[Any] = []
        if kind in ("choice", "multi-choice"):
            for option in info.options:
                if lax_bool(option.initial_selected):
                    code = _option_code(info, option)
                    if code is not None and code not in values:
                        values.append(code)
        for initial in item.initial:
            found = initial.value()
            value = _initial_value(kind, info, data, found) if found else None
            other = isinstance(value, dict) and "other" in value
            if value is None:
                ignored.append(f"an initial value that does not fit a {kind} item")
            elif other and any(isinstance(v, dict) and "other" in v for v in values):
                ignored.append("initial free texts after the first")
            elif value not in values:
                values.append(value)
        if not values or data.get("calculated") is not None:
            return
        if kind == "multi-choice" or data.get("repeats"):
            data["initial"] = values
        else:
            if len(values) > 1:
                ignored.append("initial values after the first")
            data["initial"] = values[0]


def _initial_value(
    kind: str | None, info: ItemInfo, data: dict[str, Any], found: tuple[str, Any]
) -> Any:
    key, raw = found
    if kind in ("choice", "multi-choice"):
        if key == "valueCoding" and isinstance(raw, dict) and isinstance(raw.get("code"), str):
            code = info.codes.get(("coding", f"{raw.get('system')}|{raw['code']}"))
            return code or info.codes.get(("code", raw["code"]))
        if key == "valueString" and isinstance(raw, str):
            code = info.codes.get(("string", raw))
            if code is None and data.get("open") and raw.strip():
                return {"other": raw}
            return code
        if key == "valueInteger" and isinstance(raw, int):
            return info.codes.get(("integer", str(raw)))
        if key in ("valueDate", "valueTime") and isinstance(raw, str):
            return info.codes.get((key.removeprefix("value").lower(), raw))
        return None
    value = _plain_initial(kind, key, raw, data)
    if value is None or not _within(value, data):
        return None
    return value


def _plain_initial(kind: str | None, key: str, raw: Any, data: dict[str, Any]) -> Any:
    if kind == "boolean" and key == "valueBoolean" and isinstance(raw, bool):
        return raw
    if kind == "integer" and key == "valueInteger" and isinstance(raw, int):
        return None if isinstance(raw, bool) else raw
    if kind == "decimal" and key in ("valueDecimal", "valueInteger"):
        return number(raw)
    if kind == "date" and key == "valueDate" and isinstance(raw, str) and len(raw) == 10:  # noqa: PLR2004
        try:
            return dt.date.fromisoformat(raw)
        except ValueError:
            return None
    if kind == "date-time" and key == "valueDateTime" and parse_date_time(raw) is not None:
        return raw
    if kind == "time" and key == "valueTime" and parse_time(raw) is not None:
        return short_time(raw)
    if kind in ("string", "text") and key == "valueString" and isinstance(raw, str):
        return raw if raw.strip() else None
    if kind == "quantity" and key == "valueQuantity" and isinstance(raw, dict):
        value = number(raw.get("value"))
        # the unit's code, or its display when the file gives something else as code
        units = [u["code"] for u in data.get("units", [])]
        code = next((c for c in (raw.get("code"), raw.get("unit")) if c in units), None)
        return {"value": value, "unit": code} if value is not None and code else None
    return None


def _within(value: Any, data: dict[str, Any]) -> bool:
    """The initial value fits the item's limits and units (else it is left out)."""
    if isinstance(value, dict) and "unit" in value:
        if value["unit"] not in [u["code"] for u in data.get("units", [])]:
            return False
        value = value["value"]
    low, high = data.get("min"), data.get("max")
    if isinstance(value, str) and "maxLength" in data and len(value) > data["maxLength"]:
        return False
    try:
        return (low is None or value >= low) and (high is None or value <= high)
    except TypeError:
        return True


def _option_code(info: ItemInfo, option: Any) -> str | None:
    coding = option.value_coding
    if coding is not None and coding.code:
        return info.codes.get(("coding", f"{coding.system}|{coding.code}")) or info.codes.get(
            ("code", coding.code)
        )
    for key, value in (
        ("string", option.value_string),
        ("integer", option.value_integer),
        ("date", option.value_date),
        ("time", option.value_time),
    ):
        if value is not None:
            return info.codes.get((key, str(value)))
    return None


def _limit(kind: str | None, found: tuple[str, Any] | None) -> Any:
    if found is None:
        return None
    key, value = found
    if kind == "integer" and key == "valueInteger":
        return value if isinstance(value, int) and not isinstance(value, bool) else None
    if kind in ("decimal", "quantity") and key in ("valueDecimal", "valueInteger"):
        return number(value)
    if kind == "date" and key == "valueDate" and isinstance(value, str):
        try:
            return dt.date.fromisoformat(value) if len(value) == len("2000-01-01") else None
        except ValueError:
            return None
    if kind == "time" and key == "valueTime" and parse_time(value) is not None:
        return short_time(value)
    return None


def _coding(value: Any) -> FCoding | None:
    try:
        return FCoding.model_validate(value)
    except ValueError:
        return None


def _control(extension: FExtension) -> str | None:
    concept = extension.element("valueCodeableConcept")
    codings = concept.get("coding") if isinstance(concept, dict) else None
    if isinstance(codings, list):
        for coding in codings:
            if isinstance(coding, dict) and isinstance(coding.get("code"), str):
                return str(coding["code"])
    return None


def _element(element: Any) -> FElement | None:
    if not isinstance(element, dict):
        return None
    try:
        return FElement.model_validate(element)
    except ValueError:
        return None
