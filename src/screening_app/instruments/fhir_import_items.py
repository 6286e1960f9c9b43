"""FHIR Questionnaire items -> instrument item data, naming everything not imported.

Decisions (each reported by linkId; every linkId is kept as it is in the file):

- Types boolean, decimal, integer, date, time, quantity, string, text, display and group are
  imported as they are, dateTime as date-time; ``choice`` as choice, or multi-choice when it
  ``repeats``; ``open-choice`` as an open choice (free text besides the options; with no
  options it can offer here, as free text); a string, integer, date or time item with an
  ``answerOption`` list as a choice over those values.
- Options come from ``answerOption`` or from a ValueSet contained in the file
  (``answerValueSet``, kept as a value set of the instrument); a value set elsewhere cannot be
  read offline, and the item is not imported.
- Hidden items are kept (never shown, their values count); a ``calculatedExpression`` becomes
  the item's formula when it can be translated (``fhir_fhirpath``), else the item is not
  imported. Questions that repeat, and groups that repeat, are kept as such.
- Other types (attachment, url, reference), items with a ``modifierExtension``, and items whose
  condition cannot be read are left out: an item nobody can answer, or that would be shown
  when it must not be, is better missing than shown wrong.
- Items nested under a question follow it (a question here cannot contain items), shown only
  when the question is.
- A ``help`` display child becomes the item's clinician guidance.

What each item carries besides (limits, units, presentation, initial values) is read in
``fhir_import_details``.
"""

from __future__ import annotations

import re
from typing import Any

from screening_app.domain.base import LINK_ID_PATTERN, format_loc
from screening_app.instruments.fhir_common import (
    EXT_CALCULATED_EXPRESSION,
    EXT_CLINICIAN_ONLY,
    EXT_CONTEXT,
    EXT_FORMULA,
    EXT_GUIDANCE,
    EXT_HIDDEN,
    EXT_ITEM_CONTROL,
    EXT_SCORE,
    EXT_UNIT,
    EXT_UNIT_OPTION,
    translation_extensions,
)
from screening_app.instruments.fhir_fhirpath import Untranslatable
from screening_app.instruments.fhir_import_conditions import (
    ConditionReader,
    Folded,
    ItemInfo,
    Loc,
    Refused,
    with_inherited,
)
from screening_app.instruments.fhir_import_details import DetailsReader, flag
from screening_app.instruments.fhir_import_formulas import FormulaReader
from screening_app.instruments.fhir_import_options import OptionsReader, coding_data
from screening_app.instruments.fhir_import_support import (
    Notes,
    Texts,
    counted,
    describe_extension,
)
from screening_app.instruments.fhir_import_valuesets import ValueSets
from screening_app.instruments.fhir_input import FElement, FExtension, FItem, lax_bool

_SIMPLE = {
    "boolean": "boolean",
    "decimal": "decimal",
    "integer": "integer",
    "date": "date",
    "time": "time",
    "dateTime": "date-time",
    "string": "string",
    "text": "text",
    "quantity": "quantity",
}
_OPTION_TYPES = frozenset({"string", "integer", "date", "time"})
_MAX_CODES = 10
_MAX_LINK_ID = 255


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


def _link_id_problem(link_id: str) -> str | None:
    if len(link_id) > _MAX_LINK_ID:
        return f"its linkId is longer than {_MAX_LINK_ID} characters"
    if not re.match(LINK_ID_PATTERN, link_id):
        return "its linkId starts or ends with a space or holds a control character"
    if link_id.startswith("trygstart:"):
        return "its linkId starts with 'trygstart:', which TrygStart keeps for its own items"
    return None


class ItemsBuilder:
    """Builds instrument item data (dicts in the YAML format) from FHIR items."""

    def __init__(
        self,
        items: list[FItem],
        texts: Texts,
        notes: Notes,
        ours: bool,
        *,
        value_sets: ValueSets,
        root_extensions: list[FExtension],
    ) -> None:
        self.items = items
        self.texts = texts
        self.notes = notes
        self.ours = ours
        self.value_sets = value_sets
        self.root_extensions = root_extensions
        self.info: dict[str, ItemInfo] = {}
        self.errors: list[tuple[Loc, str]] = []
        self.origin: dict[int, tuple[Loc, str]] = {}  # id(item data) -> FHIR location, linkId
        self.options = OptionsReader(texts, notes, ours)
        self.details = DetailsReader(texts, notes)
        self.formulas: FormulaReader | None = None
        self.conditions = ConditionReader(self.info, notes, ours, self._expression)
        self.shared: dict[str, dict[str, Any]] = {}  # value set id -> value set data

    def build(self) -> list[dict[str, Any]]:
        self._survey(self.items, ("item",), context=False)
        if self.errors:
            return []
        self.formulas = FormulaReader(
            self.root_extensions, self.items, self.info, self.texts, self.notes
        )
        out: list[dict[str, Any]] = []
        for index, item in enumerate(self.items):
            out += self._item(item, ("item", index), True)
        self.errors += self.conditions.errors
        return out

    @property
    def scores(self) -> list[dict[str, Any]]:
        return self.formulas.scores if self.formulas is not None else []

    def _expression(self, text: str, link_id: str) -> Folded:
        assert self.formulas is not None
        return self.formulas.condition(text, link_id)

    # ------------------------------------------------------------ first pass
    def _survey(self, items: list[FItem], loc: Loc, context: bool, repeating: bool = False) -> None:
        for index, item in enumerate(items):
            item_loc = (*loc, index)
            known = self.info.get(item.link_id)
            if known is not None and known.help_text and not known.loc:
                known.loc = item_loc  # the parent's guidance
                continue
            if known is not None:
                where = format_loc(known.loc)
                message = f"linkId '{item.link_id}' is used twice (first at {where})"
                self.errors.append(((*item_loc, "linkId"), message))
                continue
            is_context = context or (self.ours and flag(item, EXT_CONTEXT))
            is_score = self.ours and _has(item, EXT_SCORE)
            info = ItemInfo(item, item_loc, item.link_id, None, context=is_context, score=is_score)
            self.info[item.link_id] = info
            info.inside_repeat = repeating
            problem = None if is_context or is_score else _link_id_problem(item.link_id)
            if is_context or is_score:
                pass
            elif problem is not None:
                info.reason = problem
            elif item.modifier_extension:
                names = ", ".join(_describe(e) for e in item.modifier_extension)
                info.reason = f"it has a modifierExtension ({names}) that changes its meaning"
            else:
                info.kind, info.reason = self._kind(item, info)
            for child in item.item:
                if info.kind not in (None, "display") and _is_help(child):
                    child_info = ItemInfo(child, (), child.link_id, None, help_text=True)
                    self.info.setdefault(child.link_id, child_info)
            repeats = repeating or (item.type == "group" and bool(lax_bool(item.repeats)))
            self._survey(item.item, (*item_loc, "item"), is_context, repeats)

    def _kind(self, item: FItem, info: ItemInfo) -> tuple[str | None, str]:
        kind = item.type
        repeats = bool(lax_bool(item.repeats))
        if kind in ("group", "display"):
            return kind, ""
        options, problem = self._options_of(item, info)
        if kind in _SIMPLE and not (kind in _OPTION_TYPES and options):
            if kind == "quantity" and not _has_unit(item):
                return "decimal", ""
            return _SIMPLE[kind], ""
        if kind in ("choice", "open-choice") or kind in _OPTION_TYPES:
            if problem and not options:
                if kind == "open-choice":
                    self.notes.add(item.link_id, f"{problem}: imported as free text")
                    return "string", ""
                return None, problem
            if not options:
                if kind == "open-choice":
                    return "string", ""
                if item.element("option") is not None:
                    return None, (
                        "its answers are in 'option', an element from FHIR STU3 (R4 has "
                        "answerOption)"
                    )
                return None, "it is a choice with no answer options"
            info.options = options
            self.options.survey(item, info)
            if not info.codes:
                return None, "none of its answer options could be imported"
            if kind not in ("choice", "open-choice"):
                self.notes.add(
                    item.link_id, f"{kind} item with an answer list: imported as a choice", "info"
                )
            return ("multi-choice" if repeats else "choice"), ""
        return None, f"type '{kind}' is not supported"

    def _options_of(self, item: FItem, info: ItemInfo) -> tuple[list[Any], str]:
        """The item's options (its own, or a contained value set's), or why there are none."""
        reference = item.answer_value_set
        if item.answer_option:
            if reference is not None:
                self.notes.add(item.link_id, "answerValueSet beside answerOption: ignored")
            return list(item.answer_option), ""
        if reference is None:
            return [], ""
        found = self.value_sets.find(reference)
        if found is None:
            return [], (
                f"its answers come from the value set {reference}, which is not in the file "
                "(TrygStart cannot fetch one)"
            )
        for problem in found.problems:
            self.notes.add(item.link_id, f"value set #{found.id}: {problem}: left out")
        info.value_set = found.id
        return list(found.options), ""

    # ----------------------------------------------------------- second pass
    def _item(self, item: FItem, loc: Loc, inherited: Folded) -> list[dict[str, Any]]:
        info = self.info[item.link_id]
        if info.loc != loc or info.context or info.score or info.help_text:
            # a duplicate (reported), a context item, a coded score's item (the score itself
            # comes with the instrument extension), or guidance of its parent
            return []
        link = item.link_id
        try:
            own = self.conditions.read(item, loc)
        except Refused as reason:
            self._drop(info, str(reason))
            self.notes.add(link, f"not imported: {info.reason}")
            self._leave_out(item, f"it is inside '{link}', whose condition cannot be read")
            return []
        effective = with_inherited(inherited, own)
        if effective is False:
            info.never_shown = True
            self._drop(info, "")
            self.notes.add(link, "its enableWhen can never hold here: not imported")
            self._leave_out(item, f"it is inside '{link}', which can never be shown here")
            return []
        condition = None if effective is True else effective
        data: dict[str, Any] = {"linkId": link}
        if info.kind is not None:
            data["type"] = info.kind
            self.origin[id(data)] = (loc, link)
            text = self._text(item, info)
            self._calculated(item, info, text)
        if info.kind is None:
            self.notes.add(link, f"not imported: {info.reason}")
            return self._children(item, loc, effective, "after where it was")
        self._fill(item, info, data, text, condition)
        if info.kind == "group":
            children: list[dict[str, Any]] = []
            for index, child in enumerate(item.item):
                children += self._item(child, (*loc, "item", index), True)
            if not children:
                info.never_shown = True
                self._drop(info, "")
                self.notes.add(link, "group with no item that could be imported: not imported")
                return []
            data["items"] = children
            return [data]
        return [data, *self._children(item, loc, effective, "after it")]

    def _fill(
        self,
        item: FItem,
        info: ItemInfo,
        data: dict[str, Any],
        text: dict[str, str],
        condition: Folded | None,
    ) -> None:
        """Everything the item carries, in the order an author writes it."""
        link = item.link_id
        if item.prefix is not None and item.prefix.strip():
            data["prefix"] = item.prefix.strip()[:50]
        data["text"] = text
        ignored = [_element(name) for name in item.unknown()]
        guidance = self._guidance(item, ignored)
        if guidance is not None:
            data["guidance"] = guidance
        if condition is not None:
            data["enableWhen"] = condition
        codes = self._codes(item)
        if codes:
            data["codes"] = codes
        if flag(item, EXT_HIDDEN):
            data["hidden"] = True
        if flag(item, EXT_CLINICIAN_ONLY):
            data["clinicianOnly"] = True
        if info.formula is not None:
            data["calculated"] = info.formula
        self._choice(item, info, data, ignored)
        self.details.read(item, info, data, ignored)
        if ignored:
            self.notes.add(link, "ignored (not supported here): " + counted(ignored))

    def _calculated(self, item: FItem, info: ItemInfo, text: dict[str, str]) -> None:
        if info.kind is None or not _has(item, EXT_CALCULATED_EXPRESSION):
            return
        if self.ours and _has(item, EXT_FORMULA):
            return  # TrygStart's exact formula is read with the details
        assert self.formulas is not None
        if info.kind not in ("boolean", "integer", "decimal", "string", "text", "date"):
            self._drop(info, f"a calculated {info.kind} item is not supported")
            return
        try:
            info.formula = self.formulas.calculated(item, text)
        except Untranslatable as reason:
            self._drop(info, f"its calculatedExpression {reason}")

    def _leave_out(self, item: FItem, reason: str) -> None:
        """The items under ``item`` are not imported either (named, with ``reason``)."""
        for child in item.item:
            info = self.info.get(child.link_id)
            if info is None or info.help_text or info.loc[-1:] == ():
                continue
            self._drop(info, reason)
            self.notes.add(child.link_id, f"not imported: {reason}")
            self._leave_out(child, reason)

    def _drop(self, info: ItemInfo, reason: str) -> None:
        """The item is not imported after all: formulas read it as never answered."""
        info.kind, info.reason, info.formula = None, reason, None
        if self.formulas is not None:
            self.formulas.translator.forget(info.fhir.link_id)

    def _choice(
        self, item: FItem, info: ItemInfo, data: dict[str, Any], ignored: list[str]
    ) -> None:
        if info.kind not in ("choice", "multi-choice"):
            if item.answer_option:
                ignored.append(f"answerOption on a {info.kind} item")
            return
        if item.type == "open-choice":
            data["open"] = True
        if info.value_set is not None:
            data["answerValueSet"] = info.value_set
            if info.value_set not in self.shared:
                options = self.options.options(item, info, ignored)
                self.shared[info.value_set] = {"id": info.value_set, "options": options}
                found = self.value_sets.find("#" + info.value_set)
                if found is not None and found.url:
                    self.shared[info.value_set]["url"] = found.url
            return
        data["options"] = self.options.options(item, info, ignored)

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
                kind="info",
            )
        return out

    def _text(self, item: FItem, info: ItemInfo) -> dict[str, str]:
        if item.text is not None and item.text.strip():
            return self.texts.text(item.text, item.text_ext, item.link_id, "text")
        self.notes.add(item.link_id, "no text: its linkId is used as its text", kind="info")
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
            if not coding.code:
                self.notes.add(item.link_id, "an item code without a code: ignored")
            elif len(out) == _MAX_CODES:
                self.notes.add(item.link_id, f"item codes after the first {_MAX_CODES}: ignored")
                break
            else:
                out.append(coding_data(coding))
        return out


def _has_unit(item: FItem) -> bool:
    return any(e.url in (EXT_UNIT, EXT_UNIT_OPTION) for e in item.extension)


def _describe(extension: FExtension) -> str:
    return describe_extension(extension)


_STU3 = {
    "option": "answerOption",
    "initialBoolean": "initial",
    "initialDecimal": "initial",
    "initialInteger": "initial",
    "initialDate": "initial",
    "initialDateTime": "initial",
    "initialTime": "initial",
    "initialString": "initial",
    "initialUri": "initial",
    "initialCoding": "initial",
    "initialQuantity": "initial",
    "options": "answerValueSet",
}


def _element(name: str) -> str:
    if name in _STU3:
        return f"element {name} (from FHIR STU3; R4 has {_STU3[name]})"
    return f"element {name}"


def _translation(lang: str, text: str) -> FExtension:
    return FExtension.model_validate(translation_extensions([(lang, text)])[0])
