"""FHIR Questionnaire items -> instrument item data, naming everything not imported.

Decisions (each reported by linkId):

- Types boolean, decimal, integer, date, string, text, display and group are imported as
  they are; ``choice`` as choice, or multi-choice when it ``repeats``; a string, integer or
  date item with an ``answerOption`` list as a choice over those values.
- Other types (open-choice, dateTime, time, url, reference, attachment, quantity, ...), hidden
  items, calculated items (``calculatedExpression``), items with a ``modifierExtension`` and
  choice items without an answer list (``answerValueSet``) are left out: an item nobody can
  answer, or whose value a formula would have set, is better missing than shown wrong.
- Items nested under a question follow it (a question here cannot contain items), shown only
  when the question is.
- A ``help`` display child becomes the item's clinician guidance.
- linkIds that are not valid here (e.g. "/44250-9") are renamed ("44250-9").
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import ValidationError

from screening_app.domain.base import format_loc
from screening_app.instruments.fhir_common import (
    EXT_CALCULATED_EXPRESSION,
    EXT_CONDITION,
    EXT_CONTEXT,
    EXT_ENABLE_WHEN_EXPRESSION,
    EXT_GUIDANCE,
    EXT_HIDDEN,
    EXT_ITEM_CONTROL,
    EXT_MAX_VALUE,
    EXT_MIN_VALUE,
    EXT_SCORE,
    EXT_UNIT,
    translation_extensions,
)
from screening_app.instruments.fhir_import_conditions import (
    ConditionReader,
    Folded,
    ItemInfo,
    Loc,
    with_inherited,
)
from screening_app.instruments.fhir_import_options import OptionsReader, coding_data
from screening_app.instruments.fhir_import_support import (
    Notes,
    Texts,
    counted,
    describe_extension,
    number,
    safe_link_ids,
)
from screening_app.instruments.fhir_input import (
    FCoding,
    FElement,
    FExtension,
    FItem,
    lax_bool,
)

_SIMPLE = frozenset({"boolean", "decimal", "integer", "date", "string", "text"})
_OPTION_TYPES = frozenset({"string", "integer", "date"})
_MAX_LENGTH = {"string": 1000, "text": 20000}
_MAX_CODES = 10
_HANDLED = frozenset(
    {
        EXT_HIDDEN,
        EXT_CALCULATED_EXPRESSION,
        EXT_CONDITION,
        EXT_ENABLE_WHEN_EXPRESSION,
        EXT_CONTEXT,
        EXT_SCORE,
    }
)


def _flag(item: FItem, url: str) -> bool:
    for extension in item.extension:
        if extension.url == url:
            found = extension.value()
            return found is not None and found[1] in (True, "true")
    return False


def _has(item: FItem, url: str) -> bool:
    return any(extension.url == url for extension in item.extension)


def _is_help(item: FItem) -> bool:
    if item.type != "display":
        return False
    for extension in item.extension:
        if extension.url == EXT_ITEM_CONTROL:
            concept = extension.element("valueCodeableConcept")
            codings = concept.get("coding") if isinstance(concept, dict) else None
            if isinstance(codings, list):
                return any(isinstance(c, dict) and c.get("code") == "help" for c in codings)
    return False


class ItemsBuilder:
    """Builds instrument item data (dicts in the YAML format) from FHIR items."""

    def __init__(self, items: list[FItem], texts: Texts, notes: Notes, ours: bool) -> None:
        self.items = items
        self.texts = texts
        self.notes = notes
        self.ours = ours
        self.info: dict[str, ItemInfo] = {}
        self.errors: list[tuple[Loc, str]] = []
        self.origin: dict[int, tuple[Loc, str]] = {}  # id(item data) -> FHIR location, linkId
        self.conditions = ConditionReader(self.info, notes, ours)
        self.options = OptionsReader(texts, notes, ours)

    def build(self) -> list[dict[str, Any]]:
        order: list[str] = []
        self._survey(self.items, ("item",), hidden=False, context=False, order=order)
        if self.errors:
            return []
        renamed = safe_link_ids(order)
        for fhir_id, link_id in renamed.items():
            self.info[fhir_id].link_id = link_id
            if fhir_id != link_id:
                self.notes.add(
                    fhir_id,
                    f"renamed '{link_id}' (a linkId here is letters, digits, '.', '-' or '_', "
                    "at most 64, starting with a letter or digit)",
                )
        out: list[dict[str, Any]] = []
        for index, item in enumerate(self.items):
            out += self._item(item, ("item", index), True)
        self.errors += self.conditions.errors
        return out

    # ------------------------------------------------------------ first pass
    def _survey(
        self, items: list[FItem], loc: Loc, hidden: bool, context: bool, order: list[str]
    ) -> None:
        for index, item in enumerate(items):
            item_loc = (*loc, index)
            known = self.info.get(item.link_id)
            if known is not None and known.help_text and not known.loc:
                known.loc = item_loc  # the parent's guidance
                continue
            if known is not None:
                first = self.info[item.link_id].loc
                where = format_loc(first)
                message = f"linkId '{item.link_id}' is used twice (first at {where})"
                self.errors.append(((*item_loc, "linkId"), message))
                continue
            is_context = context or (self.ours and _flag(item, EXT_CONTEXT))
            is_score = self.ours and _has(item, EXT_SCORE)
            is_hidden = hidden or _flag(item, EXT_HIDDEN)
            info = ItemInfo(item, item_loc, item.link_id, None, context=is_context, score=is_score)
            self.info[item.link_id] = info
            if not (is_context or is_score):
                order.append(item.link_id)
            if is_context or is_score:
                pass
            elif is_hidden:
                info.reason = "hidden (questionnaire-hidden)"
            elif any(e.url == EXT_CALCULATED_EXPRESSION for e in item.extension):
                info.reason = "its value is calculated (calculatedExpression, FHIRPath)"
            elif item.modifier_extension:
                names = ", ".join(describe_extension(e) for e in item.modifier_extension)
                info.reason = f"it has a modifierExtension ({names}) that changes its meaning"
            else:
                info.kind, info.reason = self._kind(item, info)
            for child in item.item:
                if info.kind not in (None, "display") and _is_help(child):
                    child_info = ItemInfo(child, (), child.link_id, None, help_text=True)
                    self.info.setdefault(child.link_id, child_info)
            self._survey(item.item, (*item_loc, "item"), is_hidden, is_context, order)

    def _kind(self, item: FItem, info: ItemInfo) -> tuple[str | None, str]:
        kind = item.type
        repeats = bool(lax_bool(item.repeats))
        if kind in ("group", "display"):
            return kind, ""
        if kind in _SIMPLE and not (kind in _OPTION_TYPES and item.answer_option):
            return kind, ""
        if kind == "choice" or kind in _OPTION_TYPES:
            if not item.answer_option:
                if item.element("answerValueSet") is not None:
                    return None, "its answers come from a value set (answerValueSet)"
                return None, "it is a choice with no answer options"
            self.options.survey(item, info)
            if not info.codes:
                return None, "none of its answer options could be imported"
            if kind != "choice":
                self.notes.add(
                    item.link_id, f"{kind} item with an answer list: imported as a choice"
                )
            return ("multi-choice" if repeats else "choice"), ""
        return None, f"type '{kind}' is not supported"

    # ----------------------------------------------------------- second pass
    def _item(self, item: FItem, loc: Loc, inherited: Folded) -> list[dict[str, Any]]:
        info = self.info[item.link_id]
        if info.loc != loc or info.context or info.score or info.help_text:
            # a duplicate (reported), a context item, a coded score's item (the score itself
            # comes with the instrument extension), or guidance of its parent
            return []
        link = item.link_id
        if info.reason.startswith("hidden"):
            self.notes.add(link, f"{info.reason}: not imported")
            return []
        effective = with_inherited(inherited, self.conditions.read(item, loc))
        if effective is False:
            info.never_shown = True
            self.notes.add(link, "its enableWhen can never hold here: not imported")
            return []
        condition = None if effective is True else effective
        if info.kind is None:
            self.notes.add(link, f"not imported: {info.reason}")
            return self._children(item, loc, effective, "after where it was")
        data: dict[str, Any] = {"linkId": info.link_id, "type": info.kind}
        self.origin[id(data)] = (loc, link)
        data["text"] = self._text(item, info)
        ignored = [f"element {name}" for name in item.unknown()]
        guidance = self._guidance(item, ignored)
        if guidance is not None:
            data["guidance"] = guidance
        if condition is not None:
            data["enableWhen"] = condition
        codes = self._codes(item)
        if codes:
            data["codes"] = codes
        self._details(item, info, data, ignored)
        if ignored:
            self.notes.add(link, "ignored (not supported here): " + counted(ignored))
        if info.kind == "group":
            children: list[dict[str, Any]] = []
            for index, child in enumerate(item.item):
                children += self._item(child, (*loc, "item", index), True)
            if not children:
                info.never_shown = True
                self.notes.add(link, "group with no item that could be imported: not imported")
                return []
            data["items"] = children
            return [data]
        return [data, *self._children(item, loc, effective, "after it")]

    def _children(
        self, item: FItem, loc: Loc, effective: Folded, where: str
    ) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for index, child in enumerate(item.item):
            out += self._item(child, (*loc, "item", index), effective)
        if out:
            self.notes.add(
                item.link_id,
                f"the items nested under it are imported {where}, shown when it would be",
            )
        return out

    def _text(self, item: FItem, info: ItemInfo) -> dict[str, str]:
        if item.text is not None and item.text.strip():
            return self.texts.text(item.text, item.text_ext, item.link_id, "text")
        self.notes.add(item.link_id, "no text: its linkId is used as its text")
        return self.texts.filler(info.link_id)

    def _guidance(self, item: FItem, ignored: list[str]) -> dict[str, str] | None:
        helps = [c for c in item.item if self.info.get(c.link_id, None) and _is_help(c)]
        helps = [c for c in helps if self.info[c.link_id].help_text]
        if helps:
            first = helps[0]
            if len(helps) > 1:
                ignored.append(f"help texts after the first ({len(helps) - 1})")
            if first.text and first.text.strip():
                return self.texts.text(first.text, first.text_ext, item.link_id, "guidance")
            ignored.append("an empty help text")
            return None
        if item.type == "display":
            for extension in item.extension:
                if extension.url == EXT_GUIDANCE:
                    return self._guidance_extension(item.link_id, extension)
        return None

    def _guidance_extension(self, link: str, extension: FExtension) -> dict[str, str] | None:
        """TrygStart's guidance on a display item: one sub-extension per language."""
        texts: dict[str, str] = {}
        for part in extension.extension:
            found = part.value()
            if found and isinstance(found[1], str) and found[1].strip():
                texts[part.url] = found[1]
        primary = self.texts.primary
        if primary not in texts:
            self.notes.add(link, "guidance without a text in the main language: ignored")
            return None
        translations = [(lang, text) for lang, text in texts.items() if lang != primary]
        element = FElement(extension=[_translation(lang, text) for lang, text in translations])
        return self.texts.text(texts[primary], element, link, "guidance")

    def _codes(self, item: FItem) -> list[dict[str, str]]:
        out: list[dict[str, str]] = []
        for coding in item.code:
            if not coding.system or not coding.code:
                self.notes.add(item.link_id, "an item code without system or code: ignored")
            elif len(out) == _MAX_CODES:
                self.notes.add(item.link_id, f"item codes after the first {_MAX_CODES}: ignored")
                break
            else:
                out.append(coding_data(coding))
        return out

    def _details(
        self, item: FItem, info: ItemInfo, data: dict[str, Any], ignored: list[str]
    ) -> None:
        kind = info.kind
        link = item.link_id
        required = lax_bool(item.required)
        if required and kind in ("group", "display"):
            ignored.append(f"required on a {kind}")
        elif required:
            data["required"] = True
        if lax_bool(item.repeats) and kind != "multi-choice":
            ignored.append("repeats (several answers or repeated groups): one answer")
        if kind in ("choice", "multi-choice"):
            data["options"] = self.options.options(item, ignored)
        elif item.answer_option:
            ignored.append(f"answerOption on a {kind} item")
        if kind in _MAX_LENGTH:
            limit = _MAX_LENGTH[kind]
            wanted = item.max_length if item.max_length is not None else limit
            if not 1 <= wanted <= limit:
                self.notes.add(link, f"maxLength {wanted} is outside 1..{limit}: {limit} used")
                wanted = limit
            data["maxLength"] = wanted
        elif item.max_length is not None:
            ignored.append("maxLength")
        for extension in item.extension:
            self._extension(extension, kind, data, ignored, link)

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
        if url in (EXT_MIN_VALUE, EXT_MAX_VALUE) and kind in ("integer", "decimal", "date"):
            limit = _limit(kind, found)
            if limit is None:
                ignored.append(f"{describe_extension(extension)} (unreadable)")
            else:
                data["min" if url == EXT_MIN_VALUE else "max"] = limit
            return
        if url == EXT_UNIT and kind in ("integer", "decimal") and found:
            coding = _coding_model(found[1])
            text = coding and (coding.display or coding.code)
            if coding is not None and text and text.strip():
                data["unit"] = self.texts.text(text, coding.display_ext, link, "unit")
                return
        name = describe_extension(extension)
        ignored.append(f"{name} (presentation)" if url == EXT_ITEM_CONTROL else name)


def _coding_model(value: Any) -> FCoding | None:
    try:
        return FCoding.model_validate(value)
    except ValidationError:
        return None


def _translation(lang: str, text: str) -> FExtension:
    return FExtension.model_validate(translation_extensions([(lang, text)])[0])


def _limit(kind: str | None, found: tuple[str, Any] | None) -> Any:
    if found is None:
        return None
    key, value = found
    if kind == "integer" and key == "valueInteger":
        return value if isinstance(value, int) and not isinstance(value, bool) else None
    if kind == "decimal" and key in ("valueDecimal", "valueInteger"):
        return number(value)
    if kind == "date" and key == "valueDate" and isinstance(value, str):
        try:
            return dt.date.fromisoformat(value) if len(value) == len("2000-01-01") else None
        except ValueError:
            return None
    return None
