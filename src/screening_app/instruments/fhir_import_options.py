"""FHIR answer options -> instrument options: codes, texts, weights, terminology codings.

An option's code is its ``valueCoding`` code (or, for TrygStart exports, the option's own code
kept in ``EXT_OPTION``), or the value itself for ``valueString``/``valueInteger``/``valueDate``/
``valueTime`` options (which keep their kind, ``valueType``, so an export gives them back as
they were). A coding keeps its system, or its lack of one: none is invented. Its weight is
``itemWeight``, else ``ordinalValue``. Options of other kinds are left out and named.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from screening_app.domain.items import MAX_CODE
from screening_app.instruments.fhir_common import (
    EXT_ITEM_WEIGHT,
    EXT_OPTION,
    EXT_ORDINAL_VALUE,
    OptionExtras,
    is_own_code_system,
)
from screening_app.instruments.fhir_import_conditions import ItemInfo
from screening_app.instruments.fhir_import_support import (
    Notes,
    Texts,
    describe_extension,
    number,
)
from screening_app.instruments.fhir_input import FAnswerOption, FCoding, FItem


class OptionsReader:
    def __init__(self, texts: Texts, notes: Notes, ours: bool) -> None:
        self.texts = texts
        self.notes = notes
        self.ours = ours

    def survey(self, item: FItem, info: ItemInfo) -> None:
        """Each option's code here (None: left out), and the FHIR values that choose it.

        The same code from two code systems is two options: the second is known here by
        ``system|code`` (its coding keeps both, so exports and responses are as they were)."""
        info.option_codes = []
        for option in info.options:
            keys = self.keys(option)
            if keys is None:
                info.option_codes.append(None)
                continue
            code, found = keys
            if code in info.option_codes:
                coding = option.value_coding
                other = f"{coding.system}|{coding.code}" if coding and coding.system else None
                if other is None or other in info.option_codes:
                    self.notes.add(item.link_id, f"answer option '{code}' twice: the first is kept")
                    info.option_codes.append(None)
                    continue
                self.notes.add(
                    item.link_id,
                    f"answer option '{code}' is in two code systems: the one from "
                    f"{coding.system if coding else ''} is '{other}' here",
                    kind="info",
                )
                code = other
            info.option_codes.append(code)
            for key in found:
                info.codes.setdefault(key, code)

    def keys(self, option: FAnswerOption) -> tuple[str, list[tuple[str, str]]] | None:
        coding = option.value_coding
        if coding is not None:
            if not coding.code:
                return None
            keys = [("coding", f"{coding.system}|{coding.code}"), ("code", coding.code)]
            extras = self.extras(option)
            return (extras.code if extras and extras.coding else coding.code), keys
        if option.value_string is not None and option.value_string.strip():
            if len(option.value_string) > MAX_CODE:
                return None
            return option.value_string, [("string", option.value_string)]
        if option.value_integer is not None:
            return str(option.value_integer), [("integer", str(option.value_integer))]
        if option.value_date is not None:
            return option.value_date, [("date", option.value_date)]
        if option.value_time is not None:
            return option.value_time, [("time", option.value_time)]
        return None

    def extras(self, option: FAnswerOption) -> OptionExtras | None:
        if not self.ours:
            return None
        for extension in option.extension:
            found = extension.value()
            if extension.url == EXT_OPTION and found and isinstance(found[1], str):
                try:
                    return OptionExtras.model_validate_json(found[1])
                except ValidationError:
                    return None
        return None

    def options(self, item: FItem, info: ItemInfo, ignored: list[str]) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for index, (option, code) in enumerate(zip(info.options, info.option_codes, strict=True)):
            if code is not None:
                out.append(self._option(item, option, code, ignored))
            elif self.keys(option) is None:
                self.notes.add(
                    item.link_id, f"answer option {index + 1} cannot be imported: left out"
                )
        return out

    def _option(
        self, item: FItem, option: FAnswerOption, code: str, ignored: list[str]
    ) -> dict[str, Any]:
        link = item.link_id
        data: dict[str, Any] = {"code": code}
        coding = option.value_coding
        if coding is not None:
            extras = self.extras(option)
            if coding.display and coding.display.strip():
                data["text"] = self.texts.text(coding.display, coding.display_ext, link, "option")
            else:
                self.notes.add(link, f"answer option '{code}' has no display: its code is shown")
                data["text"] = self.texts.filler(code)
            if extras is not None and extras.coding is not None:
                data["coding"] = extras.coding.model_dump(exclude_none=True)
            elif not is_own_code_system(coding.system):
                # its display is the option's text; kept once, there
                data["coding"] = {k: v for k, v in coding_data(coding).items() if k != "display"}
        elif option.value_string is not None:
            data["text"] = self.texts.text(
                option.value_string, option.value_string_ext, link, "option"
            )
            data["valueType"] = "string"
        else:
            data["text"] = self.texts.filler(code)
            data["valueType"] = (
                "integer"
                if option.value_integer is not None
                else "date"
                if option.value_date is not None
                else "time"
            )
        own = self.extras(option) if coding is None else None
        if own is not None and own.text is not None:  # TrygStart's texts of a plain value
            data["text"] = own.text.model_dump()
            self.texts.built.append((data["text"], link))
        weights: dict[str, float] = {}
        for extension in option.extension:
            found = extension.value()
            if extension.url in (EXT_ITEM_WEIGHT, EXT_ORDINAL_VALUE):
                value = number(found[1]) if found else None
                if value is None:
                    ignored.append(f"an unreadable {describe_extension(extension)}")
                else:
                    weights.setdefault(extension.url, value)
            elif extension.url != EXT_OPTION:
                ignored.append(f"answerOption {describe_extension(extension)}")
        weight = weights.get(EXT_ITEM_WEIGHT, weights.get(EXT_ORDINAL_VALUE))
        if len(set(weights.values())) > 1:
            self.notes.add(link, f"option '{code}': itemWeight and ordinalValue differ: itemWeight")
        if weight is not None:
            data["weight"] = weight
        ignored.extend(f"answerOption element {name}" for name in option.unknown())
        return data


def coding_data(coding: FCoding) -> dict[str, str]:
    """A coding as the instrument holds it: its system only when it has one."""
    out: dict[str, str] = {}
    if coding.system:
        out["system"] = coding.system
    out["code"] = coding.code or ""
    if coding.display:
        out["display"] = coding.display[:500]
    return out
