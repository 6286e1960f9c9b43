"""Reading FHIR ``enableWhen`` into the condition model, without guessing.

A comparison is read exactly when it can be. The cases settled by a stated rule, each reported
by linkId:

- a comparison on an item that is not imported (an unsupported type, a formula that cannot be
  read): that item is never answered here, so the comparison has the value it has for an
  unanswered item (``exists false`` and ``!=`` hold; ``=``, ordering and ``exists true`` do
  not). The same holds for ``=``/``!=`` against a value that is none of the item's answer
  options. Constant parts are then folded away (``all`` with a false part is false, and so
  on); an item whose condition folds to false can never be shown and is left out.
- a comparison on a linkId that is not in the questionnaire at all: an error (at its place in
  the file); the file is refused, as ``validate`` says.
- a comparison that cannot be read at all (unknown operator, wrong answer type, an operator
  that does not apply to the item), or an SDC ``enableWhenExpression`` that cannot be
  translated (``fhir_fhirpath``): the item is not imported. Shown always it could be asked
  when it must not be; missing, it is named in the notes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from pydantic import TypeAdapter, ValidationError

from screening_app.domain.answer_values import parse_date_time, parse_time
from screening_app.domain.conditions import Condition
from screening_app.instruments.fhir_common import (
    CODED_CONTEXT,
    EXT_CONDITION,
    EXT_ENABLE_WHEN_EXPRESSION,
    context_key,
)
from screening_app.instruments.fhir_fhirpath import Untranslatable
from screening_app.instruments.fhir_import_support import Notes, number
from screening_app.instruments.fhir_input import FAnswerOption, FEnableWhen, FItem

Folded = bool | dict[str, Any]  # True: always shown; False: never; else condition data
Loc = tuple[str | int, ...]

_OPERATORS = frozenset({"=", "!=", ">", ">=", "<", "<=", "exists"})
_ORDERING = frozenset({">", ">=", "<", "<="})
_CONDITION = TypeAdapter(Condition)


@dataclass
class ItemInfo:
    """What the importer decided about one FHIR item (found before any item is built)."""

    fhir: FItem
    loc: Loc
    link_id: str  # the linkId (kept as it is in the file)
    kind: str | None  # our item type; None when the item is not imported
    reason: str = ""  # why it is not imported
    context: bool = False  # one of TrygStart's hidden context items
    score: bool = False  # one of TrygStart's coded score items (the score is in the extras)
    help_text: bool = False  # a 'help' display child, imported as its parent's guidance
    never_shown: bool = False
    codes: dict[tuple[str, str], str] = field(default_factory=dict)  # FHIR answer -> option
    options: list[FAnswerOption] = field(default_factory=list)  # answerOption or value set's
    option_codes: list[str | None] = field(default_factory=list)  # each option's code here
    value_set: str | None = None  # the contained value set the options come from
    formula: Any = None  # the calculated value (formula data)
    inside_repeat: bool = False  # inside a group that repeats


class Refused(Exception):  # noqa: N818 - a control-flow signal with its reason
    """The item's condition cannot be read: the item is not imported."""


class _Unreadable(Exception):  # noqa: N818 - a control-flow signal, not an error type
    pass


def combine(kind: str, parts: list[Folded], explicit: bool = True) -> Folded:
    """``all``/``any`` of parts, with constant parts folded away."""
    absorbing = kind != "all"  # all: a false part decides; any: a true part does
    if any(part is absorbing for part in parts):
        return absorbing
    rest: list[Folded] = [part for part in parts if not isinstance(part, bool)]
    if not rest:
        return not absorbing
    if len(rest) == 1 and (not explicit or len(rest) != len(parts)):
        return rest[0]
    return {kind: rest}


def with_inherited(inherited: Folded, own: Folded) -> Folded:
    """An item's condition combined with the one of the question it was nested under."""
    if inherited is True:
        return own
    if own is True or inherited is False:
        return inherited
    if own is False:
        return False
    return {"all": [inherited, own]}


def _never_answered(op: str, value: Any) -> bool:
    if op == "exists":
        return value is False
    return op == "!="


class ConditionReader:
    def __init__(
        self,
        info: dict[str, ItemInfo],
        notes: Notes,
        ours: bool,
        expression: Any = None,
    ) -> None:
        self.info = info
        self.notes = notes
        self.ours = ours
        self.expression = expression  # (text, linkId) -> condition data (fhir_fhirpath)
        self.errors: list[tuple[Loc, str]] = []

    def read(self, item: FItem, loc: Loc) -> Folded:
        """The item's condition (folded); ``Refused`` when it cannot be read."""
        link = item.link_id
        exact = next((e for e in item.extension if e.url == EXT_CONDITION), None)
        expression = next((e for e in item.extension if e.url == EXT_ENABLE_WHEN_EXPRESSION), None)
        if exact is not None and self.ours:
            found = exact.value()
            try:
                if found is None or not isinstance(found[1], str):
                    raise ValueError("no text")
                condition = _CONDITION.validate_json(found[1])
            except (ValidationError, ValueError):
                index = item.extension.index(exact)
                self.errors.append(
                    ((*loc, "extension", index), "TrygStart's condition cannot be read")
                )
                return True
            return _CONDITION.dump_python(condition, by_alias=True, exclude_none=True)  # type: ignore[no-any-return]
        from_expression: Folded = True
        if expression is not None:
            from_expression = self._expression(expression, link)
        if not item.enable_when:
            return from_expression
        parts: list[Folded] = []
        for index, entry in enumerate(item.enable_when):
            ours_context = self.ours and context_key(entry.question) is not None
            if entry.question not in self.info and not ours_context:
                self.errors.append(
                    (
                        (*loc, "enableWhen", index, "question"),
                        (
                            f"item '{link}': enableWhen names '{entry.question}', which is "
                            "not an item of this questionnaire"
                        ),
                    )
                )
                continue
            try:
                parts.append(self._comparison(entry, link))
            except _Unreadable as reason:
                raise Refused(f"its enableWhen on '{entry.question}' {reason}") from None
        behaviour = item.enable_behavior
        if behaviour is None and len(parts) > 1:
            self.notes.add(
                link, "several enableWhen without enableBehavior: read as 'all'", kind="info"
            )
        folded = combine(behaviour or "all", parts, explicit=behaviour is not None)
        if expression is not None:
            self.notes.add(link, "enableWhen and enableWhenExpression: both must hold")
            return combine("all", [folded, from_expression])
        return folded

    def _expression(self, extension: Any, link: str) -> Folded:
        found = extension.value()
        value = found[1] if found else None
        text = value.get("expression") if isinstance(value, dict) else None
        language = value.get("language") if isinstance(value, dict) else None
        if not isinstance(text, str) or language != "text/fhirpath" or self.expression is None:
            raise Refused("its enableWhenExpression is not FHIRPath text")
        try:
            return self.expression(text, link)  # type: ignore[no-any-return]
        except Untranslatable as reason:
            raise Refused(f"its enableWhenExpression {reason}") from None

    def _comparison(self, entry: FEnableWhen, link: str) -> Folded:
        op = entry.operator
        if op not in _OPERATORS:
            raise _Unreadable(f"has an unknown operator '{op}'")
        answers = entry.answer()
        if len(answers) != 1:
            raise _Unreadable("needs exactly one answer[x]")
        key, raw = answers[0]
        if op == "exists" and (key != "answerBoolean" or not isinstance(raw, bool)):
            raise _Unreadable("uses 'exists' without answerBoolean true or false")
        context = context_key(entry.question) if self.ours else None
        if context is not None:
            return {"context": context, "op": op, "value": self._context_value(context, key, raw)}
        info = self.info.get(entry.question)
        assert info is not None  # a linkId not in the file is an error (see read)
        if info.kind in (None, "group", "display") or info.never_shown:
            why = "is not a question" if info.kind in ("group", "display") else "is not imported"
            value = _never_answered(op, raw)
            self.notes.add(
                link,
                f"enableWhen on '{entry.question}', which {why}: read as never answered "
                f"(always {'true' if value else 'false'})",
            )
            return value
        if op == "exists":
            return {"item": info.link_id, "op": op, "value": raw}
        value = self._value(info, op, key, raw, link)
        if isinstance(value, bool) and info.kind in ("choice", "multi-choice"):
            return value
        return {"item": info.link_id, "op": op, "value": value}

    def _context_value(self, context: str, key: str, raw: Any) -> Any:
        if key == "answerBoolean" and isinstance(raw, bool):
            return raw
        if context in CODED_CONTEXT:
            if key == "answerCoding" and isinstance(raw, dict) and isinstance(raw.get("code"), str):
                return raw["code"]
        elif key == "answerInteger" and isinstance(raw, int) and not isinstance(raw, bool):
            return raw
        raise _Unreadable(f"has an unreadable {key}")

    def _value(self, info: ItemInfo, op: str, key: str, raw: Any, link: str) -> Any:
        kind = info.kind
        if op in _ORDERING and kind in ("boolean", "choice", "multi-choice"):
            raise _Unreadable(f"uses '{op}', which does not apply to a {kind} item")
        if kind == "boolean":
            if key == "answerBoolean" and isinstance(raw, bool):
                return raw
        elif kind in ("choice", "multi-choice"):
            return self._option(info, op, key, raw, link)
        elif kind == "integer":
            if isinstance(raw, bool):
                pass
            elif key == "answerInteger" and isinstance(raw, int):
                return raw
            elif key == "answerDecimal" and isinstance(raw, float) and raw.is_integer():
                return int(raw)
        elif kind == "decimal":
            if key in ("answerDecimal", "answerInteger") and number(raw) is not None:
                return raw
        elif kind == "date":
            if key == "answerDate" and isinstance(raw, str):
                return _full_date(raw)
        elif kind == "time":
            if key == "answerTime" and isinstance(raw, str) and parse_time(raw) is not None:
                return short_time(raw)
        elif kind == "date-time":
            if key == "answerDateTime" and isinstance(raw, str) and parse_date_time(raw):
                return raw
        elif kind == "quantity":
            quantity = isinstance(raw, dict) and number(raw.get("value")) is not None
            if key == "answerQuantity" and quantity:
                return raw["value"]
            if key in ("answerDecimal", "answerInteger") and number(raw) is not None:
                return raw
        elif key == "answerString" and isinstance(raw, str):
            return raw
        raise _Unreadable(f"has {key} {raw!r}, which does not fit a {kind} item")

    def _option(self, info: ItemInfo, op: str, key: str, raw: Any, link: str) -> Any:
        found: str | None = None
        shown = repr(raw)
        if key == "answerCoding" and isinstance(raw, dict) and isinstance(raw.get("code"), str):
            shown = f"'{raw['code']}'"
            found = info.codes.get(("coding", f"{raw.get('system')}|{raw['code']}"))
            found = found or info.codes.get(("code", raw["code"]))
        elif key == "answerString" and isinstance(raw, str):
            found = info.codes.get(("string", raw))
        elif key == "answerInteger" and isinstance(raw, int) and not isinstance(raw, bool):
            found = info.codes.get(("integer", str(raw)))
        elif key == "answerDate" and isinstance(raw, str):
            found = info.codes.get(("date", raw))
        elif key == "answerTime" and isinstance(raw, str):
            found = info.codes.get(("time", raw))
        else:
            raise _Unreadable(f"has {key} {raw!r}, which does not fit a choice item")
        if found is not None:
            return found
        value = op == "!="
        self.notes.add(
            link,
            f"enableWhen compares '{info.fhir.link_id}' with {shown}, which is none of its "
            f"answer options (always {'true' if value else 'false'})",
        )
        return value


def short_time(raw: str) -> str:
    """A FHIR time as written here: ``HH:MM`` when its seconds are 0."""
    return raw[:5] if raw.endswith(":00") and len(raw) == len("00:00:00") else raw


def _full_date(raw: str) -> dt.date:
    try:
        if len(raw) == len("2000-01-01"):
            return dt.date.fromisoformat(raw)
    except ValueError:
        pass
    raise _Unreadable(f"compares with '{raw}', which is not a full date (YYYY-MM-DD)")
